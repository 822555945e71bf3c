/**
 * What `rasd ingest` reads: everything the input readers read (files, folders, JSON, JSON Lines, HTML,
 * gzip, stdin), plus RSS/Atom feeds from files, stdin or URLs. Every input that cannot be read becomes
 * an error item naming it; the rest goes on.
 */
import { isRasdError, RasdError } from '../doc/index.js';
import { readInputs, type FormatItem, type FormatReader, type ReadOptions } from '../read/index.js';
import { fetchFeed, looksLikeFeed, parseFeed } from './feeds.js';
import type { IngestItem } from './ingest.js';

/** RSS and Atom as one more input format for the readers. */
export const feedReader: FormatReader = {
  format: 'rss',
  extensions: ['rss', 'atom', 'xml'],
  sniff: looksLikeFeed,
  *read(text: string, origin: string): Iterable<FormatItem> {
    let items;
    try {
      items = parseFeed(text, origin);
    } catch (e) {
      yield {
        kind: 'error',
        error: isRasdError(e)
          ? e
          : new RasdError('INPUT_BAD_FEED', (e as Error).message, { subject: origin }),
      };
      return;
    }
    for (let i = 0; i < items.length; i++) {
      const a = items[i]!;
      yield {
        kind: 'record',
        origin: `${origin}#${i + 1}`,
        record: {
          id: a.id ?? null,
          title: a.title,
          body: a.body,
          published: a.published,
          source: a.source,
          url: a.url,
        },
      };
    }
  },
};

/** Corpus dumps are large; the per-input limit of single-article reading does not fit them. */
const MAX_INPUT = 1 << 30;

async function* fromUrl(url: string): AsyncGenerator<IngestItem> {
  let items;
  try {
    items = await fetchFeed(url);
  } catch (e) {
    yield {
      error: isRasdError(e) ? e : new RasdError('INPUT_UNREACHABLE', (e as Error).message, { subject: url }),
    };
    return;
  }
  for (let i = 0; i < items.length; i++) yield { input: items[i]!, origin: `${url}#${i + 1}`, format: 'rss' };
}

export async function* readSources(
  args: readonly string[],
  opts: Pick<ReadOptions, 'stdin' | 'published'> = {},
): AsyncGenerator<IngestItem> {
  // Consecutive local inputs go to the readers together; URLs are fetched as feeds.
  let local: string[] = [];
  async function* flush(): AsyncGenerator<IngestItem> {
    if (local.length === 0) return;
    const paths = local;
    local = [];
    for await (const r of readInputs(paths, { ...opts, formats: [feedReader], maxSize: MAX_INPUT })) {
      if (r.kind === 'error') yield { error: r.error };
      else yield { input: r.input, origin: r.provenance.origin, format: r.provenance.format };
    }
  }
  for (const arg of args) {
    if (/^https?:\/\//.test(arg)) {
      yield* flush();
      yield* fromUrl(arg);
    } else local.push(arg);
  }
  yield* flush();
}
