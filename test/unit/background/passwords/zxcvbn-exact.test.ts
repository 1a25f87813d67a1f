/**
 * The shipped strength check is exactly zxcvbn 4.4.2: the tuned copy (zxcvbn-tuned.ts) and the
 * published package, in a worker thread of its own, score a corpus of over 20,000 real and
 * generated passwords (leaked lists shipped in packages, l33t manglings with many substitution
 * tables, passphrases, random strings, Unicode), with and without user inputs. Every password
 * must get the same score, the same guesses and the same feedback.
 */
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import zxcvbn, { LONGEST_LISTED_WORD } from '../../../../src/background/passwords/zxcvbn-tuned';
import { MAX_SCORED_LENGTH, userInputsFor } from '../../../../src/background/passwords/strength';
import { L33T, strengthCorpus } from '../../helpers/password-corpus';
import matching from 'zxcvbn/lib/matching.js';
import frequencyLists from 'zxcvbn/lib/frequency_lists.js';

const lib = matching as unknown as {
  enumerate_l33t_subs(table: Record<string, string[]>): object[];
  relevant_l33t_subtable(password: string, table: Record<string, string[]>): Record<string, string[]>;
};

type Verdict = [number, number, string, string];

function published(passwords: string[], userInputs: string[]): Promise<Verdict[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../../helpers/published-zxcvbn.mjs', import.meta.url), {
      workerData: { passwords, userInputs },
    });
    worker.once('message', (value: Verdict[]) => {
      resolve(value);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

function ours(passwords: string[], userInputs: string[]): Verdict[] {
  return passwords.map((password) => {
    const r = zxcvbn(password, userInputs);
    return [r.score, r.guesses_log10, r.feedback.warning, r.feedback.suggestions.join('|')];
  });
}

const corpus = strengthCorpus();
const USER_INPUTS = userInputsFor('Ring', ['alice.martin@example.com']);

describe('the shipped strength check is exactly zxcvbn 4.4.2', () => {
  it("knows the longest word of each of the library's frequency lists", () => {
    const lists = frequencyLists as unknown as Record<string, string[]>;
    const longest = Object.fromEntries(
      Object.entries(lists).map(([name, words]) => [name, Math.max(...words.map((word) => word.length))]),
    );
    expect(LONGEST_LISTED_WORD).toEqual(longest);
  });

  it('has at least 20,000 distinct passwords, hundreds of them with many substitution tables', () => {
    expect(corpus.reduce((n, kind) => n + kind.passwords.length, 0)).toBeGreaterThanOrEqual(20_000);
    const tables = (p: string) => lib.enumerate_l33t_subs(lib.relevant_l33t_subtable(p, L33T)).length;
    const all = corpus.flatMap((kind) => kind.passwords).map((p) => tables(p.slice(0, MAX_SCORED_LENGTH)));
    expect(all.filter((n) => n > 8).length).toBeGreaterThanOrEqual(300); // beyond the old cap of 8
    expect(all.filter((n) => n > 16).length).toBeGreaterThanOrEqual(100); // the grouped way, not the plain one
  });

  it.each(corpus.map((kind) => ({ ...kind, count: kind.passwords.length })))(
    '$name ($count): the same score, guesses and feedback, with and without user inputs',
    async ({ passwords }) => {
      const scored = passwords.map((p) => p.slice(0, MAX_SCORED_LENGTH));
      // The published package scores in worker threads while ours scores here.
      const theirs = [published(scored, []), published(scored, USER_INPUTS)];
      const mine = [ours(scored, []), ours(scored, USER_INPUTS)];
      for (const [k, verdicts] of (await Promise.all(theirs)).entries()) {
        const differing = scored.filter((_, i) => JSON.stringify(mine[k]![i]) !== JSON.stringify(verdicts[i]));
        expect(differing.slice(0, 10), `${differing.length} differ`).toEqual([]);
      }
    },
    300_000,
  );
});
