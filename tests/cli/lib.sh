# What every tests/cli/*.sh shares. Sourced, never run on its own (tests/CMakeLists.txt does not register it):
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
# Then: $cli (the relasi-cli under test, the script's first argument), $tmp (a scratch folder removed on
# exit), $ws (a workspace path inside it, not created yet) and RELASI_TEST_KDF=floor (fast key derivation).
# The script sets $pw (the owner's password) before calling as_owner or init_workspace.
set -uo pipefail
if [ $# -lt 1 ] || [ -z "$1" ]; then
  echo "usage: $(basename "$0") PATH/TO/relasi-cli" >&2
  exit 2
fi
cli="$1"
export RELASI_TEST_KDF=floor
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ws="$tmp/ws"
fails=0; passes=0

check() { # check NAME EXPECTED ACTUAL
  if [ "$2" = "$3" ]; then passes=$((passes+1)); else echo "FAIL: $1: expected '$2', got '$3'"; fails=$((fails+1)); fi
}
# relasi-cli on $ws as the owner (password $pw on standard input).
as_owner() { printf '%s\n' "$pw" | "$cli" --workspace "$ws" --password-stdin "$@"; }
# py 'PYTHON': runs PYTHON with d = the JSON read from standard input; prints nothing if it is not JSON.
py() { python3 -c "import json,sys; d=json.load(sys.stdin); $1" 2>/dev/null; }
# code COMMAND…: the exit code only.
code() { "$@" >/dev/null 2>&1; echo $?; }
# Skips the whole script (CTest's SKIP_RETURN_CODE 77) when python3 is missing.
require_python() { command -v python3 >/dev/null || { echo "SKIP: python3 needed"; exit 77; }; }

# Creates $ws for "Toko Maju" with the owner owner@tokomaju.co.id (password $pw); checks the exit code.
init_workspace() {
  printf '%s\n' "$pw" | "$cli" --workspace "$ws" --password-stdin init --owner-name "Ibu Owner" \
    --owner-email owner@tokomaju.co.id --business-name "Toko Maju" --json >/dev/null 2>"$tmp/init.err"
  check "init exit" 0 $?
}

# The last command of every script: prints the tally ("[LABEL: ]N passed, N failed", which CTest's log
# shows) and fails when any check did.
finish() {
  echo "${1:+$1: }$passes passed, $fails failed"
  [ "$fails" -eq 0 ]
}
