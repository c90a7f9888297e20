//! URL state: everything a link reproduces (the view, the search text, every
//! facet selection and the open item) as a query string, and back.
//!
//! Parsing never fails: whatever it cannot use becomes a [`Notice`] naming the
//! parameter, and the rest of the state still applies. Printing then parsing gives
//! the same state. This crate knows parameter names and values only; it must not
//! know the corpus (whether an id exists is the app's check) or the DOM.
//!
//! Parameters: `view` (articles, quotes, claims, sources, overview, source, reader), `q`
//! (search text), one per facet (`article`, `outlet`, `source`, `source_type`,
//! `kind`, `type`, `certainty`, `entity`, `number`) and `item` (the open article,
//! quote or claim in the reader; the source on its page). Several values of a
//! facet are written comma-separated (`source=lukashenko,zelensky`); a repeated
//! facet parameter adds its values. A comma inside a value is written `%2C`.

use claimscope_explore::{Facet, Selection};
use std::fmt;

/// The screens of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Articles,
    Quotes,
    Claims,
    Sources,
    /// Charts over the current search and filters.
    Overview,
    /// One source's page: `item` is its id.
    Source,
    /// One article: `item` is its id, or a quote's or claim's id to open it in context.
    Reader,
}

impl View {
    pub const ALL: [View; 7] = [
        View::Articles,
        View::Quotes,
        View::Claims,
        View::Sources,
        View::Overview,
        View::Source,
        View::Reader,
    ];

    pub fn name(self) -> &'static str {
        match self {
            View::Articles => "articles",
            View::Quotes => "quotes",
            View::Claims => "claims",
            View::Sources => "sources",
            View::Overview => "overview",
            View::Source => "source",
            View::Reader => "reader",
        }
    }

    fn from_name(name: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.name() == name)
    }

    /// Whether the view shows one item (and so needs `item`).
    pub fn needs_item(self) -> bool {
        matches!(self, View::Source | View::Reader)
    }
}

/// Everything a link carries.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UrlState {
    pub view: View,
    /// The search text as typed.
    pub q: String,
    pub selection: Selection,
    /// The open item (see [`View`]).
    pub item: Option<String>,
}

/// A parameter the app could not use, and why; shown to the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub param: String,
    pub message: String,
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.param, self.message)
    }
}

/// Longest value kept from a link; longer ones are cut with a notice, so a pasted
/// megabyte cannot stall the page.
pub const MAX_VALUE_CHARS: usize = 500;
/// Most values kept for one facet.
pub const MAX_FACET_VALUES: usize = 50;

impl UrlState {
    pub fn reader(item: impl Into<String>) -> Self {
        UrlState {
            view: View::Reader,
            item: Some(item.into()),
            ..UrlState::default()
        }
    }

    pub fn source(id: impl Into<String>) -> Self {
        UrlState {
            view: View::Source,
            item: Some(id.into()),
            ..UrlState::default()
        }
    }

    pub fn list(view: View) -> Self {
        UrlState {
            view,
            ..UrlState::default()
        }
    }

    /// Parses a query string, with or without its leading `?`.
    pub fn parse(query: &str) -> (UrlState, Vec<Notice>) {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut state = UrlState::default();
        let mut notices = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        let mut notice = |param: &str, message: String| {
            notices.push(Notice {
                param: shorten(param, 60),
                message,
            })
        };
        for pair in query.split('&') {
            if pair.is_empty() {
                continue;
            }
            let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let key = decode(raw_key);
            if let Some(facet) = Facet::from_param(&key) {
                let values = state.selection.values.entry(facet).or_default();
                // Split before decoding, so "%2C" stays inside a value.
                for raw in raw_value.split(',') {
                    let value = decode(raw).trim().to_string();
                    if value.is_empty() {
                        continue;
                    }
                    if values.len() >= MAX_FACET_VALUES {
                        notice(
                            &key,
                            format!("more than {MAX_FACET_VALUES} values; the rest are ignored"),
                        );
                        break;
                    }
                    if value.chars().count() > MAX_VALUE_CHARS {
                        notice(
                            &key,
                            format!("a value longer than {MAX_VALUE_CHARS} characters; ignored"),
                        );
                        continue;
                    }
                    values.insert(value);
                }
                if values.is_empty() {
                    state.selection.values.remove(&facet);
                }
                continue;
            }
            if key.is_empty() && raw_value.is_empty() {
                continue;
            }
            if seen.contains(&key) {
                notice(&key, "given more than once; the first value is used".into());
                continue;
            }
            seen.push(key.to_string());
            let mut value = decode(raw_value).trim().to_string();
            if value.chars().count() > MAX_VALUE_CHARS {
                notice(
                    &key,
                    format!("longer than {MAX_VALUE_CHARS} characters; cut"),
                );
                value = shorten(&value, MAX_VALUE_CHARS);
            }
            match key.as_ref() {
                "view" => match View::from_name(&value) {
                    Some(view) => state.view = view,
                    None => notice(
                        "view",
                        format!(
                            "unknown view \u{201c}{}\u{201d}; expected one of {}",
                            shorten(&value, 60),
                            View::ALL.map(View::name).join(", ")
                        ),
                    ),
                },
                "q" => state.q = value,
                "item" if value.is_empty() => notice("item", "empty; ignored".into()),
                "item" => state.item = Some(value),
                _ => notice(&key, "unknown parameter; ignored".into()),
            }
        }
        if state.view.needs_item() && state.item.is_none() {
            let fallback = if state.view == View::Source {
                View::Sources
            } else {
                View::Articles
            };
            notice(
                "item",
                format!(
                    "the {} view needs an id; showing the {} list",
                    state.view.name(),
                    fallback.name()
                ),
            );
            state.view = fallback;
        }
        if !state.view.needs_item() && state.item.is_some() {
            // A list shows no single item: say so rather than carry it silently.
            notice(
                "item",
                format!(
                    "the {} view shows no single item; the id is ignored",
                    state.view.name()
                ),
            );
            state.item = None;
        }
        (state, notices)
    }

    /// The query string for this state, with its leading `?`; the default state
    /// prints as `?` alone so that a link to it still clears the current query.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if self.view != View::default() {
            pairs.push(("view", encoded(self.view.name())));
        }
        if !self.q.is_empty() {
            pairs.push(("q", encoded(&self.q)));
        }
        for facet in Facet::ALL {
            if let Some(values) = self.selection.values.get(&facet).filter(|v| !v.is_empty()) {
                let joined: Vec<String> = values
                    .iter()
                    .map(|v| encoded(v).replace(',', "%2C"))
                    .collect();
                pairs.push((facet.param(), joined.join(",")));
            }
        }
        if let Some(item) = &self.item {
            pairs.push(("item", encoded(item)));
        }
        let mut out = String::from("?");
        for (i, (key, value)) in pairs.into_iter().enumerate() {
            if i > 0 {
                out.push('&');
            }
            out.push_str(key);
            out.push('=');
            out.push_str(&value);
        }
        out
    }
}

/// Form decoding of one key or value: `+` is a space, `%XX` a byte; bad escapes
/// and invalid UTF-8 are kept as text rather than rejected.
fn decode(raw: &str) -> String {
    form_urlencoded::parse(format!("v={raw}").as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

fn encoded(value: &str) -> String {
    let mut out = String::new();
    encode_value(value, &mut out);
    out
}

/// Percent-encodes a query value, leaving the characters a query may hold as they
/// are, so ids such as `business/001` stay readable in a shared link. `+` is
/// encoded because form decoding reads it as a space.
fn encode_value(value: &str, out: &mut String) {
    for &b in value.as_bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/:@!$'()*,;".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
}

/// `s` in at most `max_chars` characters, the last an ellipsis when cut: a cut
/// value read back from a printed link must not be cut (and noticed) again.
fn shorten(s: &str, max_chars: usize) -> String {
    if s.char_indices().nth(max_chars).is_none() {
        return s.to_string();
    }
    let cut = s
        .char_indices()
        .nth(max_chars.saturating_sub(1))
        .map_or(s.len(), |(i, _)| i);
    format!("{}…", &s[..cut])
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn an_empty_query_is_the_article_list() {
        assert_eq!(UrlState::parse(""), (UrlState::default(), vec![]));
        assert_eq!(UrlState::parse("?"), (UrlState::default(), vec![]));
        assert_eq!(UrlState::default().to_query(), "?");
    }

    #[test]
    fn the_reader_round_trips_with_readable_ids() {
        let state = UrlState::reader("business/001");
        assert_eq!(state.to_query(), "?view=reader&item=business/001");
        let odd = UrlState::reader("a b+c&d=é");
        assert_eq!(odd.to_query(), "?view=reader&item=a%20b%2Bc%26d%3D%C3%A9");
        assert_eq!(UrlState::parse(&odd.to_query()).0, odd);
        assert_eq!(UrlState::parse(&state.to_query()), (state, vec![]));
        let (typed, notices) = UrlState::parse("view=reader&item=business/001");
        assert_eq!(typed, UrlState::reader("business/001"));
        assert!(notices.is_empty());
    }

    #[test]
    fn bad_parameters_get_notices_and_the_rest_still_applies() {
        let (state, notices) = UrlState::parse("?view=nope&item=a1&colour=red&item=a2");
        // The list it falls back to shows no single item: the id goes, with a notice.
        assert_eq!(state.item, None);
        assert_eq!(state.view, View::Articles);
        let params: Vec<_> = notices.iter().map(|n| n.param.as_str()).collect();
        assert_eq!(params, ["view", "colour", "item", "item"]);
        assert!(notices[0].message.contains("nope"));
    }

    #[test]
    fn facets_search_and_item_round_trip() {
        let (state, notices) =
            UrlState::parse("?view=quotes&q=mobilisation%20plans&source=zelensky,lukashenko&kind=direct&source=putin");
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(state.view, View::Quotes);
        assert_eq!(state.q, "mobilisation plans");
        let sources: Vec<_> = state.selection.values[&Facet::Source]
            .iter()
            .cloned()
            .collect();
        assert_eq!(sources, ["lukashenko", "putin", "zelensky"]);
        assert_eq!(
            state.to_query(),
            "?view=quotes&q=mobilisation%20plans&source=lukashenko,putin,zelensky&kind=direct"
        );
        assert_eq!(UrlState::parse(&state.to_query()).0, state);
    }

    #[test]
    fn a_comma_inside_a_value_survives() {
        let mut state = UrlState::list(View::Claims);
        state.selection.toggle(Facet::Article, "a,b");
        state.selection.toggle(Facet::Article, "c");
        let query = state.to_query();
        assert_eq!(query, "?view=claims&article=a%2Cb,c");
        assert_eq!(UrlState::parse(&query).0, state);
    }

    #[test]
    fn a_source_page_without_an_id_falls_back_to_the_sources() {
        let (state, notices) = UrlState::parse("view=source");
        assert_eq!(state.view, View::Sources);
        assert_eq!(notices[0].param, "item");
    }

    #[test]
    fn a_reader_without_an_item_falls_back_to_the_list() {
        let (state, notices) = UrlState::parse("view=reader");
        assert_eq!(state.view, View::Articles);
        assert_eq!(notices[0].param, "item");
    }

    #[test]
    fn huge_values_are_cut() {
        let (state, notices) =
            UrlState::parse(&format!("view=reader&item={}", "x".repeat(100_000)));
        assert_eq!(state.item.unwrap().chars().count(), MAX_VALUE_CHARS);
        assert_eq!(notices.len(), 1);
    }

    #[test]
    fn bad_percent_encoding_is_kept_as_text() {
        let (state, _) = UrlState::parse("view=reader&item=%E0%A4%A&x=%");
        assert!(state.item.is_some());
    }

    fn any_state() -> impl Strategy<Value = UrlState> {
        (
            0..View::ALL.len(),
            "\\PC{0,30}",
            proptest::collection::vec((0..Facet::ALL.len(), "[^\\s]\\PC{0,12}"), 0..6),
            proptest::option::of("[^\\s]\\PC{0,20}"),
        )
            .prop_map(|(view, q, picks, item)| {
                let view = View::ALL[view];
                let mut state = UrlState {
                    view,
                    q: q.trim().to_string(),
                    item: item.map(|i| i.trim().to_string()).filter(|i| !i.is_empty()),
                    ..UrlState::default()
                };
                for (facet, value) in picks {
                    let value = value.trim().to_string();
                    if !value.is_empty() {
                        state
                            .selection
                            .values
                            .entry(Facet::ALL[facet])
                            .or_default()
                            .insert(value);
                    }
                }
                if view.needs_item() && state.item.is_none() {
                    state.item = Some("x".into());
                }
                if !view.needs_item() {
                    state.item = None;
                }
                state
            })
    }

    proptest! {
        #[test]
        fn any_state_prints_and_parses_back(state in any_state()) {
            let (again, notices) = UrlState::parse(&state.to_query());
            prop_assert!(notices.is_empty(), "{:?}", notices);
            prop_assert_eq!(again, state);
        }

        #[test]
        fn a_cut_value_is_not_cut_again(extra in 1usize..40, word in "[a-z%0-9]{1,8}") {
            // Found by fuzzing: a value cut to the limit plus "…" was one over it.
            let long = word.repeat(MAX_VALUE_CHARS / word.len() + extra);
            let (state, _) = UrlState::parse(&format!("q={long}"));
            let (again, notices) = UrlState::parse(&state.to_query());
            prop_assert_eq!(&again, &state);
            prop_assert!(notices.is_empty(), "{:?}", notices);
        }

        #[test]
        fn parse_never_panics_and_print_parse_is_stable(query in "\\PC{0,200}") {
            let (state, _) = UrlState::parse(&query);
            let (again, notices) = UrlState::parse(&state.to_query());
            prop_assert_eq!(&again, &state);
            prop_assert!(notices.is_empty(), "{:?}", notices);
        }
    }
}
