/*!
The knowledge the extractor uses, loaded from the tables under `data/`.

Role words, organization heads and names, administrative units, provinces,
surnames, ranks, honorifics, status cues, event triggers and the cue words
around them are category knowledge of Vietnamese news style, not code: each
is a TSV file embedded in the binary and replaceable by a file of the same
name in a directory the user names (`vnkg --data DIR`). This module parses
them and builds the lexicons ([`Lexicon`]) the mention finder matches
against, token by token.

This file holds the [`Gazetteer`] and its loading; `entries` the kinds of
entries its tables hold (roles, heads, provinces, cues...), `lexicon` the
multi-word tables they are matched with.
*/

mod entries;
mod lexicon;

pub use entries::*;
use lexicon::Indexed;
pub use lexicon::{Lexicon, Vocabulary};

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use rustc_hash::{FxHashMap, FxHashSet};
use std::path::Path;

use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::extract::normalize::{key, normalize};
use crate::extract::syllables::is_vietnamese_syllable;
use crate::extract::tokens::{tokenize, Token, WordId};
use crate::{Error, EventType, Result};

#[derive(Debug, Clone, Deserialize)]
struct RankRow {
    surface: String,
    rank: String,
}

/// The entries of a word list (`*.txt`): its lines, trimmed, without blank
/// lines and `#` comments.
fn entries(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

#[derive(Debug, Clone, Deserialize)]
struct HonorificRow {
    surface: String,
    kind: HonorificKind,
}

fn de_status<'de, D: serde::Deserializer<'de>>(d: D) -> Result<crate::Status, D::Error> {
    let s = String::deserialize(d)?;
    crate::Status::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("unknown status {s}")))
}

/// A `yes` column (empty: no).
fn de_yes<'de, D: serde::Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    match String::deserialize(d)?.trim() {
        "yes" => Ok(true),
        "" | "no" => Ok(false),
        s => Err(serde::de::Error::custom(format!(
            "expected yes or no, found {s}"
        ))),
    }
}

#[derive(Debug, Clone, Deserialize)]
struct AbbreviationRow {
    surface: String,
    expansion: String,
}

#[derive(Debug, Clone, Deserialize)]
struct TriggerRow {
    surface: String,
    #[serde(rename = "type")]
    kind: String,
}

#[derive(Debug, Clone, Deserialize)]
struct EventCueRow {
    surface: String,
    cue: String,
    #[serde(rename = "type", default)]
    kind: Option<String>,
}

/// Every table of `data/`, parsed and indexed.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    /// A digest of the tables' text: what was derived with other tables
    /// (a cache of tenures) is derived again.
    pub fingerprint: String,
    /// Role, rank and event words and the heads of bodies, to pass over
    /// sentences with none of them quickly (most sentences of most news).
    pub political: Option<AhoCorasick>,
    pub provinces: Vec<Province>,
    /// Province names and variants → index into `provinces`.
    pub places: Lexicon<usize>,
    /// The names of district-level units (`Sơn Trà`, `Uông Bí`).
    pub districts: Lexicon<()>,
    pub roles: Lexicon<RoleEntry>,
    pub org_heads: Lexicon<OrgHead>,
    /// Canonical head → names that follow it.
    pub org_names: HashMap<String, Lexicon<OrgName>>,
    pub units: Lexicon<Unit>,
    /// Canonical unit word → the head of its party committee.
    pub unit_committees: HashMap<String, String>,
    /// Family names, normalized, capitalized as written.
    pub surnames: FxHashSet<String>,
    /// Family and middle names of Vietnamese names that Chinese names read
    /// in Vietnamese seldom carry (`Nguyễn`; `Văn`), normalized.
    pub home_families: FxHashSet<String>,
    pub home_middles: FxHashSet<String>,
    /// The canonical roles of posts only other countries have (roles.tsv
    /// `abroad`).
    pub abroad_roles: FxHashSet<String>,
    /// Canonical role → the body it names in another country (roles.tsv
    /// `country_org`).
    pub country_orgs: HashMap<String, String>,
    /// Roles that name a body only of a country, none at home (`Đại sứ` →
    /// `Đại sứ quán`): whoever holds one serves a state.
    pub country_roles: FxHashSet<String>,
    pub ranks: Lexicon<String>,
    pub honorifics: Lexicon<HonorificKind>,
    pub cues: Lexicon<Cue>,
    /// Event words; `None` for phrases that hold one but report no event
    /// (`nghị quyết đại hội`, `kỷ niệm chương`), which win as the longer match.
    pub event_triggers: Lexicon<Option<EventType>>,
    pub part_cues: Lexicon<PartCue>,
    /// Words around event triggers: context, plans, background, date words.
    pub event_cues: Lexicon<EventCue>,
    /// Words that may stand inside a list of posts without ending it.
    pub fillers: Lexicon<()>,
    /// Words that start a predicate or a phrase of its own: a name written
    /// in lower case ends before them.
    pub clause_words: Lexicon<()>,
    /// Words of two syllables one of which is a clause word on its own
    /// (`thiết bị`, `sáng tạo`): no end of a name.
    pub compound_words: Lexicon<()>,
    /// Nouns that name a post (`chức vụ`, `vị trí`): after a career cue,
    /// words holding one lead on to the list of titles.
    pub post_nouns: Lexicon<()>,
    /// Words before a title that make it another person's (`cố vấn
    /// Tổng thống A`: A is the adviser).
    pub relation_words: Lexicon<()>,
    /// Words for a person of the same office in another country
    /// (`người đồng cấp Hà Lan B`: B holds the title named before).
    pub counterpart_words: Lexicon<()>,
    /// Foreign words that name places and businesses (`Plaza`, `Tower`,
    /// `Group`): a run of foreign words holding one is no person's name.
    pub foreign_name_nouns: Lexicon<()>,
    /// Lower-case words inside foreign names (`bin`, `von`, `de`).
    pub name_particles: Lexicon<()>,
    /// Words that count the holders of the title after them (`hai`, `các`).
    pub plural_words: Lexicon<()>,
    /// Words that place a sentence now or in another era (`hiện tại`,
    /// `dưới thời`): a list of holders it opens is no news of posts taken.
    pub now_words: Lexicon<()>,
    /// Words that tell a post filled by a vote or its approval (`được
    /// bầu`, `phê chuẩn`): its holder's lesser post stays held.
    pub vote_words: Lexicon<()>,
    /// Words that open a sentence told of an earlier time (`Trước đó,`):
    /// what it says someone is or does as a post is a past one.
    pub earlier_openers: Lexicon<()>,
    /// Abbreviations inside organization names (`CP` → `Cổ phần`), by key.
    pub abbreviations: HashMap<String, String>,
    /// The same written out (`Cổ phần`, `Trách nhiệm hữu hạn`).
    pub spelled_abbreviations: Lexicon<()>,
    /// National bodies by full name, with the short name that stands for it
    /// (`Bộ Lao động - Thương binh và Xã hội` → `Bộ Lao động`): another
    /// country's ministry is called by the words written.
    pub short_names: HashMap<String, String>,
    /// Countries other than Viet Nam, as written.
    pub countries: Lexicon<String>,
    /// Bodies of many countries (`Liên Hợp Quốc`), as keys: a body whose
    /// name holds one takes no country.
    pub world_bodies: Vec<String>,
    /// The same bodies' canonical names, by key.
    pub world_body_names: HashMap<String, String>,
    /// The departments of a district's People's Committee (`Nội vụ`, `Tài
    /// nguyên và Môi trường`), as [`department_key`]s.
    pub district_departments: FxHashSet<String>,
    /// Titles that open a foreign name (`U`, `Samdech`), in lower case.
    pub name_titles: FxHashSet<String>,
    /// The party that rules a country (`Trung Quốc` → `Đảng Cộng sản Trung
    /// Quốc`), by the country's name as bodies carry it.
    pub parties: HashMap<String, String>,
    /// The party at home (`Đảng Cộng sản Việt Nam`): its central bodies are
    /// named without it.
    pub home_party: Option<String>,
    /// Posts that imply another post.
    pub implications: Vec<Implication>,
    /// Lesser role key → the role keys that end it when taken in the same
    /// organization (`phó chủ tịch` → `chủ tịch`).
    pub promotions: HashMap<String, Vec<String>>,
    /// A national body's name → its numbered terms and the year each began
    /// (`terms.tsv`), in order.
    pub terms: FxHashMap<String, Vec<(u32, i32)>>,
    /// Foreign officials the news names often → their country
    /// (`foreign_people.tsv`), by [`person_key`].
    pub foreign_people: HashMap<String, String>,
    /// Heads of state, government, party and parliament → their terms in
    /// office (`leaders.tsv`), by [`person_key`].
    pub leaders: HashMap<String, Vec<LeaderTerm>>,
    /// The same names as written, for finding them in text: a person's
    /// name wherever it stands (`Chủ tịch Tập Cận Bình`, `Tổng Thư ký Ban
    /// Ki - moon`).
    pub foreign_names: Lexicon<()>,
    /// The first words of all lexicons above, by which tokens find their
    /// entries (see [`Gazetteer::annotate`]).
    pub vocabulary: Vocabulary,
}

/// A row of `foreign_people.tsv`.
#[derive(Debug, Clone, Deserialize)]
struct ForeignPersonRow {
    name: String,
    country: String,
}

/// A term in office of a head of state, government, party or parliament
/// (a row of `leaders.tsv`): the post as the extractor writes it and its
/// years; `to` is `None` while in office.
#[derive(Debug, Clone)]
pub struct LeaderTerm {
    pub role: String,
    pub body: String,
    pub from: i32,
    pub to: Option<i32>,
}

/// A row of `leaders.tsv`.
#[derive(Debug, Clone, Deserialize)]
struct LeaderRow {
    name: String,
    role: String,
    body: String,
    from: i32,
    to: Option<i32>,
}

/// A row of `promotions.tsv`.
#[derive(Debug, Clone, Deserialize)]
struct PromotionRow {
    lower: String,
    higher: String,
}

/// A row of `terms.tsv`.
#[derive(Debug, Clone, Deserialize)]
struct TermRow {
    bodies: String,
    term: u32,
    start: i32,
}

/// A row of `districts.tsv`: a district-level unit.
#[derive(Debug, Clone, Deserialize)]
struct DistrictRow {
    name: String,
}

/// A row of `parties.tsv`: the party that rules a country.
#[derive(Debug, Clone, Deserialize)]
struct PartyRow {
    country: String,
    party: String,
    /// `yes` for the party at home.
    #[serde(default)]
    home: String,
}

/// A row of `home_names.tsv`: a family or middle name of Vietnamese names.
#[derive(Debug, Clone, Deserialize)]
struct HomeName {
    kind: String,
    word: String,
}

/// The file names under `data/`, with their embedded contents.
pub const FILES: [(&str, &str); 37] = [
    ("provinces.tsv", include_str!("../../../data/provinces.tsv")),
    ("districts.tsv", include_str!("../../../data/districts.tsv")),
    ("roles.tsv", include_str!("../../../data/roles.tsv")),
    ("org_heads.tsv", include_str!("../../../data/org_heads.tsv")),
    ("org_names.tsv", include_str!("../../../data/org_names.tsv")),
    ("units.tsv", include_str!("../../../data/units.tsv")),
    ("surnames.txt", include_str!("../../../data/surnames.txt")),
    (
        "home_names.tsv",
        include_str!("../../../data/home_names.tsv"),
    ),
    ("ranks.tsv", include_str!("../../../data/ranks.tsv")),
    (
        "honorifics.tsv",
        include_str!("../../../data/honorifics.tsv"),
    ),
    ("cues.tsv", include_str!("../../../data/cues.tsv")),
    (
        "event_triggers.tsv",
        include_str!("../../../data/event_triggers.tsv"),
    ),
    (
        "event_parts.tsv",
        include_str!("../../../data/event_parts.tsv"),
    ),
    (
        "event_cues.tsv",
        include_str!("../../../data/event_cues.tsv"),
    ),
    ("fillers.txt", include_str!("../../../data/fillers.txt")),
    (
        "clause_words.txt",
        include_str!("../../../data/clause_words.txt"),
    ),
    (
        "compound_words.txt",
        include_str!("../../../data/compound_words.txt"),
    ),
    (
        "post_nouns.txt",
        include_str!("../../../data/post_nouns.txt"),
    ),
    (
        "relation_words.txt",
        include_str!("../../../data/relation_words.txt"),
    ),
    (
        "counterpart_words.txt",
        include_str!("../../../data/counterpart_words.txt"),
    ),
    (
        "plural_words.txt",
        include_str!("../../../data/plural_words.txt"),
    ),
    ("now_words.txt", include_str!("../../../data/now_words.txt")),
    (
        "vote_words.txt",
        include_str!("../../../data/vote_words.txt"),
    ),
    (
        "earlier_openers.txt",
        include_str!("../../../data/earlier_openers.txt"),
    ),
    (
        "foreign_name_nouns.txt",
        include_str!("../../../data/foreign_name_nouns.txt"),
    ),
    (
        "name_particles.txt",
        include_str!("../../../data/name_particles.txt"),
    ),
    (
        "abbreviations.tsv",
        include_str!("../../../data/abbreviations.tsv"),
    ),
    ("countries.txt", include_str!("../../../data/countries.txt")),
    ("parties.tsv", include_str!("../../../data/parties.tsv")),
    (
        "world_bodies.txt",
        include_str!("../../../data/world_bodies.txt"),
    ),
    (
        "district_departments.txt",
        include_str!("../../../data/district_departments.txt"),
    ),
    (
        "name_titles.txt",
        include_str!("../../../data/name_titles.txt"),
    ),
    (
        "implications.tsv",
        include_str!("../../../data/implications.tsv"),
    ),
    (
        "promotions.tsv",
        include_str!("../../../data/promotions.tsv"),
    ),
    (
        "foreign_people.tsv",
        include_str!("../../../data/foreign_people.tsv"),
    ),
    ("terms.tsv", include_str!("../../../data/terms.tsv")),
    ("leaders.tsv", include_str!("../../../data/leaders.tsv")),
];

impl Gazetteer {
    /// The organization head a written name opens with (`Bộ Khoa học Lào`
    /// → `Bộ`), and whether the head is the whole name (`Đảng`).
    pub(crate) fn head_of(&self, name: &str) -> Option<(&OrgHead, bool)> {
        let toks = tokenize(&key(name));
        self.org_heads
            .longest(&toks, 0)
            .map(|(n, h)| (h, n == toks.len()))
    }

    /// Whether a name is surely a Vietnamese's: three or more Vietnamese
    /// syllables, with a family or middle name that Chinese names read in
    /// Vietnamese seldom carry (`home_names.tsv`: `Nguyễn Xuân Phúc`, `Trần Văn
    /// Nam`; not `Phạm Trường Long`, `Thái Anh Văn`).
    pub(crate) fn surely_vietnamese(&self, name: &str) -> bool {
        let words: Vec<&str> = name.split(' ').collect();
        words.len() >= 3
            && words.iter().all(|w| is_vietnamese_syllable(w))
            && (self.home_families.contains(words[0])
                || words[1..words.len() - 1]
                    .iter()
                    .any(|w| self.home_middles.contains(*w)))
    }

    /// The heads (`|`-separated) of the body a bare `role` means, if the
    /// roles table gives one (`Bộ trưởng` → `Bộ`).
    pub fn role_body_heads(&self, role: &str) -> Option<&str> {
        self.role_column(role, |r| &r.body)
    }

    /// The head of the unit a role word names with it (`Trưởng phòng` →
    /// `Phòng`), if any.
    pub fn role_head(&self, role: &str) -> Option<&str> {
        self.role_column(role, |r| &r.head)
    }

    /// A column of the roles table for `role`, where a row of it fills
    /// that column. Rare: a linear scan. (An acting post's are its post's:
    /// `Quyền Tổng Giám đốc`.)
    fn role_column(&self, role: &str, column: impl Fn(&RoleEntry) -> &String) -> Option<&str> {
        let role = role.strip_prefix(ACTING).unwrap_or(role);
        self.roles
            .values()
            .find(|r| r.role == role && !column(r).is_empty())
            .map(|r| column(r).as_str())
    }

    /// The head of the party committee of a unit: by its unit word when
    /// written (`quận` → `Quận ủy`, `xã` → `Đảng ủy`), else by its level.
    pub fn committee_of(&self, unit: Option<&str>, level: Level) -> &str {
        match unit.and_then(|u| self.unit_committees.get(u)) {
            Some(head) => head,
            None => match level {
                Level::City => "Thành ủy",
                Level::District => "Huyện ủy",
                Level::Commune => "Đảng ủy",
                Level::Province | Level::Any => "Tỉnh ủy",
            },
        }
    }

    /// The tables embedded in the binary. They are tested, so this cannot fail.
    pub fn embedded() -> Gazetteer {
        Gazetteer::load(None).expect("embedded gazetteers are valid")
    }

    /// The embedded tables, each replaced by the file of the same name in
    /// `dir` when there is one.
    pub fn load(dir: Option<&Path>) -> Result<Gazetteer> {
        let mut texts: HashMap<&str, (String, String)> = HashMap::new();
        for (name, embedded) in FILES {
            let over = dir.map(|d| d.join(name)).filter(|p| p.is_file());
            let (origin, text) = match over {
                Some(path) => {
                    let text = std::fs::read_to_string(&path).map_err(|source| Error::Io {
                        path: path.clone(),
                        source,
                    })?;
                    (path.display().to_string(), text)
                }
                None => (format!("data/{name} (embedded)"), embedded.to_string()),
            };
            texts.insert(name, (origin, text));
        }
        let table = |name: &str| texts.get(name).expect("known file");
        let mut g = Gazetteer::default();
        let mut names: Vec<&&str> = texts.keys().collect();
        names.sort();
        let parts: Vec<&str> = names.iter().map(|n| texts[**n].1.as_str()).collect();
        g.fingerprint = crate::model::hash(&parts, 16);

        let (o, t) = table("provinces.tsv");
        g.provinces = read_tsv::<Province>(o, t)?;
        for (i, p) in g.provinces.iter().enumerate() {
            g.places.insert(&p.name, i);
            for v in p
                .variants
                .split('|')
                .map(str::trim)
                .filter(|v| !v.is_empty())
            {
                g.places.insert(v, i);
            }
        }
        let (o, t) = table("roles.tsv");
        for r in read_tsv::<RoleEntry>(o, t)? {
            if r.abroad.trim() == "yes" {
                g.abroad_roles.insert(r.role.clone());
            }
            if !r.country_org.is_empty()
                && [&r.org, &r.head, &r.locality_org, &r.body]
                    .iter()
                    .all(|c| c.is_empty())
            {
                g.country_roles.insert(r.role.clone());
            }
            if !r.country_org.is_empty() {
                g.country_orgs
                    .insert(r.role.clone(), r.country_org.trim().to_string());
            }
            g.roles.insert(&r.surface.clone(), r);
        }
        let (o, t) = table("org_heads.tsv");
        // A sentence that names a body and no title still tells which body
        // a bare title after it means (`Công ty X (DQC) vừa công bố ... Bà
        // A, Phó Tổng giám đốc, cho biết`), and spells out its acronyms.
        let mut body_words: Vec<String> = Vec::new();
        for h in read_tsv::<OrgHead>(o, t)? {
            let k = key(&h.surface);
            if k.contains(' ') || k.chars().count() >= 4 {
                body_words.push(k);
            }
            if let Some(short) = written_short_home(&h.surface) {
                g.org_heads.insert(&short, h.clone());
            }
            g.org_heads.insert(&h.surface.clone(), h);
        }
        let (o, t) = table("org_names.tsv");
        for mut n in read_tsv::<OrgName>(o, t)? {
            n.short_form = n.writes_short();
            if n.is_national() && n.short_form {
                let full = format!("{} {}", n.head, n.canonical);
                let mut short = n.surface.trim().to_string();
                if let Some(c) = short.chars().next() {
                    short.replace_range(..c.len_utf8(), &c.to_uppercase().to_string());
                }
                let short = format!("{} {short}", n.head);
                let kept = g.short_names.entry(full).or_insert_with(|| short.clone());
                if short.len() < kept.len() {
                    *kept = short;
                }
            }
            // (`Bộ Giáo dục và Đào tạo vừa công bố ...`: a national body
            // whose head is too short a word to look for alone.)
            if n.is_national() {
                body_words.push(key(&format!("{} {}", n.head, n.surface)));
            }
            let names = g.org_names.entry(n.head.clone()).or_default();
            for surface in joiner_variants(&n.surface) {
                if let Some(short) = written_short_home(&surface) {
                    names.insert(&short, n.clone());
                }
                names.insert(&surface, n.clone());
            }
        }
        let (o, t) = table("units.tsv");
        for u in read_tsv::<Unit>(o, t)? {
            g.unit_committees
                .insert(u.unit.clone(), u.committee.clone());
            g.units.insert(&u.surface.clone(), u);
        }
        let (_, t) = table("surnames.txt");
        g.surnames = entries(t).map(normalize).collect();
        let (o, t) = table("districts.tsv");
        for d in read_tsv::<DistrictRow>(o, t)? {
            g.districts.insert(&d.name, ());
        }
        let (o, t) = table("home_names.tsv");
        for h in read_tsv::<HomeName>(o, t)? {
            let word = normalize(h.word.trim());
            match h.kind.trim() {
                "family" => g.home_families.insert(word),
                _ => g.home_middles.insert(word),
            };
        }
        let (o, t) = table("ranks.tsv");
        for r in read_tsv::<RankRow>(o, t)? {
            g.ranks.insert(&r.surface, r.rank);
        }
        let (o, t) = table("honorifics.tsv");
        for h in read_tsv::<HonorificRow>(o, t)? {
            g.honorifics.insert(&h.surface, h.kind);
        }
        let (o, t) = table("cues.tsv");
        for c in read_tsv::<Cue>(o, t)? {
            g.cues.insert(&c.surface.clone(), c);
        }
        let (o, t) = table("event_triggers.tsv");
        for (line, r) in read_tsv::<TriggerRow>(o, t)?.into_iter().enumerate() {
            let kind = match r.kind.as_str() {
                "none" => None,
                other => Some(EventType::parse(other).ok_or_else(|| {
                    Error::Data(format!(
                        "{o}: row {}: unknown event type {}",
                        line + 1,
                        r.kind
                    ))
                })?),
            };
            g.event_triggers.insert(&r.surface, kind);
        }
        let (o, t) = table("event_parts.tsv");
        for p in read_tsv::<PartCue>(o, t)? {
            g.part_cues.insert(&p.surface.clone(), p);
        }
        let (o, t) = table("event_cues.tsv");
        // Triggers that need a title after them (`met`) tell the prefilter
        // nothing the title does not.
        let mut met: Vec<String> = Vec::new();
        for (line, r) in read_tsv::<EventCueRow>(o, t)?.into_iter().enumerate() {
            let bad = |what: &str, value: &str| {
                Error::Data(format!("{o}: row {}: unknown {what} {value}", line + 1))
            };
            let cue = EventCueKind::parse(&r.cue).ok_or_else(|| bad("cue", &r.cue))?;
            let kind = match r.kind.as_deref().unwrap_or("").trim() {
                "" => None,
                k => Some(EventType::parse(k).ok_or_else(|| bad("event type", k))?),
            };
            if cue == EventCueKind::Met {
                met.push(key(&r.surface));
            }
            g.event_cues.insert(&r.surface, EventCue { cue, kind });
        }
        let mut words: Vec<String> = body_words;
        for table in ["roles.tsv", "ranks.tsv", "event_triggers.tsv"] {
            let (_, t) = texts.get(table).expect("known file");
            words.extend(
                t.lines()
                    .skip_while(|l| l.starts_with('#'))
                    .skip(1)
                    .filter_map(|l| l.split('\t').next())
                    .map(key)
                    .filter(|w| !w.is_empty() && !met.contains(w)),
            );
        }
        // Only whether a sentence holds one matters: a word holding another
        // (`phó chủ tịch`, `chủ tịch`) adds nothing but states, and a
        // smaller automaton stays in the cache.
        words.sort();
        words.dedup();
        let words: Vec<String> = words
            .iter()
            .filter(|w| !words.iter().any(|o| o != *w && w.contains(o.as_str())))
            .cloned()
            .collect();
        // A DFA: one table step per byte of every sentence.
        g.political = Some(
            AhoCorasick::builder()
                .kind(Some(AhoCorasickKind::DFA))
                .build(&words)
                .map_err(|e| Error::Data(format!("political words: {e}")))?,
        );
        let (o, t) = table("abbreviations.tsv");
        for a in read_tsv::<AbbreviationRow>(o, t)? {
            g.spelled_abbreviations.insert(&a.expansion, ());
            g.abbreviations.insert(key(&a.surface), a.expansion);
        }
        let (o, t) = table("implications.tsv");
        g.implications = read_tsv::<Implication>(o, t)?;
        let (o, t) = table("promotions.tsv");
        for r in read_tsv::<PromotionRow>(o, t)? {
            g.promotions
                .entry(key(r.lower.trim()))
                .or_default()
                .push(key(r.higher.trim()));
        }
        let (o, t) = table("terms.tsv");
        for r in read_tsv::<TermRow>(o, t)? {
            for body in r.bodies.split('|') {
                g.terms
                    .entry(body.trim().to_string())
                    .or_default()
                    .push((r.term, r.start));
            }
        }
        for terms in g.terms.values_mut() {
            terms.sort_unstable();
        }
        let (o, t) = table("foreign_people.tsv");
        for r in read_tsv::<ForeignPersonRow>(o, t)? {
            g.foreign_names.insert(r.name.trim(), ());
            // (`Kim Jong - il`, `Moon Jae - in`: a Korean given name's last
            // syllable joined by a spaced hyphen.)
            if let Some((head, last)) = r.name.trim().rsplit_once(' ') {
                if head.contains(' ') {
                    g.foreign_names.insert(&format!("{head} - {last}"), ());
                }
            }
            g.foreign_people
                .insert(person_key(&r.name), normalize(r.country.trim()));
        }
        let (o, t) = table("leaders.tsv");
        for r in read_tsv::<LeaderRow>(o, t)? {
            g.leaders
                .entry(person_key(&r.name))
                .or_default()
                .push(LeaderTerm {
                    role: normalize(r.role.trim()),
                    body: normalize(r.body.trim()),
                    from: r.from,
                    to: r.to,
                });
        }
        let (_, t) = table("countries.txt");
        for line in entries(t) {
            // `Nhật<TAB>Nhật Bản`: a short form and the name bodies carry.
            let (surface, name) = line.split_once('\t').unwrap_or((line, line));
            g.countries.insert(surface.trim(), normalize(name.trim()));
        }
        let (o, t) = table("parties.tsv");
        for r in read_tsv::<PartyRow>(o, t)? {
            if r.home.trim() == "yes" {
                g.home_party = Some(normalize(r.party.trim()));
            } else {
                g.parties
                    .insert(normalize(r.country.trim()), normalize(r.party.trim()));
            }
        }
        let (_, t) = table("world_bodies.txt");
        g.world_bodies = entries(t).map(|l| format!(" {} ", key(l))).collect();
        g.world_body_names = entries(t).map(|l| (key(l), l.to_string())).collect();
        let (_, t) = table("district_departments.txt");
        g.district_departments = entries(t).map(department_key).collect();
        let (_, t) = table("name_titles.txt");
        g.name_titles = entries(t).map(key).collect();
        for (file, lexicon) in [
            ("fillers.txt", &mut g.fillers),
            ("clause_words.txt", &mut g.clause_words),
            ("compound_words.txt", &mut g.compound_words),
            ("post_nouns.txt", &mut g.post_nouns),
            ("relation_words.txt", &mut g.relation_words),
            ("counterpart_words.txt", &mut g.counterpart_words),
            ("plural_words.txt", &mut g.plural_words),
            ("now_words.txt", &mut g.now_words),
            ("vote_words.txt", &mut g.vote_words),
            ("earlier_openers.txt", &mut g.earlier_openers),
            ("foreign_name_nouns.txt", &mut g.foreign_name_nouns),
            ("name_particles.txt", &mut g.name_particles),
        ] {
            let (_, t) = table(file);
            for line in entries(t) {
                lexicon.insert(line, ());
            }
        }
        g.index_lexicons();
        Ok(g)
    }

    /// Whether a `Phòng` of this name (the words after `Phòng`) is a
    /// department of a district's People's Committee.
    pub fn is_district_department(&self, name: &str) -> bool {
        self.district_departments.contains(&department_key(name))
    }

    /// Whether a body's name holds the name of a body of many countries.
    pub fn is_world_body(&self, name: &str) -> bool {
        let name = format!(" {} ", key(name));
        self.world_bodies.iter().any(|w| name.contains(w.as_str()))
    }

    /// The canonical name of the body of many countries a name is, whole
    /// (`Liên Hợp quốc` → `Liên Hợp Quốc`).
    pub fn world_body_named(&self, name: &str) -> Option<&String> {
        self.world_body_names.get(&key(name))
    }

    /// Numbers the words of every lexicon, and indexes the lexicons by
    /// those numbers.
    fn index_lexicons(&mut self) {
        let mut v = Vocabulary::default();
        for (n, lexicon) in self.lexicons_mut().into_iter().enumerate() {
            lexicon.add_words(&mut v, Vocabulary::bit(n));
        }
        for (n, lexicon) in self.lexicons_mut().into_iter().enumerate() {
            lexicon.index(&v, Vocabulary::bit(n));
        }
        self.vocabulary = v;
    }

    /// Every lexicon that tokens look their words up in.
    fn lexicons_mut(&mut self) -> Vec<&mut dyn Indexed> {
        let mut all: Vec<&mut dyn Indexed> = vec![
            &mut self.places,
            &mut self.roles,
            &mut self.org_heads,
            &mut self.units,
            &mut self.ranks,
            &mut self.honorifics,
            &mut self.cues,
            &mut self.event_triggers,
            &mut self.event_cues,
            &mut self.part_cues,
            &mut self.fillers,
            &mut self.clause_words,
            &mut self.compound_words,
            &mut self.post_nouns,
            &mut self.relation_words,
            &mut self.counterpart_words,
            &mut self.plural_words,
            &mut self.now_words,
            &mut self.vote_words,
            &mut self.earlier_openers,
            &mut self.foreign_name_nouns,
            &mut self.foreign_names,
            &mut self.name_particles,
            &mut self.spelled_abbreviations,
            &mut self.countries,
        ];
        all.extend(
            self.org_names
                .values_mut()
                .map(|names| names as &mut dyn Indexed),
        );
        all
    }

    /// Gives each token its word's number in this gazetteer's vocabulary,
    /// so that the lexicons find it without hashing its key again. The
    /// tokens are then for this gazetteer's lexicons only.
    pub fn annotate(&self, tokens: &mut [Token]) {
        for t in tokens {
            t.word_id = self.vocabulary.id(&t.key);
        }
    }

    /// The province whose name or variant spans `tokens[i..]`, longest first.
    pub fn place_at(&self, tokens: &[Token], i: usize) -> Option<(usize, &Province)> {
        self.places
            .longest(tokens, i)
            .map(|(n, &idx)| (n, &self.provinces[idx]))
    }

    /// Whether a lower-case sentence has a role, rank or event word, or the
    /// head of a body (of several words, or one word of four letters or
    /// more: `sở`, `bộ`, `ca` are syllables of too many words).
    pub fn is_political(&self, lower: &str) -> bool {
        self.political.as_ref().is_none_or(|ac| ac.is_match(lower))
    }

    /// A province by its canonical name.
    pub fn province(&self, name: &str) -> Option<&Province> {
        self.provinces.iter().find(|p| p.name == name)
    }
}

/// Reads a tab-separated table with a header, skipping `#` comment lines.
fn read_tsv<T: DeserializeOwned>(origin: &str, text: &str) -> Result<Vec<T>> {
    let body: String = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .quoting(false)
        .flexible(true)
        .from_reader(body.as_bytes());
    let mut out = Vec::new();
    for (i, row) in reader.deserialize::<T>().enumerate() {
        out.push(row.map_err(|e| Error::Data(format!("{origin}: data row {}: {e}", i + 1)))?);
    }
    Ok(out)
}

/// A name that ends with `Việt Nam` as the press writes it short: `Thông
/// tấn xã VN`, `Cục Hàng không VN`.
fn written_short_home(surface: &str) -> Option<String> {
    let k = key(surface);
    let stem = k.strip_suffix(" việt nam")?;
    Some(format!("{stem} vn"))
}

/// The ways a name's parts are joined in running text: `và`, `-`, `,`,
/// `&` or nothing stand for one another (`Giáo dục và Đào tạo`, `Giáo dục -
/// đào tạo`, `GD & ĐT`, `GD&ĐT`), so one table row matches them all. The
/// row itself comes first; at most three joiners are varied.
pub fn joiner_variants(surface: &str) -> Vec<String> {
    const JOINERS: [&str; 5] = ["và", "-", ",", "&", ""];
    // Joiners inside a word (`gd&đt`, `kh-đt`) become words of their own.
    let spaced = surface
        .replace(',', " , ")
        .replace('&', " & ")
        .replace('-', " - ");
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let slots: Vec<usize> = (0..words.len())
        .filter(|&i| i > 0 && i + 1 < words.len() && JOINERS.contains(&words[i]))
        .collect();
    let mut out = vec![surface.to_string()];
    if slots.is_empty() || slots.len() > 3 {
        return out;
    }
    let combos = JOINERS.len().pow(slots.len() as u32);
    for mut c in 0..combos {
        let mut ws: Vec<&str> = words.clone();
        for &slot in &slots {
            ws[slot] = JOINERS[c % JOINERS.len()];
            c /= JOINERS.len();
        }
        let v = ws
            .into_iter()
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

/// A department's name as compared: its key without dashes, `&` and `và`
/// (`Tài nguyên & Môi trường` = `Tài nguyên và Môi trường`).
fn department_key(name: &str) -> String {
    key(name)
        .split_whitespace()
        .filter(|w| !matches!(*w, "-" | "–" | "&" | "và"))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_tables_load() {
        let g = Gazetteer::embedded();
        assert_eq!(g.provinces.iter().filter(|p| p.era != "new").count(), 63);
        assert_eq!(g.provinces.iter().filter(|p| p.era != "old").count(), 34);
        assert!(g.roles.len() > 50);
        assert!(g.surnames.contains("Nguyễn"));
    }

    #[test]
    fn merged_units_point_at_a_new_unit() {
        let g = Gazetteer::embedded();
        for p in g.provinces.iter().filter(|p| !p.merged_into.is_empty()) {
            let target = g.province(&p.merged_into).expect("merge target exists");
            assert_ne!(target.era, "old", "{} merged into an old unit", p.name);
        }
    }

    #[test]
    fn lexicon_prefers_the_longest_entry() {
        let g = Gazetteer::embedded();
        let toks = tokenize("Phó Bí thư Thường trực Tỉnh ủy");
        let (n, role) = g.roles.longest(&toks, 0).unwrap();
        assert_eq!((n, role.role.as_str()), (5, "Phó Bí thư Thường trực"));
        let toks = tokenize(&normalize("Thanh Hoá"));
        assert_eq!(
            g.place_at(&toks, 0).map(|(n, p)| (n, p.name.as_str())),
            Some((2, "Thanh Hóa"))
        );
    }

    #[test]
    fn annotated_tokens_find_what_plain_tokens_find() {
        // Annotated tokens are looked up by word number and by the set of
        // lexicons their word starts; plain ones by key. Both must agree,
        // in every lexicon, at every token.
        let g = Gazetteer::embedded();
        let text = "Sáng 10/12, Phó Bí thư Thường trực Tỉnh ủy Thanh Hóa, Đại tá \
                    Nguyễn Văn An dự hội nghị của Sở Tài nguyên và Môi trường \
                    tỉnh, trao Huân chương Lao động hạng Nhì cho Công an xã; \
                    kỳ họp thứ 8 HĐND huyện diễn ra tại TP. Hà Nội.";
        let plain = tokenize(&normalize(text));
        let mut annotated = plain.clone();
        g.annotate(&mut annotated);
        assert!(annotated
            .iter()
            .any(|t| matches!(t.word_id, WordId::Id { .. })));
        // The same entries: lengths and the addresses of their values.
        fn same<T>(l: &Lexicon<T>, a: &[Token], p: &[Token]) {
            let at = |m: Option<(usize, &T)>| m.map(|(n, v)| (n, v as *const T));
            for i in 0..a.len() {
                assert_eq!(at(l.longest(a, i)), at(l.longest(p, i)), "token {i}");
                assert_eq!(
                    l.matches_at(a, i).map(|m| at(Some(m))).collect::<Vec<_>>(),
                    l.matches_at(p, i).map(|m| at(Some(m))).collect::<Vec<_>>(),
                    "token {i}"
                );
            }
        }
        same(&g.places, &annotated, &plain);
        same(&g.roles, &annotated, &plain);
        same(&g.units, &annotated, &plain);
        same(&g.ranks, &annotated, &plain);
        same(&g.event_triggers, &annotated, &plain);
        same(&g.event_cues, &annotated, &plain);
        same(&g.countries, &annotated, &plain);
        for names in g.org_names.values() {
            same(names, &annotated, &plain);
        }
        // Something is found, or the comparisons above prove nothing.
        assert!((0..plain.len()).any(|i| g.roles.longest(&annotated, i).is_some()));
        assert!((0..plain.len()).any(|i| g.event_cues.longest(&annotated, i).is_some()));
    }

    #[test]
    fn every_political_word_makes_a_sentence_political() {
        // The automaton keeps only the words that hold no other one.
        let g = Gazetteer::embedded();
        // (A trigger that needs a title after it, `met`, leaves it to the
        // title.)
        let met = |word: &str| {
            let toks = tokenize(word);
            g.event_cues
                .longest(&toks, 0)
                .is_some_and(|(n, c)| n == toks.len() && c.cue == EventCueKind::Met)
        };
        for table in ["roles.tsv", "ranks.tsv", "event_triggers.tsv"] {
            let text = FILES.iter().find(|(n, _)| *n == table).unwrap().1;
            for line in text.lines().skip_while(|l| l.starts_with('#')).skip(1) {
                let word = key(line.split('\t').next().unwrap());
                if !word.is_empty() && !met(&word) {
                    assert!(g.is_political(&format!("hôm qua, {word}.")), "{word}");
                }
            }
        }
        // Nor a sentence naming a body and no title (the heads of several
        // words, or one word of four letters or more; `sở`, `ca` are
        // syllables of too many words).
        assert!(g.is_political("công ty cổ phần bóng đèn sao mai có lãi."));
        assert!(g.is_political("hđqt có năm người."));
        assert!(!g.is_political("cơ sở ở các xã."));
        assert!(!g.is_political("trời mưa to ở đây."));
        assert!(!g.is_political("hôm qua, họ gặp khó khăn."));
        assert!(g.is_political("hôm qua, ông gặp bộ trưởng."));
    }

    #[test]
    fn a_user_table_replaces_the_embedded_one() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("ranks.tsv"),
            "surface\trank\nđại tá\tĐại tá\nchuẩn úy\tChuẩn úy\n",
        )
        .unwrap();
        let g = Gazetteer::load(Some(dir.path())).unwrap();
        assert_eq!(g.ranks.len(), 2);
        let toks = tokenize("chuẩn úy");
        assert_eq!(
            g.ranks.longest(&toks, 0).map(|(_, r)| r.as_str()),
            Some("Chuẩn úy")
        );
    }

    #[test]
    fn event_cues_load_with_their_types() {
        let g = Gazetteer::embedded();
        let toks = tokenize("kỳ họp");
        let cue = g.event_cues.longest(&toks, 0).map(|(_, c)| *c);
        assert_eq!(
            cue,
            Some(EventCue {
                cue: EventCueKind::Sitting,
                kind: Some(EventType::Session)
            })
        );
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("event_cues.tsv"),
            "surface\tcue\ttype\nsẽ\tsoon\t\n",
        )
        .unwrap();
        let err = Gazetteer::load(Some(dir.path())).unwrap_err().to_string();
        assert!(
            err.contains("event_cues.tsv") && err.contains("soon"),
            "{err}"
        );
    }

    #[test]
    fn a_broken_user_table_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("cues.tsv"),
            "surface\tstatus\tscope\nbầu\tmaybe\tbefore\n",
        )
        .unwrap();
        let err = Gazetteer::load(Some(dir.path())).unwrap_err().to_string();
        assert!(err.contains("cues.tsv") && err.contains("maybe"), "{err}");
    }

    #[test]
    fn joiners_of_a_name_stand_for_one_another() {
        let v = joiner_variants("giáo dục và đào tạo");
        assert_eq!(v[0], "giáo dục và đào tạo");
        for form in [
            "giáo dục - đào tạo",
            "giáo dục , đào tạo",
            "giáo dục đào tạo",
        ] {
            assert!(v.iter().any(|x| x == form), "{form}: {v:?}");
        }
        let v = joiner_variants("gd&đt");
        assert!(v.iter().any(|x| x == "gd & đt"), "{v:?}");
        assert_eq!(joiner_variants("tuyên giáo"), ["tuyên giáo"]);
    }
}
