//! The CSV form of a catalog: quotes and claims in one table, `record` saying
//! which; columns that do not apply to a record are empty, lists are joined
//! with `; `. The CLI and the app's download both write it, so they agree.
//!
//! Written by hand (RFC 4180 quoting) rather than with a CSV crate: the table
//! is fixed and small, and the app ships this code in its WASM bundle.

use crate::Catalog;

pub const HEADER: [&str; 13] = [
    "record",
    "id",
    "article",
    "text",
    "kind",
    "speaker_or_source",
    "cue",
    "certainty",
    "start",
    "end",
    "numbers",
    "dates",
    "entities",
];

/// The whole table, one `\n`-terminated line per record after the header.
pub fn write(catalog: &Catalog) -> String {
    let mut out = String::new();
    row(&mut out, HEADER.iter().copied());
    for q in &catalog.quotes {
        let (start, end) = (q.start.to_string(), q.end.to_string());
        row(
            &mut out,
            [
                "quote",
                &q.id,
                &q.article,
                &q.text,
                q.kind.name(),
                q.speaker.as_deref().unwrap_or(""),
                q.cue.as_deref().unwrap_or(""),
                "",
                &start,
                &end,
                "",
                "",
                "",
            ],
        );
    }
    for c in &catalog.claims {
        let numbers: Vec<&str> = c.numbers.iter().map(|n| n.text.as_str()).collect();
        let (start, end) = (c.start.to_string(), c.end.to_string());
        row(
            &mut out,
            [
                "claim",
                &c.id,
                &c.article,
                &c.text,
                c.kind.name(),
                c.source.as_deref().unwrap_or(""),
                "",
                c.certainty.name(),
                &start,
                &end,
                &numbers.join("; "),
                &c.dates.join("; "),
                &c.entities.join("; "),
            ],
        );
    }
    out
}

fn row<'a>(out: &mut String, fields: impl IntoIterator<Item = &'a str>) {
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_with_commas_quotes_or_newlines_are_quoted() {
        let mut out = String::new();
        row(&mut out, ["plain", "a,b", "say \"no\"", "two\nlines", ""]);
        assert_eq!(out, "plain,\"a,b\",\"say \"\"no\"\"\",\"two\nlines\",\n");
    }
}
