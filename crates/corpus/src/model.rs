use serde::{Deserialize, Serialize};
use std::fmt;

/// Every article of one build, in a stable order (by file path).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Corpus {
    pub articles: Vec<Article>,
}

impl Corpus {
    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }
}

/// One article file, kept whole: `text` is the file's bytes (validated UTF-8), so
/// every [`Span`] is a byte range into the original file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Derived from the file's path alone (see [`crate::id`]), so it survives other
    /// articles being added or removed.
    pub id: String,
    /// Path relative to the corpus folder, `/`-separated.
    pub file: String,
    pub text: String,
    /// The headline, or the first line when the article has no headline; whitespace
    /// collapsed and shortened for lists.
    pub title: String,
    pub paragraphs: Vec<Span>,
    pub words: u32,
    pub warnings: Vec<Warning>,
}

impl Article {
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.range()]
    }

    pub fn paragraph_texts(&self) -> impl Iterator<Item = &str> {
        self.paragraphs.iter().map(|&p| self.slice(p))
    }
}

/// A byte range `[start, end)` into an article's text, always on char boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        // Files larger than 4 GiB are rejected by the loader, so offsets fit in u32.
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }
}

/// Something odd about a file that still loads. Shown next to the article in the app
/// and printed by the build.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Warning {
    Empty,
    WhitespaceOnly,
    ByteOrderMark,
    /// NUL bytes: usually a binary file or a broken export. Offset of the first one.
    NulBytes {
        first_offset: u32,
        count: u32,
    },
    /// Same bytes as an earlier file (by path order); both are kept.
    DuplicateOf {
        file: String,
    },
    /// A line far longer than prose has (1-based line number, length in bytes):
    /// usually a file without line breaks or not an article at all.
    LongLine {
        line: u32,
        bytes: u32,
    },
    /// HTML tags or script in the text (the first one and its byte offset). The
    /// app shows them as text and never runs them; the warning says why the
    /// article may read oddly.
    Markup {
        first: String,
        offset: u32,
    },
    /// Bidirectional control characters (U+202A–U+202E, U+2066–U+2069), which
    /// can make text display in a different order from how it reads.
    BidiControls {
        first_offset: u32,
        count: u32,
    },
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::Empty => f.write_str("the file is empty"),
            Warning::WhitespaceOnly => f.write_str("the file contains only whitespace"),
            Warning::ByteOrderMark => f.write_str("the file starts with a UTF-8 byte-order mark"),
            Warning::NulBytes {
                first_offset,
                count,
            } => write!(
                f,
                "the file contains {count} NUL byte(s), the first at byte offset {first_offset}"
            ),
            Warning::DuplicateOf { file } => {
                write!(f, "the file has the same content as {file}")
            }
            Warning::LongLine { line, bytes } => write!(
                f,
                "line {line} is {bytes} bytes long, a line of far more than prose has; is this an article?"
            ),
            Warning::Markup { first, offset } => write!(
                f,
                "the file contains HTML markup ({first} at byte offset {offset}); it is shown as text and never run"
            ),
            Warning::BidiControls {
                first_offset,
                count,
            } => write!(
                f,
                "the file contains {count} bidirectional control character(s), the first at byte offset {first_offset}; they can make text display out of order"
            ),
        }
    }
}
