// A worker thread with its own copy of the published zxcvbn 4.4.2, untouched by HomeGuard's
// tuning (which patches the library's module in the process that imports it).
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

const zxcvbn = createRequire(import.meta.url)('zxcvbn');
const results = workerData.passwords.map((password) => {
  const r = zxcvbn(password, workerData.userInputs);
  return [r.score, r.guesses_log10, r.feedback.warning, r.feedback.suggestions.join('|')];
});
parentPort.postMessage(results);
