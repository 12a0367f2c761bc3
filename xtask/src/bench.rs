//! `cargo xtask bench`: the release's sizes and its timings in headless Chromium.

use crate::release::build_release;
use crate::util::{Result, cmd, run, step};

/// Builds the release, then runs `tests/bench/bench.mjs`, which writes bench-results/latest.json.
pub fn bench() -> Result {
    build_release()?;
    step("Benchmark (sizes and timings in headless Chromium)");
    run(cmd("node").arg("tests/bench/bench.mjs"))
}
