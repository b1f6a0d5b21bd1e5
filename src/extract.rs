//! Stub: being written.
use crate::{Article, Extraction, Gazetteer};
pub struct Extractor {
    pub gazetteer: Gazetteer,
}
impl Extractor {
    pub fn new(gazetteer: Gazetteer) -> Extractor {
        Extractor { gazetteer }
    }
    pub fn extract(&self, article: &Article) -> Extraction {
        extract(&self.gazetteer, article)
    }
}
pub fn extract(_g: &Gazetteer, article: &Article) -> Extraction {
    Extraction {
        article: article.clone(),
        posts: vec![],
        ranks: vec![],
        events: vec![],
    }
}
