/*!
Turning an [`Extraction`] into RDF quads, exactly in the shape of the RDF
contract (README, `ontology/vnkg.ttl`), and writing quads in the standard
syntaxes.

Everything other tools and our own queries rely on is decided here: the
vocabulary, the one named graph per article, and IRIs minted from content
so that the same input always gives the same quads and graphs built apart
merge by union. Nothing in this module reads the store or the text.
*/

pub use crate::model::hash;
use crate::{Article, Event, EventDate, Extraction, Org, PubDate, Result, Status};
use oxigraph::io::{RdfFormat, RdfSerializer, WriterQuadSerializer};
use oxigraph::model::vocab::{rdf, xsd};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use rustc_hash::{FxHashMap, FxHashSet};
use std::io::Write;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;

/// Namespaces of the vocabularies the contract uses.
pub mod ns {
    pub const ORG: &str = "http://www.w3.org/ns/org#";
    pub const FOAF: &str = "http://xmlns.com/foaf/0.1/";
    pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
    pub const PROV: &str = "http://www.w3.org/ns/prov#";
    pub const SCHEMA: &str = "http://schema.org/";
    pub const VNKG: &str = "https://w3id.org/vnkg/ontology#";
    pub const TIME: &str = "http://www.w3.org/2006/time#";
    pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
    pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
    pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    /// Instances (articles, people, organizations, ...).
    pub const ID: &str = "https://w3id.org/vnkg/id/";
}

/// Prefixes written in TriG and Turtle output and known to query tables.
pub const PREFIXES: [(&str, &str); 10] = [
    ("rdf", ns::RDF),
    ("rdfs", ns::RDFS),
    ("xsd", ns::XSD),
    ("org", ns::ORG),
    ("foaf", ns::FOAF),
    ("skos", ns::SKOS),
    ("prov", ns::PROV),
    ("schema", ns::SCHEMA),
    ("time", ns::TIME),
    ("vnkg", ns::VNKG),
];

/// [`PREFIXES`] as SPARQL `PREFIX` lines, for the queries the library
/// writes itself.
pub fn sparql_prefixes() -> &'static str {
    static TEXT: LazyLock<String> = LazyLock::new(|| {
        PREFIXES
            .iter()
            .map(|(prefix, namespace)| format!("PREFIX {prefix}: <{namespace}>\n"))
            .collect()
    });
    &TEXT
}

/// The readable tail of an IRI: what follows its last `/` or `#`.
pub fn local_name(iri: &str) -> &str {
    iri.rsplit(['/', '#']).next().unwrap_or(iri)
}

/// Every `vnkg:` term this module writes; `ontology/vnkg.ttl` defines each
/// (checked by a test).
pub const VNKG_TERMS: &[&str] = &[
    "Status",
    "Held",
    "Starts",
    "Former",
    "Ends",
    "status",
    "evidence",
    "rank",
    "post",
    "date",
    "Conference",
    "Session",
    "Congress",
    "Election",
    "Appointment",
    "AwardCeremony",
    "Signing",
    "Visit",
    "Discipline",
    "Commemoration",
    "chair",
    "speaker",
    "presenter",
    "recipient",
    "elected",
    "appointed",
    "Award",
    "award",
    "conferredBy",
    "recipientCount",
    // Written by `tenure` (the derived tenure graph).
    "Tenure",
    "firstSeen",
    "lastSeen",
    "articleCount",
];

fn iri(namespace: &str, local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{namespace}{local}"))
}

fn vnkg(local: &str) -> NamedNode {
    iri(ns::VNKG, local)
}

fn org(local: &str) -> NamedNode {
    iri(ns::ORG, local)
}

fn schema(local: &str) -> NamedNode {
    iri(ns::SCHEMA, local)
}

fn skos(local: &str) -> NamedNode {
    iri(ns::SKOS, local)
}

fn prov(local: &str) -> NamedNode {
    iri(ns::PROV, local)
}

fn foaf(local: &str) -> NamedNode {
    iri(ns::FOAF, local)
}

/// A Vietnamese literal (`"…"@vi`), NFC.
pub fn vi(text: &str) -> Literal {
    Literal::new_language_tagged_literal_unchecked(crate::extract::normalize::nfc(text), "vi")
}

/// The key names are hashed on: NFC, normalized tone marks, lower case,
/// single spaces. Old and new spellings of one name give one key.
pub fn name_key(name: &str) -> String {
    let normalized = crate::extract::normalize::nfc(&crate::extract::normalize::normalize(name));
    normalized
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// ASCII slug: diacritics dropped (`đ` → `d`), lower case, words joined by
/// `-`, at most 60 characters; `x` when nothing is left.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in text.nfd() {
        let c = match c {
            'đ' | 'Đ' => 'd',
            c if ('\u{300}'..='\u{36f}').contains(&c) => continue,
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else {
            dash = true;
        }
        if out.len() >= 60 {
            break;
        }
    }
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() {
        "x".to_owned()
    } else {
        out
    }
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `…/article/{id}`: the article and the name of its graph.
pub fn article_iri(id: &str) -> NamedNode {
    iri(ns::ID, &format!("article/{}", percent_encode(id)))
}

/// The article id back from its IRI (`None` for other IRIs).
pub fn article_id(iri: &str) -> Option<String> {
    let encoded = iri.strip_prefix(ns::ID)?.strip_prefix("article/")?;
    let mut bytes = Vec::with_capacity(encoded.len());
    let mut rest = encoded.as_bytes();
    while let Some((&b, tail)) = rest.split_first() {
        if b == b'%' && tail.len() >= 2 {
            let hex = std::str::from_utf8(&tail[..2]).ok()?;
            bytes.push(u8::from_str_radix(hex, 16).ok()?);
            rest = &tail[2..];
        } else {
            bytes.push(b);
            rest = tail;
        }
    }
    String::from_utf8(bytes).ok()
}

fn slug_hash_iri(kind: &str, name: &str) -> NamedNode {
    let key = name_key(name);
    iri(
        ns::ID,
        &format!("{kind}/{}-{}", slug(&key), hash(&[&key], 8)),
    )
}

/// `…/person/{slug}-{hash8}`.
pub fn person_iri(name: &str) -> NamedNode {
    slug_hash_iri("person", name)
}

/// `…/org/{slug}-{hash8}` of the canonical name.
pub fn org_iri(canonical: &str) -> NamedNode {
    slug_hash_iri("org", canonical)
}

/// `…/award/{slug}-{hash8}`.
pub fn award_iri(name: &str) -> NamedNode {
    slug_hash_iri("award", name)
}

/// `…/role/{slug}`. Two roles of the tables differ in a tone mark only:
/// `Thủ trưởng` (the head of an agency, `Thủ trưởng Cơ quan CSĐT`) takes the
/// slug of `Thủ trưởng cơ quan`, so that `Thứ trưởng` (a vice minister) keeps
/// `thu-truong`; so do its deputy and acting forms.
pub fn role_iri(role: &str) -> NamedNode {
    let key = name_key(role).replace("thủ trưởng", "thủ trưởng cơ quan");
    iri(ns::ID, &format!("role/{}", slug(&key)))
}

/// `…/post/{hash of org + role}`: one post per (organization, role).
pub fn post_iri(org: &str, role: &str) -> NamedNode {
    iri(
        ns::ID,
        &format!("post/{}", hash(&[&name_key(org), &name_key(role)], 16)),
    )
}

/// `…/membership/{hash of article + person + role + org}`.
pub fn membership_iri(article: &str, person: &str, role: &str, org: &str) -> NamedNode {
    let parts = [article, &name_key(person), &name_key(role), &name_key(org)];
    iri(ns::ID, &format!("membership/{}", hash(&parts, 16)))
}

/// `…/event/{hash of article + type + date + index}`.
pub fn event_iri(article: &str, event: &Event, index: usize) -> NamedNode {
    let date = event.date.map(|d| d.to_string()).unwrap_or_default();
    let parts = [article, event.kind.as_str(), &date, &index.to_string()];
    iri(ns::ID, &format!("event/{}", hash(&parts, 16)))
}

/// The literal of a publication date (`xsd:gYearMonth` or `xsd:date`).
pub fn pub_date_literal(date: PubDate) -> Literal {
    let datatype = match date {
        PubDate::YearMonth(..) => xsd::G_YEAR_MONTH,
        PubDate::Date(..) => xsd::DATE,
    };
    Literal::new_typed_literal(date.to_string(), datatype)
}

/// The literal of an event date (`xsd:date` or `xsd:gMonthDay`).
pub fn event_date_literal(date: EventDate) -> Literal {
    let datatype = match date {
        EventDate::Full(..) => xsd::DATE,
        EventDate::MonthDay(..) => xsd::G_MONTH_DAY,
    };
    Literal::new_typed_literal(date.to_string(), datatype)
}

/// Collects the quads of one article graph, in a stable order, once each.
struct GraphBuilder {
    graph: GraphName,
    quads: Vec<Quad>,
    seen: FxHashSet<Quad>,
    /// Nodes given a `skos:prefLabel` already.
    labelled: FxHashSet<NamedNode>,
}

impl GraphBuilder {
    fn add(&mut self, s: &NamedNode, p: NamedNode, o: impl Into<Term>) {
        let quad = Quad::new(
            NamedOrBlankNode::NamedNode(s.clone()),
            p,
            o.into(),
            self.graph.clone(),
        );
        if self.seen.insert(quad.clone()) {
            self.quads.push(quad);
        }
    }

    /// `skos:prefLabel` for the first spelling of a node in the article,
    /// `skos:altLabel` for other spellings of the same key (`Hàng không` /
    /// `Hàng Không`): SKOS allows one prefLabel per language.
    fn label(&mut self, node: &NamedNode, text: &str) {
        let literal = vi(text.trim());
        if self.labelled.insert(node.clone()) {
            self.add(node, skos("prefLabel"), literal);
        } else {
            let pref = Quad::new(
                node.clone(),
                skos("prefLabel"),
                literal.clone(),
                self.graph.clone(),
            );
            if !self.seen.contains(&pref) {
                self.add(node, skos("altLabel"), literal);
            }
        }
    }

    fn person(&mut self, name: &str) -> NamedNode {
        let p = person_iri(name);
        self.add(&p, rdf::TYPE.into_owned(), foaf("Person"));
        self.add(&p, foaf("name"), vi(name.trim()));
        p
    }

    fn org(&mut self, o: &Org) -> NamedNode {
        let node = org_iri(&o.name);
        // The parent first, so each organization's triples stay together.
        let parent = match &o.parent {
            Some(parent) if name_key(&parent.name) != name_key(&o.name) => Some(self.org(parent)),
            _ => None,
        };
        self.add(&node, rdf::TYPE.into_owned(), org("Organization"));
        self.label(&node, &o.name);
        for alt in &o.alt_labels {
            if name_key(alt) != name_key(&o.name) {
                self.add(&node, skos("altLabel"), vi(alt.trim()));
            }
        }
        if let Some(parent) = parent {
            self.add(&node, org("subOrganizationOf"), parent);
        }
        node
    }

    fn role(&mut self, role: &str) -> NamedNode {
        let r = role_iri(role);
        self.add(&r, rdf::TYPE.into_owned(), org("Role"));
        self.add(&r, skos("prefLabel"), vi(role.trim()));
        r
    }
}

/// The quads of one article: everything in the article's named graph.
pub fn quads(extraction: &Extraction) -> Vec<Quad> {
    let article: &Article = &extraction.article;
    let a = article_iri(&article.id);
    let mut g = GraphBuilder {
        graph: GraphName::NamedNode(a.clone()),
        quads: Vec::new(),
        seen: FxHashSet::default(),
        labelled: FxHashSet::default(),
    };
    g.add(&a, rdf::TYPE.into_owned(), schema("NewsArticle"));
    g.add(
        &a,
        schema("identifier"),
        Literal::new_simple_literal(&article.id),
    );
    if !article.title.trim().is_empty() {
        g.add(&a, schema("headline"), vi(article.title.trim()));
    }
    if let Some(date) = article.date {
        g.add(&a, schema("datePublished"), pub_date_literal(date));
    }
    if let Some(url) = &article.url {
        match NamedNode::new(url.as_str()) {
            Ok(node) => g.add(&a, schema("url"), node),
            Err(_) => g.add(
                &a,
                schema("url"),
                Literal::new_typed_literal(url, xsd::ANY_URI),
            ),
        }
    }

    // One membership per (person, role, organization) in an article: the
    // most informative status wins, the first evidence is kept.
    // (Each post's membership node, named once: events name them again.)
    let membership_nodes: Vec<NamedNode> = (extraction.posts.iter())
        .map(|p| membership_iri(&article.id, &p.person, &p.role, &p.org.name))
        .collect();
    // (node, the first post of it, the post whose status wins)
    let mut memberships: Vec<(&NamedNode, usize, usize)> = Vec::new();
    let mut by_key: FxHashMap<&NamedNode, usize> = FxHashMap::default();
    for (i, (post, m)) in extraction.posts.iter().zip(&membership_nodes).enumerate() {
        match by_key.get(m) {
            Some(&j) => {
                let kept = &mut memberships[j];
                if post.status.strength() > extraction.posts[kept.2].status.strength() {
                    kept.2 = i;
                }
            }
            None => {
                by_key.insert(m, memberships.len());
                memberships.push((m, i, i));
            }
        }
    }
    for &(m, first, i) in &memberships {
        let post = &extraction.posts[i];
        let first = &extraction.posts[first];
        let p = g.person(&post.person);
        let o = g.org(&post.org);
        let r = g.role(&post.role);
        let post_node = post_iri(&post.org.name, &post.role);
        g.add(&post_node, rdf::TYPE.into_owned(), org("Post"));
        g.add(&post_node, org("postIn"), o.clone());
        g.add(&post_node, org("role"), r.clone());
        if matches!(post.status, Status::Held | Status::Starts) {
            g.add(&p, org("holds"), post_node.clone());
        }
        g.add(m, rdf::TYPE.into_owned(), org("Membership"));
        g.add(m, org("member"), p);
        g.add(m, org("organization"), o);
        g.add(m, org("role"), r);
        g.add(m, vnkg("status"), vnkg(post.status.term()));
        g.add(m, prov("wasDerivedFrom"), a.clone());
        if !first.evidence.trim().is_empty() {
            g.add(m, vnkg("evidence"), vi(first.evidence.trim()));
        }
        g.add(m, vnkg("post"), post_node);
        if let Some(date) = article.date {
            g.add(m, vnkg("date"), pub_date_literal(date));
        }
    }

    for rank in &extraction.ranks {
        let p = g.person(&rank.person);
        g.add(&p, vnkg("rank"), vi(rank.rank.trim()));
    }

    for (index, event) in extraction.events.iter().enumerate() {
        let e = event_iri(&article.id, event, index);
        g.add(&e, rdf::TYPE.into_owned(), vnkg(event.kind.as_str()));
        if let Some(date) = event.date {
            g.add(&e, schema("startDate"), event_date_literal(date));
        }
        if let Some(date) = event.end_date {
            g.add(&e, schema("endDate"), event_date_literal(date));
        }
        for participant in &event.participants {
            let p = g.person(&participant.person);
            g.add(&e, schema("attendee"), p.clone());
            if participant.part != crate::Part::Attendee {
                g.add(&e, vnkg(participant.part.property()), p);
            }
        }
        for organizer in &event.organizers {
            let o = g.org(organizer);
            g.add(&e, schema("organizer"), o);
        }
        if let Some(location) = event.location.as_deref().filter(|l| !l.trim().is_empty()) {
            g.add(&e, schema("location"), vi(location.trim()));
        }
        for award in &event.awards {
            let aw = award_iri(award);
            g.add(&aw, rdf::TYPE.into_owned(), vnkg("Award"));
            g.label(&aw, award);
            g.add(&e, vnkg("award"), aw);
        }
        if let Some(body) = &event.conferred_by {
            let o = g.org(body);
            g.add(&e, vnkg("conferredBy"), o);
        }
        if let Some(count) = event.recipient_count {
            g.add(&e, vnkg("recipientCount"), Literal::from(count));
        }
        g.add(&e, prov("wasDerivedFrom"), a.clone());
        if !event.evidence.trim().is_empty() {
            g.add(&e, vnkg("evidence"), vi(event.evidence.trim()));
        }
        for &i in &event.generates {
            if let Some(m) = membership_nodes.get(i) {
                g.add(m, prov("wasGeneratedBy"), e.clone());
            }
        }
    }
    let digest = graph_digest(&g.quads);
    g.add(&a, vnkg("graphDigest"), Literal::new_simple_literal(digest));
    g.quads
}

/// The namespace of the graphs a store derives from its article graphs
/// (the tenures): rebuilt by the store, never loaded from files.
pub const DERIVED_GRAPHS: &str = "https://w3id.org/vnkg/graph/";

/// The graph of the derived tenures (`vnkg export --tenures`).
pub const TENURE_GRAPH: &str = "https://w3id.org/vnkg/graph/tenure";

/// Every graph vnkg derives (each under [`DERIVED_GRAPHS`]).
pub const DERIVED: [&str; 1] = [TENURE_GRAPH];

/// The `vnkg:graphDigest` of an article graph: SHA-256 (hex) of its other
/// quads as sorted N-Quads lines (joined as [`hash`] joins parts). An
/// ingest compares it with the stored one and skips articles whose graph
/// would not change.
fn graph_digest(quads: &[Quad]) -> String {
    let mut lines: Vec<String> = quads.iter().map(|q| format!("{q} .")).collect();
    lines.sort_unstable();
    hash(&lines.iter().map(String::as_str).collect::<Vec<_>>(), 64)
}

/// The IRI of `vnkg:graphDigest`.
pub fn graph_digest_property() -> NamedNode {
    vnkg("graphDigest")
}

/// The RDF syntaxes vnkg writes.
pub fn format_by_name(name: &str) -> Option<RdfFormat> {
    match name.to_ascii_lowercase().as_str() {
        "trig" => Some(RdfFormat::TriG),
        "nquads" | "n-quads" | "nq" => Some(RdfFormat::NQuads),
        "turtle" | "ttl" => Some(RdfFormat::Turtle),
        "ntriples" | "n-triples" | "nt" => Some(RdfFormat::NTriples),
        _ => None,
    }
}

/// Writes quads article after article. Triple syntaxes (Turtle,
/// N-Triples) drop the graph name; duplicates within one call are written
/// once.
pub struct QuadWriter<W: Write> {
    inner: WriterQuadSerializer<W>,
    triples_only: bool,
}

impl<W: Write> QuadWriter<W> {
    pub fn new(format: RdfFormat, writer: W) -> QuadWriter<W> {
        let mut serializer = RdfSerializer::from_format(format);
        if matches!(format, RdfFormat::TriG | RdfFormat::Turtle) {
            for (prefix, namespace) in PREFIXES {
                serializer = serializer
                    .with_prefix(prefix, namespace)
                    .expect("the prefixes are valid IRIs");
            }
        }
        QuadWriter {
            inner: serializer.for_writer(writer),
            triples_only: !format.supports_datasets(),
        }
    }

    /// Writes the quads of one article (or any set of quads).
    pub fn write(&mut self, quads: &[Quad]) -> Result<()> {
        let mut seen = FxHashSet::default();
        for quad in quads {
            let result = if self.triples_only {
                let triple =
                    oxigraph::model::TripleRef::new(&quad.subject, &quad.predicate, &quad.object);
                if !seen.insert(triple) {
                    continue;
                }
                self.inner.serialize_triple(triple)
            } else {
                self.inner.serialize_quad(quad)
            };
            result.map_err(write_error)?;
        }
        Ok(())
    }

    pub fn finish(self) -> Result<W> {
        self.inner.finish().map_err(write_error)
    }
}

fn write_error(e: std::io::Error) -> crate::Error {
    crate::Error::Io {
        path: "<output>".into(),
        source: e,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{EventType, Part, Participant, Post, Rank};

    #[test]
    fn sparql_prefixes_declare_every_contract_prefix() {
        let text = sparql_prefixes();
        for (prefix, namespace) in PREFIXES {
            assert!(text.contains(&format!("PREFIX {prefix}: <{namespace}>\n")));
        }
        let query = format!("{text}ASK {{ ?e vnkg:chair ?p ; schema:startDate ?d }}");
        assert!(oxigraph::sparql::SparqlEvaluator::new()
            .parse_query(&query)
            .is_ok());
    }

    #[test]
    fn local_name_is_the_tail_after_slash_or_hash() {
        assert_eq!(
            local_name("https://w3id.org/vnkg/ontology#Conference"),
            "Conference"
        );
        assert_eq!(
            local_name("https://w3id.org/vnkg/id/person/nguyen-van-an"),
            "nguyen-van-an"
        );
        assert_eq!(local_name("chair"), "chair");
    }

    pub(crate) fn sample() -> Extraction {
        let mut org = Org::named("Hội đồng nhân dân thành phố Thanh Hóa");
        org.alt_labels = vec!["HĐND TP Thanh Hóa".into()];
        let post = |person: &str, role: &str, org: Org, status| Post {
            person: person.into(),
            role: role.into(),
            org,
            status,
            evidence: format!("{person}, {role}."),
        };
        Extraction {
            article: Article {
                id: "thanh-hoa qpan".into(),
                title: "Tiêu đề".into(),
                date: Some(PubDate::YearMonth(2024, 12)),
                body: String::new(),
                url: Some("https://baothanhhoa.vn/a".into()),
            },
            posts: vec![
                post("Lê Anh Xuân", "Chủ tịch", org.clone(), Status::Held),
                post("Lê Anh Xuân", "Chủ tịch", org, Status::Starts),
                post(
                    "Trần Anh Chung",
                    "Chủ tịch",
                    Org::named("Ủy ban nhân dân thành phố Thanh Hóa"),
                    Status::Former,
                ),
            ],
            ranks: vec![Rank {
                person: "Nguyễn Văn A".into(),
                rank: "Đại tá".into(),
                evidence: "Đại tá Nguyễn Văn A".into(),
            }],
            events: vec![Event {
                kind: EventType::Conference,
                date: Some(EventDate::Full(2024, 12, 10)),
                end_date: None,
                participants: vec![
                    Participant {
                        person: "Lê Anh Xuân".into(),
                        part: Part::Chair,
                    },
                    Participant {
                        person: "Trần Anh Chung".into(),
                        part: Part::Attendee,
                    },
                ],
                organizers: vec![Org::named("Thành ủy Thanh Hóa")],
                location: Some("TP Thanh Hóa".into()),
                awards: vec!["Bằng khen".into()],
                conferred_by: None,
                recipient_count: Some(5),
                generates: vec![0],
                evidence: "Sáng 10/12, hội nghị.".into(),
            }],
        }
    }

    fn has(quads: &[Quad], s: &NamedNode, p: &str, o: &str) -> bool {
        quads.iter().any(|q| {
            q.subject == NamedOrBlankNode::NamedNode(s.clone())
                && q.predicate.as_str() == p
                && q.object.to_string() == o
        })
    }

    #[test]
    fn every_quad_is_in_the_article_graph() {
        let x = sample();
        let quads = quads(&x);
        let graph = GraphName::NamedNode(article_iri("thanh-hoa qpan"));
        assert!(quads.iter().all(|q| q.graph_name == graph));
        assert_eq!(
            article_iri("thanh-hoa qpan").as_str(),
            "https://w3id.org/vnkg/id/article/thanh-hoa%20qpan"
        );
        assert_eq!(
            article_id(article_iri("bài 1/2").as_str()).as_deref(),
            Some("bài 1/2")
        );
    }

    #[test]
    fn a_post_stated_twice_is_one_membership_with_the_stronger_status() {
        let quads = quads(&sample());
        let m = membership_iri(
            "thanh-hoa qpan",
            "Lê Anh Xuân",
            "Chủ tịch",
            "Hội đồng nhân dân thành phố Thanh Hóa",
        );
        let status = format!("{}status", ns::VNKG);
        let statuses: Vec<_> = quads
            .iter()
            .filter(|q| {
                q.subject == NamedOrBlankNode::NamedNode(m.clone())
                    && q.predicate.as_str() == status
            })
            .collect();
        assert_eq!(statuses.len(), 1);
        assert_eq!(
            statuses[0].object.to_string(),
            format!("<{}Starts>", ns::VNKG)
        );
        assert!(has(
            &quads,
            &m,
            &format!("{}date", ns::VNKG),
            "\"2024-12\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>"
        ));
        let event = event_iri("thanh-hoa qpan", &sample().events[0], 0);
        assert!(has(
            &quads,
            &m,
            &format!("{}wasGeneratedBy", ns::PROV),
            &format!("<{}>", event.as_str())
        ));
    }

    #[test]
    fn former_posts_are_not_held() {
        let quads = quads(&sample());
        let p = person_iri("Trần Anh Chung");
        assert!(!quads
            .iter()
            .any(|q| q.subject == NamedOrBlankNode::NamedNode(p.clone())
                && q.predicate.as_str().ends_with("#holds")));
        assert!(has(
            &quads,
            &person_iri("Lê Anh Xuân"),
            &format!("{}holds", ns::ORG),
            &format!(
                "<{}>",
                post_iri("Hội đồng nhân dân thành phố Thanh Hóa", "Chủ tịch").as_str()
            )
        ));
    }

    #[test]
    fn event_parts_are_also_attendees() {
        let x = sample();
        let quads = quads(&x);
        let e = event_iri("thanh-hoa qpan", &x.events[0], 0);
        let xuan = format!("<{}>", person_iri("Lê Anh Xuân").as_str());
        let chung = format!("<{}>", person_iri("Trần Anh Chung").as_str());
        assert!(has(&quads, &e, "http://schema.org/attendee", &xuan));
        assert!(has(&quads, &e, &format!("{}chair", ns::VNKG), &xuan));
        assert!(has(&quads, &e, "http://schema.org/attendee", &chung));
        assert!(!has(&quads, &e, &format!("{}attendee", ns::VNKG), &chung));
        assert!(has(
            &quads,
            &e,
            "http://schema.org/startDate",
            "\"2024-12-10\"^^<http://www.w3.org/2001/XMLSchema#date>"
        ));
        assert!(has(
            &quads,
            &e,
            &format!("{}recipientCount", ns::VNKG),
            "\"5\"^^<http://www.w3.org/2001/XMLSchema#integer>"
        ));
    }

    #[test]
    fn iris_are_deterministic_and_tone_insensitive() {
        assert_eq!(quads(&sample()), quads(&sample()));
        assert_eq!(person_iri("Lê Anh Xuân"), person_iri("  lê   anh XUÂN "));
        // Decomposed (NFD) input mints the same IRI as NFC.
        let nfd: String = "Lê Anh Xuân".nfd().collect();
        assert_eq!(person_iri(&nfd), person_iri("Lê Anh Xuân"));
        assert_ne!(person_iri("Lê Anh Xuân"), person_iri("Lê Anh Xuấn"));
        assert!(person_iri("Lê Anh Xuân")
            .as_str()
            .starts_with("https://w3id.org/vnkg/id/person/le-anh-xuan-"));
        assert_eq!(
            role_iri("Phó Bí thư").as_str(),
            "https://w3id.org/vnkg/id/role/pho-bi-thu"
        );
        assert_eq!(slug("Đảng ủy"), "dang-uy");
        assert_eq!(slug("\"}<>"), "x");
    }

    #[test]
    fn roles_that_differ_in_a_tone_mark_get_two_iris() {
        // (They were one node, whose label went to both: a vice minister
        // shown as the head of an investigation agency.)
        assert_eq!(
            role_iri("Thứ trưởng").as_str(),
            "https://w3id.org/vnkg/id/role/thu-truong"
        );
        assert_eq!(
            role_iri("Thủ trưởng").as_str(),
            "https://w3id.org/vnkg/id/role/thu-truong-co-quan"
        );
        assert_ne!(role_iri("Phó Thủ trưởng"), role_iri("Phó Thứ trưởng"));
        assert_ne!(role_iri("Quyền Thủ trưởng"), role_iri("Quyền Thứ trưởng"));
    }

    #[test]
    fn hostile_names_give_valid_iris() {
        for name in ["a\"}>b", "<script>", "\n\t", "", "x y%z", "Nguyễn\u{0}"] {
            for node in [
                person_iri(name),
                org_iri(name),
                article_iri(name),
                award_iri(name),
            ] {
                NamedNode::new(node.as_str()).unwrap();
            }
        }
    }

    #[test]
    fn turtle_output_drops_graphs_and_duplicates() {
        let quads = quads(&sample());
        let mut w = QuadWriter::new(RdfFormat::NTriples, Vec::new());
        w.write(&quads).unwrap();
        w.write(&quads).unwrap();
        let text = String::from_utf8(w.finish().unwrap()).unwrap();
        assert_eq!(text.lines().count(), 2 * quads.len());
        let mut w = QuadWriter::new(RdfFormat::TriG, Vec::new());
        w.write(&quads).unwrap();
        let text = String::from_utf8(w.finish().unwrap()).unwrap();
        assert!(text.contains("@prefix vnkg: <https://w3id.org/vnkg/ontology#>"));
        let parsed: Vec<Quad> = oxigraph::io::RdfParser::from_format(RdfFormat::TriG)
            .for_slice(text.as_bytes())
            .collect::<std::result::Result<_, _>>()
            .unwrap();
        assert_eq!(parsed.len(), quads.len());
    }
}
