//! Deciding together: several people's answers, their combined ranking, where they differ, what would change the
//! top model, and the decision record they keep (pure: tested natively).

use crate::text;
use crate::types::{Catalogue, Question};
use crate::wizard::{self, Answers};

/// A comparison holds the reader and up to five colleagues.
pub const MAX_PEOPLE: usize = 6;
/// Names longer than this are cut.
pub const MAX_NAME_LEN: usize = 40;
/// Notes of the decision record longer than this are cut.
pub const MAX_NOTE_LEN: usize = 500;

/// How the combined ranking is made, said wherever it is shown.
pub const COMBINED_NOTE: &str = "Every person\u{2019}s list counts equally (a Borda count): in each person\u{2019}s \
     ranking a model earns one point for every model it outranks, and the points are added up. Models with the same \
     points share a place, marked \u{201c}=\u{201d}: within it, the one more of your answers point to comes first, then \
     the catalogue\u{2019}s order.";

/// One person in a comparison: an optional name (it lives only in the link) and their wizard answers.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Person {
    /// The name they gave, or empty.
    pub name: String,
    /// Their answers.
    pub answers: Answers,
}

/// Where a decision stands, as decision records say it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Status {
    /// Put forward, not yet agreed.
    #[default]
    Proposed,
    /// Agreed.
    Accepted,
    /// Turned down.
    Rejected,
    /// Replaced by a later decision.
    Superseded,
}

impl Status {
    /// Every status, in the order the record offers them.
    pub const ALL: [Status; 4] = [
        Status::Proposed,
        Status::Accepted,
        Status::Rejected,
        Status::Superseded,
    ];

    /// Its name in links (`status=accepted`).
    pub fn id(self) -> &'static str {
        match self {
            Status::Proposed => "proposed",
            Status::Accepted => "accepted",
            Status::Rejected => "rejected",
            Status::Superseded => "superseded",
        }
    }

    /// Its name on screen.
    pub fn label(self) -> &'static str {
        match self {
            Status::Proposed => "Proposed",
            Status::Accepted => "Accepted",
            Status::Rejected => "Rejected",
            Status::Superseded => "Superseded",
        }
    }

    /// The status with this id.
    pub fn from_id(id: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// The decision record's editable fields; the rest (context, options, watch-outs, first steps, when to revisit)
/// comes from the answers.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Record {
    /// The chosen model (None: the combined top model).
    pub choice: Option<usize>,
    /// Where the decision stands.
    pub status: Status,
    /// When it was decided (`YYYY-MM-DD`, or empty).
    pub date: String,
    /// Why we chose it.
    pub why: String,
    /// What else would make us revisit it.
    pub revisit: String,
    /// When to review it (`YYYY-MM-DD`, or empty).
    pub review: String,
}

impl Record {
    /// Whether nothing has been filled in.
    pub fn is_empty(&self) -> bool {
        *self == Record::default()
    }
}

/// The names people gave, in order, leaving out those who gave none (a record's deciders).
pub fn named(people: &[Person]) -> Vec<&str> {
    people
        .iter()
        .map(|p| p.name.trim())
        .filter(|n| !n.is_empty())
        .collect()
}

/// What the people are called in the views: their names, or "Person 1", "Person 2".
pub fn names(people: &[Person]) -> Vec<String> {
    people
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if p.name.trim().is_empty() {
                let mut s = String::from("Person ");
                text::push_num(&mut s, i + 1);
                s
            } else {
                p.name.clone()
            }
        })
        .collect()
}

/// Every model's fit score for these answers (the sums [`wizard::rank`] ranks by, without the reasons).
pub fn scores(catalogue: &Catalogue, answers: &Answers) -> Vec<i32> {
    let mut out = vec![0; catalogue.models.len()];
    for q in wizard::shown_questions(catalogue, answers) {
        for a in answers.chosen(q) {
            for e in catalogue.questions[q]
                .answers
                .get(a)
                .map_or(&[][..], |x| x.effects)
            {
                if let Some(s) = out.get_mut(e.model) {
                    *s += i32::from(e.delta);
                }
            }
        }
    }
    out
}

/// One line of the combined ranking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Combined {
    /// Model index.
    pub model: usize,
    /// Borda points: over all people, how many models it outranks.
    pub points: u32,
    /// Fit scores added over all people (breaks ties).
    pub fit: i32,
}

/// Every model's Borda points and summed fit over all people, in catalogue order. A model's points from one
/// person are how many models score lower for them, counted over the (small) range of scores, not by sorting.
fn tally(catalogue: &Catalogue, people: &[Answers]) -> Vec<Combined> {
    let mut out: Vec<Combined> = (0..catalogue.models.len())
        .map(|model| Combined {
            model,
            points: 0,
            fit: 0,
        })
        .collect();
    for answers in people {
        let s = scores(catalogue, answers);
        let low = s.iter().copied().min().unwrap_or(0);
        let high = s.iter().copied().max().unwrap_or(0);
        // below[v - low]: how many scores are lower than v.
        let mut below = vec![0u32; (high - low) as usize + 2];
        for &x in &s {
            below[(x - low) as usize + 1] += 1;
        }
        for i in 1..below.len() {
            below[i] += below[i - 1];
        }
        for (c, &x) in out.iter_mut().zip(&s) {
            c.points += below[(x - low) as usize];
            c.fit += x;
        }
    }
    out
}

/// The order of the combined ranking: Borda points, then summed fit (catalogue order breaks the last ties).
fn order(c: &Combined) -> i64 {
    -((i64::from(c.points) << 32) + i64::from(c.fit))
}

/// The combined ranking of several people's answers, best first (see [`COMBINED_NOTE`]): Borda points, then summed
/// fit, then catalogue order.
pub fn combined(catalogue: &Catalogue, people: &[Answers]) -> Vec<Combined> {
    let mut out = tally(catalogue, people);
    crate::sort::by_key(&mut out, order);
    out
}

/// The model the group's answers put first: the head of [`combined`] (for one person, of [`wizard::rank`]),
/// found without sorting.
pub fn combined_top(catalogue: &Catalogue, people: &[Answers]) -> usize {
    if let [one] = people {
        // One person: the first of the highest scores (the points order the same way).
        let s = scores(catalogue, one);
        let best = s.iter().copied().max().unwrap_or(0);
        return s.iter().position(|&x| x == best).unwrap_or(0);
    }
    let all = tally(catalogue, people);
    // The first of the best keeps ties in catalogue order, as the stable sort does.
    let best = all.iter().map(order).min().unwrap_or(0);
    all.iter().position(|c| order(c) == best).unwrap_or(0)
}

/// Each line's place in a combined ranking (best first): 1 + how many models have more points, and whether another
/// model has the same points (a tie, shown "=2").
pub fn places(ranking: &[Combined]) -> Vec<(usize, bool)> {
    ranking
        .iter()
        .map(|c| {
            let above = ranking.iter().filter(|x| x.points > c.points).count();
            let same = ranking.iter().filter(|x| x.points == c.points).count();
            (above + 1, same > 1)
        })
        .collect()
}

/// Where each person ranks `model` on their own: 1 + how many models fit their answers better (models that fit
/// equally share a place).
pub fn person_places(catalogue: &Catalogue, people: &[Answers], model: usize) -> Vec<usize> {
    people
        .iter()
        .map(|a| {
            let s = scores(catalogue, a);
            let mine = s.get(model).copied().unwrap_or(0);
            s.iter().filter(|&&x| x > mine).count() + 1
        })
        .collect()
}

/// The answer sets one change away from `bits`: each other answer; for a question that takes several, also one
/// answer swapped for another, one added, one dropped, or "not sure" instead.
pub fn alternatives(question: &Question, bits: u16) -> Vec<u16> {
    let n = question.answers.len().min(16);
    let unsure: u16 = (0..n)
        .filter(|&a| question.answers[a].unsure)
        .map(|a| 1u16 << a)
        .sum();
    let mut out: Vec<u16> = Vec::new();
    let mut push = |b: u16| {
        if b != 0 && b != bits && !out.contains(&b) {
            out.push(b);
        }
    };
    let kept = bits & !unsure;
    if question.max_choices <= 1 || kept == 0 {
        for a in 0..n {
            push(1 << a);
        }
        return out;
    }
    push(unsure);
    let free = |b: u16| unsure & b == 0 && kept & b == 0;
    for a in 0..n {
        let bit = 1u16 << a;
        if kept & bit != 0 {
            push(kept & !bit);
            for b in (0..n).map(|b| 1u16 << b).filter(|&b| free(b)) {
                push(kept & !bit | b);
            }
        } else if free(bit) && kept.count_ones() < u32::from(question.max_choices) {
            push(kept | bit);
        }
    }
    out
}

/// One answer change that would put another model first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The question.
    pub question: usize,
    /// The answer set everyone would give it.
    pub answer: u16,
    /// The model that would then come first.
    pub top: usize,
    /// In a comparison where people differ on this question: who gave this answer (empty otherwise).
    pub who: Vec<usize>,
}

/// The single answer changes that would put another model first, and the current top model.
///
/// For each question shown to anyone: when everyone who sees it gave the same answer, each answer one change away
/// ([`alternatives`]); when they differ, each answer someone gave (the disagreement decides the top model if
/// everyone giving one of them changes it). Everyone's answers are changed together, hidden answers dropped, and
/// the combined ranking recomputed with the same scoring.
pub fn changes(catalogue: &Catalogue, people: &[Answers]) -> (usize, Vec<Change>) {
    let top = combined_top(catalogue, people);
    let mut out = Vec::new();
    for q in 0..catalogue.questions.len() {
        let mut given: Vec<u16> = Vec::new();
        for a in people {
            let bits = a.0.get(q).copied().unwrap_or(0);
            if bits != 0 && wizard::is_shown(catalogue, a, q) && !given.contains(&bits) {
                given.push(bits);
            }
        }
        let candidates = match given.as_slice() {
            [] => continue,
            [one] => alternatives(&catalogue.questions[q], *one),
            _ => given.clone(),
        };
        for answer in candidates {
            let changed: Vec<Answers> = people
                .iter()
                .map(|a| {
                    let mut a = a.clone();
                    if wizard::is_shown(catalogue, &a, q) {
                        a.0[q] = answer;
                        a.prune(catalogue);
                    }
                    a
                })
                .collect();
            let t = combined_top(catalogue, &changed);
            if t != top {
                let who = if given.len() > 1 {
                    (0..people.len())
                        .filter(|&i| people[i].0.get(q) == Some(&answer))
                        .collect()
                } else {
                    Vec::new()
                };
                out.push(Change {
                    question: q,
                    answer,
                    top: t,
                    who,
                });
            }
        }
    }
    (top, out)
}

/// One question of the side-by-side answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerRow {
    /// The question.
    pub question: usize,
    /// What each person answered (0: not asked, the question did not apply to their answers).
    pub answers: Vec<u16>,
    /// Whether two people who were asked answered differently ("not asked" is no disagreement).
    pub differs: bool,
}

impl AnswerRow {
    /// Whether some people were not asked this question.
    pub fn partly_asked(&self) -> bool {
        self.answers.contains(&0)
    }
}

/// For each question shown to anyone, what each person answered, the questions where they differ first.
pub fn answer_table(catalogue: &Catalogue, people: &[Person]) -> Vec<AnswerRow> {
    let mut rows: Vec<AnswerRow> = Vec::new();
    for q in 0..catalogue.questions.len() {
        let mut answers: Vec<u16> = Vec::new();
        for p in people {
            answers.push(if wizard::is_shown(catalogue, &p.answers, q) {
                p.answers.0.get(q).copied().unwrap_or(0)
            } else {
                0
            });
        }
        let mut given = answers.iter().filter(|&&b| b != 0);
        // Nobody was asked it: no row.
        let Some(first) = given.next() else {
            continue;
        };
        let differs = given.any(|b| b != first);
        rows.push(AnswerRow {
            question: q,
            answers,
            differs,
        });
    }
    crate::sort::by_key(&mut rows, |r| i64::from(!r.differs));
    rows
}

/// How many rows of [`answer_table`] differ.
pub fn differing(rows: &[AnswerRow]) -> usize {
    rows.iter().filter(|r| r.differs).count()
}

/// When people did not all name the same problem (the first question): who named what, in order of first
/// appearance; empty when they agree (or there is one person).
pub fn problem_split(people: &[Person]) -> Vec<(u16, Vec<usize>)> {
    let bits: Vec<u16> = people
        .iter()
        .map(|p| p.answers.0.first().copied().unwrap_or(0))
        .collect();
    let split = who_answered(&bits);
    if split.len() > 1 { split } else { Vec::new() }
}

/// The distinct answers in one row of [`answer_table`], in order of first appearance, each with who gave it.
pub fn who_answered(bits: &[u16]) -> Vec<(u16, Vec<usize>)> {
    let mut out: Vec<(u16, Vec<usize>)> = Vec::new();
    for (i, &b) in bits.iter().enumerate() {
        match out.iter_mut().find(|(x, _)| *x == b) {
            Some((_, who)) => who.push(i),
            None => out.push((b, vec![i])),
        }
    }
    out
}

/// The answers of `people`, for the functions above.
pub fn answers_of(people: &[Person]) -> Vec<Answers> {
    people.iter().map(|p| p.answers.clone()).collect()
}

/// Adds these answers as a new person unless someone already gave exactly them; returns their position, or None
/// when the comparison is full.
pub fn add_person(people: &mut Vec<Person>, answers: &Answers) -> Option<usize> {
    if let Some(i) = people.iter().position(|p| p.answers == *answers) {
        return Some(i);
    }
    if people.len() >= MAX_PEOPLE {
        return None;
    }
    people.push(Person {
        name: String::new(),
        answers: answers.clone(),
    });
    Some(people.len() - 1)
}

/// The number written with the ASCII digits `r` of `s` (None if any is not a digit, or the range is empty or out of
/// `s`). By hand: `str::parse` brings its error handling into the wasm.
fn digits(s: &str, r: std::ops::Range<usize>) -> Option<i64> {
    let t = s.as_bytes().get(r).filter(|t| !t.is_empty())?;
    let mut n = 0;
    for &c in t {
        if !c.is_ascii_digit() {
            return None;
        }
        n = n * 10 + i64::from(c - b'0');
    }
    Some(n)
}

/// Whether `s` is a date written `YYYY-MM-DD` (the value of a date field).
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && digits(s, 0..4).is_some()
        && digits(s, 5..7).is_some_and(|m| (1..=12).contains(&m))
        && digits(s, 8..10).is_some_and(|d| (1..=31).contains(&d))
}

/// The date `days` days after `date` (`YYYY-MM-DD`), or None if `date` is not one (see [`is_date`]).
pub fn add_days(date: &str, days: i64) -> Option<String> {
    if !is_date(date) {
        return None;
    }
    let num = |r| digits(date, r).unwrap_or(0);
    let (y, m, d) = (num(0..4), num(5..7), num(8..10));
    // Days since 0000-03-01 and back (Howard Hinnant's civil-date algorithms).
    let (y0, m0) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let era = y0.div_euclid(400);
    let yoe = y0 - era * 400;
    let doy = (153 * m0 + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let z = era * 146_097 + doe + days;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    let mut out = String::new();
    for (n, width) in [(y, 4), (m, 2), (d, 2)] {
        if !out.is_empty() {
            out.push('-');
        }
        let digits = text::num(n.max(0) as usize);
        for _ in digits.len()..width {
            out.push('0');
        }
        out.push_str(&digits);
    }
    Some(out)
}

/// Cuts `s` to at most `max` characters.
pub fn cut(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}
