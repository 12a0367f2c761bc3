//! HTML written as text for the parts of a view that hold no form field: a fraction of the wasm that `html!` needs
//! for the same elements. Buttons in it carry a `data-act` that the view's one click handler reads. Every piece of
//! text goes through [`Markup::text`], which escapes it, so reader input (names, notes from a link) stays text.

use crate::text;
use yew::{AttrValue, Html};

/// Markup being written.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Markup(pub String);

impl Markup {
    /// Appends markup written in the code: only a `&'static str` (tags and attributes), so reader text, which is
    /// never static, cannot reach it; it goes through [`Markup::text`].
    pub fn raw(&mut self, s: &'static str) -> &mut Self {
        self.0.push_str(s);
        self
    }

    /// Appends markup written by another writer of this crate that escapes its reader text (the map, say).
    pub fn push(&mut self, other: &Markup) -> &mut Self {
        self.0.push_str(&other.0);
        self
    }

    /// Appends text, escaped for element content and for attribute values (which are always written in double
    /// quotes, so a single quote needs no escape).
    pub fn text(&mut self, s: &str) -> &mut Self {
        for c in s.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                c => self.0.push(c),
            }
        }
        self
    }

    /// Appends a number.
    pub fn num(&mut self, n: usize) -> &mut Self {
        text::push_num(&mut self.0, n);
        self
    }

    /// Appends a number with its sign, as `{:+}` writes it ("+3", "+0", "-2").
    pub fn signed(&mut self, n: i32) -> &mut Self {
        text::push_signed(&mut self.0, n.into());
        self
    }

    /// Appends an element holding escaped text: `open` is the start tag's inside (`li`, `p class="x"`).
    pub fn el(&mut self, open: &'static str, text: &str) -> &mut Self {
        let tag = open.split(' ').next().unwrap_or(open);
        self.raw("<")
            .raw(open)
            .raw(">")
            .text(text)
            .raw("</")
            .raw(tag)
            .raw(">")
    }

    /// A list item per line, inside `<ul>`.
    pub fn list(&mut self, open: &'static str, lines: &[String]) -> &mut Self {
        self.raw("<").raw(open).raw(">");
        for l in lines {
            self.el("li", l);
        }
        let tag = open.split(' ').next().unwrap_or(open);
        self.raw("</").raw(tag).raw(">")
    }

    /// The markup as a node for `html!`. Yew replaces it whole when the text changes, so it must hold no field
    /// that the reader is typing in.
    pub fn html(self) -> Html {
        Html::from_html_unchecked(AttrValue::from(self.0))
    }
}
