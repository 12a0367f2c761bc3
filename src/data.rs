//! The bundled catalogue, compiled from `data/catalogue.toml` by `build.rs` into Rust statics.

use crate::types::{
    Answer, Catalogue, Category, Duration, Effect, Model, Question, Relation, RelationKind, Scope,
};

include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

/// The catalogue shipped with the app.
pub static CATALOGUE: Catalogue = Catalogue {
    models: MODELS,
    questions: QUESTIONS,
};
