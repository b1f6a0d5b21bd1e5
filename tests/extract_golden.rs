//! Golden output of the extractor on the project's seed article
//! (`data/articles/thanh-hoa-qpan-2024.txt`): every post, rank and event as
//! a table, so any change in what is extracted shows up in review.

use std::fmt::Write as _;

use vnkg::{Article, Gazetteer, PubDate};

/// Reads the seed the way articles are read: a ` date` line that may carry
/// the title, then the body.
fn seed() -> Article {
    let text = include_str!("../data/articles/thanh-hoa-qpan-2024.txt");
    let (first, body) = text.split_once('\n').expect("two lines");
    let rest = first.strip_prefix(" date ").expect("date line");
    let (date, title) = rest.split_once(' ').expect("date and title");
    Article {
        id: "thanh-hoa-qpan-2024".into(),
        title: title.trim().into(),
        date: PubDate::parse(date),
        body: body.into(),
        url: None,
    }
}

fn table(x: &vnkg::Extraction) -> String {
    let mut out = String::new();
    for p in &x.posts {
        writeln!(
            out,
            "post\t{}\t{}\t{}\t{}",
            p.person,
            p.role,
            p.org.name,
            p.status.as_str()
        )
        .unwrap();
        if let Some(parent) = &p.org.parent {
            writeln!(out, "  part of\t{}", parent.name).unwrap();
        }
        for alt in &p.org.alt_labels {
            writeln!(out, "  also\t{alt}").unwrap();
        }
    }
    for r in &x.ranks {
        writeln!(out, "rank\t{}\t{}", r.person, r.rank).unwrap();
    }
    for e in &x.events {
        let date = e.date.map(|d| d.to_string()).unwrap_or_default();
        let people: Vec<String> = e
            .participants
            .iter()
            .map(|p| format!("{} ({})", p.person, p.part.property()))
            .collect();
        writeln!(
            out,
            "event\t{}\t{}\t{}",
            e.kind.as_str(),
            date,
            people.join("; ")
        )
        .unwrap();
        for o in &e.organizers {
            writeln!(out, "  organizer\t{}", o.name).unwrap();
        }
        for a in &e.awards {
            writeln!(out, "  award\t{a}").unwrap();
        }
        if let Some(o) = &e.conferred_by {
            writeln!(out, "  conferred by\t{}", o.name).unwrap();
        }
        if let Some(n) = e.recipient_count {
            writeln!(out, "  unnamed recipients\t{n}").unwrap();
        }
    }
    out
}

#[test]
fn seed_article_extraction_is_stable() {
    let x = vnkg::extract(&Gazetteer::embedded(), &seed());
    insta::assert_snapshot!(table(&x));
}

#[test]
fn seed_article_gives_the_five_gold_posts_and_three_events() {
    let x = vnkg::extract(&Gazetteer::embedded(), &seed());
    let mut posts: Vec<String> = x
        .posts
        .iter()
        .map(|p| {
            format!(
                "{}|{}|{}|{}",
                p.person,
                p.role,
                p.org.name,
                p.status.as_str()
            )
        })
        .collect();
    posts.sort();
    assert_eq!(
        posts,
        [
            "Lê Anh Xuân|Bí thư|Thành ủy Thanh Hóa|held",
            "Lê Anh Xuân|Chủ tịch|Hội đồng nhân dân thành phố Thanh Hóa|held",
            "Lê Anh Xuân|Ủy viên|Ban Thường vụ Tỉnh ủy Thanh Hóa|held",
            "Trần Anh Chung|Chủ tịch|Ủy ban nhân dân thành phố Thanh Hóa|held",
            "Trần Anh Chung|Ủy viên|Tỉnh ủy Thanh Hóa|held",
        ]
    );
    let mut events: Vec<String> = x
        .events
        .iter()
        .map(|e| {
            let mut people: Vec<&str> = e.participants.iter().map(|p| p.person.as_str()).collect();
            people.sort();
            format!(
                "{}|{}|{}",
                e.kind.as_str(),
                e.date.map(|d| d.to_string()).unwrap_or_default(),
                people.join(";")
            )
        })
        .collect();
    events.sort();
    assert_eq!(
        events,
        [
            "AwardCeremony|2024-12-10|Lê Anh Xuân",
            "Conference|2024-12-10|Lê Anh Xuân;Trần Anh Chung",
            "Signing|2024-12-10|",
        ]
    );
}
