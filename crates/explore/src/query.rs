//! What the user typed: words (matched by stem), "exact phrases" (matched word
//! for word, in order), and the last word as a prefix while it is being typed.

use crate::text::{stem, words, Word};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    pub terms: Vec<Term>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    /// A whole word: any inflection or spelling of it matches.
    Word { stem: String },
    /// The word being typed: any word that starts with it, or shares its
    /// stem, matches (the stem is kept: every word of every candidate meets it).
    Prefix { form: String, stem: String },
    /// Words in quotation marks: the same words, in this order.
    Phrase(Vec<String>),
}

impl Query {
    /// Never fails: unbalanced quotation marks make the rest a phrase.
    pub fn parse(input: &str) -> Query {
        let mut terms = Vec::new();
        let mut rest = input;
        loop {
            let Some(open) = rest.find(['"', '“', '”']) else {
                push_words(&mut terms, rest, !input.ends_with(char::is_whitespace));
                break;
            };
            push_words(&mut terms, &rest[..open], false);
            let after = &rest[open + rest[open..].chars().next().map_or(1, char::len_utf8)..];
            let (phrase, next) = match after.find(['"', '“', '”']) {
                Some(close) => (
                    &after[..close],
                    &after[close + after[close..].chars().next().map_or(1, char::len_utf8)..],
                ),
                None => (after, ""),
            };
            let forms: Vec<String> = words(phrase).into_iter().map(|w| w.form).collect();
            match forms.len() {
                0 => {}
                1 => terms.push(Term::Word {
                    stem: stem(&forms[0]),
                }),
                _ => terms.push(Term::Phrase(forms)),
            }
            rest = next;
            if rest.is_empty() {
                break;
            }
        }
        Query { terms }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Whether every term is found in `words` or in `extra` (a speaker's name,
    /// say: searchable, not highlighted); if so, the byte spans in the text of
    /// `words` to highlight.
    pub fn find(&self, words: &[Word], extra: &[Word]) -> Option<Vec<(usize, usize)>> {
        let mut spans = Vec::new();
        for term in &self.terms {
            let here = term_spans(term, words);
            if here.is_empty() && term_spans(term, extra).is_empty() {
                return None;
            }
            spans.extend(here);
        }
        Some(merge(spans))
    }

    /// Every place any term matches (for the reader: the whole article is shown
    /// whether or not it matches every term).
    pub fn highlights(&self, words: &[Word]) -> Vec<(usize, usize)> {
        merge(
            self.terms
                .iter()
                .flat_map(|t| term_spans(t, words))
                .collect(),
        )
    }
}

fn push_words(terms: &mut Vec<Term>, text: &str, last_is_prefix: bool) {
    let found = words(text);
    let count = found.len();
    for (i, w) in found.into_iter().enumerate() {
        if last_is_prefix && i + 1 == count {
            terms.push(Term::Prefix {
                form: w.form,
                stem: w.stem,
            });
        } else {
            terms.push(Term::Word { stem: w.stem });
        }
    }
}

fn term_spans(term: &Term, words: &[Word]) -> Vec<(usize, usize)> {
    match term {
        Term::Word { stem } => words
            .iter()
            .filter(|w| w.stem == *stem)
            .map(|w| (w.start, w.end))
            .collect(),
        Term::Prefix { form, stem } => words
            .iter()
            .filter(|w| w.form.starts_with(form.as_str()) || w.stem == *stem)
            .map(|w| (w.start, w.end))
            .collect(),
        Term::Phrase(forms) => words
            .windows(forms.len())
            .filter(|run| run.iter().zip(forms).all(|(w, f)| w.form == *f))
            .map(|run| (run[0].start, run[run.len() - 1].end))
            .collect(),
    }
}

/// Sorted spans with overlaps joined.
fn merge(mut spans: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    spans.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (start, end) in spans {
        match out.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => out.push((start, end)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits(query: &str, text: &str) -> Option<Vec<String>> {
        let ws = words(text);
        Query::parse(query)
            .find(&ws, &[])
            .map(|spans| spans.iter().map(|&(s, e)| text[s..e].to_string()).collect())
    }

    #[test]
    fn inflections_spellings_accents_and_case() {
        let text = "Plans for the mobilization of reservists; Zelenskyy mobilized them.";
        assert_eq!(
            hits("mobilisation ", text).unwrap(),
            vec!["mobilization", "mobilized"]
        );
        assert_eq!(hits("ZELENSKYY ", text).unwrap(), vec!["Zelenskyy"]);
        assert!(hits("demobilisation ", text).is_none());
    }

    #[test]
    fn the_last_word_is_a_prefix_while_typing() {
        let text = "Belarusian troops moved north";
        assert_eq!(
            hits("troops bel", text).unwrap(),
            vec!["Belarusian", "troops"]
        );
        // Once a space follows, the word is whole.
        assert!(hits("troops bel ", text).is_none());
    }

    #[test]
    fn every_term_must_match() {
        assert!(hits("troops tanks", "troops moved").is_none());
        assert!(hits("", "anything").unwrap().is_empty());
    }

    #[test]
    fn phrases_match_in_order() {
        let text = "a joint Belarus-Russia military group was announced";
        assert_eq!(
            hits("\"military group\"", text).unwrap(),
            vec!["military group"]
        );
        assert!(hits("\"group military\"", text).is_none());
        // Curly quotes and an unclosed phrase while typing.
        assert_eq!(hits("“military gr", text), None);
        assert_eq!(
            hits("“military group", text).unwrap(),
            vec!["military group"]
        );
    }

    #[test]
    fn extra_words_match_without_highlights() {
        let ws = words("We will not allow it");
        let extra = words("Alexander Lukashenko");
        let spans = Query::parse("lukashenko allow").find(&ws, &extra).unwrap();
        assert_eq!(spans.len(), 1);
    }
}
