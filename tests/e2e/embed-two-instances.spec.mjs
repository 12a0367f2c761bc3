// Issue "embed/offline": two script embeds on one host page are independent, and neither writes to the host's URL.
import { test, expect } from '@playwright/test';
import { BLOG_POST_URL, cardsIn, detailsToggle, expectDetailsOpen } from './helpers.mjs';

const Q1 = 'What problem are you trying to solve?';
const A1 = 'A serious problem cuts across several teams and has to be fixed now';
const Q2 = 'Is the work already an agreed priority for every team that has to take part?';

test('the cards embed and the wizard embed render and do not affect each other or the host URL', async ({ page }) => {
  await page.goto(BLOG_POST_URL);
  const cardsEmbed = page.locator('#embed-cards');
  const wizardEmbed = page.locator('#embed-wizard');

  // The cards embed starts with data-filters="cat=team": only the 17 team models.
  await expect(cardsIn(cardsEmbed)).toHaveCount(17);
  await expect(cardsEmbed.getByRole('status').filter({ hasText: /^Showing / })).toHaveText('Showing 17 of 27 models');
  await expect(cardsEmbed.getByRole('group', { name: 'Category', exact: true }).getByRole('checkbox', { name: 'Team', exact: true })).toBeChecked();
  await expect(cardsEmbed.getByRole('button', { name: 'Browse all models' })).toHaveAttribute('aria-pressed', 'true');

  // The wizard embed starts on the first question: a group of checkboxes (up to two symptoms).
  await expect(wizardEmbed.getByRole('button', { name: 'Help me choose' })).toHaveAttribute('aria-pressed', 'true');
  const first = wizardEmbed.getByRole('group', { name: Q1 });
  await expect(first).toBeVisible();
  expect(await first.getByRole('checkbox').count()).toBeGreaterThan(1);
  await expect(first.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(wizardEmbed.getByRole('region', { name: 'Catalogue' })).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('');

  // Answering in the wizard embed leaves the cards embed as it was. The chosen answer stays on screen, checked,
  // until the reader presses Next (soft, so a wizard that jumps ahead on its own still lets the rest be checked).
  const choice = first.getByRole('checkbox', { name: A1, exact: true });
  await choice.click();
  await expect.soft(choice, 'the chosen answer stays shown and checked until Next').toBeChecked({ timeout: 2000 });
  await expect.soft(wizardEmbed.getByRole('status').filter({ hasText: /^Question / }), 'still on question 1 before Next').toHaveText(/^Question 1 of \d+$/, { timeout: 2000 });
  if (await first.isVisible()) await wizardEmbed.getByRole('button', { name: 'Next' }).click();
  await expect(wizardEmbed.getByRole('group', { name: Q2 })).toBeVisible();
  await expect(cardsIn(cardsEmbed)).toHaveCount(17);
  await expect(cardsEmbed.getByRole('button', { name: 'Browse all models' })).toHaveAttribute('aria-pressed', 'true');
  await expect(cardsEmbed.getByRole('group', { name: Q1 })).toHaveCount(0);
  expect(new URL(page.url()).hash, 'the wizard embed keeps its state out of the host URL').toBe('');

  // Searching in the cards embed leaves the wizard embed on its question.
  await cardsEmbed.getByRole('searchbox', { name: /Search/ }).fill('liaison');
  await expect(cardsEmbed.getByRole('status').filter({ hasText: /^Showing / })).toHaveText(/^Showing [1-9]\d* of 27 models$/);
  const shown = await cardsIn(cardsEmbed).count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(17);
  await expect(cardsIn(cardsEmbed).getByRole('heading', { level: 3, name: 'Liaison', exact: true })).toBeVisible();
  await expect(wizardEmbed.getByRole('group', { name: Q2 })).toBeVisible();
  await expect(wizardEmbed.getByRole('searchbox')).toHaveCount(0);
  await wizardEmbed.getByRole('button', { name: 'Back' }).click();
  await expect(wizardEmbed.getByRole('group', { name: Q1 }).getByRole('checkbox', { name: A1, exact: true })).toBeChecked();

  // Opening a card in the cards embed: still nothing in the host URL, and the host page's own address is unchanged.
  const liaisonCard = cardsIn(cardsEmbed).filter({ hasText: 'Liaison' }).first();
  await detailsToggle(liaisonCard).click();
  await expectDetailsOpen(liaisonCard, true);
  expect(new URL(page.url()).hash, 'the cards embed keeps its state out of the host URL').toBe('');
  expect(page.url()).toBe(BLOG_POST_URL);
});

test('embedded in a post, each widget title is an h2 under the post h1', async ({ page }) => {
  await page.goto(BLOG_POST_URL);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How should our teams work together?');
  for (const id of ['#embed-cards', '#embed-wizard']) {
    await expect(page.locator(id).getByRole('heading', { level: 2, name: 'Coordination models' })).toBeVisible();
  }
});
