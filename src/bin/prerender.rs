//! Prints the catalogue's first view as static HTML (Yew server rendering), for the page to show before
//! (and without) JavaScript. Used by `cargo xtask post-build`.

use coordination_models::app::{App, AppProps};
use coordination_models::data::CATALOGUE;
use coordination_models::types::CatalogueRef;

fn main() {
    let renderer = yew::LocalServerRenderer::<App>::with_props(AppProps {
        catalogue: CatalogueRef(&CATALOGUE),
        config: Default::default(),
    })
    .hydratable(false);
    let html = futures::executor::block_on(renderer.render());
    print!("{html}");
}
