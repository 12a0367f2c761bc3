//! No card or wizard text shares a run of 8 or more words with the seed, the research notes or Rubick's posts.
//!
//! The sources themselves are not in this repository: `data/source-shingles.bin` holds the hashes of their 8-word
//! runs, written by the `source-shingles` binary (see its header for how to run it).

use catalogue_compiler::{parse, shingles};

const FILE: &str = "data/catalogue.toml";

/// Every text of ours in the catalogue, with where it is.
fn our_texts(c: &catalogue_compiler::Catalogue) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for m in &c.models {
        out.push((format!("model {} name", m.id), m.name.clone()));
        for (field, claim) in m.claims() {
            out.push((format!("model {} {field}", m.id), claim.text.clone()));
        }
        for (i, r) in m.related.iter().enumerate() {
            if let Some(n) = &r.note {
                out.push((format!("model {} related[{i}].note", m.id), n.clone()));
            }
        }
    }
    for q in &c.questions {
        out.push((format!("question {} prompt", q.id), q.prompt.clone()));
        out.push((format!("question {} help", q.id), q.help.clone()));
        for a in &q.answers {
            out.push((
                format!("question {} answer {}", q.id, a.id),
                a.label.clone(),
            ));
            for (i, e) in a.effects.iter().enumerate() {
                out.push((
                    format!("question {} answer {} effects[{i}]", q.id, a.id),
                    e.reason.clone(),
                ));
            }
        }
    }
    for (i, p) in c.preferences.iter().enumerate() {
        out.push((format!("preference #{}", i + 1), p.why.clone()));
    }
    for s in &c.signs {
        let place = format!("model {} sign {}", c.models[s.model].id, s.id);
        out.push((format!("{place} ask"), s.ask.clone()));
        out.push((format!("{place} means"), s.means.text.clone()));
        if let Some(t) = &s.tune {
            out.push((format!("{place} tune"), t.text.clone()));
        }
        if let Some(m) = &s.moves {
            out.push((format!("{place} move"), m.claim.text.clone()));
        }
    }
    out
}

#[test]
fn no_text_repeats_eight_words_of_a_source() {
    let catalogue = parse(FILE, include_str!("../../../data/catalogue.toml")).expect("valid");
    let sources = shingles::union(
        &shingles::decode_files(include_bytes!("../../../data/source-shingles.bin"))
            .expect("per-file format"),
    );
    assert!(
        sources.len() > 50_000,
        "the source hashes look incomplete ({} runs)",
        sources.len()
    );
    let mut copied = Vec::new();
    let mut checked = 0;
    for (place, text) in our_texts(&catalogue) {
        let words = shingles::words(&text);
        for run in words.windows(shingles::WORDS) {
            checked += 1;
            if sources.binary_search(&shingles::hash(run)).is_ok() {
                copied.push(format!("{place}: \"{}\"", run.join(" ")));
            }
        }
    }
    assert!(checked > 5_000, "only {checked} runs checked");
    assert!(
        copied.is_empty(),
        "{} runs of 8 words copied from a source:\n{}",
        copied.len(),
        copied.join("\n")
    );
}

#[test]
fn a_copied_sentence_would_be_caught() {
    // A sentence from Rubick's catalogue post, as a reader's copy would have it: the check must see it.
    let sources = shingles::union(
        &shingles::decode_files(include_bytes!("../../../data/source-shingles.bin"))
            .expect("per-file format"),
    );
    let copied =
        "A team offers its work product without requiring other teams to collaborate with them.";
    let words = shingles::words(copied);
    assert!(
        words
            .windows(shingles::WORDS)
            .any(|run| sources.binary_search(&shingles::hash(run)).is_ok())
    );
}
