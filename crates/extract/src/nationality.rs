//! "said the German": a nationality used as a description of a person.
//!
//! Text gives a person's country in a role ("German Anna Weber", "Weber, of
//! Germany") or in a description that opens a sentence about them ("The
//! 32-year-old Spaniard came through"). A nationality description then means
//! the person given that country, or, when someone else has been given
//! another one, the person most recently named who has not. Knows tokens,
//! names and places, not cues or quotes.

use crate::doc::Doc;
use crate::names::Kind;
use crate::places;
use crate::referents::{role_words, subject_of_sentence};

/// The person the nationality noun at token `head` stands for, when the
/// text's evidence of nationalities picks one out. `None` leaves the
/// description to the general rules.
pub(crate) fn demonym_referent(doc: &Doc, head: usize) -> Option<usize> {
    let country = places::country_of_demonym(doc.tokens[head].lower)?;
    let people: Vec<usize> = (0..doc.actors.list.len())
        .filter(|&a| doc.actors.list[a].kind == Kind::Person)
        .collect();
    let mut given: Vec<(usize, &str)> = Vec::new();
    for &a in &people {
        for word in role_words(doc, a, head) {
            if let Some(c) = places::country_of_demonym(&word).or_else(|| places::country(&word)) {
                given.push((a, c));
            }
        }
    }
    // "The 32-year-old Spaniard came through": the sentence's subject.
    for s in 0..doc.tokens[head].sentence {
        let tokens = doc.sentences[s].tokens.clone();
        let opening = tokens.start..tokens.end.min(tokens.start + 4);
        let Some(noun) = opening.clone().find(|&j| {
            let t = &doc.tokens[j];
            !t.quoted
                && t.is_capital()
                && j > opening.start
                && doc.tokens[opening.start].lower == "the"
                && doc.name_at(j).is_none()
                && places::country_of_demonym(t.lower).is_some()
        }) else {
            continue;
        };
        if let Some((person, _)) = subject_of_sentence(doc, s, tokens.end) {
            if let Some(c) = places::country_of_demonym(doc.tokens[noun].lower) {
                given.push((person, c));
            }
        }
    }
    if given.is_empty() {
        return None;
    }
    let recent = |a: usize| {
        doc.actors.list[a]
            .mention_tokens
            .iter()
            .filter(|&&t| t < head && !doc.tokens[t].quoted)
            .max()
            .copied()
    };
    let same = people
        .iter()
        .filter(|&&a| given.iter().any(|&(p, c)| p == a && c == country))
        .filter_map(|&a| recent(a).map(|r| (r, a)))
        .max();
    if let Some((_, a)) = same {
        return Some(a);
    }
    let free = |a: usize| !given.iter().any(|&(p, _)| p == a);
    // "Agassi was delighted with victory over Massu. “...,” said the
    // American": whom the sentence (or the one before) is about, before
    // whoever was named last.
    let sentence = doc.tokens[head].sentence;
    for s in (sentence.saturating_sub(1)..=sentence).rev() {
        if let Some((person, _)) = subject_of_sentence(doc, s, head) {
            if free(person) && recent(person).is_some() {
                return Some(person);
            }
        }
    }
    people
        .iter()
        .filter(|&&a| free(a))
        .filter_map(|&a| recent(a).map(|r| (r, a)))
        .max()
        .map(|(_, a)| a)
}

/// "the German." / "the Spaniard, who": a capitalised nationality after "the"
/// with no noun after it for it to qualify ("the German coach").
pub(crate) fn is_demonym_noun(doc: &Doc, j: usize) -> bool {
    let t = &doc.tokens[j];
    j > 0
        && doc.tokens[j - 1].lower == "the"
        && t.is_capital()
        && !t.quoted
        && places::country_of_demonym(t.lower).is_some()
        && doc
            .tokens
            .get(j + 1)
            .is_none_or(|n| !n.is_word() || crate::lexicon::is_function_word(n.lower))
}
