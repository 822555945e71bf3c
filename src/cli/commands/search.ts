import type { Command } from 'commander';
import type { EventType } from '../../doc/index.js';
import type { SearchQuery } from '../../corpus/store.js';
import { dbOption, json, out, withStore } from '../corpus-cli.js';

export function registerSearch(program: Command): void {
  dbOption(
    program
      .command('search')
      .description(
        'full-text search (normalised, stemmed Arabic; or an entity’s English name), ranked by BM25',
      )
      .argument('<query...>', 'the words to find')
      .option('--entity <name|key>', 'only articles mentioning this entity')
      .option('--event <type>', 'only articles with an event of this PLOVER type')
      .option('--from <date>', 'published on or after YYYY-MM-DD')
      .option('--to <date>', 'published on or before YYYY-MM-DD')
      .option('--source <source>', 'only this source')
      .option('--limit <n>', 'results per page', '10')
      .option('--offset <n>', 'skip this many results', '0')
      .option('--format <format>', 'text | json', 'text'),
  ).action(
    async (
      words: string[],
      opts: {
        db: string;
        entity?: string;
        event?: string;
        from?: string;
        to?: string;
        source?: string;
        limit: string;
        offset: string;
        format: string;
      },
      cmd: Command,
    ) => {
      await withStore(opts.db, cmd, async (store) => {
        const q: SearchQuery = { q: words.join(' '), limit: Number(opts.limit), offset: Number(opts.offset) };
        if (opts.entity) q.entity = opts.entity;
        if (opts.event) q.event_type = opts.event.toUpperCase() as EventType;
        if (opts.from) q.from = opts.from;
        if (opts.to) q.to = opts.to;
        if (opts.source) q.source = opts.source;
        const res = await store.search(q);
        if (opts.format === 'json') {
          json(res);
          return 0;
        }
        out(`${res.total} results (terms: ${res.terms.join(' ')})`);
        for (const h of res.hits) {
          // Highlights as «…» around matched words, from the end so offsets stay valid.
          let s = h.snippet;
          for (const m of [...h.highlights].reverse())
            s = `${s.slice(0, m.start)}«${s.slice(m.start, m.end)}»${s.slice(m.end)}`;
          out();
          out(
            `${h.article.id}  ${h.article.published ?? '----------'}  ${h.article.source ?? ''}  score ${h.score.toFixed(2)}`,
          );
          out(`  ${h.article.title}`);
          out(`  ${s}`);
        }
        return 0;
      });
    },
  );
}
