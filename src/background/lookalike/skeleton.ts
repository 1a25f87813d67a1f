/**
 * What a hostname looks like, as letters: punycode decoded (punycode.js), accents dropped (NFD),
 * and every character that passes for Latin letters or digits replaced by them, from Unicode's
 * confusables data (UTS #39, confusables.json built by scripts/build-confusables.ts). Two strings
 * that look alike get the same skeleton: "rn" and "m", "1", "I", "l" and "i", "0" and "o".
 */
import { toUnicode } from 'punycode/punycode.es6.js';
import CONFUSABLES from './confusables.json';

/**
 * Cyrillic letters UTS #39 does not list as confusable, though in lower case they pass for Latin
 * ones in many fonts; typosquatting tools spell whole names with them (есоьее, һіѵеһоме).
 */
const CYRILLIC_LOWER: Record<string, string> = { ь: 'b', ԍ: 'g', к: 'k', м: 'rn', т: 't' };

const TABLE = CONFUSABLES as Record<string, string>;

/** A label in Unicode (`xn--` labels decoded); an invalid `xn--` label stays as it is. */
export function decodeLabel(label: string): string {
  if (!label.startsWith('xn--')) return label;
  try {
    return toUnicode(label);
  } catch {
    return label;
  }
}

/** Stands for a character that is no Latin letter or digit and passes for none in the data. */
export const UNKNOWN_GLYPH = '*';

/**
 * The letters a string looks like (see the file comment): only a-z, 0-9, "-" and
 * UNKNOWN_GLYPH remain. Characters are looked up before marks are dropped, since some
 * look-alikes are marks themselves (Telugu "ం" for "o").
 */
export function skeleton(text: string): string {
  return foldPairs(letters(text));
}

/** Characters to letters, without folding letter pairs. */
function letters(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFD').toLowerCase()) {
    const mapped = TABLE[ch] ?? CYRILLIC_LOWER[ch];
    if (mapped !== undefined) out += mapped;
    else if (/[a-z0-9-]/.test(ch)) out += ch;
    else if (!/\p{M}/u.test(ch)) out += UNKNOWN_GLYPH;
  }
  // "i", "l", "1" and "|" are one shape in most address bars; "0" is "o".
  return out.replace(/[il1|]/g, 'l').replace(/0/g, 'o');
}

/** "rn", "nn" pass for "m" and "vv" for "w" (counted as one letter, so a typo next to them is still one typo). */
function foldPairs(text: string): string {
  return text.replace(/rn|nn/g, 'm').replace(/vv/g, 'w');
}

/**
 * A skeleton and the shapes it may stand for where a letter pair passes for one letter only in
 * some fonts ("cl" for "d", "lc" for "k"): compared as alternatives, never folded into every
 * skeleton (that would turn ordinary spellings such as "total connect" into other words).
 */
export function skeletonVariants(text: string): string[] {
  const unfolded = letters(text);
  const base = foldPairs(unfolded);
  // Unfolded too: "irng" is a swap in "ring", not "lmg".
  const out = new Set([base, unfolded]);
  if (base.includes('cl')) out.add(base.replace(/cl/g, 'd'));
  if (base.includes('lc')) out.add(base.replace(/lc/g, 'k'));
  return [...out];
}
