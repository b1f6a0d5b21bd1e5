/*!
The merged default graph: the store's default graph holds every triple
any article graph states, once, so that queries naming no graph see each
triple once (Oxigraph's union of graphs repeats it per graph, which
multiplies rows and time). Here: the copy of a quad into it, dropping
graphs with the triples no remaining graph states, and binding a query to
it.

Uses: `store::labels`.
*/

use super::labels;
use oxigraph::model::{GraphName, GraphNameRef, NamedOrBlankNodeRef, Quad, Triple, TripleRef};
use std::collections::HashMap;

/// A named graph's quad and its copy in the default graph (the merge of
/// all articles); a default-graph quad alone.
pub(super) fn with_merged_copy(quad: Quad) -> impl Iterator<Item = Quad> {
    let copy = (!quad.graph_name.is_default_graph()).then(|| {
        Quad::new(
            quad.subject.clone(),
            quad.predicate.clone(),
            quad.object.clone(),
            GraphName::DefaultGraph,
        )
    });
    std::iter::once(quad).chain(copy)
}

/// Drops `graphs` in `tx`, and from the default graph the triples that no
/// remaining named graph states. Returns, for each graph, whether it was
/// there. `store` is the state before `tx` (the writer holds the lock).
pub(super) fn drop_graphs(
    store: &oxigraph::store::Store,
    tx: &mut oxigraph::store::Transaction<'_>,
    graphs: &[GraphName],
) -> std::result::Result<Vec<bool>, oxigraph::store::StorageError> {
    // How many of the dropped graphs state each triple.
    let mut dropped: HashMap<Triple, usize> = HashMap::new();
    let mut found = Vec::with_capacity(graphs.len());
    for graph in graphs {
        let node = match graph {
            GraphName::NamedNode(n) => NamedOrBlankNodeRef::from(n),
            GraphName::BlankNode(b) => NamedOrBlankNodeRef::from(b),
            GraphName::DefaultGraph => {
                found.push(false);
                continue;
            }
        };
        let present = store.contains_named_graph(node)?;
        if present {
            for quad in store.quads_for_pattern(None, None, None, Some(graph.as_ref())) {
                let quad = quad?;
                *dropped
                    .entry(Triple::new(quad.subject, quad.predicate, quad.object))
                    .or_default() += 1;
            }
            tx.remove_named_graph(node)?;
        }
        found.push(present);
    }
    // A triple stays in the default graph if more graphs state it than
    // are dropped.
    for (triple, &count) in &dropped {
        unmerge_unless_stated(store, tx, triple.as_ref(), count)?;
    }
    // The preferred spelling of a node may change with the graphs gone,
    // if it has several.
    let mut subjects = labels::labelled(dropped.keys());
    let mut single = Vec::new();
    for s in &subjects {
        if !labels::has_variants(store, s)? {
            single.push(s.clone());
        }
    }
    for s in &single {
        subjects.remove(s);
    }
    labels::relabel(store, tx, &subjects, &dropped)?;
    Ok(found)
}

/// Removes `triple` from the default graph (the merge) when at most
/// `dropped` named graphs state it in `store`: those `tx` drops.
pub(super) fn unmerge_unless_stated(
    store: &oxigraph::store::Store,
    tx: &mut oxigraph::store::Transaction<'_>,
    triple: TripleRef<'_>,
    dropped: usize,
) -> std::result::Result<(), oxigraph::store::StorageError> {
    let stating = store
        .quads_for_pattern(
            Some(triple.subject),
            Some(triple.predicate),
            Some(triple.object),
            None,
        )
        .filter(|q| {
            q.as_ref()
                .map_or(true, |q| !q.graph_name.is_default_graph())
        })
        .take(dropped + 1)
        .collect::<std::result::Result<Vec<_>, _>>()?
        .len();
    if stating <= dropped {
        tx.remove(triple.in_graph(GraphNameRef::DefaultGraph));
    }
    Ok(())
}

/// Whether the default graph of `store` holds the merge of its named
/// graphs: it holds anything, or there are no named graphs to merge.
pub fn has_merged_default_graph(store: &oxigraph::store::Store) -> bool {
    store
        .quads_for_pattern(None, None, None, Some(GraphNameRef::DefaultGraph))
        .next()
        .is_some()
        || store.named_graphs().next().is_none()
}

/// Binds a query that names no dataset (no `FROM`) to the merge of all
/// article graphs: the store's default graph, where each triple is once
/// (Oxigraph's union of graphs would give it once per article stating
/// it). A store from before the default graph held the merge falls back
/// to the union.
pub fn bind_merged_graph(
    prepared: &mut oxigraph::sparql::PreparedSparqlQuery,
    store: &oxigraph::store::Store,
) {
    if prepared.dataset().is_default_dataset() && !has_merged_default_graph(store) {
        prepared.dataset_mut().set_default_graph_as_union();
    }
}
