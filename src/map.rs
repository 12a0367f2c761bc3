//! Layout of the model map: each model placed by how far it reaches and how much structure it changes.

use crate::markup::Markup;
use crate::text;
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
    let mut out = Vec::new();
    for (i, m) in catalogue.models.iter().enumerate() {
        for r in m.related {
            out.push(Edge {
                from: i,
                to: r.target,
                kind: r.kind,
            });
        }
    }
    out
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

/// An SVG coordinate as a whole number (keeps float formatting code out of the wasm).
fn px(v: f64) -> String {
    text::int(v.round() as i64)
}

/// A `<text>` at `(x, y)` (`attrs` goes in its start tag) whose `lines` stand one below the other, `dy` apart.
fn text_lines(o: &mut String, attrs: &str, (x, y): (f64, f64), lines: &[String], dy: u8) {
    o.push_str("<text");
    o.push_str(attrs);
    o.push_str(" x=\"");
    o.push_str(&px(x));
    o.push_str("\" y=\"");
    o.push_str(&px(y));
    o.push_str("\">");
    for (k, line) in lines.iter().enumerate() {
        o.push_str("<tspan x=\"");
        o.push_str(&px(x));
        o.push_str("\" dy=\"");
        text::push_num(o, if k == 0 { 0 } else { usize::from(dy) });
        o.push_str("\">");
        escape(o, line);
        o.push_str("</tspan>");
    }
    o.push_str("</text>");
}

fn kind_class(kind: RelationKind) -> &'static str {
    match kind {
        RelationKind::VariationOf => "cm-edge-variation",
        RelationKind::AlternativeTo => "cm-edge-alternative",
        RelationKind::PairsWith => "cm-edge-pairs",
        RelationKind::EvolvesInto => "cm-edge-evolves",
    }
}

/// The whole map as SVG markup: axes, relation lines (`data-a`, `data-b`) and one link per model (`data-act="j3"`
/// to open its card, `data-i`, and `data-rel` listing the models it relates to), the models in `highlight` marked as the reader's top results.
/// Built once per catalogue and highlight; hovering or focusing a model only changes classes.
pub fn svg(catalogue: &Catalogue, highlight: &[usize]) -> Markup {
    let (cw, rh) = (column_width(), row_height());
    let nodes = layout(catalogue);
    let edges = edges(catalogue);
    let bottom = HEIGHT - BOTTOM;
    let mut o = String::with_capacity(16 * 1024);
    o.push_str("<svg viewBox=\"0 0 ");
    o.push_str(&px(WIDTH));
    o.push(' ');
    o.push_str(&px(HEIGHT));
    o.push_str("\" class=\"cm-map-svg\" role=\"group\" aria-label=\"Map of the ");
    o.push_str(&text::num(catalogue.models.len()));
    o.push_str(" coordination models by reach and by how much structure they change\"><g aria-hidden=\"true\">");
    let line =
        |o: &mut String, class: &str, extra: &str, (x1, y1, x2, y2): (f64, f64, f64, f64)| {
            o.push_str("<line class=\"");
            o.push_str(class);
            o.push('"');
            o.push_str(extra);
            for (k, v) in [("x1", x1), ("y1", y1), ("x2", x2), ("y2", y2)] {
                o.push(' ');
                o.push_str(k);
                o.push_str("=\"");
                o.push_str(&px(v));
                o.push('"');
            }
            o.push_str("/>");
        };
    for c in 0..=REACH.len() {
        let x = LEFT + cw * c as f64;
        line(&mut o, "cm-grid-line", "", (x, 0.0, x, bottom));
    }
    for r in 0..=CHANGE.len() {
        let y = bottom - rh * r as f64;
        line(&mut o, "cm-grid-line", "", (LEFT, y, WIDTH, y));
    }
    for (c, label) in REACH.iter().enumerate() {
        o.push_str("<text class=\"cm-axis-label\" x=\"");
        o.push_str(&px(LEFT + cw * (c as f64 + 0.5)));
        o.push_str("\" y=\"");
        o.push_str(&px(bottom + 22.0));
        o.push_str("\" text-anchor=\"middle\">");
        o.push_str(label);
        o.push_str("</text>");
    }
    // The vertical axis's labels in lines of at most 14 characters, centred on their row: on one line the longest
    // ran under the first column's models.
    for (r, label) in CHANGE.iter().enumerate() {
        let lines = wrap_label(label, 14);
        let first = bottom - rh * (r as f64 + 0.5) - 8.0 * (lines.len() as f64 - 1.0);
        text_lines(&mut o, " class=\"cm-axis-label\"", (8.0, first), &lines, 16);
    }
    for e in &edges {
        let (a, b) = (nodes[e.from], nodes[e.to]);
        let class = text::cat(&["cm-edge ", kind_class(e.kind)]);
        let data = text::cat(&[
            " data-a=\"",
            &text::num(e.from),
            "\" data-b=\"",
            &text::num(e.to),
            "\"",
        ]);
        line(&mut o, &class, &data, (a.x, a.y, b.x, b.y));
    }
    o.push_str("</g>");
    for n in &nodes {
        let i = n.model;
        let m = &catalogue.models[i];
        let rank = highlight.iter().position(|&h| h == i);
        let label = match rank {
            Some(r) => text::cat(&[m.name, " (your #", &text::num(r + 1), ")"]),
            None => m.name.to_string(),
        };
        let related: Vec<String> = edges
            .iter()
            .filter_map(|e| match (e.from == i, e.to == i) {
                (true, _) => Some(e.to),
                (_, true) => Some(e.from),
                _ => None,
            })
            .map(text::num)
            .collect();
        o.push_str("<a href=\"#open=");
        o.push_str(m.id);
        o.push_str("\" class=\"cm-node cm-cat-");
        o.push_str(m.category.id());
        if rank.is_some() {
            o.push_str(" cm-top");
        }
        o.push_str("\" data-act=\"j");
        o.push_str(&text::num(i));
        o.push_str("\" data-i=\"");
        o.push_str(&text::num(i));
        o.push_str("\" data-rel=\"");
        o.push_str(&text::join(&related, " "));
        o.push_str("\" aria-label=\"");
        escape(&mut o, &label);
        o.push_str(": open its card\"><circle cx=\"");
        o.push_str(&px(n.x));
        o.push_str("\" cy=\"");
        o.push_str(&px(n.y));
        o.push_str(if rank.is_some() {
            "\" r=\"9\"/>"
        } else {
            "\" r=\"6\"/>"
        });
        text_lines(
            &mut o,
            "",
            (n.x + 11.0, n.y + 4.0),
            &wrap_label(&label, 18),
            14,
        );
        o.push_str("</a>");
    }
    o.push_str("</svg>");
    Markup(o)
}

/// The map as a list, for readers who cannot see it: each model's place and relations.
pub fn text_alternative(catalogue: &Catalogue) -> Markup {
    let mut o = String::with_capacity(8 * 1024);
    o.push_str("<ul>");
    for (i, m) in catalogue.models.iter().enumerate() {
        o.push_str("<li><strong>");
        escape(&mut o, m.name);
        o.push_str("</strong>: ");
        o.push_str(&REACH[reach(m)].to_ascii_lowercase());
        o.push_str("; ");
        o.push_str(&CHANGE[change(m)].to_ascii_lowercase());
        o.push('.');
        let related = catalogue.relations(i);
        if !related.is_empty() {
            o.push_str(" Related: ");
            for (k, (label, t, _)) in related.iter().enumerate() {
                if k > 0 {
                    o.push_str("; ");
                }
                o.push_str(&label.to_ascii_lowercase());
                o.push(' ');
                escape(&mut o, catalogue.models[*t].name);
            }
            o.push('.');
        }
        o.push_str("</li>");
    }
    o.push_str("</ul>");
    Markup(o)
}

/// Appends `text` with the characters that markup gives a meaning escaped.
fn escape(out: &mut String, text: &str) {
    let mut m = crate::markup::Markup(std::mem::take(out));
    m.text(text);
    *out = m.0;
}
