//! Mounts the widget into the page.

fn main() {
    coordination_models::app::mount_all();
}
