/*!
Clauses that change whose a title is: nominations (`giới thiệu để bầu`),
passives and their agents (`được ông B bổ nhiệm làm T`: the title is not
B's), voting boards and boards of directors, and party posts that mean the
committee of the place. Part of `links`.
*/

use super::*;

/// The clauses of a sentence that propose people for posts rather than give
/// them (guide 1.5: a nomination is no post and no appointment), as ranges
/// of mentions from a nomination cue (`đề cử`, `ứng cử viên`, `giới thiệu
/// để`) to the end of its clause; after a proposal cue (`giới thiệu`), from
/// the vote its purpose names (`giới thiệu ông A để Quốc hội bầu làm T`:
/// from `bầu làm`). The clause ends at `;`, at a cue of another kind, at a
/// person other than the nominee named right after the cue, at a title
/// before a name, and at a title past a comma or a quote; a second
/// nomination cue goes on with it (`chiến dịch tranh cử của ứng viên tổng
/// thống A`). An election cue ends it when joined by `và` (`được đề cử
/// và được bầu làm T`) unless the vote is the nomination's purpose
/// (`giới thiệu để HĐND tỉnh bầu giữ chức T`), and any appointment cue
/// after `,` or `và` once the proposed post is named (`..., chỉ định giữ
/// chức T2`).
pub(crate) fn nomination_clauses(ms: &[Mention], toks: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<(usize, bool)> = None;
    let word_is = |m: &Mention, w: &str| toks.get(m.start).is_some_and(|t| t.key == w);
    let before = |j: usize| said_after(ms, 0, j);
    // A proposal cue waiting for its purpose: whether `để` was seen.
    let mut pending: Option<bool> = None;
    // The latest nomination cue of the open clause.
    let mut last_cue = 0;
    for (j, m) in ms.iter().enumerate() {
        let Some((from, purpose)) = open else {
            match &m.item {
                Item::Cue(c) if c.scope == CueScope::Nomination => {
                    open = Some((j, c.surface.ends_with("để")));
                    last_cue = j;
                    pending = None;
                }
                Item::Cue(c) if c.scope == CueScope::Proposal => pending = Some(false),
                _ if pending.is_none() => {}
                _ if word_is(m, "để") => pending = Some(true),
                // `giới thiệu ông A để Quốc hội bầu làm T`: the vote is proposed.
                Item::Cue(c) if gives_post(c) && pending == Some(true) => {
                    open = Some((j, true));
                    last_cue = j;
                    pending = None;
                }
                Item::Cue(c) if gives_post(c) => {}
                Item::Cue(_) => pending = None,
                Item::Sep(s) if s == ";" => pending = None,
                _ => {}
            }
            continue;
        };
        if word_is(m, "để") {
            open = Some((from, true));
            continue;
        }
        // (Another nomination cue goes on with the clause and is the one a
        // title right after it is proposed by: `chiến dịch tranh cử của ứng
        // viên tổng thống A`.)
        if matches!(&m.item, Item::Cue(c) if c.scope == CueScope::Nomination) {
            last_cue = j;
            continue;
        }
        let close = match &m.item {
            Item::Sep(s) => s == ";",
            Item::Cue(c) if c.scope == CueScope::Proposal => false,
            // `đề cử ông A làm T`, `... để HĐND tỉnh bầu giữ chức T`: the
            // post proposed; `được đề cử và được bầu làm T`: a vote after it.
            // `giới thiệu ông A để hiệp thương cử giữ chức T1, chỉ định giữ
            // chức T2`: once the post is named, another vote or appointment.
            Item::Cue(c) if gives_post(c) => {
                let named = (from..j).any(|x| matches!(ms[x].item, Item::Title(_)));
                j > 0
                    && ((!purpose && sep_is(&ms[j - 1], &["và"]))
                        || (named && sep_is(&ms[j - 1], &["và", ","])))
            }
            Item::Cue(_) => true,
            Item::Person { .. } | Item::Pronoun(_) => before(j) != Some(last_cue),
            // `ứng cử viên Tổng thống X`: the title right after the cue is the
            // one proposed, whoever follows; a later title before a name
            // is that person's own.
            // (Nor past a comma or a quote: `chiến dịch tái tranh cử", Chủ
            // tịch RNC A viết`.)
            Item::Title(_) => {
                (last_cue + 1..j).any(|x| sep_is(&ms[x], &[",", "\"", "“", "”"]))
                    || (before(j) != Some(last_cue) && ms.get(j + 1).is_some_and(is_person))
            }
            _ => false,
        };
        if close {
            out.push(from..j);
            open = None;
        }
    }
    if let Some((from, _)) = open {
        out.push(from..ms.len());
    }
    out
}

/// Whether a cue gives the titles after it: a vote or an appointment
/// (`bầu làm`, `giữ chức`).
pub(super) fn gives_post(c: &crate::extract::gazetteer::Cue) -> bool {
    c.scope.before() && c.status == Status::Starts
}

/// A company's boards: a post on one is the company's board's, not the
/// company's (`Chủ tịch HĐQT Công ty X`).
pub(crate) const BOARDS: [&str; 2] = ["Hội đồng quản trị", "Hội đồng thành viên"];

/// Whether a body's first segment is a company's board ([`BOARDS`]).
pub(crate) fn is_board(o: &OrgPhrase) -> bool {
    BOARDS.contains(&o.segments[0].text.as_str())
}

/// The board that votes for the title at `ti` (`Hội đồng quản trị Tập đoàn
/// X ... bầu ông A làm Chủ tịch`): a board named as the sentence's subject,
/// then a vote cue (`bầu`), then only the person voted for and cue words
/// before the title.
pub(crate) fn voting_board(ms: &[Mention], ti: usize) -> Option<&OrgPhrase> {
    let between_ok = |m: &Mention| {
        matches!(
            m.item,
            Item::Person { .. } | Item::Cue(_) | Item::Filler | Item::Sep(_)
        )
    };
    let vote = (0..ti).rev().take_while(|&x| between_ok(&ms[x])).find(|&x| {
        matches!(&ms[x].item, Item::Cue(c) if c.status == Status::Starts && c.surface.contains("bầu"))
    })?;
    let subject = ms[..vote]
        .iter()
        .rev()
        .take_while(|m| !matches!(m.item, Item::Person { .. } | Item::Title(_)))
        .find_map(|m| match &m.item {
            Item::Org(o) => Some(o),
            _ => None,
        })?;
    BOARDS
        .contains(&subject.segments.first()?.text.as_str())
        .then_some(subject)
}

/// The body a bare title at `ti` is a post of when the body is said to be
/// run by its holder: `Doanh nghiệp tư nhân X do bà A làm Giám đốc` (the
/// body, `do`, the person, `làm`, the title).
pub(crate) fn run_by<'m>(ms: &'m [Mention], toks: &[Token], ti: usize) -> Option<&'m OrgPhrase> {
    let cue = ms.get(ti.checked_sub(1)?)?;
    let person = ms.get(ti.checked_sub(2)?)?;
    let by = person.start.checked_sub(1)?;
    let run = matches!(&cue.item, Item::Cue(c) if c.surface == "làm");
    if !run || !is_person(person) || !toks[by].is("do") {
        return None;
    }
    ms[..ti - 2]
        .iter()
        .rev()
        .find(|m| m.end == by)
        .and_then(|m| match &m.item {
            Item::Org(o) => Some(o.as_ref()),
            _ => None,
        })
}

/// The body that the last of a list of people, each with a title, names
/// for a bare title at `ti` of an earlier one: `ông A, Chủ tịch và ông B,
/// Phó Chủ tịch UBND huyện X` (A chairs the district's committee). The
/// items between are a person and a bare title each, joined by a comma or
/// `và`; the title found is the first after them that names a body, given
/// with its role.
pub(crate) fn listed_peer_body(ms: &[Mention], ti: usize) -> Option<(&str, &OrgPhrase)> {
    let mut x = ti + 1;
    for _ in 0..6 {
        if !sep_is(ms.get(x)?, &[",", "và"]) || !is_person(ms.get(x + 1)?) {
            return None;
        }
        x += 2;
        if ms.get(x).is_some_and(|m| sep_is(m, &[","])) {
            x += 1;
        }
        let Item::Title(t) = &ms.get(x)?.item else {
            return None;
        };
        if let Some(o) = &t.org {
            return Some((t.role.as_str(), o));
        }
        if t.implied_org.is_some() {
            return None;
        }
        x += 1;
    }
    None
}

/// A company's own post shared with a post on its board is the company's
/// (`Tổng Giám đốc, Phó Chủ tịch HĐQT Ngân hàng Đông Á` → the bank).
pub(crate) fn without_board(mut org: OrgPhrase, role: &str) -> OrgPhrase {
    let board_role =
        role.ends_with("Chủ tịch") || role.starts_with("Ủy viên") || role == "Thành viên";
    if org.segments.len() > 1 && is_board(&org) && !board_role {
        org.segments.remove(0);
    }
    org
}

/// The cue of a passive clause whose subject is the person at `k`: `ông A
/// (, T,) được [T] B [, T] bổ nhiệm làm ...`, where B, the agent, acts.
pub(super) fn passive_cue(ms: &[Mention], k: usize) -> Option<usize> {
    let skip = |from: usize| {
        (from..ms.len()).find(|&x| {
            !matches!(
                ms[x].item,
                Item::Title(_) | Item::Rank(_) | Item::Filler | Item::Sep(_)
            ) || sep_is(&ms[x], &[";", "."])
        })
    };
    let by = skip(k + 1)?;
    if !matches!(&ms[by].item, Item::Word(w) if w == "được") {
        return None;
    }
    let agent = skip(by + 1)?;
    if !is_person(&ms[agent]) {
        return None;
    }
    let cue = skip(agent + 1)?;
    matches!(&ms[cue].item, Item::Cue(c) if c.scope.before()).then_some(cue)
}

/// The cue after person `k` when `k` is the agent of a passive (`được
/// ông B chỉ định làm T`, `được Thủ tướng B bổ nhiệm`): `được` before the
/// name and its titles, a cue of a post after them.
pub(super) fn agent_cue(ms: &[Mention], k: usize) -> Option<usize> {
    let between = |m: &Mention| {
        matches!(m.item, Item::Title(_) | Item::Rank(_) | Item::Filler) || sep_is(m, &[","])
    };
    let by = (0..k).rev().find(|&x| !between(&ms[x]))?;
    if !matches!(&ms[by].item, Item::Word(w) if w == "được") {
        return None;
    }
    // (Past a verb of the agent's: `được ông B lựa chọn làm T`.)
    let cue = (k + 1..ms.len())
        .filter(|&x| !between(&ms[x]))
        .take(4)
        .find(|&x| !matches!(ms[x].item, Item::Word(_)))?;
    matches!(&ms[cue].item, Item::Cue(c) if c.scope.before()).then_some(cue)
}

/// Whether a title is a post of a party committee (`Bí thư`, `Phó Bí thư`):
/// bare, it means the committee of the place.
pub(crate) fn party_post(title: &Title) -> bool {
    title
        .fallback_org
        .as_ref()
        .is_some_and(|f| f.segments.len() == 1 && f.segments[0].kind == OrgKind::Committee)
}
