//! The bundled catalogue, compiled from `data/catalogue.toml` by `build.rs` into Rust statics.

use crate::types::{
    Answer, Catalogue, Category, Claim, Condition, Duration, Effect, Model, Preference, Question,
    Relation, RelationKind, Scope, Source, SourceKind,
};

include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

/// The catalogue shipped with the app.
pub static CATALOGUE: Catalogue = Catalogue {
    sources: SOURCES,
    models: MODELS,
    questions: QUESTIONS,
    preferences: PREFERENCES,
};

/// Rubick's catalogue post, credited in the header and the footer.
pub const RUBICK_URL: &str = "https://www.rubick.com/coordination-models/";
