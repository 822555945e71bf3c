/**
 * The CLI's window on the world, injectable so that tests run commands in-process and read what they
 * printed. `processIO()` is the real one: a closed stdout (`rasd analyze | head`) stops output quietly.
 */
import type { Command } from 'commander';

export interface CliIO {
  /** Writes to standard output; returns false once the reader has gone away (EPIPE). */
  out(s: string): boolean;
  err(s: string): void;
  stdin: AsyncIterable<Uint8Array | string>;
  /** Whether stdout is a terminal (for `pretty` layout). */
  isTTY: boolean;
}

export function processIO(): CliIO {
  let closed = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    // The reader went away (`| head`): stop writing, quietly. Anything else is worth one line.
    if (!closed && e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') {
      process.stderr.write(`rasd: cannot write to standard output: ${e.message}\n`);
    }
    closed = true;
  });
  return {
    out(s) {
      if (closed) return false;
      process.stdout.write(s);
      return !closed;
    },
    err(s) {
      process.stderr.write(s);
    },
    stdin: process.stdin as AsyncIterable<Uint8Array>,
    isTTY: process.stdout.isTTY === true,
  };
}

/** An IO that collects output in memory, for tests. */
export function memoryIO(stdin: string | Uint8Array = ''): CliIO & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out(s: string) {
      io.stdout += s;
      return true;
    },
    err(s: string) {
      io.stderr += s;
    },
    stdin: (async function* () {
      await Promise.resolve();
      yield typeof stdin === 'string' ? Buffer.from(stdin, 'utf8') : stdin;
    })(),
    isTTY: false,
  };
  return io;
}

const IO = Symbol('rasd.io');
const EXIT = Symbol('rasd.exit');

type Root = Command & { [IO]?: CliIO; [EXIT]?: number };

function rootOf(cmd: Command): Root {
  let c: Command = cmd;
  while (c.parent) c = c.parent;
  return c;
}

export function attachIO(program: Command, io: CliIO): void {
  (program as Root)[IO] = io;
}

/** The IO of the program a command belongs to. */
export function cliIO(cmd: Command): CliIO {
  return rootOf(cmd)[IO] ?? processIO();
}

/** Sets the process exit code a command ends with (the highest set wins). */
export function setExitCode(cmd: Command, code: number): void {
  const root = rootOf(cmd);
  root[EXIT] = Math.max(root[EXIT] ?? 0, code);
}

export function exitCodeOf(program: Command): number {
  return (program as Root)[EXIT] ?? 0;
}
