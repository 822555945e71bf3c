/** RSS 2.0 and Atom feeds → article inputs (fast-xml-parser; entities decoded, HTML stripped). */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { RasdError, type ArticleInput } from '../doc/index.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

export function looksLikeFeed(text: string): boolean {
  const head = text
    .slice(0, 2000)
    .replace(/^\uFEFF/, '')
    .trimStart();
  return /^<\?xml/.test(head)
    ? /<(rss|feed|rdf:RDF)[\s>]/.test(head)
    : /^<(rss|feed|rdf:RDF)[\s>]/.test(head);
}

function textOf(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map(textOf).join(' ');
  if (typeof v === 'object') return textOf((v as Record<string, unknown>)['#text']);
  return '';
}

function stripHtml(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/(p|div|h\d|li|br)\s*>|<br\s*\/?>/gi, '\n\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n\s*/g, '\n\n')
    .trim();
}

function isoDate(v: string): string | null {
  const t = Date.parse(v.trim());
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

function linkOf(v: unknown): string | null {
  if (!Array.isArray(v)) return textOf(v) || null;
  for (const l of v as unknown[]) {
    if (typeof l === 'string') return l;
    const o = l as Record<string, unknown>;
    if (o['@rel'] === undefined || o['@rel'] === 'alternate') return textOf(o['@href']) || textOf(o) || null;
  }
  return null;
}

/** Parses a feed; `where` names it in errors. */
export function parseFeed(xml: string, where: string): ArticleInput[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new RasdError(
      'INPUT_BAD_FEED',
      `feed is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`,
      {
        subject: where,
      },
    );
  }
  const doc = parser.parse(xml) as Record<string, Record<string, unknown> | undefined>;
  const rss = doc['rss']?.['channel'] as Record<string, unknown> | undefined;
  const rdf = doc['rdf:RDF'];
  const atom = doc['feed'];
  const out: ArticleInput[] = [];
  if (rss || rdf) {
    const channel = rss ?? (rdf?.['channel'] as Record<string, unknown> | undefined) ?? {};
    const source = textOf(channel['title']) || null;
    const items = ((rss ? rss['item'] : rdf?.['item']) ?? []) as Record<string, unknown>[];
    for (const item of items) {
      const body = stripHtml(textOf(item['content:encoded']) || textOf(item['description']));
      if (!body) continue;
      const guid = textOf(item['guid']) || linkOf(item['link']);
      out.push({
        id: guid ?? undefined,
        title: stripHtml(textOf(item['title'])),
        body,
        published: isoDate(textOf(item['pubDate']) || textOf(item['dc:date'])),
        source,
        url: linkOf(item['link']),
      });
    }
  } else if (atom) {
    const source = textOf(atom['title']) || null;
    for (const entry of (atom['entry'] ?? []) as Record<string, unknown>[]) {
      const body = stripHtml(textOf(entry['content']) || textOf(entry['summary']));
      if (!body) continue;
      out.push({
        id: textOf(entry['id']) || linkOf(entry['link']) || undefined,
        title: stripHtml(textOf(entry['title'])),
        body,
        published: isoDate(textOf(entry['published']) || textOf(entry['updated'])),
        source,
        url: linkOf(entry['link']),
      });
    }
  } else {
    throw new RasdError('INPUT_BAD_FEED', 'XML is neither an RSS nor an Atom feed', { subject: where });
  }
  return out;
}

/** Fetches a feed URL (10 s timeout); an unreachable URL is INPUT_UNREACHABLE. */
export async function fetchFeed(url: string, timeoutMs = 10_000): Promise<ArticleInput[]> {
  let res: Response;
  try {
    res = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml' },
    });
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).message;
    throw new RasdError('INPUT_UNREACHABLE', `cannot fetch feed: ${cause}`, { subject: url, cause: e });
  }
  if (!res.ok)
    throw new RasdError('INPUT_UNREACHABLE', `cannot fetch feed: HTTP ${res.status}`, { subject: url });
  return parseFeed(await res.text(), url);
}
