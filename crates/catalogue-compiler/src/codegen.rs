//! Renders a validated catalogue as two Rust statics: `TEXT` (all text in one string) and `DATA` (the structure
//! as a compact byte stream), which the app's `data` module decodes into its `crate::types` once, at first use.
//!
//! Tables of structs with `&'static str` fields (a pointer and a length each) compress badly in the wasm; this
//! stream of small numbers takes several KB off the gzipped wasm, more than its decoder adds.
//!
//! The stream, in the order the decoder reads it (`num` is an unsigned LEB128 number, `byte` one byte):
//! - a string: `num` n; 0: the next new string of `TEXT`, up to its [`END`] (a length would cost more than the
//!   separator); else a `num` start follows, and the string is `TEXT[start..start + n - 1]` (text seen before);
//! - a list: `num` count, then the items; source indices (`src`, `facet_src`): bytes;
//! - an option: a byte 0 (none) or 1 then the value; `post` and `draft`: a byte, 255 for none;
//! - enums: their index in the schema's name list, as a byte; booleans: a byte 0 or 1; `delta`: an i8 as a byte.

use crate::schema::{Catalogue, Claim, Condition};

/// Ends each new string in `TEXT` (a character that catalogue text never contains).
pub const END: char = '\u{1f}';

/// The byte stream and the text it slices, built in the decoder's reading order.
#[derive(Default)]
struct Out {
    data: Vec<u8>,
    text: String,
}

impl Out {
    fn byte(&mut self, b: usize) {
        self.data
            .push(u8::try_from(b).expect("catalogue byte field out of range"));
    }

    fn flag(&mut self, b: bool) {
        self.data.push(u8::from(b));
    }

    fn num(&mut self, mut n: usize) {
        loop {
            let low = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.data.push(low);
                return;
            }
            self.data.push(low | 0x80);
        }
    }

    /// A string: new text is appended to `TEXT` with an [`END`] after it; text that occurred before (anywhere) is
    /// referenced by its length and start.
    fn str(&mut self, s: &str) {
        assert!(
            !s.contains(END),
            "catalogue text contains the separator {END:?}"
        );
        match self.text.find(s) {
            Some(start) => {
                self.num(s.len() + 1);
                self.num(start);
            }
            None => {
                self.num(0);
                self.text.push_str(s);
                self.text.push(END);
            }
        }
    }

    fn src(&mut self, v: &[usize]) {
        self.num(v.len());
        for &i in v {
            assert!(i < 255, "source index {i} does not fit a byte");
            self.byte(i);
        }
    }

    fn nums(&mut self, v: &[usize]) {
        self.num(v.len());
        for &i in v {
            self.num(i);
        }
    }

    fn opt_source(&mut self, v: Option<usize>) {
        self.byte(v.map_or(255, |i| {
            assert!(i < 255, "source index {i} does not fit a byte");
            i
        }));
    }

    fn claim(&mut self, c: &Claim) {
        self.str(&c.text);
        self.src(&c.src);
    }

    fn claims(&mut self, v: &[Claim]) {
        self.num(v.len());
        for c in v {
            self.claim(c);
        }
    }

    fn conditions(&mut self, v: &[Condition]) {
        self.num(v.len());
        for c in v {
            self.num(c.question);
            self.nums(&c.answers);
        }
    }
}

/// Renders the catalogue as the `TEXT` and `DATA` statics that the app's `data` module decodes.
pub fn to_rust(c: &Catalogue) -> String {
    let mut o = Out::default();
    o.num(c.sources.len());
    for s in &c.sources {
        o.str(&s.id);
        o.byte(s.kind as usize);
        o.str(&s.author);
        o.str(&s.short);
        o.str(&s.title);
        o.str(&s.url);
    }
    o.num(c.models.len());
    for m in &c.models {
        o.str(&m.id);
        o.str(&m.name);
        o.byte(m.category);
        o.opt_source(m.post);
        o.opt_source(m.draft);
        o.claim(&m.summary);
        o.claims(&m.what);
        o.claims(&m.when_to_use);
        o.claims(&m.when_not);
        o.claims(&m.cost);
        o.claim(&m.optimizes_for);
        o.claims(&m.watch_out);
        o.claims(&m.how_to_start);
        o.flag(m.note.is_some());
        if let Some(n) = &m.note {
            o.claim(n);
        }
        o.num(m.scope.len());
        for &s in &m.scope {
            o.byte(s);
        }
        o.byte(m.duration);
        o.flag(m.needs_reorg);
        o.flag(m.hard_dependency);
        for &s in &m.facet_src {
            o.byte(s);
        }
        o.num(m.related.len());
        for r in &m.related {
            o.num(r.target);
            o.byte(r.kind);
            o.src(&r.src);
            o.flag(r.note.is_some());
            if let Some(n) = &r.note {
                o.str(n);
            }
        }
    }
    o.num(c.questions.len());
    for q in &c.questions {
        o.str(&q.id);
        o.str(&q.prompt);
        o.str(&q.help);
        o.byte(q.max_choices);
        o.flag(q.generic);
        o.num(q.only_if.len());
        for &(a, b) in &q.only_if {
            o.num(a);
            o.num(b);
        }
        o.num(q.answers.len());
        for a in &q.answers {
            o.str(&a.id);
            o.str(&a.label);
            o.flag(a.unsure);
            o.num(a.effects.len());
            for e in &a.effects {
                o.num(e.model);
                o.data.push(e.delta as u8);
                o.str(&e.reason);
                o.src(&e.src);
            }
        }
    }
    o.num(c.preferences.len());
    for p in &c.preferences {
        o.conditions(&p.when);
        o.conditions(&p.unless);
        o.str(p.unless_why.as_deref().unwrap_or_default());
        o.flag(p.stated);
        o.num(p.prefer);
        o.num(p.over);
        o.str(&p.why);
        o.src(&p.src);
    }
    // The check-ups' signs (their ids only name them in the data file and its tests: links use positions).
    o.num(c.signs.len());
    for s in &c.signs {
        o.num(s.model);
        o.flag(s.warning);
        o.str(&s.ask);
        o.claim(&s.means);
        o.flag(s.tune.is_some());
        if let Some(t) = &s.tune {
            o.claim(t);
        }
        o.flag(s.moves.is_some());
        if let Some(m) = &s.moves {
            o.num(m.to);
            o.claim(&m.claim);
        }
    }
    let bytes = o
        .data
        .iter()
        .map(u8::to_string)
        .collect::<Vec<_>>()
        .join(",");
    format!(
        "// @generated by catalogue-compiler from data/catalogue.toml; do not edit.\n\
         /// All of the catalogue's text, sliced by `DATA`.\n\
         static TEXT: &str = {:?};\n\n\
         /// The catalogue's structure, a stream of small numbers (see the compiler's `codegen` module).\n\
         static DATA: &[u8] = &[{bytes}];\n",
        o.text
    )
}
