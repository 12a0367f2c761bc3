//! Helpers shared by the commands: the project root, running programs, the tools' PATH, Cargo.lock versions.

use std::path::PathBuf;
use std::process::Command;

/// The result of a command: `Err` carries a message for the user.
pub type Result<T = ()> = std::result::Result<T, String>;

/// The project (workspace) root: the parent of the xtask package.
pub fn project_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest
        .parent()
        .expect("xtask lives in the project")
        .to_path_buf()
}

/// Prints a step heading.
pub fn step(msg: &str) {
    println!("\n==> {msg}");
}

/// Runs a command, failing with its name if it does not succeed.
pub fn run(cmd: &mut Command) -> Result {
    let shown = format!("{cmd:?}");
    let status = cmd
        .status()
        .map_err(|e| format!("cannot start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

/// Runs a command and returns its trimmed standard output, or `None` if it cannot start or fails.
pub fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// Cargo's home (`CARGO_HOME`, else `~/.cargo`).
pub fn cargo_home() -> Option<PathBuf> {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
}

/// PATH with the project's npm tools (wasm-opt, terser, lightningcss) and cargo's bin dir first.
pub fn tool_path() -> String {
    let root = project_root();
    let mut parts = vec![root.join("node_modules/.bin").display().to_string()];
    if let Some(home) = cargo_home() {
        parts.push(home.join("bin").display().to_string());
    }
    parts.push(std::env::var("PATH").unwrap_or_default());
    parts.join(":")
}

/// A command for `program`, found on [`tool_path`].
pub fn cmd(program: &str) -> Command {
    let mut c = Command::new(program);
    c.env("PATH", tool_path());
    c
}

/// The version of `package` in Cargo.lock (its first entry).
pub fn lockfile_version(package: &str) -> Result<String> {
    let lock = std::fs::read_to_string(project_root().join("Cargo.lock"))
        .map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == format!("name = \"{package}\"")
            && let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \""))
        {
            return Ok(v.trim_end_matches('"').to_string());
        }
    }
    Err(format!("{package} is not in Cargo.lock"))
}
