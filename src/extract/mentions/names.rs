/*!
People's names in a sentence: Vietnamese names (a family name or an
honorific, then capitalized words), foreign names (capitalized words that are
no syllable of the language, the officials of `data/foreign_people.tsv`), and
where a name stops. Part of [`MentionFinder`]; uses only the gazetteer and
the tokens.
*/

use super::*;
use crate::extract::tokens::is_life_record;

impl<'g> MentionFinder<'g> {
    /// The length of a foreign name (two words or more, none a syllable of
    /// the language) at `i` that follows a foreign name and `và` or a comma.
    pub(super) fn coordinated_foreign_name(
        &self,
        toks: &[Token],
        out: &[Mention],
        i: usize,
    ) -> Option<usize> {
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
    pub(super) fn foreign_name_in_apposition(&self, toks: &[Token], i: usize) -> Option<usize> {
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
    pub(super) fn ends_with_country(&self, toks: &[Token], start: usize, end: usize) -> bool {
        self.country_start(toks, start, end).is_some()
    }

    /// Whether the tokens `start..end` end with a province's name, written
    /// with capitals (`Hà Nội`).
    pub(super) fn ends_with_province(&self, toks: &[Token], start: usize, end: usize) -> bool {
        (start..end)
            .any(|x| toks[x].cap && self.g.place_at(toks, x).is_some_and(|(n, _)| x + n == end))
    }

    /// Where the country's name the tokens `start..end` end with starts.
    pub(super) fn country_start(&self, toks: &[Token], start: usize, end: usize) -> Option<usize> {
        (start..end).find(|&x| {
            self.g
                .countries
                .longest(toks, x)
                .is_some_and(|(n, _)| x + n == end)
        })
    }

    /// Up to four capitalized words at `i` that no table knows (a foreign
    /// name: `Pany Yathotou`, `Phết-tha-von Phi-lạ-văn`, `Lưu Kỳ Bảo`).
    pub(super) fn foreign_name_words(&self, toks: &[Token], i: usize) -> Option<usize> {
        // (A name opens with a capital: after `ông`, the name read with its
        // honorific is the person's, `ông Jim Mattis` → `Jim Mattis`.)
        if !toks.get(i).is_some_and(|t| t.cap) {
            return None;
        }
        if let Some((n, Item::Person { .. })) = self.person_at(toks, i) {
            return Some(n);
        }
        // (At most four words, initials' dots and the pieces a hyphen joins
        // not counted: `George H. W. Bush`, `Prayut Chan - o - cha`.)
        let known_at =
            |x: usize| self.known_word_at(toks, x) || self.g.countries.longest(toks, x).is_some();
        // (A word in plain letters, or one no syllable of the language
        // spells: `Díaz`, `Müller`.)
        let title_ascii = |y: usize| {
            toks.get(y).is_some_and(|w| {
                is_title_case(w) && (w.text.is_ascii() || foreign_word(w)) && !known_at(y)
            })
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
            // `George W. Bush`, `George H.W. Bush`: initials inside a
            // foreign name.
            if n > 0
                && is_initials(&t.text)
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
            // `Bashar Al - Assad`, `Bashar al - Assad`: a particle joined to
            // the family name by a spaced hyphen.
            if n > 0
                && self.g.name_particles.longest(toks, x).is_some()
                && toks.get(x + 1).is_some_and(|d| d.text == "-")
                && title_ascii(x + 2)
            {
                n += 3;
                pieces += 2;
                continue;
            }
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
        if n > 0 && self.regnal_number_at(toks, i + n) {
            // (`Carl XVI Gustaf`: a name may go on after it.)
            n += 1 + usize::from(title_ascii(i + n + 1));
        }
        (n > 0).then_some(n)
    }

    /// Whether a regnal number follows a foreign name ending before `x`
    /// (`Felipe VI`, `Elizabeth II`): part of the name.
    fn regnal_number_at(&self, toks: &[Token], x: usize) -> bool {
        x > 0
            && toks
                .get(x)
                .is_some_and(|t| t.text.len() <= 4 && super::is_roman(&t.text))
            && !crate::extract::syllables::is_vietnamese_syllable(&toks[x - 1].text)
    }

    /// Whether the head word of a business or of a body often named after
    /// someone (`Công ty`, `Trường`) ends right before `i`: its name may go
    /// on in foreign words (`Công ty Điện tử Samsung Electronics`, `Trường
    /// tiểu học St Mary`).
    pub(super) fn after_foreign_named_head(&self, toks: &[Token], i: usize) -> bool {
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
    pub(super) fn foreign_name_at(&self, toks: &[Token], x: usize) -> bool {
        self.foreign_name_len(toks, x).is_some()
    }

    /// The length in tokens of the foreign name [`Self::foreign_name_at`]
    /// finds at `x`.
    pub(super) fn foreign_name_len(&self, toks: &[Token], x: usize) -> Option<usize> {
        self.foreign_name_words(toks, x).filter(|&k| {
            (x..x + k).filter(|&y| toks[y].word).count() >= 2 && self.foreign_words(toks, x, x + k)
        })
    }

    /// Whether no word of `toks[from..to]` is a syllable of the language
    /// (a particle, `von`, may spell one).
    pub(super) fn foreign_words(&self, toks: &[Token], from: usize, to: usize) -> bool {
        (from..to).filter(|&y| toks[y].word).all(|y| {
            !crate::extract::syllables::is_vietnamese_syllable(&toks[y].text)
                || self.g.name_particles.longest(toks, y).is_some()
        })
    }

    /// Whether a foreign person's name of two words or more starts at `x`
    /// (its words no syllables of the language, or but its given name),
    /// right after a lower-case word of the language or a country, with no
    /// capitalized word after it (`... Năng lượng Anatoly Yanovsky.`, not `Công ty Samsung
    /// Electronics`, whose name starts with the foreign words).
    pub(super) fn foreign_holder_at(&self, toks: &[Token], x: usize) -> bool {
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
        if !(after_ours || after_country) {
            return false;
        }
        // (A given name in plain letters may spell a syllable of the
        // language, `Dan Coats`, `Soeng Sophary`, when the family name that
        // ends it does not; not a word of a place, `miền Tây Mindanao`, nor
        // a name read short of its hyphened end, `Kim Young - choon`.)
        let plain_given = |k: usize| {
            let mut words = toks[x..x + k].iter().filter(|t| t.word);
            words.next().is_some_and(|t| t.text.is_ascii())
                && words
                    .next_back()
                    .is_some_and(|t| !crate::extract::syllables::is_vietnamese_syllable(&t.text))
                && toks.get(x + k).is_none_or(|t| t.text != "-")
        };
        let Some(k) = self.foreign_name_words(toks, x).filter(|&k| {
            (x..x + k).filter(|&y| toks[y].word).count() >= 2
                && (self.foreign_words(toks, x, x + k) || plain_given(k))
        }) else {
            return false;
        };
        toks[x..x + k]
            .iter()
            .filter(|t| t.word)
            .all(|t| is_title_case(t) && t.text.chars().count() > 1)
            && toks.get(x + k).is_none_or(|t| !(t.word && t.cap))
            && !(x..x + k).any(|y| self.g.foreign_name_nouns.longest(toks, y).is_some())
    }

    /// A given name of `given` written alone at `i` (capitalized, with no
    /// capitalized word after it).
    pub(super) fn given_name_at(&self, toks: &[Token], i: usize, given: &[String]) -> bool {
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

    /// A one-word head after two or fewer name words is part of the name
    /// (`Nguyễn Vũ Trường Sơn`), not a body's start.
    pub(super) fn one_word_head_in_name(&self, toks: &[Token], i: usize) -> bool {
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
    pub(super) fn stops_name(&self, toks: &[Token], i: usize) -> bool {
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
    pub(super) fn korean_given_tail(&self, toks: &[Token], i: usize, x: usize) -> bool {
        toks.get(x).is_some_and(|t| t.text == "-")
            && toks[i..x].iter().all(|w| w.text.is_ascii())
            && toks.get(x + 1).is_some_and(|w| {
                // (Up to six letters when no Vietnamese syllable: `Min Gap
                // - ryong`, `Lee Duk - haeng`; not `... - doanh nghiệp`.)
                let len = w.text.chars().count();
                w.word
                    && !w.cap
                    && w.text.is_ascii()
                    && (len <= 4
                        || len <= 6 && !crate::extract::syllables::is_vietnamese_syllable(&w.text))
            })
            && self.g.honorifics.longest(toks, x + 1).is_none()
            && self.g.clause_words.longest(toks, x + 1).is_none()
            && self.g.fillers.longest(toks, x + 1).is_none()
            && self.g.cues.longest(toks, x + 1).is_none()
    }

    /// Capitalized words from `i` that can be part of a name.
    pub(super) fn name_words(&self, toks: &[Token], i: usize, max: usize) -> usize {
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
            // `Jean - Claude Juncker`: a foreign name's words joined by a
            // hyphen written apart (not `John Smith - Giám đốc ...`).
            let joined = toks.get(i + n).is_some_and(|h| h.text == "-")
                && toks
                    .get(i + n + 1)
                    .is_some_and(|w| is_title_case(w) && foreign_word(t) && foreign_word(w))
                && n + 1 < max
                && self.g.roles.longest(toks, i + n + 1).is_none()
                && !self.stops_name(toks, i + n + 1);
            if joined {
                n += 1;
            }
        }
        // (`Kim Do - hyon`: a family name of the language, a Korean given
        // name.)
        if n > 1 && self.korean_given_tail(toks, i, i + n) {
            n += 2;
        }
        if n > 0 && n < max && self.regnal_number_at(toks, i + n) {
            n += 1;
        }
        n
    }

    /// Whether a place or street word ends right before `i` (`tỉnh`,
    /// `đường`), not as the last syllable of a longer word (`Môi trường`),
    /// or a house number (`số 5 Trần Thành Tông`, `tại 45-47 Lê Duẩn`,
    /// `nhà 8B Lê Trực`: a street; not the number of a body, `Trường THPT
    /// Tuy Phước số 3 Lê Thị Hoa`).
    pub(super) fn blocked(&self, toks: &[Token], i: usize) -> bool {
        let house = i >= 2
            && toks[i - 1].is_number()
            && (toks[i - 2].is("số") && !(i >= 3 && toks[i - 3].cap && toks[i - 3].word)
                || ["tại", "ở", "chỉ", "nhà"].iter().any(|w| toks[i - 2].is(w)));
        house
            || (1..=3).any(|back| {
                i >= back
                    && self
                        .g
                        .honorifics
                        .longest(toks, i - back)
                        .is_some_and(|(n, k)| n == back && *k == HonorificKind::Blocker)
                    && !self.in_compound(toks, i - back, 1..=1)
            })
    }

    pub(super) fn person_at(&self, toks: &[Token], i: usize) -> Option<(usize, Item)> {
        self.person_here(toks, i, true)
    }

    /// `Tổng thống U Htin Kyaw`, `Thủ tướng Samdech Techo Hun Sen`: the
    /// titles opening a foreign name (`name_titles.txt`) are words before
    /// it, no part of it, when two words or more follow them.
    pub(super) fn drop_name_titles(&self, ms: &mut [Mention]) {
        for m in ms {
            let Item::Person { name, short: false } = &mut m.item else {
                continue;
            };
            let title = |w: &str| {
                w.is_ascii() && self.g.name_titles.contains(w.to_ascii_lowercase().as_str())
            };
            // (Most names open with no title: no words are split out for them.)
            if !name.split(' ').next().is_some_and(title) {
                continue;
            }
            let words: Vec<&str> = name.split(' ').collect();
            let titles = words.iter().take_while(|w| title(w)).count();
            if words.len() >= titles + 2 {
                *name = words[titles..].join(" ");
            }
        }
    }

    /// A person's name at `i`; `blockers` says whether a preceding place or
    /// street word (`tỉnh`, `đường`) rules one out.
    pub(super) fn person_here(
        &self,
        toks: &[Token],
        i: usize,
        blockers: bool,
    ) -> Option<(usize, Item)> {
        let t = toks.get(i)?;
        // A foreign official the news names often (`foreign_people.tsv`),
        // whatever the words are otherwise (`Tập`, `Ban`); not the end of a
        // longer foreign name (`Recep Tayyip Erdogan` read from `Tayyip`).
        let inside_a_name = || i > 0 && foreign_word(&toks[i - 1]);
        if t.cap {
            if let Some((n, _)) = self.g.foreign_names.longest(toks, i) {
                // (Its last syllable may follow a hyphen in lower case.)
                let written = (i..i + n)
                    .all(|x| toks[x].cap || !toks[x].word || x > i && toks[x - 1].text == "-");
                if written && !inside_a_name() {
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
        if let Some((n, kind @ (HonorificKind::Honorific | HonorificKind::Trade))) =
            self.g.honorifics.longest(toks, i)
        {
            let trade = *kind == HonorificKind::Trade;
            // A capitalized honorific inside a sentence is part of a name or
            // place (`Bà Rịa`), not an honorific; but for an abbreviation
            // (`PGS Khang`, `TS Cung`).
            let sentence_start = i == 0 || !toks[i - 1].word;
            // (Before a Vietnamese name: `TS Group` is a company's.)
            let abbreviation = t.text.len() >= 2
                && !t.text.chars().any(|c| c.is_lowercase())
                && toks
                    .get(i + n)
                    .is_some_and(|w| crate::extract::syllables::is_vietnamese_syllable(&w.text));
            // (A body after a word of one's trade is no name: `bác sĩ Bệnh
            // viện Chợ Rẫy`, `giáo sư Đại học Harvard`.)
            let body = |x: usize| {
                trade
                    && self.g.org_heads.longest(toks, x).is_some()
                    && !self.g.surnames.contains(toks[x].text.as_str())
            };
            if (!t.cap || sentence_start || abbreviation)
                && self.g.place_at(toks, i).is_none()
                && !body(i + n)
            {
                // (`nhà báo Saudi Arabia Jamal Khashoggi`: a country between
                // the honorific and the name is the person's, no part of the
                // name; not a family name of the language.)
                let country = self
                    .g
                    .countries
                    .longest(toks, i + n)
                    .map(|(c, _)| c)
                    .filter(|&c| {
                        !self.g.surnames.contains(toks[i + n].text.as_str())
                            && self.name_words(toks, i + n + c, 5) >= 2
                    });
                let n = n + country.unwrap_or(0);
                let mut m = self.name_words(toks, i + n, 5);
                // (A foreign name goes on over its particles: `ông Keith
                // Hadi al - Bahra`.)
                if m > 0
                    && !self.g.surnames.contains(toks[i + n].text.as_str())
                    && (i + n..i + n + m).any(|x| foreign_word(&toks[x]))
                {
                    m = m.max(self.foreign_name_words(toks, i + n).unwrap_or(0));
                }
                // (`doanh nhân Nhật Bản`, `nghệ sĩ Triều Tiên`: a country
                // alone after the word is whose they are, not a name.)
                let vietnam = m == 2 && crate::extract::syllables::is_viet_nam(toks, i + n);
                // (A short name may be a country's: `ông Đức`, `bà Nga`.)
                let only_country = vietnam
                    || m >= 2
                        && self
                            .g
                            .countries
                            .longest(toks, i + n)
                            .is_some_and(|(c, _)| c >= m);
                // (One word after a trade is a name where the clause goes on
                // with a mark or a verb (`TS Cung - viện trưởng`, `GS Thêm
                // hiện là`), not a field: `tiến sĩ Y khoa`, `tiến sĩ Kinh tế`.)
                let field = || {
                    let x = i + n + 1;
                    toks.get(x).is_some_and(|w| w.word)
                        && self.g.cues.longest(toks, x).is_none()
                        && self.g.fillers.longest(toks, x).is_none()
                        && self.g.clause_words.longest(toks, x).is_none()
                };
                if m > 0
                    && !only_country
                    && !withheld(&toks[i + n..i + n + m])
                    && (!trade || m != 1 || !field())
                {
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
                // (`Ông sinh năm 1962, quê ở ...; từng là ...`: a life record
                // opens a biography of the subject.)
                let predicate = self.g.cues.longest(toks, i + n).is_some()
                    || self.g.fillers.longest(toks, i + n).is_some()
                    || toks.get(i + n).is_some_and(|w| is_life_record(&w.key));
                if opens && predicate && !trade {
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
        // (`sân bay Tân Sơn Nhất`: a capitalized word of the language after
        // a lower-case word, one the tables do not know (not `Tỉnh ủy Huế
        // Lê Trường Lưu`), may open a name of a place or a body.)
        if i >= 2 {
            let (opener, before) = (&toks[i - 1], &toks[i - 2]);
            let opens_a_name = opener.word
                && opener.cap
                && !super::is_upper(opener)
                && crate::extract::syllables::is_vietnamese_syllable(&opener.text)
                && before.word
                && !before.cap;
            let known = || {
                self.known_word_at(toks, i - 1)
                    || self.g.countries.longest(toks, i - 1).is_some()
                    || self.g.ranks.longest(toks, i - 1).is_some()
                    || self.g.honorifics.longest(toks, i - 1).is_some()
            };
            // Such a run is a place or a body when it is two words long
            // (`Tân Sơn Nhất`), or when a full name of the language starts
            // right after its first word (`Công ty Long Sơn Nguyễn Xuân
            // Thiên Sửu`); a full name after a body's last word stays one
            // (`Văn phòng Trung ương Đảng Phạm Gia Túc`).
            let name_after = m >= 4 && self.g.surely_vietnamese(&join(&toks[i + 1..i + m]));
            if opens_a_name && !known() && (m == 2 || name_after) {
                return None;
            }
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
        // A district's name written bare is that place (`tại Uông Bí`, `cử
        // tri Sơn Trà`), not a person, unless a role or a rank stands
        // before it (`Bí thư Hoàng Mai`).
        if self
            .g
            .districts
            .longest(toks, i)
            .is_some_and(|(n, _)| n == m)
        {
            let before = &toks[..i];
            let addressed = self.g.roles.ends_with_where(before, |_| true)
                || self.g.ranks.ends_with_where(before, |_| true);
            if !addressed {
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
        if withheld(&toks[i..i + m]) {
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
}

/// Whether a name is one the paper withholds, ending in initials that are
/// no syllable of the language (`Nguyễn V.M`, `Phạm Hồng V`; not `Lương
/// Đình Y`): it names no one a reader can tell.
fn withheld(name: &[Token]) -> bool {
    name.last().is_some_and(|t| {
        is_initials(&t.text) && !crate::extract::syllables::is_vietnamese_syllable(&t.text)
    })
}

/// Whether a word is an initial or initials joined by dots (`W`, `H.W`).
fn is_initials(word: &str) -> bool {
    word.split('.')
        .all(|part| part.chars().count() == 1 && part.chars().all(char::is_uppercase))
}
