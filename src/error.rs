/*!
The library's error type. Every user error (a bad file, bad SPARQL, an
unknown format) is a variant here with enough context to print one clear
line; nothing the user types should panic.
*/

use std::path::PathBuf;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}:{line}: {message}")]
    Input {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("{0}")]
    Data(String),
    #[error("query: {0}")]
    Query(String),
    #[error("store: {0}")]
    Store(String),
    #[error("{0}")]
    Usage(String),
}
