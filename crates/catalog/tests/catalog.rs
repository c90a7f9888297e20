//! The catalog over real folders. Ids come from content: adding or removing
//! other articles leaves every other quote, claim and source id as it was, so
//! shared links keep working; `articles.toml` overrides what extraction found.

use claimscope_corpus::{load_dir, Corpus};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn seeds() -> Corpus {
    load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds"))
        .unwrap()
        .corpus
}

fn ids(corpus: &Corpus) -> (BTreeSet<String>, BTreeMap<String, String>) {
    let catalog = claimscope_catalog::build(corpus, &BTreeMap::new()).catalog;
    let items = catalog
        .quotes
        .iter()
        .map(|q| q.id.clone())
        .chain(catalog.claims.iter().map(|c| c.id.clone()))
        .collect();
    let sources = catalog
        .sources
        .iter()
        .map(|s| (s.name.clone(), s.id.clone()))
        .collect();
    (items, sources)
}

#[test]
fn removing_and_adding_articles_keeps_the_other_ids() {
    let all = seeds();
    let (all_items, all_sources) = ids(&all);

    // Each article removed in turn: every other item keeps its id (and so its
    // link, which is a function of the id alone), and every source still named
    // the same keeps its id.
    for index in 0..all.articles.len() {
        let mut fewer = all.clone();
        let removed = fewer.articles.remove(index);
        let (fewer_items, fewer_sources) = ids(&fewer);
        for id in &fewer_items {
            assert!(
                all_items.contains(id),
                "{id} changed when {} was removed",
                removed.file
            );
        }
        assert_eq!(
            fewer_items.len()
                + all_items
                    .iter()
                    .filter(|id| id.starts_with(&format!("{}.", removed.id)))
                    .count(),
            all_items.len(),
            "only the items of {} went",
            removed.file
        );
        for (name, id) in &fewer_sources {
            if let Some(before) = all_sources.get(name) {
                assert_eq!(
                    before, id,
                    "the id of {name} changed without {}",
                    removed.file
                );
            }
        }
    }

    let mut more = all.clone();
    let extra = claimscope_corpus::article_from_bytes(
        "zz-extra.txt",
        b"Extra story\n\nVolodymyr Zelensky said on Monday: \"We will not give up.\" The president added that talks were over.\n".to_vec(),
    )
    .unwrap();
    more.articles.push(extra);
    let (more_items, more_sources) = ids(&more);
    assert!(
        all_items.is_subset(&more_items),
        "adding an article changed existing item ids"
    );
    for (name, id) in &all_sources {
        if let Some(after) = more_sources.get(name) {
            assert_eq!(
                after, id,
                "the id of {name} changed when an article was added"
            );
        }
    }
    // Zelensky in the new article joins Zelenskyy of the seeds: one source, one id.
    assert_eq!(
        more_sources
            .values()
            .filter(|id| id.starts_with("zelensk"))
            .count(),
        1
    );
}

#[test]
fn articles_toml_overrides_metadata_and_names_its_mistakes() {
    let dir = std::env::temp_dir().join(format!("claimscope-meta-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("a.txt"),
        "A headline here\n\nThe minister said \"we will act\" on Monday.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("articles.toml"),
        "[\"a.txt\"]\ntitle = \"Given title\"\noutlet = \"Example News\"\ndate = \"2022-10-14\"\n",
    )
    .unwrap();
    let (_, built) = claimscope_catalog::build_dir(&dir).unwrap();
    let record = &built.catalog.articles[0];
    assert_eq!(record.title, "Given title");
    assert_eq!(record.outlet.as_deref(), Some("Example News"));
    assert_eq!(record.date.as_deref(), Some("2022-10-14"));

    std::fs::write(
        dir.join("articles.toml"),
        "[\"missing.txt\"]\ntitle = \"x\"\n",
    )
    .unwrap();
    let err = claimscope_catalog::build_dir(&dir)
        .err()
        .expect("an unknown file is an error");
    assert!(
        err.contains("missing.txt") && err.contains("articles.toml"),
        "{err}"
    );
    std::fs::write(dir.join("articles.toml"), "[\"a.txt\"]\ntitel = \"x\"\n").unwrap();
    let err = claimscope_catalog::build_dir(&dir)
        .err()
        .expect("a misspelt key is an error");
    assert!(err.contains("line 2"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The catalog of these articles, written to a fresh folder named for `tag`.
fn built_from(tag: &str, articles: &[(&str, &str)]) -> claimscope_catalog::Built {
    let dir = std::env::temp_dir().join(format!("claimscope-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in articles {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let (_, built) = claimscope_catalog::build_dir(&dir).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    built
}

/// The speaker id of the first quote in `article`.
fn first_speaker(built: &claimscope_catalog::Built, article: &str) -> Option<String> {
    built
        .catalog
        .quotes
        .iter()
        .find(|q| q.article == article)
        .and_then(|q| q.speaker.clone())
}

#[test]
fn a_short_form_joins_two_bodies_only_when_their_full_names_agree() {
    let built = built_from("acronyms", &[
        ("trade.txt", "Trade talks\n\nThe World Trade Organisation met on Monday. \"We will agree a deal,\" the WTO said.\n"),
        ("tourism.txt", "Tourist boom\n\nThe World Tourism Organisation counted more visitors. \"Asia is growing fast,\" the WTO said.\n"),
        ("trade2.txt", "More talks\n\nThe World Trade Organization (WTO) met again. \"Talks go on,\" it said.\n"),
    ]);
    let by_name = |name: &str| {
        built
            .catalog
            .sources
            .iter()
            .find(|s| s.name == name || s.aliases.iter().any(|a| a == name))
            .unwrap_or_else(|| panic!("no source {name}: {:?}", built.catalog.sources))
    };
    let trade = by_name("World Trade Organisation");
    let tourism = by_name("World Tourism Organisation");
    assert_ne!(trade.id, tourism.id);
    assert_eq!(trade.articles.len(), 2, "{trade:?}");
    // Each article's "the WTO said" is the body it named.
    assert_eq!(first_speaker(&built, "tourism"), Some(tourism.id.clone()));
    assert_eq!(first_speaker(&built, "trade"), Some(trade.id.clone()));
}

#[test]
fn a_lone_surname_joins_no_namesake_the_text_makes_the_other_sex() {
    let built = built_from("namesakes", &[
        ("actress.txt", "Star honoured\n\nRaquel Welch was honoured on Monday. \"I am thrilled,\" said Welch.\n"),
        ("band.txt", "Guitarist quits\n\nOn Monday, Mr Welch left the band. \"I am going to show it through my actions,\" he said.\n"),
        ("again.txt", "Star returns\n\nOn Friday, Ms Welch returned to the stage. \"It feels right,\" she said.\n"),
    ]);
    let speaker_of = |article: &str| {
        let id = first_speaker(&built, article);
        built
            .catalog
            .sources
            .iter()
            .find(|s| Some(&s.id) == id.as_ref())
            .map(|s| s.name.clone())
    };
    assert_eq!(speaker_of("actress").as_deref(), Some("Raquel Welch"));
    assert_eq!(speaker_of("again").as_deref(), Some("Raquel Welch"));
    assert_eq!(speaker_of("band").as_deref(), Some("Welch"));
}

#[test]
fn a_lone_name_guessed_a_person_joins_the_body_another_article_names() {
    let built = built_from("guessed", &[
        ("maker.txt", "Jet order\n\nZephra said the order was won. \"It is a great day,\" Zephra said.\n"),
        ("firm.txt", "Zephra profits\n\nZephra said it would hire 500 staff. Zephra chief executive Tom Hale was pleased.\n"),
    ]);
    let zephra: Vec<_> = built
        .catalog
        .sources
        .iter()
        .filter(|s| s.name == "Zephra")
        .collect();
    assert_eq!(zephra.len(), 1, "{zephra:?}");
    assert_eq!(zephra[0].kind, claimscope_model::SourceType::Organization);
    assert_eq!(zephra[0].articles.len(), 2);
    assert_eq!(first_speaker(&built, "maker"), Some(zephra[0].id.clone()));
}

#[test]
fn a_party_written_several_ways_is_one_source_under_its_full_name() {
    let built = built_from("parties", &[
        ("one.txt", "Poll row\n\nThe Tories said the plan was wrong. \"It is a stealth tax,\" a Conservative spokeswoman said.\n"),
        ("two.txt", "Tax row\n\nThe Conservatives said taxes would rise. \"We will cut them,\" said Tory leader Tom Hale.\n"),
    ]);
    let parties: Vec<_> = built
        .catalog
        .sources
        .iter()
        .filter(|s| {
            s.kind != claimscope_model::SourceType::Person
                && s.kind != claimscope_model::SourceType::Unnamed
        })
        .collect();
    assert_eq!(parties.len(), 1, "{parties:?}");
    assert_eq!(parties[0].name, "Conservative Party");
    assert_eq!(parties[0].articles.len(), 2);
}
