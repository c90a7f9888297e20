//! App state: the embedded data, what the URL asks for, and the notices to show.

use claimscope_bundle::Bundle;
use claimscope_url_state::{Notice, UrlState, View};
use std::rc::Rc;
use yew::Reducible;

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub data: Rc<Bundle>,
    pub url: UrlState,
    /// Why parts of the current URL were ignored.
    pub notices: Vec<Notice>,
}

pub enum Action {
    /// The location changed (a link was followed, or back / forward): re-read it.
    Location(String),
}

impl AppState {
    pub fn new(data: Rc<Bundle>, query: &str) -> Self {
        let mut state = AppState {
            data,
            url: UrlState::default(),
            notices: Vec::new(),
        };
        state.apply_query(query);
        state
    }

    fn apply_query(&mut self, query: &str) {
        let (mut url, mut notices) = UrlState::parse(query);
        // The URL crate does not know the corpus; an id it cannot find is caught here.
        if url.view == View::Reader {
            let id = url.item.clone().unwrap_or_default();
            if self.data.corpus.article(&id).is_none() {
                notices.push(Notice {
                    param: "item".into(),
                    message: format!(
                        "no article has the id \u{201c}{id}\u{201d}; showing the article list"
                    ),
                });
                url = UrlState::default();
            }
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
