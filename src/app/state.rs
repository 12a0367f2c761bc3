//! App state, the actions that change it, and the reducer (pure: tested natively).

use std::rc::Rc;

use yew::Reducible;

use crate::checkup;
use crate::filter::Facet;
use crate::group::{self, MAX_NAME_LEN, MAX_NOTE_LEN};
use crate::text;
use crate::types::CatalogueRef;
use crate::url::{self, Check, Parsed, Step, UrlState, View};
use crate::wizard::{self, Answers};

mod links;
use links::{FULL, add_links};

/// The whole state of one widget instance.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// The data it shows.
    pub catalogue: CatalogueRef,
    /// Everything that also lives in the URL.
    pub view: UrlState,
    /// A short notice (e.g. a link that could not be read).
    pub notice: Option<String>,
    /// The wizard asked to go on without an answer.
    pub missing_answer: bool,
    /// Increases when the wizard moves, so the new question or results heading takes focus.
    pub wizard_moves: u32,
    /// Increases when a card is opened from a link, so it scrolls into view and takes focus.
    pub card_jumps: u32,
    /// The last edit was refused because the link would have grown past [`url::MAX_HASH_LEN`].
    pub link_full: bool,
    /// The catalogue view has drawn every card (its first render draws a few; see `CatalogueView`). The
    /// pre-rendered copy, which has no second render, draws them all at once.
    pub all_drawn: bool,
}

/// A field of the decision record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordField {
    /// The chosen model (its index, or empty for the top model).
    Choice,
    /// Where the decision stands (a [`group::Status`] id).
    Status,
    /// When it was decided (`YYYY-MM-DD`).
    Date,
    /// Why we chose it.
    Why,
    /// What else would make us revisit it.
    Revisit,
    /// The review date (`YYYY-MM-DD`).
    Review,
}

/// Everything a user can do.
// `Restore` carries a whole parsed link; actions live for one dispatch, so boxing it would only add code.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The catalogue view's first render is in the DOM: draw the remaining cards.
    DrawAll,
    /// Typed into the search box.
    SetQuery(String),
    /// Ticked or unticked a filter.
    ToggleFilter(Facet, usize),
    /// Cleared the search text.
    ClearQuery,
    /// Cleared search and every filter.
    ClearAll,
    /// Opened a card's details (from its own button).
    Open(usize),
    /// Jumped to a card from a link elsewhere.
    Jump(usize),
    /// Closed the open card.
    Close,
    /// Switched screen.
    SetView(View),
    /// Chose an answer (the only one, for a question that takes one).
    Answer(usize, usize),
    /// Ticked or unticked an answer of a question that takes several.
    Toggle(usize, usize),
    /// Went to the next question or the results.
    Next,
    /// Went back one question.
    Back,
    /// Went to one question to change its answer.
    GoTo(usize),
    /// Cleared every answer.
    Restart,
    /// Sorted the grid by wizard fit, or not.
    SortByFit(bool),
    /// Went from the results to the cards, sorted by fit.
    BrowseByFit,
    /// The URL changed (load, back, pasted link).
    Restore(Parsed),
    /// Dismissed the notice.
    DismissNotice,
    /// Added a model to the comparison, or removed it.
    ToggleCompare(usize),
    /// Replaced the compared model at a position with another.
    SwapCompare(usize, usize),
    /// Compared these models (e.g. the wizard's top three).
    CompareThese(Vec<usize>),
    /// Opened the comparison of people's answers (from a result: with these answers in it).
    Group,
    /// Pasted colleagues' result or comparison links (separated by spaces or lines).
    AddLinks(String),
    /// Cleared the wizard so that the next person answers on this screen.
    NextPerson,
    /// Removed a person from the comparison.
    RemovePerson(usize),
    /// Named a person.
    Rename(usize, String),
    /// Opened the decision record (from a result: with these answers in it); the date is today's (`YYYY-MM-DD`),
    /// the record's date unless one is set, and three months later its review date.
    Record(String),
    /// Edited a field of the decision record.
    EditRecord(RecordField, String),
    /// Opened the check-up of a model (a new one unless that model's is under way).
    Check(usize),
    /// Went back to choosing the model to check.
    CheckOther,
    /// Answered a sign of the check-up.
    Sign(usize, checkup::Answer),
    /// Showed the check-up's result (true) or its questions (false).
    CheckResult(bool),
    /// Started a decision record from the check-up's result; the date is today's (`YYYY-MM-DD`), for its fields.
    CheckRecord(String),
}

impl State {
    /// A fresh state showing `view`.
    pub fn new(catalogue: CatalogueRef, view: UrlState) -> Self {
        State {
            catalogue,
            view,
            notice: None,
            missing_answer: false,
            wizard_moves: 0,
            card_jumps: 0,
            link_full: false,
            all_drawn: cfg!(feature = "ssr"),
        }
    }

    /// The wizard position, resolving "not set" to the first unanswered question.
    pub fn step(&self) -> Step {
        let cat = &*self.catalogue;
        if let Some(step) = self.view.step {
            return step;
        }
        let shown = wizard::shown_questions(cat, &self.view.answers);
        match shown.iter().find(|&&q| !self.view.answers.is_answered(q)) {
            Some(&q) => Step::Question(q),
            None => Step::Results,
        }
    }

    /// Clears the answers and goes to the wizard's first question (a restart, or the next person's turn).
    fn start_wizard(&mut self) {
        let cat = &*self.catalogue;
        self.view.answers = Answers::empty(cat.questions.len());
        self.view.step = wizard::shown_questions(cat, &self.view.answers)
            .first()
            .map(|&q| Step::Question(q));
        self.view.sort_by_fit = false;
        self.view.who.clear();
        self.missing_answer = false;
        self.wizard_moves += 1;
    }

    fn step_to_first_unanswered(&self) -> Step {
        State {
            view: UrlState {
                step: None,
                ..self.view.clone()
            },
            ..self.clone()
        }
        .step()
    }

    /// Whether the wizard has results to show.
    pub fn has_results(&self) -> bool {
        self.view.answers.any() && wizard::is_complete(&self.catalogue, &self.view.answers)
    }

    /// The URL hash for this state.
    pub fn hash(&self) -> String {
        url::to_hash(&self.view, &self.catalogue)
    }
}

/// The notice shown for the parts of a link that could not be used.
pub fn notice_for(problems: &[String]) -> Option<String> {
    if problems.is_empty() {
        None
    } else {
        Some(text::cat(&[
            "Part of this link could not be used (",
            &text::join(problems, "; "),
            "), so it was ignored.",
        ]))
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        let cat = s.catalogue;
        // Edits of the comparison and the record may not make the link too long to reopen.
        let guarded = matches!(
            action,
            Action::AddLinks(_)
                | Action::Rename(..)
                | Action::EditRecord(..)
                | Action::Group
                | Action::Record(_)
        );
        match action {
            Action::SetQuery(q) => s.view.query = q.chars().take(url::MAX_QUERY_LEN).collect(),
            Action::ToggleFilter(f, v) => s.view.filters.toggle(f, v),
            Action::ClearQuery => s.view.query.clear(),
            Action::ClearAll => {
                s.view.query.clear();
                s.view.filters = Default::default();
            }
            Action::Open(i) => s.view.open = (i < cat.models.len()).then_some(i),
            Action::Jump(i) => {
                if i < cat.models.len() {
                    s.view.view = View::Catalogue;
                    s.view.open = Some(i);
                    // Make sure the card is visible whatever the filters are.
                    s.view.query.clear();
                    s.view.filters = Default::default();
                    s.card_jumps += 1;
                }
            }
            Action::Close => s.view.open = None,
            Action::SetView(v) => {
                s.view.view = v;
                if v == View::Wizard && s.view.step.is_none() {
                    s.view.step = Some(s.step());
                }
            }
            // An answer that does not exist (a garbled action) changes nothing.
            Action::Answer(q, a) | Action::Toggle(q, a)
                if cat.questions.get(q).is_none_or(|x| a >= x.answers.len()) => {}
            Action::Answer(q, a) => {
                // Pin the current question first, so answering never moves the wizard on by itself.
                if s.view.step.is_none() {
                    s.view.step = Some(s.step());
                }
                s.view.answers.set(q, Some(a));
                s.missing_answer = false;
            }
            Action::Toggle(q, a) => {
                if s.view.step.is_none() {
                    s.view.step = Some(s.step());
                }
                s.view.answers.toggle(&cat, q, a);
                s.missing_answer = false;
            }
            Action::Next => match s.step() {
                Step::Question(q) if !s.view.answers.is_answered(q) => s.missing_answer = true,
                Step::Question(q) => {
                    let next = wizard::shown_questions(&cat, &s.view.answers)
                        .into_iter()
                        .find(|&x| x > q);
                    s.view.step = Some(match next {
                        Some(n) => Step::Question(n),
                        None if wizard::is_complete(&cat, &s.view.answers) => Step::Results,
                        None => s.step_to_first_unanswered(),
                    });
                    s.wizard_moves += 1;
                }
                Step::Results => {}
            },
            Action::Back => {
                let shown = wizard::shown_questions(&cat, &s.view.answers);
                let prev = match s.step() {
                    Step::Question(q) => shown.into_iter().rev().find(|&x| x < q),
                    Step::Results => shown.last().copied(),
                };
                if let Some(p) = prev {
                    s.view.step = Some(Step::Question(p));
                    s.missing_answer = false;
                    s.wizard_moves += 1;
                }
            }
            Action::GoTo(q) => {
                if q < cat.questions.len() && wizard::is_shown(&cat, &s.view.answers, q) {
                    s.view.view = View::Wizard;
                    s.view.step = Some(Step::Question(q));
                    s.missing_answer = false;
                    s.wizard_moves += 1;
                }
            }
            Action::Restart => s.start_wizard(),
            Action::DrawAll => s.all_drawn = true,
            Action::SortByFit(on) => s.view.sort_by_fit = on && s.has_results(),
            Action::BrowseByFit => {
                s.view.sort_by_fit = s.has_results();
                s.view.view = View::Catalogue;
            }
            // A browser may report one navigation twice (popstate, then hashchange), the second time after the app
            // has rewritten the address: a restore that changes nothing keeps the notice of the first.
            Action::Restore(parsed) => {
                if parsed.state != s.view || !parsed.problems.is_empty() {
                    s.notice = notice_for(&parsed.problems);
                    s.view = parsed.state;
                    s.missing_answer = false;
                }
            }
            Action::DismissNotice => s.notice = None,
            Action::ToggleCompare(m) => {
                if let Some(p) = s.view.compare.iter().position(|&x| x == m) {
                    s.view.compare.remove(p);
                } else if m < cat.models.len() && s.view.compare.len() < url::MAX_COMPARE {
                    s.view.compare.push(m);
                }
            }
            Action::SwapCompare(pos, m) => {
                if pos < s.view.compare.len()
                    && m < cat.models.len()
                    && !s.view.compare.contains(&m)
                {
                    s.view.compare[pos] = m;
                }
            }
            Action::CompareThese(models) => {
                // Models out of range are dropped; a list with none left changes nothing.
                let models: Vec<usize> = models
                    .into_iter()
                    .filter(|&m| m < cat.models.len())
                    .take(url::MAX_COMPARE)
                    .collect();
                if !models.is_empty() {
                    s.view.compare = models;
                    s.view.view = View::Compare;
                }
            }
            Action::Group | Action::Record(_) => {
                if s.view.view == View::Wizard && s.has_results() {
                    let answers = s.view.answers.clone();
                    let before = s.view.people.len();
                    match group::add_person(&mut s.view.people, &answers) {
                        // The person who answered in turn takes the name they gave over the wizard.
                        Some(at) if at == before => {
                            s.view.people[at].name = std::mem::take(&mut s.view.who)
                        }
                        Some(_) => {}
                        None => s.notice = Some(FULL.into()),
                    }
                }
                if let Action::Record(today) = action {
                    let r = &mut s.view.record;
                    if r.date.is_empty() && group::is_date(&today) {
                        r.date = today.clone();
                    }
                    if r.review.is_empty() {
                        r.review = group::add_days(&today, 91).unwrap_or_default();
                    }
                    s.view.view = View::Record;
                } else {
                    s.view.view = View::Group;
                }
                s.wizard_moves += 1;
            }
            Action::AddLinks(text) => s.notice = add_links(&mut s, &text),
            Action::NextPerson => {
                s.view.view = View::Wizard;
                s.start_wizard();
            }
            Action::RemovePerson(i) => {
                if i < s.view.people.len() {
                    s.view.people.remove(i);
                }
            }
            Action::Rename(i, name) => {
                if let Some(p) = s.view.people.get_mut(i) {
                    p.name = group::cut(&name, MAX_NAME_LEN);
                } else if i == s.view.people.len() {
                    s.view.who = group::cut(&name, MAX_NAME_LEN);
                }
            }
            // An unknown model changes nothing.
            Action::Check(m) => {
                if m < cat.models.len() {
                    s.view.view = View::Checkup;
                    if s.view.check.as_ref().is_none_or(|c| c.model != m) {
                        s.view.check = Some(Check {
                            model: m,
                            answers: vec![
                                checkup::Answer::Unsure;
                                checkup::signs_of(&cat, m).len()
                            ],
                            result: false,
                            record: false,
                        });
                    }
                    s.wizard_moves += 1;
                }
            }
            Action::CheckOther => {
                s.view.view = View::Checkup;
                s.view.check = None;
                s.wizard_moves += 1;
            }
            Action::Sign(i, a) => {
                if let Some(slot) = s.view.check.as_mut().and_then(|c| c.answers.get_mut(i)) {
                    *slot = a;
                }
            }
            Action::CheckResult(shown) => {
                if let Some(c) = s.view.check.as_mut() {
                    c.result = shown;
                    c.record = false;
                    s.wizard_moves += 1;
                }
            }
            Action::CheckRecord(today) => {
                if let Some(c) = s.view.check.as_mut() {
                    c.result = true;
                    c.record = true;
                    s.view.view = View::Checkup;
                    let r = &mut s.view.record;
                    if r.review.is_empty() {
                        r.review = group::add_days(&today, 91).unwrap_or_default();
                    }
                    if r.date.is_empty() && group::is_date(&today) {
                        r.date = today;
                    }
                    s.wizard_moves += 1;
                }
            }
            Action::EditRecord(field, value) => {
                let r = &mut s.view.record;
                match field {
                    RecordField::Choice => {
                        r.choice = crate::act::number(&value).filter(|&m| m < cat.models.len())
                    }
                    RecordField::Status => {
                        if let Some(status) = group::Status::from_id(&value) {
                            r.status = status
                        }
                    }
                    RecordField::Date => {
                        if value.is_empty() || group::is_date(&value) {
                            r.date = value;
                        }
                    }
                    RecordField::Why => r.why = group::cut(&value, MAX_NOTE_LEN),
                    RecordField::Revisit => r.revisit = group::cut(&value, MAX_NOTE_LEN),
                    RecordField::Review => {
                        if value.is_empty() || group::is_date(&value) {
                            r.review = value;
                        }
                    }
                }
            }
        }
        if guarded {
            s.link_full = s.hash().len() > url::MAX_HASH_LEN;
            if s.link_full {
                return Rc::new(State {
                    link_full: true,
                    ..(*self).clone()
                });
            }
        }
        if s == *self { self } else { Rc::new(s) }
    }
}
