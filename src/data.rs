//! The bundled catalogue, compiled from `data/catalogue.toml` by `build.rs` and decoded at first use.

use std::sync::LazyLock;

use crate::types::{
    Answer, Catalogue, Category, Claim, Condition, Duration, Effect, Model, Preference, Question,
    Relation, RelationKind, Scope, Sign, Source, SourceKind,
};

include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

/// The catalogue shipped with the app, decoded from `TEXT` and `DATA` on first use (the format is described in
/// the catalogue compiler's `codegen` module).
pub static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(|| {
    let mut r = Reader { pos: 0, text: 0 };
    Catalogue {
        sources: r.list(Reader::source),
        models: r.list(Reader::model),
        questions: r.list(Reader::question),
        preferences: r.list(Reader::preference),
        signs: r.list(Reader::sign),
    }
});

/// Rubick's catalogue post, credited in the header and the footer.
pub const RUBICK_URL: &str = "https://www.rubick.com/coordination-models/";

/// A cursor in `DATA`, and where the next new string starts in `TEXT`.
struct Reader {
    pos: usize,
    text: usize,
}

impl Reader {
    fn byte(&mut self) -> u8 {
        self.pos += 1;
        DATA[self.pos - 1]
    }

    fn flag(&mut self) -> bool {
        self.byte() != 0
    }

    fn index(&mut self) -> usize {
        usize::from(self.byte())
    }

    fn num(&mut self) -> usize {
        let (mut n, mut shift) = (0, 0);
        loop {
            let b = self.byte();
            n |= usize::from(b & 0x7f) << shift;
            if b < 0x80 {
                return n;
            }
            shift += 7;
        }
    }

    fn str(&mut self) -> &'static str {
        let n = self.num();
        if n == 0 {
            // A new string: up to the separator (U+001F) that ends it.
            let start = self.text;
            while TEXT.as_bytes()[self.text] != 0x1f {
                self.text += 1;
            }
            self.text += 1;
            &TEXT[start..self.text - 1]
        } else {
            let start = self.num();
            &TEXT[start..start + n - 1]
        }
    }

    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> T) -> &'static [T] {
        let n = self.num();
        (0..n).map(|_| item(self)).collect::<Vec<T>>().leak()
    }

    fn src(&mut self) -> &'static [u8] {
        let n = self.num();
        self.pos += n;
        &DATA[self.pos - n..self.pos]
    }

    fn opt_source(&mut self) -> Option<u8> {
        Some(self.byte()).filter(|&b| b != 255)
    }

    fn claim(&mut self) -> Claim {
        Claim {
            text: self.str(),
            src: self.src(),
        }
    }

    fn claims(&mut self) -> &'static [Claim] {
        self.list(Self::claim)
    }

    fn source(&mut self) -> Source {
        Source {
            id: self.str(),
            kind: [
                SourceKind::Rubick,
                SourceKind::Draft,
                SourceKind::Other,
                SourceKind::Ours,
            ][self.index()],
            author: self.str(),
            short: self.str(),
            title: self.str(),
            url: self.str(),
        }
    }

    fn model(&mut self) -> Model {
        Model {
            id: self.str(),
            name: self.str(),
            category: Category::ALL[self.index()],
            post: self.opt_source(),
            draft: self.opt_source(),
            summary: self.claim(),
            what: self.claims(),
            when_to_use: self.claims(),
            when_not: self.claims(),
            cost: self.claims(),
            optimizes_for: self.claim(),
            watch_out: self.claims(),
            how_to_start: self.claims(),
            note: self.flag().then(|| self.claim()),
            scope: self.list(|r| [Scope::Team, Scope::CrossTeam, Scope::OrgWide][r.index()]),
            duration: [Duration::Temporary, Duration::LongLived][self.index()],
            needs_reorg: self.flag(),
            hard_dependency: self.flag(),
            facet_src: [self.byte(), self.byte(), self.byte(), self.byte()],
            related: self.list(|r| Relation {
                target: r.num(),
                kind: [
                    RelationKind::VariationOf,
                    RelationKind::AlternativeTo,
                    RelationKind::PairsWith,
                    RelationKind::EvolvesInto,
                ][r.index()],
                src: r.src(),
                note: r.flag().then(|| r.str()),
            }),
        }
    }

    fn question(&mut self) -> Question {
        Question {
            id: self.str(),
            prompt: self.str(),
            help: self.str(),
            max_choices: self.byte(),
            generic: self.flag(),
            only_if: self.list(|r| (r.num(), r.num())),
            answers: self.list(|r| Answer {
                id: r.str(),
                label: r.str(),
                unsure: r.flag(),
                effects: r.list(|r| Effect {
                    model: r.num(),
                    delta: r.byte() as i8,
                    reason: r.str(),
                    src: r.src(),
                }),
            }),
        }
    }

    fn conditions(&mut self) -> &'static [Condition] {
        self.list(|r| Condition {
            question: r.num(),
            answers: r.list(Self::num),
        })
    }

    fn preference(&mut self) -> Preference {
        Preference {
            when: self.conditions(),
            unless: self.conditions(),
            unless_why: self.str(),
            stated: self.flag(),
            prefer: self.num(),
            over: self.num(),
            why: self.str(),
            src: self.src(),
        }
    }

    fn sign(&mut self) -> Sign {
        Sign {
            model: self.num(),
            warning: self.flag(),
            ask: self.str(),
            means: self.claim(),
            tune: self.flag().then(|| self.claim()),
            moves: self.flag().then(|| (self.num(), self.claim())),
        }
    }
}
