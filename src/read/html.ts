/**
 * HTML pages → one article: the main content found by text density, navigation and boilerplate
 * dropped. Title from the article's <h1>, og:title or <title>; publication date from
 * article:published_time, schema.org datePublished, or a <time datetime>.
 */
import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import type { Diagnostic } from '../doc/index.js';
import type { FormatItem, FormatReader, RawRecord } from './types.js';

const ELEMENT = NodeType.ELEMENT_NODE;
const TEXT = NodeType.TEXT_NODE;

/** Never content. */
const DROP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'canvas',
  'iframe',
  'object',
  'embed',
  'form',
  'button',
  'select',
  'input',
  'textarea',
  'label',
  'nav',
  'header',
  'footer',
  'aside',
  'menu',
  'dialog',
  'figure',
  'figcaption',
  'picture',
  'video',
  'audio',
  'head',
]);
/** Never text, even inside the content. */
const NOT_TEXT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'canvas',
  'iframe',
  'object',
  'embed',
  'button',
  'select',
  'input',
  'textarea',
  'head',
]);
const DROP_ROLES = /^(navigation|banner|contentinfo|complementary|search|menu|menubar|dialog|alert)$/i;
/** Class or id words of page furniture. */
const BOILERPLATE =
  /(?:^|[\s_-])(nav|navbar|navigation|menu|breadcrumbs?|footer|header|masthead|sidebar|widget|share|sharing|social|related|recommended|comments?|advert\w*|ads?|banner|promo|newsletter|subscribe|cookies?|popup|modal|tags|pagination|pager|author-bio|most-read|trending|print|copyright)(?=$|[\s_-])/i;

const MAYBE_CONTENT = /article|body|content|main|post|story|entry|text|column/i;
const NEVER_CONTENT = /comment|share|sharing|social|related|advert|cookie|newsletter|breadcrumb/i;

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
]);

function tag(n: Node): string {
  return n.nodeType === ELEMENT ? ((n as HTMLElement).rawTagName?.toLowerCase() ?? '') : '';
}

function elements(n: Node): HTMLElement[] {
  return n.childNodes.filter((c) => c.nodeType === ELEMENT) as HTMLElement[];
}

function collapse(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

function attr(el: HTMLElement | null | undefined, name: string): string | null {
  const v = el?.getAttribute(name);
  return v && v.trim() ? v.trim() : null;
}

function meta(root: HTMLElement, ...names: string[]): string | null {
  for (const name of names) {
    const el =
      root.querySelector(`meta[property="${name}"]`) ??
      root.querySelector(`meta[name="${name}"]`) ??
      root.querySelector(`meta[itemprop="${name}"]`);
    const v = attr(el, 'content');
    if (v) return v;
  }
  return null;
}

/** schema.org JSON-LD blocks (NewsArticle and friends), flattened. */
function jsonLd(root: HTMLElement): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      out.push(o);
      if (o['@graph']) visit(o['@graph']);
    }
  };
  for (const s of root.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(s.rawText));
    } catch {
      // Broken JSON-LD is common and harmless: the page's other metadata still applies.
    }
  }
  return out;
}

function ldString(blocks: Record<string, unknown>[], key: string): string | null {
  for (const b of blocks) {
    const v = b[key];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return null;
}

/** Text length, and the share of it inside links. */
function textStats(el: HTMLElement): { len: number; linkLen: number; commas: number } {
  let len = 0;
  let linkLen = 0;
  let commas = 0;
  const walk = (n: Node, inLink: boolean): void => {
    if (n.nodeType === TEXT) {
      const t = collapse(n.text);
      len += t.length;
      if (inLink) linkLen += t.length;
      for (const ch of t) if (ch === ',' || ch === '،') commas++;
    } else if (n.nodeType === ELEMENT) {
      const link = inLink || tag(n) === 'a';
      for (const c of n.childNodes) walk(c, link);
    }
  };
  walk(el, false);
  return { len, linkLen, commas };
}

function isFurniture(el: HTMLElement): boolean {
  const t = tag(el);
  if (DROP_TAGS.has(t)) return true;
  if (el.getAttribute('hidden') !== undefined || attr(el, 'aria-hidden') === 'true') return true;
  const role = attr(el, 'role');
  if (role && DROP_ROLES.test(role)) return true;
  if (t === 'body' || t === 'html' || t === 'main' || t === 'article') return false;
  const names = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`;
  if (!BOILERPLATE.test(names)) return false;
  // "post has-sidebar", "content-header" are content wrappers; comments and share bars never are.
  return !MAYBE_CONTENT.test(names) || NEVER_CONTENT.test(names);
}

/**
 * Removes page furniture. An element that looks like furniture but holds nearly all of the page's
 * text is kept: on such a page the markup is misleading, and dropping it would leave nothing.
 */
function stripFurniture(root: HTMLElement, totalText: number): void {
  const visit = (el: HTMLElement): void => {
    for (const child of elements(el)) {
      if (isFurniture(child) && textStats(child).len < totalText * 0.8) {
        child.remove();
        continue;
      }
      visit(child);
    }
  };
  visit(root);
}

function hasBlockChild(el: HTMLElement): boolean {
  return elements(el).some((c) => BLOCK_TAGS.has(tag(c)) || hasBlockChild(c));
}

/** Readability-style scoring: each paragraph-like leaf block credits its parent and grandparent. */
function bestContainer(body: HTMLElement): HTMLElement {
  const scores = new Map<HTMLElement, number>();
  const credit = (el: HTMLElement | null, s: number): void => {
    if (el) scores.set(el, (scores.get(el) ?? 0) + s);
  };
  const visit = (el: HTMLElement): void => {
    for (const child of elements(el)) {
      const t = tag(child);
      if (BLOCK_TAGS.has(t) && !hasBlockChild(child)) {
        const { len, linkLen, commas } = textStats(child);
        if (len >= 25) {
          const s = (1 + commas + Math.min(Math.floor(len / 100), 3)) * (1 - linkLen / len);
          if (t !== 'p') credit(child, s);
          credit(child.parentNode, s);
          credit(child.parentNode?.parentNode ?? null, s / 2);
        }
      } else {
        visit(child);
      }
    }
  };
  visit(body);
  let best: HTMLElement = body;
  let bestScore = 0;
  for (const [el, s] of scores) {
    const { len, linkLen } = textStats(el);
    const score = s * (1 - (len ? linkLen / len : 0));
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

interface Line {
  text: string;
  /** Characters inside links or <time>. */
  linkChars: number;
}

/**
 * Block structure → lines; <br> breaks lines. Text in links and <time> is counted, so that lines of
 * link lists ("اقرأ أيضا: …") and bare datelines can be dropped.
 */
function toLines(nodes: readonly Node[]): Line[] {
  const lines: Line[] = [];
  let cur = '';
  let curLink = 0;
  const flush = (): void => {
    const text = collapse(cur);
    if (text) lines.push({ text, linkChars: Math.min(curLink, text.length) });
    cur = '';
    curLink = 0;
  };
  const walk = (n: Node, inLink: boolean): void => {
    if (n.nodeType === TEXT) {
      const t = n.text;
      cur += t;
      if (inLink) curLink += collapse(t).length;
      return;
    }
    if (n.nodeType !== ELEMENT) return;
    const t = tag(n);
    if (t === 'br') {
      flush();
      return;
    }
    if (NOT_TEXT.has(t)) return;
    const block = BLOCK_TAGS.has(t);
    if (block) flush();
    for (const c of n.childNodes) walk(c, inLink || t === 'a' || t === 'time');
    if (block) flush();
  };
  for (const n of nodes) walk(n, false);
  flush();
  return lines;
}

/** Text of an HTML fragment (a JSON record's body, a feed item's content): blocks become lines. */
export function htmlFragmentToText(html: string): string {
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true, pre: true } });
  for (const el of root.querySelectorAll('script, style, noscript, template')) el.remove();
  return toLines([root])
    .map((l) => l.text)
    .join('\n');
}

export function looksLikeHtmlFragment(s: string): boolean {
  return /<\/?(p|div|br|span|a|strong|em|b|i|h[1-6]|ul|ol|li|img|figure|blockquote)\b[^>]*>/i.test(s);
}

function trimSiteName(title: string, site: string | null): string {
  if (site) {
    for (const sep of [' | ', ' - ', ' – ', ' — ', ' :: ', ' « ', ' » ']) {
      if (title.endsWith(sep + site)) return title.slice(0, -(sep + site).length).trim();
      if (title.startsWith(site + sep)) return title.slice((site + sep).length).trim();
    }
  }
  const parts = title.split(/\s+[|–—]\s+|\s+-\s+/);
  if (parts.length > 1) return parts.reduce((a, b) => (b.length > a.length ? b : a)).trim();
  return title;
}

export interface HtmlArticle {
  record: RawRecord;
  diagnostics: Diagnostic[];
}

export function extractArticle(html: string): HtmlArticle {
  const root = parse(html, {
    comment: false,
    blockTextElements: { script: true, noscript: true, style: true, pre: true },
  });
  const diagnostics: Diagnostic[] = [];
  const ld = jsonLd(root);
  const site = meta(root, 'og:site_name', 'application-name') ?? ldString(ld, 'publisher');
  const docTitle = collapse(root.querySelector('title')?.text ?? '');
  const articleEl = root.querySelector('article') ?? root.querySelector('[itemprop="articleBody"]');
  const published =
    meta(root, 'article:published_time', 'datePublished', 'og:published_time', 'pubdate', 'publishdate') ??
    meta(root, 'publish-date', 'date', 'dc.date.issued', 'DC.date.issued', 'dc.date', 'DC.date') ??
    ldString(ld, 'datePublished') ??
    attr(root.querySelector('[itemprop="datePublished"]'), 'datetime') ??
    attr(articleEl?.querySelector('time[datetime]'), 'datetime') ??
    attr(root.querySelector('time[datetime]'), 'datetime');
  const url = attr(root.querySelector('link[rel="canonical"]'), 'href') ?? meta(root, 'og:url');
  const lang = attr(root.querySelector('html'), 'lang');
  const h1 = collapse((articleEl?.querySelector('h1') ?? root.querySelector('h1'))?.text ?? '');
  const ogTitle = meta(root, 'og:title', 'twitter:title') ?? ldString(ld, 'headline');
  const title = h1 || (ogTitle ? collapse(ogTitle) : '') || trimSiteName(docTitle, site) || null;

  const body = root.querySelector('body') ?? root;
  for (const el of body.querySelectorAll('script, style, noscript, template')) el.remove();
  const total = textStats(body).len;
  stripFurniture(body, total);
  const container = bestContainer(body);
  // Siblings of the winner that also read like article text belong to it (articles split across divs).
  const parent = container.parentNode;
  const parts: HTMLElement[] = [container];
  if (parent && container !== body) {
    const siblings = elements(parent);
    const at = siblings.indexOf(container);
    const keep = (el: HTMLElement): boolean => {
      const { len, linkLen } = textStats(el);
      return len >= 80 && linkLen / len < 0.25 && !hasBlockChild(el) && tag(el) === 'p';
    };
    for (let i = at - 1; i >= 0 && keep(siblings[i]!); i--) parts.unshift(siblings[i]!);
    for (let i = at + 1; i < siblings.length && keep(siblings[i]!); i++) parts.push(siblings[i]!);
  }
  const lines = toLines(parts).filter((l, i) => {
    if (i === 0 && title && l.text === title) return false;
    // A line that is mostly link text ("اقرأ أيضا: …", tag lists) or a bare dateline is not prose.
    return !(l.linkChars / l.text.length > 0.6);
  });
  if (lines.length === 0) {
    diagnostics.push({
      rule: 'read/html-no-content',
      severity: 'warning',
      message: 'no main content found in the HTML page',
      start: null,
      end: null,
    });
  }
  return {
    record: {
      title,
      body: lines.map((l) => l.text).join('\n'),
      published,
      source: site,
      url,
      lang,
    },
    diagnostics,
  };
}

export const htmlReader: FormatReader = {
  format: 'html',
  extensions: ['html', 'htm', 'xhtml'],
  sniff: (text) =>
    /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(text),
  *read(text: string, origin: string): Iterable<FormatItem> {
    const { record, diagnostics } = extractArticle(text);
    yield { kind: 'record', record, origin, diagnostics };
  },
};
