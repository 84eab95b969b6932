#!/usr/bin/env bash
# relasi-cli's erasure and retention commands against the contract: `privacy erase|anonymize --customer ID`
# refuses without --yes when it cannot ask (exit 2, nothing changed), --preview prints the counts, a legal
# hold blocks both (exit 1, conflict), the owner's --yes erases (the customer is gone), a sales rep is denied
# (exit 8); `retention run --dry-run --json` counts per rule and the real run removes exactly those.
# Usage: privacy_erase_cli.sh PATH/TO/relasi-cli
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
pw='rendang sapi pedas 2026'

init_workspace

add() { as_owner customer add --name "$1" --email "$2" --phone "$3" --json | py 'print(d["id"])'; }
id=$(add "Sari Wulandari" sari@example.org "0812-3456-7890")
other=$(add "Bambang Pamungkas" bambang@example.org "0813-1111-2222")
[ -n "$id" ] && [ -n "$other" ]; check "customers added" 0 $?

# Without --yes and without a terminal: usage error, nothing changed.
as_owner privacy erase --customer "$id" >/dev/null 2>"$tmp/noyes.err"
check "erase without --yes off a terminal exits 2" 2 $?
grep -q -- '--yes' "$tmp/noyes.err"; check "the message names --yes" 0 $?
check "customer still there" "Sari Wulandari" "$(as_owner customer show "$id" --json | py 'print(d["name"])')"
as_owner privacy anonymize --customer "$id" >/dev/null 2>&1
check "anonymize without --yes off a terminal exits 2" 2 $?
as_owner privacy erase >/dev/null 2>&1
check "erase without --customer exits 2" 2 $?

# The preview counts and changes nothing.
pv=$(as_owner privacy erase --customer "$id" --preview --json)
check "preview exit" 0 $?
check "preview: 2 contact points to delete" "2 deleted" \
  "$(printf '%s' "$pv" | py 'r=[x for x in d["rows"] if x["kind"]=="contact_points"][0]; print(r["count"], r["fate"])')"
check "preview JSON carries no name" False "$(printf '%s' "$pv" | py 'print("Sari" in json.dumps(d))')"
check "customer still there after the preview" "Sari Wulandari" "$(as_owner customer show "$id" --json | py 'print(d["name"])')"

# Legal hold blocks erasure and anonymisation.
as_owner privacy hold --customer "$id" --set >/dev/null 2>&1
check "hold --set exit" 0 $?
as_owner privacy erase --customer "$id" --yes >/dev/null 2>"$tmp/held.err"
check "erase under legal hold exits 1" 1 $?
grep -q 'legal hold' "$tmp/held.err"; check "the message explains the legal hold" 0 $?
as_owner privacy anonymize --customer "$id" --yes --json >/dev/null 2>"$tmp/held2.err"
check "anonymize under legal hold exits 1" 1 $?
check "held error is a conflict" conflict "$(py 'print(d["error"])' <"$tmp/held2.err")"
as_owner privacy hold --customer "$id" --clear >/dev/null 2>&1
check "hold --clear exit" 0 $?
as_owner privacy hold --customer "$id" --set --clear >/dev/null 2>&1
check "hold with --set and --clear exits 2" 2 $?

# A sales rep may not erase.
printf '%s\n%s\n' "$pw" 'budi punya sandi 77' | "$cli" --workspace "$ws" --password-stdin user add --name Budi \
  --email budi@x.id --role sales >/dev/null 2>&1
printf '%s\n' 'budi punya sandi 77' | "$cli" --workspace "$ws" --user budi@x.id --password-stdin \
  privacy erase --customer "$id" --yes >/dev/null 2>&1
check "sales rep erasing is denied" 8 $?

# The owner erases.
out=$(as_owner privacy erase --customer "$id" --yes --json)
check "erase --yes exit" 0 $?
check "erase reports the WAL truncated" True "$(printf '%s' "$out" | py 'print(d["wal_truncated"])')"
as_owner customer show "$id" --json >/dev/null 2>&1
check "erased customer is not found" 1 $?
as_owner audit verify >/dev/null 2>&1
check "audit chain intact after erasure" 0 $?

# Anonymise the other one: the record stays under its anonymised name.
as_owner privacy anonymize --customer "$other" --yes >/dev/null 2>&1
check "anonymize --yes exit" 0 $?
check "anonymised name" True "$(as_owner customer show "$other" --json | py 'print(d["name"].startswith("Anonymised customer"))')"

# Retention.
as_owner retention set --log-months 6 --inactive-years 3 --usage-days 30 >/dev/null 2>&1
check "retention set exit" 0 $?
check "retention show" "6 3 30" "$(as_owner retention show --json | py 'print(d["log_months"], d["inactive_years"], d["usage_days"])')"
as_owner retention set --log-months -1 >/dev/null 2>&1
check "negative period exits 2" 2 $?
dry=$(as_owner retention run --dry-run --json)
check "retention dry run exit" 0 $?
check "dry run JSON has the three rules" "True True" \
  "$(printf '%s' "$dry" | py 'print(d["dry_run"], all(k in d["rules"] for k in ("logs","inactive_customers","usage")))')"
real=$(as_owner retention run --json)
check "retention run exit" 0 $?
check "real run counts what the dry run counted" \
  "$(printf '%s' "$dry" | py 'print([d["rules"][k]["count"] for k in ("logs","inactive_customers","usage")])')" \
  "$(printf '%s' "$real" | py 'print([d["rules"][k]["count"] for k in ("logs","inactive_customers","usage")])')"
as_owner retention set --usage-days 0 >/dev/null 2>&1
check "a rule set to 0 is reported off" "True True False" \
  "$(as_owner retention run --dry-run --json | py 'print(*(d["rules"][k]["enabled"] for k in ("logs","inactive_customers","usage")))')"
check "last run recorded" True "$(as_owner retention show --json | py 'print(d["last_run_at"] is not None)')"

finish privacy_erase_cli
