/*!
Scores what the store holds against gold annotations (`vnkg eval`).

Extraction quality is the product, so it has to be measured the same way
every time: this module reads the system's facts back from the store through
the RDF contract (so it scores what a user would query, not an in-memory
intermediate), reads the gold `posts.tsv`, `ranks.tsv` and `events.tsv` of
`annotation-guide.md`, and compares them with the guide's §4 matching rules.

Matching (guide §4): text is compared after NFC, lower-casing, collapsing
white space and moving tone marks to the new-style position ([`match_text`]);
organizations and roles also get the §1.3 abbreviations expanded and
`Tỉnh ủy tỉnh X` read as `Tỉnh ủy X` ([`match_org`]). A system organization
matches when any of its labels equals any gold alternative. Persons match on
the full name only.

Metrics, each counted per article and summed over articles:
- posts (person, role, organization): a one-to-one matching per article that
  pairs as many system posts with gold rows as possible and, among those
  pairings, as many with the same status as possible;
- person+role: multiset intersection of (person, role) per article;
- persons: set of names of people holding a post, per article;
- ranks: multiset intersection of (person, rank) per article;
- status accuracy: share of the posts paired above whose status agrees;
- events: within each article and event type, system and gold events are
  aligned one to one, maximizing first the number of pairs, then the pairs
  with the same date, then the participants they share. Event type scores the
  pairs (equal to the multiset intersection of types); type+date the pairs
  whose dates are equal (an empty gold date equals a missing system date);
  participants the names shared by paired events, every participant of an
  unpaired event counting as spurious or missed.

Precision is 1 when the system states nothing, recall 1 when the gold has
nothing, F1 is 0 when both precision and recall are 0.
*/

mod gold;
mod keys;
mod report;
mod score;
mod system;

pub use keys::{match_org, match_text};
pub use report::{Accuracy, ArticleExplanation, Report, Score};

use std::collections::HashSet;
use std::path::Path;

use oxigraph::store::Store;

use crate::Result;
use gold::{Gold, GoldArticle};
use score::{score_events, score_posts, score_ranks};
use system::{System, SystemArticle};

/// Scores the facts of `article_ids` in `store` against the gold files
/// `posts.tsv`, `ranks.tsv` and `events.tsv` of `gold_dir`.
///
/// Gold rows of other articles are skipped; an article without gold rows
/// has no gold facts. With `explain`, the report lists every difference.
pub fn run(
    store: &Store,
    gold_dir: &Path,
    article_ids: &[String],
    explain: bool,
) -> Result<Report> {
    let mut ids: Vec<&str> = Vec::new();
    let mut seen = HashSet::new();
    for id in article_ids {
        if seen.insert(id.as_str()) {
            ids.push(id);
        }
    }
    let gold = Gold::read(gold_dir, &seen)?;
    let system = System::read(store, &seen)?;
    let mut report = Report {
        articles: ids.len(),
        ..Report::default()
    };
    let (no_gold, no_system) = (GoldArticle::default(), SystemArticle::default());
    for id in ids {
        let mut lines = Vec::new();
        let g = gold.articles.get(id).unwrap_or(&no_gold);
        let s = system.articles.get(id).unwrap_or(&no_system);
        score_posts(&mut report, s, g, &mut lines);
        score_ranks(&mut report, s, g, &mut lines);
        score_events(&mut report, s, g, &mut lines);
        if explain && !lines.is_empty() {
            report.explanations.push(ArticleExplanation {
                article: id.to_string(),
                lines,
            });
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::score::assign;
    use super::*;
    use crate::Error;
    use oxigraph::io::RdfFormat;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn match_text_moves_tone_marks_to_the_new_style_position() {
        assert_eq!(match_text("Uỷ ban"), "ủy ban");
        assert_eq!(match_text("Thanh Hoá"), match_text("Thanh Hóa"));
        assert_eq!(match_text("Hoà Bình"), "hòa bình");
        assert_eq!(match_text("khoẻ"), "khỏe");
        assert_eq!(match_text("Thuỵ"), "thụy");
        // Not at the end of the syllable, or `qu` + `y`: unchanged.
        assert_eq!(match_text("Hoàng"), "hoàng");
        assert_eq!(match_text("Quý"), "quý");
        assert_eq!(match_text("Quỳnh"), "quỳnh");
        assert_eq!(match_text("Huỳnh"), "huỳnh");
    }

    #[test]
    fn match_text_reads_nfd_underscores_case_and_spaces_alike() {
        let nfd: String = "Bí thư Tỉnh ủy".nfd().collect();
        assert_eq!(match_text(&nfd), "bí thư tỉnh ủy");
        assert_eq!(match_text("  Bí_thư   Tỉnh_uỷ\n"), "bí thư tỉnh ủy");
    }

    #[test]
    fn match_org_expands_abbreviations_of_the_guide() {
        let hcmc = match_org("Ủy ban nhân dân Thành phố Hồ Chí Minh");
        for form in [
            "UBND TP.HCM",
            "UBND TP HCM",
            "UBND TPHCM",
            "UBND TP. Hồ Chí Minh",
        ] {
            assert_eq!(match_org(form), hcmc, "{form}");
        }
        assert_eq!(
            match_org("HĐND TP Thanh Hoá"),
            "hội đồng nhân dân thành phố thanh hóa"
        );
        assert_eq!(
            match_org("Sở TN-MT tỉnh Bến Tre"),
            match_org("Sở Tài nguyên và Môi trường tỉnh Bến Tre")
        );
        assert_eq!(
            match_org("Bộ CHQS tỉnh Nghệ An"),
            "bộ chỉ huy quân sự tỉnh nghệ an"
        );
        assert_eq!(match_org("UBKT TW"), "ủy ban kiểm tra trung ương");
        assert_eq!(match_org("ĐBQH"), "đại biểu quốc hội");
        // Whole upper-case words only.
        assert_eq!(match_org("ca sĩ Cao"), "ca sĩ cao");
    }

    #[test]
    fn match_org_drops_the_unit_word_after_a_party_committee() {
        assert_eq!(match_org("Tỉnh ủy tỉnh Thanh Hóa"), "tỉnh ủy thanh hóa");
        assert_eq!(match_org("Tỉnh uỷ Thanh Hoá"), "tỉnh ủy thanh hóa");
        assert_eq!(
            match_org("Ban Thường vụ Thành ủy TP Hồ Chí Minh"),
            "ban thường vụ thành ủy hồ chí minh"
        );
        assert_eq!(match_org("Huyện ủy huyện Quỳnh Lưu"), "huyện ủy quỳnh lưu");
    }

    #[test]
    fn assign_finds_the_best_pairing_not_the_greedy_one() {
        // Row 0 fits both columns, row 1 only column 0.
        assert_eq!(assign(&[vec![1, 1], vec![1, 0]]), vec![Some(1), Some(0)]);
        // Zero weight means "cannot pair".
        assert_eq!(assign(&[vec![0, 0], vec![0, 5]]), vec![None, Some(1)]);
        // More rows than columns.
        assert_eq!(
            assign(&[vec![2], vec![3], vec![1]]),
            vec![None, Some(0), None]
        );
        assert_eq!(assign(&[]), Vec::<Option<usize>>::new());
    }

    #[test]
    fn score_conventions_for_empty_sides() {
        let none = Score::default();
        assert_eq!(
            (none.precision(), none.recall(), none.f1()),
            (1.0, 1.0, 1.0)
        );
        let only_missed = Score {
            true_pos: 0,
            false_pos: 0,
            false_neg: 3,
        };
        assert_eq!(only_missed.f1(), 0.0);
        let s = Score {
            true_pos: 6,
            false_pos: 3,
            false_neg: 2,
        };
        assert!((s.f1() - 12.0 / 17.0).abs() < 1e-12);
    }

    /// Writes one article graph in the shape of the RDF contract.
    struct Graph {
        iri: String,
        body: String,
        events: usize,
    }

    const ID: &str = "https://w3id.org/vnkg/id/";

    impl Graph {
        fn new(id: &str) -> Graph {
            let iri = format!("{ID}article/{id}");
            let body = format!(
                "<{iri}> a schema:NewsArticle ; schema:identifier \"{id}\" ; \
                 schema:datePublished \"2024-12\"^^xsd:gYearMonth .\n"
            );
            Graph {
                iri,
                body,
                events: 0,
            }
        }
        fn person(&mut self, key: &str, name: &str) -> &mut Self {
            self.body += &format!("<{ID}person/{key}> a foaf:Person ; foaf:name \"{name}\"@vi .\n");
            self
        }
        fn org(&mut self, key: &str, pref: &str, alts: &[&str]) -> &mut Self {
            self.body +=
                &format!("<{ID}org/{key}> a org:Organization ; skos:prefLabel \"{pref}\"@vi .\n");
            for alt in alts {
                self.body += &format!("<{ID}org/{key}> skos:altLabel \"{alt}\"@vi .\n");
            }
            self
        }
        fn post(
            &mut self,
            person: &str,
            role: &str,
            org: &str,
            status: &str,
            evidence: &str,
        ) -> &mut Self {
            let role_key = match_text(role).replace(' ', "-");
            let m = format!("{ID}membership/{}-{person}-{role_key}-{org}", self.id());
            self.body += &format!(
                "<{ID}role/{role_key}> a org:Role ; skos:prefLabel \"{role}\"@vi .\n\
                 <{m}> a org:Membership ; org:member <{ID}person/{person}> ; \
                 org:organization <{ID}org/{org}> ; org:role <{ID}role/{role_key}> ; \
                 vnkg:status vnkg:{status} ; prov:wasDerivedFrom <{iri}> ; \
                 vnkg:evidence \"{evidence}\"@vi .\n",
                iri = self.iri
            );
            self
        }
        fn rank(&mut self, person: &str, rank: &str) -> &mut Self {
            self.body += &format!("<{ID}person/{person}> vnkg:rank \"{rank}\"@vi .\n");
            self
        }
        fn event(
            &mut self,
            kind: &str,
            date: Option<&str>,
            people: &[(&str, &str)],
            evidence: &str,
        ) -> &mut Self {
            self.events += 1;
            let e = format!("{ID}event/{}-{}", self.id(), self.events);
            self.body += &format!(
                "<{e}> a vnkg:{kind} ; prov:wasDerivedFrom <{iri}> ; vnkg:evidence \"{evidence}\"@vi .\n",
                iri = self.iri
            );
            if let Some(date) = date {
                let datatype = if date.starts_with("--") {
                    "gMonthDay"
                } else {
                    "date"
                };
                self.body += &format!("<{e}> schema:startDate \"{date}\"^^xsd:{datatype} .\n");
            }
            for (person, part) in people {
                self.body += &format!("<{e}> schema:attendee <{ID}person/{person}> .\n");
                if !part.is_empty() {
                    self.body += &format!("<{e}> vnkg:{part} <{ID}person/{person}> .\n");
                }
            }
            self
        }
        fn id(&self) -> &str {
            self.iri.rsplit('/').next().unwrap_or_default()
        }
        fn trig(&self) -> String {
            format!("<{}> {{\n{}}}\n", self.iri, self.body)
        }
    }

    fn store(graphs: &[&Graph]) -> Store {
        let mut trig = String::from(
            "@prefix org: <http://www.w3.org/ns/org#> .\n\
             @prefix foaf: <http://xmlns.com/foaf/0.1/> .\n\
             @prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n\
             @prefix prov: <http://www.w3.org/ns/prov#> .\n\
             @prefix schema: <http://schema.org/> .\n\
             @prefix vnkg: <https://w3id.org/vnkg/ontology#> .\n\
             @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n",
        );
        for g in graphs {
            trig += &g.trig();
        }
        let store = Store::new().expect("in-memory store");
        store
            .load_from_slice(RdfFormat::TriG, trig.as_bytes())
            .expect("valid TriG");
        store
    }

    const POSTS_TSV: &str = "article\tperson\trole\torg\tstatus\tevidence
a1\tLê Văn An\tBí thư\tTỉnh ủy tỉnh Thanh Hóa\theld\tBí thư Tỉnh ủy
a1\tLê Văn An\tChủ tịch\tHội đồng nhân dân thành phố Thanh Hóa | HĐND tỉnh Thanh Hóa\tstarts\tđược bầu Chủ tịch HĐND tỉnh
a1\tTrần Thị Bình\tPhó Chủ tịch\tỦy ban nhân dân Thành phố Hồ Chí Minh\tstarts\tbà Bình được bầu
a1\tTrần Thị Bình\tỦy viên\tThành ủy Thành phố Hồ Chí Minh\theld\t\"Ủy viên Thành ủy\"
a1\tĐỗ Văn Dũng\tPhó Bí thư\tTỉnh ủy Nghệ An | Thành ủy Vinh\theld\tPhó Bí thư
a1\tĐỗ Văn Dũng\tPhó Bí thư\tTỉnh ủy Nghệ An\theld\tPhó Bí thư Tỉnh ủy
a1\tHoàng Thị Hòa\tChủ tịch\tỦy ban nhân dân tỉnh Nghệ An\theld\tChủ tịch UBND tỉnh
a3\tNgười Khác\tBí thư\tTỉnh ủy Khác\theld\tnot asked for
a4\tPhan Văn Em\tGiám đốc\tCông an tỉnh Nghệ An\theld\tGiám đốc CA tỉnh
";
    const RANKS_TSV: &str = "article\tperson\trank
a1\tĐỗ Văn Dũng\tĐại tá
a1\tLê Văn An\tThượng úy
a1\tTrần Thị Bình\tTrung tá
a3\tNgười Khác\tĐại tá
";
    const EVENTS_TSV: &str = "article\ttype\tdate\tparticipants
a1\tConference\t\tĐỗ Văn Dũng
a1\tConference\t2024-12-10\tLê Văn An; Trần Thị Bình; Hoàng Thị Hòa
a1\tAwardCeremony\t2024-12-11\tLê Văn An
a1\tSigning\t2024-12-10\t
a3\tVisit\t\tNgười Khác
";

    fn gold_dir() -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("posts.tsv"), POSTS_TSV).expect("write");
        std::fs::write(dir.path().join("ranks.tsv"), RANKS_TSV).expect("write");
        std::fs::write(dir.path().join("events.tsv"), EVENTS_TSV).expect("write");
        dir
    }

    /// a1: matches through tone marks, abbreviations, NFD, alternatives and
    /// one-to-one pairing, plus spurious and missed facts of every kind;
    /// a2: system only; a3: gold and store, not asked for; a4: gold only.
    fn fixture() -> Store {
        let dung_nfd: String = "Đỗ Văn Dũng".nfd().collect();
        let mut a1 = Graph::new("a1");
        a1.person("an", "Lê Văn An")
            .person("binh", "Trần Thị Bình")
            .person("dung", &dung_nfd)
            .person("giap", "Nguyễn Văn Giáp")
            .person("hoa", "Hoàng Thị Hoà")
            .org("tu-th", "Tỉnh uỷ Thanh Hoá", &[])
            .org(
                "hd-th",
                "Hội đồng nhân dân tỉnh Thanh Hóa",
                &["HĐND tỉnh Thanh Hoá"],
            )
            .org("ub-hcm", "UBND TP.HCM", &[])
            .org("btv-hcm", "Ban Thường vụ Thành ủy Hồ Chí Minh", &[])
            .org("tu-na", "Tỉnh ủy Nghệ An", &[])
            .org("tu-vinh", "Thành ủy Vinh", &[])
            .org("stc-na", "Sở Tài chính tỉnh Nghệ An", &[])
            .org("ub-na", "UBND tỉnh Nghệ An", &[])
            .post(
                "an",
                "Bí thư",
                "tu-th",
                "Held",
                "Ông Lê Văn An, Bí thư Tỉnh uỷ",
            )
            .post("an", "Chủ tịch", "hd-th", "Held", "Chủ tịch HĐND tỉnh")
            .post(
                "binh",
                "Phó Chủ tịch",
                "ub-hcm",
                "Starts",
                "bà Bình được bầu",
            )
            .post(
                "binh",
                "Ủy viên",
                "btv-hcm",
                "Held",
                "bà Bình, Ủy viên Ban Thường vụ",
            )
            .post("dung", "Phó Bí thư", "tu-na", "Held", "Phó Bí thư Tỉnh ủy")
            .post(
                "dung",
                "Phó Bí thư",
                "tu-vinh",
                "Held",
                "Phó Bí thư Thành ủy",
            )
            .post(
                "giap",
                "Giám đốc",
                "stc-na",
                "Held",
                "Thiếu tướng Nguyễn Văn Giáp, Giám đốc Sở Tài chính",
            )
            .post("hoa", "Chủ tịch", "ub-na", "Held", "Chủ tịch UBND tỉnh")
            .rank("dung", "Đại tá")
            .rank("giap", "Thiếu tướng")
            .rank("an", "Thượng uý")
            .event(
                "Conference",
                Some("2024-12-10"),
                &[("an", "chair"), ("binh", ""), ("giap", "")],
                "Sáng 10/12, hội nghị",
            )
            .event("Conference", None, &[("dung", "speaker")], "một hội nghị")
            .event(
                "AwardCeremony",
                Some("2024-12-10"),
                &[("an", "recipient")],
                "trao Huân chương",
            )
            .event("Visit", Some("--12-11"), &[("dung", "")], "thăm");
        let mut a2 = Graph::new("a2");
        a2.person("x", "Võ Văn Xuân")
            .org("ub-x", "UBND tỉnh Quảng Nam", &[])
            .post(
                "x",
                "Chủ tịch",
                "ub-x",
                "Held",
                "Chủ tịch UBND tỉnh Quảng Nam",
            );
        let mut a3 = Graph::new("a3");
        a3.person("k", "Người Khác").rank("k", "Đại tá");
        store(&[&a1, &a2, &a3])
    }

    fn ids(ids: &[&str]) -> Vec<String> {
        ids.iter().map(|s| s.to_string()).collect()
    }

    fn score(tp: usize, fp: usize, fn_: usize) -> Score {
        Score {
            true_pos: tp,
            false_pos: fp,
            false_neg: fn_,
        }
    }

    #[test]
    fn scores_every_metric_on_a_mixed_fixture() {
        let gold = gold_dir();
        let report =
            run(&fixture(), gold.path(), &ids(&["a1", "a2", "a4"]), false).expect("scored");
        assert_eq!(report.articles, 3);
        assert_eq!(report.posts, score(6, 3, 2));
        assert_eq!(report.person_role, score(7, 2, 1));
        assert_eq!(report.persons, score(4, 2, 1));
        assert_eq!(
            report.status,
            Accuracy {
                correct: 5,
                total: 6
            }
        );
        assert_eq!(report.ranks, score(2, 1, 1));
        assert_eq!(report.event_types, score(3, 1, 1));
        assert_eq!(report.event_dates, score(2, 2, 2));
        assert_eq!(report.participants, score(4, 2, 1));
        assert!(report.explanations.is_empty());
        let text = report.to_string();
        assert_eq!(text.lines().last(), Some("posts_f1=0.706 events_f1=0.750"));
        assert!(text.contains("status accuracy         0.833 (5/6 matched posts)"));
        assert!(!text.ends_with('\n'));
    }

    #[test]
    fn explain_lists_each_difference_with_its_evidence() {
        let gold = gold_dir();
        let report = run(&fixture(), gold.path(), &ids(&["a1", "a2", "a4"]), true).expect("scored");
        let articles: Vec<&str> = report
            .explanations
            .iter()
            .map(|a| a.article.as_str())
            .collect();
        assert_eq!(articles, ["a1", "a2", "a4"]);
        let mut a1 = report.explanations[0].lines.clone();
        a1.sort();
        let expected = [
            "missed event: Signing 2024-12-10 ()",
            "missed participant: Conference 2024-12-10: Hoàng Thị Hòa",
            "missed post: Trần Thị Bình | Ủy viên | Thành ủy Thành phố Hồ Chí Minh [held] — gold evidence: \"\"Ủy viên Thành ủy\"\"",
            "missed rank: Trần Thị Bình | Trung tá",
            "spurious event: Visit --12-11 (Đỗ Văn Dũng) — evidence: \"thăm\"",
            "spurious participant: Conference 2024-12-10: Nguyễn Văn Giáp — evidence: \"Sáng 10/12, hội nghị\"",
            "spurious post: Nguyễn Văn Giáp | Giám đốc | Sở Tài chính tỉnh Nghệ An [held] — evidence: \"Thiếu tướng Nguyễn Văn Giáp, Giám đốc Sở Tài chính\"",
            "spurious post: Trần Thị Bình | Ủy viên | Ban Thường vụ Thành ủy Hồ Chí Minh [held] — evidence: \"bà Bình, Ủy viên Ban Thường vụ\"",
            "spurious rank: Nguyễn Văn Giáp | Thiếu tướng — evidence: \"Thiếu tướng Nguyễn Văn Giáp, Giám đốc Sở Tài chính\"",
            "wrong date: AwardCeremony: system 2024-12-10, gold 2024-12-11 — evidence: \"trao Huân chương\"",
            "wrong status: Lê Văn An | Chủ tịch | Hội đồng nhân dân thành phố Thanh Hóa | HĐND tỉnh Thanh Hóa: system held, gold starts — evidence: \"Chủ tịch HĐND tỉnh\"",
        ];
        assert_eq!(a1, expected);
        assert_eq!(
            report.explanations[1].lines,
            ["spurious post: Võ Văn Xuân | Chủ tịch | UBND tỉnh Quảng Nam [held] — evidence: \"Chủ tịch UBND tỉnh Quảng Nam\""]
        );
        assert_eq!(
            report.explanations[2].lines,
            ["missed post: Phan Văn Em | Giám đốc | Công an tỉnh Nghệ An [held] — gold evidence: \"Giám đốc CA tỉnh\""]
        );
        let text = report.to_string();
        assert!(text.starts_with("## a1\n"));
        assert_eq!(text.lines().last(), Some("posts_f1=0.706 events_f1=0.750"));
    }

    #[test]
    fn articles_not_asked_for_are_ignored_on_both_sides() {
        let gold = gold_dir();
        let report = run(&fixture(), gold.path(), &ids(&["a3"]), false).expect("scored");
        // a3's gold post, rank and event, and its stored rank, are all in.
        assert_eq!(report.posts, score(0, 0, 1));
        assert_eq!(report.ranks, score(1, 0, 0));
        assert_eq!(report.event_types, score(0, 0, 1));
        let none = run(&fixture(), gold.path(), &[], false).expect("scored");
        assert_eq!(none.articles, 0);
        assert_eq!(none.posts, Score::default());
    }

    #[test]
    fn a_perfect_system_scores_one() {
        let gold = tempfile::tempdir().expect("temp dir");
        let write = |name: &str, text: &str| {
            std::fs::write(gold.path().join(name), text).expect("write");
        };
        write(
            "posts.tsv",
            "article\tperson\trole\torg\tstatus\tevidence\ns\tLê Anh Xuân\tBí thư\tThành ủy Thanh Hóa\theld\tBí thư Thành ủy\n",
        );
        write("ranks.tsv", "article\tperson\trank\n");
        write(
            "events.tsv",
            "article\ttype\tdate\tparticipants\ns\tConference\t2024-12-10\tLê Anh Xuân\n",
        );
        let mut s = Graph::new("s");
        s.person("x", "Lê Anh Xuân")
            .org("tu", "Thành ủy Thanh Hóa", &["Thành ủy TP Thanh Hóa"])
            .post("x", "Bí thư", "tu", "Held", "Bí thư Thành ủy")
            .event(
                "Conference",
                Some("2024-12-10"),
                &[("x", "chair")],
                "hội nghị",
            );
        let report = run(&store(&[&s]), gold.path(), &ids(&["s"]), true).expect("scored");
        assert_eq!(report.posts, score(1, 0, 0));
        assert_eq!(report.participants, score(1, 0, 0));
        assert!(report.explanations.is_empty());
        assert_eq!(
            report.to_string().lines().last(),
            Some("posts_f1=1.000 events_f1=1.000")
        );
    }

    #[test]
    fn bad_gold_files_are_reported_with_their_path() {
        let gold = gold_dir();
        std::fs::remove_file(gold.path().join("ranks.tsv")).expect("remove");
        let err = run(&fixture(), gold.path(), &ids(&["a1"]), false).unwrap_err();
        assert!(matches!(err, Error::Io { ref path, .. } if path.ends_with("ranks.tsv")));

        let gold = gold_dir();
        std::fs::write(
            gold.path().join("events.tsv"),
            "article\ttype\tdate\tparticipants\na1\tParty\t\t\n",
        )
        .expect("write");
        let err = run(&fixture(), gold.path(), &ids(&["a1"]), false).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "{}:2: unknown event type `Party`",
                gold.path().join("events.tsv").display()
            )
        );

        let gold = gold_dir();
        std::fs::write(gold.path().join("posts.tsv"), "article\tperson\n").expect("write");
        let err = run(&fixture(), gold.path(), &ids(&["a1"]), false).unwrap_err();
        assert!(
            err.to_string().ends_with(":1: missing column `role`"),
            "{err}"
        );
    }
}
