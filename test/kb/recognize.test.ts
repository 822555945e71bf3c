import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadKb } from '../../src/annotate/entities/kb.js';
import { createEntitiesPass } from '../../src/annotate/entities/recognize.js';
import { expectValidDoc } from '../doc-invariants.js';
import { analyse, byId, byName } from './helpers.js';

describe('entities pass on constructed sentences', () => {
  it('finds an unknown person after a title and comma, with role and transliteration, and links the surname', () => {
    const doc = analyse(
      'عنوان\nوقال المتحدث باسم وزارة الداخلية التونسية، سفيان الزعق، إن الوضع مستقر. وأضاف الزعق أن التحقيق متواصل.',
    );
    const p = doc.entities.find((e) => e.type === 'PERSON')!;
    expect(p).toMatchObject({ id: 'doc:person:1', kb_id: null, name: 'سفيان الزعق' });
    expect(p.name_en).toMatch(/^S/);
    expect(p.mentions.map((m) => m.text)).toEqual(['سفيان الزعق', 'الزعق']);
    expect(p.roles[0]).toMatchObject({ role: 'spokesperson', of: 'kb:org:TUN-MOI' });
    expect(byId(doc, 'kb:org:TUN-MOI')!.name).toBe('وزارة الداخلية التونسية');
    expectValidDoc(doc);
  });

  it('never takes God in a formula for an entity, nor a blessing for part of a name', () => {
    const doc = analyse(
      'عنوان\nوالحمد لله على نعمة الأمن، نسأل الله أن يحفظ البلاد. وقال الشيخ صالح رحمه الله إن المملكة ستواصل دعمها بإذن الله.',
    );
    expect(doc.entities.filter((e) => /الله/.test(e.name))).toEqual([]);
    const named = analyse('عنوان\nاستقبل الملك عبد الله الثاني وزير الخارجية.');
    expect(named.entities.map((e) => e.name)).toContain('عبد الله الثاني');
  });

  it('does not take a clause after a title for a name', () => {
    const doc = analyse('عنوان\nوقال وزير الخارجية، إن المحادثات ستستمر يومين في العاصمة.');
    expect(doc.entities.filter((e) => e.type === 'PERSON')).toEqual([]);
  });

  it('reads a nisba after a title as the country the role belongs to', () => {
    const doc = analyse(
      'عنوان\nاستقبل الرئيس التونسي الباجي قائد السبسي وزير الخارجية الفرنسي في قصر قرطاج.',
    );
    const essebsi = byId(doc, 'kb:per:beji-caid-essebsi')!;
    expect(essebsi.roles[0]).toMatchObject({ role: 'president', of: 'kb:gpe:TUN', text: 'الرئيس التونسي' });
    expect(byName(doc, 'قصر قرطاج')!.type).toBe('FAC');
  });

  it('names the head of a delegation with its nationality', () => {
    const doc = analyse('عنوان\nوصل الوفد المصري برئاسة وزير الخارجية سامح شكري إلى الجزائر.');
    const p = doc.entities.find((e) => e.type === 'PERSON')!;
    expect(p.name).toBe('سامح شكري');
    expect(p.roles.map((r) => [r.role, r.of])).toEqual([
      ['head-of-delegation', 'kb:gpe:EGY'],
      ['foreign-minister', 'kb:gpe:EGY'],
    ]);
    expect(byId(doc, 'kb:gpe:DZA')!.mentions[0]!.text).toBe('الجزائر');
  });

  it('keeps a capital as a city after a locative and as the country when it acts', () => {
    const doc = analyse('عنوان\nعقد الاجتماع في باريس. وقالت باريس إنها ترفض القرار، وذلك بعد زيارة لموسكو.');
    expect(byId(doc, 'kb:gpe:FRA-capital')!.mentions.map((m) => m.text)).toEqual(['باريس']);
    expect(byId(doc, 'kb:gpe:FRA')!.mentions.map((m) => m.text)).toEqual(['باريس']);
    expect(byId(doc, 'kb:gpe:RUS-capital')!.mentions.map((m) => m.text)).toEqual(['موسكو']);
  });

  it('strips clitics from the first word and covers provinces and Tunisian institutions', () => {
    const doc = analyse(
      'عنوان\nودعا الاتحاد العام التونسي للشغل والأمم المتحدة إلى الحوار في ولاية القصرين وبجبل الشعانبي.',
    );
    expect(byId(doc, 'kb:org:UGTT')!.mentions[0]!.text).toBe('الاتحاد العام التونسي للشغل');
    expect(byId(doc, 'kb:org:UN')!.mentions[0]!.text).toBe('الأمم المتحدة');
    expect(byId(doc, 'kb:gpe:TUN-kasserine')!.mentions[0]!.text).toBe('القصرين');
    expect(byId(doc, 'kb:loc:chaambi')!.mentions[0]!.text).toBe('جبل الشعانبي');
  });

  it('finds organisations the KB does not know by their head noun, and their bare name later', () => {
    const doc = analyse(
      'عنوان\nأعلن حزب كاديما فوزه في الانتخابات، ونشرت صحيفة هآرتس النتائج. وقال كاديما إن الحكومة ستتشكل قريبا.',
    );
    const party = doc.entities.find((e) => e.name === 'حزب كاديما')!;
    expect(party).toMatchObject({ type: 'ORG', id: 'doc:org:1', kb_id: null });
    expect(party.mentions.map((m) => m.text)).toEqual(['حزب كاديما', 'كاديما']);
    expect(doc.entities.find((e) => e.name === 'هآرتس')?.type).toBe('ORG');
    expectValidDoc(doc);
  });

  it('does not make an organisation of a head noun followed by common words', () => {
    const doc = analyse('عنوان\nوقالت الشركة إن حركة المرور في المدينة كانت بطيئة.');
    expect(doc.entities.filter((e) => e.type === 'ORG')).toEqual([]);
  });

  it('combines a tagger: its persons and organisations where the KB found nothing', () => {
    const kb = loadKb();
    const tagger = {
      tag: (tokens: { norm: string }[]) =>
        tokens.map((t, i) =>
          t.norm === 'كمال'
            ? 'B-PERS'
            : t.norm === 'المرزوقي' && tokens[i - 1]?.norm === 'كمال'
              ? 'I-PERS'
              : t.norm === 'روسيا'
                ? 'B-ORG'
                : 'O',
        ),
    };
    const withModel = analyse('عنوان\nالتقى كمال المرزوقي نظيره في روسيا.');
    createEntitiesPass(kb).run(withModel);
    expect(withModel.entities.map((e) => e.type)).toEqual(['GPE']);
    createEntitiesPass(kb, { tagger }).run(withModel);
    expect(withModel.entities.map((e) => [e.type, e.name])).toEqual([
      ['PERSON', 'كمال المرزوقي'],
      ['GPE', 'روسيا'],
    ]);
  });
});

describe('entities pass never crashes', () => {
  const pass = createEntitiesPass();
  const run = (body: string) => {
    const base = analyse(`عنوان\n${body}`);
    pass.run(base);
    expectValidDoc(base);
  };

  it('on random Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => run(s)),
      { numRuns: 150, seed: 7 },
    );
  });

  it('on random Arabic-like word soup', () => {
    const words = [
      'في',
      'وزير',
      'الخارجية',
      'الروسي',
      '،',
      'برئاسة',
      'الوفد',
      'بيدرسون',
      'موسكو',
      'ريف',
      'محافظة',
      'مندوبها',
      'أحمد',
      'علي',
      '.',
      '#إدلب',
      'للأمم',
      'المتحدة',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (ws) => run(ws.join(' '))),
      { numRuns: 200, seed: 11 },
    );
  });

  const ant = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'news', 'ant.jsonl.gz');
  it.skipIf(!existsSync(ant))('on real ANT articles', () => {
    const lines = gunzipSync(readFileSync(ant)).toString('utf8').split('\n').filter(Boolean);
    for (let i = 0; i < lines.length; i += Math.floor(lines.length / 60)) {
      const rec = JSON.parse(lines[i]!) as { title: string; body: string; published: string };
      const doc = analyse(`${rec.title}\n${rec.body}`, rec.published);
      expectValidDoc(doc);
      expect(doc.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    }
  });
});
