/*!
The dates of events: day and month patterns, the date a sentence gives an
event, and the year of an article that has no date line, read from the
text (a dated event, an anniversary, a term, the month written with its
year), never from a background sentence. Part of [`EventBuilder`].
*/

use super::*;

// The date patterns use ASCII word boundaries (`(?-u:\b)`): with Unicode
// ones the regex crate's DFAs give up on non-ASCII text, and the slower
// engines searching Vietnamese sentences took half of extraction. Dates
// are written in ASCII digits next to spaces and punctuation, where both
// kinds of boundary agree (the output on the 20,000 bulk articles is the
// same).

/// `10/12`, `6/2/2017`, `28-6`, `24-6-2017`, `29.5`, `29.5.2017` (the dotted
/// form only after a time word, as `5/10` alone).
pub(super) static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(\d{1,2})(\s*[/-]\s*|\.)(\d{1,2})(?:(?:\s*[/-]\s*|\.)(\d{4}))?(?-u:\b)",
    )
    .expect("valid")
});
/// `30 và 31/12`, `30-31/12/2024`, `mùng 7 và mùng 8/8`.
pub(super) static RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(\d{1,2})\s*(?:và|,|-|–|đến)\s*(?:mùng\s+)?(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?(?-u:\b)",
    )
    .expect("valid")
});
/// `5/3 và 6/3`, `30/4 đến 2/5/2024`: two days and months, a span.
pub(super) static PAIR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(\d{1,2})\s*/\s*(\d{1,2})\s*(?:và|-|–|đến)\s*(?:ngày\s+)?(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?(?-u:\b)",
    )
    .expect("valid")
});
/// `ngày 10 tháng 12 năm 2024`.
pub(super) static LONG_FORM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?").expect("valid")
});
/// A year in running text: `6/2/2017`, `tháng 5/2017` (or `5.2017`), `năm 2017`, and an
/// anniversary span (`14/6/1957 - 14/6/2017`), whose later year is the one
/// celebrated.
pub(super) static YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:(?-u:\b)(\d{1,2})\s*[/-]\s*)?(?-u:\b)\d{1,2}(?:\s*[/-]\s*|\.)((?:19|20)\d{2})(?-u:\b)(?:\s*[-–/]\s*(?:\d{1,2}\s*[/-]\s*)?\d{1,2}\s*[/-]\s*((?:19|20)\d{2})(?-u:\b))?|(?-u:\b)năm\s+((?:19|20)\d{2})(?-u:\b)",
    )
    .expect("valid")
});

impl<'g> EventBuilder<'g> {
    /// The year an undated article was written in, from its text: the
    /// latest year written as `năm 2017` or `tháng 5/2017` in the title or
    /// in a sentence that dates an event (`Sáng 12/12, hội nghị tổng kết năm
    /// 2018`, `Chiều cùng ngày`), or celebrated by an anniversary
    /// (`14/6/1957 - 14/6/2017`); not a birth year, a deadline (`đến năm
    /// 2020`), a term (`nhiệm kỳ 2015-2020`) or the start of a span
    /// (`tháng 5/2007 đến 12/5/2011`: a career). A full date (`27/6/2016`)
    /// dates its own event only: an article tells of earlier days too. A
    /// happening's name with its year (`Sáng 2-6, tại Đối thoại Shangri - La
    /// 2019`) counts like `năm 2019`.
    /// (`months` keeps [`Self::month_years`] for the caller, read here
    /// only when nothing else dates the article.)
    pub(super) fn text_year(
        &self,
        sentences: &[Sentence],
        months: &std::cell::OnceCell<Vec<(u32, i32, bool)>>,
    ) -> Option<i32> {
        let mut best: Option<i32> = None;
        for (si, s) in sentences.iter().enumerate() {
            if self.caption(sentences, si) || self.has_cue(s, EventCueKind::Plan, None) {
                continue;
            }
            // (Not a day told of an earlier year than the news: `vụ thử vào
            // ngày 3-9 năm ngoái ... quả bom thả xuống Hiroshima vào năm
            // 1945`: the sentence's years are not the news's.)
            let dated =
                (si == 0 || self.writes_a_day(s)) && !self.has_cue(s, EventCueKind::Earlier, None);
            for c in YEAR.captures_iter(yearly(&s.text)) {
                let year = if let Some(later) = c.get(3) {
                    later.as_str().parse::<i32>().ok()
                } else if dated
                    && c.get(1).is_none()
                    && !opens_span(&s.text[c.get(0).expect("match").end()..])
                {
                    let m = c.get(0).expect("match");
                    if self.year_of_another(&s.text, m.start(), m.end()) {
                        None
                    } else {
                        c.get(2).or(c.get(4)).and_then(|y| y.as_str().parse().ok())
                    }
                } else {
                    None
                };
                if let Some(y) = year {
                    best = best.max(Some(y));
                }
            }
            if !dated {
                continue;
            }
            // A year written after a capitalized word and at most two words
            // in lower case, as the name of a happening carries it: `Đối
            // thoại Shangri - La 2019`, `Diễn đàn APCI 2019`, `Tết trồng cây
            // 2019`, `Phật đản 2016`; or after `thường niên` (`Diễn đàn
            // Doanh nghiệp Việt Nam (VBF) thường niên 2017`).
            let named = s.tokens.iter().enumerate().filter(|&(yi, t)| {
                yi > 0
                    && s.tokens[yi - 1].word
                    && !s.tokens[yi - 1].is_number()
                    && year_token(t).is_some_and(|y| (1900..2100).contains(&y))
            });
            for (_, year) in named {
                // (`bầu cử tổng thống Mỹ 2016`: a country's year is that of
                // a happening there, often recalled; `Luật Biển 1982`: a
                // name that opens with a `not_year` word is no happening's.)
                let before = words_before(&s.text, year.start, 40);
                let country = self.g.countries.ends_with_where(&before, |_| true);
                // (The name's capitalized words, before its words in lower
                // case; a `not_year` word may open it or stand right before
                // it: `Luật Đất đai 2013`, `Bộ luật Hình sự 2015`.)
                let lower = before
                    .iter()
                    .rev()
                    .take_while(|t| t.word && !t.cap && !t.is_number())
                    .count();
                let caps_end = before.len() - lower;
                let name_from = before[..caps_end]
                    .iter()
                    .rposition(|t| !(t.word && t.cap))
                    .map_or(0, |i| i + 1);
                let annual = before.len() >= 2
                    && before[before.len() - 2].key == "thường"
                    && before[before.len() - 1].key == "niên";
                if !annual && (lower > 2 || caps_end == name_from) {
                    continue;
                }
                let document = (name_from.saturating_sub(2)..before.len()).any(|x| {
                    cue_at(&self.g.event_cues, &before, x, EventCueKind::NotYear)
                        .is_some_and(|(n, _)| x >= name_from || x + n >= name_from)
                });
                // (`Công văn số 2046`: a number.)
                let number = before.last().is_some_and(|t| t.key == "số");
                if country
                    || document
                    || number
                    || opens_span(&s.text[year.end..])
                    || self.year_of_another(&s.text, year.start, year.end)
                {
                    continue;
                }
                best = best.max(year_token(year));
            }
        }
        best.max(self.anniversary_year(sentences))
            .max(self.opening_year(sentences))
            // (Last: a month written with its year dates the article's
            // days better.)
            .or_else(|| {
                months
                    .get_or_init(|| self.month_years(sentences))
                    .is_empty()
                    .then(|| period_year(sentences))
                    .flatten()
            })
    }

    /// Whether the date or year written from byte `at` to `end` of `text` is
    /// given by the words before it to something other than the article's
    /// news: a decision taking effect (`kể từ ngày`), a life record (`sinh
    /// năm`), a term or a target (`nhiệm kỳ`, `đến năm`); or by the word after
    /// it to a goal (`Năm 2025 phải chấm dứt ...`).
    pub(super) fn year_of_another(&self, text: &str, at: usize, end: usize) -> bool {
        let cues = &self.g.event_cues;
        let toks = words_before(text, at, 30);
        let after: String = text[end..].chars().take(20).collect();
        let after = crate::extract::tokens::tokenize(&after);
        // (A document's name may stand between: `Công ước Luật biển năm
        // 1982`, a capitalized `not_year` word, then words only.)
        let named_document = (toks.len().saturating_sub(4)..toks.len()).any(|x| {
            toks[x].cap
                && cue_at(cues, &toks, x, EventCueKind::NotYear).is_some()
                && toks[x..].iter().all(|t| t.word && !t.is_number())
        });
        [
            EventCueKind::NotDate,
            EventCueKind::Life,
            EventCueKind::NotYear,
        ]
        .into_iter()
        .any(|cue| ends_with_cue(cues, &toks, cue))
            || named_document
            || cue_at(cues, &after, 0, EventCueKind::Goal).is_some()
    }

    /// The latest year the article tells of, in any sentence (`năm 2019`,
    /// `12/2018`, `1/7/2019`): not in a plan or a caption, nor a year a
    /// word says is another's (`đến năm 2030`, `sinh năm`, `nhiệm kỳ`).
    pub(super) fn latest_year(&self, sentences: &[Sentence]) -> Option<i32> {
        let told = |s: &Sentence, c: &regex::Captures| {
            let m = c.get(0).expect("match");
            !self.year_of_another(&s.text, m.start(), m.end())
        };
        (0..sentences.len())
            .filter(|&si| {
                !self.caption(sentences, si)
                    && !self.has_cue(&sentences[si], EventCueKind::Plan, None)
            })
            .flat_map(|si| {
                let s = &sentences[si];
                YEAR.captures_iter(&s.text)
                    .filter(move |c| told(s, c))
                    .filter_map(|c| {
                        c.get(3)
                            .or(c.get(2))
                            .or(c.get(4))
                            .and_then(|y| y.as_str().parse::<i32>().ok())
                    })
            })
            .max()
    }

    /// The year a meeting that opens a term meets, told by the term written
    /// after it in the title or a dated sentence (`Sáng 14/10, Đại hội Đảng
    /// bộ tỉnh lần thứ XVI, nhiệm kỳ 2020 - 2025 khai mạc` → 2020). None when
    /// such meetings disagree.
    pub(super) fn opening_year(&self, sentences: &[Sentence]) -> Option<i32> {
        let opens = |s: &Sentence| self.marks(s).classes & EventCueKind::Opening.bit() != 0;
        // The sentences that open a meeting and are dated (the title, or a
        // day written).
        let dated: Vec<bool> = (sentences.iter().enumerate())
            .map(|(si, s)| opens(s) && (si == 0 || self.writes_a_day(s)))
            .collect();
        // A meeting a dated sentence names by its number (`Sáng 13/9, Đại
        // hội ... lần thứ XIII`) is that meeting wherever the text names it
        // so (`... tổ chức Đại hội ... lần thứ XIII nhiệm kỳ 2019 - 2024`).
        let dated_numbers: Vec<&str> = (sentences.iter().zip(&dated))
            .filter(|&(_, &dated)| dated)
            .flat_map(|(s, _)| meeting_numbers(&s.tokens))
            .collect();
        let mut years: Vec<i32> = Vec::new();
        for (s, &dated) in sentences.iter().zip(&dated) {
            let numbered = || meeting_numbers(&s.tokens).any(|n| dated_numbers.contains(&n));
            if !(dated || opens(s) && numbered()) {
                continue;
            }
            let marks = self.marks(s);
            let toks = &s.tokens;
            for &(i, n, c) in &marks.spots {
                let led_to = marks
                    .spots
                    .iter()
                    .any(|&(j, m, d)| d.cue == EventCueKind::NotOpening && j + m == i);
                if c.cue != EventCueKind::Opening || led_to {
                    continue;
                }
                let after = toks[(i + n).min(toks.len())..]
                    .iter()
                    .take(30)
                    // (A full stop inside the sentence is an abbreviation's:
                    // `Đại hội MTTQ TP. HCM lần thứ XI, nhiệm kỳ 2019 - 2024`.)
                    .take_while(|t| t.text != ";")
                    .collect::<Vec<_>>();
                let term = after.windows(5).find_map(|w| {
                    let (from, to) = (year_token(w[2])?, year_token(w[4])?);
                    (w[0].key == "nhiệm"
                        && w[1].key == "kỳ"
                        && matches!(w[3].text.as_str(), "-" | "–")
                        && (2..=6).contains(&(to - from)))
                    .then_some(from)
                });
                years.extend(term);
            }
        }
        only_one(years)
    }

    /// The year an anniversary the article reports falls in: the count of a
    /// `kỷ niệm 35 năm` in the title or a dated sentence, added to the year
    /// it counts from, written after it as a span (`(1919 - 2019)`) or
    /// anywhere as a founding (`thành lập năm 1982`). None when the
    /// anniversaries or foundings disagree.
    pub(super) fn anniversary_year(&self, sentences: &[Sentence]) -> Option<i32> {
        // (count, the years written after it in its sentence, those of the
        // first bracket after it)
        let mut counts: Vec<(i32, Vec<i32>, Vec<i32>)> = Vec::new();
        let mut founded: Vec<i32> = Vec::new();
        for (si, s) in sentences.iter().enumerate() {
            let marks = self.marks(s);
            if marks.classes & (EventCueKind::Anniversary.bit() | EventCueKind::Founding.bit()) == 0
            {
                continue;
            }
            let toks = &s.tokens;
            for &(i, n, c) in &marks.spots {
                let after = &toks[(i + n).min(toks.len())..];
                match c.cue {
                    EventCueKind::Anniversary => {
                        let Some(count) = after.first().and_then(|t| t.text.parse::<i32>().ok())
                        else {
                            continue;
                        };
                        if after.get(1).is_some_and(|t| t.key == "năm")
                            && (si == 0 || self.writes_a_day(s))
                        {
                            let near = &after[..after.len().min(30)];
                            let bracket: Vec<i32> = near
                                .iter()
                                .position(|t| t.text == "(")
                                .map(|open| {
                                    near[open + 1..]
                                        .iter()
                                        .take_while(|t| t.text != ")")
                                        .flat_map(span_years)
                                        .collect()
                                })
                                .unwrap_or_default();
                            counts.push((
                                count,
                                near.iter().flat_map(span_years).collect(),
                                bracket,
                            ));
                        }
                    }
                    EventCueKind::Founding => {
                        let first = after
                            .iter()
                            .take(8)
                            .take_while(|t| !matches!(t.text.as_str(), "," | ";" | "."))
                            .find_map(year_token);
                        founded.extend(first);
                    }
                    _ => {}
                }
            }
        }
        founded.sort_unstable();
        founded.dedup();
        let years: Vec<i32> = counts
            .iter()
            .filter_map(|(count, span, bracket)| {
                let spanned = span
                    .windows(2)
                    .find(|w| w[1] - w[0] == *count)
                    .map(|w| w[1]);
                // (One year in the bracket after the count is the one it
                // counts from: `tưởng niệm 50 năm vụ thảm sát (1968)`, or
                // `(16-3-1968 - 16-32018)`, its end mistyped.)
                let from = match bracket.as_slice() {
                    [from] => Some(from + count).filter(|&y| y <= 2100),
                    _ => None,
                };
                spanned.or(from).or(match founded.as_slice() {
                    [from] => Some(from + count),
                    _ => None,
                })
            })
            .collect();
        only_one(years)
    }

    /// Months the text writes with their year (`tháng 5/2017`,
    /// `14/3/2019`), but for life records (`sinh ngày 12/8/1962`), the
    /// first date of an anniversary and a plan's far years (`Dự kiến khoản
    /// vay sẽ được trả xong vào tháng 7-2032`, over a year past the other
    /// months written); each with whether it is the date of the event its
    /// sentence reports.
    pub(super) fn month_years(&self, sentences: &[Sentence]) -> Vec<(u32, i32, bool)> {
        let cues = &self.g.event_cues;
        let mut out = Vec::new();
        // Per entry of `out`: whether its sentence tells a plan.
        let mut planned = Vec::new();
        for s in sentences {
            let plan = self.has_cue(s, EventCueKind::Plan, None);
            let mut own = None;
            for c in YEAR.captures_iter(yearly(&s.text)) {
                let own = *own.get_or_insert_with(|| self.date(s, None, None).0);
                let Some(y) = c.get(2) else { continue };
                let whole = c.get(0).expect("match");
                let toks = words_before(&s.text, whole.start(), 30);
                if ends_with_cue(cues, &toks, EventCueKind::Life) {
                    continue;
                }
                // The month is the number just before the year.
                let month = month_before(&s.text[whole.start()..y.start()]);
                if let (Some(m), Ok(y)) = (month, y.as_str().parse::<i32>()) {
                    if (1..=12).contains(&m) {
                        let dates_event = own.is_some_and(|(_, om, oy)| om == m && oy == Some(y));
                        out.push((m, y, dates_event));
                    }
                }
                // An anniversary's later date.
                if let Some(later) = c.get(3) {
                    let m = month_before(&s.text[y.end()..later.start()]);
                    if let (Some(m), Ok(y)) = (m, later.as_str().parse::<i32>()) {
                        if (1..=12).contains(&m) {
                            out.push((m, y, false));
                        }
                    }
                }
            }
            planned.resize(out.len(), plan);
        }
        let told = out
            .iter()
            .zip(&planned)
            .filter(|(_, &p)| !p)
            .map(|(&(_, y, _), _)| y)
            .max();
        out.into_iter()
            .zip(planned)
            .filter(|&((_, y, _), p)| !(p && told.is_some_and(|t| y > t + 1)))
            .map(|(e, _)| e)
            .collect()
    }

    /// The date a sentence gives its events (see [`sentence_date`]).
    pub(super) fn date(
        &self,
        s: &Sentence,
        last: Option<Dmy>,
        published: Option<PubDate>,
    ) -> (Option<Dmy>, Option<Dmy>) {
        sentence_date(self.marks(s).written, &s.lower, last, published)
    }

    /// Whether a sentence writes the day of something, a `cùng ngày` (the
    /// day written before) included.
    pub(super) fn writes_a_day(&self, s: &Sentence) -> bool {
        self.date(s, Some((1, 1, None)), None).0.is_some()
    }

    /// Whether a sentence writes a year before the article's (`Năm 2015`,
    /// `tháng 1/2016`, `24/11/2023`; not an anniversary's first year, a
    /// birth year or a term), or, when `loose` (no year known, and the
    /// article's first date has none), any day or month with its year.
    pub(super) fn earlier_year(&self, s: &Sentence, reference: Option<i32>, loose: bool) -> bool {
        YEAR.captures_iter(yearly(&s.text)).any(|c| {
            if c.get(3).is_some() {
                return false;
            }
            let start = c.get(0).expect("match").start();
            let toks = words_before(&s.text, start, 30);
            let cues = &self.g.event_cues;
            if ends_with_cue(cues, &toks, EventCueKind::NotDate)
                || ends_with_cue(cues, &toks, EventCueKind::Life)
            {
                return false;
            }
            let Some(y) = c
                .get(2)
                .or(c.get(4))
                .and_then(|y| y.as_str().parse::<i32>().ok())
            else {
                return false;
            };
            match reference {
                Some(r) => (1945..r).contains(&y),
                None => loose && c.get(2).is_some(),
            }
        })
    }
}

/// The words of the last `chars` chars of `text` before byte `at`, for the
/// cues before a date; the first word is dropped when the cut may fall in
/// the middle of it.
pub(super) fn words_before(text: &str, at: usize, chars: usize) -> Vec<Token> {
    let before = &text[..at];
    let tail = before.char_indices().rev().nth(chars).map_or(0, |(i, _)| i);
    let mut toks = crate::extract::tokens::tokenize(&before[tail..]);
    if tail > 0 && !toks.is_empty() {
        toks.remove(0);
    }
    toks
}

/// The month written last in `text` (`14/6/` → 6), a number just before
/// the separators at its end.
pub(super) fn month_before(text: &str) -> Option<u32> {
    text.trim_end_matches(|ch: char| matches!(ch, '/' | '-' | '.') || ch.is_whitespace())
        .rsplit(|ch: char| !ch.is_ascii_digit())
        .next()
        .and_then(|m| m.parse::<u32>().ok())
}

/// The text, if it has an ASCII digit, else nothing. A date or year the
/// patterns find is read with `str::parse`, which takes ASCII digits only,
/// so a sentence without one (most sentences) writes none, and the patterns
/// need not run over it.
pub(super) fn numbered(text: &str) -> &str {
    if text.bytes().any(|b| b.is_ascii_digit()) {
        text
    } else {
        ""
    }
}

/// The year of the half-year a meeting reviews: `6 tháng đầu năm 2017` (a
/// mid-year conference), `so với cùng kỳ năm 2016` (the year after). It
/// dates the article when nothing else does, and a day whose month no year
/// is written with. None when such phrases disagree.
pub(super) fn period_year(sentences: &[Sentence]) -> Option<i32> {
    let mut years = Vec::new();
    for s in sentences {
        let t = &s.tokens;
        for i in 0..t.len() {
            let at = |k: usize, w: &str| t.get(i + k).is_some_and(|x| x.key == w);
            if matches!(t[i].key.as_str(), "6" | "sáu")
                && at(1, "tháng")
                && (at(2, "đầu") || at(2, "cuối"))
                && at(3, "năm")
            {
                years.extend(t.get(i + 4).and_then(year_token));
            } else if at(0, "cùng") && at(1, "kỳ") && at(2, "năm") {
                years.extend(t.get(i + 3).and_then(year_token).map(|y| y + 1));
            }
        }
    }
    only_one(years)
}

/// A year written alone as a four-digit token (`1982`).
pub(super) fn year_token(t: &Token) -> Option<i32> {
    (t.text.len() == 4)
        .then(|| t.text.parse::<i32>().ok())
        .flatten()
        .filter(|y| (1800..=2100).contains(y))
}

/// The years a token writes: one (`1948`, or a date's: `11/6/1948`), or
/// two joined by a dash without spaces (`1948-2018`).
fn span_years(t: &Token) -> Vec<i32> {
    if let Some(y) = year_token(t) {
        return vec![y];
    }
    // (A span may open long ago: `990 năm Thanh Hóa (1029-2019)`.)
    match crate::extract::tokens::joined_years(t) {
        Some((from, to)) if [from, to].iter().all(|y| (1000..=2100).contains(y)) => {
            vec![from, to]
        }
        _ => crate::extract::tokens::trailing_year(t)
            .filter(|y| (1800..=2100).contains(y))
            .into_iter()
            .collect(),
    }
}

/// The one year the evidence agrees on, if it agrees.
pub(super) fn only_one(mut years: Vec<i32>) -> Option<i32> {
    years.sort_unstable();
    years.dedup();
    match years.as_slice() {
        [y] => Some(*y),
        _ => None,
    }
}

/// Whether the text after a date goes on to a later one (`tháng 5/2007 đến
/// 12/5/2011`, `2/2016 - 5/2017`): the date opens a span of time.
pub(super) fn opens_span(after: &str) -> bool {
    let rest = after.trim_start();
    let rest = rest
        .strip_prefix("đến")
        .or_else(|| rest.strip_prefix(['-', '–']))
        .map(str::trim_start);
    rest.is_some_and(|r| {
        r.starts_with(|c: char| c.is_ascii_digit())
            || r.starts_with("tháng")
            || r.starts_with("nay")
    })
}

/// Whether a text writes a day still to come (`ngày 26/5 tới`, `vào 11-7
/// tới đây`): a plan. (`từ 19/6 tới 21/6` is a span.)
pub(super) fn date_ahead(text: &str) -> bool {
    text.contains("tới")
        && DAY_MONTH.find_iter(text).any(|m| {
            let Some(rest) = text[m.end()..].trim_start().strip_prefix("tới") else {
                return false;
            };
            let rest = rest.trim_start();
            !rest.starts_with(|c: char| c.is_ascii_digit() || c.is_alphabetic())
                || rest.starts_with("đây")
        })
}

/// Whether a text writes a span of time from a month of a year to a later
/// one (`tháng 5/2007 đến 12/5/2011`, `từ 2/2016 - 5/2017`, `tháng
/// 11/2015 đến nay`): a step of a career.
pub(super) fn career_span(text: &str) -> bool {
    YEAR.captures_iter(yearly(text)).any(|c| {
        c.get(2).is_some() && c.get(3).is_none() && {
            let after = &text[c.get(0).expect("match").end()..];
            opens_span(after) && {
                let near: String = after.chars().take(24).collect();
                near.contains("nay") || YEAR.is_match(&near)
            }
        }
    })
}

/// The text, if it may write a year ([`YEAR`] needs `19` or `20`), else
/// nothing.
pub(super) fn yearly(text: &str) -> &str {
    if text.contains("19") || text.contains("20") {
        text
    } else {
        ""
    }
}

/// The first date a sentence writes (a range gives start and end).
pub(super) fn written_date(cues: &Lexicon<EventCue>, text: &str) -> Option<(Dmy, Option<Dmy>)> {
    let numbered = numbered(text);
    // Each pattern needs a mark: a range a `/`, a day and month a `/` or a
    // `-`, the long form the `á` of `tháng` (in either case).
    // (One `char` at a time: a single char is looked for with `memchr`.)
    let with = |marks: &[char]| {
        if marks.iter().any(|&m| numbered.contains(m)) {
            numbered
        } else {
            ""
        }
    };
    if let Some(c) = PAIR.captures(with(&['/'])) {
        let (d1, m1, d2, m2) = (num(&c[1]), num(&c[2]), num(&c[3]), num(&c[4]));
        let y = c.get(5).and_then(|y| y.as_str().parse().ok());
        if valid(d1, m1) && valid(d2, m2) && (m1, d1) < (m2, d2) && m2 <= m1 + 1 {
            return Some(((d1, m1, y), Some((d2, m2, y))));
        }
    }
    // (Not the month of a date before it: `5/3 và 6/3` is no `3 và 6/3`.)
    let after_date = |at: usize| numbered[..at].trim_end().ends_with(['/', '-', '.']);
    if let Some(c) = RANGE
        .captures_iter(with(&['/']))
        .find(|c| !after_date(c.get(0).expect("match").start()))
    {
        let (d1, d2, m) = (num(&c[1]), num(&c[2]), num(&c[3]));
        let y = c.get(4).and_then(|y| y.as_str().parse().ok());
        if valid(d1, m) && valid(d2, m) && d1 < d2 {
            return Some(((d1, m, y), Some((d2, m, y))));
        }
    }
    for c in DAY_MONTH.captures_iter(with(&['/', '-', '.'])) {
        let (d, m) = (num(&c[1]), num(&c[3]));
        let y = c.get(4).and_then(|y| y.as_str().parse().ok());
        // A bare `5/10` (or `5-10`) is a date only after a time word.
        // The few words before the date are enough for the cues.
        let before_toks = words_before(text, c.get(0).expect("match").start(), 60);
        // (`chiều nay (21/5)`: the date in brackets after its time word;
        // `ngày thứ Hai, 9-4`: after a weekday and a comma.)
        let unbracketed = match before_toks.split_last() {
            Some((last, rest)) if last.text == "(" || last.text == "," => rest,
            _ => &before_toks[..],
        };
        let cued = ends_with_cue(cues, unbracketed, EventCueKind::Time);
        let timed = cued || (y.is_some() && &c[2] != ".");
        // `(7/7/1917 - 7/7/2017)`: a span of two full dates counts the years
        // of an anniversary; the later one is the day celebrated.
        let rest = text[c.get(0).expect("match").end()..].trim_start();
        let spans_to_later = y.is_some()
            && rest
                .strip_prefix(['-', '–'])
                .is_some_and(|r| r.trim_start().starts_with(|ch: char| ch.is_ascii_digit()));
        // `sinh ngày 12-8-1962`, `vào Đảng: 25-8-1982`: a life record;
        // `kể từ ngày 1/7`: when a decision takes effect, not when it was made.
        // `Kế hoạch số 655/KH ngày 31/10`: the date of a document.
        let near = &before_toks[before_toks.len().saturating_sub(12)..];
        let not_the_event = ends_with_cue(cues, &before_toks, EventCueKind::NotDate)
            || ends_with_cue(cues, &before_toks, EventCueKind::Life)
            || (0..near.len()).any(|i| cue_at(cues, near, i, EventCueKind::Report).is_some());
        if timed && valid(d, m) && !spans_to_later && !not_the_event {
            return Some(((d, m, y), None));
        }
    }
    if let Some(c) = LONG_FORM.captures(with(&['á', 'Á'])) {
        let (d, m) = (num(&c[1]), num(&c[2]));
        if valid(d, m) {
            return Some(((d, m, c.get(3).and_then(|y| y.as_str().parse().ok())), None));
        }
    }
    None
}

/// The date of a sentence: the first it writes (see [`written_date`]), or
/// the day last written for `cùng ngày`, or the article's day for `hôm
/// nay` and the day before for `hôm qua`.
pub(super) fn sentence_date(
    written: Option<(Dmy, Option<Dmy>)>,
    lower: &str,
    last: Option<Dmy>,
    published: Option<PubDate>,
) -> (Option<Dmy>, Option<Dmy>) {
    if let Some((start, end)) = written {
        return (Some(start), end);
    }
    let t = lower;
    if t.contains("cùng ngày") {
        return (last, None);
    }
    if let Some(PubDate::Date(y, m, d)) = published {
        if t.contains("hôm nay") {
            return (Some((d, m, Some(y))), None);
        }
        if t.contains("hôm qua")
            || t.contains("tối qua")
            || t.contains("chiều qua")
            || t.contains("sáng qua")
        {
            let (y, m, d) = previous_day(y, m, d);
            return (Some((d, m, Some(y))), None);
        }
    }
    (None, None)
}

/// Whether the first date a sentence writes with its year stands in
/// brackets, alone (`(ngày 11/1/1969)`; not an anniversary's span `(5-6-1911
/// - 5-6-2018)`, a span `(từ 22/10 đến 20/11/2018)`, nor the day of a time
/// word, `Sáng nay (10/11/2018)`).
pub(super) fn bracketed_full_date(text: &str) -> bool {
    let Some(c) = DAY_MONTH.captures_iter(text).find(|c| c.get(4).is_some()) else {
        return false;
    };
    let whole = c.get(0).expect("match");
    let (start, end) = (whole.start(), whole.end());
    let before = &text[..start];
    let Some(open) = before
        .rfind('(')
        .filter(|&o| before.rfind(')').is_none_or(|x| x < o))
    else {
        return false;
    };
    let rest = text[end..].trim_start();
    let inside = before[open..].to_lowercase();
    let spans = rest.starts_with(['-', '–'])
        || before.trim_end().ends_with(['-', '–'])
        || inside.contains("đến");
    // (`Sáng nay (10/11/2018)`: the day of the time word it glosses.)
    let glossed_time = before[..open]
        .trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "nay" | "qua" | "mai" | "này"));
    !spans && !glossed_time
}

pub(super) fn num(s: &str) -> u32 {
    s.parse().unwrap_or(0)
}

pub(super) fn valid(d: u32, m: u32) -> bool {
    (1..=12).contains(&m) && (1..=31).contains(&d)
}

pub(super) fn previous_day(y: i32, m: u32, d: u32) -> (i32, u32, u32) {
    if d > 1 {
        (y, m, d - 1)
    } else if m > 1 {
        (y, m - 1, days_in_month(y, m - 1))
    } else {
        (y - 1, 12, 31)
    }
}

/// A written date with the year filled in from the publication date: an
/// event in a month after the publication month happened the year before
/// (an article of 2025-01 about 28/12 means 2024-12-28).
pub fn resolve_date((d, m, y): Dmy, published: Option<PubDate>) -> Option<EventDate> {
    let year = y.or_else(|| {
        published.map(|p| {
            if m > p.month() {
                p.year() - 1
            } else {
                p.year()
            }
        })
    });
    match year {
        Some(y) if d <= days_in_month(y, m) => Some(EventDate::Full(y, m, d)),
        Some(_) => None,
        None if d <= days_in_month(2024, m) => Some(EventDate::MonthDay(m, d)),
        None => None,
    }
}
