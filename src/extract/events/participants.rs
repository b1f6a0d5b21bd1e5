/*!
Who took part in an event and in what part (chaired, spoke, attended,
received, elected...): the people named in its sentences with the part the
cue words of `data/event_parts.tsv` give, the people an event honours
(who are not participants), and the body that organized or conferred it.
Part of [`EventBuilder`].
*/

use super::*;

impl<'g> EventBuilder<'g> {
    /// People named in a sentence (short names resolved), each with the part
    /// the nearest cue gives (attendee by default).
    pub(super) fn people(
        &self,
        s: &Sentence,
        si: usize,
        names: &[(usize, String)],
    ) -> Vec<Participant> {
        self.people_from(s, si, names, 0)
    }

    /// The people of a sentence named from token `from` on.
    pub(super) fn people_from(
        &self,
        s: &Sentence,
        si: usize,
        names: &[(usize, String)],
        from: usize,
    ) -> Vec<Participant> {
        let mut out = Vec::new();
        for (mi, full) in self.named(s, si, names, from) {
            upsert(&mut out, &full, self.part_of(s, mi));
        }
        out
    }

    /// Each person a sentence names from token `from` on, with the mention
    /// naming them: short names and pronouns resolved, the people an event
    /// honours left out.
    fn named(
        &self,
        s: &Sentence,
        si: usize,
        names: &[(usize, String)],
        from: usize,
    ) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        for (mi, m) in s.mentions.iter().enumerate() {
            if m.start < from {
                continue;
            }
            let full = match &m.item {
                Item::Person { name, short: false } => longest_form(name, names),
                Item::Person { name, short: true } => {
                    match resolve_short_in(self.g, name, si, names) {
                        Some(n) => n,
                        None => continue,
                    }
                }
                Item::Pronoun(word) => match resolve_pronoun(word, si, names) {
                    Some(n) => n,
                    None => continue,
                },
                _ => continue,
            };
            if !self.honoree(s, m.start) {
                out.push((mi, full));
            }
        }
        out
    }

    /// People of a sentence that gives titles (`Bộ trưởng Quốc phòng Phan
    /// Văn Giang`, `Các đồng chí Phó Chánh văn phòng: A, B`): the guests of an
    /// event listed after it, not names met in passing.
    pub(super) fn titled_people(
        &self,
        s: &Sentence,
        si: usize,
        names: &[(usize, String)],
    ) -> Vec<Participant> {
        let titled = s
            .mentions
            .iter()
            .any(|m| matches!(m.item, Item::Title(_) | Item::Rank(_)));
        if titled {
            self.people(s, si, names)
        } else {
            Vec::new()
        }
    }

    /// The people an article names as honoured by an event.
    pub(super) fn honorees(
        &self,
        sentences: &[Sentence],
        names: &[(usize, String)],
    ) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for (si, s) in sentences.iter().enumerate() {
            for m in &s.mentions {
                let name = match &m.item {
                    Item::Person { name, short: false } => Some(name.clone()),
                    Item::Person { name, short: true } => resolve_short_in(self.g, name, si, names),
                    _ => None,
                };
                if let Some(n) = name.filter(|_| self.honoree(s, m.start)) {
                    if !out.contains(&n) {
                        out.push(n);
                    }
                }
            }
        }
        out
    }

    /// Whether the name at token `start` is the person an event honours
    /// (`kỷ niệm ngày sinh đồng chí A`, `tên đường B`, `tang lễ bà C`).
    pub(super) fn honoree(&self, s: &Sentence, start: usize) -> bool {
        (start.saturating_sub(5)..start).any(|i| self.cue_in(s, i, EventCueKind::Honoree).is_some())
    }

    /// The word of `data/event_parts.tsv` right after the person of
    /// mention `mi` and their titles.
    fn cue_after(&self, s: &Sentence, mi: usize) -> Option<&crate::extract::gazetteer::PartCue> {
        let ms = &s.mentions;
        // Skip the person's own titles and separators.
        let mut j = mi + 1;
        while j < ms.len()
            && matches!(
                ms[j].item,
                Item::Title(_) | Item::Sep(_) | Item::Filler | Item::Rank(_)
            )
        {
            if sep_is(&ms[j], &[";"]) {
                break;
            }
            j += 1;
        }
        self.part_cue(s, ms.get(j)?.start).map(|(_, cue)| cue)
    }

    /// The people of a sentence who say something in it (`ông A, Giám đốc
    /// Sở X cho biết`): the speakers of the event the article reports.
    pub(super) fn speakers(
        &self,
        s: &Sentence,
        si: usize,
        names: &[(usize, String)],
    ) -> Vec<Participant> {
        let mut out = Vec::new();
        for (mi, full) in self.named(s, si, names, 0) {
            if self.cue_after(s, mi).is_some_and(|c| c.side == "speech") {
                upsert(&mut out, &full, Part::Speaker);
            }
        }
        out
    }

    /// The part a person takes, from cue words after the name (and its
    /// titles) or before it.
    pub(super) fn part_of(&self, s: &Sentence, mi: usize) -> Part {
        let ms = &s.mentions;
        if let Some(cue) = self.cue_after(s, mi) {
            if cue.side == "after" {
                return Part::parse(&cue.part);
            }
        }
        // Before: a cue opening the clause (`Dự hội nghị có ...`).
        for b in (0..mi).rev() {
            if matches!(&ms[b].item, Item::Person { .. } | Item::Pronoun(_)) {
                continue;
            }
            if let Some((_, cue)) = self.part_cue(s, ms[b].start) {
                if cue.side == "before" {
                    return Part::parse(&cue.part);
                }
            }
        }
        Part::Attendee
    }

    /// Whether a sentence holds a word of `data/event_parts.tsv` (but for
    /// words of speech).
    pub(super) fn has_part_cue(&self, s: &Sentence) -> bool {
        self.marks(s).part_cue
    }

    /// Whether a sentence holds a word of speech of `data/event_parts.tsv`.
    pub(super) fn has_speech(&self, s: &Sentence) -> bool {
        self.marks(s).speech
    }

    /// The word of `data/event_parts.tsv` at `tokens[i]`, unless it begins
    /// a phrase that is no such word (`dự án`, `dự thảo`).
    pub(super) fn part_cue(
        &self,
        s: &Sentence,
        i: usize,
    ) -> Option<(usize, &crate::extract::gazetteer::PartCue)> {
        part_cue(self.g, &s.tokens, &self.marks(s).spots, i)
    }

    /// `X tổ chức ...`: the body before `tổ chức`.
    pub(super) fn organizer(&self, s: &Sentence) -> Option<Org> {
        let ms = &s.mentions;
        let at = s
            .tokens
            .iter()
            .position(|t| t.key == "tổ")
            .filter(|&i| s.tokens.get(i + 1).is_some_and(|t| t.key == "chức"))?;
        let org = ms
            .iter()
            .take_while(|m| m.end <= at)
            .filter_map(|m| match &m.item {
                Item::Org(o) => Some(&**o),
                _ => None,
            })
            .last()?;
        Some(self.body_of(org))
    }

    /// A body an event's sentence names, completed from the phrase alone
    /// (the organizer, the conferring body, the venue).
    pub(super) fn body_of(&self, o: &crate::extract::mentions::OrgPhrase) -> Org {
        self.facts.resolve_org(o, None, &[], &Default::default())
    }

    /// `... của Bộ Tư lệnh Quân khu 4`: the body conferring an award.
    pub(super) fn conferring_body(&self, s: &Sentence) -> Option<Org> {
        let ms = &s.mentions;
        for (i, m) in ms.iter().enumerate() {
            if !matches!(&m.item, Item::Word(w) if w == "của") {
                continue;
            }
            if let Some(Item::Org(o)) = ms.get(i + 1).map(|m| &m.item) {
                return Some(self.body_of(o));
            }
        }
        None
    }
}

/// Adds a participant, keeping the more specific part.
pub(super) fn upsert(list: &mut Vec<Participant>, person: &str, part: Part) {
    match list.iter_mut().find(|p| p.person == person) {
        Some(p) if p.part == Part::Attendee => p.part = part,
        Some(_) => {}
        None => list.push(Participant {
            person: person.to_string(),
            part,
        }),
    }
}
