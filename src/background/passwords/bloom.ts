/**
 * A Bloom filter for the leaked-password list: the passwords themselves are not shipped, only
 * bits; a lookup can say "maybe in the list" for a password that is not (rarely, by design) but
 * never "not in the list" for one that is. The build writes it (scripts/leaked-passwords.ts) and
 * the background reads it; both use this module, so the hashing cannot drift apart.
 *
 * Layout: "HGBF", format version (1 byte), hash count k (1 byte), entries n (uint32 LE),
 * bits m (uint32 LE), then m bits. Indexes come from two 32-bit hashes of the UTF-8 bytes
 * (FNV-1a, and FNV-1a with another basis through Murmur3's finaliser) by double hashing.
 */
const MAGIC = [0x48, 0x47, 0x42, 0x46]; // "HGBF"
const HEADER = 14;

export interface BloomFilter {
  k: number;
  n: number;
  m: number;
  bits: Uint8Array;
}

function hashes(text: string): [number, number] {
  const bytes = new TextEncoder().encode(text);
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (const byte of bytes) {
    a = Math.imul(a ^ byte, 0x01000193);
    b = Math.imul(b ^ byte, 0x01000193);
  }
  b ^= b >>> 16;
  b = Math.imul(b, 0x85ebca6b);
  b ^= b >>> 13;
  b = Math.imul(b, 0xc2b2ae35);
  b ^= b >>> 16;
  return [a >>> 0, (b | 1) >>> 0]; // an odd step visits every bit
}

function* indexes(filter: Pick<BloomFilter, 'k' | 'm'>, text: string): Generator<number> {
  const [a, b] = hashes(text);
  for (let i = 0; i < filter.k; i++) yield ((a + Math.imul(i, b)) >>> 0) % filter.m;
}

/** The size for `n` entries at a false-positive rate `p`. */
export function sizeFor(n: number, p: number): { m: number; k: number } {
  const m = Math.ceil((-n * Math.log(p)) / Math.LN2 ** 2);
  return { m, k: Math.max(1, Math.round((m / n) * Math.LN2)) };
}

export function buildFilter(entries: Iterable<string>, n: number, p: number): BloomFilter {
  const { m, k } = sizeFor(n, p);
  const filter: BloomFilter = { k, n, m, bits: new Uint8Array(Math.ceil(m / 8)) };
  for (const entry of entries)
    for (const index of indexes(filter, entry)) filter.bits[index >>> 3]! |= 1 << (index & 7);
  return filter;
}

export function mightContain(filter: BloomFilter, text: string): boolean {
  for (const index of indexes(filter, text)) if ((filter.bits[index >>> 3]! & (1 << (index & 7))) === 0) return false;
  return true;
}

export function serialize(filter: BloomFilter): Uint8Array {
  const out = new Uint8Array(HEADER + filter.bits.length);
  out.set(MAGIC);
  const view = new DataView(out.buffer);
  view.setUint8(4, 1);
  view.setUint8(5, filter.k);
  view.setUint32(6, filter.n, true);
  view.setUint32(10, filter.m, true);
  out.set(filter.bits, HEADER);
  return out;
}

/** Reads a serialized filter; throws on anything that is not one (a damaged or foreign file). */
export function deserialize(bytes: Uint8Array): BloomFilter {
  if (bytes.length < HEADER || MAGIC.some((b, i) => bytes[i] !== b)) throw new Error('not a HomeGuard filter');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint8(4) !== 1) throw new Error('unknown filter version');
  const k = view.getUint8(5);
  const n = view.getUint32(6, true);
  const m = view.getUint32(10, true);
  if (k < 1 || m < 8 || bytes.length !== HEADER + Math.ceil(m / 8)) throw new Error('damaged filter');
  return { k, n, m, bits: bytes.subarray(HEADER) };
}
