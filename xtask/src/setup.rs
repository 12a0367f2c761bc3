//! `cargo xtask setup`: checks each tool and installs only what is missing or at the wrong version.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use crate::util::{Result, cmd, lockfile_version, output, project_root, run, step};

/// The Trunk version the build is made with (0.22 needs a newer Rust than 1.95).
pub const TRUNK_VERSION: &str = "0.21.14";

/// Whether every devDependency of package.json is in node_modules at exactly its pinned version.
fn npm_tools_present() -> bool {
    let check = "const p = require('./package.json'); \
        for (const [n, v] of Object.entries(p.devDependencies)) { \
          let m; try { m = require('./node_modules/' + n + '/package.json'); } catch { process.exit(1); } \
          if (m.version !== v) process.exit(1); \
        }";
    output(
        Command::new("node")
            .args(["-e", check])
            .current_dir(project_root()),
    )
    .is_some()
}

/// Installs Debian packages with apt-get (as root), or says how.
fn apt_install(packages: &[&str]) -> Result {
    if packages.is_empty() {
        println!("present");
        return Ok(());
    }
    if output(Command::new("id").arg("-u")).as_deref() != Some("0") {
        return Err(format!(
            "missing Debian packages: run `sudo apt-get install {}`",
            packages.join(" ")
        ));
    }
    println!("installing {}", packages.join(" "));
    run(Command::new("apt-get").args(["update", "-qq"]))?;
    run(Command::new("apt-get")
        .args(["install", "-y", "-qq", "--no-install-recommends"])
        .args(packages)
        .env("DEBIAN_FRONTEND", "noninteractive"))
}

/// The MkDocs virtual environment of the host-site tests.
pub const MKDOCS_VENV: &str = ".tools/mkdocs";

/// Creates `.tools/mkdocs` and installs the pinned MkDocs Material into it, unless every pin is installed.
fn mkdocs() -> Result {
    let root = project_root();
    let venv = root.join(MKDOCS_VENV);
    let python = venv.join("bin/python");
    let requirements = root.join("tests/hosts/requirements.txt");
    // Exits 0 when every `name==version` line of the requirements is installed at that version.
    let check = "import sys, importlib.metadata as m\n\
        for line in open(sys.argv[1]):\n\
        \x20   line = line.split('#')[0].strip()\n\
        \x20   if line:\n\
        \x20       name, version = line.split('==')\n\
        \x20       try:\n\
        \x20           assert m.version(name) == version\n\
        \x20       except Exception:\n\
        \x20           sys.exit(1)\n";
    if python.exists()
        && output(
            Command::new(&python)
                .arg("-c")
                .arg(check)
                .arg(&requirements),
        )
        .is_some()
    {
        println!("present");
        return Ok(());
    }
    println!("installing with pip (about 10 s)");
    run(Command::new("python3").args(["-m", "venv"]).arg(&venv))?;
    run(Command::new(&python)
        .args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "-r",
        ])
        .arg(&requirements))
}

/// Installs what is missing: the wasm target, Trunk, wasm-bindgen-cli, the npm tools, Chromium, Hugo, MkDocs
/// Material, the crates.
pub fn setup() -> Result {
    let started = Instant::now();
    step("Rust target wasm32-unknown-unknown");
    let targets =
        output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if targets.lines().any(|l| l == "wasm32-unknown-unknown") {
        println!("present");
    } else {
        run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }

    step(format!("Trunk {TRUNK_VERSION}").as_str());
    let trunk = output(cmd("trunk").arg("--version")).unwrap_or_default();
    if trunk == format!("trunk {TRUNK_VERSION}") {
        println!("present");
    } else {
        println!("installing with cargo (about 20 minutes on 2 cores, once)");
        if run(cmd("cargo").args(["install", "--locked", "trunk", "--version", TRUNK_VERSION]))
            .is_err()
        {
            run(cmd("cargo").args(["install", "trunk", "--version", TRUNK_VERSION]))?;
        }
    }

    let bindgen = lockfile_version("wasm-bindgen")?;
    step(format!("wasm-bindgen-cli {bindgen} (must equal Cargo.lock)").as_str());
    let have = output(cmd("wasm-bindgen").arg("--version")).unwrap_or_default();
    if have == format!("wasm-bindgen {bindgen}") {
        println!("present");
    } else {
        println!(
            "installing with cargo (about 9 minutes on 2 cores, once); not --locked: a locked dependency is missing from the registry"
        );
        run(cmd("cargo").args([
            "install",
            "wasm-bindgen-cli",
            "--version",
            &bindgen,
            "--force",
        ]))?;
    }

    step("npm tools: every devDependency of package.json, from package-lock.json (no browser)");
    let wasm_opt = output(cmd("wasm-opt").arg("--version")).unwrap_or_default();
    if wasm_opt.contains("version 132") && npm_tools_present() {
        println!("present");
    } else {
        run(cmd("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"))?;
    }

    step(
        "Debian packages: Chromium and ChromeDriver; Hugo and Python's venv (the host sites of the e2e tests)",
    );
    let mut missing = Vec::new();
    if !(Path::new("/usr/bin/chromium").exists() && Path::new("/usr/bin/chromedriver").exists()) {
        missing.extend(["chromium", "chromium-driver"]);
    }
    if output(Command::new("hugo").arg("version")).is_none() {
        missing.push("hugo");
    }
    if output(Command::new("python3").args(["-c", "import ensurepip, venv"])).is_none() {
        missing.push("python3-venv");
    }
    apt_install(&missing)?;

    step("MkDocs Material (PyPI, tests/hosts/requirements.txt, into .tools/mkdocs)");
    mkdocs()?;

    step("Crates (so the offline build finds them)");
    run(cmd("cargo").args(["fetch", "--locked"]))?;
    println!("\nset-up done in {:.0?}", started.elapsed());
    Ok(())
}
