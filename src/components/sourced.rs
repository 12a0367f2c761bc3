//! Statements with their sources: a claim's text followed by a small mark per source (a number for Rubick's posts,
//! a letter for other writers, "ours" for our own reading), and the list that explains the marks. Written as text
//! (see [`Markup`]): one code path for the cards, the results, the comparison table and the decision record.

use crate::markup::Markup;
use crate::provenance::{self, Legend};
use crate::types::{Catalogue, Claim, SourceKind};
use crate::{report, wizard};

/// The marks of one statement: `<sup>1,a</sup>` (with the class `cm-ours` for our own reading). A `<sup>` in the
/// widget is always a source mark, so it needs no class of its own (each class cost the page bytes: 739 marks).
pub fn marks_markup(m: &mut Markup, catalogue: &Catalogue, legend: &Legend, src: &[u8]) {
    m.raw(if provenance::is_ours(catalogue, src) {
        "<sup class=\"cm-ours\">"
    } else {
        "<sup>"
    })
    .text(&legend.marks(catalogue, src))
    .raw("</sup>");
}

/// Statements each followed by its marks, run together as one paragraph (`inline`) or as a list.
pub fn claims_markup(
    m: &mut Markup,
    catalogue: &Catalogue,
    legend: &Legend,
    claims: &[Claim],
    inline: bool,
) {
    if !inline {
        m.raw("<ul>");
    }
    for (i, c) in claims.iter().enumerate() {
        m.raw(if inline {
            if i == 0 { "" } else { " " }
        } else {
            "<li>"
        })
        .text(c.text);
        marks_markup(m, catalogue, legend, c.src);
        if !inline {
            m.raw("</li>");
        }
    }
    if !inline {
        m.raw("</ul>");
    }
}

/// What each mark of a view stands for, with links to the sources, under a "Sources" heading. With `printed`, the
/// sources outside it are left out of print (they explain marks that print hides).
pub fn sources_markup(
    m: &mut Markup,
    catalogue: &Catalogue,
    legend: &Legend,
    printed: Option<&[u8]>,
) {
    m.raw("<section class=\"cm-sources\"><h3>Sources</h3>")
        .el("p class=\"cm-muted\"", provenance::MARKS_EXPLAINED);
    source_items(m, catalogue, legend, printed);
    m.raw("</section>");
}

/// What each mark of a view stands for, with links to the sources (the list only; see [`sources_markup`]).
pub fn source_items(
    m: &mut Markup,
    catalogue: &Catalogue,
    legend: &Legend,
    printed: Option<&[u8]>,
) {
    m.raw("<ul class=\"cm-source-list\">");
    for &s in legend.sources() {
        let source = catalogue.source(s);
        let ours = source.kind == SourceKind::Ours;
        let extra = printed.is_some_and(|p| !p.contains(&s));
        m.raw(match (ours, extra) {
            (true, _) => "<li class=\"cm-ours\"><b>",
            (false, true) => "<li class=\"cm-no-print\"><b>",
            (false, false) => "<li><b>",
        })
        .text(&legend.label(catalogue, s))
        .raw("</b> ");
        let text = provenance::describe(catalogue, s);
        if source.url.is_empty() {
            m.text(&text);
        } else {
            m.raw("<a href=\"")
                .text(source.url)
                .raw("\" rel=\"noopener\" target=\"_blank\">")
                .text(&text)
                .raw("</a>");
        }
        m.raw("</li>");
    }
    m.raw("</ul>");
}

/// Orders between two models, each worded as Rubick's or as our reading, with its marks.
pub fn orders_markup(
    m: &mut Markup,
    c: &Catalogue,
    legend: &Legend,
    notes: &[wizard::OrderNote<'_>],
) {
    if notes.is_empty() {
        return;
    }
    m.raw("<ul class=\"cm-prefers\">");
    for n in notes {
        // An order set aside explains the screen's ranking; print keeps to the orders applied (one page).
        m.raw(if n.applied {
            "<li>"
        } else {
            "<li class=\"cm-screen-only\">"
        })
        .text(&report::order_sentence(c, n));
        marks_markup(m, c, legend, n.preference.src);
        m.raw("</li>");
    }
    m.raw("</ul>");
}
