/*!
The gold annotations: `posts.tsv`, `ranks.tsv` and `events.tsv` of
`annotation-guide.md`, read per article, with the path and line of any bad
row in the error.

Uses: `model` (statuses, event types), `error`.
*/

use std::collections::{HashMap, HashSet};
use std::path::Path;

use crate::{Error, Result};

#[derive(Debug, Default)]
pub(super) struct GoldArticle {
    pub(super) posts: Vec<GoldPost>,
    pub(super) ranks: Vec<FactRank>,
    pub(super) events: Vec<FactEvent>,
}

#[derive(Debug)]
pub(super) struct GoldPost {
    pub(super) person: String,
    pub(super) role: String,
    /// The ` | ` alternatives.
    pub(super) orgs: Vec<String>,
    pub(super) status: String,
    pub(super) evidence: String,
}

#[derive(Debug)]
pub(super) struct FactRank {
    pub(super) person: String,
    pub(super) rank: String,
    pub(super) evidence: String,
}

#[derive(Debug)]
pub(super) struct FactEvent {
    pub(super) kind: String,
    pub(super) date: String,
    pub(super) participants: Vec<String>,
    pub(super) evidence: String,
}

pub(super) struct Gold {
    pub(super) articles: HashMap<String, GoldArticle>,
}

impl Gold {
    pub(super) fn read(dir: &Path, wanted: &HashSet<&str>) -> Result<Gold> {
        let mut articles: HashMap<String, GoldArticle> = HashMap::new();

        let path = dir.join("posts.tsv");
        let table = Table::read(&path, &["article", "person", "role", "org"])?;
        for (line, row) in &table.rows {
            let cell = |column| table.cell(row, column);
            if !wanted.contains(cell("article")) {
                continue;
            }
            let status = cell("status").to_lowercase();
            if !status.is_empty() && crate::Status::parse(&status).is_none() {
                return Err(Error::Input {
                    path,
                    line: *line,
                    message: format!("unknown status `{status}`"),
                });
            }
            let orgs = cell("org")
                .split('|')
                .map(str::trim)
                .filter(|o| !o.is_empty())
                .map(String::from)
                .collect();
            let article = articles.entry(cell("article").to_string()).or_default();
            article.posts.push(GoldPost {
                person: cell("person").to_string(),
                role: cell("role").to_string(),
                orgs,
                status,
                evidence: cell("evidence").to_string(),
            });
        }

        let table = Table::read(&dir.join("ranks.tsv"), &["article", "person", "rank"])?;
        for (_, row) in &table.rows {
            let cell = |column| table.cell(row, column);
            if !wanted.contains(cell("article")) {
                continue;
            }
            let article = articles.entry(cell("article").to_string()).or_default();
            article.ranks.push(FactRank {
                person: cell("person").to_string(),
                rank: cell("rank").to_string(),
                evidence: String::new(),
            });
        }

        let path = dir.join("events.tsv");
        let table = Table::read(&path, &["article", "type", "date", "participants"])?;
        for (line, row) in &table.rows {
            let cell = |column| table.cell(row, column);
            if !wanted.contains(cell("article")) {
                continue;
            }
            let Some(kind) = crate::EventType::parse(cell("type")) else {
                return Err(Error::Input {
                    path,
                    line: *line,
                    message: format!("unknown event type `{}`", cell("type")),
                });
            };
            let article = articles.entry(cell("article").to_string()).or_default();
            article.events.push(FactEvent {
                kind: kind.as_str().to_string(),
                date: cell("date").to_string(),
                participants: cell("participants")
                    .split(';')
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .map(String::from)
                    .collect(),
                evidence: String::new(),
            });
        }
        Ok(Gold { articles })
    }
}

/// A gold TSV: its columns by (lower-case) name and its data rows with
/// their line numbers.
pub(super) struct Table {
    pub(super) columns: HashMap<String, usize>,
    pub(super) rows: Vec<(usize, csv::StringRecord)>,
}

impl Table {
    /// Reads a tab-separated file with a header line (no quoting: evidence
    /// quotes stay as written); fails when a `required` column is missing.
    pub(super) fn read(path: &Path, required: &[&str]) -> Result<Table> {
        let input_error = |line: usize, message: String| Error::Input {
            path: path.to_path_buf(),
            line,
            message,
        };
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b'\t')
            .quoting(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let header = reader
            .headers()
            .map_err(|e| input_error(1, e.to_string()))?;
        let columns: HashMap<String, usize> = header
            .iter()
            .enumerate()
            .map(|(i, name)| (name.trim().to_lowercase(), i))
            .collect();
        if let Some(missing) = required.iter().find(|c| !columns.contains_key(**c)) {
            return Err(input_error(1, format!("missing column `{missing}`")));
        }
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| {
                let line = e.position().map_or(0, |p| p.line() as usize);
                input_error(line, e.to_string())
            })?;
            if record.iter().all(|cell| cell.trim().is_empty()) {
                continue;
            }
            rows.push((record.position().map_or(0, |p| p.line() as usize), record));
        }
        Ok(Table { columns, rows })
    }

    /// The trimmed cell of a column, empty when the column or cell is missing.
    pub(super) fn cell<'r>(&self, record: &'r csv::StringRecord, column: &str) -> &'r str {
        self.columns
            .get(column)
            .and_then(|&i| record.get(i))
            .map_or("", str::trim)
    }
}
