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
use oxigraph::model::Term;
use oxigraph::store::Store;
use std::collections::{HashMap, HashSet};

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
        let (mut date, mut end, mut location, mut evidence) =
            (String::new(), String::new(), String::new(), String::new());
        let mut parts: HashMap<Term, HashSet<Part>> = HashMap::new();
        let mut organizers: Vec<Term> = Vec::new();
        let mut bodies: Vec<Term> = Vec::new();
        for (p, o) in scan.properties(&e, &g)? {
            let p = p.as_str();
            if let Some(local) = p.strip_prefix(ns::SCHEMA) {
                match local {
                    "startDate" => date = term_text(&o),
                    "endDate" => end = term_text(&o),
                    "location" => location = term_text(&o),
                    "organizer" => organizers.push(o),
                    "attendee" => {
                        parts.entry(o).or_default().insert(Part::Attendee);
                    }
                    _ => {}
                }
            } else if let Some(local) = p.strip_prefix(ns::VNKG) {
                if let Some(part) = Part::from_property(local) {
                    parts.entry(o).or_default().insert(part);
                } else if local == "evidence" && evidence.is_empty() {
                    evidence = term_text(&o);
                } else if local == "conferredBy" {
                    bodies.push(o);
                }
            }
        }
        if !date_within(&date, filter.from.as_deref(), filter.to.as_deref()) {
            continue;
        }
        if wanted_people
            .as_ref()
            .is_some_and(|w| !parts.keys().any(|p| w.contains(p)))
        {
            continue;
        }
        if wanted_orgs
            .as_ref()
            .is_some_and(|w| !organizers.iter().chain(&bodies).any(|o| w.contains(o)))
        {
            continue;
        }
        let mut participants = Vec::with_capacity(parts.len());
        for (person, own) in parts {
            participants.push(EventPart {
                iri: term_node(&person).unwrap_or_else(|| person.to_string()),
                name: scan.label(&person, FOAF_NAME, &g)?,
                parts: own,
            });
        }
        let mut org_names = Vec::new();
        for o in &organizers {
            org_names.push(scan.label(o, PREF_LABEL, &g)?);
        }
        org_names.sort();
        org_names.dedup();
        found.push(EventRow {
            node: node_text(&e),
            kind,
            date,
            end,
            participants,
            organizer_nodes: organizers.iter().filter_map(term_node).collect(),
            organizers: org_names,
            location,
            article: article_of(&g),
            evidence,
        });
    }
    Ok(found)
}
