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

/// Where a claim comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SourceKind {
    /// A post by Jade Rubick.
    Rubick,
    /// One of Rubick's unfinished drafts (linked, never cited for a claim).
    Draft,
    /// Another named writer.
    Other,
    /// Our own reading: an inference that no cited source states.
    Ours,
}

/// One source that claims cite.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    /// Kebab-case id used in the data file.
    pub id: &'static str,
    /// Rubick's, a draft of his, another writer's, or ours.
    pub kind: SourceKind,
    /// The writer (empty for Rubick's own work and for ours).
    pub author: &'static str,
    /// The short name shown after each claim: "Rubick", a writer's name, or "our reading".
    pub short: &'static str,
    /// Title of the post or page.
    pub title: &'static str,
    /// Link (empty for our reading).
    pub url: &'static str,
}

/// A statement shown to readers and the sources it comes from (indices into [`Catalogue::sources`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Claim {
    /// The statement, in our words.
    pub text: &'static str,
    /// The sources that support it.
    pub src: &'static [u8],
}

/// A relation from one model to another (by index in the catalogue).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Relation {
    /// Index of the related model.
    pub target: usize,
    /// The kind of relation.
    pub kind: RelationKind,
    /// Where the relation is stated.
    pub src: &'static [u8],
    /// A short remark on it.
    pub note: Option<&'static str>,
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
    /// Rubick's own post about this model (a source index), if he wrote one.
    pub post: Option<u8>,
    /// Rubick's draft on this model (a source index), if his catalogue links one.
    pub draft: Option<u8>,
    /// One-line summary for the card.
    pub summary: Claim,
    /// What it is (one paragraph).
    pub what: &'static [Claim],
    /// When to use it.
    pub when_to_use: &'static [Claim],
    /// When not to use it, and how it fails.
    pub when_not: &'static [Claim],
    /// What it costs.
    pub cost: &'static [Claim],
    /// What it optimizes for.
    pub optimizes_for: Claim,
    /// The main thing to watch out for once it runs.
    pub watch_out: &'static [Claim],
    /// Concrete first steps.
    pub how_to_start: &'static [Claim],
    /// Where Rubick's meaning differs from the common one.
    pub note: Option<Claim>,
    /// How far it reaches; the first value is the main one.
    pub scope: &'static [Scope],
    /// How long it lasts.
    pub duration: Duration,
    /// Whether it needs a change of reporting lines.
    pub needs_reorg: bool,
    /// Whether it creates a hard dependency between teams.
    pub hard_dependency: bool,
    /// The source of each facet value: scope, duration, reporting lines, dependency.
    pub facet_src: [u8; 4],
    /// Relations declared on this model.
    pub related: &'static [Relation],
}

impl Model {
    /// The main scope (the first listed).
    pub fn main_scope(&self) -> Scope {
        self.scope[0]
    }

    /// Every claim on the card, in reading order.
    pub fn claims(&self) -> impl Iterator<Item = &Claim> {
        std::iter::once(&self.summary)
            .chain(self.what)
            .chain(self.note.iter())
            .chain(self.when_to_use)
            .chain(self.when_not)
            .chain(self.cost)
            .chain(std::iter::once(&self.optimizes_for))
            .chain(self.watch_out)
            .chain(self.how_to_start)
    }

    /// Whether Rubick wrote a post on this model (the others rest on his one-line definition and other posts).
    pub fn has_post(&self) -> bool {
        self.post.is_some()
    }
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
    /// Where the reason comes from.
    pub src: &'static [u8],
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
    /// How many answers a reader may pick (1: a radio group).
    pub max_choices: u8,
    /// Whether its effects apply whatever the problem (team count, reorg, duration...).
    pub generic: bool,
    /// Shown only if any of these (question, answer) indices was chosen; empty means always.
    pub only_if: &'static [(usize, usize)],
    /// Answers; exactly one is `unsure`.
    pub answers: &'static [Answer],
}

/// One condition of a preference: the question's chosen answers include one of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Condition {
    /// Question index.
    pub question: usize,
    /// Answer indices, any of which satisfies it.
    pub answers: &'static [usize],
}

/// An order between two models: when every condition holds, `prefer` should rank above `over`. `stated`: Rubick's
/// post compares the two; otherwise it is our reading of a principle of his, and the page must say so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Preference {
    /// The situation: every condition holds.
    pub when: &'static [Condition],
    /// Where the order is not applied: none of these holds.
    pub unless: &'static [Condition],
    /// Why it is not applied where an `unless` condition holds (empty when there is no `unless`).
    pub unless_why: &'static str,
    /// Whether his post states the comparison (shown as his) or it is our reading (shown as ours).
    pub stated: bool,
    /// The model preferred there (index).
    pub prefer: usize,
    /// The model it must outrank (index).
    pub over: usize,
    /// Why, in one sentence.
    pub why: &'static str,
    /// Where he says so, or the post that gives the principle (with "ours").
    pub src: &'static [u8],
}

/// The whole catalogue: sources, models and wizard. Components receive it as data, never from a global.
#[derive(Debug)]
pub struct Catalogue {
    /// Sources that claims cite.
    pub sources: &'static [Source],
    /// Models in display order.
    pub models: &'static [Model],
    /// Wizard questions in order.
    pub questions: &'static [Question],
    /// Rubick's stated preferences between models (checked by the tests).
    pub preferences: &'static [Preference],
    /// The check-ups' signs, model by model (see [`crate::checkup`]).
    pub signs: &'static [Sign],
}

impl Catalogue {
    /// Index of the model with this id.
    pub fn model_index(&self, id: &str) -> Option<usize> {
        self.models.iter().position(|m| m.id == id)
    }

    /// The source with this index.
    pub fn source(&self, index: u8) -> &'static Source {
        &self.sources[usize::from(index)]
    }

    /// Models related to model `index`, declared on it or pointing at it, as (label read from `index`, other model,
    /// relation). A relation declared on both sides is listed once, unless it is a variation.
    pub fn relations(&self, index: usize) -> Vec<(&'static str, usize, &'static Relation)> {
        let mut out: Vec<(&'static str, usize, &'static Relation)> = self.models[index]
            .related
            .iter()
            .map(|r| (r.kind.label(), r.target, r))
            .collect();
        for (i, m) in self.models.iter().enumerate() {
            for r in m.related.iter().filter(|r| r.target == index) {
                if !out.iter().any(|(_, t, o)| *t == i && o.kind == r.kind)
                    || r.kind == RelationKind::VariationOf
                {
                    out.push((r.kind.inverse_label(), i, r));
                }
            }
        }
        out
    }
}

/// One sign of a model's check-up (from a `[[sign]]` of the data file).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sign {
    /// Index of the model it checks.
    pub model: usize,
    /// A warning sign, or a healthy one.
    pub warning: bool,
    /// The question; "yes" shows the sign.
    pub ask: &'static str,
    /// What a "yes" usually means (healthy: what it shows is working).
    pub means: Claim,
    /// A warning's change inside the model.
    pub tune: Option<Claim>,
    /// A warning's model to consider moving to, and why.
    pub moves: Option<(usize, Claim)>,
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
