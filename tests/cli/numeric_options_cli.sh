#!/bin/bash
# Numeric options: a malformed, negative, zero (where not allowed) or out-of-range value is a usage error
# (exit 2) naming the option on stderr, printed before the workspace is opened (no password is read), with
# nothing on stdout; never a silent fall-back to the default. Well-formed values still work.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
require_python
pw='numeric options owner password 2026'
init_workspace

# bad NAME OPTION-TEXT COMMAND…: exit 2, stderr names OPTION-TEXT, stdout empty, even with no password given.
bad() {
  local name=$1 opt=$2; shift 2
  "$cli" --workspace "$ws" --password-stdin "$@" </dev/null >"$tmp/bad.out" 2>"$tmp/bad.err"
  check "$name: exit" 2 $?
  grep -qF -- "$opt" "$tmp/bad.err"
  check "$name: stderr names $opt" 0 $?
  check "$name: stdout empty" 0 "$(wc -c <"$tmp/bad.out" | tr -d ' ')"
}

as_owner customer add --name "Budi Santoso" --json >/dev/null
as_owner customer add --name "Budi Hartono" --json >/dev/null
as_owner customer add --name "Siti Rahayu" --json >/dev/null
cust=$(as_owner customer list --json | py 'print(d[0]["id"])')

for v in abc 0 -3 10x 1.5 99999999999; do
  bad "customer list --limit $v" "--limit" customer list --limit "$v" --json
  bad "customer search --limit $v" "--limit" customer search Budi --limit "$v" --json
done
bad "audit list --limit abc" "--limit" audit list --limit abc --json
bad "audit list --limit 0" "--limit" audit list --limit 0
bad "deal list --limit abc" "--limit" deal list --limit abc --json
bad "log list --limit abc" "--limit" log list --customer "$cust" --limit abc
bad "log add --duration abc" "--duration" log add --customer "$cust" --channel call --duration abc
bad "log add --duration -5" "--duration" log add --customer "$cust" --channel call --duration -5
bad "deal add --probability abc" "--probability" deal add --customer "$cust" --title T --amount 1000 --probability abc
bad "deal add --probability 101" "--probability" deal add --customer "$cust" --title T --amount 1000 --probability 101
bad "demo --customers abc" "--customers" demo --customers abc
bad "demo --customers 0" "--customers" demo --customers 0
bad "demo --seed x" "--seed" demo --customers 1 --seed x
bad "demo --seed -1" "--seed" demo --customers 1 --seed -1
bad "demo --batch 0" "--batch" demo --customers 1 --batch 0
bad "demo --details-every -1" "--details-every" demo --customers 1 --details-every -1
bad "retention set --log-months x" "retention periods" retention set --log-months x
bad "retention set --usage-days -1" "retention periods" retention set --usage-days -1
bad "usage record --duration-ms abc" "--duration-ms" usage record --screen customers --duration-ms abc

# With the password given, too: the exit code is the usage error, not a listing with a default limit.
check "customer list --limit abc with the password" 2 "$(code as_owner customer list --limit abc --json)"
check "customer search --limit 0 with the password" 2 "$(code as_owner customer search Budi --limit 0 --json)"
check "audit list --limit -1 with the password" 2 "$(code as_owner audit list --limit -1 --json)"
check "retention set --inactive-years 2y with the password" 2 "$(code as_owner retention set --inactive-years 2y)"

# Well-formed values work, and the limit is the one given (not a default).
check "customer list --limit 2" 2 "$(as_owner customer list --limit 2 --json | py 'print(len(d))')"
check "customer list without --limit" 3 "$(as_owner customer list --json | py 'print(len(d))')"
check "customer search --limit 1" 1 "$(as_owner customer search Budi --limit 1 --json | py 'print(len(d))')"
check "customer search without --limit" 2 "$(as_owner customer search Budi --json | py 'print(len(d))')"
check "audit list --limit 1" 1 "$(as_owner audit list --limit 1 --json | py 'print(len(d))')"
check "retention set --log-months 24" 0 "$(code as_owner retention set --log-months 24)"

finish numeric_options_cli
