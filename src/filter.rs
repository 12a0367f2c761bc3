//! Search and facet filtering over the catalogue: pure functions, tested natively.

use crate::types::{Category, Duration, Model, Scope};

/// An attribute people filter by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    /// Centralized, role-based or team.
    Category,
    /// Team, cross-team or org-wide.
    Scope,
    /// Temporary or long-lived.
    Duration,
    /// Whether it needs a reorg.
    Reorg,
    /// Whether it creates a hard dependency.
    Dependency,
}

impl Facet {
    /// All facets, in display order.
    pub const ALL: [Facet; 5] = [
        Facet::Category,
        Facet::Scope,
        Facet::Duration,
        Facet::Reorg,
        Facet::Dependency,
    ];

    /// Key used in the URL.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Category => "cat",
            Facet::Scope => "scope",
            Facet::Duration => "dur",
            Facet::Reorg => "reorg",
            Facet::Dependency => "dep",
        }
    }

    /// Group label shown above the options.
    pub fn label(self) -> &'static str {
        match self {
            Facet::Category => "Category",
            Facet::Scope => "Scope",
            Facet::Duration => "Duration",
            Facet::Reorg => "Reporting lines",
            Facet::Dependency => "Dependency between teams",
        }
    }

    /// The facet's values as (URL id, label), in display order.
    pub fn values(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Facet::Category => &[
                ("centralized", "Centralized"),
                ("role-based", "Role-based"),
                ("team", "Team"),
            ],
            Facet::Scope => &[
                ("team", "One team"),
                ("cross-team", "Cross-team"),
                ("org-wide", "Org-wide"),
            ],
            Facet::Duration => &[("temporary", "Temporary"), ("long-lived", "Long-lived")],
            Facet::Reorg => &[("no", "No reorg needed"), ("yes", "Needs a reorg")],
            Facet::Dependency => &[
                ("soft", "No hard dependency"),
                ("hard", "Creates a hard dependency"),
            ],
        }
    }

    /// The values a model has for this facet, as a bit set (a model may have several scopes).
    pub fn values_of(self, m: &Model) -> u8 {
        match self {
            Facet::Scope => m.scope.iter().fold(0, |acc, s| acc | 1 << scope_index(*s)),
            _ => 1 << self.value_of(m),
        }
    }

    /// Index of the (main) value a model has for this facet.
    pub fn value_of(self, m: &Model) -> usize {
        match self {
            Facet::Category => match m.category {
                Category::Centralized => 0,
                Category::RoleBased => 1,
                Category::Team => 2,
            },
            Facet::Scope => scope_index(m.main_scope()),
            Facet::Duration => match m.duration {
                Duration::Temporary => 0,
                Duration::LongLived => 1,
            },
            Facet::Reorg => usize::from(m.needs_reorg),
            Facet::Dependency => usize::from(m.hard_dependency),
        }
    }

    /// Label of the (main) value a model has for this facet ("Needs a reorg").
    pub fn label_of(self, m: &Model) -> &'static str {
        self.values()[self.value_of(m)].1
    }

    fn slot(self) -> usize {
        self as usize
    }

    /// Facet with this URL key.
    pub fn from_key(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.key() == key)
    }

    /// Index of the value with this URL id.
    pub fn value_index(self, id: &str) -> Option<usize> {
        self.values().iter().position(|(v, _)| *v == id)
    }
}

/// Selected facet values: within a facet any selected value matches, across facets all must.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Filters {
    masks: [u8; 5],
}

impl Filters {
    /// Whether this value is selected.
    pub fn is_selected(&self, facet: Facet, value: usize) -> bool {
        value < 8 && self.masks[facet.slot()] & (1 << value) != 0
    }

    /// Selects or unselects one value.
    pub fn set(&mut self, facet: Facet, value: usize, on: bool) {
        if value < facet.values().len() {
            if on {
                self.masks[facet.slot()] |= 1 << value;
            } else {
                self.masks[facet.slot()] &= !(1 << value);
            }
        }
    }

    /// Flips one value.
    pub fn toggle(&mut self, facet: Facet, value: usize) {
        let on = !self.is_selected(facet, value);
        self.set(facet, value, on);
    }

    /// True when nothing is selected.
    pub fn is_empty(&self) -> bool {
        self.masks.iter().all(|m| *m == 0)
    }

    /// The selected (facet, value) pairs in display order.
    pub fn active(&self) -> Vec<(Facet, usize)> {
        let mut out = Vec::new();
        for f in Facet::ALL {
            for v in 0..f.values().len() {
                if self.is_selected(f, v) {
                    out.push((f, v));
                }
            }
        }
        out
    }

    /// Selected values of one facet.
    pub fn selected_in(&self, facet: Facet) -> Vec<usize> {
        (0..facet.values().len())
            .filter(|v| self.is_selected(facet, *v))
            .collect()
    }

    /// Whether a model passes every facet.
    pub fn matches(&self, m: &Model) -> bool {
        Facet::ALL.into_iter().all(|f| {
            let mask = self.masks[f.slot()];
            mask == 0 || mask & f.values_of(m) != 0
        })
    }
}

/// Lower-cased searchable text of every model, built once per catalogue.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchIndex {
    haystacks: Vec<String>,
}

impl SearchIndex {
    /// Indexes name, summary and all detail text of each model.
    pub fn new(models: &[Model]) -> Self {
        let haystacks = models
            .iter()
            .map(|m| {
                let mut s = String::with_capacity(1024);
                s.push_str(m.name);
                for claim in m.claims() {
                    s.push('\n');
                    s.push_str(claim.text);
                }
                fold_case(&s)
            })
            .collect();
        SearchIndex { haystacks }
    }

    /// Whether model `i` contains every term of the query.
    pub fn matches(&self, i: usize, query: &Query) -> bool {
        let hay = &self.haystacks[i];
        query.terms.iter().all(|t| contains(hay, t))
    }
}

/// Whether `needle` occurs in `hay`, as `str::contains` finds it: a plain byte comparison at each place (a match
/// of valid UTF-8 always starts at a character), far less wasm than the standard library's two-way search.
fn contains(hay: &str, needle: &str) -> bool {
    needle.is_empty()
        || hay
            .as_bytes()
            .windows(needle.len())
            .any(|w| w == needle.as_bytes())
}

/// Lower-cases text for case-insensitive search.
///
/// In the browser this asks JavaScript, which already carries the Unicode case tables; Rust's
/// `to_lowercase` would add its own 12 KB copy of them to the wasm.
pub fn fold_case(text: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        if text.is_ascii() {
            return text.to_ascii_lowercase();
        }
        String::from(js_sys::JsString::from(text).to_lower_case())
    }
    #[cfg(not(target_arch = "wasm32"))]
    text.to_lowercase()
}

/// A parsed search query: lower-cased words that must all occur.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    terms: Vec<String>,
}

impl Query {
    /// Splits the typed text into case-insensitive terms.
    pub fn new(text: &str) -> Self {
        Query {
            terms: fold_case(text)
                .split_whitespace()
                .map(str::to_string)
                .collect(),
        }
    }

    /// True when there is nothing to search for.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// Indices of the models whose text contains the query, in catalogue order (the facets not applied).
pub fn searched(index: &SearchIndex, query: &Query) -> Vec<usize> {
    (0..index.haystacks.len())
        .filter(|&i| index.matches(i, query))
        .collect()
}

/// Indices of the models that match both the query and the filters, in catalogue order.
pub fn matching(
    models: &[Model],
    index: &SearchIndex,
    query: &Query,
    filters: &Filters,
) -> Vec<usize> {
    searched(index, query)
        .into_iter()
        .filter(|&i| filters.matches(&models[i]))
        .collect()
}

/// For each facet value, how many of the `searched` models have it and pass every other facet's selection
/// (what ticking that value would show), as (facet, value, count).
pub fn facet_counts(
    models: &[Model],
    searched: &[usize],
    filters: &Filters,
) -> Vec<(Facet, usize, usize)> {
    let mut out = Vec::new();
    for facet in Facet::ALL {
        let mut others = *filters;
        for v in 0..facet.values().len() {
            others.set(facet, v, false);
        }
        let mut counts = vec![0usize; facet.values().len()];
        for &i in searched {
            if others.matches(&models[i]) {
                let values = facet.values_of(&models[i]);
                for (v, count) in counts.iter_mut().enumerate() {
                    if values & (1 << v) != 0 {
                        *count += 1;
                    }
                }
            }
        }
        out.extend(counts.into_iter().enumerate().map(|(v, n)| (facet, v, n)));
    }
    out
}

/// Something the reader can relax when nothing matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relax {
    /// Clear the search text.
    Search,
    /// Unselect one facet value.
    Filter(Facet, usize),
}

/// For each active constraint, how many models come back if only it is relaxed; best first.
pub fn relax_suggestions(
    models: &[Model],
    index: &SearchIndex,
    query: &Query,
    filters: &Filters,
) -> Vec<(Relax, usize)> {
    let mut out = Vec::new();
    if !query.is_empty() {
        out.push((
            Relax::Search,
            matching(models, index, &Query::default(), filters).len(),
        ));
    }
    for (f, v) in filters.active() {
        let mut fewer = *filters;
        fewer.set(f, v, false);
        out.push((
            Relax::Filter(f, v),
            matching(models, index, query, &fewer).len(),
        ));
    }
    out.retain(|(_, n)| *n > 0);
    crate::sort::by_key(&mut out, |b| -(b.1 as i64));
    out
}

fn scope_index(s: Scope) -> usize {
    match s {
        Scope::Team => 0,
        Scope::CrossTeam => 1,
        Scope::OrgWide => 2,
    }
}
