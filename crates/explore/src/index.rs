//! The explorer: every item's words and facet values, computed once from the
//! catalog, and a query run over them.

use crate::columns::Columns;
use crate::facets::{Facet, FacetCount, Selection};
use crate::query::{Query, Term};
use crate::searchable::{Searchable, TextIndex};
use crate::text::words;
use claimscope_model::{slug, Catalog};
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

/// The lists a user can browse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemKind {
    Quote,
    Claim,
    Source,
    Article,
}

impl ItemKind {
    /// The facets shown beside this list, in order.
    pub fn facets(self) -> &'static [Facet] {
        match self {
            ItemKind::Quote => &[
                Facet::Source,
                Facet::SourceType,
                Facet::QuoteKind,
                Facet::Article,
                Facet::Outlet,
                Facet::HasNumber,
            ],
            ItemKind::Claim => &[
                Facet::ClaimType,
                Facet::Certainty,
                Facet::Source,
                Facet::SourceType,
                Facet::Entity,
                Facet::Article,
                Facet::Outlet,
                Facet::HasNumber,
            ],
            ItemKind::Source => &[Facet::SourceType, Facet::Article, Facet::Outlet],
            ItemKind::Article => &[Facet::Outlet],
        }
    }
}

/// What a query returns for one list.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Results {
    /// Positions in the catalog's list of that kind, in catalog order.
    /// Highlights are asked for separately ([`Explorer::highlights`]), for the
    /// items on screen only: a short prefix matches most of the corpus.
    pub items: Vec<usize>,
    /// For each facet of the list: the values that would leave the most items
    /// (at most [`LISTED_VALUES`]), and every selected value even when none would.
    pub counts: Vec<FacetCount>,
    /// For each facet of the list: how many values some item would leave.
    pub distinct: Vec<(Facet, usize)>,
    /// A search that waits for the texts ([`Explorer::attach_texts`]): no
    /// items or counts yet.
    pub pending: bool,
}

/// Values listed per facet. A facet of every source or entity has thousands
/// (10,000 sources over the BBC corpus): listing them all cost a one-letter
/// search more than finding its items, and a list that long is no help to
/// read; the rest are one search or one selection away.
pub const LISTED_VALUES: usize = 100;

#[derive(Debug, Clone, Default)]
pub struct Explorer {
    /// Each list's facet values as numbers into [`Explorer::names`] (counting
    /// compares integers), in the order quotes, claims, sources, articles.
    columns: [Columns; 4],
    /// What each list searches, in the same order, and its word index, built
    /// from it on first use ([`Explorer::prepare`]). Quotes' and claims' are
    /// set once their texts are all here ([`Explorer::attach_texts`]).
    searchable: [OnceLock<Searchable>; 4],
    text: [OnceLock<TextIndex>; 4],
    /// Each facet's values, numbered, and their display names.
    /// Shared strings: every query hands out thousands of counts, and a count's
    /// value and label are then a reference-count bump, not a copy.
    names: [Vec<Arc<str>>; Facet::ALL.len()],
    display: [Vec<Arc<str>>; Facet::ALL.len()],
    /// Each value's place in its facet's labels, sorted: counts tied on number
    /// are ordered by comparing integers, not strings (a query sorts ~15,000
    /// counts over the BBC corpus).
    label_rank: [Vec<u32>; Facet::ALL.len()],
    numbers: [FxHashMap<String, u32>; Facet::ALL.len()],
}

/// Facet values numbered as they are met while the explorer is built.
#[derive(Default)]
struct Numbering {
    names: [Vec<Arc<str>>; Facet::ALL.len()],
    numbers: [FxHashMap<String, u32>; Facet::ALL.len()],
}

impl Numbering {
    fn id(&mut self, facet: Facet, value: &str) -> u32 {
        let f = facet as usize;
        if let Some(&id) = self.numbers[f].get(value) {
            return id;
        }
        let id = self.names[f].len() as u32;
        self.names[f].push(Arc::from(value));
        self.numbers[f].insert(value.to_string(), id);
        id
    }
}

const YES: &str = "yes";
const NO: &str = "no";

impl Explorer {
    /// The explorer of a catalog whose texts are all here.
    pub fn new(catalog: &Catalog) -> Explorer {
        let explorer = Explorer::without_texts(
            catalog,
            |q| catalog.quotes[q].text.chars().any(|c| c.is_ascii_digit()),
            |c| !catalog.claims[c].numbers.is_empty(),
        );
        explorer.attach_texts(catalog);
        explorer
    }

    /// The explorer before the quotes' and claims' texts arrive: every facet,
    /// and search over sources and articles; `quote_has_number(q)` and
    /// `claim_has_number(c)` answer the one facet read from what arrives with
    /// the texts.
    ///
    /// Each item's values go straight into its list's columns, numbered as
    /// they are met: building a small vector per item and facet first was most
    /// of the app's start-up after decoding.
    pub fn without_texts<'c>(
        catalog: &'c Catalog,
        quote_has_number: impl Fn(usize) -> bool,
        claim_has_number: impl Fn(usize) -> bool,
    ) -> Explorer {
        const FACETS: usize = Facet::ALL.len();
        // Per facet, borrowed: only the display names of the values met are kept.
        let mut labels: [FxHashMap<Cow<str>, Cow<str>>; FACETS] = Default::default();
        let mut label = |facet: Facet, value: Cow<'c, str>, text: Cow<'c, str>| {
            labels[facet as usize].entry(value).or_insert(text);
        };
        let article_outlet: FxHashMap<&str, String> = catalog
            .articles
            .iter()
            .filter_map(|a| Some((a.id.as_str(), slug(a.outlet.as_deref()?))))
            .collect();
        for a in &catalog.articles {
            label(
                Facet::Article,
                a.id.as_str().into(),
                a.title.as_str().into(),
            );
            if let Some(outlet) = &a.outlet {
                label(Facet::Outlet, slug(outlet).into(), outlet.as_str().into());
            }
        }
        let source_kind: FxHashMap<&str, &'static str> = catalog
            .sources
            .iter()
            .map(|s| (s.id.as_str(), s.kind.name()))
            .collect();
        for s in &catalog.sources {
            label(Facet::Source, s.id.as_str().into(), s.name.as_str().into());
        }
        for e in &catalog.entities {
            // "Belarus (place)": people, places and organisations in one facet.
            let shown = format!("{} ({})", e.name, e.kind.name());
            label(Facet::Entity, e.id.as_str().into(), shown.into());
        }
        label(Facet::HasNumber, YES.into(), "has a number".into());
        label(Facet::HasNumber, NO.into(), "no number".into());
        let outlet_of = |article: &str| article_outlet.get(article).map(String::as_str);
        let yes_no = |yes: bool| if yes { YES } else { NO };

        let mut numbering = Numbering::default();
        // Every value with a name is known to links, though no item holds it.
        for (f, named) in labels.iter().enumerate() {
            for value in named.keys() {
                numbering.id(Facet::ALL[f], value);
            }
        }
        let mut columns: [Columns; 4] = Default::default();
        // What quotes and claims share: who they are attributed to and the
        // article they are in.
        let attributed =
            |facet: Facet, source: &Option<String>, article: &str, put: &mut dyn FnMut(&str)| {
                match facet {
                    Facet::Article => put(article),
                    Facet::Outlet => outlet_of(article).into_iter().for_each(put),
                    Facet::Source => source.as_deref().into_iter().for_each(put),
                    Facet::SourceType => source
                        .as_deref()
                        .and_then(|s| source_kind.get(s).copied())
                        .into_iter()
                        .for_each(put),
                    _ => {}
                }
            };
        for (i, q) in catalog.quotes.iter().enumerate() {
            columns[0].push(|f, out| {
                let facet = Facet::ALL[f];
                let put = &mut |v: &str| out.push(numbering.id(facet, v));
                match facet {
                    Facet::QuoteKind => put(q.kind.name()),
                    Facet::HasNumber => put(yes_no(quote_has_number(i))),
                    _ => attributed(facet, &q.speaker, &q.article, put),
                }
            });
        }
        let mut distinct: Vec<&str> = Vec::new();
        for (i, c) in catalog.claims.iter().enumerate() {
            columns[1].push(|f, out| {
                let facet = Facet::ALL[f];
                let put = &mut |v: &str| out.push(numbering.id(facet, v));
                match facet {
                    Facet::ClaimType => put(c.kind.name()),
                    Facet::Certainty => put(c.certainty.name()),
                    Facet::Entity => {
                        distinct.clear();
                        distinct.extend(c.entities.iter().map(String::as_str));
                        distinct.sort_unstable();
                        distinct.dedup();
                        distinct.iter().for_each(|e| put(e));
                    }
                    Facet::HasNumber => put(yes_no(claim_has_number(i))),
                    _ => attributed(facet, &c.source, &c.article, put),
                }
            });
        }
        let mut source_texts = Searchable::default();
        for s in &catalog.sources {
            source_texts.push(&s.name, s.aliases.iter().chain(&s.role).map(String::as_str));
            columns[2].push(|f, out| {
                let facet = Facet::ALL[f];
                let put = &mut |v: &str| out.push(numbering.id(facet, v));
                match facet {
                    Facet::Source => put(&s.id),
                    Facet::SourceType => put(s.kind.name()),
                    Facet::Article => s.articles.iter().for_each(|a| put(a)),
                    Facet::Outlet => {
                        distinct.clear();
                        distinct.extend(s.articles.iter().filter_map(|a| outlet_of(a)));
                        distinct.sort_unstable();
                        distinct.dedup();
                        distinct.iter().for_each(|o| put(o));
                    }
                    _ => {}
                }
            });
        }
        let mut article_texts = Searchable::default();
        for a in &catalog.articles {
            let context = [&a.outlet, &a.author].into_iter().flatten();
            article_texts.push(&a.title, context.map(String::as_str));
            columns[3].push(|f, out| {
                let facet = Facet::ALL[f];
                let put = &mut |v: &str| out.push(numbering.id(facet, v));
                match facet {
                    Facet::Article => put(&a.id),
                    Facet::Outlet => outlet_of(&a.id).into_iter().for_each(put),
                    _ => {}
                }
            });
        }
        let Numbering { names, numbers } = numbering;
        let display = std::array::from_fn(|f| {
            names[f]
                .iter()
                .map(|name| match labels[f].get(&**name) {
                    Some(label) => Arc::from(&**label),
                    None => name.clone(),
                })
                .collect()
        });
        let label_rank = std::array::from_fn(|f| {
            let labels: &Vec<Arc<str>> = &display[f];
            let mut order: Vec<u32> = (0..labels.len() as u32).collect();
            order.sort_by(|&a, &b| labels[a as usize].cmp(&labels[b as usize]));
            let mut rank = vec![0; labels.len()];
            for (place, id) in order.into_iter().enumerate() {
                rank[id as usize] = place as u32;
            }
            rank
        });
        let searchable: [OnceLock<Searchable>; 4] = Default::default();
        let _ = searchable[2].set(source_texts);
        let _ = searchable[3].set(article_texts);
        Explorer {
            label_rank,
            columns,
            searchable,
            text: Default::default(),
            names,
            display,
            numbers,
        }
    }

    /// The display name of a facet value, if the catalog has it.
    pub fn label(&self, facet: Facet, value: &str) -> Option<&str> {
        let id = *self.numbers[facet as usize].get(value)?;
        Some(&self.display[facet as usize][id as usize])
    }

    /// Whether a value of a facet exists in the catalog (for a link's ids).
    pub fn knows(&self, facet: Facet, value: &str) -> bool {
        match facet {
            Facet::QuoteKind => claimscope_model::QuoteKind::from_name(value).is_some(),
            Facet::ClaimType => claimscope_model::ClaimType::from_name(value).is_some(),
            Facet::Certainty => claimscope_model::Certainty::from_name(value).is_some(),
            Facet::SourceType => claimscope_model::SourceType::from_name(value).is_some(),
            _ => self.label(facet, value).is_some(),
        }
    }

    /// Item `index`'s values for `facet` (as in links), e.g. for handing the
    /// same items to another search engine in the benchmark.
    pub fn values(&self, kind: ItemKind, index: usize, facet: Facet) -> Vec<&str> {
        let columns = &self.columns[Self::list(kind)];
        if index >= columns.len() {
            return Vec::new();
        }
        columns
            .get(facet as usize, index)
            .iter()
            .map(|&id| &*self.names[facet as usize][id as usize])
            .collect()
    }

    fn list(kind: ItemKind) -> usize {
        match kind {
            ItemKind::Quote => 0,
            ItemKind::Claim => 1,
            ItemKind::Source => 2,
            ItemKind::Article => 3,
        }
    }

    /// Takes in the quotes' and claims' texts (and their speakers' names, which
    /// search reads with them) from a catalog whose texts are all here, such
    /// as the one the explorer was built from once its texts arrived. Only
    /// the first call counts.
    pub fn attach_texts(&self, catalog: &Catalog) {
        let name: FxHashMap<&str, &str> = catalog
            .sources
            .iter()
            .map(|s| (s.id.as_str(), s.name.as_str()))
            .collect();
        let speaker = |id: &Option<String>| id.as_deref().and_then(|id| name.get(id).copied());
        self.searchable[0].get_or_init(|| {
            let mut texts = Searchable::default();
            for q in &catalog.quotes {
                texts.push(&q.text, speaker(&q.speaker));
            }
            texts
        });
        self.searchable[1].get_or_init(|| {
            let mut texts = Searchable::default();
            for c in &catalog.claims {
                texts.push(&c.text, speaker(&c.source));
            }
            texts
        });
    }

    /// Whether a list can be searched: its texts are here.
    pub fn has_texts(&self, kind: ItemKind) -> bool {
        self.searchable[Self::list(kind)].get().is_some()
    }

    /// The word index of a list, built now if it is not yet; none before its texts.
    fn text(&self, kind: ItemKind) -> Option<&TextIndex> {
        let list = Self::list(kind);
        let items = self.searchable[list].get()?;
        Some(self.text[list].get_or_init(|| TextIndex::build(items)))
    }

    /// Builds the word index of a list ahead of the first search (the app
    /// calls it once the first results are painted). Idempotent; nothing
    /// before the list's texts are here.
    pub fn prepare(&self, kind: ItemKind) {
        self.text(kind);
    }

    /// Whether the word index of a list is built.
    pub fn is_prepared(&self, kind: ItemKind) -> bool {
        self.text[Self::list(kind)].get().is_some()
    }

    /// Byte spans to highlight in item `index`'s text (quote or claim text,
    /// source name, article title): every place a term of `query` matches.
    pub fn highlights(&self, kind: ItemKind, index: usize, query: &Query) -> Vec<(usize, usize)> {
        if query.is_empty() {
            return Vec::new();
        }
        let Some(items) = self.searchable[Self::list(kind)].get() else {
            return Vec::new();
        };
        if index >= items.len() {
            return Vec::new();
        }
        query.highlights(&words(items.text(index)))
    }

    pub fn run(&self, kind: ItemKind, query: &Query, selection: &Selection) -> Results {
        let facets = kind.facets();
        let mut results = Results::default();
        let searched = match self.searchable[Self::list(kind)].get() {
            Some(items) => items,
            None if query.is_empty() => &Searchable::default(),
            None => {
                results.pending = true;
                return results;
            }
        };
        // The selection as numbers: `None` passes everything; values the
        // catalog lacks have no number and so match no item.
        let wanted: Vec<Option<Vec<u32>>> = facets
            .iter()
            .map(|&facet| {
                let chosen = selection.values.get(&facet).filter(|v| !v.is_empty())?;
                Some(
                    chosen
                        .iter()
                        .filter_map(|v| self.numbers[facet as usize].get(v).copied())
                        .collect(),
                )
            })
            .collect();
        let columns = &self.columns[Self::list(kind)];
        // counts[f][value] over items failing at most facet f.
        let mut counts: Vec<Vec<usize>> = facets
            .iter()
            .map(|&f| vec![0; self.names[f as usize].len()])
            .collect();
        // Only items holding every term are read (all of them for no search,
        // which needs no word index).
        let text = (!query.is_empty()).then(|| self.text(kind)).flatten();
        let found = text.and_then(|t| t.postings.candidates(query));
        // Postings answer words and prefixes exactly; only a phrase's word
        // order is left to check, item by item.
        let has_phrase = query.terms.iter().any(|t| matches!(t, Term::Phrase(_)));
        let in_order = |index: usize| {
            let (words, extra) = searched.words_of(index);
            query.find(&words, &extra).is_some()
        };
        // (Item numbers collected into a vector and read in plain loops, not
        // a filter over a boxed iterator: the WASM build is optimised for
        // size, and that adaptor's calls per item made a facet click over
        // ×10 half as slow again.)
        let matches: Vec<usize> = match found {
            None => (0..columns.len()).collect(),
            Some(found) => found
                .into_iter()
                .map(|i| i as usize)
                .filter(|&i| !has_phrase || in_order(i))
                .collect(),
        };
        if wanted.iter().all(Option::is_none) {
            // Nothing chosen (most keystrokes): every match is a result, and
            // counting runs down each facet's column, not across every facet
            // per item (a one-letter search matches most of the corpus).
            results.items = matches;
            for (f, &facet) in facets.iter().enumerate() {
                columns.count(facet as usize, &results.items, &mut counts[f]);
            }
        } else {
            // Which selected facets each match fails, one bit per facet,
            // column by column; then each facet is counted down its column
            // over the matches failing at most that facet.
            // (A list has at most eight facets: a bit each fits.)
            debug_assert!(facets.len() <= 16);
            let mut fails = vec![0u16; matches.len()];
            for (f, ids) in wanted.iter().enumerate() {
                let Some(ids) = ids else { continue };
                for (mask, &index) in fails.iter_mut().zip(&matches) {
                    if !columns
                        .get(facets[f] as usize, index)
                        .iter()
                        .any(|v| ids.contains(v))
                    {
                        *mask |= 1 << f;
                    }
                }
            }
            results.items = matches
                .iter()
                .zip(&fails)
                .filter(|(_, &mask)| mask == 0)
                .map(|(&index, _)| index)
                .collect();
            for (f, &facet) in facets.iter().enumerate() {
                if wanted[f].is_none() {
                    columns.count(facet as usize, &results.items, &mut counts[f]);
                } else {
                    let failing_at_most_this: Vec<usize> = matches
                        .iter()
                        .zip(&fails)
                        .filter(|(_, &mask)| mask & !(1 << f) == 0)
                        .map(|(&index, _)| index)
                        .collect();
                    columns.count(facet as usize, &failing_at_most_this, &mut counts[f]);
                }
            }
        }
        for (f, &facet) in facets.iter().enumerate() {
            let names = &self.names[facet as usize];
            let display = &self.display[facet as usize];
            let rank = &self.label_rank[facet as usize];
            let mut counted: Vec<(usize, u32)> = counts[f]
                .iter()
                .enumerate()
                .filter(|(_, &count)| count > 0)
                .map(|(id, &count)| (count, id as u32))
                .collect();
            results.distinct.push((facet, counted.len()));
            let order = |&(count, id): &(usize, u32)| (std::cmp::Reverse(count), rank[id as usize]);
            if counted.len() > LISTED_VALUES {
                counted.select_nth_unstable_by_key(LISTED_VALUES, order);
                counted.truncate(LISTED_VALUES);
                // Selected values past the cut keep their place in the list.
                for &id in wanted[f].iter().flatten() {
                    let count = counts[f][id as usize];
                    if count > 0 && !counted.iter().any(|&(_, listed)| listed == id) {
                        counted.push((count, id));
                    }
                }
            }
            counted.sort_unstable_by_key(order);
            let mut list: Vec<FacetCount> = counted
                .into_iter()
                .map(|(count, id)| FacetCount {
                    facet,
                    value: names[id as usize].clone(),
                    label: display[id as usize].clone(),
                    count,
                    selected: wanted[f].as_ref().is_some_and(|ids| ids.contains(&id)),
                })
                .collect();
            for value in selection.values.get(&facet).into_iter().flatten() {
                if !list.iter().any(|c| *c.value == **value) {
                    list.push(FacetCount {
                        facet,
                        value: Arc::from(value.as_str()),
                        label: Arc::from(self.label(facet, value).unwrap_or(value)),
                        count: 0,
                        selected: true,
                    });
                }
            }
            // Selected values no item has (count 0) go last, by label.
            let zero = list.iter().position(|c| c.count == 0).unwrap_or(list.len());
            list[zero..].sort_by(|a, b| a.label.cmp(&b.label));
            results.counts.extend(list);
        }
        results
    }
}
