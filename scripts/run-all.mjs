// `npm run fixtures` runs every `fixtures:*` script in package.json, in name order, stopping at the
// first failure: each area adds its own `fixtures:<area>` without touching the umbrella.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const prefix = process.argv[2];
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const names = Object.keys(pkg.scripts)
  .filter((n) => n.startsWith(`${prefix}:`))
  .sort();
if (names.length === 0) {
  console.error(`no ${prefix}:* scripts in package.json`);
  process.exit(1);
}
for (const name of names) {
  console.log(`> npm run ${name}`);
  execFileSync('npm', ['run', '--silent', name], { stdio: 'inherit' });
}
