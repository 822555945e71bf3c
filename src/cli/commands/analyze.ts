import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { createDoc } from '../../doc/index.js';
import { defaultPipeline } from '../../pipeline/default.js';

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyse articles and print their annotations')
    .argument('[paths...]', 'files or folders; - for stdin')
    .option('--published <date>', 'publication date YYYY-MM-DD for inputs that lack one')
    .option('--format <format>', 'json | jsonl | pretty', 'json')
    .action(async (paths: string[], opts: { published?: string; format: string }, cmd: Command) => {
      const pipeline = defaultPipeline();
      const docs = [];
      for (const path of paths) {
        const raw = await readFile(path, 'utf8');
        const [title = '', ...rest] = raw.split('\n');
        docs.push(
          pipeline.run(
            createDoc({ id: path, title, body: rest.join('\n'), published: opts.published ?? null }),
          ),
        );
      }
      process.stdout.write(JSON.stringify(docs, null, 2) + '\n');
      (cmd as Command & { exitCodeResult?: number }).exitCodeResult = 0;
    });
}
