#!/usr/bin/env python3
"""Summarises bench/results/issue12/jmh.json (the issue 12 run) as a Markdown section of docs/benchmarks.md,
between the markers <!-- issue12 --> and <!-- /issue12 -->."""
import json, re, sys
res, doc = sys.argv[1], sys.argv[2]
data = json.load(open(res + '/jmh.json'))
up0 = open(res + '/uptime-start.txt').read().strip()
up1 = open(res + '/uptime-end.txt').read().strip()
rows = {}
for b in data:
    name = b['benchmark'].split('.')[-2]
    p = b.get('params', {})
    unit = b['primaryMetric']['scoreUnit'].split('/')[0]
    f = {'ns': 1e-6, 'us': 1e-3, 'ms': 1.0, 's': 1e3}[unit]
    pc = {k: v * f for k, v in b['primaryMetric']['scorePercentiles'].items()}
    key = (name, p.get('lang', ''), p.get('words', ''), p.get('cache', ''), p.get('input', ''))
    rows[key] = (pc['50.0'], pc['95.0'], b['primaryMetric']['score'] * f)
def get(*k):
    return rows.get(k)
out = ['<!-- issue12 -->', '## Issue 12: the whole check with the reply model, the rule layer alone, pathological input', '',
       'Command: `./mvnw -q -Pbench compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt '
       '-Dmdep.includeScope=runtime` then `java -cp target/classes:$(cat target/bench-classpath.txt) org.openjdk.jmh.Main '
       "'KlartextBench|KlartextEditBench|KlartextRulesBench|PathologicalBench|LanguageToolBench' -f 1 -p words=200,1000 "
       '-p cache=none,hit -rf json -rff bench/results/issue12/jmh.json`, then `python3 bench/issue12.py bench/results/issue12 docs/benchmarks.md`. '
       'One JVM fork per case (shortened run), all tools in the same run, one after another.', '',
       f'Machine: 2 cores shared with five other agents\' builds and tests; `uptime` at start: `{up0}`, at end: `{up1}`. '
       'Absolute figures are therefore inflated and noisy; the ratios of tools measured in the same run are the fairer comparison.', '',
       '| case | p50 ms | p95 ms | mean ms |', '|---|---:|---:|---:|']
def line(label, r):
    if r:
        out.append(f'| {label} | {r[0]:.3f} | {r[1]:.3f} | {r[2]:.3f} |')
for lang in ('de', 'en'):
    for w in ('200', '1000'):
        line(f'whole check (rules + reply model), {lang}-{w}, unseen text (cache none)', get('KlartextBench', lang, w, 'none', ''))
        line(f'whole check, {lang}-{w}, same text again (cache hit)', get('KlartextBench', lang, w, 'hit', ''))
    for w in ('200', '1000'):
        line(f'rule layer alone (-Dklartext.model=off), {lang}-{w}, cache none', get('KlartextRulesBench', lang, w, '', ''))
    line(f're-check after a one-word edit, {lang}-1000', get('KlartextEditBench', lang, '', '', ''))
for w in ('200', '1000'):
    line(f'LanguageTool (4 rules), de-{w}', get('LanguageToolBench', '', w, '', ''))
for inp in ('word', 'compound', 'no-end', 'verdicts', 'terms', 'list', 'emoji'):
    line(f'100,000 chars: {inp} (de, cache none)', get('PathologicalBench', 'de', '', '', inp))
out += ['', '| target (issue 12) | measured | met? |', '|---|---|---|']
def t(label, val, limit, fmt='{:.3f} ms'):
    if val is None:
        return
    out.append(f'| {label} | {fmt.format(val)} | {"yes" if val <= limit else "no"} |')
for lang in ('de', 'en'):
    r = get('KlartextRulesBench', lang, '200', '', '')
    t(f'rule layer, 200 words, median ≤ 0.3 ms ({lang})', r and r[0], 0.3)
    r = get('KlartextBench', lang, '200', 'none', '')
    t(f'whole check, 200 words, p95 ≤ 5 ms ({lang})', r and r[1], 5)
    r = get('KlartextEditBench', lang, '', '', '')
    t(f're-check after a one-word edit ≤ 1 ms (median, {lang}-1000)', r and r[0], 1)
for w in ('200', '1000'):
    k = get('KlartextBench', 'de', w, 'none', '')
    l = get('LanguageToolBench', '', w, '', '')
    if k and l:
        out.append(f'| ≥ 10× faster than LanguageTool (de-{w}, ratio of medians) | {l[0] / k[0]:.0f}× | {"yes" if l[0] / k[0] >= 10 else "no"} |')
worst = max((v[1] for k, v in rows.items() if k[0] == 'PathologicalBench'), default=None)
t('any 100,000-character input ≤ 200 ms (worst p95 of the cases above)', worst, 200)
out.append('<!-- /issue12 -->')
text = open(doc).read()
section = '\n'.join(out) + '\n'
if '<!-- issue12 -->' in text:
    text = re.sub(r'<!-- issue12 -->.*?<!-- /issue12 -->\n', section, text, flags=re.S)
else:
    text = text.rstrip('\n') + '\n\n' + section
open(doc, 'w').write(text)
print(section)
