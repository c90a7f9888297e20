//! Attribution: speech and writing cues ("said", "told", "according to"), whom
//! each one belongs to, and what pronouns and descriptions ("he", "the
//! 68-year-old", "the Belarusian ruler") in the speaker's place refer to.

use crate::doc::Doc;
use crate::lexicon::{self, Pronoun};
use crate::names::Kind;
use crate::places;
use crate::referents::{
    already_met, body_subject_before, latest_before, person_after_role, resolve_description,
    resolve_pronoun, title_holder,
};
use claimscope_corpus::Span;

#[derive(Debug, Clone)]
pub struct Cue {
    /// Token index of the verb (or of "according").
    pub token: usize,
    pub lemma: &'static str,
    pub sentence: usize,
    pub speaker: Option<usize>,
    /// The outlet spoken to ("told AFP").
    pub channel: Option<usize>,
    /// The speaker comes after the verb ("said X", "according to X").
    pub inverted: bool,
    /// Others named with the speaker as one subject ("the CML, the BBA and
    /// the BSA all said"): the cue is theirs too, though a quote keeps one
    /// speaker.
    pub co_speakers: Vec<usize>,
}

/// Finds every cue outside quotes, in reading order, resolving speakers as it goes
/// so that "he" can refer to the last speaker.
pub fn find_cues(doc: &mut Doc) -> Vec<Cue> {
    let mut cues = Vec::new();
    let mut last_speaker: Option<(usize, usize)> = None; // (actor, paragraph)
    for s in 0..doc.sentences.len() {
        let range = doc.sentences[s].tokens.clone();
        let paragraph = doc.sentences[s].paragraph;
        for k in range.clone() {
            let t = &doc.tokens[k];
            if t.quoted || !t.is_word() || t.is_capital() && k != range.start {
                continue;
            }
            let (lemma, subject_after_only) = if t.lower == "according"
                && doc.tokens.get(k + 1).is_some_and(|n| n.lower == "to")
            {
                ("according to", true)
            } else if matches!(t.lower, "went" | "goes")
                && doc.tokens.get(k + 1).is_some_and(|n| n.lower == "on")
                && doc
                    .tokens
                    .get(k + 2)
                    .is_some_and(|n| n.is_punct(':') || n.lower == "to" && !n.quoted)
                // "went on to become" reports no speech; "went on to warn" does.
                && (doc.tokens[k + 2].is_punct(':')
                    || doc
                        .tokens
                        .get(k + 3)
                        .is_some_and(|v| lexicon::cue_lemma(v.lower).is_some()))
            {
                // "The Tory leader went on: “...”", "he went on to say".
                ("continue", false)
            } else if t.lower == "point" && doc.tokens.get(k + 1).is_some_and(|n| n.lower == "out")
            {
                // "Academics point out that": the plain form only before "out"
                // (the noun "point" is common).
                ("point out", false)
            } else if let Some(lemma) = lexicon::cue_lemma(t.lower) {
                if is_noun_use(doc, k) || compared_view(doc, k, range.start) {
                    continue;
                }
                // "giving the band time to think about other interests": a
                // thought about something reports no words.
                if lemma == "think"
                    && doc
                        .tokens
                        .get(k + 1)
                        .is_some_and(|n| matches!(n.lower, "about" | "of"))
                    && k > range.start
                    && doc.tokens[k - 1].lower == "to"
                {
                    continue;
                }
                if lemma == "add" && adds_a_score(doc, k) {
                    continue;
                }
                // "Asked if Mr Blunkett could return, he replied": a participle
                // opening the sentence is passive; the one asked is the subject.
                if k == range.start
                    && matches!(t.lower, "asked" | "told" | "pressed" | "questioned")
                {
                    continue;
                }
                (lemma, false)
            } else {
                continue;
            };
            let mut cue = Cue {
                token: k,
                lemma,
                sentence: s,
                speaker: None,
                channel: None,
                inverted: false,
                co_speakers: Vec::new(),
            };
            if t.lower.ends_with("ing") && !subject_after_only {
                // "with finance minister Herve Gaymard telling parliament:": a
                // person right before the participle is its subject.
                // (Only after "with": in "heaped praise on Mr Brown saying" the
                // one saying is the clause's subject.)
                let named_right_before = k
                    .checked_sub(1)
                    .filter(|&p| p >= range.start)
                    .and_then(|p| doc.name_ending_at.get(&p))
                    .filter(|&&(actor, first)| {
                        doc.actors.list[actor].kind == Kind::Person
                            && (first.saturating_sub(5).max(range.start)..first)
                                .rev()
                                .take_while(|&j| doc.tokens[j].is_word())
                                .any(|j| doc.tokens[j].lower == "with")
                    })
                    .map(|&(actor, _)| actor);
                // "AP quoted prosecutor Russell McGuire as saying": the one
                // quoted, through the one quoting.
                let quoted = quoted_as_saying(doc, k, range.start);
                if let Some((_, outlet)) = quoted {
                    cue.channel = outlet;
                }
                // "..., saying ...": the participle shares its clause's subject.
                cue.speaker = quoted
                    .map(|(person, _)| person)
                    .or(named_right_before)
                    .or_else(|| {
                        cues.iter()
                            .rev()
                            .take_while(|c: &&Cue| c.sentence == s)
                            .find_map(|c| c.speaker)
                    });
                if cue.speaker.is_none() {
                    cue.speaker = clause_subject(doc, range.start, k, last_speaker, paragraph);
                }
                // "Writing in the Guardian newspaper, Mr Brown outlined ...": a
                // participle opening the sentence shares the main clause's subject.
                if cue.speaker.is_none() && k == range.start {
                    if let Some(comma) =
                        (k + 1..range.end.min(k + 12)).find(|&j| doc.tokens[j].is_punct(','))
                    {
                        let first = doc.past_titles(comma + 1, range.end);
                        cue.speaker = doc
                            .name_at(first)
                            .map(|(_, &(actor, _))| actor)
                            .filter(|&a| doc.actors.list[a].kind == Kind::Person);
                    }
                }
            } else if subject_after_only {
                cue.speaker = subject_after(doc, k + 2, range.end, last_speaker, paragraph, true);
                cue.inverted = true;
            } else if k > range.start
                && matches!(doc.tokens[k - 1].lower, "but" | "and")
                && cues
                    .last()
                    .is_some_and(|c: &Cue| c.sentence == s && c.speaker.is_some())
            {
                // "The 14-year-old said she ... but joked that": the same speaker.
                cue.speaker = cues.last().and_then(|c| c.speaker);
            } else if let Some(speaker) = reporter_of_pronoun(doc, k, range.start, &cues) {
                cue.speaker = Some(speaker);
            } else {
                cue.speaker = subject_before(doc, k, range.start, last_speaker, paragraph);
                if let Some(speaker) = cue.speaker {
                    cue.co_speakers = conjoined_subjects(doc, k, range.start, speaker);
                }
                if cue.speaker.is_none() && inverted_position(doc, k, range.start) {
                    cue.speaker =
                        subject_after(doc, k + 1, range.end, last_speaker, paragraph, false);
                    cue.inverted = cue.speaker.is_some();
                }
                if lemma == "tell" {
                    cue.channel = channel_after(doc, k + 1, range.end);
                }
            }
            if lexicon::weak_cue(lemma) && !sentence_has_quote(doc, s) && !reads_out_words(doc, k) {
                // "called", "believes" without a quote report no speech.
                // ("A YouGov poll suggested": a poll's findings are its words.)
                let poll = cue
                    .speaker
                    .is_some_and(|a| doc.actors.list[a].kind == Kind::Poll);
                if lemma != "report" && !poll {
                    cue.speaker = None;
                }
            }
            if let Some(speaker) = cue.speaker {
                let spokesperson = (range.start..k).any(|j| {
                    matches!(
                        doc.tokens[j].lower,
                        "spokesman" | "spokeswoman" | "spokesperson" | "representative"
                    )
                });
                let actor = &mut doc.actors.list[speaker];
                if spokesperson
                    && matches!(
                        actor.kind,
                        Kind::Organization | Kind::Government | Kind::Media
                    )
                {
                    actor.has_spokesperson = true;
                }
                if actor.kind == Kind::Place {
                    actor.kind = Kind::Government; // "Ukraine said": its government
                }
                if actor.kind == Kind::Unknown {
                    // "Microsoft says it is clamping down": "it" speaks of itself;
                    // "an Apple spokesman said": a spokesman speaks for a body.
                    // ("Microsoft has said repeatedly that it wants"; only a
                    // lone name: "Commissioner Joaquin Almunia said that it
                    // was a matter for next week" speaks of something else.)
                    let lone = !actor.name.contains(' ');
                    let mut next = k + 1;
                    while next < k + 4
                        && doc.tokens.get(next).is_some_and(|t| {
                            t.lower == "that" && lone
                                || lexicon::is_auxiliary_or_adverb(t.lower)
                                || t.is_word() && t.lower.ends_with("ly")
                        })
                    {
                        next += 1;
                    }
                    let it_follows = doc.tokens.get(next).is_some_and(|t| t.lower == "it");
                    actor.kind = if it_follows || spokesperson {
                        Kind::Organization
                    } else {
                        actor.kind_guessed = true;
                        Kind::Person
                    };
                }
                last_speaker = Some((speaker, paragraph));
            } else {
                cue.co_speakers.clear();
            }
            cues.push(cue);
        }
    }
    cues
}

/// "the government said it will ask firms to": a pronoun right after a cue
/// (or its "that") is the speaker that cue was given, when it fits.
fn reporter_of_pronoun(doc: &Doc, k: usize, start: usize, cues: &[Cue]) -> Option<usize> {
    let mut j = k;
    while j > start && lexicon::is_auxiliary_or_adverb(doc.tokens[j - 1].lower) {
        j -= 1;
    }
    let pronoun = lexicon::pronoun(doc.tokens.get(j.checked_sub(1)?)?.lower)?;
    let mut before = j - 1;
    if before > start && doc.tokens[before - 1].lower == "that" {
        before -= 1;
    }
    let cue = cues
        .last()
        .filter(|c| before > start && c.token == before - 1)?;
    let speaker = cue.speaker?;
    let kind = doc.actors.list[speaker].kind;
    let fits = match pronoun {
        Pronoun::It => matches!(
            kind,
            Kind::Organization | Kind::Government | Kind::Media | Kind::Poll
        ),
        Pronoun::They => kind != Kind::Place,
        Pronoun::He | Pronoun::She => {
            kind == Kind::Person && doc.actors.list[speaker].gender.is_none_or(|g| g == pronoun)
        }
        Pronoun::Speaker => false,
    };
    fits.then_some(speaker)
}

/// The one named after "from" or "by" when a statement noun opens
/// `tokens[start..end]` ("A statement from Chelsea ...", "a letter by the
/// board's chairman, Tom Smith").
fn statement_author(doc: &Doc, start: usize, end: usize) -> Option<StatementAuthor> {
    let mut j = start;
    if doc
        .tokens
        .get(j)
        .is_some_and(|t| matches!(t.lower, "a" | "an" | "the"))
    {
        j += 1;
    }
    let noun = doc.tokens.get(j).filter(|t| !t.quoted)?;
    if !lexicon::is_statement_noun(noun.lower) || lexicon::is_voice_noun(noun.lower) {
        return None;
    }
    let link = doc.tokens.get(j + 1).map(|t| t.lower);
    if j + 2 >= end {
        return None;
    }
    // "a statement on her website said", "a statement on Clijsters' website":
    // the owner of the page it was posted on.
    let page = |at: usize| {
        doc.tokens.get(at).is_some_and(|t| {
            matches!(
                t.lower,
                "website" | "web" | "site" | "blog" | "behalf" | "page"
            )
        })
    };
    if matches!(link, Some("on" | "from")) {
        let owner = &doc.tokens[j + 2];
        if page(j + 3) && matches!(owner.lower, "his" | "her" | "its" | "their") {
            let pronoun = lexicon::pronoun(owner.lower)?;
            return Some(StatementAuthor::Pronoun(pronoun, j + 2));
        }
        if let Some((&name_end, &(actor, _))) = doc.name_at(j + 2) {
            if doc.tokens[name_end].possessive(doc.text) && page(name_end + 1) {
                return Some(StatementAuthor::Named(actor));
            }
        }
    }
    if !matches!(link, Some("from" | "by")) {
        return None;
    }
    let (_, &(actor, _)) = doc.name_at(j + 2)?;
    (doc.actors.list[actor].kind != Kind::Place).then_some(StatementAuthor::Named(actor))
}

/// Who a statement is by: a name, or a possessive pronoun still to resolve.
enum StatementAuthor {
    Named(usize),
    Pronoun(Pronoun, usize),
}

/// "Helen Mirren read out his acceptance speech. “I'm honoured ...”": reading
/// out a speech or a statement voices the quote that follows.
fn reads_out_words(doc: &Doc, k: usize) -> bool {
    let t = &doc.tokens[k];
    if t.lower != "read" || doc.tokens.get(k + 1).is_some_and(|n| n.lower == "by") {
        return false;
    }
    let sentence_end = doc.sentences[t.sentence].tokens.end;
    let text_read = (k + 1..sentence_end.min(k + 6)).any(|j| {
        let w = doc.tokens[j].lower;
        !doc.tokens[j].quoted
            && (matches!(w, "speech" | "message" | "tribute" | "poem")
                || lexicon::is_statement_noun(w) && !lexicon::is_voice_noun(w))
    });
    let quote_follows = doc.sentences.get(t.sentence + 1).is_some_and(|next| {
        doc.tokens
            .get(next.tokens.start)
            .is_some_and(|first| first.quoted || first.is_punct('“') || first.is_punct('"'))
    });
    text_read && quote_follows
}

fn sentence_has_quote(doc: &Doc, s: usize) -> bool {
    doc.tokens[doc.sentences[s].tokens.clone()]
        .iter()
        .any(|t| t.quoted)
}

/// "the claims", "media reports", "his call": the word is a noun here.
fn is_noun_use(doc: &Doc, k: usize) -> bool {
    let Some(prev) = k.checked_sub(1).map(|p| &doc.tokens[p]) else {
        return false;
    };
    let next = doc.tokens.get(k + 1).map(|t| t.lower).unwrap_or("");
    let lower = doc.tokens[k].lower;
    // "JD Power estimates sales will hit", "IDC estimates that": after a name,
    // a clause (a word and a modal, or "that") makes it the name's verb
    // ("Government estimates show" is the noun).
    let clause_after = next == "that"
        || doc
            .tokens
            .get(k + 1)
            .is_some_and(|t| t.is_word() && !t.is_capital())
            && doc.tokens.get(k + 2).is_some_and(|t| {
                matches!(
                    t.lower,
                    "will"
                        | "would"
                        | "could"
                        | "may"
                        | "might"
                        | "are"
                        | "is"
                        | "was"
                        | "were"
                        | "have"
                        | "has"
                        | "had"
                )
            });
    if prev.is_capital() && clause_after && matches!(lower, "estimates" | "forecasts" | "reports") {
        return false;
    }
    let determiner = matches!(
        prev.lower,
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "these"
            | "those"
            | "this"
            | "that"
            | "such"
            | "media"
            | "new"
            | "recent"
            | "unconfirmed"
            | "some"
            | "many"
            | "no"
    ) || prev.possessive(doc.text)
        || prev.is_capital()
            && matches!(
                lower,
                "report" | "reports" | "claims" | "estimates" | "forecast"
            );
    let nounish = matches!(
        lower,
        "claims"
            | "reports"
            | "report"
            | "calls"
            | "call"
            | "notes"
            | "note"
            | "state"
            | "states"
            | "estimates"
            | "estimate"
            | "comment"
            | "comments"
            | "remarks"
            | "remark"
            | "promise"
            | "promises"
            | "warning"
            | "demands"
            | "post"
            | "forecast"
            | "forecasts"
            | "answer"
            | "reply"
            | "stress"
            | "claim"
            | "signal"
            | "continued"
            | "recall"
            | "caution"
            | "tweet"
            | "tweets"
    );
    (determiner && nounish)
        || (nounish
            && matches!(next, "of" | "that" | "on" | "from" | "by")
            && lower != "claims"
            && lower != "warns")
        || (lower == "said" && determiner)
        || (lower == "stated" && next == "goal")
}

/// "not as “dramatic” as Mr Renner believed", "as bad as he claims": a view
/// the words are measured against, not theirs.
fn compared_view(doc: &Doc, k: usize, start: usize) -> bool {
    let first = k
        .checked_sub(1)
        .and_then(|p| doc.name_ending_at.get(&p))
        .map_or(k.saturating_sub(1), |&(_, first)| first);
    let first = doc.titles_before(first, start);
    if first < start + 2 || doc.tokens[first - 1].lower != "as" {
        return false;
    }
    let before = &doc.tokens[first - 2];
    let quote_mark =
        matches!(before.kind, crate::tokens::TokenKind::Punct(c) if "\"”’".contains(c));
    quote_mark
        || before.quoted
        || (first.saturating_sub(6).max(start)..first - 1).any(|j| doc.tokens[j].lower == "as")
}

fn is_adverbial(t: &crate::tokens::Token) -> bool {
    lexicon::is_auxiliary_or_adverb(t.lower)
        || lexicon::is_name_suffix(t.lower) && t.is_capital()
        || (t.is_word() && !t.is_capital() && t.lower.ends_with("ly") && t.lower.len() > 4)
}

/// "A, B and C all said": once the quotes and claims have settled who is
/// cited, a cited speaker's co-subjects are cited with them. (Not for "add"
/// or "claim", as often about tries and titles: "X and Y both added tries".)
pub fn cite_co_speakers(doc: &mut Doc, cues: &[Cue]) {
    for cue in cues {
        let Some(speaker) = cue.speaker else { continue };
        if !doc.actors.list[speaker].cited
            || !lexicon::strong_cue(cue.lemma)
            || matches!(cue.lemma, "add" | "claim")
        {
            continue;
        }
        for &other in &cue.co_speakers {
            let other = &mut doc.actors.list[other];
            other.cited = true;
            if other.kind == Kind::Place {
                other.kind = Kind::Government; // "Britain and France said": their governments
            }
        }
    }
}

/// The names joined by "and" or commas before the speaker's own, as one
/// subject of the verb at `k` ("Britain, France and Germany have all said").
fn conjoined_subjects(doc: &Doc, k: usize, start: usize, speaker: usize) -> Vec<usize> {
    let mut end = k;
    while end > start
        && !doc.tokens[end - 1].quoted
        && (is_adverbial(&doc.tokens[end - 1]) || is_floating_quantifier(&doc.tokens[end - 1]))
    {
        end -= 1;
    }
    let mut out = Vec::new();
    let Some(&(actor, mut first)) = end.checked_sub(1).and_then(|e| doc.name_ending_at.get(&e))
    else {
        return out;
    };
    if actor != speaker {
        return out;
    }
    // "A and B said", "A, B and C said": the list closes with "and" before
    // the speaker and runs back through commas. (A name after a bare comma
    // alone is an apposition: "Lord Browne, BP's chief, said".)
    loop {
        let mut j = first;
        if j > start && doc.tokens[j - 1].lower == "the" {
            j -= 1;
        }
        let and = j > start && doc.tokens[j - 1].lower == "and";
        let comma = j > start && doc.tokens[j - 1].is_punct(',');
        let joint = if out.is_empty() {
            if !and {
                break;
            }
            // (", and": the serial comma.)
            if j > start + 1 && doc.tokens[j - 2].is_punct(',') {
                2
            } else {
                1
            }
        } else if comma {
            1
        } else {
            break;
        };
        let Some(before) = j.checked_sub(joint + 1).filter(|&b| b >= start) else {
            break;
        };
        let Some(&(other, other_first)) = doc.name_ending_at.get(&before) else {
            break;
        };
        let fits = matches!(
            doc.actors.list[other].kind,
            Kind::Person | Kind::Organization | Kind::Government | Kind::Media | Kind::Place
        );
        if !fits || other == speaker || doc.tokens[before].quoted || out.contains(&other) {
            break;
        }
        out.push(other);
        first = other_first;
    }
    // The list opens its clause: the sentence, a short opening phrase ("On
    // Monday, A and B said") or "but". (Not "training in Holland and
    // Ferguson said", "His name is X and Y says", "Minister for Children,
    // Young People and Families Margaret Hodge said".)
    let mut lead = doc.titles_before(first, start);
    if lead > start && doc.tokens[lead - 1].lower == "the" {
        lead -= 1;
    }
    let opens = lead == start
        || doc.tokens[lead - 1].lower == "but"
        || doc.tokens[lead - 1].is_punct(',')
            && lead - 1 - start <= 5
            && (lexicon::is_function_word(doc.tokens[start].lower)
                || matches!(
                    doc.tokens[start].lower,
                    "meanwhile"
                        | "however"
                        | "earlier"
                        | "yesterday"
                        | "today"
                        | "separately"
                        | "last"
                        | "now"
                ))
            && (start..lead - 1).all(|j| doc.tokens[j].is_word() && !doc.tokens[j].quoted);
    if !opens {
        out.clear();
    }
    out
}

/// "all" or "both" floated before the verb: "the three bodies all said".
fn is_floating_quantifier(t: &crate::tokens::Token) -> bool {
    matches!(t.lower, "all" | "both") && !t.is_capital()
}

/// "Keino and Weepu both added tries", "added a second goal": "added" at
/// `k` adds to a score, not words.
fn adds_a_score(doc: &Doc, k: usize) -> bool {
    let word = |i: usize| doc.tokens.get(i).map_or("", |t| t.lower);
    lexicon::is_score_noun(word(k + 1))
        || matches!(word(k + 1), "another" | "a" | "two" | "three" | "four")
            && (lexicon::is_score_noun(word(k + 2))
                || matches!(
                    word(k + 2),
                    "second" | "third" | "fourth" | "fifth" | "late" | "further"
                ))
}

/// Whether a verb at `k` can take its subject after it: right after a quote or a
/// comma ("..., said X"), or at the start of a clause.
fn inverted_position(doc: &Doc, k: usize, start: usize) -> bool {
    if k == start {
        return true;
    }
    let prev = &doc.tokens[k - 1];
    prev.quoted
        || matches!(prev.kind, crate::tokens::TokenKind::Punct(c) if ",”\"".contains(c))
        || lexicon::is_auxiliary_or_adverb(prev.lower)
            && k >= 2
            && matches!(doc.tokens[k - 2].kind, crate::tokens::TokenKind::Punct(','))
}

/// The subject that ends right before the verb at `k` (auxiliaries, adverbs and an
/// appositive between them allowed).
fn subject_before(
    doc: &mut Doc,
    k: usize,
    start: usize,
    last: Option<(usize, usize)>,
    paragraph: usize,
) -> Option<usize> {
    let mut i = k;
    // "is alleged to have said": passive hearsay of the subject's own words.
    let mut hearsay = false;
    loop {
        // ("May said": a capitalised modal before a verb is a name.)
        while i > start
            && (is_adverbial(&doc.tokens[i - 1]) || is_floating_quantifier(&doc.tokens[i - 1]))
            && !doc.tokens[i - 1].quoted
            && !(doc.tokens[i - 1].is_capital() && doc.tokens[i - 1].lower == "may")
        {
            i -= 1;
        }
        // "The Electoral Commission on Thursday said": a time between subject and verb.
        // ("Tony Blair had in 1997 complained": a year too.)
        let time_word = |t: &crate::tokens::Token| {
            lexicon::WEEKDAYS.contains(&t.lower)
                || lexicon::MONTHS.contains(&t.lower)
                || t.lower.len() == 4
                    && (t.lower.starts_with("19") || t.lower.starts_with("20"))
                    && t.lower.bytes().all(|b| b.is_ascii_digit())
                || matches!(
                    t.lower,
                    "yesterday" | "today" | "tonight" | "week" | "month" | "year"
                )
        };
        // "Volkswagen, meanwhile, says": past a sentence adverb between commas.
        if i > start + 3
            && doc.tokens[i - 1].is_punct(',')
            && doc.tokens[i - 3].is_punct(',')
            && matches!(
                doc.tokens[i - 2].lower,
                "meanwhile"
                    | "however"
                    | "though"
                    | "too"
                    | "also"
                    | "instead"
                    | "nevertheless"
                    | "likewise"
                    | "similarly"
                    | "separately"
            )
        {
            i -= 3;
        } else if i > start + 2
            && time_word(&doc.tokens[i - 1])
            && matches!(
                doc.tokens[i - 2].lower,
                "on" | "last" | "this" | "next" | "in"
            )
        {
            i -= 2;
        } else if i > start + 1
            && matches!(doc.tokens[i - 1].lower, "yesterday" | "today" | "tonight")
        {
            i -= 1;
        } else if i > start + 2
            && doc.tokens[i - 1].lower == "to"
            && matches!(
                doc.tokens[i - 2].lower,
                "continue"
                    | "continues"
                    | "continued"
                    | "continuing"
                    | "alleged"
                    | "said"
                    | "reported"
                    | "understood"
                    | "thought"
                    | "believed"
                    | "known"
            )
        {
            // (Words only: "are said to have declared all out war" is no
            // speech.)
            hearsay = !doc.tokens[i - 2].lower.starts_with("continu")
                && matches!(doc.tokens[k].lower, "said" | "told" | "say" | "tell");
            // "the government is continuing to insist": the subject of
            // the verb that carries the cue. ("Mr Houston is alleged to have
            // said", "is understood to have told": whom the hearsay is of.)
            i -= 2;
            if matches!(
                doc.tokens[i - 1].lower,
                "is" | "was" | "are" | "were" | "has" | "have" | "had" | "will"
            ) {
                i -= 1;
            }
        } else {
            break;
        }
    }
    // "A spokesman for the British Phonographic Industry (BPI) said": past the
    // bracketed short form to the name it abbreviates.
    if i > start + 2 && doc.tokens[i - 1].is_punct(')') {
        if let Some(open) = (i.saturating_sub(5).max(start)..i - 1)
            .rev()
            .find(|&j| doc.tokens[j].is_punct('('))
        {
            i = open;
        }
    }
    if i == start {
        return None;
    }
    // "A statement from Chelsea explaining the decision read:": the author of
    // the statement the clause opens with.
    // ("“...,” a statement on her website said": the clause after the quote.)
    let clause = (start..i)
        .rev()
        .find(|&j| {
            let t = &doc.tokens[j];
            t.quoted || t.is_punct(',') || t.is_punct('"') || t.is_punct('”')
        })
        .map_or(start, |j| j + 1);
    let author = statement_author(doc, start, i).or_else(|| {
        (clause > start)
            .then(|| statement_author(doc, clause, i))
            .flatten()
    });
    match author {
        Some(StatementAuthor::Named(author)) => return Some(author),
        Some(StatementAuthor::Pronoun(pronoun, at)) => {
            return resolve_pronoun(doc, pronoun, at, last, paragraph);
        }
        None => {}
    }
    // Passive ("Russia is accused of"): the subject did not speak.
    let verb = &doc.tokens[k].lower;
    if !hearsay
        && (verb.ends_with("ed") || matches!(*verb, "said" | "told" | "thought" | "written"))
        && matches!(
            doc.tokens[i - 1].lower,
            "is" | "was" | "are" | "were" | "been" | "be" | "being"
        )
    {
        return None;
    }
    if !hearsay
        && (i..k).any(|j| {
            matches!(
                doc.tokens[j].lower,
                "is" | "was" | "are" | "were" | "been" | "be"
            )
        })
        && (verb.ends_with("ed") || matches!(*verb, "said" | "told" | "thought"))
    {
        return None;
    }
    let mut end = i - 1;
    // "Gerry Conlon - who was wrongly convicted ... - said": past a clause
    // between dashes, as between commas.
    if end > start && doc.tokens[end].is_punct('-') {
        if let Some(open) = (end.saturating_sub(25).max(start + 1)..end)
            .rev()
            .find(|&j| doc.tokens[j].is_punct('-'))
        {
            end = open - 1;
        }
    }
    if let Some(poll) = named_poll(doc, start, end) {
        return Some(poll);
    }
    // "Ms Robinson, who presents The Weakest Link tells": a relative clause
    // whose closing comma is missing; the person it describes. (Only before a
    // verb of speech: not "Lord Archer, who was not available for comment".)
    if lexicon::cue_lemma(doc.tokens[k].lower).is_some_and(lexicon::strong_cue) {
        let floor = end.saturating_sub(10).max(start + 2);
        let who = (floor..end)
            .rev()
            .take_while(|&j| doc.tokens[j].is_word())
            .find(|&j| doc.tokens[j].lower == "who" && doc.tokens[j - 1].is_punct(','));
        if let Some(&(person, first)) = who.and_then(|w| doc.name_ending_at.get(&(w - 2))) {
            let lead = doc.titles_before(first, start);
            if doc.actors.list[person].kind == Kind::Person && opens_clause(doc, lead, start) {
                return Some(person);
            }
        }
    }
    // "“...,” Alois Rhiel, its minister for economic affairs added": an
    // appositive whose closing comma is missing, after a quote; the person
    // it describes.
    if lexicon::cue_lemma(doc.tokens[k].lower).is_some_and(lexicon::strong_cue) {
        let floor = end.saturating_sub(8).max(start + 1);
        let comma = (floor..=end)
            .rev()
            .take_while(|&j| {
                let t = &doc.tokens[j];
                t.is_punct(',') || t.is_word() && !t.quoted
            })
            .find(|&j| doc.tokens[j].is_punct(','));
        let described = comma.filter(|&c| {
            c < end
                && matches!(doc.tokens[c + 1].lower, "its" | "his" | "her" | "their")
                && (c + 2..=end).all(|j| doc.tokens[j].is_word() && !doc.tokens[j].is_capital())
        });
        if let Some(&(person, first)) = described.and_then(|c| doc.name_ending_at.get(&(c - 1))) {
            let after_quote = first > start && {
                let t = &doc.tokens[first - 1];
                t.quoted || t.is_punct('"') || t.is_punct('”')
            };
            if doc.actors.list[person].kind == Kind::Person && after_quote {
                return Some(person);
            }
        }
    }
    // "Anne Thompson of the Hollywood Reporter said": the person, not where
    // they work.
    if let Some(person) = person_of_body(doc, end, start) {
        return Some(person);
    }
    // "Dr Mike Watts head of exploration said": a person, then their post
    // in lowercase words with no comma.
    {
        let mut j = end;
        while j > start
            && end - j < 4
            && doc.tokens[j].is_word()
            && !doc.tokens[j].is_capital()
            && !doc.tokens[j].quoted
            && lexicon::pronoun(doc.tokens[j].lower).is_none()
        {
            j -= 1;
        }
        let post = (j + 1..=end).any(|m| lexicon::is_person_noun(doc.tokens[m].lower));
        if j < end && post && !doc.tokens[j].possessive(doc.text) {
            if let Some(&(person, first)) = doc.name_ending_at.get(&j) {
                // The name opens the clause ("the Black Sabbath singer", "X,
                // Plaid Cymru health spokesman" are other shapes).
                let lead = doc.titles_before(first, start);
                if opens_clause(doc, lead, start) && doc.actors.list[person].kind == Kind::Person {
                    return Some(person);
                }
            }
        }
    }
    // "the producer Quincy Jones, who described him as": the name before ", who".
    // ("backed by Culture Secretary Tessa Jowell who said:": with no comma too.)
    if doc.tokens[end].lower == "who" && end > start {
        let name_end = if doc.tokens[end - 1].is_punct(',') {
            end.checked_sub(2).filter(|&e| e >= start)
        } else {
            Some(end - 1)
        };
        if let Some(&(actor, _)) = name_end.and_then(|e| doc.name_ending_at.get(&e)) {
            if doc.actors.list[actor].kind == Kind::Person {
                return Some(actor);
            }
        }
        // "endorsed by the Music Managers' Forum (MMF), who say": a body
        // with its short form, then ", who".
        let bracketed = name_end.filter(|&e| e > start + 2 && doc.tokens[e].is_punct(')'));
        if let Some(close) = bracketed {
            let body = doc
                .name_ending_at
                .get(&(close - 1))
                .filter(|_| doc.tokens[close - 2].is_punct('('))
                .and_then(|_| doc.name_ending_at.get(&(close - 3)));
            if let Some(&(actor, _)) = body {
                if matches!(
                    doc.actors.list[actor].kind,
                    Kind::Organization | Kind::Government | Kind::Media
                ) {
                    return Some(actor);
                }
            }
        }
    }
    // "the European Roma Rights Centre, which said": a body before ", which".
    if doc.tokens[end].lower == "which" && end > start + 1 && doc.tokens[end - 1].is_punct(',') {
        if let Some(&(actor, _)) = doc.name_ending_at.get(&(end - 2)) {
            if matches!(
                doc.actors.list[actor].kind,
                Kind::Organization | Kind::Government | Kind::Media | Kind::Poll
            ) {
                return Some(actor);
            }
        }
    }
    // "AOL backed the price cuts but said": the subject of the first verb.
    if matches!(doc.tokens[end].lower, "but" | "and") {
        return clause_subject(doc, start, end, last, paragraph);
    }
    if let Some(voice) = voice_of_person(doc, end, start) {
        return Some(voice);
    }
    // "a BBC statement read": the statement's author.
    if lexicon::is_statement_noun(doc.tokens[end].lower) && end > start {
        if let Some(&(actor, _)) = doc.name_ending_at.get(&(end - 1)) {
            return Some(actor);
        }
    }
    // "Adam Hume, the BBC Broadcast's futurologist told": an appositive whose
    // closing comma is missing; the person before it.
    // (Not "Reacting to a comment by Tim Phillips, the American said": the
    // name must open its clause, the description be more than a noun, and no
    // name end right before the verb.)
    if doc.tokens[end].is_word()
        && !doc.tokens[end].quoted
        && !doc.name_ending_at.contains_key(&end)
    {
        let floor = end.saturating_sub(8).max(start);
        let comma = (floor..end).rev().find(|&j| !doc.tokens[j].is_word());
        if let Some(c) = comma.filter(|&c| c > start && doc.tokens[c].is_punct(',')) {
            let opens = matches!(doc.tokens[c + 1].lower, "the" | "a" | "an") && end - c >= 3;
            let named = doc
                .name_ending_at
                .get(&(c - 1))
                .filter(|&&(_, first)| {
                    first == start
                        || !doc.tokens[first - 1].is_word()
                        || matches!(doc.tokens[first - 1].lower, "and" | "but")
                })
                .filter(|_| opens);
            if let Some(&(person, _)) = named {
                if doc.actors.list[person].kind == Kind::Person {
                    return Some(person);
                }
            }
        }
    }
    // "Kirsten Pfeifer from the Consumer Electronics Association, told".
    if end > start + 2 && doc.tokens[end].is_punct(',') {
        if let Some(person) = person_of_body(doc, end - 1, start) {
            return Some(person);
        }
    }
    if doc.tokens[end].is_punct(',') {
        // "Artyom Shraibman, a researcher with ..., said": the name before an
        // appositive that starts with an article or a lowercase word.
        let mut j = end;
        let floor = end.saturating_sub(30).max(start);
        while j > floor {
            j -= 1;
            if doc.tokens[j].is_punct(',') && j > start && j + 1 < end {
                let opener = &doc.tokens[j + 1];
                // ("Cory Doctorow, European outreach coordinator for ..., said".)
                // (Not "..., Sir Andrew Green, said": a title before a name.)
                let described = (places::country_of_demonym(opener.lower).is_some()
                    || lexicon::is_title(opener.lower))
                    && doc
                        .tokens
                        .get(j + 2)
                        .is_some_and(|n| n.is_word() && !n.is_capital())
                    // ("Mark Hamilton, Axa spokesman, told": a body, then the post.)
                    || opener.is_capital()
                        && doc.tokens.get(j + 2).is_some_and(|n| {
                            n.is_word() && !n.is_capital() && lexicon::is_person_noun(n.lower)
                        })
                        && j + 3 == end
                    // ("Dr John E. Kelly, IBM senior vice president, Technology
                    // and ..., said", "Adam Jollans, IBM's world-wide Linux
                    // strategy manager, said": a person, then a body's post.)
                    || opener.is_capital()
                        && doc
                            .name_ending_at
                            .get(&(j - 1))
                            .is_some_and(|&(a, _)| doc.actors.list[a].kind == Kind::Person)
                        && (j + 2..(j + 7).min(end))
                            .take_while(|&m| doc.tokens[m].is_word())
                            .any(|m| {
                                !doc.tokens[m].is_capital()
                                    && lexicon::is_person_noun(doc.tokens[m].lower)
                            });
                // ("Ian Pearson, BT's futurologist, told": a body's post, any noun.)
                let owned_post = opener.is_capital()
                    && opener.possessive(doc.text)
                    && doc
                        .tokens
                        .get(j + 2)
                        .is_some_and(|n| n.is_word() && !n.is_capital())
                    && doc
                        .name_ending_at
                        .get(&(j - 1))
                        .is_some_and(|&(a, _)| doc.actors.list[a].kind == Kind::Person);
                // ("A spokesman for Unison, Britain's biggest union, said": a
                // body, then what it is in its country.)
                let placed_body = opener.is_capital()
                    && opener.possessive(doc.text)
                    && places::is_place(opener.lower)
                    && doc
                        .tokens
                        .get(j + 2)
                        .is_some_and(|n| n.is_word() && !n.is_capital())
                    && doc.name_ending_at.get(&(j - 1)).is_some_and(|&(a, _)| {
                        matches!(
                            doc.actors.list[a].kind,
                            Kind::Organization | Kind::Government | Kind::Media
                        )
                    });
                let appositive_like = !opener.is_capital()
                    || matches!(opener.lower, "the" | "a" | "an")
                    || described
                    || owned_post
                    || placed_body;
                // ("president of Cesar organisers, the Academie ...": a group
                // inside a role is not the speaker.)
                let in_role =
                    (j.saturating_sub(4).max(start)..j).any(|m| doc.tokens[m].lower == "of");
                // ("The Conseil Superieur de l'Audiovisuel (CSA), the French
                // broadcasting regulator, said": past the bracketed short form.)
                let mut named_end = j - 1;
                if doc.tokens[named_end].is_punct(')') {
                    if let Some(open) = (named_end.saturating_sub(6).max(start)..named_end)
                        .rev()
                        .find(|&m| doc.tokens[m].is_punct('('))
                    {
                        // The long name, or the short form when the long one
                        // was not found whole ("de l'Audiovisuel").
                        named_end = if doc.name_ending_at.contains_key(&(open.saturating_sub(1))) {
                            open - 1
                        } else if doc.name_ending_at.contains_key(&(j - 2)) {
                            j - 2
                        } else {
                            open.saturating_sub(1).max(start)
                        };
                    }
                }
                // "The Roman Catholic Archbishop of Cardiff, the Most Reverend
                // Peter Smith, told": a post after "the", then its holder.
                let post_first = doc.name_ending_at.get(&(j - 1)).map(|&(_, f)| f);
                let definite_post =
                    post_first.is_some_and(|f| f > start && doc.tokens[f - 1].lower == "the");
                let holder = doc.name_ending_at.get(&(end - 1)).filter(|&&(a, hf)| {
                    doc.actors.list[a].kind == Kind::Person
                        && doc.tokens[j + 1].lower == "the"
                        && hf > j + 1
                        && (j + 2..hf)
                            .all(|m| doc.tokens[m].is_word() && doc.tokens[m].is_capital())
                });
                if let (true, Some(&(person, _)), Some(f)) = (definite_post, holder, post_first) {
                    let post = Span::new(doc.tokens[f].start, doc.tokens[j - 1].end);
                    let role = doc.text[post.range()].to_string();
                    doc.actors.add_role(person, &role, j);
                    return Some(person);
                }
                if appositive_like {
                    if let Some(actor) = mention_ending_at(doc, named_end, start, last, paragraph)
                        .filter(|&a| !(in_role && doc.actors.list[a].kind == Kind::Unnamed))
                    {
                        let appositive =
                            Span::new(doc.tokens[j + 1].start, doc.tokens[end - 1].end);
                        let role = doc.text[appositive.range()].to_string();
                        if matches!(doc.actors.list[actor].kind, Kind::Person | Kind::Unknown) {
                            doc.actors.add_role(actor, &role, j);
                        }
                        return Some(actor);
                    }
                }
            }
            // A capitalised speech verb is part of a name ("North East Says No").
            let verb =
                !doc.tokens[j].is_capital() && lexicon::cue_lemma(doc.tokens[j].lower).is_some();
            // ("one dealer, who asked not to be named, told": a verb of the
            // relative clause, not the sentence's.)
            let relative = j > start + 1
                && doc.tokens[j - 1].lower == "who"
                && doc.tokens[j - 2].is_punct(',');
            if doc.tokens[j].quoted || verb && !relative {
                break;
            }
        }
        // "Ukraine's adviser, Mikhail Podolyak, said": a person right before the
        // comma, unless a preposition ties it into a phrase ("lawyer for Mr Begg,").
        if end > start {
            if let Some(&(actor, first)) = doc.name_ending_at.get(&(end - 1)) {
                let title = first
                    .checked_sub(1)
                    .filter(|&p| lexicon::is_title(doc.tokens[p].lower));
                let lead = title.unwrap_or(first);
                let governed = lead.checked_sub(1).is_some_and(|p| {
                    matches!(
                        doc.tokens[p].lower,
                        "for"
                            | "of"
                            | "at"
                            | "with"
                            | "from"
                            | "to"
                            | "by"
                            | "on"
                            | "in"
                            | "and"
                            | "or"
                    )
                });
                // "David Rose, Chief Executive of Hereford Hospitals NHS Trust, had
                // said": the person before the apposed title.
                // (But in "The Higher Education Minister, Kim Howells, said" the
                // first is the title and the second the person.)
                if lead > start + 1
                    && doc.tokens[lead - 1].is_punct(',')
                    && !lexicon::is_title(doc.tokens[lead - 2].lower)
                {
                    if let Some(&(person, _)) = doc.name_ending_at.get(&(lead - 2)) {
                        if doc.actors.list[person].kind == Kind::Person {
                            return Some(person);
                        }
                    }
                }
                // "The UN programme tackling Aids, UNAIDS, pointed out": a body
                // named in apposition between two commas.
                let apposed_body = lead > start
                    && doc.tokens[lead - 1].is_punct(',')
                    && matches!(
                        doc.actors.list[actor].kind,
                        Kind::Organization | Kind::Government | Kind::Media
                    );
                if !governed
                    && (matches!(doc.actors.list[actor].kind, Kind::Person | Kind::Unknown)
                        || apposed_body)
                {
                    return Some(actor);
                }
            }
        }
        return None;
    }
    mention_ending_at(doc, end, start, last, paragraph)
}

/// The person or body last named as bringing a case before token `end`
/// ("Californian Thomas Slattery filed the suit", "X is suing").
fn plaintiff_before(doc: &Doc, end: usize) -> Option<usize> {
    (1..end).rev().find_map(|j| {
        if !matches!(
            doc.tokens[j].lower,
            "filed" | "sued" | "sues" | "suing" | "brought" | "lodged"
        ) || doc.tokens[j].quoted
        {
            return None;
        }
        let mut n = j - 1;
        if matches!(doc.tokens[n].lower, "is" | "has" | "had" | "was") && n > 0 {
            n -= 1;
        }
        doc.name_ending_at
            .get(&n)
            .map(|&(actor, _)| actor)
            .filter(|&a| matches!(doc.actors.list[a].kind, Kind::Person | Kind::Organization))
    })
}

/// A name, pronoun, description or group whose last word is token `end`.
fn mention_ending_at(
    doc: &mut Doc,
    end: usize,
    start: usize,
    last: Option<(usize, usize)>,
    paragraph: usize,
) -> Option<usize> {
    if doc.tokens[end].quoted {
        return None;
    }
    if let Some(voice) = voice_of_person(doc, end, start) {
        return Some(voice);
    }
    // "supporters of the change claim": the group, not what it supports.
    let end = group_of_something(doc, end, start).unwrap_or(end);
    let t = &doc.tokens[end];
    if let Some(&(actor, first)) = doc.name_ending_at.get(&end) {
        // "Matthew Herren from EduVision told", "Eric Schnaible of the PCO
        // told": the person, not the organisation.
        let link = if first > start && doc.tokens[first - 1].lower == "the" {
            first - 1
        } else {
            first
        };
        if doc.actors.list[actor].kind != Kind::Person
            && link > start + 1
            && matches!(doc.tokens[link - 1].lower, "from" | "of" | "at")
        {
            if let Some(&(person, _)) = doc.name_ending_at.get(&(link - 2)) {
                if doc.actors.list[person].kind == Kind::Person {
                    return Some(person);
                }
            }
        }
        // "The Pentagon's Project and Contract Office (PCO) in Baghdad
        // said": the body where it sits, not the place.
        if doc.actors.list[actor].kind == Kind::Place
            && first > start + 1
            && matches!(doc.tokens[first - 1].lower, "in" | "at")
        {
            let mut p = first - 2;
            if doc.tokens[p].is_punct(')') && p > start {
                p -= 1;
            }
            if let Some(&(body, _)) = doc.name_ending_at.get(&p) {
                if doc.actors.list[body].kind != Kind::Place && !doc.tokens[p].quoted {
                    return Some(body);
                }
            }
        }
        // "the head of the country's Ministry of Emergencies": the person, not the ministry.
        if let Some(person) = described_holder(doc, first, start) {
            return Some(person);
        }
        if doc.actors.list[actor].kind == Kind::Person {
            if let Some(person) = title_holder(doc, actor, first, end, last, paragraph) {
                return Some(person);
            }
        }
        return Some(actor);
    }
    if let Some(p) = lexicon::pronoun(t.lower) {
        return resolve_pronoun(doc, p, end, last, paragraph);
    }
    // "In a statement, the party said ... “...,” said the statement": the body
    // that just spoke through it.
    // ("Mr Houston is alleged to have said ... The document reportedly
    // said": a document or memo, the writings of whoever spoke last.)
    if matches!(t.lower, "statement" | "release" | "document" | "memo")
        && end > start
        && doc.tokens[end - 1].lower == "the"
    {
        if let Some((actor, p)) = last {
            let body = matches!(
                doc.actors.list[actor].kind,
                Kind::Organization | Kind::Government | Kind::Media
            ) || matches!(t.lower, "document" | "memo");
            if body && paragraph - p <= 1 {
                return Some(actor);
            }
        }
    }
    // "Thomas Slattery filed the suit ... “...,” the lawsuit states": who
    // brought it.
    if matches!(t.lower, "lawsuit" | "suit" | "complaint" | "petition")
        && end > start
        && doc.tokens[end - 1].lower == "the"
    {
        if let Some(plaintiff) = plaintiff_before(doc, end) {
            return Some(plaintiff);
        }
    }
    // "An All England club spokesperson denied": the club, named before the
    // noun that says what it is, speaks through its voice ("A Labour Party
    // spokesman criticised": the party, named whole).
    if VOICES.contains(&t.lower) && end >= start + 2 {
        let org_noun = lexicon::is_org_evidence(doc.tokens[end - 1].lower)
            && !doc.tokens[end - 1].is_capital();
        let body = if org_noun {
            doc.name_ending_at.get(&(end - 2))
        } else {
            doc.name_ending_at.get(&(end - 1)).filter(|&&(a, _)| {
                matches!(
                    doc.actors.list[a].kind,
                    Kind::Organization | Kind::Government
                )
            })
        };
        if let Some(&(actor, _)) = body {
            let list = &mut doc.actors.list[actor];
            if matches!(
                list.kind,
                Kind::Unknown | Kind::Organization | Kind::Government
            ) {
                if list.kind == Kind::Unknown {
                    list.kind = Kind::Organization;
                }
                // ("... The official said": the body it speaks for.)
                list.has_spokesperson = true;
                return Some(actor);
            }
        }
    }
    // "the China Daily newspaper said": the outlet or body its noun follows.
    // (The whole subject: not "Rory O'Neill, editor of Hazards magazine,
    // said", nor "companies contacted by the BBC News website insist".)
    if end > start
        && !t.is_capital()
        && (lexicon::is_media_word(t.lower) || lexicon::is_company_noun(t.lower))
    {
        // ("Reuters news agency said": past one lowercase word.)
        let modified = end > start + 1
            && matches!(
                doc.tokens[end - 1].lower,
                "news" | "wire" | "press" | "business"
            )
            && doc.name_ending_at.contains_key(&(end - 2));
        let name_end = if modified { end - 2 } else { end - 1 };
        if let Some(&(actor, first)) = doc.name_ending_at.get(&name_end) {
            let body = matches!(
                doc.actors.list[actor].kind,
                Kind::Media | Kind::Organization | Kind::Government
            );
            let mut lead = first;
            if lead > start && doc.tokens[lead - 1].lower == "the" {
                lead -= 1;
            }
            let whole = lead == start || !doc.tokens[lead - 1].is_word();
            if body && whole && !doc.tokens[name_end].possessive(doc.text) {
                return Some(actor);
            }
        }
    }
    if let Some(first) =
        (end.saturating_sub(3).max(start)..=end).find(|&j| doc.tokens[j].lower == "the")
    {
        if let Some(actor) = organisation_described(doc, first + 1, end + 1) {
            return Some(body_after_all(doc, actor));
        }
    }
    if let Some(person) = namesake(doc, end) {
        return Some(person);
    }
    // ("The government said", "the Russian government says": its words,
    // though no body is named.)
    // (Not "talks with Disney's producers revealed": a group after a
    // preposition is not the subject.)
    let group = lexicon::is_unnamed_source_noun(t.lower) || t.lower == "government";
    let first = if group {
        noun_phrase_start(doc, end, start)
    } else {
        end
    };
    let group_after_preposition = || {
        let mut j = first;
        if j > start && doc.tokens[j - 1].possessive(doc.text) {
            j -= 1;
        }
        if j > start
            && matches!(
                doc.tokens[j - 1].lower,
                "the" | "a" | "an" | "its" | "their"
            )
        {
            j -= 1;
        }
        j > start
            && matches!(
                doc.tokens[j - 1].lower,
                "with" | "between" | "among" | "against" | "about" | "over" | "into"
            )
    };
    if group && !group_after_preposition() {
        if first == end && end > start && doc.tokens[end - 1].lower == "the" {
            if let Some(actor) = already_met(doc, end) {
                return Some(actor);
            }
        }
        let span = Span::new(doc.tokens[first].start, doc.tokens[end].end);
        let words = group_name(&doc.text[span.range()]);
        let kind = group_kind(doc, first, end);
        return Some(doc.actors.add_described(&words, kind, span, end));
    }
    // "the American said", "the 20-year-old Swede": a nationality as a noun is
    // one person ("the Americans" are a people, "the French" a country's voice).
    let demonym_noun = end > start
        && doc.tokens[end - 1].lower == "the"
        && t.is_capital()
        && (t.lower.ends_with("an") || t.lower.ends_with('i') || t.lower.ends_with("ine"))
        && crate::places::country_of_demonym(t.lower).is_some();
    if demonym_noun {
        return Some(resolve_description(doc, end, end, last, paragraph));
    }
    if lexicon::is_person_noun(t.lower) {
        // "Alan Milburn, Labour's election strategist told": the person named
        // before the description.
        let mut j = end;
        while j > start && end - j < 7 && doc.tokens[j - 1].is_word() && !doc.tokens[j - 1].quoted {
            j -= 1;
        }
        if j > start + 1 && doc.tokens[j - 1].is_punct(',') {
            if let Some(&(person, _)) = doc.name_ending_at.get(&(j - 2)) {
                if doc.actors.list[person].kind == Kind::Person {
                    return Some(person);
                }
            }
        }
        let first = noun_phrase_start(doc, end, start);
        if first < end
            || first > start && matches!(doc.tokens[first - 1].lower, "the" | "a" | "an" | "one")
        {
            return Some(resolve_description(doc, first, end, last, paragraph));
        }
    }
    None
}

/// "Guitarist Brian May ... May wrote on his website", "Mike Friday's side
/// ... said Friday": a month or weekday at `k` that is the surname of
/// someone already named.
fn namesake(doc: &Doc, k: usize) -> Option<usize> {
    let t = &doc.tokens[k];
    if !t.is_capital()
        || !(lexicon::MONTHS.contains(&t.lower) || lexicon::WEEKDAYS.contains(&t.lower))
    {
        return None;
    }
    let written = t.text(doc.text);
    (0..doc.actors.list.len()).find(|&a| {
        let actor = &doc.actors.list[a];
        matches!(actor.kind, Kind::Person | Kind::Unknown)
            && actor.name.split_whitespace().count() >= 2
            && actor.name.rsplit(' ').next() == Some(written)
            && actor.mention_tokens.iter().any(|&m| m < k)
    })
}

/// Adjectives and nouns before a head noun: "Ukrainian military experts".
fn noun_phrase_start(doc: &Doc, end: usize, start: usize) -> usize {
    let mut first = end;
    // "is still in jail Analysts believe": a capitalised head after a
    // lowercase word opens a sentence whose full stop was lost.
    // (Not an acronym: "backbench MPs".)
    let head = doc.tokens[end].text(doc.text);
    if end > start
        && doc.tokens[end].is_capital()
        && !crate::names::is_acronym(head.trim_end_matches(['s', '\'', '’']))
        && doc.tokens[end - 1].is_word()
        && !doc.tokens[end - 1].is_capital()
        && !lexicon::is_function_word(doc.tokens[end - 1].lower)
    {
        return end;
    }
    while first > start {
        let p = &doc.tokens[first - 1];
        let lower = p.lower;
        let modifier = p.is_word()
            && !p.quoted
            && !lexicon::is_function_word(lower)
            && lexicon::cue_lemma(lower).is_none()
            && (!p.is_capital()
                || places::country_of_demonym(lower).is_some()
                // ("the South Korean government")
                || places::country_of_demonym(&format!("{lower} {}", doc.tokens[first].lower))
                    .is_some()
                || lexicon::is_title(lower)
                || first - 1 == start
                || lower.contains('-'));
        // "the England captain", "a Labour source": a name as a modifier, with
        // any capitalised words the name left out ("the Two Ronnies star").
        if let Some(&(_, name_first)) = doc.name_ending_at.get(&(first - 1)) {
            let mut opening = name_first;
            while opening > start
                && name_first - opening < 2
                && doc.tokens[opening - 1].is_capital()
                && !matches!(doc.tokens[opening - 1].lower, "the" | "a" | "an")
            {
                opening -= 1;
            }
            // ("One leading Karachi broker": past a lowercase word or two.)
            let mut lead = opening;
            while lead > start
                && opening - lead < 2
                && doc.tokens[lead - 1].is_word()
                && !doc.tokens[lead - 1].is_capital()
                && !doc.tokens[lead - 1].quoted
                && !lexicon::is_function_word(doc.tokens[lead - 1].lower)
            {
                lead -= 1;
            }
            for o in [opening, lead] {
                if o > start && matches!(doc.tokens[o - 1].lower, "the" | "a" | "an" | "one") {
                    first = o;
                    break;
                }
            }
            // ("..., Pentagon officials have said": a body's name opening the
            // clause after a comma.)
            if first > opening
                && opening > start
                && doc.tokens[opening - 1].is_punct(',')
                && !doc.tokens[opening].quoted
                && matches!(
                    doc.actors.list[doc.name_ending_at[&(first - 1)].0].kind,
                    Kind::Government | Kind::Organization
                )
            {
                first = opening;
            }
            if first <= opening {
                break;
            }
        }
        if !modifier || end - first >= 4 {
            break;
        }
        first -= 1;
    }
    first
}

/// "supporters of the change", "critics of the plan": the group noun before
/// "of" and a lowercase noun phrase of up to three words ending at `end`.
fn group_of_something(doc: &Doc, end: usize, start: usize) -> Option<usize> {
    if lexicon::is_unnamed_source_noun(doc.tokens[end].lower) {
        return None;
    }
    let of = (end.saturating_sub(4).max(start)..end)
        .rev()
        .find(|&j| doc.tokens[j].lower == "of")?;
    let plain = (of + 1..=end).all(|j| {
        let t = &doc.tokens[j];
        t.is_word() && !t.is_capital() && !t.quoted
    });
    let group = of.checked_sub(1).filter(|&g| g >= start)?;
    (plain
        && lexicon::is_unnamed_source_noun(doc.tokens[group].lower)
        && doc.tokens[group].lower.ends_with('s'))
    .then_some(group)
}

/// "police", "Belgian authorities", "Seattle officials": a state's own
/// people speak as its government; "officials" of no named place, like
/// "observers", stay unnamed.
fn group_kind(doc: &Doc, first: usize, head: usize) -> Kind {
    // ("Treasury officials": a government body's are the government's too.)
    let of_a_place = || {
        doc.tokens[first..head].iter().any(|t| {
            t.is_capital()
                && (places::is_place(t.lower)
                    || places::country_of_demonym(t.lower).is_some()
                    || lexicon::is_government_word(t.lower))
        })
    };
    // ("Pentagon officials", "UKIP officials": a named body's officials speak
    // as it.)
    let body = || {
        (first..head)
            .filter_map(|j| doc.name_ending_at.get(&j))
            .map(|&(actor, _)| doc.actors.list[actor].kind)
            .find(|k| matches!(k, Kind::Government | Kind::Organization))
    };
    match doc.tokens[head].lower {
        // (Prosecutors bring the state's cases: "Prosecutors said".)
        "police" | "government" | "prosecutors" => Kind::Government,
        "officials" | "authorities" if of_a_place() => Kind::Government,
        "officials" => body().unwrap_or(Kind::Unnamed),
        _ => Kind::Unnamed,
    }
}

fn group_name(written: &str) -> String {
    let mut chars = written.chars();
    match chars.next() {
        // "Observers" at a sentence start is still "observers"; "Labour
        // sources" keep their party.
        Some(c)
            if c.is_uppercase() && {
                let first = written
                    .split_whitespace()
                    .next()
                    .unwrap_or("")
                    .to_lowercase();
                // ("BBC correspondents" keep their capitals.)
                let word = written.split_whitespace().next().unwrap_or("");
                // ("South Korean officials": a name of two capitalised words.)
                let second_capitalised = written
                    .split_whitespace()
                    .nth(1)
                    .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
                !word.chars().skip(1).any(char::is_uppercase)
                    && !second_capitalised
                    && places::country_of_demonym(&first).is_none()
                    && !places::is_place(first.trim_end_matches("'s").trim_end_matches("’s"))
                    && !lexicon::is_party_word(&first)
                    && !lexicon::is_government_word(&first)
                    && !lexicon::is_international_body(&first)
            } =>
        {
            c.to_lowercase().chain(chars).collect()
        }
        _ => written.to_string(),
    }
}

/// "the head of the country's X": a person described by their post at X.
fn described_holder(doc: &mut Doc, name_first: usize, start: usize) -> Option<usize> {
    let mut i = name_first;
    while i > start
        && (matches!(doc.tokens[i - 1].lower, "the" | "country" | "its" | "their")
            || doc.tokens[i - 1].possessive(doc.text))
    {
        i -= 1;
    }
    if i < start + 2
        || doc.tokens[i - 1].lower != "of"
        || !lexicon::is_person_noun(doc.tokens[i - 2].lower)
    {
        return None;
    }
    let head = i - 2;
    // "Chris Panayis, managing director of ISP Freedom2surf said": the named person.
    let mut m = head;
    while m > start
        && doc.tokens[m - 1].is_word()
        && !doc.tokens[m - 1].is_capital()
        && m + 3 > head
    {
        m -= 1;
    }
    if m > start + 1 && doc.tokens[m - 1].is_punct(',') {
        if let Some(&(person, _)) = doc.name_ending_at.get(&(m - 2)) {
            if doc.actors.list[person].kind == Kind::Person {
                return Some(person);
            }
        }
    }
    let span = Span::new(doc.tokens[head].start, doc.tokens[name_first].start);
    let end_token = doc.name_at(name_first).map(|(&e, _)| e)?;
    let span = Span::new(span.start as usize, doc.tokens[end_token].end);
    let written = doc.text[span.range()].to_string();
    Some(
        doc.actors
            .add_described(&written, Kind::Person, span, end_token),
    )
}

/// The subject after an inverted verb: "said Shraibman", "assured the Belarusian
/// ruler", "according to media reports".
fn subject_after(
    doc: &mut Doc,
    from: usize,
    end: usize,
    last: Option<(usize, usize)>,
    paragraph: usize,
    according: bool,
) -> Option<usize> {
    let mut i = from;
    // ("smiles one broker", not "said one of his aides".)
    let one = |i: usize| {
        doc.tokens[i].lower == "one" && doc.tokens.get(i + 1).is_some_and(|n| n.lower != "of")
    };
    while i < end
        && (matches!(
            doc.tokens[i].lower,
            "the" | "a" | "an" | "recent" | "new" | "latest" | "local" | "some"
        ) || doc.tokens[i].is_punct(':')
            || one(i))
    {
        i += 1;
    }
    if i >= end || doc.tokens[i].quoted {
        return None;
    }
    // "said Mr Blair's spokesman": the voice, not the man.
    if let Some((&e, _)) = doc.name_at(doc.past_titles(i, end - 1)) {
        for v in (e + 1..(e + 3).min(end)).rev() {
            if let Some(voice) = voice_of_person(doc, v, i) {
                return Some(voice);
            }
        }
    }
    if let Some(person) = namesake(doc, i) {
        return Some(person);
    }
    // "said RNID technology director, Guido Gybels", "declared Kasabian's singer
    // Tom Meighan": the first person named nearby, past organisations and possessives.
    if !according {
        let mut commas = 0;
        for j in i..(i + 10).min(end) {
            let t = &doc.tokens[j];
            if t.quoted || t.is_punct('.') || t.is_punct(';') {
                break;
            }
            if t.is_punct(',') {
                commas += 1;
                if commas > 1 {
                    break;
                }
            }
            if let Some((&e, &(actor, _))) = doc.name_at(j) {
                if let Some((_, person)) = person_after_role(doc, e) {
                    return Some(person);
                }
                if doc.actors.list[actor].kind == Kind::Person
                    && !doc.tokens[e].possessive(doc.text)
                {
                    return Some(actor);
                }
            }
        }
    }
    if let Some(actor) = organisation_described(doc, i, end) {
        return Some(body_after_all(doc, actor));
    }
    if let Some(p) = lexicon::pronoun(doc.tokens[i].lower) {
        return resolve_pronoun(doc, p, i, last, paragraph);
    }
    // A name starting here, or within a short noun phrase ("a June poll by ... Chatham House").
    let limit = (i + if according { 10 } else { 6 }).min(end);
    let poll = (i..limit).find(|&j| lexicon::is_poll_word(doc.tokens[j].lower));
    for j in i..limit {
        if doc.tokens[j].is_punct(',') || doc.tokens[j].is_punct('.') {
            break;
        }
        if let Some((&e, &(actor, _))) = doc.name_at(j) {
            if let Some(p) = poll {
                let org = doc.actors.list[actor].name.clone();
                let span = Span::new(doc.tokens[i].start, doc.tokens[e.max(p)].end);
                return Some(doc.actors.add_described(
                    &format!("{org} poll"),
                    Kind::Poll,
                    span,
                    e.max(p),
                ));
            }
            // "said the Lions coach": the name qualifies a description.
            // (Not "said a Vodafone spokesman": a spokesperson, an official or
            // a reporter speaks as the body's voice.)
            let described = j == i && e + 1 < limit && {
                let n = &doc.tokens[e + 1];
                n.is_word()
                    && !n.is_capital()
                    && (lexicon::is_person_noun(n.lower) && !VOICES.contains(&n.lower)
                        || n.lower == "keeper")
            };
            if described && poll.is_none() {
                // ("said Nortel president and chief executive Bill Owens": the
                // person the description introduces.)
                let introduced = (e + 2..(e + 7).min(end)).find_map(|k| {
                    let (_, &(person, _)) = doc.name_at(k)?;
                    matches!(doc.actors.list[person].kind, Kind::Person | Kind::Unknown)
                        .then_some(person)
                });
                return Some(
                    introduced
                        .unwrap_or_else(|| resolve_description(doc, j, e + 1, last, paragraph)),
                );
            }
            // "according to a report by UK think-tank Demos": not the place.
            let place = doc.actors.list[actor].kind == Kind::Place;
            if j == i && !according || according && !place {
                return Some(actor);
            }
        }
        let lower = doc.tokens[j].lower;
        // "opposition leader Sviatlana Tsikhanouskaya": the name, not the description.
        if (lexicon::is_person_noun(lower) || lexicon::is_org_evidence(lower)) && poll.is_none() {
            if let Some(&(actor, _)) = doc.name_at(j + 1).map(|(_, v)| v) {
                return Some(actor);
            }
        }
        // "said the German.": a nationality as the whole description.
        if j == i && j > from && crate::nationality::is_demonym_noun(doc, j) {
            return Some(resolve_description(doc, j, j, last, paragraph));
        }
        if lexicon::is_unnamed_source_noun(lower) || lexicon::is_person_noun(lower) {
            // Extend over a following noun ("media reports").
            let mut e = j;
            while e + 1 < limit && lexicon::is_unnamed_source_noun(doc.tokens[e + 1].lower) {
                e += 1;
            }
            let head = doc.tokens[e].lower;
            // "according to research from message analysts the Radicati
            // Group": the name the description introduces.
            if according {
                let k = if doc.tokens.get(e + 1).is_some_and(|t| t.lower == "the") {
                    e + 2
                } else {
                    e + 1
                };
                let named = (k < limit)
                    .then(|| doc.name_at(k).map(|(_, &(actor, _))| actor))
                    .flatten()
                    .filter(|&a| doc.actors.list[a].kind != Kind::Place);
                if let Some(actor) = named {
                    return Some(actor);
                }
                // "according to media and PR strategist Glen Yearwood": the
                // words run on to a person's post, then the person.
                let introduced = (e + 1..limit)
                    .take_while(|&m| doc.tokens[m].is_word() && !doc.tokens[m].quoted)
                    .find_map(|m| {
                        if !lexicon::is_person_noun(doc.tokens[m].lower) {
                            return None;
                        }
                        let (_, &(person, _)) = doc.name_at(m + 1)?;
                        matches!(doc.actors.list[person].kind, Kind::Person | Kind::Unknown)
                            .then_some(person)
                    });
                if let Some(person) = introduced {
                    return Some(person);
                }
                // "according to new figures released on Tuesday by the British
                // Phonographic Industry": whoever released them.
                let by = (e + 1..limit)
                    .take_while(|&m| doc.tokens[m].is_word() && !doc.tokens[m].quoted)
                    .find(|&m| matches!(doc.tokens[m].lower, "by" | "from"));
                if let Some(by) = by {
                    let at = if doc.tokens.get(by + 1).is_some_and(|t| t.lower == "the") {
                        by + 2
                    } else {
                        by + 1
                    };
                    // ("by CES organisers the CEA": the body the words introduce.)
                    let introduced = |name_end: usize| {
                        let mut n = name_end + 1;
                        while n < limit
                            && n - name_end <= 2
                            && doc.tokens[n].is_word()
                            && !doc.tokens[n].is_capital()
                            && doc.tokens[n].lower != "the"
                            && lexicon::is_unnamed_source_noun(doc.tokens[n].lower)
                        {
                            n += 1;
                        }
                        if n > name_end + 1 && doc.tokens.get(n).is_some_and(|t| t.lower == "the") {
                            n += 1;
                        }
                        (n > name_end + 1)
                            .then(|| doc.name_at(n).map(|(_, &(actor, _))| actor))
                            .flatten()
                    };
                    let author = doc
                        .name_at(at)
                        .map(|(&end, &(actor, _))| introduced(end).unwrap_or(actor))
                        .filter(|&a| doc.actors.list[a].kind != Kind::Place);
                    if let Some(author) = author {
                        return Some(author);
                    }
                }
            }
            if lexicon::is_unnamed_source_noun(head) {
                // "according to Chinese government figures": the government's.
                if e > i
                    && matches!(head, "figures" | "statistics" | "data" | "estimates")
                    && doc.tokens[e - 1].lower == "government"
                {
                    e -= 1;
                }
                let span = Span::new(doc.tokens[i].start, doc.tokens[e].end);
                let words = group_name(&doc.text[span.range()]);
                let kind = group_kind(doc, i, e);
                return Some(doc.actors.add_described(&words, kind, span, e));
            }
            return Some(resolve_description(doc, i, e, last, paragraph));
        }
        if !doc.tokens[j].is_word() {
            break;
        }
    }
    None
}

/// "AP quoted prosecutor Russell McGuire as saying" (`k` at "saying"): the
/// person named between "quoted" and "as", and the outlet that quoted them.
fn quoted_as_saying(doc: &Doc, k: usize, start: usize) -> Option<(usize, Option<usize>)> {
    if k < start + 3 || doc.tokens[k - 1].lower != "as" {
        return None;
    }
    let verb = (k.saturating_sub(10).max(start)..k - 1)
        .rev()
        .find(|&j| matches!(doc.tokens[j].lower, "quoted" | "quotes" | "quoting"))?;
    let person = (verb + 1..k - 1).find_map(|j| {
        let (_, &(actor, _)) = doc.name_at(j)?;
        (doc.actors.list[actor].kind == Kind::Person).then_some(actor)
    })?;
    let outlet = verb
        .checked_sub(1)
        .and_then(|e| doc.name_ending_at.get(&e))
        .map(|&(actor, _)| actor)
        .filter(|&a| doc.actors.list[a].kind == Kind::Media);
    Some((person, outlet))
}

/// The person before "from", "of" or "at" and the body whose name ends at
/// `name_end`: "Kirsten Pfeifer from the Consumer Electronics Association".
/// (The person opens the clause: "... and Signal Processing at the University
/// of Surrey" is part of a longer name.)
fn person_of_body(doc: &Doc, name_end: usize, start: usize) -> Option<usize> {
    let &(_, first) = doc.name_ending_at.get(&name_end)?;
    let mut p = first;
    if p > start && doc.tokens[p - 1].lower == "the" {
        p -= 1;
    }
    if p <= start + 1 || !matches!(doc.tokens[p - 1].lower, "from" | "of" | "at") {
        return None;
    }
    if let Some(&(person, pf)) = doc.name_ending_at.get(&(p - 2)) {
        return (opens_clause(doc, pf, start) && doc.actors.list[person].kind == Kind::Person)
            .then_some(person);
    }
    // "Peter Misselbrook, executive partner of Tods Murray said": the post
    // between a comma and "of", its closing comma missing.
    let mut q = p - 1;
    while q > start + 1
        && p - 1 - q < 5
        && doc.tokens[q - 1].is_word()
        && !doc.tokens[q - 1].is_capital()
        && !doc.tokens[q - 1].quoted
    {
        q -= 1;
    }
    let post = (q..p - 1).any(|j| lexicon::is_person_noun(doc.tokens[j].lower));
    if !post || q < start + 2 || !doc.tokens[q - 1].is_punct(',') {
        return None;
    }
    let &(person, pf) = doc.name_ending_at.get(&(q - 2))?;
    (opens_clause(doc, pf, start) && doc.actors.list[person].kind == Kind::Person).then_some(person)
}

/// Whether token `first` opens its clause of the slot that starts at
/// `start`: nothing before it, or a quote mark or a dash (not a comma).
fn opens_clause(doc: &Doc, first: usize, start: usize) -> bool {
    first == start || !doc.tokens[first - 1].is_word() && !doc.tokens[first - 1].is_punct(',')
}

/// "A YouGov poll in the Daily Telegraph suggested", "a survey by Mori for
/// the Times found": a poll opening the subject `start..=end` speaks, under the
/// name of whoever ran it (not the paper that printed it). An unnamed poll is
/// left to the general rules: "poll" alone would merge across articles.
fn named_poll(doc: &mut Doc, start: usize, end: usize) -> Option<usize> {
    let mut i = start;
    while i < end
        && matches!(
            doc.tokens[i].lower,
            "a" | "an" | "the" | "one" | "another" | "new" | "latest" | "recent"
        )
    {
        i += 1;
    }
    // (Not "a study by Gartner": an analyst's study is the analyst's.)
    let poll = (i..=end.min(i + 3)).find(|&p| {
        matches!(doc.tokens[p].lower, "poll" | "polls" | "survey" | "surveys")
            && !doc.tokens[p].is_capital()
    })?;
    if end - poll > 8
        || (i..=end).any(|j| {
            let t = &doc.tokens[j];
            t.quoted || !t.is_word() && !t.is_punct('-')
        })
    {
        return None;
    }
    let pollster = doc
        .name_at(i)
        .filter(|(&e, _)| e < poll)
        .or_else(|| {
            (poll + 1 < end && doc.tokens[poll + 1].lower == "by")
                .then(|| doc.name_at(poll + 2))
                .flatten()
        })
        .map(|(&e, &(actor, _))| (e, actor))
        .filter(|&(_, a)| !matches!(doc.actors.list[a].kind, Kind::Person | Kind::Place))?;
    let name = format!("{} poll", doc.actors.list[pollster.1].name);
    let last = pollster.0.max(poll);
    let span = Span::new(doc.tokens[i].start, doc.tokens[last].end);
    Some(doc.actors.add_described(&name, Kind::Poll, span, last))
}

/// "Mr Blair's spokesman", "Tony Blair's official spokesman": a person's
/// voice is someone else, unnamed (as "the prime minister's official
/// spokesman" is), when the voice noun at `voice` follows a person's name in
/// the possessive. (A body's voice speaks as the body: "Ofcom's spokesman".)
fn voice_of_person(doc: &mut Doc, voice: usize, start: usize) -> Option<usize> {
    // "A spokesman for Michael Howard said": the voice after it too.
    let named = doc.tokens[voice]
        .is_capital()
        .then(|| doc.name_ending_at.get(&voice))
        .flatten();
    if let Some(&(actor, first)) = named.filter(|&&(_, first)| {
        // ("for" right before the name or its titles.)
        first >= start + 2
            && (doc.tokens[first - 1].lower == "for"
                || lexicon::is_title(doc.tokens[first - 1].lower))
    }) {
        let lead = doc.titles_before(first, start);
        // (A person by a first name or a title, never written after "the":
        // not "Royal Mail", "The Royal Mail is investigating".)
        let a = &doc.actors.list[actor];
        let words = a.name.split_whitespace().count();
        let after_the = a
            .mention_tokens
            .iter()
            .any(|&m| m >= words && doc.tokens[m - words].lower == "the");
        let person = a.kind == Kind::Person
            && !after_the
            && (lead < first || lexicon::is_first_name(doc.tokens[first].lower));
        if person
            && lead >= start + 2
            && doc.tokens[lead - 1].lower == "for"
            && lexicon::is_voice_noun(doc.tokens[lead - 2].lower)
        {
            let span = Span::new(doc.tokens[lead - 2].start, doc.tokens[voice].end);
            let written = doc.text[span.range()].to_string();
            return Some(
                doc.actors
                    .add_described(&written, Kind::Unnamed, span, voice),
            );
        }
    }
    if !lexicon::is_voice_noun(doc.tokens[voice].lower) || voice <= start {
        return None;
    }
    let mut owner = voice - 1;
    if owner > start && matches!(doc.tokens[owner].lower, "official" | "press" | "chief") {
        owner -= 1;
    }
    let &(actor, first) = doc.name_ending_at.get(&owner)?;
    if doc.actors.list[actor].kind != Kind::Person || !doc.tokens[owner].possessive(doc.text) {
        return None;
    }
    let lead = doc.titles_before(first, start);
    let span = Span::new(doc.tokens[lead].start, doc.tokens[voice].end);
    let written = doc.text[span.range()].to_string();
    Some(
        doc.actors
            .add_described(&written, Kind::Unnamed, span, voice),
    )
}

/// Posts that speak for a body rather than name a person of their own.
const VOICES: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "representative",
    "journalist",
    "reporter",
    "correspondent",
];

fn channel_after(doc: &Doc, from: usize, end: usize) -> Option<usize> {
    let limit = (from + 7).min(end);
    (from..limit).find_map(|j| {
        doc.name_at(j)
            .map(|(_, &(a, _))| a)
            .filter(|&a| doc.actors.list[a].kind == Kind::Media)
    })
}

/// The subject of the clause before a participle: a pronoun or a name followed
/// by a verb ("he again heaped praise ...", "Plus.net also backed ...").
fn clause_subject(
    doc: &mut Doc,
    start: usize,
    k: usize,
    last: Option<(usize, usize)>,
    paragraph: usize,
) -> Option<usize> {
    let verb_after = |doc: &Doc, mut j: usize| {
        // ("the Pro-Life Alliance “congratulated” Mr Howard ..., but said":
        // a verb in scare quotes is still the clause's verb.)
        if j + 1 < k && (doc.tokens[j].is_punct('"') || doc.tokens[j].is_punct('“')) {
            j += 1;
        }
        while j < k
            && is_adverbial(&doc.tokens[j])
            && !matches!(
                doc.tokens[j].lower,
                "has" | "had" | "is" | "was" | "will" | "would"
            )
        {
            j += 1;
        }
        j < k && {
            let t = &doc.tokens[j];
            t.is_word()
                && !t.is_capital()
                && (t.lower.ends_with("ed")
                    // ("an Armani dress" is no verb.)
                    || t.lower.ends_with('s') && !t.lower.ends_with("ss")
                    || matches!(
                        t.lower,
                        "has"
                            | "had"
                            | "is"
                            | "was"
                            | "will"
                            | "would"
                            | "told"
                            | "said"
                            | "made"
                            | "took"
                            | "gave"
                    )
                    || lexicon::is_irregular_past(t.lower))
        }
    };
    for j in start..k {
        let t = &doc.tokens[j];
        if t.quoted {
            continue;
        }
        if let Some(p) = lexicon::pronoun(t.lower).filter(|p| *p != Pronoun::Speaker) {
            if verb_after(doc, j + 1) {
                return resolve_pronoun(doc, p, j, last, paragraph);
            }
        }
        if let Some(&(actor, _)) = doc.name_ending_at.get(&j) {
            // ("Us magazine was unrepentant ..., saying": past the outlet's noun.)
            let outlet_noun = doc.tokens.get(j + 1).is_some_and(|n| {
                !n.is_capital()
                    && lexicon::is_media_word(n.lower)
                    && doc.actors.list[actor].kind == Kind::Media
            });
            // ("Stallone, 71, appeared ... saying": past the age between commas.)
            let age = doc.tokens.get(j + 1).is_some_and(|c| c.is_punct(','))
                && doc.tokens.get(j + 2).is_some_and(|n| {
                    n.lower.len() <= 3
                        && !n.lower.is_empty()
                        && n.lower.bytes().all(|b| b.is_ascii_digit())
                })
                && doc.tokens.get(j + 3).is_some_and(|c| c.is_punct(','));
            let verb_at = if outlet_noun {
                j + 2
            } else if age {
                j + 4
            } else {
                j + 1
            };
            if doc.actors.list[actor].kind != Kind::Place && verb_after(doc, verb_at) {
                return Some(actor);
            }
        }
        // "the Arsenal boss is quoted as saying", "the actress stopped ... and joked",
        // "The Argentine had stoked up the temperature ... by saying".
        let demonym = t.is_capital()
            && j > start
            && doc.tokens[j - 1].lower == "the"
            && crate::places::country_of_demonym(t.lower).is_some();
        // ("But the government has so far resisted ..., instead saying".)
        // (Not "a few police officers were": a noun after it.)
        let governs = matches!(t.lower, "government" | "police")
            && !t.is_capital()
            && j > start
            && doc.tokens[j - 1].lower == "the"
            && doc.tokens.get(j + 1).is_some_and(|n| {
                matches!(n.lower, "has" | "had" | "have") || n.lower.ends_with("ed")
            });
        if (lexicon::is_person_noun(t.lower) && !t.is_capital() || demonym || governs)
            && verb_after(doc, j + 1)
        {
            if let Some(actor) = mention_ending_at(doc, j, start, last, paragraph) {
                return Some(actor);
            }
        }
    }
    None
}

/// A lone name that was only guessed a person, described as "the firm", is
/// the firm.
fn body_after_all(doc: &mut Doc, actor: usize) -> usize {
    let a = &mut doc.actors.list[actor];
    if a.is_lone_guess() {
        a.kind = Kind::Organization;
        a.kind_guessed = false;
    }
    actor
}

/// "the former monopoly", "the firm", "the organisation": the most mentioned
/// organisation so far, when `tokens[from..end]` is such a description.
fn organisation_described(doc: &Doc, from: usize, end: usize) -> Option<usize> {
    let head = (from..(from + 3).min(end)).find(|&j| {
        matches!(
            doc.tokens[j].lower,
            "firm"
                | "company"
                | "group"
                | "monopoly"
                | "giant"
                | "carrier"
                | "regulator"
                | "watchdog"
                | "organisation"
                | "organization"
                | "club"
                | "band"
                | "broadcaster"
                | "bank"
                | "operator"
                | "provider"
                | "charity"
                | "agency"
                | "retailer"
                | "airline"
                | "insurer"
                | "firms"
                | "companies"
                | "maker"
                | "manufacturer"
                | "ministry"
                | "department"
                | "party"
                // "said the radio station", "the paper said".
                | "station"
                | "channel"
                | "network"
                | "newspaper"
                | "paper"
                | "magazine"
                | "label"
                | "studio"
                | "publisher"
                | "union"
                | "association"
                | "federation"
                | "subsidiary"
                // "the pan-European bourse said".
                | "bourse"
                | "exchange"
                // "the council's ruling said": a body that rules or sits.
                | "council"
                | "committee"
                | "commission"
                | "tribunal"
        )
    })?;
    let sitting = matches!(
        doc.tokens[head].lower,
        "council" | "committee" | "commission" | "tribunal"
    );
    // "the two firms said": the bodies named together, one of them standing
    // for both; "the tobacco companies" are a class, not those named.
    if matches!(doc.tokens[head].lower, "firms" | "companies")
        && (from..head).any(|j| !lexicon::is_number_word(doc.tokens[j].lower))
    {
        return None;
    }
    // ("the charity's director added": someone of the body, not the body.)
    // ("The Bank's minutes said", "the band's spokesman": its own words.)
    if doc.tokens[head].possessive(doc.text)
        && head + 1 < end
        && !lexicon::is_statement_noun(doc.tokens[head + 1].lower)
        && doc.tokens[head + 1].lower != "minutes"
    {
        return None;
    }
    let public = matches!(
        doc.tokens[head].lower,
        "regulator" | "watchdog" | "ministry" | "department"
    );
    // "the Delta subsidiary": the owner named before the noun is not the one
    // described.
    let owner = (doc.tokens[head].lower == "subsidiary" && head > from)
        .then(|| doc.tokens[head - 1].lower)
        .filter(|_| doc.tokens[head - 1].is_capital());
    if (from..=head).any(|j| {
        !doc.tokens[j].is_word()
            || (j < head && doc.tokens[j].is_capital() && owner.is_none())
            || doc.tokens[j].quoted
    }) {
        return None;
    }
    let media = matches!(
        doc.tokens[head].lower,
        "station" | "channel" | "network" | "newspaper" | "paper" | "magazine" | "broadcaster"
    );
    let not_owner = |a: usize| {
        owner.is_none_or(|o| {
            !doc.actors.list[a]
                .name
                .split(' ')
                .any(|w| w.eq_ignore_ascii_case(o))
        })
    };
    // ("Renault said ... the firm said": a lone name only guessed a person
    // may be the firm.)
    let organisation_actor = |a: &crate::actors::Actor| {
        if public {
            a.kind == Kind::Government
        } else if sitting {
            matches!(a.kind, Kind::Government | Kind::Organization)
        } else if media {
            a.kind == Kind::Media
        } else {
            matches!(a.kind, Kind::Organization | Kind::Media) || a.is_lone_guess()
        }
    };
    // "the Finance and Economy Ministry said ... The government voiced
    // concern ... the ministry said": a body whose name holds the noun.
    // (Only for public bodies: "the bank" after HSBC is not the Bank of England.)
    let head_word = doc.tokens[head].lower;
    let named_so = (public || sitting)
        .then(|| {
            latest_before(doc, from, |actor| {
                organisation_actor(actor)
                    && !actor.described
                    && actor
                        .name
                        .split(' ')
                        .any(|w| w.eq_ignore_ascii_case(head_word))
            })
        })
        .flatten();
    // ("the committee said": only a body named a committee; "the Spanish
    // FA's disciplinary committee" is not the FA.)
    if named_so.is_some() || sitting {
        return named_so;
    }
    // "CENTR, the Council of ..., agrees. “...,” the organisation said": the
    // body the sentences before are about, before the most mentioned one.
    // "Comair “deeply regrets ...,” the Delta subsidiary said": the body
    // that opens the sentence, right before the quote.
    let opening = doc.sentences[doc.tokens[from].sentence].tokens.start;
    let opener = doc
        .name_at(opening)
        .filter(|(&end, _)| {
            doc.tokens
                .get(end + 1)
                .is_some_and(|t| t.quoted || t.is_punct('"') || t.is_punct('“'))
        })
        .map(|(_, &(actor, _))| actor)
        .filter(|&a| organisation_actor(&doc.actors.list[a]) && not_owner(a));
    if opener.is_some() {
        return opener;
    }
    if let Some(actor) = body_subject_before(doc, from, None)
        .filter(|&a| organisation_actor(&doc.actors.list[a]) && not_owner(a))
    {
        return Some(actor);
    }
    // Else the most mentioned one, of those named in this paragraph or the
    // one before when there are any ("Eli Lilly is launching adverts ... the
    // company says", though Wal-Mart had the article's first half).
    let paragraph = doc.sentences[doc.tokens[from].sentence].paragraph;
    let recent = |a: usize| {
        doc.actors.list[a]
            .mention_tokens
            .iter()
            .any(|&t| t < from && doc.sentences[doc.tokens[t].sentence].paragraph + 1 >= paragraph)
    };
    let candidates: Vec<usize> = (0..doc.actors.list.len())
        .filter(|&a| {
            organisation_actor(&doc.actors.list[a])
                && not_owner(a)
                && doc.actors.list[a].mention_tokens.iter().any(|&t| t < from)
        })
        .collect();
    let any_recent = candidates.iter().any(|&a| recent(a));
    candidates
        .into_iter()
        .filter(|&a| !any_recent || recent(a))
        .max_by_key(|&a| {
            (
                doc.actors.list[a].mentions.len(),
                doc.actors.list[a]
                    .mention_tokens
                    .iter()
                    .filter(|&&t| t < from)
                    .max()
                    .copied(),
            )
        })
}
