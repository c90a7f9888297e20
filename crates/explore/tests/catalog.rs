//! The explorer over the seed articles' real catalog: filters, counts and
//! search checked against brute force.

use claimscope_explore::{Explorer, Facet, ItemKind, Query, Selection};
use claimscope_model::Catalog;
use proptest::prelude::*;
use std::path::Path;
use std::sync::OnceLock;

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
        claimscope_catalog::build_dir(&seeds)
            .expect("the seeds build")
            .1
            .catalog
    })
}

fn explorer() -> &'static Explorer {
    static EXPLORER: OnceLock<Explorer> = OnceLock::new();
    EXPLORER.get_or_init(|| Explorer::new(catalog()))
}

#[test]
fn a_source_filter_shows_exactly_its_quotes() {
    let catalog = catalog();
    assert!(!catalog.sources.is_empty());
    for source in &catalog.sources {
        let mut selection = Selection::default();
        selection.toggle(Facet::Source, &source.id);
        let shown = explorer()
            .run(ItemKind::Quote, &Query::default(), &selection)
            .items;
        let expected: Vec<usize> = (0..catalog.quotes.len())
            .filter(|&i| catalog.quotes[i].speaker.as_deref() == Some(source.id.as_str()))
            .collect();
        assert_eq!(shown, expected, "source {}", source.id);
    }
}

#[test]
fn spelling_variants_find_each_other() {
    let catalog = catalog();
    let query = Query::parse("mobilisation ");
    let results = explorer().run(ItemKind::Claim, &query, &Selection::default());
    assert!(!results.items.is_empty(), "the seeds discuss mobilization");
    for &i in &results.items {
        let spans = explorer().highlights(ItemKind::Claim, i, &query);
        let text = &catalog.claims[i].text;
        assert!(!spans.is_empty());
        for (s, e) in spans {
            assert!(
                text[s..e].to_lowercase().starts_with("mobili"),
                "{}",
                &text[s..e]
            );
        }
    }
}

/// Brute force: does item `i` of `kind` have `value` for `facet`?
fn values(kind: ItemKind, i: usize, facet: Facet) -> Vec<String> {
    let c = catalog();
    let source_kind = |id: &Option<String>| -> Vec<String> {
        id.iter()
            .filter_map(|id| c.sources.iter().find(|s| s.id == *id))
            .map(|s| s.kind.name().to_string())
            .collect()
    };
    match (kind, facet) {
        (ItemKind::Quote, Facet::Source) => c.quotes[i].speaker.iter().cloned().collect(),
        (ItemKind::Quote, Facet::SourceType) => source_kind(&c.quotes[i].speaker),
        (ItemKind::Quote, Facet::QuoteKind) => vec![c.quotes[i].kind.name().into()],
        (ItemKind::Quote, Facet::Article) => vec![c.quotes[i].article.clone()],
        (ItemKind::Claim, Facet::Source) => c.claims[i].source.iter().cloned().collect(),
        (ItemKind::Claim, Facet::SourceType) => source_kind(&c.claims[i].source),
        (ItemKind::Claim, Facet::ClaimType) => vec![c.claims[i].kind.name().into()],
        (ItemKind::Claim, Facet::Certainty) => vec![c.claims[i].certainty.name().into()],
        (ItemKind::Claim, Facet::Entity) => c.claims[i].entities.clone(),
        (ItemKind::Claim, Facet::Article) => vec![c.claims[i].article.clone()],
        (ItemKind::Claim, Facet::HasNumber) => {
            vec![if c.claims[i].numbers.is_empty() {
                "no"
            } else {
                "yes"
            }
            .into()]
        }
        _ => Vec::new(),
    }
}

const CHECKED: [(ItemKind, &[Facet]); 2] = [
    (
        ItemKind::Quote,
        &[
            Facet::Source,
            Facet::SourceType,
            Facet::QuoteKind,
            Facet::Article,
        ],
    ),
    (
        ItemKind::Claim,
        &[
            Facet::Source,
            Facet::SourceType,
            Facet::ClaimType,
            Facet::Certainty,
            Facet::Entity,
            Facet::Article,
            Facet::HasNumber,
        ],
    ),
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Results are exactly the items passing every facet; each value's count is
    /// the number of items passing every other facet and having that value.
    #[test]
    fn counts_and_results_match_brute_force(kind_pick in 0usize..2, picks in proptest::collection::vec((0usize..8, 0usize..64), 0..4)) {
        let (kind, facets) = CHECKED[kind_pick];
        let len = match kind { ItemKind::Quote => catalog().quotes.len(), _ => catalog().claims.len() };
        let mut selection = Selection::default();
        for (f, v) in picks {
            let facet = facets[f % facets.len()];
            let all: std::collections::BTreeSet<String> = (0..len).flat_map(|i| values(kind, i, facet)).collect();
            if let Some(value) = all.iter().nth(v % all.len().max(1)) {
                selection.toggle(facet, value);
            }
        }
        let passes = |i: usize, facet: Facet| match selection.values.get(&facet) {
            None => true,
            Some(want) => values(kind, i, facet).iter().any(|v| want.contains(v)),
        };
        let results = explorer().run(kind, &Query::default(), &selection);
        let expected: Vec<usize> = (0..len).filter(|&i| facets.iter().all(|&f| passes(i, f))).collect();
        prop_assert_eq!(&results.items, &expected);
        for count in &results.counts {
            if !facets.contains(&count.facet) { continue; }
            let brute = (0..len)
                .filter(|&i| facets.iter().filter(|&&f| f != count.facet).all(|&f| passes(i, f)))
                .filter(|&i| values(kind, i, count.facet).contains(&count.value.to_string()))
                .count();
            prop_assert_eq!(count.count, brute, "{:?}={}", count.facet, count.value);
        }
    }
}

#[test]
fn an_export_holds_the_shown_items_and_what_they_refer_to() {
    let catalog = catalog();
    let mut selection = Selection::default();
    selection.toggle(Facet::QuoteKind, "direct");
    let results = explorer().run(ItemKind::Quote, &Query::default(), &selection);
    let export = claimscope_explore::export::subset(catalog, ItemKind::Quote, &results.items);
    assert_eq!(export.quotes.len(), results.items.len());
    assert!(export.quotes.iter().all(|q| q.kind.name() == "direct"));
    for q in &export.quotes {
        assert!(export.articles.iter().any(|a| a.id == q.article));
        if let Some(s) = &q.speaker {
            assert!(export.sources.iter().any(|x| x.id == *s));
        }
    }
    assert!(export.claims.is_empty());
}

/// Brute force for a search: every claim whose text or source name holds every term.
fn claims_matching(query: &Query) -> Vec<usize> {
    let c = catalog();
    (0..c.claims.len())
        .filter(|&i| {
            let claim = &c.claims[i];
            let extra = claim
                .source
                .as_deref()
                .and_then(|id| c.sources.iter().find(|s| s.id == id))
                .map(|s| claimscope_explore::text::words(&s.name))
                .unwrap_or_default();
            query
                .find(&claimscope_explore::text::words(&claim.text), &extra)
                .is_some()
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// The index finds exactly what reading every claim finds: words, a prefix
    /// being typed, and phrases, taken from the claims themselves.
    #[test]
    fn indexed_search_equals_a_full_scan(claim in 0usize..161, start in 0usize..20, len in 1usize..4, cut in 0usize..6, shape in 0usize..3) {
        let c = catalog();
        let text = &c.claims[claim % c.claims.len()].text;
        let words: Vec<&str> = text.split_whitespace().collect();
        let start = start % words.len();
        let picked: Vec<&str> = words[start..(start + len).min(words.len())].to_vec();
        let mut q = picked.join(" ");
        match shape {
            0 => q.push(' '), // whole words
            1 => {
                // Typing: the last word cut short.
                let mut keep = q.len().saturating_sub(cut);
                while !q.is_char_boundary(keep) {
                    keep -= 1;
                }
                q.truncate(keep);
            }
            _ => q = format!("\"{q}\""), // a phrase
        }
        let query = Query::parse(&q);
        let found = explorer().run(ItemKind::Claim, &query, &Selection::default()).items;
        prop_assert_eq!(found, claims_matching(&query), "query {:?}", q);
    }
}

#[test]
fn the_lookup_agrees_with_the_catalog() {
    let c = catalog();
    let lookup = claimscope_explore::Lookup::new(c);
    for (i, s) in c.sources.iter().enumerate() {
        assert_eq!(lookup.source(&s.id), Some(i));
        let quotes: Vec<usize> = (0..c.quotes.len())
            .filter(|&q| c.quotes[q].speaker.as_deref() == Some(s.id.as_str()))
            .collect();
        assert_eq!(lookup.quotes_of(&s.id), quotes.as_slice());
        let claims: Vec<usize> = (0..c.claims.len())
            .filter(|&k| c.claims[k].source.as_deref() == Some(s.id.as_str()))
            .collect();
        assert_eq!(lookup.claims_of(&s.id), claims.as_slice());
    }
    for (i, a) in c.articles.iter().enumerate() {
        assert_eq!(lookup.article(&a.id), Some(i));
        assert!(lookup
            .quotes_in(&a.id)
            .iter()
            .all(|&q| c.quotes[q].article == a.id));
        assert!(lookup
            .claims_in(&a.id)
            .iter()
            .all(|&k| c.claims[k].article == a.id));
    }
    assert_eq!(
        c.articles
            .iter()
            .map(|a| lookup.quotes_in(&a.id).len())
            .sum::<usize>(),
        c.quotes.len()
    );
    assert!(c
        .quotes
        .iter()
        .enumerate()
        .all(|(i, q)| lookup.quote(c, &q.id) == Some(i)));
    assert!(c
        .claims
        .iter()
        .enumerate()
        .all(|(i, k)| lookup.claim(c, &k.id) == Some(i)));
    assert_eq!(lookup.quote(c, "no-such.q-00000000"), None);
}

#[test]
fn an_items_values_are_what_its_facets_filter_on() {
    let catalog = catalog();
    for (i, claim) in catalog.claims.iter().enumerate() {
        let values = explorer().values(ItemKind::Claim, i, Facet::ClaimType);
        assert_eq!(values, vec![claim.kind.name()], "claim {}", claim.id);
        assert_eq!(
            explorer().values(ItemKind::Claim, i, Facet::Article),
            vec![claim.article.as_str()]
        );
    }
    assert!(explorer()
        .values(ItemKind::Claim, catalog.claims.len(), Facet::ClaimType)
        .is_empty());
}

#[test]
fn the_word_index_is_built_on_first_search_and_answers_as_a_prepared_one() {
    let lazy = Explorer::new(catalog());
    let all = ItemKind::Claim;
    let listed = lazy.run(all, &Query::default(), &Selection::default());
    assert!(
        !lazy.is_prepared(all),
        "listing without a search needs no word index"
    );
    assert!(lazy.highlights(all, 0, &Query::default()).is_empty());
    assert!(!lazy.is_prepared(all));
    let query = Query::parse("belarus");
    let searched = lazy.run(all, &query, &Selection::default());
    assert!(lazy.is_prepared(all));
    assert!(!searched.items.is_empty() && searched.items.len() < listed.items.len());

    let prepared = Explorer::new(catalog());
    for kind in [
        ItemKind::Quote,
        ItemKind::Claim,
        ItemKind::Source,
        ItemKind::Article,
    ] {
        prepared.prepare(kind);
        assert!(prepared.is_prepared(kind));
        assert!(!lazy.is_prepared(kind) || kind == all);
        for q in ["", "belarus", "\"said the\"", "lukash", "troops"] {
            let query = Query::parse(q);
            let selection = Selection::default();
            assert_eq!(
                lazy.run(kind, &query, &selection),
                prepared.run(kind, &query, &selection),
                "{q:?}"
            );
            assert_eq!(
                lazy.highlights(kind, 0, &query),
                prepared.highlights(kind, 0, &query)
            );
        }
    }
}

#[test]
fn a_facet_lists_its_largest_values_and_every_selected_one() {
    use claimscope_explore::index::LISTED_VALUES;
    let dir = std::env::temp_dir().join(format!("claimscope-listed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let articles = LISTED_VALUES + 20;
    for n in 0..articles {
        // Article 0 has two quotes, the rest one: it must come first.
        let extra = if n == 0 {
            " \"And again,\" she said."
        } else {
            ""
        };
        std::fs::write(
            dir.join(format!("{n:03}.txt")),
            format!(
                "Report {n}\n\nMary Jones spoke on day {n}. \"It is day {n},\" she said.{extra}\n"
            ),
        )
        .unwrap();
    }
    let (_, built) = claimscope_catalog::build_dir(&dir).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    let explorer = Explorer::new(&built.catalog);
    let listed = |selection: &Selection| {
        let results = explorer.run(ItemKind::Quote, &Query::default(), selection);
        let distinct = results
            .distinct
            .iter()
            .find(|(f, _)| *f == Facet::Article)
            .unwrap()
            .1;
        let values: Vec<(String, usize, bool)> = results
            .counts
            .iter()
            .filter(|c| c.facet == Facet::Article)
            .map(|c| (c.value.to_string(), c.count, c.selected))
            .collect();
        (distinct, values)
    };
    let (distinct, values) = listed(&Selection::default());
    assert_eq!(distinct, articles);
    assert_eq!(values.len(), LISTED_VALUES);
    assert_eq!(values[0], ("000".to_string(), 2, false));
    // A value past the cut, once selected, is listed with its count.
    let last = (0..articles)
        .map(|n| format!("{n:03}"))
        .find(|id| !values.iter().any(|v| v.0 == *id))
        .expect("some value is past the cut");
    let mut selection = Selection::default();
    selection.toggle(Facet::Article, &last);
    let (_, values) = listed(&selection);
    assert!(values.contains(&(last, 1, true)), "{values:?}");
}

#[test]
fn without_texts_facets_count_as_with_them_and_a_search_waits() {
    let catalog = catalog().clone();
    let whole = explorer();
    let mut bare = catalog.clone();
    for q in &mut bare.quotes {
        q.text.clear();
    }
    for c in &mut bare.claims {
        c.text.clear();
    }
    let digits: Vec<bool> = catalog
        .quotes
        .iter()
        .map(|q| q.text.chars().any(|c| c.is_ascii_digit()))
        .collect();
    let counts: Vec<bool> = catalog
        .claims
        .iter()
        .map(|c| !c.numbers.is_empty())
        .collect();
    for c in &mut bare.claims {
        c.numbers.clear();
        c.dates.clear();
    }
    let early = Explorer::without_texts(&bare, |q| digits[q], |c| counts[c]);
    let none = Selection::default();
    for kind in [
        ItemKind::Quote,
        ItemKind::Claim,
        ItemKind::Source,
        ItemKind::Article,
    ] {
        assert_eq!(
            early.run(kind, &Query::parse(""), &none),
            whole.run(kind, &Query::parse(""), &none),
            "{kind:?}"
        );
    }
    // Sources and articles search by name and title, which are here already.
    assert!(
        !early
            .run(ItemKind::Source, &Query::parse("lukashenko"), &none)
            .pending
    );
    let waiting = early.run(ItemKind::Quote, &Query::parse("army"), &none);
    assert!(waiting.pending && waiting.items.is_empty());
    assert!(early
        .highlights(ItemKind::Quote, 0, &Query::parse("army"))
        .is_empty());
    early.prepare(ItemKind::Quote);
    assert!(!early.is_prepared(ItemKind::Quote));
    // Once the texts are attached, the same search finds what the whole explorer finds.
    early.attach_texts(&catalog);
    assert!(early.has_texts(ItemKind::Quote));
    assert_eq!(
        early.run(ItemKind::Quote, &Query::parse("army"), &none),
        whole.run(ItemKind::Quote, &Query::parse("army"), &none)
    );
}
