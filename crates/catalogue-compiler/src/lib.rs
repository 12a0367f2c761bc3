//! Reads the human-edited catalogue file, validates every field, and compiles it into Rust statics.
//!
//! The app's `build.rs` calls [`compile_file`]; a mistake in the data file stops the build with
//! messages that name the file, the model (or question) and the field, for example
//! `data/catalogue.toml: model "liaison": field "related[0].id": unknown model id "liason"`.

use std::collections::{HashMap, HashSet};
use std::fmt::{self, Write as _};
use std::path::Path;

use toml::{Table, Value};

/// Card categories, in display order.
pub const CATEGORIES: &[&str] = &["centralized", "role-based", "team"];
/// Scope values, from narrow to wide.
pub const SCOPES: &[&str] = &["team", "cross-team", "org-wide"];
/// Duration values.
pub const DURATIONS: &[&str] = &["temporary", "long-lived"];
/// Relation kinds between models.
pub const RELATION_KINDS: &[&str] = &[
    "variation-of",
    "alternative-to",
    "pairs-with",
    "evolves-into",
];

/// A model as read from the data file, with its relations resolved to indices.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// Stable kebab-case id used in URLs.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Index into [`CATEGORIES`].
    pub category: usize,
    /// One-line summary for the card.
    pub summary: String,
    /// What the model is.
    pub what: String,
    /// When to use it.
    pub when_to_use: Vec<String>,
    /// When not to use it, and how it fails.
    pub when_not: Vec<String>,
    /// What it costs.
    pub cost: String,
    /// What it optimizes for.
    pub optimizes_for: String,
    /// The main watch-out shown in wizard results.
    pub watch_out: String,
    /// Index into [`SCOPES`].
    pub scope: usize,
    /// Index into [`DURATIONS`].
    pub duration: usize,
    /// Whether it needs a change of reporting lines.
    pub needs_reorg: bool,
    /// Whether it creates a hard dependency between teams.
    pub hard_dependency: bool,
    /// Where Rubick's meaning differs from the common one.
    pub note: Option<String>,
    /// Link to Rubick's writing on this model.
    pub source_url: String,
    /// Title of that link.
    pub source_title: String,
    /// Relations: (target model index, index into [`RELATION_KINDS`]).
    pub related: Vec<(usize, usize)>,
}

/// One scoring effect of a wizard answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Effect {
    /// Index of the model it moves.
    pub model: usize,
    /// Points added (negative: removed).
    pub delta: i8,
    /// Why, in one sentence.
    pub reason: String,
}

/// One answer of a wizard question.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    /// Kebab-case id, unique within its question.
    pub id: String,
    /// The statement the reader picks.
    pub label: String,
    /// The "not sure / doesn't apply" answer, which moves no score.
    pub unsure: bool,
    /// Score effects.
    pub effects: Vec<Effect>,
}

/// One wizard question.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// Kebab-case id, unique.
    pub id: String,
    /// The question.
    pub prompt: String,
    /// One sentence of guidance.
    pub help: String,
    /// Shown only if any of these (question index, answer index) was chosen; empty: always.
    pub only_if: Vec<(usize, usize)>,
    /// Its answers, exactly one of them `unsure`.
    pub answers: Vec<Answer>,
}

/// A whole validated catalogue.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Catalogue {
    /// Models in file order.
    pub models: Vec<Model>,
    /// Wizard questions in file order.
    pub questions: Vec<Question>,
}

/// Every problem found in a data file; displayed one per line.
#[derive(Debug, Clone, PartialEq)]
pub struct DataErrors(pub Vec<String>);

impl fmt::Display for DataErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_char('\n')?;
            }
            f.write_str(e)?;
        }
        Ok(())
    }
}

impl std::error::Error for DataErrors {}

/// Collects errors with the file and the current item as prefix.
struct Ctx<'a> {
    file: &'a str,
    errors: Vec<String>,
}

impl Ctx<'_> {
    fn err(&mut self, item: &str, field: &str, msg: impl fmt::Display) {
        let item = if item.is_empty() {
            String::new()
        } else {
            format!(" {item}:")
        };
        let field = if field.is_empty() {
            String::new()
        } else {
            format!(" field \"{field}\":")
        };
        self.errors
            .push(format!("{}:{item}{field} {msg}", self.file));
    }

    fn string(&mut self, t: &Table, item: &str, key: &str) -> Option<String> {
        self.string_at(t, item, key, key)
    }

    /// Reads text at `key`, reporting problems under the field name `field` (e.g. `related[0].id`).
    fn string_at(&mut self, t: &Table, item: &str, key: &str, field: &str) -> Option<String> {
        let key_name = key;
        let key = field;
        match t.get(key_name) {
            None => {
                self.err(item, key, "missing (required text)");
                None
            }
            Some(Value::String(s)) if s.trim().is_empty() => {
                self.err(item, key, "is empty");
                None
            }
            Some(Value::String(s)) => Some(s.trim().to_string()),
            Some(v) => {
                self.err(item, key, format!("must be text, found {}", v.type_str()));
                None
            }
        }
    }

    fn opt_string(&mut self, t: &Table, item: &str, key: &str) -> Option<String> {
        if t.contains_key(key) {
            self.string(t, item, key)
        } else {
            None
        }
    }

    fn boolean(&mut self, t: &Table, item: &str, key: &str) -> Option<bool> {
        match t.get(key) {
            None => {
                self.err(item, key, "missing (required true or false)");
                None
            }
            Some(Value::Boolean(b)) => Some(*b),
            Some(v) => {
                self.err(
                    item,
                    key,
                    format!("must be true or false, found {}", v.type_str()),
                );
                None
            }
        }
    }

    fn choice(&mut self, t: &Table, item: &str, key: &str, allowed: &[&str]) -> Option<usize> {
        let s = self.string(t, item, key)?;
        let found = allowed.iter().position(|a| *a == s);
        if found.is_none() {
            self.err(
                item,
                key,
                format!(
                    "unknown value \"{s}\"; expected one of: {}",
                    allowed.join(", ")
                ),
            );
        }
        found
    }

    fn string_list(
        &mut self,
        t: &Table,
        item: &str,
        key: &str,
        min: usize,
        max: usize,
    ) -> Vec<String> {
        let Some(v) = t.get(key) else {
            self.err(
                item,
                key,
                format!("missing (required list of {min} to {max} texts)"),
            );
            return Vec::new();
        };
        let Some(list) = v.as_array() else {
            self.err(
                item,
                key,
                format!("must be a list of texts, found {}", v.type_str()),
            );
            return Vec::new();
        };
        if list.len() < min || list.len() > max {
            self.err(
                item,
                key,
                format!("has {} items; expected {min} to {max}", list.len()),
            );
        }
        let mut out = Vec::new();
        for (i, v) in list.iter().enumerate() {
            match v.as_str() {
                Some(s) if !s.trim().is_empty() => out.push(s.trim().to_string()),
                _ => self.err(item, &format!("{key}[{i}]"), "must be non-empty text"),
            }
        }
        out
    }

    fn tables<'t>(&mut self, t: &'t Table, item: &str, key: &str) -> Vec<&'t Table> {
        match t.get(key) {
            None => Vec::new(),
            Some(Value::Array(a)) => a
                .iter()
                .enumerate()
                .filter_map(|(i, v)| {
                    let table = v.as_table();
                    if table.is_none() {
                        self.err(
                            item,
                            &format!("{key}[{i}]"),
                            "must be a table like { id = \"...\" }",
                        );
                    }
                    table
                })
                .collect(),
            Some(v) => {
                self.err(
                    item,
                    key,
                    format!("must be a list of tables, found {}", v.type_str()),
                );
                Vec::new()
            }
        }
    }

    fn unknown_keys(&mut self, t: &Table, item: &str, known: &[&str]) {
        for k in t.keys() {
            if !known.contains(&k.as_str()) {
                self.err(
                    item,
                    k,
                    format!("unknown field; expected one of: {}", known.join(", ")),
                );
            }
        }
    }
}

fn is_kebab(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

const MODEL_KEYS: &[&str] = &[
    "id",
    "name",
    "category",
    "summary",
    "what",
    "when_to_use",
    "when_not",
    "cost",
    "optimizes_for",
    "watch_out",
    "scope",
    "duration",
    "needs_reorg",
    "hard_dependency",
    "note",
    "source_url",
    "source_title",
    "related",
];
const QUESTION_KEYS: &[&str] = &["id", "prompt", "help", "only_if", "answer"];
const ANSWER_KEYS: &[&str] = &["id", "label", "unsure", "effects"];
const MAX_SUMMARY: usize = 160;

/// Parses and validates catalogue text; `file` names the file in every message.
pub fn parse(file: &str, text: &str) -> Result<Catalogue, DataErrors> {
    let mut cx = Ctx {
        file,
        errors: Vec::new(),
    };
    let root: Table = match text.parse() {
        Ok(t) => t,
        Err(e) => return Err(DataErrors(vec![format!("{file}: not valid TOML: {e}")])),
    };
    cx.unknown_keys(&root, "", &["model", "question"]);
    let model_tables = cx.tables(&root, "", "model");
    if model_tables.is_empty() {
        cx.err("", "model", "no [[model]] entries");
    }

    // First pass: ids, so relations and effects can refer to any model.
    let mut ids: HashMap<String, usize> = HashMap::new();
    let labels: Vec<String> = model_tables
        .iter()
        .enumerate()
        .map(|(i, t)| match t.get("id").and_then(Value::as_str) {
            Some(id) if !id.is_empty() => format!("model \"{id}\""),
            _ => format!("model #{}", i + 1),
        })
        .collect();
    for (i, t) in model_tables.iter().enumerate() {
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

    let mut models = Vec::new();
    let mut declared: HashSet<(usize, usize, usize)> = HashSet::new();
    for (i, t) in model_tables.iter().enumerate() {
        let item = &labels[i];
        cx.unknown_keys(t, item, MODEL_KEYS);
        let summary = cx.string(t, item, "summary");
        if let Some(s) = &summary
            && s.chars().count() > MAX_SUMMARY
        {
            cx.err(
                item,
                "summary",
                format!(
                    "is {} characters; keep it to {MAX_SUMMARY}",
                    s.chars().count()
                ),
            );
        }
        let source_url = cx.string(t, item, "source_url");
        if let Some(u) = &source_url
            && !u.starts_with("https://")
        {
            cx.err(item, "source_url", "must be an https:// link");
        }
        let mut related = Vec::new();
        for (r, rel) in cx.tables(t, item, "related").into_iter().enumerate() {
            let field = format!("related[{r}]");
            cx.unknown_keys(rel, &format!("{item} {field}"), &["id", "kind"]);
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
            related.push((j, k));
        }
        // Read every field before combining, so one missing field does not hide the next one.
        let id = t
            .get("id")
            .and_then(Value::as_str)
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty());
        let name = cx.string(t, item, "name");
        let category = cx.choice(t, item, "category", CATEGORIES);
        let what = cx.string(t, item, "what");
        let when_to_use = cx.string_list(t, item, "when_to_use", 2, 4);
        let when_not = cx.string_list(t, item, "when_not", 2, 4);
        let cost = cx.string(t, item, "cost");
        let optimizes_for = cx.string(t, item, "optimizes_for");
        let watch_out = cx.string(t, item, "watch_out");
        let scope = cx.choice(t, item, "scope", SCOPES);
        let duration = cx.choice(t, item, "duration", DURATIONS);
        let needs_reorg = cx.boolean(t, item, "needs_reorg");
        let hard_dependency = cx.boolean(t, item, "hard_dependency");
        let note = cx.opt_string(t, item, "note");
        let source_title = cx.string(t, item, "source_title");
        let model = (|| {
            Some(Model {
                id: id?,
                name: name?,
                category: category?,
                summary: summary?,
                what: what?,
                when_to_use,
                when_not,
                cost: cost?,
                optimizes_for: optimizes_for?,
                watch_out: watch_out?,
                scope: scope?,
                duration: duration?,
                needs_reorg: needs_reorg?,
                hard_dependency: hard_dependency?,
                note,
                source_url: source_url?,
                source_title: source_title?,
                related,
            })
        })();
        if let Some(m) = model {
            models.push(m);
        }
    }

    let questions = parse_questions(&mut cx, &root, &ids);
    if cx.errors.is_empty() {
        Ok(Catalogue { models, questions })
    } else {
        Err(DataErrors(cx.errors))
    }
}

fn parse_questions(cx: &mut Ctx<'_>, root: &Table, ids: &HashMap<String, usize>) -> Vec<Question> {
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
        let mut only_if = Vec::new();
        if t.contains_key("only_if") {
            let refs = cx.string_list(t, &item, "only_if", 0, 64);
            for (r, reference) in refs.iter().enumerate() {
                let field = format!("only_if[{r}]");
                let found = reference.split_once('.').and_then(|(q, a)| {
                    let (pq, prev) = questions.iter().enumerate().find(|(_, p)| p.id == q)?;
                    let pa = prev.answers.iter().position(|x| x.id == a)?;
                    Some((pq, pa))
                });
                match found {
                    Some(p) => only_if.push(p),
                    None => cx.err(
                        &item,
                        &field,
                        format!("\"{reference}\" is not \"question-id.answer-id\" of an earlier question"),
                    ),
                }
            }
        }
        let mut answers: Vec<Answer> = Vec::new();
        let answer_tables = cx.tables(t, &item, "answer");
        if answer_tables.len() < 2 {
            cx.err(
                &item,
                "answer",
                "needs at least two answers, one of them `unsure = true`",
            );
        }
        for (ai, a) in answer_tables.into_iter().enumerate() {
            let aitem = match a.get("id").and_then(Value::as_str) {
                Some(aid) => format!("{item} answer \"{aid}\""),
                None => format!("{item} answer #{}", ai + 1),
            };
            cx.unknown_keys(a, &aitem, ANSWER_KEYS);
            let aid = cx.string(a, &aitem, "id");
            if let Some(aid) = &aid
                && answers.iter().any(|x| &x.id == aid)
            {
                cx.err(&aitem, "id", "duplicate answer id in this question");
            }
            let label = cx.string(a, &aitem, "label");
            let unsure = match a.get("unsure") {
                None => false,
                Some(Value::Boolean(b)) => *b,
                Some(v) => {
                    cx.err(
                        &aitem,
                        "unsure",
                        format!("must be true or false, found {}", v.type_str()),
                    );
                    false
                }
            };
            let mut effects = Vec::new();
            let effect_tables = cx.tables(a, &aitem, "effects");
            if unsure && !effect_tables.is_empty() {
                cx.err(
                    &aitem,
                    "effects",
                    "the \"not sure\" answer must not move any score",
                );
            }
            if !unsure && effect_tables.is_empty() {
                cx.err(
                    &aitem,
                    "effects",
                    "missing: an answer other than \"not sure\" must move at least one model",
                );
            }
            for (ei, e) in effect_tables.into_iter().enumerate() {
                let field = format!("effects[{ei}]");
                cx.unknown_keys(
                    e,
                    &format!("{aitem} {field}"),
                    &["model", "delta", "reason"],
                );
                let model = cx.string_at(e, &aitem, "model", &format!("{field}.model"));
                let model = model.and_then(|m| {
                    let found = ids.get(&m).copied();
                    if found.is_none() {
                        cx.err(
                            &aitem,
                            &format!("{field}.model"),
                            format!("unknown model id \"{m}\""),
                        );
                    }
                    found
                });
                if let Some(m) = model
                    && effects.iter().any(|x: &Effect| x.model == m)
                {
                    cx.err(
                        &aitem,
                        &format!("{field}.model"),
                        "this model is already moved by this answer",
                    );
                }
                let delta = match e.get("delta") {
                    Some(Value::Integer(d)) if (-3..=3).contains(d) && *d != 0 => Some(*d as i8),
                    Some(v) => {
                        cx.err(
                            &aitem,
                            &format!("{field}.delta"),
                            format!("must be a whole number from -3 to 3, not 0; found {v}"),
                        );
                        None
                    }
                    None => {
                        cx.err(&aitem, &format!("{field}.delta"), "missing");
                        None
                    }
                };
                let reason = cx.string_at(e, &aitem, "reason", &format!("{field}.reason"));
                if let (Some(model), Some(delta), Some(reason)) = (model, delta, reason) {
                    effects.push(Effect {
                        model,
                        delta,
                        reason,
                    });
                }
            }
            if let (Some(id), Some(label)) = (aid, label) {
                answers.push(Answer {
                    id,
                    label,
                    unsure,
                    effects,
                });
            }
        }
        let unsure_count = answers.iter().filter(|a| a.unsure).count();
        if !answers.is_empty() && unsure_count != 1 {
            cx.err(
                &item,
                "answer",
                format!("needs exactly one \"not sure / doesn't apply\" answer (unsure = true); found {unsure_count}"),
            );
        }
        if let (Some(id), Some(prompt), Some(help)) = (id, prompt, help) {
            questions.push(Question {
                id,
                prompt,
                help,
                only_if,
                answers,
            });
        }
    }
    questions
}

/// Reads, validates and compiles a data file into Rust source for `include!`.
pub fn compile_file(path: &Path, display_name: &str) -> Result<String, DataErrors> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| DataErrors(vec![format!("{display_name}: cannot read: {e}")]))?;
    let catalogue = parse(display_name, &text)?;
    Ok(to_rust(&catalogue))
}

/// All of the catalogue's text in one string, so it sits in one piece in the wasm data section.
///
/// Strings interleaved with the pointer tables of the structs compress a little worse: measured,
/// this layout takes about 0.6 KB off the gzipped wasm.
#[derive(Default)]
struct Blob(std::cell::RefCell<String>);

impl Blob {
    /// Rust expression for `s` as a slice of `TEXT`, reusing an earlier copy when there is one.
    fn lit(&self, s: &str) -> String {
        let mut text = self.0.borrow_mut();
        let start = text.find(s).unwrap_or_else(|| {
            text.push_str(s);
            text.len() - s.len()
        });
        format!("t({start}, {})", start + s.len())
    }

    /// The `TEXT` static and the `t` slicing function, evaluated at compile time.
    fn finish(self) -> String {
        format!(
            "\nstatic TEXT: &str = {:?};\n\n\
             /// `TEXT[start..end]`, checked at compile time.\n\
             const fn t(start: usize, end: usize) -> &'static str {{\n    \
             let (head, _) = TEXT.as_bytes().split_at(end);\n    \
             let (_, bytes) = head.split_at(start);\n    \
             match core::str::from_utf8(bytes) {{\n        \
             Ok(s) => s,\n        \
             Err(_) => panic!(\"catalogue text slice is not on a character boundary\"),\n    \
             }}\n}}\n",
            self.0.into_inner()
        )
    }
}

fn camel(kebab: &str) -> String {
    kebab
        .split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// Renders the catalogue as Rust statics using the app's `crate::types` structs.
pub fn to_rust(c: &Catalogue) -> String {
    let mut out = String::from(
        "// @generated by catalogue-compiler from data/catalogue.toml; do not edit.\n",
    );
    let blob = Blob::default();
    let lit = |s: &str| blob.lit(s);
    out.push_str("pub static MODELS: &[Model] = &[\n");
    for m in &c.models {
        let list = |v: &[String]| v.iter().map(|s| lit(s)).collect::<Vec<_>>().join(", ");
        let related = m
            .related
            .iter()
            .map(|(t, k)| {
                format!(
                    "Relation {{ target: {t}, kind: RelationKind::{} }}",
                    camel(RELATION_KINDS[*k])
                )
            })
            .collect::<Vec<_>>()
            .join(", ");
        let _ = writeln!(
            out,
            "    Model {{ id: {}, name: {}, category: Category::{}, summary: {}, what: {}, when_to_use: &[{}], \
             when_not: &[{}], cost: {}, optimizes_for: {}, watch_out: {}, scope: Scope::{}, duration: Duration::{}, \
             needs_reorg: {}, hard_dependency: {}, note: {}, source_url: {}, source_title: {}, related: &[{}] }},",
            lit(&m.id),
            lit(&m.name),
            camel(CATEGORIES[m.category]),
            lit(&m.summary),
            lit(&m.what),
            list(&m.when_to_use),
            list(&m.when_not),
            lit(&m.cost),
            lit(&m.optimizes_for),
            lit(&m.watch_out),
            camel(SCOPES[m.scope]),
            camel(DURATIONS[m.duration]),
            m.needs_reorg,
            m.hard_dependency,
            m.note
                .as_deref()
                .map_or("None".to_string(), |n| format!("Some({})", lit(n))),
            lit(&m.source_url),
            lit(&m.source_title),
            related,
        );
    }
    out.push_str("];\n\npub static QUESTIONS: &[Question] = &[\n");
    for q in &c.questions {
        let only_if = q
            .only_if
            .iter()
            .map(|(a, b)| format!("({a}, {b})"))
            .collect::<Vec<_>>()
            .join(", ");
        let _ = writeln!(
            out,
            "    Question {{ id: {}, prompt: {}, help: {}, only_if: &[{}], answers: &[",
            lit(&q.id),
            lit(&q.prompt),
            lit(&q.help),
            only_if
        );
        for a in &q.answers {
            let effects = a
                .effects
                .iter()
                .map(|e| {
                    format!(
                        "Effect {{ model: {}, delta: {}, reason: {} }}",
                        e.model,
                        e.delta,
                        lit(&e.reason)
                    )
                })
                .collect::<Vec<_>>()
                .join(", ");
            let _ = writeln!(
                out,
                "        Answer {{ id: {}, label: {}, unsure: {}, effects: &[{}] }},",
                lit(&a.id),
                lit(&a.label),
                a.unsure,
                effects
            );
        }
        out.push_str("    ] },\n");
    }
    out.push_str("];\n");
    out.push_str(&blob.finish());
    out
}
