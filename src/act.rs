//! What the widget's buttons and fields do, as they carry it in their markup: a button's `data-act` is an [`Act`], a
//! field's `name` is a [`Field`]. Both are written and read here only, so writer and reader cannot disagree; reading
//! never panics, and a code that is unknown, out of range or garbled reads as nothing.

use crate::app::state::RecordField;
use crate::text;

/// What a button (or a link the widget follows itself) does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Act {
    /// Open model N's card (from a link elsewhere).
    Jump(usize),
    /// Go to question N to change its answer.
    GoTo(usize),
    /// Remove person N from the comparison of people's answers.
    RemovePerson(usize),
    /// Compare these models.
    Compare(Vec<usize>),
    /// Show view N of [`crate::url::View::ALL`].
    View(usize),
    /// Add model N to the comparison, or take it out.
    ToggleCompare(usize),
    /// Tick or untick value V of filter facet F (from its chip).
    Filter(usize, usize),
    /// Add the pasted links (from the text box next to the button).
    AddLinks,
    /// Let the next person answer on this screen.
    NextPerson,
    /// Open the decision record.
    Record,
    /// Open the comparison of people's answers.
    Group,
    /// Go to the wizard (its current question or results).
    Wizard,
    /// Go back one question.
    Back,
    /// Browse all cards sorted by fit.
    BrowseByFit,
    /// Clear every answer.
    Restart,
    /// Dismiss the notice.
    Dismiss,
    /// Clear the search.
    ClearQuery,
    /// Clear the search and every filter.
    ClearAll,
    /// Print (the browser does it; the state does not change).
    Print,
    /// Check model N (the check-up of a model in use).
    Check(usize),
    /// Show the check-up's result.
    CheckResult,
    /// Go back to the check-up's questions.
    CheckQuestions,
    /// Choose another model to check.
    CheckOther,
    /// Start a decision record from the check-up's result.
    CheckRecord,
}

/// The codes of the actions without a number, in one table for writing and reading.
const FIXED: [(&str, Act); 16] = [
    ("add", Act::AddLinks),
    ("next", Act::NextPerson),
    ("rec", Act::Record),
    ("grp", Act::Group),
    ("res", Act::Wizard),
    ("back", Act::Back),
    ("fit", Act::BrowseByFit),
    ("restart", Act::Restart),
    ("dismiss", Act::Dismiss),
    ("q", Act::ClearQuery),
    ("clear", Act::ClearAll),
    ("print", Act::Print),
    ("kr", Act::CheckResult),
    ("kq", Act::CheckQuestions),
    ("ko", Act::CheckOther),
    ("kd", Act::CheckRecord),
];

/// The longest list [`Act::Compare`] reads (more than the comparison takes, so the state decides).
const MAX_LIST: usize = 8;

/// A number written by [`text::push_num`]: digits only, no sign, no leading zero but "0", small enough for any index.
pub fn number(s: &str) -> Option<usize> {
    let ok = !s.is_empty()
        && s.len() <= 6
        && s.bytes().all(|b| b.is_ascii_digit())
        && (s == "0" || !s.starts_with('0'));
    // At most six digits: no overflow (and no `str::parse`, whose code the wasm then leaves out).
    ok.then(|| s.bytes().fold(0, |n, b| n * 10 + usize::from(b - b'0')))
}

/// Two numbers joined by a dot ("2.1").
fn pair(s: &str) -> Option<(usize, usize)> {
    let (a, b) = s.split_once('.')?;
    Some((number(a)?, number(b)?))
}

impl Act {
    /// Appends the action's code (an attribute value: letters, digits and dots, nothing to escape).
    pub fn write(&self, out: &mut String) {
        let (letter, n) = match self {
            Act::Jump(n) => ('j', *n),
            Act::GoTo(n) => ('g', *n),
            Act::RemovePerson(n) => ('r', *n),
            Act::View(n) => ('v', *n),
            Act::ToggleCompare(n) => ('t', *n),
            Act::Check(n) => ('k', *n),
            Act::Compare(models) => {
                out.push('c');
                for (i, m) in models.iter().enumerate() {
                    if i > 0 {
                        out.push('.');
                    }
                    text::push_num(out, *m);
                }
                return;
            }
            Act::Filter(f, v) => {
                out.push('f');
                text::push_num(out, *f);
                out.push('.');
                text::push_num(out, *v);
                return;
            }
            fixed => {
                if let Some((code, _)) = FIXED.iter().find(|(_, a)| a == fixed) {
                    out.push_str(code);
                }
                return;
            }
        };
        out.push(letter);
        text::push_num(out, n);
    }

    /// The action's code.
    pub fn code(&self) -> String {
        let mut s = String::new();
        self.write(&mut s);
        s
    }

    /// Reads a code; anything [`Act::write`] would not write reads as `None`.
    pub fn parse(code: &str) -> Option<Act> {
        if let Some((_, a)) = FIXED.iter().find(|(c, _)| *c == code) {
            return Some(a.clone());
        }
        let rest = code.get(1..)?;
        Some(match code.as_bytes().first()? {
            b'j' => Act::Jump(number(rest)?),
            b'g' => Act::GoTo(number(rest)?),
            b'r' => Act::RemovePerson(number(rest)?),
            b'v' => Act::View(number(rest)?),
            b't' => Act::ToggleCompare(number(rest)?),
            b'k' => Act::Check(number(rest)?),
            b'f' => {
                let (f, v) = pair(rest)?;
                Act::Filter(f, v)
            }
            b'c' => {
                let models = rest.split('.').map(number).collect::<Option<Vec<_>>>()?;
                if models.len() > MAX_LIST {
                    return None;
                }
                Act::Compare(models)
            }
            _ => return None,
        })
    }
}

/// What editing a field does, by the field's `name`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The "sort by fit" box.
    SortByFit,
    /// The answer to question N (its value is the answer).
    Answer(usize),
    /// The model in comparison column N (its value is the model).
    Swap(usize),
    /// Person N's name.
    Name(usize),
    /// Value V of filter facet F.
    Filter(usize, usize),
    /// A field of the decision record.
    Record(RecordField),
    /// The answer to sign N of the check-up (its value is the answer's letter).
    Sign(usize),
    /// The model to check (its value is the model).
    CheckModel,
}

/// The record fields' names, in the order of [`RecordField`].
const RECORD: [(&str, RecordField); 6] = [
    ("dec", RecordField::Choice),
    ("status", RecordField::Status),
    ("date", RecordField::Date),
    ("why", RecordField::Why),
    ("revisit", RecordField::Revisit),
    ("review", RecordField::Review),
];

impl Field {
    /// The field's `name`.
    pub fn code(self) -> String {
        let mut out = String::new();
        let (letter, n) = match self {
            Field::SortByFit => return "sort".into(),
            Field::CheckModel => return "check".into(),
            // The table is in the enum's order (the round-trip test proves it).
            Field::Record(part) => return RECORD[part as usize].0.into(),
            Field::Filter(f, v) => {
                out.push('f');
                text::push_num(&mut out, f);
                out.push('.');
                text::push_num(&mut out, v);
                return out;
            }
            Field::Answer(n) => ('a', n),
            Field::Swap(n) => ('s', n),
            Field::Name(n) => ('n', n),
            Field::Sign(n) => ('k', n),
        };
        out.push(letter);
        text::push_num(&mut out, n);
        out
    }

    /// Reads a `name`; anything [`Field::code`] would not write reads as `None`.
    pub fn parse(name: &str) -> Option<Field> {
        match name {
            "sort" => return Some(Field::SortByFit),
            "check" => return Some(Field::CheckModel),
            _ => {}
        }
        if let Some((_, p)) = RECORD.iter().find(|(c, _)| *c == name) {
            return Some(Field::Record(*p));
        }
        let rest = name.get(1..)?;
        Some(match name.as_bytes().first()? {
            b'a' => Field::Answer(number(rest)?),
            b's' => Field::Swap(number(rest)?),
            b'n' => Field::Name(number(rest)?),
            b'k' => Field::Sign(number(rest)?),
            b'f' => {
                let (f, v) = pair(rest)?;
                Field::Filter(f, v)
            }
            _ => return None,
        })
    }
}
