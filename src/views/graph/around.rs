/*!
The facts near a focus, read without reading every event of the store.

A graph around one person or organization shows what lies a few relations
away; on a store of a whole archive that is a small part of it, and
reading every event to find it costs seconds. Here the neighbourhood is
found first, breadth-first over the store's own nodes (people as the
article graphs name them, before namesakes are told apart), reading only
the events each node takes part in; the facts of every node found are
then drawn as usual.

Why the result is the graph the whole store would give: telling namesakes
apart, a date range or a choice of node kinds only split nodes or drop
relations, so a node within `depth` relations of the focus in the drawn
graph is within `depth` of it here; and every relation of a node found is
read, so the edges among the nodes shown are all there.

Uses: `views::graph::facts`, `read::events`, `read::scan`.
*/

use std::collections::{BTreeMap, BTreeSet, HashMap};

use oxigraph::model::{BlankNode, NamedNode, NamedOrBlankNode, Term};
use oxigraph::store::Store;

use super::facts::Facts;
use crate::error::Result;
use crate::read::events::{event_rows, events_touching, EventRow};
use crate::read::scan::{node_text, Scan};

/// The node `read` writes as `node` (`_:id` for a blank node).
fn node_as_subject(node: &str) -> NamedOrBlankNode {
    match node.strip_prefix("_:") {
        Some(id) => BlankNode::new_unchecked(id).into(),
        None => NamedNode::new_unchecked(node).into(),
    }
}

/// Records a relation both ways.
fn link<'a>(links: &mut HashMap<&'a str, Vec<&'a str>>, a: &'a str, b: &'a str) {
    links.entry(a).or_default().push(b);
    links.entry(b).or_default().push(a);
}

fn term_of(node: &str) -> Term {
    node_as_subject(node).into()
}

impl Facts {
    /// The facts within `depth` relations (at least 1) of `seeds`, out of
    /// `all`: the facts of the whole store except its events, with the
    /// people as the article graphs name them.
    pub(super) fn around(
        store: &Store,
        mut all: Facts,
        seeds: &BTreeSet<String>,
        depth: usize,
    ) -> Result<Facts> {
        // Every relation but memberships and events, both ways.
        let mut links: HashMap<&str, Vec<&str>> = HashMap::new();
        let all_ref = &all;
        for (m, _) in all_ref.memberships.values() {
            link(&mut links, &m.person, &m.org);
        }
        for (a, b) in all_ref
            .sub_orgs
            .iter()
            .chain(&all_ref.event_awards)
            .chain(&all_ref.conferred)
        {
            link(&mut links, a, b);
        }
        for (giver, body) in &all_ref.conferred {
            for (_, award) in all_ref
                .event_awards
                .range((giver.clone(), String::new())..)
                .take_while(|(event, _)| event == giver)
            {
                link(&mut links, body, award);
            }
        }
        // Nodes that may be events, met through an award.
        let maybe_events: BTreeSet<&str> = all_ref
            .event_awards
            .iter()
            .chain(&all_ref.conferred)
            .map(|(e, _)| e.as_str())
            .collect();

        let mut scan = Scan::new(store);
        let mut rows: BTreeMap<String, Vec<EventRow>> = BTreeMap::new();
        let mut reached: BTreeSet<String> = seeds.clone();
        let mut frontier: Vec<String> = seeds.iter().cloned().collect();
        for _ in 0..depth {
            let mut next = Vec::new();
            for node in &frontier {
                // Each node found, and whether it may be an event.
                let mut found: Vec<(String, bool)> = links
                    .get(node.as_str())
                    .into_iter()
                    .flatten()
                    .map(|s| (s.to_string(), maybe_events.contains(s)))
                    .collect();
                match rows.get(node) {
                    Some(reports) => {
                        for row in reports {
                            let people = row.participants.iter().map(|p| &p.iri);
                            let nodes = people.chain(&row.organizer_nodes);
                            found.extend(nodes.map(|n| (n.clone(), false)));
                        }
                    }
                    None => {
                        for event in events_touching(store, &term_of(node))? {
                            found.push((node_text(&event), true));
                        }
                    }
                }
                for (n, may_be_event) in found {
                    if !reached.insert(n.clone()) {
                        continue;
                    }
                    if may_be_event {
                        let reports = event_rows(&mut scan, &node_as_subject(&n))?;
                        if !reports.is_empty() {
                            rows.insert(n.clone(), reports);
                        }
                    }
                    next.push(n);
                }
            }
            frontier = next;
        }
        // An event that gives an award makes its body the award's giver:
        // the graph needs it whenever that body or award is drawn.
        for (event, other) in all.conferred.iter().chain(&all.event_awards) {
            if reached.contains(other) && !reached.contains(event) && !rows.contains_key(event) {
                let reports = event_rows(&mut scan, &node_as_subject(event))?;
                if !reports.is_empty() {
                    rows.insert(event.clone(), reports);
                }
            }
        }
        drop(links);

        all.memberships
            .retain(|_, (m, _)| reached.contains(&m.person) || reached.contains(&m.org));
        for row in rows.into_values().flatten() {
            all.add_event(row);
        }
        Ok(all)
    }
}
