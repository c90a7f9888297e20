//! Article ids: human-readable, derived from the file's relative path alone.
//!
//! A path whose stem uses only `[A-Za-z0-9_-]` (and `/` between folders) keeps it as
//! its id: `business/001.txt` → `business/001`. Any other path is slugged and gets a
//! short hash of the full path, so two paths never share an id and no id depends on
//! which other files exist.

/// The id of the article stored at `relative_path` (`/`-separated, with extension).
pub fn article_id(relative_path: &str) -> String {
    let stem = match relative_path.len().checked_sub(4) {
        Some(cut)
            if relative_path.is_char_boundary(cut)
                && relative_path[cut..].eq_ignore_ascii_case(".txt") =>
        {
            &relative_path[..cut]
        }
        _ => relative_path,
    };
    let lossless = !stem.is_empty()
        && stem.split('/').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        });
    if lossless {
        return stem.to_string();
    }
    let mut slug = String::with_capacity(stem.len());
    for c in stem.chars() {
        let keep = if c.is_ascii_alphanumeric() || c == '_' || c == '/' {
            c
        } else {
            '-'
        };
        if keep == '-' && slug.ends_with('-') {
            continue;
        }
        slug.push(keep);
    }
    let slug = slug.trim_matches(|c| c == '-' || c == '/');
    let slug = if slug.is_empty() { "article" } else { slug };
    format!("{slug}-{:08x}", fnv1a32(relative_path.as_bytes()))
}

/// FNV-1a: tiny, stable across platforms and releases (unlike `DefaultHasher`).
pub fn fnv1a32(bytes: &[u8]) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for &b in bytes {
        hash ^= u32::from(b);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash
}

/// The id of a quote (`prefix` "q") or claim ("c") of `article`:
/// `article.q-1a2b3c4d`, a hash of the normalised text, so it survives any
/// change elsewhere; a repeated text gets `-2`, `-3` in the order met. `seen`
/// counts bases across one corpus (the catalog assigns ids with it, and the
/// bundle recomputes them with it instead of storing them).
pub fn item_id(
    article: &str,
    prefix: &str,
    text: &str,
    seen: &mut std::collections::HashMap<String, u32>,
) -> String {
    let hash = normalised_hash(article, prefix, text);
    let base = format!("{article}.{prefix}-{hash:08x}");
    let n = seen.entry(base.clone()).or_insert(0);
    *n += 1;
    if *n == 1 {
        base
    } else {
        format!("{base}-{n}")
    }
}

/// The article of a quote's or claim's id (`business/001.q-1a2b3c4d` gives
/// `business/001`): article ids never hold a dot, so it is what comes before
/// the first one. None for anything not shaped as an item id.
pub fn article_of_item(id: &str) -> Option<&str> {
    let (article, rest) = id.split_once('.')?;
    let kind_and_hash = rest
        .strip_prefix("q-")
        .or_else(|| rest.strip_prefix("c-"))?;
    (!article.is_empty() && !kind_and_hash.is_empty()).then_some(article)
}

/// FNV-1a of `article \0 prefix \0 text`, the text with its whitespace runs
/// made single spaces and lowercased, hashed as it is read: the bundle
/// recomputes every quote's and claim's id at start-up, and building the
/// normalised text (three copies of it) was most of that time.
fn normalised_hash(article: &str, prefix: &str, text: &str) -> u32 {
    // `str::to_lowercase` lowercases a word-final capital sigma to "ς", which
    // depends on context; such text takes the plain path.
    if text.contains('Σ') {
        return slow_normalised_hash(article, prefix, text);
    }
    let mut hash: u32 = 0x811c_9dc5;
    let mut feed = |bytes: &[u8]| {
        for &b in bytes {
            hash ^= u32::from(b);
            hash = hash.wrapping_mul(0x0100_0193);
        }
    };
    feed(article.as_bytes());
    feed(&[0]);
    feed(prefix.as_bytes());
    feed(&[0]);
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            feed(b" ");
        }
        if word.is_ascii() {
            for b in word.bytes() {
                feed(&[b.to_ascii_lowercase()]);
            }
        } else {
            let mut buf = [0u8; 4];
            for c in word.chars().flat_map(char::to_lowercase) {
                feed(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    hash
}

/// The definition `normalised_hash` follows, kept for the text it cannot stream.
fn slow_normalised_hash(article: &str, prefix: &str, text: &str) -> u32 {
    let normalised: String = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    fnv1a32(format!("{article}\u{0}{prefix}\u{0}{normalised}").as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn the_streamed_hash_is_the_definition(text in "\\PC*", article in "[a-z/0-9]{0,12}") {
            proptest::prop_assert_eq!(
                normalised_hash(&article, "q", &text),
                slow_normalised_hash(&article, "q", &text)
            );
        }
    }

    #[test]
    fn the_streamed_hash_handles_capitals_accents_and_odd_spaces() {
        for text in [
            "Hello  World",
            " ÉCOLE\u{a0}Ça va\t",
            "İstanbul",
            "ΟΔΥΣΣΕΥΣ",
            "ß ẞ",
            "",
        ] {
            assert_eq!(
                normalised_hash("a/b", "c", text),
                slow_normalised_hash("a/b", "c", text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn plain_names_keep_their_stem() {
        assert_eq!(
            article_id("000_4172e767977550c4.txt"),
            "000_4172e767977550c4"
        );
        assert_eq!(article_id("business/001.txt"), "business/001");
    }

    #[test]
    fn other_names_are_slugged_with_a_hash_of_the_path() {
        let a = article_id("a b.txt");
        let b = article_id("a-b.txt");
        assert_eq!(b, "a-b");
        assert!(a.starts_with("a-b-") && a.len() == "a-b-".len() + 8, "{a}");
        assert_ne!(article_id("Ünïcode.txt"), article_id("nicode.txt"));
        assert!(article_id("...txt").starts_with("article-"));
    }

    #[test]
    fn ids_are_stable_values() {
        // Pinned: changing the hash would break every shared link.
        assert_eq!(fnv1a32(b""), 0x811c_9dc5);
        assert_eq!(fnv1a32(b"a"), 0xe40c_292c);
    }

    #[test]
    fn an_items_id_names_its_article() {
        let mut seen = std::collections::HashMap::new();
        for article in ["business/001", article_id("Odd name (2).txt").as_str()] {
            let id = item_id(article, "q", "Some words", &mut seen);
            assert_eq!(article_of_item(&id), Some(article));
        }
        assert_eq!(article_of_item("business/001"), None);
        assert_eq!(article_of_item("a.x-1"), None);
        assert_eq!(article_of_item(".q-1"), None);
    }
}
