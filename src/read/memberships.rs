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

/// The memberships stated in these graphs (unsorted). Each graph is read
/// with a label cache of its own (the cache is per graph anyway), so
/// memory stays that of one graph however many are read.
pub fn memberships_in(store: &Store, graphs: &[GraphName]) -> Result<Vec<Membership>> {
    let (kind, class) = (named(RDF_TYPE.into()), membership_class());
    let mut found = Vec::new();
    for g in graphs {
        let mut candidates = Vec::new();
        for quad in store.quads_for_pattern(
            None,
            Some(kind.as_ref()),
            Some(class.as_ref()),
            Some(g.as_ref()),
        ) {
            candidates.push((quad.map_err(term_error)?.subject, g.clone()));
        }
        found.extend(read_memberships(&mut Scan::new(store), candidates)?);
    }
    Ok(found)
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

/// The order of [`sort_memberships`]: person, organization, role, date,
/// article, then every other field (so two rows with equal keys are equal).
#[allow(clippy::type_complexity)]
fn sort_key(
    m: &Membership,
) -> (
    String,
    String,
    String,
    &str,
    &str,
    &'static str,
    &str,
    (&str, &str, &str),
    (&str, &str, &str, &str),
) {
    (
        fold(&m.name),
        fold(&m.org_label),
        fold(&m.role_label),
        &m.date,
        &m.article,
        m.status.as_str(),
        &m.person,
        // Then everything else, so the order never depends on the
        // order read (spellings that fold alike, say).
        (&m.name, &m.org_label, &m.role_label),
        (&m.node, &m.org, &m.role, &m.evidence),
    )
}

/// Sorts memberships by person, organization, role, date, article and
/// drops repeats.
pub fn sort_memberships(found: &mut Vec<Membership>) {
    let mut keyed: Vec<_> = std::mem::take(found)
        .into_iter()
        .map(|m| (fold(&m.name), m))
        .collect();
    // The first field of the key is computed once per row; the rest only
    // for rows of one folded name.
    keyed.sort_by(|(a_name, a), (b_name, b)| {
        a_name
            .cmp(b_name)
            .then_with(|| sort_key(a).cmp(&sort_key(b)))
    });
    found.extend(keyed.into_iter().map(|(_, m)| m));
    found.dedup();
}

/// Adds `added` to `sorted` (as [`sort_memberships`] leaves rows) and
/// gives what [`sort_memberships`] would give for both together, placing
/// each added row by binary search: the cost is that of the added rows,
/// not of the whole table.
pub fn merge_memberships(sorted: Vec<Membership>, mut added: Vec<Membership>) -> Vec<Membership> {
    sort_memberships(&mut added);
    // Where each added row goes: after the rows of `sorted` not greater.
    let mut at = Vec::with_capacity(added.len());
    let mut from = 0;
    for row in &added {
        let key = sort_key(row);
        from += sorted[from..].partition_point(|m| sort_key(m) <= key);
        at.push(from);
    }
    let mut merged = Vec::with_capacity(sorted.len() + added.len());
    let mut old = sorted.into_iter();
    let mut done = 0;
    for (row, at) in added.into_iter().zip(at) {
        merged.extend(old.by_ref().take(at - done));
        done = at;
        merged.push(row);
    }
    merged.extend(old);
    merged.dedup();
    merged
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
    fn merging_added_rows_gives_what_sorting_all_gives() {
        let mut rows = Vec::new();
        for (i, name) in [
            "Lê Anh Xuân",
            "Le Anh Xuan",
            "Trần Anh Chung",
            "Đinh La Thăng",
        ]
        .iter()
        .enumerate()
        {
            for article in ["a", "b", "c"] {
                let mut m = row(name);
                m.article = article.into();
                m.node = format!("m{i}{article}");
                m.date = format!("2024-0{}", i + 1);
                rows.push(m);
            }
        }
        for split in 0..rows.len() {
            let (old, new) = rows.split_at(split);
            let mut sorted = old.to_vec();
            sort_memberships(&mut sorted);
            // Added rows in reverse, one of them twice and one already kept.
            let mut added: Vec<Membership> = new.iter().rev().cloned().collect();
            added.extend(new.first().cloned());
            added.extend(old.last().cloned());
            let mut all: Vec<Membership> = old.iter().chain(&added).cloned().collect();
            sort_memberships(&mut all);
            assert_eq!(merge_memberships(sorted, added), all, "split at {split}");
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
