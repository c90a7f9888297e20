//! URL state: what a link reproduces (the view and the open item) as a query
//! string, and back.
//!
//! Parsing never fails: whatever it cannot use becomes a [`Notice`] naming the
//! parameter, and the rest of the state still applies. Printing then parsing gives
//! the same state. This crate knows parameter names and values only; it must not
//! know the corpus (whether an id exists is the app's check) or the DOM.

use std::fmt;

/// The screens of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Articles,
    Reader,
}

impl View {
    pub const ALL: [View; 2] = [View::Articles, View::Reader];

    pub fn name(self) -> &'static str {
        match self {
            View::Articles => "articles",
            View::Reader => "reader",
        }
    }

    fn from_name(name: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.name() == name)
    }
}

/// Everything a link carries.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UrlState {
    pub view: View,
    /// The open item: in the reader, an article id.
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

impl UrlState {
    pub fn reader(article_id: impl Into<String>) -> Self {
        UrlState {
            view: View::Reader,
            item: Some(article_id.into()),
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
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            if key.is_empty() && value.is_empty() {
                continue;
            }
            if seen.iter().any(|k| *k == key) {
                notice(&key, "given more than once; the first value is used".into());
                continue;
            }
            seen.push(key.to_string());
            let mut value = value.trim().to_string();
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
                "item" if value.is_empty() => notice("item", "empty; ignored".into()),
                "item" => state.item = Some(value),
                _ => notice(&key, "unknown parameter; ignored".into()),
            }
        }
        if state.view == View::Reader && state.item.is_none() {
            notice(
                "item",
                "the reader needs an article id; showing the article list".into(),
            );
            state.view = View::Articles;
        }
        (state, notices)
    }

    /// The query string for this state, with its leading `?`; the default state
    /// prints as `?` alone so that a link to it still clears the current query.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, &str)> = Vec::new();
        if self.view != View::default() {
            pairs.push(("view", self.view.name()));
        }
        if let Some(item) = &self.item {
            pairs.push(("item", item));
        }
        let mut out = String::from("?");
        for (i, (key, value)) in pairs.into_iter().enumerate() {
            if i > 0 {
                out.push('&');
            }
            out.push_str(key);
            out.push('=');
            encode_value(value, &mut out);
        }
        out
    }
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

fn shorten(s: &str, max_chars: usize) -> String {
    match s.char_indices().nth(max_chars) {
        Some((cut, _)) => format!("{}…", &s[..cut]),
        None => s.to_string(),
    }
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
        assert_eq!(state.item.as_deref(), Some("a1"));
        assert_eq!(state.view, View::Articles);
        let params: Vec<_> = notices.iter().map(|n| n.param.as_str()).collect();
        assert_eq!(params, ["view", "colour", "item"]);
        assert!(notices[0].message.contains("nope"));
    }

    #[test]
    fn a_reader_without_an_item_falls_back_to_the_list() {
        let (state, notices) = UrlState::parse("view=reader");
        assert_eq!(state.view, View::Articles);
        assert_eq!(notices[0].param, "item");
    }

    #[test]
    fn huge_values_are_cut() {
        let (state, notices) = UrlState::parse(&format!("item={}", "x".repeat(100_000)));
        assert_eq!(state.item.unwrap().chars().count(), MAX_VALUE_CHARS + 1);
        assert_eq!(notices.len(), 1);
    }

    #[test]
    fn bad_percent_encoding_is_kept_as_text() {
        let (state, _) = UrlState::parse("view=reader&item=%E0%A4%A&x=%");
        assert!(state.item.is_some());
    }

    proptest! {
        #[test]
        fn parse_never_panics_and_print_parse_is_stable(query in "\\PC{0,200}") {
            let (state, _) = UrlState::parse(&query);
            let (again, notices) = UrlState::parse(&state.to_query());
            prop_assert_eq!(&again, &state);
            prop_assert!(notices.is_empty(), "{:?}", notices);
        }
    }
}
