//! The results' lead: one verdict a manager can act on, how well each model fits in words, tie-aware rank labels,
//! and, when the answers do not separate the models, the questions that would.

use crate::group;
use crate::types::Catalogue;
use crate::wizard::{Answers, NEAR_TIE_MARGIN, Reason, Scored};

/// How well a model fits the answers, in words rather than points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// Many answers point to it, and it is level with the best.
    Strong,
    /// Several answers point to it, at least half as strongly as to the best.
    Good,
    /// Some answer points to it.
    Possible,
    /// Nothing in the answers speaks for it, or far more speaks for others.
    Poor,
}

impl Fit {
    /// The fit of a model with `score` when the best model has `top`.
    pub fn of(score: i32, top: i32) -> Fit {
        if score >= 6 && 4 * score >= 3 * top {
            Fit::Strong
        } else if score >= 3 && 2 * score >= top {
            Fit::Good
        } else if score > 0 && 3 * score >= top {
            Fit::Possible
        } else {
            Fit::Poor
        }
    }

    /// The words that open a sentence ("Strong fit"). Written out: `char::to_uppercase` would bring in Unicode's
    /// case tables, about 11 KB of gzipped wasm.
    pub fn title(self) -> &'static str {
        match self {
            Fit::Strong => "Strong fit",
            Fit::Good => "Good fit",
            Fit::Possible => "Possible fit",
            Fit::Poor => "Poor fit",
        }
    }

    /// The words shown for it ("strong fit").
    pub fn label(self) -> &'static str {
        match self {
            Fit::Strong => "strong fit",
            Fit::Good => "good fit",
            Fit::Possible => "possible fit",
            Fit::Poor => "poor fit",
        }
    }
}

/// What the results lead with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// One model leads; `close` when the next is within [`NEAR_TIE_MARGIN`] points.
    Lead {
        /// The model.
        model: usize,
        /// How well it fits.
        fit: Fit,
        /// Whether the second is close behind.
        close: bool,
    },
    /// Two or more models share the best score: the order among them is not advice.
    Tie {
        /// The tied models, in catalogue order.
        models: Vec<usize>,
        /// Questions whose answer would separate them.
        separate: Vec<usize>,
    },
    /// No answer points to any model (the best score is zero or less, or nothing raised it): any order would be
    /// catalogue order.
    NoSignal {
        /// Questions whose answer would decide most.
        separate: Vec<usize>,
    },
}

/// The verdict for a ranking (best first, as [`crate::wizard::rank`] gives it).
pub fn verdict(catalogue: &Catalogue, answers: &Answers, ranked: &[Scored]) -> Verdict {
    let Some(first) = ranked.first() else {
        return Verdict::NoSignal {
            separate: Vec::new(),
        };
    };
    if first.score <= 0 || first.raised_by.is_empty() {
        return Verdict::NoSignal {
            separate: separating_questions(catalogue, answers, 2),
        };
    }
    let tied: Vec<usize> = ranked
        .iter()
        .take_while(|s| s.score == first.score)
        .map(|s| s.model)
        .collect();
    if tied.len() > 1 {
        return Verdict::Tie {
            models: tied,
            separate: separating_questions(catalogue, answers, 2),
        };
    }
    Verdict::Lead {
        model: first.model,
        fit: Fit::of(first.score, first.score),
        close: ranked
            .get(1)
            .is_some_and(|s| first.score - s.score <= NEAR_TIE_MARGIN),
    }
}

/// Rank labels that show ties: models with equal scores share the rank of the first of them, marked "=" ("1",
/// "=2", "=2", "4").
pub fn rank_labels(ranked: &[Scored]) -> Vec<String> {
    let mut out = Vec::with_capacity(ranked.len());
    for (i, s) in ranked.iter().enumerate() {
        let first = ranked[..i]
            .iter()
            .position(|r| r.score == s.score)
            .unwrap_or(i);
        let shared = ranked.iter().filter(|r| r.score == s.score).count() > 1;
        let mut label = String::new();
        if shared {
            label.push('=');
        }
        crate::text::push_num(&mut label, first + 1);
        out.push(label);
    }
    out
}

/// The one reason to show first for a model: its largest reason for when it leads or is close, else its largest
/// reason against (why it ranked lower).
pub fn main_reason(s: &Scored, leading: bool) -> Option<&Reason> {
    if leading {
        s.raised_by.first().or(s.lowered_by.first())
    } else {
        s.lowered_by.first().or(s.raised_by.first())
    }
}

/// Up to `limit` questions whose answer would change the top model in the most ways: those answered "not sure"
/// or left open come first, then the others, each in question order.
pub fn separating_questions(catalogue: &Catalogue, answers: &Answers, limit: usize) -> Vec<usize> {
    let changes = group::changes(catalogue, std::slice::from_ref(answers)).1;
    let mut counted: Vec<(usize, usize, bool)> = Vec::new();
    for ch in &changes {
        let open = answers.chosen(ch.question).all(|a| {
            catalogue.questions[ch.question]
                .answers
                .get(a)
                .is_some_and(|x| x.unsure)
        });
        match counted.iter_mut().find(|(q, ..)| *q == ch.question) {
            Some(entry) => entry.1 += 1,
            None => counted.push((ch.question, 1, open)),
        }
    }
    // Open questions first, then more ways to change the top, then question order (the order they were counted in:
    // the changes come question by question, and the sort keeps equal keys in order).
    crate::sort::by_key(&mut counted, |&(_, n, open)| {
        (i64::from(!open) << 32) - n as i64
    });
    counted.into_iter().take(limit).map(|(q, ..)| q).collect()
}
