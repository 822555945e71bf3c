// Builds the web app into web/dist: one bundled ES module, the stylesheet, fonts and world geometry.
// Everything the browser loads comes from this folder; nothing from a CDN.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'web/dist');
const mod = (p) => join(root, 'node_modules', p);

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'fonts'), { recursive: true });

await build({
  entryPoints: [join(root, 'web/src/main.ts')],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  outfile: join(out, 'app.js'),
  logLevel: 'warning',
});

// Fonts: Noto Naskh Arabic for reading, Noto Sans Arabic for the interface (SIL OFL, from npm).
const fonts = [];
for (const [family, pkg] of [
  ['Noto Naskh Arabic', 'noto-naskh-arabic'],
  ['Noto Sans Arabic', 'noto-sans-arabic'],
]) {
  for (const weight of [400, 700]) {
    for (const subset of ['arabic', 'latin']) {
      const file = `${pkg}-${subset}-${weight}-normal.woff2`;
      copyFileSync(mod(`@fontsource/${pkg}/files/${file}`), join(out, 'fonts', file));
      const range =
        subset === 'arabic'
          ? 'U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC'
          : 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+2000-206F, U+20AC, U+2122, U+2212, U+2215';
      fonts.push(
        `@font-face{font-family:'${family}';font-style:normal;font-weight:${weight};font-display:swap;` +
          `src:url(/fonts/${file}) format('woff2');unicode-range:${range}}`,
      );
    }
  }
}
writeFileSync(
  join(out, 'styles.css'),
  fonts.join('\n') + '\n' + readFileSync(join(root, 'web/styles.css'), 'utf8'),
);
copyFileSync(join(root, 'web/index.html'), join(out, 'index.html'));
copyFileSync(mod('world-atlas/countries-110m.json'), join(out, 'world-110m.json'));
console.log('web/dist built');
