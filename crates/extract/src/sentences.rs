//! Sentence boundaries with byte offsets, inside one paragraph.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (plus any closing quotes or brackets)
//! before whitespace and a capital, digit or opening mark. Abbreviations (titles,
//! months, dotted acronyms such as U.S. and D.C., initials) do not end one, unless
//! a dotted acronym is followed by a word that starts sentences (`His`, `The`).

use claimscope_corpus::Span;

/// Titles and common short forms that a full stop follows without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "cmdr",
    "gov", "sen", "rep", "rev", "hon", "inc", "ltd", "co", "corp", "plc", "no", "nos", "vs", "v",
    "etc", "e.g", "i.e", "approx", "dept", "est", "fig", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "pp", "vol", "op", "al",
];

/// Capitalised words that begin sentences far more often than they follow an
/// abbreviation inside one.
const SENTENCE_STARTERS: &[&str] = &[
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "however",
    "in",
    "on",
    "at",
    "for",
    "after",
    "before",
    "while",
    "when",
    "if",
    "as",
    "there",
    "here",
    "what",
    "who",
    "why",
    "how",
    "some",
    "many",
    "most",
    "all",
    "no",
    "one",
    "since",
    "still",
    "meanwhile",
    "also",
    "despite",
    "although",
    "though",
    "then",
];

const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', ')', ']'];
const OPENERS: &[char] = &['"', '\'', '“', '‘', '«', '(', '['];

/// The sentences of `text[paragraph]`, trimmed, covering all its non-blank text.
pub fn split(text: &str, paragraph: Span) -> Vec<Span> {
    let body = &text[paragraph.range()];
    let base = paragraph.start as usize;
    let mut sentences = Vec::new();
    let mut start = 0;
    let bytes = body.as_bytes();
    let mut scan = 0;
    // Terminators are found with memchr: `.`, `!` and `?` as bytes, `…` as a
    // substring (rare, so its next position is kept until passed).
    let ellipsis = "…".as_bytes();
    let mut next_ellipsis = memchr::memmem::find(bytes, ellipsis);
    loop {
        if next_ellipsis.is_some_and(|e| e < scan) {
            next_ellipsis = memchr::memmem::find(&bytes[scan..], ellipsis).map(|e| scan + e);
        }
        let punct = memchr::memchr3(b'.', b'!', b'?', &bytes[scan..]).map(|p| scan + p);
        let at = match (punct, next_ellipsis) {
            (Some(p), Some(e)) => p.min(e),
            (p, e) => match p.or(e) {
                Some(at) => at,
                None => break,
            },
        };
        let Some(c) = body[at..].chars().next() else {
            break;
        };
        // Swallow repeated terminators and closing marks: `?!`, `.”`, `.)`.
        let mut end = at + c.len_utf8();
        while let Some(next) = body[end..].chars().next() {
            if matches!(next, '.' | '!' | '?' | '…') || CLOSERS.contains(&next) {
                end += next.len_utf8();
            } else {
                break;
            }
        }
        scan = end;
        let rest = &body[end..];
        let after_space = rest.trim_start();
        if after_space.len() == rest.len() || after_space.is_empty() {
            continue; // no whitespace after it (2.5, U.S.-led), or the paragraph's end
        }
        let Some(first) = after_space.chars().next() else {
            continue;
        };
        if !(first.is_uppercase() || first.is_ascii_digit() || OPENERS.contains(&first)) {
            continue;
        }
        if c == '.' && !ends_sentence(&body[start..at], after_space) {
            continue;
        }
        // `doping?" Dechy said.`: a quote ending in its own terminator, then its
        // attribution, is one sentence.
        let quote_closed = body[at..end].contains(['"', '”', '»']);
        if quote_closed && c != '.' && attribution_follows(after_space) {
            continue;
        }
        push_trimmed(&mut sentences, body, base, start, end);
        start = end;
    }
    push_trimmed(&mut sentences, body, base, start, body.len());
    sentences
}

/// "Dechy said.", "Nathalie Dechy added,", "Holmes asked in the New Year": one
/// to three capitalised words, then a lowercase speech verb that ends the
/// clause or takes a phrase of time or place ("Mr Blair said he would ..."
/// starts a sentence of its own).
/// ("Mr Kashyap's lawyer Mihir Desai said.": after a possessive, up to two
/// lowercase role words and a second name.)
fn attribution_follows(rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    let mut names = 0;
    let mut roles = 0;
    let mut owner = false;
    while let Some(raw) = words.next() {
        let word = raw.trim_end_matches(|c: char| !c.is_alphanumeric());
        let Some(first) = word.chars().next() else {
            return false;
        };
        if first.is_uppercase() && names < 3 {
            names += 1;
            owner = word.ends_with("'s") || word.ends_with("’s");
            if owner {
                names = 0;
                roles = 0;
            }
            continue;
        }
        if owner
            && roles < 2
            && raw.len() == word.len()
            && crate::lexicon::cue_lemma(word).is_none()
        {
            roles += 1;
            continue;
        }
        if roles > 0 && names == 0 {
            return false;
        }
        if names == 0 || crate::lexicon::cue_lemma(word).is_none() {
            return false;
        }
        let ends_clause = raw.len() > word.len();
        let next = words.next().unwrap_or("");
        return ends_clause
            || matches!(
                next,
                "in" | "on" | "at" | "after" | "before" | "yesterday" | "today" | "last" | "later"
            );
    }
    false
}

/// Whether a full stop after `before` ends the sentence, given the text after it.
fn ends_sentence(before: &str, after: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || OPENERS.contains(&c))
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return true;
    }
    // Only the ambiguous cases below need the next word.
    let starter = || {
        let next_word: String = after
            .chars()
            .skip_while(|c| OPENERS.contains(c))
            .take_while(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_lowercase();
        SENTENCE_STARTERS.contains(&next_word.as_str())
    };
    // A single capital is an initial (J. K. Rowling), unless the sentence ends in
    // a one-letter word like "Plan B." before a sentence starter.
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return starter();
    }
    // Dotted acronyms (U.S, D.C, U.N): ambiguous; decide by the next word.
    if word.contains('.') && word.chars().filter(|c| c.is_alphabetic()).count() <= 4 {
        return starter();
    }
    if word.is_ascii() {
        // Compared in place: no lowercase copy for the common case.
        return !ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word));
    }
    !ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

fn push_trimmed(out: &mut Vec<Span>, body: &str, base: usize, start: usize, end: usize) {
    let piece = &body[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let s = base + start + lead;
        out.push(Span::new(s, s + trimmed.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text, Span::new(0, text.len()))
            .into_iter()
            .map(|s| &text[s.range()])
            .collect()
    }

    #[test]
    fn a_quote_ending_in_a_question_keeps_its_named_attribution() {
        assert_eq!(
            sentences("\"How can you be happy?\" Dechy said. \"I am upset.\""),
            vec!["\"How can you be happy?\" Dechy said.", "\"I am upset.\""]
        );
        assert_eq!(
            sentences("\"How can you?\" Mr Kashyap's lawyer Mihir Desai said. \"No.\""),
            vec![
                "\"How can you?\" Mr Kashyap's lawyer Mihir Desai said.",
                "\"No.\""
            ]
        );
        assert_eq!(
            sentences("\"Will I win?\" Holmes asked in January. Then she ran."),
            vec!["\"Will I win?\" Holmes asked in January.", "Then she ran."]
        );
        // A name starting reported speech starts a sentence of its own.
        assert_eq!(
            sentences("\"Can they?\" Mr Blair said he would not answer."),
            vec!["\"Can they?\"", "Mr Blair said he would not answer."]
        );
    }

    #[test]
    fn splits_on_terminators_before_capitals() {
        assert_eq!(
            sentences("It hasn’t happened. But it may. Will it? Yes!"),
            vec!["It hasn’t happened.", "But it may.", "Will it?", "Yes!"]
        );
    }

    #[test]
    fn keeps_abbreviations_and_initials_inside() {
        assert_eq!(
            sentences("Mr. Smith met U.S. President Joe Biden and J. K. Rowling. Then he left."),
            vec![
                "Mr. Smith met U.S. President Joe Biden and J. K. Rowling.",
                "Then he left."
            ]
        );
    }

    #[test]
    fn a_dotted_acronym_ends_a_sentence_before_a_sentence_starter() {
        assert_eq!(
            sentences("He is a fellow in Washington, D.C. His new book is out."),
            vec!["He is a fellow in Washington, D.C.", "His new book is out."]
        );
    }

    #[test]
    fn quoted_sentences_split_but_attribution_stays_attached() {
        assert_eq!(
            sentences("“What can he do? That’s an open question,” she said. “Yes.”"),
            vec![
                "“What can he do?",
                "That’s an open question,” she said.",
                "“Yes.”"
            ]
        );
    }

    #[test]
    fn decimals_and_lowercase_continuations_do_not_split() {
        assert_eq!(
            sentences("Growth was 2.5 per cent. e.g. this one."),
            vec!["Growth was 2.5 per cent. e.g. this one."]
        );
    }
}
