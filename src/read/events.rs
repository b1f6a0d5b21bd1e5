/*!
Events read back from the store: one row per event an article reports
(type, dates, participants with their parts, organizers, location,
article, evidence), and the filters of the events table (a person, an
organizer, a type, a date range).

Uses: `read::scan`, `read::names`, `read::dates`, `rdf`, `model`.
*/

use crate::rdf::ns;
use crate::read::dates::date_within;
use crate::read::names;
use crate::read::scan::{
    article_of, named, node_text, term_node, term_text, Scan, FOAF_NAME, PREF_LABEL, RDF_TYPE,
};
use crate::{EventType, Part, Result};
use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode, Term};
use oxigraph::store::Store;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// Filters of the events table. Dates are `YYYY`, `YYYY-MM` or
/// `YYYY-MM-DD` (see `read::dates`); both bounds are inclusive.
#[derive(Clone, Debug, Default)]
pub struct EventFilter {
    pub person: Option<String>,
    pub org: Option<String>,
    pub kind: Option<EventType>,
    pub from: Option<String>,
    pub to: Option<String>,
}

/// One participant of an event.
#[derive(Clone, Debug)]
pub struct EventPart {
    /// The person's IRI in the article graph (`_:id` for a blank node).
    pub iri: String,
    /// The name (the article's spelling).
    pub name: String,
    pub parts: HashSet<Part>,
}

/// One event as reported by one article.
#[derive(Clone, Debug)]
pub struct EventRow {
    /// The event node.
    pub node: String,
    pub kind: EventType,
    /// The start date as stated (empty if unknown).
    pub date: String,
    /// The end date as stated (empty if unknown).
    pub end: String,
    pub participants: Vec<EventPart>,
    /// The organizers' nodes.
    pub organizer_nodes: Vec<String>,
    /// The organizers' labels, sorted, each once.
    pub organizers: Vec<String>,
    pub location: String,
    pub article: String,
    pub evidence: String,
}

/// The events of the store that pass the filter (the start date within
/// the bounds, see [`date_within`]), in no particular order.
pub fn events(store: &Store, filter: &EventFilter) -> Result<Vec<EventRow>> {
    let mut scan = Scan::new(store);
    let wanted_people = match &filter.person {
        Some(name) => Some(names::people(store, name)?),
        None => None,
    };
    let wanted_orgs = match &filter.org {
        Some(name) => Some(names::orgs(store, name)?),
        None => None,
    };
    let mut candidates = Vec::new();
    for kind in EventType::ALL {
        if filter.kind.is_some_and(|k| k != kind) {
            continue;
        }
        let class = named(format!("{}{}", ns::VNKG, kind.as_str()));
        for (e, g) in scan.subjects(&named(RDF_TYPE.into()), &class.into())? {
            candidates.push((kind, e, g));
        }
    }
    let mut found = Vec::new();
    for (kind, e, g) in candidates {
        let raw = Raw::read(&scan, &e, &g)?;
        if !date_within(&raw.date, filter.from.as_deref(), filter.to.as_deref()) {
            continue;
        }
        if wanted_people
            .as_ref()
            .is_some_and(|w| !raw.parts.keys().any(|p| w.contains(p)))
        {
            continue;
        }
        if wanted_orgs.as_ref().is_some_and(|w| {
            !raw.organizers
                .iter()
                .chain(&raw.bodies)
                .any(|o| w.contains(o))
        }) {
            continue;
        }
        found.push(raw.into_row(&mut scan, kind, &e, &g)?);
    }
    Ok(found)
}

/// What one event node states in one graph, before its people and
/// organizers are named.
struct Raw {
    date: String,
    end: String,
    location: String,
    evidence: String,
    parts: HashMap<Term, HashSet<Part>>,
    organizers: Vec<Term>,
    /// The bodies that confer its awards.
    bodies: Vec<Term>,
}

impl Raw {
    fn read(scan: &Scan, e: &NamedOrBlankNode, g: &GraphName) -> Result<Raw> {
        let mut raw = Raw {
            date: String::new(),
            end: String::new(),
            location: String::new(),
            evidence: String::new(),
            parts: HashMap::new(),
            organizers: Vec::new(),
            bodies: Vec::new(),
        };
        for (p, o) in scan.properties(e, g)? {
            let p = p.as_str();
            if let Some(local) = p.strip_prefix(ns::SCHEMA) {
                match local {
                    "startDate" => raw.date = term_text(&o),
                    "endDate" => raw.end = term_text(&o),
                    "location" => raw.location = term_text(&o),
                    "organizer" => raw.organizers.push(o),
                    "attendee" => {
                        raw.parts.entry(o).or_default().insert(Part::Attendee);
                    }
                    _ => {}
                }
            } else if let Some(local) = p.strip_prefix(ns::VNKG) {
                if let Some(part) = Part::from_property(local) {
                    raw.parts.entry(o).or_default().insert(part);
                } else if local == "evidence" && raw.evidence.is_empty() {
                    raw.evidence = term_text(&o);
                } else if local == "conferredBy" {
                    raw.bodies.push(o);
                }
            }
        }
        Ok(raw)
    }

    /// The row, with the names of the people and organizers as graph `g`
    /// gives them.
    fn into_row(
        self,
        scan: &mut Scan,
        kind: EventType,
        e: &NamedOrBlankNode,
        g: &GraphName,
    ) -> Result<EventRow> {
        let mut participants = Vec::with_capacity(self.parts.len());
        for (person, own) in self.parts {
            participants.push(EventPart {
                iri: term_node(&person).unwrap_or_else(|| person.to_string()),
                name: scan.label(&person, FOAF_NAME, g)?,
                parts: own,
            });
        }
        let mut org_names = Vec::new();
        for o in &self.organizers {
            org_names.push(scan.label(o, PREF_LABEL, g)?);
        }
        org_names.sort();
        org_names.dedup();
        Ok(EventRow {
            node: node_text(e),
            kind,
            date: self.date,
            end: self.end,
            participants,
            organizer_nodes: self.organizers.iter().filter_map(term_node).collect(),
            organizers: org_names,
            location: self.location,
            article: article_of(g),
            evidence: self.evidence,
        })
    }
}

/// The rows of one event node: one per type and article graph it has, in
/// the order [`events`] gives them (by type, then graph).
pub(crate) fn event_rows(scan: &mut Scan, e: &NamedOrBlankNode) -> Result<Vec<EventRow>> {
    let rdf_type = named(RDF_TYPE.into());
    let mut typed: Vec<(EventType, GraphName)> = Vec::new();
    for quad in scan
        .store
        .quads_for_pattern(Some(e.as_ref()), Some(rdf_type.as_ref()), None, None)
    {
        let quad = quad.map_err(crate::read::scan::term_error)?;
        if quad.graph_name.is_default_graph() {
            continue;
        }
        let Term::NamedNode(class) = &quad.object else {
            continue;
        };
        let Some(local) = class.as_str().strip_prefix(ns::VNKG) else {
            continue;
        };
        if let Some(kind) = EventType::ALL.into_iter().find(|k| k.as_str() == local) {
            typed.push((kind, quad.graph_name));
        }
    }
    // Types in `EventType::ALL` order (its `Ord`); stable: the graphs of one
    // type stay in the store's order.
    typed.sort_by_key(|(kind, _)| *kind);
    let mut rows = Vec::new();
    for (kind, g) in typed {
        let raw = Raw::read(scan, e, &g)?;
        rows.push(raw.into_row(scan, kind, e, &g)?);
    }
    Ok(rows)
}

/// The event nodes `node` takes part in (any part), organizes, or whose
/// award it confers, each once, in the store's order.
pub(crate) fn events_touching(store: &Store, node: &Term) -> Result<Vec<NamedOrBlankNode>> {
    // (Built once: a graph's walk asks this of every node it meets.)
    static PROPERTIES: LazyLock<Vec<NamedNode>> = LazyLock::new(|| {
        let parts = Part::LISTED
            .iter()
            .map(|p| format!("{}{}", ns::VNKG, p.property()));
        let others = ["attendee", "organizer"]
            .iter()
            .map(|local| format!("{}{local}", ns::SCHEMA))
            .chain([format!("{}conferredBy", ns::VNKG)]);
        parts.chain(others).map(named).collect()
    });
    let mut seen = HashSet::new();
    let mut found = Vec::new();
    for p in PROPERTIES.iter() {
        for quad in store.quads_for_pattern(None, Some(p.as_ref()), Some(node.as_ref()), None) {
            let quad = quad.map_err(crate::read::scan::term_error)?;
            if !quad.graph_name.is_default_graph() && seen.insert(quad.subject.clone()) {
                found.push(quad.subject);
            }
        }
    }
    Ok(found)
}
