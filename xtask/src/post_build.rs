//! `cargo xtask post-build`, the Trunk hook: external loader, pre-rendered catalogue, minified JS and CSS, the
//! single-file build and the service worker.

use std::path::{Path, PathBuf};
use std::process::Command;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;

use crate::util::{Result, project_root, run};

fn find_between<'a>(s: &'a str, start: &str, end: &str) -> Option<(usize, &'a str)> {
    let i = s.find(start)? + start.len();
    let j = s[i..].find(end)?;
    Some((i, &s[i..i + j]))
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, contents: impl AsRef<[u8]>) -> Result {
    std::fs::write(path, contents).map_err(|e| format!("{}: {e}", path.display()))
}

/// Replaces Trunk's inline loader (which a strict CSP forbids) with `embed.js`, and writes the service worker.
pub fn post_build() -> Result {
    let staging = PathBuf::from(
        std::env::var("TRUNK_STAGING_DIR").map_err(|_| "run by Trunk as a post_build hook")?,
    );
    let html_path = staging.join("index.html");
    let mut html = read(&html_path)?;
    // First, as it renames the stylesheet in the page: what is found below is found in the page as it will stay.
    let trunk_css =
        find_between(&html, "<link rel=\"stylesheet\" href=\"./", "\"").map(|(_, c)| c.to_string());
    let css = match trunk_css {
        Some(trunk_css) => Some(bundle_css(&staging, &mut html, &trunk_css)?),
        None => None,
    };
    let open = "<script type=\"module\">";
    let start = html
        .find(open)
        .ok_or("Trunk's loader script not found in index.html")?;
    let end = start
        + html[start..]
            .find("</script>")
            .ok_or("unterminated loader script")?
        + "</script>".len();
    let loader = html[start..end].to_string();
    let (_, js) = find_between(&loader, "from './", "'").ok_or("loader: no JS import")?;
    let (_, wasm) =
        find_between(&loader, "module_or_path: './", "'").ok_or("loader: no wasm path")?;
    minify_js(&staging.join(js))?;
    shorten_imports(&staging, js, wasm)?;
    if bench_page() {
        // bench.html (synthetic data, `cargo xtask bench`): the same minified files, started by Trunk's loader;
        // its wasm is the `bench` binary, which has no embed, pre-rendered copy, single file or service worker.
        println!("post-build: bench page, JS and CSS minified");
        return Ok(());
    }
    let template = read(&project_root().join("static/embed-template.js"))?;
    let embed = template
        .replace("__JS__", js)
        .replace("__WASM__", wasm)
        .replace("__CSS__", css.as_deref().unwrap_or(""));
    write(&staging.join("embed.js"), embed)?;
    minify_js(&staging.join("embed.js"))?;
    html.replace_range(
        start..end,
        "<script type=\"module\" src=\"./embed.js\"></script>",
    );
    // No early request for the wasm: the pre-rendered catalogue paints first on HTML and CSS alone, and
    // `embed.js` asks for the wasm once that paint is recorded, so the two never compete for bandwidth.
    remove_tags(&mut html, "<link rel=\"preload\"");
    prerender_into(&mut html)?;
    write(&html_path, &html)?;

    write_single_file(&staging, &html, js, wasm, css.as_deref())?;
    let precached = write_service_worker(&staging)?;
    println!("post-build: embed.js loads {js}; sw.js precaches {precached} files");
    Ok(())
}

/// Gives the wasm's imports from its JS glue, and the exports the glue reads, short names in both files (see
/// `short_names`), in release builds.
fn shorten_imports(staging: &Path, js: &str, wasm: &str) -> Result {
    if !release() {
        return Ok(());
    }
    let glue = read(&staging.join(js))?;
    let key_end = glue
        .find("_bg.js\":")
        .ok_or("glue: no import object keyed by its module (\"./…_bg.js\":)")?;
    let key_start = glue[..key_end]
        .rfind('"')
        .ok_or("glue: unquoted module key")?
        + 1;
    let module = glue[key_start..key_end + "_bg.js".len()].to_string();
    let wasm_path = staging.join(wasm);
    let bytes = std::fs::read(&wasm_path).map_err(|e| format!("{}: {e}", wasm_path.display()))?;
    let (bytes, glue, renamed) = crate::short_names::shorten(&bytes, &glue, &module)?;
    write(&wasm_path, bytes)?;
    write(&staging.join(js), glue)?;
    println!(
        "post-build: {renamed} names of imports from {module} and exports read by it shortened"
    );
    Ok(())
}

/// Writes `sw.js`, which precaches every file of this build; the cache name changes with any byte. Returns the
/// number of precached URLs.
fn write_service_worker(staging: &Path) -> Result<usize> {
    let mut files: Vec<String> = std::fs::read_dir(staging)
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n != "sw.js" && !n.starts_with('.') && n != "coordination-models.html")
        .collect();
    files.sort();
    let mut hash = FNV_START;
    for f in &files {
        let bytes = std::fs::read(staging.join(f)).map_err(|e| e.to_string())?;
        hash = fnv(hash, f.bytes().chain(bytes));
    }
    let list: Vec<String> = std::iter::once("'./'".to_string())
        .chain(files.iter().map(|f| format!("'./{f}'")))
        .collect();
    let sw = read(&project_root().join("static/sw-template.js"))?
        .replace("__VERSION__", &format!("{hash:016x}"))
        .replace("__FILES__", &list.join(",\n  "));
    write(&staging.join("sw.js"), sw)?;
    Ok(list.len())
}

/// Removes every tag that starts with `prefix` (up to its closing `>`).
fn remove_tags(html: &mut String, prefix: &str) {
    while let Some(i) = html.find(prefix) {
        let end = html[i..].find('>').map_or(html.len(), |j| i + j + 1);
        html.replace_range(i..end, "");
    }
}

/// Whether Trunk is building bench.html rather than the app's index.html.
fn bench_page() -> bool {
    std::env::var("TRUNK_HTML_FILE").is_ok_and(|f| f.ends_with("bench.html"))
}

/// Whether Trunk is making a release build (the hook minifies only then).
fn release() -> bool {
    std::env::var("TRUNK_PROFILE").as_deref() == Ok("release")
}

/// Minifies a JS file in place with terser (from npm), in release builds.
fn minify_js(path: &Path) -> Result {
    if !release() {
        return Ok(());
    }
    let terser = project_root().join("node_modules/terser/bin/terser");
    let file = path.display().to_string();
    run(Command::new("node").arg(terser).args([
        &file,
        "--module",
        "--compress",
        "--mangle",
        "--output",
        &file,
    ]))
}

/// The lightningcss binary from npm (`lightningcss-cli`). The platform package's binary is used directly, so the
/// build does not depend on the CLI package's install script having copied it into place.
fn lightningcss() -> Result<PathBuf> {
    let modules = project_root().join("node_modules");
    let entries = std::fs::read_dir(&modules).map_err(|e| format!("{}: {e}", modules.display()))?;
    entries
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("lightningcss-cli-")
        })
        .map(|e| e.path().join("lightningcss"))
        .find(|p| p.is_file())
        .ok_or_else(|| "lightningcss is not installed: run `cargo xtask setup`".to_string())
}

/// The FNV-1a offset basis: where [`fnv`] starts.
const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a over `bytes`, continuing from `hash`: a stable content hash for cache names (not for security).
fn fnv(mut hash: u64, bytes: impl IntoIterator<Item = u8>) -> u64 {
    for b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x100_0000_01b3);
    }
    hash
}

/// Bundles `static/style.css` and the files it `@import`s into one stylesheet with lightningcss (minified in
/// release builds; no browser targets, so no syntax is lowered and no prefixes are added). Trunk copied only the
/// entry file and named it by that file's hash, which would not change when an imported file does; so the bundle
/// replaces Trunk's copy under a name hashed from its own bytes, and the page's link follows. Returns that name.
fn bundle_css(staging: &Path, html: &mut String, trunk_css: &str) -> Result<String> {
    let entry = project_root().join("static/style.css");
    let bundled = staging.join(".style-bundled.css");
    let mut command = Command::new(lightningcss()?);
    command.arg("--bundle");
    if release() {
        command.arg("--minify");
    }
    run(command.arg(&entry).arg("--output-file").arg(&bundled))?;
    let bytes = std::fs::read(&bundled).map_err(|e| format!("{}: {e}", bundled.display()))?;
    let name = format!("style-{:016x}.css", fnv(FNV_START, bytes.iter().copied()));
    std::fs::remove_file(staging.join(trunk_css)).map_err(|e| format!("{trunk_css}: {e}"))?;
    std::fs::rename(&bundled, staging.join(&name)).map_err(|e| format!("{name}: {e}"))?;
    *html = html.replace(&format!("./{trunk_css}"), &format!("./{name}"));
    Ok(name)
}

/// Replaces the static page's "Loading…" placeholder with the catalogue rendered by Yew on the server side,
/// so readers without JavaScript (and search engines) see all models.
fn prerender_into(html: &mut String) -> Result {
    let placeholder = "<p class=\"cm-loading\">Loading the coordination models…</p>";
    let Some(at) = html.find(placeholder) else {
        return Ok(());
    };
    let out = Command::new("cargo")
        .args([
            "run",
            "--quiet",
            "--offline",
            "--features",
            "ssr",
            "--bin",
            "prerender",
        ])
        .output()
        .map_err(|e| format!("cannot run the pre-renderer: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "pre-renderer failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let rendered = link_targets(&String::from_utf8(out.stdout).map_err(|e| e.to_string())?);
    let note = "<noscript><p class=\"cm-noscript\">Search, filters and the wizard need JavaScript; \
                every model is listed below.</p></noscript>";
    html.replace_range(at..at + placeholder.len(), &format!("{note}{rendered}"));
    Ok(())
}

/// Gives each card of the pre-rendered copy the id that links to it name (`#open=<model id>`), so that without
/// JavaScript such a link (a related model in a card's details) scrolls to the card. The app, once started,
/// handles these links itself.
fn link_targets(rendered: &str) -> String {
    let mut out = String::with_capacity(rendered.len() + 2048);
    let mut rest = rendered;
    while let Some(at) = rest.find("<article ") {
        let end = rest[at..].find('>').map_or(rest.len(), |e| at + e);
        let tag = &rest[at..end];
        out.push_str(&rest[..at + "<article ".len()]);
        if let Some((_, id)) = find_between(tag, "data-model=\"", "\"")
            && !tag.contains(" id=\"")
        {
            out.push_str(&format!("id=\"open={id}\" "));
        }
        rest = &rest[at + "<article ".len()..];
    }
    out.push_str(rest);
    out
}

/// Writes `coordination-models.html`: one self-contained file (wasm, JS, CSS inlined) that works from `file://`.
fn write_single_file(
    staging: &Path,
    html: &str,
    js: &str,
    wasm: &str,
    css: Option<&str>,
) -> Result {
    let glue = read(&staging.join(js))?;
    let export_at = glue.rfind("export").ok_or("glue: no export statement")?;
    let exports = &glue[export_at..];
    let init_name = exports
        .trim_start_matches("export")
        .trim_matches(|c: char| c == '{' || c == '}' || c == ';' || c.is_whitespace())
        .split(',')
        .find_map(|part| part.trim().strip_suffix(" as default").map(str::trim))
        .ok_or("glue: no default export")?
        .to_string();
    // The glue's other exports (`mount`, ...) are `export function` declarations, which stay in scope.
    if !glue.contains("export function mount(") {
        return Err("glue: no `export function mount(`".into());
    }
    let glue = glue[..export_at].replace("import.meta.url", "location.href");
    let wasm_bytes = std::fs::read(staging.join(wasm)).map_err(|e| e.to_string())?;
    let wasm_b64 = BASE64.encode(wasm_bytes);
    let css_text = match css {
        Some(c) => read(&staging.join(c))?,
        None => String::new(),
    };
    let css_url = format!(
        "data:text/css;base64,{}",
        BASE64.encode(css_text.as_bytes())
    );
    let mut page = html.to_string();
    // Without JavaScript the page hides the app's controls with a stylesheet linked in <noscript>; inline it.
    let noscript_link = "<noscript><link rel=\"stylesheet\" href=\"./noscript.css\"></noscript>";
    if page.contains(noscript_link) {
        let noscript_css = read(&staging.join("noscript.css"))?;
        page = page.replace(
            noscript_link,
            &format!("<noscript><style>{noscript_css}</style></noscript>"),
        );
    }
    for prefix in [
        "<meta http-equiv=\"Content-Security-Policy\"",
        "<meta name=\"coordination-models-offline\"",
        "<link rel=\"manifest\"",
        "<link rel=\"modulepreload\"",
        "<link rel=\"preload\"",
        "<link rel=\"stylesheet\"",
        "<link rel=\"icon\"",
    ] {
        remove_tags(&mut page, prefix);
    }
    let head_end = page.find("</head>").ok_or("index.html: no </head>")?;
    page.insert_str(head_end, &format!("<style>{css_text}</style>\n"));
    let script = format!(
        "<script type=\"module\">\n{glue}\nconst bytes = Uint8Array.from(atob('{wasm_b64}'), (c) => c.charCodeAt(0));\n\
         await {init_name}({{ module_or_path: bytes }});\n\
         for (const el of document.querySelectorAll('[data-coordination-models]')) {{ el.setAttribute('data-cm-css', '{css_url}'); mount(el); }}\n</script>"
    );
    let tag = "<script type=\"module\" src=\"./embed.js\"></script>";
    let at = page.find(tag).ok_or("index.html: no embed.js script")?;
    page.replace_range(at..at + tag.len(), "");
    let body_end = page.rfind("</body>").ok_or("index.html: no </body>")?;
    page.insert_str(body_end, &script);
    write(&staging.join("coordination-models.html"), page)
}

#[cfg(test)]
mod tests {
    use super::link_targets;

    #[test]
    fn cards_get_the_ids_that_links_to_them_name() {
        assert_eq!(
            link_targets(
                r#"<div><article class="cm-card" data-model="liaison"><p>x</p></article><article data-model="a" id="b"></article><p>article </p></div>"#
            ),
            r#"<div><article id="open=liaison" class="cm-card" data-model="liaison"><p>x</p></article><article data-model="a" id="b"></article><p>article </p></div>"#
        );
    }
}
