//! A generated folder of hostile articles: what a user might drop into a
//! corpus by accident or on purpose. Shared by the native and browser tests
//! (e2e/tests/hostile_corpus.rs).

use std::path::Path;

/// One generated file and what the build must do with it.
pub struct HostileFile {
    pub name: &'static str,
    pub bytes: Vec<u8>,
    pub expect: Expect,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    /// Loads; the article list shows a warning naming the problem (this word).
    Warns(&'static str),
    /// Loads cleanly: ordinary text that merely looks unusual.
    Loads,
    /// Stops the build, which names the file and the position.
    Rejects,
    /// Not an article (not `.txt`): listed as skipped, never loaded.
    Skipped,
}

/// Every hostile file. `loadable` leaves out those that stop the build.
pub fn hostile_files(loadable: bool) -> Vec<HostileFile> {
    use Expect::*;
    let file = |name, bytes: Vec<u8>, expect| HostileFile {
        name,
        bytes,
        expect,
    };
    let mut many_quotes = String::from("Quote storm\n\n");
    for i in 0..50_000 {
        many_quotes.push_str(if i % 7 == 0 {
            "\u{201c}a\u{201d} "
        } else {
            "\"b\" "
        });
    }
    let mut files = vec![
        file("invalid-utf8.txt", b"Headline\n\nCaf\xe9 owners said \"no\".\n".to_vec(), Rejects),
        file("truncated-utf8.txt", b"Headline\n\nThe minister said \xe2\x80".to_vec(), Rejects),
        file("empty.txt", Vec::new(), Warns("empty")),
        file("whitespace.txt", b" \n\t\n\r\n   \n".to_vec(), Warns("whitespace")),
        file(
            "bom.txt",
            "\u{feff}BOM headline\n\nThe mayor said \u{201c}we are ready\u{201d}.\n".into(),
            Warns("byte-order mark"),
        ),
        file(
            "crlf.txt",
            b"Windows headline\r\n\r\nThe mayor said: \"We are ready.\"\r\n\r\nShe added that talks would go on.\r\n".to_vec(),
            Loads,
        ),
        file(
            "lone-cr.txt",
            b"Old Mac headline\r\rThe mayor said: \"We are ready.\"\r\rShe added that talks would go on.\r".to_vec(),
            Loads,
        ),
        file(
            "nul.txt",
            b"Headline\n\nThe\0 minister\0 said \"fine\".\n".to_vec(),
            Warns("NUL"),
        ),
        file("one-huge-line.txt", {
            let mut s = String::from("One line ");
            while s.len() < 5_000_000 {
                s.push_str("the spokesman said \"it is fine\" and word after word ");
            }
            s.into_bytes()
        }, Warns("line of")),
        file("quote-storm.txt", many_quotes.into_bytes(), Warns("quotation marks")),
        file(
            "unbalanced-quotes.txt",
            "Unbalanced headline\n\n\u{201c}Open and never closed, said the chair.\n\n\"Straight \u{201d} mixed \u{201c} marks\" here \u{201d}\u{201d}.\n\n\u{201c}Nested \u{201c}inner\u{201d} outer,\u{201d} she said.\n".into(),
            Warns("never closed"),
        ),
        file(
            "markup.txt",
            b"<h1>Markup headline</h1>\n\nHe said \"<script>window.__injected = 1</script>\" and <img src=x onerror=\"window.__injected = 2\"> then <a href=\"javascript:window.__injected = 3\">click</a>.\n".to_vec(),
            Warns("markup"),
        ),
        file(
            "rtl.txt",
            "\u{627}\u{644}\u{639}\u{646}\u{648}\u{627}\u{646}\n\nThe envoy said \u{201c}\u{645}\u{631}\u{62d}\u{628}\u{627}\u{201d} twice. Payload \u{202e}gpj.exe\u{202c} here.\n".into(),
            Warns("bidirectional"),
        ),
        file(
            "combining-and-emoji.txt",
            "Cafe\u{301} crowds \u{1f600}\n\nThe owner said \u{201c}we love it \u{1f44d}\u{1f3fd}\u{201d} and Zo\u{308}e agreed. Z\u{35b}\u{35b}\u{35b}a\u{35b}\u{35b}lgo text.\n".into(),
            Loads,
        ),
        file("dup-a.txt", b"Same story\n\nThe chair said \"again\".\n".to_vec(), Loads),
        file("dup-b.txt", b"Same story\n\nThe chair said \"again\".\n".to_vec(), Warns("same content")),
        file("notes.md", b"# not an article".to_vec(), Skipped),
        file("image.png", vec![0x89, b'P', b'N', b'G', 0, 0, 0xff], Skipped),
        file("README", b"no extension".to_vec(), Skipped),
    ];
    if loadable {
        files.retain(|f| f.expect != Expect::Rejects);
    }
    files
}

/// Writes the files into `dir`.
pub fn write_hostile_corpus(dir: &Path, loadable: bool) -> Vec<HostileFile> {
    let files = hostile_files(loadable);
    for f in &files {
        std::fs::write(dir.join(f.name), &f.bytes).expect("write a hostile file");
    }
    files
}
