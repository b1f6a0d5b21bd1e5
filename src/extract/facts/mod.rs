/*!
From mentions to facts: who holds which post, with which status, and ranks.

Titles are linked to people sentence by sentence in
[`links`](crate::extract::links) (the three linking rules of the annotation
guide §1.1); this module resolves the names (short names, pronouns, the
subject of a biography), sets statuses from the article (careers, spans of
years) and completes the bodies.

Organizations are then completed from context (guide §1.3): a locality
stated once for a list of titles applies to each; a title without a body
shares the body of the next title of the same kind (`Phó Giám đốc, Giám đốc
Sở Tài chính`); what is still missing comes from the places the sentence,
then the article so far, then the whole article name.

This file links and settles posts; beside it, `context` keeps the places
an article is about, `titles` says which body each title names, `orgs`
completes bodies and `names` resolves short names and pronouns.
*/

mod context;
mod leaders;
mod names;
mod orgs;
mod titles;
use orgs::{names_body, unread_name};

use std::collections::HashMap;

use crate::extract::abroad::{
    country_in, listed_before, place_abroad, side_before, Countries, Origin,
};
use crate::extract::gazetteer::{
    listed, person_key, CueScope, EventCueKind, Gazetteer, LeaderTerm, Level, OrgKind, ACTING,
};
use crate::extract::links::{
    before_titles, is_bare, is_board, is_seat, link_posts, link_ranks, listed_peer_body,
    named_body, party_post, run_by, said_of_many, same_office, title_runs, voting_board,
    without_board, Link, BOARDS, PLAIN_PREDICATES,
};
use crate::extract::mentions::{
    bracketed_acronym, roman_value, sep_is, Item, Locality, Mention, MentionFinder, OrgPhrase,
    Segment, Title,
};
use crate::extract::normalize::key;
use crate::extract::sentence::Sentence;
use crate::extract::tokens::{is_life_record, joined_years, tokenize, trailing_year, Token};
use crate::{Org, Post, Rank, Status};

pub use context::Context;
use context::Place;
use names::pronoun_fits;
pub(crate) use names::{full_names, longest_form, resolve_pronoun, resolve_short_in};

/// The names of every place the article writes with a unit word or after a
/// committee (`huyện Thạch Hà`, `Huyện ủy Ý Yên`), as keys.
fn place_names(sentences: &[Sentence]) -> std::collections::HashSet<String> {
    let mut out = std::collections::HashSet::new();
    for s in sentences {
        // `tại Hà Đông (Hà Nội)`: a name after `tại` or `ở` with its province
        // in brackets is a place.
        for w in s.mentions.windows(4) {
            if let [m, open, Mention {
                item: Item::Place(_),
                ..
            }, close] = w
            {
                let at = m.start > 0 && matches!(s.tokens[m.start - 1].key.as_str(), "tại" | "ở");
                if let Item::Person { name, short: false } = &m.item {
                    if at && sep_is(open, &["("]) && sep_is(close, &[")"]) {
                        out.insert(key(name));
                    }
                }
            }
        }
        for m in &s.mentions {
            let loc = match &m.item {
                Item::Place(l) => Some(&**l),
                Item::Org(o) => o.locality.as_ref(),
                Item::Title(t) => t.org.as_ref().and_then(|o| o.locality.as_ref()),
                _ => None,
            };
            if let Some(name) = loc.and_then(|l| l.name.as_ref()) {
                out.insert(key(name));
            }
        }
    }
    out
}

/// Which mentions stand in a person's home town: from `quê` to the next
/// comma, semicolon or full stop outside parentheses.
fn hometown_mask(mentions: &[Mention]) -> Vec<bool> {
    let mut out = Vec::with_capacity(mentions.len());
    let mut hometown = false;
    let mut depth = 0usize;
    for (i, m) in mentions.iter().enumerate() {
        // An address goes on across commas: `xã X, huyện Y, TP Z`.
        let address_goes_on = mentions
            .get(i + 1)
            .is_some_and(|n| matches!(n.item, Item::Place(_)));
        match &m.item {
            Item::Word(w) if is_life_record(w) => hometown = true,
            Item::Sep(s) if s == "(" => depth += 1,
            Item::Sep(s) if s == ")" => depth = depth.saturating_sub(1),
            Item::Sep(s) if s == "," && depth == 0 && address_goes_on => {}
            Item::Sep(s) if depth == 0 && matches!(s.as_str(), "," | ";" | ".") => hometown = false,
            _ => {}
        }
        out.push(hometown);
    }
    out
}

/// In a home town (`quê thị trấn Đồng Đăng (Cao Lộc, Lạng Sơn)`) names are
/// places, not people. Returns the mentions and the home-town mask (which
/// stays the same: it looks at words, separators and places only).
fn without_hometown_people(mut mentions: Vec<Mention>) -> (Vec<Mention>, Vec<bool>) {
    let hometown = hometown_mask(&mentions);
    for (m, &home) in mentions.iter_mut().zip(&hometown) {
        if home && matches!(m.item, Item::Person { .. }) {
            m.item = Item::Word(Default::default());
        }
    }
    (mentions, hometown)
}

/// Every locality a sentence names, in order, except a person's home town
/// (`quê xã Hồ Thầu (Hoàng Su Phì, Hà Giang)`), which says nothing of the
/// bodies in the sentence.
fn localities(s: &Sentence) -> impl Iterator<Item = &Locality> {
    s.mentions
        .iter()
        .zip(&s.hometown)
        .filter(|(_, &home)| !home)
        .filter_map(|(m, _)| match &m.item {
            Item::Place(l) => Some(&**l),
            Item::Org(o) => o.locality.as_ref(),
            Item::Title(t) => t.org.as_ref().and_then(|o| o.locality.as_ref()),
            _ => None,
        })
}

/// Posts taken years before the article (`Năm 2014, ông X được bổ nhiệm
/// làm Thứ trưởng` in news of 2018): the latest step of each person's career
/// is held, unless the article reports them taking a post now or it was
/// taken ten years or more before; the earlier steps are former.
fn settle_career_steps(posts: &mut [Post], steps: &[(usize, i32)], latest: Option<i32>) {
    let is_step = |i: usize| steps.iter().any(|&(j, _)| j == i);
    for &(i, year) in steps {
        // (A post taken ten years or more before is history: `Tháng
        // 7/1986, ông Trường Chinh ... được bầu giữ chức Tổng Bí thư`.)
        let old = latest.is_some_and(|l| year + 10 <= l);
        let who = &posts[i].person;
        let later = steps
            .iter()
            .any(|&(j, y)| y > year && posts[j].person == *who);
        let news = (0..posts.len())
            .any(|j| !is_step(j) && posts[j].person == *who && posts[j].status == Status::Starts);
        posts[i].status = if later || news || old {
            Status::Former
        } else {
            Status::Held
        };
    }
}

impl FactBuilder<'_> {
    /// Whether a link joins a person to a title written with a word that
    /// names its holder only beside the name (`nhà lãnh đạo`, roles.tsv
    /// `beside`), away from the name: `ông Obama và nhà lãnh đạo Nga`
    /// means a leader named before, not Obama.
    fn points_back(&self, ms: &[Mention], toks: &[Token], l: &Link) -> bool {
        let (p, t) = (l.person, l.title);
        let beside = self
            .g
            .roles
            .longest(toks, ms[t].start)
            .is_some_and(|(_, r)| r.beside == "yes");
        let next_to = p == t + 1 || p + 2 == t && ms.get(p + 1).is_some_and(|m| sep_is(m, &[","]));
        beside && !next_to
    }

    /// The latest year an article tells of as past: not in a plan or a
    /// target (`Đến năm 2030, con số này có thể ...`), nor later than the
    /// latest written with its month (`tháng 3/2019`) when there is one
    /// (`... dừng hoạt động xe máy vào năm 2030`).
    fn told_year(&self, sentences: &[Sentence]) -> Option<i32> {
        let mut years: Vec<(i32, bool)> = Vec::new();
        for s in sentences {
            let written: Vec<(i32, bool)> = (0..s.tokens.len())
                .filter(|&i| !(i.saturating_sub(3)..i).any(|x| s.tokens[x].key == "đến"))
                .filter_map(|i| {
                    let dated = s.tokens[i].text.contains(['/', '-', '.']);
                    year_at(&s.tokens, i).map(|y| (y, dated))
                })
                .collect();
            if !written.is_empty() && !self.plans(s) {
                years.extend(written);
            }
        }
        let dated_max = years.iter().filter(|&&(_, d)| d).map(|&(y, _)| y).max();
        (years.iter().map(|&(y, _)| y))
            .filter(|&y| dated_max.is_none_or(|d| y <= d))
            .max()
    }

    /// Posts written with the numbered terms of a national body
    /// (`terms.tsv`): one whose next term had begun by the article's year is
    /// former (`đại biểu Quốc hội khóa XII, XIII` beside `Ủy viên Trung ương
    /// Đảng khóa XII`). The article's year is at least the latest year it
    /// tells of (`told`) and the first year of any term it writes.
    fn settle_terms(&self, posts: &mut [Post], termed: &[(usize, u32)], told: Option<i32>) {
        let start = |p: &Post, term: u32| {
            let terms = self.g.terms.get(&p.org.name)?;
            terms.iter().find(|&&(t, _)| t == term).map(|&(_, y)| y)
        };
        let terms_year = termed
            .iter()
            .filter_map(|&(i, term)| start(&posts[i], term))
            .max();
        if terms_year.is_none() && told.is_none() {
            return;
        }
        // (The latest term each post is written with: `đại biểu Quốc hội
        // khóa 11 ..., đại biểu Quốc hội khóa 14` holds the seat.)
        let latest = |i: usize| {
            let p = &posts[i];
            termed
                .iter()
                .filter(|&&(j, _)| {
                    let q = &posts[j];
                    q.person == p.person && q.role == p.role && q.org.name == p.org.name
                })
                .map(|&(_, term)| term)
                .max()
        };
        let ended: Vec<usize> = termed
            .iter()
            .map(|&(i, _)| i)
            .filter(|&i| {
                posts[i].status == Status::Held
                    && latest(i)
                        .and_then(|term| start(&posts[i], term + 1))
                        // (A year a term begins in is the last of the one
                        // before: `khóa 13` is held in an article of 2016;
                        // but not beside a term that began that year, where
                        // the next one would have been written with it:
                        // `Ủy viên Trung ương Đảng khóa XII; đại biểu Quốc
                        // hội khóa XI, XIII`, both begun in 2016.)
                        .is_some_and(|next| {
                            told.is_some_and(|y| next < y) || terms_year.is_some_and(|y| next <= y)
                        })
            })
            .collect();
        for i in ended {
            posts[i].status = Status::Former;
        }
    }

    /// Whether a sentence tells of a plan (`sẽ`, `dự kiến`: the `plan` cues
    /// of `data/event_cues.tsv`).
    fn plans(&self, s: &Sentence) -> bool {
        (0..s.tokens.len()).any(|i| {
            (self.g.event_cues)
                .longest_where(&s.tokens, i, |c| c.cue == EventCueKind::Plan)
                .is_some()
        })
    }
}

/// The year a sentence's first clause is dated by (`Năm 2001, ...`, `Trong
/// vụ khủng bố ngày 11/9/2001, ...`) and where it is written; not the
/// first year of a span (`2018-2020`, `30/4/1975 - 30/4/2019`).
fn opening_year(toks: &[Token]) -> Option<(usize, i32)> {
    // (The sentence opens with a time: `Năm`, `Tháng`, `Ngày`, `Từ`, `Sau
    // khi`, ...; not `Vai trò ... năm 2003, trong khi Tổng thống ...`.)
    const TIME: [&str; 13] = [
        "năm", "tháng", "ngày", "từ", "đến", "sau", "trước", "trong", "vào", "hồi", "đầu", "cuối",
        "giữa",
    ];
    if !toks.first().is_some_and(|t| TIME.contains(&t.key.as_str())) {
        return None;
    }
    let clause = toks
        .iter()
        .position(|t| t.text == ",")
        .unwrap_or(toks.len());
    let (i, year) = (0..clause).find_map(|i| year_at(toks, i).map(|y| (i, y)))?;
    let parts: Vec<&str> = toks[i].text.split(['-', '–']).collect();
    let span = parts.len() == 2 && parts.iter().all(|p| p.len() == 4)
        || toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.text.as_str(), "-" | "–"));
    (!span).then_some((i, year))
}

/// The last year of a span of years that opens a sentence (`Giai đoạn
/// 1998-1999, ông ...`, `Từ 2010 - 2015, ...`, `Trong thời kỳ 1998 - 2002,
/// ...`) and where its first clause ends: the posts told in it were held
/// over that span.
fn opening_span(toks: &[Token]) -> Option<(usize, i32)> {
    let starts = |k: &str| matches!(k, "giai" | "thời" | "từ" | "trong");
    if !toks.first().is_some_and(|t| starts(&t.key)) {
        return None;
    }
    let clause = toks.iter().position(|t| t.text == ",")?;
    let head = &toks[..clause];
    let recent = |y: i32| (1945..=2100).contains(&y).then_some(y);
    let year = |w: &str| {
        (w.len() == 4)
            .then(|| w.parse::<i32>().ok())
            .flatten()
            .and_then(recent)
    };
    let span = head.iter().enumerate().find_map(|(i, t)| {
        // (`1998-1999` written as one word, or `1998 - 1999`.)
        let (from, to) = match joined_years(t) {
            Some((a, b)) => (recent(a)?, recent(b)?),
            None => {
                let dash = head
                    .get(i + 1)
                    .filter(|d| matches!(d.text.as_str(), "-" | "–"));
                (
                    year(&t.text)?,
                    year(&head.get(i + 2).filter(|_| dash.is_some())?.text)?,
                )
            }
        };
        (from < to).then_some(to)
    })?;
    Some((clause, span))
}

/// The year written at token `i` (`năm 2014`, `3/2014`, `12/3/2014`), but
/// for one that looks ahead or names a birth or a term (`đến năm 2020`,
/// `sinh năm 1962`, `nhiệm kỳ 2015 - 2020`); a clause's opening `Đến tháng
/// 3/2014` tells of the past.
fn year_at(toks: &[Token], i: usize) -> Option<i32> {
    let t = &toks[i];
    let dated = t.text.contains(['/', '-', '.']);
    let year = trailing_year(t)?;
    let after_nam = i > 0 && toks[i - 1].key == "năm";
    if !(1945..=2100).contains(&year) || !(dated || after_nam) {
        return None;
    }
    let opens = |x: usize| x == 0 || !toks[x - 1].word;
    let excluded = (i.saturating_sub(3)..i).any(|x| match toks[x].key.as_str() {
        "sinh" | "kỳ" | "khóa" | "tới" | "hạn" => true,
        "đến" => !opens(x),
        _ => false,
    });
    (!excluded).then_some(year)
}

/// The year a post taken is dated by in the words after its title, up to
/// the clause's end (`được bầu làm Chủ tịch vào tháng 4/2016`, `làm Bí thư
/// từ tháng 3/2014`); not a day the taking is effective from (`từ ngày
/// 1/8/2019`), which dates news.
fn taken_after(toks: &[Token], from: usize) -> Option<i32> {
    let end = toks.len().min(from + 8);
    let end = (from..end).find(|&j| !toks[j].word).unwrap_or(end);
    (from..end).find_map(|j| {
        let year = year_at(toks, j)?;
        let before = &toks[from.max(j.saturating_sub(4))..j];
        let effective = before.iter().any(|t| t.key == "từ")
            && (toks[j].text.matches(['/', '-', '.']).count() > 1
                || before.iter().any(|t| t.key == "ngày"));
        (!effective).then_some(year)
    })
}

/// The numbered terms written at token `at`, after a title: `khóa X, XI,
/// XII`, `khóa 8, 9, 10 và 11`.
fn terms_after(toks: &[Token], at: usize) -> Vec<u32> {
    let mut out = Vec::new();
    if toks.get(at).is_none_or(|t| t.key != "khóa") {
        return out;
    }
    let number = |j: usize| toks.get(j).and_then(|t| term_number(&t.text));
    let mut j = at + 1;
    while let Some(n) = number(j) {
        out.push(n);
        let joined = toks
            .get(j + 1)
            .is_some_and(|t| matches!(t.key.as_str(), "," | "và"));
        if !(joined && number(j + 2).is_some()) {
            break;
        }
        j += 2;
    }
    out
}

/// A term's number, in digits or Roman numerals (`13`, `XIII`).
fn term_number(s: &str) -> Option<u32> {
    match s.parse::<u32>() {
        Ok(n) => (1..100).contains(&n).then_some(n),
        Err(_) => roman_value(s),
    }
}

/// Where a post of a sentence was written and what kind of body it names,
/// for [`leave_for_the_centre`].
struct PostScope {
    /// Index of the post in the article's list.
    post: usize,
    /// Token where its title stands.
    at: usize,
    /// The body is a locality's (`Tỉnh ủy Yên Bái`, a bare `Bí thư tỉnh ủy`
    /// placed by the article).
    local: bool,
    /// The body is a national one (`Ban Tổ chức Trung ương`, `Bộ Tài chính`).
    national: bool,
}

/// `ông X, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh giữ chức Phó Trưởng ban Tổ
/// chức Trung ương`: an official of a locality who takes an office of a
/// national body leaves the locality's offices named before it (guide 1.4,
/// transferred away); seats (`Ủy viên Trung ương Đảng`) are kept.
fn leave_for_the_centre(posts: &mut [Post], scopes: &[PostScope]) {
    // (`thôi giữ chức Bí thư Tỉnh ủy ... để giữ chức ...`: the text says
    // which posts are left; the others stay.)
    let told = |who: &str| {
        scopes
            .iter()
            .any(|s| posts[s.post].status == Status::Ends && posts[s.post].person == who)
    };
    let taken: Vec<(String, usize)> = scopes
        .iter()
        .filter(|s| s.national)
        .map(|s| (&posts[s.post], s.at))
        .filter(|(p, _)| p.status == Status::Starts && !is_seat(&p.role) && !told(&p.person))
        .map(|(p, at)| (p.person.clone(), at))
        .collect();
    for s in scopes.iter().filter(|s| s.local) {
        let p = &mut posts[s.post];
        if p.status == Status::Held
            && !is_seat(&p.role)
            && taken.iter().any(|(who, at)| *who == p.person && s.at < *at)
        {
            p.status = Status::Ends;
        }
    }
}

/// `ông X, Phó Giám đốc Sở Y, giữ chức Giám đốc Sở Y`, `bổ nhiệm đại tá X
/// (Trưởng phòng Cảnh sát hình sự Công an tỉnh Z) giữ chức Phó Giám đốc
/// Công an tỉnh Z`, `X - Giám đốc Công an tỉnh A giữ chức Giám đốc Công an
/// tỉnh B`: one who takes a post leaves the post named before it that the
/// new one replaces (guide 1.4): the lesser post of the same body
/// (`data/promotions.tsv`), a post in a unit of the body taken, or the same
/// post in a body of the same kind. Other posts are kept (`Phó Bí thư Tỉnh
/// ủy, Chủ tịch UBND tỉnh giữ chức Bí thư Tỉnh ủy`: the Chủ tịch stays), as
/// are seats (`Ủy viên`, `Đại biểu`), and the posts of one elected (`được
/// bầu giữ chức Bí thư Tỉnh ủy`, `phê chuẩn`: the annotated news keeps the
/// Phó Bí thư held; `data/vote_words.txt`).
fn leave_the_replaced_post(g: &Gazetteer, s: &Sentence, posts: &mut [Post], scopes: &[PostScope]) {
    let taken: Vec<(usize, usize)> = scopes
        .iter()
        .filter(|sc| posts[sc.post].status == Status::Starts && !is_seat(&posts[sc.post].role))
        .map(|sc| (sc.post, sc.at))
        .collect();
    if taken.is_empty() {
        return;
    }
    let elected = (0..s.tokens.len()).any(|i| g.vote_words.longest(&s.tokens, i).is_some());
    // (Nor one proposed for a post: `đề cử bà A, đại sứ tại Canada, làm đại
    // sứ tại Liên Hợp Quốc`.)
    let proposed = s.mentions.iter().any(|m| {
        matches!(&m.item, Item::Cue(c)
            if matches!(c.scope, CueScope::Nomination | CueScope::Proposal))
    });
    if elected || proposed {
        return;
    }
    let head = |name: &str| g.head_of(name).map(|(h, _)| h);
    // (`Công an tỉnh A`, `Công an tỉnh B`; `Sở Nội vụ`, `Sở Tài chính`:
    // bodies of one kind, the head their names open with; not companies,
    // whose boards one may chair together.)
    let kind = |name: &str| {
        head(name)
            .filter(|h| !h.is_enterprise())
            .map(|h| h.canonical.as_str())
    };
    // (A unit of a body, `Phòng`, `Cục`, `Vụ`: `org_heads.tsv` `within`; not
    // a board, `Hội đồng quản trị`, `Ban Thường vụ`, whose seats go with
    // the body's offices.)
    let unit = |name: &str| head(name).is_some_and(|h| !h.within.is_empty());
    // (`Trưởng ban Nội chính Tỉnh ủy X giữ chức Phó Bí thư Tỉnh ủy`: a
    // board's head may sit in the committee's leadership too.)
    let committee = |name: &str| head(name).is_some_and(|h| h.kind == OrgKind::Committee);
    for scope in scopes {
        let old = &posts[scope.post];
        if old.status != Status::Held || is_seat(&old.role) || old.org.name.is_empty() {
            continue;
        }
        let replaced = taken.iter().any(|&(new, at)| {
            let new = &posts[new];
            let promoted = || {
                g.promotions
                    .get(&key(&old.role))
                    .is_some_and(|higher| higher.contains(&key(&new.role)))
            };
            new.person == old.person
                && scope.at < at
                && !new.org.name.is_empty()
                && (new.org.name == old.org.name && promoted()
                    || old.org.name.ends_with(&format!(" {}", new.org.name))
                        && unit(&old.org.name)
                        && !committee(&new.org.name)
                    || new.role == old.role
                        && new.org.name != old.org.name
                        && kind(&new.org.name).is_some_and(|k| kind(&old.org.name) == Some(k)))
        });
        if replaced {
            posts[scope.post].status = Status::Ends;
        }
    }
}

/// Whether a sentence opens with a word of an earlier time and a comma
/// (`Trước đó,`; `data/earlier_openers.txt`).
fn earlier_opener(g: &Gazetteer, toks: &[Token]) -> bool {
    g.earlier_openers
        .longest(toks, 0)
        .is_some_and(|(n, _)| toks.get(n).is_some_and(|t| t.text == ","))
}

/// Whether a link gives its title as what the person is or does, through
/// a plain `là`, `làm` or `giữ chức` (`bà là hiệu trưởng`, `ông làm Phó Bí
/// thư`, `Chủ tịch Hội X là anh A`, `3 năm làm Phó Bí thư`), not as an
/// apposition, a form of address or a post given (`được bổ nhiệm làm`).
fn predicate(ms: &[Mention], toks: &[Token], l: &Link) -> bool {
    let (title, person) = (&ms[l.title], &ms[l.person]);
    if person.start < title.start {
        let plain = |m: &Mention| matches!(&m.item, Item::Cue(c) if PLAIN_PREDICATES.contains(&c.surface.as_str()));
        // (No word giving or moving a post before it: `Trước đó, Bộ Chính
        // trị điều động ông A làm Bí thư`, `bầu ông A làm Chủ tịch`.)
        let cues = ms[..l.title]
            .iter()
            .filter(|m| matches!(&m.item, Item::Cue(c) if c.status != Status::Held) && !plain(m))
            .count();
        // (Nor a passive, `ông A đã được Bộ Chính trị phân công làm T`.)
        let passive = toks[person.end..title.start]
            .iter()
            .any(|t| t.key == "được");
        let right_before = l.title > 0 && plain(&ms[l.title - 1])
            || title.start > 0 && matches!(toks[title.start - 1].key.as_str(), "là" | "làm");
        cues == 0 && !passive && right_before
    } else {
        toks.get(title.end).is_some_and(|t| t.key == "là") && title.end < person.start
    }
}

/// Builds posts and ranks of one article.
pub struct FactBuilder<'g> {
    g: &'g Gazetteer,
    finder: MentionFinder<'g>,
}

impl<'g> FactBuilder<'g> {
    pub fn new(g: &'g Gazetteer) -> Self {
        FactBuilder {
            g,
            finder: MentionFinder::new(g),
        }
    }

    pub fn sentence(&self, text: &str) -> Sentence {
        self.sentence_of(text.to_string())
    }

    /// [`FactBuilder::sentence`], keeping the text it is given.
    pub fn sentence_of(&self, text: String) -> Sentence {
        let mut tokens = tokenize(&text);
        self.g.annotate(&mut tokens);
        let lower = crate::extract::normalize::lowercase(&text);
        let mentions = if self.g.is_political(&lower) {
            self.finder.find(&tokens)
        } else {
            self.finder.find_people_and_places(&tokens)
        };
        let (mentions, hometown) = without_hometown_people(mentions);
        Sentence {
            text,
            lower,
            tokens,
            mentions,
            hometown,
            event_marks: Default::default(),
        }
    }

    /// Reads again the sentences where a role word is followed by the given
    /// name alone of someone the article names in full (`Bộ trưởng Thăng
    /// nói`): that is the person, not a body named `Thăng`.
    pub fn reread_short_names(&self, sentences: &mut [Sentence]) {
        let mut given: Vec<String> = full_names(sentences)
            .into_iter()
            .filter_map(|(_, n)| n.rsplit(' ').next().map(key))
            .collect();
        given.sort();
        given.dedup();
        if given.is_empty() {
            return;
        }
        for s in sentences.iter_mut() {
            if !self.g.is_political(&s.lower)
                || !self.finder.role_before_given_name(&s.tokens, &given)
            {
                continue;
            }
            let mentions = self.finder.find_with_given(&s.tokens, &given);
            (s.mentions, s.hometown) = without_hometown_people(mentions);
        }
    }

    /// Per mention of `s`: whether it is a word that starts a clause.
    fn clause_words(&self, s: &Sentence) -> Vec<bool> {
        s.mentions
            .iter()
            .map(|m| {
                matches!(m.item, Item::Word(_))
                    && self.g.clause_words.longest(&s.tokens, m.start).is_some()
            })
            .collect()
    }

    /// Per mention of `s`: whether it holds a noun that names a post
    /// (`post_nouns.txt`).
    fn post_nouns(&self, s: &Sentence) -> Vec<bool> {
        s.mentions
            .iter()
            .map(|m| (m.start..m.end).any(|i| self.g.post_nouns.longest(&s.tokens, i).is_some()))
            .collect()
    }

    /// Per mention of `s`: the country a title names (`Tổng thống Mỹ`).
    fn countries<'s>(&'s self, s: &Sentence) -> Vec<Option<&'s str>> {
        s.mentions
            .iter()
            .map(|m| match m.item {
                Item::Title(_) => (m.start..m.end).find_map(|x| {
                    self.g
                        .countries
                        .longest(&s.tokens, x)
                        .filter(|&(n, _)| x + n <= m.end)
                        .map(|(_, c)| c.as_str())
                }),
                _ => None,
            })
            .collect()
    }

    /// Per mention of `s`: whether it is a title that a word of
    /// `relation_words.txt` makes another person's (`cố vấn Tổng thống
    /// Iran A`: A advises the President).
    fn served(&self, s: &Sentence) -> Vec<bool> {
        // (Most sentences hold no such word: passed over at a glance.)
        if !s.tokens.iter().any(|t| self.g.relation_words.starts(t)) {
            return vec![false; s.mentions.len()];
        }
        // (The word begins a mention of its own: not the end of `Tổng thư
        // ký`, a title.)
        let starts = |x: usize| s.mentions.iter().any(|m| m.start == x);
        // (Nor before a leader of that office (`leaders.tsv`): `Cố vấn Thủ
        // tướng Campuchia Hun Sen` names the Prime Minister; `Chánh văn
        // phòng Tổng thống Mỹ John Kelly` the President's chief of staff.)
        let leader_after = |mi: usize, role: &str| {
            s.mentions.get(mi + 1).is_some_and(|m| match &m.item {
                Item::Person { name, .. } => (self.g.leaders.get(&person_key(name)))
                    .is_some_and(|terms| terms.iter().any(|t| t.role == role)),
                _ => false,
            })
        };
        s.mentions
            .iter()
            .enumerate()
            .map(|(mi, m)| {
                matches!(&m.item, Item::Title(t) if !leader_after(mi, &t.role))
                    && (1..=m.start.min(4)).any(|back| {
                        starts(m.start - back)
                            && self
                                .g
                                .relation_words
                                .longest(&s.tokens, m.start - back)
                                .is_some_and(|(n, _)| n == back)
                    })
            })
            .collect()
    }

    /// Per mention of `s`: whether a word counting holders stands right
    /// before it (`Hai Phó Chủ tịch`, `các thượng nghị sĩ`), or before the
    /// status word it has (`2 cựu Chủ tịch`).
    fn counted(&self, s: &Sentence) -> Vec<bool> {
        s.mentions
            .iter()
            .enumerate()
            .map(|(mi, m)| {
                let start = match mi.checked_sub(1).map(|b| &s.mentions[b]) {
                    Some(c) if matches!(c.item, Item::Cue(_)) && c.end == m.start => c.start,
                    _ => m.start,
                };
                start > 0
                    && self
                        .g
                        .plural_words
                        .longest(&s.tokens, start - 1)
                        .is_some_and(|(n, _)| n == 1)
            })
            .collect()
    }

    /// A photo caption (`Thủ tướng A (trái) và ...`, `Từ trái qua: ...`;
    /// the `caption` words of `event_cues.tsv`): people named only there
    /// are given no post (guide §1.1).
    fn caption(&self, s: &Sentence) -> bool {
        (0..s.tokens.len()).any(|i| {
            self.g
                .event_cues
                .longest(&s.tokens, i)
                .is_some_and(|(_, c)| c.cue == EventCueKind::Caption)
        })
    }

    /// Posts and ranks of an article's sentences (the title first).
    pub fn build(&self, sentences: &[Sentence]) -> (Vec<Post>, Vec<Rank>) {
        let places = place_names(sentences);
        let full_names: Vec<(usize, String)> = full_names(sentences)
            .into_iter()
            .filter(|(_, n)| !places.contains(&key(n)))
            .collect();
        let mut ctx = Context::dominant(self.g, sentences);
        let countries = Countries::of(self.g, sentences, ctx.province().is_some());
        // The latest year the article writes (`tháng 4/2018`, `năm 2018`):
        // a post taken two years or more before it is a step of a career.
        let latest_year = sentences
            .iter()
            .flat_map(|s| (0..s.tokens.len()).filter_map(|i| year_at(&s.tokens, i)))
            .max();
        // The latest year the article tells of as past, read when a post
        // needs it (see `told_year`).
        let told_year = std::cell::OnceCell::new();
        // The latest year each sentence writes (`year_at`), read when a
        // sentence opens with a span of years.
        let sentence_years: std::cell::OnceCell<Vec<Option<i32>>> = std::cell::OnceCell::new();
        let mut posts: Vec<Post> = Vec::new();
        // Posts taken in a year two or more before the latest, with the year.
        let mut career_steps: Vec<(usize, i32)> = Vec::new();
        // Posts written with the terms of their body, with the last of them
        // (`đại biểu Quốc hội khóa XII, XIII`).
        let mut termed: Vec<(usize, u32)> = Vec::new();
        // Per post: how its body was named.
        let mut origins: Vec<Origin> = Vec::new();
        // Per post: the side its sentence names before the title (`Phía Nga
        // có Phó Thủ tướng A`).
        let mut nearby: Vec<Option<String>> = Vec::new();
        let mut ranks: Vec<Rank> = Vec::new();
        // Whom a pronoun opening a sentence means: the person the previous
        // sentences were about (the one given a post there, else the first
        // one named).
        let mut subject: Option<String> = None;
        // The bodies named so far, for bare roles (`Bộ trưởng Nguyễn Văn A`).
        let mut recent: Vec<OrgPhrase> = Vec::new();
        // The titles named so far with their bodies (`Các Phó Chủ tịch` after
        // `Chủ tịch Hội Luật gia tỉnh X`).
        let mut recent_titles: Vec<(String, OrgPhrase)> = Vec::new();
        // Acronyms the article defines in brackets after a body (`Hiệp hội
        // Phần mềm ... Việt Nam (VINASA)`), by their key.
        let mut acronyms: HashMap<String, Org> = HashMap::new();
        // Whether the sentence before reported posts taken.
        let mut started_before = false;
        for (si, s) in sentences.iter().enumerate() {
            ctx.next_sentence();
            if self.caption(s) || s.places_people_only() {
                continue;
            }
            let ms = &s.mentions;
            let posts_before = posts.len();
            let resolve_person = |idx: usize| -> Option<String> {
                match &ms[idx].item {
                    // A name the article also writes as a place (`huyện Thạch
                    // Hà`) is that place (`(Thạch Hà, Hà Tĩnh)`).
                    Item::Person { name, short: false } if places.contains(&key(name)) => None,
                    Item::Person { name, short: false } => Some(longest_form(name, &full_names)),
                    Item::Person { name, short: true } => {
                        resolve_short_in(self.g, name, si, &full_names)
                    }
                    // (The subject as the longest form of its name, `ông
                    // Xuân Anh` after `Nguyễn Xuân Anh`, found only here:
                    // most sentences name someone, few refer back.)
                    Item::Pronoun(word) => subject
                        .as_deref()
                        .filter(|n| pronoun_fits(word, n))
                        .map(|n| longest_form(n, &full_names))
                        .or_else(|| resolve_pronoun(word, si, &full_names)),
                    _ => None,
                }
            };
            // Posts come only from titles and ranks from rank words: most
            // sentences have neither, and the passes that link them to
            // people are skipped.
            let has = |f: fn(&Item) -> bool| ms.iter().any(|m| f(&m.item));
            let ranks_here = if has(|i| matches!(i, Item::Rank(_))) {
                link_ranks(ms, &s.tokens)
            } else {
                Vec::new()
            };
            for (pi, rank) in ranks_here {
                if let Some(person) = resolve_person(pi) {
                    ranks.push(Rank {
                        person,
                        rank,
                        evidence: s.text.clone(),
                    });
                }
            }
            let links = if has(|i| matches!(i, Item::Title(_))) {
                let mut links = link_posts(
                    ms,
                    &s.tokens,
                    &self.clause_words(s),
                    &self.post_nouns(s),
                    &self.counted(s),
                    &self.served(s),
                    &self.countries(s),
                );
                links.retain(|l| !self.points_back(ms, &s.tokens, l));
                links
            } else {
                Vec::new()
            };
            if !links.is_empty() {
                // (Not a list told of a time of its own, `Tháng 8/2010, Phó
                // Tổng biên tập là A`, nor of now, `hiện tại, Thành ủy có 3
                // Phó Bí thư gồm ...`.)
                // (Asked only of a list after a sentence that started posts.)
                let told_as_now = || {
                    opening_year(&s.tokens).is_some()
                        || (0..s.tokens.len())
                            .any(|i| self.g.now_words.longest(&s.tokens, i).is_some())
                };
                let titles = self.complete_titles(ms, &s.tokens, &recent, &recent_titles);
                let runs = title_runs(ms);
                let sent_locs: Vec<Locality> = localities(s).cloned().collect();
                // Per post of this sentence: where its title stands and
                // whether its body is a locality's or a national one.
                let mut scopes: Vec<PostScope> = Vec::new();
                for l in links {
                    let Some(person) = resolve_person(l.person) else {
                        continue;
                    };
                    let Some((title, shared)) = titles.get(&l.title) else {
                        continue;
                    };
                    // `Chủ tịch Tập Cận Bình`: a role capitalized right
                    // before the name, as heads of state are addressed.
                    let addressed =
                        ms[l.title].end == ms[l.person].start && s.tokens[ms[l.title].start].cap;
                    let (org, origin) = match self.resolve_title_org(
                        title,
                        l.via_cue,
                        shared.as_ref(),
                        &sent_locs,
                        &ctx,
                    ) {
                        Some(org) => {
                            let origin = self.origin(title, shared.as_ref(), &org, addressed);
                            (org, origin)
                        }
                        // Bare, it names no body at home; abroad it may
                        // name the state (`place_abroad` decides).
                        None if addressed && self.g.country_orgs.contains_key(&title.role) => {
                            (Org::named(""), Origin::Unplaced { addressed })
                        }
                        None => continue,
                    };
                    // `Thứ trưởng Bộ Y tế Nguyễn Thanh Long ... Thứ trưởng Long
                    // đề nghị Bộ GTVT ...`: a bare title of someone the
                    // article has given that title with its body is that
                    // body's, not the last one of its kind named.
                    // (Alone: a title listed with others shares their body,
                    // `Phó Bí thư - Chủ tịch UBND huyện X`.)
                    let bare = matches!(&ms[l.title].item,
                        Item::Title(t) if t.org.is_none() && t.implied_org.is_none())
                        && runs.iter().any(|r| r[..] == [l.title]);
                    let known = posts
                        .iter()
                        .rposition(|p| p.person == person && p.role == title.role)
                        .filter(|_| bare);
                    let (org, origin) = match known {
                        Some(k) => (posts[k].org.clone(), origins[k].clone()),
                        None => (org, origin),
                    };
                    let phrase = title.org.as_ref().or(title.implied_org.as_ref());
                    let national = origin == Origin::National
                        || phrase
                            .and_then(|p| p.segments.last())
                            .is_some_and(|s| s.national || s.kind == OrgKind::National);
                    let local = !national
                        && (origin == Origin::Local
                            || origin == Origin::Home
                                && phrase
                                    .and_then(|p| p.locality.as_ref())
                                    .or(shared.as_ref())
                                    .is_some_and(|l| l.name.is_some()));
                    scopes.push(PostScope {
                        post: posts.len(),
                        at: ms[l.title].start,
                        local,
                        national,
                    });
                    origins.push(origin);
                    nearby.push(match known {
                        Some(k) => nearby[k].clone(),
                        None => side_before(self.g, ms, &s.tokens, ms[l.title].start)
                            .or_else(|| listed_before(self.g, ms, l.title)),
                    });
                    let role = match title.role.strip_prefix(ACTING) {
                        Some(post) if l.replaced => post.to_string(),
                        _ => title.role.clone(),
                    };
                    // `Năm 2014, ông X được bổ nhiệm làm Thứ trưởng` in news
                    // of 2018: a step of a career, settled below.
                    let past = |y: &i32| {
                        l.status == Status::Starts
                            && latest_year.is_some_and(|latest| y + 2 <= latest)
                    };
                    // (Not `từ trước đến nay`: ever.)
                    let until_now = l.status == Status::Starts
                        && s.lower.contains("đến nay")
                        && !s.lower.contains("trước đến nay");
                    // (Dated before the title, else after it: `ông X được bổ
                    // nhiệm làm Thứ trưởng vào tháng 3/2014`, `làm Bí thư từ
                    // năm 2014`.)
                    let taken_in = (l.status == Status::Starts && !until_now)
                        .then(|| {
                            (0..ms[l.title].start)
                                .rev()
                                .find_map(|i| year_at(&s.tokens, i))
                                .filter(past)
                                .or_else(|| taken_after(&s.tokens, ms[l.title].end).filter(past))
                        })
                        .flatten();
                    if let Some(y) = taken_in {
                        career_steps.push((posts.len(), y));
                    }
                    // `Ông làm Hiệu trưởng từ tháng 3/2014 đến nay`: taken
                    // years before the news and held since.
                    let held_since = until_now
                        && (0..s.tokens.len())
                            .find_map(|i| year_at(&s.tokens, i))
                            .is_some_and(|y| past(&y));
                    // `Trong vụ khủng bố ngày 11/9/2001, Ngoại trưởng A ...` in
                    // news that writes 2016: a post told of a day ten years or
                    // more before the article is history.
                    let history = l.status == Status::Held
                        && opening_year(&s.tokens).is_some_and(|(at, y)| {
                            at < ms[l.title].start
                                && told_year
                                    .get_or_init(|| self.told_year(sentences))
                                    .is_some_and(|t| y + 10 <= t)
                        })
                        && !s.lower.contains("nay");
                    // `Giai đoạn 1998-1999, ông A kiêm nhiệm chức vụ T`, in
                    // news of a later year (one another sentence tells of):
                    // held over that span, and no more.
                    let span_closed = matches!(l.status, Status::Held | Status::Starts)
                        && opening_span(&s.tokens).is_some_and(|(clause, end)| {
                            clause < ms[l.title].start
                                && sentence_years
                                    .get_or_init(|| {
                                        (sentences.iter())
                                            .map(|o| {
                                                (0..o.tokens.len())
                                                    .filter_map(|i| year_at(&o.tokens, i))
                                                    .max()
                                            })
                                            .collect()
                                    })
                                    .iter()
                                    .enumerate()
                                    .any(|(j, &y)| j != si && y.is_some_and(|y| end < y))
                        });
                    // `Trước đó, bà là hiệu trưởng trường X`: what the
                    // sentence says someone was at an earlier time. (`Khi
                    // đó, ông A là T`, a time of the past that is a cue, is
                    // read with the links: `then_frame`.)
                    let earlier = matches!(l.status, Status::Held | Status::Starts)
                        && earlier_opener(self.g, &s.tokens)
                        && predicate(ms, &s.tokens, &l);
                    // `hồi tháng 10 năm ngoái ông A được bầu vào Bộ Chính
                    // trị`: taken last year, held since.
                    let last_year = || s.lower.contains("năm ngoái");
                    // `Các Phó Chủ tịch gồm: A, B` after `ông C được bầu làm
                    // Chủ tịch`: the list goes on with the posts taken.
                    let status = match l.status {
                        _ if history || span_closed || earlier => Status::Former,
                        Status::Starts if held_since || last_year() => Status::Held,
                        Status::Held if l.listed && started_before && !told_as_now() => {
                            Status::Starts
                        }
                        status => status,
                    };
                    if let Some(&last) = terms_after(&s.tokens, ms[l.title].end).last() {
                        termed.push((posts.len(), last));
                    }
                    posts.push(Post {
                        person,
                        role,
                        org,
                        status,
                        evidence: s.text.clone(),
                    });
                }
                leave_for_the_centre(&mut posts, &scopes);
                leave_the_replaced_post(self.g, s, &mut posts, &scopes);
            }
            for m in ms {
                let phrase = named_body(m);
                let (Some(phrase), Some(key)) = (
                    phrase,
                    bracketed_acronym(&s.tokens, m.end).map(|w| w.key.to_string()),
                ) else {
                    continue;
                };
                let sent_locs: Vec<Locality> = localities(s).cloned().collect();
                acronyms
                    .entry(key)
                    .or_insert_with(|| self.resolve_org(phrase, None, &sent_locs, &ctx));
            }
            for loc in localities(s) {
                ctx.see(self.g, loc);
            }
            for m in ms {
                let named = named_body(m);
                // (Not a head of state, `Chủ tịch Trung Quốc`: a later bare
                // `chủ tịch` in news about China chairs something else,
                // `chủ tịch Interpol`.)
                if let (Item::Title(t), Some(o)) = (&m.item, named) {
                    let state = t.implied_org.is_none()
                        && self.g.country_orgs.get(&t.role).is_some_and(|body| {
                            o.segments
                                .last()
                                .is_some_and(|s| s.text.starts_with(body.as_str()))
                        });
                    if !state {
                        recent_titles.push((t.role.clone(), o.clone()));
                    }
                }
                if let Some(o) = named.filter(|o| !is_bare(o)) {
                    recent.push(o.clone());
                }
            }
            let started = posts[posts_before..]
                .iter()
                .find(|p| p.status == Status::Starts)
                .map(|p| p.person.clone());
            started_before = started.is_some();
            // (A short name counts as the full one it stands for: `Tổng
            // thống Obama đưa ra tuyên bố ... Ông cũng là ...`.)
            let named = ms.iter().find_map(|m| match &m.item {
                Item::Person { name, short: false } if !places.contains(&key(name)) => {
                    Some(name.clone())
                }
                Item::Person { name, short: true } => {
                    resolve_short_in(self.g, name, si, &full_names)
                }
                _ => None,
            });
            if let Some(who) = started.or(named) {
                subject = Some(who);
            }
        }
        settle_career_steps(&mut posts, &career_steps, latest_year);
        if !termed.is_empty() {
            let told = *told_year.get_or_init(|| self.told_year(sentences));
            self.settle_terms(&mut posts, &termed, told);
        }
        // (`Chủ tịch VINASA Trương Gia Bình` after `... (VINASA)`: the body
        // the acronym stands for.)
        for p in posts.iter_mut() {
            if let Some(full) = acronyms.get(&key(&p.org.name)) {
                p.org = full.clone();
            }
        }
        let mut posts = place_abroad(self.g, posts, &origins, &nearby, &countries);
        self.settle_leaders(&mut posts);
        // A body named by its kind alone, where the kind needs a name or a
        // parent (`Phó Bí thư chi bộ`, `Chủ tịch Ủy ban nêu trên`): no body
        // a reader can tell.
        posts.retain(|p| !self.kind_alone(&p.org.name));
        let implied: Vec<Post> = posts
            .iter()
            .flat_map(|p| {
                self.g
                    .implications
                    .iter()
                    .filter(|i| i.role == p.role && p.org.name.starts_with(&i.org_prefix))
                    .map(|i| Post {
                        role: i.implied_role.clone(),
                        org: Org::named(i.implied_org.clone()),
                        ..p.clone()
                    })
            })
            .collect();
        posts.extend(implied);
        (merge_posts(posts), dedup_ranks(ranks))
    }

    /// Whether a body's name is the head of a kind of body only, one that
    /// needs a name or a parent to be told (`Chi bộ`, `Đảng ủy`, `Ban`,
    /// `Trường`; not `Chính phủ`, `Kho bạc Nhà nước`).
    fn kind_alone(&self, name: &str) -> bool {
        let toks = tokenize(name);
        self.g.org_heads.longest(&toks, 0).is_some_and(|(n, h)| {
            n == toks.len() && (h.kind == OrgKind::Committee || h.name.required())
        })
    }

    /// How a post's body was named: with its place or country, as a national
    /// body of no country, or as a local body of the article's places.
    /// `addressed`: the title stands capitalized right before the name
    /// ([`Origin::Unplaced`]).
    fn origin(
        &self,
        title: &Title,
        shared: Option<&Locality>,
        org: &Org,
        addressed: bool,
    ) -> Origin {
        match country_in(self.g, &org.name) {
            Some(c) if c == "Việt Nam" => return Origin::Home,
            Some(c) => return Origin::Abroad(c),
            None if shared.is_some_and(|l| l.name.is_some()) => return Origin::Home,
            None => {}
        }
        let phrase = title
            .org
            .as_ref()
            .or(title.implied_org.as_ref())
            .or(title.fallback_org.as_ref());
        match phrase {
            // (`bí thư tỉnh Thanh Hải`: a province Viet Nam does not have.)
            Some(p)
                if p.locality.as_ref().is_some_and(|l| {
                    l.name.is_some() && (l.level != Level::Province || l.province.is_some())
                }) =>
            {
                Origin::Home
            }
            Some(p)
                if p.segments
                    .last()
                    .is_some_and(|s| s.national || s.kind == OrgKind::National) =>
            {
                Origin::National
            }
            Some(p)
                if self
                    .needed_level(&p.segments, p.locality.as_ref())
                    .is_some() =>
            {
                let of_a_unit = p
                    .segments
                    .last()
                    .is_some_and(|s| matches!(s.kind, OrgKind::Local | OrgKind::Committee));
                if of_a_unit && self.render(&p.segments, None).name == org.name {
                    Origin::Unplaced { addressed }
                } else {
                    Origin::Local
                }
            }
            _ => Origin::Written,
        }
    }
}

/// One post per (person, role, organization): the strongest status wins
/// (starts over ends over former over held), with its evidence; alternative
/// labels are pooled.
fn merge_posts(posts: Vec<Post>) -> Vec<Post> {
    let mut out: Vec<Post> = Vec::new();
    for p in posts {
        // Names are normalized already: equal text is the same post.
        match out
            .iter_mut()
            .find(|q| q.person == p.person && q.role == p.role && q.org.name == p.org.name)
        {
            Some(q) => absorb(q, p, false),
            None => out.push(p),
        }
    }
    // The same post written once with the body's whole name and once
    // shortened (`Bộ trưởng Ngoại giao Campuchia` and `Bộ trưởng Ngoại giao
    // và Hợp tác quốc tế Campuchia`): one post under the whole name.
    let mut i = 0;
    while i < out.len() {
        let whole = (0..out.len()).find(|&j| {
            j != i
                && out[j].person == out[i].person
                && out[j].role == out[i].role
                && shortened(&out[i].org.name, &out[j].org.name)
        });
        match whole {
            Some(j) => {
                let p = out.remove(i);
                absorb(&mut out[if j > i { j - 1 } else { j }], p, true);
            }
            None => i += 1,
        }
    }
    out
}

/// Folds post `p` into `q`, the same post: its labels (its name too, with
/// `named`) become alternatives of `q`'s body, and the stronger status wins,
/// with its evidence.
fn absorb(q: &mut Post, p: Post, named: bool) {
    let name = named.then_some(&p.org.name);
    for a in name.into_iter().chain(&p.org.alt_labels) {
        if !q.org.alt_labels.contains(a) {
            q.org.alt_labels.push(a.clone());
        }
    }
    if p.status.strength() > q.status.strength() {
        q.status = p.status;
        q.evidence = p.evidence;
    }
}

/// Whether `short` names the body `long` names with inner words left out:
/// the same first words (the head and a word of its name), then the rest of
/// `short` ending `long`, the words left out joined by `và` (`Bộ Ngoại giao
/// Campuchia`, `Bộ Ngoại giao và Hợp tác quốc tế Campuchia`).
fn shortened(short: &str, long: &str) -> bool {
    let s: Vec<&str> = short.split(' ').collect();
    let l: Vec<&str> = long.split(' ').collect();
    if s.len() >= l.len() {
        return false;
    }
    let p = s.iter().zip(&l).take_while(|(a, b)| a == b).count();
    p >= 2 && p < s.len() && l.ends_with(&s[p..]) && l[p] == "và"
}

fn dedup_ranks(ranks: Vec<Rank>) -> Vec<Rank> {
    let mut out: Vec<Rank> = Vec::new();
    for r in ranks {
        if !out.iter().any(|q| q.person == r.person && q.rank == r.rank) {
            out.push(r);
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::names::{resolve_short, resolve_short_in};
    use crate::{extract, Article, Gazetteer, PubDate, Status};

    /// (person, role, organization, status) of every post of a text.
    pub(crate) fn posts(text: &str) -> Vec<(String, String, String, Status)> {
        posts_with(&Gazetteer::embedded(), text)
    }

    /// [`posts`] with the tables `g`.
    fn posts_with(g: &Gazetteer, text: &str) -> Vec<(String, String, String, Status)> {
        let a = Article {
            id: "t".into(),
            title: String::new(),
            date: Some(PubDate::YearMonth(2024, 5)),
            body: text.into(),
            url: None,
        };
        let mut out: Vec<_> = extract(g, &a)
            .posts
            .into_iter()
            .map(|p| (p.person, p.role, p.org.name, p.status))
            .collect();
        out.sort();
        out
    }

    pub(crate) fn post(p: &str, r: &str, o: &str, s: Status) -> (String, String, String, Status) {
        (p.into(), r.into(), o.into(), s)
    }

    #[test]
    fn a_foreign_ministry_in_lower_case_and_one_whose_name_goes_on_with_va() {
        let got = posts("Ông Peter Müller, bộ trưởng kinh tế Đức, cho biết.");
        assert_eq!(
            got,
            vec![post(
                "Peter Müller",
                "Bộ trưởng",
                "Bộ Kinh tế Đức",
                Status::Held
            )]
        );
        // A known name going on with `và` up to a country is a longer one.
        let got = posts("Ông Tarek Samir, Bộ trưởng Thương mại và Công nghiệp Ai Cập, phát biểu.");
        assert_eq!(
            got,
            vec![post(
                "Tarek Samir",
                "Bộ trưởng",
                "Bộ Thương mại và Công nghiệp Ai Cập",
                Status::Held
            )]
        );
        let got = posts("Ông Hiro Takinami, Thứ trưởng Bộ Kinh tế, Thương mại và Công nghiệp Nhật Bản, phát biểu.");
        assert_eq!(
            got,
            vec![post(
                "Hiro Takinami",
                "Thứ trưởng",
                "Bộ Kinh tế, Thương mại và Công nghiệp Nhật Bản",
                Status::Held
            )]
        );
        // Not without the country: two bodies, or a body and a role.
        let got = posts("Ông Lê Văn An thôi giữ chức Bí thư Ban cán sự đảng Bộ Thông tin Truyền thông và Chủ tịch nước quyết định.");
        assert!(
            got.contains(&post(
                "Lê Văn An",
                "Bí thư",
                "Ban cán sự đảng Bộ Thông tin và Truyền thông",
                Status::Ends
            )),
            "{got:?}"
        );
    }

    #[test]
    fn a_post_written_with_the_bodys_whole_name_and_shortened_is_one() {
        let got = posts(
            "Bộ trưởng Ngoại giao Campuchia Prak Sokha đến Hà Nội. Hôm nay, Bộ trưởng Ngoại \
             giao và Hợp tác quốc tế Campuchia Prak Sokha hội đàm với Bộ trưởng Ngoại giao.",
        );
        let ministers: Vec<_> = got.iter().filter(|p| p.0 == "Prak Sokha").collect();
        assert_eq!(
            ministers,
            vec![&post(
                "Prak Sokha",
                "Bộ trưởng",
                "Bộ Ngoại giao và Hợp tác quốc tế Campuchia",
                Status::Held
            )],
            "{got:?}"
        );
    }

    #[test]
    fn a_name_ends_before_thanh_lap_and_tnmt_is_written_out() {
        assert_eq!(
            posts(
                "Báo Tin tức & Pháp luật thành lập ngày 1/2/2001 theo quyết định của Hội Luật gia \
                 Việt Nam. Tháng 8/2010, Phó Tổng biên tập là nhà báo Lê Văn An."
            ),
            vec![post(
                "Lê Văn An",
                "Phó Tổng Biên tập",
                "Báo Tin tức & Pháp luật",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Thứ trưởng Bộ TNMT Lê Văn An phát biểu."),
            vec![post(
                "Lê Văn An",
                "Thứ trưởng",
                "Bộ Tài nguyên và Môi trường",
                Status::Held
            )]
        );
    }

    #[test]
    fn who_asks_for_a_dismissal_or_gives_it_does_not_leave_the_post() {
        let got = posts(
            "Bí thư Tỉnh ủy Phú Yên Lê Văn An đã yêu cầu cách chức Trưởng phòng Tài nguyên \
             và Môi trường huyện Sơn Hòa.",
        );
        assert!(got.iter().all(|p| p.1 != "Trưởng phòng"), "{got:?}");
        // Told as the form of a discipline, it ends the disciplined one's.
        let got = posts(
            "Tỉnh ủy kỷ luật ông Lê Văn An bằng hình thức: cách chức Giám đốc Sở Xây dựng tỉnh \
             Phú Yên.",
        );
        assert_eq!(
            got,
            vec![post(
                "Lê Văn An",
                "Giám đốc",
                "Sở Xây dựng tỉnh Phú Yên",
                Status::Ends
            )]
        );
        let got = posts(
            "Bộ Chính trị quyết định thi hành kỷ luật ông Lê Văn An bằng hình thức cảnh cáo và \
             cho thôi giữ chức Bí thư Ban cán sự đảng Bộ Xây dựng.",
        );
        assert_eq!(
            got,
            vec![post(
                "Lê Văn An",
                "Bí thư",
                "Ban cán sự đảng Bộ Xây dựng",
                Status::Ends
            )]
        );
    }

    #[test]
    fn a_member_of_the_politburo_standing_committee_abroad() {
        // (The post was of the party itself, or of the Politburo.)
        for text in [
            "Ông Vương Hỗ Minh, Ủy viên Thường vụ Bộ Chính trị Đảng Cộng sản Trung Quốc, phát biểu.",
            "Ủy viên Thường vụ Bộ Chính trị Trung Quốc Vương Hỗ Minh phát biểu.",
        ] {
            assert_eq!(
                posts(text),
                [post(
                    "Vương Hỗ Minh",
                    "Ủy viên",
                    "Ủy ban Thường vụ Bộ Chính trị Đảng Cộng sản Trung Quốc",
                    Status::Held
                )],
                "{text}"
            );
        }
        // A body whose name ends with its party takes no second one.
        let text = "Tổng Bí thư Đảng Cộng sản Cuba Raul Castro phát biểu.";
        assert!(
            posts(text).iter().all(|p| !p.2.contains("Đảng Đảng")),
            "{:?}",
            posts(text)
        );
    }

    #[test]
    fn a_state_councilor_sits_in_the_state_council() {
        // (`Quốc vụ Vương` was read as `Quốc vương`, a monarch.)
        for text in [
            "Ủy viên Quốc vụ Trung Quốc Dương Hỗ Trì cho biết.",
            "Ông Dương Hỗ Trì, Ủy viên Quốc vụ viện Trung Quốc, cho biết.",
        ] {
            assert_eq!(
                posts(text),
                [post(
                    "Dương Hỗ Trì",
                    "Ủy viên",
                    "Quốc vụ viện Trung Quốc",
                    Status::Held
                )],
                "{text}"
            );
        }
    }

    #[test]
    fn a_foreign_country_of_one_word_before_a_verb_is_the_bodys() {
        // (`Campuchia` was left out before `bác bỏ`, and a Cambodian's post
        // in the Vietnamese government was then dropped.)
        assert_eq!(
            posts("Ông Sok Chenda, người phát ngôn Chính phủ Campuchia bác bỏ báo cáo."),
            [post(
                "Sok Chenda",
                "Người phát ngôn",
                "Chính phủ Campuchia",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_holder_named_right_after_a_body_named_after_someone() {
        // (The body took the holder's name into its own.)
        assert_eq!(
            posts("Giám đốc bệnh viện Bạch Mai Nguyễn Quốc Hùng cho biết."),
            [post(
                "Nguyễn Quốc Hùng",
                "Giám đốc",
                "Bệnh viện Bạch Mai",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Hiệu trưởng trường THPT Chu Văn An Nguyễn Văn Bình cho biết."),
            [post(
                "Nguyễn Văn Bình",
                "Hiệu trưởng",
                "Trường Trung học phổ thông Chu Văn An",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_title_alone_after_duoc_is_the_agent_not_the_holder() {
        // (Nothing was linked: a title stood between the name and the cue.)
        assert_eq!(
            posts("Ông Lê Văn Hà được Thủ tướng bổ nhiệm giữ chức Thứ trưởng Công an."),
            [post(
                "Lê Văn Hà",
                "Thứ trưởng",
                "Bộ Công an",
                Status::Starts
            )]
        );
        assert_eq!(
            posts("Ông Lê Văn Hà được Chủ tịch UBND tỉnh Nam Định bổ nhiệm làm Giám đốc Sở Y tế tỉnh Nam Định."),
            [post("Lê Văn Hà", "Giám đốc", "Sở Y tế tỉnh Nam Định", Status::Starts)]
        );
        // A named agent keeps the post to the one named before `được`.
        assert_eq!(
            posts(
                "Ông Lê Văn Hà được Thủ tướng Trần Văn Minh bổ nhiệm giữ chức Thứ trưởng Công an."
            ),
            [
                post("Lê Văn Hà", "Thứ trưởng", "Bộ Công an", Status::Starts),
                post("Trần Văn Minh", "Thủ tướng", "Chính phủ", Status::Held),
            ]
        );
    }

    #[test]
    fn a_bare_title_takes_the_company_a_sentence_without_titles_named() {
        assert_eq!(
            posts("Công ty Cổ phần Bóng đèn Sao Mai (SMC) vừa công bố kết quả kinh doanh. Bà Trần Thị Hoa, Phó Tổng giám đốc, cho biết lợi nhuận tăng."),
            [post(
                "Trần Thị Hoa",
                "Phó Tổng Giám đốc",
                "Công ty Cổ phần Bóng đèn Sao Mai",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_business_in_lower_case_before_nha_nuoc_is_no_body() {
        // `tập đoàn Nhà nước`: state-owned groups, not the group the article
        // is about.
        assert_eq!(
            posts("Tập đoàn Dầu khí Quốc gia Việt Nam (PVN) họp. Phản ứng của tập đoàn Nhà nước trước thông tin này đều giống nhau. Tổng giám đốc Lê Văn Sơn cho biết."),
            [post(
                "Lê Văn Sơn",
                "Tổng Giám đốc",
                "Tập đoàn Dầu khí Quốc gia Việt Nam",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_title_after_others_joined_to_a_name_is_not_the_names() {
        assert!(posts(
            "Trao đổi với GS Trần Văn Bình và các nhà khoa học, Thủ tướng ghi nhận kết quả."
        )
        .is_empty());
        assert_eq!(
            posts("Tại buổi làm việc với Thủ tướng Lê Văn Hải và các bộ ngành hôm 12/1, Chủ tịch UBND TP HCM đã kiến nghị."),
            [post("Lê Văn Hải", "Thủ tướng", "Chính phủ", Status::Held)]
        );
    }

    #[test]
    fn the_title_an_aide_serves_is_not_the_aides() {
        for text in [
            "Cố vấn Tổng thống Iran Hesamodin Ashna cho biết.",
            "Tổng thống bận, phát ngôn viên tổng thống Ernesto Abella cho biết.",
            "Trợ lý Tổng thống Nga Yury Ushakov cho biết.",
            "Tại Manila, thư ký truyền thông tổng thống Philippines Herminio Coloma Jr. cho biết.",
        ] {
            assert!(
                !posts(text).iter().any(|p| p.1 == "Tổng thống"),
                "{text}: {:?}",
                posts(text)
            );
        }
        // Kin name the title's holder: `con gái Tổng thống Mỹ Donald Trump`.
        assert_eq!(
            posts("Ivanka Trump, con gái Tổng thống Mỹ Donald Trump, tới dự."),
            [post(
                "Donald Trump",
                "Tổng thống",
                "Nhà nước Mỹ",
                Status::Held
            )]
        );
        // Nor a leader the news names often (foreign_people.tsv); the aide
        // holds a post in the government the leader heads.
        assert_eq!(
            posts("Ông Sok An, cố vấn Thủ tướng Campuchia Hun Sen, tới dự."),
            [
                post("Hun Sen", "Thủ tướng", "Chính phủ Campuchia", Status::Held),
                post("Sok An", "Cố vấn", "Chính phủ Campuchia", Status::Held)
            ]
        );
        // Nor is `thư ký` the end of `Tổng thư ký` before a title.
        assert!(posts(
            "Thượng tọa Thích Đức Thiện, Phó Chủ tịch, Tổng thư ký Hội đồng Trị sự Giáo hội Phật giáo Việt Nam phát biểu."
        )
        .iter()
        .any(|p| p.1 == "Tổng Thư ký"));
    }

    #[test]
    fn the_head_of_a_delegation_of_deputies_holds_that_post_alone_unless_the_tables_imply_more() {
        let text = "Ông Bùi Minh Châu, Trưởng Đoàn ĐBQH tỉnh Phú Thọ phát biểu.";
        let head = post(
            "Bùi Minh Châu",
            "Trưởng đoàn",
            "Đoàn đại biểu Quốc hội tỉnh Phú Thọ",
            Status::Held,
        );
        // (Issue #17: not `Đại biểu` of `Quốc hội`.)
        assert_eq!(posts(text), std::slice::from_ref(&head));
        // A user's implications.tsv adds what a post implies.
        let dir = tempfile::tempdir().expect("a temporary folder");
        std::fs::write(
            dir.path().join("implications.tsv"),
            "role\torg_prefix\timplied_role\timplied_org\n\
             Trưởng đoàn\tĐoàn đại biểu Quốc hội\tĐại biểu\tQuốc hội\n",
        )
        .expect("written");
        let g = Gazetteer::load(Some(dir.path())).expect("valid tables");
        assert_eq!(
            posts_with(&g, text),
            [
                head,
                post("Bùi Minh Châu", "Đại biểu", "Quốc hội", Status::Held)
            ]
        );
    }

    #[test]
    fn a_unit_then_a_comma_or_brackets_and_the_body_it_belongs_to_is_one_body() {
        assert_eq!(
            posts("Ông Phạm Văn Hải, Vụ trưởng Vụ Kế hoạch, Bộ Tài chính cho biết."),
            [post(
                "Phạm Văn Hải",
                "Vụ trưởng",
                "Vụ Kế hoạch Bộ Tài chính",
                Status::Held
            )]
        );
        assert_eq!(
            posts(
                "Trung tá Lò Văn Sơn, Trưởng phòng Cảnh sát hình sự, Công an tỉnh Sơn La cho biết."
            ),
            [post(
                "Lò Văn Sơn",
                "Trưởng phòng",
                "Phòng Cảnh sát hình sự Công an tỉnh Sơn La",
                Status::Held
            )]
        );
        // Nor in brackets, unless they hold more than the body.
        assert_eq!(
            posts("Ông Mai Văn Tư, Vụ trưởng Vụ Pháp chế (Bộ Y tế), cho biết."),
            [post(
                "Mai Văn Tư",
                "Vụ trưởng",
                "Vụ Pháp chế Bộ Y tế",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Ông Mai Văn Tư, Vụ trưởng Vụ Pháp chế (Bộ Y tế cho biết) phát biểu."),
            [post("Mai Văn Tư", "Vụ trưởng", "Vụ Pháp chế", Status::Held)]
        );
        // A role word after the comma is no body.
        assert_eq!(
            posts("Ông Đỗ Văn Bảy, Cục trưởng Cục Tham mưu, Tổng cục trưởng Tổng cục Hậu cần phát biểu."),
            [
                post("Đỗ Văn Bảy", "Cục trưởng", "Cục Tham mưu", Status::Held),
                post("Đỗ Văn Bảy", "Tổng Cục trưởng", "Tổng cục Hậu cần", Status::Held),
            ]
        );
    }

    #[test]
    fn this_ministry_after_a_department_of_it_is_that_ministry() {
        // `Bộ này` after `Cục trưởng Cục X, Bộ Y`: Y, not the department, and
        // a `Cục trưởng` lends no body to a `Thứ trưởng`.
        assert_eq!(
            posts(
                "Thủ tướng bổ nhiệm bà Hà Thị Mai, Cục trưởng Cục Di sản, Bộ Văn hóa, \
                 Thể thao và Du lịch giữ chức Thứ trưởng Bộ này."
            ),
            [
                post(
                    "Hà Thị Mai",
                    "Cục trưởng",
                    "Cục Di sản Bộ Văn hóa, Thể thao và Du lịch",
                    Status::Ends
                ),
                post(
                    "Hà Thị Mai",
                    "Thứ trưởng",
                    "Bộ Văn hóa, Thể thao và Du lịch",
                    Status::Starts
                ),
            ]
        );
        // So is a bare deputy minister's in the next sentence.
        assert_eq!(
            posts(
                "Sáng 5/3, ông Trần Văn Bình, Cục trưởng Cục Quản lý Dược, Bộ Y tế chủ trì \
                 hội nghị. Thứ trưởng Đỗ Xuân Tuyên phát biểu."
            ),
            [
                post(
                    "Trần Văn Bình",
                    "Cục trưởng",
                    "Cục Quản lý Dược Bộ Y tế",
                    Status::Held
                ),
                post("Đỗ Xuân Tuyên", "Thứ trưởng", "Bộ Y tế", Status::Held),
            ]
        );
    }

    #[test]
    fn a_title_before_a_colon_is_the_speakers() {
        assert_eq!(
            posts("Theo ông Vi Văn Tám, Chủ tịch UBND huyện Tân Lạc: người dân đã được di dời."),
            [post(
                "Vi Văn Tám",
                "Chủ tịch",
                "Ủy ban nhân dân huyện Tân Lạc",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_place_named_in_a_persons_earlier_title_is_the_next_ones() {
        assert_eq!(
            posts(
                "Ông Hoàng Văn Lực, Tổng Biên tập Báo và Đài Phát thanh - Truyền hình Lạng Sơn, \
                 Chủ tịch Hội Nhà báo tỉnh dẫn đầu đoàn."
            ),
            [
                post(
                    "Hoàng Văn Lực",
                    "Chủ tịch",
                    "Hội Nhà báo tỉnh Lạng Sơn",
                    Status::Held
                ),
                post(
                    "Hoàng Văn Lực",
                    "Tổng Biên tập",
                    "Báo và Đài Phát thanh - Truyền hình tỉnh Lạng Sơn",
                    Status::Held
                ),
            ]
        );
    }

    #[test]
    fn the_first_secretary_of_the_youth_union() {
        assert_eq!(
            posts("Anh Lục Văn Hòa, Bí thư thứ nhất Ban Chấp hành Trung ương Đoàn, phát biểu."),
            [post(
                "Lục Văn Hòa",
                "Bí thư thứ nhất",
                "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_transliterated_name_goes_on_over_its_hyphens_not_into_the_sentence() {
        assert_eq!(
            posts("Thủ tướng Thái Lan Somchai Wong - sa - wat phát biểu tại hội nghị."),
            [post(
                "Somchai Wong - sa - wat",
                "Thủ tướng",
                "Chính phủ Thái Lan",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Tổng thống Mỹ John Miller - một người ủng hộ thương mại - phát biểu."),
            [post(
                "John Miller",
                "Tổng thống",
                "Nhà nước Mỹ",
                Status::Held
            )]
        );
        // Nor are the dots of its initials counted among its four words.
        assert_eq!(
            posts("Cựu Tổng thống Mỹ Henry J. K. Walker qua đời."),
            [post(
                "Henry J. K. Walker",
                "Tổng thống",
                "Nhà nước Mỹ",
                Status::Former
            )]
        );
    }

    #[test]
    fn a_title_between_a_titled_name_and_an_honorific_name_is_the_seconds() {
        assert_eq!(
            posts(
                "Bộ trưởng Bộ Công an Trung Quốc Triệu Minh Đạt, Bộ trưởng Bộ Tư pháp Mỹ, \
                 ông Peter Lane, đã nêu vấn đề."
            ),
            [
                post("Peter Lane", "Bộ trưởng", "Bộ Tư pháp Mỹ", Status::Held),
                post(
                    "Triệu Minh Đạt",
                    "Bộ trưởng",
                    "Bộ Công an Trung Quốc",
                    Status::Held
                ),
            ]
        );
    }

    #[test]
    fn a_post_held_while_still_in_it_is_former_and_a_retirement_decision_ends_it() {
        assert_eq!(
            posts("Năm 2015, ông Lò Văn Pao, khi còn làm Giám đốc Sở Giao thông vận tải tỉnh Lai Châu đã được biểu dương."),
            [post(
                "Lò Văn Pao",
                "Giám đốc",
                "Sở Giao thông vận tải tỉnh Lai Châu",
                Status::Former
            )]
        );
        assert_eq!(
            posts("Ngày 14/1, bà Hà Thị Lan, Phó Bí thư Tỉnh ủy Lai Châu, nhận quyết định nghỉ hưu theo chế độ."),
            [post("Hà Thị Lan", "Phó Bí thư", "Tỉnh ủy Lai Châu", Status::Ends)]
        );
    }

    #[test]
    fn a_standing_deputy_is_a_post_of_its_own() {
        assert_eq!(
            posts("Ông Trần Văn An, Phó Tổng giám đốc thường trực Tổng công ty Đường sắt Việt Nam, phát biểu."),
            [post(
                "Trần Văn An",
                "Phó Tổng Giám đốc Thường trực",
                "Tổng công ty Đường sắt Việt Nam",
                Status::Held
            )]
        );
        // So are a standing secretary and a standing member.
        assert_eq!(
            posts("Anh Lục Văn Minh, Bí thư thường trực Trung ương Đoàn, đến thăm."),
            [post(
                "Lục Văn Minh",
                "Bí thư Thường trực",
                "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Ủy viên thường trực Ủy ban Pháp luật Quốc hội Lê Văn Hòa cho biết."),
            [post(
                "Lê Văn Hòa",
                "Ủy viên Thường trực",
                "Ủy ban Pháp luật Quốc hội",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_title_after_of_is_its_holders() {
        assert_eq!(
            posts("Dự án nằm trong chính sách của Thủ tướng Đức Karl Weber. Ông Hà nghe báo cáo của Chủ tịch UBND tỉnh Nam Định Trần Văn Lâm. Thừa ủy quyền của Bộ trưởng Bộ Tài chính, ông Lê Văn Hải trao quyết định. Chính quyền của Tổng thống Mỹ John Carter lên tiếng."),
            [
                post("John Carter", "Tổng thống", "Nhà nước Mỹ", Status::Held),
                post("Karl Weber", "Thủ tướng", "Chính phủ Đức", Status::Held),
                post("Trần Văn Lâm", "Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định", Status::Held),
            ]
        );
    }

    #[test]
    fn a_title_before_a_move_ends_and_the_one_after_its_cue_starts() {
        assert_eq!(
            posts("Bộ Công an điều động Đại tá Lê Văn An, Giám đốc Công an tỉnh Nam Định đến nhận công tác, giữ chức vụ Giám đốc Công an tỉnh Thái Bình."),
            [
                post("Lê Văn An", "Giám đốc", "Công an tỉnh Nam Định", Status::Ends),
                post("Lê Văn An", "Giám đốc", "Công an tỉnh Thái Bình", Status::Starts),
            ]
        );
    }

    #[test]
    fn a_place_before_a_full_name_is_no_part_of_it() {
        assert_eq!(
            posts("Đại biểu Quốc hội Hà Nội Hoàng Văn Lâm phát biểu."),
            [post("Hoàng Văn Lâm", "Đại biểu", "Quốc hội", Status::Held)]
        );
    }

    #[test]
    fn an_acting_post_keeps_its_word() {
        assert_eq!(
            posts("Quyền Bộ trưởng Quốc phòng Mỹ John Carter phát biểu. Chính quyền Tổng thống Pháp Paul Martin lên tiếng. Ông Lê Văn An được bổ nhiệm làm quyền Giám đốc Sở Tài chính tỉnh Nam Định thay ông Trần Văn Bình."),
            [
                post("John Carter", "Quyền Bộ trưởng", "Bộ Quốc phòng Mỹ", Status::Held),
                post("Lê Văn An", "Quyền Giám đốc", "Sở Tài chính tỉnh Nam Định", Status::Starts),
                post("Paul Martin", "Tổng thống", "Nhà nước Pháp", Status::Held),
                post("Trần Văn Bình", "Giám đốc", "Sở Tài chính tỉnh Nam Định", Status::Ends),
            ]
        );
    }

    #[test]
    fn the_titles_of_a_passive_clause_are_its_subjects_not_its_agents() {
        assert_eq!(
            posts("Ông Lê Văn An được Chủ tịch UBND tỉnh Nam Định Trần Văn Lâm bổ nhiệm làm Giám đốc Sở Y tế."),
            [
                post("Lê Văn An", "Giám đốc", "Sở Y tế tỉnh Nam Định", Status::Starts),
                post("Trần Văn Lâm", "Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định", Status::Held),
            ]
        );
    }

    #[test]
    fn a_title_before_doi_voi_a_person_is_that_persons() {
        assert_eq!(
            posts("Ngân hàng Nam Á bổ nhiệm bà Lê Thị Hoa - Phó Tổng Giám đốc - giữ chức vụ quyền Tổng Giám đốc, đồng thời miễn nhiệm chức vụ Tổng Giám đốc đối với ông Trần Văn Bình."),
            [
                post("Lê Thị Hoa", "Phó Tổng Giám đốc", "Ngân hàng Nam Á", Status::Held),
                post("Lê Thị Hoa", "Quyền Tổng Giám đốc", "Ngân hàng Nam Á", Status::Starts),
                post("Trần Văn Bình", "Tổng Giám đốc", "Ngân hàng Nam Á", Status::Ends),
            ]
        );
    }

    #[test]
    fn a_bare_title_before_a_comma_shares_the_next_titles_body() {
        assert_eq!(
            posts("Dự họp có bà Trần Thị Lan, Phó Chủ tịch, Tổng Thư ký Hội Nông dân Việt Nam; ông Lê Văn Hòa, Phó Bí thư, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Nam Định. Trả lời các đại biểu, Bộ trưởng Bộ Tài chính Phan Văn Sáu cho biết. Ông Đỗ Văn Tư, nguyên Tổng Giám đốc, Phó Chủ tịch HĐQT Ngân hàng Nam Á bị bắt."),
            [
                post("Lê Văn Hòa", "Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy Nam Định", Status::Held),
                post("Lê Văn Hòa", "Phó Bí thư", "Tỉnh ủy Nam Định", Status::Held),
                post("Phan Văn Sáu", "Bộ trưởng", "Bộ Tài chính", Status::Held),
                post("Trần Thị Lan", "Phó Chủ tịch", "Hội Nông dân Việt Nam", Status::Held),
                post("Trần Thị Lan", "Tổng Thư ký", "Hội Nông dân Việt Nam", Status::Held),
                post("Đỗ Văn Tư", "Phó Chủ tịch", "Hội đồng quản trị Ngân hàng Nam Á", Status::Former),
                post("Đỗ Văn Tư", "Tổng Giám đốc", "Ngân hàng Nam Á", Status::Former),
            ]
        );
    }

    #[test]
    fn titles_after_a_semicolon_before_a_name_are_that_names() {
        assert_eq!(
            posts("Cùng đi có Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Lê Văn Bình; Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn Cường."),
            [
                post("Lê Văn Bình", "Bộ trưởng", "Bộ Ngoại giao", Status::Held),
                post("Lê Văn Bình", "Phó Thủ tướng", "Chính phủ", Status::Held),
                post("Trần Văn Cường", "Bộ trưởng", "Văn phòng Chính phủ", Status::Held),
                post("Trần Văn Cường", "Chủ nhiệm", "Văn phòng Chính phủ", Status::Held),
            ]
        );
    }

    #[test]
    fn titles_after_a_semicolon_are_the_next_names_past_words_no_title_holds() {
        let got = posts("Đoàn có Thứ trưởng Bộ Công an Lê Văn Bình; Thứ trưởng Bộ Ngoại giao, Trưởng nhóm APEC Việt Nam Trần Văn Cường; Đại sứ Việt Nam tại Lào Đỗ Thị Hoa.");
        assert!(got.contains(&post(
            "Lê Văn Bình",
            "Thứ trưởng",
            "Bộ Công an",
            Status::Held
        )));
        assert!(!got.contains(&post(
            "Lê Văn Bình",
            "Thứ trưởng",
            "Bộ Ngoại giao",
            Status::Held
        )));
    }

    #[test]
    fn a_name_ends_after_an_abbreviation_or_before_a_dash_and_a_count() {
        assert_eq!(
            posts("Ông Trần Văn An, nguyên Bộ trưởng Bộ TTTT thừa nhận sai phạm."),
            [post(
                "Trần Văn An",
                "Bộ trưởng",
                "Bộ Thông tin và Truyền thông",
                Status::Former
            )]
        );
        assert_eq!(
            posts(
                "Tòa tuyên phạt Trần Văn An, nguyên Trưởng ban Tài chính PVEP lĩnh án 20 năm tù."
            ),
            [post(
                "Trần Văn An",
                "Trưởng ban",
                "Ban Tài chính PVEP",
                Status::Former
            )]
        );
        assert_eq!(
            posts("Ông Trần Văn An, nguyên Tổng cục trưởng Tổng cục Cảnh sát - 9 năm tù."),
            [post(
                "Trần Văn An",
                "Tổng Cục trưởng",
                "Tổng cục Cảnh sát",
                Status::Former
            )]
        );
        assert_eq!(
            posts("Ngân hàng cử ông Trần Văn An, Chủ tịch HĐQT VietinBank làm người đại diện vốn."),
            [post(
                "Trần Văn An",
                "Chủ tịch",
                "Hội đồng quản trị VietinBank",
                Status::Held
            )]
        );
        // A school's number goes on after its kind.
        assert_eq!(
            posts("Ông Trần Văn An, Hiệu trưởng Trường THPT số 1 Văn Bàn, phát biểu."),
            [post(
                "Trần Văn An",
                "Hiệu trưởng",
                "Trường Trung học phổ thông số 1 Văn Bàn",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_committee_of_the_national_assembly_names_it() {
        assert_eq!(
            posts("Bà Lê Thị Hoa, Chủ nhiệm Ủy ban Tư pháp, phát biểu tại phiên họp."),
            [post(
                "Lê Thị Hoa",
                "Chủ nhiệm",
                "Ủy ban Tư pháp Quốc hội",
                Status::Held
            )]
        );
        // Written after it, the assembly keeps its canonical spelling.
        assert_eq!(
            posts("Ông Trần Văn An, Phó Chủ nhiệm Ủy ban Kinh tế Quốc Hội, phát biểu."),
            [post(
                "Trần Văn An",
                "Phó Chủ nhiệm",
                "Ủy ban Kinh tế Quốc hội",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_dismissal_from_a_named_post_ends_it() {
        assert_eq!(
            posts(
                "HĐND tỉnh thông qua nghị quyết miễn nhiệm chức danh Chủ tịch UBND tỉnh \
                 Nam Định đối với ông Trần Văn An."
            ),
            [post(
                "Trần Văn An",
                "Chủ tịch",
                "Ủy ban nhân dân tỉnh Nam Định",
                Status::Ends
            )]
        );
    }

    #[test]
    fn a_post_whose_span_has_closed_is_former() {
        assert_eq!(
            posts("Ông Trần Văn An giữ chức Tổng biên tập Báo Nam Định từ tháng 8/1991 đến tháng 8/1996."),
            [post("Trần Văn An", "Tổng Biên tập", "Báo Nam Định", Status::Former)]
        );
        // To this day: still held.
        assert_eq!(
            posts("Ông Trần Văn An giữ chức Tổng biên tập Báo Nam Định từ tháng 8/1991 đến nay."),
            [post(
                "Trần Văn An",
                "Tổng Biên tập",
                "Báo Nam Định",
                Status::Starts
            )]
        );
        // A target further on is no span of the post.
        assert_eq!(
            posts("Ông Trần Văn An, Giám đốc Sở Y tế tỉnh Nam Định, cho biết đến năm 2030 tỉnh có 5 bệnh viện."),
            [post("Trần Văn An", "Giám đốc", "Sở Y tế tỉnh Nam Định", Status::Held)]
        );
    }

    #[test]
    fn a_span_of_years_after_a_title_closes_it() {
        // `từ 10/2015 - 6/2018`: a dash between two dates ends a span.
        assert_eq!(
            posts("Ông Lâm Văn Khải (Chủ tịch UBND tỉnh Bến Tre từ 10/2015 - 6/2018) cho rằng việc này đúng."),
            [post("Lâm Văn Khải", "Chủ tịch", "Ủy ban nhân dân tỉnh Bến Tre", Status::Former)]
        );
        // `giai đoạn 2006 - 2011`, `(2010-2015)`.
        assert_eq!(
            posts("Ông Lâm Văn Khải (Chủ tịch UBND tỉnh Bến Tre giai đoạn 2006 - 2011) cho rằng việc này đúng."),
            [post("Lâm Văn Khải", "Chủ tịch", "Ủy ban nhân dân tỉnh Bến Tre", Status::Former)]
        );
        assert_eq!(
            posts(
                "Ông Lâm Văn Khải, Chủ tịch UBND tỉnh Bến Tre (2010-2015) cho rằng việc này đúng."
            ),
            [post(
                "Lâm Văn Khải",
                "Chủ tịch",
                "Ủy ban nhân dân tỉnh Bến Tre",
                Status::Former
            )]
        );
        // (A date written with a dash is no span: `tháng 3 - 2016`.)
        assert_eq!(
            posts("Ông Lâm Văn Khải, Chủ tịch UBND tỉnh Bến Tre từ tháng 3 - 2016, cho rằng việc này đúng."),
            [post("Lâm Văn Khải", "Chủ tịch", "Ủy ban nhân dân tỉnh Bến Tre", Status::Held)]
        );
    }

    #[test]
    fn a_name_then_has_retired_ends_the_title_before_it() {
        assert_eq!(
            posts("Ông Võ Minh Khang làm giả chữ ký của Chủ tịch UBND tỉnh Long An Đào Văn Lực (hiện đã nghỉ hưu)."),
            [post("Đào Văn Lực", "Chủ tịch", "Ủy ban nhân dân tỉnh Long An", Status::Former)]
        );
        // `trong khi đó` (meanwhile) is no `khi đó` (at that time).
        assert_eq!(
            posts("Chủ tịch UBND tỉnh Long An Đào Văn Lực trong khi đó cho biết tỉnh sẽ kiểm tra."),
            [post(
                "Đào Văn Lực",
                "Chủ tịch",
                "Ủy ban nhân dân tỉnh Long An",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_short_name_of_a_ministry_or_department_is_its_full_name() {
        assert_eq!(
            posts("Ông Đào Văn Lực, Phó Chánh Thanh tra Bộ Lao động cho biết."),
            [post(
                "Đào Văn Lực",
                "Phó Chánh Thanh tra",
                "Bộ Lao động - Thương binh và Xã hội",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Ông Đào Văn Lực, Giám đốc Sở Giáo dục tỉnh Long An cho biết."),
            [post(
                "Đào Văn Lực",
                "Giám đốc",
                "Sở Giáo dục và Đào tạo tỉnh Long An",
                Status::Held
            )]
        );
        // Not where the name goes on (`Sở Văn hóa và Thể thao`), nor before
        // a country.
        assert_eq!(
            posts("Ông Đào Văn Lực, Giám đốc Sở Văn hóa và Thể thao Hà Nội cho biết."),
            [post(
                "Đào Văn Lực",
                "Giám đốc",
                "Sở Văn hóa và Thể thao thành phố Hà Nội",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Bộ trưởng Lao động Mỹ Alexander Acosta cho biết."),
            [post(
                "Alexander Acosta",
                "Bộ trưởng",
                "Bộ Lao động Mỹ",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_company_named_after_a_person_after_its_legal_form() {
        assert_eq!(
            posts("Anh Lý Minh Khôi - giám đốc Công ty TNHH Hồ Quang Đạt - cho hay công ty đã nộp thuế."),
            [post(
                "Lý Minh Khôi",
                "Giám đốc",
                "Công ty Trách nhiệm hữu hạn Hồ Quang Đạt",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Ông Lý Minh Khôi, Giám đốc Công ty Cổ phần Trần Quang Đạt, cho biết."),
            [post(
                "Lý Minh Khôi",
                "Giám đốc",
                "Công ty Cổ phần Trần Quang Đạt",
                Status::Held
            )]
        );
    }

    #[test]
    fn spokespeople_senators_and_heads_of_branches_hold_posts() {
        assert_eq!(
            posts("Người phát ngôn Bộ Ngoại giao Lê Thị Thu Vân cho biết."),
            [post(
                "Lê Thị Thu Vân",
                "Người phát ngôn",
                "Bộ Ngoại giao",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Thư ký báo chí Nhà Trắng Anna Brooks nói."),
            [post(
                "Anna Brooks",
                "Thư ký báo chí",
                "Nhà Trắng Mỹ",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Thượng nghị sĩ Mỹ Paul Whitman nói."),
            [post(
                "Paul Whitman",
                "Thượng nghị sĩ",
                "Thượng viện Mỹ",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Ông Trần Văn Lượng, Chi cục trưởng Chi cục Kiểm lâm Đà Nẵng cho biết."),
            [post(
                "Trần Văn Lượng",
                "Chi cục trưởng",
                "Chi cục Kiểm lâm Đà Nẵng",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Ông Trần Văn Lượng, Hạt trưởng Kiểm lâm huyện Hương Sơn cho biết."),
            [post(
                "Trần Văn Lượng",
                "Hạt trưởng",
                "Hạt Kiểm lâm huyện Hương Sơn",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_title_after_a_word_of_number_is_no_post_of_the_name_before() {
        // `Tổng thống Trump và các nghị sĩ`: the senators are many others.
        assert_eq!(
            posts("Thủ tướng Anh Mary Hollis và các nghị sĩ Bảo thủ đã bỏ phiếu."),
            [post(
                "Mary Hollis",
                "Thủ tướng",
                "Chính phủ Anh",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Chủ tịch UBND tỉnh Bình Định Lê Văn Toàn và 4 phó chủ tịch UBND tỉnh đã dự."),
            [post(
                "Lê Văn Toàn",
                "Chủ tịch",
                "Ủy ban nhân dân tỉnh Bình Định",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_bare_title_before_what_is_said_opens_a_clause() {
        // `Tổng thống Đức X, Thủ tướng khẳng định ...`: the Prime Minister
        // speaks; X holds one title.
        assert_eq!(
            posts("Trong cuộc hội kiến với Tổng thống Đức Karl Brenner, Thủ tướng khẳng định quan hệ hai nước rất tốt."),
            [post("Karl Brenner", "Tổng thống", "Nhà nước Đức", Status::Held)]
        );
    }

    #[test]
    fn an_ocean_is_no_person_nor_province() {
        assert!(posts(
            "\"Biển Đông không còn là vấn đề của riêng châu Á - Thái Bình Dương\", Paul Whitman, cựu đại sứ Đức tại Trung Quốc nói."
        )
        .iter()
        .all(|p| p.0 != "Thái Bình Dương"));
        assert_eq!(
            posts("Ông Paul Whitman, cựu Đại sứ Mỹ tại Nhật Bản, nhà nghiên cứu về châu Á - Thái Bình Dương, nói."),
            [post("Paul Whitman", "Đại sứ", "Đại sứ quán Mỹ tại Nhật Bản", Status::Former)]
        );
    }

    #[test]
    fn foreign_names_with_hyphens_and_particles_are_whole() {
        assert_eq!(
            posts("Ông Kim Do - hyon, Đại sứ Hàn Quốc tại Việt Nam, cho biết."),
            [post(
                "Kim Do - hyon",
                "Đại sứ",
                "Đại sứ quán Hàn Quốc tại Việt Nam",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Tổng thống UAE Sheikh Rashid bin Saeed Al Hamad phát biểu."),
            [post(
                "Sheikh Rashid bin Saeed Al Hamad",
                "Tổng thống",
                "Nhà nước UAE",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_company_then_a_holder_whose_family_name_is_a_head_word() {
        // `CTCP` is a company; `Đoàn` a family name here, not a delegation.
        assert_eq!(
            posts("Chủ tịch HĐQT CTCP Hoàng Anh Gia Lai Đoàn Văn Đức vừa đăng ký bán cổ phiếu."),
            [post(
                "Đoàn Văn Đức",
                "Chủ tịch",
                "Hội đồng quản trị Công ty Cổ phần Hoàng Anh Gia Lai",
                Status::Held
            )]
        );
        // What is said after a body ends its name.
        assert_eq!(
            posts("Trung tướng Lê Văn Tình, nguyên Chính ủy Quân chủng Phòng không - Không quân chịu trách nhiệm người đứng đầu."),
            [post(
                "Lê Văn Tình",
                "Chính ủy",
                "Quân chủng Phòng không - Không quân",
                Status::Former
            )]
        );
    }

    #[test]
    fn family_names_of_the_peoples_of_the_north_west_and_the_south() {
        assert_eq!(
            posts("Phó Chủ tịch UBND tỉnh Điện Biên Tòng Thị Hoa cho biết."),
            [post(
                "Tòng Thị Hoa",
                "Phó Chủ tịch",
                "Ủy ban nhân dân tỉnh Điện Biên",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Chủ tịch UBND tỉnh Kiên Giang Danh Út cho biết."),
            [post(
                "Danh Út",
                "Chủ tịch",
                "Ủy ban nhân dân tỉnh Kiên Giang",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_title_then_a_comma_and_an_honored_name_is_the_names() {
        assert_eq!(
            posts("Chủ tịch Tập đoàn Hòa Bình, bà Lê Thị Ngân cho biết dự án rất quan trọng."),
            [post(
                "Lê Thị Ngân",
                "Chủ tịch",
                "Tập đoàn Hòa Bình",
                Status::Held
            )]
        );
        // A name without one between two commas too (not one the clause
        // goes on from).
        assert_eq!(
            posts("Trưởng Công an huyện Khánh Vĩnh, Lê Văn Nam, xác nhận em Đại tử vong."),
            [post(
                "Lê Văn Nam",
                "Trưởng Công an",
                "Công an huyện Khánh Vĩnh",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Trưởng Công an huyện Khánh Vĩnh, Lê Văn Nam xác nhận em Đại tử vong."),
            []
        );
        // In lower case too, as many papers write titles.
        assert_eq!(
            posts("Tại phiên họp, phó chủ tịch UBND tỉnh Nghệ An, ông Trần Văn Tuyến, cho biết."),
            [post(
                "Trần Văn Tuyến",
                "Phó Chủ tịch",
                "Ủy ban nhân dân tỉnh Nghệ An",
                Status::Held
            )]
        );
        // In a list of guests, the next guest's title after `;` is not
        // the name's own.
        assert_eq!(
            posts("Dự có Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch, ông Lê Văn Hải; Chủ tịch UBND tỉnh Nam Định, ông Trần Văn Lâm."),
            [
                post("Lê Văn Hải", "Bộ trưởng", "Bộ Văn hóa, Thể thao và Du lịch", Status::Held),
                post("Trần Văn Lâm", "Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định", Status::Held),
            ]
        );
        assert_eq!(
            posts("Nguyên Giám đốc Sở Y tế tỉnh Nam Định, ông Trần Văn Hòa bị kỷ luật."),
            [post(
                "Trần Văn Hòa",
                "Giám đốc",
                "Sở Y tế tỉnh Nam Định",
                Status::Former
            )]
        );
        // Not a title another word takes (`người phát ngôn của Tổng thống
        // Nga, ông X`), nor many people's.
        assert!(posts(
            "Theo người phát ngôn của Tổng thống Nga, ông Ivan Petrov, cuộc gặp sẽ diễn ra."
        )
        .iter()
        .all(|p| p.1 != "Tổng thống"));
    }

    #[test]
    fn a_brand_between_a_role_and_its_holder_is_the_body() {
        assert_eq!(
            posts("Tổng Giám đốc Novatel Bùi Văn Huy bất ngờ đăng ký mua cổ phiếu."),
            [post(
                "Bùi Văn Huy",
                "Tổng Giám đốc",
                "Novatel",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_committee_a_role_names_belongs_to_the_next_titles_body() {
        assert_eq!(
            posts("Chuẩn đô đốc Lê Văn Đạo, nguyên Đảng ủy viên, nguyên Phó tư lệnh Quân chủng Hải quân, cùng chịu trách nhiệm."),
            [
                post("Lê Văn Đạo", "Phó Tư lệnh", "Quân chủng Hải quân", Status::Former),
                post("Lê Văn Đạo", "Ủy viên", "Đảng ủy Quân chủng Hải quân", Status::Former),
            ]
        );
    }

    #[test]
    fn a_body_in_lower_case_after_a_role_is_read_when_it_holds_a_name_or_a_place() {
        assert_eq!(
            posts(
                "Bà Trần Thị Hoa, Hiệu trưởng trường mầm non Thanh Khương, cho biết. \
                 Ông Nguyễn Văn Giang là Giám đốc trung tâm y tế tỉnh Nam Định."
            ),
            [
                post(
                    "Nguyễn Văn Giang",
                    "Giám đốc",
                    "Trung tâm y tế tỉnh Nam Định",
                    Status::Held
                ),
                post(
                    "Trần Thị Hoa",
                    "Hiệu trưởng",
                    "Trường mầm non Thanh Khương",
                    Status::Held
                ),
            ]
        );
    }

    #[test]
    fn a_bare_title_then_the_kind_of_its_body_takes_no_body_of_another_kind() {
        // (`Giám đốc bệnh viện`: the hospital's, not the centre named before.)
        assert_eq!(
            posts(
                "Ông Nguyễn Văn Giang là Giám đốc Trung tâm Y tế tỉnh Nam Định. \
                 Thông tin này đã được ông Hồ Văn Mỹ, Giám đốc bệnh viện xác nhận."
            ),
            [post(
                "Nguyễn Văn Giang",
                "Giám đốc",
                "Trung tâm Y tế tỉnh Nam Định",
                Status::Held
            )]
        );
        assert!(posts(
            "Bà Lê Thị Hà, Phó Giám đốc Bệnh viện Đa khoa tỉnh Nam Định, cho biết. \
             Ông Nguyễn Văn Giang là Giám đốc Trung tâm Y tế tỉnh Nam Định. \
             Ông Hồ Văn Mỹ, Giám đốc bệnh viện, nói thêm."
        )
        .contains(&post(
            "Hồ Văn Mỹ",
            "Giám đốc",
            "Bệnh viện Đa khoa tỉnh Nam Định",
            Status::Held
        )));
    }

    #[test]
    fn the_title_before_a_name_given_another_post_is_that_names() {
        assert_eq!(
            posts(
                "UBND tỉnh Nam Định bổ nhiệm Phó Giám đốc Sở Tài chính Đỗ Văn An giữ chức \
                 Giám đốc Sở Tài chính."
            ),
            [
                post(
                    "Đỗ Văn An",
                    "Giám đốc",
                    "Sở Tài chính tỉnh Nam Định",
                    Status::Starts
                ),
                post(
                    "Đỗ Văn An",
                    "Phó Giám đốc",
                    "Sở Tài chính tỉnh Nam Định",
                    Status::Ends
                ),
            ]
        );
    }

    #[test]
    fn a_party_organization_of_a_central_bloc_keeps_its_name() {
        assert_eq!(
            posts("Ông Lê Văn Tám là Ủy viên Ban Chấp hành Đảng bộ Khối Kinh tế Trung ương."),
            [post(
                "Lê Văn Tám",
                "Ủy viên",
                "Đảng bộ Khối Kinh tế Trung ương",
                Status::Held
            )]
        );
    }

    #[test]
    fn saying_and_term_words_end_a_body_name() {
        assert_eq!(
            posts(
                "Ông Phan Văn Toàn, Hiệu trưởng Trường THPT Hương Khê xác nhận sự việc. \
                 Ông Vũ Văn Thắng giữ chức Hiệu trưởng Trường Đại học Đông Đô nhiệm kỳ \
                 2017-2022. Ông Lê Văn Chính, Tổng Giám đốc Công ty Vĩnh Phú tố giác hành vi."
            ),
            [
                post(
                    "Lê Văn Chính",
                    "Tổng Giám đốc",
                    "Công ty Vĩnh Phú",
                    Status::Held
                ),
                post(
                    "Phan Văn Toàn",
                    "Hiệu trưởng",
                    "Trường Trung học phổ thông Hương Khê",
                    Status::Held
                ),
                post(
                    "Vũ Văn Thắng",
                    "Hiệu trưởng",
                    "Trường Đại học Đông Đô",
                    Status::Starts
                ),
            ]
        );
    }

    #[test]
    fn the_capitals_command_and_its_departments_and_short_ministry_names() {
        assert_eq!(
            posts(
                "Bộ trưởng Nông nghiệp Cao Văn Phát cho hay. Thượng tá Lê Văn Hữu, Trưởng \
                 phòng Tuyên huấn, Bộ Tư lệnh Thủ đô cho biết."
            ),
            [
                post(
                    "Cao Văn Phát",
                    "Bộ trưởng",
                    "Bộ Nông nghiệp và Phát triển nông thôn",
                    Status::Held
                ),
                post(
                    "Lê Văn Hữu",
                    "Trưởng phòng",
                    "Phòng Tuyên huấn Bộ Tư lệnh Thủ đô Hà Nội",
                    Status::Held
                ),
            ]
        );
    }

    #[test]
    fn a_kin_named_in_brackets_does_not_take_the_posts_after_them() {
        assert_eq!(
            posts(
                "Ông Trần Quang Khải (con trai ông Trần Trung Kha) giữ chức Tổng Giám đốc \
                 Công ty Khai Sơn."
            ),
            [post(
                "Trần Quang Khải",
                "Tổng Giám đốc",
                "Công ty Khai Sơn",
                Status::Starts
            )]
        );
    }

    #[test]
    fn a_title_before_a_name_then_what_the_person_is_now_was_held_then() {
        assert_eq!(
            posts(
                "Năm 2014, nhà thầu gửi văn bản tới Phó Thủ tướng Lê Văn Phúc (nay là Thủ \
                 tướng) để tố cáo."
            ),
            [post(
                "Lê Văn Phúc",
                "Phó Thủ tướng",
                "Chính phủ",
                Status::Former
            )]
        );
        // (`ATGT` inside a name is written out.)
        assert_eq!(
            posts("Ông Lê Văn Thể, Phó Chủ tịch Ủy ban ATGT Quốc gia cho biết."),
            [post(
                "Lê Văn Thể",
                "Phó Chủ tịch",
                "Ủy ban An toàn giao thông Quốc gia",
                Status::Held
            )]
        );
    }

    #[test]
    fn an_appointment_denied_gives_no_post() {
        assert_eq!(
            posts(
                "Ông Lê Văn Ba cho biết không thể điều động ông Trần Văn Hải làm Phó Chủ tịch \
                 UBND tỉnh Nam Định. HĐND tỉnh chưa bầu ông Đỗ Văn An làm Chủ tịch UBND tỉnh \
                 Nam Định."
            ),
            []
        );
    }

    #[test]
    fn a_post_taken_since_when_something_happened_is_held() {
        assert_eq!(
            posts("Đây là cuộc gặp đầu tiên kể từ khi ông Emmanuel Macron đắc cử Tổng thống Pháp."),
            [post(
                "Emmanuel Macron",
                "Tổng thống",
                "Nhà nước Pháp",
                Status::Held
            )]
        );
        // (With the name before: the post is still held, not taken now.)
        assert_eq!(
            posts(
                "Đây là lần thứ 5 ông Emmanuel Macron đi nghỉ kể từ khi trở thành Tổng thống Pháp."
            ),
            [post(
                "Emmanuel Macron",
                "Tổng thống",
                "Nhà nước Pháp",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_bare_title_of_someone_given_it_before_keeps_that_body() {
        // (Not the ministry named last: `đề nghị Bộ Giao thông vận tải`.)
        assert_eq!(
            posts(
                "Thứ trưởng Bộ Y tế Trần Văn Long cho biết dịch đang lan. \
                 Thứ trưởng Long đề nghị Bộ Giao thông vận tải phối hợp kiểm dịch. \
                 Thứ trưởng Long nhấn mạnh cần khẩn trương."
            ),
            [post("Trần Văn Long", "Thứ trưởng", "Bộ Y tế", Status::Held)]
        );
    }

    #[test]
    fn a_province_named_once_in_passing_does_not_take_the_articles_bodies() {
        let text = "Sở Nội vụ Hà Nội có tám phó giám đốc. \
                    Hà Nội cần giảm số phó giám đốc. \
                    Dân số hai xã này gần bằng nửa tỉnh Bắc Kạn. \
                    Số cán bộ tăng nhanh. \
                    Nhiều đơn vị chưa sắp xếp lại. \
                    Ông Trần Văn Bình, Giám đốc Sở Nội vụ, cho biết sẽ sắp xếp lại.";
        assert_eq!(
            posts(text),
            [post(
                "Trần Văn Bình",
                "Giám đốc",
                "Sở Nội vụ thành phố Hà Nội",
                Status::Held
            )]
        );
        // Named just before, it is the passage's province.
        let text = "Sở Nội vụ Hà Nội có tám phó giám đốc. \
                    Hà Nội cần giảm số phó giám đốc. \
                    Tại tỉnh Bắc Kạn, số cán bộ tăng nhanh. \
                    Ông Trần Văn Bình, Giám đốc Sở Nội vụ, cho biết sẽ sắp xếp lại.";
        assert_eq!(
            posts(text),
            [post(
                "Trần Văn Bình",
                "Giám đốc",
                "Sở Nội vụ tỉnh Bắc Kạn",
                Status::Held
            )]
        );
    }

    #[test]
    fn the_abbot_of_a_temple_holds_a_post_whatever_the_temples_name() {
        assert_eq!(
            posts("Thượng tọa Thích Quang Hòa, trụ trì chùa Pháp Vân, cho biết."),
            [post(
                "Thích Quang Hòa",
                "Trụ trì",
                "Chùa Pháp Vân",
                Status::Held
            )]
        );
        // A temple's name may hold a person's (`Lâm Sùng Phúc`).
        assert_eq!(
            posts("Đại đức Thích Tâm Thuần, trụ trì Thiền viện Trúc Lâm Sùng Phúc (Hà Nội), cho biết."),
            [post(
                "Thích Tâm Thuần",
                "Trụ trì",
                "Thiền viện Trúc Lâm Sùng Phúc",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_bare_title_a_board_votes_for_is_a_post_on_the_board() {
        assert_eq!(
            posts("Hội đồng quản trị Tập đoàn Hòa Phát hôm 27/4 đã bầu ông Trần Văn Bình làm Chủ tịch."),
            [post(
                "Trần Văn Bình",
                "Chủ tịch",
                "Hội đồng quản trị Tập đoàn Hòa Phát",
                Status::Starts
            )]
        );
    }

    #[test]
    fn a_district_then_a_full_name_is_a_body_and_its_holder() {
        assert_eq!(
            posts("Sáng 8/7, Bí thư Huyện ủy Hoài Nhơn Nguyễn Thanh Bình đã phát biểu."),
            [post(
                "Nguyễn Thanh Bình",
                "Bí thư",
                "Huyện ủy Hoài Nhơn",
                Status::Held
            )]
        );
        // A name of four words after a district of two.
        assert_eq!(
            posts("Chủ tịch UBND quận Thủ Đức Đặng Nguyễn Thanh Minh vừa ký văn bản."),
            [post(
                "Đặng Nguyễn Thanh Minh",
                "Chủ tịch",
                "Ủy ban nhân dân quận Thủ Đức",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_name_after_at_with_its_province_in_brackets_is_a_place() {
        let text = "Ông Trần Văn Bình sinh năm 1935. \
                    Sau khi nghỉ hưu, ông đã thành lập trường đại học tại Hà Đông (Hà Nội). \
                    Năm 2007, ông làm Chủ tịch Hiệp hội Làng nghề Việt Nam.";
        assert_eq!(
            posts(text),
            [post(
                "Trần Văn Bình",
                "Chủ tịch",
                "Hiệp hội Làng nghề Việt Nam",
                Status::Starts
            )]
        );
    }

    #[test]
    fn a_sequence_word_before_a_title_addressing_a_name_sets_no_status() {
        assert_eq!(
            posts("Ông Trump hội kiến Thủ tướng Nguyễn Xuân Phúc và sau đó là Chủ tịch Triều Tiên Kim Jong Un."),
            [
                post("Kim Jong Un", "Chủ tịch", "Nhà nước Triều Tiên", Status::Held),
                post("Nguyễn Xuân Phúc", "Thủ tướng", "Chính phủ", Status::Held)
            ]
        );
        // In a career it still tells a past post.
        assert_eq!(
            posts("Ông Trần Văn Bình từng là Bí thư Huyện ủy Ý Yên, sau đó là Phó Chủ tịch UBND tỉnh Nam Định."),
            [
                post("Trần Văn Bình", "Bí thư", "Huyện ủy Ý Yên", Status::Former),
                post(
                    "Trần Văn Bình",
                    "Phó Chủ tịch",
                    "Ủy ban nhân dân tỉnh Nam Định",
                    Status::Former
                )
            ]
        );
    }

    #[test]
    fn a_decision_handed_to_someone_gives_them_the_title() {
        assert_eq!(
            posts("Ngày 5/3, Bộ trưởng Bộ Giao thông vận tải Nguyễn Văn Thể đã trao quyết định bổ nhiệm Cục trưởng Cục Đường bộ cho ông Lê Triệu Sơn."),
            [
                post("Lê Triệu Sơn", "Cục trưởng", "Cục Đường bộ", Status::Starts),
                post(
                    "Nguyễn Văn Thể",
                    "Bộ trưởng",
                    "Bộ Giao thông vận tải",
                    Status::Held
                )
            ]
        );
    }

    #[test]
    fn a_head_that_begins_a_longer_word_names_no_body() {
        // (`luật Sở hữu trí tuệ` is a law, no department a bare `sở` can
        // borrow; `Trường Hợp Lý`, capitalized, is a school's name.)
        let found = posts(
            "Ông Trần Văn An, Chủ tịch Hội Văn học Nghệ thuật tỉnh Nam Định, ký theo luật Sở hữu \
             trí tuệ. Ông Lê Văn Bình, Phó Giám đốc sở cho biết. Bà Vũ Thị Hồng, Phó Hiệu \
             trưởng Trường Hợp Lý, cho biết thêm.",
        );
        assert!(
            !found.iter().any(|p| p.2.starts_with("Sở hữu")),
            "{found:?}"
        );
        assert!(found
            .iter()
            .any(|p| p.0 == "Vũ Thị Hồng" && p.2.starts_with("Trường Hợp Lý")));
    }

    #[test]
    fn a_title_with_the_word_of_its_election_is_a_post_just_taken() {
        // (`Tổng thống đắc cử Mỹ A`, `Tổng thống Pháp mới đắc cử B`: the
        // word between the title and the name kept them apart.)
        for (text, person, org) in [
            (
                "Tổng thống đắc cử Mỹ Donald Trump sẽ gặp các cố vấn.",
                "Donald Trump",
                "Nhà nước Mỹ",
            ),
            (
                "Tổng thống Pháp mới đắc cử Emmanuel Macron sẽ tới Berlin.",
                "Emmanuel Macron",
                "Nhà nước Pháp",
            ),
        ] {
            assert_eq!(
                posts(text),
                [post(person, "Tổng thống", org, Status::Starts)],
                "{text}"
            );
        }
        // (Elected to another post: the title before is still held.)
        assert!(
            posts("Ông Lê Văn An, Bí thư Tỉnh ủy Nam Định đắc cử đại biểu Quốc hội.").contains(
                &post("Lê Văn An", "Bí thư", "Tỉnh ủy Nam Định", Status::Held)
            )
        );
    }

    #[test]
    fn a_joint_stock_commercial_bank_is_named_in_full() {
        // (`TMCP`, as the guide writes `Công ty CP` out: one name for the
        // bank however an article abbreviates it.)
        assert_eq!(
            posts("Ông Lê Văn An, Chủ tịch HĐQT Ngân hàng TMCP Bưu điện Liên Việt, cho biết."),
            [post(
                "Lê Văn An",
                "Chủ tịch",
                "Hội đồng quản trị Ngân hàng Thương mại Cổ phần Bưu điện Liên Việt",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_high_court_is_not_the_court_of_the_city_it_sits_in() {
        // (`TAND cấp cao tại Hà Nội` was read as the court of Hà Nội.)
        assert_eq!(
            posts(
                "Ông Lê Văn An, Chánh án TAND cấp cao tại Hà Nội, và ông Lê Văn Cường, Viện \
                 trưởng VKSND cấp cao tại TP.HCM, dự họp."
            ),
            [
                post(
                    "Lê Văn An",
                    "Chánh án",
                    "Tòa án nhân dân cấp cao tại Hà Nội",
                    Status::Held
                ),
                post(
                    "Lê Văn Cường",
                    "Viện trưởng",
                    "Viện kiểm sát nhân dân cấp cao tại Thành phố Hồ Chí Minh",
                    Status::Held
                ),
            ]
        );
    }

    #[test]
    fn a_cue_of_the_past_with_the_subjects_pronoun_inside_is_former() {
        // (`trong thời gian bà còn làm T`: `còn làm` alone read as taking T.)
        for (text, person, role, org) in [
            (
                "Bà Jane Doe bị điều tra vì sai phạm trong thời gian bà còn làm Bộ trưởng Tài \
                 chính Pháp.",
                "Jane Doe",
                "Bộ trưởng",
                "Bộ Tài chính Pháp",
            ),
            (
                "Ông Trần Văn Bình kể trong thời gian ông làm Giám đốc Sở Y tế tỉnh Nam Định \
                 rất vất vả.",
                "Trần Văn Bình",
                "Giám đốc",
                "Sở Y tế tỉnh Nam Định",
            ),
        ] {
            assert_eq!(
                posts(text),
                [post(person, role, org, Status::Former)],
                "{text}"
            );
        }
        // (`lúc ông ấy`: the pronoun with its `ấy`, no `lúc ấy`.)
        assert_eq!(
            posts("Thật khó khi đứng sau Tổng thống Philippines Rodrigo Duterte lúc ông ấy phát biểu."),
            [post(
                "Rodrigo Duterte",
                "Tổng thống",
                "Nhà nước Philippines",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_new_title_after_cho_is_not_the_givers() {
        // (`A trao hoa cho tân Phó Giám đốc Sở`: someone else's new post,
        // not A's; the position in brackets kept it A's.)
        assert_eq!(
            posts(
                "Ông Đặng Văn Dũng (đứng giữa) trao hoa cho tân Phó Giám đốc Sở Y tế tỉnh Nam \
                 Định."
            ),
            []
        );
    }

    #[test]
    fn a_role_starting_with_vu_is_no_end_of_giu_chuc_vu() {
        // `giữ chức Vụ trưởng`: not the cue `giữ chức vụ` then `trưởng`.
        assert_eq!(
            posts("Ông Trần Văn Bình được giao giữ chức Vụ trưởng Vụ Pháp chế."),
            [post(
                "Trần Văn Bình",
                "Vụ trưởng",
                "Vụ Pháp chế",
                Status::Starts
            )]
        );
    }

    #[test]
    fn heads_of_investigation_agencies_and_their_police_posts() {
        // `Thủ trưởng` leads a `Cơ quan`; a title before it and a comma is
        // a post of the police the agency belongs to, written or not.
        assert_eq!(
            posts(
                "Đại tá Trần Văn Minh, Phó Giám đốc, Thủ trưởng Cơ quan CSĐT Công an tỉnh \
                 Bình Dương cho biết vụ án đang được điều tra."
            ),
            [
                post(
                    "Trần Văn Minh",
                    "Phó Giám đốc",
                    "Công an tỉnh Bình Dương",
                    Status::Held
                ),
                post(
                    "Trần Văn Minh",
                    "Thủ trưởng",
                    "Cơ quan Cảnh sát điều tra Công an tỉnh Bình Dương",
                    Status::Held
                ),
            ]
        );
        assert_eq!(
            posts(
                "Công an tỉnh Long An cho biết, Đại tá Lê Văn Hòa, Phó Giám đốc, Thủ trưởng \
                 Cơ quan CSĐT đã chỉ đạo điều tra."
            ),
            [
                post(
                    "Lê Văn Hòa",
                    "Phó Giám đốc",
                    "Công an tỉnh Long An",
                    Status::Held
                ),
                post(
                    "Lê Văn Hòa",
                    "Thủ trưởng",
                    "Cơ quan Cảnh sát điều tra Công an tỉnh Long An",
                    Status::Held
                ),
            ]
        );
    }

    #[test]
    fn a_career_told_after_có_thời_gian_belongs_to_the_subject() {
        let got = posts(
            "Ông Trần Văn Nam được chỉ định làm Phó Bí thư Thành ủy Cần Thơ. Ông có thời gian \
             dài làm việc tại Tây Ninh ở những vị trí: Phó Giám đốc Sở Kế hoạch và Đầu tư, \
             Bí thư Huyện ủy Trảng Bàng.",
        );
        for (role, org) in [
            ("Phó Giám đốc", "Sở Kế hoạch và Đầu tư tỉnh Tây Ninh"),
            ("Bí thư", "Huyện ủy Trảng Bàng"),
        ] {
            assert!(
                got.contains(&post("Trần Văn Nam", role, org, Status::Former)),
                "{role}: {got:?}"
            );
        }
    }

    #[test]
    fn a_biography_opened_by_ông_and_a_life_record_is_the_subjects() {
        let got = posts(
            "Ông Trần Văn Nam được bầu làm Chủ tịch UBND tỉnh Nam Định. Ông sinh năm 1962, \
             quê ở Hà Nam; từng là Giám đốc Sở Tài chính tỉnh Nam Định.",
        );
        assert!(
            got.contains(&post(
                "Trần Văn Nam",
                "Giám đốc",
                "Sở Tài chính tỉnh Nam Định",
                Status::Former
            )),
            "{got:?}"
        );
    }

    #[test]
    fn heads_of_teams_stations_and_border_posts() {
        assert_eq!(
            posts("Ông Nguyễn Văn Hùng, đội trưởng Đội CSGT số 2 Công an TP Hà Nội cho biết."),
            [post(
                "Nguyễn Văn Hùng",
                "Đội trưởng",
                "Đội Cảnh sát giao thông số 2 Công an thành phố Hà Nội",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Thiếu tá Lê Văn Sơn, Đồn trưởng Đồn Biên phòng Sơn Hải cho biết."),
            [post(
                "Lê Văn Sơn",
                "Đồn trưởng",
                "Đồn Biên phòng Sơn Hải",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Ông Trần Văn Tâm, Phó trạm trưởng Trạm Kiểm lâm Ka Tang cho biết."),
            [post(
                "Trần Văn Tâm",
                "Phó Trạm trưởng",
                "Trạm Kiểm lâm Ka Tang",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_move_word_between_a_title_and_the_cue_of_the_next_post() {
        // `lên làm`, `chuyển sang làm`: the post after them is the person's.
        for verb in ["lên làm", "chuyển sang làm", "ra làm"] {
            let got = posts(&format!(
                "Bà Nguyễn Thị Lan, Giám đốc Sở Y tế {verb} Phó Chủ tịch UBND tỉnh Nghệ An."
            ));
            assert!(
                got.contains(&post(
                    "Nguyễn Thị Lan",
                    "Phó Chủ tịch",
                    "Ủy ban nhân dân tỉnh Nghệ An",
                    Status::Starts
                )),
                "{verb}: {got:?}"
            );
        }
        // The council of ministers is one body, not a minister's post.
        assert_eq!(
            posts("Chủ tịch Hội đồng Bộ trưởng Phạm Văn Đồng tiếp đoàn."),
            [post(
                "Phạm Văn Đồng",
                "Chủ tịch",
                "Hội đồng Bộ trưởng",
                Status::Held
            )]
        );
    }

    #[test]
    fn foreign_agencies_named_cơ_quan() {
        assert_eq!(
            posts("Giám đốc Cơ quan Tình báo Trung ương Mỹ Mike Pompeo cho biết."),
            [post(
                "Mike Pompeo",
                "Giám đốc",
                "Cơ quan Tình báo Trung ương Mỹ",
                Status::Held
            )]
        );
        // A Korean given name of five letters after its spaced hyphen.
        assert_eq!(
            posts("Giám đốc Cơ quan Cảnh sát Quốc gia Hàn Quốc Min Gap - ryong cam kết điều tra."),
            [post(
                "Min Gap - ryong",
                "Giám đốc",
                "Cơ quan Cảnh sát Quốc gia Hàn Quốc",
                Status::Held
            )]
        );
        // Lower case, it is no body's name.
        assert_eq!(
            posts("Các cơ quan chức năng đang điều tra, ông Nguyễn Văn Tâm cho biết."),
            []
        );
    }

    #[test]
    fn a_counterpart_holds_the_title_before_it_of_their_own_country() {
        assert_eq!(
            posts("Bộ trưởng Quốc phòng Trung Quốc Ngụy Phượng Hòa đã gặp người đồng cấp Mỹ James Mattis."),
            [
                post("James Mattis", "Bộ trưởng", "Bộ Quốc phòng Mỹ", Status::Held),
                post("Ngụy Phượng Hòa", "Bộ trưởng", "Bộ Quốc phòng Trung Quốc", Status::Held),
            ]
        );
        // Of Viet Nam, the home body; and not a title listed with the one
        // before (`Tổng thống Nga và người đồng cấp Mỹ`).
        assert_eq!(
            posts("Bộ trưởng Quốc phòng Nga Sergei Shoigu và người đồng cấp Việt Nam Ngô Xuân Lịch đã hội đàm."),
            [
                post("Ngô Xuân Lịch", "Bộ trưởng", "Bộ Quốc phòng", Status::Held),
                post("Sergei Shoigu", "Bộ trưởng", "Bộ Quốc phòng Nga", Status::Held),
            ]
        );
        assert_eq!(
            posts("Cuộc điện đàm giữa Tổng thống Nga và người đồng cấp Mỹ Donald Trump diễn ra hôm qua."),
            [post("Donald Trump", "Tổng thống", "Nhà nước Mỹ", Status::Held)]
        );
        // A head of state is a President's counterpart only as a President,
        // and not in a country a party rules.
        assert_eq!(
            posts("Chủ tịch Trung Quốc Tập Cận Bình gửi lời chia buồn đến người đồng cấp Philippines Rodrigo Duterte."),
            [post("Tập Cận Bình", "Chủ tịch", "Nhà nước Trung Quốc", Status::Held)]
        );
        assert_eq!(
            posts("Tổng thống Duterte sẽ gặp người đồng cấp Trung Quốc Tập Cận Bình vào tuần tới."),
            []
        );
        // Acting is the person's, not the office's.
        assert_eq!(
            posts("Quyền Bộ trưởng Quốc phòng Mỹ John Kerry gửi thư cho người đồng cấp Thổ Nhĩ Kỳ Karim Nouri."),
            [
                post("John Kerry", "Quyền Bộ trưởng", "Bộ Quốc phòng Mỹ", Status::Held),
                post("Karim Nouri", "Bộ trưởng", "Bộ Quốc phòng Thổ Nhĩ Kỳ", Status::Held),
            ]
        );
        // No name after it, no counterpart.
        assert_eq!(
            posts("Bộ trưởng Quốc phòng Campuchia Tea Banh thông qua người đồng cấp Singapore đã yêu cầu sửa phát biểu."),
            [post("Tea Banh", "Bộ trưởng", "Bộ Quốc phòng Campuchia", Status::Held)]
        );
    }

    #[test]
    fn a_ministry_named_in_a_sentence_without_titles_is_a_bare_ministers() {
        assert_eq!(
            posts(
                "Bộ Giáo dục và Đào tạo vừa công bố kết quả rà soát. Bộ trưởng Phùng Xuân Nhạ đề nghị lùi thời hạn."
            ),
            [post("Phùng Xuân Nhạ", "Bộ trưởng", "Bộ Giáo dục và Đào tạo", Status::Held)]
        );
        // (`Bộ` before a verb names no ministry.)
        assert_eq!(
            posts(
                "Bộ Giao thông vận tải đã họp. Cục Hàng không đề xuất trình Bộ phê duyệt quy hoạch. Bộ trưởng Nguyễn Văn Thể nhấn mạnh như vậy."
            ),
            [post("Nguyễn Văn Thể", "Bộ trưởng", "Bộ Giao thông vận tải", Status::Held)]
        );
    }

    #[test]
    fn a_locality_after_a_bodys_bracketed_abbreviation_and_a_parent_in_lower_case() {
        assert_eq!(
            posts("Ông Lê Văn Bài, Chủ tịch hội Văn học Nghệ thuật (VHNT) tỉnh Trà Vinh đã ký."),
            [post(
                "Lê Văn Bài",
                "Chủ tịch",
                "Hội Văn học Nghệ thuật tỉnh Trà Vinh",
                Status::Held
            )]
        );
        assert_eq!(
            posts(
                "Ông Trần Hùng, Phó Cục trưởng cục Quản lý thị trường (bộ Công Thương) cho biết."
            ),
            [post(
                "Trần Hùng",
                "Phó Cục trưởng",
                "Cục Quản lý thị trường Bộ Công Thương",
                Status::Held
            )]
        );
        // (Not a lower-case word after a comma: `bộ ngành` names no body.)
        assert_eq!(
            posts("Ông Trần Hùng, Phó Cục trưởng Cục Quản lý thị trường, bộ ngành liên quan cho biết."),
            [post(
                "Trần Hùng",
                "Phó Cục trưởng",
                "Cục Quản lý thị trường",
                Status::Held
            )]
        );
        // A department's name of before 2008 (org_names.tsv).
        assert_eq!(
            posts("Ông Nguyễn Xuân Hoa, nguyên giám đốc Sở Văn hóa - thông tin tỉnh Thừa Thiên Huế, cho biết."),
            [post(
                "Nguyễn Xuân Hoa",
                "Giám đốc",
                "Sở Văn hóa - Thông tin tỉnh Thừa Thiên Huế",
                Status::Former
            )]
        );
    }

    #[test]
    fn short_forms_of_deputy_and_chief_executive_titles() {
        assert_eq!(
            posts("Ông Phạm Văn Tăng, Phó phòng Văn hóa huyện Kim Sơn cho biết."),
            [post(
                "Phạm Văn Tăng",
                "Phó Trưởng phòng",
                "Phòng Văn hóa huyện Kim Sơn",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Bà Lã Thị Lan, Phó TGĐ Công ty Cổ phần Sữa Việt Nam, cho biết."),
            [post(
                "Lã Thị Lan",
                "Phó Tổng Giám đốc",
                "Công ty Cổ phần Sữa Việt Nam",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_name_in_lower_case_ends_before_gom() {
        assert_eq!(
            posts("Hiện nay, ban lãnh đạo tập đoàn Hòa Phát Xanh gồm 3 người do ông Nguyễn Văn An làm Tổng giám đốc."),
            [post(
                "Nguyễn Văn An",
                "Tổng Giám đốc",
                "Tập đoàn Hòa Phát Xanh",
                Status::Held
            )]
        );
    }

    #[test]
    fn national_bodies_whose_names_hold_commas() {
        assert_eq!(
            posts("Ông Nguyễn Văn A, Trưởng Ban Bảo vệ, chăm sóc sức khỏe cán bộ Trung ương, cho biết."),
            [post(
                "Nguyễn Văn A",
                "Trưởng ban",
                "Ban Bảo vệ, chăm sóc sức khỏe cán bộ Trung ương",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Ông Đỗ Hữu Tâm, Phó Vụ trưởng Vụ Giám sát, thẩm định và xử lý sau thanh tra, cho biết."),
            [post(
                "Đỗ Hữu Tâm",
                "Phó Vụ trưởng",
                "Vụ Giám sát, Thẩm định và Xử lý sau thanh tra",
                Status::Held
            )]
        );
        assert_eq!(
            posts(
                "Ông Lạc Văn Khang, Phó Chủ tịch Hội đồng Thi đua, Khen thưởng Trung ương, cho biết."
            ),
            [post(
                "Lạc Văn Khang",
                "Phó Chủ tịch",
                "Hội đồng Thi đua - Khen thưởng Trung ương",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_former_title_after_cua_or_an_agents_duoc_is_not_the_subjects() {
        assert_eq!(
            posts("Ông Piotr Nowak cũng chính là cháu rể của cố Thủ tướng."),
            []
        );
        assert_eq!(
            posts("Ông Nguyễn Văn An nhớ lại việc được cố Thủ tướng tặng bằng khen vào năm 1997."),
            []
        );
        // (A career told after the name is still the name's.)
        assert_eq!(
            posts("Ông Nguyễn Văn An sinh năm 1960, từng là Bí thư Tỉnh ủy Nam Định."),
            [post(
                "Nguyễn Văn An",
                "Bí thư",
                "Tỉnh ủy Nam Định",
                Status::Former
            )]
        );
    }

    #[test]
    fn viet_nam_between_a_home_title_and_its_holder() {
        assert_eq!(
            posts("Thủ tướng Việt Nam Nguyễn Xuân Phúc cho biết như vậy."),
            [post(
                "Nguyễn Xuân Phúc",
                "Thủ tướng",
                "Chính phủ",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Bộ trưởng Ngoại giao Việt Nam Phạm Bình Minh cho biết như vậy."),
            [post(
                "Phạm Bình Minh",
                "Bộ trưởng",
                "Bộ Ngoại giao",
                Status::Held
            )]
        );
    }

    #[test]
    fn posts_of_international_bodies_and_the_kremlin() {
        assert_eq!(
            posts("Ông Kamal Malhotra, Điều phối viên thường trú Liên Hợp Quốc tại Việt Nam, cho biết."),
            [post(
                "Kamal Malhotra",
                "Điều phối viên thường trú",
                "Liên Hợp Quốc",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Người phát ngôn Điện Kremlin Dmitry Peskov cho biết."),
            [post(
                "Dmitry Peskov",
                "Người phát ngôn",
                "Điện Kremlin Nga",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_name_goes_on_in_lower_case_after_a_dash_but_not_into_its_parent() {
        assert_eq!(
            posts("Ông Trần Văn Bình, Chủ tịch Hiệp hội Da giày - túi xách Việt Nam, cho biết."),
            [post(
                "Trần Văn Bình",
                "Chủ tịch",
                "Hiệp hội Da giày - túi xách Việt Nam",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Ông Trần Văn Bình, Giám đốc Nhà xuất bản Giao thông vận tải - bộ Giao thông vận tải, cho biết."),
            [post(
                "Trần Văn Bình",
                "Giám đốc",
                "Nhà xuất bản Giao thông vận tải",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_name_in_lower_case_goes_on_with_its_number() {
        assert_eq!(
            posts(
                "Thầy Trần Văn Bình - giám đốc Trung tâm Giáo dục thường xuyên số 1 - đã viết đơn."
            ),
            [post(
                "Trần Văn Bình",
                "Giám đốc",
                "Trung tâm Giáo dục thường xuyên số 1",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_title_before_a_name_with_its_own_title_in_apposition_is_anothers() {
        let got = posts(
            "Theo Phó Giám đốc Công an tỉnh Nghệ An, đại tá Trần Văn Bình, Trưởng phòng Cảnh sát giao thông, cho biết.",
        );
        assert!(got.iter().all(|p| p.1 != "Phó Giám đốc"), "{got:?}");
        assert!(
            got.iter()
                .any(|p| p.0 == "Trần Văn Bình" && p.1 == "Trưởng phòng"),
            "{got:?}"
        );
    }

    #[test]
    fn a_dash_joins_a_unit_to_the_body_it_belongs_to() {
        assert_eq!(
            posts("Ông Lê Văn Cường, Vụ trưởng Vụ Hợp tác quốc tế - Bộ Công Thương, cho biết."),
            [post(
                "Lê Văn Cường",
                "Vụ trưởng",
                "Vụ Hợp tác quốc tế Bộ Công Thương",
                Status::Held
            )]
        );
    }

    #[test]
    fn an_arabic_family_name_after_a_spaced_hyphen_is_part_of_the_name() {
        assert_eq!(
            posts("Tổng thống Syria Bashar Al - Assad kiểm soát phần lớn lãnh thổ."),
            [post(
                "Bashar Al - Assad",
                "Tổng thống",
                "Nhà nước Syria",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_foreign_official_the_news_names_often_is_a_name_whatever_its_words() {
        assert_eq!(
            posts("Ông Lưu Hạc, cố vấn kinh tế thân cận của Chủ tịch Tập Cận Bình, ngồi vào ghế Phó Thủ tướng."),
            [post("Tập Cận Bình", "Chủ tịch", "Nhà nước Trung Quốc", Status::Held)]
        );
        // (Not the end of a longer name written before it.)
        assert_eq!(
            posts("Điều đó ảnh hưởng đến Chính phủ Thổ Nhĩ Kỳ, đặc biệt là Tổng thống Recep Tayyip Erdogan."),
            [post("Recep Tayyip Erdogan", "Tổng thống", "Nhà nước Thổ Nhĩ Kỳ", Status::Held)]
        );
    }

    #[test]
    fn the_agent_of_a_passive_takes_no_title_after_the_cue() {
        assert_eq!(
            posts("Tổng thống Nga Vladimir Putin có quan hệ tốt với Rex Tillerson, người vừa được Donald Trump chỉ định làm ngoại trưởng Mỹ."),
            [post("Vladimir Putin", "Tổng thống", "Nhà nước Nga", Status::Held)]
        );
    }

    #[test]
    fn a_counted_title_is_each_names_of_the_list_after_it() {
        assert_eq!(
            posts("Hai Phó Chủ tịch UBND tỉnh Phú Yên Nguyễn Văn An và Trần Văn Bình dự họp."),
            [
                post(
                    "Nguyễn Văn An",
                    "Phó Chủ tịch",
                    "Ủy ban nhân dân tỉnh Phú Yên",
                    Status::Held
                ),
                post(
                    "Trần Văn Bình",
                    "Phó Chủ tịch",
                    "Ủy ban nhân dân tỉnh Phú Yên",
                    Status::Held
                ),
            ]
        );
        // Foreign names listed after a foreign name are names too.
        assert_eq!(
            posts("Các thượng nghị sĩ Mỹ Richard Blumenthal và Jeanne Shaheen lên tiếng."),
            [
                post(
                    "Jeanne Shaheen",
                    "Thượng nghị sĩ",
                    "Thượng viện Mỹ",
                    Status::Held
                ),
                post(
                    "Richard Blumenthal",
                    "Thượng nghị sĩ",
                    "Thượng viện Mỹ",
                    Status::Held
                ),
            ]
        );
        // So is one counted before its status word.
        assert_eq!(
            posts(
                "Tòa tuyên phạt 2 cựu Chủ tịch UBND tỉnh Phú Yên Nguyễn Văn An và Trần Văn Bình."
            ),
            [
                post(
                    "Nguyễn Văn An",
                    "Chủ tịch",
                    "Ủy ban nhân dân tỉnh Phú Yên",
                    Status::Former
                ),
                post(
                    "Trần Văn Bình",
                    "Chủ tịch",
                    "Ủy ban nhân dân tỉnh Phú Yên",
                    Status::Former
                ),
            ]
        );
        // Uncounted, the title is the first name's only.
        assert_eq!(
            posts("Phó Chủ tịch UBND tỉnh Phú Yên Nguyễn Văn An và ông Trần Văn Bình dự họp."),
            [post(
                "Nguyễn Văn An",
                "Phó Chủ tịch",
                "Ủy ban nhân dân tỉnh Phú Yên",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_member_of_a_board_holds_a_seat_on_it() {
        assert_eq!(
            posts("Ông Ngô Ngọc Quang hiện là thành viên HĐQT PVcomBank."),
            [post(
                "Ngô Ngọc Quang",
                "Thành viên",
                "Hội đồng quản trị PVcomBank",
                Status::Held
            )]
        );
        // Leaving the seat leaves the posts written before it held.
        assert_eq!(
            posts("Ông Nguyễn Văn Thể, Bộ trưởng Bộ Giao thông Vận tải, thôi làm thành viên Ủy ban Tài chính, Ngân sách của Quốc hội."),
            [
                post("Nguyễn Văn Thể", "Bộ trưởng", "Bộ Giao thông vận tải", Status::Held),
                post("Nguyễn Văn Thể", "Thành viên", "Ủy ban Tài chính - Ngân sách Quốc hội", Status::Ends),
            ]
        );
    }

    #[test]
    fn a_double_family_name_joined_by_a_spaced_hyphen_ends_a_foreign_name() {
        assert_eq!(
            posts("Chủ tịch Cuba Miguel Diaz - Canel phát biểu trong một cuộc họp quốc hội."),
            [post(
                "Miguel Diaz - Canel",
                "Chủ tịch",
                "Nhà nước Cuba",
                Status::Held
            )]
        );
        // (Not after a whole known name: two people.)
        assert_eq!(
            posts("Tổng thống Mỹ Donald Trump - Kim Jong Un gặp nhau."),
            [post(
                "Donald Trump",
                "Tổng thống",
                "Nhà nước Mỹ",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_foreign_name_before_a_comma_and_a_title_is_its_holder() {
        assert_eq!(
            posts("Ursula von der Leyen, Bộ trưởng Quốc phòng Đức nói kết quả là cú sốc lớn."),
            [post(
                "Ursula von der Leyen",
                "Bộ trưởng",
                "Bộ Quốc phòng Đức",
                Status::Held
            )]
        );
        // The title is not the one named before (`Donald Trump`).
        assert_eq!(
            posts("Tổng thống Mỹ Donald Trump sẽ xem xét việc lựa chọn Dina Powell, cựu cố vấn Nhà Trắng."),
            [
                post("Dina Powell", "Cố vấn", "Nhà Trắng Mỹ", Status::Former),
                post("Donald Trump", "Tổng thống", "Nhà nước Mỹ", Status::Held),
            ]
        );
    }

    #[test]
    fn a_bare_delegate_sits_in_the_assembly_named_before() {
        assert_eq!(
            posts("Phiên chất vấn trước Quốc hội diễn ra sôi nổi.\nĐại biểu Trần Văn Hải (Nam Định) hỏi về môi trường."),
            [post("Trần Văn Hải", "Đại biểu", "Quốc hội", Status::Held)]
        );
        assert_eq!(
            posts("Kỳ họp HĐND tỉnh Nghệ An khai mạc sáng nay.\nĐại biểu Lê Thị Lan đặt câu hỏi về cẩu tháp."),
            [post("Lê Thị Lan", "Đại biểu", "Hội đồng nhân dân tỉnh Nghệ An", Status::Held)]
        );
    }

    #[test]
    fn a_source_cited_with_theo_opens_no_group_with_the_subject() {
        assert_eq!(
            posts("Đại biểu Quốc hội Lê Văn Nghĩa phát biểu.\nTheo đại biểu Nghĩa, ông Trần Văn Cự từng là Chủ tịch UBND tỉnh Hà Tĩnh."),
            [
                post("Lê Văn Nghĩa", "Đại biểu", "Quốc hội", Status::Held),
                post("Trần Văn Cự", "Chủ tịch", "Ủy ban nhân dân tỉnh Hà Tĩnh", Status::Former),
            ]
        );
    }

    #[test]
    fn titles_after_la_that_end_at_a_name_are_that_names() {
        assert_eq!(
            posts("Con trai ông Nguyễn Văn Thạch là Ủy viên Bộ Chính trị, Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Phạm Văn Minh."),
            [
                post("Phạm Văn Minh", "Bộ trưởng", "Bộ Ngoại giao", Status::Held),
                post("Phạm Văn Minh", "Phó Thủ tướng", "Chính phủ", Status::Held),
                post("Phạm Văn Minh", "Ủy viên", "Bộ Chính trị", Status::Held),
            ]
        );
    }

    #[test]
    fn a_title_spoken_for_a_place_borrows_no_body_of_another() {
        assert_eq!(
            posts("Phó Chủ tịch UBND tỉnh Bình Dương Trần Văn Liêm phát biểu.\nVề phía TP HCM, Chủ tịch Nguyễn Văn Phong cho rằng cần phối hợp."),
            [
                post("Nguyễn Văn Phong", "Chủ tịch", "Ủy ban nhân dân Thành phố Hồ Chí Minh", Status::Held),
                post("Trần Văn Liêm", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Bình Dương", Status::Held),
            ]
        );
    }

    #[test]
    fn a_body_of_a_bare_commune_is_the_communes_named_before() {
        assert_eq!(
            posts("Bị cáo Nguyễn Văn Sơn (nguyên Chủ tịch UBND xã Đồng Tâm) 30 tháng tù; Nguyễn Văn Triển (nguyên Bí thư Đảng ủy xã) 30 tháng tù."),
            [
                post("Nguyễn Văn Sơn", "Chủ tịch", "Ủy ban nhân dân xã Đồng Tâm", Status::Former),
                post("Nguyễn Văn Triển", "Bí thư", "Đảng ủy xã Đồng Tâm", Status::Former),
            ]
        );
    }

    #[test]
    fn a_status_word_after_deu_sets_the_status_of_each_member() {
        assert_eq!(
            posts("Các bị cáo Nguyễn Văn Bột và Lê Văn Thuần đều nguyên là Chủ tịch UBND xã Đồng Tâm."),
            [
                post("Lê Văn Thuần", "Chủ tịch", "Ủy ban nhân dân xã Đồng Tâm", Status::Former),
                post("Nguyễn Văn Bột", "Chủ tịch", "Ủy ban nhân dân xã Đồng Tâm", Status::Former),
            ]
        );
    }

    #[test]
    fn an_office_named_in_lower_case_goes_on_to_its_place() {
        assert_eq!(
            posts("Ông Trần Văn An, Giám đốc Văn phòng đăng ký đất đai huyện Mỹ Đức, cho biết."),
            [post(
                "Trần Văn An",
                "Giám đốc",
                "Văn phòng đăng ký đất đai huyện Mỹ Đức",
                Status::Held
            )]
        );
    }

    #[test]
    fn bodies_of_the_world_take_their_names_and_holders() {
        assert_eq!(
            posts("Chủ tịch Fed Jerome Powell và Tổng Giám đốc IMF Kristalina Georgieva dự họp."),
            [
                post(
                    "Jerome Powell",
                    "Chủ tịch",
                    "Cục Dự trữ Liên bang Mỹ",
                    Status::Held
                ),
                post(
                    "Kristalina Georgieva",
                    "Tổng Giám đốc",
                    "Quỹ Tiền tệ Quốc tế",
                    Status::Held
                ),
            ]
        );
        // (An official of another country borrows no body of the same office.)
        assert_eq!(
            posts("Ai là kẻ thù lớn hơn, Chủ tịch Fed Jerome Powell hay Chủ tịch Tập Cận Bình?"),
            [
                post(
                    "Jerome Powell",
                    "Chủ tịch",
                    "Cục Dự trữ Liên bang Mỹ",
                    Status::Held
                ),
                post(
                    "Tập Cận Bình",
                    "Chủ tịch",
                    "Nhà nước Trung Quốc",
                    Status::Held
                ),
            ]
        );
    }

    #[test]
    fn a_foreign_name_after_a_rank_or_with_a_hyphened_particle_is_a_name() {
        assert_eq!(
            posts(
                "Bộ trưởng Quốc phòng Nga, Đại tướng Shoygu Sergey Kuzhugetovich hội đàm với đoàn."
            ),
            [post(
                "Shoygu Sergey Kuzhugetovich",
                "Bộ trưởng",
                "Bộ Quốc phòng Nga",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Tổng thống Syria Bashar al - Assad tiếp đoàn."),
            [post(
                "Bashar al - Assad",
                "Tổng thống",
                "Nhà nước Syria",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_word_giving_a_post_ends_a_lower_case_name() {
        assert_eq!(
            posts("Bộ lập tổ thẩm định do ông Phạm Văn Trọng, vụ trưởng Vụ Quản lý doanh nghiệp làm tổ trưởng."),
            [post("Phạm Văn Trọng", "Vụ trưởng", "Vụ Quản lý doanh nghiệp", Status::Held)]
        );
    }

    #[test]
    fn the_successor_takes_the_post_the_predecessor_leaves() {
        assert_eq!(
            posts("Bà Trần Thị Lan kế nhiệm ông Nguyễn Văn Hùng làm Giám đốc Sở Tài chính tỉnh Nam Định."),
            [
                post("Nguyễn Văn Hùng", "Giám đốc", "Sở Tài chính tỉnh Nam Định", Status::Ends),
                post("Trần Thị Lan", "Giám đốc", "Sở Tài chính tỉnh Nam Định", Status::Starts),
            ]
        );
        assert_eq!(
            posts("Bà Trần Thị Lan thay bà Nguyễn Thị Doan giữ chức Phó Chủ tịch nước."),
            [
                post(
                    "Nguyễn Thị Doan",
                    "Phó Chủ tịch nước",
                    "Nhà nước",
                    Status::Ends
                ),
                post(
                    "Trần Thị Lan",
                    "Phó Chủ tịch nước",
                    "Nhà nước",
                    Status::Starts
                ),
            ]
        );
    }

    #[test]
    fn people_named_only_in_a_photo_caption_hold_no_post() {
        assert_eq!(
            posts(
                "Thủ tướng Slovakia Robert Fico (giữa) chỉ tay vào tiền thưởng trong buổi họp báo."
            ),
            []
        );
        // A caption without its caption word: people and where they are.
        assert_eq!(
            posts("Chủ tịch Hạ viện Mỹ John Kerry trong cuộc họp báo ngày 19/12."),
            []
        );
        // Not `trong khi đó`, which goes on with what the person does.
        assert_eq!(
            posts("Phó Thủ tướng Malaysia Karim Nouri trong khi đó yêu cầu điều tra."),
            [post(
                "Karim Nouri",
                "Phó Thủ tướng",
                "Chính phủ Malaysia",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_title_before_la_and_a_clause_gives_no_post_to_a_later_speaker() {
        assert_eq!(
            posts(
                "\"Yêu cầu của Thủ tướng là phải cắt giảm thủ tục hành chính thực chất\", \
                 Bộ trưởng Tài chính Nguyễn Văn An nói."
            ),
            [post(
                "Nguyễn Văn An",
                "Bộ trưởng",
                "Bộ Tài chính",
                Status::Held
            )]
        );
        // The list after `gồm các ông:` still gives each name the title.
        assert_eq!(
            posts("Thành ủy Hà Nội có hai Phó Bí thư gồm các ông: Trần Văn Bình, Lê Văn Cường.")
                .len(),
            2
        );
    }

    #[test]
    fn a_body_run_by_someone_gives_them_its_post_held() {
        assert_eq!(
            posts("Theo hồ sơ, Doanh nghiệp tư nhân Hoàng Minh do bà Trần Thị Hoa làm Giám đốc."),
            [post(
                "Trần Thị Hoa",
                "Giám đốc",
                "Doanh nghiệp tư nhân Hoàng Minh",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Công ty Cổ phần Sông Lam do ông Lê Văn Bình làm Tổng giám đốc đã trúng thầu."),
            [post(
                "Lê Văn Bình",
                "Tổng Giám đốc",
                "Công ty Cổ phần Sông Lam",
                Status::Held
            )]
        );
        // (Past the name's brackets; and `nơi`, where.)
        assert_eq!(
            posts(
                "Tập đoàn Hoàng Long do ông Đỗ Văn Tâm (SN 1985) làm Tổng giám đốc có trụ sở ở Huế."
            ),
            [post(
                "Đỗ Văn Tâm",
                "Tổng Giám đốc",
                "Tập đoàn Hoàng Long",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Tiền được giao tại Trường THCS Ea Tu, nơi ông Trần Văn Hạnh làm hiệu trưởng.")
                .iter()
                .map(|p| p.3)
                .collect::<Vec<_>>(),
            [Status::Held]
        );
        // A time named by who served then is past (`thời`).
        assert_eq!(
            posts("Dự án được cấp phép dưới thời ông Lạc Văn Khang làm Bí thư Thành ủy Đà Nẵng."),
            [post(
                "Lạc Văn Khang",
                "Bí thư",
                "Thành ủy Đà Nẵng",
                Status::Former
            )]
        );
        // (After the name's rank, title or word of address, and past the
        // place of its own title.)
        for (body, org, role) in [
            ("Ban chuyên án do Đại tá Lạc Văn Khang làm Trưởng ban.", "Ban chuyên án", "Trưởng ban"),
            ("Đoàn kiểm tra do TS Lạc Văn Khang làm Trưởng đoàn.", "Đoàn kiểm tra", "Trưởng đoàn"),
            (
                "Đoàn thanh tra do ông Lạc Văn Khang - Phó Chánh Thanh tra huyện Nam Đàn (Nghệ An) - \
                 làm Trưởng đoàn.",
                "Đoàn thanh tra",
                "Trưởng đoàn",
            ),
        ] {
            assert!(
                posts(body).contains(&post("Lạc Văn Khang", role, org, Status::Held)),
                "{body}"
            );
        }
    }

    #[test]
    fn a_kin_between_dashes_leaves_the_predicate_to_the_first_name() {
        assert_eq!(
            posts(
                "Thời đó ông Trần Văn Bình – chồng bà Lê Thị Dung - là Tổng Giám đốc \
                 Ngân hàng Thương mại Cổ phần Đông Á."
            ),
            [post(
                "Trần Văn Bình",
                "Tổng Giám đốc",
                "Ngân hàng Thương mại Cổ phần Đông Á",
                Status::Held
            )]
        );
        // (A title straight after the second dash is the second name's.)
        assert_eq!(
            posts(
                "Bà Lê Thị Hoa - vợ của ông Trần Văn Sơn - giám đốc Sở Y tế tỉnh Nam Định, đến dự."
            ),
            [post(
                "Trần Văn Sơn",
                "Giám đốc",
                "Sở Y tế tỉnh Nam Định",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_state_counsellor_is_a_post_of_the_state() {
        assert_eq!(
            posts("Thủ tướng tiếp Cố vấn Nhà nước Myanmar Aung San Suu Kyi."),
            [post(
                "Aung San Suu Kyi",
                "Cố vấn Nhà nước",
                "Nhà nước Myanmar",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_post_in_the_last_names_own_brackets_is_not_the_lists() {
        assert_eq!(
            posts(
                "Tòa xét xử các bị cáo gồm: Trần Văn Bình (cựu Giám đốc Sở Xây dựng tỉnh Nam Định), \
                 Lê Văn Cường (cựu Trưởng phòng Phòng Tài chính huyện Ý Yên)."
            ),
            [
                post(
                    "Lê Văn Cường",
                    "Trưởng phòng",
                    "Phòng Tài chính huyện Ý Yên",
                    Status::Former
                ),
                post(
                    "Trần Văn Bình",
                    "Giám đốc",
                    "Sở Xây dựng tỉnh Nam Định",
                    Status::Former
                ),
            ]
        );
    }

    #[test]
    fn titles_joined_by_a_dash_before_a_name_are_its_and_share_the_body() {
        assert_eq!(
            posts(
                "Truyền đạt ý kiến của Thủ tướng, Bộ trưởng - Chủ nhiệm Văn phòng Chính phủ \
                 Lê Văn Thành cho biết như vậy."
            ),
            [
                post(
                    "Lê Văn Thành",
                    "Bộ trưởng",
                    "Văn phòng Chính phủ",
                    Status::Held
                ),
                post(
                    "Lê Văn Thành",
                    "Chủ nhiệm",
                    "Văn phòng Chính phủ",
                    Status::Held
                ),
            ]
        );
    }

    #[test]
    fn the_one_who_takes_a_place_starts_its_post() {
        assert_eq!(
            posts("Người thay thế vị trí Bí thư Tỉnh ủy Yên Bái là ông Nguyễn Văn Hùng."),
            [post(
                "Nguyễn Văn Hùng",
                "Bí thư",
                "Tỉnh ủy Yên Bái",
                Status::Starts
            )]
        );
    }

    #[test]
    fn a_title_before_an_unknown_abbreviation_borrows_no_other_body() {
        assert_eq!(
            posts(
                "Ông Trần Văn An là Chủ tịch Hội đồng quản trị Công ty Cổ phần Sông Đà. \
                 Phó Thủ tướng Lê Văn Bình - Chủ tịch UBPC thiên tai Quốc gia đã gửi lời \
                 chia buồn."
            ),
            [
                post("Lê Văn Bình", "Phó Thủ tướng", "Chính phủ", Status::Held),
                post(
                    "Trần Văn An",
                    "Chủ tịch",
                    "Hội đồng quản trị Công ty Cổ phần Sông Đà",
                    Status::Held
                ),
            ]
        );
        let body = |text: &str| {
            let g = Gazetteer::embedded();
            let f = crate::extract::mentions::MentionFinder::new(&g);
            match &f.find(&crate::extract::tokens::tokenize(text))[0].item {
                crate::extract::mentions::Item::Org(o) => {
                    crate::extract::mentions::OrgPhrase::clone(o)
                }
                other => panic!("{other:?}"),
            }
        };
        assert!(super::orgs::abbreviates(
            "ĐH",
            &body("Đại học Quốc gia Hà Nội")
        ));
        assert!(super::orgs::abbreviates(
            "LĐ",
            &body("Sở Lao động - Thương binh và Xã hội")
        ));
        assert!(!super::orgs::abbreviates(
            "UBPC",
            &body("Hội đồng quản trị Công ty Sông Đà")
        ));
    }

    #[test]
    fn a_brand_after_a_companys_role_is_its_body_not_the_last_company_named() {
        assert_eq!(
            posts(
                "Bà Lê Thị Hoa là Phó Chủ tịch Tập đoàn Hòa Phát. Bà Bùi Thị Hương - Giám \
                 đốc Điều hành Vinamilk cho biết đã trồng cây."
            ),
            [
                post(
                    "Bùi Thị Hương",
                    "Giám đốc Điều hành",
                    "Vinamilk",
                    Status::Held
                ),
                post(
                    "Lê Thị Hoa",
                    "Phó Chủ tịch",
                    "Tập đoàn Hòa Phát",
                    Status::Held
                ),
            ]
        );
        // (Not a foreign minister's name after a role of the state.)
        assert_eq!(
            posts("Bộ trưởng Quốc phòng Mỹ James Mattis đến Hà Nội. Bộ trưởng Mattis cho biết."),
            [post(
                "James Mattis",
                "Bộ trưởng",
                "Bộ Quốc phòng Mỹ",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_party_cell_named_by_its_kind_is_the_next_titles_bodys() {
        assert_eq!(
            posts("Ông Lê Văn Tâm, Bí thư chi bộ, Trưởng phòng Quản lý đô thị quận 7, bị kỷ luật."),
            [
                post(
                    "Lê Văn Tâm",
                    "Bí thư",
                    "Chi bộ Phòng Quản lý đô thị quận 7",
                    Status::Held
                ),
                post(
                    "Lê Văn Tâm",
                    "Trưởng phòng",
                    "Phòng Quản lý đô thị quận 7",
                    Status::Held
                ),
            ]
        );
    }

    #[test]
    fn a_body_named_by_its_kind_alone_gives_no_post() {
        assert_eq!(
            posts(
                "Ông Trần Văn Hải (Phó Bí thư chi bộ, Phó Tổng Giám đốc) bị khiển trách. Bà \
                 Lê Thị Hoa, chủ tịch Ủy ban nêu trên, phát biểu."
            ),
            []
        );
    }

    #[test]
    fn the_state_auditor_general_is_a_post_of_the_state_audit_office() {
        assert_eq!(
            posts("Ông Lê Văn Phước, Tổng Kiểm toán Nhà nước, giơ biển tranh luận."),
            [post(
                "Lê Văn Phước",
                "Tổng Kiểm toán Nhà nước",
                "Kiểm toán Nhà nước",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_past_cue_of_one_names_predicate_leaves_anothers_post_held() {
        assert_eq!(
            posts(
                "Ông Nguyễn Văn An từng tranh cãi gay gắt với ông Trần Văn Bình, Giám đốc Sở \
                 Tài chính tỉnh Nghệ An."
            ),
            [post(
                "Trần Văn Bình",
                "Giám đốc",
                "Sở Tài chính tỉnh Nghệ An",
                Status::Held
            )]
        );
    }

    #[test]
    fn words_closing_a_names_brackets_lead_to_the_cue_after_them() {
        assert_eq!(
            posts(
                "Tòa án quyết định bổ nhiệm ông Lương Văn Hải (53 tuổi, Trưởng phòng Tổ chức \
                 cán bộ Tòa án nhân dân cấp cao tại Đà Nẵng) giữ chức Phó Chánh án TAND tỉnh \
                 Quảng Nam."
            ),
            [
                post(
                    "Lương Văn Hải",
                    "Phó Chánh án",
                    "Tòa án nhân dân tỉnh Quảng Nam",
                    Status::Starts
                ),
                post(
                    "Lương Văn Hải",
                    "Trưởng phòng",
                    "Phòng Tổ chức cán bộ Tòa án nhân dân cấp cao tại Đà Nẵng",
                    Status::Held
                ),
            ]
        );
    }

    #[test]
    fn the_one_who_signs_an_appointment_is_not_appointed() {
        assert_eq!(
            posts("Thủ tướng Nguyễn Văn An vừa ký quyết định bổ nhiệm Thứ trưởng Bộ Tài chính."),
            [post(
                "Nguyễn Văn An",
                "Thủ tướng",
                "Chính phủ",
                Status::Held
            )]
        );
        // (With `được` the subject is the one appointed.)
        assert_eq!(
            posts(
                "Ông Trần Văn Bình được điều động về Sở Xây dựng và bổ nhiệm Phó Giám đốc Sở \
                 Xây dựng tỉnh Nghệ An."
            ),
            [post(
                "Trần Văn Bình",
                "Phó Giám đốc",
                "Sở Xây dựng tỉnh Nghệ An",
                Status::Starts
            )]
        );
    }

    #[test]
    fn a_name_goes_on_over_a_compound_with_a_clause_word() {
        // `dự` alone is a predicate (`dự hội nghị`); `dự phòng`, `dự án`
        // are nouns of the name.
        assert_eq!(
            posts("Ông Trần Văn Dũng, Giám đốc Trung tâm Y tế dự phòng Hà Nội cho biết như vậy."),
            [post(
                "Trần Văn Dũng",
                "Giám đốc",
                "Trung tâm Y tế dự phòng Hà Nội",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_name_after_and_that_ends_the_phrase_is_the_next_of_a_list() {
        assert_eq!(
            posts(
                "Hai bị can gồm ông Lê Văn Khoa, Kế toán trưởng Ban Quản lý dự án nhiệt điện \
                 Sông Mã 2 và Phạm Đức, nguyên Phó giám đốc Công ty Sông Mã."
            ),
            [
                post(
                    "Lê Văn Khoa",
                    "Kế toán trưởng",
                    "Ban Quản lý dự án nhiệt điện Sông Mã 2",
                    Status::Held
                ),
                post(
                    "Phạm Đức",
                    "Phó Giám đốc",
                    "Công ty Sông Mã",
                    Status::Former
                ),
            ]
        );
    }

    #[test]
    fn a_museum_is_a_body_and_may_bear_a_name() {
        assert_eq!(
            posts(
                "Tiến sĩ Lý Minh Khôi - nguyên giám đốc Bảo tàng Hồ Chí Minh - cho biết như vậy."
            ),
            [post(
                "Lý Minh Khôi",
                "Giám đốc",
                "Bảo tàng Hồ Chí Minh",
                Status::Former
            )]
        );
    }

    #[test]
    fn a_holder_after_a_role_is_no_ministry_name() {
        // `Bộ trưởng Công an Tô Lâm`: a name of two words is the holder's.
        assert_eq!(
            posts("Ông Lee Jin-ho gặp Bộ trưởng Công an Tô Lương tại thủ đô Seoul."),
            [post("Tô Lương", "Bộ trưởng", "Bộ Công an", Status::Held)]
        );
    }

    #[test]
    fn a_title_takes_the_name_after_its_bodys_abbreviation() {
        assert_eq!(
            posts(
                "Dự họp có Tổng Giám đốc Công ty Cổ phần Cơ khí Hà Tĩnh (HTM) Trần Văn An, \
                 Giám đốc Công ty Cổ phần Xây dựng Bắc Giang (BGC) Lê Văn Bình."
            ),
            [
                post(
                    "Lê Văn Bình",
                    "Giám đốc",
                    "Công ty Cổ phần Xây dựng Bắc Giang",
                    Status::Held
                ),
                post(
                    "Trần Văn An",
                    "Tổng Giám đốc",
                    "Công ty Cổ phần Cơ khí Hà Tĩnh",
                    Status::Held
                ),
            ]
        );
    }

    #[test]
    fn a_korean_name_after_a_ministry_is_no_part_of_its_name() {
        assert_eq!(
            posts("Triều Tiên cử Thứ trưởng Ngoại giao Choe Son - hui, theo báo chí Triều Tiên."),
            [post(
                "Choe Son - hui",
                "Thứ trưởng",
                "Bộ Ngoại giao Triều Tiên",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_short_name_is_the_last_word_else_a_chinese_family_name() {
        let names = [
            (0, "Lâm Hữu Đức".to_string()),
            (1, "Nguyễn Văn Lâm".to_string()),
            (2, "Moon Jae - in".to_string()),
        ];
        // A name ending with the word wins.
        assert_eq!(
            resolve_short("Lâm", 2, &names).as_deref(),
            Some("Nguyễn Văn Lâm")
        );
        // Else the one name starting with it (`ông Moon`).
        assert_eq!(
            resolve_short("Moon", 2, &names).as_deref(),
            Some("Moon Jae - in")
        );
        assert_eq!(resolve_short("Trần", 2, &names), None);
    }

    #[test]
    fn a_family_name_shared_by_an_official_and_their_kin_is_the_officials() {
        let g = Gazetteer::embedded();
        let names = [
            (0, "Donald Trump".to_string()),
            (1, "Melania Trump".to_string()),
        ];
        assert_eq!(
            resolve_short_in(&g, "Trump", 2, &names).as_deref(),
            Some("Donald Trump")
        );
        // (Two officials: the one named last, as for any name.)
        let names = [
            (0, "Bill Clinton".to_string()),
            (1, "Hillary Clinton".to_string()),
        ];
        assert_eq!(
            resolve_short_in(&g, "Clinton", 2, &names).as_deref(),
            Some("Hillary Clinton")
        );
    }

    #[test]
    fn apposition_list_shares_its_locality() {
        assert_eq!(
            posts("Dự có đồng chí Lê Văn An, Bí thư Thành ủy, Chủ tịch HĐND TP Thanh Hóa; Trần Văn Bình, Tỉnh ủy viên."),
            [
                post("Lê Văn An", "Bí thư", "Thành ủy Thanh Hóa", Status::Held),
                post("Lê Văn An", "Chủ tịch", "Hội đồng nhân dân thành phố Thanh Hóa", Status::Held),
                post("Trần Văn Bình", "Ủy viên", "Tỉnh ủy Thanh Hóa", Status::Held),
            ]
        );
    }

    #[test]
    fn titles_before_a_name() {
        assert_eq!(
            posts("Phó Chủ tịch UBND tỉnh Phú Yên Nguyễn Văn Cường phát biểu."),
            [post(
                "Nguyễn Văn Cường",
                "Phó Chủ tịch",
                "Ủy ban nhân dân tỉnh Phú Yên",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_group_elected_together() {
        assert_eq!(
            posts("Hội nghị Tỉnh ủy Nam Định. Các ông Lê Văn An, Phạm Văn Bình được bầu giữ chức Phó Bí thư Tỉnh uỷ."),
            [
                post("Lê Văn An", "Phó Bí thư", "Tỉnh ủy Nam Định", Status::Starts),
                post("Phạm Văn Bình", "Phó Bí thư", "Tỉnh ủy Nam Định", Status::Starts),
            ]
        );
    }

    #[test]
    fn former_posts_after_a_cue_far_from_the_name() {
        assert_eq!(
            posts("Ông Lê Văn An sinh năm 1960, quê huyện Tiên Du (Bắc Ninh), từng giữ các chức vụ: Phó giám đốc, Giám đốc Sở Tài chính tỉnh Bắc Ninh; Bí thư Huyện ủy Tiên Du."),
            [
                post("Lê Văn An", "Bí thư", "Huyện ủy Tiên Du", Status::Former),
                post("Lê Văn An", "Giám đốc", "Sở Tài chính tỉnh Bắc Ninh", Status::Former),
                post("Lê Văn An", "Phó Giám đốc", "Sở Tài chính tỉnh Bắc Ninh", Status::Former),
            ]
        );
    }

    #[test]
    fn a_post_ended_for_a_person_named_after_doi_voi() {
        assert_eq!(
            posts("Thủ tướng phê chuẩn miễn nhiệm chức vụ Chủ tịch UBND tỉnh Phú Yên đối với ông Phạm Văn Cường."),
            [post("Phạm Văn Cường", "Chủ tịch", "Ủy ban nhân dân tỉnh Phú Yên", Status::Ends)]
        );
    }

    #[test]
    fn short_names_resolve_to_the_full_name() {
        assert_eq!(
            posts("Ông Hoàng Minh Đức dự họp. Ông Đức từng là Chủ tịch UBND tỉnh Cao Bằng."),
            [post(
                "Hoàng Minh Đức",
                "Chủ tịch",
                "Ủy ban nhân dân tỉnh Cao Bằng",
                Status::Former
            )]
        );
    }

    #[test]
    fn a_bare_party_committee_takes_the_body_of_the_next_title() {
        assert_eq!(
            posts("Dự có Trung tướng Lê Văn An - Bí thư Đảng ủy, Tư lệnh Bộ Tư lệnh Cảnh sát cơ động."),
            [
                post("Lê Văn An", "Bí thư", "Đảng ủy Bộ Tư lệnh Cảnh sát cơ động", Status::Held),
                post("Lê Văn An", "Tư lệnh", "Bộ Tư lệnh Cảnh sát cơ động", Status::Held),
            ]
        );
    }

    #[test]
    fn a_district_in_a_home_town_is_not_a_person() {
        let got = posts("Ông Lê Văn An, quê huyện Hoàng Su Phì, từng là Bí thư Huyện ủy Hoàng Su Phì (Hoàng Su Phì, Hà Giang).");
        assert!(got.iter().all(|p| p.0 == "Lê Văn An"), "{got:?}");
    }

    #[test]
    fn semicolon_then_a_cue_ends_the_previous_persons_titles() {
        let got = posts("Phê chuẩn bầu ông Lê Văn An, Phó Bí thư Tỉnh ủy Phú Yên; phê chuẩn miễn nhiệm chức vụ Chủ tịch UBND tỉnh Phú Yên đối với ông Phạm Văn Bình.");
        assert!(
            got.contains(&post(
                "Phạm Văn Bình",
                "Chủ tịch",
                "Ủy ban nhân dân tỉnh Phú Yên",
                Status::Ends
            )),
            "{got:?}"
        );
        assert!(
            !got.iter().any(|p| p.0 == "Lê Văn An" && p.1 == "Chủ tịch"),
            "{got:?}"
        );
    }

    #[test]
    fn a_foreign_body_takes_its_country() {
        let got = posts("Dự có Thủ tướng Campuchia Hun Sen và ông Lê Văn An, Phó Chủ tịch Ủy ban Thống kê Azerbaijan.");
        assert!(
            got.contains(&post(
                "Hun Sen",
                "Thủ tướng",
                "Chính phủ Campuchia",
                Status::Held
            )),
            "{got:?}"
        );
        assert!(
            got.contains(&post(
                "Lê Văn An",
                "Phó Chủ tịch",
                "Ủy ban Thống kê Azerbaijan",
                Status::Held
            )),
            "{got:?}"
        );
    }

    #[test]
    fn a_list_header_title_goes_to_each_listed_person() {
        let got = posts("Tại kỳ họp, HĐND tỉnh Cà Mau bầu các Phó Chủ tịch UBND tỉnh gồm: ông Lê Văn An, ông Phạm Văn Bình.");
        assert!(
            got.contains(&post(
                "Lê Văn An",
                "Phó Chủ tịch",
                "Ủy ban nhân dân tỉnh Cà Mau",
                Status::Starts
            )),
            "{got:?}"
        );
        assert!(
            got.contains(&post(
                "Phạm Văn Bình",
                "Phó Chủ tịch",
                "Ủy ban nhân dân tỉnh Cà Mau",
                Status::Starts
            )),
            "{got:?}"
        );
    }

    #[test]
    fn titles_joined_by_kiem_share_the_body_and_keep_the_status() {
        assert_eq!(
            posts("Ông Lê Văn An, Tư lệnh kiêm Chính ủy Quân khu 4, dự lễ."),
            [
                post("Lê Văn An", "Chính ủy", "Quân khu 4", Status::Held),
                post("Lê Văn An", "Tư lệnh", "Quân khu 4", Status::Held),
            ]
        );
    }

    #[test]
    fn a_leaving_cue_after_the_titles_ends_them() {
        assert_eq!(
            posts("Ông Phạm Văn An, Chủ tịch UBND tỉnh Thái Bình thôi giữ chức để nghỉ hưu."),
            [post(
                "Phạm Văn An",
                "Chủ tịch",
                "Ủy ban nhân dân tỉnh Thái Bình",
                Status::Ends
            )]
        );
    }

    #[test]
    fn a_lower_case_name_ends_at_a_word_that_starts_a_predicate() {
        assert_eq!(
            posts("Ông Trần Văn Hải, Giám đốc Trung tâm điều dưỡng phục hồi chức năng Hải Tiến cho biết đơn vị đã sẵn sàng."),
            [post(
                "Trần Văn Hải",
                "Giám đốc",
                "Trung tâm điều dưỡng phục hồi chức năng Hải Tiến",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_name_keeps_its_second_syllable_when_it_is_a_cue_word() {
        // `Tổ chức`, `Tài nguyên`: `chức`, `nguyên` are words of cues too.
        assert_eq!(
            posts("Bà Lê Thị Hoa, Trưởng ban Tổ chức Tỉnh ủy Nghệ An phát biểu."),
            [post(
                "Lê Thị Hoa",
                "Trưởng ban",
                "Ban Tổ chức Tỉnh ủy Nghệ An",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_unit_of_a_ministry_is_not_cut_at_the_ministry() {
        let got =
            posts("Anh Phạm Văn Nam, Bí thư Đoàn Thanh niên Bộ Xây dựng, phát biểu tại lễ ra mắt.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].2.starts_with("Đoàn Thanh niên"), "{got:?}");
        assert!(got[0].2.contains("Bộ Xây dựng"), "{got:?}");
    }

    #[test]
    fn a_given_name_after_a_role_is_the_person_not_a_body() {
        let text = "Bộ trưởng Bộ Giao thông vận tải Đinh Văn Thăng dự lễ. \
                    Bộ trưởng Thăng nói công trình phải xong đúng hạn.";
        let got = posts(text);
        assert!(got.iter().all(|p| p.0 == "Đinh Văn Thăng"), "{got:?}");
        assert!(got.iter().all(|p| !p.2.contains("Thăng")), "{got:?}");
    }

    #[test]
    fn a_late_president_and_a_post_held_at_that_time_are_former() {
        assert_eq!(
            posts("Đoàn đã dâng hương tưởng niệm cố Thủ tướng Phạm Văn Đồng."),
            [post(
                "Phạm Văn Đồng",
                "Thủ tướng",
                "Chính phủ",
                Status::Former
            )]
        );
        assert_eq!(
            posts("Ông Nguyễn Văn Tư, Bí thư Tỉnh ủy Cà Mau lúc bấy giờ, đã ký quyết định."),
            [post(
                "Nguyễn Văn Tư",
                "Bí thư",
                "Tỉnh ủy Cà Mau",
                Status::Former
            )]
        );
    }

    #[test]
    fn tu_van_in_a_company_name_is_not_the_central_committee() {
        let got = posts(
            "Ông Hans Müller, Giám đốc Tư vấn ABC Consulting GmbH, làm việc với tỉnh Hà Tĩnh.",
        );
        assert!(got.iter().all(|p| !p.2.contains("Trung ương")), "{got:?}");
    }

    #[test]
    fn a_body_of_a_unit_with_no_place_is_no_fact() {
        // No province anywhere: `Chủ tịch` alone names no body a reader can find.
        assert_eq!(posts("Ông Trần Văn Bình được bầu làm Chủ tịch."), []);
    }

    #[test]
    fn a_ministry_name_joined_by_a_hyphen_or_an_ampersand() {
        assert_eq!(
            posts("Ông Bùi Văn Đắc, giám đốc Sở Giáo dục - đào tạo tỉnh Hòa Bình, cho biết."),
            [post(
                "Bùi Văn Đắc",
                "Giám đốc",
                "Sở Giáo dục và Đào tạo tỉnh Hòa Bình",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Ông Nguyễn Huy Bình, Chánh Thanh tra Bộ GD & ĐT đề nghị rà soát."),
            [post(
                "Nguyễn Huy Bình",
                "Chánh Thanh tra",
                "Bộ Giáo dục và Đào tạo",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_lower_case_name_ends_before_a_parenthesis() {
        assert_eq!(
            posts("Ông Lưu Văn Hồ, nguyên Viện trưởng Viện Chiến lược phát triển (Bộ Kế hoạch và Đầu tư), nhấn mạnh."),
            // (The ministry in the brackets is the institute's parent.)
            [post(
                "Lưu Văn Hồ",
                "Viện trưởng",
                "Viện Chiến lược phát triển Bộ Kế hoạch và Đầu tư",
                Status::Former
            )]
        );
    }

    #[test]
    fn a_nomination_is_no_post() {
        assert_eq!(
            posts("Ban Bí thư chỉ định ông Lê Văn An giữ chức Phó Bí thư Tỉnh ủy Nam Định và giới thiệu để HĐND tỉnh bầu giữ chức Chủ tịch UBND tỉnh."),
            [post("Lê Văn An", "Phó Bí thư", "Tỉnh ủy Nam Định", Status::Starts)]
        );
        assert_eq!(
            posts("Ông Trần Văn Bình được giới thiệu ứng cử đại biểu Quốc hội khóa XV."),
            []
        );
        // The nominee's own post, in apposition, is held.
        assert_eq!(
            posts("Đại hội đề cử ông Lê Văn An, Phó Bí thư Tỉnh ủy Nam Định, làm ứng cử viên chức danh Chủ tịch nước."),
            [post("Lê Văn An", "Phó Bí thư", "Tỉnh ủy Nam Định", Status::Held)]
        );
        // `giới thiệu ... để ... bầu`: the vote's post is proposed; the
        // nominee's own title, and a post given after it, stay.
        assert_eq!(
            posts(
                "Bộ Chính trị giới thiệu Tổng Bí thư Lê Văn An để Quốc hội bầu làm Chủ tịch nước."
            ),
            [post(
                "Lê Văn An",
                "Tổng Bí thư",
                "Ban Chấp hành Trung ương Đảng",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Bộ Chính trị giới thiệu ông Trần Văn Bình, Phó Bí thư Tỉnh ủy Nam Định, để hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ tỉnh, chỉ định giữ chức Bí thư Đảng đoàn MTTQ tỉnh."),
            [
                post(
                    "Trần Văn Bình",
                    "Bí thư",
                    "Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nam Định",
                    Status::Starts
                ),
                post("Trần Văn Bình", "Phó Bí thư", "Tỉnh ủy Nam Định", Status::Held),
            ]
        );
        // A vote after the nomination gives the post.
        assert_eq!(
            posts("Ông Trần Văn Dũng được đề cử và được bầu làm Chủ tịch HĐND tỉnh Nam Định."),
            [post(
                "Trần Văn Dũng",
                "Chủ tịch",
                "Hội đồng nhân dân tỉnh Nam Định",
                Status::Starts
            )]
        );
    }

    #[test]
    fn a_name_goes_on_in_lower_case_to_where_a_clause_starts() {
        assert_eq!(
            posts("Ông Lê Văn An, Giám đốc Trung tâm Điều độ hệ thống điện quốc gia, cho biết."),
            [post(
                "Lê Văn An",
                "Giám đốc",
                "Trung tâm Điều độ hệ thống điện quốc gia",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Bộ Y tế tặng bằng khen cho ông Lê Văn An, Giám đốc Bệnh viện Thống Nhất vì hoàn thành xuất sắc nhiệm vụ."),
            [post("Lê Văn An", "Giám đốc", "Bệnh viện Thống Nhất", Status::Held)]
        );
    }

    #[test]
    fn a_country_is_no_person() {
        // `Hàn` and `Hà` are family names; `Hàn Quốc` and `Hà Lan` are countries.
        for sentence in [
            "Giới chức Hàn Quốc và phó thủ tướng Malaysia cho rằng nạn nhân là người nước ngoài.",
            "Đại sứ Hà Lan và Chủ tịch Hội Khoa học lịch sử Việt Nam dự lễ.",
        ] {
            let people: Vec<String> = posts(sentence).into_iter().map(|p| p.0).collect();
            assert!(
                people.iter().all(|p| p != "Hàn Quốc" && p != "Hà Lan"),
                "{sentence}: {people:?}"
            );
        }
    }

    #[test]
    fn a_party_post_joined_to_a_council_post_is_the_places_committee() {
        assert_eq!(
            posts("Ông Lê Văn An, Bí thư kiêm Chủ tịch UBND huyện Tĩnh Gia, cho biết."),
            [
                post("Lê Văn An", "Bí thư", "Huyện ủy Tĩnh Gia", Status::Held),
                post(
                    "Lê Văn An",
                    "Chủ tịch",
                    "Ủy ban nhân dân huyện Tĩnh Gia",
                    Status::Held
                )
            ]
        );
        // A ward's committee is its `Đảng ủy`, a urban district's its `Quận ủy`.
        assert!(
            posts("Ông Lê Văn An, Phó Bí thư - Chủ tịch UBND quận Hải Châu, cho biết.").contains(
                &post("Lê Văn An", "Phó Bí thư", "Quận ủy Hải Châu", Status::Held)
            )
        );
        assert!(
            posts("Ông Lê Văn An, Bí thư kiêm Chủ tịch UBND phường Bình An, cho biết.").contains(
                &post(
                    "Lê Văn An",
                    "Bí thư",
                    "Đảng ủy phường Bình An",
                    Status::Held
                )
            )
        );
    }

    #[test]
    fn a_name_goes_on_in_lower_case_after_and() {
        assert_eq!(
            posts("Ông Lê Văn An, Giám đốc Trung tâm Quan trắc và phân tích môi trường, cho biết."),
            [post(
                "Lê Văn An",
                "Giám đốc",
                "Trung tâm Quan trắc và phân tích môi trường",
                Status::Held
            )]
        );
        // Not after a capitalized word: `và` joins the sentence there.
        assert_eq!(
            posts("Ông Lê Văn An, Chủ tịch Công ty Đồng Tâm và nhường ghế cho con."),
            [post(
                "Lê Văn An",
                "Chủ tịch",
                "Công ty Đồng Tâm",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_province_in_a_name_is_one_piece_and_written_once() {
        // `Phòng` of `Hải Phòng` is no head of another body.
        assert_eq!(
            posts("Ông Lê Văn An, Giám đốc Trung tâm Da liễu Hải Phòng, cho biết."),
            [post(
                "Lê Văn An",
                "Giám đốc",
                "Trung tâm Da liễu Hải Phòng",
                Status::Held
            )]
        );
        // A department named with its province bare keeps it once, with its unit.
        assert_eq!(
            posts("Ông Lê Văn An, Giám đốc Sở Du lịch Đà Nẵng, cho biết."),
            [post(
                "Lê Văn An",
                "Giám đốc",
                "Sở Du lịch thành phố Đà Nẵng",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_school_named_after_a_person_is_no_person() {
        assert_eq!(
            posts("Ông Trần Văn Bình, Hiệu trưởng Trường THPT Chu Văn An, cho biết."),
            [post(
                "Trần Văn Bình",
                "Hiệu trưởng",
                "Trường Trung học phổ thông Chu Văn An",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Hiệu trưởng Trường Đại học Lê Quý Đôn phát biểu."),
            []
        );
    }

    #[test]
    fn a_closed_period_opening_a_timeline_line_makes_its_posts_former() {
        assert_eq!(
            posts(
                "Ông Lê Văn Tám sinh năm 1964 tại tỉnh Nam Định.\n\
                 Từ tháng 3/2000 đến tháng 9/2002: Ông là Phó Giám đốc Sở Tài chính tỉnh Nam Định.\n\
                 Từ năm 2015 đến nay, ông Lê Văn Tám là Giám đốc Sở Y tế tỉnh Nam Định."
            ),
            [
                post("Lê Văn Tám", "Giám đốc", "Sở Y tế tỉnh Nam Định", Status::Held),
                post(
                    "Lê Văn Tám",
                    "Phó Giám đốc",
                    "Sở Tài chính tỉnh Nam Định",
                    Status::Former
                ),
            ]
        );
        // A period counted in days is a visit's, not a career's.
        assert_eq!(
            posts(
                "Từ ngày 10 đến 12/5/2017, Chủ tịch UBND tỉnh Nam Định Lê Văn Tám thăm Nhật Bản."
            ),
            [post(
                "Lê Văn Tám",
                "Chủ tịch",
                "Ủy ban nhân dân tỉnh Nam Định",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_period_in_brackets_before_a_name_is_not_a_foreign_bodys_abbreviation() {
        // (It read `ông Lê Văn Tám` as a foreign name after the bracket.)
        let found = posts(
            "Phó Chủ tịch UBND huyện Mê Linh (từ năm 2007 đến 2018) ông Lê Văn Tám đã vi phạm.",
        );
        assert!(found.iter().all(|p| p.0 == "Lê Văn Tám"), "{found:?}");
        assert_eq!(
            posts("Ngày 3/1, Phó chủ tịch UBND huyện Mê Linh (Hà Nội) Lê Văn Tám cho hay."),
            [post(
                "Lê Văn Tám",
                "Phó Chủ tịch",
                "Ủy ban nhân dân huyện Mê Linh",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_units_party_committee_follows_its_unit_word() {
        assert_eq!(
            posts(
                "Ông Lê Văn Tám được chỉ định làm Bí thư Quận 2.\n\
                 Ông Trần Văn Hai, Trưởng ban Tuyên giáo huyện Mê Linh, cho biết.\n\
                 Ông Phạm Văn Ba, Bí thư xã Tân Lập, cho biết."
            ),
            [
                post("Lê Văn Tám", "Bí thư", "Quận ủy Quận 2", Status::Starts),
                post("Phạm Văn Ba", "Bí thư", "Đảng ủy xã Tân Lập", Status::Held),
                post(
                    "Trần Văn Hai",
                    "Trưởng ban",
                    "Ban Tuyên giáo Huyện ủy Mê Linh",
                    Status::Held
                ),
            ]
        );
    }

    #[test]
    fn a_member_of_any_bodys_party_committee_names_that_body() {
        assert_eq!(
            posts(
                "Ông Lê Văn Tám là Đảng ủy viên Công an tỉnh Nam Định.\n\
                 Bà Trần Thị Hai bị cách chức chi ủy viên phòng Lao động - Thương binh và Xã hội quận 6."
            ),
            [
                post("Lê Văn Tám", "Ủy viên", "Đảng ủy Công an tỉnh Nam Định", Status::Held),
                post(
                    "Trần Thị Hai",
                    "Ủy viên",
                    "Chi ủy Phòng Lao động - Thương binh và Xã hội quận 6",
                    Status::Ends
                ),
            ]
        );
    }

    #[test]
    fn a_compound_word_goes_on_in_a_lower_case_name() {
        assert_eq!(
            posts(
                "Ông Lê Văn Tám, Trưởng phòng Vật tư - Thiết bị y tế, cho biết.\n\
                 Anh Trần Văn Hai, phó giám đốc Trung tâm Công tác xã hội thanh niên tỉnh Nam Định, cho biết.\n\
                 Ông Phạm Văn Ba, Giám đốc công ty TNHH một thành viên Cấp nước Nam Định, cho biết."
            ),
            [
                post("Lê Văn Tám", "Trưởng phòng", "Phòng Vật tư - Thiết bị y tế", Status::Held),
                post(
                    "Phạm Văn Ba",
                    "Giám đốc",
                    "Công ty Trách nhiệm hữu hạn một thành viên Cấp nước Nam Định",
                    Status::Held
                ),
                post(
                    "Trần Văn Hai",
                    "Phó Giám đốc",
                    "Trung tâm Công tác xã hội thanh niên tỉnh Nam Định",
                    Status::Held
                ),
            ]
        );
    }

    #[test]
    fn defendants_listed_with_their_birth_year_keep_their_own_posts() {
        assert_eq!(
            posts(
                "Các bị cáo gồm: Lê Văn Tám (SN 1976), Giám đốc HTX Xuân Long; Trần Văn Hai (SN 1962) \
                 Phó Giám đốc BVĐK tỉnh Hòa Bình."
            ),
            [
                post("Lê Văn Tám", "Giám đốc", "Hợp tác xã Xuân Long", Status::Held),
                post(
                    "Trần Văn Hai",
                    "Phó Giám đốc",
                    "Bệnh viện Đa khoa tỉnh Hòa Bình",
                    Status::Held
                ),
            ]
        );
        // A former post in apposition is the last name's, not the list's.
        assert_eq!(
            posts("Các bị can gồm ông Lê Văn Tám, Trần Văn Hai (SN 1957), cựu Giám đốc Sở Tài chính tỉnh Nam Định."),
            [post(
                "Trần Văn Hai",
                "Giám đốc",
                "Sở Tài chính tỉnh Nam Định",
                Status::Former
            )]
        );
    }

    #[test]
    fn a_commune_secretarys_committee_is_the_communes_not_its_councils() {
        assert_eq!(
            posts("Ông Lê Văn Tám, Bí thư Đảng ủy, Chủ tịch HĐND xã Tân Lập, cho biết."),
            [
                post("Lê Văn Tám", "Bí thư", "Đảng ủy xã Tân Lập", Status::Held),
                post(
                    "Lê Văn Tám",
                    "Chủ tịch",
                    "Hội đồng nhân dân xã Tân Lập",
                    Status::Held
                ),
            ]
        );
    }

    #[test]
    fn a_dismissal_after_the_places_of_a_title_ends_it() {
        assert_eq!(
            posts(
                "Bà Lê Thị Tám - hiệu trưởng Trường mầm non xã Tân Lập, huyện Nông Cống (Thanh Hóa) - \
                 vừa bị buộc thôi việc."
            ),
            [post(
                "Lê Thị Tám",
                "Hiệu trưởng",
                "Trường mầm non xã Tân Lập",
                Status::Ends
            )]
        );
    }

    #[test]
    fn a_board_of_a_province_or_a_corporation_is_named_by_it() {
        assert_eq!(
            posts(
                "Ông Lê Văn Tám - trưởng Ban Dân tộc tỉnh Quảng Ngãi cho biết.\n\
                 Ông Trần Văn Hai - Trưởng ban An ninh An toàn (Tổng công ty Đường sắt Việt Nam), cho hay."
            ),
            [
                post("Lê Văn Tám", "Trưởng ban", "Ban Dân tộc tỉnh Quảng Ngãi", Status::Held),
                post(
                    "Trần Văn Hai",
                    "Trưởng ban",
                    "Ban An ninh An toàn Tổng công ty Đường sắt Việt Nam",
                    Status::Held
                ),
            ]
        );
    }

    #[test]
    fn a_board_of_a_bare_party_committee_belongs_to_the_next_titles_body() {
        assert_eq!(
            posts(
                "Ông Lê Văn Tám hiện là Phó Bí thư Đảng ủy, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy, \
                 Phó Giám đốc Công an tỉnh Nam Định."
            ),
            [
                post(
                    "Lê Văn Tám",
                    "Chủ nhiệm",
                    "Ủy ban Kiểm tra Đảng ủy Công an tỉnh Nam Định",
                    Status::Held
                ),
                post(
                    "Lê Văn Tám",
                    "Phó Bí thư",
                    "Đảng ủy Công an tỉnh Nam Định",
                    Status::Held
                ),
                post(
                    "Lê Văn Tám",
                    "Phó Giám đốc",
                    "Công an tỉnh Nam Định",
                    Status::Held
                ),
            ]
        );
    }

    #[test]
    fn the_inspector_general_heads_the_government_inspectorate() {
        assert_eq!(
            posts(
                "Lãnh đạo Thanh tra Chính phủ tại tỉnh Nam Định gồm Tổng thanh tra Lê Văn Tám.\n\
                 Phó Tổng Thanh tra Chính phủ Trần Văn Hai dự.\n\
                 Bà Phạm Thị Ba, Giám đốc Sở GDĐT tỉnh Quảng Trị, nguyên Chủ tịch Hội LHTN Việt Nam tỉnh Quảng Trị."
            ),
            [
                post("Lê Văn Tám", "Tổng Thanh tra", "Thanh tra Chính phủ", Status::Held),
                post(
                    "Phạm Thị Ba",
                    "Chủ tịch",
                    "Hội Liên hiệp Thanh niên Việt Nam tỉnh Quảng Trị",
                    Status::Former
                ),
                post(
                    "Phạm Thị Ba",
                    "Giám đốc",
                    "Sở Giáo dục và Đào tạo tỉnh Quảng Trị",
                    Status::Held
                ),
                post("Trần Văn Hai", "Phó Tổng Thanh tra", "Thanh tra Chính phủ", Status::Held),
            ]
        );
    }

    #[test]
    fn a_title_after_what_a_name_says_is_not_that_names() {
        // (`A cho biết, Thủ tướng đã ...` gave A the Prime Minister's post.)
        assert_eq!(
            posts(
                "Phó Chủ tịch UBND tỉnh Nam Định Lê Văn Tám cho biết, Thủ tướng rất quan tâm đến việc này."
            ),
            [post(
                "Lê Văn Tám",
                "Phó Chủ tịch",
                "Ủy ban nhân dân tỉnh Nam Định",
                Status::Held
            )]
        );
    }

    #[test]
    fn an_exchange_lends_its_name_to_the_board_joined_to_it() {
        assert_eq!(
            posts(
                "Ông Lê Văn Tám đã giữ các chức danh Phó Chủ tịch Hội đồng quản trị kiêm Tổng \
                 Giám đốc Sở giao dịch Chứng khoán Hà Nội."
            ),
            [
                post(
                    "Lê Văn Tám",
                    "Phó Chủ tịch",
                    "Hội đồng quản trị Sở Giao dịch Chứng khoán Hà Nội",
                    Status::Former
                ),
                post(
                    "Lê Văn Tám",
                    "Tổng Giám đốc",
                    "Sở Giao dịch Chứng khoán Hà Nội",
                    Status::Former
                ),
            ]
        );
    }

    #[test]
    fn words_naming_posts_after_a_career_cue_lead_to_its_list() {
        assert_eq!(
            posts(
                "Đại tá Lê Văn Tám đã kinh qua nhiều vị trí lãnh đạo tại các đơn vị như Chánh \
                 Thanh tra, Trưởng phòng Tổ chức Công an tỉnh Nam Định.\n\
                 Ông Trần Văn Hai từng chất vấn Bộ trưởng Bộ Tài chính."
            ),
            [
                post(
                    "Lê Văn Tám",
                    "Chánh Thanh tra",
                    "Công an tỉnh Nam Định",
                    Status::Former
                ),
                post(
                    "Lê Văn Tám",
                    "Trưởng phòng",
                    "Phòng Tổ chức Công an tỉnh Nam Định",
                    Status::Former
                ),
            ]
        );
    }

    #[test]
    fn a_role_inside_a_compound_word_is_no_title() {
        assert_eq!(
            posts(
                "Đại tá Lê Văn Tám là cán bộ trưởng thành từ cơ sở, từng giữ chức Trưởng phòng \
                 Tổ chức Công an tỉnh Nam Định."
            ),
            [post(
                "Lê Văn Tám",
                "Trưởng phòng",
                "Phòng Tổ chức Công an tỉnh Nam Định",
                Status::Former
            )]
        );
    }

    #[test]
    fn titles_tied_by_kiem_share_their_body_before_a_later_one_of_the_same_office() {
        assert_eq!(
            posts(
                "Thiếu tướng Lê Văn Tám, nguyên Phó Tư lệnh kiêm Tham mưu trưởng Quân khu 2 vừa \
                 được bổ nhiệm giữ chức vụ Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội."
            ),
            [
                post("Lê Văn Tám", "Phó Tư lệnh", "Quân khu 2", Status::Former),
                post(
                    "Lê Văn Tám",
                    "Tham mưu trưởng",
                    "Quân khu 2",
                    Status::Former
                ),
                post(
                    "Lê Văn Tám",
                    "Tư lệnh",
                    "Bộ Tư lệnh Thủ đô Hà Nội",
                    Status::Starts
                ),
            ]
        );
    }

    #[test]
    fn a_standing_committee_member_belongs_to_the_committee_after_the_role() {
        assert_eq!(
            posts(
                "Ông Lê Văn Tám, Ủy viên Thường vụ Quân ủy Trung ương, Thứ trưởng Bộ Quốc phòng.\n\
                 Ông Trần Văn Hai, Ủy viên Thường vụ Tỉnh ủy Nam Định."
            ),
            [
                post("Lê Văn Tám", "Thứ trưởng", "Bộ Quốc phòng", Status::Held),
                post(
                    "Lê Văn Tám",
                    "Ủy viên",
                    "Ban Thường vụ Quân ủy Trung ương",
                    Status::Held
                ),
                post(
                    "Trần Văn Hai",
                    "Ủy viên",
                    "Ban Thường vụ Tỉnh ủy Nam Định",
                    Status::Held
                ),
            ]
        );
    }

    #[test]
    fn people_elected_into_a_body_are_its_members() {
        assert_eq!(
            posts(
                "Hội nghị đã bầu bổ sung ông Lê Văn Tám - Phó Chủ tịch HĐND tỉnh; bà Trần Thị Hai - \
                 Bí thư Huyện ủy Hải Hậu vào Ban Thường vụ Tỉnh ủy Nam Định.\n\
                 Ông Phạm Văn Ba trúng cử vào HĐND tỉnh Nam Định."
            ),
            [
                post("Lê Văn Tám", "Phó Chủ tịch", "Hội đồng nhân dân tỉnh Nam Định", Status::Held),
                post("Lê Văn Tám", "Ủy viên", "Ban Thường vụ Tỉnh ủy Nam Định", Status::Starts),
                post("Phạm Văn Ba", "Đại biểu", "Hội đồng nhân dân tỉnh Nam Định", Status::Starts),
                post("Trần Thị Hai", "Bí thư", "Huyện ủy Hải Hậu", Status::Held),
                post("Trần Thị Hai", "Ủy viên", "Ban Thường vụ Tỉnh ủy Nam Định", Status::Starts),
            ]
        );
    }

    #[test]
    fn a_former_post_before_a_reported_retirement_ends() {
        assert_eq!(
            posts(
                "Ông Lê Văn Tám, nguyên Bí thư Tỉnh ủy Nam Định nghỉ hưu theo chế độ từ ngày 1/9."
            ),
            [post(
                "Lê Văn Tám",
                "Bí thư",
                "Tỉnh ủy Nam Định",
                Status::Ends
            )]
        );
    }

    #[test]
    fn an_assistant_to_a_minister_holds_no_ministers_post() {
        assert_eq!(
            posts(
                "Tham gia đoàn có Trợ lý Thủ tướng Lê Văn Tám và Trợ lý Bộ trưởng Bộ Ngoại giao \
                 Trần Văn Hai."
            ),
            [
                post("Lê Văn Tám", "Trợ lý Thủ tướng", "Chính phủ", Status::Held),
                post(
                    "Trần Văn Hai",
                    "Trợ lý Bộ trưởng",
                    "Bộ Ngoại giao",
                    Status::Held
                ),
            ]
        );
        // (The ministry's name may follow the title: `Bộ trưởng Quốc
        // phòng`.)
        assert_eq!(
            posts("Karim Nouri, trợ lý Bộ trưởng Quốc phòng Mỹ phụ trách châu Á, cảnh báo về hoạt động quân sự."),
            [post("Karim Nouri", "Trợ lý Bộ trưởng", "Bộ Quốc phòng Mỹ", Status::Held)]
        );
        assert_eq!(
            posts("Trong cuộc trao đổi gần đây, cựu phó trợ lý bộ trưởng quốc phòng Mỹ - ông Karim Nouri cho biết."),
            [post("Karim Nouri", "Phó Trợ lý Bộ trưởng", "Bộ Quốc phòng Mỹ", Status::Former)]
        );
    }

    #[test]
    fn a_post_taken_in_a_closed_period_is_former() {
        assert_eq!(
            posts(
                "Ông Lê Văn Tám sinh năm 1960.\n\
                 Từ tháng 9/2002 đến tháng 2/2003: Ông giữ chức vụ Phó Giám đốc Công an tỉnh Nam \
                 Định.\n\
                 Từ năm 2011 đến tháng 2/2016, ông Lê Văn Tám được bổ nhiệm giữ chức Giám đốc Sở \
                 Tài chính tỉnh Nam Định."
            ),
            [
                post(
                    "Lê Văn Tám",
                    "Giám đốc",
                    "Sở Tài chính tỉnh Nam Định",
                    Status::Former
                ),
                post(
                    "Lê Văn Tám",
                    "Phó Giám đốc",
                    "Công an tỉnh Nam Định",
                    Status::Former
                ),
            ]
        );
    }

    #[test]
    fn a_pronoun_means_the_one_a_short_name_just_named() {
        assert_eq!(
            posts(
                "Ngày 23/5, trong cuộc họp báo với Chủ tịch nước Lê Văn Tám, Tổng thống Mỹ Barack \
                 Obama thông báo quyết định.\n\
                 Tổng thống Obama đưa ra tuyên bố trong chuyến công du.\n\
                 Ông cũng là tổng thống Mỹ thứ ba thăm Việt Nam."
            ),
            [
                post("Barack Obama", "Tổng thống", "Nhà nước Mỹ", Status::Held),
                post("Lê Văn Tám", "Chủ tịch nước", "Nhà nước", Status::Held),
            ]
        );
    }

    #[test]
    fn a_local_official_taking_a_central_office_leaves_the_localitys() {
        assert_eq!(
            posts(
                "Ông Trần Văn Bình, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh \
                 Nam Định giữ chức Phó Trưởng ban Tổ chức Trung ương."
            ),
            [
                post("Trần Văn Bình", "Bí thư", "Tỉnh ủy Nam Định", Status::Ends),
                post(
                    "Trần Văn Bình",
                    "Chủ tịch",
                    "Hội đồng nhân dân tỉnh Nam Định",
                    Status::Ends
                ),
                post(
                    "Trần Văn Bình",
                    "Phó Trưởng ban",
                    "Ban Tổ chức Trung ương",
                    Status::Starts
                ),
                post(
                    "Trần Văn Bình",
                    "Ủy viên",
                    "Ban Chấp hành Trung ương Đảng",
                    Status::Held
                ),
            ]
        );
    }

    #[test]
    fn a_post_taken_years_ago_and_held_until_now_is_held() {
        let later = " Năm 2024, trường tuyển 3.000 sinh viên.";
        let got = posts(&format!(
            "Ông Lê Văn An làm Hiệu trưởng Trường Đại học Sư phạm Huế từ tháng 3/2014 đến nay.{later}"
        ));
        assert_eq!(
            got,
            [post(
                "Lê Văn An",
                "Hiệu trưởng",
                "Trường Đại học Sư phạm Huế",
                Status::Held
            )]
        );
        // (`từ trước đến nay` is `ever`: a step of a career.)
        let got = posts(&format!(
            "Năm 1997, ông Lê Văn An trở thành Phó Thủ tướng trẻ nhất từ trước đến nay.{later}"
        ));
        assert_eq!(
            got,
            [post(
                "Lê Văn An",
                "Phó Thủ tướng",
                "Chính phủ",
                Status::Former
            )]
        );
    }

    #[test]
    fn national_bodies_named_short_and_a_university_abbreviated_are_written_out() {
        for (text, role, org) in [
            (
                "Ông Lê Văn An, Cục trưởng Hàng không cho biết, sự cố đã giảm.",
                "Cục trưởng",
                "Cục Hàng không Việt Nam",
            ),
            (
                "Theo ông Lê Văn An, Phó chủ tịch Ủy ban An toàn giao thông, số vụ tai nạn đã giảm.",
                "Phó Chủ tịch",
                "Ủy ban An toàn giao thông Quốc gia",
            ),
            (
                "Ông Lê Văn An - hiệu trưởng Trường ĐH Sư phạm Huế, cho biết thêm.",
                "Hiệu trưởng",
                "Trường Đại học Sư phạm Huế",
            ),
        ] {
            let got = posts(text);
            assert!(got.contains(&post("Lê Văn An", role, org, Status::Held)), "{text}: {got:?}");
        }
    }

    #[test]
    fn a_foreign_holder_after_a_body_whose_given_name_spells_a_syllable_of_ours() {
        let got = posts("Giám đốc Cơ quan Tình báo Quốc gia Mỹ Dan Corwell nói như vậy.");
        assert_eq!(
            got,
            [post(
                "Dan Corwell",
                "Giám đốc",
                "Cơ quan Tình báo Quốc gia Mỹ",
                Status::Held
            )]
        );
        // (The office of a body in a country, its holder's name after it.)
        let got =
            posts("Phát ngôn viên Đại sứ quán Mỹ tại Campuchia Emma Zolberg nhấn mạnh việc đó.");
        assert_eq!(
            got,
            [post(
                "Emma Zolberg",
                "Phát ngôn viên",
                "Đại sứ quán Mỹ tại Campuchia",
                Status::Held
            )]
        );
        // (Not a place's words: `miền Tây Mindanao`; nor a name read short
        // of its hyphened end.)
        for text in [
            "Theo người phát ngôn Bộ Tư lệnh miền Tây Mindanao, vụ việc đã kết thúc.",
            "Bộ trưởng Đại dương Kim Young - choon đã tới thăm hai đảo.",
        ] {
            let got = posts(text);
            assert!(
                got.iter()
                    .all(|p| !["Tây Mindanao", "Kim Young"].contains(&p.0.as_str())),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn offices_of_foreign_governments_without_a_ministry() {
        for (text, person, role, org) in [
            (
                "Cố vấn An ninh Quốc gia Mỹ John Walden cho biết như vậy.",
                "John Walden",
                "Cố vấn An ninh Quốc gia",
                "Chính phủ Mỹ",
            ),
            (
                "Đại diện Thương mại Mỹ Robert Lyle nói như vậy.",
                "Robert Lyle",
                "Đại diện Thương mại",
                "Chính phủ Mỹ",
            ),
            (
                "Tổng chưởng lý Anh Peter Wright nói như vậy.",
                "Peter Wright",
                "Tổng Chưởng lý",
                "Chính phủ Anh",
            ),
            (
                "Bộ trưởng Cao cấp Campuchia Prak Sothy đã tới Hà Nội.",
                "Prak Sothy",
                "Bộ trưởng Cao cấp",
                "Chính phủ Campuchia",
            ),
            (
                "Phó Thư ký báo chí Nhà Trắng Hogan Gray nói như vậy.",
                "Hogan Gray",
                "Phó Thư ký báo chí",
                "Nhà Trắng Mỹ",
            ),
        ] {
            let got = posts(text);
            assert!(
                got.contains(&post(person, role, org, Status::Held)),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn a_name_ends_at_its_country_and_before_a_negation_and_abbreviations_are_written_out() {
        for (text, role, org) in [
            // (But a word the country's name starts goes on: `Mỹ thuật`.)
            (
                "Ông Lê Văn An, Hiệu trưởng Trường Đại học Mỹ thuật công nghiệp phát biểu.",
                "Hiệu trưởng",
                "Trường Đại học Mỹ thuật công nghiệp",
            ),
            (
                "Ông Lê Văn An, Giám đốc Công ty Cổ phần Hoa Sen không tham gia vì bận công tác.",
                "Giám đốc",
                "Công ty Cổ phần Hoa Sen",
            ),
            (
                "Ông Lê Văn An, Phó Giám đốc Sở QHKT TP.HCM cho biết.",
                "Phó Giám đốc",
                "Sở Quy hoạch - Kiến trúc Thành phố Hồ Chí Minh",
            ),
            (
                "Trong một hội nghị, Giám đốc BHXH TP HCM Lê Văn An cho biết như vậy.",
                "Giám đốc",
                "Bảo hiểm xã hội Thành phố Hồ Chí Minh",
            ),
            (
                "Ông Lê Văn An, Chủ tịch Ủy ban Mặt trận xã Thanh Hải cho biết.",
                "Chủ tịch",
                "Ủy ban Mặt trận Tổ quốc Việt Nam xã Thanh Hải",
            ),
            (
                "Ông Lê Văn An, Thứ trưởng Bộ GT - VT cho biết.",
                "Thứ trưởng",
                "Bộ Giao thông vận tải",
            ),
            (
                "Ông Lê Văn An, Giám đốc BQL dự án giao thông tỉnh Nghệ An cho biết.",
                "Giám đốc",
                "Ban Quản lý dự án giao thông tỉnh Nghệ An",
            ),
        ] {
            let got = posts(text);
            assert!(
                got.contains(&post("Lê Văn An", role, org, Status::Held)),
                "{text}: {got:?}"
            );
        }
        // (The verb after the country is no part of the name.)
        let got = posts("Thông tin trên do bà Jane Porter, Bộ trưởng An ninh Nội địa Mỹ cung cấp.");
        assert_eq!(
            got,
            [post(
                "Jane Porter",
                "Bộ trưởng",
                "Bộ An ninh Nội địa Mỹ",
                Status::Held
            )]
        );
        // (A country whose inner word is in lower case.)
        let got = posts("Thủ tướng Quần đảo Solomon Peter Tolai đã cắt quan hệ với Đài Loan.");
        assert_eq!(
            got,
            [post(
                "Peter Tolai",
                "Thủ tướng",
                "Chính phủ Quần đảo Solomon",
                Status::Held
            )]
        );
        // (Countries of every continent: `Burkina Faso` is no part of a name.)
        let got = posts("Bộ trưởng Quốc phòng Burkina Faso Jean Claude Bouda xác nhận vụ việc.");
        assert_eq!(
            got,
            [post(
                "Jean Claude Bouda",
                "Bộ trưởng",
                "Bộ Quốc phòng Burkina Faso",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_list_of_holders_after_an_election_tells_the_posts_taken_unless_told_as_now() {
        let elected = "Đại hội đã bầu anh Lê Văn An làm Bí thư Tỉnh đoàn Nam Định. ";
        let got = posts(&format!(
            "{elected}Các Phó Bí thư Tỉnh đoàn Nam Định gồm: anh Trần Văn Bình, chị Nguyễn Thị Hoa."
        ));
        let deputy = |status| post("Trần Văn Bình", "Phó Bí thư", "Tỉnh đoàn Nam Định", status);
        assert!(got.contains(&deputy(Status::Starts)), "{got:?}");
        for text in [
            format!(
                "{elected}Hiện tại, Tỉnh đoàn Nam Định có hai Phó Bí thư gồm: anh Trần Văn Bình, \
                 chị Nguyễn Thị Hoa."
            ),
            "Các Phó Bí thư Tỉnh đoàn Nam Định gồm: anh Trần Văn Bình, chị Nguyễn Thị Hoa.".into(),
        ] {
            let got = posts(&text);
            assert!(got.contains(&deputy(Status::Held)), "{text}: {got:?}");
        }
    }

    #[test]
    fn the_offices_of_someone_transferred_to_a_post_are_left_and_the_seats_kept() {
        let got = posts(
            "Bộ Chính trị điều động ông Lê Văn An, Ủy viên Trung ương Đảng, Chủ tịch Hội Nông dân \
             Việt Nam, làm Bí thư Tỉnh ủy Nam Định.",
        );
        for (role, org, status) in [
            ("Ủy viên", "Ban Chấp hành Trung ương Đảng", Status::Held),
            ("Chủ tịch", "Hội Nông dân Việt Nam", Status::Ends),
            ("Bí thư", "Tỉnh ủy Nam Định", Status::Starts),
        ] {
            assert!(
                got.contains(&post("Lê Văn An", role, org, status)),
                "{role}: {got:?}"
            );
        }
        let got = posts(
            "Bộ Công an điều động, bổ nhiệm Đại tá Trần Văn Bình (Giám đốc Công an tỉnh Nam Định) \
             giữ chức Cục trưởng Cục Cảnh sát giao thông.",
        );
        assert!(got.contains(&post(
            "Trần Văn Bình",
            "Giám đốc",
            "Công an tỉnh Nam Định",
            Status::Ends
        )));
    }

    #[test]
    fn the_posts_a_transfer_names_as_left_are_the_only_ones_left() {
        let got = posts(
            "Bộ Chính trị điều động ông Lê Văn An, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nam Định \
             thôi giữ chức Bí thư Tỉnh ủy để giữ chức Phó Trưởng ban Nội chính Trung ương.",
        );
        assert!(got.contains(&post(
            "Lê Văn An",
            "Chủ tịch",
            "Hội đồng nhân dân tỉnh Nam Định",
            Status::Held
        )));
    }

    #[test]
    fn a_promotion_in_the_same_province_keeps_the_other_office() {
        let got = posts(
            "Ông Lê Văn An, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nam Định được bầu giữ chức \
             Bí thư Tỉnh ủy Nam Định.",
        );
        assert!(got.contains(&post(
            "Lê Văn An",
            "Chủ tịch",
            "Ủy ban nhân dân tỉnh Nam Định",
            Status::Held
        )));
    }

    #[test]
    fn a_name_after_a_body_ending_in_moi_truong_is_a_person() {
        // (`trường` names a school before a name, not as the end of `Môi
        // trường`.)
        assert_eq!(
            posts("Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường Nguyễn Văn Giàu phát biểu."),
            [post(
                "Nguyễn Văn Giàu",
                "Chủ nhiệm",
                "Ủy ban Khoa học, Công nghệ và Môi trường Quốc hội",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_full_name_after_a_bare_thanh_pho_is_a_person() {
        assert_eq!(
            posts(
                "Ngày 5/3, UBND thành phố Đà Nẵng họp.\n\
                 Chủ tịch UBND thành phố Lê Văn Tám cho biết như vậy."
            ),
            [post(
                "Lê Văn Tám",
                "Chủ tịch",
                "Ủy ban nhân dân thành phố Đà Nẵng",
                Status::Held
            )]
        );
    }

    #[test]
    fn the_governor_of_the_state_bank() {
        assert_eq!(
            posts("Thống đốc NHNN Lê Văn Tám có báo cáo."),
            [post(
                "Lê Văn Tám",
                "Thống đốc",
                "Ngân hàng Nhà nước",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_foreign_name_after_a_ministry_is_its_minister() {
        assert_eq!(
            posts(
                "Phía Nga có Bộ trưởng Thương mại Wilbur Smith và Thứ trưởng Bộ Năng lượng \
                 Anatoly Petrov."
            ),
            [
                post(
                    "Anatoly Petrov",
                    "Thứ trưởng",
                    "Bộ Năng lượng Nga",
                    Status::Held
                ),
                post(
                    "Wilbur Smith",
                    "Bộ trưởng",
                    "Bộ Thương mại Nga",
                    Status::Held
                ),
            ]
        );
    }

    #[test]
    fn foreign_words_naming_a_building_are_no_holder() {
        let got = posts("Ông Lê Văn Tám, Trưởng ban Quản lý chung cư Carina Plaza, bị khởi tố.");
        assert!(got.iter().all(|p| p.0 == "Lê Văn Tám"), "{got:?}");
    }

    #[test]
    fn a_title_la_names_gives_it_to_the_names_not_to_the_one_before() {
        assert_eq!(
            posts(
                "Thường trực UBND tỉnh Nam Định chỉ còn Chủ tịch UBND tỉnh Lê Văn Tám và 2 Phó \
                 Chủ tịch là Trần Văn Bình, Hà Thị Lan."
            ),
            [
                post(
                    "Hà Thị Lan",
                    "Phó Chủ tịch",
                    "Ủy ban nhân dân tỉnh Nam Định",
                    Status::Held
                ),
                post(
                    "Lê Văn Tám",
                    "Chủ tịch",
                    "Ủy ban nhân dân tỉnh Nam Định",
                    Status::Held
                ),
                post(
                    "Trần Văn Bình",
                    "Phó Chủ tịch",
                    "Ủy ban nhân dân tỉnh Nam Định",
                    Status::Held
                ),
            ]
        );
    }

    #[test]
    fn an_envoy_of_a_country_in_another() {
        assert_eq!(
            posts(
                "Đại sứ Việt Nam tại Thụy Điển Lê Văn Tám và Đại sứ Lào tại Việt Nam Thongsavanh \
                 Phomvihane dự lễ."
            ),
            [
                post(
                    "Lê Văn Tám",
                    "Đại sứ",
                    "Đại sứ quán Việt Nam tại Thụy Điển",
                    Status::Held
                ),
                post(
                    "Thongsavanh Phomvihane",
                    "Đại sứ",
                    "Đại sứ quán Lào tại Việt Nam",
                    Status::Held
                ),
            ]
        );
    }

    #[test]
    fn an_acronym_between_a_role_and_a_name_is_the_body_the_article_spells_out() {
        assert_eq!(
            posts("Chủ tịch VINASA Lê Văn Tám phát biểu."),
            [post("Lê Văn Tám", "Chủ tịch", "VINASA", Status::Held)]
        );
        assert_eq!(
            posts(
                "Hội thảo do Hiệp hội Phần mềm và Dịch vụ Công nghệ thông tin Việt Nam (VINASA) \
                 tổ chức.\n\
                 Chủ tịch VINASA Lê Văn Tám phát biểu."
            ),
            [post(
                "Lê Văn Tám",
                "Chủ tịch",
                "Hiệp hội Phần mềm và Dịch vụ Công nghệ thông tin Việt Nam",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_name_with_its_own_title_after_a_bare_colon_is_not_the_titles_holder() {
        let got = posts("Đại sứ Mỹ: cố Thủ tướng Lê Văn Tám là nhà cải cách kiên định.");
        assert!(got.iter().all(|p| p.1 != "Đại sứ"), "{got:?}");
    }

    #[test]
    fn an_association_is_a_body() {
        assert_eq!(
            posts("Ông Lê Văn Tám, Chủ tịch Hiệp hội Bất động sản TP. HCM cho biết như vậy."),
            [post(
                "Lê Văn Tám",
                "Chủ tịch",
                "Hiệp hội Bất động sản Thành phố Hồ Chí Minh",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_title_after_va_with_no_name_is_another_persons() {
        assert_eq!(
            posts(
                "Tổng thống Mỹ không chia sẻ tin tình báo cho Ngoại trưởng Nga Sergei Lavrov và \
                 Đại sứ Nga tại Mỹ trong cuộc gặp."
            ),
            [post(
                "Sergei Lavrov",
                "Bộ trưởng",
                "Bộ Ngoại giao Nga",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_deputy_envoy_and_a_consul_general_serve_in_a_city() {
        assert_eq!(
            posts(
                "Phó đại sứ Nga tại Liên Hợp Quốc Dmitry Polyansky và Tổng lãnh sự Việt Nam tại \
                 Thượng Hải Lê Văn Tám phát biểu."
            ),
            [
                post(
                    "Dmitry Polyansky",
                    "Phó Đại sứ",
                    "Phái đoàn Nga tại Liên Hợp Quốc",
                    Status::Held
                ),
                post(
                    "Lê Văn Tám",
                    "Tổng Lãnh sự",
                    "Tổng Lãnh sự quán Việt Nam tại Thượng Hải",
                    Status::Held
                ),
            ]
        );
    }

    #[test]
    fn a_post_taken_years_before_the_article_is_a_step_of_a_career() {
        let got = posts(
            "Ngày 5/4/2018, ông Lê Văn Tám bị cách chức.\n\
             Năm 2012, ông Lê Văn Tám được bổ nhiệm làm Giám đốc Sở Tài chính tỉnh Nam Định.\n\
             Năm 2015, ông Lê Văn Tám được bổ nhiệm làm Phó Chủ tịch UBND tỉnh Nam Định.",
        );
        assert!(got.contains(&post(
            "Lê Văn Tám",
            "Giám đốc",
            "Sở Tài chính tỉnh Nam Định",
            Status::Former
        )));
        assert!(got.contains(&post(
            "Lê Văn Tám",
            "Phó Chủ tịch",
            "Ủy ban nhân dân tỉnh Nam Định",
            Status::Held
        )));
    }

    #[test]
    fn a_two_word_name_stands_for_the_full_name_written_before() {
        assert_eq!(
            posts(
                "Ông Nguyễn Xuân Anh dự họp.\n\
                 Năm nay, ông Xuân Anh được bầu làm Phó Chủ tịch UBND thành phố Đà Nẵng."
            ),
            [post(
                "Nguyễn Xuân Anh",
                "Phó Chủ tịch",
                "Ủy ban nhân dân thành phố Đà Nẵng",
                Status::Starts
            )]
        );
    }

    #[test]
    fn truoc_khi_before_a_title_addressing_its_holder_dates_an_event_not_the_post() {
        assert_eq!(
            posts("Ngay trước khi Ngoại trưởng Mỹ Rex Tillerson đến thăm Nga, ông Kofman nói."),
            [post(
                "Rex Tillerson",
                "Bộ trưởng",
                "Bộ Ngoại giao Mỹ",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Ông Lê Văn Tám, nguyên Bộ trưởng Bộ Tài chính, dự lễ."),
            [post(
                "Lê Văn Tám",
                "Bộ trưởng",
                "Bộ Tài chính",
                Status::Former
            )]
        );
    }

    #[test]
    fn a_unit_then_thuoc_and_its_body_in_brackets_is_one_body() {
        assert_eq!(
            posts(
                "Ông Lê Văn Tám - Trưởng phòng Công chức viên chức (thuộc Sở Nội vụ) đã nói về \
                 quy định này."
            ),
            [post(
                "Lê Văn Tám",
                "Trưởng phòng",
                "Phòng Công chức viên chức Sở Nội vụ",
                Status::Held
            )]
        );
    }

    #[test]
    fn the_one_replaced_after_a_comma_leaves_the_post() {
        let got = posts(
            "UBND tỉnh Nam Định bổ nhiệm ông Trần Văn Bình giữ chức Giám đốc Sở Ngoại vụ, thay \
             ông Lê Văn Tám nghỉ hưu.",
        );
        assert!(got.contains(&post(
            "Lê Văn Tám",
            "Giám đốc",
            "Sở Ngoại vụ tỉnh Nam Định",
            Status::Ends
        )));
    }

    #[test]
    fn a_chief_inspector_of_a_place_heads_its_inspectorate() {
        assert_eq!(
            posts("Ông Lê Văn Tám, Chánh Thanh tra tỉnh Nam Định cho biết như vậy."),
            [post(
                "Lê Văn Tám",
                "Chánh Thanh tra",
                "Thanh tra tỉnh Nam Định",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_long_lower_case_name_in_a_title_goes_on_to_its_place() {
        assert_eq!(
            posts(
                "Ông Lê Văn Tám, Giám đốc Ban Quản lý dự án đầu tư xây dựng công trình giao \
                 thông tỉnh Nam Định, cho biết như vậy."
            ),
            [post(
                "Lê Văn Tám",
                "Giám đốc",
                "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Nam Định",
                Status::Held
            )]
        );
        // (No longer than six words when the sentence ends after them.)
        let got = posts(
            "Ông Lê Văn Tám, Bộ trưởng Bộ Tài nguyên xử lý sự cố môi trường biển miền Trung.",
        );
        assert!(
            got.iter().all(|(_, _, o, _)| !o.contains("xử lý")),
            "{got:?}"
        );
    }

    #[test]
    fn the_central_committee_of_an_association_is_no_party_committee() {
        assert_eq!(
            posts(
                "Ông Lê Văn Tám, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam, cho biết như vậy."
            ),
            [post(
                "Lê Văn Tám",
                "Phó Chủ tịch",
                "Trung ương Hội Nông dân Việt Nam",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Ông Lê Văn Tám, Chủ tịch Giáo hội Phật giáo Hòa Hảo, cho biết như vậy."),
            [post(
                "Lê Văn Tám",
                "Chủ tịch",
                "Giáo hội Phật giáo Hòa Hảo",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_list_of_capitalized_words_closed_by_and_is_one_name() {
        assert_eq!(
            posts("Ông Hiroshi Sato, Bộ trưởng Bộ Kinh tế, Thương mại và Công nghiệp Nhật Bản, cho biết."),
            [post(
                "Hiroshi Sato",
                "Bộ trưởng",
                "Bộ Kinh tế, Thương mại và Công nghiệp Nhật Bản",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Ông Lê Văn Tám, Cục trưởng Cục Mỹ thuật, Nhiếp ảnh và Triển lãm, cho biết như vậy."),
            [post(
                "Lê Văn Tám",
                "Cục trưởng",
                "Cục Mỹ thuật, Nhiếp ảnh và Triển lãm",
                Status::Held
            )]
        );
        // (A title after the comma starts the next guest.)
        let got = posts(
            "Ông Lê Văn Tám, Giám đốc Sở Tài chính, Phó Giám đốc Sở Y tế Trần Văn Hai cho biết.",
        );
        assert!(
            got.contains(&post(
                "Lê Văn Tám",
                "Giám đốc",
                "Sở Tài chính",
                Status::Held
            )),
            "{got:?}"
        );
    }

    #[test]
    fn a_body_waiting_for_something_ends_before_the_wait() {
        let got = posts(
            "Ông Lê Văn Tám, Chi cục trưởng Chi cục Kiểm lâm Nam Định chờ xử lý trách nhiệm.",
        );
        assert_eq!(
            got,
            [post(
                "Lê Văn Tám",
                "Chi cục trưởng",
                "Chi cục Kiểm lâm Nam Định",
                Status::Held
            )]
        );
    }

    #[test]
    fn an_ambassador_extraordinary_and_plenipotentiary_is_an_ambassador() {
        assert_eq!(
            posts("Ông Lê Văn Tám, Đại sứ Đặc mệnh toàn quyền Việt Nam tại Nhật Bản, cho biết."),
            [post(
                "Lê Văn Tám",
                "Đại sứ",
                "Đại sứ quán Việt Nam tại Nhật Bản",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_central_steering_committee_keeps_its_purpose() {
        assert_eq!(
            posts("Ông Lê Văn Tám, Phó Trưởng ban Chỉ đạo Trung ương về phòng, chống tham nhũng, phát biểu."),
            [post(
                "Lê Văn Tám",
                "Phó Trưởng ban",
                "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng",
                Status::Held
            )]
        );
    }

    #[test]
    fn the_assemblys_committee_on_social_affairs_under_both_names() {
        for text in [
            "Bà Lê Thị Hoa, Chủ nhiệm Ủy ban về các vấn đề xã hội của Quốc hội, phát biểu.",
            "Bà Lê Thị Hoa, Chủ nhiệm Ủy ban Các vấn đề xã hội của Quốc hội, phát biểu.",
        ] {
            assert_eq!(
                posts(text),
                [post(
                    "Lê Thị Hoa",
                    "Chủ nhiệm",
                    "Ủy ban Các vấn đề xã hội Quốc hội",
                    Status::Held
                )],
                "{text}"
            );
        }
    }

    #[test]
    fn a_leaving_right_after_the_name_ends_the_title_before_it() {
        for text in [
            "Giám đốc Sở Y tế tỉnh Nam Định Nguyễn Văn An ngày 5/3 đã xin từ chức.",
            "Giám đốc Sở Y tế tỉnh Nam Định Nguyễn Văn An bị cách chức vì sai phạm.",
            "Giám đốc Sở Y tế tỉnh Nam Định Nguyễn Văn An sẽ về hưu từ tháng 7.",
        ] {
            assert_eq!(
                posts(text),
                [post(
                    "Nguyễn Văn An",
                    "Giám đốc",
                    "Sở Y tế tỉnh Nam Định",
                    Status::Ends
                )],
                "{text}"
            );
        }
        // (A leaving that names the title left says nothing of the others.)
        assert_eq!(
            posts("Chủ tịch UBND tỉnh Nam Định Nguyễn Văn An thôi giữ chức Bí thư Huyện ủy Giao Thủy."),
            [
                post("Nguyễn Văn An", "Bí thư", "Huyện ủy Giao Thủy", Status::Ends),
                post("Nguyễn Văn An", "Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định", Status::Held),
            ]
        );
    }

    #[test]
    fn resigning_a_title_ends_it() {
        assert_eq!(
            posts("Ông Nguyễn Văn An đã xin từ chức Phó Chủ tịch UBND huyện Giao Thủy."),
            [post(
                "Nguyễn Văn An",
                "Phó Chủ tịch",
                "Ủy ban nhân dân huyện Giao Thủy",
                Status::Ends
            )]
        );
    }

    #[test]
    fn who_dismisses_another_or_leaves_a_city_keeps_the_post() {
        for text in [
            "Chủ tịch UBND tỉnh Nam Định Nguyễn Văn An cách chức ông Trần Văn Bình.",
            "Ông Nguyễn Văn An, Chủ tịch UBND tỉnh Nam Định, miễn nhiệm ông Trần Văn Bình.",
            "Ông Nguyễn Văn An, Chủ tịch UBND tỉnh Nam Định, rời Hà Nội chiều nay.",
        ] {
            assert_eq!(
                posts(text),
                [post(
                    "Nguyễn Văn An",
                    "Chủ tịch",
                    "Ủy ban nhân dân tỉnh Nam Định",
                    Status::Held
                )],
                "{text}"
            );
        }
    }

    #[test]
    fn a_foreign_company_name_ends_at_the_lower_case_words_after_it() {
        assert_eq!(
            posts(
                "Cổ phiếu đưa ông Trần Văn Bình - Chủ tịch HĐQT Novaland vào danh sách người giàu."
            ),
            [post(
                "Trần Văn Bình",
                "Chủ tịch",
                "Hội đồng quản trị Novaland",
                Status::Held
            )]
        );
        // (Over the particles of a foreign name.)
        assert_eq!(
            posts("Ông Trần Văn Bình, Giám đốc Viện Sou da Paz, cho biết."),
            [post(
                "Trần Văn Bình",
                "Giám đốc",
                "Viện Sou da Paz",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_steering_committee_is_named_by_what_it_steers() {
        assert_eq!(
            posts("Ông Lê Văn Tám, Phó Trưởng ban Chỉ đạo phòng chống thiên tai tỉnh Hòa Bình, phát biểu."),
            [post(
                "Lê Văn Tám",
                "Phó Trưởng ban",
                "Ban Chỉ đạo phòng chống thiên tai tỉnh Hòa Bình",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Ông Lê Văn Tám, Trưởng ban Chỉ đạo thực hiện Chương trình Sữa học đường thành phố Hà Nội, nói."),
            [post(
                "Lê Văn Tám",
                "Trưởng ban",
                "Ban Chỉ đạo thực hiện Chương trình Sữa học đường thành phố Hà Nội",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_country_ends_a_foreign_body_before_its_holders_name() {
        for (text, name) in [
            (
                "Bộ trưởng Thương mại Trung Quốc Chung Sơn nói.",
                "Chung Sơn",
            ),
            // (Not `Quốc vương` across the country's last word.)
            (
                "Bộ trưởng Thương mại Trung Quốc Vương Nghị nói.",
                "Vương Nghị",
            ),
        ] {
            assert_eq!(
                posts(text),
                [post(
                    name,
                    "Bộ trưởng",
                    "Bộ Thương mại Trung Quốc",
                    Status::Held
                )],
                "{text}"
            );
        }
    }

    #[test]
    fn a_brand_after_a_business_role_is_the_company() {
        for (text, who, role, brand) in [
            (
                "Giám đốc điều hành United Airlines Oscar Munoz từ chối bình luận.",
                "Oscar Munoz",
                "Giám đốc Điều hành",
                "United Airlines",
            ),
            (
                "Ông Lê Văn Tám, Tổng Giám đốc Bamboo Airways cho biết như vậy.",
                "Lê Văn Tám",
                "Tổng Giám đốc",
                "Bamboo Airways",
            ),
            // (A brand of business words whose holder was named before.)
            (
                "Ông Daniel Kupsin, giám đốc điều hành Upffinity Gaming Management cho biết.",
                "Daniel Kupsin",
                "Giám đốc Điều hành",
                "Upffinity Gaming Management",
            ),
        ] {
            assert_eq!(
                posts(text),
                [post(who, role, brand, Status::Held)],
                "{text}"
            );
        }
    }

    #[test]
    fn a_national_steering_committee_takes_no_place() {
        assert_eq!(
            posts("Ông Lê Văn Tám, Phó Trưởng ban Thường trực BCĐ 389 quốc gia, phát biểu tại tỉnh Nam Định."),
            [post(
                "Lê Văn Tám",
                "Phó Trưởng ban Thường trực",
                "Ban Chỉ đạo 389 quốc gia",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_police_unit_named_by_the_crimes_it_investigates() {
        assert_eq!(
            posts("Ông Lê Văn Tám, Phó Cục trưởng Cục Cảnh sát điều tra tội phạm về ma túy, cho biết."),
            [post(
                "Lê Văn Tám",
                "Phó Cục trưởng",
                "Cục Cảnh sát điều tra tội phạm về ma túy",
                Status::Held
            )]
        );
        // (A long name in lower case ends at a closing bracket too.)
        assert_eq!(
            posts("Ông Lê Văn Tám (Trưởng phòng Cảnh sát điều tra tội phạm về trật tự xã hội) phát biểu."),
            [post(
                "Lê Văn Tám",
                "Trưởng phòng",
                "Phòng Cảnh sát điều tra tội phạm về trật tự xã hội",
                Status::Held
            )]
        );
        // (Nor where the predicate follows it: a department of the ministry
        // the tables name.)
        assert_eq!(
            posts("Tổ công tác của Cục Cảnh sát điều tra tội phạm về ma túy do thiếu tướng Lê Văn Nam (cục trưởng) chỉ huy đã vây bắt."),
            [post(
                "Lê Văn Nam",
                "Cục trưởng",
                "Cục Cảnh sát điều tra tội phạm về ma túy",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_heads_own_abbreviation_in_brackets_before_the_name_is_skipped() {
        assert_eq!(
            posts("Ông Lê Văn Tám - Phó Chủ tịch hội đồng quản trị (HĐQT) PNJ cho biết."),
            [post(
                "Lê Văn Tám",
                "Phó Chủ tịch",
                "Hội đồng quản trị PNJ",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_bare_title_in_a_list_of_people_takes_the_body_of_the_last() {
        assert_eq!(
            posts(
                "Ông Lê Văn An, Chủ tịch và bà Trần Thị Bình, Phó Chủ tịch UBND xã Tân Phú \
                 bị kỷ luật."
            ),
            [
                post(
                    "Lê Văn An",
                    "Chủ tịch",
                    "Ủy ban nhân dân xã Tân Phú",
                    Status::Held
                ),
                post(
                    "Trần Thị Bình",
                    "Phó Chủ tịch",
                    "Ủy ban nhân dân xã Tân Phú",
                    Status::Held
                ),
            ]
        );
        // Not a party post: its committee is its own.
        let got = posts(
            "Tỉnh kỷ luật ông Lê Văn An, Bí thư và ông Trần Văn Bình, Chủ tịch UBND xã Tân Phú.",
        );
        assert!(
            !got.iter()
                .any(|p| p.0 == "Lê Văn An" && p.2.contains("Ủy ban")),
            "{got:?}"
        );
    }

    #[test]
    fn a_title_that_is_the_subject_is_not_given_to_the_person_after_doi_voi() {
        let got = posts(
            "Chủ tịch UBND tỉnh Phú Yên yêu cầu kiểm điểm rút kinh nghiệm đối với ông \
             Trần Văn Bình.",
        );
        assert!(
            !got.iter()
                .any(|p| p.0 == "Trần Văn Bình" && p.1 == "Chủ tịch"),
            "{got:?}"
        );
    }

    #[test]
    fn a_long_lower_case_name_ends_at_its_holder() {
        assert_eq!(
            posts(
                "Giám đốc Trung tâm điều phối ghép tạng quốc gia khu vực phía nam Lê Văn \
                 Bình cho biết số ca tăng."
            ),
            [post(
                "Lê Văn Bình",
                "Giám đốc",
                "Trung tâm điều phối ghép tạng quốc gia khu vực phía nam",
                Status::Held
            )]
        );
        // `dự báo khí tượng` is one word: its `dự` starts no clause.
        assert_eq!(
            posts(
                "Phó Giám đốc Trung tâm dự báo khí tượng thủy văn Trần Văn Bình cho biết trời mưa."
            ),
            [post(
                "Trần Văn Bình",
                "Phó Giám đốc",
                "Trung tâm dự báo khí tượng thủy văn",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_voided_mandate_ends_the_post() {
        assert_eq!(
            posts(
                "Hội đồng bầu cử quốc gia quyết định hủy tư cách đại biểu Quốc hội khóa XIV \
                 đối với ông Trần Văn Bình."
            ),
            [post("Trần Văn Bình", "Đại biểu", "Quốc hội", Status::Ends)]
        );
    }

    #[test]
    fn the_national_traffic_safety_committee_is_read_from_its_abbreviation() {
        assert_eq!(
            posts("Ông Lê Văn An, Phó Chủ tịch UBATGT Quốc gia ký công văn."),
            [post(
                "Lê Văn An",
                "Phó Chủ tịch",
                "Ủy ban An toàn giao thông Quốc gia",
                Status::Held
            )]
        );
    }

    #[test]
    fn an_open_name_goes_on_in_lower_case_after_a_capitalized_trung_uong() {
        assert_eq!(
            posts(
                "Ông Lê Văn An, Trưởng ban chỉ đạo Trung ương phòng chống lụt bão yêu cầu các \
                 đơn vị triển khai."
            ),
            [post(
                "Lê Văn An",
                "Trưởng ban",
                "Ban Chỉ đạo Trung ương phòng chống lụt bão",
                Status::Held
            )]
        );
    }

    #[test]
    fn the_supreme_court_and_procuracy_written_short_are_the_national_bodies() {
        assert_eq!(
            posts(
                "Ông Lê Văn An (Viện trưởng Viện KSNDTC), ông Trần Văn Bình (Chánh án TANDTC) \
                 dự họp."
            ),
            [
                post(
                    "Lê Văn An",
                    "Viện trưởng",
                    "Viện Kiểm sát nhân dân tối cao",
                    Status::Held
                ),
                post(
                    "Trần Văn Bình",
                    "Chánh án",
                    "Tòa án nhân dân tối cao",
                    Status::Held
                ),
            ]
        );
    }

    #[test]
    fn a_museum_takes_a_place_written_with_its_unit_for_its_name() {
        assert_eq!(
            posts("Ông Lê Văn An, Giám đốc Bảo tàng TP Đà Nẵng cho biết."),
            [post(
                "Lê Văn An",
                "Giám đốc",
                "Bảo tàng thành phố Đà Nẵng",
                Status::Held
            )]
        );
        // (Alone, the head names no body.)
        assert_eq!(posts("Ông Lê Văn An, Giám đốc Bảo tàng cho biết."), []);
    }

    #[test]
    fn a_title_going_on_into_a_predicate_after_the_source_of_a_saying_is_anothers() {
        let text = "Ông Lê Văn An, Giám đốc Sở Tài chính tỉnh Bắc Ninh cho biết. Theo ông An, \
                    Chủ tịch tỉnh đã chuyển tin nhắn cho cơ quan điều tra.";
        assert_eq!(
            posts(text),
            [post(
                "Lê Văn An",
                "Giám đốc",
                "Sở Tài chính tỉnh Bắc Ninh",
                Status::Held
            )]
        );
        // (The source may carry its own title.)
        assert_eq!(
            posts("Theo Bộ trưởng Bộ Tài chính Lê Văn An, Thủ tướng đã đặt vấn đề này từ lâu."),
            [post("Lê Văn An", "Bộ trưởng", "Bộ Tài chính", Status::Held)]
        );
        // (An apposition stays the source's.)
        assert_eq!(
            posts("Theo ông Lê Văn An, Phó Chủ tịch kiêm Tổng giám đốc Tập đoàn Sông Hồng, giá sẽ giảm."),
            [
                post("Lê Văn An", "Phó Chủ tịch", "Tập đoàn Sông Hồng", Status::Held),
                post("Lê Văn An", "Tổng Giám đốc", "Tập đoàn Sông Hồng", Status::Held),
            ]
        );
    }

    #[test]
    fn a_national_body_written_without_its_country_is_vietnams() {
        assert_eq!(
            posts("Chủ tịch Tổng Liên đoàn Lao động Lê Văn An phát biểu."),
            [post(
                "Lê Văn An",
                "Chủ tịch",
                "Tổng Liên đoàn Lao động Việt Nam",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Ông Lê Văn An, Phó Chủ tịch VCCI cho biết."),
            [post(
                "Lê Văn An",
                "Phó Chủ tịch",
                "Phòng Thương mại và Công nghiệp Việt Nam",
                Status::Held
            )]
        );
        // (A foreign country takes the place of `Việt Nam`.)
        assert_eq!(
            posts("Ông Bua Khăm, Chủ tịch Tổng Liên đoàn Lao động Lào, phát biểu."),
            [post(
                "Bua Khăm",
                "Chủ tịch",
                "Tổng Liên đoàn Lao động Lào",
                Status::Held
            )]
        );
    }

    #[test]
    fn an_ampersand_inside_a_company_name_goes_on_with_it() {
        assert_eq!(
            posts("Ông Lê Văn An, Tổng Giám đốc Công ty Cổ phần Đầu tư U & I cho biết."),
            [post(
                "Lê Văn An",
                "Tổng Giám đốc",
                "Công ty Cổ phần Đầu tư U & I",
                Status::Held
            )]
        );
        // (A short name written with a spaced `&` is written out.)
        assert_eq!(
            posts("Ông Lê Văn An, Giám đốc Sở GD & ĐT tỉnh Nghệ An, cho biết."),
            [post(
                "Lê Văn An",
                "Giám đốc",
                "Sở Giáo dục và Đào tạo tỉnh Nghệ An",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_name_goes_on_over_cua_only_to_a_capitalized_word_that_is_no_role() {
        assert_eq!(
            posts("Ông Lê Văn An, Giám đốc Ban Dự án của công ty, cho biết."),
            [post("Lê Văn An", "Giám đốc", "Ban Dự án", Status::Held)]
        );
        assert_eq!(
            posts("Ông John Smith, Giám đốc Hội Luật sư liên bang của New York, cho biết."),
            [post(
                "John Smith",
                "Giám đốc",
                "Hội Luật sư liên bang của New York",
                Status::Held
            )]
        );
        // (Nor over a conjunction: `chứ`, `nhưng`.)
        assert_eq!(
            posts("Ông Lê Văn An, Phó Tổng Giám đốc Ngân hàng Đông Á chứ không phải ai khác, ký."),
            [post(
                "Lê Văn An",
                "Phó Tổng Giám đốc",
                "Ngân hàng Đông Á",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_branch_of_a_body_in_a_place_is_named_with_it() {
        assert_eq!(
            posts("Ông Lê Văn An, Phó Giám đốc NHNN chi nhánh Long An, cho biết."),
            [post(
                "Lê Văn An",
                "Phó Giám đốc",
                "Ngân hàng Nhà nước chi nhánh Long An",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Ông Lê Văn An, Giám đốc VCCI chi nhánh TP. HCM, cho biết."),
            [post(
                "Lê Văn An",
                "Giám đốc",
                "Phòng Thương mại và Công nghiệp Việt Nam chi nhánh thành phố Hồ Chí Minh",
                Status::Held
            )]
        );
        // (After the body's short form in brackets.)
        assert_eq!(
            posts(
                "Ông Lê Văn An, Phó Giám đốc Ngân hàng Nhà nước (NHNN) chi nhánh Nghệ An cho biết."
            ),
            [post(
                "Lê Văn An",
                "Phó Giám đốc",
                "Ngân hàng Nhà nước chi nhánh Nghệ An",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_post_told_of_a_day_ten_years_before_the_article_is_former() {
        let chair = |status| {
            [post(
                "Lê Văn An",
                "Chủ tịch",
                "Ủy ban nhân dân tỉnh Nghệ An",
                status,
            )]
        };
        for (text, status) in [
            (
                "Năm 2005, Chủ tịch UBND tỉnh Nghệ An Lê Văn An ký quyết định thành lập trường. \
                 Tháng 3/2018, trường tổ chức lễ kỷ niệm.",
                Status::Former,
            ),
            // (A target is no year of the article: `vào năm 2030`.)
            (
                "Năm 2015, Chủ tịch UBND tỉnh Nghệ An Lê Văn An ký quyết định. \
                 Tháng 3/2019, tỉnh họp bàn. Tỉnh dừng xe máy vào năm 2030.",
                Status::Held,
            ),
            // (Nor a year the sentence does not open with.)
            (
                "Cuộc chiến năm 2003 gây tranh cãi, trong khi Chủ tịch UBND tỉnh Nghệ An \
                 Lê Văn An phản đối. Tháng 3/2018, tỉnh họp bàn.",
                Status::Held,
            ),
        ] {
            assert_eq!(posts(text), chair(status), "{text}");
        }
    }

    #[test]
    fn a_new_office_of_someone_addressed_or_met_is_not_the_speakers() {
        assert_eq!(
            posts(
                "Tại Hà Nội, Chủ tịch nước Lê Văn An gửi lời chúc mừng tới tân Tổng thống Pháp, \
                 người vừa nhậm chức."
            ),
            [post("Lê Văn An", "Chủ tịch nước", "Nhà nước", Status::Held)]
        );
        assert_eq!(
            posts("Ông Lê Văn An làm việc với tân Chủ tịch UBND tỉnh Nghệ An."),
            []
        );
    }

    #[test]
    fn a_title_a_dash_and_an_honored_name_is_the_names_post() {
        assert_eq!(
            posts("Chủ tịch Hiệp hội Cà phê Gia Lai – ông Trần Văn Lâm tỏ ra lo lắng."),
            [post(
                "Trần Văn Lâm",
                "Chủ tịch",
                "Hiệp hội Cà phê Gia Lai",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_province_ends_a_body_name_before_the_sentence_goes_on() {
        assert_eq!(
            posts("Ông Trần Văn Lâm, Chủ tịch Hiệp hội Cà phê Gia Lai tỏ ra lo lắng."),
            [post(
                "Trần Văn Lâm",
                "Chủ tịch",
                "Hiệp hội Cà phê Gia Lai",
                Status::Held
            )]
        );
        // (Not before its parent unit: the name goes on to it.)
        let got = posts(
            "Ông Trần Văn Lâm, Đội trưởng Đội Tuần tra đường Hồ Chí Minh phòng PC08 \
             Công an tỉnh Hòa Bình, cho biết.",
        );
        assert!(
            got.iter()
                .any(|(_, _, o, _)| o.ends_with("Công an tỉnh Hòa Bình")),
            "{got:?}"
        );
    }

    #[test]
    fn a_body_name_in_lower_case_ends_before_thuoc_and_runs_long_after_va() {
        // (The name in lower case ends before `thuộc`; the body after it is
        // its parent.)
        let body = |text: &str| posts(text).into_iter().map(|p| p.2).collect::<Vec<_>>();
        assert_eq!(
            body(
                "Ông Lê Văn An, Phó Giám đốc Trung tâm Phát triển quỹ đất thuộc Sở Tài nguyên \
                 và Môi trường tỉnh Nghệ An, cho biết."
            ),
            ["Trung tâm Phát triển quỹ đất Sở Tài nguyên và Môi trường tỉnh Nghệ An"]
        );
        // (Up to ten words after `và` when the body's parent follows them.)
        assert_eq!(
            body(
                "Ông Lê Văn An, Cục trưởng Cục An ninh mạng và phòng chống tội phạm sử dụng \
                 công nghệ cao Bộ Công an, cho biết."
            ),
            ["Cục An ninh mạng và phòng chống tội phạm sử dụng công nghệ cao Bộ Công an"]
        );
    }

    #[test]
    fn a_body_whose_name_ends_with_viet_nam_borrows_no_place() {
        assert_eq!(
            posts(
                "Tại TP Hồ Chí Minh, ông Lê Văn An, Chủ tịch Hội Liên hiệp Thanh niên Việt Nam, \
                 phát biểu."
            ),
            [post(
                "Lê Văn An",
                "Chủ tịch",
                "Hội Liên hiệp Thanh niên Việt Nam",
                Status::Held
            )]
        );
        // (A place written after it is its own.)
        assert_eq!(
            posts("Bà Lê Thị Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam TP. Đà Nẵng, cho biết."),
            [post(
                "Lê Thị Hoa",
                "Phó Chủ tịch",
                "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Đà Nẵng",
                Status::Held
            )]
        );
    }

    #[test]
    fn the_central_committee_of_another_party_and_a_term_written_in_capitals() {
        assert_eq!(
            posts("Ông Lưu Cường, Ủy viên Trung ương Đảng Cộng sản Trung Quốc, cho biết."),
            [post(
                "Lưu Cường",
                "Ủy viên",
                "Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Ông Lưu Cường là Chủ nhiệm Ủy ban Kiểm tra Kỷ luật Trung ương Trung Quốc."),
            [post(
                "Lưu Cường",
                "Chủ nhiệm",
                "Ủy ban Kiểm tra Kỷ luật Trung ương Đảng Cộng sản Trung Quốc",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Bà Lê Thị Hoa, Ủy viên Ban Chấp hành Trung ương Đảng Khóa XI, cho biết."),
            [post(
                "Lê Thị Hoa",
                "Ủy viên",
                "Ban Chấp hành Trung ương Đảng",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_regnal_number_is_part_of_a_monarchs_name() {
        assert_eq!(
            posts("Quốc vương Tây Ban Nha Felipe VI kêu gọi đối thoại."),
            [post(
                "Felipe VI",
                "Quốc vương",
                "Nhà nước Tây Ban Nha",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Nhà vua Thụy Điển Carl XVI Gustaf đã đồng ý thay đổi quy chế."),
            [post(
                "Carl XVI Gustaf",
                "Quốc vương",
                "Nhà nước Thụy Điển",
                Status::Held
            )]
        );
    }

    #[test]
    fn an_airline_and_the_cooperative_alliance_are_bodies() {
        assert_eq!(
            posts("Tổng giám đốc hãng Sky Airlines Lê Văn Hòa cho biết giá vé sẽ giảm."),
            [post(
                "Lê Văn Hòa",
                "Tổng Giám đốc",
                "Hãng Sky Airlines",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Ông Lê Văn Hòa, Chủ tịch Liên minh HTX tỉnh Nghệ An, cho biết."),
            [post(
                "Lê Văn Hòa",
                "Chủ tịch",
                "Liên minh Hợp tác xã tỉnh Nghệ An",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_task_force_or_an_inspection_team_led_by_someone_named() {
        assert!(posts(
            "Ban chuyên án do Đại tá Lê Văn Hòa, Phó Giám đốc Công an tỉnh Nghệ An, làm Trưởng ban."
        )
        .contains(&post(
            "Lê Văn Hòa",
            "Trưởng ban",
            "Ban chuyên án",
            Status::Held
        )));
        assert_eq!(
            posts("Tổ công tác do ông Lê Văn Hòa làm tổ trưởng."),
            [post("Lê Văn Hòa", "Tổ trưởng", "Tổ công tác", Status::Held)]
        );
    }

    #[test]
    fn titles_of_two_countries_joined_by_va_are_two_leaders() {
        assert_eq!(
            posts("Thủ tướng Nhật Bản và Tổng thống Pháp Jean Moreau đã gặp nhau."),
            [post(
                "Jean Moreau",
                "Tổng thống",
                "Nhà nước Pháp",
                Status::Held
            )]
        );
    }

    #[test]
    fn foreign_officials_named_after_this_country_or_a_ministry_in_lower_case() {
        assert_eq!(
            posts("Tổng thư ký Liên Hiệp Quốc Peter Olsen bày tỏ quan ngại."),
            [post(
                "Peter Olsen",
                "Tổng Thư ký",
                "Liên Hợp Quốc",
                Status::Held
            )]
        );
        // (`nước này`, the country said again, between a title and its holder.)
        assert!(posts(
            "Thủ tướng Thái Lan Somsak Kittiwong và Ngoại trưởng nước này Anan Boonmee đến Hà Nội."
        )
        .contains(&post(
            "Anan Boonmee",
            "Bộ trưởng",
            "Bộ Ngoại giao Thái Lan",
            Status::Held
        )));
        // (After `và`, a name in lower case up to the country.)
        assert_eq!(
            posts("Bộ trưởng Mỏ và năng lượng Campuchia Keo Sam đã gửi yêu cầu Việt Nam hỗ trợ."),
            [post(
                "Keo Sam",
                "Bộ trưởng",
                "Bộ Mỏ và năng lượng Campuchia",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_transfer_and_an_assignment_together_leave_the_old_post() {
        assert!(posts(
            "Bộ Chính trị điều động phân công ông Lê Văn An (Bí thư Đảng ủy Khối Doanh nghiệp \
             Trung ương) giữ chức Bí thư Tỉnh ủy Tây Ninh."
        )
        .contains(&post(
            "Lê Văn An",
            "Bí thư",
            "Đảng ủy Khối doanh nghiệp Trung ương",
            Status::Ends
        )));
    }

    #[test]
    fn regiments_battalions_and_their_commissars_are_bodies_and_roles() {
        assert_eq!(
            posts("Thượng tá Đàm Quốc Khải, Trung đoàn trưởng Trung đoàn 812, cho biết."),
            [post(
                "Đàm Quốc Khải",
                "Trung đoàn trưởng",
                "Trung đoàn 812",
                Status::Held
            )]
        );
        // (A battalion within its regiment; a commissar of a border post.)
        assert_eq!(
            posts("Thiếu tá Lạc Văn Thụ, Chính trị viên Tiểu đoàn 4, Trung đoàn 812 phát biểu."),
            [post(
                "Lạc Văn Thụ",
                "Chính trị viên",
                "Tiểu đoàn 4 Trung đoàn 812",
                Status::Held
            )]
        );
        assert!(
            posts("Đại úy Ninh Văn Khuê, Chính trị viên Đồn Biên phòng Pa Nậm, cho biết.")
                .contains(&post(
                    "Ninh Văn Khuê",
                    "Chính trị viên",
                    "Đồn Biên phòng Pa Nậm",
                    Status::Held
                ))
        );
    }

    #[test]
    fn a_board_before_a_brand_joined_by_kiem_is_the_brands_board() {
        assert_eq!(
            posts("Ông Khổng Văn Thạch, Chủ tịch HĐQT kiêm Tổng Giám đốc Sunmarko, cho biết."),
            [
                post(
                    "Khổng Văn Thạch",
                    "Chủ tịch",
                    "Hội đồng quản trị Sunmarko",
                    Status::Held
                ),
                post("Khổng Văn Thạch", "Tổng Giám đốc", "Sunmarko", Status::Held),
            ]
        );
    }

    #[test]
    fn a_title_a_cue_changes_then_voi_is_the_named_persons() {
        // (`với` alone after the title, as `đối với`.)
        assert_eq!(
            posts(
                "HĐND tỉnh Lào Cai miễn nhiệm chức danh Ủy viên UBND tỉnh với ông Quách Văn Lộc."
            ),
            [post(
                "Quách Văn Lộc",
                "Ủy viên",
                "Ủy ban nhân dân tỉnh Lào Cai",
                Status::Ends
            )]
        );
        // (`đối với` ends a body's name written in lower case.)
        assert_eq!(
            posts("Thủ tướng miễn nhiệm chức vụ Tư lệnh Quân chủng Hải quân đối với ông Quách Văn Lộc."),
            [post("Quách Văn Lộc", "Tư lệnh", "Quân chủng Hải quân", Status::Ends)]
        );
    }

    #[test]
    fn a_phong_takes_the_articles_district_only_when_it_is_a_district_department() {
        let text = "Chiều 3/4, UBND huyện Tân Kỳ họp bàn về đất đai. Dự họp có ông Khúc Văn Lực, \
                    Trưởng phòng Cảnh sát kinh tế, và ông Lỗ Văn Chiến, Trưởng phòng Nội vụ.";
        let got = posts(text);
        assert!(got.contains(&post(
            "Khúc Văn Lực",
            "Trưởng phòng",
            "Phòng Cảnh sát kinh tế",
            Status::Held
        )));
        assert!(got.contains(&post(
            "Lỗ Văn Chiến",
            "Trưởng phòng",
            "Phòng Nội vụ huyện Tân Kỳ",
            Status::Held
        )));
        // (A `Phòng` within an office, after a comma.)
        assert_eq!(
            posts("Ông Khúc Văn Lực (cựu Trưởng phòng Đô thị, Văn phòng UBND tỉnh Nghệ An) bị truy tố."),
            [post(
                "Khúc Văn Lực",
                "Trưởng phòng",
                "Phòng Đô thị Văn phòng Ủy ban nhân dân tỉnh Nghệ An",
                Status::Former
            )]
        );
    }

    #[test]
    fn past_a_leaving_clause_a_title_set_off_before_a_name_is_that_names() {
        assert_eq!(
            posts(
                "Sau khi ông Mạc Văn Thiêm nghỉ hưu, Giám đốc Sở Y tế tỉnh Hà Nam, ông Vi Đức \
                 Hạnh, cũng xin nghỉ."
            ),
            [post(
                "Vi Đức Hạnh",
                "Giám đốc",
                "Sở Y tế tỉnh Hà Nam",
                Status::Held
            )]
        );
        // (A dismissal told in the passive ends the post.)
        assert_eq!(
            posts("Giám đốc Công ty Cấp nước Hà Nam Mạc Văn Thiêm đã bị sa thải."),
            [post(
                "Mạc Văn Thiêm",
                "Giám đốc",
                "Công ty Cấp nước Hà Nam",
                Status::Ends
            )]
        );
    }

    #[test]
    fn pho_ban_thuong_truc_is_one_role() {
        assert_eq!(
            posts("Ông Tiêu Văn Quế giữ chức Phó ban thường trực Ban Chỉ đạo Tây Bắc."),
            [post(
                "Tiêu Văn Quế",
                "Phó Trưởng ban Thường trực",
                "Ban Chỉ đạo Tây Bắc",
                Status::Starts
            )]
        );
    }

    #[test]
    fn a_bare_title_finds_its_body_inside_a_party_committee_named_before() {
        let got = posts(
            "Ban Bí thư kỷ luật Đảng ủy Tổng cục Hậu cần. Thiếu tướng Kiều Văn Lực, \
             nguyên Phó Tổng cục trưởng, bị cảnh cáo.",
        );
        assert_eq!(
            got,
            [post(
                "Kiều Văn Lực",
                "Phó Tổng Cục trưởng",
                "Tổng cục Hậu cần",
                Status::Former
            )]
        );
        // (A party committee named by its kind before that title is the
        // committee of the body found for it.)
        assert!(posts(
            "Ban Bí thư kỷ luật Đảng ủy Tổng cục Hậu cần. Thiếu tướng Kiều Văn Lực, nguyên Ủy \
             viên Ban Thường vụ Đảng ủy, Phó Tổng cục trưởng, bị cảnh cáo."
        )
        .contains(&post(
            "Kiều Văn Lực",
            "Ủy viên",
            "Ban Thường vụ Đảng ủy Tổng cục Hậu cần",
            Status::Former
        )));
        // (A short name then `và các ...` or a span of years ends there:
        // the body is the ministry named in full.)
        for text in [
            "Ủy ban Kiểm tra xem xét BCSĐ Bộ Tài nguyên và các cá nhân liên quan. Ông Kiều Văn \
             Lực, nguyên Thứ trưởng, bị cảnh cáo.",
            "BCSĐ Bộ Tài nguyên giai đoạn 2008-2016 thiếu trách nhiệm. Ông Kiều Văn Lực, \
             nguyên Thứ trưởng, bị cảnh cáo.",
        ] {
            assert_eq!(
                posts(text),
                [post(
                    "Kiều Văn Lực",
                    "Thứ trưởng",
                    "Bộ Tài nguyên và Môi trường",
                    Status::Former
                )],
                "{text}"
            );
        }
    }

    #[test]
    fn a_body_led_by_a_named_holder_past_his_titles_is_held() {
        assert!(posts(
            "Ngày 28/6, Đoàn công tác của Báo Nhân Dân do đồng chí Hà Minh Toại, Tổng Biên tập \
             Báo Nhân Dân làm Trưởng đoàn đã thăm tỉnh Cao Bằng."
        )
        .contains(&post(
            "Hà Minh Toại",
            "Trưởng đoàn",
            "Đoàn công tác Báo Nhân Dân",
            Status::Held
        )));
    }

    #[test]
    fn chanh_van_phong_of_a_body_is_the_office_of_that_body() {
        assert_eq!(
            posts("Ông Tạ Quang Vĩnh, Chánh Văn phòng UBND tỉnh Nam Định, cho biết."),
            [post(
                "Tạ Quang Vĩnh",
                "Chánh Văn phòng",
                "Văn phòng Ủy ban nhân dân tỉnh Nam Định",
                Status::Held
            )]
        );
        // (Not of a body abroad: the White House chief of staff.)
        assert_eq!(
            posts("Chánh văn phòng Nhà Trắng John Kelly cho biết."),
            [post(
                "John Kelly",
                "Chánh Văn phòng",
                "Nhà Trắng Mỹ",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_bodys_short_form_in_brackets_after_a_title_leads_on_to_the_cue() {
        assert_eq!(
            posts(
                "Ông Lã Đình Phong, Giám đốc Sở Giao thông vận tải (GTVT) được bổ nhiệm làm Trưởng ban Quản lý dự án."
            ),
            [
                post("Lã Đình Phong", "Giám đốc", "Sở Giao thông vận tải", Status::Held),
                post(
                    "Lã Đình Phong",
                    "Trưởng ban",
                    "Ban Quản lý dự án",
                    Status::Starts
                ),
            ]
        );
    }

    #[test]
    fn an_envoy_named_without_a_country_is_a_foreign_name_of_the_embassy_written_elsewhere() {
        // (The bare title before a foreign name: the name is read, and its
        // post is the one the article writes in full.)
        assert_eq!(
            posts(
                "Tổng thống Brazil Paulo Ferreira gửi thư chia buồn. Đại sứ Nikolas Andreou đã đến. Ông từng là Tổng lãnh sự Hy Lạp tại Rio."
            ),
            [
                post(
                    "Nikolas Andreou",
                    "Tổng Lãnh sự",
                    "Tổng Lãnh sự quán Hy Lạp",
                    Status::Former
                ),
                post(
                    "Nikolas Andreou",
                    "Đại sứ",
                    "Đại sứ quán Hy Lạp",
                    Status::Held
                ),
                post(
                    "Paulo Ferreira",
                    "Tổng thống",
                    "Nhà nước Brazil",
                    Status::Held
                ),
            ]
        );
        assert_eq!(
            posts(
                "Đại sứ Anh tại Việt Nam Gareth Winslow dự lễ. Đại sứ Gareth Winslow trao quà cho học sinh."
            ),
            [post(
                "Gareth Winslow",
                "Đại sứ",
                "Đại sứ quán Anh tại Việt Nam",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_taking_told_right_after_a_past_is_past() {
        assert_eq!(
            posts("Ông Lạc Văn Khang từng có thời gian làm Giám đốc Sở Y tế tỉnh Nam Định."),
            [post(
                "Lạc Văn Khang",
                "Giám đốc",
                "Sở Y tế tỉnh Nam Định",
                Status::Former
            )]
        );
        // (Not after the past of a story: he became the second.)
        assert_eq!(
            posts(
                "Ông Lạc Văn Khang từng làm Giám đốc Sở Y tế tỉnh Nam Định trước khi trở thành Chủ tịch UBND tỉnh Nam Định."
            ),
            [
                post(
                    "Lạc Văn Khang",
                    "Chủ tịch",
                    "Ủy ban nhân dân tỉnh Nam Định",
                    Status::Starts
                ),
                post(
                    "Lạc Văn Khang",
                    "Giám đốc",
                    "Sở Y tế tỉnh Nam Định",
                    Status::Former
                ),
            ]
        );
    }

    #[test]
    fn a_word_saying_a_title_is_held_now_may_stand_between_it_and_its_holder() {
        assert_eq!(
            posts("Chủ tịch UBND tỉnh Nam Định đương nhiệm Lạc Văn Khang cho biết."),
            [post(
                "Lạc Văn Khang",
                "Chủ tịch",
                "Ủy ban nhân dân tỉnh Nam Định",
                Status::Held
            )]
        );
        // (A foreign name is read past it too.)
        assert_eq!(
            posts("Tổng thống Pháp đương nhiệm Jean-Luc Moreau tái tranh cử."),
            [post(
                "Jean-Luc Moreau",
                "Tổng thống",
                "Nhà nước Pháp",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_seat_of_terms_past_the_articles_year_is_former() {
        // (The year told, 2019, is past the fourteenth term's start: the
        // twelfth and thirteenth are over; the party's twelfth goes on.)
        assert_eq!(
            posts(
                "Năm 2019, ông Đỗ Hữu Tâm nghỉ hưu. Ông là Ủy viên Trung ương Đảng khóa XI, XII; \
                 đại biểu Quốc hội khóa XII, XIII."
            ),
            [
                post("Đỗ Hữu Tâm", "Đại biểu", "Quốc hội", Status::Former),
                post(
                    "Đỗ Hữu Tâm",
                    "Ủy viên",
                    "Ban Chấp hành Trung ương Đảng",
                    Status::Held
                ),
            ]
        );
        // (A term begun in the year told, or a later term of the same seat
        // written too, is held.)
        assert_eq!(
            posts("Ông Đỗ Hữu Tâm là đại biểu Quốc hội khóa XIV nhiệm kì 2016-2021."),
            [post("Đỗ Hữu Tâm", "Đại biểu", "Quốc hội", Status::Held)]
        );
        assert_eq!(
            posts(
                "Năm 2019, ông Đỗ Hữu Tâm về thăm quê. Ông là đại biểu Quốc hội khóa 11, \
                 đại biểu Quốc hội khóa 14."
            ),
            [post("Đỗ Hữu Tâm", "Đại biểu", "Quốc hội", Status::Held)]
        );
    }

    #[test]
    fn serving_now_as_is_no_taking() {
        assert_eq!(
            posts("Ông Lã Văn Tám hiện làm Chủ tịch UBND tỉnh Nam Định."),
            [post(
                "Lã Văn Tám",
                "Chủ tịch",
                "Ủy ban nhân dân tỉnh Nam Định",
                Status::Held
            )]
        );
        // (`Hiện` opening the sentence says it of the `làm` after the name.)
        assert_eq!(
            posts("Hiện ông Lã Văn Tám, Ủy viên Ban Thường vụ Tỉnh ủy, làm Trưởng ban Dân vận Tỉnh ủy Nam Định."),
            [
                post(
                    "Lã Văn Tám",
                    "Trưởng ban",
                    "Ban Dân vận Tỉnh ủy Nam Định",
                    Status::Held
                ),
                post(
                    "Lã Văn Tám",
                    "Ủy viên",
                    "Ban Thường vụ Tỉnh ủy Nam Định",
                    Status::Held
                ),
            ]
        );
    }

    #[test]
    fn a_foreign_family_name_alone_after_a_title_holds_it() {
        // (`Tổng thống Trump` was no name: the title went to the name
        // before its comma.)
        assert_eq!(
            posts("Sau cuộc gặp với Chủ tịch Trung Quốc Tập Cận Bình, Tổng thống Trump đã bày tỏ sự lạc quan."),
            [post(
                "Tập Cận Bình",
                "Chủ tịch",
                "Nhà nước Trung Quốc",
                Status::Held
            )]
        );
        // (Nor the end of a body's name written after a title.)
        assert_eq!(
            posts(
                "Ông Lạc Văn Khang, Chủ tịch Hiệp hội Bất động sản tỉnh Nam Định NaREA, cho biết."
            ),
            [post(
                "Lạc Văn Khang",
                "Chủ tịch",
                "Hiệp hội Bất động sản tỉnh Nam Định",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_bare_title_another_word_owns_is_no_link_of_a_chain() {
        assert_eq!(
            posts("Hiểu sự lo lắng của đại biểu, Chủ tịch Quốc hội Lạc Văn Khang cho hay như vậy."),
            [post("Lạc Văn Khang", "Chủ tịch", "Quốc hội", Status::Held)]
        );
        // (A title with its body after `của` still opens the chain.)
        assert_eq!(
            posts(
                "Dưới sự chứng kiến của Tổng Bí thư - Chủ tịch nước Lạc Văn Khang, hai bên ký kết."
            ),
            [
                post("Lạc Văn Khang", "Chủ tịch nước", "Nhà nước", Status::Held),
                post(
                    "Lạc Văn Khang",
                    "Tổng Bí thư",
                    "Ban Chấp hành Trung ương Đảng",
                    Status::Held
                ),
            ]
        );
    }

    #[test]
    fn a_title_said_of_many_before_a_colon_is_each_listed_names_titled_or_not() {
        let got = posts(
            "Dự lễ có các đồng chí Ủy viên Bộ Chính trị: Phó Thủ tướng Lạc Văn Khang; Đỗ Hữu Tâm, Bí thư Thành ủy Hà Nội.",
        );
        for name in ["Lạc Văn Khang", "Đỗ Hữu Tâm"] {
            assert!(
                got.contains(&post(name, "Ủy viên", "Bộ Chính trị", Status::Held)),
                "{name}: {got:?}"
            );
        }
    }

    #[test]
    fn a_party_name_goes_on_over_a_compound_word_whose_syllable_is_a_clause_word() {
        // (`do` alone is a clause word; `Tự do` is one word.)
        assert_eq!(
            posts("Thủ tướng tiếp Tổng thư ký đảng Dân chủ Tự do Nhật Bản Kenji Sato tại Hà Nội."),
            [post(
                "Kenji Sato",
                "Tổng Thư ký",
                "Đảng Dân chủ Tự do Nhật Bản",
                Status::Held
            )]
        );
    }

    #[test]
    fn the_petitions_board_is_the_national_assemblys_not_a_provinces() {
        let got = posts(
            "Tại kỳ họp của HĐND tỉnh Thái Nguyên, Trưởng ban dân nguyện Lạc Văn Khang báo cáo.",
        );
        assert!(
            got.contains(&post(
                "Lạc Văn Khang",
                "Trưởng ban",
                "Ban Dân nguyện",
                Status::Held
            )),
            "{got:?}"
        );
    }

    #[test]
    fn a_bare_secretary_general_after_the_national_assembly_is_its() {
        assert_eq!(
            posts(
                "Quốc hội đã thông qua nghị quyết. Sau đó, Tổng thư ký Đỗ Hữu Tâm đọc dự thảo nghị quyết."
            ),
            [post("Đỗ Hữu Tâm", "Tổng Thư ký", "Quốc hội", Status::Held)]
        );
    }

    #[test]
    fn an_arabic_article_el_goes_on_with_a_foreign_name() {
        assert_eq!(
            posts("Ông Lê Văn Tám gọi điện cho Tổng thống Ai Cập Abdel Fattah el - Sisi hôm qua."),
            [post(
                "Abdel Fattah el - Sisi",
                "Tổng thống",
                "Nhà nước Ai Cập",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_demotion_ends_the_post() {
        for text in [
            "Giám đốc Sở Y tế tỉnh Nam Định Lạc Văn Khang đã bị giáng chức.",
            "Ông Lạc Văn Khang, Giám đốc Sở Y tế tỉnh Nam Định đã bị giáng chức.",
        ] {
            assert_eq!(
                posts(text),
                [post(
                    "Lạc Văn Khang",
                    "Giám đốc",
                    "Sở Y tế tỉnh Nam Định",
                    Status::Ends
                )],
                "{text}"
            );
        }
    }

    #[test]
    fn a_body_named_in_lower_case_ends_before_a_death() {
        let got =
            posts("Trước đó, ông Lạc Văn Khang, Cục trưởng Đường sắt tử vong tại phòng làm việc.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].2, "Cục Đường sắt", "{got:?}");
        // (Nor does it go on over what its holder does.)
        let got = posts("Ông Lạc Văn Khang, quyền cục trưởng Cục Chăn nuôi đưa ra hai phương án.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].2, "Cục Chăn nuôi", "{got:?}");
    }

    #[test]
    fn a_title_after_what_someone_trusts_or_hopes_is_not_theirs() {
        for verb in ["tin tưởng", "hy vọng", "mong muốn"] {
            let text = format!(
                "Ông Lạc Văn Khang trao quyết định. Ông Khang {verb}, Bộ trưởng Y tế sẽ phát huy kinh nghiệm."
            );
            let got = posts(&text);
            assert!(got.is_empty(), "{text}: {got:?}");
        }
    }

    #[test]
    fn the_presidential_office_is_a_body_not_a_president() {
        assert_eq!(
            posts("Người phát ngôn Phủ Tổng thống Philippines Salvador Panelo cho biết."),
            [post(
                "Salvador Panelo",
                "Người phát ngôn",
                "Phủ Tổng thống Philippines",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_board_named_by_its_kind_is_the_board_of_the_company_its_sentence_names() {
        assert_eq!(
            posts("Đại hội đồng cổ đông Ngân hàng TMCP Phương Đông đã bầu ông Lạc Văn Khang làm Chủ tịch HĐQT."),
            vec![post(
                "Lạc Văn Khang",
                "Chủ tịch",
                "Hội đồng quản trị Ngân hàng Thương mại Cổ phần Phương Đông",
                Status::Starts
            )]
        );
        assert_eq!(
            posts("Tại Tổng công ty Sông Hồng, ông Lạc Văn Khang, Chủ tịch HĐQT, cho biết lợi nhuận tăng."),
            vec![post(
                "Lạc Văn Khang",
                "Chủ tịch",
                "Hội đồng quản trị Tổng công ty Sông Hồng",
                Status::Held
            )]
        );
        // Not a regulator, nor a company of another kind than the one written.
        for text in [
            "Ngân hàng Nhà nước vừa chấp thuận ông Lạc Văn Khang làm Chủ tịch HĐQT.",
            "Tập đoàn Phương Nam góp vốn, ông Lạc Văn Khang, Ủy viên HĐQT Tổng công ty, cho biết.",
        ] {
            assert_eq!(posts(text), vec![], "{text}");
        }
    }

    #[test]
    fn a_leader_beside_a_later_holder_of_the_same_office_is_former() {
        assert_eq!(
            posts(
                "Tổng thống Barack Obama từng cảnh báo. Tổng thống Donald Trump hôm qua tuyên bố."
            ),
            vec![
                post("Barack Obama", "Tổng thống", "Nhà nước Mỹ", Status::Former),
                post("Donald Trump", "Tổng thống", "Nhà nước Mỹ", Status::Held),
            ]
        );
        // Alone, or beside a holder of another office, a leader's post is
        // as the text says.
        assert_eq!(
            posts("Tổng thống Barack Obama hôm qua tuyên bố với Thủ tướng Anh Theresa May."),
            vec![
                post("Barack Obama", "Tổng thống", "Nhà nước Mỹ", Status::Held),
                post("Theresa May", "Thủ tướng", "Chính phủ Anh", Status::Held),
            ]
        );
    }

    #[test]
    fn a_former_title_across_a_verb_is_not_the_subjects() {
        // `cựu`, `tân` qualify the title after them: the name before a verb
        // does not hold it.
        for text in [
            "Ông Lạc Văn Khang ngăn cựu Giám đốc Sở Tài chính tiết lộ thông tin.",
            "Luật sư của ông Lạc Văn Khang kêu gọi khởi tố cựu Giám đốc Sở Tài chính.",
            "Ông Đỗ Hữu Tâm ca ngợi cố Thủ tướng là nhà cải cách.",
        ] {
            assert_eq!(posts(text), vec![], "{text}");
        }
        // After `là`, or set off by a comma or a dash, it is the name's.
        let former = |org: &str| vec![post("Lạc Văn Khang", "Giám đốc", org, Status::Former)];
        assert_eq!(
            posts("Ông Lạc Văn Khang là cựu Giám đốc Sở Tài chính tỉnh Nghệ An."),
            former("Sở Tài chính tỉnh Nghệ An")
        );
        assert_eq!(
            posts("Ông Lạc Văn Khang - chuyên viên cao cấp, nguyên Giám đốc Sở Tài chính tỉnh Nghệ An - chia sẻ."),
            former("Sở Tài chính tỉnh Nghệ An")
        );
    }

    #[test]
    fn a_chief_of_staff_of_a_head_of_state_is_not_the_head() {
        for text in [
            "Chánh Văn phòng Tổng thống Philippines Maria Santos cho biết.",
            // (Named often in the news, but no leader of that office.)
            "Chánh văn phòng Tổng thống Mỹ John Kelly cho biết.",
        ] {
            assert_eq!(posts(text), vec![], "{text}");
        }
        // A leader of that office after the title holds it.
        assert_eq!(
            posts("Cố vấn Thủ tướng Campuchia Hun Sen cho biết."),
            vec![post(
                "Hun Sen",
                "Thủ tướng",
                "Chính phủ Campuchia",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_title_after_the_name_a_reply_is_addressed_to_is_the_one_who_replies() {
        for text in [
            "Đáp lời ông Lạc Văn Khang, Bí thư Thành ủy TP HCM cho rằng khởi nghiệp cần vốn.",
            "Trả lời chất vấn của đại biểu Lạc Văn Khang, Bộ trưởng Bộ Giao thông vận tải cho biết số liệu đã có.",
        ] {
            assert_eq!(posts(text), vec![], "{text}");
        }
        // An apposition closed by a comma is the name's.
        assert_eq!(
            posts("Trả lời phóng viên, ông Lạc Văn Khang, Giám đốc Sở Tài chính tỉnh Nghệ An, cho biết số liệu đã có."),
            vec![post("Lạc Văn Khang", "Giám đốc", "Sở Tài chính tỉnh Nghệ An", Status::Held)]
        );
    }

    #[test]
    fn a_leaving_word_before_a_name_ends_the_titles_set_off_after_it() {
        assert_eq!(
            posts("UBND quận 1 buộc thôi việc ông Lạc Văn Khang, Phó Chủ tịch UBND phường Bến Nghé vì bỏ nhiệm sở."),
            vec![post("Lạc Văn Khang", "Phó Chủ tịch", "Ủy ban nhân dân phường Bến Nghé", Status::Ends)]
        );
        // A word that gives a post does not end the one set off as a
        // leaving word does; the post taken replaces it (see
        // `one_appointed_to_a_post_leaves_the_post_it_replaces`).
        assert_eq!(
            posts("Tỉnh ủy bổ nhiệm ông Lạc Văn Khang, Phó Giám đốc Sở Tài chính tỉnh Nghệ An, giữ chức Giám đốc Sở."),
            vec![
                post("Lạc Văn Khang", "Giám đốc", "Sở Tài chính tỉnh Nghệ An", Status::Starts),
                post("Lạc Văn Khang", "Phó Giám đốc", "Sở Tài chính tỉnh Nghệ An", Status::Ends),
            ]
        );
    }

    #[test]
    fn the_agent_of_a_passive_past_its_verb_takes_no_post() {
        assert_eq!(
            posts("Ông Đỗ Hữu Tâm là người được ông Lạc Văn Khang lựa chọn làm Giám đốc Sở Tài chính tỉnh Nghệ An."),
            vec![]
        );
    }

    #[test]
    fn a_title_after_a_capitalized_name_the_reader_missed_is_not_the_earlier_names() {
        let kerry = vec![post(
            "John Kerry",
            "Bộ trưởng",
            "Bộ Ngoại giao Mỹ",
            Status::Held,
        )];
        assert_eq!(
            posts("Dưới thời Bộ trưởng Ngoại giao Mỹ John Kerry, Bolton giữ chức Thứ trưởng Bộ Ngoại giao Mỹ."),
            kerry
        );
        // Nor is one named short that the article does not name in full: a
        // name with a title of its own before the comma is no list with it.
        assert_eq!(
            posts("Dưới thời Bộ trưởng Ngoại giao Mỹ John Kerry, ông Bolton giữ chức Thứ trưởng Bộ Ngoại giao Mỹ."),
            kerry
        );
        // (A country before the cue is no name: `... bộ Ngoại giao Mỹ làm
        // Giám đốc` is the appointee's.)
        assert_eq!(
            posts("Liên Hợp Quốc bổ nhiệm bà Lã Thị Lan, cựu quan chức bộ Ngoại giao Mỹ làm Giám đốc điều hành Quỹ Nhi đồng Liên Hợp Quốc."),
            vec![post("Lã Thị Lan", "Giám đốc Điều hành", "Quỹ Nhi đồng Liên Hợp Quốc", Status::Starts)]
        );
    }

    #[test]
    fn a_title_said_then_to_be_held_is_former() {
        assert_eq!(
            posts("Năm 2014, văn bản do ông Lạc Văn Khang khi đó đang là Phó Chủ tịch UBND tỉnh Nghệ An ký."),
            vec![post("Lạc Văn Khang", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An", Status::Former)]
        );
    }

    #[test]
    fn a_title_still_or_only_kept_is_held_and_one_kept_then_is_former() {
        let khang = |status| {
            vec![post(
                "Lạc Văn Khang",
                "Chủ tịch",
                "Ủy ban nhân dân tỉnh Nghệ An",
                status,
            )]
        };
        assert_eq!(
            posts("Ông Lạc Văn Khang sẽ chỉ giữ chức Chủ tịch UBND tỉnh Nghệ An."),
            khang(Status::Held)
        );
        assert_eq!(
            posts("Ông Lạc Văn Khang vẫn giữ chức Chủ tịch UBND tỉnh Nghệ An."),
            khang(Status::Held)
        );
        assert_eq!(
            posts("Ông Lạc Văn Khang không còn giữ chức Chủ tịch UBND tỉnh Nghệ An."),
            khang(Status::Ends)
        );
        for text in [
            "Ông Lạc Văn Khang, người cũng giữ chức Chủ tịch UBND tỉnh Nghệ An, phát biểu.",
            "Ông Lạc Văn Khang bị bãi nhiệm nhưng vẫn giữ cương vị Chủ tịch UBND tỉnh Nghệ An.",
        ] {
            assert_eq!(posts(text), khang(Status::Held), "{text}");
        }
        assert_eq!(
            posts("Đoạn ghi âm cho thấy ông Lạc Văn Khang, khi đó còn giữ chức Chủ tịch UBND tỉnh Nghệ An, đã phát biểu."),
            khang(Status::Former)
        );
    }

    #[test]
    fn the_traffic_safety_committee_written_short_ends_a_title_list() {
        assert_eq!(
            posts("Tối 21/1, Bộ trưởng bộ GTVT, Phó Chủ tịch UBAT giao thông Quốc gia Lạc Văn Khang ký công điện."),
            vec![
                post("Lạc Văn Khang", "Bộ trưởng", "Bộ Giao thông vận tải", Status::Held),
                post(
                    "Lạc Văn Khang",
                    "Phó Chủ tịch",
                    "Ủy ban An toàn giao thông Quốc gia",
                    Status::Held
                ),
            ]
        );
    }

    #[test]
    fn a_board_named_only_by_its_kind_is_the_board_written_before_with_its_company() {
        assert_eq!(
            posts(
                "Bộ trưởng phê bình Hội đồng thành viên Tổng công ty Đường sắt và ông Lạc Văn \
                 Khang - Chủ tịch HĐTV."
            ),
            [post(
                "Lạc Văn Khang",
                "Chủ tịch",
                "Hội đồng thành viên Tổng công ty Đường sắt",
                Status::Held
            )]
        );
        // Not the board another title names: `Chủ tịch HĐQT` in brackets
        // is the article's company's, not the one named before for B.
        assert_eq!(
            posts(
                "Ông Lạc Văn Khang là Chủ tịch HĐQT Công ty Euro Window, ông Đỗ Hữu Tâm (Phó \
                 Chủ tịch HĐQT) cho biết."
            ),
            [post(
                "Lạc Văn Khang",
                "Chủ tịch",
                "Hội đồng quản trị Công ty Euro Window",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_steering_board_goes_on_with_what_it_is_for_after_ve() {
        assert_eq!(
            posts(
                "Ông Lạc Văn Khang, Trưởng ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp \
                 luật cho biết."
            ),
            [post(
                "Lạc Văn Khang",
                "Trưởng ban",
                "Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_status_word_inside_a_longer_word_gives_no_status() {
        for (body, held) in [
            (
                "Nguyên nhân vụ cháy đang được làm rõ, ông Lạc Văn Khang, Chủ tịch UBND xã Châu \
                 Đình, cho biết.",
                post(
                    "Lạc Văn Khang",
                    "Chủ tịch",
                    "Ủy ban nhân dân xã Châu Đình",
                    Status::Held,
                ),
            ),
            (
                "Họ đang cố gắng thể hiện vị thế của mình, ông Lạc Văn Khang, Giám đốc Sở Nội vụ \
                 tỉnh Nghệ An, nói.",
                post(
                    "Lạc Văn Khang",
                    "Giám đốc",
                    "Sở Nội vụ tỉnh Nghệ An",
                    Status::Held,
                ),
            ),
        ] {
            assert_eq!(posts(body), [held], "{body}");
        }
        // A name's last syllable makes no word with the status word after it.
        assert_eq!(
            posts("Ông Đỗ Hữu Bình nguyên là Tổng Giám đốc Ngân hàng Đông Á."),
            [post(
                "Đỗ Hữu Bình",
                "Tổng Giám đốc",
                "Ngân hàng Đông Á",
                Status::Former
            )]
        );
    }

    #[test]
    fn elected_written_after_a_title_with_no_post_after_it_starts_that_title() {
        assert_eq!(
            posts("John Kerry, tổng thống Mỹ đắc cử, hồi tháng 5 nói ông sẵn sàng đàm phán."),
            [post(
                "John Kerry",
                "Tổng thống",
                "Nhà nước Mỹ",
                Status::Starts
            )]
        );
        assert_eq!(
            posts("Ngoài Tổng Bí thư Lạc Văn Khang tái đắc cử, có 7 người nhận trọng trách mới."),
            [post(
                "Lạc Văn Khang",
                "Tổng Bí thư",
                "Ban Chấp hành Trung ương Đảng",
                Status::Starts
            )]
        );
    }

    #[test]
    fn the_remaining_holders_listed_after_an_election_keep_their_posts() {
        assert_eq!(
            posts(
                "Ông Lạc Văn Khang được bầu làm Chủ tịch Hội Nông dân tỉnh Nghệ An. Các Phó Chủ \
                 tịch còn lại gồm ông Đỗ Hữu Tâm, bà Lã Thị Lan."
            ),
            [
                post(
                    "Lã Thị Lan",
                    "Phó Chủ tịch",
                    "Hội Nông dân tỉnh Nghệ An",
                    Status::Held
                ),
                post(
                    "Lạc Văn Khang",
                    "Chủ tịch",
                    "Hội Nông dân tỉnh Nghệ An",
                    Status::Starts
                ),
                post(
                    "Đỗ Hữu Tâm",
                    "Phó Chủ tịch",
                    "Hội Nông dân tỉnh Nghệ An",
                    Status::Held
                ),
            ]
        );
    }

    #[test]
    fn a_post_held_a_number_of_times_is_former() {
        assert_eq!(
            posts(
                "Cựu tổng thống Israel John Kerry, người từng đoạt giải Nobel Hòa bình và hai lần \
                 làm thủ tướng, qua đời ở tuổi 93."
            ),
            [
                post(
                    "John Kerry",
                    "Thủ tướng",
                    "Chính phủ Israel",
                    Status::Former
                ),
                post(
                    "John Kerry",
                    "Tổng thống",
                    "Nhà nước Israel",
                    Status::Former
                ),
            ]
        );
    }

    #[test]
    fn a_district_abbreviated_h_or_q_names_the_unit_not_a_person() {
        assert_eq!(
            posts("Ông Lạc Văn Khang, Phó chủ tịch UBND H.Thanh Chương, đã có ý kiến."),
            [post(
                "Lạc Văn Khang",
                "Phó Chủ tịch",
                "Ủy ban nhân dân huyện Thanh Chương",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Bà Lã Thị Lan, Chủ tịch UBND Q. 11, cho biết."),
            [post(
                "Lã Thị Lan",
                "Chủ tịch",
                "Ủy ban nhân dân quận 11",
                Status::Held
            )]
        );
    }

    #[test]
    fn retiring_on_the_regime_ends_the_post() {
        assert_eq!(
            posts("Ông Lạc Văn Khang, nguyên Bí thư Tỉnh ủy Lai Châu nghỉ chế độ từ ngày 1/9."),
            [post(
                "Lạc Văn Khang",
                "Bí thư",
                "Tỉnh ủy Lai Châu",
                Status::Ends
            )]
        );
    }

    #[test]
    fn a_title_in_the_phrase_a_sentence_opens_with_is_not_the_name_s_after_it() {
        for (body, only) in [
            (
                "Khi được hỏi về đánh giá của giám đốc FBI, Tổng thống Mỹ John Kerry trả lời ông \
                 quan ngại.",
                post("John Kerry", "Tổng thống", "Nhà nước Mỹ", Status::Held),
            ),
            (
                "Tại cuộc gặp Chủ tịch Quốc hội Triều Tiên, Tổng thống Mỹ John Kerry nêu rõ lập \
                 trường.",
                post("John Kerry", "Tổng thống", "Nhà nước Mỹ", Status::Held),
            ),
        ] {
            assert_eq!(posts(body), [only], "{body}");
        }
        // A list of titles after the phrase is the name's.
        assert_eq!(
            posts("Tại hội nghị có Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Lạc Văn Khang."),
            [
                post("Lạc Văn Khang", "Bộ trưởng", "Bộ Ngoại giao", Status::Held),
                post("Lạc Văn Khang", "Phó Thủ tướng", "Chính phủ", Status::Held),
            ]
        );
    }

    #[test]
    fn a_post_taken_in_a_year_written_after_its_title_is_a_step_of_a_career() {
        let held = |body: &str| {
            assert_eq!(
                posts(body),
                [post(
                    "Lạc Văn Khang",
                    "Bí thư",
                    "Huyện ủy Nam Đàn",
                    Status::Held
                )],
                "{body}"
            );
        };
        held("Ông Lạc Văn Khang được bầu làm Bí thư Huyện ủy Nam Đàn vào tháng 4/2014. Năm 2018, huyện về đích nông thôn mới.");
        held("Ông Lạc Văn Khang giữ chức Bí thư Huyện ủy Nam Đàn từ năm 2014. Năm 2018, huyện về đích nông thôn mới.");
        // A day the post is taken from dates the news.
        assert_eq!(
            posts("Ông Lạc Văn Khang được bổ nhiệm làm Bí thư Huyện ủy Nam Đàn từ ngày 1/8/2016. Năm 2018, huyện về đích nông thôn mới."),
            [post("Lạc Văn Khang", "Bí thư", "Huyện ủy Nam Đàn", Status::Starts)]
        );
    }

    #[test]
    fn a_bare_title_in_a_team_a_body_sends_is_a_post_of_that_body() {
        for (body, role, org) in [
            (
                "Đoàn công tác của Bộ Y tế do Thứ trưởng Lạc Văn Khang dẫn đầu đã đến thăm tỉnh.",
                "Thứ trưởng",
                "Bộ Y tế",
            ),
            (
                "Đoàn kiểm tra của Tổng công ty Điện lực miền Bắc do Tổng Giám đốc Lạc Văn Khang \
                 dẫn đầu đã đến thăm tỉnh.",
                "Tổng Giám đốc",
                "Tổng công ty Điện lực miền Bắc",
            ),
        ] {
            assert_eq!(
                posts(body),
                [post("Lạc Văn Khang", role, org, Status::Held)],
                "{body}"
            );
        }
    }

    #[test]
    fn serving_told_with_a_time_or_as_also_is_no_taking() {
        for (body, role, org, status) in [
            (
                "Ông Lạc Văn Khang khi làm Giám đốc Sở Tài chính tỉnh Nghệ An đã ký 19 hợp đồng.",
                "Giám đốc",
                "Sở Tài chính tỉnh Nghệ An",
                Status::Former,
            ),
            (
                "Ông Lạc Văn Khang có 8 năm làm Trưởng phòng Tổ chức Sở Y tế tỉnh Nghệ An.",
                "Trưởng phòng",
                "Phòng Tổ chức Sở Y tế tỉnh Nghệ An",
                Status::Held,
            ),
            (
                "Ông Lạc Văn Khang có 3 nhiệm kỳ làm đại biểu Quốc hội.",
                "Đại biểu",
                "Quốc hội",
                Status::Held,
            ),
            (
                "Ngoài ra, ông Lạc Văn Khang còn làm Chủ tịch Hội Nông dân tỉnh Nghệ An.",
                "Chủ tịch",
                "Hội Nông dân tỉnh Nghệ An",
                Status::Held,
            ),
            // (`khi làm việc`, `khi làm ăn`: working, doing business.)
            (
                "Ông Lạc Văn Khang, Giám đốc Sở Y tế tỉnh Nghệ An, cho biết sau khi làm việc với \
                 đoàn.",
                "Giám đốc",
                "Sở Y tế tỉnh Nghệ An",
                Status::Held,
            ),
            (
                "Các công ty gặp bất lợi khi làm ăn ở đây, ông Lạc Văn Khang, Giám đốc Sở Y tế \
                 tỉnh Nghệ An, nhận xét.",
                "Giám đốc",
                "Sở Y tế tỉnh Nghệ An",
                Status::Held,
            ),
        ] {
            assert_eq!(
                posts(body),
                [post("Lạc Văn Khang", role, org, status)],
                "{body}"
            );
        }
    }

    #[test]
    fn a_dismissal_done_ends_the_post_and_one_wanted_or_asked_for_leaves_it() {
        let fbi = |status| {
            post(
                "Lạc Văn Khang",
                "Giám đốc",
                "Cục Điều tra Liên bang Mỹ",
                status,
            )
        };
        for body in [
            "Một ngày trước cuộc họp, ông John Kerry sa thải Giám đốc FBI Lạc Văn Khang.",
            // (A manner between the name and the leaving.)
            "Vụ Giám đốc Cục Điều tra Liên bang Mỹ (FBI) Lạc Văn Khang bất ngờ bị sa thải.",
        ] {
            assert_eq!(posts(body), [fbi(Status::Ends)], "{body}");
        }
        assert_eq!(
            posts(
                "Ủy ban Thường vụ Quốc hội đã ban hành Nghị quyết về việc cho thôi làm thành viên \
                 Ủy ban Tài chính, Ngân sách của Quốc hội đối với ông Lạc Văn Khang."
            ),
            [post(
                "Lạc Văn Khang",
                "Thành viên",
                "Ủy ban Tài chính - Ngân sách Quốc hội",
                Status::Ends
            )]
        );
        // Asked for, not done: the post is held.
        assert_eq!(
            posts(
                "Ủy ban Kiểm tra đề nghị cách chức Giám đốc Sở Y tế tỉnh Nghệ An đối với ông Lạc \
                 Văn Khang."
            ),
            [post(
                "Lạc Văn Khang",
                "Giám đốc",
                "Sở Y tế tỉnh Nghệ An",
                Status::Held
            )]
        );
        // Wanted, not given: no post.
        assert_eq!(
            posts("Ông John Kerry muốn bổ nhiệm ông Lạc Văn Khang làm Bộ trưởng Ngoại giao."),
            []
        );
    }

    #[test]
    fn a_unit_named_with_of_before_its_parent_is_named_without_it() {
        assert_eq!(
            posts(
                "Ông Lạc Văn Khang, Trưởng phòng Tổ chức - Hành chính của Đại học Khoa học Tự \
                 nhiên cho biết."
            ),
            [post(
                "Lạc Văn Khang",
                "Trưởng phòng",
                "Phòng Tổ chức - Hành chính Đại học Khoa học Tự nhiên",
                Status::Held
            )]
        );
        // (Nor with `&` before a word the name cannot take.)
        assert_eq!(
            posts("Ông Lạc Văn Khang, Giám đốc Công ty TNHH Hoàng Long & Thành viên cho biết."),
            [post(
                "Lạc Văn Khang",
                "Giám đốc",
                "Công ty Trách nhiệm hữu hạn Hoàng Long",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_body_named_after_a_numbered_road_keeps_the_road_and_what_follows() {
        assert_eq!(
            posts(
                "Ông Lạc Văn Khang, Chủ tịch HĐQT Công ty CP Đầu tư quốc lộ 91 Cần Thơ - An Giang \
                 cho biết."
            ),
            [post(
                "Lạc Văn Khang",
                "Chủ tịch",
                "Hội đồng quản trị Công ty Cổ phần Đầu tư quốc lộ 91 Cần Thơ - An Giang",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Ông Lạc Văn Khang, Đội trưởng Đội Cảnh sát giao thông quốc lộ 1A cho biết."),
            [post(
                "Lạc Văn Khang",
                "Đội trưởng",
                "Đội Cảnh sát giao thông quốc lộ 1A",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_country_opening_a_word_of_the_language_is_no_country() {
        // (`Pháp luật`: law, not France; the deputy stays home.)
        assert_eq!(
            posts(
                "Đại biểu Quốc hội Lạc Văn Khang nói. Ông Khang là Ủy viên Thường trực Ủy ban \
                 Pháp luật của Quốc hội."
            ),
            [
                post("Lạc Văn Khang", "Đại biểu", "Quốc hội", Status::Held),
                post(
                    "Lạc Văn Khang",
                    "Ủy viên Thường trực",
                    "Ủy ban Pháp luật Quốc hội",
                    Status::Held
                ),
            ]
        );
    }

    #[test]
    fn a_post_the_subject_gives_is_not_the_subjects() {
        assert_eq!(
            posts("Tổng thống Philippines Maria Santos vừa chỉ định quyền ngoại trưởng."),
            [post(
                "Maria Santos",
                "Tổng thống",
                "Nhà nước Philippines",
                Status::Held
            )]
        );
        // (A giving after the person's own cue is a passive's: `được điều
        // động, bổ nhiệm làm T`.)
        assert!(posts(
            "Ông Lạc Văn Khang, Giám đốc Sở Tài chính tỉnh Nam Định được điều động, bổ nhiệm làm \
             Trưởng ban Quản lý dự án tỉnh Nam Định."
        )
        .contains(&post(
            "Lạc Văn Khang",
            "Trưởng ban",
            "Ban Quản lý dự án tỉnh Nam Định",
            Status::Starts
        )));
    }

    #[test]
    fn a_school_named_after_a_person_after_its_kind_in_lower_case() {
        assert_eq!(
            posts("Hiệu trưởng Trường tiểu học Nguyễn Văn Đậu Lã Thị Lan cho biết."),
            [post(
                "Lã Thị Lan",
                "Hiệu trưởng",
                "Trường tiểu học Nguyễn Văn Đậu",
                Status::Held
            )]
        );
        // (Not past a word of address: `bà Lã Thị Lan` holds the post.)
        assert!(posts("Hiệu trưởng trường tiểu học bà Lã Thị Lan cho biết.")
            .iter()
            .all(|p| p.0 != "Lã Thị Lan" || p.2 != "Trường tiểu học Lã Thị Lan"));
    }

    #[test]
    fn a_transfer_written_dieu_chuyen_moves_the_person() {
        assert_eq!(
            posts(
                "Bà Lã Thị Lan, Phó Giám đốc Sở Tài chính tỉnh Nam Định được điều chuyển về làm \
                 Giám đốc Sở Y tế tỉnh Nam Định."
            ),
            [
                post(
                    "Lã Thị Lan",
                    "Giám đốc",
                    "Sở Y tế tỉnh Nam Định",
                    Status::Starts
                ),
                post(
                    "Lã Thị Lan",
                    "Phó Giám đốc",
                    "Sở Tài chính tỉnh Nam Định",
                    Status::Ends
                ),
            ]
        );
    }

    #[test]
    fn a_name_the_paper_withholds_is_no_person() {
        assert!(posts("Ông Lạc V.K (Chủ tịch Hội Nông dân xã Tam Thăng) là hàng xóm.").is_empty());
        assert!(posts("Ông Lạc Văn K, Chủ tịch UBND xã Tam Thăng, cho biết.").is_empty());
        // (A one-letter syllable of the language is a given name.)
        assert_eq!(
            posts("Ông Lạc Đình Y, Chủ tịch UBND xã Tam Thăng, cho biết."),
            [post(
                "Lạc Đình Y",
                "Chủ tịch",
                "Ủy ban nhân dân xã Tam Thăng",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_body_described_by_its_head_in_a_sentence_told_in_the_past_is_as_it_was() {
        assert_eq!(
            posts(
                "Trong thời gian giữ các chức vụ lãnh đạo Tổng công ty, ông Đỗ Hữu Tâm đã buông \
                 lỏng quản lý Công ty cổ phần Đầu tư Hòa Bình do Lạc Văn Khang làm Tổng giám đốc."
            )
            .into_iter()
            .filter(|p| p.0 == "Lạc Văn Khang")
            .collect::<Vec<_>>(),
            [post(
                "Lạc Văn Khang",
                "Tổng Giám đốc",
                "Công ty cổ phần Đầu tư Hòa Bình",
                Status::Former
            )]
        );
    }

    #[test]
    fn a_unit_said_to_belong_to_a_body_with_thuoc_takes_it_as_parent() {
        assert_eq!(
            posts(
                "Ông Lạc Văn Khang (Trưởng phòng Kế hoạch Nghiệp vụ thuộc Trung tâm y tế huyện \
                 Quế Phong) cho biết như vậy."
            ),
            [post(
                "Lạc Văn Khang",
                "Trưởng phòng",
                "Phòng Kế hoạch Nghiệp vụ Trung tâm y tế huyện Quế Phong",
                Status::Held
            )]
        );
        // (And the parent's name ends before a verb: `kỳ vọng`.)
        assert_eq!(
            posts(
                "Ông Lạc Văn Khang, Giám đốc Trung tâm Truyền thông thuộc Tổng cục Môi trường kỳ \
                 vọng việc trồng cây sẽ được nhân rộng."
            ),
            [post(
                "Lạc Văn Khang",
                "Giám đốc",
                "Trung tâm Truyền thông Tổng cục Môi trường",
                Status::Held
            )]
        );
    }

    #[test]
    fn titles_all_of_a_group_hold_are_not_one_persons() {
        assert_eq!(
            posts(
                "Tổng thống Mỹ John Kerry cử con gái Ivanka và con rể Jared Kushner, cả hai đều là \
                 cố vấn Nhà Trắng, đến dự lễ."
            ),
            [post("John Kerry", "Tổng thống", "Nhà nước Mỹ", Status::Held)]
        );
        assert_eq!(
            posts("Ông Lạc Văn Khang và ông Đỗ Hữu Tâm đều là Phó Chủ tịch UBND tỉnh Nam Định.")
                .len(),
            2
        );
    }

    #[test]
    fn a_centrally_run_citys_committee_is_its_thanh_uy_whatever_the_word() {
        assert_eq!(
            posts("Bí thư tỉnh Đà Nẵng Lạc Văn Khang phát biểu."),
            [post(
                "Lạc Văn Khang",
                "Bí thư",
                "Thành ủy Đà Nẵng",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Ông Lạc Văn Khang, Trưởng ban Tuyên giáo Tỉnh ủy Đà Nẵng, phát biểu."),
            [post(
                "Lạc Văn Khang",
                "Trưởng ban",
                "Ban Tuyên giáo Thành ủy Đà Nẵng",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_committee_of_the_assembly_written_without_its_commas() {
        assert_eq!(
            posts(
                "Ông Lạc Văn Khang, Chủ nhiệm Uỷ ban Văn hoá Giáo dục Thanh thiếu niên và Nhi đồng, \
                 cho biết."
            ),
            [post(
                "Lạc Văn Khang",
                "Chủ nhiệm",
                "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng Quốc hội",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_post_taken_last_year_is_held() {
        assert_eq!(
            posts("Hồi tháng 10 năm ngoái, ông Lạc Văn Khang được bầu làm Chủ tịch UBND tỉnh Nam Định."),
            [post(
                "Lạc Văn Khang",
                "Chủ tịch",
                "Ủy ban nhân dân tỉnh Nam Định",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_leaving_the_holder_tells_of_himself_ends_his_post() {
        let pct = |st| {
            post(
                "Lạc Văn Khang",
                "Phó Chủ tịch",
                "Ủy ban nhân dân tỉnh Hòa Bình",
                st,
            )
        };
        assert_eq!(
            posts(
                "Phó Chủ tịch UBND tỉnh Hòa Bình Lạc Văn Khang hôm nay cho biết ông đã nộp đơn \
                 xin từ chức."
            ),
            [pct(Status::Ends)]
        );
        // (A title of the next clause is not the one left.)
        assert!(posts(
            "Phó Chủ tịch UBND tỉnh Hòa Bình Lạc Văn Khang đã nộp đơn xin từ chức và được Chủ \
             tịch UBND tỉnh Đỗ Hữu Tâm chấp thuận."
        )
        .contains(&pct(Status::Ends)));
        // (What he is said to have done is no cue of his post: the leaving
        // right after the name still is.)
        assert_eq!(
            posts(
                "Thứ trưởng Bộ Tài chính Lạc Văn Khang đã tuyên bố từ chức giữa cáo buộc nói \
                 rằng ông nhận hối lộ."
            ),
            [post(
                "Lạc Văn Khang",
                "Thứ trưởng",
                "Bộ Tài chính",
                Status::Ends
            )]
        );
    }

    #[test]
    fn asking_to_leave_a_post_ends_that_post_only() {
        let mut got = posts(
            "Phó Chủ tịch UBND tỉnh Hòa Bình Lạc Văn Khang đã xin thôi giữ chức Giám đốc Sở Y tế.",
        );
        got.sort();
        assert_eq!(
            got,
            [
                post(
                    "Lạc Văn Khang",
                    "Giám đốc",
                    "Sở Y tế tỉnh Hòa Bình",
                    Status::Ends
                ),
                post(
                    "Lạc Văn Khang",
                    "Phó Chủ tịch",
                    "Ủy ban nhân dân tỉnh Hòa Bình",
                    Status::Held
                ),
            ]
        );
    }

    #[test]
    fn leaving_ones_seat_at_a_table_leaves_no_post() {
        assert_eq!(
            posts("Tổng thống Mỹ John Kerry đã rời ghế của mình để nói chuyện riêng."),
            [post(
                "John Kerry",
                "Tổng thống",
                "Nhà nước Mỹ",
                Status::Held
            )]
        );
    }

    #[test]
    fn an_adverb_ends_a_body_written_in_lower_case() {
        assert_eq!(
            posts("Ông Lạc Văn Khang, Giám đốc công ty Sao Vàng luôn tìm kiếm đối tác mới."),
            [post(
                "Lạc Văn Khang",
                "Giám đốc",
                "Công ty Sao Vàng",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_seat_whose_next_term_began_with_another_term_written_is_former() {
        // (The party's twelfth term began in 2016, as did the Assembly's
        // fourteenth, which the list would name were the seat still held.)
        let mut got = posts(
            "Ông Lạc Văn Khang là Ủy viên Trung ương Đảng khóa X, XI, XII; đại biểu Quốc hội \
             khóa XI, XIII.",
        );
        got.sort();
        assert_eq!(
            got,
            [
                post("Lạc Văn Khang", "Đại biểu", "Quốc hội", Status::Former),
                post(
                    "Lạc Văn Khang",
                    "Ủy viên",
                    "Ban Chấp hành Trung ương Đảng",
                    Status::Held
                ),
            ]
        );
    }

    #[test]
    fn who_held_what_at_a_time_of_the_past_opening_the_sentence_is_former() {
        assert_eq!(
            posts("Thời điểm đó, ông Lạc Văn Khang đang là Phó Chủ tịch UBND xã Quế Sơn."),
            [post(
                "Lạc Văn Khang",
                "Phó Chủ tịch",
                "Ủy ban nhân dân xã Quế Sơn",
                Status::Former
            )]
        );
        // (Not who acts then, nor what happens meanwhile.)
        assert_eq!(
            posts("Khi đó, Tổng thống Mỹ John Kerry đã được thông báo."),
            [post(
                "John Kerry",
                "Tổng thống",
                "Nhà nước Mỹ",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Trong lúc đó, ông Lạc Văn Khang là Phó Chủ tịch UBND xã Quế Sơn."),
            [post(
                "Lạc Văn Khang",
                "Phó Chủ tịch",
                "Ủy ban nhân dân xã Quế Sơn",
                Status::Held
            )]
        );
    }

    #[test]
    fn after_according_to_a_name_a_title_is_the_names_only_in_apposition() {
        assert!(posts(
            "Theo ông Lạc Văn Khang, sau khi được phân công làm hiệu trưởng Trường tiểu học Hùng \
             Vương, thầy Tâm nhiều lần góp ý."
        )
        .iter()
        .all(|p| p.0 != "Lạc Văn Khang"));
        assert_eq!(
            posts("Theo ông Lạc Văn Khang, Giám đốc Sở Y tế tỉnh Hòa Bình, dịch bệnh đã giảm."),
            [post(
                "Lạc Văn Khang",
                "Giám đốc",
                "Sở Y tế tỉnh Hòa Bình",
                Status::Held
            )]
        );
        // (A comma left out after a title that names its body.)
        assert_eq!(
            posts("Theo ông Lạc Văn Khang, Giám đốc Sở Y tế tỉnh Hòa Bình cho biết dịch đã giảm."),
            [post(
                "Lạc Văn Khang",
                "Giám đốc",
                "Sở Y tế tỉnh Hòa Bình",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_party_board_of_no_province_the_article_knows_is_no_provinces() {
        assert_eq!(
            posts("Ông Lạc Văn Khang, Trưởng ban tổ chức cho biết, cuộc thi diễn ra tốt đẹp."),
            [post(
                "Lạc Văn Khang",
                "Trưởng ban",
                "Ban Tổ chức",
                Status::Held
            )]
        );
        assert_eq!(
            posts(
                "Tỉnh Hòa Bình vừa tổng kết công tác năm. Ông Lạc Văn Khang, Trưởng ban Tuyên \
                 giáo, cho biết kết quả tốt."
            ),
            [post(
                "Lạc Văn Khang",
                "Trưởng ban",
                "Ban Tuyên giáo Tỉnh ủy Hòa Bình",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_national_body_written_with_vn_is_the_national_body() {
        assert_eq!(
            posts("Ông Lạc Văn Khang, Phó giám đốc Bảo hiểm xã hội VN, cho biết."),
            [post(
                "Lạc Văn Khang",
                "Phó Giám đốc",
                "Bảo hiểm xã hội Việt Nam",
                Status::Held
            )]
        );
        // (A head written whole with its country: `Thông tấn xã Việt Nam`.)
        assert_eq!(
            posts("Bà Lã Thị Lan, Phó tổng giám đốc Thông tấn xã VN, trao bằng khen."),
            [post(
                "Lã Thị Lan",
                "Phó Tổng Giám đốc",
                "Thông tấn xã Việt Nam",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_leader_named_beside_the_name_leads_the_country() {
        assert_eq!(
            posts("Nhà lãnh đạo Venezuela Carlos Alberto Ruiz Medina phát biểu tại hội nghị."),
            [post(
                "Carlos Alberto Ruiz Medina",
                "Lãnh đạo",
                "Nhà nước Venezuela",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Ông Karim Nouri, nhà lãnh đạo Palestine, phát biểu."),
            [post(
                "Karim Nouri",
                "Lãnh đạo",
                "Nhà nước Palestine",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_leader_pointed_back_to_is_not_the_name_before() {
        assert_eq!(
            posts("Hiện giữa ông John Kerry và nhà lãnh đạo Nga không có lòng tin."),
            []
        );
    }

    #[test]
    fn a_resignation_told_right_after_the_name_ends_the_post() {
        assert_eq!(
            posts("Thông báo được đưa ra sau khi Bộ trưởng An ninh Nội địa Mỹ John Kerry từ chức."),
            [post(
                "John Kerry",
                "Bộ trưởng",
                "Bộ An ninh Nội địa Mỹ",
                Status::Ends
            )]
        );
    }

    #[test]
    fn a_resignation_asked_for_supposed_or_to_come_ends_nothing() {
        let held = |name: &str| [post(name, "Thủ tướng", "Chính phủ Anh", Status::Held)];
        assert_eq!(
            posts("Mỹ cân nhắc mọi biện pháp để buộc Thủ tướng Anh Maria Santos từ chức."),
            held("Maria Santos")
        );
        assert_eq!(
            posts("Người biểu tình yêu cầu Thủ tướng Anh Maria Santos từ chức."),
            held("Maria Santos")
        );
        assert_eq!(
            posts("Ông cho biết Thủ tướng Anh Maria Santos sẽ từ chức."),
            held("Maria Santos")
        );
        assert_eq!(
            posts("Người biểu tình đòi Thủ tướng Anh Maria Santos từ chức."),
            held("Maria Santos")
        );
    }

    #[test]
    fn a_leaving_closed_by_a_comma_gives_the_title_after_it_to_the_next_name() {
        assert_eq!(
            posts(
                "Chỉ 15 giờ sau khi Bộ trưởng Brexit của Anh, ông John Kerry từ chức, Ngoại \
                 trưởng Anh, ông Karim Nouri, phát biểu."
            ),
            [post(
                "Karim Nouri",
                "Bộ trưởng",
                "Bộ Ngoại giao Anh",
                Status::Held
            )]
        );
    }

    #[test]
    fn titles_past_a_comma_after_a_cue_are_not_the_name_before_the_cue() {
        assert_eq!(
            posts(
                "Hành động của ông Karim Nouri sẽ chỉ gây tổn hại cho nước này mà thôi, Bộ \
                 trưởng Quốc phòng Israel cảnh báo."
            ),
            []
        );
    }

    #[test]
    fn a_commune_named_after_a_province_keeps_its_own_words() {
        assert_eq!(
            posts("Ông Lạc Văn Khang, Chủ tịch UBND xã Bình Định Bắc, cho biết."),
            [post(
                "Lạc Văn Khang",
                "Chủ tịch",
                "Ủy ban nhân dân xã Bình Định Bắc",
                Status::Held
            )]
        );
    }

    #[test]
    fn an_island_district_is_a_district() {
        assert_eq!(
            posts(
                "Huyện Vĩnh Linh vừa cứu ngư dân. Theo ông Lạc Văn Khang, chủ tịch huyện đảo Cồn \
                 Cỏ, sức khỏe những người được cứu khá ổn định."
            ),
            [post(
                "Lạc Văn Khang",
                "Chủ tịch",
                "Ủy ban nhân dân huyện Cồn Cỏ",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_body_named_in_lower_case_goes_on_over_a_word_of_two_syllables() {
        assert_eq!(
            posts("Bà Maria Santos, phó chủ tịch Ủy ban Chống buôn người quốc gia Campuchia, cho biết."),
            [post(
                "Maria Santos",
                "Phó Chủ tịch",
                "Ủy ban Chống buôn người quốc gia Campuchia",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_former_word_before_no_title_across_commas_says_nothing_of_the_name() {
        assert_eq!(
            posts(
                "Chiều 16/6, trả lời việc sau cơn giông nhiều cây xanh đổ lộ nguyên bầu nylon, \
                 bao dứa, ông Lạc Văn Khang, Phó giám đốc Sở Xây dựng cho biết, Sở đã nắm được \
                 thông tin."
            ),
            [post(
                "Lạc Văn Khang",
                "Phó Giám đốc",
                "Sở Xây dựng",
                Status::Held
            )]
        );
    }

    #[test]
    fn an_aides_bare_title_is_a_post_in_the_office_of_the_leader_served() {
        assert_eq!(
            posts(
                "ABC dẫn lời ông Karim Nouri, phát ngôn viên của Tổng thống Philippines, gửi lời \
                 chúc mừng."
            ),
            [post(
                "Karim Nouri",
                "Phát ngôn viên",
                "Văn phòng Tổng thống Philippines",
                Status::Held
            )]
        );
        assert_eq!(
            posts(
                "Ông John Kerry, người phát ngôn của Thủ tướng Đức, cho biết hai bên đã nhất trí."
            ),
            [post(
                "John Kerry",
                "Người phát ngôn",
                "Chính phủ Đức",
                Status::Held
            )]
        );
    }

    #[test]
    fn an_appointment_revoked_ends_the_post_and_one_halted_keeps_it() {
        assert_eq!(
            posts(
                "Ông Lạc Văn Khang vừa bị rút quyết định bổ nhiệm chức Phó Trưởng phòng Kế hoạch \
                 tài chính Sở Tài nguyên và Môi trường tỉnh Bà Rịa - Vũng Tàu."
            ),
            [post(
                "Lạc Văn Khang",
                "Phó Trưởng phòng",
                "Phòng Kế hoạch tài chính Sở Tài nguyên và Môi trường tỉnh Bà Rịa - Vũng Tàu",
                Status::Ends
            )]
        );
        assert_eq!(
            posts(
                "Sở Y tế tạm dừng việc bổ nhiệm lại Giám đốc Bệnh viện đa khoa huyện Gia Viễn Lạc \
                 Văn Khang."
            ),
            [post(
                "Lạc Văn Khang",
                "Giám đốc",
                "Bệnh viện đa khoa huyện Gia Viễn",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_known_name_going_on_with_a_word_of_its_own_is_a_longer_name() {
        assert_eq!(
            posts(
                "Ông Lạc Văn Khang, Trưởng phòng Xây dựng Pháp luật Sở Tư pháp tỉnh Nghệ An cho \
                 biết."
            ),
            [post(
                "Lạc Văn Khang",
                "Trưởng phòng",
                "Phòng Xây dựng Pháp luật Sở Tư pháp tỉnh Nghệ An",
                Status::Held
            )]
        );
        // An event's organizing board: no party board, whose parent would
        // be a party committee.
        assert_eq!(
            posts(
                "Bà Lã Thị Lan, Trưởng ban tổ chức Hoa hậu Việt Nam, cho biết cuộc thi sẽ diễn ra."
            ),
            [post(
                "Lã Thị Lan",
                "Trưởng ban",
                "Ban Tổ chức Hoa hậu Việt Nam",
                Status::Held
            )]
        );
        // A place or a country after the known name is none of its words.
        assert_eq!(
            posts("Ông Lạc Văn Khang, Giám đốc Sở Xây dựng Nghệ An cho biết."),
            [post(
                "Lạc Văn Khang",
                "Giám đốc",
                "Sở Xây dựng tỉnh Nghệ An",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_pronoun_after_a_name_written_short_takes_the_full_name() {
        let found = posts(
            "Ông Lạc Văn Khang vừa được bầu giữ chức Bí thư Thành ủy Đà Nẵng. Ông Văn Khang quê xã \
             Hòa Tiến. Trước khi giữ chức Bí thư Thành ủy, ông từng đảm nhiệm vị trí Phó Bí thư \
             Thành ủy.",
        );
        assert!(
            found.contains(&post(
                "Lạc Văn Khang",
                "Phó Bí thư",
                "Thành ủy Đà Nẵng",
                Status::Former
            )),
            "{found:?}"
        );
        assert!(found.iter().all(|p| p.0 == "Lạc Văn Khang"), "{found:?}");
    }

    #[test]
    fn a_name_in_lower_case_ends_before_a_verb_of_leaving() {
        assert_eq!(
            posts("Ông Lạc Văn Khang, Giám đốc Ban quản lý rừng phòng hộ Tuyên Hóa bỏ nhiệm sở."),
            [post(
                "Lạc Văn Khang",
                "Giám đốc",
                "Ban Quản lý rừng phòng hộ Tuyên Hóa",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Ông Lạc Văn Khang, cục trưởng Cục TMĐT và kinh tế số, cho biết như vậy."),
            [post(
                "Lạc Văn Khang",
                "Cục trưởng",
                "Cục Thương mại điện tử và Kinh tế số",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_title_before_a_name_moved_elsewhere_is_left() {
        assert_eq!(
            posts(
                "Phó chủ tịch UBND tỉnh Nghệ An Lạc Văn Khang được điều chuyển công tác về Ban Tổ \
                 chức Tỉnh ủy."
            ),
            [post(
                "Lạc Văn Khang",
                "Phó Chủ tịch",
                "Ủy ban nhân dân tỉnh Nghệ An",
                Status::Ends
            )]
        );
        // Not who moves another, nor one given a share of the work.
        let found = posts(
            "Giám đốc Sở Nội vụ Lạc Văn Khang điều động ông Đỗ Hữu Tâm về làm Trưởng phòng Tổ chức.",
        );
        assert!(
            found.contains(&post(
                "Lạc Văn Khang",
                "Giám đốc",
                "Sở Nội vụ",
                Status::Held
            )),
            "{found:?}"
        );
        assert_eq!(
            posts(
                "Phó Tổng Giám đốc Tổng công ty Điện lực miền Trung Lã Thị Lan được phân công theo \
                 dõi mảng tài chính."
            ),
            [post(
                "Lã Thị Lan",
                "Phó Tổng Giám đốc",
                "Tổng công ty Điện lực miền Trung",
                Status::Held
            )]
        );
    }

    #[test]
    fn an_appointment_revoked_with_lam_after_the_name_ends_the_post() {
        assert_eq!(
            posts(
                "Sở Nông nghiệp đã thu hồi quyết định bổ nhiệm bà Lã Thị Lan làm Phó Chi cục trưởng \
                 Chi cục Bảo vệ thực vật."
            ),
            [post(
                "Lã Thị Lan",
                "Phó Chi cục trưởng",
                "Chi cục Bảo vệ thực vật",
                Status::Ends
            )]
        );
        // A transfer with `làm` still gives the post.
        assert_eq!(
            posts("UBND tỉnh điều động ông Lạc Văn Khang làm Giám đốc Sở Nội vụ tỉnh Nghệ An."),
            [post(
                "Lạc Văn Khang",
                "Giám đốc",
                "Sở Nội vụ tỉnh Nghệ An",
                Status::Starts
            )]
        );
    }

    #[test]
    fn a_list_under_a_title_said_of_many_ends_where_another_such_title_opens_a_list() {
        let got = posts(
            "Dự hội nghị, có các đồng chí Ủy viên Bộ Chính trị: Lạc Văn Khang, Bí thư Thành ủy Hà Nội; Đỗ Hữu Tâm, Trưởng Ban Tổ chức Trung ương; các đồng chí Ủy viên Trung ương Đảng: Lã Thị Lan, Phó Trưởng Ban Tổ chức Trung ương; Lê Văn Nam, Phó Chủ tịch nước.",
        );
        for name in ["Lạc Văn Khang", "Đỗ Hữu Tâm"] {
            assert!(
                got.contains(&post(name, "Ủy viên", "Bộ Chính trị", Status::Held)),
                "{name}: {got:?}"
            );
        }
        for name in ["Lã Thị Lan", "Lê Văn Nam"] {
            assert!(
                !got.iter()
                    .any(|(p, _, o, _)| p == name && o == "Bộ Chính trị"),
                "{name}: {got:?}"
            );
            assert!(
                got.contains(&post(
                    name,
                    "Ủy viên",
                    "Ban Chấp hành Trung ương Đảng",
                    Status::Held
                )),
                "{name}: {got:?}"
            );
        }
        // (A part of the list with a count is still the list: each is one.)
        let got = posts(
            "Chính phủ có 6 Ủy viên Bộ Chính trị, gồm: Thủ tướng Lạc Văn Khang; 3 Phó Thủ tướng: Đỗ Hữu Tâm, Lã Thị Lan, Lê Văn Nam.",
        );
        for name in ["Lạc Văn Khang", "Đỗ Hữu Tâm", "Lã Thị Lan", "Lê Văn Nam"] {
            assert!(
                got.contains(&post(name, "Ủy viên", "Bộ Chính trị", Status::Held)),
                "{name}: {got:?}"
            );
        }
    }

    #[test]
    fn a_former_word_in_a_lists_header_leaves_the_listed_names_their_own_status() {
        let got = posts(
            "Các đồng chí lãnh đạo, nguyên là lãnh đạo Đảng, Nhà nước đã gửi lẵng hoa chào mừng Đại hội: đồng chí Lạc Văn Khang, Ủy viên Bộ Chính trị, Chủ tịch Quốc hội; đồng chí Đỗ Hữu Tâm, nguyên Chủ tịch nước.",
        );
        assert!(
            got.contains(&post("Lạc Văn Khang", "Chủ tịch", "Quốc hội", Status::Held)),
            "{got:?}"
        );
        assert!(
            got.contains(&post(
                "Đỗ Hữu Tâm",
                "Chủ tịch nước",
                "Nhà nước",
                Status::Former
            )),
            "{got:?}"
        );
    }

    #[test]
    fn a_comma_before_kiem_ties_two_titles_to_one_body() {
        assert_eq!(
            posts("Dự hội nghị có bà Lã Thị Lan, Phó Chủ tịch, kiêm Tổng thư ký Hội Luật gia Việt Nam."),
            [
                post("Lã Thị Lan", "Phó Chủ tịch", "Hội Luật gia Việt Nam", Status::Held),
                post("Lã Thị Lan", "Tổng Thư ký", "Hội Luật gia Việt Nam", Status::Held),
            ]
        );
    }

    #[test]
    fn titles_between_a_titled_name_and_the_next_name_are_the_next_ones() {
        let got = posts(
            "Dự lễ có Chủ tịch nước Lạc Văn Khang, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Đỗ Hữu Tâm.",
        );
        assert!(
            got.contains(&post("Đỗ Hữu Tâm", "Ủy viên", "Bộ Chính trị", Status::Held)),
            "{got:?}"
        );
        assert!(
            !got.contains(&post(
                "Lạc Văn Khang",
                "Ủy viên",
                "Bộ Chính trị",
                Status::Held
            )),
            "{got:?}"
        );
        // (A name with no title before it keeps the titles after it.)
        let got = posts(
            "Ông Lạc Văn Khang, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Đỗ Hữu Tâm dự lễ.",
        );
        assert!(
            got.contains(&post(
                "Lạc Văn Khang",
                "Ủy viên",
                "Bộ Chính trị",
                Status::Held
            )),
            "{got:?}"
        );
    }

    #[test]
    fn a_board_before_an_unknown_abbreviation_is_no_party_committees() {
        assert_eq!(
            posts("Bà Lã Thị Lan là ủy viên Ban thường vụ HPN tỉnh Thanh Hóa."),
            []
        );
        // (A board named by its body stays its body's.)
        assert_eq!(
            posts("Ông Lê Văn Nam, Ủy viên Ban Thường vụ, Trưởng ban Tổ chức Tỉnh ủy Thanh Hóa, phát biểu."),
            [
                post("Lê Văn Nam", "Trưởng ban", "Ban Tổ chức Tỉnh ủy Thanh Hóa", Status::Held),
                post("Lê Văn Nam", "Ủy viên", "Ban Thường vụ Tỉnh ủy Thanh Hóa", Status::Held),
            ]
        );
    }

    #[test]
    fn a_predicate_after_a_kin_apposition_between_commas_is_the_first_names() {
        assert_eq!(
            posts("Cô dâu là Lã Thị Lan (29 tuổi), con gái lớn của ông Lê Văn Nam, hiện là Chủ tịch HĐQT Công ty Cổ phần Du lịch Minh Hải."),
            [post(
                "Lã Thị Lan",
                "Chủ tịch",
                "Hội đồng quản trị Công ty Cổ phần Du lịch Minh Hải",
                Status::Held
            )]
        );
        // (A former word opens the second name's own title.)
        assert_eq!(
            posts("Cơ quan điều tra khởi tố Lê Văn Nam, con trai ông Đỗ Hữu Tâm, nguyên Chủ tịch UBND tỉnh Nam Định."),
            [post(
                "Đỗ Hữu Tâm",
                "Chủ tịch",
                "Ủy ban nhân dân tỉnh Nam Định",
                Status::Former
            )]
        );
    }

    #[test]
    fn a_leaving_told_after_a_bracket_of_titles_ends_the_title_before_the_name() {
        assert_eq!(
            posts("Trước đó, Phó bí thư khác là bà Lã Thị Lan (Chủ tịch HĐND tỉnh Nam Định) nghỉ hưu theo chế độ."),
            [
                post("Lã Thị Lan", "Chủ tịch", "Hội đồng nhân dân tỉnh Nam Định", Status::Ends),
                post("Lã Thị Lan", "Phó Bí thư", "Tỉnh ủy Nam Định", Status::Ends),
            ]
        );
        // (A bracket that holds the cue is read as before.)
        assert_eq!(
            posts("Chủ tịch UBND tỉnh Nam Định Lê Văn Nam (hiện đã nghỉ hưu) ký quyết định."),
            [post(
                "Lê Văn Nam",
                "Chủ tịch",
                "Ủy ban nhân dân tỉnh Nam Định",
                Status::Former
            )]
        );
    }

    #[test]
    fn a_title_said_of_many_before_a_comma_is_not_the_next_names() {
        assert_eq!(
            posts("Thông tin với các đại biểu HĐND tỉnh Nam Định, đại tá Lê Văn Nam (Giám đốc Công an tỉnh Nam Định) cho biết."),
            [post("Lê Văn Nam", "Giám đốc", "Công an tỉnh Nam Định", Status::Held)]
        );
        assert_eq!(
            posts(
                "Trước những thắc mắc của các đại biểu, Thiếu tướng Lê Văn Nam thừa nhận khó khăn."
            ),
            []
        );
    }

    #[test]
    fn a_comma_after_the_predecessor_leaves_the_post_to_the_successor() {
        assert_eq!(
            posts(
                "Ông Lạc Văn Khang sẽ thay ông Lê Văn Nam, làm Giám đốc Sở Tài chính tỉnh Nghệ An."
            ),
            [
                post(
                    "Lê Văn Nam",
                    "Giám đốc",
                    "Sở Tài chính tỉnh Nghệ An",
                    Status::Ends
                ),
                post(
                    "Lạc Văn Khang",
                    "Giám đốc",
                    "Sở Tài chính tỉnh Nghệ An",
                    Status::Starts
                ),
            ]
        );
    }

    #[test]
    fn rarer_family_names_start_a_name() {
        assert_eq!(
            posts("Thượng tá Đậu Văn Khang, Phó trưởng Công an huyện Diễn Châu, cho biết."),
            [post(
                "Đậu Văn Khang",
                "Phó Trưởng Công an",
                "Công an huyện Diễn Châu",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_country_before_a_word_it_makes_no_compound_with_is_the_bodys() {
        assert_eq!(
            posts("Ông Karim Nouri, Thứ trưởng Quốc phòng Mỹ về vấn đề an ninh, cảnh báo về hoạt động quân sự."),
            [post("Karim Nouri", "Thứ trưởng", "Bộ Quốc phòng Mỹ", Status::Held)]
        );
        // (`Pháp luật` is a word: no French body.)
        assert_eq!(
            posts("Ông Lê Văn Nam, Trưởng phòng Xây dựng Pháp luật Sở Tư pháp tỉnh Nam Định, cho biết."),
            [post(
                "Lê Văn Nam",
                "Trưởng phòng",
                "Phòng Xây dựng Pháp luật Sở Tư pháp tỉnh Nam Định",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_units_name_in_lower_case_after_its_role_ends_at_the_body_it_belongs_to() {
        assert_eq!(
            posts(
                "Bà Lã Thị Lan, Trưởng phòng Giáo dục và Đào tạo quận Hoàng Mai, cho biết.\n\
                 Ông Lê Văn Nam, trưởng phòng khảo thí Sở GD-ĐT Hà Nội, cho biết."
            ),
            [
                post(
                    "Lã Thị Lan",
                    "Trưởng phòng",
                    "Phòng Giáo dục và Đào tạo quận Hoàng Mai",
                    Status::Held
                ),
                post(
                    "Lê Văn Nam",
                    "Trưởng phòng",
                    "Phòng Khảo thí Sở Giáo dục và Đào tạo thành phố Hà Nội",
                    Status::Held
                ),
            ]
        );
        assert_eq!(
            posts("Thượng tá Lê Văn Nam - phó trưởng phòng cảnh sát hình sự Công an tỉnh Đắk Nông - cho biết."),
            [post(
                "Lê Văn Nam",
                "Phó Trưởng phòng",
                "Phòng Cảnh sát hình sự Công an tỉnh Đắk Nông",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_title_removed_by_vote_ends() {
        assert_eq!(
            posts("HĐND tỉnh đã bãi miễn chức danh Phó Chủ tịch UBND tỉnh Nam Định đối với ông Lê Văn Nam."),
            [post(
                "Lê Văn Nam",
                "Phó Chủ tịch",
                "Ủy ban nhân dân tỉnh Nam Định",
                Status::Ends
            )]
        );
        // (The signer of the decision holds nothing.)
        assert_eq!(
            posts("Việc ông Lê Văn Nam ký quyết định bãi miễn chức danh Phó Tổng giám đốc Tập đoàn Hòa Bình là đúng."),
            []
        );
    }

    #[test]
    fn a_rank_after_a_units_name_is_no_part_of_it() {
        assert_eq!(
            posts("Bị sa thải còn có Vụ trưởng vụ Kiểm soát và Kiểm toán Nội bộ Thiếu tướng Karim Nouri."),
            [post(
                "Karim Nouri",
                "Vụ trưởng",
                "Vụ Kiểm soát và Kiểm toán Nội bộ",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_foreign_ministry_that_names_its_country_gets_it_once() {
        assert_eq!(
            posts("Phía Nga có Bộ trưởng Phát triển Viễn Đông Nga Karim Nouri."),
            [post(
                "Karim Nouri",
                "Bộ trưởng",
                "Bộ Phát triển Viễn Đông Nga",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_body_name_ends_before_vốn_là_and_goes_on_over_hội_viên() {
        assert_eq!(
            posts("Ông Karim Nouri, chủ tịch đảng Xanh và Trắng vốn được coi là đối thủ, nói."),
            [post(
                "Karim Nouri",
                "Chủ tịch",
                "Đảng Xanh và Trắng",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Ông Lê Văn Nam, Trưởng ban Hội viên và Đào tạo Hiệp hội Doanh nghiệp tỉnh Vĩnh Phúc, cho biết."),
            [post(
                "Lê Văn Nam",
                "Trưởng ban",
                "Ban Hội viên và Đào tạo Hiệp hội Doanh nghiệp tỉnh Vĩnh Phúc",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_post_told_over_a_closed_span_that_opens_the_sentence_is_former() {
        assert_eq!(
            posts("Ông Lê Văn Nam sinh năm 1950. Giai đoạn 1998-1999, ông Lê Văn Nam kiêm nhiệm chức vụ Thống đốc Ngân hàng Nhà nước. Năm 2006, ông nghỉ hưu."),
            [post("Lê Văn Nam", "Thống đốc", "Ngân hàng Nhà nước", Status::Former)]
        );
        // (Not where no later year is told: the span may be a term still
        // running.)
        assert_eq!(
            posts("Giai đoạn 2016-2021, ông Lê Văn Nam giữ chức Chủ tịch UBND tỉnh Nam Định. Năm 2019, tỉnh tăng trưởng khá."),
            [post("Lê Văn Nam", "Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định", Status::Starts)]
        );
    }

    #[test]
    fn a_race_or_a_chance_for_a_post_gives_none() {
        for text in [
            "Bà Karim Nouri, người đang chạy đua làm tổng thống Mỹ, đã chia sẻ.",
            "Nhiều người nói bà Karim Nouri có khả năng trở thành tổng thống Mỹ.",
            "Bà Karim Nouri vẫn còn một cơ hội cuối cùng để trở thành tổng thống Mỹ.",
            "Chiến dịch tranh cử của ứng viên tổng thống đảng Dân chủ Karim Nouri gặp khó.",
        ] {
            assert_eq!(posts(text), [], "{text}");
        }
        // (The clause of a campaign ends at a comma or a quote: the title
        // after it is its holder's.)
        assert_eq!(
            posts("\"Ông John Kerry phá kỷ lục quyên góp của chiến dịch tranh cử\", Chủ tịch Ủy ban quốc gia đảng Cộng hòa Mỹ Karim Nouri viết."),
            [post(
                "Karim Nouri",
                "Chủ tịch",
                "Ủy ban quốc gia đảng Cộng hòa Mỹ",
                Status::Held
            )]
        );
    }

    #[test]
    fn a_body_name_ends_before_the_case_told_of() {
        let got = posts("Bắt Giám đốc công ty Hùng Thanh vụ cháy Carina Lê Văn Nam.");
        assert!(got.iter().all(|p| !p.2.contains("vụ cháy")), "{got:?}");
    }

    #[test]
    fn a_span_closed_by_tới_khi_or_after_the_bodys_bracket_closes_the_post() {
        for text in [
            "Ông Lạc Văn Khang trở thành chủ tịch Ngân hàng Phát triển Trung Quốc (CDB) từ năm 2013 cho tới khi từ chức vào tháng 9/2018.",
            "Ông Lạc Văn Khang làm Giám đốc Sở Tài chính tỉnh Nam Định từ năm 2013 đến khi nghỉ hưu năm 2018.",
        ] {
            let got = posts(text);
            assert_eq!(got.len(), 1, "{got:?}");
            assert_eq!(got[0].3, Status::Former, "{text}");
        }
    }

    #[test]
    fn a_post_held_at_that_time_is_former() {
        for text in [
            "Các lãnh đạo từng phát biểu gồm ông Lạc Văn Khang, người bấy giờ giữ chức Chủ tịch UBND tỉnh Nghệ An, năm 2013.",
            "Ông Lạc Văn Khang, người khi đó giữ chức Chủ tịch UBND tỉnh Nghệ An, đã ký quyết định.",
            "Ông Lạc Văn Khang, thời điểm đó đang là Chủ tịch UBND tỉnh Nghệ An, đã ký quyết định.",
        ] {
            let got = posts(text);
            assert_eq!(got.len(), 1, "{got:?}");
            assert_eq!(got[0].3, Status::Former, "{text}");
        }
    }

    #[test]
    fn an_envoy_to_a_body_of_many_countries_heads_a_mission_and_serves_after_ở() {
        assert_eq!(
            posts("\"Chúng tôi nhớ ngài\", Karim Nouri, đại sứ Dominica tại Liên Hợp quốc, viết."),
            [post(
                "Karim Nouri",
                "Đại sứ",
                "Phái đoàn Dominica tại Liên Hợp Quốc",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Cựu đại sứ Mỹ ở Iraq Karim Nouri cho rằng nước này dễ trở thành điểm nóng."),
            [post(
                "Karim Nouri",
                "Đại sứ",
                "Đại sứ quán Mỹ tại Iraq",
                Status::Former
            )]
        );
        assert_eq!(
            posts("Ông Lạc Văn Khang, Đại sứ Việt Nam ở Thụy Điển, cho biết."),
            [post(
                "Lạc Văn Khang",
                "Đại sứ",
                "Đại sứ quán Việt Nam tại Thụy Điển",
                Status::Held
            )]
        );
        assert_eq!(
            posts("Đại sứ Nga tại VN Karim Nouri bày tỏ tin tưởng."),
            [post(
                "Karim Nouri",
                "Đại sứ",
                "Đại sứ quán Nga tại Việt Nam",
                Status::Held
            )]
        );
    }

    #[test]
    fn one_appointed_to_a_post_leaves_the_post_it_replaces() {
        let status = |text: &str, role: &str, org: &str| {
            let got = posts(text);
            got.iter()
                .find(|p| p.1 == role && p.2 == org)
                .unwrap_or_else(|| panic!("{role} {org} in {got:?}"))
                .3
        };
        // The lesser post of the same body.
        let text =
            "Ông Lạc Văn Khang, Phó giám đốc Sở Tài chính tỉnh Nghệ An, giữ chức Giám đốc Sở.";
        assert_eq!(
            status(text, "Phó Giám đốc", "Sở Tài chính tỉnh Nghệ An"),
            Status::Ends
        );
        // A post in a unit of the body taken.
        let text =
            "Bộ Công an bổ nhiệm đại tá Lạc Văn Khang (trưởng phòng Cảnh sát hình sự Công an \
                    tỉnh Nghệ An), giữ chức Phó giám đốc Công an tỉnh Nghệ An.";
        let unit = "Phòng Cảnh sát hình sự Công an tỉnh Nghệ An";
        assert_eq!(status(text, "Trưởng phòng", unit), Status::Ends);
        // The same post in a body of the same kind.
        let text =
            "Bộ trưởng trao quyết định bổ nhiệm Thiếu tướng Lạc Văn Khang - Giám đốc Công an \
                    tỉnh Kiên Giang giữ chức Giám đốc Công an tỉnh An Giang.";
        assert_eq!(
            status(text, "Giám đốc", "Công an tỉnh Kiên Giang"),
            Status::Ends
        );
        let text = "Ông Lạc Văn Khang, Giám đốc Sở Nội vụ tỉnh Nghệ An, được bổ nhiệm giữ chức \
                    Giám đốc Sở Tài chính tỉnh Nghệ An.";
        assert_eq!(
            status(text, "Giám đốc", "Sở Nội vụ tỉnh Nghệ An"),
            Status::Ends
        );
        // Other posts stay, and so do the posts of one elected or proposed.
        let text = "Ông Lạc Văn Khang, Phó bí thư tỉnh ủy, Chủ tịch UBND tỉnh Yên Bái giữ chức Bí \
                    thư tỉnh ủy.";
        assert_eq!(status(text, "Phó Bí thư", "Tỉnh ủy Yên Bái"), Status::Ends);
        assert_eq!(
            status(text, "Chủ tịch", "Ủy ban nhân dân tỉnh Yên Bái"),
            Status::Held
        );
        let text =
            "Ông Lạc Văn Khang, Phó bí thư tỉnh ủy Yên Bái được bầu giữ chức Bí thư tỉnh ủy.";
        assert_eq!(status(text, "Phó Bí thư", "Tỉnh ủy Yên Bái"), Status::Held);
        let text = "Ông Lạc Văn Khang, Trưởng ban Nội chính Tỉnh ủy Yên Bái giữ chức Phó bí thư \
                    Tỉnh ủy.";
        assert_eq!(
            status(text, "Trưởng ban", "Ban Nội chính Tỉnh ủy Yên Bái"),
            Status::Held
        );
        let text =
            "Bà Lã Thị Lan, phó chủ tịch HĐQT Tập đoàn Hòa Phát, giữ chức Tổng giám đốc Tập \
                    đoàn Hòa Phát.";
        assert_eq!(
            status(text, "Phó Chủ tịch", "Hội đồng quản trị Tập đoàn Hòa Phát"),
            Status::Held
        );
    }

    #[test]
    fn what_a_sentence_of_an_earlier_time_says_one_was_is_former() {
        for text in [
            "Trước đó, bà Lã Thị Lan là hiệu trưởng trường Mầm non Quang Minh B.",
            "Trước đó, Chủ tịch Hội Sinh viên tỉnh Nghệ An là anh Lạc Văn Khang.",
            "Trước đó, ông Lạc Văn Khang có 20 năm công tác tại Tổng công ty Sông Đà; 3 năm làm \
             Phó bí thư Tỉnh ủy Thừa Thiên Huế.",
        ] {
            let got = posts(text);
            assert_eq!(got.len(), 1, "{got:?}");
            assert_eq!(got[0].3, Status::Former, "{text}");
        }
        // A title addressing a name, an apposition and a post given keep
        // their status.
        for (text, status) in [
            (
                "Trước đó, Thủ tướng Lạc Văn Khang đã chỉ đạo.",
                Status::Held,
            ),
            (
                "Trước đó, ông Lạc Văn Khang, Phó bí thư Tỉnh ủy Nghệ An, đã ký văn bản.",
                Status::Held,
            ),
            (
                "Trước đó, ông Lạc Văn Khang đã được Bộ Chính trị phân công làm Bí thư Tỉnh ủy \
                 Nghệ An.",
                Status::Starts,
            ),
            (
                "Trước đó, Bộ Chính trị điều động ông Lạc Văn Khang làm Bí thư Tỉnh ủy Nghệ An.",
                Status::Starts,
            ),
        ] {
            let got = posts(text);
            assert_eq!(got.len(), 1, "{got:?}");
            assert_eq!(got[0].3, status, "{text}");
        }
    }

    #[test]
    fn a_body_run_by_someone_who_holds_its_post_plainly_is_theirs_held() {
        let got = posts("Hiện công ty Hòa Phát do ông Lạc Văn Khang giữ chức Tổng giám đốc.");
        assert_eq!(
            got,
            [post(
                "Lạc Văn Khang",
                "Tổng Giám đốc",
                "Công ty Hòa Phát",
                Status::Held
            )]
        );
        // (A cause after `do` is no body run.)
        let got = posts(
            "HĐND miễn nhiệm ông Lạc Văn Khang do ông đã được điều động làm Chủ tịch Liên đoàn \
             Lao động tỉnh Kiên Giang.",
        );
        assert!(got.iter().any(|p| p.3 == Status::Starts), "{got:?}");
    }

    #[test]
    fn a_title_acted_for_is_the_first_names_when_another_name_acts() {
        let got = posts(
            "Sáng 22/5, thừa uỷ quyền của Bộ trưởng bộ Công an, Đại tướng Lạc Văn Khang, Thiếu \
             tướng Đỗ Hữu Tâm, Giám đốc Công an tỉnh Thanh Hoá đã trao quyết định.",
        );
        assert!(
            got.contains(&post(
                "Lạc Văn Khang",
                "Bộ trưởng",
                "Bộ Công an",
                Status::Held
            )),
            "{got:?}"
        );
        assert!(
            got.iter()
                .all(|p| p.0 != "Đỗ Hữu Tâm" || p.1 != "Bộ trưởng"),
            "{got:?}"
        );
        // (One name after it: the one who acts.)
        assert_eq!(
            posts("Thừa ủy quyền của Bộ trưởng Bộ Công an, Trung tướng Lạc Văn Khang trao quyết định."),
            []
        );
    }
}
