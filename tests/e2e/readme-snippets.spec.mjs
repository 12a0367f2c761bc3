// Issue #11: every embedding snippet works as docs/embedding.md prints it (the README prints the script embed and
// the iframe identically; tests/hosts/readme.mjs reads them from docs/embedding.md; the Hugo and MkDocs ones are built
// into real sites by host-hugo and host-mkdocs-instant; embedding-snippets-used checks that no code block is left out).
// Here: the plain HTML script embed and the iframe run in a page; the Jekyll include is rendered by a Liquid
// engine in Jekyll's include mode (liquidjs); the Docusaurus and VitePress configurations are evaluated in Node
// and put into the page as those tools put them, and their page markup, like the Astro markup, runs under a
// client-side router that swaps the page in and out the way those sites do.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { test, expect } from '@playwright/test';
import { Liquid } from 'liquidjs';
import { ROOT_ORIGIN, TOTAL, cardsIn, recordProblems } from './helpers.mjs';
import { expectLive, fixtureUrl, servePage } from './host-helpers.mjs';
import * as readme from '../hosts/readme.mjs';

/** Where the tests host dist/ (the project-root server). */
const HOME = `${ROOT_ORIGIN}/dist/`;

/** A host page whose head and body are given. */
const page_ = (head, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A host</title>${head}</head>
<body><h1>A host</h1><main id="main">${body}</main><p id="after">After the widget.</p></body></html>`;

/** Expects one working widget in the wizard view inside `root`. */
async function expectWizard(root) {
  await expect(root.getByRole('button', { name: 'Help me choose' })).toHaveAttribute('aria-pressed', 'true');
  await expect(root.getByRole('region', { name: 'Decision wizard' }).getByRole('status')).toHaveText(/^Question 1 of \d+$/);
}

/**
 * Client-side navigation as Docusaurus, VitePress, Astro or Turbo do it: the page's content is replaced, not
 * reloaded. Goes to a page without the widget and back to `markup` `times` times; on each visit there is exactly
 * one live instance, in the wizard view. With `rerunScripts`, script elements of the markup are re-created on
 * each visit (Astro's view transitions run inline scripts again).
 */
async function navigateInAndOut(page, markup, { times = 5, rerunScripts = false } = {}) {
  for (let visit = 1; visit <= times; visit++) {
    await page.evaluate(() => { document.querySelector('#main').innerHTML = '<p>Another page of the site.</p>'; });
    await expectLive(page, 0, `visit ${visit}: the widget left with its page`);
    await page.evaluate(([html, rerun]) => {
      const main = document.querySelector('#main');
      main.innerHTML = html;
      if (rerun) {
        for (const old of main.querySelectorAll('script')) {
          const s = document.createElement('script');
          for (const a of old.attributes) s.setAttribute(a.name, a.value);
          old.replaceWith(s);
        }
      }
    }, [markup, rerunScripts]);
    await expectWizard(page.locator('#main coordination-models'));
    await expectLive(page, 1, `visit ${visit}: one live instance`);
  }
}

/** Imports a configuration snippet (an ES module) in Node. */
async function importConfig(source, name) {
  const dir = mkdtempSync(`${tmpdir()}/cm-readme-`);
  writeFileSync(`${dir}/${name}`, source);
  return (await import(pathToFileURL(`${dir}/${name}`).href)).default;
}

test('plain HTML: the script-embed snippet shows the wizard', async ({ page }) => {
  const problems = recordProblems(page);
  const url = fixtureUrl('readme-script-embed.html');
  await servePage(page, url, page_('', readme.hostedAt(readme.scriptEmbed(), HOME)));
  await page.goto(url);
  await expectWizard(page.locator('coordination-models'));
  expect(problems.consoleErrors).toEqual([]);
});

test('the iframe snippet shows the static page, resized to its content', async ({ page }) => {
  const url = fixtureUrl('readme-iframe.html');
  await servePage(page, url, page_('', readme.hostedAt(readme.iframe(), HOME)));
  await page.goto(url);
  const frame = page.frameLocator('iframe[title="Coordination models"]');
  await expect(cardsIn(frame.locator('[data-coordination-models]'))).toHaveCount(TOTAL);
  await expect.poll(() => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height), 'resize.js set the height').not.toBe(900);
});

test('Jekyll: the include, rendered by Liquid in Jekyll mode with the usage line, shows the wizard', async ({ page }) => {
  const { path, include, usage } = readme.jekyll();
  const site = mkdtempSync(`${tmpdir()}/cm-jekyll-`);
  mkdirSync(`${site}/_includes`);
  writeFileSync(`${site}/${path}`, readme.hostedAt(include, HOME));
  const html = await new Liquid({ root: site, partials: `${site}/_includes`, jekyllInclude: true }).parseAndRender(usage);
  expect(html).toContain('<coordination-models view="wizard">');
  const url = fixtureUrl('readme-jekyll.html');
  await servePage(page, url, page_('', html));
  await page.goto(url);
  await expectWizard(page.locator('coordination-models'));
});

test('Docusaurus: the config\'s script and the MDX element survive client-side navigation', async ({ page }) => {
  const { config, page: element } = readme.docusaurus();
  const { scripts } = await importConfig(readme.hostedAt(config, HOME), 'docusaurus.config.mjs');
  expect(scripts).toEqual([{ src: `${HOME}embed.js`, type: 'module' }]);
  // Docusaurus writes each `scripts` entry as a <script> tag with those attributes into every page's head.
  const head = scripts.map((s) => `<script ${Object.entries(s).map(([k, v]) => `${k}="${v}"`).join(' ')}></script>`).join('');
  const url = fixtureUrl('readme-docusaurus.html');
  const problems = recordProblems(page);
  await servePage(page, url, page_(head, element));
  await page.goto(url);
  await expectWizard(page.locator('coordination-models'));
  await navigateInAndOut(page, element);
  expect(problems.consoleErrors).toEqual([]);
});

test('VitePress: the config\'s head script and custom-element rule, and the page element, survive navigation', async ({ page }) => {
  const { config, page: element } = readme.vitepress();
  const { head, vue } = await importConfig(readme.hostedAt(config, HOME), 'config.mjs');
  expect(head).toEqual([['script', { type: 'module', src: `${HOME}embed.js` }]]);
  const isCustomElement = vue.template.compilerOptions.isCustomElement;
  expect(isCustomElement('coordination-models'), 'Vue leaves the tag to the browser').toBe(true);
  expect(isCustomElement('Badge'), 'and only that tag').toBe(false);
  const tags = head.map(([tag, attrs]) => `<${tag} ${Object.entries(attrs).map(([k, v]) => `${k}="${v}"`).join(' ')}></${tag}>`).join('');
  const url = fixtureUrl('readme-vitepress.html');
  const problems = recordProblems(page);
  await servePage(page, url, page_(tags, element));
  await page.goto(url);
  await expectWizard(page.locator('coordination-models'));
  await navigateInAndOut(page, element);
  expect(problems.consoleErrors).toEqual([]);
});

test('Astro: the markup (is:inline script) survives view transitions that run its script again', async ({ page }) => {
  const { markup } = readme.astro();
  // Astro writes an is:inline script as it is, without the directive.
  const html = readme.hostedAt(markup, HOME).replace(' is:inline', '');
  expect(html).not.toContain('is:inline');
  const url = fixtureUrl('readme-astro.html');
  const wasm = [];
  page.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(r.url()));
  const problems = recordProblems(page);
  await servePage(page, url, page_('', html));
  await page.goto(url);
  await expectWizard(page.locator('coordination-models'));
  await navigateInAndOut(page, html, { rerunScripts: true });
  expect(wasm, 'the app was loaded once').toHaveLength(1);
  expect(problems.consoleErrors).toEqual([]);
});
