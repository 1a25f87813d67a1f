/**
 * The look-alike check requires tldts through lookalike/tldts-library.cjs, so the worker loads it
 * only when first needed. The bench runs the check through vite's module runner, which runs
 * project files as ES modules and cannot run that CommonJS file: this gives the runner the same
 * loader as an ES module (run.ts aliases it). The check itself is the shipped code.
 */
import * as tldts from 'tldts';

export default function loadTldts(): typeof tldts {
  return tldts;
}
