//! Typed readers over TOML tables that collect every problem as a message naming file, item and field.

use std::collections::HashMap;
use std::fmt;

use toml::{Table, Value};

use crate::schema::Claim;

/// Collects errors with the file and the current item as prefix, and resolves source ids.
pub(crate) struct Ctx<'a> {
    /// The file named in every message.
    pub file: &'a str,
    /// Every problem found so far.
    pub errors: Vec<String>,
    /// Source ids and their indices.
    pub sources: HashMap<String, usize>,
}

impl Ctx<'_> {
    /// Reports a list of `len` items in `item.field` unless it holds `min` to `max`.
    fn check_count(&mut self, item: &str, field: &str, len: usize, min: usize, max: usize) {
        if len < min || len > max {
            self.err(
                item,
                field,
                format!("has {len} items; expected {min} to {max}"),
            );
        }
    }

    /// Records one problem with `item` (e.g. `model "liaison"`) and `field`.
    pub fn err(&mut self, item: &str, field: &str, msg: impl fmt::Display) {
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

    /// Required, non-empty text at `key`.
    pub fn string(&mut self, t: &Table, item: &str, key: &str) -> Option<String> {
        self.string_at(t, item, key, key)
    }

    /// Reads text at `key`, reporting problems under the field name `field` (e.g. `related[0].id`).
    pub fn string_at(&mut self, t: &Table, item: &str, key: &str, field: &str) -> Option<String> {
        match t.get(key) {
            None => {
                self.err(item, field, "missing (required text)");
                None
            }
            Some(v) => self.text_value(v, item, field),
        }
    }

    fn text_value(&mut self, v: &Value, item: &str, field: &str) -> Option<String> {
        match v {
            Value::String(s) if s.trim().is_empty() => {
                self.err(item, field, "is empty");
                None
            }
            Value::String(s) => Some(s.trim().to_string()),
            v => {
                self.err(item, field, format!("must be text, found {}", v.type_str()));
                None
            }
        }
    }

    /// Optional text at `key`.
    pub fn opt_string(&mut self, t: &Table, item: &str, key: &str) -> Option<String> {
        if t.contains_key(key) {
            self.string(t, item, key)
        } else {
            None
        }
    }

    /// Required `true` or `false` at `key`.
    pub fn boolean(&mut self, t: &Table, item: &str, key: &str) -> Option<bool> {
        match t.get(key) {
            None => {
                self.err(item, key, "missing (required true or false)");
                None
            }
            Some(v) => self.bool_value(v, item, key),
        }
    }

    /// Optional `true` or `false` at `key` (false when absent).
    pub fn opt_boolean(&mut self, t: &Table, item: &str, key: &str) -> bool {
        t.get(key)
            .and_then(|v| self.bool_value(v, item, key))
            .unwrap_or(false)
    }

    fn bool_value(&mut self, v: &Value, item: &str, key: &str) -> Option<bool> {
        match v {
            Value::Boolean(b) => Some(*b),
            v => {
                self.err(
                    item,
                    key,
                    format!("must be true or false, found {}", v.type_str()),
                );
                None
            }
        }
    }

    /// Required text at `key` that must be one of `allowed`; returns its index there.
    pub fn choice(&mut self, t: &Table, item: &str, key: &str, allowed: &[&str]) -> Option<usize> {
        let s = self.string(t, item, key)?;
        self.choice_of(&s, item, key, allowed)
    }

    /// The index of `s` in `allowed`, or a message listing the allowed values.
    pub fn choice_of(
        &mut self,
        s: &str,
        item: &str,
        field: &str,
        allowed: &[&str],
    ) -> Option<usize> {
        let found = allowed.iter().position(|a| *a == s);
        if found.is_none() {
            self.err(
                item,
                field,
                format!(
                    "unknown value \"{s}\"; expected one of: {}",
                    allowed.join(", ")
                ),
            );
        }
        found
    }

    /// One text or a list of texts at `key`, each one of `allowed`, at least one.
    pub fn choices(&mut self, t: &Table, item: &str, key: &str, allowed: &[&str]) -> Vec<usize> {
        let values: Vec<&Value> = match t.get(key) {
            None => {
                self.err(item, key, "missing (required text)");
                return Vec::new();
            }
            Some(Value::Array(a)) if a.is_empty() => {
                self.err(item, key, "is an empty list");
                return Vec::new();
            }
            Some(Value::Array(a)) => a.iter().collect(),
            Some(v) => vec![v],
        };
        let mut out = Vec::new();
        for v in values {
            if let Some(s) = self.text_value(v, item, key)
                && let Some(i) = self.choice_of(&s, item, key, allowed)
            {
                if out.contains(&i) {
                    self.err(item, key, format!("\"{s}\" is listed twice"));
                } else {
                    out.push(i);
                }
            }
        }
        out
    }

    /// A list of `min` to `max` non-empty texts at `key`.
    pub fn string_list(
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
        self.check_count(item, key, list.len(), min, max);
        let mut out = Vec::new();
        for (i, v) in list.iter().enumerate() {
            match v.as_str() {
                Some(s) if !s.trim().is_empty() => out.push(s.trim().to_string()),
                _ => self.err(item, &format!("{key}[{i}]"), "must be non-empty text"),
            }
        }
        out
    }

    /// The tables of an array of tables at `key` (none if absent).
    pub fn tables<'t>(&mut self, t: &'t Table, item: &str, key: &str) -> Vec<&'t Table> {
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

    /// Reports every key of `t` that is not in `known`.
    pub fn unknown_keys(&mut self, t: &Table, item: &str, known: &[&str]) {
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

    /// The sources named by `src` (one id or a list of ids) in table `t`; reported under `field.src`.
    pub fn src(&mut self, t: &Table, item: &str, field: &str) -> Vec<usize> {
        let field = if field.is_empty() {
            "src".to_string()
        } else {
            format!("{field}.src")
        };
        let ids: Vec<&Value> = match t.get("src") {
            None => {
                self.err(
                    item,
                    &field,
                    "missing: say where this comes from (a source id, or \"ours\" for our own reading)",
                );
                return Vec::new();
            }
            Some(Value::Array(a)) if a.is_empty() => {
                self.err(item, &field, "is an empty list; name at least one source");
                return Vec::new();
            }
            Some(Value::Array(a)) => a.iter().collect(),
            Some(v) => vec![v],
        };
        let mut out = Vec::new();
        for v in ids {
            let Some(id) = self.text_value(v, item, &field) else {
                continue;
            };
            match self.sources.get(&id) {
                Some(&i) if !out.contains(&i) => out.push(i),
                Some(_) => self.err(item, &field, format!("source \"{id}\" is listed twice")),
                None => self.err(
                    item,
                    &field,
                    format!(
                        "unknown source \"{id}\"; add a [[source]] with this id or use a known one"
                    ),
                ),
            }
        }
        out
    }

    /// The optional `evidence` of table `t`: one passage or a list, each of [`EVIDENCE_WORDS`] words, reported
    /// under `field.evidence`.
    pub fn evidence(&mut self, t: &Table, item: &str, field: &str) -> Vec<String> {
        let field = if field.is_empty() {
            "evidence".to_string()
        } else {
            format!("{field}.evidence")
        };
        let values: Vec<&Value> = match t.get("evidence") {
            None => return Vec::new(),
            Some(Value::Array(a)) => a.iter().collect(),
            Some(v) => vec![v],
        };
        let mut out = Vec::new();
        for v in values {
            let Some(passage) = self.text_value(v, item, &field) else {
                continue;
            };
            let n = crate::shingles::words(&passage).len();
            if !EVIDENCE_WORDS.contains(&n) {
                self.err(
                    item,
                    &field,
                    format!(
                        "a passage of {n} words; quote {} to {} words of the post",
                        EVIDENCE_WORDS.start(),
                        EVIDENCE_WORDS.end()
                    ),
                );
            }
            out.push(passage);
        }
        out
    }

    /// A claim `{ src = "...", text = "..." }` given as `v`, reported under `field`.
    pub fn claim_value(&mut self, v: &Value, item: &str, field: &str) -> Option<Claim> {
        let Some(t) = v.as_table() else {
            self.err(
                item,
                field,
                format!(
                    "must be a claim like {{ src = \"...\", text = \"...\" }}, found {}",
                    v.type_str()
                ),
            );
            return None;
        };
        self.unknown_keys(t, &format!("{item} {field}"), &["src", "text", "evidence"]);
        let text = self.string_at(t, item, "text", &format!("{field}.text"));
        let src = self.src(t, item, field);
        let evidence = self.evidence(t, item, field);
        Some(Claim {
            text: text?,
            src: (!src.is_empty()).then_some(src)?,
            evidence,
        })
    }

    /// A required claim at `key`.
    pub fn claim(&mut self, t: &Table, item: &str, key: &str) -> Option<Claim> {
        match t.get(key) {
            None => {
                self.err(
                    item,
                    key,
                    "missing (required claim { src = \"...\", text = \"...\" })",
                );
                None
            }
            Some(v) => self.claim_value(v, item, key),
        }
    }

    /// One claim or a list of `min` to `max` claims at `key`.
    pub fn claims(
        &mut self,
        t: &Table,
        item: &str,
        key: &str,
        min: usize,
        max: usize,
    ) -> Vec<Claim> {
        let values: Vec<&Value> = match t.get(key) {
            None => {
                self.err(
                    item,
                    key,
                    format!("missing (required list of {min} to {max} claims)"),
                );
                return Vec::new();
            }
            Some(Value::Array(a)) => a.iter().collect(),
            Some(v @ Value::Table(_)) => vec![v],
            Some(v) => {
                self.err(
                    item,
                    key,
                    format!(
                        "must be a list of claims like {{ src = \"...\", text = \"...\" }}, found {}",
                        v.type_str()
                    ),
                );
                return Vec::new();
            }
        };
        self.check_count(item, key, values.len(), min, max);
        let single = !matches!(t.get(key), Some(Value::Array(_)));
        values
            .into_iter()
            .enumerate()
            .filter_map(|(i, v)| {
                let field = if single {
                    key.to_string()
                } else {
                    format!("{key}[{i}]")
                };
                self.claim_value(v, item, &field)
            })
            .collect()
    }
}

/// How many words an evidence passage has: enough to be found in one post, short enough to stay a quotation.
pub const EVIDENCE_WORDS: std::ops::RangeInclusive<usize> = 8..=30;

/// Whether `s` is kebab-case: a-z, 0-9 and single inner hyphens.
pub(crate) fn is_kebab(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
