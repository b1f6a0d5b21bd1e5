/*!
`vnkg query`: a user's SPARQL 1.1 query over the merge of the article
graphs, its results written as a table or a W3C results format (SELECT,
ASK) or as Turtle (CONSTRUCT, DESCRIBE), its syntax errors as one line
with the position.

Uses: `store` (the merged graph), `views::table`, `rdf` (prefixes).
*/

use crate::rdf;
use crate::views::table::{out_error, write_rows, Output, OutputFormat, Rows};
use crate::{Error, Result};
use oxigraph::io::RdfSerializer;
use oxigraph::sparql::results::QueryResultsSerializer;
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;

/// Turns a SPARQL syntax error into `LINE:COLUMN: message`.
/// The parser's list of expected tokens keeps the quoted tokens and drops
/// its character classes, so the message stays one readable line.
fn syntax_message(e: &impl std::fmt::Display) -> String {
    let text = e.to_string().replace('\n', " ");
    let text = text.strip_prefix("error at ").unwrap_or(&text);
    match text.split_once("expected one of ") {
        Some((head, list)) => {
            let items: Vec<&str> = list.split(", ").collect();
            let tokens: Vec<&str> = items
                .iter()
                .copied()
                .filter(|i| i.starts_with('"'))
                .collect();
            let more = if tokens.len() < items.len() {
                ", or a name or number"
            } else {
                ""
            };
            format!("{head}expected one of {}{more}", tokens.join(", "))
        }
        None => text.to_owned(),
    }
}

/// Parses `query` and binds it to `store` with the merge of the article
/// graphs as default graph (unless the query has FROM clauses).
fn prepare(query: &str, store: &Store) -> Result<oxigraph::sparql::PreparedSparqlQuery> {
    let mut prepared = SparqlEvaluator::new()
        .parse_query(query)
        .map_err(|e| Error::Query(syntax_message(&e)))?;
    crate::store::bind_merged_graph(&mut prepared, store);
    Ok(prepared)
}

/// Runs a user's SPARQL query: SELECT and ASK results in `format`,
/// CONSTRUCT and DESCRIBE as Turtle.
pub fn run_query(
    store: &Store,
    query: &str,
    format: OutputFormat,
    out: &mut Output<'_>,
) -> Result<()> {
    let results = prepare(query, store)?
        .on_store(store)
        .execute()
        .map_err(|e| Error::Query(e.to_string()))?;
    let eval = |e: oxigraph::sparql::QueryEvaluationError| Error::Query(e.to_string());
    match results {
        QueryResults::Solutions(solutions) => {
            let variables = solutions.variables().to_vec();
            match format.w3c() {
                // Streamed: no need to hold all rows.
                Some(w3c) => {
                    let mut serializer = QueryResultsSerializer::from_format(w3c)
                        .serialize_solutions_to_writer(&mut *out.writer, variables)
                        .map_err(out_error)?;
                    for solution in solutions {
                        serializer
                            .serialize(&solution.map_err(eval)?)
                            .map_err(out_error)?;
                    }
                    serializer.finish().map_err(out_error)?;
                    Ok(())
                }
                None => {
                    let mut rows = Rows {
                        columns: variables.iter().map(|v| v.as_str().to_owned()).collect(),
                        rows: Vec::new(),
                    };
                    for solution in solutions {
                        let solution = solution.map_err(eval)?;
                        rows.rows
                            .push(variables.iter().map(|v| solution.get(v).cloned()).collect());
                    }
                    write_rows(&rows, format, out)
                }
            }
        }
        QueryResults::Boolean(value) => match format.w3c() {
            Some(w3c) => {
                QueryResultsSerializer::from_format(w3c)
                    .serialize_boolean_to_writer(&mut *out.writer, value)
                    .map_err(out_error)?;
                Ok(())
            }
            None => writeln!(out.writer, "{value}").map_err(out_error),
        },
        QueryResults::Graph(triples) => {
            let mut serializer = RdfSerializer::from_format(oxigraph::io::RdfFormat::Turtle);
            for (prefix, namespace) in rdf::PREFIXES {
                serializer = serializer
                    .with_prefix(prefix, namespace)
                    .expect("the prefixes are valid IRIs");
            }
            let mut serializer = serializer.for_writer(&mut *out.writer);
            for triple in triples {
                serializer
                    .serialize_triple(&triple.map_err(eval)?)
                    .map_err(out_error)?;
            }
            serializer.finish().map_err(out_error)?;
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::views::fixture::store;

    #[test]
    fn query_errors_give_the_position() {
        let store = store();
        let mut buf = Vec::new();
        let mut out = Output {
            writer: &mut buf,
            width: None,
        };
        let e = run_query(
            store.inner(),
            "SELECT ?x WHERE { ?x",
            OutputFormat::Table,
            &mut out,
        )
        .unwrap_err()
        .to_string();
        assert!(e.starts_with("query: 1:"), "{e}");
    }

    #[test]
    fn query_results_in_each_format() {
        let store = store();
        let q = "PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT ?n WHERE { ?p foaf:name ?n } ORDER BY ?n LIMIT 1";
        let run = |format| {
            let mut buf = Vec::new();
            run_query(
                store.inner(),
                q,
                format,
                &mut Output {
                    writer: &mut buf,
                    width: None,
                },
            )
            .unwrap();
            String::from_utf8(buf).unwrap()
        };
        assert!(run(OutputFormat::Table).contains("Lê Anh Xuân"));
        assert_eq!(run(OutputFormat::Csv), "n\r\nLê Anh Xuân\r\n");
        assert_eq!(run(OutputFormat::Tsv), "?n\n\"Lê Anh Xuân\"@vi\n");
        assert!(run(OutputFormat::Json).contains("\"xml:lang\":\"vi\""));
        assert!(run(OutputFormat::Xml).starts_with("<?xml"));
        let mut buf = Vec::new();
        run_query(
            store.inner(),
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1",
            OutputFormat::Table,
            &mut Output {
                writer: &mut buf,
                width: None,
            },
        )
        .unwrap();
        assert!(String::from_utf8(buf).unwrap().contains("@prefix"));
    }
}
