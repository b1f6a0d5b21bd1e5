/*!
Officials of other countries: which country their post belongs to.

A role word without a body names a body of the country the text is about:
`Thủ tướng` alone is the head of `Chính phủ`, and the tables of roles and
heads describe Viet Nam's. In news about another country (`Phó Thủ tướng Hàn
Chính`, in an article on China's parliament) or about a foreign official
(`Tổng thống Donald Trump`) that default is a wrong fact (annotation guide
§1.5). This module decides, after the posts of an article are linked, which
of them belong abroad and to which country:

- a person is foreign when their name is not made of Vietnamese syllables
  (`Donald Trump`, `Phết-tha-von`), when the article gives them a post in a
  body that names its country (`Thủ tướng Nhật Bản Shinzo Abe`), or when
  the post is one Viet Nam does not have (`Tổng thống`, roles.tsv `abroad`);
- an article is about another country when it names foreign countries and
  never Viet Nam nor a Vietnamese place: then everyone in it is foreign;
- the country is the one the person's other posts name, else the
  article's clearly most named foreign country, else the side the sentence
  opens a list with (`Phía Nga có ...`) or the country of the official
  listed before in the same list (`Bộ trưởng Tài chính Mỹ A và Bộ trưởng
  Thương mại B`; `Thủ tướng Áo A, Phó Thủ tướng B và Bộ trưởng Giao thông C`).
  (The sentence's country is no guide: `Tổng thống Trump đưa ra tuyên bố
  về Iran`.)

A national body named without a country (`Bộ Quốc phòng`, `Chính phủ`) then
takes the country (`Bộ Quốc phòng Nhật Bản`); a local body the article's
Vietnamese places completed is dropped, as is any default whose country
cannot be told. Articles naming no foreign country are left alone, so
Vietnamese officials of ethnic minorities (`Y Thanh Hà Niê Kđăm`) keep their
posts.
*/

use std::collections::{HashMap, HashSet};

use crate::extract::gazetteer::{person_key, Gazetteer};
use crate::extract::mentions::{Item, Mention};
use crate::extract::sentence::Sentence;
use crate::extract::syllables::{is_viet_nam, is_vietnamese_syllable};
use crate::extract::tokens::{tokenize, Token};
use crate::Post;

/// How a post's body came to be named, for deciding whether it can belong
/// abroad.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The text names the body with a Vietnamese place or as Viet Nam's
    /// (`Tỉnh ủy Đắk Lắk`): its holder is Vietnamese.
    Home,
    /// The body's name holds this foreign country (`Bộ Ngoại giao Nga`):
    /// the country of its holder's other posts.
    Abroad(String),
    /// The text names the body another way (a company by its name): kept
    /// as it is.
    Written,
    /// A national body named without a country (`Bộ Tài chính`, or the
    /// `Chính phủ` that `Thủ tướng` implies).
    National,
    /// A local body whose place came from the article's places.
    Local,
    /// The body of a unit (`Ủy ban nhân dân`, `Tỉnh ủy`) the article gives
    /// no place to: no fact a reader can use. `addressed`: the role is
    /// written as a form of address, capitalized right before the name
    /// (`Chủ tịch Tập Cận Bình`), as heads of state are.
    Unplaced { addressed: bool },
}

/// What an article says of countries other than Viet Nam.
pub struct Countries {
    /// The article names a foreign country.
    any: bool,
    /// The foreign country the article names clearly most (at least twice,
    /// and twice as often as any other).
    dominant: Option<String>,
    /// The article is about another country: it names a foreign country and
    /// neither Viet Nam nor a Vietnamese place.
    abroad: bool,
}

impl Countries {
    /// Reads the countries written in capitals in an article's sentences
    /// (person names skipped: `Đức`, `Nga` are given names too).
    /// `home_places` says whether the article names a Vietnamese place.
    pub fn of(g: &Gazetteer, sentences: &[Sentence], home_places: bool) -> Self {
        let mut counts: HashMap<&str, usize> = HashMap::new();
        let mut home = home_places;
        for sentence in sentences {
            let toks = &sentence.tokens;
            let people: Vec<(usize, usize)> = sentence
                .mentions
                .iter()
                .filter(|m| matches!(m.item, Item::Person { .. }))
                .map(|m| (m.start, m.end))
                .collect();
            let mut i = 0;
            while i < toks.len() {
                // (Countries, `Việt Nam` and the places that hold a country's
                // name are written in capitals.)
                if !toks[i].cap {
                    i += 1;
                    continue;
                }
                if let Some(&(_, end)) = people.iter().find(|&&(s, e)| s <= i && i < e) {
                    i = end;
                    continue;
                }
                if is_viet_nam(toks, i) {
                    home = true;
                    i += 2;
                    continue;
                }
                // (`Lào Cai` is a province, not Laos.)
                if let Some((n, _)) = g.place_at(toks, i) {
                    i += n;
                    continue;
                }
                match country_at(g, toks, i) {
                    Some((n, country)) => {
                        *counts.entry(country.as_str()).or_default() += 1;
                        i += n;
                    }
                    _ => i += 1,
                }
            }
        }
        let mut ranked: Vec<(&str, usize)> = counts.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        let dominant = match ranked.as_slice() {
            [(c, n), rest @ ..] if *n >= 2 && rest.first().is_none_or(|r| *n >= 2 * r.1) => {
                Some(c.to_string())
            }
            _ => None,
        };
        Countries {
            any: !ranked.is_empty(),
            abroad: !home && !ranked.is_empty(),
            dominant,
        }
    }
}

/// Whether a person's name is not Vietnamese: a word of it is not a
/// Vietnamese syllable (`Donald Trump`, `Shinzo Abe`, `Ri Yong`), or is a
/// hyphenated transliteration (`Phết-tha-von`). Names read in Sino-Vietnamese
/// (`Tập Cận Bình`) look Vietnamese: the article's countries tell them.
pub fn looks_foreign(name: &str) -> bool {
    name.split(' ')
        .any(|w| w.contains('-') || !is_vietnamese_syllable(w))
}

/// Whether a name is foreign beyond doubt: a hyphenated transliteration or
/// a letter Vietnamese does not write (f, j, w, z). A name that is only not
/// made of Vietnamese syllables may be of a Vietnamese ethnic minority
/// (`Êban Y Phu`).
fn surely_foreign(name: &str) -> bool {
    name.contains('-')
        || name
            .chars()
            .any(|c| matches!(c.to_ascii_lowercase(), 'f' | 'j' | 'w' | 'z'))
}

/// The country an organization's name ends with or holds, if any
/// (`Bộ Ngoại giao Nhật Bản` → `Nhật Bản`); `Việt Nam` counts as one.
pub fn country_in(g: &Gazetteer, name: &str) -> Option<String> {
    let toks = tokenize(name);
    (0..toks.len()).find_map(|i| {
        if is_viet_nam(&toks, i) {
            return Some("Việt Nam".to_string());
        }
        if g.place_at(&toks, i).is_some_and(|(n, _)| n > 1) {
            return None;
        }
        country_at(g, &toks, i).map(|(_, c)| c.clone())
    })
}

/// The country named at token `i`, and how many tokens it takes. In
/// capitals: `Pháp` is France, `Tư pháp` justice. A one-word country right
/// after a capitalized Vietnamese syllable inside a sentence ends a
/// Vietnamese name (`huyện Đông Anh`, `Bệnh viện Việt Đức`), unless that
/// syllable ends the head of a body (`Quốc Hội Mỹ`, `Đảng Lào`).
pub fn country_at<'g>(g: &'g Gazetteer, toks: &[Token], i: usize) -> Option<(usize, &'g String)> {
    let (n, country) = g.countries.longest(toks, i)?;
    // (`châu Âu`: a continent's first word is written in lower case;
    // `Quần đảo Solomon`, `Trinidad và Tobago`: inner words may be too.)
    if !toks[i + n - 1].cap || !(toks[i].cap || n > 1) {
        return None;
    }
    let after_head = || {
        (i.saturating_sub(3)..i).any(|j| {
            g.org_heads
                .longest(toks, j)
                .is_some_and(|(m, _)| j + m == i)
        })
    };
    // (`Phía Mỹ`, `Tại Mỹ`: a word capitalized only because it opens the
    // sentence or clause.)
    let opens = i < 2 || !toks[i - 2].text.chars().any(char::is_alphanumeric);
    let in_a_name = n == 1
        && !opens
        && toks[i - 1].cap
        && is_vietnamese_syllable(&toks[i - 1].text)
        && !after_head();
    // (Nor a one-word country opening a word of several syllables written
    // with its next one in lower case: `Ủy ban Pháp luật`, `Anh hùng`.)
    let in_a_word = n == 1
        && toks.get(i + 1).is_some_and(|t| t.word && !t.cap)
        && g.compound_words
            .longest(toks, i)
            .is_some_and(|(m, _)| m > 1);
    (!in_a_name && !in_a_word).then_some((n, country))
}

/// The side a sentence names last before token `end`: a country after
/// `phía` or `đoàn` (`Phía Nga có Phó Thủ tướng A, Ngoại trưởng B`), whose
/// officials the sentence goes on to list. (Any country named before is no
/// guide: `Trong chuyến thăm Trung Quốc, Tổng thống Trump …`.)
pub fn side_before(
    g: &Gazetteer,
    mentions: &[Mention],
    toks: &[Token],
    end: usize,
) -> Option<String> {
    let people: Vec<(usize, usize)> = mentions
        .iter()
        .filter(|m| matches!(m.item, Item::Person { .. }))
        .map(|m| (m.start, m.end))
        .collect();
    (1..end.min(toks.len()))
        .rev()
        .filter(|&j| matches!(toks[j - 1].key.as_str(), "phía" | "đoàn"))
        .filter(|&j| !people.iter().any(|&(s, e)| s <= j && j < e))
        .find_map(|j| country_at(g, toks, j).map(|(_, c)| c.clone()))
}

/// The country of the official listed just before the title at `title`
/// (`Bộ trưởng Tài chính Mỹ Steve Mnuchin và Bộ trưởng Thương mại Wilbur
/// Ross`): a title naming a foreign country, its holder, then `và` or a
/// comma; the country goes on over the list, past officials listed without
/// one (`Thủ tướng Áo A, Phó Thủ tướng B và Bộ trưởng Giao thông C`).
pub fn listed_before(g: &Gazetteer, mentions: &[Mention], title: usize) -> Option<String> {
    let start = title.checked_sub(3)?;
    let [previous, holder, joint] = mentions.get(start..title)? else {
        return None;
    };
    let joins = matches!(&joint.item, Item::Sep(s) if s == "và" || s == ",");
    if !joins || !matches!(holder.item, Item::Person { .. }) {
        return None;
    }
    let Item::Title(t) = &previous.item else {
        return None;
    };
    match t.org.as_ref().and_then(|o| country_in(g, &o.surface)) {
        Some(country) => (country != "Việt Nam").then_some(country),
        None => listed_before(g, mentions, start),
    }
}

/// Places abroad the posts whose bodies came from Vietnamese defaults:
/// `origins[i]` says how the body of `posts[i]` was named and `nearby[i]`
/// which side its sentence names before the post (posts past the end of
/// `origins` are kept as they are).
pub fn place_abroad(
    g: &Gazetteer,
    posts: Vec<Post>,
    origins: &[Origin],
    nearby: &[Option<String>],
    countries: &Countries,
) -> Vec<Post> {
    // The country each person's written posts name, and who holds a post
    // written with a Vietnamese place.
    // `... Chủ tịch nước Nguyễn Phú Trọng, Chủ tịch Đảng Lao động Triều
    // Tiên, ... Kim Jong-un`, `Phó Thủ tướng A, Bộ trưởng Khoa học Lào`: the
    // state or a party of another country, written with it, is no post of a
    // name surely Vietnamese; such a post is dropped and tells no country.
    let not_theirs: Vec<bool> = posts
        .iter()
        .zip(origins)
        .map(|(p, origin)| {
            matches!(origin, Origin::Abroad(c)
                if g.surely_vietnamese(&p.person) && state_or_party_of(g, &p.org.name, c))
        })
        .collect();
    let mut own: HashMap<String, String> = HashMap::new();
    let mut home: HashSet<String> = HashSet::new();
    // The body each person's post of a role is written with abroad
    // (`Đại sứ Liên bang Nga tại Việt Nam A`), which the same title said
    // bare elsewhere (`Đại sứ A trao ...`) means.
    let mut written: Vec<(String, String, crate::Org)> = Vec::new();
    for ((p, origin), &dropped) in posts.iter().zip(origins).zip(&not_theirs) {
        match origin {
            Origin::Home => {
                home.insert(p.person.clone());
            }
            Origin::Abroad(c) if !dropped => {
                own.entry(p.person.clone()).or_insert_with(|| c.clone());
                written.push((p.person.clone(), p.role.clone(), p.org.clone()));
            }
            _ => {}
        }
    }
    // Foreign officials the news names often keep their country where the
    // article writes none with them (`Tổng thống Donald Trump`).
    for p in &posts {
        if !own.contains_key(&p.person) && !home.contains(&p.person) {
            if let Some(country) = g.foreign_people.get(&person_key(&p.person)) {
                own.insert(p.person.clone(), country.clone());
            }
        }
    }
    posts
        .into_iter()
        .enumerate()
        .filter_map(|(i, mut p)| {
            let Some(origin) = origins.get(i) else {
                return Some(p);
            };
            // The person's own country, else the article's, else, in news
            // of several countries, the side the sentence names before the
            // post.
            let side = |p: &Post| {
                own.get(&p.person)
                    .or(countries.dominant.as_ref())
                    .or(nearby.get(i).and_then(Option::as_ref))
                    .cloned()
            };
            match origin {
                // `Bộ trưởng Giáo dục Maszlee Malik` in news of Malaysia: a
                // ministry a foreign name heads is its country's.
                Origin::Written if p.org.name.starts_with("Bộ ") && looks_foreign(&p.person) => {
                    if let Some(country) = side(&p) {
                        of_country(g, &mut p, &country);
                    }
                    return Some(p);
                }
                Origin::Abroad(_) if not_theirs[i] => return None,
                Origin::Home | Origin::Abroad(_) | Origin::Written => return Some(p),
                // `Chủ tịch Tập Cận Bình`, after `Chủ tịch Trung Quốc Tập Cận
                // Bình`, or in news about China for a name read in
                // Sino-Vietnamese: the body the role names there. (Not for
                // any name in such news: `Chủ tịch Jack Ma` heads a company;
                // nor for a role in lower case or apart from the name:
                // `cựu chủ tịch Interpol`.)
                Origin::Unplaced { addressed: false } => return None,
                Origin::Unplaced { addressed: true } => {
                    let of = |w: &&(String, String, crate::Org)| w.0 == p.person && w.1 == p.role;
                    if let Some((_, _, org)) = written.iter().find(of) {
                        p.org = org.clone();
                        return Some(p);
                    }
                    let country =
                        own.get(&p.person)
                            .or(countries.dominant.as_ref().filter(|_| {
                                countries.abroad
                                    && !looks_foreign(&p.person)
                                    && !g.surely_vietnamese(&p.person)
                            }))?;
                    let body = g.country_orgs.get(&p.role)?;
                    p.org = crate::Org::named(format!("{body} {country}"));
                    return Some(p);
                }
                Origin::National | Origin::Local => {}
            }
            // A body of many countries (`Liên Hợp Quốc`) is no country's.
            if g.is_world_body(&p.org.name) {
                return Some(p);
            }
            // A post Viet Nam does not have is foreign whoever holds it.
            let abroad_role = g.abroad_roles.contains(&p.role);
            let known = countries.abroad || own.contains_key(&p.person);
            let foreign = abroad_role
                || (countries.any
                    && match origin {
                        // (A Vietnamese in news of another country keeps
                        // the body unless a post of theirs names that country.)
                        _ if !own.contains_key(&p.person)
                            && (home.contains(&p.person) || g.surely_vietnamese(&p.person)) =>
                        {
                            false
                        }
                        Origin::Local => known || surely_foreign(&p.person),
                        _ => known || looks_foreign(&p.person),
                    });
            if !foreign {
                return Some(p);
            }
            let country = side(&p)?;
            if *origin == Origin::Local {
                return None;
            }
            of_country(g, &mut p, &country);
            Some(p)
        })
        .map(|mut p| {
            of_party(g, &mut p.org);
            p
        })
        .collect()
}

/// Names a foreign party body written with its country by the party that
/// rules there (parties.tsv): `Ban Chấp hành Trung ương Đảng Trung Quốc` →
/// `Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc`, `Bộ Chính trị Lào`
/// → `Bộ Chính trị Đảng Nhân dân Cách mạng Lào`; the name with the country
/// stays an alternative label. A party body is the central committee
/// (`... Đảng`), the Politburo, the Secretariat and the central boards
/// (`Ban Tổ chức Trung ương`, `Quân ủy Trung ương`; not `Ngân hàng Trung
/// ương`, a state's). A body of the party at home is named without it:
/// `Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam` → `Ban Chấp hành Trung
/// ương Đảng`.
fn of_party(g: &Gazetteer, org: &mut crate::Org) {
    let party_body = |body: &str| {
        matches!(
            body,
            "Bộ Chính trị" | "Ban Bí thư" | "Ủy ban Thường vụ Bộ Chính trị"
        ) || (body.ends_with(" Trung ương")
            && ["Ban ", "Ủy ban ", "Quân ủy "]
                .iter()
                .any(|h| body.starts_with(h)))
    };
    let home = g.home_party.as_deref().and_then(|party| {
        let body = org.name.strip_suffix(party)?.strip_suffix(' ')?;
        if body.ends_with("Ban Chấp hành Trung ương") {
            Some(format!("{body} Đảng"))
        } else {
            party_body(body).then(|| body.to_string())
        }
    });
    let name = home.or_else(|| {
        let (body, party) = g.parties.iter().find_map(|(country, party)| {
            let body = org.name.strip_suffix(country.as_str())?.strip_suffix(' ')?;
            Some((body, party))
        })?;
        if let Some(committee) = body.strip_suffix(" Đảng") {
            Some(format!("{committee} {party}"))
        } else {
            party_body(body).then(|| format!("{body} {party}"))
        }
    });
    let Some(name) = name else {
        return;
    };
    let written = std::mem::replace(&mut org.name, name);
    if !org.alt_labels.contains(&written) {
        org.alt_labels.push(written);
    }
}

/// Whether a body is a country's state (a ministry, a national body) or a
/// party, written with the country last (`Bộ Khoa học Lào`, `Đảng Lao động
/// Triều Tiên`; not `Bệnh viện thẩm mỹ JW Hàn Quốc`).
fn state_or_party_of(g: &Gazetteer, org: &str, country: &str) -> bool {
    if !org.ends_with(&format!(" {country}")) {
        return false;
    }
    g.head_of(org).is_some_and(|(h, _)| {
        h.kind == crate::extract::gazetteer::OrgKind::National
            || h.is_party()
            || h.canonical == "Bộ"
    })
}

/// Gives a post's body, named without a country, the country it is of
/// (`Bộ Giáo dục` → `Bộ Giáo dục Malaysia`).
fn of_country(g: &Gazetteer, p: &mut Post, country: &str) {
    // (Not twice: `Bộ Phát triển Viễn Đông Nga` names its country.)
    if format!("{} ", p.org.name).contains(&format!(" {country} ")) {
        return;
    }
    // (`cựu Bộ trưởng Lao động` of the US: `Bộ Lao động Mỹ`, not the full
    // name of the ministry at home.)
    if let Some(short) = g.short_names.get(&p.org.name) {
        p.org.name = short.clone();
    }
    p.org.name = format!("{} {country}", p.org.name);
    p.org.alt_labels.clear();
    p.org.parent = None;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::facts::tests::{post, posts};
    use crate::Status;

    #[test]
    fn bodies_of_europe_and_double_given_names() {
        assert_eq!(
            posts("Bà Jane Doyle gặp Chủ tịch Nghị viện châu Âu Martin Halden và Chủ tịch Ủy ban châu Âu Jean - Pierre Lamont."),
            [
                post("Jean - Pierre Lamont", "Chủ tịch", "Ủy ban châu Âu", Status::Held),
                post("Martin Halden", "Chủ tịch", "Nghị viện châu Âu", Status::Held),
            ]
        );
    }

    #[test]
    fn a_party_between_a_title_and_the_name_is_skipped() {
        // (The name after `Cộng hòa`, `đảng Dân chủ` was read as no one's.)
        let got = posts(
            "Quốc hội Mỹ tranh luận. Tại Washington, Thượng nghị sĩ Cộng hòa Lindsey Graham \
             và Hạ nghị sĩ đảng Dân chủ Adam Schiff nói với báo chí Mỹ rằng Quốc hội Mỹ sẽ họp.",
        );
        assert!(
            got.contains(&post(
                "Lindsey Graham",
                "Thượng nghị sĩ",
                "Thượng viện Mỹ",
                Status::Held
            )),
            "{got:?}"
        );
        assert!(
            got.contains(&post(
                "Adam Schiff",
                "Hạ nghị sĩ",
                "Hạ viện Mỹ",
                Status::Held
            )),
            "{got:?}"
        );
        // A title that owns something (`của`), followed by `là` and another
        // title, is not the holder's: Graham is no president.
        let got = posts(
            "Quốc hội Mỹ tranh luận. Người chỉ trích quyết định của Tổng thống Mỹ là Thượng \
             nghị sĩ Cộng hòa Lindsey Graham, theo báo chí Mỹ.",
        );
        assert_eq!(
            got,
            [post(
                "Lindsey Graham",
                "Thượng nghị sĩ",
                "Thượng viện Mỹ",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_foreign_party_body_is_named_by_its_party() {
        assert_eq!(
            posts("Ủy viên Bộ Chính trị Trung Quốc Vương Hỗ Ninh cho biết."),
            [post(
                "Vương Hỗ Ninh",
                "Ủy viên",
                "Bộ Chính trị Đảng Cộng sản Trung Quốc",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Tổng Bí thư Lào Bounnhang Vorachith tiếp đoàn."),
            [post(
                "Bounnhang Vorachith",
                "Tổng Bí thư",
                "Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào",
                Status::Held
            )]
        );
        // The name with the country stays a label; a state body is not the
        // party's.
        let g = Gazetteer::embedded();
        let mut org = crate::Org::named("Ban Tổ chức Trung ương Trung Quốc");
        of_party(&g, &mut org);
        assert_eq!(org.name, "Ban Tổ chức Trung ương Đảng Cộng sản Trung Quốc");
        assert_eq!(org.alt_labels, ["Ban Tổ chức Trung ương Trung Quốc"]);
        for state in [
            "Bộ Ngoại giao Trung Quốc",
            "Ngân hàng Trung ương Trung Quốc",
        ] {
            let mut org = crate::Org::named(state);
            of_party(&g, &mut org);
            assert_eq!(org.name, state);
        }
    }

    #[test]
    fn parties_are_bodies_named_by_their_words() {
        for (text, person, role, org) in [
            (
                "Chủ tịch Đảng Lao động Triều Tiên Kim Jong-un tiếp đoàn.",
                "Kim Jong-un",
                "Chủ tịch",
                "Đảng Lao động Triều Tiên",
            ),
            (
                "Bí thư thứ nhất Ban Chấp hành Trung ương Đảng Cộng sản Cuba Raul Castro gửi điện.",
                "Raul Castro",
                "Bí thư thứ nhất",
                "Ban Chấp hành Trung ương Đảng Cộng sản Cuba",
            ),
            // The party at home: its central committee as the guide names it.
            (
                "Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam Lê Văn Bình gửi điện.",
                "Lê Văn Bình",
                "Tổng Bí thư",
                "Ban Chấp hành Trung ương Đảng",
            ),
            // A proper name ends at a word of the sentence and before a holder.
            (
                "Chủ tịch đảng Dân chủ Tim Kaine, nói.",
                "Tim Kaine",
                "Chủ tịch",
                "Đảng Dân chủ",
            ),
            (
                "Ông John Smith, Chủ tịch Đảng Cộng hòa kêu gọi bỏ phiếu.",
                "John Smith",
                "Chủ tịch",
                "Đảng Cộng hòa",
            ),
            // A name with `Đảng` and no party after it keeps it.
            (
                "Ông Lê Văn Bình, Vụ trưởng Vụ Cơ sở Đảng, nói.",
                "Lê Văn Bình",
                "Vụ trưởng",
                "Vụ Cơ sở Đảng",
            ),
        ] {
            assert_eq!(
                posts(text),
                [post(person, role, org, Status::Held)],
                "{text}"
            );
        }
    }

    #[test]
    fn a_party_after_an_office_abroad_is_its_holders_party() {
        let got = posts(
            "Thượng nghị sĩ đảng Cộng hòa John Smith, thành viên Ủy ban Quân vụ Thượng viện Mỹ, nói.",
        );
        assert!(got.contains(&post(
            "John Smith",
            "Thượng nghị sĩ",
            "Thượng viện Mỹ",
            Status::Held
        )));
        assert!(!got.iter().any(|p| p.2.contains("Đảng")), "{got:?}");
    }

    #[test]
    fn a_state_body_abroad_is_no_post_of_a_vietnamese_name() {
        let got = posts(
            "Dự lễ có Phó Thủ tướng Lê Văn Bình, Bộ trưởng Khoa học Lào cùng nhiều nhà khoa học.",
        );
        assert!(got.contains(&post(
            "Lê Văn Bình",
            "Phó Thủ tướng",
            "Chính phủ",
            Status::Held
        )));
        assert!(!got.iter().any(|p| p.2.contains("Lào")), "{got:?}");
    }

    #[test]
    fn a_body_of_many_countries_takes_no_country_from_the_news() {
        assert_eq!(
            posts("Tổng thống Mỹ Donald Trump nói chuyện với Tổng thư ký LHQ António Guterres tại Nhà Trắng."),
            [
                post("António Guterres", "Tổng Thư ký", "Liên Hợp Quốc", Status::Held),
                post("Donald Trump", "Tổng thống", "Nhà nước Mỹ", Status::Held),
            ]
        );
    }

    #[test]
    fn hyphenated_transliterations_look_foreign() {
        assert!(looks_foreign("Phết-tha-von Phi-lạ-văn"));
        assert!(!looks_foreign("Lâm Hữu Đức"));
    }

    #[test]
    fn a_country_in_capitals_not_a_province_nor_a_word() {
        let g = Gazetteer::embedded();
        assert_eq!(country_in(&g, "Bộ Quốc phòng Nga").as_deref(), Some("Nga"));
        assert_eq!(country_in(&g, "Bộ Tư pháp"), None);
        assert_eq!(country_in(&g, "Tỉnh ủy Lào Cai"), None);
        assert_eq!(
            country_in(&g, "Hội Nông dân Việt Nam").as_deref(),
            Some("Việt Nam")
        );
    }

    #[test]
    fn a_foreign_name_after_a_body_and_its_country_is_the_holder() {
        assert_eq!(
            posts("Bộ trưởng Quốc phòng Nga Sergei Ivanov khẳng định kế hoạch vẫn giữ nguyên."),
            [post(
                "Sergei Ivanov",
                "Bộ trưởng",
                "Bộ Quốc phòng Nga",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_vietnamese_in_news_of_another_country_keeps_the_home_body() {
        // Every country the article names is France, but the guest's name is
        // surely Vietnamese (`home_names.tsv`).
        let got = posts(
            "Tổng thống Pháp Jean Dupont đã tiếp Thủ tướng Nguyễn Văn Hòa tại Paris. \
             Hai bên nhất trí tăng cường hợp tác giữa Pháp và châu Âu.",
        );
        assert!(
            got.contains(&post(
                "Nguyễn Văn Hòa",
                "Thủ tướng",
                "Chính phủ",
                Status::Held
            )),
            "{got:?}"
        );
        let g = Gazetteer::embedded();
        assert!(g.surely_vietnamese("Trần Văn Nam"));
        // Names Chinese readings share, and short names, are not sure.
        for name in [
            "Phạm Trường Long",
            "Tập Cận Bình",
            "Lê Na",
            "Nguyễn Jean Paul",
        ] {
            assert!(!g.surely_vietnamese(name), "{name}");
        }
    }

    #[test]
    fn a_foreign_official_named_again_without_country_keeps_it() {
        let text = "Thủ tướng Nhật Bản Kenji Tanaka phát biểu tại hội nghị. \
                    Chiều cùng ngày, Thủ tướng Kenji Tanaka gặp các doanh nghiệp.";
        assert_eq!(
            posts(text),
            [post(
                "Kenji Tanaka",
                "Thủ tướng",
                "Chính phủ Nhật Bản",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_foreign_name_with_no_country_to_tell_gets_no_vietnamese_default() {
        // Two countries, neither named most: the post has no body to give.
        let text = "Tổng thống Donald Smith nói về Iran. Đoàn của Pháp và Đức cũng có mặt.";
        assert_eq!(posts(text), []);
        // The same with a country the article is clearly about.
        let text = "Tổng thống Donald Smith nói về Iran. Người dân Mỹ và báo chí Mỹ đồng tình.";
        assert_eq!(
            posts(text),
            [post(
                "Donald Smith",
                "Tổng thống",
                "Nhà nước Mỹ",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_foreign_official_the_news_names_often_keeps_their_country() {
        // No country near the name, and another country named most: the
        // table of foreign officials (foreign_people.tsv) tells it.
        let text = "Tổng thống Donald Trump nói về Triều Tiên. \
                    Báo chí Triều Tiên và người dân Triều Tiên phản ứng.";
        assert_eq!(
            posts(text),
            [post(
                "Donald Trump",
                "Tổng thống",
                "Nhà nước Mỹ",
                Status::Held
            )]
        );
        // Whatever the spacing of the hyphen.
        let text = "Tổng thống Moon Jae - in nói về Iran. Đoàn của Pháp và Đức cũng có mặt.";
        assert_eq!(
            posts(text),
            [post(
                "Moon Jae - in",
                "Tổng thống",
                "Nhà nước Hàn Quốc",
                Status::Held
            )]
        );
        // A monarch and the officials of a country named in passing
        // (`của Jordan,`), in news of another.
        let text = "Israel phản đối. Theo hiến pháp của Jordan, Quốc vương Abdullah II là người \
                    duy nhất có quyền hủy bỏ hiệp ước này với Israel.";
        assert_eq!(
            posts(text),
            [post(
                "Abdullah II",
                "Quốc vương",
                "Nhà nước Jordan",
                Status::Held
            )]
        );
    }

    #[test]
    fn officials_in_news_about_another_country_hold_its_posts() {
        let text = "Quốc hội Trung Quốc ngày 19/3 phê chuẩn ông Lâm Hữu Đức làm Phó Thủ tướng. \
                    Đây là lần đầu Trung Quốc có ba phó thủ tướng mới trong một kỳ họp.";
        assert_eq!(
            posts(text),
            [post(
                "Lâm Hữu Đức",
                "Phó Thủ tướng",
                "Chính phủ Trung Quốc",
                Status::Starts
            )]
        );
    }

    #[test]
    fn vietnamese_officials_stay_home_when_the_article_names_laos() {
        let text = "Ông Hầu Văn Lềnh, Ủy viên Trung ương Đảng, làm việc tại tỉnh Lào Cai. \
                    Đoàn đã thăm Lào và Campuchia.";
        assert_eq!(
            posts(text),
            [post(
                "Hầu Văn Lềnh",
                "Ủy viên",
                "Ban Chấp hành Trung ương Đảng",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_korean_given_name_with_a_spaced_hyphen_is_one_name() {
        assert_eq!(
            posts("Tổng thống Hàn Quốc Moon Jae - in cho rằng cuộc gặp là cần thiết."),
            [post(
                "Moon Jae - in",
                "Tổng thống",
                "Nhà nước Hàn Quốc",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_chamber_of_a_foreign_parliament_is_a_body() {
        assert_eq!(
            posts("Chủ tịch Hạ viện Mỹ Nancy Smith phát biểu. Ông John Carter, Chủ tịch Ủy ban Đối ngoại Thượng viện Mỹ, đồng tình."),
            [
                post("John Carter", "Chủ tịch", "Ủy ban Đối ngoại Thượng viện Mỹ", Status::Held),
                post("Nancy Smith", "Chủ tịch", "Hạ viện Mỹ", Status::Held),
            ]
        );
    }

    #[test]
    fn an_honorific_after_a_spaced_hyphen_is_no_korean_name() {
        assert_eq!(
            posts("Tổng thống Mỹ John Carter - bà Mary Lee cho biết."),
            [post(
                "John Carter",
                "Tổng thống",
                "Nhà nước Mỹ",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_vietnamese_place_before_a_spaced_hyphen_is_no_korean_name() {
        assert_eq!(
            posts("Chánh án Tòa án nhân dân tỉnh Khánh Hòa Vạn Ninh - cho biết sẽ xử."),
            []
        );
    }

    #[test]
    fn a_post_viet_nam_does_not_have_never_takes_a_vietnamese_body() {
        // `Tổng thống` with no country to tell, in an article on Viet Nam.
        assert_eq!(
            posts("Ông Trần Văn Minh, Tổng thống, tiếp đoàn doanh nghiệp tại Hà Nội."),
            []
        );
        assert_eq!(
            posts("Ông Trần Văn Minh, Chủ tịch nước, tiếp đoàn doanh nghiệp tại Hà Nội."),
            [post(
                "Trần Văn Minh",
                "Chủ tịch nước",
                "Nhà nước",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_province_viet_nam_does_not_have_is_abroad() {
        let text = "Ông Vương Quốc Sinh, Bí thư tỉnh Thanh Hải, phát biểu bên lề kỳ họp \
                    Quốc hội Trung Quốc. Trung Quốc đã công bố kế hoạch mới.";
        let got = posts(text);
        assert!(got.iter().all(|p| p.2 != "Tỉnh ủy Thanh Hải"), "{got:?}");
    }

    #[test]
    fn a_one_word_country_before_a_lower_case_syllable_is_part_of_a_word() {
        let got = posts(
            "Bà Phạm Minh Thu, Trưởng phòng Xây dựng Pháp luật Sở Tư pháp tỉnh Nam Định phát biểu.",
        );
        assert!(!got.is_empty());
        assert!(got.iter().all(|p| !p.2.ends_with("Pháp")), "{got:?}");
        assert_eq!(
            posts("Bộ trưởng Ngoại giao Lào Sa Vẳn Phôm đã tới Hà Nội."),
            [post(
                "Sa Vẳn Phôm",
                "Bộ trưởng",
                "Bộ Ngoại giao Lào",
                Status::Held
            )]
        );
    }

    #[test]
    fn an_initial_inside_a_foreign_name() {
        let got = posts("Cựu Tổng thống Mỹ George W. Bush phát biểu tại lễ tang.");
        assert_eq!(
            got,
            [post(
                "George W. Bush",
                "Tổng thống",
                "Nhà nước Mỹ",
                Status::Former
            )]
        );
    }

    #[test]
    fn a_chairman_before_a_country_heads_its_state() {
        assert_eq!(
            posts("Chủ tịch Trung Quốc Lâm Hữu Đức hội đàm với Tổng thống Mỹ Donald Smith."),
            [
                post("Donald Smith", "Tổng thống", "Nhà nước Mỹ", Status::Held),
                chinese_chairman(),
            ]
        );
    }

    /// The head of state of the chairman tests.
    fn chinese_chairman() -> (String, String, String, Status) {
        post(
            "Lâm Hữu Đức",
            "Chủ tịch",
            "Nhà nước Trung Quốc",
            Status::Held,
        )
    }

    #[test]
    fn a_chairman_addressed_by_name_in_news_about_china_heads_its_state() {
        let text = "Quốc hội Trung Quốc khai mạc kỳ họp. \
                    Chủ tịch Lâm Hữu Đức phát biểu về kinh tế Trung Quốc.";
        assert_eq!(posts(text), [chinese_chairman()]);
        // In lower case, apart from the name, the chair is of a body the
        // text does not make out: no fact.
        let text = "Quốc hội Trung Quốc khai mạc kỳ họp. \
                    Ông Lâm Hữu Đức, chủ tịch Zorvex, phát biểu về kinh tế Trung Quốc.";
        assert_eq!(posts(text), []);
    }

    #[test]
    fn a_later_bare_chairman_does_not_borrow_a_head_of_state() {
        let text = "Chủ tịch Trung Quốc Lâm Hữu Đức thăm Pháp. \
                    Ông Mạnh Hoàng Vĩ được bầu làm chủ tịch Zorvex năm 2016.";
        assert_eq!(posts(text), [chinese_chairman()]);
    }

    #[test]
    fn officials_listed_after_a_side_are_of_that_country() {
        // Two countries named alike: no country of the article to give;
        // the side the sentence opens with is the officials' own.
        let text = "Phía Nga có Phó Thủ tướng Yury Petrov và Ngoại trưởng Ivan Sokolov. \
                    Phía Triều Tiên có Ngoại trưởng Ri Yong - ho. \
                    Nga và Triều Tiên ký thỏa thuận.";
        assert_eq!(
            posts(text),
            [
                post(
                    "Ivan Sokolov",
                    "Bộ trưởng",
                    "Bộ Ngoại giao Nga",
                    Status::Held
                ),
                post(
                    "Ri Yong - ho",
                    "Bộ trưởng",
                    "Bộ Ngoại giao Triều Tiên",
                    Status::Held
                ),
                post(
                    "Yury Petrov",
                    "Phó Thủ tướng",
                    "Chính phủ Nga",
                    Status::Held
                ),
            ]
        );
    }

    #[test]
    fn an_official_listed_after_one_of_a_country_is_of_that_country() {
        // (Two countries named alike: none is the article's.)
        let text = "Bộ trưởng Tài chính Mỹ John Miller và Bộ trưởng Thương mại Peter Brown \
                    cho biết Mỹ và Trung Quốc sẽ đàm phán. Trung Quốc chưa trả lời.";
        assert_eq!(
            posts(text),
            [
                post("John Miller", "Bộ trưởng", "Bộ Tài chính Mỹ", Status::Held),
                post("Peter Brown", "Bộ trưởng", "Bộ Thương mại Mỹ", Status::Held),
            ]
        );
    }

    #[test]
    fn the_country_goes_on_past_an_official_listed_without_one() {
        // (`Thủ tướng Áo A, Phó Thủ tướng B và Bộ trưởng Giao thông C`, in
        // news of two countries named alike.)
        let text = "Tổng thống Nga Ivan Petrov dự lễ cưới ở Áo. Nội các Áo đến dự, có Thủ \
                    tướng Áo John Miller, Phó Thủ tướng Peter Brown và Bộ trưởng Giao thông \
                    Hans Weber. Nga chưa bình luận.";
        assert!(
            posts(text).contains(&post(
                "Hans Weber",
                "Bộ trưởng",
                "Bộ Giao thông Áo",
                Status::Held
            )),
            "{:?}",
            posts(text)
        );
    }

    #[test]
    fn a_country_word_ending_a_vietnamese_name_is_no_country() {
        let g = Gazetteer::embedded();
        assert_eq!(country_in(&g, "Công ty Cổ phần Cơ khí Đông Anh"), None);
        assert_eq!(country_in(&g, "Bệnh viện Việt Đức"), None);
        assert_eq!(country_in(&g, "Quốc Hội Mỹ").as_deref(), Some("Mỹ"));
        // A word capitalized because it opens the sentence.
        let toks = tokenize("Phía Mỹ đồng ý.");
        assert_eq!(
            country_at(&g, &toks, 1).map(|(n, c)| (n, c.as_str())),
            Some((1, "Mỹ"))
        );
    }
}
