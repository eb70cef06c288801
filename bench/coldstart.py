#!/usr/bin/env python3
"""Cold start of the Klartext engine: fresh JVMs, one analysis each, wall time measured from outside.

Two ways in (the loadavg before and after is recorded: other work on the machine shows in these figures):
  main  - dev.augenhoehe.bench.ColdStart on a minimal classpath (engine + Lucene + jwordsplitter). It also prints
          ready_ms: JVM start (as the JVM records it) until the first analysis is done.
  jar   - java -jar target/augenhoehe.jar check FILE (Spring Boot's jar launcher, Spring itself never starts).
Each is run once untimed (file-system cache), then RUNS times. Usage: coldstart.py CLASSPATH_FILE OUT_JSON [RUNS]
"""
import json
import os
import statistics
import subprocess
import sys
import time

cp_file, out_file = sys.argv[1], sys.argv[2]
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 10
text = "bench/texts/de-200.txt"

deps = [p for p in open(cp_file).read().strip().split(":") if "/lucene-" in p or "/jwordsplitter" in p]
main_cp = ":".join(["target/classes"] + deps)
commands = {
    "main": ["java", "-cp", main_cp, "dev.augenhoehe.bench.ColdStart", text, "de"],
    "jar": ["java", "-jar", "target/augenhoehe.jar", "check", "--lang", "de", text],
}


def once(cmd):
    t0 = time.perf_counter_ns()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    stdout, stderr = proc.communicate()
    wall = (time.perf_counter_ns() - t0) / 1e6
    p = subprocess.CompletedProcess(cmd, proc.returncode, stdout, stderr)
    if p.returncode not in (0, 1):  # the check exits 1 when a finding is an error
        raise SystemExit(f"{cmd} failed with {p.returncode}: {p.stderr.strip()}")
    phases = {}
    for token in p.stdout.split():
        key, _, value = token.partition("=")
        if key.endswith("_ms"):
            phases[key] = float(value)
    return wall, phases, p.stdout


def summary(values):
    values = sorted(values)
    return {"median": statistics.median(values), "min": values[0], "max": values[-1], "all": values}


def loadavg():
    return open("/proc/loadavg").read().split()[:3]


result = {"text": text, "runs": runs, "commands": {k: " ".join(v) for k, v in commands.items()},
          "loadavg_before": loadavg()}
for name, cmd in commands.items():
    once(cmd)  # untimed: warms the file-system cache
    walls, cpus, phases = [], [], {}
    for _ in range(runs):
        before = os.times()
        wall, ph, out = once(cmd)
        after = os.times()
        # CPU time of the JVM over all its threads (JIT, GC, preload): barely affected by other load, unlike wall time
        cpus.append(((after.children_user - before.children_user) + (after.children_system - before.children_system)) * 1000)
        walls.append(wall)
        for k, v in ph.items():
            phases.setdefault(k, []).append(v)
    result[name] = {"wall_ms": summary(walls), "cpu_ms": summary(cpus)}
    for k, values in phases.items():
        result[name][k] = summary(values)
    line = f"{name}: wall median {result[name]['wall_ms']['median']:.0f} ms, cpu median {result[name]['cpu_ms']['median']:.0f} ms"
    for k in phases:
        line += f", {k} median {result[name][k]['median']:.0f}"
    print(line)
    result[name]["last_output_head"] = out[:300]

result["loadavg_after"] = loadavg()
with open(out_file, "w") as f:
    json.dump(result, f, indent=2)
