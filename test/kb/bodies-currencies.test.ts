import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/doc/index.js';
import { runWithTagger } from './helpers.js';

const entity = (doc: Doc, text: string) => doc.entities.find((e) => e.mentions.some((m) => m.text === text));

describe('government bodies by pattern (session 7 additions)', () => {
  it('links a central bank, a cabinet and a parliament to their country', () => {
    const doc = runWithTagger(
      'قرر البنك المركزي المصري خفض سعر الفائدة. وأعلن مجلس الوزراء العراقي خطة جديدة. وصوت مجلس الشعب السوري على القانون.',
    );
    expect(entity(doc, 'البنك المركزي المصري')?.kb_id).toBe('kb:org:EGY-CB');
    expect(entity(doc, 'البنك المركزي المصري')?.name_en).toBe('Central Bank of Egypt');
    expect(entity(doc, 'مجلس الوزراء العراقي')?.kb_id).toBe('kb:org:IRQ-CAB');
    expect(entity(doc, 'مجلس الشعب السوري')?.kb_id).toBe('kb:org:SYR-LEG');
  });

  it("reads Syria's name for its foreign ministry", () => {
    const doc = runWithTagger('وأرسلت وزارة الخارجية والمغتربين السورية رسالة إلى الأمم المتحدة.');
    expect(entity(doc, 'وزارة الخارجية والمغتربين السورية')?.kb_id).toBe('kb:org:SYR-MFA');
  });

  it('does not make a body of a bare noun with no country', () => {
    const doc = runWithTagger('وقال إن مجلس الوزراء سيجتمع غدا.');
    expect(entity(doc, 'مجلس الوزراء')?.kb_id ?? null).toBeNull();
  });
});

describe('currencies', () => {
  it('gives a currency the tagger marks MISC its KB entry and English name', () => {
    const doc = runWithTagger('بلغ الإنفاق 272 مليار دولار و50 مليون جنيه.', [
      ['دولار', 'MISC'],
      ['جنيه', 'MISC'],
    ]);
    expect(entity(doc, 'دولار')?.kb_id).toBe('kb:misc:dollar');
    expect(entity(doc, 'دولار')?.name_en).toBe('dollar');
    expect(entity(doc, 'جنيه')?.name_en).toBe('pound');
  });
});

describe('weapons', () => {
  it('names a rocket or aircraft type as MISC with its English name, not an organisation', () => {
    const doc = runWithTagger('قصفت القوات الأحياء السكنية بصواريخ غراد وطائرات سوخوي.', [['غراد', 'ORG']]);
    expect(entity(doc, 'غراد')?.kb_id).toBe('kb:misc:grad');
    expect(entity(doc, 'غراد')?.type).toBe('MISC');
    expect(entity(doc, 'سوخوي')?.name_en).toBe('Sukhoi');
  });
});
