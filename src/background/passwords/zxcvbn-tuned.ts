/**
 * zxcvbn 4.4.2, made fast enough for long passwords without changing any result. The library's
 * cost is in two places, both replaced here by code that finds exactly the same matches:
 * - dictionary matching tries every substring against every dictionary; substrings longer than
 *   a dictionary's longest word can never match, so they are skipped;
 * - l33t matching runs the whole dictionary match once per substitution table, and the number of
 *   tables grows with every l33t character (hundreds for random-looking strings). Here each
 *   substring is translated once per distinct way the tables translate it, and a translation that
 *   no dictionary word starts with is dropped at once. Matches come out in the library's order,
 *   each with the substitution of the first table that finds it, as the library's first does.
 * The test compares the score with the published package over a corpus of real and l33t-heavy
 * passwords (test/unit/background/passwords/zxcvbn-exact.test.ts).
 * Imported only by the background, so the dictionaries never reach the content script or pages.
 * The library is loaded on the first rating (zxcvbn-library.cjs), not when the worker starts.
 */
import type { ZXCVBNResult } from 'zxcvbn';
import loadZxcvbnLibrary from './zxcvbn-library.cjs';

type RankedDictionaries = Record<string, Record<string, number>>;
type L33tTable = Record<string, string[]>;
type Sub = Record<string, string>;
interface Match {
  pattern: 'dictionary';
  i: number;
  j: number;
  token: string;
  matched_word: string;
  rank: number;
  dictionary_name: string;
  reversed: false;
  l33t: boolean;
  sub?: Sub;
  sub_display?: string;
}
interface Matching {
  dictionary_match(password: string, dictionaries?: RankedDictionaries | null): Match[];
  enumerate_l33t_subs(table: L33tTable): Sub[];
  relevant_l33t_subtable(password: string, table: L33tTable): L33tTable;
  l33t_match(password: string, dictionaries?: RankedDictionaries | null, table?: L33tTable | null): Match[];
  sorted(matches: Match[]): Match[];
}

let lib: Matching;

/** The library's own dictionaries and l33t table (module-private), captured through one call. */
function captureInternals(): { dictionaries: RankedDictionaries; table: L33tTable } {
  const { dictionary_match: dictionaryMatch, relevant_l33t_subtable: relevant } = lib;
  let dictionaries: RankedDictionaries | undefined;
  let table: L33tTable | undefined;
  lib.dictionary_match = (_password, given) => {
    dictionaries ??= given ?? undefined;
    return [];
  };
  lib.relevant_l33t_subtable = (password, given) => {
    table ??= given;
    return relevant.call(lib, password, given);
  };
  try {
    lib.l33t_match('4'); // '4' has one l33t substitution, so both are called once
  } finally {
    lib.dictionary_match = dictionaryMatch;
    lib.relevant_l33t_subtable = relevant;
  }
  if (dictionaries === undefined || table === undefined) throw new Error('zxcvbn internals changed');
  return { dictionaries, table };
}

const longestWord = new WeakMap<Record<string, number>, number>();
function longestWordOf(dictionary: Record<string, number>): number {
  let longest = longestWord.get(dictionary);
  if (longest === undefined) {
    longest = 0;
    for (const word in dictionary) longest = Math.max(longest, word.length);
    longestWord.set(dictionary, longest);
  }
  return longest;
}

/**
 * The longest word of each of zxcvbn 4.4.2's frequency lists (the version package.json pins; a
 * unit test reads them from the lists). Known up front: reading 95,000 words for them would cost
 * the first rating after the worker was stopped about 4 ms.
 */
export const LONGEST_LISTED_WORD: Readonly<Record<string, number>> = {
  passwords: 20,
  english_wikipedia: 23,
  female_names: 11,
  surnames: 13,
  us_tv_and_film: 22,
  male_names: 11,
};

function rememberLongestWords(dictionaries: RankedDictionaries): void {
  for (const name in LONGEST_LISTED_WORD) {
    const dictionary = dictionaries[name];
    if (dictionary !== undefined) longestWord.set(dictionary, LONGEST_LISTED_WORD[name]!);
  }
}

/** The library's dictionary match, skipping substrings longer than a dictionary's longest word. */
function dictionaryMatch(password: string, table: RankedDictionaries): Match[] {
  const lower = password.toLowerCase();
  const matches: Match[] = [];
  for (const name in table) {
    const dictionary = table[name]!;
    const longest = longestWordOf(dictionary);
    for (let i = 0; i < password.length; i++) {
      for (let j = i; j < password.length && j - i < longest; j++) {
        const word = lower.slice(i, j + 1);
        // `in`, as the library does: the same matches, quirks included.
        if (word in dictionary) {
          matches.push({
            pattern: 'dictionary',
            i,
            j,
            token: password.slice(i, j + 1),
            matched_word: word,
            rank: dictionary[word]!,
            dictionary_name: name,
            reversed: false,
            l33t: false,
          });
        }
      }
    }
  }
  return lib.sorted(matches);
}

/** Sorted words of a dictionary, to tell whether any word starts with a string (built when first needed). */
const sortedWords = new WeakMap<Record<string, number>, string[]>();
function hasWordStartingWith(dictionary: Record<string, number>, prefix: string): boolean {
  let words = sortedWords.get(dictionary);
  if (words === undefined) {
    words = Object.keys(dictionary).sort();
    sortedWords.set(dictionary, words);
  }
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (words[mid]! < prefix) low = mid + 1;
    else high = mid;
  }
  return low < words.length && words[low]!.startsWith(prefix);
}

/** A l33t match as the library makes it: the token, the word, and the table's subs used in it. */
function l33tFound(password: string, match: Match, sub: Sub): Match | null {
  const token = password.slice(match.i, match.j + 1);
  if (token.toLowerCase() === match.matched_word) return null; // no actual substitution
  const used: Sub = {};
  for (const chr in sub) if (token.includes(chr)) used[chr] = sub[chr]!;
  return {
    ...match,
    l33t: true,
    token,
    sub: used,
    sub_display: Object.entries(used)
      .map(([k, v]) => `${k} -> ${v}`)
      .join(', '),
  };
}

/** Up to this many tables, the library's own way (one dictionary match per table) is cheap. */
const FEW_TABLES = 16;

function l33tMatch(password: string, dictionaries: RankedDictionaries, table: L33tTable): Match[] {
  const all = lib.enumerate_l33t_subs(lib.relevant_l33t_subtable(password, table));
  // The library stops at the first empty table (a password without l33t characters has only that).
  const empty = all.findIndex((sub) => Object.keys(sub).length === 0);
  const subs = empty === -1 ? all : all.slice(0, empty);
  const found: Array<{ match: Match; order: number }> = [];
  if (subs.length <= FEW_TABLES) {
    subs.forEach((sub, index) => {
      const translated = [...password].map((chr) => sub[chr] ?? chr).join('');
      for (const match of dictionaryMatch(translated, dictionaries)) {
        const l33t = l33tFound(password, match, sub);
        if (l33t) found.push({ match: l33t, order: index });
      }
    });
  } else {
    found.push(...groupedL33tMatches(password, dictionaries, subs));
  }
  // The library's order: by position (stable), then table, then dictionary; one-character
  // matches are dropped as noise.
  const dictionaryOrder = Object.keys(dictionaries);
  found.sort(
    (a, b) =>
      a.match.i - b.match.i ||
      a.match.j - b.match.j ||
      a.order - b.order ||
      dictionaryOrder.indexOf(a.match.dictionary_name) - dictionaryOrder.indexOf(b.match.dictionary_name),
  );
  return found.map((f) => f.match).filter((match) => match.token.length > 1);
}

/**
 * The l33t matches of many tables at once. For each start, the tables that translate the
 * substring the same way form one group; a group whose translation no word of any dictionary
 * starts with is dropped. Each match keeps the first table of its group (the library's first).
 */
function groupedL33tMatches(
  password: string,
  dictionaries: RankedDictionaries,
  subs: readonly Sub[],
): Array<{ match: Match; order: number }> {
  const names = Object.keys(dictionaries);
  const longest = Math.max(0, ...names.map((name) => longestWordOf(dictionaries[name]!)));
  const lower = password.toLowerCase();
  const found: Array<{ match: Match; order: number }> = [];
  for (let i = 0; i < password.length; i++) {
    let groups: Array<{ text: string; subs: number[]; live: string[] }> = [
      { text: '', subs: subs.map((_, index) => index), live: names },
    ];
    for (let j = i; j < password.length && j - i < longest && groups.length > 0; j++) {
      const chr = lower[j]!;
      const next: typeof groups = [];
      for (const group of groups) {
        const parts = new Map<string, number[]>();
        for (const index of group.subs) {
          const out = subs[index]![password[j]!] ?? chr;
          let part = parts.get(out);
          if (part === undefined) parts.set(out, (part = []));
          part.push(index);
        }
        for (const [out, members] of parts) {
          const text = group.text + out;
          const live = group.live.filter(
            (name) => j - i < longestWordOf(dictionaries[name]!) && hasWordStartingWith(dictionaries[name]!, text),
          );
          if (live.length > 0) next.push({ text, subs: members, live });
        }
      }
      for (const group of next) {
        for (const name of group.live) {
          const dictionary = dictionaries[name]!;
          if (!(group.text in dictionary)) continue;
          const match: Match = {
            pattern: 'dictionary',
            i,
            j,
            token: password.slice(i, j + 1),
            matched_word: group.text,
            rank: dictionary[group.text]!,
            dictionary_name: name,
            reversed: false,
            l33t: false,
          };
          const first = group.subs[0]!;
          const l33t = l33tFound(password, match, subs[first]!);
          if (l33t) found.push({ match: l33t, order: first });
        }
      }
      groups = next;
    }
  }
  return found;
}

/** The library with its matching sped up: loaded and tuned on the first call. */
function tune(): (password: string, userInputs?: string[]) => ZXCVBNResult {
  const library = loadZxcvbnLibrary();
  lib = library.matching as unknown as Matching;
  const { dictionaries, table } = captureInternals();
  rememberLongestWords(dictionaries);
  lib.dictionary_match = (password, given) => dictionaryMatch(password, given ?? dictionaries);
  lib.l33t_match = (password, given, givenTable) => l33tMatch(password, given ?? dictionaries, givenTable ?? table);
  return library.zxcvbn;
}

let tuned: ReturnType<typeof tune> | undefined;

export default function zxcvbn(password: string, userInputs?: string[]): ZXCVBNResult {
  tuned ??= tune();
  return tuned(password, userInputs);
}
