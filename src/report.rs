/*!
Answers read from the store: SPARQL query results, the posts table and the
events table, written as an aligned text table or in the W3C SPARQL
results formats (CSV, TSV, JSON, XML).

Reports are built with fixed SPARQL (no user text is ever spliced into a
query: names given with `--person` or `--org` are matched in Rust, without
regard to case or diacritics, and only the IRIs that match go back into a
query) and joined in Rust, so that a name with quotes or braces cannot
change what a query means.
*/

use crate::rdf;
use crate::{Error, EventType, Result};
use comfy_table::{presets, ContentArrangement, Table};
use oxigraph::io::RdfSerializer;
use oxigraph::model::{Literal, NamedNode, Term, Variable};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, QuerySolution, SparqlEvaluator};
use oxigraph::store::Store;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Write;
use unicode_normalization::UnicodeNormalization;

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

    fn w3c(self) -> Option<QueryResultsFormat> {
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

fn out_error(e: std::io::Error) -> Error {
    Error::Io {
        path: "<output>".into(),
        source: e,
    }
}

/// Compact text of a term for tables: literals by value, IRIs with the
/// contract's prefixes where they make a valid prefixed name.
pub fn term_text(term: &Term) -> String {
    match term {
        Term::Literal(l) => l.value().to_owned(),
        Term::NamedNode(n) => compact_iri(n.as_str()),
        Term::BlankNode(b) => b.to_string(),
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    }
}

fn compact_iri(iri: &str) -> String {
    for (prefix, namespace) in rdf::PREFIXES {
        if let Some(local) = iri.strip_prefix(namespace) {
            if !local.is_empty()
                && local
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            {
                return format!("{prefix}:{local}");
            }
        }
    }
    iri.to_owned()
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

/// Turns a SPARQL syntax error into `LINE:COLUMN: message`.
fn syntax_message(e: &impl std::fmt::Display) -> String {
    let text = e.to_string();
    text.strip_prefix("error at ").unwrap_or(&text).to_owned()
}

/// Parses `query` and binds it to `store` with the union of the article
/// graphs as default graph (unless the query has FROM clauses).
fn prepare(query: &str) -> Result<oxigraph::sparql::PreparedSparqlQuery> {
    let mut prepared = SparqlEvaluator::new()
        .parse_query(query)
        .map_err(|e| Error::Query(syntax_message(&e)))?;
    if prepared.dataset().is_default_dataset() {
        prepared.dataset_mut().set_default_graph_as_union();
    }
    Ok(prepared)
}

/// Runs a SELECT query of our own and collects its rows.
fn select(store: &Store, query: &str) -> Result<Vec<QuerySolution>> {
    match prepare(query)?
        .on_store(store)
        .execute()
        .map_err(|e| Error::Query(e.to_string()))?
    {
        QueryResults::Solutions(solutions) => solutions
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(|e| Error::Query(e.to_string())),
        _ => Err(Error::Query("expected a SELECT query".into())),
    }
}

/// Runs a user's SPARQL query: SELECT and ASK results in `format`,
/// CONSTRUCT and DESCRIBE as Turtle.
pub fn run_query(
    store: &Store,
    query: &str,
    format: OutputFormat,
    out: &mut Output<'_>,
) -> Result<()> {
    let results = prepare(query)?
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

/// Lower case, no diacritics (`đ` → `d`), words of letters and digits
/// separated by single spaces: the form names are matched in.
pub fn fold(text: &str) -> String {
    // TODO(lead): use crate::normalize::fold once it lands, if it folds
    // punctuation to spaces too.
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.nfd() {
        let c = match c {
            'đ' | 'Đ' => 'd',
            c if ('\u{300}'..='\u{36f}').contains(&c) => continue,
            c => c,
        };
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.extend(c.to_lowercase());
        } else {
            space = true;
        }
    }
    out
}

/// Whether `name` contains the words of `query`, in order, without regard
/// to case or diacritics (`xuan` matches `Lê Anh Xuân`).
pub fn name_matches(name: &str, query: &str) -> bool {
    let query = fold(query);
    !query.is_empty() && format!(" {} ", fold(name)).contains(&format!(" {query} "))
}

const PREFIXES_SPARQL: &str = "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <http://schema.org/>
PREFIX vnkg: <https://w3id.org/vnkg/ontology#>
";

fn text(solution: &QuerySolution, var: &str) -> String {
    solution.get(var).map(term_text).unwrap_or_default()
}

fn iri_of(solution: &QuerySolution, var: &str) -> Option<NamedNode> {
    match solution.get(var)? {
        Term::NamedNode(n) => Some(n.clone()),
        _ => None,
    }
}

/// `VALUES ?var { <iri> ... }` — IRIs only, never user text.
fn values(var: &str, iris: &HashSet<NamedNode>) -> String {
    let mut sorted: Vec<String> = iris.iter().map(|n| n.to_string()).collect();
    sorted.sort();
    format!("VALUES ?{var} {{ {} }}", sorted.join(" "))
}

/// The people whose name matches `query`.
fn matching_people(store: &Store, query: &str) -> Result<HashSet<NamedNode>> {
    let q = format!(
        "{PREFIXES_SPARQL}SELECT DISTINCT ?p ?name WHERE {{ ?p a foaf:Person ; foaf:name ?name }}"
    );
    Ok(select(store, &q)?
        .iter()
        .filter(|s| name_matches(&text(s, "name"), query))
        .filter_map(|s| iri_of(s, "p"))
        .collect())
}

/// The organizations one of whose labels matches `query`.
fn matching_orgs(store: &Store, query: &str) -> Result<HashSet<NamedNode>> {
    let q = format!(
        "{PREFIXES_SPARQL}SELECT DISTINCT ?o ?label WHERE {{ ?o a org:Organization ; skos:prefLabel|skos:altLabel ?label }}"
    );
    Ok(select(store, &q)?
        .iter()
        .filter(|s| name_matches(&text(s, "label"), query))
        .filter_map(|s| iri_of(s, "o"))
        .collect())
}

/// Filters of the posts table.
#[derive(Clone, Debug, Default)]
pub struct PostFilter {
    pub person: Option<String>,
    pub org: Option<String>,
}

fn simple(text: String) -> Option<Term> {
    (!text.is_empty()).then(|| Literal::new_simple_literal(text).into())
}

/// The posts table: person, role, organization, status, date, article,
/// evidence; one row per membership, sorted by person, organization, role.
pub fn posts(store: &Store, filter: &PostFilter) -> Result<Rows> {
    let mut constraints = String::new();
    if let Some(name) = &filter.person {
        let people = matching_people(store, name)?;
        if people.is_empty() {
            return Ok(posts_rows(Vec::new()));
        }
        constraints.push_str(&values("p", &people));
    }
    if let Some(name) = &filter.org {
        let orgs = matching_orgs(store, name)?;
        if orgs.is_empty() {
            return Ok(posts_rows(Vec::new()));
        }
        constraints.push_str(&values("o", &orgs));
    }
    let q = format!(
        "{PREFIXES_SPARQL}SELECT ?name ?role ?orgName ?status ?date ?article ?evidence WHERE {{
  {constraints}
  GRAPH ?g {{
    ?m a org:Membership ; org:member ?p ; org:role ?r ; org:organization ?o ;
       vnkg:status ?status ; prov:wasDerivedFrom ?a .
    ?p foaf:name ?name .
    ?r skos:prefLabel ?role .
    ?o skos:prefLabel ?orgName .
    ?a schema:identifier ?article .
    OPTIONAL {{ ?m vnkg:date ?date }}
    OPTIONAL {{ ?m vnkg:evidence ?evidence }}
  }}
}}"
    );
    let mut found: Vec<[String; 7]> = select(store, &q)?
        .iter()
        .map(|s| {
            [
                text(s, "name"),
                text(s, "role"),
                text(s, "orgName"),
                text(s, "status").trim_start_matches("vnkg:").to_lowercase(),
                text(s, "date"),
                text(s, "article"),
                text(s, "evidence"),
            ]
        })
        .collect();
    found.sort_by_cached_key(|r| {
        (
            fold(&r[0]),
            fold(&r[2]),
            fold(&r[1]),
            r[4].clone(),
            r[5].clone(),
            r[3].clone(),
        )
    });
    found.dedup();
    Ok(posts_rows(found))
}

fn posts_rows(found: Vec<[String; 7]>) -> Rows {
    Rows {
        columns: [
            "person",
            "role",
            "organization",
            "status",
            "date",
            "article",
            "evidence",
        ]
        .map(String::from)
        .to_vec(),
        rows: found
            .into_iter()
            .map(|r| r.into_iter().map(simple).collect())
            .collect(),
    }
}

/// Filters of the events table. Dates are `YYYY`, `YYYY-MM` or
/// `YYYY-MM-DD`; both bounds are inclusive.
#[derive(Clone, Debug, Default)]
pub struct EventFilter {
    pub person: Option<String>,
    pub org: Option<String>,
    pub kind: Option<EventType>,
    pub from: Option<String>,
    pub to: Option<String>,
}

/// Checks a date bound: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
pub fn parse_date_bound(s: &str) -> std::result::Result<String, String> {
    let s = s.trim();
    let ok = match s.len() {
        4 => s.chars().all(|c| c.is_ascii_digit()),
        7 | 10 => crate::PubDate::parse(s).is_some(),
        _ => false,
    };
    if ok {
        Ok(s.to_owned())
    } else {
        Err(format!(
            "'{s}' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"
        ))
    }
}

/// Whether an event date (`YYYY-MM-DD`, or `--MM-DD` without year) lies
/// within the bounds; a date without year matches no bound.
fn date_within(date: &str, from: Option<&str>, to: Option<&str>) -> bool {
    if from.is_none() && to.is_none() {
        return true;
    }
    if date.is_empty() || date.starts_with("--") {
        return false;
    }
    from.is_none_or(|f| date[..f.len().min(date.len())] >= *f)
        && to.is_none_or(|t| date[..t.len().min(date.len())] <= *t)
}

const PART_ORDER: [&str; 7] = [
    "chair",
    "speaker",
    "presenter",
    "recipient",
    "elected",
    "appointed",
    "attendee",
];

/// The events table: type, date, participants (with their part),
/// organizer, location, article, evidence; sorted by date.
pub fn events(store: &Store, filter: &EventFilter) -> Result<Rows> {
    let types: Vec<String> = EventType::ALL
        .iter()
        .filter(|t| filter.kind.is_none_or(|k| k == **t))
        .map(|t| format!("vnkg:{}", t.as_str()))
        .collect();
    let q = format!(
        "{PREFIXES_SPARQL}SELECT ?e ?type ?date ?end ?location ?article ?evidence WHERE {{
  VALUES ?type {{ {} }}
  GRAPH ?g {{
    ?e a ?type ; prov:wasDerivedFrom ?a .
    ?a schema:identifier ?article .
    OPTIONAL {{ ?e schema:startDate ?date }}
    OPTIONAL {{ ?e schema:endDate ?end }}
    OPTIONAL {{ ?e schema:location ?location }}
    OPTIONAL {{ ?e vnkg:evidence ?evidence }}
  }}
}}",
        types.join(" ")
    );
    let parts = PART_ORDER
        .iter()
        .map(|p| {
            if *p == "attendee" {
                "schema:attendee".to_owned()
            } else {
                format!("vnkg:{p}")
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    let q_people = format!(
        "{PREFIXES_SPARQL}SELECT ?e ?p ?name ?part WHERE {{
  VALUES ?part {{ {parts} }}
  GRAPH ?g {{ ?e ?part ?p . ?p foaf:name ?name }}
}}"
    );
    let q_orgs = format!(
        "{PREFIXES_SPARQL}SELECT ?e ?o ?name ?rel WHERE {{
  VALUES ?rel {{ schema:organizer vnkg:conferredBy }}
  GRAPH ?g {{ ?e ?rel ?o . ?o skos:prefLabel ?name }}
}}"
    );

    // event → person → (name, parts)
    let mut people: HashMap<NamedNode, BTreeMap<NamedNode, (String, HashSet<String>)>> =
        HashMap::new();
    for s in select(store, &q_people)? {
        let (Some(e), Some(p)) = (iri_of(&s, "e"), iri_of(&s, "p")) else {
            continue;
        };
        let part = text(&s, "part");
        let part = part.rsplit([':', '#', '/']).next().unwrap_or("").to_owned();
        let entry = people
            .entry(e)
            .or_default()
            .entry(p)
            .or_insert_with(|| (text(&s, "name"), HashSet::new()));
        entry.1.insert(part);
    }
    // event → organizers (and conferring bodies, for --org)
    let mut organizers: HashMap<NamedNode, Vec<(NamedNode, String, bool)>> = HashMap::new();
    for s in select(store, &q_orgs)? {
        let (Some(e), Some(o)) = (iri_of(&s, "e"), iri_of(&s, "o")) else {
            continue;
        };
        let is_organizer = text(&s, "rel") == "schema:organizer";
        organizers
            .entry(e)
            .or_default()
            .push((o, text(&s, "name"), is_organizer));
    }
    let wanted_people = match &filter.person {
        Some(name) => Some(matching_people(store, name)?),
        None => None,
    };
    let wanted_orgs = match &filter.org {
        Some(name) => Some(matching_orgs(store, name)?),
        None => None,
    };

    let mut found: Vec<[String; 7]> = Vec::new();
    let mut done: HashSet<NamedNode> = HashSet::new();
    for s in select(store, &q)? {
        let Some(e) = iri_of(&s, "e") else { continue };
        if !done.insert(e.clone()) {
            continue;
        }
        let date = text(&s, "date");
        if !date_within(&date, filter.from.as_deref(), filter.to.as_deref()) {
            continue;
        }
        let empty = BTreeMap::new();
        let participants = people.get(&e).unwrap_or(&empty);
        if let Some(wanted) = &wanted_people {
            if !participants.keys().any(|p| wanted.contains(p)) {
                continue;
            }
        }
        let orgs = organizers.get(&e).map(Vec::as_slice).unwrap_or(&[]);
        if let Some(wanted) = &wanted_orgs {
            if !orgs.iter().any(|(o, _, _)| wanted.contains(o)) {
                continue;
            }
        }
        let mut listed: Vec<(usize, String, String)> = participants
            .values()
            .map(|(name, parts)| {
                let mut own: Vec<&str> = PART_ORDER
                    .iter()
                    .copied()
                    .filter(|p| *p != "attendee" && parts.contains(*p))
                    .collect();
                let rank = PART_ORDER
                    .iter()
                    .position(|p| parts.contains(*p) && (*p != "attendee" || own.is_empty()))
                    .unwrap_or(PART_ORDER.len());
                let label = if own.is_empty() {
                    name.clone()
                } else {
                    own.dedup();
                    format!("{name} ({})", own.join(", "))
                };
                (rank, fold(name), label)
            })
            .collect();
        listed.sort();
        let mut org_names: Vec<&str> = orgs
            .iter()
            .filter(|(_, _, is_organizer)| *is_organizer)
            .map(|(_, name, _)| name.as_str())
            .collect();
        org_names.sort();
        org_names.dedup();
        let mut date_text = date;
        let end = text(&s, "end");
        if !end.is_empty() && end != date_text {
            date_text = format!("{date_text}/{end}");
        }
        found.push([
            text(&s, "type").trim_start_matches("vnkg:").to_owned(),
            date_text,
            listed
                .into_iter()
                .map(|(_, _, label)| label)
                .collect::<Vec<_>>()
                .join("; "),
            org_names.join("; "),
            text(&s, "location"),
            text(&s, "article"),
            text(&s, "evidence"),
        ]);
    }
    found.sort_by(|a, b| (&a[1], &a[5], &a[0], &a[6]).cmp(&(&b[1], &b[5], &b[0], &b[6])));
    Ok(Rows {
        columns: [
            "type",
            "date",
            "participants",
            "organizer",
            "location",
            "article",
            "evidence",
        ]
        .map(String::from)
        .to_vec(),
        rows: found
            .into_iter()
            .map(|r| r.into_iter().map(simple).collect())
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        Article, Event, EventDate, Extraction, Org, Part, Participant, Post, PubDate, Status,
    };

    fn store() -> crate::store::Store {
        let post = |person: &str, role: &str, org: &str, status| Post {
            person: person.into(),
            role: role.into(),
            org: Org {
                name: org.into(),
                alt_labels: vec![format!("alt {org}")],
                parent: None,
            },
            status,
            evidence: format!("{person} là {role} {org}."),
        };
        let a = Extraction {
            article: Article {
                id: "a".into(),
                title: "T".into(),
                date: Some(PubDate::YearMonth(2024, 12)),
                body: String::new(),
                url: None,
            },
            posts: vec![
                post("Lê Anh Xuân", "Bí thư", "Thành ủy Thanh Hóa", Status::Held),
                post(
                    "Trần Anh Chung",
                    "Chủ tịch",
                    "Ủy ban nhân dân thành phố Thanh Hóa",
                    Status::Former,
                ),
                post("Tên \"}\n Lạ", "Chủ tịch", "Hội {x}", Status::Starts),
            ],
            ranks: vec![],
            events: vec![Event {
                kind: crate::EventType::Conference,
                date: Some(EventDate::Full(2024, 12, 10)),
                end_date: None,
                participants: vec![
                    Participant {
                        person: "Trần Anh Chung".into(),
                        part: Part::Attendee,
                    },
                    Participant {
                        person: "Lê Anh Xuân".into(),
                        part: Part::Chair,
                    },
                ],
                organizers: vec![Org::named("Thành ủy Thanh Hóa")],
                location: None,
                awards: vec![],
                conferred_by: None,
                recipient_count: None,
                generates: vec![],
                evidence: "Sáng 10/12, hội nghị.".into(),
            }],
        };
        let store = crate::store::Store::temporary().unwrap();
        store
            .replace_articles(&[("a".into(), rdf::quads(&a))])
            .unwrap();
        store
    }

    fn column(rows: &Rows, name: &str) -> Vec<String> {
        let i = rows.columns.iter().position(|c| c == name).unwrap();
        rows.rows
            .iter()
            .map(|r| r[i].as_ref().map(term_text).unwrap_or_default())
            .collect()
    }

    #[test]
    fn names_match_without_case_or_diacritics_on_word_boundaries() {
        assert!(name_matches("Lê Anh Xuân", "le anh xuan"));
        assert!(name_matches("Lê Anh Xuân", "XUÂN"));
        assert!(name_matches("Tỉnh ủy Thanh Hoá", "thanh hóa"));
        assert!(!name_matches("Lê Anh Xuân", "Xu"));
        assert!(!name_matches("Lê Anh Xuân", "  "));
    }

    #[test]
    fn posts_lists_every_membership_with_status_and_evidence() {
        let store = store();
        let rows = posts(store.inner(), &PostFilter::default()).unwrap();
        assert_eq!(
            column(&rows, "person"),
            ["Lê Anh Xuân", "Tên \"}\n Lạ", "Trần Anh Chung"]
        );
        assert_eq!(column(&rows, "status"), ["held", "starts", "former"]);
        assert_eq!(column(&rows, "date"), ["2024-12"; 3]);
        assert_eq!(column(&rows, "article"), ["a"; 3]);
        assert_eq!(
            column(&rows, "evidence")[0],
            "Lê Anh Xuân là Bí thư Thành ủy Thanh Hóa."
        );
    }

    #[test]
    fn posts_filters_by_person_and_org_label_including_alt_labels() {
        let store = store();
        let by = |person: Option<&str>, org: Option<&str>| {
            let filter = PostFilter {
                person: person.map(String::from),
                org: org.map(String::from),
            };
            column(&posts(store.inner(), &filter).unwrap(), "person")
        };
        assert_eq!(by(Some("xuan"), None), ["Lê Anh Xuân"]);
        assert_eq!(by(None, Some("ủy ban nhân dân")), ["Trần Anh Chung"]);
        assert_eq!(by(None, Some("alt thành ủy")), ["Lê Anh Xuân"]);
        assert!(by(Some("Nobody"), None).is_empty());
    }

    #[test]
    fn hostile_names_cannot_change_the_query() {
        let store = store();
        for hostile in [
            "\"} } SELECT * { ?s ?p ?o",
            "\"}\n",
            "x' OR 1=1",
            "}}}{{{",
            "\\",
        ] {
            let filter = PostFilter {
                person: Some(hostile.into()),
                org: None,
            };
            let rows = posts(store.inner(), &filter).unwrap();
            assert!(rows.rows.len() <= 1, "{hostile}");
        }
        let filter = PostFilter {
            person: Some("tên \"}\n lạ".into()),
            org: Some("hội {x}".into()),
        };
        assert_eq!(posts(store.inner(), &filter).unwrap().rows.len(), 1);
    }

    #[test]
    fn events_show_parts_and_filter_by_date_type_and_person() {
        let store = store();
        let rows = events(store.inner(), &EventFilter::default()).unwrap();
        assert_eq!(
            column(&rows, "participants"),
            ["Lê Anh Xuân (chair); Trần Anh Chung"]
        );
        assert_eq!(column(&rows, "organizer"), ["Thành ủy Thanh Hóa"]);
        assert_eq!(column(&rows, "date"), ["2024-12-10"]);
        let count = |f: EventFilter| events(store.inner(), &f).unwrap().rows.len();
        assert_eq!(
            count(EventFilter {
                from: Some("2024-12".into()),
                to: Some("2024".into()),
                ..Default::default()
            }),
            1
        );
        assert_eq!(
            count(EventFilter {
                from: Some("2025".into()),
                ..Default::default()
            }),
            0
        );
        assert_eq!(
            count(EventFilter {
                kind: Some(EventType::Signing),
                ..Default::default()
            }),
            0
        );
        assert_eq!(
            count(EventFilter {
                person: Some("anh chung".into()),
                ..Default::default()
            }),
            1
        );
        assert_eq!(
            count(EventFilter {
                org: Some("Thanh Hóa".into()),
                ..Default::default()
            }),
            1
        );
    }

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
