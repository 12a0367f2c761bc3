//! `cargo xtask serve` (set up, build, serve the release) and `cargo xtask static DIR PORT` (serve a folder).

use std::path::Path;

use crate::release::build_release;
use crate::setup::setup;
#[cfg(not(unix))]
use crate::util::run;
use crate::util::{Result, cmd, project_root};

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

/// Serves a folder on 127.0.0.1 until stopped, with `xtask/static-server.mjs` (sirv from npm): correct MIME types,
/// nothing outside the folder, a folder's index.html, and `Cache-Control: no-cache`.
pub fn static_server(dir: &Path, port: u16) -> Result {
    if !dir.is_dir() {
        return Err(format!("{}: not a folder", dir.display()));
    }
    let script = project_root().join("xtask/static-server.mjs");
    let mut node = cmd("node");
    node.arg(script).arg(dir).arg(port.to_string());
    // The server replaces this process, so whoever started `cargo xtask static` (Playwright, the benchmark) stops
    // the server itself when it stops that process.
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt as _;
        let e = node.exec();
        Err(format!("cannot start node: {e}"))
    }
    #[cfg(not(unix))]
    run(&mut node)
}
