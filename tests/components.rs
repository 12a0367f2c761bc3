//! Component tests in headless Chromium (wasm-bindgen-test): the app renders and reacts, fed with any catalogue.
#![cfg(target_arch = "wasm32")]

use coordination_models::app::config::Config;
use coordination_models::app::{App, AppProps};
use coordination_models::data::CATALOGUE;
use coordination_models::types::{
    Catalogue, CatalogueRef, Category, Claim, Duration, Model, Relation, RelationKind, Scope,
    Source, SourceKind,
};
use coordination_models::url::View;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn mount(catalogue: CatalogueRef, config: Config) -> Element {
    let document = gloo_document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { catalogue, config })
        .render();
    root
}

/// Waits until the app has drawn everything: its first render, then the catalogue's remaining cards, which it
/// draws in the next task (see `CatalogueView`).
async fn drawn() {
    yew::scheduler::flush().await;
    gloo::timers::future::TimeoutFuture::new(0).await;
    yew::scheduler::flush().await;
}

fn gloo_document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into().unwrap())
        .collect()
}

/// Cards a reader sees: non-matching cards stay mounted inside a hidden cell.
const VISIBLE_CARDS: &str = ".cm-cell:not([hidden]) > article";

fn click(el: &Element) {
    el.dyn_ref::<HtmlElement>().unwrap().click();
}

fn button(root: &Element, text: &str) -> Element {
    all(root, "button")
        .into_iter()
        .find(|b| b.text_content().unwrap_or_default().contains(text))
        .unwrap_or_else(|| panic!("no button {text}"))
}

/// A tiny catalogue built at run time, as a benchmark or test would feed the components.
fn tiny() -> CatalogueRef {
    const C: fn(&'static str) -> Claim = |text| Claim { text, src: &[0] };
    fn model(id: &'static str, name: &'static str, related: &'static [Relation]) -> Model {
        Model {
            id,
            name,
            category: Category::Team,
            post: None,
            draft: None,
            summary: C("A summary."),
            what: Vec::leak(vec![C("What it is.")]),
            when_to_use: Vec::leak(vec![C("One."), C("Two.")]),
            when_not: Vec::leak(vec![C("Three."), C("Four.")]),
            cost: Vec::leak(vec![C("Some.")]),
            optimizes_for: C("Tests"),
            watch_out: Vec::leak(vec![C("Careful.")]),
            how_to_start: Vec::leak(vec![C("Begin.")]),
            note: None,
            scope: &[Scope::Team],
            duration: Duration::LongLived,
            needs_reorg: false,
            hard_dependency: false,
            facet_src: [0; 4],
            related,
        }
    }
    let models = vec![
        model(
            "apple",
            "Apple",
            &[Relation {
                target: 1,
                kind: RelationKind::PairsWith,
                src: &[0],
                note: None,
            }],
        ),
        model("banana", "Banana", &[]),
        model("cherry", "Cherry", &[]),
    ];
    let catalogue = Box::leak(Box::new(Catalogue {
        sources: &[Source {
            id: "rubick",
            kind: SourceKind::Rubick,
            author: "",
            short: "Rubick",
            title: "Coordination models",
            url: "https://www.rubick.com/coordination-models/",
        }],
        models: Vec::leak(models),
        questions: CATALOGUE.questions,
        preferences: &[],
        signs: &[],
    }));
    CatalogueRef(catalogue)
}

#[wasm_bindgen_test]
async fn renders_whatever_catalogue_it_is_given() {
    let root = mount(tiny(), Config::default());
    drawn().await;
    let headings: Vec<String> = all(&root, "article h3")
        .iter()
        .map(|h| h.text_content().unwrap())
        .collect();
    assert_eq!(headings, ["Apple", "Banana", "Cherry"]);
}

#[wasm_bindgen_test]
async fn the_real_catalogue_shows_27_cards_and_search_narrows_them() {
    let root = mount(CatalogueRef(&CATALOGUE), Config::default());
    drawn().await;
    assert_eq!(all(&root, "article").len(), 27);
    assert_eq!(all(&root, VISIBLE_CARDS).len(), 27);
    let input: HtmlInputElement = root
        .query_selector("input[type=search]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    input.set_value("LIAISON");
    input
        .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    let n = all(&root, VISIBLE_CARDS).len();
    assert!(n > 0 && n < 27, "{n} cards");
    assert_eq!(
        all(&root, "[hidden] article").len(),
        27 - n,
        "cards that do not match stay mounted, hidden"
    );
    assert!(
        root.query_selector("[role=status]")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
            .contains(&format!("{n} of 27"))
    );
}

#[wasm_bindgen_test]
async fn a_card_expands_and_its_related_link_opens_the_other_card() {
    let root = mount(tiny(), Config::default());
    drawn().await;
    // The details are a native <details>: its summary opens it, and the card then shows its sections.
    let summary = root
        .query_selector("article[data-model=apple] details > summary")
        .unwrap()
        .expect("a summary for Apple");
    assert!(summary.text_content().unwrap().contains("Show details"));
    click(&summary);
    // The browser fires `toggle` after the click, then the app renders the details.
    gloo::timers::future::TimeoutFuture::new(50).await;
    yew::scheduler::flush().await;
    assert_eq!(all(&root, "details[open]").len(), 1);
    assert!(
        all(&root, "article.cm-open h4")
            .iter()
            .any(|h| h.text_content().unwrap() == "How to start")
    );
    // Every statement ends with a source mark, explained in the card's source list.
    assert!(!all(&root, "article.cm-open sup").is_empty());
    assert!(
        root.query_selector("article.cm-open .cm-source-list")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
            .contains("Jade Rubick")
    );
    let link = all(&root, ".cm-related a")
        .into_iter()
        .find(|a| a.text_content().unwrap() == "Banana")
        .expect("related link");
    click(&link);
    yew::scheduler::flush().await;
    let open = root.query_selector("article.cm-open h3").unwrap().unwrap();
    assert_eq!(open.text_content().unwrap(), "Banana");
}

#[wasm_bindgen_test]
async fn the_wizard_is_a_form_with_a_legend_and_choices_and_moves_on() {
    let mut config = Config::default();
    config.initial.view = View::Wizard;
    let root = mount(CatalogueRef(&CATALOGUE), config);
    drawn().await;
    let legend = root
        .query_selector("form fieldset legend")
        .unwrap()
        .expect("legend");
    assert_eq!(
        legend.text_content().unwrap(),
        CATALOGUE.questions[0].prompt
    );
    // The first question takes up to two symptoms: a group of checkboxes.
    let radios = all(&root, "input[type=checkbox]");
    assert_eq!(radios.len(), CATALOGUE.questions[0].answers.len());
    // Next without an answer shows an error and stays.
    click(&button(&root, "Next"));
    yew::scheduler::flush().await;
    assert!(root.query_selector("[role=alert]").unwrap().is_some());
    click(&radios[3]);
    yew::scheduler::flush().await;
    click(&button(&root, "Next"));
    yew::scheduler::flush().await;
    let legend = root
        .query_selector("form fieldset legend")
        .unwrap()
        .unwrap();
    assert_ne!(
        legend.text_content().unwrap(),
        CATALOGUE.questions[0].prompt
    );
    assert!(root.text_content().unwrap().contains("Question 2 of"));
}

/// Search folds case through JavaScript in the browser (not Rust's tables); accented capitals must still match.
#[wasm_bindgen_test]
fn case_folding_in_the_browser_handles_non_ascii() {
    use coordination_models::filter::{Query, fold_case};
    assert_eq!(fold_case("ÉQUIPE Straße ΣΟΦΙΑ"), "équipe straße σοφια");
    assert_eq!(fold_case("Tiger TEAM"), "tiger team");
    assert!(!Query::new("ÉQUIPE").is_empty());
}
