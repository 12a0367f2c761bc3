// Issue #11: a host's own type scale does not resize the widget. MkDocs Material sets its root font size to 125 %
// and more, so a widget sized in rem would draw its headings, buttons and spacing a quarter larger there than on
// its own page; the widget's text and controls must measure the same in the handbook as on the static page.
import { test, expect } from '@playwright/test';
import { SITES_ORIGIN, expectSiteBuilt } from './host-helpers.mjs';

/** Font size, height and left padding, in px, of the wizard's first question and its "Help me choose" switch. */
async function measures(root) {
  const box = async (locator) => locator.evaluate((el) => {
    const s = getComputedStyle(el);
    return { font: s.fontSize, height: Math.round(el.getBoundingClientRect().height), padding: s.paddingLeft };
  });
  // The wizard's first question, by name: on the static page the pre-rendered catalogue (with its own filter groups)
  // stands until the app draws the wizard, and measuring one of those groups raced the app replacing it.
  const question = root.getByRole('group', { name: 'What problem are you trying to solve?' }).locator('legend');
  await expect(question).toBeVisible();
  return { question: await box(question), switch: await box(root.getByRole('button', { name: 'Help me choose' })) };
}

test('the widget measures the same in MkDocs Material (root font 125 %) as on its own page', async ({ page, request }) => {
  await expectSiteBuilt(request, 'mkdocs');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${SITES_ORIGIN}/mkdocs/coordination/`);
  const rootFont = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  expect(rootFont, 'MkDocs Material enlarges the root font, or this test proves nothing').toBeGreaterThan(16);
  const inHost = await measures(page.locator('coordination-models'));

  await page.goto('/#view=wizard');
  const own = await measures(page.locator('[data-coordination-models]'));
  expect(inHost).toEqual(own);
});
