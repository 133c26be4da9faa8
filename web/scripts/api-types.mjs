// Generates src/lib/api/schema.d.ts from the API's OpenAPI document, or checks that it is current.
//   node scripts/api-types.mjs write | check
// The API is built (Release, unless VITRIN_SKIP_API_BUILD=1: the caller built it already), started on
// a free loopback port with a throwaway data folder, asked for /openapi/v1.json, and stopped.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const mode = process.argv[2];
if (mode !== 'write' && mode !== 'check') {
  console.error('usage: api-types.mjs write|check');
  process.exit(2);
}
const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const repo = join(web, '..');
const target = join(web, 'src/lib/api/schema.d.ts');
const dll = join(repo, 'src/Vitrin.Api/bin/Release/net10.0/Vitrin.Api.dll');

if (process.env.VITRIN_SKIP_API_BUILD !== '1' || !existsSync(dll)) {
  const build = spawnSync('dotnet', ['build', 'src/Vitrin.Api', '-c', 'Release', '-v', 'q', '-nologo'], { cwd: repo, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = await new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => resolve(p));
  });
});
const data = mkdtempSync(join(tmpdir(), 'vitrin-openapi-'));
const api = spawn('dotnet', [dll, '--urls', `http://127.0.0.1:${port}`], {
  cwd: dirname(dll),
  env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Development', Vitrin__DataDirectory: data, Logging__LogLevel__Default: 'Warning' },
  stdio: ['ignore', 'ignore', 'inherit'],
});

let doc;
try {
  const deadline = Date.now() + 60_000;
  while (!doc) {
    if (api.exitCode !== null) throw new Error(`the API exited with code ${api.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/openapi/v1.json`);
      if (res.ok) doc = await res.json();
    } catch {
      /* not listening yet */
    }
    if (!doc) {
      if (Date.now() > deadline) throw new Error('the API did not answer /openapi/v1.json within 60 s');
      await new Promise((r) => setTimeout(r, 300));
    }
  }
} finally {
  api.kill('SIGTERM');
  await new Promise((r) => (api.exitCode !== null ? r() : api.once('exit', r)));
  rmSync(data, { recursive: true, force: true });
}

const header = '// Generated from the API\'s /openapi/v1.json by `npm run gen:api-types`. Do not edit.\n';
const generated = header + astToString(await openapiTS(doc));
if (mode === 'write') {
  writeFileSync(target, generated);
  console.log(`wrote ${target}`);
} else {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== generated) {
    console.error('src/lib/api/schema.d.ts is stale: the API contract changed. Run `npm run gen:api-types` and commit it.');
    process.exit(1);
  }
  console.log('api types: up to date');
}
