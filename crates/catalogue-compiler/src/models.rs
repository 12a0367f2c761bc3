//! Reads and checks the `[[source]]` and `[[model]]` tables.

use std::collections::{HashMap, HashSet};

use toml::{Table, Value};

use crate::read::{Ctx, is_kebab};
use crate::schema::{
    CATEGORIES, Claim, DURATIONS, FACETS, Model, SCOPES, SOURCE_KINDS, Source, SourceKind,
};

const SOURCE_KEYS: &[&str] = &[
    "id",
    "kind",
    "author",
    "short",
    "title",
    "url",
    "copy",
    "unchecked",
];
const MODEL_KEYS: &[&str] = &[
    "id",
    "name",
    "category",
    "post",
    "draft",
    "summary",
    "what",
    "when_to_use",
    "when_not",
    "cost",
    "optimizes_for",
    "watch_out",
    "how_to_start",
    "note",
    "scope",
    "duration",
    "needs_reorg",
    "hard_dependency",
    "facet_src",
    "related",
];
const MAX_SUMMARY: usize = 160;

/// Reads every `[[source]]`, registering its id in `cx` so claims can cite it.
pub(crate) fn parse_sources(cx: &mut Ctx<'_>, root: &Table) -> Vec<Source> {
    let mut out = Vec::new();
    for (i, t) in cx.tables(root, "", "source").into_iter().enumerate() {
        let item = match t.get("id").and_then(Value::as_str) {
            Some(id) => format!("source \"{id}\""),
            None => format!("source #{}", i + 1),
        };
        cx.unknown_keys(t, &item, SOURCE_KEYS);
        let id = cx.string(t, &item, "id");
        let kind = cx
            .choice(t, &item, "kind", SOURCE_KINDS)
            .map(SourceKind::from_index);
        let title = cx.string(t, &item, "title");
        let author = cx.opt_string(t, &item, "author").unwrap_or_default();
        let url = cx.opt_string(t, &item, "url").unwrap_or_default();
        let short = cx.opt_string(t, &item, "short");
        let copy = cx.opt_string(t, &item, "copy");
        let unchecked = cx.opt_boolean(t, &item, "unchecked");
        if let Some(kind) = kind {
            if kind == SourceKind::Rubick && copy.is_some() == unchecked {
                cx.err(
                    &item,
                    "copy",
                    "a post of Rubick's needs either `copy` (its folder in the blog-source copy, where evidence is \
                     checked) or `unchecked = true` (the copy lacks it)",
                );
            }
            if kind != SourceKind::Rubick && (copy.is_some() || unchecked) {
                cx.err(&item, "copy", "only a post of Rubick's has a copy to check");
            }
            let needs_url = kind != SourceKind::Ours;
            if needs_url && !url.starts_with("https://") {
                cx.err(&item, "url", "required: an https:// link");
            }
            if !needs_url && !url.is_empty() {
                cx.err(&item, "url", "our own reading has no link");
            }
            if kind == SourceKind::Other && author.is_empty() {
                cx.err(&item, "author", "required for another writer's work");
            }
            if kind == SourceKind::Other && short.is_none() {
                cx.err(
                    &item,
                    "short",
                    "required for another writer's work: the name shown after each claim",
                );
            }
        }
        let (Some(id), Some(kind), Some(title)) = (id, kind, title) else {
            continue;
        };
        if !is_kebab(&id) {
            cx.err(
                &item,
                "id",
                "must be kebab-case (a-z, 0-9 and single hyphens)",
            );
        }
        if cx.sources.contains_key(&id) {
            cx.err(&item, "id", "duplicate source id");
            continue;
        }
        cx.sources.insert(id.clone(), out.len());
        let short = short.unwrap_or_else(|| {
            match kind {
                SourceKind::Ours => "our reading",
                _ => "Rubick",
            }
            .to_string()
        });
        out.push(Source {
            id,
            kind,
            author,
            short,
            title,
            url,
            copy,
        });
    }
    if !out.iter().any(|s| s.kind == SourceKind::Ours) {
        cx.err(
            "",
            "source",
            "needs one source of kind \"ours\" for our own reading",
        );
    }
    out
}

/// Model ids and their indices; reports missing, malformed and duplicate ids.
pub(crate) fn model_ids(
    cx: &mut Ctx<'_>,
    tables: &[&Table],
) -> (HashMap<String, usize>, Vec<String>) {
    let mut ids: HashMap<String, usize> = HashMap::new();
    let labels: Vec<String> = tables
        .iter()
        .enumerate()
        .map(|(i, t)| match t.get("id").and_then(Value::as_str) {
            Some(id) if !id.is_empty() => format!("model \"{id}\""),
            _ => format!("model #{}", i + 1),
        })
        .collect();
    for (i, t) in tables.iter().enumerate() {
        let item = &labels[i];
        let Some(id) = cx.string(t, item, "id") else {
            continue;
        };
        if !is_kebab(&id) {
            cx.err(
                item,
                "id",
                "must be kebab-case (a-z, 0-9 and single hyphens)",
            );
        }
        if let Some(first) = ids.get(&id) {
            cx.err(
                item,
                "id",
                format!("duplicate id; model #{} already uses it", first + 1),
            );
        } else {
            ids.insert(id, i);
        }
    }
    (ids, labels)
}

/// A source reference at `key` that must be of `kind`.
fn source_of_kind(
    cx: &mut Ctx<'_>,
    sources: &[Source],
    t: &Table,
    item: &str,
    key: &str,
    kind: SourceKind,
) -> Option<usize> {
    let id = cx.opt_string(t, item, key)?;
    let Some(&i) = cx.sources.get(&id) else {
        cx.err(item, key, format!("unknown source \"{id}\""));
        return None;
    };
    if sources[i].kind != kind {
        cx.err(
            item,
            key,
            format!(
                "source \"{id}\" is not of kind \"{}\"",
                SOURCE_KINDS[kind as usize]
            ),
        );
        return None;
    }
    Some(i)
}

/// Claims may not rest on a draft we could not read: drafts are only linked, through `draft`.
pub(crate) fn no_draft_claims(
    cx: &mut Ctx<'_>,
    sources: &[Source],
    item: &str,
    field: &str,
    claim: &Claim,
) {
    for &s in &claim.src {
        if sources[s].kind == SourceKind::Draft {
            cx.err(
                item,
                &format!("{field}.src"),
                format!(
                    "\"{}\" is an unread draft; cite what the claim rests on, and link the draft with `draft`",
                    sources[s].id
                ),
            );
        }
    }
}

fn facet_sources(cx: &mut Ctx<'_>, t: &Table, item: &str) -> Option<[usize; 4]> {
    let Some(table) = t.get("facet_src").and_then(Value::as_table) else {
        cx.err(
            item,
            "facet_src",
            format!(
                "missing (required table naming a source for each of: {})",
                FACETS.join(", ")
            ),
        );
        return None;
    };
    cx.unknown_keys(table, &format!("{item} facet_src"), FACETS);
    let mut out = [0; 4];
    let mut ok = true;
    for (i, facet) in FACETS.iter().enumerate() {
        let field = format!("facet_src.{facet}");
        match cx.string_at(table, item, facet, &field) {
            Some(id) => match cx.sources.get(&id) {
                Some(&s) => out[i] = s,
                None => {
                    cx.err(item, &field, format!("unknown source \"{id}\""));
                    ok = false;
                }
            },
            None => ok = false,
        }
    }
    ok.then_some(out)
}

/// Reads and checks every model; `declared` guards against a symmetric relation declared twice.
pub(crate) fn parse_models(
    cx: &mut Ctx<'_>,
    sources: &[Source],
    tables: &[&Table],
    ids: &HashMap<String, usize>,
    labels: &[String],
) -> Vec<Model> {
    let mut models = Vec::new();
    let mut declared: HashSet<(usize, usize, usize)> = HashSet::new();
    for (i, t) in tables.iter().enumerate() {
        let item = &labels[i];
        cx.unknown_keys(t, item, MODEL_KEYS);
        let summary = cx.claim(t, item, "summary");
        if let Some(s) = &summary
            && s.text.chars().count() > MAX_SUMMARY
        {
            cx.err(
                item,
                "summary",
                format!(
                    "is {} characters; keep it to {MAX_SUMMARY}",
                    s.text.chars().count()
                ),
            );
        }
        let related = crate::relations::relations(cx, sources, t, item, i, ids, &mut declared);
        // Read every field before combining, so one missing field does not hide the next one.
        let id = t
            .get("id")
            .and_then(Value::as_str)
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty());
        let name = cx.string(t, item, "name");
        let category = cx.choice(t, item, "category", CATEGORIES);
        let post = source_of_kind(cx, sources, t, item, "post", SourceKind::Rubick);
        let draft = source_of_kind(cx, sources, t, item, "draft", SourceKind::Draft);
        let what = cx.claims(t, item, "what", 1, 4);
        let when_to_use = cx.claims(t, item, "when_to_use", 2, 4);
        let when_not = cx.claims(t, item, "when_not", 2, 4);
        let cost = cx.claims(t, item, "cost", 1, 3);
        let optimizes_for = cx.claim(t, item, "optimizes_for");
        let watch_out = cx.claims(t, item, "watch_out", 1, 2);
        let how_to_start = cx.claims(t, item, "how_to_start", 1, 3);
        let note = t.get("note").and_then(|v| cx.claim_value(v, item, "note"));
        let scope = cx.choices(t, item, "scope", SCOPES);
        let duration = cx.choice(t, item, "duration", DURATIONS);
        let needs_reorg = cx.boolean(t, item, "needs_reorg");
        let hard_dependency = cx.boolean(t, item, "hard_dependency");
        let facet_src = facet_sources(cx, t, item);
        let model = (|| {
            Some(Model {
                id: id?,
                name: name?,
                category: category?,
                post,
                draft,
                summary: summary?,
                what,
                when_to_use,
                when_not,
                cost,
                optimizes_for: optimizes_for?,
                watch_out,
                how_to_start,
                note,
                scope: (!scope.is_empty()).then_some(scope)?,
                duration: duration?,
                needs_reorg: needs_reorg?,
                hard_dependency: hard_dependency?,
                facet_src: facet_src?,
                related,
            })
        })();
        if let Some(m) = model {
            for (field, claim) in m.claims() {
                no_draft_claims(cx, sources, item, &field, claim);
            }
            models.push(m);
        }
    }
    models
}
