#!/usr/bin/env python3
"""Builds the real-prose false-alarm set (src/test/resources/language/prose/*.txt) from text that Debian packages
ship and nobody here wrote. Needs the packages unpacked (or installed):
  apt-get download fortunes-de doc-debian && for f in *.deb; do dpkg-deb -x "$f" x; done
  (GPL-3 comes from base-files: /usr/share/common-licenses/GPL-3)
Usage: extract.py ROOT OUTDIR    (ROOT: where the packages are unpacked, '/' when installed)
Passages: paragraphs of 20-110 words, sampled with a fixed seed; every one is expected clean (none of the four
eye-level categories applies to general prose written for its readers)."""
import gzip, os, random, re, sys

root, out = sys.argv[1], sys.argv[2]

def read(path):
    p = os.path.join(root, path.lstrip('/'))
    if not os.path.exists(p) and os.path.exists('/' + path.lstrip('/')):
        p = '/' + path.lstrip('/')
    data = gzip.open(p).read() if p.endswith('.gz') else open(p, 'rb').read()
    return data.decode('utf-8', errors='replace') if not p.endswith('GPL-Deutsch.gz') else data.decode('latin-1')

def paragraphs(text, sep=r'\n\s*\n'):
    for para in re.split(sep, text):
        para = re.sub(r'\s+', ' ', para).strip()
        para = re.sub(r'^\d+(\.\d+)*\.? ', '', para)
        words = len(re.findall(r'\w+', para))
        if 20 <= words <= 110 and not re.search(r'https?://|@|_{5,}|\.{5,}', para):
            yield para

SOURCES = {
    'de': [
        ('fortunes-de:wusstensie', 'GPL-2+', '/usr/share/games/fortunes/de/wusstensie.u8', r'\n%\n', 25),
        ('fortunes-de:zitate', 'GPL-2+', '/usr/share/games/fortunes/de/zitate.u8', r'\n%\n', 15),
        ('fortunes-de:GPL-Deutsch', 'FSF verbatim copying', '/usr/share/doc/fortunes-de/GPL-Deutsch.gz', r'\n\s*\n', 20),
    ],
    'en': [
        ('doc-debian:social-contract', 'OPL 1.0 (SPI)', '/usr/share/doc/debian/social-contract.txt.gz', r'\n\s*\n|\n\s+\d+\. ', 10),
        ('doc-debian:debian-manifesto', 'OPL 1.0 (SPI)', '/usr/share/doc/debian/debian-manifesto.gz', r'\n\s*\n', 15),
        ('doc-debian:constitution', 'OPL 1.0 (SPI)', '/usr/share/doc/debian/constitution.txt.gz', r'\n\s*\n|\n\s+\d+(?:\.\d+)*\. ', 15),
        ('base-files:GPL-3', 'FSF verbatim copying', '/usr/share/common-licenses/GPL-3', r'\n\s*\n', 20),
    ],
}

os.makedirs(out, exist_ok=True)
for lang, sources in SOURCES.items():
    rng = random.Random(20261201)
    items = []
    for name, licence, path, sep, n in sources:
        paras = [p for p in paragraphs(read(path), sep) if '\ufffd' not in p]
        paras = list(dict.fromkeys(paras))
        pick = rng.sample(paras, min(n, len(paras)))
        items += [(name, licence, p) for p in pick]
    with open(os.path.join(out, f'{lang}.txt'), 'w', encoding='utf-8') as f:
        f.write(f'# Real prose nobody here wrote, from Debian packages (bench/prose/extract.py). Expected clean.\n')
        for i, (name, licence, p) in enumerate(items, 1):
            f.write(f'\n### prose-{lang}-{i:03d} expect: none from: {name} licence: {licence}\n{p}\n')
    print(lang, len(items))
