/*!
What an event's sentences tell besides its type, day and people: where it
took place (`tại TP. HCM`, `tại Trung tâm Hội nghị Quốc gia`), which
awards it conferred (`Huân chương Lao động hạng Nhất`) and how many
recipients it counted without naming them (`cho 5 tập thể`). Part of
[`EventBuilder`](super::EventBuilder).
*/

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::gazetteer::{Gazetteer, Level};
use crate::extract::mentions::{capitalize, Item, OrgPhrase};
use crate::extract::sentence::Sentence;
use crate::extract::syllables::is_vietnamese_syllable;

/// `cho 5 tập thể`: recipients counted, not named.
static COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)cho\s+(\d+)\s+(?:tập thể|cá nhân|đơn vị|người|đồng chí)")
        .expect("valid")
});

/// The recipients a sentence counts (`cho 5 tập thể và 12 cá nhân`: 17).
pub(super) fn counted_recipients(text: &str) -> u32 {
    COUNT
        .captures_iter(text)
        .filter_map(|c| c[1].parse::<u32>().ok())
        .sum()
}

/// Where an event took place: after `tại`, a place or a body the tables
/// know (`body` gives a body's canonical name), else a name in capitals.
pub(super) fn location(
    g: &Gazetteer,
    s: &Sentence,
    body: impl Fn(&OrgPhrase) -> String,
) -> Option<String> {
    let toks = &s.tokens;
    let i = toks.iter().position(|t| t.key == "tại")?;
    // Not the event itself (`tại Hội nghị`, `tại Kỳ họp thứ 6`): a
    // meeting is no place.
    if g.event_triggers.longest(toks, i + 1).is_some() {
        return None;
    }
    // A place or a body the tables know (`tại TP. HCM`, `tại huyện Bình
    // Chánh`, `tại Trung tâm Hội nghị Quốc gia`).
    match s
        .mentions
        .iter()
        .find(|m| m.start == i + 1)
        .map(|m| &m.item)
    {
        Some(Item::Place(l)) => {
            let name = l.name.as_deref()?;
            return Some(match (&l.unit, l.level) {
                // (A province or city by its name; `Hồ Chí Minh` alone is
                // the man.)
                (_, Level::Province | Level::City) if name != "Hồ Chí Minh" => name.to_string(),
                (Some(unit), _) => format!("{} {name}", capitalize(unit)),
                (None, _) => name.to_string(),
            });
        }
        Some(Item::Org(o)) => return Some(body(o)),
        Some(Item::Person { .. } | Item::Title(_)) => return None,
        _ => {}
    }
    // Else the capitalized words after `tại`, up to a name (`Đại sứ Nga
    // tại Mỹ Sergey Kislyak`: the title's place, not the event's). Before a
    // word in lower case, only a foreign name (`tại Singapore hôm 12/6`),
    // not the start of a common word (`tại Phủ Chủ tịch`, `tại Đường sách`).
    let named = |x: usize| {
        s.mentions
            .iter()
            .any(|m| m.start == x && matches!(m.item, Item::Person { .. }))
    };
    let n = (i + 1..toks.len())
        .take_while(|&x| toks[x].word && toks[x].cap && !named(x))
        .take(8)
        .count();
    let words: Vec<&str> = toks[i + 1..i + 1 + n]
        .iter()
        .map(|t| t.text.as_str())
        .collect();
    let last = words.last()?;
    let lower_after = toks
        .get(i + 1 + n)
        .is_some_and(|t| t.word && !t.cap && !named(i + 1 + n));
    if lower_after && is_vietnamese_syllable(last) {
        return None;
    }
    Some(words.join(" "))
}

/// Award names in a sentence: quoted names (`danh hiệu "Đơn vị Quyết
/// thắng"`), and `Huân chương ...`, `Huy chương ...` with their capitalized
/// words and class (`Huân chương Lao động hạng Nhất`), `Bằng khen`,
/// `Giấy khen`, `Cờ thi đua`, `Kỷ niệm chương`.
pub(super) fn awards(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(a) = rest.find('"') {
        let after = &rest[a + 1..];
        let Some(b) = after.find('"') else { break };
        let name = after[..b].trim();
        if !name.is_empty() && name.chars().count() <= 80 {
            out.push(name.to_string());
        }
        rest = &after[b + 1..];
    }
    let toks = crate::extract::tokens::tokenize(text);
    let mut i = 0;
    while i + 1 < toks.len() {
        let pair = format!("{} {}", toks[i].key, toks[i + 1].key);
        let named = matches!(pair.as_str(), "huân chương" | "huy chương");
        let plain = matches!(
            pair.as_str(),
            "bằng khen" | "giấy khen" | "cờ thi" | "kỷ niệm"
        );
        if !(named || plain) || !toks[i].cap {
            i += 1;
            continue;
        }
        let mut j = i + 2;
        if pair == "cờ thi" || pair == "kỷ niệm" {
            j += 1; // `Cờ thi đua`, `Kỷ niệm chương`
        }
        if named {
            // Capitalized words, each with one lower-case syllable of the
            // same word (`Lao động`, `Hữu nghị`), then `hạng` and its class.
            let joins = |t: &crate::extract::tokens::Token| {
                t.word
                    && !t.cap
                    && !matches!(
                        t.key.as_str(),
                        "cho" | "của" | "và" | "tại" | "với" | "được" | "đã" | "hạng"
                    )
            };
            while j < toks.len() && toks[j].word && toks[j].cap {
                j += 1;
                if toks.get(j).is_some_and(joins) {
                    j += 1;
                }
            }
            if toks.get(j).is_some_and(|t| t.key == "hạng")
                && toks.get(j + 1).is_some_and(|t| t.word)
            {
                j += 2;
            }
        }
        let j = j.min(toks.len());
        let name = crate::extract::mentions::join(&toks[i..j]);
        if !out.contains(&name) {
            out.push(name);
        }
        i = j;
    }
    out
}
