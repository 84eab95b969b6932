#!/usr/bin/env bash
# relasi-cli's domain commands against the issue's contract: customer add/show/search/list --json (e-mails
# lower-cased, phones E.164, phone search in any format), users and a denied edit (exit 8), deterministic
# demo data, and the audit chain (exit 0, then 5 after a row is edited with Debian's sqlcipher shell).
# Usage: domain_cli.sh PATH/TO/relasi-cli
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
pw='nasi goreng kampung 2026'

init_workspace

out=$(as_owner customer add --name "Sari Wulandari" --company "PT Maju Jaya" --email MiXeD@Case.com \
      --phone "0812-3456-7890" --json)
check "customer add exit" 0 $?
id=$(printf '%s' "$out" | py 'print(d["id"])')
[ -n "$id" ]; check "customer add --json gives an id" 0 $?

show=$(as_owner customer show "$id" --json)
check "customer show exit" 0 $?
check "show: company" "PT Maju Jaya" "$(printf '%s' "$show" | py 'print(d["company"] if isinstance(d["company"], str) else d["company"]["name"])')"
check "show: e-mails lower-cased" '["mixed@case.com"]' "$(printf '%s' "$show" | py 'print(json.dumps(d["emails"]))')"
check "show: phones E.164" '["+6281234567890"]' "$(printf '%s' "$show" | py 'print(json.dumps(d["phones"]))')"

for q in "0812 3" "+62812-3"; do
  found=$(as_owner customer search "$q" --json | py "print('$id' in [c['id'] for c in d])")
  check "search '$q' finds the customer" True "$found"
done
check "search by e-mail prefix" True "$(as_owner customer search "mixed@ca" --json | py "print('$id' in [c['id'] for c in d])")"

list=$(as_owner customer list --limit 5 --json)
check "list exit" 0 $?
check "list: array of objects with id/name/emails/phones" True \
  "$(printf '%s' "$list" | py 'print(isinstance(d, list) and len(d) >= 1 and all(all(k in c for k in ("id","name","emails","phones")) for c in d))')"

printf '%s\n%s\n' "$pw" 'budi punya sandi 77' | "$cli" --workspace "$ws" --password-stdin user add --name Budi \
  --email budi@x.id --role sales >/dev/null 2>"$tmp/useradd.err"
check "user add exit" 0 $?
printf '%s\n' 'budi punya sandi 77' | "$cli" --workspace "$ws" --user budi@x.id --password-stdin \
  customer edit "$id" --name "Diubah Budi" >/dev/null 2>&1
check "sales rep editing the owner's customer is denied" 8 $?
check "name unchanged after the denied edit" "Sari Wulandari" "$(as_owner customer show "$id" --json | py 'print(d["name"])')"

# Demo data: the same seed makes the same customers.
as_owner demo --customers 500 --seed 7 >"$tmp/demo.out" 2>"$tmp/demo.err"
check "demo exit" 0 $?
grep -q '500/500' "$tmp/demo.err"; check "demo reports progress on stderr" 0 $?
check "demo: 501 customers listed" 501 "$(as_owner customer list --limit 1000 --json | py 'print(len(d))')"
ws2="$tmp/ws2"
printf '%s\n' "$pw" | "$cli" --workspace "$ws2" --password-stdin init --owner-name "Ibu Owner" \
  --owner-email owner@tokomaju.co.id --business-name "Toko Maju" --json >/dev/null 2>&1
printf '%s\n' "$pw" | "$cli" --workspace "$ws2" --password-stdin demo --customers 500 --seed 7 >/dev/null 2>&1
check "second demo exit" 0 $?
names1=$(as_owner customer list --limit 1000 --json | py 'print("\n".join(sorted(c["name"] for c in d if c["name"] != "Sari Wulandari")))')
names2=$(printf '%s\n' "$pw" | "$cli" --workspace "$ws2" --password-stdin customer list --limit 1000 --json | py 'print("\n".join(sorted(c["name"] for c in d)))')
[ -n "$names1" ] && [ "$names1" = "$names2" ]; check "same seed, same customer names" 0 $?
check "demo names in several scripts" True "$(printf '%s' "$names2" | python3 -c 'import sys; t=sys.stdin.read(); print(any("\u4e00"<=ch<="\u9fff" for ch in t) and any("\uac00"<=ch<="\ud7af" for ch in t) and any(ch in t for ch in "éüøłš"))')"
printf '%s\n' "$pw" | "$cli" --workspace "$ws2" --password-stdin demo --customers 5 --seed 8 >/dev/null 2>&1
names3=$(printf '%s\n' "$pw" | "$cli" --workspace "$ws2" --password-stdin customer list --limit 1000 --json | py 'print(len(d))')
check "demo adds to a workspace" 505 "$names3"

printf 'budi\n' >"$tmp/q.txt"
bench=$(as_owner bench search --queries "$tmp/q.txt" --json)
check "bench search exit" 0 $?
check "bench search runs every prefix" 4 "$(printf '%s' "$bench" | py 'print(d["n"])')"
check "bench search has percentiles" True "$(printf '%s' "$bench" | py 'print(all(k in d for k in ("p50_ms","p95_ms","p99_ms")))')"

as_owner audit verify >/dev/null 2>&1; check "audit verify" 0 $?

if command -v sqlcipher >/dev/null; then
  key=$(as_owner key export 2>/dev/null)
  printf "PRAGMA key = \"x'%s'\";\nPRAGMA cipher_page_size = 4096;\nUPDATE audit_log SET action='x' WHERE seq=2;\n" "$key" \
    | sqlcipher "$ws/relasi.db" >/dev/null 2>&1
  check "sqlcipher edit exit" 0 $?
  as_owner audit verify >/dev/null 2>"$tmp/verify.err"; check "audit verify after tampering" 5 $?
else
  echo "SKIPPED: sqlcipher shell not installed"
fi

finish
