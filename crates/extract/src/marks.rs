//! Double quotation marks: finding them and pairing them into quoted spans.
//!
//! Curly (“ ”), low (,,), guillemets (« ») and straight (") marks are paired within
//! a paragraph. Misused marks are read by position (an opening mark at the end of
//! a paragraph closes; a closing mark before a word opens). A quote left open at
//! the end of its paragraph ends there: it is `continued` when the next paragraph
//! reopens it (the convention for quotes over several paragraphs), otherwise
//! `unclosed`. A quote still open when another opens ends at its last full stop.
//! No text is dropped or invented: every span lies between real marks or
//! paragraph ends.

use claimscope_corpus::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteMarks {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset of the closing mark; `None` when the paragraph (or the next
    /// opening mark) ended the quote.
    pub close: Option<usize>,
    /// The text between the marks.
    pub inner: Span,
    pub paragraph: usize,
    /// The quote carries on in the next paragraph, which reopens it.
    pub continued: bool,
    /// This quote reopens one left open by the previous paragraph.
    pub continuation: bool,
}

impl QuoteMarks {
    /// The quote with its marks (as far as they exist).
    pub fn outer(&self, text: &str) -> Span {
        let end = match self.close {
            Some(close) => close + text[close..].chars().next().map_or(0, char::len_utf8),
            None => self.inner.end as usize,
        };
        Span::new(self.open, end)
    }

    pub fn unclosed(&self) -> bool {
        self.close.is_none() && !self.continued
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
}

/// Every double-quoted span of `text`, paragraph by paragraph, in order.
pub fn find(text: &str, paragraphs: &[Span]) -> Vec<QuoteMarks> {
    let mut quotes: Vec<QuoteMarks> = Vec::new();
    for (index, &paragraph) in paragraphs.iter().enumerate() {
        let previous_open = quotes.last().is_some_and(|q| {
            q.paragraph + 1 == index && q.close.is_none() && ends_paragraph(text, q, paragraphs)
        });
        let first_quote = quotes.len();
        pair_in_paragraph(text, paragraph, index, &mut quotes);
        // Mark a quote over several paragraphs: the previous paragraph ended open
        // and this one starts by reopening.
        if previous_open {
            let starts_with_open = quotes
                .get(first_quote)
                .is_some_and(|q| q.open == paragraph.start as usize);
            if starts_with_open {
                quotes[first_quote].continuation = true;
                quotes[first_quote - 1].continued = true;
            }
        }
    }
    quotes
}

fn ends_paragraph(text: &str, quote: &QuoteMarks, paragraphs: &[Span]) -> bool {
    let end = paragraphs[quote.paragraph].end as usize;
    text[quote.inner.end as usize..end].trim().is_empty()
}

fn pair_in_paragraph(text: &str, paragraph: Span, index: usize, out: &mut Vec<QuoteMarks>) {
    let body = &text[paragraph.range()];
    let base = paragraph.start as usize;
    // Every double mark starts with one of these bytes: scan bytes, decode only there.
    let bytes = body.as_bytes();
    let mut marks: Vec<(usize, char)> = Vec::new();
    let mut scan = 0;
    while let Some(found) = bytes[scan..]
        .iter()
        .position(|&b| matches!(b, b'"' | 0xC2 | 0xE2 | 0xEF))
    {
        let at = scan + found;
        scan = at + 1;
        if let Some(c) = body[at..].chars().next().filter(|&c| is_double_mark(c)) {
            marks.push((at, c));
        }
    }
    if marks.is_empty() {
        return;
    }
    let mut open: Option<usize> = None;
    for (k, &(at, mark)) in marks.iter().enumerate() {
        let before = body[..at].chars().next_back();
        let after = body[at + mark.len_utf8()..].chars().next();
        // `evidence. "The options`: a straight mark after a finished sentence, before
        // a word, reopens (a quote carried on, its paragraph break lost).
        // (`Tour. " "Looking`: a mark between two spaces after a full stop closes.)
        // (`is ridiculous.' "But then`: a quote inside the quote may end the sentence.)
        let reopens = mark == '"'
            && open.is_some()
            && body[..at]
                .trim_end()
                .trim_end_matches(['\'', '’'])
                .ends_with(['.', '?', '!', '…'])
            && before.is_some_and(char::is_whitespace)
            && after.is_some_and(|c| !c.is_whitespace());
        // `released just one record. He added: "The whole world`: a straight
        // mark after a colon, before a capital, opens a new quote; the one
        // left open ends at its last full stop (the cue is the writer's).
        let after_cue_colon = mark == '"'
            && open.is_some()
            && !reopens
            && body[..at].trim_end().ends_with(':')
            && before.is_some_and(char::is_whitespace)
            && after.is_some_and(char::is_uppercase)
            && open.is_some_and(|start| last_sentence_end(&body[start..at]).is_some());
        let Some(role) = role(
            mark,
            before,
            after,
            open.is_some() && !reopens && !after_cue_colon,
            k + 1 == marks.len(),
        ) else {
            continue;
        };
        match (role, open) {
            (Role::Open, None) => open = Some(at),
            (Role::Open, Some(start)) => {
                // Two openings in a row: the first quote ends at its last full stop.
                let inner_start = start + body[start..].chars().next().map_or(1, char::len_utf8);
                let end = last_sentence_end(&body[inner_start..at]).map_or(at, |e| inner_start + e);
                let end = if reopens {
                    inner_start + body[inner_start..at].trim_end().len()
                } else {
                    end
                };
                out.push(quote(base, start, None, inner_start, end, index));
                open = Some(at);
            }
            (Role::Close, Some(start)) => {
                let inner_start = start + body[start..].chars().next().map_or(1, char::len_utf8);
                out.push(quote(base, start, Some(at), inner_start, at, index));
                open = None;
            }
            (Role::Close, None) => {} // a stray closing mark: nothing to pair it with
        }
    }
    if let Some(start) = open {
        let inner_start = start + body[start..].chars().next().map_or(1, char::len_utf8);
        let end = inner_start + body[inner_start..].trim_end().len();
        out.push(quote(base, start, None, inner_start, end, index));
    }
}

fn quote(
    base: usize,
    open: usize,
    close: Option<usize>,
    start: usize,
    end: usize,
    paragraph: usize,
) -> QuoteMarks {
    QuoteMarks {
        open: base + open,
        close: close.map(|c| base + c),
        inner: Span::new(base + start, base + end.max(start)),
        paragraph,
        continued: false,
        continuation: false,
    }
}

pub fn is_double_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '‟' | '＂')
}

/// What a mark does, judged by its shape and by the characters around it.
fn role(
    mark: char,
    before: Option<char>,
    after: Option<char>,
    is_open: bool,
    last: bool,
) -> Option<Role> {
    let space_before = before.is_none_or(|c| c.is_whitespace() || "([{—–-/".contains(c));
    let space_after = after.is_none_or(|c| c.is_whitespace());
    let word_after = after.is_some_and(|c| !c.is_whitespace());
    match mark {
        '“' | '„' | '«' | '‟' => {
            // An opening mark with nothing after it, following a word, was meant to close.
            if is_open && (after.is_none() || (space_after && !space_before && last)) {
                Some(Role::Close)
            } else {
                Some(Role::Open)
            }
        }
        '”' | '»' => {
            if !is_open && space_before && word_after {
                Some(Role::Open)
            } else {
                Some(Role::Close)
            }
        }
        _ => {
            // Straight marks: position first, then whatever pairs.
            // Glued to a word and followed by punctuation (`overall".`), a
            // mark closes: with nothing open it is a stray, not an opening.
            let punctuation_after = after.is_some_and(|c| ".,;:!?)]".contains(c));
            if space_before && word_after && !is_open {
                Some(Role::Open)
            } else if is_open {
                Some(Role::Close)
            } else if word_after && (space_before || !punctuation_after) {
                Some(Role::Open)
            } else if space_before && space_after && before.is_some() && !last {
                // `was " a worrying issue ..."`: a mark spaced on both sides
                // with nothing open, and more marks to come, opens.
                Some(Role::Open)
            } else {
                None
            }
        }
    }
}

/// The end (after the terminator and any closing bracket) of the last sentence in
/// `s`, if one ends before trailing text.
fn last_sentence_end(s: &str) -> Option<usize> {
    let mut best = None;
    for (i, c) in s.char_indices() {
        if matches!(c, '.' | '!' | '?') {
            let next = s[i + 1..].chars().next();
            if next.is_none_or(char::is_whitespace) {
                best = Some(i + 1);
            }
        }
    }
    best
}

#[cfg(test)]
mod tests;
