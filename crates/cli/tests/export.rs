//! The export contract, through the real binary: field names, value names, ids
//! that resolve, and quote text equal to its bytes in the file.

use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn export(format: &str) -> String {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let out = Command::new(env!("CARGO_BIN_EXE_claimscope"))
        .args(["export"])
        .arg(&seeds)
        .args(["--format", format])
        .output()
        .expect("the binary runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn keys(v: &Value) -> Vec<&str> {
    let mut k: Vec<&str> = v
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    k.sort();
    k
}

#[test]
fn json_has_the_contract_shape_and_quotes_match_their_bytes() {
    let doc: Value = serde_json::from_str(&export("json")).expect("valid JSON");
    assert_eq!(
        keys(&doc),
        ["articles", "claims", "entities", "quotes", "sources"]
    );
    let articles = doc["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 5);
    for key in [
        "id", "file", "title", "outlet", "author", "date", "words", "warnings",
    ] {
        assert!(articles[0].get(key).is_some(), "article field {key}");
    }
    let source_ids: Vec<&str> = doc["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    for quote in doc["quotes"].as_array().unwrap() {
        for key in [
            "id", "article", "text", "kind", "speaker", "cue", "start", "end",
        ] {
            assert!(quote.get(key).is_some(), "quote field {key}");
        }
        assert!(["direct", "partial", "scare"].contains(&quote["kind"].as_str().unwrap()));
        if let Some(speaker) = quote["speaker"].as_str() {
            assert!(
                source_ids.contains(&speaker),
                "speaker {speaker} is a source id"
            );
        }
        let article = articles
            .iter()
            .find(|a| a["id"] == quote["article"])
            .expect("the quote's article");
        let bytes = std::fs::read(seeds.join(article["file"].as_str().unwrap())).unwrap();
        let (start, end) = (
            quote["start"].as_u64().unwrap() as usize,
            quote["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            std::str::from_utf8(&bytes[start..end]).unwrap(),
            quote["text"].as_str().unwrap()
        );
    }
    for source in doc["sources"].as_array().unwrap() {
        assert!([
            "person",
            "organization",
            "media",
            "government",
            "poll",
            "unnamed"
        ]
        .contains(&source["type"].as_str().unwrap()));
    }
    for claim in doc["claims"].as_array().unwrap() {
        assert!(["statistic", "event", "prediction", "assessment"]
            .contains(&claim["type"].as_str().unwrap()));
        assert!(
            ["asserted", "hedged", "speculative"].contains(&claim["certainty"].as_str().unwrap())
        );
    }
    // One person under one name across articles.
    let lukashenko: Vec<&Value> = doc["sources"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["name"].as_str().unwrap().contains("Lukashenko"))
        .collect();
    assert_eq!(lukashenko.len(), 1, "Lukashenko is one source");
    assert_eq!(lukashenko[0]["articles"].as_array().unwrap().len(), 5);
}

#[test]
fn csv_lists_quotes_and_claims() {
    let csv = export("csv");
    let mut lines = csv.lines();
    assert_eq!(lines.next().unwrap(), "record,id,article,text,kind,speaker_or_source,cue,certainty,start,end,numbers,dates,entities");
    assert!(csv.lines().any(|l| l.starts_with("quote,")));
    assert!(csv.lines().any(|l| l.starts_with("claim,")));
}

#[test]
fn csv_reads_back_as_the_json_records() {
    let doc: Value = serde_json::from_str(&export("json")).expect("valid JSON");
    let csv = export("csv");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("valid CSV")).collect();
    let quotes = doc["quotes"].as_array().unwrap();
    let claims = doc["claims"].as_array().unwrap();
    assert_eq!(rows.len(), quotes.len() + claims.len());
    for (row, record) in rows.iter().zip(quotes.iter().chain(claims)) {
        assert_eq!(&row[1], record["id"].as_str().unwrap());
        assert_eq!(
            &row[3],
            record["text"].as_str().unwrap(),
            "text survives quoting"
        );
    }
}
