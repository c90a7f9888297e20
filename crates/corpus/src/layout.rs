//! Paragraphs, title and word count of one article's text.
//!
//! News text arrives in two shapes: one paragraph per line (with or without blank
//! lines between), or hard-wrapped prose where a paragraph spans several short lines
//! and blank lines separate paragraphs. We detect the second shape from line lengths
//! and otherwise treat every non-blank line as a paragraph, which also keeps page
//! furniture ("Connect with us", "Related Content") apart from the body.

use crate::Span;

/// Lines of a hard-wrapped file are at most this long...
const WRAP_MAX: usize = 100;
/// ...and the lines that wrap (not the last of a block) are at least this long on
/// average, so a run of short furniture lines is not mistaken for wrapped prose.
const WRAP_MIN_AVERAGE: usize = 50;

/// Lines of `text` as byte spans, without their terminators (`\n`, `\r\n` or `\r`).
pub fn lines(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut start = 0;
    // memchr: line ends are rare bytes, found many at a time.
    while let Some(found) = memchr::memchr2(b'\n', b'\r', &bytes[start..]) {
        let end = start + found;
        spans.push(Span::new(start, end));
        start = if bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') {
            end + 2
        } else {
            end + 1
        };
    }
    if start < bytes.len() {
        spans.push(Span::new(start, bytes.len()));
    }
    spans
}

/// `span` without leading and trailing whitespace (including a byte-order mark).
pub fn trim(text: &str, span: Span) -> Span {
    let s = &text[span.range()];
    let is_space = |c: char| c.is_whitespace() || c == '\u{feff}';
    let trimmed_start = s.trim_start_matches(is_space);
    let start = span.start as usize + (s.len() - trimmed_start.len());
    let end = start + trimmed_start.trim_end_matches(is_space).len();
    Span::new(start, end)
}

/// The paragraphs of `text`: trimmed, non-empty, in order.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let blocks = blocks(text);
    if is_hard_wrapped(text, &blocks) {
        blocks
            .iter()
            .map(|block| Span::new(block[0].start as usize, block[block.len() - 1].end as usize))
            .collect()
    } else {
        blocks.lines
    }
}

/// Runs of non-blank, trimmed lines separated by blank lines: every line in one
/// vector, and where each run ends (one allocation per article, not per run).
struct Blocks {
    lines: Vec<Span>,
    ends: Vec<usize>,
}

impl Blocks {
    fn len(&self) -> usize {
        self.ends.len()
    }

    fn iter(&self) -> impl Iterator<Item = &[Span]> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts
            .zip(self.ends.iter().copied())
            .map(|(start, end)| &self.lines[start..end])
    }
}

fn blocks(text: &str) -> Blocks {
    let mut blocks = Blocks {
        lines: Vec::new(),
        ends: Vec::new(),
    };
    for line in lines(text) {
        let line = trim(text, line);
        if line.is_empty() {
            if blocks.ends.last().copied().unwrap_or(0) < blocks.lines.len() {
                blocks.ends.push(blocks.lines.len());
            }
        } else {
            blocks.lines.push(line);
        }
    }
    if blocks.ends.last().copied().unwrap_or(0) < blocks.lines.len() {
        blocks.ends.push(blocks.lines.len());
    }
    blocks
}

fn is_hard_wrapped(text: &str, blocks: &Blocks) -> bool {
    let char_len = |s: Span| text[s.range()].chars().count();
    // A line has no more characters than bytes: count only the long ones.
    if blocks
        .lines
        .iter()
        .any(|&l| l.len() > WRAP_MAX && char_len(l) > WRAP_MAX)
    {
        return false;
    }
    // Most blocks must span several lines, or there is nothing to join.
    let multi_line_blocks = blocks.iter().filter(|b| b.len() > 1).count();
    let (wrapping_lines, wrapping_chars) = blocks
        .iter()
        .flat_map(|b| b[..b.len() - 1].iter())
        .fold((0, 0), |(n, chars), &l| (n + 1, chars + char_len(l)));
    if wrapping_lines == 0 || multi_line_blocks * 2 < blocks.len() {
        return false;
    }
    wrapping_chars / wrapping_lines >= WRAP_MIN_AVERAGE
}

/// The longest title shown in lists, in characters.
pub const TITLE_MAX_CHARS: usize = 160;

/// The first paragraph, whitespace collapsed, cut at a word boundary to at most
/// [`TITLE_MAX_CHARS`] characters with an ellipsis. Empty when there is no text.
pub fn title(text: &str, paragraphs: &[Span]) -> String {
    let Some(&first) = paragraphs.first() else {
        return String::new();
    };
    let collapsed = text[first.range()]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if collapsed.chars().count() <= TITLE_MAX_CHARS {
        return collapsed;
    }
    let cut = collapsed
        .char_indices()
        .nth(TITLE_MAX_CHARS - 1)
        .map_or(collapsed.len(), |(i, _)| i);
    let head = &collapsed[..cut];
    let head = match head.rfind(' ') {
        Some(space) if space > cut / 2 => &head[..space],
        _ => head,
    };
    format!(
        "{}…",
        head.trim_end_matches(|c: char| c.is_ascii_punctuation())
    )
}

/// Words: whitespace-separated tokens with at least one letter or digit, so dashes
/// and bullets do not count.
pub fn word_count(text: &str) -> u32 {
    text.split_whitespace()
        .filter(|t| t.chars().any(char::is_alphanumeric))
        .count() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(text: &'a str, spans: &[Span]) -> Vec<&'a str> {
        spans.iter().map(|s| &text[s.range()]).collect()
    }

    #[test]
    fn one_paragraph_per_line_with_or_without_blank_lines() {
        let t = "Headline\n\nFirst para.\nSecond para.\n\n\nThird.\n";
        assert_eq!(
            texts(t, &paragraphs(t)),
            ["Headline", "First para.", "Second para.", "Third."]
        );
    }

    #[test]
    fn every_line_ending_is_a_break() {
        let t = "a\r\nb\rc\n\r\nd";
        assert_eq!(texts(t, &lines(t)), ["a", "b", "c", "", "d"]);
        assert_eq!(texts(t, &paragraphs(t)), ["a", "b", "c", "d"]);
    }

    #[test]
    fn hard_wrapped_blocks_are_joined() {
        let t = "The minister said on Monday that the plan would go ahead\n\
                 despite the objections raised by several members of the\n\
                 committee.\n\n\
                 Critics were quick to respond to what they called a rushed\n\
                 decision made without consultation.\n";
        let p = paragraphs(t);
        assert_eq!(p.len(), 2);
        assert!(texts(t, &p)[0].ends_with("committee."));
    }

    #[test]
    fn short_furniture_lines_are_not_wrapped_prose() {
        let t = "Connect with us\nHi, what are you looking for?\n\nNews\nWorld\n";
        assert_eq!(paragraphs(t).len(), 4);
    }

    #[test]
    fn paragraphs_are_trimmed_and_skip_the_bom() {
        let t = "\u{feff}  Title  \n\t body \n";
        assert_eq!(texts(t, &paragraphs(t)), ["Title", "body"]);
    }

    #[test]
    fn long_first_lines_are_shortened_at_a_word() {
        let t = "word ".repeat(60);
        let title = title(&t, &paragraphs(&t));
        assert!(title.ends_with("word…"), "{title}");
        assert!(title.chars().count() <= TITLE_MAX_CHARS + 1);
        assert_eq!(super::title("", &[]), "");
    }

    #[test]
    fn words_ignore_punctuation_tokens() {
        assert_eq!(word_count("Lukashenko, 67, said – “no.”"), 4);
        assert_eq!(word_count("  \n "), 0);
    }
}
