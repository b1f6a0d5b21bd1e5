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
*/

use compact_str::CompactString;
use std::ops::RangeInclusive;

use crate::extract::gazetteer::{
    Cue, CueScope, Eponym, Gazetteer, HonorificKind, Level, NameRule, OrgHead, OrgKind, Province,
    RoleEntry, ACTING,
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

/// `XIV`, `II`: a term of office, not a name.
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

fn is_roman(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
}

/// All letters in capitals (`UBND`, `TƯ`).
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
fn foreign_word(t: &Token) -> bool {
    t.cap && t.word && !crate::extract::syllables::is_vietnamese_syllable(&t.text)
}

pub(crate) fn is_upper(t: &Token) -> bool {
    t.text
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
}

/// A short one-word head written for a longer canonical name (`tư`, `ca`),
/// which in title case is a syllable of another word. (Longer ones in title
/// case are brand names: `Viettel`.)
fn is_abbreviation(t: &Token, head: &OrgHead) -> bool {
    head.canonical.split(' ').count() > 1 && t.key.chars().count() <= 3
}

fn is_title_case(t: &Token) -> bool {
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
            // Dietrich`: after a title that names its body, capitalized
            // words that are not Vietnamese syllables are a foreign name.
            // (`Phó Chủ tịch Ủy ban Trung ương Đảng Lao động Triều Tiên (WPK)
            // Kim Phyong - hae`: the body's abbreviation in brackets between.)
            let before = out[..past_brackets(&out)].last();
            let (after_country, complete) = match before {
                Some(
                    m @ Mention {
                        item: Item::Title(t),
                        ..
                    },
                ) => (
                    self.ends_with_country(toks, m.start, m.end),
                    t.org.is_some() || t.implied_org.is_some(),
                ),
                _ => (false, false),
            };
            // `Hai thượng nghị sĩ Richard Blumenthal và Jeanne Shaheen`: a
            // foreign name after a foreign name and `và` or a comma; or
            // before a comma and its title.
            let found = (after_country || complete)
                .then(|| {
                    self.foreign_name_words(toks, i).filter(|&n| {
                        after_country
                            || (n >= 2
                                && toks[i..i + n].iter().any(|t| {
                                    !crate::extract::syllables::is_vietnamese_syllable(&t.text)
                                }))
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
        out
    }

    /// The length of a foreign name (two words or more, none a syllable of
    /// the language) at `i` that follows a foreign name and `và` or a comma.
    fn coordinated_foreign_name(&self, toks: &[Token], out: &[Mention], i: usize) -> Option<usize> {
        let [.., person, sep] = out else {
            return None;
        };
        let foreign = matches!(person.item, Item::Person { short: false, .. })
            && self.foreign_words(toks, person.start, person.end);
        if !sep_is(sep, &["và", ","]) || !foreign {
            return None;
        }
        self.foreign_name_len(toks, i)
    }

    /// The length of a foreign name (two words or more, none a syllable of
    /// the language) at `i` that stands before a comma and a title (`Dina
    /// Powell, cựu cố vấn Nhà Trắng`; `Ursula von der Leyen, Bộ trưởng Quốc
    /// phòng Đức`), a word of the past allowed between (`cựu`, `nguyên`).
    fn foreign_name_in_apposition(&self, toks: &[Token], i: usize) -> Option<usize> {
        // (The cheap test first: this is asked at every word.)
        if !foreign_word(&toks[i]) {
            return None;
        }
        let n = self.foreign_name_len(toks, i)?;
        let former = |j: usize| {
            self.g
                .cues
                .longest(toks, j)
                .is_some_and(|(m, c)| m == 1 && c.status == crate::Status::Former)
        };
        let title = i + n + 1 + usize::from(former(i + n + 1));
        (toks.get(i + n).is_some_and(|t| t.text == ",")
            && self.g.roles.longest(toks, title).is_some())
        .then_some(n)
    }

    /// Whether the tokens `start..end` end with a country's name.
    fn ends_with_country(&self, toks: &[Token], start: usize, end: usize) -> bool {
        (start..end).any(|x| {
            self.g
                .countries
                .longest(toks, x)
                .is_some_and(|(n, _)| x + n == end)
        })
    }

    /// Up to four capitalized words at `i` that no table knows (a foreign
    /// name: `Pany Yathotou`, `Phết-tha-von Phi-lạ-văn`, `Lưu Kỳ Bảo`).
    fn foreign_name_words(&self, toks: &[Token], i: usize) -> Option<usize> {
        if let Some((n, Item::Person { .. })) = self.person_at(toks, i) {
            return Some(n);
        }
        // (At most four words, initials' dots and the pieces a hyphen joins
        // not counted: `George H. W. Bush`, `Prayut Chan - o - cha`.)
        let known_at =
            |x: usize| self.known_word_at(toks, x) || self.g.countries.longest(toks, x).is_some();
        let title_ascii = |y: usize| {
            toks.get(y)
                .is_some_and(|w| is_title_case(w) && w.text.is_ascii() && !known_at(y))
        };
        let mut n = 0;
        let mut pieces = 0;
        // (Four words, or six with a particle: `Mohammed bin Rashid Al
        // Maktoum`.)
        let mut most = 4;
        while n - pieces < most && i + n < toks.len() {
            let x = i + n;
            let t = &toks[x];
            let known = known_at(x);
            // `George W. Bush`: an initial inside a foreign name.
            if n > 0
                && t.text.chars().count() == 1
                && t.cap
                && toks.get(x + 1).is_some_and(|d| d.text == ".")
                && toks.get(x + 2).is_some_and(is_title_case)
            {
                n += 2;
                pieces += 1;
                continue;
            }
            // `Moon Jae - in`, `Ri Yong - ho`: a Korean given name written
            // with a spaced hyphen, after a name in plain letters (not `huyện
            // Vạn Ninh - cho biết`, nor `Donald Trump - bà Omarosa`).
            if n > 0 && self.korean_given_tail(toks, i, x) {
                n += 2;
                pieces += 2;
                continue;
            }
            // `Khalifa bin Zayed Al Nahyan`, `Ursula von der Leyen`: a
            // particle inside a foreign name.
            if n > 0
                && self.g.name_particles.longest(toks, x).is_some()
                && (title_ascii(x + 1) || self.g.name_particles.longest(toks, x + 1).is_some())
            {
                n += 1;
                pieces += 1;
                most = 6;
                continue;
            }
            // `Bashar Al - Assad`: a particle joined to the family name by a
            // spaced hyphen.
            if n > 0
                && t.text == "-"
                && self.g.name_particles.longest(toks, x - 1).is_some()
                && title_ascii(x + 1)
            {
                n += 2;
                pieces += 1;
                continue;
            }
            // `Miguel Diaz - Canel`, `Alexandria Ocasio - Cortez`: a double
            // family name, its halves joined by a spaced hyphen, ending the
            // name (not after a whole known name: `Donald Trump - Kim`).
            if n >= 2
                && t.text == "-"
                && title_ascii(x - 1)
                && title_ascii(x + 1)
                && !title_ascii(x + 2)
                && self
                    .g
                    .foreign_names
                    .longest(toks, i)
                    .is_none_or(|(m, _)| m != n)
            {
                n += 2;
                break;
            }
            // `Jean - Claude Juncker`: a double given name, its halves
            // joined by a spaced hyphen, before the family name.
            if n == 1 && t.text == "-" && title_ascii(i) && title_ascii(x + 1) && title_ascii(x + 2)
            {
                n += 2;
                pieces += 1;
                continue;
            }
            if !is_title_case(t) || known {
                break;
            }
            n += 1;
        }
        (n > 0).then_some(n)
    }

    /// Whether the head word of a business or of a body often named after
    /// someone (`Công ty`, `Trường`) ends right before `i`: its name may go
    /// on in foreign words (`Công ty Điện tử Samsung Electronics`, `Trường
    /// tiểu học St Mary`).
    fn after_foreign_named_head(&self, toks: &[Token], i: usize) -> bool {
        (1..=4.min(i)).any(|back| {
            self.g
                .org_heads
                .longest(toks, i - back)
                .is_some_and(|(n, h)| n == back && (h.is_enterprise() || h.eponym() != Eponym::No))
        })
    }

    /// Whether a foreign name of two words or more, none of them a syllable
    /// of the language, starts at `x` (`Jens Stoltenberg`, `Sergei
    /// Kislyak`).
    fn foreign_name_at(&self, toks: &[Token], x: usize) -> bool {
        self.foreign_name_len(toks, x).is_some()
    }

    /// The length in tokens of the foreign name [`Self::foreign_name_at`]
    /// finds at `x`.
    fn foreign_name_len(&self, toks: &[Token], x: usize) -> Option<usize> {
        self.foreign_name_words(toks, x).filter(|&k| {
            (x..x + k).filter(|&y| toks[y].word).count() >= 2 && self.foreign_words(toks, x, x + k)
        })
    }

    /// Whether no word of `toks[from..to]` is a syllable of the language
    /// (a particle, `von`, may spell one).
    fn foreign_words(&self, toks: &[Token], from: usize, to: usize) -> bool {
        (from..to).filter(|&y| toks[y].word).all(|y| {
            !crate::extract::syllables::is_vietnamese_syllable(&toks[y].text)
                || self.g.name_particles.longest(toks, y).is_some()
        })
    }

    /// Where an envoy serves, after `tại` at `at`: a country, Viet Nam, or
    /// a city's capitalized words up to the holder's name (`tại Thượng Hải
    /// Lê Văn A`, `tại Washington Sergei Kislyak`); with its length.
    fn mission_place(&self, toks: &[Token], at: usize) -> Option<(usize, String)> {
        if let Some((m, c)) = self.g.countries.longest(toks, at) {
            return Some((m, c.clone()));
        }
        if crate::extract::syllables::is_viet_nam(toks, at) {
            return Some((2, "Việt Nam".to_string()));
        }
        let holder = |x: usize| self.person_at(toks, x).is_some() || self.foreign_name_at(toks, x);
        (1..=3)
            .take_while(|&m| toks.get(at + m - 1).is_some_and(is_title_case))
            .find(|&m| holder(at + m))
            .map(|m| (m, join(&toks[at..at + m])))
    }

    /// `Chủ tịch VINASA Trương Gia Bình`, `Tổng Giám đốc Novaland Bùi Xuân
    /// Huy`: a body named by an acronym or a brand no table knows, at `i`
    /// between a role and its holder's name (a brand, one word that is no
    /// syllable of the language, before a name of the language only).
    fn acronym_body(&self, toks: &[Token], i: usize) -> Option<OrgPhrase> {
        let t = toks.get(i).filter(|t| {
            t.word
                && t.cap
                && t.text.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && self.g.units.longest(toks, i).is_none()
                && self.g.countries.longest(toks, i).is_none()
                && !self.g.abbreviations.contains_key(t.key.as_str())
        })?;
        let ours = self.person_at(toks, i + 1).is_some();
        let brand = !is_upper(t)
            && t.text.chars().all(char::is_alphanumeric)
            && !crate::extract::syllables::is_vietnamese_syllable(&t.text)
            && self.g.org_heads.longest(toks, i).is_none()
            && self.g.roles.longest(toks, i).is_none();
        if !(is_upper(t) && (ours || self.foreign_name_at(toks, i + 1)) || brand && ours) {
            return None;
        }
        Some(OrgPhrase {
            segments: vec![Segment {
                text: t.text.to_string(),
                head: t.text.to_string(),
                kind: OrgKind::Agency,
                level: Level::Any,
                default_parent: None,
                national: false,
                after_comma: false,
            }],
            locality: None,
            surface: t.text.to_string(),
        })
    }

    /// Whether a foreign person's name of two words or more starts at `x`,
    /// right after a lower-case word of the language or a country, with no
    /// capitalized word after it (`... Năng lượng Anatoly Yanovsky.`, not `Công ty Samsung
    /// Electronics`, whose name starts with the foreign words).
    fn foreign_holder_at(&self, toks: &[Token], x: usize) -> bool {
        let after_ours = x > 0
            && toks[x - 1].word
            && !toks[x - 1].cap
            && crate::extract::syllables::is_vietnamese_syllable(&toks[x - 1].text)
            && !matches!(toks[x - 1].key.as_str(), "ở" | "tại");
        // (`Bộ trưởng Phát triển kinh tế Italia Carlo Calenda`.)
        let after_country = (1..=3.min(x)).any(|back| {
            self.g
                .countries
                .longest(toks, x - back)
                .is_some_and(|(n, _)| n == back)
        });
        if !(after_ours || after_country) || !self.foreign_name_at(toks, x) {
            return false;
        }
        let k = self.foreign_name_words(toks, x).unwrap_or(0);
        toks[x..x + k]
            .iter()
            .filter(|t| t.word)
            .all(|t| is_title_case(t) && t.text.chars().count() > 1)
            && toks.get(x + k).is_none_or(|t| !(t.word && t.cap))
            && !(x..x + k).any(|y| self.g.foreign_name_nouns.longest(toks, y).is_some())
    }

    /// A given name of `given` written alone at `i` (capitalized, with no
    /// capitalized word after it).
    fn given_name_at(&self, toks: &[Token], i: usize, given: &[String]) -> bool {
        let t = &toks[i];
        is_title_case(t)
            && given.iter().any(|g| *g == t.key)
            && !toks.get(i + 1).is_some_and(|n| n.word && n.cap)
            // (`Tỉnh ủy`, `Trung ương`, `Công an` are bodies, whatever names
            // the article holds.)
            && self.g.org_heads.longest(toks, i).is_none()
            && self.g.units.longest(toks, i).is_none()
            && self.g.roles.longest(toks, i).is_none()
            && self.g.ranks.longest(toks, i).is_none()
            && self.g.place_at(toks, i).is_none()
            && !self.g.org_names.values().any(|l| l.longest(toks, i).is_some())
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
        if let Some((n, cue)) = self
            .g
            .cues
            .matches_at(toks, i)
            .find(|&(n, _)| n == 1 || !starts_role(i + n - 1))
        {
            // `giữ chức vụ`, `giữ chức danh` say what `giữ chức` says.
            let post_noun = toks[i + n - 1].is("chức")
                && toks.get(i + n).is_some_and(|t| t.is("vụ") || t.is("danh"))
                && !starts_role(i + n);
            let mut cue = cue.clone();
            // `không thể điều động ông X làm T`, `chưa bầu ông X làm T`: an
            // appointment denied gives no post, as a proposed one does not.
            let gives = cue.status == crate::Status::Starts || cue.scope == CueScope::Transfer;
            if gives && negated(toks, i) {
                cue.scope = CueScope::Nomination;
            }
            return (Item::Cue(cue), n + usize::from(post_noun));
        }
        if t.is("và") || t.is("cùng") {
            return (Item::Sep(t.key.clone()), 1);
        }
        if let Some((n, _)) = self.g.fillers.longest(toks, i) {
            return (Item::Filler, n);
        }
        // Numbers and Roman numerals (`khóa XIV`) stand inside lists of titles.
        if t.is_number() || is_roman(&t.text) {
            return (Item::Filler, 1);
        }
        (Item::Word(t.key.clone()), 1)
    }

    /// Words of a name as written, abbreviations written out (`Công ty CP
    /// Đại Dương` → `Công ty Cổ phần Đại Dương`).
    fn expand(&self, toks: &[Token]) -> String {
        let words: Vec<Token> = toks
            .iter()
            .map(|t| match self.g.abbreviations.get(t.key.as_str()) {
                // Abbreviations are written in capitals (`CP`, `TƯ`), unlike
                // the words they may look like (`Đầu tư`).
                Some(full)
                    if t.word
                        && t.text
                            .chars()
                            .filter(|c| c.is_alphabetic())
                            .all(char::is_uppercase) =>
                {
                    Token {
                        text: full.into(),
                        ..t.clone()
                    }
                }
                _ => t.clone(),
            })
            .collect();
        join(&words)
    }

    /// A unit word at `i`: in lower case (`tỉnh`), an abbreviation (`TP`), or
    /// capitalized when a capitalized name follows (`Thành phố Cần Thơ`); a
    /// capitalized one otherwise is part of a name (`Bùi Văn Tỉnh`).
    fn unit_at(
        &self,
        toks: &[Token],
        i: usize,
    ) -> Option<(usize, &'g crate::extract::gazetteer::Unit)> {
        let (n, unit) = self.g.units.longest(toks, i)?;
        let t = &toks[i];
        let mut next = i + n;
        if toks.get(next).is_some_and(|t| t.text == ".") {
            next += 1;
        }
        let named_after = toks
            .get(next)
            .is_some_and(|t| t.word && (t.cap || t.is_number()));
        (!is_title_case(t) || matches!(t.key.as_str(), "tp" | "tx") || named_after)
            .then_some((n, unit))
    }

    /// A one-word head after two or fewer name words is part of the name
    /// (`Nguyễn Vũ Trường Sơn`), not a body's start.
    fn one_word_head_in_name(&self, toks: &[Token], i: usize) -> bool {
        let single = self
            .g
            .org_heads
            .longest(toks, i)
            .is_some_and(|(n, _)| n == 1);
        let before = (0..i)
            .rev()
            .take_while(|&x| is_title_case(&toks[x]))
            .count();
        single && before < 3
    }

    /// Whether a lexicon word (role, rank, organization, unit) starts at `i`:
    /// a name stops there.
    fn stops_name(&self, toks: &[Token], i: usize) -> bool {
        // A unit word is lower-case (`tỉnh`) or an abbreviation (`TP`); a
        // capitalized one is a name (`Bùi Văn Tỉnh`).
        let unit = self.g.units.longest(toks, i).is_some() && !is_title_case(&toks[i]);
        // A one-word head ends a name only when a name of its own follows
        // (`Trường Đại học`), not at the end of one (`Bế Xuân Trường`).
        let head = self
            .g
            .org_heads
            .longest(toks, i)
            .is_some_and(|(n, _)| n > 1 || toks.get(i + 1).is_some_and(|t| t.cap && t.word))
            && !self.one_word_head_in_name(toks, i);
        // Words that end any name (`... Huân chương`); a one-word one only
        // in lower case (`Lại Xuân Môn` is a name).
        let stop = self
            .g
            .honorifics
            .longest(toks, i)
            .is_some_and(|(n, k)| *k == HonorificKind::Stop && (n > 1 || !toks[i].cap));
        unit || head
            || stop
            || self.g.roles.longest(toks, i).is_some()
            || self.g.ranks.longest(toks, i).is_some()
    }

    /// Whether the hyphen at `x` joins the last syllable of a Korean given
    /// name to the name `toks[i..x]` (`Moon Jae - in`, `Kim Do - hyon`): a
    /// short word in plain lower-case letters after it, not one that opens
    /// a clause (`Shinzo Abe - sau khi ...`, `huyện Vạn Ninh - cho biết`) or
    /// names a person (`Donald Trump - bà Omarosa`).
    fn korean_given_tail(&self, toks: &[Token], i: usize, x: usize) -> bool {
        toks.get(x).is_some_and(|t| t.text == "-")
            && toks[i..x].iter().all(|w| w.text.is_ascii())
            && toks.get(x + 1).is_some_and(|w| {
                w.word && !w.cap && w.text.is_ascii() && w.text.chars().count() <= 4
            })
            && self.g.honorifics.longest(toks, x + 1).is_none()
            && self.g.clause_words.longest(toks, x + 1).is_none()
            && self.g.fillers.longest(toks, x + 1).is_none()
            && self.g.cues.longest(toks, x + 1).is_none()
    }

    /// Capitalized words from `i` that can be part of a name.
    fn name_words(&self, toks: &[Token], i: usize, max: usize) -> usize {
        let mut n = 0;
        while i + n < toks.len() && n < max {
            let t = &toks[i + n];
            // The first word may be a head word (`Đoàn Hồng Phong`), never a
            // role or rank (`đồng chí Bí thư`).
            let stops = if n == 0 {
                self.g.roles.longest(toks, i).is_some() || self.g.ranks.longest(toks, i).is_some()
            } else {
                self.stops_name(toks, i + n)
            };
            if !is_title_case(t) || stops {
                break;
            }
            n += 1;
        }
        // (`Kim Do - hyon`: a family name of the language, a Korean given
        // name.)
        if n > 1 && self.korean_given_tail(toks, i, i + n) {
            n += 2;
        }
        n
    }

    /// Whether a place or street word ends right before `i` (`tỉnh`,
    /// `đường`), not as the last syllable of a longer word (`Môi trường`).
    fn blocked(&self, toks: &[Token], i: usize) -> bool {
        (1..=3).any(|back| {
            i >= back
                && self
                    .g
                    .honorifics
                    .longest(toks, i - back)
                    .is_some_and(|(n, k)| n == back && *k == HonorificKind::Blocker)
                && !self.in_compound(toks, i - back, 1..=1)
        })
    }

    fn person_at(&self, toks: &[Token], i: usize) -> Option<(usize, Item)> {
        self.person_here(toks, i, true)
    }

    /// A person's name at `i`; `blockers` says whether a preceding place or
    /// street word (`tỉnh`, `đường`) rules one out.
    fn person_here(&self, toks: &[Token], i: usize, blockers: bool) -> Option<(usize, Item)> {
        let t = toks.get(i)?;
        // A foreign official the news names often (`foreign_people.tsv`),
        // whatever the words are otherwise (`Tập`, `Ban`); not the end of a
        // longer foreign name (`Recep Tayyip Erdogan` read from `Tayyip`).
        let inside_a_name = || i > 0 && foreign_word(&toks[i - 1]);
        if t.cap {
            if let Some((n, _)) = self.g.foreign_names.longest(toks, i) {
                if toks[i..i + n].iter().all(|w| w.cap || !w.word) && !inside_a_name() {
                    return Some((
                        n,
                        Item::Person {
                            name: join(&toks[i..i + n]),
                            short: false,
                        },
                    ));
                }
            }
        }
        if let Some((n, HonorificKind::Honorific)) = self.g.honorifics.longest(toks, i) {
            // A capitalized honorific inside a sentence is part of a name or
            // place (`Bà Rịa`), not an honorific.
            let sentence_start = i == 0 || !toks[i - 1].word;
            if (!t.cap || sentence_start) && self.g.place_at(toks, i).is_none() {
                let m = self.name_words(toks, i + n, 5);
                if m > 0 {
                    let name = join(&toks[i + n..i + n + m]);
                    return Some((
                        n + m,
                        Item::Person {
                            name,
                            short: m == 1,
                        },
                    ));
                }
                // `Ông là ...`, `Bà từng giữ ...`: the person the text is
                // about, as a pronoun opening the sentence.
                // (`Các đồng chí nguyên ...` opens a list, not a pronoun.)
                let plural = t.key == "các";
                let opens =
                    // `Từ tháng 3/2000 đến tháng 9/2002: Ông là ...`
                    !plural
                        && ((i == 0 && t.cap)
                            || (i > 0 && toks[i - 1].text == "," && !t.cap)
                            || (i > 0 && toks[i - 1].text == ":"));
                let predicate = self.g.cues.longest(toks, i + n).is_some()
                    || self.g.fillers.longest(toks, i + n).is_some();
                if opens && predicate {
                    return Some((n, Item::Pronoun(t.key.to_string())));
                }
            }
            return None;
        }
        if !t.cap || !self.g.surnames.contains(t.text.as_str()) {
            return None;
        }
        let m = self.name_words(toks, i, 5);
        if m < 2 {
            return None;
        }
        // After a place word the words are a place (`huyện Hoàng Su Phì`),
        // except a full name after a province's unit (`UBND tỉnh Lê Thị
        // Thìn`: provinces are known by name).
        if blockers && self.blocked(toks, i) {
            let province_unit = (1..=2.min(i)).any(|back| {
                self.g.units.longest(toks, i - back).is_some_and(|(n, u)| {
                    n == back && matches!(u.level, Level::Province | Level::City)
                })
            });
            if !(province_unit && m >= 3 && self.g.place_at(toks, i).is_none()) {
                return None;
            }
        }
        // A province's or a country's name is a place, not a person (`Hà
        // Giang`, `Cao Bằng`, `Hàn Quốc`).
        let place = self.g.place_at(toks, i).map(|(n, _)| n);
        let country = self.g.countries.longest(toks, i).map(|(n, _)| n);
        if place.into_iter().chain(country).any(|n| n >= m) {
            return None;
        }
        // (`Nghị viện châu Âu Martin Schulz`: no name starts inside a
        // country's or a continent's.)
        if self.inside_country(toks, i) {
            return None;
        }
        // `Đại biểu Quốc hội Hà Nội Hoàng Văn Cường`: a place, then a full
        // name of its own.
        if place.is_some_and(|n| {
            m >= n + 2 && toks[i + n].cap && self.g.surnames.contains(toks[i + n].text.as_str())
        }) {
            return None;
        }
        Some((
            m,
            Item::Person {
                name: join(&toks[i..i + m]),
                short: false,
            },
        ))
    }

    /// The organization (or bare locality) after a role word, and how many
    /// tokens it spans.
    fn title_after(&self, role: &RoleEntry, toks: &[Token], i: usize) -> (Title, usize) {
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
        };
        // `Thủ tướng Campuchia`, `Chủ tịch Trung Quốc`: the body the role
        // names, of that country; `Đại sứ Việt Nam tại Thụy Điển`: an
        // envoy's own country too.
        let envoy = self.g.country_orgs.contains_key(&role.role)
            && crate::extract::syllables::is_viet_nam(toks, i)
            && toks.get(i + 2).is_some_and(|t| t.key == "tại");
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
            let serves = toks
                .get(i + n)
                .filter(|t| t.key == "tại")
                .and_then(|_| self.mission_place(toks, i + n + 1))
                .filter(|_| {
                    self.g
                        .country_orgs
                        .get(&role.role)
                        .is_some_and(|b| b.ends_with(" quán"))
                });
            if let Some(seg) = org.segments.last_mut() {
                seg.text = format!("{} {country}", seg.text);
                if let Some((m, place)) = &serves {
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
                if board
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
            title.org = Some(phrase);
            return (title, skipped + n);
        }
        if let Some(org) = self.acronym_body(toks, i) {
            title.org = Some(org);
            return (title, skipped + 1);
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

    /// An organization phrase starting at `i`. `implicit_head` is the head a
    /// role word ends with (`Trưởng ban` → `Ban`), used when the text goes
    /// straight on with the name (`Trưởng ban Tuyên giáo`); `after_role` says
    /// a role word stands right before (where a lower-case `ban`, `cục` is a
    /// head).
    pub fn org_at(
        &self,
        toks: &[Token],
        i: usize,
        implicit_head: Option<&str>,
        after_role: bool,
    ) -> Option<(OrgPhrase, usize)> {
        let title_body = after_role;
        let mut segments: Vec<Segment> = Vec::new();
        let mut prev: Option<OrgHead> = None;
        let mut j = i;
        loop {
            // `cơ quan` (Đảng ủy cơ quan Tạp chí ...) and `các cơ quan` join segments.
            let mut k = j;
            // After a title, a comma, a bracket or a dash joins a unit to the
            // body it belongs to (`Vụ trưởng Vụ Đầu tư, Bộ Tài chính`, `Vụ
            // Giáo dục Đại học (Bộ GD-ĐT)`, `trưởng phòng CSGT - Công an Hà
            // Nội`; org_heads.tsv `within`); the head is
            // checked below as any other. (Not in a list of bodies, `Sở Y
            // tế, Trung tâm A, Bệnh viện B`; and `Cục Tham mưu, Tổng cục
            // trưởng ...`: a role word is no head.)
            let mut joined = false;
            let bracket = toks.get(k).is_some_and(|t| t.text == "(");
            // (`Phòng X (thuộc Sở Nội vụ)`: `thuộc` says so in words.)
            let of = usize::from(bracket && toks.get(k + 1).is_some_and(|t| t.is("thuộc")));
            if title_body
                && toks
                    .get(k)
                    .is_some_and(|t| matches!(t.text.as_str(), "," | "(" | "-" | "–"))
                && prev.as_ref().is_some_and(|p| {
                    self.g
                        .org_heads
                        .longest(toks, k + 1 + of)
                        .is_some_and(|(n, h)| {
                            p.within(h)
                                && self
                                    .g
                                    .roles
                                    .longest(toks, k + 1 + of)
                                    .is_none_or(|(r, _)| r <= n)
                        })
                })
            {
                k += 1 + of;
                joined = true;
            } else if !segments.is_empty() {
                if toks.get(k).is_some_and(|t| t.is("các")) {
                    k += 1;
                }
                if toks.get(k).is_some_and(|t| t.is("cơ"))
                    && toks.get(k + 1).is_some_and(|t| t.is("quan"))
                {
                    k += 2;
                }
                if toks.get(k).is_some_and(|t| t.is("của")) {
                    k += 1;
                }
            }
            // A role ending in a head (`Bộ trưởng`, `Chánh Văn phòng`) goes
            // straight on with that head's name when one is known
            // (`Bộ trưởng Công an`, `Chánh Văn phòng Trung ương Đảng`).
            let implicit_named = segments.is_empty()
                && implicit_head.is_some_and(|h| {
                    self.g
                        .org_names
                        .get(h)
                        .is_some_and(|l| l.longest(toks, k).is_some())
                });
            // A one-word head is a name only when capitalized (`Vụ`, `Bộ`,
            // `Ban`), not inside ordinary words (`nhiệm vụ`, `thường vụ`),
            // except right after a role word (`Phó cục trưởng cục Tổ chức`).
            let after_role = segments.is_empty() && after_role;
            // (`HĐQT CTCP Hoàng Anh Gia Lai Đoàn Nguyên Đức`: a full name
            // whose family name is a head word, after a body, is its holder.)
            // (Not a body of a place: `Đoàn Hà Tĩnh`.)
            let holder_after = || {
                !segments.is_empty()
                    && self
                        .person_here(toks, k, false)
                        .is_some_and(|(m, _)| m >= 3)
                    && self.g.place_at(toks, k + 1).is_none()
            };
            let head_match = self
                .g
                .org_heads
                .longest(toks, k)
                .filter(|_| !holder_after())
                .filter(|&(n, _)| !implicit_named && (n > 1 || toks[k].cap || after_role))
                // An abbreviation is written in capitals (`TƯ`, `UBND`); the
                // same letters in a word are that word (`Tư vấn`).
                .filter(|&(n, h)| n > 1 || !is_abbreviation(&toks[k], h) || is_upper(&toks[k]));
            let (head, after_head) = match head_match {
                Some((n, h)) => (h.clone(), k + n),
                None if segments.is_empty() => {
                    let Some(h) = implicit_head.and_then(|h| {
                        let ht =
                            crate::extract::tokens::tokenize(&crate::extract::normalize::key(h));
                        self.g.org_heads.longest(&ht, 0).map(|(_, h)| h.clone())
                    }) else {
                        break;
                    };
                    // The name must follow: a known one, or a capitalized one.
                    let known = self
                        .g
                        .org_names
                        .get(&h.canonical)
                        .is_some_and(|l| l.longest(toks, k).is_some());
                    // (Nor a holder's name: `Bộ trưởng Motegi`.)
                    if !known
                        && (self.holder_name_at(toks, k)
                            || !toks.get(k).is_some_and(|t| t.cap && t.word))
                    {
                        break;
                    }
                    (h, k)
                }
                None => break,
            };
            let names_of = if head.names.is_empty() {
                &head.canonical
            } else {
                &head.names
            };
            let names = self.g.org_names.get(names_of);
            // A short form (`Sở Giáo dục`, `Bộ Lao động`) stands for the full
            // name only under its own head (not `Phòng Văn hóa`, whose bodies
            // are named otherwise) and where the name ends.
            // (Before a country, `Bộ Giao thông Mỹ`, it is that country's and
            // keeps the words written.)
            let country_at = |y: usize| {
                toks.get(y).is_some_and(|t| t.cap) && self.g.countries.longest(toks, y).is_some()
            };
            let short_ok = |n: usize| {
                head.names.is_empty()
                    && (self.name_ends(toks, after_head + n) || country_at(after_head + n))
            };
            let known = names
                .and_then(|l| l.longest(toks, after_head))
                .filter(|&(n, nm)| !nm.short_form || short_ok(n));
            let (name, national, parent, n) = match known {
                Some((n, nm)) => (
                    Some(if nm.short_form && country_at(after_head + n) {
                        self.expand(&toks[after_head..after_head + n])
                    } else {
                        nm.canonical.clone()
                    }),
                    nm.is_national(),
                    (!nm.parent.is_empty()).then(|| nm.parent.clone()),
                    n,
                ),
                None if head.name != NameRule::None => {
                    // A capitalized head may go on with a name in lower case
                    // (`Trung tâm điều dưỡng phục hồi chức năng`).
                    // So may one written in lower case right after a role
                    // (`Giám đốc trung tâm y tế huyện X`, `Hiệu trưởng trường
                    // mầm non Thanh Khương`), when its name holds a proper
                    // name or a place follows: `Giám đốc bệnh viện xác nhận`
                    // names no body.
                    let lower_name = toks.get(after_head).is_some_and(|t| !t.cap);
                    let lower_head = !toks[k].cap && after_role && lower_name;
                    let lower_ok = head.name == NameRule::Required
                        && (toks[k].cap || lower_head)
                        && after_head > k;
                    let mut n = self.org_name_words(
                        toks,
                        after_head,
                        head.name == NameRule::Required,
                        lower_ok,
                        head.eponym(),
                    );
                    let proper = |x: usize| toks[x].cap || toks[x].is_number();
                    if lower_head
                        && !(after_head..after_head + n).any(proper)
                        && self.g.place_at(toks, after_head + n).is_none()
                        && self.unit_at(toks, after_head + n).is_none()
                    {
                        n = 0;
                    }
                    // A department's name ends before a province that ends
                    // it (`Sở Du lịch Đà Nẵng`): that is its place.
                    if head.kind == OrgKind::Dept {
                        if let Some(x) = (after_head + 1..after_head + n).find(|&x| {
                            self.g
                                .place_at(toks, x)
                                .is_some_and(|(m, _)| x + m == after_head + n)
                        }) {
                            n = x - after_head;
                        }
                    }
                    let name = (n > 0).then(|| self.expand(&toks[after_head..after_head + n]));
                    (name, false, None, n)
                }
                None => (None, false, None, 0),
            };
            if head.name == NameRule::Required && name.is_none() {
                break;
            }
            // A known name may go on with a proper name (`Ban Quản lý Khu
            // kinh tế Vũng Áng`), unless that is the body's place
            // (`Sở Tài chính Nam Định`).
            let mut n = n;
            let mut name = name;
            let mut national = national;
            if name.is_some()
                && names.is_some()
                && self.locality_at(toks, after_head + n, false).is_none()
            {
                let m = self
                    .place_words(toks, after_head + n)
                    .map_or(0, |(_, _, m)| m);
                // (A two-word name ending the phrase is a holder's too:
                // `Bộ trưởng Công an Tô Lâm tại`.)
                let person = self
                    .person_here(toks, after_head + n, false)
                    .is_some_and(|(p, _)| {
                        p >= 3
                            || (p == 2
                                && self.g.place_at(toks, after_head + n).is_none()
                                && toks
                                    .get(after_head + n + 2)
                                    .is_none_or(|t| !(t.word && t.cap)))
                    });
                let country = toks.get(after_head + n).is_some_and(|t| t.key == "việt")
                    && toks.get(after_head + n + 1).is_some_and(|t| t.key == "nam");
                // (`Bộ Quốc phòng Nga Sergei Shoigu`: a country, then a
                // foreign name, end the body's name.)
                // (`Thứ trưởng Ngoại giao Choe Son - hui,`: a Korean given
                // name goes on after a spaced hyphen and ends there; `huyện
                // Diễn Châu - cho biết` goes on with the sentence.)
                let end = (after_head + n + m).min(toks.len());
                let word = |t: &Token| t.text.chars().all(char::is_alphabetic);
                let korean = m > 0
                    && toks.get(end).is_some_and(|t| t.text == "-")
                    && toks.get(end + 1).is_some_and(|t| !t.cap && word(t))
                    && toks.get(end + 2).is_none_or(|t| t.cap || !word(t));
                let foreign = country_at(after_head + n)
                    || korean
                    || toks[after_head + n..end]
                        .iter()
                        .any(|t| !crate::extract::syllables::is_vietnamese_syllable(&t.text));
                let m = if country || foreign { 0 } else { m };
                // (`Đoàn Thanh niên Bộ Xây dựng`: a body it belongs to.)
                let body = self.g.org_heads.longest(toks, after_head + n).is_some();
                if m > 0 && !person && !body && !self.stops_name(toks, after_head + n) {
                    let extra = join(&toks[after_head + n..after_head + n + m]);
                    name = name.map(|nm| format!("{nm} {extra}"));
                    national = true;
                    n += m;
                }
            }
            // A national head after another segment keeps its written form
            // (`Ban Kinh tế Trung ương`, not `... Ban Chấp hành Trung ương Đảng`).
            // (Written as the head is, it is the head: `Quốc hội`, not
            // `Quốc Hội`.)
            let written = (!segments.is_empty() && head.kind == OrgKind::National)
                .then(|| national_surface(&toks[k..after_head]))
                .filter(|w| {
                    crate::extract::normalize::key(w)
                        != crate::extract::normalize::key(&head.canonical)
                });
            let mut seg = segment(&head, name, parent);
            if let Some(w) = written {
                seg.text = w;
            }
            seg.national |= national;
            seg.after_comma = joined;
            segments.push(seg);
            prev = Some(head);
            if joined && bracket {
                // The bracket closes right after the body, or it holds
                // more than the body: no join.
                if toks.get(after_head + n).is_some_and(|t| t.text == ")") {
                    j = after_head + n + 1;
                    continue;
                }
                segments.pop();
                break;
            }
            j = after_head + n;
        }
        if segments.is_empty() {
            return None;
        }
        // `Chính phủ Lào`, `Ủy ban Thống kê Quốc gia Azerbaijan`: a foreign body.
        let province_len = self.g.place_at(toks, j).map_or(0, |(n, _)| n);
        if let Some((n, country)) = self
            .g
            .countries
            .longest(toks, j)
            // (`Nghị viện châu Âu`: a continent is written in lower case.)
            .filter(|&(n, _)| (toks[j].cap || n > 1) && n > province_len)
            // (`Phòng Xây dựng Pháp luật`: a one-word country before a
            // lower-case syllable that starts no clause is part of a word.)
            .filter(|&(n, _)| {
                n > 1
                    || toks.get(j + 1).is_none_or(|t| {
                        !t.word
                            || t.cap
                            || t.is("và")
                            || self.g.clause_words.longest(toks, j + 1).is_some()
                            || self.g.cues.longest(toks, j + 1).is_some()
                            || self.g.fillers.longest(toks, j + 1).is_some()
                    })
            })
        {
            let last = segments.last_mut().expect("non-empty");
            last.text = format!("{} {country}", last.text);
            last.national = true;
            j += n;
        }
        // `Hội Nông dân Việt Nam`, `Tập đoàn Dầu khí Việt Nam`: a national body.
        if toks.get(j).is_some_and(|t| t.key == "việt")
            && toks.get(j + 1).is_some_and(|t| t.key == "nam")
        {
            // (`Bộ Quốc phòng Việt Nam` is the `Bộ Quốc phòng`.)
            let last = segments.last_mut().expect("non-empty");
            if !last.text.ends_with("Việt Nam") && !last.national {
                last.text.push_str(" Việt Nam");
            }
            j += 2;
            // (`Ủy ban MTTQ Việt Nam tỉnh Long An` is the province's.)
            let placed = self.unit_at(toks, j).is_some();
            let last = segments.last_mut().expect("non-empty");
            last.national = !placed;
        }
        // The locality that ends the phrase.
        let last = segments.last().expect("non-empty");
        let mut locality = None;
        if !last.national && !segments.iter().any(|s| s.national) {
            if let Some((loc, n)) = self.locality_at(toks, j, false) {
                locality = Some(loc);
                j += n;
            } else if matches!(last.kind, OrgKind::Committee) {
                let level = last.level;
                if let Some((loc, n)) = self.bare_place(toks, j, level) {
                    locality = Some(loc);
                    j += n;
                }
            }
        }
        let surface = join(&toks[i..j]);
        Some((
            OrgPhrase {
                segments,
                locality,
                surface,
            },
            j - i,
        ))
    }

    /// Whether token `y` is a syllable of a compound word
    /// (`compound_words.txt`) that starts `back` tokens before it, for some
    /// `back` in `backs` (`1..=1`: the second syllable of a two-word one).
    fn in_compound(&self, toks: &[Token], y: usize, backs: RangeInclusive<usize>) -> bool {
        backs.filter(|&back| back <= y).any(|back| {
            self.g
                .compound_words
                .longest(toks, y - back)
                .is_some_and(|(n, _)| n > back)
        })
    }

    /// Whether a word the tables know starts at `x`: a body's head, a role,
    /// a unit or a province.
    fn known_word_at(&self, toks: &[Token], x: usize) -> bool {
        self.g.org_heads.longest(toks, x).is_some()
            || self.g.roles.longest(toks, x).is_some()
            || self.g.units.longest(toks, x).is_some()
            || self.g.place_at(toks, x).is_some()
    }

    /// Whether the words at `k`, after a role that names its body's head
    /// (`Bộ trưởng`), are its holder's name rather than the body's:
    /// a person's name (`Bộ trưởng Motegi`, `cựu bộ trưởng Ray Mabus`), a
    /// foreign one joined by a spaced hyphen (`Thứ trưởng Ri Son - gwon`),
    /// or a capitalized run holding a foreign word (abbreviations apart:
    /// `Trưởng phòng GD-ĐT`).
    fn holder_name_at(&self, toks: &[Token], k: usize) -> bool {
        let hyphenated = self
            .foreign_name_words(toks, k)
            .is_some_and(|n| toks[k..k + n].iter().any(|t| t.text == "-"));
        self.person_at(toks, k).is_some()
            || hyphenated
            || toks[k..]
                .iter()
                .take(4)
                .take_while(|t| t.word && t.cap)
                .any(|t| {
                    !is_upper(t) && !crate::extract::syllables::is_vietnamese_syllable(&t.text)
                })
    }

    /// Whether a name read short (`Bộ Lao động`) ends at `y`: the text goes
    /// on with no more of a name (`Sở Văn hóa và Thể thao`, `Sở Văn hóa Thể
    /// thao`, `Phòng Kế hoạch vật tư`, `Sở Giáo dục, Khoa học và Công nghệ`)
    /// nor a country (`Bộ Lao động Mỹ`).
    fn name_ends(&self, toks: &[Token], y: usize) -> bool {
        let Some(t) = toks.get(y) else {
            return true;
        };
        let known =
            |x: usize| self.known_word_at(toks, x) || self.person_here(toks, x, false).is_some();
        if !t.word {
            return match t.text.as_str() {
                "-" | "–" | "&" => false,
                "," => !toks
                    .get(y + 1)
                    .is_some_and(|u| u.cap && u.word && !known(y + 1)),
                _ => true,
            };
        }
        if t.cap {
            return crate::extract::syllables::is_viet_nam(toks, y)
                || (known(y) && self.g.countries.longest(toks, y).is_none());
        }
        !t.is("và")
            && (known(y)
                || self.g.clause_words.longest(toks, y).is_some()
                || self.g.cues.longest(toks, y).is_some()
                || self.g.fillers.longest(toks, y).is_some()
                || self.g.honorifics.longest(toks, y).is_some()
                || matches!(
                    t.key.as_str(),
                    "của" | "cho" | "đã" | "đang" | "sẽ" | "về" | "tại" | "ở" | "với"
                ))
    }

    /// Words naming an organization after its head, when no table entry
    /// does: capitalized words, each possibly followed by lower-case
    /// syllables of the same word (`Tạp chí Cộng sản`, `Công ty Cổ phần Đại
    /// Dương`), numbers (`Quân khu 4`) and inner `và`, `-`. `heads_ok` lets a
    /// name start with a head word (`Bộ Tư lệnh Quân khu 4`); `eponym` lets
    /// it be a person's name (`Trường THPT Chu Văn An`).
    ///
    /// Lower-case words go on a name until a word that starts a predicate
    /// or a phrase of its own (`clause_words.txt`: `Cục Chống tham nhũng
    /// khẳng định`); with `lower_ok` the name may start with them.
    fn org_name_words(
        &self,
        toks: &[Token],
        i: usize,
        heads_ok: bool,
        lower_ok: bool,
        eponym: Eponym,
    ) -> usize {
        // A syllable of a compound word (`Thiết bị`, `sáng tạo`, `xã hội`)
        // ends no name.
        let compound = |y: usize| self.in_compound(toks, y, 0..=3);
        // Cue and filler words end a name only in lower case (`Công ty CP
        // ICD Tân Cảng` goes on past `Tân`).
        let stops = |x: usize| {
            let t = &toks[x];
            if compound(x) {
                return false;
            }
            self.g.roles.longest(toks, x).is_some()
                || self.unit_at(toks, x).is_some()
                || (!t.cap
                    && (self.g.cues.longest(toks, x).is_some()
                        || self.g.fillers.longest(toks, x).is_some()))
                || self
                    .g
                    .honorifics
                    .longest(toks, x)
                    .is_some_and(|(_, k)| *k == HonorificKind::Stop)
        };
        let clause = |y: usize| self.g.clause_words.longest(toks, y).is_some() && !compound(y);
        // A status or list word right after a capitalized syllable is the
        // rest of its word (`Tài nguyên`, `Tổ chức`), unless a post follows
        // (`Công ty X nguyên Giám đốc`).
        let soft_stop = |y: usize| {
            let t = &toks[y];
            !t.cap
                && self.g.roles.longest(toks, y).is_none()
                && self.unit_at(toks, y).is_none()
                && (self.g.cues.longest(toks, y).is_some()
                    || self.g.fillers.longest(toks, y).is_some())
                && !self
                    .g
                    .honorifics
                    .longest(toks, y)
                    .is_some_and(|(_, k)| *k == HonorificKind::Stop)
                && !(y + 1 < toks.len()
                    && (self.g.roles.longest(toks, y + 1).is_some()
                        || self.g.ranks.longest(toks, y + 1).is_some()))
        };
        let plain_lower = |y: usize| {
            toks.get(y)
                .is_some_and(|t| t.word && !t.cap && !t.is_number() && !t.is("và"))
                && !clause(y)
        };
        let lower = |y: usize| plain_lower(y) && (!stops(y) || soft_stop(y));
        // `số 1` after a name (`Trường THPT số 1`, `Trung tâm Giáo dục
        // thường xuyên số 1`): the name goes on with the number.
        let numbered = |y: usize| {
            toks.get(y).is_some_and(|u| u.is("số")) && toks.get(y + 1).is_some_and(Token::is_number)
        };
        let ends_after = |y: usize| {
            clause(y)
                || toks.get(y).is_none_or(|t| {
                    (t.cap && t.word)
                        || matches!(
                            t.text.as_str(),
                            "," | ";" | "." | "(" | ")" | ":" | "-" | "–"
                        )
                        || t.is("và")
                })
                || self.unit_at(toks, y).is_some()
                || numbered(y)
        };
        // The words from `y` on that `word` accepts and that end where a name
        // may end: up to `max`.
        let run = |y: usize, max: usize, word: &dyn Fn(usize) -> bool| {
            (1..=max)
                .take_while(|&k| word(y + k - 1))
                .filter(|&k| ends_after(y + k))
                .last()
                .unwrap_or(0)
        };
        let lower_run = |y: usize, max: usize| run(y, max, &lower);
        // After `và`: only after a name already going on in lower case (not
        // `Công ty Đồng Tâm và nhường ghế`), in the language (not `Công ty
        // Verizon và vốn`), and not over a word for a person (`và chị T`).
        let and_run = |y: usize| {
            let before = &toks[y - 2];
            if before.cap || !crate::extract::syllables::is_vietnamese_syllable(&before.text) {
                return 0;
            }
            let person = |x: usize| {
                self.g
                    .honorifics
                    .longest(toks, x)
                    .is_some_and(|(_, h)| *h == HonorificKind::Honorific)
            };
            run(y, 6, &|x| plain_lower(x) && !stops(x) && !person(x))
        };
        let mut n = 0;
        if lower_ok {
            n = lower_run(i, 6);
        }
        while let Some(t) = toks.get(i + n) {
            let x = i + n;
            if n > 0 && numbered(i + n) {
                n += 1;
                continue;
            }
            let connector = n > 0 && (t.is("và") || t.is("-") || t.is("–"));
            // (`Tổng cục Cảnh sát - 9 năm tù`: a number after a dash that
            // the sentence goes on from is no part of the name.)
            if connector
                && toks.get(x + 1).is_some_and(Token::is_number)
                && toks.get(x + 2).is_some_and(|u| u.word && !u.cap)
            {
                break;
            }
            let capital = t.word && (t.cap || t.is_number()) && !t.text.contains('/');
            let usable = connector || (capital && !stops(x));
            if !usable {
                break;
            }
            // A province's name is one piece, whatever its syllables look
            // like (`Trung tâm Da liễu Hải Phòng`: `Phòng` is no head here).
            if capital && n > 0 {
                let split =
                    |m: usize| (1..m).any(|k| self.g.org_heads.longest(toks, x + k).is_some());
                if let Some((m, _)) = self.g.place_at(toks, x).filter(|&(m, _)| split(m)) {
                    n += m;
                    continue;
                }
            }
            if capital && (n > 0 || !heads_ok) && self.g.org_heads.longest(toks, x).is_some() {
                break;
            }
            // `Bộ trưởng Thương mại Wilbur Ross`, `Thứ trưởng Bộ Năng lượng
            // Anatoly Yanovsky`: a foreign name of two words or more after a
            // name in the language, ending the phrase, is the holder's.
            if capital
                && n > 0
                && self.foreign_holder_at(toks, x)
                && !self.after_foreign_named_head(toks, i)
            {
                break;
            }
            if capital {
                if let Some((m, _)) = self.person_here(toks, x, false).filter(|&(m, _)| m >= 3) {
                    // `Trường THPT Chu Văn An`, `Trường Đại học Tôn Đức
                    // Thắng`: a body named after a person, the name right
                    // after the head and its kind (abbreviations, written
                    // out or not, and heads: `Công ty Cổ phần Hồ Gươm`).
                    let right_after_kind = || {
                        let mut y = i;
                        while y < x {
                            y += match self.g.org_heads.longest(toks, y) {
                                Some((k, _)) => k,
                                None if is_upper(&toks[y]) => 1,
                                None => match self.g.spelled_abbreviations.longest(toks, y) {
                                    Some((k, _)) => k,
                                    None => return false,
                                },
                            };
                        }
                        y == x && (x > i || eponym == Eponym::Yes)
                    };
                    if !(eponym == Eponym::Anywhere || eponym != Eponym::No && right_after_kind()) {
                        break;
                    }
                    n += m;
                    continue;
                }
            }
            n += 1;
            if !capital {
                // `Trung tâm Quan trắc và phân tích môi trường`: a name goes
                // on in lower case after `và` when it ends where a name may.
                if t.is("và") {
                    n += and_run(i + n);
                }
                // `Trường Đại học Kinh tế - luật`, `Sở Văn hóa - thể thao`: so
                // after a dash, unless a body follows it (`Tổng cục Cảnh sát -
                // bộ Công an`: its parent) or the words tell of it (`của`).
                if (t.is("-") || t.is("–")) && self.g.org_heads.longest(toks, i + n).is_none() {
                    let k = and_run(i + n);
                    if !toks[i + n..i + n + k].iter().any(|w| w.is("của")) {
                        n += k;
                    }
                }
                continue;
            }
            // Lower-case syllables after it: one freely (`Cộng sản`), up to
            // six more when the name clearly goes on or ends after them
            // (`Quản lý đô thị quận 9`, `Chống tham nhũng khẳng định`,
            // `Điều độ hệ thống điện quốc gia`). After an abbreviation or a
            // foreign word none freely: it ends a word of its own (`Bộ TTTT
            // thừa nhận`, `HĐQT VietinBank làm`).
            let whole_word = (is_upper(t) && t.text.chars().count() > 1)
                || !crate::extract::syllables::is_vietnamese_syllable(&t.text);
            if whole_word && !t.is_number() {
                // (`Trường THPT số 1`: the number goes on in the loop. No
                // status word either: `HĐQT VietinBank làm người đại diện`.)
                if !numbered(i + n) {
                    n += run(i + n, 7, &|x| plain_lower(x) && !stops(x));
                }
            } else if lower(i + n) || (plain_lower(i + n) && soft_stop(i + n)) {
                n += 1;
                n += lower_run(i + n, 6);
            }
        }
        // Never end on a connector.
        while n > 0 && matches!(toks[i + n - 1].key.as_str(), "và" | "-" | "–") {
            n -= 1;
        }
        n
    }

    /// A unit word and a name (`tỉnh Phú Yên`, `TP. Thanh Hóa`, `huyện Ý Yên`),
    /// a unit word alone (`UBND tỉnh`), or, when `bare` is allowed, a
    /// province's name alone.
    pub fn locality_at(
        &self,
        toks: &[Token],
        i: usize,
        standalone: bool,
    ) -> Option<(Locality, usize)> {
        if let Some((n, unit)) = self.unit_at(toks, i) {
            let mut j = i + n;
            if toks.get(j).is_some_and(|t| t.text == ".") {
                j += 1;
            }
            // Districts and communes are not in the gazetteer, and their
            // names may look like a person's (`huyện Hoàng Su Phì`).
            let named = if matches!(unit.level, Level::District | Level::Commune) {
                self.place_words(toks, j)
            } else {
                self.place_name(toks, j)
            };
            let (name, province, m) = match named {
                Some((name, province, m)) => (Some(name), province, m),
                None => (None, None, 0),
            };
            if standalone && name.is_none() {
                return None;
            }
            // A unit word followed by a province's name of the other kind
            // still names that province (`thành phố Thanh Hóa` is a city of
            // the province Thanh Hóa, and keeps its unit).
            return Some((
                Locality {
                    unit: Some(unit.unit.clone()),
                    level: unit.level,
                    name,
                    province,
                },
                j - i + m,
            ));
        }
        let (n, p) = self.g.place_at(toks, i)?;
        // (`Thái Bình Dương` is an ocean, not the province `Thái Bình`, nor
        // `Bình Dương`.)
        if self
            .g
            .countries
            .longest(toks, i)
            .is_some_and(|(m, _)| m > n)
            || self.inside_country(toks, i)
        {
            return None;
        }
        let idx = self.province_index(p);
        Some((
            Locality {
                unit: None,
                level: if p.is_city() {
                    Level::City
                } else {
                    Level::Province
                },
                name: Some(p.name.clone()),
                province: Some(idx),
            },
            n,
        ))
    }

    /// Whether token `i` is inside the name of a country, a continent or
    /// an ocean that starts before it (`châu Âu`, `Thái Bình Dương`).
    fn inside_country(&self, toks: &[Token], i: usize) -> bool {
        (1..=3.min(i)).any(|back| {
            self.g
                .countries
                .longest(toks, i - back)
                .is_some_and(|(n, _)| n > back)
        })
    }

    /// A name after a committee head with no unit word (`Huyện ủy Ý Yên`).
    fn bare_place(&self, toks: &[Token], i: usize, level: Level) -> Option<(Locality, usize)> {
        let (name, province, m) = if level == Level::District {
            self.place_words(toks, i)?
        } else {
            self.place_name(toks, i)?
        };
        let level = match province.map(|p| &self.g.provinces[p]) {
            Some(p) if p.is_city() => Level::City,
            Some(_) => Level::Province,
            None => level,
        };
        Some((
            Locality {
                unit: None,
                level,
                name: Some(name),
                province,
            },
            m,
        ))
    }

    /// A place name at `i`: a province (by any variant) or up to four
    /// capitalized words that do not start a person's name or a title.
    fn place_name(&self, toks: &[Token], i: usize) -> Option<(String, Option<usize>, usize)> {
        if let Some((n, p)) = self.g.place_at(toks, i) {
            return Some((p.name.clone(), Some(self.province_index(p)), n));
        }
        if let Some(found) = self.place_before_person(toks, i) {
            return Some(found);
        }
        // Most people have three names, most districts two (`Đồng Hỷ`).
        if self
            .person_here(toks, i, false)
            .is_some_and(|(n, _)| n >= 3)
        {
            return None;
        }
        self.capitalized_place(toks, i)
    }

    /// `TP Sầm Sơn Phạm Văn Tuấn`, `Huyện ủy Hoài Nhơn Nguyễn Thanh Bình`:
    /// a place, then a person's full name. Most places have two words, and
    /// some names four (`quận Thủ Đức Đặng Nguyễn Thanh Minh`): two words
    /// first, then three, then one.
    fn place_before_person(
        &self,
        toks: &[Token],
        i: usize,
    ) -> Option<(String, Option<usize>, usize)> {
        [2, 3, 1].into_iter().find_map(|k| {
            let rest_is_person = self
                .person_here(toks, i + k, false)
                .is_some_and(|(n, _)| n >= 3);
            (rest_is_person && (0..k).all(|x| toks.get(i + x).is_some_and(is_title_case)))
                .then(|| (join(&toks[i..i + k]), None, k))
        })
    }

    /// A place named at `i`: a province, a place before a person's full
    /// name, else up to four capitalized words (or a number).
    fn place_words(&self, toks: &[Token], i: usize) -> Option<(String, Option<usize>, usize)> {
        if let Some((n, p)) = self.g.place_at(toks, i) {
            return Some((p.name.clone(), Some(self.province_index(p)), n));
        }
        self.place_before_person(toks, i)
            .or_else(|| self.capitalized_place(toks, i))
    }

    /// Up to four capitalized words (or a number) naming a place.
    fn capitalized_place(
        &self,
        toks: &[Token],
        i: usize,
    ) -> Option<(String, Option<usize>, usize)> {
        let mut n = 0;
        while i + n < toks.len() && n < 4 {
            let t = &toks[i + n];
            let numbered = n == 0 && t.is_number();
            if !(is_title_case(t) || numbered) || self.stops_name(toks, i + n) {
                break;
            }
            n += 1;
            if numbered {
                break;
            }
        }
        (n > 0).then(|| (join(&toks[i..i + n]), None, n))
    }

    fn province_index(&self, p: &Province) -> usize {
        self.g
            .provinces
            .iter()
            .position(|q| std::ptr::eq(q, p))
            .unwrap_or(0)
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

fn capitalize(s: &str) -> String {
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
    fn places_are_not_people() {
        assert!(people("tỉnh Hà Giang và Cao Bằng, đường Lê Lợi").is_empty());
        assert!(people("Bà Rịa - Vũng Tàu").is_empty());
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
}
