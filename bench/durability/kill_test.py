#!/usr/bin/env python3
"""Durability: every write the app confirmed must survive a SIGKILL.

Per run: start the jar on an empty database (demo profile: one owner, a conversation and a brief), sign in, write at a
steady rate (create clients, save a conversation's notes, save a brief), kill the app with SIGKILL mid-stream,
start it again on the same data and check every confirmed write:
  - a client: POST /clients answered 302 to /clients/{id}; after restart /clients/{id} shows its name;
  - notes: the htmx save answered 200 "Saved at"; after restart the topic holds that text or a later one sent;
  - a brief save: POST /briefs/{id} answered 302 to the editor; after restart the context is that text or a later one.
A write whose answer never came is not counted either way. Loopback only; each run is bounded (--seconds).

Usage: kill_test.py JAR [--db h2|postgres] [--runs 5] [--rate 20] [--seconds 20] [--port 18090]
  PostgreSQL: --jdbc-url jdbc:postgresql://127.0.0.1:PORT/ --pg-user U --pg-password P (a database per run is created
  with psql through the same server), or let start_postgres.sh start a throwaway server first.
Prints one JSON line per run and a summary line.
"""
import argparse
import html
import html.parser
import http.client
import http.cookiejar
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Client:
    """A browser-ish session: cookies, CSRF token, no automatic redirects."""

    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)
        self.csrf = None

    def request(self, method, path, data=None, headers=None, timeout=120):  # a busy machine answers slowly
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        req = urllib.request.Request(self.base + path, data=body, method=method, headers=headers or {})
        try:
            with self.opener.open(req, timeout=timeout) as r:
                return r.status, r.headers, r.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read().decode("utf-8", "replace")

    def get(self, path):
        status, headers, text = self.request("GET", path)
        m = re.search(r'name="_csrf" content="([^"]+)"', text) or re.search(r'name="_csrf" value="([^"]+)"', text)
        if m:
            self.csrf = m.group(1)
        return status, headers, text

    def post(self, path, data, headers=None):
        data = list(data.items()) if isinstance(data, dict) else list(data)
        data.append(("_csrf", self.csrf))
        return self.request("POST", path, data, headers)

    def sign_in(self, email, password):
        self.get("/login")
        status, headers, _ = self.post("/login", {"username": email, "password": password})
        if status != 302 or "error" in (headers.get("Location") or ""):
            raise RuntimeError(f"sign-in failed: {status} {headers.get('Location')}")


class FormFields(html.parser.HTMLParser):
    """All fields of the form whose action ends with `action`, as (name, value) pairs in page order."""

    def __init__(self, action):
        super().__init__(convert_charrefs=True)
        self.action, self.inside, self.fields, self.textarea, self.select = action, False, [], None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.inside = (a.get("action") or "").endswith(self.action) and (a.get("method") or "").lower() == "post"
        elif not self.inside:
            return
        elif tag == "input" and a.get("name") and a.get("type") not in ("submit", "button"):
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                return
            self.fields.append([a["name"], a.get("value") or ""])
        elif tag == "textarea" and a.get("name"):
            self.textarea = [a["name"], ""]
            self.fields.append(self.textarea)
        elif tag == "select" and a.get("name"):
            self.select = [a["name"], None]
        elif tag == "option" and self.select is not None:
            if self.select[1] is None or "selected" in a:
                self.select[1] = a.get("value") or ""

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self.textarea = None
        elif tag == "select" and self.select is not None:
            self.fields.append([self.select[0], self.select[1] or ""])
            self.select = None
        elif tag == "form":
            self.inside = False


def form_fields(text, action):
    p = FormFields(action)
    p.feed(text)
    return p.fields


def textarea_of(text, textarea_id):
    m = re.search(r'<textarea[^>]*id="' + re.escape(textarea_id) + r'"[^>]*>(.*?)</textarea>', text, re.S)
    return html.unescape(m.group(1)) if m else None


class App:
    def __init__(self, args, data_dir, jdbc_url):
        self.args, self.data_dir, self.jdbc_url, self.proc, self.log = args, data_dir, jdbc_url, None, None

    def start(self):
        env = dict(os.environ, AUGENHOEHE_DATA_DIR=self.data_dir)
        if self.jdbc_url:
            env.update(SPRING_DATASOURCE_URL=self.jdbc_url, SPRING_DATASOURCE_USERNAME=self.args.pg_user,
                       SPRING_DATASOURCE_PASSWORD=self.args.pg_password)
        self.log = open(os.path.join(self.data_dir, "app.log"), "a")
        self.proc = subprocess.Popen(["java", "-Xmx512m", "-jar", self.args.jar, "--spring.profiles.active=demo",
                                      f"--server.port={self.args.port}", "--server.address=127.0.0.1"],
                                     env=env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 900  # a busy machine starts slowly
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("app exited, see " + self.log.name)
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.args.port}/actuator/health", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.3)
        raise RuntimeError("app not healthy in time")

    def kill(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()
        self.log.close()

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()


def demo_password(log_path):
    deadline = time.time() + 60
    while time.time() < deadline:  # older builds answered health before the demo data was in
        m = re.search(r"password:\s+(\S+)", open(log_path).read())
        if m:
            return m.group(1)
        time.sleep(0.3)
    raise RuntimeError("no demo password in " + log_path)


class Writer(threading.Thread):
    """Writes at a steady rate and records what the app confirmed (and what it was sent, for notes and briefs)."""

    def __init__(self, session, rate, run):
        super().__init__(daemon=True)
        self.s, self.interval, self.run_id = session, 1.0 / rate, run
        self.stop_flag = False
        self.clients = {}              # id -> name, confirmed
        self.notes_sent = {}           # topic -> list of texts sent, in order
        self.notes_confirmed = {}      # topic -> index in notes_sent of the last confirmed text
        self.brief_sent, self.brief_confirmed = [], -1
        self.confirmations = 0
        self.last_confirmed_at = None

    def setup(self):
        _, _, text = self.s.get("/engagements")
        engagement = re.search(r'href="(/engagements/\d+)"', text).group(1)
        # the demo engagement with the conversation and the brief
        for e in dict.fromkeys(re.findall(r'href="(/engagements/\d+)"', text)):
            _, _, page = self.s.get(e)
            conv = re.search(r'href="/conversations/(\d+)"', page)
            brief = re.search(r'href="/briefs/(\d+)"', page)
            if conv and brief:
                self.conversation, self.brief = conv.group(1), brief.group(1)
                break
        _, _, live = self.s.get(f"/conversations/{self.conversation}/live")
        # builds before the notes version check have no version field: then the saves go without it
        self.versions = dict(re.findall(r'id="notes-version-(\d+)" value="(\d+)"', live))
        self.topics = list(dict.fromkeys(re.findall(r'<textarea[^>]*id="notes-(\d+)"', live)))[:4]

    def confirmed(self):
        self.confirmations += 1
        self.last_confirmed_at = time.time()

    def write_client(self, k):
        name = f"Durability {self.run_id}-{k}"
        status, headers, _ = self.s.post("/clients", {"name": name, "kind": "ORGANISATION", "contactPerson": "",
                                                      "email": "", "phone": "", "notes": ""})
        m = re.search(r"/clients/(\d+)$", headers.get("Location") or "")
        if status == 302 and m:
            self.clients[m.group(1)] = name
            self.confirmed()

    def write_notes(self, k):
        topic = self.topics[k % len(self.topics)]
        text = f"notes {self.run_id}-{k}"
        self.notes_sent.setdefault(topic, []).append(text)
        data = {"notes": text}
        if topic in self.versions:
            data["notesVersion"] = self.versions[topic]
        status, _, body = self.s.post(f"/conversations/{self.conversation}/topics/{topic}/notes", data,
                                      {"HX-Request": "true"})
        m = re.search(r'id="notes-version-' + topic + r'" value="(\d+)"', body)
        if status == 200 and ("Saved at" in body or "Gespeichert um" in body) and (m or topic not in self.versions):
            if m:
                self.versions[topic] = m.group(1)
            self.notes_confirmed[topic] = len(self.notes_sent[topic]) - 1
            self.confirmed()

    def write_brief(self, k):
        _, _, page = self.s.get(f"/briefs/{self.brief}/edit")
        fields = form_fields(page, f"/briefs/{self.brief}")
        text = f"context {self.run_id}-{k}"
        for f in fields:
            if f[0] == "context":
                f[1] = text
        self.brief_sent.append(text)
        status, headers, _ = self.s.post(f"/briefs/{self.brief}", [tuple(f) for f in fields] + [("action", "save")])
        if status == 302 and (headers.get("Location") or "").endswith(f"/briefs/{self.brief}/edit"):
            self.brief_confirmed = len(self.brief_sent) - 1
            self.confirmed()

    def run(self):
        # one thread per kind of write, each at a third of the rate, so a slow brief save doesn't hold up the rest
        threads = [threading.Thread(target=self.loop, args=(op, i), daemon=True)
                   for i, op in enumerate((self.write_client, self.write_notes, self.write_brief))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

    def loop(self, op, offset):
        k = offset
        interval = self.interval * 3
        next_at = time.time()
        while not self.stop_flag:
            try:
                op(k)
            except (OSError, http.client.HTTPException):
                if self.stop_flag:
                    return
            k += 3
            next_at += interval
            time.sleep(max(0.0, next_at - time.time()))


def check(session, w):
    lost = []
    for cid, name in w.clients.items():
        status, _, text = session.get(f"/clients/{cid}")
        if status != 200 or name not in text:
            lost.append(f"client {cid} {name}")
    _, _, live = session.get(f"/conversations/{w.conversation}/live")
    for topic, idx in w.notes_confirmed.items():
        stored = (textarea_of(live, f"notes-{topic}") or "").strip()
        if stored not in [t for t in w.notes_sent[topic][idx:]]:
            lost.append(f"notes {topic}: confirmed {w.notes_sent[topic][idx]!r}, found {stored!r}")
    if w.brief_confirmed >= 0:
        _, _, page = session.get(f"/briefs/{w.brief}/edit")
        stored = (textarea_of(page, "f-context") or dict(form_fields(page, f"/briefs/{w.brief}")).get("context", ""))
        if stored.strip() not in w.brief_sent[w.brief_confirmed:]:
            lost.append(f"brief: confirmed {w.brief_sent[w.brief_confirmed]!r}, found {stored.strip()!r}")
    return lost


def psql(args, sql):
    m = re.match(r"jdbc:postgresql://([^:/]+):(\d+)/", args.jdbc_url)
    env = dict(os.environ, PGPASSWORD=args.pg_password)
    subprocess.run(["psql", "-h", m.group(1), "-p", m.group(2), "-U", args.pg_user, "-d", "postgres", "-qc", sql],
                   env=env, check=True, stdout=subprocess.DEVNULL)


def one_run(args, run):
    data_dir = tempfile.mkdtemp(prefix=f"augenhoehe-kill-{args.db}-")
    jdbc_url = None
    if args.db == "postgres":
        name = f"kill_{os.getpid()}_{run}"
        psql(args, f"create database {name}")
        jdbc_url = args.jdbc_url.rstrip("/") + "/" + name
    app = App(args, data_dir, jdbc_url)
    try:
        app.start()
        base = f"http://127.0.0.1:{args.port}"
        password = demo_password(app.log.name)
        s = Client(base)
        s.sign_in("demo@augenhoehe.example", password)
        w = Writer(s, args.rate, run)
        w.setup()
        w.start()
        time.sleep(args.seconds)
        killed_at = time.time()
        app.kill()  # mid-stream: the writer is still sending
        w.stop_flag = True
        w.join(15)
        app.start()
        checker = Client(base)
        checker.sign_in("demo@augenhoehe.example", password)
        lost = check(checker, w)
        result = {"run": run, "db": args.db, "confirmed": w.confirmations, "clients": len(w.clients),
                  "notes_topics": len(w.notes_confirmed), "brief_saves": w.brief_confirmed + 1,
                  "last_confirmation_before_kill_ms": round((killed_at - (w.last_confirmed_at or killed_at)) * 1000),
                  "lost": len(lost), "lost_details": lost[:10]}
        print(json.dumps(result), flush=True)
        return result
    finally:
        app.stop()
        if args.db == "postgres":
            try:
                psql(args, f"drop database if exists kill_{os.getpid()}_{run}")
            except subprocess.CalledProcessError:
                pass
        if not args.keep:
            shutil.rmtree(data_dir, ignore_errors=True)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("jar")
    p.add_argument("--db", choices=["h2", "postgres"], default="h2")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--rate", type=float, default=20)
    p.add_argument("--seconds", type=float, default=20)
    p.add_argument("--port", type=int, default=18090)
    p.add_argument("--jdbc-url", default="jdbc:postgresql://127.0.0.1:55432/")
    p.add_argument("--pg-user", default="augenhoehe")
    p.add_argument("--pg-password", default="augenhoehe")
    p.add_argument("--keep", action="store_true", help="keep the data folders")
    args = p.parse_args()
    with open("/proc/loadavg") as f:
        print(json.dumps({"db": args.db, "runs": args.runs, "rate": args.rate, "seconds": args.seconds,
                          "load_before": f.read().split()[:3]}), flush=True)
    results = [one_run(args, r) for r in range(1, args.runs + 1)]
    with open("/proc/loadavg") as f:
        load = f.read().split()[:3]
    print(json.dumps({"summary": args.db, "runs": len(results), "confirmed": sum(r["confirmed"] for r in results),
                      "lost": sum(r["lost"] for r in results), "load_after": load}), flush=True)
    return 1 if any(r["lost"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
