//! Layout of the model map: each model placed by how far it reaches and how much structure it changes.

use crate::types::{Catalogue, Category, Model, RelationKind, Scope};

/// Labels of the horizontal axis (reach), left to right.
pub const REACH: [&str; 3] = ["One team", "Between teams", "Whole organisation"];
/// Labels of the vertical axis (how much structure changes), bottom to top.
pub const CHANGE: [&str; 4] = [
    "A written rule or process",
    "A role or a forum",
    "How teams work together",
    "New reporting lines",
];

/// Column of a model: its scope.
pub fn reach(m: &Model) -> usize {
    match m.main_scope() {
        Scope::Team => 0,
        Scope::CrossTeam => 1,
        Scope::OrgWide => 2,
    }
}

/// Row of a model (0 = lightest change): a reorg, else its category's usual weight.
pub fn change(m: &Model) -> usize {
    if m.needs_reorg {
        return 3;
    }
    match m.category {
        Category::Centralized => 0,
        Category::RoleBased => 1,
        Category::Team => 2,
    }
}

/// Size of the drawing, in SVG units.
pub const WIDTH: f64 = 1100.0;
/// Height of the drawing.
pub const HEIGHT: f64 = 760.0;
/// Left margin for the vertical axis labels.
pub const LEFT: f64 = 170.0;
/// Bottom margin for the horizontal axis labels.
pub const BOTTOM: f64 = 50.0;

/// One placed model.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Node {
    /// Model index.
    pub model: usize,
    /// Centre x.
    pub x: f64,
    /// Centre y.
    pub y: f64,
}

/// One relation line between two placed models.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Edge {
    /// From model index.
    pub from: usize,
    /// To model index.
    pub to: usize,
    /// Kind of relation.
    pub kind: RelationKind,
}

/// Width of one column.
pub fn column_width() -> f64 {
    (WIDTH - LEFT) / REACH.len() as f64
}

/// Height of one row.
pub fn row_height() -> f64 {
    (HEIGHT - BOTTOM) / CHANGE.len() as f64
}

/// Places every model: the cell from its attributes, then spread within the cell in two columns.
pub fn layout(catalogue: &Catalogue) -> Vec<Node> {
    let (cw, rh) = (column_width(), row_height());
    let mut cells: Vec<Vec<usize>> = vec![Vec::new(); REACH.len() * CHANGE.len()];
    for (i, m) in catalogue.models.iter().enumerate() {
        cells[change(m) * REACH.len() + reach(m)].push(i);
    }
    let mut nodes = vec![
        Node {
            model: 0,
            x: 0.0,
            y: 0.0
        };
        catalogue.models.len()
    ];
    for (c, members) in cells.iter().enumerate() {
        let (row, col) = (c / REACH.len(), c % REACH.len());
        let per_column = members.len().div_ceil(2).max(1);
        for (k, &m) in members.iter().enumerate() {
            let sub_col = if members.len() == 1 || k < per_column {
                0.06
            } else {
                0.54
            };
            let slot = k % per_column;
            let x = LEFT + cw * (col as f64 + sub_col);
            let top = (HEIGHT - BOTTOM) - rh * (row as f64 + 1.0);
            let y = top + rh * (slot as f64 + 0.5) / per_column as f64;
            nodes[m] = Node { model: m, x, y };
        }
    }
    nodes
}

/// Every declared relation, once.
pub fn edges(catalogue: &Catalogue) -> Vec<Edge> {
    catalogue
        .models
        .iter()
        .enumerate()
        .flat_map(|(i, m)| {
            m.related.iter().map(move |r| Edge {
                from: i,
                to: r.target,
                kind: r.kind,
            })
        })
        .collect()
}

/// Splits a label into lines of at most `width` characters, at spaces or slashes.
pub fn wrap_label(label: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in label.split_inclusive([' ', '/']) {
        if !current.is_empty() && current.chars().count() + word.trim_end().chars().count() > width
        {
            lines.push(current.trim_end().to_string());
            current.clear();
        }
        current.push_str(word);
    }
    if !current.trim().is_empty() {
        lines.push(current.trim_end().to_string());
    }
    lines
}
