//! Per-instance configuration from `data-*` attributes (script embed) or query parameters (static page, iframe).

use yew::Callback;

use crate::filter::Facet;
use crate::text;
use crate::types::Catalogue;
use crate::url::{MAX_COMPARE, Step, UrlState, View};

/// Colour scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// How one instance is set up.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Config {
    /// Keep the view in the page's URL hash (the static page; opt-in for embeds).
    pub sync_url: bool,
    /// Inside someone else's page: smaller heading, no page chrome.
    pub embedded: bool,
    /// Colour scheme.
    pub theme: Theme,
    /// Accent colour (a validated CSS colour).
    pub accent: Option<String>,
    /// The view to start with.
    pub initial: UrlState,
    /// Only these cards, in this order (`model`, `models`); empty: all of them.
    pub only: Vec<usize>,
    /// The static page's address (where shared links point when embedded).
    pub home: Option<String>,
    /// What the reader did on the static page's pre-rendered copy before the app started.
    pub handover: Option<Handover>,
    /// Called once, when the instance has drawn its first view (the mount code then shows it).
    pub on_live: Option<Callback<()>>,
}

/// What a reader did on the static page's pre-rendered copy before the app started: the app starts from it,
/// so nothing typed, ticked or opened there is lost.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Handover {
    /// Text typed into the search box.
    pub query: String,
    /// Facet values ticked.
    pub filters: Vec<(Facet, usize)>,
    /// The card opened.
    pub open: Option<usize>,
}

impl Handover {
    /// Applies it on top of a state (the one the settings and the URL hash give): the typed search replaces the
    /// state's, ticked values are added, an opened card is the open one.
    pub fn apply(&self, view: &mut UrlState) {
        if !self.query.is_empty() {
            view.query = self.query.clone();
        }
        for &(facet, value) in &self.filters {
            view.filters.set(facet, value, true);
        }
        if self.open.is_some() {
            view.open = self.open;
        }
    }
}

/// Setting names, as `data-` attributes (`data-view`) or query parameters (`view`).
pub const SETTINGS: &[&str] = &[
    "view", "theme", "accent", "filters", "url", "embed", "model", "models", "answers",
];

/// At most this many cards in a `models` list (more is a catalogue, not a part of it).
pub const MAX_ONLY: usize = 12;

/// Whether `s` is a plain CSS colour: a hex code, a colour name, or rgb()/hsl() with numbers.
pub fn is_safe_colour(s: &str) -> bool {
    let s = s.trim();
    if let Some(hex) = s.strip_prefix('#') {
        return matches!(hex.len(), 3 | 4 | 6 | 8) && hex.bytes().all(|b| b.is_ascii_hexdigit());
    }
    if s.bytes().all(|b| b.is_ascii_alphabetic()) {
        return (3..=20).contains(&s.len());
    }
    for f in ["rgb(", "rgba(", "hsl(", "hsla(", "oklch("] {
        if let Some(inner) = s.strip_prefix(f).and_then(|r| r.strip_suffix(')')) {
            return inner.len() < 60
                && inner
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b" .,%/-deg".contains(&b));
        }
    }
    false
}

/// Builds a config from a lookup of setting names, resolving model ids in `catalogue`; returns one warning per
/// unusable setting, naming it (the widget then falls back to the nearest view that makes sense).
pub fn from_settings(
    get: impl Fn(&str) -> Option<String>,
    attribute_prefix: &str,
    catalogue: &Catalogue,
) -> (Config, Vec<String>) {
    settings(&get, attribute_prefix, catalogue)
}

/// [`from_settings`] for any lookup (one copy of the code, however many kinds of lookup call it).
fn settings(
    get: &dyn Fn(&str) -> Option<String>,
    attribute_prefix: &str,
    catalogue: &Catalogue,
) -> (Config, Vec<String>) {
    let mut config = Config::default();
    let mut warnings = Vec::new();
    let mut warn = |name: &str, value: &str, expected: &str| {
        warnings.push(text::cat(&[
            "coordination-models: ignored ",
            attribute_prefix,
            name,
            "=\"",
            value,
            "\"; expected ",
            expected,
            ". Using the default.",
        ]));
    };
    let view = get("view");
    let view_name = view.as_deref().map(str::trim).unwrap_or("");
    match view_name {
        "cards" | "" => config.initial.view = View::Catalogue,
        "wizard" => config.initial.view = View::Wizard,
        "map" => config.initial.view = View::Map,
        "compare" => config.initial.view = View::Compare,
        "result" => config.initial.view = View::Wizard,
        "checkup" => config.initial.view = View::Checkup,
        other => warn(
            "view",
            other,
            "\"cards\", \"wizard\", \"result\", \"compare\", \"map\" or \"checkup\"",
        ),
    }
    // Model ids, in order, each once; unknown ones are named in one warning.
    let ids = |name: &str, value: &str, warn: &mut dyn FnMut(&str, &str, &str)| -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        let mut unknown = Vec::new();
        for id in value
            .split([',', ' '])
            .map(str::trim)
            .filter(|x| !x.is_empty())
        {
            match catalogue.model_index(id) {
                Some(i) if !out.contains(&i) => out.push(i),
                Some(_) => {}
                None => unknown.push(id),
            }
        }
        if !unknown.is_empty() {
            warn(
                name,
                value,
                &text::cat(&[
                    "model ids such as \"liaison,embedded\" (unknown: ",
                    &text::join(&unknown, ", "),
                    ")",
                ]),
            );
        }
        out
    };
    if let Some(v) = get("model") {
        let picked = ids("model", &v, &mut warn);
        match picked[..] {
            [m] if matches!(view_name, "cards" | "") => {
                config.only = vec![m];
                config.initial.open = Some(m);
            }
            [m] if view_name == "checkup" => {
                config.initial.check = Some(crate::url::Check {
                    model: m,
                    answers: vec![Default::default(); crate::checkup::signs_of(catalogue, m).len()],
                    result: false,
                    record: false,
                });
            }
            [_] => warn(
                "model",
                &v,
                "no view setting, view=\"cards\" or view=\"checkup\"",
            ),
            [] => {}
            _ => warn(
                "model",
                &v,
                "one model id; use models=\"a,b,c\" for several",
            ),
        }
    }
    if let Some(v) = get("models") {
        let picked = ids("models", &v, &mut warn);
        match view_name {
            _ if !config.only.is_empty() => warn("models", &v, "model or models, not both"),
            "cards" | "" if picked.len() > MAX_ONLY => {
                warn(
                    "models",
                    &v,
                    &text::cat(&[
                        "at most ",
                        &text::num(MAX_ONLY),
                        " model ids (showing the first ",
                        &text::num(MAX_ONLY),
                        ")",
                    ]),
                );
                config.only = picked[..MAX_ONLY].to_vec();
            }
            "cards" | "" => config.only = picked,
            "compare" if picked.len() > MAX_COMPARE || picked.len() == 1 => {
                warn("models", &v, "two or three model ids to compare");
                config.initial.compare = picked.into_iter().take(MAX_COMPARE).collect();
            }
            "compare" => config.initial.compare = picked,
            _ => warn(
                "models",
                &v,
                "view=\"cards\" or view=\"compare\" (this view takes no models)",
            ),
        }
    }
    if let Some(v) = get("answers") {
        if matches!(view_name, "result" | "wizard") {
            let parsed = crate::url::parse(&text::cat(&["a=", v.trim()]), catalogue);
            if parsed.problems.is_empty() {
                config.initial.answers = parsed.state.answers;
            } else {
                warn(
                    "answers",
                    &v,
                    "the a= part of a result link, such as \"problem.dependency,duration.weeks\"",
                );
            }
        } else {
            warn(
                "answers",
                &v,
                "view=\"result\" or view=\"wizard\" (this view takes no answers)",
            );
        }
    }
    // A result shows the results once the answers lead there; otherwise the wizard starts at its first question.
    if view_name == "result" {
        if config.initial.answers.0.iter().any(|&a| a != 0) {
            config.initial.step = Some(Step::Results);
        } else if get("answers").is_none() {
            warn(
                "view",
                "result",
                "answers=\"...\" with it (the wizard starts at its first question)",
            );
        }
    }
    if let Some(v) = get("theme") {
        match v.trim() {
            "auto" | "" => config.theme = Theme::Auto,
            "light" => config.theme = Theme::Light,
            "dark" => config.theme = Theme::Dark,
            _ => warn("theme", &v, "\"light\", \"dark\" or \"auto\""),
        }
    }
    if let Some(v) = get("accent") {
        if is_safe_colour(&v) {
            config.accent = Some(v.trim().to_string());
        } else {
            warn("accent", &v, "a CSS colour such as #0b6e4f");
        }
    }
    if let Some(v) = get("filters") {
        let mut ok = true;
        for pair in v.split(['&', ';']).filter(|p| !p.trim().is_empty()) {
            let (key, values) = pair.split_once('=').unwrap_or((pair, ""));
            match Facet::from_key(key.trim()) {
                Some(facet) => {
                    for value in values.split(',').filter(|x| !x.trim().is_empty()) {
                        match facet.value_index(value.trim()) {
                            Some(i) => config.initial.filters.set(facet, i, true),
                            None => ok = false,
                        }
                    }
                }
                None => ok = false,
            }
        }
        if !ok {
            warn("filters", &v, "pairs like \"cat=team&scope=cross-team\"");
        }
    }
    if let Some(v) = get("url") {
        match v.trim() {
            "hash" => config.sync_url = true,
            "none" | "" => config.sync_url = false,
            _ => warn("url", &v, "\"hash\" or \"none\""),
        }
    }
    if let Some(v) = get("embed") {
        match v.trim() {
            "1" | "true" | "" => config.embedded = true,
            "0" | "false" => config.embedded = false,
            _ => warn("embed", &v, "\"1\" or \"0\""),
        }
    }
    (config, warnings)
}

/// The custom element that `embed.js` defines; it takes its settings as plain attributes (`view="wizard"`).
pub const ELEMENT: &str = "coordination-models";

/// Reads a mount element's settings: the attributes of a `<coordination-models>` element, the `data-*`
/// attributes of any other; and for the static page (`data-url="hash"`) its query string.
pub fn from_element(el: &web_sys::Element, catalogue: &Catalogue) -> (Config, Vec<String>) {
    let plain = el.tag_name().eq_ignore_ascii_case(ELEMENT);
    let attr = |name: &str| {
        if plain {
            el.get_attribute(name)
        } else {
            el.get_attribute(&text::cat(&["data-", name]))
        }
    };
    let (mut config, mut warnings) =
        from_settings(attr, if plain { "" } else { "data-" }, catalogue);
    config.home = el.get_attribute("data-cm-home");
    // Inside someone else's page (not the static page), the widget's title is a section heading, not the page's h1.
    if !config.sync_url {
        config.embedded = true;
    }
    if config.sync_url {
        // The static page also takes its settings from the query string (used by the iframe embed).
        let search = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        let params: Vec<(String, String)> = search
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap_or((p, ""));
                (
                    k.to_string(),
                    crate::url::percent_decode(v).unwrap_or_default(),
                )
            })
            .collect();
        if !params.is_empty() {
            let lookup = |name: &str| {
                params
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.clone())
            };
            let (from_query, more) = from_settings(lookup, "?", catalogue);
            warnings.extend(more);
            let defaults = Config::default();
            if from_query.theme != defaults.theme {
                config.theme = from_query.theme;
            }
            if from_query.accent.is_some() {
                config.accent = from_query.accent;
            }
            if from_query.initial != defaults.initial {
                config.initial = from_query.initial;
            }
            if !from_query.only.is_empty() {
                config.only = from_query.only;
            }
            config.embedded |= from_query.embedded;
        }
    }
    (config, warnings)
}
