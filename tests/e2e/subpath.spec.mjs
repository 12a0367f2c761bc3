// Issue "embed/offline": the build works from a sub-path (/dist/) of a static host, with every request under that host.
import { test, expect } from '@playwright/test';
import { ROOT_ORIGIN, SUBPATH_URL, expectCardsThenWizard, recordProblems, requestsDone, resultsIn, widget } from './helpers.mjs';

test('the build under /dist/ of the project-root server shows 27 cards and runs the wizard, requesting only files under /dist/', async ({ page }) => {
  const problems = recordProblems(page);
  await page.goto(SUBPATH_URL);
  await expectCardsThenWizard(page);
  // The shared link points back at the page under its sub-path.
  const share = resultsIn(widget(page)).getByRole('link', { name: /^http/ });
  await expect(share).toHaveAttribute('href', new RegExp(`^${SUBPATH_URL.replace(/[.]/g, '\\.')}#view=wizard&a=`));
  await expect(page).toHaveURL(new RegExp(`^${SUBPATH_URL.replace(/[.]/g, '\\.')}#view=wizard&`));

  await requestsDone(problems);
  expect(problems.failed, 'failed requests').toEqual([]);
  expect(problems.consoleErrors, 'console errors').toEqual([]);
  expect(problems.requests.length).toBeGreaterThan(3);
  expect(problems.requests.filter((u) => !u.startsWith(ROOT_ORIGIN + '/')), 'requests to other origins').toEqual([]);
  expect(problems.requests.filter((u) => !u.startsWith(SUBPATH_URL)), 'requests outside /dist/').toEqual([]);
});
