/*!
Tenures: the per-article memberships of a (resolved) person in one post,
folded into one span of time.

Why a module of its own: every article states a post as of its own date
(`held`, `starts`, `former`, `ends`); users ask about careers. Here the
facts of one (person, role, organization) become one tenure: first and
last date seen, start and end where known, how many articles, one evidence
sentence. The rules:
- `start`: the earliest article reporting the person taking the post
  (`starts`);
- `end`: the first closing fact dated on or after the last article that
  shows the person holding the post: an `ends` fact, a `former` fact (an
  upper bound: ended by that date), or taking a higher post in the same
  organization (`data/promotions.tsv`: a Phó Chủ tịch elected, or seen
  holding, Chủ tịch there stops being Phó Chủ tịch from that date);
- who held a post on a date ([`Tenure::held_at`]): from the start (or the
  first article showing it held) up to, not including, the end; with no
  end known, open-ended after a known start, else up to the last article
  showing it held.

Computed at query time from the store's facts, so it needs no derived data
and is the same whatever the order articles came in. Dates are compared as
text after padding (`2024` < `2024-12` < `2024-12-05`).

Uses: `read::memberships`, `read::dates` (padding), `derive::resolve`,
`gazetteer`, `normalize`, `rdf`.
*/

use crate::derive::resolve::Resolution;
use crate::extract::gazetteer::Gazetteer;
use crate::extract::normalize::{fold, key};
use crate::rdf::{self, ns};
use crate::read::dates::{hi, lo};
use crate::read::memberships::Membership;
use crate::Status;
use oxigraph::model::vocab::xsd;
use oxigraph::model::{GraphName, Literal, NamedNode, Quad, Term};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// One person's tenure of one post.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Tenure {
    /// The person's resolved IRI.
    pub person: String,
    /// The name-based IRI of the article graphs.
    pub name_iri: String,
    pub name: String,
    pub role: String,
    pub role_label: String,
    pub org: String,
    pub org_label: String,
    pub start: Option<String>,
    pub end: Option<String>,
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    /// First and last date of an article showing the post held (`held`
    /// or `starts`).
    pub first_held: Option<String>,
    pub last_held: Option<String>,
    pub articles: usize,
    pub evidence: String,
    pub evidence_article: String,
    /// The membership nodes it was folded from (sorted).
    #[serde(with = "space_separated")]
    pub sources: Vec<String>,
}

impl Tenure {
    /// `ended` when an end is known, else `held`.
    pub fn status(&self) -> &'static str {
        if self.end.is_some() {
            "ended"
        } else {
            "held"
        }
    }

    /// Where the tenure starts for ordering: start, first held, first seen.
    pub fn begin(&self) -> Option<&str> {
        self.start
            .as_deref()
            .or(self.first_held.as_deref())
            .or(self.first_seen.as_deref())
    }

    /// Whether the post was held on `date` (`YYYY`, `YYYY-MM` or
    /// `YYYY-MM-DD`); see the module documentation.
    pub fn held_at(&self, date: &str) -> bool {
        let Some(begin) = self.start.as_deref().or(self.first_held.as_deref()) else {
            return false;
        };
        if lo(begin) > hi(date) {
            return false;
        }
        match (&self.end, &self.start, &self.last_held) {
            (Some(end), _, _) => lo(date) < lo(end),
            (None, Some(_), _) => true,
            (None, None, Some(last)) => lo(date) <= hi(last),
            (None, None, None) => false,
        }
    }
}

/// Folds memberships into tenures, per (resolved person, role,
/// organization); sorted by name, organization, role.
pub fn tenures(
    memberships: &[Membership],
    resolution: &Resolution,
    gazetteer: &Gazetteer,
) -> Vec<Tenure> {
    type Key = (String, String, String);
    let mut groups: BTreeMap<Key, Vec<&Membership>> = BTreeMap::new();
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    for m in memberships {
        let (person, name) = match resolution.person(&m.article, &m.person) {
            Some(p) => (p.iri.clone(), p.name.clone()),
            None => (m.person.clone(), m.name.clone()),
        };
        names.entry(person.clone()).or_insert(name);
        groups
            .entry((person, m.org.clone(), m.role.clone()))
            .or_default()
            .push(m);
    }
    // (person, org) → facts of each role key, for promotions.
    let mut by_org: BTreeMap<(&str, &str), Vec<(String, &Membership)>> = BTreeMap::new();
    let mut role_keys: HashMap<&str, String> = HashMap::new();
    for ((person, org, _), facts) in &groups {
        for m in facts {
            let role_key = role_keys
                .entry(&m.role_label)
                .or_insert_with_key(|s| key(s))
                .clone();
            by_org.entry((person, org)).or_default().push((role_key, m));
        }
    }
    let mut out = Vec::new();
    for ((person, org, role), facts) in &groups {
        let dates: BTreeSet<&str> = facts
            .iter()
            .map(|m| m.date.as_str())
            .filter(|d| !d.is_empty())
            .collect();
        let held: BTreeSet<&str> = facts
            .iter()
            .filter(|m| matches!(m.status, Status::Held | Status::Starts))
            .map(|m| m.date.as_str())
            .filter(|d| !d.is_empty())
            .collect();
        let start = facts
            .iter()
            .filter(|m| m.status == Status::Starts && !m.date.is_empty())
            .map(|m| m.date.as_str())
            .min();
        let last_held = held.last().copied();
        let mut closers: Vec<&str> = facts
            .iter()
            .filter(|m| matches!(m.status, Status::Ends | Status::Former))
            .map(|m| m.date.as_str())
            .filter(|d| !d.is_empty())
            .collect();
        let role_key = role_keys
            .entry(&facts[0].role_label)
            .or_insert_with_key(|s| key(s))
            .clone();
        if let Some(higher) = gazetteer.promotions.get(&role_key) {
            for (other, m) in by_org
                .get(&(person.as_str(), org.as_str()))
                .into_iter()
                .flatten()
            {
                if !higher.contains(other) || m.date.is_empty() {
                    continue;
                }
                if matches!(m.status, Status::Starts | Status::Held) {
                    closers.push(&m.date);
                }
            }
        }
        let end = closers
            .into_iter()
            .filter(|d| last_held.is_none_or(|last| lo(d) >= lo(last)))
            .min();
        // The evidence of the latest fact (strongest status, then article).
        let evidence = facts
            .iter()
            .filter(|m| !m.evidence.is_empty())
            .max_by(|a, b| {
                (&a.date, a.status.strength())
                    .cmp(&(&b.date, b.status.strength()))
                    .then(b.article.cmp(&a.article))
            })
            .or(facts.first());
        let articles: BTreeSet<&str> = facts.iter().map(|m| m.article.as_str()).collect();
        out.push(Tenure {
            person: person.clone(),
            name_iri: facts[0].person.clone(),
            name: names[person].clone(),
            role: role.clone(),
            role_label: facts[0].role_label.clone(),
            org: org.clone(),
            org_label: crate::extract::normalize::normalize(&facts[0].org_label),
            start: start.map(str::to_owned),
            end: end.map(str::to_owned),
            first_seen: dates.first().map(|d| d.to_string()),
            last_seen: dates.last().map(|d| d.to_string()),
            first_held: held.first().map(|d| d.to_string()),
            last_held: last_held.map(str::to_owned),
            articles: articles.len(),
            evidence: evidence.map(|m| m.evidence.clone()).unwrap_or_default(),
            evidence_article: evidence.map(|m| m.article.clone()).unwrap_or_default(),
            sources: facts
                .iter()
                .map(|m| m.node.clone())
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect(),
        });
    }
    sort(&mut out);
    out
}

/// Sorts tenures as [`tenures`] gives them: by name, person, organization,
/// role (labels folded, then IRIs, so the order is total).
pub fn sort(tenures: &mut [Tenure]) {
    // Each distinct label folded once.
    let mut folded: HashMap<String, String> = HashMap::new();
    let mut fold_once = |s: &str| {
        folded
            .entry(s.to_owned())
            .or_insert_with(|| fold(s))
            .clone()
    };
    tenures.sort_by_cached_key(|t| {
        (
            fold_once(&t.name),
            t.person.clone(),
            fold_once(&t.org_label),
            fold_once(&t.role_label),
            t.org.clone(),
            t.role.clone(),
        )
    });
}

/// A list of IRIs as one CSV field.
mod space_separated {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(items: &[String], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&items.join(" "))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
        let text = String::deserialize(d)?;
        Ok(text.split_whitespace().map(str::to_owned).collect())
    }
}

/// Sorts tenures as a timeline: by begin date, then role and organization.
pub fn by_time(tenures: &mut [Tenure]) {
    tenures.sort_by_cached_key(|t| {
        (
            t.begin().map(lo).unwrap_or_else(|| "~".into()),
            fold(&t.org_label),
            fold(&t.role_label),
            t.person.clone(),
        )
    });
}

/// The named graph of the derived tenures (`vnkg export --tenures`).
pub const GRAPH: &str = crate::rdf::TENURE_GRAPH;

/// [`GRAPH`] as a graph name.
pub fn graph_name() -> GraphName {
    GraphName::NamedNode(NamedNode::new_unchecked(GRAPH))
}

/// The literal of a date: `xsd:date`, `xsd:gYearMonth` or `xsd:gYear`, and
/// the `time:` property giving an instant that date.
fn date_term(date: &str) -> (Literal, &'static str) {
    let (datatype, property) = match date.len() {
        4 => (xsd::G_YEAR, "inXSDgYear"),
        7 => (xsd::G_YEAR_MONTH, "inXSDgYearMonth"),
        _ => (xsd::DATE, "inXSDDate"),
    };
    (Literal::new_typed_literal(date, datatype), property)
}

/// Tenures as RDF, in the graph [`GRAPH`]: one `vnkg:Tenure` (an
/// `org:Membership` of the resolved person) per tenure, with
/// `org:memberDuring` a `time:Interval` whose `time:hasBeginning` and
/// `time:hasEnd` are the known start and end, `vnkg:firstSeen`,
/// `vnkg:lastSeen`, `vnkg:articleCount`, `vnkg:evidence`, and
/// `prov:wasDerivedFrom` each per-article membership. IRIs are hashed from
/// (person, organization, role), so the same store gives the same quads.
pub fn quads(tenures: &[Tenure]) -> Vec<Quad> {
    let graph = graph_name();
    let mut out = Vec::new();
    let node = |iri: &str| NamedNode::new_unchecked(iri);
    let term = |ns: &str, local: &str| NamedNode::new_unchecked(format!("{ns}{local}"));
    let mut add = |s: &NamedNode, p: NamedNode, o: Term| {
        out.push(Quad::new(s.clone(), p, o, graph.clone()));
    };
    let mut people = BTreeSet::new();
    for t in tenures {
        let id = rdf::hash(&[&t.person, &t.org, &t.role], 16);
        let s = node(&format!("{}tenure/{id}", ns::ID));
        let person = node(&t.person);
        if people.insert(t.person.clone()) {
            add(&person, rdf_type(), term(ns::FOAF, "Person").into());
            add(&person, term(ns::FOAF, "name"), rdf::vi(&t.name).into());
        }
        add(&s, rdf_type(), term(ns::VNKG, "Tenure").into());
        add(&s, term(ns::ORG, "member"), person.into());
        add(&s, term(ns::ORG, "organization"), node(&t.org).into());
        add(&s, term(ns::ORG, "role"), node(&t.role).into());
        add(
            &s,
            term(ns::VNKG, "post"),
            rdf::post_iri(&t.org_label, &t.role_label).into(),
        );
        if t.start.is_some() || t.end.is_some() {
            let interval = node(&format!("{}tenure/{id}/interval", ns::ID));
            add(&s, term(ns::ORG, "memberDuring"), interval.clone().into());
            add(&interval, rdf_type(), term(ns::TIME, "Interval").into());
            for (date, edge, local) in [
                (&t.start, "hasBeginning", "start"),
                (&t.end, "hasEnd", "end"),
            ] {
                if let Some(date) = date {
                    let instant = node(&format!("{}tenure/{id}/{local}", ns::ID));
                    add(&interval, term(ns::TIME, edge), instant.clone().into());
                    add(&instant, rdf_type(), term(ns::TIME, "Instant").into());
                    let (literal, property) = date_term(date);
                    add(&instant, term(ns::TIME, property), literal.into());
                }
            }
        }
        for (date, local) in [(&t.first_seen, "firstSeen"), (&t.last_seen, "lastSeen")] {
            if let Some(date) = date {
                add(&s, term(ns::VNKG, local), date_term(date).0.into());
            }
        }
        add(
            &s,
            term(ns::VNKG, "articleCount"),
            Literal::from(t.articles as i64).into(),
        );
        if !t.evidence.is_empty() {
            add(&s, term(ns::VNKG, "evidence"), rdf::vi(&t.evidence).into());
        }
        for source in &t.sources {
            add(&s, term(ns::PROV, "wasDerivedFrom"), node(source).into());
        }
    }
    out
}

fn rdf_type() -> NamedNode {
    oxigraph::model::vocab::rdf::TYPE.into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fact(person: &str, role: &str, status: Status, date: &str, article: &str) -> Membership {
        Membership {
            node: format!("m:{article}:{role}"),
            person: crate::rdf::person_iri(person).as_str().to_owned(),
            name: person.into(),
            role: crate::rdf::role_iri(role).as_str().to_owned(),
            role_label: role.into(),
            org: "org:ubnd".into(),
            org_label: "Ủy ban nhân dân tỉnh Thanh Hóa".into(),
            status,
            date: date.into(),
            article: article.into(),
            evidence: format!("{person}, {role} ({article})"),
        }
    }

    fn run(facts: &[Membership]) -> Vec<Tenure> {
        let g = Gazetteer::embedded();
        let r = Resolution::new(facts, &crate::derive::resolve::Places::new(&g));
        tenures(facts, &r, &g)
    }

    #[test]
    fn a_promotion_ends_the_deputy_post_and_starts_the_higher_one() {
        let facts = [
            fact("Lê Văn A", "Phó Chủ tịch", Status::Held, "2020-03", "a1"),
            fact("Lê Văn A", "Phó Chủ tịch", Status::Held, "2022-05", "a2"),
            fact("Lê Văn A", "Chủ tịch", Status::Starts, "2023-01", "a3"),
            fact("Lê Văn A", "Chủ tịch", Status::Held, "2024-06", "a4"),
        ];
        let t = run(&facts);
        let deputy = t.iter().find(|t| t.role_label == "Phó Chủ tịch").unwrap();
        assert_eq!(deputy.start, None);
        assert_eq!(deputy.end.as_deref(), Some("2023-01"));
        assert_eq!(deputy.first_seen.as_deref(), Some("2020-03"));
        assert_eq!(deputy.articles, 2);
        assert_eq!(deputy.status(), "ended");
        let chair = t.iter().find(|t| t.role_label == "Chủ tịch").unwrap();
        assert_eq!(chair.start.as_deref(), Some("2023-01"));
        assert_eq!(chair.end, None);
        assert_eq!(chair.last_seen.as_deref(), Some("2024-06"));
        assert_eq!(chair.evidence, "Lê Văn A, Chủ tịch (a4)");
        assert!(deputy.held_at("2022-12") && !deputy.held_at("2023-01"));
        assert!(!chair.held_at("2022-12") && chair.held_at("2023-01"));
        assert!(chair.held_at("2030"), "open-ended after a known start");
        assert!(!deputy.held_at("2019"));
    }

    #[test]
    fn former_and_ends_close_a_tenure_only_after_the_last_held() {
        let facts = [
            fact("Trần B", "Giám đốc", Status::Former, "2019-01", "b0"),
            fact("Trần B", "Giám đốc", Status::Held, "2020-01", "b1"),
            fact("Trần B", "Giám đốc", Status::Ends, "2021-07", "b2"),
            fact("Trần B", "Giám đốc", Status::Former, "2022-01", "b3"),
        ];
        let t = run(&facts);
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].end.as_deref(), Some("2021-07"));
        assert_eq!(t[0].articles, 4);
        assert!(t[0].held_at("2020-06") && !t[0].held_at("2021-08"));
        // Without a start or end: held only between the articles showing it.
        let only = run(&facts[1..2]);
        assert!(only[0].held_at("2020") && !only[0].held_at("2020-02"));
    }
}
