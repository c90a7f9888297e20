//! The export contract: one document of articles, quotes, sources, claims and
//! entities, every record with a stable id derived from content. The CLI prints
//! it as JSON or CSV, the build embeds it, the app renders and exports it.
//!
//! This crate owns the field names (other tools read them; keep them) and the
//! value names of kinds and types. It must not know how records are found
//! (extraction) or shown (the app); it depends on serde alone so the WASM bundle
//! stays small.

use serde::{Deserialize, Serialize};

pub mod csv;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Catalog {
    pub articles: Vec<ArticleRecord>,
    pub quotes: Vec<QuoteRecord>,
    pub sources: Vec<SourceRecord>,
    pub claims: Vec<ClaimRecord>,
    pub entities: Vec<EntityRecord>,
}

impl Catalog {
    /// How many quotes each article has, by article id (one pass over the quotes).
    pub fn quotes_per_article(&self) -> std::collections::HashMap<&str, usize> {
        let mut counts = std::collections::HashMap::new();
        for quote in &self.quotes {
            *counts.entry(quote.article.as_str()).or_insert(0) += 1;
        }
        counts
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleRecord {
    pub id: String,
    pub file: String,
    pub title: String,
    pub outlet: Option<String>,
    pub author: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub words: u32,
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuoteRecord {
    pub id: String,
    pub article: String,
    /// Exactly the characters between the marks.
    pub text: String,
    pub kind: QuoteKind,
    pub speaker: Option<String>,
    pub cue: Option<String>,
    /// The outlet the speaker spoke to ("told AFP").
    pub channel: Option<String>,
    /// Byte offsets of `text` in the article's file.
    pub start: u32,
    pub end: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Partial,
    Scare,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceRecord {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    #[serde(rename = "type")]
    pub kind: SourceType,
    pub role: Option<String>,
    /// Something is attributed to it somewhere (not only mentioned).
    pub cited: bool,
    /// Ids of the articles that mention it.
    pub articles: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceType {
    Person,
    Organization,
    Media,
    Government,
    Poll,
    Unnamed,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimRecord {
    pub id: String,
    pub article: String,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: ClaimType,
    pub certainty: Certainty,
    pub source: Option<String>,
    pub start: u32,
    pub end: u32,
    pub numbers: Vec<NumberRecord>,
    pub dates: Vec<String>,
    /// Entity ids.
    pub entities: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimType {
    Statistic,
    Event,
    Prediction,
    Assessment,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Certainty {
    Asserted,
    Hedged,
    Speculative,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NumberRecord {
    /// As written, with what it counts: "65,000 troops".
    pub text: String,
    pub value: f64,
    pub unit: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityRecord {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    #[serde(rename = "type")]
    pub kind: EntityType,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    Person,
    Place,
    Organization,
}

/// What a paragraph is, for the reader: furniture is shown dimmed and never
/// extracted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ParagraphRole {
    Body,
    Headline,
    Heading,
    Furniture,
    Bio,
}

macro_rules! names {
    ($ty:ty { $($variant:ident => $name:literal),* $(,)? }) => {
        impl $ty {
            pub const ALL: &'static [$ty] = &[$(<$ty>::$variant),*];
            /// The value as written in the export and in URLs.
            pub fn name(self) -> &'static str {
                match self { $(<$ty>::$variant => $name),* }
            }
            pub fn from_name(name: &str) -> Option<$ty> {
                Self::ALL.iter().copied().find(|v| v.name() == name)
            }
        }
    };
}

names!(QuoteKind { Direct => "direct", Partial => "partial", Scare => "scare" });
names!(SourceType { Person => "person", Organization => "organization", Media => "media", Government => "government", Poll => "poll", Unnamed => "unnamed" });
names!(ClaimType { Statistic => "statistic", Event => "event", Prediction => "prediction", Assessment => "assessment" });
names!(Certainty { Asserted => "asserted", Hedged => "hedged", Speculative => "speculative" });
names!(ParagraphRole { Body => "body", Headline => "headline", Heading => "heading", Furniture => "furniture", Bio => "bio" });
names!(EntityType { Person => "person", Place => "place", Organization => "organization" });

/// A URL-safe, readable id from a name: lowercase ASCII letters and digits joined
/// by single hyphens ("Volodymyr Zelenskyy" → "volodymyr-zelenskyy").
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        let c = fold_char(c.to_lowercase().next().unwrap_or(c));
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

fn fold_char(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'Á' | 'À' | 'Â' | 'Ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ě' | 'É' | 'È' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'Í' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'Ó' | 'Ö' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'Ú' | 'Ü' => 'u',
        'ç' | 'č' | 'ć' | 'Č' => 'c',
        'š' | 'ś' | 'Š' => 's',
        'ž' | 'ź' | 'ż' | 'Ž' => 'z',
        'ñ' | 'ń' => 'n',
        'ł' | 'Ł' => 'l',
        'ý' => 'y',
        'ř' => 'r',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_readable_and_url_safe() {
        assert_eq!(slug("Volodymyr Zelenskyy"), "volodymyr-zelenskyy");
        assert_eq!(
            slug("  General Staff of the Armed Forces (Ukraine) "),
            "general-staff-of-the-armed-forces-ukraine"
        );
        assert_eq!(slug("Łukasz Żółć"), "lukasz-zolc");
        assert_eq!(slug("“!!”"), "");
    }

    #[test]
    fn names_round_trip() {
        for kind in SourceType::ALL {
            assert_eq!(SourceType::from_name(kind.name()), Some(*kind));
        }
    }
}
