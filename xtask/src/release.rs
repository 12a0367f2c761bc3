//! The release build (`trunk build --release --offline`), with this machine's paths remapped out of the wasm.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::util::{Result, cargo_home, cmd, project_root, run, step};

/// Cargo's variable for rustflags of wasm builds only: the native hook programs (xtask, the pre-renderer) and
/// build scripts are unaffected, so they are not rebuilt when it changes.
pub const WASM_RUSTFLAGS: &str = "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS";

/// Where this machine's paths appear in a wasm build, and the fixed names they get instead.
pub struct Paths {
    /// The project (workspace) root.
    pub root: PathBuf,
    /// Cargo's target directory.
    pub target: PathBuf,
    /// Cargo's home, with the registry's crate sources.
    pub cargo_home: Option<PathBuf>,
    /// Cargo's unpacked registries (`<cargo home>/registry/src/index.crates.io-…`), where most panic locations are.
    pub registries: Vec<PathBuf>,
}

/// Where a Cargo home unpacks its registries' crates (`registry/src/index.crates.io-…`, one per registry index, so
/// known before any is unpacked), sorted.
pub fn registries_in(home: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(home.join("registry/index"))
        .map(|dir| {
            dir.filter_map(|e| e.ok())
                .map(|e| home.join("registry/src").join(e.file_name()))
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
}

impl Paths {
    /// The paths of this checkout: `CARGO_TARGET_DIR` or `<root>/target`, and `CARGO_HOME` or `~/.cargo`.
    pub fn of_this_checkout() -> Self {
        let root = project_root();
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| root.join("target"));
        let cargo_home = cargo_home();
        let registries = cargo_home.as_deref().map(registries_in).unwrap_or_default();
        Self {
            target,
            root,
            cargo_home,
            registries,
        }
    }

    /// `--remap-path-prefix` flags: Cargo's home becomes `/cargo` (its unpacked registries, where most paths are, `/c`), the project `/coordination-models` (and a
    /// target directory outside it `/coordination-models/target`), so panic locations name no path of this
    /// machine. The more specific prefix comes last, because rustc applies the last one that matches.
    pub fn remap_flags(&self) -> Result<Vec<String>> {
        let mut pairs: Vec<(&Path, &str)> = Vec::new();
        if let Some(home) = &self.cargo_home {
            pairs.push((home, "/cargo"));
        }
        // Shorter still where most paths are: the crates' sources.
        for registry in &self.registries {
            pairs.push((registry, "/c"));
        }
        pairs.push((&self.root, "/coordination-models"));
        if !self.target.starts_with(&self.root) {
            pairs.push((&self.target, "/coordination-models/target"));
        }
        pairs.sort_by_key(|(from, _)| from.as_os_str().len());
        pairs
            .iter()
            .map(|(from, to)| {
                let from = from.display().to_string();
                // Cargo splits this variable's value at whitespace.
                if from.contains(char::is_whitespace) {
                    return Err(format!(
                        "{from}: a path with whitespace cannot be remapped through {WASM_RUSTFLAGS}"
                    ));
                }
                Ok(format!("--remap-path-prefix={from}={to}"))
            })
            .collect()
    }

    /// Sets the wasm rustflags (the remap, after any the user set) on a command that builds the wasm.
    pub fn apply(&self, command: &mut Command) -> Result {
        self.apply_with(command, &[])
    }

    /// Like [`Paths::apply`], with more flags after the remap.
    pub fn apply_with(&self, command: &mut Command, extra: &[&str]) -> Result {
        let mut flags: Vec<String> = std::env::var(WASM_RUSTFLAGS)
            .map(|v| v.split_whitespace().map(String::from).collect())
            .unwrap_or_default();
        flags.extend(self.remap_flags()?);
        flags.extend(extra.iter().map(|f| f.to_string()));
        command.env(WASM_RUSTFLAGS, flags.join(" "));
        Ok(())
    }
}

/// Warns when RUSTFLAGS is set: Cargo then ignores the target's rustflags, and the wasm keeps this machine's paths.
fn warn_about_rustflags() {
    for var in ["RUSTFLAGS", "CARGO_ENCODED_RUSTFLAGS"] {
        if std::env::var_os(var).is_some_and(|v| !v.is_empty()) {
            eprintln!(
                "xtask: warning: {var} is set, so Cargo ignores {WASM_RUSTFLAGS} and the wasm keeps this machine's paths"
            );
        }
    }
}

/// `cargo build` of the app's release wasm alone (the step before wasm-bindgen), offline like the release.
pub fn cargo_wasm_release() -> Command {
    let mut cargo = cmd("cargo");
    cargo.args([
        "build",
        "--release",
        "--offline",
        "--target",
        "wasm32-unknown-unknown",
        "--bin",
        "coordination-models",
    ]);
    cargo
}

/// A `trunk build --release --offline` command for the checkout at `paths`, with the remap set unless `remap` is
/// false (which `cargo xtask repro --no-remap` uses to show that its check then fails).
pub fn trunk_release(paths: &Paths, remap: bool) -> Result<Command> {
    warn_about_rustflags();
    let mut trunk = cmd("trunk");
    trunk
        .args(["build", "--release", "--offline"])
        .current_dir(&paths.root);
    if remap {
        paths.apply(&mut trunk)?;
    } else {
        trunk.env_remove(WASM_RUSTFLAGS);
    }
    Ok(trunk)
}

/// Builds the release of this checkout into `dist/`.
pub fn build_release() -> Result {
    step("Release build (trunk build --release --offline, machine paths remapped)");
    run(&mut trunk_release(&Paths::of_this_checkout(), true)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remap_names_no_machine_path_and_puts_the_longer_prefix_last() {
        let p = Paths {
            root: "/home/ci/cargo-home/src/coordination-models".into(),
            target: "/tmp/t".into(),
            cargo_home: Some("/home/ci/cargo-home".into()),
            registries: vec!["/home/ci/cargo-home/registry/src/index.crates.io-0123".into()],
        };
        assert_eq!(
            p.remap_flags().unwrap(),
            [
                "--remap-path-prefix=/tmp/t=/coordination-models/target",
                "--remap-path-prefix=/home/ci/cargo-home=/cargo",
                "--remap-path-prefix=/home/ci/cargo-home/src/coordination-models=/coordination-models",
                "--remap-path-prefix=/home/ci/cargo-home/registry/src/index.crates.io-0123=/c",
            ]
        );
        let spaced = Paths {
            root: "/home/my project".into(),
            target: "/home/my project/target".into(),
            cargo_home: None,
            registries: Vec::new(),
        };
        assert!(spaced.remap_flags().is_err());
    }
}
