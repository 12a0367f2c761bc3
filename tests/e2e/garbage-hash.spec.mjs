// Issue "catalogue": a link the widget cannot read shows a notice and the plain catalogue, never an error.
import { test, expect } from '@playwright/test';
import { TOTAL, cards, expectShowing, linkNotice, openApp } from './helpers.mjs';

function hugeHash() {
  const junk = 'q=%E2%9C%93&cat=zzz&open=..%2F..&a=problem.%%%&step=results&view=<script>&';
  let s = '';
  while (s.length < 5000) s += junk;
  return s.slice(0, 5000);
}

const links = [
  { name: 'unknown model and unreadable setting', hash: '#open=nope&zzz=%%%' },
  { name: 'a 5000-character hash', hash: '#' + hugeHash() },
];

for (const { name, hash } of links) {
  test(`garbage hash (${name}) shows the notice and all 27 cards`, async ({ page }) => {
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await openApp(page, hash);
    await expect(linkNotice(page)).toBeVisible();
    await expect(linkNotice(page)).toContainText('could not be used');
    await expect(cards(page)).toHaveCount(TOTAL);
    await expectShowing(page, TOTAL);
    await expect(page.getByRole('button', { name: 'Browse all models' })).toHaveAttribute('aria-pressed', 'true');
    await expect(cards(page).getByRole('button', { expanded: true })).toHaveCount(0);

    // The notice can be dismissed.
    await linkNotice(page).getByRole('button', { name: 'Dismiss' }).click();
    await expect(linkNotice(page)).toHaveCount(0);
    await expect(cards(page)).toHaveCount(TOTAL);
    expect(pageErrors).toEqual([]);
  });
}
