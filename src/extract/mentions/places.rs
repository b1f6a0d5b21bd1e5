/*!
Places in a sentence: localities after an organization or a unit word
(`tỉnh Hòa Bình`, `TP Thanh Hóa`, `Huyện ủy Ý Yên`), bare place names and
provinces. Part of [`MentionFinder`]; uses only the gazetteer and the tokens.
*/

use super::*;

impl<'g> MentionFinder<'g> {
    /// A unit word and a name (`tỉnh Phú Yên`, `TP. Thanh Hóa`, `huyện Ý Yên`),
    /// a unit word alone (`UBND tỉnh`), or, when `bare` is allowed, a
    /// province's name alone.
    pub fn locality_at(
        &self,
        toks: &[Token],
        i: usize,
        standalone: bool,
    ) -> Option<(Locality, usize)> {
        if let Some((n, unit)) = self.unit_at(toks, i) {
            let mut j = i + n;
            if toks.get(j).is_some_and(|t| t.text == ".") {
                j += 1;
            }
            // Districts and communes are not in the gazetteer, and their
            // names may look like a person's (`huyện Hoàng Su Phì`).
            let named = if matches!(unit.level, Level::District | Level::Commune) {
                self.place_words(toks, j)
            } else {
                self.place_name(toks, j)
            };
            let (name, province, m) = match named {
                Some((name, province, m)) => (Some(name), province, m),
                None => (None, None, 0),
            };
            if standalone && name.is_none() {
                return None;
            }
            // A unit word followed by a province's name of the other kind
            // still names that province (`thành phố Thanh Hóa` is a city of
            // the province Thanh Hóa, and keeps its unit).
            return Some((
                Locality {
                    unit: Some(unit.unit.clone()),
                    level: unit.level,
                    name,
                    province,
                },
                j - i + m,
            ));
        }
        let (n, p) = self.g.place_at(toks, i)?;
        // (`Thái Bình Dương` is an ocean, not the province `Thái Bình`, nor
        // `Bình Dương`.)
        if self
            .g
            .countries
            .longest(toks, i)
            .is_some_and(|(m, _)| m > n)
            || self.inside_country(toks, i)
        {
            return None;
        }
        let idx = self.province_index(p);
        Some((
            Locality {
                unit: None,
                level: if p.is_city() {
                    Level::City
                } else {
                    Level::Province
                },
                name: Some(p.name.clone()),
                province: Some(idx),
            },
            n,
        ))
    }

    /// Whether token `i` is inside the name of a country, a continent or
    /// an ocean that starts before it (`châu Âu`, `Thái Bình Dương`).
    pub(super) fn inside_country(&self, toks: &[Token], i: usize) -> bool {
        (1..=3.min(i)).any(|back| {
            self.g
                .countries
                .longest(toks, i - back)
                .is_some_and(|(n, _)| n > back)
        })
    }

    /// A name after a committee head with no unit word (`Huyện ủy Ý Yên`).
    pub(super) fn bare_place(
        &self,
        toks: &[Token],
        i: usize,
        level: Level,
    ) -> Option<(Locality, usize)> {
        let (name, province, m) = if level == Level::District {
            self.place_words(toks, i)?
        } else {
            self.place_name(toks, i)?
        };
        let level = match province.map(|p| &self.g.provinces[p]) {
            Some(p) if p.is_city() => Level::City,
            Some(_) => Level::Province,
            None => level,
        };
        Some((
            Locality {
                unit: None,
                level,
                name: Some(name),
                province,
            },
            m,
        ))
    }

    /// A place name at `i`: a province (by any variant) or up to four
    /// capitalized words that do not start a person's name or a title.
    pub(super) fn place_name(
        &self,
        toks: &[Token],
        i: usize,
    ) -> Option<(String, Option<usize>, usize)> {
        if let Some(found) = self.province_or_place_before_person(toks, i) {
            return Some(found);
        }
        // Most people have three names, most districts two (`Đồng Hỷ`).
        if self
            .person_here(toks, i, false)
            .is_some_and(|(n, _)| n >= 3)
        {
            return None;
        }
        self.capitalized_place(toks, i)
    }

    /// `TP Sầm Sơn Phạm Văn Tuấn`, `Huyện ủy Hoài Nhơn Nguyễn Thanh Bình`:
    /// a place, then a person's full name. Most places have two words, and
    /// some names four (`quận Thủ Đức Đặng Nguyễn Thanh Minh`): two words
    /// first, then three, then one.
    pub(super) fn place_before_person(
        &self,
        toks: &[Token],
        i: usize,
    ) -> Option<(String, Option<usize>, usize)> {
        [2, 3, 1].into_iter().find_map(|k| {
            let rest_is_person = self
                .person_here(toks, i + k, false)
                .is_some_and(|(n, _)| n >= 3);
            (rest_is_person && (0..k).all(|x| toks.get(i + x).is_some_and(is_title_case)))
                .then(|| (join(&toks[i..i + k]), None, k))
        })
    }

    /// A place named at `i`: a province, a place before a person's full
    /// name, else up to four capitalized words (or a number).
    pub(super) fn place_words(
        &self,
        toks: &[Token],
        i: usize,
    ) -> Option<(String, Option<usize>, usize)> {
        let found = self.province_or_place_before_person(toks, i);
        // (`xã Bình Định Bắc`: a commune named after a province, with more
        // capitalized words of its own that start no person nor another
        // province, is the commune's whole name.)
        if let Some((_, Some(_), n)) = found {
            let longer = toks.get(i + n).is_some_and(is_title_case)
                && self.g.place_at(toks, i + n).is_none()
                && self.person_here(toks, i + n, false).is_none();
            if longer {
                if let Some(whole) = self.capitalized_place(toks, i).filter(|&(_, _, m)| m > n) {
                    return Some(whole);
                }
            }
        }
        found.or_else(|| self.capitalized_place(toks, i))
    }

    /// A province (by any variant) at `i`, else a place before a person's
    /// full name: the places [`Self::place_name`] and [`Self::place_words`]
    /// find first.
    fn province_or_place_before_person(
        &self,
        toks: &[Token],
        i: usize,
    ) -> Option<(String, Option<usize>, usize)> {
        match self.g.place_at(toks, i) {
            Some((n, p)) => Some((p.name.clone(), Some(self.province_index(p)), n)),
            None => self.place_before_person(toks, i),
        }
    }

    /// Up to four capitalized words (or a number) naming a place.
    pub(super) fn capitalized_place(
        &self,
        toks: &[Token],
        i: usize,
    ) -> Option<(String, Option<usize>, usize)> {
        let mut n = 0;
        while i + n < toks.len() && n < 4 {
            let t = &toks[i + n];
            let numbered = n == 0 && t.is_number();
            if !(is_title_case(t) || numbered) || self.stops_name(toks, i + n) {
                break;
            }
            n += 1;
            if numbered {
                break;
            }
        }
        (n > 0).then(|| (join(&toks[i..i + n]), None, n))
    }

    pub(super) fn province_index(&self, p: &Province) -> usize {
        self.g
            .provinces
            .iter()
            .position(|q| std::ptr::eq(q, p))
            .unwrap_or(0)
    }
}
