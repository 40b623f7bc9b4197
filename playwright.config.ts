import { defineConfig } from '@playwright/test';

/**
 * e2e specs run against one production build served by `scripts/start.mjs`
 * (it builds only when sources changed), on a fresh embedded store per run, or on
 * the throw-away Postgres database that scripts/test.mjs passes as E2E_DATABASE_URL.
 */
const PORT = Number(process.env.E2E_PORT ?? 3300);
const DATA_DIR = process.env.E2E_DATA_DIR ?? `.data/e2e-${Date.now()}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/playwright',
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  fullyParallel: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }], ...(process.env.CI ? [] : [['html', { open: 'never' }] as const])],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: 'node scripts/start.mjs',
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      EVENTFLOW_DATA_DIR: DATA_DIR,
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? '',
      EVENTFLOW_DEMO_PASSWORD: 'e2e-demo-password',
      EVENTFLOW_AUTH_RATE_LIMIT: 'off',
    },
  },
});
