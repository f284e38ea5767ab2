// Bars 2 and 3: in-process compile throughput on the corpus, measured against remark-parse on the same strings in
// the same run (so machine speed cancels out of the ratio), and the cost per MB as one document grows.

import {Worker} from 'node:worker_threads';
import {median, msSince} from './stats.mjs';

const ROUNDS = 7;
// Rounds run and thrown away before the measured ones: the compiler's functions reach V8's optimizing tier only after
// a few passes over the corpus (a first pass takes about three times a warm one), remark-parse's after one.
const WARM_UP_ROUNDS = 5;
const LINEARITY_FACTORS = [1, 4, 16];
const MB = 1e6;

/** A worker running one side of the race (bench/contender.mjs); `ask` sends a message and waits for the answer. */
async function startContender(kind, compileModule, docs) {
  const worker = new Worker(new URL('./contender.mjs', import.meta.url), {workerData: {kind, compileModule, docs}});
  const next = () =>
    new Promise((resolve, reject) => {
      const fail = (error) => reject(error);
      worker.once('error', fail);
      worker.once('message', (answer) => {
        worker.off('error', fail);
        resolve(answer);
      });
    });
  await next();
  return {
    ask: (message) => {
      const answer = next();
      worker.postMessage(message);
      return answer;
    },
    stop: () => worker.terminate(),
  };
}

const sum = (xs) => xs.reduce((a, b) => a + b, 0);

/**
 * Compile and remark-parse each in a worker of its own, rounds alternating (compile, remark, compile, …) after
 * WARM_UP_ROUNDS each, so load drift hits both sides and each ratio compares numbers of the same run.
 * @param docs {path, bytes, text}[] read into memory beforehand
 */
export async function measureCorpus(compileModule, docs) {
  const compiler = await startContender('compile', compileModule, docs);
  const remark = await startContender('remark', compileModule, docs);
  try {
    const {refused: refusedAt} = await compiler.ask({type: 'probe'});
    const refusedIndex = new Set(refusedAt.map((r) => r.index));
    const indices = docs.map((_, i) => i).filter((i) => !refusedIndex.has(i));
    const kept = indices.map((i) => docs[i]);
    const bytes = sum(kept.map((doc) => doc.bytes.length));
    for (let round = 0; round < WARM_UP_ROUNDS; round++) {
      await compiler.ask({type: 'round', indices});
      await remark.ask({type: 'round', indices});
    }
    const compileMs = [];
    const remarkMs = [];
    const perDocMs = kept.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      const {ms: times} = await compiler.ask({type: 'round', indices});
      times.forEach((ms, i) => perDocMs[i].push(ms));
      compileMs.push(sum(times));
      remarkMs.push(sum((await remark.ask({type: 'round', indices})).ms));
    }
    const largest = kept.reduce((best, doc, i) => (doc.bytes.length > kept[best].bytes.length ? i : best), 0);
    const compileMBps = median(compileMs.map((ms) => bytes / MB / (ms / 1000)));
    const remarkMBps = median(remarkMs.map((ms) => bytes / MB / (ms / 1000)));
    return {
      rounds: ROUNDS,
      documents: kept.length,
      refused: refusedAt.map((r) => ({path: docs[r.index].path, reason: r.reason})),
      bytes,
      compileMBps,
      remarkMBps,
      ratio: compileMBps / remarkMBps,
      largest: {path: kept[largest].path, bytes: kept[largest].bytes.length, ms: median(perDocMs[largest])},
    };
  } finally {
    await Promise.all([compiler.stop(), remark.stop()]);
  }
}

function repeatBytes(bytes, times) {
  const separator = new TextEncoder().encode('\n\n');
  const out = new Uint8Array(times * bytes.length + (times - 1) * separator.length);
  for (let i = 0, at = 0; i < times; i++) {
    if (i > 0) {
      out.set(separator, at);
      at += separator.length;
    }
    out.set(bytes, at);
    at += bytes.length;
  }
  return out;
}

/**
 * The founding plan repeated 1×, 4×, 16×. Each sample compiles the same total bytes (16 × 1×, 4 × 4×, 1 × 16×)
 * and the sizes are interleaved per round, so ms/MB is comparable across sizes without further correction.
 */
export function measureLinearity(compileDocument, doc) {
  const largestFactor = Math.max(...LINEARITY_FACTORS);
  const inputs = LINEARITY_FACTORS.map((factor) => ({
    factor,
    bytes: repeatBytes(doc.bytes, factor),
    repeats: largestFactor / factor,
  }));
  const samples = inputs.map(() => []);
  for (let round = -1; round < ROUNDS; round++) {
    inputs.forEach((input, i) => {
      const start = process.hrtime.bigint();
      for (let r = 0; r < input.repeats; r++) compileDocument({path: doc.path, bytes: input.bytes});
      const ms = msSince(start);
      if (round >= 0) samples[i].push(ms / ((input.bytes.length * input.repeats) / MB));
    });
  }
  const msPerMB = samples.map(median);
  return inputs.map((input, i) => ({
    factor: input.factor,
    bytes: input.bytes.length,
    msPerMB: msPerMB[i],
    ratioToOne: msPerMB[i] / msPerMB[0],
  }));
}
