//! Validates data/catalogue.toml and compiles it into Rust statics; a data mistake stops the build.

use std::path::PathBuf;

fn main() {
    let manifest =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    // CM_CATALOGUE swaps in another data file (a path relative to the project), e.g. a test fixture.
    println!("cargo::rerun-if-env-changed=CM_CATALOGUE");
    let name = std::env::var("CM_CATALOGUE").unwrap_or_else(|_| "data/catalogue.toml".to_string());
    let path = manifest.join(&name);
    println!("cargo::rerun-if-changed={name}");
    match catalogue_compiler::compile_file(&path, &name) {
        Ok(code) => {
            let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
                .join("catalogue.rs");
            std::fs::write(out, code).expect("write generated catalogue");
        }
        Err(errors) => {
            for line in errors.0 {
                println!("cargo::error={line}");
            }
            std::process::exit(1);
        }
    }
}
