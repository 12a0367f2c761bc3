//! The people of a comparison link: each person's answers in a short code, checked against the questions.

use super::percent_decode;
use crate::group::{self, MAX_NAME_LEN, MAX_PEOPLE, Person};
use crate::text;
use crate::types::Catalogue;
use crate::wizard::{self, Answers};

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

/// Reads the people of a comparison link (`p=`): the questions' [`fingerprint`], then one [`person_code`] per
/// person with an optional `~name`.
pub(super) fn parse_people(
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
        let who = text::cat(&["person ", &text::num(i + 1)]);
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
            _ => problems.push(text::cat(&["the answers of ", &who, " are not readable"])),
        }
    }
}
