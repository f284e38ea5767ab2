// One side of the corpus race, in a worker thread of its own: a V8 isolate with its own heap and its own compiled
// code. Rounds of the two sides alternate, but neither pays for the other's garbage, nor re-warms code that the
// other's collections aged out (V8 flushes the bytecode of functions left unused across several collections).
//
// workerData: {kind: 'compile' | 'remark', compileModule, docs: {path, bytes, text}[]}.
// Messages: 'round' → {ms: number[]} (per document); the first message answers {kept, refused} once loaded.

import {parentPort, workerData} from 'node:worker_threads';
import {pathToFileURL} from 'node:url';
import {msSince} from './stats.mjs';

const {kind, compileModule, docs} = workerData;

async function loadSide() {
  if (kind === 'remark') {
    const [{unified}, {default: remarkParse}] = await Promise.all([import('unified'), import('remark-parse')]);
    const parser = unified().use(remarkParse);
    return (doc) => parser.parse(doc.text);
  }
  const {compileDocument} = await import(pathToFileURL(compileModule).href);
  return (doc) => compileDocument({path: doc.path, bytes: doc.bytes});
}

const run = await loadSide();
parentPort.on('message', (message) => {
  if (message.type === 'round') {
    const ms = message.indices.map((i) => {
      const start = process.hrtime.bigint();
      run(docs[i]);
      return msSince(start);
    });
    parentPort.postMessage({ms});
  } else if (message.type === 'probe') {
    // Which documents the compiler accepts: the ones it refuses (InputError) would inflate MB/s with an early exit.
    const refused = [];
    docs.forEach((doc, i) => {
      try {
        run(doc);
      } catch (error) {
        refused.push({index: i, reason: error instanceof Error ? error.message : String(error)});
      }
    });
    parentPort.postMessage({refused});
  }
});
parentPort.postMessage({ready: true});
