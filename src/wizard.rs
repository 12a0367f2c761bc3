//! Wizard logic: which questions are shown, and how answers score and rank the models.

use crate::types::{Catalogue, Condition, Effect, Preference, RelationKind};

/// Scores within this many points of each other are flagged as a near-tie.
pub const NEAR_TIE_MARGIN: i32 = 1;

/// The chosen answers per question, as a bit set (bit `a` set: answer `a` chosen; 0: not answered yet).
///
/// Most questions take one answer; a question with `max_choices` above one (the kind of problem) takes up to
/// that many, and its "not sure" answer excludes the others.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Answers(pub Vec<u16>);

impl Answers {
    /// No answers for a catalogue with `n` questions.
    pub fn empty(n: usize) -> Self {
        Answers(vec![0; n])
    }

    /// The first chosen answer of question `q` (the only one for single-choice questions).
    pub fn get(&self, q: usize) -> Option<usize> {
        let bits = self.0.get(q).copied().unwrap_or(0);
        (bits != 0).then(|| bits.trailing_zeros() as usize)
    }

    /// Every chosen answer of question `q`, in answer order.
    pub fn chosen(&self, q: usize) -> impl Iterator<Item = usize> + '_ {
        let bits = self.0.get(q).copied().unwrap_or(0);
        (0..16).filter(move |a| bits & (1 << a) != 0)
    }

    /// Whether answer `a` of question `q` is chosen.
    pub fn has(&self, q: usize, a: usize) -> bool {
        a < 16 && self.0.get(q).is_some_and(|bits| bits & (1 << a) != 0)
    }

    /// Whether question `q` has an answer.
    pub fn is_answered(&self, q: usize) -> bool {
        self.0.get(q).is_some_and(|&bits| bits != 0)
    }

    /// Whether any question has an answer.
    pub fn any(&self) -> bool {
        self.0.iter().any(|&bits| bits != 0)
    }

    fn ensure(&mut self, q: usize) {
        if q >= self.0.len() {
            self.0.resize(q + 1, 0);
        }
    }

    /// Sets (or clears) the one answer to question `q`. Answers to questions this hides are kept but no longer
    /// count (see [`is_shown`]).
    pub fn set(&mut self, q: usize, answer: Option<usize>) {
        self.ensure(q);
        self.0[q] = answer.filter(|&a| a < 16).map_or(0, |a| 1 << a);
    }

    /// Adds answer `a` to question `q`, or removes it if chosen. A "not sure" answer replaces the others and
    /// another answer replaces "not sure"; beyond the question's `max_choices` nothing is added (returns false).
    pub fn toggle(&mut self, catalogue: &Catalogue, q: usize, a: usize) -> bool {
        let Some(question) = catalogue.questions.get(q) else {
            return false;
        };
        if a >= question.answers.len() || a >= 16 {
            return false;
        }
        self.ensure(q);
        let bit = 1u16 << a;
        if self.0[q] & bit != 0 {
            self.0[q] &= !bit;
        } else if question.answers[a].unsure || question.max_choices <= 1 {
            self.0[q] = bit;
        } else {
            let unsure: u16 = question
                .answers
                .iter()
                .enumerate()
                .filter(|(_, x)| x.unsure)
                .map(|(i, _)| 1u16 << i)
                .sum();
            let kept = self.0[q] & !unsure;
            if kept.count_ones() >= u32::from(question.max_choices) {
                return false;
            }
            self.0[q] = kept | bit;
        }
        true
    }

    /// Drops answers to questions hidden by earlier answers (a link must not carry them).
    pub fn prune(&mut self, catalogue: &Catalogue) {
        for q in 0..self.0.len() {
            if self.0[q] != 0 && !is_shown(catalogue, self, q) {
                self.0[q] = 0;
            }
        }
    }
}

/// Whether question `q` is shown, given the answers so far.
///
/// An answer counts only while its own question is shown: answers to hidden questions are remembered (so a reader
/// who changes their mind and back loses nothing) but show no follow-up question, move no score and stay out of
/// links.
pub fn is_shown(catalogue: &Catalogue, answers: &Answers, q: usize) -> bool {
    shown_flags(catalogue, answers)[q]
}

/// For each question, whether it is shown (questions only depend on earlier ones).
fn shown_flags(catalogue: &Catalogue, answers: &Answers) -> Vec<bool> {
    let mut shown: Vec<bool> = Vec::with_capacity(catalogue.questions.len());
    for question in catalogue.questions {
        let only_if = question.only_if;
        let s = only_if.is_empty()
            || only_if
                .iter()
                .any(|&(pq, pa)| shown.get(pq) == Some(&true) && answers.has(pq, pa));
        shown.push(s);
    }
    shown
}

/// Indices of the questions shown for these answers, in order.
pub fn shown_questions(catalogue: &Catalogue, answers: &Answers) -> Vec<usize> {
    let shown = shown_flags(catalogue, answers);
    (0..catalogue.questions.len())
        .filter(|&q| shown[q])
        .collect()
}

/// The questions the reader may still see (their count is the "of N" in "Question 2 of N"): those shown, plus
/// those that depend on a question not answered yet that may itself still be shown.
pub fn possible_questions(catalogue: &Catalogue, answers: &Answers) -> Vec<usize> {
    let mut possible = vec![false; catalogue.questions.len()];
    for q in 0..catalogue.questions.len() {
        possible[q] = is_shown(catalogue, answers, q)
            || catalogue.questions[q]
                .only_if
                .iter()
                .any(|&(pq, _)| !answers.is_answered(pq) && possible[pq]);
    }
    (0..catalogue.questions.len())
        .filter(|&q| possible[q])
        .collect()
}

/// Whether every shown question has an answer.
pub fn is_complete(catalogue: &Catalogue, answers: &Answers) -> bool {
    shown_questions(catalogue, answers)
        .iter()
        .all(|&q| answers.is_answered(q))
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
        for a in answers.chosen(q) {
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

/// Models that Rubick pairs with this one (declared on either side), with where he says so.
pub fn pairings(catalogue: &Catalogue, model: usize) -> Vec<(usize, &'static [u8])> {
    let mut out: Vec<(usize, &'static [u8])> = catalogue.models[model]
        .related
        .iter()
        .filter(|r| r.kind == RelationKind::PairsWith)
        .map(|r| (r.target, r.src))
        .collect();
    for (i, m) in catalogue.models.iter().enumerate() {
        for r in m.related {
            if r.kind == RelationKind::PairsWith
                && r.target == model
                && !out.iter().any(|(x, _)| *x == i)
            {
                out.push((i, r.src));
            }
        }
    }
    out
}

/// A fit label for a rank position and score, used to dim poor fits in the card grid.
pub fn is_poor_fit(score: i32, top_score: i32) -> bool {
    score <= 0 || score * 2 < top_score
}

/// Whether a condition holds: its question is shown and has one of its answers.
pub fn condition_holds(catalogue: &Catalogue, c: &Condition, answers: &Answers) -> bool {
    is_shown(catalogue, answers, c.question)
        && c.answers.iter().any(|&a| answers.has(c.question, a))
}

/// Whether a preference's situation holds: every `when` condition and none of the `unless` ones.
pub fn situation_holds(catalogue: &Catalogue, preference: &Preference, answers: &Answers) -> bool {
    when_holds(catalogue, preference, answers) && !set_aside(catalogue, preference, answers)
}

/// Whether every `when` condition of a preference holds.
fn when_holds(catalogue: &Catalogue, preference: &Preference, answers: &Answers) -> bool {
    preference
        .when
        .iter()
        .all(|c| condition_holds(catalogue, c, answers))
}

/// Whether one of a preference's `unless` conditions holds.
fn set_aside(catalogue: &Catalogue, preference: &Preference, answers: &Answers) -> bool {
    preference
        .unless
        .iter()
        .any(|c| condition_holds(catalogue, c, answers))
}

/// An order between two models that bears on a result: applied, or set aside by one of its carve-outs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OrderNote<'c> {
    /// The order.
    pub preference: &'c Preference,
    /// Whether it is applied here (false: its situation holds but a carve-out sets it aside).
    pub applied: bool,
}

/// The orders a result should show beside `model`, at most `limit`. Applied ones beside the preferred model, where
/// it is in the top 3 and the other ranks within the top 10 (a note about a distant model helps no one); set-aside ones
/// where the carve-out changed the outcome (the other model ranks above the preferred one) and both are within
/// the top 10, so the reader learns why an order they may know is not followed.
pub fn order_notes<'c>(
    catalogue: &'c Catalogue,
    answers: &Answers,
    ranked: &[Scored],
    model: usize,
    limit: usize,
) -> Vec<OrderNote<'c>> {
    let position = |x: usize| ranked.iter().position(|r| r.model == x);
    catalogue
        .preferences
        .iter()
        .filter(|p| when_holds(catalogue, p, answers))
        .filter_map(|p| {
            let applied = !set_aside(catalogue, p, answers);
            // Shown once, under the higher-ranked of the two: the preferred model where the order is applied, the
            // other where a carve-out lets it rank above.
            if model != if applied { p.prefer } else { p.over } {
                return None;
            }
            let (prefer, over) = (position(p.prefer)?, position(p.over)?);
            let shown = if applied {
                prefer < 3 && over < 10
            } else {
                over < prefer && prefer < 10 && over < 3
            };
            shown.then_some(OrderNote {
                preference: p,
                applied,
            })
        })
        .take(limit)
        .collect()
}

/// Rubick's preferences whose situation these answers describe.
pub fn preferences_in_play<'c>(
    catalogue: &'c Catalogue,
    answers: &Answers,
) -> impl Iterator<Item = &'c Preference> {
    catalogue
        .preferences
        .iter()
        .filter(move |p| situation_holds(catalogue, p, answers))
}
