//! The check-up of a model a team already uses: the answers to its signs, and what they add up to (keep it, tune
//! it, or consider moving), with the healthy signs, the warnings, the tunes and the moves behind that verdict.
//!
//! The rule that turns answers into a verdict is ours (the posts describe signs, not a scoring rule):
//! - fewer than half the signs answered yes or no: not enough to go on;
//! - a warning that points to another model shows while not every healthy sign holds: consider moving;
//! - any warning shows, or a healthy sign is missing: tune;
//! - otherwise: keep.

use crate::text;
use crate::types::Catalogue;
pub use crate::types::Sign;

/// An answer to one sign.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Answer {
    /// Not answered, or "not sure".
    #[default]
    Unsure,
    /// The sign shows.
    Yes,
    /// It does not.
    No,
}

impl Answer {
    /// All answers, in the order the check-up offers them.
    pub const ALL: [Answer; 3] = [Answer::Yes, Answer::No, Answer::Unsure];

    /// The answer's letter in a link.
    pub fn letter(self) -> char {
        match self {
            Answer::Yes => 'y',
            Answer::No => 'n',
            Answer::Unsure => 'u',
        }
    }

    /// The answer for a letter of a link.
    pub fn from_letter(c: char) -> Option<Answer> {
        Some(match c {
            'y' => Answer::Yes,
            'n' => Answer::No,
            'u' => Answer::Unsure,
            _ => return None,
        })
    }
}

/// What the answers add up to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// It works as it is.
    Keep,
    /// It works, but something inside it needs changing.
    Tune,
    /// The signs point to another model.
    Move,
    /// Too few answers to say.
    NotEnough,
}

impl Verdict {
    /// The verdict in a few words.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Keep => "Keep it",
            Verdict::Tune => "Tune it",
            Verdict::Move => "Consider moving",
            Verdict::NotEnough => "Not enough to go on yet",
        }
    }
}

/// The check-up's result: the verdict and the signs behind it, each list in the check-up's order.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// What the answers add up to.
    pub verdict: Verdict,
    /// Healthy signs answered yes.
    pub healthy: Vec<Sign>,
    /// Healthy signs answered no.
    pub missing: Vec<Sign>,
    /// Warning signs answered yes.
    pub warnings: Vec<Sign>,
    /// Models the shown warnings point to, each once, in the order of their first warning.
    pub moves: Vec<usize>,
    /// Signs answered "not sure" or not at all.
    pub unsure: usize,
}

/// The choices of a decision record started from a check-up of `model`: that model (keep it, tuned where the
/// warnings say) and each model the warnings point to.
pub fn record_options(model: usize, o: &Outcome) -> Vec<usize> {
    let mut all = vec![model];
    all.extend(&o.moves);
    all
}

/// The record's decision: the reader's `choice` if it is one of the options, else what the verdict suggests (the
/// first move when it says to consider moving, the model in use otherwise).
pub fn record_choice(model: usize, o: &Outcome, choice: Option<usize>) -> usize {
    match choice {
        Some(c) if c == model || o.moves.contains(&c) => c,
        _ if o.verdict == Verdict::Move => o.moves.first().copied().unwrap_or(model),
        _ => model,
    }
}

/// The signs of one model's check-up, in file order.
pub fn signs_of(catalogue: &Catalogue, model: usize) -> Vec<Sign> {
    catalogue
        .signs
        .iter()
        .filter(|s| s.model == model)
        .copied()
        .collect()
}

/// The outcome of answers to a check-up's signs (`answers[i]` answers `signs[i]`; missing answers are "not sure").
pub fn outcome(signs: &[Sign], answers: &[Answer]) -> Outcome {
    let answer = |i: usize| answers.get(i).copied().unwrap_or_default();
    let mut out = Outcome {
        verdict: Verdict::NotEnough,
        healthy: Vec::new(),
        missing: Vec::new(),
        warnings: Vec::new(),
        moves: Vec::new(),
        unsure: 0,
    };
    for (i, s) in signs.iter().enumerate() {
        match (answer(i), s.warning) {
            (Answer::Unsure, _) => out.unsure += 1,
            (Answer::Yes, false) => out.healthy.push(*s),
            (Answer::No, false) => out.missing.push(*s),
            (Answer::Yes, true) => {
                out.warnings.push(*s);
                if let Some((to, _)) = s.moves
                    && !out.moves.contains(&to)
                {
                    out.moves.push(to);
                }
            }
            (Answer::No, true) => {}
        }
    }
    let healthy_total = signs.iter().filter(|s| !s.warning).count();
    out.verdict = if (signs.len() - out.unsure) * 2 < signs.len() {
        Verdict::NotEnough
    } else if !out.moves.is_empty() && out.healthy.len() < healthy_total {
        Verdict::Move
    } else if !out.warnings.is_empty() || !out.missing.is_empty() {
        Verdict::Tune
    } else {
        Verdict::Keep
    };
    out
}

/// The answers as a link writes them: one letter per sign ("ynnu"), trailing "not sure"s left out.
pub fn write_answers(answers: &[Answer]) -> String {
    let mut s: String = answers.iter().map(|a| a.letter()).collect();
    while s.ends_with('u') {
        s.pop();
    }
    s
}

/// Reads a link's answers for a check-up of `n` signs; `None` if it holds any other letter or too many.
pub fn read_answers(s: &str, n: usize) -> Option<Vec<Answer>> {
    if s.chars().count() > n {
        return None;
    }
    let mut out: Vec<Answer> = s.chars().map(Answer::from_letter).collect::<Option<_>>()?;
    out.resize(n, Answer::Unsure);
    Some(out)
}

/// "1 sign" or "3 signs" (any noun with a plain plural).
fn count(out: &mut String, n: usize, noun: &str) {
    text::push_num(out, n);
    out.push(' ');
    out.push_str(noun);
    if n != 1 {
        out.push('s');
    }
}

/// The verdict in one sentence: what led to it, and how many answers were "not sure" (of `total` signs).
pub fn verdict_line(o: &Outcome, total: usize) -> String {
    let mut s = String::new();
    match o.verdict {
        Verdict::NotEnough => {
            s.push_str("You answered ");
            text::push_num(&mut s, total - o.unsure);
            s.push_str(" of ");
            text::push_num(&mut s, total);
            s.push_str(" questions: answer at least half, yes or no, for a verdict.");
            return s;
        }
        Verdict::Keep => s.push_str("Every healthy sign holds and no warning sign shows."),
        Verdict::Move => {
            count(&mut s, o.warnings.len(), "warning sign");
            s.push_str(" showed, pointing to another model, and not every healthy sign holds.");
        }
        Verdict::Tune => {
            if o.warnings.is_empty() {
                s.push_str("No warning sign shows");
            } else {
                count(&mut s, o.warnings.len(), "warning sign");
                s.push_str(" showed");
            }
            if !o.missing.is_empty() {
                s.push_str(", and ");
                count(&mut s, o.missing.len(), "healthy sign");
                s.push_str(if o.missing.len() == 1 { " is" } else { " are" });
                s.push_str(" missing");
            } else if !o.moves.is_empty() {
                s.push_str(", but every healthy sign holds, so tune before you move");
            }
            s.push_str(": work on it inside the model.");
        }
    }
    if o.unsure > 0 {
        s.push_str(" You were not sure of ");
        text::push_num(&mut s, o.unsure);
        s.push_str(" of ");
        text::push_num(&mut s, total);
        s.push_str(": what the teams see would settle them.");
    }
    s
}
