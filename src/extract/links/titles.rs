/*!
The shapes that linking reads: runs of titles chained by commas, groups of
people joined by commas and `và`, the scan of the titles after a person
(rule 2 of the guide §1.1), and ranks before names. Part of `links`.
*/

use super::*;
use crate::extract::tokens::is_life_record;

/// Whether the title at mention `t` is said of many: `các` or `những`
/// among the `back` words right before it (`các đại biểu`, `các đồng chí
/// Ủy viên Bộ Chính trị`).
pub(crate) fn said_of_many(ms: &[Mention], toks: &[Token], t: usize, back: usize) -> bool {
    toks[..ms[t].start]
        .iter()
        .rev()
        .take(back)
        .take_while(|x| x.word)
        .any(|x| matches!(x.key.as_str(), "các" | "những"))
}

/// Whether `other` is a post of the same office as `role`, so that one may
/// lend its body to the other: the same office but for a deputy's, an
/// acting holder's or a standing member's word (`Phó Giám đốc` and `Giám
/// đốc`, `Phó Chủ tịch Thường trực` and `Chủ tịch`); not offices that share
/// only a last word (`Cục trưởng` and `Thứ trưởng`, `Tổng Giám đốc` and
/// `Giám đốc`).
pub(crate) fn same_office(role: &str, other: &str) -> bool {
    fn office(role: &str) -> String {
        let role = role.trim_start_matches(ACTING).trim_start_matches("Phó ");
        let role = role.trim_end_matches(" Thường trực");
        role.to_lowercase()
    }
    office(role) == office(other)
}

/// A seat in a body rather than an office of it: kept when its holder takes
/// another post.
pub(crate) fn is_seat(role: &str) -> bool {
    role.starts_with("Ủy viên") || matches!(role, "Đại biểu" | "Thành viên")
}

/// A party committee or board named only by its kind (`Đảng ủy`, `Chi
/// bộ`, `Đảng đoàn`, `Hội đồng quản trị`), or a board of one (`Ủy ban Kiểm tra Đảng
/// ủy`), which says nothing without its body.
pub(crate) fn is_bare(o: &OrgPhrase) -> bool {
    o.locality.is_none()
        && o.segments.last().is_some_and(|last| {
            matches!(
                last.text.as_str(),
                "Đảng ủy"
                    | "Chi bộ"
                    | "Đảng bộ"
                    | "Đảng đoàn"
                    | "Quân ủy"
                    | "Hội đồng quản trị"
                    | "Hội đồng thành viên"
                    | "Ban cán sự đảng"
            )
        })
}

/// The titles among `items`, nearest last first.
pub(crate) fn before_titles<'m>(
    ms: &'m [Mention],
    items: &[usize],
) -> impl Iterator<Item = &'m Title> + 'm {
    let items: Vec<usize> = items.iter().rev().copied().collect();
    items.into_iter().filter_map(move |j| match &ms[j].item {
        Item::Title(t) => Some(t.as_ref()),
        _ => None,
    })
}

/// Runs of titles separated only by commas, `và` or semicolons: the lists
/// inside which bodies and localities are shared.
pub(crate) fn title_runs(ms: &[Mention]) -> Vec<Vec<usize>> {
    let mut runs: Vec<Vec<usize>> = Vec::new();
    let mut cur: Vec<usize> = Vec::new();
    let mut gap_ok = true;
    for (i, m) in ms.iter().enumerate() {
        match &m.item {
            Item::Title(_) if gap_ok || cur.is_empty() => {
                cur.push(i);
                gap_ok = false;
            }
            Item::Title(_) => {
                runs.push(std::mem::take(&mut cur));
                cur.push(i);
                gap_ok = false;
            }
            Item::Sep(s) if matches!(s.as_str(), "," | "và" | ";" | "-" | "–") => gap_ok = true,
            Item::Filler | Item::Cue(_) if !cur.is_empty() => gap_ok = true,
            _ => {
                if !cur.is_empty() {
                    runs.push(std::mem::take(&mut cur));
                }
                gap_ok = true;
            }
        }
    }
    if !cur.is_empty() {
        runs.push(cur);
    }
    runs
}

/// The body a mention names: an organization's, or a title's own.
pub(crate) fn named_body(m: &Mention) -> Option<&OrgPhrase> {
    match &m.item {
        Item::Org(o) => Some(o),
        Item::Title(t) => t.org.as_ref(),
        _ => None,
    }
}

pub(super) fn is_person(m: &Mention) -> bool {
    matches!(m.item, Item::Person { .. } | Item::Pronoun(_))
}

/// Ranks written right before a person (`Đại tá Nguyễn Văn A`), right after
/// one (`ông Lê Đông Phong - Thiếu tướng, Giám đốc ...`), or conferred on
/// one (`phong quân hàm Đại tướng cho đồng chí Tô Lâm`).
pub(crate) fn link_ranks(ms: &[Mention], toks: &[Token]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (i, m) in ms.iter().enumerate() {
        let Item::Rank(r) = &m.item else { continue };
        if ms.get(i + 1).is_some_and(is_person) {
            out.push((i + 1, r.clone()));
        } else if i >= 2 && sep_is(&ms[i - 1], &["-", "–", ","]) && is_person(&ms[i - 2]) {
            out.push((i - 2, r.clone()));
        } else if ms.get(i + 1).is_some_and(|m| toks[m.start].key == "cho")
            && ms.get(i + 2).is_some_and(is_person)
        {
            // `... Đại tướng cho đồng chí A, T1, T2 và đồng chí B, T3`.
            out.push((i + 2, r.clone()));
            let mut j = i + 3;
            while j < ms.len() && !sep_is(&ms[j], &[";", "."]) {
                if is_person(&ms[j]) && sep_is(&ms[j - 1], &[",", "và"]) {
                    out.push((j, r.clone()));
                }
                j += 1;
            }
        }
    }
    out
}

/// Groups of people joined by commas or `và`, each possibly with titles in
/// parentheses: `A (T1), B (T2) và C`. Returns, for each person, the group
/// they end (only the last member of a group maps to the whole group).
pub(super) fn groups(ms: &[Mention]) -> HashMap<usize, Vec<usize>> {
    let mut out = HashMap::new();
    let mut i = 0;
    while i < ms.len() {
        if !is_person(&ms[i]) || cited(ms, i) {
            i += 1;
            continue;
        }
        let mut members = vec![i];
        let mut j = i + 1;
        loop {
            // Optional parenthesized titles.
            let mut k = j;
            if ms.get(k).is_some_and(|m| sep_is(m, &["("])) {
                k += 1;
                while ms.get(k).is_some_and(|m| {
                    matches!(m.item, Item::Title(_) | Item::Cue(_) | Item::Filler)
                        || sep_is(m, &[",", ";"])
                }) {
                    k += 1;
                }
                if !ms.get(k).is_some_and(|m| sep_is(m, &[")"])) {
                    break;
                }
                k += 1;
            }
            if ms.get(k).is_some_and(|m| sep_is(m, &[",", "và"]))
                && ms.get(k + 1).is_some_and(is_person)
            {
                members.push(k + 1);
                j = k + 2;
                continue;
            }
            // `A, T1 và B, T2 được bầu ...`: appositions, then `và`.
            let mut k2 = k;
            while ms.get(k2).is_some_and(|m| sep_is(m, &[","]))
                && ms
                    .get(k2 + 1)
                    .is_some_and(|m| matches!(m.item, Item::Title(_)))
            {
                k2 += 2;
            }
            if k2 > k
                && ms.get(k2).is_some_and(|m| sep_is(m, &["và"]))
                && ms.get(k2 + 1).is_some_and(is_person)
            {
                members.push(k2 + 1);
                j = k2 + 2;
            } else {
                break;
            }
        }
        // (Two names joined by a comma alone, the first with its own title
        // before it, are no list: `Dưới thời Bộ trưởng A, ông B giữ chức T`
        // ends a phrase about A with the comma.)
        let titled_pair = members.len() == 2
            && i > 0
            && matches!(ms[i - 1].item, Item::Title(_))
            && sep_is(&ms[members[1] - 1], &[","]);
        if titled_pair {
            members.truncate(1);
        }
        let last = *members.last().expect("non-empty");
        out.insert(last, members);
        i = last + 1;
    }
    out
}

/// Whether the person at `i` is cited as a source (`Theo đại biểu Nghĩa,
/// ông Võ Kim Cự từng là ...`): `theo` before the name and its titles. A
/// source opens no group: the people after its comma are the subject.
fn cited(ms: &[Mention], i: usize) -> bool {
    let before = (0..i)
        .rev()
        .find(|&x| !matches!(ms[x].item, Item::Title(_) | Item::Rank(_) | Item::Filler));
    before.is_some_and(|x| matches!(&ms[x].item, Item::Word(w) if w == "theo"))
}

/// Walks the titles said of `person` from `j` on (rule 2): through
/// separators, cues (which set the status), fillers and ranks, until
/// another person, a taken title or any other word. After a cue, the titles
/// go to every member of the person's group.
#[allow(clippy::too_many_arguments)]
pub(super) fn scan_titles(
    ms: &[Mention],
    clause: &[bool],
    post_noun: &[bool],
    mut j: usize,
    person: usize,
    members: &[usize],
    mut status: Status,
    mut after_cue: bool,
    taken: &mut [bool],
    links: &mut Vec<Link>,
) {
    let mut mine: Vec<usize> = Vec::new();
    // Whether the titles go to all the names of a list (`A và B được bầu
    // làm T`), as after a cue.
    let mut group = after_cue;
    // Where the last cue stands.
    let mut cue_at = j;
    // Whether a cue said to end the titles before it has been passed
    // (`ông A nghỉ hưu, ...`): the clause of the name is over.
    let mut past_leaving = false;
    let start = j;
    while j < ms.len() {
        match &ms[j].item {
            Item::Sep(s)
                if matches!(s.as_str(), "," | "(" | ")" | "-" | "–" | ":" | "và" | "…") => {}
            // A semicolon goes on with a list of titles, and ends anything
            // else, titles before the next name included: the titles of the
            // next item of a list are its own name's (`A; Bộ trưởng, Chủ
            // nhiệm Văn phòng Chính phủ B`; `A; Thứ trưởng Bộ X, Trưởng SOM
            // ASEAN B`, with words no title holds between).
            Item::Sep(s) if s == ";" => {
                let next = ms[j + 1..]
                    .iter()
                    .find(|m| !matches!(m.item, Item::Sep(_) | Item::Filler));
                let named_after = ms[j + 1..]
                    .iter()
                    .take_while(|m| !sep_is(m, &[";", "."]))
                    .any(is_person);
                if !next.is_some_and(|m| matches!(m.item, Item::Title(_))) || named_after {
                    break;
                }
            }
            // A taken title, or a list's header (`các Phó Tổng Giám đốc: A, B`),
            // is not this person's.
            Item::Title(_) if taken[j] => break,
            Item::Title(_) if leads_to_next(ms, j) => break,
            // (A title before a colon and a quote, `ông A, Giám đốc Sở X: ...`,
            // is the speaker's.)
            Item::Title(_)
                if ms.get(j + 1).is_some_and(|m| sep_is(m, &[":"]))
                    && ms.iter().skip(j + 2).take(3).any(is_person) =>
            {
                break
            }
            // `... miễn nhiệm chức vụ Tổng Giám đốc đối với ông Y`: Y's.
            Item::Title(_)
                if ms
                    .get(j + 1)
                    .is_some_and(|m| matches!(&m.item, Item::Word(w) if w == "đối"))
                    && ms
                        .get(j + 2)
                        .is_some_and(|m| matches!(m.item, Item::Filler))
                    && ms.get(j + 3).is_some_and(is_person) =>
            {
                break
            }
            // `ông A nghỉ hưu, Ngoại trưởng Anh, ông B, ...`, `Sau khi ông A
            // rời nhóm, Ngoại trưởng Anh, ông B ...`: past the name's own
            // clause, a title set off before another name is that name's.
            Item::Title(_)
                if (past_leaving
                    || !after_cue
                        && mine.is_empty()
                        && (person + 1..j).any(|x| matches!(ms[x].item, Item::Word(_))))
                    && ms.get(j + 1).is_some_and(|m| sep_is(m, &[","]))
                    && ms
                        .get(j + 2)
                        .is_some_and(|m| matches!(m.item, Item::Person { .. })) =>
            {
                break
            }
            Item::Title(_) => {
                taken[j] = true;
                let who: &[usize] = if group { members } else { &[person] };
                for &p in who {
                    links.push(Link {
                        person: p,
                        title: j,
                        status,
                        via_cue: after_cue,
                        replaced: false,
                        listed: false,
                    });
                }
                mine.push(links.len() - 1);
                // (What a colon after a title opens is what the holder says.)
                if ms.get(j + 1).is_some_and(|m| sep_is(m, &[":"])) {
                    break;
                }
            }
            // `ông X, Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh thôi giữ chức`: a
            // leaving cue with no title after it ends the titles before it
            // (not one that X does to another: `miễn nhiệm ông Y`).
            Item::Cue(c)
                if c.scope.before()
                    && c.status == Status::Ends
                    && !c.giver
                    && !mine.is_empty()
                    && !ms[j + 1..]
                        .iter()
                        .take_while(|m| !matches!(m.item, Item::Person { .. } | Item::Pronoun(_)))
                        .find(|m| !matches!(m.item, Item::Filler | Item::Cue(_) | Item::Sep(_)))
                        .is_some_and(|m| matches!(m.item, Item::Title(_))) =>
            {
                for &li in &mine {
                    if links[li].status == Status::Held {
                        links[li].status = Status::Ends;
                    }
                }
                break;
            }
            Item::Cue(c) => match c.scope {
                // The titles after it are proposed: their links are dropped.
                CueScope::Nomination => {}
                // `ông A giới thiệu ...`: what follows is not A's.
                CueScope::Proposal => break,
                // `Tổng thống A vừa chỉ định quyền Ngoại trưởng`: a post the
                // person gives, not takes (not `được ông B chỉ định`, a
                // passive the walk starts at; nor a giving after a cue or
                // titles of the person's, which may be a purpose: `A được
                // điều động, bổ nhiệm làm T`, `giới thiệu A, T1, để hiệp
                // thương cử giữ chức T2`).
                CueScope::Before
                    if c.giver
                        && c.status == Status::Starts
                        && j != start
                        && !after_cue
                        && mine.is_empty() =>
                {
                    break
                }
                CueScope::Before | CueScope::Career => {
                    // (`Từ tháng 9/2002 đến tháng 2/2003: Ông giữ chức vụ T`,
                    // `Trước khi ..., ông X được bổ nhiệm giữ chức T`: a post
                    // taken in a past the clause opened with is former.)
                    // (`từng có thời gian làm T`, `từng được bổ nhiệm làm
                    // T`: a taking told right after a past is past too; not
                    // after the past of a story, `A làm T1 trước khi trở
                    // thành T2`.)
                    let past_before = !after_cue
                        || matches!(&ms[cue_at].item,
                            Item::Cue(past) if past.scope == CueScope::Before)
                            && ms.get(cue_at + 1..j).is_some_and(|between| {
                                between
                                    .iter()
                                    .all(|m| matches!(m.item, Item::Filler | Item::Cue(_)))
                            });
                    let told_as_past =
                        past_before && status == Status::Former && c.status == Status::Starts;
                    // (`thu hồi quyết định bổ nhiệm bà A làm T`: the taking
                    // right after the name is what the leaving word before
                    // it undoes.)
                    let undone = status == Status::Ends && c.status == Status::Starts && j == start;
                    if !told_as_past && !undone {
                        status = c.status;
                    }
                    after_cue = true;
                    cue_at = j;
                    // (`sau khi ông A từ chức, Ngoại trưởng Anh, ông B ...`:
                    // a leaving closed by a comma is told of the name, and
                    // its clause is over.)
                    past_leaving |= c.status == Status::Ends
                        && ms.get(j + 1).is_some_and(|m| sep_is(m, &[","]));
                    // `A, B (SN 1957), cựu Giám đốc Sở X`: a former post in
                    // apposition is the last name's, not the list's; so is a
                    // post in the last name's own brackets (`gồm A (cựu Giám
                    // đốc Sở X), B (cựu Trưởng phòng Y)`).
                    let apposed = j > 0
                        && (sep_is(&ms[j - 1], &["("])
                            || c.status == Status::Former && sep_is(&ms[j - 1], &[","]));
                    group = !apposed;
                }
                // `ông X, Giám đốc Sở Y lúc bấy giờ`: the titles before it
                // were held then, not now.
                CueScope::After if c.status == Status::Former => {
                    for &li in &mine {
                        if links[li].status == Status::Held {
                            links[li].status = Status::Former;
                        }
                    }
                }
                // `Donald Trump, tổng thống Mỹ đắc cử, ...`: elected to the
                // titles before it.
                CueScope::After if c.status == Status::Starts => {
                    for &li in &mine {
                        if links[li].status == Status::Held {
                            links[li].status = Status::Starts;
                        }
                    }
                }
                CueScope::After | CueScope::Transfer => {
                    // (`ông X, nguyên Bí thư Tỉnh ủy nghỉ hưu theo chế độ`:
                    // the leaving is reported, guide 1.4.)
                    let retires = c.scope == CueScope::After && c.status == Status::Ends;
                    for &li in &mine {
                        if links[li].status == Status::Held
                            || retires && links[li].status == Status::Former
                        {
                            links[li].status = Status::Ends;
                        }
                    }
                    status = Status::Starts;
                    after_cue = true;
                    past_leaving = retires;
                }
            },
            Item::Rank(_) | Item::Filler => {}
            // A stray word at the end of a title in a list (`... UBND
            // tỉnhh; Phó Bí thư ...`), or the body a title is part of
            // (`Giám đốc Sở Xây dựng, Sở Tài chính Hà Tĩnh; ...`): go on to the next
            // title.
            // A person's age and home town between the name and the posts
            // (`ông X 64 tuổi, quê ở xã A, huyện B, tỉnh C; là Ủy viên ...`):
            // go on at the first title or cue after it.
            Item::Word(w) if w == "tuổi" || is_life_record(w) => {
                let next = (j + 1..ms.len().min(j + 24)).find(|&x| {
                    !matches!(
                        ms[x].item,
                        Item::Word(_) | Item::Place(_) | Item::Org(_) | Item::Filler | Item::Sep(_)
                    )
                });
                match next {
                    Some(x) if matches!(ms[x].item, Item::Title(_) | Item::Cue(_)) => j = x - 1,
                    _ => break,
                }
            }
            // `bà A - hiệu trưởng Trường X, huyện Y (tỉnh Z) - vừa bị buộc
            // thôi việc`: the places of the title before.
            Item::Place(_) if !mine.is_empty() => {}
            // `A, Giám đốc Công an tỉnh X đến nhận công tác, giữ chức vụ T`,
            // `A, Trạm trưởng Trạm X lên làm T`, `... chuyển sang làm T`: a
            // move, then the cue of the new post.
            Item::Word(w)
                if is_move(w)
                    && !mine.is_empty()
                    && ms[j + 1..]
                        .iter()
                        .find(|m| !matches!(&m.item, Item::Word(w) if is_move(w)))
                        .is_some_and(|m| matches!(m.item, Item::Cue(_))) => {}
            // A word in brackets after a title, its body's short form (`Giám
            // đốc Sở Giao thông vận tải (GTVT) được bổ nhiệm làm T`), or
            // where the holder stands in a photo (`(trái)`).
            Item::Word(_)
                if j >= 2
                    && sep_is(&ms[j - 1], &["("])
                    && ms.get(j + 1).is_some_and(|m| sep_is(m, &[")"]))
                    && matches!(ms[j - 2].item, Item::Title(_)) => {}
            Item::Word(_) | Item::Org(_) => {
                let next = (j + 1..ms.len().min(j + 12)).find(|&x| {
                    !matches!(
                        ms[x].item,
                        Item::Word(_) | Item::Place(_) | Item::Org(_) | Item::Filler
                    )
                });
                // (Not over what the name says or does: `A cho biết, Thủ
                // tướng đã ...` is another clause.)
                let says = |x: usize| mine.is_empty() && !after_cue && clause[j..x].contains(&true);
                // (Nor over others joined to the name: `Trao đổi với GS A và
                // các nhà khoa học, Thủ tướng ghi nhận ...`.)
                let joined = mine.is_empty()
                    && !after_cue
                    && (person + 1..j).any(|x| sep_is(&ms[x], &["và"]));
                match next {
                    Some(x)
                        if sep_is(&ms[x], &[",", ";", ":"])
                            && ms
                                .get(x + 1)
                                .is_some_and(|m| matches!(m.item, Item::Title(_)))
                            && !says(x)
                            && !joined =>
                    {
                        j = x;
                    }
                    // After a cue of a career (`đã trải qua nhiều cương vị công
                    // tác, tiêu biểu là: ...`) words between commas still lead
                    // to the list.
                    Some(x) if after_cue && sep_is(&ms[x], &[","]) => j = x,
                    // The words closing the name's brackets lead to the cue
                    // after them (`bổ nhiệm ông A (53 tuổi, Chánh tòa X cấp
                    // cao tại Đà Nẵng) giữ chức T`).
                    Some(x)
                        if sep_is(&ms[x], &[")"])
                            && ms.get(person + 1).is_some_and(|m| sep_is(m, &["("]))
                            && !ms[person + 2..x].iter().any(|m| sep_is(m, &["(", ")"]))
                            && ms.get(x + 1).is_some_and(
                                |m| matches!(&m.item, Item::Cue(c) if c.scope.before()),
                            ) =>
                    {
                        j = x
                    }
                    // ... and words that name posts lead to the first title
                    // of the list (`đã kinh qua nhiều vị trí lãnh đạo tại các
                    // đơn vị như Chánh Thanh tra, ...`; not `từng chất vấn Bộ
                    // trưởng`).
                    Some(x)
                        if after_cue
                            && status == Status::Former
                            && mine.is_empty()
                            && post_noun[cue_at..x].contains(&true)
                            && matches!(ms[x].item, Item::Title(_)) =>
                    {
                        j = x - 1
                    }
                    _ => break,
                }
            }
            _ => break,
        }
        j += 1;
    }
}

/// A verb of moving that may stand between a title and the cue of the next
/// post (`lên làm`, `chuyển sang làm`, `về nhận công tác`).
fn is_move(w: &str) -> bool {
    matches!(w, "đến" | "về" | "sang" | "lên" | "ra" | "chuyển")
}
