/**
 * Password reuse across vendors without keeping the password: each vendor keeps a PBKDF2
 * fingerprint (SHA-256, 600,000 iterations, a random salt made once per install), and two
 * vendors with the same fingerprint share a password.
 */
export const PBKDF2_ITERATIONS = 600_000;

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

/** A new random salt, base64 (16 bytes). */
export function newSalt(): string {
  return toBase64(crypto.getRandomValues(new Uint8Array(16)));
}

export async function fingerprint(
  password: string,
  saltBase64: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<string> {
  const salt = Uint8Array.from(atob(saltBase64), (c) => c.charCodeAt(0));
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256);
  return toBase64(new Uint8Array(bits));
}

/** For each vendor, whether another vendor has the same fingerprint. */
export function reuseFlags(fingerprints: ReadonlyMap<string, string>): Map<string, boolean> {
  const counts = new Map<string, number>();
  for (const fp of fingerprints.values()) counts.set(fp, (counts.get(fp) ?? 0) + 1);
  return new Map([...fingerprints].map(([vendor, fp]) => [vendor, (counts.get(fp) ?? 0) > 1]));
}
