// The embedding snippets, exactly as docs/embedding.md prints them (the README prints the script embed and the
// iframe again, identically: embedding-snippets-used.spec.mjs checks that, and that every code block of both is
// used by a test). The host sites (build-sites.mjs) and the end-to-end specs take the snippets from here, so the
// docs cannot drift from what the tests build and run.
import { readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** Where the snippets are printed. */
export const EMBEDDING_MD = 'docs/embedding.md';
const DOC = read(EMBEDDING_MD);

/** Where the snippets say the build is hosted; a test replaces it with where it hosts `dist/`. */
export const EXAMPLE_HOME = 'https://example.org/tools/coordination-models/';

/** A snippet with the example address replaced by `home` (ending in a slash). */
export const hostedAt = (snippet, home) => snippet.replaceAll(EXAMPLE_HOME, home);

/** The fenced code blocks (dedented) and the inline code spans of a piece of Markdown. */
function parts(text) {
  const blocks = [...text.matchAll(/^( *)```(\w*)\n([\s\S]*?)\n\1```$/gm)].map(([, indent, lang, body]) => ({
    lang,
    body: body.split('\n').map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l)).join('\n'),
  }));
  const inline = [...text.replace(/```[\s\S]*?```/g, '').matchAll(/`([^`\n]+)`/g)].map((m) => m[1]);
  return { blocks, inline };
}

/** The fenced code blocks of a Markdown file (e.g. README.md), each as { lang, body, line }. */
export function codeBlocks(path) {
  const text = read(path);
  return [...text.matchAll(/^( *)```(\w*)\n([\s\S]*?)\n\1```$/gm)].map((m) => ({
    ...parts(m[0]).blocks[0],
    line: text.slice(0, m.index).split('\n').length,
  }));
}

/** The bullet for a platform under "Snippets per platform" (`- **Hugo**: ...` up to the next bullet). */
function bullet(name) {
  const section = DOC.slice(DOC.indexOf('## Snippets per platform'));
  const start = section.indexOf(`\n- **${name}**`);
  if (start < 0) throw new Error(`${EMBEDDING_MD}: no "- **${name}**" bullet under "Snippets per platform"`);
  const rest = section.slice(start + 1);
  const end = rest.slice(1).search(/\n- \*\*|\n\n/);
  return parts(end < 0 ? rest : rest.slice(0, end + 1));
}

/** The paragraph starting with `**<lead>**` and the code after it, up to the next bold paragraph or heading. */
function paragraph(lead) {
  const start = DOC.indexOf(`**${lead}**`);
  if (start < 0) throw new Error(`${EMBEDDING_MD}: no paragraph "**${lead}**"`);
  const rest = DOC.slice(start);
  const end = rest.slice(1).search(/\n\*\*|\n#/);
  return parts(end < 0 ? rest : rest.slice(0, end + 1));
}

const one = (found, what) => {
  if (found === undefined) throw new Error(`${EMBEDDING_MD}: ${what} not found`);
  return found;
};
const element = (p, what) => one(p.inline.find((c) => c.startsWith('<coordination-models')), `${what}: the element line`);

/** Plain HTML: the script-embed snippet (element + module script). */
export const scriptEmbed = () => one(paragraph('2. Script embed.').blocks.find((b) => b.lang === 'html'), 'script embed').body;

/** The iframe snippet. */
export const iframe = () => one(paragraph('3. iframe.').blocks.find((b) => b.lang === 'html'), 'iframe snippet').body;

/** Hugo: the shortcode file's path and text, and the line that calls it in a post. */
export function hugo() {
  const p = bullet('Hugo');
  return {
    path: one(p.inline.find((c) => c.startsWith('layouts/')), 'Hugo: the shortcode path'),
    shortcode: one(p.blocks[0], 'Hugo: the shortcode').body,
    usage: one(p.inline.find((c) => c.startsWith('{{')), 'Hugo: the usage line'),
  };
}

/** Jekyll: the include file's path and text, and the line that includes it. */
export function jekyll() {
  const p = bullet('Jekyll');
  return {
    path: one(p.inline.find((c) => c.startsWith('_includes/')), 'Jekyll: the include path'),
    include: one(p.blocks[0], 'Jekyll: the include').body,
    usage: one(p.inline.find((c) => c.startsWith('{%')), 'Jekyll: the usage line'),
  };
}

/** MkDocs: the lines for mkdocs.yml and the element line for a page. */
export function mkdocs() {
  const p = bullet('MkDocs');
  return { config: one(p.blocks.find((b) => b.lang === 'yaml'), 'MkDocs: the mkdocs.yml lines').body, page: element(p, 'MkDocs') };
}

/** Docusaurus: docusaurus.config.js (an ES module) and the element line for an MDX page. */
export function docusaurus() {
  const p = bullet('Docusaurus');
  return { config: one(p.blocks.find((b) => b.lang === 'js'), 'Docusaurus: the config').body, page: element(p, 'Docusaurus') };
}

/** VitePress: .vitepress/config.mjs and the element line for a Markdown page. */
export function vitepress() {
  const p = bullet('VitePress');
  return { config: one(p.blocks.find((b) => b.lang === 'js'), 'VitePress: the config').body, page: element(p, 'VitePress') };
}

/** Astro: the markup for an .astro page or component. */
export function astro() {
  return { markup: one(bullet('Astro').blocks.find((b) => b.lang === 'astro'), 'Astro: the markup').body };
}

/**
 * Every snippet accessor above, by name: embedding-snippets-used.spec.mjs checks that each code block of
 * docs/embedding.md is returned by one of them and that each is called by a test.
 */
export const SNIPPETS = { scriptEmbed, iframe, hugo, jekyll, mkdocs, docusaurus, vitepress, astro };
