//! Benchmark page: mounts the app with `?n=N` synthetic models (generated from the real ones) to measure scale.

use coordination_models::app::{App, AppProps};
use coordination_models::data::CATALOGUE;
use coordination_models::types::{Catalogue, CatalogueRef, Model, Relation};

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
    })))
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
    yew::Renderer::<App>::with_root_and_props(
        root,
        AppProps {
            catalogue: synthetic(n),
            config: Default::default(),
        },
    )
    .render();
}
