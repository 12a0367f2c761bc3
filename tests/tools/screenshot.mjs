// Takes a screenshot of a page in Debian's Chromium: node tests/tools/screenshot.mjs URL OUT.png [width] [dark]
import { chromium } from '@playwright/test';

const [url, out, width = '1280', scheme = 'light'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
page.on('console', (m) => console.log(`[console.${m.type()}] ${m.text()}`));
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(url);
await page.waitForSelector('.cm-root article, .cm-root form, .cm-root .cm-results', { timeout: 15000 }).catch(() => {});
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
