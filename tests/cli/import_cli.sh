#!/usr/bin/env bash
# relasi-cli import/export against the issue's contract: import FILE --json prints created/updated/skipped/
# rejected/rejected_report/import_id; a dry run writes nothing; vCard files import; import undo removes what
# an import created; export --entity customers|logs|deals|tasks --format csv|vcard|xlsx with CRLF, encodings,
# delimiters and the formula guard; logs re-import by customer e-mail (a profile with "entity": "logs").
# Usage: import_cli.sh PATH/TO/relasi-cli
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
pw='sate ayam madura 2026'

init_workspace

printf 'Nama,Surel,No HP,Catatan\r\nAni,ani@contoh.id,0812-3456-7890,"=HYPERLINK(""x"")"\r\nBadu,badu@@contoh,,\r\nCici,cici@contoh.id,,\r\n' > "$tmp/a.csv"
dry=$(as_owner import "$tmp/a.csv" --dry-run --json)
check "dry run exit" 0 $?
check "dry run counts" "2 1 None" "$(printf '%s' "$dry" | py 'print(d["created"], d["rejected"], d["import_id"])')"

out=$(as_owner import "$tmp/a.csv" --json)
check "import exit" 0 $?
check "import keys" "created,import_id,rejected,rejected_report,skipped,updated" \
  "$(printf '%s' "$out" | py 'print(",".join(sorted(d.keys())))')"
check "import counts" "2 0 0 1" "$(printf '%s' "$out" | py 'print(d["created"], d["updated"], d["skipped"], d["rejected"])')"
report=$(printf '%s' "$out" | py 'print(d["rejected_report"])')
check "rejected report written" 1 "$(grep -c 'badu@@contoh' "$report" 2>/dev/null)"
import_id=$(printf '%s' "$out" | py 'print(d["import_id"])')

again=$(as_owner import "$tmp/a.csv" --json)
check "re-import skips" "0 2" "$(printf '%s' "$again" | py 'print(d["created"], d["skipped"])')"

printf 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dewi Lestari\r\nN:Lestari;Dewi;;;\r\nEMAIL:dewi@contoh.id\r\nTEL;TYPE=cell:+62 813 1111 2222\r\nADR;TYPE=home:;;Jl. Braga 5;Bandung;;40111;ID\r\nEND:VCARD\r\n' > "$tmp/d.vcf"
vc=$(as_owner import "$tmp/d.vcf" --json)
check "vcard import" 1 "$(printf '%s' "$vc" | py 'print(d["created"])')"

# A customer by hand, then logs for it and for Ani, imported by e-mail.
printf '{"entity": "logs"}' > "$tmp/logs-profile.json"
printf 'occurred_at,customer_email,channel,subject\n2026-01-05T10:00:00Z,ani@contoh.id,call,Penawaran\n2026-01-06,dewi@contoh.id,visit,Kunjungan\n2026-01-07,nobody@contoh.id,call,x\n' > "$tmp/logs.csv"
lg=$(as_owner import "$tmp/logs.csv" --profile "$tmp/logs-profile.json" --json)
check "logs import exit" 0 $?
check "logs import counts" "2 1" "$(printf '%s' "$lg" | py 'print(d["created"], d["rejected"])')"

for entity in customers logs deals tasks; do
  as_owner export --entity "$entity" --format csv --output "$tmp/$entity.csv" --json > "$tmp/$entity.json"
  check "export $entity exit" 0 $?
done
check "customers exported" 3 "$(py 'print(d["exported"])' < "$tmp/customers.json")"
check "logs exported" 2 "$(py 'print(d["exported"])' < "$tmp/logs.json")"
check "export is CRLF" 4 "$(grep -c $'\r$' "$tmp/customers.csv")"
check "formula guard" 1 "$(grep -c "'=HYPERLINK" "$tmp/customers.csv")"
as_owner export --entity customers --output "$tmp/raw.csv" --no-formula-guard --delimiter semicolon --encoding utf-8-bom >/dev/null
check "no guard, semicolon, BOM" "1 1" "$(grep -c $'^\xef\xbb\xbfname;' "$tmp/raw.csv") $(grep -c ';"=HYPERLINK' "$tmp/raw.csv")"
as_owner export --entity customers --format vcard --output "$tmp/c.vcf" >/dev/null
check "vcard export" 3 "$(grep -c '^BEGIN:VCARD' "$tmp/c.vcf")"
as_owner export --entity deals --format xlsx --output "$tmp/d.xlsx" >/dev/null
check "xlsx export" "PK" "$(head -c 2 "$tmp/d.xlsx")"
as_owner export --entity logs --format vcard --output "$tmp/x.vcf" >/dev/null 2>&1
check "vcard of logs is a usage error" 2 $?
check "audit has the exports" True "$(as_owner audit list --action export --json | py 'print(len(d) >= 7)')"

und=$(as_owner import undo "$import_id" --json)
check "undo exit" 0 $?
check "undo removed" 2 "$(printf '%s' "$und" | py 'print(d["removed"])')"
as_owner import undo "$import_id" >/dev/null 2>&1
check "second undo fails" 1 "$([ $? -ne 0 ] && echo 1 || echo 0)"

finish
