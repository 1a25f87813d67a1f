/**
 * Marks the content script for eager compilation. Nearly all of its code runs while a vendor page
 * loads, and a function compiled only when first called is parsed twice (skimmed with the file,
 * parsed again to run) in the middle of that load. Chromium's compile hint
 * (https://v8.dev/blog/explicit-compile-hints) compiles the whole file once, before it runs;
 * Firefox reads it as a comment. The bench reports the compile time next to the script time, so
 * no work hides between the two.
 */
import type { Plugin } from 'vite';

const CONTENT_SCRIPT = 'src/content/index.js';
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export function compileHint(): Plugin {
  return {
    name: 'homeguard:compile-hint',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const output = Object.values(bundle).find((file) => file.fileName === CONTENT_SCRIPT);
      // The plugin goes after crx, which emits the content script in this same hook.
      if (output === undefined) this.error(`${CONTENT_SCRIPT} not in the bundle: update scripts/compile-hint.ts`);
      if (output.type === 'chunk') output.code = `${COMPILE_HINT}\n${output.code}`;
      else output.source = `${COMPILE_HINT}\n${String(output.source)}`;
    },
  };
}
