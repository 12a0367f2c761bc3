// Tooling: the test server (`cargo xtask static DIR PORT`, sirv from npm) behaves like a correct static host: the
// right MIME types (a browser refuses to stream-compile wasm sent as anything but application/wasm), nothing served
// from outside its folder, folders by their index.html, and `Cache-Control: no-cache` so every run sees the new build.
import net from 'node:net';
import { readdirSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { DIST_PORT, ROOT_ORIGIN, distDir } from './helpers.mjs';

const ROOT_PORT = Number(new URL(ROOT_ORIGIN).port);

/** One GET with the path sent exactly as given (a browser or fetch would resolve `..` and `%2e%2e` first). */
function rawGet(port, path) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
    });
    const chunks = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [head, ...rest] = text.split('\r\n\r\n');
      const [statusLine, ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
  });
}

test('built files are served with their MIME types and Cache-Control: no-cache', async ({ request }) => {
  const wasm = readdirSync(distDir).find((f) => f.endsWith('_bg.wasm'));
  const css = readdirSync(distDir).find((f) => f.endsWith('.css'));
  const expected = [
    [`http://127.0.0.1:${DIST_PORT}/`, 'text/html'],
    [`http://127.0.0.1:${DIST_PORT}/${wasm}`, 'application/wasm'],
    [`http://127.0.0.1:${DIST_PORT}/embed.js`, 'text/javascript'],
    [`http://127.0.0.1:${DIST_PORT}/${css}`, 'text/css'],
    [`http://127.0.0.1:${DIST_PORT}/manifest.webmanifest`, 'application/manifest+json'],
    [`http://127.0.0.1:${DIST_PORT}/icon.svg`, 'image/svg+xml'],
    [`${ROOT_ORIGIN}/playwright.config.mjs`, 'text/javascript'],
  ];
  for (const [url, type] of expected) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    expect(res.headers()['content-type'].split(';')[0], url).toBe(type);
    expect(res.headers()['cache-control'], url).toBe('no-cache');
  }
});

test('no request reaches a file outside the served folder, whatever the spelling of ".."', async () => {
  // Control: the project root's server does serve Cargo.toml, so the body check below would catch a leak.
  const control = await rawGet(ROOT_PORT, '/Cargo.toml');
  expect(control.status).toBe(200);
  expect(control.body).toContain('[workspace]');

  // dist/'s parent is the project root, where Cargo.toml is.
  const paths = ['/../Cargo.toml', '/%2e%2e/Cargo.toml', '/%2E%2E/Cargo.toml', '/..%2fCargo.toml', '/./../Cargo.toml', '/icon.svg/../../Cargo.toml', '/%2e%2e%2fCargo.toml', '/..\\Cargo.toml'];
  for (const path of paths) {
    const res = await rawGet(DIST_PORT, path);
    expect(res.status, path).toBeGreaterThanOrEqual(400);
    expect(res.body, path).not.toContain('[workspace]');
  }
});

test('a folder is redirected to its address with a slash, then served by its index.html', async () => {
  const bare = await rawGet(ROOT_PORT, '/dist');
  expect(bare.status).toBe(301);
  expect(bare.headers.location).toBe('/dist/');
  const withQuery = await rawGet(ROOT_PORT, '/dist?embed=1');
  expect(withQuery.headers.location).toBe('/dist/?embed=1');
  // Never a redirect to another host.
  expect((await rawGet(ROOT_PORT, '//dist')).headers.location).toBe('/dist/');

  const page = await rawGet(ROOT_PORT, '/dist/');
  expect(page.status).toBe(200);
  expect(page.headers['content-type']).toMatch(/^text\/html/);
  expect(page.body).toContain('<title>Coordination models');
});
