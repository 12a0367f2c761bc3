//! Writes `docs/evidence.md`: every statement in Rubick's name beside the passage it rests on, for reviewers.
//! Run it as `cargo xtask evidence` from the project root; the `evidence` test fails while the file is stale.

use std::path::Path;

fn main() -> std::process::ExitCode {
    let file = "data/catalogue.toml";
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("evidence-table: {file}: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let catalogue = match catalogue_compiler::parse(file, &text) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let out = Path::new("docs/evidence.md");
    let table = catalogue_compiler::evidence::table(&catalogue);
    if let Err(e) = std::fs::write(out, &table) {
        eprintln!("evidence-table: {}: {e}", out.display());
        return std::process::ExitCode::FAILURE;
    }
    println!("{} lines -> {}", table.lines().count(), out.display());
    std::process::ExitCode::SUCCESS
}
