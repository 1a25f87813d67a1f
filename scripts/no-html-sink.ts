/**
 * Removes preact's one HTML-string sink from the bundles: preact sets `innerHTML` only for the
 * `dangerouslySetInnerHTML` prop, which HomeGuard never uses (test/unit/policy/source.test.ts).
 * With the assignment gone, `web-ext lint --warnings-as-errors` passes and no code path can turn
 * a string into markup. The build fails if preact's code changes shape, so this is noticed.
 */
import type { Plugin } from 'vite';

const SINK = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;

export function noHtmlSink(): Plugin {
  return {
    name: 'homeguard:no-html-sink',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return null;
      const matches = code.match(SINK)?.length ?? 0;
      if (matches !== 1)
        throw new Error(
          `preact's innerHTML assignment not found once (found ${matches}): update scripts/no-html-sink.ts`,
        );
      return {
        code: code.replace(SINK, '(()=>{throw new Error("HomeGuard never renders HTML strings")})()'),
        map: null,
      };
    },
  };
}
