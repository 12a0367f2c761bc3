//! Project commands: `cargo xtask setup | serve | test | bench | post-build | static`.
//!
//! `setup` installs only what is missing or at the wrong version; `serve` and `test` run it first.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

const TRUNK_VERSION: &str = "0.21.14";
const DEFAULT_PORT: u16 = 8080;

type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = project_root();
    std::env::set_current_dir(&root).expect("project root exists");
    let result = match args.first().map(String::as_str) {
        Some("setup") => setup(),
        Some("serve") => serve(&args[1..]),
        Some("test") => test(&args[1..]),
        Some("bench") => bench(),
        Some("post-build") => post_build(),
        Some("static") => {
            let dir = args.get(1).map_or("dist", String::as_str);
            let port = args
                .get(2)
                .and_then(|p| p.parse().ok())
                .unwrap_or(DEFAULT_PORT);
            static_server(Path::new(dir), port)
        }
        _ => {
            eprintln!(
                "usage: cargo xtask <command>\n\n  setup       install what is missing (wasm target, Trunk, wasm-bindgen-cli, npm tools, Chromium)\n  serve       set up, build the release and serve it on http://127.0.0.1:{DEFAULT_PORT}/ (--port N)\n  test        set up and run every test: unit, component (wasm, headless Chromium), end-to-end\n  bench       build the release and print its sizes and load/filter timings\n  post-build  Trunk hook: external loader, service worker, precache list\n  static DIR PORT  serve a folder on 127.0.0.1"
            );
            Err("unknown command".into())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn project_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest
        .parent()
        .expect("xtask lives in the project")
        .to_path_buf()
}

fn step(msg: &str) {
    println!("\n==> {msg}");
}

/// Runs a command, failing with its name if it does not succeed.
fn run(cmd: &mut Command) -> Result {
    let shown = format!("{cmd:?}");
    let status = cmd
        .status()
        .map_err(|e| format!("cannot start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// PATH with the project's npm tools (wasm-opt) and cargo's bin dir first.
fn tool_path() -> String {
    let root = project_root();
    let mut parts = vec![root.join("node_modules/.bin").display().to_string()];
    if let Some(home) = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
    {
        parts.push(home.join("bin").display().to_string());
    }
    parts.push(std::env::var("PATH").unwrap_or_default());
    parts.join(":")
}

fn cmd(program: &str) -> Command {
    let mut c = Command::new(program);
    c.env("PATH", tool_path());
    c
}

fn lockfile_version(package: &str) -> Result<String> {
    let lock = std::fs::read_to_string("Cargo.lock").map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == format!("name = \"{package}\"")
            && let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \""))
        {
            return Ok(v.trim_end_matches('"').to_string());
        }
    }
    Err(format!("{package} is not in Cargo.lock"))
}

fn setup() -> Result {
    let started = Instant::now();
    step("Rust target wasm32-unknown-unknown");
    let targets =
        output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if targets.lines().any(|l| l == "wasm32-unknown-unknown") {
        println!("present");
    } else {
        run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }

    step(format!("Trunk {TRUNK_VERSION}").as_str());
    let trunk = output(cmd("trunk").arg("--version")).unwrap_or_default();
    if trunk == format!("trunk {TRUNK_VERSION}") {
        println!("present");
    } else {
        println!("installing with cargo (about 20 minutes on 2 cores, once)");
        if run(cmd("cargo").args(["install", "--locked", "trunk", "--version", TRUNK_VERSION]))
            .is_err()
        {
            run(cmd("cargo").args(["install", "trunk", "--version", TRUNK_VERSION]))?;
        }
    }

    let bindgen = lockfile_version("wasm-bindgen")?;
    step(format!("wasm-bindgen-cli {bindgen} (must equal Cargo.lock)").as_str());
    let have = output(cmd("wasm-bindgen").arg("--version")).unwrap_or_default();
    if have == format!("wasm-bindgen {bindgen}") {
        println!("present");
    } else {
        println!(
            "installing with cargo (about 9 minutes on 2 cores, once); not --locked: a locked dependency is missing from the registry"
        );
        run(cmd("cargo").args([
            "install",
            "wasm-bindgen-cli",
            "--version",
            &bindgen,
            "--force",
        ]))?;
    }

    step("npm tools: binaryen (wasm-opt) and Playwright, from package-lock.json");
    let wasm_opt = output(cmd("wasm-opt").arg("--version")).unwrap_or_default();
    let playwright = ["@playwright/test", "axe-core", "lighthouse"]
        .iter()
        .all(|p| {
            Path::new("node_modules")
                .join(p)
                .join("package.json")
                .exists()
        });
    if wasm_opt.contains("version 132") && playwright {
        println!("present");
    } else {
        run(cmd("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"))?;
    }

    step("Chromium and ChromeDriver (Debian packages)");
    if Path::new("/usr/bin/chromium").exists() && Path::new("/usr/bin/chromedriver").exists() {
        println!("present");
    } else if output(Command::new("id").arg("-u")).as_deref() == Some("0") {
        run(Command::new("apt-get").args(["update", "-qq"]))?;
        run(Command::new("apt-get")
            .args([
                "install",
                "-y",
                "-qq",
                "--no-install-recommends",
                "chromium",
                "chromium-driver",
            ])
            .env("DEBIAN_FRONTEND", "noninteractive"))?;
    } else {
        return Err(
            "Chromium is missing: run `sudo apt-get install chromium chromium-driver`".into(),
        );
    }

    step("Crates (so the offline build finds them)");
    run(cmd("cargo").args(["fetch", "--locked"]))?;
    println!("\nset-up done in {:.0?}", started.elapsed());
    Ok(())
}

fn build_release() -> Result {
    step("Release build (trunk build --release --offline)");
    run(cmd("trunk").args(["build", "--release", "--offline"]))
}

fn serve(args: &[String]) -> Result {
    let port = args
        .iter()
        .position(|a| a == "--port")
        .and_then(|i| args.get(i + 1))
        .and_then(|p| p.parse().ok())
        .unwrap_or(DEFAULT_PORT);
    setup()?;
    build_release()?;
    static_server(Path::new("dist"), port)
}

fn test(args: &[String]) -> Result {
    let started = Instant::now();
    let skip_setup = args.iter().any(|a| a == "--no-setup");
    if !skip_setup {
        setup()?;
    }
    step("Unit and scenario tests (cargo test, native)");
    run(cmd("cargo").args(["test", "--workspace", "--locked"]))?;

    step("Component tests (wasm-bindgen-test in headless Chromium)");
    run(cmd("cargo")
        .args([
            "test",
            "--locked",
            "--target",
            "wasm32-unknown-unknown",
            "--test",
            "components",
        ])
        .env("CHROMEDRIVER", "/usr/bin/chromedriver")
        .env("WASM_BINDGEN_TEST_TIMEOUT", "120")
        .env(
            "WASM_BINDGEN_TEST_WEBDRIVER_JSON",
            project_root().join("tests/webdriver.json"),
        ))?;

    build_release()?;
    step("End-to-end tests (Playwright driving /usr/bin/chromium against dist/ on 127.0.0.1)");
    run(cmd("npx")
        .args(["playwright", "test"])
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"))?;
    println!("\nall tests passed in {:.0?}", started.elapsed());
    Ok(())
}

fn bench() -> Result {
    build_release()?;
    step("Benchmark (sizes and timings in headless Chromium)");
    run(cmd("node").arg("tests/bench/bench.mjs"))
}

// ---------------------------------------------------------------------------------------------
// Trunk post_build hook

fn find_between<'a>(s: &'a str, start: &str, end: &str) -> Option<(usize, &'a str)> {
    let i = s.find(start)? + start.len();
    let j = s[i..].find(end)?;
    Some((i, &s[i..i + j]))
}

/// Replaces Trunk's inline loader (which a strict CSP forbids) with `embed.js`, and writes the service worker.
fn post_build() -> Result {
    let staging = PathBuf::from(
        std::env::var("TRUNK_STAGING_DIR").map_err(|_| "run by Trunk as a post_build hook")?,
    );
    let html_path = staging.join("index.html");
    let mut html = std::fs::read_to_string(&html_path).map_err(|e| e.to_string())?;
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
    let css =
        find_between(&html, "<link rel=\"stylesheet\" href=\"./", "\"").map(|(_, c)| c.to_string());
    minify_js(&staging.join(js))?;
    if let Some(css) = &css
        && release()
    {
        let path = staging.join(css);
        let text = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
        std::fs::write(&path, minify_css(&text)).map_err(|e| e.to_string())?;
    }
    let template = std::fs::read_to_string(project_root().join("static/embed-template.js"))
        .map_err(|e| e.to_string())?;
    let embed = template
        .replace("__JS__", js)
        .replace("__WASM__", wasm)
        .replace("__CSS__", css.as_deref().unwrap_or(""));
    std::fs::write(staging.join("embed.js"), embed).map_err(|e| e.to_string())?;
    minify_js(&staging.join("embed.js"))?;
    html.replace_range(
        start..end,
        "<script type=\"module\" src=\"./embed.js\"></script>",
    );
    // No early request for the wasm: the pre-rendered catalogue paints first on HTML and CSS alone, and
    // `embed.js` asks for the wasm once that paint is recorded, so the two never compete for bandwidth.
    remove_tags(&mut html, "<link rel=\"preload\"");
    prerender_into(&mut html)?;
    std::fs::write(&html_path, &html).map_err(|e| e.to_string())?;

    write_single_file(&staging, &html, js, wasm, css.as_deref())?;

    // Service worker: precache every file of this build; the cache name changes with any byte.
    let mut files: Vec<String> = std::fs::read_dir(&staging)
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n != "sw.js" && !n.starts_with('.') && n != "coordination-models.html")
        .collect();
    files.sort();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for f in &files {
        let bytes = std::fs::read(staging.join(f)).map_err(|e| e.to_string())?;
        for b in f.bytes().chain(bytes) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x100_0000_01b3);
        }
    }
    let list: Vec<String> = std::iter::once("'./'".to_string())
        .chain(files.iter().map(|f| format!("'./{f}'")))
        .collect();
    let sw_template = std::fs::read_to_string(project_root().join("static/sw-template.js"))
        .map_err(|e| e.to_string())?;
    let sw = sw_template
        .replace("__VERSION__", &format!("{hash:016x}"))
        .replace("__FILES__", &list.join(",\n  "));
    std::fs::write(staging.join("sw.js"), sw).map_err(|e| e.to_string())?;
    println!(
        "post-build: embed.js loads {js}; sw.js precaches {} files",
        files.len() + 1
    );
    Ok(())
}

fn base64(bytes: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, b)| acc | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(T[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Removes every tag that starts with `prefix` (up to its closing `>`).
fn remove_tags(html: &mut String, prefix: &str) {
    while let Some(i) = html.find(prefix) {
        let end = html[i..].find('>').map_or(html.len(), |j| i + j + 1);
        html.replace_range(i..end, "");
    }
}

/// Drops comments and the whitespace that carries no meaning from our stylesheet.
///
/// Enough for `static/style.css`, which has no `/*` or braces inside strings: whitespace runs become one
/// space, and spaces next to `{ } ; , >` and after `:` go (a space *before* `:` is a descendant selector
/// and stays).
fn minify_css(css: &str) -> String {
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(i) = rest.find("/*") {
        text.push_str(&rest[..i]);
        rest = rest[i..].find("*/").map_or("", |j| &rest[i + j + 2..]);
    }
    text.push_str(rest);
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        let glued = out.ends_with(['{', '}', ';', ',', '>', ':'])
            || word.starts_with(['{', '}', ';', ',', '>']);
        if !out.is_empty() && !glued {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.replace(";}", "}")
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
    let rendered = String::from_utf8(out.stdout).map_err(|e| e.to_string())?;
    let note = "<noscript><p class=\"cm-noscript\">Search, filters and the wizard need JavaScript; \
                every model is listed below.</p></noscript>";
    html.replace_range(at..at + placeholder.len(), &format!("{note}{rendered}"));
    Ok(())
}

/// Writes `coordination-models.html`: one self-contained file (wasm, JS, CSS inlined) that works from `file://`.
fn write_single_file(
    staging: &Path,
    html: &str,
    js: &str,
    wasm: &str,
    css: Option<&str>,
) -> Result {
    let glue = std::fs::read_to_string(staging.join(js)).map_err(|e| e.to_string())?;
    let export_at = glue.rfind("export").ok_or("glue: no export statement")?;
    let exports = &glue[export_at..];
    let init_name = exports
        .trim_start_matches("export")
        .trim_matches(|c: char| c == '{' || c == '}' || c == ';' || c.is_whitespace())
        .split(',')
        .find_map(|part| part.trim().strip_suffix(" as default").map(str::trim))
        .ok_or("glue: no default export")?
        .to_string();
    let glue = glue[..export_at].replace("import.meta.url", "location.href");
    let wasm_b64 = base64(&std::fs::read(staging.join(wasm)).map_err(|e| e.to_string())?);
    let css_text = match css {
        Some(c) => std::fs::read_to_string(staging.join(c)).map_err(|e| e.to_string())?,
        None => String::new(),
    };
    let css_url = format!("data:text/css;base64,{}", base64(css_text.as_bytes()));
    let mut page = html.to_string();
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
         for (const el of document.querySelectorAll('[data-coordination-models]')) el.setAttribute('data-cm-css', '{css_url}');\n\
         await {init_name}({{ module_or_path: bytes }});\n</script>"
    );
    let tag = "<script type=\"module\" src=\"./embed.js\"></script>";
    let at = page.find(tag).ok_or("index.html: no embed.js script")?;
    page.replace_range(at..at + tag.len(), "");
    let body_end = page.rfind("</body>").ok_or("index.html: no </body>")?;
    page.insert_str(body_end, &script);
    std::fs::write(staging.join("coordination-models.html"), page).map_err(|e| e.to_string())?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// A small static file server for the release build (127.0.0.1 only)

fn mime(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("json" | "webmanifest") => "application/manifest+json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("txt" | "md") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn respond(mut stream: TcpStream, root: &Path) {
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).map_or(true, |n| n == 0) || line == "\r\n" || line == "\n" {
            break;
        }
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let raw = parts.next().unwrap_or("/");
    let path = raw.split(['?', '#']).next().unwrap_or("/");
    let mut rel = PathBuf::new();
    for seg in path
        .split('/')
        .filter(|s| !s.is_empty() && *s != "." && *s != "..")
    {
        rel.push(seg);
    }
    let mut file = root.join(&rel);
    if file.is_dir() {
        if !path.ends_with('/') {
            let _ = write!(
                stream,
                "HTTP/1.1 301 Moved\r\nLocation: {path}/\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            );
            return;
        }
        file = file.join("index.html");
    }
    let (status, body, kind) = match std::fs::read(&file) {
        Ok(b) => ("200 OK", b, mime(&file)),
        Err(_) => (
            "404 Not Found",
            b"not found".to_vec(),
            "text/plain; charset=utf-8",
        ),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    if method != "HEAD" {
        let _ = stream.write_all(&body);
    }
    let _ = stream.flush();
    let mut sink = [0u8; 1];
    let _ = stream.set_read_timeout(Some(std::time::Duration::from_millis(10)));
    let _ = stream.read(&mut sink);
}

fn static_server(dir: &Path, port: u16) -> Result {
    let root = dir
        .canonicalize()
        .map_err(|e| format!("{}: {e}", dir.display()))?;
    let listener = TcpListener::bind(("127.0.0.1", port))
        .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
    println!(
        "\nServing {} at http://127.0.0.1:{port}/  (Ctrl-C stops)",
        root.display()
    );
    for stream in listener.incoming().flatten() {
        let root = root.clone();
        std::thread::spawn(move || respond(stream, &root));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::minify_css;

    #[test]
    fn css_minifier_keeps_meaning() {
        let css = "/* c */\n.a :focus,\n.b > .c {\n  font: 16px/1.5 \"Segoe UI\", Arial;\n  width: calc(100% - 2rem);\n}\n@media (max-width: 40rem) { .a { color: red; } }\n";
        assert_eq!(
            minify_css(css),
            ".a :focus,.b>.c{font:16px/1.5 \"Segoe UI\",Arial;width:calc(100% - 2rem)}@media (max-width:40rem){.a{color:red}}"
        );
    }
}
