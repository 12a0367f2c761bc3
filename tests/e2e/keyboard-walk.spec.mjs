// One keyboard-only walk through the whole widget (Tab, Shift+Tab, typing, Space, Enter, Escape, and arrow keys inside
// radio groups): search, a filter, open and close a card, the wizard from the first question to the results.
// After every key the focus must be on a control inside the widget (never <body>) and show a visible indicator.
// Focus checks are soft, so one run lists every place where focus is lost or invisible; state checks are hard.
import { test, expect } from '@playwright/test';
import { card, cards, detailsToggle, expectDetailsOpen, expectShowing, expectVisibleFocus, facet, openApp, press, results, searchBox, tabTo, topNames, widget, OUTAGE_STEPS, PROBLEM_PROMPT, waitForLive } from './helpers.mjs';

/** Waits until the app itself has rendered into the widget's shadow root (not only a server-rendered copy). */
async function appReady(page) {
  await waitForLive(page);
}

const soft = { soft: true };

const steps = OUTAGE_STEPS;

/** Presses Shift+Tab (checking focus each time) until `locator` has focus. */
async function shiftTabTo(page, locator, max = 80) {
  for (let i = 0; i < max; i++) {
    await press(page, 'Shift+Tab', soft);
    if (await locator.evaluate((el) => el === el.getRootNode().activeElement)) return;
  }
  throw new Error(`Shift+Tab did not reach ${locator} within ${max} presses`);
}

/** True when `locator` is the focused element of its (shadow) root. */
function focused(locator) {
  return locator.evaluate((el) => el === el.getRootNode().activeElement);
}

test('keyboard only: search, filter, card open/close, wizard to results; focus always visible', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page);
  await appReady(page);

  // Search: Tab to the box and type.
  await tabTo(page, searchBox(page), 60, soft);
  for (const ch of 'embed') {
    await press(page, ch, soft);
  }
  await expect(searchBox(page)).toHaveValue('embed');
  await expect(searchBox(page)).toBeFocused();
  const embedded = card(page, 'Embedded');
  await expect(embedded).toHaveCount(1);

  // A filter checkbox, ticked with Space.
  const team = facet(page, 'Category', 'Team');
  await tabTo(page, team, 30, soft);
  await press(page, 'Space', soft);
  await expect(team).toBeChecked();
  await expect.soft(team, 'the checkbox keeps focus after Space').toBeFocused();
  await expectShowing(page, await cards(page).count());
  await expect(embedded).toHaveCount(1);

  // Open the card with Enter on its summary, move into its details, close it with Escape: focus returns to the summary.
  const toggle = detailsToggle(embedded);
  await tabTo(page, toggle, 30, soft);
  await press(page, 'Enter', soft);
  await expectDetailsOpen(embedded, true);
  await expect(embedded.getByRole('heading', { name: 'When to use it' })).toBeVisible();
  await press(page, 'Tab', soft);
  const inside = await embedded.evaluate((el) => el.contains(el.getRootNode().activeElement));
  expect.soft(inside, 'Tab after opening a card moves into that card').toBe(true);
  await press(page, 'Escape', soft);
  await expectDetailsOpen(embedded, false);
  await expect(embedded.getByRole('heading', { name: 'When to use it' })).toBeHidden();
  await expect.soft(toggle, 'Escape returns focus to the card\'s summary').toBeFocused({ timeout: 2000 });

  // Back up with Shift+Tab to the "Help me choose" tab, and open the wizard with Enter.
  const wizardTab = widget(page).getByRole('button', { name: 'Help me choose' });
  await shiftTabTo(page, wizardTab);
  await press(page, 'Enter', soft);
  await expect(wizardTab).toHaveAttribute('aria-pressed', 'true');

  for (const [i, [prompt, label]] of steps.entries()) {
    const group = widget(page).getByRole('group', { name: prompt });
    await expect(group, `question ${i + 1}`).toBeVisible();
    if (prompt === PROBLEM_PROMPT) {
      // Checkboxes (up to two symptoms): Tab to the wanted one, Space ticks it.
      const box = group.getByRole('checkbox', { name: label, exact: true });
      await tabTo(page, box, 20, soft);
      await press(page, 'Space', soft);
      await expect(box).toBeChecked();
      await press(page, 'Enter', soft);
      continue;
    }
    const radios = group.getByRole('radio');
    const labels = await Promise.all((await radios.all()).map(async (r) => (await r.evaluate((el) => el.closest('label').innerText)).trim()));
    const target = labels.indexOf(label);
    expect(target, `answer "${label}" among ${labels.join(' | ')}`).toBeGreaterThanOrEqual(0);

    // Into the group with Tab; Space picks the first answer, arrows move to the wanted one.
    await tabTo(page, radios.first(), 15, soft);
    await press(page, 'Space', soft);
    for (let k = 0; k < target; k++) await press(page, 'ArrowDown', soft);
    const chosen = group.getByRole('radio', { name: label, exact: true });
    await expect(chosen).toBeChecked();
    // Out of the group with Shift+Tab and back with Tab: the checked radio is the group's tab stop.
    await press(page, 'Shift+Tab', soft);
    expect.soft(await focused(chosen), `Shift+Tab leaves the radio group (question ${i + 1})`).toBe(false);
    await press(page, 'Tab', soft);
    await expect.soft(chosen, `Tab returns to the checked answer (question ${i + 1})`).toBeFocused();
    if (!(await focused(chosen))) await tabTo(page, chosen, 15, soft);
    await press(page, 'Enter', soft);
  }

  const heading = results(page).getByRole('heading', { level: 2, name: 'Your best-fitting models' });
  await expect(heading).toBeVisible();
  await expect.soft(heading, 'the results heading takes focus').toBeFocused();
  await expectVisibleFocus(page, soft);
  expect(await topNames(page)).toContain('Task force');
  await expect(page).toHaveURL(/step=results/);

  // Around the results: Tab to the first card link, then Shift+Tab back.
  const link = results(page).getByRole('link', { name: 'Open the Task force card' });
  await tabTo(page, link, 40, soft);
  await press(page, 'Shift+Tab', soft);
  await press(page, 'Tab', soft);
  await expect(link).toBeFocused();
});
