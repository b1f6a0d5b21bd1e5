/*!
The graph itself: one node per person, organization, event and award (and
per post when asked), one edge per relation, built from the facts read
([`Facts`]) within a date range, in a stable order (by kind, then folded
label) that golden tests depend on.

Uses: `views::graph::facts`, `read::dates`, `rdf`, `model`, `normalize`.
*/

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;

use petgraph::graph::{DiGraph, NodeIndex};

use super::facts::{min_opt, stated, Facts};
use crate::error::{Error, Result};
use crate::extract::normalize::fold;
use crate::model::{Part, Status};
use crate::rdf::{self, local_name};
use crate::read::dates::DateRange;

// ---------------------------------------------------------------------------
// Kinds and parts

/// The node kinds drawn when `--kinds` is not given (posts appear as edge
/// labels between a person and an organization instead).
pub const DEFAULT_KINDS: [&str; 4] = ["person", "org", "event", "award"];

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(super) enum Kind {
    Person,
    Org,
    Post,
    Event,
    Award,
}

impl Kind {
    const ALL: [Kind; 5] = [
        Kind::Person,
        Kind::Org,
        Kind::Post,
        Kind::Event,
        Kind::Award,
    ];

    pub(super) fn name(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Org => "org",
            Kind::Post => "post",
            Kind::Event => "event",
            Kind::Award => "award",
        }
    }
    pub(super) fn parse(s: &str) -> Option<Kind> {
        match s.trim().to_lowercase().as_str() {
            "person" | "people" | "persons" => Some(Kind::Person),
            "org" | "orgs" | "organization" | "organizations" => Some(Kind::Org),
            "post" | "posts" => Some(Kind::Post),
            "event" | "events" => Some(Kind::Event),
            "award" | "awards" => Some(Kind::Award),
            _ => None,
        }
    }
    pub(super) fn plural(self, n: usize) -> &'static str {
        match (self, n) {
            (Kind::Person, 1) => "person",
            (Kind::Person, _) => "people",
            (Kind::Org, 1) => "organization",
            (Kind::Org, _) => "organizations",
            (Kind::Post, 1) => "post",
            (Kind::Post, _) => "posts",
            (Kind::Event, 1) => "event",
            (Kind::Event, _) => "events",
            (Kind::Award, 1) => "award",
            (Kind::Award, _) => "awards",
        }
    }
    pub(super) fn legend(self) -> &'static str {
        match self {
            Kind::Person => "Người\n(person)",
            Kind::Org => "Tổ chức\n(organization)",
            Kind::Post => "Chức vụ\n(post)",
            Kind::Event => "Sự kiện\n(event)",
            Kind::Award => "Khen thưởng\n(award)",
        }
    }
    pub(super) fn style(self) -> &'static str {
        match self {
            Kind::Person => {
                r##"shape=ellipse, style=filled, fillcolor="#dbeafe", color="#1d4ed8""##
            }
            Kind::Org => {
                r##"shape=box, style="rounded,filled", fillcolor="#fef3c7", color="#b45309""##
            }
            Kind::Post => r##"shape=octagon, style=filled, fillcolor="#ede9fe", color="#6d28d9""##,
            Kind::Event => r##"shape=hexagon, style=filled, fillcolor="#dcfce7", color="#15803d""##,
            Kind::Award => r##"shape=cds, style=filled, fillcolor="#fce7f3", color="#be185d""##,
        }
    }
}

pub(super) fn parse_kinds(kinds: Option<&[String]>) -> Result<BTreeSet<Kind>> {
    let Some(kinds) = kinds else {
        return Ok(DEFAULT_KINDS
            .iter()
            .filter_map(|k| Kind::parse(k))
            .collect());
    };
    let mut set = BTreeSet::new();
    for k in kinds.iter().flat_map(|k| k.split(',')) {
        if k.trim().is_empty() {
            continue;
        }
        match Kind::parse(k) {
            Some(kind) => {
                set.insert(kind);
            }
            None => {
                let known: Vec<&str> = Kind::ALL.iter().map(|k| k.name()).collect();
                return Err(Error::Usage(format!(
                    "unknown node kind {:?} (expected {})",
                    k.trim(),
                    known.join(", ")
                )));
            }
        }
    }
    if set.is_empty() {
        return Err(Error::Usage("--kinds needs at least one kind".into()));
    }
    Ok(set)
}

/// How a participation edge names a part.
pub(super) fn part_label(part: Part) -> &'static str {
    match part {
        Part::Chair => "chủ trì",
        Part::Speaker => "phát biểu",
        Part::Presenter => "trao",
        Part::Recipient => "nhận",
        Part::Elected => "được bầu",
        Part::Appointed => "được bổ nhiệm",
        Part::Attendee => "dự",
    }
}

/// Vietnamese names of the event classes of the ontology.
pub(super) fn event_type_label(local: &str) -> &'static str {
    match local {
        "Conference" => "Hội nghị",
        "Session" => "Kỳ họp",
        "Congress" => "Đại hội",
        "Election" => "Bầu cử",
        "Appointment" => "Bổ nhiệm",
        "AwardCeremony" => "Lễ trao thưởng",
        "Signing" => "Ký kết",
        "Visit" => "Chuyến thăm",
        "Discipline" => "Kỷ luật",
        "Commemoration" => "Lễ kỷ niệm",
        _ => "Sự kiện",
    }
}

// ---------------------------------------------------------------------------
// The graph

#[derive(Clone, Debug)]
pub(super) struct Node {
    pub(super) kind: Kind,
    pub(super) iri: String,
    pub(super) label: String,
    /// Other labels a focus may match (organizations' altLabels).
    pub(super) alt_labels: Vec<String>,
}

/// What an edge stands for; the order is the order edges are written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Rel {
    /// person → organization (or person → post when posts are nodes).
    Membership,
    /// post → organization.
    PostIn,
    /// person → event.
    Participates,
    /// organization → event.
    Organizes,
    /// event → award.
    Awards,
    /// organization → award (or → event when it names no award).
    Confers,
    /// organization → parent organization.
    SubOrg,
}

#[derive(Clone, Debug)]
pub(super) struct Edge {
    pub(super) rel: Rel,
    pub(super) label: String,
    pub(super) status: Option<Status>,
}

pub(super) struct Kg {
    pub(super) g: DiGraph<Node, Edge>,
}

/// A post held by one person in one organization, aggregated over the
/// memberships (articles) that state it.
#[derive(Default)]
pub(super) struct Tenure {
    pub(super) role_label: String,
    pub(super) dates: BTreeSet<String>,
    /// (date, strength, status) of the latest statement.
    pub(super) latest: Option<(String, u8, Status)>,
}

impl Kg {
    pub(super) fn build(f: &Facts, post_nodes: bool, range: &DateRange) -> Kg {
        let mut nodes: BTreeMap<String, Node> = BTreeMap::new();
        let mut edges: Vec<(String, String, Edge)> = Vec::new();
        let add_node = |nodes: &mut BTreeMap<String, Node>, kind: Kind, iri: &str| {
            if !nodes.contains_key(iri) {
                let label = match kind {
                    Kind::Person => f.persons.get(iri),
                    Kind::Org => f.orgs.get(iri),
                    Kind::Award => f.awards.get(iri),
                    _ => None,
                }
                .cloned()
                .unwrap_or_else(|| local_name(iri).to_owned());
                let alt_labels = f
                    .alt_labels
                    .get(iri)
                    .map(|s| s.iter().cloned().collect())
                    .unwrap_or_default();
                nodes.insert(
                    iri.to_string(),
                    Node {
                        kind,
                        iri: iri.to_string(),
                        label,
                        alt_labels,
                    },
                );
            }
        };
        if !range.is_set() {
            for p in f.persons.keys() {
                add_node(&mut nodes, Kind::Person, p);
            }
            for o in f.orgs.keys() {
                add_node(&mut nodes, Kind::Org, o);
            }
            for a in f.awards.keys() {
                add_node(&mut nodes, Kind::Award, a);
            }
        }

        // Posts: one edge per (person, organization, role).
        let mut tenures: BTreeMap<(String, String, String), (Option<String>, Tenure)> =
            BTreeMap::new();
        for (m, m_post) in f.memberships.values() {
            let date = stated(&m.date);
            if !range.contains(date.as_deref(), None) {
                continue;
            }
            let role_label = f
                .roles
                .get(&m.role)
                .cloned()
                .unwrap_or_else(|| local_name(&m.role).to_owned());
            let role_key = m.role.clone();
            let key = (m.person.clone(), m.org.clone(), role_key);
            let (post, t) = tenures.entry(key).or_default();
            min_opt(post, m_post.clone());
            t.role_label = role_label;
            if let Some(d) = &date {
                t.dates.insert(d.clone());
            }
            let status = m.status;
            let stamp = (date.clone().unwrap_or_default(), status.strength(), status);
            if t.latest.as_ref().is_none_or(|l| stamp > *l) {
                t.latest = Some(stamp);
            }
        }
        for ((person, org, _), (post, t)) in &tenures {
            add_node(&mut nodes, Kind::Person, person);
            add_node(&mut nodes, Kind::Org, org);
            let status = t.latest.as_ref().map_or(Status::Held, |l| l.2);
            let dates = match (t.dates.first(), t.dates.last()) {
                (Some(a), Some(b)) if a == b => format!(" ({a})"),
                (Some(a), Some(b)) => format!(" ({a} – {b})"),
                _ => String::new(),
            };
            let prefix = match status {
                Status::Former => "nguyên ",
                Status::Ends => "thôi ",
                Status::Held | Status::Starts => "",
            };
            if post_nodes {
                let org_label = f
                    .orgs
                    .get(org)
                    .cloned()
                    .unwrap_or_else(|| local_name(org).to_owned());
                // A membership without `vnkg:post` (RDF from elsewhere)
                // gets the IRI `rdf::post_iri` mints: one post, one node.
                let post_iri = post.clone().unwrap_or_else(|| {
                    rdf::post_iri(&org_label, &t.role_label).as_str().to_owned()
                });
                if !nodes.contains_key(&post_iri) {
                    nodes.insert(
                        post_iri.clone(),
                        Node {
                            kind: Kind::Post,
                            iri: post_iri.clone(),
                            label: format!("{}\n{}", t.role_label, org_label),
                            alt_labels: Vec::new(),
                        },
                    );
                }
                let status_label = match status {
                    Status::Held => "giữ",
                    Status::Starts => "nhận",
                    Status::Former => "nguyên",
                    Status::Ends => "thôi",
                };
                edges.push((
                    person.clone(),
                    post_iri.clone(),
                    Edge {
                        rel: Rel::Membership,
                        label: format!("{status_label}{dates}"),
                        status: Some(status),
                    },
                ));
                edges.push((
                    post_iri,
                    org.clone(),
                    Edge {
                        rel: Rel::PostIn,
                        label: "tại".to_string(),
                        status: None,
                    },
                ));
            } else {
                edges.push((
                    person.clone(),
                    org.clone(),
                    Edge {
                        rel: Rel::Membership,
                        label: format!("{prefix}{}{dates}", t.role_label),
                        status: Some(status),
                    },
                ));
            }
        }

        // Events, their participants, organizers and awards.
        let shown_events: BTreeSet<&String> = f
            .events
            .iter()
            .filter(|(_, e)| range.contains(stated(&e.date).as_deref(), stated(&e.end).as_deref()))
            .map(|(iri, _)| iri)
            .collect();
        for (iri, e) in &f.events {
            if !shown_events.contains(iri) {
                continue;
            }
            let mut label = event_type_label(e.kind.as_str()).to_string();
            match (&stated(&e.date), &stated(&e.end)) {
                (Some(s), Some(end)) if s != end => {
                    let _ = write!(label, "\n{s} – {end}");
                }
                (Some(s), _) => {
                    let _ = write!(label, "\n{s}");
                }
                _ => {}
            }
            if let Some(loc) = &stated(&e.location) {
                let _ = write!(label, "\n{loc}");
            }
            nodes.insert(
                iri.clone(),
                Node {
                    kind: Kind::Event,
                    iri: iri.clone(),
                    label,
                    alt_labels: Vec::new(),
                },
            );
        }
        for ((e, p), parts) in &f.parts {
            if !shown_events.contains(e) {
                continue;
            }
            add_node(&mut nodes, Kind::Person, p);
            let specific: Vec<&str> = parts
                .iter()
                .filter(|p| **p != Part::Attendee)
                .map(|p| part_label(*p))
                .collect();
            let label = if specific.is_empty() {
                part_label(Part::Attendee).to_string()
            } else {
                specific.join(", ")
            };
            edges.push((
                p.clone(),
                e.clone(),
                Edge {
                    rel: Rel::Participates,
                    label,
                    status: None,
                },
            ));
        }
        for (e, o) in &f.organizers {
            if !shown_events.contains(e) {
                continue;
            }
            add_node(&mut nodes, Kind::Org, o);
            edges.push((
                o.clone(),
                e.clone(),
                Edge {
                    rel: Rel::Organizes,
                    label: "tổ chức".to_string(),
                    status: None,
                },
            ));
        }
        for (e, aw) in &f.event_awards {
            if !shown_events.contains(e) {
                continue;
            }
            add_node(&mut nodes, Kind::Award, aw);
            edges.push((
                e.clone(),
                aw.clone(),
                Edge {
                    rel: Rel::Awards,
                    label: "trao".to_string(),
                    status: None,
                },
            ));
        }
        let mut confers: BTreeSet<(String, String)> = BTreeSet::new();
        for (s, o) in &f.conferred {
            if f.events.contains_key(s) {
                if !shown_events.contains(s) {
                    continue;
                }
                let awards: Vec<&String> = f
                    .event_awards
                    .iter()
                    .filter(|(e, _)| e == s)
                    .map(|(_, aw)| aw)
                    .collect();
                if awards.is_empty() {
                    confers.insert((o.clone(), s.clone()));
                }
                for aw in awards {
                    confers.insert((o.clone(), aw.clone()));
                }
            } else if nodes.contains_key(s) || !range.is_set() {
                add_node(&mut nodes, Kind::Award, s);
                confers.insert((o.clone(), s.clone()));
            }
        }
        for (o, target) in confers {
            add_node(&mut nodes, Kind::Org, &o);
            edges.push((
                o,
                target,
                Edge {
                    rel: Rel::Confers,
                    label: "trao tặng".to_string(),
                    status: None,
                },
            ));
        }

        // Sub-organizations: all of them, or (with a date range) the
        // parents of the organizations that dated facts keep.
        let mut parents: BTreeMap<&String, Vec<&String>> = BTreeMap::new();
        for (child, parent) in &f.sub_orgs {
            parents.entry(child).or_default().push(parent);
        }
        let mut queue: Vec<String> = if range.is_set() {
            nodes
                .values()
                .filter(|n| n.kind == Kind::Org)
                .map(|n| n.iri.clone())
                .collect()
        } else {
            f.sub_orgs
                .iter()
                .flat_map(|(c, p)| [c.clone(), p.clone()])
                .collect()
        };
        let mut seen: BTreeSet<String> = BTreeSet::new();
        while let Some(org) = queue.pop() {
            if !seen.insert(org.clone()) {
                continue;
            }
            add_node(&mut nodes, Kind::Org, &org);
            for parent in parents.get(&org).into_iter().flatten() {
                add_node(&mut nodes, Kind::Org, parent);
                edges.push((
                    org.clone(),
                    (*parent).clone(),
                    Edge {
                        rel: Rel::SubOrg,
                        label: "trực thuộc".to_string(),
                        status: None,
                    },
                ));
                queue.push((*parent).clone());
            }
        }

        // Insert in a stable order: by kind, then folded label.
        let mut sorted: Vec<Node> = nodes.into_values().collect();
        sorted.sort_by_cached_key(|n| (n.kind, fold(&n.label), n.label.clone(), n.iri.clone()));
        let mut g = DiGraph::new();
        let mut index: HashMap<String, NodeIndex> = HashMap::new();
        for n in sorted {
            let iri = n.iri.clone();
            index.insert(iri, g.add_node(n));
        }
        let mut resolved: Vec<(NodeIndex, NodeIndex, Edge)> = edges
            .into_iter()
            .filter_map(|(a, b, e)| Some((*index.get(&a)?, *index.get(&b)?, e)))
            .collect();
        resolved
            .sort_by(|x, y| (x.0, x.1, x.2.rel, &x.2.label).cmp(&(y.0, y.1, y.2.rel, &y.2.label)));
        resolved
            .dedup_by(|x, y| (x.0, x.1, x.2.rel, &x.2.label) == (y.0, y.1, y.2.rel, &y.2.label));
        for (a, b, e) in resolved {
            g.add_edge(a, b, e);
        }
        Kg { g }
    }
}
