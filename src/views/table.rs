/*!
Result tables and how they are written: named columns and rows of terms,
as an aligned text table (on a terminal) or in the W3C SPARQL results
formats (CSV, TSV, JSON, XML). Every table view (posts, events, people,
query results) ends here.

Uses: `read::scan` (the text of a term).
*/

use crate::read::scan::term_text;
use crate::{Error, Result};
use comfy_table::{presets, ContentArrangement, Table};
use oxigraph::model::{Literal, Term, Variable};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use std::io::Write;

/// How a report or query result is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputFormat {
    /// Aligned text table (the default on a terminal).
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
}

impl OutputFormat {
    pub const NAMES: &'static str = "table, csv, tsv, json, xml";

    pub fn parse(name: &str) -> Option<OutputFormat> {
        match name.to_ascii_lowercase().as_str() {
            "table" => Some(OutputFormat::Table),
            "csv" => Some(OutputFormat::Csv),
            "tsv" => Some(OutputFormat::Tsv),
            "json" => Some(OutputFormat::Json),
            "xml" => Some(OutputFormat::Xml),
            _ => None,
        }
    }

    pub(crate) fn w3c(self) -> Option<QueryResultsFormat> {
        match self {
            OutputFormat::Table => None,
            OutputFormat::Csv => Some(QueryResultsFormat::Csv),
            OutputFormat::Tsv => Some(QueryResultsFormat::Tsv),
            OutputFormat::Json => Some(QueryResultsFormat::Json),
            OutputFormat::Xml => Some(QueryResultsFormat::Xml),
        }
    }
}

/// Where output goes and how wide a table may be.
pub struct Output<'a> {
    pub writer: &'a mut dyn Write,
    /// Wrap table cells to this width (a terminal); `None`: never wrap.
    pub width: Option<u16>,
}

/// A result table: named columns, rows of optional terms.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rows {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Option<Term>>>,
}

pub(crate) fn out_error(e: std::io::Error) -> Error {
    Error::Io {
        path: "<output>".into(),
        source: e,
    }
}

/// Writes rows as a table or in a W3C results format.
pub fn write_rows(rows: &Rows, format: OutputFormat, out: &mut Output<'_>) -> Result<()> {
    match format.w3c() {
        None => {
            let mut table = Table::new();
            table.load_preset(presets::UTF8_FULL_CONDENSED);
            match out.width {
                Some(width) => {
                    table.set_content_arrangement(ContentArrangement::Dynamic);
                    table.set_width(width);
                }
                None => {
                    table.set_content_arrangement(ContentArrangement::Disabled);
                }
            }
            table.set_header(rows.columns.clone());
            // In reports, the evidence sentence wraps; short columns
            // (names, dates, ids) stay whole.
            if out.width.is_some() && rows.columns.iter().any(|c| c == "evidence") {
                for (i, name) in rows.columns.iter().enumerate() {
                    if name != "evidence" && name != "participants" {
                        if let Some(column) = table.column_mut(i) {
                            column.set_constraint(comfy_table::ColumnConstraint::ContentWidth);
                        }
                    }
                }
            }
            for row in &rows.rows {
                table.add_row(
                    row.iter()
                        .map(|t| t.as_ref().map(term_text).unwrap_or_default())
                        .collect::<Vec<_>>(),
                );
            }
            writeln!(out.writer, "{table}").map_err(out_error)
        }
        Some(w3c) => {
            let variables: Vec<Variable> = rows
                .columns
                .iter()
                .map(|c| Variable::new_unchecked(c.clone()))
                .collect();
            let mut serializer = QueryResultsSerializer::from_format(w3c)
                .serialize_solutions_to_writer(&mut *out.writer, variables.clone())
                .map_err(out_error)?;
            for row in &rows.rows {
                serializer
                    .serialize(
                        variables
                            .iter()
                            .zip(row)
                            .filter_map(|(v, t)| Some((v.as_ref(), t.as_ref()?.as_ref()))),
                    )
                    .map_err(out_error)?;
            }
            serializer.finish().map_err(out_error)?;
            Ok(())
        }
    }
}

impl Rows {
    /// A table whose cells are all text (`simple`), each row as wide as
    /// `columns`.
    pub fn of_text<const N: usize>(columns: [&str; N], rows: Vec<[String; N]>) -> Rows {
        Rows {
            columns: columns.map(String::from).to_vec(),
            rows: rows
                .into_iter()
                .map(|r| r.into_iter().map(simple).collect())
                .collect(),
        }
    }
}

/// A table cell of text; empty text is an empty cell.
pub fn simple(text: String) -> Option<Term> {
    (!text.is_empty()).then(|| Literal::new_simple_literal(text).into())
}
