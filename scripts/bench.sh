#!/usr/bin/env bash
# The corpus-scale benchmark (issue #7): extraction throughput, end-to-end
# ingest at 5,000 / 10,000 / 20,000 articles, store size, query latency,
# and `oxigraph load` of the same quads side by side. Writes BENCHMARKS.md.
#
#   scripts/bench.sh [CORPUS_DIR]      (default ../shared/corpus/bulk)
#
# Needs /usr/bin/time and the Oxigraph CLI (`pip install oxigraph`); runs
# on an otherwise idle machine for figures worth comparing.
set -euo pipefail
cd "$(dirname "$0")/.."

corpus=${1:-../shared/corpus/bulk}
out=${BENCH_OUT:-BENCHMARKS.md}
runs=${BENCH_RUNS:-5}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/vnkg-target}

[[ -d $corpus ]] || { echo "no corpus at $corpus" >&2; exit 1; }
command -v oxigraph >/dev/null || { echo "the Oxigraph CLI is missing: pip install oxigraph" >&2; exit 1; }

cargo build --release --quiet
vnkg=$CARGO_TARGET_DIR/release/vnkg
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }'; }
# timed FILE CMD...: runs CMD, leaves "seconds peak_kib" in FILE.
timed() { local f=$1; shift; /usr/bin/time -f "%e %M" -o "$f" "$@"; }
# median_ms CMD...: the median wall time of $runs runs, in milliseconds.
median_ms() {
    local times=()
    for _ in $(seq "$runs"); do
        local t0 t1
        t0=$(date +%s%N)
        "$@" >/dev/null
        t1=$(date +%s%N)
        times+=($(( (t1 - t0) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

echo "== corpus subsets"
cat "$corpus"/*.jsonl > "$work/all.jsonl"
total=$(wc -l < "$work/all.jsonl")
sizes=()
for n in ${BENCH_SIZES:-5000 10000 20000}; do
    ((n <= total)) || continue
    head -n "$n" "$work/all.jsonl" > "$work/$n.jsonl"
    sizes+=("$n")
done
((${#sizes[@]})) || { echo "the corpus has only $total articles" >&2; exit 1; }
largest=${sizes[-1]}
bytes=$(stat -c %s "$work/$largest.jsonl")

echo "== extraction, one thread (criterion)"
bench=$(VNKG_BENCH_CORPUS="$corpus/$(ls "$corpus" | head -n 1)" \
    cargo bench --quiet --bench extract -- --measurement-time 10 'extract/' 2>/dev/null)
printf '%s\n' "$bench"
crit_seed=$(printf '%s\n' "$bench" | grep -A2 '^extract/seed' | sed -n 's/.*thrpt: *\[[^ ]* [^ ]* \([0-9.]*\) \([KMG]iB\/s\).*/\1 \2/p' | head -n 1)
crit_corpus=$(printf '%s\n' "$bench" | grep -A2 '^extract/[0-9]' | sed -n 's/.*thrpt: *\[[^ ]* [^ ]* \([0-9.]*\) \([KMG]iB\/s\).*/\1 \2/p' | head -n 1)

echo "== vnkg extract over $largest articles, one thread and all cores"
timed "$work/t1" env RAYON_NUM_THREADS=1 "$vnkg" extract --format nquads "$work/$largest.jsonl" >/dev/null
timed "$work/tn" "$vnkg" extract --format nquads "$work/$largest.jsonl" >/dev/null
read -r ext1_s ext1_kib < "$work/t1"
read -r extn_s extn_kib < "$work/tn"
rate() { awk -v b="$bytes" -v s="$1" 'BEGIN { printf "%.1f", b / 1e6 / s }'; }

echo "== ingest"
ingest_rows=""
for n in "${sizes[@]}"; do
    store="$work/store-$n"
    summary=$(timed "$work/ti" "$vnkg" --store "$store" ingest "$work/$n.jsonl")
    read -r secs kib < "$work/ti"
    writes=$(printf '%s\n' "$summary" | sed -n 's/.*store writes \([0-9.]*\) s.*/\1/p')
    quads=$(printf '%s\n' "$summary" | sed -n 's/.*, \([0-9]*\) quads.*/\1/p')
    size=$(du -sm "$store" | cut -f1)
    echo "$n: $summary; ${secs} s wall, $((kib / 1024)) MiB"
    per_k=$(awk -v s="$secs" -v n="$n" 'BEGIN { printf "%.2f", s / n * 1000 }')
    ingest_rows+="| $n | $quads | $secs | $per_k | $writes | $((kib / 1024)) | $size |"$'\n'
done
store="$work/store-$largest"

echo "== oxigraph load of the same quads"
"$vnkg" --store "$store" export --format nquads > "$work/export.nq"
nq_mb=$(mb "$(stat -c %s "$work/export.nq")")
timed "$work/tox" oxigraph load --location "$work/oxigraph" --file "$work/export.nq" >/dev/null 2>&1
read -r ox_s ox_kib < "$work/tox"
ox_size=$(du -sm "$work/oxigraph" | cut -f1)
timed "$work/tvl" "$vnkg" --store "$work/store-nq" ingest "$work/export.nq" >/dev/null
read -r vl_s vl_kib < "$work/tvl"
writes_largest=$(printf '%s' "$ingest_rows" | tail -n 1 | awk -F'|' '{ gsub(/ /, "", $6); print $6 }')
ratio=$(awk -v a="$writes_largest" -v b="$ox_s" 'BEGIN { printf "%.2f", a / b }')

echo "== query latency on the $largest-article store ($runs runs, median)"
person=$("$vnkg" --store "$store" posts --format tsv | awk -F'\t' '
    NR > 1 { gsub(/"/, "", $1); n[$1]++ }
    END { for (p in n) if (n[p] > best) { best = n[p]; who = p }; print who }')
rows=$(( $("$vnkg" --store "$store" posts --format tsv | wc -l) - 1 ))
posts_ms=$(median_ms "$vnkg" --store "$store" posts --format tsv)
cold_ms=$(median_ms bash -c 'rm -f "$1/vnkg-memberships.csv" "$1/vnkg-tenures.csv"; "$2" --store "$1" posts --format tsv' _ "$store" "$vnkg")
facts_rows=$(( $("$vnkg" --store "$store" posts --facts --format tsv | wc -l) - 1 ))
facts_ms=$(median_ms "$vnkg" --store "$store" posts --facts --format tsv)
person_ms=$(median_ms "$vnkg" --store "$store" posts --person "$person" --format tsv)
sparql="PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?role ?org WHERE {
  ?p foaf:name \"$person\"@vi .
  ?m org:member ?p ; org:role/skos:prefLabel ?role ; org:organization/skos:prefLabel ?org .
}"
sparql_rows=$(( $("$vnkg" --store "$store" query --format tsv "$sparql" | wc -l) - 1 ))
sparql_ms=$(median_ms "$vnkg" --store "$store" query --format tsv "$sparql")
startup_ms=$(median_ms "$vnkg" --store "$store" query --format tsv 'ASK {}')

# The VietNews section (scripts/bench-vietnews.sh) stays as it is.
vietnews=$(awk '/^## VietNews/ { on = 1 } on' "$out" 2>/dev/null || true)

cat > "$out" <<EOF
# Benchmarks

Written by \`scripts/bench.sh\` on $(date -u +%Y-%m-%d) at commit $(git rev-parse --short HEAD)
($(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo),
load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)). Corpus: the first $largest
articles of \`$corpus\` ($(mb "$bytes") MB of JSONL). Rerun with \`scripts/bench.sh\`.

## Extraction

| measure | throughput |
|---|---|
| criterion, one thread, the seed article | $crit_seed |
| criterion, one thread, 500 real articles | $crit_corpus |
| \`vnkg extract --format nquads\`, one thread (\`RAYON_NUM_THREADS=1\`) | $(rate "$ext1_s") MB/s ($ext1_s s, $((ext1_kib / 1024)) MiB) |
| \`vnkg extract --format nquads\`, all $(nproc) cores | $(rate "$extn_s") MB/s ($extn_s s, $((extn_kib / 1024)) MiB) |

\`vnkg extract\` rates count the JSONL bytes read and include reading and writing N-Quads.

## Ingest (\`vnkg ingest\`, fresh store)

| articles | quads | wall s | s per 1,000 articles | of which store writes, s | peak RSS MiB | store MB |
|---|---|---|---|---|---|---|
$ingest_rows
## Storage side by side with \`oxigraph load\`

The $largest-article store exported with \`vnkg export --format nquads\` ($nq_mb MB):

| loader | wall s | peak RSS MiB | store MB |
|---|---|---|---|
| \`oxigraph load --location DIR --file export.nq\` (Oxigraph CLI $(oxigraph --version 2>/dev/null | awk '{ print $NF }')) | $ox_s | $((ox_kib / 1024)) | $ox_size |
| \`vnkg ingest export.nq\` (the same quads through vnkg) | $vl_s | $((vl_kib / 1024)) | $(du -sm "$work/store-nq" | cut -f1) |
| store writes inside \`vnkg ingest\` of the articles | $writes_largest | | |

Storage part of vnkg against \`oxigraph load\`: **${ratio}×** (target ≤ 1.25×).

## Query latency (whole command, median of $runs runs, $largest-article store)

| command | ms |
|---|---|
| \`vnkg query 'ASK {}'\` (start-up and opening the store) | $startup_ms |
| \`vnkg posts --format tsv\` ($rows tenure rows, people resolved) | $posts_ms |
| \`vnkg posts --format tsv\` without the caches (read from the store, as after a write by another program) | $cold_ms |
| \`vnkg posts --facts --format tsv\` ($facts_rows per-article rows) | $facts_ms |
| \`vnkg posts --person '$person' --format tsv\` | $person_ms |
| SPARQL: one person's posts (\`vnkg query\`, $sparql_rows rows) | $sparql_ms |
EOF
[[ -z $vietnews ]] || printf '\n%s\n' "$vietnews" >> "$out"
echo "== wrote $out"
cat "$out"
