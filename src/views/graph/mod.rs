/*!
Relationship graphs a person can read: who holds which post where, who took
part in which event, which body conferred which award.

The store holds RDF in the shape of the contract (people, organizations,
memberships, events, awards, one named graph per article); a reader wants a
picture, not a hairball of triples. This module reads the store with SPARQL,
builds a `petgraph` graph with one node per person, organization, event and
award (and per post when asked), cuts it down to what was asked (a focus and
a depth, node kinds, a date range, one article, a node budget), and writes
Graphviz DOT: escaped labels, a stable order (golden tests depend on it), a
shape and colour per kind, clusters for an organization and its
sub-organizations, a legend. [`path_dot`] answers "how are A and B linked?"
with the shortest chain of relations, and [`render`] turns DOT into SVG or
PNG through Graphviz's `dot` program.
*/

mod around;
mod build;
mod dot;
mod facts;
mod select;
mod text;

pub use build::DEFAULT_KINDS;
pub use dot::render;

use std::collections::BTreeMap;
use std::fmt::Write as _;

use oxigraph::store::Store;
use petgraph::graph::NodeIndex;

use crate::derive::resolve::Resolution;
use crate::error::{Error, Result};
use crate::read::dates::DateRange;
use crate::read::memberships::Membership;
use crate::read::scan::Dataset;
use build::{parse_kinds, Kg, Kind};
use facts::Facts;
use text::one_line;

/// The depth the CLI should use when `--focus` is given without `--depth`.
pub const DEFAULT_DEPTH: usize = 2;

/// What to draw. `Options::default()` draws the whole store.
#[derive(Default, Clone, Debug)]
pub struct Options {
    /// A person, organization or award: name or label, matched without
    /// regard to case or diacritics, or its IRI (or the IRI's tail, e.g.
    /// `person/le-van-a-1a2b3c4d`).
    pub focus: Option<String>,
    /// How many relations away from the focus to go; 0 = no limit (the
    /// focus's whole connected part). The CLI's default is [`DEFAULT_DEPTH`].
    pub depth: usize,
    /// Node kinds to draw: `person`, `org`, `post`, `event`, `award`.
    /// `None` = [`DEFAULT_KINDS`]. The focus is drawn whatever its kind;
    /// `depth` counts relations among the kinds kept (with `person,event`,
    /// depth 2 from a person reaches the people met at the same events).
    pub kinds: Option<Vec<String>>,
    /// Keep only dated facts (posts by their article's date, events by
    /// their dates) from this date on: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub from: Option<String>,
    /// Keep only dated facts up to this date (same forms as `from`).
    pub to: Option<String>,
    /// Draw only what one article says (its id, or its IRI).
    pub article: Option<String>,
    /// Draw at most this many nodes, the ones nearest the focus (or the
    /// best connected ones) first; the DOT says how many were left out.
    pub max_nodes: Option<usize>,
    /// Who the people of the article graphs are across articles (see
    /// `resolve`). With it, namesakes the resolution tells apart are
    /// drawn apart, with their resolved IRIs; without it, one node per
    /// name.
    pub people: Option<std::sync::Arc<People>>,
}

/// The people of a store as the caller knows them: all its memberships
/// (`derive::kept::memberships`, from the cache where it is valid) and
/// their resolution into persons. The graph draws these memberships
/// instead of reading them again.
#[derive(Debug)]
pub struct People {
    pub memberships: Vec<Membership>,
    pub resolution: Resolution,
}

/// Builds the DOT graph of the store as `opts` asks.
pub fn dot(store: &Store, opts: &Options) -> Result<String> {
    dot_reading(store, opts, true)
}

/// [`dot`], reading only the neighbourhood of a focus when `near` allows
/// it (see `around`), or the whole store.
fn dot_reading(store: &Store, opts: &Options, near: bool) -> Result<String> {
    let kinds = parse_kinds(opts.kinds.as_deref())?;
    let range = DateRange::new(opts.from.as_deref(), opts.to.as_deref())?;
    if opts.max_nodes == Some(0) {
        return Err(Error::Usage("--max-nodes must be at least 1".into()));
    }
    let dataset = match &opts.article {
        Some(id) => Dataset::article(store, id)?,
        None => Dataset::Merged,
    };
    let people = opts.people.as_deref();
    let posts = kinds.contains(&Kind::Post);
    let known = people.map(|p| p.memberships.as_slice());
    // The neighbourhood alone serves a focus with a depth, over the whole
    // store (one article is read whole anyway), the name matched against
    // every entity (a date range would first narrow the names).
    let (kg, focus) = match &opts.focus {
        Some(name) if near && opts.depth > 0 && opts.article.is_none() && !range.is_set() => {
            let all = Facts::load(store, &dataset, known, posts, false)?;
            // The name is matched in the graph of everything but events.
            let mut names = all.clone();
            if let Some(people) = people {
                names.resolve_people(&people.resolution);
            }
            let kg = Kg::build(&names, posts, &range);
            let iri = kg.g[kg.resolve(name)?].iri.clone();
            // The focus as the article graphs name it.
            let mut seeds = std::collections::BTreeSet::from([iri.clone()]);
            for (node, (m, _)) in &names.memberships {
                if m.person == iri {
                    if let Some((original, _)) = all.memberships.get(node) {
                        seeds.insert(original.person.clone());
                    }
                }
            }
            drop((kg, names));
            let mut facts = Facts::around(store, all, &seeds, opts.depth)?;
            if let Some(people) = people {
                facts.resolve_people(&people.resolution);
            }
            let kg = Kg::build(&facts, posts, &range);
            // (Every entity is a node when no date range is set.)
            let focus = kg.g.node_indices().find(|&n| kg.g[n].iri == iri);
            if focus.is_none() {
                return Err(Error::Usage(format!(
                    "no person, organization or award matches {name:?}"
                )));
            }
            (kg, focus)
        }
        _ => {
            let mut facts = Facts::load(store, &dataset, known, posts, true)?;
            if let Some(people) = people {
                facts.resolve_people(&people.resolution);
            }
            let kg = Kg::build(&facts, posts, &range);
            let focus = match &opts.focus {
                Some(name) => Some(kg.resolve(name)?),
                None => None,
            };
            (kg, focus)
        }
    };
    let keep: Vec<bool> =
        kg.g.node_indices()
            .map(|n| kinds.contains(&kg.g[n].kind) || Some(n) == focus)
            .collect();
    let order = match focus {
        Some(f) => kg.bfs(&keep, &[f], opts.depth),
        None => {
            let mut starts: Vec<NodeIndex> =
                kg.g.node_indices().filter(|n| keep[n.index()]).collect();
            starts.sort_by_key(|&n| (std::cmp::Reverse(kg.degree(n, &keep)), n));
            kg.bfs(&keep, &starts, 0)
        }
    };
    let mut shown = order;
    let mut cut: Vec<NodeIndex> = Vec::new();
    if let Some(max) = opts.max_nodes {
        if shown.len() > max {
            cut = shown.split_off(max);
        }
    }

    let mut title = Vec::new();
    if let Some(f) = focus {
        title.push(format!("focus: {}", kg.g[f].label));
        title.push(match opts.depth {
            0 => "depth: all".to_string(),
            d => format!("depth: {d}"),
        });
    }
    if let Some(id) = &opts.article {
        title.push(format!("article: {id}"));
    }
    if range.is_set() {
        title.push(format!(
            "dates: {} – {}",
            opts.from.as_deref().unwrap_or("…"),
            opts.to.as_deref().unwrap_or("…")
        ));
    }
    let mut notes = Vec::new();
    if !cut.is_empty() {
        let mut by_kind: BTreeMap<Kind, usize> = BTreeMap::new();
        for n in &cut {
            *by_kind.entry(kg.g[*n].kind).or_default() += 1;
        }
        let detail: Vec<String> = by_kind
            .iter()
            .map(|(k, c)| format!("{c} {}", k.plural(*c)))
            .collect();
        notes.push(format!(
            "{} nodes not shown (--max-nodes {})\n{}",
            cut.len(),
            opts.max_nodes.unwrap_or_default(),
            detail.join(", ")
        ));
    }
    if shown.is_empty() {
        notes.push("no facts match these options".to_string());
    }
    let edges = kg.edges_among(&shown);
    Ok(kg.emit(&shown, &edges, focus, &title, &notes))
}

/// The shortest chain of relations between two entities (people,
/// organizations or awards, named as for [`Options::focus`]): one line of
/// text per hop (`Lê Văn A —Bí thư (2024-12)→ Tỉnh ủy X`) and the chain as
/// DOT. Relations are followed in either direction.
///
/// `people`, when given, tells namesakes apart as in [`Options::people`].
pub fn path_dot(
    store: &Store,
    a: &str,
    b: &str,
    people: Option<&People>,
) -> Result<(String, String)> {
    let known = people.map(|p| p.memberships.as_slice());
    let mut facts = Facts::load(store, &Dataset::Merged, known, false, true)?;
    if let Some(people) = people {
        facts.resolve_people(&people.resolution);
    }
    let kg = Kg::build(&facts, false, &DateRange::default());
    let from = kg.resolve(a)?;
    let to = kg.resolve(b)?;
    let keep = vec![true; kg.g.node_count()];
    let Some(path) = kg.shortest_path(&keep, from, to) else {
        return Err(Error::Usage(format!(
            "no chain of relations links {} and {}",
            kg.g[from].label, kg.g[to].label
        )));
    };
    let mut text = String::new();
    let mut edges = Vec::new();
    if path.len() == 1 {
        let _ = writeln!(text, "{}", one_line(&kg.g[from].label));
    }
    for pair in path.windows(2) {
        let (u, v) = (pair[0], pair[1]);
        let forward = kg.edges_between(u, v);
        let backward = kg.edges_between(v, u);
        let (labels, arrow) = if !forward.is_empty() {
            (kg.edge_labels(&forward), true)
        } else {
            (kg.edge_labels(&backward), false)
        };
        let (left, right) = (one_line(&kg.g[u].label), one_line(&kg.g[v].label));
        if arrow {
            let _ = writeln!(text, "{left} —{labels}→ {right}");
        } else {
            let _ = writeln!(text, "{left} ←{labels}— {right}");
        }
        edges.extend(forward);
        edges.extend(backward);
    }
    let mut nodes = path.clone();
    nodes.sort();
    edges.sort();
    let title = vec![format!(
        "path: {} → {} ({} hops)",
        kg.g[from].label,
        kg.g[to].label,
        path.len() - 1
    )];
    let dot = kg.emit(&nodes, &edges, None, &title, &[]);
    Ok((text, dot))
}

#[cfg(test)]
mod tests {
    use super::dot::render_with;
    use super::text::{quote, wrap};
    use super::*;
    use crate::extract::normalize::fold;
    use crate::rdf;
    use oxigraph::io::RdfFormat;
    use oxigraph::model::{Literal, NamedNode, Quad, Term};
    use std::process::Command;
    use std::sync::Arc;

    /// Two invented articles in the contract's shape. The second one is
    /// older, has a Former post, an award ceremony and a namesake.
    const ARTICLE_ONE: &str = r#"
@prefix org: <http://www.w3.org/ns/org#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <http://schema.org/> .
@prefix vnkg: <https://w3id.org/vnkg/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/vnkg/id/> .

id:article\/bai-mot {
  id:article\/bai-mot a schema:NewsArticle ; schema:identifier "bai-mot" ;
    schema:headline "Hội nghị tổng kết"@vi ; schema:datePublished "2024-12"^^xsd:gYearMonth .
  id:person\/nguyen-van-an-11111111 a foaf:Person ; foaf:name "Nguyễn Văn An"@vi .
  id:person\/tran-thi-binh-22222222 a foaf:Person ; foaf:name "Trần Thị Bình"@vi .
  id:person\/le-van-cuong-33333333 a foaf:Person ; foaf:name "Lê Văn Cường"@vi .
  id:person\/pham-minh-duc-44444444 a foaf:Person ; foaf:name "Phạm Minh Đức"@vi .
  id:org\/tinh-uy-song-lam-aaaaaaaa a org:Organization ; skos:prefLabel "Tỉnh ủy Sông Lam"@vi .
  id:org\/btv-tinh-uy-song-lam-bbbbbbbb a org:Organization ;
    skos:prefLabel "Ban Thường vụ Tỉnh ủy Sông Lam"@vi ;
    org:subOrganizationOf id:org\/tinh-uy-song-lam-aaaaaaaa .
  id:org\/ubnd-song-lam-cccccccc a org:Organization ;
    skos:prefLabel "Ủy ban nhân dân tỉnh Sông Lam"@vi ; skos:altLabel "UBND tỉnh Sông Lam"@vi .
  id:org\/ubnd-dong-ha-dddddddd a org:Organization ;
    skos:prefLabel "Ủy ban nhân dân tỉnh Đông Hà"@vi .
  id:role\/bi-thu a org:Role ; skos:prefLabel "Bí thư"@vi .
  id:role\/chu-tich a org:Role ; skos:prefLabel "Chủ tịch"@vi .
  id:role\/uy-vien a org:Role ; skos:prefLabel "Ủy viên"@vi .
  id:membership\/m1 a org:Membership ; org:member id:person\/nguyen-van-an-11111111 ;
    org:organization id:org\/tinh-uy-song-lam-aaaaaaaa ; org:role id:role\/bi-thu ;
    vnkg:status vnkg:Held ; vnkg:date "2024-12"^^xsd:gYearMonth ;
    prov:wasDerivedFrom id:article\/bai-mot ; vnkg:evidence "..."@vi .
  id:membership\/m2 a org:Membership ; org:member id:person\/tran-thi-binh-22222222 ;
    org:organization id:org\/ubnd-song-lam-cccccccc ; org:role id:role\/chu-tich ;
    vnkg:post id:post\/chu-tich-ubnd-song-lam ; vnkg:status vnkg:Held ; vnkg:date "2024-12"^^xsd:gYearMonth ;
    prov:wasDerivedFrom id:article\/bai-mot .
  id:membership\/m3 a org:Membership ; org:member id:person\/le-van-cuong-33333333 ;
    org:organization id:org\/btv-tinh-uy-song-lam-bbbbbbbb ; org:role id:role\/uy-vien ;
    vnkg:status vnkg:Held ; vnkg:date "2024-12"^^xsd:gYearMonth ;
    prov:wasDerivedFrom id:article\/bai-mot .
  id:membership\/m4 a org:Membership ; org:member id:person\/pham-minh-duc-44444444 ;
    org:organization id:org\/ubnd-dong-ha-dddddddd ; org:role id:role\/chu-tich ;
    vnkg:status vnkg:Former ; vnkg:date "2024-12"^^xsd:gYearMonth ;
    prov:wasDerivedFrom id:article\/bai-mot .
  id:event\/e1 a vnkg:Conference ; schema:startDate "2024-12-10"^^xsd:date ;
    schema:location "Hội trường tỉnh"@vi ;
    schema:attendee id:person\/nguyen-van-an-11111111, id:person\/tran-thi-binh-22222222,
      id:person\/le-van-cuong-33333333 ;
    vnkg:chair id:person\/nguyen-van-an-11111111 ;
    vnkg:speaker id:person\/tran-thi-binh-22222222 ;
    schema:organizer id:org\/tinh-uy-song-lam-aaaaaaaa ;
    prov:wasDerivedFrom id:article\/bai-mot .
}
"#;

    const ARTICLE_TWO: &str = r#"
@prefix org: <http://www.w3.org/ns/org#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <http://schema.org/> .
@prefix vnkg: <https://w3id.org/vnkg/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/vnkg/id/> .

id:article\/bai-hai {
  id:article\/bai-hai a schema:NewsArticle ; schema:identifier "bai-hai" ;
    schema:headline "Trao Huân chương"@vi ; schema:datePublished "2023-05"^^xsd:gYearMonth .
  id:person\/nguyen-van-an-11111111 a foaf:Person ; foaf:name "Nguyễn Văn An"@vi .
  id:person\/tran-thi-binh-22222222 a foaf:Person ; foaf:name "Trần Thị Bình"@vi .
  id:person\/pham-minh-duc-55555555 a foaf:Person ; foaf:name "Phạm Minh Đức"@vi .
  id:org\/tinh-uy-song-lam-aaaaaaaa a org:Organization ; skos:prefLabel "Tỉnh ủy Sông Lam"@vi .
  id:org\/ubnd-song-lam-cccccccc a org:Organization ;
    skos:prefLabel "Ủy ban nhân dân tỉnh Sông Lam"@vi ; skos:altLabel "UBND Sông Lam"@vi .
  id:org\/so-noi-vu-song-lam-eeeeeeee a org:Organization ;
    skos:prefLabel "Sở Nội vụ tỉnh Sông Lam"@vi ;
    org:subOrganizationOf id:org\/ubnd-song-lam-cccccccc .
  id:org\/van-phong-chu-tich-nuoc-ffffffff a org:Organization ;
    skos:prefLabel "Văn phòng Chủ tịch nước"@vi .
  id:role\/pho-bi-thu a org:Role ; skos:prefLabel "Phó Bí thư"@vi .
  id:role\/chu-tich a org:Role ; skos:prefLabel "Chủ tịch"@vi .
  id:role\/giam-doc a org:Role ; skos:prefLabel "Giám đốc"@vi .
  id:membership\/m5 a org:Membership ; org:member id:person\/nguyen-van-an-11111111 ;
    org:organization id:org\/tinh-uy-song-lam-aaaaaaaa ; org:role id:role\/pho-bi-thu ;
    vnkg:status vnkg:Held ; vnkg:date "2023-05"^^xsd:gYearMonth ;
    prov:wasDerivedFrom id:article\/bai-hai .
  id:membership\/m6 a org:Membership ; org:member id:person\/tran-thi-binh-22222222 ;
    org:organization id:org\/ubnd-song-lam-cccccccc ; org:role id:role\/chu-tich ;
    vnkg:post id:post\/chu-tich-ubnd-song-lam ; vnkg:status vnkg:Starts ; vnkg:date "2023-05"^^xsd:gYearMonth ;
    prov:wasDerivedFrom id:article\/bai-hai .
  id:membership\/m7 a org:Membership ; org:member id:person\/pham-minh-duc-55555555 ;
    org:organization id:org\/so-noi-vu-song-lam-eeeeeeee ; org:role id:role\/giam-doc ;
    vnkg:status vnkg:Ends ; vnkg:date "2023-05"^^xsd:gYearMonth ;
    prov:wasDerivedFrom id:article\/bai-hai .
  id:event\/e2 a vnkg:AwardCeremony ; schema:startDate "2023-05-19"^^xsd:date ;
    schema:attendee id:person\/nguyen-van-an-11111111, id:person\/tran-thi-binh-22222222 ;
    vnkg:presenter id:person\/nguyen-van-an-11111111 ;
    vnkg:recipient id:person\/tran-thi-binh-22222222 ;
    vnkg:award id:award\/huan-chuong-lao-dong-hang-nhi-99999999 ;
    vnkg:conferredBy id:org\/van-phong-chu-tich-nuoc-ffffffff ;
    prov:wasDerivedFrom id:article\/bai-hai .
  id:award\/huan-chuong-lao-dong-hang-nhi-99999999 a vnkg:Award ;
    skos:prefLabel "Huân chương Lao động hạng Nhì"@vi .
  id:event\/e3 a vnkg:Visit ; schema:startDate "--11-20"^^xsd:gMonthDay ;
    schema:attendee id:person\/pham-minh-duc-55555555 ;
    prov:wasDerivedFrom id:article\/bai-hai .
}
"#;

    fn store_of(parts: &[&str]) -> Store {
        let store = Store::new().unwrap();
        for part in parts {
            store
                .load_from_reader(RdfFormat::TriG, part.as_bytes())
                .unwrap();
        }
        store
    }

    fn fixture() -> Store {
        store_of(&[ARTICLE_ONE, ARTICLE_TWO])
    }

    fn opts() -> Options {
        Options::default()
    }

    fn focus(name: &str, depth: usize) -> Options {
        Options {
            focus: Some(name.to_string()),
            depth,
            ..Options::default()
        }
    }

    /// The labels of the drawn nodes (not the legend or notes), one line each.
    fn node_labels(dot: &str) -> Vec<String> {
        dot.lines()
            .map(str::trim)
            .filter(|l| l.starts_with('n') && !l.contains("->") && l.contains("[label=\""))
            .map(|l| {
                let start = l.find("[label=\"").unwrap() + 8;
                let rest = &l[start..];
                let end = rest.find("\", ").unwrap();
                rest[..end].replace("\\n", " ")
            })
            .collect()
    }

    fn dot_installed() -> bool {
        Command::new("dot").arg("-V").output().is_ok()
    }

    fn assert_renders(dot_text: &str) {
        if !dot_installed() {
            eprintln!("Graphviz `dot` is not installed: rendering not checked");
            return;
        }
        let svg = render(dot_text, "svg").expect("dot accepts the graph");
        let svg = String::from_utf8(svg).unwrap();
        assert!(svg.contains("<svg"), "{svg}");
    }

    #[test]
    fn whole_store_golden() {
        let dot = dot(&fixture(), &opts()).unwrap();
        insta::assert_snapshot!("whole_store", dot);
        assert_renders(&dot);
    }

    #[test]
    fn focus_golden() {
        let dot = dot(&fixture(), &focus("Nguyễn Văn An", 1)).unwrap();
        insta::assert_snapshot!("focus_an_depth1", dot);
        assert_renders(&dot);
    }

    /// A third article: the award of `ARTICLE_TWO` given again, by a body
    /// two relations from Trần Thị Bình, at an event three away.
    const ARTICLE_THREE: &str = r#"
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <http://schema.org/> .
@prefix vnkg: <https://w3id.org/vnkg/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/vnkg/id/> .

id:article\/bai-ba {
  id:person\/le-van-cuong-33333333 a foaf:Person ; foaf:name "Lê Văn Cường"@vi .
  id:event\/e4 a vnkg:AwardCeremony ; schema:startDate "2023-06-01"^^xsd:date ;
    schema:attendee id:person\/le-van-cuong-33333333 ;
    vnkg:recipient id:person\/le-van-cuong-33333333 ;
    vnkg:award id:award\/huan-chuong-lao-dong-hang-nhi-99999999 ;
    vnkg:conferredBy id:org\/so-noi-vu-song-lam-eeeeeeee .
}
"#;

    /// The people of a store as the CLI gives them to the graph.
    fn people_of(store: &Store) -> Arc<People> {
        let memberships =
            crate::read::memberships::memberships(store, &Default::default()).unwrap();
        let gazetteer = crate::extract::gazetteer::Gazetteer::load(None).unwrap();
        let places = crate::derive::resolve::Places::new(&gazetteer);
        let resolution = Resolution::new(&memberships, &places);
        Arc::new(People {
            memberships,
            resolution,
        })
    }

    #[test]
    fn a_focus_drawn_from_its_neighbourhood_is_drawn_as_from_the_whole_store() {
        let stores = [
            fixture(),
            store_of(&[ARTICLE_ONE, ARTICLE_TWO, ARTICLE_THREE]),
            hostile_store(),
        ];
        let names = [
            "Nguyễn Văn An",
            "Trần Thị Bình",
            "Lê Văn Cường",
            "Phạm Minh Đức",
            "Sông Lam",
            "Tỉnh ủy Sông Lam",
            "UBND Sông Lam",
            "Sở Nội vụ tỉnh Sông Lam",
            "Văn phòng Chủ tịch nước",
            "Huân chương Lao động hạng Nhì",
            "Huân chương",
            "person/nguyen-van-an-11111111",
            "Ông",
            "nobody at all",
        ];
        let kinds: [Option<&[&str]>; 3] = [
            None,
            Some(&["person", "event"]),
            Some(&["person", "org", "post", "event", "award"]),
        ];
        let mut compared = 0;
        for store in &stores {
            for people in [None, Some(people_of(store))] {
                for name in names {
                    for depth in 1..=3 {
                        for k in kinds {
                            let opts = Options {
                                focus: Some(name.to_string()),
                                depth,
                                kinds: k.map(|k| k.iter().map(|s| s.to_string()).collect()),
                                people: people.clone(),
                                ..Options::default()
                            };
                            let near = dot_reading(store, &opts, true).map_err(|e| e.to_string());
                            let whole = dot_reading(store, &opts, false).map_err(|e| e.to_string());
                            assert_eq!(near, whole, "{name} depth {depth} kinds {k:?}");
                            compared += usize::from(whole.is_ok());
                        }
                    }
                }
            }
        }
        assert!(compared > 100, "only {compared} graphs drawn");
    }

    #[test]
    fn output_is_the_same_whatever_the_load_order() {
        let a = dot(&store_of(&[ARTICLE_ONE, ARTICLE_TWO]), &opts()).unwrap();
        let b = dot(&store_of(&[ARTICLE_TWO, ARTICLE_ONE]), &opts()).unwrap();
        assert_eq!(a, b);
    }

    #[test]
    fn focus_matches_without_case_or_diacritics() {
        let store = fixture();
        let want = dot(&store, &focus("Nguyễn Văn An", 1)).unwrap();
        for name in [
            "nguyen van an",
            "NGUYỄN VĂN AN",
            "  Nguyen  Van An ",
            "person/nguyen-van-an-11111111",
        ] {
            assert_eq!(dot(&store, &focus(name, 1)).unwrap(), want, "{name}");
        }
        // An organization by an alternative label, old tone placement.
        let ubnd = dot(&store, &focus("UBND tinh Song Lam", 1)).unwrap();
        assert!(
            ubnd.contains("focus: Ủy ban nhân dân tỉnh Sông Lam"),
            "{ubnd}"
        );
        let uy = dot(&store, &focus("tỉnh uỷ sông lam", 1)).unwrap();
        assert!(uy.contains("focus: Tỉnh ủy Sông Lam"), "{uy}");
    }

    #[test]
    fn an_exact_match_wins_over_a_substring() {
        // "Tỉnh ủy Sông Lam" is also inside "Ban Thường vụ Tỉnh ủy Sông Lam".
        let d = dot(&fixture(), &focus("Tinh uy Song Lam", 1)).unwrap();
        assert!(d.contains("focus: Tỉnh ủy Sông Lam ·"), "{d}");
    }

    #[test]
    fn namesakes_give_an_error_listing_them() {
        let err = dot(&fixture(), &focus("pham minh duc", 1)).unwrap_err();
        let msg = err.to_string();
        assert!(matches!(err, Error::Usage(_)));
        assert!(
            msg.starts_with("2 entities match \"pham minh duc\""),
            "{msg}"
        );
        assert!(msg.contains("[person/pham-minh-duc-44444444]"), "{msg}");
        assert!(msg.contains("[person/pham-minh-duc-55555555]"), "{msg}");
        assert!(
            msg.contains("nguyên Chủ tịch (2024-12), Ủy ban nhân dân tỉnh Đông Hà"),
            "{msg}"
        );
        // The id in brackets picks one.
        let one = dot(&fixture(), &focus("person/pham-minh-duc-55555555", 1)).unwrap();
        assert!(one.contains("Sở Nội vụ tỉnh Sông Lam"), "{one}");
        assert!(!one.contains("Đông Hà"), "{one}");
    }

    #[test]
    fn several_substring_matches_give_an_error() {
        let msg = dot(&fixture(), &focus("song lam", 1))
            .unwrap_err()
            .to_string();
        assert!(msg.starts_with("4 entities match \"song lam\""), "{msg}");
        assert!(
            msg.contains("Sở Nội vụ tỉnh Sông Lam (organization: trực thuộc"),
            "{msg}"
        );
    }

    #[test]
    fn an_unknown_name_is_a_usage_error() {
        let err = dot(&fixture(), &focus("Hoàng Văn Không", 1)).unwrap_err();
        assert!(matches!(err, Error::Usage(_)));
        assert_eq!(
            err.to_string(),
            "no person, organization or award matches \"Hoàng Văn Không\""
        );
        assert!(matches!(
            dot(&fixture(), &focus("  ", 1)),
            Err(Error::Usage(_))
        ));
    }

    #[test]
    fn depth_limits_how_far_the_graph_goes() {
        let store = fixture();
        let one = node_labels(&dot(&store, &focus("Lê Văn Cường", 1)).unwrap());
        assert_eq!(
            one,
            [
                "Lê Văn Cường",
                "Ban Thường vụ Tỉnh ủy Sông Lam",
                "Hội nghị 2024-12-10 Hội trường tỉnh"
            ]
        );
        let two = node_labels(&dot(&store, &focus("Lê Văn Cường", 2)).unwrap());
        assert!(two.contains(&"Tỉnh ủy Sông Lam".to_string()), "{two:?}");
        assert!(two.contains(&"Trần Thị Bình".to_string()), "{two:?}");
        assert!(
            !two.contains(&"Văn phòng Chủ tịch nước".to_string()),
            "{two:?}"
        );
        // 0 = the whole connected part; the namesake in Đông Hà is not linked.
        let all = node_labels(&dot(&store, &focus("Lê Văn Cường", 0)).unwrap());
        assert!(
            all.contains(&"Văn phòng Chủ tịch nước".to_string()),
            "{all:?}"
        );
        assert!(!all.iter().any(|l| l.contains("Đông Hà")), "{all:?}");
    }

    #[test]
    fn kinds_filter_node_kinds_but_keep_the_focus() {
        let store = fixture();
        let o = Options {
            kinds: Some(vec!["person,event".into()]),
            ..focus("Tỉnh ủy Sông Lam", 0)
        };
        let labels = node_labels(&dot(&store, &o).unwrap());
        assert_eq!(
            labels,
            [
                "Lê Văn Cường",
                "Nguyễn Văn An",
                "Trần Thị Bình",
                "Tỉnh ủy Sông Lam",
                "Hội nghị 2024-12-10 Hội trường tỉnh",
                "Lễ trao thưởng 2023-05-19"
            ]
        );

        let o = Options {
            kinds: Some(vec!["person".into(), "event".into()]),
            ..opts()
        };
        let d = dot(&store, &o).unwrap();
        assert!(!d.contains("Tỉnh ủy"), "{d}");
        assert!(!d.contains("Huân chương"), "{d}");
        assert!(d.contains("Trần Thị Bình"), "{d}");

        let bad = Options {
            kinds: Some(vec!["person,planet".into()]),
            ..opts()
        };
        let msg = dot(&store, &bad).unwrap_err().to_string();
        assert_eq!(
            msg,
            "unknown node kind \"planet\" (expected person, org, post, event, award)"
        );
    }

    #[test]
    fn posts_become_nodes_when_asked() {
        let o = Options {
            kinds: Some(vec!["person,org,post".into()]),
            ..focus("Trần Thị Bình", 2)
        };
        let d = dot(&fixture(), &o).unwrap();
        insta::assert_snapshot!("posts_as_nodes", d);
        assert!(d.contains("shape=octagon"), "{d}");
        assert_renders(&d);
    }

    #[test]
    fn a_post_is_one_node_with_or_without_vnkg_post() {
        let post = rdf::post_iri("Ủy ban nhân dân tỉnh Sông Lam", "Chủ tịch");
        let trig = format!(
            r#"@prefix org: <http://www.w3.org/ns/org#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix vnkg: <https://w3id.org/vnkg/ontology#> .
@prefix id: <https://w3id.org/vnkg/id/> .
id:article\/a {{
  id:person\/a a foaf:Person ; foaf:name "Người A"@vi .
  id:org\/u a org:Organization ; skos:prefLabel "Ủy ban nhân dân tỉnh Sông Lam"@vi .
  id:role\/chu-tich a org:Role ; skos:prefLabel "Chủ tịch"@vi .
  id:membership\/a a org:Membership ; org:member id:person\/a ;
    org:organization id:org\/u ; org:role id:role\/chu-tich ; vnkg:post <{post}> .
}}
id:article\/b {{
  id:person\/b a foaf:Person ; foaf:name "Người B"@vi .
  id:org\/u a org:Organization ; skos:prefLabel "Ủy ban nhân dân tỉnh Sông Lam"@vi .
  id:role\/chu-tich a org:Role ; skos:prefLabel "Chủ tịch"@vi .
  id:membership\/b a org:Membership ; org:member id:person\/b ;
    org:organization id:org\/u ; org:role id:role\/chu-tich .
}}
"#,
            post = post.as_str()
        );
        let o = Options {
            kinds: Some(vec!["person,org,post".into()]),
            ..opts()
        };
        let d = dot(&store_of(&[&trig]), &o).unwrap();
        // Two people, one organization, one post (not two).
        assert!(d.contains("label=\"4 nodes, 3 edges\""), "{d}");
    }

    #[test]
    fn dates_filter_posts_and_events() {
        let store = fixture();
        let o = Options {
            from: Some("2024".into()),
            ..opts()
        };
        let d = dot(&store, &o).unwrap();
        assert!(d.contains("Bí thư (2024-12)"), "{d}");
        assert!(!d.contains("Phó Bí thư"), "{d}");
        assert!(!d.contains("Lễ trao thưởng"), "{d}");
        // Undated and year-less facts go when a range is set.
        assert!(!d.contains("Chuyến thăm"), "{d}");
        assert!(d.contains("dates: 2024 – …"), "{d}");

        let o = Options {
            from: Some("2023-05-19".into()),
            to: Some("2023-05".into()),
            ..opts()
        };
        let labels = node_labels(&dot(&store, &o).unwrap());
        assert!(
            labels.contains(&"Lễ trao thưởng 2023-05-19".to_string()),
            "{labels:?}"
        );
        assert!(
            labels.contains(&"Ủy ban nhân dân tỉnh Sông Lam".to_string()),
            "{labels:?}"
        );
        assert!(!labels.iter().any(|l| l.contains("Hội nghị")), "{labels:?}");
        assert!(!labels.contains(&"Lê Văn Cường".to_string()), "{labels:?}");

        for (from, to) in [("2024-13", ""), ("24", ""), ("", "2024/12")] {
            let o = Options {
                from: Some(from.into()),
                to: Some(to.into()),
                ..opts()
            };
            assert!(
                matches!(dot(&store, &o), Err(Error::Usage(_))),
                "{from} {to}"
            );
        }
        let o = Options {
            from: Some("2025".into()),
            to: Some("2024".into()),
            ..opts()
        };
        assert_eq!(
            dot(&store, &o).unwrap_err().to_string(),
            "--from 2025 is after --to 2024"
        );
    }

    #[test]
    fn article_restricts_to_one_article() {
        let store = fixture();
        let o = Options {
            article: Some("bai-hai".into()),
            ..opts()
        };
        let labels = node_labels(&dot(&store, &o).unwrap());
        assert!(
            labels.contains(&"Sở Nội vụ tỉnh Sông Lam".to_string()),
            "{labels:?}"
        );
        assert!(!labels.iter().any(|l| l.contains("Hội nghị")), "{labels:?}");
        assert!(!labels.contains(&"Lê Văn Cường".to_string()), "{labels:?}");
        // By IRI too.
        let o = Options {
            article: Some("https://w3id.org/vnkg/id/article/bai-hai".into()),
            ..opts()
        };
        assert_eq!(node_labels(&dot(&store, &o).unwrap()), labels);
        let o = Options {
            article: Some("bai-\"} khong-co".into()),
            ..opts()
        };
        assert_eq!(
            dot(&store, &o).unwrap_err().to_string(),
            "no article with id \"bai-\\\"} khong-co\" in the store"
        );
    }

    #[test]
    fn max_nodes_keeps_the_nearest_and_says_what_was_cut() {
        let store = fixture();
        let o = Options {
            max_nodes: Some(3),
            ..focus("Nguyễn Văn An", 0)
        };
        let d = dot(&store, &o).unwrap();
        let labels = node_labels(&d);
        assert_eq!(labels.len(), 3, "{d}");
        assert!(labels.contains(&"Nguyễn Văn An".to_string()), "{labels:?}");
        assert!(
            d.contains(
                "// 10 nodes not shown (--max-nodes 3): 3 people, 4 organizations, 2 events, 1 award\n"
            ),
            "{d}"
        );
        assert!(d.contains("note0 [shape=note"), "{d}");
        assert_renders(&d);
        // Without focus: the best connected nodes first.
        let o = Options {
            max_nodes: Some(1),
            ..opts()
        };
        let d = dot(&store, &o).unwrap();
        assert_eq!(node_labels(&d), ["Nguyễn Văn An"], "{d}");
        let o = Options {
            max_nodes: Some(0),
            ..opts()
        };
        assert!(matches!(dot(&store, &o), Err(Error::Usage(_))));
    }

    #[test]
    fn an_empty_store_gives_a_valid_graph_with_a_note() {
        let d = dot(&Store::new().unwrap(), &opts()).unwrap();
        assert!(d.contains("no facts match these options"), "{d}");
        assert_renders(&d);
    }

    /// A store whose names try to break out of DOT strings.
    fn hostile_store() -> Store {
        let store = Store::new().unwrap();
        let g = NamedNode::new("https://w3id.org/vnkg/id/article/x").unwrap();
        let iri = |s: &str| NamedNode::new(format!("https://w3id.org/vnkg/id/{s}")).unwrap();
        let t = |s: &str| NamedNode::new(s).unwrap();
        let rdf_type = t("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
        let vi = |s: &str| Literal::new_language_tagged_literal(s, "vi").unwrap();
        let quads: [(NamedNode, NamedNode, Term); 10] = [
            (
                iri("person/p"),
                rdf_type.clone(),
                t("http://xmlns.com/foaf/0.1/Person").into(),
            ),
            (
                iri("person/p"),
                t("http://xmlns.com/foaf/0.1/name"),
                vi("Ông \"}\n} digraph x { a -> b \\ \"end\\").into(),
            ),
            (
                iri("org/o"),
                rdf_type.clone(),
                t("http://www.w3.org/ns/org#Organization").into(),
            ),
            (
                iri("org/o"),
                t("http://www.w3.org/2004/02/skos/core#prefLabel"),
                vi("Sở <b>&amp;</b> {\\N} \\l \u{0} \t\r\n\u{2028}x").into(),
            ),
            (
                iri("membership/m"),
                rdf_type.clone(),
                t("http://www.w3.org/ns/org#Membership").into(),
            ),
            (
                iri("membership/m"),
                t("http://www.w3.org/ns/org#member"),
                iri("person/p").into(),
            ),
            (
                iri("membership/m"),
                t("http://www.w3.org/ns/org#organization"),
                iri("org/o").into(),
            ),
            (
                iri("membership/m"),
                t("http://www.w3.org/ns/org#role"),
                iri("role/r").into(),
            ),
            (
                iri("role/r"),
                rdf_type,
                t("http://www.w3.org/ns/org#Role").into(),
            ),
            (
                iri("role/r"),
                t("http://www.w3.org/2004/02/skos/core#prefLabel"),
                vi("\"]; n0 -> n1 [label=\"").into(),
            ),
        ];
        for (s, p, o) in quads {
            store.insert(&Quad::new(s, p, o, g.clone())).unwrap();
        }
        store
    }

    #[test]
    fn hostile_names_are_escaped() {
        let store = hostile_store();
        let d = dot(&store, &opts()).unwrap();
        insta::assert_snapshot!("hostile", d);
        assert!(
            d.contains(r#"[label="Ông \"} } digraph x { a\n-> b \\ \"end\\", shape=ellipse"#),
            "{d}"
        );
        assert!(
            d.contains(r#"[label="\"]; n0 -> n1 [label=\"", color"#),
            "{d}"
        );
        assert!(!d.contains('\u{0}'));
        if dot_installed() {
            let svg = String::from_utf8(render(&d, "svg").unwrap()).unwrap();
            assert!(svg.contains("Ông &quot;} } digraph x { a"), "{svg}");
            assert!(
                svg.contains("&quot;]; n0 &#45;&gt; n1 [label=&quot;"),
                "{svg}"
            );
        }
        // Exactly one real edge: the membership.
        let edges = d
            .lines()
            .filter(|l| l.starts_with("  n") && l.split_whitespace().nth(1) == Some("->"));
        assert_eq!(edges.count(), 1, "{d}");
        assert_renders(&d);
        // A hostile focus is only a name that matches nothing, or matches.
        for name in ["\"}", "} digraph", "\\", "\n"] {
            match dot(&store, &focus(name, 1)) {
                Ok(d) => assert_renders(&d),
                Err(e) => assert!(matches!(e, Error::Usage(_)), "{e}"),
            }
        }
        let (text, path) = path_dot(&store, "ong", "so", None).unwrap();
        assert_eq!(text.lines().count(), 1, "{text}");
        assert_renders(&path);
    }

    #[test]
    fn path_links_two_entities() {
        let store = fixture();
        let (text, d) = path_dot(&store, "Lê Văn Cường", "Văn phòng Chủ tịch nước", None).unwrap();
        insta::assert_snapshot!("path_text", text);
        insta::assert_snapshot!("path_dot", d);
        assert_renders(&d);
        let (text, _) = path_dot(&store, "Tran Thi Binh", "Tran Thi Binh", None).unwrap();
        assert_eq!(text, "Trần Thị Bình\n");
        let err = path_dot(
            &store,
            "person/pham-minh-duc-44444444",
            "Lê Văn Cường",
            None,
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "no chain of relations links Phạm Minh Đức and Lê Văn Cường"
        );
        assert!(matches!(
            path_dot(&store, "Phạm Minh Đức", "An", None),
            Err(Error::Usage(_))
        ));
    }

    #[test]
    fn render_checks_the_format_and_explains_a_missing_graphviz() {
        assert!(matches!(
            render("digraph {}", "jpeg2000"),
            Err(Error::Usage(_))
        ));
        assert_eq!(render("digraph {}", "dot").unwrap(), b"digraph {}");
        let msg = render_with("vnkg-test-no-such-program", "digraph {}", "svg")
            .unwrap_err()
            .to_string();
        assert!(msg.contains("apt-get install graphviz"), "{msg}");
        assert!(msg.contains("brew install graphviz"), "{msg}");
        if dot_installed() {
            let png = render("digraph { a -> b }", "png").unwrap();
            assert!(png.starts_with(b"\x89PNG"));
            let msg = render("digraph { a -> }", "svg").unwrap_err().to_string();
            assert!(msg.starts_with("`dot -Tsvg` failed:"), "{msg}");
        }
    }

    #[test]
    fn fold_ignores_case_diacritics_and_spacing() {
        assert_eq!(fold("Đặng  Thị HOÀ"), "dang thi hoa");
        assert_eq!(fold("Thanh Hoá"), fold("thanh hóa"));
        // Decomposed input folds like composed input.
        let nfd: String = unicode_normalization::UnicodeNormalization::nfd("Nguyễn Đức").collect();
        assert_eq!(fold(&nfd), "nguyen duc");
        assert_eq!(fold("Bí_thư"), "bi thu");
    }

    #[test]
    fn quote_escapes_everything_dot_treats_specially() {
        assert_eq!(quote("a\"b\\c\nd\r\ne\u{7}f\tg"), r#""a\"b\\c\nd\nef g""#);
        assert_eq!(quote("\"}"), r#""\"}""#);
        assert_eq!(quote("x\\"), r#""x\\""#);
        assert_eq!(
            wrap("Ban Chỉ huy Quân sự thành phố Thanh Hóa", 24),
            "Ban Chỉ huy Quân sự\nthành phố Thanh Hóa"
        );
    }
}
