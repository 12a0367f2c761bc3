//! Pasting colleagues' result or comparison links into a comparison.

use super::State;
use crate::group::{self, Person};
use crate::text;
use crate::url;
use crate::wizard;

/// Said when a comparison already holds [`group::MAX_PEOPLE`] people.
pub(super) const FULL: &str =
    "The comparison already holds six people, so these answers were not added.";

/// Adds the people of pasted links to the comparison; returns a notice for the links that could not be used.
pub(super) fn add_links(s: &mut State, text: &str) -> Option<String> {
    let cat = s.catalogue;
    let mut problems: Vec<String> = Vec::new();
    for (i, link) in text.split_whitespace().enumerate() {
        let hash = link.split_once('#').map_or(link, |(_, h)| h);
        let parsed = url::parse(hash, &cat);
        let mut found = parsed.state.people;
        let answers = parsed.state.answers;
        if answers.any() && wizard::is_complete(&cat, &answers) {
            found.push(Person {
                name: String::new(),
                answers,
            });
        }
        let mut what = parsed.problems;
        if found.is_empty() {
            what.push("it holds no complete wizard answers".into());
        }
        for person in found {
            match group::add_person(&mut s.view.people, &person.answers) {
                Some(at) if s.view.people[at].name.is_empty() => {
                    s.view.people[at].name = person.name
                }
                Some(_) => {}
                None => what.push(FULL.into()),
            }
        }
        if !what.is_empty() {
            problems.push(text::cat(&[
                "link ",
                &text::num(i + 1),
                ": ",
                &text::join(&what, ", "),
            ]));
        }
    }
    (!problems.is_empty()).then(|| {
        text::cat(&[
            "Not every pasted link could be used (",
            &text::join(&problems, "; "),
            ").",
        ])
    })
}
