import type { Command } from 'commander';
import { RasdError } from '../../doc/index.js';
import { dbOption, err, json, out, withStore } from '../corpus-cli.js';

export function registerStory(program: Command): void {
  dbOption(
    program
      .command('story')
      .description('one story: key entities, summary, timeline with evidence, rounds of a recurring process')
      .argument('<id>', 'story id (see rasd stories, or an article’s story_id)')
      .option('--format <format>', 'text | json', 'text'),
  ).action(async (id: string, opts: { db: string; format: string }, cmd: Command) => {
    await withStore(opts.db, cmd, async (store) => {
      const s = await store.getStory(id);
      if (!s) throw new RasdError('STORE_NOT_FOUND', 'no such story', { subject: id });
      // A story merged into another is shown as the story that holds its articles now.
      if (s.id !== id) err(`story ${id} was merged into ${s.id}`);
      if (opts.format === 'json') {
        json(s);
        return 0;
      }
      out(`${s.title}`);
      out(`${s.id} · ${s.article_count} articles · ${s.first_date ?? '?'} → ${s.last_date ?? '?'}`);
      out(
        `key entities: ${s.key_entities.map((e) => `${e.name}${e.name_en ? ` (${e.name_en})` : ''}`).join('، ')}`,
      );
      out();
      out('summary:');
      for (const x of s.summary) out(`  • ${x.text.trim()}  [${x.article_id} ${x.start}-${x.end}]`);
      if (s.rounds.length) {
        out();
        out('rounds:');
        for (const r of s.rounds) {
          out(
            `  ${r.number ?? '?'}  ${r.from ?? '?'}${r.to && r.to !== r.from ? ` – ${r.to}` : ''}  ${r.venue ?? ''}`,
          );
          if (r.delegations.length)
            out(
              `     delegations: ${r.delegations.map((d) => (d.head ? `${d.party} (${d.head})` : d.party)).join('، ')}`,
            );
          if (r.agenda.length) out(`     agenda: ${r.agenda.join('، ')}`);
          if (r.outcome) out(`     outcome: ${r.outcome}`);
        }
      }
      out();
      out('timeline:');
      for (const t of s.timeline) {
        out(
          `  ${t.date ?? '????-??-??'}  ${t.type.padEnd(9)} ${t.gloss}  [${t.article_id} ${t.evidence.start}-${t.evidence.end}]`,
        );
      }
      out();
      out('articles:');
      for (const a of s.articles) out(`  ${a.published ?? '----------'}  ${a.id}  ${a.title}`);
      return 0;
    });
  });
}
