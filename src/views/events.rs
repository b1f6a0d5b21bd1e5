/*!
The events table (`vnkg events`): type, date, participants with their
part, organizer, location, article, evidence; sorted by date.

Uses: `read::events` (the events and their filters), `read::names` (fold),
`views::table`.
*/

use crate::read::events::{self, EventFilter};
use crate::read::names::fold;
use crate::views::table::Rows;
use crate::{Part, Result};
use oxigraph::store::Store;

/// The events table: type, date, participants (with their part),
/// organizer, location, article, evidence; sorted by date.
pub fn events(store: &Store, filter: &EventFilter) -> Result<Rows> {
    let mut found: Vec<[String; 7]> = Vec::new();
    for event in events::events(store, filter)? {
        let mut listed: Vec<(usize, String, String)> = Vec::new();
        for participant in &event.participants {
            let (name, own) = (&participant.name, &participant.parts);
            let special: Vec<&str> = Part::LISTED
                .into_iter()
                .filter(|p| *p != Part::Attendee && own.contains(p))
                .map(|p| p.property())
                .collect();
            let rank = Part::LISTED
                .iter()
                .position(|p| own.contains(p))
                .unwrap_or(Part::LISTED.len());
            let label = if special.is_empty() {
                name.clone()
            } else {
                format!("{name} ({})", special.join(", "))
            };
            listed.push((rank, fold(name), label));
        }
        listed.sort();
        let mut date = event.date;
        if !event.end.is_empty() && event.end != date {
            date = format!("{date}/{}", event.end);
        }
        found.push([
            event.kind.as_str().to_owned(),
            date,
            listed
                .into_iter()
                .map(|(_, _, label)| label)
                .collect::<Vec<_>>()
                .join("; "),
            event.organizers.join("; "),
            event.location,
            event.article,
            event.evidence,
        ]);
    }
    found.sort_by(|a, b| (&a[1], &a[5], &a[0], &a[6]).cmp(&(&b[1], &b[5], &b[0], &b[6])));
    found.dedup();
    Ok(Rows::of_text(
        [
            "type",
            "date",
            "participants",
            "organizer",
            "location",
            "article",
            "evidence",
        ],
        found,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::views::fixture::{column, store};
    use crate::EventType;

    #[test]
    fn events_show_parts_and_filter_by_date_type_and_person() {
        let store = store();
        let rows = events(store.inner(), &EventFilter::default()).unwrap();
        assert_eq!(
            column(&rows, "participants"),
            ["Lê Anh Xuân (chair); Trần Anh Chung"]
        );
        assert_eq!(column(&rows, "organizer"), ["Thành ủy Thanh Hóa"]);
        assert_eq!(column(&rows, "date"), ["2024-12-10"]);
        let count = |f: EventFilter| events(store.inner(), &f).unwrap().rows.len();
        assert_eq!(
            count(EventFilter {
                from: Some("2024-12".into()),
                to: Some("2024".into()),
                ..Default::default()
            }),
            1
        );
        assert_eq!(
            count(EventFilter {
                from: Some("2025".into()),
                ..Default::default()
            }),
            0
        );
        assert_eq!(
            count(EventFilter {
                kind: Some(EventType::Signing),
                ..Default::default()
            }),
            0
        );
        assert_eq!(
            count(EventFilter {
                person: Some("anh chung".into()),
                ..Default::default()
            }),
            1
        );
        assert_eq!(
            count(EventFilter {
                org: Some("Thanh Hóa".into()),
                ..Default::default()
            }),
            1
        );
    }
}
