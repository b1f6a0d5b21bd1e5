//! Extraction throughput on one thread, in bytes of article text per
//! second: the seed article, and a sample of real news when a corpus is at
//! hand (`VNKG_BENCH_CORPUS`, a JSONL file, or else the first file of
//! `../shared/corpus/bulk`). `scripts/bench.sh` runs this and the
//! end-to-end figures, and writes BENCHMARKS.md.

use std::path::{Path, PathBuf};

/// The allocator of the `vnkg` binary, so that the figures are the tool's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use vnkg::extract::article::{discover, Inputs, Item, DEFAULT_MAX_SIZE};
use vnkg::{Article, Extractor, Gazetteer};

/// How many articles of the corpus the sample holds.
const SAMPLE: usize = 500;

fn read(path: &Path, limit: usize) -> Vec<Article> {
    let (sources, _) = discover(&[path.to_path_buf()]);
    Inputs::new(sources, DEFAULT_MAX_SIZE)
        .filter_map(|item| match item {
            Ok(Item::Article { article, .. }) => Some(article),
            _ => None,
        })
        .take(limit)
        .collect()
}

fn corpus_sample() -> Option<(String, Vec<Article>)> {
    let path = std::env::var_os("VNKG_BENCH_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/bulk/vietnews-000.jsonl")
        });
    path.exists().then(|| {
        let name = format!("{SAMPLE} articles of {}", path.display());
        (name, read(&path, SAMPLE))
    })
}

fn bytes(articles: &[Article]) -> u64 {
    articles
        .iter()
        .map(|a| (a.title.len() + a.body.len()) as u64)
        .sum()
}

fn extraction(c: &mut Criterion) {
    let extractor = Extractor::new(Gazetteer::embedded());
    let seed = read(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("data/articles"),
        usize::MAX,
    );
    let mut group = c.benchmark_group("extract");
    let mut sets = vec![("seed article".to_owned(), seed)];
    sets.extend(corpus_sample());
    for (name, articles) in &sets {
        group.throughput(Throughput::Bytes(bytes(articles)));
        group.bench_function(name.as_str(), |b| {
            b.iter(|| {
                articles
                    .iter()
                    .map(|a| extractor.extract(a).posts.len())
                    .sum::<usize>()
            })
        });
    }
    group.finish();
}

/// An article of about `bytes` bytes, from sentences written for this
/// bench: names, posts and meetings vary so the rules have work to do.
fn long_article(bytes: usize) -> Article {
    let mut body = String::with_capacity(bytes + 200);
    let mut i = 0;
    while body.len() < bytes {
        body.push_str(&format!(
            "Sáng {d}/12, đồng chí Nguyễn Văn Số{i}, Phó Chủ tịch UBND huyện Yên Định, \
             dự hội nghị tổng kết công tác năm của Huyện ủy. Ông Trần Minh {i} được bầu \
             giữ chức Chủ tịch HĐND xã Định Tân nhiệm kỳ 2021-2026.\n",
            d = i % 28 + 1
        ));
        i += 1;
    }
    Article {
        id: format!("long-{bytes}"),
        title: "Hội nghị tổng kết".into(),
        date: None,
        body,
        url: None,
    }
}

/// Time per byte must not grow with the length of one article.
fn article_length(c: &mut Criterion) {
    let extractor = Extractor::new(Gazetteer::embedded());
    let mut group = c.benchmark_group("article length");
    for kib in [128, 256, 512, 1024] {
        let article = long_article(kib << 10);
        group.throughput(Throughput::Bytes(article.body.len() as u64));
        group.bench_function(format!("{kib} KiB"), |b| {
            b.iter(|| extractor.extract(&article).posts.len())
        });
    }
    group.finish();
}

fn normalization(c: &mut Criterion) {
    let text = "Đồng chí Lê Văn A, Ủy viên Ban Thường vụ Tỉnh uỷ, Chủ tịch UBND tỉnh Thanh Hoá \
                phát biểu tại hội nghị. "
        .repeat(50);
    let mut group = c.benchmark_group("normalize");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("normalize", |b| {
        b.iter(|| vnkg::extract::normalize::normalize(&text))
    });
    group.bench_function("tokenize", |b| {
        b.iter(|| vnkg::extract::tokens::tokenize(&text))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = extraction, article_length, normalization
}
criterion_main!(benches);
