import { readFileSync } from 'node:fs';
import { createDoc, type ArticleInput } from '../../src/doc/index.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { articleId, prepareArticle, type PreparedArticle } from '../../src/corpus/prepare.js';

function seed(file: string, id: string, published: string): ArticleInput {
  const [title = '', ...rest] = readFileSync(
    new URL(`../../examples/${file}`, import.meta.url),
    'utf8',
  ).split('\n');
  return { id, title: title.trim(), body: rest.join('\n'), published, source: 'seed' };
}

/** The two seed articles: rounds 13 and 11 of the Astana talks. */
export const ROUND13 = seed('000_979cc18ec33a5328.txt', 'seed-r13', '2019-08-02');
export const ROUND11 = seed('001_12314e3d2425e948.txt', 'seed-r11', '2018-11-28');

/** A constructed article: a conference in Astana that has nothing to do with the Syria talks. */
export const ASTANA_EXPO: ArticleInput = {
  id: 'astana-expo',
  title: 'افتتاح المنتدى الاقتصادي الدولي في أستانا بمشاركة واسعة',
  body:
    'افتتح في العاصمة الكازاخية أستانا اليوم المنتدى الاقتصادي الدولي بمشاركة أكثر من ثلاثة آلاف رجل أعمال ' +
    'وخبير من خمسين دولة، لمناقشة الاستثمار في الطاقة المتجددة والتقنيات الرقمية والنقل.\n\n' +
    'وقال رئيس الوزراء الكازاخي في كلمة الافتتاح إن بلاده تسعى إلى جذب الاستثمارات الأجنبية في قطاع ' +
    'الطاقة الشمسية وطاقة الرياح، وتطوير البنية التحتية للسكك الحديدية التي تربط آسيا بأوروبا.\n\n' +
    'ويتضمن برنامج المنتدى جلسات حول التمويل الأخضر والشركات الناشئة والذكاء الاصطناعي، إلى جانب ' +
    'معرض للمنتجات الصناعية والزراعية تشارك فيه مئتا شركة.',
  published: '2019-06-13',
  source: 'constructed',
};

/** The round-11 article republished by another outlet with small edits: a near-duplicate. */
export const ROUND11_REPRINT: ArticleInput = {
  ...ROUND11,
  id: 'seed-r11-reprint',
  title: `${ROUND11.title ?? ''} (محدث)`,
  body: ROUND11.body.replace('الأربعاء', 'يوم الأربعاء').replace(/\.\s*$/, '. وتابعت الوكالة التغطية.'),
  source: 'reprint',
};

export function prepare(input: ArticleInput): PreparedArticle {
  const pipeline = defaultPipeline();
  const id = articleId(input);
  const doc = pipeline.run(createDoc({ ...input, id }, { origin: id, format: 'text' }));
  return prepareArticle(doc, input, { pipelineVersion: pipeline.version, origin: id });
}
