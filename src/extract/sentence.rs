/*!
A sentence as the fact and event rules read it: its text, tokens and
mentions, and what the event rules find in it once (its marks).

It stands below `facts`, `events` and `abroad`, which all read sentences;
the event rules fill the marks (`events`), this module only holds them. The
one reading of a sentence both facts and events need, whether it only places
people somewhere (a photo caption), is here too. It uses the tokens, the
mentions and the gazetteer's cue type.
*/

use crate::extract::gazetteer::EventCue;
use crate::extract::mentions::{sep_is, Item, Mention};
use crate::extract::tokens::Token;

/// A date as written: day, month and, when given, year.
pub(crate) type Dmy = (u32, u32, Option<i32>);

/// A sentence with its tokens and mentions.
#[derive(Clone, Debug)]
pub struct Sentence {
    pub text: String,
    /// `text` in lower case, for the cue words matched in running text.
    pub lower: String,
    pub tokens: Vec<Token>,
    pub mentions: Vec<Mention>,
    /// Which mentions stand in a person's home town (from `quê` to the
    /// end of the clause).
    pub hometown: Vec<bool>,
    /// What the event rules read off the sentence, found on first use.
    pub(crate) event_marks: std::cell::OnceCell<SentenceMarks>,
}

impl Sentence {
    /// Whether the sentence names people and, right after them, only where
    /// they are (`tại`, `trong`): no word of what they do, as a photo
    /// caption (`Chủ tịch Trung Quốc A tại hội nghị thượng đỉnh G20.`).
    /// Short, with no clause after the place.
    pub fn places_people_only(&self) -> bool {
        if self.tokens.len() > 20 {
            return false;
        }
        let Some(at) = self.mentions.iter().position(|m| {
            !matches!(m.item, Item::Title(_) | Item::Rank(_) | Item::Person { .. })
                && !sep_is(m, &["và", ","])
        }) else {
            return false;
        };
        at > 0
            && self.mentions[..at]
                .iter()
                .any(|m| matches!(m.item, Item::Person { .. }))
            && matches!(self.mentions[at].item, Item::Word(_) | Item::Filler)
            && matches!(self.tokens[self.mentions[at].start].key.as_str(), "tại" | "trong")
            // (`trong khi đó`, `trong lúc`: a clause goes on.)
            && !self
                .tokens
                .get(self.mentions[at].start + 1)
                .is_some_and(|t| matches!(t.key.as_str(), "khi" | "lúc" | "đó"))
            && !self.tokens[self.mentions[at].start..]
                .iter()
                .any(|t| matches!(t.text.as_str(), "," | ";" | ":"))
    }
}

/// What the event rules read off one sentence, found once and kept with
/// it ([`Sentence`]): the rules ask each sentence a dozen questions (a
/// caption? a plan? a telling? which date?), and scanning its tokens again
/// for each question took a third of extraction.
#[derive(Debug, Clone, Default)]
pub struct SentenceMarks {
    /// Every entry of `event_cues.tsv` matching at each token: the token,
    /// the entry's length in tokens and its cue; by token, longest first.
    pub(crate) spots: Vec<(usize, usize, EventCue)>,
    /// The cue classes among `spots` ([`EventCueKind::bit`]).
    pub(crate) classes: u64,
    /// Whether a word of `event_parts.tsv` stands in the sentence (but for
    /// the words of speech, side `speech`).
    pub(crate) part_cue: bool,
    /// Whether a word of speech of `event_parts.tsv` stands in it.
    pub(crate) speech: bool,
    /// The first date the sentence writes (the events' `written_date`).
    pub(crate) written: Option<(Dmy, Option<Dmy>)>,
}
