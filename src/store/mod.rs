/*!
The on-disk knowledge graph: an Oxigraph (RocksDB) store holding one named
graph per article, and the ingest pipeline that fills it.

The default graph holds the merge of the article graphs: each triple any
article states, once. Queries that name no graph read it, so a label that
a thousand articles repeat joins once, not a thousand times (Oxigraph's
union of graphs repeats it per graph, which multiplies rows and time).
Writes keep it in step: an article's triples are added with it, and when
an article goes, the triples no other article states go with it. One
exception keeps the merge valid SKOS: a node keeps one preferred label
there, the others become alternative labels (see `labels`).

What is derived from all articles (the tenure graph of resolved people,
the memberships and tenures caches next to the store) is kept up to date
by the layer above, `derive::kept`, through the writes the store offers;
all are functions of the article graphs: loading an export derives them
again.

Why a module of its own: the store is where the promises about data live.
Each article goes in wholly or not at all (its old graph is dropped and
its new graph inserted in one transaction), so re-ingesting is idempotent
and a crash never leaves half an article. One writer at a time holds a
lock file (`vnkg.lock`, holding its process id) in the store folder; a
second writer fails at once, while readers open the store read-only and
keep working during an ingest. The folder stays a plain Oxigraph store
that `oxigraph serve --location` opens.

Here: [`Store`] (`db`: open, write, remove, load, export), the merged
default graph (`merged`), one preferred label per node (`labels`), the
writer lock (`lock`), the stamped cache files (`cache`), the ingest
pipeline (`ingest`).

Uses: the extractor (`article`, `extract`, `rdf`, `model`, `error`).
Never `read`, `derive`, `views` or `cli`.
*/

mod db;
mod ingest;
mod merged;

pub mod cache;
pub mod labels;
pub mod lock;

pub use db::Store;
pub use ingest::{IngestOptions, IngestSummary};
pub use lock::LOCK_FILE;
pub use merged::{bind_merged_graph, has_merged_default_graph};
