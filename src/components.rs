//! Presentational components: each renders from props and reports user actions through callbacks.

pub mod card;
pub mod catalogue_view;
pub mod checkup_view;
pub mod compare_view;
pub mod delegate;
pub mod filter_panel;
pub mod group_view;
pub mod model_map;
pub mod part_view;
pub mod people;
pub mod record_view;
pub mod results_view;
pub mod share;
pub mod sourced;
pub mod wizard_view;
