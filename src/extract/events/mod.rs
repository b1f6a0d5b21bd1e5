/*!
Events: what happened, when, where and who took part (annotation guide §3).

An article is read as a series of *episodes*: a new episode starts where a
sentence that reports an event (a trigger word or a date) names another
province than the current one (a round-up of provincial congresses), so
each province's congress, election and conference stay apart; a province
named in passing (a career, a title) or as a venue (`tại Hà Nội`) starts
none. Within an episode, the sentences that report an event of one type (a
trigger word from `data/event_triggers.tsv`, in a sentence that dates it,
names a participant or reports a change of post) make one event (but a
meeting or visit that writes a day of its own outside the days of the one
before is another: the talks of each day of a trip): its date
is the first date written in those sentences or, failing that, the first
date of the episode; its participants are the people named in them, with
the part the nearby cue words (`data/event_parts.tsv`) give; an election or
appointment also takes the people whose posts start there, and a meeting
held in the same episode as an election takes them too (guide: an election
held at a session gives both).

The words around triggers are in `data/event_cues.tsv`, each with what it
tells:
- whether an event is reported: a weak trigger (`trao`, `thăm`) needs a
  context word of its type; a plan (`sẽ tổ chức`, `dự kiến`), a photo
  caption (`(phải)`, the sentence before `Ảnh: ...`) and a career summary
  (`từng`, a year before the article's) report none; `kỳ họp` is a Session
  of a council (`session_body`) and a Conference of any other body;
- which date is the event's: a time word makes `10/12` a date; a life
  record (`sinh ngày`), an effect (`kể từ ngày`) or a document (`Kế hoạch
  số ... ngày`) is not the event's date; a telling (`cho biết`, `công bố
  kết quả`) dates only the events named before it; a day counted from
  another (`cách đây hai ngày`, `sau đó`) or a first plenum takes no date
  from the episode. An undated article takes its year from the text (`năm
  2017` by a dated event, an anniversary, else the year written with the
  event's month, the next or the previous one; never the start of a span
  such as a career's `tháng 5/2007 đến ...`);
- who took part: the guests listed after an event (`Về phía tỉnh có các
  đồng chí: ...`) while each sentence gives titles; for a Discipline, the
  people named after its word; never the person an event honours
  (`kỷ niệm ngày sinh đồng chí A`).

This file gathers the events of an article (episodes, triggers, drafts);
`dates` dates them, `participants` says who took part and `details` where
and with which awards.
*/

mod dates;
mod details;
mod participants;

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::extract::facts::{
    full_names, longest_form, resolve_pronoun, resolve_short_in, FactBuilder,
};
use crate::extract::gazetteer::{EventCue, EventCueKind, Gazetteer, Lexicon};
use crate::extract::links::nomination_clauses;
use crate::extract::mentions::{sep_is, Item};
use crate::extract::sentence::{Dmy, Sentence, SentenceMarks};
use crate::extract::tokens::{is_life_record, Token};
use crate::model::days_in_month;
use crate::{Article, Event, EventDate, EventType, Org, Part, Participant, Post, PubDate, Status};
pub use dates::resolve_date;
use dates::{bracketed_full_date, career_span, date_ahead, written_date};
use details::{awards, counted_recipients, location};
use participants::upsert;

/// Builds the events of one article.
pub struct EventBuilder<'g> {
    g: &'g Gazetteer,
    facts: FactBuilder<'g>,
}

/// An event while it is being gathered.
struct Draft {
    kind: EventType,
    episode: usize,
    date: Option<Dmy>,
    end: Option<Dmy>,
    participants: Vec<Participant>,
    organizers: Vec<Org>,
    location: Option<String>,
    awards: Vec<String>,
    conferred_by: Option<Org>,
    recipient_count: Option<u32>,
    generates: Vec<usize>,
    evidence: String,
    /// Told on another day than the episode's (`cho biết`, `cách đây hai
    /// ngày`): no date from the rest of the episode.
    own_date_only: bool,
}

impl Draft {
    /// Whether the event has a day: its own, or its episode's when it may
    /// take that (`episode_date`: the first day written in each episode).
    fn dated(&self, episode_date: &BTreeMap<usize, Dmy>) -> bool {
        self.date.is_some() || (episode_date.contains_key(&self.episode) && !self.own_date_only)
    }

    fn new(kind: EventType, episode: usize, evidence: String) -> Draft {
        Draft {
            kind,
            episode,
            date: None,
            end: None,
            participants: Vec::new(),
            organizers: Vec::new(),
            location: None,
            awards: Vec::new(),
            conferred_by: None,
            recipient_count: None,
            generates: Vec::new(),
            evidence,
            own_date_only: false,
        }
    }
}

impl SentenceMarks {
    fn of(g: &Gazetteer, s: &Sentence) -> SentenceMarks {
        let mut spots = Vec::new();
        // (Most tokens start no cue: they are passed over at a glance.)
        for (i, t) in s.tokens.iter().enumerate() {
            if g.event_cues.starts(t) {
                for (n, &cue) in g.event_cues.matches_at(&s.tokens, i) {
                    spots.push((i, n, cue));
                }
            }
        }
        // (`tổng mức đầu tư dự kiến 900 triệu USD`: a plan word before an
        // amount estimates it; no happening is planned. Not before a time or
        // a day: `dự kiến 17h ngày 25-6`.)
        spots.retain(|&(i, n, c)| {
            if c.cue != EventCueKind::Plan {
                return true;
            }
            let mut at = i + n;
            if s.tokens.get(at).is_some_and(|t| t.is("khoảng")) {
                at += 1;
            }
            let amount = s.tokens.get(at).is_some_and(|t| {
                t.is_number()
                    && t.text
                        .chars()
                        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
            }) && !s.tokens.get(at + 1).is_some_and(|t| {
                ["h", "giờ", "ngày", "tháng", "năm", "tuần", "phút", "/", "-"]
                    .iter()
                    .any(|w| t.is(w))
            });
            !amount
        });
        // Whether the sentence has a participant word, and where its first
        // speech word stands (`nói`, `cho biết`).
        let (mut part, mut speech_at) = (false, None);
        for (i, t) in s.tokens.iter().enumerate() {
            if part && speech_at.is_some() {
                break;
            }
            if g.part_cues.starts(t) {
                match part_cue(g, &s.tokens, &spots, i) {
                    Some((_, cue)) if cue.side == "speech" => {
                        speech_at.get_or_insert(i);
                    }
                    Some(_) => part = true,
                    None => {}
                }
            }
        }
        // (`Ngày 25/5, tiếp ông A, ông B nói du lịch sẽ tăng`: a plan word
        // in what is said after an event told before it is the speaker's,
        // not the event's; unless an event is named after it too.)
        if let Some(j) =
            speech_at.filter(|_| spots.iter().any(|(_, _, c)| c.cue == EventCueKind::Plan))
        {
            let toks = &s.tokens;
            let trigger = |i: usize| {
                g.event_triggers.starts(&toks[i])
                    && g.event_triggers
                        .longest(toks, i)
                        .is_some_and(|(_, k)| k.is_some())
            };
            if (0..j).any(trigger) {
                spots.retain(|&(i, _, c)| {
                    c.cue != EventCueKind::Plan || i < j || (i..toks.len()).any(trigger)
                });
            }
        }
        let classes = spots.iter().fold(0, |bits, (_, _, c)| bits | c.cue.bit());
        SentenceMarks {
            spots,
            classes,
            part_cue: part,
            speech: speech_at.is_some(),
            written: written_date(&g.event_cues, &s.text),
        }
    }

    /// The longest cue of class `cue` at token `i`: its length and type.
    fn cue_at(&self, i: usize, cue: EventCueKind) -> Option<(usize, Option<EventType>)> {
        if self.classes & cue.bit() == 0 {
            return None;
        }
        self.spots
            .iter()
            .find(|&&(at, _, c)| at == i && c.cue == cue)
            .map(|&(_, n, c)| (n, c.kind))
    }
}

/// The word of `data/event_parts.tsv` at `tokens[i]`, unless it begins a
/// phrase that is no such word (`dự án`, `dự thảo`); `spots` are the event
/// cues of `tokens` ([`SentenceMarks`]).
fn part_cue<'g>(
    g: &'g Gazetteer,
    tokens: &[Token],
    spots: &[(usize, usize, EventCue)],
    i: usize,
) -> Option<(usize, &'g crate::extract::gazetteer::PartCue)> {
    let found = g.part_cues.longest(tokens, i)?;
    let not_part = spots
        .iter()
        .any(|&(at, _, c)| at == i && c.cue == EventCueKind::NotPart);
    (!not_part).then_some(found)
}

impl<'g> EventBuilder<'g> {
    pub fn new(g: &'g Gazetteer) -> Self {
        EventBuilder {
            g,
            facts: FactBuilder::new(g),
        }
    }

    /// The events of an article, given its sentences (title first) and the
    /// posts already extracted from them.
    pub fn build(&self, article: &Article, sentences: &[Sentence], posts: &[Post]) -> Vec<Event> {
        let names = full_names(sentences);
        let episodes = self.episodes(sentences);
        // The months the text writes with their years: read at most once,
        // by the text's year or by the days below.
        let months = std::cell::OnceCell::new();
        // An undated article takes its year from the text (a December
        // stands for "any month": no date is moved to the year before).
        let published = article.date.or_else(|| {
            self.text_year(sentences, &months)
                .map(|y| PubDate::YearMonth(y, 12))
        });
        let mut drafts: Vec<Draft> = Vec::new();
        let mut episode_date: BTreeMap<usize, Dmy> = BTreeMap::new();
        let mut last_date: Option<Dmy> = None;
        // `Cùng ngày` after a move to another province still means the day
        // last written, whichever episode wrote it.
        let mut any_last_date: Option<Dmy> = None;
        // The year of the article, and whether any written year is earlier
        // than it: an undated article whose first date has no year tells of
        // earlier steps of careers with their years (`tháng 1/2016`).
        let reference_year = published.map(|p| p.year());
        let loose_year = reference_year.is_none()
            && sentences
                .iter()
                .skip(1)
                .find_map(|s| self.date(s, None, None).0)
                .is_some_and(|(_, _, y)| y.is_none());
        // An undated article whose text reaches a later year tells of a
        // year three or more before it as a past (`Ông nhớ năm 1966, ...`
        // in news that writes 2019).
        let long_ago = match reference_year {
            Some(_) => None,
            None => self.latest_year(sentences).map(|y| y - 2),
        };
        // Whether the title or the lede writes a day: the news day of an
        // article with no date line.
        let lede_day = sentences.iter().take(3).any(|s| self.writes_a_day(s));
        // Whether the sentence before reported an event or its guests.
        let mut chained = false;
        for (si, s) in sentences.iter().enumerate() {
            let ep = episodes[si];
            if si > 0 && episodes[si - 1] != ep {
                last_date = None;
            }
            // A photo caption shows people; it reports no event of its own.
            // A plan (`sẽ tổ chức`) reports no event yet, nor its date.
            // A step of a career (`Tháng 5/2007 đến 12/5/2011: ông A ...`)
            // is background, not news.
            if self.caption(sentences, si)
                || self.has_cue(s, EventCueKind::Plan, None)
                || date_ahead(&s.text)
                || career_span(&s.text)
            {
                chained = false;
                continue;
            }
            let (date, end) = self.date(s, last_date.or(any_last_date), published);
            // `Chiều 28/8, ông A cho biết, tỉnh vừa kỷ luật ...`: the day of
            // the telling, not of the events told after it.
            let started: Vec<usize> = posts
                .iter()
                .enumerate()
                .filter(|(_, p)| p.evidence == s.text && matches!(p.status, Status::Starts))
                .map(|(i, _)| i)
                .collect();
            // `điều động binh sĩ`, `phân công một tổ công tác`: people or
            // things moved, no post given or ended.
            // (Asked only of such a word.)
            let posted = || {
                !started.is_empty()
                    || posts
                        .iter()
                        .any(|p| p.evidence == s.text && matches!(p.status, Status::Ends))
            };
            let found: Vec<(EventType, usize)> = self
                .triggers_at(s)
                .into_iter()
                .filter(|&(_, at)| self.posting_names_a_post(s, at) || posted())
                .collect();
            let tell = self.telling_at(s);
            // The first day written after the telling, before or after the
            // event word: the told event's (`ông A cho biết như vậy tại buổi
            // làm việc ... sáng 25-1`).
            let told_date =
                tell.and_then(|t| written_date(&self.g.event_cues, &s.text[s.tokens[t].start..]));
            let told: Vec<EventType> = match tell {
                Some(tell) if told_date.is_none() => found
                    .iter()
                    .filter(|&&(_, at)| tell < at)
                    .map(|&(k, _)| k)
                    .collect(),
                _ => Vec::new(),
            };
            let all_told = !found.is_empty() && told.len() == found.len();
            let dated = date.is_some();
            let (date, end) = if all_told { (None, None) } else { (date, end) };
            // `Trao đổi với báo chí chiều 15/12, ông A cho hay, ngày 14/12
            // thành phố đã có cuộc họp`: the events told after a date of
            // their own take that date, not the telling's.
            let (date, end) = match (tell, told_date) {
                (Some(tell), Some((start, told_end)))
                    if !found.is_empty() && found.iter().all(|&(_, at)| tell < at) =>
                {
                    (Some(start), told_end)
                }
                _ => (date, end),
            };
            if let Some(d) = date {
                last_date = Some(d);
                any_last_date = Some(d);
                // (`... công nhận Việt Nam (ngày 11/1/1969)`: a full date in
                // brackets glosses a past the sentence tells of, not the
                // day of the episode.)
                if !bracketed_full_date(&s.text) {
                    episode_date.entry(ep).or_insert(d);
                }
            }
            let triggers: Vec<EventType> = found.iter().map(|&(k, _)| k).collect();
            if triggers.is_empty() {
                // `Ông A giữ chức Phó chủ tịch.` after an election: the list
                // of who was elected goes on without a trigger word.
                continue_change(&mut drafts, ep, &started, posts);
                // `Cùng dự có ông A, ông B.`: who took part in the event just
                // reported, in a sentence of its own; and the guest list that
                // goes on after it (`Về phía tỉnh có các đồng chí: A, Bí thư
                // Tỉnh ủy; ...`), as long as each sentence names people with
                // their titles.
                let people = if self.has_part_cue(s) {
                    self.people(s, si, &names)
                } else if chained
                    && !self.has_cue(s, EventCueKind::Background, None)
                    && !self.earlier_year(s, reference_year, loose_year)
                {
                    self.titled_people(s, si, &names)
                } else {
                    Vec::new()
                };
                // `Ông A, Giám đốc Sở X cho biết, ...` after a meeting or a
                // visit: who speaks in the article spoke at it, unless the
                // sentence tells of another day or of the past. (A speaker
                // keeps a guest list going.)
                if people.is_empty()
                    && self.has_speech(s)
                    && (date.is_none() || date == episode_date.get(&ep).copied())
                    && !self.has_cue(s, EventCueKind::Background, None)
                    && !self.has_cue(s, EventCueKind::Earlier, None)
                    && !self.earlier_year(s, reference_year, loose_year)
                {
                    // (Only to an event reported on its own: a day or people.)
                    let reported = |d: &Draft| {
                        gathering(d.kind) && (d.dated(&episode_date) || !d.participants.is_empty())
                    };
                    match guests_event(&mut drafts, ep).filter(|d| reported(d)) {
                        Some(d) => {
                            for p in self.speakers(s, si, &names) {
                                upsert(&mut d.participants, &p.person, p.part);
                            }
                        }
                        None => chained = false,
                    }
                    continue;
                }
                chained = false;
                if people.is_empty() {
                    continue;
                }
                if let Some(d) = guests_event(&mut drafts, ep) {
                    for p in people {
                        upsert(&mut d.participants, &p.person, p.part);
                    }
                    chained = true;
                }
                continue;
            }
            let people = self.people(s, si, &names);
            // A day of its own, written in the sentence (not `cùng ngày`):
            // a meeting on another day than a visit's is another visit.
            let own_day = || self.date(s, None, published).0.is_some();
            let reported = dated || !people.is_empty() || !started.is_empty() || self.happening(s);
            // `Ngày 27/6/2016, tại kỳ họp ...`: a year before the article's
            // dates an earlier step of a career, whatever the event.
            let of_earlier_year = self.earlier_year(s, reference_year, loose_year)
                || self.earlier_year(s, long_ago, false);
            let past = self.career_background(s, published) || of_earlier_year;
            // `Cách đây hai ngày, ...`: a day other than the episode's.
            let relative = self.has_cue(s, EventCueKind::Relative, None);
            // `Phát biểu trong cuộc họp báo ở Bắc Kinh hôm nay, ...` in an
            // article with no date line: the news day, which the text does
            // not write, not the day of another happening told before.
            // (When the title or the lede writes a day, that is the news
            // day: `Sáng 30/12, ... Ông A sáng nay nhận được ...`.)
            let news_day =
                date.is_none() && !lede_day && self.has_cue(s, EventCueKind::NewsDay, None);
            // A career summary ends the list of an event's guests; a decision
            // or an award told without its day or ceremony opens none (`Với
            // quyết định bổ nhiệm này, Ban có 8 Phó ban: ...` lists who holds
            // posts, not who attended).
            let gathering = triggers.iter().any(|&k| gathering(k))
                || self.has_part_cue(s)
                || dated
                || self.happening(s);
            chained = reported && !past && gathering;
            // (Nor what a sentence places last year or last month: `năm
            // ngoái`, `tháng trước`.)
            if !reported || of_earlier_year || self.has_cue(s, EventCueKind::Earlier, None) {
                continue;
            }
            for kind in triggers {
                // `từng được bầu`, `Trước đó … được điều động`, `Năm 2015, ông
                // được bầu`: a career summary, not the news of the article.
                if past && matches!(kind, EventType::Election | EventType::Appointment) {
                    continue;
                }
                // (`Ông A từng được tặng Huân chương`, `từng bị kỷ luật`: an
                // award or a sanction of the past.)
                if matches!(kind, EventType::AwardCeremony | EventType::Discipline)
                    && self.has_cue(s, EventCueKind::Background, None)
                {
                    continue;
                }
                let mut parts = people.clone();
                // Who is disciplined is named after the word (`thi hành kỷ
                // luật ông A`); who tells of it, before (`ông B cho biết`).
                if kind == EventType::Discipline {
                    let at = found
                        .iter()
                        .find(|&&(k, _)| k == kind)
                        .map_or(0, |&(_, at)| at);
                    // (In the passive, `ông A bị cảnh cáo`, `ông A, Giám đốc
                    // Sở X đã bị giáng chức`, the last one named before it.)
                    let passive = s.tokens[..at]
                        .iter()
                        .rev()
                        .find(|t| !matches!(t.key.as_str(), "đã" | "vừa" | "cũng" | "từng"))
                        .is_some_and(|t| t.key == "bị");
                    // (Not one who speaks of it: `ông B nêu câu hỏi: "có
                    // ai bị kỷ luật?"`.)
                    let subject = passive.then(|| {
                        (0..s.mentions.len()).rev().find(|&mi| {
                            let m = &s.mentions[mi];
                            m.start < at && matches!(m.item, Item::Person { .. })
                        })
                    });
                    let from = subject
                        .flatten()
                        .filter(|&mi| {
                            let quoted = s.tokens[s.mentions[mi].end..at]
                                .iter()
                                .any(|t| matches!(t.text.as_str(), ":" | "\"" | "“" | "”"));
                            !quoted && self.part_of(s, mi) != Part::Speaker
                        })
                        .map_or(at, |mi| s.mentions[mi].start);
                    let after = self.people_from(s, si, &names, from);
                    parts.retain(|p| after.iter().any(|q| q.person == p.person));
                }
                let mut generates = Vec::new();
                if matches!(kind, EventType::Election | EventType::Appointment) {
                    let part = if kind == EventType::Election {
                        Part::Elected
                    } else {
                        Part::Appointed
                    };
                    for &pi in &started {
                        generates.push(pi);
                        upsert(&mut parts, &posts[pi].person, part);
                    }
                    // Only the people the change concerns take part in it.
                    parts.retain(|p| p.part != Part::Attendee || started.is_empty());
                }
                // Appointments are decisions about given people: one event per
                // group of people. Other events are one per type and episode.
                let appointed = |ps: &[Participant]| -> Vec<String> {
                    ps.iter()
                        .filter(|p| p.part == Part::Appointed)
                        .map(|p| p.person.clone())
                        .collect()
                };
                let mine = appointed(&parts);
                let draft = drafts.iter_mut().find(|d| {
                    let theirs = appointed(&d.participants);
                    d.kind == kind
                        && d.episode == ep
                        && !(kind == EventType::Visit && another_day(d, date, end) && own_day())
                        && (kind != EventType::Appointment
                            || mine.is_empty()
                            || theirs.is_empty()
                            || mine.iter().any(|p| theirs.contains(p)))
                });
                let draft = match draft {
                    Some(d) => d,
                    None => {
                        drafts.push(Draft::new(kind, ep, s.text.clone()));
                        drafts.last_mut().expect("just pushed")
                    }
                };
                if draft.date.is_none() && !told.contains(&kind) {
                    draft.date = date;
                    draft.end = end;
                }
                if draft.date.is_none() && (told.contains(&kind) || relative || news_day) {
                    draft.own_date_only = true;
                }
                for p in parts {
                    upsert(&mut draft.participants, &p.person, p.part);
                }
                for g in generates {
                    if !draft.generates.contains(&g) {
                        draft.generates.push(g);
                    }
                }
                if let Some(o) = self.organizer(s) {
                    if !draft.organizers.contains(&o) {
                        draft.organizers.push(o);
                    }
                }
                if draft.location.is_none() {
                    draft.location = location(self.g, s, |o| self.body_of(o).name);
                }
                if kind == EventType::AwardCeremony {
                    for a in awards(&s.text) {
                        if !draft.awards.contains(&a) {
                            draft.awards.push(a);
                        }
                    }
                    if draft.conferred_by.is_none() {
                        draft.conferred_by = self.conferring_body(s);
                    }
                    let n = counted_recipients(&s.text);
                    if n > 0 {
                        draft.recipient_count = Some(draft.recipient_count.unwrap_or(0).max(n));
                    }
                }
            }
        }
        // The person an event honours, wherever the article names them
        // (`Lễ kỷ niệm 100 năm ngày sinh đồng chí A`), takes no part in it.
        let honorees = self.honorees(sentences, &names);
        for d in drafts.iter_mut() {
            d.participants.retain(|p| !honorees.contains(&p.person));
        }
        // People elected to a people's council or committee are elected at a
        // session of the council, reported or not.
        let council_elections: Vec<(usize, Vec<Participant>, String)> = drafts
            .iter()
            .filter(|d| {
                d.kind == EventType::Election
                    && d.generates.iter().any(|&i| {
                        let o = &posts[i].org.name;
                        o.starts_with("Ủy ban nhân dân") || o.starts_with("Hội đồng nhân dân")
                    })
            })
            .map(|d| (d.episode, d.participants.clone(), d.evidence.clone()))
            .collect();
        for (ep, people, evidence) in council_elections {
            if !drafts
                .iter()
                .any(|d| d.kind == EventType::Session && d.episode == ep)
            {
                let date = drafts
                    .iter()
                    .find(|d| d.kind == EventType::Election && d.episode == ep)
                    .and_then(|d| d.date);
                drafts.push(Draft {
                    date,
                    participants: people,
                    ..Draft::new(EventType::Session, ep, evidence)
                });
            }
        }
        // A meeting in the same episode as an election takes the elected.
        let elected: Vec<(usize, Vec<Participant>)> = drafts
            .iter()
            .filter(|d| d.kind == EventType::Election)
            .map(|d| (d.episode, d.participants.clone()))
            .collect();
        for d in drafts.iter_mut() {
            if matches!(
                d.kind,
                EventType::Session | EventType::Congress | EventType::Conference
            ) {
                for (ep, ps) in &elected {
                    if *ep == d.episode {
                        for p in ps {
                            upsert(&mut d.participants, &p.person, Part::Attendee);
                        }
                    }
                }
            }
        }
        // Without a year for the article, a day takes the year the text
        // writes with its month (`từ tháng 2/2016 đến tháng 5/2017`, `kể từ
        // ngày 14/3/2019`), unless it writes the month with two years
        // (`tháng 5/2007 ... tháng 5/2011`: a career). Failing that, the
        // year of the next month (`sẽ tổ chức vào tháng 9/2019` in news of
        // August: news looks ahead a month), then of the month before
        // (`nghỉ hưu từ ngày 1/2/2019` in news of March), if the text writes
        // no later year and the date is not an earlier event's own
        // (`Ngày 27/6/2016, tại kỳ họp ...`).
        let month_years: &[(u32, i32, bool)] = if published.is_none() {
            months.get_or_init(|| self.month_years(sentences))
        } else {
            &[]
        };
        // The years written with `month` (with `undated`, but for the
        // dates of the events their sentences report).
        let years_of = |month: u32, undated: bool| {
            month_years
                .iter()
                .filter(move |&&(mm, _, dates_event)| mm == month && !(undated && dates_event))
                .map(|&(_, y, _)| y)
        };
        let latest = month_years.iter().map(|&(_, y, _)| y).max();
        let period = if month_years.is_empty() {
            None
        } else {
            dates::period_year(sentences)
        };
        // (Any year the text tells of, for what is history: `15/8/1945`
        // in news that writes `năm 2011`; read when a day takes a year.)
        let told_year = std::cell::OnceCell::new();
        let told = || {
            *told_year
                .get_or_init(|| latest.map(|l| self.latest_year(sentences).map_or(l, |t| t.max(l))))
        };
        let with_year = |x: Dmy| -> Dmy {
            let (d, m, None) = x else { return x };
            let same = years_of(m, false)
                .min()
                .filter(|&y| years_of(m, false).all(|o| o == y));
            let next = years_of(m % 12 + 1, false)
                .max()
                .map(|y| if m == 12 { y - 1 } else { y });
            let previous = years_of((m + 10) % 12 + 1, true)
                .max()
                .map(|y| if m == 1 { y + 1 } else { y })
                .filter(|&y| latest <= Some(y));
            // (A month written with a year three or more before the latest
            // written with a month is history: `thăm Việt Nam vào tháng
            // 12/1995` in news of a state funeral that writes `tháng 2/2003`
            // too.)
            // (Last, the year of the half-year a meeting reviews: `6 tháng
            // đầu năm 2017` beside `tháng 3/2015`, a month of no day told.)
            let year = same.or(next).or(previous).or(period);
            (d, m, year.filter(|&y| told().is_none_or(|l| y + 2 >= l)))
        };
        // An appointment of no one named (`điều động hàng chục cán bộ`,
        // `quyết định thành lập Phân viện`) is no appointment to a post.
        drafts.retain(|d| d.kind != EventType::Appointment || !d.participants.is_empty());
        drafts
            .into_iter()
            .filter(|d| {
                let dated = d.dated(&episode_date);
                // An election that elects no one named, on no day, is talk
                // of elections (`can thiệp bầu cử`, `Tổng thống đắc cử`).
                let elects = d.kind != EventType::Election
                    || d.participants.iter().any(|p| p.part == Part::Elected);
                dated
                    || (elects
                        && (!d.participants.is_empty()
                            || !d.organizers.is_empty()
                            || d.location.is_some()))
            })
            .map(|d| {
                let date = d.date.or_else(|| {
                    episode_date
                        .get(&d.episode)
                        .copied()
                        .filter(|_| !d.own_date_only)
                });
                Event {
                    kind: d.kind,
                    date: date.and_then(|x| resolve_date(with_year(x), published)),
                    end_date: d.end.and_then(|x| resolve_date(with_year(x), published)),
                    participants: d.participants,
                    organizers: d.organizers,
                    location: d.location,
                    awards: d.awards,
                    conferred_by: d.conferred_by,
                    recipient_count: d.recipient_count,
                    generates: d.generates,
                    evidence: d.evidence,
                }
            })
            .collect()
    }

    /// The episode of each sentence: a new one where a sentence that
    /// reports an event (a trigger word or a date) names a province other
    /// than the current one.
    fn episodes(&self, sentences: &[Sentence]) -> Vec<usize> {
        let mut out = Vec::with_capacity(sentences.len());
        let mut ep = 0;
        let mut current: Option<usize> = None;
        for (si, s) in sentences.iter().enumerate() {
            // The title names the article's subject, not an episode.
            // A province named in a sentence that reports nothing (a
            // career, a title in passing) is no move to another episode.
            let eventful = || !self.triggers(s).is_empty() || self.date(s, None, None).0.is_some();
            let named = if si == 0 { None } else { first_province(s) }.filter(|_| eventful());
            if let Some(p) = named {
                if current.is_some_and(|c| c != p) {
                    ep += 1;
                }
                current = Some(p);
            }
            out.push(ep);
        }
        out
    }

    /// Event types triggered in a sentence, in order of appearance.
    fn triggers(&self, s: &Sentence) -> Vec<EventType> {
        self.triggers_at(s).into_iter().map(|(k, _)| k).collect()
    }

    /// Event types triggered in a sentence, each with the token where it is
    /// first named, in order of appearance.
    fn triggers_at(&self, s: &Sentence) -> Vec<(EventType, usize)> {
        let mut out: Vec<(EventType, usize)> = Vec::new();
        // `giới thiệu để HĐND tỉnh bầu ...`: a vote proposed, not held.
        let proposed: Vec<std::ops::Range<usize>> = nomination_clauses(&s.mentions, &s.tokens)
            .into_iter()
            .map(|c| {
                s.mentions[c.start].start..s.mentions.get(c.end).map_or(s.tokens.len(), |m| m.start)
            })
            .collect();
        // `Tổng thống đắc cử Donald Trump`: a title of someone elected
        // names them, it reports no vote.
        // (Asked only of an election or appointment word.)
        // (So is `đắc cử` right after a title: `Tổng thống Mỹ đắc cử phát
        // thông điệp`, the president-elect.)
        let titled = |i: usize| {
            s.mentions.iter().any(|m| {
                matches!(&m.item, Item::Title(t) if t.elected) && (m.start..m.end).contains(&i)
                    || matches!(m.item, Item::Title(_)) && m.end == i && s.tokens[i].is("đắc")
            })
        };
        let vote = |kind: EventType, i: usize| {
            matches!(kind, EventType::Election | EventType::Appointment)
                && (proposed.iter().any(|r| r.contains(&i)) || titled(i))
        };
        // `yêu cầu tỉnh tổ chức hội nghị`, `không thể dự cuộc họp`: asked
        // for or not held.
        let held = |i: usize, kind: EventType| !self.not_held_before(s, i, kind);
        // `làm việc với` reports a working visit only on a day the news
        // gives (`Sáng 14/3, Tổ công tác làm việc với các bộ`).
        let dated_enough = |i: usize| {
            self.cue_in(s, i, EventCueKind::Dated).is_none()
                || self.writes_a_day(s)
                || self.has_cue(s, EventCueKind::NewsDay, None)
        };
        // `thị sát`, `đi kiểm tra`: the errand of an official or of someone
        // named (`khi đi kiểm tra ..., ông A yêu cầu`), not anyone's.
        let official = |i: usize| {
            self.cue_in(s, i, EventCueKind::Official).is_none()
                || s.mentions
                    .iter()
                    .any(|m| matches!(m.item, Item::Title(_) | Item::Rank(_) | Item::Person { .. }))
        };
        // `tới thăm`, `về thăm`: an official's visit, not a family's.
        let by_an_official = |i: usize| {
            self.cue_in(s, i, EventCueKind::Titled).is_none()
                || s.mentions
                    .iter()
                    .any(|m| matches!(m.item, Item::Title(_) | Item::Rank(_)))
        };
        // `đã tổ chức 40 hội nghị`, `nhiều cuộc họp đã diễn ra`, `đã gặp
        // Chủ tịch Hồ Chí Minh 4 lần`: many happenings told in sum (not `gấp
        // 2 lần`, a ratio, nor an ordinal: `Hội nghị Trung ương 7 lần này`,
        // `khóa 10 lần thứ nhất`).
        let counted = |i: usize| {
            let toks = &s.tokens;
            let many = |t: &Token| t.text.parse::<u32>().is_ok_and(|n| n >= 2);
            let number = i > 0 && many(&toks[i - 1]);
            // (In the clause after the event word: `N lần` with a word
            // before the number.)
            let end = (i + 1..toks.len())
                .find(|&x| matches!(toks[x].text.as_str(), "," | ";" | ":" | "." | "(" | ")"))
                .unwrap_or(toks.len());
            let times = (i + 2..end.saturating_sub(1)).any(|k| {
                many(&toks[k])
                    && toks[k + 1].is("lần")
                    && !toks[k - 1].is("gấp")
                    && !toks.get(k + 2).is_some_and(|t| t.is("thứ") || t.is("này"))
            });
            number
                || times
                || (i.saturating_sub(2)..i).any(|j| {
                    self.cue_in(s, j, EventCueKind::Count)
                        .is_some_and(|(n, _)| j + n == i)
                })
        };
        // `kỷ niệm 60 năm ngày Bác Hồ về thăm quê`: the happening an
        // anniversary names after `ngày` (and who did it, in a few words)
        // is the one it honours, long past; not one joined by `và`
        // (`kỷ niệm ngày thành lập và đón nhận Huân chương`).
        let honoured = |out: &[(EventType, usize)], i: usize| {
            let named_day = |j: usize| {
                s.tokens[j].is("ngày")
                    && s.tokens[j + 1..i].iter().all(|t| {
                        t.word && !t.is("và") && !t.text.starts_with(|c: char| c.is_ascii_digit())
                    })
            };
            out.iter()
                .filter(|(k, _)| *k == EventType::Commemoration)
                .any(|&(_, c)| (c + 1..i).rev().take(8).any(named_day))
        };
        // Whether the event word of `kind` at token `i` reports an event
        // not yet found in the sentence, past every rule above.
        let reported = |out: &[(EventType, usize)], kind: EventType, i: usize| {
            !honoured(out, i)
                && !vote(kind, i)
                && !counted(i)
                && held(i, kind)
                && dated_enough(i)
                && official(i)
                && by_an_official(i)
                && !out.iter().any(|&(k, _)| k == kind)
        };
        // (Whether the sentence may tell a trip to a place to do an errand
        // there: most do not.)
        let trips = self.has_cue(s, EventCueKind::Errand, None);
        let mut i = 0;
        while i < s.tokens.len() {
            // `kỳ họp`, `phiên họp`: a session of a council, a conference of
            // any other body.
            if let Some((n, default)) = self.cue_in(s, i, EventCueKind::Sitting) {
                let kind = self.sitting(s, i, default);
                // (Nor the sitting a proposed vote is to take place at:
                // `giới thiệu ông A để Quốc hội bầu ... tại Kỳ họp thứ 6`.)
                let to_come = proposed.iter().any(|r| r.contains(&i));
                if held(i, kind) && !to_come && !out.iter().any(|&(k, _)| k == kind) {
                    out.push((kind, i));
                }
                i += n;
                continue;
            }
            match self.g.event_triggers.longest(&s.tokens, i) {
                // A one-word trigger written in capitals after another
                // capitalized word is a syllable of a name (`xã Hà Bầu`).
                Some((1, Some(_)))
                    if i > 0 && s.tokens[i].cap && s.tokens[i - 1].cap && s.tokens[i - 1].word =>
                {
                    i += 1
                }
                // `bầu Đức`, `bầu Hiển`: `bầu` before one capitalized syllable
                // that starts no title, body or rank is a tycoon's nickname,
                // not a vote.
                Some((1, Some(EventType::Election)))
                    if s.tokens.get(i + 1).is_some_and(|t| t.cap && t.word)
                        && !s.tokens.get(i + 2).is_some_and(|t| t.cap && t.word)
                        && !s.mentions.iter().any(|m| {
                            m.start == i + 1
                                && matches!(m.item, Item::Title(_) | Item::Org(_) | Item::Rank(_))
                        }) =>
                {
                    i += 1
                }
                // `chùa Bầu đến ...`: `bầu` capitalized between words in lower
                // case is a syllable of a name (not `tiến hành Bầu Ban chấp
                // hành`, `Ủy ban Bầu cử`).
                Some((1, Some(EventType::Election)))
                    if s.tokens[i].cap
                        && i > 0
                        && s.tokens[i - 1].word
                        && !s.tokens[i - 1].cap
                        && s.tokens.get(i + 1).is_none_or(|t| !t.cap && t.key != "cử") =>
                {
                    i += 1
                }
                // `Quốc hội thảo luận`: a trigger whose last syllable starts
                // a longer word (compound_words.txt) is none.
                Some((n, Some(_)))
                    if self
                        .g
                        .compound_words
                        .longest(&s.tokens, i + n - 1)
                        .is_some() =>
                {
                    i += 1
                }
                Some((n, Some(kind))) => {
                    // `tặng`, `trao tặng`, `đón`, `tiếp` are events only with an
                    // object worth it: an award, a decision, a delegation.
                    let weak = self
                        .cue_in(s, i, EventCueKind::Weak)
                        .is_some_and(|(m, _)| m == n);
                    let passing = weak && !self.has_cue(s, EventCueKind::Context, Some(*kind));
                    // `tiếp`, `gặp`: only whom they meet makes them events.
                    let met = self
                        .cue_in(s, i, EventCueKind::Met)
                        .is_some_and(|(m, _)| m == n);
                    let passing = passing || met && !self.meets_someone(s, i + n);
                    if !passing && reported(&out, *kind, i) {
                        out.push((*kind, i));
                    }
                    i += n;
                }
                // A phrase that holds an event word but reports no event.
                Some((n, None)) => i += n,
                // `Phó Thủ tướng A đã vào Hà Tĩnh chỉ đạo khắc phục hậu quả
                // bão`: an official going to a place to direct or inspect
                // is a working visit.
                None if trips && self.field_trip(s, i) && reported(&out, EventType::Visit, i) => {
                    out.push((EventType::Visit, i));
                    i += 1;
                }
                None => i += 1,
            }
        }
        out
    }

    /// Whether token `at` opens a trip of an official to a place to direct
    /// or inspect there: a `going` cue (`vào`, `đến`, `xuống`), a place
    /// named right after it, then an `errand` cue (`chỉ đạo`, `kiểm tra`);
    /// with a title or a rank before it.
    fn field_trip(&self, s: &Sentence, at: usize) -> bool {
        let Some((n, _)) = self.cue_in(s, at, EventCueKind::Going) else {
            return false;
        };
        let Some(place) = s
            .mentions
            .iter()
            .find(|m| m.start == at + n && matches!(m.item, Item::Place(_)))
        else {
            return false;
        };
        let mut j = place.end;
        if s.tokens.get(j).is_some_and(|t| t.is("để")) {
            j += 1;
        }
        self.cue_in(s, j, EventCueKind::Errand).is_some()
            && s.mentions
                .iter()
                .any(|m| m.start < at && matches!(m.item, Item::Title(_) | Item::Rank(_)))
    }

    /// Whether a title or a rank starts at token `at`: the office a `met`
    /// trigger before it meets (`gặp Tổng thống Mỹ A`, `tiếp Đại sứ`; not
    /// `gặp bà A`, which is anyone's meeting).
    fn meets_someone(&self, s: &Sentence, at: usize) -> bool {
        s.mentions
            .iter()
            .any(|m| m.start == at && matches!(m.item, Item::Title(_) | Item::Rank(_)))
    }

    /// Whether the event word at token `at`, if a `posting` cue (`phân
    /// công`, `điều động`), moves a person to a post: a person named right
    /// after it (`phân công ông A tham gia Thường trực Ban Bí thư`), or a
    /// title after `được` + it (`được điều động giữ chức Giám đốc`).
    fn posting_names_a_post(&self, s: &Sentence, at: usize) -> bool {
        let Some((n, _)) = self.cue_in(s, at, EventCueKind::Posting) else {
            return true;
        };
        let end = at + n;
        let passive = at > 0 && s.tokens[at - 1].is("được");
        s.mentions.iter().any(|m| match m.item {
            Item::Person { .. } => m.start >= end && m.start <= end + 1,
            Item::Title(_) => passive && m.start >= end,
            _ => false,
        })
    }

    /// Whether a `not_held` cue (`yêu cầu`, `không thể`) stands before token
    /// `at` in its clause: no comma, colon, semicolon or bracket between (but
    /// a bracket that opens with the event word, naming what stands before
    /// it), nor a word that opens the occasion of the asking (`occasion` cues:
    /// `đề nghị ... trong cuộc gặp`, where the meeting took place). A cue
    /// read as a noun (`theo đề nghị`, `đề xuất của`) asks for nothing.
    fn not_held_before(&self, s: &Sentence, at: usize, kind: EventType) -> bool {
        if !self.has_cue(s, EventCueKind::NotHeld, None) {
            return false;
        }
        // (An occasion's word inside a longer cue is that cue's: `khi` in
        // `kể từ khi`.)
        let inside_cue = |i: usize| {
            (i.saturating_sub(3)..i).any(|j| {
                self.cue_in(s, j, EventCueKind::NotHeld)
                    .is_some_and(|(n, _)| j + n > i)
            })
        };
        let boundary = |to: usize| {
            (0..to).rev().find(|&i| {
                [",", ";", ":", "(", ")"].iter().any(|p| s.tokens[i].is(p))
                    || self.cue_in(s, i, EventCueKind::Occasion).is_some() && !inside_cue(i)
            })
        };
        // (A bracket that opens with the event word names what stands before
        // it: `chuẩn bị tham dự Hội nghị an ninh châu Á (Đối thoại Shangri -
        // La)`.)
        let start = match boundary(at) {
            Some(b) if b + 1 == at && s.tokens[b].is("(") => boundary(b),
            b => b,
        }
        .map_or(0, |b| b + 1);
        (start..at).any(|i| {
            self.cue_in(s, i, EventCueKind::NotHeld)
                .is_some_and(|(n, of)| {
                    i + n <= at
                        && of.is_none_or(|of| of == kind)
                        && !(i > 0 && s.tokens[i - 1].is("theo"))
                        && !s.tokens.get(i + n).is_some_and(|t| t.is("của"))
                })
        })
    }

    /// The class of a meeting (`kỳ họp` at token `at`): a session when the
    /// body named nearest to it holds sessions (`session_body` cues), a
    /// conference when it is another body, `default` when none is named.
    fn sitting(&self, s: &Sentence, at: usize, default: Option<EventType>) -> EventType {
        let distance =
            |m: &crate::extract::mentions::Mention| m.start.abs_diff(at).min(m.end.abs_diff(at));
        let named = s
            .mentions
            .iter()
            .filter(|m| matches!(m.item, Item::Org(_)))
            .min_by_key(|m| distance(m))
            // (Else the body of the one who chairs it, named before it: `Chủ
            // nhiệm Ủy ban Kiểm tra Trung ương chủ trì kỳ họp`; not a
            // speaker's after it: `phát biểu trong phiên khai mạc kỳ họp,
            // Bí thư Thành ủy A`.)
            .or_else(|| {
                s.mentions
                    .iter()
                    .filter(|m| m.end <= at && matches!(&m.item, Item::Title(t) if t.org.is_some()))
                    .min_by_key(|m| distance(m))
            });
        let Some(m) = named else {
            return default.unwrap_or(EventType::Conference);
        };
        let toks = &s.tokens[m.start..m.end];
        let session =
            (0..toks.len()).any(|i| self.cue_at(toks, i, EventCueKind::SessionBody).is_some());
        if session {
            EventType::Session
        } else {
            EventType::Conference
        }
    }

    /// The cue of class `cue` starting at `tokens[i]`: its length and type.
    fn cue_at(
        &self,
        tokens: &[Token],
        i: usize,
        cue: EventCueKind,
    ) -> Option<(usize, Option<EventType>)> {
        cue_at(&self.g.event_cues, tokens, i, cue)
    }

    /// The cue of class `cue` starting at token `i` of a sentence: its
    /// length and type (as [`EventBuilder::cue_at`] on its tokens).
    fn cue_in(
        &self,
        s: &Sentence,
        i: usize,
        cue: EventCueKind,
    ) -> Option<(usize, Option<EventType>)> {
        self.marks(s).cue_at(i, cue)
    }

    /// Whether a sentence holds a cue of class `cue` (of type `kind`, when given).
    fn has_cue(&self, s: &Sentence, cue: EventCueKind, kind: Option<EventType>) -> bool {
        let marks = self.marks(s);
        marks.classes & cue.bit() != 0
            && marks
                .spots
                .iter()
                .any(|&(_, _, c)| c.cue == cue && (kind.is_none() || c.kind == kind))
    }

    /// What the event rules read off a sentence, found on first use.
    fn marks<'s>(&self, s: &'s Sentence) -> &'s SentenceMarks {
        s.event_marks.get_or_init(|| SentenceMarks::of(self.g, s))
    }

    /// A sentence that tells an earlier step of a career: a cue of a former
    /// post (`từng`, `trước đó`, `nguyên`; `data/cues.tsv`), or a year
    /// before the article's (`năm 2015`, `tháng 1/2014`).
    fn career_background(&self, s: &Sentence, published: Option<PubDate>) -> bool {
        // A former post in apposition in a dated sentence (`Ngày 26/2, ...
        // điều động ông A, nguyên Bí thư Tỉnh ủy, giữ chức ...`) is no
        // background: the news is the new post.
        let dated = self.writes_a_day(s);
        let former_cue = s
            .mentions
            .iter()
            .zip(s.mentions.iter().skip(1).map(Some).chain([None]))
            .any(|(m, next)| {
                matches!(&m.item, Item::Cue(c) if c.status == Status::Former)
                    && !(dated && next.is_some_and(|n| matches!(n.item, Item::Title(_))))
            })
            || self.has_cue(s, EventCueKind::Background, None);
        let earlier_year = published.is_some_and(|p| {
            s.tokens.iter().any(|t| {
                let year = t.text.rsplit('/').next().unwrap_or("");
                year.len() == 4
                    && t.text.len() <= 7
                    && year
                        .parse::<i32>()
                        .is_ok_and(|y| (1945..p.year()).contains(&y))
            })
        });
        former_cue || earlier_year
    }

    /// A photo caption: a sentence with a caption word (`(phải)`, `Từ
    /// trái qua`) or a credit (`Ảnh: ...`), or the one a credit follows, or
    /// one that only places people somewhere (`Tổng thống A và Ngoại trưởng
    /// B trong một cuộc họp.`).
    fn caption(&self, sentences: &[Sentence], si: usize) -> bool {
        let s = &sentences[si];
        // A credit with a long text after it ran into the body: the
        // paragraphs around a photo are not always apart.
        let credit = |n: &Sentence| {
            self.cue_in(n, 0, EventCueKind::Credit).is_some() && n.tokens.len() <= 10
        };
        self.has_cue(s, EventCueKind::Caption, None)
            || credit(s)
            || sentences
                .get(si + 1)
                .is_some_and(|n| self.cue_in(n, 0, EventCueKind::Credit).is_some())
            || s.places_people_only()
    }

    /// Where a sentence tells of events through someone (`cho biết`,
    /// `thông báo kết quả`): the events named after it took place on
    /// another day than the sentence's date, unless a date follows it.
    fn telling_at(&self, s: &Sentence) -> Option<usize> {
        (0..s.tokens.len()).find(|&i| self.cue_in(s, i, EventCueKind::Telling).is_some())
    }

    /// Words that report an event as taking place.
    fn happening(&self, s: &Sentence) -> bool {
        self.has_cue(s, EventCueKind::Happening, None)
    }
}

/// The numbers of the meetings a sentence names (`lần thứ XIII` → `xiii`).
fn meeting_numbers(toks: &[Token]) -> impl Iterator<Item = &str> {
    toks.windows(3)
        .filter(|w| w[0].key == "lần" && w[1].key == "thứ" && w[2].word)
        .map(|w| w[2].key.as_str())
}

/// Whether the days from `date` to `end` (one day without an end) lie
/// outside those a draft already has: another happening.
fn another_day(d: &Draft, date: Option<Dmy>, end: Option<Dmy>) -> bool {
    let (Some(start), Some(from)) = (d.date, date) else {
        return false;
    };
    let key = |(dd, mm, _): Dmy| (mm, dd);
    let until = key(d.end.unwrap_or(start));
    let to = key(end.unwrap_or(from));
    to < key(start) || until < key(from)
}

/// A meeting, ceremony or visit: an event with guests.
fn gathering(k: EventType) -> bool {
    !matches!(
        k,
        EventType::Election
            | EventType::Discipline
            | EventType::AwardCeremony
            | EventType::Appointment
    )
}

/// The event of an episode that guests named after it attended: the latest
/// meeting, ceremony or visit, else the latest award or appointment (an
/// election's or a discipline's people are those it concerns).
fn guests_event(drafts: &mut [Draft], ep: usize) -> Option<&mut Draft> {
    let at = drafts
        .iter()
        .rposition(|d| d.episode == ep && gathering(d.kind))
        .or_else(|| {
            drafts.iter().rposition(|d| {
                d.episode == ep && !matches!(d.kind, EventType::Election | EventType::Discipline)
            })
        })?;
    drafts.get_mut(at)
}

/// Adds the people whose posts a sentence starts to the latest election or
/// appointment of the episode, if there is one.
fn continue_change(drafts: &mut [Draft], ep: usize, started: &[usize], posts: &[Post]) {
    if started.is_empty() {
        return;
    }
    let Some(d) = drafts.iter_mut().rev().find(|d| {
        d.episode == ep && matches!(d.kind, EventType::Election | EventType::Appointment)
    }) else {
        return;
    };
    let part = if d.kind == EventType::Election {
        Part::Elected
    } else {
        Part::Appointed
    };
    for &pi in started {
        if !d.generates.contains(&pi) {
            d.generates.push(pi);
        }
        upsert(&mut d.participants, &posts[pi].person, part);
    }
}

/// The cue of class `cue` starting at `tokens[i]`: its length and type.
fn cue_at(
    cues: &Lexicon<EventCue>,
    tokens: &[Token],
    i: usize,
    cue: EventCueKind,
) -> Option<(usize, Option<EventType>)> {
    cues.longest_where(tokens, i, |c| c.cue == cue)
        .map(|(n, c)| (n, c.kind))
}

/// Whether `tokens` end with a cue of class `cue`.
fn ends_with_cue(cues: &Lexicon<EventCue>, tokens: &[Token], cue: EventCueKind) -> bool {
    cues.ends_with_where(tokens, |c| c.cue == cue)
}

fn first_province(s: &Sentence) -> Option<usize> {
    let mut hometown = false;
    let mut venue = false;
    for m in &s.mentions {
        // `tại Hà Nội`: where a meeting was held, not whose it was.
        let at_venue = std::mem::replace(&mut venue, false);
        match &m.item {
            Item::Word(w) if is_life_record(w) => hometown = true,
            Item::Word(w) if w == "tại" => venue = true,
            Item::Place(_) if at_venue => {}
            Item::Place(l) if !hometown => {
                if let Some(p) = l.province {
                    return Some(p);
                }
            }
            Item::Org(o) if !hometown => {
                if let Some(p) = o.locality.as_ref().and_then(|l| l.province) {
                    return Some(p);
                }
            }
            Item::Title(t) if !hometown => {
                if let Some(p) = t
                    .org
                    .as_ref()
                    .and_then(|o| o.locality.as_ref())
                    .and_then(|l| l.province)
                {
                    return Some(p);
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::dates::sentence_date;
    use super::*;

    #[test]
    fn year_from_publication_date_across_the_new_year() {
        let jan = Some(PubDate::YearMonth(2025, 1));
        assert_eq!(
            resolve_date((28, 12, None), jan),
            Some(EventDate::Full(2024, 12, 28))
        );
        assert_eq!(
            resolve_date((3, 1, None), jan),
            Some(EventDate::Full(2025, 1, 3))
        );
        assert_eq!(
            resolve_date((10, 12, None), None),
            Some(EventDate::MonthDay(12, 10))
        );
        assert_eq!(resolve_date((31, 2, None), jan), None);
    }

    fn events_of(title: &str, body: &str) -> Vec<Event> {
        events_dated(title, body, PubDate::parse("2024-12"))
    }

    fn events_dated(title: &str, body: &str, date: Option<PubDate>) -> Vec<Event> {
        let article = Article {
            id: "t".into(),
            title: title.into(),
            date,
            body: body.into(),
            url: None,
        };
        crate::extract::extract(&Gazetteer::embedded(), &article).events
    }

    fn kinds(events: &[Event]) -> Vec<EventType> {
        events.iter().map(|e| e.kind).collect()
    }

    #[test]
    fn a_month_written_with_a_year_long_before_another_told_dates_nothing() {
        let body = "Ngày 3/8, Thủ tướng Lê Văn An tiếp Đại sứ Nhật Bản Akio Tanaka tại Hà Nội. \
                    Hai bên nhắc lại sự kiện ngày 15/8/1945. Kim ngạch thương mại năm 2016 \
                    đạt 15 tỷ USD.";
        let events = events_dated("Tin", body, None);
        assert_eq!(kinds(&events), [EventType::Visit]);
        assert_eq!(events[0].date, Some(EventDate::MonthDay(8, 3)));
    }

    #[test]
    fn a_deadline_at_the_end_of_a_year_is_not_the_articles_year() {
        let events = events_dated(
            "Dự án lùi tiến độ đến cuối năm 2022",
            "Chiều 20/4, Phó Thủ tướng Lê Văn An đi kiểm tra tiến độ dự án đường sắt.",
            None,
        );
        assert_eq!(kinds(&events), [EventType::Visit]);
        assert_eq!(events[0].date, Some(EventDate::MonthDay(4, 20)));
    }

    #[test]
    fn a_plan_word_in_what_is_said_after_an_event_leaves_the_event() {
        let body = "Ngày 5/6, tiếp kiến ông Lê Văn An, Chủ tịch UBND tỉnh Nghệ An Trần Văn Bình \
                    nói rằng du lịch của tỉnh sẽ tăng mạnh.";
        assert_eq!(kinds(&events_of("Tin", body)), [EventType::Visit]);
        // (A plan said of an event named after it stays a plan.)
        let body = "Ngày 5/6, tiếp kiến ông Lê Văn An, ông Trần Văn Bình cho biết tỉnh sẽ tổ chức \
                    hội nghị vào tháng 7.";
        assert_eq!(kinds(&events_of("Tin", body)), []);
    }

    #[test]
    fn a_warning_given_to_warn_or_again_and_again_is_no_discipline() {
        for body in [
            "Sáng 19/3, thầy Lê Văn An, giáo viên Trường THCS Tân Thành, nói mình tát học \
             sinh chỉ để cảnh cáo.",
            "Ngày 13/7, Chủ tịch UBND xã Tân Lập Lê Văn An đã nhiều lần cảnh cáo chủ quán.",
            "Ngày 13/7, Chủ tịch UBND xã Tân Lập Lê Văn An lên tiếng cảnh cáo chủ quán.",
        ] {
            assert_eq!(kinds(&events_of("Tin", body)), [], "{body}");
        }
        // (A warning given as a discipline is one.)
        let events = events_of(
            "Tin",
            "Ngày 12/5, Ban Thường vụ Huyện ủy Ý Yên quyết định kỷ luật cảnh cáo ông Lê Văn An, \
             Chủ tịch UBND xã Tân Lập.",
        );
        assert_eq!(kinds(&events), [EventType::Discipline]);
    }

    #[test]
    fn a_meeting_a_call_or_a_trip_abroad_is_a_visit() {
        for text in [
            "Ngày 12/5, Thủ tướng Lê Văn Thành hội kiến Tổng thống Mỹ Paul Whitman.",
            "Ngày 12/5, Thủ tướng Lê Văn Thành điện đàm với Thủ tướng Nhật Bản Kenji Mori.",
            "Ngày 12/5, Thủ tướng Lê Văn Thành bắt đầu chuyến thăm chính thức Nhật Bản.",
            "Ngày 12/5, Bộ trưởng Lê Văn Thành đã có cuộc gặp với Bộ trưởng Quốc phòng Mỹ Paul Whitman.",
            "Ngày 12/5, Bí thư Tỉnh ủy Lê Văn Thành đã đi thị sát đê biển ở huyện ven biển.",
            "Chiều 12/5, Phó Thủ tướng Lê Văn Thành đi kiểm tra tiến độ thi công cầu vượt.",
        ] {
            let events = events_dated("Tin", text, None);
            assert_eq!(kinds(&events), [EventType::Visit], "{text}");
            assert_eq!(events[0].date, Some(EventDate::MonthDay(5, 12)), "{text}");
        }
    }

    #[test]
    fn a_working_session_or_an_officials_call_on_people_is_a_visit_but_a_message_is_not() {
        for text in [
            "Thủ tướng Lê Văn Thành nói như vậy trong cuộc làm việc chiều 18/4 với lãnh đạo Tòa án nhân dân tối cao.",
            "Chiều 18/4, Thủ tướng Lê Văn Thành thăm hỏi một hộ nông dân trồng rau ở xã Tân Phú.",
            "Chiều 18/4, tiếp kiến ông Peter Walsh, Chủ tịch UBND tỉnh Lê Văn Thành nói rằng hai bên cần hợp tác.",
        ] {
            let events = events_dated("Tin", text, None);
            assert_eq!(kinds(&events), [EventType::Visit], "{text}");
            assert_eq!(events[0].date, Some(EventDate::MonthDay(4, 18)), "{text}");
        }
        for text in [
            "Chiều 18/4, Phó Thủ tướng Lê Văn Thành gửi lời thăm hỏi tới gia đình các thuyền viên.",
            "Chiều 18/4, Phó Thủ tướng Lê Văn Thành gửi điện thăm hỏi tới Thủ tướng Nhật Bản Kenji Mori.",
            "Phó Thủ tướng Lê Văn Thành yêu cầu tỉnh thăm hỏi các gia đình bị thiệt hại.",
        ] {
            assert_eq!(kinds(&events_dated("Tin", text, None)), [], "{text}");
        }
    }

    #[test]
    fn a_meeting_called_buoi_hop_is_a_conference() {
        let text = "Sáng 13/5, Phó Thủ tướng Lê Văn Thành đã chủ trì buổi họp trực tuyến với các tỉnh về phòng chống dịch.";
        let events = events_dated("Tin", text, None);
        assert_eq!(kinds(&events), [EventType::Conference], "{text}");
        assert_eq!(events[0].date, Some(EventDate::MonthDay(5, 13)), "{text}");
    }

    #[test]
    fn meetings_on_different_days_are_different_visits() {
        let body = "Sáng 20/5, Thủ tướng Lê Văn Thành hội kiến Tổng thống Nga Ivan Petrov. \
                    Chiều 22/5, Thủ tướng Lê Văn Thành hội đàm với Thủ tướng Nga Pavel Orlov.";
        let events = events_dated("Tin", body, None);
        let days: Vec<_> = events.iter().map(|e| e.date).collect();
        assert_eq!(kinds(&events), [EventType::Visit, EventType::Visit]);
        assert_eq!(
            days,
            [
                Some(EventDate::MonthDay(5, 20)),
                Some(EventDate::MonthDay(5, 22))
            ]
        );
        // A day within the trip's span is the same trip.
        let body = "Thủ tướng Lê Văn Thành thăm chính thức Nga từ ngày 20 đến 23/5. \
                    Ngày 21/5, Thủ tướng Lê Văn Thành hội đàm với Thủ tướng Nga Pavel Orlov.";
        assert_eq!(kinds(&events_dated("Tin", body, None)), [EventType::Visit]);
    }

    #[test]
    fn an_errand_of_no_official_is_no_visit() {
        let events = events_dated(
            "Tin",
            "Sáng 12/5, chủ quán đi kiểm tra kho hàng thì phát hiện cửa bị phá.",
            None,
        );
        assert_eq!(kinds(&events), []);
    }

    #[test]
    fn a_summit_named_for_an_anniversary_is_a_conference_only() {
        let events = events_dated(
            "Tin",
            "Ngày 25/1, Thủ tướng Lê Văn Thành dự Hội nghị Cấp cao kỷ niệm 25 năm quan hệ ASEAN - Ấn Độ.",
            None,
        );
        assert_eq!(kinds(&events), [EventType::Conference]);
    }

    #[test]
    fn a_meeting_on_whose_eve_something_happens_is_yet_to_come() {
        let events = events_dated(
            "Tin",
            "Ngày 12/5, ngay trước thềm hội nghị thượng đỉnh G20, ông Lê Văn Thành trả lời phỏng vấn báo chí.",
            None,
        );
        assert!(
            events.iter().all(|e| e.kind != EventType::Conference),
            "{events:?}"
        );
    }

    #[test]
    fn an_undated_article_tells_a_year_long_before_its_latest_as_past() {
        let events = events_dated(
            "Tin",
            "Ông Trần Văn Đệ nhớ năm 2009, Chủ tịch tỉnh Lê Văn Thành về làm việc với huyện. \
             Ngày 10/4/2019, Bộ Quốc phòng tổ chức lễ truy điệu Trung tướng Lê Văn Thành.",
            None,
        );
        assert_eq!(kinds(&events), [EventType::Commemoration]);
    }

    #[test]
    fn an_anniversary_a_visit_falls_on_is_no_commemoration() {
        let events = events_dated(
            "Tin",
            "Chuyến thăm Thụy Điển ngày 12/5 của Thủ tướng Lê Văn Thành diễn ra đúng dịp kỷ niệm 45 năm quan hệ hai nước.",
            None,
        );
        assert_eq!(kinds(&events), [EventType::Visit]);
        // `viếng thăm` is a visit, not a homage.
        let events = events_dated(
            "Tin",
            "Ngày 12/5, Chủ tịch UBND thành phố Lê Văn Thành đã viếng thăm gian hàng của doanh nghiệp.",
            None,
        );
        assert_eq!(kinds(&events), [EventType::Visit]);
    }

    #[test]
    fn an_event_word_in_another_sense_reports_nothing() {
        for text in [
            "Sáng 17/9, bầu trời Hà Nội mờ mịt.",
            "Làm việc với cơ quan công an ngày 12/3, ông Trần Văn Bình khai nhận hành vi.",
            "Ngày 5/6, ông Trần Văn Bình chia sẻ nhiều kỷ niệm về quê hương.",
            "Ngày 5/6, Trung tâm đã điều động tàu cứu nạn tới hiện trường.",
            "Ngày 5/6, Công an huyện đã phân công lực lượng tiến hành xác minh.",
            "Ngày 5/6, đoàn kiểm tra phát hiện nhiều vi phạm kỷ luật lao động.",
            "Ngày 23/9, ông Trần Văn Bình phát biểu trước Đại hội đồng Liên Hợp Quốc.",
            "Ngày 2/10, ông Trần Văn Bình tiếp khách tại Phòng Bầu dục.",
            "Ngày 2/10, hai người đăng ký kết hôn tại lãnh sự quán.",
            "Ngày 2/10, công ty được chỉ định thầu gói xây lắp.",
            "Ngày 2/10, hai khu đất công được bán chỉ định cho ông Trần Văn Bình.",
            "Ngày 11/1, cảnh sát bắt một bà bầu vận chuyển hàng lậu.",
            "Ngày 11/1, bộ phim ra rạp với một nhân vật có kỷ luật thép.",
        ] {
            assert_eq!(kinds(&events_of("Tin", text)), [], "{text}");
        }
    }

    #[test]
    fn a_vote_proposed_is_no_election() {
        let events = events_of(
            "Công tác cán bộ",
            "Sáng 8/12, Ban Bí thư chỉ định ông Lê Văn An giữ chức Phó Bí thư Tỉnh ủy Nam Định \
             và giới thiệu để HĐND tỉnh bầu giữ chức Chủ tịch UBND tỉnh.",
        );
        assert_eq!(kinds(&events), [EventType::Appointment]);
    }

    #[test]
    fn a_sitting_is_a_session_of_a_council_and_a_conference_of_other_bodies() {
        let council = events_of(
            "Kỳ họp cuối năm",
            "Sáng 10/12, HĐND tỉnh Phú Yên khai mạc kỳ họp thứ 12.",
        );
        assert_eq!(kinds(&council), [EventType::Session]);
        let party = events_of(
            "Ủy ban Kiểm tra họp",
            "Sáng 10/12, Ủy ban Kiểm tra Tỉnh ủy Phú Yên khai mạc kỳ họp thứ 12.",
        );
        assert_eq!(kinds(&party), [EventType::Conference]);
        let unnamed = events_of("Kỳ họp", "Sáng 10/12, kỳ họp thứ 12 khai mạc.");
        assert_eq!(kinds(&unnamed), [EventType::Session]);
    }

    #[test]
    fn a_guest_list_goes_on_in_the_sentences_after_the_event() {
        let events = events_of(
            "Lễ kỷ niệm",
            "Tối 14/12, Tỉnh ủy Phú Yên tổ chức lễ kỷ niệm 50 năm ngày giải phóng. \
             Dự lễ có đồng chí Trần Văn Bình, Bí thư Tỉnh ủy. \
             Các đồng chí Phó Bí thư Tỉnh ủy: Lê Văn Cường, Phạm Thị Dung. \
             Ông Bình từng là Giám đốc Sở Tài chính. \
             Hiện tỉnh có 3 Phó Chủ tịch UBND tỉnh gồm các ông: Hoàng Văn Em, Võ Văn Giang.",
        );
        let people = people_of(&events, EventType::Commemoration);
        assert_eq!(
            people,
            ["Trần Văn Bình", "Lê Văn Cường", "Phạm Thị Dung"],
            "{events:?}"
        );
    }

    #[test]
    fn the_person_an_event_honours_takes_no_part_in_it() {
        let events = events_of(
            "Lễ kỷ niệm",
            "Sáng 7/12, Tỉnh ủy Phú Yên tổ chức lễ kỷ niệm 100 năm ngày sinh đồng chí \
             Trần Văn Bình; đồng chí Lê Văn Cường, Bí thư Tỉnh ủy dự lễ.",
        );
        let people = people_of(&events, EventType::Commemoration);
        assert_eq!(people, ["Lê Văn Cường"], "{events:?}");
    }

    #[test]
    fn a_project_is_no_attendance() {
        let events = events_of(
            "Hội nghị",
            "Sáng 7/12, Tỉnh ủy Phú Yên tổ chức hội nghị tổng kết. \
             Ông Trần Văn Bình từng là Giám đốc Ban quản lý dự án giao thông.",
        );
        assert!(
            people_of(&events, EventType::Conference).is_empty(),
            "{events:?}"
        );
    }

    #[test]
    fn the_day_of_a_telling_is_not_the_day_of_the_event() {
        let told = events_of(
            "Kỷ luật",
            "Chiều 28/12, ông Trần Văn Bình cho biết, tỉnh vừa thi hành kỷ luật \
             ông Lê Văn Cường.",
        );
        assert_eq!(told.len(), 1, "{told:?}");
        assert_eq!(told[0].date, None);
        // Named before the telling, the event keeps the sentence's date.
        let both = events_of(
            "Đại hội",
            "Sáng 14/12, Đại hội Đảng bộ tỉnh Phú Yên nghe báo cáo kết quả hội nghị lần thứ \
             nhất Ban Chấp hành Đảng bộ tỉnh do ông Trần Văn Bình chủ trì.",
        );
        let date_of_kind = |k: EventType| both.iter().find(|e| e.kind == k).map(|e| e.date);
        assert_eq!(
            date_of_kind(EventType::Congress),
            Some(Some(EventDate::Full(2024, 12, 14)))
        );
        assert_eq!(date_of_kind(EventType::Conference), Some(None), "{both:?}");
        let after = events_of(
            "Hội nghị",
            "Ông Trần Văn Bình cho hay, chiều 11/12, Sở Tài chính tỉnh Phú Yên đã tổ chức \
             hội nghị tổng kết.",
        );
        assert_eq!(after[0].date, Some(EventDate::Full(2024, 12, 11)));
    }

    #[test]
    fn a_document_date_is_not_the_event_date() {
        assert_eq!(
            date_of("Thực hiện Kế hoạch số 65/KH-UBND ngày 31/10 của UBND tỉnh."),
            None
        );
    }

    #[test]
    fn a_province_in_passing_or_as_a_venue_starts_no_episode() {
        let events = events_of(
            "Cục có Phó Cục trưởng mới",
            "Chiều 28/6, tại Hà Nội, Cục Cảnh sát giao thông tổ chức lễ công bố các quyết định \
             về công tác cán bộ. \
             Cục có thêm Phó Cục trưởng Trần Văn Bình, nguyên Phó Giám đốc Công an tỉnh Bắc Ninh. \
             Đối với Công an tỉnh Đồng Nai, Bộ trưởng quyết định điều động, bổ nhiệm \
             Thiếu tướng Nguyễn Văn An giữ chức Giám đốc Công an tỉnh Đồng Nai.",
        );
        let appointments: Vec<&Event> = events
            .iter()
            .filter(|e| e.kind == EventType::Appointment)
            .collect();
        assert_eq!(appointments.len(), 1, "{events:?}");
        assert_eq!(appointments[0].date, Some(EventDate::Full(2024, 6, 28)));
    }

    #[test]
    fn a_year_before_the_articles_tells_a_career_not_an_event() {
        let events = events_of(
            "Tân Chủ tịch",
            "Sáng 10/12, HĐND tỉnh Phú Yên bầu ông Trần Văn Bình giữ chức Chủ tịch UBND tỉnh. \
             Ngày 27/6/2020, tại kỳ họp thứ nhất HĐND tỉnh Phú Yên, ông Bình được bầu làm \
             Phó Chủ tịch UBND tỉnh.",
        );
        assert!(
            events
                .iter()
                .all(|e| e.date == Some(EventDate::Full(2024, 12, 10))),
            "{events:?}"
        );
        // Undated, with a first date without a year: any written year is earlier.
        let events = events_dated(
            "Tân Bí thư",
            "Sáng ngày 6/7, ông Phạm Văn Dũng trao quyết định chỉ định ông Trần Văn Bình giữ \
             chức Bí thư Tỉnh ủy Phú Yên. \
             Tháng 1/2016, tại Đại hội đại biểu toàn quốc Đảng Cộng sản Việt Nam, ông Bình \
             được bầu làm Ủy viên Ban Chấp hành Trung ương Đảng.",
            None,
        );
        assert_eq!(kinds(&events), [EventType::Appointment], "{events:?}");
    }

    #[test]
    fn the_disciplined_are_named_after_the_discipline_word() {
        let events = events_of(
            "Kỷ luật cán bộ",
            "Chiều 28/12, bà Trần Thị Bình, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Phú Yên cho biết, \
             tỉnh vừa thi hành kỷ luật khiển trách ông Lê Văn Cường, Giám đốc Sở Xây dựng. \
             Ông Phạm Văn Dũng, Phó Giám đốc Sở Xây dựng chưa đến mức kỷ luật.",
        );
        assert_eq!(people_of(&events, EventType::Discipline), ["Lê Văn Cường"]);
    }

    #[test]
    fn a_decision_told_without_its_day_opens_no_guest_list() {
        let events = events_of(
            "Hội nghị",
            "Sáng 10/12, Ban Kinh tế Trung ương tổ chức hội nghị triển khai quyết định. \
             Với quyết định bổ nhiệm ông Trần Văn Bình lần này, Ban có 3 Phó ban. \
             Các Phó ban gồm: ông Lê Văn Cường, Phó trưởng ban Thường trực; ông Phạm Văn Dũng, \
             Phó trưởng ban.",
        );
        let people = people_of(&events, EventType::Conference);
        assert!(!people.contains(&"Lê Văn Cường".to_string()), "{events:?}");
    }

    #[test]
    fn an_honoured_person_takes_part_in_no_event_of_the_article() {
        let events = events_of(
            "Kỷ niệm 100 năm ngày sinh đồng chí Trần Văn Bình",
            "Sáng 7/12, tại Nhà tưởng niệm đồng chí Trần Văn Bình, Thành ủy tổ chức lễ dâng hương. \
             Phó Chủ tịch UBND tỉnh Lê Văn Cường đọc diễn văn về cuộc đời của đồng chí Trần Văn Bình.",
        );
        let people = people_of(&events, EventType::Commemoration);
        assert_eq!(people, ["Lê Văn Cường"], "{events:?}");
    }

    #[test]
    fn a_first_plenum_after_a_congress_takes_no_date_from_it() {
        let events = events_of(
            "Đại hội",
            "Sáng 28/12, Đại hội Đảng bộ tỉnh Phú Yên bế mạc. \
             Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh đã bầu ông Trần Văn Bình giữ chức \
             Bí thư Tỉnh ủy.",
        );
        let date_of_kind = |k: EventType| events.iter().find(|e| e.kind == k).map(|e| e.date);
        assert_eq!(
            date_of_kind(EventType::Congress),
            Some(Some(EventDate::Full(2024, 12, 28)))
        );
        assert_eq!(
            date_of_kind(EventType::Conference),
            Some(None),
            "{events:?}"
        );
    }

    #[test]
    fn a_photo_caption_reports_no_event() {
        let events = events_of(
            "Hội nghị",
            "Ông Trần Văn Bình (phải) trao quyết định cho ông Lê Văn Cường.\n\
             Ông Trần Văn Bình trao quyết định cho ông Lê Văn Cường.\n\
             Ảnh: Minh Anh",
        );
        assert!(events.is_empty(), "{events:?}");
        // People and only where they are: a caption without its credit.
        for body in [
            "Tổng thống Mỹ John Kerry và Ngoại trưởng Karim Nouri trong một cuộc họp.",
            "Thủ tướng Carlos Alberto Ruiz Medina tại cuộc họp báo ở Ottawa hôm 7/3.",
        ] {
            let events = events_of("Tin", body);
            assert!(events.is_empty(), "{body}: {events:?}");
        }
        // Not people doing something there.
        let body =
            "Ngày 7/3, Thủ tướng Carlos Alberto Ruiz Medina phát biểu tại cuộc họp báo ở Ottawa.";
        assert_eq!(kinds(&events_of("Tin", body)), [EventType::Conference]);
    }

    #[test]
    fn a_plan_reports_no_event() {
        let events = events_of(
            "Đại hội",
            "Đại hội Đảng bộ tỉnh Phú Yên sẽ được tổ chức vào ngày 20/12.",
        );
        assert!(events.is_empty(), "{events:?}");
        // A purpose (`để tổ chức`) and a congress to come (`tiến tới Đại hội`)
        // are plans too.
        for body in [
            "Ngày 5/3, Quốc hội giải tán để tổ chức bầu cử sớm.",
            "Ngày 5/3, tỉnh Phú Yên phát động thi đua tiến tới Đại hội Đảng bộ tỉnh lần thứ 17.",
            // So is what is to be held next year.
            "Ngày 4/10, ông John Kerry nói chưa quyết định tranh cử trong cuộc bầu cử vào năm sau.",
        ] {
            let events = events_of("Tin", body);
            assert!(
                events
                    .iter()
                    .all(|e| !matches!(e.kind, EventType::Election | EventType::Congress)),
                "{body}: {events:?}"
            );
        }
    }

    #[test]
    fn an_event_asked_for_or_not_held_reports_no_event() {
        for body in [
            "Ngày 5/3, ông Trần Văn Bình yêu cầu Sở Nội vụ tổ chức hội nghị tổng kết.",
            "Ngày 5/3, Thủ tướng Nguyễn Văn An đã hủy chuyến thăm Pháp.",
            "Ngày 5/3, đoàn đại biểu không thể dự cuộc họp tại New York.",
            "Ngày 5/3, Thanh tra tỉnh kiến nghị Chủ tịch UBND tỉnh kỷ luật ông Lê Văn Cường.",
            // The meeting the news comes before, prepares for, promises or
            // plans is yet to be held.
            "Ngày 5/3, trước cuộc gặp với Tổng thống Mỹ, ông Lê Văn Hải nói.",
            "Ngày 5/3, ông Trần Văn Bình tới Hà Nội chuẩn bị cho cuộc gặp với Bộ trưởng Lê Văn Cường.",
            "Ngày 5/3, tỉnh hứa tổ chức cuộc họp với ông Trần Văn Bình.",
            "Ngày 5/3, ông Trần Văn Bình công bố kế hoạch tham dự hội nghị thượng đỉnh.",
            "Ngày 5/3, ông Trần Văn Bình cho biết hai bên chưa thảo luận cuộc gặp.",
            // ... or supposes, works towards or sees coming.
            "Ngày 5/3, ông Trần Văn Bình nói tổng thống sẵn sàng nếu cuộc họp diễn ra.",
            "Ngày 5/3, tỉnh phát động thi đua hướng tới Đại hội Đảng bộ tỉnh lần thứ XX.",
            "Ngày 5/3, căng thẳng gia tăng khi cuộc bầu cử quốc hội đang đến gần.",
            // Police who question someone, a reporter who asks: no visit.
            "Ngày 5/3, Công an huyện Yên Định đã làm việc với ông Trần Văn Bình.",
            "Ngày 5/3, PV đã liên hệ làm việc với ông Trần Văn Bình, Giám đốc Sở Xây dựng.",
            // Missed, or only possible.
            "Ngày 5/3, ông Trần Văn Bình đã bỏ lỡ hội thảo quốc tế ở Singapore.",
            "Ngày 5/3, Nhật Bản xem xét khả năng tổ chức cuộc gặp với Tổng thống Mỹ.",
        ] {
            let events = events_of("Tin", body);
            assert!(events.is_empty(), "{body}: {events:?}");
        }
        // (The Ministry's leaders visit: `Bộ trưởng Bộ Công an làm việc với`.)
        let events = events_of(
            "Tin",
            "Ngày 5/3, Bộ trưởng Bộ Công an Trần Văn Bình làm việc với tỉnh Nam Định.",
        );
        assert_eq!(kinds(&events), [EventType::Visit], "{events:?}");
        // The occasion of the asking took place (`trong cuộc gặp`), and a
        // request read as a noun (`Theo đề nghị của ...`) asks for nothing.
        for body in [
            "Ngày 5/3, ông Trần Văn Bình đề nghị tỉnh hỗ trợ doanh nghiệp trong cuộc gặp với Bộ trưởng Lê Văn Cường.",
            "Ngày 5/3, theo đề nghị của Bộ Nội vụ Thủ tướng Chính phủ bổ nhiệm ông Lê Văn Cường.",
        ] {
            let events = events_of("Tin", body);
            assert_eq!(events.len(), 1, "{body}: {events:?}");
        }
    }

    #[test]
    fn a_day_to_come_and_last_years_happenings_report_no_event() {
        for body in [
            "Đại hội đồng cổ đông của ngân hàng Á Châu diễn ra vào ngày 26/5 tới.",
            "Hội nghị thượng đỉnh G20 năm ngoái có sự tham dự của ông Trần Văn Bình.",
            "Hồi tháng trước, đảng Dân chủ Tự do thất bại trong cuộc bầu cử hội đồng thành phố.",
            // (A memory: `nhớ lại`, `còn nhớ`.)
            "Ông Lạc Văn Khang nhớ lại cuộc gặp đầu tiên với Bộ trưởng Ngoại giao Trung Quốc \
             Đường Gia Triền năm 1997.",
            "Chúng ta còn nhớ thời điểm ông Lạc Văn Khang được bổ nhiệm làm Giám đốc Sở Y tế tỉnh \
             Nghệ An.",
        ] {
            let events = events_of("Tin", body);
            assert!(events.is_empty(), "{body}: {events:?}");
        }
        // A span written with `tới` is no day to come.
        let events = events_of("Tin", "Hội nghị diễn ra từ ngày 19/6 tới 21/6 tại Hà Nội.");
        assert_eq!(kinds(&events), [EventType::Conference]);
    }

    #[test]
    fn what_happened_yesterday_in_an_undated_article_takes_no_other_day() {
        let events = events_dated(
            "Tin",
            "Ngày 31/8, Mỹ tấn công một căn cứ ở Syria. \
             Hôm qua, ông Trần Văn Bình chủ trì cuộc họp báo tại Hà Nội.",
            None,
        );
        let conference = events
            .iter()
            .find(|e| e.kind == EventType::Conference)
            .expect("the press conference");
        assert_eq!(conference.date, None, "{events:?}");
    }

    #[test]
    fn working_with_someone_is_a_visit_only_on_a_day_the_news_gives() {
        let events = events_of(
            "Tin",
            "Sáng 14/3, Tổ công tác của Thủ tướng làm việc với các bộ, ngành.",
        );
        assert_eq!(kinds(&events), [EventType::Visit]);
        let events = events_of(
            "Tin",
            "Chiều nay, Bộ trưởng Trần Văn Bình làm việc với UBND tỉnh Phú Yên.",
        );
        assert_eq!(kinds(&events), [EventType::Visit]);
        // Undated or ongoing, it tells dealings, not a visit.
        for body in [
            "Quận đang phối hợp các sở ngành làm việc với từng hộ dân.",
            "Ngày 5/3, ông Trần Văn Bình cho biết công ty đang làm việc với các đơn vị tư vấn.",
        ] {
            let events = events_of("Tin", body);
            assert!(events.is_empty(), "{body}: {events:?}");
        }
    }

    #[test]
    fn a_gift_a_revocation_and_an_appointment_of_no_one_report_no_event() {
        for body in [
            "Ngày 7/8, đại diện báo Tuổi Trẻ đã trao tặng gia đình bà Thủy số tiền 42 triệu đồng.",
            "Ngày 7/8, Nhà vua đã thu hồi các huân chương do hoàng gia tặng cựu thủ tướng.",
            "Ngày 7/8, lãnh đạo Công an huyện Lâm Hà điều động hàng chục cán bộ truy bắt hung thủ.",
        ] {
            let events = events_of("Tin", body);
            assert!(events.is_empty(), "{body}: {events:?}");
        }
        // An award is one, however it is given.
        let events = events_of(
            "Tin",
            "Ngày 7/8, Bí thư Thành ủy Trần Văn Bình trao tặng Huy hiệu 50 năm tuổi Đảng cho ông Lê Văn Cường.",
        );
        assert_eq!(kinds(&events), [EventType::AwardCeremony]);
    }

    #[test]
    fn a_meeting_with_voters_is_a_conference_not_the_session_it_follows() {
        let events = events_of(
            "Tin",
            "Chiều 22/11, tổ đại biểu Quốc hội TP HCM tiếp xúc cử tri tại quận 2 sau kỳ họp thứ 6 Quốc hội khóa XIV.",
        );
        assert_eq!(kinds(&events), [EventType::Conference]);
        // Its constituency holds no election.
        let events = events_of(
            "Tin",
            "Sáng 19/6, ông Trần Văn Bình tiếp xúc cử tri quận Hoàn Kiếm (đơn vị bầu cử số 1).",
        );
        assert_eq!(kinds(&events), [EventType::Conference]);
    }

    #[test]
    fn moving_people_or_things_is_no_appointment() {
        for body in [
            "Ngày 7/8, Lầu Năm Góc điều động binh sĩ từ Trung Đông đến Iraq.",
            "Ngày 7/8, Công an huyện Tiên Lãng phân công một tổ công tác xác minh đối tượng Nguyễn Văn Toàn.",
            "Ngày 7/8, anh Vương Đinh Cường được đưa vào bệnh viện và chỉ định mổ.",
        ] {
            let events = events_of("Tin", body);
            assert!(events.is_empty(), "{body}: {events:?}");
        }
        // A person moved to a post is appointed, whether the post is
        // named after a title or the person after the word.
        for body in [
            "Ngày 7/8, ông Mai Văn Huỳnh, Phó chủ tịch UBND tỉnh Kiên Giang, được điều động, phân công giữ chức Bí thư Huyện ủy Phú Quốc.",
            "Ngày 7/8, Bộ Chính trị phân công ông Trần Quốc Vượng tham gia Thường trực Ban Bí thư.",
        ] {
            let events = events_of("Tin", body);
            assert_eq!(kinds(&events), [EventType::Appointment], "{body}");
        }
    }

    #[test]
    fn an_event_with_no_day_no_one_and_no_body_is_no_news() {
        let events = events_of(
            "Tin",
            "Địa điểm diễn ra hội nghị thượng đỉnh lần ba vẫn là ẩn số.",
        );
        assert!(events.is_empty(), "{events:?}");
        // With a day, someone or a body, it is one.
        let events = events_of("Tin", "Ngày 7/8, Sở Tư pháp tổ chức hội nghị tổng kết.");
        assert_eq!(kinds(&events), [EventType::Conference]);
        let events = events_of("Tin", "Ông Nguyễn Văn An chủ trì hội nghị tổng kết.");
        assert_eq!(kinds(&events), [EventType::Conference]);
    }

    #[test]
    fn an_election_of_no_one_on_no_day_is_talk_of_elections() {
        let events = events_of(
            "Tin",
            "Kết quả cuộc bầu cử Tổng thống Mỹ đã ngã ngũ, phần thắng thuộc về ông Donald Trump.",
        );
        assert!(events.is_empty(), "{events:?}");
        // On a day, or electing someone, it is one.
        let events = events_of(
            "Tin",
            "Ngày 8/11, cử tri Mỹ đi bỏ phiếu trong cuộc bầu cử Tổng thống.",
        );
        assert_eq!(kinds(&events), [EventType::Election]);
        let events = events_of(
            "Tin",
            "HĐND tỉnh Phú Yên bầu ông Trần Văn Bình giữ chức Chủ tịch UBND tỉnh.",
        );
        assert!(kinds(&events).contains(&EventType::Election), "{events:?}");
    }

    #[test]
    fn the_title_of_someone_elected_reports_no_election() {
        // (`Tổng thống đắc cử Mỹ A`: the post just taken, told in a sentence
        // about something else.)
        for body in [
            "Tổng thống đắc cử Mỹ Donald Trump hôm nay gặp các cố vấn tại New York.",
            "Tổng thống Pháp mới đắc cử Emmanuel Macron sẽ tới Berlin.",
        ] {
            let events = events_of("Tin", body);
            assert!(
                !kinds(&events).contains(&EventType::Election),
                "{body}: {events:?}"
            );
        }
    }

    #[test]
    fn a_knife_a_patron_and_warning_shots_are_no_election_nor_discipline() {
        for body in [
            "Ngày 7/8, Khánh dùng dao bầu chém nhiều nhát vào người chị Ph.",
            "Ngày 7/8, ông bầu Quang Huy lên tiếng về vụ việc.",
            "Ngày 7/8, quân đội Israel bắn cảnh cáo về hướng quân Chính phủ Syria.",
        ] {
            let events = events_of("Tin", body);
            assert!(events.is_empty(), "{body}: {events:?}");
        }
    }

    #[test]
    fn a_peoples_congress_is_a_body_not_a_congress() {
        let events = events_of(
            "Tin",
            "Hôm 11/3, Đại hội đại biểu nhân dân toàn quốc Trung Quốc đã thông qua các nội dung sửa đổi Hiến pháp.",
        );
        assert!(!kinds(&events).contains(&EventType::Congress), "{events:?}");
    }

    #[test]
    fn questions_put_to_a_minister_in_the_assembly_are_its_session() {
        for text in [
            "Sáng 4/6, Bộ trưởng Lê Văn Hải trả lời chất vấn trước Quốc hội.",
            "Chiều 6/12, đại biểu Trần Thị Lan chất vấn Chủ tịch UBND TP HCM Nguyễn Văn Phong.",
            "Trong phiên thảo luận của Quốc hội sáng 24/5, Bộ trưởng Lê Văn Hải phát biểu.",
        ] {
            assert_eq!(
                kinds(&events_of("Tin", text)),
                [EventType::Session],
                "{text}"
            );
        }
    }

    #[test]
    fn receiving_an_official_is_a_visit_but_trực_tiếp_is_not() {
        let events = events_of(
            "Tin",
            "Ngày 4/1, Bộ trưởng Công Thương Trần Văn Anh tiếp Bộ trưởng Bộ Năng lượng và Mỏ Lào Khammany Inthirath.",
        );
        assert_eq!(kinds(&events), [EventType::Visit]);
        let events = events_of(
            "Tin",
            "Ngày 21/1, trực tiếp Bộ trưởng Bộ Giao thông vận tải Nguyễn Văn Thể đã về hiện trường chỉ đạo.",
        );
        assert_eq!(kinds(&events), []);
    }

    #[test]
    fn a_date_in_brackets_after_its_time_word_dates_the_event() {
        let events = events_dated(
            "Tin",
            "Hôm nay (26-8), Bộ trưởng Lê Văn Hải hội kiến Thủ tướng Nhật Bản Kenji Mori.",
            None,
        );
        assert_eq!(kinds(&events), [EventType::Visit]);
        assert_eq!(events[0].date, Some(EventDate::MonthDay(8, 26)));
    }

    #[test]
    fn meeting_or_receiving_an_office_holder_is_a_visit_and_other_meetings_are_not() {
        for text in [
            "Ngày 14/11, Thủ tướng Lê Văn Thành gặp Phó Tổng thống Mỹ Paul Whitman bên lề hội nghị.",
            "Ngày 14/11, Thủ tướng Lê Văn Thành tiếp Đại sứ Nhật Bản Kenji Mori.",
            "Ngày 14/11, Tổng thống Nam Phi Paul Moyo đón Chủ tịch nước Lê Văn Thành tại sân bay.",
            "Chiều 14/11, Chủ tịch nước Lê Văn Thành tới bệnh viện thăm Thượng tá Trần Văn Bình.",
        ] {
            let events = events_dated("Tin", text, None);
            assert!(kinds(&events).contains(&EventType::Visit), "{text}");
        }
        for text in [
            "Ngày 14/11, Bộ trưởng Lê Văn Thành cho biết nhiều doanh nghiệp gặp khó khăn.",
            "Ngày 14/11, Bộ trưởng Lê Văn Thành tiếp tục chỉ đạo các đơn vị.",
            "Ngày 14/11, ông Lê Văn Thành, Chủ tịch xã, gặp bà Trần Thị Hoa tại nhà.",
            "Ngày 14/11, Chủ tịch xã Lê Văn Thành cho biết người dân đón Tết vui vẻ.",
        ] {
            let events = events_dated("Tin", text, None);
            assert!(!kinds(&events).contains(&EventType::Visit), "{text}");
        }
    }

    #[test]
    fn a_year_set_as_a_goal_is_not_the_articles() {
        let events = events_dated(
            "Năm 2030 phải chấm dứt tình trạng di cư tự do",
            "Thủ tướng Lê Văn Thành phát biểu tại hội nghị diễn ra ngày 9-12 tại Đắk Lắk.",
            None,
        );
        assert_eq!(kinds(&events), [EventType::Conference]);
        assert_eq!(events[0].date, Some(EventDate::MonthDay(12, 9)));
    }

    #[test]
    fn the_year_in_a_happenings_name_dates_an_undated_article() {
        let events = events_dated(
            "Tin",
            "Sáng 2-6, Bộ trưởng Lê Văn Thành phát biểu tại phiên họp toàn thể Diễn đàn An ninh Hà Nội 2019.",
            None,
        );
        assert_eq!(kinds(&events), [EventType::Conference]);
        assert_eq!(events[0].date, Some(EventDate::Full(2019, 6, 2)));
        // (Not a country's year: `bầu cử tổng thống Mỹ 2016` is recalled.)
        let events = events_dated(
            "Tin",
            "Sáng 2-6, Bộ trưởng Lê Văn Thành phát biểu tại hội nghị về bầu cử tổng thống Mỹ 2016.",
            None,
        );
        assert_eq!(events[0].date, Some(EventDate::MonthDay(6, 2)));
        // (Nor a law's: `Luật Biển 1982`, `Luật Đất đai 2013`, nor a
        // document's number.)
        for body in [
            "Tại cuộc họp báo chiều 25/7, người phát ngôn Lê Văn Thành nhắc tới Luật Biển 1982.",
            "Tại cuộc họp báo chiều 25/7, người phát ngôn Lê Văn Thành nhắc tới Luật Đất đai 2013.",
            "Tại cuộc họp báo chiều 25/7, người phát ngôn Lê Văn Thành nhắc tới Bộ luật Hình sự 2015.",
            "Tại cuộc họp báo chiều 25/7, người phát ngôn Lê Văn Thành nhắc tới Công văn số 2046.",
        ] {
            let events = events_dated("Tin", body, None);
            assert_eq!(events[0].date, Some(EventDate::MonthDay(7, 25)), "{body}");
        }
        // A name may go on in lower case (`Tết trồng cây 2019`), or the
        // year follow `thường niên`.
        for body in [
            "Chiều 22-2, Thủ tướng Lê Văn Thành đã phát động Tết trồng cây 2019 của tỉnh Nghệ An.",
            "Sáng 22/2, Thủ tướng Lê Văn Thành dự Diễn đàn Doanh nghiệp Việt Nam (VBF) thường niên 2019.",
        ] {
            let events = events_dated("Tin", body, None);
            assert_eq!(events[0].date, Some(EventDate::Full(2019, 2, 22)), "{body}");
        }
    }

    #[test]
    fn a_sitting_takes_the_body_of_its_chair_not_of_a_speaker_after_it() {
        let events = events_of(
            "Tin",
            "Phát biểu tại kỳ họp sáng 5/7, Bí thư Thành ủy Thanh Hóa Nguyễn Văn An nhấn mạnh \
             yêu cầu cải cách.",
        );
        assert_eq!(kinds(&events), [EventType::Session]);
        let events = events_of(
            "Tin",
            "Ngày 6/3, đồng chí Trần Văn Tú, Chủ nhiệm Ủy ban Kiểm tra Trung ương chủ trì kỳ họp.",
        );
        assert_eq!(kinds(&events), [EventType::Conference]);
    }

    #[test]
    fn a_meeting_that_may_take_place_or_comes_next_month_is_no_event() {
        for body in [
            "Ngày 9/6, báo chí cho biết cuộc gặp giữa hai tổng thống có thể diễn ra tại Helsinki.",
            "Thủ tướng Hungary Orbán Viktor chuẩn bị có chuyến thăm chính thức Việt Nam.",
            "Ông Duterte có kế hoạch hội đàm với Tổng thống Mỹ Donald Trump trong tháng tới.",
        ] {
            assert_eq!(kinds(&events_of("Tin", body)), [], "{body}");
        }
    }

    #[test]
    fn a_dialogue_or_a_review_meeting_is_a_conference() {
        let events = events_of(
            "Tin",
            "Sáng 22/4, Thủ tướng Nguyễn Văn An chủ trì buổi đối thoại với 2.000 công nhân.",
        );
        assert_eq!(kinds(&events), [EventType::Conference]);
        let events = events_of(
            "Tin",
            "Ngày 4/1, phát biểu tại buổi tổng kết của Sở Xây dựng, ông Trần Văn Bình cho biết.",
        );
        assert_eq!(kinds(&events), [EventType::Conference]);
    }

    #[test]
    fn an_undated_article_takes_its_year_from_the_text() {
        let events = events_dated(
            "Hội nghị tổng kết năm 2018",
            "Sáng 12/12, Tỉnh ủy Phú Yên tổ chức hội nghị tổng kết công tác năm 2018. \
             Ông Trần Văn Bình, sinh năm 1960, chủ trì hội nghị.\n\
             Mục tiêu đến năm 2020 là hoàn thành kế hoạch.",
            None,
        );
        assert_eq!(events.len(), 1, "{events:?}");
        assert_eq!(events[0].date, Some(EventDate::Full(2018, 12, 12)));
        // An anniversary gives the year it is celebrated in.
        let events = events_dated(
            "Lễ kỷ niệm",
            "Sáng 7/7, Tỉnh ủy Phú Yên tổ chức lễ kỷ niệm 100 năm ngày sinh đồng chí \
             Trần Văn Bình (7/7/1917 - 7/7/2017).",
            None,
        );
        assert_eq!(events[0].date, Some(EventDate::Full(2017, 7, 7)));
        // So do its years joined by a dash (`1948-2018`), not the first
        // one's month written with it elsewhere.
        let events = events_dated(
            "Lễ kỷ niệm",
            "Ngày 25/7, Hội Văn nghệ tỉnh Phú Yên tổ chức Lễ kỷ niệm 70 năm thành lập \
             (1948-2018). Hội nghị thành lập Hội diễn ra ngày 25/7/1948.",
            None,
        );
        assert_eq!(
            events[0].date,
            Some(EventDate::Full(2018, 7, 25)),
            "{events:?}"
        );
        // A full date dates its own event, not the article.
        let events = events_dated(
            "Bổ nhiệm",
            "Sáng 6/7, ông Trần Văn Bình nhận quyết định bổ nhiệm giữ chức Giám đốc Sở Tài chính. \
             Ngày 27/6/2016, tại kỳ họp thứ nhất, ông Lê Văn Cường được bầu làm Chủ tịch.",
            None,
        );
        let appointment = events.iter().find(|e| e.kind == EventType::Appointment);
        assert_eq!(
            appointment.and_then(|e| e.date),
            Some(EventDate::MonthDay(7, 6))
        );
        // A month written with its year gives the year of a day in it.
        let events = events_dated(
            "Nhậm chức",
            "Ngày 11/5, Ban Kinh tế Trung ương tổ chức hội nghị công bố quyết định bổ nhiệm \
             ông Trần Văn Bình. \
             Ông Bình làm Bí thư Tỉnh ủy Phú Yên từ tháng 2/2016 đến tháng 5/2017. \
             Ông Bình sinh ngày 10/5/1963.",
            None,
        );
        assert!(
            !events.is_empty()
                && events
                    .iter()
                    .all(|e| e.date == Some(EventDate::Full(2017, 5, 11))),
            "{events:?}"
        );
        // Failing the same month, the next one (news looks ahead).
        let events = events_dated(
            "Đại hội",
            "Trong 2 ngày, mùng 7 và mùng 8/8, Hội Luật gia tỉnh Phú Yên đã tổ chức đại hội \
             lần thứ VIII.\n\
             Đại hội Hội Luật gia Việt Nam sẽ được tổ chức vào tháng 9/2019.",
            None,
        );
        assert_eq!(events.len(), 1, "{events:?}");
        assert_eq!(events[0].date, Some(EventDate::Full(2019, 8, 7)));
        // A birth year or a term is no year of the article.
        let events = events_dated(
            "Bầu chủ tịch",
            "Sáng 10/12, HĐND tỉnh Phú Yên nhiệm kỳ 2016-2021 bầu ông Trần Văn Bình, \
             sinh năm 1960, giữ chức Chủ tịch UBND tỉnh.",
            None,
        );
        assert!(
            events
                .iter()
                .all(|e| e.date == Some(EventDate::MonthDay(12, 10))),
            "{events:?}"
        );
    }

    #[test]
    fn a_former_post_in_apposition_on_a_dated_day_is_no_background() {
        let events = events_of(
            "Điều động",
            "Ngày 26/2, ông Lê Văn An trao quyết định điều động ông Trần Văn Bình, nguyên Bí \
             thư Tỉnh ủy Phú Yên, giữ chức Phó Trưởng ban Tổ chức Trung ương.",
        );
        let appointment = events.iter().find(|e| e.kind == EventType::Appointment);
        assert_eq!(
            appointment.and_then(|e| e.date),
            Some(EventDate::Full(2024, 2, 26)),
            "{events:?}"
        );
        // Undated, the same words tell a step of a career.
        let events = events_of(
            "Điều động",
            "Ông Trần Văn Bình, nguyên Bí thư Tỉnh ủy Phú Yên, được điều động giữ chức Phó \
             Trưởng ban Tổ chức Trung ương.",
        );
        assert!(
            events.iter().all(|e| e.kind != EventType::Appointment),
            "{events:?}"
        );
    }

    #[test]
    fn a_congress_opening_a_term_tells_the_year_of_an_undated_article() {
        let body = "Sáng 14/10, Đại hội đại biểu Đảng bộ huyện Yên Lạc lần thứ XX, \
                    nhiệm kỳ 2020 - 2025 khai mạc.";
        let events = events_dated("Đại hội", body, None);
        let congress = events.iter().find(|e| e.kind == EventType::Congress);
        assert_eq!(
            congress.and_then(|e| e.date),
            Some(EventDate::Full(2020, 10, 14)),
            "{events:?}"
        );
        // (Past an abbreviation's full stop: `TP. HCM`.)
        let body = "Sáng 28/6, Đại hội MTTQ Việt Nam TP. HCM lần thứ XI, nhiệm kỳ 2019 - 2024 \
                    bế mạc.";
        let events = events_dated("Đại hội", body, None);
        let congress = events.iter().find(|e| e.kind == EventType::Congress);
        assert_eq!(
            congress.and_then(|e| e.date),
            Some(EventDate::Full(2019, 6, 28)),
            "{events:?}"
        );
        // A conference on the congress's resolution meets later.
        let body = "Sáng 18/1, Huyện ủy tổ chức hội nghị học tập Nghị quyết Đại hội Đảng bộ \
                    huyện lần thứ XX, nhiệm kỳ 2020 - 2025.";
        let events = events_dated("Hội nghị", body, None);
        assert!(
            events
                .iter()
                .all(|e| e.date == Some(EventDate::MonthDay(1, 18))),
            "{events:?}"
        );
    }

    #[test]
    fn a_meeting_named_by_its_number_takes_the_term_written_elsewhere() {
        let body = "Sáng 13/9, Đại hội đại biểu toàn quốc Hội Nông dân lần thứ VIII được tổ \
                    chức tại Hà Nội. Trong không khí phấn khởi, Hội long trọng tổ chức Đại hội \
                    đại biểu toàn quốc Hội Nông dân lần thứ VIII nhiệm kỳ 2019 – 2024.";
        let events = events_dated("Đại hội", body, None);
        let congress = events.iter().find(|e| e.kind == EventType::Congress);
        assert_eq!(
            congress.and_then(|e| e.date),
            Some(EventDate::Full(2019, 9, 13)),
            "{events:?}"
        );
    }

    #[test]
    fn the_half_year_a_meeting_reviews_tells_the_year_of_an_undated_article() {
        let body = "Sáng 10/8, kỳ họp thứ hai HĐND tỉnh Nam Định khai mạc. Báo cáo 6 tháng \
                    đầu năm 2016 cho thấy số vụ vi phạm giảm so với cùng kỳ năm 2015.";
        let events = events_dated("Kỳ họp", body, None);
        assert!(
            events
                .iter()
                .any(|e| e.date == Some(EventDate::Full(2016, 8, 10))),
            "{events:?}"
        );
        // A month written with its year dates the article better.
        let body = "Sáng 31/5, Bộ Công an tổ chức hội nghị tổng kết công tác. Tổng nợ tăng so \
                    với cùng kỳ năm 2016. Sáng 26/5/2018, Bộ trưởng Lạc Văn Khang đã giải trình \
                    trước Quốc hội.";
        let events = events_dated("Hội nghị", body, None);
        assert_eq!(
            events.first().and_then(|e| e.date),
            Some(EventDate::Full(2018, 5, 31)),
            "{events:?}"
        );
        // But a month written with its year that gives a day none (`tháng
        // 3/2015` for `25/9`) leaves the half-year its say.
        let body = "Sáng 25/9, Thủ tướng Lạc Văn Khang chủ trì lễ đón Thủ tướng Hungary thăm \
                    chính thức Việt Nam. Kim ngạch 6 tháng đầu năm 2017 đạt 145 triệu USD. Hai \
                    nước ký hiệp định hợp tác vào tháng 3/2015.";
        let events = events_dated("Đón Thủ tướng Hungary", body, None);
        assert_eq!(
            events.first().and_then(|e| e.date),
            Some(EventDate::Full(2017, 9, 25)),
            "{events:?}"
        );
    }

    #[test]
    fn an_anniversary_tells_the_year_of_an_undated_article() {
        let body = "Sáng 8/7, Công ty Cổ phần Xây dựng Số 5 tổ chức lễ kỷ niệm 40 năm thành lập. \
                    Công ty được thành lập năm 1978 tại Thanh Hóa.";
        let events = events_dated("Kỷ niệm", body, None);
        let commemoration = events.iter().find(|e| e.kind == EventType::Commemoration);
        assert_eq!(
            commemoration.and_then(|e| e.date),
            Some(EventDate::Full(2018, 7, 8)),
            "{events:?}"
        );
        // The span written after the count tells it too.
        let body = "Sáng 8/7, tỉnh tổ chức lễ kỷ niệm 100 năm ngày sinh đồng chí Lê Văn An \
                    (1919 - 2019).";
        let events = events_dated("Kỷ niệm", body, None);
        assert!(
            events
                .iter()
                .any(|e| e.date == Some(EventDate::Full(2019, 7, 8))),
            "{events:?}"
        );
        // Two foundings that disagree tell nothing.
        let body = "Sáng 8/7, Công ty tổ chức lễ kỷ niệm 40 năm thành lập. \
                    Công ty A thành lập năm 1978, công ty B thành lập năm 1980.";
        let events = events_dated("Kỷ niệm", body, None);
        assert!(
            events
                .iter()
                .all(|e| e.date == Some(EventDate::MonthDay(7, 8))),
            "{events:?}"
        );
    }

    #[test]
    fn a_shareholders_meeting_is_no_congress() {
        let events = events_of(
            "Đại hội cổ đông",
            "Sáng 12/4, đại hội cổ đông Công ty Cổ phần Phú Yên đã bầu bổ sung ông Trần Văn \
             Bình vào Hội đồng quản trị.",
        );
        assert!(
            events.iter().all(|e| e.kind != EventType::Congress),
            "{events:?}"
        );
    }

    #[test]
    fn an_undated_day_takes_the_year_of_the_month_before() {
        // The month before the event's, written with its year.
        let events = events_dated(
            "Hiệp thương",
            "Ngày 14/3, Ủy ban MTTQ tỉnh Phú Yên tổ chức hội nghị hiệp thương. \
             Người tiền nhiệm đã nhận quyết định nghỉ hưu từ ngày 1/2/2019.",
            None,
        );
        assert_eq!(events.len(), 1, "{events:?}");
        assert_eq!(events[0].date, Some(EventDate::Full(2019, 3, 14)));
        // ... but not when the text writes a later year: a career told.
        let events = events_dated(
            "Hội nghị",
            "Ngày 14/3, Tỉnh ủy Phú Yên tổ chức hội nghị. \
             Ông Trần Văn Bình nghỉ hưu từ ngày 1/2/2016, tháng 10/2017 ông Lê Văn Cường làm Bí thư.",
            None,
        );
        assert_eq!(events[0].date, Some(EventDate::MonthDay(3, 14)));
    }

    #[test]
    fn a_plan_word_before_an_amount_plans_no_happening() {
        let events = events_of(
            "Tin",
            "Tại buổi làm việc với Thủ tướng Trần Văn Bình hôm 12/1, lãnh đạo tỉnh Phú Yên kiến \
             nghị giảm quy mô dự án (tổng mức đầu tư dự kiến 900 triệu USD).",
        );
        assert_eq!(events.len(), 1, "{events:?}");
        assert_eq!(events[0].kind, EventType::Visit);
        // Before a time, it plans the happening.
        let events = events_of(
            "Tin",
            "Buổi làm việc với Thủ tướng Trần Văn Bình dự kiến 17h ngày 12/1.",
        );
        assert!(events.is_empty(), "{events:?}");
    }

    #[test]
    fn an_event_told_as_before_the_days_news_takes_no_day_from_it() {
        let events = events_of(
            "Tin",
            "Sáng 19/6, Tỉnh ủy Phú Yên tổ chức hội nghị tổng kết công tác. Trước đó, Bí thư \
             Tỉnh ủy Lê Văn An đến thăm Công an tỉnh Phú Yên.",
        );
        let visit = events.iter().find(|e| e.kind == EventType::Visit);
        assert!(visit.is_some_and(|v| v.date.is_none()), "{events:?}");
    }

    #[test]
    fn the_ceremonies_of_works_and_launches_are_commemorations() {
        for body in [
            "Chiều 26/1, Thủ tướng Lê Văn An dự lễ thông xe cầu Hưng Hà.",
            "Sáng 3/2, UBND tỉnh Phú Yên tổ chức lễ khởi công đường ven biển.",
            "Sáng 20/1, Trung ương Đoàn tổ chức lễ phát động Tháng Thanh niên.",
        ] {
            let events = events_of("Tin", body);
            assert!(
                events.iter().any(|e| e.kind == EventType::Commemoration),
                "{body}: {events:?}"
            );
        }
    }

    #[test]
    fn happenings_counted_many_are_no_event() {
        for body in [
            "Sở Xây dựng tỉnh Phú Yên đã tổ chức 4 hội nghị chuyên đề để lấy ý kiến chuyên gia.",
            "Theo ông Lê Văn An, Chủ tịch UBND xã, chính quyền đã tổ chức nhiều cuộc họp có dân \
             tham gia.",
            "Ông Trần Văn Bình thường có các cuộc gặp với lãnh đạo doanh nghiệp.",
            "Đạo diễn Lạc Văn Khang đã được gặp Chủ tịch Hồ Chí Minh 4 lần.",
        ] {
            let events = events_of("Tin", body);
            assert!(events.is_empty(), "{body}: {events:?}");
        }
        // One counted as one is an event; so is one numbered in order.
        for body in [
            "Sáng 5/5, Sở Xây dựng tỉnh Phú Yên tổ chức 1 hội nghị chuyên đề.",
            "Sáng 5/5, Hội nghị Ban Chấp hành Đảng bộ tỉnh khóa 10 lần thứ nhất bầu ông Lạc Văn \
             Khang giữ chức Bí thư Tỉnh ủy.",
        ] {
            let events = events_of("Hội nghị", body);
            assert!(
                kinds(&events).contains(&EventType::Conference),
                "{body}: {events:?}"
            );
        }
    }

    #[test]
    fn a_month_written_long_before_the_latest_is_history_not_the_articles_year() {
        // The day's month written with an old year, in a text that writes a
        // month three years later: a visit recalled, no year for the day.
        let events = events_dated(
            "Viếng",
            "Chiều 28/11, Chủ tịch Quốc hội Trần Thị Lan đặt vòng hoa viếng cố Chủ tịch nước \
             bạn. Ông đã thăm Việt Nam vào tháng 12/1995 và tháng 2/2003.",
            None,
        );
        assert!(!events.is_empty(), "{events:?}");
        assert!(
            events
                .iter()
                .all(|e| e.date == Some(EventDate::MonthDay(11, 28))),
            "{events:?}"
        );
        // Months written close together still give their year.
        let events = events_dated(
            "Viếng",
            "Chiều 28/11, Chủ tịch Quốc hội Trần Thị Lan đặt vòng hoa viếng cố Chủ tịch nước \
             bạn. Ông đã thăm Việt Nam vào tháng 12/2015 và tháng 2/2016.",
            None,
        );
        assert!(
            events
                .iter()
                .all(|e| e.date == Some(EventDate::Full(2015, 11, 28))),
            "{events:?}"
        );
    }

    #[test]
    fn the_start_of_a_career_span_is_no_year_of_the_article() {
        let events = events_dated(
            "Kỳ họp HĐND",
            "Sáng 11/5, HĐND tỉnh Phú Yên khai mạc kỳ họp thứ 14. \
             Tháng 5/2007 đến 12/5/2011: ông Trần Văn Bình được bổ nhiệm làm Phó Giám đốc Công an tỉnh. \
             Tháng 5/2011, ông được bổ nhiệm làm Giám đốc Công an tỉnh.",
            None,
        );
        let session = events.iter().find(|e| e.kind == EventType::Session);
        assert_eq!(
            session.and_then(|e| e.date),
            Some(EventDate::MonthDay(5, 11)),
            "{events:?}"
        );
        // The step of the career itself is background: no event.
        assert!(
            !events
                .iter()
                .any(|e| e.evidence.starts_with("Tháng 5/2007")),
            "{events:?}"
        );
    }

    #[test]
    fn who_speaks_after_a_meeting_spoke_at_it_unless_on_another_day() {
        let events = events_of(
            "Hội nghị tổng kết",
            "Sáng 10/12, UBND tỉnh Phú Yên tổ chức hội nghị tổng kết công tác năm.\n\
             Năm nay, tỉnh thu ngân sách đạt 5.000 tỷ đồng.\n\
             Ông Trần Văn Bình, Giám đốc Sở Tài chính cho biết, thu ngân sách tăng.\n\
             Ngày 2/11, ông Lê Văn Hải, Giám đốc Sở Xây dựng cho biết, dự án chậm.\n\
             Ông Nguyễn Văn Nam từng cho biết, đường sẽ xong.",
        );
        let conference = events
            .iter()
            .find(|e| e.kind == EventType::Conference)
            .expect("the conference");
        let speaker = |name: &str| {
            conference
                .participants
                .iter()
                .find(|p| p.person == name)
                .map(|p| p.part)
        };
        assert_eq!(speaker("Trần Văn Bình"), Some(Part::Speaker));
        assert_eq!(speaker("Lê Văn Hải"), None);
        assert_eq!(speaker("Nguyễn Văn Nam"), None);
        // No meeting reported: a speaker is no participant of anything.
        let events = events_of(
            "Ngân sách tăng",
            "Ông Trần Văn Bình, Giám đốc Sở Tài chính tỉnh Phú Yên cho biết, thu ngân sách tăng.",
        );
        assert!(events.is_empty(), "{events:?}");
    }

    #[test]
    fn the_location_is_a_place_or_a_body_not_the_meeting_nor_a_word() {
        let at = |body: &str| {
            events_of("Tin", body)
                .first()
                .and_then(|e| e.location.clone())
        };
        assert_eq!(
            at("Sáng 5/3, hội nghị tổng kết diễn ra tại TP. HCM."),
            Some("Thành phố Hồ Chí Minh".to_string())
        );
        assert_eq!(
            at("Ngày 12/6, Tổng thống Lê Văn Hải hội đàm tại Singapore hôm 12/6."),
            Some("Singapore".to_string())
        );
        assert_eq!(
            at("Sáng 5/3, tại Hội nghị, ông Trần Văn Bình phát biểu."),
            None
        );
        assert_eq!(
            at("Sáng 5/3, Thủ tướng Trần Văn Bình tiếp đoàn tại Phủ Chủ tịch."),
            None
        );
    }

    fn people_of(events: &[Event], kind: EventType) -> Vec<String> {
        events
            .iter()
            .filter(|e| e.kind == kind)
            .flat_map(|e| e.participants.iter().map(|p| p.person.clone()))
            .collect()
    }

    #[test]
    fn election_list_goes_on_without_a_trigger_word() {
        let events = events_of(
            "Tỉnh Phú Yên có chủ tịch mới",
            "Sáng 10/12, HĐND tỉnh Phú Yên bầu ông Trần Văn Bình giữ chức Chủ tịch UBND tỉnh.\n\
             Ông Lê Văn Cường, Giám đốc Sở Tài chính giữ chức Phó Chủ tịch UBND tỉnh.",
        );
        let elected = people_of(&events, EventType::Election);
        assert!(elected.contains(&"Lê Văn Cường".to_string()), "{elected:?}");
    }

    #[test]
    fn attendance_sentence_without_a_trigger_joins_the_event() {
        let events = events_of(
            "Hội nghị tổng kết",
            "Sáng 10/12, Tỉnh ủy Phú Yên tổ chức hội nghị tổng kết công tác năm.\n\
             Cùng dự có ông Trần Văn Bình, Phó Bí thư Tỉnh ủy.",
        );
        let people = people_of(&events, EventType::Conference);
        assert!(people.contains(&"Trần Văn Bình".to_string()), "{people:?}");
    }

    fn date_of(text: &str) -> Option<Dmy> {
        let g = Gazetteer::embedded();
        sentence_date(
            written_date(&g.event_cues, text),
            &text.to_lowercase(),
            Some((5, 3, None)),
            None,
        )
        .0
    }

    #[test]
    fn hyphenated_day_month_after_a_time_word() {
        assert_eq!(date_of("Sáng 28-6, đại hội bế mạc."), Some((28, 6, None)));
        assert_eq!(
            date_of("Chiều 7-2 tại Hà Nội, lễ trao tặng."),
            Some((7, 2, None))
        );
        assert_eq!(
            date_of("Thành lập ngày 24-6-2017."),
            Some((24, 6, Some(2017)))
        );
        // A vote count or a term is not a date.
        assert_eq!(date_of("Đạt 45-50 phiếu, nhiệm kỳ 2020-2025."), None);
    }

    #[test]
    fn long_form_in_capitals_and_dates_with_a_dash_only() {
        // Each pattern runs only over text with its mark: `á`/`Á`, `/`, `-`.
        assert_eq!(
            date_of("NGÀY 10 THÁNG 12 NĂM 2024, HỘI NGHỊ KHAI MẠC."),
            Some((10, 12, Some(2024)))
        );
        assert_eq!(date_of("Sáng 7-2, hội nghị khai mạc."), Some((7, 2, None)));
        assert_eq!(date_of("Sáng nay, hội nghị khai mạc."), None);
    }

    #[test]
    fn sentence_marks_answer_as_the_cue_table_does() {
        // The cues found once per sentence give, at every token and for
        // every class, the answer a look into the table gives.
        let g = Gazetteer::embedded();
        let b = FactBuilder::new(&g);
        let e = EventBuilder::new(&g);
        let kinds = [
            EventCueKind::Weak,
            EventCueKind::Context,
            EventCueKind::Happening,
            EventCueKind::Sitting,
            EventCueKind::Background,
            EventCueKind::Plan,
            EventCueKind::Caption,
            EventCueKind::Credit,
            EventCueKind::Time,
            EventCueKind::Telling,
            EventCueKind::Relative,
            EventCueKind::NotPart,
            EventCueKind::Honoree,
        ];
        let mut found = 0;
        for text in [
            "Sáng 10/12, tại kỳ họp thứ 8, ông Nguyễn Văn An cho biết sẽ tổ chức lễ trao tặng.",
            "Cách đây hai ngày, Bí thư Tỉnh ủy dự tang lễ đồng chí Trần Văn Bình (phải).",
            "Ảnh: Hoàng Lam",
            "Dự án được các đại biểu tham dự hội nghị thông qua.",
        ] {
            let s = b.sentence(text);
            for i in 0..s.tokens.len() {
                for kind in kinds {
                    let expected = e.cue_at(&s.tokens, i, kind);
                    found += usize::from(expected.is_some());
                    assert_eq!(
                        e.cue_in(&s, i, kind),
                        expected,
                        "{text}: token {i}, {kind:?}"
                    );
                }
                assert_eq!(
                    e.part_cue(&s, i).map(|(n, _)| n),
                    (g.event_cues
                        .longest_where(&s.tokens, i, |c| c.cue == EventCueKind::NotPart))
                    .is_none()
                    .then(|| g.part_cues.longest(&s.tokens, i).map(|(n, _)| n))
                    .flatten(),
                    "{text}: token {i}"
                );
            }
        }
        assert!(found >= 6, "{found}");
    }

    #[test]
    fn range_with_mung() {
        assert_eq!(
            sentence_date(
                written_date(
                    &Gazetteer::embedded().event_cues,
                    "Trong mùng 7 và mùng 8/8, hội họp."
                ),
                "",
                None,
                None
            ),
            (Some((7, 8, None)), Some((8, 8, None)))
        );
    }

    #[test]
    fn a_span_of_two_days_with_their_months() {
        let span = |text: &str| written_date(&Gazetteer::embedded().event_cues, text);
        // (Not `3 và 6/3`, the month of the first day taken for a day.)
        assert_eq!(
            span("Đoàn thăm Triều Tiên trong hai ngày 5/3 và 6/3."),
            Some(((5, 3, None), Some((6, 3, None))))
        );
        assert_eq!(
            span("Chuyến thăm diễn ra từ 30/4 đến 2/5/2024."),
            Some(((30, 4, Some(2024)), Some((2, 5, Some(2024)))))
        );
    }

    #[test]
    fn events_told_after_a_date_of_their_own_take_it() {
        let events = events_of(
            "Tin",
            "Trao đổi với báo chí chiều 15/12, ông Trần Văn Bình cho hay, ngày 14/12 lãnh đạo \
             thành phố đã có cuộc họp với Sở Xây dựng.",
        );
        assert_eq!(kinds(&events), [EventType::Conference], "{events:?}");
        assert_eq!(
            events[0].date.as_ref().map(|d| d.to_string()).as_deref(),
            Some("2024-12-14")
        );
    }

    #[test]
    fn a_day_written_after_the_told_event_word_is_the_events() {
        let events = events_of(
            "Tin",
            "Thứ trưởng Bộ Giao thông vận tải Trần Văn Bình cho biết như vậy tại buổi làm việc \
             với UBND tỉnh Tiền Giang sáng 25-1.",
        );
        assert_eq!(kinds(&events), [EventType::Visit], "{events:?}");
        assert_eq!(
            events[0].date.as_ref().map(|d| d.to_string()).as_deref(),
            Some("2024-01-25")
        );
    }

    #[test]
    fn an_event_of_the_news_day_takes_no_day_of_another_happening() {
        let text = "Trung Quốc phản đối phát biểu của Mỹ về quan hệ với các nước Mỹ Latin. \
                    Bắc Kinh cho rằng đó là lời vu khống. \
                    Ngày 12/4, Ngoại trưởng Mỹ Paul Whitman phát biểu tại Chile. \
                    Phát biểu trong cuộc họp báo ở Bắc Kinh hôm nay, người phát ngôn Lục Khảng \
                    bác bỏ ý kiến đó.";
        let events = events_dated("Tin", text, None);
        let conference = events.iter().find(|e| e.kind == EventType::Conference);
        assert!(conference.is_some_and(|e| e.date.is_none()), "{events:?}");
        // (A day the lede writes is the news day: `hôm nay` takes it.)
        let text = "Chiều 30/12, HĐND tỉnh Thanh Hóa họp phiên bế mạc. Phát biểu trong cuộc \
                    họp báo hôm nay, ông Trần Văn Bình cho biết kết quả.";
        let events = events_dated("Tin", text, None);
        assert!(
            events
                .iter()
                .any(|e| e.kind == EventType::Conference && e.date.is_some()),
            "{events:?}"
        );
    }

    #[test]
    fn anniversary_span_gives_the_later_date() {
        assert_eq!(
            date_of("Lễ kỷ niệm 100 năm ngày sinh ông A (3/4/1920 - 3/4/2020)."),
            Some((3, 4, Some(2020)))
        );
    }

    #[test]
    fn birth_and_party_dates_are_not_event_dates() {
        assert_eq!(date_of("Ông A, sinh ngày 12-8-1960, quê Nghệ An."), None);
        assert_eq!(date_of("Ngày vào Đảng: 3-2-1985."), None);
        assert_eq!(date_of("Ngày chính thức: 3-2-1986."), None);
    }

    #[test]
    fn effective_date_is_not_the_decision_date() {
        assert_eq!(
            date_of("Ông B giữ chức Giám đốc kể từ ngày 1/7/2020."),
            None
        );
        assert_eq!(
            date_of("Sáng 20/6, trao quyết định, có hiệu lực từ ngày 1/7."),
            Some((20, 6, None))
        );
    }

    #[test]
    fn same_day_takes_the_last_written_date() {
        assert_eq!(
            date_of("Cùng ngày, tỉnh B bầu chủ tịch."),
            Some((5, 3, None))
        );
    }

    #[test]
    fn award_names() {
        let a = awards("trao danh hiệu \"Đơn vị Quyết thắng\" và Huân chương Lao động hạng Nhất cho 5 tập thể; Giấy khen của Chủ tịch");
        assert_eq!(
            a,
            [
                "Đơn vị Quyết thắng",
                "Huân chương Lao động hạng Nhất",
                "Giấy khen"
            ]
        );
    }

    #[test]
    fn a_full_date_in_brackets_glosses_the_past_not_the_episode() {
        let events = events_dated(
            "Quan hệ hai nước",
            "Chuyến thăm của Thủ tướng Lê Văn Tám sang Thụy Điển là một phần trong chuỗi hoạt \
             động đánh dấu kỷ niệm 50 năm thiết lập quan hệ ngoại giao hai nước.\n\
             Thụy Điển là nước phương Tây đầu tiên công nhận Việt Nam (ngày 11/1/1969).",
            None,
        );
        assert!(!events.is_empty());
        assert!(events.iter().all(|e| e.date.is_none()), "{events:?}");
    }

    #[test]
    fn the_day_a_bracket_gives_to_sang_nay_dates_the_episode() {
        let events = events_dated(
            "Bàn giao",
            "Sáng nay (10/11/2018), Bộ trưởng Lê Văn Tám làm việc với Ủy ban Quản lý vốn.",
            None,
        );
        let visit = events.iter().find(|e| e.kind == EventType::Visit);
        assert_eq!(
            visit.map(|e| e.date),
            Some(Some(EventDate::Full(2018, 11, 10))),
            "{events:?}"
        );
    }

    #[test]
    fn a_month_written_with_a_dot_gives_its_year() {
        let events = events_dated(
            "Công ty X",
            "Ngày 28/2, Hội đồng quản trị Công ty X đã bầu ông Lê Văn Tám giữ chức Chủ tịch \
             HĐQT.\n\
             Công ty đổi tên vào tháng 03/2009.\n\
             Vốn hóa của công ty lớn thứ hai trên thị trường (tính đến cuối tháng 2.2019).",
            None,
        );
        let election = events.iter().find(|e| e.kind == EventType::Election);
        assert_eq!(
            election.map(|e| e.date),
            Some(Some(EventDate::Full(2019, 2, 28))),
            "{events:?}"
        );
    }

    #[test]
    fn a_day_and_month_written_with_a_dot_after_a_time_word() {
        let events = events_dated(
            "Tuyên dương",
            "Sáng nay 29.5, tỉnh Quảng Trị đã tổ chức lễ tuyên dương, khen thưởng em Lê Văn \
             Tám. Giá vé tăng 2.5 lần.",
            None,
        );
        assert_eq!(
            events.iter().map(|e| e.date).collect::<Vec<_>>(),
            [Some(EventDate::MonthDay(5, 29))],
            "{events:?}"
        );
    }

    #[test]
    fn a_plans_far_year_gives_no_year_to_the_days_of_its_month() {
        let events = events_dated(
            "Kỳ họp",
            "Sáng 8-7, HĐND thành phố Hà Nội khai mạc kỳ họp thứ 9.\n\
             Đến tháng 11-2018, Bộ đã có ý kiến chỉ đạo.\n\
             Dự kiến khoản vay cuối cùng sẽ được trả xong vào tháng 7-2032.",
            None,
        );
        let session = events.iter().find(|e| e.kind == EventType::Session);
        assert_eq!(
            session.map(|e| e.date),
            Some(Some(EventDate::MonthDay(7, 8))),
            "{events:?}"
        );
    }

    #[test]
    fn an_event_word_that_names_no_happening_reports_no_event() {
        for body in [
            // A syllable of a place's name.
            "Ngày 5/3, công an ập vào một ngôi nhà ở xã Hà Bầu, huyện Đăk Đoa.",
            // Receiving news, not an award; meddling in a vote, forums on
            // the web, a disciplinary board.
            "Ngày 5/3, ông Trần Văn Bình đón nhận thông tin về vụ việc.",
            "Ngày 5/3, ông Trần Văn Bình bác bỏ cáo buộc can thiệp bầu cử.",
            "Ngày 5/3, ông Trần Văn Bình bác bỏ cáo buộc can thiệp vào cuộc bầu cử.",
            "Ngày 5/3, ông Trần Văn Bình bị cáo buộc gian lận bầu cử.",
            "Ngày 5/3, các diễn đàn mạng xôn xao trước thông tin này.",
            "Ngày 5/3, Hội đồng kỷ luật chưa liên lạc được với ông Trần Văn Bình.",
            // Signing a record of an offence or of acceptance: no agreement.
            "Ngày 5/3, ông Trần Văn Bình đã ký biên bản vi phạm hành chính.",
            "Ngày 5/3, chủ đầu tư ký biên bản nghiệm thu giai đoạn 2.",
            // A poll or a probe, a keepsake, a photo to remember, a hearse:
            // no visit, no commemoration.
            "Ngày 5/3, Viện Gallup đã thăm dò ý kiến của 6.000 người dân.",
            "Ngày 5/3, ông Trần Văn Bình cho mượn chiếc điện thoại là vật kỷ niệm của mẹ.",
            "Ngày 5/3, Thủ tướng Lê Văn An chụp ảnh kỷ niệm cùng các em học sinh.",
            "Ngày 5/3, chiếc xe tang lễ bất ngờ bốc cháy trên quốc lộ 48E.",
            "Tối 14/6, thi thể hai phi công được đưa về nhà tang lễ Bệnh viện Quân y 87.",
            // Memories shared, a birthday, a body handed over for burial.
            "Ngày 5/3, nhạc sĩ Trần Văn Bình chia sẻ kỷ niệm về những ca khúc của ông.",
            "Ngày 5/3, các em tổ chức kỷ niệm sinh nhật một người bạn.",
            "Ngày 5/3, công an đã bàn giao thi thể nạn nhân cho gia đình an táng.",
            // An award or a sanction of the past; an agreement not signed.
            "Ngày 5/3, ông Trần Văn Bình cũng từng được tặng huy chương Vì sự nghiệp văn hóa.",
            "Ngày 5/3, dư luận phản ứng gay gắt vì ông Trần Văn Bình từng hai lần bị kỷ luật.",
            // A pagoda's name.
            "Ngày 11/5, đoàn xe hoa diễu hành từ chùa Bầu đến chùa Tam Chúc.",
            // A room for press briefings; an anniversary to come; a meeting
            // hoped for; visits paid many times.
            "Ngày 5/3, trung tâm báo chí có phòng họp báo lớn 100 người.",
            "Ngày 5/3, video lan truyền khi ông Trần Văn Bình sắp kỷ niệm 12 năm ngày cưới.",
            "Ngày 5/3, ông Trần Văn Bình nói rất mong chờ một cuộc gặp thượng đỉnh khác.",
            "Ngày 5/3, ông Trần Văn Bình cho biết ông đã nhiều lần đến thăm Việt Nam.",
            // Talk of how posts are given, a revoked appointment, tourists.
            "Ngày 5/3, hồ sơ được chuyển để kiểm tra quy trình bổ nhiệm ông Trần Văn Bình.",
            "Ngày 5/3, ông Trần Văn Bình vừa bị rút quyết định bổ nhiệm chức phó trưởng phòng.",
            "Ngày 5/3, khu vực này có rất nhiều du khách đến thăm quan.",
            // Games, not a congress.
            "Ngày 5/3, đoàn thể thao Việt Nam lên đường dự Đại hội Thể thao châu Á.",
            // Questions put by a lawyer, a reporter, a customer: no session.
            "Ngày 5/3, luật sư Nguyễn Văn Tuấn tiếp tục chất vấn công ty kiểm toán.",
            "Ngày 5/3, nhiều nhà đầu tư chất vấn về việc không được trả lợi nhuận.",
        ] {
            let events = events_of("Tin", body);
            assert!(events.is_empty(), "{body}: {events:?}");
        }
        // (An award received is one: `đón nhận Huân chương`.)
        let events = events_of(
            "Tin",
            "Ngày 5/3, Sở Y tế tỉnh Nam Định đón nhận Huân chương Lao động hạng Ba.",
        );
        assert_eq!(kinds(&events), [EventType::AwardCeremony], "{events:?}");
        // (A meeting that ended with no agreement signed is a meeting.)
        let events = events_of(
            "Tin",
            "Hội nghị kết thúc ngày 5/3 mà không có thỏa thuận nào được ký kết.",
        );
        assert_eq!(kinds(&events), [EventType::Conference], "{events:?}");
        // (Questions put at a council's sitting are one.)
        let events = events_of(
            "Tin",
            "Ngày 5/3, đại biểu Trần Văn Bình chất vấn Giám đốc Sở Xây dựng về dự án.",
        );
        assert_eq!(kinds(&events), [EventType::Session], "{events:?}");
    }

    #[test]
    fn a_press_briefing_a_sitting_and_a_voters_meeting_are_conferences() {
        for body in [
            "Ngày 23/4, tại buổi giao ban báo chí Thành ủy Hà Nội, ông Trần Văn Bình, Chủ tịch UBND quận Hoàng Mai giải thích.",
            "Ngày 10/1, Ủy ban Thường vụ Quốc hội họp phiên thứ 30.",
            "Chiều 7/5, tại buổi tiếp xúc của Đoàn đại biểu Quốc hội TP HCM, ông Trần Văn Bình trả lời cử tri.",
        ] {
            let events = events_of("Tin", body);
            assert_eq!(kinds(&events), [EventType::Conference], "{body}: {events:?}");
        }
    }

    #[test]
    fn a_police_title_stripped_a_demotion_and_a_party_roll_struck_off_are_discipline() {
        for body in [
            "Ngày 25/1, Giám đốc Công an tỉnh Thanh Hóa công bố quyết định tước danh hiệu Công an nhân dân đối với Đại tá Trần Văn Bình.",
            "Ngày 25/1, ông Trần Văn Bình bị giáng chức vì sự cố trên tuyến đường sắt.",
            "Ngày 25/1, ông Trần Văn Bình bị xóa tên khỏi danh sách đảng viên.",
        ] {
            let events = events_of("Tin", body);
            assert!(kinds(&events).contains(&EventType::Discipline), "{body}: {events:?}");
        }
        // (In the passive, the one disciplined is named before the word.)
        let events = events_of(
            "Tin",
            "Ngày 25/1, ông Trần Văn Bình, Giám đốc Sở Y tế tỉnh Nam Định đã bị cảnh cáo.",
        );
        let names: Vec<&str> = events
            .iter()
            .flat_map(|e| e.participants.iter().map(|p| p.person.as_str()))
            .collect();
        assert_eq!(names, ["Trần Văn Bình"], "{events:?}");
        // (Not one who asks about it.)
        let events = events_of(
            "Tin",
            "Ngày 25/1, ông Trần Văn Bình nêu câu hỏi: \"Có ai bị kỷ luật vì để tăng biên chế?\"",
        );
        assert!(
            events.iter().all(|e| e.participants.is_empty()),
            "{events:?}"
        );
        // (Struck off another list, or stripped of a pageant's title: no
        // discipline.)
        for body in [
            "Ngày 25/1, Vietlott đã xóa tên ông Trần Văn Bình khỏi danh sách ban lãnh đạo.",
            "Ngày 25/1, ban tổ chức tước danh hiệu của hoa hậu Lê Thị Lan.",
        ] {
            let events = events_of("Tin", body);
            assert!(
                !kinds(&events).contains(&EventType::Discipline),
                "{body}: {events:?}"
            );
        }
    }

    #[test]
    fn a_courtesy_call_and_a_field_trip_are_visits() {
        for body in [
            "Chiều 5/3, Thượng tướng Lê Văn An tới chào xã giao Bộ trưởng Quốc phòng Hàn Quốc Kim Min Soo.",
            "Sáng 8/9, ông Trần Văn Bình, Chủ tịch tỉnh Thừa Thiên Huế đã đi thực địa tại khu di tích.",
        ] {
            let events = events_of("Tin", body);
            assert_eq!(kinds(&events), [EventType::Visit], "{body}: {events:?}");
        }
    }

    #[test]
    fn a_meeting_of_an_earlier_month_is_background() {
        let events = events_of(
            "Tin",
            "Ngày 5/9, ông Trần Văn Bình nhắc lại cam kết tại hội nghị thượng đỉnh hồi tháng 6.",
        );
        assert!(events.is_empty(), "{events:?}");
    }

    #[test]
    fn bau_before_one_capitalized_syllable_is_a_nickname_not_a_vote() {
        let events = events_of(
            "Tin",
            "Chiều 8/7, bầu Khải cho biết cổ phiếu của tập đoàn tăng mạnh.",
        );
        assert!(events.is_empty(), "{events:?}");
        // (A title after `bầu` is voted for.)
        let events = events_of(
            "Tin",
            "Chiều 8/7, HĐND tỉnh Nam Định bầu Chủ tịch UBND tỉnh.",
        );
        assert_eq!(kinds(&events), [EventType::Election], "{events:?}");
    }

    #[test]
    fn an_awards_board_or_office_named_is_no_award() {
        for body in [
            "Ngày 5/3, hội đồng khen thưởng - kỷ luật của Đoàn luật sư nhận đơn của ông Trần Văn Bình.",
            "Ngày 5/3, ông Trần Văn Bình phụ trách công tác thi đua khen thưởng của tỉnh.",
        ] {
            let events = events_of("Tin", body);
            assert!(events.is_empty(), "{body}: {events:?}");
        }
    }

    #[test]
    fn a_day_written_after_its_weekday_and_a_comma_dates_the_event() {
        let events = events_dated(
            "Tin",
            "Sáng thứ Năm, 16/5, Ủy ban Kiểm tra Tỉnh ủy Nam Định tổ chức hội nghị lần thứ 21.",
            None,
        );
        assert_eq!(kinds(&events), [EventType::Conference], "{events:?}");
        assert_eq!(events[0].date, Some(EventDate::MonthDay(5, 16)));
    }

    #[test]
    fn an_official_who_goes_to_visit_pays_a_visit_a_family_visit_is_none() {
        for body in [
            "Ngày 30-1, Thủ tướng Lạc Văn Khang về thăm, chúc Tết công nhân cảng Hải Phòng.",
            "Sáng 12/3, Bí thư Tỉnh ủy Lạc Văn Khang tới thăm các hộ dân ở khu tái định cư.",
            "Chiều 5/6, Bộ trưởng Quốc phòng Lạc Văn Khang sang thăm đơn vị bộ đội biên phòng.",
        ] {
            assert_eq!(kinds(&events_of("Tin", body)), [EventType::Visit], "{body}");
        }
        for body in [
            "Ngày 30 Tết, anh Đỗ Hữu Tâm về thăm mẹ ở quê.",
            "Chiều 5/6, chị Lã Thị Lan đi thăm người thân ở quận Hà Đông.",
            "Chiều 5/6, Bí thư Tỉnh ủy Lạc Văn Khang đi thăm quan khu di tích.",
        ] {
            assert_eq!(kinds(&events_of("Tin", body)), [], "{body}");
        }
    }

    #[test]
    fn the_visit_an_anniversary_honours_is_no_visit_of_the_news() {
        let body = "Tối 14/6, tỉnh Nghệ An tổ chức Lễ kỷ niệm 50 năm ngày Chủ tịch Hồ Chí Minh \
                    đến thăm tỉnh, Bí thư Tỉnh ủy Lạc Văn Khang dự.";
        assert_eq!(kinds(&events_of("Tin", body)), [EventType::Commemoration]);
        // An award received at the anniversary is news of its own.
        let body = "Sáng 2/7, Bệnh viện Phổi tổ chức lễ kỷ niệm 60 năm ngày thành lập và đón \
                    nhận Huân chương Lao động hạng Nhất, Phó Thủ tướng Lạc Văn Khang dự.";
        let found = kinds(&events_of("Tin", body));
        assert!(found.contains(&EventType::AwardCeremony), "{found:?}");
    }

    #[test]
    fn a_press_conference_on_a_session_to_come_reports_no_session() {
        let body = "Chiều 18/3, tại buổi họp báo công bố chương trình kỳ họp thứ 11, Phó Tổng \
                    Thư ký Quốc hội Lạc Văn Khang cho biết nhiều nội dung quan trọng.";
        assert_eq!(kinds(&events_of("Tin", body)), [EventType::Conference]);
    }

    #[test]
    fn a_meeting_planned_or_prepared_for_is_no_event_yet() {
        for body in [
            "Hội nghị đầu tiên của liên minh đã được lên kế hoạch tổ chức ở Washington vào ngày 12/10.",
            "Kết quả từ cuộc gặp có thể giúp dọn đường cho cuộc họp thượng đỉnh giữa Tổng thống Mỹ \
             John Kerry và lãnh đạo Triều Tiên.",
        ] {
            assert_eq!(kinds(&events_of("Tin", body)), [], "{body}");
        }
    }

    #[test]
    fn an_election_interfered_with_or_a_pregnancy_is_no_election() {
        for body in [
            "Ngày 19/1, nhóm điều tra nghi án Nga can thiệp kết quả bầu cử Mỹ của ông John Kerry \
             vẫn tiếp tục hoạt động.",
            "Ngày 21/7, ca sĩ Lã Thị Lan vướng nghi án bầu bí.",
        ] {
            assert_eq!(kinds(&events_of("Tin", body)), [], "{body}");
        }
    }

    #[test]
    fn the_sitting_a_proposed_vote_is_to_take_place_at_is_no_session_yet() {
        let body =
            "Hội nghị Trung ương hôm nay 3/10 đã thống nhất giới thiệu ông Lạc Văn Khang để \
                    Quốc hội bầu giữ chức vụ Chủ tịch nước tại Kỳ họp thứ 6.";
        assert_eq!(kinds(&events_of("Tin", body)), [EventType::Conference]);
    }

    #[test]
    fn what_happened_yesterday_afternoon_takes_not_the_day_of_the_lede() {
        let events = events_dated(
            "Tin",
            "Trao đổi với phóng viên sáng 18/2, ông Lạc Văn Khang, Phó giám đốc Sở Xây dựng, \
             cho biết đang nghiên cứu. Tại buổi làm việc với Sở Xây dựng chiều qua, Chủ tịch \
             UBND thành phố Đỗ Hữu Tâm cho hay đã được tư vấn.",
            None,
        );
        let visit = events
            .iter()
            .find(|e| e.kind == EventType::Visit)
            .expect("the working session");
        assert_eq!(visit.date, None, "{events:?}");
    }

    #[test]
    fn an_event_someone_prepares_to_attend_or_awaits_has_not_happened() {
        for body in [
            "Ông John Kerry đang có mặt tại Anh và chuẩn bị dự lễ kỷ niệm 75 năm ngày đổ bộ.",
            "Thị trường hiện chờ đợi kết quả cuộc họp của Ngân hàng Trung ương châu Âu, diễn ra \
             vào ngày 12/9.",
        ] {
            assert_eq!(kinds(&events_of("Tin", body)), [], "{body}");
        }
    }

    #[test]
    fn a_trigger_whose_last_syllable_starts_a_longer_word_is_none() {
        // `Quốc [hội thảo] luận` holds no workshop.
        let body = "Chiều 10/6, Quốc hội thảo luận ở tổ về dự án Luật Đất đai.";
        assert_eq!(kinds(&events_of("Tin", body)), [], "{body}");
        let body = "Chiều 10/6, Sở Tư pháp tổ chức hội thảo về dự án Luật Đất đai.";
        assert_eq!(kinds(&events_of("Tin", body)), [EventType::Conference]);
    }

    #[test]
    fn an_event_asked_for_stays_so_in_a_bracket_that_names_it() {
        for body in [
            "Ông John Kerry chuẩn bị tham dự Hội nghị an ninh châu Á (Đối thoại Shangri - La).",
            "Ông Lạc Văn Khang yêu cầu đến tháng 3 (kỳ họp thứ 11 của Quốc hội) phải làm rõ quy định.",
        ] {
            assert_eq!(kinds(&events_of("Tin", body)), [], "{body}");
        }
    }

    #[test]
    fn an_official_going_to_a_place_to_direct_or_inspect_there_pays_a_visit() {
        for body in [
            "Ngày 15/9, Phó Thủ tướng Lạc Văn Khang đã vào Hà Tĩnh chỉ đạo khắc phục hậu quả bão.",
            "Chiều 15/9, Thủ tướng Lạc Văn Khang đã tới Quảng Bình kiểm tra tình hình sau bão.",
        ] {
            assert_eq!(kinds(&events_of("Tin", body)), [EventType::Visit], "{body}");
        }
        // Not someone without a title, nor a going to no place named.
        for body in [
            "Ngày 15/9, nhiều người dân đã vào Hà Tĩnh kiểm tra nhà cửa sau bão.",
            "Ngày 15/9, Phó Thủ tướng Lạc Văn Khang chỉ đạo khắc phục hậu quả bão.",
        ] {
            assert_eq!(kinds(&events_of("Tin", body)), [], "{body}");
        }
    }

    #[test]
    fn a_working_week_or_an_award_fund_is_no_event() {
        for body in [
            "Hôm nay 24/10, Quốc hội bắt đầu tuần làm việc với các nội dung về dự án Luật đấu giá tài sản.",
            "Ngày 10/7, ông Lạc Văn Khang nêu các khoản chi gồm quỹ khen thưởng cho học sinh cuối kỳ.",
        ] {
            assert_eq!(kinds(&events_of("Tin", body)), [], "{body}");
        }
    }

    #[test]
    fn what_an_event_is_the_first_since_or_a_rejected_one_is_no_event() {
        for body in [
            "Ngày 4/1, Tổng thống John Kerry bác việc bổ nhiệm ông Lê Văn Nam làm Bộ trưởng Quốc phòng.",
            "Ngày 5/3, ông Lạc Văn Khang là lãnh đạo đầu tiên băng qua vĩ tuyến 38 kể từ khi các bên ký thỏa thuận ngừng bắn năm 1953.",
            "Đây là quyết định đầu tiên của ông John Kerry kể từ khi tái đắc cử vào ngày 19/3 với số phiếu áp đảo.",
        ] {
            assert_eq!(kinds(&events_of("Tin", body)), [], "{body}");
        }
        // (What happens before it is news.)
        let told = kinds(&events_of(
            "Tin",
            "Hội nghị thượng đỉnh diễn ra tại Helsinki hôm 16/7 là cuộc gặp đầu tiên kể từ khi ông John Kerry nhậm chức.",
        ));
        assert!(told.contains(&EventType::Conference), "{told:?}");
    }

    #[test]
    fn elected_right_after_a_title_names_the_president_elect_and_reports_no_vote() {
        for body in [
            "Tổng thống Mỹ đắc cử phát thông điệp sau cuộc gặp hôm 6/1 với 4 lãnh đạo tình báo.",
            "Ngày 4/1, Thượng nghị sĩ John Kerry cho rằng tổng thống Mỹ đắc cử vô trách nhiệm.",
        ] {
            let told = kinds(&events_of("Tin", body));
            assert!(!told.contains(&EventType::Election), "{body}: {told:?}");
        }
        // (A name between: the vote.)
        assert_eq!(
            kinds(&events_of(
                "Tin",
                "Ngày 8/11, Tổng thống John Kerry đắc cử nhiệm kỳ hai."
            )),
            [EventType::Election]
        );
    }

    #[test]
    fn the_tasks_a_congress_set_are_no_congress() {
        let body = "Ngày 11/5, ông Lạc Văn Khang nói năm 2019 là năm quyết định cho việc hoàn thành các chỉ tiêu, nhiệm vụ Đại hội Đảng bộ thành phố lần thứ X.";
        assert_eq!(kinds(&events_of("Tin", body)), []);
    }

    #[test]
    fn a_meeting_wished_for_or_that_should_have_been_is_no_event() {
        for body in [
            "Ngày 2/1, ông John Kerry cho biết ông sẵn sàng gặp Thủ tướng Karim Nouri vào bất kỳ thời điểm nào.",
            "Ngày 2/1, Tổng thống John Kerry muốn tổ chức hội nghị thượng đỉnh lần hai.",
            "Chiều 2/1, ông Lạc Văn Khang cho rằng lẽ ra hội chợ đã có một kỳ kỷ niệm lần thứ 10 ấn tượng hơn.",
            "Ngày 2/1, hãng tin cho biết Tổng thống Karim Nouri chỉ quan tâm đến việc gặp Tổng thống John Kerry lần nữa.",
            "Ngày 2/1, Tổng thống Karim Nouri tuyên bố không bao giờ đến thăm nước Mỹ.",
        ] {
            assert_eq!(kinds(&events_of("Tin", body)), [], "{body}");
        }
    }

    #[test]
    fn guests_visiting_and_labour_contracts_are_no_events() {
        for body in [
            "Chiều 5/3, Phó Chủ tịch UBND tỉnh Lê Văn Nam cho biết nhiều du khách đến thăm đền trong dịp lễ.",
            "Ngày 5/3, Giám đốc Sở Lao động Lê Văn Nam cho biết công nhân đã được ký kết hợp đồng lao động.",
        ] {
            assert_eq!(kinds(&events_of("Tin", body)), [], "{body}");
        }
    }

    #[test]
    fn an_anniversary_counts_from_a_dated_span_or_the_one_year_in_its_bracket() {
        let date_of = |title: &str, body: &str| {
            let events = events_dated(title, body, None);
            events.first().and_then(|e| e.date)
        };
        assert_eq!(
            date_of(
                "Kỷ niệm",
                "Tối 4-11, chương trình nghệ thuật kỷ niệm 100 năm Cách mạng tháng Mười Nga \
                 (7-11-1917 - 7-11-2017) diễn ra tại Nhà hát thành phố."
            ),
            Some(EventDate::Full(2017, 11, 4))
        );
        assert_eq!(
            date_of(
                "Tưởng niệm",
                "Sáng 16-3, Chủ tịch UBND tỉnh Lê Văn Nam dự lễ tưởng niệm 50 năm vụ thảm \
                 sát làng Tư Cung (1968)."
            ),
            Some(EventDate::Full(2018, 3, 16))
        );
        assert_eq!(
            date_of(
                "Kỷ niệm",
                "Tối 8/5, UBND tỉnh tổ chức Lễ kỷ niệm 990 năm Thanh Hóa (1029-2019)."
            ),
            Some(EventDate::Full(2019, 5, 8))
        );
    }

    #[test]
    fn a_decade_or_a_documents_year_dates_no_article() {
        for body in [
            "Ngày 19/3, Tổng thống Karim Nouri gặp Thủ tướng John Kerry. Trong một tuyên bố \
             ngày 17/3, bộ Ngoại giao cho rằng chương trình có từ cuối những năm 1990.",
            "Ngày 12/7, tòa trọng tài phụ lục VII Công ước Luật biển năm 1982 ra phán quyết. \
             Ngày 19/3, Tổng thống Karim Nouri gặp Thủ tướng John Kerry.",
        ] {
            let events = events_dated("Tin", body, None);
            let visit = events.iter().find(|e| e.kind == EventType::Visit);
            assert_eq!(
                visit.and_then(|e| e.date),
                Some(EventDate::MonthDay(3, 19)),
                "{body}"
            );
        }
    }

    #[test]
    fn an_appointment_talked_of_as_a_matter_is_no_event() {
        for body in [
            "Ngày 8/8, ông Lạc Văn Khang là người giám sát việc bổ nhiệm nhân sự đảng.",
            "Ngày 8/8, ông Lạc Văn Khang bị cách chức vì sai phạm trong việc bổ nhiệm vợ mình \
             làm trưởng phòng.",
            "Ngày 8/8, ông Đỗ Hữu Tâm cho rằng kiểm tra việc bổ nhiệm ông Lạc Văn Khang không \
             khó.",
        ] {
            let events = events_of("Tin", body);
            assert!(
                events.iter().all(|e| e.kind != EventType::Appointment),
                "{body}: {events:?}"
            );
        }
    }

    #[test]
    fn the_years_of_a_sentence_told_of_last_year_do_not_date_the_article() {
        let body = "Ngày 25-4, ông Lạc Văn Khang có chuyến thăm tại cơ quan của ông Đỗ Hữu Tâm. \
                    Vụ thử vào ngày 3-9 năm ngoái mạnh gấp 7 lần quả bom thả xuống Hiroshima \
                    vào năm 1945.";
        let events = events_dated("Tin", body, None);
        let visit = events.iter().find(|e| e.kind == EventType::Visit);
        assert_eq!(
            visit.and_then(|e| e.date),
            Some(EventDate::MonthDay(4, 25)),
            "{events:?}"
        );
    }
}
