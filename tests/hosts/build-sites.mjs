// Builds the real host sites of the end-to-end tests, each with the release build (dist/) self-hosted inside it
// and the snippets of docs/embedding.md pasted in exactly as it prints them (readme.mjs):
//   hugo/    a blog built by Debian's hugo; its post calls the Hugo shortcode with the documented usage line;
//   mkdocs/  a handbook built by MkDocs Material with navigation.instant (client-side navigation), from
//            .tools/mkdocs (a virtual environment `cargo xtask setup` makes); the documented mkdocs.yml lines and
//            page line.
// Sources: tests/hosts/<name>/ (copied to target/e2e-hosts/src/<name>/); sites: target/e2e-hosts/site/<name>/.
// A site that cannot be built gets a BUILD-FAILED.txt saying why, so its specs fail with that reason.
//
// `node tests/hosts/build-sites.mjs` builds; with a port (`... 4175`) it then serves target/e2e-hosts/site on
// 127.0.0.1 (Playwright starts it so, once per test run).
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as readme from './readme.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = `${root}target/e2e-hosts/`;
// The sites' own address (Hugo's baseURL, MkDocs' site_url): instant navigation only works on the origin the site
// was built for. The port the sites are served on: the command's argument, else the test servers' layout.
const PORT = process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2]
  ? Number(process.argv[2])
  : Number(process.env.E2E_PORT || 4173) + 2;
const ORIGIN = `http://127.0.0.1:${PORT}`;

/** Copies tests/hosts/<name> to a fresh build folder, with dist/ at `<into>/coordination-models/`. */
function prepare(name, into) {
  const src = `${out}src/${name}/`;
  rmSync(src, { recursive: true, force: true });
  cpSync(`${root}tests/hosts/${name}/`, src, { recursive: true });
  if (!existsSync(`${root}dist/embed.js`)) throw new Error('dist/ has no release build: run `cargo xtask test` (or trunk build --release)');
  cpSync(`${root}dist/`, `${src}${into}/coordination-models/`, { recursive: true });
  return src;
}

/** Replaces a marker line of a source file. */
function fill(file, marker, text) {
  const before = readFileSync(file, 'utf8');
  if (!before.includes(marker)) throw new Error(`${file}: no ${marker}`);
  writeFileSync(file, before.replace(marker, text));
}

function buildHugo(site) {
  const src = prepare('hugo', 'static');
  const { path, shortcode, usage } = readme.hugo();
  mkdirSync(`${src}${path.slice(0, path.lastIndexOf('/'))}`, { recursive: true });
  writeFileSync(`${src}${path}`, readme.hostedAt(shortcode, '/hugo/coordination-models/') + '\n');
  fill(`${src}content/posts/choosing-a-coordination-model.md`, 'SNIPPET-HUGO-USAGE', usage);
  execFileSync('hugo', ['--source', src, '--destination', site, '--baseURL', `${ORIGIN}/hugo/`, '--quiet'], { stdio: ['ignore', 'inherit', 'inherit'] });
}

function buildMkdocs(site) {
  const mkdocs = `${root}.tools/mkdocs/bin/mkdocs`;
  if (!existsSync(mkdocs)) throw new Error(`${mkdocs} is missing: run \`cargo xtask setup\``);
  const src = prepare('mkdocs', 'docs');
  const { config, page } = readme.mkdocs();
  // The documented lines, with the address of the copy inside the site (relative to docs/, as MkDocs wants).
  const yml = readFileSync(`${src}mkdocs.yml`, 'utf8').replace(/^site_url: .*$/m, `site_url: ${ORIGIN}/mkdocs/`);
  writeFileSync(`${src}mkdocs.yml`, `${yml}${readme.hostedAt(config, 'coordination-models/')}\n`);
  fill(`${src}docs/coordination.md`, 'SNIPPET-MKDOCS-PAGE', page);
  execFileSync(mkdocs, ['build', '--quiet', '--config-file', `${src}mkdocs.yml`, '--site-dir', site], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NO_MKDOCS_2_WARNING: '1' },
  });
}

/** The strict-CSP host page (tests/hosts/csp), naming the origin of the release build it embeds (two ports down). */
function buildCsp(site) {
  const widget = `http://127.0.0.1:${PORT - 2}`;
  const page = readFileSync(`${root}tests/hosts/csp/index.html`, 'utf8').replaceAll('http://127.0.0.1:4173', widget);
  writeFileSync(`${site}index.html`, page);
}

/** Builds every site; returns { name: null | error message }. */
export function buildSites() {
  const results = {};
  for (const [name, build] of [['hugo', buildHugo], ['mkdocs', buildMkdocs], ['csp', buildCsp]]) {
    const site = `${out}site/${name}/`;
    rmSync(site, { recursive: true, force: true });
    mkdirSync(site, { recursive: true });
    const started = Date.now();
    try {
      build(site);
      results[name] = null;
      console.log(`host site ${name}: built in ${Date.now() - started} ms`);
    } catch (e) {
      results[name] = String(e.message ?? e);
      writeFileSync(`${site}BUILD-FAILED.txt`, `${results[name]}\n`);
      console.error(`host site ${name}: NOT built: ${results[name]}`);
    }
  }
  const list = Object.entries(results).map(([n, e]) => `<li><a href="${n}/">${n}</a>${e ? ' (not built)' : ''}</li>`).join('');
  writeFileSync(`${out}site/index.html`, `<!doctype html><title>Host sites</title><ul>${list}</ul>\n`);
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildSites();
  const port = process.argv[2];
  if (port) {
    const server = spawn(process.execPath, [`${root}xtask/static-server.mjs`, `${out}site`, port], { stdio: 'inherit' });
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
    server.on('exit', (code) => process.exit(code ?? 0));
  }
}
