//! `articles.toml`: optional metadata per file that overrides what extraction
//! found.
//!
//! ```toml
//! ["000_4172e767977550c4.txt"]
//! title = "Will Belarus send soldiers to war?"
//! outlet = "Example News"
//! author = "A. Writer"
//! date = "2022-10-14"
//! url = "https://example.com/story"
//! ```

use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleMeta {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub author: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug)]
pub struct MetaError(String);

impl fmt::Display for MetaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for MetaError {}

/// Parses `articles.toml`; `path` names it in errors, with the line and column.
pub fn parse_meta(path: &str, text: &str) -> Result<BTreeMap<String, ArticleMeta>, MetaError> {
    toml::from_str(text).map_err(|e| {
        let position = e.span().map(|s| {
            let line = text[..s.start].matches('\n').count() + 1;
            let column = s.start - text[..s.start].rfind('\n').map_or(0, |p| p + 1) + 1;
            format!(" at line {line}, column {column}")
        });
        MetaError(format!(
            "{path}{}: {}",
            position.unwrap_or_default(),
            e.message()
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_overrides_per_file() {
        let meta = parse_meta(
            "articles.toml",
            "[\"a.txt\"]\ntitle = \"T\"\ndate = \"2022-10-14\"\n",
        )
        .unwrap();
        assert_eq!(meta["a.txt"].title.as_deref(), Some("T"));
        assert_eq!(meta["a.txt"].date.as_deref(), Some("2022-10-14"));
    }

    #[test]
    fn a_mistake_names_the_file_and_position() {
        let err = parse_meta("seeds/articles.toml", "[\"a.txt\"]\ntitel = \"T\"\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("seeds/articles.toml at line 2, column 1"),
            "{err}"
        );
        assert!(err.contains("titel"), "{err}");
    }
}
