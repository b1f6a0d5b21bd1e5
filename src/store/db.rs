/*!
The store itself: an open Oxigraph (RocksDB) store and its writes. A
writer takes the lock, creates the store so that it appears whole or not
at all, replaces or removes article graphs (each wholly, in one step)
keeping the merged default graph in step, loads and exports RDF; a reader
opens read-only and never blocks. It notes the graphs a writer touched
(for `derive::kept`).

Uses: `store::{merged, labels, lock, cache}`, `rdf`, `article`, `error`.
*/

use super::cache;
use super::labels;
use super::lock;
use super::merged::{
    drop_graphs, has_merged_default_graph, unmerge_unless_stated, with_merged_copy,
};
use crate::extract::article::display_path;
use crate::rdf;
use crate::{Error, Result};

use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{GraphName, NamedOrBlankNode, Quad, QuadRef};
use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::Duration;

/// Articles extracted per parallel batch during an ingest.
pub(super) const BATCH_ARTICLES: usize = 256;
/// Quads per write when loading an RDF file or ingesting articles: large
/// writes keep the bulk loader's files few.
pub(super) const BATCH_QUADS: usize = 100_000;
/// Memory the bulk loader may use for one write of articles: a write of
/// `BATCH_QUADS` quads and their merged copies goes in one batch.
const BULK_MEMORY_MB: usize = 512;
/// Memory the bulk loader may use for a long stream of quads (the tenure
/// graph of a whole store, see [`Store::add_quads`]): it keeps up to
/// three batches in memory (one filling, two being written), so the
/// batches are kept small.
const STREAM_MEMORY_MB: usize = 64;

/// An open store; see the module documentation.
pub struct Store {
    inner: oxigraph::store::Store,
    path: PathBuf,
    writable: bool,
    /// A reader: the stamp of the store files when it opened (see
    /// `cache`).
    stamp: Option<String>,
    /// A writer: whether it notes the graphs it writes or removes (see
    /// `derive::kept`), and those graphs.
    noting: AtomicBool,
    /// A writer: the stamp of the store files when it opened, which its
    /// caches carry if they are valid (see `derive::kept`); none for a new
    /// store.
    opened: Option<String>,
    created: bool,
    /// A writer: the bytes of the store files when it opened (see
    /// [`Store::worth_compacting`]).
    opened_bytes: u64,
    touched: Mutex<HashSet<GraphName>>,
    /// A writer noting what it writes: the nodes whose `skos:prefLabel`
    /// it bulk-loaded into the default graph, the only ones that can have
    /// several there (see [`Store::settle_labels`]).
    labelled: Mutex<HashSet<NamedOrBlankNode>>,
    _lock: Option<File>,
    // Dropped last: the temporary folder of a temporary store.
    _temp: Option<tempfile::TempDir>,
}

pub(super) fn store_error(path: &Path, e: impl std::fmt::Display) -> Error {
    Error::Store(format!("{}: {e}", path.display()))
}

/// Opens Oxigraph's on-disk store; the error is the message to show.
#[cfg(feature = "rocksdb")]
fn open_on_disk(
    path: &Path,
    read_only: bool,
) -> std::result::Result<oxigraph::store::Store, String> {
    let store = if read_only {
        oxigraph::store::Store::open_read_only(path)
    } else {
        oxigraph::store::Store::open(path)
    };
    store.map_err(|e| e.to_string())
}

#[cfg(not(feature = "rocksdb"))]
fn open_on_disk(_: &Path, _: bool) -> std::result::Result<oxigraph::store::Store, String> {
    Err("this vnkg was built without the `rocksdb` feature: no on-disk store".to_owned())
}

/// Creates an empty store in `path` so that it appears whole or not at
/// all: RocksDB writes its files one by one, and a process killed among
/// them left a store readers could not open. The files are made in a
/// folder inside, then moved out, `CURRENT` (which readers look for) last.
fn create_empty(path: &Path) -> Result<()> {
    let io = |e: std::io::Error| store_error(path, e);
    let staging = path.join(".creating");
    if staging.exists() {
        std::fs::remove_dir_all(&staging).map_err(io)?;
    }
    drop(open_on_disk(&staging, false).map_err(|m| store_error(path, m))?);
    let mut names: Vec<_> = std::fs::read_dir(&staging)
        .map_err(io)?
        .map(|entry| entry.map(|e| e.file_name()))
        .collect::<std::io::Result<_>>()
        .map_err(io)?;
    // `CURRENT` last.
    names.sort_by_key(|name| name == "CURRENT");
    for name in names {
        std::fs::rename(staging.join(&name), path.join(&name)).map_err(io)?;
    }
    std::fs::remove_dir(&staging).map_err(io)
}

impl Store {
    /// Opens the store at `path` for writing, creating it if needed. Fails
    /// at once when another process writes to it.
    pub fn open_writer(path: &Path) -> Result<Store> {
        let lock = lock::lock(path)?;
        let created = !path.join("CURRENT").exists();
        let opened = if created {
            create_empty(path)?;
            None
        } else {
            cache::stamp(path)
        };
        let opened_bytes = if created { 0 } else { cache::bytes(path) };
        let inner = open_on_disk(path, false).map_err(|message| {
            if message.contains("lock") || message.contains("Resource temporarily unavailable") {
                store_error(
                    path,
                    "store is in use by another program (an Oxigraph server?)",
                )
            } else {
                store_error(path, message)
            }
        })?;
        let store = Store {
            inner,
            path: path.to_path_buf(),
            writable: true,
            stamp: None,
            noting: AtomicBool::new(false),
            opened,
            created,
            opened_bytes,
            touched: Mutex::default(),
            labelled: Mutex::default(),
            _lock: Some(lock),
            _temp: None,
        };
        store.merge_into_default_graph()?;
        Ok(store)
    }

    /// Opens the store at `path` read-only: works while a writer runs
    /// (the reader sees the store as of the moment it opened it).
    pub fn open_reader(path: &Path) -> Result<Store> {
        if !path.join("CURRENT").exists() {
            return Err(store_error(
                path,
                "no store here (build one with `vnkg ingest`, or give --store)",
            ));
        }
        let stamp = cache::stamp(path);
        // A writer may be replacing files while we open: try a few times.
        let mut attempt = 0;
        let inner = loop {
            match open_on_disk(path, true) {
                Ok(store) => break store,
                Err(_) if attempt < 4 => {
                    attempt += 1;
                    std::thread::sleep(Duration::from_millis(50 << attempt));
                }
                Err(e) => return Err(store_error(path, e)),
            }
        };
        Ok(Store {
            inner,
            path: path.to_path_buf(),
            writable: false,
            stamp,
            noting: AtomicBool::new(false),
            opened: None,
            created: false,
            opened_bytes: 0,
            touched: Mutex::default(),
            labelled: Mutex::default(),
            _lock: None,
            _temp: None,
        })
    }

    /// A writable store in a temporary folder, deleted when dropped.
    pub fn temporary() -> Result<Store> {
        let temp = tempfile::Builder::new()
            .prefix("vnkg-store-")
            .tempdir()
            .map_err(|e| Error::Store(format!("cannot create a temporary store: {e}")))?;
        let mut store = Store::open_writer(temp.path())?;
        store._temp = Some(temp);
        store.created = false;
        Ok(store)
    }

    /// The Oxigraph store, for queries and other modules.
    pub fn inner(&self) -> &oxigraph::store::Store {
        &self.inner
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether this writer created the store.
    pub fn created(&self) -> bool {
        self.created
    }

    /// A writer: the stamp of the store files when it opened (see
    /// `cache`); none for a new store.
    pub fn opened(&self) -> Option<&str> {
        self.opened.as_deref()
    }

    /// A reader: the stamp of the store files when it opened (see
    /// `cache`).
    pub fn stamp(&self) -> Option<&str> {
        self.stamp.as_deref()
    }

    /// Whether a writer notes the graphs it writes or removes from now on
    /// (for `derive::kept`, which derives again what they changed).
    pub(crate) fn note_touched(&self, on: bool) {
        self.noting.store(on, Ordering::Relaxed);
    }

    /// How many graphs were noted as written or removed.
    pub(crate) fn touched_count(&self) -> usize {
        self.touched.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    /// The graphs noted as written or removed, forgotten here.
    pub(crate) fn take_touched(&self) -> Vec<GraphName> {
        let mut touched = self.touched.lock().unwrap_or_else(|e| e.into_inner());
        std::mem::take(&mut *touched).into_iter().collect()
    }

    /// Closes the store (its writes reach the disk, see `Drop`) and gives
    /// its folder and writer lock, still held.
    pub(crate) fn release(mut self) -> (PathBuf, Option<File>) {
        let (path, lock) = (self.path.clone(), self._lock.take());
        drop(self);
        (path, lock)
    }

    pub(super) fn check_writable(&self) -> Result<()> {
        if self.writable {
            Ok(())
        } else {
            Err(store_error(&self.path, "opened read-only"))
        }
    }

    /// Replaces the graphs of these articles (id, quads): all of them are
    /// written, or none (see [`Store::replace_graphs`]). Articles whose
    /// stored graph has the same `vnkg:graphDigest` are left as they are;
    /// returns how many.
    pub fn replace_articles(&self, articles: &[(String, Vec<Quad>)]) -> Result<usize> {
        self.check_writable()?;
        let digest = rdf::graph_digest_property();
        let mut graphs = Vec::with_capacity(articles.len());
        let mut changed = Vec::with_capacity(articles.len());
        for (id, quads) in articles {
            let graph = GraphName::from(rdf::article_iri(id));
            let new = quads.iter().rev().find(|q| q.predicate == digest);
            let unchanged = match new {
                Some(new) => self
                    .inner
                    .contains(QuadRef::new(
                        new.subject.as_ref(),
                        digest.as_ref(),
                        new.object.as_ref(),
                        graph.as_ref(),
                    ))
                    .map_err(|e| store_error(&self.path, e))?,
                None => false,
            };
            if !unchanged {
                graphs.push(graph);
                changed.push(quads);
            }
        }
        let skipped = articles.len() - changed.len();
        if !changed.is_empty() {
            self.replace_graphs(&graphs, changed.into_iter().flatten().cloned())?;
        }
        Ok(skipped)
    }

    /// Replaces whole graphs: those of `graphs` already in the store are
    /// dropped (one transaction, see [`drop_graphs`]), then `quads` go in
    /// through Oxigraph's bulk loader, which writes sorted files and adds
    /// them to the store in one atomic step, several times faster than a
    /// transaction. Each triple of a named graph also goes into the default
    /// graph, which thus holds the merge of all articles. A crash between
    /// the two steps leaves those graphs absent, never half written;
    /// running the same ingest again puts them back.
    pub(crate) fn replace_graphs(
        &self,
        graphs: &[GraphName],
        quads: impl IntoIterator<Item = Quad>,
    ) -> Result<()> {
        self.replace_graphs_within(BULK_MEMORY_MB, graphs, quads)
    }

    fn replace_graphs_within(
        &self,
        memory_mb: usize,
        graphs: &[GraphName],
        quads: impl IntoIterator<Item = Quad>,
    ) -> Result<()> {
        let fail = |e: oxigraph::store::StorageError| store_error(&self.path, e);
        self.touch(graphs);
        let mut tx = self.inner.start_transaction().map_err(fail)?;
        drop_graphs(&self.inner, &mut tx, graphs).map_err(fail)?;
        tx.commit().map_err(fail)?;
        self.bulk_load_within(memory_mb, quads.into_iter().flat_map(with_merged_copy))
    }

    fn bulk_load(&self, quads: impl IntoIterator<Item = Quad>) -> Result<()> {
        self.bulk_load_within(BULK_MEMORY_MB, quads)
    }

    fn bulk_load_within(
        &self,
        memory_mb: usize,
        quads: impl IntoIterator<Item = Quad>,
    ) -> Result<()> {
        let fail = |e: oxigraph::store::StorageError| store_error(&self.path, e);
        let mut loader = self
            .inner
            .bulk_loader()
            .with_max_memory_size_in_megabytes(memory_mb);
        if self.notes_labels() {
            let mut labelled = self.labelled.lock().unwrap_or_else(|e| e.into_inner());
            loader
                .load_quads(quads.into_iter().inspect(|q| {
                    if q.graph_name.is_default_graph() && labels::is_pref_label(&q.predicate) {
                        labelled.insert(q.subject.clone());
                    }
                }))
                .map_err(fail)?;
        } else {
            loader.load_quads(quads).map_err(fail)?;
        }
        loader.commit().map_err(fail)
    }

    /// Whether bulk loads note the nodes they label (see `labelled`): in
    /// a writer noting what it touches, on a store it did not create (a
    /// new store is settled whole, without a set as large as the store).
    fn notes_labels(&self) -> bool {
        self.noting.load(Ordering::Relaxed) && !self.created
    }

    /// Adds quads (named graphs' quads also go into the merged default
    /// graph), through the bulk loader: taken from the iterator as it
    /// writes, never all in memory.
    pub(crate) fn add_quads(&self, quads: impl IntoIterator<Item = Quad>) -> Result<()> {
        self.bulk_load_within(
            STREAM_MEMORY_MB,
            quads.into_iter().flat_map(with_merged_copy),
        )
    }

    /// Replaces `graph` with `quads` (see [`Store::replace_graphs`]),
    /// streamed as [`Store::add_quads`] streams them.
    pub(crate) fn replace_graph_streamed(
        &self,
        graph: &GraphName,
        quads: impl IntoIterator<Item = Quad>,
    ) -> Result<()> {
        self.replace_graphs_within(STREAM_MEMORY_MB, std::slice::from_ref(graph), quads)
    }

    /// Fills the default graph of a store written before it held the merge
    /// of the article graphs (vnkg 0.1 stores), so that queries see each
    /// triple once.
    fn merge_into_default_graph(&self) -> Result<()> {
        if has_merged_default_graph(&self.inner) {
            return Ok(());
        }
        let fail = |e: oxigraph::store::StorageError| store_error(&self.path, e);
        let mut chunk = Vec::with_capacity(BATCH_QUADS);
        for quad in self.inner.iter() {
            let quad = quad.map_err(fail)?;
            chunk.push(Quad::new(
                quad.subject,
                quad.predicate,
                quad.object,
                GraphName::DefaultGraph,
            ));
            if chunk.len() >= BATCH_QUADS {
                self.bulk_load(std::mem::take(&mut chunk))?;
            }
        }
        self.bulk_load(chunk)
    }

    /// Drops articles and everything drawn from them. Returns, for each id,
    /// whether it was in the store.
    pub fn remove_articles(&self, ids: &[String]) -> Result<Vec<bool>> {
        self.check_writable()?;
        let fail = |e: oxigraph::store::StorageError| store_error(&self.path, e);
        let graphs: Vec<GraphName> = ids.iter().map(|id| rdf::article_iri(id).into()).collect();
        self.touch(&graphs);
        let mut tx = self.inner.start_transaction().map_err(fail)?;
        let found = drop_graphs(&self.inner, &mut tx, &graphs).map_err(fail)?;
        tx.commit().map_err(fail)?;
        Ok(found)
    }

    fn touch(&self, graphs: &[GraphName]) {
        if self.noting.load(Ordering::Relaxed) {
            let mut touched = self.touched.lock().unwrap_or_else(|e| e.into_inner());
            touched.extend(graphs.iter().cloned());
        }
    }

    /// Whether this writer, having changed `changed` article graphs,
    /// compacts the store as it closes (see [`worth_compacting`]).
    pub(crate) fn worth_compacting(&self, changed: usize) -> bool {
        let now = if self.created {
            u64::MAX
        } else {
            cache::bytes(&self.path)
        };
        worth_compacting(changed, self.opened_bytes, now)
    }

    /// Compacts the store's files: a bulk load leaves several files per
    /// index, and each look-up of a reader (a new process, its caches
    /// cold) reads every one of them. On the 20,000-article store this
    /// takes 2 s and cuts a one-person query from 15 to 11 ms of CPU.
    pub(crate) fn compact(&self) -> Result<()> {
        #[cfg(feature = "rocksdb")]
        self.inner
            .optimize()
            .map_err(|e| store_error(&self.path, e))?;
        Ok(())
    }

    /// Leaves one `skos:prefLabel` per node and language in the default
    /// graph (see `labels`): bulk loads copy each article's spelling. A
    /// writer that opened with valid caches (so the last writer settled
    /// the whole store before saving them) looks only at the nodes its
    /// own bulk loads labelled; any other looks at every label.
    pub(crate) fn settle_labels(&self) -> Result<()> {
        let fail = |e| store_error(&self.path, e);
        let several = if self.notes_labels() {
            let labelled =
                std::mem::take(&mut *self.labelled.lock().unwrap_or_else(|e| e.into_inner()));
            labels::with_several_labels_among(&self.inner, &labelled).map_err(fail)?
        } else {
            labels::with_several_labels(&self.inner).map_err(fail)?
        };
        if several.is_empty() {
            return Ok(());
        }
        let mut tx = self.inner.start_transaction().map_err(fail)?;
        labels::relabel(&self.inner, &mut tx, &several, &HashMap::new()).map_err(fail)?;
        tx.commit().map_err(fail)
    }

    /// Changes the quads `old` into the quads `new`: what only
    /// `old` has goes (from the default graph too, unless another graph
    /// states it), what only `new` has comes, in one transaction, or
    /// through the bulk loader when nothing goes.
    pub(crate) fn update_quads(&self, old: Vec<Quad>, new: Vec<Quad>) -> Result<()> {
        let fail = |e| store_error(&self.path, e);
        let old: HashSet<Quad> = old.into_iter().collect();
        let new: HashSet<Quad> = new.into_iter().collect();
        let gone: Vec<&Quad> = old.difference(&new).collect();
        let mut come: Vec<Quad> = new.difference(&old).cloned().collect();
        come.sort_by_cached_key(|q| q.to_string());
        if gone.is_empty() {
            return self.bulk_load(come.into_iter().flat_map(with_merged_copy));
        }
        let mut tx = self.inner.start_transaction().map_err(fail)?;
        for quad in gone {
            tx.remove(quad);
            unmerge_unless_stated(&self.inner, &mut tx, quad.as_ref().into(), 1).map_err(fail)?;
        }
        for quad in come.iter().flat_map(|q| with_merged_copy(q.clone())) {
            tx.insert(&quad);
        }
        tx.commit().map_err(fail)
    }

    /// The ids of the articles in the store, sorted.
    pub fn article_ids(&self) -> Result<Vec<String>> {
        let mut ids = Vec::new();
        for graph in self.inner.named_graphs() {
            let graph = graph.map_err(|e| store_error(&self.path, e))?;
            if let NamedOrBlankNode::NamedNode(node) = graph {
                if let Some(id) = rdf::article_id(node.as_str()) {
                    ids.push(id);
                }
            }
        }
        ids.sort();
        Ok(ids)
    }

    /// Loads an N-Quads or TriG file. Each named graph in the file
    /// replaces the graph of that name in the store (so loading an export
    /// twice changes nothing). The graphs the store derives itself are
    /// skipped: the default graph (the merge of the named graphs) and
    /// vnkg's own graphs (`rdf::DERIVED_GRAPHS`, the tenures). Returns the
    /// number of quads read.
    pub fn load_rdf(&self, path: &Path, format: RdfFormat) -> Result<usize> {
        self.check_writable()?;
        let file = File::open(path).map_err(|e| Error::Io {
            path: path.to_path_buf(),
            source: e,
        })?;
        let parser = RdfParser::from_format(format).for_reader(BufReader::new(file));
        let mut seen: HashSet<GraphName> = HashSet::new();
        // Graphs first met in the current chunk (to replace), and its quads.
        let (mut fresh, mut chunk): (Vec<GraphName>, Vec<Quad>) = (Vec::new(), Vec::new());
        let mut total = 0;
        let mut current_graph: Option<GraphName> = None;
        for quad in parser {
            let quad = quad.map_err(|e| Error::File {
                path: PathBuf::from(display_path(path)),
                message: e.to_string(),
            })?;
            total += 1;
            let derived = match &quad.graph_name {
                GraphName::DefaultGraph => true,
                GraphName::NamedNode(n) => n.as_str().starts_with(rdf::DERIVED_GRAPHS),
                GraphName::BlankNode(_) => false,
            };
            if derived {
                continue;
            }
            if current_graph.as_ref() != Some(&quad.graph_name) {
                // Write large chunks between graphs, never inside one.
                if chunk.len() >= BATCH_QUADS {
                    self.replace_graphs(&std::mem::take(&mut fresh), std::mem::take(&mut chunk))?;
                }
                current_graph = Some(quad.graph_name.clone());
                if seen.insert(quad.graph_name.clone()) {
                    fresh.push(quad.graph_name.clone());
                }
            }
            chunk.push(quad);
        }
        self.replace_graphs(&fresh, chunk)?;
        Ok(total)
    }

    /// Writes every quad of the store (N-Quads or TriG).
    pub fn export(&self, format: RdfFormat, writer: impl Write) -> Result<()> {
        let mut serializer = RdfSerializer::from_format(format);
        if format == RdfFormat::TriG {
            for (prefix, namespace) in rdf::PREFIXES {
                serializer = serializer
                    .with_prefix(prefix, namespace)
                    .expect("the prefixes are valid IRIs");
            }
        }
        self.inner
            .dump_to_writer(serializer, writer)
            .map(|_| ())
            .map_err(|e| match e {
                oxigraph::store::SerializerError::Io(e) => Error::Io {
                    path: "<output>".into(),
                    source: e,
                },
                other => store_error(&self.path, other),
            })
    }
}

/// A writer that changed this many article graphs, and a tenth of the
/// store or more (see [`Store::worth_compacting`]), compacts the store as
/// it closes (see [`Store::compact`]); smaller writes leave it to RocksDB.
pub(crate) const COMPACT_AFTER: usize = 1_000;

/// Whether a write of `changed` article graphs that grew the store files
/// from `opened` to `now` bytes is worth compacting the whole store for:
/// at least [`COMPACT_AFTER`] graphs and a tenth of the store. Compacting
/// rewrites every file (13 s on a 150,000-article store), so a small
/// write into a large store leaves its few new files to RocksDB's own
/// compactions.
pub(crate) fn worth_compacting(changed: usize, opened: u64, now: u64) -> bool {
    changed >= COMPACT_AFTER && now.saturating_sub(opened) * 10 >= opened
}

impl Drop for Store {
    /// A writer flushes its memory tables to disk when done, so readers
    /// open the store at once instead of replaying the write-ahead log.
    fn drop(&mut self) {
        #[cfg(feature = "rocksdb")]
        if self.writable {
            let _ = self.inner.flush();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Article, Extraction, Org, Post, Status};
    use oxigraph::model::{GraphNameRef, Triple};

    fn extraction(id: &str, person: &str) -> Extraction {
        Extraction {
            article: Article {
                id: id.into(),
                title: "T".into(),
                date: None,
                body: String::new(),
                url: None,
            },
            posts: vec![Post {
                person: person.into(),
                role: "Bí thư".into(),
                org: Org::named("Tỉnh ủy Thanh Hóa"),
                status: Status::Held,
                evidence: "…".into(),
            }],
            ranks: vec![],
            events: vec![],
        }
    }

    fn dump(store: &Store) -> String {
        let mut out = Vec::new();
        store.export(RdfFormat::NQuads, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn replacing_an_article_is_idempotent_and_replaces_changed_text() {
        let store = Store::temporary().unwrap();
        let a = extraction("a", "Lê Anh Xuân");
        store
            .replace_articles(&[("a".into(), rdf::quads(&a))])
            .unwrap();
        let first = dump(&store);
        // The same graph again: recognized by its digest, not rewritten.
        let unchanged = store
            .replace_articles(&[("a".into(), rdf::quads(&a))])
            .unwrap();
        assert_eq!(unchanged, 1);
        assert_eq!(dump(&store), first);
        let changed = extraction("a", "Trần Anh Chung");
        store
            .replace_articles(&[("a".into(), rdf::quads(&changed))])
            .unwrap();
        let after = dump(&store);
        assert!(after.contains("Trần Anh Chung"));
        assert!(!after.contains("Lê Anh Xuân"));
    }

    /// The default graph's triples, sorted.
    fn merged(store: &Store) -> Vec<String> {
        let mut triples: Vec<String> = store
            .inner()
            .quads_for_pattern(None, None, None, Some(GraphNameRef::DefaultGraph))
            .map(|q| q.unwrap().to_string())
            .collect();
        triples.sort();
        triples
    }

    /// The distinct triples of all named graphs, sorted.
    fn named_triples(store: &Store) -> Vec<String> {
        let set: std::collections::BTreeSet<String> = store
            .inner()
            .iter()
            .map(|q| q.unwrap())
            .filter(|q| !q.graph_name.is_default_graph())
            .map(|q| Triple::new(q.subject, q.predicate, q.object).to_string())
            .collect();
        set.into_iter().collect()
    }

    #[test]
    fn the_default_graph_is_the_merge_of_the_articles_through_replaces_and_removals() {
        let store = Store::temporary().unwrap();
        store
            .replace_articles(&[
                ("a".into(), rdf::quads(&extraction("a", "Lê Anh Xuân"))),
                ("b".into(), rdf::quads(&extraction("b", "Lê Anh Xuân"))),
                ("c".into(), rdf::quads(&extraction("c", "Trần Anh Chung"))),
            ])
            .unwrap();
        assert_eq!(merged(&store), named_triples(&store));
        // A triple both a and b state is in the default graph once.
        let shared = merged(&store)
            .into_iter()
            .filter(|t| t.contains("foaf/0.1/name") && t.contains("Lê Anh Xuân"))
            .count();
        assert_eq!(shared, 1);
        store.remove_articles(&["a".into()]).unwrap();
        assert_eq!(merged(&store), named_triples(&store));
        assert!(merged(&store).iter().any(|t| t.contains("Lê Anh Xuân")));
        store
            .replace_articles(&[("b".into(), rdf::quads(&extraction("b", "Hà Văn Bình")))])
            .unwrap();
        assert_eq!(merged(&store), named_triples(&store));
        assert!(!merged(&store).iter().any(|t| t.contains("Lê Anh Xuân")));
        store.remove_articles(&["b".into(), "c".into()]).unwrap();
        assert!(merged(&store).is_empty());
    }

    /// An article naming the organization `org`.
    fn naming(id: &str, org: &str) -> (String, Vec<Quad>) {
        let mut e = extraction(id, "Lê Anh Xuân");
        e.posts[0].org = Org::named(org);
        (id.into(), rdf::quads(&e))
    }

    /// The default graph's `skos:` label triples, as `property "label"`.
    fn labels_of_merge(store: &Store) -> Vec<String> {
        merged(store)
            .into_iter()
            .filter(|t| t.contains("core#prefLabel") || t.contains("core#altLabel"))
            .filter(|t| t.contains("/org/"))
            .map(|t| {
                let property = if t.contains("prefLabel") {
                    "pref"
                } else {
                    "alt"
                };
                let label = t.split('"').nth(1).unwrap_or_default().to_owned();
                format!("{property} {label}")
            })
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect()
    }

    #[test]
    fn spellings_of_one_organization_give_one_preferred_label_whatever_the_order() {
        let (hoa, hoa_old, upper) = (
            "Tỉnh ủy Thanh Hóa",
            "Tỉnh ủy Thanh Hoá",
            "Tỉnh Ủy Thanh Hóa",
        );
        let together = Store::temporary().unwrap();
        together
            .replace_articles(&[naming("a", hoa), naming("b", hoa_old), naming("c", hoa_old)])
            .unwrap();
        together.settle_labels().unwrap();
        // Two graphs spell it `Hoá`: preferred; the others are altLabels.
        assert_eq!(
            labels_of_merge(&together),
            [format!("alt {hoa}"), format!("pref {hoa_old}")]
        );
        let one_by_one = Store::temporary().unwrap();
        for (id, org) in [("c", hoa_old), ("a", hoa), ("b", hoa_old)] {
            one_by_one.replace_articles(&[naming(id, org)]).unwrap();
            one_by_one.settle_labels().unwrap();
        }
        assert_eq!(merged(&one_by_one), merged(&together));

        // Removals settle the labels in their own transaction.
        together.replace_articles(&[naming("d", upper)]).unwrap();
        together.settle_labels().unwrap();
        assert_eq!(labels_of_merge(&together).len(), 3);
        together.remove_articles(&["b".into()]).unwrap();
        // One graph each: ties go to the first in code-point order.
        assert_eq!(
            labels_of_merge(&together),
            [
                format!("alt {hoa_old}"),
                format!("alt {hoa}"),
                format!("pref {upper}")
            ]
        );
        together.remove_articles(&["c".into(), "d".into()]).unwrap();
        assert_eq!(labels_of_merge(&together), [format!("pref {hoa}")]);
        let alone = Store::temporary().unwrap();
        alone.replace_articles(&[naming("a", hoa)]).unwrap();
        assert_eq!(merged(&together), merged(&alone));
    }

    #[test]
    fn a_writer_of_a_store_it_did_not_create_settles_the_labels_it_loaded() {
        let (hoa, hoa_old) = ("Tỉnh ủy Thanh Hóa", "Tỉnh ủy Thanh Hoá");
        let dir = tempfile::tempdir().unwrap();
        {
            let first = Store::open_writer(dir.path()).unwrap();
            first.replace_articles(&[naming("a", hoa)]).unwrap();
            first.settle_labels().unwrap();
        }
        // As `derive::kept` opens a store whose caches are valid.
        let writer = Store::open_writer(dir.path()).unwrap();
        writer.note_touched(true);
        assert!(writer.notes_labels());
        writer
            .replace_articles(&[naming("b", hoa_old), naming("c", hoa_old)])
            .unwrap();
        writer.settle_labels().unwrap();
        assert!(writer.labelled.lock().unwrap().is_empty());
        let together = Store::temporary().unwrap();
        together
            .replace_articles(&[naming("a", hoa), naming("b", hoa_old), naming("c", hoa_old)])
            .unwrap();
        together.settle_labels().unwrap();
        assert_eq!(merged(&writer), merged(&together));
        assert_eq!(
            labels_of_merge(&writer),
            [format!("alt {hoa}"), format!("pref {hoa_old}")]
        );
    }

    #[test]
    fn removing_graphs_relabels_only_nodes_spelled_several_ways() {
        let (hoa, hoa_old) = ("Tỉnh ủy Thanh Hóa", "Tỉnh ủy Thanh Hoá");
        let store = Store::temporary().unwrap();
        store
            .replace_articles(&[naming("a", hoa), naming("b", hoa)])
            .unwrap();
        store.settle_labels().unwrap();
        let org = NamedOrBlankNode::from(rdf::org_iri(hoa));
        assert!(!labels::has_variants(store.inner(), &org).unwrap());
        store.remove_articles(&["a".into()]).unwrap();
        assert_eq!(labels_of_merge(&store), [format!("pref {hoa}")]);
        store.replace_articles(&[naming("c", hoa_old)]).unwrap();
        store.settle_labels().unwrap();
        assert!(labels::has_variants(store.inner(), &org).unwrap());
        store.remove_articles(&["b".into()]).unwrap();
        assert_eq!(labels_of_merge(&store), [format!("pref {hoa_old}")]);
        assert!(!labels::has_variants(store.inner(), &org).unwrap());
        store.remove_articles(&["c".into()]).unwrap();
        assert!(labels_of_merge(&store).is_empty());
    }

    #[test]
    fn only_a_write_large_for_the_store_compacts_it() {
        // A new store, or one that grew by a tenth, after 1,000 graphs.
        assert!(worth_compacting(COMPACT_AFTER, 0, 1));
        assert!(worth_compacting(20_000, 1_000, 1_100));
        assert!(!worth_compacting(COMPACT_AFTER - 1, 0, 1));
        // 1,000 articles into a store of 150,000 (1.6 GB): left to RocksDB.
        assert!(!worth_compacting(1_000, 1_644_000_000, 1_660_000_000));
    }

    #[test]
    fn an_article_spelling_one_organization_twice_states_one_preferred_label() {
        let mut e = extraction("a", "Lê Anh Xuân");
        let mut second = e.posts[0].clone();
        second.org = Org::named("Tỉnh Ủy Thanh Hóa");
        second.role = "Phó Bí thư".into();
        e.posts.push(second);
        let store = Store::temporary().unwrap();
        store
            .replace_articles(&[("a".into(), rdf::quads(&e))])
            .unwrap();
        assert_eq!(
            labels_of_merge(&store),
            ["alt Tỉnh Ủy Thanh Hóa", "pref Tỉnh ủy Thanh Hóa"]
        );
    }

    #[test]
    fn a_store_written_before_the_merged_default_graph_gets_it_when_opened_for_writing() {
        let dir = tempfile::tempdir().unwrap();
        {
            // As vnkg 0.1 wrote it: article graphs only.
            let old = Store::open_writer(dir.path()).unwrap();
            let mut loader = old.inner().bulk_loader();
            loader
                .load_quads(rdf::quads(&extraction("a", "Lê Anh Xuân")))
                .unwrap();
            loader.commit().unwrap();
        }
        let reader = Store::open_reader(dir.path()).unwrap();
        assert!(!has_merged_default_graph(reader.inner()));
        drop(reader);
        let writer = Store::open_writer(dir.path()).unwrap();
        assert!(has_merged_default_graph(writer.inner()));
        assert_eq!(merged(&writer), named_triples(&writer));
    }

    #[test]
    fn a_store_killed_while_being_created_is_made_again() {
        // What a kill during creation leaves: the staging folder, no CURRENT.
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join(".creating")).unwrap();
        std::fs::write(dir.path().join(".creating/MANIFEST-000001"), "half").unwrap();
        assert!(Store::open_reader(dir.path()).is_err());
        let writer = Store::open_writer(dir.path()).unwrap();
        writer
            .replace_articles(&[("a".into(), rdf::quads(&extraction("a", "Lê Anh Xuân")))])
            .unwrap();
        drop(writer);
        assert!(!dir.path().join(".creating").exists());
        let reader = Store::open_reader(dir.path()).unwrap();
        assert_eq!(reader.article_ids().unwrap(), ["a"]);
    }

    #[test]
    fn removing_drops_only_that_article() {
        let store = Store::temporary().unwrap();
        store
            .replace_articles(&[
                ("a".into(), rdf::quads(&extraction("a", "Lê Anh Xuân"))),
                ("b".into(), rdf::quads(&extraction("b", "Trần Anh Chung"))),
            ])
            .unwrap();
        assert_eq!(store.article_ids().unwrap(), ["a", "b"]);
        let found = store.remove_articles(&["a".into(), "zzz".into()]).unwrap();
        assert_eq!(found, [true, false]);
        assert_eq!(store.article_ids().unwrap(), ["b"]);
        assert!(!dump(&store).contains("Lê Anh Xuân"));
    }

    #[test]
    fn loading_an_export_into_another_store_gives_the_same_quads_twice() {
        let a = Store::temporary().unwrap();
        a.replace_articles(&[("a".into(), rdf::quads(&extraction("a", "Lê Anh Xuân")))])
            .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.nq");
        std::fs::write(&file, dump(&a)).unwrap();
        let b = Store::temporary().unwrap();
        b.load_rdf(&file, RdfFormat::NQuads).unwrap();
        b.load_rdf(&file, RdfFormat::NQuads).unwrap();
        assert_eq!(dump(&a), dump(&b));
    }

    #[test]
    fn a_second_writer_is_refused_with_the_pid_and_readers_still_open() {
        let dir = tempfile::tempdir().unwrap();
        let writer = Store::open_writer(dir.path()).unwrap();
        writer
            .replace_articles(&[("a".into(), rdf::quads(&extraction("a", "Lê Anh Xuân")))])
            .unwrap();
        writer.inner().flush().unwrap();
        // fs4 locks are per open file description, so a second open in the
        // same process conflicts too.
        let err = Store::open_writer(dir.path()).err().unwrap().to_string();
        assert!(
            err.ends_with(&format!(
                "store is in use by process {}",
                std::process::id()
            )),
            "{err}"
        );
        let reader = Store::open_reader(dir.path()).unwrap();
        assert_eq!(reader.article_ids().unwrap(), ["a"]);
        assert!(reader.replace_articles(&[]).is_err());
    }

    #[test]
    fn reading_a_missing_store_says_how_to_make_one() {
        let dir = tempfile::tempdir().unwrap();
        let err = Store::open_reader(&dir.path().join("none")).err().unwrap();
        assert!(err.to_string().contains("no store here"));
    }
}
