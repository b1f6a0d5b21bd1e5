/*!
The ingest pipeline: sources read and articles extracted in parallel
batches, graphs written by one writer thread in input order, RDF files
loaded as they are; bad inputs reported and skipped, an error of the store
itself stopping the ingest.

Uses: `store::db`, `article`, `extract`, `rdf`, `error`.
*/

use super::db::{Store, BATCH_ARTICLES, BATCH_QUADS};
use crate::extract::article::{Inputs, Item, Source};
use crate::rdf;
use crate::{Error, Extractor, Result};
use oxigraph::io::RdfFormat;
use oxigraph::model::Quad;
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::mpsc::sync_channel;
use std::time::Instant;

impl Store {
    /// Reads the sources, extracts facts in parallel and writes each
    /// article's graph. Bad inputs are passed to `on_error` and skipped;
    /// an error of the store itself stops the ingest.
    pub fn ingest(
        &self,
        sources: Vec<Source>,
        extractor: &Extractor,
        options: &IngestOptions,
        on_error: &(dyn Fn(&Error) + Sync),
    ) -> Result<IngestSummary> {
        self.check_writable()?;
        let start = Instant::now();
        let progress = &options.progress;
        let (sender, receiver) = sync_channel::<Work>(2);
        let mut summary = IngestSummary::default();
        let mut failed = 0usize;

        std::thread::scope(|scope| -> Result<()> {
            // The writer: one transaction per batch, in input order.
            let writer = scope.spawn(move || -> Result<IngestSummary> {
                let mut done = IngestSummary::default();
                // Articles received, written once they make a large write.
                let mut pending: Vec<(String, Vec<Quad>)> = Vec::new();
                let mut pending_quads = 0;
                let write = |pending: &mut Vec<(String, Vec<Quad>)>,
                             done: &mut IngestSummary|
                 -> Result<()> {
                    if !pending.is_empty() {
                        let writing = Instant::now();
                        done.unchanged += self.replace_articles(pending)?;
                        done.store_seconds += writing.elapsed().as_secs_f64();
                        pending.clear();
                    }
                    Ok(())
                };
                for work in receiver {
                    match work {
                        Work::Articles { graphs, facts } => {
                            done.articles += graphs.len();
                            done.facts += facts;
                            let quads = graphs.iter().map(|(_, q)| q.len()).sum::<usize>();
                            done.quads += quads;
                            progress.inc(graphs.len() as u64);
                            progress.set_message(format!("{} facts", done.facts));
                            pending.extend(graphs);
                            pending_quads += quads;
                            if pending_quads >= BATCH_QUADS {
                                write(&mut pending, &mut done)?;
                                pending_quads = 0;
                            }
                        }
                        Work::Rdf(path, format) => {
                            write(&mut pending, &mut done)?;
                            pending_quads = 0;
                            let writing = Instant::now();
                            let loaded = self.load_rdf(&path, format);
                            done.store_seconds += writing.elapsed().as_secs_f64();
                            match loaded {
                                Ok(n) => {
                                    done.rdf_files += 1;
                                    done.quads += n;
                                }
                                Err(e @ (Error::File { .. } | Error::Io { .. })) => {
                                    on_error(&e);
                                    done.failed += 1;
                                }
                                Err(e) => return Err(e),
                            }
                        }
                    }
                }
                write(&mut pending, &mut done)?;
                Ok(done)
            });

            let mut seen: HashMap<String, String> = HashMap::new();
            let mut batch: Vec<(crate::Article, String)> = Vec::new();
            let mut batch_bytes = 0usize;
            let flush = |batch: &mut Vec<(crate::Article, String)>, failed: &mut usize| -> bool {
                if batch.is_empty() {
                    return true;
                }
                let results: Vec<std::result::Result<Extracted, Error>> = batch
                    .par_iter()
                    .map(|(article, origin)| extract_one(extractor, article, origin))
                    .collect();
                batch.clear();
                let mut graphs = Vec::with_capacity(results.len());
                let mut facts = 0;
                for result in results {
                    match result {
                        Ok(x) => {
                            facts += x.facts;
                            graphs.push((x.id, x.quads));
                        }
                        Err(e) => {
                            on_error(&e);
                            *failed += 1;
                        }
                    }
                }
                graphs.is_empty() || sender.send(Work::Articles { graphs, facts }).is_ok()
            };
            for item in Inputs::new(sources, options.max_size) {
                match item {
                    Err(e) => {
                        on_error(&e);
                        failed += 1;
                    }
                    Ok(Item::Rdf { path, format }) => {
                        batch_bytes = 0;
                        if !flush(&mut batch, &mut failed)
                            || sender.send(Work::Rdf(path, format)).is_err()
                        {
                            break;
                        }
                    }
                    Ok(Item::Article { article, origin }) => {
                        if let Some(first) = seen.get(&article.id) {
                            on_error(&Error::Usage(format!(
                                "{origin}: duplicate article id '{}' (already read from {first}); skipped",
                                article.id
                            )));
                            failed += 1;
                            continue;
                        }
                        seen.insert(article.id.clone(), origin.clone());
                        batch_bytes += article.body.len() + article.title.len();
                        batch.push((article, origin));
                        if (batch.len() >= BATCH_ARTICLES || batch_bytes >= 8 << 20)
                            && !flush(&mut batch, &mut failed)
                        {
                            break;
                        }
                        if batch.is_empty() {
                            batch_bytes = 0;
                        }
                    }
                }
            }
            flush(&mut batch, &mut failed);
            drop(sender);
            let done = writer
                .join()
                .map_err(|_| Error::Store("the store writer stopped unexpectedly".into()))??;
            summary = done;
            Ok(())
        })?;
        summary.failed += failed;
        summary.seconds = start.elapsed().as_secs_f64();
        Ok(summary)
    }
}

/// Settings of an ingest.
pub struct IngestOptions {
    /// Articles over this many bytes are refused.
    pub max_size: u64,
    /// Advanced by one per article written (hidden by default).
    pub progress: indicatif::ProgressBar,
}

impl Default for IngestOptions {
    fn default() -> IngestOptions {
        IngestOptions {
            max_size: crate::extract::article::DEFAULT_MAX_SIZE,
            progress: indicatif::ProgressBar::hidden(),
        }
    }
}

/// What an ingest did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IngestSummary {
    pub articles: usize,
    /// Posts, ranks and events.
    pub facts: usize,
    pub quads: usize,
    pub rdf_files: usize,
    /// Inputs (files, lines, articles) that could not be ingested.
    pub failed: usize,
    /// Articles whose graph in the store was already the same (not
    /// written again).
    pub unchanged: usize,
    pub seconds: f64,
    /// Of `seconds`, the time spent writing to the store (the rest is
    /// reading and extracting, which overlap with it).
    pub store_seconds: f64,
}

impl std::fmt::Display for IngestSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        write!(
            f,
            "{}, {}",
            plural(self.articles, "article", "articles"),
            plural(self.facts, "fact", "facts"),
        )?;
        if self.rdf_files > 0 {
            write!(f, ", {}", plural(self.rdf_files, "RDF file", "RDF files"))?;
        }
        write!(
            f,
            ", {} quads, {:.2} s (store writes {:.2} s)",
            self.quads, self.seconds, self.store_seconds
        )?;
        if self.unchanged > 0 {
            write!(f, " ({} unchanged)", self.unchanged)?;
        }
        if self.failed > 0 {
            write!(f, " ({} failed)", plural(self.failed, "input", "inputs"))?;
        }
        Ok(())
    }
}

enum Work {
    Articles {
        graphs: Vec<(String, Vec<Quad>)>,
        facts: usize,
    },
    Rdf(PathBuf, RdfFormat),
}

struct Extracted {
    id: String,
    facts: usize,
    quads: Vec<Quad>,
}

/// Extracts one article; a panic in the extractor becomes an error for
/// that article only.
fn extract_one(extractor: &Extractor, article: &crate::Article, origin: &str) -> Result<Extracted> {
    let run = std::panic::AssertUnwindSafe(|| {
        let extraction = extractor.extract(article);
        let facts = extraction.posts.len() + extraction.ranks.len() + extraction.events.len();
        (facts, rdf::quads(&extraction))
    });
    match std::panic::catch_unwind(run) {
        Ok((facts, quads)) => Ok(Extracted {
            id: article.id.clone(),
            facts,
            quads,
        }),
        Err(_) => Err(Error::Data(format!(
            "{origin}: internal error while extracting article '{}' (please report it); skipped",
            article.id
        ))),
    }
}
