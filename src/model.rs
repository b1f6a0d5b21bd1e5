/*!
The facts vnkg extracts from one article, independent of how they are stored.

Every later stage speaks this vocabulary: the extractor produces an
[`Extraction`], the RDF writer turns it into quads, the scorer compares it
(as read back from the store) with gold annotations. Keeping it in one small
module means a reader finds the shape of a "fact" in one place.
*/

use std::fmt;

use sha2::{Digest, Sha256};

/// A publication date as precise as the article gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PubDate {
    /// `YYYY-MM` (`xsd:gYearMonth`).
    YearMonth(i32, u32),
    /// `YYYY-MM-DD` (`xsd:date`).
    Date(i32, u32, u32),
}

impl PubDate {
    pub fn year(&self) -> i32 {
        match *self {
            PubDate::YearMonth(y, _) | PubDate::Date(y, _, _) => y,
        }
    }
    pub fn month(&self) -> u32 {
        match *self {
            PubDate::YearMonth(_, m) | PubDate::Date(_, m, _) => m,
        }
    }
    /// Parses `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<PubDate> {
        let parts: Vec<&str> = s.trim().split('-').collect();
        let y: i32 = parts.first()?.parse().ok()?;
        let m: u32 = parts.get(1)?.parse().ok()?;
        if !(1..=12).contains(&m) || parts.first()?.len() != 4 {
            return None;
        }
        match parts.get(2) {
            None => Some(PubDate::YearMonth(y, m)),
            Some(d) => {
                let d: u32 = d.parse().ok()?;
                (parts.len() == 3 && (1..=days_in_month(y, m)).contains(&d))
                    .then_some(PubDate::Date(y, m, d))
            }
        }
    }
}

impl fmt::Display for PubDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            PubDate::YearMonth(y, m) => write!(f, "{y:04}-{m:02}"),
            PubDate::Date(y, m, d) => write!(f, "{y:04}-{m:02}-{d:02}"),
        }
    }
}

/// Number of days of a month in the proleptic Gregorian calendar.
pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// One article as read from a file, a JSONL line or stdin.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    /// The file stem or the JSONL `id`.
    pub id: String,
    pub title: String,
    pub date: Option<PubDate>,
    /// The body text (paragraphs separated by newlines).
    pub body: String,
    pub url: Option<String>,
}

/// Whether a post is held, taken up, left, or held in the past (guide §1.4).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Status {
    Held,
    Starts,
    Former,
    Ends,
}

impl Status {
    /// The lower-case name used in gold files and tables.
    pub fn as_str(&self) -> &'static str {
        match self {
            Status::Held => "held",
            Status::Starts => "starts",
            Status::Former => "former",
            Status::Ends => "ends",
        }
    }
    /// The local name of the `vnkg:` individual (`Held`, `Starts`, ...).
    pub fn term(&self) -> &'static str {
        match self {
            Status::Held => "Held",
            Status::Starts => "Starts",
            Status::Former => "Former",
            Status::Ends => "Ends",
        }
    }
    pub fn parse(s: &str) -> Option<Status> {
        match s.trim().to_lowercase().as_str() {
            "held" => Some(Status::Held),
            "starts" => Some(Status::Starts),
            "former" => Some(Status::Former),
            "ends" => Some(Status::Ends),
            _ => None,
        }
    }
    /// When one article states the same post twice with different status,
    /// the more informative one wins: a change (starts, ends) over a past
    /// post, a past post over a plain "holds".
    pub fn strength(&self) -> u8 {
        match self {
            Status::Starts => 3,
            Status::Ends => 2,
            Status::Former => 1,
            Status::Held => 0,
        }
    }
}

/// An organization with its canonical name (guide §1.3).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Org {
    /// Canonical full name, e.g. `Ủy ban nhân dân tỉnh Phú Yên`.
    pub name: String,
    /// Other forms seen in the text (`UBND tỉnh Phú Yên`), deduplicated.
    pub alt_labels: Vec<String>,
    /// The organization this one is part of, where known
    /// (`Ban Thường vụ Tỉnh ủy Thanh Hóa` → `Tỉnh ủy Thanh Hóa`).
    pub parent: Option<Box<Org>>,
}

impl Org {
    pub fn named(name: impl Into<String>) -> Org {
        Org {
            name: name.into(),
            alt_labels: Vec::new(),
            parent: None,
        }
    }
}

/// A post held by a person, as one article states it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Post {
    /// Full name, NFC, new-style tone marks.
    pub person: String,
    /// Canonical role (`Phó Bí thư`).
    pub role: String,
    pub org: Org,
    pub status: Status,
    /// The sentence the fact was read from.
    pub evidence: String,
}

/// A military or police rank (guide §2).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rank {
    pub person: String,
    pub rank: String,
    pub evidence: String,
}

/// The kinds of event of guide §3; each is a `vnkg:` class.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EventType {
    Conference,
    Session,
    Congress,
    Election,
    Appointment,
    AwardCeremony,
    Signing,
    Visit,
    Discipline,
    Commemoration,
}

impl EventType {
    pub const ALL: [EventType; 10] = [
        EventType::Conference,
        EventType::Session,
        EventType::Congress,
        EventType::Election,
        EventType::Appointment,
        EventType::AwardCeremony,
        EventType::Signing,
        EventType::Visit,
        EventType::Discipline,
        EventType::Commemoration,
    ];
    /// The class's local name (`Conference`).
    pub fn as_str(&self) -> &'static str {
        match self {
            EventType::Conference => "Conference",
            EventType::Session => "Session",
            EventType::Congress => "Congress",
            EventType::Election => "Election",
            EventType::Appointment => "Appointment",
            EventType::AwardCeremony => "AwardCeremony",
            EventType::Signing => "Signing",
            EventType::Visit => "Visit",
            EventType::Discipline => "Discipline",
            EventType::Commemoration => "Commemoration",
        }
    }
    /// Case-insensitive parse of the local name.
    pub fn parse(s: &str) -> Option<EventType> {
        let s = s.trim();
        EventType::ALL
            .into_iter()
            .find(|t| t.as_str().eq_ignore_ascii_case(s))
    }
}

/// A date of an event: full, or day and month when no year is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EventDate {
    /// `xsd:date`
    Full(i32, u32, u32),
    /// `xsd:gMonthDay` (`--MM-DD`)
    MonthDay(u32, u32),
}

impl fmt::Display for EventDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            EventDate::Full(y, m, d) => write!(f, "{y:04}-{m:02}-{d:02}"),
            EventDate::MonthDay(m, d) => write!(f, "--{m:02}-{d:02}"),
        }
    }
}

/// How a person took part in an event. Every part is also a plain
/// `schema:attendee` in RDF.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Part {
    Attendee,
    Chair,
    Speaker,
    Presenter,
    Recipient,
    Elected,
    Appointed,
}

impl Part {
    /// Every part, in the order tables and graphs list participants: the
    /// specific parts first, plain attendance last.
    pub const LISTED: [Part; 7] = [
        Part::Chair,
        Part::Speaker,
        Part::Presenter,
        Part::Recipient,
        Part::Elected,
        Part::Appointed,
        Part::Attendee,
    ];

    /// The part whose property has the local name `s` (`chair`, ...,
    /// `attendee`), if any.
    pub fn from_property(s: &str) -> Option<Part> {
        Part::LISTED.into_iter().find(|p| p.property() == s)
    }

    /// The part named by a local name (`chair`, `speaker`, ...); anything
    /// else is a plain attendee.
    pub fn parse(s: &str) -> Part {
        Part::from_property(s).unwrap_or(Part::Attendee)
    }

    /// Local name of the `vnkg:` sub-property of `schema:attendee`.
    pub fn property(&self) -> &'static str {
        match self {
            Part::Attendee => "attendee",
            Part::Chair => "chair",
            Part::Speaker => "speaker",
            Part::Presenter => "presenter",
            Part::Recipient => "recipient",
            Part::Elected => "elected",
            Part::Appointed => "appointed",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Participant {
    pub person: String,
    pub part: Part,
}

/// One event the article reports as happening.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub kind: EventType,
    pub date: Option<EventDate>,
    pub end_date: Option<EventDate>,
    pub participants: Vec<Participant>,
    /// `schema:organizer` (and parties of a signing).
    pub organizers: Vec<Org>,
    /// `schema:location`, as the text names it.
    pub location: Option<String>,
    /// Award names handed out (`Huân chương Lao động hạng Nhất`).
    pub awards: Vec<String>,
    /// The body conferring the award (`Bộ Tư lệnh Quân khu 4`).
    pub conferred_by: Option<Org>,
    /// Unnamed recipients counted in the text (`cho 5 tập thể` → 5).
    pub recipient_count: Option<u32>,
    /// Indexes into [`Extraction::posts`] of the memberships this event
    /// creates (elections, appointments).
    pub generates: Vec<usize>,
    /// The sentence with the trigger.
    pub evidence: String,
}

/// Everything extracted from one article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Extraction {
    pub article: Article,
    pub posts: Vec<Post>,
    pub ranks: Vec<Rank>,
    pub events: Vec<Event>,
}

/// First `len` hex digits of the SHA-256 of the parts (joined with U+001F,
/// so `("ab", "c")` and `("a", "bc")` differ).
pub fn hash(parts: &[&str], len: usize) -> String {
    let mut hasher = Sha256::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            hasher.update([0x1f]);
        }
        hasher.update(part.as_bytes());
    }
    let digest = hasher.finalize();
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut hex = String::with_capacity(64);
    for byte in digest {
        hex.push(DIGITS[usize::from(byte >> 4)] as char);
        hex.push(DIGITS[usize::from(byte & 0xf)] as char);
    }
    hex.truncate(len);
    hex
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_part_reads_back_from_its_property_name() {
        for part in Part::LISTED {
            assert_eq!(Part::from_property(part.property()), Some(part));
        }
        assert_eq!(Part::from_property("host"), None);
        assert_eq!(Part::parse("host"), Part::Attendee);
        assert_eq!(Part::LISTED.last(), Some(&Part::Attendee));
    }

    #[test]
    fn pub_date_parses_month_and_day_precision() {
        assert_eq!(
            PubDate::parse("2024-12"),
            Some(PubDate::YearMonth(2024, 12))
        );
        assert_eq!(
            PubDate::parse("2024-02-29"),
            Some(PubDate::Date(2024, 2, 29))
        );
        assert_eq!(PubDate::parse("2023-02-29"), None);
        assert_eq!(PubDate::parse("2024-13"), None);
        assert_eq!(PubDate::parse("24-12"), None);
    }

    #[test]
    fn status_strength_prefers_changes() {
        assert!(Status::Starts.strength() > Status::Held.strength());
        assert!(Status::Former.strength() > Status::Held.strength());
    }
}
