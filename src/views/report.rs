/*!
Answers read from the store: SPARQL query results, the posts table and the
events table, written as an aligned text table or in the W3C SPARQL
results formats (CSV, TSV, JSON, XML).

The posts and events tables are read straight from the store's indexes
(one range scan per question, no SPARQL): they stay fast on large stores,
and names given with `--person` or `--org` are matched in Rust, without
regard to case or diacritics, so no user text ever reaches a query.
*/

use crate::rdf::{self, ns};
use crate::{Error, EventType, Part, Result, Status};
use comfy_table::{presets, ContentArrangement, Table};
use oxigraph::io::RdfSerializer;
use oxigraph::model::{
    GraphName, GraphNameRef, Literal, NamedNode, NamedOrBlankNode, Term, Variable,
};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;
use std::collections::{HashMap, HashSet};
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

pub use crate::normalize::fold;

/// Whether `name` contains the words of `query`, in order, without regard
/// to case or diacritics (`xuan` matches `Lê Anh Xuân`).
pub fn name_matches(name: &str, query: &str) -> bool {
    let query = fold(query);
    !query.is_empty() && format!(" {} ", fold(name)).contains(&format!(" {query} "))
}

/// Reads facts straight from the store's indexes (no SPARQL): one range
/// scan per question, so tables stay fast on large stores, and names
/// given by the user never reach a query.
struct Facts<'a> {
    store: &'a Store,
    labels: HashMap<(NamedOrBlankNode, &'static str, GraphName), String>,
}

fn term_error(e: impl std::fmt::Display) -> Error {
    Error::Store(e.to_string())
}

impl<'a> Facts<'a> {
    fn new(store: &'a Store) -> Facts<'a> {
        Facts {
            store,
            labels: HashMap::new(),
        }
    }

    /// Every (subject, article graph) with this predicate and object.
    fn subjects(&self, p: &NamedNode, o: &Term) -> Result<Vec<(NamedOrBlankNode, GraphName)>> {
        let mut found = Vec::new();
        for quad in self
            .store
            .quads_for_pattern(None, Some(p.as_ref()), Some(o.as_ref()), None)
        {
            let quad = quad.map_err(term_error)?;
            if !quad.graph_name.is_default_graph() {
                found.push((quad.subject, quad.graph_name));
            }
        }
        Ok(found)
    }

    /// Every (predicate, object) of a subject in one graph.
    fn properties(&self, s: &NamedOrBlankNode, g: &GraphName) -> Result<Vec<(NamedNode, Term)>> {
        self.store
            .quads_for_pattern(Some(s.as_ref()), None, None, Some(g.as_ref()))
            .map(|q| q.map(|q| (q.predicate, q.object)).map_err(term_error))
            .collect()
    }

    /// The label (`foaf:name`, `skos:prefLabel`) of a node, preferably from
    /// graph `g` (the article's own spelling); cached per node and graph.
    fn label(&mut self, node: &Term, property: &'static str, g: &GraphName) -> Result<String> {
        let node = match node {
            Term::NamedNode(n) => NamedOrBlankNode::NamedNode(n.clone()),
            Term::BlankNode(b) => NamedOrBlankNode::BlankNode(b.clone()),
            other => return Ok(term_text(other)),
        };
        let key = (node.clone(), property, g.clone());
        if let Some(label) = self.labels.get(&key) {
            return Ok(label.clone());
        }
        let p = NamedNode::new_unchecked(property);
        let mut found = None;
        for graph in [Some(g.as_ref()), Some(GraphNameRef::DefaultGraph), None] {
            let mut quads =
                self.store
                    .quads_for_pattern(Some(node.as_ref()), Some(p.as_ref()), None, graph);
            if let Some(q) = quads.next() {
                found = Some(term_text(&q.map_err(term_error)?.object));
                break;
            }
        }
        let label = found.unwrap_or_else(|| node.to_string());
        self.labels.insert(key, label.clone());
        Ok(label)
    }

    /// Nodes whose value of one of `properties` matches `query` (folded,
    /// whole words), restricted to IRIs starting with `kind`.
    fn matching(&self, properties: &[&str], kind: &str, query: &str) -> Result<HashSet<Term>> {
        let mut folded: HashMap<String, bool> = HashMap::new();
        let mut found = HashSet::new();
        // The merged default graph states each label once.
        let graph = crate::store::has_merged_default_graph(self.store)
            .then_some(oxigraph::model::GraphNameRef::DefaultGraph);
        for property in properties {
            let p = NamedNode::new_unchecked(*property);
            for quad in self
                .store
                .quads_for_pattern(None, Some(p.as_ref()), None, graph)
            {
                let quad = quad.map_err(term_error)?;
                let NamedOrBlankNode::NamedNode(node) = &quad.subject else {
                    continue;
                };
                if !node.as_str().starts_with(kind) {
                    continue;
                }
                let text = term_text(&quad.object);
                let hit = *folded
                    .entry(text)
                    .or_insert_with_key(|text| name_matches(text, query));
                if hit {
                    found.insert(Term::NamedNode(node.clone()));
                }
            }
        }
        Ok(found)
    }

    fn people(&self, query: &str) -> Result<HashSet<Term>> {
        self.matching(&[FOAF_NAME], &format!("{}person/", ns::ID), query)
    }

    fn orgs(&self, query: &str) -> Result<HashSet<Term>> {
        self.matching(&[PREF_LABEL, ALT_LABEL], &format!("{}org/", ns::ID), query)
    }
}

const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const FOAF_NAME: &str = "http://xmlns.com/foaf/0.1/name";
const PREF_LABEL: &str = "http://www.w3.org/2004/02/skos/core#prefLabel";
const ALT_LABEL: &str = "http://www.w3.org/2004/02/skos/core#altLabel";

fn named(iri: String) -> NamedNode {
    NamedNode::new_unchecked(iri)
}

/// The article id of a graph (its IRI decoded), or the graph name.
pub(crate) fn article_of(g: &GraphName) -> String {
    match g {
        GraphName::NamedNode(n) => rdf::article_id(n.as_str()).unwrap_or_else(|| n.to_string()),
        other => other.to_string(),
    }
}

/// Filters of the posts table.
#[derive(Clone, Debug, Default)]
pub struct PostFilter {
    pub person: Option<String>,
    pub org: Option<String>,
}

pub(crate) fn simple(text: String) -> Option<Term> {
    (!text.is_empty()).then(|| Literal::new_simple_literal(text).into())
}

/// IRIs of the organizations whose label (preferred or alternative)
/// matches `query` (folded, whole words).
pub fn matching_orgs(store: &Store, query: &str) -> Result<HashSet<String>> {
    Ok(Facts::new(store)
        .orgs(query)?
        .into_iter()
        .map(|t| match t {
            Term::NamedNode(n) => n.into_string(),
            other => other.to_string(),
        })
        .collect())
}

/// One membership as stated by one article: who, which role in which
/// organization, with which status, when, where and in which words.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Membership {
    /// The membership node.
    pub node: String,
    /// The person's IRI in the article graph (name-based).
    pub person: String,
    pub name: String,
    pub role: String,
    pub role_label: String,
    pub org: String,
    pub org_label: String,
    pub status: Status,
    /// The article's date (`YYYY-MM` or `YYYY-MM-DD`), empty if unknown.
    pub date: String,
    pub article: String,
    pub evidence: String,
}

/// Every membership of the store that passes the filter, read from the
/// indexes; sorted by person, organization, role, date, article.
pub fn memberships(store: &Store, filter: &PostFilter) -> Result<Vec<Membership>> {
    let mut facts = Facts::new(store);
    let member = named(format!("{}member", ns::ORG));
    let candidates = match &filter.person {
        Some(name) => {
            let mut found = Vec::new();
            for person in facts.people(name)? {
                found.extend(facts.subjects(&member, &person)?);
            }
            found
        }
        None => facts.subjects(&named(RDF_TYPE.into()), &membership_class())?,
    };
    let found = read_memberships(&mut facts, candidates)?;
    let mut found = filter_memberships(
        store,
        found,
        &PostFilter {
            person: None,
            org: filter.org.clone(),
        },
    )?;
    sort_memberships(&mut found);
    Ok(found)
}

/// The memberships stated in these graphs (unsorted).
pub fn memberships_in(store: &Store, graphs: &[GraphName]) -> Result<Vec<Membership>> {
    let mut facts = Facts::new(store);
    let (kind, class) = (named(RDF_TYPE.into()), membership_class());
    let mut candidates = Vec::new();
    for g in graphs {
        for quad in store.quads_for_pattern(
            None,
            Some(kind.as_ref()),
            Some(class.as_ref()),
            Some(g.as_ref()),
        ) {
            candidates.push((quad.map_err(term_error)?.subject, g.clone()));
        }
    }
    read_memberships(&mut facts, candidates)
}

/// Of all the memberships of a store (as [`memberships`] gives them, from
/// the cache), those that pass the filter, matched as [`memberships`]
/// matches them.
pub fn filter_memberships(
    store: &Store,
    mut all: Vec<Membership>,
    filter: &PostFilter,
) -> Result<Vec<Membership>> {
    if let Some(name) = &filter.person {
        all.retain(|m| name_matches(&m.name, name));
    }
    if let Some(name) = &filter.org {
        let wanted = matching_orgs(store, name)?;
        all.retain(|m| wanted.contains(&m.org));
    }
    Ok(all)
}

/// Sorts memberships by person, organization, role, date, article and
/// drops repeats.
pub fn sort_memberships(found: &mut Vec<Membership>) {
    found.sort_by_cached_key(|m| {
        (
            fold(&m.name),
            fold(&m.org_label),
            fold(&m.role_label),
            m.date.clone(),
            m.article.clone(),
            m.status.as_str(),
            m.person.clone(),
            // Then everything else, so the order never depends on the
            // order read (spellings that fold alike, say).
            (m.name.clone(), m.org_label.clone(), m.role_label.clone()),
            (
                m.node.clone(),
                m.org.clone(),
                m.role.clone(),
                m.evidence.clone(),
            ),
        )
    });
    found.dedup();
}

fn membership_class() -> Term {
    named(format!("{}Membership", ns::ORG)).into()
}

/// Reads each candidate membership node (in its graph) into a row; nodes
/// without a person, role and organization are left out.
fn read_memberships(
    facts: &mut Facts<'_>,
    candidates: Vec<(NamedOrBlankNode, GraphName)>,
) -> Result<Vec<Membership>> {
    let mut found: Vec<Membership> = Vec::new();
    for (m, g) in candidates {
        let (mut person, mut role, mut org) = (None, None, None);
        let (mut status, mut date, mut evidence) = (Status::Held, String::new(), String::new());
        let mut is_membership = false;
        for (p, o) in facts.properties(&m, &g)? {
            if p.as_str() == RDF_TYPE {
                is_membership |= o == membership_class();
                continue;
            }
            match p
                .as_str()
                .strip_prefix(ns::ORG)
                .or_else(|| p.as_str().strip_prefix(ns::VNKG))
            {
                Some("member") => person = Some(o),
                Some("role") => role = Some(o),
                Some("organization") => org = Some(o),
                Some("status") => {
                    let iri = match &o {
                        Term::NamedNode(n) => n.as_str(),
                        _ => "",
                    };
                    status = Status::parse(rdf::local_name(iri)).unwrap_or(Status::Held)
                }
                Some("date") => date = term_text(&o),
                Some("evidence") if evidence.is_empty() => evidence = term_text(&o),
                _ => {}
            }
        }
        let (Some(person), Some(role), Some(org), true) = (person, role, org, is_membership) else {
            continue;
        };
        let iri = |t: &Term| match t {
            Term::NamedNode(n) => n.as_str().to_owned(),
            other => other.to_string(),
        };
        found.push(Membership {
            node: match &m {
                NamedOrBlankNode::NamedNode(n) => n.as_str().to_owned(),
                other => other.to_string(),
            },
            name: facts.label(&person, FOAF_NAME, &g)?,
            role_label: facts.label(&role, PREF_LABEL, &g)?,
            org_label: facts.label(&org, PREF_LABEL, &g)?,
            person: iri(&person),
            role: iri(&role),
            org: iri(&org),
            status,
            date,
            article: article_of(&g),
            evidence,
        });
    }
    Ok(found)
}

/// The per-fact posts table: person, role, organization, status, date,
/// article, evidence; one row per membership of each article, sorted by
/// person, organization, role. (`vnkg posts --facts`; the default table
/// aggregates these rows per person and post, see `tenure`.)
pub fn posts(store: &Store, filter: &PostFilter) -> Result<Rows> {
    Ok(posts_table(memberships(store, filter)?))
}

/// The per-fact posts table of these memberships (see [`posts`]).
pub fn posts_table(memberships: Vec<Membership>) -> Rows {
    let mut found: Vec<[String; 7]> = memberships
        .into_iter()
        .map(|m| {
            [
                m.name,
                m.role_label,
                m.org_label,
                m.status.as_str().to_owned(),
                m.date,
                m.article,
                m.evidence,
            ]
        })
        .collect();
    found.dedup();
    posts_rows(found)
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
    let prefix = |bound: &str| {
        date.get(..bound.len().min(date.len()))
            .unwrap_or(date)
            .to_owned()
    };
    from.is_none_or(|f| prefix(f).as_str() >= f) && to.is_none_or(|t| prefix(t).as_str() <= t)
}

/// The events table: type, date, participants (with their part),
/// organizer, location, article, evidence; sorted by date.
pub fn events(store: &Store, filter: &EventFilter) -> Result<Rows> {
    let mut facts = Facts::new(store);
    let wanted_people = match &filter.person {
        Some(name) => Some(facts.people(name)?),
        None => None,
    };
    let wanted_orgs = match &filter.org {
        Some(name) => Some(facts.orgs(name)?),
        None => None,
    };
    let mut candidates = Vec::new();
    for kind in EventType::ALL {
        if filter.kind.is_some_and(|k| k != kind) {
            continue;
        }
        let class = named(format!("{}{}", ns::VNKG, kind.as_str()));
        for (e, g) in facts.subjects(&named(RDF_TYPE.into()), &class.into())? {
            candidates.push((kind, e, g));
        }
    }
    let mut found: Vec<[String; 7]> = Vec::new();
    for (kind, e, g) in candidates {
        let (mut date, mut end, mut location, mut evidence) =
            (String::new(), String::new(), String::new(), String::new());
        let mut parts: HashMap<Term, HashSet<Part>> = HashMap::new();
        let mut organizers: Vec<Term> = Vec::new();
        let mut bodies: Vec<Term> = Vec::new();
        for (p, o) in facts.properties(&e, &g)? {
            let p = p.as_str();
            if let Some(local) = p.strip_prefix(ns::SCHEMA) {
                match local {
                    "startDate" => date = term_text(&o),
                    "endDate" => end = term_text(&o),
                    "location" => location = term_text(&o),
                    "organizer" => organizers.push(o),
                    "attendee" => {
                        parts.entry(o).or_default().insert(Part::Attendee);
                    }
                    _ => {}
                }
            } else if let Some(local) = p.strip_prefix(ns::VNKG) {
                if let Some(part) = Part::from_property(local) {
                    parts.entry(o).or_default().insert(part);
                } else if local == "evidence" && evidence.is_empty() {
                    evidence = term_text(&o);
                } else if local == "conferredBy" {
                    bodies.push(o);
                }
            }
        }
        if !date_within(&date, filter.from.as_deref(), filter.to.as_deref()) {
            continue;
        }
        if wanted_people
            .as_ref()
            .is_some_and(|w| !parts.keys().any(|p| w.contains(p)))
        {
            continue;
        }
        if wanted_orgs
            .as_ref()
            .is_some_and(|w| !organizers.iter().chain(&bodies).any(|o| w.contains(o)))
        {
            continue;
        }
        let mut listed: Vec<(usize, String, String)> = Vec::new();
        for (person, own) in &parts {
            let name = facts.label(person, FOAF_NAME, &g)?;
            let special: Vec<&str> = Part::LISTED
                .into_iter()
                .filter(|p| *p != Part::Attendee && own.contains(p))
                .map(|p| p.property())
                .collect();
            let rank = Part::LISTED
                .iter()
                .position(|p| own.contains(p))
                .unwrap_or(Part::LISTED.len());
            let label = if special.is_empty() {
                name.clone()
            } else {
                format!("{name} ({})", special.join(", "))
            };
            listed.push((rank, fold(&name), label));
        }
        listed.sort();
        let mut org_names = Vec::new();
        for o in &organizers {
            org_names.push(facts.label(o, PREF_LABEL, &g)?);
        }
        org_names.sort();
        org_names.dedup();
        if !end.is_empty() && end != date {
            date = format!("{date}/{end}");
        }
        found.push([
            kind.as_str().to_owned(),
            date,
            listed
                .into_iter()
                .map(|(_, _, label)| label)
                .collect::<Vec<_>>()
                .join("; "),
            org_names.join("; "),
            location,
            article_of(&g),
            evidence,
        ]);
    }
    found.sort_by(|a, b| (&a[1], &a[5], &a[0], &a[6]).cmp(&(&b[1], &b[5], &b[0], &b[6])));
    found.dedup();
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
