// Static file server for `cargo xtask static DIR PORT` (and `cargo xtask serve`): sirv (npm) on 127.0.0.1.
// sirv maps URLs to files (never outside DIR), sets the Content-Type from the extension (mrmime: .wasm is
// application/wasm, .webmanifest application/manifest+json, .mjs text/javascript) and serves a folder's
// index.html. Dev mode reads the disk on every request (a rebuilt dist/ is seen at once) and, with ETags, sends
// `Cache-Control: no-cache`. Added here: a folder asked for without its trailing slash is redirected to it, so
// the page's relative URLs resolve inside the folder; and files may be used from another origin (CORS). A file
// with a precompressed sibling (`x.br`, `x.gz`) is sent compressed to a browser that accepts it, as real hosts
// send the build: `cargo xtask bench` serves such a copy (dist/ itself has no siblings, so it goes out as is).
import { createServer } from 'node:http';
import { statSync } from 'node:fs';
import { resolve, join, normalize, sep } from 'node:path';
import sirv from 'sirv';

const [dirArg = 'dist', portArg = '8080'] = process.argv.slice(2);
const root = resolve(dirArg);
const port = Number(portArg);
// Access-Control-Allow-Origin: a page on another origin may load the build as a script embed (as the README asks
// of a real host), which needs CORS for the module scripts and the wasm.
const files = sirv(root, {
  dev: true,
  etag: true,
  brotli: true,
  gzip: true,
  setHeaders: (res) => res.setHeader('Access-Control-Allow-Origin', '*'),
});

/** Whether a URL path (not ending in '/') names a folder inside the root. */
function isFolder(pathname) {
  let decoded = pathname;
  try {
    decoded = decodeURI(pathname);
  } catch {
    return false;
  }
  const abs = normalize(join(root, decoded));
  if (abs !== root && !abs.startsWith(root + sep)) return false;
  try {
    return statSync(abs).isDirectory();
  } catch {
    return false;
  }
}

const server = createServer((req, res) => {
  const q = req.url.indexOf('?');
  const pathname = q < 0 ? req.url : req.url.slice(0, q);
  if (!pathname.endsWith('/') && isFolder(pathname)) {
    // One leading slash, so the target is always a path on this server.
    const location = `/${pathname.replace(/^[/\\]+/, '')}/${q < 0 ? '' : req.url.slice(q)}`;
    res.writeHead(301, { Location: location, 'Content-Length': 0, 'Cache-Control': 'no-cache' });
    res.end();
    return;
  }
  files(req, res, () => {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
    res.end('not found');
  });
});
server.on('error', (e) => {
  console.error(`cannot listen on 127.0.0.1:${port}: ${e.message}`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`\nServing ${root} at http://127.0.0.1:${port}/  (Ctrl-C stops)`);
});
