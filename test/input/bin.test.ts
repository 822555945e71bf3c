import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const MAIN = join(ROOT, 'dist', 'cli', 'main.js');

function newestSource(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newestSource(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
    ),
  );
}

// `npm install` / `npm ci` build dist/ (the `prepare` script); rebuild only when src/ is newer.
beforeAll(() => {
  if (!existsSync(MAIN) || statSync(MAIN).mtimeMs < newestSource(join(ROOT, 'src'))) {
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
      {
        cwd: ROOT,
      },
    );
  }
});

describe('bin/rasd.js, as a real process', () => {
  it('survives its reader going away: rasd analyze … | head', () => {
    const r = spawnSync(
      'bash',
      [
        '-c',
        'set -o pipefail; node bin/rasd.js analyze examples/ | head -c 300 >/dev/null; echo "rc=${PIPESTATUS[0]}"',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.stdout.trim()).toBe('rc=0');
    expect(r.stderr).toBe('');
  });

  it('exits 1 naming a bad input, after printing the good ones', () => {
    const r = spawnSync(
      process.execPath,
      ['bin/rasd.js', 'analyze', 'no/such/file.txt', 'examples/', '--format', 'jsonl'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('rasd: no/such/file.txt: no such file or folder [INPUT_NOT_FOUND]\n');
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });
});
