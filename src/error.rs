/*!
The library's error type. Every user error (a bad file, bad SPARQL, an
unknown format) is a variant here with enough context to print one clear
line; nothing the user types should panic.
*/

use std::path::PathBuf;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: {}", path.display(), io_message(source))]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: {message}", path.display())]
    File { path: PathBuf, message: String },
    #[error("{}:{line}: {message}", path.display())]
    Input {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("{0}")]
    Data(String),
    #[error("query: {0}")]
    Query(String),
    #[error("{0}")]
    Store(String),
    #[error("{}: store is in use by process {pid}", path.display())]
    Locked { path: PathBuf, pid: String },
    /// A request to a remote store failed (after its retries).
    #[error("push to {endpoint}: {message}")]
    Push { endpoint: String, message: String },
    #[error("{0}")]
    Usage(String),
}

/// `No such file or directory`, without the `(os error 2)` tail.
fn io_message(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.rfind(" (os error ") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}
