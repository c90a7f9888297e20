//! App state: the data (the embedded metadata, and the article texts that
//! have arrived), the explorer built over it, what the URL asks for, and the
//! notices to show.

use crate::shared::Shared;
use claimscope_bundle::{Bundle, Meta};
use claimscope_corpus::id::article_of_item;
use claimscope_explore::{Explorer, Facet, ItemKind, Lookup, Results};
use claimscope_url_state::{Notice, UrlState, View};
use std::rc::Rc;
use yew::Reducible;

/// Results of a list a view shows before "show more"; its first page. Three
/// screens or so: enough to scan, few enough that a keystroke re-renders them
/// quickly. (100 → 50 took the seeds' keystroke p95 from 28.5 to 21.3 ms; 50 →
/// 25, measured keystroke against keystroke in one browser over BBC, took a
/// first letter's mean from 18.8 to 17.0 ms, BENCHMARKS.md.)
/// (The bundle embeds the texts of exactly this first page.)
pub const PAGE: usize = claimscope_bundle::FIRST_PAGE_ITEMS;

#[derive(Clone)]
pub struct AppState {
    pub meta: Shared<Meta>,
    /// The bundle with the texts that are here so far ([`Bundle::is_loaded`]).
    pub data: Shared<Bundle>,
    /// Built once from the metadata; takes in the texts when they are all here.
    pub explorer: Shared<Explorer>,
    pub lookup: Shared<Lookup>,
    /// The address as given, read again when texts arrive (an item's id can
    /// only be checked once its article's text is here).
    query: String,
    pub url: UrlState,
    /// Why parts of the current URL were ignored, and texts that failed to load.
    pub notices: Vec<Notice>,
    /// Why some texts could not be loaded, if they could not.
    pub texts_failed: Option<String>,
}

impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        self.data == other.data
            && self.url == other.url
            && self.notices == other.notices
            && self.texts_failed == other.texts_failed
    }
}

pub enum Action {
    /// The location changed (a link was followed, typing, or back / forward): re-read it.
    Location(String),
    /// More article texts arrived: the bundle with them.
    Texts(Shared<Bundle>),
    /// A text file could not be loaded: why.
    TextsFailed(String),
}

/// What the reader opens: an article, and the quote or claim to show in context.
pub struct ReaderTarget {
    pub article: usize,
    pub focus: Option<String>,
}

/// The article texts a view needs before it can be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Need {
    Articles(Vec<usize>),
    /// Every text: a search or an export.
    Everything,
}

impl AppState {
    pub fn new(meta: Shared<Meta>, data: Shared<Bundle>, query: &str) -> Self {
        let explorer = Shared::new(Explorer::without_texts(
            &data.catalog,
            |q| data.quote_has_number(q),
            |c| data.claim_has_number(c),
        ));
        if data.is_complete() {
            explorer.attach_texts(&data.catalog);
        }
        let lookup = Shared::new(Lookup::new(&data.catalog));
        let mut state = AppState {
            meta,
            data,
            explorer,
            lookup,
            query: String::new(),
            url: UrlState::default(),
            notices: Vec::new(),
            texts_failed: None,
        };
        state.apply_query(query);
        state
    }

    /// The texts the current view needs, given the results of its list.
    pub fn need(&self, results: Option<&Results>) -> Need {
        let lookup = &self.lookup;
        let catalog = &self.data.catalog;
        let articles_of = |ids: &mut dyn Iterator<Item = &String>| {
            let mut found: Vec<usize> = ids.filter_map(|a| lookup.article(a)).collect();
            found.sort_unstable();
            found.dedup();
            Need::Articles(found)
        };
        match (self.url.view, self.url.item.as_deref()) {
            (View::Reader, Some(item)) => {
                Need::Articles(self.article_of(item).into_iter().collect())
            }
            (View::Source, Some(id)) => articles_of(
                &mut lookup
                    .quotes_of(id)
                    .iter()
                    .map(|&i| &catalog.quotes[i].article)
                    .chain(
                        lookup
                            .claims_of(id)
                            .iter()
                            .map(|&i| &catalog.claims[i].article),
                    ),
            ),
            (View::Quotes | View::Claims, _) => match results {
                Some(r) if r.pending => Need::Everything,
                Some(r) => {
                    let quotes = self.url.view == View::Quotes;
                    articles_of(&mut r.items.iter().take(PAGE).map(|&i| {
                        if quotes {
                            &catalog.quotes[i].article
                        } else {
                            &catalog.claims[i].article
                        }
                    }))
                }
                None => Need::Articles(Vec::new()),
            },
            _ => Need::Articles(Vec::new()),
        }
    }

    /// Whether every text `need` asks for is here.
    pub fn has(&self, need: &Need) -> bool {
        match need {
            Need::Everything => self.data.is_complete(),
            Need::Articles(list) => list.iter().all(|&a| self.data.is_loaded(a)),
        }
    }

    /// The article an item id (an article's, a quote's or a claim's) is in.
    fn article_of(&self, item: &str) -> Option<usize> {
        self.lookup
            .article(item)
            .or_else(|| article_of_item(item).and_then(|a| self.lookup.article(a)))
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
            .quote(catalog, item)
            .map(|i| &catalog.quotes[i].article)
            .or_else(|| {
                lookup
                    .claim(catalog, item)
                    .map(|i| &catalog.claims[i].article)
            })?;
        Some(ReaderTarget {
            article: lookup.article(owner)?,
            focus: Some(item.to_string()),
        })
    }

    fn apply_query(&mut self, query: &str) {
        self.query = query.to_string();
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
            // A quote or claim whose article's text has not arrived is not
            // missing: its id is known once it has.
            (View::Reader, Some(id)) => (self.reader_target(id).is_none()
                && self.article_of(id).is_none_or(|a| self.data.is_loaded(a)))
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
        if let Some(why) = &self.texts_failed {
            notices.push(Notice {
                param: "texts".into(),
                message: format!(
                    "the article texts could not be loaded ({why}); lists and facets still work, reading, search and export need them"
                ),
            });
        }
        self.url = url;
        self.notices = notices;
    }

    /// The list `view` shows, if it shows one.
    pub fn list_kind(view: View) -> Option<ItemKind> {
        match view {
            View::Quotes => Some(ItemKind::Quote),
            View::Claims => Some(ItemKind::Claim),
            View::Sources => Some(ItemKind::Source),
            View::Articles => Some(ItemKind::Article),
            _ => None,
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Location(query) => next.apply_query(&query),
            Action::Texts(data) => {
                if data.is_complete() {
                    next.explorer.attach_texts(&data.catalog);
                }
                // (The lookup reads only what the metadata holds: it stays.)
                next.data = data;
                let query = next.query.clone();
                next.apply_query(&query);
            }
            Action::TextsFailed(why) => {
                next.texts_failed = Some(why);
                let query = next.query.clone();
                next.apply_query(&query);
            }
        }
        Rc::new(next)
    }
}
