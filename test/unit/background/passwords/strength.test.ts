import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The library's own results first, before the tuned module patches the shared matcher.
const original = (await import('zxcvbn')).default;
const CORPUS = [
  'password',
  'P@ssw0rd',
  'correcthorsebatterystaple',
  'Tr0ub4dor&3',
  'ring2019!',
  'alice@example.com',
  'qwertyuiop',
  'aaaaaaaaaaaa',
  '1234567890',
  'toString',
  'constructor1',
  'xK9#mQ2$vL7@pR4!wN8&',
  'summer1987summer1987',
  'homeguard-camera-doorbell-2024',
  'Pneumonoultramicroscopicsilicovolcanoconiosis1!',
  'a'.repeat(100),
  'the quick brown fox jumps over the lazy dog 0123456789 THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG!!',
];
const USER_INPUTS = ['alice@example.com', 'alice', 'example', 'ring'];
const baseline = CORPUS.map((p) => original(p, USER_INPUTS).guesses);

const tuned = (await import('../../../../src/background/passwords/zxcvbn-tuned')).default;
const { FEEDBACK, MAX_SCORED_LENGTH, crackTimeBucket, rateStrength, userInputsFor } =
  await import('../../../../src/background/passwords/strength');
const english = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8'));

describe('tuned zxcvbn', () => {
  it('gives exactly the library’s guesses for ordinary passwords', () => {
    expect(CORPUS.map((p) => tuned(p, USER_INPUTS).guesses)).toEqual(baseline);
  });

  it('still finds l33t words', () => {
    expect(tuned('P@ssw0rd').score).toBe(0);
    expect(tuned('P@ssw0rd').sequence.some((m) => (m as { l33t?: boolean }).l33t)).toBe(true);
  });
});

describe('rateStrength', () => {
  it('maps every feedback string zxcvbn can return to a message that exists', () => {
    const source = readFileSync('node_modules/zxcvbn/lib/feedback.js', 'utf8');
    // Every sentence literal in the library's feedback module (dictionary names have no spaces).
    const literals = [...source.matchAll(/'([A-Z][^']* [^']*)'|"([A-Z][^"]* [^"]*)"/g)].map((m) => m[1] ?? m[2]!);
    expect(literals.length).toBeGreaterThanOrEqual(27);
    for (const text of new Set(literals)) {
      expect(FEEDBACK[text], text).toBeDefined();
    }
    for (const key of Object.values(FEEDBACK)) expect(english[key], key).toBeDefined();
  });

  it('rates a weak and a strong password with translated feedback', () => {
    const weak = rateStrength(tuned, 'password', []);
    expect(weak.score).toBe(0);
    expect(weak.crackTime).toBe('instant');
    expect(weak.warning).toBe('feedbackTop10');
    expect(weak.suggestions).toContain('feedbackAddWord');
    const strong = rateStrength(tuned, 'vivid-otter-cinema-harbor-42', []);
    expect(strong.score).toBe(4);
    expect(['years', 'centuries']).toContain(strong.crackTime);
  });

  it('uses the vendor name and the typed email as words an attacker would try', () => {
    const inputs = userInputsFor('Ring', ['alice.smith@example.com']);
    expect(inputs).toEqual(expect.arrayContaining(['ring', 'alice', 'smith', 'example', 'camera']));
    expect(rateStrength(tuned, 'AliceSmithRing', inputs).score).toBeLessThan(
      rateStrength(tuned, 'AliceSmithRing', []).score + 1,
    );
    expect(tuned('alicesmithring', inputs).guesses).toBeLessThan(tuned('alicesmithring', []).guesses);
  });

  it('scores only the first 100 characters', () => {
    const long = `${'xK9#mQ2$vL7@pR4!'.repeat(6)}`.slice(0, MAX_SCORED_LENGTH) + 'EXTRA'.repeat(2000);
    let seen = '';
    rateStrength(
      (p) => {
        seen = p;
        return tuned(p);
      },
      long,
      [],
    );
    expect(seen).toHaveLength(MAX_SCORED_LENGTH);
  });

  it('puts crack times in buckets', () => {
    expect([0.5, 30, 600, 7200, 86_400 * 3, 86_400 * 60, 86_400 * 365 * 5, 1e12].map(crackTimeBucket)).toEqual([
      'instant',
      'seconds',
      'minutes',
      'hours',
      'days',
      'months',
      'years',
      'centuries',
    ]);
  });
});
