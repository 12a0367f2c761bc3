//! Where each statement comes from: the sources a card cites, and their short marks in text and Markdown.

use crate::text;
use crate::types::{Catalogue, Model, SourceKind};

/// The sources cited in one view (a card, the results, a comparison), each with its short mark: Rubick's posts are
/// numbered (1, 2, ...), other writers lettered (a, b, ...), and our own reading is marked "ours".
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Legend(Vec<u8>);

impl Legend {
    /// The sources of `cited`, each once: Rubick's posts first, then other writers, then our reading.
    pub fn new(catalogue: &Catalogue, cited: impl IntoIterator<Item = u8>) -> Legend {
        let mut out: Vec<u8> = Vec::new();
        for s in cited {
            if !out.contains(&s) {
                out.push(s);
            }
        }
        let rank = |s: &u8| match catalogue.source(*s).kind {
            SourceKind::Rubick => 0,
            SourceKind::Other => 1,
            SourceKind::Draft => 2,
            SourceKind::Ours => 3,
        };
        crate::sort::by_key(&mut out, |s| rank(s));
        Legend(out)
    }

    /// Every source a card cites: its claims, facet values and relations.
    pub fn of_card(catalogue: &Catalogue, model: &Model) -> Legend {
        let mut cited: Vec<u8> = Vec::new();
        for c in model.claims() {
            cited.extend(c.src);
        }
        cited.extend(model.facet_src);
        for r in model.related {
            cited.extend(r.src);
        }
        Legend::new(catalogue, cited)
    }

    /// The sources, in legend order.
    pub fn sources(&self) -> &[u8] {
        &self.0
    }

    /// The mark of source `s`: "1" for Rubick's first post, "a" for the first other writer, "ours".
    pub fn label(&self, catalogue: &Catalogue, s: u8) -> String {
        let kind = catalogue.source(s).kind;
        if kind == SourceKind::Ours {
            return "ours".to_string();
        }
        let n = self
            .0
            .iter()
            .filter(|&&x| catalogue.source(x).kind == kind)
            .position(|&x| x == s)
            .unwrap_or(0);
        match kind {
            SourceKind::Other => char::from(b'a' + (n % 26) as u8).to_string(),
            _ => text::num(n + 1),
        }
    }

    /// The marks of one statement, joined: "1", "1,a", "ours".
    pub fn marks(&self, catalogue: &Catalogue, src: &[u8]) -> String {
        let labels: Vec<String> = src.iter().map(|&s| self.label(catalogue, s)).collect();
        text::join(&labels, ",")
    }
}

/// How many of a card's statements rest on one of Rubick's posts, out of how many.
pub fn rubick_share(catalogue: &Catalogue, model: &Model) -> (usize, usize) {
    let (mut his, mut all) = (0, 0);
    for claim in model.claims() {
        all += 1;
        if claim
            .src
            .iter()
            .any(|&s| catalogue.source(s).kind == SourceKind::Rubick)
        {
            his += 1;
        }
    }
    (his, all)
}

/// Whether fewer than half of a card's statements rest on Rubick's posts. The wizard must never put such a
/// model first on bonuses that apply whatever the problem (a test checks it over every answer set).
pub fn is_weakly_sourced(catalogue: &Catalogue, model: &Model) -> bool {
    let (his, all) = rubick_share(catalogue, model);
    his * 2 < all
}

/// Whether any of `src` is our own reading.
pub fn is_ours(catalogue: &Catalogue, src: &[u8]) -> bool {
    src.iter()
        .all(|&s| catalogue.source(s).kind == SourceKind::Ours)
}

/// The short marks of `src` joined for plain text and Markdown: "Rubick", "Rubick; Galbraith", "our reading".
pub fn marks(catalogue: &Catalogue, src: &[u8]) -> String {
    let mut names: Vec<&str> = Vec::new();
    for &s in src {
        let short = catalogue.source(s).short;
        if !names.contains(&short) {
            names.push(short);
        }
    }
    text::join(&names, "; ")
}

/// One line of a source list in plain words ("Jade Rubick, “Title”", "Aviv Ben-Yosef, “Title” (another writer)").
pub fn describe(catalogue: &Catalogue, s: u8) -> String {
    let source = catalogue.source(s);
    match source.kind {
        SourceKind::Rubick => text::cat(&["Jade Rubick, \u{201c}", source.title, "\u{201d}"]),
        SourceKind::Draft => text::cat(&[
            "Rubick\u{2019}s ",
            draft_label(source.title),
            ", \u{201c}",
            source.title,
            "\u{201d}",
        ]),
        SourceKind::Other => text::cat(&[
            source.author,
            ", \u{201c}",
            source.title,
            "\u{201d} (not Rubick)",
        ]),
        SourceKind::Ours => OURS_EXPLAINED.to_string(),
    }
}

/// His own label for a draft, taken from its title: "early draft" (likely not useful, in his words) when the
/// title ends "(early draft)", else "draft" (not done but possibly useful).
pub fn draft_label(title: &str) -> &'static str {
    if title.trim_end().ends_with("(early draft)") {
        "early draft"
    } else {
        "draft"
    }
}

/// What "our reading" means, wherever it is listed.
pub const OURS_EXPLAINED: &str = "Our reading: our own inference, stated by none of these sources";

/// What the marks mean, said once above the cards and in every source list's heading.
pub const MARKS_EXPLAINED: &str = "After each statement: a number marks one of Rubick\u{2019}s posts, a letter another \
     writer, \u{201c}ours\u{201d} our own reading.";
