/*!
The name matcher: how a name the user types finds people, organizations
and awards, without regard to case, diacritics or spacing (`fold`).

Two rules, both here:
- the filters of the tables (`--person`, `--org`, `holders --org`):
  [`name_matches`], the words of the query in order on word boundaries
  (`xuan` matches `Lê Anh Xuân`, `Xu` does not); [`people`] and [`orgs`]
  give the nodes of the store whose name or label matches;
- one entity picked by name (`graph --focus`, `path A B`):
  [`best_matches`], the labels equal to the query once folded, else those
  that contain it.

Uses: `normalize` (fold), `store` (which graph holds the merged labels),
`read::scan`.
*/

use crate::rdf::ns;
use crate::read::scan::{term_error, term_text, ALT_LABEL, FOAF_NAME, PREF_LABEL};
use crate::Result;
use oxigraph::model::{NamedNode, NamedOrBlankNode, Term};
use oxigraph::store::Store;
use std::collections::{HashMap, HashSet};

pub use crate::extract::normalize::fold;

/// Whether `name` contains the words of `query`, in order, without regard
/// to case or diacritics (`xuan` matches `Lê Anh Xuân`).
pub fn name_matches(name: &str, query: &str) -> bool {
    let query = fold(query);
    !query.is_empty() && format!(" {} ", fold(name)).contains(&format!(" {query} "))
}

/// Of `candidates` (an item and its labels), those with a label equal to
/// `query` once folded (`query` given folded); when none, those with a
/// label containing it. In the order given.
pub fn best_matches<T: Copy>(
    candidates: impl Iterator<Item = (T, Vec<String>)>,
    query: &str,
) -> Vec<T> {
    let folded: Vec<(T, Vec<String>)> = candidates
        .map(|(item, labels)| (item, labels.iter().map(|l| fold(l)).collect()))
        .collect();
    let exact: Vec<T> = folded
        .iter()
        .filter(|(_, labels)| labels.iter().any(|l| l == query))
        .map(|(item, _)| *item)
        .collect();
    if !exact.is_empty() {
        return exact;
    }
    folded
        .iter()
        .filter(|(_, labels)| labels.iter().any(|l| l.contains(query)))
        .map(|(item, _)| *item)
        .collect()
}

/// Nodes whose value of one of `properties` matches `query` (folded,
/// whole words), restricted to IRIs starting with `kind`.
fn matching(store: &Store, properties: &[&str], kind: &str, query: &str) -> Result<HashSet<Term>> {
    let mut folded: HashMap<String, bool> = HashMap::new();
    let mut found = HashSet::new();
    // The merged default graph states each label once.
    let graph = crate::store::has_merged_default_graph(store)
        .then_some(oxigraph::model::GraphNameRef::DefaultGraph);
    for property in properties {
        let p = NamedNode::new_unchecked(*property);
        for quad in store.quads_for_pattern(None, Some(p.as_ref()), None, graph) {
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

/// The people whose name matches `query` ([`name_matches`]).
pub fn people(store: &Store, query: &str) -> Result<HashSet<Term>> {
    matching(store, &[FOAF_NAME], &format!("{}person/", ns::ID), query)
}

/// The organizations whose label (preferred or alternative) matches
/// `query` ([`name_matches`]).
pub fn orgs(store: &Store, query: &str) -> Result<HashSet<Term>> {
    matching(
        store,
        &[PREF_LABEL, ALT_LABEL],
        &format!("{}org/", ns::ID),
        query,
    )
}

/// IRIs of the organizations whose label (preferred or alternative)
/// matches `query` (folded, whole words).
pub fn matching_orgs(store: &Store, query: &str) -> Result<HashSet<String>> {
    Ok(orgs(store, query)?
        .into_iter()
        .map(|t| match t {
            Term::NamedNode(n) => n.into_string(),
            other => other.to_string(),
        })
        .collect())
}

/// The preferred and alternative labels of a node in the merged graph,
/// each list sorted, each label once.
pub fn labels(store: &Store, iri: &str) -> Result<(Vec<String>, Vec<String>)> {
    let node = NamedNode::new_unchecked(iri);
    let graph = crate::store::has_merged_default_graph(store)
        .then_some(oxigraph::model::GraphNameRef::DefaultGraph);
    let mut found = (Vec::new(), Vec::new());
    for (property, list) in [(PREF_LABEL, &mut found.0), (ALT_LABEL, &mut found.1)] {
        let p = NamedNode::new_unchecked(property);
        for quad in
            store.quads_for_pattern(Some(node.as_ref().into()), Some(p.as_ref()), None, graph)
        {
            if let Term::Literal(l) = quad.map_err(term_error)?.object {
                list.push(l.value().to_owned());
            }
        }
        list.sort();
        list.dedup();
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_without_case_or_diacritics_on_word_boundaries() {
        assert!(name_matches("Lê Anh Xuân", "le anh xuan"));
        assert!(name_matches("Lê Anh Xuân", "XUÂN"));
        assert!(name_matches("Tỉnh ủy Thanh Hoá", "thanh hóa"));
        assert!(!name_matches("Lê Anh Xuân", "Xu"));
        assert!(!name_matches("Lê Anh Xuân", "  "));
    }
}
