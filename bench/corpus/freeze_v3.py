#!/usr/bin/env python3
"""Freezes corpus v3: the writers' files, as they are at this moment, become one test file.

Usage: bench/corpus/freeze_v3.py SOURCE_DIR OUT_DIR [de=N,en=N,mixed=N]
The optional third argument skips each writer's first N items (frozen already in an earlier set).
SOURCE_DIR holds one folder per writer with its replies.txt (v3: de, en, mixed) and BRIEF.md (what the writers
were given).
Only complete items are taken (a writer may still be appending); they are copied byte for byte, in file order.
Writes OUT_DIR/test.txt, test.sha256, SOURCES.txt (each source's SHA-256 of the bytes taken, counts) and BRIEF.md.
Checks the format only: it never prints a reply, so whoever freezes the corpus does not read it.
"""
import hashlib, os, re, sys
from collections import Counter


def fields(header):
    """'### id expect: a, b terms: x lang: de style: s' -> (id, {expect: 'a, b', terms: 'x', ...})"""
    parts = header[4:].split()
    out, key = {}, None
    for p in parts[1:]:
        if re.fullmatch(r"[a-z]+:", p):
            key = p[:-1]
            out[key] = ""
        elif key:
            out[key] = (out[key] + " " + p).strip()
    return parts[0], out
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}
KNOWN = {"none", "answer.bare", "tone.condescending", "jargon.unexplained", "length.monologue"}

def complete_items(text):
    """The text up to the last item that has a header, a question line and a reply line."""
    starts = [m.start() for m in re.finditer(r"(?m)^### ", text)]
    items = [text[a:b] for a, b in zip(starts, starts[1:] + [len(text)])]
    good = []
    for i, item in enumerate(items):
        lines = item.rstrip("\n").split("\n")
        if len(lines) < 3 or not lines[1].startswith("? ") or not any(l.strip() for l in lines[2:]):
            break
        if i == len(items) - 1 and not item.endswith("\n"):
            break  # the writer is in the middle of this one
        good.append(item)
    return good

def main(src, out, skip=""):
    skipped = {k: int(v) for k, v in (x.split("=") for x in skip.split(",") if x)}
    os.makedirs(out, exist_ok=True)
    body, sources, labels, langs, styles, ids = [], [], Counter(), Counter(), Counter(), set()
    # every folder with a replies.txt is a writer, in name order (v3 and v4: de, en, mixed)
    writers = sorted(d for d in os.listdir(src) if os.path.isfile(os.path.join(src, d, "replies.txt")))
    for writer in writers:
        path = os.path.join(src, writer, "replies.txt")
        if not os.path.exists(path):
            print(f"{writer}: no file yet, nothing taken", file=sys.stderr)
            continue
        text = open(path, encoding="utf-8").read()
        first = skipped.get(writer, 0)
        items = complete_items(text)[first:]
        taken = "".join(items)
        for item in items:
            header = item.split("\n", 1)[0]
            item_id, f = fields(header)
            expect, lang, style = f.get("expect", ""), f.get("lang", ""), f.get("style", "")
            if lang not in ("de", "en") or not re.fullmatch(r"[a-z0-9-]+", style):
                sys.exit(f"{writer}: malformed header: {header}")
            got = {x.strip() for x in expect.split(",")}
            if not got <= KNOWN or ("none" in got and len(got) > 1):
                sys.exit(f"{writer}: unknown label set in {item_id}: {expect}")
            if item_id in ids:
                sys.exit(f"{writer}: id twice: {item_id}")
            ids.add(item_id)
            for x in got:
                labels[(x, lang)] += 1
            langs[lang] += 1
            styles[style] += 1
        body.append(taken if taken.endswith("\n\n") else taken + "\n")
        sources.append(f"{hashlib.sha256(taken.encode('utf-8')).hexdigest()}  {writer}/replies.txt "
                       f"(items {first + 1} to {first + len(items)}, {len(taken.encode('utf-8'))} bytes)")
    head = (f"# {os.path.basename(out.rstrip('/'))}: test only, frozen before Klartext was first run on it "
            "(bench/corpus/freeze_v3.py).\n"
            f"# Do not edit: test.sha256 freezes this file. Written by {WORDS[len(sources)]} writers who saw only BRIEF.md.\n\n")
    data = (head + "".join(body)).encode("utf-8")
    open(os.path.join(out, "test.txt"), "wb").write(data)
    open(os.path.join(out, "test.sha256"), "w").write(f"{hashlib.sha256(data).hexdigest()}  test.txt\n")
    brief = open(os.path.join(src, "BRIEF.md"), encoding="utf-8").read()
    open(os.path.join(out, "BRIEF.md"), "w", encoding="utf-8").write(brief)
    with open(os.path.join(out, "SOURCES.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(sources) + "\n\n")
        f.write(f"items: {len(ids)}; by language: {dict(sorted(langs.items()))}\n")
        f.write("labels by language: " + ", ".join(f"{k[0]} {k[1]} {v}" for k, v in sorted(labels.items())) + "\n")
        f.write(f"styles ({len(styles)}): " + ", ".join(f"{k} {v}" for k, v in sorted(styles.items())) + "\n")
    print(open(os.path.join(out, "SOURCES.txt")).read())

if __name__ == "__main__":
    main(*sys.argv[1:4])
