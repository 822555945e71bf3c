import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  analyzeFixture,
  fixtureNames,
  renderFixture,
  TEXT_FIXTURES_DIR,
} from '../../scripts/gen-text-fixtures.js';
import { expectValidDoc } from '../doc-invariants.js';

describe('text-layer golden fixtures (regenerate with npm run fixtures:text)', () => {
  const names = fixtureNames();

  it('has the seeds and the constructed cases', () => {
    expect(names.filter((n) => n.startsWith('seed-'))).toHaveLength(2);
    expect(names.length).toBeGreaterThanOrEqual(10);
  });

  it.each(names)('%s matches its expected output', (name) => {
    const raw = readFileSync(join(TEXT_FIXTURES_DIR, `${name}.txt`), 'utf8');
    const expectedFile = join(TEXT_FIXTURES_DIR, `${name}.json`);
    expect(existsSync(expectedFile), `${name}.json is missing`).toBe(true);
    const doc = analyzeFixture(name, raw);
    expectValidDoc(doc);
    expect(renderFixture(doc)).toBe(readFileSync(expectedFile, 'utf8'));
  });
});
