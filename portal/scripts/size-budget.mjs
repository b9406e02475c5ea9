// The first load of the booking page — index.html and every script and style sheet it loads —
// measured gzip-compressed as the gateway sends it; the build fails above the budget
// (issue 11: ≤ 200 kB on a slow phone). Also writes the .gz files the gateway serves.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 200 * 1024;
const dist = 'dist';
const gzip = (bytes) => gzipSync(bytes, { level: 9 });

for (const name of readdirSync(join(dist, 'assets'))) {
  if (/\.(js|css|svg|json)$/.test(name)) {
    const path = join(dist, 'assets', name);
    writeFileSync(`${path}.gz`, gzip(readFileSync(path)));
  }
}

const html = readFileSync(join(dist, 'index.html'), 'utf8');
if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html)) {
  throw new Error('index.html holds an inline script: the Content-Security-Policy would block it');
}
const loaded = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
const files = ['/index.html', ...new Set(loaded)];
let total = 0;
for (const file of files) {
  const size = gzip(readFileSync(join(dist, file))).length;
  total += size;
  console.log(`portal: ${file} ${(size / 1024).toFixed(1)} kB gzip`);
}
console.log(`portal: first load of the booking page ${(total / 1024).toFixed(1)} kB gzip (budget ${BUDGET / 1024} kB)`);
if (total > BUDGET) {
  console.error(`portal: over the size budget by ${((total - BUDGET) / 1024).toFixed(1)} kB`);
  process.exit(1);
}
