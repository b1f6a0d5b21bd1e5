/*!
Splitting normalized text into sentences and tokens.

Lexicon entries (the tables under `data/`) and article text go through the same
[`tokenize`], so a multi-word entry such as `Ủy ban nhân dân` or `TN-MT`
matches the same token keys wherever it stands. Offsets point into the
sentence, so a fact can quote exactly the words it was read from.
*/

use compact_str::CompactString;

use crate::extract::normalize::{char_at, is_letter, is_uppercase, lowercase_into};

/// One word or punctuation mark of a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// As written (after normalization).
    pub text: CompactString,
    /// Lower-case form, the lexicon key.
    pub key: CompactString,
    /// Byte offsets into the sentence.
    pub start: usize,
    pub end: usize,
    /// A word (letters or digits), not punctuation.
    pub word: bool,
    /// A word starting with an upper-case letter.
    pub cap: bool,
    /// The key's number in a gazetteer's vocabulary, once looked up.
    pub word_id: WordId,
}

/// What a token's key is in the [`Vocabulary`](crate::extract::gazetteer::Vocabulary) of a gazetteer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum WordId {
    /// Not looked up: lexicons look the key up themselves.
    #[default]
    Unknown,
    /// Looked up, and no lexicon entry holds this word.
    Absent,
    /// The word's number in the vocabulary, and the lexicons with an entry
    /// starting with it (one bit each, see [`Vocabulary`](crate::extract::gazetteer::Vocabulary)).
    Id { number: u32, starts: u64 },
}

impl Token {
    pub fn is(&self, key: &str) -> bool {
        self.key == key
    }
    pub fn is_number(&self) -> bool {
        self.word && self.text.chars().next().is_some_and(|c| c.is_ascii_digit())
    }
}

/// A letter or digit (`char::is_alphanumeric`, faster on Vietnamese).
#[inline]
pub fn is_word_char(c: char) -> bool {
    is_letter(c) || c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric())
}

fn joins_word(c: char) -> bool {
    matches!(c, '-' | '&' | '.' | '/' | '\'' | ',' | ':')
}

/// Whether `word` before a dot is the abbreviation of a unit that stands
/// apart from the name after it: `TP.Sầm Sơn` (thành phố), `H.Củ Chi`
/// (huyện), `Q.Tân Bình` (quận); the last two only before a capitalized
/// word (`H.W. Bush`, `H.R. McMaster` are initials). `rest`: the text
/// after the dot.
fn unit_abbreviation(word: &str, rest: &str) -> bool {
    let mut after = rest.chars();
    word.eq_ignore_ascii_case("tp")
        || (word == "H" || word == "Q")
            && after.next().is_some_and(char::is_uppercase)
            && after.next().is_some_and(char::is_lowercase)
}

/// Splits a sentence into tokens. A word is a run of letters and digits,
/// with `-`, `&`, `.`, `/`, `'` kept inside it when letters or digits stand
/// on both sides (`TN-MT`, `TP.HCM`, `10/12`, `2015-2020`); a `,` or `:`
/// only between digits (`10.000,5`, `7:30`).
pub fn tokenize(s: &str) -> Vec<Token> {
    let bytes = s.as_bytes();
    // About one token per six bytes of news text: reserve once, not grow.
    let mut out = Vec::with_capacity(s.len() / 4 + 1);
    let mut start = 0;
    while let Some(&b) = bytes.get(start) {
        if b == b' ' {
            start += 1;
            continue;
        }
        let c = if b < 0x80 {
            b as char
        } else {
            char_at(s, start)
        };
        if c.is_whitespace() {
            start += c.len_utf8();
            continue;
        }
        let mut end = start + c.len_utf8();
        let word = is_word_char(c);
        let cap = is_uppercase(c);
        // Whether any char of the token is upper case.
        let mut upper = cap;
        if word {
            // The last char of the word so far.
            let mut last = c;
            while let Some(&bj) = bytes.get(end) {
                // Most chars of a word are ASCII letters: no decoding.
                if bj.is_ascii_alphanumeric() {
                    upper |= bj.is_ascii_uppercase();
                    last = bj as char;
                    end += 1;
                    continue;
                }
                let cj = char_at(s, end);
                if !cj.is_ascii() && is_word_char(cj) {
                    upper |= is_uppercase(cj);
                    last = cj;
                    end += cj.len_utf8();
                    continue;
                }
                if !joins_word(cj) {
                    break;
                }
                // (Joining chars are ASCII.)
                let after = end + 1;
                let Some(next) = s.get(after..).and_then(|rest| rest.chars().next()) else {
                    break;
                };
                let joined = is_word_char(next)
                    // `TP.Sầm Sơn`, `H.Củ Chi`: the abbreviation stands apart.
                    && !(cj == '.' && unit_abbreviation(&s[start..end], &s[after..]))
                    && (!matches!(cj, ',' | ':')
                        || (last.is_ascii_digit() && next.is_ascii_digit()));
                if !joined {
                    break;
                }
                upper |= is_uppercase(next);
                last = next;
                end = after + next.len_utf8();
            }
        }
        // `Đắk R ' Lấp`, `Cư M ’ gar`: a place's name whose apostrophe the
        // text sets apart, after a letter standing alone, is one word.
        let apart = (word && cap && end == start + c.len_utf8())
            .then(|| s[end..].strip_prefix(" ' "))
            .flatten()
            .map(|rest| rest.len() - rest.trim_start_matches(is_word_char).len())
            .filter(|&n| n > 0);
        let joined;
        let text = match apart {
            Some(n) => {
                let tail = &s[end + 3..end + 3 + n];
                upper |= tail.chars().any(is_uppercase);
                joined = format!("{}'{tail}", &s[start..end]);
                end += 3 + n;
                joined.as_str()
            }
            None => &s[start..end],
        };
        let key = if upper {
            key_of(text)
        } else {
            CompactString::from(text)
        };
        let text = CompactString::from(text);
        out.push(Token {
            text,
            key,
            start,
            end,
            word,
            cap,
            word_id: WordId::Unknown,
        });
        start = end;
    }
    out
}

/// The lower-case form of a token that has an upper-case letter
/// (`str::to_lowercase`; a token without one is its own key).
fn key_of(text: &str) -> CompactString {
    if text.is_ascii() {
        let mut key = CompactString::from(text);
        key.make_ascii_lowercase();
        return key;
    }
    let mut key = CompactString::with_capacity(text.len());
    lowercase_into(text, &mut key);
    key
}

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: [&str; 12] = [
    "tp", "tt", "ths", "ts", "pgs", "gs", "bs", "ks", "st", "mr", "ms", "ông",
];

/// Splits a paragraph into sentences, returning byte ranges. A sentence ends
/// at `.`, `!`, `?`, `…` or `;` followed by space and an upper-case letter,
/// a quote or a digit, or at the end; a full stop after an abbreviation
/// (`TP.`) or a lone initial does not end one.
pub fn sentences(paragraph: &str) -> Vec<(usize, usize)> {
    let bytes = paragraph.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let char_at = |b: usize| paragraph.get(b..).and_then(|rest| rest.chars().next());
    let mut b = 0;
    while let Some(mark_at) = next_mark_byte(bytes, b) {
        let (c, mark_len) = match bytes[mark_at] {
            b'.' => ('.', 1),
            b'!' => ('!', 1),
            b'?' => ('?', 1),
            _ if bytes.get(mark_at + 1..mark_at + 3) == Some(&[0x80, 0xA6]) => ('…', 3),
            _ => {
                b = mark_at + 1;
                continue;
            }
        };
        b = mark_at + mark_len;
        if mark_at < start {
            continue;
        }
        // Look at what follows: white space then an upper-case start.
        let mut m = b;
        while let Some(x) = char_at(m).filter(|x| matches!(x, '.' | '!' | '?' | '…' | '"' | ')'))
        {
            m += x.len_utf8();
        }
        if char_at(m).is_some_and(|x| !x.is_whitespace()) {
            continue;
        }
        while let Some(x) = char_at(m).filter(|x| x.is_whitespace()) {
            m += x.len_utf8();
        }
        let next_starts = char_at(m).is_none_or(|x| {
            is_uppercase(x) || x.is_ascii_digit() || matches!(x, '"' | '(' | '-' | '\'')
        });
        if !next_starts {
            continue;
        }
        if c == '.' {
            let before = &paragraph[start..mark_at];
            let word_start = before
                .char_indices()
                .rev()
                .take_while(|&(_, c)| is_word_char(c))
                .last()
                .map_or(before.len(), |(i, _)| i);
            let last_word = &before[word_start..];
            let letters = last_word.chars().count();
            // (Lower case has at least as many letters: only short words
            // can be abbreviations.)
            if (letters <= 3 && ABBREVIATIONS.contains(&last_word.to_lowercase().as_str()))
                || (letters == 1 && last_word.chars().all(is_uppercase))
            {
                continue;
            }
        }
        push_trimmed(paragraph, start, m, &mut out);
        start = m;
    }
    push_trimmed(paragraph, start, paragraph.len(), &mut out);
    out
}

/// Where the next byte that may start a sentence mark stands, from `from`
/// on: `.`, `!`, `?`, or `E2`, the first of `…` (`E2 80 A6`). Marks are
/// rare: the bytes are read 16 at a time.
fn next_mark_byte(bytes: &[u8], from: usize) -> Option<usize> {
    // (Comparisons without branches over an array, which the compiler
    // turns into vector instructions.)
    let is_mark = |b: u8| (b == b'.') | (b == b'!') | (b == b'?') | (b == 0xE2);
    let mut at = from;
    while let Some(chunk) = bytes
        .get(at..at + 16)
        .and_then(|c| <&[u8; 16]>::try_from(c).ok())
    {
        let mut any = 0u8;
        for &b in chunk {
            any |= is_mark(b) as u8;
        }
        if any != 0 {
            break;
        }
        at += 16;
    }
    let skip = bytes.get(at..)?.iter().position(|&b| is_mark(b))?;
    Some(at + skip)
}

fn push_trimmed(s: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let piece = &s[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push((start + lead, start + lead + trimmed.len()));
    }
}

/// Whether a word (its key) opens a person's life record: birth or home
/// town (`sinh năm 1962`, `quê ở Hà Nam`). What follows it is no post nor
/// an event's place, and a biography may follow.
pub fn is_life_record(key: &str) -> bool {
    matches!(key, "sinh" | "quê")
}

/// The two years a token joins with a dash, written without spaces
/// (`1989-2002`): two four-digit numbers, as written.
pub fn joined_years(t: &Token) -> Option<(i32, i32)> {
    let (a, b) = t.text.split_once(['-', '–'])?;
    let year = |p: &str| {
        (p.len() == 4 && p.bytes().all(|c| c.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    Some((year(a)?, year(b)?))
}

/// The four-digit number a number token ends with (`1996`, `8/1996`,
/// `12.3.2014`, `1989-2002`), if any: a year, when in range.
pub fn trailing_year(t: &Token) -> Option<i32> {
    // (Most tokens are words: asked first, the cheap question spares
    // them the split.)
    if !t.is_number() {
        return None;
    }
    let last = t.text.rsplit(['/', '-', '.']).next()?;
    (last.len() == 4).then(|| last.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        tokenize(s).into_iter().map(|t| t.text.into()).collect()
    }

    /// [`tokenize`] as it was written before its byte walk: char by char,
    /// with the general Unicode tables.
    fn tokenize_char_by_char(s: &str) -> Vec<Token> {
        let mut out = Vec::new();
        let mut start = 0;
        while let Some(c) = s[start..].chars().next() {
            if c.is_whitespace() {
                start += c.len_utf8();
                continue;
            }
            let mut end = start + c.len_utf8();
            if is_word_char(c) {
                // The last char of the word so far.
                let mut last = c;
                while let Some(cj) = s[end..].chars().next() {
                    if is_word_char(cj) {
                        last = cj;
                        end += cj.len_utf8();
                        continue;
                    }
                    let after = end + cj.len_utf8();
                    let joined = joins_word(cj)
                        && s[after..].chars().next().is_some_and(|next| {
                            is_word_char(next)
                                // `TP.Sầm Sơn`, `H.Củ Chi`: the abbreviation stands apart.
                                && !(cj == '.' && unit_abbreviation(&s[start..end], &s[after..]))
                                && (!matches!(cj, ',' | ':')
                                    || (last.is_ascii_digit() && next.is_ascii_digit()))
                        });
                    if !joined {
                        break;
                    }
                    last = s[after..].chars().next().expect("checked");
                    end = after + last.len_utf8();
                }
            }
            let mut text = s[start..end].to_string();
            if is_word_char(c) && is_uppercase(c) && end == start + c.len_utf8() {
                if let Some(rest) = s[end..].strip_prefix(" ' ") {
                    let tail: String = rest.chars().take_while(|&x| is_word_char(x)).collect();
                    if !tail.is_empty() {
                        text = format!("{c}'{tail}");
                        end += 3 + tail.len();
                    }
                }
            }
            let text = text.as_str();
            out.push(Token {
                text: text.into(),
                key: key_char_by_char(text),
                start,
                end,
                word: is_word_char(c),
                cap: is_uppercase(c),
                word_id: WordId::Unknown,
            });
            start = end;
        }
        out
    }

    fn key_char_by_char(text: &str) -> CompactString {
        if text.is_ascii() {
            let mut key = CompactString::from(text);
            key.make_ascii_lowercase();
            return key;
        }
        if !text.chars().any(is_uppercase) {
            return text.into();
        }
        let mut key = CompactString::with_capacity(text.len());
        lowercase_into(text, &mut key);
        key
    }

    /// [`sentences`] as it was written before its byte walk.
    fn sentences_char_by_char(paragraph: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = 0;
        let char_at = |b: usize| paragraph[b..].chars().next();
        for (b, mark) in paragraph.match_indices(['.', '!', '?', '…']) {
            if b < start {
                continue;
            }
            let c = mark.chars().next().expect("a mark");
            // Look at what follows: white space then an upper-case start.
            let mut m = b + c.len_utf8();
            while let Some(x) =
                char_at(m).filter(|x| matches!(x, '.' | '!' | '?' | '…' | '"' | ')'))
            {
                m += x.len_utf8();
            }
            if char_at(m).is_some_and(|x| !x.is_whitespace()) {
                continue;
            }
            while let Some(x) = char_at(m).filter(|x| x.is_whitespace()) {
                m += x.len_utf8();
            }
            let next_starts = char_at(m).is_none_or(|x| {
                x.is_uppercase() || x.is_ascii_digit() || matches!(x, '"' | '(' | '-' | '\'')
            });
            if !next_starts {
                continue;
            }
            if c == '.' {
                let before = &paragraph[start..b];
                let word_start = before
                    .char_indices()
                    .rev()
                    .take_while(|(_, c)| c.is_alphanumeric())
                    .last()
                    .map_or(before.len(), |(i, _)| i);
                let last_word = &before[word_start..];
                let letters = last_word.chars().count();
                // (Lower case has at least as many letters: only short words
                // can be abbreviations.)
                if (letters <= 3 && ABBREVIATIONS.contains(&last_word.to_lowercase().as_str()))
                    || (letters == 1 && last_word.chars().all(char::is_uppercase))
                {
                    continue;
                }
            }
            push_trimmed(paragraph, start, m, &mut out);
            start = m;
        }
        push_trimmed(paragraph, start, paragraph.len(), &mut out);
        out
    }

    #[test]
    fn joined_years_are_two_four_digit_numbers_joined_by_one_dash() {
        let years = |s: &str| joined_years(&tokenize(s)[0]);
        assert_eq!(years("1989-2002"), Some((1989, 2002)));
        for s in [
            "2019",
            "16-3-1968",
            "1998-1999-2000",
            "19-2002",
            "12/3/2019",
        ] {
            assert_eq!(years(s), None, "{s}");
        }
    }

    #[test]
    fn tokenize_and_sentences_agree_with_the_char_by_char_walk_for_every_char() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            for s in [
                format!("TP.{c}x A{c}-{c}B 1,{c} 1:2{c}. {c}Ab a{c}. {c}. B"),
                format!("Ông {c}. Ả{c}… {c}? x{c}! {c}A. TP. {c}"),
                // Marks after long runs without one, at any offset.
                format!(
                    "{}{c}. Ông{c} – dự{c}… Ba.",
                    "chủ tịch xã ".repeat(c as usize % 5)
                ),
            ] {
                assert_eq!(tokenize(&s), tokenize_char_by_char(&s), "{c:?}");
                assert_eq!(sentences(&s), sentences_char_by_char(&s), "{c:?}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn tokenize_and_sentences_agree_with_the_char_by_char_walk(
            s in "([a-zA-Z0-9]{1,3}|[ĐđỦủỐốÂâƯưÁáǅ]|Σ|[-&./',:!?…\"() \t\n_]|\\PC){0,40}"
        ) {
            proptest::prop_assert_eq!(tokenize(&s), tokenize_char_by_char(&s));
            proptest::prop_assert_eq!(sentences(&s), sentences_char_by_char(&s));
        }
    }

    #[test]
    fn keeps_joined_abbreviations_and_dates_whole() {
        assert_eq!(
            texts("Sở TN-MT, sáng 10/12 (TP.HCM)."),
            ["Sở", "TN-MT", ",", "sáng", "10/12", "(", "TP", ".", "HCM", ")", "."]
        );
        assert_eq!(texts("X - Phó Bí thư"), ["X", "-", "Phó", "Bí", "thư"]);
        assert_eq!(texts("1.000,5 người"), ["1.000,5", "người"]);
        assert_eq!(texts("a,b"), ["a", ",", "b"]);
        assert_eq!(texts("TP.Sầm Sơn"), ["TP", ".", "Sầm", "Sơn"]);
        assert_eq!(texts("H.Củ Chi"), ["H", ".", "Củ", "Chi"]);
        assert_eq!(texts("H.W. Bush"), ["H.W", ".", "Bush"]);
        // (A place's apostrophe set apart after a letter alone: one word;
        // not a quote after a longer word.)
        assert_eq!(
            texts("huyện Đắk R ' Lấp, Cư M ' gar"),
            ["huyện", "Đắk", "R'Lấp", ",", "Cư", "M'gar"]
        );
        assert_eq!(texts("ông Ba ' nói"), ["ông", "Ba", "'", "nói"]);
    }

    #[test]
    fn ellipsis_at_the_end_does_not_split_twice() {
        let p = "Ông A, Bí thư... Ông B.";
        let got: Vec<&str> = sentences(p).into_iter().map(|(a, b)| &p[a..b]).collect();
        assert_eq!(got, ["Ông A, Bí thư...", "Ông B."]);
        assert_eq!(sentences("Kết thúc..."), [(0, "Kết thúc...".len())]);
    }

    #[test]
    fn sentence_split_respects_abbreviations() {
        let p = "Ông A dự. Chủ tịch UBND TP. Hà Nội phát biểu! Sau đó? không tách";
        let got: Vec<&str> = sentences(p).into_iter().map(|(a, b)| &p[a..b]).collect();
        assert_eq!(
            got,
            [
                "Ông A dự.",
                "Chủ tịch UBND TP. Hà Nội phát biểu!",
                "Sau đó? không tách"
            ]
        );
    }
}
