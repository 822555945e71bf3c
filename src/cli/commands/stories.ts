import type { Command } from 'commander';
import type { StoryFilter } from '../../corpus/store.js';
import { dbOption, json, out, withStore } from '../corpus-cli.js';

export function registerStories(program: Command): void {
  dbOption(
    program
      .command('stories')
      .description('list stories, largest first')
      .option('--entity <key>', 'stories where this entity is key')
      .option('--from <date>', 'active on or after YYYY-MM-DD')
      .option('--to <date>', 'active on or before YYYY-MM-DD')
      .option('--min <n>', 'minimum number of articles', '2')
      .option('--limit <n>', 'stories per page', '20')
      .option('--offset <n>', 'skip this many', '0')
      .option('--format <format>', 'text | json', 'text'),
  ).action(
    async (
      opts: {
        db: string;
        entity?: string;
        from?: string;
        to?: string;
        min: string;
        limit: string;
        offset: string;
        format: string;
      },
      cmd: Command,
    ) => {
      await withStore(opts.db, cmd, async (store) => {
        const f: StoryFilter = {
          min_articles: Number(opts.min),
          limit: Number(opts.limit),
          offset: Number(opts.offset),
        };
        if (opts.entity) f.entity = opts.entity;
        if (opts.from) f.from = opts.from;
        if (opts.to) f.to = opts.to;
        const page = await store.listStories(f);
        if (opts.format === 'json') {
          json(page);
          return 0;
        }
        out(`${page.total} stories`);
        for (const s of page.items) {
          out();
          out(`${s.id}  ${s.article_count} articles  ${s.first_date ?? '?'} → ${s.last_date ?? '?'}`);
          out(`  ${s.title}`);
          if (s.key_entities.length) out(`  ${s.key_entities.map((e) => e.name_en ?? e.name).join(' · ')}`);
        }
        return 0;
      });
    },
  );
}
