/*!
Finding mentions in a sentence: people, titles (a role with the organization
that follows it), ranks, organizations, places and status cues.

A sentence becomes a sequence of [`Mention`]s that covers every token, in
order, so the fact builder (`facts`) can reason about adjacency ("a title
right before a name") and about what stands between a name and a title
(commas, cues, other words). Which words mean what comes from the
[`Gazetteer`]; this module only knows the shapes:

- person: an honorific then capitalized words (`ông Phóng`, `đồng chí Lê Anh
  Xuân`), or a family name then capitalized words (`Trần Anh Chung`);
- title: a role word, then an organization phrase or a bare locality;
- organization phrase: one or more heads, each with its name
  (`Ban` `Tuyên giáo` + `Tỉnh ủy`), then a locality (`tỉnh Hòa Bình`,
  `TP Thanh Hóa`, or a bare name after a committee: `Huyện ủy Ý Yên`).

This file holds the mention types and the walk over a sentence (titles and
what is not a name, place or body); the shapes live beside it: `names`
(people, Vietnamese and foreign), `orgs` (organization phrases) and
`places` (localities).
*/

mod names;
mod orgs;
mod places;

use compact_str::CompactString;
use std::ops::RangeInclusive;

use crate::extract::gazetteer::{
    listed, Cue, CueScope, Eponym, Gazetteer, HonorificKind, Level, NameRule, OrgHead, OrgKind,
    Province, RoleEntry, ACTING,
};
use crate::extract::tokens::Token;

/// A place named in the text: a unit word and a name, either of which may be
/// missing (`UBND tỉnh` names the unit only; `Tỉnh ủy Hòa Bình` the name only).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Locality {
    /// Canonical unit word (`tỉnh`, `thành phố`, `huyện`), when written.
    pub unit: Option<String>,
    pub level: Level,
    /// The name as written (normalized), when written.
    pub name: Option<String>,
    /// Index of the province when the name is one.
    pub province: Option<usize>,
}

/// One head of an organization phrase with its name (`Sở` + `Tài chính`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    /// How the segment is written in a canonical name (`Ban Tuyên giáo`,
    /// `Trung ương`).
    pub text: String,
    /// The canonical head (`Ban`, `Bộ`, `Tỉnh ủy`).
    pub head: String,
    pub kind: OrgKind,
    pub level: Level,
    /// The committee this board belongs to when the text names none.
    pub default_parent: Option<String>,
    /// A national body: no locality.
    pub national: bool,
    /// Written after the segment before it and a comma, or in brackets, as
    /// the body that one belongs to (`Vụ Kế hoạch, Bộ Tài chính`, `Vụ Kế
    /// hoạch (Bộ Tài chính)`).
    pub after_comma: bool,
}

/// An organization as written: its segments, outermost first, and the
/// locality that ends it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrgPhrase {
    pub segments: Vec<Segment>,
    pub locality: Option<Locality>,
    /// The words as they stand in the text.
    pub surface: String,
}

impl OrgPhrase {
    /// A body named only by an acronym or a brand no table knows (`VINASA`,
    /// `Novaland`).
    pub fn named_by(word: &str) -> Self {
        OrgPhrase {
            segments: vec![Segment {
                text: word.to_string(),
                head: word.to_string(),
                kind: OrgKind::Agency,
                level: Level::Any,
                default_parent: None,
                national: false,
                after_comma: false,
            }],
            locality: None,
            surface: word.to_string(),
        }
    }
}

/// A role word with what follows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Title {
    pub role: String,
    /// The organization written after the role.
    pub org: Option<OrgPhrase>,
    /// The organization the role word names by itself (`Tỉnh ủy viên`).
    pub implied_org: Option<OrgPhrase>,
    /// The body meant when the role stands alone as a predicate
    /// (`được bầu giữ chức Phó Chủ tịch` → the people's committee there).
    pub fallback_org: Option<OrgPhrase>,
    /// A seat given by electing people into a body (`bầu bổ sung ông A -
    /// T1; bà B - T2 vào Ban Thường vụ Tỉnh ủy`): every person elected
    /// holds it.
    pub joined: bool,
    /// Written with the word of its holder's election between the role and
    /// the name (`Tổng thống đắc cử Mỹ A`, `Tổng thống Pháp mới đắc cử B`):
    /// a post just taken.
    pub elected: bool,
}

/// (A title is boxed: it is rare, and ten times the size of the other
/// items, which are moved around by the hundred per sentence.)
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    /// A person; `short` when only the given name is written (`ông Phóng`).
    Person {
        name: String,
        short: bool,
    },
    /// `Ông`, `Bà` opening a sentence: the person the text is about.
    Pronoun(String),
    // The large items are boxed: most mentions are plain words, and every
    // rule walks the mentions, so a small `Mention` keeps those walks cheap.
    Title(Box<Title>),
    Rank(String),
    Org(Box<OrgPhrase>),
    Place(Box<Locality>),
    Cue(Cue),
    /// Punctuation or `và`.
    Sep(CompactString),
    /// A word that may stand inside a list of posts (`khóa`, `nhiệm kỳ`).
    Filler,
    /// Any other word (its key).
    Word(CompactString),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub item: Item,
    /// Token range in the sentence.
    pub start: usize,
    pub end: usize,
}

/// Finds mentions in one sentence's tokens.
pub struct MentionFinder<'g> {
    g: &'g Gazetteer,
}

/// A period of a career, opening a clause: `từ tháng 3/2000 đến tháng
/// 9/2002`, `từ năm 2010 đến 2015`, `tháng 5/2007 đến 12/5/2011` (at the
/// start of a sentence) closes, so the titles after it are former; `từ năm
/// 2015 đến nay` runs on, so they are held. A period that starts on a day
/// (`từ ngày 10 đến 12/5/2017`) is a visit's or a meeting's, not a career's,
/// and one with no year anywhere (`từ tháng 3 đến tháng 5`) may be this
/// year's: neither is a cue.
fn career_period(toks: &[Token], i: usize) -> Option<(usize, Cue)> {
    let mut j = i;
    // (After a title, `T từ 1991 đến 1996` is that title's span: see
    // `links::closed_span_after`.)
    let opens = i == 0 || matches!(toks[i - 1].text.as_str(), "," | ";" | ":" | "(" | "-");
    if toks[i].is("từ") && opens {
        j += 1;
    } else if i != 0 {
        return None;
    }
    let (n, start_day, start_year) = period_date(toks, j)?;
    if start_day {
        return None;
    }
    j += n;
    if !toks.get(j).is_some_and(|t| t.is("đến") || t.is("tới")) {
        return None;
    }
    j += 1;
    // `đến nay`, `đến hiện nay`: to this day.
    let now = match (toks.get(j), toks.get(j + 1)) {
        (Some(a), _) if a.is("nay") => 1,
        (Some(a), Some(b)) if a.is("hiện") && b.is("nay") => 2,
        _ => 0,
    };
    let status = if now > 0 {
        j += now;
        if !start_year {
            return None;
        }
        crate::Status::Held
    } else {
        let (n, _, end_year) = period_date(toks, j)?;
        j += n;
        if !start_year && !end_year {
            return None;
        }
        crate::Status::Former
    };
    let surface = toks[i..j]
        .iter()
        .map(|t| t.key.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    Some((
        j - i,
        Cue {
            surface,
            status,
            scope: crate::extract::gazetteer::CueScope::Before,
            giver: false,
            attribute: false,
        },
    ))
}

/// A date of a period at `i`: `tháng 3/2000`, `năm 2010`, `2015`, `3/2000`,
/// `tháng 3 năm 2000`, `ngày 12/5/2011`. Returns its length, whether it
/// names a day and whether it names a year (four digits).
fn period_date(toks: &[Token], i: usize) -> Option<(usize, bool, bool)> {
    let mut j = i;
    let mut day = false;
    let mut numbers = 0;
    let mut year = false;
    while let Some(t) = toks.get(j) {
        if t.is("ngày") && j == i {
            day = true;
        } else if (t.is("tháng") || t.is("năm")) && (j == i || numbers > 0) {
        } else if t.is_number() {
            // One token or several: `3/2000`, `3 / 2000`.
            for part in t.text.split(['/', '-', '.']) {
                if part.is_empty() || !part.chars().all(|c| c.is_ascii_digit()) {
                    return None;
                }
                year |= part.len() == 4;
                numbers += 1;
            }
        } else if t.text == "/" && numbers > 0 {
        } else {
            break;
        }
        j += 1;
    }
    // A trailing unit word belongs to what follows (`2010 năm` is no date).
    while j > i && !toks[j - 1].is_number() {
        j -= 1;
    }
    (numbers > 0).then_some((j - i, day || numbers >= 3, year))
}

/// Whether the words before `i` deny what follows: `không`, `chưa`,
/// `chẳng`, alone or before `thể` (`không thể`, `chưa thể`).
fn negated(toks: &[Token], i: usize) -> bool {
    let not = |x: usize| toks[x].is("không") || toks[x].is("chưa") || toks[x].is("chẳng");
    match i {
        0 => false,
        1 => not(0),
        _ => not(i - 1) || (toks[i - 1].is("thể") && not(i - 2)),
    }
}

/// Whether the words before `i` want or ask for what follows, not done
/// yet: `muốn`, `đòi`, `dự định`, `có định`, `đề nghị`, `kiến nghị`, `xem
/// xét` (`ông Trump muốn sa thải chủ tịch FED A`; not `quyết định`, `chỉ
/// định`, a decision).
fn intended(toks: &[Token], i: usize) -> bool {
    let word = |back: usize| i.checked_sub(back).map(|x| toks[x].key.as_str());
    matches!(
        (word(2), word(1)),
        (_, Some("muốn" | "đòi"))
            | (Some("dự" | "có"), Some("định"))
            | (Some("đề" | "kiến"), Some("nghị"))
            | (Some("xem"), Some("xét"))
    )
}

/// `XIV`, `II`: a term of office, not a name.
pub(super) fn is_roman(s: &str) -> bool {
    roman_value(s).is_some()
}

/// The value of a Roman numeral as terms are numbered (`XIII`, `XIV`): a
/// letter before a greater one counts against it.
pub(crate) fn roman_value(s: &str) -> Option<u32> {
    let value = |c: char| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        _ => None,
    };
    let mut n: i64 = 0;
    let mut letters = s.chars().map(value).peekable();
    while let Some(d) = letters.next() {
        let d = d?;
        match letters.peek() {
            Some(&Some(next)) if next > d => n -= d,
            _ => n += d,
        }
    }
    u32::try_from(n).ok().filter(|&n| n > 0)
}

/// A number or a Roman numeral (`khóa 15`, `khóa XIV`): a term's.
pub(super) fn is_numeral(t: &Token) -> bool {
    t.is_number() || is_roman(&t.text)
}

/// Whether a mention is one of the separators `seps`.
pub(crate) fn sep_is(m: &Mention, seps: &[&str]) -> bool {
    matches!(&m.item, Item::Sep(s) if seps.contains(&s.as_str()))
}

/// How many of `ms` stand before a bracketed word they end with (`Ủy ban
/// Trung ương Đảng Lao động Triều Tiên (WPK)`: the abbreviation of the body
/// before it); all of them when they end otherwise.
pub(crate) fn past_brackets(ms: &[Mention]) -> usize {
    match ms {
        [.., open, word, close]
            if sep_is(open, &["("])
                && sep_is(close, &[")"])
                && matches!(word.item, Item::Word(_) | Item::Org(_) | Item::Place(_)) =>
        {
            ms.len() - 3
        }
        _ => ms.len(),
    }
}

/// Whether a token is a capitalized word that is no syllable of the
/// language: a word of a foreign name (`Dina`, `Powell`).
pub(crate) fn foreign_word(t: &Token) -> bool {
    t.cap && t.word && !crate::extract::syllables::is_vietnamese_syllable(&t.text)
}

pub(crate) fn is_upper(t: &Token) -> bool {
    t.text
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
}

/// The acronym written in brackets from token `at` (`(VINASA)`): a body's
/// short form, spelled out by the words before it.
pub(crate) fn bracketed_acronym(toks: &[Token], at: usize) -> Option<&Token> {
    let (open, word, close) = (toks.get(at)?, toks.get(at + 1)?, toks.get(at + 2)?);
    (open.text == "("
        && close.text == ")"
        && word.word
        && word.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && is_upper(word))
    .then_some(word)
}

/// A short one-word head written for a longer canonical name (`tư`, `ca`),
/// which in title case is a syllable of another word. (Longer ones in title
/// case are brand names: `Viettel`; so are those no syllable of the
/// language: `Fed`.)
fn is_abbreviation(t: &Token, head: &OrgHead) -> bool {
    head.canonical.split(' ').count() > 1
        && t.key.chars().count() <= 3
        && crate::extract::syllables::is_vietnamese_syllable(&t.text)
}

pub(crate) fn is_title_case(t: &Token) -> bool {
    let mut chars = t.text.chars();
    t.word
        && chars.next().is_some_and(char::is_uppercase)
        && !t.text.chars().any(|c| c.is_ascii_digit() || c == '/')
        && !(t.text.chars().count() > 1 && chars.clone().all(|c| c.is_uppercase()))
}

impl<'g> MentionFinder<'g> {
    pub fn new(g: &'g Gazetteer) -> Self {
        MentionFinder { g }
    }

    /// Only the people and places of a sentence (for names and places of
    /// later sentences), every other token a plain word: for sentences with
    /// no role, rank or event word.
    pub fn find_people_and_places(&self, toks: &[Token]) -> Vec<Mention> {
        let mut out = Vec::with_capacity(toks.len());
        let mut i = 0;
        while i < toks.len() {
            let (item, n) = if let Some((n, person)) = self.person_at(toks, i) {
                (person, n)
            } else if let Some((loc, n)) = self.locality_at(toks, i, true) {
                (Item::Place(Box::new(loc)), n)
            } else if !toks[i].word {
                (Item::Sep(toks[i].text.clone()), 1)
            } else {
                (Item::Word(toks[i].key.clone()), 1)
            };
            out.push(Mention {
                item,
                start: i,
                end: i + n,
            });
            i += n;
        }
        self.distribute_units(&mut out, toks);
        self.drop_name_titles(&mut out);
        out
    }

    /// The mentions of a sentence, covering every token in order.
    pub fn find(&self, toks: &[Token]) -> Vec<Mention> {
        self.find_with_given(toks, &[])
    }

    /// [`MentionFinder::find`], knowing the given names of the people the
    /// article names in full: such a name written alone right after a role
    /// word is that person (`Bộ trưởng Thăng nói`), not the name of a body
    /// (`Bộ Thăng`).
    pub fn find_with_given(&self, toks: &[Token], given: &[String]) -> Vec<Mention> {
        let mut out: Vec<Mention> = Vec::with_capacity(toks.len());
        let mut i = 0;
        while i < toks.len() {
            let after_role = out
                .last()
                .is_some_and(|m| matches!(&m.item, Item::Title(t) if t.org.is_none()));
            // `Thượng nghị sĩ Cộng hòa Lindsey Graham`: a party between a
            // title and a capitalized name is skipped; the name is the
            // title's.
            if let Some((n, HonorificKind::Affiliation)) = self.g.honorifics.longest(toks, i) {
                let after_title =
                    matches!(out.last(), Some(m) if matches!(m.item, Item::Title(_)) && m.end == i);
                if after_title && toks.get(i + n).is_some_and(|t| t.cap && t.word) {
                    i += n;
                    continue;
                }
            }
            if after_role && self.given_name_at(toks, i, given) {
                out.push(Mention {
                    item: Item::Person {
                        name: toks[i].text.to_string(),
                        short: true,
                    },
                    start: i,
                    end: i + 1,
                });
                i += 1;
                continue;
            }
            // `Chủ tịch Quốc hội Lào Pany Yathotou`, `Tổng thống Pháp
            // Emmanuel Macron`: after a foreign body, capitalized words are
            // its holder's name, whatever its family name.
            // `Thủ tướng Ranil Wickremesinghe`, `Bộ trưởng Giao thông Yevgeny
            // Dietrich`, `Đại sứ Ted Osius` (an envoy's body is a country's):
            // after a title that names its body, capitalized
            // words that are not Vietnamese syllables are a foreign name.
            // (`Phó Chủ tịch Ủy ban Trung ương Đảng Lao động Triều Tiên (WPK)
            // Kim Phyong - hae`: the body's abbreviation in brackets between.)
            // (`Thủ tướng đương nhiệm Prayut Chan - o - cha`: past a word
            // saying the title is held now.)
            let mut before = out[..past_brackets(&out)].last();
            if let [.., title, Mention {
                item: Item::Cue(c), ..
            }] = &out[..]
            {
                if c.held_now() {
                    before = Some(title);
                }
            }
            let (after_country, complete) = match before {
                Some(
                    m @ Mention {
                        item: Item::Title(t),
                        ..
                    },
                ) => (
                    self.ends_with_country(toks, m.start, m.end),
                    t.org.is_some()
                        || t.implied_org.is_some()
                        || self.g.country_roles.contains(&t.role),
                ),
                // (`Đại tướng Shoygu Sergey Kuzhugetovich`: after a rank.)
                Some(Mention {
                    item: Item::Rank(_),
                    ..
                }) => (false, true),
                _ => (false, false),
            };
            // `Hai thượng nghị sĩ Richard Blumenthal và Jeanne Shaheen`: a
            // foreign name after a foreign name and `và` or a comma; or
            // before a comma and its title.
            let found = (after_country || complete)
                .then(|| {
                    self.foreign_name_words(toks, i).filter(|&n| {
                        let foreign = toks[i..i + n]
                            .iter()
                            .any(|t| !crate::extract::syllables::is_vietnamese_syllable(&t.text));
                        // (`Tổng thống Trump đã ...`: a foreign family name
                        // alone, in title case, then a word in lower case,
                        // after a title whose body is not written: after one
                        // it may end the body's name, `Hiệp hội ... HoREA`.)
                        let bare_title = matches!(before,
                            Some(Mention { item: Item::Title(t), .. }) if t.org.is_none());
                        let alone = n == 1
                            && bare_title
                            && is_title_case(&toks[i])
                            && toks
                                .get(i + 1)
                                .is_some_and(|t| !t.cap && t.word || t.text == ",");
                        after_country || foreign && (n >= 2 || alone)
                    })
                })
                .flatten()
                .map(|n| (n, n == 1))
                .or_else(|| {
                    self.coordinated_foreign_name(toks, &out, i)
                        .or_else(|| self.foreign_name_in_apposition(toks, i))
                        .map(|n| (n, false))
                });
            if let Some((n, short)) = found {
                out.push(Mention {
                    item: Item::Person {
                        name: join(&toks[i..i + n]),
                        short,
                    },
                    start: i,
                    end: i + n,
                });
                i += n;
                continue;
            }
            if let Some((n, title, m)) = self.counterpart_at(toks, &out, i, given) {
                // (The words `người đồng cấp` stay words: the title is not
                // one of a list with the title before them.)
                for (k, t) in toks[i..i + n].iter().enumerate() {
                    out.push(Mention {
                        item: Item::Word(t.key.clone()),
                        start: i + k,
                        end: i + k + 1,
                    });
                }
                out.push(Mention {
                    item: title,
                    start: i + n,
                    end: i + n + m,
                });
                i += n + m;
                continue;
            }
            let (item, n) = self.item_at_given(toks, i, given);
            let n = n.max(1);
            out.push(Mention {
                item,
                start: i,
                end: i + n,
            });
            i += n;
        }
        distribute_membership(&mut out);
        self.distribute_units(&mut out, toks);
        self.drop_name_titles(&mut out);
        out
    }

    /// `Thủ tướng Việt Nam A hội đàm với người đồng cấp Hà Lan B`, `Bộ
    /// trưởng Quốc phòng Nga C và người đồng cấp Việt Nam D`: the title of
    /// a counterpart (`counterpart_words.txt`) before a country is the
    /// title named last before it in the sentence, of that country's body;
    /// the length of the words, the title and the length of the country.
    fn counterpart_at(
        &self,
        toks: &[Token],
        out: &[Mention],
        i: usize,
        given: &[String],
    ) -> Option<(usize, Item, usize)> {
        use crate::extract::syllables::is_viet_nam;
        if !self.g.counterpart_words.starts(&toks[i]) {
            return None;
        }
        let (n, _) = self.g.counterpart_words.longest(toks, i)?;
        let home = is_viet_nam(toks, i + n);
        let (country, name) = if home {
            (2, None)
        } else {
            let (m, name) = self.g.countries.longest(toks, i + n)?;
            (m, Some(name))
        };
        // (Not `thông qua người đồng cấp Singapore đã yêu cầu`: a name
        // follows.)
        let named = |at: usize| {
            self.person_at(toks, at).is_some() || self.foreign_name_words(toks, at).is_some()
        };
        if !named(i + n + country) {
            return None;
        }
        let prev = out.iter().rev().find(
            |m| matches!(&m.item, Item::Title(t) if t.org.is_some() || t.implied_org.is_some()),
        )?;
        // (The title's words without its own country.)
        let end = match prev.end.checked_sub(2) {
            Some(x) if x >= prev.start && is_viet_nam(toks, x) => x,
            _ => self
                .country_start(toks, prev.start, prev.end)
                .unwrap_or(prev.end),
        };
        // (Acting is the person's, not the office's: `Quyền Bộ trưởng Quốc
        // phòng Mỹ A gửi thư cho người đồng cấp Thổ Nhĩ Kỳ B`: B is the
        // minister.)
        let acting = matches!(
            self.g.honorifics.longest(toks, prev.start),
            Some((1, HonorificKind::Acting))
        );
        let start = prev.start + usize::from(acting && prev.end > prev.start + 1);
        let mut words = toks[start..end].to_vec();
        if !home {
            words.extend_from_slice(&toks[i + n..i + n + country]);
        }
        let (item, k) = self.item_at_given(&words, 0, given);
        let Item::Title(title) = &item else {
            return None;
        };
        // (A head of state is a President's counterpart only as a
        // President, and not in a country ruled by a party, whose head is
        // no President: `Tổng thống Nga và người đồng cấp Mỹ A`, not `Chủ
        // tịch Trung Quốc B gửi lời chia buồn đến người đồng cấp Philippines
        // C` nor `Tổng thống D gặp người đồng cấp Trung Quốc E`.)
        let of_state = title
            .org
            .as_ref()
            .or(title.implied_org.as_ref())
            .and_then(|o| o.segments.first())
            .is_some_and(|s| s.head == "Nhà nước");
        let ruled_by_party = home || name.is_some_and(|c| self.g.parties.contains_key(c.as_str()));
        if k < words.len() || of_state && (title.role != "Tổng thống" || ruled_by_party) {
            return None;
        }
        Some((n, item, country))
    }

    /// `ba quận Hải Châu, Sơn Trà và Ngũ Hành Sơn`, `các phường A, B`: after
    /// a unit word counted or gathered (`plural_words.txt`, a number), the
    /// names listed after the first place are places of that unit too, not
    /// people.
    fn distribute_units(&self, ms: &mut [Mention], toks: &[Token]) {
        let joined_by =
            |m: &Mention, w: &str| matches!(&m.item, Item::Sep(x) | Item::Word(x) if x == w);
        let joined = |m: &Mention| joined_by(m, ",") || joined_by(m, "và");
        let mut unit: Option<Locality> = None;
        for k in 0..ms.len() {
            match &ms[k].item {
                Item::Place(l) if l.unit.is_some() => {
                    let counted = ms[k].start.checked_sub(1).is_some_and(|b| {
                        toks[b].is_number()
                            || self
                                .g
                                .plural_words
                                .longest(toks, b)
                                .is_some_and(|(n, _)| n == 1)
                    });
                    unit = counted.then(|| Locality::clone(l));
                }
                _ if unit.is_some() && joined(&ms[k]) => {}
                // (A name already read as a place, `Sơn Trà` of districts.tsv,
                // is words of the list.)
                Item::Word(_) if unit.is_some() && toks[ms[k].start].cap => {}
                Item::Person { name, short: false }
                    if unit.is_some()
                        && k > 0
                        && toks[ms[k].start].cap
                        && joined(&ms[k - 1])
                        // (After a comma the list goes on past the name:
                        // `các xã A, B, ông C làm việc` names C.)
                        && (joined_by(&ms[k - 1], "và") || ms.get(k + 1).is_some_and(joined)) =>
                {
                    let l = unit.as_ref().expect("a unit");
                    ms[k].item = Item::Place(Box::new(Locality {
                        name: Some(name.clone()),
                        province: None,
                        ..l.clone()
                    }));
                }
                _ => unit = None,
            }
        }
    }

    /// A role word whose body the text names by a given name of `given`
    /// (`Bộ trưởng Thăng`, `Trưởng ban Hùng`): the person, not a body.
    pub fn role_before_given_name(&self, toks: &[Token], given: &[String]) -> bool {
        (0..toks.len()).any(|i| {
            self.g
                .roles
                .longest(toks, i)
                .is_some_and(|(n, _)| i + n < toks.len() && self.given_name_at(toks, i + n, given))
        })
    }

    fn item_at_given(&self, toks: &[Token], i: usize, given: &[String]) -> (Item, usize) {
        if !given.is_empty() {
            if let Some((n, role)) = self.g.roles.longest(toks, i) {
                if self.person_at(toks, i).is_none()
                    && self.g.ranks.longest(toks, i).is_none()
                    && i + n < toks.len()
                    && self.given_name_at(toks, i + n, given)
                {
                    let (title, _) = self.title_after(role, toks, toks.len());
                    return (Item::Title(Box::new(title)), n);
                }
            }
        }
        self.item_at(toks, i)
    }

    fn item_at(&self, toks: &[Token], i: usize) -> (Item, usize) {
        let t = &toks[i];
        if !t.word {
            return (Item::Sep(t.text.clone()), 1);
        }
        if let Some((n, cue)) = career_period(toks, i) {
            return (Item::Cue(cue), n);
        }
        if let Some((n, item)) = self.person_at(toks, i) {
            return (item, n);
        }
        if let Some((n, rank)) = self.g.ranks.longest(toks, i) {
            return (Item::Rank(rank.clone()), n);
        }
        // (Not the second syllable of a compound word: `cán bộ trưởng
        // thành` is no `Bộ trưởng`.)
        let mid_word =
            || !t.text.starts_with(char::is_uppercase) && self.in_compound(toks, i, 1..=1);
        if let Some((n, role)) = self.g.roles.longest(toks, i).filter(|_| !mid_word()) {
            // Lower-case role words inside running text still count: the
            // press writes `Phó chủ tịch`, `phó bí thư`.
            let (title, m) = self.title_after(role, toks, i + n);
            return (Item::Title(Box::new(title)), n + m);
        }
        // `Quyền Bộ trưởng Quốc phòng Mỹ Patrick Shanahan`: an acting post
        // keeps its word (guide 1.5); not `chính quyền Tổng thống X`.
        if let (Some((1, HonorificKind::Acting)), Some((n, role))) = (
            self.g.honorifics.longest(toks, i),
            self.g.roles.longest(toks, i + 1),
        ) {
            let compound = (1..=i.min(3)).any(|back| {
                self.g
                    .honorifics
                    .longest(toks, i - back)
                    .is_some_and(|(m, k)| m == back + 1 && *k == HonorificKind::Compound)
            });
            if !compound {
                let (mut title, m) = self.title_after(role, toks, i + 1 + n);
                title.role = format!("{ACTING}{}", title.role);
                return (Item::Title(Box::new(title)), 1 + n + m);
            }
        }
        if let Some((phrase, n)) = self.org_at(toks, i, None, false) {
            return (Item::Org(Box::new(phrase)), n);
        }
        if let Some((loc, n)) = self.locality_at(toks, i, true) {
            return (Item::Place(Box::new(loc)), n);
        }
        // `giữ chức Vụ trưởng`: a capitalized word that starts a role of
        // several words is the role's, not the end of a cue (`giữ chức vụ`).
        let starts_role = |x: usize| {
            toks.get(x).is_some_and(|t| t.cap)
                && self.g.roles.longest(toks, x).is_some_and(|(m, _)| m > 1)
        };
        // (Nor the first words of a longer clause word: `làm`, `khi làm`
        // are cues, `làm việc`, `khi làm việc` are not; nor a syllable of a
        // word of several: `kỷ nguyên`, `nguyên tắc`, `cố gắng`.)
        let in_clause_word = |n: usize| {
            (i..i + n).any(|j| {
                self.g
                    .clause_words
                    .longest(toks, j)
                    .is_some_and(|(m, _)| j + m > i + n)
            })
        };
        if let Some((n, cue)) = self.former_cue_past_pronoun(toks, i) {
            return (Item::Cue(cue.clone()), n);
        }
        if let Some((n, cue)) = self
            .g
            .cues
            .matches_at(toks, i)
            .find(|&(n, _)| (n == 1 || !starts_role(i + n - 1)) && !in_clause_word(n))
            .filter(|_| !self.in_status_compound(toks, i))
        {
            // `giữ chức vụ`, `giữ chức danh` say what `giữ chức` says.
            let post_noun = toks[i + n - 1].is("chức")
                && toks.get(i + n).is_some_and(|t| t.is("vụ") || t.is("danh"))
                && !starts_role(i + n);
            let mut cue = cue.clone();
            // `không thể điều động ông X làm T`, `chưa bầu ông X làm T`: an
            // appointment denied gives no post, as a proposed one does not.
            let gives = cue.status == crate::Status::Starts || cue.scope == CueScope::Transfer;
            // (Not a word that qualifies a title: `mong muốn tân Thủ tướng`.)
            let wanted = !cue.attribute && intended(toks, i);
            if gives && (negated(toks, i) || wanted) {
                cue.scope = CueScope::Nomination;
            }
            // `muốn sa thải Chủ tịch FED A`, `đề nghị cách chức ông B`: a
            // dismissal wanted or asked for leaves the post held.
            if cue.status == crate::Status::Ends && cue.scope.before() && wanted {
                cue.status = crate::Status::Held;
            }
            // `Hiện ông A, Ủy viên Bộ Chính trị, làm Trưởng ban T`: serving
            // now, said of the holder named after `Hiện`, not a taking.
            let serving = toks.first().is_some_and(|t| t.key == "hiện")
                && n == 1
                && t.key == "làm"
                && i > 0
                && (toks[i - 1].text == "," || toks[i - 1].cap && toks[i - 1].word);
            if serving {
                cue.status = crate::Status::Held;
            }
            // (A cue written with the comma or stop that closes it, `tái
            // đắc cử ,`, leaves the mark to the sentence.)
            let closing = usize::from(!toks[i + n - 1].word && n > 1);
            return (Item::Cue(cue), n + usize::from(post_noun) - closing);
        }
        if t.is("và") || t.is("cùng") {
            return (Item::Sep(t.key.clone()), 1);
        }
        if let Some((n, _)) = self.g.fillers.longest(toks, i) {
            return (Item::Filler, n);
        }
        // Numbers and Roman numerals (`khóa XIV`) stand inside lists of titles.
        if is_numeral(t) {
            return (Item::Filler, 1);
        }
        (Item::Word(t.key.clone()), 1)
    }

    /// `thời gian bà còn làm T`, `khi ông còn là T`: a cue of the past
    /// (cues.tsv `khi còn là`, `trong thời gian làm`) with the subject's
    /// pronoun after its first words; its length with the pronoun.
    fn former_cue_past_pronoun(&self, toks: &[Token], i: usize) -> Option<(usize, &'g Cue)> {
        if !self.g.cues.starts(&toks[i]) {
            return None;
        }
        (1..=3).find_map(|k| {
            let p = i + k;
            let pronoun = self
                .g
                .honorifics
                .longest(toks, p)
                .is_some_and(|(n, h)| n == 1 && *h == HonorificKind::Honorific);
            // (Not `lúc ông ấy ...`: the pronoun goes on with `ấy`.)
            let demonstrative = toks
                .get(p + 1)
                .is_some_and(|t| matches!(t.key.as_str(), "ấy" | "đó" | "này" | "ta" | "kia"));
            if !pronoun || demonstrative {
                return None;
            }
            let joined: Vec<Token> = toks[i..p]
                .iter()
                .chain(toks[p + 1..].iter().take(4))
                .cloned()
                .collect();
            self.g
                .cues
                .matches_at(&joined, 0)
                .filter(|&(n, c)| n > k && c.status == crate::Status::Former)
                .max_by_key(|&(n, _)| n)
                .map(|(n, c)| (n + 1, c))
        })
    }

    /// The organization (or bare locality) after a role word, and how many
    /// tokens it spans; with the word of its holder's election before or
    /// after the body (`Tổng thống đắc cử Mỹ Donald Trump`, `Tổng thống
    /// Pháp mới đắc cử Emmanuel Macron`) when a name follows, which is no
    /// role's (`Bí thư Tỉnh ủy X đắc cử đại biểu Quốc hội` is elected to
    /// another post).
    fn title_after(&self, role: &RoleEntry, toks: &[Token], i: usize) -> (Title, usize) {
        let election = |at: usize| {
            let new = usize::from(toks.get(at).is_some_and(|t| t.key == "mới"));
            let n = new + 2;
            let elected = toks.get(at + new).is_some_and(|t| t.key == "đắc")
                && toks.get(at + new + 1).is_some_and(|t| t.key == "cử")
                && toks.get(at + n).is_some_and(|t| t.cap && t.word)
                && self.g.roles.longest(toks, at + n).is_none();
            if elected {
                n
            } else {
                0
            }
        };
        let before = election(i);
        let (mut title, n) = self.title_after_words(role, toks, i + before);
        let after = if before == 0 && title.org.is_some() {
            election(i + n)
        } else {
            0
        };
        title.elected = before + after > 0;
        // `Thủ tướng Việt Nam A`, `Bộ trưởng Quốc phòng Việt Nam B`: the
        // country of a home body, which names none, before its holder (not
        // an envoy's: `Đại sứ Việt Nam` is of a mission abroad).
        let at = i + before + n + after;
        let home = crate::extract::syllables::is_viet_nam(toks, at)
            && !self.of_mission(&role.role)
            && self.person_at(toks, at + 2).is_some();
        (title, before + n + after + if home { 2 } else { 0 })
    }

    /// Whether a role's body in another country is a mission, `Đại sứ
    /// quán`, `Tổng Lãnh sự quán` (an envoy's).
    fn of_mission(&self, role: &str) -> bool {
        self.g
            .country_orgs
            .get(role)
            .is_some_and(|b| b.ends_with(" quán"))
    }

    fn title_after_words(&self, role: &RoleEntry, toks: &[Token], i: usize) -> (Title, usize) {
        let implied_org = (!role.org.is_empty())
            .then(|| {
                let rt = crate::extract::tokens::tokenize(&role.org);
                self.org_at(&rt, 0, None, false).map(|(p, _)| p)
            })
            .flatten();
        let head = (!role.head.is_empty()).then_some(role.head.as_str());
        // `Phó Giám đốc phụ trách Công an tỉnh`: in charge of, the same post.
        let mut i = i;
        let mut skipped = 0;
        if toks.get(i).is_some_and(|t| t.key == "phụ")
            && toks.get(i + 1).is_some_and(|t| t.key == "trách")
        {
            i += 2;
            skipped = 2;
        }
        let mut title = Title {
            role: role.role.clone(),
            org: None,
            implied_org,
            fallback_org: None,
            joined: false,
            elected: false,
        };
        // `Thủ tướng Campuchia`, `Chủ tịch Trung Quốc`: the body the role
        // names, of that country; `Đại sứ Việt Nam tại Thụy Điển`: an
        // envoy's own country too.
        let envoy = self.g.country_orgs.contains_key(&role.role)
            && crate::extract::syllables::is_viet_nam(toks, i)
            && toks
                .get(i + 2)
                .is_some_and(|t| t.key == "tại" || t.key == "ở");
        let country = self
            .g
            .countries
            .longest(toks, i)
            .map(|(n, c)| (n, c.clone()))
            .or_else(|| envoy.then(|| (2, "Việt Nam".to_string())));
        let body = country.as_ref().and_then(|_| {
            title.implied_org.clone().or_else(|| {
                let body = self.g.country_orgs.get(&role.role)?;
                let rt = crate::extract::tokens::tokenize(body);
                self.org_at(&rt, 0, None, false).map(|(p, _)| p)
            })
        });
        if let (Some(mut org), Some((mut n, country))) = (body, country) {
            // (`... tại Việt Nam`, `... tại Thụy Điển`: where an envoy
            // serves, for a role whose body is a mission, `Đại sứ quán`,
            // `Tổng Lãnh sự quán`.)
            let serves = self
                .mission_after(toks, i + n)
                .filter(|_| self.of_mission(&role.role));
            if let Some(seg) = org.segments.last_mut() {
                seg.text = format!("{} {country}", seg.text);
                if let Some((m, place)) = &serves {
                    // (An envoy to a body of many countries heads a
                    // mission, not an embassy: `Đại sứ Mỹ tại Liên Hợp
                    // Quốc` → `Phái đoàn Mỹ tại Liên Hợp Quốc`.)
                    if self.g.world_body_named(place).is_some() {
                        if let Some(rest) = seg.text.strip_prefix(&seg.head) {
                            seg.text = format!("Phái đoàn{rest}");
                            seg.head = "Phái đoàn".to_string();
                        }
                    }
                    seg.text = format!("{} tại {place}", seg.text);
                    n += 1 + m;
                }
                seg.national = true;
            }
            org.surface = join(&toks[i..i + n]);
            title.org = Some(org);
            return (title, skipped + n);
        }
        // (A head the role word ends with is a body only with words after it:
        // `Tổng Thanh tra Chính phủ`, not `Tổng Thanh tra Lê Minh Khái`.)
        if let Some((mut phrase, n)) = self.org_at(toks, i, head, true).filter(|&(_, n)| n > 0) {
            // `Thượng nghị sĩ Đảng Cộng hòa A`, `Tổng thống Đảng Dân chủ B`: a
            // party after an office abroad that names its own body is the
            // holder's party; the office is of its own body.
            if !role.org.is_empty()
                && self.g.abroad_roles.contains(&role.role)
                && phrase.segments.len() == 1
                && self.is_party(&phrase.segments[0].head)
            {
                return (title, skipped + n);
            }
            // `Đảng ủy viên Công an tỉnh X`, `chi ủy viên phòng Y`: the party
            // committee (of any body) the role word names, of the body after
            // it.
            // `Ủy viên Thường vụ Tỉnh ủy X`: the board of a committee the
            // role word names, of the committee after it.
            if let Some(implied) = title.implied_org.take() {
                let generic = |s: &Segment| s.kind == OrgKind::Committee && s.level == Level::Any;
                let committee = |s: &Segment| {
                    s.kind == OrgKind::Committee
                        || s.head.ends_with(" ủy Trung ương")
                        || s.head.ends_with(" ủy")
                };
                let board = implied.segments.len() == 1
                    && implied.segments[0].default_parent.is_some()
                    && phrase.segments.first().is_some_and(committee);
                // `Ủy viên Thường vụ Bộ Chính trị Đảng Cộng sản Trung Quốc`:
                // the party's own body the role word names (not one whose
                // name ends with its party: `Tổng Bí thư Đảng Cộng sản Cuba`
                // is no `Ban Chấp hành Trung ương Đảng Đảng ...`).
                let of_party = implied.segments.len() == 1
                    && implied.segments[0].kind == OrgKind::National
                    && !implied.segments[0]
                        .head
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| self.is_party(w))
                    && phrase.segments.len() == 1
                    && self.is_party(&phrase.segments[0].head);
                if board
                    || of_party
                    || implied.segments.iter().all(generic)
                        && !phrase
                            .segments
                            .first()
                            .is_some_and(|s| s.kind == OrgKind::Committee)
                {
                    phrase.segments.splice(0..0, implied.segments);
                } else {
                    title.implied_org = Some(implied);
                }
            }
            // `Chánh Văn phòng UBND tỉnh X`: the head the role word ends
            // with, when it needs no name of its own, is the unit of the body
            // written after it (`Văn phòng Ủy ban nhân dân tỉnh X`); not of a
            // body abroad, whose offices are named otherwise (`Chánh Văn phòng
            // Nhà Trắng`, the White House chief of staff).
            let abroad = |s: &Segment| {
                let st = crate::extract::tokens::tokenize(&s.text);
                (0..st.len()).any(|x| self.g.countries.longest(&st, x).is_some())
            };
            if let Some(h) = head.filter(|h| {
                phrase
                    .segments
                    .first()
                    .is_some_and(|s| s.head != *h && !abroad(s))
            }) {
                if let Some(unit) = self.head_segment(h).filter(|u| u.text == h) {
                    phrase.segments.insert(0, unit);
                }
            }
            // `Phát ngôn viên Đại sứ quán Mỹ tại Campuchia A`, `Giám đốc
            // quốc gia Ngân hàng Thế giới tại Việt Nam A`: the body's office
            // in a country, when its holder's name follows.
            let mut n = n;
            let office = phrase
                .locality
                .is_none()
                .then(|| self.office_in(toks, i + n))
                .flatten();
            if let (Some((m, place)), Some(seg)) = (office, phrase.segments.last_mut()) {
                seg.text = format!("{} tại {place}", seg.text);
                n += 1 + m;
                phrase.surface = join(&toks[i..i + n]);
            }
            title.org = Some(phrase);
            return (title, skipped + n);
        }
        if let Some(org) = self.acronym_body(toks, i) {
            title.org = Some(org);
            return (title, skipped + 1);
        }
        // (A role of a business: its body is a company's, maybe a brand.)
        if listed(&role.body, "Công ty") {
            // (`A, Tổng Giám đốc X`: said of a person named before it.)
            let apposed = || {
                skipped == 0
                    && i.checked_sub(role.surface.split_whitespace().count() + 1)
                        .is_some_and(|comma| {
                            toks[comma].text == ","
                                && (2..=4).any(|k| {
                                    comma.checked_sub(k).is_some_and(|s| {
                                        self.person_at(toks, s).is_some_and(|(n, _)| n == k)
                                            || self.foreign_name_len(toks, s) == Some(k)
                                    })
                                })
                        })
            };
            if let Some((org, n)) = self.brand_body(toks, i, apposed) {
                title.org = Some(org);
                return (title, skipped + n);
            }
        }
        if !role.locality_org.is_empty() {
            let body = match role.locality_org.as_str() {
                "@committee" => "Tỉnh ủy",
                other => other,
            };
            let ht = crate::extract::tokens::tokenize(&crate::extract::normalize::key(body));
            title.fallback_org = self.org_at(&ht, 0, None, false).map(|(p, _)| OrgPhrase {
                surface: String::new(),
                ..p
            });
        }
        if !role.locality_org.is_empty() {
            if let Some((loc, n)) = self.locality_at(toks, i, false) {
                let head = if role.locality_org == "@committee" {
                    // `Bí thư quận 1` → Quận ủy, `Bí thư xã X` → Đảng ủy.
                    self.g.committee_of(loc.unit.as_deref(), loc.level)
                } else {
                    role.locality_org.as_str()
                };
                let ht = crate::extract::tokens::tokenize(&crate::extract::normalize::key(head));
                if let Some((_, h)) = self.g.org_heads.longest(&ht, 0) {
                    let surface = join(&toks[i..i + n]);
                    title.org = Some(OrgPhrase {
                        segments: vec![segment(h, None, None)],
                        locality: Some(loc),
                        surface,
                    });
                    return (title, skipped + n);
                }
            }
        }
        (title, 0)
    }
}

/// `tham gia Ban Chấp hành, Ban Thường vụ`: joining a list of bodies is
/// membership of each (a title `Ủy viên` per body). So is being elected
/// into one (`bầu ông A vào Ban Thường vụ Tỉnh ủy`; `Đại biểu` of an
/// elected assembly: `trúng cử vào HĐND tỉnh`).
fn distribute_membership(ms: &mut [Mention]) {
    let mut joining = false;
    let mut elected = false;
    for k in 0..ms.len() {
        let into = elected && k > 0 && matches!(&ms[k - 1].item, Item::Word(w) if w == "vào");
        match &ms[k].item {
            Item::Cue(c) if c.surface.ends_with("tham gia") => joining = true,
            Item::Cue(c) => {
                elected |= c.status == crate::Status::Starts
                    && (c.surface.contains("bầu") || c.surface.contains("trúng cử"));
                joining = false;
            }
            Item::Sep(s) if s == "." => elected = false,
            Item::Sep(s) if joining && matches!(s.as_str(), "," | "và") => {}
            Item::Org(o) if joining || into => {
                let assembly = matches!(
                    o.segments[0].head.as_str(),
                    "Quốc hội" | "Hội đồng nhân dân"
                );
                ms[k].item = Item::Title(Box::new(Title {
                    role: if assembly {
                        "Đại biểu"
                    } else {
                        "Ủy viên"
                    }
                    .to_string(),
                    org: Some(OrgPhrase::clone(o)),
                    implied_org: None,
                    fallback_org: None,
                    joined: into,
                    elected: false,
                }));
            }
            _ => joining = false,
        }
    }
}

fn segment(head: &OrgHead, name: Option<String>, parent: Option<String>) -> Segment {
    let text = match &name {
        Some(n) => format!("{} {}", head.canonical, n),
        None => head.canonical.clone(),
    };
    Segment {
        text,
        head: head.canonical.clone(),
        kind: head.kind,
        level: head.level,
        default_parent: parent.or_else(|| (!head.parent.is_empty()).then(|| head.parent.clone())),
        national: head.kind == OrgKind::National,
        after_comma: false,
    }
}

/// `Trung ương`, `Trung ương Đảng` as written after another segment.
fn national_surface(toks: &[Token]) -> String {
    let text = toks
        .iter()
        .map(|t| match t.key.as_str() {
            "tw" | "tư" | "t.ư" => "Trung ương".to_string(),
            "trung" => "Trung".to_string(),
            "ương" => "ương".to_string(),
            "đảng" => "Đảng".to_string(),
            _ => capitalize(&t.text),
        })
        .collect::<Vec<_>>()
        .join(" ");
    text
}

/// `s` with its first letter in upper case (`thành phố` → `Thành phố`).
pub(crate) fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// Joins tokens as written, without spaces before closing punctuation.
pub fn join(toks: &[Token]) -> String {
    let mut out = String::new();
    for (k, t) in toks.iter().enumerate() {
        if k > 0
            && !matches!(t.text.as_str(), "," | "." | ")" | ";" | ":")
            && toks[k - 1].text != "("
        {
            out.push(' ');
        }
        out.push_str(&t.text);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::normalize::normalize;
    use crate::extract::tokens::tokenize;

    fn items(s: &str) -> Vec<Item> {
        let g = Gazetteer::embedded();
        let toks = tokenize(&normalize(s));
        MentionFinder::new(&g)
            .find(&toks)
            .into_iter()
            .map(|m| m.item)
            .collect()
    }

    fn people(s: &str) -> Vec<String> {
        items(s)
            .into_iter()
            .filter_map(|i| match i {
                Item::Person { name, .. } => Some(name),
                _ => None,
            })
            .collect()
    }

    /// The bodies a sentence names, each as its segments' words.
    fn bodies(s: &str) -> Vec<String> {
        items(s)
            .into_iter()
            .filter_map(|i| match i {
                Item::Org(o) => Some(
                    o.segments
                        .iter()
                        .map(|s| s.text.as_str())
                        .collect::<Vec<_>>()
                        .join(" "),
                ),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_head_capitalized_only_as_the_first_word_needs_a_proper_name() {
        // `Ngân hàng lãi lớn` opening a headline is no bank named `lãi lớn`.
        assert!(bodies("Ngân hàng lãi lớn nhưng không được chi thưởng.").is_empty());
        // A name in lower case with a proper name or a place in it is one.
        for text in [
            "Trung tâm điều dưỡng phục hồi chức năng Sầm Sơn tổ chức lễ.",
            "Bệnh viện đa khoa tỉnh Hòa Bình tổ chức lễ.",
            // Within a sentence the capital is the writer's: the name may
            // go on in lower case.
            "Ông A làm việc ở Trung tâm điều dưỡng phục hồi chức năng.",
        ] {
            assert_eq!(bodies(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn the_state_bank_has_no_name_after_it() {
        // (`Ngân hàng` took `Nhà nước quyết định` as its name.)
        assert_eq!(
            bodies("Khi nào Ngân hàng Nhà nước quyết định nhân sự, ngân hàng sẽ báo."),
            ["Ngân hàng Nhà nước"]
        );
    }

    #[test]
    fn a_cue_inside_a_longer_clause_word_is_no_cue() {
        let cues = |s: &str| {
            items(s)
                .into_iter()
                .filter(|i| matches!(i, Item::Cue(_)))
                .count()
        };
        // `làm` gives a post; `làm việc` (to work) gives none.
        assert_eq!(cues("Ông Trần Văn Nam làm việc tại Tây Ninh nhiều năm."), 0);
        assert_eq!(cues("Ông A sẽ làm Phó Chủ tịch."), 1);
    }

    #[test]
    fn foreign_names_after_an_honorific_and_with_joined_initials() {
        // (The honorific was read into the name: `ông Jim Mattis`.)
        assert_eq!(
            people("Bộ trưởng Quốc phòng Mỹ ông Jim Mattis rời nhiệm sở."),
            ["Jim Mattis"]
        );
        // (The name stopped at `H.W`.)
        assert_eq!(
            people("Cựu tổng thống Mỹ George H.W. Bush qua đời."),
            ["George H.W. Bush"]
        );
        // (Words joined by a hyphen written apart were two people; not a
        // title after a name and a dash.)
        assert_eq!(
            people("Ông Jean - Pierre Dumont, Chủ tịch Ủy ban châu Âu, cho biết."),
            ["Jean - Pierre Dumont"]
        );
        assert_eq!(
            people("Ông John Smith - Giám đốc công ty cho biết."),
            ["John Smith"]
        );
    }

    #[test]
    fn roman_numerals_of_terms_have_their_values() {
        for (s, v) in [
            ("XIII", 13),
            ("XIV", 14),
            ("IX", 9),
            ("XL", 40),
            ("VIII", 8),
        ] {
            assert_eq!(roman_value(s), Some(v), "{s}");
        }
        for s in ["", "Lan", "XIIa", "15"] {
            assert_eq!(roman_value(s), None, "{s}");
            assert!(!is_roman(s), "{s}");
        }
    }

    #[test]
    fn a_known_korean_name_is_read_with_its_hyphened_last_syllable() {
        assert_eq!(
            people("Ông là thân tín của cố lãnh đạo Kim Jong - il."),
            ["Kim Jong - il"]
        );
    }

    #[test]
    fn finds_people_by_family_name_and_honorific() {
        assert_eq!(
            people("Dự có đồng chí Lê Anh Xuân, Bí thư; Trần Anh Chung và ông Phóng."),
            ["Lê Anh Xuân", "Trần Anh Chung", "Phóng"]
        );
    }

    #[test]
    fn a_name_stops_at_a_role_word() {
        assert_eq!(
            people("ông Hoàng Dân Mạc Bí thư Tỉnh ủy"),
            ["Hoàng Dân Mạc"]
        );
    }

    #[test]
    fn a_place_word_that_ends_a_longer_word_blocks_no_name() {
        // `thôn` (a hamlet) and `bản` (a village) end `nông thôn` and
        // `xuất bản`: the name after them is a person's.
        assert_eq!(
            people("Bộ trưởng Nông nghiệp và Phát triển nông thôn Nguyễn Xuân Cường phát biểu."),
            ["Nguyễn Xuân Cường"]
        );
        assert_eq!(
            people("Giám đốc Nhà xuất bản Trẻ Dương Thành Truyền nói."),
            ["Dương Thành Truyền"]
        );
        assert!(people("thôn Nguyễn Huệ").is_empty());
    }

    #[test]
    fn places_are_not_people() {
        assert!(people("tỉnh Hà Giang và Cao Bằng, đường Lê Lợi").is_empty());
        assert!(people("Bà Rịa - Vũng Tàu").is_empty());
    }

    #[test]
    fn a_capitalized_run_opened_after_a_lower_case_word_is_a_place_or_a_body() {
        assert!(people("việc mở rộng sân bay Tân Sơn Nhất quá tải").is_empty());
        assert_eq!(
            people("phó giám đốc công ty Long Sơn Nguyễn Xuân Thiên Sửu hầu tòa"),
            ["Nguyễn Xuân Thiên Sửu"]
        );
        // (A full name after a body's last word is one still.)
        assert_eq!(
            people("Chánh văn phòng Trung ương Đảng Phạm Gia Túc phát biểu"),
            ["Phạm Gia Túc"]
        );
    }

    #[test]
    fn a_districts_name_written_bare_is_a_place() {
        assert!(people("Cuộc tiếp xúc cử tri tại Uông Bí và Sơn Trà.").is_empty());
        // (After a role word it is a person's name.)
        assert_eq!(people("Chủ tịch Hoàng Mai phát biểu."), ["Hoàng Mai"]);
    }

    #[test]
    fn names_listed_after_a_counted_unit_are_its_places() {
        assert_eq!(
            people("ông Trần Văn Nam tiếp xúc cử tri ba quận Hải Châu, Sơn Trà và Lê Lợi."),
            ["Trần Văn Nam"]
        );
        // (Not a name after the list, past a comma, with its own predicate,
        // nor after a single unit: `phường Lê Lợi, Nguyễn Văn A cho biết`.)
        assert_eq!(
            people("Tại hai xã Tân Lập và Đông Hòa, Nguyễn Văn Cừ cho biết."),
            ["Nguyễn Văn Cừ"]
        );
        assert_eq!(
            people("Tại phường Tân Lập, Nguyễn Văn Cừ và Lê Văn Tám cho biết."),
            ["Nguyễn Văn Cừ", "Lê Văn Tám"]
        );
    }

    #[test]
    fn title_with_board_committee_and_locality() {
        let it = items("Trưởng ban Tuyên giáo Tỉnh uỷ Bắc Ninh");
        let Item::Title(t) = &it[0] else {
            panic!("{it:?}")
        };
        assert_eq!(t.role, "Trưởng ban");
        let org = t.org.as_ref().unwrap();
        let segs: Vec<&str> = org.segments.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(segs, ["Ban Tuyên giáo", "Tỉnh ủy"]);
        assert_eq!(
            org.locality.as_ref().unwrap().name.as_deref(),
            Some("Bắc Ninh")
        );
    }

    #[test]
    fn a_role_with_its_holder_after_names_no_ministry() {
        // `Bộ trưởng Motegi`, `cựu bộ trưởng Ray Mabus`: the words after the
        // role are a holder's name, not the name of a `Bộ`.
        for s in [
            "Theo Bộ trưởng Kowalski, Ba Lan đã cố gắng.",
            "thay cựu bộ trưởng Ray Mabus.",
        ] {
            let it = items(s);
            assert!(
                it.iter()
                    .all(|i| !matches!(i, Item::Title(t) if t.org.is_some())),
                "{it:?}"
            );
        }
    }

    #[test]
    fn abbreviations_and_units() {
        let it = items("Chủ tịch HĐND TP Thanh Hóa");
        let Item::Title(t) = &it[0] else {
            panic!("{it:?}")
        };
        let org = t.org.as_ref().unwrap();
        assert_eq!(org.segments[0].text, "Hội đồng nhân dân");
        let loc = org.locality.as_ref().unwrap();
        assert_eq!(
            (loc.unit.as_deref(), loc.name.as_deref()),
            (Some("thành phố"), Some("Thanh Hóa"))
        );
    }

    #[test]
    fn role_with_bare_locality() {
        let it = items("Chủ tịch tỉnh Phú Yên");
        let Item::Title(t) = &it[0] else {
            panic!("{it:?}")
        };
        assert_eq!(t.org.as_ref().unwrap().segments[0].text, "Ủy ban nhân dân");
    }

    #[test]
    fn ranks_are_not_roles() {
        let it = items("Thiếu tướng Lê Đông Phong");
        assert_eq!(it[0], Item::Rank("Thiếu tướng".into()));
        assert!(matches!(&it[1], Item::Person { name, .. } if name == "Lê Đông Phong"));
    }

    #[test]
    fn a_name_after_a_trade_or_degree_is_a_person_but_not_a_body_or_field() {
        assert_eq!(
            people("Sau đó PGS Khang, Viện trưởng Viện Kinh tế, cho biết."),
            ["Khang"]
        );
        assert_eq!(people("Thầy Khang từng làm hiệu phó."), ["Khang"]);
        assert_eq!(
            people("Bác sĩ Bệnh viện Chợ Rẫy Lê Văn Nam cho biết."),
            ["Lê Văn Nam"]
        );
        assert_eq!(
            people("Ông Lê Văn Khang là tiến sĩ Kinh tế, từng giữ chức Chủ tịch."),
            ["Lê Văn Khang"]
        );
        assert!(people("Cổ phiếu TS Group tăng mạnh.").is_empty());
        // (Alone, the word stands for no one: not a pronoun as `ông` is.)
        assert!(!items(
            "Cây bút Karim Nouri, giáo sư kiêm giám đốc Trung tâm Nghiên cứu Kinh tế, cho rằng."
        )
        .iter()
        .any(|i| matches!(i, Item::Pronoun(_))));
    }

    #[test]
    fn a_name_after_a_house_number_is_a_street() {
        assert!(
            people("Lễ viếng diễn ra tại Nhà tang lễ (số 5 Trần Thành Tông, Hà Nội).").is_empty()
        );
        assert!(people("Cửa hàng tại số 12 Lê Lợi bị đóng cửa.").is_empty());
        assert!(people("Trụ sở đặt tại 45-47 Lê Duẩn, quận 1.").is_empty());
        assert!(people("Sai phạm tại nhà 8B Lê Trực chưa được xử lý.").is_empty());
        assert!(people("Bà D. trú ở 4/488 Lê Duẩn, phường Phú Thủy.").is_empty());
        // (The number of a body, then its head: `Trường THPT X số 3 A`.)
        assert_eq!(
            people("Hiệu trưởng Trường THPT Tuy Phước số 3 Lê Thị Hoa cho biết."),
            ["Lê Thị Hoa"]
        );
    }

    #[test]
    fn a_foreign_name_after_an_honorific_goes_on_over_its_particles_and_hyphens() {
        assert_eq!(
            people("Ông Karim Hadi al - Nouri nói."),
            ["Karim Hadi al - Nouri"]
        );
        assert_eq!(
            people("Chủ tịch Cuba Raúl Díaz - Morales đã tới Hà Nội."),
            ["Raúl Díaz - Morales"]
        );
    }

    #[test]
    fn a_country_between_an_honorific_and_a_name_is_no_part_of_the_name() {
        assert_eq!(
            people("Cái chết của nhà báo Saudi Arabia Karim Nouri gây chấn động."),
            ["Karim Nouri"]
        );
    }

    #[test]
    fn a_title_opening_a_foreign_name_is_no_part_of_it() {
        assert_eq!(
            people("Tổng thống Myanmar U Zaw Myint đến Hà Nội."),
            ["Zaw Myint"]
        );
        assert_eq!(
            people("Thủ tướng Campuchia Samdech Techo Sok Chea phát biểu."),
            ["Sok Chea"]
        );
        assert_eq!(people("Ông U Win Myint nói."), ["Win Myint"]);
    }

    #[test]
    fn a_station_a_cave_or_a_country_after_a_word_for_people_is_no_person() {
        assert!(people("Người dân ở trước cửa ga Đồng Đăng cho biết.").is_empty());
        assert_eq!(
            people("Ông Lê Văn Nam công bố kết quả khảo sát hang Sơn Đoòng."),
            ["Lê Văn Nam"]
        );
        assert!(people("Tại phố đi bộ Nguyễn Huệ diễn ra triển lãm.").is_empty());
        assert!(people("Doanh nhân Việt Nam đang làm việc tại các doanh nghiệp.").is_empty());
        assert_eq!(
            people("Ông Lê Văn Nam nói với các doanh nhân Nhật Bản."),
            ["Lê Văn Nam"]
        );
        // (A short name may be a country's.)
        assert_eq!(people("Bà Nga nguyên là Đại biểu Quốc hội."), ["Nga"]);
    }
}
