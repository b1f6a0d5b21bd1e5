/*!
What to show of the graph: neighbours, breadth-first order from a focus up
to a depth, the shortest chain between two nodes, the edges among the
nodes shown, and the node a user means by a name (`read::names`).

Uses: `views::graph::build`, `views::graph::text`, `read::names`.
*/

use std::collections::VecDeque;

use petgraph::graph::{EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction;

use super::build::{Kg, Kind, Rel};
use super::text::one_line;
use crate::error::{Error, Result};
use crate::extract::normalize::fold;
use crate::rdf::ns;
use crate::read::names::best_matches;

impl Kg {
    pub(super) fn degree(&self, n: NodeIndex, keep: &[bool]) -> usize {
        self.g
            .neighbors_undirected(n)
            .filter(|m| keep[m.index()])
            .count()
    }

    /// The kept neighbours of `n`, in node order.
    pub(super) fn neighbours(&self, n: NodeIndex, keep: &[bool]) -> Vec<NodeIndex> {
        let mut v: Vec<NodeIndex> = self
            .g
            .neighbors_undirected(n)
            .filter(|m| keep[m.index()])
            .collect();
        v.sort();
        v.dedup();
        v
    }

    /// Breadth-first order from each start in turn (skipping nodes already
    /// reached), up to `depth` relations away (0 = no limit).
    pub(super) fn bfs(&self, keep: &[bool], starts: &[NodeIndex], depth: usize) -> Vec<NodeIndex> {
        let mut seen = vec![false; self.g.node_count()];
        let mut order = Vec::new();
        for &start in starts {
            if seen[start.index()] {
                continue;
            }
            seen[start.index()] = true;
            let mut queue = VecDeque::from([(start, 0usize)]);
            while let Some((n, d)) = queue.pop_front() {
                order.push(n);
                if depth != 0 && d >= depth {
                    continue;
                }
                for m in self.neighbours(n, keep) {
                    if !seen[m.index()] {
                        seen[m.index()] = true;
                        queue.push_back((m, d + 1));
                    }
                }
            }
        }
        order
    }

    pub(super) fn shortest_path(
        &self,
        keep: &[bool],
        from: NodeIndex,
        to: NodeIndex,
    ) -> Option<Vec<NodeIndex>> {
        let mut prev: Vec<Option<NodeIndex>> = vec![None; self.g.node_count()];
        let mut seen = vec![false; self.g.node_count()];
        seen[from.index()] = true;
        let mut queue = VecDeque::from([from]);
        while let Some(n) = queue.pop_front() {
            if n == to {
                let mut path = vec![to];
                let mut cur = to;
                while let Some(p) = prev[cur.index()] {
                    path.push(p);
                    cur = p;
                }
                path.reverse();
                return Some(path);
            }
            for m in self.neighbours(n, keep) {
                if !seen[m.index()] {
                    seen[m.index()] = true;
                    prev[m.index()] = Some(n);
                    queue.push_back(m);
                }
            }
        }
        None
    }

    pub(super) fn edges_between(&self, a: NodeIndex, b: NodeIndex) -> Vec<EdgeIndex> {
        let mut v: Vec<EdgeIndex> = self.g.edges_connecting(a, b).map(|e| e.id()).collect();
        v.sort();
        v
    }

    pub(super) fn edge_labels(&self, edges: &[EdgeIndex]) -> String {
        let labels: Vec<String> = edges.iter().map(|e| one_line(&self.g[*e].label)).collect();
        labels.join("; ")
    }

    /// The edges whose two ends are both shown, in a stable order.
    pub(super) fn edges_among(&self, shown: &[NodeIndex]) -> Vec<EdgeIndex> {
        let mut on = vec![false; self.g.node_count()];
        for n in shown {
            on[n.index()] = true;
        }
        let mut v: Vec<EdgeIndex> = self
            .g
            .edge_indices()
            .filter(|&e| {
                let (a, b) = self.g.edge_endpoints(e).expect("edge exists");
                on[a.index()] && on[b.index()]
            })
            .collect();
        v.sort();
        v
    }

    /// The node a user means by `name`: an IRI (or its tail after
    /// `…/id/`), else the one person, organization or award whose label
    /// folds to the same text, else the one whose label contains it.
    pub(super) fn resolve(&self, name: &str) -> Result<NodeIndex> {
        let wanted = name.trim();
        if wanted.is_empty() {
            return Err(Error::Usage("an empty name matches nothing".into()));
        }
        let by_iri: Vec<NodeIndex> = self
            .g
            .node_indices()
            .filter(|&n| {
                let iri = &self.g[n].iri;
                iri == wanted || iri.strip_prefix(ns::ID) == Some(wanted)
            })
            .collect();
        if let [n] = by_iri.as_slice() {
            return Ok(*n);
        }
        let q = fold(wanted);
        let candidates = self
            .g
            .node_indices()
            .filter(|&n| matches!(self.g[n].kind, Kind::Person | Kind::Org | Kind::Award))
            .map(|n| {
                let node = &self.g[n];
                let labels = std::iter::once(node.label.clone())
                    .chain(node.alt_labels.iter().cloned())
                    .collect();
                (n, labels)
            });
        let found = best_matches(candidates, &q);
        match found.as_slice() {
            [n] => Ok(*n),
            [] => Err(Error::Usage(format!(
                "no person, organization or award matches {wanted:?}"
            ))),
            many => {
                const SHOWN: usize = 20;
                let mut list: Vec<String> =
                    many.iter().take(SHOWN).map(|&n| self.describe(n)).collect();
                if many.len() > SHOWN {
                    list.push(format!("and {} more", many.len() - SHOWN));
                }
                Err(Error::Usage(format!(
                    "{} entities match {wanted:?}: {}; give the full name or one of the ids in brackets",
                    many.len(),
                    list.join("; ")
                )))
            }
        }
    }

    /// `Lê Văn A (person: Bí thư, Tỉnh ủy X) [person/le-van-a-1a2b3c4d]`.
    pub(super) fn describe(&self, n: NodeIndex) -> String {
        let node = &self.g[n];
        let id = node.iri.strip_prefix(ns::ID).unwrap_or(&node.iri);
        let mut context: Vec<String> = self
            .g
            .edges_directed(n, Direction::Outgoing)
            .filter(|e| matches!(e.weight().rel, Rel::Membership | Rel::SubOrg))
            .map(|e| {
                format!(
                    "{}, {}",
                    one_line(&e.weight().label),
                    one_line(&self.g[e.target()].label)
                )
            })
            .collect();
        context.sort();
        let kind = match node.kind {
            Kind::Org => "organization",
            k => k.name(),
        };
        match context.first() {
            Some(c) => format!("{} ({kind}: {c}) [{id}]", one_line(&node.label)),
            None => format!("{} ({kind}) [{id}]", one_line(&node.label)),
        }
    }
}
