//! Every evidence passage occurs in the very post its statement cites (checked against that post's 8-word runs in
//! `data/source-shingles.bin`), and a passage with one word changed is caught.

use catalogue_compiler::{evidence, parse, shingles};

const FILE: &str = "data/catalogue.toml";

fn catalogue() -> catalogue_compiler::Catalogue {
    parse(FILE, include_str!("../../../data/catalogue.toml")).expect("valid")
}

fn runs() -> Vec<shingles::SourceRuns> {
    shingles::decode_files(include_bytes!("../../../data/source-shingles.bin"))
        .expect("data/source-shingles.bin in the per-file format")
}

#[test]
fn every_passage_is_in_the_post_it_cites() {
    let c = catalogue();
    let report = evidence::check(FILE, &c, &runs());
    println!(
        "evidence: {} passages checked in the posts they cite; {} statements cite only posts the blog copy lacks \
         (unchecked)",
        report.passages,
        report.unchecked.len()
    );
    assert!(
        report.passages > 400,
        "only {} passages checked",
        report.passages
    );
    assert!(
        report.problems.is_empty(),
        "{} evidence problems:\n{}",
        report.problems.len(),
        report.problems.join("\n")
    );
}

#[test]
fn one_changed_word_is_caught_and_named() {
    let mut c = catalogue();
    let claim = c
        .models
        .iter_mut()
        .flat_map(|m| m.when_to_use.iter_mut())
        .find(|claim| !claim.evidence.is_empty())
        .expect("a when_to_use claim with evidence");
    let passage = &mut claim.evidence[0];
    let word = passage
        .split(' ')
        .nth(3)
        .expect("a passage of 8 words or more")
        .to_string();
    *passage = passage.replacen(&word, "zebra", 1);
    let report = evidence::check(FILE, &c, &runs());
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    let problem = &report.problems[0];
    assert!(
        problem.starts_with("data/catalogue.toml: model \""),
        "{problem}"
    );
    assert!(
        problem.contains("when_to_use[") && problem.contains(".evidence"),
        "{problem}"
    );
    assert!(problem.contains("not found in source"), "{problem}");
}

#[test]
fn a_passage_from_another_post_is_caught() {
    // Evidence must be in the post the statement cites, not merely somewhere in his writing.
    let mut c = catalogue();
    let (a, b) = {
        let mut with = c
            .models
            .iter()
            .flat_map(|m| m.claims().into_iter().map(|(_, cl)| cl.clone()))
            .filter(|cl| cl.src.len() == 1 && !cl.evidence.is_empty());
        let first = with.next().expect("a claim");
        let other = with
            .find(|cl| cl.src != first.src)
            .expect("a claim citing another post");
        (first, other)
    };
    let target = c
        .models
        .iter_mut()
        .flat_map(|m| {
            std::iter::once(&mut m.summary)
                .chain(m.what.iter_mut())
                .chain(m.when_to_use.iter_mut())
        })
        .find(|cl| cl.text == a.text)
        .expect("found again");
    target.evidence = b.evidence.clone();
    let report = evidence::check(FILE, &c, &runs());
    assert!(!report.problems.is_empty());
    assert!(
        report
            .problems
            .iter()
            .all(|p| p.contains("not found in source") || p.contains("no passage from source"))
    );
}

#[test]
fn a_statement_citing_a_checked_post_without_a_passage_stops_the_build() {
    let text = include_str!("../../../data/catalogue.toml");
    let claim = "{ src = \"standards-post\", text = \"Enforce standards automatically where you can: linters, tests, observability.\", evidence = ";
    let start = text.find(claim).expect("the claim as written");
    let end = start + text[start..].find('\n').expect("its line");
    let stripped = format!(
        "{}{{ src = \"standards-post\", text = \"Enforce standards automatically where you can: linters, tests, observability.\" }},{}",
        &text[..start],
        &text[end..]
    );
    let errors = parse(FILE, &stripped).expect_err("missing evidence is an error");
    assert!(
        errors.0.iter().any(|e| e.starts_with(
            "data/catalogue.toml: model \"standards\": field \"how_to_start[2].evidence\": missing"
        ) && e.contains("standards-post")),
        "{errors}"
    );
}

#[test]
fn the_review_table_is_current() {
    let table = evidence::table(&catalogue());
    let written = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../docs/evidence.md"
    ))
    .unwrap_or_default();
    assert!(
        written == table,
        "docs/evidence.md is out of date: run `cargo xtask evidence`"
    );
}
