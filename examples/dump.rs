//! Development aid: prints the posts, ranks and events extracted from article files as TSV
//! (`cargo run --release --example dump -- FILE...`).
use std::path::Path;

fn read(path: &Path) -> vnkg::Article {
    let text = std::fs::read_to_string(path).expect("readable");
    let id = path.file_stem().unwrap().to_string_lossy().to_string();
    let mut lines = text.lines();
    let mut date = None;
    let mut title = String::new();
    let first = lines.next().unwrap_or("");
    if let Some(rest) = first.strip_prefix(" date ") {
        let (d, t) = rest.split_once(' ').unwrap_or((rest, ""));
        date = vnkg::PubDate::parse(d);
        title = t.trim().to_string();
    } else {
        title = first.trim().to_string();
    }
    let mut body: Vec<&str> = lines.collect();
    if title.is_empty() {
        while body.first().is_some_and(|l| l.trim().is_empty()) {
            body.remove(0);
        }
        if !body.is_empty() {
            title = body.remove(0).trim().to_string();
        }
    }
    vnkg::Article {
        id,
        title,
        date,
        body: body.join("\n"),
        url: None,
    }
}

fn main() {
    let g = vnkg::Gazetteer::embedded();
    for arg in std::env::args().skip(1) {
        let a = read(Path::new(&arg));
        let x = vnkg::extract(&g, &a);
        for p in &x.posts {
            println!(
                "P\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                a.id,
                p.person,
                p.role,
                p.org.name,
                p.status.as_str(),
                p.org.alt_labels.join(" | "),
                p.evidence.replace('\t', " ")
            );
        }
        for r in &x.ranks {
            println!("R\t{}\t{}\t{}", a.id, r.person, r.rank);
        }
        for e in &x.events {
            let parts: Vec<&str> = e.participants.iter().map(|p| p.person.as_str()).collect();
            println!(
                "E\t{}\t{}\t{}\t{}",
                a.id,
                e.kind.as_str(),
                e.date.map(|d| d.to_string()).unwrap_or_default(),
                parts.join("; ")
            );
        }
    }
}
