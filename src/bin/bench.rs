//! Benchmark page: mounts the app with `?n=N` synthetic models (generated from the real ones) to measure scale.
//! With `?measure=would-change` it mounts nothing and times the "what would change the answer" computation instead.

use coordination_models::app::{App, AppProps};
use coordination_models::data::CATALOGUE;
use coordination_models::group;
use coordination_models::types::{Catalogue, CatalogueRef, Model, Relation};
use coordination_models::wizard::{self, Answers};

/// `n` models cycling through the real ones, with numbered names and ids, related to their neighbours.
fn synthetic(n: usize) -> CatalogueRef {
    let real = CATALOGUE.models;
    let models: Vec<Model> = (0..n)
        .map(|i| {
            let base = &real[i % real.len()];
            let related: Vec<Relation> = base
                .related
                .iter()
                .map(|r| Relation {
                    target: (i + r.target + 1) % n,
                    ..*r
                })
                .collect();
            Model {
                id: Box::leak(format!("{}-{i}", base.id).into_boxed_str()),
                name: Box::leak(format!("{} {i}", base.name).into_boxed_str()),
                related: Vec::leak(related),
                ..base.clone()
            }
        })
        .collect();
    CatalogueRef(Box::leak(Box::new(Catalogue {
        sources: CATALOGUE.sources,
        models: Vec::leak(models),
        questions: CATALOGUE.questions,
        preferences: CATALOGUE.preferences,
        signs: CATALOGUE.signs,
    })))
}

/// Complete answer sets that vary with `k`: each shown question gets one of its answers (the problem question one
/// or two).
fn answer_set(c: &Catalogue, k: usize) -> Answers {
    let mut a = Answers::empty(c.questions.len());
    for (q, question) in c.questions.iter().enumerate() {
        if wizard::is_shown(c, &a, q) {
            let n = question.answers.len();
            a.toggle(c, q, (k * 7 + q * 3) % n);
            if question.max_choices > 1 && k.is_multiple_of(2) {
                a.toggle(c, q, (k * 5 + 1) % n);
            }
        }
    }
    a
}

/// Times the computation behind "What would change the answer": for one person (a result) as performance measures
/// named `cm-would-change`, and for a group of three (a comparison) as `cm-group-changes`; then marks `#bench`
/// with `data-done` and the number of changes found.
fn measure_would_change(c: CatalogueRef, root: web_sys::Element) {
    let perf = web_sys::window()
        .and_then(|w| w.performance())
        .expect("performance");
    let sets: Vec<Answers> = (0..24).map(|k| answer_set(&c, k)).collect();
    let mut found = 0;
    for round in 0..3 {
        for (k, a) in sets.iter().enumerate() {
            let _ = perf.mark("wc-start");
            found += group::changes(&c, std::slice::from_ref(a)).1.len();
            let _ = perf.mark("wc-end");
            let _ =
                perf.measure_with_start_mark_and_end_mark("cm-would-change", "wc-start", "wc-end");
            if round == 0 {
                let people = [
                    a.clone(),
                    sets[(k + 1) % sets.len()].clone(),
                    sets[(k + 2) % sets.len()].clone(),
                ];
                let _ = perf.mark("gc-start");
                found += group::changes(&c, &people).1.len();
                let _ = perf.mark("gc-end");
                let _ = perf.measure_with_start_mark_and_end_mark(
                    "cm-group-changes",
                    "gc-start",
                    "gc-end",
                );
            }
        }
    }
    let _ = root.set_attribute("data-done", &found.to_string());
}

fn main() {
    let window = web_sys::window().expect("a browser window");
    let search = window.location().search().unwrap_or_default();
    let n = search
        .trim_start_matches('?')
        .split('&')
        .find_map(|p| p.strip_prefix("n="))
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000usize)
        .clamp(1, 20_000);
    let root = window
        .document()
        .and_then(|d| d.get_element_by_id("bench"))
        .expect("#bench element");
    if search.contains("measure=would-change") {
        measure_would_change(synthetic(n), root);
        return;
    }
    yew::Renderer::<App>::with_root_and_props(
        root,
        AppProps {
            catalogue: synthetic(n),
            config: Default::default(),
        },
    )
    .render();
}
