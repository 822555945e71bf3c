import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  passFingerprints,
  unbumpedChanges,
  VERSIONS_FILE,
  type PassFingerprint,
} from '../scripts/pass-fingerprints.js';

const fp = (version: string, output: string): PassFingerprint => ({ version, output });

describe('pass versions', () => {
  it('names a pass whose output changed without a version bump', () => {
    const recorded = { a: fp('1', 'x'), b: fp('1', 'y'), c: fp('1', 'z') };
    expect(unbumpedChanges(recorded, { a: fp('1', 'x'), b: fp('1', 'Y'), c: fp('1', 'z') })).toEqual(['b']);
    expect(unbumpedChanges(recorded, { a: fp('1', 'x'), b: fp('2', 'Y'), c: fp('1', 'z') })).toEqual([]);
  });

  it('lets an earlier bump explain the changes after it, not before it', () => {
    const recorded = { a: fp('1', 'x'), b: fp('1', 'y'), c: fp('1', 'z') };
    expect(unbumpedChanges(recorded, { a: fp('1', 'X'), b: fp('2', 'Y'), c: fp('1', 'Z') })).toEqual(['a']);
  });

  it('records the default pipeline as it is: every output change comes with a version bump (npm run fixtures)', () => {
    const recorded = JSON.parse(readFileSync(VERSIONS_FILE, 'utf8')) as Record<string, PassFingerprint>;
    const now = passFingerprints();
    expect(unbumpedChanges(recorded, now)).toEqual([]);
    expect(now).toEqual(recorded);
  }, 120_000);
});
