//! Claims: the check-worthy statements of an article body, typed, with their
//! certainty, their source, and the numbers, dates and entities they mention.

use crate::attribution::Cue;
use crate::doc::Doc;
use crate::layout::Role;
use crate::lexicon;
use crate::names::Kind;
use crate::quotes::{Attributed, QuoteKind};
use claimscope_corpus::Span;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    Statistic,
    Event,
    Prediction,
    Assessment,
}

impl ClaimKind {
    pub fn name(self) -> &'static str {
        match self {
            ClaimKind::Statistic => "statistic",
            ClaimKind::Event => "event",
            ClaimKind::Prediction => "prediction",
            ClaimKind::Assessment => "assessment",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Certainty {
    Asserted,
    Hedged,
    Speculative,
}

impl Certainty {
    pub fn name(self) -> &'static str {
        match self {
            Certainty::Asserted => "asserted",
            Certainty::Hedged => "hedged",
            Certainty::Speculative => "speculative",
        }
    }
}

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
    for s in 0..doc.sentences.len() {
        let sentence = &doc.sentences[s];
        if doc.paragraph_role(sentence.paragraph) != Role::Body {
            continue;
        }
        let span = sentence.span;
        let range = sentence.tokens.clone();
        let words: Vec<&str> = doc.tokens[range.clone()]
            .iter()
            .filter(|t| t.is_word())
            .map(|t| t.lower.as_str())
            .collect();
        let sentence_text = &doc.text[span.range()];
        if words.len() < 6
            || sentence_text
                .trim_end_matches(['”', '"', '’'])
                .ends_with('?')
        {
            continue;
        }
        let numbers = numbers_in(doc, range.clone());
        let dates = dates_in(doc, range.clone());
        let entities = entities_in(doc, span);
        let hedged = words
            .iter()
            .any(|w| lexicon::is_hedge(w) && *w != "said" && *w != "about" && *w != "some");
        let speculative = words.iter().any(|w| lexicon::is_speculation(w));
        let evaluative = words.iter().filter(|w| lexicon::is_evaluative(w)).count();
        let future = words.windows(2).any(|w| {
            matches!(w[0], "will" | "shall")
                || (matches!(w[0], "likely" | "expected" | "set" | "going" | "unlikely")
                    && w[1] == "to")
        }) || words
            .iter()
            .any(|w| matches!(*w, "would" | "could" | "might" | "may"));
        let source = source_of(doc, cues, quotes, s);
        let checkworthy = !numbers.is_empty()
            || !dates.is_empty()
            || !entities.is_empty()
            || source.is_some()
            || evaluative > 0;
        if !checkworthy {
            continue;
        }
        let has_event_verb = words
            .iter()
            .any(|w| w.ends_with("ed") && !lexicon::is_evaluative(w))
            || !dates.is_empty();
        let kind = if numbers.iter().any(|n| n.unit.is_some()) {
            ClaimKind::Statistic
        } else if future
            && !(evaluative > 0
                && words
                    .windows(2)
                    .any(|w| matches!(w[0], "be" | "is" | "are") && lexicon::is_evaluative(w[1])))
        {
            ClaimKind::Prediction
        } else if evaluative > 0
            || words.iter().any(|w| {
                matches!(
                    *w,
                    "should" | "must" | "means" | "signals" | "represents" | "shows"
                )
            })
        {
            ClaimKind::Assessment
        } else if has_event_verb {
            ClaimKind::Event
        } else {
            ClaimKind::Assessment
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
    cues.iter()
        .filter(|c| c.sentence == s && !lexicon::weak_cue(c.lemma))
        .find_map(|c| c.speaker)
}

fn numbers_in(doc: &Doc, range: std::ops::Range<usize>) -> Vec<Number> {
    let mut out = Vec::new();
    for k in range.clone() {
        let t = &doc.tokens[k];
        if !t.lower.chars().next().is_some_and(|c| c.is_ascii_digit()) || t.lower.contains("-year")
        {
            continue;
        }
        let digits: String = t
            .lower
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        let Ok(mut value) = digits.parse::<f64>() else {
            continue;
        };
        let plain = t.lower.chars().all(|c| c.is_ascii_digit());
        let prev = k
            .checked_sub(1)
            .filter(|&p| p >= range.start)
            .map(|p| doc.tokens[p].lower.as_str())
            .unwrap_or("");
        // Years and days of the month are dates, not quantities.
        if plain && t.lower.len() == 4 && (1800..=2100).contains(&(value as u32)) {
            continue;
        }
        if plain && lexicon::MONTHS.contains(&prev) {
            continue;
        }
        let mut end = k;
        let mut unit = None;
        if let Some(next) = doc.tokens.get(k + 1).filter(|_| k + 1 < range.end) {
            let scale = match next.lower.as_str() {
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
            } else if next.is_word()
                && !lexicon::is_function_word(&next.lower)
                && !lexicon::MONTHS.contains(&next.lower.as_str())
            {
                unit = Some(next.lower.clone());
                end += 1;
            }
        }
        let text = doc.text[doc.tokens[k].start..doc.tokens[end].end].to_string();
        out.push(Number { text, value, unit });
    }
    out
}

fn dates_in(doc: &Doc, range: std::ops::Range<usize>) -> Vec<String> {
    let mut out = Vec::new();
    let mut k = range.start;
    while k < range.end {
        let t = &doc.tokens[k];
        let lower = t.lower.as_str();
        let month = lexicon::MONTHS.contains(&lower)
            && (t.is_capital() || lower != "may")
            && !(lower == "march" && !t.is_capital());
        let weekday = lexicon::WEEKDAYS.contains(&lower);
        let year = lower.len() == 4
            && lower.chars().all(|c| c.is_ascii_digit())
            && (1800..=2100).contains(&lower.parse::<u32>().unwrap_or(0));
        let relative = matches!(lower, "last" | "this" | "next" | "earlier" | "later")
            && doc.tokens.get(k + 1).is_some_and(|n| {
                matches!(
                    n.lower.as_str(),
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

fn entities_in(doc: &Doc, span: Span) -> Vec<u32> {
    let mut out = Vec::new();
    for (index, actor) in doc.actors.list.iter().enumerate() {
        if matches!(actor.kind, Kind::Unknown | Kind::Unnamed) {
            continue;
        }
        if actor
            .mentions
            .iter()
            .any(|m| span.start <= m.start && m.end <= span.end)
        {
            out.push(index as u32);
        }
    }
    out
}
