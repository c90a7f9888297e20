//! The page's Content-Security-Policy, written into the built `index.html`.
//!
//! trunk's loader is an inline `<script type="module">` whose text names the
//! hashed file names, so it changes with every build. Allowing it by a nonce
//! would mean one fixed nonce in a static file, which protects nothing; its
//! SHA-256 hash allows exactly that script and nothing else. This crate owns
//! the policy; it must not know what the app renders.
//!
//! The policy: nothing from other origins; scripts only from the app's own
//! files, the hashed loader and `'wasm-unsafe-eval'` (to compile the module);
//! no inline event handlers or styles; no plugins, frames, forms or `<base>`.

use base64::Engine;
use sha2::{Digest, Sha256};

/// The directives besides `script-src`.
const REST: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; \
connect-src 'self'; font-src 'self'; manifest-src 'self'; object-src 'none'; \
frame-src 'none'; base-uri 'none'; form-action 'none'";

/// `html` with a CSP `<meta>` first in `<head>`, allowing its inline scripts by
/// hash. Fails on what the policy would silently break: no `<head>`, a policy
/// already present, or an inline event handler (`onclick=`) in the markup.
pub fn with_policy(html: &str) -> Result<String, String> {
    if html.contains("Content-Security-Policy") {
        return Err("index.html already has a Content-Security-Policy".into());
    }
    if let Some(handler) = inline_handler(html) {
        return Err(format!(
            "index.html has an inline event handler `{handler}`, which the policy forbids"
        ));
    }
    let hashes: Vec<String> = inline_scripts(html)
        .into_iter()
        .map(|script| {
            let digest = Sha256::digest(script.as_bytes());
            format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            )
        })
        .collect();
    let policy = format!(
        "script-src 'self' 'wasm-unsafe-eval'{}{}; {REST}",
        if hashes.is_empty() { "" } else { " " },
        hashes.join(" ")
    );
    let head = html.find("<head>").ok_or("index.html has no <head>")? + "<head>".len();
    Ok(format!(
        "{}\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\" />{}",
        &html[..head],
        &html[head..]
    ))
}

/// The text of every `<script>` without a `src` attribute.
fn inline_scripts(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find("<script") {
        let Some(tag_end) = rest[open..].find('>').map(|i| open + i + 1) else {
            break;
        };
        let tag = &rest[open..tag_end];
        let Some(close) = rest[tag_end..].find("</script>").map(|i| tag_end + i) else {
            break;
        };
        if !tag.contains(" src=") {
            out.push(&rest[tag_end..close]);
        }
        rest = &rest[close + "</script>".len()..];
    }
    out
}

/// The first ` on…=` attribute in `html`, if any.
fn inline_handler(html: &str) -> Option<&str> {
    let bytes = html.as_bytes();
    let mut i = 0;
    while let Some(at) = html[i..].find(" on").map(|k| i + k) {
        let name_end = html[at + 1..]
            .find(|c: char| !c.is_ascii_alphabetic())
            .map_or(html.len(), |k| at + 1 + k);
        if name_end > at + 3 && bytes.get(name_end) == Some(&b'=') && inside_tag(html, at) {
            return Some(&html[at + 1..name_end]);
        }
        i = at + 3;
    }
    None
}

/// Whether byte `at` is inside a tag (after a `<` with no `>` since).
fn inside_tag(html: &str, at: usize) -> bool {
    let before = &html[..at];
    match (before.rfind('<'), before.rfind('>')) {
        (Some(open), Some(close)) => open > close,
        (Some(_), None) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<html><head><title>t</title>\n<script type=\"module\">\nimport init from './a.js';\n</script><script src=\"x.js\"></script></head><body>on=1</body></html>";

    #[test]
    fn the_loader_is_allowed_by_its_hash_and_nothing_else_inline() {
        let out = with_policy(PAGE).unwrap();
        let digest = Sha256::digest(b"\nimport init from './a.js';\n");
        let hash = base64::engine::general_purpose::STANDARD.encode(digest);
        assert!(out.contains(&format!(
            "script-src 'self' 'wasm-unsafe-eval' 'sha256-{hash}';"
        )));
        assert!(out.starts_with("<html><head>\n    <meta http-equiv=\"Content-Security-Policy\""));
        assert!(!out.contains("unsafe-inline"));
        assert_eq!(out.matches("Content-Security-Policy").count(), 1);
    }

    #[test]
    fn what_the_policy_would_break_is_an_error() {
        assert!(with_policy(&with_policy(PAGE).unwrap()).is_err());
        assert!(with_policy("<html><body></body></html>").is_err());
        let err =
            with_policy("<html><head></head><body><img src=x onerror=\"go()\"></body></html>")
                .unwrap_err();
        assert!(err.contains("onerror"), "{err}");
    }

    #[test]
    fn the_known_sha256_vector() {
        // FIPS 180-2: SHA-256("abc").
        let digest = Sha256::digest(b"abc");
        assert_eq!(
            base64::engine::general_purpose::STANDARD.encode(digest),
            "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="
        );
    }
}
