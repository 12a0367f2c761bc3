// Issue "catalogue": a card expands in place, and a related-model link opens the other card.
import { test, expect } from '@playwright/test';
import { card, openApp } from './helpers.mjs';

test('opening Liaison shows its details; a related link opens that card', async ({ page }) => {
  await openApp(page);
  const liaison = card(page, 'Liaison');
  const toggle = liaison.getByRole('button', { name: 'Show details for Liaison' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(liaison.getByRole('heading', { name: 'When to use it' })).toHaveCount(0);

  await toggle.click();
  await expect(liaison.getByRole('button', { name: /details for Liaison/ })).toHaveAttribute('aria-expanded', 'true');
  await expect(liaison.getByRole('heading', { name: 'When to use it' })).toBeVisible();
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
  await expect(other.getByRole('button', { name: new RegExp(`details for ${otherName}$`) })).toHaveAttribute('aria-expanded', 'true');
  await expect(other.getByRole('heading', { name: 'When to use it' })).toBeVisible();
  await expect(other.getByRole('heading', { level: 3, name: otherName })).toBeFocused();
  await expect(other.getByRole('heading', { level: 3, name: otherName })).toBeInViewport();
  // Only one card is open at a time.
  await expect(liaison.getByRole('button', { name: 'Show details for Liaison' })).toHaveAttribute('aria-expanded', 'false');
  expect(new URL(page.url()).hash).toContain(`open=${otherId}`);
});
