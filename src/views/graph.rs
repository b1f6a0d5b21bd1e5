/*!
Relationship graphs a person can read: who holds which post where, who took
part in which event, which body conferred which award.

The store holds RDF in the shape of the contract (people, organizations,
memberships, events, awards, one named graph per article); a reader wants a
picture, not a hairball of triples. This module reads the store with SPARQL,
builds a `petgraph` graph with one node per person, organization, event and
award (and per post when asked), cuts it down to what was asked (a focus and
a depth, node kinds, a date range, one article, a node budget), and writes
Graphviz DOT: escaped labels, a stable order (golden tests depend on it), a
shape and colour per kind, clusters for an organization and its
sub-organizations, a legend. [`path_dot`] answers "how are A and B linked?"
with the shortest chain of relations, and [`render`] turns DOT into SVG or
PNG through Graphviz's `dot` program.
*/

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::fmt::Write as _;
use std::io::Write as _;
use std::process::{Command, Stdio};

use oxigraph::model::GraphName;
use oxigraph::store::Store;
use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction;

use crate::derive::resolve::Resolution;
use crate::error::{Error, Result};
use crate::model::{Part, Status};
use crate::rdf::{self, local_name, ns};
use crate::read;
use crate::read::dates::DateRange;
use crate::read::entities::Label;
use crate::read::events::{EventFilter, EventRow};
use crate::read::memberships::{Membership, PostFilter};
use crate::read::names::best_matches;
use crate::read::scan::{node_text, term_node as scan_node, Dataset};

/// The depth the CLI should use when `--focus` is given without `--depth`.
pub const DEFAULT_DEPTH: usize = 2;

/// The node kinds drawn when `--kinds` is not given (posts appear as edge
/// labels between a person and an organization instead).
pub const DEFAULT_KINDS: [&str; 4] = ["person", "org", "event", "award"];

/// What to draw. `Options::default()` draws the whole store.
#[derive(Default, Clone, Debug)]
pub struct Options {
    /// A person, organization or award: name or label, matched without
    /// regard to case or diacritics, or its IRI (or the IRI's tail, e.g.
    /// `person/le-van-a-1a2b3c4d`).
    pub focus: Option<String>,
    /// How many relations away from the focus to go; 0 = no limit (the
    /// focus's whole connected part). The CLI's default is [`DEFAULT_DEPTH`].
    pub depth: usize,
    /// Node kinds to draw: `person`, `org`, `post`, `event`, `award`.
    /// `None` = [`DEFAULT_KINDS`]. The focus is drawn whatever its kind;
    /// `depth` counts relations among the kinds kept (with `person,event`,
    /// depth 2 from a person reaches the people met at the same events).
    pub kinds: Option<Vec<String>>,
    /// Keep only dated facts (posts by their article's date, events by
    /// their dates) from this date on: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub from: Option<String>,
    /// Keep only dated facts up to this date (same forms as `from`).
    pub to: Option<String>,
    /// Draw only what one article says (its id, or its IRI).
    pub article: Option<String>,
    /// Draw at most this many nodes, the ones nearest the focus (or the
    /// best connected ones) first; the DOT says how many were left out.
    pub max_nodes: Option<usize>,
    /// Who the people of the article graphs are across articles (see
    /// `resolve`). With it, namesakes the resolution tells apart are
    /// drawn apart, with their resolved IRIs; without it, one node per
    /// name.
    pub people: Option<std::sync::Arc<People>>,
}

/// The people of a store as the caller knows them: all its memberships
/// (`derive::kept::memberships`, from the cache where it is valid) and
/// their resolution into persons. The graph draws these memberships
/// instead of reading them again.
#[derive(Debug)]
pub struct People {
    pub memberships: Vec<Membership>,
    pub resolution: Resolution,
}

/// Builds the DOT graph of the store as `opts` asks.
pub fn dot(store: &Store, opts: &Options) -> Result<String> {
    let kinds = parse_kinds(opts.kinds.as_deref())?;
    let range = DateRange::new(opts.from.as_deref(), opts.to.as_deref())?;
    if opts.max_nodes == Some(0) {
        return Err(Error::Usage("--max-nodes must be at least 1".into()));
    }
    let dataset = match &opts.article {
        Some(id) => Dataset::article(store, id)?,
        None => Dataset::Merged,
    };
    let people = opts.people.as_deref();
    let mut facts = Facts::load(store, &dataset, people.map(|p| p.memberships.as_slice()))?;
    if let Some(people) = people {
        facts.resolve_people(&people.resolution);
    }
    let kg = Kg::build(&facts, kinds.contains(&Kind::Post), &range);

    let focus = match &opts.focus {
        Some(name) => Some(kg.resolve(name)?),
        None => None,
    };
    let keep: Vec<bool> =
        kg.g.node_indices()
            .map(|n| kinds.contains(&kg.g[n].kind) || Some(n) == focus)
            .collect();
    let order = match focus {
        Some(f) => kg.bfs(&keep, &[f], opts.depth),
        None => {
            let mut starts: Vec<NodeIndex> =
                kg.g.node_indices().filter(|n| keep[n.index()]).collect();
            starts.sort_by_key(|&n| (std::cmp::Reverse(kg.degree(n, &keep)), n));
            kg.bfs(&keep, &starts, 0)
        }
    };
    let mut shown = order;
    let mut cut: Vec<NodeIndex> = Vec::new();
    if let Some(max) = opts.max_nodes {
        if shown.len() > max {
            cut = shown.split_off(max);
        }
    }

    let mut title = Vec::new();
    if let Some(f) = focus {
        title.push(format!("focus: {}", kg.g[f].label));
        title.push(match opts.depth {
            0 => "depth: all".to_string(),
            d => format!("depth: {d}"),
        });
    }
    if let Some(id) = &opts.article {
        title.push(format!("article: {id}"));
    }
    if range.is_set() {
        title.push(format!(
            "dates: {} – {}",
            opts.from.as_deref().unwrap_or("…"),
            opts.to.as_deref().unwrap_or("…")
        ));
    }
    let mut notes = Vec::new();
    if !cut.is_empty() {
        let mut by_kind: BTreeMap<Kind, usize> = BTreeMap::new();
        for n in &cut {
            *by_kind.entry(kg.g[*n].kind).or_default() += 1;
        }
        let detail: Vec<String> = by_kind
            .iter()
            .map(|(k, c)| format!("{c} {}", k.plural(*c)))
            .collect();
        notes.push(format!(
            "{} nodes not shown (--max-nodes {})\n{}",
            cut.len(),
            opts.max_nodes.unwrap_or_default(),
            detail.join(", ")
        ));
    }
    if shown.is_empty() {
        notes.push("no facts match these options".to_string());
    }
    let edges = kg.edges_among(&shown);
    Ok(kg.emit(&shown, &edges, focus, &title, &notes))
}

/// The shortest chain of relations between two entities (people,
/// organizations or awards, named as for [`Options::focus`]): one line of
/// text per hop (`Lê Văn A —Bí thư (2024-12)→ Tỉnh ủy X`) and the chain as
/// DOT. Relations are followed in either direction.
///
/// `people`, when given, tells namesakes apart as in [`Options::people`].
pub fn path_dot(
    store: &Store,
    a: &str,
    b: &str,
    people: Option<&People>,
) -> Result<(String, String)> {
    let known = people.map(|p| p.memberships.as_slice());
    let mut facts = Facts::load(store, &Dataset::Merged, known)?;
    if let Some(people) = people {
        facts.resolve_people(&people.resolution);
    }
    let kg = Kg::build(&facts, false, &DateRange::default());
    let from = kg.resolve(a)?;
    let to = kg.resolve(b)?;
    let keep = vec![true; kg.g.node_count()];
    let Some(path) = kg.shortest_path(&keep, from, to) else {
        return Err(Error::Usage(format!(
            "no chain of relations links {} and {}",
            kg.g[from].label, kg.g[to].label
        )));
    };
    let mut text = String::new();
    let mut edges = Vec::new();
    if path.len() == 1 {
        let _ = writeln!(text, "{}", one_line(&kg.g[from].label));
    }
    for pair in path.windows(2) {
        let (u, v) = (pair[0], pair[1]);
        let forward = kg.edges_between(u, v);
        let backward = kg.edges_between(v, u);
        let (labels, arrow) = if !forward.is_empty() {
            (kg.edge_labels(&forward), true)
        } else {
            (kg.edge_labels(&backward), false)
        };
        let (left, right) = (one_line(&kg.g[u].label), one_line(&kg.g[v].label));
        if arrow {
            let _ = writeln!(text, "{left} —{labels}→ {right}");
        } else {
            let _ = writeln!(text, "{left} ←{labels}— {right}");
        }
        edges.extend(forward);
        edges.extend(backward);
    }
    let mut nodes = path.clone();
    nodes.sort();
    edges.sort();
    let title = vec![format!(
        "path: {} → {} ({} hops)",
        kg.g[from].label,
        kg.g[to].label,
        path.len() - 1
    )];
    let dot = kg.emit(&nodes, &edges, None, &title, &[]);
    Ok((text, dot))
}

/// Renders DOT as `svg` or `png` (also `pdf`; `dot` returns the DOT itself)
/// with Graphviz's `dot` program.
pub fn render(dot: &str, format: &str) -> Result<Vec<u8>> {
    render_with("dot", dot, format)
}

fn render_with(program: &str, dot: &str, format: &str) -> Result<Vec<u8>> {
    let format = format.trim().to_ascii_lowercase();
    match format.as_str() {
        "dot" | "gv" => return Ok(dot.as_bytes().to_vec()),
        "svg" | "png" | "pdf" => {}
        _ => {
            return Err(Error::Usage(format!(
                "unknown graph format {:?} (expected dot, svg or png)",
                format
            )))
        }
    }
    let mut child = match Command::new(program)
        .arg(format!("-T{format}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::Data(format!(
                "rendering {format} needs Graphviz's `{program}` program, which is not installed: \
                 install Graphviz (`apt-get install graphviz` on Debian/Ubuntu, \
                 `brew install graphviz` on macOS, https://graphviz.org/download/ elsewhere) \
                 or write DOT with --format dot"
            )))
        }
        Err(e) => return Err(Error::Data(format!("cannot run `{program}`: {e}"))),
    };
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let input = dot.as_bytes().to_vec();
    // Write from another thread: `dot` may fill its stdout pipe before it
    // has read all of its input.
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child
        .wait_with_output()
        .map_err(|e| Error::Data(format!("cannot run `{program}`: {e}")))?;
    let written = writer.join().unwrap_or(Ok(()));
    if !output.status.success() {
        return Err(Error::Data(format!(
            "`{program} -T{format}` failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        )));
    }
    written.map_err(|e| Error::Data(format!("cannot write to `{program}`: {e}")))?;
    Ok(output.stdout)
}

use crate::normalize::fold;

// ---------------------------------------------------------------------------
// Kinds and parts

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Kind {
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

    fn name(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Org => "org",
            Kind::Post => "post",
            Kind::Event => "event",
            Kind::Award => "award",
        }
    }
    fn parse(s: &str) -> Option<Kind> {
        match s.trim().to_lowercase().as_str() {
            "person" | "people" | "persons" => Some(Kind::Person),
            "org" | "orgs" | "organization" | "organizations" => Some(Kind::Org),
            "post" | "posts" => Some(Kind::Post),
            "event" | "events" => Some(Kind::Event),
            "award" | "awards" => Some(Kind::Award),
            _ => None,
        }
    }
    fn plural(self, n: usize) -> &'static str {
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
    fn legend(self) -> &'static str {
        match self {
            Kind::Person => "Người\n(person)",
            Kind::Org => "Tổ chức\n(organization)",
            Kind::Post => "Chức vụ\n(post)",
            Kind::Event => "Sự kiện\n(event)",
            Kind::Award => "Khen thưởng\n(award)",
        }
    }
    fn style(self) -> &'static str {
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

fn parse_kinds(kinds: Option<&[String]>) -> Result<BTreeSet<Kind>> {
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
fn part_label(part: Part) -> &'static str {
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
fn event_type_label(local: &str) -> &'static str {
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
// What the graph draws, read through `read`

/// A label on one line: control characters and runs of white space (line
/// breaks included) become one space. Line breaks in the DOT are ours.
fn clean(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The smallest of a node's labels, cleaned (a value that is not a literal,
/// or no label, stands as the IRI's tail).
fn least_label(iri: &str, labels: &[Label]) -> String {
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
fn stated(value: &str) -> Option<String> {
    (!value.is_empty()).then(|| clean(value))
}

/// Everything the graph draws, as read from the store.
#[derive(Default)]
struct Facts {
    persons: BTreeMap<String, String>,
    orgs: BTreeMap<String, String>,
    alt_labels: BTreeMap<String, BTreeSet<String>>,
    sub_orgs: BTreeSet<(String, String)>,
    roles: BTreeMap<String, String>,
    /// Membership node → the membership and the post it names.
    memberships: BTreeMap<String, (Membership, Option<String>)>,
    events: BTreeMap<String, EventRow>,
    parts: BTreeMap<(String, String), BTreeSet<Part>>,
    organizers: BTreeSet<(String, String)>,
    awards: BTreeMap<String, String>,
    event_awards: BTreeSet<(String, String)>,
    conferred: BTreeSet<(String, String)>,
}

/// Keeps the smallest of several values, so that labels that differ between
/// articles give the same graph whatever the order of the rows.
fn keep_min(map: &mut BTreeMap<String, String>, key: String, value: String) {
    map.entry(key)
        .and_modify(|v| {
            if value < *v {
                v.clone_from(&value)
            }
        })
        .or_insert(value);
}

fn min_opt(a: &mut Option<String>, b: Option<String>) {
    if let Some(b) = b {
        if a.as_ref().is_none_or(|a| b < *a) {
            *a = Some(b);
        }
    }
}

impl Facts {
    /// Reads what the graph draws from `dataset`: the entities and their
    /// labels (`read::entities`), the memberships (`read::memberships`,
    /// or those of the whole store given in `known`) with the posts they
    /// name, the events (`read::events`).
    fn load(store: &Store, dataset: &Dataset, known: Option<&[Membership]>) -> Result<Facts> {
        let entities = read::entities::entities(store, dataset)?;
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
        let article = match dataset {
            Dataset::Merged => None,
            Dataset::Article(g) => Some(read::scan::article_of(&GraphName::NamedNode(g.clone()))),
        };
        let memberships = match (known, dataset) {
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
        let mut posts: BTreeMap<String, Option<String>> = BTreeMap::new();
        for (m, post) in dataset.pairs(store, &format!("{}post", ns::VNKG))? {
            if let Some(post) = scan_node(&post) {
                min_opt(posts.entry(node_text(&m)).or_default(), Some(post));
            }
        }
        for m in memberships {
            let post = posts.get(&m.node).cloned().flatten();
            f.memberships.entry(m.node.clone()).or_insert((m, post));
        }
        for event in read::events::events(store, &EventFilter::default())? {
            if article.as_ref().is_some_and(|a| *a != event.article) {
                continue;
            }
            for p in &event.participants {
                f.parts
                    .entry((event.node.clone(), p.iri.clone()))
                    .or_default()
                    .extend(p.parts.iter().copied());
            }
            for o in &event.organizer_nodes {
                f.organizers.insert((event.node.clone(), o.clone()));
            }
            f.events.entry(event.node.clone()).or_insert(event);
        }
        Ok(f)
    }
}

impl Facts {
    /// Draws the people as `people` resolves them: a name that stands for
    /// several officials becomes one node per official (resolved IRI), in
    /// the posts and events of the articles that mention each. Mentions the
    /// resolution does not cover (a name met only in an event) keep the
    /// name's node.
    fn resolve_people(&mut self, people: &Resolution) {
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

// ---------------------------------------------------------------------------
// The graph

#[derive(Clone, Debug)]
struct Node {
    kind: Kind,
    iri: String,
    label: String,
    /// Other labels a focus may match (organizations' altLabels).
    alt_labels: Vec<String>,
}

/// What an edge stands for; the order is the order edges are written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Rel {
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
struct Edge {
    rel: Rel,
    label: String,
    status: Option<Status>,
}

struct Kg {
    g: DiGraph<Node, Edge>,
}

/// A post held by one person in one organization, aggregated over the
/// memberships (articles) that state it.
#[derive(Default)]
struct Tenure {
    role_label: String,
    dates: BTreeSet<String>,
    /// (date, strength, status) of the latest statement.
    latest: Option<(String, u8, Status)>,
}

impl Kg {
    fn build(f: &Facts, post_nodes: bool, range: &DateRange) -> Kg {
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

    fn degree(&self, n: NodeIndex, keep: &[bool]) -> usize {
        self.g
            .neighbors_undirected(n)
            .filter(|m| keep[m.index()])
            .count()
    }

    /// The kept neighbours of `n`, in node order.
    fn neighbours(&self, n: NodeIndex, keep: &[bool]) -> Vec<NodeIndex> {
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
    fn bfs(&self, keep: &[bool], starts: &[NodeIndex], depth: usize) -> Vec<NodeIndex> {
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

    fn shortest_path(
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

    fn edges_between(&self, a: NodeIndex, b: NodeIndex) -> Vec<EdgeIndex> {
        let mut v: Vec<EdgeIndex> = self.g.edges_connecting(a, b).map(|e| e.id()).collect();
        v.sort();
        v
    }

    fn edge_labels(&self, edges: &[EdgeIndex]) -> String {
        let labels: Vec<String> = edges.iter().map(|e| one_line(&self.g[*e].label)).collect();
        labels.join("; ")
    }

    /// The edges whose two ends are both shown, in a stable order.
    fn edges_among(&self, shown: &[NodeIndex]) -> Vec<EdgeIndex> {
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
    fn resolve(&self, name: &str) -> Result<NodeIndex> {
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
    fn describe(&self, n: NodeIndex) -> String {
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

    /// Writes DOT for the given nodes and edges.
    fn emit(
        &self,
        nodes: &[NodeIndex],
        edges: &[EdgeIndex],
        focus: Option<NodeIndex>,
        title: &[String],
        notes: &[String],
    ) -> String {
        let mut nodes = nodes.to_vec();
        nodes.sort();
        let id: HashMap<NodeIndex, usize> =
            nodes.iter().enumerate().map(|(i, n)| (*n, i)).collect();
        let mut edges = edges.to_vec();
        edges.sort_by_key(|&e| {
            let (a, b) = self.g.edge_endpoints(e).expect("edge exists");
            (id[&a], id[&b], self.g[e].rel, self.g[e].label.clone())
        });

        let mut out = String::new();
        out.push_str("// vnkg relationship graph. Render: dot -Tsvg graph.dot -o graph.svg\n");
        for note in notes {
            let _ = writeln!(out, "// {}", one_line(note).replacen(", ", ": ", 1));
        }
        out.push_str("digraph vnkg {\n");
        let count = |n: usize, what: &str| match n {
            1 => format!("1 {what}"),
            n => format!("{n} {what}s"),
        };
        let mut header = format!(
            "{}, {}",
            count(nodes.len(), "node"),
            count(edges.len(), "edge")
        );
        if !title.is_empty() {
            header = format!("{} · {header}", title.join(" · "));
        }
        let _ = writeln!(
            out,
            "  graph [charset=\"UTF-8\", rankdir=LR, fontname=\"{FONT}\", fontsize=12, \
             labelloc=t, label={}, nodesep=0.25, ranksep=0.5];",
            quote(&header)
        );
        let _ = writeln!(out, "  node [fontname=\"{FONT}\", fontsize=11];");
        let _ = writeln!(
            out,
            "  edge [fontname=\"{FONT}\", fontsize=9, color=\"#555555\", fontcolor=\"#333333\"];"
        );

        // Clusters: each organization with its sub-organizations. An
        // organization with several shown parents goes in the first one
        // that makes no cycle.
        let mut cluster_parent: HashMap<NodeIndex, NodeIndex> = HashMap::new();
        for &e in &edges {
            if self.g[e].rel != Rel::SubOrg {
                continue;
            }
            let (child, parent) = self.g.edge_endpoints(e).expect("edge exists");
            if cluster_parent.contains_key(&child) {
                continue;
            }
            let mut up = Some(parent);
            let mut cycle = false;
            while let Some(p) = up {
                if p == child {
                    cycle = true;
                    break;
                }
                up = cluster_parent.get(&p).copied();
            }
            if !cycle {
                cluster_parent.insert(child, parent);
            }
        }
        let mut children: BTreeMap<usize, Vec<NodeIndex>> = BTreeMap::new();
        for (child, parent) in &cluster_parent {
            children.entry(id[parent]).or_default().push(*child);
        }
        for list in children.values_mut() {
            list.sort_by_key(|n| id[n]);
        }
        for &n in &nodes {
            if !cluster_parent.contains_key(&n) {
                if children.contains_key(&id[&n]) {
                    self.write_cluster(&mut out, n, &id, &children, focus, 1);
                } else {
                    self.write_node(&mut out, n, &id, focus, 1);
                }
            }
        }
        for &e in &edges {
            let (a, b) = self.g.edge_endpoints(e).expect("edge exists");
            let edge = &self.g[e];
            let style = match (edge.rel, edge.status) {
                (Rel::Membership, Some(Status::Starts)) => ", color=\"#1d4ed8\", penwidth=2",
                (Rel::Membership, Some(Status::Former)) => ", color=\"#1d4ed8\", style=dashed",
                (Rel::Membership, Some(Status::Ends)) => ", color=\"#1d4ed8\", style=dotted",
                (Rel::Membership, _) => ", color=\"#1d4ed8\"",
                (Rel::PostIn, _) => ", color=\"#6d28d9\"",
                (Rel::Participates, _) => ", color=\"#15803d\"",
                (Rel::Organizes, _) => ", color=\"#b45309\"",
                (Rel::Awards | Rel::Confers, _) => ", color=\"#be185d\"",
                (Rel::SubOrg, _) => ", color=\"#b45309\", arrowhead=empty",
            };
            let _ = writeln!(
                out,
                "  n{} -> n{} [label={}{style}];",
                id[&a],
                id[&b],
                quote(&wrap(&edge.label, 28))
            );
        }
        for (i, note) in notes.iter().enumerate() {
            let _ = writeln!(
                out,
                "  note{i} [shape=note, style=filled, fillcolor=\"#ffffff\", color=\"#999999\", label={}];",
                quote(&wrap(note, 60))
            );
        }
        self.write_legend(&mut out, &nodes, &edges);
        out.push_str("}\n");
        out
    }

    fn write_node(
        &self,
        out: &mut String,
        n: NodeIndex,
        id: &HashMap<NodeIndex, usize>,
        focus: Option<NodeIndex>,
        indent: usize,
    ) {
        let node = &self.g[n];
        let bold = if Some(n) == focus { ", penwidth=3" } else { "" };
        let _ = writeln!(
            out,
            "{:indent$}n{} [label={}, {}{bold}, tooltip={}];",
            "",
            id[&n],
            quote(&wrap(&node.label, 24)),
            node.kind.style(),
            quote(&node.iri),
            indent = indent * 2
        );
    }

    fn write_cluster(
        &self,
        out: &mut String,
        n: NodeIndex,
        id: &HashMap<NodeIndex, usize>,
        children: &BTreeMap<usize, Vec<NodeIndex>>,
        focus: Option<NodeIndex>,
        indent: usize,
    ) {
        let pad = indent * 2;
        let _ = writeln!(out, "{:pad$}subgraph cluster_n{} {{", "", id[&n]);
        let _ = writeln!(
            out,
            "{:pad$}  label=\"\"; style=\"rounded,filled\"; color=\"#e5c07b\"; fillcolor=\"#fffbeb\";",
            ""
        );
        self.write_node(out, n, id, focus, indent + 1);
        for &c in children.get(&id[&n]).into_iter().flatten() {
            if children.contains_key(&id[&c]) {
                self.write_cluster(out, c, id, children, focus, indent + 1);
            } else {
                self.write_node(out, c, id, focus, indent + 1);
            }
        }
        let _ = writeln!(out, "{:pad$}}}", "");
    }

    fn write_legend(&self, out: &mut String, nodes: &[NodeIndex], edges: &[EdgeIndex]) {
        let kinds: BTreeSet<Kind> = nodes.iter().map(|n| self.g[*n].kind).collect();
        if kinds.is_empty() {
            return;
        }
        out.push_str("  subgraph cluster_legend {\n");
        out.push_str(
            "    label=\"Chú giải (legend)\"; fontsize=10; style=rounded; color=\"#999999\";\n",
        );
        for k in &kinds {
            let _ = writeln!(
                out,
                "    legend_{} [label={}, {}, fontsize=9];",
                k.name(),
                quote(k.legend()),
                k.style()
            );
        }
        if kinds.len() > 1 {
            // An invisible chain lays the kinds out in one row.
            let chain: Vec<String> = kinds
                .iter()
                .map(|k| format!("legend_{}", k.name()))
                .collect();
            let _ = writeln!(out, "    {} [style=invis];", chain.join(" -> "));
        }
        let statuses: BTreeSet<Status> = edges
            .iter()
            .filter(|e| self.g[**e].rel == Rel::Membership)
            .filter_map(|e| self.g[*e].status)
            .collect();
        for s in statuses {
            let (label, style) = match s {
                Status::Held => ("đang giữ (held)", ""),
                Status::Starts => ("nhận chức (starts)", ", penwidth=2"),
                Status::Former => ("nguyên (former)", ", style=dashed"),
                Status::Ends => ("thôi (ends)", ", style=dotted"),
            };
            let name = s.as_str();
            let _ = writeln!(
                out,
                "    legend_{name}_a [shape=point, width=0.05, color=\"#999999\"];\n    \
                 legend_{name}_b [shape=point, width=0.05, color=\"#999999\"];\n    \
                 legend_{name}_a -> legend_{name}_b [label=\"{label}\", color=\"#1d4ed8\"{style}];"
            );
        }
        out.push_str("  }\n");
    }
}

const FONT: &str = "Helvetica,Arial,sans-serif";

/// A DOT quoted string for any text: backslashes and quotes escaped, line
/// breaks as `\n`, other control characters dropped.
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' | '\u{2028}' | '\u{2029}' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A label on one line, for text output and messages: its lines joined
/// with commas.
fn one_line(s: &str) -> String {
    s.lines()
        .map(clean)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Breaks a label into lines of about `width` characters at spaces, keeping
/// the line breaks it already has.
fn wrap(s: &str, width: usize) -> String {
    let mut lines = Vec::new();
    for para in s.lines() {
        let mut line = String::new();
        for word in para.split_whitespace() {
            if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::io::RdfFormat;
    use oxigraph::model::{Literal, NamedNode, Quad, Term};

    /// Two invented articles in the contract's shape. The second one is
    /// older, has a Former post, an award ceremony and a namesake.
    const ARTICLE_ONE: &str = r#"
@prefix org: <http://www.w3.org/ns/org#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <http://schema.org/> .
@prefix vnkg: <https://w3id.org/vnkg/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/vnkg/id/> .

id:article\/bai-mot {
  id:article\/bai-mot a schema:NewsArticle ; schema:identifier "bai-mot" ;
    schema:headline "Hội nghị tổng kết"@vi ; schema:datePublished "2024-12"^^xsd:gYearMonth .
  id:person\/nguyen-van-an-11111111 a foaf:Person ; foaf:name "Nguyễn Văn An"@vi .
  id:person\/tran-thi-binh-22222222 a foaf:Person ; foaf:name "Trần Thị Bình"@vi .
  id:person\/le-van-cuong-33333333 a foaf:Person ; foaf:name "Lê Văn Cường"@vi .
  id:person\/pham-minh-duc-44444444 a foaf:Person ; foaf:name "Phạm Minh Đức"@vi .
  id:org\/tinh-uy-song-lam-aaaaaaaa a org:Organization ; skos:prefLabel "Tỉnh ủy Sông Lam"@vi .
  id:org\/btv-tinh-uy-song-lam-bbbbbbbb a org:Organization ;
    skos:prefLabel "Ban Thường vụ Tỉnh ủy Sông Lam"@vi ;
    org:subOrganizationOf id:org\/tinh-uy-song-lam-aaaaaaaa .
  id:org\/ubnd-song-lam-cccccccc a org:Organization ;
    skos:prefLabel "Ủy ban nhân dân tỉnh Sông Lam"@vi ; skos:altLabel "UBND tỉnh Sông Lam"@vi .
  id:org\/ubnd-dong-ha-dddddddd a org:Organization ;
    skos:prefLabel "Ủy ban nhân dân tỉnh Đông Hà"@vi .
  id:role\/bi-thu a org:Role ; skos:prefLabel "Bí thư"@vi .
  id:role\/chu-tich a org:Role ; skos:prefLabel "Chủ tịch"@vi .
  id:role\/uy-vien a org:Role ; skos:prefLabel "Ủy viên"@vi .
  id:membership\/m1 a org:Membership ; org:member id:person\/nguyen-van-an-11111111 ;
    org:organization id:org\/tinh-uy-song-lam-aaaaaaaa ; org:role id:role\/bi-thu ;
    vnkg:status vnkg:Held ; vnkg:date "2024-12"^^xsd:gYearMonth ;
    prov:wasDerivedFrom id:article\/bai-mot ; vnkg:evidence "..."@vi .
  id:membership\/m2 a org:Membership ; org:member id:person\/tran-thi-binh-22222222 ;
    org:organization id:org\/ubnd-song-lam-cccccccc ; org:role id:role\/chu-tich ;
    vnkg:post id:post\/chu-tich-ubnd-song-lam ; vnkg:status vnkg:Held ; vnkg:date "2024-12"^^xsd:gYearMonth ;
    prov:wasDerivedFrom id:article\/bai-mot .
  id:membership\/m3 a org:Membership ; org:member id:person\/le-van-cuong-33333333 ;
    org:organization id:org\/btv-tinh-uy-song-lam-bbbbbbbb ; org:role id:role\/uy-vien ;
    vnkg:status vnkg:Held ; vnkg:date "2024-12"^^xsd:gYearMonth ;
    prov:wasDerivedFrom id:article\/bai-mot .
  id:membership\/m4 a org:Membership ; org:member id:person\/pham-minh-duc-44444444 ;
    org:organization id:org\/ubnd-dong-ha-dddddddd ; org:role id:role\/chu-tich ;
    vnkg:status vnkg:Former ; vnkg:date "2024-12"^^xsd:gYearMonth ;
    prov:wasDerivedFrom id:article\/bai-mot .
  id:event\/e1 a vnkg:Conference ; schema:startDate "2024-12-10"^^xsd:date ;
    schema:location "Hội trường tỉnh"@vi ;
    schema:attendee id:person\/nguyen-van-an-11111111, id:person\/tran-thi-binh-22222222,
      id:person\/le-van-cuong-33333333 ;
    vnkg:chair id:person\/nguyen-van-an-11111111 ;
    vnkg:speaker id:person\/tran-thi-binh-22222222 ;
    schema:organizer id:org\/tinh-uy-song-lam-aaaaaaaa ;
    prov:wasDerivedFrom id:article\/bai-mot .
}
"#;

    const ARTICLE_TWO: &str = r#"
@prefix org: <http://www.w3.org/ns/org#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <http://schema.org/> .
@prefix vnkg: <https://w3id.org/vnkg/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/vnkg/id/> .

id:article\/bai-hai {
  id:article\/bai-hai a schema:NewsArticle ; schema:identifier "bai-hai" ;
    schema:headline "Trao Huân chương"@vi ; schema:datePublished "2023-05"^^xsd:gYearMonth .
  id:person\/nguyen-van-an-11111111 a foaf:Person ; foaf:name "Nguyễn Văn An"@vi .
  id:person\/tran-thi-binh-22222222 a foaf:Person ; foaf:name "Trần Thị Bình"@vi .
  id:person\/pham-minh-duc-55555555 a foaf:Person ; foaf:name "Phạm Minh Đức"@vi .
  id:org\/tinh-uy-song-lam-aaaaaaaa a org:Organization ; skos:prefLabel "Tỉnh ủy Sông Lam"@vi .
  id:org\/ubnd-song-lam-cccccccc a org:Organization ;
    skos:prefLabel "Ủy ban nhân dân tỉnh Sông Lam"@vi ; skos:altLabel "UBND Sông Lam"@vi .
  id:org\/so-noi-vu-song-lam-eeeeeeee a org:Organization ;
    skos:prefLabel "Sở Nội vụ tỉnh Sông Lam"@vi ;
    org:subOrganizationOf id:org\/ubnd-song-lam-cccccccc .
  id:org\/van-phong-chu-tich-nuoc-ffffffff a org:Organization ;
    skos:prefLabel "Văn phòng Chủ tịch nước"@vi .
  id:role\/pho-bi-thu a org:Role ; skos:prefLabel "Phó Bí thư"@vi .
  id:role\/chu-tich a org:Role ; skos:prefLabel "Chủ tịch"@vi .
  id:role\/giam-doc a org:Role ; skos:prefLabel "Giám đốc"@vi .
  id:membership\/m5 a org:Membership ; org:member id:person\/nguyen-van-an-11111111 ;
    org:organization id:org\/tinh-uy-song-lam-aaaaaaaa ; org:role id:role\/pho-bi-thu ;
    vnkg:status vnkg:Held ; vnkg:date "2023-05"^^xsd:gYearMonth ;
    prov:wasDerivedFrom id:article\/bai-hai .
  id:membership\/m6 a org:Membership ; org:member id:person\/tran-thi-binh-22222222 ;
    org:organization id:org\/ubnd-song-lam-cccccccc ; org:role id:role\/chu-tich ;
    vnkg:post id:post\/chu-tich-ubnd-song-lam ; vnkg:status vnkg:Starts ; vnkg:date "2023-05"^^xsd:gYearMonth ;
    prov:wasDerivedFrom id:article\/bai-hai .
  id:membership\/m7 a org:Membership ; org:member id:person\/pham-minh-duc-55555555 ;
    org:organization id:org\/so-noi-vu-song-lam-eeeeeeee ; org:role id:role\/giam-doc ;
    vnkg:status vnkg:Ends ; vnkg:date "2023-05"^^xsd:gYearMonth ;
    prov:wasDerivedFrom id:article\/bai-hai .
  id:event\/e2 a vnkg:AwardCeremony ; schema:startDate "2023-05-19"^^xsd:date ;
    schema:attendee id:person\/nguyen-van-an-11111111, id:person\/tran-thi-binh-22222222 ;
    vnkg:presenter id:person\/nguyen-van-an-11111111 ;
    vnkg:recipient id:person\/tran-thi-binh-22222222 ;
    vnkg:award id:award\/huan-chuong-lao-dong-hang-nhi-99999999 ;
    vnkg:conferredBy id:org\/van-phong-chu-tich-nuoc-ffffffff ;
    prov:wasDerivedFrom id:article\/bai-hai .
  id:award\/huan-chuong-lao-dong-hang-nhi-99999999 a vnkg:Award ;
    skos:prefLabel "Huân chương Lao động hạng Nhì"@vi .
  id:event\/e3 a vnkg:Visit ; schema:startDate "--11-20"^^xsd:gMonthDay ;
    schema:attendee id:person\/pham-minh-duc-55555555 ;
    prov:wasDerivedFrom id:article\/bai-hai .
}
"#;

    fn store_of(parts: &[&str]) -> Store {
        let store = Store::new().unwrap();
        for part in parts {
            store
                .load_from_reader(RdfFormat::TriG, part.as_bytes())
                .unwrap();
        }
        store
    }

    fn fixture() -> Store {
        store_of(&[ARTICLE_ONE, ARTICLE_TWO])
    }

    fn opts() -> Options {
        Options::default()
    }

    fn focus(name: &str, depth: usize) -> Options {
        Options {
            focus: Some(name.to_string()),
            depth,
            ..Options::default()
        }
    }

    /// The labels of the drawn nodes (not the legend or notes), one line each.
    fn node_labels(dot: &str) -> Vec<String> {
        dot.lines()
            .map(str::trim)
            .filter(|l| l.starts_with('n') && !l.contains("->") && l.contains("[label=\""))
            .map(|l| {
                let start = l.find("[label=\"").unwrap() + 8;
                let rest = &l[start..];
                let end = rest.find("\", ").unwrap();
                rest[..end].replace("\\n", " ")
            })
            .collect()
    }

    fn dot_installed() -> bool {
        Command::new("dot").arg("-V").output().is_ok()
    }

    fn assert_renders(dot_text: &str) {
        if !dot_installed() {
            eprintln!("Graphviz `dot` is not installed: rendering not checked");
            return;
        }
        let svg = render(dot_text, "svg").expect("dot accepts the graph");
        let svg = String::from_utf8(svg).unwrap();
        assert!(svg.contains("<svg"), "{svg}");
    }

    #[test]
    fn whole_store_golden() {
        let dot = dot(&fixture(), &opts()).unwrap();
        insta::assert_snapshot!("whole_store", dot);
        assert_renders(&dot);
    }

    #[test]
    fn focus_golden() {
        let dot = dot(&fixture(), &focus("Nguyễn Văn An", 1)).unwrap();
        insta::assert_snapshot!("focus_an_depth1", dot);
        assert_renders(&dot);
    }

    #[test]
    fn output_is_the_same_whatever_the_load_order() {
        let a = dot(&store_of(&[ARTICLE_ONE, ARTICLE_TWO]), &opts()).unwrap();
        let b = dot(&store_of(&[ARTICLE_TWO, ARTICLE_ONE]), &opts()).unwrap();
        assert_eq!(a, b);
    }

    #[test]
    fn focus_matches_without_case_or_diacritics() {
        let store = fixture();
        let want = dot(&store, &focus("Nguyễn Văn An", 1)).unwrap();
        for name in [
            "nguyen van an",
            "NGUYỄN VĂN AN",
            "  Nguyen  Van An ",
            "person/nguyen-van-an-11111111",
        ] {
            assert_eq!(dot(&store, &focus(name, 1)).unwrap(), want, "{name}");
        }
        // An organization by an alternative label, old tone placement.
        let ubnd = dot(&store, &focus("UBND tinh Song Lam", 1)).unwrap();
        assert!(
            ubnd.contains("focus: Ủy ban nhân dân tỉnh Sông Lam"),
            "{ubnd}"
        );
        let uy = dot(&store, &focus("tỉnh uỷ sông lam", 1)).unwrap();
        assert!(uy.contains("focus: Tỉnh ủy Sông Lam"), "{uy}");
    }

    #[test]
    fn an_exact_match_wins_over_a_substring() {
        // "Tỉnh ủy Sông Lam" is also inside "Ban Thường vụ Tỉnh ủy Sông Lam".
        let d = dot(&fixture(), &focus("Tinh uy Song Lam", 1)).unwrap();
        assert!(d.contains("focus: Tỉnh ủy Sông Lam ·"), "{d}");
    }

    #[test]
    fn namesakes_give_an_error_listing_them() {
        let err = dot(&fixture(), &focus("pham minh duc", 1)).unwrap_err();
        let msg = err.to_string();
        assert!(matches!(err, Error::Usage(_)));
        assert!(
            msg.starts_with("2 entities match \"pham minh duc\""),
            "{msg}"
        );
        assert!(msg.contains("[person/pham-minh-duc-44444444]"), "{msg}");
        assert!(msg.contains("[person/pham-minh-duc-55555555]"), "{msg}");
        assert!(
            msg.contains("nguyên Chủ tịch (2024-12), Ủy ban nhân dân tỉnh Đông Hà"),
            "{msg}"
        );
        // The id in brackets picks one.
        let one = dot(&fixture(), &focus("person/pham-minh-duc-55555555", 1)).unwrap();
        assert!(one.contains("Sở Nội vụ tỉnh Sông Lam"), "{one}");
        assert!(!one.contains("Đông Hà"), "{one}");
    }

    #[test]
    fn several_substring_matches_give_an_error() {
        let msg = dot(&fixture(), &focus("song lam", 1))
            .unwrap_err()
            .to_string();
        assert!(msg.starts_with("4 entities match \"song lam\""), "{msg}");
        assert!(
            msg.contains("Sở Nội vụ tỉnh Sông Lam (organization: trực thuộc"),
            "{msg}"
        );
    }

    #[test]
    fn an_unknown_name_is_a_usage_error() {
        let err = dot(&fixture(), &focus("Hoàng Văn Không", 1)).unwrap_err();
        assert!(matches!(err, Error::Usage(_)));
        assert_eq!(
            err.to_string(),
            "no person, organization or award matches \"Hoàng Văn Không\""
        );
        assert!(matches!(
            dot(&fixture(), &focus("  ", 1)),
            Err(Error::Usage(_))
        ));
    }

    #[test]
    fn depth_limits_how_far_the_graph_goes() {
        let store = fixture();
        let one = node_labels(&dot(&store, &focus("Lê Văn Cường", 1)).unwrap());
        assert_eq!(
            one,
            [
                "Lê Văn Cường",
                "Ban Thường vụ Tỉnh ủy Sông Lam",
                "Hội nghị 2024-12-10 Hội trường tỉnh"
            ]
        );
        let two = node_labels(&dot(&store, &focus("Lê Văn Cường", 2)).unwrap());
        assert!(two.contains(&"Tỉnh ủy Sông Lam".to_string()), "{two:?}");
        assert!(two.contains(&"Trần Thị Bình".to_string()), "{two:?}");
        assert!(
            !two.contains(&"Văn phòng Chủ tịch nước".to_string()),
            "{two:?}"
        );
        // 0 = the whole connected part; the namesake in Đông Hà is not linked.
        let all = node_labels(&dot(&store, &focus("Lê Văn Cường", 0)).unwrap());
        assert!(
            all.contains(&"Văn phòng Chủ tịch nước".to_string()),
            "{all:?}"
        );
        assert!(!all.iter().any(|l| l.contains("Đông Hà")), "{all:?}");
    }

    #[test]
    fn kinds_filter_node_kinds_but_keep_the_focus() {
        let store = fixture();
        let o = Options {
            kinds: Some(vec!["person,event".into()]),
            ..focus("Tỉnh ủy Sông Lam", 0)
        };
        let labels = node_labels(&dot(&store, &o).unwrap());
        assert_eq!(
            labels,
            [
                "Lê Văn Cường",
                "Nguyễn Văn An",
                "Trần Thị Bình",
                "Tỉnh ủy Sông Lam",
                "Hội nghị 2024-12-10 Hội trường tỉnh",
                "Lễ trao thưởng 2023-05-19"
            ]
        );

        let o = Options {
            kinds: Some(vec!["person".into(), "event".into()]),
            ..opts()
        };
        let d = dot(&store, &o).unwrap();
        assert!(!d.contains("Tỉnh ủy"), "{d}");
        assert!(!d.contains("Huân chương"), "{d}");
        assert!(d.contains("Trần Thị Bình"), "{d}");

        let bad = Options {
            kinds: Some(vec!["person,planet".into()]),
            ..opts()
        };
        let msg = dot(&store, &bad).unwrap_err().to_string();
        assert_eq!(
            msg,
            "unknown node kind \"planet\" (expected person, org, post, event, award)"
        );
    }

    #[test]
    fn posts_become_nodes_when_asked() {
        let o = Options {
            kinds: Some(vec!["person,org,post".into()]),
            ..focus("Trần Thị Bình", 2)
        };
        let d = dot(&fixture(), &o).unwrap();
        insta::assert_snapshot!("posts_as_nodes", d);
        assert!(d.contains("shape=octagon"), "{d}");
        assert_renders(&d);
    }

    #[test]
    fn a_post_is_one_node_with_or_without_vnkg_post() {
        let post = rdf::post_iri("Ủy ban nhân dân tỉnh Sông Lam", "Chủ tịch");
        let trig = format!(
            r#"@prefix org: <http://www.w3.org/ns/org#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix vnkg: <https://w3id.org/vnkg/ontology#> .
@prefix id: <https://w3id.org/vnkg/id/> .
id:article\/a {{
  id:person\/a a foaf:Person ; foaf:name "Người A"@vi .
  id:org\/u a org:Organization ; skos:prefLabel "Ủy ban nhân dân tỉnh Sông Lam"@vi .
  id:role\/chu-tich a org:Role ; skos:prefLabel "Chủ tịch"@vi .
  id:membership\/a a org:Membership ; org:member id:person\/a ;
    org:organization id:org\/u ; org:role id:role\/chu-tich ; vnkg:post <{post}> .
}}
id:article\/b {{
  id:person\/b a foaf:Person ; foaf:name "Người B"@vi .
  id:org\/u a org:Organization ; skos:prefLabel "Ủy ban nhân dân tỉnh Sông Lam"@vi .
  id:role\/chu-tich a org:Role ; skos:prefLabel "Chủ tịch"@vi .
  id:membership\/b a org:Membership ; org:member id:person\/b ;
    org:organization id:org\/u ; org:role id:role\/chu-tich .
}}
"#,
            post = post.as_str()
        );
        let o = Options {
            kinds: Some(vec!["person,org,post".into()]),
            ..opts()
        };
        let d = dot(&store_of(&[&trig]), &o).unwrap();
        // Two people, one organization, one post (not two).
        assert!(d.contains("label=\"4 nodes, 3 edges\""), "{d}");
    }

    #[test]
    fn dates_filter_posts_and_events() {
        let store = fixture();
        let o = Options {
            from: Some("2024".into()),
            ..opts()
        };
        let d = dot(&store, &o).unwrap();
        assert!(d.contains("Bí thư (2024-12)"), "{d}");
        assert!(!d.contains("Phó Bí thư"), "{d}");
        assert!(!d.contains("Lễ trao thưởng"), "{d}");
        // Undated and year-less facts go when a range is set.
        assert!(!d.contains("Chuyến thăm"), "{d}");
        assert!(d.contains("dates: 2024 – …"), "{d}");

        let o = Options {
            from: Some("2023-05-19".into()),
            to: Some("2023-05".into()),
            ..opts()
        };
        let labels = node_labels(&dot(&store, &o).unwrap());
        assert!(
            labels.contains(&"Lễ trao thưởng 2023-05-19".to_string()),
            "{labels:?}"
        );
        assert!(
            labels.contains(&"Ủy ban nhân dân tỉnh Sông Lam".to_string()),
            "{labels:?}"
        );
        assert!(!labels.iter().any(|l| l.contains("Hội nghị")), "{labels:?}");
        assert!(!labels.contains(&"Lê Văn Cường".to_string()), "{labels:?}");

        for (from, to) in [("2024-13", ""), ("24", ""), ("", "2024/12")] {
            let o = Options {
                from: Some(from.into()),
                to: Some(to.into()),
                ..opts()
            };
            assert!(
                matches!(dot(&store, &o), Err(Error::Usage(_))),
                "{from} {to}"
            );
        }
        let o = Options {
            from: Some("2025".into()),
            to: Some("2024".into()),
            ..opts()
        };
        assert_eq!(
            dot(&store, &o).unwrap_err().to_string(),
            "--from 2025 is after --to 2024"
        );
    }

    #[test]
    fn article_restricts_to_one_article() {
        let store = fixture();
        let o = Options {
            article: Some("bai-hai".into()),
            ..opts()
        };
        let labels = node_labels(&dot(&store, &o).unwrap());
        assert!(
            labels.contains(&"Sở Nội vụ tỉnh Sông Lam".to_string()),
            "{labels:?}"
        );
        assert!(!labels.iter().any(|l| l.contains("Hội nghị")), "{labels:?}");
        assert!(!labels.contains(&"Lê Văn Cường".to_string()), "{labels:?}");
        // By IRI too.
        let o = Options {
            article: Some("https://w3id.org/vnkg/id/article/bai-hai".into()),
            ..opts()
        };
        assert_eq!(node_labels(&dot(&store, &o).unwrap()), labels);
        let o = Options {
            article: Some("bai-\"} khong-co".into()),
            ..opts()
        };
        assert_eq!(
            dot(&store, &o).unwrap_err().to_string(),
            "no article with id \"bai-\\\"} khong-co\" in the store"
        );
    }

    #[test]
    fn max_nodes_keeps_the_nearest_and_says_what_was_cut() {
        let store = fixture();
        let o = Options {
            max_nodes: Some(3),
            ..focus("Nguyễn Văn An", 0)
        };
        let d = dot(&store, &o).unwrap();
        let labels = node_labels(&d);
        assert_eq!(labels.len(), 3, "{d}");
        assert!(labels.contains(&"Nguyễn Văn An".to_string()), "{labels:?}");
        assert!(
            d.contains(
                "// 10 nodes not shown (--max-nodes 3): 3 people, 4 organizations, 2 events, 1 award\n"
            ),
            "{d}"
        );
        assert!(d.contains("note0 [shape=note"), "{d}");
        assert_renders(&d);
        // Without focus: the best connected nodes first.
        let o = Options {
            max_nodes: Some(1),
            ..opts()
        };
        let d = dot(&store, &o).unwrap();
        assert_eq!(node_labels(&d), ["Nguyễn Văn An"], "{d}");
        let o = Options {
            max_nodes: Some(0),
            ..opts()
        };
        assert!(matches!(dot(&store, &o), Err(Error::Usage(_))));
    }

    #[test]
    fn an_empty_store_gives_a_valid_graph_with_a_note() {
        let d = dot(&Store::new().unwrap(), &opts()).unwrap();
        assert!(d.contains("no facts match these options"), "{d}");
        assert_renders(&d);
    }

    /// A store whose names try to break out of DOT strings.
    fn hostile_store() -> Store {
        let store = Store::new().unwrap();
        let g = NamedNode::new("https://w3id.org/vnkg/id/article/x").unwrap();
        let iri = |s: &str| NamedNode::new(format!("https://w3id.org/vnkg/id/{s}")).unwrap();
        let t = |s: &str| NamedNode::new(s).unwrap();
        let rdf_type = t("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
        let vi = |s: &str| Literal::new_language_tagged_literal(s, "vi").unwrap();
        let quads: [(NamedNode, NamedNode, Term); 10] = [
            (
                iri("person/p"),
                rdf_type.clone(),
                t("http://xmlns.com/foaf/0.1/Person").into(),
            ),
            (
                iri("person/p"),
                t("http://xmlns.com/foaf/0.1/name"),
                vi("Ông \"}\n} digraph x { a -> b \\ \"end\\").into(),
            ),
            (
                iri("org/o"),
                rdf_type.clone(),
                t("http://www.w3.org/ns/org#Organization").into(),
            ),
            (
                iri("org/o"),
                t("http://www.w3.org/2004/02/skos/core#prefLabel"),
                vi("Sở <b>&amp;</b> {\\N} \\l \u{0} \t\r\n\u{2028}x").into(),
            ),
            (
                iri("membership/m"),
                rdf_type.clone(),
                t("http://www.w3.org/ns/org#Membership").into(),
            ),
            (
                iri("membership/m"),
                t("http://www.w3.org/ns/org#member"),
                iri("person/p").into(),
            ),
            (
                iri("membership/m"),
                t("http://www.w3.org/ns/org#organization"),
                iri("org/o").into(),
            ),
            (
                iri("membership/m"),
                t("http://www.w3.org/ns/org#role"),
                iri("role/r").into(),
            ),
            (
                iri("role/r"),
                rdf_type,
                t("http://www.w3.org/ns/org#Role").into(),
            ),
            (
                iri("role/r"),
                t("http://www.w3.org/2004/02/skos/core#prefLabel"),
                vi("\"]; n0 -> n1 [label=\"").into(),
            ),
        ];
        for (s, p, o) in quads {
            store.insert(&Quad::new(s, p, o, g.clone())).unwrap();
        }
        store
    }

    #[test]
    fn hostile_names_are_escaped() {
        let store = hostile_store();
        let d = dot(&store, &opts()).unwrap();
        insta::assert_snapshot!("hostile", d);
        assert!(
            d.contains(r#"[label="Ông \"} } digraph x { a\n-> b \\ \"end\\", shape=ellipse"#),
            "{d}"
        );
        assert!(
            d.contains(r#"[label="\"]; n0 -> n1 [label=\"", color"#),
            "{d}"
        );
        assert!(!d.contains('\u{0}'));
        if dot_installed() {
            let svg = String::from_utf8(render(&d, "svg").unwrap()).unwrap();
            assert!(svg.contains("Ông &quot;} } digraph x { a"), "{svg}");
            assert!(
                svg.contains("&quot;]; n0 &#45;&gt; n1 [label=&quot;"),
                "{svg}"
            );
        }
        // Exactly one real edge: the membership.
        let edges = d
            .lines()
            .filter(|l| l.starts_with("  n") && l.split_whitespace().nth(1) == Some("->"));
        assert_eq!(edges.count(), 1, "{d}");
        assert_renders(&d);
        // A hostile focus is only a name that matches nothing, or matches.
        for name in ["\"}", "} digraph", "\\", "\n"] {
            match dot(&store, &focus(name, 1)) {
                Ok(d) => assert_renders(&d),
                Err(e) => assert!(matches!(e, Error::Usage(_)), "{e}"),
            }
        }
        let (text, path) = path_dot(&store, "ong", "so", None).unwrap();
        assert_eq!(text.lines().count(), 1, "{text}");
        assert_renders(&path);
    }

    #[test]
    fn path_links_two_entities() {
        let store = fixture();
        let (text, d) = path_dot(&store, "Lê Văn Cường", "Văn phòng Chủ tịch nước", None).unwrap();
        insta::assert_snapshot!("path_text", text);
        insta::assert_snapshot!("path_dot", d);
        assert_renders(&d);
        let (text, _) = path_dot(&store, "Tran Thi Binh", "Tran Thi Binh", None).unwrap();
        assert_eq!(text, "Trần Thị Bình\n");
        let err = path_dot(
            &store,
            "person/pham-minh-duc-44444444",
            "Lê Văn Cường",
            None,
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "no chain of relations links Phạm Minh Đức and Lê Văn Cường"
        );
        assert!(matches!(
            path_dot(&store, "Phạm Minh Đức", "An", None),
            Err(Error::Usage(_))
        ));
    }

    #[test]
    fn render_checks_the_format_and_explains_a_missing_graphviz() {
        assert!(matches!(
            render("digraph {}", "jpeg2000"),
            Err(Error::Usage(_))
        ));
        assert_eq!(render("digraph {}", "dot").unwrap(), b"digraph {}");
        let msg = render_with("vnkg-test-no-such-program", "digraph {}", "svg")
            .unwrap_err()
            .to_string();
        assert!(msg.contains("apt-get install graphviz"), "{msg}");
        assert!(msg.contains("brew install graphviz"), "{msg}");
        if dot_installed() {
            let png = render("digraph { a -> b }", "png").unwrap();
            assert!(png.starts_with(b"\x89PNG"));
            let msg = render("digraph { a -> }", "svg").unwrap_err().to_string();
            assert!(msg.starts_with("`dot -Tsvg` failed:"), "{msg}");
        }
    }

    #[test]
    fn fold_ignores_case_diacritics_and_spacing() {
        assert_eq!(fold("Đặng  Thị HOÀ"), "dang thi hoa");
        assert_eq!(fold("Thanh Hoá"), fold("thanh hóa"));
        // Decomposed input folds like composed input.
        let nfd: String = unicode_normalization::UnicodeNormalization::nfd("Nguyễn Đức").collect();
        assert_eq!(fold(&nfd), "nguyen duc");
        assert_eq!(fold("Bí_thư"), "bi thu");
    }

    #[test]
    fn quote_escapes_everything_dot_treats_specially() {
        assert_eq!(quote("a\"b\\c\nd\r\ne\u{7}f\tg"), r#""a\"b\\c\nd\nef g""#);
        assert_eq!(quote("\"}"), r#""\"}""#);
        assert_eq!(quote("x\\"), r#""x\\""#);
        assert_eq!(
            wrap("Ban Chỉ huy Quân sự thành phố Thanh Hóa", 24),
            "Ban Chỉ huy Quân sự\nthành phố Thanh Hóa"
        );
    }
}
