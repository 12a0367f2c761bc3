//! Tests of the attribution of function names to parts.

use super::*;
use crate::util::project_root;

fn ctx() -> Context {
    Context {
        yew_crates: ["yew", "implicit_clone", "wasm_bindgen", "indexmap"]
            .into_iter()
            .map(String::from)
            .collect(),
        root: project_root(),
        files: Vec::new(),
    }
}

#[test]
fn functions_are_attributed_by_the_path_they_belong_to() {
    let c = ctx();
    let key = |n: &str| {
        let (k, g, _) = classify(n, &c);
        (k, g)
    };
    assert_eq!(
        key(
            "<coordination_models::components::card::Card as yew::functional::FunctionProvider>::run"
        ),
        ("src/components/card.rs".to_string(), "components")
    );
    assert_eq!(
        key("coordination_models::filter::search::{{closure}}"),
        ("src/filter.rs".to_string(), "logic")
    );
    assert_eq!(
        key("coordination_models::app::state::reduce"),
        ("src/app/state.rs".to_string(), "logic")
    );
    assert_eq!(
        key("<yew::virtual_dom::vnode::VNode as core::clone::Clone>::clone"),
        ("yew/yew".to_string(), "yew")
    );
    assert_eq!(
        key("wasm_bindgen::externref::take"),
        ("bindings/wasm_bindgen".to_string(), "bindings")
    );
    assert_eq!(
        key("<&T as core::fmt::Display>::fmt"),
        ("std/core::fmt".to_string(), "fmt")
    );
    assert_eq!(
        key("core::fmt::Formatter::pad"),
        ("std/core::fmt".to_string(), "fmt")
    );
    assert_eq!(
        key("alloc::raw_vec::RawVec<T,A>::grow_one"),
        ("std/alloc".to_string(), "alloc")
    );
    assert_eq!(
        key("__wbg_appendChild_1234"),
        ("bindings/generated glue".to_string(), "bindings")
    );
    assert_eq!(
        key("byn$mgfn-shared$core::fmt::write"),
        ("std/core::fmt".to_string(), "fmt")
    );
}

#[test]
fn names_lose_hashes_disambiguators_and_copy_suffixes() {
    assert_eq!(
        plain_name(
            "<alloc[3ca501edff3f0c7c]::string::String as core[c5930c85a12de822]::fmt::Write>::write_str.5"
        ),
        "<alloc::string::String as core::fmt::Write>::write_str"
    );
    assert_eq!(
        plain_name("<&T as core::fmt::Display>::fmt::h9a8c4580765d9785"),
        "<&T as core::fmt::Display>::fmt"
    );
    assert_eq!(
        plain_name("web_sys::Element::set_inner_html::h3ea04f7a89ed360e externref shim"),
        "web_sys::Element::set_inner_html"
    );
    assert_eq!(plain_name("alloc::fmt::format[1]"), "alloc::fmt::format");
    let c = ctx();
    assert_eq!(
        classify(
            "core::ptr::drop_in_place<coordination_models::types::Model>::h0123456789abcdef",
            &c
        ),
        ("src/types.rs".to_string(), "logic", false)
    );
    assert_eq!(
        classify(
            "core::ptr::drop_in_place<[yew::virtual_dom::vnode::VNode; 3]>",
            &c
        )
        .1,
        "yew"
    );
    assert_eq!(
        classify("Closure(Closure { owned: true }) -> Externref", &c).1,
        "bindings"
    );
    assert_eq!(
        classify("__rustc[b7974e8690430dd9]::__rust_realloc", &c).1,
        "alloc"
    );
}

#[test]
fn a_library_generic_instantiated_for_our_type_counts_for_its_file() {
    let c = ctx();
    assert_eq!(
        classify(
            "<yew[0123456789abcdef]::html::component::lifecycle::CompStateInner<coordination_models[0123456789abcdef]::components::card::ModelCard> as yew[0123456789abcdef]::html::component::lifecycle::Stateful>::view",
            &c
        ),
        ("src/components/card.rs".to_string(), "components", true)
    );
    assert_eq!(
        classify(
            "<alloc::vec::Vec<coordination_models::wizard::Ranked>>::push",
            &c
        ),
        ("src/wizard.rs".to_string(), "logic", true)
    );
    // A callback of our Action made in a component's closure counts for the component.
    assert_eq!(
        classify(
            "<yew::callback::Callback<coordination_models::app::state::Action>>::reform::<<coordination_models::components::catalogue_view::CatalogueView as yew::functional::FunctionProvider>::run::inner::{closure#5}, web_sys::MouseEvent>::{closure#0}",
            &c
        ),
        (
            "src/components/catalogue_view.rs".to_string(),
            "components",
            true
        )
    );
    // Nested brackets: the innermost self type.
    assert_eq!(
        classify(
            "<<std::hash::random::RandomState>::new::KEYS::{closure#0} as core::ops::function::FnOnce<()>>::call_once",
            &c
        )
        .1,
        "std"
    );
    assert_eq!(
        classify(
            "<u8 as <[_]>::to_vec_in::ConvertVec>::to_vec::<alloc::alloc::Global>",
            &c
        )
        .1,
        "std"
    );
    // Our own function that calls a library generic is our own code, not a generic.
    assert_eq!(
        classify("coordination_models::filter::search::<yew::Html>", &c),
        ("src/filter.rs".to_string(), "logic", false)
    );
}

#[test]
fn mangled_names_are_demangled_first() {
    let c = ctx();
    // _ZN4core3fmt9Formatter3pad17h0123456789abcdefE = core::fmt::Formatter::pad
    assert_eq!(
        classify("_ZN4core3fmt9Formatter3pad17h0123456789abcdefE", &c).1,
        "fmt"
    );
}
