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
use crate::referents::{nearest_before, role_words, subject_of_sentence};

/// The person the nationality noun at token `head` stands for, when the
/// text's evidence of nationalities picks one out. `None` leaves the
/// description to the general rules.
pub(crate) fn demonym_referent(doc: &Doc, head: usize) -> Option<usize> {
    let country = places::country_of_demonym(doc.tokens[head].lower)?;
    let mut given: Vec<(usize, &str)> = Vec::new();
    for a in (0..doc.actors.list.len()).filter(|&a| doc.actors.list[a].kind == Kind::Person) {
        for word in role_words(doc, a, head) {
            if let Some(c) = places::country_of_demonym(&word).or_else(|| places::country(&word)) {
                given.push((a, c));
            }
        }
    }
    // "The 32-year-old Spaniard came through": the sentence's subject.
    for s in 0..doc.tokens[head].sentence {
        let tokens = doc.sentences[s].tokens.clone();
        if tokens.is_empty() || doc.tokens[tokens.start].lower != "the" {
            continue;
        }
        let opening = tokens.start + 1..tokens.end.min(tokens.start + 4);
        let Some(c) = opening.clone().find_map(|j| {
            let t = &doc.tokens[j];
            (!t.quoted && t.is_capital() && doc.name_at(j).is_none())
                .then(|| places::country_of_demonym(t.lower))
                .flatten()
        }) else {
            continue;
        };
        if let Some((person, _)) = subject_of_sentence(doc, s, tokens.end) {
            given.push((person, c));
        }
    }
    if given.is_empty() {
        return None;
    }
    let person = |doc: &Doc, a: usize| doc.actors.list[a].kind == Kind::Person;
    let same = nearest_before(doc, head, |doc, a| {
        person(doc, a) && given.iter().any(|&(p, c)| p == a && c == country)
    });
    if same.is_some() {
        return same;
    }
    let free = |a: usize| !given.iter().any(|&(p, _)| p == a);
    // "Agassi was delighted with victory over Massu. “...,” said the
    // American": whom the sentence (or the one before) is about, before
    // whoever was named last.
    let sentence = doc.tokens[head].sentence;
    for s in (sentence.saturating_sub(1)..=sentence).rev() {
        if let Some((subject, _)) = subject_of_sentence(doc, s, head) {
            let named = doc.actors.list[subject]
                .mention_tokens
                .iter()
                .any(|&t| t < head && !doc.tokens[t].quoted);
            if person(doc, subject) && free(subject) && named {
                return Some(subject);
            }
        }
    }
    nearest_before(doc, head, |doc, a| person(doc, a) && free(a))
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
