/*!
Events: what happened, when, and who took part (annotation guide §3).
*/

use crate::facts::Sentence;
use crate::{Article, Event, Gazetteer, Post};

pub struct EventBuilder<'g> {
    #[allow(dead_code)]
    g: &'g Gazetteer,
}

impl<'g> EventBuilder<'g> {
    pub fn new(g: &'g Gazetteer) -> Self {
        EventBuilder { g }
    }

    pub fn build(&self, _article: &Article, _sentences: &[Sentence], _posts: &[Post]) -> Vec<Event> {
        Vec::new()
    }
}
