import type { Command } from 'commander';
import { RasdError } from '../../doc/index.js';
import { dbOption, json, out, withStore } from '../corpus-cli.js';

export function registerEntity(program: Command): void {
  dbOption(
    program
      .command('entity')
      .description(
        'an entity by Arabic or English name (or key): mentions, articles, stories, related entities',
      )
      .argument('<name...>', 'name or key')
      .option('--format <format>', 'text | json', 'text'),
  ).action(async (name: string[], opts: { db: string; format: string }, cmd: Command) => {
    await withStore(opts.db, cmd, async (store) => {
      const found = await store.findEntities(name.join(' '), { limit: 10 });
      const first = found.items[0];
      if (!first)
        throw new RasdError('STORE_NOT_FOUND', 'no entity by that name', { subject: name.join(' ') });
      const e = (await store.getEntity(first.key))!;
      if (opts.format === 'json') {
        json({ ...e, other_matches: found.items.slice(1) });
        return 0;
      }
      out(`${e.name}${e.name_en ? ` (${e.name_en})` : ''}  ${e.type}  ${e.key}`);
      out(
        `${e.article_count} articles, ${e.mention_count} mentions, ${e.first_seen ?? '?'} → ${e.last_seen ?? '?'}`,
      );
      if (e.lat !== null && e.lon !== null) out(`at ${e.lat}, ${e.lon}`);
      if (e.related.length)
        out(`related: ${e.related.map((r) => `${r.name_en ?? r.name} (${r.count})`).join(', ')}`);
      if (e.event_types.length) out(`events: ${e.event_types.map((t) => `${t.type} ${t.count}`).join(', ')}`);
      if (e.stories.length) {
        out('stories:');
        for (const s of e.stories) out(`  ${s.id}  ${s.article_count} articles  ${s.title}`);
      }
      out('latest articles:');
      for (const a of e.articles) out(`  ${a.published ?? '----------'}  ${a.id}  ${a.title}`);
      if (found.items.length > 1)
        out(
          `other matches: ${found.items
            .slice(1)
            .map((x) => x.key)
            .join(', ')}`,
        );
      return 0;
    });
  });
}
