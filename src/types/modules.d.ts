// Types for modules without their own: zxcvbn internals that passwords/zxcvbn-tuned.ts speeds up, punycode.js.
// zxcvbn's matching module, which background/passwords/zxcvbn-tuned.ts speeds up.
declare module 'zxcvbn/lib/matching.js' {
  const matching: Record<string, unknown>;
  export default matching;
}

/** zxcvbn's frequency lists (lib/frequency_lists.js): each dictionary's words, most common first. */
declare module 'zxcvbn/lib/frequency_lists.js' {
  const lists: Record<string, string[]>;
  export default lists;
}

/** punycode.js (mathiasbynens/punycode.js), its ES module build. */
declare module 'punycode/punycode.es6.js' {
  export function toUnicode(domain: string): string;
  export function toASCII(domain: string): string;
}
