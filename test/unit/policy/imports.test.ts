/**
 * The arrows between the source's parts, read from its own imports: no circle anywhere, and none
 * of the arrows the design forbids — shared code importing a context, a page or the content script
 * importing the background, the content script and the pages importing each other, the vendor
 * database importing code outside itself, or the product importing its tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const SOURCES = filesUnder('src').filter((f) => /\.tsx?$/.test(f));
const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]/g;

function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined; // a package
  const base = normalize(join(dirname(from), spec));
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(
    (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
  );
}

const edges = new Map(
  SOURCES.map((file) => {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(IMPORT)]
      .map((m) => resolveImport(file, (m[1] ?? m[2])!))
      .filter((t): t is string => t !== undefined);
    return [file, [...new Set(targets)]] as const;
  }),
);

/** src/<part>/…: background, content, popup, options, shared, vendors. */
const part = (file: string) => (file.startsWith('src/') ? file.split('/')[1]! : file.split('/')[0]!);
const CONTEXTS = ['background', 'content', 'popup', 'options'];

function forbidden(from: string, to: string): string | null {
  const [a, b] = [part(from), part(to)];
  if (b === 'test') return 'the product imports a test';
  if (a === 'shared' && CONTEXTS.includes(b)) return 'shared code imports a context';
  if (['content', 'popup', 'options'].includes(a) && b === 'background')
    return 'a page or content imports the background';
  if ((a === 'content' && ['popup', 'options'].includes(b)) || (['popup', 'options'].includes(a) && b === 'content'))
    return 'content and the pages import each other';
  if (a === 'vendors' && b !== 'vendors' && !to.endsWith('.json')) return 'the vendor database imports code outside it';
  return null;
}

describe('the imports of src/', () => {
  it('has the edges this check reads (it resolves relative imports)', () => {
    expect(edges.get('src/background/index.ts')!.length).toBeGreaterThan(5);
  });

  it('has none of the forbidden arrows', () => {
    const arrows = [...edges].flatMap(([from, targets]) =>
      targets.flatMap((to) => {
        const why = forbidden(from, to);
        return why ? [`${from} -> ${to}: ${why}`] : [];
      }),
    );
    expect(arrows).toEqual([]);
  });

  it('has no import circle', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      path.push(file);
      for (const next of edges.get(file) ?? []) {
        if (!edges.has(next)) continue;
        if (state.get(next) === 'open') circles.push([...path.slice(path.indexOf(next)), next].join(' -> '));
        else if (!state.has(next)) visit(next);
      }
      path.pop();
      state.set(file, 'done');
    };
    for (const file of edges.keys()) if (!state.has(file)) visit(file);
    expect(circles).toEqual([]);
  });
});
