//! Quotes: what kind each quoted span is (direct, partial, scare) and who said it.

use crate::attribution::Cue;
use crate::doc::Doc;
use crate::lexicon;
use crate::marks::QuoteMarks;
use crate::names::Kind;
pub use claimscope_model::QuoteKind;

pub struct Attributed {
    pub marks: QuoteMarks,
    pub kind: QuoteKind,
    pub speaker: Option<usize>,
    pub cue: Option<&'static str>,
    pub channel: Option<usize>,
}

pub fn attribute(doc: &mut Doc, cues: &[Cue]) -> Vec<Attributed> {
    let mut out: Vec<Attributed> = Vec::new();
    let quotes = doc.quotes.clone();
    for marks in quotes {
        let Some(sentence) = doc
            .sentences
            .iter()
            .position(|s| s.span.start as usize <= marks.open && marks.open < s.span.end as usize)
        else {
            continue;
        };
        let found = speaker_in_sentence(doc, cues, &marks, sentence);
        let words = doc.text[marks.inner.range()].split_whitespace().count();
        let strong = found.is_some_and(|c| lexicon::strong_cue(c.lemma));
        let mut kind = kind_of(doc, &marks, found.is_some(), strong, words);
        // `"A," said X, "b ..."`: the second half of a split direct quote.
        if kind == QuoteKind::Partial {
            if let Some(previous) = out
                .last()
                .filter(|q| q.kind == QuoteKind::Direct && q.marks.paragraph == marks.paragraph)
            {
                let between = &doc.text[previous.marks.outer(doc.text).end as usize..marks.open];
                let split = between.len() < 160
                    && !between.contains(['.', '!', '?'])
                    && between.trim_end().ends_with(',')
                    && between.split_whitespace().any(|w| {
                        lexicon::cue_lemma(
                            &w.trim_matches(|c: char| !c.is_alphanumeric())
                                .to_lowercase(),
                        )
                        .is_some()
                    });
                if split {
                    kind = QuoteKind::Direct;
                }
            }
        }
        let (mut speaker, mut cue, mut channel) = match found {
            Some(c) => (c.speaker, Some(c.lemma), c.channel),
            None => (
                named_before(doc, &marks).or_else(|| named_after(doc, &marks)),
                None,
                None,
            ),
        };
        // Unattributed quotes carry on the previous speaker's words: a quote
        // continued over paragraphs, a second quote in the same sentence or
        // paragraph, or a quote paragraph after one with a speaker.
        if speaker.is_none() && kind != QuoteKind::Scare {
            if let Some(previous) = out
                .iter()
                .rev()
                .find(|q| q.speaker.is_some() && q.kind != QuoteKind::Scare)
            {
                let gap = marks.paragraph - previous.marks.paragraph;
                let close = marks.continuation
                    || gap == 0
                    || (gap <= 2 && starts_paragraph(doc, &marks))
                    || (gap == 1 && kind == QuoteKind::Direct);
                if close
                    && no_other_speaker_between(
                        doc,
                        cues,
                        previous.marks.open,
                        marks.open,
                        previous.speaker,
                    )
                {
                    speaker = previous.speaker;
                    cue = previous.cue;
                    channel = previous.channel;
                }
            }
            // "X said:" closing the previous paragraph, or a speaker just named in it.
            if speaker.is_none() && starts_paragraph(doc, &marks) {
                if let Some(c) = cues.iter().rev().find(|c| {
                    c.speaker.is_some()
                        && doc.sentences[c.sentence].paragraph + 1 == marks.paragraph
                }) {
                    speaker = c.speaker;
                    cue = Some(c.lemma);
                }
            }
            // A direct quote after reported speech in its own paragraph
            // ("X told the BBC how ... . “...”"): the last speaker there.
            if speaker.is_none() && kind == QuoteKind::Direct {
                if let Some(c) = cues.iter().rev().find(|c| {
                    c.speaker.is_some()
                        && doc.sentences[c.sentence].paragraph == marks.paragraph
                        && doc.tokens[c.token].start < marks.open
                }) {
                    speaker = c.speaker;
                    cue = Some(c.lemma);
                }
            }
        }
        if kind == QuoteKind::Scare {
            // A term in quotes has no speaker behind it.
            (speaker, cue, channel) = (None, None, None);
        }
        if let Some(s) = speaker {
            doc.actors.list[s].cited = true;
            if doc.actors.list[s].kind == Kind::Unknown {
                doc.actors.list[s].kind = Kind::Person;
            }
        }
        out.push(Attributed {
            marks,
            kind,
            speaker,
            cue,
            channel,
        });
    }
    out
}

fn starts_paragraph(doc: &Doc, marks: &QuoteMarks) -> bool {
    doc.paragraphs[marks.paragraph].start as usize == marks.open
}

fn no_other_speaker_between(
    doc: &Doc,
    cues: &[Cue],
    from: usize,
    to: usize,
    speaker: Option<usize>,
) -> bool {
    !cues.iter().any(|c| {
        let at = doc.tokens[c.token].start;
        c.speaker.is_some() && c.speaker != speaker && from < at && at < to
    })
}

/// The cue that attributes this quote: right after it ("...,” he said), before it
/// in the sentence ("X said ... “...”"), or anywhere in the sentence.
fn speaker_in_sentence<'c>(
    doc: &Doc,
    cues: &'c [Cue],
    marks: &QuoteMarks,
    sentence: usize,
) -> Option<&'c Cue> {
    let outer = marks.outer(doc.text);
    let here: Vec<&Cue> = cues
        .iter()
        .filter(|c| c.sentence == sentence && c.speaker.is_some())
        .collect();
    let at = |c: &Cue| doc.tokens[c.token].start;
    // Immediately after the closing mark (a few words at most).
    let after = here
        .iter()
        .filter(|c| at(c) >= outer.end as usize)
        .min_by_key(|c| at(c));
    if let Some(c) = after {
        let between = &doc.text[outer.end as usize..at(c)];
        if between.split_whitespace().count() <= 6 && !between.contains(['.', '“', '"']) {
            return Some(c);
        }
    }
    // Before the opening mark, nearest first.
    if let Some(c) = here
        .iter()
        .filter(|c| at(c) < marks.open)
        .max_by_key(|c| at(c))
    {
        return Some(c);
    }
    after.copied()
}

/// "“...” Vadym Sinyavskyi, “...”": a person named between this quote and the
/// next one in its paragraph, right before that one opens.
fn named_after(doc: &Doc, marks: &QuoteMarks) -> Option<usize> {
    let end = marks.outer(doc.text).end as usize;
    let next = doc
        .quotes
        .iter()
        .find(|q| q.paragraph == marks.paragraph && q.open >= end)?;
    let between = &doc.text[end..next.open];
    if between.split_whitespace().count() > 10 || between.contains(['“', '”', '"']) {
        return None;
    }
    named_before(doc, next)
}

/// "X, “...”": a person named right before the opening mark.
fn named_before(doc: &Doc, marks: &QuoteMarks) -> Option<usize> {
    let k = doc.tokens.iter().position(|t| t.start >= marks.open)?;
    let mut j = k.checked_sub(1)?;
    if doc.tokens[j].is_punct(',') || doc.tokens[j].is_punct(':') {
        j = j.checked_sub(1)?;
    }
    let &(actor, _) = doc.name_ending_at.get(&j)?;
    (doc.actors.list[actor].kind == Kind::Person).then_some(actor)
}

fn kind_of(
    doc: &Doc,
    marks: &QuoteMarks,
    attributed: bool,
    strong: bool,
    words: usize,
) -> QuoteKind {
    let inner = doc.text[marks.inner.range()].trim();
    let first = inner
        .chars()
        .find(|c| !matches!(c, '[' | '(' | '.' | '…' | '‘' | '\'' | '–' | '-' | ' '));
    let capital = first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    let ends_punct = inner.ends_with(['.', ',', '!', '?', '…', ':', ';']);
    let before = doc.text[doc.paragraphs[marks.paragraph].start as usize..marks.open].trim_end();
    let opens_clause = before.is_empty()
        || before.ends_with([':', '.', '?', '!', '—'])
        || before.ends_with(',') && attributed;
    let heading = doc.paragraph_role(marks.paragraph) != crate::layout::Role::Body;
    if heading {
        return if attributed {
            QuoteKind::Partial
        } else {
            QuoteKind::Scare
        };
    }
    // A term used as a modifier: various “integration” documents.
    let after =
        &doc.text[marks.outer(doc.text).end as usize..doc.paragraphs[marks.paragraph].end as usize];
    let next_word: String = after
        .chars()
        .skip_while(|c| *c == ' ')
        .take_while(|c| c.is_alphanumeric() || *c == '-')
        .collect();
    let modifier = words <= 3
        && !ends_punct
        && next_word.chars().next().is_some_and(char::is_lowercase)
        && !lexicon::is_function_word(&next_word)
        && lexicon::cue_lemma(&next_word).is_none();
    if modifier && !capital && !strong {
        return QuoteKind::Scare;
    }
    let proper_name = capital
        && words <= 4
        && !ends_punct
        && !opens_clause
        && inner.split_whitespace().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        });
    if proper_name {
        return QuoteKind::Scare;
    }
    // `saying "we will be entirely happy ..."`: a whole utterance right after its verb.
    // (`telling the BBC "there is ..."`: only whom it was told may come between.)
    let tail: Vec<&str> = before
        .trim_end_matches([':', ','])
        .rsplit(char::is_whitespace)
        .take(4)
        .collect();
    let after_verb = tail
        .first()
        .is_some_and(|w| lexicon::cue_lemma_any_case(w).is_some())
        || tail
            .iter()
            .position(|w| lexicon::cue_lemma_any_case(w) == Some("tell"))
            .is_some_and(|v| {
                tail[..v].iter().all(|w| {
                    w.starts_with(char::is_uppercase)
                        || matches!(
                            *w,
                            "the"
                                | "reporters"
                                | "journalists"
                                | "listeners"
                                | "viewers"
                                | "him"
                                | "her"
                                | "them"
                        )
                })
            });
    // `published "in the next two weeks," a spokesman said`: a fragment carried
    // by the writer's sentence stays partial even with an attribution after it.
    let last_word = before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_lowercase();
    let carried = !capital
        && !opens_clause
        && !matches!(
            last_word.as_str(),
            "but" | "and" | "so" | "yet" | "then" | "" | "–" | "—"
        );
    let direct = (capital && (opens_clause || ends_punct) && words >= 2)
        || (after_verb && words >= 4)
        || (opens_clause && words >= 4 && before.is_empty())
        || (ends_punct
            && words >= 3
            && attributed
            && !carried
            && followed_by_attribution(doc, marks))
        || marks.continuation
        || (capital && words >= 6 && attributed);
    if direct {
        return QuoteKind::Direct;
    }
    if attributed || words >= 5 || has_speech_verb_before(before) {
        QuoteKind::Partial
    } else {
        QuoteKind::Scare
    }
}

/// “...,” he said / “...,” said X: the text right after the close is an attribution.
fn followed_by_attribution(doc: &Doc, marks: &QuoteMarks) -> bool {
    let Some(close) = marks.close else {
        return false;
    };
    let after = &doc.text[close..doc.paragraphs[marks.paragraph].end as usize];
    let after = after.trim_start_matches(['”', '"', '»', ',', ' ']);
    after.split_whitespace().take(6).any(|w| {
        lexicon::cue_lemma_any_case(w.trim_matches(|c: char| !c.is_alphanumeric())).is_some()
    })
}

fn has_speech_verb_before(before: &str) -> bool {
    before.split_whitespace().rev().take(8).any(|w| {
        lexicon::cue_lemma_any_case(w.trim_matches(|c: char| !c.is_alphanumeric())).is_some()
    })
}
