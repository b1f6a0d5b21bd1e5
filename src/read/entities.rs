/*!
The people, organizations, roles and awards of a dataset (the merge of the
article graphs, or one article), with every label the dataset gives them,
and the relations between them that are not memberships or events: which
organization belongs to which, which award an event gives, who confers
what. What the relationship graph draws besides memberships and events.

People are those of the article graphs, not the resolved people that the
derived graphs add for names shared by several officials.

Uses: `read::scan`, `rdf`; one SPARQL query (constant, no user text) for
the people of the article graphs, which the query engine dedups before
spelling them.
*/

use crate::rdf::{self, ns};
use crate::read::scan::{
    node_text, term_error, term_node, Dataset, ALT_LABEL, FOAF_NAME, PREF_LABEL, RDF_TYPE,
};
use crate::Result;
use oxigraph::model::{NamedNode, Term};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;
use std::collections::{BTreeMap, BTreeSet};

/// A label as stated: a literal's value, or `None` for a value that is not
/// a literal.
pub type Label = Option<String>;

/// The entities of a dataset. Each labelled map gives, for a node, every
/// label it has (none: an empty list).
#[derive(Default)]
pub struct Entities {
    /// `foaf:Person`s of the article graphs → their `foaf:name`s.
    pub persons: BTreeMap<String, Vec<Label>>,
    /// `org:Organization`s → their `skos:prefLabel`s.
    pub orgs: BTreeMap<String, Vec<Label>>,
    /// Any node → its `skos:altLabel`s (literals only).
    pub alt_labels: BTreeMap<String, BTreeSet<String>>,
    /// (organization, parent) by `org:subOrganizationOf`, a node never its
    /// own parent.
    pub sub_orgs: BTreeSet<(String, String)>,
    /// The roles asked for → their `skos:prefLabel`s (literals only;
    /// roles without one are left out).
    pub roles: BTreeMap<String, Vec<String>>,
    /// `vnkg:Award`s and the awards events give → their `skos:prefLabel`s.
    pub awards: BTreeMap<String, Vec<Label>>,
    /// (event, award) by `vnkg:award`.
    pub event_awards: BTreeSet<(String, String)>,
    /// (event or award, organization) by `vnkg:conferredBy`.
    pub conferred: BTreeSet<(String, String)>,
}

fn literal(term: &Term) -> Label {
    match term {
        Term::Literal(l) => Some(l.value().to_owned()),
        _ => None,
    }
}

/// Every label (values of `property`) of each of `nodes`.
fn labels_of(
    store: &Store,
    dataset: &Dataset,
    nodes: BTreeSet<String>,
    property: &str,
) -> Result<BTreeMap<String, Vec<Label>>> {
    let mut found: BTreeMap<String, Vec<Label>> =
        nodes.iter().map(|n| (n.clone(), Vec::new())).collect();
    for (s, o) in dataset.pairs(store, property)? {
        if let Some(labels) = found.get_mut(&node_text(&s)) {
            labels.push(literal(&o));
        }
    }
    Ok(found)
}

/// The nodes typed `class` in the dataset.
fn typed(store: &Store, dataset: &Dataset, class: &str) -> Result<BTreeSet<String>> {
    let (rdf_type, class) = (
        NamedNode::new_unchecked(RDF_TYPE),
        NamedNode::new_unchecked(class),
    );
    let graph = dataset.graph(store);
    let mut found = BTreeSet::new();
    for quad in store.quads_for_pattern(
        None,
        Some(rdf_type.as_ref()),
        Some(class.as_ref().into()),
        graph.as_ref().map(|g| g.as_ref()),
    ) {
        found.insert(node_text(&quad.map_err(term_error)?.subject));
    }
    Ok(found)
}

/// The `foaf:Person`s of the article graphs (not those only the graphs
/// vnkg derives name). One query, not a scan of the type statements: the
/// query engine compares graphs and drops repeats before it spells a
/// node, and a person is typed once in every article that names them.
fn article_persons(store: &Store) -> Result<BTreeSet<String>> {
    let query = format!(
        "SELECT DISTINCT ?s WHERE {{ GRAPH ?g {{ ?s a <{}Person> }} FILTER(?g NOT IN ({})) }}",
        ns::FOAF,
        rdf::DERIVED
            .iter()
            .map(|g| format!("<{g}>"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let QueryResults::Solutions(rows) = SparqlEvaluator::new()
        .parse_query(&query)
        .map_err(term_error)?
        .on_store(store)
        .execute()
        .map_err(term_error)?
    else {
        return Ok(BTreeSet::new());
    };
    let mut found = BTreeSet::new();
    for row in rows {
        match row.map_err(term_error)?.get("s") {
            Some(Term::NamedNode(n)) => found.insert(n.as_str().to_owned()),
            Some(Term::BlankNode(b)) => found.insert(format!("_:{}", b.as_str())),
            _ => false,
        };
    }
    Ok(found)
}

/// Reads the entities of `dataset`, with the labels of `roles` (the roles
/// of the memberships the caller draws).
pub fn entities(store: &Store, dataset: &Dataset, roles: BTreeSet<String>) -> Result<Entities> {
    let mut e = Entities::default();
    let person_class = format!("{}Person", ns::FOAF);
    let persons: BTreeSet<String> = match dataset {
        Dataset::Merged => article_persons(store)?,
        Dataset::Article(_) => typed(store, dataset, &person_class)?,
    };
    e.persons = labels_of(store, dataset, persons, FOAF_NAME)?;
    let orgs = typed(store, dataset, &format!("{}Organization", ns::ORG))?;
    for (o, alt) in dataset.pairs(store, ALT_LABEL)? {
        if let Some(alt) = literal(&alt) {
            e.alt_labels.entry(node_text(&o)).or_default().insert(alt);
        }
    }
    for (o, parent) in dataset.pairs(store, &format!("{}subOrganizationOf", ns::ORG))? {
        let (o, Some(parent)) = (node_text(&o), term_node(&parent)) else {
            continue;
        };
        if o != parent {
            e.sub_orgs.insert((o, parent));
        }
    }
    for (ev, aw) in dataset.pairs(store, &format!("{}award", ns::VNKG))? {
        if let Some(aw) = term_node(&aw) {
            e.event_awards.insert((node_text(&ev), aw));
        }
    }
    let mut awards = typed(store, dataset, &format!("{}Award", ns::VNKG))?;
    awards.extend(e.event_awards.iter().map(|(_, aw)| aw.clone()));
    // One pass over the preferred labels for organizations, roles and
    // awards.
    let mut labelled = labels_of(
        store,
        dataset,
        orgs.iter().chain(&roles).chain(&awards).cloned().collect(),
        PREF_LABEL,
    )?;
    let take = |nodes: &BTreeSet<String>| -> BTreeMap<String, Vec<Label>> {
        nodes
            .iter()
            .map(|n| (n.clone(), labelled.get(n).cloned().unwrap_or_default()))
            .collect()
    };
    e.orgs = take(&orgs);
    e.awards = take(&awards);
    for role in &roles {
        let labels: Vec<String> = labelled
            .remove(role)
            .into_iter()
            .flatten()
            .flatten()
            .collect();
        if !labels.is_empty() {
            e.roles.insert(role.clone(), labels);
        }
    }
    for (s, o) in dataset.pairs(store, &format!("{}conferredBy", ns::VNKG))? {
        if let Some(o) = term_node(&o) {
            e.conferred.insert((node_text(&s), o));
        }
    }
    Ok(e)
}
