//! The evidence rule: every statement citing one of Rubick's posts carries a passage copied from that post, and
//! the passage is really there. Also the reviewers' table of statements beside their passages.

use std::fmt::Write as _;

use crate::schema::{Catalogue, SourceKind};
use crate::shingles::SourceRuns;

/// One statement a reader sees (or that orders the wizard) with its sources and evidence.
#[derive(Debug, Clone)]
pub struct Statement<'a> {
    /// Where it is: `model "liaison"`, `question "problem" answer "dependency"`, `preference #3`.
    pub item: String,
    /// The field: `when_to_use[1]`, `effects[0]`, `related[2]`, `why`.
    pub field: String,
    /// Our text (a relation without a note shows its kind and target).
    pub text: String,
    /// Source indices.
    pub src: &'a [usize],
    /// The passages quoted for it.
    pub evidence: &'a [String],
}

/// Every statement of the catalogue, in file order: card claims, relations, wizard reasons, preferences, and the
/// check-ups' signs.
pub fn statements(c: &Catalogue) -> Vec<Statement<'_>> {
    let mut out = Vec::new();
    for m in &c.models {
        let item = format!("model \"{}\"", m.id);
        for (field, claim) in m.claims() {
            out.push(Statement {
                item: item.clone(),
                field,
                text: claim.text.clone(),
                src: &claim.src,
                evidence: &claim.evidence,
            });
        }
        for (i, r) in m.related.iter().enumerate() {
            out.push(Statement {
                item: item.clone(),
                field: format!("related[{i}]"),
                text: r.note.clone().unwrap_or_else(|| {
                    format!(
                        "({} {})",
                        crate::schema::RELATION_KINDS[r.kind],
                        c.models[r.target].id
                    )
                }),
                src: &r.src,
                evidence: &r.evidence,
            });
        }
    }
    for q in &c.questions {
        for a in &q.answers {
            for (i, e) in a.effects.iter().enumerate() {
                out.push(Statement {
                    item: format!("question \"{}\" answer \"{}\"", q.id, a.id),
                    field: format!("effects[{i}]"),
                    text: format!("{:+} {}: {}", e.delta, c.models[e.model].id, e.reason),
                    src: &e.src,
                    evidence: &e.evidence,
                });
            }
        }
    }
    for (i, p) in c.preferences.iter().enumerate() {
        out.push(Statement {
            item: format!("preference #{}", i + 1),
            field: "why".into(),
            text: format!(
                "{} {} over {}: {}",
                if p.stated { "stated:" } else { "our reading:" },
                c.models[p.prefer].id,
                c.models[p.over].id,
                p.why
            ),
            src: &p.src,
            evidence: &p.evidence,
        });
    }
    for s in &c.signs {
        let item = format!("model \"{}\"", c.models[s.model].id);
        let claims = [
            Some(("means", &s.means)),
            s.tune.as_ref().map(|t| ("tune", t)),
            s.moves.as_ref().map(|m| ("move", &m.claim)),
        ];
        for (key, claim) in claims.into_iter().flatten() {
            out.push(Statement {
                item: item.clone(),
                field: format!("sign \"{}\".{key}", s.id),
                text: claim.text.clone(),
                src: &claim.src,
                evidence: &claim.evidence,
            });
        }
    }
    out
}

/// What the evidence check found.
#[derive(Debug, Default)]
pub struct Report {
    /// Each problem as a message naming file, item, field and source.
    pub problems: Vec<String>,
    /// Passages found in the post they stand for.
    pub passages: usize,
    /// Statements whose only posts of Rubick's are ones the blog copy lacks (marked `unchecked`).
    pub unchecked: Vec<String>,
}

/// Statements that cite a post of Rubick's the blog copy holds, without a passage: a build error.
pub fn missing(c: &Catalogue) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for s in statements(c) {
        for &i in s.src {
            let source = &c.sources[i];
            if source.checked() && s.evidence.is_empty() {
                out.push((s.item.clone(), s.field.clone(), source.id.clone()));
            }
        }
    }
    out
}

/// Checks every passage against the runs of the posts its statement cites; `file` names the data file.
pub fn check(file: &str, c: &Catalogue, runs: &[SourceRuns]) -> Report {
    let mut report = Report::default();
    let post = |i: usize| {
        let copy = c.sources[i].copy.as_deref()?;
        runs.iter().find(|r| r.key == copy)
    };
    for s in statements(c) {
        let where_ = format!("{file}: {}: field \"{}.evidence\"", s.item, s.field);
        let checked: Vec<usize> = s
            .src
            .iter()
            .copied()
            .filter(|&i| c.sources[i].checked())
            .collect();
        let rubick = s
            .src
            .iter()
            .any(|&i| c.sources[i].kind == SourceKind::Rubick);
        if checked.is_empty() {
            if rubick {
                report.unchecked.push(format!("{} {}", s.item, s.field));
            }
            if !s.evidence.is_empty() {
                report.problems.push(format!(
                    "{where_}: has a passage but cites no post of Rubick's that the blog copy holds"
                ));
            }
            continue;
        }
        for &i in &checked {
            if post(i).is_none() {
                report.problems.push(format!(
                    "{where_}: source \"{}\" names copy \"{}\", which data/source-shingles.bin lacks",
                    c.sources[i].id,
                    c.sources[i].copy.as_deref().unwrap_or_default()
                ));
            }
        }
        let mut covered = vec![false; checked.len()];
        let mut all_found = true;
        for passage in s.evidence {
            let mut found = false;
            for (k, &i) in checked.iter().enumerate() {
                if post(i).is_some_and(|r| r.holds(passage)) {
                    covered[k] = true;
                    found = true;
                }
            }
            if found {
                report.passages += 1;
            } else {
                all_found = false;
                let ids: Vec<&str> = checked.iter().map(|&i| c.sources[i].id.as_str()).collect();
                report.problems.push(format!(
                    "{where_}: not found in source \"{}\": \"{passage}\"",
                    ids.join("\" or \"")
                ));
            }
        }
        for (k, &i) in checked.iter().enumerate() {
            // A passage that is not found is reported above; a post no passage stands for is a separate problem.
            if !covered[k] && all_found && !s.evidence.is_empty() {
                report.problems.push(format!(
                    "{where_}: no passage from source \"{}\", which it cites",
                    c.sources[i].id
                ));
            }
        }
        if s.evidence.is_empty() {
            report
                .problems
                .push(format!("{where_}: missing; quote the post it rests on"));
        }
    }
    report
}

/// The reviewers' table (Markdown): per model, question and preference, our text beside the passage it rests on.
pub fn table(c: &Catalogue) -> String {
    let cell = |s: &str| s.replace('|', "\\|").replace('\n', " ");
    let mut out = String::from(
        "# Evidence: each statement in Rubick's name beside the passage it rests on\n\n\
         Written by `cargo xtask evidence` from `data/catalogue.toml`; do not edit by hand. Every passage is \
         copied from the post named in its row, and the `evidence` test checks that it occurs there (against \
         `data/source-shingles.bin`, kept per post). Posts that the public blog-source copy lacks are marked \
         *unchecked*: their statements carry no passage. Statements that cite only our reading or other writers \
         are not listed.\n",
    );
    let mut last_item = String::new();
    let (mut rows, mut unchecked) = (0, 0);
    for s in statements(c) {
        let rubick: Vec<usize> = s
            .src
            .iter()
            .copied()
            .filter(|&i| c.sources[i].kind == SourceKind::Rubick)
            .collect();
        if rubick.is_empty() {
            continue;
        }
        if s.item != last_item {
            let _ = write!(
                out,
                "\n## {}\n\n| field | our text | source | passage |\n|---|---|---|---|\n",
                s.item
            );
            last_item.clone_from(&s.item);
        }
        let names: Vec<String> = s
            .src
            .iter()
            .map(|&i| {
                let src = &c.sources[i];
                match (src.kind, src.checked()) {
                    (SourceKind::Rubick, false) => {
                        unchecked += 1;
                        format!("{} *(unchecked)*", src.id)
                    }
                    _ => src.id.clone(),
                }
            })
            .collect();
        let passages: Vec<String> = s
            .evidence
            .iter()
            .map(|p| format!("“{}”", cell(p)))
            .collect();
        rows += 1;
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            s.field,
            cell(&s.text),
            names.join(", "),
            if passages.is_empty() {
                "—".to_string()
            } else {
                passages.join("<br>")
            }
        );
    }
    let _ = write!(
        out,
        "\n{rows} statements cite a post of Rubick's; {unchecked} citations are of posts the blog copy lacks.\n"
    );
    out
}
