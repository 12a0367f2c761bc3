//! The size report by part (`cargo xtask bench`): where the release wasm's bytes go, by crate and source file.
//!
//! The release wasm has no names (wasm-opt drops them), so this measures a named twin of it: the release's wasm
//! compiled again (in its own target directory) with v0 symbol names, which keep generic arguments, then run
//! through wasm-bindgen and wasm-opt with the release's flags plus `--debuginfo`, which keeps the names. Its code
//! and data come within a few hundred bytes of the release's. wasmparser reads its sections; every function body
//! is attributed by its demangled path, and a library's generic function instantiated for one of our types (such
//! as Yew's `CompStateInner<ModelCard>::view`, into which the component's `html!` body is inlined) counts for the
//! file that defines that type.

mod names;
mod sections;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Serialize;

use crate::release::{Paths, cargo_wasm_release};
use crate::util::{Result, cmd, output, project_root, run, step};
use names::{Context, source_files};
use sections::{analyse, toml_strings};

/// One part of the wasm: a crate, one of our source files, or a kind of data.
#[derive(Debug, Default, Serialize, Clone, PartialEq)]
pub struct Part {
    /// The group the part belongs to (see [`GROUPS`]).
    pub group: &'static str,
    /// Bytes of function bodies (or data) in the analysed wasm.
    pub bytes: u64,
    /// Of `bytes`, those of library generics instantiated for this file's types.
    pub generic_bytes: u64,
    /// Number of functions (0 for data and module structure).
    pub functions: u64,
}

/// The total of one group of parts.
#[derive(Debug, Serialize)]
pub struct Group {
    /// What the group holds, as the table shows it.
    pub label: &'static str,
    /// Bytes of all its parts.
    pub bytes: u64,
}

/// The report written under `wasm_parts` in bench-results/latest.json.
#[derive(Debug, Serialize)]
pub struct Report {
    /// Which wasm was measured, and how it was made.
    pub measured: String,
    /// Size of the release wasm in dist/ (no names).
    pub release_wasm_bytes: u64,
    /// Size of the analysed wasm without its custom sections (names): should be close to the release wasm.
    pub analysed_bytes: u64,
    /// Totals per group, keyed by the group's key (see [`GROUPS`]).
    pub groups: BTreeMap<String, Group>,
    /// Every part, keyed by a stable name: `yew/<crate>`, `bindings/<crate>`, `std/core::fmt`, `src/...rs`, ...
    pub parts: BTreeMap<String, Part>,
}

/// Group keys and their labels, in the order the table shows them.
pub const GROUPS: &[(&str, &str)] = &[
    ("yew", "Yew and its dependencies"),
    ("bindings", "wasm-bindgen, js-sys, web-sys (JS bindings)"),
    ("fmt", "core::fmt (formatting)"),
    ("alloc", "alloc and the allocator"),
    (
        "std",
        "core and std, other (panics, iterators, slices, sorting, ...)",
    ),
    (
        "components",
        "our components (src/components/*, src/app.rs, src/main.rs)",
    ),
    ("logic", "our pure logic (filter, wizard, url, state, ...)"),
    ("catalogue", "catalogue data (its text in the data section)"),
    (
        "data",
        "other data (markup and messages, panic locations, static tables)",
    ),
    ("other", "other crates and unnamed functions"),
    (
        "module",
        "module structure (types, imports, exports, tables, section headers)",
    ),
];

fn label(group: &str) -> &'static str {
    GROUPS
        .iter()
        .find(|(k, _)| *k == group)
        .map_or("?", |(_, l)| l)
}

/// The `data-wasm-opt` level and `data-wasm-opt-params` of index.html's Rust link, as wasm-opt arguments.
fn wasm_opt_args(index_html: &str) -> Vec<String> {
    let attr = |name: &str| {
        let start = index_html.find(&format!("{name}=\""))? + name.len() + 2;
        let end = index_html[start..].find('"')? + start;
        Some(index_html[start..end].to_string())
    };
    let mut args = vec![format!("-O{}", attr("data-wasm-opt").unwrap_or_default())];
    if let Some(params) = attr("data-wasm-opt-params") {
        args.extend(params.split_whitespace().map(String::from));
    }
    args
}

/// Library names of the crates in Yew's dependency tree for the wasm target (from `cargo tree`).
fn yew_crates() -> Result<BTreeSet<String>> {
    let tree = output(cmd("cargo").args([
        "tree",
        "--offline",
        "-p",
        "yew",
        "--target",
        "wasm32-unknown-unknown",
        "-e",
        "normal",
        "--prefix",
        "none",
        "--format",
        "{lib}",
    ]))
    .ok_or("cargo tree -p yew failed")?;
    Ok(tree
        .lines()
        .map(|l| l.trim_end_matches(" (*)").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect())
}

/// Builds the named twin of the release wasm, analyses it, prints the table and returns the report.
pub fn wasm_parts() -> Result<Report> {
    step(
        "Size report by part (a twin of the release wasm with v0 symbol names, names kept by wasm-opt)",
    );
    let root = project_root();
    let paths = Paths::of_this_checkout();
    let out = paths.target.join("wasm-parts");
    // Its own target directory: the twin's different flags must not replace the release's rustc output.
    let twin = Paths {
        target: out.join("target"),
        ..Paths::of_this_checkout()
    };
    let mut cargo = cargo_wasm_release();
    cargo.env("CARGO_TARGET_DIR", &twin.target);
    twin.apply_with(&mut cargo, &["-Csymbol-mangling-version=v0"])?;
    run(&mut cargo)?;
    let input = twin
        .target
        .join("wasm32-unknown-unknown/release/coordination-models.wasm");
    run(cmd("wasm-bindgen")
        .args([
            "--target",
            "web",
            "--no-typescript",
            "--out-name",
            "named",
            "--out-dir",
        ])
        .arg(&out)
        .arg(&input))?;
    let index = std::fs::read_to_string(root.join("index.html")).map_err(|e| e.to_string())?;
    let named = out.join("named-opt.wasm");
    run(cmd("wasm-opt")
        .args(wasm_opt_args(&index))
        .arg("--debuginfo")
        .arg(out.join("named_bg.wasm"))
        .arg("-o")
        .arg(&named))?;

    let ctx = Context {
        yew_crates: yew_crates()?,
        files: source_files(&root),
        root: root.clone(),
    };
    let catalogue_text =
        std::fs::read_to_string(root.join("data/catalogue.toml")).map_err(|e| e.to_string())?;
    let catalogue: toml::Value =
        toml::from_str(&catalogue_text).map_err(|e| format!("data/catalogue.toml: {e}"))?;
    let mut strings = BTreeSet::new();
    toml_strings(&catalogue, &mut strings);

    let bytes = std::fs::read(&named).map_err(|e| e.to_string())?;
    let parts = analyse(&bytes, &ctx, &strings)?;
    let analysed_bytes: u64 = parts.iter().map(|(_, p)| p.bytes).sum();
    let release_wasm_bytes = std::fs::read_dir(root.join("dist"))
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok())
        .find(|e| e.file_name().to_string_lossy().ends_with("_bg.wasm"))
        .and_then(|e| e.metadata().ok())
        .map_or(0, |m| m.len());
    let mut groups = BTreeMap::new();
    for (_, part) in &parts {
        groups
            .entry(part.group.to_string())
            .or_insert(Group {
                label: label(part.group),
                bytes: 0,
            })
            .bytes += part.bytes;
    }
    let shown = |p: &Path| p.strip_prefix(&root).unwrap_or(p).display().to_string();
    let report = Report {
        measured: format!(
            "{}: the release's wasm compiled again with -Csymbol-mangling-version=v0 (into {}), through wasm-bindgen and wasm-opt {} --debuginfo, so function names (with generic arguments) are kept; sizes are function bodies and data bytes, custom sections (names) excluded",
            shown(&named),
            shown(&twin.target),
            wasm_opt_args(&index).join(" ")
        ),
        release_wasm_bytes,
        analysed_bytes,
        groups,
        parts: parts.into_iter().collect(),
    };
    print_table(&report);
    Ok(report)
}

/// `1234567` as `1,234,567`.
pub fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Prints the report: each group with its total, then its parts from largest to smallest.
pub fn print_table(report: &Report) {
    println!(
        "\nWhere the wasm's bytes go: {} bytes analysed (the release wasm: {} bytes)\n{}\n",
        thousands(report.analysed_bytes),
        thousands(report.release_wasm_bytes),
        report.measured
    );
    let total = report.analysed_bytes.max(1) as f64;
    println!(
        "{:<62}{:>9}{:>7}{:>10}{:>6}",
        "part", "bytes", "%", "generics", "fns"
    );
    let row = |indent: &str, name: &str, bytes: u64, generic: u64, functions: u64| {
        println!(
            "{indent}{:<w$}{:>9}{:>6.1}%{:>10}{:>6}",
            name,
            thousands(bytes),
            100.0 * bytes as f64 / total,
            if generic > 0 {
                thousands(generic)
            } else {
                String::new()
            },
            if functions > 0 {
                thousands(functions)
            } else {
                String::new()
            },
            w = 62 - indent.len()
        );
    };
    for (group, group_label) in GROUPS {
        let mut parts: Vec<(&String, &Part)> = report
            .parts
            .iter()
            .filter(|(_, p)| p.group == *group)
            .collect();
        if parts.is_empty() {
            continue;
        }
        parts.sort_by(|a, b| b.1.bytes.cmp(&a.1.bytes).then(a.0.cmp(b.0)));
        let sum = |f: fn(&Part) -> u64| parts.iter().map(|(_, p)| f(p)).sum::<u64>();
        row(
            "",
            group_label,
            sum(|p| p.bytes),
            sum(|p| p.generic_bytes),
            sum(|p| p.functions),
        );
        if parts.len() > 1 {
            for (key, part) in parts {
                row("  ", key, part.bytes, part.generic_bytes, part.functions);
            }
        }
    }
    println!(
        "\n\"generics\": bytes of library generics instantiated for the file's types (e.g. Yew's view for a component,\n\
         with its html! body inlined), included in \"bytes\". Code inlined into another function counts there."
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wasm_opt_arguments_come_from_index_html() {
        let html = r#"<link data-trunk rel="rust" data-wasm-opt="z" data-wasm-opt-params="--enable-bulk-memory --enable-simd">"#;
        assert_eq!(
            wasm_opt_args(html),
            ["-Oz", "--enable-bulk-memory", "--enable-simd"]
        );
    }
}
