/*!
The command line: every subcommand, its options and their help text (the
doc comments below become `--help`), and the glue that turns parsed
arguments into library calls and output.

This is the edge where user input becomes typed settings and library
errors get their context; the work itself happens in the library: the
extractor (`article`, `extract`), `store`, `read`, `derive` and `views`.

Uses: everything below it; nothing uses it but `main.rs`.
*/

use crate::derive::kept::{self, Derive, Writer};
use crate::extract::article::{self, discover, Inputs, Item};
use crate::read::dates::parse_date_bound;
use crate::read::events::EventFilter;
use crate::read::memberships::{Membership, PostFilter};
use crate::read::names::{fold, matching_orgs};
use crate::store::{IngestOptions, Store};
use crate::views::push;
use crate::views::table::{write_rows, Output, OutputFormat, Rows};
use crate::{rdf, Error, EventType, Extractor, Gazetteer, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};
use oxigraph::io::RdfFormat;
use rayon::prelude::*;
use std::io::{BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Builds a knowledge graph of Vietnamese political news: who holds which
/// post in which organization, and which events took place, with the
/// sentence each fact comes from. The graph is RDF, kept in an Oxigraph
/// store, queried with SPARQL.
#[derive(Debug, Parser)]
#[command(
    name = "vnkg",
    version,
    max_term_width = 100,
    after_help = "Exit status: 0 when everything was done; 1 on an error, or when some inputs \
could not be read (each is reported; the others were ingested); 2 on a usage error."
)]
pub struct Cli {
    /// The store: a folder holding an Oxigraph (RocksDB) database.
    #[arg(
        long,
        global = true,
        env = "VNKG_STORE",
        default_value = "vnkg.db",
        value_name = "DIR"
    )]
    pub store: PathBuf,

    /// A folder of gazetteer files (data/*.tsv) replacing the embedded
    /// ones of the same name.
    #[arg(long, global = true, value_name = "DIR")]
    pub data: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the RDF of articles, without a store.
    ///
    /// Articles are read and written one after another (extracted in
    /// parallel batches, written in input order, each graph's quads
    /// together), so a corpus of any size streams through in constant
    /// memory, e.g. into a bulk loader: `vnkg extract --format nquads
    /// corpus/ | gzip > corpus.nq.gz`.
    Extract(ExtractArgs),
    /// Add articles to the store (an article already there is replaced).
    Ingest(IngestArgs),
    /// Remove articles, and every fact drawn from them, from the store.
    Remove(RemoveArgs),
    /// Run a SPARQL 1.1 query; the default graph is the merge of all
    /// article graphs (each triple once).
    Query(QueryArgs),
    /// Who holds which post: one row per person and post, with start, end,
    /// first and last date seen, number of articles and one evidence
    /// sentence (`--facts`: one row per article).
    Posts(PostsArgs),
    /// A person's career as a timeline: every post, oldest first.
    History(HistoryArgs),
    /// The succession of holders of a post (a role in an organization).
    Holders(HoldersArgs),
    /// The people in the store after entity resolution (`--ambiguous`:
    /// only names shared by several people).
    People(PeopleArgs),
    /// Which mentions of a name were merged into one person, and why.
    Explain(ExplainArgs),
    /// Which events took place: type, date, participants, organizer,
    /// location, article, evidence.
    Events(EventsArgs),
    /// Write the whole store as RDF.
    Export(ExportArgs),
    /// Send each article's graph to a remote SPARQL store over HTTP
    /// (Graph Store Protocol or SPARQL Update); pushing again is
    /// idempotent.
    ///
    /// Each graph replaces the graph of the same name there, so a second
    /// push leaves the remote store as it was after the first, and an
    /// interrupted push is completed by running it again. Connection
    /// errors, timeouts and 5xx/429 answers are retried with exponential
    /// backoff; any other HTTP error stops the push. Graphs present
    /// remotely but not in the local store are left alone. Plain http://
    /// only (no TLS): reach an https:// store through a local TLS proxy or
    /// an SSH tunnel.
    Push(PushArgs),
    /// Draw people, organizations and events as a graph (Graphviz DOT, or
    /// SVG/PNG through Graphviz).
    Graph(GraphArgs),
    /// The shortest chain of relations between two people or organizations.
    Path(PathArgs),
    /// Score extraction against gold annotations (posts.tsv, ranks.tsv,
    /// events.tsv).
    Eval(EvalArgs),
}

/// Articles larger than this are refused.
#[derive(Debug, Args)]
pub struct SizeArgs {
    /// Refuse articles larger than this (e.g. 5MB, 300K; binary units).
    #[arg(long, value_name = "SIZE", default_value = "5MB", value_parser = article::parse_size)]
    pub max_size: u64,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Article files (.txt, .jsonl), folders, or `-` for stdin.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Output syntax.
    #[arg(long, value_enum, default_value_t = RdfOutput::Trig)]
    pub format: RdfOutput,
    #[command(flatten)]
    pub size: SizeArgs,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum RdfOutput {
    Trig,
    Nquads,
    Turtle,
    Ntriples,
}

impl RdfOutput {
    fn format(self) -> RdfFormat {
        match self {
            RdfOutput::Trig => RdfFormat::TriG,
            RdfOutput::Nquads => RdfFormat::NQuads,
            RdfOutput::Turtle => RdfFormat::Turtle,
            RdfOutput::Ntriples => RdfFormat::NTriples,
        }
    }
}

#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Article files (.txt), JSONL corpora (.jsonl: `id`, `text`, optional
    /// `title`, `date`, `url`), N-Quads or TriG files (.nq, .trig: loaded
    /// as they are), folders (read recursively), or `-` for stdin.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub size: SizeArgs,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// Article ids (the file stem, or the JSONL `id`).
    #[arg(required = true, value_name = "ID")]
    pub ids: Vec<String>,
}

/// Output format of tables.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum TableFormat {
    /// An aligned text table (the default on a terminal).
    Table,
    /// W3C SPARQL results CSV.
    Csv,
    /// W3C SPARQL results TSV (the default when not on a terminal).
    Tsv,
    /// W3C SPARQL results JSON.
    Json,
    /// W3C SPARQL results XML.
    Xml,
}

impl TableFormat {
    fn resolve(format: Option<TableFormat>) -> OutputFormat {
        match format {
            Some(TableFormat::Table) => OutputFormat::Table,
            Some(TableFormat::Csv) => OutputFormat::Csv,
            Some(TableFormat::Tsv) => OutputFormat::Tsv,
            Some(TableFormat::Json) => OutputFormat::Json,
            Some(TableFormat::Xml) => OutputFormat::Xml,
            None if std::io::stdout().is_terminal() => OutputFormat::Table,
            None => OutputFormat::Tsv,
        }
    }
}

#[derive(Debug, Args)]
pub struct QueryArgs {
    /// The SPARQL query (`-` reads it from stdin).
    #[arg(value_name = "QUERY", conflicts_with = "file")]
    pub query: Option<String>,
    /// Read the query from this file.
    #[arg(long, short, value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Output format (table on a terminal, tsv otherwise). CONSTRUCT and
    /// DESCRIBE always print Turtle.
    #[arg(long, value_enum)]
    pub format: Option<TableFormat>,
}

#[derive(Debug, Args)]
pub struct PostsArgs {
    /// Only people whose name contains these words (case and diacritics
    /// do not matter: `le anh xuan`).
    #[arg(long, value_name = "NAME")]
    pub person: Option<String>,
    /// Only organizations whose name (or another form of it) contains
    /// these words.
    #[arg(long, value_name = "NAME")]
    pub org: Option<String>,
    /// Only posts held on this date (YYYY, YYYY-MM or YYYY-MM-DD): from
    /// the start (or first article showing it) up to the end; with no end
    /// known, open after a known start, else up to the last article.
    #[arg(long, value_name = "DATE", value_parser = parse_date_bound, conflicts_with = "facts")]
    pub at: Option<String>,
    /// One row per article and post (person, role, organization, status,
    /// date, article, evidence), as stated, without aggregation.
    #[arg(long)]
    pub facts: bool,
    /// Output format (table on a terminal, tsv otherwise).
    #[arg(long, value_enum)]
    pub format: Option<TableFormat>,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// The person (words of the name; case and diacritics do not matter).
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Output format (table on a terminal, tsv otherwise).
    #[arg(long, value_enum)]
    pub format: Option<TableFormat>,
}

#[derive(Debug, Args)]
pub struct HoldersArgs {
    /// The role, whole (`Chủ tịch` does not match `Phó Chủ tịch`; case and
    /// diacritics do not matter).
    #[arg(long, value_name = "ROLE")]
    pub role: String,
    /// The organization (words of its name or of another form of it).
    #[arg(long, value_name = "NAME")]
    pub org: String,
    /// Output format (table on a terminal, tsv otherwise).
    #[arg(long, value_enum)]
    pub format: Option<TableFormat>,
}

#[derive(Debug, Args)]
pub struct PeopleArgs {
    /// Only names that several articles give to different people (or that
    /// resolution split), with how each was resolved.
    #[arg(long)]
    pub ambiguous: bool,
    /// Only people whose name contains these words.
    #[arg(long, value_name = "NAME")]
    pub person: Option<String>,
    /// Output format (table on a terminal, tsv otherwise).
    #[arg(long, value_enum)]
    pub format: Option<TableFormat>,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The name (words of it; case and diacritics do not matter).
    #[arg(value_name = "NAME")]
    pub name: String,
}

fn parse_event_type(s: &str) -> std::result::Result<EventType, String> {
    EventType::parse(s).ok_or_else(|| {
        let names: Vec<&str> = EventType::ALL.iter().map(|t| t.as_str()).collect();
        format!("unknown event type '{s}' (one of {})", names.join(", "))
    })
}

#[derive(Debug, Args)]
pub struct EventsArgs {
    /// Only events where a person whose name contains these words took part.
    #[arg(long, value_name = "NAME")]
    pub person: Option<String>,
    /// Only events organized (or awards conferred) by a matching organization.
    #[arg(long, value_name = "NAME")]
    pub org: Option<String>,
    /// Only events of this type (Conference, Session, Congress, Election,
    /// Appointment, AwardCeremony, Signing, Visit, Discipline,
    /// Commemoration).
    #[arg(long = "type", value_name = "TYPE", value_parser = parse_event_type)]
    pub kind: Option<EventType>,
    /// Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_date_bound)]
    pub from: Option<String>,
    /// Only events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_date_bound)]
    pub to: Option<String>,
    /// Output format (table on a terminal, tsv otherwise).
    #[arg(long, value_enum)]
    pub format: Option<TableFormat>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ExportFormat {
    Nquads,
    Trig,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Output syntax.
    #[arg(long, value_enum, default_value_t = ExportFormat::Nquads)]
    pub format: ExportFormat,
    /// Write to this file instead of stdout.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Write only the tenures derived from the store (resolved people,
    /// `org:memberDuring` intervals), in the graph
    /// <https://w3id.org/vnkg/graph/tenure>, instead of the store.
    #[arg(long)]
    pub tenures: bool,
}

/// Where and how `vnkg push` sends the store.
#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("target").required(true).args(["endpoint", "update_endpoint"])))]
pub struct PushArgs {
    /// A SPARQL 1.1 Graph Store HTTP Protocol endpoint: each graph is sent
    /// as `PUT URL?graph=<graph IRI>` (N-Triples). Oxigraph:
    /// http://HOST:7878/store; Fuseki: http://HOST:3030/DATASET/data;
    /// GraphDB: http://HOST:7200/repositories/REPO/rdf-graphs/service.
    #[arg(long, value_name = "URL", value_parser = push::parse_endpoint)]
    pub endpoint: Option<String>,
    /// A SPARQL 1.1 Update endpoint, for stores without the Graph Store
    /// Protocol: each graph is sent as `DROP SILENT GRAPH <g> ; INSERT
    /// DATA { GRAPH <g> { … } }`. Oxigraph: http://HOST:7878/update;
    /// Fuseki: http://HOST:3030/DATASET/update; Virtuoso:
    /// http://HOST:8890/sparql-auth.
    #[arg(long, value_name = "URL", value_parser = push::parse_endpoint)]
    pub update_endpoint: Option<String>,
    /// An HTTP header sent with every request, `Name: value` (repeat for
    /// more), e.g. `Authorization: Bearer TOKEN`.
    #[arg(long = "header", short = 'H', value_name = "HEADER", value_parser = push::parse_header)]
    pub headers: Vec<(String, String)>,
    /// HTTP basic authentication (better from the environment, which
    /// other users cannot list).
    #[arg(
        long,
        value_name = "USER:PASSWORD",
        env = "VNKG_PUSH_USER",
        hide_env_values = true
    )]
    pub user: Option<String>,
    /// Graphs per SPARQL Update request (with --update-endpoint; the Graph
    /// Store Protocol sends one graph per request).
    #[arg(long, value_name = "N", default_value_t = 64, value_parser = clap::value_parser!(u32).range(1..))]
    pub batch: u32,
    /// Requests under way at once (more hide the network's latency).
    #[arg(long, value_name = "N", default_value_t = 4, value_parser = clap::value_parser!(u32).range(1..=64))]
    pub jobs: u32,
    /// Retries of a request after a connection error or a 5xx/429 answer,
    /// waiting 0.5 s, 1 s, 2 s… (at most 30 s) in between.
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub retries: u32,
    /// Seconds allowed for one request.
    #[arg(long, value_name = "SECONDS", default_value_t = 120, value_parser = clap::value_parser!(u64).range(1..))]
    pub timeout: u64,
    /// Record each graph the server acknowledged (with a hash of its
    /// content) in FILE, and skip graphs recorded there unchanged: a
    /// re-run after an interruption, or after ingesting more articles,
    /// sends only new and changed graphs. Without it every graph is sent
    /// again (which is harmless). Delete FILE if the remote store was
    /// emptied since.
    #[arg(long, value_name = "FILE")]
    pub resume: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum GraphFormat {
    Dot,
    Svg,
    Png,
}

#[derive(Debug, Args)]
pub struct GraphArgs {
    /// Center on this person or organization (case and diacritics do not
    /// matter).
    #[arg(long, value_name = "NAME")]
    pub focus: Option<String>,
    /// How many relations away from the focus to draw (0: no limit).
    #[arg(long, value_name = "N", default_value_t = crate::views::graph::DEFAULT_DEPTH)]
    pub depth: usize,
    /// Kinds of node to draw, comma-separated: person, org, post, event,
    /// award (default: person, org, event, award).
    #[arg(long, value_name = "KINDS", value_delimiter = ',')]
    pub kinds: Option<Vec<String>>,
    /// Only facts on or after this date.
    #[arg(long, value_name = "DATE", value_parser = parse_date_bound)]
    pub from: Option<String>,
    /// Only facts on or before this date.
    #[arg(long, value_name = "DATE", value_parser = parse_date_bound)]
    pub to: Option<String>,
    /// Only facts from this article.
    #[arg(long, value_name = "ID")]
    pub article: Option<String>,
    /// Draw at most this many nodes (says what was cut).
    #[arg(long, value_name = "N")]
    pub max_nodes: Option<usize>,
    /// Output: DOT text, or SVG/PNG rendered by Graphviz `dot`.
    #[arg(long, value_enum, default_value_t = GraphFormat::Dot)]
    pub format: GraphFormat,
    /// Write to this file instead of stdout.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum PathFormat {
    Text,
    Dot,
}

#[derive(Debug, Args)]
pub struct PathArgs {
    /// A person or organization.
    #[arg(value_name = "A")]
    pub a: String,
    /// Another person or organization.
    #[arg(value_name = "B")]
    pub b: String,
    /// Print the chain as text, or as a DOT graph.
    #[arg(long, value_enum, default_value_t = PathFormat::Text)]
    pub format: PathFormat,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Folder with the gold files posts.tsv, ranks.tsv, events.tsv.
    #[arg(long, value_name = "DIR")]
    pub gold: PathBuf,
    /// The articles to score (files or folders).
    #[arg(required = true, value_name = "ARTICLES")]
    pub articles: Vec<PathBuf>,
    /// List each missed and each spurious fact with its evidence.
    #[arg(long)]
    pub explain: bool,
    #[command(flatten)]
    pub size: SizeArgs,
}

/// Runs the parsed command. `Ok` carries the exit code: 0, or 1 when some
/// inputs could not be read (they were reported on stderr).
pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Extract(args) => extract(&cli.data, args),
        Command::Ingest(args) => ingest(&cli.store, &cli.data, args),
        Command::Remove(args) => remove(&cli.store, &cli.data, args),
        Command::Query(args) => query(&cli.store, args),
        Command::Posts(args) => posts(&cli.store, &cli.data, args),
        Command::History(args) => {
            let store = Store::open_reader(&cli.store)?;
            let gazetteer = Gazetteer::load(cli.data.as_deref())?;
            let mut tenures = kept::tenures_named(&store, &tenure_graph(&gazetteer), &args.name)?;
            crate::derive::tenure::by_time(&mut tenures);
            // Namesakes one after the other, each one's career in order.
            tenures.sort_by_cached_key(|t| (fold(&t.name), t.person.clone()));
            print_rows(
                &crate::views::posts::rows(tenures),
                TableFormat::resolve(args.format),
            )
        }
        Command::Holders(args) => {
            let store = Store::open_reader(&cli.store)?;
            let gazetteer = Gazetteer::load(cli.data.as_deref())?;
            let orgs = matching_orgs(store.inner(), &args.org)?;
            let role = fold(&args.role);
            let mut tenures: Vec<_> = kept::tenures(&store, &tenure_graph(&gazetteer))?
                .into_iter()
                .filter(|t| orgs.contains(&t.org) && fold(&t.role_label) == role)
                .collect();
            crate::derive::tenure::by_time(&mut tenures);
            tenures.sort_by_cached_key(|t| fold(&t.org_label));
            print_rows(
                &crate::views::posts::rows(tenures),
                TableFormat::resolve(args.format),
            )
        }
        Command::People(args) => {
            let store = Store::open_reader(&cli.store)?;
            let gazetteer = Gazetteer::load(cli.data.as_deref())?;
            let (_, resolution) = resolved(&store, &gazetteer, args.person)?;
            let rows = crate::views::posts::people_rows(&resolution, args.ambiguous);
            print_rows(&rows, TableFormat::resolve(args.format))
        }
        Command::Explain(args) => {
            let store = Store::open_reader(&cli.store)?;
            let gazetteer = Gazetteer::load(cli.data.as_deref())?;
            let (_, resolution) = resolved(&store, &gazetteer, Some(args.name.clone()))?;
            if resolution.persons.is_empty() {
                return Err(Error::Usage(format!(
                    "no person named '{}' holds a post in the store",
                    args.name
                )));
            }
            let text = crate::derive::resolve::explain(&resolution);
            with_output(None, |w| write_all(w, text.as_bytes()))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Events(args) => {
            let store = Store::open_reader(&cli.store)?;
            let filter = EventFilter {
                person: args.person,
                org: args.org,
                kind: args.kind,
                from: args.from,
                to: args.to,
            };
            let rows = crate::views::events::events(store.inner(), &filter)?;
            print_rows(&rows, TableFormat::resolve(args.format))
        }
        Command::Export(args) => {
            let store = Store::open_reader(&cli.store)?;
            let format = match args.format {
                ExportFormat::Nquads => RdfFormat::NQuads,
                ExportFormat::Trig => RdfFormat::TriG,
            };
            if args.tenures {
                let gazetteer = Gazetteer::load(cli.data.as_deref())?;
                let quads = crate::derive::tenure::quads(&kept::tenures(
                    &store,
                    &tenure_graph(&gazetteer),
                )?);
                with_output(args.output.as_deref(), |w| {
                    let mut writer = rdf::QuadWriter::new(format, w);
                    writer.write(&quads)?;
                    writer.finish().map(|_| ())
                })?;
            } else {
                with_output(args.output.as_deref(), |w| store.export(format, w))?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Push(args) => push(&cli.store, args),
        Command::Graph(args) => graph(&cli.store, &cli.data, args),
        Command::Path(args) => {
            let store = Store::open_reader(&cli.store)?;
            let gazetteer = Gazetteer::load(cli.data.as_deref())?;
            let (memberships, resolution) = resolved(&store, &gazetteer, None)?;
            let people = crate::views::graph::People {
                memberships,
                resolution,
            };
            let (text, dot) =
                crate::views::graph::path_dot(store.inner(), &args.a, &args.b, Some(&people))?;
            let shown = match args.format {
                PathFormat::Text => text,
                PathFormat::Dot => dot,
            };
            with_output(None, |w| write_all(w, shown.as_bytes()))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval(args) => eval(&cli.data, args),
    }
}

/// The memberships of the people matching `person` (all without it) and
/// their resolution into persons.
fn resolved(
    store: &Store,
    gazetteer: &Gazetteer,
    person: Option<String>,
) -> Result<(Vec<Membership>, crate::derive::resolve::Resolution)> {
    let filter = PostFilter { person, org: None };
    let memberships = kept::memberships(store, &filter)?;
    let places = crate::derive::resolve::Places::new(gazetteer);
    let resolution = crate::derive::resolve::Resolution::new(&memberships, &places);
    Ok((memberships, resolution))
}

/// What a writer derives from the memberships: the tenures of the resolved
/// people, kept as a graph so that SPARQL sees them too.
fn tenure_graph(gazetteer: &Gazetteer) -> Derive<'_> {
    // Built once for both derivations of a write (before and after).
    let places = std::cell::OnceCell::new();
    Derive {
        key: gazetteer.fingerprint.clone(),
        tenures: Box::new(move |memberships| {
            let places = places.get_or_init(|| crate::derive::resolve::Places::new(gazetteer));
            let resolution = crate::derive::resolve::Resolution::new(memberships, places);
            crate::derive::tenure::tenures(memberships, &resolution, gazetteer)
        }),
    }
}

fn posts(store: &Path, data: &Option<PathBuf>, args: PostsArgs) -> Result<ExitCode> {
    let store = Store::open_reader(store)?;
    let format = TableFormat::resolve(args.format);
    if args.facts {
        let filter = PostFilter {
            person: args.person,
            org: args.org,
        };
        return print_rows(
            &crate::views::posts::posts_table(kept::memberships(&store, &filter)?),
            format,
        );
    }
    let gazetteer = Gazetteer::load(data.as_deref())?;
    let orgs = match &args.org {
        Some(name) => Some(matching_orgs(store.inner(), name)?),
        None => None,
    };
    let all = match args.person {
        Some(person) => kept::tenures_named(&store, &tenure_graph(&gazetteer), &person)?,
        None => kept::tenures(&store, &tenure_graph(&gazetteer))?,
    };
    let tenures: Vec<_> = all
        .into_iter()
        .filter(|t| orgs.as_ref().is_none_or(|o| o.contains(&t.org)))
        .filter(|t| args.at.as_deref().is_none_or(|d| t.held_at(d)))
        .collect();
    print_rows(&crate::views::posts::rows(tenures), format)
}

fn write_all(w: &mut dyn Write, bytes: &[u8]) -> Result<()> {
    w.write_all(bytes).map_err(|e| Error::Io {
        path: "<output>".into(),
        source: e,
    })
}

/// Runs `body` on a buffered stdout, or on a new file.
fn with_output(path: Option<&Path>, body: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    let flush = |w: &mut dyn Write, name: &Path| {
        w.flush().map_err(|e| Error::Io {
            path: name.to_path_buf(),
            source: e,
        })
    };
    match path {
        Some(path) => {
            let file = std::fs::File::create(path).map_err(|e| Error::Io {
                path: path.to_path_buf(),
                source: e,
            })?;
            let mut w = BufWriter::new(file);
            body(&mut w)?;
            flush(&mut w, path)
        }
        None => {
            let mut w = BufWriter::new(std::io::stdout().lock());
            body(&mut w)?;
            flush(&mut w, Path::new("<output>"))
        }
    }
}

fn print_rows(rows: &Rows, format: OutputFormat) -> Result<ExitCode> {
    let width = if std::io::stdout().is_terminal() {
        comfy_table::Table::new().width()
    } else {
        None
    };
    with_output(None, |writer| {
        write_rows(rows, format, &mut Output { writer, width })
    })?;
    Ok(ExitCode::SUCCESS)
}

fn extractor(data: &Option<PathBuf>) -> Result<Extractor> {
    if let Some(dir) = data {
        if !dir.is_dir() {
            return Err(Error::File {
                path: dir.clone(),
                message: "no such folder (--data expects a folder of gazetteer files)".into(),
            });
        }
    }
    Ok(Extractor::new(Gazetteer::load(data.as_deref())?))
}

/// Prints one input error, above the progress bar if there is one.
fn report_error(progress: &indicatif::ProgressBar, e: &Error) {
    progress.suspend(|| eprintln!("vnkg: {e}"));
}

/// A spinner on stderr, hidden when stderr is not a terminal. `counter`
/// shows the count, e.g. `{pos} articles`.
fn progress_bar(counter: &str) -> indicatif::ProgressBar {
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new_spinner();
    bar.set_style(
        indicatif::ProgressStyle::with_template(&format!(
            "{{spinner}} {counter}, {{msg}} [{{elapsed}}]"
        ))
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    bar
}

fn exit_code(failed: usize) -> ExitCode {
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn extract(data: &Option<PathBuf>, args: ExtractArgs) -> Result<ExitCode> {
    let extractor = extractor(data)?;
    let (sources, errors) = discover(&args.files);
    let mut failed = errors.len();
    for e in &errors {
        eprintln!("vnkg: {e}");
    }
    let mut writer = rdf::QuadWriter::new(
        args.format.format(),
        BufWriter::new(std::io::stdout().lock()),
    );
    let mut batch: Vec<crate::Article> = Vec::new();
    let mut write_batch = |batch: &mut Vec<crate::Article>| -> Result<()> {
        let graphs: Vec<_> = batch
            .par_iter()
            .map(|article| rdf::quads(&extractor.extract(article)))
            .collect();
        batch.clear();
        for quads in graphs {
            writer.write(&quads)?;
        }
        Ok(())
    };
    for item in Inputs::new(sources, args.size.max_size) {
        match item {
            Ok(Item::Article { article, .. }) => {
                batch.push(article);
                if batch.len() >= 64 {
                    write_batch(&mut batch)?;
                }
            }
            Ok(Item::Rdf { path, .. }) => {
                failed += 1;
                eprintln!(
                    "vnkg: {}: already RDF; `vnkg extract` reads articles (use `vnkg ingest` to load it)",
                    path.display()
                );
            }
            Err(e) => {
                failed += 1;
                eprintln!("vnkg: {e}");
            }
        }
    }
    write_batch(&mut batch)?;
    let mut out = writer.finish()?;
    out.flush().map_err(|e| Error::Io {
        path: "<output>".into(),
        source: e,
    })?;
    Ok(exit_code(failed))
}

fn ingest(store: &Path, data: &Option<PathBuf>, args: IngestArgs) -> Result<ExitCode> {
    // Open (and lock) the store first: a second writer fails before reading anything.
    let writer = Writer::open(store)?;
    let store = writer.store();
    let extractor = extractor(data)?;
    let (sources, errors) = discover(&args.paths);
    let progress = progress_bar("{pos} articles");
    for e in &errors {
        report_error(&progress, e);
    }
    let options = IngestOptions {
        max_size: args.size.max_size,
        progress: progress.clone(),
    };
    let on_error = |e: &Error| report_error(&progress, e);
    let mut summary = store.ingest(sources, &extractor, &options, &on_error)?;
    let closing = std::time::Instant::now();
    writer.close(&tenure_graph(&extractor.gazetteer))?;
    summary.seconds += closing.elapsed().as_secs_f64();
    progress.finish_and_clear();
    summary.failed += errors.len();
    println!("{summary}");
    Ok(exit_code(summary.failed))
}

fn push(store: &Path, args: PushArgs) -> Result<ExitCode> {
    let target = match (args.endpoint, args.update_endpoint) {
        (Some(url), None) => push::Target::GraphStore(url),
        (None, Some(url)) => push::Target::Update(url),
        _ => {
            return Err(Error::Usage(
                "give --endpoint URL or --update-endpoint URL".into(),
            ))
        }
    };
    let mut headers = args.headers;
    if let Some(user) = &args.user {
        if !user.contains(':') {
            return Err(Error::Usage("--user wants USER:PASSWORD".into()));
        }
        headers.push(push::basic_auth(user));
    }
    let store = Store::open_reader(store)?;
    let progress = progress_bar("{pos}/{len} graphs");
    let options = push::PushOptions {
        headers,
        batch: args.batch as usize,
        jobs: args.jobs as usize,
        retries: args.retries,
        timeout: std::time::Duration::from_secs(args.timeout),
        resume: args.resume,
        progress: progress.clone(),
        ..push::PushOptions::new(target)
    };
    let result = push::push(&store, &options);
    progress.finish_and_clear();
    println!("{}", result?);
    Ok(ExitCode::SUCCESS)
}

fn remove(store: &Path, data: &Option<PathBuf>, args: RemoveArgs) -> Result<ExitCode> {
    let writer = Writer::open(store)?;
    let found = writer.store().remove_articles(&args.ids)?;
    writer.close(&tenure_graph(&Gazetteer::load(data.as_deref())?))?;
    let mut missing = 0;
    for (id, found) in args.ids.iter().zip(found) {
        if found {
            println!("removed {id}");
        } else {
            missing += 1;
            eprintln!("vnkg: {id}: no such article in the store");
        }
    }
    Ok(exit_code(missing))
}

fn query(store: &Path, args: QueryArgs) -> Result<ExitCode> {
    let text = match (&args.query, &args.file) {
        (Some(q), None) if q == "-" => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| Error::Io {
                    path: "<stdin>".into(),
                    source: e,
                })?;
            text
        }
        (Some(q), None) => q.clone(),
        (None, Some(file)) => std::fs::read_to_string(file).map_err(|e| Error::Io {
            path: file.clone(),
            source: e,
        })?,
        _ => return Err(Error::Usage("give a query, or --file FILE".into())),
    };
    let store = Store::open_reader(store)?;
    let format = TableFormat::resolve(args.format);
    let width = if std::io::stdout().is_terminal() {
        comfy_table::Table::new().width()
    } else {
        None
    };
    let result = with_output(None, |writer| {
        crate::views::query::run_query(store.inner(), &text, format, &mut Output { writer, width })
    });
    match (result, &args.file) {
        // Name the file in syntax errors: `q.rq: query: 1:5: ...`.
        (Err(Error::Query(message)), Some(file)) => Err(Error::File {
            path: file.clone(),
            message: format!("query: {message}"),
        }),
        (result, _) => result.map(|()| ExitCode::SUCCESS),
    }
}

fn graph(store: &Path, data: &Option<PathBuf>, args: GraphArgs) -> Result<ExitCode> {
    let store = Store::open_reader(store)?;
    let gazetteer = Gazetteer::load(data.as_deref())?;
    let (memberships, resolution) = resolved(&store, &gazetteer, None)?;
    let people = crate::views::graph::People {
        memberships,
        resolution,
    };
    let options = crate::views::graph::Options {
        focus: args.focus,
        depth: args.depth,
        kinds: args.kinds,
        from: args.from,
        to: args.to,
        article: args.article,
        max_nodes: args.max_nodes,
        people: Some(std::sync::Arc::new(people)),
    };
    let dot = crate::views::graph::dot(store.inner(), &options)?;
    let bytes = match args.format {
        GraphFormat::Dot => dot.into_bytes(),
        GraphFormat::Svg => crate::views::graph::render(&dot, "svg")?,
        GraphFormat::Png => {
            if args.output.is_none() && std::io::stdout().is_terminal() {
                return Err(Error::Usage(
                    "not writing PNG to a terminal: give --output FILE or redirect stdout".into(),
                ));
            }
            crate::views::graph::render(&dot, "png")?
        }
    };
    with_output(args.output.as_deref(), |w| write_all(w, &bytes))?;
    Ok(ExitCode::SUCCESS)
}

fn eval(data: &Option<PathBuf>, args: EvalArgs) -> Result<ExitCode> {
    if !args.gold.is_dir() {
        return Err(Error::File {
            path: args.gold.clone(),
            message: "no such folder (expected posts.tsv, ranks.tsv, events.tsv)".into(),
        });
    }
    let store = Store::temporary()?;
    let extractor = extractor(data)?;
    let (sources, errors) = discover(&args.articles);
    for e in &errors {
        eprintln!("vnkg: {e}");
    }
    let options = IngestOptions {
        max_size: args.size.max_size,
        ..IngestOptions::default()
    };
    let summary = store.ingest(sources, &extractor, &options, &|e| eprintln!("vnkg: {e}"))?;
    let ids = store.article_ids()?;
    let report = crate::views::eval::run(store.inner(), &args.gold, &ids, args.explain)?;
    with_output(None, |w| write_all(w, format!("{report}\n").as_bytes()))?;
    Ok(exit_code(summary.failed + errors.len()))
}

/// Parses the command line. Help and version are printed and exit 0;
/// any other parse error becomes one line, `Err` with exit code 2.
pub fn parse() -> std::result::Result<Cli, String> {
    match Cli::try_parse() {
        Ok(cli) => Ok(cli),
        Err(e) if !e.use_stderr() => e.exit(),
        Err(e) => Err(one_line(&e.render().to_string())),
    }
}

/// Clap's error as one line: its message and hints, without usage.
fn one_line(rendered: &str) -> String {
    let mut parts: Vec<String> = Vec::new();
    for line in rendered.lines().map(str::trim) {
        if line.is_empty() || line.starts_with("Usage:") || line.starts_with("For more information")
        {
            continue;
        }
        let line = line.strip_prefix("error: ").unwrap_or(line);
        parts.push(line.to_owned());
    }
    parts.join(" ")
}
