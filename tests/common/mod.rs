//! The test helper shared by the CLI test binaries: a temporary folder
//! with a store, and the `vnkg` binary run in it.
#![allow(dead_code)]

use assert_cmd::Command;
use std::path::PathBuf;

/// A temporary folder with a store in it, and the binary run from there.
pub struct TestEnv {
    pub dir: tempfile::TempDir,
}

impl TestEnv {
    pub fn new() -> TestEnv {
        TestEnv {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    pub fn store(&self) -> PathBuf {
        self.path("store")
    }

    /// Writes a file (creating folders) and returns its path.
    pub fn write(&self, relative: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, contents).unwrap();
        path
    }

    /// `vnkg --store <temp>/store ARGS`, run in the temp folder.
    pub fn vnkg(&self, args: &[&str]) -> Command {
        let mut cmd = Command::cargo_bin("vnkg").unwrap();
        cmd.current_dir(self.dir.path())
            .env_remove("VNKG_STORE")
            .env_remove("VNKG_PUSH_USER")
            .env_remove("ALL_PROXY")
            .env_remove("all_proxy")
            .env_remove("HTTPS_PROXY")
            .env_remove("https_proxy")
            .env_remove("HTTP_PROXY")
            .env_remove("http_proxy")
            .arg("--store")
            .arg(self.store())
            .args(args);
        cmd
    }

    pub fn stdout(&self, args: &[&str]) -> String {
        let out = self
            .vnkg(args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        String::from_utf8(out).unwrap()
    }

    /// Runs `vnkg ARGS`, expects exit code `code`, and returns its one
    /// error line (see [`one_error_line`]).
    pub fn error_line(&self, args: &[&str], code: i32) -> String {
        let out = self.vnkg(args).assert().code(code).get_output().clone();
        one_error_line(&out.stderr)
    }

    pub fn export(&self) -> String {
        self.stdout(&["export", "--format", "nquads"])
    }
}

/// The error output is exactly one line starting with `vnkg: `.
pub fn one_error_line(stderr: &[u8]) -> String {
    let text = String::from_utf8(stderr.to_vec()).unwrap();
    assert_eq!(text.lines().count(), 1, "expected one line, got:\n{text}");
    assert!(text.starts_with("vnkg: "), "{text}");
    assert!(!text.contains("panicked"), "{text}");
    text.trim_end().to_owned()
}
