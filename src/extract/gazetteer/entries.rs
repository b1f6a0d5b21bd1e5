/*!
The kinds of entries the tables of `data/` hold: provinces, roles,
organization heads and names, units, honorifics, status cues, event cues,
implications. Part of the gazetteer.
*/

use super::*;

/// A provincial unit (province or centrally-run city), before or after the
/// 2025 merger.
#[derive(Debug, Clone, Deserialize)]
pub struct Province {
    pub name: String,
    /// `tỉnh` or `thành phố`.
    pub unit: String,
    /// The name as it stands after a party committee (`Thành phố Hồ Chí Minh`).
    pub label: String,
    /// `old`, `new` or `both`.
    pub era: String,
    pub merged_into: String,
    pub variants: String,
}

impl Province {
    pub fn is_city(&self) -> bool {
        self.unit == "thành phố"
    }
    /// The name with its unit word, as it stands after a body such as
    /// `Ủy ban nhân dân`: `tỉnh Thanh Hóa`, `thành phố Hà Nội`,
    /// `Thành phố Hồ Chí Minh`.
    pub fn with_unit(&self) -> String {
        if self.label != self.name {
            self.label.clone()
        } else {
            format!("{} {}", self.unit, self.name)
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct RoleEntry {
    pub surface: String,
    pub role: String,
    #[serde(default)]
    pub org: String,
    #[serde(default)]
    pub head: String,
    #[serde(default)]
    pub locality_org: String,
    /// Heads (`|`-separated) of the body a bare role means, looked up among
    /// the bodies named before (`Bộ trưởng` → `Bộ`).
    #[serde(default)]
    pub body: String,
    /// `yes` for a post Viet Nam does not have (`Tổng thống`, `Quốc vương`):
    /// its holder is a foreign official.
    #[serde(default)]
    pub abroad: String,
    /// The body the role names in another country (`Chủ tịch` → `Nhà
    /// nước`): before a country's name, or for a foreign official named
    /// without a body.
    #[serde(default)]
    pub country_org: String,
    /// `yes` for a word that names its holder only beside the name (`nhà
    /// lãnh đạo Triều Tiên A`, `A, nhà lãnh đạo Đài Loan`): elsewhere in a
    /// sentence it points back to someone (`nhà lãnh đạo Nga` for a leader
    /// named before), whom the sentence does not say.
    #[serde(default)]
    pub beside: String,
}

/// How an organization's name is built from its head (`data/org_heads.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OrgKind {
    Committee,
    Local,
    Dept,
    Agency,
    National,
}

/// The administrative level of a unit or body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Province,
    City,
    District,
    Commune,
    Any,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NameRule {
    Required,
    /// Required, and written in capitalized words only (`Đảng Cộng sản
    /// Cuba`, not `Đảng Cộng hòa kêu gọi`).
    Proper,
    Optional,
    None,
}

impl NameRule {
    /// Whether the head is no body without a name after it.
    pub fn required(self) -> bool {
        matches!(self, NameRule::Required | NameRule::Proper)
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct OrgHead {
    pub surface: String,
    pub canonical: String,
    pub kind: OrgKind,
    pub level: Level,
    pub name: NameRule,
    /// The committee a board belongs to when the text names none.
    #[serde(default)]
    pub parent: String,
    /// The head whose names this one shares (`Phòng` → `Sở`).
    #[serde(default)]
    pub names: String,
    /// `enterprise` for businesses (`Công ty`, `Hội đồng quản trị`),
    /// `party` for parties, `team` for teams a body sends (`Đoàn công
    /// tác`), empty for other public bodies.
    #[serde(default)]
    pub sector: String,
    /// Whether the body may be named after a person (`Trường THPT Chu Văn
    /// An`, `Bệnh viện Nguyễn Tri Phương`): `yes` in the `eponym` column.
    #[serde(default)]
    pub eponym: String,
    /// The heads of the bodies this unit belongs to when one is written
    /// after it and a comma (`Vụ Đầu tư, Bộ Tài chính`), `|`-separated.
    #[serde(default)]
    pub within: String,
}

/// Whether a body may be named after a person: a person's name right after
/// its head is then the body's name, not its holder's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Eponym {
    No,
    /// Right after the head and its kind (`Trường Chu Văn An`, `Trường
    /// THPT Chu Văn An`).
    Yes,
    /// Only after a kind (`Công ty TNHH Hồ Hoàn Cầu`; in `Giám đốc Công ty
    /// Nguyễn Văn A` the name is the holder's).
    AfterKind,
    /// Anywhere in its capitalized name (`Thiền viện Trúc Lâm Sùng Phúc`:
    /// temples take names of people and places freely).
    Anywhere,
}

impl OrgHead {
    /// Whether a body with head `parent`, written after this one and a
    /// comma, is the body this one belongs to (the `within` column).
    pub fn within(&self, parent: &OrgHead) -> bool {
        listed(&self.within, &parent.canonical)
    }

    /// Whether the body may be named after a person (the `eponym` column).
    pub fn eponym(&self) -> Eponym {
        match self.eponym.trim() {
            "yes" => Eponym::Yes,
            "kind" => Eponym::AfterKind,
            "anywhere" => Eponym::Anywhere,
            _ => Eponym::No,
        }
    }

    /// Whether the head names a business rather than a public body.
    pub fn is_enterprise(&self) -> bool {
        self.sector.trim() == "enterprise"
    }

    /// Whether the head names a political party.
    pub fn is_party(&self) -> bool {
        self.sector.trim() == "party"
    }

    /// Whether the head names a team a body sends (`Đoàn công tác`).
    pub fn is_team(&self) -> bool {
        self.sector.trim() == "team"
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct OrgName {
    pub head: String,
    pub surface: String,
    pub canonical: String,
    #[serde(default)]
    pub parent: String,
    #[serde(default)]
    pub national: String,
    /// `yes` for a name that says what kind of body it is rather than which
    /// (`Ban Chỉ đạo`): it may go on with what the body is for, in lower
    /// case (`Ban Chỉ đạo phòng chống thiên tai tỉnh X`).
    #[serde(default)]
    pub open: String,
    /// Whether the surface is the first words of the canonical name, written
    /// short (`Bộ Lao động` for `Bộ Lao động - Thương binh và Xã hội`): the
    /// text may go on with the rest of another name. Set on loading.
    #[serde(skip)]
    pub short_form: bool,
}

impl OrgName {
    pub fn is_national(&self) -> bool {
        self.national.trim() == "yes"
    }

    pub fn is_open(&self) -> bool {
        self.open.trim() == "yes"
    }

    /// Whether the surface is the canonical name's first words (see
    /// [`OrgName::short_form`]).
    pub(super) fn writes_short(&self) -> bool {
        let surface = crate::extract::normalize::key(&self.surface);
        let canonical = crate::extract::normalize::key(&self.canonical);
        canonical.len() > surface.len()
            && canonical.starts_with(&surface)
            && canonical[surface.len()..].starts_with([' ', ','])
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct Unit {
    pub surface: String,
    pub unit: String,
    pub level: Level,
    /// The head of the unit's party committee (`Huyện ủy`, `Đảng ủy`).
    pub committee: String,
}

/// Whether `item` is one of a table cell's `|`-separated values (`Bộ|Tổng
/// cục`).
pub fn listed(cell: &str, item: &str) -> bool {
    cell.split('|').any(|x| x.trim() == item)
}

/// How an acting post's role begins (`Quyền Bộ trưởng`), whatever word of
/// kind `acting` the text wrote.
pub const ACTING: &str = "Quyền ";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HonorificKind {
    Honorific,
    /// A word of a trade or degree before a name (`bác sĩ`, `tiến sĩ`,
    /// `TS`): it introduces the person named after it, but never stands
    /// for one alone (`Victor Nee, giáo sư kiêm giám đốc`), and a body or a
    /// field after it is no name (`bác sĩ Bệnh viện X`, `tiến sĩ Y khoa`).
    Trade,
    Blocker,
    Stop,
    /// Before a role, an acting post, which keeps the word (`Quyền Bộ
    /// trưởng`).
    Acting,
    /// A noun ending in an acting word, which is then no such word
    /// (`chính quyền Tổng thống X`: the administration of President X).
    Compound,
    /// A party between a title and its holder's name (`Thượng nghị sĩ Cộng
    /// hòa Lindsey Graham`): the name after it is the title's.
    Affiliation,
}

/// Where a status cue applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CueScope {
    Before,
    /// Like `Before`, but not for a title that addresses the name right
    /// after it: the cue tells a step of a story there (`trước khi Ngoại
    /// trưởng A đến thăm`, `và sau đó là Chủ tịch Triều Tiên Kim Jong Un`),
    /// not a step of a career (`sau đó là Phó Chủ tịch UBND tỉnh`).
    Career,
    After,
    Transfer,
    /// The titles after it are proposed for a vote, not given (`đề cử`,
    /// `giới thiệu để ... bầu`): no post (guide 1.5).
    Nomination,
    /// Like `Nomination`, for the titles of the vote its purpose names
    /// (`giới thiệu ông A để Quốc hội bầu làm T`); nothing without `để`.
    Proposal,
}

impl CueScope {
    /// Whether the cue applies to the titles after it.
    pub fn before(self) -> bool {
        matches!(self, CueScope::Before | CueScope::Career)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Cue {
    pub surface: String,
    #[serde(deserialize_with = "de_status")]
    pub status: crate::Status,
    pub scope: CueScope,
    /// Whether the word's subject gives the post to someone else (`Thủ
    /// tướng A ký quyết định bổ nhiệm Thứ trưởng`), rather than takes it.
    #[serde(default, deserialize_with = "de_yes")]
    pub giver: bool,
    /// Whether the word qualifies the title right after it (`cựu`, `tân`)
    /// rather than being a predicate: it gives the title to a name before
    /// it only in apposition or after `là`.
    #[serde(default, deserialize_with = "de_yes")]
    pub attribute: bool,
}

impl Cue {
    /// Whether the word says the titles after it are held now (`đương
    /// nhiệm`, `hiện là`): it may stand between a title and its holder
    /// (`Chủ tịch đương nhiệm A`).
    pub fn held_now(&self) -> bool {
        self.status == crate::Status::Held && self.scope == CueScope::Before
    }
}

/// How a person takes part in an event, and whether the cue stands after the
/// name (`X chủ trì`) or before it (`dự có X`).
#[derive(Debug, Clone, Deserialize)]
pub struct PartCue {
    pub surface: String,
    pub part: String,
    pub side: String,
}

/// What a word of `event_cues.tsv` tells about the events around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventCueKind {
    /// A one-word trigger that reports an event only with a context word.
    Weak,
    /// A word that makes a weak trigger of its type an event.
    Context,
    /// A trigger that reports an event only with a title or a rank right
    /// after it, the office it meets or receives (`tiếp Bộ trưởng`, `gặp Thủ
    /// tướng A`; not `tiếp tục`, `gặp khó khăn`, `gặp bà A`).
    Met,
    /// A word that reports an event as taking place.
    Happening,
    /// A meeting word whose class depends on the body that meets.
    Sitting,
    /// A body whose meetings are sessions.
    SessionBody,
    /// A word telling an earlier step of a career.
    Background,
    /// A word telling an event to come.
    Plan,
    /// A word that marks a photo caption (`(phải)`, `Từ trái qua`).
    Caption,
    /// A photo credit (`Ảnh:`), which ends a caption.
    Credit,
    /// A word before a bare day/month that makes it a date.
    Time,
    /// A phrase before a date that is not the event's date.
    NotDate,
    /// A phrase before the date of a life record (`sinh ngày`, `vào Đảng:`):
    /// neither the event's date nor a sign of the article's year.
    Life,
    /// A word before a year that is not the year the article tells of
    /// (`đến năm 2020`, `nhiệm kỳ`).
    NotYear,
    /// A word whose date is that of a document, not of the event.
    Report,
    /// A word right after a year that makes it a goal, not the year the
    /// article tells of (`Năm 2025 phải chấm dứt ...`).
    Goal,
    /// A word that tells of an event through someone: the sentence's date
    /// is the telling's.
    Telling,
    /// A phrase placing an event on a day counted from another
    /// (`cách đây hai ngày`): the episode's date is not its date.
    Relative,
    /// A phrase that begins with a word of `event_parts.tsv` but says no
    /// part (`dự án`, a project).
    NotPart,
    /// A word before the name of the person an event honours (`ngày sinh`,
    /// `tang lễ`, `tên đường`): not a participant.
    Honoree,
    /// A word before the count of years an anniversary celebrates
    /// (`kỷ niệm 35 năm`).
    Anniversary,
    /// A word before the year a body or a relation began (`thành lập năm
    /// 1982`): with an anniversary's count, the year it is celebrated.
    Founding,
    /// A meeting that opens a term (`Đại hội`, `kỳ họp thứ nhất`): the first
    /// year of the term written after it (`nhiệm kỳ 2020 - 2025`) is the
    /// year it meets.
    Opening,
    /// A word before an opening meeting that names what came of it or led
    /// up to it (`Nghị quyết Đại hội`, `chuẩn bị đại hội`): its term tells
    /// no year.
    NotOpening,
    /// A word before an event word in its clause that tells the event as
    /// asked for, proposed or not held (`yêu cầu`, `đề nghị`, `không thể`):
    /// the event word reports no event.
    NotHeld,
    /// A word that opens the occasion of an asking (`trong`, `tại`, `khi`):
    /// it ends the scope of a `not_held` cue.
    Occasion,
    /// A phrase placing what a sentence tells a month or more before the
    /// news (`năm ngoái`, `tháng trước`): background.
    Earlier,
    /// An event word that reports an event only in a sentence that places
    /// it on a day (`làm việc với`: undated, it tells ongoing dealings).
    Dated,
    /// An event word that reports an event only in a sentence that names
    /// an official or a person (a title, a rank, a name): `Bí thư Tỉnh ủy A
    /// đi kiểm tra`, `khi đi kiểm tra ..., ông A yêu cầu`; not `chủ nhà đi
    /// kiểm tra`, anyone's errand.
    Official,
    /// An event word that reports an event only in a sentence that gives
    /// someone a title or a rank: `Bí thư Thành ủy A tới thăm các hộ dân`;
    /// not `chị B về thăm quê`, a family's visit.
    Titled,
    /// A word placing a happening on a day of the news without writing the
    /// day (`sáng nay`, `hôm qua`).
    NewsDay,
    /// An event word that reports an appointment only in a sentence that
    /// gives or ends someone's post (`phân công`, `điều động`: undated,
    /// `điều động binh sĩ`, `phân công tổ công tác` move people, not posts).
    Posting,
    /// A word right before an event word that counts it many (`nhiều cuộc
    /// họp`, `các hội nghị`): happenings told in sum, no event of their own
    /// (so does a number of two or more: `đã tổ chức 40 hội nghị`).
    Count,
    /// A word of going to a place (`vào`, `xuống`): with a place named
    /// right after it and an `errand` after the place, an official's
    /// working visit (`Phó Thủ tướng A vào Hà Tĩnh chỉ đạo ...`).
    Going,
    /// What an official goes to a place to do (`chỉ đạo`, `kiểm tra`).
    Errand,
}

impl EventCueKind {
    /// The class as one bit of a set of classes (a `u64`: there are more
    /// than 32 classes).
    pub fn bit(self) -> u64 {
        1 << self as u64
    }

    pub(super) fn parse(s: &str) -> Option<EventCueKind> {
        Some(match s.trim() {
            "weak" => EventCueKind::Weak,
            "context" => EventCueKind::Context,
            "met" => EventCueKind::Met,
            "happening" => EventCueKind::Happening,
            "sitting" => EventCueKind::Sitting,
            "session_body" => EventCueKind::SessionBody,
            "background" => EventCueKind::Background,
            "plan" => EventCueKind::Plan,
            "caption" => EventCueKind::Caption,
            "credit" => EventCueKind::Credit,
            "time" => EventCueKind::Time,
            "not_date" => EventCueKind::NotDate,
            "life" => EventCueKind::Life,
            "not_year" => EventCueKind::NotYear,
            "report" => EventCueKind::Report,
            "goal" => EventCueKind::Goal,
            "telling" => EventCueKind::Telling,
            "relative" => EventCueKind::Relative,
            "not_part" => EventCueKind::NotPart,
            "honoree" => EventCueKind::Honoree,
            "anniversary" => EventCueKind::Anniversary,
            "founding" => EventCueKind::Founding,
            "opening" => EventCueKind::Opening,
            "not_opening" => EventCueKind::NotOpening,
            "not_held" => EventCueKind::NotHeld,
            "occasion" => EventCueKind::Occasion,
            "earlier" => EventCueKind::Earlier,
            "dated" => EventCueKind::Dated,
            "official" => EventCueKind::Official,
            "titled" => EventCueKind::Titled,
            "news_day" => EventCueKind::NewsDay,
            "posting" => EventCueKind::Posting,
            "count" => EventCueKind::Count,
            "going" => EventCueKind::Going,
            "errand" => EventCueKind::Errand,
            _ => return None,
        })
    }
}

/// A row of `event_cues.tsv`, parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventCue {
    pub cue: EventCueKind,
    /// The event class the cue concerns, where it concerns one.
    pub kind: Option<EventType>,
}

/// A person's name as `foreign_people.tsv` matches it: its letters and
/// digits in lower case, whatever the spaces, hyphens and dots between
/// (`Moon Jae - in`, `Moon Jae In` → `moonjaein`).
pub fn person_key(name: &str) -> String {
    normalize(name)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A post that implies another (`Trưởng đoàn` of a National Assembly
/// delegation is a `Đại biểu` of `Quốc hội`).
#[derive(Debug, Clone, Deserialize)]
pub struct Implication {
    pub role: String,
    pub org_prefix: String,
    pub implied_role: String,
    pub implied_org: String,
}

#[cfg(test)]
mod tests {
    use super::EventCueKind;

    /// Regression: with more than 32 kinds, a `u32` set gave the 33rd
    /// kind (`count`) the first kind's bit.
    #[test]
    fn every_event_cue_kind_has_a_bit_of_its_own() {
        let names = [
            "weak",
            "context",
            "met",
            "happening",
            "sitting",
            "session_body",
            "background",
            "plan",
            "caption",
            "credit",
            "time",
            "not_date",
            "life",
            "not_year",
            "report",
            "goal",
            "telling",
            "relative",
            "not_part",
            "honoree",
            "anniversary",
            "founding",
            "opening",
            "not_opening",
            "not_held",
            "occasion",
            "earlier",
            "dated",
            "official",
            "titled",
            "news_day",
            "posting",
            "count",
            "going",
            "errand",
        ];
        let bits: Vec<u64> = names
            .iter()
            .map(|n| EventCueKind::parse(n).expect(n).bit())
            .collect();
        for (i, b) in bits.iter().enumerate() {
            assert_eq!(b.count_ones(), 1, "{}", names[i]);
            assert!(!bits[..i].contains(b), "{} shares a bit", names[i]);
        }
    }
}
