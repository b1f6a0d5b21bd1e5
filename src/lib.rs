/*!
vnkg: a knowledge-graph builder for Vietnamese political news.

The pipeline, one module per stage:

`article` (read) → `normalize` → `mentions` (people, roles, organizations,
places, dates, using the `gazetteer`) → `facts` (posts, ranks) and `events`
→ `rdf` (one named graph per article) → `store` (Oxigraph) → `report`
(posts and events tables, query results), `resolve` (which mentions are one
person), `tenure` (facts folded into careers), `graph` (DOT), `eval` (scores
against gold annotations), `push` (the graphs to a remote SPARQL store).

`main.rs` only parses arguments (`cli`) and prints errors; everything else
is here so tests and benches call it directly.
*/

pub mod abroad;
pub mod article;
pub mod cli;
pub mod derive;
pub mod error;
pub mod events;
pub mod extract;
pub mod facts;
pub mod gazetteer;
pub mod mentions;
pub mod model;
pub mod normalize;
pub mod rdf;
pub mod read;
pub mod store;
pub mod tokens;
pub mod views;

pub use error::{Error, Result};
pub use extract::{extract, Extractor};
pub use gazetteer::Gazetteer;
pub use model::*;
