// Issue "embed": if the widget cannot start, each embed says so in its own box; the host page is untouched.
import { test, expect } from '@playwright/test';
import { BLOG_POST_URL } from './helpers.mjs';

test('when the wasm cannot load, each embed shows a short message and the post still reads', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(BLOG_POST_URL);
  for (const id of ['#embed-cards', '#embed-wizard']) {
    await expect(page.locator(id).getByRole('alert')).toHaveText(/could not be loaded here/);
  }
  await expect(page.locator('#before')).toBeVisible();
  await expect(page.locator('#after')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How should our teams work together?');
});

test('on the static page a load failure keeps the pre-rendered models readable', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('/');
  await expect(page.getByRole('alert')).toHaveText(/could not be loaded here/);
  await expect(page.getByRole('article')).toHaveCount(27);
});
