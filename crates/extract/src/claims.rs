//! Claims: the check-worthy statements of an article body, typed, with their
//! certainty, their source, and the numbers, dates and entities they mention.

use crate::attribution::Cue;
use crate::doc::Doc;
use crate::layout::Role;
use crate::lexicon;
use crate::names::Kind;
use crate::quotes::{Attributed, QuoteKind};
use claimscope_corpus::Span;
pub use claimscope_model::{Certainty, ClaimType as ClaimKind};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Number {
    /// As written, with what it counts: "65,000 troops".
    pub text: String,
    pub value: f64,
    /// What it counts ("troops", "percent"), when the text says.
    pub unit: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub span: Span,
    pub kind: ClaimKind,
    pub certainty: Certainty,
    pub source: Option<u32>,
    pub numbers: Vec<Number>,
    pub dates: Vec<String>,
    pub entities: Vec<u32>,
}

pub fn find(doc: &mut Doc, cues: &[Cue], quotes: &[Attributed]) -> Vec<Claim> {
    let mut claims = Vec::new();
    let mentions = mention_index(doc);
    // Reused across sentences: most sentences are skipped or short, and fresh
    // vectors per sentence were a measurable share of extraction time.
    let mut words: Vec<&str> = Vec::new();
    let mut flags: Vec<u32> = Vec::new();
    let mut token_flags: Vec<u32> = Vec::new();
    for s in 0..doc.sentences.len() {
        let sentence = &doc.sentences[s];
        if doc.paragraph_role(sentence.paragraph) != Role::Body {
            continue;
        }
        let span = sentence.span;
        let range = sentence.tokens.clone();
        words.clear();
        words.extend(
            doc.tokens[range.clone()]
                .iter()
                .filter(|t| t.is_word())
                .map(|t| t.lower),
        );
        let sentence_text = &doc.text[span.range()];
        if words.len() < 6
            || sentence_text
                .trim_end_matches(['”', '"', '’'])
                .ends_with('?')
        {
            continue;
        }
        // Every token is looked up once; words, numbers and dates read the flags.
        token_flags.clear();
        token_flags.extend(doc.tokens[range.clone()].iter().map(|t| {
            if t.is_word() {
                word_flags(t.lower)
            } else {
                0
            }
        }));
        let numbers = numbers_in(doc, range.clone(), &token_flags);
        let dates = dates_in(doc, range.clone(), &token_flags);
        let entities = entities_in(&mentions, span);
        // Each word is classified once; every test below reads the flags.
        flags.clear();
        flags.extend(
            doc.tokens[range.clone()]
                .iter()
                .zip(&token_flags)
                .filter(|(t, _)| t.is_word())
                .map(|(_, &f)| f),
        );
        let has = |i: usize, f: u32| flags.get(i).is_some_and(|&x| x & f != 0);
        let any = |f: u32| flags.iter().any(|&x| x & f != 0);
        let pair = |first: u32, second: u32| {
            (0..flags.len().saturating_sub(1)).any(|i| has(i, first) && has(i + 1, second))
        };
        let approximate = pair(APPROX, NUMBERISH);
        let hedged = approximate || any(HEDGE);
        // A modal after a past-tense report ("promised they would") reports, not predicts.
        let first_modal = flags.iter().position(|&x| x & MODAL != 0);
        let reported_past =
            first_modal.is_some_and(|m| flags[..m].iter().any(|&x| x & PASTISH != 0));
        let speculative = flags.iter().enumerate().any(|(i, &x)| {
            x & SPECULATION != 0
                && !(Some(i) == first_modal && reported_past && words[i] == "would")
        });
        let evaluative = flags.iter().filter(|&&x| x & EVALUATIVE != 0).count();
        let explicit_future = any(WILL) || pair(TO_HEAD, TO);
        let future = explicit_future || first_modal.is_some() && !reported_past;
        let source = source_of(doc, cues, quotes, s);
        let checkworthy = !numbers.is_empty()
            || !dates.is_empty()
            || !entities.is_empty()
            || source.is_some()
            || evaluative > 0
            || words.len() >= 10;
        if !checkworthy {
            continue;
        }
        let past_verb = flags.iter().any(|&x| x & PAST_VERB != 0);
        let judged = evaluative > 0 && pair(BE, EVALUATIVE);
        // "expected to grow by 5.7%", "may lose 30bn baht": a forecast with a number.
        let forecast = pair(FORECAST_HEAD, TO) || any(FORECAST_WORD);
        let kind = if numbers.iter().any(|n| n.unit.is_some()) && (!forecast || reported_past) {
            ClaimKind::Statistic
        } else if future && !judged {
            ClaimKind::Prediction
        } else if !dates.is_empty() && past_verb && !judged {
            ClaimKind::Event
        } else if evaluative > 0 || any(ASSESSING) {
            ClaimKind::Assessment
        } else {
            ClaimKind::Event
        };
        let certainty = if speculative {
            Certainty::Speculative
        } else if hedged {
            Certainty::Hedged
        } else {
            Certainty::Asserted
        };
        if let Some(a) = source {
            doc.actors.list[a].cited = true;
        }
        // "a Jackson associate, Marc Schaffel, who said the boy had left": a
        // second speaker in the sentence is cited too, though the claim is
        // given to its first.
        // (Only "say", "tell" and "according to": other verbs' second
        // subjects are as often someone acted upon, "ruled out by referee X".
        // "According to the Financial Times, Peter Chernin said": both.)
        // ("..., news agency Associated Press reported": an outlet's report
        // is attributed to it too.)
        let speaking = |c: &&Cue| matches!(c.lemma, "say" | "tell" | "according to" | "report");
        for c in cues_of(cues, s).iter().filter(speaking) {
            if let Some(a) = c.speaker {
                if c.lemma != "report" || doc.actors.list[a].kind == Kind::Media {
                    doc.actors.list[a].cited = true;
                }
            }
        }
        claims.push(Claim {
            span,
            kind,
            certainty,
            source: source.map(|a| a as u32),
            numbers,
            dates,
            entities,
        });
    }
    claims
}

/// Who the sentence is attributed to: a cue's speaker in it, or the speaker of a
/// quote it holds.
fn source_of(doc: &Doc, cues: &[Cue], quotes: &[Attributed], s: usize) -> Option<usize> {
    let span = doc.sentences[s].span;
    let quoted = quotes.iter().find(|q| {
        q.kind != QuoteKind::Scare
            && q.speaker.is_some()
            && span.start as usize <= q.marks.open
            && q.marks.open < span.end as usize
    });
    if let Some(q) = quoted {
        return q.speaker;
    }
    cues_of(cues, s)
        .iter()
        // (", reported AP news agency": a report with its reporter after the
        // verb attributes the sentence; "reported" elsewhere may only tell.)
        .filter(|c| {
            !lexicon::weak_cue(c.lemma)
                || c.speaker
                    .is_some_and(|a| doc.actors.list[a].kind == Kind::Poll)
                || reported_by(doc, c)
                || reported_that(doc, c)
                || reported_after(doc, c)
        })
        .find_map(|c| c.speaker)
}

/// `the Office for National Statistics reported that ...`: a report whose
/// content follows it, as after "said that".
fn reported_that(doc: &Doc, c: &Cue) -> bool {
    c.lemma == "report"
        && !c.inverted
        && doc
            .tokens
            .get(c.token + 1)
            .is_some_and(|t| t.lower == "that")
}

/// `..., Reuters news agency reported.`: a report closing its sentence after
/// a comma; what it reports came first.
fn reported_after(doc: &Doc, c: &Cue) -> bool {
    let opening = doc.sentences[c.sentence].tokens.start;
    c.lemma == "report"
        && !c.inverted
        && doc
            .tokens
            .get(c.token + 1)
            .is_none_or(|t| t.is_punct('.') || t.sentence != c.sentence)
        && (c.token.saturating_sub(6).max(opening)..c.token).any(|j| doc.tokens[j].is_punct(','))
}

/// `..., reported AP news agency.`, `..., reports the Daily Mail.`: the verb
/// after a comma, its reporter after it.
fn reported_by(doc: &Doc, c: &Cue) -> bool {
    c.inverted
        && matches!(doc.tokens[c.token].lower, "reported" | "reports")
        && c.token > 0
        && doc.tokens[c.token - 1].is_punct(',')
}

/// The cues of sentence `s` (cues come in reading order, so they are one run).
fn cues_of(cues: &[Cue], s: usize) -> &[Cue] {
    let from = cues.partition_point(|c| c.sentence < s);
    let to = cues.partition_point(|c| c.sentence <= s);
    &cues[from..to]
}

/// `flags[i]` are the word flags of token `range.start + i`.
fn numbers_in(doc: &Doc, range: std::ops::Range<usize>, flags: &[u32]) -> Vec<Number> {
    let mut out = Vec::new();
    let is_month = |k: usize| flags[k - range.start] & MONTH != 0;
    for k in range.clone() {
        let t = &doc.tokens[k];
        let number_word = flags[k - range.start] & NUMBER_WORD != 0;
        if let Some(value) = number_word.then(|| word_number(t.lower)).flatten() {
            // "a quarter of broadband users", "five million households", "one in five".
            let next = doc
                .tokens
                .get(k + 1)
                .filter(|_| k + 1 < range.end)
                .map(|n| n.lower)
                .unwrap_or("");
            let scale = match next {
                "million" => 1e6,
                "billion" => 1e9,
                "thousand" => 1e3,
                _ => 1.0,
            };
            let counted = matches!(
                next,
                "of" | "in" | "million" | "billion" | "thousand" | "times" | "per"
            ) || (t.lower == "twice" && next == "as");
            let follows_article =
                k > range.start && matches!(doc.tokens[k - 1].lower, "a" | "one" | "than");
            if counted && (value != 1.0 || follows_article || next == "in") {
                let end = if scale > 1.0 { k + 1 } else { k };
                let unit = doc
                    .tokens
                    .get(end + 1)
                    .filter(|n| {
                        end + 1 < range.end && n.is_word() && !lexicon::is_function_word(n.lower)
                    })
                    .map(|n| n.lower.to_string());
                let unit = unit.or_else(|| Some(next.to_string()));
                let text_end = if scale > 1.0 {
                    doc.tokens[k + 1].end
                } else {
                    t.end
                };
                out.push(Number {
                    text: doc.text[t.start..text_end].to_string(),
                    value: value * scale,
                    unit,
                });
            }
            continue;
        }
        if !t.lower.chars().next().is_some_and(|c| c.is_ascii_digit()) || t.lower.contains('-') {
            continue;
        }
        let currency = k > range.start
            && matches!(
                doc.tokens[k - 1].kind,
                crate::tokens::TokenKind::Punct('$' | '£' | '€' | '¥')
            );
        let digits: String = t
            .lower
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        let Ok(mut value) = digits.parse::<f64>() else {
            continue;
        };
        let plain = t.lower.chars().all(|c| c.is_ascii_digit());
        let prev_is_month = k > range.start && is_month(k - 1);
        // Years and days of the month are dates, not quantities.
        if plain && t.lower.len() == 4 && (1800..=2100).contains(&(value as u32)) {
            continue;
        }
        if plain && prev_is_month {
            continue;
        }
        let mut end = k;
        let mut unit = None;
        if let Some(next) = doc.tokens.get(k + 1).filter(|_| k + 1 < range.end) {
            let scale = match next.lower {
                "million" | "m" => Some(1e6),
                "billion" | "bn" => Some(1e9),
                "thousand" => Some(1e3),
                _ => None,
            };
            if let Some(scale) = scale {
                value *= scale;
                end = k + 1;
            }
        }
        if let Some(next) = doc.tokens.get(end + 1).filter(|_| end + 1 < range.end) {
            if next.is_punct('%') {
                unit = Some("percent".to_string());
                end += 1;
            } else if next.is_word() && !lexicon::is_function_word(next.lower) && !is_month(end + 1)
            {
                unit = Some(next.lower.to_string());
                end += 1;
            }
        }
        let start = if currency {
            doc.tokens[k - 1].start
        } else {
            doc.tokens[k].start
        };
        if currency {
            unit = Some(doc.tokens[k - 1].text(doc.text).to_string());
            end = end.min(k + usize::from(scale_word(doc, k)));
        }
        let text = doc.text[start..doc.tokens[end].end].to_string();
        out.push(Number { text, value, unit });
    }
    out
}

/// `flags[i]` are the word flags of token `range.start + i`.
fn dates_in(doc: &Doc, range: std::ops::Range<usize>, flags: &[u32]) -> Vec<String> {
    let mut out = Vec::new();
    let mut k = range.start;
    while k < range.end {
        let t = &doc.tokens[k];
        let lower = t.lower;
        let month = flags[k - range.start] & MONTH != 0
            // ("may" and "march" are months only when capitalised.)
            && (t.is_capital() || !matches!(lower, "may" | "march"));
        let weekday = flags[k - range.start] & WEEKDAY != 0;
        let year = lower.len() == 4
            && lower.chars().all(|c| c.is_ascii_digit())
            && (1800..=2100).contains(&lower.parse::<u32>().unwrap_or(0));
        let relative = matches!(lower, "last" | "this" | "next" | "earlier" | "later")
            && doc.tokens.get(k + 1).is_some_and(|n| {
                matches!(
                    n.lower,
                    "week"
                        | "month"
                        | "year"
                        | "summer"
                        | "winter"
                        | "spring"
                        | "autumn"
                        | "weekend"
                )
            });
        if month || weekday || year || relative {
            let mut end = k;
            if relative {
                end = k + 1;
            }
            // "October 10", "October 10, 2022", "July 2021".
            while end + 1 < range.end {
                let n = &doc.tokens[end + 1];
                let day_or_year = n.lower.chars().all(|c| c.is_ascii_digit()) && n.lower.len() <= 4;
                if (month || year) && day_or_year
                    || (n.is_punct(',')
                        && end + 2 < range.end
                        && doc.tokens[end + 2].lower.len() == 4
                        && doc.tokens[end + 2]
                            .lower
                            .chars()
                            .all(|c| c.is_ascii_digit()))
                {
                    end += 1;
                } else {
                    break;
                }
            }
            out.push(doc.text[t.start..doc.tokens[end].end].to_string());
            k = end + 1;
        } else {
            k += 1;
        }
    }
    out
}

/// Every named actor mentioned inside `span`; `index` lists (mention start,
/// mention end, actor) sorted by start.
fn entities_in(index: &[(u32, u32, u32)], span: Span) -> Vec<u32> {
    let from = index.partition_point(|m| m.0 < span.start);
    let mut out: Vec<u32> = index[from..]
        .iter()
        .take_while(|m| m.0 < span.end)
        .filter(|m| m.1 <= span.end)
        .map(|m| m.2)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

fn mention_index(doc: &Doc) -> Vec<(u32, u32, u32)> {
    let mut index: Vec<(u32, u32, u32)> = doc
        .actors
        .list
        .iter()
        .enumerate()
        .filter(|(_, a)| !matches!(a.kind, Kind::Unknown | Kind::Unnamed))
        .flat_map(|(i, a)| a.mentions.iter().map(move |m| (m.start, m.end, i as u32)))
        .collect();
    index.sort_unstable();
    index
}

fn scale_word(doc: &Doc, k: usize) -> bool {
    doc.tokens
        .get(k + 1)
        .is_some_and(|n| matches!(n.lower, "million" | "m" | "billion" | "bn" | "thousand"))
}

/// Numbers written as words: "five" → 5, "quarter" → 0.25.
/// Numbers written as words, with their values.
const NUMBER_WORD_VALUES: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("hundred", 100.0),
    ("dozen", 12.0),
    ("hundreds", 100.0),
    ("thousands", 1000.0),
    ("millions", 1e6),
    ("half", 0.5),
    ("third", 1.0 / 3.0),
    ("quarter", 0.25),
    ("twice", 2.0),
];

/// The value of a number word; callers ask only for words flagged NUMBER_WORD.
fn word_number(word: &str) -> Option<f64> {
    NUMBER_WORD_VALUES
        .iter()
        .find(|(w, _)| *w == word)
        .map(|&(_, value)| value)
}

const HEDGE: u32 = 1;
const SPECULATION: u32 = 1 << 1;
const EVALUATIVE: u32 = 1 << 2;
const MODAL: u32 = 1 << 3;
const PASTISH: u32 = 1 << 4;
const APPROX: u32 = 1 << 5;
const NUMBERISH: u32 = 1 << 6;
const WILL: u32 = 1 << 7;
const TO_HEAD: u32 = 1 << 8;
const TO: u32 = 1 << 9;
const FORECAST_HEAD: u32 = 1 << 10;
const FORECAST_WORD: u32 = 1 << 11;
const BE: u32 = 1 << 12;
const ASSESSING: u32 = 1 << 13;
const PAST_VERB: u32 = 1 << 14;
const NUMBER_WORD: u32 = 1 << 15;
const MONTH: u32 = 1 << 16;
const WEEKDAY: u32 = 1 << 17;

/// Which list gives a word which flag. Words in none of them have no static flag.
const WORD_LISTS: &[(&[&str], u32)] = &[
    (lexicon::HEDGE_WORDS, HEDGE),
    (lexicon::SPECULATION_WORDS, SPECULATION),
    (lexicon::EVALUATIVE_WORDS, EVALUATIVE),
    (&["would", "could", "might", "may"], MODAL),
    (&["said", "told", "thought", "was", "were"], PASTISH),
    (
        &[
            "about",
            "around",
            "roughly",
            "nearly",
            "almost",
            "approximately",
            "some",
            "estimated",
        ],
        APPROX,
    ),
    (&["will", "shall", "won't"], WILL),
    (
        &["likely", "expected", "set", "going", "unlikely", "due"],
        TO_HEAD,
    ),
    (&["to"], TO),
    (
        &["expected", "likely", "forecast", "set", "due"],
        FORECAST_HEAD,
    ),
    (
        &["may", "might", "could", "forecasts", "predicts"],
        FORECAST_WORD,
    ),
    (&["be", "is", "are", "was", "were", "seems", "remains"], BE),
    (
        &["should", "must", "means", "signals", "represents", "shows"],
        ASSESSING,
    ),
];

/// Hedge words that only hedge next to a number ("about 300"), handled by APPROX.
const NOT_HEDGES_ALONE: &[&str] = &[
    "said", "about", "some", "around", "nearly", "almost", "roughly",
];

/// The flags a word has by being listed, for every listed word: one hash lookup
/// per word instead of a dozen list tests.
fn listed_flags() -> &'static rustc_hash::FxHashMap<&'static str, u32> {
    static TABLE: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, u32>> =
        std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = rustc_hash::FxHashMap::default();
        for &(list, flag) in WORD_LISTS {
            for &word in list {
                *table.entry(word).or_insert(0) |= flag;
            }
        }
        for &(word, _) in NUMBER_WORD_VALUES {
            *table.entry(word).or_insert(0) |= NUMBERISH | NUMBER_WORD;
        }
        for &word in lexicon::MONTHS {
            *table.entry(word).or_insert(0) |= MONTH;
        }
        for &word in lexicon::WEEKDAYS {
            *table.entry(word).or_insert(0) |= WEEKDAY;
        }
        for word in NOT_HEDGES_ALONE {
            if let Some(flags) = table.get_mut(word) {
                *flags &= !HEDGE;
            }
        }
        table
    })
}

/// What one word can signal in a claim, as bit flags.
fn word_flags(w: &str) -> u32 {
    let mut f = listed_flags().get(w).copied().unwrap_or(0);
    if w.ends_with("ed") {
        f |= PASTISH;
        if f & EVALUATIVE == 0 {
            f |= PAST_VERB;
        }
    }
    if w.starts_with(|c: char| c.is_ascii_digit()) {
        f |= NUMBERISH;
    }
    f
}
