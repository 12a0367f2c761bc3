//! Plain-text reports of a wizard result (Markdown for the clipboard).

use crate::data::RUBICK_URL;
use crate::filter::Facet;
use crate::group::{self, Change, Person, Record};
use crate::provenance;
use crate::text;
use crate::types::{Catalogue, Claim, Model, Question};
use crate::verdict::{self, Verdict};
use crate::wizard::{self, Answers, Reason};

/// A claim as Markdown: its text and, in italics, where it comes from.
pub fn claim_markdown(catalogue: &Catalogue, claim: &Claim) -> String {
    format!(
        "{} _({})_",
        claim.text,
        provenance::marks(catalogue, claim.src)
    )
}

fn claims_markdown(catalogue: &Catalogue, claims: &[Claim]) -> String {
    claims
        .iter()
        .map(|c| claim_markdown(catalogue, c))
        .collect::<Vec<_>>()
        .join(" ")
}

fn reason_markdown(catalogue: &Catalogue, r: &Reason) -> String {
    format!(
        "- {} {} _({})_\n",
        text::signed(r.effect.delta.into()),
        r.effect.reason,
        provenance::marks(catalogue, r.effect.src)
    )
}

/// The verdict's first sentence: the answer, in words a manager can act on.
pub fn verdict_headline(catalogue: &Catalogue, v: &Verdict) -> String {
    let name = |m: usize| catalogue.models[m].name;
    match v {
        Verdict::Lead { model, fit, close } => {
            let mut out = format!(
                "Best fit: {}, a {} for your answers.",
                name(*model),
                fit.label()
            );
            if *close {
                out.push_str(" A close call: read the next one too.");
            }
            out
        }
        Verdict::Tie { models, .. } => {
            let names: Vec<&str> = models.iter().map(|&m| name(m)).collect();
            format!(
                "A tie: {} fit your answers equally, so their order here is not advice.",
                and_list(&names)
            )
        }
        Verdict::NoSignal { .. } => {
            "Your answers don't point to a model yet: with nothing to go on, any order \
            would just be the catalogue's own."
                .to_string()
        }
    }
}

/// What would separate the models when the verdict is a tie or has nothing to go on (empty otherwise).
pub fn separate_line(catalogue: &Catalogue, v: &Verdict) -> String {
    let (separate, what) = match v {
        Verdict::Tie { separate, .. } => (separate, "would separate them"),
        Verdict::NoSignal { separate } => (separate, "would decide the most"),
        Verdict::Lead { .. } => return String::new(),
    };
    if separate.is_empty() {
        return String::new();
    }
    let prompts: Vec<String> = separate
        .iter()
        .map(|&q| format!("\u{201c}{}\u{201d}", catalogue.questions[q].prompt))
        .collect();
    let prompts: Vec<&str> = prompts.iter().map(String::as_str).collect();
    format!("Answering {} {what}.", or_list(&prompts))
}

/// "a", "a or b", "a, b or c".
fn or_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// How the results word an order between two models: as Rubick's only where his post states it, otherwise as our
/// reading; a set-aside order says why it is not applied. The sources follow as marks.
pub fn order_sentence(catalogue: &Catalogue, note: &wizard::OrderNote<'_>) -> String {
    let p = note.preference;
    let (a, b) = (
        catalogue.models[p.prefer].name,
        catalogue.models[p.over].name,
    );
    match (note.applied, p.stated) {
        (true, true) => format!("Rubick prefers {a} over {b} here: {}", p.why),
        (true, false) => format!(
            "Our reading of his posts: {a} over {b} here, because {}",
            p.why
        ),
        (false, true) => format!(
            "Rubick prefers {a} over {b} in general, but that is not applied here: {}",
            p.unless_why
        ),
        (false, false) => format!(
            "Our reading of his posts puts {a} over {b}, but not here: {}",
            p.unless_why
        ),
    }
}

/// The orders that bear on the chosen model in anyone's answers (each once), for the decision record.
pub fn record_orders<'c>(
    catalogue: &'c Catalogue,
    answers: &[Answers],
    chosen: usize,
) -> Vec<wizard::OrderNote<'c>> {
    let mut out: Vec<wizard::OrderNote<'c>> = Vec::new();
    for a in answers {
        let ranked = wizard::rank(catalogue, a);
        for n in wizard::order_notes(catalogue, a, &ranked, chosen, 2) {
            if !out.iter().any(|o| std::ptr::eq(o.preference, n.preference)) {
                out.push(n);
            }
        }
    }
    out
}

/// Markdown lines for the orders that bear on a model, each with its marks.
fn orders_markdown(catalogue: &Catalogue, notes: &[wizard::OrderNote<'_>]) -> String {
    notes
        .iter()
        .map(|n| {
            format!(
                "- {} _({})_\n",
                order_sentence(catalogue, n),
                provenance::marks(catalogue, n.preference.src)
            )
        })
        .collect()
}

/// Where to read more about a model: Rubick's post on it, or his catalogue page.
pub fn read_more(catalogue: &Catalogue, m: &Model) -> &'static str {
    m.post.map_or(RUBICK_URL, |p| catalogue.source(p).url)
}

/// The wizard result as Markdown: answers, the top three with reasons and watch-outs, and the link back.
pub fn results_markdown(catalogue: &Catalogue, answers: &Answers, link: &str) -> String {
    let mut out =
        String::from("# Coordination models that fit our situation\n\n## Our answers\n\n");
    for q in wizard::shown_questions(catalogue, answers) {
        let question = &catalogue.questions[q];
        let chosen: Vec<&str> = answers
            .chosen(q)
            .map(|a| question.answers[a].label)
            .collect();
        let answer = if chosen.is_empty() {
            "(no answer)".to_string()
        } else {
            chosen.join("; and ")
        };
        out.push_str(&format!("- {} **{}**\n", question.prompt, answer));
    }
    let ranked = wizard::rank(catalogue, answers);
    let v = verdict::verdict(catalogue, answers, &ranked);
    out.push_str("\n## The answer\n\n");
    out.push_str(&verdict_headline(catalogue, &v));
    let separate = separate_line(catalogue, &v);
    if !separate.is_empty() {
        out.push(' ');
        out.push_str(&separate);
    }
    out.push('\n');
    let shown = if matches!(v, Verdict::NoSignal { .. }) {
        0
    } else {
        3
    };
    if shown > 0 {
        out.push_str(&format!("\n## Top three\n\n{RANKING_NOTE}\n"));
    }
    let labels = verdict::rank_labels(&ranked);
    let top = ranked.first().map_or(0, |s| s.score);
    for (i, s) in ranked.iter().take(shown).enumerate() {
        let m = &catalogue.models[s.model];
        out.push_str(&format!(
            "\n### {}. {} ({}, score {})\n\n{}\n\n",
            labels[i],
            m.name,
            verdict::Fit::of(s.score, top).label(),
            text::signed(s.score.into()),
            claim_markdown(catalogue, &m.summary)
        ));
        for r in s.raised_by.iter().chain(&s.lowered_by) {
            out.push_str(&reason_markdown(catalogue, r));
        }
        let notes = wizard::order_notes(catalogue, answers, &ranked, s.model, 2);
        if !notes.is_empty() {
            out.push('\n');
            out.push_str(&orders_markdown(catalogue, &notes));
        }
        out.push_str(&format!(
            "\n**Watch out:** {}\n\n**How to start:** {}\n\nMore: {}\n",
            claims_markdown(catalogue, m.watch_out),
            claims_markdown(catalogue, m.how_to_start),
            read_more(catalogue, m)
        ));
    }
    if shown > 0 {
        out.push_str("\n## What would change the answer\n\n");
        let names = [String::new()];
        for line in change_lines(
            catalogue,
            &group::changes(catalogue, std::slice::from_ref(answers)).1,
            &names,
        ) {
            out.push_str("- ");
            out.push_str(&line);
            out.push('\n');
        }
    }
    out.push_str("\nReopen this result: ");
    out.push_str(link);
    credit(&mut out);
    out
}

/// Ends a report with the credit line.
fn credit(out: &mut String) {
    out.push_str("\n\nModels and categories from Jade Rubick's catalogue: ");
    out.push_str(RUBICK_URL);
    out.push_str(
        ". \"Rubick\" marks his posts, a name marks another writer, \"our reading\" marks our own inference.\n",
    );
}

/// The most answer changes listed under "what would change the answer"; the rest are counted.
pub const SHOWN_CHANGES: usize = 5;

/// Names joined for a sentence: "Ann", "Ann and Bob", "Ann, Bob and Cy".
pub fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(if i + 1 == items.len() { " and " } else { ", " });
        }
        out.push_str(item.as_ref());
    }
    out
}

/// The labels of an answer set, quoted and joined ("“A” and “B”"), or "(not asked)".
pub fn answer_labels(question: &Question, bits: u16) -> String {
    let labels: Vec<String> = (0..question.answers.len().min(16))
        .filter(|a| bits & (1 << a) != 0)
        .map(|a| {
            let mut s = String::from("\u{201c}");
            s.push_str(question.answers[a].label);
            s.push('\u{201d}');
            s
        })
        .collect();
    if labels.is_empty() {
        "(not asked)".into()
    } else {
        and_list(&labels)
    }
}

/// Answer changes in words, at most [`SHOWN_CHANGES`] of them and a count of the rest; `names` has one entry per
/// person ("If you answered …" for one, "If everyone answered …" for several). Says so when there are none.
pub fn change_lines(catalogue: &Catalogue, changes: &[Change], names: &[String]) -> Vec<String> {
    let group = names.len() > 1;
    // The disagreements that decide first, then real answers before "not sure".
    let mut changes: Vec<&Change> = changes.iter().collect();
    crate::sort::by_key(&mut changes, |c| {
        let unsure = catalogue.questions[c.question]
            .answers
            .iter()
            .enumerate()
            .any(|(a, x)| x.unsure && c.answer & (1 << a) != 0);
        i64::from(c.who.is_empty()) * 2 + i64::from(unsure)
    });
    let mut out: Vec<String> = changes
        .iter()
        .take(SHOWN_CHANGES)
        .map(|c| {
            let q = &catalogue.questions[c.question];
            let mut s = String::from(if group {
                "If everyone answered "
            } else {
                "If you answered "
            });
            s.push_str(&answer_labels(q, c.answer));
            s.push_str(" to \u{201c}");
            s.push_str(q.prompt);
            s.push('\u{201d}');
            if !c.who.is_empty() {
                s.push_str(" (as ");
                let who: Vec<&str> = c
                    .who
                    .iter()
                    .filter_map(|&i| names.get(i))
                    .map(|n| n.as_str())
                    .collect();
                s.push_str(&and_list(&who));
                s.push_str(" did)");
            }
            s.push_str(if group {
                ", the combined top model would change to "
            } else {
                ", the top model would change to "
            });
            s.push_str(catalogue.models[c.top].name);
            s.push('.');
            s
        })
        .collect();
    if changes.len() > SHOWN_CHANGES {
        let mut s = text::num(changes.len() - SHOWN_CHANGES);
        s.push_str(" other single changes would also put another model first.");
        out.push(s);
    }
    if out.is_empty() {
        out.push("No single change of answer would put another model first.".into());
    }
    out
}

/// The decision record as Markdown, in the shape of an architecture decision record: context, decision,
/// consequences, when to revisit, people, and the link back.
pub fn record_markdown(
    catalogue: &Catalogue,
    people: &[Person],
    record: &Record,
    link: &str,
) -> String {
    let answers = group::answers_of(people);
    let names = group::names(people);
    let (top, changes) = group::changes(catalogue, &answers);
    let chosen = record.choice.unwrap_or(top);
    let m = &catalogue.models[chosen];
    let mut out = String::from("# Decision record: ");
    out.push_str(m.name);
    out.push_str("\n\n**People:** ");
    out.push_str(&and_list(&names));
    out.push_str("  \n**Review date:** ");
    out.push_str(if record.review.is_empty() {
        "(none set)"
    } else {
        &record.review
    });
    out.push_str("\n\n## Context\n\n");
    let table = group::answer_table(catalogue, people);
    out.push_str(&context_sentence(
        table.iter().filter(|r| r.2).count(),
        table.len(),
        people.len(),
    ));
    out.push_str("\n\n");
    for (q, bits, differs) in &table {
        out.push_str("- ");
        out.push_str(catalogue.questions[*q].prompt);
        for (k, (b, who)) in group::who_answered(bits).iter().enumerate() {
            out.push_str(if k == 0 { " " } else { "; " });
            out.push_str("**");
            out.push_str(&answer_labels(&catalogue.questions[*q], *b));
            out.push_str("**");
            if people.len() > 1 {
                let who: Vec<&str> = who.iter().map(|&i| names[i].as_str()).collect();
                out.push_str(" (");
                out.push_str(&and_list(&who));
                out.push(')');
            }
        }
        if *differs {
            out.push_str(" _(we differ)_");
        }
        out.push('\n');
    }
    out.push_str("\n## Decision\n\nWe chose **");
    out.push_str(m.name);
    out.push_str("**");
    out.push_str(&decision_note(catalogue, chosen, top, people.len()));
    out.push_str("\n\n**Why we chose it:** ");
    out.push_str(if record.why.is_empty() {
        "(not written yet)"
    } else {
        &record.why
    });
    let orders = record_orders(catalogue, &answers, chosen);
    if !orders.is_empty() {
        out.push_str("\n\n");
        out.push_str(orders_markdown(catalogue, &orders).trim_end());
    }
    out.push_str("\n\n## Consequences\n\n**Watch out:** ");
    out.push_str(&claims_markdown(catalogue, m.watch_out));
    out.push_str("\n\n**How to start:** ");
    out.push_str(&claims_markdown(catalogue, m.how_to_start));
    out.push_str("\n\nMore: ");
    out.push_str(read_more(catalogue, m));
    out.push_str("\n\n## When to revisit\n\n");
    for line in change_lines(catalogue, &changes, &names) {
        out.push_str("- ");
        out.push_str(&line);
        out.push('\n');
    }
    if !record.revisit.is_empty() {
        out.push_str("- ");
        out.push_str(&record.revisit);
        out.push('\n');
    }
    out.push_str("\nReopen this record: ");
    out.push_str(link);
    credit(&mut out);
    out
}

/// The first sentence of a record's context: who answered and on how many questions they differ.
pub fn context_sentence(differ: usize, questions: usize, people: usize) -> String {
    if people < 2 {
        return "The situation, as answered in the coordination models wizard:".into();
    }
    let mut s = text::num(people);
    s.push_str(" people answered the wizard; they differ on ");
    text::push_num(&mut s, differ);
    s.push_str(" of ");
    text::push_num(&mut s, questions);
    s.push_str(" questions (listed first).");
    s
}

/// What follows "We chose X": whether the ranking agrees.
pub fn decision_note(catalogue: &Catalogue, chosen: usize, top: usize, people: usize) -> String {
    let ranking = if people > 1 {
        "the combined ranking"
    } else {
        "the wizard"
    };
    let mut s = String::from(", ");
    if chosen == top {
        s.push_str(ranking);
        s.push_str("\u{2019}s top model.");
    } else {
        s.push_str("although ");
        s.push_str(ranking);
        s.push_str(" put ");
        s.push_str(catalogue.models[top].name);
        s.push_str(" first.");
    }
    s
}

/// Row labels of the comparison table.
pub const COMPARE_ROWS: [&str; 11] = [
    "Category",
    "Summary",
    "When to use",
    "When not to",
    "Cost",
    "Optimizes for",
    "Scope",
    "Duration",
    "Reorg",
    "Dependency",
    "Related models",
];

/// How the wizard's ranking is made, said wherever it is shown.
pub const RANKING_NOTE: &str = "Ranked by our own weights, which we derived from Rubick's writing; each reason \
     names its source. Rubick did not score these models himself.";

/// One line of a comparison cell: its text and the sources it comes from (empty for the catalogue's own labels).
pub type Line = (String, &'static [u8]);

/// The lines of one comparison cell: row `row` of [`COMPARE_ROWS`] for model `model`.
pub fn compare_cell(catalogue: &Catalogue, row: usize, model: usize) -> Vec<Line> {
    let m = &catalogue.models[model];
    let claim = |c: &Claim| (c.text.to_string(), c.src);
    let label = |text: &str, src: u8| {
        let src: &'static [u8] = std::slice::from_ref(&m.facet_src[usize::from(src)]);
        vec![(text.to_string(), src)]
    };
    match row {
        0 => vec![(m.category.label().to_string(), &[])],
        1 => vec![claim(&m.summary)],
        2 => m.when_to_use.iter().map(claim).collect(),
        3 => m.when_not.iter().map(claim).collect(),
        4 => m.cost.iter().map(claim).collect(),
        5 => vec![claim(&m.optimizes_for)],
        6 => label(
            &m.scope
                .iter()
                .map(|s| s.label())
                .collect::<Vec<_>>()
                .join(", or "),
            0,
        ),
        7 => label(m.duration.label(), 1),
        8 => label(Facet::Reorg.label_of(m), 2),
        9 => label(Facet::Dependency.label_of(m), 3),
        _ => m
            .related
            .iter()
            .map(|r| {
                (
                    format!("{}: {}", r.kind.label(), catalogue.models[r.target].name),
                    r.src,
                )
            })
            .collect(),
    }
}
