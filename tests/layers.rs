//! The layout of the crate, checked: a module uses only the layers below it
//! (lib.rs and extract/mod.rs say which), so that the import graph has no
//! cycle. A `use` of a higher layer in non-test code fails here, with the
//! file and the path it named.

use std::fs;
use std::path::{Path, PathBuf};

/// The top-level layers, bottom to top (lib.rs).
const LAYERS: &[&[&str]] = &[
    &["model", "error"],
    &["extract"],
    &["rdf"],
    &["store"],
    &["read"],
    &["derive"],
    &["views"],
    &["cli"],
];

/// The extractor's stages, bottom to top (extract/mod.rs).
const STAGES: &[&str] = &[
    "article",
    "normalize",
    "tokens",
    "syllables",
    "gazetteer",
    "mentions",
    "sentence",
    "abroad",
    "links",
    "facts",
    "events",
];

fn rank(table: &[&[&str]], name: &str) -> Option<usize> {
    table.iter().position(|level| level.contains(&name))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file before its tests, without comments or docs.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or("");
    let mut out = String::new();
    let mut in_block = false;
    for line in text.lines() {
        let t = line.trim_start();
        if in_block {
            in_block = !t.contains("*/");
            continue;
        }
        if t.starts_with("/*") {
            in_block = !t.contains("*/");
            continue;
        }
        if !t.starts_with("//") {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The modules a piece of code names after `prefix` (`crate::` or
/// `crate::extract::`), including those inside `{...}` groups.
fn used_after(code: &str, prefix: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (at, _) in code.match_indices(prefix) {
        let rest = &code[at + prefix.len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let inner = &group[..group.find('}').unwrap_or(group.len())];
            for item in inner.split(',') {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                out.push(name);
            }
        } else {
            out.push(
                rest.chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect(),
            );
        }
    }
    out
}

/// The first component of a path under `base` (`src/extract/facts/mod.rs`
/// under `src/extract` → `facts`), without `.rs`.
fn first_component(path: &Path, base: &Path) -> String {
    let rel = path.strip_prefix(base).unwrap();
    let first = rel.components().next().unwrap().as_os_str();
    first.to_string_lossy().trim_end_matches(".rs").to_string()
}

#[test]
fn no_module_uses_a_layer_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut wrong = Vec::new();
    for file in &files {
        let layer = first_component(file, &src);
        let Some(own) = rank(LAYERS, &layer) else {
            continue; // lib.rs and main.rs stand above all
        };
        let code = code(&fs::read_to_string(file).unwrap());
        for used in used_after(&code, "crate::") {
            if rank(LAYERS, &used).is_some_and(|r| r > own) {
                wrong.push(format!("{}: crate::{used}", file.display()));
            }
        }
        if layer != "extract" {
            continue;
        }
        let extract = src.join("extract");
        let stage = first_component(file, &extract);
        let Some(own) = STAGES.iter().position(|s| *s == stage) else {
            continue; // extract/mod.rs runs the stages
        };
        for used in used_after(&code, "crate::extract::") {
            if STAGES
                .iter()
                .position(|s| *s == used)
                .is_some_and(|r| r > own)
            {
                wrong.push(format!("{}: crate::extract::{used}", file.display()));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "uses of a higher layer:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn used_after_reads_groups_and_paths() {
    let code = "use crate::extract::{tokens::Token, gazetteer};\nlet x = crate::rdf::hash(1);";
    assert_eq!(
        used_after(code, "crate::extract::"),
        vec!["tokens".to_string(), "gazetteer".to_string()]
    );
    assert_eq!(
        used_after(code, "crate::"),
        vec!["extract".to_string(), "rdf".to_string()]
    );
    assert_eq!(code_of_doc(), "fn f() {}\n");
}

fn code_of_doc() -> String {
    code("/*!\nuses [`x`](crate::views)\n*/\n// crate::cli\nfn f() {}\n#[cfg(test)]\nmod t { use crate::cli; }\n")
}
