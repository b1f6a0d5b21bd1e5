/*!
The posts tables: one row per article and post (`vnkg posts --facts`), one
row per tenure (`vnkg posts`, `history`, `holders`), and the people after
resolution (`vnkg people`).

Uses: `read` (memberships), `derive` (tenures, resolution),
`views::table`.
*/

use crate::derive::resolve::{listed, Resolution};
use crate::derive::tenure::Tenure;
use crate::read::memberships::{memberships, Membership, PostFilter};
use crate::views::table::{simple, Rows};
use crate::Result;
use oxigraph::store::Store;

/// The per-fact posts table: person, role, organization, status, date,
/// article, evidence; one row per membership of each article, sorted by
/// person, organization, role. (`vnkg posts --facts`; the default table
/// aggregates these rows per person and post, see `tenure`.)
pub fn posts(store: &Store, filter: &PostFilter) -> Result<Rows> {
    Ok(posts_table(memberships(store, filter)?))
}

/// The per-fact posts table of these memberships (see [`posts`]).
pub fn posts_table(memberships: Vec<Membership>) -> Rows {
    let mut found: Vec<[String; 7]> = memberships
        .into_iter()
        .map(|m| {
            [
                m.name,
                m.role_label,
                m.org_label,
                m.status.as_str().to_owned(),
                m.date,
                m.article,
                m.evidence,
            ]
        })
        .collect();
    found.dedup();
    posts_rows(found)
}

fn posts_rows(found: Vec<[String; 7]>) -> Rows {
    Rows::of_text(
        [
            "person",
            "role",
            "organization",
            "status",
            "date",
            "article",
            "evidence",
        ],
        found,
    )
}

/// The tenures table: person, role, organization, status, start, end,
/// first_seen, last_seen, articles, evidence.
pub fn rows(tenures: Vec<Tenure>) -> Rows {
    let text = simple;
    Rows {
        columns: [
            "person",
            "role",
            "organization",
            "status",
            "start",
            "end",
            "first_seen",
            "last_seen",
            "articles",
            "evidence",
        ]
        .map(String::from)
        .to_vec(),
        rows: tenures
            .into_iter()
            .map(|t| {
                let status = t.status().to_owned();
                vec![
                    text(t.name),
                    text(t.role_label),
                    text(t.org_label),
                    text(status),
                    text(t.start.unwrap_or_default()),
                    text(t.end.unwrap_or_default()),
                    text(t.first_seen.unwrap_or_default()),
                    text(t.last_seen.unwrap_or_default()),
                    text(t.articles.to_string()),
                    text(t.evidence),
                ]
            })
            .collect(),
    }
}

/// The people table: name, person IRI, provinces, national, articles,
/// resolution; `ambiguous`: only names that needed deciding.
pub fn people_rows(resolution: &Resolution, ambiguous: bool) -> Rows {
    let text = simple;
    Rows {
        columns: [
            "name",
            "person",
            "provinces",
            "national",
            "articles",
            "resolution",
        ]
        .map(String::from)
        .to_vec(),
        rows: listed(resolution, ambiguous)
            .into_iter()
            .map(|(p, decided)| {
                vec![
                    text(p.name.clone()),
                    Some(oxigraph::model::NamedNode::new_unchecked(p.iri.clone()).into()),
                    text(p.provinces.join("; ")),
                    text(if p.national { "yes" } else { "no" }.to_owned()),
                    text(p.articles.len().to_string()),
                    text(decided),
                ]
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::views::fixture::{column, store};

    #[test]
    fn posts_lists_every_membership_with_status_and_evidence() {
        let store = store();
        let rows = posts(store.inner(), &PostFilter::default()).unwrap();
        assert_eq!(
            column(&rows, "person"),
            ["Lê Anh Xuân", "Tên \"}\n Lạ", "Trần Anh Chung"]
        );
        assert_eq!(column(&rows, "status"), ["held", "starts", "former"]);
        assert_eq!(column(&rows, "date"), ["2024-12"; 3]);
        assert_eq!(column(&rows, "article"), ["a"; 3]);
        assert_eq!(
            column(&rows, "evidence")[0],
            "Lê Anh Xuân là Bí thư Thành ủy Thanh Hóa."
        );
    }

    #[test]
    fn posts_filters_by_person_and_org_label_including_alt_labels() {
        let store = store();
        let by = |person: Option<&str>, org: Option<&str>| {
            let filter = PostFilter {
                person: person.map(String::from),
                org: org.map(String::from),
            };
            column(&posts(store.inner(), &filter).unwrap(), "person")
        };
        assert_eq!(by(Some("xuan"), None), ["Lê Anh Xuân"]);
        assert_eq!(by(None, Some("ủy ban nhân dân")), ["Trần Anh Chung"]);
        assert_eq!(by(None, Some("alt thành ủy")), ["Lê Anh Xuân"]);
        assert!(by(Some("Nobody"), None).is_empty());
    }

    #[test]
    fn hostile_names_cannot_change_the_query() {
        let store = store();
        for hostile in [
            "\"} } SELECT * { ?s ?p ?o",
            "\"}\n",
            "x' OR 1=1",
            "}}}{{{",
            "\\",
        ] {
            let filter = PostFilter {
                person: Some(hostile.into()),
                org: None,
            };
            let rows = posts(store.inner(), &filter).unwrap();
            assert!(rows.rows.len() <= 1, "{hostile}");
        }
        let filter = PostFilter {
            person: Some("tên \"}\n lạ".into()),
            org: Some("hội {x}".into()),
        };
        assert_eq!(posts(store.inner(), &filter).unwrap().rows.len(), 1);
    }
}
