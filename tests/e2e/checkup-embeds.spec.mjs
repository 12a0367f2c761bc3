// Issue 20: the script element, a div and the iframe each open one model's check-up.
import { test, expect } from '@playwright/test';
import { SUBPATH_URL, waitForLive } from './helpers.mjs';
import { fixtureUrl, hostPage, servePage } from './host-helpers.mjs';
import { checkupIn } from './checkup-helpers.mjs';

test('embeds: the script element, a div and the iframe open one model\'s check-up', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  const url = fixtureUrl('part-checkup.html');
  await servePage(page, url, hostPage(
    '<p>How are our liaisons doing?</p><coordination-models id="a" view="checkup" model="liaison"></coordination-models>'
    + '<div data-coordination-models id="b" data-view="checkup" data-model="embedded"></div>'
    + `<iframe id="f" title="Check-up" src="${SUBPATH_URL}?view=checkup&model=rotation" style="width:600px;height:900px"></iframe>`,
  ));
  await page.goto(url);
  await waitForLive(page);
  await expect(checkupIn(page.locator('#a')).getByRole('heading', { level: 2 })).toHaveText('Check-up: Liaison');
  await expect(checkupIn(page.locator('#b')).getByRole('heading', { level: 2 })).toHaveText('Check-up: Embedded');
  const frame = page.frameLocator('#f');
  await expect(checkupIn(frame.locator('body')).getByRole('heading', { level: 2 })).toHaveText('Check-up: Rotation');
  // Answering in an embed keeps the host page's address (the embed keeps its state to itself).
  const a = checkupIn(page.locator('#a'));
  await a.getByRole('group').first().getByRole('radio', { name: 'Yes' }).check();
  await a.getByRole('button', { name: 'See the result' }).click();
  await expect(a.getByRole('heading', { level: 2 })).toHaveText(/^Liaison: /);
  expect(page.url()).toBe(url);
  expect(warnings).toEqual([]);
});
