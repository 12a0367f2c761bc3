//! Project commands: `cargo xtask setup | serve | test | bench | release | size | evidence | post-build | static | repro`.
//!
//! `setup` installs only what is missing or at the wrong version; `serve` and `test` run it first.

mod bench;
mod post_build;
mod release;
mod repro;
mod serve;
mod setup;
mod short_names;
mod test;
mod util;
mod wasm_parts;

use std::path::Path;
use std::process::ExitCode;

use serve::DEFAULT_PORT;

const USAGE: &str = "usage: cargo xtask <command>

  setup            install what is missing (wasm target, Trunk, wasm-bindgen-cli, npm tools, Chromium)
  serve            set up, build the release and serve it on http://127.0.0.1:8080/ (--port N)
  test             set up and run every test: unit, component (wasm, headless Chromium), reproducibility,
                   end-to-end (--no-setup skips the set-up)
  bench            build the release and print its sizes (per file, per part of the wasm) and timings
  release          build the release into dist/ (paths remapped, as CI builds it)
  size             build the release and print only where the wasm's bytes go (no browser)
  evidence         write docs/evidence.md: each statement in Rubick's name beside the passage it rests on
  repro            check that the release is reproducible and names no path of this machine
                   (--full: a whole second build; --no-remap: without the path remapping, to see it fail)
  post-build       Trunk hook: external loader, pre-rendered catalogue, minified JS and CSS, service worker
  static DIR PORT  serve a folder on 127.0.0.1";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::env::set_current_dir(util::project_root()).expect("project root exists");
    let result = match args.first().map(String::as_str) {
        Some("setup") => setup::setup(),
        Some("serve") => serve::serve(&args[1..]),
        Some("test") => test::test(&args[1..]),
        Some("bench") => bench::bench(),
        Some("release") => release::build_release(),
        Some("size") => release::build_release().and_then(|()| wasm_parts::wasm_parts().map(drop)),
        Some("repro") => repro::repro(&args[1..], false),
        Some("evidence") => util::run(util::cmd("cargo").args([
            "run",
            "-q",
            "-p",
            "catalogue-compiler",
            "--bin",
            "evidence-table",
        ])),
        Some("post-build") => post_build::post_build(),
        Some("static") => {
            let dir = args.get(1).map_or("dist", String::as_str);
            let port = args
                .get(2)
                .and_then(|p| p.parse().ok())
                .unwrap_or(DEFAULT_PORT);
            serve::static_server(Path::new(dir), port)
        }
        _ => {
            eprintln!("{USAGE}");
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
