//! `claimscope export DIR [--format json|csv]`.

use claimscope_model::Catalog;
use std::io::Write;
use std::path::Path;

pub fn run(args: &[String]) -> Result<(), String> {
    let mut dir = None;
    let mut format = "json".to_string();
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--format" => {
                format = args.get(i + 1).ok_or("--format needs json or csv")?.clone();
                i += 1;
            }
            other if other.starts_with("--format=") => {
                format = other["--format=".len()..].to_string()
            }
            other if dir.is_none() => dir = Some(other.to_string()),
            other => return Err(format!("unexpected argument `{other}`")),
        }
        i += 1;
    }
    let dir = dir.ok_or("export needs a folder: claimscope export DIR")?;
    let (report, built) = claimscope_catalog::build_dir(Path::new(&dir))?;
    eprintln!("claimscope: {}", report.summary());
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match format.as_str() {
        "json" => {
            serde_json::to_writer_pretty(&mut out, &built.catalog).map_err(|e| e.to_string())?;
            writeln!(out).map_err(|e| e.to_string())
        }
        "csv" => write_csv(&built.catalog, out),
        other => Err(format!("unknown format `{other}` (json or csv)")),
    }
}

/// Quotes and claims in one table: `record` says which; columns that do not
/// apply to a record are empty. Lists are joined with `; `.
pub fn write_csv(catalog: &Catalog, out: impl Write) -> Result<(), String> {
    let mut w = csv::Writer::from_writer(out);
    let header = [
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
    w.write_record(header).map_err(|e| e.to_string())?;
    for q in &catalog.quotes {
        w.write_record([
            "quote",
            &q.id,
            &q.article,
            &q.text,
            q.kind.name(),
            q.speaker.as_deref().unwrap_or(""),
            q.cue.as_deref().unwrap_or(""),
            "",
            &q.start.to_string(),
            &q.end.to_string(),
            "",
            "",
            "",
        ])
        .map_err(|e| e.to_string())?;
    }
    for c in &catalog.claims {
        let numbers: Vec<&str> = c.numbers.iter().map(|n| n.text.as_str()).collect();
        w.write_record([
            "claim",
            &c.id,
            &c.article,
            &c.text,
            c.kind.name(),
            c.source.as_deref().unwrap_or(""),
            "",
            c.certainty.name(),
            &c.start.to_string(),
            &c.end.to_string(),
            &numbers.join("; "),
            &c.dates.join("; "),
            &c.entities.join("; "),
        ])
        .map_err(|e| e.to_string())?;
    }
    w.flush().map_err(|e| e.to_string())
}
