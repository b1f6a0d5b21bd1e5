/*!
What the graph draws, read through the reading layer: the entities and
their labels (`read::entities`, the smallest label of each node, so that
labels that differ between articles give the same graph whatever the
order), the memberships (`read::memberships`) with the posts they name,
the events (`read::events`); and the people as a resolution tells them
apart.

Uses: `read`, `derive::resolve`, `views::graph::text`.
*/

use std::collections::{BTreeMap, BTreeSet};

use oxigraph::model::GraphName;
use oxigraph::store::Store;

use super::text::clean;
use crate::derive::resolve::Resolution;
use crate::error::Result;
use crate::model::Part;
use crate::rdf::{local_name, ns};
use crate::read;
use crate::read::entities::Label;
use crate::read::events::{EventFilter, EventRow};
use crate::read::memberships::{Membership, PostFilter};
use crate::read::scan::{node_text, term_node as scan_node, Dataset};

/// The smallest of a node's labels, cleaned (a value that is not a literal,
/// or no label, stands as the IRI's tail).
pub(super) fn least_label(iri: &str, labels: &[Label]) -> String {
    let label = |l: &Label| match l {
        Some(text) => clean(text),
        None => local_name(iri).to_owned(),
    };
    labels
        .iter()
        .map(label)
        .min()
        .unwrap_or_else(|| local_name(iri).to_owned())
}

/// A stated value, cleaned; empty: none.
pub(super) fn stated(value: &str) -> Option<String> {
    (!value.is_empty()).then(|| clean(value))
}

/// Everything the graph draws, as read from the store.
#[derive(Default, Clone)]
pub(super) struct Facts {
    pub(super) persons: BTreeMap<String, String>,
    pub(super) orgs: BTreeMap<String, String>,
    pub(super) alt_labels: BTreeMap<String, BTreeSet<String>>,
    pub(super) sub_orgs: BTreeSet<(String, String)>,
    pub(super) roles: BTreeMap<String, String>,
    /// Membership node → the membership and the post it names.
    pub(super) memberships: BTreeMap<String, (Membership, Option<String>)>,
    pub(super) events: BTreeMap<String, EventRow>,
    pub(super) parts: BTreeMap<(String, String), BTreeSet<Part>>,
    pub(super) organizers: BTreeSet<(String, String)>,
    pub(super) awards: BTreeMap<String, String>,
    pub(super) event_awards: BTreeSet<(String, String)>,
    pub(super) conferred: BTreeSet<(String, String)>,
}

/// Keeps the smallest of several values, so that labels that differ between
/// articles give the same graph whatever the order of the rows.
pub(super) fn keep_min(map: &mut BTreeMap<String, String>, key: String, value: String) {
    map.entry(key)
        .and_modify(|v| {
            if value < *v {
                v.clone_from(&value)
            }
        })
        .or_insert(value);
}

pub(super) fn min_opt(a: &mut Option<String>, b: Option<String>) {
    if let Some(b) = b {
        if a.as_ref().is_none_or(|a| b < *a) {
            *a = Some(b);
        }
    }
}

impl Facts {
    /// Reads what the graph draws from `dataset`: the memberships
    /// (`read::memberships`, or those of the whole store given in `known`)
    /// with the posts they name when `posts` (a post is a node), the
    /// entities and their labels (`read::entities`), and the events
    /// (`read::events`) when `events`.
    pub(super) fn load(
        store: &Store,
        dataset: &Dataset,
        known: Option<&[Membership]>,
        posts: bool,
        events: bool,
    ) -> Result<Facts> {
        let article = match dataset {
            Dataset::Merged => None,
            Dataset::Article(g) => Some(read::scan::article_of(&GraphName::NamedNode(g.clone()))),
        };
        let memberships: Vec<Membership> = match (known, dataset) {
            (Some(all), _) => all
                .iter()
                .filter(|m| article.as_ref().is_none_or(|a| *a == m.article))
                .cloned()
                .collect(),
            (None, Dataset::Merged) => {
                read::memberships::memberships(store, &PostFilter::default())?
            }
            (None, Dataset::Article(g)) => {
                read::memberships::memberships_in(store, &[GraphName::NamedNode(g.clone())])?
            }
        };
        let roles = memberships.iter().map(|m| m.role.clone()).collect();
        let entities = read::entities::entities(store, dataset, roles)?;
        let label_map = |labels: BTreeMap<String, Vec<Label>>| -> BTreeMap<String, String> {
            labels
                .into_iter()
                .map(|(iri, labels)| {
                    let label = least_label(&iri, &labels);
                    (iri, label)
                })
                .collect()
        };
        let mut f = Facts {
            persons: label_map(entities.persons),
            orgs: label_map(entities.orgs),
            alt_labels: entities
                .alt_labels
                .into_iter()
                .map(|(iri, alts)| (iri, alts.iter().map(|a| clean(a)).collect()))
                .collect(),
            sub_orgs: entities.sub_orgs,
            roles: entities
                .roles
                .into_iter()
                .filter_map(|(iri, labels)| {
                    let label = labels.iter().map(|l| clean(l)).min()?;
                    Some((iri, label))
                })
                .collect(),
            awards: label_map(entities.awards),
            event_awards: entities.event_awards,
            conferred: entities.conferred,
            ..Facts::default()
        };
        let mut post_of: BTreeMap<String, Option<String>> = BTreeMap::new();
        if posts {
            for (m, post) in dataset.pairs(store, &format!("{}post", ns::VNKG))? {
                if let Some(post) = scan_node(&post) {
                    min_opt(post_of.entry(node_text(&m)).or_default(), Some(post));
                }
            }
        }
        for m in memberships {
            let post = post_of.get(&m.node).cloned().flatten();
            f.memberships.entry(m.node.clone()).or_insert((m, post));
        }
        if events {
            for event in read::events::events(store, &EventFilter::default())? {
                if article.as_ref().is_none_or(|a| *a == event.article) {
                    f.add_event(event);
                }
            }
        }
        Ok(f)
    }

    /// Adds one row of an event (an article's report of it).
    pub(super) fn add_event(&mut self, event: EventRow) {
        for p in &event.participants {
            self.parts
                .entry((event.node.clone(), p.iri.clone()))
                .or_default()
                .extend(p.parts.iter().copied());
        }
        for o in &event.organizer_nodes {
            self.organizers.insert((event.node.clone(), o.clone()));
        }
        self.events.entry(event.node.clone()).or_insert(event);
    }
}

impl Facts {
    /// Draws the people as `people` resolves them: a name that stands for
    /// several officials becomes one node per official (resolved IRI), in
    /// the posts and events of the articles that mention each. Mentions the
    /// resolution does not cover (a name met only in an event) keep the
    /// name's node.
    pub(super) fn resolve_people(&mut self, people: &Resolution) {
        let mut named: BTreeMap<String, String> = BTreeMap::new();
        let mut still_used: BTreeSet<String> = BTreeSet::new();
        let mut replaced: BTreeSet<String> = BTreeSet::new();
        let mut resolve = |article: Option<&String>, person: &mut String| {
            let found = article
                .and_then(|a| people.person(a, person))
                .filter(|p| p.iri != *person);
            match found {
                Some(p) => {
                    let name = self.persons.get(person).cloned().unwrap_or(p.name.clone());
                    keep_min(&mut named, p.iri.clone(), name);
                    replaced.insert(std::mem::replace(person, p.iri.clone()));
                }
                None => {
                    still_used.insert(person.clone());
                }
            }
        };
        for (m, _) in self.memberships.values_mut() {
            resolve(Some(&m.article), &mut m.person);
        }
        let parts = std::mem::take(&mut self.parts);
        for ((e, mut person), kinds) in parts {
            resolve(self.events.get(&e).map(|e| &e.article), &mut person);
            self.parts.entry((e, person)).or_default().extend(kinds);
        }
        for gone in replaced.difference(&still_used) {
            self.persons.remove(gone);
        }
        for (iri, name) in named {
            keep_min(&mut self.persons, iri, name);
        }
    }
}
