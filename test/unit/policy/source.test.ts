/** Rules the product's source must keep, checked over every file in src/. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const sources = filesUnder('src').filter((file) => /\.(ts|tsx|html)$/.test(file));

describe('product source', () => {
  it.each(sources)('%s uses no HTML-string or code-string sink', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(
      /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|\beval\(|new Function\(/,
    );
  });

  it.each(sources)('%s logs no message payloads or passwords', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/console\.(log|info|debug)\(/);
    expect(text).not.toMatch(/console\.\w+\([^)]*\b(payload|message|password)\b\s*[,)]/);
  });

  it('imports the WebExtension polyfill in exactly one file', () => {
    // Type-only imports carry no code; the content script uses the browsers' native APIs (shared/native.ts).
    const importers = sources.filter((file) =>
      /^import (?!type )[^;]*from 'webextension-polyfill'/m.test(readFileSync(file, 'utf8')),
    );
    expect(importers).toEqual([join('src', 'shared', 'browser.ts')]);
  });
});
