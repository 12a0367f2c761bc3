//! `cargo xtask repro`: the release is reproducible and carries no path of the build machine.
//!
//! Build B is made from a copy of the tree (the files git tracks or would track) at another path, with its own
//! fresh target directory and its own Cargo home (so the crates' sources also sit at other paths), and compared
//! byte for byte with build A, this checkout's.
//!
//! - `--full`: B is a whole `trunk build --release`; every file of the two `dist/` folders must be equal.
//! - default (run by `cargo xtask test`): B compiles only the wasm, which must equal A's rustc output byte for byte:
//!   rustc is the one step that sees paths. Everything after it (wasm-bindgen, wasm-opt, terser, lightningcss,
//!   the pre-renderer, the service worker's hash) only reads that wasm and the tree's files, so A's build is then
//!   run a second time and its whole `dist/` must come out byte for byte the same: the later steps are
//!   deterministic. Together the two give the full check's result for about half its time.
//!
//! Both modes also search every file of `dist/` for this machine's paths (the project, the target directory,
//! Cargo's home, the home directory).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::release::{Paths, WASM_RUSTFLAGS, cargo_wasm_release, trunk_release};
use crate::util::{Result, cargo_home, run, step};

/// The files of a folder (not recursive), by name.
fn read_dir_files(dir: &Path) -> Result<BTreeMap<String, Vec<u8>>> {
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let entry = entry.map_err(|e| e.to_string())?;
        if entry.path().is_file() {
            let bytes = std::fs::read(entry.path()).map_err(|e| e.to_string())?;
            files.insert(entry.file_name().to_string_lossy().to_string(), bytes);
        }
    }
    Ok(files)
}

/// Compares two sets of files; returns one line per difference (empty when equal).
pub fn differences(a: &BTreeMap<String, Vec<u8>>, b: &BTreeMap<String, Vec<u8>>) -> Vec<String> {
    let mut out = Vec::new();
    for name in a.keys().chain(b.keys().filter(|k| !a.contains_key(*k))) {
        match (a.get(name), b.get(name)) {
            (Some(x), Some(y)) if x == y => {}
            (Some(x), Some(y)) => {
                let at = x
                    .iter()
                    .zip(y)
                    .position(|(p, q)| p != q)
                    .unwrap_or(x.len().min(y.len()));
                out.push(format!(
                    "{name}: differs from byte {at} ({} vs {} bytes)",
                    x.len(),
                    y.len()
                ));
            }
            (Some(_), None) => out.push(format!("{name}: only in the first build")),
            (None, _) => out.push(format!("{name}: only in the second build")),
        }
    }
    out
}

/// Occurrences of `needles` in the files; one line per file and needle found.
pub fn leaks(files: &BTreeMap<String, Vec<u8>>, needles: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for (name, bytes) in files {
        for needle in needles.iter().filter(|n| !n.is_empty()) {
            let n = bytes
                .windows(needle.len())
                .filter(|w| *w == needle.as_bytes())
                .count();
            if n > 0 {
                out.push(format!("{name}: {n} × {needle:?}"));
            }
        }
    }
    out
}

/// This machine's paths that must not appear in a build.
fn machine_paths(extra: &[&Paths]) -> Vec<String> {
    let mut needles = vec![".cargo/registry".to_string()];
    if let Some(home) = std::env::var_os("HOME") {
        needles.push(format!("{}/", PathBuf::from(home).display()));
    }
    for p in extra {
        needles.push(p.root.display().to_string());
        needles.push(p.target.display().to_string());
        if let Some(h) = &p.cargo_home {
            needles.push(h.display().to_string());
        }
    }
    needles.sort();
    needles.dedup();
    needles
}

/// Copies the tree's files (tracked, and untracked but not ignored) from `root` to `to`.
fn copy_tree(root: &Path, to: &Path) -> Result<usize> {
    let list = Command::new("git")
        .args([
            "ls-files",
            "-z",
            "--cached",
            "--others",
            "--exclude-standard",
        ])
        .current_dir(root)
        .output()
        .map_err(|e| format!("git ls-files: {e}"))?;
    if !list.status.success() {
        return Err("git ls-files failed: the check needs a git checkout".into());
    }
    let mut n = 0;
    for name in list.stdout.split(|b| *b == 0).filter(|s| !s.is_empty()) {
        let rel = PathBuf::from(String::from_utf8_lossy(name).to_string());
        let from = root.join(&rel);
        if !from.is_file() {
            continue; // deleted in the working tree
        }
        let dest = to.join(&rel);
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
        }
        std::fs::copy(&from, &dest).map_err(|e| format!("{}: {e}", from.display()))?;
        n += 1;
    }
    Ok(n)
}

/// A Cargo home for build B: the crates come from this machine's registry cache (no network), and Cargo unpacks
/// their sources into the new home, so they sit at another path than in build A.
fn fresh_cargo_home(home: &Path) -> Result {
    let original = cargo_home().ok_or("no Cargo home (CARGO_HOME or HOME)")?;
    let registry = home.join("registry");
    std::fs::create_dir_all(&registry).map_err(|e| e.to_string())?;
    for part in ["index", "cache"] {
        let from = original.join("registry").join(part);
        #[cfg(unix)]
        std::os::unix::fs::symlink(&from, registry.join(part))
            .map_err(|e| format!("{}: {e}", from.display()))?;
        #[cfg(not(unix))]
        return Err(format!("{}: linking needs a Unix system", from.display()));
    }
    for config in ["config.toml", "config"] {
        if original.join(config).is_file() {
            std::fs::copy(original.join(config), home.join(config)).map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

/// Sets a command up to build in the copy: its own Cargo home and target directory, its paths remapped.
fn in_copy(command: &mut Command, copy: &Paths, remap: bool) -> Result {
    command
        .current_dir(&copy.root)
        .env("CARGO_TARGET_DIR", &copy.target)
        .env(
            "CARGO_HOME",
            copy.cargo_home
                .as_ref()
                .ok_or("the copy has no Cargo home")?,
        );
    if remap {
        copy.apply(command)
    } else {
        command.env_remove(WASM_RUSTFLAGS);
        Ok(())
    }
}

/// Runs the check (see the module's documentation). `built`: A's release is already in `dist/`.
pub fn repro(args: &[String], built: bool) -> Result {
    let full = args.iter().any(|a| a == "--full");
    let remap = !args.iter().any(|a| a == "--no-remap");
    let started = Instant::now();
    let mut timings: Vec<(&str, f64)> = Vec::new();
    let mut lap = {
        let mut t = Instant::now();
        move |name: &'static str, timings: &mut Vec<(&str, f64)>| {
            timings.push((name, t.elapsed().as_secs_f64()));
            t = Instant::now();
        }
    };
    let this = Paths::of_this_checkout();
    if !remap {
        println!("--no-remap: both builds keep this machine's paths (to see the check fail)");
    }
    if !built || !remap {
        step("Build A: this checkout");
        run(&mut trunk_release(&this, remap)?)?;
    }
    let a_dist = read_dir_files(&this.root.join("dist"))?;
    lap("build A", &mut timings);

    // Outside the project (and any git checkout around it): build scripts that ask git for a commit would
    // otherwise find this repository from build B's Cargo home but not from A's. One folder per checkout.
    let work = std::env::temp_dir().join("coordination-models-repro").join(
        this.root
            .display()
            .to_string()
            .replace(['/', '\\', ':'], "-")
            .trim_matches('-'),
    );
    if work.exists() {
        std::fs::remove_dir_all(&work).map_err(|e| format!("{}: {e}", work.display()))?;
    }
    let mut copy = Paths {
        root: work.join("tree"),
        target: work.join("tree/target"),
        cargo_home: Some(work.join("cargo-home")),
        registries: Vec::new(),
    };
    step(
        format!(
            "Build B: a copy at {}, with its own target directory and Cargo home",
            copy.root.display()
        )
        .as_str(),
    );
    let n = copy_tree(&this.root, &copy.root)?;
    fresh_cargo_home(copy.cargo_home.as_ref().expect("set above"))?;
    copy.registries = crate::release::registries_in(copy.cargo_home.as_ref().expect("set above"));
    println!("copied {n} files");

    let mut problems = Vec::new();
    if full {
        #[cfg(unix)]
        std::os::unix::fs::symlink(
            this.root.join("node_modules"),
            copy.root.join("node_modules"),
        )
        .map_err(|e| format!("node_modules: {e}"))?;
        let mut trunk = trunk_release(&copy, remap)?;
        in_copy(&mut trunk, &copy, remap)?;
        run(&mut trunk)?;
        lap("build B (full)", &mut timings);
        let b_dist = read_dir_files(&copy.root.join("dist"))?;
        problems.extend(differences(&a_dist, &b_dist));
    } else {
        let wasm = |p: &Paths| {
            p.target
                .join("wasm32-unknown-unknown/release/coordination-models.wasm")
        };
        let mut cargo = cargo_wasm_release();
        in_copy(&mut cargo, &copy, remap)?;
        run(&mut cargo)?;
        lap("build B (wasm only)", &mut timings);
        let read = |p: PathBuf| std::fs::read(&p).map_err(|e| format!("{}: {e}", p.display()));
        let a_wasm = BTreeMap::from([(
            "rustc output coordination-models.wasm".to_string(),
            read(wasm(&this))?,
        )]);
        let b_wasm = BTreeMap::from([(
            "rustc output coordination-models.wasm".to_string(),
            read(wasm(&copy))?,
        )]);
        problems.extend(differences(&a_wasm, &b_wasm));

        step("Build A again: the steps after rustc must give the same dist/");
        run(&mut trunk_release(&this, remap)?)?;
        lap("build A again", &mut timings);
        let again = read_dir_files(&this.root.join("dist"))?;
        problems.extend(
            differences(&a_dist, &again)
                .into_iter()
                .map(|d| format!("second build of this checkout: {d}")),
        );
    }
    let found = leaks(&a_dist, &machine_paths(&[&this, &copy]));
    problems.extend(
        found
            .into_iter()
            .map(|l| format!("machine path in dist/{l}")),
    );
    lap("compare", &mut timings);

    println!(
        "\nreproducibility check ({}): {:.0} s ({})",
        if full {
            "full"
        } else {
            "wasm build at another path + second build"
        },
        started.elapsed().as_secs_f64(),
        timings
            .iter()
            .map(|(name, s)| format!("{name} {s:.0} s"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    if problems.is_empty() {
        println!(
            "the same bytes: {} files of dist/{}",
            a_dist.len(),
            if full {
                ""
            } else {
                " (twice) and the wasm built at another path"
            }
        );
        // The copy's target directory and unpacked crates are large; the copied tree stays for inspection.
        for dir in [&copy.target, copy.cargo_home.as_ref().expect("set above")] {
            let _ = std::fs::remove_dir_all(dir);
        }
        Ok(())
    } else {
        for p in &problems {
            println!("  {p}");
        }
        Err(format!(
            "the release is not reproducible ({} problems above; build B is in {})",
            problems.len(),
            work.display()
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::util::project_root;

    fn files(list: &[(&str, &[u8])]) -> BTreeMap<String, Vec<u8>> {
        list.iter()
            .map(|(n, b)| (n.to_string(), b.to_vec()))
            .collect()
    }

    #[test]
    fn a_changed_missing_or_extra_file_is_a_difference() {
        let a = files(&[
            ("a.wasm", b"\0asm1"),
            ("index.html", b"<p>"),
            ("old.js", b"x"),
        ]);
        let b = files(&[
            ("a.wasm", b"\0asm2"),
            ("index.html", b"<p>"),
            ("new.js", b"x"),
        ]);
        assert_eq!(
            differences(&a, &b),
            [
                "a.wasm: differs from byte 4 (5 vs 5 bytes)",
                "old.js: only in the first build",
                "new.js: only in the second build",
            ]
        );
        assert!(differences(&a, &a).is_empty());
    }

    #[test]
    fn a_machine_path_anywhere_in_a_file_is_found() {
        let f = files(&[
            (
                "x_bg.wasm",
                b"\x01panicked at /root/.cargo/registry/src/yew/lib.rs",
            ),
            ("index.html", b"<p>/coordination-models/src/app.rs</p>"),
        ]);
        let needles = ["/root/".to_string(), ".cargo/registry".to_string()];
        assert_eq!(
            leaks(&f, &needles),
            [
                "x_bg.wasm: 1 × \"/root/\"",
                "x_bg.wasm: 1 × \".cargo/registry\""
            ]
        );
    }

    #[test]
    fn the_copy_keeps_untracked_files_and_skips_ignored_ones() {
        let root = project_root();
        let to = std::env::temp_dir().join(format!("xtask-copy-test-{}", std::process::id()));
        let n = copy_tree(&root, &to).unwrap();
        assert!(n > 10);
        assert!(to.join("Cargo.toml").is_file());
        assert!(to.join("xtask/src/main.rs").is_file());
        assert!(!to.join("target").exists());
        assert!(!to.join("node_modules").exists());
        std::fs::remove_dir_all(&to).unwrap();
    }
}
