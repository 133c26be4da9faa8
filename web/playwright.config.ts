import { defineConfig, devices } from '@playwright/test';

// Runs against the real API serving the production build; scripts/test-web.sh starts it on a free
// loopback port and passes the address in VITRIN_E2E_URL.
const baseURL = process.env.VITRIN_E2E_URL ?? 'http://localhost:8080';
const artifacts = process.env.VITRIN_E2E_ARTIFACTS ?? '../.tmp/e2e';

export default defineConfig({
  testDir: './e2e',
  outputDir: `${artifacts}/results`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: `${artifacts}/results.json` }]],
  use: {
    baseURL,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
});
