//! `ontology/vnkg.ttl` parses and defines every `vnkg:` term the RDF
//! writer uses, with Vietnamese and English labels and comments.

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{Literal, NamedNode, Term, Triple};
use std::collections::BTreeSet;
use vnkg::rdf::{self, ns};
use vnkg::*;

fn ontology() -> Vec<Triple> {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/ontology/vnkg.ttl")).unwrap();
    RdfParser::from_format(RdfFormat::Turtle)
        .for_slice(text.as_bytes())
        .map(|q| q.map(Triple::from))
        .collect::<Result<_, _>>()
        .expect("ontology/vnkg.ttl is valid Turtle")
}

fn has(triples: &[Triple], s: &str, p: &str, o: &Term) -> bool {
    triples.iter().any(|t| {
        t.subject.to_string() == format!("<{s}>") && t.predicate.as_str() == p && &t.object == o
    })
}

fn iri(s: &str) -> Term {
    NamedNode::new(s).unwrap().into()
}

/// An extraction using every status, part, event type and event field.
fn everything() -> Extraction {
    let org = Org {
        name: "Ban Thường vụ Tỉnh ủy Thanh Hóa".into(),
        alt_labels: vec!["BTV Tỉnh ủy".into()],
        parent: Some(Box::new(Org::named("Tỉnh ủy Thanh Hóa"))),
    };
    let statuses = [Status::Held, Status::Starts, Status::Former, Status::Ends];
    let parts = [
        Part::Attendee,
        Part::Chair,
        Part::Speaker,
        Part::Presenter,
        Part::Recipient,
        Part::Elected,
        Part::Appointed,
    ];
    Extraction {
        article: Article {
            id: "x".into(),
            title: "T".into(),
            date: Some(PubDate::Date(2024, 12, 10)),
            body: String::new(),
            url: Some("https://example.vn/x".into()),
        },
        posts: statuses
            .iter()
            .enumerate()
            .map(|(i, &status)| Post {
                person: format!("Người {i}"),
                role: "Ủy viên".into(),
                org: org.clone(),
                status,
                evidence: "câu".into(),
            })
            .collect(),
        ranks: vec![Rank {
            person: "Người 0".into(),
            rank: "Đại tá".into(),
            evidence: "câu".into(),
        }],
        events: EventType::ALL
            .iter()
            .map(|&kind| Event {
                kind,
                date: Some(EventDate::Full(2024, 12, 10)),
                end_date: Some(EventDate::MonthDay(12, 11)),
                participants: parts
                    .iter()
                    .map(|&part| Participant {
                        person: "Người 1".into(),
                        part,
                    })
                    .collect(),
                organizers: vec![org.clone()],
                location: Some("Hội trường".into()),
                awards: vec!["Bằng khen".into()],
                conferred_by: Some(Org::named("Bộ Tư lệnh Quân khu 4")),
                recipient_count: Some(5),
                generates: vec![1],
                evidence: "câu".into(),
            })
            .collect(),
    }
}

#[test]
fn every_vnkg_term_written_is_defined_with_labels_in_both_languages() {
    let triples = ontology();
    let mut used = BTreeSet::new();
    for quad in rdf::quads(&everything()) {
        for term in [quad.predicate.to_string(), quad.object.to_string()] {
            if let Some(local) = term.strip_prefix(&format!("<{}", ns::VNKG)) {
                used.insert(local.trim_end_matches('>').to_owned());
            }
        }
    }
    for term in rdf::VNKG_TERMS {
        used.insert((*term).to_owned());
    }
    assert!(used.len() >= 30, "{used:?}");
    let label = format!("{}label", ns::RDFS);
    let comment = format!("{}comment", ns::RDFS);
    for local in &used {
        let s = format!("{}{local}", ns::VNKG);
        for (p, lang) in [
            (&label, "vi"),
            (&label, "en"),
            (&comment, "vi"),
            (&comment, "en"),
        ] {
            assert!(
                triples
                    .iter()
                    .any(|t| t.subject.to_string() == format!("<{s}>")
                        && t.predicate.as_str() == p
                        && matches!(&t.object, Term::Literal(l) if l.language() == Some(lang))),
                "vnkg:{local} lacks {p} @{lang}"
            );
        }
    }
}

#[test]
fn event_classes_and_parts_hang_under_schema_org() {
    let triples = ontology();
    let sub_class = format!("{}subClassOf", ns::RDFS);
    let sub_property = format!("{}subPropertyOf", ns::RDFS);
    for kind in EventType::ALL {
        let class = format!("{}{}", ns::VNKG, kind.as_str());
        assert!(
            has(
                &triples,
                &class,
                &sub_class,
                &iri("http://schema.org/Event")
            ),
            "{class}"
        );
    }
    for part in [
        Part::Chair,
        Part::Speaker,
        Part::Presenter,
        Part::Recipient,
        Part::Elected,
        Part::Appointed,
    ] {
        let property = format!("{}{}", ns::VNKG, part.property());
        assert!(
            has(
                &triples,
                &property,
                &sub_property,
                &iri("http://schema.org/attendee")
            ),
            "{property}"
        );
    }
    let vi = Term::from(Literal::new_language_tagged_literal_unchecked(
        "đang giữ",
        "vi",
    ));
    assert!(has(
        &triples,
        &format!("{}Held", ns::VNKG),
        &format!("{}label", ns::RDFS),
        &vi
    ));
}
