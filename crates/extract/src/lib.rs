//! Extraction: finds quotes, speakers, sources and claims in one English news article.
//!
//! Rules, not a model: every decision can be traced to a cue in the text
//! (quotation marks, speech verbs, names, titles, hedges). It owns sentence
//! splitting, quote pairing, name and role recognition, attribution and claim
//! classification. It must not know where articles come from, how they are shown,
//! or anything about other articles: merging across articles and ids belong to
//! the catalog.

mod actors;
mod attribution;
pub mod claims;
mod doc;
pub mod layout;
mod lexicon;
pub mod marks;
pub mod names;
mod nationality;
mod places;
pub mod quotes;
mod referents;
pub mod sentences;
mod tokens;

pub use claims::{Certainty, Claim, ClaimKind, Number};
pub use layout::Role;
pub use names::Kind;
pub use quotes::QuoteKind;

use claimscope_corpus::Span;
use serde::{Deserialize, Serialize};

/// Everything found in one article. Indices in `speaker`, `channel`, `source`
/// and `entities` point into `actors`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    pub headline: Option<Span>,
    pub outlet: Option<String>,
    pub author: Option<String>,
    /// The role of each paragraph, in the corpus crate's paragraph order.
    pub roles: Vec<Role>,
    pub sentences: Vec<Span>,
    pub quotes: Vec<Quote>,
    pub actors: Vec<Actor>,
    pub claims: Vec<Claim>,
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The text between the marks.
    pub inner: Span,
    /// The quote with its marks.
    pub outer: Span,
    pub kind: QuoteKind,
    pub speaker: Option<u32>,
    pub cue: Option<String>,
    pub channel: Option<u32>,
    /// Never closed (and not continued in the next paragraph).
    pub unclosed: bool,
    /// Carries on in the next paragraph.
    pub continued: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    pub name: String,
    pub aliases: Vec<String>,
    pub kind: Kind,
    pub role: Option<String>,
    /// Something in the article is attributed to it.
    pub cited: bool,
    /// Known by name (not only by a description such as "observers").
    pub named: bool,
    /// He or she, from an honorific, a first name or a pronoun that
    /// referred to them; `None` when the text does not say.
    pub gender: Option<Gender>,
    pub mentions: Vec<Span>,
    /// `kind` is a guess: a cited name with nothing to tell a person from a
    /// body. The catalog lets any article's evidence outvote it.
    #[serde(default)]
    pub kind_guessed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Gender {
    Male,
    Female,
}

/// Extracts everything from one article's text. Never panics; every span lies on
/// character boundaries inside `text`.
pub fn extract(text: &str) -> Extraction {
    // Lowercase forms that cannot borrow from the text live here for one article.
    let arena = bumpalo::Bump::new();
    let mut doc = doc::Doc::read(text, &arena);
    referents::type_people_by_pronoun(&mut doc);
    let cues = attribution::find_cues(&mut doc);
    let quotes = quotes::attribute(&mut doc, &cues);
    let claims = claims::find(&mut doc, &cues, &quotes);
    attribution::cite_co_speakers(&mut doc, &cues);
    referents::type_bodies_by_description(&mut doc);

    let mut warnings = Vec::new();
    if let Some(at) = memchr::memmem::find(text.as_bytes(), b"??") {
        warnings.push(format!("possible encoding damage (“??”) at byte {at}"));
    }
    if text.contains('\u{FFFD}') {
        warnings
            .push("replacement characters (�): the text was damaged before it was saved".into());
    }
    // Each unclosed quote is named, up to a few: a file of nothing but stray
    // marks should get one readable line, not thousands.
    const NAMED_UNCLOSED: usize = 3;
    let unclosed: Vec<usize> = quotes
        .iter()
        .filter(|q| q.marks.unclosed())
        .map(|q| q.marks.open)
        .collect();
    for open in unclosed.iter().take(NAMED_UNCLOSED) {
        warnings.push(format!("a quotation opened at byte {open} is never closed"));
    }
    if unclosed.len() > NAMED_UNCLOSED {
        warnings.push(match unclosed.len() - NAMED_UNCLOSED {
            1 => "1 more quotation is never closed".to_string(),
            more => format!("{more} more quotations are never closed"),
        });
    }
    // Prose has a few quotations per hundred words; far more means a list,
    // code or a damaged file, where quotes and speakers are guesses. Counted
    // from what was found, so ordinary articles pay no extra pass.
    if quotes.len() >= 100 {
        let words = text.split_whitespace().count();
        if quotes.len() * 8 > words {
            warnings.push(format!(
                "{} quotations in {words} words, far more quotation marks than prose has: its quotes and speakers are unreliable",
                quotes.len()
            ));
        }
    }

    Extraction {
        headline: doc.layout.headline.map(|h| doc.paragraphs[h]),
        outlet: doc.layout.outlet.take(),
        author: doc.layout.author.take(),
        roles: std::mem::take(&mut doc.layout.roles),
        sentences: doc.sentences.iter().map(|s| s.span).collect(),
        quotes: quotes
            .iter()
            .map(|q| Quote {
                inner: q.marks.inner,
                outer: q.marks.outer(text),
                kind: q.kind,
                speaker: q.speaker.map(|s| s as u32),
                cue: q.cue.map(str::to_string),
                channel: q.channel.map(|c| c as u32),
                unclosed: q.marks.unclosed(),
                continued: q.marks.continued,
            })
            .collect(),
        // The document ends here: its actors move out rather than being copied.
        actors: std::mem::take(&mut doc.actors.list)
            .into_iter()
            .map(|a| Actor {
                role: a.roles.into_iter().next(),
                name: a.name,
                aliases: a.aliases,
                kind: a.kind,
                cited: a.cited,
                named: !a.described,
                gender: match a.gender {
                    Some(lexicon::Pronoun::He) => Some(Gender::Male),
                    Some(lexicon::Pronoun::She) => Some(Gender::Female),
                    _ => None,
                },
                mentions: a.mentions,
                kind_guessed: a.kind_guessed,
            })
            .collect(),
        claims,
        warnings,
    }
}
