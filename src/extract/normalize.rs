/*!
Text normalization: one spelling for one word.

Vietnamese news arrives in NFC and NFD, with the tone mark on either vowel
of `oa`/`oe`/`uy` (`Uỷ`/`Ủy`, `Hoá`/`Hóa`), with word-segmented underscores
(`Bí_thư`), and with curly or straight quotes. Every later stage matches
words against the gazetteers, so everything goes through [`normalize`]
first; [`key`] adds lower-casing for lexicon look-ups and [`fold`] also drops
diacritics, for what users type on the command line.

The canonical tone placement is the one of the annotation guide: the mark on
the first vowel of a final `oa`, `oe`, `uy` (`Ủy`, `Hóa`, `Hòa`, `Thúy`),
never after `q` (`quý` stays).
*/

use unicode_normalization::char::{compose, decompose_canonical};
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

const TONE_MARKS: [char; 5] = ['\u{0301}', '\u{0300}', '\u{0309}', '\u{0303}', '\u{0323}'];

/// NFC, canonical tone placement, plain quotes, underscores of
/// word-segmented text as spaces. Idempotent.
pub fn normalize(s: &str) -> String {
    // Most news text is NFC already: check before re-composing it.
    let nfc: std::borrow::Cow<str> = if is_nfc(s) {
        s.into()
    } else {
        s.nfc().collect::<String>().into()
    };
    // The text is copied in runs: up to `copied` it is in `out`, and only a
    // char replaced or a tone mark moved ends a run.
    let nfc = nfc.as_ref();
    let bytes = nfc.as_bytes();
    let mut out = String::with_capacity(nfc.len());
    let mut copied = 0;
    // The text is read char by char up to `walk_until` and on to the end
    // of a word; from there, chunks with nothing to change are skipped.
    let mut walk_until = 0;
    let mut in_word = false;
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        if at >= walk_until && !in_word {
            let skipped = skip_unchanged(bytes, at);
            // (Up to the first char after the bytes skipped.)
            at = skipped
                + bytes[skipped..]
                    .iter()
                    .take_while(|&&b| is_continuation(b))
                    .count();
            walk_until = at + 17;
            continue;
        }
        // Most chars are ASCII letters and spaces or Vietnamese letters:
        // no decoding for them.
        let c = if b < 0x80 {
            if b.is_ascii_alphabetic() {
                at += 1;
                in_word = true;
                continue;
            }
            b as char
        } else {
            let len = latin_letter_len(bytes, at);
            if len > 0 {
                at += len;
                in_word = true;
                continue;
            }
            let c = char_at(nfc, at);
            if is_letter(c) {
                at += c.len_utf8();
                in_word = true;
                continue;
            }
            c
        };
        in_word = false;
        let next = at + c.len_utf8();
        // (A tone mark to move is on a last letter that is not ASCII.)
        if at > 0 && bytes[at - 1] >= 0x80 {
            if let Some((first_at, rewritten)) = place_tone(&nfc[..at]) {
                out.push_str(&nfc[copied..first_at]);
                out.push_str(rewritten.as_str());
                copied = at;
            }
        }
        let replacement = match c {
            '_' => ' ',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => '"',
            '\u{2018}' | '\u{2019}' | '\u{201A}' => '\'',
            '\u{00A0}' | '\u{2009}' | '\u{202F}' | '\u{200B}' | '\u{FEFF}' => ' ',
            _ => {
                at = next;
                continue;
            }
        };
        out.push_str(&nfc[copied..at]);
        out.push(replacement);
        copied = next;
        at = next;
    }
    if let Some((first_at, rewritten)) = place_tone(nfc) {
        out.push_str(&nfc[copied..first_at]);
        out.push_str(rewritten.as_str());
    } else {
        out.push_str(&nfc[copied..]);
    }
    out
}

/// Where the first chunk of 16 bytes from `at` on that may hold something
/// for [`normalize`] to change starts (or the last chunk, shorter): a byte
/// `_`, a char starting `C2`, `E2` or `EF` (the quotes and spaces
/// replaced, among others), or an `o` or `u` before a char starting `C3`
/// or `E1` (a tone mark to move is on the second of `oa`, `oe`, `uy`: `à`
/// is `C3 A0`, `ạ` is `E1 BA A1`). A word that may change is found in the
/// chunk where its `o` or `u` stands, the byte after the chunk included.
fn skip_unchanged(bytes: &[u8], at: usize) -> usize {
    fn may_change(b: u8, next: u8) -> bool {
        let lower = b | 0x20;
        (b == b'_')
            | (b == 0xC2)
            | (b == 0xE2)
            | (b == 0xEF)
            | (((lower == b'o') | (lower == b'u')) & ((next == 0xC3) | (next == 0xE1)))
    }
    skip_chunks(bytes, at, may_change)
}

/// Where the first chunk of 16 bytes from `at` on starts in which `hit`
/// holds for a byte and the byte after it (or the last chunk, shorter).
/// `hit` compares without branches, so that the compiler turns the scan
/// of a chunk into vector instructions.
#[inline(always)]
fn skip_chunks(bytes: &[u8], mut at: usize, hit: impl Fn(u8, u8) -> bool) -> usize {
    // (A chunk and the byte after it.)
    while let Some(chunk) = bytes
        .get(at..at + 17)
        .and_then(|c| <&[u8; 17]>::try_from(c).ok())
    {
        let mut any = 0u8;
        for i in 0..16 {
            any |= hit(chunk[i], chunk[i + 1]) as u8;
        }
        if any != 0 {
            break;
        }
        at += 16;
    }
    at
}

/// A byte inside a UTF-8 char, after its first.
#[inline]
fn is_continuation(b: u8) -> bool {
    (0x80..0xC0).contains(&b)
}

/// The char that starts at byte `at` of `s` (a char boundary before its
/// end).
#[inline]
pub(crate) fn char_at(s: &str, at: usize) -> char {
    s[at..]
        .chars()
        .next()
        .expect("a char boundary before the end")
}

/// Whether a text is in NFC for certain (the quick check says yes): the
/// Vietnamese letters at a glance, the rest with the Unicode tables.
pub fn is_nfc(s: &str) -> bool {
    let mut from = 0;
    while let Some(skip) = first_not_nfc_at_a_glance(&s[from..]) {
        let at = from + skip;
        let c = char_at(s, at);
        if !is_nfc_alone(c) {
            // (The check of the rest starts afresh, as after any char
            // NFC whatever stands around it.)
            return is_nfc_quick(s[at..].chars()) == IsNormalized::Yes;
        }
        from = at + c.len_utf8();
    }
    true
}

/// A char that is NFC whatever stands around it, by the Unicode tables
/// (quick check `Yes`, no combining class): the quick check of a text goes
/// past it as if the text started after it.
fn is_nfc_alone(c: char) -> bool {
    is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes
        && unicode_normalization::char::canonical_combining_class(c) == 0
}

/// Where the first char that is not NFC at a glance starts (not ASCII, the
/// Latin blocks before the combining marks or the precomposed letters of
/// Vietnamese), read from the UTF-8 bytes: its first byte is `CC` or more
/// (a lead byte `C2`–`CB` starts a char below U+0300), and not `E1` before
/// `B8`–`BB` (a char of U+1E00–U+1EFF). Continuation bytes are below `C0`,
/// so the bytes can be read 16 at a time, wherever a char starts.
fn first_not_nfc_at_a_glance(s: &str) -> Option<usize> {
    fn not_at_a_glance(b: u8, next: u8) -> bool {
        (b >= 0xCC) & ((b != 0xE1) | (next.wrapping_sub(0xB8) > 3))
    }
    let bytes = s.as_bytes();
    let at = skip_chunks(bytes, 0, not_at_a_glance);
    (at..bytes.len()).find(|&i| not_at_a_glance(bytes[i], bytes.get(i + 1).copied().unwrap_or(0)))
}

/// The NFC form of a text, copied as it is when it is NFC already.
pub fn nfc(s: &str) -> String {
    if is_nfc(s) {
        s.to_owned()
    } else {
        s.nfc().collect()
    }
}

/// A char that is [`is_nfc_alone`] at a glance: ASCII, the Latin blocks
/// before the combining marks, and the precomposed letters of Vietnamese.
#[cfg(test)]
fn nfc_at_a_glance(c: char) -> bool {
    c < '\u{300}' || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

/// The length in bytes of the char at `bytes[at]` (a char boundary) when
/// its UTF-8 bytes show it is a Latin letter of [`LATIN`] (the letters of
/// Vietnamese among them), or else 0: the other chars need decoding.
#[inline]
pub(crate) fn latin_letter_len(bytes: &[u8], at: usize) -> usize {
    let second = bytes.get(at + 1).copied().unwrap_or(0);
    match bytes[at] {
        // U+00C0–U+00FF but `×` and `÷`.
        0xC3 if second == 0x97 || second == 0xB7 => 0,
        // U+00C0–U+023F, and U+0240–U+024F.
        0xC3..=0xC8 => 2,
        0xC9 if second < 0x90 => 2,
        // U+1E00–U+1EFF.
        0xE1 if (0xB8..=0xBB).contains(&second) => 3,
        _ => 0,
    }
}

/// A letter (`char::is_alphabetic`). Vietnamese letters are answered from
/// their Unicode blocks, without the general tables, which cost a fifth of
/// the time of tokenizing.
#[inline]
pub fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\u{D7}' | '\u{F7}' => false,
        '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}' => true,
        c => !c.is_ascii() && c.is_alphabetic(),
    }
}

/// `str::to_lowercase`, with the Latin letters (those of Vietnamese
/// among them) from a table instead of the general one.
pub fn lowercase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    lowercase_into(s, &mut out);
    out
}

/// [`lowercase`] into any string type (`String`, `CompactString`). The
/// text is copied in runs of chars that are their own lower case, which
/// in news text are most of them.
pub fn lowercase_into<S>(s: &str, out: &mut S)
where
    S: Extend<char> + for<'a> Extend<&'a str>,
{
    // (`Σ` is `CE A3`: the byte `CE` starts Greek letters only.)
    if s.as_bytes().contains(&0xCE) && s.contains('Σ') {
        // The one letter whose lower case depends on its neighbours.
        out.extend(Some(s.to_lowercase().as_str()));
        return;
    }
    let bytes = s.as_bytes();
    let mut copied = 0;
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        if b < 0x80 {
            if b.is_ascii_uppercase() {
                out.extend(Some(&s[copied..at]));
                out.extend(Some(b.to_ascii_lowercase() as char));
                copied = at + 1;
            }
            at += 1;
            continue;
        }
        let c = char_at(s, at);
        let len = c.len_utf8();
        match one_char_lowercase(c) {
            Some(lower) if lower == c => {}
            Some(lower) => {
                out.extend(Some(&s[copied..at]));
                out.extend(Some(lower));
                copied = at + len;
            }
            None => {
                out.extend(Some(&s[copied..at]));
                out.extend(c.to_lowercase());
                copied = at + len;
            }
        }
        at += len;
    }
    out.extend(Some(&s[copied..]));
}

/// The lower case of an ASCII or Latin letter, when it is one char
/// (`None`: ask `char::to_lowercase`). Not for `Σ`, whose lower case
/// depends on its neighbours.
#[inline]
fn one_char_lowercase(c: char) -> Option<char> {
    if c.is_ascii() {
        Some(c.to_ascii_lowercase())
    } else {
        latin_case(c).and_then(|case| case.lower)
    }
}

/// `char::is_uppercase`, the Latin letters from a table.
#[inline]
pub fn is_uppercase(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    match latin_case(c) {
        Some(case) => case.upper,
        None => c.is_uppercase(),
    }
}

/// The Latin blocks whose case is kept in a table.
const LATIN: [std::ops::RangeInclusive<char>; 2] = ['\u{C0}'..='\u{24F}', '\u{1E00}'..='\u{1EFF}'];

/// The case of a letter of [`LATIN`].
#[derive(Clone, Copy)]
struct LatinCase {
    upper: bool,
    /// The lower case when it is one char.
    lower: Option<char>,
}

/// The case of a char of [`LATIN`], `None` for other chars.
#[inline]
fn latin_case(c: char) -> Option<LatinCase> {
    static TABLES: std::sync::LazyLock<[Vec<LatinCase>; 2]> = std::sync::LazyLock::new(|| {
        LATIN.map(|block| {
            block
                .map(|c| {
                    let mut lower = c.to_lowercase();
                    LatinCase {
                        upper: c.is_uppercase(),
                        lower: match (lower.next(), lower.next()) {
                            (Some(l), None) => Some(l),
                            _ => None,
                        },
                    }
                })
                .collect()
        })
    });
    let (block, start) = match c {
        '\u{C0}'..='\u{24F}' => (0, 0xC0),
        '\u{1E00}'..='\u{1EFF}' => (1, 0x1E00),
        _ => return None,
    };
    Some(TABLES[block][c as usize - start])
}

/// [`normalize`] then lower-case: the key under which lexicons store words.
pub fn key(s: &str) -> String {
    normalize(s).to_lowercase()
}

/// Whether `text` starts with the whole words of `prefix` (`Cơ quan Cảnh
/// sát điều tra` starts with `Cơ quan`, `Cơ quanX` does not).
pub fn starts_with_words(text: &str, prefix: &str) -> bool {
    text.strip_prefix(prefix)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

/// Lower case without diacritics (`đ` → `d`), words of letters and digits
/// separated by single spaces: for matching what a user types (`le anh
/// xuan` finds `Lê Anh Xuân`, `thanh hoa` finds `TP. Thanh Hoá`).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_ascii() {
            fold_char(c, &mut out, &mut space);
        } else {
            // The canonical decomposition, char by char: the marks are
            // dropped anyway, so their order does not matter.
            unicode_normalization::char::decompose_canonical(c, |d| {
                fold_char(d, &mut out, &mut space)
            });
        }
    }
    out
}

fn fold_char(c: char, out: &mut String, space: &mut bool) {
    let c = match c {
        'đ' | 'Đ' => 'd',
        c if is_combining(c) => return,
        c => c,
    };
    if c.is_alphanumeric() {
        if *space && !out.is_empty() {
            out.push(' ');
        }
        *space = false;
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    } else {
        *space = true;
    }
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

/// The last two letters of a text ending in a word in `oa`, `oe` or `uy`
/// (not after `q`) with the tone mark moved from the second to the first,
/// when it is on the second, and where the first stands.
fn place_tone(text: &str) -> Option<(usize, TwoLetters)> {
    // A tone mark sits on a non-ASCII vowel after a plain `o` or `u`: most
    // words stop at their last byte.
    if text.as_bytes().last().is_none_or(u8::is_ascii) {
        return None;
    }
    let mut letters = text.chars().rev().take_while(|&c| is_letter(c));
    let second = letters.next()?;
    let first = letters.next()?;
    if !matches!(first, 'o' | 'O' | 'u' | 'U') {
        return None;
    }
    let first_lower = first.to_ascii_lowercase();
    if matches!(letters.next(), Some('q' | 'Q')) && first_lower == 'u' {
        return None;
    }
    let (base2, Some(tone)) = split_tone(second) else {
        return None;
    };
    let pair = matches!(
        (first_lower, base2.to_lowercase().next().unwrap_or(base2)),
        ('o', 'a') | ('o', 'e') | ('u', 'y')
    );
    match (pair, compose(first, tone)) {
        (true, Some(marked)) => {
            let mut two = TwoLetters::default();
            two.push(marked);
            two.push(base2);
            // (`first` is ASCII: one byte.)
            Some((text.len() - second.len_utf8() - 1, two))
        }
        _ => None,
    }
}

/// Two letters, written out (at most eight bytes).
#[derive(Default)]
struct TwoLetters {
    bytes: [u8; 8],
    len: usize,
}

impl TwoLetters {
    fn push(&mut self, c: char) {
        self.len += c.encode_utf8(&mut self.bytes[self.len..]).len();
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..self.len]).expect("written from chars")
    }
}

/// Splits a precomposed vowel into its letter (keeping other marks such as
/// the circumflex) and its tone mark, if it has one.
fn split_tone(c: char) -> (char, Option<char>) {
    let mut parts: Vec<char> = Vec::with_capacity(3);
    decompose_canonical(c, |d| parts.push(d));
    let Some(pos) = parts.iter().position(|d| TONE_MARKS.contains(d)) else {
        return (c, None);
    };
    let tone = parts.remove(pos);
    let mut base = parts[0];
    for &m in &parts[1..] {
        base = compose(base, m).unwrap_or(base);
    }
    (base, Some(tone))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_with_words_wants_whole_words() {
        assert!(starts_with_words("Cơ quan Cảnh sát điều tra", "Cơ quan"));
        assert!(starts_with_words("Cơ quan", "Cơ quan"));
        assert!(!starts_with_words("Cơ quanh", "Cơ quan"));
        assert!(!starts_with_words("Ban Cơ quan", "Cơ quan"));
    }

    #[test]
    fn moves_tone_marks_to_the_first_vowel() {
        assert_eq!(normalize("Uỷ ban"), "Ủy ban");
        assert_eq!(normalize("Thanh Hoá"), "Thanh Hóa");
        assert_eq!(normalize("hoà bình"), "hòa bình");
        assert_eq!(normalize("Thuỵ"), "Thụy");
        assert_eq!(normalize("HOÀ"), "HÒA");
    }

    #[test]
    fn leaves_qu_and_closed_syllables_alone() {
        assert_eq!(normalize("quý"), "quý");
        assert_eq!(normalize("hoàn toàn"), "hoàn toàn");
        assert_eq!(normalize("khuyến"), "khuyến");
        assert_eq!(normalize("ngoài"), "ngoài");
    }

    #[test]
    fn nfd_input_gives_nfc_output() {
        let nfd: String = "Tỉnh uỷ Hoà Bình".nfd().collect();
        assert_eq!(normalize(&nfd), "Tỉnh ủy Hòa Bình");
    }

    #[test]
    fn underscores_and_quotes() {
        assert_eq!(normalize("Bí_thư Tỉnh_uỷ"), "Bí thư Tỉnh ủy");
        assert_eq!(normalize("“Đơn vị” ‘x’"), "\"Đơn vị\" 'x'");
    }

    proptest::proptest! {
        #[test]
        fn normalize_is_idempotent(s in "\\PC{0,40}") {
            let once = normalize(&s);
            proptest::prop_assert_eq!(normalize(&once), once);
        }

        #[test]
        fn nfc_and_nfd_normalize_alike(s in "[a-zA-Zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ _,.]{0,40}") {
            let nfd: String = s.nfd().collect();
            proptest::prop_assert_eq!(normalize(&nfd), normalize(&s));
        }

        #[test]
        fn old_and_new_tone_placement_normalize_alike(
            head in "[bcdghklmnqstvx]{0,2}",
            tone in 0usize..5,
            pair in 0usize..3,
        ) {
            // The same syllable with the mark on either vowel.
            let marks = ['\u{0301}', '\u{0300}', '\u{0309}', '\u{0303}', '\u{0323}'];
            let (a, b) = [('o', 'a'), ('o', 'e'), ('u', 'y')][pair];
            proptest::prop_assume!(!(head.ends_with('q') && a == 'u'));
            let old: String = format!("{head}{a}{b}{}", marks[tone]).nfc().collect();
            let new: String = format!("{head}{a}{}{b}", marks[tone]).nfc().collect();
            proptest::prop_assert_eq!(normalize(&old), normalize(&new));
        }
    }

    #[test]
    fn lowercase_agrees_with_the_standard_library() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let s = format!("A{c}Σ b{c}");
            assert_eq!(lowercase(&s), s.to_lowercase(), "{c:?}");
            let s = format!("a{c}b");
            assert_eq!(lowercase(&s), s.to_lowercase(), "{c:?}");
            let s = format!("Xy{c}{c}Zạ{c}Ồ");
            assert_eq!(lowercase(&s), s.to_lowercase(), "{c:?}");
            let mut compact = compact_str::CompactString::default();
            lowercase_into(&s, &mut compact);
            assert_eq!(compact, s.to_lowercase(), "{c:?}");
            assert_eq!(is_uppercase(c), c.is_uppercase(), "{c:?}");
        }
    }

    /// The end of the word being read: its last three letters and where the
    /// last two stand in the text, enough to move a tone mark.
    #[derive(Default)]
    struct WordEnd {
        letters: usize,
        last: [char; 3],
        second_last_at: usize,
        last_at: usize,
    }

    impl WordEnd {
        fn push(&mut self, c: char, at: usize) {
            self.letters += 1;
            self.last = [self.last[1], self.last[2], c];
            self.second_last_at = self.last_at;
            self.last_at = at;
        }
    }

    /// The last two letters of a word-final `oa`, `oe` or `uy` (not after
    /// `q`) with the tone mark moved from the second to the first, when it is
    /// on the second.
    fn place_tone_char_by_char(word: &WordEnd) -> Option<TwoLetters> {
        let [before, first, second] = word.last;
        // A tone mark sits on a non-ASCII vowel after a plain `o` or `u`: most
        // words stop here.
        if word.letters < 2 || second.is_ascii() || !matches!(first, 'o' | 'O' | 'u' | 'U') {
            return None;
        }
        let first_lower = first.to_ascii_lowercase();
        if word.letters >= 3 && matches!(before, 'q' | 'Q') && first_lower == 'u' {
            return None;
        }
        let (base2, Some(tone)) = split_tone(second) else {
            return None;
        };
        let pair = matches!(
            (first_lower, base2.to_lowercase().next().unwrap_or(base2)),
            ('o', 'a') | ('o', 'e') | ('u', 'y')
        );
        match (pair, compose(first, tone)) {
            (true, Some(marked)) => {
                let mut two = TwoLetters::default();
                two.push(marked);
                two.push(base2);
                Some(two)
            }
            _ => None,
        }
    }

    /// [`normalize`] as it was written before its byte walk: char by char.
    fn normalize_char_by_char(s: &str) -> String {
        let nfc: String = s.nfc().collect();
        let mut out = String::new();
        let mut copied = 0;
        let mut word = WordEnd::default();
        for (at, c) in nfc.char_indices() {
            if c.is_alphabetic() {
                word.push(c, at);
                continue;
            }
            if let Some(rewritten) = place_tone_char_by_char(&word) {
                out.push_str(&nfc[copied..word.second_last_at]);
                out.push_str(rewritten.as_str());
                copied = at;
            }
            word = WordEnd::default();
            let replacement = match c {
                '_' => ' ',
                '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => '"',
                '\u{2018}' | '\u{2019}' | '\u{201A}' => '\'',
                '\u{00A0}' | '\u{2009}' | '\u{202F}' | '\u{200B}' | '\u{FEFF}' => ' ',
                _ => continue,
            };
            out.push_str(&nfc[copied..at]);
            out.push(replacement);
            copied = at + c.len_utf8();
        }
        if let Some(rewritten) = place_tone_char_by_char(&word) {
            out.push_str(&nfc[copied..word.second_last_at]);
            out.push_str(rewritten.as_str());
        } else {
            out.push_str(&nfc[copied..]);
        }
        out
    }

    #[test]
    fn normalize_agrees_with_the_char_by_char_walk_for_every_char() {
        // Chunks skipped or read around `c`, at several offsets.
        let pad = "abcdefghijklmnopqrstu ";
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            for s in [
                format!("Ho{c}a uy{c} o{c} {c}_“x”"),
                format!("{c}{pad}o{c} {pad}Uy{c}{pad}o{c}"),
                format!("{}qu{c} {pad}{c}o{c}{pad}", &pad[..c as usize % 17]),
            ] {
                assert_eq!(normalize(&s), normalize_char_by_char(&s), "{c:?}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn normalize_agrees_with_the_char_by_char_walk(
            s in "([qQhHtT]?[oOuU][aAeEyYàáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ]\u{0301}?|[ _,.“”‘’\u{00A0}\u{200B}]|[a-z ]{1,20}|\\PC){0,30}"
        ) {
            proptest::prop_assert_eq!(normalize(&s), normalize_char_by_char(&s));
        }

        #[test]
        fn lowercase_agrees_with_the_standard_library_on_any_text(s in "\\PC{0,40}") {
            proptest::prop_assert_eq!(lowercase(&s), s.to_lowercase());
        }
    }

    #[test]
    fn chars_nfc_at_a_glance_are_so_by_the_unicode_tables() {
        for c in (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| nfc_at_a_glance(c))
        {
            assert!(is_nfc_alone(c), "{c:?}");
        }
    }

    #[test]
    fn is_nfc_agrees_with_the_quick_check_for_every_char() {
        // After a starter, before a letter, after a combining mark.
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            for s in [
                format!("“a{c}”"),
                format!("{c}\u{0301}"),
                format!("a\u{0323}{c}"),
            ] {
                let quick = is_nfc_quick(s.chars()) == IsNormalized::Yes;
                assert_eq!(is_nfc(&s), quick, "{c:?}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn is_nfc_agrees_with_the_quick_check(s in "([aạ“–]|[\u{0300}-\u{0323}]|\\PC){0,20}") {
            proptest::prop_assert_eq!(is_nfc(&s), is_nfc_quick(s.chars()) == IsNormalized::Yes);
        }
    }

    #[test]
    fn the_byte_scan_finds_the_first_char_not_nfc_at_a_glance() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            for s in [format!("{c}"), format!("ab{c}"), format!("ạ{c}x{c}")] {
                assert_eq!(
                    first_not_nfc_at_a_glance(&s),
                    s.find(|c| !nfc_at_a_glance(c)),
                    "{c:?}"
                );
            }
        }
        // Chars at every offset of a 16-byte chunk, and across chunks.
        for c in [
            '\u{300}', '\u{2013}', 'ạ', 'ǿ', '\u{1F00}', '\u{1DFF}', '😀',
        ] {
            for n in 0..40 {
                let s = format!("{}ệ{c}x", "ab".repeat(n / 2) + &"à".repeat(n % 3));
                assert_eq!(
                    first_not_nfc_at_a_glance(&s),
                    s.find(|c| !nfc_at_a_glance(c)),
                    "{s:?}"
                );
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn the_byte_scan_finds_the_first_char_not_nfc_at_a_glance_in_any_text(
            s in "([aạàệđ ]|\\PC){0,60}"
        ) {
            proptest::prop_assert_eq!(
                first_not_nfc_at_a_glance(&s),
                s.find(|c| !nfc_at_a_glance(c))
            );
        }
    }

    #[test]
    fn latin_letter_len_is_that_of_letters_only() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let s = format!("{c}{c}");
            let len = latin_letter_len(s.as_bytes(), 0);
            let latin = LATIN.iter().any(|block| block.contains(&c)) && !matches!(c, '×' | '÷');
            assert_eq!(len, if latin { c.len_utf8() } else { 0 }, "{c:?}");
            assert!(len == 0 || c.is_alphabetic(), "{c:?}");
            // At the end of the text.
            assert_eq!(latin_letter_len(c.to_string().as_bytes(), 0), len, "{c:?}");
        }
    }

    #[test]
    fn is_letter_agrees_with_the_unicode_tables() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(
                crate::extract::tokens::is_word_char(c),
                c.is_alphanumeric(),
                "{c:?}"
            );
        }
    }

    #[test]
    fn fold_agrees_with_folding_the_nfd_form_for_every_char() {
        // The reference: decompose the whole string, drop the marks.
        fn reference(s: &str) -> String {
            let mut out = String::new();
            let mut space = false;
            for c in s.nfd() {
                fold_char(c, &mut out, &mut space);
            }
            out
        }
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let s = format!("a{c}b {c}");
            assert_eq!(fold(&s), reference(&s), "{c:?}");
        }
        let mixed = "Nguyễn Thị Hoà, Uỷ viên — TP. Hồ Chí Minh (Q.1) ẞ İ ǅ";
        assert_eq!(fold(mixed), reference(mixed));
    }

    #[test]
    fn fold_drops_case_and_diacritics() {
        assert_eq!(fold("  Lê Anh   Xuân "), "le anh xuan");
        assert_eq!(fold("Đặng Quốc Khánh"), "dang quoc khanh");
        assert_eq!(fold("Hoá"), fold("hóa"));
        assert_eq!(fold("TP. Thanh_Hoá"), "tp thanh hoa");
    }
}
