//! The `vnkg` binary, run as a user runs it: every subcommand, bad input,
//! idempotent re-ingest, removal, and a second writer.

use assert_cmd::Command;
use predicates::prelude::*;
use predicates::str::contains;
use std::process::Stdio;
use std::time::{Duration, Instant};

const SEED_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/articles");
const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/data/articles/thanh-hoa-qpan-2024.txt"
);

mod common;
use common::{one_error_line, TestEnv};

fn article(title: &str, body: &str) -> String {
    format!(" date 2024-12\n{title}\n\n{body}\n")
}

#[test]
fn help_exists_for_every_subcommand() {
    let env = TestEnv::new();
    for sub in [
        "extract", "ingest", "remove", "query", "posts", "history", "holders", "people", "explain",
        "events", "export", "push", "graph", "path", "eval",
    ] {
        env.vnkg(&[sub, "--help"])
            .assert()
            .success()
            .stdout(contains("Usage: vnkg"));
    }
    env.vnkg(&["--help"])
        .assert()
        .success()
        .stdout(contains("--store <DIR>").and(contains("VNKG_STORE")));
    env.vnkg(&["push", "--help"])
        .assert()
        .success()
        .stdout(contains("Plain http:// only").and(contains("--update-endpoint")));
}

#[test]
fn extract_prints_the_seed_article_graph_in_each_syntax() {
    let env = TestEnv::new();
    let trig = env.stdout(&["extract", SEED]);
    assert!(
        trig.contains("<https://w3id.org/vnkg/id/article/thanh-hoa-qpan-2024> {"),
        "{trig}"
    );
    assert!(trig.contains("schema:datePublished \"2024-12\"^^xsd:gYearMonth"));
    assert!(trig
        .contains("\"Năm 2024, quốc phòng - an ninh trên địa bàn TP Thanh Hóa được giữ vững\"@vi"));
    for (format, syntax) in [
        ("nquads", oxigraph::io::RdfFormat::NQuads),
        ("turtle", oxigraph::io::RdfFormat::Turtle),
        ("ntriples", oxigraph::io::RdfFormat::NTriples),
        ("trig", oxigraph::io::RdfFormat::TriG),
    ] {
        let text = env.stdout(&["extract", "--format", format, SEED]);
        let quads: Vec<_> = oxigraph::io::RdfParser::from_format(syntax)
            .for_slice(text.as_bytes())
            .collect::<Result<_, _>>()
            .unwrap_or_else(|e| panic!("{format}: {e}\n{text}"));
        assert!(quads.len() >= 4, "{format}");
    }
    // No store is created by extract.
    assert!(!env.store().exists());
}

#[test]
fn extract_reads_stdin_and_jsonl() {
    let env = TestEnv::new();
    env.vnkg(&["extract", "--format", "nquads", "-"])
        .write_stdin(article("Tiêu đề từ stdin", "Thân bài."))
        .assert()
        .success()
        .stdout(
            contains("<https://w3id.org/vnkg/id/article/stdin>").and(contains("Tiêu đề từ stdin")),
        );
    env.vnkg(&["extract", "--format", "nquads", "-"])
        .write_stdin("{\"id\": \"j1\", \"title\": \"T1\", \"text\": \"B\"}\n{\"id\": \"j2\", \"title\": \"T2\", \"text\": \"B\"}\n")
        .assert()
        .success()
        .stdout(contains("/article/j1>").and(contains("/article/j2>")));
}

#[test]
fn unknown_format_names_give_one_line_and_exit_2() {
    let env = TestEnv::new();
    for args in [
        &["extract", "--format", "rdfxml", SEED][..],
        &["export", "--format", "jsonld"],
        &["posts", "--format", "html"],
        &["query", "--format", "yaml", "ASK {}"],
        &["events", "--type", "Party"],
        &["events", "--from", "12/2024"],
        &["ingest", "--max-size", "huge", SEED],
    ] {
        let line = env.error_line(args, 2);
        assert!(line.contains("invalid value"), "{args:?}: {line}");
    }
    env.error_line(&["frobnicate"], 2);
}

#[test]
fn ingest_then_posts_query_and_export() {
    let env = TestEnv::new();
    env.vnkg(&["ingest", SEED_DIR]).assert().success().stdout(
        predicate::str::is_match(
            r"^1 article, \d+ facts?, \d+ quads, \d+\.\d\d s \(store writes \d+\.\d\d s\)\n$",
        )
        .unwrap(),
    );
    assert!(env.store().join("CURRENT").exists());

    let posts = env.stdout(&["posts", "--facts", "--format", "csv"]);
    assert!(
        posts.starts_with("person,role,organization,status,date,article,evidence\r\n"),
        "{posts}"
    );
    let tenures = env.stdout(&["posts", "--format", "csv"]);
    assert!(
        tenures.starts_with(
            "person,role,organization,status,start,end,first_seen,last_seen,articles,evidence\r\n"
        ),
        "{tenures}"
    );
    let table = env.stdout(&["posts", "--format", "table"]);
    assert!(
        table.contains("person") && table.contains("evidence"),
        "{table}"
    );
    let events = env.stdout(&["events", "--format", "tsv"]);
    assert!(
        events.starts_with(
            "?type\t?date\t?participants\t?organizer\t?location\t?article\t?evidence\n"
        ),
        "{events}"
    );

    let q = "SELECT ?id WHERE { ?a a <http://schema.org/NewsArticle> ; <http://schema.org/identifier> ?id }";
    assert_eq!(
        env.stdout(&["query", "--format", "csv", q]),
        "id\r\nthanh-hoa-qpan-2024\r\n"
    );
    assert_eq!(
        env.stdout(&["query", "--format", "tsv", q]),
        "?id\n\"thanh-hoa-qpan-2024\"\n"
    );
    assert!(env
        .stdout(&["query", "--format", "json", q])
        .contains("\"value\":\"thanh-hoa-qpan-2024\""));
    assert!(env
        .stdout(&["query", "--format", "xml", q])
        .contains("<literal>thanh-hoa-qpan-2024</literal>"));
    assert!(env
        .stdout(&["query", "--format", "table", q])
        .contains("│ thanh-hoa-qpan-2024 │"));
    assert_eq!(
        env.stdout(&["query", "--format", "csv", "ASK { ?s ?p ?o }"]),
        "true"
    );
    let construct = env.stdout(&[
        "query",
        "CONSTRUCT { ?a ?p ?o } WHERE { ?a a <http://schema.org/NewsArticle> ; ?p ?o }",
    ]);
    assert!(
        construct.contains("@prefix schema: <http://schema.org/>")
            && construct.contains("schema:NewsArticle")
    );
    let file = env.write("q.rq", q);
    assert_eq!(
        env.stdout(&["query", "--format", "csv", "--file", file.to_str().unwrap()]),
        "id\r\nthanh-hoa-qpan-2024\r\n"
    );
    env.vnkg(&["query", "--format", "csv", "-"])
        .write_stdin(q)
        .assert()
        .success()
        .stdout("id\r\nthanh-hoa-qpan-2024\r\n");

    let export = env.export();
    assert!(export.contains("<https://w3id.org/vnkg/id/article/thanh-hoa-qpan-2024> .\n"));
    let trig = env.stdout(&["export", "--format", "trig"]);
    assert!(trig.contains("@prefix vnkg:"));
    let out = env.path("out.nq");
    env.vnkg(&["export", "-o", out.to_str().unwrap()])
        .assert()
        .success()
        .stdout("");
    assert_eq!(std::fs::read_to_string(out).unwrap(), export);
}

#[test]
fn the_store_option_works_after_the_subcommand_and_from_the_environment() {
    let env = TestEnv::new();
    let store = env.path("elsewhere");
    Command::cargo_bin("vnkg")
        .unwrap()
        .current_dir(env.dir.path())
        .args(["ingest", SEED, "--store", store.to_str().unwrap()])
        .assert()
        .success();
    Command::cargo_bin("vnkg")
        .unwrap()
        .current_dir(env.dir.path())
        .env("VNKG_STORE", &store)
        .args([
            "query",
            "--format",
            "csv",
            "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
        ])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("n\r\n").and(predicate::str::contains("n\r\n0").not()));
    // Default: ./vnkg.db in the working directory.
    Command::cargo_bin("vnkg")
        .unwrap()
        .current_dir(env.dir.path())
        .env_remove("VNKG_STORE")
        .args(["ingest", SEED])
        .assert()
        .success();
    assert!(env.path("vnkg.db/CURRENT").exists());
}

#[test]
fn invalid_sparql_names_the_position() {
    let env = TestEnv::new();
    env.vnkg(&["ingest", SEED]).assert().success();
    let line = env.error_line(&["query", "SELECT ?x WHERE { ?x"], 1);
    assert!(line.starts_with("vnkg: query: 1:"), "{line}");
    let file = env.write("bad.rq", "SELECT *\nWHERE { ?s ?p }");
    let line = env.error_line(&["query", "--file", file.to_str().unwrap()], 1);
    assert!(line.contains("bad.rq: query: 2:"), "{line}");
    env.error_line(&["query"], 2);
}

#[test]
fn reading_commands_without_a_store_say_so() {
    let env = TestEnv::new();
    for args in [
        &["posts"][..],
        &["events"],
        &["export"],
        &["query", "ASK {}"],
    ] {
        let line = env.error_line(args, 1);
        assert!(line.contains("no store here"), "{line}");
    }
}

#[test]
fn missing_files_and_empty_folders_are_one_line_each() {
    let env = TestEnv::new();
    let line = env.error_line(&["ingest", "no-such-file.txt"], 1);
    assert_eq!(line, "vnkg: no-such-file.txt: No such file or directory");
    std::fs::create_dir_all(env.path("empty/sub")).unwrap();
    env.write("empty/notes.md", "not an article");
    let line = env.error_line(&["ingest", "empty"], 1);
    assert_eq!(
        line,
        "vnkg: empty: folder has no article (.txt, .jsonl, .nq or .trig file)"
    );
    env.error_line(&["extract", "no-such-file.txt"], 1);
    assert_eq!(
        env.error_line(&["--data", "no-such-dir", "extract", SEED], 1),
        "vnkg: no-such-dir: no such folder (--data expects a folder of gazetteer files)"
    );
}

#[test]
fn one_bad_file_does_not_stop_the_others() {
    let env = TestEnv::new();
    env.write("in/good one.txt", article("Một", "Thân bài."));
    env.write("in/sub/Bài hai.txt", article("Hai", "Thân bài."));
    env.write("in/latin1.txt", b"Ti\xeau \xf0\xea\n\nB\xe0i\n");
    env.write("in/empty.txt", "");
    env.write("in/binary.txt", b"\x7fELF\x02\x01\x01\0\0\0\0\0");
    env.write("in/page.txt", "<!DOCTYPE html><html><body>x</body></html>");
    env.write("in/bad-date.txt", " date 2024-02-30\nT\nB");
    env.write("in/big.txt", article("Lớn", &"chữ ".repeat(2000)));
    env.write(
        "in/corpus.jsonl",
        "{\"id\": \"j1\", \"title\": \"T\", \"text\": \"B\"}\n{\"id\": \"j2\", \"title\": \n{\"id\": \"j3\", \"title\": \"T\", \"text\": \"B\"}\n",
    );
    env.write("in/dup/good one.txt", article("Trùng", "Trùng id."));
    let out = env
        .vnkg(&["ingest", "in", "--max-size", "4K"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr.clone()).unwrap();
    let stdout = String::from_utf8(out.stdout.clone()).unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
    for expected in [
        "latin1.txt:1: not UTF-8 text",
        "empty.txt: empty",
        "binary.txt: binary file",
        "page.txt: an HTML page",
        "bad-date.txt:1: invalid date '2024-02-30'",
        "big.txt: article larger than 4 KiB",
        "corpus.jsonl:2: malformed JSON",
        "duplicate article id 'good one'",
    ] {
        assert_eq!(
            stderr
                .lines()
                .filter(|l| l.starts_with("vnkg: ") && l.contains(expected))
                .count(),
            1,
            "{expected} in\n{stderr}"
        );
    }
    assert_eq!(stderr.lines().count(), 8, "{stderr}");
    assert!(
        stdout.starts_with("4 articles, ") && stdout.contains("(8 inputs failed)"),
        "{stdout}"
    );
    let ids = env.stdout(&[
        "query",
        "--format",
        "csv",
        "SELECT ?id WHERE { ?a <http://schema.org/identifier> ?id } ORDER BY ?id",
    ]);
    assert_eq!(ids, "id\r\nBài hai\r\ngood one\r\nj1\r\nj3\r\n");
}

#[test]
fn thousands_of_tiny_files_all_go_in() {
    let env = TestEnv::new();
    for i in 0..2000 {
        env.write(
            &format!("tiny/{:02}/bài {i}.txt", i % 40),
            article(&format!("Tin {i}"), "Ông Nguyễn Văn An dự họp."),
        );
    }
    let stdout = env.stdout(&["ingest", "tiny"]);
    assert!(stdout.starts_with("2000 articles, "), "{stdout}");
    let count = env.stdout(&[
        "query",
        "--format",
        "csv",
        "SELECT (COUNT(DISTINCT ?id) AS ?n) WHERE { ?a <http://schema.org/identifier> ?id }",
    ]);
    assert_eq!(count, "n\r\n2000\r\n");
    // So many articles make the writer compact the store as it closes:
    // the caches it saved still match the compacted files, so a reader
    // uses them instead of deriving and saving them again.
    let cache = env.store().join("vnkg-memberships.csv");
    let saved = std::fs::metadata(&cache).unwrap().modified().unwrap();
    env.vnkg(&["posts"]).assert().success();
    let after = std::fs::metadata(&cache).unwrap().modified().unwrap();
    assert_eq!(saved, after, "the reader found the cache stale");
}

#[test]
fn re_ingesting_changes_nothing_and_changed_text_replaces_the_article() {
    let env = TestEnv::new();
    let file = env.write("a.txt", article("Tiêu đề cũ", "Thân bài."));
    env.vnkg(&["ingest", SEED, file.to_str().unwrap()])
        .assert()
        .success();
    let before = env.export();
    env.vnkg(&["ingest", SEED, file.to_str().unwrap()])
        .assert()
        .success();
    assert_eq!(env.export(), before);
    env.write("a.txt", article("Tiêu đề mới", "Thân bài."));
    env.vnkg(&["ingest", file.to_str().unwrap()])
        .assert()
        .success();
    let after = env.export();
    assert!(after.contains("Tiêu đề mới") && !after.contains("Tiêu đề cũ"));
    assert_eq!(after.lines().count(), before.lines().count());
}

#[test]
fn exports_load_back_as_the_same_graph() {
    let env = TestEnv::new();
    let file = env.write("a.txt", article("Một", "Thân bài."));
    env.vnkg(&["ingest", SEED, file.to_str().unwrap()])
        .assert()
        .success();
    let export = env.export();
    let nq = env.write("dump/all.nq", &export);
    let trig = env.write("dump/all.trig", env.stdout(&["export", "--format", "trig"]));
    for dump in [&nq, &trig] {
        let other = TestEnv::new();
        other
            .vnkg(&["ingest", dump.to_str().unwrap()])
            .assert()
            .success()
            .stdout(contains("1 RDF file"));
        other
            .vnkg(&["ingest", dump.to_str().unwrap()])
            .assert()
            .success();
        assert_eq!(other.export(), export, "{}", dump.display());
    }
    let broken = env.write("broken.nq", "<a> <b> .\n");
    let line = env.error_line(&["ingest", broken.to_str().unwrap()], 1);
    assert!(line.contains("broken.nq"), "{line}");
}

#[test]
fn remove_drops_articles_and_reports_unknown_ids() {
    let env = TestEnv::new();
    let file = env.write("a.txt", article("Một", "Thân bài."));
    env.vnkg(&["ingest", file.to_str().unwrap()])
        .assert()
        .success();
    let only_a = env.export();
    env.vnkg(&["ingest", SEED]).assert().success();
    env.vnkg(&["remove", "thanh-hoa-qpan-2024"])
        .assert()
        .success()
        .stdout("removed thanh-hoa-qpan-2024\n");
    assert_eq!(env.export(), only_a);
    assert_eq!(
        env.error_line(&["remove", "a", "nope"], 1),
        "vnkg: nope: no such article in the store"
    );
    assert_eq!(env.export(), "");
}

#[test]
fn a_second_writer_fails_at_once_while_readers_keep_working() {
    let env = TestEnv::new();
    env.vnkg(&["ingest", SEED]).assert().success();
    // A writer waiting on stdin holds the store.
    let mut writer = std::process::Command::new(assert_cmd::cargo::cargo_bin("vnkg"))
        .args(["--store", env.store().to_str().unwrap(), "ingest", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let pid = writer.id().to_string();
    let lock = env.store().join("vnkg.lock");
    let start = Instant::now();
    while std::fs::read_to_string(&lock).unwrap_or_default().trim() != pid {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the writer never took the lock"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = env
        .vnkg(&["ingest", SEED])
        .timeout(Duration::from_secs(20))
        .assert()
        .code(1)
        .get_output()
        .clone();
    assert_eq!(
        one_error_line(&out.stderr),
        format!(
            "vnkg: {}: store is in use by process {pid}",
            env.store().display()
        )
    );
    assert!(env
        .error_line(&["remove", "x"], 1)
        .ends_with(&format!("store is in use by process {pid}")));
    env.vnkg(&["posts"]).assert().success();
    env.vnkg(&["query", "--format", "csv", "ASK { ?s ?p ?o }"])
        .assert()
        .success()
        .stdout("true");
    assert!(env.export().contains("thanh-hoa-qpan-2024"));

    use std::io::Write;
    let mut stdin = writer.stdin.take().unwrap();
    stdin
        .write_all(article("Từ stdin", "Thân bài.").as_bytes())
        .unwrap();
    drop(stdin);
    assert!(writer.wait().unwrap().success());
    assert!(env.export().contains("Từ stdin"));
}

/// A JSONL corpus of `n` small articles written by the test.
fn corpus(n: usize) -> String {
    (0..n)
        .map(|i| {
            format!(
                "{{\"id\": \"a{i:05}\", \"title\": \"Bài số {i}\", \"date\": \"2024-12\", \"text\": \"Ông Nguyễn Văn {i} dự hội nghị. {}\"}}\n",
                "Nội dung. ".repeat(20)
            )
        })
        .collect()
}

/// Quads of an N-Quads export, grouped by graph.
fn graphs(nquads: &str) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    let mut out: std::collections::BTreeMap<String, std::collections::BTreeSet<String>> =
        Default::default();
    for quad in oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::NQuads)
        .for_slice(nquads.as_bytes())
    {
        let quad = quad.unwrap();
        out.entry(quad.graph_name.to_string())
            .or_default()
            .insert(oxigraph::model::Triple::from(quad).to_string());
    }
    out
}

#[test]
fn killed_ingests_leave_whole_articles_and_a_rerun_completes_the_store() {
    let env = TestEnv::new();
    let input = env.write("corpus.jsonl", corpus(10_000));
    let reference = TestEnv::new();
    reference
        .vnkg(&["ingest", input.to_str().unwrap()])
        .assert()
        .success();
    let expected = reference.export();
    let mut expected_graphs = graphs(&expected);
    assert!(expected_graphs.remove("DEFAULT").is_some());
    assert_eq!(expected_graphs.len(), 10_000);

    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos() as u64;
    for round in 0..4u64 {
        let delay = 30 + (seed.wrapping_mul(round + 7) % 400);
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("vnkg"))
            .args([
                "--store",
                env.store().to_str().unwrap(),
                "ingest",
                input.to_str().unwrap(),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        if !env.store().join("CURRENT").exists() {
            continue;
        }
        // Every article present is whole, and the default graph is the
        // merge of those present.
        let mut present = graphs(&env.export());
        let merged = present.remove("DEFAULT").unwrap_or_default();
        let stated: std::collections::BTreeSet<String> =
            present.values().flatten().cloned().collect();
        assert!(
            merged == stated,
            "round {round} ({delay} ms): the default graph is not the merge"
        );
        for (graph, quads) in present {
            assert_eq!(
                Some(&quads),
                expected_graphs.get(&graph),
                "round {round} ({delay} ms): {graph} is partial"
            );
        }
    }
    env.vnkg(&["ingest", input.to_str().unwrap()])
        .assert()
        .success();
    assert!(
        env.export() == expected,
        "the store after kills and a rerun differs from an uninterrupted run"
    );
}

#[test]
fn paths_with_spaces_and_unicode_work() {
    let env = TestEnv::new();
    let file = env.write("thư mục/bài báo số 1.txt", article("Tiêu đề", "Thân bài."));
    env.vnkg(&["ingest", file.to_str().unwrap()])
        .assert()
        .success();
    env.vnkg(&[
        "query",
        "--format",
        "csv",
        "SELECT ?a WHERE { ?a a <http://schema.org/NewsArticle> }",
    ])
    .assert()
    .success()
    .stdout(contains("article/b%C3%A0i%20b%C3%A1o%20s%E1%BB%91%201"));
    env.vnkg(&["remove", "bài báo số 1"]).assert().success();
}

fn have_dot() -> bool {
    std::process::Command::new("dot").arg("-V").output().is_ok()
}

#[test]
fn graph_and_path_print_dot() {
    let env = TestEnv::new();
    env.vnkg(&["ingest", SEED]).assert().success();
    let dot = env.stdout(&["graph"]);
    assert!(
        dot.contains("digraph vnkg {") && dot.contains("Lê Anh Xuân"),
        "{dot}"
    );
    let focused = env.stdout(&["graph", "--focus", "tran anh chung", "--depth", "1"]);
    assert!(focused.contains("Trần Anh Chung"), "{focused}");
    if have_dot() {
        let svg = env.stdout(&["graph", "--format", "svg"]);
        assert!(svg.contains("<svg"), "{svg}");
        let png = env.path("seed.png");
        env.vnkg(&["graph", "--format", "png", "-o", png.to_str().unwrap()])
            .assert()
            .success();
        assert!(std::fs::read(&png).unwrap().starts_with(b"\x89PNG"));
    }
    let text = env.stdout(&["path", "Lê Anh Xuân", "Trần Anh Chung"]);
    assert!(
        text.contains("Lê Anh Xuân") && text.contains("Trần Anh Chung"),
        "{text}"
    );
    let dot = env.stdout(&["path", "--format", "dot", "le anh xuan", "tran anh chung"]);
    assert!(dot.contains("digraph"), "{dot}");
    let out = env
        .vnkg(&["graph", "--focus", "\"}{ nobody"])
        .assert()
        .failure()
        .get_output()
        .clone();
    one_error_line(&out.stderr);
}

#[test]
fn graph_refuses_png_to_nothing_and_eval_wants_a_gold_folder() {
    let env = TestEnv::new();
    assert_eq!(
        env.error_line(&["eval", "--gold", "no-such-dir", SEED], 1),
        "vnkg: no-such-dir: no such folder (expected posts.tsv, ranks.tsv, events.tsv)"
    );
    env.error_line(&["graph", "--format", "gif"], 2);
    env.error_line(&["graph", "--depth", "-1"], 2);
}

#[test]
fn eval_scores_against_gold_files() {
    let env = TestEnv::new();
    env.write(
        "gold/posts.tsv",
        "article\tperson\trole\torg\tstatus\tevidence\n",
    );
    env.write("gold/ranks.tsv", "article\tperson\trank\n");
    env.write("gold/events.tsv", "article\ttype\tdate\tparticipants\n");
    let report = env.stdout(&["eval", "--gold", "gold", SEED]);
    let last = report.lines().last().unwrap();
    assert!(
        predicate::str::is_match(r"^posts_f1=\d\.\d{3} events_f1=\d\.\d{3}$")
            .unwrap()
            .eval(last),
        "{report}"
    );
}

#[test]
fn ingest_order_and_merging_exports_give_the_same_store() {
    let texts = TestEnv::new();
    let a = texts.write(
        "a.txt",
        article(
            "Một",
            "Ông Lê Văn Một, Bí thư Tỉnh ủy Thanh Hóa, dự hội nghị.",
        ),
    );
    let b = texts.write(
        "b.txt",
        article(
            "Hai",
            "Bà Trần Thị Hai, Chủ tịch UBND tỉnh Nghệ An, phát biểu.",
        ),
    );
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let ab = TestEnv::new();
    ab.vnkg(&["ingest", a, b]).assert().success();
    let ba = TestEnv::new();
    ba.vnkg(&["ingest", b]).assert().success();
    ba.vnkg(&["ingest", a]).assert().success();
    assert_eq!(ab.export(), ba.export());
    // Two stores built apart, merged through their exports.
    let only_a = TestEnv::new();
    only_a.vnkg(&["ingest", a]).assert().success();
    let only_b = TestEnv::new();
    only_b.vnkg(&["ingest", b]).assert().success();
    let merged = TestEnv::new();
    let dump_a = merged.write("a.nq", only_a.export());
    let dump_b = merged.write("b.trig", only_b.stdout(&["export", "--format", "trig"]));
    merged
        .vnkg(&["ingest", dump_b.to_str().unwrap(), dump_a.to_str().unwrap()])
        .assert()
        .success()
        .stdout(contains("2 RDF files"));
    assert_eq!(merged.export(), ab.export());
}

/// An `oxigraph serve` on a free loopback port, killed when dropped.
struct OxigraphServer {
    child: std::process::Child,
    base: String,
    _dir: tempfile::TempDir,
}

/// Whether the `oxigraph` server executable (`pip install oxigraph`) is
/// here. Without it the server tests print a note and pass, unless
/// `VNKG_REQUIRE_OXIGRAPH` is set (as `.ci/run` does).
fn have_oxigraph() -> bool {
    if std::process::Command::new("oxigraph")
        .arg("--version")
        .output()
        .is_ok_and(|out| out.status.success())
    {
        return true;
    }
    assert!(
        std::env::var_os("VNKG_REQUIRE_OXIGRAPH").is_none(),
        "VNKG_REQUIRE_OXIGRAPH is set but there is no `oxigraph` executable"
    );
    eprintln!("note: no `oxigraph` executable (pip install oxigraph): skipping this test");
    false
}

/// A loopback port nothing listens on (just now).
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl OxigraphServer {
    /// `oxigraph serve --location LOCATION --bind 127.0.0.1:PORT EXTRA…`
    /// (a new store when `location` is None), once it accepts connections.
    fn start(location: Option<&std::path::Path>, extra: &[&str]) -> OxigraphServer {
        let dir = tempfile::tempdir().unwrap();
        let location = location.map_or_else(|| dir.path().join("db"), |p| p.to_path_buf());
        let port = free_port();
        let log = dir.path().join("server.log");
        let mut child = std::process::Command::new("oxigraph")
            .arg("serve")
            .arg("--location")
            .arg(&location)
            .args(["--bind", &format!("127.0.0.1:{port}")])
            .args(extra)
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .unwrap();
        let start = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Some(status) = child.try_wait().unwrap() {
                panic!(
                    "oxigraph serve exited ({status}): {}",
                    std::fs::read_to_string(&log).unwrap_or_default()
                );
            }
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "oxigraph serve did not answer on port {port}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        OxigraphServer {
            child,
            base: format!("http://127.0.0.1:{port}"),
            _dir: dir,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Every quad the server holds, as N-Quads lines.
    fn quads(&self) -> std::collections::BTreeSet<String> {
        let body = http()
            .get(self.url("/store"))
            .header("Accept", "application/n-quads")
            .call()
            .unwrap()
            .body_mut()
            .read_to_string()
            .unwrap();
        quad_set(&body)
    }

    /// A SPARQL query's results as CSV.
    fn query_csv(&self, query: &str) -> String {
        http()
            .post(self.url("/query"))
            .header("Content-Type", "application/sparql-query")
            .header("Accept", "text/csv")
            .send(query)
            .unwrap()
            .body_mut()
            .read_to_string()
            .unwrap()
    }
}

impl Drop for OxigraphServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP client that ignores proxy settings: the servers are on loopback.
fn http() -> ureq::Agent {
    ureq::Agent::config_builder().proxy(None).build().into()
}

/// The quads of an N-Quads text, as a set of lines.
fn quad_set(nquads: &str) -> std::collections::BTreeSet<String> {
    oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::NQuads)
        .for_slice(nquads.as_bytes())
        .map(|quad| quad.unwrap().to_string())
        .collect()
}

/// Two small articles with facts in them.
fn two_articles(env: &TestEnv) -> (String, String) {
    let a = env.write(
        "push/bai-mot.txt",
        article(
            "Hội nghị tổng kết công tác năm",
            "Sáng 12/12, Tỉnh ủy Nghệ An tổ chức hội nghị tổng kết. Ông Phạm Văn Một, Bí thư Tỉnh ủy Nghệ An, chủ trì hội nghị.",
        ),
    );
    let b = env.write(
        "push/bài hai.txt",
        article(
            "Tiếp xúc cử tri",
            "Bà Đỗ Thị Hai, Phó Chủ tịch UBND tỉnh Quảng Bình, tiếp xúc cử tri huyện Lệ Thủy.",
        ),
    );
    (
        a.to_str().unwrap().to_owned(),
        b.to_str().unwrap().to_owned(),
    )
}

fn assert_summary(stdout: &str, sent: usize, unchanged: usize) {
    let pattern = format!(
        r"^{sent} graphs? sent, {unchanged} unchanged, \d+ quads, \d+ requests?, \d+\.\d\d s\n$"
    );
    assert!(
        predicate::str::is_match(pattern).unwrap().eval(stdout),
        "{stdout}"
    );
}

#[test]
fn push_to_a_graph_store_leaves_exactly_the_local_quads_twice() {
    if !have_oxigraph() {
        return;
    }
    let server = OxigraphServer::start(None, &[]);
    let env = TestEnv::new();
    let (a, b) = two_articles(&env);
    // The default graph (the merge of the articles) goes too (`PUT ?default`).
    env.vnkg(&["ingest", &a, &b]).assert().success();
    let local = quad_set(&env.export());
    assert!(local.len() > 10);
    let merged = oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::NQuads)
        .for_slice(env.export().as_bytes())
        .filter(|q| q.as_ref().unwrap().graph_name.is_default_graph())
        .count();
    assert!(merged > 0);
    let endpoint = server.url("/store");
    for _ in 0..2 {
        let out = env.stdout(&[
            "push",
            "--endpoint",
            &endpoint,
            "--header",
            "X-Test: 1",
            "--user",
            "vnkg:secret",
        ]);
        // Two articles, the tenures derived from them, the default graph.
        assert_summary(&out, 4, 0);
        assert!(out.contains(", 4 requests,"), "{out}");
        assert_eq!(server.quads(), local);
    }

    // With a resume file, unchanged graphs are not sent again, and a
    // changed article replaces its old graph on the server.
    let state = env.path("push.state");
    let state = state.to_str().unwrap();
    assert_summary(
        &env.stdout(&["push", "--endpoint", &endpoint, "--resume", state]),
        4,
        0,
    );
    assert_summary(
        &env.stdout(&["push", "--endpoint", &endpoint, "--resume", state]),
        0,
        4,
    );
    env.write(
        "push/bai-mot.txt",
        article(
            "Hội nghị tổng kết công tác năm",
            "Ông Lê Văn Ba, Chủ tịch UBND tỉnh Nghệ An, phát biểu tại hội nghị.",
        ),
    );
    env.vnkg(&["ingest", &a]).assert().success();
    let changed = quad_set(&env.export());
    assert_ne!(changed, local);
    // The article, the tenures and the default graph (the merge) changed.
    assert_summary(
        &env.stdout(&["push", "--endpoint", &endpoint, "--resume", state]),
        3,
        1,
    );
    assert_eq!(server.quads(), changed);

    // A client error is not retried and names the status and the graph.
    let start = Instant::now();
    let line = env.error_line(&["push", "--endpoint", &server.url("/no-such-service")], 1);
    assert!(
        line.contains("HTTP 404 Not Found")
            && (line.contains(": graph <https://w3id.org/vnkg/")
                || line.contains(": the default graph: ")),
        "{line}"
    );
    assert!(start.elapsed() < Duration::from_secs(5), "{line}");
}

#[test]
fn push_through_sparql_update_replaces_graphs_and_leaves_exactly_the_local_quads() {
    if !have_oxigraph() {
        return;
    }
    let server = OxigraphServer::start(None, &[]);
    let env = TestEnv::new();
    let (a, b) = two_articles(&env);
    let update = server.url("/update");
    // An older version of article a on the server first.
    env.vnkg(&["ingest", &a]).assert().success();
    env.stdout(&["push", "--update-endpoint", &update]);
    env.write(
        "push/bai-mot.txt",
        article(
            "Tin ngắn",
            "Ông Hoàng Văn Bốn, Giám đốc Công an tỉnh Nghệ An, phát biểu.",
        ),
    );
    let extra = env.write(
        "extra.nq",
        "<http://example.org/s> <http://example.org/p> \"mặc định\"@vi .\n",
    );
    env.vnkg(&["ingest", &a, &b, extra.to_str().unwrap()])
        .assert()
        .success();
    let local = quad_set(&env.export());
    for _ in 0..2 {
        let out = env.stdout(&["push", "--update-endpoint", &update]);
        assert_summary(&out, 4, 0);
        assert!(out.contains(", 1 request,"), "{out}");
        assert_eq!(server.quads(), local);
    }
    let out = env.stdout(&["push", "--update-endpoint", &update, "--batch", "1"]);
    assert!(out.contains(", 4 requests,"), "{out}");
    assert_eq!(server.quads(), local);
}

#[test]
fn push_to_a_closed_port_fails_quickly_with_one_line() {
    let env = TestEnv::new();
    env.vnkg(&["ingest", SEED]).assert().success();
    let endpoint = format!("http://127.0.0.1:{}/store", free_port());
    let start = Instant::now();
    // One job: the article graph is tried first (the default graph last).
    let line = env.error_line(
        &[
            "push",
            "--endpoint",
            &endpoint,
            "--retries",
            "1",
            "--jobs",
            "1",
        ],
        1,
    );
    assert!(start.elapsed() < Duration::from_secs(10), "{line}");
    assert!(
        line.starts_with(&format!(
            "vnkg: push to {endpoint}: graph <https://w3id.org/vnkg/id/article/thanh-hoa-qpan-2024>: "
        )) && line.ends_with("(gave up after 2 attempts)"),
        "{line}"
    );
    for args in [
        &["push"][..],
        &["push", "--endpoint", "https://example.org/store"],
        &["push", "--endpoint", "localhost:7878"],
        &[
            "push",
            "--endpoint",
            "http://a/store",
            "--update-endpoint",
            "http://a/update",
        ],
        &[
            "push",
            "--endpoint",
            "http://a/store",
            "--header",
            "no colon",
        ],
        &["push", "--endpoint", "http://a/store", "--batch", "0"],
    ] {
        env.error_line(args, 2);
    }
    assert!(env
        .error_line(
            &["push", "--endpoint", "http://a/store", "--user", "nocolon"],
            2
        )
        .contains("USER:PASSWORD"));
}

#[test]
fn oxigraph_serves_the_store_and_vnkg_writes_to_it_only_once_stopped() {
    if !have_oxigraph() {
        return;
    }
    let env = TestEnv::new();
    env.vnkg(&["ingest", SEED]).assert().success();
    let server = OxigraphServer::start(Some(&env.store()), &[]);
    let csv = server.query_csv(
        "SELECT ?id WHERE { ?a a <http://schema.org/NewsArticle> ; <http://schema.org/identifier> ?id }",
    );
    assert_eq!(csv, "id\r\nthanh-hoa-qpan-2024\r\n");
    let line = env.error_line(&["ingest", SEED], 1);
    assert!(
        line.contains("store is in use by another program"),
        "{line}"
    );
    // Readers open the store read-only, next to the server.
    env.vnkg(&["posts"]).assert().success();
    drop(server);
    env.vnkg(&["ingest", SEED]).assert().success();
}

#[test]
fn extract_streams_articles_while_input_still_arrives() {
    use std::io::{BufRead, Write};
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("vnkg"))
        .args(["extract", "--format", "nquads", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (first_tx, first_rx) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        let mut graphs = std::collections::BTreeSet::new();
        for line in std::io::BufReader::new(stdout).lines() {
            let line = line.unwrap();
            let graph = line.rsplit_once(" <").unwrap().1.to_owned();
            if graphs.is_empty() {
                let _ = first_tx.send(graph.clone());
            }
            graphs.insert(graph);
        }
        graphs.len()
    });
    // 300 articles go in, and the pipe stays open: the first graphs must
    // come out before the input ends.
    stdin.write_all(corpus(300).as_bytes()).unwrap();
    stdin.flush().unwrap();
    let first = first_rx
        .recv_timeout(Duration::from_secs(60))
        .expect("no output while the input was still open");
    assert!(first.contains("/article/a00"), "{first}");
    stdin
        .write_all(corpus(1).replace("a00000", "z").as_bytes())
        .unwrap();
    drop(stdin);
    assert!(child.wait().unwrap().success());
    assert_eq!(reader.join().unwrap(), 301);
}

/// A loopback HTTP server answering the requests in turn with `answers`
/// (a status line, and headers if any), then with `204 No Content`; it
/// keeps the head of each request.
struct FakeServer {
    base: String,
    requests: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

fn fake_server(answers: Vec<&'static str>) -> FakeServer {
    use std::io::{BufRead, Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let requests = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let log = requests.clone();
    let mut answers = answers.into_iter();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { break };
            let mut reader = std::io::BufReader::new(stream.try_clone().unwrap());
            let mut head = String::new();
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                head.push_str(&line);
            }
            let head = head.to_ascii_lowercase();
            let length = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .map_or(0, |v| v.trim().parse().unwrap());
            let mut body = vec![0; length];
            reader.read_exact(&mut body).unwrap();
            log.lock().unwrap().push(head);
            let answer = answers.next().unwrap_or("204 No Content");
            let _ = write!(
                stream,
                "HTTP/1.1 {answer}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            );
        }
    });
    FakeServer { base, requests }
}

#[test]
fn push_retries_server_errors_and_sends_the_credentials() {
    let env = TestEnv::new();
    env.vnkg(&["ingest", SEED]).assert().success();
    let busy = "503 Service Unavailable\r\nRetry-After: 0";
    let server = fake_server(vec![busy, "429 Too Many Requests\r\nRetry-After: 0"]);
    let out = env.stdout(&[
        "push",
        "--endpoint",
        &format!("{}/data?x=1", server.base),
        "--user",
        "vnkg:secret",
        "-H",
        "X-Tenant: news",
        "--jobs",
        "1",
    ]);
    // The article (retried twice), its tenures, then the default graph.
    assert!(
        predicate::str::is_match(
            r"^3 graphs sent, 0 unchanged, \d+ quads, 3 requests, \d+\.\d\d s \(2 retries\)\n$"
        )
        .unwrap()
        .eval(&out),
        "{out}"
    );
    let requests = server.requests.lock().unwrap().clone();
    assert_eq!(requests.len(), 5);
    for (i, head) in requests.into_iter().enumerate() {
        let target = match i {
            0..=2 => "graph=https%3a%2f%2fw3id.org%2fvnkg%2fid%2farticle%2fthanh-hoa-qpan-2024",
            3 => "graph=https%3a%2f%2fw3id.org%2fvnkg%2fgraph%2ftenure",
            _ => "default",
        };
        assert!(
            head.starts_with(&format!("put /data?x=1&{target} http/1.1\r\n")),
            "{head}"
        );
        assert!(
            head.contains("authorization: basic dm5rzzpzzwnyzxq=\r\n"),
            "{head}"
        );
        assert!(head.contains("x-tenant: news\r\n"), "{head}");
        assert!(
            head.contains("content-type: application/n-triples"),
            "{head}"
        );
    }

    // Still failing after the retries: one line, the last status.
    let server = fake_server(vec![busy, busy, busy]);
    let line = env.error_line(
        &[
            "push",
            "--update-endpoint",
            &format!("{}/update", server.base),
            "--retries",
            "2",
        ],
        1,
    );
    assert!(
        line.ends_with(": 3 graphs, graph <https://w3id.org/vnkg/id/article/thanh-hoa-qpan-2024> … the default graph: HTTP 503 Service Unavailable (gave up after 3 attempts)"),
        "{line}"
    );
    let requests = server.requests.lock().unwrap().clone();
    assert_eq!(requests.len(), 3);
    assert!(requests[0].starts_with("post /update http/1.1\r\n"));
    assert!(requests[0].contains("content-type: application/sparql-update"));
}

#[test]
fn a_push_stopped_by_an_error_resumes_with_the_graphs_not_yet_acknowledged() {
    let env = TestEnv::new();
    let input = env.write("corpus.jsonl", corpus(5));
    env.vnkg(&["ingest", input.to_str().unwrap()])
        .assert()
        .success();
    let server = fake_server(vec!["204 No Content", "204 No Content", "400 Bad Request"]);
    let endpoint = format!("{}/store", server.base);
    let args = [
        "push",
        "--endpoint",
        &endpoint,
        "--jobs",
        "1",
        "--resume",
        "state",
    ];
    let line = env.error_line(&args, 1);
    assert!(
        line.ends_with("graph <https://w3id.org/vnkg/id/article/a00002>: HTTP 400 Bad Request"),
        "{line}"
    );
    // The rest: a00002 to a00004 and the default graph, sent last.
    assert_summary(&env.stdout(&args), 4, 2);
    assert_summary(&env.stdout(&args), 0, 6);
    let graphs: Vec<String> = server
        .requests
        .lock()
        .unwrap()
        .iter()
        .map(|head| match head.split_once("article%2f") {
            Some((_, rest)) => rest[..6].to_owned(),
            None => head.split_once(' ').unwrap().1[..14].to_owned(),
        })
        .collect();
    assert_eq!(
        graphs,
        [
            "a00000",
            "a00001",
            "a00002",
            "a00002",
            "a00003",
            "a00004",
            "/store?default"
        ]
    );
}

#[test]
fn the_memberships_cache_follows_every_write_and_a_stale_one_is_ignored() {
    let env = TestEnv::new();
    let (a, b) = two_articles(&env);
    env.vnkg(&["ingest", &a, &b]).assert().success();
    let cache = env.store().join("vnkg-memberships.csv");
    assert!(cache.exists(), "ingest leaves the cache");
    let both = env.stdout(&["posts", "--facts", "--format", "tsv"]);
    assert!(
        both.contains("Phạm Văn Một") && both.contains("Đỗ Thị Hai"),
        "{both}"
    );
    // The same answer read from the store itself.
    std::fs::remove_file(&cache).unwrap();
    assert_eq!(env.stdout(&["posts", "--facts", "--format", "tsv"]), both);
    assert!(cache.exists(), "a reader leaves the cache behind");

    // A cache from before a write is not used, even if put back.
    let before = std::fs::read(&cache).unwrap();
    env.vnkg(&["remove", "bài hai"]).assert().success();
    std::fs::write(&cache, &before).unwrap();
    let one = env.stdout(&["posts", "--facts", "--format", "tsv"]);
    assert!(
        one.contains("Phạm Văn Một") && !one.contains("Đỗ Thị Hai"),
        "{one}"
    );
    let aggregated = env.stdout(&["posts", "--format", "tsv", "--person", "hai"]);
    assert_eq!(aggregated.lines().count(), 1, "{aggregated}");

    // A writer that started from a valid cache updates it incrementally.
    env.vnkg(&["ingest", &b]).assert().success();
    assert_eq!(env.stdout(&["posts", "--facts", "--format", "tsv"]), both);
    std::fs::remove_file(&cache).unwrap();
    assert_eq!(env.stdout(&["posts", "--facts", "--format", "tsv"]), both);
}

#[test]
fn one_persons_posts_in_sparql_count_each_post_once() {
    // Two articles state the same person and post: the default graph is
    // their merge, so a plain query sees the post once.
    let env = TestEnv::new();
    let text = "Ông Phạm Văn Một, Bí thư Tỉnh ủy Nghệ An, chủ trì hội nghị.";
    let a = env.write("x/a.txt", article("Một", text));
    let b = env.write("x/b.txt", article("Hai", text));
    env.vnkg(&["ingest", a.to_str().unwrap(), b.to_str().unwrap()])
        .assert()
        .success();
    let query =
        "PREFIX org: <http://www.w3.org/ns/org#> PREFIX foaf: <http://xmlns.com/foaf/0.1/> \
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#> \
        SELECT (COUNT(*) AS ?n) WHERE { ?p foaf:name \"Phạm Văn Một\"@vi . \
        ?r a org:Role ; skos:prefLabel \"Bí thư\"@vi . ?p a foaf:Person }";
    let out = env.stdout(&["query", "--format", "tsv", query]);
    assert_eq!(out.lines().nth(1), Some("1"), "{out}");
}
