/*!
The keys facts are compared on (guide §4): NFC, lower case, tone marks in
the new-style position, white space collapsed; for organizations and
roles, the abbreviations of guide §1.3 expanded too.

Uses: `normalize`.
*/

use std::sync::LazyLock;

use regex::Regex;
use unicode_normalization::UnicodeNormalization;

/// The key two texts are compared on: NFC, `_` of word-segmented text read
/// as a space, lower case, tone marks in the new-style position
/// (`uỷ` → `ủy`, `hoá` → `hóa`), white space collapsed.
pub fn match_text(s: &str) -> String {
    crate::extract::normalize::key(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// [`match_text`] for organizations and roles: also expands the abbreviations
/// of guide §1.3 and reads `Tỉnh ủy tỉnh X` as `Tỉnh ủy X` (likewise
/// `Thành ủy`, `Huyện ủy`, `Quận ủy`, `Thị ủy`).
pub fn match_org(s: &str) -> String {
    let nfc: String = s.nfc().collect();
    let expanded = expand_abbreviations(&nfc);
    let key = match_text(&expanded);
    PARTY_COMMITTEE_UNIT.replace_all(&key, "$1 ").into_owned()
}

static HCMC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:TP|Tp)\s*\.?\s*HCM\b|\bTPHCM\b").expect("valid regex"));
static CITY_DOT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:TP|Tp)\.\s*").expect("valid regex"));
static ABBREVIATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:TP|Tp|HĐND|UBND|MTTQ|CA|CHQS|BĐBP|ĐBQH|TW|TƯ|UBKT|BCH|BTV|LĐLĐ|TN-MT|TN&MT|KH-ĐT|KH&ĐT|GTVT|CSGT)\b",
    )
    .expect("valid regex")
});
static PARTY_COMMITTEE_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy) (?:tỉnh|thành phố|huyện|quận|thị xã) ",
    )
    .expect("valid regex")
});

/// Expands the abbreviations of guide §1.3 (case-sensitive, whole words, so
/// that `ca` in ordinary words stays).
fn expand_abbreviations(s: &str) -> String {
    let s = HCMC.replace_all(s, "Thành phố Hồ Chí Minh");
    let s = CITY_DOT.replace_all(&s, "thành phố ");
    ABBREVIATION
        .replace_all(&s, |c: &regex::Captures| {
            match &c[0] {
                "TP" | "Tp" => "thành phố",
                "HĐND" => "Hội đồng nhân dân",
                "UBND" => "Ủy ban nhân dân",
                "MTTQ" => "Mặt trận Tổ quốc",
                "CA" => "Công an",
                "CHQS" => "Chỉ huy Quân sự",
                "BĐBP" => "Bộ đội Biên phòng",
                "ĐBQH" => "đại biểu Quốc hội",
                "TW" | "TƯ" => "Trung ương",
                "UBKT" => "Ủy ban Kiểm tra",
                "BCH" => "Ban Chấp hành",
                "BTV" => "Ban Thường vụ",
                "LĐLĐ" => "Liên đoàn Lao động",
                "TN-MT" | "TN&MT" => "Tài nguyên và Môi trường",
                "KH-ĐT" | "KH&ĐT" => "Kế hoạch và Đầu tư",
                "GTVT" => "Giao thông vận tải",
                "CSGT" => "Cảnh sát giao thông",
                other => other,
            }
            .to_string()
        })
        .into_owned()
}
