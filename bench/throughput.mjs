// Bars 2 and 3: in-process compile throughput on the corpus, measured against remark-parse on the same strings in
// the same run (so machine speed cancels out of the ratio), and the cost per MB as one document grows.

import {unified} from 'unified';
import remarkParse from 'remark-parse';
import {median, msSince} from './stats.mjs';

const ROUNDS = 7;
const LINEARITY_FACTORS = [1, 4, 16];
const MB = 1e6;

/** Compiles every document once, returning per-document milliseconds. */
function compileRound(compileDocument, docs) {
  return docs.map((doc) => {
    const start = process.hrtime.bigint();
    compileDocument({path: doc.path, bytes: doc.bytes});
    return msSince(start);
  });
}

function remarkRound(docs) {
  const parser = unified().use(remarkParse);
  const start = process.hrtime.bigint();
  for (const doc of docs) parser.parse(doc.text);
  return msSince(start);
}

/** Documents the compiler refuses (InputError) are left out of both sides, or their early exit would inflate MB/s. */
function splitCompilable(compileDocument, docs) {
  const kept = [];
  const refused = [];
  for (const doc of docs) {
    try {
      compileDocument({path: doc.path, bytes: doc.bytes});
      kept.push(doc);
    } catch (error) {
      refused.push({path: doc.path, reason: error instanceof Error ? error.message : String(error)});
    }
  }
  return {kept, refused};
}

/**
 * Warm-up round, then ROUNDS rounds alternating compile and remark-parse over all documents.
 * @param docs {path, bytes, text}[] read into memory beforehand
 */
export function measureCorpus(compileDocument, docs) {
  const {kept, refused} = splitCompilable(compileDocument, docs);
  const bytes = kept.reduce((sum, doc) => sum + doc.bytes.length, 0);
  remarkRound(kept);
  const compileMs = [];
  const remarkMs = [];
  const perDocMs = kept.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    const times = compileRound(compileDocument, kept);
    times.forEach((ms, i) => perDocMs[i].push(ms));
    compileMs.push(times.reduce((a, b) => a + b, 0));
    remarkMs.push(remarkRound(kept));
  }
  const largest = kept.reduce((best, doc, i) => (doc.bytes.length > kept[best].bytes.length ? i : best), 0);
  const compileMBps = median(compileMs.map((ms) => bytes / MB / (ms / 1000)));
  const remarkMBps = median(remarkMs.map((ms) => bytes / MB / (ms / 1000)));
  return {
    rounds: ROUNDS,
    documents: kept.length,
    refused,
    bytes,
    compileMBps,
    remarkMBps,
    ratio: compileMBps / remarkMBps,
    largest: {path: kept[largest].path, bytes: kept[largest].bytes.length, ms: median(perDocMs[largest])},
  };
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
