// Issue "catalogue": a card expands in place (a native <details>), and a related-model link opens the other card.
import { test, expect } from '@playwright/test';
import { card, detailsToggle, expectDetailsOpen, openApp } from './helpers.mjs';

test('opening Liaison shows its details; a related link opens that card', async ({ page }) => {
  await openApp(page);
  const liaison = card(page, 'Liaison');
  const toggle = detailsToggle(liaison);
  await expect(toggle).toHaveText(/Show details/);
  await expectDetailsOpen(liaison, false);
  await expect(liaison.getByRole('heading', { name: 'When to use it' })).toBeHidden();

  await toggle.click();
  await expectDetailsOpen(liaison, true);
  await expect(toggle).toHaveText(/Hide details/);
  await expect(liaison.getByRole('heading', { name: 'When to use it' })).toBeVisible();
  await expect(liaison.getByRole('heading', { name: 'How to start' })).toBeVisible();
  await expect(liaison.getByRole('heading', { name: 'Related models' })).toBeVisible();
  await expect(page).toHaveURL(/#open=liaison$/);

  const related = liaison.getByRole('listitem').filter({ hasText: /^(Alternative to|Variation of|Has a variation|Pairs well with|Often evolves into|Often grows out of): / }).getByRole('link');
  await expect(related.first()).toBeVisible();
  const otherName = (await related.first().innerText()).trim();
  const href = await related.first().getAttribute('href');
  const otherId = href.replace(/^#open=/, '');
  expect(otherName).not.toBe('Liaison');

  await related.first().click();
  const other = card(page, otherName);
  await expectDetailsOpen(other, true);
  await expect(other.getByRole('heading', { name: 'When to use it' })).toBeVisible();
  await expect(other.getByRole('heading', { level: 3, name: otherName })).toBeFocused();
  await expect(other.getByRole('heading', { level: 3, name: otherName })).toBeInViewport();
  // Only one card is open at a time.
  await expectDetailsOpen(liaison, false);
  expect(new URL(page.url()).hash).toContain(`open=${otherId}`);
});
