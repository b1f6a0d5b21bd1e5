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

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt;
use std::path::Path;
use std::sync::LazyLock;

use oxigraph::store::Store;
use regex::Regex;
use unicode_normalization::UnicodeNormalization;

use crate::read;
use crate::read::events::{EventFilter, EventRow};
use crate::read::memberships::{Membership, PostFilter};
use crate::{Error, Result};

/// True positives, false positives and false negatives of one metric.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Score {
    pub true_pos: usize,
    pub false_pos: usize,
    pub false_neg: usize,
}

impl Score {
    pub fn precision(&self) -> f64 {
        ratio(self.true_pos, self.true_pos + self.false_pos)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.true_pos, self.true_pos + self.false_neg)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, tp: usize, system: usize, gold: usize) {
        self.true_pos += tp;
        self.false_pos += system - tp;
        self.false_neg += gold - tp;
    }
}

/// Share of matched posts whose status agrees with the gold.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Accuracy {
    pub correct: usize,
    pub total: usize,
}

impl Accuracy {
    /// 1 when nothing was matched (nothing was wrong).
    pub fn value(&self) -> f64 {
        ratio(self.correct, self.total)
    }
}

fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        1.0
    } else {
        num as f64 / den as f64
    }
}

/// The missed, spurious and wrongly dated or stated facts of one article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleExplanation {
    pub article: String,
    /// One line per difference, e.g.
    /// `missed post: Lê Văn A | Bí thư | Tỉnh ủy X [held] — gold evidence: "…"`.
    pub lines: Vec<String>,
}

/// The scores of a run, and (with `explain`) what went wrong per article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    pub articles: usize,
    pub posts: Score,
    pub person_role: Score,
    pub persons: Score,
    pub ranks: Score,
    pub status: Accuracy,
    /// Event type (the `events_f1` of the last line).
    pub event_types: Score,
    pub event_dates: Score,
    pub participants: Score,
    /// Articles with at least one difference, in the order given; empty
    /// unless `explain` was asked for.
    pub explanations: Vec<ArticleExplanation>,
}

impl Report {
    pub fn posts_f1(&self) -> f64 {
        self.posts.f1()
    }
    pub fn events_f1(&self) -> f64 {
        self.event_types.f1()
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for article in &self.explanations {
            writeln!(f, "## {}", article.article)?;
            for line in &article.lines {
                writeln!(f, "  {line}")?;
            }
            writeln!(f)?;
        }
        writeln!(f, "articles: {}", self.articles)?;
        writeln!(
            f,
            "{:<22} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}",
            "metric", "P", "R", "F1", "TP", "FP", "FN"
        )?;
        let rows = [
            ("posts", &self.posts),
            ("person+role", &self.person_role),
            ("persons", &self.persons),
            ("ranks", &self.ranks),
            ("events: type", &self.event_types),
            ("events: type+date", &self.event_dates),
            ("events: participants", &self.participants),
        ];
        for (name, s) in rows {
            writeln!(
                f,
                "{:<22} {:>6.3} {:>6.3} {:>6.3} {:>6} {:>6} {:>6}",
                name,
                s.precision(),
                s.recall(),
                s.f1(),
                s.true_pos,
                s.false_pos,
                s.false_neg
            )?;
        }
        writeln!(
            f,
            "{:<22} {:>6.3} ({}/{} matched posts)",
            "status accuracy",
            self.status.value(),
            self.status.correct,
            self.status.total
        )?;
        write!(
            f,
            "posts_f1={:.3} events_f1={:.3}",
            self.posts_f1(),
            self.events_f1()
        )
    }
}

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

// ---------------------------------------------------------------------------
// Matching keys (guide §4)

/// The key two texts are compared on: NFC, `_` of word-segmented text read
/// as a space, lower case, tone marks in the new-style position
/// (`uỷ` → `ủy`, `hoá` → `hóa`), white space collapsed.
pub fn match_text(s: &str) -> String {
    crate::normalize::key(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// [`match_text`] for organizations and roles: also expands the abbreviations
/// of guide §1.3 and reads `Tỉnh ủy tỉnh X` as `Tỉnh ủy X` (likewise
/// `Thành ủy`, `Huyện ủy`, `Quận ủy`, `Thị ủy`).
pub fn match_org(s: &str) -> String {
    let nfc: String = s.nfc().collect();
    let expanded = expand_abbreviations(&nfc);
    let key = match_text(&expanded);
    PARTY_COMMITTEE_UNIT.replace_all(&key, "$1 ").into_owned()
}

static HCMC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:TP|Tp)\s*\.?\s*HCM\b|\bTPHCM\b").expect("valid regex"));
static CITY_DOT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:TP|Tp)\.\s*").expect("valid regex"));
static ABBREVIATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:TP|Tp|HĐND|UBND|MTTQ|CA|CHQS|BĐBP|ĐBQH|TW|TƯ|UBKT|BCH|BTV|LĐLĐ|TN-MT|TN&MT|KH-ĐT|KH&ĐT|GTVT|CSGT)\b",
    )
    .expect("valid regex")
});
static PARTY_COMMITTEE_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy) (?:tỉnh|thành phố|huyện|quận|thị xã) ",
    )
    .expect("valid regex")
});

/// Expands the abbreviations of guide §1.3 (case-sensitive, whole words, so
/// that `ca` in ordinary words stays).
fn expand_abbreviations(s: &str) -> String {
    let s = HCMC.replace_all(s, "Thành phố Hồ Chí Minh");
    let s = CITY_DOT.replace_all(&s, "thành phố ");
    ABBREVIATION
        .replace_all(&s, |c: &regex::Captures| {
            match &c[0] {
                "TP" | "Tp" => "thành phố",
                "HĐND" => "Hội đồng nhân dân",
                "UBND" => "Ủy ban nhân dân",
                "MTTQ" => "Mặt trận Tổ quốc",
                "CA" => "Công an",
                "CHQS" => "Chỉ huy Quân sự",
                "BĐBP" => "Bộ đội Biên phòng",
                "ĐBQH" => "đại biểu Quốc hội",
                "TW" | "TƯ" => "Trung ương",
                "UBKT" => "Ủy ban Kiểm tra",
                "BCH" => "Ban Chấp hành",
                "BTV" => "Ban Thường vụ",
                "LĐLĐ" => "Liên đoàn Lao động",
                "TN-MT" | "TN&MT" => "Tài nguyên và Môi trường",
                "KH-ĐT" | "KH&ĐT" => "Kế hoạch và Đầu tư",
                "GTVT" => "Giao thông vận tải",
                "CSGT" => "Cảnh sát giao thông",
                other => other,
            }
            .to_string()
        })
        .into_owned()
}

// ---------------------------------------------------------------------------
// Gold files

#[derive(Debug, Default)]
struct GoldArticle {
    posts: Vec<GoldPost>,
    ranks: Vec<FactRank>,
    events: Vec<FactEvent>,
}

#[derive(Debug)]
struct GoldPost {
    person: String,
    role: String,
    /// The ` | ` alternatives.
    orgs: Vec<String>,
    status: String,
    evidence: String,
}

#[derive(Debug)]
struct FactRank {
    person: String,
    rank: String,
    evidence: String,
}

#[derive(Debug)]
struct FactEvent {
    kind: String,
    date: String,
    participants: Vec<String>,
    evidence: String,
}

struct Gold {
    articles: HashMap<String, GoldArticle>,
}

impl Gold {
    fn read(dir: &Path, wanted: &HashSet<&str>) -> Result<Gold> {
        let mut articles: HashMap<String, GoldArticle> = HashMap::new();

        let path = dir.join("posts.tsv");
        let table = Table::read(&path, &["article", "person", "role", "org"])?;
        for (line, row) in &table.rows {
            let cell = |column| table.cell(row, column);
            if !wanted.contains(cell("article")) {
                continue;
            }
            let status = cell("status").to_lowercase();
            if !status.is_empty() && crate::Status::parse(&status).is_none() {
                return Err(Error::Input {
                    path,
                    line: *line,
                    message: format!("unknown status `{status}`"),
                });
            }
            let orgs = cell("org")
                .split('|')
                .map(str::trim)
                .filter(|o| !o.is_empty())
                .map(String::from)
                .collect();
            let article = articles.entry(cell("article").to_string()).or_default();
            article.posts.push(GoldPost {
                person: cell("person").to_string(),
                role: cell("role").to_string(),
                orgs,
                status,
                evidence: cell("evidence").to_string(),
            });
        }

        let table = Table::read(&dir.join("ranks.tsv"), &["article", "person", "rank"])?;
        for (_, row) in &table.rows {
            let cell = |column| table.cell(row, column);
            if !wanted.contains(cell("article")) {
                continue;
            }
            let article = articles.entry(cell("article").to_string()).or_default();
            article.ranks.push(FactRank {
                person: cell("person").to_string(),
                rank: cell("rank").to_string(),
                evidence: String::new(),
            });
        }

        let path = dir.join("events.tsv");
        let table = Table::read(&path, &["article", "type", "date", "participants"])?;
        for (line, row) in &table.rows {
            let cell = |column| table.cell(row, column);
            if !wanted.contains(cell("article")) {
                continue;
            }
            let Some(kind) = crate::EventType::parse(cell("type")) else {
                return Err(Error::Input {
                    path,
                    line: *line,
                    message: format!("unknown event type `{}`", cell("type")),
                });
            };
            let article = articles.entry(cell("article").to_string()).or_default();
            article.events.push(FactEvent {
                kind: kind.as_str().to_string(),
                date: cell("date").to_string(),
                participants: cell("participants")
                    .split(';')
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .map(String::from)
                    .collect(),
                evidence: String::new(),
            });
        }
        Ok(Gold { articles })
    }
}

/// A gold TSV: its columns by (lower-case) name and its data rows with
/// their line numbers.
struct Table {
    columns: HashMap<String, usize>,
    rows: Vec<(usize, csv::StringRecord)>,
}

impl Table {
    /// Reads a tab-separated file with a header line (no quoting: evidence
    /// quotes stay as written); fails when a `required` column is missing.
    fn read(path: &Path, required: &[&str]) -> Result<Table> {
        let input_error = |line: usize, message: String| Error::Input {
            path: path.to_path_buf(),
            line,
            message,
        };
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b'\t')
            .quoting(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let header = reader
            .headers()
            .map_err(|e| input_error(1, e.to_string()))?;
        let columns: HashMap<String, usize> = header
            .iter()
            .enumerate()
            .map(|(i, name)| (name.trim().to_lowercase(), i))
            .collect();
        if let Some(missing) = required.iter().find(|c| !columns.contains_key(**c)) {
            return Err(input_error(1, format!("missing column `{missing}`")));
        }
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| {
                let line = e.position().map_or(0, |p| p.line() as usize);
                input_error(line, e.to_string())
            })?;
            if record.iter().all(|cell| cell.trim().is_empty()) {
                continue;
            }
            rows.push((record.position().map_or(0, |p| p.line() as usize), record));
        }
        Ok(Table { columns, rows })
    }

    /// The trimmed cell of a column, empty when the column or cell is missing.
    fn cell<'r>(&self, record: &'r csv::StringRecord, column: &str) -> &'r str {
        self.columns
            .get(column)
            .and_then(|&i| record.get(i))
            .map_or("", str::trim)
    }
}

// ---------------------------------------------------------------------------
// System facts, read back from the store

#[derive(Debug, Default)]
struct SystemArticle {
    posts: Vec<SystemPost>,
    ranks: Vec<FactRank>,
    events: Vec<FactEvent>,
}

#[derive(Debug)]
struct SystemPost {
    person: String,
    role: String,
    /// Preferred label first, then the alternative labels.
    orgs: Vec<String>,
    status: String,
    evidence: String,
}

struct System {
    articles: HashMap<String, SystemArticle>,
}

/// Text as the gold files are compared: NFC.
fn nfc(s: &str) -> String {
    s.nfc().collect()
}

impl System {
    /// The facts of the articles `wanted`, read through `read`: the
    /// memberships (each with the preferred label of its role and every
    /// label of its organization in the merged graph), the ranks and the
    /// events of each article.
    fn read(store: &Store, wanted: &HashSet<&str>) -> Result<System> {
        let mut articles: HashMap<String, SystemArticle> = HashMap::new();

        let mut memberships: Vec<Membership> =
            read::memberships::memberships(store, &PostFilter::default())?
                .into_iter()
                .filter(|m| wanted.contains(m.article.as_str()))
                .collect();
        memberships.sort_by(|a, b| a.node.cmp(&b.node));
        let mut labels: HashMap<String, (Vec<String>, Vec<String>)> = HashMap::new();
        let mut labels_of = |iri: &str| -> Result<(Vec<String>, Vec<String>)> {
            if let Some(found) = labels.get(iri) {
                return Ok(found.clone());
            }
            let found = read::names::labels(store, iri)?;
            labels.insert(iri.to_owned(), found.clone());
            Ok(found)
        };
        for m in memberships {
            let role = labels_of(&m.role)?.0.iter().map(|l| nfc(l)).min();
            let (pref, alt) = labels_of(&m.org)?;
            let pref: BTreeSet<String> = pref.iter().map(|l| nfc(l)).collect();
            let alt: BTreeSet<String> = alt.iter().map(|l| nfc(l)).collect();
            let mut orgs: Vec<String> = pref.iter().cloned().collect();
            orgs.extend(alt.difference(&pref).cloned());
            articles
                .entry(m.article)
                .or_default()
                .posts
                .push(SystemPost {
                    person: nfc(&m.name),
                    role: role.unwrap_or_default(),
                    orgs,
                    status: m.status.as_str().to_owned(),
                    evidence: nfc(&m.evidence),
                });
        }

        for rank in read::ranks::ranks(store)? {
            if wanted.contains(rank.article.as_str()) {
                articles
                    .entry(rank.article)
                    .or_default()
                    .ranks
                    .push(FactRank {
                        person: nfc(&rank.name),
                        rank: nfc(&rank.rank),
                        evidence: String::new(),
                    });
            }
        }

        let mut events: Vec<EventRow> = read::events::events(store, &EventFilter::default())?
            .into_iter()
            .filter(|e| wanted.contains(e.article.as_str()))
            .collect();
        events.sort_by(|a, b| (&a.node, a.kind.as_str()).cmp(&(&b.node, b.kind.as_str())));
        for event in events {
            let mut participants: Vec<(&str, String)> = event
                .participants
                .iter()
                .map(|p| (p.iri.as_str(), nfc(&p.name)))
                .collect();
            participants.sort();
            articles
                .entry(event.article.clone())
                .or_default()
                .events
                .push(FactEvent {
                    kind: event.kind.as_str().to_owned(),
                    date: nfc(&event.date),
                    participants: participants.into_iter().map(|(_, name)| name).collect(),
                    evidence: nfc(&event.evidence),
                });
        }

        // Ranks have no evidence of their own in the contract: borrow a
        // sentence of the same article that names the person and the rank.
        for article in articles.values_mut() {
            let sentences: Vec<&str> = article
                .posts
                .iter()
                .map(|p| p.evidence.as_str())
                .chain(article.events.iter().map(|e| e.evidence.as_str()))
                .collect();
            let keyed: Vec<String> = sentences.iter().map(|s| match_text(s)).collect();
            for rank in &mut article.ranks {
                let (person, title) = (match_text(&rank.person), match_text(&rank.rank));
                if let Some(i) = keyed
                    .iter()
                    .position(|s| s.contains(&person) && s.contains(&title))
                {
                    rank.evidence = sentences[i].to_string();
                }
            }
        }
        Ok(System { articles })
    }
}

// ---------------------------------------------------------------------------
// Scoring

fn evidence_note(label: &str, evidence: &str) -> String {
    if evidence.trim().is_empty() {
        String::new()
    } else {
        let one_line = evidence.split_whitespace().collect::<Vec<_>>().join(" ");
        format!(" — {label}: \"{one_line}\"")
    }
}

/// Pairs system facts with gold facts one to one: only facts of equal key
/// may pair, and each key's group takes the assignment of greatest total
/// weight, `weights(rows, cols)` giving one row per system fact and one
/// column per gold fact of the group. Returns each system fact's gold
/// partner and which gold facts were paired.
fn pair_by_key<K: Ord>(
    sys_keys: &[K],
    gold_keys: &[K],
    weights: impl Fn(&[usize], &[usize]) -> Vec<Vec<i64>>,
) -> (Vec<Option<usize>>, Vec<bool>) {
    let mut groups: BTreeMap<&K, (Vec<usize>, Vec<usize>)> = BTreeMap::new();
    for (i, k) in sys_keys.iter().enumerate() {
        groups.entry(k).or_default().0.push(i);
    }
    for (j, k) in gold_keys.iter().enumerate() {
        groups.entry(k).or_default().1.push(j);
    }
    let mut sys_match: Vec<Option<usize>> = vec![None; sys_keys.len()];
    let mut gold_matched = vec![false; gold_keys.len()];
    for (rows, cols) in groups.values() {
        for (r, c) in assign(&weights(rows, cols)).into_iter().enumerate() {
            if let Some(c) = c {
                sys_match[rows[r]] = Some(cols[c]);
                gold_matched[cols[c]] = true;
            }
        }
    }
    (sys_match, gold_matched)
}

/// A post's matching keys: person, role, and every organization label.
struct PostKey {
    person: String,
    role: String,
    orgs: BTreeSet<String>,
}

impl PostKey {
    fn new<'a>(person: &str, role: &str, orgs: impl IntoIterator<Item = &'a String>) -> PostKey {
        PostKey {
            person: match_text(person),
            role: match_org(role),
            orgs: orgs.into_iter().map(|o| match_org(o)).collect(),
        }
    }
}

fn score_posts(report: &mut Report, s: &SystemArticle, g: &GoldArticle, lines: &mut Vec<String>) {
    let sys_keys: Vec<PostKey> = s
        .posts
        .iter()
        .map(|p| PostKey::new(&p.person, &p.role, &p.orgs))
        .collect();
    let gold_keys: Vec<PostKey> = g
        .posts
        .iter()
        .map(|p| PostKey::new(&p.person, &p.role, &p.orgs))
        .collect();

    // Posts: one-to-one within each (person, role) group.
    let person_role = |keys: &[PostKey]| -> Vec<(String, String)> {
        keys.iter()
            .map(|k| (k.person.clone(), k.role.clone()))
            .collect()
    };
    let (sys_match, gold_matched) = pair_by_key(
        &person_role(&sys_keys),
        &person_role(&gold_keys),
        |rows, cols| {
            let big = rows.len().min(cols.len()) as i64 + 1;
            rows.iter()
                .map(|&i| {
                    cols.iter()
                        .map(|&j| {
                            if sys_keys[i].orgs.is_disjoint(&gold_keys[j].orgs) {
                                0
                            } else {
                                big + i64::from(s.posts[i].status == g.posts[j].status)
                            }
                        })
                        .collect()
                })
                .collect()
        },
    );
    let matched = sys_match.iter().flatten().count();
    report.posts.add(matched, s.posts.len(), g.posts.len());
    for (i, m) in sys_match.iter().enumerate() {
        let p = &s.posts[i];
        match m {
            None => lines.push(format!(
                "spurious post: {} | {} | {} [{}]{}",
                p.person,
                p.role,
                p.orgs.first().map_or("", String::as_str),
                p.status,
                evidence_note("evidence", &p.evidence)
            )),
            Some(j) => {
                report.status.total += 1;
                let gp = &g.posts[*j];
                if p.status == gp.status {
                    report.status.correct += 1;
                } else {
                    lines.push(format!(
                        "wrong status: {} | {} | {}: system {}, gold {}{}",
                        gp.person,
                        gp.role,
                        gp.orgs.join(" | "),
                        display_or_none(&p.status),
                        gp.status,
                        evidence_note("evidence", &p.evidence)
                    ));
                }
            }
        }
    }
    for (j, gp) in g.posts.iter().enumerate() {
        if !gold_matched[j] {
            lines.push(format!(
                "missed post: {} | {} | {} [{}]{}",
                gp.person,
                gp.role,
                gp.orgs.join(" | "),
                gp.status,
                evidence_note("gold evidence", &gp.evidence)
            ));
        }
    }

    // Person+role: multiset intersection.
    let pr = |keys: &[PostKey]| -> Vec<(String, String)> {
        keys.iter()
            .map(|k| (k.person.clone(), k.role.clone()))
            .collect()
    };
    let (sys_pr, gold_pr) = (pr(&sys_keys), pr(&gold_keys));
    report.person_role.add(
        multiset_common(&sys_pr, &gold_pr),
        sys_pr.len(),
        gold_pr.len(),
    );

    // Persons: sets of names.
    let sys_persons: BTreeSet<&str> = sys_keys.iter().map(|k| k.person.as_str()).collect();
    let gold_persons: BTreeSet<&str> = gold_keys.iter().map(|k| k.person.as_str()).collect();
    let common = sys_persons.intersection(&gold_persons).count();
    report
        .persons
        .add(common, sys_persons.len(), gold_persons.len());
}

fn display_or_none(s: &str) -> &str {
    if s.is_empty() {
        "(none)"
    } else {
        s
    }
}

fn score_ranks(report: &mut Report, s: &SystemArticle, g: &GoldArticle, lines: &mut Vec<String>) {
    let key = |r: &FactRank| (match_text(&r.person), match_text(&r.rank));
    let sys: Vec<(String, String)> = s.ranks.iter().map(key).collect();
    let gold: Vec<(String, String)> = g.ranks.iter().map(key).collect();
    report
        .ranks
        .add(multiset_common(&sys, &gold), sys.len(), gold.len());
    let mut gold_left = counts(&gold);
    let mut sys_left = counts(&sys);
    for (r, k) in s.ranks.iter().zip(&sys) {
        if !take(&mut gold_left, k) {
            lines.push(format!(
                "spurious rank: {} | {}{}",
                r.person,
                r.rank,
                evidence_note("evidence", &r.evidence)
            ));
        }
    }
    for (r, k) in g.ranks.iter().zip(&gold) {
        if !take(&mut sys_left, k) {
            lines.push(format!("missed rank: {} | {}", r.person, r.rank));
        }
    }
}

fn score_events(report: &mut Report, s: &SystemArticle, g: &GoldArticle, lines: &mut Vec<String>) {
    let names = |e: &FactEvent| -> BTreeSet<String> {
        e.participants.iter().map(|p| match_text(p)).collect()
    };
    let sys_names: Vec<BTreeSet<String>> = s.events.iter().map(names).collect();
    let gold_names: Vec<BTreeSet<String>> = g.events.iter().map(names).collect();
    let date = |d: &str| d.trim().to_string();

    let kinds = |events: &[FactEvent]| -> Vec<String> {
        events.iter().map(|e| e.kind.to_lowercase()).collect()
    };
    let (sys_match, gold_matched) =
        pair_by_key(&kinds(&s.events), &kinds(&g.events), |rows, cols| {
            let people: usize = rows.iter().map(|&i| sys_names[i].len()).sum::<usize>()
                + cols.iter().map(|&j| gold_names[j].len()).sum::<usize>();
            let date_weight = people as i64 + 1;
            let pair_weight = (rows.len().min(cols.len()) as i64 + 1) * date_weight;
            rows.iter()
                .map(|&i| {
                    cols.iter()
                        .map(|&j| {
                            let same_date = date(&s.events[i].date) == date(&g.events[j].date);
                            let shared = sys_names[i].intersection(&gold_names[j]).count();
                            pair_weight + i64::from(same_date) * date_weight + shared as i64
                        })
                        .collect()
                })
                .collect()
        });

    let pairs = sys_match.iter().flatten().count();
    report
        .event_types
        .add(pairs, s.events.len(), g.events.len());
    let mut dated = 0;
    let mut shared_total = 0;
    for (i, m) in sys_match.iter().enumerate() {
        let e = &s.events[i];
        let Some(j) = *m else {
            lines.push(format!(
                "spurious event: {} {} ({}){}",
                e.kind,
                display_or_none(&e.date),
                e.participants.join("; "),
                evidence_note("evidence", &e.evidence)
            ));
            continue;
        };
        let ge = &g.events[j];
        if date(&e.date) == date(&ge.date) {
            dated += 1;
        } else {
            lines.push(format!(
                "wrong date: {}: system {}, gold {}{}",
                ge.kind,
                display_or_none(&e.date),
                display_or_none(&ge.date),
                evidence_note("evidence", &e.evidence)
            ));
        }
        shared_total += sys_names[i].intersection(&gold_names[j]).count();
        for p in &e.participants {
            if !gold_names[j].contains(&match_text(p)) {
                lines.push(format!(
                    "spurious participant: {} {}: {}{}",
                    ge.kind,
                    display_or_none(&ge.date),
                    p,
                    evidence_note("evidence", &e.evidence)
                ));
            }
        }
        for p in &ge.participants {
            if !sys_names[i].contains(&match_text(p)) {
                lines.push(format!(
                    "missed participant: {} {}: {}",
                    ge.kind,
                    display_or_none(&ge.date),
                    p
                ));
            }
        }
    }
    for (j, ge) in g.events.iter().enumerate() {
        if !gold_matched[j] {
            lines.push(format!(
                "missed event: {} {} ({})",
                ge.kind,
                display_or_none(&ge.date),
                ge.participants.join("; ")
            ));
        }
    }
    report
        .event_dates
        .add(dated, s.events.len(), g.events.len());
    let sys_people: usize = sys_names.iter().map(BTreeSet::len).sum();
    let gold_people: usize = gold_names.iter().map(BTreeSet::len).sum();
    report
        .participants
        .add(shared_total, sys_people, gold_people);
}

fn counts<T: Ord + Clone>(items: &[T]) -> BTreeMap<T, usize> {
    let mut map = BTreeMap::new();
    for item in items {
        *map.entry(item.clone()).or_insert(0) += 1;
    }
    map
}

/// Takes one `key` out of a multiset; false when none is left.
fn take<T: Ord>(left: &mut BTreeMap<T, usize>, key: &T) -> bool {
    match left.get_mut(key) {
        Some(n) if *n > 0 => {
            *n -= 1;
            true
        }
        _ => false,
    }
}

fn multiset_common<T: Ord + Clone>(a: &[T], b: &[T]) -> usize {
    let mut left = counts(b);
    a.iter().filter(|x| take(&mut left, x)).count()
}

/// Maximum-weight assignment of rows to columns (Hungarian algorithm on the
/// square matrix padded with zeros). Returns each row's column; pairs of
/// weight ≤ 0 are left unassigned.
fn assign(weights: &[Vec<i64>]) -> Vec<Option<usize>> {
    let n = weights.len();
    let m = weights.first().map_or(0, Vec::len);
    let mut result = vec![None; n];
    if n == 0 || m == 0 {
        return result;
    }
    let size = n.max(m);
    let max = weights.iter().flatten().copied().max().unwrap_or(0).max(0);
    let cost = |i: usize, j: usize| -> i64 {
        if i < n && j < m {
            max - weights[i][j].max(0)
        } else {
            max
        }
    };
    // Potentials and the column → row matching, 1-based with 0 as sentinel.
    let mut u = vec![0i64; size + 1];
    let mut v = vec![0i64; size + 1];
    let mut row_of = vec![0usize; size + 1];
    let mut way = vec![0usize; size + 1];
    for i in 1..=size {
        row_of[0] = i;
        let mut j0 = 0;
        let mut min_v = vec![i64::MAX; size + 1];
        let mut used = vec![false; size + 1];
        loop {
            used[j0] = true;
            let i0 = row_of[j0];
            let mut delta = i64::MAX;
            let mut j1 = 0;
            for j in 1..=size {
                if !used[j] {
                    let cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
                    if cur < min_v[j] {
                        min_v[j] = cur;
                        way[j] = j0;
                    }
                    if min_v[j] < delta {
                        delta = min_v[j];
                        j1 = j;
                    }
                }
            }
            for j in 0..=size {
                if used[j] {
                    u[row_of[j]] += delta;
                    v[j] -= delta;
                } else {
                    min_v[j] -= delta;
                }
            }
            j0 = j1;
            if row_of[j0] == 0 {
                break;
            }
        }
        loop {
            let j1 = way[j0];
            row_of[j0] = row_of[j1];
            j0 = j1;
            if j0 == 0 {
                break;
            }
        }
    }
    for j in 1..=m {
        let i = row_of[j];
        if (1..=n).contains(&i) && weights[i - 1][j - 1] > 0 {
            result[i - 1] = Some(j - 1);
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::io::RdfFormat;

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
