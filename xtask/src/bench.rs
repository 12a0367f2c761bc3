//! `cargo xtask bench`: the release's sizes (per file, per part of the wasm, per page load) and its timings.

use crate::release::{Paths, build_release};
use crate::util::{Result, cmd, run, step};
use crate::wasm_parts::wasm_parts;

/// Builds the release, prints where the wasm's bytes go, then runs `tests/bench/bench.mjs`, which measures the
/// rest and writes bench-results/latest.json (with the size report under `wasm_parts`).
pub fn bench() -> Result {
    build_release()?;
    let report = wasm_parts()?;
    let paths = Paths::of_this_checkout();
    let json = paths.target.join("wasm-parts.json");
    let text = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
    std::fs::write(&json, text).map_err(|e| format!("{}: {e}", json.display()))?;

    step("Benchmark (sizes and timings in headless Chromium)");
    let mut node = cmd("node");
    node.arg("tests/bench/bench.mjs")
        .env("CM_WASM_PARTS", &json);
    // bench.mjs builds bench.html with Trunk: the same wasm flags, so the shared crates are not rebuilt.
    paths.apply(&mut node)?;
    run(&mut node)
}
