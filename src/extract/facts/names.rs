/*!
Names across an article: the full names it writes, and what a short name
(`ông Huấn`, `Trump`) or a pronoun (`ông`, `bà`) refers to. Used by the
fact builder and by `events` for participants.
*/

use super::*;

/// Full names in the article, with the sentence they first appear in.
pub(crate) fn full_names(sentences: &[Sentence]) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        for m in &s.mentions {
            if let Item::Person { name, short: false } = &m.item {
                out.push((si, name.clone()));
            }
        }
    }
    out
}

/// The full name a shorter one stands for when the article writes it in
/// full once: the one longer name that ends with it; else the name itself.
/// A two-word Vietnamese name stands for a Vietnamese one (`ông Xuân Anh`
/// after `Nguyễn Xuân Anh`), a foreign name of two words or more for a
/// foreign one (`Tổng thống Lopez Obrador` after `Andres Manuel Lopez
/// Obrador`, `bà Suu Kyi` after `Aung San Suu Kyi`).
pub(crate) fn longest_form(name: &str, names: &[(usize, String)]) -> String {
    let ours = |n: &str| {
        n.split(' ').all(|w| {
            w.starts_with(char::is_uppercase)
                && crate::extract::syllables::is_vietnamese_syllable(w)
        })
    };
    let words = name.split(' ').count();
    let vietnamese = ours(name);
    if words < 2 || vietnamese && words != 2 {
        return name.to_string();
    }
    let tail = format!(" {}", key(name));
    // (First what keys cannot change, the length of the last word and its
    // first letter: most names end with another.)
    let shape = |w: &str| {
        (
            w.chars().count(),
            w.chars().next().map(|c| c.to_lowercase().next()),
        )
    };
    let last = shape(name.rsplit(' ').next().unwrap_or(name));
    let mut longer = names.iter().map(|(_, n)| n).filter(|n| {
        n.rsplit(' ').next().is_some_and(|w| shape(w) == last)
            && n.split(' ').count() > words
            && key(n).ends_with(&tail)
            && ours(n) == vietnamese
    });
    let Some(full) = longer.next() else {
        return name.to_string();
    };
    if longer.all(|n| key(n) == key(full)) {
        full.clone()
    } else {
        name.to_string()
    }
}

/// The full name a given name refers to: the latest full name with that
/// given name before the sentence, else the first after it.
/// Whether the last word of a name has the key `k`.
pub(super) fn last_word_is(name: &str, k: &str) -> bool {
    name.rsplit(' ').next().is_some_and(|last| key(last) == k)
}

/// [`resolve_short`], but where several full names end with the short one
/// and one of them is an official of `foreign_people.tsv`, that one
/// (`Thủ tướng Netanyahu` is Benjamin Netanyahu, not Sara Netanyahu named
/// last; `ông Trump` is Donald Trump, not Melania Trump).
pub(crate) fn resolve_short_in(
    g: &Gazetteer,
    short: &str,
    si: usize,
    names: &[(usize, String)],
) -> Option<String> {
    let k = key(short);
    let mut candidates: Vec<&String> = names
        .iter()
        .map(|(_, n)| n)
        .filter(|n| last_word_is(n, &k))
        .collect();
    candidates.sort();
    candidates.dedup();
    let officials: Vec<&&String> = candidates
        .iter()
        .filter(|n| g.foreign_people.contains_key(&person_key(n)))
        .collect();
    match officials[..] {
        [one] if candidates.len() > 1 => Some(one.to_string()),
        _ => resolve_short(short, si, names),
    }
}

pub(crate) fn resolve_short(short: &str, si: usize, names: &[(usize, String)]) -> Option<String> {
    let k = key(short);
    let by_last = |n: &String| last_word_is(n, &k);
    let last = names
        .iter()
        .rev()
        .find(|(s, n)| *s <= si && by_last(n))
        .or_else(|| names.iter().find(|(_, n)| by_last(n)));
    if let Some((_, n)) = last {
        return Some(n.clone());
    }
    // Chinese and Korean names are shortened to the family name (`ông Tập`
    // for `Tập Cận Bình`, `ông Moon` for `Moon Jae - in`): when no name ends
    // with the word, the one name that starts with it.
    let by_first =
        |n: &String| n.contains(' ') && n.split(' ').next().is_some_and(|first| key(first) == k);
    let mut firsts = names.iter().filter(|(_, n)| by_first(n)).map(|(_, n)| n);
    let first = firsts.next()?;
    firsts.all(|n| n == first).then(|| first.clone())
}

/// Whether a pronoun fits a name: `ông` a man, `bà` a woman (women's names
/// mostly carry `Thị`).
pub(super) fn pronoun_fits(word: &str, name: &str) -> bool {
    let female = name.split(' ').any(|w| w == "Thị");
    match word {
        "bà" | "chị" => female,
        "ông" | "anh" => !female,
        _ => true,
    }
}

/// The person a pronoun (`Ông`, `Bà`) opening a sentence refers to, when no
/// subject is known: the first one named in the nearest sentence before that
/// names anyone fitting the pronoun.
pub(crate) fn resolve_pronoun(word: &str, si: usize, names: &[(usize, String)]) -> Option<String> {
    let nearest = names
        .iter()
        .rev()
        .find(|(s, n)| *s < si && pronoun_fits(word, n))?
        .0;
    names
        .iter()
        .find(|(s, n)| *s == nearest && pronoun_fits(word, n))
        .map(|(_, n)| longest_form(n, names))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_foreign_name_written_short_is_the_full_name_the_article_writes() {
        let names = [
            (0, "Carlos Alberto Ruiz Medina".to_string()),
            (1, "Nguyễn Văn Hòa".to_string()),
        ];
        assert_eq!(
            longest_form("Ruiz Medina", &names),
            "Carlos Alberto Ruiz Medina"
        );
        assert_eq!(longest_form("Văn Hòa", &names), "Nguyễn Văn Hòa");
        // (A foreign name stands for no Vietnamese one, nor a name for one
        // it does not end.)
        assert_eq!(longest_form("Alberto Ruiz", &names), "Alberto Ruiz");
        let two = [
            (0, "Maria Ruiz Medina".to_string()),
            (1, "Carlos Ruiz Medina".to_string()),
        ];
        assert_eq!(longest_form("Ruiz Medina", &two), "Ruiz Medina");
    }
}
