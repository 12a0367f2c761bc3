//! One model card: name, category and summary, opening in place (a native `<details>`) to the full details, with
//! the source of every statement.

use yew::prelude::*;

use crate::app::state::{Action, State};

use crate::components::sourced::{claims_markup, marks_markup, source_items};
use crate::components::wizard_view::use_focus_on_move;
use crate::data::RUBICK_URL;
use crate::markup::Markup;
use crate::provenance::{self, Legend};
use crate::types::{Catalogue, CatalogueRef};

/// Props of [`ModelCard`].
#[derive(Properties, PartialEq)]
pub struct ModelCardProps {
    /// The catalogue (for related model names and sources).
    pub catalogue: CatalogueRef,
    /// Index of the model.
    pub index: usize,
    /// Whether the details are shown.
    pub open: bool,
    /// Changes when the card should scroll into view and take focus.
    #[prop_or_default]
    pub jump: u32,
    /// Wizard fit: (score, poor fit), when the grid is sorted by fit.
    #[prop_or_default]
    pub fit: Option<(i32, bool)>,
    /// Whether the model is picked for comparison.
    #[prop_or_default]
    pub compared: bool,
    /// Whether more models can be picked for comparison.
    #[prop_or(true)]
    pub can_compare: bool,
    /// Reports actions.
    pub dispatch: Callback<Action>,
}

/// Card `i` in its grid cell (keyed by the model's id, `hidden` when it does not match the search and filters):
/// one copy of this markup for the catalogue and the part view.
pub fn cell(
    state: &State,
    i: usize,
    fit: Option<(i32, bool)>,
    hidden: bool,
    dispatch: &Callback<Action>,
) -> Html {
    let catalogue = state.catalogue;
    let open = state.view.open == Some(i);
    html! {
        <div class="cm-cell" key={catalogue.models[i].id} {hidden}>
            <ModelCard {catalogue} index={i} {open} jump={if open { state.card_jumps } else { 0 }}
                {fit} compared={state.view.compare.contains(&i)} can_compare={state.view.compare.len() < crate::url::MAX_COMPARE}
                dispatch={dispatch.clone()} />
        </div>
    }
}

/// Whether the details are rendered while closed: always in the pre-rendered page (so they open without
/// JavaScript), only when open in the live app (so a large catalogue mounts quickly).
const DETAILS_ALWAYS: bool = cfg!(feature = "ssr");

/// A card `article` whose heading is the model's name.
#[component]
pub fn ModelCard(props: &ModelCardProps) -> Html {
    let model = &props.catalogue.models[props.index];
    let index = props.index;
    // Worked out on each render (a card renders again only when its props change): no memo's code for it.
    let legend = Legend::of_card(&props.catalogue, model);
    let heading = use_node_ref();
    let summary_ref = use_node_ref();
    // A jump to this card (its count above 0, given only to the open card) focuses its heading and shows it.
    use_focus_on_move(
        heading.clone(),
        if props.open { props.jump } else { 0 },
        true,
        "",
    );
    // The browser opens and closes the `<details>` itself; the state follows it (and closes any other card).
    let on_toggle = {
        let open = props.open;
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            match (details.open(), open) {
                (true, false) => dispatch.emit(Action::Open(index)),
                (false, true) => dispatch.emit(Action::Close),
                _ => {}
            }
        })
    };
    let on_keydown = {
        let dispatch = props.dispatch.clone();
        let open = props.open;
        let summary = summary_ref.clone();
        Callback::from(move |e: KeyboardEvent| {
            if open && e.key() == "Escape" {
                e.prevent_default();
                dispatch.emit(Action::Close);
                if let Some(s) = summary.cast::<web_sys::HtmlElement>() {
                    let _ = s.focus();
                }
            }
        })
    };
    let mut class = String::from("cm-card cm-cat-");
    class.push_str(model.category.id());
    if props.open {
        class.push_str(" cm-open");
    }
    if props.fit.is_some_and(|f| f.1) {
        class.push_str(" cm-poor-fit");
    }
    // Badges, fit and summary, written as text (see `Markup`).
    let mut badges = Markup::default();
    badges
        .raw("<p class=\"cm-badges\"><span class=\"cm-badge cm-badge-cat\">")
        .raw(model.category.label());
    badges
        .raw("</span><span class=\"cm-badge\">")
        .raw(model.main_scope().label());
    badges
        .raw("</span><span class=\"cm-badge\">")
        .raw(model.duration.label())
        .raw("</span></p>");
    let mut body = Markup::default();
    if let Some((score, poor)) = props.fit {
        body.raw("<p class=\"cm-fit\">Fit ").signed(score);
        if poor {
            body.raw("<span class=\"cm-fit-poor\"> \u{b7} poor fit</span>");
        }
        body.raw("</p>");
    }
    body.raw("<p class=\"cm-summary\">");
    claims_markup(
        &mut body,
        &props.catalogue,
        &legend,
        std::slice::from_ref(&model.summary),
        true,
    );
    body.raw("</p>");
    // A printed card deck shows summaries only: say there what their marks stand for.
    body.raw("<p class=\"cm-print-only cm-card-src\">");
    for (k, &s) in model.summary.src.iter().enumerate() {
        body.raw(if k == 0 { "" } else { "; " })
            .text(&legend.label(&props.catalogue, s))
            .raw(" ")
            .text(&provenance::describe(&props.catalogue, s));
    }
    body.raw("</p>");
    let details = (props.open || DETAILS_ALWAYS).then(|| details(props, &legend));
    let mut summary = Markup::default();
    summary
        .raw("<span class=\"cm-when-closed\">Show details</span><span class=\"cm-when-open\">Hide details</span><span class=\"cm-sr\"> for ")
        .text(model.name)
        .raw("</span>");
    let toggle = if props.compared {
        "In comparison"
    } else {
        "Compare"
    };
    let mut label = String::from(toggle);
    label.push_str(": ");
    label.push_str(model.name);
    let mut act = String::from("t");
    crate::text::push_num(&mut act, index);
    html! {
        <article {class} onkeydown={on_keydown} data-model={model.id}>
            <div class="cm-card-head">
                <h3 ref={heading} tabindex="-1">{ breakable(model.name) }</h3>
                <button type="button" class="cm-compare-toggle" aria-pressed={if props.compared { "true" } else { "false" }}
                    disabled={!props.compared && !props.can_compare} data-act={act} aria-label={label}>
                    { toggle }
                </button>
                { badges.html() }
            </div>
            { body.html() }
            <details class="cm-more" open={props.open} ontoggle={on_toggle}>
                <summary class="cm-toggle" ref={summary_ref}>{ summary.html() }</summary>
                { details.unwrap_or_default() }
            </details>
        </article>
    }
}

/// A name with a line break allowed after each slash ("Centralized/<wbr>decentralized"): browsers allow none there, so
/// a narrow card would break the long word after it mid-word. Text and accessible name are unchanged.
fn breakable(name: &str) -> Html {
    let mut m = Markup::default();
    for (i, part) in name.split('/').enumerate() {
        if i > 0 {
            m.raw("/<wbr>");
        }
        m.text(part);
    }
    m.html()
}

/// The card's details, written as text (see [`Markup`]); related models open through `data-act`.
fn details(props: &ModelCardProps, legend: &Legend) -> Html {
    let cat: &Catalogue = &props.catalogue;
    let model = &cat.models[props.index];
    let mut m = Markup::default();
    let facet = |m: &mut Markup, i: usize, text: &str| {
        m.text(text);
        marks_markup(m, cat, legend, std::slice::from_ref(&model.facet_src[i]));
    };
    m.raw("<div class=\"cm-details\"><p>");
    claims_markup(&mut m, cat, legend, model.what, true);
    m.raw("</p>");
    if let Some(note) = &model.note {
        m.raw("<p class=\"cm-note\"><strong>About the name: </strong>");
        claims_markup(&mut m, cat, legend, std::slice::from_ref(note), true);
        m.raw("</p>");
    }
    m.raw("<div class=\"cm-columns\"><section><h4>When to use it</h4>");
    claims_markup(&mut m, cat, legend, model.when_to_use, false);
    m.raw("</section><section><h4>When not to, and how it fails</h4>");
    claims_markup(&mut m, cat, legend, model.when_not, false);
    m.raw("</section></div><dl class=\"cm-facts\"><dt>What it costs</dt><dd>");
    claims_markup(&mut m, cat, legend, model.cost, true);
    m.raw("</dd><dt>Optimizes for</dt><dd>");
    claims_markup(
        &mut m,
        cat,
        legend,
        std::slice::from_ref(&model.optimizes_for),
        true,
    );
    m.raw("</dd><dt>Watch out</dt><dd>");
    claims_markup(&mut m, cat, legend, model.watch_out, true);
    m.raw("</dd><dt>Scope</dt><dd>");
    let scopes: Vec<&str> = model.scope.iter().map(|s| s.label()).collect();
    facet(&mut m, 0, &crate::text::join(&scopes, ", or "));
    m.raw("</dd><dt>Duration</dt><dd>");
    facet(&mut m, 1, model.duration.label());
    m.raw("</dd><dt>Reporting lines</dt><dd>");
    facet(
        &mut m,
        2,
        if model.needs_reorg {
            "Needs a reorg"
        } else {
            "No reorg needed"
        },
    );
    m.raw("</dd><dt>Dependency</dt><dd>");
    facet(
        &mut m,
        3,
        if model.hard_dependency {
            "Creates a hard dependency between teams"
        } else {
            "No hard dependency"
        },
    );
    m.raw("</dd></dl><section><h4>How to start</h4>");
    claims_markup(&mut m, cat, legend, model.how_to_start, false);
    // A team that runs this model already can check it; the pre-rendered copy leaves the link out (it would only
    // work once the app runs, and the static page's budget has no room for it).
    if !DETAILS_ALWAYS {
        m.raw("<p><a href=\"#view=checkup&amp;check=")
            .text(model.id)
            .raw("\" data-act=\"k")
            .num(props.index)
            .raw("\">Check the one you use: is it working?</a></p>");
    }
    m.raw("</section><section><h4>Related models</h4>");
    let related = cat.relations(props.index);
    if related.is_empty() {
        m.raw(
            "<p class=\"cm-muted\">Rubick\u{2019}s posts name no related model for this one.</p>",
        );
    } else {
        m.raw("<ul class=\"cm-related\">");
        for (label, target, relation) in related {
            let other = &cat.models[target];
            m.raw("<li><span class=\"cm-rel-kind\">")
                .text(label)
                .raw(": </span><a href=\"#open=")
                .text(other.id);
            // The pre-rendered copy has no script behind it: its links just carry the address.
            if !DETAILS_ALWAYS {
                m.raw("\" data-act=\"j").num(target);
            }
            m.raw("\">").text(other.name).raw("</a>");
            if let Some(note) = relation.note {
                m.raw(" (").text(note).raw(")");
            }
            marks_markup(&mut m, cat, legend, relation.src);
            m.raw("</li>");
        }
        m.raw("</ul>");
    }
    let (his, all) = provenance::rubick_share(cat, model);
    m.raw("</section><section class=\"cm-sources\"><h4>Sources</h4><p class=\"cm-muted\">")
        .num(his)
        .raw(" of ");
    m.num(all)
        .raw(" statements here rest on Rubick\u{2019}s posts.</p>");
    source_items(&mut m, cat, legend, None);
    let link = |m: &mut Markup, s: u8| {
        let source = cat.source(s);
        m.raw("<a href=\"")
            .text(source.url)
            .raw("\" rel=\"noopener\" target=\"_blank\">")
            .text(source.title)
            .raw("</a>");
    };
    match model.post {
        Some(p) => {
            m.raw("<p>Rubick\u{2019}s post on this model: ");
            link(&mut m, p);
            m.raw(".</p>");
        }
        None => {
            m.raw("<p>As of his 2022 catalogue, Rubick had not published a post on this model; his <a href=\"")
                .raw(RUBICK_URL);
            m.raw("\" rel=\"noopener\" target=\"_blank\">catalogue page</a> gives its one-line definition.</p>");
        }
    }
    if let Some(d) = model.draft {
        m.raw("<p>Rubick\u{2019}s ")
            .text(provenance::draft_label(cat.source(d).title))
            .raw(": ");
        link(&mut m, d);
        m.raw(" (unread: nothing here rests on it).</p>");
    }
    m.raw("</section></div>");
    m.html()
}
