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
    let spoken = Spoken::new(doc, cues);
    debug_assert!(
        doc.quotes.windows(2).all(|w| w[0].open < w[1].open),
        "quotes in reading order"
    );
    // The last quote given a speaker (not a scare quote), for continuations.
    let mut last_attributed: Option<usize> = None;
    // Whether each quote's speaker came from a cue of its own sentence.
    let mut own_cue: Vec<bool> = Vec::new();
    let quotes = doc.quotes.clone();
    for marks in quotes {
        let Some(sentence) = doc
            .sentences
            .partition_point(|s| s.span.start as usize <= marks.open)
            .checked_sub(1)
            .filter(|&s| marks.open < doc.sentences[s].span.end as usize)
        else {
            continue;
        };
        let found = speaker_in_sentence(doc, &spoken, &marks, sentence);
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
                // (Not `" Mr Rakosky said it was better than C-Murder, real
                // name Corey Miller, "just sitting there"`: reported speech
                // before a fragment is no split attribution.)
                let split = between.len() < 160
                    && between.split_whitespace().count() <= 8
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
                named_before(doc, &marks)
                    .or_else(|| named_after(doc, &marks))
                    .or_else(|| signed_after(doc, &marks)),
                None,
                None,
            ),
        };
        // Unattributed quotes carry on the previous speaker's words: a quote
        // continued over paragraphs, a second quote in the same sentence or
        // paragraph, or a quote paragraph after one with a speaker.
        if speaker.is_none() && kind != QuoteKind::Scare {
            if let Some(previous) = last_attributed.map(|i| &out[i]) {
                let gap = marks.paragraph - previous.marks.paragraph;
                let close = marks.continuation
                    || gap == 0
                    || (gap <= 2 && starts_paragraph(doc, &marks))
                    || (gap == 1 && kind == QuoteKind::Direct);
                if close
                    && !spoken.other_speaker_between(
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
                if let Some(c) = spoken
                    .last_before_paragraph(marks.paragraph)
                    .filter(|&i| spoken.paragraphs[i] + 1 == marks.paragraph)
                    .map(|i| spoken.reporter_of(doc, i))
                {
                    speaker = c.speaker;
                    cue = Some(c.lemma);
                }
            }
            // A direct quote after reported speech in its own paragraph
            // ("X told the BBC how ... . “...”"): the last speaker there.
            if speaker.is_none() && kind == QuoteKind::Direct {
                if let Some(c) = spoken
                    .last_before(marks.open)
                    .filter(|&i| spoken.paragraphs[i] == marks.paragraph)
                    .map(|i| spoken.cues[i])
                {
                    speaker = c.speaker;
                    cue = Some(c.lemma);
                }
            }
        }
        // "Mauresmo spent five weeks at number one ... “Since then, I feel
        // ...”": failing all else, a direct quote right after a sentence of
        // its paragraph that a person opens and that quotes nobody is theirs.
        if speaker.is_none() && kind == QuoteKind::Direct && !starts_paragraph(doc, &marks) {
            speaker = introduced_before(doc, &marks, sentence);
        }
        if kind == QuoteKind::Scare {
            // A term in quotes has no speaker behind it.
            (speaker, cue, channel) = (None, None, None);
        }
        if let Some(s) = speaker {
            doc.actors.list[s].cited = true;
            if doc.actors.list[s].kind == Kind::Unknown {
                doc.actors.list[s].kind = Kind::Person;
                doc.actors.list[s].kind_guessed = true;
            }
        }
        if speaker.is_some() && kind != QuoteKind::Scare {
            last_attributed = Some(out.len());
        }
        out.push(Attributed {
            marks,
            kind,
            speaker,
            cue,
            channel,
        });
        own_cue.push(found.is_some_and(|c| c.speaker.is_some()));
    }
    // "... including the elderly. ¶ “The number ... grows,” he said": a quote
    // over several paragraphs is one speaker's, and the cue its last part has
    // names them for the parts before it that had none of their own.
    for i in (0..out.len().saturating_sub(1)).rev() {
        let next = &out[i + 1];
        if out[i].marks.continued
            && next.marks.continuation
            && own_cue[i + 1]
            && !own_cue[i]
            && out[i].kind != QuoteKind::Scare
            && next.speaker.is_some()
        {
            (out[i].speaker, out[i].cue, out[i].channel) = (next.speaker, next.cue, next.channel);
            own_cue[i] = true;
        }
        // ("“It's an important game ... manage it. “If five players ...,” he
        // told BBC Sport": a quote left open that the next mark reopens,
        // with nothing between, is the same voice's.)
        let next = &out[i + 1];
        let reopened = out[i].marks.close.is_none()
            && out[i].marks.paragraph == next.marks.paragraph
            && doc
                .text
                .get(out[i].marks.inner.end as usize..next.marks.open)
                .is_some_and(|between| between.trim().is_empty());
        if reopened
            && out[i].speaker.is_none()
            && out[i].kind == QuoteKind::Direct
            && next.kind == QuoteKind::Direct
            && next.speaker.is_some()
        {
            (out[i].speaker, out[i].cue, out[i].channel) = (next.speaker, next.cue, next.channel);
            own_cue[i] = true;
        }
    }
    out
}

/// The cues that name a speaker, in reading order, with what the lookups
/// above need: each one's position and paragraph, and where its run of cues
/// with the same speaker ends. Every question is then a binary search, so an
/// article with tens of thousands of quotes and cues (a hostile file, a
/// transcript) costs n log n rather than n².
struct Spoken<'c> {
    cues: Vec<&'c Cue>,
    starts: Vec<usize>,
    paragraphs: Vec<usize>,
    sentences: Vec<usize>,
    /// `run_end[i]`: the first index after `i` whose speaker differs.
    run_end: Vec<usize>,
}

impl<'c> Spoken<'c> {
    fn new(doc: &Doc, cues: &'c [Cue]) -> Self {
        let cues: Vec<&Cue> = cues.iter().filter(|c| c.speaker.is_some()).collect();
        let starts: Vec<usize> = cues.iter().map(|c| doc.tokens[c.token].start).collect();
        debug_assert!(
            starts.windows(2).all(|w| w[0] < w[1]),
            "cues in reading order"
        );
        let mut run_end = vec![cues.len(); cues.len()];
        for i in (0..cues.len().saturating_sub(1)).rev() {
            run_end[i] = if cues[i + 1].speaker != cues[i].speaker {
                i + 1
            } else {
                run_end[i + 1]
            };
        }
        Spoken {
            paragraphs: cues
                .iter()
                .map(|c| doc.sentences[c.sentence].paragraph)
                .collect(),
            sentences: cues.iter().map(|c| c.sentence).collect(),
            cues,
            starts,
            run_end,
        }
    }

    /// The last cue before byte `at`.
    fn last_before(&self, at: usize) -> Option<usize> {
        self.starts.partition_point(|&s| s < at).checked_sub(1)
    }

    /// The first cue at or after byte `at`.
    fn first_from(&self, at: usize) -> Option<usize> {
        Some(self.starts.partition_point(|&s| s < at)).filter(|&i| i < self.cues.len())
    }

    /// The last cue in a paragraph before `paragraph`.
    /// The cue `i`, or the one whose "that" clause holds it: in "Mr Lewis
    /// ... reminded MPs that Ian McCartney last year described Mr Letwin as
    /// ...", the one speaking now is Mr Lewis.
    fn reporter_of(&self, doc: &Doc, i: usize) -> &'c Cue {
        let cue = self.cues[i];
        // (Not "..., but that was not what was happening, the spokesman
        // said.": a cue closing its sentence is the sentence's own.)
        let closes_sentence = doc
            .tokens
            .get(cue.token + 1)
            .is_none_or(|t| t.sentence != cue.sentence || t.is_punct('.'));
        let outer = i.checked_sub(1).map(|o| self.cues[o]).filter(|outer| {
            !closes_sentence
                && outer.sentence == cue.sentence
                && outer.speaker != cue.speaker
                && (outer.token + 1..cue.token)
                    .any(|j| doc.tokens[j].lower == "that" && !doc.tokens[j].quoted)
        });
        outer.unwrap_or(cue)
    }

    fn last_before_paragraph(&self, paragraph: usize) -> Option<usize> {
        self.paragraphs
            .partition_point(|&p| p < paragraph)
            .checked_sub(1)
    }

    /// Whether a cue strictly between bytes `from` and `to` names a speaker
    /// other than `speaker`.
    fn other_speaker_between(&self, from: usize, to: usize, speaker: Option<usize>) -> bool {
        let lo = self.starts.partition_point(|&s| s <= from);
        let hi = self.starts.partition_point(|&s| s < to);
        lo < hi && (self.cues[lo].speaker != speaker || self.run_end[lo] < hi)
    }
}

/// The person who opens the sentence before `sentence` in the quote's
/// paragraph, when that sentence holds no quote, `sentence` opens with the
/// quote, and the quote speaks in the first person ("Since then, I feel
/// ..."), not about someone ("He was sent off ...") and not after a writer
/// who speaks so too (a memoir's "Bob was the most mesmeric person I've met").
fn introduced_before(doc: &Doc, marks: &QuoteMarks, sentence: usize) -> Option<usize> {
    // "I", "I'm", "we've", "my", "us" (not "the US Open").
    let first_person = |t: &crate::tokens::Token| {
        let stem = t.lower.split(['\'', '’']).next().unwrap_or("");
        t.text(doc.text) != "US"
            && (matches!(stem, "i" | "we") || matches!(t.lower, "me" | "my" | "our" | "us"))
    };
    let inner = doc
        .tokens
        .partition_point(|t| t.start < marks.inner.start as usize)
        ..doc
            .tokens
            .partition_point(|t| t.end <= marks.inner.end as usize);
    let words = || doc.tokens[inner.clone()].iter().filter(|t| t.is_word());
    let opens_on_someone = words().next().is_some_and(|t| {
        t.is_capital() && matches!(t.lower, "he" | "she" | "his" | "her" | "they")
    });
    if opens_on_someone || !words().any(first_person) {
        return None;
    }
    let before = sentence.checked_sub(1)?;
    let s = &doc.sentences[before];
    let here = &doc.sentences[sentence];
    let tokens = &doc.tokens[s.tokens.clone()];
    if s.paragraph != marks.paragraph
        || tokens.iter().any(|t| t.quoted)
        || tokens.iter().any(first_person)
    {
        return None;
    }
    // The quote opens its sentence (not "He scored. Then he said “...”").
    let first_word = doc.tokens[here.tokens.clone()]
        .iter()
        .find(|t| t.is_word())?;
    if !first_word.quoted {
        return None;
    }
    let (actor, _) = crate::referents::subject_of_sentence(doc, before, s.tokens.end)?;
    (doc.actors.list[actor].kind == Kind::Person).then_some(actor)
}

fn starts_paragraph(doc: &Doc, marks: &QuoteMarks) -> bool {
    doc.paragraphs[marks.paragraph].start as usize == marks.open
}

/// The cue that attributes this quote: right after it ("...,” he said), before it
/// in the sentence ("X said ... “...”"), or anywhere in the sentence.
fn speaker_in_sentence<'c>(
    doc: &Doc,
    spoken: &Spoken<'c>,
    marks: &QuoteMarks,
    sentence: usize,
) -> Option<&'c Cue> {
    let outer = marks.outer(doc.text);
    let in_sentence = |i: &usize| spoken.sentences[*i] == sentence;
    // Immediately after the closing mark (a few words at most).
    // `a year. " And Chancellor Gordon Brown said`: a quote that ends its
    // sentence, then a new one opened by a function word, whose cue is not its.
    let new_sentence = |at: usize| {
        doc.text[marks.inner.range()]
            .trim_end()
            .ends_with(['.', '!', '?'])
            && doc.text[outer.end as usize..at]
                .split_whitespace()
                .next()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .is_some_and(|w| {
                    let lower = w.to_lowercase();
                    // ("?" Mr Kashyap's lawyer said": an honorific opens a name.)
                    w.starts_with(char::is_uppercase)
                        && lexicon::is_function_word(&lower)
                        && !lexicon::is_honorific(&lower)
                })
    };
    let after = spoken
        .first_from(outer.end as usize)
        .filter(in_sentence)
        .map(|i| (spoken.cues[i], spoken.starts[i]))
        .filter(|&(_, at)| !new_sentence(at));
    let before = spoken.last_before(marks.open).filter(in_sentence);
    if let Some((c, at)) = after {
        let between = &doc.text[outer.end as usize..at];
        // "X told the paper Y would “effectively front” the campaign but said
        // ...": a new clause after the quote is not what it reports.
        let new_clause = before.is_some()
            && between
                .split_whitespace()
                .any(|w| matches!(w, "but" | "and" | "while" | "although"));
        if between.split_whitespace().count() <= 6
            && !between.contains(['.', '“', '"'])
            && !new_clause
        {
            return Some(c);
        }
    }
    // Before the opening mark, nearest first.
    if let Some(i) = before {
        return Some(spoken.cues[i]);
    }
    // Two quotes back to back belong to two utterances: in "“...,” Cary Leahy
    // said. “So there is ...,” “Overall ...,” Steven Wieting added" the cue
    // speaks for the second, and the first is left to the continuation rules.
    let next_open = doc
        .quotes
        .get(doc.quotes.partition_point(|q| q.open < outer.end as usize));
    let back_to_back =
        next_open.is_some_and(|q| doc.text[outer.end as usize..q.open].trim().is_empty());
    after.filter(|_| !back_to_back).map(|(c, _)| c)
}

/// "“...” Vadym Sinyavskyi, “...”": a person named between this quote and the
/// next one in its paragraph, right before that one opens.
fn named_after(doc: &Doc, marks: &QuoteMarks) -> Option<usize> {
    let end = marks.outer(doc.text).end as usize;
    let next = doc
        .quotes
        .get(doc.quotes.partition_point(|q| q.open < end))
        .filter(|q| q.paragraph == marks.paragraph)?;
    let between = &doc.text[end..next.open];
    if between.split_whitespace().count() > 10 || between.contains(['“', '”', '"']) {
        return None;
    }
    named_before(doc, next)
}

/// `“...,” Mr Bootle.`: a quote closed by a comma and then only a person's
/// name, the speech verb left out.
fn signed_after(doc: &Doc, marks: &QuoteMarks) -> Option<usize> {
    let end = marks.outer(doc.text).end as usize;
    let inner = doc.text[marks.inner.range()].trim_end();
    if !inner.ends_with(',') {
        return None;
    }
    let k = doc.tokens.partition_point(|t| t.start < end);
    let mut j = k;
    while doc
        .tokens
        .get(j)
        .is_some_and(|t| lexicon::is_plain_honorific(t.lower))
    {
        j += 1;
    }
    let (&(actor, first), last) =
        (j..j + 4).find_map(|e| doc.name_ending_at.get(&e).map(|n| (n, e)))?;
    let closes = doc.tokens.get(last + 1).is_some_and(|t| t.is_punct('.'))
        && doc.tokens.get(last + 1).map(|t| t.sentence) == Some(doc.tokens[k].sentence);
    let opens = first == j || first == k;
    (opens && closes && doc.actors.list[actor].kind == Kind::Person).then_some(actor)
}

/// "X, “...”": a person named right before the opening mark.
fn named_before(doc: &Doc, marks: &QuoteMarks) -> Option<usize> {
    let k = doc.tokens.partition_point(|t| t.start < marks.open);
    doc.tokens.get(k)?;
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
    // (`"Virtual weight" measurements are based on`: a sentence may open with
    // one, capitalised.)
    if modifier && !strong && (!capital || opens_clause && !attributed) {
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
    // `Labour's slogan would be "Britain is working"`: a name for words, not
    // words someone said here.
    let named_phrase = before.rsplit(char::is_whitespace).take(4).any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        [
            "slogan",
            "slogans",
            "motto",
            "catchphrase",
            "headline",
            "entitled",
            "titled",
        ]
        .iter()
        .any(|n| w.eq_ignore_ascii_case(n))
    });
    if named_phrase && !opens_clause {
        return QuoteKind::Scare;
    }
    // `saying "we will be entirely happy ..."`: a whole utterance right after its verb.
    // (`telling the BBC "there is ..."`: only whom it was told may come between.)
    let tail: Vec<&str> = before
        .trim_end_matches([':', ','])
        .rsplit(char::is_whitespace)
        .take(4)
        .collect();
    // (`was called "one of the biggest pirates"`: what a naming verb takes is
    // a description, not an utterance.)
    let after_verb = tail.first().is_some_and(|w| {
        lexicon::cue_lemma_any_case(w)
            .is_some_and(|l| !matches!(l, "call" | "brand" | "dub" | "describe" | "label"))
    }) || tail
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
    // (`not about what was good for the country, but "all about ...," the
    // Tory leader said`: a lowercase "but" inside the sentence carries it too;
    // a sentence opened by "But" may open the quote.)
    let last_raw = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let last_word = last_raw.to_lowercase();
    let opens_sentence = last_raw.starts_with(char::is_uppercase)
        && matches!(last_word.as_str(), "but" | "and" | "so" | "yet" | "then");
    let free = opens_sentence || matches!(last_word.as_str(), "" | "–" | "—");
    let carried = !capital && !opens_clause && !free;
    // `declared, "are doing a very good job"`: words that open on a verb
    // lack their subject, so they finish the writer's sentence.
    let subjectless = !capital
        && matches!(
            inner.split_whitespace().next().unwrap_or(""),
            "are" | "is" | "was" | "were" | "has" | "have" | "had" | "will" | "would"
        );
    // `described her victory as "truly overwhelming. I'm really not used to
    // this," she said`: a fragment that runs on into a whole sentence of
    // hers, attributed after the close, is her utterance.
    let runs_on = inner.match_indices(['.', '?', '!']).any(|(i, _)| {
        inner[i + 1..].starts_with(' ')
            && inner[i + 1..].trim_start().starts_with(char::is_uppercase)
    });
    // `medical advances mean "I don't know what I would do now".`: capitalised
    // words right after a lowercase word of the writer's that is no verb of
    // speech, the sentence's stop outside the marks, finish the writer's
    // sentence.
    let inside_sentence = !opens_clause
        && !ends_punct
        && !after_verb
        && last_raw.starts_with(char::is_lowercase)
        && lexicon::cue_lemma_any_case(last_raw.trim_matches(|c: char| !c.is_alphanumeric()))
            .is_none();
    let direct = (capital && (opens_clause || ends_punct) && words >= 2)
        || (after_verb && words >= 4 && !subjectless)
        || (opens_clause && words >= 4 && before.is_empty())
        || (ends_punct
            && words >= 3
            && attributed
            && !carried
            && followed_by_attribution(doc, marks))
        || (runs_on && ends_punct && attributed && followed_by_attribution(doc, marks))
        || marks.continuation
        || (capital && words >= 6 && attributed && !inside_sentence);
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
