/*!
Organization phrases after a role word: heads, their names and parents
(`Ban` `Tuyên giáo` + `Tỉnh ủy` + `tỉnh Hòa Bình`), abbreviations and their
expansions, where a name ends. Part of [`MentionFinder`]; uses only the
gazetteer and the tokens.
*/

use super::*;

impl<'g> MentionFinder<'g> {
    /// Where an envoy serves, after `tại` or `ở` at `at`: a body of many countries
    /// (`tại Liên Hợp Quốc`), a country, Viet Nam (`VN`), or a city's capitalized
    /// words up to the holder's name (`tại Thượng Hải Lê Văn A`, `tại
    /// Washington Sergei Kislyak`); with its length.
    pub(super) fn mission_place(&self, toks: &[Token], at: usize) -> Option<(usize, String)> {
        if let Some(found) = self.world_body_at(toks, at) {
            return Some(found);
        }
        if let Some((m, c)) = self.g.countries.longest(toks, at) {
            return Some((m, c.clone()));
        }
        if crate::extract::syllables::is_viet_nam(toks, at) {
            return Some((2, "Việt Nam".to_string()));
        }
        if toks.get(at).is_some_and(|t| t.text == "VN") {
            return Some((1, "Việt Nam".to_string()));
        }
        let holder = |x: usize| self.person_at(toks, x).is_some() || self.foreign_name_at(toks, x);
        (1..=3)
            .take_while(|&m| toks.get(at + m - 1).is_some_and(is_title_case))
            .find(|&m| holder(at + m))
            .map(|m| (m, join(&toks[at..at + m])))
    }

    /// The body of many countries whose name is written at `at` (`Liên
    /// Hợp Quốc`, `NATO`), in capitals: its length and canonical name.
    fn world_body_at(&self, toks: &[Token], at: usize) -> Option<(usize, String)> {
        (1..=5).rev().find_map(|m| {
            let words = toks.get(at..at + m)?;
            if !words[0].cap || !words.iter().all(|t| t.word) {
                return None;
            }
            self.g
                .world_body_named(&join(words))
                .map(|name| (m, name.clone()))
        })
    }

    /// `tại Thụy Điển`, `ở Trung Quốc` at `at`: the place after `tại` or
    /// `ở` (see [`Self::mission_place`]) and its length, the word not
    /// counted.
    pub(super) fn mission_after(&self, toks: &[Token], at: usize) -> Option<(usize, String)> {
        toks.get(at)
            .filter(|t| t.key == "tại" || t.key == "ở")
            .and_then(|_| self.mission_place(toks, at + 1))
    }

    /// `tại Campuchia A` at `at`, after a body: where its office is (see
    /// [`Self::mission_after`]), when its holder's name follows.
    pub(super) fn office_in(&self, toks: &[Token], at: usize) -> Option<(usize, String)> {
        let (m, place) = self.mission_after(toks, at)?;
        let holder = at + 1 + m;
        (self.person_at(toks, holder).is_some() || self.foreign_name_at(toks, holder))
            .then_some((m, place))
    }

    /// `Chủ tịch VINASA Trương Gia Bình`, `Tổng Giám đốc Novaland Bùi Xuân
    /// Huy`: a body named by an acronym or a brand no table knows, at `i`
    /// between a role and its holder's name (a brand, one word that is no
    /// syllable of the language, before a name of the language only).
    pub(super) fn acronym_body(&self, toks: &[Token], i: usize) -> Option<OrgPhrase> {
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
        Some(OrgPhrase::named_by(&t.text))
    }

    /// `Giám đốc điều hành United Airlines Oscar Munoz`, `Giám đốc điều
    /// hành Facebook Mark Zuckerberg`, `Ông A, Tổng Giám đốc Bamboo Airways
    /// cho biết`: after a role of a business, a brand of up to three words,
    /// none a syllable of the language, is the body when a holder's name
    /// follows it (the longest brand that leaves a foreign name of two
    /// words), or when the role is said of a person named before it
    /// (`apposed`, asked last) and the brand ends the phrase. Returns the
    /// body and its length in tokens.
    pub(super) fn brand_body(
        &self,
        toks: &[Token],
        i: usize,
        apposed: impl FnOnce() -> bool,
    ) -> Option<(OrgPhrase, usize)> {
        let brand_word = |x: usize| {
            toks.get(x).is_some_and(|t| {
                t.word
                    && t.cap
                    && t.text.chars().all(char::is_alphanumeric)
                    && !crate::extract::syllables::is_vietnamese_syllable(&t.text)
            }) && self.g.org_heads.longest(toks, x).is_none()
                && self.g.roles.longest(toks, x).is_none()
                && self.g.countries.longest(toks, x).is_none()
        };
        let run = (i..toks.len().min(i + 3))
            .take_while(|&x| brand_word(x))
            .count();
        let named = |m: usize| OrgPhrase::named_by(&join(&toks[i..i + m]));
        // (A holder's foreign name holds no word of a business: `Lotte
        // Asset Development` is one brand.)
        let foreign_holder = |x: usize| {
            self.foreign_name_len(toks, x).is_some_and(|k| {
                !(x..x + k).any(|y| self.g.foreign_name_nouns.longest(toks, y).is_some())
            })
        };
        if let Some(m) = (1..=run)
            .rev()
            .find(|&m| self.person_at(toks, i + m).is_some() || foreign_holder(i + m))
        {
            return Some((named(m), m));
        }
        let ends = |x: usize| {
            toks.get(x)
                .is_none_or(|t| matches!(t.text.as_str(), "," | "." | ")" | ";" | ":"))
                || self.g.clause_words.longest(toks, x).is_some()
        };
        (run > 0 && ends(i + run) && apposed()).then(|| (named(run), run))
    }

    /// Words of a name as written, abbreviations written out (`Công ty CP
    /// Đại Dương` → `Công ty Cổ phần Đại Dương`).
    pub(super) fn expand(&self, toks: &[Token]) -> String {
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
    pub(super) fn unit_at(
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

    /// The body a head alone names (`Tỉnh ủy`, `Văn phòng`), as the one
    /// segment of a phrase: none when the head needs a name of its own.
    pub fn head_segment(&self, head: &str) -> Option<Segment> {
        let toks = crate::extract::tokens::tokenize(&crate::extract::normalize::key(head));
        let (phrase, n) = self.org_at(&toks, 0, None, false)?;
        (n == toks.len())
            .then(|| phrase.segments.into_iter().next())
            .flatten()
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
            // (`Phòng X (thuộc Sở Nội vụ)`: `thuộc` says so in words, also
            // with no mark: `Phòng X thuộc Trung tâm Y tế huyện Y`.)
            let of = usize::from(bracket && toks.get(k + 1).is_some_and(|t| t.is("thuộc")));
            let mark = match toks.get(k) {
                Some(t) if matches!(t.text.as_str(), "," | "(" | "-" | "–") => 1 + of,
                Some(t) if t.is("thuộc") => 1,
                _ => 0,
            };
            if title_body
                && mark > 0
                && prev.as_ref().is_some_and(|p| {
                    self.g
                        .org_heads
                        .longest(toks, k + mark)
                        .is_some_and(|(n, h)| {
                            p.within(h)
                                && self
                                    .g
                                    .roles
                                    .longest(toks, k + mark)
                                    .is_none_or(|(r, _)| r <= n)
                        })
                })
            {
                k += mark;
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
            // except right after a role word (`Phó cục trưởng cục Tổ chức`)
            // or joined to the unit before it.
            let after_role = segments.is_empty() && after_role;
            let mut implicit_lower = false;
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
                // (`cục Quản lý thị trường (bộ Công Thương)`: joined, before
                // a capitalized name.)
                .filter(|&(n, _)| {
                    let parent = joined && toks.get(k + n).is_some_and(|t| t.cap);
                    !implicit_named && (n > 1 || toks[k].cap || after_role || parent)
                })
                // An abbreviation is written in capitals (`TƯ`, `UBND`); the
                // same letters in a word are that word (`Tư vấn`).
                .filter(|&(n, h)| n > 1 || !is_abbreviation(&toks[k], h) || is_upper(&toks[k]))
                // `tập đoàn Nhà nước`, `công ty nhà nước`: a business written
                // in lower case before `nhà nước` is a kind of business (one
                // the state owns), not a body.
                .filter(|&(n, h)| toks[k].cap || !h.is_enterprise() || !state_owned(toks, k + n))
                // Nor the first syllables of a longer word (`luật Sở hữu trí
                // tuệ`, `Trường hợp này`; not `Trường Hợp Lý`, a name).
                .filter(|&(n, _)| {
                    toks.get(k + n).is_none_or(|t| t.cap)
                        || self
                            .g
                            .compound_words
                            .longest(toks, k)
                            .is_none_or(|(m, _)| m <= n)
                });
            let (head, after_head) = match head_match {
                Some((n, h)) => (h.clone(), k + n),
                None if segments.is_empty() => {
                    let Some(h) = implicit_head
                        .and_then(|h| self.g.head_of(h))
                        .map(|(h, _)| h.clone())
                    else {
                        break;
                    };
                    // The name must follow: a known one, or a capitalized one,
                    // or one in lower case that the body it belongs to ends
                    // (`trưởng phòng kế hoạch tài chính Sở GD-ĐT Hà Nội`).
                    let known = self
                        .g
                        .org_names
                        .get(&h.canonical)
                        .is_some_and(|l| l.longest(toks, k).is_some());
                    implicit_lower = !known && self.lower_name_then_parent(toks, k, &h);
                    // (Nor a holder's name: `Bộ trưởng Motegi`.)
                    if !known
                        && !implicit_lower
                        && (self.holder_name_at(toks, k)
                            || !toks.get(k).is_some_and(|t| t.cap && t.word))
                    {
                        break;
                    }
                    (h, k)
                }
                None => break,
            };
            // `hội đồng quản trị (HĐQT) PNJ`: the head's own abbreviation in
            // brackets, then the name.
            let opens = after_head > k && toks.get(after_head).is_some_and(|t| t.text == "(");
            let own = opens
                .then(|| self.g.org_heads.longest(toks, after_head + 1))
                .flatten();
            let after_head = match own {
                Some((m, h))
                    if h.canonical == head.canonical
                        && toks.get(after_head + 1 + m).is_some_and(|t| t.text == ")")
                        && toks
                            .get(after_head + 2 + m)
                            .is_some_and(|t| t.cap && t.word) =>
                {
                    after_head + m + 2
                }
                _ => after_head,
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
            // (`BCSĐ Bộ Tài nguyên và các cá nhân`: `và` then a word that
            // counts joins another noun, not the rest of a name; `BCSĐ Bộ
            // Tài nguyên giai đoạn 2008-2016`: a span of years is the body's
            // time.)
            let counted_after = |y: usize| {
                toks.get(y).is_some_and(|t| t.is("và"))
                    && self.g.plural_words.longest(toks, y + 1).is_some()
                    || toks.get(y).is_some_and(|t| t.is("giai"))
                        && toks.get(y + 1).is_some_and(|t| t.is("đoạn"))
                        && toks
                            .get(y + 2)
                            .is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_digit()))
            };
            let short_ok = |n: usize| {
                head.names.is_empty()
                    && (self.name_ends(toks, after_head + n)
                        || country_at(after_head + n)
                        || counted_after(after_head + n))
            };
            // (A known name that goes on with `và` or a comma and words up
            // to a country is the start of a longer name, a foreign body's:
            // `Bộ Thương mại và Công nghiệp Ai Cập`, `Bộ Kinh tế, Thương mại
            // và Công nghiệp Nhật Bản`; not `Bộ Thông tin Truyền thông và Chủ
            // tịch nước`, nor a body or a place after it: `Bộ Tài chính, Bộ
            // Công Thương`.)
            let goes_on = |n: usize| {
                let at = after_head + n;
                toks.get(at).is_some_and(|t| t.is("và") || t.text == ",")
                    && toks.get(at + 1).is_some_and(|t| t.cap)
                    && self.g.org_heads.longest(toks, at + 1).is_none()
                    && self.g.place_at(toks, at + 1).is_none()
                    && (at + 2..at + 8)
                        .take_while(|&y| {
                            toks.get(y - 1).is_some_and(|t| t.word)
                                && self.person_here(toks, y - 1, false).is_none()
                                && self.g.clause_words.longest(toks, y - 1).is_none()
                        })
                        .any(&country_at)
            };
            // (A known name followed by a word written capitalized then in
            // lower case, no place, body, person or country (but a word it
            // starts: `Pháp luật`), is the start of a longer name: `Phòng
            // Xây dựng Pháp luật`, `Ban Tổ chức Hành trình đỏ`.)
            let longer = |n: usize| {
                let at = after_head + n;
                toks.get(at).is_some_and(|t| t.cap && t.word)
                    && toks.get(at + 1).is_some_and(|t| {
                        t.word
                            && !t.cap
                            && !t.is_number()
                            && !t.is("và")
                            && !self.name_ends(toks, at + 1)
                            && self.g.name_particles.longest(toks, at + 1).is_none()
                    })
                    && !self.name_ends(toks, at)
                    && (!country_at(at) || self.in_compound(toks, at, 0..=3))
            };
            let known = names
                .and_then(|l| l.longest(toks, after_head))
                .filter(|&(n, nm)| (!nm.short_form || short_ok(n)) && !goes_on(n));
            // (`Ban Chỉ đạo phòng chống thiên tai tỉnh X`: an open name goes
            // on in lower case, up to where a name may end; so it does after
            // the country's word, capitalized or not: `Ban Chỉ đạo Trung ương
            // phòng chống lụt bão`.)
            let open_words = |n: usize, nm: &crate::extract::gazetteer::OrgName| {
                if !nm.is_open() {
                    return 0;
                }
                let at = after_head + n;
                let capitalized_country = matches!((toks.get(at), toks.get(at + 1)),
                    (Some(a), Some(b)) if a.cap && the_country(a, b));
                let skip = if capitalized_country { 2 } else { 0 };
                // (`Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật`:
                // what it is for, after `về`, may list several things.)
                let lower_word = |x: usize| toks.get(x).is_some_and(|t| t.word && !t.cap);
                let topic =
                    toks.get(at + skip).is_some_and(|t| t.is("về")) && lower_word(at + skip + 1);
                let skip = skip + usize::from(topic);
                if toks.get(at + skip).is_none_or(|t| t.cap || !t.word) {
                    return 0;
                }
                let words =
                    |x: usize| self.org_name_words(toks, x, false, true, Eponym::No, title_body);
                let mut m = skip + words(at + skip);
                // (Up to a place or the end of the phrase, not the next
                // capitalized word: `Ban Chỉ đạo 389 quốc gia biểu dương lực
                // lượng Bộ đội Biên phòng` is a sentence going on.)
                let ends_at = |x: usize| {
                    toks.get(x)
                        .is_none_or(|t| !t.word || !t.cap || self.g.place_at(toks, x).is_some())
                        || self.unit_at(toks, x).is_some()
                };
                if topic && m == skip {
                    return 0;
                }
                while topic
                    && toks.get(at + m).is_some_and(|t| t.text == ",")
                    && lower_word(at + m + 1)
                {
                    match words(at + m + 1) {
                        k if k > 0 && ends_at(at + m + 1 + k) => m += 1 + k,
                        _ => break,
                    }
                }
                if ends_at(at + m) {
                    m
                } else {
                    0
                }
            };
            // (Read whole when it can be, `Pháp` going on in `Pháp luật`;
            // else from the known name on: `tổ chức` starts no name.)
            let longer_words = |n: usize| {
                if !longer(n) {
                    return 0;
                }
                let words =
                    |x: usize| self.org_name_words(toks, x, false, false, Eponym::No, title_body);
                match words(after_head) {
                    whole if whole > n => whole - n,
                    _ => words(after_head + n),
                }
            };
            // (The parent a known name implies is no longer its own: `Ban
            // Tổ chức Hoa hậu Việt Nam` is no party board.)
            let known = known.map(|(n, nm)| {
                let open = open_words(n, nm);
                let more = if open == 0 { longer_words(n) } else { 0 };
                let parent = (more == 0 && !nm.parent.is_empty()).then(|| nm.parent.clone());
                (n + open + more, n, nm, parent)
            });
            // (`Ban Chỉ đạo 389 quốc gia`, `Ban Chỉ đạo trung ương ...`: the
            // country's, of no place, when no place is written after it; not
            // `Ban Chỉ đạo kỳ thi THPT quốc gia`, the exam's.)
            let national_words = |from: usize, to: usize| {
                let mut words = toks[from..to].iter().skip_while(|t| t.is_number());
                let first_two = (words.next(), words.next());
                let opens = matches!(first_two, (Some(a), Some(b)) if the_country(a, b));
                opens && self.g.place_at(toks, to).is_none() && self.unit_at(toks, to).is_none()
            };
            let (name, national, parent, n) = match known {
                Some((n, known_n, nm, parent)) if n > known_n => (
                    Some(format!(
                        "{} {}",
                        nm.canonical,
                        self.expand(&toks[after_head + known_n..after_head + n])
                    )),
                    nm.is_national() || national_words(after_head + known_n, after_head + n),
                    parent,
                    n,
                ),
                Some((n, _, nm, _)) => (
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
                    // (A head capitalized only as a sentence's first word is
                    // read as one in lower case: `Ngân hàng lãi lớn nhưng
                    // ...` names no body.)
                    let opens_sentence = toks[..k].iter().all(|t| !t.word);
                    let cap_head = toks[k].cap && !opens_sentence;
                    let lower_name = toks.get(after_head).is_some_and(|t| !t.cap);
                    let lower_head = !cap_head && (after_role || opens_sentence) && lower_name;
                    let lower_ok = head.name == NameRule::Required
                        && (cap_head || lower_head)
                        && after_head > k
                        || implicit_lower;
                    // A head whose name is optional takes one in lower case
                    // only up to a place (`Văn phòng đăng ký đất đai huyện`).
                    let optional_lower =
                        head.name == NameRule::Optional && cap_head && lower_name && after_head > k;
                    let mut n = self.org_name_words(
                        toks,
                        after_head,
                        head.name.required(),
                        lower_ok || optional_lower,
                        head.eponym(),
                        title_body,
                    );
                    // (A proper name's words are capitalized: a lower-case
                    // syllable is the rest of a capitalized one's word, and
                    // the name ends at a second: `Đảng Cộng hòa kêu gọi`.)
                    if head.name == NameRule::Proper {
                        let proper = |x: usize| {
                            let t = &toks[x];
                            !t.word || t.cap || t.is_number() || t.is("và")
                        };
                        let word_of_sentence = |x: usize| {
                            self.g.fillers.longest(toks, x).is_some()
                                || self.g.cues.longest(toks, x).is_some()
                                || self.g.clause_words.longest(toks, x).is_some()
                        };
                        // (Nor after a country's last syllable: `Đảng Cộng sản
                        // Trung Quốc giai đoạn ...`.)
                        let ends_country = |y: usize| {
                            (2..=3).any(|m| {
                                y + 1 >= m
                                    && self
                                        .g
                                        .countries
                                        .longest(toks, y + 1 - m)
                                        .is_some_and(|(k, _)| k == m)
                            })
                        };
                        // (Nor where a holder's name follows a word's end:
                        // `đảng Dân chủ Tim Kaine`.)
                        let holder = |x: usize| {
                            x > after_head
                                && !toks[x - 1].cap
                                && toks[x].cap
                                && self.holder_name_at(toks, x)
                        };
                        n = (after_head..after_head + n)
                            .take_while(|&x| {
                                (proper(x) && !holder(x))
                                    || x > after_head
                                        && toks[x - 1].cap
                                        && !ends_country(x - 1)
                                        && (!word_of_sentence(x)
                                            || self.in_compound(toks, x, 1..=1))
                            })
                            .count();
                        n = without_trailing_connector(toks, after_head, n);
                    }
                    // (The optional name of a national body, its party's,
                    // ends where a holder's name starts: `Ủy viên Ban Chấp
                    // hành Trung ương Đảng Tô Lâm`, `... Đảng Cộng sản Việt
                    // Nam Tô Lâm`.)
                    if head.name == NameRule::Optional
                        && head.kind == OrgKind::National
                        && toks.get(after_head).is_some_and(|t| t.cap)
                    {
                        n = (after_head..after_head + n)
                            .position(|y| toks[y].cap && self.holder_name_at(toks, y))
                            .unwrap_or(n);
                    }
                    if optional_lower
                        && self.unit_at(toks, after_head + n).is_none()
                        && self.g.place_at(toks, after_head + n).is_none()
                    {
                        n = 0;
                    }
                    let proper = |x: usize| toks[x].cap || toks[x].is_number();
                    if lower_head
                        && !implicit_lower
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
                    // (A name the text writes in lower case after the role
                    // is written as names are: `Phòng Đào tạo`.)
                    let name = name.map(|nm| if implicit_lower { capitalize(&nm) } else { nm });
                    (name, false, None, n)
                }
                None => (None, false, None, 0),
            };
            // A body named after people or places takes a place written
            // with its unit for its name (`Bảo tàng tỉnh Quảng Ninh`,
            // `Bệnh viện huyện Gia Lâm`): the place follows as its locality.
            // (Asked only of a head that lacks its name.)
            let placed = || {
                head.eponym() == Eponym::Yes
                    && toks[k].cap
                    && self.unit_at(toks, after_head).is_some()
                    && self.locality_at(toks, after_head, false).is_some()
            };
            if head.name.required() && name.is_none() && !placed() {
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
            // lower-case syllable that starts no clause is part of a word;
            // not one that is no syllable of the language: `Chính phủ
            // Campuchia bác bỏ`, nor one that starts no word of
            // `compound_words.txt`: `Thứ trưởng Quốc phòng Mỹ phụ trách`.)
            .filter(|&(n, _)| {
                n > 1
                    || !crate::extract::syllables::is_vietnamese_syllable(&toks[j].text)
                    || !self.in_compound(toks, j, 0..=0)
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
            // (`Tổng Liên đoàn Lao động Lào`: the country stands for the
            // `Việt Nam` a national body's written-out head ends with.)
            let own = last.text.strip_suffix(" Việt Nam").unwrap_or(&last.text);
            last.text = format!("{own} {country}");
            last.national = true;
            j += n;
        }
        // `Hội Nông dân Việt Nam`, `Tập đoàn Dầu khí Việt Nam`: a national
        // body (`Thông tấn xã VN`: so written short).
        let home = if toks.get(j).is_some_and(|t| t.key == "việt")
            && toks.get(j + 1).is_some_and(|t| t.key == "nam")
        {
            2
        } else {
            usize::from(toks.get(j).is_some_and(|t| t.text == "VN"))
        };
        if home > 0 {
            // (`Bộ Quốc phòng Việt Nam` is the `Bộ Quốc phòng`.)
            let last = segments.last_mut().expect("non-empty");
            if !last.text.ends_with("Việt Nam") && !last.national {
                last.text.push_str(" Việt Nam");
            }
            j += home;
            // (`Ủy ban MTTQ Việt Nam tỉnh Long An` is the province's.)
            let placed = self.unit_at(toks, j).is_some();
            let last = segments.last_mut().expect("non-empty");
            last.national = !placed;
        } else if j >= 2
            && crate::extract::syllables::is_viet_nam(toks, j - 2)
            && self.locality_at(toks, j, false).is_none()
        {
            // (So when its name took the words: `Hội Liên hiệp Thanh niên
            // Việt Nam` borrows no city of the sentence; not `Ủy ban MTTQ
            // Việt Nam TP. Đà Nẵng`.)
            segments.last_mut().expect("non-empty").national = true;
        }
        // `NHNN chi nhánh Long An`, `VCCI chi nhánh TP. HCM`: the body's
        // branch in a place, named with it.
        // (`Ngân hàng Nhà nước (NHNN) chi nhánh ...`: after the short form.)
        let short = usize::from(
            toks.get(j).is_some_and(|t| t.text == "(")
                && toks.get(j + 2).is_some_and(|t| t.text == ")"),
        ) * 3;
        if toks.get(j + short).is_some_and(|t| t.key == "chi")
            && toks.get(j + short + 1).is_some_and(|t| t.key == "nhánh")
        {
            let at = j + short + 2;
            let place = match self.locality_at(toks, at, true) {
                Some((l, n)) => l.name.map(|name| {
                    let unit = l.unit.map(|u| format!("{u} ")).unwrap_or_default();
                    (format!("{unit}{name}"), n)
                }),
                // (`chi nhánh ĐBSCL`: a region's short form.)
                None => self
                    .place_words(toks, at)
                    .map(|(name, _, n)| (name, n))
                    .or_else(|| {
                        let t = toks.get(at)?;
                        (t.word && t.text.chars().all(|c| c.is_uppercase()))
                            .then(|| (t.text.to_string(), 1))
                    }),
            };
            if let Some((place, n)) = place {
                let last = segments.last_mut().expect("non-empty");
                last.text = format!("{} chi nhánh {place}", last.text);
                last.national = true;
                j = at + n;
            }
        }
        // The locality that ends the phrase.
        let last = segments.last().expect("non-empty");
        let mut locality = None;
        if !last.national && !segments.iter().any(|s| s.national) {
            // (`Hội Văn học Nghệ thuật (VHNT) tỉnh Trà Vinh`: after the
            // body's abbreviation in brackets.)
            let bracketed = || {
                bracketed_acronym(toks, j)
                    .and_then(|_| self.locality_at(toks, j + 3, false))
                    .filter(|(l, _)| l.name.is_some())
            };
            if let Some((loc, n)) = self.locality_at(toks, j, false) {
                locality = Some(loc);
                j += n;
            } else if let Some((loc, n)) = bracketed() {
                locality = Some(loc);
                j += 3 + n;
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

    /// Whether a body's head at `x` is followed by a capitalized name
    /// (`phòng PC08`).
    fn unit_named_at(&self, toks: &[Token], x: usize) -> bool {
        self.g
            .org_heads
            .longest(toks, x)
            .is_some_and(|(k, _)| toks.get(x + k).is_some_and(|u| u.cap && u.word))
    }

    /// Whether token `y` is a syllable of a compound word
    /// (`compound_words.txt`) that starts `back` tokens before it, for some
    /// `back` in `backs` (`1..=1`: the second syllable of a two-word one).
    pub(super) fn in_compound(
        &self,
        toks: &[Token],
        y: usize,
        backs: RangeInclusive<usize>,
    ) -> bool {
        backs.filter(|&back| back <= y).any(|back| {
            self.g
                .compound_words
                .longest(toks, y - back)
                .is_some_and(|(n, _)| n > back)
        })
    }

    /// Whether at `k`, after a role that ends in `head` (`trưởng phòng`),
    /// come two to six words in lower case and then, capitalized, the body
    /// the unit belongs to (org_heads.tsv `within`): the unit's name
    /// written in lower case (`kế hoạch tài chính Sở GD-ĐT Hà Nội`).
    fn lower_name_then_parent(&self, toks: &[Token], k: usize, head: &OrgHead) -> bool {
        let plain = |t: &Token| t.word && !t.cap && !t.is_number() && !t.is("và") && !t.is("của");
        let words = toks[k.min(toks.len())..]
            .iter()
            .take(7)
            .take_while(|t| plain(t))
            .count();
        (2..=6).contains(&words)
            && (k..k + words).all(|x| {
                self.g.clause_words.longest(toks, x).is_none()
                    && self.g.cues.longest(toks, x).is_none()
                    && self.g.roles.longest(toks, x).is_none()
            })
            && toks.get(k + words).is_some_and(|t| t.cap)
            && self
                .g
                .org_heads
                .longest(toks, k + words)
                .is_some_and(|(_, h)| head.within(h))
    }

    /// Whether the status word at `i` is a syllable of a word of several
    /// (`compound_words.txt`): the first (`nguyên tắc`, `cố gắng`), or a
    /// later one after a syllable in lower case (`kỷ nguyên`, `sự cố`; not
    /// `ông Trần Phương Bình nguyên là`, a name's last syllable).
    pub(super) fn in_status_compound(&self, toks: &[Token], i: usize) -> bool {
        self.in_compound(toks, i, 0..=0)
            || (1..=2)
                .filter(|&back| back <= i && !toks[i - back].cap)
                .any(|back| self.in_compound(toks, i, back..=back))
    }

    /// Whether a word the tables know starts at `x`: a body's head, a role,
    /// a unit or a province.
    pub(super) fn known_word_at(&self, toks: &[Token], x: usize) -> bool {
        self.g.org_heads.longest(toks, x).is_some()
            || self.g.roles.longest(toks, x).is_some()
            || self.g.units.longest(toks, x).is_some()
            || self.g.place_at(toks, x).is_some()
    }

    /// Whether a canonical head names a political party (org_heads.tsv
    /// `sector`).
    pub(super) fn is_party(&self, head: &str) -> bool {
        self.g
            .head_of(head)
            .is_some_and(|(h, whole)| whole && h.is_party())
    }

    /// Whether the words at `k`, after a role that names its body's head
    /// (`Bộ trưởng`), are its holder's name rather than the body's:
    /// a person's name (`Bộ trưởng Motegi`, `cựu bộ trưởng Ray Mabus`), a
    /// foreign one joined by a spaced hyphen (`Thứ trưởng Ri Son - gwon`),
    /// or a capitalized run holding a foreign word (abbreviations apart:
    /// `Trưởng phòng GD-ĐT`).
    pub(super) fn holder_name_at(&self, toks: &[Token], k: usize) -> bool {
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
    pub(super) fn name_ends(&self, toks: &[Token], y: usize) -> bool {
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
    /// khẳng định`); with `lower_ok` the name may start with them. In a
    /// title (`in_title`: a role word stands before the body) a run of them
    /// may be longer when the body's parent or place ends it.
    pub(super) fn org_name_words(
        &self,
        toks: &[Token],
        i: usize,
        heads_ok: bool,
        lower_ok: bool,
        eponym: Eponym,
        in_title: bool,
    ) -> usize {
        // A syllable of a compound word (`Thiết bị`, `sáng tạo`, `xã hội`)
        // ends no name.
        let compound = |y: usize| self.in_compound(toks, y, 0..=3);
        // (The last word of a country starts no role: `Bộ Thương mại Trung
        // Quốc Vương Nghị` holds no `Quốc vương`.)
        let in_country = |x: usize| {
            x > 0
                && self
                    .g
                    .countries
                    .longest(toks, x - 1)
                    .is_some_and(|(m, _)| m > 1)
        };
        // Cue and filler words end a name only in lower case (`Công ty CP
        // ICD Tân Cảng` goes on past `Tân`).
        let stops = |x: usize| {
            let t = &toks[x];
            if compound(x) {
                return false;
            }
            // (A term is no name, capitalized or not: `Khóa XI`.)
            let term = || {
                toks[x + 1..].iter().take(2).any(super::is_numeral)
                    && self
                        .g
                        .fillers
                        .longest(toks, x)
                        .is_some_and(|(k, _)| toks.get(x + k).is_some_and(super::is_numeral))
            };
            (self.g.roles.longest(toks, x).is_some() && !in_country(x))
                // (A rank is never a body's: `Vụ Kiểm toán Nội bộ Thiếu
                // tướng A`.)
                || self.g.ranks.longest(toks, x).is_some()
                || self.unit_at(toks, x).is_some()
                || (!t.cap
                    && (self.g.cues.longest(toks, x).is_some()
                        || self.g.fillers.longest(toks, x).is_some()))
                || t.cap && term()
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
        // (`của` goes on only to a capitalized word that is no role: `Hội
        // Luật sư liên bang của New York`, not `Tổ công tác của Thủ tướng`
        // nor a name ending with it.)
        let of_name = |y: usize| {
            toks.get(y + 1).is_some_and(|u| u.word && u.cap)
                && self.g.roles.longest(toks, y + 1).is_none()
        };
        let plain_lower = |y: usize| {
            toks.get(y).is_some_and(|t| {
                t.word && !t.cap && !t.is_number() && !t.is("và") && (!t.is("của") || of_name(y))
            }) && !clause(y)
        };
        let lower = |y: usize| plain_lower(y) && (!stops(y) || soft_stop(y));
        // A lower-case word that is no stop at all: the rest of a name after
        // `và`, an abbreviation or a foreign word, or in an item of a list.
        let plain_word = |y: usize| plain_lower(y) && !stops(y);
        // `số 1` after a name (`Trường THPT số 1`, `Trung tâm Giáo dục
        // thường xuyên số 1`): the name goes on with the number; so after a
        // road's (`Công ty Đầu tư quốc lộ 91 Cần Thơ`).
        let numbered = |y: usize| {
            toks.get(y).is_some_and(|u| u.is("số") || u.is("lộ"))
                && toks.get(y + 1).is_some_and(Token::is_number)
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
                        || t.is("của")
                        // (`Trung tâm Phát triển quỹ đất thuộc Sở ...`: its
                        // parent follows.)
                        || t.is("thuộc")
                        || t.is("trực") && toks.get(y + 1).is_some_and(|u| u.is("thuộc"))
                })
                || self.unit_at(toks, y).is_some()
                || numbered(y)
                // (`Vụ Quản lý doanh nghiệp làm tổ trưởng`: a status word
                // before a post starts the predicate.)
                || (self
                    .g
                    .cues
                    .longest(toks, y)
                    .is_some_and(|(_, c)| c.status == crate::Status::Starts)
                    && self.g.roles.longest(toks, y + 1).is_some())
        };
        // In a title, a run of more than six lower-case words is a name
        // when its parent, its place or its own punctuation follows (`Giám
        // đốc Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh
        // X`, `Chủ tịch Công ty Đầu tư phát triển an ninh công nghệ cao,
        // ...`), not the end of the sentence or a clause (`Bộ trưởng Bộ Tài
        // nguyên xử lý sự cố môi trường biển miền Trung`).
        // So is one that the holder's full name ends (`Giám đốc Trung tâm dự
        // báo khí tượng thủy văn quốc gia Hoàng Đức Cường`).
        let long_end = |y: usize| {
            in_title
                && (toks.get(y).is_some_and(|t| {
                    matches!(t.text.as_str(), "," | "(" | ")" | ";" | "-" | "–")
                        || (t.cap
                            && (self.g.place_at(toks, y).is_some()
                                || self.g.countries.longest(toks, y).is_some()
                                || self.g.org_heads.longest(toks, y).is_some()
                                || self
                                    .person_here(toks, y, false)
                                    .is_some_and(|(p, _)| p >= 3)))
                }) || self.unit_at(toks, y).is_some())
        };
        // The words from `y` on that `word` accepts and that end where a name
        // may end: up to `max`, and more than `free` only where `long_end`.
        let run = |y: usize, max: usize, free: usize, word: &dyn Fn(usize) -> bool| {
            (1..=max)
                .take_while(|&k| word(y + k - 1))
                .filter(|&k| ends_after(y + k) && (k <= free || long_end(y + k)))
                .last()
                .unwrap_or(0)
        };
        let lower_run = |y: usize| run(y, 10, 6, &lower);
        // After `và`: only after a name already going on in lower case (not
        // `Công ty Đồng Tâm và nhường ghế`) or up to a country, in the
        // language (not `Công ty Verizon và vốn`), and not over a word for a
        // person (`và chị T`).
        let and_run = |y: usize| {
            let before = &toks[y - 2];
            if !crate::extract::syllables::is_vietnamese_syllable(&before.text) {
                return 0;
            }
            let person = |x: usize| {
                self.g
                    .honorifics
                    .longest(toks, x)
                    .is_some_and(|(_, h)| *h == HonorificKind::Honorific)
            };
            let k = run(y, 10, 6, &|x| plain_word(x) && !person(x));
            // (After a capitalized word, only up to a country ending the
            // name of a title's body: `Bộ trưởng Mỏ và năng lượng Campuchia`.)
            let country_next = || in_title && self.g.countries.longest(toks, y + k).is_some();
            if before.cap && !country_next() {
                return 0;
            }
            k
        };
        // The words of a list after the comma at `x`, up to its last item
        // after `và`: items start with a capitalized word that is no head,
        // person, place or country, and go on with capitalized words or
        // lower-case syllables of theirs (`Thương binh`).
        let listed_words = |x: usize| {
            let first = |y: usize| {
                toks.get(y)
                    .is_some_and(|t| t.word && t.cap && !t.is_number())
                    && !stops(y)
                    && self.g.org_heads.longest(toks, y).is_none()
                    && self.g.place_at(toks, y).is_none()
                    && self.g.countries.longest(toks, y).is_none()
                    && self.person_here(toks, y, false).is_none()
            };
            let item = |y: usize| {
                if !first(y) {
                    return 0;
                }
                1 + (y + 1..)
                    .take_while(|&z| first(z) || plain_word(z))
                    .take(3)
                    .count()
            };
            let mut y = x;
            for _ in 0..6 {
                let sep_and = toks[y].is("và");
                let m = item(y + 1);
                if m == 0 {
                    return None;
                }
                y += 1 + m;
                if sep_and {
                    return Some(y - x);
                }
                if !toks.get(y).is_some_and(|t| t.text == "," || t.is("và")) {
                    return None;
                }
            }
            None
        };
        let mut n = 0;
        if lower_ok {
            n = lower_run(i);
        }
        while let Some(t) = toks.get(i + n) {
            let x = i + n;
            if n > 0 && numbered(i + n) {
                n += 1;
                continue;
            }
            // (`&` too: `Công ty Cổ phần Đầu tư U & I`.)
            let ampersand = t.text == "&" && toks.get(x + 1).is_some_and(|u| u.word && u.cap);
            let connector = n > 0 && (t.is("và") || t.is("-") || t.is("–") || ampersand);
            // (`Tổng cục Cảnh sát - 9 năm tù`: a number after a dash that
            // the sentence goes on from is no part of the name.)
            if connector
                && toks.get(x + 1).is_some_and(Token::is_number)
                && toks.get(x + 2).is_some_and(|u| u.word && !u.cap)
            {
                break;
            }
            // (`Ban Quản lý dự án Thái Bình 2 và Nguyễn Ngọc, nguyên ...`: a
            // person's name after `và` that ends the phrase is the next
            // member of a list, not the rest of the name.)
            if connector && t.is("và") {
                let listed = self.person_here(toks, x + 1, false).is_some_and(|(m, _)| {
                    toks.get(x + 1 + m)
                        .is_none_or(|u| matches!(u.text.as_str(), "," | ")" | "(" | "." | ";"))
                });
                if listed {
                    break;
                }
            }
            // In a title, a list of capitalized words with commas, closed by
            // `và`, is one name (`Cục Mỹ thuật, Nhiếp ảnh và Triển lãm`, `Bộ
            // Kinh tế, Thương mại và Công nghiệp Nhật Bản`).
            if in_title && n > 0 && t.text == "," {
                if let Some(m) = listed_words(x) {
                    n += m;
                    continue;
                }
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
            // (A head whose proper name does not follow is a word of this
            // name: `Vụ Cơ sở Đảng`, `Cục Công tác Đảng`.)
            let head_here = self.g.org_heads.longest(toks, x).is_some_and(|(k, h)| {
                h.name != NameRule::Proper || toks.get(x + k).is_some_and(|u| u.cap && u.word)
            });
            if capital && (n > 0 || !heads_ok) && head_here {
                break;
            }
            // `Bộ trưởng Thương mại Trung Quốc Chung Sơn`: in a title, a
            // country of several words followed by a capitalized word that
            // is no body nor country ends the body's name (the country is
            // added after it; the words after it are its holder's name). Not
            // a one-word country, often a syllable of a name (`Công ty TNHH
            // Mỹ Hưng`), nor a country joined to another (`Việt - Nga`).
            if capital
                && n > 0
                && in_title
                && !matches!(toks[x - 1].text.as_str(), "-" | "–" | "và")
            {
                // (Nor one that is no syllable of the language after a
                // lower-case word: `Bộ trưởng Mỏ và năng lượng Campuchia Suy
                // Sem`; not `Công trình đô thị Mỹ Tho`.)
                let after_lower = toks[x - 1].word
                    && !toks[x - 1].cap
                    && !crate::extract::syllables::is_vietnamese_syllable(&toks[x].text);
                if let Some((m, _)) = self
                    .g
                    .countries
                    .longest(toks, x)
                    .filter(|&(m, _)| m > 1 || after_lower)
                {
                    let holder = toks.get(x + m).is_some_and(|u| u.cap && u.word)
                        && self.g.org_heads.longest(toks, x + m).is_none()
                        && self.g.countries.longest(toks, x + m).is_none();
                    // (A name in lower case so far is no name without the
                    // country: `đội tuyển Thụy Điển Zlatan Ibrahimovic`.)
                    if holder && toks[i..x].iter().any(|t| t.cap) {
                        break;
                    }
                }
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
                    // out or not, and heads: `Công ty Cổ phần Hồ Gươm`; for
                    // a body often so named, words in lower case too:
                    // `Trường tiểu học Nguyễn Văn Đậu`; not a word of
                    // address, `bà`, nor a unit, `xã`).
                    let lower_kind = |y: usize| {
                        eponym == Eponym::Yes
                            && toks[y].word
                            && !toks[y].cap
                            && !toks[y].is_number()
                            && self.g.honorifics.longest(toks, y).is_none()
                            && self.unit_at(toks, y).is_none()
                    };
                    let right_after_kind = || {
                        let mut y = i;
                        while y < x {
                            y += match self.g.org_heads.longest(toks, y) {
                                Some((k, _)) => k,
                                None if is_upper(&toks[y]) || lower_kind(y) => 1,
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
                    // (Two names run together: the body's, then its
                    // holder's, a full name of the language: `Bệnh viện
                    // Bạch Mai Nguyễn Quốc Anh`, `Trường THPT Chu Văn An
                    // Nguyễn Văn Bình`.)
                    let run = self.name_words(toks, x, 8);
                    let holder = (2..run.saturating_sub(2)).rev().find(|&s| {
                        (3..=4).contains(&(run - s))
                            && self.g.surnames.contains(toks[x + s].text.as_str())
                            && self.g.surely_vietnamese(&join(&toks[x + s..x + run]))
                    });
                    if let Some(s) = holder {
                        n += s;
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
            let abbreviation = is_upper(t) && t.text.chars().count() > 1;
            let whole_word =
                abbreviation || !crate::extract::syllables::is_vietnamese_syllable(&t.text);
            if whole_word && !t.is_number() {
                // (`Trường THPT số 1`: the number goes on in the loop. No
                // status word either: `HĐQT VietinBank làm người đại diện`.
                // A foreign name is a whole name: `HĐQT Novaland vào danh
                // sách ...`; an abbreviation may be followed by the words it
                // qualifies: `Công ty TNHH xây dựng X`.)
                if !numbered(i + n) && abbreviation {
                    n += run(i + n, 7, 7, &plain_word);
                }
                // (But over the particles of a foreign name to its next
                // word: `Viện Sou da Paz`, `Hiệp hội Raíces de Paralêda`.)
                let particles = (i + n..toks.len())
                    .take_while(|&y| self.g.name_particles.longest(toks, y).is_some())
                    .count();
                if particles > 0 && toks.get(i + n + particles).is_some_and(|u| u.cap && u.word) {
                    n += particles;
                }
            } else if (lower(i + n) || (plain_lower(i + n) && soft_stop(i + n)))
                // (A country or a province ends a name, `Bộ An ninh Nội địa
                // Mỹ cung cấp`, `Hiệp hội Taxi Hà Nội tỏ ra`, unless it is
                // the first syllable of a word, `Mỹ thuật`, a region of one,
                // `Bộ Tư lệnh Thái Bình Dương của Mỹ`, or a parent unit
                // follows: `Đội X đường Hồ Chí Minh phòng PC08 ...`.)
                && (compound(i + n)
                    || toks[i + n].is("của")
                    || !self.ends_with_country(toks, i, i + n)
                        && (!self.ends_with_province(toks, i, i + n)
                            || self.unit_named_at(toks, i + n)))
            {
                n += 1;
                n += lower_run(i + n);
            }
        }
        without_trailing_connector(toks, i, n)
    }
}

/// The length of the `n` words from `i` without the connectors (`và`, a
/// dash, `&`, `của` before the body it belongs to: `Phòng Tổ chức - Hành
/// chính của Đại học X`) they end with: a name never ends on one.
fn without_trailing_connector(toks: &[Token], i: usize, mut n: usize) -> usize {
    while n > 0 && matches!(toks[i + n - 1].key.as_str(), "và" | "-" | "–" | "&" | "của") {
        n -= 1;
    }
    n
}

/// Whether `nhà nước` (the state) is written at `i`.
fn state_owned(toks: &[Token], i: usize) -> bool {
    toks.get(i).is_some_and(|t| t.is("nhà")) && toks.get(i + 1).is_some_and(|t| t.is("nước"))
}

/// Whether two words are the country's own (`quốc gia`, `trung ương`): a
/// body so named is national.
fn the_country(a: &Token, b: &Token) -> bool {
    (a.is("quốc") && b.is("gia")) || (a.is("trung") && b.is("ương"))
}
