// End-to-end browser tests for the Coordination Models widget.
// Runs the release build in dist/ (build it with `trunk build --release`) against Debian's Chromium;
// never downloads a browser.
import { defineConfig, devices } from '@playwright/test';

// E2E_PORT moves both servers (the build on E2E_PORT, the project root on the next port), so two checkouts can run
// their suites side by side without one reusing the other's server.
const PORT = Number(process.env.E2E_PORT || 4173);
const baseURL = `http://127.0.0.1:${PORT}/`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.mjs',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: [
    {
      command: `cargo xtask static dist ${PORT}`,
      url: baseURL,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The project root: the build under a sub-path (/dist/) and the example blog post (/examples/).
      command: `cargo xtask static . ${PORT + 1}`,
      url: `http://127.0.0.1:${PORT + 1}/examples/blog-post.html`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // Real host sites with the release build inside (tests/hosts/build-sites.mjs): a Hugo blog and an MkDocs
      // Material handbook with client-side navigation. Built once per run, before the server starts.
      command: `node tests/hosts/build-sites.mjs ${PORT + 2}`,
      url: `http://127.0.0.1:${PORT + 2}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
