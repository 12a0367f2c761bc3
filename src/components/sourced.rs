//! Statements with their sources: a claim's text followed by a small mark per source (a number for Rubick's posts,
//! a letter for other writers, "ours" for our own reading), and the list that explains the marks.

use std::rc::Rc;

use yew::prelude::*;

use crate::provenance::{self, Legend};
use crate::types::{CatalogueRef, Claim, SourceKind};

/// Props of [`Marks`].
#[derive(Properties, PartialEq)]
pub struct MarksProps {
    /// The catalogue that holds the sources.
    pub catalogue: CatalogueRef,
    /// The marks of the view this statement is in.
    pub legend: Rc<Legend>,
    /// Source indices.
    pub src: &'static [u8],
}

/// The source marks of one statement.
#[component]
pub fn Marks(props: &MarksProps) -> Html {
    let ours = provenance::is_ours(&props.catalogue, props.src);
    let text = props.legend.marks(&props.catalogue, props.src);
    html! { <sup class={classes!("cm-m", ours.then_some("cm-ours"))}>{ text }</sup> }
}

/// Props of [`Sourced`].
#[derive(Properties, PartialEq)]
pub struct SourcedProps {
    /// The catalogue that holds the sources.
    pub catalogue: CatalogueRef,
    /// The marks of the view.
    pub legend: Rc<Legend>,
    /// The statement.
    pub claim: Claim,
}

/// One statement and its source marks.
#[component]
pub fn Sourced(props: &SourcedProps) -> Html {
    html! { <>{ props.claim.text }<Marks catalogue={props.catalogue} legend={props.legend.clone()} src={props.claim.src} /></> }
}

/// Props of [`SourcedList`].
#[derive(Properties, PartialEq)]
pub struct SourcedListProps {
    /// The catalogue that holds the sources.
    pub catalogue: CatalogueRef,
    /// The marks of the view.
    pub legend: Rc<Legend>,
    /// The statements.
    pub claims: &'static [Claim],
    /// Run them together as one paragraph instead of a bulleted list.
    #[prop_or_default]
    pub inline: bool,
}

/// Several statements, as a list or as one paragraph, each with its marks.
#[component]
pub fn SourcedList(props: &SourcedListProps) -> Html {
    let cat = props.catalogue;
    let item =
        |c: &Claim| html! { <Sourced catalogue={cat} legend={props.legend.clone()} claim={*c} /> };
    if props.inline {
        let parts = props
            .claims
            .iter()
            .enumerate()
            .map(|(i, c)| html! { <>{ if i == 0 { "" } else { " " } }{ item(c) }</> });
        html! { <>{ for parts }</> }
    } else {
        html! { <ul>{ for props.claims.iter().map(|c| html! { <li>{ item(c) }</li> }) }</ul> }
    }
}

/// Props of [`SourceList`].
#[derive(Properties, PartialEq)]
pub struct SourceListProps {
    /// The catalogue that holds the sources.
    pub catalogue: CatalogueRef,
    /// The marks to explain.
    pub legend: Rc<Legend>,
    /// When set, only these sources are listed in print (the rest explain marks that print hides).
    #[prop_or_default]
    pub printed: Option<Rc<Vec<u8>>>,
}

/// What each mark stands for, with links to the sources.
#[component]
pub fn SourceList(props: &SourceListProps) -> Html {
    let cat = props.catalogue;
    let items = props.legend.sources().iter().map(|&s| {
        let source = cat.source(s);
        let text = provenance::describe(&cat, s);
        let label = props.legend.label(&cat, s);
        let ours = source.kind == SourceKind::Ours;
        let extra = props.printed.as_ref().is_some_and(|p| !p.contains(&s));
        html! {
            <li class={classes!(ours.then_some("cm-ours"), extra.then_some("cm-no-print"))}>
                <b class="cm-m">{ label }</b>{ " " }
                if source.url.is_empty() { { text } } else { <a href={source.url} rel="noopener" target="_blank">{ text }</a> }
            </li>
        }
    });
    html! { <ul class="cm-source-list">{ for items }</ul> }
}
