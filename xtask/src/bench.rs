//! `cargo xtask bench`: the release's sizes (per file, per part of the wasm, per page load) and its timings, then
//! docs/measurements.md written from the figures it printed (bench-results/latest.json), so the documented figures
//! cannot drift from the measured ones. A test below fails while the two disagree.

use std::path::Path;

use serde_json::Value;

use crate::release::{Paths, build_release};
use crate::util::{Result, cmd, project_root, run, step};
use crate::wasm_parts::{thousands, wasm_parts};

/// The figures the benchmark writes (stable keys, committed, so two runs can be diffed).
pub const RESULTS: &str = "bench-results/latest.json";
/// The page written from them.
pub const MEASUREMENTS: &str = "docs/measurements.md";

/// Builds the release, prints where the wasm's bytes go, then runs `tests/bench/bench.mjs`, which measures the
/// rest and writes bench-results/latest.json (with the size report under `wasm_parts`), and writes
/// docs/measurements.md from it. With `BENCH_DOCS_ONLY=1` it only writes docs/measurements.md from the figures
/// already in bench-results/latest.json (after a change to how the page is written).
pub fn bench() -> Result {
    if std::env::var("BENCH_DOCS_ONLY").is_ok_and(|v| v == "1") {
        return write_measurements();
    }
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
    run(&mut node)?;
    write_measurements()
}

/// Writes docs/measurements.md from bench-results/latest.json.
fn write_measurements() -> Result {
    let root = project_root();
    let text = measurements(&read_results(&root.join(RESULTS))?)?;
    let out = root.join(MEASUREMENTS);
    std::fs::write(&out, text).map_err(|e| format!("{}: {e}", out.display()))?;
    println!("written to {MEASUREMENTS}");
    Ok(())
}

fn read_results(file: &Path) -> Result<Value> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))
}

/// The value at a dotted path of the results (`static_page_bytes.page.gzip`); an error names the missing key.
fn at<'a>(v: &'a Value, path: &str) -> Result<&'a Value> {
    path.split('.')
        .try_fold(v, |v, key| v.get(key))
        .ok_or_else(|| format!("{RESULTS}: no `{path}`"))
}

/// The value at a path, `None` when it is missing or null (a part of the bench that was skipped).
fn maybe<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    at(v, path).ok().filter(|v| !v.is_null())
}

fn int(v: &Value, path: &str) -> Result<u64> {
    at(v, path)?
        .as_u64()
        .ok_or_else(|| format!("{RESULTS}: `{path}` is not a whole number"))
}

fn text<'a>(v: &'a Value, path: &str) -> Result<&'a str> {
    at(v, path)?
        .as_str()
        .ok_or_else(|| format!("{RESULTS}: `{path}` is not a string"))
}

/// Bytes at a path, with thousands separators.
fn bytes(v: &Value, path: &str) -> Result<String> {
    Ok(thousands(int(v, path)?))
}

/// A number at a path as the bench wrote it (`1.7`, `136`), or "n/a".
fn num(v: &Value, path: &str) -> String {
    maybe(v, path).map_or_else(|| "n/a".into(), Value::to_string)
}

/// Milliseconds at a path (`1.7 ms`), or "n/a".
fn ms(v: &Value, path: &str) -> String {
    maybe(v, path).map_or_else(|| "n/a".into(), |x| format!("{x} ms"))
}

/// A list of file names at a path, as code spans.
fn files(v: &Value, path: &str) -> Result<String> {
    let list = at(v, path)?
        .as_array()
        .ok_or_else(|| format!("{RESULTS}: `{path}` is not a list"))?;
    Ok(list
        .iter()
        .filter_map(Value::as_str)
        .map(|f| format!("`{f}`"))
        .collect::<Vec<_>>()
        .join(", "))
}

/// docs/measurements.md, from the bench's results. Every figure in it comes from `r`.
pub fn measurements(r: &Value) -> Result<String> {
    let mut out = Vec::new();
    let mut say = |s: String| out.push(s);
    say("# Measurements".into());
    say(String::new());
    say(format!(
        "Written by `cargo xtask bench` from the figures it printed, which it keeps in \
         [`{RESULTS}`](../{RESULTS}). Edit neither by hand: run the bench again (a test of `cargo test -p xtask` \
         fails while this page and the figures disagree). How the bench measures, and what was measured once by hand, \
         is in [architecture.md](architecture.md#measuring)."
    ));
    say(String::new());
    let (start, end) = (
        at(r, "load_average.start")?.as_f64().unwrap_or(0.0),
        at(r, "load_average.end")?.as_f64().unwrap_or(0.0),
    );
    let machine = text(r, "machine")?;
    // "2 × Intel(R) Xeon(R) Processor": the number of cores comes first.
    let cores: f64 = machine
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(f64::INFINITY);
    let noisy = if start.max(end) > cores {
        " (above the core count: other work was running, so the timings are noisy)"
    } else {
        ""
    };
    say(format!(
        "Run of {} on {machine}: {} cold loads per figure (a fresh browser context each, service workers blocked), \
         in Debian's Chromium against the build on 127.0.0.1, each file sent compressed as a host sends it; load \
         average {start} at the start and {end} at the end{noisy}. Bytes: 1 KB = 1,000 B; gzip is GNU \
         `gzip -9 -n`, brotli is quality 11.",
        text(r, "date")?,
        num(r, "runs"),
    ));

    // The budgets, as tests/bench/budgets.mjs measures them.
    say(String::new());
    say("## Size budgets".into());
    say(String::new());
    say(
        "`cargo xtask test` checks both right after the release build (`tests/bench/budgets.mjs`) and fails when \
         either is passed, saying by how much and which part grew since these figures."
            .into(),
    );
    say(String::new());
    say("| part | file | gzip -9 |".into());
    say("|---|---|---:|".into());
    for (key, what) in [
        (
            "app",
            "the app (every file the static page fetches after itself)",
        ),
        ("page", "the static page"),
    ] {
        let budget = at(r, &format!("budgets.{key}"))?;
        let parts = at(budget, "parts")?
            .as_array()
            .ok_or_else(|| format!("{RESULTS}: `budgets.{key}.parts` is not a list"))?;
        for p in parts {
            say(format!(
                "| {} | `{}` | {} |",
                text(p, "part")?,
                text(p, "file")?,
                bytes(p, "gzip")?
            ));
        }
        let (gzip, limit) = (
            int(r, &format!("budgets.{key}.gzip"))?,
            int(r, &format!("budgets.{key}.budget"))?,
        );
        let left = if gzip <= limit {
            format!("{} B left", thousands(limit - gzip))
        } else {
            format!("**{} B over**", thousands(gzip - limit))
        };
        say(format!(
            "| **{what}** | budget {} | **{}** ({left}) |",
            thousands(limit),
            thousands(gzip)
        ));
    }

    // Every file of the build.
    say(String::new());
    say("## Files of the release build".into());
    say(String::new());
    say(
        "Bytes; the files a first load of the static page pulls in are marked *first load*.".into(),
    );
    say(String::new());
    say("| file | raw | gzip -9 | brotli 11 |".into());
    say("|---|---:|---:|---:|".into());
    let first: Vec<&str> = at(r, "first_load_files")?
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let mut totals = [0u64; 3];
    for f in at(r, "files")?.as_array().into_iter().flatten() {
        let name = text(f, "file")?;
        let sizes = [int(f, "raw")?, int(f, "gzip")?, int(f, "brotli")?];
        for (t, s) in totals.iter_mut().zip(sizes) {
            *t += s;
        }
        say(format!(
            "| `{name}`{} | {} | {} | {} |",
            if first.contains(&name) {
                " (*first load*)"
            } else {
                ""
            },
            thousands(sizes[0]),
            thousands(sizes[1]),
            thousands(sizes[2])
        ));
    }
    say(format!(
        "| all files | {} | {} | {} |",
        thousands(totals[0]),
        thousands(totals[1]),
        thousands(totals[2])
    ));
    say(format!(
        "| *first load* | {} | {} | {} |",
        bytes(r, "first_load_bytes.raw")?,
        bytes(r, "first_load_bytes.gzip")?,
        bytes(r, "first_load_bytes.brotli")?
    ));

    // What the static page costs a reader, from cold loads.
    if let Some(cost) = maybe(r, "static_page_bytes") {
        say(String::new());
        say("## What the static page costs a reader".into());
        say(String::new());
        say(format!(
            "As fetched in {} cold loads (service workers blocked, so not the offline copy the worker fetches \
             afterwards).",
            num(cost, "loads")
        ));
        say(String::new());
        say("| | raw | gzip -9 | brotli 11 | files |".into());
        say("|---|---:|---:|---:|---|".into());
        let before = format!(
            "downloaded before first paint here (in {} of {} loads; on 127.0.0.1 more arrives in time than on a \
             real network)",
            num(cost, "downloaded_before_first_paint.loads_with_this_set"),
            num(cost, "loads")
        );
        for (key, label) in [
            ("page", "the page: `index.html` as fetched"),
            ("app", "the app: every other file the page fetches"),
            (
                "first_paint_needs",
                "what first paint needs: the page and its render-blocking files",
            ),
            ("downloaded_before_first_paint", before.as_str()),
        ] {
            let row = at(cost, key)?;
            let list = if key == "page" {
                "`index.html`".to_string()
            } else {
                files(row, "files")?
            };
            say(format!(
                "| {label} | {} | {} | {} | {list} |",
                bytes(row, "raw")?,
                bytes(row, "gzip")?,
                bytes(row, "brotli")?
            ));
        }
    }
    if let Some(fold) = maybe(r, "script_embed_below_fold_bytes_gzip") {
        say(String::new());
        say(format!(
            "A script embed below the fold: a reader who does not scroll to it downloads {} B gzip ({}); once the \
             widget is shown, {} B ({}).",
            bytes(fold, "before_scroll.gzip")?,
            files(fold, "before_scroll.files")?,
            bytes(fold, "after_scroll.gzip")?,
            files(fold, "after_scroll.files")?
        ));
    }

    // Where the page's bytes go.
    if let Some(p) = maybe(r, "page_parts") {
        let (page, details) = (int(p, "page_gzip")?, int(p, "card_details_gzip")?);
        say(String::new());
        say("## Where the page's bytes go".into());
        say(String::new());
        say(
            "What removing each pre-rendered part from `index.html` saves after gzip (the page's gzip size less \
             that of the page without the part)."
                .into(),
        );
        say(String::new());
        say("| | gzip -9 |".into());
        say("|---|---:|".into());
        say(format!("| `index.html` | {} |", thousands(page)));
        say(format!(
            "| the {} cards' pre-rendered details (the page without them: {} B) | {} |",
            num(p, "cards"),
            thousands(page.saturating_sub(details)),
            thousands(details)
        ));
        say(format!(
            "| of which the source lists | {} |",
            bytes(p, "source_lists_gzip")?
        ));
        say(format!(
            "| of which the source marks after statements | {} |",
            bytes(p, "source_marks_gzip")?
        ));
        say(format!(
            "| the page's text alone, tags stripped (its own gzip size, not a saving) | {} |",
            bytes(p, "statement_text_gzip")?
        ));
    }

    // Where the wasm's bytes go.
    if let Some(w) = maybe(r, "wasm_parts") {
        say(String::new());
        say("## Where the wasm's bytes go".into());
        say(String::new());
        let analysed = int(w, "analysed_bytes")?;
        say(format!(
            "{} of the release wasm's {} bytes analysed: {}.",
            thousands(analysed),
            bytes(w, "release_wasm_bytes")?,
            text(w, "measured")?
        ));
        say(String::new());
        say(
            "| part (raw bytes of function bodies and data) | bytes | share | its largest parts |"
                .into(),
        );
        say("|---|---:|---:|---|".into());
        let groups = at(w, "groups")?
            .as_object()
            .ok_or_else(|| format!("{RESULTS}: `wasm_parts.groups` is not a table"))?;
        let parts = at(w, "parts")?
            .as_object()
            .ok_or_else(|| format!("{RESULTS}: `wasm_parts.parts` is not a table"))?;
        let mut rows: Vec<(&String, &Value)> = groups.iter().collect();
        rows.sort_by_key(|(key, g)| (std::cmp::Reverse(g["bytes"].as_u64()), *key));
        for (key, g) in rows {
            let mut mine: Vec<(&String, u64)> = parts
                .iter()
                .filter(|(_, p)| p["group"].as_str() == Some(key))
                .map(|(name, p)| (name, p["bytes"].as_u64().unwrap_or(0)))
                .collect();
            mine.sort_by_key(|&(name, b)| (std::cmp::Reverse(b), name));
            let largest = if mine.len() > 1 {
                mine.iter()
                    .take(6)
                    .map(|(name, b)| format!("`{name}` {}", thousands(*b)))
                    .collect::<Vec<_>>()
                    .join(", ")
            } else {
                String::new()
            };
            let b = int(g, "bytes")?;
            say(format!(
                "| {} | {} | {:.1} % | {largest} |",
                text(g, "label")?,
                thousands(b),
                100.0 * b as f64 / analysed.max(1) as f64
            ));
        }
    }

    // Timings.
    say(String::new());
    say("## Timings".into());
    say(String::new());
    say(format!(
        "Medians of {} cold loads of the static page. Search with 1,000 and 5,000 models runs on the bench page \
         (`bench.html`: the same components fed generated models).",
        num(r, "runs")
    ));
    say(String::new());
    say("| timing | median | max |".into());
    say("|---|---:|---:|".into());
    let rows: [(&str, String, String); 5] = [
        (
            "first contentful paint (the pre-rendered catalogue)",
            ms(r, "first_contentful_paint_ms_median"),
            String::new(),
        ),
        (
            "largest contentful paint",
            ms(r, "largest_contentful_paint_ms_median"),
            String::new(),
        ),
        (
            "first card drawn by the app",
            ms(r, "first_card_ms_median"),
            String::new(),
        ),
        (
            "interactive (the search box responds)",
            ms(r, "time_to_interactive_ms_median"),
            ms(r, "time_to_interactive_ms_max"),
        ),
        (
            "cumulative layout shift",
            num(r, "cumulative_layout_shift_median"),
            num(r, "cumulative_layout_shift_max"),
        ),
    ];
    for (label, median, max) in rows {
        say(format!("| {label} | {median} | {max} |"));
    }
    for (key, label) in [
        ("real_27", "search, keystroke to DOM: 27 models (the page)"),
        ("bench_1000", "search, keystroke to DOM: 1,000 models"),
        ("bench_5000", "search, keystroke to DOM: 5,000 models"),
    ] {
        let path = format!("search_latency.{key}");
        say(format!(
            "| {label} | {} | {} |",
            ms(r, &format!("{path}.dom_ms_median")),
            ms(r, &format!("{path}.dom_ms_max"))
        ));
    }
    say(format!(
        "| wizard: Next to the new question in the DOM | {} | {} |",
        ms(r, "wizard_step_ms_median"),
        ms(r, "wizard_step_ms_max")
    ));
    say(format!(
        "| check-up: an answer to its \"N of M answered\" in the DOM | {} | {} |",
        ms(r, "checkup_answer_ms_median"),
        ms(r, "checkup_answer_ms_max")
    ));
    say(format!(
        "| check-up: See the result to the verdict in the DOM | {} | {} |",
        ms(r, "checkup_result_ms_median"),
        ms(r, "checkup_result_ms_max")
    ));
    if let Some(g) = maybe(r, "search_latency.growth") {
        say(String::new());
        say(format!(
            "Search grows by {} per 1,000 models from 1,000 to 5,000; its shape: {}.",
            ms(g, "dom_ms_per_1000_models"),
            text(g, "shape")?
        ));
    }

    // What would change the answer.
    if let Some(wc) = maybe(r, "would_change_ms") {
        say(String::new());
        say("## \"What would change the answer\"".into());
        say(String::new());
        say(
            "Timed on the bench page over its answer sets; the browser's clock has a resolution of 0.1 ms here."
                .into(),
        );
        say(String::new());
        say("| computation: median (mean, max) | 27 models | 1,000 generated models |".into());
        say("|---|---:|---:|".into());
        for (key, label) in [
            ("one_person", "one person's result"),
            ("three_people", "a comparison of three"),
        ] {
            let cell = |n: &str| {
                let p = format!("{n}.{key}");
                if maybe(wc, &p).is_none() {
                    return "n/a".to_string();
                }
                format!(
                    "{} ({}, {})",
                    ms(wc, &format!("{p}.median")),
                    num(wc, &format!("{p}.mean")),
                    num(wc, &format!("{p}.max"))
                )
            };
            say(format!("| {label} | {} | {} |", cell("27"), cell("1000")));
        }
    }

    // Lighthouse.
    say(String::new());
    say("## Lighthouse (mobile preset)".into());
    say(String::new());
    match maybe(r, "lighthouse") {
        None => say("Not run (`BENCH_LIGHTHOUSE=0`).".into()),
        Some(l) if l["ok"] != Value::Bool(true) => say(format!(
            "Lighthouse could not run: {}",
            maybe(l, "error").map_or("no reason given".into(), Value::to_string)
        )),
        Some(l) => {
            say(format!(
                "Lighthouse {}: performance {}, accessibility {}, best practices {}, SEO {}; first and largest \
                 contentful paint {} and {}, total blocking time {}, interactive {}, layout shift {}.",
                text(l, "version")?,
                num(l, "scores.performance"),
                num(l, "scores.accessibility"),
                num(l, "scores.best-practices"),
                num(l, "scores.seo"),
                ms(l, "metrics_ms.first_contentful_paint"),
                ms(l, "metrics_ms.largest_contentful_paint"),
                ms(l, "metrics_ms.total_blocking_time"),
                ms(l, "metrics_ms.interactive"),
                num(l, "cumulative_layout_shift"),
            ));
            let failing: Vec<String> = at(l, "failing_audits")?
                .as_object()
                .into_iter()
                .flatten()
                .flat_map(|(category, list)| {
                    list.as_array().into_iter().flatten().map(move |a| {
                        let display = a["display"]
                            .as_str()
                            .map(|d| format!(", {}", d.replace('\u{a0}', " ")))
                            .unwrap_or_default();
                        format!(
                            "- {}: {} (`{}`, score {}{display})",
                            category,
                            a["title"].as_str().unwrap_or("?"),
                            a["id"].as_str().unwrap_or("?"),
                            a["score"]
                        )
                    })
                })
                .collect();
            if !failing.is_empty() {
                say(String::new());
                say("Audits not passed:".into());
                say(String::new());
                failing.into_iter().for_each(&mut say);
            }
        }
    }

    say(String::new());
    say(format!(
        "The bench took {} s. Phases (s): {}.",
        num(r, "total_seconds"),
        at(r, "phase_seconds")?
            .as_object()
            .into_iter()
            .flatten()
            .map(|(k, v)| format!("{k} {v}"))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    Ok(out.join("\n") + "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measurements_md_is_what_the_bench_writes_from_its_figures() {
        let root = project_root();
        let results = read_results(&root.join(RESULTS)).unwrap();
        let want = measurements(&results).unwrap();
        let have = std::fs::read_to_string(root.join(MEASUREMENTS)).unwrap_or_default();
        assert!(
            have == want,
            "{MEASUREMENTS} is not what `cargo xtask bench` writes from {RESULTS}: run the bench \
             (or `BENCH_DOCS_ONLY=1 cargo xtask bench` after changing how the page is written); never edit it"
        );
    }

    #[test]
    fn a_missing_figure_is_named() {
        let mut results = read_results(&project_root().join(RESULTS)).unwrap();
        results["budgets"]["app"]
            .as_object_mut()
            .unwrap()
            .remove("budget");
        let err = measurements(&results).unwrap_err();
        assert_eq!(err, format!("{RESULTS}: no `budgets.app.budget`"));
    }

    #[test]
    fn a_budget_passed_is_shown_as_over() {
        let root = project_root();
        let mut results = read_results(&root.join(RESULTS)).unwrap();
        results["budgets"]["page"]["gzip"] = 28_123.into();
        let md = measurements(&results).unwrap();
        assert!(md.contains("| **28,123** (**123 B over**) |"), "{md}");
    }
}
