/** Small statistics helpers for the bench, and its report row. */

/** One figure of the report. */
export interface Row {
  area: string;
  figure: string;
  value: number;
  unit: string;
  budget?: { max: number; note?: string };
  /** A floor to reach (knowledge coverage), shown like a budget. */
  goal?: { min: number };
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

/** A seeded generator so every run measures the same passwords. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
}

const CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*-_=+';
const WORDS = [
  'correct',
  'horse',
  'battery',
  'staple',
  'summer',
  'camera',
  'doorbell',
  'garden',
  'purple',
  'monkey',
  '2019',
  'dragon',
  'Ring',
  'home',
];

/** Random-character and word-based passwords of one length (random ones are zxcvbn's worst case). */
export function samplePasswords(length: number, count: number, random: () => number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    if (i % 2 === 0) while (text.length < length) text += CHARS[Math.floor(random() * CHARS.length)];
    else while (text.length < length) text += WORDS[Math.floor(random() * WORDS.length)];
    out.push(text.slice(0, length));
  }
  return out;
}

export const round = (value: number, digits = 1) => Number(value.toFixed(digits));
