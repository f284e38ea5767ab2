// A worker thread of checkFiles: checks its share of plan files and sends the findings back in order.

import {parentPort, workerData} from 'node:worker_threads';
import type {RuleSetting} from './rule.js';
import {checkFilesHere} from './check-files.js';

const {paths, severities} = workerData as {paths: string[]; severities: [string, RuleSetting][]};
parentPort!.postMessage(await checkFilesHere(paths, new Map(severities)));
