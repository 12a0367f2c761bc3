// Issue "advice a leader can trust": the wizard's new questions, answered by keyboard alone: a second symptom, whether
// the work is already a priority, a crisis that keeps coming back, how settled the organisation is, whether the teams
// have the seniority and time to act, and whether specialists can be hired into teams. The results show where each
// reason comes from.
import { test, expect } from '@playwright/test';
import { PROBLEM_PROMPT, openApp, press, results, tabTo, topNames, widget } from './helpers.mjs';

/** Answers the current question by keyboard: Tab to the wanted checkbox and Space, or into the radio group and arrows. */
async function answer(page, prompt, label) {
  const group = widget(page).getByRole('group', { name: prompt });
  await expect(group).toBeVisible();
  const box = group.getByRole('checkbox', { name: label, exact: true });
  if (await box.count()) {
    await tabTo(page, box, 20);
    await press(page, 'Space');
    await expect(box).toBeChecked();
    return;
  }
  const radios = group.getByRole('radio');
  const labels = await Promise.all((await radios.all()).map(async (r) => (await r.evaluate((el) => el.closest('label').innerText)).trim()));
  const target = labels.indexOf(label);
  expect(target, `answer "${label}" among ${labels.join(' | ')}`).toBeGreaterThanOrEqual(0);
  await tabTo(page, radios.first(), 15);
  await press(page, 'Space');
  for (let k = 0; k < target; k++) await press(page, 'ArrowDown');
  await expect(group.getByRole('radio', { name: label, exact: true })).toBeChecked();
}

async function startWizard(page) {
  await openApp(page);
  const wizardTab = page.getByRole('button', { name: 'Help me choose' });
  await tabTo(page, wizardTab);
  await press(page, 'Enter');
  await expect(wizardTab).toHaveAttribute('aria-pressed', 'true');
}

test('two symptoms, then priority, a recurring crisis, a young org and capable teams, all by keyboard', async ({ page }) => {
  await startWizard(page);
  await answer(page, PROBLEM_PROMPT, 'A team keeps waiting on, or being blocked by, other teams\' work');
  await answer(page, PROBLEM_PROMPT, 'A serious problem cuts across several teams and has to be fixed now');
  // Two is the limit: a third symptom cannot be ticked, and the question says so.
  const problem = widget(page).getByRole('group', { name: PROBLEM_PROMPT });
  await expect(problem.getByRole('checkbox', { name: 'Information isn\'t reaching the people who need it', exact: true })).toBeDisabled();
  await expect(problem).toContainText('You can pick up to two. To change one, untick it first.');
  await press(page, 'Enter');

  await answer(page, 'Is the work already an agreed priority for every team that has to take part?', 'No, it competes with each team\'s own roadmap');
  await press(page, 'Enter');
  await answer(page, 'How long will the need last?', 'It keeps coming back: we pull a crisis team together again and again');
  await press(page, 'Enter');
  await answer(page, 'How many teams are involved?', 'Several teams, but not the whole organisation');
  await press(page, 'Enter');
  await answer(page, 'Can you change reporting lines?', 'Yes: we can merge teams, or have every role on a team report to its lead');
  await press(page, 'Enter');
  // Asked only because a reorganisation is possible.
  await answer(page, 'How settled is the way your organisation is structured?', 'New or still small: teams and reporting lines are being set up now');
  await press(page, 'Enter');
  await answer(page, 'Seen from the group that needs the work done: who could do it?', 'We could make the change in their area ourselves, if they agreed');
  await press(page, 'Enter');
  // Asked only because the teams would do the work themselves.
  await answer(page, 'Do the teams that would do the work have the seniority and the time for it?', 'Yes, they are experienced and can make room');
  await press(page, 'Enter');
  await answer(page, 'How closely do the people involved need to work together?', 'They need to do real work together, day to day');
  await press(page, 'Enter');

  const heading = results(page).getByRole('heading', { level: 2, name: 'Your best-fitting models' });
  await expect(heading).toBeFocused();
  await expect(page).toHaveURL(/a=problem\.dependency,problem\.urgent,priority\.no,duration\.recurring,teams\.several,reorg\.merge,stage\.new,work\.their-code,capacity\.yes,context\.joint&step=results/);
  await expect(results(page).getByRole('definition').filter({ hasText: 'A team keeps waiting on, or being blocked by, other teams\' work; and A serious problem cuts across several teams' })).toBeVisible();
  const top = await topNames(page);
  expect(top).toHaveLength(3);
  expect(top, 'a recurring crisis is no case for yet another task force').not.toContain('Task force');
  expect(top).not.toContain('Tiger team');

  // The ranking says whose it is, and every reason carries a source mark that the source list explains.
  await expect(results(page).getByText(/^Ranked by our own weights, which we derived from Rubick's writing/)).toBeVisible();
  const firstReasons = results(page).getByRole('article').first().getByRole('listitem');
  await expect(firstReasons.first()).toContainText(/^\+\d .+(\d+|[a-z]|ours)/);
  await expect(firstReasons.first().locator('sup')).toHaveText(/^(\d+|[a-z]|ours)(,(\d+|[a-z]|ours))*$/);
  const sources = results(page).getByRole('list').filter({ has: page.getByText(/^Jade Rubick, /) });
  await expect(sources.getByRole('listitem').first()).toHaveText(/^1 Jade Rubick, “/);
  await expect(sources.getByRole('listitem').filter({ hasText: /^ours Our reading/ })).toHaveCount(1);
});

test('specialists who cannot be hired into the teams point to embedding, by keyboard', async ({ page }) => {
  await startWizard(page);
  await answer(page, PROBLEM_PROMPT, 'Many teams need a little of a scarce specialist skill (security, design, infrastructure)');
  await press(page, 'Enter');
  await answer(page, 'How long will the need last?', 'It\'s part of how we work, with no end in sight');
  await press(page, 'Enter');
  await answer(page, 'How many teams are involved?', 'Several teams, but not the whole organisation');
  await press(page, 'Enter');
  await answer(page, 'Can you change reporting lines?', 'We can lend people to other teams for a while, but reporting lines stay');
  await press(page, 'Enter');
  await answer(page, 'Seen from the group that needs the work done: who could do it?', 'Not sure / doesn\'t apply');
  await press(page, 'Enter');
  await answer(page, 'How should the specialist group grow, and where can its people sit?', 'Every team should have its own, but they have to stay in a central group (we can\'t hire them into teams)');
  await press(page, 'Enter');
  await answer(page, 'How closely do the people involved need to work together?', 'They need to do real work together, day to day');
  await press(page, 'Enter');
  await expect(results(page).getByRole('heading', { level: 2, name: 'Your best-fitting models' })).toBeFocused();
  const top = await topNames(page);
  expect(top[0]).toBe('Embedded');
  expect(top).not.toContain('Service provider');
  // The reason for it names Rubick's own case for embedding.
  await expect(results(page).getByRole('article').first()).toContainText('when you may not hire the specialist into your own group');
});
