import type { AreaLike } from '../../../src/shared/storage';

/** An in-memory storage area that behaves like browser.storage: values are copied in and out. */
export class MemoryArea implements AreaLike {
  readonly data = new Map<string, unknown>();
  writes = 0;

  constructor(initial: Record<string, unknown> = {}) {
    for (const [key, value] of Object.entries(initial)) this.data.set(key, structuredClone(value));
  }

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    await Promise.resolve();
    const wanted = keys === undefined || keys === null ? [...this.data.keys()] : Array.isArray(keys) ? keys : [keys];
    const out: Record<string, unknown> = {};
    for (const key of wanted) if (this.data.has(key)) out[key] = structuredClone(this.data.get(key));
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    await Promise.resolve();
    this.writes += 1;
    for (const [key, value] of Object.entries(items)) this.data.set(key, structuredClone(value));
  }

  async remove(keys: string | string[]): Promise<void> {
    await Promise.resolve();
    for (const key of Array.isArray(keys) ? keys : [keys]) this.data.delete(key);
  }

  snapshot(): Record<string, unknown> {
    return Object.fromEntries(this.data);
  }
}

export function memoryAreas(local: Record<string, unknown> = {}, secret: Record<string, unknown> = {}) {
  return {
    local: new MemoryArea(local),
    sync: new MemoryArea(),
    session: new MemoryArea(),
    secret: new MemoryArea(secret),
  };
}
