import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;

/** The top-level folder of src/ a path lies in, or null for src/index.ts and paths outside src/. */
function moduleOf(path: string): string | null {
  const rel = relative(SRC, path);
  if (rel.startsWith('..')) return null;
  const parts = rel.split(sep);
  return parts.length > 1 ? parts[0]! : null;
}

describe('module dependencies point one way', () => {
  it('no file in src/ imports a module to its right (the map in eslint.config.js)', async () => {
    const config = (await import(pathToFileURL(join(ROOT, 'eslint.config.js')).href)) as {
      MODULE_IMPORTS: Record<string, string[]>;
    };
    const map = config.MODULE_IMPORTS;
    expect(map.doc).toEqual([]);
    expect(map.read).toEqual(['doc', 'text']);
    const violations: string[] = [];
    let checked = 0;
    for (const file of sourceFiles(SRC)) {
      const from = moduleOf(file);
      if (!from || !(from in map)) continue;
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        if (!spec!.startsWith('.')) continue;
        const to = moduleOf(resolve(dirname(file), spec!));
        if (!to || to === from || !(to in map)) continue;
        checked++;
        if (!map[from]!.includes(to))
          violations.push(`${relative(ROOT, file)} imports ${spec} (${from} → ${to})`);
      }
    }
    expect(checked).toBeGreaterThan(5);
    expect(violations).toEqual([]);
  });
});
