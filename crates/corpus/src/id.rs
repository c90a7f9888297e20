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
    let normalised: String = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let hash = fnv1a32(format!("{article}\u{0}{prefix}\u{0}{normalised}").as_bytes());
    let base = format!("{article}.{prefix}-{hash:08x}");
    let n = seen.entry(base.clone()).or_insert(0);
    *n += 1;
    if *n == 1 {
        base
    } else {
        format!("{base}-{n}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
