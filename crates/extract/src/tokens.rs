//! Words and punctuation with byte offsets, and which of them lie inside quotes.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    pub start: usize,
    pub end: usize,
    /// Lowercase, with a possessive `’s` / `'s` / trailing `’` removed.
    pub lower: &'a str,
    pub kind: TokenKind,
    /// Inside a quotation (between a quote's marks).
    pub quoted: bool,
    /// Index of the sentence this token belongs to (within the article).
    pub sentence: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// A word whose first letter is a capital.
    Capital,
    /// Any other word (lowercase words, numbers).
    Word,
    /// One punctuation character.
    Punct(char),
}

impl Token<'_> {
    pub fn is_word(&self) -> bool {
        !matches!(self.kind, TokenKind::Punct(_))
    }
    pub fn is_capital(&self) -> bool {
        self.kind == TokenKind::Capital
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct(c)
    }
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
    /// Whether the word ends in a possessive (`Lukashenko’s`, `Belarus’`).
    pub fn possessive(&self, text: &str) -> bool {
        let t = self.text(text);
        t.ends_with("’s")
            || t.ends_with("'s")
            || (t.ends_with('’') && t.len() > 3)
            // "the Financial Times' China correspondent" (straight marks).
            || (t.ends_with("s'") && t.len() > 3)
    }
}

fn digits_then_capitalised(word: &str) -> bool {
    let rest = word.trim_start_matches(|c: char| c.is_ascii_digit());
    let mut chars = rest.chars();
    rest.len() < word.len()
        && chars.next().is_some_and(char::is_uppercase)
        && chars.take(2).filter(|c| c.is_lowercase()).count() == 2
}

fn joins(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.' | '‑' | '&' | '/')
}

/// Tokens of `text[start..end]`; `sentence` is filled in by the caller.
pub fn tokenize<'a>(
    text: &'a str,
    start: usize,
    end: usize,
    arena: &'a bumpalo::Bump,
    out: &mut Vec<Token<'a>>,
) {
    let body = &text[start..end];
    let mut i = 0;
    while let Some((c, len)) = char_at(body, i) {
        if c.is_whitespace() {
            i += len;
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Token {
                start: start + i,
                end: start + i + len,
                // Punctuation is matched by `kind`; an empty string costs no allocation.
                lower: "",
                kind: TokenKind::Punct(c),
                quoted: false,
                sentence: 0,
            });
            i += len;
            continue;
        }
        let bytes = body.as_bytes();
        let mut j = i + len;
        // Whether the word is lowercase ASCII throughout, so it can be borrowed as is.
        let mut plain = len == 1 && !bytes[i].is_ascii_uppercase();
        loop {
            // Most words are ASCII letters: scan them by byte.
            while let Some(&b) = bytes.get(j).filter(|b| b.is_ascii_alphanumeric()) {
                plain &= !b.is_ascii_uppercase();
                j += 1;
            }
            let Some((a, a_len)) = char_at(body, j) else {
                break;
            };
            if a.is_alphanumeric() || is_mark(a) {
                plain = false;
                j += a_len;
                continue;
            }
            let next = char_at(body, j + a_len).map(|(n, _)| n);
            // Joiners inside a word: 68-year-old, don’t, U.S, 2.5
            if joins(a) && next.is_some_and(char::is_alphanumeric) {
                plain &= a.is_ascii();
                j += a_len;
                continue;
            }
            // A possessive apostrophe at the end of a word: Belarus’ role
            if (a == '’' || a == '\'')
                && next.is_none_or(|n| !n.is_alphanumeric())
                && body[i..j].ends_with('s')
            {
                plain &= a.is_ascii();
                j += a_len;
            }
            break;
        }
        // "4Cast", "3Com": digits before a capitalised word make a name, where
        // "3D", "4G" and "10m" stay plain words.
        let kind = if c.is_uppercase() || c.is_ascii_digit() && digits_then_capitalised(&body[i..j])
        {
            TokenKind::Capital
        } else {
            TokenKind::Word
        };
        out.push(Token {
            start: start + i,
            end: start + j,
            lower: lowercase_stem(&body[i..j], plain, arena),
            kind,
            quoted: false,
            sentence: 0,
        });
        i = j;
    }
}

/// The character at byte `i` and its length, reading ASCII without decoding.
#[inline]
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let &b = s.as_bytes().get(i)?;
    if b < 0x80 {
        Some((b as char, 1))
    } else {
        s[i..].chars().next().map(|c| (c, c.len_utf8()))
    }
}

fn is_mark(c: char) -> bool {
    // Combining marks stay with their letter.
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Lowercase without a possessive ending, with one allocation (ASCII fast path).
/// `plain`: the tokenizer saw only lowercase ASCII in it.
fn lowercase_stem<'a>(word: &'a str, plain: bool, arena: &'a bumpalo::Bump) -> &'a str {
    // Most words are lowercase ASCII already: borrow them from the text.
    if plain {
        return &word[..possessive_stem_len(word)];
    }
    if word.is_ascii() {
        // Lowercased in place in the arena: no temporary String.
        let lower = arena.alloc_str(word);
        lower.make_ascii_lowercase();
        let keep = possessive_stem_len(lower);
        return &lower[..keep];
    }
    let lower = word.to_lowercase();
    let keep = possessive_stem_len(&lower);
    arena.alloc_str(&lower[..keep])
}

fn possessive_stem_len(lower: &str) -> usize {
    // Every possessive ending is an s or an apostrophe (’ ends in byte 0x99).
    if !matches!(lower.as_bytes().last(), Some(b's' | b'\'' | 0x99)) {
        return lower.len();
    }
    for suffix in ["’s", "'s"] {
        if let Some(stem) = lower.strip_suffix(suffix) {
            if !stem.is_empty() {
                return stem.len();
            }
        }
    }
    if let Some(stem) = lower.strip_suffix('’').or_else(|| lower.strip_suffix('\'')) {
        if stem.ends_with('s') {
            return stem.len();
        }
    }
    lower.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        let arena = bumpalo::Bump::new();
        let mut out = Vec::new();
        tokenize(text, 0, text.len(), &arena, &mut out);
        out.iter().map(|t| t.text(text).to_string()).collect()
    }

    #[test]
    fn keeps_joined_words_whole() {
        assert_eq!(
            words("The 68-year-old’s U.S. trip, Belarus’ role: 2.5%."),
            vec![
                "The",
                "68-year-old’s",
                "U.S",
                ".",
                "trip",
                ",",
                "Belarus’",
                "role",
                ":",
                "2.5",
                "%",
                "."
            ]
        );
    }

    #[test]
    fn lowercase_drops_possessives() {
        let text = "Lukashenko’s Belarus’ Putin's";
        let arena = bumpalo::Bump::new();
        let mut out = Vec::new();
        tokenize(text, 0, text.len(), &arena, &mut out);
        let lower: Vec<_> = out.iter().map(|t| t.lower).collect();
        assert_eq!(lower, vec!["lukashenko", "belarus", "putin"]);
    }
}
