//! The view state kept in the URL hash: parsing never fails, and unknown parts become notices.

use crate::filter::{Facet, Filters};
use crate::group::{self, MAX_NAME_LEN, MAX_NOTE_LEN, MAX_PEOPLE, Person, Record};
use crate::types::Catalogue;
use crate::wizard::{self, Answers};

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
}

impl View {
    /// Every view, in tab order.
    pub const ALL: [View; 6] = [
        View::Catalogue,
        View::Wizard,
        View::Compare,
        View::Map,
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
    /// The decision record's fields.
    pub record: Record,
}

/// A parsed hash and what could not be understood in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    /// The state that could be restored.
    pub state: UrlState,
    /// Short descriptions of the parts that were ignored.
    pub problems: Vec<String>,
}

/// Decodes `%XX` escapes and `+`; None if the result is not UTF-8 or an escape is malformed.
pub fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                let hex = std::str::from_utf8(hex).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// Encodes everything but unreserved characters.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => {
                out.push('%');
                for d in [b >> 4, b & 15] {
                    out.push(char::from(b"0123456789ABCDEF"[usize::from(d)]));
                }
            }
        }
    }
    out
}

/// Notes a problem that names a value: `before "value" after`, the value cut to 24 characters.
fn problem(problems: &mut Vec<String>, before: &str, value: &str, after: &str) {
    let mut t = String::from(before);
    t.push('"');
    t.extend(value.chars().take(24));
    if value.chars().nth(24).is_some() {
        t.push('…');
    }
    t.push('"');
    t.push_str(after);
    problems.push(t);
}

/// Parses a location hash (with or without the leading `#`) against a catalogue.
pub fn parse(hash: &str, catalogue: &Catalogue) -> Parsed {
    let mut state = UrlState {
        answers: Answers::empty(catalogue.questions.len()),
        ..UrlState::default()
    };
    let mut problems = Vec::new();
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    if hash.is_empty() {
        return Parsed { state, problems };
    }
    if hash.len() > MAX_HASH_LEN {
        let mut t = String::from("the link has ");
        t.push_str(&hash.len().to_string());
        t.push_str(" characters, more than the 2048 a link here may have");
        problems.push(t);
        return Parsed { state, problems };
    }
    let mut step_raw = None;
    for pair in hash.split('&').filter(|p| !p.is_empty()) {
        let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        if key == "p" {
            parse_people(raw, catalogue, &mut state.people, &mut problems);
            continue;
        }
        let Some(value) = percent_decode(raw) else {
            problem(&mut problems, "", key, " is not readable");
            continue;
        };
        match key {
            "view" => match View::from_id(&value) {
                Some(view) => state.view = view,
                None => problem(&mut problems, "unknown view ", &value, ""),
            },
            "q" => state.query = value.chars().take(MAX_QUERY_LEN).collect(),
            "open" => match catalogue.model_index(&value) {
                Some(i) => state.open = Some(i),
                None => problem(&mut problems, "no model is called ", &value, ""),
            },
            "sort" => match value.as_str() {
                "fit" => state.sort_by_fit = true,
                _ => problem(&mut problems, "unknown sort ", &value, ""),
            },
            "cmp" => {
                for id in value.split(',').filter(|v| !v.is_empty()) {
                    match catalogue.model_index(id) {
                        Some(i)
                            if !state.compare.contains(&i) && state.compare.len() < MAX_COMPARE =>
                        {
                            state.compare.push(i)
                        }
                        Some(_) => problem(
                            &mut problems,
                            "",
                            id,
                            " cannot be compared twice or as a fourth model",
                        ),
                        None => problem(&mut problems, "no model is called ", id, ""),
                    }
                }
            }
            "a" => parse_answers(&value, catalogue, &mut state.answers, &mut problems),
            "dec" => match catalogue.model_index(&value) {
                Some(i) => state.record.choice = Some(i),
                None => problem(&mut problems, "no model is called ", &value, ""),
            },
            "why" => state.record.why = group::cut(&value, MAX_NOTE_LEN),
            "revisit" => state.record.revisit = group::cut(&value, MAX_NOTE_LEN),
            "review" if group::is_date(&value) => state.record.review = value,
            "review" => problem(&mut problems, "", &value, " is not a date"),
            "step" => step_raw = Some(value),
            _ => match Facet::from_key(key) {
                Some(facet) => {
                    for v in value.split(',').filter(|v| !v.is_empty()) {
                        match facet.value_index(v) {
                            Some(i) => state.filters.set(facet, i, true),
                            None => {
                                let before = ["unknown ", facet.key(), " filter "].concat();
                                problem(&mut problems, &before, v, "")
                            }
                        }
                    }
                }
                None => problem(&mut problems, "unknown setting ", key, ""),
            },
        }
    }
    let before = state.answers.clone();
    state.answers.prune(catalogue);
    if state.answers != before {
        problems.push("answers to questions that do not apply were dropped".to_string());
    }
    if let Some(step) = step_raw {
        if step == "results" {
            if wizard::is_complete(catalogue, &state.answers) {
                state.step = Some(Step::Results);
            } else {
                problems.push("some answers are missing for the results".to_string());
            }
        } else {
            match catalogue.questions.iter().position(|q| q.id == step) {
                Some(q) if wizard::is_shown(catalogue, &state.answers, q) => {
                    state.step = Some(Step::Question(q))
                }
                _ => problem(&mut problems, "unknown question ", &step, ""),
            }
        }
    }
    Parsed { state, problems }
}

fn parse_answers(
    value: &str,
    catalogue: &Catalogue,
    answers: &mut Answers,
    problems: &mut Vec<String>,
) {
    for item in value.split(',').filter(|v| !v.is_empty()) {
        let found = item.split_once('.').and_then(|(q, a)| {
            let qi = catalogue.questions.iter().position(|x| x.id == q)?;
            let ai = catalogue.questions[qi]
                .answers
                .iter()
                .position(|x| x.id == a)?;
            Some((qi, ai))
        });
        match found {
            Some((q, a)) if !answers.is_answered(q) => answers.0[q] = 1 << a,
            Some((q, a)) => {
                let question = &catalogue.questions[q];
                let unsure = question.answers[a].unsure
                    || answers.chosen(q).any(|x| question.answers[x].unsure);
                let count = answers.chosen(q).count();
                if !answers.has(q, a) && (unsure || count >= usize::from(question.max_choices)) {
                    problem(problems, "too many answers to ", question.id, "");
                } else {
                    answers.0[q] |= 1 << a;
                }
            }
            None => problem(problems, "unknown answer ", item, ""),
        }
    }
}

/// Writes the state as a hash (without `#`); the default state is the empty string.
pub fn to_hash(state: &UrlState, catalogue: &Catalogue) -> String {
    let mut out = String::new();
    // Starts `key=`; the caller writes the value.
    let key = |out: &mut String, k: &str| {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(k);
        out.push('=');
    };
    // A list of ids, comma-separated.
    let list = |out: &mut String, k: &str, ids: &mut dyn Iterator<Item = &str>| {
        let mut first = true;
        for id in ids {
            if first {
                key(out, k);
                first = false;
            } else {
                out.push(',');
            }
            out.push_str(id);
        }
    };
    if state.view != View::Catalogue {
        key(&mut out, "view");
        out.push_str(state.view.id());
    }
    if !state.query.is_empty() {
        key(&mut out, "q");
        out.push_str(&percent_encode(&state.query));
    }
    for facet in Facet::ALL {
        let selected = state.filters.selected_in(facet);
        list(
            &mut out,
            facet.key(),
            &mut selected.iter().map(|&v| facet.values()[v].0),
        );
    }
    if let Some(m) = state.open.and_then(|i| catalogue.models.get(i)) {
        key(&mut out, "open");
        out.push_str(m.id);
    }
    // Only the answers that count: those of shown questions.
    let shown = wizard::shown_questions(catalogue, &state.answers);
    let answers: Vec<String> = catalogue
        .questions
        .iter()
        .enumerate()
        .filter(|(q, _)| shown.contains(q))
        .flat_map(|(q, question)| {
            state.answers.chosen(q).filter_map(move |a| {
                let mut s = String::from(question.id);
                s.push('.');
                s.push_str(question.answers.get(a)?.id);
                Some(s)
            })
        })
        .collect();
    list(&mut out, "a", &mut answers.iter().map(|a| a.as_str()));
    let step = match state.step {
        Some(Step::Results) => Some("results"),
        Some(Step::Question(q)) => catalogue.questions.get(q).map(|x| x.id),
        None => None,
    };
    list(&mut out, "step", &mut step.into_iter());
    if state.sort_by_fit {
        key(&mut out, "sort");
        out.push_str("fit");
    }
    let models = |ids: &[usize]| -> Vec<&str> {
        ids.iter()
            .filter_map(|&i| catalogue.models.get(i))
            .map(|m| m.id)
            .collect()
    };
    list(&mut out, "cmp", &mut models(&state.compare).into_iter());
    let r = &state.record;
    list(
        &mut out,
        "dec",
        &mut models(r.choice.as_slice()).into_iter(),
    );
    for (k, text) in [
        ("why", &r.why),
        ("revisit", &r.revisit),
        ("review", &r.review),
    ] {
        if !text.is_empty() {
            key(&mut out, k);
            out.push_str(&percent_encode(text));
        }
    }
    if !state.people.is_empty() {
        key(&mut out, "p");
        out.push_str(&fingerprint(catalogue));
        for person in &state.people {
            out.push(',');
            out.push_str(&person_code(catalogue, &person.answers));
            if !person.name.is_empty() {
                out.push('~');
                out.push_str(&percent_encode(&person.name));
            }
        }
    }
    out
}

/// Four base-36 characters that change when the questions change (their ids, their answers' ids and how many
/// answers each takes), so a comparison link made for other questions is refused instead of misread.
pub fn fingerprint(catalogue: &Catalogue) -> String {
    // FNV-1a, 32 bits.
    let mut h: u32 = 0x811c_9dc5;
    let mut eat = |s: &[u8]| {
        for &b in s.iter().chain(b"/") {
            h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
        }
    };
    for q in catalogue.questions {
        eat(q.id.as_bytes());
        eat(&[q.max_choices]);
        for a in q.answers {
            eat(a.id.as_bytes());
        }
    }
    let mut out = String::new();
    for _ in 0..4 {
        out.push(char::from_digit(h % 36, 36).unwrap_or('0'));
        h /= 36;
    }
    out
}

/// One person's answers in a comparison link: per question in catalogue order, as many characters as the
/// question takes answers, each `a` to `p` (the answer's position) or `-` (none); trailing `-` are left out.
/// Twelve characters hold the current questions, where the wizard's `a=` ids take about eighty.
pub fn person_code(catalogue: &Catalogue, answers: &Answers) -> String {
    let mut out = String::new();
    for (q, question) in catalogue.questions.iter().enumerate() {
        let mut chosen = answers.chosen(q);
        for _ in 0..question.max_choices.max(1) {
            out.push(chosen.next().map_or('-', |a| char::from(b'a' + a as u8)));
        }
    }
    out.truncate(out.trim_end_matches('-').len());
    out
}

/// Reads [`person_code`]; None if it does not fit the questions (unknown answer, too long, a repeated answer, or
/// "not sure" next to another answer).
pub fn parse_person_code(catalogue: &Catalogue, code: &str) -> Option<Answers> {
    let mut answers = Answers::empty(catalogue.questions.len());
    let mut chars = code.bytes();
    for (q, question) in catalogue.questions.iter().enumerate() {
        for _ in 0..question.max_choices.max(1) {
            let Some(c) = chars.next() else {
                return Some(answers);
            };
            if c == b'-' {
                continue;
            }
            let a = usize::from(c.checked_sub(b'a')?);
            let answer = question.answers.get(a).filter(|_| a < 16)?;
            let unsure = answer.unsure || answers.chosen(q).any(|x| question.answers[x].unsure);
            if answers.has(q, a) || (unsure && answers.is_answered(q)) {
                return None;
            }
            answers.0[q] |= 1 << a;
        }
    }
    chars.next().is_none().then_some(answers)
}

fn parse_people(
    raw: &str,
    catalogue: &Catalogue,
    people: &mut Vec<Person>,
    problems: &mut Vec<String>,
) {
    let mut items = raw.split(',');
    if items.next() != Some(fingerprint(catalogue).as_str()) {
        problems.push(
            "the people\u{2019}s answers were given to other questions, so they were left out"
                .into(),
        );
        return;
    }
    for (i, item) in items.enumerate() {
        let (code, name) = item.split_once('~').unwrap_or((item, ""));
        let who = ["person ", &(i + 1).to_string()].concat();
        let answers = parse_person_code(catalogue, code).filter(|a| {
            a.any() && wizard::is_complete(catalogue, a) && {
                let mut pruned = a.clone();
                pruned.prune(catalogue);
                pruned == *a
            }
        });
        match (answers, percent_decode(name)) {
            (Some(answers), Some(name)) if people.len() < MAX_PEOPLE => people.push(Person {
                name: group::cut(&name, MAX_NAME_LEN),
                answers,
            }),
            (Some(_), Some(_)) => {
                problems.push(who + " is one more than the six a comparison holds")
            }
            _ => problems.push(["the answers of ", &who, " are not readable"].concat()),
        }
    }
}
