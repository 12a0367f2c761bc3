//! Reads and checks a model's `related` list: known targets, known kinds, a source for each, and Rubick's own word
//! for every "pairs well with".

use std::collections::{HashMap, HashSet};

use toml::{Table, Value};

use crate::read::Ctx;
use crate::schema::{RELATION_KINDS, Relation, Source, SourceKind};

/// The relations declared on model `i`; `declared` guards against a symmetric relation declared twice.
pub(crate) fn relations(
    cx: &mut Ctx<'_>,
    sources: &[Source],
    t: &Table,
    item: &str,
    i: usize,
    ids: &HashMap<String, usize>,
    declared: &mut HashSet<(usize, usize, usize)>,
) -> Vec<Relation> {
    let mut related = Vec::new();
    for (r, rel) in cx.tables(t, item, "related").into_iter().enumerate() {
        let field = format!("related[{r}]");
        cx.unknown_keys(
            rel,
            &format!("{item} {field}"),
            &["id", "kind", "src", "note", "evidence"],
        );
        let target = cx.string_at(rel, item, "id", &format!("{field}.id"));
        let target_id = rel.get("id").and_then(Value::as_str).unwrap_or_default();
        let kind = match rel.get("kind").and_then(Value::as_str) {
            Some(k) => {
                let p = RELATION_KINDS.iter().position(|x| *x == k);
                if p.is_none() {
                    cx.err(
                        item,
                        &format!("{field}.kind"),
                        format!(
                            "unknown relation \"{k}\"; expected one of: {}",
                            RELATION_KINDS.join(", ")
                        ),
                    );
                }
                p
            }
            None => {
                cx.err(item, &format!("{field}.kind"), "missing");
                None
            }
        };
        let src = cx.src(rel, item, &field);
        let note = cx.opt_string(rel, item, "note");
        let evidence = cx.evidence(rel, item, &field);
        if target.is_none() {
            continue;
        }
        let Some(&j) = ids.get(target_id) else {
            cx.err(
                item,
                &format!("{field}.id"),
                format!("unknown model id \"{target_id}\""),
            );
            continue;
        };
        if j == i {
            cx.err(
                item,
                &format!("{field}.id"),
                "a model cannot relate to itself",
            );
            continue;
        }
        let Some(k) = kind else { continue };
        if RELATION_KINDS[k] == "pairs-with"
            && !src.is_empty()
            && !src.iter().any(|&s| sources[s].kind == SourceKind::Rubick)
        {
            cx.err(
                item,
                &format!("{field}.src"),
                "\"pairs well with\" is shown as Rubick's pairing, so it must cite one of his posts",
            );
        }
        if src.iter().any(|&s| sources[s].kind == SourceKind::Draft) {
            cx.err(
                item,
                &format!("{field}.src"),
                "an unread draft cannot be the source of a relation",
            );
        }
        let symmetric = matches!(RELATION_KINDS[k], "alternative-to" | "pairs-with");
        let key = if symmetric {
            (i.min(j), i.max(j), k)
        } else {
            (i, j, k)
        };
        if !declared.insert(key) {
            cx.err(
                item,
                &format!("{field}.id"),
                format!(
                    "relation {} \"{target_id}\" is declared twice",
                    RELATION_KINDS[k]
                ),
            );
            continue;
        }
        if src.is_empty() {
            continue;
        }
        related.push(Relation {
            target: j,
            kind: k,
            src,
            note,
            evidence,
        });
    }
    related
}
