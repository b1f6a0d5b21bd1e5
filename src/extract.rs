/*!
The extractor: one article in, its facts out.

It normalizes the text, splits it into sentences (the title first, then
each paragraph), finds mentions, and hands them to `facts` (posts, ranks)
and `events`. An [`Extractor`] holds the gazetteers and is shared by all
threads of an ingest; extraction itself is pure.
*/

use crate::events::EventBuilder;
use crate::facts::{FactBuilder, Sentence};
use crate::normalize::normalize;
use crate::tokens::sentences;
use crate::{Article, Extraction, Gazetteer};

/// The gazetteers, ready to extract many articles.
pub struct Extractor {
    pub gazetteer: Gazetteer,
}

impl Extractor {
    pub fn new(gazetteer: Gazetteer) -> Extractor {
        Extractor { gazetteer }
    }

    /// The facts of one article.
    pub fn extract(&self, article: &Article) -> Extraction {
        extract(&self.gazetteer, article)
    }
}

/// Splits an article into normalized sentences, the title first.
pub fn split(article: &Article) -> Vec<String> {
    let mut out = Vec::new();
    let title = normalize(article.title.trim());
    if !title.is_empty() {
        out.push(title);
    }
    let body = normalize(&article.body);
    for para in body.lines().map(str::trim).filter(|l| !l.is_empty()) {
        for (a, b) in sentences(para) {
            out.push(para[a..b].to_string());
        }
    }
    out
}

/// The facts of one article.
pub fn extract(g: &Gazetteer, article: &Article) -> Extraction {
    let builder = FactBuilder::new(g);
    let sents: Vec<Sentence> = split(article).iter().map(|s| builder.sentence(s)).collect();
    let (posts, ranks) = builder.build(&sents);
    let events = EventBuilder::new(g).build(article, &sents, &posts);
    Extraction {
        article: article.clone(),
        posts,
        ranks,
        events,
    }
}
