/*!
vnkg: a knowledge-graph builder for Vietnamese political news.

The layout, bottom to top; a module uses only those on its level or below:

- `extract/`: the extractor, one article in, its facts out: `article`
  (read) → `normalize` → `tokens` → `mentions` (people, roles,
  organizations, places, dates, using the `gazetteer`) → `links` (titles
  to people) → `facts` (+ `abroad`: posts, ranks) and `events`; then `rdf`
  (one named graph per article), over `model` and `error`; a stage too
  long for one file is a folder of the same name;
- `store/`: the Oxigraph store (`db`), its merged default graph
  (`merged`), labels, writer lock, cache files, and the ingest pipeline;
- `read/`: the facts read back once: names, dates, memberships, events,
  ranks, entities, over one quad-level reader (`scan`);
- `derive/`: who is who (`resolve`), careers (`tenure`), and the derived
  graph and caches a store keeps (`kept`);
- `views/`: what commands print: tables (`table`, `posts`, `events`,
  `query`), `graph/` (DOT), `eval/` (scores against gold annotations),
  `push` (to a remote SPARQL store);
- `cli` on top; `main.rs` only parses arguments (`cli`) and prints errors,
  so tests and benches call the library directly.
*/

pub mod cli;
pub mod derive;
pub mod error;
pub mod extract;
pub mod model;
pub mod rdf;
pub mod read;
pub mod store;
pub mod views;

pub use error::{Error, Result};
pub use extract::gazetteer::Gazetteer;
pub use extract::{extract, Extractor};
pub use model::*;
