/*!
Sending the store to another triple store over HTTP: each article's named
graph goes to a SPARQL 1.1 Graph Store HTTP Protocol endpoint as
`PUT ?graph=<article IRI>`, or to a SPARQL 1.1 Update endpoint as
`DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { … } }`.

Why a module of its own: one machine builds and checks the graph, a
cluster store (Fuseki, GraphDB, Virtuoso, QLever, another Oxigraph) serves
a national archive. Both requests replace a graph whole, so pushing twice
leaves the remote store as after one push, and a push broken off half way
is completed by running it again. What this module adds on top of a plain
HTTP client is what a long push over a network needs: several requests
under way at once (to hide the network's latency), retries with
exponential backoff on connection errors and on 5xx/429 answers (never on
other 4xx answers, which would fail the same way again), errors naming
the HTTP status and the graph, and an optional resume file recording the
content hash of every graph the server has acknowledged, so a re-run
sends only the graphs that are new or changed since.

Only plain `http://` is spoken (no TLS library is built in); reach an
`https://` store through a local TLS proxy or an SSH tunnel.

Uses: `store`, `rdf`.
*/

use crate::store::Store;
use crate::{Error, Result};
use oxigraph::model::{GraphNameRef, NamedNode, NamedOrBlankNode};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, sync_channel};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The longest wait between two attempts.
const MAX_BACKOFF: Duration = Duration::from_secs(30);
/// Upper bound of a SPARQL Update request body, whatever `--batch` says.
const MAX_UPDATE_BYTES: usize = 8 << 20;
/// How much of an error answer's body is quoted.
const QUOTED_BODY: usize = 200;

/// How graphs are sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// SPARQL 1.1 Graph Store HTTP Protocol: `PUT {url}?graph=<g>`.
    GraphStore(String),
    /// SPARQL 1.1 Update: `POST {url}` with `application/sparql-update`.
    Update(String),
}

impl Target {
    pub fn url(&self) -> &str {
        match self {
            Target::GraphStore(url) | Target::Update(url) => url,
        }
    }

    /// How the target is named in a resume file.
    fn key(&self) -> String {
        match self {
            Target::GraphStore(url) => format!("graph-store {url}"),
            Target::Update(url) => format!("update {url}"),
        }
    }
}

/// Settings of a push.
pub struct PushOptions {
    pub target: Target,
    /// Extra request headers (name, value), e.g. `Authorization`.
    pub headers: Vec<(String, String)>,
    /// Graphs per request with [`Target::Update`]; the Graph Store
    /// Protocol names one graph per request.
    pub batch: usize,
    /// Requests under way at once.
    pub jobs: usize,
    /// Attempts after the first one, on connection errors and 5xx/429.
    pub retries: u32,
    /// The wait before the first retry; it doubles on each further one.
    pub backoff: Duration,
    /// Time allowed for one request, from connecting to the last byte.
    pub timeout: Duration,
    /// Record graphs sent here, and skip those sent unchanged before.
    pub resume: Option<PathBuf>,
    /// Advanced by one per graph sent or skipped (hidden by default).
    pub progress: indicatif::ProgressBar,
}

impl PushOptions {
    pub fn new(target: Target) -> PushOptions {
        PushOptions {
            target,
            headers: Vec::new(),
            batch: 64,
            jobs: 4,
            retries: 5,
            backoff: Duration::from_millis(500),
            timeout: Duration::from_secs(120),
            resume: None,
            progress: indicatif::ProgressBar::hidden(),
        }
    }
}

/// What a push did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PushSummary {
    /// Graphs sent to the server.
    pub sent: usize,
    /// Graphs skipped: the resume file says the server has them unchanged.
    pub unchanged: usize,
    /// Quads in the graphs sent.
    pub quads: usize,
    pub requests: usize,
    /// Attempts repeated after a connection error or a 5xx/429 answer.
    pub retries: usize,
    pub seconds: f64,
}

impl std::fmt::Display for PushSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        write!(
            f,
            "{} sent, {} unchanged, {} quads, {}, {:.2} s",
            plural(self.sent, "graph", "graphs"),
            self.unchanged,
            self.quads,
            plural(self.requests, "request", "requests"),
            self.seconds
        )?;
        if self.retries > 0 {
            write!(f, " ({})", plural(self.retries, "retry", "retries"))?;
        }
        Ok(())
    }
}

/// A graph of the store: the default graph or a named one.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Graph {
    Default,
    Named(NamedNode),
}

impl Graph {
    fn as_ref(&self) -> GraphNameRef<'_> {
        match self {
            Graph::Default => GraphNameRef::DefaultGraph,
            Graph::Named(node) => node.as_ref().into(),
        }
    }

    /// The key of the graph in the resume file.
    fn key(&self) -> &str {
        match self {
            Graph::Default => "DEFAULT",
            Graph::Named(node) => node.as_str(),
        }
    }
}

impl std::fmt::Display for Graph {
    /// `graph <IRI>`, or `the default graph`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Graph::Default => f.write_str("the default graph"),
            Graph::Named(node) => write!(f, "graph {node}"),
        }
    }
}

/// One graph ready to send: its triples as N-Triples and their hash.
struct Payload {
    graph: Graph,
    ntriples: String,
    quads: usize,
    hash: String,
}

/// The graphs of the store in a stable order: the article graphs by IRI,
/// the other named graphs (tenures) by IRI, then the default graph (the
/// merge, when it holds anything), so that an interrupted push has sent
/// whole articles first.
fn graphs(store: &Store) -> Result<Vec<Graph>> {
    let inner = store.inner();
    let fail = |e: &dyn std::fmt::Display| Error::Store(format!("{}: {e}", store.path().display()));
    let mut named = Vec::new();
    let mut blank = 0usize;
    for graph in inner.named_graphs() {
        match graph.map_err(|e| fail(&e))? {
            NamedOrBlankNode::NamedNode(node) => named.push(node),
            NamedOrBlankNode::BlankNode(_) => blank += 1,
        }
    }
    if blank > 0 {
        return Err(Error::Data(format!(
            "{}: {blank} graphs are named by blank nodes, which no remote store can address; \
             re-ingest their files with IRIs as graph names",
            store.path().display()
        )));
    }
    // Articles first, then the graphs derived from them (tenures).
    named.sort_by_key(|n| {
        (
            crate::rdf::article_id(n.as_str()).is_none(),
            n.as_str().to_owned(),
        )
    });
    let mut out: Vec<Graph> = named.into_iter().map(Graph::Named).collect();
    let default_used = inner
        .quads_for_pattern(None, None, None, Some(GraphNameRef::DefaultGraph))
        .next()
        .is_some();
    if default_used {
        out.push(Graph::Default);
    }
    Ok(out)
}

/// Reads one graph as N-Triples.
fn payload(store: &Store, graph: Graph) -> Result<Payload> {
    let mut ntriples = String::new();
    let mut quads = 0;
    for quad in store
        .inner()
        .quads_for_pattern(None, None, None, Some(graph.as_ref()))
    {
        let quad = quad.map_err(|e| Error::Store(format!("{}: {e}", store.path().display())))?;
        let _ = writeln!(
            ntriples,
            "{} {} {} .",
            quad.subject, quad.predicate, quad.object
        );
        quads += 1;
    }
    let hash =
        Sha256::digest(ntriples.as_bytes())
            .iter()
            .fold(String::with_capacity(64), |mut hex, b| {
                let _ = write!(hex, "{b:02x}");
                hex
            });
    Ok(Payload {
        graph,
        ntriples,
        quads,
        hash,
    })
}

/// The resume file: a header naming the target, then one line per graph
/// the server acknowledged, `{sha256 of its N-Triples}\t{graph IRI}`. A
/// later line for a graph overrides an earlier one; a torn last line
/// (the process was killed while writing it) is ignored.
struct Resume {
    path: PathBuf,
    sent: HashMap<String, String>,
    file: std::io::BufWriter<std::fs::File>,
}

const RESUME_HEADER: &str = "# vnkg push: graphs acknowledged by ";

impl Resume {
    fn open(path: &Path, target: &Target) -> Result<Resume> {
        let io = |e| Error::Io {
            path: path.to_path_buf(),
            source: e,
        };
        let header = format!("{RESUME_HEADER}{}", target.key());
        let mut sent = HashMap::new();
        let existing = match std::fs::File::open(path) {
            Ok(file) => Some(file),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(io(e)),
        };
        let mut complete = true;
        if let Some(file) = existing {
            let mut reader = BufReader::new(file);
            let mut first = String::new();
            reader.read_line(&mut first).map_err(io)?;
            let first = first.trim_end_matches('\n');
            if first != header {
                let written_for = first
                    .strip_prefix(RESUME_HEADER)
                    .unwrap_or("something else");
                return Err(Error::File {
                    path: path.to_path_buf(),
                    message: format!(
                        "this resume file records a push to {written_for}, not to {}; \
                         give another file, or delete it to send every graph",
                        target.key()
                    ),
                });
            }
            let mut line = String::new();
            loop {
                line.clear();
                if reader.read_line(&mut line).map_err(io)? == 0 {
                    break;
                }
                complete = line.ends_with('\n');
                let Some((hash, graph)) = line.trim_end_matches('\n').split_once('\t') else {
                    continue;
                };
                if complete && hash.len() == 64 && !graph.is_empty() {
                    sent.insert(graph.to_owned(), hash.to_owned());
                }
            }
        }
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .map_err(io)?;
        let mut resume = Resume {
            path: path.to_path_buf(),
            sent,
            file: std::io::BufWriter::new(file),
        };
        let start = if resume.file.get_ref().metadata().map_err(io)?.len() == 0 {
            format!("{header}\n")
        } else if !complete {
            // End the torn line so the next record starts on its own.
            "\n".to_owned()
        } else {
            String::new()
        };
        resume.file.write_all(start.as_bytes()).map_err(io)?;
        resume.file.flush().map_err(io)?;
        Ok(resume)
    }

    fn unchanged(&self, payload: &Payload) -> bool {
        self.sent.get(payload.graph.key()) == Some(&payload.hash)
    }

    /// Records graphs the server acknowledged, on disk at once.
    fn record(&mut self, payloads: &[Payload]) -> Result<()> {
        let io = |e| Error::Io {
            path: self.path.clone(),
            source: e,
        };
        for p in payloads {
            writeln!(self.file, "{}\t{}", p.hash, p.graph.key()).map_err(io)?;
        }
        self.file.flush().map_err(io)
    }
}

/// Sends every graph of the store to the target, `jobs` requests at a
/// time. Stops at the first request that fails after its retries (the
/// requests already under way are completed); the graphs acknowledged
/// before stay recorded in the resume file.
pub fn push(store: &Store, options: &PushOptions) -> Result<PushSummary> {
    let start = Instant::now();
    let client = Client::new(options);
    let resume = match &options.resume {
        Some(path) => Some(Resume::open(path, &options.target)?),
        None => None,
    };
    let graphs = graphs(store)?;
    options.progress.set_length(graphs.len() as u64);
    let mut ledger = Ledger {
        summary: PushSummary::default(),
        resume,
        progress: &options.progress,
        error: None,
    };
    let batch_size = match options.target {
        Target::GraphStore(_) => 1,
        Target::Update(_) => options.batch.max(1),
    };
    let jobs = options.jobs.max(1);
    let (work_tx, work_rx) = sync_channel::<Vec<Payload>>(jobs);
    let work_rx = Mutex::new(work_rx);
    let (done_tx, done_rx) = channel::<(Vec<Payload>, Result<usize>)>();
    let failed = AtomicBool::new(false);
    std::thread::scope(|scope| -> Result<()> {
        for _ in 0..jobs {
            let (work_rx, done_tx, client, failed) = (&work_rx, done_tx.clone(), &client, &failed);
            scope.spawn(move || loop {
                let next = match work_rx.lock() {
                    Ok(rx) => rx.recv(),
                    Err(_) => break,
                };
                let Ok(batch) = next else { break };
                // After a failure, batches not yet started are dropped.
                if failed.load(Ordering::Relaxed) {
                    continue;
                }
                let result = client.send(&batch);
                if result.is_err() {
                    failed.store(true, Ordering::Relaxed);
                }
                if done_tx.send((batch, result)).is_err() {
                    break;
                }
            });
        }
        drop(done_tx);
        // Reads graphs in order and hands out batches; stops early on an
        // error of a request or of the store.
        let produce = || -> Result<()> {
            let mut batch: Vec<Payload> = Vec::new();
            let mut batch_bytes = 0;
            for graph in graphs {
                while let Ok((done, result)) = done_rx.try_recv() {
                    ledger.settle(&done, result);
                }
                if ledger.error.is_some() || failed.load(Ordering::Relaxed) {
                    return Ok(());
                }
                let payload = payload(store, graph)?;
                if ledger
                    .resume
                    .as_ref()
                    .is_some_and(|r| r.unchanged(&payload))
                {
                    ledger.summary.unchanged += 1;
                    ledger.progress.inc(1);
                    continue;
                }
                if !batch.is_empty() && batch_bytes + payload.ntriples.len() > MAX_UPDATE_BYTES {
                    let _ = work_tx.send(std::mem::take(&mut batch));
                    batch_bytes = 0;
                }
                batch_bytes += payload.ntriples.len();
                batch.push(payload);
                if batch.len() >= batch_size {
                    let _ = work_tx.send(std::mem::take(&mut batch));
                    batch_bytes = 0;
                }
            }
            if !batch.is_empty() {
                let _ = work_tx.send(batch);
            }
            Ok(())
        };
        let produced = produce();
        drop(work_tx);
        for (done, result) in done_rx {
            ledger.settle(&done, result);
        }
        produced
    })?;
    if let Some(e) = ledger.error {
        return Err(e);
    }
    let mut summary = ledger.summary;
    summary.seconds = start.elapsed().as_secs_f64();
    Ok(summary)
}

/// What the server acknowledged: counts, the resume file, the progress
/// bar; and the first error.
struct Ledger<'a> {
    summary: PushSummary,
    resume: Option<Resume>,
    progress: &'a indicatif::ProgressBar,
    error: Option<Error>,
}

impl Ledger<'_> {
    fn settle(&mut self, batch: &[Payload], result: Result<usize>) {
        let retries = match result {
            Ok(retries) => retries,
            Err(e) => {
                self.error.get_or_insert(e);
                return;
            }
        };
        let summary = &mut self.summary;
        summary.retries += retries;
        summary.requests += 1;
        summary.sent += batch.len();
        summary.quads += batch.iter().map(|p| p.quads).sum::<usize>();
        if let Some(resume) = &mut self.resume {
            if let Err(e) = resume.record(batch) {
                self.error.get_or_insert(e);
            }
        }
        self.progress.inc(batch.len() as u64);
        self.progress
            .set_message(format!("{} quads", self.summary.quads));
    }
}

/// The HTTP side: builds the requests and retries them.
struct Client<'a> {
    agent: ureq::Agent,
    options: &'a PushOptions,
}

/// Why an attempt failed, and whether another attempt may succeed.
struct Failure {
    message: String,
    retryable: bool,
    /// The server's `Retry-After`, in seconds.
    retry_after: Option<u64>,
}

impl<'a> Client<'a> {
    fn new(options: &'a PushOptions) -> Client<'a> {
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(options.timeout))
            .timeout_connect(Some(options.timeout.min(Duration::from_secs(10))))
            .max_redirects(0)
            .max_redirects_will_error(false)
            .user_agent(concat!("vnkg/", env!("CARGO_PKG_VERSION")))
            .build()
            .into();
        Client { agent, options }
    }

    /// Sends one batch, retrying as the options say. Returns the number of
    /// retries it took.
    fn send(&self, batch: &[Payload]) -> Result<usize> {
        let mut attempt = 0u32;
        loop {
            let failure = match self.attempt(batch) {
                Ok(()) => return Ok(attempt as usize),
                Err(failure) => failure,
            };
            if !failure.retryable || attempt >= self.options.retries {
                let tries = if attempt == 0 {
                    String::new()
                } else {
                    format!(" (gave up after {} attempts)", attempt + 1)
                };
                return Err(Error::Push {
                    endpoint: self.options.target.url().to_owned(),
                    message: format!("{}: {}{tries}", graphs_named(batch), failure.message),
                });
            }
            let backoff = self
                .options
                .backoff
                .saturating_mul(1 << attempt.min(16))
                .min(MAX_BACKOFF);
            let wait = match failure.retry_after {
                Some(seconds) => Duration::from_secs(seconds).min(MAX_BACKOFF * 2),
                None => backoff,
            };
            self.options.progress.set_message(format!(
                "retrying in {:.1} s: {}",
                wait.as_secs_f64(),
                failure.message
            ));
            std::thread::sleep(wait);
            attempt += 1;
        }
    }

    fn attempt(&self, batch: &[Payload]) -> std::result::Result<(), Failure> {
        let url = self.options.target.url();
        let mut request = match &self.options.target {
            Target::GraphStore(_) => {
                let graph = &batch[0].graph;
                let query = match graph {
                    Graph::Default => "default".to_owned(),
                    Graph::Named(node) => format!("graph={}", query_encode(node.as_str())),
                };
                let separator = if url.contains('?') { '&' } else { '?' };
                self.agent
                    .put(format!("{url}{separator}{query}"))
                    .header("Content-Type", "application/n-triples; charset=utf-8")
            }
            Target::Update(_) => self
                .agent
                .post(url)
                .header("Content-Type", "application/sparql-update; charset=utf-8"),
        };
        for (name, value) in &self.options.headers {
            request = request.header(name, value);
        }
        let result = match &self.options.target {
            Target::GraphStore(_) => request.send(batch[0].ntriples.as_bytes()),
            Target::Update(_) => request.send(update_request(batch).as_bytes()),
        };
        let mut response = result.map_err(transport_failure)?;
        let status = response.status();
        if status.is_success() {
            // Read the answer so the connection can be used again.
            let _ = std::io::copy(
                &mut response.body_mut().as_reader().take(1 << 20),
                &mut std::io::sink(),
            );
            return Ok(());
        }
        let retry_after = response
            .headers()
            .get("Retry-After")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse().ok());
        let mut body = String::new();
        let _ = response
            .body_mut()
            .as_reader()
            .take(64 << 10)
            .read_to_string(&mut body);
        let mut message = format!(
            "HTTP {} {}",
            status.as_u16(),
            status.canonical_reason().unwrap_or("")
        )
        .trim_end()
        .to_owned();
        if status.as_u16() == 413 && matches!(self.options.target, Target::Update(_)) {
            message.push_str(" (give a smaller --batch)");
        }
        if status.is_redirection() {
            if let Some(location) = response.headers().get("Location") {
                let location = location.to_str().unwrap_or("?");
                message = format!("{message} to {location} (give that URL instead)");
            }
        }
        let body = body.split_whitespace().collect::<Vec<_>>().join(" ");
        if !body.is_empty() {
            let quoted: String = body.chars().take(QUOTED_BODY).collect();
            let cut = if quoted.len() < body.len() { "…" } else { "" };
            message = format!("{message}: {quoted}{cut}");
        }
        Err(Failure {
            message,
            retryable: status.is_server_error() || status.as_u16() == 429,
            retry_after,
        })
    }
}

/// `graph <…>`, or `N graphs, graph <first> … graph <last>` for a batch.
fn graphs_named(batch: &[Payload]) -> String {
    match batch {
        [one] => one.graph.to_string(),
        [first, .., last] => format!("{} graphs, {} … {}", batch.len(), first.graph, last.graph),
        [] => "no graph".to_owned(),
    }
}

fn transport_failure(e: ureq::Error) -> Failure {
    let (message, retryable) = match e {
        ureq::Error::Io(e) => {
            let text = e.to_string();
            let text = match text.rfind(" (os error ") {
                Some(i) => text[..i].to_owned(),
                None => text,
            };
            (text, true)
        }
        ureq::Error::ConnectionFailed => ("connection failed".to_owned(), true),
        ureq::Error::Timeout(which) => (format!("timed out ({which})"), true),
        ureq::Error::HostNotFound => ("host not found".to_owned(), false),
        ureq::Error::TlsRequired | ureq::Error::RequireHttpsOnly(_) => (
            "https is not supported by this build of vnkg (plain http only)".to_owned(),
            false,
        ),
        other => (other.to_string(), false),
    };
    Failure {
        message,
        retryable,
        retry_after: None,
    }
}

/// `DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { … } }` for each
/// graph of the batch, as one request. N-Triples is valid SPARQL syntax
/// for the triples.
fn update_request(batch: &[Payload]) -> String {
    let mut out = String::new();
    for (i, p) in batch.iter().enumerate() {
        if i > 0 {
            out.push_str(" ;\n");
        }
        match &p.graph {
            Graph::Default => {
                out.push_str("DROP SILENT DEFAULT");
                if p.quads > 0 {
                    let _ = write!(out, " ;\nINSERT DATA {{\n{}}}", p.ntriples);
                }
            }
            Graph::Named(node) => {
                let _ = write!(out, "DROP SILENT GRAPH {node}");
                if p.quads > 0 {
                    let _ = write!(
                        out,
                        " ;\nINSERT DATA {{ GRAPH {node} {{\n{}}} }}",
                        p.ntriples
                    );
                }
            }
        }
    }
    out.push('\n');
    out
}

/// Percent-encodes a query parameter value (everything but unreserved
/// characters).
fn query_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3 / 2);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// `Authorization: Basic …` for `--user USER:PASSWORD`.
pub fn basic_auth(user_password: &str) -> (String, String) {
    (
        "Authorization".to_owned(),
        format!("Basic {}", base64(user_password.as_bytes())),
    )
}

/// Standard base64 with padding (RFC 4648 §4).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Parses `--header 'Name: value'`.
pub fn parse_header(text: &str) -> std::result::Result<(String, String), String> {
    let (name, value) = text
        .split_once(':')
        .ok_or_else(|| format!("'{text}' is not `Name: value`"))?;
    let name = name.trim();
    let valid_name = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
    if !valid_name {
        return Err(format!("'{name}' is not a valid header name"));
    }
    Ok((name.to_owned(), value.trim().to_owned()))
}

/// Checks an endpoint URL: `http://host[:port]/path`.
pub fn parse_endpoint(text: &str) -> std::result::Result<String, String> {
    if text.starts_with("https://") {
        return Err(
            "https is not supported (plain http only): reach the store through a local TLS \
             proxy or an SSH tunnel"
                .to_owned(),
        );
    }
    let Some(rest) = text.strip_prefix("http://") else {
        return Err(format!("'{text}' is not an http:// URL"));
    };
    if rest.is_empty() || rest.starts_with('/') {
        return Err(format!("'{text}' has no host"));
    }
    match text.parse::<ureq::http::Uri>() {
        Ok(_) => Ok(text.to_owned()),
        Err(e) => Err(format!("'{text}' is not a valid URL: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc_4648() {
        for (text, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(text.as_bytes()), encoded, "{text}");
        }
        assert_eq!(
            basic_auth("Aladdin:open sesame").1,
            "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
        );
    }

    #[test]
    fn headers_and_endpoints_are_checked() {
        assert_eq!(
            parse_header("X-Api-Key:  abc def ").unwrap(),
            ("X-Api-Key".to_owned(), "abc def".to_owned())
        );
        assert!(parse_header("no colon").is_err());
        assert!(parse_header("bad name: x").is_err());
        assert!(parse_endpoint("http://localhost:7878/store").is_ok());
        assert!(parse_endpoint("https://example.org/store")
            .unwrap_err()
            .contains("plain http only"));
        assert!(parse_endpoint("localhost:7878").is_err());
        assert!(parse_endpoint("http:///store").is_err());
    }

    #[test]
    fn graph_iris_are_encoded_whole_in_the_query() {
        assert_eq!(
            query_encode("https://w3id.org/vnkg/id/article/b%C3%A0i a&b"),
            "https%3A%2F%2Fw3id.org%2Fvnkg%2Fid%2Farticle%2Fb%25C3%25A0i%20a%26b"
        );
    }

    fn payload_of(iri: &str, ntriples: &str) -> Payload {
        Payload {
            graph: Graph::Named(NamedNode::new(iri).unwrap()),
            ntriples: ntriples.to_owned(),
            quads: ntriples.lines().count(),
            hash: "0".repeat(64),
        }
    }

    #[test]
    fn an_update_drops_and_inserts_each_graph_and_parses() {
        let batch = [
            payload_of("http://e/g1", "<http://e/s> <http://e/p> \"o\\n\"@vi .\n"),
            payload_of("http://e/g2", ""),
        ];
        let text = update_request(&batch);
        assert!(text
            .starts_with("DROP SILENT GRAPH <http://e/g1> ;\nINSERT DATA { GRAPH <http://e/g1> {"));
        assert!(text.contains("DROP SILENT GRAPH <http://e/g2>"));
        assert!(!text.contains("GRAPH <http://e/g2> {"));
        let store = oxigraph::store::Store::new().unwrap();
        oxigraph::sparql::SparqlEvaluator::new()
            .parse_update(&text)
            .unwrap()
            .on_store(&store)
            .execute()
            .unwrap();
        assert_eq!(store.len().unwrap(), 1);
        assert_eq!(
            graphs_named(&batch),
            "2 graphs, graph <http://e/g1> … graph <http://e/g2>"
        );
    }

    #[test]
    fn the_resume_file_keeps_acknowledged_graphs_and_refuses_another_target() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("push.state");
        let target = Target::GraphStore("http://h/store".into());
        let mut p = payload_of("http://e/g1", "<http://e/s> <http://e/p> <http://e/o> .\n");
        p.hash = "a".repeat(64);
        {
            let mut resume = Resume::open(&path, &target).unwrap();
            assert!(!resume.unchanged(&p));
            resume.record(std::slice::from_ref(&p)).unwrap();
        }
        // A torn line at the end is ignored, and ended before new records.
        let mut file = std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .unwrap();
        file.write_all(b"bbbb\thttp://e/g").unwrap();
        drop(file);
        let mut resume = Resume::open(&path, &target).unwrap();
        assert!(resume.unchanged(&p));
        assert_eq!(resume.sent.len(), 1);
        let mut q = payload_of("http://e/g2", "");
        q.hash = "c".repeat(64);
        resume.record(std::slice::from_ref(&q)).unwrap();
        drop(resume);
        let resume = Resume::open(&path, &target).unwrap();
        assert!(resume.unchanged(&p) && resume.unchanged(&q));
        p.hash = "d".repeat(64);
        assert!(!resume.unchanged(&p));
        drop(resume);
        let err = Resume::open(&path, &Target::Update("http://h/update".into()))
            .err()
            .unwrap()
            .to_string();
        assert!(
            err.contains("records a push to graph-store http://h/store"),
            "{err}"
        );
    }
}
