/*!
Vietnamese syllables: whether a word is one, by the inventory of onsets,
vowels and finals of the language, and where `Việt Nam` is written.

Names that are not made of these syllables are foreign (`abroad`), and a
name in lower case goes on only over words of the language (`mentions`).
It stands below both; it uses only `tokens`.
*/

use crate::extract::tokens::Token;

/// Whether `Việt Nam` is written at token `i`.
pub(crate) fn is_viet_nam(toks: &[Token], i: usize) -> bool {
    toks.get(i).is_some_and(|t| t.key == "việt" && t.cap)
        && toks.get(i + 1).is_some_and(|t| t.key == "nam")
}

/// Initial consonants of Vietnamese syllables, longest first.
const ONSETS: [&str; 27] = [
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g",
    "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
];

/// Vowel sequences of Vietnamese rhymes, without tone marks.
const NUCLEI: [&str; 53] = [
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu", "ây",
    "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "ua", "uâ", "uê", "ui", "uô",
    "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê", "iêu", "oai", "oay", "oeo", "uây", "uôi", "ươi",
    "ươu", "uya", "uyê", "yêu", "oo",
];

/// Final consonants of Vietnamese syllables.
const FINALS: [&str; 9] = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

/// Whether a word is one Vietnamese syllable: an initial consonant, a
/// vowel sequence and a final consonant of the language's inventory.
pub fn is_vietnamese_syllable(word: &str) -> bool {
    use unicode_normalization::UnicodeNormalization;
    // Tone marks off (grave, acute, tilde, hook, dot below); the marks
    // that make letters (ă, â, ê, ô, ơ, ư) stay.
    let bare: String = word
        .to_lowercase()
        .nfd()
        .filter(|c| !matches!(c, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}'))
        .nfc()
        .collect();
    if bare.is_empty() || !bare.chars().all(char::is_alphabetic) {
        return false;
    }
    let rhyme_ok = |rest: &str| {
        FINALS.iter().any(|f| {
            rest.strip_suffix(f)
                .is_some_and(|nucleus| NUCLEI.contains(&nucleus))
        })
    };
    // `gi` and `qu` may lend their vowel to the rhyme (`gì`, `gìn`).
    rhyme_ok(&bare)
        || ONSETS
            .iter()
            .filter_map(|o| bare.strip_prefix(o))
            .any(|rest| rhyme_ok(rest) || (rest.is_empty() && bare == "gi"))
        || bare
            .strip_prefix('g')
            .is_some_and(|rest| rest.starts_with('i') && rhyme_ok(rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_of_the_language_and_others() {
        for w in [
            "Nguyễn", "nghiêng", "Lềnh", "gì", "quyết", "Khuất", "A", "Hầu",
        ] {
            assert!(is_vietnamese_syllable(w), "{w}");
        }
        for w in [
            "Donald", "Trump", "Shinzo", "Yong", "Kđăm", "Putin", "Abe", "E-mail",
        ] {
            assert!(!is_vietnamese_syllable(w), "{w}");
        }
    }
}
