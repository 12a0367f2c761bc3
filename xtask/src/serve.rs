//! `cargo xtask serve` (set up, build, serve the release) and `cargo xtask static DIR PORT` (serve a folder).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};

use crate::release::build_release;
use crate::setup::setup;
use crate::util::Result;

/// The port `serve` and `static` use when none is given.
pub const DEFAULT_PORT: u16 = 8080;

/// Sets up, builds the release and serves `dist/` (`--port N` picks the port).
pub fn serve(args: &[String]) -> Result {
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
/// The Content-Type of a file, from its extension.
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

/// Answers one request: a file under `root` (never outside it), a redirect for a folder without its slash, or 404.
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

/// Serves a folder on 127.0.0.1 until stopped (a small static file server, one thread per connection).
pub fn static_server(dir: &Path, port: u16) -> Result {
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
