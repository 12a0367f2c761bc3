//! Reads and checks the wizard: `[[question]]` tables with their answers and effects, and `[[preference]]`s.

use std::collections::{HashMap, HashSet};

use toml::{Table, Value};

use crate::read::{Ctx, is_kebab};
use crate::schema::{Answer, Condition, Effect, Preference, Question, Source, SourceKind};

const QUESTION_KEYS: &[&str] = &[
    "id",
    "prompt",
    "help",
    "max_choices",
    "generic",
    "only_if",
    "answer",
];
const ANSWER_KEYS: &[&str] = &["id", "label", "unsure", "effects"];
const EFFECT_KEYS: &[&str] = &["model", "delta", "reason", "src", "evidence"];
const PREFERENCE_KEYS: &[&str] = &[
    "when",
    "unless",
    "unless_why",
    "stated",
    "prefer",
    "over",
    "why",
    "src",
    "evidence",
];
/// Answers are kept as a bit set per question in the app.
const MAX_ANSWERS: usize = 16;

/// The (question, answer) indices of a `"question-id.answer-id"` reference among `questions`.
fn answer_ref(questions: &[Question], reference: &str) -> Option<(usize, usize)> {
    let (q, a) = reference.split_once('.')?;
    let (qi, question) = questions.iter().enumerate().find(|(_, p)| p.id == q)?;
    let ai = question.answers.iter().position(|x| x.id == a)?;
    Some((qi, ai))
}

fn effects(
    cx: &mut Ctx<'_>,
    a: &Table,
    aitem: &str,
    unsure: bool,
    ids: &HashMap<String, usize>,
    sources: &[Source],
) -> Vec<Effect> {
    let mut out: Vec<Effect> = Vec::new();
    let tables = cx.tables(a, aitem, "effects");
    if unsure && !tables.is_empty() {
        cx.err(
            aitem,
            "effects",
            "the \"not sure\" answer must not move any score",
        );
    }
    if !unsure && tables.is_empty() {
        cx.err(
            aitem,
            "effects",
            "missing: an answer other than \"not sure\" must move at least one model",
        );
    }
    for (ei, e) in tables.into_iter().enumerate() {
        let field = format!("effects[{ei}]");
        cx.unknown_keys(e, &format!("{aitem} {field}"), EFFECT_KEYS);
        let model = cx
            .string_at(e, aitem, "model", &format!("{field}.model"))
            .and_then(|m| {
                let found = ids.get(&m).copied();
                if found.is_none() {
                    cx.err(
                        aitem,
                        &format!("{field}.model"),
                        format!("unknown model id \"{m}\""),
                    );
                }
                found
            });
        if let Some(m) = model
            && out.iter().any(|x| x.model == m)
        {
            cx.err(
                aitem,
                &format!("{field}.model"),
                "this model is already moved by this answer",
            );
        }
        let delta = match e.get("delta") {
            Some(Value::Integer(d)) if (-3..=3).contains(d) && *d != 0 => Some(*d as i8),
            Some(v) => {
                cx.err(
                    aitem,
                    &format!("{field}.delta"),
                    format!("must be a whole number from -3 to 3, not 0; found {v}"),
                );
                None
            }
            None => {
                cx.err(aitem, &format!("{field}.delta"), "missing");
                None
            }
        };
        let reason = cx.string_at(e, aitem, "reason", &format!("{field}.reason"));
        let src = cx.src(e, aitem, &field);
        let evidence = cx.evidence(e, aitem, &field);
        if src.iter().any(|&s| sources[s].kind == SourceKind::Draft) {
            cx.err(
                aitem,
                &format!("{field}.src"),
                "an unread draft cannot be the source of a reason",
            );
        }
        if let (Some(model), Some(delta), Some(reason), false) =
            (model, delta, reason, src.is_empty())
        {
            out.push(Effect {
                model,
                delta,
                reason,
                src,
                evidence,
            });
        }
    }
    out
}

fn answers(
    cx: &mut Ctx<'_>,
    t: &Table,
    item: &str,
    ids: &HashMap<String, usize>,
    sources: &[Source],
) -> Vec<Answer> {
    let mut out: Vec<Answer> = Vec::new();
    let tables = cx.tables(t, item, "answer");
    if tables.len() < 2 {
        cx.err(
            item,
            "answer",
            "needs at least two answers, one of them `unsure = true`",
        );
    }
    if tables.len() > MAX_ANSWERS {
        cx.err(
            item,
            "answer",
            format!("has {} answers; at most {MAX_ANSWERS}", tables.len()),
        );
    }
    for (ai, a) in tables.into_iter().enumerate() {
        let aitem = match a.get("id").and_then(Value::as_str) {
            Some(aid) => format!("{item} answer \"{aid}\""),
            None => format!("{item} answer #{}", ai + 1),
        };
        cx.unknown_keys(a, &aitem, ANSWER_KEYS);
        let aid = cx.string(a, &aitem, "id");
        if let Some(aid) = &aid
            && out.iter().any(|x| &x.id == aid)
        {
            cx.err(&aitem, "id", "duplicate answer id in this question");
        }
        let label = cx.string(a, &aitem, "label");
        let unsure = cx.opt_boolean(a, &aitem, "unsure");
        let effects = effects(cx, a, &aitem, unsure, ids, sources);
        if let (Some(id), Some(label)) = (aid, label) {
            out.push(Answer {
                id,
                label,
                unsure,
                effects,
            });
        }
    }
    let unsure_count = out.iter().filter(|a| a.unsure).count();
    if !out.is_empty() && unsure_count != 1 {
        cx.err(
            item,
            "answer",
            format!("needs exactly one \"not sure / doesn't apply\" answer (unsure = true); found {unsure_count}"),
        );
    }
    out
}

/// Reads every `[[question]]`; `only_if` may refer only to earlier questions.
pub(crate) fn parse_questions(
    cx: &mut Ctx<'_>,
    root: &Table,
    ids: &HashMap<String, usize>,
    sources: &[Source],
) -> Vec<Question> {
    let mut questions: Vec<Question> = Vec::new();
    let mut seen = HashSet::new();
    for (qi, t) in cx.tables(root, "", "question").into_iter().enumerate() {
        let item = match t.get("id").and_then(Value::as_str) {
            Some(id) => format!("question \"{id}\""),
            None => format!("question #{}", qi + 1),
        };
        cx.unknown_keys(t, &item, QUESTION_KEYS);
        let id = cx.string(t, &item, "id");
        if let Some(id) = &id {
            if !is_kebab(id) {
                cx.err(
                    &item,
                    "id",
                    "must be kebab-case (a-z, 0-9 and single hyphens)",
                );
            }
            if !seen.insert(id.clone()) {
                cx.err(&item, "id", "duplicate question id");
            }
        }
        let prompt = cx.string(t, &item, "prompt");
        let help = cx.string(t, &item, "help");
        let max_choices = match t.get("max_choices") {
            None => 1,
            Some(Value::Integer(n)) if (1..=3).contains(n) => *n as usize,
            Some(v) => {
                cx.err(
                    &item,
                    "max_choices",
                    format!("must be 1, 2 or 3; found {v}"),
                );
                1
            }
        };
        let generic = cx.opt_boolean(t, &item, "generic");
        let mut only_if = Vec::new();
        if t.contains_key("only_if") {
            let refs = cx.string_list(t, &item, "only_if", 0, 64);
            for (r, reference) in refs.iter().enumerate() {
                match answer_ref(&questions, reference) {
                    Some(p) => only_if.push(p),
                    None => cx.err(
                        &item,
                        &format!("only_if[{r}]"),
                        format!("\"{reference}\" is not \"question-id.answer-id\" of an earlier question"),
                    ),
                }
            }
        }
        let answers = answers(cx, t, &item, ids, sources);
        if let (Some(id), Some(prompt), Some(help)) = (id, prompt, help) {
            questions.push(Question {
                id,
                prompt,
                help,
                max_choices,
                generic,
                only_if,
                answers,
            });
        }
    }
    questions
}

/// A list of `"question-id.answer-id"` (or `"question-id.a|b"`) conditions at `key`.
fn conditions(
    cx: &mut Ctx<'_>,
    t: &Table,
    item: &str,
    key: &str,
    min: usize,
    questions: &[Question],
) -> Vec<Condition> {
    let mut out = Vec::new();
    for (r, reference) in cx.string_list(t, item, key, min, 8).iter().enumerate() {
        let field = format!("{key}[{r}]");
        let Some((q, alternatives)) = reference.split_once('.') else {
            cx.err(
                item,
                &field,
                format!("\"{reference}\" is not \"question-id.answer-id\""),
            );
            continue;
        };
        let mut answers = Vec::new();
        for a in alternatives.split('|') {
            match answer_ref(questions, &format!("{q}.{a}")) {
                Some((qi, ai)) => answers.push((qi, ai)),
                None => cx.err(
                    item,
                    &field,
                    format!("\"{q}.{a}\" is not \"question-id.answer-id\" of a question"),
                ),
            }
        }
        if let Some(&(question, _)) = answers.first() {
            out.push(Condition {
                question,
                answers: answers.into_iter().map(|(_, a)| a).collect(),
            });
        }
    }
    out
}

/// Reads every `[[preference]]`: a situation, the model Rubick prefers there, the one it must outrank, and his post.
pub(crate) fn parse_preferences(
    cx: &mut Ctx<'_>,
    root: &Table,
    ids: &HashMap<String, usize>,
    sources: &[Source],
    questions: &[Question],
) -> Vec<Preference> {
    let mut out = Vec::new();
    for (pi, t) in cx.tables(root, "", "preference").into_iter().enumerate() {
        let item = format!("preference #{}", pi + 1);
        cx.unknown_keys(t, &item, PREFERENCE_KEYS);
        let when = conditions(cx, t, &item, "when", 1, questions);
        let unless = if t.contains_key("unless") {
            conditions(cx, t, &item, "unless", 1, questions)
        } else {
            Vec::new()
        };
        let mut model = |key: &str| {
            let id = cx.string(t, &item, key)?;
            let found = ids.get(&id).copied();
            if found.is_none() {
                cx.err(&item, key, format!("unknown model id \"{id}\""));
            }
            found
        };
        let prefer = model("prefer");
        let over = model("over");
        let why = cx.string(t, &item, "why");
        let src = cx.src(t, &item, "");
        let evidence = cx.evidence(t, &item, "");
        let stated = cx.boolean(t, &item, "stated");
        let unless_why = cx.opt_string(t, &item, "unless_why");
        if unless.is_empty() != unless_why.is_none() {
            cx.err(
                &item,
                "unless_why",
                if unless.is_empty() {
                    "only goes with `unless`"
                } else {
                    "missing: say, for the reader, why the order is not applied where `unless` holds"
                },
            );
        }
        let ours = src.iter().any(|&s| sources[s].kind == SourceKind::Ours);
        let rubick = src.iter().any(|&s| sources[s].kind == SourceKind::Rubick);
        if !src.is_empty() && !rubick {
            cx.err(
                &item,
                "src",
                "must cite the post of Rubick's that states the order, or gives the principle we read it from",
            );
        }
        match stated {
            Some(true) if ours => cx.err(
                &item,
                "src",
                "a stated preference is his: cite only the post that states it, not \"ours\"",
            ),
            Some(false) if !ours => cx.err(
                &item,
                "src",
                "our reading must cite \"ours\" beside the post that gives the principle",
            ),
            _ => {}
        }
        if let (Some(prefer), Some(over), Some(why), Some(stated), false) =
            (prefer, over, why, stated, src.is_empty())
        {
            if prefer == over {
                cx.err(&item, "over", "a model cannot be preferred over itself");
                continue;
            }
            out.push(Preference {
                when,
                unless,
                unless_why,
                stated,
                prefer,
                over,
                why,
                src,
                evidence,
            });
        }
    }
    out
}
