/*!
The places an article is about, as far as read: the running province,
city and district, and the ones most named, from which a title without a
locality takes its place (guide §1.3: a bare `Bí thư Tỉnh ủy` takes the
province the passage is about). Part of the fact builder.
*/

use super::*;

/// A place known from the text so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Place {
    pub(super) unit: Option<String>,
    pub(super) name: String,
    pub(super) province: Option<usize>,
}

impl Place {
    /// The place a locality names, if it names one.
    pub(super) fn of(loc: &Locality) -> Option<Place> {
        loc.name.as_ref().map(|name| Place {
            unit: loc.unit.clone(),
            name: name.clone(),
            province: loc.province,
        })
    }
}

/// The places an article is about, as far as read.
#[derive(Clone, Debug, Default)]
pub struct Context {
    pub(super) province: Option<usize>,
    pub(super) city: Option<Place>,
    pub(super) district: Option<Place>,
    /// The commune named last in the running district (`UBND xã Đồng Tâm
    /// ... nguyên Chủ tịch UBND xã`).
    pub(super) commune: Option<Place>,
    /// The district most named in the article, for when the running one
    /// was left behind.
    pub(super) main_district: Option<Place>,
    /// The province most named in the article, and how often each province
    /// is named.
    pub(super) main_province: Option<usize>,
    pub(super) province_counts: HashMap<usize, usize>,
    /// Sentences read since the running province was last named.
    pub(super) since_province: usize,
}

impl Context {
    /// Records a place the text names.
    pub(super) fn see(&mut self, g: &Gazetteer, loc: &Locality) {
        let Some(place) = Place::of(loc) else { return };
        match loc.level {
            Level::Province => {
                if let Some(p) = loc.province {
                    self.set_province(p);
                }
            }
            Level::City => {
                if let Some(p) = loc.province {
                    self.set_province(p);
                    if g.provinces[p].is_city() {
                        return;
                    }
                }
                self.city = Some(place);
            }
            Level::District => {
                if self.district.as_ref().is_some_and(|d| d.name != place.name) {
                    self.commune = None;
                }
                self.district = Some(place);
            }
            Level::Commune => self.commune = Some(place),
            Level::Any => {}
        }
    }

    /// The province a body named without one belongs to: the one named last,
    /// unless it was named only once, in passing, more than two sentences
    /// back (`gần bằng nửa tỉnh Bắc Kạn` in news about Hồ Chí Minh City):
    /// then the one the article is about.
    pub(super) fn province(&self) -> Option<usize> {
        let count = |p: &usize| self.province_counts.get(p).copied().unwrap_or(0);
        match (self.province, self.main_province) {
            (Some(p), Some(main))
                if p != main && count(&p) == 1 && count(&main) >= 2 && self.since_province > 2 =>
            {
                Some(main)
            }
            (p, _) => p,
        }
    }

    /// One more sentence read.
    pub(super) fn next_sentence(&mut self) {
        self.since_province += 1;
    }

    /// A new province: the city and district named before belong to another.
    pub(super) fn set_province(&mut self, p: usize) {
        self.since_province = 0;
        if self.province != Some(p) {
            self.province = Some(p);
            if self.city.as_ref().is_some_and(|c| c.province != Some(p)) {
                self.city = None;
            }
            self.district = None;
            self.commune = None;
        }
    }

    /// The places most named in the whole article: the starting context.
    pub fn dominant(g: &Gazetteer, sentences: &[Sentence]) -> Context {
        // How often each place is named, by name (the first mention's
        // unit and province kept).
        let tally = |counts: &mut HashMap<String, (usize, Place)>, loc: &Locality| {
            if let Some(place) = Place::of(loc) {
                counts.entry(place.name.clone()).or_insert((0, place)).0 += 1;
            }
        };
        let mut provinces: HashMap<usize, usize> = HashMap::new();
        let mut cities: HashMap<String, (usize, Place)> = HashMap::new();
        let mut districts: HashMap<String, (usize, Place)> = HashMap::new();
        for loc in sentences.iter().flat_map(localities) {
            if loc.level == Level::District {
                tally(&mut districts, loc);
            }
            if let Some(p) = loc.province {
                *provinces.entry(p).or_default() += 1;
            }
            if loc.level == Level::City && loc.province.is_none_or(|p| !g.provinces[p].is_city()) {
                tally(&mut cities, loc);
            }
        }
        let province = provinces
            .iter()
            .max_by_key(|&(&p, &n)| (n, std::cmp::Reverse(p)))
            .map(|(&p, _)| p);
        let city = cities
            .into_values()
            .max_by(|a, b| a.0.cmp(&b.0).then_with(|| b.1.name.cmp(&a.1.name)))
            .map(|(_, p)| p);
        let main_district = districts
            .into_values()
            .max_by(|a, b| a.0.cmp(&b.0).then_with(|| b.1.name.cmp(&a.1.name)))
            .map(|(_, p)| p);
        Context {
            province,
            city,
            district: main_district.clone(),
            commune: None,
            main_district,
            main_province: province,
            province_counts: provinces,
            since_province: 0,
        }
    }
}
