//! Plain-text reports of a wizard result (Markdown for the clipboard).

use crate::data::RUBICK_URL;
use crate::filter::Facet;
use crate::group::{self, Change, Person, Record};
use crate::provenance;
use crate::text;
use crate::types::{Catalogue, Claim, Model, Question};
use crate::verdict::{self, Verdict};
use crate::wizard::{self, Answers, Reason};

/// Appends where a statement comes from, in italics: " _(Rubick)_".
fn push_marks(out: &mut String, catalogue: &Catalogue, src: &[u8]) {
    out.push_str(" _(");
    out.push_str(&provenance::marks(catalogue, src));
    out.push_str(")_");
}

/// A claim as Markdown: its text and, in italics, where it comes from.
pub fn claim_markdown(catalogue: &Catalogue, claim: &Claim) -> String {
    let mut s = String::from(claim.text);
    push_marks(&mut s, catalogue, claim.src);
    s
}

/// Appends statements as Markdown, each with its marks, run together.
fn push_claims(out: &mut String, catalogue: &Catalogue, claims: &[Claim]) {
    for (i, c) in claims.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(c.text);
        push_marks(out, catalogue, c.src);
    }
}

/// The verdict's first sentence: the answer, in words a manager can act on.
pub fn verdict_headline(catalogue: &Catalogue, v: &Verdict) -> String {
    let name = |m: usize| catalogue.models[m].name;
    match v {
        Verdict::Lead { model, fit, close } => {
            let mut out = String::from("Best fit: ");
            out.push_str(name(*model));
            out.push_str(", a ");
            out.push_str(fit.label());
            out.push_str(" for your answers.");
            if *close {
                out.push_str(" A close call: read the next one too.");
            }
            out
        }
        Verdict::Tie { models, .. } => {
            let names: Vec<&str> = models.iter().map(|&m| name(m)).collect();
            let mut out = String::from("A tie: ");
            out.push_str(&and_list(&names));
            out.push_str(" fit your answers equally, so their order here is not advice.");
            out
        }
        Verdict::NoSignal { .. } => {
            "Your answers don't point to a model yet: with nothing to go on, any order \
            would just be the catalogue's own."
                .to_string()
        }
    }
}

/// What would separate the models when the verdict is a tie or has nothing to go on (empty otherwise).
pub fn separate_line(catalogue: &Catalogue, v: &Verdict) -> String {
    let (separate, what) = match v {
        Verdict::Tie { separate, .. } => (separate, "would separate them"),
        Verdict::NoSignal { separate } => (separate, "would decide the most"),
        Verdict::Lead { .. } => return String::new(),
    };
    if separate.is_empty() {
        return String::new();
    }
    // The prompts quoted and joined: "“a”", "“a” or “b”", "“a”, “b” or “c”".
    let mut s = String::from("Answering ");
    for (i, &q) in separate.iter().enumerate() {
        if i > 0 {
            s.push_str(if i + 1 == separate.len() {
                " or "
            } else {
                ", "
            });
        }
        s.push('\u{201c}');
        s.push_str(catalogue.questions[q].prompt);
        s.push('\u{201d}');
    }
    s.push(' ');
    s.push_str(what);
    s.push('.');
    s
}

/// How the results word an order between two models: as Rubick's only where his post states it, otherwise as our
/// reading; a set-aside order says why it is not applied. The sources follow as marks.
pub fn order_sentence(catalogue: &Catalogue, note: &wizard::OrderNote<'_>) -> String {
    let p = note.preference;
    let (a, b) = (
        catalogue.models[p.prefer].name,
        catalogue.models[p.over].name,
    );
    let (lead, end, why) = match (note.applied, p.stated) {
        (true, true) => ("Rubick prefers ", " here: ", p.why),
        (true, false) => ("Our reading of his posts: ", " here, because ", p.why),
        (false, true) => (
            "Rubick prefers ",
            " in general, but that is not applied here: ",
            p.unless_why,
        ),
        (false, false) => (
            "Our reading of his posts puts ",
            ", but not here: ",
            p.unless_why,
        ),
    };
    let mut s = String::from(lead);
    for part in [a, " over ", b, end, why] {
        s.push_str(part);
    }
    s
}

/// The orders that bear on the chosen model in anyone's answers (each once), for the decision record.
pub fn record_orders<'c>(
    catalogue: &'c Catalogue,
    answers: &[Answers],
    chosen: usize,
) -> Vec<wizard::OrderNote<'c>> {
    let mut out: Vec<wizard::OrderNote<'c>> = Vec::new();
    for a in answers {
        let ranked = wizard::rank(catalogue, a);
        for n in wizard::order_notes(catalogue, a, &ranked, chosen, 2) {
            if !out.iter().any(|o| std::ptr::eq(o.preference, n.preference)) {
                out.push(n);
            }
        }
    }
    out
}

/// Appends Markdown lines for the orders that bear on a model, each with its marks.
fn push_orders(out: &mut String, catalogue: &Catalogue, notes: &[wizard::OrderNote<'_>]) {
    for n in notes {
        out.push_str("- ");
        out.push_str(&order_sentence(catalogue, n));
        push_marks(out, catalogue, n.preference.src);
        out.push('\n');
    }
}

/// Where to read more about a model: Rubick's post on it, or his catalogue page.
pub fn read_more(catalogue: &Catalogue, m: &Model) -> &'static str {
    m.post.map_or(RUBICK_URL, |p| catalogue.source(p).url)
}

/// The wizard result as Markdown: answers, the top three with reasons and watch-outs, and the link back.
pub fn results_markdown(catalogue: &Catalogue, answers: &Answers, link: &str) -> String {
    let mut out =
        String::from("# Coordination models that fit our situation\n\n## Our answers\n\n");
    for q in wizard::shown_questions(catalogue, answers) {
        let question = &catalogue.questions[q];
        out.push_str("- ");
        out.push_str(question.prompt);
        out.push_str(" **");
        push_chosen(&mut out, question, answers.chosen(q));
        out.push_str("**\n");
    }
    let ranked = wizard::rank(catalogue, answers);
    let v = verdict::verdict(catalogue, answers, &ranked);
    out.push_str("\n## The answer\n\n");
    out.push_str(&verdict_headline(catalogue, &v));
    let separate = separate_line(catalogue, &v);
    if !separate.is_empty() {
        out.push(' ');
        out.push_str(&separate);
    }
    out.push('\n');
    let shown = if matches!(v, Verdict::NoSignal { .. }) {
        0
    } else {
        3
    };
    if shown > 0 {
        out.push_str("\n## Top three\n\n");
        out.push_str(RANKING_NOTE);
        out.push('\n');
    }
    let labels = verdict::rank_labels(&ranked);
    let top = ranked.first().map_or(0, |s| s.score);
    for (i, s) in ranked.iter().take(shown).enumerate() {
        let m = &catalogue.models[s.model];
        out.push_str("\n### ");
        out.push_str(&labels[i]);
        out.push_str(". ");
        out.push_str(m.name);
        out.push_str(" (");
        out.push_str(verdict::Fit::of(s.score, top).label());
        out.push_str(", score ");
        text::push_signed(&mut out, s.score.into());
        out.push_str(")\n\n");
        push_claims(&mut out, catalogue, std::slice::from_ref(&m.summary));
        out.push_str("\n\n");
        for r in s.raised_by.iter().chain(&s.lowered_by) {
            out.push_str("- ");
            text::push_signed(&mut out, r.effect.delta.into());
            out.push(' ');
            out.push_str(r.effect.reason);
            push_marks(&mut out, catalogue, r.effect.src);
            out.push('\n');
        }
        let notes = wizard::order_notes(catalogue, answers, &ranked, s.model, 2);
        if !notes.is_empty() {
            out.push('\n');
            push_orders(&mut out, catalogue, &notes);
        }
        consequences(&mut out, catalogue, m);
        out.push('\n');
    }
    if shown > 0 {
        out.push_str("\n## What would change the answer\n\n");
        let names = [String::new()];
        for line in change_lines(
            catalogue,
            &group::changes(catalogue, std::slice::from_ref(answers)).1,
            &names,
        ) {
            out.push_str("- ");
            out.push_str(&line);
            out.push('\n');
        }
    }
    out.push_str("\nReopen this result: ");
    out.push_str(link);
    credit(&mut out);
    out
}

/// Appends the answers chosen for `question` ("A; and B"), or "(no answer)".
pub fn push_chosen(out: &mut String, question: &Question, chosen: impl Iterator<Item = usize>) {
    let start = out.len();
    for a in chosen {
        if out.len() > start {
            out.push_str("; and ");
        }
        out.push_str(question.answers[a].label);
    }
    if out.len() == start {
        out.push_str("(no answer)");
    }
}

/// Appends a model's watch-outs, first steps and where to read more, as Markdown.
fn consequences(out: &mut String, catalogue: &Catalogue, m: &Model) {
    out.push_str("\n**Watch out:** ");
    push_claims(out, catalogue, m.watch_out);
    out.push_str("\n\n**How to start:** ");
    push_claims(out, catalogue, m.how_to_start);
    out.push_str("\n\nMore: ");
    out.push_str(read_more(catalogue, m));
}

/// Ends a report with the credit line.
fn credit(out: &mut String) {
    out.push_str("\n\nModels and categories from Jade Rubick's catalogue: ");
    out.push_str(RUBICK_URL);
    out.push_str(
        ". \"Rubick\" marks his posts, a name marks another writer, \"our reading\" marks our own inference.\n",
    );
}

/// The most answer changes listed under "what would change the answer"; the rest are counted.
pub const SHOWN_CHANGES: usize = 5;

/// What goes before item `k` of `count` in a sentence's list: "", ", " or " and ".
pub fn and_sep(k: usize, count: usize) -> &'static str {
    match k {
        0 => "",
        _ if k + 1 == count => " and ",
        _ => ", ",
    }
}

/// Appends the names of the people in `which` (those `names` has), joined as [`and_list`] joins them.
pub fn push_names(s: &mut String, names: &[String], which: &[usize]) {
    let count = which.iter().filter(|&&i| i < names.len()).count();
    for (k, n) in which.iter().filter_map(|&i| names.get(i)).enumerate() {
        s.push_str(and_sep(k, count));
        s.push_str(n);
    }
}

/// Names joined for a sentence: "Ann", "Ann and Bob", "Ann, Bob and Cy".
pub fn and_list(items: &[&str]) -> String {
    let mut out = String::new();
    for (k, item) in items.iter().enumerate() {
        out.push_str(and_sep(k, items.len()));
        out.push_str(item);
    }
    out
}

/// The labels of an answer set, quoted and joined ("“A” and “B”"), or "(not asked)".
pub fn answer_labels(question: &Question, bits: u16) -> String {
    let n = question.answers.len().min(16);
    let count = (0..n).filter(|a| bits & (1 << a) != 0).count();
    if count == 0 {
        return "(not asked)".into();
    }
    let mut s = String::new();
    let mut k = 0;
    for (a, answer) in question.answers.iter().take(n).enumerate() {
        if bits & (1 << a) == 0 {
            continue;
        }
        s.push_str(and_sep(k, count));
        k += 1;
        s.push('\u{201c}');
        s.push_str(answer.label);
        s.push('\u{201d}');
    }
    s
}

/// Answer changes in words, at most [`SHOWN_CHANGES`] of them and a count of the rest; `names` has one entry per
/// person ("If you answered …" for one, "If everyone answered …" for several). Says so when there are none.
pub fn change_lines(catalogue: &Catalogue, changes: &[Change], names: &[String]) -> Vec<String> {
    let group = names.len() > 1;
    // The disagreements that decide first, then real answers before "not sure".
    let mut changes: Vec<&Change> = changes.iter().collect();
    crate::sort::by_key(&mut changes, |c| {
        let unsure = catalogue.questions[c.question]
            .answers
            .iter()
            .enumerate()
            .any(|(a, x)| x.unsure && c.answer & (1 << a) != 0);
        i64::from(c.who.is_empty()) * 2 + i64::from(unsure)
    });
    let mut out: Vec<String> = changes
        .iter()
        .take(SHOWN_CHANGES)
        .map(|c| {
            let q = &catalogue.questions[c.question];
            let mut s = String::from(if group {
                "If everyone answered "
            } else {
                "If you answered "
            });
            s.push_str(&answer_labels(q, c.answer));
            s.push_str(" to \u{201c}");
            s.push_str(q.prompt);
            s.push('\u{201d}');
            if !c.who.is_empty() {
                s.push_str(" (as ");
                push_names(&mut s, names, &c.who);
                s.push_str(" did)");
            }
            s.push_str(if group {
                ", the combined top model would change to "
            } else {
                ", the top model would change to "
            });
            s.push_str(catalogue.models[c.top].name);
            s.push('.');
            s
        })
        .collect();
    if changes.len() > SHOWN_CHANGES {
        let mut s = text::num(changes.len() - SHOWN_CHANGES);
        s.push_str(" other single changes would also put another model first.");
        out.push(s);
    }
    if out.is_empty() {
        out.push("No single change of answer would put another model first.".into());
    }
    out
}

/// When models share the first place of a combined ranking: which, and why the first of them is listed first.
pub fn tie_note(catalogue: &Catalogue, ranking: &[group::Combined]) -> Option<String> {
    let first = ranking.first()?;
    let tied: Vec<&group::Combined> = ranking
        .iter()
        .filter(|c| c.points == first.points)
        .collect();
    if tied.len() < 2 {
        return None;
    }
    let names: Vec<&str> = tied
        .iter()
        .map(|c| catalogue.models[c.model].name)
        .collect();
    let mut s = String::from("A tie: ");
    s.push_str(&and_list(&names));
    s.push_str(" share first place. ");
    s.push_str(names[0]);
    s.push_str(if tied[1].fit < first.fit {
        " is listed first because more of your answers point to it; settle it on the answers that split you."
    } else {
        " is listed first only by the catalogue\u{2019}s order; settle it on the answers that split you."
    });
    Some(s)
}

/// Who among `people` gave an answer, for a record: the names given, and the others counted ("Ann and 1 other",
/// "2 of you"), so that nobody is called "Person 2".
pub fn who(people: &[Person], which: &[usize]) -> String {
    let others: String;
    let mut parts: Vec<&str> = Vec::new();
    for &i in which {
        if let Some(p) = people.get(i) {
            let n = p.name.trim();
            if !n.is_empty() {
                parts.push(n);
            }
        }
    }
    let n = which.len() - parts.len();
    if n > 0 {
        let mut s = if n == 1 {
            String::from("one")
        } else {
            text::num(n)
        };
        s.push_str(match (parts.is_empty(), n) {
            (true, _) => " of you",
            (false, 1) => " other",
            (false, _) => " others",
        });
        others = s;
        parts.push(&others);
    }
    and_list(&parts)
}

/// Real-world signals that a situation has come to match an answer, for "when to revisit": a line "question
/// id|answer id|signal" each (text, not a table of pointers: fewer bytes in the wasm). The problem questions have
/// none: a record made for one problem is not revisited by answering another (a test checks every other answer has
/// one).
const SIGNALS: &str = "priority|yes|the work becomes an agreed priority for every team taking part\n\
priority|no|the work stops being an agreed priority and competes with the teams\u{2019} own roadmaps\n\
duration|weeks|the need turns out to be a crisis of a few weeks\n\
duration|project|the need turns out to end with one project\n\
duration|recurring|the same crisis keeps coming back\n\
duration|permanent|the need turns out to last\n\
teams|two|the work narrows to two teams\n\
teams|several|the work comes to involve several teams, not the whole organisation\n\
teams|org|most of the organisation gets involved\n\
reorg|merge|the org chart becomes changeable: teams can be merged\n\
reorg|director|the teams can move under one shared director\n\
reorg|lend|teams can lend people to each other for a while\n\
reorg|no|the org chart becomes fixed\n\
stage|new|teams and reporting lines are being set up anew\n\
stage|established|separate product, design and engineering hierarchies settle in\n\
work|only-them|only the other group turns out to be able to do the work\n\
work|tools|tools or a platform appear that let the waiting team do the work itself\n\
work|advice|expert guidance turns out to be enough for the waiting team to do the work\n\
work|their-code|the other team agrees to let you change their area\n\
work|mandatory|the work becomes mandatory for the other teams (legal, a vulnerability)\n\
work|prioritise|the other teams can fit the work into their own plans\n\
work|shared|both groups end up doing parts of the same work and handing it over\n\
capacity|yes|the teams doing the work gain the seniority and the time for it\n\
capacity|no|the teams doing the work are stretched thin or lose senior people\n\
specialists|hire|you can hire specialists into every team\n\
specialists|borrow|every team needs its own specialist, but they have to stay in a central group\n\
specialists|small|a small central group serving everyone becomes the plan\n\
context|informed|staying informed turns out to be enough\n\
context|available|someone reachable for questions turns out to be enough\n\
context|joint|the people involved need to do real work together, day to day\n\
context|same-team|the people involved need to act as one team with one set of priorities\n";

/// The real-world signal that the situation has come to match answer set `bits` of question `q` (one answer; none
/// for "not sure", a problem question or several answers).
pub fn signal(catalogue: &Catalogue, q: usize, bits: u16) -> Option<&'static str> {
    let question = catalogue.questions.get(q)?;
    if bits.count_ones() != 1 {
        return None;
    }
    let answer = question.answers.get(bits.trailing_zeros() as usize)?;
    SIGNALS.lines().find_map(|line| {
        let mut part = line.splitn(3, '|');
        (part.next() == Some(question.id) && part.next() == Some(answer.id))
            .then(|| part.next())
            .flatten()
    })
}

/// A sentence from a phrase: its first letter in capitals. ASCII only: the phrases are ours, and
/// `char::to_uppercase` would bring Unicode's case tables into the wasm (about 11 KB gzip).
fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| std::iter::once(f.to_ascii_uppercase()).chain(c).collect())
        .unwrap_or_default()
}

/// "When to revisit": the real-world signals that would put another model than the chosen one first (from the
/// answers other than the problem), each with that model and, where people differ, whose answer it is; at most
/// [`SHOWN_CHANGES`]; then the problem itself changing.
pub fn revisit_lines(
    catalogue: &Catalogue,
    people: &[Person],
    changes: &[Change],
    chosen: usize,
) -> Vec<String> {
    let mut changes: Vec<&Change> = changes.iter().collect();
    // The disagreements first.
    crate::sort::by_key(&mut changes, |c| i64::from(c.who.is_empty()));
    let mut out: Vec<String> = Vec::new();
    let mut seen: Vec<(usize, u16)> = Vec::new();
    for c in changes {
        let Some(signal) = signal(catalogue, c.question, c.answer) else {
            continue;
        };
        if c.top == chosen || seen.contains(&(c.question, c.answer)) || out.len() == SHOWN_CHANGES {
            continue;
        }
        seen.push((c.question, c.answer));
        let mut s = capitalised(signal);
        if !c.who.is_empty() {
            s.push_str(" (as ");
            s.push_str(&who(people, &c.who));
            s.push_str(" answered)");
        }
        s.push_str(": ");
        s.push_str(catalogue.models[c.top].name);
        s.push_str(" would then come first.");
        out.push(s);
    }
    if out.is_empty() {
        out.push(
            "No change in the situation that the answers describe, on its own, would put another model first."
                .into(),
        );
    }
    out.push("The problem itself changes or goes away: answer the questions again.".into());
    out
}

/// The context of a record in two sentences: the problem (or who named which, when people differ on it), then how
/// the other answers agree.
pub fn context_summary(catalogue: &Catalogue, people: &[Person]) -> String {
    let Some(problem) = catalogue.questions.first() else {
        return String::new();
    };
    let split = group::problem_split(people);
    let mut s = String::new();
    if split.is_empty() {
        s.push_str(if people.len() > 1 {
            "The problem, as all of you named it: "
        } else {
            "The problem: "
        });
        let bits = people.first().and_then(|p| p.answers.0.first()).copied();
        s.push_str(&answer_labels(problem, bits.unwrap_or(0)));
        s.push('.');
    } else {
        s.push_str("You did not all name the same problem: ");
        for (k, (bits, which)) in split.iter().enumerate() {
            if k > 0 {
                s.push_str("; ");
            }
            s.push_str(&answer_labels(problem, *bits));
            s.push_str(" (");
            s.push_str(&who(people, which));
            s.push(')');
        }
        s.push('.');
    }
    let rows: Vec<group::AnswerRow> = group::answer_table(catalogue, people)
        .into_iter()
        .filter(|r| r.question != 0)
        .collect();
    // At most three questions by name, the rest counted.
    let prompts = |s: &mut String, rows: &[&group::AnswerRow]| {
        let count = rows.len().min(4);
        for (k, r) in rows.iter().take(3).enumerate() {
            s.push_str(and_sep(k, count));
            s.push('\u{201c}');
            s.push_str(catalogue.questions[r.question].prompt);
            s.push('\u{201d}');
        }
        if rows.len() > 3 {
            s.push_str(" and ");
            text::push_num(s, rows.len() - 3);
            s.push_str(" more");
        }
    };
    s.push(' ');
    if people.len() > 1 {
        let differ: Vec<&group::AnswerRow> = rows.iter().filter(|r| r.differs).collect();
        if differ.is_empty() {
            s.push_str("You gave the same answers to the other ");
            text::push_num(&mut s, rows.len());
            s.push_str(" questions.");
        } else {
            s.push_str("Of the other ");
            text::push_num(&mut s, rows.len());
            s.push_str(" questions, you answered ");
            text::push_num(&mut s, differ.len());
            s.push_str(" differently: ");
            prompts(&mut s, &differ);
            s.push('.');
        }
    } else {
        let unsure: Vec<&group::AnswerRow> = rows
            .iter()
            .filter(|r| {
                let q = &catalogue.questions[r.question];
                (0..q.answers.len().min(16))
                    .any(|a| q.answers[a].unsure && r.answers.iter().any(|b| b & (1 << a) != 0))
            })
            .collect();
        text::push_num(&mut s, rows.len());
        s.push_str(" more answers describe the situation");
        if unsure.is_empty() {
            s.push('.');
        } else {
            s.push_str("; not sure: ");
            prompts(&mut s, &unsure);
            s.push('.');
        }
    }
    s
}

/// One of the options a record says were considered: a model the ranking put near the top that was not chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Considered {
    /// The model.
    pub model: usize,
    /// Its place in the (combined) ranking, and whether it shares it.
    pub place: (usize, bool),
    /// The chosen model's place.
    pub chosen_place: usize,
    /// The strongest reason against it in anyone's answers.
    pub against: Option<Reason>,
    /// When nothing counts against it and it ranks below the chosen model: the strongest reason for the chosen model
    /// that does nothing for this one.
    pub edge: Option<Reason>,
}

impl Considered {
    /// The reason its line gives: against it, or for the chosen model.
    pub fn reason(&self) -> Option<&Reason> {
        self.against.as_ref().or(self.edge.as_ref())
    }
}

/// The options considered: the first two models of the (combined) ranking other than the chosen one, each with its
/// place and the strongest reason against it.
pub fn considered(catalogue: &Catalogue, answers: &[Answers], chosen: usize) -> Vec<Considered> {
    let ranking = group::combined(catalogue, answers);
    let places = group::places(&ranking);
    let ranked: Vec<Vec<wizard::Scored>> =
        answers.iter().map(|a| wizard::rank(catalogue, a)).collect();
    let chosen_place = ranking
        .iter()
        .zip(&places)
        .find(|(c, _)| c.model == chosen)
        .map_or(1, |(_, p)| p.0);
    // Each person's scoring of a model.
    let of = |model: usize| {
        ranked
            .iter()
            .filter_map(move |list| list.iter().find(|s| s.model == model))
    };
    let mut out = Vec::new();
    for (c, &place) in ranking.iter().zip(&places) {
        if out.len() == 2 {
            break;
        }
        if c.model == chosen {
            continue;
        }
        // The strongest reason against it in anyone's answers: the most negative (the first of equals).
        let mut against: Option<Reason> = None;
        let mut raised: Vec<(usize, usize)> = Vec::new();
        for s in of(c.model) {
            for r in &s.lowered_by {
                if against
                    .as_ref()
                    .is_none_or(|b| r.effect.delta < b.effect.delta)
                {
                    against = Some(*r);
                }
            }
            raised.extend(s.raised_by.iter().map(|r| (r.question, r.answer)));
        }
        // The strongest reason for the chosen model that does nothing for this one: the most positive.
        let mut edge: Option<Reason> = None;
        if against.is_none() && place.0 > chosen_place {
            for s in of(chosen) {
                for r in &s.raised_by {
                    if !raised.contains(&(r.question, r.answer))
                        && edge
                            .as_ref()
                            .is_none_or(|b| r.effect.delta > b.effect.delta)
                    {
                        edge = Some(*r);
                    }
                }
            }
        }
        out.push(Considered {
            model: c.model,
            place,
            chosen_place,
            against,
            edge,
        });
    }
    out
}

/// An option's place and why it was not chosen, without the sources (the views add them as marks).
pub fn considered_parts(catalogue: &Catalogue, o: &Considered, chosen: usize) -> (String, String) {
    let mut place = String::from("#");
    text::push_num(&mut place, o.place.0);
    if o.place.1 {
        place.push_str(", tied");
    }
    let why = match &o.against {
        Some(r) => {
            let mut s = String::from("Against it: ");
            s.push_str(r.effect.reason);
            s
        }
        None if o.edge.is_some() => {
            let mut s = String::from("No answer counts against it, but this tips it to ");
            s.push_str(catalogue.models[chosen].name);
            s.push_str(": ");
            s.push_str(o.edge.as_ref().map_or("", |r| r.effect.reason));
            s
        }
        None => {
            let mut s = String::from(match o.place.0.cmp(&o.chosen_place) {
                std::cmp::Ordering::Less => "No answer counts against it; it ranked above ",
                std::cmp::Ordering::Equal => {
                    "No answer counts against it; it shares its place with "
                }
                std::cmp::Ordering::Greater => {
                    "No answer counts against it, but fewer point to it than to "
                }
            });
            s.push_str(catalogue.models[chosen].name);
            s.push('.');
            s
        }
    };
    (place, why)
}

/// What follows a reason against an option: the answer it comes from.
pub fn from_answer(catalogue: &Catalogue, r: &Reason) -> String {
    let mut s = String::from(" (from the answer \u{201c}");
    s.push_str(catalogue.questions[r.question].answers[r.answer].label);
    s.push_str("\u{201d})");
    s
}

/// A record field's text for print and Markdown, or what stands in for it when it is empty.
pub fn or_unset<'a>(value: &'a str, unset: &'a str) -> &'a str {
    if value.is_empty() { unset } else { value }
}

/// The decision record as Markdown, in the shape of an architecture decision record: title, status, date,
/// deciders, review date, context (a summary, then the answers in full), decision, options considered,
/// consequences, when to revisit, and the link back.
pub fn record_markdown(
    catalogue: &Catalogue,
    people: &[Person],
    record: &Record,
    link: &str,
) -> String {
    // Names and notes are the readers' own text: escaped once here, they show as typed wherever the copy is pasted.
    let people: Vec<Person> = people
        .iter()
        .map(|p| Person {
            name: md_text(&p.name),
            answers: p.answers.clone(),
        })
        .collect();
    let people = &people[..];
    let answers = group::answers_of(people);
    let (top, changes) = group::changes(catalogue, &answers);
    let chosen = record.choice.unwrap_or(top);
    let m = &catalogue.models[chosen];
    let mut out = record_head(m.name, record, &group::named(people));
    out.push_str("\n\n## Context\n\n");
    out.push_str(&context_summary(catalogue, people));
    out.push_str("\n\nThe answers in full:\n\n");
    for row in group::answer_table(catalogue, people) {
        let question = &catalogue.questions[row.question];
        out.push_str("- ");
        out.push_str(question.prompt);
        for (k, (b, which)) in group::who_answered(&row.answers).iter().enumerate() {
            out.push_str(if k == 0 { " " } else { "; " });
            if *b == 0 {
                out.push_str("not asked");
            } else {
                out.push_str("**");
                out.push_str(&answer_labels(question, *b));
                out.push_str("**");
            }
            if people.len() > 1 {
                out.push_str(" (");
                out.push_str(&who(people, which));
                out.push(')');
            }
        }
        if row.differs {
            out.push_str(" _(we differ)_");
        }
        out.push('\n');
    }
    out.push_str("\n## Decision\n\nWe chose **");
    out.push_str(m.name);
    out.push_str("**");
    out.push_str(&decision_note(catalogue, chosen, top, people.len()));
    out.push_str("\n\n**Why we chose it:** ");
    out.push_str(or_unset(&md_text(&record.why), "(not written yet)"));
    let orders = record_orders(catalogue, &answers, chosen);
    if !orders.is_empty() {
        out.push_str("\n\n");
        push_orders(&mut out, catalogue, &orders);
        out.pop();
    }
    out.push_str("\n\n## Options considered\n\n");
    for o in considered(catalogue, &answers, chosen) {
        let (place, why) = considered_parts(catalogue, &o, chosen);
        out.push_str("- **");
        out.push_str(catalogue.models[o.model].name);
        out.push_str("** (");
        out.push_str(&place);
        out.push_str("): ");
        out.push_str(&why);
        if let Some(r) = o.reason() {
            push_marks(&mut out, catalogue, r.effect.src);
            out.push_str(&from_answer(catalogue, r));
        }
        out.push('\n');
    }
    out.push_str("\n## Consequences\n");
    consequences(&mut out, catalogue, m);
    out.push_str("\n\n## When to revisit\n\n");
    for line in revisit_lines(catalogue, people, &changes, chosen) {
        out.push_str("- ");
        out.push_str(&line);
        out.push('\n');
    }
    record_end(&mut out, record, link);
    out
}

/// A decision record's Markdown up to its context: its title (the chosen model), status, date, deciders (if any)
/// and review date. Shared by the wizard's record and the check-up's.
fn record_head(chosen: &str, record: &Record, deciders: &[&str]) -> String {
    let mut out = String::from("# Decision record: ");
    out.push_str(chosen);
    out.push_str("\n\n**Status:** ");
    out.push_str(record.status.label());
    out.push_str("  \n**Date:** ");
    out.push_str(or_unset(&record.date, "(not set)"));
    if !deciders.is_empty() {
        out.push_str("  \n**Deciders:** ");
        out.push_str(&and_list(deciders));
    }
    out.push_str("  \n**Review date:** ");
    out.push_str(or_unset(&record.review, "(none set)"));
    out
}

/// A decision record's Markdown after its revisit lines: the reader's own revisit note, the link back and the credit.
fn record_end(out: &mut String, record: &Record, link: &str) {
    if !record.revisit.is_empty() {
        out.push_str("- ");
        out.push_str(&md_text(&record.revisit));
        out.push('\n');
    }
    out.push_str("\nReopen this record: ");
    out.push_str(link);
    credit(out);
}

/// Reader text (a name, a note) for Markdown: its punctuation escaped, so it reads as typed and never becomes markup
/// (an HTML tag, a link, emphasis, a heading) where the copy is pasted; a line break becomes a space.
pub fn md_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!' | '~' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// What follows "We chose X": whether the ranking agrees.
pub fn decision_note(catalogue: &Catalogue, chosen: usize, top: usize, people: usize) -> String {
    let ranking = if people > 1 {
        "the combined ranking"
    } else {
        "the wizard"
    };
    let mut s = String::from(", ");
    if chosen == top {
        s.push_str(ranking);
        s.push_str("\u{2019}s top model.");
    } else {
        s.push_str("although ");
        s.push_str(ranking);
        s.push_str(" put ");
        s.push_str(catalogue.models[top].name);
        s.push_str(" first.");
    }
    s
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

/// How the wizard's ranking is made, said wherever it is shown.
pub const RANKING_NOTE: &str = "Ranked by our own weights, which we derived from Rubick's writing; each reason \
     names its source. Rubick did not score these models himself.";

/// One line of a comparison cell: its text and the sources it comes from (empty for the catalogue's own labels).
pub type Line = (String, &'static [u8]);

/// The lines of one comparison cell: row `row` of [`COMPARE_ROWS`] for model `model`.
pub fn compare_cell(catalogue: &Catalogue, row: usize, model: usize) -> Vec<Line> {
    let m = &catalogue.models[model];
    let claim = |c: &Claim| (c.text.to_string(), c.src);
    let label = |text: &str, src: u8| {
        let src: &'static [u8] = std::slice::from_ref(&m.facet_src[usize::from(src)]);
        vec![(text.to_string(), src)]
    };
    match row {
        0 => vec![(m.category.label().to_string(), &[])],
        1 => vec![claim(&m.summary)],
        2 => m.when_to_use.iter().map(claim).collect(),
        3 => m.when_not.iter().map(claim).collect(),
        4 => m.cost.iter().map(claim).collect(),
        5 => vec![claim(&m.optimizes_for)],
        6 => label(
            &text::join(
                &m.scope.iter().map(|s| s.label()).collect::<Vec<_>>(),
                ", or ",
            ),
            0,
        ),
        7 => label(m.duration.label(), 1),
        8 => label(Facet::Reorg.label_of(m), 2),
        9 => label(Facet::Dependency.label_of(m), 3),
        _ => m
            .related
            .iter()
            .map(|r| {
                let mut s = String::from(r.kind.label());
                s.push_str(": ");
                s.push_str(catalogue.models[r.target].name);
                (s, r.src)
            })
            .collect(),
    }
}

/// A check-up's result as Markdown: the verdict, the answers, the healthy and warning signs, what to tune, where to
/// move, and the link back.
pub fn checkup_markdown(
    catalogue: &Catalogue,
    model: usize,
    answers: &[crate::checkup::Answer],
    link: &str,
) -> String {
    let mut out = String::from("# Check-up: ");
    out.push_str(catalogue.models[model].name);
    checkup_body(&mut out, catalogue, model, answers, "\n\n## ");
    out.push_str("\n\nReopen this check-up: ");
    out.push_str(link);
    credit(&mut out);
    out
}

/// The part of a check-up's Markdown after its title, its headings opened by `level` ("\n\n## " or deeper).
fn checkup_body(
    out: &mut String,
    catalogue: &Catalogue,
    model: usize,
    answers: &[crate::checkup::Answer],
    level: &str,
) {
    use crate::checkup::{self, Answer};
    let signs = checkup::signs_of(catalogue, model);
    let o = checkup::outcome(&signs, answers);
    out.push_str(level);
    out.push_str(o.verdict.label());
    out.push_str("\n\n");
    out.push_str(&checkup::verdict_line(&o, signs.len()));
    out.push_str(level);
    out.push_str("Our answers\n\n");
    for (i, s) in signs.iter().enumerate() {
        out.push_str("- ");
        out.push_str(s.ask);
        out.push_str(match answers.get(i).copied().unwrap_or_default() {
            Answer::Yes => " **Yes**\n",
            Answer::No => " **No**\n",
            Answer::Unsure => " **Not sure**\n",
        });
    }
    out.pop();
    let section = |out: &mut String, title: &str, claims: &[&Claim]| {
        if claims.is_empty() {
            return;
        }
        out.push_str(level);
        out.push_str(title);
        out.push('\n');
        for c in claims {
            out.push_str("\n- ");
            out.push_str(&claim_markdown(catalogue, c));
        }
    };
    let healthy: Vec<&Claim> = o.healthy.iter().map(|s| &s.means).collect();
    section(out, "What looks healthy", &healthy);
    let warnings: Vec<&Claim> = o.warnings.iter().map(|s| &s.means).collect();
    section(out, "Warning signs that showed", &warnings);
    let tunes: Vec<&Claim> = o.warnings.iter().filter_map(|s| s.tune.as_ref()).collect();
    section(out, "What to tune inside the model", &tunes);
    let mut first = true;
    for s in &o.warnings {
        if let Some((to, c)) = &s.moves {
            if first {
                out.push_str(level);
                out.push_str("Where to move\n");
                first = false;
            }
            out.push_str("\n- **");
            out.push_str(catalogue.models[*to].name);
            out.push_str("**: ");
            out.push_str(&claim_markdown(catalogue, c));
        }
    }
    out.push_str("\n\nThe verdict\u{2019}s rule is our own reading, not Rubick\u{2019}s.");
}

/// A decision record started from a check-up, as Markdown: status and dates, the check-up as its context (the
/// verdict, every answer, the signs, what to tune and where to move), the decision and why, its consequences (what
/// to tune, or the new model's watch-out and start), when to revisit, and the link back.
pub fn checkup_record_markdown(
    catalogue: &Catalogue,
    view: &crate::url::UrlState,
    link: &str,
) -> String {
    use crate::checkup;
    let Some(check) = &view.check else {
        return String::new();
    };
    let record = &view.record;
    let model = check.model;
    let o = checkup::outcome(&checkup::signs_of(catalogue, model), &check.answers);
    let chosen = checkup::record_choice(model, &o, record.choice);
    let (from, to) = (&catalogue.models[model], &catalogue.models[chosen]);
    let mut out = record_head(to.name, record, &[]);
    out.push_str("\n\n## Context\n\nA check-up of ");
    out.push_str(from.name);
    out.push_str(", the model the teams use.");
    checkup_body(&mut out, catalogue, model, &check.answers, "\n\n### ");
    out.push_str("\n\n## Decision\n\nWe chose to ");
    out.push_str(if chosen == model {
        "keep **"
    } else {
        "move to **"
    });
    out.push_str(to.name);
    out.push_str("**");
    if chosen != model {
        out.push_str(" from ");
        out.push_str(from.name);
    }
    out.push_str(".\n\n**Why we chose it:** ");
    out.push_str(or_unset(&md_text(&record.why), "(not written yet)"));
    out.push_str("\n\n## Consequences\n");
    if chosen == model {
        out.push_str("\nTune what the check-up lists above, if anything.\n");
    } else {
        consequences(&mut out, catalogue, to);
        out.push('\n');
    }
    out.push_str("\n## When to revisit\n\n- Run this check-up again by the review date.\n");
    record_end(&mut out, record, link);
    out
}
