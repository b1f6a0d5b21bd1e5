#!/usr/bin/env bash
# The whole-archive benchmark (issue #19): `vnkg ingest` of VietNews into a
# fresh store at 20,000, 70,000 and all but 1,000 of its 150,704 articles
# (wall time, peak RSS, store size), then the 1,000 held out added to the
# largest store and 100 of its articles removed. Writes the "## VietNews"
# section of BENCHMARKS.md (scripts/bench.sh keeps it when it rewrites the
# rest).
#
#   scripts/bench-vietnews.sh SOURCE
#
# SOURCE: a folder of VietNews JSONL made by scripts/vietnews-corpus, or a
# copy of the VietNews repository (clone, bare git directory or extracted
# data/ folder), converted first into a temporary folder. Needs
# /usr/bin/time and about 6 GB of temporary disk; run on an otherwise idle
# machine for figures worth comparing.
set -euo pipefail
cd "$(dirname "$0")/.."

source=${1:?usage: scripts/bench-vietnews.sh SOURCE (VietNews JSONL folder or repository copy)}
out=${BENCH_OUT:-BENCHMARKS.md}
held=${BENCH_HELD_OUT:-1000}
removed=${BENCH_REMOVED:-100}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/vnkg-target}

cargo build --release --quiet
vnkg=$CARGO_TARGET_DIR/release/vnkg
work=$(mktemp -d "${TMPDIR:-/tmp}/vnkg-vietnews.XXXXXX")
trap 'rm -rf "$work"' EXIT

if compgen -G "$source/vietnews-*.jsonl" >/dev/null; then
    corpus=$source
else
    echo "== converting $source"
    corpus=$work/corpus
    scripts/vietnews-corpus "$source" "$corpus"
fi
cat "$corpus"/vietnews-*.jsonl > "$work/all.jsonl"
total=$(wc -l < "$work/all.jsonl")
bytes=$(stat -c %s "$work/all.jsonl")
base=$((total - held))
head -n "$base" "$work/all.jsonl" > "$work/base.jsonl"
tail -n "$held" "$work/all.jsonl" > "$work/new.jsonl"
# Ids spread over the store: every (base / removed)-th article.
awk -v step=$((base / removed)) 'NR % step == 0' "$work/base.jsonl" | head -n "$removed" |
    sed -n 's/^{"id": "\([^"]*\)".*/\1/p' > "$work/removed.txt"

timed() { local f=$1; shift; /usr/bin/time -f "%e %M" -o "$f" "$@"; }
mib() { echo $(($1 / 1024)); }

rows=""
sizes=()
for n in ${BENCH_SIZES:-20000 70000} "$base"; do
    ((n <= base)) || continue
    sizes+=("$n")
done
for n in "${sizes[@]}"; do
    head -n "$n" "$work/base.jsonl" > "$work/in.jsonl"
    store=$work/store-$n
    echo "== ingest $n articles"
    summary=$(timed "$work/t" "$vnkg" --store "$store" ingest "$work/in.jsonl")
    read -r secs kib < "$work/t"
    writes=$(printf '%s\n' "$summary" | sed -n 's/.*store writes \([0-9.]*\) s.*/\1/p')
    quads=$(printf '%s\n' "$summary" | sed -n 's/.*, \([0-9]*\) quads.*/\1/p')
    size=$(du -sm "$store" | cut -f1)
    echo "$summary; $secs s wall, $(mib "$kib") MiB"
    rows+="| $n | $quads | $secs | $writes | $(mib "$kib") | $size |"$'\n'
    [[ $n == "$base" ]] || rm -rf "$store"
done
store=$work/store-$base

echo "== add $held new articles, remove $removed"
summary=$(timed "$work/ta" "$vnkg" --store "$store" ingest "$work/new.jsonl")
read -r add_s add_kib < "$work/ta"
echo "$summary; $add_s s wall, $(mib "$add_kib") MiB"
timed "$work/tr" "$vnkg" --store "$store" remove $(cat "$work/removed.txt") >/dev/null
read -r rm_s rm_kib < "$work/tr"
echo "remove: $rm_s s wall, $(mib "$rm_kib") MiB"

section=$(cat <<EOF
## VietNews: a whole archive (issue #19)

Written by \`scripts/bench-vietnews.sh\` on $(date -u +%Y-%m-%d) at commit $(git rev-parse --short HEAD)
($(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo),
load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)). Corpus: VietNews
converted by \`scripts/vietnews-corpus\` ($total articles, $(awk -v b="$bytes" 'BEGIN { printf "%.0f", b / 1e6 }') MB of JSONL), in id
order; the largest store holds all but the last $held, which are then
added to it. Wall times move with the machine's load (the cores may be
shared); peak RSS does not. Rerun with \`scripts/bench-vietnews.sh SOURCE\`
(a folder of that JSONL, or a copy of the VietNews repository).

| articles | quads | wall s | of which store writes, s | peak RSS MiB | store MB |
|---|---|---|---|---|---|
${rows}
| on the $base-article store | wall s | peak RSS MiB |
|---|---|---|
| \`vnkg ingest\` of $held new articles | $add_s | $(mib "$add_kib") |
| \`vnkg remove\` of $removed articles | $rm_s | $(mib "$rm_kib") |
EOF
)
# The rest of the file stays: scripts/bench.sh's sections before, notes
# after (any "## " section following this one).
printf '%s\n' "$section" > "$work/section.md"
[[ -f $out ]] || : > "$out"
awk -v file="$work/section.md" '
    function section() { while ((getline line < file) > 0) print line; done = 1 }
    /^## VietNews: a whole archive/ { section(); skip = 1; next }
    skip && /^## / { skip = 0; print "" }
    !skip { print }
    END { if (!done) { print ""; section() } }' "$out" > "$work/out.md"
cp "$work/out.md" "$out"
echo "== wrote the VietNews section of $out"
printf '%s\n' "$section"
