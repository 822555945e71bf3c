import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { RasdError, isRasdError } from '../../doc/errors.js';
import { parseConll, formatConll } from '../../annotate/ner/conll.js';
import { loadNerTagger } from '../../annotate/ner/tagger.js';
import { normalize } from '../../text/normalize.js';
import { cliIO, setExitCode, type CliIO } from '../io.js';

async function readInput(path: string, io: CliIO): Promise<string> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const c of io.stdin)
      chunks.push(typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c));
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    throw new RasdError('INPUT_NOT_FOUND', 'cannot read the CoNLL file', { subject: path, cause: e });
  }
}

/** Tags CoNLL text with the statistical NER model: `token TAG` lines, a blank line between sentences. */
export async function nerTagConll(text: string, modelPath?: string): Promise<string> {
  const tagger = loadNerTagger(modelPath);
  const sentences = parseConll(text).map((s) => ({
    tokens: s.tokens,
    tags: tagger.tag(s.tokens.map((t) => ({ text: t, norm: normalize(t) }))),
  }));
  return Promise.resolve(formatConll(sentences));
}

export function registerNerTag(program: Command): void {
  program
    .command('ner-tag')
    .description('tag CoNLL tokens (first column) with IOB2 PERS/LOC/ORG/MISC from the statistical NER model')
    .requiredOption('--conll <file>', 'CoNLL file, or - for stdin')
    .option('--model <file>', 'model file (default: the shipped data/models/ner.model.gz)')
    .action(async (opts: { conll: string; model?: string }, cmd: Command) => {
      const io = cliIO(cmd);
      try {
        io.out(await nerTagConll(await readInput(opts.conll, io), opts.model));
      } catch (e) {
        if (!isRasdError(e)) throw e;
        io.err(`rasd: ${e.toLine()}\n`);
        setExitCode(cmd, 1);
      }
    });
}
