/** What the corpus commands share: the --db option, opening the store, printing errors. */
import type { Command } from 'commander';
import { isRasdError } from '../doc/index.js';
import { DEFAULT_DB, openStore } from '../corpus/open-store.js';
import type { Store } from '../corpus/store.js';
import { cliIO, processIO, type CliIO } from './io.js';

/** The IO of the command being run (one command runs at a time). */
let io: CliIO | null = null;

export function dbOption(cmd: Command): Command {
  return cmd.option('--db <path|url>', `SQLite file or postgres:// URL (default ${DEFAULT_DB})`, DEFAULT_DB);
}

export function setExit(cmd: Command, code: number): void {
  (cmd as Command & { exitCodeResult?: number }).exitCodeResult = code;
}

export function out(line = ''): void {
  (io ?? processIO()).out(`${line}\n`);
}

/** Writes text as is (CSV lines carry their own CRLF). */
export function write(text: string): void {
  (io ?? processIO()).out(text);
}

export function err(line: string): void {
  (io ?? processIO()).err(`${line}\n`);
}

export function printError(e: unknown): void {
  (io ?? processIO()).err(
    `rasd: ${isRasdError(e) ? e.toLine() : e instanceof Error ? e.message : String(e)}\n`,
  );
}

/** Opens the store, runs `fn`, closes the store; a rasd error becomes a message and exit code 1. */
export async function withStore(
  db: string,
  cmd: Command,
  fn: (store: Store) => Promise<number>,
): Promise<void> {
  let store: Store | null = null;
  io = cliIO(cmd);
  try {
    store = await openStore(db);
    setExit(cmd, await fn(store));
  } catch (e) {
    printError(e);
    setExit(cmd, isRasdError(e) && e.code === 'USAGE' ? 2 : 1);
  } finally {
    await store?.close().catch(() => undefined);
  }
}

export function json(value: unknown): void {
  out(JSON.stringify(value, null, 2));
}

/** Pads for right-to-left text in a terminal: keep it simple, one field per line segment. */
export function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
