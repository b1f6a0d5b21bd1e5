/*!
Linking titles to people in one sentence: which person each title belongs
to, and with which status. This is the grammar of appositions, lists and
cues; [`facts`](crate::extract::facts) then resolves the names and completes
the bodies. Uses the mentions of a sentence only (no gazetteer, no article).

Three linking rules, tried in this order on each sentence (annotation guide
§1.1), in [`link_posts`]:

1. *Title before name*: titles standing right before a person, chained by
   commas (`Bí thư Thành ủy, Chủ tịch HĐND TP Thanh Hóa Lê Anh Xuân`).
2. *Apposition and predicate*: titles after a person (or a group of people
   joined by commas and `và`), through commas, parentheses, dashes,
   semicolons, cues and filler words (`ông X, T1, T2 được bầu làm T3`); a
   cue sets the status of the titles after it.
3. *Late predicate*: a title after a cue with no person next to it goes to
   the nearest person before the cue (`ông Vinh sinh năm 1968, ..., từng là
   Bí thư Huyện ủy`).

This file holds the three rules; `titles` reads runs of titles and groups
of people, `clauses` the nominations, passives and boards that change whose
a title is.
*/

mod clauses;
mod titles;

use std::collections::HashMap;
use std::ops::Range;

use crate::extract::gazetteer::{CueScope, OrgKind, ACTING};
use crate::extract::mentions::{
    foreign_word, is_title_case, past_brackets, sep_is, Item, Mention, OrgPhrase, Title,
};
use crate::extract::tokens::{joined_years, trailing_year, Token};
use crate::Status;

use clauses::{agent_cue, gives_post, passive_cue};
pub(crate) use clauses::{
    is_board, listed_peer_body, nomination_clauses, party_post, run_by, voting_board,
    without_board, BOARDS,
};
pub(crate) use titles::{
    before_titles, is_bare, is_seat, link_ranks, named_body, said_of_many, same_office, title_runs,
};
use titles::{groups, is_person, scan_titles};

/// A post as linked in one sentence, before names and bodies are resolved.
#[derive(Clone, Debug)]
pub(crate) struct Link {
    pub(crate) person: usize,
    pub(crate) title: usize,
    pub(crate) status: Status,
    /// Linked through a cue (`được bầu giữ chức Phó Chủ tịch`): a role with
    /// no body then means the usual body of the place.
    pub(crate) via_cue: bool,
    /// The person the title's new holder replaces (`làm quyền Chủ tịch thay
    /// ông Y`): Y held the post itself, not an acting one.
    pub(crate) replaced: bool,
    /// Given by a list after its title (`Các Phó Chủ tịch gồm: A, B`), which
    /// goes on with the news of the sentence before (an election's results).
    pub(crate) listed: bool,
}

/// Links the title at `title` to each of `people`, not through a cue
/// (`listed`: the people are a list the title opens).
fn link_each(links: &mut Vec<Link>, people: &[usize], title: usize, status: Status, listed: bool) {
    for &person in people {
        links.push(Link {
            person,
            title,
            status,
            via_cue: false,
            replaced: false,
            listed,
        });
    }
}

/// Whether the title at `t` is the next person's, not the one before it:
/// `Bộ trưởng X A, Bộ trưởng Y, ông B, nói` (A is named after a title of
/// theirs; B, named after this one, has none after the name).
fn leads_to_next(ms: &[Mention], t: usize) -> bool {
    let named = |m: &Mention| matches!(m.item, Item::Person { .. });
    t >= 3
        && matches!(ms[t].item, Item::Title(_))
        && sep_is(&ms[t - 1], &[","])
        && named(&ms[t - 2])
        && matches!(ms[t - 3].item, Item::Title(_))
        && ms.get(t + 1).is_some_and(|m| sep_is(m, &[","]))
        && ms.get(t + 2).is_some_and(named)
        // (`ông B, nguyên Thứ trưởng ...`, `ông B, Thiếu tướng, Cục
        // trưởng ...`: B's own titles.)
        && !ms
            .iter()
            .skip(t + 3)
            .find(|m| {
                !sep_is(m, &[",", "-", "–"])
                    && !matches!(m.item, Item::Filler | Item::Cue(_) | Item::Rank(_))
            })
            .is_some_and(|m| matches!(m.item, Item::Title(_)))
}

/// The mention before `j` and from `from` on, past fillers, commas and
/// dashes: what a title or a name is said after.
fn said_after(ms: &[Mention], from: usize, j: usize) -> Option<usize> {
    (from..j)
        .rev()
        .find(|&x| !matches!(&ms[x].item, Item::Filler) && !sep_is(&ms[x], &[",", "-", "–"]))
}

/// A title whose body is written with no name of its own (`Thủ tướng`,
/// `Chủ tịch tỉnh`): an office, not a post of a body the text names.
fn office_without_body_name(m: &Mention) -> bool {
    match &m.item {
        Item::Title(t) => t.org.as_ref().is_none_or(|o| {
            o.locality.as_ref().is_none_or(|l| l.name.is_none())
                && o.segments.iter().all(|s| s.text == s.head)
        }),
        _ => false,
    }
}

/// The word `back` tokens before mention `x` (`do` in `do ông A`).
fn word_before<'t>(ms: &[Mention], toks: &'t [Token], x: usize, back: usize) -> Option<&'t str> {
    ms[x]
        .start
        .checked_sub(back)
        .and_then(|i| toks.get(i))
        .map(|t| t.key.as_str())
}

/// The cue words that give a title as what someone is or does, plainly:
/// not how it was given (`được bổ nhiệm`) nor when (`Công ty X do ông A
/// giữ chức Chủ tịch`).
pub(crate) const PLAIN_PREDICATES: [&str; 5] =
    ["làm", "giữ chức", "giữ chức vụ", "đảm nhiệm", "đảm nhận"];

/// The words a sentence's opening phrase of place or time starts with
/// (`Tại cuộc gặp ...,`, `Khi được hỏi ...,`): a title in it is not the one
/// of the name after its comma. (Not `Theo`: `Theo Phó Thủ tướng, Bộ trưởng
/// Ngoại giao A` names A's titles.)
const FRONTING: [&str; 2] = ["tại", "khi"];

/// Links titles to people in one sentence (the rules of the module
/// documentation).
/// `clause[k]`: whether mention `k` is a word that starts a clause
/// (`clause_words.txt`: `cho biết`, `nói`); `post_noun[k]`: whether it
/// holds a noun that names a post (`post_nouns.txt`: `chức vụ`);
/// `country[k]`: the country a title names.
pub(crate) fn link_posts(
    ms: &[Mention],
    toks: &[Token],
    clause: &[bool],
    post_noun: &[bool],
    counted: &[bool],
    served: &[bool],
    country: &[Option<&str>],
) -> Vec<Link> {
    let mut links: Vec<Link> = Vec::new();
    // The first word of mention `x`.
    let word_at = |x: usize| toks.get(ms[x].start).map(|t| t.key.as_str());
    let groups = groups(ms);
    let mut taken = vec![false; ms.len()];
    // Titles proposed for a vote are no one's post (their links are
    // dropped at the end); the nominee's own titles, in apposition (`đề cử
    // ông A, Phó Bí thư Tỉnh ủy, ...`), are.
    let mut proposed = vec![false; ms.len()];
    for clause in nomination_clauses(ms, toks) {
        for t in clause.clone() {
            if !matches!(ms[t].item, Item::Title(_)) {
                continue;
            }
            let apposition =
                said_after(ms, clause.start, t).is_some_and(|x| is_person(&ms[x]) && x + 1 < t);
            proposed[t] = !apposition;
        }
    }
    // 1. Titles right before a name.
    for (k, m) in ms.iter().enumerate() {
        if !is_person(m) {
            continue;
        }
        let mut b = k;
        while b > 0 && matches!(ms[b - 1].item, Item::Rank(_)) {
            b -= 1;
        }
        // `Chủ tịch đương nhiệm A`: a word saying the title is held now,
        // between it and its holder.
        if b == k
            && b >= 2
            && matches!(&ms[b - 1].item, Item::Cue(c) if c.held_now())
            && matches!(ms[b - 2].item, Item::Title(_))
        {
            b -= 1;
        }
        // `Đại biểu Quốc hội Hà Nội Hoàng Văn Cường`: the title's place.
        if b == k
            && b >= 2
            && matches!(ms[b - 1].item, Item::Place(_))
            && matches!(ms[b - 2].item, Item::Title(_))
        {
            b -= 1;
        }
        // `Bộ trưởng Bộ Công an - Đại tướng Lương Tam Quang`; not `Phó giám
        // đốc Công an, đại tá A, trưởng phòng CSGT`: A's own title follows.
        let own_title_after = b >= 1
            && sep_is(&ms[b - 1], &[","])
            && ms.get(k + 1).is_some_and(|m| sep_is(m, &[","]))
            && ms
                .get(k + 2)
                .is_some_and(|m| matches!(m.item, Item::Title(_)));
        // (Nor a title said of many: `Thông tin với các đại biểu HĐND, đại
        // tá A (Giám đốc Sở X) cho biết`.)
        let of_many = |t: usize| counted[t] && said_of_many(ms, toks, t, 1);
        if b < k
            && b >= 2
            && sep_is(&ms[b - 1], &["-", "–", ","])
            && matches!(ms[b - 2].item, Item::Title(_))
            && !own_title_after
            && !of_many(b - 2)
        {
            b -= 1;
        }
        // `Phó Chủ tịch Ủy ban Trung ương Đảng Lao động Triều Tiên (WPK)
        // Kim Phyong - hae`: the body's abbreviation in brackets between.
        let bracketed = past_brackets(&ms[..b]);
        if b == k
            && bracketed < b
            && bracketed >= 1
            && matches!(ms[bracketed - 1].item, Item::Title(_))
        {
            b = bracketed;
        }
        if b == k && b >= 2 && sep_is(&ms[b - 1], &[","]) && leads_to_next(ms, b - 2) {
            b -= 1;
        }
        // `Trên cương vị Phó Thủ tướng Chính phủ, đồng chí X`: the post
        // a sentence opens with, then its holder.
        if b == k
            && b >= 2
            && sep_is(&ms[b - 1], &[","])
            && matches!(ms[b - 2].item, Item::Title(_))
            && ms[b - 2].start > 0
            && matches!(toks[ms[b - 2].start - 1].key.as_str(), "vị" | "trí")
        {
            b -= 1;
        }
        if b == 0 || !matches!(ms[b - 1].item, Item::Title(_)) {
            continue;
        }
        // `Thừa quyền Chủ tịch nước, Chủ tịch UBND tỉnh X Lê Hồng Vinh`,
        // `Thừa ủy quyền của Bộ trưởng Bộ Công an, Trung tướng X`: a title
        // on whose behalf someone acts is not theirs; but the name straight
        // after it is its holder's (`thừa ủy quyền của Thủ tướng Nguyễn Xuân
        // Phúc`), and `của` alone acts for no one (`chính sách của Thủ tướng
        // Đức Angela Merkel`).
        let on_behalf = |t: usize| {
            let before = |back: usize| word_before(ms, toks, t, back);
            let acting = |w: Option<&str>| matches!(w, Some("quyền" | "mặt"));
            acting(before(1))
                || before(1) == Some("của")
                    && acting(before(2))
                    && matches!(before(3), Some("ủy" | "thừa" | "thay"))
        };
        // (Unless another name follows, who acts: `thừa ủy quyền của Bộ
        // trưởng Bộ Công an, Đại tướng A, Thiếu tướng B đã trao` names the
        // minister A.)
        let actor_after = ms.get(k + 1).is_some_and(|m| sep_is(m, &[","]))
            && ms
                .get(k + 2)
                .is_some_and(|m| matches!(m.item, Item::Rank(_)) || is_person(m));
        if on_behalf(b - 1) && b != k && !actor_after {
            continue;
        }
        let mut chain = vec![b - 1];
        let mut first = b - 1;
        // (`Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Phạm Bình Minh`:
        // `kiêm`, concurrently, joins two posts of one person; so does a dash,
        // `Bộ trưởng - Chủ nhiệm Văn phòng Chính phủ A`, as the last link: not
        // `ý kiến của Thủ tướng, Bộ trưởng - Chủ nhiệm ... A`.)
        // (Not across `và` from a title of another country: `Tổng thống Mỹ
        // và Chủ tịch Triều Tiên Kim Jong-un` names two leaders.)
        let two_countries = |t: usize| {
            sep_is(&ms[t + 1], &["và"])
                && matches!((country[t], country[t + 2]), (Some(a), Some(b)) if a != b)
        };
        // (Not out of the phrase a sentence opens with: `Tại cuộc gặp Chủ
        // tịch Quốc hội Triều Tiên, Tổng thống A`, `Khi được hỏi về giám
        // đốc FBI, Tổng thống B`: its comma closes it.)
        let fronted = |x: usize| {
            sep_is(&ms[x], &[","])
                && toks
                    .first()
                    .is_some_and(|t| FRONTING.contains(&t.key.as_str()))
                && !toks[..ms[x].start].iter().any(|t| t.is("có"))
                && !ms[..x]
                    .iter()
                    .any(|m| sep_is(m, &[",", ";", ":"]) || is_person(m))
        };
        while first >= 2
            && (sep_is(&ms[first - 1], &[",", "và", "-", "–"])
                || word_at(first - 1) == Some("kiêm"))
            && matches!(ms[first - 2].item, Item::Title(_))
            && !fronted(first - 1)
            && !on_behalf(first - 2)
            && !two_countries(first - 2)
            // (Not a bare title in lower case that another word owns: `lo
            // lắng của đại biểu, Chủ tịch Quốc hội A` is the deputies' worry;
            // `của Tổng Bí thư - Chủ tịch nước A` is A's.)
            && !(word_before(ms, toks, first - 2, 1) == Some("của")
                && !toks[ms[first - 2].start].cap
                && matches!(&ms[first - 2].item,
                    Item::Title(t) if t.org.is_none() && t.implied_org.is_none()))
        {
            let dashed = sep_is(&ms[first - 1], &["-", "–"]);
            first -= 2;
            chain.push(first);
            if dashed {
                break;
            }
        }
        // Titles after an earlier person belong to that person, except the
        // one right before this name; not after `là` (`Con trai ông Thạch là
        // Ủy viên Bộ Chính trị, Phó Thủ tướng Phạm Bình Minh`: the titles
        // and the name are what the earlier person is).
        let earlier_person = (0..first)
            .rev()
            .take_while(|&x| {
                !matches!(ms[x].item, Item::Word(_))
                    && !sep_is(&ms[x], &[";"])
                    && word_at(x) != Some("là")
            })
            .find(|&x| is_person(&ms[x]));
        // (But not when that person is named after a title of their own and
        // only titles and commas follow: `Chủ tịch nước A, Ủy viên Bộ Chính
        // trị, Bí thư Thành ủy Hà Nội B` lists B's titles before B.)
        let titled_before = |x: usize| x >= 1 && matches!(ms[x - 1].item, Item::Title(_));
        let only_titles_between = |x: usize| {
            (x + 1..first).all(|y| matches!(ms[y].item, Item::Title(_)) || sep_is(&ms[y], &[","]))
        };
        let earlier_person =
            earlier_person.is_some_and(|x| !(titled_before(x) && only_titles_between(x)));
        if earlier_person {
            chain.truncate(1);
            first = b - 1;
        }
        // (`bổ nhiệm Phó Giám đốc Sở X Nguyễn Văn A giữ chức Giám đốc`: the
        // title before the name says who is appointed; the post given is the
        // one after the name's own cue.)
        let given_after = ms[k + 1..]
            .iter()
            .skip_while(|m| matches!(m.item, Item::Filler))
            .take(2)
            .map(|m| &m.item)
            .collect::<Vec<_>>();
        let given_after =
            matches!(given_after[..], [Item::Cue(c), Item::Title(_)] if gives_post(c));
        let status = match first.checked_sub(1).map(|x| &ms[x].item) {
            // (`nguyên Bộ trưởng A` is a former post; `trước khi Ngoại trưởng
            // A đến thăm` dates the visit, not the post: a `career` cue.)
            Some(Item::Cue(c))
                if c.scope == CueScope::Before && !(c.status == Status::Starts && given_after) =>
            {
                c.status
            }
            // (`Tổng thống đắc cử Mỹ A`: just elected.)
            _ if matches!(&ms[b - 1].item, Item::Title(t) if t.elected) => Status::Starts,
            _ => Status::Held,
        };
        // `Hai Phó Chủ tịch UBND tỉnh A và B`: a counted title is each
        // name's of the list after it.
        // (Not a bare title, whose bodies may differ: `các bộ trưởng A, B`.
        // Groups are kept by their last name.)
        let names_body =
            matches!(&ms[first].item, Item::Title(t) if t.org.is_some() || t.implied_org.is_some());
        let holders = groups
            .values()
            .find(|members| counted[first] && names_body && members.first() == Some(&k))
            .cloned()
            .unwrap_or_else(|| vec![k]);
        for t in chain {
            taken[t] = true;
            link_each(&mut links, &holders, t, status, false);
        }
    }
    // 1a. A title a decision gives to someone named after `cho`: `trao
    //     quyết định bổ nhiệm Phó Vụ trưởng Vụ X cho ông A` is A's, not the
    //     giver's (ahead of rule 2).
    for t in 1..ms.len() {
        let given = matches!(&ms[t - 1].item, Item::Cue(c) if gives_post(c));
        let to = ms
            .get(t + 1)
            .is_some_and(|m| matches!(&m.item, Item::Word(w) if w == "cho"));
        if taken[t] || !given || !to || !matches!(ms[t].item, Item::Title(_)) {
            continue;
        }
        if ms.get(t + 2).is_some_and(is_person) {
            taken[t] = true;
            links.push(Link {
                person: t + 2,
                title: t,
                status: Status::Starts,
                via_cue: true,
                replaced: false,
                listed: false,
            });
        }
    }
    // 1b. A title that `là` or `gồm` gives its holders: `Chủ tịch UBND A
    //     và 2 Phó Chủ tịch là B, C`, `có Chủ tịch là bà D và một Phó Chủ
    //     tịch là ông E` (ahead of rule 2, which would give it to A).
    let word_is = |x: usize, w: &[&str]| {
        ms.get(x)
            .is_some_and(|m| m.end == m.start + 1 && w.contains(&toks[m.start].key.as_str()))
    };
    for t in 0..ms.len() {
        if taken[t] || !matches!(ms[t].item, Item::Title(_)) || !word_is(t + 1, &["là", "gồm"]) {
            continue;
        }
        let mut p = t + 2;
        if word_is(p, &["các"]) {
            p += 1;
        }
        if !ms.get(p).is_some_and(is_person) {
            continue;
        }
        // The names up to the next title or `;` (`gồm anh A (SN 1987), chị
        // B (SN 1981) và anh C`).
        let holders: Vec<usize> = (p..ms.len())
            .take_while(|&x| !matches!(ms[x].item, Item::Title(_)) && !sep_is(&ms[x], &[";"]))
            .filter(|&x| is_person(&ms[x]))
            .collect();
        // (A cue counts when no one is named between it and the title: not
        // `điều chuyển ông M giữ chức T, ... gồm Chủ tịch A và 2 Phó Chủ tịch
        // là B, C`.)
        let status = (0..t)
            .rev()
            .take_while(|&x| !is_person(&ms[x]))
            .find_map(|x| match &ms[x].item {
                Item::Cue(c) if c.scope.before() => Some(c.status),
                _ => None,
            })
            .unwrap_or(Status::Held);
        taken[t] = true;
        link_each(&mut links, &holders, t, status, true);
    }
    // `Ngoại trưởng Nga A và Đại sứ Nga tại Mỹ ...`: a title after `và`
    // with no name of its own, after a name its own title stands before,
    // is another, unnamed person's (rule 2 would give it to A).
    for k in 1..ms.len().saturating_sub(2) {
        let other = is_person(&ms[k])
            && matches!(ms[k - 1].item, Item::Title(_))
            && sep_is(&ms[k + 1], &["và"])
            && matches!(ms[k + 2].item, Item::Title(_))
            && !ms
                .get(k + 3)
                .is_some_and(|m| is_person(m) || matches!(m.item, Item::Rank(_)));
        if other {
            taken[k + 2] = true;
        }
    }
    // 2. Titles after a person or group.
    for (k, m) in ms.iter().enumerate() {
        if !is_person(m) {
            continue;
        }
        // `Theo ông A, Chủ tịch tỉnh đã chuyển ...`, `Theo ông A, Thủ tướng
        // đã cho phép ...`: after the source of what is said, an office
        // written without the name of its body that goes on into a
        // predicate (a filler such as `đã`, or a clause word) is the subject
        // of the clause, another person. (Not `Theo ông A, Chủ tịch UBND
        // xã, ...`, `... Phó Chủ tịch kiêm Tổng giám đốc X, ...`, `Theo ông
        // A, Giám đốc Sở X dự báo ...`: appositions.) The source may be
        // written with its own title (`Theo Bộ trưởng A, Thủ tướng đã ...`).
        let titled = k > 0 && matches!(ms[k - 1].item, Item::Title(_));
        let source = word_before(ms, toks, k, 1) == Some("theo")
            || titled && word_before(ms, toks, k - 1, 1) == Some("theo");
        // (`Đáp lời ông A, Bí thư TP HCM cho rằng ...`, `Trả lời chất vấn
        // của đại biểu A, Bộ trưởng Bộ X cho biết ...`: after the name a
        // fronted reply is addressed to, a title that goes on into a clause
        // word is the one who replies, whatever body it names.)
        // (Asked only of a name a comma follows: most names have none.)
        let comma_after = ms.get(k + 1).is_some_and(|m| sep_is(m, &[","]));
        let object = comma_after && {
            let fronted = &toks[..ms[k].start];
            let opens = fronted.iter().rposition(|t| !t.word).map_or(0, |i| i + 1);
            fronted[opens..]
                .windows(2)
                .any(|w| matches!(w[0].key.as_str(), "trả" | "đáp") && w[1].key == "lời")
        };
        if (source || object)
            && comma_after
            && ms.get(k + 2).is_some_and(|m| {
                object && matches!(m.item, Item::Title(_)) || office_without_body_name(m)
            })
            && ms.get(k + 3).is_some_and(|m| {
                clause[k + 3]
                    || matches!(m.item, Item::Filler)
                        && !ms
                            .get(k + 4)
                            .is_some_and(|m| matches!(m.item, Item::Title(_)))
            })
        {
            continue;
        }
        let members = groups.get(&k).cloned().unwrap_or_else(|| vec![k]);
        // `Trước khi ..., ông X là T`: a former cue opening the clause; not
        // one an earlier name's predicate opens with (`ông A từng tranh cãi
        // với ông B, Giám đốc Sở X`: B's post is held).
        // (A word that qualifies a title counts only before the name itself,
        // `cố GS Nguyễn Lân`, not across a comma: `cây đổ lộ nguyên bầu, ...,
        // ông A, Phó Giám đốc Sở X`.)
        // (Nor a list's header before a colon, `Các đồng chí lãnh đạo,
        // nguyên lãnh đạo Đảng đã gửi hoa: đồng chí A, Chủ tịch Quốc hội;
        // đồng chí B, ...`: each listed name has its own; a timeline's
        // period, `Từ 3/2000 đến 9/2002: Ông là T`, is one name's.)
        let listed = ms[k..].iter().any(|m| sep_is(m, &[";"]));
        let qualifies_name = |x: usize| (x + 1..k).all(|y| !matches!(ms[y].item, Item::Sep(_)));
        let opened_former = (0..k)
            .rev()
            .take_while(|&x| !(is_person(&ms[x]) || listed && sep_is(&ms[x], &[":"])))
            .any(|x| {
                matches!(&ms[x].item, Item::Cue(c) if c.scope.before()
                && c.status == Status::Former
                && (!c.attribute || qualifies_name(x)))
                    && !ms
                        .get(x + 1)
                        .is_some_and(|m| matches!(m.item, Item::Title(_)))
                    && !(0..x)
                        .rev()
                        .find(|&y| !matches!(ms[y].item, Item::Filler))
                        .is_some_and(|y| is_person(&ms[y]))
            });
        let mut status = if opened_former {
            Status::Former
        } else {
            Status::Held
        };
        // `chỉ định ông X tham gia ...`, `bầu ông X làm ...`: a cue right
        // before the name, with the titles straight after it, is theirs.
        // (A leaving word ends the titles set off after the name too:
        // `buộc thôi việc ông A, Phó Chủ tịch UBND phường X`.)
        if let Some(Item::Cue(c)) = k.checked_sub(1).map(|b| &ms[b].item) {
            let set_off = c.status == Status::Ends
                && ms.get(k + 1).is_some_and(|m| sep_is(m, &[",", "-", "–"]))
                && ms
                    .get(k + 2)
                    .is_some_and(|m| matches!(m.item, Item::Title(_)));
            if c.scope.before()
                && (set_off
                    || ms
                        .get(k + 1)
                        .is_some_and(|m| matches!(m.item, Item::Title(_) | Item::Cue(_))))
            {
                status = c.status;
            }
        }
        // `ông A được Thủ tướng Chính phủ B bổ nhiệm làm T`: the titles
        // after the cue are A's, the subject's, not the agent B's.
        if let Some(cue) = passive_cue(ms, k) {
            scan_titles(
                ms, clause, post_noun, cue, k, &members, status, false, &mut taken, &mut links,
            );
        }
        // `người được ông B chỉ định làm T`: the agent of a passive takes
        // the titles written with the name, none after the cue.
        let own = agent_cue(ms, k).unwrap_or(ms.len());
        let first = links.len();
        scan_titles(
            &ms[..own],
            clause,
            post_noun,
            k + 1,
            k,
            &members,
            status,
            false,
            &mut taken,
            &mut links,
        );
        if moved(ms, k) {
            leave_on_transfer(ms, &mut links[first..]);
        }
    }
    // `ông A (con trai ông B) làm Chủ tịch HĐQT`, `ông A – chồng bà B – là
    // Chủ tịch`, `A (29 tuổi), con gái lớn của ông B, hiện là Chủ tịch
    // HĐQT`: a name in brackets, between dashes or between commas after
    // another, with words telling who it is, says who the first is; what
    // follows the brackets, the second dash or the second comma is the
    // first name's.
    for l in links.iter_mut() {
        let Some(open) = (0..l.person)
            .rev()
            .find(|&x| !matches!(ms[x].item, Item::Word(_)))
        else {
            continue;
        };
        let opens = |words: &[&str]| sep_is(&ms[open], words);
        let closer: &[&str] = if opens(&["("]) {
            &[")"]
        } else if opens(&[","]) {
            &[","]
        } else {
            &["-", "–"]
        };
        let close = (l.person + 1..l.title).find(|&x| sep_is(&ms[x], closer));
        let after = |c: usize| ms.get(c + 1).map(|m| &m.item);
        // The mention right after the first name, if the apposition tells
        // who that name is.
        let first = if opens(&[","]) {
            // (Between commas, a few words in lower case, not a list (`ông
            // A, và ông B, là ...`), then a predicate right after the second
            // comma: not a title, which may be B's own, nor a former word on
            // its own, `nguyên`, `cựu`, which opens B's title: `con trai
            // ông B, nguyên Chủ tịch BIDV`.)
            let words = &toks[ms[open].end..ms[l.person].start];
            let told = (1..=5).contains(&words.len())
                && words[0].word
                && !words[0].cap
                && words.iter().all(|t| t.word && !t.is("và") && !t.is("cùng"));
            let predicate = close.is_some_and(|c| {
                c == l.person + 1
                    && !matches!(after(c), Some(Item::Title(_)))
                    && !matches!(after(c),
                        Some(Item::Cue(q)) if q.status == Status::Former && !q.surface.contains(' '))
            });
            // (The first name may have a bracket after it: `(29 tuổi)`.)
            let mut before = open;
            if before >= 1 && sep_is(&ms[before - 1], &[")"]) {
                if let Some(b) = (before.saturating_sub(6)..before - 1)
                    .rev()
                    .find(|&x| sep_is(&ms[x], &["("]))
                {
                    before = b;
                }
            }
            (told && predicate).then_some(before)
        } else {
            // (Not a full name in brackets after a short one: `bà Tư Hường
            // (Trần Thị Hường)` is one person.)
            let told = open + 1 < l.person;
            // (Between dashes, a few words of kin (`chồng`, `con gái của`)
            // and a predicate after the second dash: not `A - vợ của ông B -
            // giám đốc Sở X`, where the title is B's, nor `A - bào chữa cho B
            // - đề nghị hỏi ông C - phó giám đốc`.)
            let dashed = !opens(&["("]);
            let kin = !dashed
                || ms[l.person].start - ms[open].end <= 3
                    && close.is_some_and(|c| !matches!(after(c), Some(Item::Title(_))));
            (told && kin && opens(&["(", "-", "–"]) && close.is_some()).then_some(open)
        };
        if let Some(b) = first.filter(|&b| b > 0 && is_person(&ms[b - 1])) {
            l.person = b - 1;
        }
    }
    // `Phó Thủ tướng Nguyễn Xuân Phúc (nay là Thủ tướng)`: the title before
    // a name that is followed by what the person is now was held then.
    for l in links
        .iter_mut()
        .filter(|l| l.title < l.person && l.status == Status::Held)
    {
        let after = ms[l.person].end;
        let now = |x: usize| {
            toks.get(x).is_some_and(|t| t.is("nay")) && toks.get(x + 1).is_some_and(|t| t.is("là"))
        };
        if toks
            .get(after)
            .is_some_and(|t| t.text == "(" || t.text == ",")
            && now(after + 1)
        {
            l.status = Status::Former;
        }
    }
    // 4. A title then a list: `Các Phó Chủ tịch ... tái đắc cử gồm các ông A, B`;
    //    a title then `đối với` (or `với`) a person: `phê chuẩn ... chức vụ
    //    Chủ tịch UBND tỉnh Y đối với ông X`.
    for t in 0..ms.len() {
        if taken[t] || !matches!(ms[t].item, Item::Title(_)) {
            continue;
        }
        let cue_before = (0..t).rev().find_map(|x| match &ms[x].item {
            Item::Cue(c) if c.scope.before() => Some(c.status),
            _ => None,
        });
        let mut status = cue_before.unwrap_or(Status::Held);
        let mut j = t + 1;
        let mut list_from = None;
        let mut colon_only = false;
        let mut cued = false;
        while j < ms.len() && j <= t + 8 {
            match &ms[j].item {
                Item::Cue(c) if c.scope.before() => {
                    status = c.status;
                    cued = true;
                }
                Item::Filler | Item::Word(_) | Item::Sep(_) => {}
                _ => break,
            }
            // `... gồm ông A, ông B`, `T: A, B`, `Chủ tịch ... là ông A`.
            let opens = matches!(word_at(j), Some("gồm" | "là"));
            if opens || (j == t + 1 && sep_is(&ms[j], &[":"])) {
                list_from = Some(j + 1);
                colon_only = !opens;
                break;
            }
            // (Only a post a cue changes, or one `đối với` follows at once:
            // in `Chủ tịch UBND tỉnh yêu cầu kiểm điểm đối với ông A` the
            // title is the subject's.)
            // (`với` alone, right after a title a cue changes: `miễn nhiệm
            // chức danh Ủy viên UBND tỉnh với ông A`; not `... cùng với ông B`,
            // nor a bare title, whose body the sentence may not tell.)
            let doi_voi = word_at(j) == Some("đối")
                && ms.get(j + 1).is_some_and(|m| toks[m.start].key == "với")
                && (cue_before.is_some() || cued || j == t + 1);
            let voi = word_at(j) == Some("với")
                && j == t + 1
                && cue_before.is_some()
                && named_body(&ms[t]).is_some();
            if doi_voi || voi {
                // `... đối với bà A, B, C`: each of them.
                let mut p = if voi { j + 1 } else { j + 2 };
                while ms.get(p).is_some_and(is_person) {
                    taken[t] = true;
                    links.push(Link {
                        person: p,
                        title: t,
                        status,
                        via_cue: true,
                        replaced: false,
                        listed: false,
                    });
                    // The next person of the list, past this one's own titles
                    // (`đối với ông A - Giám đốc Sở X; ông B - ...`).
                    let next = (p + 1..ms.len())
                        .take_while(|&x| {
                            matches!(
                                ms[x].item,
                                Item::Sep(_) | Item::Title(_) | Item::Rank(_) | Item::Filler
                            ) || is_person(&ms[x])
                        })
                        .find(|&x| is_person(&ms[x]) && sep_is(&ms[x - 1], &[",", ";", "và"]));
                    match next {
                        Some(x) => p = x,
                        None => break,
                    }
                }
                break;
            }
            j += 1;
        }
        // (The list opens with a name, past a colon, ranks, the names' own
        // titles and at most two words (`gồm các ông: A`, `là TS A`): not
        // `Yêu cầu của Thủ tướng là tạo ra cải cách ..., Bộ trưởng A nói`,
        // where `là` tells what the title's holder asks.)
        let opens_with_name = |from: usize| {
            let mut words = 0;
            (from..ms.len())
                .find(|&x| match &ms[x].item {
                    Item::Filler | Item::Rank(_) | Item::Title(_) => false,
                    Item::Sep(s) => s != ":",
                    Item::Word(_) => {
                        words += 1;
                        words > 2
                    }
                    _ => true,
                })
                .is_some_and(|x| is_person(&ms[x]))
        };
        if let Some(from) = list_from.filter(|&from| opens_with_name(from)) {
            // (`Đại sứ Mỹ: cố Thủ tướng A ...`: after a bare colon, a name
            // with a title of its own right before it is what the holder of
            // the first title speaks of; after `gồm:`, `là:` it is a member
            // of the list.)
            // (`các đồng chí Ủy viên Bộ Chính trị: Phó Thủ tướng A; ...`: a
            // title said of many opens a list whose members have titles of
            // their own.)
            let many = said_of_many(ms, toks, t, 3);
            let titled = |p: usize| {
                colon_only && !many && p > from && matches!(ms[p - 1].item, Item::Title(_))
            };
            // (The list ends where another title said of many opens one of
            // its own: `các đồng chí Ủy viên Bộ Chính trị: A, T1; B, T2; các
            // đồng chí Ủy viên Trung ương Đảng: C, T3`; not at a part of the
            // list, `6 Ủy viên Bộ Chính trị, gồm: A; 3 Phó Thủ tướng: B, C`.)
            let end = (from..ms.len())
                .find(|&x| {
                    matches!(ms[x].item, Item::Title(_))
                        && ms.get(x + 1).is_some_and(|m| sep_is(m, &[":"]))
                        && said_of_many(ms, toks, x, 3)
                })
                .unwrap_or(ms.len());
            for p in (from..end).filter(|&p| is_person(&ms[p]) && !titled(p)) {
                taken[t] = true;
                links.push(Link {
                    person: p,
                    title: t,
                    status,
                    via_cue: cued,
                    replaced: false,
                    listed: true,
                });
            }
        }
    }
    // 5. `... T thay (cho) ông Y`: Y leaves T.
    for t in 0..ms.len() {
        if !matches!(ms[t].item, Item::Title(_)) {
            continue;
        }
        let mut j = t + 1;
        // (`giữ chức Bí thư Tỉnh ủy, thay cho ông Y`: a comma between.)
        while j < ms.len()
            && j <= t + 4
            && (matches!(ms[j].item, Item::Filler | Item::Word(_)) || sep_is(&ms[j], &[","]))
        {
            if word_at(j) == Some("thay") {
                let mut p = j + 1;
                if ms.get(p).is_some_and(|m| toks[m.start].key == "cho") {
                    p += 1;
                }
                if ms.get(p).is_some_and(is_person) {
                    links.push(Link {
                        person: p,
                        title: t,
                        status: Status::Ends,
                        via_cue: true,
                        replaced: true,
                        listed: false,
                    });
                }
                break;
            }
            j += 1;
        }
    }
    // 3. A list of titles after a cue, far from any name (`ông Vinh sinh năm
    //    1968, ..., từng là T1, T2; T3`): the nearest person before the cue.
    for c in 0..ms.len() {
        let Item::Cue(cue) = &ms[c].item else {
            continue;
        };
        if !cue.scope.before() {
            continue;
        }
        let first = (c + 1..ms.len())
            .find(|&x| !matches!(ms[x].item, Item::Filler | Item::Sep(_) | Item::Cue(_)));
        if !first.is_some_and(|t| matches!(ms[t].item, Item::Title(_)) && !taken[t]) {
            continue;
        }
        // (Nor past a comma, which closes the cue's clause: `sau khi Bộ
        // trưởng X, ông A từ chức, Ngoại trưởng Anh, ông B cũng ...`.)
        if first.is_some_and(|t| (c + 1..t).any(|x| sep_is(&ms[x], &[","]))) {
            continue;
        }
        // (Nor titles of someone the person addresses or meets, after
        // `cho`, `tới`, `với`: `A trao hoa cho tân Phó Giám đốc Sở`, `A gửi
        // lời chúc mừng tới tân Quốc vương`, `A làm việc với tân Chủ tịch`
        // name no post of A's.)
        // (Nor someone else's, after `của`: `cháu rể của cố Thủ tướng`; nor
        // the agent's, a former title after `được` or `bị`: `được cố Thủ
        // tướng tặng bằng khen`.)
        let before_cue = c
            .checked_sub(1)
            .map(|b| toks[ms[b].start].key.as_str())
            .unwrap_or("");
        let agent = cue.status == Status::Former && matches!(before_cue, "được" | "bị");
        if matches!(before_cue, "cho" | "tới" | "với" | "của") || agent {
            continue;
        }
        let Some(p) = (0..c).rev().find(|&x| is_person(&ms[x])) else {
            continue;
        };
        // (`đều là T`, all are: the titles of a list of names, not of one
        // named before it: `A cử B và C, cả hai đều là cố vấn`.)
        let all = cue.surface.starts_with("đều ");
        if all && groups.get(&p).is_none_or(|members| members.len() < 2) {
            continue;
        }
        // (Nor past a capitalized foreign word right before the cue, a name
        // the reader did not take for one, whose titles they are: `Dưới
        // thời Tổng thống A, Bolton giữ chức thứ trưởng`.)
        let unread_subject = ms[c - 1].end == ms[c].start
            && matches!(ms[c - 1].item, Item::Word(_))
            && foreign_word(&toks[ms[c].start - 1])
            && is_title_case(&toks[ms[c].start - 1])
            && ms[c - 1].start > ms[p].end;
        if unread_subject {
            continue;
        }
        // (Nor the agent of a passive: `được ông B chỉ định làm T`. But a
        // title with no name right after `được` is the agent itself, and the
        // name before it the one given the post: `ông A được Thủ tướng bổ
        // nhiệm giữ chức T`.)
        let agent_title = matches!(ms[c - 1].item, Item::Title(_))
            && (p + 1..c)
                .rev()
                .find(|&x| !matches!(ms[x].item, Item::Title(_) | Item::Filler))
                .is_some_and(|x| matches!(&ms[x].item, Item::Word(w) if w == "được"));
        let title_between = (p + 1..c).any(|x| matches!(ms[x].item, Item::Title(_)));
        if (title_between && !agent_title) || agent_cue(ms, p).is_some() {
            continue;
        }
        // (Nor the one who gives the post: `Thủ tướng A ký quyết định bổ
        // nhiệm Thứ trưởng Bộ X`, `A công bố kết quả bầu T`; a predicate of
        // its own stands between them, with no `được` nor another cue: not
        // `ông A được điều động về ... và bổ nhiệm T`.)
        let between = &ms[p + 1..c];
        let passive = between.iter().any(|m| match &m.item {
            Item::Word(w) => w == "được" || w == "bị",
            Item::Cue(_) => true,
            _ => false,
        });
        let predicate = between.iter().any(|m| matches!(m.item, Item::Word(_)));
        // (A word that qualifies the title, `cựu`, `tân`, gives it across no
        // predicate but `là`, or where a comma or a dash sets the title off
        // as another apposition (`ông A - chuyên viên cao cấp, nguyên Ủy viên
        // ...`): not `ông A ngăn cựu Giám đốc FBI tiết lộ ...`.)
        if cue.attribute && predicate && !matches!(before_cue, "là" | "," | "-" | "–") {
            continue;
        }
        // (Nor the one who asks for someone's dismissal or gives it: `Bí
        // thư A yêu cầu cách chức Trưởng phòng X`, `Tổng thống A miễn nhiệm
        // Chánh Văn phòng`. But a giver of leaving told as a discipline of
        // the one before it ends that one's titles: `kỷ luật ông A bằng hình
        // thức: cách chức T`, `ông A nhận kỷ luật cảnh cáo; Bộ Chính trị cho
        // thôi chức T`.)
        let discipline_form = || {
            toks[ms[p].end..ms[c].start].windows(2).any(|w| {
                matches!(
                    (w[0].key.as_str(), w[1].key.as_str()),
                    ("hình", "thức") | ("kỷ", "luật")
                )
            })
        };
        // (A taking given with no predicate before it is given by the one
        // before it too: `Tổng thống A vừa chỉ định quyền Ngoại trưởng`.)
        if cue.giver
            && (predicate || cue.status == Status::Starts)
            && !passive
            && (cue.status == Status::Starts || !discipline_form())
        {
            continue;
        }
        scan_titles(
            ms,
            clause,
            post_noun,
            c,
            p,
            &[p],
            Status::Held,
            false,
            &mut taken,
            &mut links,
        );
    }
    // `kể từ khi ông X đắc cử Tổng thống`: a post taken since when something
    // else happened is held, not taken in the news; so is the post of a body
    // described by who heads it: `Công ty X do ông A (SN 1985) làm Tổng giám
    // đốc`, `trường X, nơi ông A làm hiệu trưởng` (`do`, by; `nơi`, where).
    // A time named by who served then is one of the past: `dưới thời ông A
    // làm Bí thư` (`thời`, the time of).
    // (After every rule, the cue lists of rule 3 included.)
    let past_frame = ms
        .iter()
        .find(|m| !matches!(m.item, Item::Filler | Item::Sep(_)))
        .is_some_and(
            |m| matches!(&m.item, Item::Cue(c) if c.status == Status::Former && c.scope.before()),
        );
    for l in links.iter_mut().filter(|l| l.status == Status::Starts) {
        let after_since = |x: usize| {
            word_before(ms, toks, x, 2) == Some("từ") && word_before(ms, toks, x, 1) == Some("khi")
        };
        // (Also with the name before the cue: `ông A đi nghỉ lần thứ 5 kể
        // từ khi trở thành tổng thống`.)
        let since = after_since(l.person)
            || (0..l.title)
                .rev()
                .find(|&x| matches!(&ms[x].item, Item::Cue(c) if c.status == Status::Starts))
                .filter(|&c| l.person < c)
                .is_some_and(after_since);
        // (The name may follow its own titles, its rank or a word of
        // address: `do Đại tá A`, `do Phó Chánh Thanh tra A`, `do TS A`.)
        let phrase = (0..l.person)
            .rev()
            .take_while(|&x| matches!(ms[x].item, Item::Title(_) | Item::Rank(_)))
            .last()
            .unwrap_or(l.person);
        let lead_at = |back: usize| {
            word_before(ms, toks, phrase, back).filter(|w| matches!(*w, "do" | "nơi" | "thời"))
        };
        let addressed = phrase > 0
            && matches!(ms[phrase - 1].item, Item::Word(_))
            && ms[phrase - 1].end == ms[phrase].start
            && ms[phrase - 1].end - ms[phrase - 1].start == 1;
        let lead = lead_at(1).or_else(|| lead_at(2).filter(|_| addressed));
        let described = l.person < l.title && lead.is_some() && {
            // (Past the name's brackets.)
            let mut next = l.person + 1;
            if ms.get(next).is_some_and(|m| sep_is(m, &["("])) {
                next = (next..l.title)
                    .find(|&x| sep_is(&ms[x], &[")"]))
                    .map_or(next, |x| x + 1);
            }
            // (And past the name's own titles and their places: `Đoàn công
            // tác do đồng chí A, Tổng Giám đốc TTXVN làm Trưởng đoàn`, `do
            // ông A - Phó Chánh Thanh tra huyện X (tỉnh Y) - làm T`.)
            while next < l.title
                && (sep_is(&ms[next], &[",", "-", "–", "(", ")"])
                    || matches!(
                        ms[next].item,
                        Item::Title(_) | Item::Rank(_) | Item::Place(_)
                    ))
            {
                next += 1;
            }
            word_at(next) == Some("làm")
                || matches!(&ms[next].item,
                    Item::Cue(c) if PLAIN_PREDICATES.contains(&c.surface.as_str()))
        };
        // (A body described so in a sentence that opens in the past is
        // described as it was: `Trong thời gian giữ chức T1, ... Công ty X
        // do A làm T2`.)
        if described && (lead == Some("thời") || past_frame) {
            l.status = Status::Former;
        } else if since || described {
            l.status = Status::Held;
        }
    }
    // `Khi đó, ông A là T`, `Thời điểm đó, ông B đang là T`: a sentence
    // opened by a time of the past and a comma says who held what then. (Not
    // a title of who acts then, who may still hold it: `Khi đó, Tổng thống A
    // đã được thông báo`; nor `Trong lúc đó`, meanwhile.)
    let then_frame = matches!(
        ms,
        [Mention { item: Item::Cue(c), .. }, comma, ..]
            if c.status == Status::Former && c.scope == CueScope::After && sep_is(comma, &[","])
    );
    if then_frame {
        for l in links.iter_mut().filter(|l| {
            l.status == Status::Held
                && l.person < l.title
                && word_before(ms, toks, l.title, 1) == Some("là")
        }) {
            l.status = Status::Former;
        }
    }
    // `Theo ông A, sau khi được phân công làm T, thầy B ...`, `Theo ông A,
    // tổng thống đắc cử cũng nhấn mạnh ...`: after `Theo A,` opening a
    // sentence, the rest is what A says; a title there is A's only in
    // apposition: in the titles right after the comma (not one that names
    // no body and goes straight on into the clause: `Theo ông A, Thủ tướng
    // cho rằng`).
    if let [Mention {
        item: Item::Word(w),
        ..
    }, Mention {
        item: Item::Person { .. },
        ..
    }, comma, ..] = ms
    {
        if w == "theo" && sep_is(comma, &[","]) {
            let in_apposition = |t: usize| {
                let listed = ms[3..t].iter().all(|m| {
                    matches!(
                        m.item,
                        Item::Title(_) | Item::Cue(_) | Item::Filler | Item::Org(_)
                    ) || sep_is(m, &[",", "(", ")", "-", "–"])
                        || matches!(&m.item, Item::Word(w) if w == "kiêm")
                });
                let Item::Title(title) = &ms[t].item else {
                    return false;
                };
                let into_clause = title.org.is_none()
                    && toks
                        .get(ms[t].end)
                        .is_some_and(|w| w.word && !w.cap && w.key != "kiêm");
                listed && !into_clause
            };
            links.retain(|l| l.person != 1 || l.title < 3 || in_apposition(l.title));
        }
    }
    // `giữ chức T từ tháng 8/1991 đến tháng 8/1996`: a span that has closed
    // is a post of the past (`đến nay`, to this day: still held).
    for l in links.iter_mut() {
        if matches!(l.status, Status::Starts | Status::Held) && closed_span_after(ms, toks, l.title)
        {
            l.status = Status::Former;
        }
    }
    // `Chủ tịch UBND tỉnh Vương Văn A (hiện đã nghỉ hưu)`: a cue of the past
    // right after a name makes the title written before it former; a cue of
    // leaving (`Bộ trưởng Quốc phòng Anh A tháng 11 xin từ chức`, `Giám đốc
    // Sở X B bị cách chức`) ends it, unless the cue names what is left
    // (`Chủ tịch UBND tỉnh A thôi giữ chức Bí thư Huyện ủy`).
    for l in links
        .iter_mut()
        .filter(|l| l.title < l.person && l.status == Status::Held)
    {
        if let Some(status) = told_after_name(ms, l.person) {
            l.status = status;
        }
    }
    // `bầu bổ sung ông A - T1; bà B - T2 vào Ban Thường vụ`: the seat is
    // every elected person's, from the election cue on.
    for (j, m) in ms.iter().enumerate() {
        let Item::Title(t) = &m.item else { continue };
        if !t.joined {
            continue;
        }
        let Some(cue) = (0..j)
            .rev()
            .find(|&x| matches!(&ms[x].item, Item::Cue(c) if c.scope.before()))
        else {
            continue;
        };
        let mut elected: Vec<usize> = (cue + 1..j).filter(|&p| is_person(&ms[p])).collect();
        // (`ông A, T, được bầu vào Ban Chấp hành`: the subject.)
        if elected.is_empty() {
            elected.extend(
                (0..cue)
                    .rev()
                    .take_while(|&x| {
                        is_person(&ms[x])
                            || matches!(ms[x].item, Item::Title(_) | Item::Filler | Item::Rank(_))
                            || sep_is(&ms[x], &[",", "-", "–"])
                    })
                    .find(|&x| is_person(&ms[x])),
            );
        }
        for p in elected {
            if !links.iter().any(|l| l.person == p && l.title == j) {
                links.push(Link {
                    person: p,
                    title: j,
                    status: Status::Starts,
                    via_cue: true,
                    replaced: false,
                    listed: false,
                });
            }
        }
    }
    links.retain(|l| !proposed[l.title]);
    // `Tổng thống Trump và các nghị sĩ`, `158/315 nghị sĩ`: a title after a
    // word of number is many people's; no name before it holds it.
    let plural = |t: usize| {
        let before = toks[..ms[t].start]
            .iter()
            .rev()
            .skip_while(|w| matches!(w.key.as_str(), "nữ" | "nam"));
        before
            .take(1)
            .any(|w| matches!(w.key.as_str(), "các" | "những" | "nhiều" | "mấy") || w.is_number())
    };
    links.retain(|l| !(l.person < l.title && plural(l.title)));
    // `quyết định của Tổng thống Mỹ là Thượng nghị sĩ A`: a title that owns
    // something (`của`) and that `là` follows with another title is not the
    // holder named after them.
    let owner = |l: &Link| {
        let start = ms[l.title].start;
        l.title < l.person
            && start > 0
            && toks[start - 1].is("của")
            && ms
                .get(l.title + 1)
                .is_some_and(|m| toks.get(m.start).is_some_and(|t| t.is("là")))
            && (l.title + 2..l.person).any(|x| matches!(ms[x].item, Item::Title(_)))
    };
    links.retain(|l| !owner(l));
    // `hội kiến Tổng thống Đức X, Thủ tướng khẳng định ...`: a bare title
    // after a name its own title came before, and right before what is
    // said, is the subject of the next clause, not X's.
    let subject = |l: &Link| {
        let (p, t) = (l.person, l.title);
        let Item::Title(title) = &ms[t].item else {
            return false;
        };
        title.org.is_none()
            && p > 0
            && t == p + 2
            && matches!(ms[p - 1].item, Item::Title(_))
            && sep_is(&ms[p + 1], &[","])
            && clause.get(t + 1).copied().unwrap_or(false)
    };
    links.retain(|l| !subject(l));
    // `Chủ tịch Hạ viện, bà Nancy Pelosi`, `Chủ tịch Tập đoàn BRG - bà
    // Nguyễn Thị Nga cho biết`: a title, a comma or dash, and a name with its
    // honorific is the name's title, when the title has no holder yet and
    // the name no title of its own after it. So is a name without one
    // between two commas: `Theo phát ngôn viên Điện Kremlin, Dmitry Peskov,
    // ...`.
    for t in 0..ms.len().saturating_sub(2) {
        let Item::Title(_) = &ms[t].item else {
            continue;
        };
        let p = t + 2;
        let full = matches!(ms[p].item, Item::Person { short: false, .. });
        let between_commas =
            sep_is(&ms[t + 1], &[","]) && ms.get(p + 1).is_some_and(|m| sep_is(m, &[","]));
        let honored =
            full && (matches!(toks[ms[p].start].key.as_str(), "ông" | "bà") || between_commas);
        // (Its own: right after it or after a comma or dash; not the next
        // guest's after `;` or `và`: `Bộ trưởng Bộ X, ông A; Chủ tịch UBND
        // tỉnh Y, ông B`.)
        let titled = |x: usize| ms.get(x).is_some_and(|m| matches!(m.item, Item::Title(_)));
        let own_title = titled(p + 1)
            || ms
                .get(p + 1)
                .is_some_and(|m| sep_is(m, &[",", "-", "–", "("]))
                && titled(p + 2);
        // (Not a title another word takes as its own: `người phát ngôn của
        // Tổng thống Nga, ông Peskov`, `vợ Tổng thống Pháp, bà Brigitte`.
        // In lower case it is the name's all the same: `phó chủ tịch UBND
        // TP. HCM, ông Trần Vĩnh Tuyến`.)
        let complement = plural(t)
            || t > 0
                && (matches!(ms[t - 1].item, Item::Title(_))
                    || ms[t].start > 0
                        && matches!(
                            toks[ms[t].start - 1].key.as_str(),
                            "của" | "vợ" | "nhân" | "chồng"
                        ));
        if sep_is(&ms[t + 1], &[",", "-", "–"])
            && honored
            && !own_title
            && !complement
            && !links.iter().any(|l| l.title == t || l.person == p)
        {
            // (`Nguyên Giám đốc ..., ông X`: the cue before the title.)
            let status = t
                .checked_sub(1)
                .and_then(|c| match &ms[c].item {
                    Item::Cue(c) if c.scope.before() => Some(c.status),
                    _ => None,
                })
                .unwrap_or(Status::Held);
            links.push(Link {
                person: p,
                title: t,
                status,
                via_cue: false,
                replaced: false,
                listed: false,
            });
        }
    }
    succession(ms, toks, &mut links);
    // `cố vấn Tổng thống Iran A`, `ông B, phát ngôn viên Tổng thống`: the
    // title is the one A and B serve, not theirs.
    links.retain(|l| !served[l.title]);
    links
}

/// Whether the person at `k` is the one a transfer word before the name
/// moves (`điều động ông A`, `điều động, bổ nhiệm Thiếu tướng A`): only
/// other cues, ranks, fillers and commas stand between them.
fn moved(ms: &[Mention], k: usize) -> bool {
    (0..k)
        .rev()
        .take_while(|&x| {
            matches!(ms[x].item, Item::Cue(_) | Item::Rank(_) | Item::Filler)
                || sep_is(&ms[x], &[",", "và"])
        })
        .any(|x| matches!(&ms[x].item, Item::Cue(c) if c.scope == CueScope::Transfer))
}

/// `điều động ông A, Chủ tịch Tổng Liên đoàn, làm Bí thư Tỉnh ủy X`: the
/// offices written with the name of someone transferred to a post are left
/// (guide 1.4, transferred away); seats are kept, and so is every post when
/// the text says which are left (`thôi giữ chức T1 để giữ chức T2`).
fn leave_on_transfer(ms: &[Mention], mine: &mut [Link]) {
    if mine.iter().any(|l| l.status == Status::Ends) {
        return;
    }
    let Some(taken) = mine
        .iter()
        .find(|l| l.status == Status::Starts)
        .map(|l| l.title)
    else {
        return;
    };
    for l in mine.iter_mut() {
        let seat = matches!(&ms[l.title].item, Item::Title(t) if is_seat(&t.role));
        if l.status == Status::Held && l.title < taken && !seat {
            l.status = Status::Ends;
        }
    }
}

/// `A kế nhiệm B làm T`, `A thay ông B làm T`: the post the cue gives after
/// the predecessor is the successor's, who starts it; the predecessor
/// leaves it (it was read as B's, B being the person right before the cue).
fn succession(ms: &[Mention], toks: &[Token], links: &mut Vec<Link>) {
    let mut successors = Vec::new();
    for l in links.iter_mut() {
        // (Not through an apposition: `A thay bà B - vừa được bầu làm T`
        // says what B became. A comma may close the predecessor's name:
        // `A sẽ thay ông B, làm quyền Bộ trưởng`.)
        let comma = ms.get(l.person + 1).is_some_and(|m| sep_is(m, &[","]));
        let cued = l.person < l.title
            && ms[l.person + 1 + usize::from(comma)..l.title]
                .iter()
                .all(|m| matches!(m.item, Item::Cue(_) | Item::Filler));
        if l.status != Status::Starts || l.replaced || !cued {
            continue;
        }
        let start = ms[l.person].start;
        let keys = |back: usize| word_before(ms, toks, l.person, back);
        let word = match (keys(2), keys(1)) {
            (Some("kế"), Some("nhiệm")) | (Some("thay"), Some("thế")) => 2,
            (_, Some("thay")) => 1,
            _ => continue,
        };
        // (The mention that holds the word's first token.)
        let first = start - word;
        let Some(at) = ms.iter().position(|m| m.start <= first && first < m.end) else {
            continue;
        };
        let Some(successor) = (0..at)
            .rev()
            .find(|&x| !matches!(ms[x].item, Item::Filler))
            .filter(|&x| is_person(&ms[x]))
        else {
            continue;
        };
        successors.push(Link {
            person: successor,
            replaced: false,
            listed: false,
            ..l.clone()
        });
        l.status = Status::Ends;
        l.replaced = true;
    }
    links.extend(successors);
}

/// Whether title `t` is followed right away by a span that has closed with
/// a year (`T từ tháng 8/1991 đến tháng 8/1996`, `T đến năm 2017`). (Not a
/// span further on: `T cho biết, đến năm 2030 ...` is a plan.)
fn closed_span_after(ms: &[Mention], toks: &[Token], t: usize) -> bool {
    let stop = ms[t + 1..]
        .iter()
        .find(|m| is_person(m) || matches!(m.item, Item::Title(_)) || sep_is(m, &[";"]))
        .map_or(toks.len(), |m| m.start);
    let after = &toks[ms[t].end.min(stop)..stop];
    // (`1996`, or a date that ends with it: `8/1996`, `1989-2002`)
    let dated = |y: &Token| trailing_year(y).is_some_and(|y| (1900..2100).contains(&y));
    // (Past a bracket that names the body, `Ngân hàng Phát triển Trung
    // Quốc (CDB) từ năm 2013 ...`; into one that holds the span, `T (2010 -
    // 2015)`.)
    let named = (after.first().is_some_and(|w| w.text == "("))
        .then(|| after.iter().take(5).position(|w| w.text == ")"))
        .flatten()
        .filter(|&close| !after[..close].iter().any(dated));
    let after = match named {
        Some(close) => &after[close + 1..],
        None => &after[after.iter().take_while(|w| w.text == "(").count()..],
    };
    // `T giai đoạn 1989-2002`, `T (2010 - 2015)`: a span of years.
    let period = usize::from(after.first().is_some_and(|w| w.key == "trong"));
    let period = period
        + match after.get(period..period + 2) {
            Some([a, b]) if (a.is("giai") && b.is("đoạn")) || (a.is("thời") && b.is("kỳ")) => {
                2
            }
            _ => 0,
        };
    let opens = after
        .first()
        .is_some_and(|w| matches!(w.key.as_str(), "từ" | "đến"))
        || period > 0
        || after.first().is_some_and(dated);
    if !opens {
        return false;
    }
    // (`1989-2002` written as one word.)
    let range = |y: &Token| joined_years(y).is_some() && dated(y);
    if after.get(period).is_some_and(range) {
        return true;
    }
    after.iter().enumerate().any(|(i, w)| {
        let dash = matches!(w.text.as_str(), "-" | "–") && i > 0 && dated(&after[i - 1]);
        // (`đến tháng 8/1996`, `cho tới khi từ chức vào tháng 9/2018`.)
        let until = matches!(w.key.as_str(), "đến" | "tới")
            && after.get(i + 1).is_some_and(|n| {
                matches!(n.key.as_str(), "tháng" | "năm" | "ngày" | "khi") || dated(n)
            });
        (dash || until) && after[i + 1..].iter().take(7).any(dated)
    })
}

/// The plain word mention `x` is, if it is one.
fn word_of(ms: &[Mention], x: usize) -> Option<&str> {
    match ms.get(x).map(|m| &m.item) {
        Some(Item::Word(w)) => Some(w.as_str()),
        _ => None,
    }
}

/// `A hôm nay cho biết ông đã nộp đơn xin từ chức`: where the one named at
/// `person` says something of himself, a word of saying and then `ông` or
/// `bà` in the same clause (no comma, title or other name between), the
/// index of that pronoun.
fn said_of_self(ms: &[Mention], person: usize) -> Option<usize> {
    let word = |x: usize| word_of(ms, x);
    let says = (person + 1..ms.len().min(person + 16))
        .take_while(|&x| !is_person(&ms[x]) && !matches!(ms[x].item, Item::Title(_) | Item::Sep(_)))
        .find(|&x| {
            matches!(
                (word(x - 1), word(x)),
                (Some("cho"), Some("biết"))
                    | (Some("tuyên"), Some("bố"))
                    | (Some("xác"), Some("nhận"))
                    | (_, Some("nói"))
            )
        })?;
    let pronoun = says + 1 + usize::from(matches!(word(says + 1), Some("rằng" | "là")));
    matches!(word(pronoun), Some("ông" | "bà")).then_some(pronoun)
}

/// What a cue right after the name at `person` says of the titles written
/// before the name: former (`A (hiện đã nghỉ hưu)`) or left (`A xin từ
/// chức`, `A bị cách chức`), past a time or a manner (`A tháng 11 xin từ
/// chức`, `A bất ngờ bị sa thải`). A cue of leaving that names the title
/// left (`A thôi giữ chức T`) says nothing of the others, nor one that A
/// does to another (`A miễn nhiệm ông B`: a giver in cues.tsv).
fn told_after_name(ms: &[Mention], person: usize) -> Option<Status> {
    told_right_after(ms, person).or_else(|| told_right_after(ms, said_of_self(ms, person)?))
}

/// Whether what is told right after the name at `person` is asked of its
/// holder or supposed, not told as done: `buộc Tổng thống A từ chức`,
/// `yêu cầu ông A từ chức`, `nếu Thủ tướng A từ chức`. Read back over the
/// name's titles to the first word of the clause before them.
fn asked_of(ms: &[Mention], person: usize) -> bool {
    let word = |x: usize| word_of(ms, x);
    let Some(first) = (0..person).rev().find(|&x| {
        !matches!(ms[x].item, Item::Title(_) | Item::Filler) && !sep_is(&ms[x], &["-", "–"])
    }) else {
        return false;
    };
    matches!(
        (first.checked_sub(1).and_then(word), word(first)),
        (_, Some("buộc" | "nếu" | "để" | "đòi"))
            | (Some("yêu"), Some("cầu"))
            | (Some("đề"), Some("nghị"))
            | (Some("kêu"), Some("gọi"))
            | (Some("thuyết"), Some("phục"))
    )
}

/// [`told_after_name`], of the cue right after the mention at `person`.
fn told_right_after(ms: &[Mention], person: usize) -> Option<Status> {
    // (`tháng 11`, `hôm 25/8`, `ngày 22/12`, `tuần trước`; and how:
    // `A bất ngờ bị sa thải`, `A đột ngột xin từ chức`)
    let aside = |w: &str| {
        matches!(
            w,
            "ngày" | "tháng" | "năm" | "hôm" | "tuần" | "qua" | "trước" | "này"
        ) || matches!(w, "bất" | "ngờ" | "đột" | "ngột")
            || w.chars().all(|c| c.is_ascii_digit() || c == '/')
    };
    // (Past what a bracket after the name says of them: `Phó bí thư khác
    // là bà A (Chủ tịch HĐND TP HCM) nghỉ hưu`.)
    // (Not a bracket that holds a cue: `(hiện đã nghỉ hưu)` is the cue
    // itself.)
    let bracket_end = ms
        .get(person + 1)
        .filter(|m| sep_is(m, &["("]))
        .and_then(|_| (person + 2..ms.len().min(person + 12)).find(|&x| sep_is(&ms[x], &[")"])))
        .filter(|&close| {
            !ms[person + 2..close]
                .iter()
                .any(|m| matches!(m.item, Item::Cue(_)))
        });
    let from = bracket_end.unwrap_or(person);
    let cue = (from + 1..ms.len().min(from + 8)).find(|&x| match &ms[x].item {
        Item::Filler => false,
        Item::Word(w) => !aside(w),
        _ => !sep_is(&ms[x], &["(", ",", "-", "–"]),
    })?;
    let Item::Cue(c) = &ms[cue].item else {
        return None;
    };
    if asked_of(ms, person) {
        return None;
    }
    // (After a comma, a leaving is another's: `đảng của Tổng thống A, đã
    // tuyên bố từ chức`.)
    let comma = (from + 1..cue).any(|x| sep_is(&ms[x], &[","]));
    // (Not a title of another clause: `A xin từ chức và được Thủ tướng B
    // chấp thuận`.)
    let names_left = || {
        ms[cue + 1..]
            .iter()
            .take_while(|m| !is_person(m) && !sep_is(m, &["và"]))
            .any(|m| matches!(m.item, Item::Title(_)))
    };
    let moved_to = || {
        ms[cue + 1..]
            .iter()
            .take_while(|m| !is_person(m) && !sep_is(m, &["và", ",", "."]))
            .any(|m| matches!(m.item, Item::Title(_) | Item::Org(_)))
    };
    match (c.scope, c.status) {
        (CueScope::After, Status::Former) => Some(Status::Former),
        (CueScope::After, Status::Ends) if !comma => Some(Status::Ends),
        (CueScope::After, Status::Starts) if !comma => Some(Status::Starts),
        // (`Phó Chủ tịch A được điều chuyển về Ban Tổ chức`: moved away to
        // a body or post it names before anyone else, not `A điều động ông
        // B` nor `A được phân công theo mảng tài chính`.)
        (CueScope::Transfer, Status::Ends) if !comma && !c.giver && moved_to() => {
            Some(Status::Ends)
        }
        (scope, Status::Ends) if scope.before() && !comma && !c.giver && !names_left() => {
            Some(Status::Ends)
        }
        _ => None,
    }
}
