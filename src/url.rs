//! The view state kept in the URL hash: parsing never fails, and unknown parts become notices.

mod codec;
mod parse;
mod people;
mod write;

pub use codec::{percent_decode, percent_encode};
pub use parse::parse;
pub use people::{fingerprint, parse_person_code, person_code};
pub use write::to_hash;

use crate::filter::Filters;
use crate::group::{Person, Record};
use crate::wizard::Answers;

/// Hashes longer than this are not parsed at all, and the reducer refuses an edit that would write a longer one.
///
/// Browsers open far longer addresses (Chromium takes 2 MB), so the limit comes from where links travel: a
/// comparison link is pasted into chat and mail, and tools there cut or refuse long messages (Discord, for one,
/// takes at most 2,000 characters). 2,048 characters of hash hold six people with names and a decision record with
/// a few sentences of notes (answers take 12 characters per person, see [`person_code`]).
pub const MAX_HASH_LEN: usize = 2048;
/// Search text longer than this is cut.
pub const MAX_QUERY_LEN: usize = 200;

/// Which screen is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// The card catalogue.
    #[default]
    Catalogue,
    /// The decision wizard.
    Wizard,
    /// Two or three models side by side.
    Compare,
    /// All models on two axes with their relations.
    Map,
    /// Several people's answers side by side.
    Group,
    /// A decision record.
    Record,
    /// The check-up of a model in use.
    Checkup,
}

impl View {
    /// Every view, in tab order.
    pub const ALL: [View; 7] = [
        View::Catalogue,
        View::Wizard,
        View::Compare,
        View::Map,
        View::Checkup,
        View::Group,
        View::Record,
    ];

    /// The view's name in links (`view=wizard`).
    pub fn id(self) -> &'static str {
        match self {
            View::Catalogue => "cards",
            View::Wizard => "wizard",
            View::Compare => "compare",
            View::Map => "map",
            View::Group => "group",
            View::Record => "record",
            View::Checkup => "checkup",
        }
    }

    /// The view with this name.
    pub fn from_id(id: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.id() == id)
    }
}

/// At most this many models are compared at once.
pub const MAX_COMPARE: usize = 3;

/// Where the wizard is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Showing the question with this index.
    Question(usize),
    /// Showing the results.
    Results,
}

/// Everything the URL holds.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UrlState {
    /// Which screen.
    pub view: View,
    /// The search text.
    pub query: String,
    /// Selected facet values.
    pub filters: Filters,
    /// The card whose details are open.
    pub open: Option<usize>,
    /// Wizard answers.
    pub answers: Answers,
    /// Wizard position (None: the first unanswered question).
    pub step: Option<Step>,
    /// Whether the card grid is sorted by wizard fit.
    pub sort_by_fit: bool,
    /// Models picked for comparison, in order.
    pub compare: Vec<usize>,
    /// People whose answers are compared.
    pub people: Vec<Person>,
    /// The name of the person answering in turn, who joins `people` with the answers of the wizard.
    pub who: String,
    /// The decision record's fields.
    pub record: Record,
    /// The check-up under way, if any.
    pub check: Option<Check>,
}

/// A check-up: the model in use, the answers to its signs, and whether its result is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    /// The model checked.
    pub model: usize,
    /// One answer per sign of the model's check-up, in order.
    pub answers: Vec<crate::checkup::Answer>,
    /// The result is shown (else the questions).
    pub result: bool,
    /// The decision record started from the result is shown (`verdict=record` in the link).
    pub record: bool,
}

/// A parsed hash and what could not be understood in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    /// The state that could be restored.
    pub state: UrlState,
    /// Short descriptions of the parts that were ignored.
    pub problems: Vec<String>,
}
