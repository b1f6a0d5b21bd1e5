//! Many articles, one graph, through the real binary: a person across
//! articles and tone spellings, namesakes in two provinces, a promotion,
//! tenures on a date, successions, and the same results whatever the
//! order of ingest. The articles are in `tests/fixtures/resolve/`.

mod common;
use common::TestEnv;
use std::collections::{BTreeMap, BTreeSet};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/resolve");

fn fixture(name: &str) -> String {
    format!("{FIXTURES}/{name}.txt")
}

/// The CSV rows of `vnkg ARGS --format csv`, as column → value maps.
fn table(env: &TestEnv, args: &[&str]) -> Vec<BTreeMap<String, String>> {
    let mut full = args.to_vec();
    full.extend(["--format", "csv"]);
    let text = env.stdout(&full);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_owned(), v.to_owned()))
                .collect()
        })
        .collect()
}

fn ingested() -> TestEnv {
    let env = TestEnv::new();
    env.vnkg(&["ingest", FIXTURES]).assert().success();
    env
}

/// The rows whose `column` equals `value`.
fn with<'a>(
    rows: &'a [BTreeMap<String, String>],
    column: &str,
    value: &str,
) -> Vec<&'a BTreeMap<String, String>> {
    rows.iter().filter(|r| r[column] == value).collect()
}

#[test]
fn a_promotion_ends_the_deputy_post_across_tone_spellings() {
    let env = ingested();
    let rows = table(&env, &["posts", "--org", "ủy ban nhân dân tỉnh thanh hóa"]);
    let deputy = with(&rows, "role", "Phó Chủ tịch");
    assert_eq!(deputy.len(), 1, "{rows:?}");
    let deputy = deputy[0];
    assert_eq!(deputy["person"], "Nguyễn Văn Hòa");
    // hoa-2021 spells `Hoà` and `Thanh Hoá`: the same person and organization.
    assert_eq!(deputy["first_seen"], "2021-03-15");
    assert_eq!(deputy["last_seen"], "2023-06-20");
    assert_eq!(deputy["articles"], "2");
    assert_eq!(deputy["status"], "ended");
    assert_eq!(deputy["end"], "2023-06-20");
    let chair = with(&rows, "role", "Chủ tịch")[0];
    assert_eq!(chair["status"], "held");
    assert_eq!(chair["start"], "2023-06-20");
    assert_eq!(chair["end"], "");
    assert_eq!(chair["first_seen"], "2023-06-20");
    assert_eq!(chair["last_seen"], "2024-02-05");
    assert_eq!(chair["articles"], "2");
    assert!(chair["evidence"].contains("Nguyễn Văn Hòa"), "{chair:?}");

    // The same person with old and new tone marks of the name.
    let thuy = table(&env, &["posts", "--person", "le thi thuy"]);
    assert_eq!(thuy.len(), 2, "{thuy:?}");
    let standing = with(&thuy, "role", "Phó Bí thư Thường trực")[0];
    assert_eq!(standing["end"], "2024-10");
    assert_eq!(with(&thuy, "role", "Bí thư")[0]["status"], "held");
    assert_eq!(
        table(&env, &["people", "--person", "lê thị thuỷ"]).len(),
        1,
        "one person for Thuỷ and Thủy"
    );
}

#[test]
fn posts_at_a_date_and_the_holders_of_a_post() {
    let env = ingested();
    let at = |date: &str| {
        let rows = table(&env, &["posts", "--at", date, "--org", "thanh hóa"]);
        let mut posts: Vec<String> = rows
            .iter()
            .map(|r| format!("{}: {} {}", r["person"], r["role"], r["organization"]))
            .collect();
        posts.sort();
        posts
    };
    assert_eq!(
        at("2022"),
        ["Nguyễn Văn Hòa: Phó Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa"]
    );
    assert_eq!(
        at("2023-07"),
        ["Nguyễn Văn Hòa: Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa"]
    );
    assert_eq!(
        at("2024-02"),
        [
            "Nguyễn Văn Hòa: Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa",
            "Nguyễn Văn Hòa: Phó Bí thư Tỉnh ủy Thanh Hóa",
        ]
    );
    assert!(at("2020").is_empty());
    // A post seen once, with no start: held on that date only; a post
    // with a known start: held from then on.
    assert_eq!(
        at("2025"),
        ["Nguyễn Văn Hòa: Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa"]
    );
    let rows = table(
        &env,
        &["posts", "--at", "2023-09", "--person", "nguyen van hoa"],
    );
    assert_eq!(rows.len(), 2, "the namesake in Cà Mau too: {rows:?}");

    let holders = table(
        &env,
        &[
            "holders",
            "--role",
            "chu tich",
            "--org",
            "uy ban nhan dan tinh thanh hoa",
        ],
    );
    assert_eq!(
        holders.len(),
        1,
        "Phó Chủ tịch is another role: {holders:?}"
    );
    assert_eq!(holders[0]["role"], "Chủ tịch");
    let deputies = table(
        &env,
        &[
            "holders",
            "--role",
            "Phó Chủ tịch",
            "--org",
            "UBND tỉnh Thanh Hóa",
        ],
    );
    assert_eq!(deputies.len(), 1);
    assert_eq!(deputies[0]["end"], "2023-06-20");
    env.error_line(&["posts", "--at", "2023-13"], 2);
    env.error_line(&["posts", "--at", "2023", "--facts"], 2);
}

#[test]
fn history_is_a_timeline_per_person() {
    let env = ingested();
    let rows = table(&env, &["history", "nguyen van hoa"]);
    let career: Vec<String> = rows
        .iter()
        .map(|r| format!("{} {}", r["first_seen"], r["role"]))
        .collect();
    // Two people: each one's posts together, oldest first.
    let thanh_hoa: Vec<&String> = career.iter().filter(|c| !c.contains("Giám đốc")).collect();
    assert_eq!(
        thanh_hoa,
        [
            "2021-03-15 Phó Chủ tịch",
            "2023-06-20 Chủ tịch",
            "2024-02-05 Phó Bí thư",
        ],
        "{rows:?}"
    );
    let ca_mau = career.iter().position(|c| c == "2023-09-12 Giám đốc");
    assert!(matches!(ca_mau, Some(0 | 3)), "{career:?}");
}

#[test]
fn namesakes_in_two_provinces_are_two_people_with_stable_iris() {
    let env = ingested();
    let people = table(&env, &["people", "--ambiguous"]);
    let hoa = with(&people, "name", "Nguyễn Văn Hòa");
    assert_eq!(hoa.len(), 2, "{people:?}");
    assert_ne!(hoa[0]["person"], hoa[1]["person"]);
    let provinces: Vec<&str> = hoa.iter().map(|r| r["provinces"].as_str()).collect();
    assert!(provinces.contains(&"Thanh Hóa") && provinces.contains(&"Cà Mau"));
    let articles: Vec<&str> = hoa.iter().map(|r| r["articles"].as_str()).collect();
    assert!(articles.contains(&"3") && articles.contains(&"1"));
    // Lê Thị Thủy is one person in one province: not ambiguous.
    assert!(with(&people, "name", "Lê Thị Thủy").is_empty());

    let why = env.stdout(&["explain", "Nguyễn Văn Hoà"]);
    assert!(
        why.contains(
            "merged hoa-2023 with hoa-2021: shared organization: Ủy ban nhân dân tỉnh Thanh Hóa"
        ),
        "{why}"
    );
    assert!(why.contains("kept apart from 1 other person"), "{why}");
    assert!(why.contains("articles: hoa-camau\n"), "{why}");
    assert_eq!(
        env.error_line(&["explain", "Không Ai"], 2),
        "vnkg: no person named 'Không Ai' holds a post in the store"
    );

    // Removing the Cà Mau article leaves one person, with the name's IRI.
    let before: Vec<String> = hoa.iter().map(|r| r["person"].clone()).collect();
    env.vnkg(&["remove", "hoa-camau"]).assert().success();
    let people = table(&env, &["people", "--person", "nguyen van hoa"]);
    assert_eq!(people.len(), 1);
    assert!(!before.contains(&people[0]["person"]));
    assert!(table(&env, &["people", "--ambiguous"]).is_empty());
}

#[test]
fn ingest_order_twice_and_merged_exports_resolve_alike() {
    let all = [
        "hoa-2021",
        "hoa-2023",
        "hoa-2024",
        "hoa-camau",
        "thuy-2022",
        "thuy-2024",
    ]
    .map(fixture);
    let outputs = |env: &TestEnv| {
        [
            env.export(),
            env.stdout(&["posts", "--format", "csv"]),
            env.stdout(&["people", "--format", "csv"]),
            env.stdout(&["explain", "nguyen van hoa"]),
            env.stdout(&["export", "--tenures"]),
        ]
    };
    let forward = TestEnv::new();
    forward.vnkg(&["ingest"]).args(&all).assert().success();
    let expected = outputs(&forward);

    // Backwards, one at a time, and one article twice.
    let backward = TestEnv::new();
    for path in all.iter().rev() {
        backward.vnkg(&["ingest", path]).assert().success();
    }
    backward.vnkg(&["ingest", &all[1]]).assert().success();
    assert_eq!(outputs(&backward), expected);

    // Two stores built apart, merged through their exports.
    let (left, right) = (TestEnv::new(), TestEnv::new());
    left.vnkg(&["ingest"]).args(&all[..3]).assert().success();
    right.vnkg(&["ingest"]).args(&all[3..]).assert().success();
    let merged = TestEnv::new();
    let a = merged.write("left.nq", left.export());
    let b = merged.write("right.trig", right.stdout(&["export", "--format", "trig"]));
    merged
        .vnkg(&["ingest", b.to_str().unwrap(), a.to_str().unwrap()])
        .assert()
        .success();
    assert_eq!(outputs(&merged), expected);
}

#[test]
fn tenures_export_as_org_member_during_intervals() {
    let env = ingested();
    let text = env.stdout(&["export", "--tenures", "--format", "nquads"]);
    let store = oxigraph::store::Store::new().unwrap();
    store
        .load_from_slice(oxigraph::io::RdfFormat::NQuads, text.as_bytes())
        .unwrap();
    let q = r#"
        PREFIX org: <http://www.w3.org/ns/org#>
        PREFIX time: <http://www.w3.org/2006/time#>
        PREFIX foaf: <http://xmlns.com/foaf/0.1/>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX vnkg: <https://w3id.org/vnkg/ontology#>
        SELECT ?name ?role ?end ?n WHERE {
          GRAPH <https://w3id.org/vnkg/graph/tenure> {
            ?t a vnkg:Tenure ; org:member ?p ; org:role ?role ; vnkg:articleCount ?n ;
               org:memberDuring/time:hasEnd/time:inXSDDate ?end .
            ?p foaf:name ?name .
          }
        }"#;
    let mut found = Vec::new();
    let evaluator = oxigraph::sparql::SparqlEvaluator::new();
    if let oxigraph::sparql::QueryResults::Solutions(rows) = evaluator
        .parse_query(q)
        .unwrap()
        .on_store(&store)
        .execute()
        .unwrap()
    {
        for row in rows {
            let row = row.unwrap();
            let text = |v: &str| match row.get(v).unwrap() {
                oxigraph::model::Term::Literal(l) => l.value().to_owned(),
                other => other.to_string(),
            };
            found.push(format!(
                "{} {} {} {}",
                text("name"),
                text("role"),
                text("end"),
                text("n")
            ));
        }
    }
    assert_eq!(
        found,
        ["Nguyễn Văn Hòa <https://w3id.org/vnkg/id/role/pho-chu-tich> 2023-06-20 2"]
    );
    // The same store gives the same quads.
    assert_eq!(
        env.stdout(&["export", "--tenures", "--format", "nquads"]),
        text
    );
}

#[test]
fn the_store_keeps_the_tenures_of_resolved_people_for_sparql() {
    let env = ingested();
    let query = r#"
        PREFIX org: <http://www.w3.org/ns/org#>
        PREFIX foaf: <http://xmlns.com/foaf/0.1/>
        PREFIX vnkg: <https://w3id.org/vnkg/ontology#>
        SELECT (COUNT(DISTINCT ?p) AS ?people) WHERE {
          ?t a vnkg:Tenure ; org:member ?p .
          ?p foaf:name "Nguyễn Văn Hòa"@vi .
        }"#;
    let people = |env: &TestEnv| {
        env.stdout(&["query", "--format", "tsv", query])
            .lines()
            .nth(1)
            .map(str::to_owned)
    };
    // The namesakes of Thanh Hóa and Cà Mau are two IRIs in the store.
    assert_eq!(people(&env).as_deref(), Some("2"));
    // The stored tenures are those `export --tenures` derives, also after
    // an incremental change.
    let same_as_derived = |env: &TestEnv| {
        let stored: BTreeSet<String> = env
            .export()
            .lines()
            .filter(|l| l.ends_with("<https://w3id.org/vnkg/graph/tenure> ."))
            .map(str::to_owned)
            .collect();
        let derived: BTreeSet<String> = env
            .stdout(&["export", "--tenures", "--format", "nquads"])
            .lines()
            .map(str::to_owned)
            .collect();
        assert!(!derived.is_empty());
        assert_eq!(stored, derived);
    };
    same_as_derived(&env);
    // Removing the Cà Mau article rebuilds them: one person left.
    env.vnkg(&["remove", "hoa-camau"]).assert().success();
    assert_eq!(people(&env).as_deref(), Some("1"));
    same_as_derived(&env);
    env.vnkg(&["ingest", &fixture("hoa-camau")])
        .assert()
        .success();
    assert_eq!(people(&env).as_deref(), Some("2"));
    same_as_derived(&env);
}

#[test]
fn the_graph_draws_namesakes_apart_each_with_the_posts_of_their_articles() {
    let env = ingested();
    let people = table(&env, &["people", "--ambiguous"]);
    let mut iris: Vec<&str> = with(&people, "name", "Nguyễn Văn Hòa")
        .iter()
        .map(|r| r["person"].as_str())
        .collect();
    iris.sort();
    let dot = env.stdout(&["graph", "--format", "dot"]);
    let mut drawn: Vec<&str> = dot
        .lines()
        .filter(|l| l.contains("label=\"Nguyễn Văn Hòa\""))
        .filter_map(|l| l.split("tooltip=\"").nth(1)?.split('"').next())
        .collect();
    drawn.sort();
    assert_eq!(drawn, iris, "{dot}");
    // The Cà Mau official is linked to Cà Mau only.
    let ca_mau = with(&people, "provinces", "Cà Mau")[0]["person"].clone();
    let around = env.stdout(&[
        "graph", "--format", "dot", "--focus", &ca_mau, "--depth", "1",
    ]);
    assert!(around.contains("Sở Tài chính tỉnh Cà Mau"), "{around}");
    assert!(!around.contains("Thanh Hóa"), "{around}");
}

#[test]
fn the_tenures_cache_kept_by_writers_equals_tenures_derived_afresh() {
    let env = TestEnv::new();
    let posts = |env: &TestEnv| env.stdout(&["posts", "--format", "tsv"]);
    let afresh = |env: &TestEnv| {
        for file in ["vnkg-memberships.csv", "vnkg-tenures.csv"] {
            let _ = std::fs::remove_file(env.store().join(file));
        }
        posts(env)
    };
    env.vnkg(&["ingest", &fixture("hoa-2021"), &fixture("thuy-2022")])
        .assert()
        .success();
    for step in [
        vec!["ingest", FIXTURES],
        vec!["remove", "hoa-camau", "thuy-2024"],
        vec!["ingest", &fixture("hoa-camau")],
    ] {
        env.vnkg(&step).assert().success();
        assert!(env.store().join("vnkg-tenures.csv").exists());
        let kept = posts(&env);
        assert_eq!(kept, afresh(&env), "after {step:?}");
    }
}

#[test]
fn one_persons_posts_are_read_from_the_tenures_cache_and_equal_them_derived_afresh() {
    let env = ingested();
    let reports = |env: &TestEnv| {
        [
            vec!["posts", "--person", "nguyen van hoa", "--format", "tsv"],
            vec!["history", "Nguyễn Văn Hòa", "--format", "tsv"],
            vec![
                "holders",
                "--role",
                "Chủ tịch",
                "--org",
                "ủy ban nhân dân tỉnh thanh hóa",
                "--format",
                "tsv",
            ],
        ]
        .map(|args| env.stdout(&args))
    };
    let kept = reports(&env);
    assert!(kept[0].contains("Phó Chủ tịch"), "{}", kept[0]);
    let cache = env.store().join("vnkg-tenures.csv");
    let saved = std::fs::read_to_string(&cache).unwrap();
    // A mark put in the cache (its stamp kept) shows: the rows come from it.
    let marked = saved.replace("Phó Chủ tịch", "Phó Chủ tịch (kept)");
    assert_ne!(marked, saved);
    std::fs::write(&cache, &marked).unwrap();
    assert!(reports(&env)[0].contains("Phó Chủ tịch (kept)"));
    // Without the caches, the same reports derived afresh.
    for file in ["vnkg-memberships.csv", "vnkg-tenures.csv"] {
        std::fs::remove_file(env.store().join(file)).unwrap();
    }
    assert_eq!(reports(&env), kept);
}

#[test]
fn tenures_kept_for_other_gazetteer_tables_are_derived_again() {
    let env = ingested();
    let deputy = |env: &TestEnv, extra: &[&str]| {
        let mut args = vec!["posts", "--org", "ủy ban nhân dân tỉnh thanh hóa"];
        args.extend(extra);
        let rows = table(env, &args);
        with(&rows, "role", "Phó Chủ tịch")[0]["status"].clone()
    };
    // With the shipped promotions, becoming Chủ tịch ends the deputy post.
    assert_eq!(deputy(&env, &[]), "ended");
    // Without any promotion, it does not: the kept tenures are not reused.
    let data = env.write("data/promotions.tsv", "lower\thigher\n");
    let dir = data.parent().unwrap().to_str().unwrap().to_owned();
    assert_eq!(deputy(&env, &["--data", &dir]), "held");
    assert_eq!(deputy(&env, &[]), "ended");
}
