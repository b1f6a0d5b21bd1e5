/*!
Splitting normalized text into sentences and tokens.

Lexicon entries (the tables under `data/`) and article text go through the same
[`tokenize`], so a multi-word entry such as `Ủy ban nhân dân` or `TN-MT`
matches the same token keys wherever it stands. Offsets point into the
sentence, so a fact can quote exactly the words it was read from.
*/

use compact_str::CompactString;

use crate::normalize::{is_letter, is_uppercase, lowercase_into};

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

/// What a token's key is in the [`Vocabulary`](crate::gazetteer::Vocabulary) of a gazetteer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum WordId {
    /// Not looked up: lexicons look the key up themselves.
    #[default]
    Unknown,
    /// Looked up, and no lexicon entry holds this word.
    Absent,
    /// The word's number in the vocabulary, and the lexicons with an entry
    /// starting with it (one bit each, see [`Vocabulary`](crate::gazetteer::Vocabulary)).
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

/// Splits a sentence into tokens. A word is a run of letters and digits,
/// with `-`, `&`, `.`, `/`, `'` kept inside it when letters or digits stand
/// on both sides (`TN-MT`, `TP.HCM`, `10/12`, `2015-2020`); a `,` or `:`
/// only between digits (`10.000,5`, `7:30`).
pub fn tokenize(s: &str) -> Vec<Token> {
    // About one token per six bytes of news text: reserve once, not grow.
    let mut out = Vec::with_capacity(s.len() / 4 + 1);
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
                            // `TP.Sầm Sơn`: the abbreviation stands apart.
                            && !(cj == '.' && s[start..end].eq_ignore_ascii_case("tp"))
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
        let text = &s[start..end];
        out.push(Token {
            text: text.into(),
            key: key_of(text),
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

/// The lower-case form of a token (`str::to_lowercase` when it has an
/// upper-case letter).
fn key_of(text: &str) -> CompactString {
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

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: [&str; 12] = [
    "tp", "tt", "ths", "ts", "pgs", "gs", "bs", "ks", "st", "mr", "ms", "ông",
];

/// Splits a paragraph into sentences, returning byte ranges. A sentence ends
/// at `.`, `!`, `?`, `…` or `;` followed by space and an upper-case letter,
/// a quote or a digit, or at the end; a full stop after an abbreviation
/// (`TP.`) or a lone initial does not end one.
pub fn sentences(paragraph: &str) -> Vec<(usize, usize)> {
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

fn push_trimmed(s: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let piece = &s[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push((start + lead, start + lead + trimmed.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        tokenize(s).into_iter().map(|t| t.text.into()).collect()
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
