// Plan files to their findings, in the order given. A repository of plans is checked on every push, so a long list
// is shared between this thread and worker threads (one process still: the 1,000-plan bar is for one process);
// a short one is checked here, reading a few files ahead so the thread never waits on the disk.

import {existsSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import type {Diagnostic} from '../model/plan.js';
import type {Severities} from './check-plan.js';
import {checkPlanText, readPlanText, type PlanFileText} from './read-plan-file.js';

export type FileResult = {diagnostics: Diagnostic[]} | {unreadable: string};

const readAhead = 8;
// Below this many files a worker's start-up (loading the checker again) costs more than it saves.
const filesPerWorker = 64;
const maxWorkers = 4;
// Relative to dist/, so the CLI bundle in dist/bundle/ finds it too; under vitest (src/) it does not exist and the
// files are checked in this thread.
const workerFile = fileURLToPath(new URL('../validate/check-files-worker.js', import.meta.url));

export async function checkFilesHere(paths: readonly string[], severities: Severities): Promise<FileResult[]> {
  const results: FileResult[] = [];
  const reads: Promise<PlanFileText>[] = [];
  const startRead = (index: number): void => {
    if (index < paths.length) reads.push(readPlanText(paths[index]!));
  };
  for (let index = 0; index < readAhead; index++) startRead(index);
  for (let index = 0; index < paths.length; index++) {
    const read = await reads.shift()!;
    startRead(index + readAhead);
    if ('unreadable' in read) results.push({unreadable: read.unreadable});
    else results.push({diagnostics: 'refused' in read ? [read.refused] : checkPlanText(read.text, severities)});
  }
  return results;
}

function checkFilesInWorker(paths: readonly string[], severities: Severities): Promise<FileResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, {workerData: {paths, severities: [...severities]}});
    worker.once('message', (results: FileResult[]) => resolve(results));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`validate worker stopped (exit ${code})`)));
  });
}

export async function checkFiles(paths: readonly string[], severities: Severities): Promise<FileResult[]> {
  const threads = Math.min(maxWorkers, availableParallelism(), Math.floor(paths.length / filesPerWorker));
  if (threads < 2 || !existsSync(workerFile)) return checkFilesHere(paths, severities);
  const size = Math.ceil(paths.length / threads);
  const chunks = Array.from({length: threads}, (_, i) => paths.slice(i * size, (i + 1) * size));
  // This thread takes the first share; a worker that fails has its share checked here after all.
  const [first, ...rest] = chunks;
  const shares = await Promise.all([
    checkFilesHere(first!, severities),
    ...rest.map((chunk) => checkFilesInWorker(chunk, severities).catch(() => checkFilesHere(chunk, severities))),
  ]);
  return shares.flat();
}
