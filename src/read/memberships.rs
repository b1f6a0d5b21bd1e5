/*!
Memberships read back from the store: one row per post an article states
(who, which role in which organization, with which status, when, where and
in which words), and the filters of the posts tables.

Everything above reads memberships through here: the posts, history and
holders tables, the resolution of people and their tenures
(`derive`), the caches a store keeps (`derive::kept`).

Uses: `read::scan`, `read::names`, `rdf`, `model`.
*/

use crate::rdf::{self, ns};
use crate::read::names::{self, fold, name_matches};
use crate::read::scan::{
    article_of, named, term_error, term_text, Scan, FOAF_NAME, PREF_LABEL, RDF_TYPE,
};
use crate::{Result, Status};
use oxigraph::model::{GraphName, NamedOrBlankNode, Term};
use oxigraph::store::Store;

/// Filters of the posts table.
#[derive(Clone, Debug, Default)]
pub struct PostFilter {
    pub person: Option<String>,
    pub org: Option<String>,
}

/// One membership as stated by one article: who, which role in which
/// organization, with which status, when, where and in which words.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Membership {
    /// The membership node.
    pub node: String,
    /// The person's IRI in the article graph (name-based).
    pub person: String,
    pub name: String,
    pub role: String,
    pub role_label: String,
    pub org: String,
    pub org_label: String,
    pub status: Status,
    /// The article's date (`YYYY-MM` or `YYYY-MM-DD`), empty if unknown.
    pub date: String,
    pub article: String,
    pub evidence: String,
}

/// Every membership of the store that passes the filter, read from the
/// indexes; sorted by person, organization, role, date, article.
pub fn memberships(store: &Store, filter: &PostFilter) -> Result<Vec<Membership>> {
    let mut scan = Scan::new(store);
    let member = named(format!("{}member", ns::ORG));
    let candidates = match &filter.person {
        Some(name) => {
            let mut found = Vec::new();
            for person in names::people(store, name)? {
                found.extend(scan.subjects(&member, &person)?);
            }
            found
        }
        None => scan.subjects(&named(RDF_TYPE.into()), &membership_class())?,
    };
    let found = read_memberships(&mut scan, candidates)?;
    let mut found = filter_memberships(
        store,
        found,
        &PostFilter {
            person: None,
            org: filter.org.clone(),
        },
    )?;
    sort_memberships(&mut found);
    Ok(found)
}

/// The memberships stated in these graphs (unsorted).
pub fn memberships_in(store: &Store, graphs: &[GraphName]) -> Result<Vec<Membership>> {
    let mut scan = Scan::new(store);
    let (kind, class) = (named(RDF_TYPE.into()), membership_class());
    let mut candidates = Vec::new();
    for g in graphs {
        for quad in store.quads_for_pattern(
            None,
            Some(kind.as_ref()),
            Some(class.as_ref()),
            Some(g.as_ref()),
        ) {
            candidates.push((quad.map_err(term_error)?.subject, g.clone()));
        }
    }
    read_memberships(&mut scan, candidates)
}

/// Of all the memberships of a store (as [`memberships`] gives them, from
/// the cache), those that pass the filter, matched as [`memberships`]
/// matches them.
pub fn filter_memberships(
    store: &Store,
    mut all: Vec<Membership>,
    filter: &PostFilter,
) -> Result<Vec<Membership>> {
    if let Some(name) = &filter.person {
        all.retain(|m| name_matches(&m.name, name));
    }
    if let Some(name) = &filter.org {
        let wanted = names::matching_orgs(store, name)?;
        all.retain(|m| wanted.contains(&m.org));
    }
    Ok(all)
}

/// Sorts memberships by person, organization, role, date, article and
/// drops repeats.
pub fn sort_memberships(found: &mut Vec<Membership>) {
    found.sort_by_cached_key(|m| {
        (
            fold(&m.name),
            fold(&m.org_label),
            fold(&m.role_label),
            m.date.clone(),
            m.article.clone(),
            m.status.as_str(),
            m.person.clone(),
            // Then everything else, so the order never depends on the
            // order read (spellings that fold alike, say).
            (m.name.clone(), m.org_label.clone(), m.role_label.clone()),
            (
                m.node.clone(),
                m.org.clone(),
                m.role.clone(),
                m.evidence.clone(),
            ),
        )
    });
    found.dedup();
}

fn membership_class() -> Term {
    named(format!("{}Membership", ns::ORG)).into()
}

/// Reads each candidate membership node (in its graph) into a row; nodes
/// without a person, role and organization are left out.
fn read_memberships(
    scan: &mut Scan<'_>,
    candidates: Vec<(NamedOrBlankNode, GraphName)>,
) -> Result<Vec<Membership>> {
    let mut found: Vec<Membership> = Vec::new();
    for (m, g) in candidates {
        let (mut person, mut role, mut org) = (None, None, None);
        let (mut status, mut date, mut evidence) = (Status::Held, String::new(), String::new());
        let mut is_membership = false;
        for (p, o) in scan.properties(&m, &g)? {
            if p.as_str() == RDF_TYPE {
                is_membership |= o == membership_class();
                continue;
            }
            match p
                .as_str()
                .strip_prefix(ns::ORG)
                .or_else(|| p.as_str().strip_prefix(ns::VNKG))
            {
                Some("member") => person = Some(o),
                Some("role") => role = Some(o),
                Some("organization") => org = Some(o),
                Some("status") => {
                    let iri = match &o {
                        Term::NamedNode(n) => n.as_str(),
                        _ => "",
                    };
                    status = Status::parse(rdf::local_name(iri)).unwrap_or(Status::Held)
                }
                Some("date") => date = term_text(&o),
                Some("evidence") if evidence.is_empty() => evidence = term_text(&o),
                _ => {}
            }
        }
        let (Some(person), Some(role), Some(org), true) = (person, role, org, is_membership) else {
            continue;
        };
        let iri = |t: &Term| match t {
            Term::NamedNode(n) => n.as_str().to_owned(),
            other => other.to_string(),
        };
        found.push(Membership {
            node: match &m {
                NamedOrBlankNode::NamedNode(n) => n.as_str().to_owned(),
                other => other.to_string(),
            },
            name: scan.label(&person, FOAF_NAME, &g)?,
            role_label: scan.label(&role, PREF_LABEL, &g)?,
            org_label: scan.label(&org, PREF_LABEL, &g)?,
            person: iri(&person),
            role: iri(&role),
            org: iri(&org),
            status,
            date,
            article: article_of(&g),
            evidence,
        });
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::cache::{load, save, stamp, MEMBERSHIPS};
    use crate::Status;

    fn row(name: &str) -> Membership {
        Membership {
            node: "m".into(),
            person: "p".into(),
            name: name.into(),
            role: "r".into(),
            role_label: "Bí thư".into(),
            org: "o".into(),
            org_label: "Tỉnh ủy Thanh Hóa".into(),
            status: Status::Former,
            date: "2024-12".into(),
            article: "a".into(),
            evidence: "Câu có dấu phẩy, \"ngoặc kép\"\nvà xuống dòng.".into(),
        }
    }

    #[test]
    fn rows_come_back_only_for_the_same_stamp() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("000001.sst"), "x").unwrap();
        let before = stamp(dir.path()).unwrap();
        let rows = vec![row("Lê Anh Xuân"), row("Trần Anh Chung")];
        save(dir.path(), MEMBERSHIPS, &before, &rows).unwrap();
        // Our own files do not change the stamp; a store file does.
        assert_eq!(stamp(dir.path()).unwrap(), before);
        assert_eq!(
            load::<Membership>(dir.path(), MEMBERSHIPS, &before).unwrap(),
            rows
        );
        std::fs::write(dir.path().join("000002.log"), "y").unwrap();
        let after = stamp(dir.path()).unwrap();
        assert_ne!(after, before);
        assert!(load::<Membership>(dir.path(), MEMBERSHIPS, &after).is_none());
    }

    #[test]
    fn a_damaged_file_is_not_used() {
        let dir = tempfile::tempdir().unwrap();
        let s = stamp(dir.path()).unwrap();
        std::fs::write(
            dir.path().join(MEMBERSHIPS),
            format!("{s}\nnode,person\nx\n"),
        )
        .unwrap();
        assert!(load::<Membership>(dir.path(), MEMBERSHIPS, &s).is_none());
    }
}
