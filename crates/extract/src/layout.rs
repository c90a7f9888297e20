//! The shape of an article: which paragraphs are page furniture, headings or an
//! author bio, which is the headline, and who published and wrote it.
//!
//! All by general rules about how web pages wrap news text: menus and labels
//! before the headline, hashtags, "Related Content" and everything after it,
//! photo credits, all-capitals promotion lines, disclaimers and follow prompts.

use claimscope_corpus::Span;
use memchr::memmem::Finder;
use std::sync::OnceLock;

/// What a paragraph is: the model's paragraph role.
pub use claimscope_model::ParagraphRole as Role;

pub struct Layout {
    pub roles: Vec<Role>,
    pub headline: Option<usize>,
    pub outlet: Option<String>,
    pub author: Option<String>,
}

const FURNITURE_LINES: &[&str] = &[
    "connect with us",
    "main menu",
    "menu",
    "related content",
    "related",
    "related articles",
    "related stories",
    "related news",
    "you may also like",
    "you might also like",
    "more from",
    "read more",
    "social tags",
    "share",
    "share this",
    "share this article",
    "advertisement",
    "sponsored",
    "sponsored content",
    "subscribe",
    "sign up",
    "follow us",
    "skip to content",
    "trending",
    "most read",
    "most popular",
    "recommended",
    "top stories",
    "latest news",
    "hi, what are you looking for",
    "search",
    "close",
    "log in",
    "login",
    "newsletter",
    "comments",
    "leave a comment",
    "print",
    "email",
    "tags",
    "topics",
    "home",
];

/// Phrases that open a block of links to other pages; everything after is furniture.
const TAIL_MARKERS: &[&str] = &[
    "related content",
    "you may also like",
    "you might also like",
    "more from",
    "related articles",
    "related stories",
    "most read",
    "recommended",
];

pub fn analyse(text: &str, paragraphs: &[Span]) -> Layout {
    let lines: Vec<&str> = paragraphs.iter().map(|p| text[p.range()].trim()).collect();
    let mut roles: Vec<Role> = lines.iter().map(|l| line_role(l)).collect();

    // Everything after a "Related Content" style marker is other pages' promotion.
    if let Some(tail) = lines
        .iter()
        .position(|l| l.len() < 40 && TAIL_MARKERS.contains(&normalised(l).as_str()))
    {
        for role in &mut roles[tail..] {
            *role = Role::Furniture;
        }
    }

    // Before the headline: short labels ("International News") are navigation.
    let mut headline = None;
    for (i, line) in lines.iter().enumerate() {
        if roles[i] == Role::Furniture {
            continue;
        }
        let words = line.split_whitespace().count();
        let is_label = words <= 3
            && !ends_sentence(line)
            // A one-sentence lede after a short headline is no headline itself.
            && lines[i + 1..]
                .iter()
                .take(3)
                .any(|l| reads_as_headline(l) && !ends_sentence(l));
        if is_label && headline.is_none() {
            roles[i] = Role::Furniture;
            continue;
        }
        if reads_as_headline(line) {
            headline = Some(i);
            roles[i] = Role::Headline;
        }
        break;
    }

    // Short unpunctuated lines inside the body are headings.
    let first_body = headline.map_or(0, |h| h + 1);
    for i in first_body..lines.len() {
        if roles[i] == Role::Body && is_heading(lines[i]) {
            roles[i] = Role::Heading;
        }
    }

    let author = find_author(&lines, &mut roles);
    let outlet = find_outlet(&lines);
    Layout {
        roles,
        headline,
        outlet,
        author,
    }
}

/// At most `max` bytes of `line`, cut on a character boundary.
fn head(line: &str, max: usize) -> &str {
    if line.len() <= max {
        return line;
    }
    let mut end = max;
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    &line[..end]
}

fn normalised(line: &str) -> String {
    let lower = line
        .trim()
        .trim_end_matches([':', '?', '.', '!', '…'])
        .trim()
        .to_lowercase();
    // One copy per paragraph, not two: most lines have no curly apostrophe.
    if lower.contains('’') {
        lower.replace('’', "'")
    } else {
        lower
    }
}

/// Searchers for fixed phrases, built once: layout runs on every article and
/// building a substring searcher costs more than running it on a short line.
fn finders<const N: usize>(
    cell: &'static OnceLock<[Finder<'static>; N]>,
    phrases: [&'static str; N],
) -> &'static [Finder<'static>; N] {
    cell.get_or_init(|| phrases.map(|p| Finder::new(p.as_bytes())))
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(['”', '"', '’', '\'', ')'])
        .ends_with(['.', '!', '?', '…', ':'])
}

fn line_role(line: &str) -> Role {
    // Every rule reads a short line or the start of a long one.
    // Exact matches are short lines; prefixes need only the start.
    let lower = normalised(head(line, 48));
    // Counted, not collected: body paragraphs are long and most lines are body.
    let (mut word_count, mut tags) = (0usize, 0usize);
    for w in line.split_whitespace().take(32) {
        word_count += 1;
        tags += usize::from(w.starts_with('#'));
    }
    if word_count == 0 {
        return Role::Furniture;
    }
    if FURNITURE_LINES.contains(&lower.as_str()) {
        return Role::Furniture;
    }
    // Hashtag rows.
    if tags * 2 >= word_count {
        return Role::Furniture;
    }
    if lower.starts_with("click here")
        || lower.starts_with("read more")
        || lower.starts_with("social tags")
        || lower.starts_with("sign up for")
        || lower.starts_with("subscribe to")
        || lower.starts_with("download the")
    {
        return Role::Furniture;
    }
    // "Follow Al Jazeera English:" and similar prompts.
    if (lower.starts_with("follow ") || lower.starts_with("like us")) && word_count <= 6 {
        return Role::Furniture;
    }
    // Photo credits: "Contributor/Getty Images", "Photo: Reuters".
    let whole = if word_count <= 8 {
        normalised(line)
    } else {
        String::new()
    };
    let lower = if word_count <= 8 {
        whole.as_str()
    } else {
        lower.as_str()
    };
    if word_count <= 8
        && (lower.contains("getty images")
            || lower.starts_with("photo:")
            || lower.starts_with("image:")
            || lower.starts_with("photograph:")
            || lower.ends_with("/afp")
            || lower.ends_with("/reuters")
            || lower.contains("/ap photo")
            || lower.starts_with("(photo"))
    {
        return Role::Furniture;
    }
    // Disclaimers.
    if lower.starts_with("the views expressed in this article")
        || lower.starts_with("this article was amended")
        || lower.starts_with("copyright ")
        || lower.starts_with("©")
    {
        return Role::Furniture;
    }
    // All-capitals promotion lines ("RUSSIAN TROOPS POUR INTO ...").
    // The lowercase test stops at the first lowercase letter of a body line;
    // only all-capitals lines are counted through.
    if word_count >= 3
        && !line.chars().any(|c| c.is_alphabetic() && !c.is_uppercase())
        && line.chars().filter(|c| c.is_alphabetic()).count() >= 12
    {
        return Role::Furniture;
    }
    Role::Body
}

/// One short line that names the story: few words, at most one sentence.
fn reads_as_headline(line: &str) -> bool {
    // Only short lines matter: stop counting early on body paragraphs.
    let words = line.split_whitespace().take(21).count();
    if !(3..=20).contains(&words) {
        return false;
    }
    let sentences = line.matches(". ").count() + line.matches("? ").count();
    sentences == 0 && !line.trim_end().ends_with(',')
}

fn is_heading(line: &str) -> bool {
    let words = line.split_whitespace().take(9).count();
    let dashed = line.starts_with(['–', '—', '-']) && line.ends_with(['–', '—', '-']);
    dashed
        || (words <= 8
            && !ends_sentence(line)
            && !line.contains(", ")
            && line.chars().next().is_some_and(|c| !c.is_lowercase()))
}

/// "Janusz Bugajski is a senior fellow at ..." near the end, or a byline.
fn find_author(lines: &[&str], roles: &mut [Role]) -> Option<String> {
    let n = lines.len();
    for i in (n.saturating_sub(4)..n).rev() {
        if roles[i] != Role::Body {
            continue;
        }
        let line = lines[i];
        // The author's name opens the bio line: look only near its start, with
        // no-break spaces read as spaces.
        let line = head(line, 80).replace('\u{a0}', " ");
        let line = line.as_str();
        static BIO_VERBS: OnceLock<[Finder<'static>; 6]> = OnceLock::new();
        let verbs = finders(
            &BIO_VERBS,
            [
                " is a ",
                " is an ",
                " is the ",
                " was a ",
                " writes ",
                " is professor ",
            ],
        );
        for verb in verbs {
            if let Some(at) = verb.find(line.as_bytes()) {
                let name = &line[..at];
                let words: Vec<&str> = name.split_whitespace().collect();
                if (2..=4).contains(&words.len())
                    && words
                        .iter()
                        .all(|w| w.chars().next().is_some_and(char::is_uppercase))
                {
                    roles[i] = Role::Bio;
                    return Some(name.to_string());
                }
            }
        }
    }
    // A byline is a short line.
    for line in lines.iter().take(8).filter(|l| l.len() < 80) {
        let lower = line.to_lowercase();
        if let Some(rest) = lower.strip_prefix("by ") {
            let words = rest.split_whitespace().count();
            if (2..=4).contains(&words) && !ends_sentence(line) {
                return Some(line[3..].trim().to_string());
            }
        }
    }
    None
}

/// The publisher, from footers and self-references.
fn find_outlet(lines: &[&str]) -> Option<String> {
    let clean = |s: &str| -> Option<String> {
        let s = s.trim().trim_end_matches([':', '.', '!']).trim();
        let s = s
            .strip_prefix("THE ")
            .or_else(|| s.strip_prefix("The "))
            .unwrap_or(s);
        let words = s.split_whitespace().count();
        ((1..=5).contains(&words)).then(|| title_case(s))
    };
    // Footers sit in the last lines.
    for line in lines.iter().rev().take(8).filter(|l| l.len() < 300) {
        // ASCII lowercase keeps byte offsets, so positions found in `lower` are
        // valid in `line` (full lowercasing can change lengths: "İ" → "i̇").
        let lower = line.to_ascii_lowercase();
        if let Some(at) = lower.find("read more from ") {
            if let Some(name) = clean(&line[at + "read more from ".len()..]) {
                return Some(name);
            }
        }
        if let Some(at) = lower.find("reflect ") {
            if let Some(end) = lower[at..]
                .find("’s editorial")
                .or_else(|| lower[at..].find("'s editorial"))
            {
                if let Some(name) = clean(&line[at + "reflect ".len()..at + end]) {
                    return Some(name);
                }
            }
        }
    }
    // Self-references sit in short paragraphs; skip the long ones unread.
    static SELF_REFERENCES: OnceLock<[Finder<'static>; 7]> = OnceLock::new();
    let [verify, has, phrases @ ..] = finders(
        &SELF_REFERENCES,
        [
            "verify",
            " has ",
            " was unable to independently verify",
            " could not independently verify",
            " has reached out to",
            " has contacted ",
            " was unable to verify",
        ],
    );
    for line in lines.iter().filter(|l| {
        l.len() < 400 && (verify.find(l.as_bytes()).is_some() || has.find(l.as_bytes()).is_some())
    }) {
        // "News Week was unable to independently verify", "X has contacted".
        for phrase in phrases {
            if let Some(at) = phrase.find(line.as_bytes()) {
                let before = &line[..at];
                let start = before.rfind(". ").map_or(0, |p| p + 2);
                let name = before[start..].trim();
                let words: Vec<&str> = name.split_whitespace().collect();
                if (1..=4).contains(&words.len())
                    && words
                        .iter()
                        .all(|w| w.chars().next().is_some_and(char::is_uppercase))
                {
                    return Some(name.to_string());
                }
            }
        }
    }
    for line in lines.iter().rev() {
        if let Some(rest) = line.strip_prefix("Follow ") {
            if let Some(name) = clean(rest) {
                return Some(name);
            }
        }
    }
    None
}

/// "THE WASHINGTON EXAMINER" → "Washington Examiner"; mixed case is kept.
fn title_case(s: &str) -> String {
    if s.chars().any(char::is_lowercase) {
        return s.to_string();
    }
    s.split_whitespace()
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(c.flat_map(char::to_lowercase))
                    .collect::<String>(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headline_of(text: &str) -> Option<&str> {
        let mut paragraphs = Vec::new();
        let mut at = 0;
        for block in text.split("\n\n") {
            paragraphs.push(Span::new(at, at + block.len()));
            at += block.len() + 2;
        }
        analyse(text, &paragraphs)
            .headline
            .map(|h| &text[paragraphs[h].range()])
    }

    #[test]
    fn a_short_headline_before_a_one_sentence_lede_is_the_headline() {
        let text = "Chelsea sack Mutu\n\nChelsea have sacked Adrian Mutu after he failed a \
                    drugs test.\n\nThe club said more.";
        assert_eq!(headline_of(text), Some("Chelsea sack Mutu"));
    }

    #[test]
    fn a_short_label_before_a_headline_is_navigation() {
        let text = "World News\n\nStorm hits the coast of Florida\n\nThe storm arrived at \
                    night, officials said. It was strong.";
        assert_eq!(headline_of(text), Some("Storm hits the coast of Florida"));
    }
}
