// Prints the initial JavaScript (gzip) of the home page: the entry chunk, the home route's chunk and
// everything they import statically. Fails above the budget (150 KB), so a regression breaks the build.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const budgetKb = 150;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

function closure(keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const dep of manifest[key].imports ?? []) visit(dep);
  };
  keys.forEach(visit);
  return [...seen].map((k) => manifest[k].file);
}

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);
const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
const home = Object.keys(manifest).find((k) => k.endsWith('src/app/routes/home.tsx'));
const files = closure([entry, home]);
const total = files.reduce((n, f) => n + gz(f), 0);
const all = Object.values(manifest).filter((c) => c.file.endsWith('.js')).reduce((n, c) => n + gz(c.file), 0);

console.log(`bundle: home page initial JS ${kb(total)} KB gzip in ${files.length} files (budget ${budgetKb} KB); all JS ${kb(all)} KB gzip`);
if (total > budgetKb * 1024) {
  console.error(`bundle: over budget by ${kb(total - budgetKb * 1024)} KB`);
  process.exit(1);
}
