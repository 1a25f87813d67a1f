/**
 * Serves the WebExtension polyfill to the bundler as an ES module. Its file is UMD, so a default
 * import of it went through the bundler's CommonJS interop, which copies every property of the
 * module's export onto a new object. Where the browser has `browser.*` itself (Firefox, recent
 * Chromium) that export is the browser's own namespace, and copying it asks for every API in it
 * (action, alarms, dom, management, windows, ...): each is built on first touch, about 4 ms in
 * the worker's start-up and again in every extension page. As a module, the import is the
 * namespace itself, untouched. The build fails if the polyfill's UMD header changes shape.
 */
import type { Plugin } from 'vite';

const UMD_BRANCH = 'else if (typeof exports !== "undefined") {\n    factory(module);\n  }';

export function polyfillModule(): Plugin {
  return {
    name: 'homeguard:polyfill-module',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/.test(id)) return null;
      if (!code.includes(UMD_BRANCH)) {
        throw new Error('the polyfill no longer has its UMD header: update scripts/polyfill-module.ts');
      }
      // The UMD takes the CommonJS branch and fills this module object; nothing else is global.
      const body = code.replace(/\/\/# sourceMappingURL=.*$/m, '');
      return {
        code: `const module = { exports: {} };\nconst exports = module.exports;\n${body}\nexport default module.exports;\n`,
        map: null,
      };
    },
  };
}
