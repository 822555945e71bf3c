import { describe, expect, it } from 'vitest';
import { analyse } from './helpers.js';

/**
 * A person the article names by surname only ("قال أردوغان") is the KB person of that surname when the KB has
 * exactly one: news names well-known people that way, and the KB id keeps them one entity across articles.
 */
describe('a lone surname links to the one KB person who has it', () => {
  it('links surnames of known persons named alone', () => {
    const doc = analyse('خبر\nوقال لافروف إن موسكو مستعدة. وقال أردوغان إن تركيا لن تقبل.', '2017-04-20');
    const ids = doc.entities.filter((e) => e.type === 'PERSON').map((e) => e.kb_id);
    expect(ids).toEqual(expect.arrayContaining(['kb:per:sergey-lavrov', 'kb:per:erdogan']));
    expect(doc.entities.find((e) => e.kb_id === 'kb:per:erdogan')?.name_en).toBe('Recep Tayyip Erdoğan');
  });

  it('reads the surname behind a proclitic the tagger kept on it ("لأردوغان")', () => {
    const doc = analyse('خبر\nوجه الرئيس الروسي انتقادات حادة لأردوغان بعد إسقاط الطائرة.', '2016-01-20');
    const erdogan = doc.entities.find((e) => e.kb_id === 'kb:per:erdogan');
    expect(erdogan?.mentions.map((m) => m.text)).toEqual(['أردوغان']);
  });

  it('leaves an unknown surname a person of the document', () => {
    const doc = analyse('خبر\nوقال فالنتينوفسكي إن الحل سياسي.', '2017-04-20');
    const person = doc.entities.find((e) => e.type === 'PERSON');
    expect(person?.name).toBe('فالنتينوفسكي');
    expect(person?.kb_id).toBeNull();
  });
});
