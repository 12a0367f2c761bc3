//! The widget's wasm: `embed.js` calls these exports to mount, update and unmount instances as elements come
//! and go (see `app::mount`).
//!
//! No `main` in the wasm: the standard library's start-up code for one (thread set-up, exit code) has nothing to
//! do in a module that JavaScript calls, so [`start`] runs when the module is instantiated instead.
#![cfg_attr(target_arch = "wasm32", no_main)]

use coordination_models::app::mount;
use wasm_bindgen::prelude::*;

/// Sets the panic hook when the module starts.
#[wasm_bindgen(start)]
pub fn start() {
    mount::init();
}

/// Native builds (the tests) have a `main`: the same start.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    start();
}

/// Mounts an instance into `host` (a `<coordination-models>` or `[data-coordination-models]` element), unless it
/// has one.
#[wasm_bindgen(js_name = mount)]
pub fn mount_into(host: web_sys::Element) {
    mount::mount(&host);
}

/// Destroys the instance in `host`, with its listeners.
#[wasm_bindgen(js_name = unmount)]
pub fn unmount_from(host: web_sys::Element) {
    mount::unmount(&host);
}

/// Passes `host`'s changed settings to its instance.
#[wasm_bindgen(js_name = update)]
pub fn update_in(host: web_sys::Element) {
    mount::update(&host);
}

/// How many instances are mounted.
#[wasm_bindgen(js_name = liveInstances)]
pub fn live_instances() -> u32 {
    mount::live() as u32
}
