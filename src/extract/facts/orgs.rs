/*!
Completing a title's body: the organization phrase read in `mentions`
becomes an [`Org`] with its parent bodies and its place, the place taken
from the phrase, the sentence, then the article (guide §1.3), and the
country of a body abroad; and whether an abbreviation or a brand the
tables do not know names a body (`ĐH` → `Đại học Quốc gia Hà Nội`). Part
of [`FactBuilder`].
*/

use super::*;

impl<'g> FactBuilder<'g> {
    pub(super) fn resolve_title_org(
        &self,
        title: &Title,
        via_cue: bool,
        shared: Option<&Locality>,
        sent_locs: &[Locality],
        ctx: &Context,
    ) -> Option<Org> {
        if let Some(phrase) = title.org.as_ref().or(title.implied_org.as_ref()) {
            return Some(self.resolve_org(phrase, shared, sent_locs, ctx));
        }
        // A bare `Bí thư` is the secretary of the local party committee;
        // other bare roles name a body only as a predicate.
        let committee = party_post(title);
        let mut phrase = title
            .fallback_org
            .clone()
            .filter(|_| via_cue || committee)?;
        // The committee of the place the list names (`Phó bí thư - Chủ tịch
        // UBND huyện Sa Pa` → Huyện ủy, `UBND xã X` → Đảng ủy), else of the
        // province; a centrally-run city's committee is its Thành ủy.
        if phrase.segments.len() == 1 && phrase.segments[0].text == "Tỉnh ủy" {
            let city = ctx
                .province()
                .is_some_and(|p| self.g.provinces[p].is_city());
            let local = shared
                .filter(|l| matches!(l.level, Level::District | Level::Commune))
                .and_then(|l| l.unit.as_ref())
                .and_then(|u| self.g.unit_committees.get(u));
            let head = match (local, shared.map(|l| l.level)) {
                (Some(head), _) => head.as_str(),
                (None, Some(Level::District)) => "Huyện ủy",
                (None, Some(Level::City)) if shared.is_some_and(|l| l.province.is_none()) => {
                    "Thành ủy"
                }
                _ if city => "Thành ủy",
                _ => "Tỉnh ủy",
            };
            phrase.segments = vec![self.finder.head_segment(head)?];
            // A commune's `Đảng ủy` names its place itself.
            if local.is_some() {
                phrase.locality = shared.cloned();
            }
        }
        Some(self.resolve_org(&phrase, shared, sent_locs, ctx))
    }

    /// The canonical organization of a phrase, completing its locality.
    pub fn resolve_org(
        &self,
        phrase: &OrgPhrase,
        shared: Option<&Locality>,
        sent_locs: &[Locality],
        ctx: &Context,
    ) -> Org {
        let mut segments = phrase.segments.clone();
        // A board with no parent named belongs to the local committee.
        if let Some(parent) = segments.last().and_then(|s| s.default_parent.clone()) {
            if segments.len() == 1 || segments.last().is_some_and(|s| s.kind == OrgKind::Dept) {
                // The place the list names decides, else the article's.
                let province = shared
                    .and_then(|l| l.province)
                    .or_else(|| sent_locs.iter().find_map(|l| l.province))
                    .or(ctx.province());
                let city = province.is_some_and(|p| self.g.provinces[p].is_city());
                // A district's board is its own committee's (`Ban Tuyên giáo
                // huyện X` → Huyện ủy, `quận 1` → Quận ủy).
                let local = phrase
                    .locality
                    .as_ref()
                    .filter(|l| matches!(l.level, Level::District | Level::Commune));
                let parent = match local {
                    Some(l) if parent == "Tỉnh ủy" => {
                        self.g.committee_of(l.unit.as_deref(), l.level).to_string()
                    }
                    _ if parent == "Tỉnh ủy" && city => "Thành ủy".to_string(),
                    _ => parent,
                };
                // (Not a province's committee where no province is known:
                // `ông A, Trưởng ban tổ chức cho biết` in a report of a
                // contest is its organizers', not a party board.)
                let nowhere = parent == "Tỉnh ủy" && local.is_none() && province.is_none();
                if let Some(seg) = self.finder.head_segment(&parent).filter(|_| !nowhere) {
                    segments.push(seg);
                }
            }
        }
        // A committee's executive board is the committee (`Ủy viên Ban Chấp
        // hành Đảng bộ tỉnh` = `Tỉnh ủy viên`), and a party organization of a
        // unit is that unit's committee.
        if segments.len() > 1
            && segments[0].text == "Ban Chấp hành"
            && segments[1].kind == OrgKind::Committee
        {
            segments.remove(0);
        }
        if let Some(last) = segments.last_mut() {
            if last.text == "Đảng bộ" {
                let head = phrase
                    .locality
                    .as_ref()
                    .filter(|l| matches!(l.level, Level::Province | Level::City | Level::District))
                    .map(|l| self.g.committee_of(l.unit.as_deref(), l.level));
                if let Some(seg) = head.and_then(|h| self.finder.head_segment(h)) {
                    *last = seg;
                }
            }
        }
        let needs = self.needed_level(&segments, phrase.locality.as_ref());
        let place = match (&phrase.locality, needs) {
            (_, None) => None,
            (
                Some(Locality {
                    name: Some(name),
                    unit,
                    province,
                    ..
                }),
                _,
            ) => Some(Place {
                unit: unit.clone(),
                name: name.clone(),
                province: *province,
            }),
            (loc, Some(level)) => {
                let unit = loc.as_ref().and_then(|l| l.unit.clone());
                // A `Phòng` takes the district the article is about only when
                // it is one of a district's departments (`Phòng Nội vụ`);
                // others (of a police force, a Sở, a company, a hospital) a
                // district only from their own sentence.
                let article = !(level == Level::District
                    && segments.last().is_some_and(|s| {
                        s.kind == OrgKind::Dept
                            && !s
                                .text
                                .strip_prefix(s.head.as_str())
                                .is_some_and(|name| self.g.is_district_department(name))
                    }));
                self.place_from_context(level, shared, sent_locs, ctx, article)
                    .map(|mut p| {
                        if unit.is_some() {
                            p.unit = unit.clone();
                        }
                        p
                    })
            }
        };
        // A centrally-run city's party committee is its Thành ủy, whatever
        // word the text used (`Bí thư tỉnh này`, `Tỉnh ủy Đà Nẵng`).
        let city = place.as_ref().is_some_and(|pl| {
            pl.province.is_some_and(|p| {
                self.g.provinces[p].is_city() && self.g.provinces[p].name == pl.name
            })
        });
        if let Some(head) = city.then(|| self.finder.head_segment("Thành ủy")).flatten() {
            for seg in segments.iter_mut().filter(|s| s.text == "Tỉnh ủy") {
                *seg = head.clone();
            }
        }
        let org = self.render(&segments, place.as_ref());
        let mut org = org;
        let surface = crate::extract::normalize::normalize(&phrase.surface);
        // Only a form that names its place is another name of this body
        // (`HĐND TP Thanh Hóa`); a bare `Thành ủy` names many.
        let self_contained =
            needs.is_none() || phrase.locality.as_ref().is_some_and(|l| l.name.is_some());
        if self_contained && !surface.is_empty() && key(&surface) != key(&org.name) {
            org.alt_labels.push(surface);
        }
        org
    }

    /// The level of place the phrase's last body needs, if any.
    pub(super) fn needed_level(
        &self,
        segments: &[Segment],
        loc: Option<&Locality>,
    ) -> Option<Level> {
        if segments.iter().any(|s| s.national) {
            return None;
        }
        let last = segments.last()?;
        let by_unit = loc.filter(|l| l.unit.is_some()).map(|l| l.level);
        match last.kind {
            OrgKind::National => None,
            OrgKind::Agency => loc.map(|l| l.level),
            OrgKind::Committee => match last.level {
                Level::Any => loc.map(|l| l.level),
                level => Some(level),
            },
            OrgKind::Local | OrgKind::Dept => Some(match (by_unit, last.level) {
                (Some(level), _) => level,
                (None, Level::Any) => Level::Province,
                (None, level) => level,
            }),
        }
    }

    pub(super) fn place_from_context(
        &self,
        level: Level,
        shared: Option<&Locality>,
        sent_locs: &[Locality],
        ctx: &Context,
        article: bool,
    ) -> Option<Place> {
        let province_place = |p: usize| Place {
            unit: None,
            name: self.g.provinces[p].name.clone(),
            province: Some(p),
        };
        // The place of that level the list, else the sentence, names.
        let named = |level: Level| {
            shared
                .filter(|l| l.level == level)
                .and_then(Place::of)
                .or_else(|| {
                    sent_locs
                        .iter()
                        .filter(|l| l.level == level)
                        .find_map(Place::of)
                })
        };
        match level {
            Level::Province | Level::Any => shared
                .and_then(|l| l.province)
                .or_else(|| sent_locs.iter().find_map(|l| l.province))
                .or(ctx.province())
                .map(province_place),
            Level::City => named(Level::City).or_else(|| ctx.city.clone()).or_else(|| {
                ctx.province()
                    .filter(|&p| self.g.provinces[p].is_city())
                    .map(province_place)
            }),
            Level::District => named(Level::District).or_else(|| {
                (article.then(|| ctx.district.clone().or_else(|| ctx.main_district.clone())))
                    .flatten()
            }),
            Level::Commune => named(Level::Commune).or_else(|| ctx.commune.clone()),
        }
    }

    /// Writes the canonical name (guide §1.3) and the parent chain.
    pub(super) fn render(&self, segments: &[Segment], place: Option<&Place>) -> Org {
        let base = segments
            .iter()
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let last = segments.last();
        let name = match (place, last) {
            (None, _) | (_, None) => base,
            (Some(p), Some(last)) => {
                let province = p.province.map(|i| &self.g.provinces[i]);
                let numbered = p.name.starts_with(|c: char| c.is_ascii_digit());
                let where_ = if last.kind == OrgKind::Committee && numbered {
                    // `Quận ủy Quận 8`, `Đảng ủy Phường 3`: a number is no
                    // name without its unit.
                    let mut unit = p.unit.as_deref().unwrap_or("quận").chars();
                    let first = unit.next().into_iter().flat_map(char::to_uppercase);
                    format!("{}{} {}", first.collect::<String>(), unit.as_str(), p.name)
                } else if let Some(u) = p.unit.as_ref().filter(|u| {
                    last.kind == OrgKind::Committee
                        && self.g.committee_of(Some(u.as_str()), Level::Any) == "Đảng ủy"
                }) {
                    // `Đảng ủy xã Tân Lập`: a commune's committee, a plain
                    // `Đảng ủy`, needs the unit word.
                    format!("{u} {}", p.name)
                } else if last.kind == OrgKind::Committee {
                    province.map_or(p.name.clone(), |pr| pr.label.clone())
                } else {
                    match (province, &p.unit) {
                        (Some(pr), None) => pr.with_unit(),
                        (Some(pr), Some(u)) if *u == pr.unit || pr.is_city() => pr.with_unit(),
                        (_, Some(u)) => format!("{u} {}", p.name),
                        (None, None) => p.name.clone(),
                    }
                };
                format!("{base} {where_}")
            }
        };
        let parent = (segments.len() > 1).then(|| Box::new(self.render(&segments[1..], place)));
        Org {
            name,
            alt_labels: Vec::new(),
            parent,
        }
    }
}

/// A word that names a body the tables do not know: an abbreviation
/// (`UBAT`) or a brand (`Vinamilk`, `VinFast`), capitalized and not a
/// syllable of the language.
pub(super) fn unread_name(w: &Token) -> bool {
    w.word
        && w.cap
        && w.text.chars().filter(|c| c.is_alphabetic()).count() > 1
        && (crate::extract::mentions::is_upper(w)
            || !crate::extract::syllables::is_vietnamese_syllable(&w.text))
}

/// Whether `name`, an abbreviation or a brand, names `body`: a word of
/// its name (`Vinhomes` in `Công ty Cổ phần Vinhomes`), or the first
/// letters of it.
pub(super) fn names_body(name: &str, body: &OrgPhrase) -> bool {
    let key = crate::extract::normalize::key;
    let word = key(name);
    let written = body
        .segments
        .iter()
        .any(|s| s.text.split_whitespace().any(|w| key(w) == word))
        || body.surface.split_whitespace().any(|w| key(w) == word);
    written || abbreviates(name, body)
}

/// Whether `abbreviation` (`ĐH`, `HPN`, `LĐ`) is written with the first
/// letters of a body's name, with or without its head (`Đại học Quốc gia
/// Hà Nội`; `Sở Lao động - Thương binh và Xã hội`).
pub(super) fn abbreviates(abbreviation: &str, body: &OrgPhrase) -> bool {
    let upper: String = abbreviation
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_uppercase)
        .collect();
    let Some(first) = body.segments.first() else {
        return false;
    };
    let name: String = body
        .segments
        .iter()
        .map(|s| s.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let initials = |text: &str| -> String {
        text.split_whitespace()
            .filter_map(|w| w.chars().next())
            .filter(|c| c.is_alphabetic())
            .flat_map(char::to_uppercase)
            .collect()
    };
    let without_head = name.strip_prefix(first.head.as_str()).unwrap_or(&name);
    initials(&name).starts_with(&upper) || initials(without_head).starts_with(&upper)
}
