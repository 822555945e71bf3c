import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CASES, expectedPath, runCase } from '../../scripts/analyze-fixtures.js';

describe('golden fixtures: rasd analyze (regenerate with npm run fixtures:analyze)', () => {
  it.each(CASES)('$name', async (c) => {
    const expected = JSON.parse(readFileSync(expectedPath(c), 'utf8')) as unknown;
    expect(await runCase(c)).toEqual(expected);
  });
});
