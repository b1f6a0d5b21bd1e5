/*!
Reading articles from what users point vnkg at: text files, folders of
them, JSONL corpora, RDF files from another vnkg store, and stdin.

Input is untrusted (folders scraped from the web), so this module is where
bad input stops: every problem becomes one [`Error`] naming the file (and
line), and reading goes on with the next article. Nothing here panics on
any byte sequence. Corpora are streamed one line at a time, never read
whole, so a 20,000-article JSONL file costs the memory of one article.

Text article format: an optional first line ` date YYYY-MM` or
` date YYYY-MM-DD` (the rest of that line, when present, is the title),
then the title (the next non-empty line), then the body.
*/

use crate::{Article, Error, PubDate, Result};
use oxigraph::io::RdfFormat;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Articles larger than this are refused unless `--max-size` says otherwise.
pub const DEFAULT_MAX_SIZE: u64 = 5 * 1024 * 1024;

/// What a path given on the command line holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceKind {
    /// One article as text.
    Text,
    /// One article per line, as JSON objects.
    Jsonl,
    /// Quads to load as they are (N-Quads or TriG).
    Rdf(RdfFormat),
    /// Standard input: JSONL when it starts with `{`, one text article otherwise.
    Stdin,
}

/// One input to read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub path: PathBuf,
    pub kind: SourceKind,
}

impl Source {
    /// The kind of a file, from its extension (`.jsonl`, `.nq`, `.trig`;
    /// anything else named explicitly is read as text).
    pub fn for_file(path: &Path) -> Source {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(|e| e.to_ascii_lowercase());
        let kind = match ext.as_deref() {
            Some("jsonl" | "ndjson") => SourceKind::Jsonl,
            Some("nq") => SourceKind::Rdf(RdfFormat::NQuads),
            Some("trig") => SourceKind::Rdf(RdfFormat::TriG),
            _ => SourceKind::Text,
        };
        Source {
            path: path.to_path_buf(),
            kind,
        }
    }
}

/// What reading the inputs yields, in input order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    Article {
        article: Article,
        /// Where it was read from (`file` or `file:line`), for messages.
        origin: String,
    },
    /// An RDF file whose quads are loaded as they are.
    Rdf { path: PathBuf, format: RdfFormat },
}

/// The path as shown in messages (`<stdin>` for `-`).
pub fn display_path(path: &Path) -> String {
    if path == Path::new("-") {
        "<stdin>".to_owned()
    } else {
        path.display().to_string()
    }
}

fn file_error(path: &Path, message: impl Into<String>) -> Error {
    Error::File {
        path: PathBuf::from(display_path(path)),
        message: message.into(),
    }
}

fn line_error(path: &Path, line: usize, message: impl Into<String>) -> Error {
    Error::Input {
        path: PathBuf::from(display_path(path)),
        line,
        message: message.into(),
    }
}

fn io_error(path: &Path, source: io::Error) -> Error {
    Error::Io {
        path: PathBuf::from(display_path(path)),
        source,
    }
}

/// Expands the paths given on the command line into sources: files as
/// they are, folders recursively (`.txt`, `.jsonl`, `.nq`, `.trig`, in
/// name order, hidden entries skipped), `-` as stdin. A missing path or a
/// folder without any article is an error; the other paths still count.
pub fn discover(paths: &[PathBuf]) -> (Vec<Source>, Vec<Error>) {
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path == Path::new("-") {
            sources.push(Source {
                path: path.clone(),
                kind: SourceKind::Stdin,
            });
            continue;
        }
        match std::fs::metadata(path) {
            Err(e) => errors.push(io_error(path, e)),
            Ok(meta) if meta.is_dir() => {
                let before = sources.len();
                walk(path, &mut sources, &mut errors);
                if sources.len() == before {
                    errors.push(file_error(
                        path,
                        "folder has no article (.txt, .jsonl, .nq or .trig file)",
                    ));
                }
            }
            Ok(_) => sources.push(Source::for_file(path)),
        }
    }
    (sources, errors)
}

fn walk(dir: &Path, sources: &mut Vec<Source>, errors: &mut Vec<Error>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return errors.push(io_error(dir, e)),
    };
    let mut paths: Vec<PathBuf> = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => paths.push(entry.path()),
            Err(e) => errors.push(io_error(dir, e)),
        }
    }
    paths.sort();
    for path in paths {
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        // symlink_metadata: never follow a link into a folder (no loops).
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            walk(&path, sources, errors);
            continue;
        }
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(|e| e.to_ascii_lowercase());
        if matches!(
            ext.as_deref(),
            Some("txt" | "jsonl" | "ndjson" | "nq" | "trig")
        ) {
            sources.push(Source::for_file(&path));
        }
    }
}

/// Reads the sources one item at a time; see [`Inputs::new`].
pub struct Inputs {
    sources: VecDeque<Source>,
    max_size: u64,
    current: Option<JsonlReader>,
}

impl Inputs {
    /// Articles over `max_size` bytes are refused (one error each).
    pub fn new(sources: Vec<Source>, max_size: u64) -> Inputs {
        Inputs {
            sources: sources.into(),
            max_size,
            current: None,
        }
    }

    fn open_stdin(&mut self, path: PathBuf) -> Option<Result<Item>> {
        let mut stdin = BufReader::with_capacity(1 << 16, io::stdin());
        let first = loop {
            match stdin.fill_buf() {
                Ok([]) => break None,
                Ok(buf) => match buf.iter().position(|b| !b.is_ascii_whitespace()) {
                    Some(i) => break Some(buf[i]),
                    None => {
                        let n = buf.len();
                        stdin.consume(n);
                    }
                },
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Some(Err(io_error(&path, e))),
            }
        };
        match first {
            None => Some(Err(file_error(&path, "empty input"))),
            Some(b'{') => {
                self.current = Some(JsonlReader::new(path, Box::new(stdin), self.max_size));
                None
            }
            Some(_) => Some(
                read_limited(&mut stdin, self.max_size, &path)
                    .and_then(|bytes| decode(&bytes, &path))
                    .and_then(|text| parse_text(&path, "stdin", &text))
                    .map(|article| Item::Article {
                        article,
                        origin: display_path(&path),
                    }),
            ),
        }
    }
}

impl Iterator for Inputs {
    type Item = Result<Item>;

    fn next(&mut self) -> Option<Result<Item>> {
        loop {
            if let Some(reader) = &mut self.current {
                match reader.next() {
                    Some(item) => return Some(item),
                    None => self.current = None,
                }
            }
            let source = self.sources.pop_front()?;
            let path = source.path;
            match source.kind {
                SourceKind::Rdf(format) => return Some(Ok(Item::Rdf { path, format })),
                SourceKind::Text => {
                    return Some(read_text_file(&path, self.max_size).map(|article| {
                        Item::Article {
                            article,
                            origin: display_path(&path),
                        }
                    }))
                }
                SourceKind::Jsonl => match File::open(&path) {
                    Ok(file) => {
                        let reader = BufReader::with_capacity(1 << 16, file);
                        self.current =
                            Some(JsonlReader::new(path, Box::new(reader), self.max_size));
                    }
                    Err(e) => return Some(Err(io_error(&path, e))),
                },
                SourceKind::Stdin => {
                    if let Some(item) = self.open_stdin(path) {
                        return Some(item);
                    }
                }
            }
        }
    }
}

/// The id of an article read from `path`: the file stem.
pub fn id_from_path(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Reads one text article; its id is the file stem.
pub fn read_text_file(path: &Path, max_size: u64) -> Result<Article> {
    let file = File::open(path).map_err(|e| io_error(path, e))?;
    let bytes = read_limited(&mut BufReader::new(file), max_size, path)?;
    let text = decode(&bytes, path)?;
    parse_text(path, &id_from_path(path), &text)
}

/// Reads articles from bytes in memory exactly as a file would be read:
/// one text article, or one article per line when `jsonl`. `path` is only
/// for messages. The fuzz targets (`fuzz/`) enter the reader here.
pub fn read_bytes(path: &Path, bytes: &[u8], jsonl: bool, max_size: u64) -> Vec<Result<Item>> {
    if jsonl {
        let reader = JsonlReader::new(
            path.to_path_buf(),
            Box::new(io::Cursor::new(bytes.to_vec())),
            max_size,
        );
        return reader.collect();
    }
    let article = read_limited(&mut io::Cursor::new(bytes), max_size, path)
        .and_then(|bytes| decode(&bytes, path))
        .and_then(|text| parse_text(path, &id_from_path(path), &text));
    vec![article.map(|article| Item::Article {
        article,
        origin: display_path(path),
    })]
}

/// Reads at most `max_size` bytes; more is an error.
fn read_limited(reader: &mut impl Read, max_size: u64, path: &Path) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader
        .take(max_size.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(path, e))?;
    if bytes.len() as u64 > max_size {
        return Err(file_error(path, too_large(max_size)));
    }
    Ok(bytes)
}

fn too_large(max_size: u64) -> String {
    format!(
        "article larger than {} (raise --max-size to read it)",
        human_size(max_size)
    )
}

/// `5 MiB`, `300 KiB`, `12 bytes`.
pub fn human_size(bytes: u64) -> String {
    const KI: u64 = 1024;
    if bytes >= KI * KI && bytes.is_multiple_of(KI * KI) {
        format!("{} MiB", bytes / (KI * KI))
    } else if bytes >= KI && bytes.is_multiple_of(KI) {
        format!("{} KiB", bytes / KI)
    } else {
        format!("{bytes} bytes")
    }
}

/// Parses a size such as `5MB`, `300k`, `1 GiB` or `12345` (bytes). Units
/// are binary (`K` = 1024).
pub fn parse_size(s: &str) -> std::result::Result<u64, String> {
    let s = s.trim();
    let split = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let (number, unit) = s.split_at(split);
    let number: u64 = number
        .parse()
        .map_err(|_| format!("'{s}' is not a size (e.g. 5MB, 300K, 1048576)"))?;
    let factor: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        _ => return Err(format!("'{s}' is not a size (e.g. 5MB, 300K, 1048576)")),
    };
    number
        .checked_mul(factor)
        .ok_or_else(|| format!("'{s}' is too large"))
}

/// Turns bytes into text: UTF-8 (with or without BOM), or UTF-16 with a
/// BOM. Binary files and other encodings are refused with the line of the
/// first bad byte.
fn decode(bytes: &[u8], path: &Path) -> Result<String> {
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return decode_utf16(rest, u16::from_le_bytes, path);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return decode_utf16(rest, u16::from_be_bytes, path);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err(file_error(path, "binary file, not text"));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(e) => {
            let line = 1 + bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            Err(line_error(
                path,
                line,
                "not UTF-8 text (a legacy encoding such as Windows-1258?); convert it to UTF-8",
            ))
        }
    }
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16, path: &Path) -> Result<String> {
    if !bytes.len().is_multiple_of(2) {
        return Err(file_error(path, "truncated UTF-16 text"));
    }
    let units: Vec<u16> = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]])).collect();
    String::from_utf16(&units).map_err(|_| file_error(path, "invalid UTF-16 text"))
}

/// Splits text into date, title and body. `path` is only for messages.
pub fn parse_text(path: &Path, id: &str, text: &str) -> Result<Article> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if looks_like_html(text) {
        return Err(file_error(
            path,
            "an HTML page, not article text (extract its text first)",
        ));
    }
    let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, l.trim()));
    let mut date = None;
    let mut title = None;
    let mut first = lines.next();
    if let Some((n, line)) = first {
        if let Some((parsed, rest)) = date_line(line).map_err(|m| line_error(path, n, m))? {
            date = Some(parsed);
            if !rest.is_empty() {
                title = Some(rest.to_owned());
            }
            first = None;
        }
    }
    if title.is_none() {
        title = first
            .into_iter()
            .chain(lines.by_ref())
            .map(|(_, l)| l)
            .find(|l| !l.is_empty())
            .map(str::to_owned);
    }
    let Some(title) = title else {
        return Err(file_error(path, "empty article (no title, no text)"));
    };
    let body: Vec<&str> = lines.map(|(_, l)| l).collect();
    let body = body.join("\n").trim().to_owned();
    Ok(Article {
        id: id.to_owned(),
        title,
        date,
        body,
        url: None,
    })
}

/// ` date 2024-12 [title]` → the date and the rest of the line.
/// `Ok(None)` when the line is no date line; `Err` when it is one with a
/// date that does not exist.
fn date_line(line: &str) -> std::result::Result<Option<(PubDate, &str)>, String> {
    let Some(rest) = line.strip_prefix("date ") else {
        return Ok(None);
    };
    let rest = rest.trim_start();
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let token = &rest[..end];
    let shaped = token.len() >= 6
        && token.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && token.as_bytes()[4] == b'-'
        && token.chars().all(|c| c.is_ascii_digit() || c == '-');
    if !shaped {
        return Ok(None);
    }
    match PubDate::parse(token) {
        Some(date) => Ok(Some((date, rest[end..].trim()))),
        None => Err(format!(
            "invalid date '{token}' (expected YYYY-MM or YYYY-MM-DD)"
        )),
    }
}

fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start()
        .chars()
        .take(15)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html") || head.starts_with("<?xml")
}

/// One JSONL corpus, read line by line with a bounded buffer.
struct JsonlReader {
    path: PathBuf,
    reader: Box<dyn BufRead>,
    max_size: u64,
    line: usize,
    buf: Vec<u8>,
}

#[derive(serde::Deserialize)]
struct JsonArticle {
    id: serde_json::Value,
    text: String,
    title: Option<String>,
    date: Option<String>,
    url: Option<String>,
}

impl JsonlReader {
    fn new(path: PathBuf, reader: Box<dyn BufRead>, max_size: u64) -> JsonlReader {
        JsonlReader {
            path,
            reader,
            max_size,
            line: 0,
            buf: Vec::new(),
        }
    }

    fn parse(&self, line: &[u8]) -> std::result::Result<Article, String> {
        let text = std::str::from_utf8(line).map_err(|_| "not UTF-8 text".to_owned())?;
        let json: JsonArticle = serde_json::from_str(text).map_err(|e| {
            // serde's message ends with "at line 1 column N": keep the column.
            let msg = e.to_string();
            match msg.rsplit_once(" at line ") {
                Some((m, _)) => format!("malformed JSON ({m}, column {})", e.column()),
                None => format!("malformed JSON ({msg})"),
            }
        })?;
        let id = match &json.id {
            serde_json::Value::String(s) => s.trim().to_owned(),
            serde_json::Value::Number(n) => n.to_string(),
            _ => return Err("`id` must be a string or a number".to_owned()),
        };
        if id.is_empty() {
            return Err("empty `id`".to_owned());
        }
        let mut article = match json.title.as_deref().map(str::trim) {
            Some(title) if !title.is_empty() => Article {
                id,
                title: title.to_owned(),
                date: None,
                body: json.text.trim().to_owned(),
                url: None,
            },
            // No title: the text is read like a text file.
            _ => parse_text(Path::new(""), &id, &json.text).map_err(|e| match e {
                Error::File { message, .. } | Error::Input { message, .. } => message,
                other => other.to_string(),
            })?,
        };
        if let Some(date) = json
            .date
            .as_deref()
            .map(str::trim)
            .filter(|d| !d.is_empty())
        {
            // Accept timestamps: keep the date part.
            let day = date.split(['T', ' ']).next().unwrap_or(date);
            article.date = Some(PubDate::parse(day).ok_or_else(|| {
                format!("invalid `date` '{date}' (expected YYYY-MM or YYYY-MM-DD)")
            })?);
        }
        article.url = json
            .url
            .map(|u| u.trim().to_owned())
            .filter(|u| !u.is_empty());
        Ok(article)
    }
}

impl Iterator for JsonlReader {
    type Item = Result<Item>;

    fn next(&mut self) -> Option<Result<Item>> {
        loop {
            self.line += 1;
            let limit = usize::try_from(self.max_size).unwrap_or(usize::MAX);
            let overflow = match read_line_bounded(&mut self.reader, &mut self.buf, limit) {
                Ok(None) => return None,
                Ok(Some(overflow)) => overflow,
                Err(e) => return Some(Err(io_error(&self.path, e))),
            };
            if overflow {
                return Some(Err(line_error(
                    &self.path,
                    self.line,
                    too_large(self.max_size),
                )));
            }
            let line = self.buf.trim_ascii();
            if line.is_empty() {
                continue;
            }
            return Some(match self.parse(line) {
                Ok(article) => Ok(Item::Article {
                    article,
                    origin: format!("{}:{}", display_path(&self.path), self.line),
                }),
                Err(message) => Err(line_error(&self.path, self.line, message)),
            });
        }
    }
}

/// Reads one line (without its `\n`) into `buf`, keeping at most `limit`
/// bytes: a longer line is consumed to its end and reported as overflow,
/// so one huge line costs no memory. `None` at end of input.
fn read_line_bounded(
    reader: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    limit: usize,
) -> io::Result<Option<bool>> {
    buf.clear();
    let mut overflow = false;
    let mut any = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(any.then_some(overflow));
        }
        any = true;
        let (chunk, done) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (&available[..i], Some(i + 1)),
            None => (available, None),
        };
        if !overflow {
            if buf.len() + chunk.len() > limit {
                overflow = true;
                buf.clear();
            } else {
                buf.extend_from_slice(chunk);
            }
        }
        let used = done.unwrap_or(available.len());
        reader.consume(used);
        if done.is_some() {
            return Ok(Some(overflow));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Article> {
        parse_text(Path::new("a.txt"), "a", text)
    }

    #[test]
    fn date_and_title_on_the_first_line_as_in_the_seed() {
        let a = parse(" date 2024-12 Năm 2024, quốc phòng\n\nSáng 10/12, hội nghị.\n").unwrap();
        assert_eq!(a.date, Some(PubDate::YearMonth(2024, 12)));
        assert_eq!(a.title, "Năm 2024, quốc phòng");
        assert_eq!(a.body, "Sáng 10/12, hội nghị.");
    }

    #[test]
    fn date_line_then_title_line() {
        let a = parse(" date 2025-06-03\nTiêu đề\n\nThân bài một.\nThân bài hai.").unwrap();
        assert_eq!(a.date, Some(PubDate::Date(2025, 6, 3)));
        assert_eq!(a.title, "Tiêu đề");
        assert_eq!(a.body, "Thân bài một.\nThân bài hai.");
    }

    #[test]
    fn no_date_line_title_is_first_non_empty_line() {
        let a = parse("\r\n\r\nTiêu đề\r\n\r\nThân bài.\r\n").unwrap();
        assert_eq!(a.date, None);
        assert_eq!(a.title, "Tiêu đề");
        assert_eq!(a.body, "Thân bài.");
    }

    #[test]
    fn a_title_starting_with_the_word_date_is_a_title() {
        let a = parse("date of the meeting\nbody").unwrap();
        assert_eq!(a.date, None);
        assert_eq!(a.title, "date of the meeting");
    }

    #[test]
    fn impossible_date_is_an_error_on_line_1() {
        let e = parse(" date 2024-13\nT\nB").unwrap_err().to_string();
        assert_eq!(
            e,
            "a.txt:1: invalid date '2024-13' (expected YYYY-MM or YYYY-MM-DD)"
        );
    }

    #[test]
    fn empty_and_html_inputs_are_refused() {
        assert!(parse("  \n\n ")
            .unwrap_err()
            .to_string()
            .contains("empty article"));
        assert!(parse(" date 2024-12\n\n").is_err());
        assert!(parse("<!DOCTYPE html><html>…")
            .unwrap_err()
            .to_string()
            .contains("HTML"));
    }

    #[test]
    fn non_utf8_reports_the_line_and_binary_is_named() {
        let e = decode(b"ok\nok\n\xC3\x28 bad", Path::new("x.txt")).unwrap_err();
        assert_eq!(
            e.to_string(),
            "x.txt:3: not UTF-8 text (a legacy encoding such as Windows-1258?); convert it to UTF-8"
        );
        let e = decode(b"\x7fELF\0\0\x01", Path::new("x.txt")).unwrap_err();
        assert!(e.to_string().contains("binary file"));
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Tiêu đề\nthân".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&bytes, Path::new("x")).unwrap(), "Tiêu đề\nthân");
    }

    #[test]
    fn sizes_parse_with_binary_units() {
        assert_eq!(parse_size("5MB"), Ok(5 << 20));
        assert_eq!(parse_size("300k"), Ok(300 << 10));
        assert_eq!(parse_size("12"), Ok(12));
        assert!(parse_size("5 parsecs").is_err());
        assert!(parse_size("").is_err());
        assert_eq!(human_size(DEFAULT_MAX_SIZE), "5 MiB");
    }

    fn jsonl(input: &str, max: u64) -> Vec<std::result::Result<Article, String>> {
        let reader = JsonlReader::new(
            PathBuf::from("c.jsonl"),
            Box::new(io::Cursor::new(input.as_bytes().to_vec())),
            max,
        );
        reader
            .map(|r| match r {
                Ok(Item::Article { article, .. }) => Ok(article),
                Ok(other) => panic!("unexpected {other:?}"),
                Err(e) => Err(e.to_string()),
            })
            .collect()
    }

    #[test]
    fn jsonl_reports_malformed_lines_and_goes_on() {
        let input = concat!(
            r#"{"id": "a", "title": "T", "text": "Body", "date": "2024-12-10T08:00:00", "url": "https://x.vn/a"}"#,
            "\n\n",
            "{not json\n",
            r#"{"id": 7, "text": " date 2025-01\nTitle from text\nBody"}"#,
            "\n",
            r#"{"text": "no id"}"#,
        );
        let out = jsonl(input, DEFAULT_MAX_SIZE);
        assert_eq!(out.len(), 4);
        let a = out[0].as_ref().unwrap();
        assert_eq!((a.id.as_str(), a.title.as_str()), ("a", "T"));
        assert_eq!(a.date, Some(PubDate::Date(2024, 12, 10)));
        assert_eq!(a.url.as_deref(), Some("https://x.vn/a"));
        assert!(out[1]
            .as_ref()
            .unwrap_err()
            .starts_with("c.jsonl:3: malformed JSON"));
        let b = out[2].as_ref().unwrap();
        assert_eq!((b.id.as_str(), b.title.as_str()), ("7", "Title from text"));
        assert_eq!(b.date, Some(PubDate::YearMonth(2025, 1)));
        assert!(out[3]
            .as_ref()
            .unwrap_err()
            .starts_with("c.jsonl:5: malformed JSON (missing field `id`"));
    }

    #[test]
    fn jsonl_line_over_the_limit_is_skipped_without_holding_it() {
        let long = format!(
            "{{\"id\":\"big\",\"title\":\"T\",\"text\":\"{}\"}}",
            "x".repeat(1000)
        );
        let input = format!("{long}\n{{\"id\":\"small\",\"title\":\"T\",\"text\":\"b\"}}\n");
        let out = jsonl(&input, 100);
        assert_eq!(
            out[0].as_ref().unwrap_err(),
            "c.jsonl:1: article larger than 100 bytes (raise --max-size to read it)"
        );
        assert_eq!(out[1].as_ref().unwrap().id, "small");
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_are_read_or_refused_without_panic(
            bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..3000)
        ) {
            let path = Path::new("x");
            if let Ok(text) = decode(&bytes, path) {
                let _ = parse_text(path, "x", &text);
            }
            let reader = JsonlReader::new(PathBuf::from("x"), Box::new(io::Cursor::new(bytes)), 200);
            for item in reader {
                let _ = item.map_err(|e| e.to_string());
            }
        }

        #[test]
        fn a_title_and_body_come_back(title in "[^\\s\u{feff}][^\n\r]{0,40}", body in "[^\r]{0,200}") {
            let title = title.trim().to_owned();
            proptest::prop_assume!(!title.is_empty() && !title.starts_with("date ") && !title.starts_with('<'));
            let a = parse(&format!("{title}\n\n{body}")).unwrap();
            proptest::prop_assert_eq!(a.title, title);
            proptest::prop_assert_eq!(a.date, None);
        }
    }
}
