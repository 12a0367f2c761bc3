//! Domain types of the catalogue: models, their attributes and relations, and wizard questions.

use std::fmt;

/// The three tiers of Rubick's catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    /// For global problems of alignment and coordinating the whole system.
    Centralized,
    /// Roles for the narrow cases where they fit.
    RoleBased,
    /// The default: how teams work with each other.
    Team,
}

/// How far a model reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    /// Inside one team.
    Team,
    /// Between a few teams.
    CrossTeam,
    /// Across the whole organisation.
    OrgWide,
}

/// How long a model is meant to last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Duration {
    /// For a project or a crisis.
    Temporary,
    /// A standing arrangement.
    LongLived,
}

/// How two models relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RelationKind {
    /// This model is a variation of the target.
    VariationOf,
    /// This model and the target solve the same problem differently.
    AlternativeTo,
    /// This model works well together with the target.
    PairsWith,
    /// This model often grows into the target.
    EvolvesInto,
}

/// A relation from one model to another (by index in the catalogue).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Relation {
    /// Index of the related model.
    pub target: usize,
    /// The kind of relation.
    pub kind: RelationKind,
}

/// One coordination model, as shown on its card.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// Stable kebab-case id used in links.
    pub id: &'static str,
    /// Display name.
    pub name: &'static str,
    /// Category (tier).
    pub category: Category,
    /// One-line summary for the card.
    pub summary: &'static str,
    /// What it is.
    pub what: &'static str,
    /// When to use it.
    pub when_to_use: &'static [&'static str],
    /// When not to use it, and how it fails.
    pub when_not: &'static [&'static str],
    /// What it costs.
    pub cost: &'static str,
    /// What it optimizes for.
    pub optimizes_for: &'static str,
    /// The main thing to watch out for.
    pub watch_out: &'static str,
    /// How far it reaches.
    pub scope: Scope,
    /// How long it lasts.
    pub duration: Duration,
    /// Whether it needs a change of reporting lines.
    pub needs_reorg: bool,
    /// Whether it creates a hard dependency between teams.
    pub hard_dependency: bool,
    /// Where Rubick's meaning differs from the common one.
    pub note: Option<&'static str>,
    /// Link to Rubick's writing on this model.
    pub source_url: &'static str,
    /// Title of that link.
    pub source_title: &'static str,
    /// Relations declared on this model.
    pub related: &'static [Relation],
}

/// A scoring effect of a wizard answer on one model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Effect {
    /// Index of the model.
    pub model: usize,
    /// Points added (negative: removed).
    pub delta: i8,
    /// Why, in one sentence.
    pub reason: &'static str,
}

/// One answer to a wizard question.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    /// Kebab-case id, unique within its question.
    pub id: &'static str,
    /// The statement the reader chooses.
    pub label: &'static str,
    /// The "not sure / doesn't apply" answer, which moves no score.
    pub unsure: bool,
    /// Score effects.
    pub effects: &'static [Effect],
}

/// One wizard question.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// Kebab-case id, unique.
    pub id: &'static str,
    /// The question itself.
    pub prompt: &'static str,
    /// One sentence of guidance.
    pub help: &'static str,
    /// Shown only if any of these (question, answer) indices was chosen; empty means always.
    pub only_if: &'static [(usize, usize)],
    /// Answers; exactly one is `unsure`.
    pub answers: &'static [Answer],
}

/// The whole catalogue: models and wizard. Components receive it as data, never from a global.
#[derive(Debug)]
pub struct Catalogue {
    /// Models in display order.
    pub models: &'static [Model],
    /// Wizard questions in order.
    pub questions: &'static [Question],
}

impl Catalogue {
    /// Index of the model with this id.
    pub fn model_index(&self, id: &str) -> Option<usize> {
        self.models.iter().position(|m| m.id == id)
    }
}

/// A cheap, copyable handle on a catalogue that compares by identity (for component props).
#[derive(Debug, Clone, Copy)]
pub struct CatalogueRef(pub &'static Catalogue);

impl PartialEq for CatalogueRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl std::ops::Deref for CatalogueRef {
    type Target = Catalogue;
    fn deref(&self) -> &Catalogue {
        self.0
    }
}

impl Category {
    /// All categories in display order.
    pub const ALL: [Category; 3] = [Category::Centralized, Category::RoleBased, Category::Team];
    /// URL and data id.
    pub fn id(self) -> &'static str {
        match self {
            Category::Centralized => "centralized",
            Category::RoleBased => "role-based",
            Category::Team => "team",
        }
    }
    /// Display label.
    pub fn label(self) -> &'static str {
        match self {
            Category::Centralized => "Centralized",
            Category::RoleBased => "Role-based",
            Category::Team => "Team",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

impl Scope {
    /// Display label.
    pub fn label(self) -> &'static str {
        match self {
            Scope::Team => "One team",
            Scope::CrossTeam => "Cross-team",
            Scope::OrgWide => "Org-wide",
        }
    }
}

impl Duration {
    /// Display label.
    pub fn label(self) -> &'static str {
        match self {
            Duration::Temporary => "Temporary",
            Duration::LongLived => "Long-lived",
        }
    }
}

impl RelationKind {
    /// Label read from the model that declares the relation ("Variation of: Liaison").
    pub fn label(self) -> &'static str {
        match self {
            RelationKind::VariationOf => "Variation of",
            RelationKind::AlternativeTo => "Alternative to",
            RelationKind::PairsWith => "Pairs well with",
            RelationKind::EvolvesInto => "Often evolves into",
        }
    }
    /// Label read from the target's side ("Has variation: Rotation").
    pub fn inverse_label(self) -> &'static str {
        match self {
            RelationKind::VariationOf => "Has a variation",
            RelationKind::AlternativeTo => "Alternative to",
            RelationKind::PairsWith => "Pairs well with",
            RelationKind::EvolvesInto => "Often grows out of",
        }
    }
}
