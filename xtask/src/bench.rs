//! `cargo xtask bench`: the release's sizes and its timings in headless Chromium.

use crate::release::{Paths, build_release};
use crate::util::{Result, cmd, run, step};

/// Builds the release, then runs `tests/bench/bench.mjs`, which writes bench-results/latest.json.
pub fn bench() -> Result {
    build_release()?;
    step("Benchmark (sizes and timings in headless Chromium)");
    let mut node = cmd("node");
    node.arg("tests/bench/bench.mjs");
    // bench.mjs builds bench.html with Trunk: the same wasm flags, so the shared crates are not rebuilt.
    Paths::of_this_checkout().apply(&mut node)?;
    run(&mut node)
}
