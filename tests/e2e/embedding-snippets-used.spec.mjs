// Issue 21: a snippet in the docs that no test builds is a defect. Every code block of docs/embedding.md is handed
// to a test by tests/hosts/readme.mjs (which the host sites and readme-snippets.spec.mjs read the snippets from),
// every accessor there is called by a test, and the README prints each of its snippets exactly as
// docs/embedding.md does, so the README's are tested too. The one code block of the README that is not a snippet
// is its two commands (`sh`), which .ci/run runs.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { EMBEDDING_MD, SNIPPETS, codeBlocks } from '../hosts/readme.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every string a snippet accessor returns (a snippet, or the fields of one: shortcode, usage line, config...). */
const handedOut = Object.entries(SNIPPETS).flatMap(([name, accessor]) => {
  const r = accessor();
  return (typeof r === 'string' ? [r] : Object.values(r)).map((text) => ({ name, text }));
});

test('every code block of docs/embedding.md is a snippet the tests take', () => {
  const blocks = codeBlocks(EMBEDDING_MD);
  expect(blocks.length, 'docs/embedding.md has its snippets').toBeGreaterThanOrEqual(8);
  const unused = blocks
    .filter((b) => !handedOut.some((h) => h.text === b.body))
    .map((b) => `${EMBEDDING_MD}:${b.line} (\`\`\`${b.lang}): no accessor of tests/hosts/readme.mjs returns it, so no test builds it`);
  expect(unused).toEqual([]);
});

test('every snippet accessor is called by a spec or by the host sites\' build', () => {
  const users = [
    ...readdirSync(`${root}tests/e2e`).filter((f) => f.endsWith('.spec.mjs') && f !== 'embedding-snippets-used.spec.mjs').map((f) => `tests/e2e/${f}`),
    'tests/hosts/build-sites.mjs',
  ].map((path) => ({ path, text: readFileSync(`${root}${path}`, 'utf8') }))
    .filter((f) => f.text.includes('hosts/readme.mjs') || f.text.includes("from './readme.mjs'"));
  const uncalled = Object.keys(SNIPPETS).filter((name) => !users.some((f) => new RegExp(`\\b${name}\\(`).test(f.text)));
  expect(uncalled, `called by none of ${users.map((f) => f.path).join(', ')}`).toEqual([]);
});

test('the README prints each snippet exactly as docs/embedding.md does', () => {
  const doc = codeBlocks(EMBEDDING_MD).map((b) => b.body);
  const readme = codeBlocks('README.md').filter((b) => b.lang !== 'sh');
  expect(readme.length, 'the README shows the script embed and the iframe').toBeGreaterThanOrEqual(2);
  const differing = readme.filter((b) => !doc.includes(b.body)).map((b) => `README.md:${b.line} (\`\`\`${b.lang}) is in no code block of ${EMBEDDING_MD}`);
  expect(differing).toEqual([]);
});
