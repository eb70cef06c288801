#!/usr/bin/env python3
"""Splits the independently written corpus (issue 12) into train / dev / test, seeded and stratified.
Usage: split.py OUTDIR WRITER_DIR...   (each WRITER_DIR holds replies.txt; the folder name is the writer)
- Replies that share a client question within one writer form a group and stay in one split (writers often
  wrote minimal pairs on one question; splitting a pair would leak its twin into test).
- Groups are stratified by writer, language (German/English function-word count) and label set, then dealt
  out 3:1:1 (train:dev:test) in a seeded shuffled order per stratum.
- Items are copied verbatim (ids, style ids, questions, labels unchanged); the test split's SHA-256 goes to
  test.sha256 and is checked by CorpusEvaluationTest, so the frozen split cannot change unnoticed."""
import hashlib, os, random, re, sys
from collections import defaultdict

SEED = 12_2026
out, writers = sys.argv[1], sys.argv[2:]
DE = set('der die das und ist nicht ich sie wir ein eine zu mit auf für von im auch noch aber oder wenn weil dass kann geht ja nein wird haben hat bei nach schon doch leider ihnen uns mir dann kein keine'.split())
EN = set('the and is are not i you we it a an to with on for of in was be can does will would your our have has at by from what how just but or if because that this'.split())

def items(path):
    text = open(path, encoding='utf-8').read()
    parts = re.split(r'(?m)^(?=### )', text)
    for p in parts:
        if p.startswith('### '):
            yield p.rstrip('\n') + '\n'

def lang(item):
    words = re.findall(r"[a-zäöüß']+", item.lower())
    d = sum(w in DE for w in words)
    e = sum(w in EN for w in words)
    return 'de' if d >= e else 'en'

def labels(item):
    header = item.split('\n', 1)[0]
    m = re.search(r'expect:\s*(.*?)(?:\s+\w+:|$)', header)
    cats = sorted(c.strip() for c in (m.group(1) if m else '').split(',') if c.strip() and c.strip() != 'none')
    return ','.join(cats) or 'none'

def question(item):
    lines = item.split('\n')
    return lines[1][2:].strip() if len(lines) > 1 and lines[1].startswith('? ') else None

groups = defaultdict(list)
sources = {}
for wdir in writers:
    writer = os.path.basename(os.path.normpath(wdir))
    path = os.path.join(wdir, 'replies.txt')
    sources[writer] = hashlib.sha256(open(path, 'rb').read()).hexdigest()
    for i, it in enumerate(items(path)):
        q = question(it)
        key = (writer, q) if q else (writer, '#%d' % i)
        groups[key].append(it)

strata = defaultdict(list)
for key, its in groups.items():
    strata[(key[0], lang(its[0]), labels(its[0]))].append(key)

rng = random.Random(SEED)
pattern = ['train', 'train', 'dev', 'train', 'test']
split = {'train': [], 'dev': [], 'test': []}
for s in sorted(strata):
    keys = sorted(strata[s], key=lambda k: (k[0], k[1]))
    rng.shuffle(keys)
    offset = rng.randrange(len(pattern))
    for i, k in enumerate(keys):
        split[pattern[(i + offset) % len(pattern)]].extend(groups[k])

os.makedirs(out, exist_ok=True)
for name, its in split.items():
    with open(os.path.join(out, name + '.txt'), 'w', encoding='utf-8') as f:
        f.write('# %s, %s split (bench/corpus/split.py, seed %d). Do not edit: test.sha256 freezes test.\n'
                % (os.path.basename(os.path.normpath(out)), name, SEED))
        for it in its:
            f.write('\n' + it)
    print(name, len(its))
digest = hashlib.sha256(open(os.path.join(out, 'test.txt'), 'rb').read()).hexdigest()
with open(os.path.join(out, 'test.sha256'), 'w') as f:
    f.write(digest + '  test.txt\n')
with open(os.path.join(out, 'SOURCES.txt'), 'w') as f:
    for w, h in sorted(sources.items()):
        f.write('%s  %s/replies.txt\n' % (h, w))
print('test sha256', digest)
