//! Writes `data/source-shingles.bin`: the hashed 8-word runs of the texts our wording must not repeat.
//!
//! Usage, from the project root (the sources are not in this repository, only their hashes are):
//!
//! ```sh
//! git --git-dir=/path/to/blog-jade-rubick.git archive HEAD content | tar -x -C /tmp/rubick-blog
//! cargo run -p catalogue-compiler --bin source-shingles -- ../shared /tmp/rubick-blog
//! ```
//!
//! Every `.md` file under the given folders is read (for `../shared`: the seed and the research notes; for the
//! blog copy: Rubick's posts). The test `originality` compares the catalogue's own text against the result.

use std::path::{Path, PathBuf};

use catalogue_compiler::shingles;

fn markdown_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        // Symbolic links are not followed, so a link back up the tree cannot loop.
        if entry.file_type()?.is_dir() {
            markdown_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "md" || e == "mdx") {
            out.push(path);
        }
    }
    Ok(())
}

fn main() -> std::process::ExitCode {
    let dirs: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    if dirs.is_empty() {
        eprintln!("usage: source-shingles DIR [DIR ...]   (folders of Markdown sources)");
        return std::process::ExitCode::FAILURE;
    }
    let mut files = Vec::new();
    for dir in &dirs {
        if let Err(e) = markdown_files(dir, &mut files) {
            eprintln!("source-shingles: {}: {e}", dir.display());
            return std::process::ExitCode::FAILURE;
        }
    }
    files.sort();
    let mut all = Vec::new();
    for f in &files {
        match std::fs::read_to_string(f) {
            Ok(text) => all.extend(shingles::hashes(&text)),
            Err(e) => {
                eprintln!("source-shingles: {}: {e}", f.display());
                return std::process::ExitCode::FAILURE;
            }
        }
    }
    let bytes = shingles::encode(all);
    let out = Path::new("data/source-shingles.bin");
    if let Err(e) = std::fs::write(out, &bytes) {
        eprintln!("source-shingles: {}: {e}", out.display());
        return std::process::ExitCode::FAILURE;
    }
    println!(
        "{} files, {} distinct 8-word runs, {} bytes -> {}",
        files.len(),
        bytes.len() / 6,
        bytes.len(),
        out.display()
    );
    std::process::ExitCode::SUCCESS
}
