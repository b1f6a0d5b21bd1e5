/*!
Ranks read back from the store: the military or police rank an article
gives a person (`vnkg:rank`), one row per article, person and rank.

Uses: `read::scan`, `rdf`.
*/

use crate::rdf::ns;
use crate::read::scan::{article_of, named, node_text, term_error, term_text, Scan, FOAF_NAME};
use crate::Result;
use oxigraph::model::Term;
use oxigraph::store::Store;

/// One rank as stated by one article.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Rank {
    pub article: String,
    /// The person's IRI in the article graph (`_:id` for a blank node).
    pub person: String,
    pub rank: String,
    /// The name (the article's spelling).
    pub name: String,
}

/// Every rank of the store's article graphs, sorted by article, person,
/// rank.
pub fn ranks(store: &Store) -> Result<Vec<Rank>> {
    let mut scan = Scan::new(store);
    let property = named(format!("{}rank", ns::VNKG));
    let mut found = Vec::new();
    for quad in store.quads_for_pattern(None, Some(property.as_ref()), None, None) {
        let quad = quad.map_err(term_error)?;
        if quad.graph_name.is_default_graph() {
            continue;
        }
        let person: Term = quad.subject.clone().into();
        found.push(Rank {
            article: article_of(&quad.graph_name),
            person: node_text(&quad.subject),
            rank: term_text(&quad.object),
            name: scan.label(&person, FOAF_NAME, &quad.graph_name)?,
        });
    }
    found.sort();
    found.dedup();
    Ok(found)
}
