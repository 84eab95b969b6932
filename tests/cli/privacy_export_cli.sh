#!/usr/bin/env bash
# relasi-cli's subject-access and consent commands against the contract: `privacy export --customer ID
# --output FILE.zip` writes one zip (person.json with every record, CSVs, summary.html) holding nothing of
# another customer, a sales rep is denied (exit 8, no file); `privacy consent --grant|--withdraw` and
# `privacy consents --json` keep the history; `privacy mailing-list` includes only consent in force and
# counts who was left out and why.
# Usage: privacy_export_cli.sh PATH/TO/relasi-cli
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
require_python
pw='rendang sapi pedas 2026'

init_workspace

add() { as_owner customer add --name "$1" --email "$2" --phone "$3" --json | py 'print(d["id"])'; }
sari=$(add "Sari Wulandari" sari.w@example.org "0812-3456-7890")
bambang=$(add "Bambang Pamungkas" bambang.p@example.org "0813-1111-2222")
dewi=$(add "Dewi Lestari" dewi.l@example.org "0813-3333-4444")
nomail=$(as_owner customer add --name "Tanpa Surel" --phone "0813-5555-6666" --json | py 'print(d["id"])')
[ -n "$sari" ] && [ -n "$bambang" ] && [ -n "$dewi" ] && [ -n "$nomail" ]; check "customers added" 0 $?

# Consent: grant, withdraw, history.
as_owner privacy consent --customer "$sari" --purpose marketing_email --grant --channel web_form \
  --source "newsletter form" >/dev/null 2>&1
check "consent --grant exit" 0 $?
as_owner privacy consent --customer "$bambang" --purpose marketing_email --grant >/dev/null 2>&1
as_owner privacy consent --customer "$bambang" --purpose marketing_email --withdraw --channel email >/dev/null 2>&1
check "consent --withdraw exit" 0 $?
as_owner privacy consent --customer "$nomail" --purpose marketing_email --grant >/dev/null 2>&1
as_owner privacy consent --customer "$sari" --purpose marketing_email --grant --withdraw >/dev/null 2>&1
check "consent with --grant and --withdraw exits 2" 2 $?
as_owner privacy consent --customer "$sari" --purpose spam --grant >/dev/null 2>&1
check "unknown purpose is invalid (exit 1)" 1 $?
h=$(as_owner privacy consents --customer "$bambang" --json)
check "consents exit" 0 $?
check "history: grant then withdraw" "True False" "$(printf '%s' "$h" | py 'print(*[x["granted"] for x in d["history"]])')"
check "in force: withdrawn" "False" "$(printf '%s' "$h" | py 'print(d["current"][0]["granted"])')"
as_owner privacy consents --customer "$bambang" | grep -q withdraw; check "plain history names the withdrawal" 0 $?

# Mailing list: only Sari (Bambang withdrew, Dewi never consented, Tanpa Surel has no e-mail).
ml=$(as_owner privacy mailing-list --purpose marketing_email --output "$tmp/list.csv" --json)
check "mailing-list exit" 0 $?
check "mailing-list counts" "1 1 1 1 3" \
  "$(printf '%s' "$ml" | py 'l=d["left_out"]; print(d["included"], l["withdrawn"], l["no_consent"], l["no_address"], l["total"])')"
grep -q sari.w@example.org "$tmp/list.csv"; check "Sari on the list" 0 $?
grep -q bambang "$tmp/list.csv"; check "Bambang (withdrawn) not on the list" 1 $?
as_owner privacy mailing-list --purpose profiling --output "$tmp/p.csv" >/dev/null 2>&1
check "mailing-list for profiling exits 2" 2 $?

# Subject-access export.
out=$(as_owner privacy export --customer "$sari" --output "$tmp/sari.zip" --json)
check "export exit" 0 $?
check "export reports the consents" 1 "$(printf '%s' "$out" | py 'print(d["counts"]["consents"])')"
python3 - "$tmp/sari.zip" "$sari" "$bambang" >"$tmp/zip.txt" 2>&1 <<'PY'
import json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = set(z.namelist())
need = {"person.json", "summary.html", "customer.csv", "contact_points.csv", "consents.csv", "audit_entries.csv"}
print("files", need <= names)
p = json.loads(z.read("person.json"))
print("id", p["customer"]["id"] == sys.argv[2])
print("contacts", len(p["contact_points"]))
print("other", any(s in z.read(n).decode() for n in names for s in (sys.argv[3], "Bambang", "bambang.p@")))
print("html", "Sari Wulandari" in z.read("summary.html").decode())
PY
check "zip holds the parts" "files True" "$(grep '^files' "$tmp/zip.txt")"
check "person.json is Sari's" "id True" "$(grep '^id' "$tmp/zip.txt")"
check "both contact points" "contacts 2" "$(grep '^contacts' "$tmp/zip.txt")"
check "nothing of Bambang" "other False" "$(grep '^other' "$tmp/zip.txt")"
check "summary names her" "html True" "$(grep '^html' "$tmp/zip.txt")"
as_owner privacy export --customer "$sari" >/dev/null 2>&1
check "export without --output exits 2" 2 $?

# A sales rep may not export; nothing is written.
printf '%s\n%s\n' "$pw" 'budi punya sandi 77' | "$cli" --workspace "$ws" --password-stdin user add --name Budi \
  --email budi@x.id --role sales >/dev/null 2>&1
printf '%s\n' 'budi punya sandi 77' | "$cli" --workspace "$ws" --user budi@x.id --password-stdin \
  privacy export --customer "$sari" --output "$tmp/budi.zip" >/dev/null 2>&1
check "sales rep export denied" 8 $?
[ -e "$tmp/budi.zip" ]; check "no file for the denied export" 1 $?
as_owner audit verify >/dev/null 2>&1
check "audit chain intact" 0 $?

# Usage analytics: nothing before opt-in, recorded after, gone after usage delete (the signed-in user's only).
as_budi() { printf '%s\n' 'budi punya sandi 77' | "$cli" --workspace "$ws" --user budi@x.id --password-stdin "$@"; }
check "not recorded before opt-in" False "$(as_owner usage record --screen customers --json | py 'print(d["recorded"])')"
check "no events before opt-in" "False 0" "$(as_owner usage show --json | py 'print(d["opted_in"], len(d["events"]))')"
as_owner usage opt-in >/dev/null 2>&1; check "opt-in exit" 0 $?
check "recorded after opt-in" True "$(as_owner usage record --screen customers --duration-ms 4200 --json | py 'print(d["recorded"])')"
as_owner usage record --action customer.save >/dev/null 2>&1
as_budi usage opt-in >/dev/null 2>&1
as_budi usage record --action task.done >/dev/null 2>&1
check "two events shown" "True 2" "$(as_owner usage show --json | py 'print(d["opted_in"], len(d["events"]))')"
as_owner usage record --action "Opened Sari" >/dev/null 2>&1
check "a name that is not an identifier is refused" 1 $?
check "usage delete counts" 2 "$(as_owner usage delete --json | py 'print(d["deleted"])')"
check "no events after usage delete" 0 "$(as_owner usage show --json | py 'print(len(d["events"]))')"
check "the other user's events stay" 1 "$(as_budi usage show --json | py 'print(len(d["events"]))')"
check "device show has this device" True \
  "$(as_owner device show --json | py 'print(d["this_device"]["id"] != "" and len(d["devices"]) == 1)')"
as_owner audit verify >/dev/null 2>&1
check "audit chain intact after usage delete" 0 $?

# A user's own data and the whole workspace.
out=$(as_budi privacy export --self --output "$tmp/budi-self.zip" --json)
check "export --self exit (sales rep)" 0 $?
check "self export holds budi's usage event" 1 "$(printf '%s' "$out" | py 'print(d["counts"]["usage_events"])')"
as_budi privacy export --all --output "$tmp/budi-all.zip" >/dev/null 2>&1
check "export --all by a sales rep is denied" 8 $?
out=$(as_owner privacy export --all --output "$tmp/all.zip" --json)
check "export --all exit (owner)" 0 $?
python3 - "$tmp/all.zip" >"$tmp/all.txt" 2>&1 <<'PY'
import json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
m = json.loads(z.read("manifest.json"))
print("customers", [t["rows"] for t in m["tables"] if t["name"] == "customers"][0])
print("sari", "Sari Wulandari" in z.read("tables/customers.csv").decode())
PY
check "workspace export counts the customers" "customers 4" "$(grep '^customers' "$tmp/all.txt")"
check "workspace export holds the rows" "sari True" "$(grep '^sari' "$tmp/all.txt")"
as_owner privacy export --self --all --output "$tmp/x.zip" >/dev/null 2>&1
check "--self with --all exits 2" 2 $?

finish privacy_export_cli
