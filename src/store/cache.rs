/*!
The tables kept next to the store, so that `posts`, `history`, `holders`,
`people` and `explain` answer in milliseconds on large stores: the
memberships (`vnkg-memberships.csv`) and the tenures of resolved people
(`vnkg-tenures.csv`, what `vnkg posts` prints).

Why a module of its own: reading every membership back from Oxigraph costs
one RocksDB lookup per IRI and string (about two seconds for 20,000
articles), and resolving people and folding tenures again costs more than
reading the result, while the tables are a few megabytes. Each is a cache,
never the truth: a CSV file in the store folder, whose first line is a
stamp of the store's files (names and sizes of RocksDB's files;
any write adds a file or grows the log, and a read-only open changes
none). A reader uses the file only when the stamp matches the store it
opened; otherwise it reads the store and leaves a fresh file behind. A
writer updates it for the articles it touched before releasing its lock.
Anything else that writes to the store (an Oxigraph server, say) changes
the stamp and so retires the file.

The rows are the callers' (memberships, tenures: `derive::kept`); this
module only stamps, writes and reads the files.

Uses: `store::lock` (its file is not part of the stamp), `rdf` (hash).
*/

use serde::de::DeserializeOwned;
use serde::Serialize;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::Path;

/// The memberships table's file in the store folder.
pub const MEMBERSHIPS: &str = "vnkg-memberships.csv";
/// The tenures table's file in the store folder.
pub const TENURES: &str = "vnkg-tenures.csv";

/// Raised when the rows or the graphs derived with them change meaning.
const VERSION: u32 = 3;

/// The database files of the store in `dir` (see [`stamp`]): name and
/// size.
fn store_files(dir: &Path) -> Option<Vec<(String, u64)>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).ok()? {
        let entry = entry.ok()?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let ours = name.starts_with("LOG")
            || name.starts_with('.')
            || name == crate::store::lock::LOCK_FILE
            || name == MEMBERSHIPS
            || name == TENURES;
        let meta = entry.metadata().ok()?;
        if !ours && meta.is_file() {
            files.push((name, meta.len()));
        }
    }
    Some(files)
}

/// The bytes of the store's database files in `dir` (0 if the folder
/// cannot be read).
pub fn bytes(dir: &Path) -> u64 {
    store_files(dir).map_or(0, |files| files.iter().map(|(_, n)| n).sum())
}

/// The stamp of the store in `dir`: a digest of the names and sizes of
/// its database files (not the logs of RocksDB's own messages, not vnkg's
/// files). `None` if the folder cannot be read.
pub fn stamp(dir: &Path) -> Option<String> {
    let mut files: Vec<String> = store_files(dir)?
        .into_iter()
        .map(|(name, size)| format!("{name} {size}"))
        .collect();
    files.sort();
    let files: Vec<&str> = files.iter().map(String::as_str).collect();
    // The version of what the cache and the derived graphs hold: a change
    // of either retires the caches written before it.
    Some(format!("{VERSION}:{}", crate::rdf::hash(&files, 64)))
}

/// The table `file` past its stamp line, when that line is `stamp`.
fn open(dir: &Path, file: &str, stamp: &str) -> Option<BufReader<File>> {
    let mut reader = BufReader::new(File::open(dir.join(file)).ok()?);
    let mut first = String::new();
    reader.read_line(&mut first).ok()?;
    (first.trim_end() == stamp).then_some(reader)
}

/// The rows of the table `file` saved for the store state `stamp`, or
/// `None` when the file is missing, from another state, or unreadable.
pub fn load<T: DeserializeOwned>(dir: &Path, file: &str, stamp: &str) -> Option<Vec<T>> {
    csv::Reader::from_reader(open(dir, file, stamp)?)
        .deserialize()
        .collect::<Result<Vec<T>, _>>()
        .ok()
}

/// The rows of the table `file` saved for the store state `stamp` whose
/// cell in `column` passes `keep`, or `None` as for [`load`]. A row left
/// out is split into cells but never decoded, so picking a few rows of a
/// large table costs little more than reading its bytes.
pub fn load_where<T: DeserializeOwned>(
    dir: &Path,
    file: &str,
    stamp: &str,
    column: &str,
    keep: impl Fn(&str) -> bool,
) -> Option<Vec<T>> {
    let mut csv = csv::Reader::from_reader(open(dir, file, stamp)?);
    let headers = csv.byte_headers().ok()?.clone();
    let at = headers.iter().position(|h| h == column.as_bytes())?;
    let mut rows = Vec::new();
    for record in csv.byte_records() {
        let record = record.ok()?;
        let cell = std::str::from_utf8(record.get(at)?).ok()?;
        if keep(cell) {
            rows.push(record.deserialize(Some(&headers)).ok()?);
        }
    }
    Some(rows)
}

/// Saves `rows` as the table `file` of the store state `stamp`: written
/// beside, then renamed over the old file, so a reader sees a whole file.
pub fn save<T: Serialize>(dir: &Path, file: &str, stamp: &str, rows: &[T]) -> std::io::Result<()> {
    let temp = dir.join(format!(".{file}.{}", std::process::id()));
    let result = (|| {
        let mut out = BufWriter::new(File::create(&temp)?);
        writeln!(out, "{stamp}")?;
        let mut writer = csv::Writer::from_writer(out);
        for row in rows {
            writer.serialize(row)?;
        }
        writer.into_inner().map_err(|e| e.into_error())?.flush()?;
        std::fs::rename(&temp, dir.join(file))
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}
