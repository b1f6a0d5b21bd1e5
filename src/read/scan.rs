/*!
The quad-level reader the rest of `read` stands on: the subjects of a
predicate and object, the properties of a node in one article graph, the
label of a node (preferably the article's own spelling), and how a term is
shown as text.

Why a module of its own: every question of the tables is one range scan of
the store's indexes (no SPARQL), so tables stay fast on large stores and
no user text ever reaches a query; the scans and their label cache are
written once, here.

Uses: Oxigraph's store, `rdf` (prefixes, article ids).
*/

use crate::rdf;
use crate::{Error, Result};
use oxigraph::model::{GraphName, GraphNameRef, NamedNode, NamedOrBlankNode, Term};
use oxigraph::store::Store;
use std::collections::HashMap;

pub(crate) const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
pub(crate) const FOAF_NAME: &str = "http://xmlns.com/foaf/0.1/name";
pub(crate) const PREF_LABEL: &str = "http://www.w3.org/2004/02/skos/core#prefLabel";
pub(crate) const ALT_LABEL: &str = "http://www.w3.org/2004/02/skos/core#altLabel";

pub(crate) fn named(iri: String) -> NamedNode {
    NamedNode::new_unchecked(iri)
}

pub(crate) fn term_error(e: impl std::fmt::Display) -> Error {
    Error::Store(e.to_string())
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

/// The article id of a graph (its IRI decoded), or the graph name.
pub(crate) fn article_of(g: &GraphName) -> String {
    match g {
        GraphName::NamedNode(n) => rdf::article_id(n.as_str()).unwrap_or_else(|| n.to_string()),
        other => other.to_string(),
    }
}

/// Reads facts straight from the store's indexes (no SPARQL): one range
/// scan per question, so tables stay fast on large stores, and names
/// given by the user never reach a query.
pub(crate) struct Scan<'a> {
    pub(crate) store: &'a Store,
    labels: HashMap<(NamedOrBlankNode, &'static str, GraphName), String>,
}

impl<'a> Scan<'a> {
    pub(crate) fn new(store: &'a Store) -> Scan<'a> {
        Scan {
            store,
            labels: HashMap::new(),
        }
    }

    /// Every (subject, article graph) with this predicate and object.
    pub(crate) fn subjects(
        &self,
        p: &NamedNode,
        o: &Term,
    ) -> Result<Vec<(NamedOrBlankNode, GraphName)>> {
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
    pub(crate) fn properties(
        &self,
        s: &NamedOrBlankNode,
        g: &GraphName,
    ) -> Result<Vec<(NamedNode, Term)>> {
        self.store
            .quads_for_pattern(Some(s.as_ref()), None, None, Some(g.as_ref()))
            .map(|q| q.map(|q| (q.predicate, q.object)).map_err(term_error))
            .collect()
    }

    /// The label (`foaf:name`, `skos:prefLabel`) of a node, preferably from
    /// graph `g` (the article's own spelling); cached per node and graph.
    pub(crate) fn label(
        &mut self,
        node: &Term,
        property: &'static str,
        g: &GraphName,
    ) -> Result<String> {
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
}
