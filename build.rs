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
    let parsed = std::fs::read_to_string(&path)
        .map_err(|e| catalogue_compiler::DataErrors(vec![format!("{name}: cannot read: {e}")]))
        .and_then(|text| catalogue_compiler::parse(&name, &text));
    match parsed {
        Ok(catalogue) => {
            let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
            std::fs::write(
                out.join("catalogue.rs"),
                catalogue_compiler::to_rust(&catalogue),
            )
            .expect("write generated catalogue");
        }
        Err(errors) => {
            for line in errors.0 {
                println!("cargo::error={line}");
            }
            std::process::exit(1);
        }
    }
}
