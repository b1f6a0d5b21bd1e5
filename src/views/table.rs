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
use oxigraph::model::vocab::xsd;
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
        Some(QueryResultsFormat::Tsv) if is_plain_text(rows) => {
            write_plain_tsv(rows, out.writer).map_err(out_error)
        }
        Some(w3c) => write_w3c(rows, w3c, out.writer).map_err(out_error),
    }
}

/// Writes rows in a W3C results format through Oxigraph's serializer.
fn write_w3c(rows: &Rows, w3c: QueryResultsFormat, writer: &mut dyn Write) -> std::io::Result<()> {
    let variables: Vec<Variable> = rows
        .columns
        .iter()
        .map(|c| Variable::new_unchecked(c.clone()))
        .collect();
    let mut serializer = QueryResultsSerializer::from_format(w3c)
        .serialize_solutions_to_writer(writer, variables.clone())?;
    for row in &rows.rows {
        serializer.serialize(
            variables
                .iter()
                .zip(row)
                .filter_map(|(v, t)| Some((v.as_ref(), t.as_ref()?.as_ref()))),
        )?;
    }
    serializer.finish()?;
    Ok(())
}

/// Whether every cell of `rows` is empty or plain text (a simple literal),
/// as in the reports (`posts`, `events`, `people`).
fn is_plain_text(rows: &Rows) -> bool {
    rows.rows.iter().flatten().flatten().all(|term| {
        matches!(term, Term::Literal(l) if l.language().is_none() && l.datatype() == xsd::STRING)
    })
}

/// Writes rows of plain text as W3C TSV, byte for byte as [`write_w3c`]
/// does, but copying the runs of text that need no escape whole: the
/// serializer escapes char by char, which was a fifth of `vnkg posts` on a
/// large store (its evidence sentences are most of the bytes).
fn write_plain_tsv(rows: &Rows, w: &mut dyn Write) -> std::io::Result<()> {
    let header: Vec<String> = rows.columns.iter().map(|c| format!("?{c}")).collect();
    writeln!(w, "{}", header.join("\t"))?;
    for row in &rows.rows {
        for i in 0..rows.columns.len() {
            if i > 0 {
                w.write_all(b"\t")?;
            }
            if let Some(Some(Term::Literal(text))) = row.get(i) {
                write_quoted(text.value(), w)?;
            }
        }
        w.write_all(b"\n")?;
    }
    Ok(())
}

/// `text` as a TSV string: quoted, with tab, line breaks, quote and
/// backslash escaped.
fn write_quoted(text: &str, w: &mut dyn Write) -> std::io::Result<()> {
    let escaped = |b: &u8| matches!(b, b'\t' | b'\n' | b'\r' | b'"' | b'\\');
    w.write_all(b"\"")?;
    let mut rest = text.as_bytes();
    // Most cells need no escape: one pass without early exit (which the
    // compiler vectorizes) tells so.
    if !rest.iter().fold(false, |any, b| any | escaped(b)) {
        w.write_all(rest)?;
        return w.write_all(b"\"");
    }
    while let Some(at) = rest.iter().position(escaped) {
        w.write_all(&rest[..at])?;
        w.write_all(match rest[at] {
            b'\t' => b"\\t",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'"' => b"\\\"",
            _ => b"\\\\",
        })?;
        rest = &rest[at + 1..];
    }
    w.write_all(rest)?;
    w.write_all(b"\"")
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_tsv_is_byte_for_byte_the_serializers() {
        let cells = [
            "tab\there",
            "line\nbreak\r",
            "quote \" and back\\slash",
            "Nguyễn Văn Hòa",
            "",
            "\"\\\t",
        ];
        let rows = Rows::of_text(
            ["a", "b", "c"],
            vec![
                [cells[0].into(), cells[1].into(), cells[2].into()],
                [cells[3].into(), cells[4].into(), cells[5].into()],
            ],
        );
        assert!(is_plain_text(&rows));
        let (mut ours, mut theirs) = (Vec::new(), Vec::new());
        write_plain_tsv(&rows, &mut ours).unwrap();
        write_w3c(&rows, QueryResultsFormat::Tsv, &mut theirs).unwrap();
        assert_eq!(
            String::from_utf8(ours).unwrap(),
            String::from_utf8(theirs).unwrap()
        );
    }

    #[test]
    fn a_cell_not_plain_text_goes_through_the_serializer() {
        let mut rows = Rows::of_text(["a"], vec![["x".into()]]);
        assert!(is_plain_text(&rows));
        rows.rows[0][0] = Some(oxigraph::model::NamedNode::new_unchecked("http://x/y").into());
        assert!(!is_plain_text(&rows));
        rows.rows[0][0] = Some(Literal::new_language_tagged_literal_unchecked("x", "vi").into());
        assert!(!is_plain_text(&rows));
    }
}
