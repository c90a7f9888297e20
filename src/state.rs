//! App state: the embedded data, the explorer built over it, what the URL asks
//! for, and the notices to show.

use crate::shared::Shared;
use claimscope_bundle::Bundle;
use claimscope_explore::{Explorer, Facet, Lookup};
use claimscope_url_state::{Notice, UrlState, View};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone)]
pub struct AppState {
    pub data: Shared<Bundle>,
    pub explorer: Shared<Explorer>,
    pub lookup: Shared<Lookup>,
    pub url: UrlState,
    /// Why parts of the current URL were ignored.
    pub notices: Vec<Notice>,
}

impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        self.data == other.data && self.url == other.url && self.notices == other.notices
    }
}

pub enum Action {
    /// The location changed (a link was followed, typing, or back / forward): re-read it.
    Location(String),
}

/// What the reader opens: an article, and the quote or claim to show in context.
pub struct ReaderTarget {
    pub article: usize,
    pub focus: Option<String>,
}

impl AppState {
    pub fn new(data: Shared<Bundle>, query: &str) -> Self {
        let explorer = Shared::new(Explorer::new(&data.catalog));
        let lookup = Shared::new(Lookup::new(&data.catalog));
        let mut state = AppState {
            data,
            explorer,
            lookup,
            url: UrlState::default(),
            notices: Vec::new(),
        };
        state.apply_query(query);
        state
    }

    /// The article and focus for the reader's `item`: an article id, or the id
    /// of a quote or claim (opened in its article).
    pub fn reader_target(&self, item: &str) -> Option<ReaderTarget> {
        let catalog = &self.data.catalog;
        let lookup = &self.lookup;
        if let Some(article) = lookup.article(item) {
            return Some(ReaderTarget {
                article,
                focus: None,
            });
        }
        let owner = lookup
            .quote(item)
            .map(|i| &catalog.quotes[i].article)
            .or_else(|| lookup.claim(item).map(|i| &catalog.claims[i].article))?;
        Some(ReaderTarget {
            article: lookup.article(owner)?,
            focus: Some(item.to_string()),
        })
    }

    fn apply_query(&mut self, query: &str) {
        let (mut url, mut notices) = UrlState::parse(query);
        // The URL crate does not know the corpus; ids it cannot find are caught here.
        for facet in Facet::ALL {
            let Some(values) = url.selection.values.get_mut(&facet) else {
                continue;
            };
            let unknown: Vec<String> = values
                .iter()
                .filter(|v| !self.explorer.knows(facet, v))
                .cloned()
                .collect();
            for value in unknown {
                values.remove(&value);
                notices.push(Notice {
                    param: facet.param().into(),
                    message: format!(
                        "no {} \u{201c}{value}\u{201d} in these articles; ignored",
                        facet.label().to_lowercase()
                    ),
                });
            }
            if values.is_empty() {
                url.selection.values.remove(&facet);
            }
        }
        let missing = match (url.view, url.item.as_deref()) {
            (View::Reader, Some(id)) => self
                .reader_target(id)
                .is_none()
                .then(|| (id.to_string(), "article, quote or claim", View::Articles)),
            (View::Source, Some(id)) => (!self.explorer.knows(Facet::Source, id))
                .then(|| (id.to_string(), "source", View::Sources)),
            _ => None,
        };
        if let Some((id, what, fallback)) = missing {
            notices.push(Notice {
                param: "item".into(),
                message: format!(
                    "no {what} has the id \u{201c}{id}\u{201d}; showing the {} list",
                    fallback.name()
                ),
            });
            url.view = fallback;
            url.item = None;
        }
        self.url = url;
        self.notices = notices;
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Location(query) => {
                let mut next = (*self).clone();
                next.apply_query(&query);
                Rc::new(next)
            }
        }
    }
}
