/**
 * The home country of a publication: where an outlet's unmarked domestic actors ("الوحدات الأمنية",
 * "وزير الخارجية", "المواطنين") belong. News names foreign actors with their country (الشرطة الفرنسية) and
 * leaves its own country's implicit, so the outlet's country is the right default for a domestic group when
 * the document also mentions that country (see docs/EVENTS.md, "Actors and targets").
 */
import type { Doc } from '../../doc/index.js';

/** Outlets by name or host (lower case); the ANT corpus is Jawhara FM (Tunisia). */
const OUTLETS = new Map<string, string>([
  ['jawhara fm', 'TUN'],
  ['jawharafm.net', 'TUN'],
  ['mosaique fm', 'TUN'],
  ['mosaiquefm.net', 'TUN'],
  ['shems fm', 'TUN'],
  ['tap', 'TUN'],
  ['tap.info.tn', 'TUN'],
  ['sana', 'SYR'],
  ['sana.sy', 'SYR'],
  ['enab baladi', 'SYR'],
  ['aps', 'DZA'],
  ['map', 'MAR'],
  ['spa', 'SAU'],
  ['saudi press agency', 'SAU'],
  // Saudi papers whose addresses are not under .sa (the SaudiNewsNet outlets; Asharq Al-Awsat, edited in London
  // for the whole Arab world, is left out: its unmarked actors are not Saudi by default).
  ['alriyadh', 'SAU'],
  ['alriyadh.com', 'SAU'],
  ['aljazirah', 'SAU'],
  ['al-jazirah.com', 'SAU'],
  ['alyaum', 'SAU'],
  ['alyaum.com', 'SAU'],
  ['aleqtisadiya', 'SAU'],
  ['aleqt.com', 'SAU'],
  ['okaz', 'SAU'],
  ['almadina', 'SAU'],
  ['al-madina.com', 'SAU'],
  ['sabq', 'SAU'],
  ['sabq.org', 'SAU'],
  ['alweeam', 'SAU'],
  ['3alyoum', 'SAU'],
  ['3alyoum.com', 'SAU'],
  ['arriyadiyah.com', 'SAU'],
  ['mena', 'EGY'],
  ['ahram', 'EGY'],
  ['ahram.org.eg', 'EGY'],
  ['anadolu', 'TUR'],
  ['aa.com.tr', 'TUR'],
  ['ria novosti', 'RUS'],
  ['sputnik', 'RUS'],
  ['irna', 'IRN'],
  ['petra', 'JOR'],
  ['nna', 'LBN'],
  ['qna', 'QAT'],
  ['wam', 'ARE'],
  ['kuna', 'KWT'],
]);

/** Country-code top-level domains of the Arab world and of the states that publish Arabic news. */
const CCTLD: Record<string, string> = {
  tn: 'TUN',
  dz: 'DZA',
  ma: 'MAR',
  ly: 'LBY',
  eg: 'EGY',
  sd: 'SDN',
  sa: 'SAU',
  ae: 'ARE',
  qa: 'QAT',
  kw: 'KWT',
  bh: 'BHR',
  om: 'OMN',
  ye: 'YEM',
  jo: 'JOR',
  lb: 'LBN',
  sy: 'SYR',
  iq: 'IRQ',
  ps: 'PSE',
  mr: 'MRT',
  tr: 'TUR',
  ir: 'IRN',
  ru: 'RUS',
};

/** The publication's country from its source name or URL host, else null. */
export function homeCountry(doc: Pick<Doc, 'source' | 'url'>): string | null {
  const byName = doc.source ? OUTLETS.get(doc.source.trim().toLowerCase()) : undefined;
  if (byName) return byName;
  if (!doc.url) return null;
  let host: string;
  try {
    host = new URL(doc.url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
  const byHost = OUTLETS.get(host);
  if (byHost) return byHost;
  const tld = host.split('.').pop() ?? '';
  return CCTLD[tld] ?? null;
}
