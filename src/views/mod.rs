/*!
The views: what the commands print, each from the reading layer (`read`)
and the derivations (`derive`). Tables ([`table`]: rows and their formats;
[`posts`], [`events`], [`query`]), the relationship graph ([`graph`]),
scores against gold annotations ([`eval`]), and the store's graphs sent to
a remote SPARQL store ([`push`]).

Uses: `read`, `derive`, `store`, `rdf`, `model`. Never `cli`.
*/

pub mod eval;
pub mod events;
pub mod graph;
pub mod posts;
pub mod push;
pub mod query;
pub mod table;

/// The store the views' tests read: one article with three posts (one
/// with a hostile name) and one conference.
#[cfg(test)]
pub(crate) mod fixture {
    use crate::rdf;
    use crate::read::scan::term_text;
    use crate::views::table::Rows;
    use crate::{
        Article, Event, EventDate, Extraction, Org, Part, Participant, Post, PubDate, Status,
    };

    pub(crate) fn store() -> crate::store::Store {
        let post = |person: &str, role: &str, org: &str, status| Post {
            person: person.into(),
            role: role.into(),
            org: Org {
                name: org.into(),
                alt_labels: vec![format!("alt {org}")],
                parent: None,
            },
            status,
            evidence: format!("{person} là {role} {org}."),
        };
        let a = Extraction {
            article: Article {
                id: "a".into(),
                title: "T".into(),
                date: Some(PubDate::YearMonth(2024, 12)),
                body: String::new(),
                url: None,
            },
            posts: vec![
                post("Lê Anh Xuân", "Bí thư", "Thành ủy Thanh Hóa", Status::Held),
                post(
                    "Trần Anh Chung",
                    "Chủ tịch",
                    "Ủy ban nhân dân thành phố Thanh Hóa",
                    Status::Former,
                ),
                post("Tên \"}\n Lạ", "Chủ tịch", "Hội {x}", Status::Starts),
            ],
            ranks: vec![],
            events: vec![Event {
                kind: crate::EventType::Conference,
                date: Some(EventDate::Full(2024, 12, 10)),
                end_date: None,
                participants: vec![
                    Participant {
                        person: "Trần Anh Chung".into(),
                        part: Part::Attendee,
                    },
                    Participant {
                        person: "Lê Anh Xuân".into(),
                        part: Part::Chair,
                    },
                ],
                organizers: vec![Org::named("Thành ủy Thanh Hóa")],
                location: None,
                awards: vec![],
                conferred_by: None,
                recipient_count: None,
                generates: vec![],
                evidence: "Sáng 10/12, hội nghị.".into(),
            }],
        };
        let store = crate::store::Store::temporary().unwrap();
        store
            .replace_articles(&[("a".into(), rdf::quads(&a))])
            .unwrap();
        store
    }

    pub(crate) fn column(rows: &Rows, name: &str) -> Vec<String> {
        let i = rows.columns.iter().position(|c| c == name).unwrap();
        rows.rows
            .iter()
            .map(|r| r[i].as_ref().map(term_text).unwrap_or_default())
            .collect()
    }
}
