#!/usr/bin/env bash
# Runs a libFuzzer target for SECONDS (default 600) over a corpus seeded from the shared CSV and vCard test
# files, keeping what it finds in ${RELASI_FUZZ_DIR:-$TMPDIR/relasi-NAME}/corpus (outside the work tree).
# A crash leaves crash-* beside the corpus and exits non-zero.
# Usage: tests/fuzz/run.sh PATH/TO/fuzz_csv_reader [SECONDS] [extra libFuzzer flags…]
set -euo pipefail
target="$(realpath "$1")"; seconds="${2:-600}"; shift $(( $# >= 2 ? 2 : 1 ))
here="$(cd "$(dirname "$0")" && pwd)"
name="$(basename "$target")"
work="${RELASI_FUZZ_DIR:-${TMPDIR:-/tmp}/relasi-$name}"
corpus="$work/corpus"
mkdir -p "$corpus"
seeds="${RELASI_TESTDATA:-$here/../../../shared/testdata}"
if [ -d "$seeds" ]; then
  find "$seeds/csv-conformance" "$seeds/exports" "$seeds/vcard" -type f \( -name '*.csv' -o -name '*.tsv' -o -name '*.vcf' -o -name '*.txt' \) \
    -size -256k -exec cp -n {} "$corpus/" \; 2>/dev/null || true
fi
printf 'Name,Email\nAni,"a@b.id"\n' > "$corpus/seed-min.csv"
cd "$work"
exec "$target" "$corpus" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=1024 -timeout=10 \
  -print_final_stats=1 "$@"
