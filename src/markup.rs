//! Static markup built as plain strings: a card's details and sourced statements are the same on every render, so
//! they are written once as HTML (text escaped) instead of as trees of Yew nodes, which keeps the wasm small.
//! Links to another card carry `data-jump="index"`; the card handles their clicks with one listener.

use crate::data::RUBICK_URL;
use crate::provenance::{self, Legend};
use crate::types::{Catalogue, Claim, SourceKind};

/// Appends `text` with `&`, `<`, `>` and `"` escaped.
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

/// `text`, escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

/// Appends the source mark of a statement: `<sup class="cm-m">1,a</sup>`.
pub fn marks_into(out: &mut String, catalogue: &Catalogue, legend: &Legend, src: &[u8]) {
    out.push_str(if provenance::is_ours(catalogue, src) {
        "<sup class=\"cm-m cm-ours\">"
    } else {
        "<sup class=\"cm-m\">"
    });
    out.push_str(&legend.marks(catalogue, src));
    out.push_str("</sup>");
}

/// Appends one statement and its mark.
pub fn claim_into(out: &mut String, catalogue: &Catalogue, legend: &Legend, claim: &Claim) {
    escape_into(out, claim.text);
    marks_into(out, catalogue, legend, claim.src);
}

/// Appends statements run together as one paragraph's content.
pub fn inline_into(out: &mut String, catalogue: &Catalogue, legend: &Legend, claims: &[Claim]) {
    for (i, c) in claims.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        claim_into(out, catalogue, legend, c);
    }
}

/// Appends statements as a bulleted list.
pub fn list_into(out: &mut String, catalogue: &Catalogue, legend: &Legend, claims: &[Claim]) {
    out.push_str("<ul>");
    for c in claims {
        out.push_str("<li>");
        claim_into(out, catalogue, legend, c);
        out.push_str("</li>");
    }
    out.push_str("</ul>");
}

/// Appends an external link that opens in a new tab.
fn link_into(out: &mut String, url: &str, text: &str) {
    out.push_str("<a href=\"");
    escape_into(out, url);
    out.push_str("\" rel=\"noopener\" target=\"_blank\">");
    escape_into(out, text);
    out.push_str("</a>");
}

/// Appends the list that says what each mark of `legend` stands for.
pub fn source_list_into(out: &mut String, catalogue: &Catalogue, legend: &Legend) {
    out.push_str("<ul class=\"cm-source-list\">");
    for &s in legend.sources() {
        let source = catalogue.source(s);
        out.push_str(if source.kind == SourceKind::Ours {
            "<li class=\"cm-ours\"><b class=\"cm-m\">"
        } else {
            "<li><b class=\"cm-m\">"
        });
        out.push_str(&legend.label(catalogue, s));
        out.push_str("</b> ");
        let text = provenance::describe(catalogue, s);
        if source.url.is_empty() {
            escape_into(out, &text);
        } else {
            link_into(out, source.url, &text);
        }
        out.push_str("</li>");
    }
    out.push_str("</ul>");
}

/// The full details of model `index`'s card: what it is, when to use it and not, the facts, how to start, related
/// models and the sources behind every statement.
pub fn card_details(catalogue: &Catalogue, index: usize, legend: &Legend) -> String {
    let m = &catalogue.models[index];
    let mut o = String::with_capacity(4096);
    let section = |o: &mut String, title: &str| {
        o.push_str("<h4>");
        o.push_str(title);
        o.push_str("</h4>");
    };
    o.push_str("<p>");
    inline_into(&mut o, catalogue, legend, m.what);
    o.push_str("</p>");
    if let Some(note) = &m.note {
        o.push_str("<p class=\"cm-note\"><strong>About the name: </strong>");
        claim_into(&mut o, catalogue, legend, note);
        o.push_str("</p>");
    }
    o.push_str("<div class=\"cm-columns\"><section>");
    section(&mut o, "When to use it");
    list_into(&mut o, catalogue, legend, m.when_to_use);
    o.push_str("</section><section>");
    section(&mut o, "When not to, and how it fails");
    list_into(&mut o, catalogue, legend, m.when_not);
    o.push_str("</section></div><dl class=\"cm-facts\">");
    let term = |o: &mut String, label: &str| {
        o.push_str("<dt>");
        o.push_str(label);
        o.push_str("</dt><dd>");
    };
    term(&mut o, "What it costs");
    inline_into(&mut o, catalogue, legend, m.cost);
    o.push_str("</dd>");
    term(&mut o, "Optimizes for");
    claim_into(&mut o, catalogue, legend, &m.optimizes_for);
    o.push_str("</dd>");
    term(&mut o, "Watch out");
    inline_into(&mut o, catalogue, legend, m.watch_out);
    o.push_str("</dd>");
    let scope: Vec<&str> = m.scope.iter().map(|s| s.label()).collect();
    let facets = [
        ("Scope", scope.join(", or ")),
        ("Duration", m.duration.label().to_string()),
        (
            "Reporting lines",
            if m.needs_reorg {
                "Needs a reorg"
            } else {
                "No reorg needed"
            }
            .to_string(),
        ),
        (
            "Dependency",
            if m.hard_dependency {
                "Creates a hard dependency between teams"
            } else {
                "No hard dependency"
            }
            .to_string(),
        ),
    ];
    for ((label, value), src) in facets.iter().zip(&m.facet_src) {
        term(&mut o, label);
        escape_into(&mut o, value);
        marks_into(&mut o, catalogue, legend, std::slice::from_ref(src));
        o.push_str("</dd>");
    }
    o.push_str("</dl><section>");
    section(&mut o, "How to start");
    list_into(&mut o, catalogue, legend, m.how_to_start);
    o.push_str("</section><section>");
    section(&mut o, "Related models");
    let related = catalogue.relations(index);
    if related.is_empty() {
        o.push_str(
            "<p class=\"cm-muted\">Rubick\u{2019}s posts name no related model for this one.</p>",
        );
    } else {
        o.push_str("<ul class=\"cm-related\">");
        for (label, target, relation) in related {
            let other = &catalogue.models[target];
            o.push_str("<li><span class=\"cm-rel-kind\">");
            o.push_str(label);
            o.push_str(": </span><a href=\"#open=");
            o.push_str(other.id);
            o.push_str("\" data-jump=\"");
            o.push_str(&target.to_string());
            o.push_str("\">");
            escape_into(&mut o, other.name);
            o.push_str("</a>");
            if let Some(note) = relation.note {
                o.push_str(" (");
                escape_into(&mut o, note);
                o.push(')');
            }
            marks_into(&mut o, catalogue, legend, relation.src);
            o.push_str("</li>");
        }
        o.push_str("</ul>");
    }
    o.push_str("</section><section class=\"cm-sources\">");
    section(&mut o, "Sources");
    let (his, all) = provenance::rubick_share(catalogue, m);
    o.push_str("<p class=\"cm-muted\">");
    o.push_str(&his.to_string());
    o.push_str(" of ");
    o.push_str(&all.to_string());
    o.push_str(" statements here rest on Rubick\u{2019}s posts.</p>");
    source_list_into(&mut o, catalogue, legend);
    o.push_str("<p>");
    match m.post {
        Some(p) => {
            o.push_str("Rubick\u{2019}s post on this model: ");
            link_into(&mut o, catalogue.source(p).url, catalogue.source(p).title);
            o.push('.');
        }
        None => {
            o.push_str("Rubick has not published a post on this model; his ");
            link_into(&mut o, RUBICK_URL, "catalogue page");
            o.push_str(" gives its one-line definition.");
        }
    }
    o.push_str("</p>");
    if let Some(d) = m.draft {
        o.push_str("<p>Rubick\u{2019}s early draft: ");
        link_into(&mut o, catalogue.source(d).url, catalogue.source(d).title);
        o.push_str(" (unread: nothing here rests on it).</p>");
    }
    o.push_str("</section>");
    o
}
