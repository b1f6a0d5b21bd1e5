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

/// Which graphs a question reads: the merge of all article graphs, or one
/// article's graph.
#[derive(Clone, Debug)]
pub enum Dataset {
    /// The merge of all article graphs (the store's default graph; a store
    /// from before it held the merge: all graphs).
    Merged,
    /// One article's graph.
    Article(NamedNode),
}

impl Dataset {
    /// The graph to scan (`None`: all graphs).
    pub(crate) fn graph(&self, store: &Store) -> Option<GraphName> {
        match self {
            Dataset::Merged => {
                crate::store::has_merged_default_graph(store).then_some(GraphName::DefaultGraph)
            }
            Dataset::Article(g) => Some(GraphName::NamedNode(g.clone())),
        }
    }

    /// Every (subject, object) of predicate `p` in the dataset, each pair
    /// once, in the store's order.
    pub(crate) fn pairs(&self, store: &Store, p: &str) -> Result<Vec<(NamedOrBlankNode, Term)>> {
        let graph = self.graph(store);
        let p = NamedNode::new_unchecked(p);
        let mut seen = std::collections::HashSet::new();
        let mut found = Vec::new();
        for quad in store.quads_for_pattern(
            None,
            Some(p.as_ref()),
            None,
            graph.as_ref().map(|g| g.as_ref()),
        ) {
            let quad = quad.map_err(term_error)?;
            if seen.insert((quad.subject.clone(), quad.object.clone())) {
                found.push((quad.subject, quad.object));
            }
        }
        Ok(found)
    }

    /// The article graph of the article with this id (or IRI).
    pub fn article(store: &Store, id: &str) -> Result<Dataset> {
        let identifier = NamedNode::new_unchecked(format!("{}identifier", rdf::ns::SCHEMA));
        let literal: Term = oxigraph::model::Literal::new_simple_literal(id).into();
        let mut found: Vec<String> = Vec::new();
        for quad in store.quads_for_pattern(
            None,
            Some(identifier.as_ref()),
            Some(literal.as_ref()),
            None,
        ) {
            let quad = quad.map_err(term_error)?;
            if let (NamedOrBlankNode::NamedNode(s), GraphName::NamedNode(g)) =
                (&quad.subject, &quad.graph_name)
            {
                if s == g {
                    found.push(s.as_str().to_owned());
                }
            }
        }
        found.sort();
        if let Some(a) = found.first() {
            return Ok(Dataset::Article(NamedNode::new_unchecked(a.clone())));
        }
        if let Ok(iri) = NamedNode::new(id) {
            if store.contains_named_graph(&iri).map_err(term_error)? {
                return Ok(Dataset::Article(iri));
            }
        }
        Err(Error::Usage(format!(
            "no article with id {id:?} in the store"
        )))
    }
}

/// The IRI of a node, or `_:id` for a blank node.
pub(crate) fn node_text(node: &NamedOrBlankNode) -> String {
    match node {
        NamedOrBlankNode::NamedNode(n) => n.as_str().to_owned(),
        NamedOrBlankNode::BlankNode(b) => format!("_:{}", b.as_str()),
    }
}

/// The IRI of a term that is a node (`_:id` for a blank node).
pub(crate) fn term_node(term: &Term) -> Option<String> {
    match term {
        Term::NamedNode(n) => Some(n.as_str().to_owned()),
        Term::BlankNode(b) => Some(format!("_:{}", b.as_str())),
        _ => None,
    }
}
