/*!
Entity resolution: which mentions of a name are one person.

Why a module of its own: inside an article graph a person's IRI is minted
from the normalized name alone (`rdf::person_iri`), so articles extracted
apart agree and merge by union. Across articles a name is not a person:
two officials may share a name. Resolution is computed here, at query
time, from the per-article memberships of the whole store, so the result
depends only on which articles are in the store, never on the order they
came in (A then B, B then A, and merged exports all resolve alike), and an
ingest costs nothing extra.

The rules (explained by `vnkg explain NAME`):
- mentions of the same normalized name (NFC, tone placement, case) in two
  articles are one person when they share an organization, a province
  (after the 2025 mergers: a pre-merger province counts as the unit it
  joined), or both hold national posts;
- a national career joins the name's single provincial career when there
  is exactly one;
- mentions with no such context (no province, no national post) join each
  other, and the name's single placed person when there is exactly one,
  when they hold the same role, in a business both or in a public body both
  (the `sector` of `data/org_heads.tsv`): a name alone is too weak (the
  Trưởng Công an of a ward and a company director may share it), and so is
  a role alone (the Chủ tịch of a commune and of a company's board);
- otherwise the name is several people. A name resolved to one person keeps
  its name-based IRI; when it is several, each gets an IRI hashed from the
  name and its cluster key (sorted provinces, or `national`, or `unplaced:`
  and its sorted roles), distinct and deterministic.

Uses: `read::memberships` (the rows resolved), `gazetteer`, `normalize`,
`rdf`.
*/

use crate::extract::gazetteer::{Gazetteer, OrgKind};
use crate::extract::normalize::{fold, normalize, starts_with_words};
use crate::rdf::{self, ns};
use crate::read::memberships::Membership;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// Why two articles' mentions of a name were merged.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Reason {
    /// Both name this organization (its label).
    SharedOrg(String),
    /// Both name organizations in this province.
    SameProvince(String),
    /// Both hold national posts.
    National,
    /// This mention has no province or national post, and holds this role
    /// as the name's single placed person does.
    OnlyCandidate(String),
    /// A national career and the name's single provincial career.
    NationalAndSingleProvince,
    /// Neither has a province or national post, and both hold this role.
    SharedRole(String),
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Reason::SharedOrg(org) => write!(f, "shared organization: {org}"),
            Reason::SameProvince(p) => write!(f, "same province: {p}"),
            Reason::National => write!(f, "both hold national posts"),
            Reason::OnlyCandidate(role) => write!(
                f,
                "no province or national post; same role ({role}) as the name's only placed person"
            ),
            Reason::NationalAndSingleProvince => {
                write!(f, "national posts and the name's only provincial career")
            }
            Reason::SharedRole(role) => write!(
                f,
                "neither has a province or national post; same role: {role}"
            ),
        }
    }
}

/// One resolved person: a cluster of article mentions of one name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    /// The person's resolved IRI.
    pub iri: String,
    /// The name-based IRI of the article graphs.
    pub name_iri: String,
    /// The name, new-style tone marks.
    pub name: String,
    /// Provinces of the organizations named, as named (sorted; a province
    /// merged in 2025 and the one it joined count as one for resolution).
    pub provinces: Vec<String>,
    pub national: bool,
    /// Articles mentioning this person (sorted).
    pub articles: Vec<String>,
    /// Merges: (article, article, reason), in a stable order.
    pub links: Vec<(String, String, Reason)>,
}

/// The persons of a set of memberships.
#[derive(Clone, Debug, Default)]
pub struct Resolution {
    pub persons: Vec<Person>,
    /// Article → name-based IRI → index in `persons`.
    by_mention: HashMap<String, HashMap<String, usize>>,
}

/// Where an organization is: its province (as named, and the unit it
/// counts as), and whether it is a national body.
pub type Place = (Option<(String, String)>, bool);

/// What resolution needs to know of organizations: their province and
/// whether they are national bodies.
pub struct Places {
    /// Folded province names and variants → the province, and the unit it
    /// counts as.
    names: Vec<(String, String, String)>,
    /// The folded names, each between spaces (as whole words), in the
    /// order of `names`: the earliest and then longest match wins.
    matcher: aho_corasick::AhoCorasick,
    national: HashSet<String>,
    /// Folded organization heads (as written and written out), longest
    /// first, and whether each names a business.
    heads: Vec<(String, bool)>,
}

impl Places {
    pub fn new(gazetteer: &Gazetteer) -> Places {
        let mut names = Vec::new();
        for p in &gazetteer.provinces {
            let unit = if p.merged_into.trim().is_empty() {
                p.name.clone()
            } else {
                p.merged_into.clone()
            };
            let spellings = std::iter::once(p.name.as_str()).chain(
                p.variants
                    .split('|')
                    .map(str::trim)
                    .filter(|v| !v.is_empty()),
            );
            for spelling in spellings {
                let folded = fold(spelling);
                if !folded.is_empty() {
                    names.push((folded, p.name.clone(), unit.clone()));
                }
            }
        }
        // Longest first: `ba ria vung tau` before `vung tau`.
        names.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.cmp(b)));
        let mut national = HashSet::new();
        for head in gazetteer.org_heads.values() {
            if head.kind == OrgKind::National {
                national.insert(fold(&head.canonical));
            }
        }
        for (head, names) in &gazetteer.org_names {
            for name in names.values().filter(|n| n.is_national()) {
                national.insert(fold(&format!("{head} {}", name.canonical)));
            }
        }
        let matcher = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(names.iter().map(|(name, _, _)| format!(" {name} ")))
            .expect("province names make a valid automaton");
        let mut heads: Vec<(String, bool)> = gazetteer
            .org_heads
            .values()
            .flat_map(|h| [&h.surface, &h.canonical].map(|w| (fold(w), h.is_enterprise())))
            .filter(|(folded, _)| !folded.is_empty())
            .collect();
        heads.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.cmp(b)));
        heads.dedup();
        Places {
            names,
            matcher,
            national,
            heads,
        }
    }

    /// Whether an organization is a business: the longest head its label
    /// starts with (`Hội đồng quản trị`, `Công ty`) says so.
    pub fn is_enterprise(&self, label: &str) -> bool {
        let folded = fold(label);
        self.heads
            .iter()
            .find(|(h, _)| starts_with_words(&folded, h))
            .is_some_and(|&(_, enterprise)| enterprise)
    }

    /// The province an organization's label names, and the unit it counts
    /// as after the 2025 mergers, if any.
    pub fn province(&self, label: &str) -> Option<(String, String)> {
        self.province_of_folded(&fold(label))
    }

    fn province_of_folded(&self, folded: &str) -> Option<(String, String)> {
        let found = self.matcher.find(&format!(" {folded} "))?;
        let (_, named, unit) = &self.names[found.pattern().as_usize()];
        Some((named.clone(), unit.clone()))
    }

    /// [`Places::province`] and [`Places::is_national`] at once.
    pub fn place(&self, label: &str) -> Place {
        let folded = fold(label);
        let province = self.province_of_folded(&folded);
        let national = province.is_none() && self.is_national_folded(&folded);
        (province, national)
    }

    fn is_national_folded(&self, folded: &str) -> bool {
        self.national.contains(folded) || folded.contains("trung uong")
    }

    /// Whether an organization is a national body (and names no province).
    pub fn is_national(&self, label: &str) -> bool {
        self.place(label).1
    }
}

/// A tiny union-find over mention indices; the smaller root wins, so the
/// result does not depend on the order of unions.
struct Sets(Vec<usize>);

impl Sets {
    fn find(&mut self, i: usize) -> usize {
        let mut r = i;
        while self.0[r] != r {
            r = self.0[r];
        }
        let mut j = i;
        while self.0[j] != r {
            let next = self.0[j];
            self.0[j] = r;
            j = next;
        }
        r
    }
    fn union(&mut self, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return false;
        }
        let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
        self.0[hi] = lo;
        true
    }
}

/// One article's mention of a name, with its context.
struct Mention {
    article: String,
    orgs: BTreeMap<String, String>,
    /// Units after the mergers (what is compared).
    provinces: BTreeSet<String>,
    /// Provinces as named (what is shown).
    named: BTreeSet<String>,
    /// Roles held (as written, new-style tone marks), those in businesses
    /// marked `(enterprise)`: `Chủ tịch`, `Chủ tịch (enterprise)`.
    roles: BTreeSet<String>,
    national: bool,
}

impl Resolution {
    /// Resolves the persons of these memberships. Only the memberships
    /// matter, not their order.
    pub fn new(memberships: &[Membership], places: &Places) -> Resolution {
        // name IRI → article → mention
        let mut names: BTreeMap<&str, BTreeMap<&str, Mention>> = BTreeMap::new();
        let mut labels: BTreeMap<&str, BTreeMap<String, usize>> = BTreeMap::new();
        // Where each organization is, and whether it is a business.
        let mut place_of: HashMap<&str, (Place, bool)> = HashMap::new();
        // Names and roles repeat across articles: normalize each once.
        let mut normalized: HashMap<&str, String> = HashMap::new();
        for m in memberships {
            let mention = names
                .entry(&m.person)
                .or_default()
                .entry(&m.article)
                .or_insert_with(|| Mention {
                    article: m.article.clone(),
                    orgs: BTreeMap::new(),
                    provinces: BTreeSet::new(),
                    named: BTreeSet::new(),
                    roles: BTreeSet::new(),
                    national: false,
                });
            mention.orgs.insert(m.org.clone(), m.org_label.clone());
            let role = normalized
                .entry(m.role_label.trim())
                .or_insert_with_key(|s| normalize(s));
            let ((province, national), in_business) = place_of.entry(&m.org).or_insert_with(|| {
                let label = &m.org_label;
                (places.place(label), places.is_enterprise(label))
            });
            mention.roles.insert(if *in_business {
                format!("{role} (enterprise)")
            } else {
                role.clone()
            });
            if let Some((named, unit)) = province {
                mention.provinces.insert(unit.clone());
                mention.named.insert(named.clone());
            }
            mention.national |= *national;
            *labels
                .entry(&m.person)
                .or_default()
                .entry(
                    normalized
                        .entry(m.name.trim())
                        .or_insert_with_key(|s| normalize(s))
                        .clone(),
                )
                .or_default() += 1;
        }
        let mut resolution = Resolution::default();
        for (name_iri, mentions) in names {
            let name = labels[name_iri]
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map(|(n, _)| n.clone())
                .unwrap_or_default();
            resolution.add_name(name_iri, &name, mentions.into_values().collect());
        }
        resolution
    }

    fn add_name(&mut self, name_iri: &str, name: &str, mentions: Vec<Mention>) {
        let n = mentions.len();
        let mut sets = Sets((0..n).collect());
        let mut links: Vec<(usize, usize, Reason)> = Vec::new();
        let mut first_with: BTreeMap<Reason, usize> = BTreeMap::new();
        for (i, m) in mentions.iter().enumerate() {
            let mut keys: Vec<Reason> = Vec::new();
            keys.extend(m.orgs.values().map(|o| Reason::SharedOrg(o.clone())));
            keys.extend(m.provinces.iter().cloned().map(Reason::SameProvince));
            if m.national {
                keys.push(Reason::National);
            }
            for key in keys {
                match first_with.get(&key) {
                    Some(&j) => {
                        if sets.union(i, j) {
                            links.push((j, i, key));
                        }
                    }
                    None => {
                        first_with.insert(key, i);
                    }
                }
            }
        }
        // Clusters so far, then the two fallback rules.
        let placed = |sets: &mut Sets, mentions: &[Mention]| {
            let mut roots: BTreeMap<usize, (bool, bool)> = BTreeMap::new();
            for (i, m) in mentions.iter().enumerate() {
                let e = roots.entry(sets.find(i)).or_default();
                e.0 |= !m.provinces.is_empty();
                e.1 |= m.national;
            }
            roots
        };
        let roots = placed(&mut sets, &mentions);
        let provincial: Vec<usize> = roots.iter().filter(|(_, c)| c.0).map(|(&r, _)| r).collect();
        let national: Vec<usize> = roots
            .iter()
            .filter(|(_, c)| !c.0 && c.1)
            .map(|(&r, _)| r)
            .collect();
        if provincial.len() == 1 {
            for &r in &national {
                if sets.union(provincial[0], r) {
                    links.push((provincial[0], r, Reason::NationalAndSingleProvince));
                }
            }
        }
        let roots = placed(&mut sets, &mentions);
        let anchors: Vec<usize> = roots
            .iter()
            .filter(|(_, c)| c.0 || c.1)
            .map(|(&r, _)| r)
            .collect();
        let unplaced: Vec<usize> = roots
            .iter()
            .filter(|(_, c)| !c.0 && !c.1)
            .map(|(&r, _)| r)
            .collect();
        // Unplaced mentions go together, and with the name's only placed
        // person, when they hold the same role: a name and a role.
        let is_unplaced: Vec<bool> = (0..n).map(|i| unplaced.contains(&sets.find(i))).collect();
        let mut first_role: BTreeMap<&str, usize> = BTreeMap::new();
        for (i, m) in mentions.iter().enumerate().filter(|(i, _)| is_unplaced[*i]) {
            for role in &m.roles {
                match first_role.get(role.as_str()) {
                    Some(&j) => {
                        if sets.union(j, i) {
                            links.push((j, i, Reason::SharedRole(role.clone())));
                        }
                    }
                    None => {
                        first_role.insert(role, i);
                    }
                }
            }
        }
        if let [anchor] = anchors.as_slice() {
            let mut anchor_roles: BTreeMap<&str, usize> = BTreeMap::new();
            for (i, m) in mentions
                .iter()
                .enumerate()
                .filter(|(i, _)| !is_unplaced[*i])
            {
                for role in &m.roles {
                    anchor_roles.entry(role).or_insert(i);
                }
            }
            for (i, m) in mentions.iter().enumerate().filter(|(i, _)| is_unplaced[*i]) {
                if let Some((role, _)) = m
                    .roles
                    .iter()
                    .find_map(|r| anchor_roles.get(r.as_str()).map(|j| (r, j)))
                {
                    if sets.union(*anchor, i) {
                        links.push((*anchor, i, Reason::OnlyCandidate(role.clone())));
                    }
                }
            }
        }

        let mut clusters: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in 0..n {
            clusters.entry(sets.find(i)).or_default().push(i);
        }
        let several = clusters.len() > 1;
        let key = rdf::name_key(name);
        for members in clusters.values() {
            let provinces: BTreeSet<String> = members
                .iter()
                .flat_map(|&i| mentions[i].provinces.iter().cloned())
                .collect();
            let named: BTreeSet<String> = members
                .iter()
                .flat_map(|&i| mentions[i].named.iter().cloned())
                .collect();
            let national = members.iter().any(|&i| mentions[i].national);
            let iri = if several {
                let context = if !provinces.is_empty() {
                    provinces.iter().cloned().collect::<Vec<_>>().join("|")
                } else if national {
                    "national".to_owned()
                } else {
                    let roles: BTreeSet<&str> = members
                        .iter()
                        .flat_map(|&i| mentions[i].roles.iter().map(String::as_str))
                        .collect();
                    format!(
                        "unplaced:{}",
                        roles.into_iter().collect::<Vec<_>>().join("|")
                    )
                };
                format!(
                    "{}person/{}-{}",
                    ns::ID,
                    rdf::slug(&key),
                    rdf::hash(&[&key, &context], 8)
                )
            } else {
                name_iri.to_owned()
            };
            let index = self.persons.len();
            let mut articles: Vec<String> = members
                .iter()
                .map(|&i| mentions[i].article.clone())
                .collect();
            articles.sort();
            for a in &articles {
                self.by_mention
                    .entry(a.clone())
                    .or_default()
                    .insert(name_iri.to_owned(), index);
            }
            let member_set: HashSet<usize> = members.iter().copied().collect();
            let mut own_links: Vec<(String, String, Reason)> = links
                .iter()
                .filter(|(a, _, _)| member_set.contains(a))
                .map(|(a, b, r)| {
                    (
                        mentions[*a].article.clone(),
                        mentions[*b].article.clone(),
                        r.clone(),
                    )
                })
                .collect();
            own_links.sort();
            self.persons.push(Person {
                iri,
                name_iri: name_iri.to_owned(),
                name: name.to_owned(),
                provinces: named.into_iter().collect(),
                national,
                articles,
                links: own_links,
            });
        }
    }

    /// The person an article's mention (its name-based IRI) resolves to.
    pub fn person(&self, article: &str, name_iri: &str) -> Option<&Person> {
        self.by_mention
            .get(article)?
            .get(name_iri)
            .map(|&i| &self.persons[i])
    }

    /// Names (name-based IRIs) resolved to more than one person, with
    /// their persons.
    pub fn ambiguous(&self) -> BTreeMap<&str, Vec<&Person>> {
        let mut by_name: BTreeMap<&str, Vec<&Person>> = BTreeMap::new();
        for p in &self.persons {
            by_name.entry(&p.name_iri).or_default().push(p);
        }
        by_name.retain(|_, v| v.len() > 1);
        by_name
    }
}

/// How a person's mentions were merged, in a few words (`3 articles:
/// shared organization ×2, same province ×1`).
fn summary(p: &Person) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for (_, _, reason) in &p.links {
        let kind = match reason {
            Reason::SharedOrg(_) => "shared organization",
            Reason::SameProvince(_) => "same province",
            Reason::National => "national posts",
            Reason::OnlyCandidate(_) => "same role as the only placed person",
            Reason::NationalAndSingleProvince => "national + only provincial career",
            Reason::SharedRole(_) => "same role, unplaced",
        };
        *counts.entry(kind).or_default() += 1;
    }
    let n = p.articles.len();
    let articles = if n == 1 {
        "1 article".to_owned()
    } else {
        format!("{n} articles")
    };
    if counts.is_empty() {
        articles
    } else {
        let parts: Vec<String> = counts.iter().map(|(k, c)| format!("{k} ×{c}")).collect();
        format!("{articles}: {}", parts.join(", "))
    }
}

/// Whether a name needed deciding: it was split into several persons, or
/// mentions in several articles and provinces were merged into one.
fn collides(persons: &[&Person]) -> bool {
    persons.len() > 1
        || persons
            .iter()
            .any(|p| p.articles.len() > 1 && p.provinces.len() > 1)
}

/// The people of the people table, by name: each with how it was
/// resolved; `ambiguous`: only names that needed deciding.
pub fn listed(resolution: &Resolution, ambiguous: bool) -> Vec<(&Person, String)> {
    let mut by_name: BTreeMap<&str, Vec<&Person>> = BTreeMap::new();
    for p in &resolution.persons {
        by_name.entry(&p.name_iri).or_default().push(p);
    }
    let mut persons: Vec<&Person> = by_name
        .values()
        .filter(|ps| !ambiguous || collides(ps))
        .flatten()
        .copied()
        .collect();
    persons.sort_by_cached_key(|p| (fold(&p.name), p.iri.clone()));
    persons
        .into_iter()
        .map(|p| {
            let split = by_name[p.name_iri.as_str()].len();
            let decided = if split > 1 {
                format!("one of {split} people so named; {}", summary(p))
            } else {
                summary(p)
            };
            (p, decided)
        })
        .collect()
}

/// `vnkg explain`: for each person of the resolution, its IRI, context,
/// articles and each merge with its reason.
pub fn explain(resolution: &Resolution) -> String {
    use std::fmt::Write;
    let mut persons: Vec<&Person> = resolution.persons.iter().collect();
    persons.sort_by_cached_key(|p| (fold(&p.name), p.iri.clone()));
    let mut out = String::new();
    for p in persons {
        let provinces = if p.provinces.is_empty() {
            "none".to_owned()
        } else {
            p.provinces.join(", ")
        };
        let _ = writeln!(out, "{} <{}>", p.name, p.iri);
        let _ = writeln!(
            out,
            "  provinces: {provinces}; national posts: {}",
            if p.national { "yes" } else { "no" }
        );
        let _ = writeln!(out, "  articles: {}", p.articles.join(", "));
        if p.articles.len() == 1 {
            let _ = writeln!(out, "  (one article: nothing merged)");
        }
        for (a, b, reason) in &p.links {
            let _ = writeln!(out, "  merged {b} with {a}: {reason}");
        }
        let others = resolution
            .persons
            .iter()
            .filter(|q| q.name_iri == p.name_iri && q.iri != p.iri)
            .count();
        if others > 0 {
            let _ = writeln!(
                out,
                "  kept apart from {others} other {} of this name: no shared organization, province or national post",
                if others == 1 { "person" } else { "people" }
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Status;

    fn fact(name: &str, org: &str, article: &str) -> Membership {
        Membership {
            node: format!("m:{article}:{org}"),
            person: rdf::person_iri(name).as_str().to_owned(),
            name: name.into(),
            role: rdf::role_iri("Giám đốc").as_str().to_owned(),
            role_label: "Giám đốc".into(),
            org: rdf::org_iri(org).as_str().to_owned(),
            org_label: org.into(),
            status: Status::Held,
            date: String::new(),
            article: article.into(),
            evidence: String::new(),
        }
    }

    fn places() -> Places {
        Places::new(&Gazetteer::embedded())
    }

    fn iris(r: &Resolution, name: &str, articles: &[&str]) -> Vec<String> {
        let key = rdf::person_iri(name);
        articles
            .iter()
            .map(|a| r.person(a, key.as_str()).unwrap().iri.clone())
            .collect()
    }

    #[test]
    fn provinces_are_read_from_labels_and_mergers_count_as_one_unit() {
        let p = places();
        assert_eq!(
            p.province("Ủy ban nhân dân tỉnh Thanh Hoá"),
            Some(("Thanh Hóa".into(), "Thanh Hóa".into()))
        );
        let (named, unit) = p.province("Tỉnh ủy Hà Nam").unwrap();
        assert_eq!(named, "Hà Nam");
        assert_ne!(unit, "Hà Nam", "Hà Nam joined another province in 2025");
        assert!(p.is_national("Bộ Công an"));
        assert!(p.is_national("Ban Chấp hành Trung ương Đảng"));
        assert!(!p.is_national("Công an tỉnh Nghệ An"));
        assert!(!p.is_national("Huyện ủy Ba Vì"));
    }

    #[test]
    fn namesakes_split_by_province_and_join_by_org_or_national_post() {
        let facts = vec![
            fact("Lê Văn An", "Sở Tài chính tỉnh Nghệ An", "a"),
            fact("Lê Văn An", "Ủy ban nhân dân tỉnh Nghệ An", "b"),
            fact("Lê Văn An", "Sở Y tế tỉnh Cà Mau", "c"),
            fact("Lê Văn An", "Công ty Cổ phần X", "d"),
            fact("Trần Bình", "Tỉnh ủy Nghệ An", "e"),
            fact("Trần Bình", "Bộ Công an", "f"),
            fact("Trần Bình", "Trường Đại học Y", "g"),
        ];
        let r = Resolution::new(&facts, &places());
        let an = iris(&r, "Lê Văn An", &["a", "b", "c", "d"]);
        assert_eq!(an[0], an[1], "same province");
        assert_ne!(an[0], an[2], "different provinces, no shared organization");
        assert!(an[3] != an[0] && an[3] != an[2], "unplaced: kept apart");
        assert!(an
            .iter()
            .all(|i| *i != rdf::person_iri("Lê Văn An").as_str()));
        // One provincial career: the national post and the unplaced mention
        // (the same role, in a public body too) join it.
        let binh = iris(&r, "Trần Bình", &["e", "f", "g"]);
        assert!(binh
            .iter()
            .all(|i| i == rdf::person_iri("Trần Bình").as_str()));
        assert_eq!(r.ambiguous().len(), 1);

        // The order of the facts does not matter.
        let mut reversed = facts.clone();
        reversed.reverse();
        let again = Resolution::new(&reversed, &places());
        assert_eq!(iris(&again, "Lê Văn An", &["a", "b", "c", "d"]), an);
        assert_eq!(again.persons, r.persons);
    }

    #[test]
    fn unplaced_mentions_need_the_same_role() {
        let mut ward = fact("Đinh Văn Thắng", "Công an phường Dịch Vọng Hậu", "a");
        ward.role_label = "Trưởng Công an".into();
        let company = fact("Đinh Văn Thắng", "Công ty Cổ phần Sông Đà", "b");
        let again = fact("Đinh Văn Thắng", "Công ty Sông Đà", "c");
        let r = Resolution::new(&[ward, company, again], &places());
        let i = iris(&r, "Đinh Văn Thắng", &["a", "b", "c"]);
        assert_ne!(i[0], i[1], "a ward police chief is not a company director");
        assert_eq!(i[1], i[2], "two company directors of one name, no province");
        assert!(explain(&r).contains("same role: Giám đốc"));
    }

    #[test]
    fn unplaced_chairmen_of_a_commune_and_of_a_company_board_are_two_people() {
        let with_role = |org: &str, article: &str| {
            let mut m = fact("Trần Văn Bình", org, article);
            m.role_label = "Chủ tịch".into();
            m
        };
        let board = with_role("Hội đồng quản trị Công ty Minh Phát", "a");
        let company = with_role("Công ty Minh Phát Group", "b");
        let commune = with_role("Ủy ban nhân dân xã Tân Lập", "c");
        let council = with_role("HĐND xã Tân Lập", "d");
        let r = Resolution::new(&[board, company, commune, council], &places());
        let i = iris(&r, "Trần Văn Bình", &["a", "b", "c", "d"]);
        assert_eq!(i[0], i[1], "a company's chairman, in two words");
        assert_ne!(i[0], i[2], "a board chairman is not a commune chairman");
        assert_eq!(i[2], i[3]);
        assert!(explain(&r).contains("same role: Chủ tịch (enterprise)"));
    }

    #[test]
    fn explain_says_why() {
        let facts = vec![
            fact("Lê Văn An", "Sở Tài chính tỉnh Nghệ An", "a"),
            fact("Lê Văn An", "Sở Tài chính tỉnh Nghệ An", "b"),
            fact("Lê Văn An", "Sở Y tế tỉnh Cà Mau", "c"),
        ];
        let text = explain(&Resolution::new(&facts, &places()));
        assert!(text.contains("merged b with a: shared organization: Sở Tài chính tỉnh Nghệ An"));
        assert!(text.contains("kept apart from 1 other person"));
        let resolution = Resolution::new(&facts, &places());
        let rows = listed(&resolution, true);
        assert_eq!(rows.len(), 2);
    }
}
