//! Plain-text reports of a wizard result (Markdown for the clipboard).

use crate::filter::Facet;
use crate::types::Catalogue;
use crate::wizard::{self, Answers};

/// The wizard result as Markdown: answers, the top three with reasons and watch-outs, and the link back.
pub fn results_markdown(catalogue: &Catalogue, answers: &Answers, link: &str) -> String {
    let mut out =
        String::from("# Coordination models that fit our situation\n\n## Our answers\n\n");
    for q in wizard::shown_questions(catalogue, answers) {
        let question = &catalogue.questions[q];
        let answer = answers
            .get(q)
            .map_or("(no answer)", |a| question.answers[a].label);
        out.push_str(&format!("- {} **{}**\n", question.prompt, answer));
    }
    out.push_str("\n## Top three\n");
    let ranked = wizard::rank(catalogue, answers);
    for (i, s) in ranked.iter().take(3).enumerate() {
        let m = &catalogue.models[s.model];
        out.push_str(&format!(
            "\n### {}. {} (fit {:+})\n\n{}\n\n",
            i + 1,
            m.name,
            s.score,
            m.summary
        ));
        for r in &s.raised_by {
            out.push_str(&format!("- {:+} {}\n", r.effect.delta, r.effect.reason));
        }
        for r in &s.lowered_by {
            out.push_str(&format!("- {:+} {}\n", r.effect.delta, r.effect.reason));
        }
        out.push_str(&format!(
            "\n**Watch out:** {}\n\nMore: {}\n",
            m.watch_out, m.source_url
        ));
    }
    out.push_str(&format!(
        "\nReopen this result: {link}\n\nModels from Jade Rubick's catalogue: https://www.rubick.com/coordination-models/\n"
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

/// The text of one comparison cell: row `row` of [`COMPARE_ROWS`] for model `model` (lines split by `\n`).
pub fn compare_cell(catalogue: &Catalogue, row: usize, model: usize) -> String {
    let m = &catalogue.models[model];
    match row {
        0 => m.category.label().to_string(),
        1 => m.summary.to_string(),
        2 => m.when_to_use.join("\n"),
        3 => m.when_not.join("\n"),
        4 => m.cost.to_string(),
        5 => m.optimizes_for.to_string(),
        6 => m.scope.label().to_string(),
        7 => m.duration.label().to_string(),
        8 => Facet::Reorg.label_of(m).to_string(),
        9 => Facet::Dependency.label_of(m).to_string(),
        _ => m
            .related
            .iter()
            .map(|r| format!("{}: {}", r.kind.label(), catalogue.models[r.target].name))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}
