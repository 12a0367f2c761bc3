//! The check-up of a model in use: its `[[sign]]` tables, each a yes / no / not sure question with what a "yes"
//! usually means, and for a warning sign what to tune inside the model or which model to consider moving to.

use std::collections::HashMap;

use toml::{Table, Value};

use crate::models::no_draft_claims;
use crate::read::{Ctx, is_kebab};
use crate::schema::{Claim, Move, Sign, Source};

/// Fewest signs a model's check-up has (the rule: fewer cannot weigh healthy against warning signs).
pub const MIN_SIGNS: usize = 3;
/// Most signs a model's check-up asks.
pub const MAX_SIGNS: usize = 8;
/// Longest question, in characters: it must read at a glance on a phone.
pub const MAX_ASK: usize = 90;

/// Reads every `[[sign]]`; `ids` maps model ids to indices and `labels` names each model in messages.
pub(crate) fn parse_signs(
    cx: &mut Ctx<'_>,
    root: &Table,
    ids: &HashMap<String, usize>,
    labels: &[String],
    sources: &[Source],
) -> Vec<Sign> {
    let tables = cx.tables(root, "", "sign");
    let mut signs: Vec<Sign> = Vec::new();
    // Per model: how many signs it has so far (each sign is named by its place in its model's list).
    let mut count = vec![0usize; labels.len()];
    for (n, t) in tables.iter().enumerate() {
        let model_id = t.get("model").and_then(Value::as_str).unwrap_or("");
        let Some(&model) = ids.get(model_id) else {
            cx.err(
                &format!("sign #{}", n + 1),
                "model",
                format!("unknown model id \"{model_id}\""),
            );
            continue;
        };
        let item = labels[model].clone();
        let field = format!("sign[{}]", count[model]);
        count[model] += 1;
        let f = |k: &str| format!("{field}.{k}");
        cx.unknown_keys(
            t,
            &format!("{item} {field}"),
            &["model", "id", "kind", "ask", "means", "tune", "move"],
        );
        let id = cx.string_at(t, &item, "id", &f("id"));
        if let Some(id) = &id {
            if !is_kebab(id) || id.len() > 24 {
                cx.err(
                    &item,
                    &f("id"),
                    format!(
                        "\"{id}\" must be kebab-case, at most 24 characters (it goes into links)"
                    ),
                );
            }
            if signs.iter().any(|s| s.model == model && &s.id == id) {
                cx.err(
                    &item,
                    &f("id"),
                    format!("duplicate sign id \"{id}\" in this model's check-up"),
                );
            }
        }
        let warning = match t.get("kind").and_then(Value::as_str) {
            Some("warning") => Some(true),
            Some("healthy") => Some(false),
            other => {
                cx.err(
                    &item,
                    &f("kind"),
                    format!(
                        "{}; expected \"warning\" or \"healthy\"",
                        other.map_or("missing".to_string(), |o| format!("\"{o}\""))
                    ),
                );
                None
            }
        };
        let ask = cx.string_at(t, &item, "ask", &f("ask"));
        if let Some(ask) = &ask {
            if !ask.ends_with('?') {
                cx.err(&item, &f("ask"), "must be a question (end with \"?\")");
            }
            if ask.chars().count() > MAX_ASK {
                cx.err(
                    &item,
                    &f("ask"),
                    format!("has {} characters; at most {MAX_ASK}", ask.chars().count()),
                );
            }
        }
        let claim = |cx: &mut Ctx<'_>, key: &str| -> Option<Claim> {
            let c = cx.claim_value(t.get(key)?, &item, &f(key))?;
            no_draft_claims(cx, sources, &item, &f(key), &c);
            Some(c)
        };
        let means = match t.get("means") {
            None => {
                cx.err(&item, &f("means"), "missing (required claim { src = \"...\", text = \"...\" }: what a yes usually means, and whose reading that is)");
                None
            }
            Some(_) => claim(cx, "means"),
        };
        let tune = claim(cx, "tune");
        let moves = t.get("move").and_then(|v| {
            let table = v.as_table()?;
            let to_id = table.get("id").and_then(Value::as_str).unwrap_or("");
            let to = match ids.get(to_id) {
                Some(&to) if to == model => {
                    cx.err(
                        &item,
                        &f("move.id"),
                        format!("\"{to_id}\" is this model itself; a move goes to another model"),
                    );
                    None
                }
                Some(&to) => Some(to),
                None => {
                    cx.err(
                        &item,
                        &f("move.id"),
                        format!("unknown model id \"{to_id}\""),
                    );
                    None
                }
            };
            // The move's claim is the table without its `id`.
            let mut rest = table.clone();
            rest.remove("id");
            let claim = cx.claim_value(&Value::Table(rest), &item, &f("move"))?;
            no_draft_claims(cx, sources, &item, &f("move"), &claim);
            Some(Move { to: to?, claim })
        });
        if warning == Some(false) && (t.contains_key("tune") || t.contains_key("move")) {
            cx.err(
                &item,
                &field,
                "a healthy sign has no tune or move (those answer a warning)",
            );
        }
        if let (Some(id), Some(warning), Some(ask), Some(means)) = (id, warning, ask, means) {
            signs.push(Sign {
                model,
                id,
                warning,
                ask,
                means,
                tune,
                moves,
            });
        }
    }
    // Every model has a check-up that can weigh healthy against warning signs.
    for (model, label) in labels.iter().enumerate() {
        let n = count[model];
        if !(MIN_SIGNS..=MAX_SIGNS).contains(&n) {
            cx.err(
                label,
                "sign",
                format!(
                    "has {n} [[sign]] tables; a model's check-up needs {MIN_SIGNS} to {MAX_SIGNS}"
                ),
            );
            continue;
        }
        let mine = || signs.iter().filter(|s| s.model == model);
        if !mine().any(|s| s.warning) || mine().all(|s| s.warning) {
            cx.err(
                label,
                "sign",
                "needs at least one warning sign and one healthy sign",
            );
        }
    }
    signs
}
