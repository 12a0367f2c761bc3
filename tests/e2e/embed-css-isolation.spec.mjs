// Issue "embed/offline": the host page's aggressive CSS does not reach the widget, and the widget's CSS does not reach the host.
import { test, expect } from '@playwright/test';
import { BLOG_POST_URL, cardsIn, luminance, detailsToggle } from './helpers.mjs';

const HOST_RED = 'rgb(120, 20, 20)';
const HOTPINK = 'rgb(255, 105, 180)';

const style = (locator, ...props) => locator.evaluate((el, names) => {
  const cs = getComputedStyle(el);
  return Object.fromEntries(names.map((n) => [n, cs[n]]));
}, props);

test('host and widget styles stay apart; the wizard embed is dark with the custom accent', async ({ page }) => {
  await page.goto(BLOG_POST_URL);
  const cardsEmbed = page.locator('#embed-cards');
  const wizardEmbed = page.locator('#embed-wizard');
  await expect(cardsIn(cardsEmbed)).toHaveCount(17);
  await expect(wizardEmbed.getByRole('checkbox').first()).toBeVisible();

  // The widget did not restyle the host page.
  for (const id of ['#before', '#between', '#after-scripts']) {
    expect(await style(page.locator(id), 'color', 'fontSize'), `host paragraph ${id}`).toEqual({ color: HOST_RED, fontSize: '19px' });
  }
  expect(await style(page.getByRole('heading', { level: 1, name: 'How should our teams work together?' }), 'fontFamily')).toEqual({ fontFamily: 'Georgia, serif' });

  // The host did not restyle the widget: paragraphs, buttons and h3 headings inside keep the widget's own look.
  const liaison = cardsIn(cardsEmbed).filter({ has: page.getByRole('heading', { level: 3, name: 'Liaison', exact: true }) });
  const summary = liaison.getByRole('paragraph').filter({ hasNotText: /^(Team|Cross-team|Temporary|Permanent)/ }).last();
  await expect(summary).toBeVisible();
  const p = await style(summary, 'color', 'fontSize');
  expect(p.color, 'card paragraph colour').not.toBe(HOST_RED);
  expect(p.fontSize, 'card paragraph size').not.toBe('19px');
  for (const button of [
    detailsToggle(liaison),
    cardsEmbed.getByRole('button', { name: 'Help me choose' }),
    wizardEmbed.getByRole('button', { name: 'Next' }),
  ]) {
    const b = await style(button, 'backgroundColor');
    expect(b.backgroundColor, `background of ${button}`).not.toBe(HOTPINK);
  }
  const h3 = await style(liaison.getByRole('heading', { level: 3 }), 'textTransform', 'color');
  expect(h3.textTransform, 'card heading text-transform').toBe('none');
  expect(h3.color, 'card heading colour').not.toBe('rgb(128, 0, 128)');
  await expect(liaison.getByRole('heading', { level: 3 })).toHaveText('Liaison');

  // The wizard embed: data-theme="dark" gives a dark root with light text, data-accent="#b5179e" colours the primary button.
  const root = wizardEmbed.locator('.cm-root');
  const colours = await style(root, 'backgroundColor', 'color');
  expect(luminance(colours.backgroundColor), `wizard embed background ${colours.backgroundColor}`).toBeLessThan(0.1);
  expect(luminance(colours.color), `wizard embed text ${colours.color}`).toBeGreaterThan(0.5);
  const next = await style(wizardEmbed.getByRole('button', { name: 'Next' }), 'backgroundColor');
  expect(next.backgroundColor, 'primary button background = data-accent').toBe('rgb(181, 23, 158)');

  // The cards embed keeps the default (light here) theme and accent: the two instances do not share settings.
  const cardsRoot = await style(cardsEmbed.locator('.cm-root'), 'backgroundColor');
  expect(luminance(cardsRoot.backgroundColor), `cards embed background ${cardsRoot.backgroundColor}`).toBeGreaterThan(0.5);
  const tab = await style(cardsEmbed.getByRole('button', { name: 'Browse all models' }), 'backgroundColor');
  expect(tab.backgroundColor).not.toBe('rgb(181, 23, 158)');
});
