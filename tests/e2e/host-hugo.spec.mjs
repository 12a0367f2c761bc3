// Issue #11: a blog built by Debian's Hugo, whose post uses the documented shortcode with the documented usage line
// exactly as docs/embedding.md prints them (tests/hosts/build-sites.mjs reads both from there), shows the working
// widget from the copy of the release inside the site; the usage line is not printed as text.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { recordProblems, requestsDone, repoRoot } from './helpers.mjs';
import { SITES_ORIGIN, expectSiteBuilt, firstAnswer } from './host-helpers.mjs';
import { hugo } from '../hosts/readme.mjs';

test('a Hugo post with the documented shortcode shows the working wizard', async ({ page, request }) => {
  await expectSiteBuilt(request, 'hugo');
  const { usage } = hugo();
  const post = readFileSync(`${repoRoot}target/e2e-hosts/src/hugo/content/posts/choosing-a-coordination-model.md`, 'utf8');
  expect(post.split('\n'), 'the post calls the shortcode with the documented line').toContain(usage);

  const problems = recordProblems(page);
  await page.goto(`${SITES_ORIGIN}/hugo/`);
  await page.getByRole('link', { name: 'Choosing a coordination model' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Choosing a coordination model' })).toBeVisible();
  await expect(page.locator('body'), 'no shortcode printed as text').not.toContainText('coordination-models view=');
  await expect(page.locator('body')).not.toContainText('{{');

  const widget = page.locator('coordination-models');
  await expect(widget).toHaveCount(1);
  await expect(widget.getByRole('heading', { level: 2, name: 'Coordination models' })).toBeVisible();
  await expect(widget.getByRole('button', { name: 'Help me choose' })).toHaveAttribute('aria-pressed', 'true');
  const status = widget.getByRole('region', { name: 'Decision wizard' }).getByRole('status');
  await expect(status).toHaveText(/^Question 1 of \d+$/);
  await firstAnswer(widget).check();
  await widget.getByRole('button', { name: 'Next' }).click();
  await expect(status).toHaveText(/^Question 2 of \d+$/);
  await expect(page.getByText('A paragraph after the widget')).toBeVisible();

  await requestsDone(problems);
  expect(problems.requests.filter((u) => u.endsWith('.wasm')), 'the wasm, from the copy inside the site')
    .toEqual([expect.stringMatching(new RegExp(`^${SITES_ORIGIN.replace(/[.]/g, '\\.')}/hugo/coordination-models/[^/]+\\.wasm$`))]);
  expect(problems.consoleErrors, 'console errors').toEqual([]);
  expect(problems.failed, 'failed requests').toEqual([]);
});
