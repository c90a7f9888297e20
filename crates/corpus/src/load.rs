//! Reading a corpus folder: every `.txt` file below it, in path order.
//!
//! A file that cannot become an article (not UTF-8, unreadable, too large) is a
//! [`FileProblem`]; the build stops and names each one with its position. A file that
//! loads but looks wrong gets a [`Warning`]. Nothing is dropped silently: files that
//! are not `.txt` are listed in [`LoadReport::skipped`].

use crate::{id, layout, Article, Corpus, Warning};
use std::collections::HashMap;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

/// What a successful load read.
#[derive(Debug)]
pub struct LoadReport {
    pub corpus: Corpus,
    /// Files that are not `.txt` (or are hidden), relative paths; not loaded.
    pub skipped: Vec<String>,
}

impl LoadReport {
    pub fn warned(&self) -> usize {
        self.corpus
            .articles
            .iter()
            .filter(|a| !a.warnings.is_empty())
            .count()
    }
}

/// Why the corpus could not be loaded: every file that failed, not just the first.
#[derive(Debug)]
pub struct LoadError {
    pub dir: PathBuf,
    pub problems: Vec<FileProblem>,
    /// Files found, loadable articles among them, and files skipped as not `.txt`.
    pub read: usize,
    pub loadable: usize,
    pub skipped: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileProblem {
    /// The path as the user would find it: the corpus folder joined with the file.
    pub path: PathBuf,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// The corpus folder itself is missing or unreadable.
    NoFolder(String),
    Unreadable(String),
    TooLarge {
        bytes: u64,
    },
    /// `offset` is the byte offset of the first invalid byte; `line` and `column`
    /// (1-based, column in characters) locate it for an editor.
    InvalidUtf8 {
        offset: usize,
        line: usize,
        column: usize,
        bytes: Vec<u8>,
    },
    /// Two paths map to one article id (only possible with contrived names).
    IdClash {
        id: String,
        other: String,
    },
}

impl fmt::Display for FileProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path.display();
        match &self.kind {
            ProblemKind::NoFolder(e) => write!(f, "{path}: cannot read the corpus folder: {e}"),
            ProblemKind::Unreadable(e) => write!(f, "{path}: cannot read the file: {e}"),
            ProblemKind::TooLarge { bytes } => {
                write!(f, "{path}: the file is {bytes} bytes; the limit is 4 GiB")
            }
            ProblemKind::InvalidUtf8 {
                offset,
                line,
                column,
                bytes,
            } => {
                let hex: Vec<String> = bytes.iter().map(|b| format!("0x{b:02X}")).collect();
                write!(
                    f,
                    "{path}: not valid UTF-8 at byte offset {offset} (line {line}, column {column}): byte(s) {}; re-save the file as UTF-8",
                    hex.join(" ")
                )
            }
            ProblemKind::IdClash { id, other } => {
                write!(f, "{path}: its article id `{id}` is already used by {other}; rename one of the files")
            }
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "claimscope corpus {}: read {} file(s), {} would load, skipped {} non-.txt file(s), rejected {}; nothing was built",
            self.dir.display(),
            self.read,
            self.loadable,
            self.skipped,
            self.problems.len()
        )?;
        for p in &self.problems {
            writeln!(f, "  error: {p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

/// Loads every `.txt` file below `dir` (subfolders included, symlinked folders not
/// followed), in path order.
pub fn load_dir(dir: &Path) -> Result<LoadReport, LoadError> {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    if let Err(e) = walk(dir, "", &mut files) {
        problems.push(FileProblem {
            path: dir.to_path_buf(),
            kind: ProblemKind::NoFolder(e.to_string()),
        });
    }
    files.sort();
    let read = files.len();

    let mut articles = Vec::new();
    let mut skipped = Vec::new();
    let mut first_with_content: HashMap<u64, String> = HashMap::new();
    let mut id_owner: HashMap<String, String> = HashMap::new();
    for relative in files {
        let path = dir.join(&relative);
        if !is_article_file(&relative) {
            skipped.push(relative);
            continue;
        }
        match read_article(&path, &relative) {
            Ok(mut article) => {
                let key = content_key(article.text.as_bytes());
                match first_with_content.get(&key) {
                    Some(first) if !article.text.is_empty() => {
                        article.warnings.push(Warning::DuplicateOf {
                            file: first.clone(),
                        })
                    }
                    _ => {
                        first_with_content.insert(key, relative.clone());
                    }
                }
                if let Some(other) = id_owner.insert(article.id.clone(), relative.clone()) {
                    problems.push(FileProblem {
                        path,
                        kind: ProblemKind::IdClash {
                            id: article.id.clone(),
                            other,
                        },
                    });
                    continue;
                }
                articles.push(article);
            }
            Err(kind) => problems.push(FileProblem { path, kind }),
        }
    }
    if problems.is_empty() {
        Ok(LoadReport {
            corpus: Corpus { articles },
            skipped,
        })
    } else {
        Err(LoadError {
            dir: dir.to_path_buf(),
            read,
            loadable: articles.len(),
            skipped: skipped.len(),
            problems,
        })
    }
}

/// Builds an article from bytes already in memory; `relative` is its path in the
/// corpus. Used by [`load_dir`] and by tests.
pub fn article_from_bytes(relative: &str, bytes: Vec<u8>) -> Result<Article, ProblemKind> {
    if bytes.len() as u64 > u64::from(u32::MAX) {
        return Err(ProblemKind::TooLarge {
            bytes: bytes.len() as u64,
        });
    }
    let text = String::from_utf8(bytes).map_err(|e| invalid_utf8(e.as_bytes(), e.utf8_error()))?;
    let mut warnings = Vec::new();
    if text.is_empty() {
        warnings.push(Warning::Empty);
    } else if text.chars().all(|c| c.is_whitespace() || c == '\u{feff}') {
        warnings.push(Warning::WhitespaceOnly);
    }
    if text.starts_with('\u{feff}') {
        warnings.push(Warning::ByteOrderMark);
    }
    if let Some(first) = text.find('\0') {
        warnings.push(Warning::NulBytes {
            first_offset: first as u32,
            count: text.bytes().filter(|&b| b == 0).count() as u32,
        });
    }
    warnings.extend(content_warnings(&text));
    let paragraphs = layout::paragraphs(&text);
    Ok(Article {
        id: id::article_id(relative),
        file: relative.to_string(),
        title: layout::title(&text, &paragraphs),
        words: layout::word_count(&text),
        paragraphs,
        text,
        warnings,
    })
}

/// Lines longer than this are not prose (a long news paragraph is ~2,000 bytes).
const LONG_LINE_BYTES: usize = 20_000;

/// Tags a browser would act on, lowercase, as they open (`<script`, `</a`).
const TAGS: &[&str] = &[
    "script", "img", "iframe", "svg", "style", "object", "embed", "form", "input", "link", "meta",
    "html", "head", "body", "div", "span", "a", "p", "br", "b", "i", "h1", "h2", "h3", "ul", "ol",
    "li", "table", "video", "audio", "base",
];

/// What in the text itself deserves a word: lines that are not prose, markup,
/// and characters that reorder the display. One pass over the bytes for each.
fn content_warnings(text: &str) -> Vec<Warning> {
    let mut warnings = Vec::new();
    if let Some((index, line)) = layout::lines(text)
        .iter()
        .enumerate()
        .find(|(_, line)| line.len() > LONG_LINE_BYTES)
    {
        warnings.push(Warning::LongLine {
            line: index as u32 + 1,
            bytes: line.len() as u32,
        });
    }
    if let Some((first, offset)) = first_markup(text) {
        warnings.push(Warning::Markup {
            first,
            offset: offset as u32,
        });
    }
    let bidi = |c: char| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    if let Some(first) = text.find(bidi) {
        warnings.push(Warning::BidiControls {
            first_offset: first as u32,
            count: text.chars().filter(|&c| bidi(c)).count() as u32,
        });
    }
    warnings
}

/// The first HTML tag (`<script`, `</a>`) or `javascript:` URL, as written, and
/// where it starts.
fn first_markup(text: &str) -> Option<(String, usize)> {
    let bytes = text.as_bytes();
    let tag = memchr::memchr_iter(b'<', bytes).find_map(|at| {
        let name_start = at + 1 + usize::from(bytes.get(at + 1) == Some(&b'/'));
        let name_len = bytes[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let name_end = name_start + name_len;
        let known = TAGS.iter().any(|t| {
            t.as_bytes()
                .eq_ignore_ascii_case(&bytes[name_start..name_end])
        });
        let ends = matches!(
            bytes.get(name_end),
            Some(b'>' | b' ' | b'/' | b'\t' | b'\n')
        );
        (known && ends).then(|| (format!("{}…", &text[at..name_end]), at))
    });
    let script_url = text
        .match_indices("javascript:")
        .next()
        .map(|(at, found)| (found.to_string(), at));
    match (tag, script_url) {
        (Some(t), Some(u)) => Some(if t.1 <= u.1 { t } else { u }),
        (t, u) => t.or(u),
    }
}

fn read_article(path: &Path, relative: &str) -> Result<Article, ProblemKind> {
    let bytes = fs::read(path).map_err(|e| ProblemKind::Unreadable(e.to_string()))?;
    article_from_bytes(relative, bytes)
}

fn invalid_utf8(bytes: &[u8], error: std::str::Utf8Error) -> ProblemKind {
    let offset = error.valid_up_to();
    // Everything before `offset` is valid UTF-8, so counting there is safe.
    let before = std::str::from_utf8(&bytes[..offset]).unwrap_or_default();
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    let bad_len = error.error_len().unwrap_or(bytes.len() - offset).max(1);
    ProblemKind::InvalidUtf8 {
        offset,
        line,
        column,
        bytes: bytes[offset..(offset + bad_len).min(bytes.len())].to_vec(),
    }
}

fn is_article_file(relative: &str) -> bool {
    let name = relative.rsplit('/').next().unwrap_or(relative);
    !name.starts_with('.')
        && name.len() > 4
        && name.is_char_boundary(name.len() - 4)
        && name[name.len() - 4..].eq_ignore_ascii_case(".txt")
}

/// Collects every file below `dir` as a `/`-separated relative path.
fn walk(dir: &Path, prefix: &str, out: &mut Vec<String>) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let relative = if prefix.is_empty() {
            name.clone()
        } else {
            format!("{prefix}/{name}")
        };
        let kind = entry.file_type()?;
        if kind.is_dir() {
            if !name.starts_with('.') {
                walk(&entry.path(), &relative, out)?;
            }
        } else if kind.is_file() || (kind.is_symlink() && entry.path().is_file()) {
            out.push(relative);
        }
    }
    Ok(())
}

fn content_key(bytes: &[u8]) -> u64 {
    // Two 32-bit FNV passes are plenty to spot identical files among thousands;
    // a clash would only add a wrong duplicate warning, which names the other file.
    (u64::from(id::fnv1a32(bytes)) << 32) | u64::from(bytes.len() as u32)
}

#[cfg(test)]
mod tests;
