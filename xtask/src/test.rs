//! `cargo xtask test`: every test (unit, component, end-to-end), the size budgets and the reproducibility check.

use std::time::Instant;

use crate::release::build_release;
use crate::setup::setup;
use crate::util::{Result, cmd, project_root, run, step};

/// Sets up (unless `--no-setup`), then runs the native tests, the component tests in headless Chromium, the
/// release build with its size budgets (tests/bench/budgets.mjs) and its reproducibility check, and the
/// end-to-end tests.
pub fn test(args: &[String]) -> Result {
    let started = Instant::now();
    if !args.iter().any(|a| a == "--no-setup") {
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
    step(
        "Size budgets (dist/, GNU gzip -9: the app at most 195,000 B, the static page at most 28,000 B)",
    );
    run(cmd("node").arg("tests/bench/budgets.mjs"))?;

    step("Reproducibility (the wasm built at another path, and the release built twice)");
    crate::repro::repro(&[], true)?;

    step("End-to-end tests (Playwright driving /usr/bin/chromium against dist/ on 127.0.0.1)");
    run(cmd("npx")
        .args(["playwright", "test"])
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"))?;
    println!("\nall tests passed in {:.0?}", started.elapsed());
    Ok(())
}
