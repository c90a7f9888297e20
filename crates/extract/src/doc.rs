//! One article read once into the structures every later step needs: paragraphs
//! and their roles, quote-aware sentences, tokens, quotes, names and actors.

use crate::actors::Actors;
use crate::layout::{self, Layout, Role};
use crate::marks::{self, QuoteMarks};
use crate::names;
use crate::sentences;
use crate::tokens::{self, Token};
use claimscope_corpus::Span;
// Fx hashing: keys are small integers and short words, hashed millions of times.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;

pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
    pub tokens: Range<usize>,
}

pub struct Doc<'a> {
    pub text: &'a str,
    pub paragraphs: Vec<Span>,
    pub layout: Layout,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token<'a>>,
    pub quotes: Vec<QuoteMarks>,
    /// Last token of each name → (actor, first token of the name).
    pub name_ending_at: HashMap<usize, (usize, usize)>,
    /// First token of each name → its last token.
    pub name_starting_at: HashMap<usize, usize>,
    pub actors: Actors,
}

impl<'a> Doc<'a> {
    pub fn read(text: &'a str, arena: &'a bumpalo::Bump) -> Doc<'a> {
        let paragraphs = claimscope_corpus::layout::paragraphs(text);
        let layout = layout::analyse(text, &paragraphs);
        let extractable =
            |p: usize| matches!(layout.roles[p], Role::Body | Role::Heading | Role::Headline);
        let quotes: Vec<QuoteMarks> = marks::find(text, &paragraphs)
            .into_iter()
            .filter(|q| extractable(q.paragraph))
            .collect();

        let mut sentences = Vec::new();
        // About one token per five bytes of news text.
        let mut tokens = Vec::with_capacity(text.len() / 5);
        for (p, &paragraph) in paragraphs.iter().enumerate() {
            if !extractable(p) {
                continue;
            }
            let outers: Vec<Span> = quotes
                .iter()
                .filter(|q| q.paragraph == p)
                .map(|q| q.outer(text))
                .collect();
            for span in merge_inside_quotes(sentences::split(text, paragraph), &outers) {
                let first = tokens.len();
                tokens::tokenize(
                    text,
                    span.start as usize,
                    span.end as usize,
                    arena,
                    &mut tokens,
                );
                let index = sentences.len();
                // Quotes are in text order: sweep them alongside the tokens.
                let mut q =
                    quotes.partition_point(|q| (q.inner.end as usize) <= span.start as usize);
                for t in &mut tokens[first..] {
                    t.sentence = index;
                    while q < quotes.len() && (quotes[q].inner.end as usize) < t.end {
                        q += 1;
                    }
                    t.quoted = q < quotes.len()
                        && quotes[q].inner.start as usize <= t.start
                        && t.end <= quotes[q].inner.end as usize;
                }
                sentences.push(Sentence {
                    span,
                    paragraph: p,
                    tokens: first..tokens.len(),
                });
            }
        }

        let mut doc = Doc {
            text,
            paragraphs,
            layout,
            sentences,
            tokens,
            quotes,
            name_ending_at: HashMap::default(),
            name_starting_at: HashMap::default(),
            actors: Actors::default(),
        };
        doc.find_names();
        doc
    }

    fn find_names(&mut self) {
        // Words written with a capital where no sentence starts: names, not openers.
        let mut mid: HashSet<&str> = HashSet::default();
        for s in &self.sentences {
            for k in s.tokens.clone().skip(1) {
                let t = &self.tokens[k];
                let after_opening = matches!(self.tokens[k - 1].kind, tokens::TokenKind::Punct(c) if "“\"‘(".contains(c));
                if t.is_capital() && !after_opening {
                    mid.insert(t.lower);
                }
            }
        }
        // "Federer had been in patchy form ... Federer admitted": a word that
        // opens two or more sentences and is never written in lowercase is a
        // name even if no sentence has it in the middle.
        let mut openers: HashMap<&str, u32> = HashMap::default();
        for s in &self.sentences {
            if let Some(t) = self.tokens.get(s.tokens.start).filter(|t| t.is_capital()) {
                *openers.entry(t.lower).or_default() += 1;
            }
        }
        for (word, count) in openers {
            let candidate = count >= 2
                && word.len() >= 3
                // ("Shares rose ... Shares fell": plural nouns open sentences too.)
                && !word.ends_with('s')
                && !mid.contains(word)
                && !crate::lexicon::is_function_word(word)
                && crate::lexicon::pronoun(word).is_none()
                && !crate::lexicon::is_title(word)
                && crate::lexicon::cue_lemma(word).is_none()
                && !crate::lexicon::MONTHS.contains(&word)
                && !crate::lexicon::WEEKDAYS.contains(&word);
            if candidate && memchr::memmem::find(self.text.as_bytes(), word.as_bytes()).is_none() {
                mid.insert(word);
            }
        }
        // "Jason King ... says King, 30": a title word that ends a name opened
        // by a first name is that person's surname wherever it stands alone.
        let title_surnames: HashSet<&str> = self
            .tokens
            .windows(2)
            .filter(|w| {
                crate::lexicon::is_first_name(w[0].lower)
                    && w[0].is_capital()
                    && w[1].is_capital()
                    && crate::lexicon::is_title(w[1].lower)
            })
            .map(|w| w[1].lower)
            .collect();
        // Two passes: full names first, so a lone surname finds its person.
        let mut found = Vec::new();
        for s in &self.sentences {
            // Title Case headings make every word look like a name.
            if self.layout.roles[s.paragraph] != Role::Body {
                continue;
            }
            names::find(
                self.text,
                &self.tokens,
                s.tokens.start,
                s.tokens.end,
                &mid,
                &title_surnames,
                &mut found,
            );
        }
        self.drop_work_titles(&mut found);
        found.sort_by_key(|n| (n.end - n.first == 1, n.first));
        // "Royal National Institute for Deaf People (RNID)": the acronym is an alias.
        let mut acronyms: HashMap<String, usize> = HashMap::default();
        for name in &found {
            let alias = if name.end - name.first == 1 {
                acronyms
                    .get(self.tokens[name.first].lower)
                    .copied()
                    .or_else(|| self.body_with_initials(self.tokens[name.first].text(self.text)))
            } else {
                None
            };
            let actor = match alias {
                Some(actor) => {
                    let t = &self.tokens[name.first];
                    let written = t.text(self.text).to_string();
                    self.actors
                        .add_alias(actor, &written, Span::new(t.start, t.end), name.first);
                    actor
                }
                None => self.actors.add_name(self.text, &self.tokens, name),
            };
            self.name_ending_at
                .insert(name.end - 1, (actor, name.first));
            self.name_starting_at.insert(name.first, name.end - 1);
            let bracketed = self.tokens.get(name.end).is_some_and(|t| t.is_punct('('))
                && self
                    .tokens
                    .get(name.end + 2)
                    .is_some_and(|t| t.is_punct(')'))
                && self
                    .tokens
                    .get(name.end + 1)
                    .is_some_and(|t| names::is_acronym(t.text(self.text)));
            if bracketed && name.end - name.first > 1 {
                acronyms.insert(self.tokens[name.end + 1].lower.to_string(), actor);
            }
        }
        // Mentions were added out of order; keep each actor's in reading order.
        for actor in &mut self.actors.list {
            if actor.mention_tokens.is_sorted() {
                continue;
            }
            let mut pairs: Vec<(usize, Span)> = actor
                .mention_tokens
                .iter()
                .copied()
                .zip(actor.mentions.iter().copied())
                .collect();
            pairs.sort_by_key(|p| p.0);
            actor.mention_tokens = pairs.iter().map(|p| p.0).collect();
            actor.mentions = pairs.iter().map(|p| p.1).collect();
        }
        self.add_roles_from_context(&found);
    }

    /// "the World Tourism Organisation ... the WTO said": an acronym is the
    /// body named in this article whose words' initials it spells (a bracketed
    /// form, "(WTO)", is handled before this and wins).
    fn body_with_initials(&self, acronym: &str) -> Option<usize> {
        if !names::is_acronym(acronym) || !(2..=6).contains(&acronym.len()) {
            return None;
        }
        self.actors.list.iter().position(|actor| {
            matches!(
                actor.kind,
                names::Kind::Organization | names::Kind::Government | names::Kind::Media
            ) && {
                let words = || {
                    actor
                        .name
                        .split(|c: char| c.is_whitespace() || c == '-')
                        .filter(|w| !matches!(*w, "of" | "the" | "and" | "for" | "&" | "on" | "in"))
                };
                let initials: String = words().filter_map(|w| w.chars().next()).collect();
                // ("UBS Securities" is not "US", nor is "US Senate": a name
                // holding a short form of its own is not spelled by its
                // initials.)
                let has_acronym = words().any(|w| w.chars().count() >= 2 && names::is_acronym(w));
                initials.len() >= 2 && initials == acronym && !has_acronym
            }
        })
    }

    /// Description words right before a name ("military expert Alexander
    /// Alesin") and appositives after it ("Veronica Laputska, co-founder of ...,").
    fn add_roles_from_context(&mut self, found: &[names::Name]) {
        for name in found {
            let Some(&(actor, _)) = self.name_ending_at.get(&(name.end - 1)) else {
                continue;
            };
            if self.actors.list[actor].kind != names::Kind::Person {
                continue;
            }
            let sentence = self.tokens[name.first].sentence;
            let start = self.sentences[sentence].tokens.start;
            let end = self.sentences[sentence].tokens.end;
            // Before: lowercase description words and demonyms.
            let mut i = name.first;
            while i > start {
                let t = &self.tokens[i - 1];
                let ok = t.is_word()
                    && !t.quoted
                    && !crate::lexicon::is_function_word(t.lower)
                    && crate::lexicon::cue_lemma(t.lower).is_none()
                    && (!t.is_capital()
                        || crate::places::country_of_demonym(t.lower).is_some()
                        || t.possessive(self.text)
                        || t.lower.contains('-')
                        || i - 1 == start);
                if !ok || name.first - i >= 5 {
                    break;
                }
                i -= 1;
            }
            // ("A Labour spokesman criticised Michael Howard's record": a verb
            // right before the name makes it the object, not described.)
            let verb_before = {
                let w = self.tokens[name.first.saturating_sub(1)].lower;
                name.first > start && w.ends_with("ed") && !crate::lexicon::is_person_noun(w)
            };
            if i < name.first
                && !verb_before
                && (i..name.first).any(|k| {
                    crate::lexicon::is_person_noun(self.tokens[k].lower)
                        || crate::lexicon::is_title(self.tokens[k].lower)
                })
            {
                let role =
                    self.text[self.tokens[i].start..self.tokens[name.first - 1].end].to_string();
                self.actors.add_role(actor, &role, i);
            }
            // After: ", a researcher with the Carnegie Endowment," up to the next comma.
            if name.end + 1 < end && self.tokens[name.end].is_punct(',') {
                let from = name.end + 1;
                let first_word = &self.tokens[from].lower;
                // A punctuation token's `lower` is empty: "Island,” said" is no age.
                let age = !first_word.is_empty()
                    && first_word.chars().all(|c| c.is_ascii_digit())
                    && first_word.len() <= 3;
                let to = (from..end)
                    .find(|&k| self.tokens[k].is_punct(',') || self.tokens[k].is_punct('.'))
                    .unwrap_or(end);
                let described = matches!(*first_word, "a" | "an" | "the")
                    && (from..to.min(from + 5))
                        .any(|k| crate::lexicon::is_person_noun(self.tokens[k].lower))
                    || crate::lexicon::is_person_noun(first_word)
                    || *first_word == "co-founder";
                if (described || age) && to > from && to - from <= 20 {
                    let role =
                        self.text[self.tokens[from].start..self.tokens[to - 1].end].to_string();
                    let role = if age {
                        format!("{role}-year-old")
                    } else {
                        role
                    };
                    self.actors.add_role(actor, &role, from);
                }
            }
        }
    }

    /// The name that starts at token `first`: (its last token, (actor, first)).
    pub fn name_at(&self, first: usize) -> Option<(&usize, &(usize, usize))> {
        self.name_starting_at
            .get(&first)
            .and_then(|end| self.name_ending_at.get_key_value(end))
    }

    pub fn paragraph_role(&self, p: usize) -> Role {
        self.layout.roles[p]
    }

    /// The first token from `from` (before `end`) past titles ("Mr",
    /// "Cardinal", "Prime Minister"): where the name they introduce starts.
    pub(crate) fn past_titles(&self, from: usize, end: usize) -> usize {
        let mut first = from;
        while first < end && crate::lexicon::is_title(self.tokens[first].lower) {
            first += 1;
        }
        first
    }

    /// Token `first` moved back over the titles before it, down to `start`.
    pub(crate) fn titles_before(&self, first: usize, start: usize) -> usize {
        let mut lead = first;
        while lead > start && crate::lexicon::is_title(self.tokens[lead - 1].lower) {
            lead -= 1;
        }
        lead
    }
}

/// Joins sentences whose boundary falls inside a quotation, so a quote and its
/// attribution stay in one sentence.
fn merge_inside_quotes(sentences: Vec<Span>, quotes: &[Span]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for s in sentences {
        if let Some(last) = out.last_mut() {
            let boundary = last.end as usize;
            let inside = quotes
                .iter()
                .any(|q| (q.start as usize) < boundary && boundary < q.end as usize);
            if inside {
                last.end = s.end;
                continue;
            }
        }
        out.push(s);
    }
    out
}

impl Doc<'_> {
    /// "her gritty drama Wasp", "the album Exodus": a name right after a work
    /// noun is a title, and so is every other mention of it in the article
    /// ("Set in her native Dartford, Wasp tells the story"): a title neither
    /// speaks nor is spoken for.
    fn drop_work_titles(&self, found: &mut Vec<names::Name>) {
        let written =
            |n: &names::Name| &self.text[self.tokens[n.first].start..self.tokens[n.end - 1].end];
        let titles: HashSet<&str> = found
            .iter()
            .filter(|n| {
                let sentence = self.tokens[n.first].sentence;
                let mut k = n.first;
                // ("The film, A Different Story, chronicles": in apposition,
                // past a capital article the name may not hold.)
                if k > 0 && matches!(self.tokens[k - 1].text(self.text), "A" | "The" | "An") {
                    k -= 1;
                }
                // (Closed by a comma too: not "the award for best comedy,
                // Walliams said".)
                let closed = self.tokens.get(n.end).is_some_and(|t| t.is_punct(','));
                let mut apposed = false;
                if k > 1 && self.tokens[k - 1].is_punct(',') {
                    if !closed {
                        return false;
                    }
                    k -= 1;
                    apposed = true;
                }
                // (Nor "The director of the film, Vinod Pande, says": there the
                // name is the director's.)
                let owned_work = k >= 3
                    && matches!(
                        self.tokens[k - 2].lower,
                        "the" | "this" | "his" | "her" | "their"
                    )
                    && self.tokens[k - 3].lower == "of";
                if apposed && owned_work {
                    return false;
                }
                k > 0 && {
                    let before = &self.tokens[k - 1];
                    before.sentence == sentence
                        && !before.is_capital()
                        && crate::lexicon::is_work_noun(before.lower)
                }
            })
            .map(written)
            .collect();
        if !titles.is_empty() {
            found.retain(|n| !titles.contains(written(n)));
        }
    }
}
