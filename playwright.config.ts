import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const scalePort = port + 1;
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: { trace: 'off', launchOptions },
  projects: [
    { name: 'desktop', testIgnore: /scale\.spec/, use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://127.0.0.1:${port}` } },
    { name: 'phone', testIgnore: /scale\.spec/, grep: /@phone/, use: { ...devices['Pixel 7'], channel: undefined, baseURL: `http://127.0.0.1:${port}` } },
    // The same app built over a synthetic corpus of 30 insurers (scripts/build-scale.ts).
    { name: 'scale', testMatch: /scale\.spec/, use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://127.0.0.1:${scalePort}` } },
  ],
  // `npm test` builds first; servers are started by their binary so one PID can be stopped.
  // E2E_EXTERNAL_SERVER=1: use servers already running on these ports (a developer's own `next start`).
  webServer: process.env.E2E_EXTERNAL_SERVER ? [] : [
    {
      command: `node_modules/.bin/next start -p ${port} -H 127.0.0.1`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { NEXT_TELEMETRY_DISABLED: '1' },
    },
    {
      command: `node_modules/.bin/next start -p ${scalePort} -H 127.0.0.1`,
      url: `http://127.0.0.1:${scalePort}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        NEXT_TELEMETRY_DISABLED: '1',
        NEXT_DIST_DIR: '.next-scale',
        DATABASE_URL: `file:${path.resolve('.scale-corpus', 'policies.db')}`,
      },
    },
  ],
});
