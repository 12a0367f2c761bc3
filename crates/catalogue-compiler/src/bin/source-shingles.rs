//! Writes `data/source-shingles.bin`: the hashed 8-word runs of each source file, kept per file.
//!
//! Usage, from the project root (the sources are not in this repository, only their hashes are):
//!
//! ```sh
//! mkdir -p /tmp/rubick-blog
//! git --git-dir=/path/to/blog-jade-rubick.git archive HEAD content | tar -x -C /tmp/rubick-blog
//! cargo run -p catalogue-compiler --bin source-shingles -- /tmp/rubick-blog \
//!     ../shared/seed ../shared/research/coordination-models-facts.md ../shared/research/peer-systems.md \
//!     ../shared/research/content-audit.md ../shared/research/yew-toolchain.md
//! ```
//!
//! The first argument is the public blog-source copy of Rubick's posts (`omonimus1/blog-jade-rubick`): each post
//! `content/posts/FOLDER/index.md` is keyed by `FOLDER`, the name a `[[source]]`'s `copy` gives, so the evidence
//! test can prove a passage is in the very post a claim cites. Its other Markdown files are keyed by their path.
//! The other arguments are the seed and the research notes that hold source text (files, or folders of `.md`
//! files), keyed `shared/...`. Leave out the audits and reviews: they quote the catalogue's own text.
//! The tests `originality` (no text of ours repeats 8 words of any file) and `evidence` read the result.

use std::path::{Path, PathBuf};

use catalogue_compiler::shingles;

fn markdown_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    if dir.is_file() {
        out.push(dir.to_path_buf());
        return Ok(());
    }
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

/// The key of `file` found under `root`: a blog post's folder, or `shared/` + its folder and name.
fn key(root: &Path, file: &Path, blog: bool) -> String {
    let rel = file.strip_prefix(root).unwrap_or(file);
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    match parts.as_slice() {
        [content, posts, folder, index]
            if blog && content == "content" && posts == "posts" && index == "index.md" =>
        {
            folder.clone()
        }
        _ if blog => format!("blog/{}", parts.join("/")),
        _ => {
            // The folder and the file name: `shared/seed/coordination-models.md`.
            let mut tail: Vec<String> = file
                .components()
                .rev()
                .take(2)
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            tail.reverse();
            format!("shared/{}", tail.join("/"))
        }
    }
}

fn main() -> std::process::ExitCode {
    let args: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    if args.len() < 2 {
        eprintln!(
            "usage: source-shingles BLOG_COPY SHARED_FILE_OR_DIR [...]   (see the header of this file)"
        );
        return std::process::ExitCode::FAILURE;
    }
    let mut files: Vec<(String, Vec<u64>)> = Vec::new();
    for (i, root) in args.iter().enumerate() {
        let mut found = Vec::new();
        if let Err(e) = markdown_files(root, &mut found) {
            eprintln!("source-shingles: {}: {e}", root.display());
            return std::process::ExitCode::FAILURE;
        }
        found.sort();
        for f in found {
            match std::fs::read_to_string(&f) {
                Ok(text) => files.push((
                    key(root, &f, i == 0),
                    shingles::hashes(&shingles::plain(&text)),
                )),
                Err(e) => {
                    eprintln!("source-shingles: {}: {e}", f.display());
                    return std::process::ExitCode::FAILURE;
                }
            }
        }
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let count = files.len();
    let bytes = shingles::encode_files(files);
    let out = Path::new("data/source-shingles.bin");
    if let Err(e) = std::fs::write(out, &bytes) {
        eprintln!("source-shingles: {}: {e}", out.display());
        return std::process::ExitCode::FAILURE;
    }
    println!("{count} files, {} bytes -> {}", bytes.len(), out.display());
    std::process::ExitCode::SUCCESS
}
