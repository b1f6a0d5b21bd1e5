//! Any bytes, read as a text file and as JSONL; every article read is
//! extracted and serialized as TriG: nothing may panic, and the TriG must
//! parse back to the same number of quads.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use oxigraph::io::{RdfFormat, RdfParser};
use vnkg::extract::article::{read_bytes, Item};
use vnkg::rdf::QuadWriter;
use vnkg::{Extractor, Gazetteer};

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| Extractor::new(Gazetteer::embedded()))
}

fuzz_target!(|bytes: &[u8]| {
    for jsonl in [false, true] {
        for item in read_bytes(Path::new("fuzz.txt"), bytes, jsonl, 1 << 20) {
            let Ok(Item::Article { article, .. }) = item else {
                continue;
            };
            let quads = vnkg::rdf::quads(&extractor().extract(&article));
            let mut writer = QuadWriter::new(RdfFormat::TriG, Vec::new());
            writer.write(&quads).expect("writing to memory");
            let trig = writer.finish().expect("writing to memory");
            let parsed = RdfParser::from_format(RdfFormat::TriG)
                .for_slice(&trig)
                .collect::<Result<Vec<_>, _>>()
                .expect("vnkg's TriG parses");
            let distinct: std::collections::HashSet<_> = quads.iter().collect();
            assert_eq!(parsed.len(), distinct.len());
        }
    }
});
