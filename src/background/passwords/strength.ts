/**
 * Password strength with zxcvbn, in words the user's language has: zxcvbn's English feedback
 * strings map to our message keys, and the crack time is a bucket, not zxcvbn's English phrase.
 */
import type { ZXCVBNResult } from 'zxcvbn';
import type { StrengthResult, CrackTime, StrengthFeedback } from '../../shared/messages';

/** Only the first 100 characters are scored: longer passwords are strong anyway and cost time. */
export const MAX_SCORED_LENGTH = 100;

export type Zxcvbn = (password: string, userInputs?: string[]) => ZXCVBNResult;

/** Every feedback string zxcvbn 4.4.2 can return, and its key (a unit test reads the library's list). */
export const FEEDBACK: Record<string, StrengthFeedback> = {
  'Use a few words, avoid common phrases': 'feedbackFewWords',
  'No need for symbols, digits, or uppercase letters': 'feedbackNoNeedSymbols',
  'Add another word or two. Uncommon words are better.': 'feedbackAddWord',
  'Straight rows of keys are easy to guess': 'feedbackKeyRows',
  'Short keyboard patterns are easy to guess': 'feedbackKeyPatterns',
  'Use a longer keyboard pattern with more turns': 'feedbackLongerPattern',
  'Repeats like "aaa" are easy to guess': 'feedbackRepeatsChar',
  'Repeats like "abcabcabc" are only slightly harder to guess than "abc"': 'feedbackRepeatsWord',
  'Avoid repeated words and characters': 'feedbackAvoidRepeats',
  'Sequences like abc or 6543 are easy to guess': 'feedbackSequences',
  'Avoid sequences': 'feedbackAvoidSequences',
  'Recent years are easy to guess': 'feedbackRecentYears',
  'Avoid recent years': 'feedbackAvoidRecentYears',
  'Avoid years that are associated with you': 'feedbackAvoidYears',
  'Dates are often easy to guess': 'feedbackDates',
  'Avoid dates and years that are associated with you': 'feedbackAvoidDates',
  'This is a top-10 common password': 'feedbackTop10',
  'This is a top-100 common password': 'feedbackTop100',
  'This is a very common password': 'feedbackVeryCommon',
  'This is similar to a commonly used password': 'feedbackSimilarCommon',
  'A word by itself is easy to guess': 'feedbackSingleWord',
  'Names and surnames by themselves are easy to guess': 'feedbackNamesAlone',
  'Common names and surnames are easy to guess': 'feedbackCommonNames',
  "Capitalization doesn't help very much": 'feedbackCapitalization',
  'All-uppercase is almost as easy to guess as all-lowercase': 'feedbackAllUppercase',
  "Reversed words aren't much harder to guess": 'feedbackReversed',
  "Predictable substitutions like '@' instead of 'a' don't help very much": 'feedbackSubstitutions',
};

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 31 * DAY;
const YEAR = 365 * DAY;

/** How long an attacker with a stolen, slowly hashed password database needs, as a bucket. */
export function crackTimeBucket(seconds: number): CrackTime {
  if (seconds < 1) return 'instant';
  if (seconds < MINUTE) return 'seconds';
  if (seconds < HOUR) return 'minutes';
  if (seconds < DAY) return 'hours';
  if (seconds < MONTH) return 'days';
  if (seconds < YEAR) return 'months';
  if (seconds < 100 * YEAR) return 'years';
  return 'centuries';
}

/** Words an attacker would try first for this account: the user's name or email, the vendor's name. */
export function userInputsFor(vendorName: string, typed: readonly string[]): string[] {
  const words = [vendorName, ...vendorName.split(/\s+/), ...typed];
  for (const value of typed) words.push(...value.split(/[@.\s_+-]+/));
  words.push('camera', 'doorbell', 'security', 'smarthome', 'home');
  return [...new Set(words.map((w) => w.trim().toLowerCase()).filter((w) => w.length >= 3))].slice(0, 40);
}

export function rateStrength(
  zxcvbn: Zxcvbn,
  password: string,
  userInputs: readonly string[],
): Omit<StrengthResult, 'leaked'> {
  const scored = password.slice(0, MAX_SCORED_LENGTH);
  const result = zxcvbn(scored, [...userInputs]);
  const warning = FEEDBACK[result.feedback.warning] ?? null;
  const suggestions = result.feedback.suggestions.map((s) => FEEDBACK[s]).filter((key) => key !== undefined);
  return {
    score: result.score,
    crackTime: crackTimeBucket(Number(result.crack_times_seconds.offline_slow_hashing_1e4_per_second)),
    warning,
    suggestions: [...new Set(suggestions)],
  };
}
