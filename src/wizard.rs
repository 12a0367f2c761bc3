//! Wizard logic: which questions are shown, and how answers score and rank the models.

use crate::types::{Catalogue, Effect, RelationKind};

/// Scores within this many points of each other are flagged as a near-tie.
pub const NEAR_TIE_MARGIN: i32 = 1;

/// The chosen answer index per question (None: not answered yet).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Answers(pub Vec<Option<usize>>);

impl Answers {
    /// No answers for a catalogue with `n` questions.
    pub fn empty(n: usize) -> Self {
        Answers(vec![None; n])
    }

    /// The answer chosen for question `q`.
    pub fn get(&self, q: usize) -> Option<usize> {
        self.0.get(q).copied().flatten()
    }

    /// Whether any question has an answer.
    pub fn any(&self) -> bool {
        self.0.iter().any(Option::is_some)
    }

    /// Sets (or clears) the answer to question `q`, then drops answers of questions that are no longer shown.
    pub fn set(&mut self, catalogue: &Catalogue, q: usize, answer: Option<usize>) {
        if q >= self.0.len() {
            self.0.resize(q + 1, None);
        }
        self.0[q] = answer;
        self.prune(catalogue);
    }

    /// Drops answers to questions hidden by earlier answers.
    pub fn prune(&mut self, catalogue: &Catalogue) {
        for q in 0..self.0.len() {
            if self.0[q].is_some() && !is_shown(catalogue, self, q) {
                self.0[q] = None;
            }
        }
    }
}

/// Whether question `q` is shown, given the answers so far.
pub fn is_shown(catalogue: &Catalogue, answers: &Answers, q: usize) -> bool {
    let only_if = catalogue.questions[q].only_if;
    only_if.is_empty() || only_if.iter().any(|&(pq, pa)| answers.get(pq) == Some(pa))
}

/// Indices of the questions shown for these answers, in order.
pub fn shown_questions(catalogue: &Catalogue, answers: &Answers) -> Vec<usize> {
    (0..catalogue.questions.len())
        .filter(|&q| is_shown(catalogue, answers, q))
        .collect()
}

/// The questions the reader may still see (their count is the "of N" in "Question 2 of N"): those shown, plus
/// those that depend on a question not answered yet.
pub fn possible_questions(catalogue: &Catalogue, answers: &Answers) -> Vec<usize> {
    (0..catalogue.questions.len())
        .filter(|&q| {
            is_shown(catalogue, answers, q)
                || catalogue.questions[q]
                    .only_if
                    .iter()
                    .any(|&(pq, _)| answers.get(pq).is_none())
        })
        .collect()
}

/// Whether every shown question has an answer.
pub fn is_complete(catalogue: &Catalogue, answers: &Answers) -> bool {
    shown_questions(catalogue, answers)
        .iter()
        .all(|&q| answers.get(q).is_some())
}

/// Why an answer moved a model's score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reason {
    /// Question index.
    pub question: usize,
    /// Answer index.
    pub answer: usize,
    /// The effect applied.
    pub effect: Effect,
}

/// One model's score with the reasons behind it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scored {
    /// Model index.
    pub model: usize,
    /// Total points.
    pub score: i32,
    /// Reasons that raised it, largest first.
    pub raised_by: Vec<Reason>,
    /// Reasons that lowered it, largest first.
    pub lowered_by: Vec<Reason>,
}

/// Scores every model and ranks them: best first, ties in catalogue order.
pub fn rank(catalogue: &Catalogue, answers: &Answers) -> Vec<Scored> {
    let mut scored: Vec<Scored> = (0..catalogue.models.len())
        .map(|model| Scored {
            model,
            score: 0,
            raised_by: Vec::new(),
            lowered_by: Vec::new(),
        })
        .collect();
    for q in shown_questions(catalogue, answers) {
        let Some(a) = answers.get(q) else { continue };
        let Some(answer) = catalogue.questions[q].answers.get(a) else {
            continue;
        };
        for effect in answer.effects {
            let Some(s) = scored.get_mut(effect.model) else {
                continue;
            };
            s.score += i32::from(effect.delta);
            let reason = Reason {
                question: q,
                answer: a,
                effect: *effect,
            };
            if effect.delta > 0 {
                s.raised_by.push(reason);
            } else {
                s.lowered_by.push(reason);
            }
        }
    }
    for s in &mut scored {
        crate::sort::by_key(&mut s.raised_by, |r| -i64::from(r.effect.delta));
        crate::sort::by_key(&mut s.lowered_by, |r| i64::from(r.effect.delta));
    }
    // `scored` is in catalogue order, so ties stay in catalogue order.
    crate::sort::by_key(&mut scored, |s| -i64::from(s.score));
    scored
}

/// Models ranked next to position `i` whose score is within [`NEAR_TIE_MARGIN`] of it.
pub fn near_ties(ranked: &[Scored], i: usize) -> Vec<usize> {
    let score = ranked[i].score;
    ranked
        .iter()
        .enumerate()
        .filter(|(j, s)| *j != i && (s.score - score).abs() <= NEAR_TIE_MARGIN)
        .filter(|(j, _)| j.abs_diff(i) <= 2)
        .map(|(_, s)| s.model)
        .collect()
}

/// Models that Rubick pairs with this one (declared on either side).
pub fn pairings(catalogue: &Catalogue, model: usize) -> Vec<usize> {
    let mut out: Vec<usize> = catalogue.models[model]
        .related
        .iter()
        .filter(|r| r.kind == RelationKind::PairsWith)
        .map(|r| r.target)
        .collect();
    for (i, m) in catalogue.models.iter().enumerate() {
        if m.related
            .iter()
            .any(|r| r.kind == RelationKind::PairsWith && r.target == model)
            && !out.contains(&i)
        {
            out.push(i);
        }
    }
    out
}

/// A fit label for a rank position and score, used to dim poor fits in the card grid.
pub fn is_poor_fit(score: i32, top_score: i32) -> bool {
    score <= 0 || score * 2 < top_score
}
