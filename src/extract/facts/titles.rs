/*!
Which body each title of a sentence names: its own, the one it shares
with the titles of its list (`Phó Chủ tịch, Tổng Thư ký Hội Luật gia Việt
Nam`), the last body of its kind named (`Giám đốc bệnh viện`), the board
that votes for it, the body run by its holder (`do bà A làm Giám đốc`), or
the body an abbreviation or a brand after it names. Part of
[`FactBuilder`].
*/

use super::*;
use crate::extract::normalize::starts_with_words;

impl<'g> FactBuilder<'g> {
    /// The office an aide's title at `ti` serves (relation_words.txt: `phát
    /// ngôn viên`, `cố vấn`), named by the leader's title after it, with
    /// `của` or without: the government a prime minister heads (`Thủ tướng
    /// Đức` → `Chính phủ Đức`), a president's own office (`Tổng thống
    /// Philippines` → `Văn phòng Tổng thống Philippines`).
    fn served_office(&self, ms: &[Mention], toks: &[Token], ti: usize) -> Option<OrgPhrase> {
        self.g.relation_words.longest(toks, ms[ti].start)?;
        let of = usize::from(toks.get(ms[ti].end).is_some_and(|w| w.is("của")));
        let next = ms[ti + 1..].iter().find(|m| m.start >= ms[ti].end + of)?;
        if next.start != ms[ti].end + of {
            return None;
        }
        let Item::Title(leader) = &next.item else {
            return None;
        };
        let body = leader.org.as_ref()?;
        let [only] = body.segments.as_slice() else {
            return None;
        };
        match (leader.role.as_str(), only.text.strip_prefix("Nhà nước ")) {
            ("Tổng thống", Some(country)) => Some(OrgPhrase::named_by(&format!(
                "Văn phòng Tổng thống {country}"
            ))),
            _ if only.head == "Chính phủ" => Some(body.clone()),
            _ => None,
        }
    }

    /// Each title with the body and the locality it shares with the titles
    /// of its list.
    pub(super) fn complete_titles(
        &self,
        ms: &[Mention],
        toks: &[Token],
        recent: &[OrgPhrase],
        recent_titles: &[(String, OrgPhrase)],
    ) -> HashMap<usize, (Title, Option<Locality>)> {
        let mut out = HashMap::new();
        for run in title_runs(ms) {
            for (k, &ti) in run.iter().enumerate() {
                let Item::Title(t) = &ms[ti].item else {
                    continue;
                };
                let mut t = Title::clone(t);
                // A body borrowed from elsewhere must be the one an
                // abbreviation or a brand the tables do not know, right after
                // the title, names: `Chủ tịch UBAT giao thông Quốc gia`,
                // `Giám đốc Điều hành Vinamilk` name bodies of their own, not
                // the company of the sentence before; `Phó Giám đốc ĐH Quốc
                // gia Hà Nội` the university named before.
                let own_name = toks.get(ms[ti].end).filter(|w| unread_name(w)).filter(|_| {
                    !ms.get(ti + 1)
                        .is_some_and(|m| matches!(m.item, Item::Person { .. }))
                });
                let fits = |o: &OrgPhrase| own_name.is_none_or(|w| names_body(&w.text, o));
                // So is a board's with no name of its own: `Ủy viên Ban
                // Thường vụ HPN tỉnh X` sits on the board of the body the
                // abbreviation names, not of the party committee a board
                // belongs to when none is named.
                let board_of_unread = t.org.as_ref().is_some_and(|o| {
                    o.segments.len() == 1
                        && o.segments[0].text == o.segments[0].head
                        && o.segments[0].default_parent.is_some()
                        && o.locality.is_none()
                        && !fits(o)
                });
                if board_of_unread {
                    t.org = None;
                    t.fallback_org = None;
                    t.implied_org = None;
                    out.insert(ti, (t, None));
                    continue;
                }
                let rest = || {
                    run[k + 1..].iter().filter_map(|&j| match &ms[j].item {
                        Item::Title(t) => Some(t.as_ref()),
                        _ => None,
                    })
                };
                // `Giám đốc bệnh viện`, `hiệu trưởng trường`: a bare title
                // then the kind of its body in lower case is the head of the
                // last body of that kind named, in the sentence or before it;
                // none other is (not the body of an earlier `Giám đốc`).
                let kind_after = toks
                    .get(ms[ti].end)
                    .filter(|w| !w.cap)
                    .and_then(|_| self.head_at(toks, ms[ti].end));
                if let Some(kind) =
                    kind_after.filter(|_| t.org.is_none() && t.implied_org.is_none())
                {
                    let of_kind =
                        |o: &&OrgPhrase| o.segments.first().is_some_and(|s| s.head == kind);
                    t.org = ms[..ti]
                        .iter()
                        .rev()
                        .filter_map(named_body)
                        .chain(recent.iter().rev())
                        .find(of_kind)
                        .cloned();
                    if t.org.is_none() {
                        t.fallback_org = None;
                        out.insert(ti, (t, None));
                        continue;
                    }
                }
                // `Hội đồng quản trị Tập đoàn X hôm 27/4 đã bầu ông A làm Chủ
                // tịch`: a bare title a board votes for is a post on it.
                if t.org.is_none() && t.implied_org.is_none() {
                    if let Some(board) = voting_board(ms, ti) {
                        t.org = Some(board.clone());
                        t.fallback_org = None;
                    }
                }
                // `Doanh nghiệp tư nhân X do bà A làm Giám đốc`: a bare title
                // of someone a body is said to be run by (`do`) is a post of
                // that body.
                if t.org.is_none() && t.implied_org.is_none() {
                    if let Some(body) = run_by(ms, toks, ti) {
                        t.org = Some(body.clone());
                        t.fallback_org = None;
                    }
                }
                // `ông A, phát ngôn viên của Tổng thống Philippines`: an
                // aide's bare title is a post in the office of the leader
                // served.
                if t.org.is_none() && t.implied_org.is_none() {
                    if let Some(office) = self.served_office(ms, toks, ti) {
                        t.org = Some(office);
                        t.fallback_org = None;
                    }
                }
                if t.org.is_none() && t.implied_org.is_none() {
                    // `Phó Giám đốc, Giám đốc Sở X` (the next title of the same
                    // kind), else `Phó Giám đốc Sở X ... giữ chức Giám đốc`
                    // (the previous one).
                    let of_same_office =
                        |n: &&Title| n.org.is_some() && same_office(&t.role, &n.role);
                    let before = run[..k].iter().rev().filter_map(|&j| match &ms[j].item {
                        Item::Title(t) => Some(t.as_ref()),
                        _ => None,
                    });
                    // `Tư lệnh kiêm Chính ủy Đoàn 559`, `Phó Chủ tịch - Tổng thư ký
                    // Mặt trận`, `Phó Chủ tịch, Tổng Thư ký Hội Luật gia`: titles
                    // joined by `kiêm`, a dash or a comma share their body.
                    let joined_by = |words: &[&str]| {
                        run.get(k + 1).is_some_and(|&next| {
                            next > ti + 1
                                && (ti + 1..next).all(|x| {
                                    toks.get(ms[x].start)
                                        .is_some_and(|t| words.contains(&t.key.as_str()))
                                })
                        })
                    };
                    // (`Phó Chủ tịch, kiêm Tổng thư ký Hội X`: a comma
                    // before `kiêm` ties them the same.)
                    let kiem_after_comma = run.get(k + 1).is_some_and(|&next| {
                        next == ti + 3
                            && toks.get(ms[ti + 1].start).is_some_and(|t| t.key == ",")
                            && toks.get(ms[ti + 2].start).is_some_and(|t| t.key == "kiêm")
                    });
                    let tied = joined_by(&["kiêm", "-", "–"]) || kiem_after_comma;
                    let joined = tied
                        || joined_by(&[","]) && self.shares_after_comma(&t, ms, ti, toks, rest());
                    // But a party post shares no council or committee of the
                    // state: `Bí thư kiêm Chủ tịch UBND huyện X` is the
                    // secretary of the district's party committee.
                    let council = |o: &OrgPhrase| {
                        matches!(
                            o.segments[0].head.as_str(),
                            "Ủy ban nhân dân" | "Hội đồng nhân dân"
                        )
                    };
                    let next = rest().next();
                    let next_body = next
                        .and_then(|n| n.org.as_ref())
                        .filter(|o| !(party_post(&t) && council(o)));
                    // (The title it is tied to comes before one of the same
                    // office further on: `Phó Tư lệnh kiêm Tham mưu trưởng
                    // Quân khu 2 được bổ nhiệm giữ chức Tư lệnh Bộ Tư lệnh X`.)
                    if !(tied && next_body.is_some()) {
                        t.org = rest()
                            .find(of_same_office)
                            .or_else(|| before.clone().find(of_same_office))
                            .and_then(|n| n.org.clone())
                            .filter(fits);
                    }
                    if t.org.is_none() && joined {
                        // (`Chánh Thanh tra, Trưởng phòng Tổ chức Công an
                        // tỉnh X`: the unit the next role names is its own;
                        // what it belongs to is shared.)
                        // (A head may be named by its first words: `Thủ
                        // trưởng` leads a `Cơ quan`, `Cơ quan Cảnh sát điều
                        // tra` among them.)
                        let own_unit = next.and_then(|n| self.g.role_head(&n.role));
                        // (Alone, its unit belongs to the body the table
                        // gives: `Phó Giám đốc, Thủ trưởng Cơ quan CSĐT` is
                        // a deputy director of the police.)
                        t.org = next_body.cloned().map(|mut o| {
                            if own_unit.is_some_and(|h| starts_with_words(&o.segments[0].head, h))
                                && self.g.role_head(&t.role) != own_unit
                            {
                                let parent = || {
                                    let head = o.segments[0].default_parent.as_ref()?;
                                    self.finder.head_segment(head)
                                };
                                if o.segments.len() > 1 {
                                    o.segments.remove(0);
                                    o.surface = String::new();
                                } else if let Some(parent) = parent() {
                                    o.segments = vec![parent];
                                    o.surface = String::new();
                                }
                            }
                            without_board(o, &t.role)
                        });
                    }
                }
                // `ông A, Chủ tịch và ông B, Phó Chủ tịch UBND huyện X`: the
                // body the list's last title names, for a post of its office or
                // of a body of that kind (not `ông A, Bí thư và ông B, Chủ
                // tịch UBND xã X`).
                if t.org.is_none() && t.implied_org.is_none() && k + 1 == run.len() {
                    t.org = listed_peer_body(ms, ti)
                        .filter(|&(role, o)| {
                            same_office(&t.role, role)
                                || self
                                    .g
                                    .role_body_heads(&t.role)
                                    .is_some_and(|heads| listed(heads, &o.segments[0].head))
                        })
                        .map(|(_, o)| o.clone())
                        .filter(fits);
                }
                // `Bộ GTVT có 5 Thứ trưởng`, `... Bộ trưởng Nguyễn Văn Thể`: the
                // body of that kind named last, in the sentence or before it.
                // (`Cục trưởng Cục A, Bộ B giữ chức Thứ trưởng Bộ này`: the
                // ministry the department belongs to.)
                if t.org.is_none() && t.implied_org.is_none() {
                    if let Some(heads) = self.g.role_body_heads(&t.role) {
                        // A title's body in this sentence may be a unit of
                        // the body meant; so may any body written with the
                        // one it belongs to after a comma; other mentions
                        // must be that body.
                        // (Or the body a party committee named is of: `Đảng ủy
                        // Tổng cục Cảnh sát` names the Tổng cục of a bare
                        // `Phó Tổng cục trưởng`.)
                        let party = |s: &Segment| {
                            s.kind == OrgKind::Committee || s.default_parent.is_some()
                        };
                        // (Or, in this sentence, a team named by its kind
                        // alone, which the body sends: `Đoàn công tác của Bộ
                        // Y tế do Thứ trưởng A dẫn đầu`.)
                        let team = |s: &Segment| {
                            s.text == s.head
                                && self.g.head_of(&s.head).is_some_and(|(h, _)| h.is_team())
                        };
                        let body = |(o, inner, here): (&OrgPhrase, bool, bool)| {
                            let at = o.segments.iter().enumerate().position(|(x, s)| {
                                listed(heads, &s.head)
                                    && (x == 0
                                        || inner
                                        || s.after_comma
                                        || o.segments[..x].iter().all(party)
                                        || here && o.segments[..x].iter().all(team))
                            })?;
                            Some(OrgPhrase {
                                segments: o.segments[at..].to_vec(),
                                locality: o.locality.clone(),
                                // (The words written are the unit's.)
                                surface: if at == 0 {
                                    o.surface.clone()
                                } else {
                                    String::new()
                                },
                            })
                        };
                        t.org = ms[..ti]
                            .iter()
                            .rev()
                            .filter_map(|m| match &m.item {
                                Item::Org(o) => Some((&**o, false, true)),
                                Item::Title(t) => t.org.as_ref().map(|o| (o, true, true)),
                                _ => None,
                            })
                            .chain(recent.iter().rev().map(|o| (o, false, false)))
                            .find_map(body)
                            .filter(fits);
                    }
                }
                // `Về phía Ủy ban X có ông A, Phó Chủ tịch`: a body named
                // earlier in the sentence, on its own.
                let about = ms[..ti]
                    .iter()
                    .any(|m| matches!(&m.item, Item::Word(w) if w == "phía"));
                if t.org.is_none() && t.implied_org.is_none() && about {
                    t.org = ms[..ti].iter().rev().find_map(|m| match &m.item {
                        Item::Org(o) if !is_bare(o) => Some(OrgPhrase::clone(o)),
                        _ => None,
                    });
                }
                // `Về phía TP HCM, Chủ tịch Nguyễn Thành Phong`: the place the
                // sentence speaks for; a title of its kind borrows no body of
                // another place.
                let spoken_for = about
                    .then(|| {
                        ms[..ti].iter().rev().find_map(|m| match &m.item {
                            Item::Place(l) if l.name.is_some() => Some(Locality::clone(l)),
                            _ => None,
                        })
                    })
                    .flatten();
                let of_place = |o: &OrgPhrase| {
                    spoken_for.as_ref().is_none_or(|p| {
                        o.locality
                            .as_ref()
                            .and_then(|l| l.name.as_ref())
                            .is_none_or(|n| Some(n) == p.name.as_ref())
                    })
                };
                // `Chủ tịch Hội Luật gia tỉnh X là ông A. Các Phó Chủ tịch gồm:
                // ...`: the body of the last title of the same kind.
                // The sentence's own titles come first (`bầu ông A làm Chủ tịch
                // UBND tỉnh; ông B làm Phó chủ tịch`).
                // (Not before an official of another country the table
                // knows: `Chủ tịch Fed Jerome Powell hay Chủ tịch Tập Cận
                // Bình`.)
                let official = || {
                    ms.get(ti + 1).is_some_and(|m| {
                        matches!(&m.item, Item::Person { name, .. }
                            if self.g.foreign_people.contains_key(&person_key(name)))
                    })
                };
                if t.org.is_none() && t.implied_org.is_none() && !official() {
                    let of_same_office = |role: &str| same_office(&t.role, role);
                    t.org = ms[..ti]
                        .iter()
                        .rev()
                        .find_map(|m| match &m.item {
                            Item::Title(n) if of_same_office(&n.role) => n.org.clone(),
                            _ => None,
                        })
                        .or_else(|| {
                            recent_titles
                                .iter()
                                .rev()
                                .find(|(role, _)| of_same_office(role))
                                .map(|(_, o)| o.clone())
                        })
                        .filter(of_place)
                        .filter(fits);
                }
                // Not borrowed, the abbreviation or brand is the body, when
                // the phrase ends after it (`Tổng Giám đốc Vinhomes.`, `Giám
                // đốc Điều hành Vinamilk cho biết`; a bracketed acronym the
                // article spells out, `Tổng công ty X (VEC)`, is then read
                // whole): an abbreviation after any role, a brand after a
                // company's (not `Bộ trưởng Mattis cho biết`).
                if let Some(w) = own_name.filter(|_| t.org.is_none() && t.implied_org.is_none()) {
                    let company_role = self
                        .g
                        .role_body_heads(&t.role)
                        .is_some_and(|heads| listed(heads, "Công ty"));
                    // (Not `Coca - Cola`: a dash and a capitalized word go on
                    // with the name.)
                    let after = ms[ti].end + 1;
                    let joined = toks.get(after).is_some_and(|u| u.is("-") || u.is("–"))
                        && toks.get(after + 1).is_some_and(|u| u.cap);
                    let ends = !joined
                        && toks.get(after).is_none_or(|u| {
                            !u.word || self.g.clause_words.longest(toks, after).is_some()
                        });
                    if ends && (crate::extract::mentions::is_upper(w) || company_role) {
                        t.org = Some(OrgPhrase::named_by(&w.text));
                    }
                    // (Nor else the body the role means by default.)
                    t.fallback_org = None;
                }
                // (Else the body the title means, of that place.)
                if t.org.is_none() && t.implied_org.is_none() && spoken_for.is_some() {
                    t.org = t.fallback_org.clone().map(|mut o| {
                        o.locality = spoken_for.clone();
                        o
                    });
                }
                // The place a list names once is each title's: the next
                // titles' (`Bí thư Thành ủy, Chủ tịch HĐND TP Thanh Hóa`),
                // else the previous ones' (`Tổng Biên tập Báo X Tuyên Quang,
                // Chủ tịch Hội Nhà báo tỉnh`).
                let shared = rest()
                    .chain(before_titles(ms, &run[..k]))
                    .filter_map(|n| n.org.as_ref().and_then(|o| o.locality.clone()))
                    .find(|l| l.name.is_some());
                // `Bí thư Đảng ủy, Tư lệnh Bộ Tư lệnh X`: a party committee or
                // board named only by its kind belongs to the body of the
                // next (or else the previous) title; so does the one a role
                // names (`nguyên Đảng ủy viên, nguyên Phó Tư lệnh Quân chủng
                // Hải quân`), which is left as it is when no body is found.
                if t.org.is_none() && t.implied_org.as_ref().is_some_and(is_bare) {
                    t.org = t.implied_org.clone();
                }
                if t.org.as_ref().is_some_and(is_bare) {
                    let bare = t.org.take().expect("checked");
                    // A company's board borrows only a company (or an exchange).
                    let board = is_board(&bare);
                    let body = rest()
                        .chain(before_titles(ms, &run[..k]))
                        .filter_map(|n| n.org.as_ref())
                        .find(|o| {
                            lends_to(&bare, o)
                                && (!board
                                    || COMPANIES.iter().any(|c| o.segments[0].text.starts_with(c))
                                    || o.segments[0].text.starts_with("Sở Giao dịch"))
                        });
                    if let Some(body) = body {
                        t.org = Some(self.with_body(&bare, body));
                    }
                    t.fallback_org = None;
                }
                out.insert(ti, (t, shared));
            }
            // A party committee or board named only by its kind and left
            // without a body takes the body the next title was found to name
            // (read above only once that title was reached): `nguyên Ủy viên
            // Ban Thường vụ Đảng ủy, Phó Tổng cục trưởng` after `Tổng cục
            // Cảnh sát`; a board, a company's brand (`Chủ tịch HĐQT kiêm Tổng
            // Giám đốc Novaland`).
            for pair in run.windows(2) {
                let Item::Title(written) = &ms[pair[0]].item else {
                    continue;
                };
                let Some(bare) = bare_body(written) else {
                    continue;
                };
                let board = is_board(bare);
                let org = out
                    .get(&pair[1])
                    .and_then(|(n, _)| n.org.as_ref())
                    .filter(|o| {
                        if board {
                            is_brand(o)
                        } else {
                            lends_to(bare, o)
                        }
                    })
                    .map(|body| self.with_body(bare, body));
                if let (Some(org), Some((t, _))) = (org, out.get_mut(&pair[0])) {
                    if t.org.is_none() {
                        t.org = Some(org);
                    }
                }
            }
            // `Ngân hàng X vừa họp ... ông A, Chủ tịch HĐQT, cho biết`: a
            // company's board named only by its kind and left without a body
            // by its list is the board of the company named last, in the
            // sentence (of the kind written after it: `Chủ tịch HĐQT ngân
            // hàng này`, `Ủy viên HĐQT Tổng công ty`).
            for &ti in &run {
                let Item::Title(written) = &ms[ti].item else {
                    continue;
                };
                let Some(bare) = bare_body(written).filter(|o| is_board(o)) else {
                    continue;
                };
                let after = toks.get(ms[ti].end);
                if after.is_some_and(unread_name) {
                    continue;
                }
                let kind = self.head_at(toks, ms[ti].end);
                // (A company's board written on its own, not as another
                // title's: `phê bình Hội đồng thành viên Tổng công ty X và
                // ông A - Chủ tịch HĐTV`.)
                let on_its_own = |m: &Mention| matches!(m.item, Item::Org(_));
                let body = ms[..ti]
                    .iter()
                    .rev()
                    .filter_map(|m| named_body(m).map(|o| (o, on_its_own(m))))
                    .find(|&(o, own)| {
                        (lends_to(bare, o) || own && names_a_board(o)) && is_company(o, kind)
                    })
                    .map(|(o, _)| o);
                if let (Some(body), Some((t, _))) = (body, out.get_mut(&ti)) {
                    if t.org.is_none() {
                        t.org = Some(self.with_body(bare, body));
                    }
                }
            }
        }
        out
    }

    /// The canonical head of the body a word at `at` opens (`ngân hàng`,
    /// `Tổng công ty`): the kind of body written after a title.
    fn head_at(&self, toks: &[Token], at: usize) -> Option<&'g str> {
        toks.get(at)
            .filter(|w| w.word)
            .and_then(|_| self.g.org_heads.longest(toks, at))
            .map(|(_, h)| h.canonical.as_str())
    }

    /// A party committee or board named only by its kind (`bare`: `Đảng
    /// ủy`, `Hội đồng quản trị`) of the body it belongs to: the company, not
    /// its board (`Chủ tịch Hội đồng quản trị PVN` → the party committee of
    /// PVN); the commune's own committee for a commune's government (`Bí thư
    /// Đảng ủy, Chủ tịch UBND xã X`: a province's is never written so).
    fn with_body(&self, bare: &OrgPhrase, body: &OrgPhrase) -> OrgPhrase {
        let skip = usize::from(body.segments.len() > 1 && is_board(body));
        let mut segments = bare.segments.clone();
        let commune = matches!(bare.segments[0].text.as_str(), "Đảng ủy" | "Đảng bộ")
            && matches!(
                body.segments[0].text.as_str(),
                "Ủy ban nhân dân" | "Hội đồng nhân dân"
            )
            && body
                .locality
                .as_ref()
                .is_some_and(|l| self.g.committee_of(l.unit.as_deref(), l.level) == "Đảng ủy");
        if !commune {
            segments.extend(body.segments[skip..].iter().cloned());
        }
        OrgPhrase {
            segments,
            locality: body.locality.clone(),
            surface: String::new(),
        }
    }

    /// Whether a bare title before a comma shares the body of the next
    /// title (`Phó Chủ tịch, Tổng Thư ký Hội Luật gia Việt Nam`, `Bộ trưởng,
    /// Chủ nhiệm Văn phòng Chính phủ`). Not a party post, which has its own
    /// committee (`Phó Bí thư, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy`); not a
    /// plural (`ý kiến của các đại biểu, Bộ trưởng X`); not a state post in a
    /// party committee (`Chủ tịch, Bí thư Thành ủy`); and, for a role whose
    /// bodies are known, a body of that kind (a minister may also chair a
    /// national body of ministerial rank).
    fn shares_after_comma<'t>(
        &self,
        title: &Title,
        ms: &[Mention],
        ti: usize,
        toks: &[Token],
        mut rest: impl Iterator<Item = &'t Title>,
    ) -> bool {
        let plural = said_of_many(ms, toks, ti, 1);
        let Some(next) = rest.next().and_then(|n| n.org.clone()) else {
            return false;
        };
        let next = without_board(next, &title.role);
        let first = &next.segments[0];
        let fits = match self.g.role_body_heads(&title.role) {
            None => true,
            Some(heads) => {
                listed(heads, &first.head)
                    || heads == "Bộ" && next.segments.len() == 1 && first.national
            }
        };
        !party_post(title) && !plural && first.kind != OrgKind::Committee && fits
    }
}

/// The party committee or board named only by its kind that a title is
/// written with (`Bí thư Đảng ủy`, `Chủ tịch HĐQT`), if any.
fn bare_body(t: &Title) -> Option<&OrgPhrase> {
    t.org
        .as_ref()
        .or(t.implied_org.as_ref())
        .filter(|o| is_bare(o))
}

/// The heads of companies, whose boards a `Hội đồng quản trị` names.
const COMPANIES: [&str; 4] = ["Tập đoàn", "Tổng công ty", "Công ty", "Ngân hàng"];

/// Whether a body (or the one whose board it is) is a company, of the head
/// `kind` when one is given: not a regulator (`Ngân hàng Nhà nước`) or an
/// exchange a company reports to.
fn is_company(o: &OrgPhrase, kind: Option<&str>) -> bool {
    let first = o
        .segments
        .iter()
        .find(|s| !BOARDS.contains(&s.text.as_str()));
    first.is_some_and(|s| kind.map_or(COMPANIES.contains(&s.head.as_str()), |k| s.head == k))
}

/// Whether a body is named only by a brand or an acronym no table knows
/// (`Novaland`, `LienVietPostBank`), as [`OrgPhrase::named_by`] writes it.
fn is_brand(o: &OrgPhrase) -> bool {
    match o.segments.as_slice() {
        [s] => s.head == s.text && s.kind == OrgKind::Agency && !s.national && o.locality.is_none(),
        _ => false,
    }
}

/// Whether a body is a board named with its company (`Hội đồng thành viên
/// Tổng công ty Đường sắt`): the company a board named only by its kind
/// may belong to, whichever board it is.
fn names_a_board(o: &OrgPhrase) -> bool {
    is_board(o) && named_outside_party(o)
}

/// Whether a body may be the one a party committee or board named only by
/// its kind belongs to: named itself, of another kind, and no party
/// committee or party board (`Ủy ban Kiểm tra`).
fn lends_to(bare: &OrgPhrase, o: &OrgPhrase) -> bool {
    o.segments[0].text != bare.segments[0].text && named_outside_party(o)
}

/// Whether a body is named itself (not only by its kind) and holds no
/// party committee or party board.
fn named_outside_party(o: &OrgPhrase) -> bool {
    !is_bare(o)
        && o.segments
            .iter()
            .all(|s| s.kind != OrgKind::Committee && s.default_parent.is_none())
}
