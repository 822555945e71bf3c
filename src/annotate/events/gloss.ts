import type { Event, EventActor } from '../../doc/index.js';
import type { EventLexicon } from './lexicon.js';

const SECTOR_EN = new Map<string, string>(
  Object.entries({
    GOV: 'government',
    MIL: 'military',
    COP: 'police',
    REB: 'rebels',
    OPP: 'opposition',
    PTY: 'party',
    CVL: 'civilians',
    LAB: 'labour',
    EDU: 'education',
    HLH: 'health',
    JUD: 'judiciary',
    MED: 'media',
    LEG: 'legislature',
    AGR: 'agriculture',
    BUS: 'business',
    CRM: 'criminals',
    REF: 'refugees',
  }),
);
/** (Maps, not objects: a code is a new string each time, and an object's key would be interned first.) */
const CODE_EN = new Map<string, string>(
  Object.entries({
    IGOUNO: 'UN',
    IGOEEC: 'EU',
    IGOARL: 'Arab League',
    IGOAFU: 'African Union',
    IGONAT: 'NATO',
    IGOIMF: 'IMF',
    IGOWBK: 'World Bank',
    NGOIRC: 'Red Cross',
    NGOAMN: 'Amnesty International',
    NGOHRW: 'Human Rights Watch',
    IMGREB: 'jihadist group',
  }),
);

/** English for an actor code: RUS → Russia, SYRGOV → Syria government, IGOUNO → UN. */
export function codeToEnglish(code: string, lex: EventLexicon): string | null {
  const named = CODE_EN.get(code);
  if (named) return named;
  const country = lex.countryEn.get(code.slice(0, 3));
  const sector = SECTOR_EN.get(country ? code.slice(3, 6) : code.slice(0, 3));
  if (country) return sector ? `${country} ${sector}` : country;
  return sector ?? null;
}

function actorsEn(list: readonly EventActor[], lex: EventLexicon, names: Map<string, string | null>): string {
  const parts = list.map(
    (a) => (a.entity ? names.get(a.entity) : null) ?? codeToEnglish(a.code, lex) ?? a.text,
  );
  return [...new Set(parts)].join(', ');
}

/** One English line: "Russia — ASSAULT (aerial) — buffer zone near Idlib — 2018-11-25". */
export function gloss(
  e: Pick<Event, 'type' | 'mode' | 'actors' | 'targets' | 'time' | 'modality' | 'place'>,
  placeEn: string | null,
  lex: EventLexicon,
  entityNames: Map<string, string | null>,
): string {
  const who = actorsEn(e.actors, lex, entityNames) || 'unknown actor';
  const whom = actorsEn(e.targets, lex, entityNames);
  const what = `${e.type}${e.mode ? ` (${e.mode})` : ''}${whom ? ` → ${whom}` : ''}`;
  const parts = [who, what];
  const where = placeEn ?? e.place?.name;
  if (where) parts.push(where);
  if (e.time) parts.push(e.time.value);
  return parts.join(' — ') + (e.modality === 'asserted' ? '' : ` [${e.modality}]`);
}
