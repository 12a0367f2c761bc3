//! Coordination Models: Jade Rubick's catalogue of coordination models as filterable cards and a decision wizard.
//!
//! Pure domain logic (`types`, `filter`, `wizard`, `group`, `url`, `app::state`) is tested natively with `cargo test`;
//! components only render and dispatch, and take the catalogue as data.

pub mod act;
pub mod app;
pub mod checkup;
pub mod components;
pub mod data;
pub mod filter;
pub mod group;
pub mod map;
pub mod markup;
pub mod provenance;
pub mod report;
pub mod sort;
pub mod text;
pub mod types;
pub mod url;
pub mod verdict;
pub mod wizard;

/// The wasm build's allocator: talc (crates.io), made for WebAssembly; about 3 KB gzip less wasm than the standard
/// dlmalloc (measured with `cargo xtask size`). Native builds and tests keep the standard allocator.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
