//! The embedded metadata's stored shape, and the small rules that let it
//! leave out what can be computed again: ids from names and file paths,
//! spans as steps, an entity's name from the source it shares an id with.

use crate::texts::{StoredTexts, TextRun};
use claimscope_corpus::Warning;
use claimscope_model::*;
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
pub(crate) struct Stored {
    pub articles: Vec<StoredArticle>,
    pub sources: Vec<StoredSource>,
    pub entities: Vec<StoredEntity>,
    pub quotes: Vec<StoredQuote>,
    pub claims: Vec<StoredClaim>,
    /// Distinct cue words, which quotes refer to by position.
    pub cues: Vec<String>,
    pub quote_exceptions: Underived,
    pub claim_exceptions: Underived,
    /// Bit `q % 8` of byte `q / 8`: whether quote `q`'s text has a digit.
    pub quote_numbers: Vec<u8>,
    /// The same for whether claim `c` has numbers.
    pub claim_numbers: Vec<u8>,
    /// The shards, in article order, and the file of every text.
    pub shards: Vec<TextRun>,
    pub all_texts: TextRun,
    /// The first shard's texts, embedded: the first page of the lists as
    /// they open (catalog order) needs no fetch.
    pub first_texts: StoredTexts,
}

/// A value the decoder computes by rule unless it is given: `None` when the
/// rule gives it. (An `Option` rather than an enum of its own: the WASM
/// decoder already has `Option`'s code.)
pub(crate) type Derived<T> = Option<T>;

/// `value` as a [`Derived`]: `None` when it is what `rule` gives.
pub(crate) fn unless_rule<T: PartialEq>(value: T, rule: T) -> Derived<T> {
    (value != rule).then_some(value)
}

/// One article: the corpus's record and the catalog's in one, without its
/// text and paragraphs (they travel in the text files).
#[derive(Serialize, Deserialize)]
pub(crate) struct StoredArticle {
    pub file: String,
    /// Rule: [`claimscope_corpus::id::article_id`] of the file.
    pub id: Derived<String>,
    /// The catalog's title.
    pub title: String,
    /// Rule: the catalog's title.
    pub corpus_title: Derived<String>,
    pub outlet: Option<String>,
    pub author: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub words: u32,
    pub warnings: Vec<Warning>,
    /// Rule: the corpus's warnings as sentences.
    pub catalog_warnings: Derived<Vec<String>>,
    /// The entities its claims name that are not its sources' (mostly
    /// places), ascending, as [`steps`]; see [`entity_table`].
    pub entities: Vec<u32>,
}

/// How a source's or entity's id comes from its name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) enum IdFrom {
    /// `slug(name)`.
    Name,
    /// `slug` of the name's last word (a person known by surname alone).
    LastWord,
    Given(String),
}

impl IdFrom {
    pub fn of(id: &str, name: &str) -> IdFrom {
        if id == slug(name) {
            IdFrom::Name
        } else if id == slug(last_word(name)) {
            IdFrom::LastWord
        } else {
            IdFrom::Given(id.to_string())
        }
    }

    pub fn id(self, name: &str) -> String {
        match self {
            IdFrom::Name => slug(name),
            IdFrom::LastWord => slug(last_word(name)),
            IdFrom::Given(id) => id,
        }
    }
}

fn last_word(name: &str) -> &str {
    name.split_whitespace().last().unwrap_or(name)
}

#[derive(Serialize, Deserialize)]
pub(crate) struct StoredSource {
    pub id: IdFrom,
    pub name: String,
    pub aliases: Vec<String>,
    pub kind: SourceType,
    pub role: Option<String>,
    pub cited: bool,
    /// Article positions, each as its step from the one before.
    pub articles: Vec<u32>,
}

#[derive(Serialize, Deserialize)]
pub(crate) struct StoredEntity {
    pub id: IdFrom,
    pub name: EntityName,
    pub kind: EntityType,
}

/// Most entities are a source too, under the same id and names.
#[derive(Serialize, Deserialize)]
pub(crate) enum EntityName {
    /// The name and aliases of the source this many places after the one
    /// the previous such entity named (sources and entities share an order).
    Source(u32),
    Given {
        name: String,
        aliases: Vec<String>,
    },
}

/// A quote; its span travels with its article's text. Speaker and channel
/// are [`to_local`] among the sources that name its article.
#[derive(Serialize, Deserialize)]
pub(crate) struct StoredQuote {
    /// The step from the previous quote's article.
    pub article: u32,
    pub text: String,
    pub kind: QuoteKind,
    pub speaker: Option<u32>,
    pub cue: Option<u32>,
    pub channel: Option<u32>,
}

/// A claim; its span, numbers and dates travel with its article's text.
#[derive(Serialize, Deserialize)]
pub(crate) struct StoredClaim {
    /// The step from the previous claim's article.
    pub article: u32,
    pub text: String,
    pub kind: ClaimType,
    pub certainty: Certainty,
    /// [`to_local`] among the sources that name its article.
    pub source: Option<u32>,
    /// [`to_local`] among its article's entities.
    pub entities: Vec<u32>,
}

/// For one list (quotes or claims), what does not follow the rule: positions
/// whose text is not their span (their stored `text` is kept; the others'
/// is empty), and ids that are not the hash of their text.
#[derive(Default, Serialize, Deserialize)]
pub(crate) struct Underived {
    pub texts: Vec<u32>,
    pub ids: Vec<(u32, String)>,
}

/// A reference to `global` as its place in `table` (an article's own
/// sources or entities, a few dozen), a small number, when it is there; else
/// past the table's end. References within an article are mostly to its own.
/// (Positions stay below 2^32 less the table's length: no catalog nears it.)
pub(crate) fn to_local(table: &[u32], global: u32) -> u32 {
    match table.iter().position(|&t| t == global) {
        Some(i) => i as u32,
        None => (table.len() as u32).wrapping_add(global),
    }
}

/// The entities a claim of an article refers to by place: first those of
/// its sources that are entities too (a source and an entity of one id are
/// one cluster), then its own `extra` ones. Nine in ten of the BBC claims'
/// entities are in the first part, which costs nothing to store.
pub(crate) fn entity_table(
    own_sources: &[u32],
    entity_of_source: &[Option<u32>],
    extra: &[u32],
) -> Vec<u32> {
    own_sources
        .iter()
        .filter_map(|&s| entity_of_source.get(s as usize).copied().flatten())
        .chain(extra.iter().copied())
        .collect()
}

/// [`to_local`] undone.
pub(crate) fn from_local(table: &[u32], local: u32) -> u32 {
    match table.get(local as usize) {
        Some(&global) => global,
        None => local.wrapping_sub(table.len() as u32),
    }
}

/// Each article's sources (ascending), from each source's articles.
pub(crate) fn sources_by_article(articles: usize, sources: &[Vec<u32>]) -> Vec<Vec<u32>> {
    let mut out = vec![Vec::new(); articles];
    for (s, list) in sources.iter().enumerate() {
        for &a in list {
            if let Some(own) = out.get_mut(a as usize) {
                own.push(s as u32);
            }
        }
    }
    for own in &mut out {
        own.dedup();
    }
    out
}

/// Each number as its step from the one before (wrapping, so any order
/// round-trips; only out of order costs bytes).
pub(crate) fn steps(values: impl IntoIterator<Item = u32>) -> Vec<u32> {
    let mut last = 0u32;
    values
        .into_iter()
        .map(|v| {
            let step = v.wrapping_sub(last);
            last = v;
            step
        })
        .collect()
}

/// [`steps`] undone.
pub(crate) fn unsteps(steps: &[u32]) -> Vec<u32> {
    let mut last = 0u32;
    steps
        .iter()
        .map(|&s| {
            last = last.wrapping_add(s);
            last
        })
        .collect()
}

/// Spans of one article as (gap from the previous end, length).
pub(crate) fn span_steps(spans: impl IntoIterator<Item = (u32, u32)>) -> Vec<(u32, u32)> {
    let mut end = 0u32;
    spans
        .into_iter()
        .map(|(s, e)| {
            let step = (s.wrapping_sub(end), e.wrapping_sub(s));
            end = e;
            step
        })
        .collect()
}

/// [`span_steps`] undone.
pub(crate) fn span_unsteps(steps: &[(u32, u32)]) -> Vec<(u32, u32)> {
    let mut end = 0u32;
    steps
        .iter()
        .map(|&(gap, length)| {
            let start = end.wrapping_add(gap);
            end = start.wrapping_add(length);
            (start, end)
        })
        .collect()
}

/// Each part of `stored` with its postcard bytes (see [`crate::Meta::parts`]).
pub(crate) fn parts(s: &Stored) -> Vec<(&'static str, Vec<u8>)> {
    fn bytes<T: Serialize + ?Sized>(value: &T) -> Vec<u8> {
        postcard::to_allocvec(value).unwrap_or_default()
    }
    /// One field of every record, as a list.
    fn column<'a, T, U: Serialize>(records: &'a [T], field: impl Fn(&'a T) -> U) -> Vec<u8> {
        bytes(&records.iter().map(field).collect::<Vec<_>>())
    }
    vec![
        ("articles", bytes(&s.articles)),
        ("sources: id", column(&s.sources, |x| &x.id)),
        ("sources: name", column(&s.sources, |x| &x.name)),
        ("sources: aliases", column(&s.sources, |x| &x.aliases)),
        (
            "sources: type, role, cited",
            column(&s.sources, |x| (x.kind, &x.role, x.cited)),
        ),
        ("sources: articles", column(&s.sources, |x| &x.articles)),
        ("entities: id", column(&s.entities, |x| &x.id)),
        (
            "entities: names (or their source), type",
            column(&s.entities, |x| (&x.name, x.kind)),
        ),
        ("quotes: articles", column(&s.quotes, |q| q.article)),
        (
            "quotes: kind, speaker, cue, channel",
            column(&s.quotes, |q| (q.kind, q.speaker, q.cue, q.channel)),
        ),
        ("quotes: stored texts", column(&s.quotes, |q| &q.text)),
        ("claims: articles", column(&s.claims, |c| c.article)),
        (
            "claims: type, certainty, source",
            column(&s.claims, |c| (c.kind, c.certainty, c.source)),
        ),
        ("claims: entities", column(&s.claims, |c| &c.entities)),
        ("claims: stored texts", column(&s.claims, |c| &c.text)),
        (
            "cues, exceptions, number bits",
            bytes(&(
                &s.cues,
                &s.quote_exceptions,
                &s.claim_exceptions,
                &s.quote_numbers,
                &s.claim_numbers,
            )),
        ),
        ("shards", bytes(&(&s.shards, &s.all_texts))),
        ("first shard's texts", bytes(&s.first_texts)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_round_trip_in_any_order() {
        let values = vec![0, 10, 5, u32::MAX, 1, u32::MAX];
        assert_eq!(unsteps(&steps(values.clone())), values);
        let spans = vec![(10, 20), (25, 30), (5, 8), (0, u32::MAX), (7, 7)];
        let stepped = span_steps(spans.clone());
        assert_eq!(stepped[1], (5, 5), "small steps in reading order");
        assert_eq!(span_unsteps(&stepped), spans);
    }

    #[test]
    fn local_references_round_trip_in_or_out_of_the_table() {
        let table = [3, 8, 20];
        for global in [0, 3, 8, 9, 20, 21, u32::MAX - 3] {
            assert_eq!(from_local(&table, to_local(&table, global)), global);
        }
        assert_eq!(to_local(&table, 8), 1);
        let entities = entity_table(&[0, 2], &[Some(5), None, Some(1)], &[7]);
        assert_eq!(entities, vec![5, 1, 7]);
    }

    #[test]
    fn ids_come_from_names_unless_given() {
        for (id, name) in [
            ("volodymyr-zelenskyy", "Volodymyr Zelenskyy"),
            ("lukashenko", "Alexander Lukashenko"),
            ("bbc-person", "BBC"),
        ] {
            assert_eq!(IdFrom::of(id, name).id(name), id);
        }
        assert_eq!(
            IdFrom::of("lukashenko", "Alexander Lukashenko"),
            IdFrom::LastWord
        );
        assert_eq!(
            IdFrom::of("bbc-person", "BBC"),
            IdFrom::Given("bbc-person".into())
        );
    }
}
