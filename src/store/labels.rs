/*!
One preferred label per node in the merged default graph.

Articles spell one organization or award in several ways that share a key
(`Cục Hàng không` / `Cục Hàng Không`, `Thanh Hoá` / `Thanh Hóa`), so they
share an IRI, and each article graph states its own spelling as the
`skos:prefLabel`. SKOS allows one prefLabel per language, so the merge of
the article graphs (the store's default graph, see `store`) keeps, for
each node and language, the spelling most graphs state, ties going to the
first in code-point order, as its `skos:prefLabel`; the other spellings
become `skos:altLabel`s. The choice depends only on the set of article
graphs, never on the order they came in.

Why a module of its own: the rule is small, but the store applies it at
two moments (when graphs are dropped, in the same transaction, and when a
writer closes, after bulk loads that copied every spelling), and a reader
should find it in one place.

Uses: Oxigraph only.
*/

use oxigraph::model::{GraphNameRef, Literal, NamedNode, NamedOrBlankNode, QuadRef, Term, Triple};
use oxigraph::store::{StorageError, Store, Transaction};
use std::collections::{HashMap, HashSet};

const PREF_LABEL: &str = "http://www.w3.org/2004/02/skos/core#prefLabel";
const ALT_LABEL: &str = "http://www.w3.org/2004/02/skos/core#altLabel";

/// How many named graphs of `store` state `s p o`, less those `dropped`
/// counts (the graphs a transaction removes).
fn stated(
    store: &Store,
    triple: &Triple,
    dropped: &HashMap<Triple, usize>,
) -> Result<usize, StorageError> {
    let mut n: usize = 0;
    for quad in store.quads_for_pattern(
        Some(triple.subject.as_ref()),
        Some(triple.predicate.as_ref()),
        Some(triple.object.as_ref()),
        None,
    ) {
        if !quad?.graph_name.is_default_graph() {
            n += 1;
        }
    }
    Ok(n.saturating_sub(dropped.get(triple).copied().unwrap_or(0)))
}

/// The spelling a merge prefers among `counts` (spelling → graphs stating
/// it as prefLabel), per language.
fn preferred(counts: &HashMap<Literal, usize>) -> HashSet<Literal> {
    let mut best: HashMap<Option<&str>, (&Literal, usize)> = HashMap::new();
    for (literal, &n) in counts {
        let entry = best.entry(literal.language()).or_insert((literal, n));
        if n > entry.1 || (n == entry.1 && literal.value() < entry.0.value()) {
            *entry = (literal, n);
        }
    }
    best.into_values().map(|(l, _)| l.clone()).collect()
}

/// Sets in `tx` the labels of `subjects` in the default graph from the
/// prefLabels the named graphs of `store` state, less those of `dropped`:
/// one preferred spelling per language, the others as altLabels. An
/// altLabel no longer needed goes unless a named graph states it. `tx`
/// may have removed the subjects' labels from the default graph already
/// (the usual unmerge of dropped graphs): this inserts after it.
pub fn relabel(
    store: &Store,
    tx: &mut Transaction<'_>,
    subjects: &HashSet<NamedOrBlankNode>,
    dropped: &HashMap<Triple, usize>,
) -> Result<(), StorageError> {
    let pref = NamedNode::new_unchecked(PREF_LABEL);
    let alt = NamedNode::new_unchecked(ALT_LABEL);
    for s in subjects {
        let mut counts: HashMap<Literal, usize> = HashMap::new();
        for quad in store.quads_for_pattern(Some(s.as_ref()), Some(pref.as_ref()), None, None) {
            let quad = quad?;
            if let (false, Term::Literal(l)) = (quad.graph_name.is_default_graph(), quad.object) {
                *counts.entry(l).or_default() += 1;
            }
        }
        for (literal, n) in counts.iter_mut() {
            let triple = Triple::new(s.clone(), pref.clone(), literal.clone());
            *n = n.saturating_sub(dropped.get(&triple).copied().unwrap_or(0));
        }
        counts.retain(|_, n| *n > 0);
        let chosen = preferred(&counts);
        let default = GraphNameRef::DefaultGraph;
        for quad in
            store.quads_for_pattern(Some(s.as_ref()), Some(pref.as_ref()), None, Some(default))
        {
            let quad = quad?;
            let keep = matches!(&quad.object, Term::Literal(l) if chosen.contains(l));
            if !keep {
                tx.remove(&quad);
            }
        }
        for quad in
            store.quads_for_pattern(Some(s.as_ref()), Some(alt.as_ref()), None, Some(default))
        {
            let quad = quad?;
            let (variant, preferred) = match &quad.object {
                Term::Literal(l) => (counts.contains_key(l), chosen.contains(l)),
                _ => (false, false),
            };
            // The preferred spelling is no altLabel; an altLabel that is no
            // spelling any more stays if an article states it as such.
            let triple = Triple::new(quad.subject.clone(), alt.clone(), quad.object.clone());
            if preferred || (!variant && stated(store, &triple, dropped)? == 0) {
                tx.remove(&quad);
            }
        }
        for literal in counts.keys() {
            let property = if chosen.contains(literal) {
                &pref
            } else {
                &alt
            };
            tx.insert(QuadRef::new(
                s.as_ref(),
                property.as_ref(),
                literal.as_ref(),
                default,
            ));
        }
    }
    Ok(())
}

/// Whether `s` has several spellings in the default graph: an altLabel,
/// or two prefLabels of one language (before [`relabel`] settles them).
/// A node with one spelling keeps it whatever graphs go: every graph that
/// labels it states that spelling, and the merge drops it with the last
/// of them. One short scan of the default graph, where [`relabel`] reads
/// the label of every graph naming the node (thousands for a ministry).
pub fn has_variants(store: &Store, s: &NamedOrBlankNode) -> Result<bool, StorageError> {
    let default = Some(GraphNameRef::DefaultGraph);
    let alt = NamedNode::new_unchecked(ALT_LABEL);
    if let Some(quad) = store
        .quads_for_pattern(Some(s.as_ref()), Some(alt.as_ref()), None, default)
        .next()
    {
        quad?;
        return Ok(true);
    }
    Ok(!with_several_labels_among(store, &HashSet::from([s.clone()]))?.is_empty())
}

/// The subjects of `triples` that have a prefLabel among them.
pub fn labelled<'a>(triples: impl IntoIterator<Item = &'a Triple>) -> HashSet<NamedOrBlankNode> {
    triples
        .into_iter()
        .filter(|t| t.predicate.as_str() == PREF_LABEL)
        .map(|t| t.subject.clone())
        .collect()
}

/// Whether `p` is `skos:prefLabel`.
pub fn is_pref_label(p: &NamedNode) -> bool {
    p.as_str() == PREF_LABEL
}

/// Of `subjects`, those with more than one prefLabel of a language in the
/// default graph (see [`with_several_labels`]): one look-up per subject.
pub fn with_several_labels_among(
    store: &Store,
    subjects: &HashSet<NamedOrBlankNode>,
) -> Result<HashSet<NamedOrBlankNode>, StorageError> {
    let pref = NamedNode::new_unchecked(PREF_LABEL);
    let mut several = HashSet::new();
    for s in subjects {
        let mut languages: HashSet<Option<String>> = HashSet::new();
        for quad in store.quads_for_pattern(
            Some(s.as_ref()),
            Some(pref.as_ref()),
            None,
            Some(GraphNameRef::DefaultGraph),
        ) {
            let language = match quad?.object {
                Term::Literal(l) => l.language().map(str::to_owned),
                _ => None,
            };
            if !languages.insert(language) {
                several.insert(s.clone());
                break;
            }
        }
    }
    Ok(several)
}

/// The subjects with more than one prefLabel of a language in the default
/// graph: what bulk loads leave (they copy each article's spelling), for
/// [`relabel`] to settle.
pub fn with_several_labels(store: &Store) -> Result<HashSet<NamedOrBlankNode>, StorageError> {
    let pref = NamedNode::new_unchecked(PREF_LABEL);
    let mut seen: HashSet<(NamedOrBlankNode, Option<String>)> = HashSet::new();
    let mut several = HashSet::new();
    for quad in store.quads_for_pattern(
        None,
        Some(pref.as_ref()),
        None,
        Some(GraphNameRef::DefaultGraph),
    ) {
        let quad = quad?;
        let language = match &quad.object {
            Term::Literal(l) => l.language().map(str::to_owned),
            _ => None,
        };
        if !seen.insert((quad.subject.clone(), language)) {
            several.insert(quad.subject);
        }
    }
    Ok(several)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vi(text: &str) -> Literal {
        Literal::new_language_tagged_literal_unchecked(text, "vi")
    }

    #[test]
    fn the_spelling_most_graphs_state_is_preferred_and_ties_go_to_code_point_order() {
        let counts = HashMap::from([(vi("Cục Hàng không"), 2), (vi("Cục Hàng Không"), 1)]);
        assert_eq!(preferred(&counts), HashSet::from([vi("Cục Hàng không")]));
        let tie = HashMap::from([(vi("Chính phủ"), 1), (vi("Chính Phủ"), 1)]);
        assert_eq!(preferred(&tie), HashSet::from([vi("Chính Phủ")]));
        let languages = HashMap::from([
            (vi("Chính phủ"), 1),
            (
                Literal::new_language_tagged_literal_unchecked("Government", "en"),
                1,
            ),
        ]);
        assert_eq!(preferred(&languages).len(), 2);
    }
}
