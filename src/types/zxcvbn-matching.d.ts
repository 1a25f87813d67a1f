// zxcvbn's matching module, which background/passwords/zxcvbn-tuned.ts speeds up.
declare module 'zxcvbn/lib/matching.js' {
  const matching: Record<string, unknown>;
  export default matching;
}
