//! Plain-text reports of a wizard result (Markdown for the clipboard).

use crate::data::RUBICK_URL;
use crate::filter::Facet;
use crate::provenance;
use crate::types::{Catalogue, Claim, Model};
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
        "- {:+} {} _({})_\n",
        r.effect.delta,
        r.effect.reason,
        provenance::marks(catalogue, r.effect.src)
    )
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
    out.push_str(&format!("\n## Top three\n\n{RANKING_NOTE}\n"));
    let ranked = wizard::rank(catalogue, answers);
    for (i, s) in ranked.iter().take(3).enumerate() {
        let m = &catalogue.models[s.model];
        out.push_str(&format!(
            "\n### {}. {} (fit {:+})\n\n{}\n\n",
            i + 1,
            m.name,
            s.score,
            claim_markdown(catalogue, &m.summary)
        ));
        for r in s.raised_by.iter().chain(&s.lowered_by) {
            out.push_str(&reason_markdown(catalogue, r));
        }
        out.push_str(&format!(
            "\n**Watch out:** {}\n\n**How to start:** {}\n\nMore: {}\n",
            claims_markdown(catalogue, m.watch_out),
            claims_markdown(catalogue, m.how_to_start),
            read_more(catalogue, m)
        ));
    }
    out.push_str(&format!(
        "\nReopen this result: {link}\n\nModels and categories from Jade Rubick's catalogue: {RUBICK_URL}. \
         \"Rubick\" marks his posts, a name marks another writer, \"our reading\" marks our own inference.\n"
    ));
    out
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
