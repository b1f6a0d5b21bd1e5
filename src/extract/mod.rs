/*!
The extractor: one article in, its facts out.

Its stages, each a module of this folder: `article` reads files, then
`normalize` → `tokens` → `mentions` (using the `gazetteer`, the tables of
`data/`, and `syllables`) → `sentence` → `links` → `facts` (with `abroad`) →
`events`. Each uses only those before it, `crate::model` and
`crate::error`; nothing above them (store, read, views).

It normalizes the text, splits it into sentences (the title first, then
each paragraph), finds mentions, and hands them to `facts` (posts, ranks)
and `events`. An [`Extractor`] holds the gazetteers and is shared by all
threads of an ingest; extraction itself is pure.
*/

pub mod abroad;
pub mod article;
pub mod events;
pub mod facts;
pub mod gazetteer;
pub mod links;
pub mod mentions;
pub mod normalize;
pub mod sentence;
pub mod syllables;
pub mod tokens;

use crate::extract::events::EventBuilder;
use crate::extract::facts::FactBuilder;
use crate::extract::normalize::normalize;
use crate::extract::sentence::Sentence;
use crate::extract::tokens::sentences;
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
    let mut sents: Vec<Sentence> = split(article)
        .into_iter()
        .map(|s| builder.sentence_of(s))
        .collect();
    builder.reread_short_names(&mut sents);
    let (posts, ranks) = builder.build(&sents);
    let events = EventBuilder::new(g).build(article, &sents, &posts);
    Extraction {
        article: article.clone(),
        posts,
        ranks,
        events,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        // Any text, however broken, gives facts or none, never a panic.
        #[test]
        fn extraction_never_panics(body in "\\PC{0,200}", title in "\\PC{0,40}") {
            let g = Gazetteer::embedded();
            let a = Article { id: "x".into(), title, date: None, body, url: None };
            let _ = extract(&g, &a);
        }

        // Text made of the words the rules look at, in any order.
        #[test]
        fn extraction_never_panics_on_political_words(words in proptest::collection::vec(
            proptest::sample::select(vec![
                "ông", "Nguyễn Văn An", "Bí thư", "Tỉnh ủy", "tỉnh", "Hà Giang", ",", ";", ":", "(", ")",
                "-", "và", "được bầu", "nguyên", "từng là", "gồm", "đối với", "thay", "TP.", "UBND",
                "huyện", "Sở", "Ban", "Phó", "Chủ tịch", "Đại tá", "Đảng ủy", "kiêm", "quê", "Ông",
                "hội nghị", "10/12", "trao", "Huân chương", "Lào", "Việt Nam", "các", "tham gia", ".",
            ]),
            0..60,
        )) {
            let g = Gazetteer::embedded();
            let a = Article { id: "x".into(), title: String::new(), date: None, body: words.join(" "), url: None };
            let _ = extract(&g, &a);
        }
    }
}
