//! Reads the human-edited catalogue file, validates every field, and compiles it into Rust statics.
//!
//! The app's `build.rs` calls [`compile_file`]; a mistake in the data file stops the build with
//! messages that name the file, the model (or question) and the field, for example
//! `data/catalogue.toml: model "liaison": field "related[0].id": unknown model id "liason"`.
//!
//! Modules: [`schema`] (the validated types), `read` (typed TOML readers that collect errors), `models`
//! (sources and cards), `questions` (the wizard and Rubick's preferences), [`signs`] (the check-ups), [`codegen`] (Rust output) and
//! [`shingles`] (the originality check's word runs).

pub mod codegen;
pub mod evidence;
mod models;
mod questions;
mod read;
mod relations;
pub mod schema;
pub mod shingles;
pub mod signs;

use std::fmt::{self, Write as _};
use std::path::Path;

use toml::Table;

pub use codegen::to_rust;
pub use schema::*;

/// Every problem found in a data file; displayed one per line.
#[derive(Debug, Clone, PartialEq)]
pub struct DataErrors(pub Vec<String>);

impl fmt::Display for DataErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_char('\n')?;
            }
            f.write_str(e)?;
        }
        Ok(())
    }
}

impl std::error::Error for DataErrors {}

/// At most this many sources: claims store source indices as bytes.
const MAX_SOURCES: usize = 256;

/// Parses and validates catalogue text; `file` names the file in every message.
pub fn parse(file: &str, text: &str) -> Result<Catalogue, DataErrors> {
    let mut cx = read::Ctx {
        file,
        errors: Vec::new(),
        sources: Default::default(),
    };
    let root: Table = match text.parse() {
        Ok(t) => t,
        Err(e) => return Err(DataErrors(vec![format!("{file}: not valid TOML: {e}")])),
    };
    cx.unknown_keys(
        &root,
        "",
        &["source", "model", "question", "preference", "sign"],
    );
    let sources = models::parse_sources(&mut cx, &root);
    if sources.len() > MAX_SOURCES {
        cx.err(
            "",
            "source",
            format!("has {} sources; at most {MAX_SOURCES}", sources.len()),
        );
    }
    let model_tables = cx.tables(&root, "", "model");
    if model_tables.is_empty() {
        cx.err("", "model", "no [[model]] entries");
    }
    // First pass: ids, so relations and effects can refer to any model.
    let (ids, labels) = models::model_ids(&mut cx, &model_tables);
    let models = models::parse_models(&mut cx, &sources, &model_tables, &ids, &labels);
    let questions = questions::parse_questions(&mut cx, &root, &ids, &sources);
    let preferences = questions::parse_preferences(&mut cx, &root, &ids, &sources, &questions);
    let signs = signs::parse_signs(&mut cx, &root, &ids, &labels, &sources);
    let catalogue = Catalogue {
        sources,
        models,
        questions,
        preferences,
        signs,
    };
    // The evidence rule: a statement citing a post of Rubick's that the blog copy holds quotes it. (Checked once the
    // rest is valid: a catalogue with errors may hold references that were not resolved.)
    let missing = if cx.errors.is_empty() {
        evidence::missing(&catalogue)
    } else {
        Vec::new()
    };
    for (item, field, source) in missing {
        cx.err(
            &item,
            &format!("{field}.evidence"),
            format!(
                "missing: it cites Rubick's post \"{source}\", so quote the passage it rests on (8 to 30 words \
                 copied from that post; see the file's header)"
            ),
        );
    }
    if cx.errors.is_empty() {
        Ok(catalogue)
    } else {
        Err(DataErrors(cx.errors))
    }
}

/// Reads, validates and compiles a data file into Rust source for `include!`.
pub fn compile_file(path: &Path, display_name: &str) -> Result<String, DataErrors> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| DataErrors(vec![format!("{display_name}: cannot read: {e}")]))?;
    let catalogue = parse(display_name, &text)?;
    Ok(to_rust(&catalogue))
}
