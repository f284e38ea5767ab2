// Renders the measurements as bench/RESULTS.md and as the stdout summary. Fixed decimals everywhere so that two
// runs differ only in their numbers, never in layout.

const BARS = {
  processRatio: 2.5,
  compileMBps: 10,
  remarkRatio: 10,
  // DESIGN.md asks for linear cost without a number; 1.5 leaves room for timer noise, not for a quadratic term
  // (which would show as ≈ 16 at 16×).
  linearity: 1.5,
};

const ms = (x) => `${x.toFixed(1)} ms`;
const mbps = (x) => `${x.toFixed(2)} MB/s`;
const times = (x) => `${x.toFixed(2)}×`;
const verdict = (pass) => (pass ? 'PASS' : 'FAIL');

/** Rows of [measure, value, bar, result]; result is '' for rows that carry no bar. */
function rows({wholeProcess, corpus, linearity}) {
  const out = [];
  if (wholeProcess.skipped) out.push(['Whole process', `skipped: ${wholeProcess.skipped}`, `≤ ${times(BARS.processRatio)}`, 'SKIP']);
  else {
    out.push(
      [`\`plan-compile compile ${wholeProcess.input} -f json\`, median / p90`, `${ms(wholeProcess.compile.median)} / ${ms(wholeProcess.compile.p90)}`, '', ''],
      ['`node -e 0`, median / p90', `${ms(wholeProcess.baseline.median)} / ${ms(wholeProcess.baseline.p90)}`, '', ''],
      ['Whole process: ratio of medians', times(wholeProcess.ratio), `≤ ${times(BARS.processRatio)}`, verdict(wholeProcess.ratio <= BARS.processRatio)],
    );
  }
  if (corpus.skipped) {
    out.push(['Corpus throughput', `skipped: ${corpus.skipped}`, `≥ ${times(BARS.remarkRatio)} remark-parse`, 'SKIP']);
  } else {
    const size = `${corpus.documents} docs, ${(corpus.bytes / 1e6).toFixed(3)} MB`;
    out.push(
      [`compileDocument on the corpus (${size}), median of ${corpus.rounds} rounds`, mbps(corpus.compileMBps), `≥ ${mbps(BARS.compileMBps)}`, verdict(corpus.compileMBps >= BARS.compileMBps)],
      ['remark-parse on the same strings, same run', mbps(corpus.remarkMBps), '', ''],
      ['compileDocument ÷ remark-parse', times(corpus.ratio), `≥ ${times(BARS.remarkRatio)}`, verdict(corpus.ratio >= BARS.remarkRatio)],
      [`Largest document (${corpus.largest.path}, ${(corpus.largest.bytes / 1e3).toFixed(1)} kB), median`, ms(corpus.largest.ms), '', ''],
    );
  }
  if (linearity.skipped) out.push(['Linearity', `skipped: ${linearity.skipped}`, `≤ ${times(BARS.linearity)}`, 'SKIP']);
  else {
    for (const point of linearity.points) {
      const label = `Founding plan ×${point.factor} (${(point.bytes / 1e3).toFixed(1)} kB): ms per MB`;
      out.push([label, `${point.msPerMB.toFixed(1)} ms/MB`, '', '']);
    }
    for (const point of linearity.points.slice(1)) {
      const last = point === linearity.points.at(-1);
      out.push([
        `Linearity: ms/MB at ×${point.factor} ÷ ×1`,
        times(point.ratioToOne),
        last ? `≤ ${times(BARS.linearity)}` : '',
        last ? verdict(point.ratioToOne <= BARS.linearity) : '',
      ]);
    }
  }
  return out;
}

const METHOD =
  'Method: every figure is a median over repeated runs (p90 shown for whole processes). The two processes are ' +
  'spawned alternately (A B A B …) after warm-ups, so load drift hits both; compile and remark-parse rounds ' +
  'alternate in one process, after five warm-up rounds each, over strings read into memory beforehand, so each ratio compares numbers taken in ' +
  'the same run on the same machine state. Each side runs in a worker thread of its own (its own V8 heap and ' +
  'code), so neither is charged for the other\'s garbage collections. MB = 10^6 bytes of input. Linearity samples compile the same total ' +
  'bytes at every size. The bars are reported, not enforced: this script exits 0 when one fails.';

/** The whole RESULTS.md text. */
export function resultsMarkdown(env, results) {
  const table = rows(results).map((cells) => `| ${cells.join(' | ')} |`);
  const refused = results.corpus.refused?.length
    ? ['', `Left out of the corpus figures (the compiler refuses them): ${results.corpus.refused.map((r) => `${r.path} (${r.reason})`).join('; ')}.`]
    : [];
  return [
    '# plan-compile benchmark',
    '',
    '| Machine | Cores | Node | OS | Load at start (1 min) | Date |',
    '| --- | --- | --- | --- | --- | --- |',
    `| ${env.cpu} | ${env.cores} | ${env.node} | ${env.os} | ${env.load.toFixed(2)} | ${env.date} |`,
    '',
    '| Measure | Value | Bar | Result |',
    '| --- | --- | --- | --- |',
    ...table,
    ...refused,
    '',
    METHOD,
    '',
    'Regenerate with `npm run bench` (builds first) or `node bench/run.mjs` after `npm run build`.',
    '',
  ].join('\n');
}

/** One line per bar, for stdout. */
export function summaryLines(results) {
  return rows(results)
    .filter(([, , bar]) => bar !== '')
    .map(([measure, value, bar, result]) => `${result.padEnd(4)}  ${measure}: ${value} (bar ${bar})`);
}
