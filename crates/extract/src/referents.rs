//! Referents: who "he", "she", "it", "the 68-year-old" and "the Belarusian
//! ruler" stand for when they take a speaker's place. Attribution finds the
//! cue and the words in the speaker's slot; this module picks the actor those
//! words point to, from what the text has said before them (subjects of the
//! sentences just read, roles already given, the last speaker). It reads the
//! document and may record a mention or a gender on an actor; it never finds
//! cues or quotes.

use crate::doc::Doc;
use crate::lexicon::{self, Pronoun};
use crate::names::Kind;
use claimscope_corpus::Span;

/// A person who became the subject after the last speaker last spoke
/// ("Robbie Keane ... echoed his manager. “...,” he said.").
fn newer_subject(doc: &Doc, at: usize, last: Option<(usize, usize)>) -> Option<usize> {
    let sentence = doc.tokens[at].sentence;
    // "Holmes will make her first appearance ... She will also run in the Grand
    // Prix ... “...,” she said": sentences opened by "he" or "she" carry the
    // subject of the one before them.
    let mut earliest = sentence.saturating_sub(1);
    while earliest > 0
        && sentence - earliest < 4
        && (opens_with_personal_pronoun(doc, earliest) || opens_with_description(doc, earliest))
    {
        earliest -= 1;
    }
    // "Mr Blair has failed to tackle these problems, he claimed": the one a
    // sentence reports on is not who "he" is when the cue follows a comma.
    let reported = at > 0 && doc.tokens[at - 1].is_punct(',');
    let (actor, token) = (earliest < sentence).then_some(()).and_then(|()| {
        for s in (earliest..=sentence).rev() {
            if s == sentence && reported {
                continue;
            }
            // "And Tony Blair would be in the front line, he said. “...,” he
            // promised": what the last speaker reported names no new speaker.
            if s < sentence && ends_with_pronoun_cue(doc, s) {
                return None;
            }
            let found = contrast_subject(doc, s, at + 1)
                .or_else(|| subject_of_sentence(doc, s, at + 1))
                .or_else(|| subordinate_subject(doc, s, at + 1))
                .or_else(|| passive_doer(doc, s, at + 1));
            if found.is_some() {
                return found;
            }
        }
        None
    })?;
    // The last speaker named again after the new subject keeps the floor, unless
    // only as a possessive ("backed Gerrard's view") or inside a quote ("for
    // Dominik as he played so well," she said: named by the new speaker).
    // ("DiCaprio, who lost out ... to Foxx, will face him": nor inside a
    // relative clause about the new subject.)
    let relative_clause = relative_clause_after(doc, token);
    let fresh = last.is_none_or(|(speaker, _)| {
        speaker != actor
            && doc.actors.list[speaker]
                .mention_tokens
                .iter()
                .filter(|&&t| {
                    t < at
                        && !doc.tokens[t].possessive(doc.text)
                        && !doc.tokens[t].quoted
                        && !relative_clause.contains(&t)
                        && !names_a_kind(doc, t)
                })
                .max()
                .is_none_or(|&t| t < token)
    });
    (fresh && doc.actors.list[actor].kind == Kind::Person).then_some(actor)
}

/// "The report was welcomed by Conservative shadow pensions secretary David
/// Willetts": when what the sentence opens with is a thing, the person
/// after "was ...ed by" is who acted (with the token of their name).
fn passive_doer(doc: &Doc, s: usize, before: usize) -> Option<(usize, usize)> {
    let range = doc.sentences[s].tokens.clone();
    let end = range.end.min(before);
    let by = (range.start + 2..end).find(|&j| {
        let t = &doc.tokens[j];
        t.lower == "by"
            && !t.quoted
            && is_verb_of_response(doc.tokens[j - 1].lower)
            && matches!(
                doc.tokens[j - 2].lower,
                "was" | "were" | "is" | "are" | "been" | "be"
            )
    })?;
    // (Not "Roddick was beaten by Ginepri": a person dispatched is the one
    // the sentence is about.)
    let subject_is_person = (range.start..by).any(|j| {
        doc.name_ending_at
            .get(&j)
            .is_some_and(|&(a, _)| doc.actors.list[a].kind == Kind::Person)
            || lexicon::pronoun(doc.tokens[j].lower).is_some()
    });
    if subject_is_person {
        return None;
    }
    (by + 1..(by + 8).min(end))
        .take_while(|&j| doc.tokens[j].is_word() && !doc.tokens[j].quoted)
        .find_map(|j| {
            doc.name_ending_at
                .get(&j)
                .filter(|&&(a, _)| doc.actors.list[a].kind == Kind::Person)
                .map(|&(a, _)| (a, j))
        })
}

/// What one does to a report, a plan or a view, and then speaks of: "was
/// welcomed by", "was criticised by" (not "was dispatched by", a defeat, whose
/// subject is the player who then speaks).
fn is_verb_of_response(participle: &str) -> bool {
    matches!(
        participle,
        "welcomed"
            | "criticised"
            | "criticized"
            | "praised"
            | "backed"
            | "endorsed"
            | "attacked"
            | "condemned"
            | "supported"
            | "questioned"
            | "dismissed"
            | "rejected"
            | "echoed"
            | "announced"
            | "unveiled"
            | "published"
            | "launched"
            | "issued"
            | "hailed"
            | "branded"
            | "challenged"
            | "disputed"
            | "defended"
            | "opposed"
    )
}

/// Whether the name ending at token `t` follows "by" after a participle
/// ("was dispatched by fellow American Robby Ginepri").
fn passive_agent(doc: &Doc, t: usize) -> bool {
    let Some(&(_, first)) = doc.name_ending_at.get(&t) else {
        return false;
    };
    let by = (first.saturating_sub(3)..first).rev().find(|&j| {
        doc.tokens[j].lower == "by"
            && doc.tokens[j + 1..first].iter().all(|w| {
                w.is_word()
                    && (!w.is_capital() || crate::places::country_of_demonym(w.lower).is_some())
            })
    });
    // ("introduced by his son Nick, a trainee vicar, who praised": one the
    // sentence goes on to tell of.)
    let told_of = (t + 1..doc.tokens.len().min(t + 12))
        .take_while(|&j| doc.tokens[j].sentence == doc.tokens[t].sentence)
        .any(|j| doc.tokens[j].lower == "who");
    !told_of
        && by.is_some_and(|b| {
            b > 0 && {
                let verb = doc.tokens[b - 1].lower;
                verb.ends_with("ed") || verb.ends_with("en")
            }
        })
}

/// Whether sentence `s` ends ", he said." (a pronoun and a cue after a comma,
/// outside quotes).
fn ends_with_pronoun_cue(doc: &Doc, s: usize) -> bool {
    let range = doc.sentences[s].tokens.clone();
    let mut end = range.end;
    while end > range.start && !doc.tokens[end - 1].is_word() {
        end -= 1;
    }
    end >= range.start + 3
        && doc.tokens[end - 3].is_punct(',')
        && !doc.tokens[end - 2].quoted
        && matches!(doc.tokens[end - 2].lower, "he" | "she")
        && lexicon::cue_lemma(doc.tokens[end - 1].lower).is_some()
}

/// "her clash with the younger Williams sister": a name after "the" that
/// modifies the lowercase noun after it describes someone; it does not hand
/// them the floor again.
fn names_a_kind(doc: &Doc, t: usize) -> bool {
    let lowercase = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|x| x.is_word() && !x.is_capital())
    };
    let the = |k: usize| doc.tokens[k].lower == "the" && !doc.tokens[k].is_capital();
    lowercase(t + 1) && (t >= 1 && the(t - 1) || t >= 2 && lowercase(t - 1) && the(t - 2))
}

/// "Hewitt said he had had a “gutful” ... but Tennis Australia's Geoff Pollard
/// rejected his comments": the person who opens a clause after "but" and acts
/// in it is who the sentence ends on (the one the next "he said" means).
fn contrast_subject(doc: &Doc, s: usize, before: usize) -> Option<(usize, usize)> {
    let range = doc.sentences[s].tokens.clone();
    let end = range.end.min(before);
    let but = (range.start + 1..end)
        .rev()
        .find(|&j| doc.tokens[j].lower == "but" && !doc.tokens[j].quoted)?;
    let mut j = but + 1;
    while j < end.min(but + 8) {
        let (&name_end, &(actor, _)) = doc.name_at(j)?;
        let possessive = doc.tokens[name_end].possessive(doc.text);
        if possessive && doc.name_at(name_end + 1).is_some() {
            // Past the one who has the person ("Tennis Australia's", "Hewitt's").
            j = name_end + 1;
            continue;
        }
        let verb = doc
            .tokens
            .get(name_end + 1)
            .filter(|_| name_end + 1 < end)?;
        let acts = lexicon::is_past_verb(verb);
        return (acts && !possessive && doc.actors.list[actor].kind == Kind::Person)
            .then_some((actor, name_end));
    }
    None
}

/// "His words came as Cardinal Cormac Murphy O'Connor, the Archbishop of
/// Westminster, backed Mr Howard's stance": when no person is a sentence's own
/// subject, the person acting in its "as", "when", "after" or "while" clause.
/// (Not in a sentence opened by "he" or "she", which is about them.)
fn subordinate_subject(doc: &Doc, s: usize, before: usize) -> Option<(usize, usize)> {
    let range = doc.sentences[s].tokens.clone();
    let end = range.end.min(before);
    if opens_with_personal_pronoun(doc, s)
        || doc
            .tokens
            .get(range.start)
            .is_some_and(|t| matches!(t.lower, "they" | "i" | "we"))
    {
        return None;
    }
    let conjunction = (range.start + 1..end).find(|&j| {
        matches!(doc.tokens[j].lower, "as" | "when" | "after" | "while") && !doc.tokens[j].quoted
    })?;
    let j = doc.past_titles(conjunction + 1, end);
    let (&name_end, &(actor, _)) = doc.name_at(j).filter(|_| j < end)?;
    if doc.tokens[name_end].possessive(doc.text) || doc.actors.list[actor].kind != Kind::Person {
        return None;
    }
    // Past an appositive between commas ("..., the Archbishop of Westminster,").
    let mut v = name_end + 1;
    if doc.tokens.get(v).is_some_and(|t| t.is_punct(',')) {
        v = (v + 1..end.min(v + 12)).find(|&c| doc.tokens[c].is_punct(','))? + 1;
    }
    let verb = doc.tokens.get(v).filter(|_| v < end)?;
    lexicon::is_past_verb(verb).then_some((actor, name_end))
}

/// The tokens of ", who ... ," right after token `name_end`.
fn relative_clause_after(doc: &Doc, name_end: usize) -> std::ops::Range<usize> {
    let opens = doc
        .tokens
        .get(name_end + 1)
        .is_some_and(|t| t.is_punct(','))
        && doc
            .tokens
            .get(name_end + 2)
            .is_some_and(|t| matches!(t.lower, "who" | "whose"));
    if !opens {
        return 0..0;
    }
    let sentence_end = doc.sentences[doc.tokens[name_end].sentence].tokens.end;
    let close = (name_end + 3..sentence_end)
        .find(|&k| doc.tokens[k].is_punct(','))
        .unwrap_or(sentence_end);
    name_end + 2..close
}

fn opens_with_personal_pronoun(doc: &Doc, s: usize) -> bool {
    let range = doc.sentences[s].tokens.clone();
    if range.is_empty() {
        return false;
    }
    let mut first = past_connective(doc, range.clone());
    // "Despite that he was happy with his debut": past "despite that".
    if doc.tokens[first].lower == "despite"
        && doc
            .tokens
            .get(first + 1)
            .is_some_and(|t| matches!(t.lower, "that" | "this"))
    {
        first += 2;
    }
    first < range.end
        && matches!(doc.tokens[first].lower, "he" | "she")
        && (first > range.start || doc.tokens[first].is_capital())
}

/// "After a tough first set, Molik grew in confidence and won ... She will now
/// meet Venus Williams": a name of no known kind that a sentence is about,
/// when "he" or "she" opens the next, is a person of that sex.
/// "..., says Age Concern. A survey for the charity suggests": a name that
/// looked like a person's only by its shape (two capitalised words, no first
/// name, no honorific, no pronoun, no role) is the body "the charity", "the
/// firm" or "the group" then refers to, when it is the last name before it.
pub(crate) fn type_bodies_by_description(doc: &mut Doc) {
    for t in 1..doc.tokens.len() {
        let token = &doc.tokens[t];
        if token.quoted
            || !matches!(
                token.lower,
                "charity"
                    | "firm"
                    | "company"
                    | "group"
                    | "organisation"
                    | "organization"
                    | "retailer"
                    | "airline"
                    | "insurer"
                    | "broadcaster"
                    | "bank"
            )
            || doc.tokens[t - 1].lower != "the"
            || doc.tokens.get(t + 1).is_some_and(|n| n.is_capital())
        {
            continue;
        }
        let sentence = token.sentence;
        let floor = doc.sentences[sentence.saturating_sub(1)].tokens.start;
        let last_named = (floor..t - 1)
            .rev()
            .find_map(|j| doc.name_ending_at.get(&j).map(|&(actor, _)| actor));
        let Some(actor) = last_named else { continue };
        let a = &doc.actors.list[actor];
        let words: Vec<&str> = a.name.split_whitespace().collect();
        // (Only one cited as a source: "Rupert Murdoch ... the company" is
        // the man beside his firm, named but not quoted.)
        let shape_only = a.kind == Kind::Person
            && a.cited
            && a.gender.is_none()
            && a.roles.is_empty()
            && a.aliases.is_empty()
            && (2..=4).contains(&words.len())
            && !lexicon::is_first_name(&words[0].to_lowercase())
            && !a.mention_tokens.iter().any(|&m| {
                let first = m + 1 - words.len();
                first > 0 && lexicon::is_honorific(doc.tokens[first - 1].lower)
            });
        if shape_only {
            doc.actors.list[actor].kind = Kind::Organization;
        }
    }
}

pub(crate) fn type_people_by_pronoun(doc: &mut Doc) {
    for s in 0..doc.sentences.len().saturating_sub(1) {
        if !opens_with_personal_pronoun(doc, s + 1)
            || doc.sentences[s].paragraph != doc.sentences[s + 1].paragraph
        {
            continue;
        }
        let range = doc.sentences[s].tokens.clone();
        let mut k = range.start;
        if doc.name_at(k).is_none() {
            // Past a short opening phrase ("After a tough first set,").
            match (range.start..range.end.min(range.start + 8))
                .find(|&j| doc.tokens[j].is_punct(','))
            {
                Some(comma) => k = comma + 1,
                None => continue,
            }
        }
        let Some((&end, &(actor, _))) = doc.name_at(k) else {
            continue;
        };
        let verb_follows = doc.tokens.get(end + 1).is_some_and(|t| {
            t.is_word()
                && !t.is_capital()
                && !t.quoted
                && !lexicon::is_function_word(t.lower)
                && !t.possessive(doc.text)
        }) && !doc.tokens[end].possessive(doc.text);
        if doc.actors.list[actor].kind != Kind::Unknown || !verb_follows {
            continue;
        }
        let next = doc.sentences[s + 1].tokens.clone();
        let pronoun = doc.tokens[next].iter().find_map(|t| match t.lower {
            "he" => Some(Pronoun::He),
            "she" => Some(Pronoun::She),
            _ => None,
        });
        let a = &mut doc.actors.list[actor];
        a.kind = Kind::Person;
        if a.gender.is_none() {
            a.gender = pronoun;
        }
    }
}

/// "The seventh seed, who has never ..., is looking forward to the match":
/// a sentence opened by "The", a few lowercase words and a person's noun (or
/// a seeding) names nobody new; like "he", it carries the subject before it.
/// ("And the Belgian, who has slipped to eight in the world, faces ...": a
/// nationality right after "the" is such a noun too, and a connective may
/// come first.)
fn opens_with_description(doc: &Doc, s: usize) -> bool {
    let range = doc.sentences[s].tokens.clone();
    let first = past_connective(doc, range.clone());
    let Some(the) = doc.tokens.get(first).filter(|_| first < range.end) else {
        return false;
    };
    if the.lower != "the" || first == range.start && !the.is_capital() {
        return false;
    }
    let ends_description = |j: usize| {
        doc.tokens
            .get(j + 1)
            .is_some_and(|n| n.is_punct(',') || n.is_word() && !n.is_capital())
    };
    let mut j = first + 1;
    while j < range.end.min(first + 5) {
        let t = &doc.tokens[j];
        let demonym = j == first + 1
            && t.is_capital()
            && crate::places::country_of_demonym(t.lower).is_some()
            && doc.tokens.get(j + 1).is_none_or(|n| {
                !lexicon::is_person_noun(n.lower) && !lexicon::is_org_evidence(n.lower)
            });
        if demonym && !t.quoted && doc.name_at(j).is_none() {
            return ends_description(j);
        }
        if !t.is_word() || t.is_capital() || t.quoted {
            return false;
        }
        if lexicon::is_person_noun(t.lower) || t.lower == "seed" {
            return ends_description(j);
        }
        j += 1;
    }
    false
}

/// The first token of a sentence's `range` past an opening connective and its
/// comma ("However he hopes ...", "But, she said, ...", "And the Belgian").
fn past_connective(doc: &Doc, range: std::ops::Range<usize>) -> usize {
    let mut first = range.start;
    if first < range.end
        && matches!(
            doc.tokens[first].lower,
            "however" | "but" | "and" | "yet" | "still" | "meanwhile" | "instead"
        )
    {
        first += 1;
        if doc.tokens.get(first).is_some_and(|t| t.is_punct(',')) {
            first += 1;
        }
    }
    first
}

/// "he" / "she" / "they" as a speaker: the last speaker if they fit, otherwise
/// the nearest fitting person mentioned before.
pub(crate) fn resolve_pronoun(
    doc: &mut Doc,
    pronoun: Pronoun,
    at: usize,
    last: Option<(usize, usize)>,
    paragraph: usize,
) -> Option<usize> {
    let fits = |doc: &Doc, actor: usize| {
        let a = &doc.actors.list[actor];
        match pronoun {
            Pronoun::He | Pronoun::She => {
                let one_person = a.kind == Kind::Person
                    || a.kind == Kind::Unnamed
                        && a.name
                            .split_whitespace()
                            .last()
                            .is_some_and(|w| lexicon::is_person_noun(&w.to_lowercase()));
                // "A spokesman for the BPI said ... “...,” he said": the organisation.
                let voiced = a.has_spokesperson
                    && matches!(a.kind, Kind::Organization | Kind::Government | Kind::Media);
                (one_person || voiced) && a.gender.is_none_or(|g| g == pronoun)
            }
            // ("Us magazine was unrepentant ... “...,” they added": British
            // usage takes a plural for an outlet too.)
            Pronoun::They => matches!(
                a.kind,
                Kind::Unnamed | Kind::Organization | Kind::Government | Kind::Person | Kind::Media
            ),
            // (Not "police" or "Belgian authorities": people, for "they".)
            Pronoun::It => {
                matches!(
                    a.kind,
                    Kind::Organization | Kind::Government | Kind::Media | Kind::Poll
                ) && !(a.described
                    && a.name
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| lexicon::is_unnamed_source_noun(&w.to_lowercase())))
            }
            Pronoun::Speaker => false,
        }
    };
    let newer_subject = newer_subject(doc, at, last).filter(|&a| fits(doc, a));
    // "Even sports car maker Porsche may join the race, although it insists":
    // a body named earlier in the same sentence, before any named in the
    // sentences before.
    let body_subject = if pronoun == Pronoun::It {
        body_in_sentence_before(doc, at).or_else(|| body_subject_before(doc, at, last))
    } else {
        None
    };
    // "Alison Howe, producer of Later... With Jools Holland, booked the group.
    // “...,” she said": a person known to be of the pronoun's sex, named in the
    // two sentences before, over a new subject of unknown sex (only for
    // "she", as below).
    let sentence = doc.tokens[at].sentence;
    let sexed_near = |doc: &Doc| {
        nearest_before(doc, at, |doc, a| {
            fits(doc, a)
                && doc.actors.list[a].gender == Some(pronoun)
                && doc.actors.list[a]
                    .mention_tokens
                    .iter()
                    .any(|&t| t < at && doc.tokens[t].sentence + 2 >= sentence)
        })
    };
    let newer_subject = newer_subject.map(|actor| {
        // (Only a name the list of first names does not know: "Jools
        // Holland", not "Jackie Stallone" or "Jo Pavey".)
        let unknown_first_name = doc.actors.list[actor]
            .name
            .split_whitespace()
            .next()
            .is_some_and(|w| !lexicon::is_first_name(&w.to_lowercase()));
        if doc.actors.list[actor].gender.is_none() && pronoun == Pronoun::She && unknown_first_name
        {
            sexed_near(doc).unwrap_or(actor)
        } else {
            actor
        }
    });
    // "Franz Ferdinand had a question they asked themselves ..., Kapranos
    // said. “...?” they pondered": a body that opened the sentence before,
    // over a last speaker who is one person.
    let body_subject = if pronoun == Pronoun::They
        && last.is_some_and(|(a, _)| doc.actors.list[a].kind == Kind::Person)
    {
        body_subject_before(doc, at, None)
    } else {
        body_subject
    };
    let chosen = match (newer_subject, last) {
        (Some(actor), _) if matches!(pronoun, Pronoun::He | Pronoun::She) => Some(actor),
        _ if body_subject.is_some() => body_subject,
        (_, Some((actor, p))) if paragraph - p <= 2 && fits(doc, actor) => Some(actor),
        _ => {
            // (Not the agent of a passive: "the wildcard entry was dispatched
            // by Robby Ginepri ... “...,” he said" is the one dispatched.)
            let agent_only = |doc: &Doc, a: usize| {
                doc.actors.list[a]
                    .mention_tokens
                    .iter()
                    .filter(|&&t| t < at && !doc.tokens[t].quoted)
                    .max()
                    .is_some_and(|&t| passive_agent(doc, t))
            };
            let nearest = nearest_before(doc, at, |doc, a| fits(doc, a) && !agent_only(doc, a))
                .or_else(|| nearest_before(doc, at, |doc, a| fits(doc, a)));
            // "... echoed by Christine Rush, director of the Bangkok Film
            // Market. “...,” she said": one known to be a woman, named in
            // this paragraph, before a nearer name of unknown sex.
            let unsexed = nearest.is_some_and(|a| doc.actors.list[a].gender.is_none());
            // (Only for "she": most unsexed names in news are men's, and
            // trying it for "he" moved as many quotes away from the right
            // man as to him.)
            let sexed = (pronoun == Pronoun::She)
                .then(|| {
                    nearest_before(doc, at, |doc, a| {
                        fits(doc, a) && doc.actors.list[a].gender == Some(pronoun)
                    })
                })
                .flatten()
                .filter(|&a| {
                    doc.actors.list[a].mention_tokens.iter().any(|&t| {
                        t < at && doc.sentences[doc.tokens[t].sentence].paragraph == paragraph
                    })
                });
            if unsexed && pronoun == Pronoun::She {
                sexed.or_else(|| sexed_near(doc)).or(nearest)
            } else if unsexed {
                sexed.or(nearest)
            } else {
                nearest
            }
        }
    };
    if let (Some(actor), Pronoun::He | Pronoun::She) = (chosen, pronoun) {
        doc.actors.list[actor].gender = Some(pronoun);
    }
    chosen
}

/// The organisation, government body or outlet named first before `at` in its
/// sentence, outside quotes and not as an owner ("Porsche's"), when the
/// pronoun opens a clause joined to the one naming it ("although it insists").
/// (Not "..., it noted" after reported words, whose "it" is their reporter,
/// nor "Deutsche Bank, which it alleges".)
fn body_in_sentence_before(doc: &Doc, at: usize) -> Option<usize> {
    let joined = at.checked_sub(1).is_some_and(|p| {
        matches!(
            doc.tokens[p].lower,
            "although"
                | "though"
                | "while"
                | "whilst"
                | "but"
                | "and"
                | "because"
                | "as"
                | "after"
                | "since"
                | "when"
                | "so"
        )
    });
    if !joined {
        return None;
    }
    let sentence = doc.tokens[at].sentence;
    let body = |k: Kind| matches!(k, Kind::Organization | Kind::Government | Kind::Media);
    // The first named, as the likeliest subject ("Shares in ... Phytopharm
    // closed down ... on the London Stock Exchange, after it said").
    let (t, actor) = (0..doc.actors.list.len())
        .filter(|&a| body(doc.actors.list[a].kind))
        .filter_map(|a| {
            doc.actors.list[a]
                .mention_tokens
                .iter()
                .filter(|&&t| t < at && doc.tokens[t].sentence == sentence && !doc.tokens[t].quoted)
                .min()
                .map(|&t| (t, a))
        })
        .min()?;
    // (A name's mention is its last token, where an owner's "'s" sits.)
    let owner = doc.tokens[t].possessive(doc.text);
    (!owner).then_some(actor)
}

/// "The China Three Gorges Project Corp could now face a fine. Last week, it
/// denied ... “...,” it said": the organisation that opens one of the sentences
/// before, across sentences whose subject is "it", when the last speaker has
/// not been named since.
pub(crate) fn body_subject_before(
    doc: &Doc,
    at: usize,
    last: Option<(usize, usize)>,
) -> Option<usize> {
    let sentence = doc.tokens[at].sentence;
    let body = |k: Kind| matches!(k, Kind::Organization | Kind::Government | Kind::Media);
    for s in (sentence.saturating_sub(3)..sentence).rev() {
        let range = doc.sentences[s].tokens.clone();
        let past_the = |k: usize| {
            if doc.tokens.get(k).is_some_and(|t| t.lower == "the") {
                k + 1
            } else {
                k
            }
        };
        let mut k = past_the(range.start);
        // Past a short opener ending in a comma ("Last week, it ..."), unless a
        // name opens the sentence ("CENTR, the Council of ..., agrees").
        if doc.name_at(k).is_none() {
            if let Some(comma) =
                (range.start..range.end.min(range.start + 4)).find(|&j| doc.tokens[j].is_punct(','))
            {
                k = past_the(comma + 1);
            }
        }
        if k >= range.end {
            return None;
        }
        if doc.tokens[k].lower == "it" {
            continue;
        }
        let (&end, &(actor, _)) = doc.name_at(k)?;
        if !body(doc.actors.list[actor].kind) || doc.tokens[end].possessive(doc.text) {
            return None;
        }
        let fresh = last.is_none_or(|(speaker, _)| {
            speaker == actor
                || doc.actors.list[speaker]
                    .mention_tokens
                    .iter()
                    .filter(|&&t| t < at && !doc.tokens[t].quoted)
                    .max()
                    .is_none_or(|&t| t < k)
        });
        return fresh.then_some(actor);
    }
    None
}

/// The person a sentence is about when a name opens it, after at most a short
/// adverbial ("Still," / "In early July,") and role words: (actor, token).
pub(crate) fn subject_of_sentence(doc: &Doc, s: usize, before: usize) -> Option<(usize, usize)> {
    let range = doc.sentences[s].tokens.clone();
    let mut k = range.start;
    // "Computer specialist at the IAEA, Peter Smith, would like": a post,
    // then the person who holds it between commas.
    if let Some(person) = post_then_person(doc, range.clone(), before) {
        return Some(person);
    }
    // "Asked if Mr Blunkett could return ..., he replied": an opening clause
    // is not the subject, however long.
    let opens_clause = matches!(
        doc.tokens[k].lower,
        "asked"
            | "if"
            | "when"
            | "while"
            | "after"
            | "before"
            | "although"
            | "though"
            | "speaking"
            | "unlike"
            // "In an interview published in the Radio Times in January,
            // Victoria Wood slated ...": a long opening phrase of place or time.
            | "in"
            // "To a packed audience at Gateshead's Sage Centre, Mr Brown accused ...".
            | "to"
            | "at"
            | "on"
            | "addressing"
            | "during"
            | "despite"
            | "following"
            // "With both services on offer from Telewest, Mr Tveter is ...".
            | "with"
    );
    // "For example in West Ham, this might ..." (but "For Rick Dean, director
    // of ..., it is": there the name is the topic).
    let opens_clause = opens_clause
        || doc.tokens[k].lower == "for"
            && doc
                .tokens
                .get(k + 1)
                .is_some_and(|t| matches!(t.lower, "example" | "instance"));
    let reach = if opens_clause {
        range.end
    } else {
        range.end.min(k + 5)
    };
    // "Aragones insisted the comments, made to ...": a person opening the
    // sentence is its subject, whatever follows the comma.
    // (After any title: "Mr Bell said Muslim, Jewish and ... schools must".)
    let opens_with_person = || {
        doc.name_at(doc.past_titles(k, range.end))
            .is_some_and(|(&end, &(actor, _))| {
                doc.actors.list[actor].kind == Kind::Person && !doc.tokens[end].possessive(doc.text)
            })
    };
    if let Some(comma) = (k..reach).find(|&j| doc.tokens[j].is_punct(',')) {
        if opens_clause
            || !doc.name_ending_at.contains_key(&(comma.saturating_sub(1))) && !opens_with_person()
        {
            k = comma + 1;
        }
    }
    for j in k..range.end.min(k + 8).min(before) {
        let t = &doc.tokens[j];
        // "The 27-year-old, who captained St Helens ...": a name inside a
        // relative clause is not the sentence's subject.
        if t.quoted
            || lexicon::pronoun(t.lower).is_some()
            || lexicon::cue_lemma(t.lower).is_some()
            || matches!(t.lower, "who" | "which" | "whose" | "whom")
            // ("But the wildcard entry was dispatched by Robby Ginepri": the
            // agent of a passive is not its subject.)
            || t.lower == "by"
        {
            return None;
        }
        // "None more so than Henson, who ... the likes of Wilkinson. The confident
        // 23-year-old is undaunted": an age stands for the person the previous
        // sentence is about, the first it names.
        // "The Australian has suffered ...": a nationality as a noun, the same.
        let demonym_noun = j == k + 1
            && t.is_capital()
            && doc.name_at(j).is_none()
            && crate::places::country_of_demonym(t.lower).is_some()
            && doc
                .tokens
                .get(j + 1)
                .is_some_and(|n| !n.is_capital() && n.is_word());
        if (t.lower.ends_with("-year-old") || demonym_noun) && j > k && doc.tokens[k].lower == "the"
        {
            let previous = doc.sentences[s.checked_sub(1)?].tokens.clone();
            let named_before = (0..doc.actors.list.len())
                .filter(|&a| doc.actors.list[a].kind == Kind::Person)
                .filter_map(|a| {
                    let tokens = &doc.actors.list[a].mention_tokens;
                    tokens
                        .iter()
                        .find(|t| previous.contains(t))
                        .map(|&t| (t, a))
                })
                .min()
                .map(|(_, a)| a);
            // (When the sentence before names no one, and neither does the
            // paragraph so far: the person the article has named most.)
            let paragraph = doc.sentences[s].paragraph;
            let paragraph_names_someone = doc.actors.list.iter().any(|a| {
                a.kind == Kind::Person
                    && a.mention_tokens.iter().any(|&m| {
                        m < j
                            && !doc.tokens[m].quoted
                            && doc.sentences[doc.tokens[m].sentence].paragraph == paragraph
                    })
            });
            let person = named_before.or_else(|| {
                if paragraph_names_someone {
                    return None;
                }
                (0..doc.actors.list.len())
                    .filter(|&a| doc.actors.list[a].kind == Kind::Person)
                    .map(|a| {
                        let seen = doc.actors.list[a]
                            .mention_tokens
                            .iter()
                            .filter(|&&m| m < j && !doc.tokens[m].quoted)
                            .count();
                        (seen, a)
                    })
                    .filter(|&(seen, _)| seen > 0)
                    .max_by_key(|&(seen, a)| (seen, std::cmp::Reverse(a)))
                    .map(|(_, a)| a)
            })?;
            return Some((person, j));
        }
        // "And the French international defender believes Mourinho is ...": a
        // description is the subject; the name after its verb is not.
        if j > k
            && t.is_word()
            && !t.is_capital()
            && lexicon::is_person_noun(t.lower)
            && (k..j).any(|m| doc.tokens[m].lower == "the")
            && doc.name_at(j + 1).is_none()
            // ("The musical's director is Matthew Warchus": the name is he.)
            && !doc
                .tokens
                .get(j + 1)
                .is_some_and(|n| matches!(n.lower, "is" | "was" | ","))
        {
            return None;
        }
        if let Some((&end, &(actor, _))) = doc.name_at(j) {
            if let Some((end, person)) = person_after_role(doc, end) {
                return Some((person, end));
            }
            // "the Two Ronnies star said": the name is the description's
            // modifier; the subject is whoever the description stands for.
            let modifier = (k..j).any(|m| doc.tokens[m].lower == "the")
                && doc
                    .tokens
                    .get(end + 1)
                    .is_some_and(|n| !n.is_capital() && lexicon::is_person_noun(n.lower));
            if modifier {
                return None;
            }
            // "The Guardian's film critic Peter Bradshaw": past the possessive outlet.
            if doc.actors.list[actor].kind != Kind::Person && doc.tokens[end].possessive(doc.text) {
                continue;
            }
            // "And Blues boss Jose Mourinho backed ...": past a team or a place
            // used as a modifier, to the person.
            if doc.actors.list[actor].kind != Kind::Person {
                continue;
            }
            // ("A Labour spokesman criticised Michael Howard's record": one
            // whose record it is, past the verb, is no subject.)
            if j > k
                && doc.tokens[end].possessive(doc.text)
                && doc.tokens[j - 1].lower.ends_with("ed")
            {
                return None;
            }
            return Some((actor, end));
        }
        if !t.is_word() && !t.is_punct('-') {
            return None;
        }
    }
    None
}

/// "Beach Boys veteran Brian Wilson", "Speegle founder Gordon Renton": a name used
/// as a modifier, one or two lowercase role words, then the person. Returns the
/// person's last token and actor.
/// `range` opens with a person's post ("Computer specialist at the IAEA")
/// and a comma, then a person's name and a comma: (actor, token).
fn post_then_person(
    doc: &Doc,
    range: std::ops::Range<usize>,
    before: usize,
) -> Option<(usize, usize)> {
    let end = range.end.min(range.start + 12).min(before);
    let comma = (range.start..end).find(|&j| doc.tokens[j].is_punct(','))?;
    let post = (range.start..comma).any(|j| {
        let t = &doc.tokens[j];
        !t.quoted && lexicon::is_person_noun(t.lower) && !lexicon::is_unnamed_source_noun(t.lower)
    });
    let opens_with_word = doc.tokens[range.start].is_word()
        && doc.name_at(range.start).is_none()
        && lexicon::pronoun(doc.tokens[range.start].lower).is_none();
    if !post || !opens_with_word {
        return None;
    }
    let (&name_end, &(actor, _)) = doc.name_at(comma + 1)?;
    let closed = doc
        .tokens
        .get(name_end + 1)
        .is_some_and(|t| t.is_punct(','));
    (closed && name_end < before && doc.actors.list[actor].kind == Kind::Person)
        .then_some((actor, name_end))
}

pub(crate) fn person_after_role(doc: &Doc, name_end: usize) -> Option<(usize, usize)> {
    let mut k = name_end + 1;
    let mut roles = 0;
    while roles < 2
        && doc.tokens.get(k).is_some_and(|t| {
            t.kind == crate::tokens::TokenKind::Word
                && !t.quoted
                && !lexicon::is_function_word(t.lower)
                && lexicon::cue_lemma(t.lower).is_none()
        })
    {
        k += 1;
        roles += 1;
    }
    // "Victoria Wood slated comedian Sacha Baron Cohen": a verb between two
    // names is no role ("Atletico sporting director", "Cobain biographer" are).
    if roles == 0
        || doc.tokens[name_end + 1..k]
            .iter()
            .any(|t| t.lower.ends_with("ed"))
    {
        return None;
    }
    let (&end, &(actor, _)) = doc.name_at(k)?;
    (doc.actors.list[actor].kind == Kind::Person).then_some((end, actor))
}

pub(crate) fn nearest_before(
    doc: &Doc,
    at: usize,
    fits: impl Fn(&Doc, usize) -> bool,
) -> Option<usize> {
    (0..doc.actors.list.len())
        .filter(|&a| fits(doc, a))
        .filter_map(|a| {
            doc.actors.list[a]
                .mention_tokens
                .iter()
                .filter(|&&t| t < at && !doc.tokens[t].quoted)
                .max()
                .map(|&t| (t, a))
        })
        .max()
        .map(|(_, a)| a)
}

const LEADER_WORDS: &[&str] = &[
    "leader",
    "president",
    "ruler",
    "strongman",
    "dictator",
    "premier",
    "prime",
    "chancellor",
    "head",
    "king",
    "queen",
    "monarch",
    "chief",
];
const EXPERT_WORDS: &[&str] = &[
    "expert",
    "analyst",
    "researcher",
    "scientist",
    "specialist",
    "fellow",
    "economist",
    "scholar",
    "professor",
];

/// "the Belarusian ruler", "the 68-year-old": the person whose roles match the
/// head noun and its modifiers best, most recent first; the last speaker when
/// nothing matches.
/// "A Labour source told ... the source told the paper": the unnamed speaker
/// with that head noun met most recently before `head`, now mentioned again.
pub(crate) fn already_met(doc: &mut Doc, head: usize) -> Option<usize> {
    let head_word = doc.tokens[head].lower;
    // ("A spokeswoman for the Information Commissioner's Office said ... said
    // the spokeswoman": the body she speaks for.)
    let voice = matches!(
        head_word,
        "spokesman" | "spokeswoman" | "spokesperson" | "official" | "representative"
    );
    let actor = latest_before(doc, head, |actor| {
        // ("Venezuelan authorities ... The authorities said": a state's group.)
        (actor.kind == Kind::Unnamed || actor.kind == Kind::Government && actor.described)
            && (actor
                .name
                .split_whitespace()
                .last()
                .is_some_and(|w| w.eq_ignore_ascii_case(head_word))
                // ("a spokesman for Michael Howard ... the spokesman said".)
                || actor
                    .name
                    .split_once(" for ")
                    .is_some_and(|(voice, _)| voice.eq_ignore_ascii_case(head_word)))
            || voice
                && actor.has_spokesperson
                && matches!(
                    actor.kind,
                    Kind::Organization | Kind::Government | Kind::Media
                )
    })?;
    let span = Span::new(doc.tokens[head - 1].start, doc.tokens[head].end);
    doc.actors.mention(actor, span, head);
    Some(actor)
}

/// Of the actors that fit, the one mentioned last before token `head`
/// (mentions inside quotes count: unlike [`nearest_before`], this looks for a
/// body or group already named, not for a speaker).
pub(crate) fn latest_before(
    doc: &Doc,
    head: usize,
    fits: impl Fn(&crate::actors::Actor) -> bool,
) -> Option<usize> {
    (0..doc.actors.list.len())
        .filter(|&a| fits(&doc.actors.list[a]))
        .filter_map(|a| {
            let recent = doc.actors.list[a]
                .mention_tokens
                .iter()
                .filter(|&&t| t < head)
                .max()?;
            Some((*recent, a))
        })
        .max()
        .map(|(_, a)| a)
}

pub(crate) fn resolve_description(
    doc: &mut Doc,
    first: usize,
    head: usize,
    last: Option<(usize, usize)>,
    paragraph: usize,
) -> usize {
    let head_word = doc.tokens[head].lower;
    let modifiers: Vec<String> = doc.tokens[first..head]
        .iter()
        .map(|t| t.lower.to_string())
        .collect();
    let group = |w: &str| -> &'static [&'static str] {
        if LEADER_WORDS.contains(&w) {
            LEADER_WORDS
        } else if EXPERT_WORDS.contains(&w) {
            EXPERT_WORDS
        } else {
            &[]
        }
    };
    // "the council's spokesperson", "the firm's chief executive": someone who
    // speaks for the organisation named by that noun ("UK Film Council").
    let owner = (first..head).find(|&i| {
        doc.tokens[i].possessive(doc.text)
            && (lexicon::is_organization_word(doc.tokens[i].lower)
                || lexicon::is_government_word(doc.tokens[i].lower))
    });
    if let Some(owner) = owner {
        let noun = doc.tokens[owner].lower;
        let organisation = latest_before(doc, head, |actor| {
            matches!(actor.kind, Kind::Organization | Kind::Government)
                && actor
                    .name
                    .split_whitespace()
                    .any(|w| w.eq_ignore_ascii_case(noun))
        });
        if let Some(actor) = organisation {
            let span = Span::new(doc.tokens[first].start, doc.tokens[head].end);
            doc.actors.mention(actor, span, head);
            return actor;
        }
    }
    // "A spokesman pointed out ... The spokesman said": the one already met.
    let definite = first
        .checked_sub(1)
        .is_some_and(|d| doc.tokens[d].lower == "the");
    if definite && first == head {
        if let Some(actor) = already_met(doc, head) {
            return actor;
        }
    }
    // "said the German": the person given that nationality, or not given another.
    if definite && first == head {
        if let Some(actor) = crate::nationality::demonym_referent(doc, head) {
            let span = Span::new(doc.tokens[head - 1].start, doc.tokens[head].end);
            doc.actors.mention(actor, span, head);
            return actor;
        }
    }
    let mut best: Option<(i32, usize, usize)> = None; // (score, recency, actor)
    for (index, actor) in doc.actors.list.iter().enumerate() {
        if actor.kind != Kind::Person {
            continue;
        }
        // Names inside someone's quoted words are not who a description points to.
        let Some(&recent) = actor
            .mention_tokens
            .iter()
            .filter(|&&t| t < head && !doc.tokens[t].quoted)
            .max()
        else {
            continue;
        };
        let role_words = role_words(doc, index, head);
        // "the prime minister" is not the Deputy Prime Minister.
        let other_office = OFFICE_HEADS.contains(&head_word)
            && role_words.iter().any(|w| {
                OFFICE_QUALIFIERS.contains(&w.as_str())
                    && !matches!(w.as_str(), "former" | "ex")
                    && !modifiers.contains(w)
            });
        if other_office {
            continue;
        }
        let mut score = 0;
        if role_words.iter().any(|w| *w == head_word) {
            score += 3;
        } else if role_words
            .iter()
            .any(|w| group(head_word).contains(&w.as_str()))
        {
            score += 2;
        }
        for m in &modifiers {
            if role_words.iter().any(|w| w == m) {
                score += 1;
            }
        }
        if score == 0 {
            continue;
        }
        if best.is_none_or(|(s, r, _)| (score, recent) > (s, r)) {
            best = Some((score, recent, index));
        }
    }
    let span = Span::new(doc.tokens[first].start, doc.tokens[head].end);
    // "a spokesman said": someone new, unnamed.
    // ("One leading Karachi broker said": past a few words before the noun.)
    let indefinite = {
        let mut d = first;
        while d > 0
            && first - d < 4
            && doc.tokens[d - 1].is_word()
            && !doc.tokens[d - 1].quoted
            && !matches!(doc.tokens[d - 1].lower, "a" | "an" | "one" | "the")
        {
            d -= 1;
        }
        d > 0 && matches!(doc.tokens[d - 1].lower, "a" | "an" | "one")
    };
    // "the prime minister's official spokesman": the voice of someone else,
    // unnamed, unless a spokesman has been named.
    let voice = lexicon::is_voice_noun(head_word);
    let voice_of_another =
        voice && (first..head).any(|i| doc.tokens[i].possessive(doc.text)) && best.is_none();
    // "Ofcom says it has plans ... But a spokesman said its powers were
    // limited": a voice whose words are about "it" speaks for the body just
    // named.
    if indefinite && voice && !voice_of_another {
        if let Some(body) = body_spoken_for(doc, head, paragraph) {
            doc.actors.list[body].has_spokesperson = true;
            doc.actors.mention(body, span, head);
            return body;
        }
    }
    if indefinite || voice_of_another {
        let written = doc.text[span.range()].to_string();
        return doc
            .actors
            .add_described(&written, Kind::Unnamed, span, head);
    }
    if let Some((_, _, actor)) = best {
        doc.actors.mention(actor, span, head);
        return actor;
    }
    let salient_first = (0..doc.actors.list.len())
        .filter(|&a| {
            doc.actors.list[a].kind == Kind::Person
                && doc.actors.list[a]
                    .mention_tokens
                    .iter()
                    .any(|&t| t < head && !doc.tokens[t].quoted)
        })
        // (Named in the writer's words: Gallas quoting Mourinho again and
        // again does not make Mourinho the article's subject.)
        .max_by_key(|&a| {
            (
                doc.actors.list[a]
                    .mention_tokens
                    .iter()
                    .filter(|&&t| t < head && !doc.tokens[t].quoted)
                    .count(),
                std::cmp::Reverse(doc.actors.list[a].mention_tokens.first().copied()),
            )
        });
    let generic = !head_word.ends_with("-year-old") && !LEADER_WORDS.contains(&head_word);
    // "Minar, ranked 158th, was forced ... “...,” said the 20-year-old": someone
    // who became the subject after the last speaker.
    // "The Man Utd boss continued": the club in the description is not its subject.
    let named_in_description = head
        .checked_sub(1)
        .and_then(|before_head| doc.name_ending_at.get(&before_head))
        .filter(|&&(_, name_first)| name_first >= first)
        .map(|&(actor, _)| actor);
    if let Some(actor) = newer_subject(doc, head, last).filter(|&a| Some(a) != named_in_description)
    {
        return actor;
    }
    let recent_speaker = last
        .filter(|&(a, p)| paragraph - p <= 1 && doc.actors.list[a].kind == Kind::Person)
        .map(|(a, _)| a);
    if let (true, None, Some(actor)) = (generic, recent_speaker, salient_first) {
        // "the defender said", "the Dutchman said": the article's main person.
        if doc.actors.list[actor].mentions.len() >= 2
            || doc
                .actors
                .list
                .iter()
                .filter(|a| a.kind == Kind::Person)
                .count()
                == 1
        {
            return actor;
        }
    }
    match last {
        Some((actor, p)) if paragraph - p <= 3 && doc.actors.list[actor].kind == Kind::Person => {
            actor
        }
        _ => {
            let salient = (0..doc.actors.list.len())
                .filter(|&a| doc.actors.list[a].kind == Kind::Person)
                .max_by_key(|&a| doc.actors.list[a].mentions.len());
            let nearest =
                nearest_before(doc, head, |doc, a| doc.actors.list[a].kind == Kind::Person);
            match nearest.or(salient) {
                Some(actor) => actor,
                _ => {
                    let written = doc.text[span.range()].to_string();
                    doc.actors.add_described(&written, Kind::Person, span, head)
                }
            }
        }
    }
}

/// The body a voice ("a spokesman") at `head` speaks for: when its cue is
/// followed by "it" or "its", the organisation or government body that last
/// opened a sentence in this paragraph or the one before; when it comes right
/// after a quote, the one that opened the sentence just before.
fn body_spoken_for(doc: &Doc, head: usize, paragraph: usize) -> Option<usize> {
    let cue = doc.tokens.get(head + 1)?;
    lexicon::cue_lemma(cue.lower)?;
    let about_it = doc
        .tokens
        .get(head + 2)
        .is_some_and(|t| matches!(t.lower, "it" | "its"));
    // ("AOL backed the price cuts but said ... “...,” a spokesman said": a
    // voice right after a quote, in the sentence after one a body opened.)
    let sentence = doc.tokens[head].sentence;
    let after_quote = head >= 2
        && (doc.tokens[head - 2].is_punct('"') || doc.tokens[head - 2].is_punct('”'))
        && sentence > 0
        && doc.sentences[sentence - 1].paragraph == doc.sentences[sentence].paragraph;
    if !about_it && !after_quote {
        return None;
    }
    let sentence_before = sentence.saturating_sub(1);
    // (Named as a sentence's subject: "Ofcom says ...", not "including the
    // Video Relay Service".)
    let opens_sentence = |t: usize| {
        doc.name_ending_at.get(&t).is_some_and(|&(_, first)| {
            let start = doc.sentences[doc.tokens[first].sentence].tokens.start;
            first == start || first == start + 1 && doc.tokens[start].lower == "the"
        })
    };
    let near = |t: usize| {
        let p = doc.sentences[doc.tokens[t].sentence].paragraph;
        t < head
            && p + 1 >= paragraph
            && !doc.tokens[t].quoted
            && !doc.tokens[t].possessive(doc.text)
            && opens_sentence(t)
            && (about_it || doc.tokens[t].sentence == sentence_before)
    };
    (0..doc.actors.list.len())
        .filter(|&a| {
            matches!(
                doc.actors.list[a].kind,
                Kind::Organization | Kind::Government
            ) && !doc.actors.list[a].described
        })
        .filter_map(|a| {
            let latest = doc.actors.list[a]
                .mention_tokens
                .iter()
                .filter(|&&t| near(t))
                .max()?;
            Some((*latest, a))
        })
        .max()
        .map(|(_, a)| a)
}

/// Words that make a role another office than the bare title: the "Shadow
/// foreign secretary" is not "the Foreign Secretary".
const OFFICE_QUALIFIERS: &[&str] = &[
    "shadow",
    "deputy",
    "vice",
    "former",
    "ex",
    "junior",
    "assistant",
    "acting",
    "opposition",
];

/// Nouns that name an office; a speaker who holds one is not described by another.
const OFFICE_HEADS: &[&str] = &[
    "secretary",
    "minister",
    "chancellor",
    "president",
    "premier",
    "leader",
    "chairman",
    "chairwoman",
    "governor",
    "mayor",
    "ambassador",
    "spokesman",
    "spokeswoman",
    "director",
    "executive",
    "manager",
    "coach",
    "captain",
    "judge",
    "senator",
    "general",
    "commissioner",
];

pub(crate) fn role_words(doc: &Doc, actor: usize, before: usize) -> Vec<String> {
    let actor = &doc.actors.list[actor];
    actor
        .roles
        .iter()
        .zip(&actor.role_tokens)
        .filter(|&(_, &given)| given < before)
        .flat_map(|(role, _)| {
            role.split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// "Mr Straw said ... The Foreign Secretary told the BBC": a name made only of
/// title words after "the" describes a person. It is the person already given
/// that office (without a qualifier the description lacks: "Shadow foreign
/// secretary" is another office), or else the person who spoke last in this
/// paragraph, when they hold no other office. `None` keeps the title as a
/// person of its own (an office holder the article never names).
pub(crate) fn title_holder(
    doc: &mut Doc,
    title_actor: usize,
    first: usize,
    end: usize,
    last: Option<(usize, usize)>,
    paragraph: usize,
) -> Option<usize> {
    let definite = first
        .checked_sub(1)
        .is_some_and(|d| doc.tokens[d].lower == "the");
    let all_titles = (first..=end).all(|k| lexicon::is_title(doc.tokens[k].lower));
    let head = doc.tokens[end].lower;
    if !definite || !all_titles || !OFFICE_HEADS.contains(&head) {
        return None;
    }
    let description: Vec<&str> = (first..=end).map(|k| doc.tokens[k].lower).collect();
    let holds_office = |words: &[String]| {
        description.iter().all(|d| words.iter().any(|w| w == d))
            && words
                .iter()
                .filter(|w| OFFICE_QUALIFIERS.contains(&w.as_str()))
                .all(|w| description.contains(&w.as_str()))
    };
    let holder = (0..doc.actors.list.len())
        .filter(|&a| a != title_actor && doc.actors.list[a].kind == Kind::Person)
        .filter(|&a| holds_office(&role_words(doc, a, first)))
        .filter_map(|a| {
            let recent = doc.actors.list[a]
                .mention_tokens
                .iter()
                .filter(|&&t| t < first && !doc.tokens[t].quoted)
                .max()?;
            Some((*recent, a))
        })
        .max()
        .map(|(_, a)| a);
    let holder = holder.or_else(|| {
        let (speaker, spoke_in) = last?;
        let words = role_words(doc, speaker, first);
        let other_office = words
            .iter()
            .any(|w| OFFICE_HEADS.contains(&w.as_str()) && w != head)
            || words
                .iter()
                .any(|w| OFFICE_QUALIFIERS.contains(&w.as_str()));
        (spoke_in == paragraph
            && speaker != title_actor
            && doc.actors.list[speaker].kind == Kind::Person
            && !other_office)
            .then_some(speaker)
    })?;
    let span = Span::new(doc.tokens[first].start, doc.tokens[end].end);
    let written = doc.text[span.range()].to_string();
    doc.actors.mention(holder, span, end);
    doc.actors.add_role(holder, &written, first);
    Some(holder)
}
