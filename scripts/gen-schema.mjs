// Generates schema/rasd.article.schema.json from the ArticleJson type (src/doc/article-json.ts).
// `npm run schema` writes it; `node scripts/gen-schema.mjs --check` fails when the committed file drifts.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_PATH = join(root, 'schema', 'rasd.article.schema.json');

export function generateSchema() {
  const schema = createGenerator({
    path: join(root, 'src', 'doc', 'article-json.ts'),
    tsconfig: join(root, 'tsconfig.json'),
    type: 'ArticleJson',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    additionalProperties: false,
    skipTypeCheck: true,
  }).createSchema('ArticleJson');
  schema.title = 'rasd.article/1';
  return JSON.stringify(schema, null, 2) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = generateSchema();
  if (process.argv.includes('--check')) {
    const old = readFileSync(SCHEMA_PATH, 'utf8');
    if (old !== text) {
      console.error(`${SCHEMA_PATH} is out of date: run npm run schema`);
      process.exit(1);
    }
  } else {
    writeFileSync(SCHEMA_PATH, text);
    console.log(`wrote ${SCHEMA_PATH}`);
  }
}
