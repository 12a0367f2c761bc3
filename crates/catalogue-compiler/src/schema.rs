//! The validated catalogue: sources, models with sourced claims, wizard questions and Rubick's preferences.

/// Card categories, in display order.
pub const CATEGORIES: &[&str] = &["centralized", "role-based", "team"];
/// Scope values, from narrow to wide.
pub const SCOPES: &[&str] = &["team", "cross-team", "org-wide"];
/// Duration values.
pub const DURATIONS: &[&str] = &["temporary", "long-lived"];
/// Relation kinds between models.
pub const RELATION_KINDS: &[&str] = &[
    "variation-of",
    "alternative-to",
    "pairs-with",
    "evolves-into",
];
/// Source kinds: Rubick's post, his draft, another writer, our own reading.
pub const SOURCE_KINDS: &[&str] = &["rubick", "draft", "other", "ours"];
/// The facets whose values carry a source, in `facet_src` order.
pub const FACETS: &[&str] = &["scope", "duration", "needs_reorg", "hard_dependency"];

/// Where a claim comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    /// A post by Jade Rubick.
    Rubick,
    /// One of Rubick's unfinished drafts.
    Draft,
    /// Another named writer.
    Other,
    /// Our own reading: an inference no cited source states.
    Ours,
}

impl SourceKind {
    /// The kind for an index into [`SOURCE_KINDS`].
    pub fn from_index(i: usize) -> SourceKind {
        [
            SourceKind::Rubick,
            SourceKind::Draft,
            SourceKind::Other,
            SourceKind::Ours,
        ][i]
    }
}

/// One source that claims may cite.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    /// Kebab-case id that claims cite.
    pub id: String,
    /// What kind of source it is.
    pub kind: SourceKind,
    /// The writer (empty for Rubick's posts and drafts, and for our reading).
    pub author: String,
    /// The short name shown after each claim ("Rubick", "Ben-Yosef", "our reading").
    pub short: String,
    /// Title of the post or page.
    pub title: String,
    /// Link (empty for our reading).
    pub url: String,
    /// For Rubick's posts: the post's folder in the public blog-source copy, whose text the evidence test checks
    /// passages against; `None` for a post that copy lacks (marked `unchecked` in the data) and other kinds.
    pub copy: Option<String>,
}

impl Source {
    /// Whether claims citing this source must carry an evidence passage: a post of Rubick's the blog copy holds.
    pub fn checked(&self) -> bool {
        self.kind == SourceKind::Rubick && self.copy.is_some()
    }
}

/// A statement shown to readers, with the sources it comes from (indices into the sources).
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// The statement, in our words.
    pub text: String,
    /// Indices of the sources that support it.
    pub src: Vec<usize>,
    /// Passages copied exactly from the cited posts of Rubick's (for reviewers only; never compiled into the app).
    pub evidence: Vec<String>,
}

/// A relation from one model to another.
#[derive(Debug, Clone, PartialEq)]
pub struct Relation {
    /// Index of the target model.
    pub target: usize,
    /// Index into [`RELATION_KINDS`].
    pub kind: usize,
    /// Where the relation is stated.
    pub src: Vec<usize>,
    /// An optional short remark on the relation.
    pub note: Option<String>,
    /// Passages copied exactly from the cited posts of Rubick's.
    pub evidence: Vec<String>,
}

/// A model as read from the data file, with its references resolved to indices.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// Stable kebab-case id used in URLs.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Index into [`CATEGORIES`].
    pub category: usize,
    /// Rubick's own post about this model (a source index), if he wrote one.
    pub post: Option<usize>,
    /// Rubick's draft on this model (a source index), if the catalogue links one.
    pub draft: Option<usize>,
    /// One-line summary for the card.
    pub summary: Claim,
    /// What the model is.
    pub what: Vec<Claim>,
    /// When to use it.
    pub when_to_use: Vec<Claim>,
    /// When not to use it, and how it fails.
    pub when_not: Vec<Claim>,
    /// What it costs.
    pub cost: Vec<Claim>,
    /// What it optimizes for.
    pub optimizes_for: Claim,
    /// The main watch-out once it runs.
    pub watch_out: Vec<Claim>,
    /// Concrete first steps.
    pub how_to_start: Vec<Claim>,
    /// Where Rubick's meaning differs from the common one.
    pub note: Option<Claim>,
    /// Indices into [`SCOPES`], the primary one first.
    pub scope: Vec<usize>,
    /// Index into [`DURATIONS`].
    pub duration: usize,
    /// Whether it needs a change of reporting lines.
    pub needs_reorg: bool,
    /// Whether it creates a hard dependency between teams.
    pub hard_dependency: bool,
    /// The source of each facet value, in [`FACETS`] order.
    pub facet_src: [usize; 4],
    /// Relations declared on this model.
    pub related: Vec<Relation>,
}

/// One scoring effect of a wizard answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Effect {
    /// Index of the model it moves.
    pub model: usize,
    /// Points added (negative: removed).
    pub delta: i8,
    /// Why, in one sentence.
    pub reason: String,
    /// Where the reason comes from.
    pub src: Vec<usize>,
    /// Passages copied exactly from the cited posts of Rubick's.
    pub evidence: Vec<String>,
}

/// One answer of a wizard question.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    /// Kebab-case id, unique within its question.
    pub id: String,
    /// The statement the reader picks.
    pub label: String,
    /// The "not sure / doesn't apply" answer, which moves no score.
    pub unsure: bool,
    /// Score effects.
    pub effects: Vec<Effect>,
}

/// One wizard question.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// Kebab-case id, unique.
    pub id: String,
    /// The question.
    pub prompt: String,
    /// One sentence of guidance.
    pub help: String,
    /// How many answers a reader may pick (1 for most questions).
    pub max_choices: usize,
    /// Whether its effects apply whatever the problem (team count, reorg, duration...).
    pub generic: bool,
    /// Shown only if any of these (question index, answer index) was chosen; empty: always.
    pub only_if: Vec<(usize, usize)>,
    /// Its answers, exactly one of them `unsure`.
    pub answers: Vec<Answer>,
}

/// One condition of a preference: the question's chosen answers include one of these.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    /// Question index.
    pub question: usize,
    /// Answer indices, any of which satisfies the condition.
    pub answers: Vec<usize>,
}

/// One sign of a model's check-up: a yes / no / not sure question about what a reader sees where the model is
/// in use. A "yes" shows the sign.
#[derive(Debug, Clone, PartialEq)]
pub struct Sign {
    /// Index of the model it checks.
    pub model: usize,
    /// Its id, unique within the model (it goes into links).
    pub id: String,
    /// A warning sign (a "yes" counts against the model as run today), or a healthy one.
    pub warning: bool,
    /// The question, in our words.
    pub ask: String,
    /// What a "yes" usually means (for a healthy sign: what it shows is working).
    pub means: Claim,
    /// A warning's change inside the model, if there is one.
    pub tune: Option<Claim>,
    /// A warning's model to consider moving to, if there is one.
    pub moves: Option<Move>,
}

/// A model to consider moving to when a warning sign shows, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Move {
    /// Index of the model to move to (never the checked model).
    pub to: usize,
    /// Why, with its sources.
    pub claim: Claim,
}

/// An order between two models in a situation: `prefer` should rank above `over`. Either Rubick states it (his
/// post compares the two) or it is our reading of a principle his post gives; the page says which.
#[derive(Debug, Clone, PartialEq)]
pub struct Preference {
    /// Every condition must hold.
    pub when: Vec<Condition>,
    /// None of these may hold (where the order is not applied).
    pub unless: Vec<Condition>,
    /// Why the order is not applied where an `unless` condition holds, shown to the reader there.
    pub unless_why: Option<String>,
    /// Whether the cited post itself makes the comparison (printed as his); otherwise it is our reading.
    pub stated: bool,
    /// The model he prefers (index).
    pub prefer: usize,
    /// The model it should outrank (index).
    pub over: usize,
    /// Why, in one sentence.
    pub why: String,
    /// Where he says so, or the post that gives the principle we read it from.
    pub src: Vec<usize>,
    /// Passages copied exactly from the cited posts of Rubick's.
    pub evidence: Vec<String>,
}

/// A whole validated catalogue.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Catalogue {
    /// Sources in file order.
    pub sources: Vec<Source>,
    /// Models in file order.
    pub models: Vec<Model>,
    /// Wizard questions in file order.
    pub questions: Vec<Question>,
    /// Rubick's stated preferences between models.
    pub preferences: Vec<Preference>,
    /// The check-ups' signs, model by model in file order.
    pub signs: Vec<Sign>,
}

impl Model {
    /// Every claim on the card with the field it belongs to (for checks over all text).
    pub fn claims(&self) -> Vec<(String, &Claim)> {
        let mut out = vec![
            ("summary".to_string(), &self.summary),
            ("optimizes_for".to_string(), &self.optimizes_for),
        ];
        for (field, list) in [
            ("what", &self.what),
            ("when_to_use", &self.when_to_use),
            ("when_not", &self.when_not),
            ("cost", &self.cost),
            ("watch_out", &self.watch_out),
            ("how_to_start", &self.how_to_start),
        ] {
            out.extend(
                list.iter()
                    .enumerate()
                    .map(|(i, c)| (format!("{field}[{i}]"), c)),
            );
        }
        if let Some(n) = &self.note {
            out.push(("note".to_string(), n));
        }
        out
    }
}
