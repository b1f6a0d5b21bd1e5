/*!
The writer lock of a store folder: one writer at a time holds
`vnkg.lock` (holding its process id); a second writer fails at once with
that id, while readers never take it.

Uses: `error`.
*/

use crate::{Error, Result};
use fs4::fs_std::FileExt;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::Path;

/// The lock file a writer holds in the store folder.
pub const LOCK_FILE: &str = "vnkg.lock";

/// Takes the writer lock of the store folder, creating the folder.
pub fn lock(dir: &Path) -> Result<File> {
    let io = |e| Error::Io {
        path: dir.to_path_buf(),
        source: e,
    };
    std::fs::create_dir_all(dir).map_err(io)?;
    let path = dir.join(LOCK_FILE);
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(io)?;
    let locked = match FileExt::try_lock_exclusive(&file) {
        Ok(locked) => locked,
        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => false,
        Err(e) => return Err(io(e)),
    };
    if !locked {
        let pid = std::fs::read_to_string(&path).unwrap_or_default();
        let pid = pid.trim();
        return Err(Error::Locked {
            path: dir.to_path_buf(),
            pid: if pid.is_empty() {
                "unknown".into()
            } else {
                pid.into()
            },
        });
    }
    file.set_len(0).map_err(io)?;
    writeln!(file, "{}", std::process::id()).map_err(io)?;
    file.flush().map_err(io)?;
    Ok(file)
}
