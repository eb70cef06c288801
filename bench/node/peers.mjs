// Times the peers in-process on the same texts as the JMH benchmark: write-good and a unified/retext pipeline.
// Per tool and text: warm-up for WARMUP_MS, then timed single calls for MEASURE_MS (at least MIN_SAMPLES).
// Usage: node peers.mjs TEXT_DIR OUT_JSON
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, basename } from 'node:path';
import { createRequire } from 'node:module';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import retextEquality from 'retext-equality';
import retextReadability from 'retext-readability';
import retextSimplify from 'retext-simplify';
import { VFile } from 'vfile';

const require = createRequire(import.meta.url);
const writeGood = require('write-good'); // CommonJS
const here = new URL('.', import.meta.url).pathname;
// read from disk: ESM packages don't export ./package.json
const versionOf = (name) => JSON.parse(readFileSync(join(here, 'node_modules', name, 'package.json'), 'utf8')).version;

const [textDir = '../texts', outFile = '../results/peers.json'] = process.argv.slice(2);
const WARMUP_MS = Number(process.env.WARMUP_MS ?? 3000);
const MEASURE_MS = Number(process.env.MEASURE_MS ?? 5000);
const MIN_SAMPLES = 50;

// Frozen once, like a server would keep it. retext has no compiler, so parse + run (what a linter does)
// on a fresh VFile per call; the findings are the file's messages.
const retext = unified().use(retextEnglish).use(retextEquality).use(retextReadability).use(retextSimplify).freeze();

const tools = {
  'write-good': async (text) => writeGood(text).length,
  'retext': async (text) => {
    const file = new VFile(text);
    await retext.run(retext.parse(file), file);
    return file.messages.length;
  },
};

function percentile(sorted, p) {
  // nearest-rank on the sorted sample, the same definition for every percentile we report
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

async function measure(fn, text) {
  let findings = 0;
  const warmEnd = performance.now() + WARMUP_MS;
  let warmups = 0;
  while (performance.now() < warmEnd) { findings = await fn(text); warmups++; }
  const samples = [];
  const end = performance.now() + MEASURE_MS;
  while (performance.now() < end || samples.length < MIN_SAMPLES) {
    const t0 = process.hrtime.bigint();
    findings = await fn(text);
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  return {
    warmups, samples: samples.length, findings,
    p50_ms: percentile(sorted, 50), p95_ms: percentile(sorted, 95), mean_ms: mean,
    min_ms: sorted[0], max_ms: sorted[sorted.length - 1], ops_per_s: 1000 / mean,
  };
}

const texts = readdirSync(textDir).filter((f) => /^(de|en)-\d+\.txt$/.test(f)).sort();
const results = [];
for (const file of texts) {
  const text = readFileSync(join(textDir, file), 'utf8');
  for (const [tool, fn] of Object.entries(tools)) {
    const r = await measure(fn, text);
    const row = { tool, text: basename(file, '.txt'), ...r };
    results.push(row);
    console.log(`${tool.padEnd(10)} ${row.text.padEnd(8)} p50 ${r.p50_ms.toFixed(3)} ms  p95 ${r.p95_ms.toFixed(3)} ms  `
      + `mean ${r.mean_ms.toFixed(3)} ms  n=${r.samples}  findings=${r.findings}`);
  }
}
const out = {
  node: process.version,
  warmup_ms: WARMUP_MS, measure_ms: MEASURE_MS,
  versions: Object.fromEntries(['write-good', 'unified', 'retext-english', 'retext-equality', 'retext-readability',
    'retext-simplify', 'vfile'].map((n) => [n, versionOf(n)])),
  results,
};
writeFileSync(outFile, JSON.stringify(out, null, 2));
console.log(`wrote ${outFile}`);
