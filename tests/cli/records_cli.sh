#!/usr/bin/env bash
# relasi-cli's log, deal and task commands against the domain-core contract: ids and --json shapes (checked
# with python3), newest-first logs, amounts parsed exactly ("Rp 1.250.000", "1250000", "1,250,000.50") and
# listed as integer minor units, stage moves (lost needs a reason), due buckets, exit codes (2 bad input,
# 1 unknown id, 8 denied for a viewer and for a sales rep on another's customer), and failed sign-ins
# audited at the next sign-in (sign_in_failed in `audit list --json`, side file gone, no e-mail in it).
# Usage: records_cli.sh PATH/TO/relasi-cli
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
pw='nasi goreng kampung 2026'
rep_pw='budi punya sandi 77'
viewer_pw='vina hanya melihat 55'
as_rep() { printf '%s\n' "$rep_pw" | "$cli" --workspace "$ws" --user budi@x.id --password-stdin "$@"; }
as_viewer() { printf '%s\n' "$viewer_pw" | "$cli" --workspace "$ws" --user vina@x.id --password-stdin "$@"; }

init_workspace
printf '%s\n%s\n' "$pw" "$rep_pw" | "$cli" --workspace "$ws" --password-stdin user add --name Budi --email budi@x.id \
  --role sales >/dev/null 2>&1
check "user add (sales)" 0 $?
printf '%s\n%s\n' "$pw" "$viewer_pw" | "$cli" --workspace "$ws" --password-stdin user add --name Vina --email vina@x.id \
  --role viewer >/dev/null 2>&1
check "user add (viewer)" 0 $?
cust=$(as_owner customer add --name "Sari Wulandari" --json | py 'print(d["id"])')
rep_cust=$(as_rep customer add --name "Pelanggan Budi" --json | py 'print(d["id"])')
[ -n "$cust" ] && [ -n "$rep_cust" ]; check "customers for the owner and the rep" 0 $?

# ---- log
out=$(as_owner log add --customer "$cust" --channel call --direction out --subject "Tawar harga" --body "Minta diskon" \
      --when 2026-03-01T10:00:00+07:00 --duration 300 --outcome "Kirim penawaran" --json)
check "log add exit" 0 $?
log1=$(printf '%s' "$out" | py 'print(d["id"] if list(d) == ["id"] else "")')
[ -n "$log1" ]; check "log add --json is {\"id\":…}" 0 $?
log2=$(as_owner log add --customer "$cust" --channel whatsapp --direction in --subject "Balasan" --when 2026-03-02T08:00:00Z)
check "log add without --json prints a bare id" True "$(python3 -c "import re,sys; print(bool(re.fullmatch(r'[0-9a-f-]{36}', sys.argv[1])))" "$log2")"
as_owner log add --customer "$cust" --channel note --body "Catatan lama" --when 2025-12-31 >/dev/null
list=$(as_owner log list --customer "$cust" --json)
check "log list exit" 0 $?
check "log list: array of objects with the contract's keys" True "$(printf '%s' "$list" | py '
keys={"id","customer_id","channel","direction","occurred_at","duration_s","subject","body","outcome","user_id"}
print(isinstance(d, list) and len(d) == 3 and all(keys <= set(e) for e in d))')"
check "log list: newest first" "$log2 $log1" "$(printf '%s' "$list" | py 'print(d[0]["id"], d[1]["id"])')"
check "log list: occurred_at in UTC" "2026-03-01T03:00:00.000Z" "$(printf '%s' "$list" | py 'print(d[1]["occurred_at"])')"
check "log list: fields as given" "call out 300 Tawar harga|Minta diskon|Kirim penawaran" \
  "$(printf '%s' "$list" | py 'e=d[1]; print(e["channel"], e["direction"], e["duration_s"], e["subject"] + "|" + e["body"] + "|" + e["outcome"])')"
check "log list: customer and user ids" True "$(printf '%s' "$list" | py "print(all(e['customer_id'] == '$cust' and len(e['user_id']) > 0 for e in d))")"
check "log list --limit 1" 1 "$(as_owner log list --customer "$cust" --limit 1 --json | py 'print(len(d))')"
check "log add: unknown channel is a usage error" 2 "$(code as_owner log add --customer "$cust" --channel fax)"
check "log add: malformed --when is a usage error" 2 "$(code as_owner log add --customer "$cust" --channel call --when kemarin)"
check "log add: --customer is required" 2 "$(code as_owner log add --channel call)"
check "log add: unknown customer" 1 "$(code as_owner log add --customer 01a00000-0000-7000-8000-000000000000 --channel call)"
check "log add: a card number in the body is refused" 1 \
  "$(code as_owner log add --customer "$cust" --channel note --body "kartu 4111 1111 1111 1111")"
check "log list: unknown customer" 1 "$(code as_owner log list --customer 01a00000-0000-7000-8000-000000000000)"
check "log list: malformed --limit" 2 "$(code as_owner log list --customer "$cust" --limit many)"
check "log add by a viewer is denied" 8 "$(code as_viewer log add --customer "$cust" --channel call)"
check "log add by a rep on another's customer is denied" 8 "$(code as_rep log add --customer "$cust" --channel call)"
check "log list by a rep on another's customer is denied" 8 "$(code as_rep log list --customer "$cust" --json)"
check "log add by a rep on their own customer" 0 "$(code as_rep log add --customer "$rep_cust" --channel visit)"
check "log list by a viewer" 3 "$(as_viewer log list --customer "$cust" --json | py 'print(len(d))')"

# ---- deal
d1=$(as_owner deal add --customer "$cust" --title "Kopi 50 kg" --amount "Rp 1.250.000" --json | py 'print(d["id"])')
d2=$(as_owner deal add --customer "$cust" --title "Teh" --amount 1250000 --stage proposal --expected-close 2026-06-30 \
     --probability 60)
d3=$(as_owner deal add --customer "$cust" --title "Gula" --amount "1,250,000.50" --owner budi@x.id --json | py 'print(d["id"])')
[ -n "$d1" ] && [ -n "$d2" ] && [ -n "$d3" ]; check "deal add (three amount spellings)" 0 $?
deals=$(as_owner deal list --json)
check "deal list exit" 0 $?
amount() { printf '%s' "$deals" | py "print([(e['amount_minor'], e['currency'], e['amount']) for e in d if e['id'] == '$1'][0])"; }
check "Rp 1.250.000 is 125000000 sen" "(125000000, 'IDR', 'Rp 1.250.000')" "$(amount "$d1")"
check "1250000 is the same amount" "(125000000, 'IDR', 'Rp 1.250.000')" "$(amount "$d2")"
check "1,250,000.50 keeps its sen" "(125000050, 'IDR', 'Rp 1.250.000,50')" "$(amount "$d3")"
check "amount_minor is a JSON integer" True "$(printf '%s' "$deals" | py 'print(all(type(e["amount_minor"]) is int for e in d))')"
check "deal list: contract keys" True "$(printf '%s' "$deals" | py '
keys={"id","customer_id","title","stage","amount_minor","currency","amount","expected_close","probability","owner_id"}
print(len(d) == 3 and all(keys <= set(e) for e in d))')"
check "deal fields as given" "proposal 60 2026-06-30T00:00:00.000Z" \
  "$(printf '%s' "$deals" | py "e=[e for e in d if e['id'] == '$d2'][0]; print(e['stage'], e['probability'], e['expected_close'])")"
check "USD amount in dollars and cents" 1999 "$(as_owner deal list --json --customer "$cust" | py 'print(0)' >/dev/null;
  as_owner deal add --customer "$cust" --title "Lisensi" --amount '$19.99' --currency USD --json >/dev/null;
  as_owner deal list --json | py 'print([e["amount_minor"] for e in d if e["currency"] == "USD"][0])')"
check "deal add: malformed amount is a usage error" 2 "$(code as_owner deal add --customer "$cust" --title X --amount "1.25.0")"
check "deal add: amount with text is a usage error" 2 "$(code as_owner deal add --customer "$cust" --title X --amount "sejuta")"
check "deal add: unknown stage" 2 "$(code as_owner deal add --customer "$cust" --title X --amount 1 --stage maybe)"
check "deal add: probability over 100" 2 "$(code as_owner deal add --customer "$cust" --title X --amount 1 --probability 120)"
check "deal add: lost needs --reason" 2 "$(code as_owner deal add --customer "$cust" --title X --amount 1 --stage lost)"
check "deal add: unknown customer" 1 "$(code as_owner deal add --customer 01a00000-0000-7000-8000-000000000000 --title X --amount 1)"
check "deal add: unknown owner" 1 "$(code as_owner deal add --customer "$cust" --title X --amount 1 --owner nobody@x.id)"
check "deal add by a viewer is denied" 8 "$(code as_viewer deal add --customer "$cust" --title X --amount 1)"
check "deal add by a rep on another's customer is denied" 8 "$(code as_rep deal add --customer "$cust" --title X --amount 1)"
check "deal add by a rep for someone else is denied" 8 \
  "$(code as_rep deal add --customer "$rep_cust" --title X --amount 1 --owner owner@tokomaju.co.id)"
check "deal list --owner" "$d3" "$(as_owner deal list --owner budi@x.id --json | py 'print(" ".join(e["id"] for e in d))')"
check "deal list --stage" "$d2" "$(as_owner deal list --stage proposal --json | py 'print(" ".join(e["id"] for e in d))')"
check "deal list --customer (another customer: none)" 0 "$(as_owner deal list --customer "$rep_cust" --json | py 'print(len(d))')"
check "deal move to lost needs --reason" 2 "$(code as_owner deal move "$d1" --stage lost)"
check "deal move to lost" 0 "$(code as_owner deal move "$d1" --stage lost --reason "Harga terlalu tinggi")"
check "lost deal: stage, reason and closed_at" "lost|Harga terlalu tinggi|True" \
  "$(as_owner deal list --json | py "e=[e for e in d if e['id'] == '$d1'][0]; print(e['stage'] + '|' + e['lost_reason'] + '|' + str(bool(e['closed_at'])))")"
check "deal move to won" 0 "$(code as_owner deal move "$d2" --stage won)"
check "deal list --stage won" "$d2" "$(as_owner deal list --stage won --json | py 'print(" ".join(e["id"] for e in d))')"
check "deal move: unknown stage" 2 "$(code as_owner deal move "$d2" --stage later)"
check "deal move: unknown deal" 1 "$(code as_owner deal move 01a00000-0000-7000-8000-000000000000 --stage won)"
check "deal move by a viewer is denied" 8 "$(code as_viewer deal move "$d2" --stage lead)"
check "deal move by a rep on another's customer is denied" 8 "$(code as_rep deal move "$d2" --stage lead)"
check "a rep lists no deals of another's customer" 0 "$(as_rep deal list --json | py 'print(len(d))')"

# ---- task
t1=$(as_owner task add --title "Telepon balik" --customer "$cust" --due 2020-01-01T09:00:00Z --json | py 'print(d["id"])')
t2=$(as_owner task add --title "Kirim katalog" --due 2099-01-01T09:00:00+07:00)
now_due=$(date -u -d '+30 minutes' +%Y-%m-%dT%H:%M:%SZ)
t3=$(as_owner task add --title "Hari ini" --due "$now_due" --json | py 'print(d["id"])')
[ -n "$t1" ] && [ -n "$t2" ]; check "task add" 0 $?
tasks=$(as_owner task list --json)
check "task list exit" 0 $?
check "task list: contract keys" True "$(printf '%s' "$tasks" | py '
keys={"id","title","customer_id","due_at","assignee_id","assignee_email","done","bucket"}
print(isinstance(d, list) and all(keys <= set(e) for e in d))')"
check "task list --due overdue" "$t1" "$(as_owner task list --due overdue --json | py 'print(" ".join(e["id"] for e in d))')"
check "task list --due upcoming" "$t2" "$(as_owner task list --due upcoming --json | py 'print(" ".join(e["id"] for e in d))')"
if [ "$(date +%Y-%m-%d)" = "$(date -d '+30 minutes' +%Y-%m-%d)" ]; then
  check "task list --due today" "$t3" "$(as_owner task list --due today --json | py 'print(" ".join(e["id"] for e in d))')"
else
  echo "SKIPPED: task list --due today (midnight is less than 30 minutes away)"
fi
check "task list: by due date" "$t1 $t2" "$(printf '%s' "$tasks" | py 'print(d[0]["id"], d[-1]["id"])')"
check "task list: due_at in UTC" "2099-01-01T02:00:00.000Z" \
  "$(printf '%s' "$tasks" | py "print([e['due_at'] for e in d if e['id'] == '$t2'][0])")"
check "task done" 0 "$(code as_owner task done "$t1")"
check "a done task leaves the list" False "$(as_owner task list --json | py "print('$t1' in [e['id'] for e in d])")"
check "task done: unknown task" 1 "$(code as_owner task done 01a00000-0000-7000-8000-000000000000)"
check "task add: --title is required" 2 "$(code as_owner task add --customer "$cust")"
check "task add: malformed --due" 2 "$(code as_owner task add --title X --due besok)"
check "task list: unknown --due bucket" 2 "$(code as_owner task list --due soon)"
check "task add: unknown customer" 1 "$(code as_owner task add --title X --customer 01a00000-0000-7000-8000-000000000000)"
check "task add --assignee (owner assigns the rep)" 0 "$(code as_owner task add --title "Untuk Budi" --assignee budi@x.id --due 2099-02-01)"
check "the rep sees the task assigned to them" "Untuk Budi" "$(as_rep task list --json | py 'print(" ".join(e["title"] for e in d))')"
check "task list --assignee as the owner" "budi@x.id" "$(as_owner task list --assignee budi@x.id --json | py 'print(d[0]["assignee_email"])')"
check "task add by a viewer is denied" 8 "$(code as_viewer task add --title X --customer "$cust")"
check "task add by a rep on another's customer is denied" 8 "$(code as_rep task add --title X --customer "$cust")"
check "a rep assigning to someone else is denied" 8 "$(code as_rep task add --title X --assignee owner@tokomaju.co.id)"
check "a rep listing another's tasks is denied" 8 "$(code as_rep task list --assignee owner@tokomaju.co.id)"
check "task done by a rep on another's task is denied" 8 "$(code as_rep task done "$t2")"
# notes, and the lists beyond the default (open, dated): --all adds undated ones, --done the done ones.
t4=$(as_owner task add --title "Tanpa tanggal" --notes "Bawa brosur; tanya cabang Medan" --json | py 'print(d["id"])')
[ -n "$t4" ]; check "task add --notes" 0 $?
check "task list: notes shown, empty when none" "True" \
  "$(as_owner task list --json | py 'print(all(e["notes"] == "" for e in d))')"
check "task list leaves undated tasks out" False "$(as_owner task list --json | py "print('$t4' in [e['id'] for e in d])")"
check "task list --all: the undated task with its notes" "undated|Bawa brosur; tanya cabang Medan" \
  "$(as_owner task list --all --json | py "print(*[e['bucket'] + '|' + e['notes'] for e in d if e['id'] == '$t4'])")"
check "task list --done: the done ones only" "$t1 done" \
  "$(as_owner task list --done --json | py 'print(" ".join(e["id"] + " " + e["bucket"] for e in d))')"
check "task list --all --done: open by due date, undated, then done" "$t3 $t2 $t4 $t1" \
  "$(as_owner task list --all --done --json | py 'print(" ".join(e["id"] for e in d))')"
as_owner task list --all | grep -q "^undated  -  *  Tanpa tanggal  owner@tokomaju.co.id  $t4\$"
check "task list --all (text): an undated line" 0 $?
check "task list: --due with --all is a usage error" 2 "$(code as_owner task list --due overdue --all)"
check "task add: a card number in --notes is refused" 1 \
  "$(code as_owner task add --title Bayar --notes 'kartu 4111 1111 1111 1111')"

# ---- failed sign-ins are audited at the next sign-in
side="$ws/relasi.signin-failures"
printf 'salah sandi\n' | "$cli" --workspace "$ws" --password-stdin customer list >/dev/null 2>&1
check "wrong password exit" 3 $?
printf 'salah juga\n' | "$cli" --workspace "$ws" --user budi@x.id --password-stdin task list >/dev/null 2>&1
check "wrong password of another user" 3 $?
[ -f "$side" ]; check "failed attempts wait in the side file" 0 $?
check "the side file holds no e-mail or password" 0 \
  "$(grep -c -i -e '@' -e budi -e owner -e salah "$side" 2>/dev/null || true)"
check "two attempts recorded" 2 "$(py 'print(len(d["attempts"]))' <"$side")"
failed=$(as_owner audit list --action sign_in_failed --json)
check "next sign-in: audit list exit" 0 $?
check "audit list shows each sign_in_failed via cli" "2 cli" \
  "$(printf '%s' "$failed" | py 'print(len(d), " ".join(sorted(set(e["details"]["via"] for e in d))))')"
check "sign_in_failed entries carry the time and a count, no user" True "$(printf '%s' "$failed" | py '
print(all(e["details"]["count"] == 1 and e["details"]["attempted_at"].endswith("Z") and e["user_id"] == "" for e in d))')"
[ ! -e "$side" ]; check "side file cleared after auditing" 0 $?
check "no second audit of the same attempts" 2 "$(as_owner audit list --action sign_in_failed --json | py 'print(len(d))')"
check "audit chain intact" 0 "$(code as_owner audit verify)"

# ---- user role / disable (by e-mail in any case, or by id)
dina=$(printf '%s\n%s\n' "$pw" 'dina punya sandi 88' | "$cli" --workspace "$ws" --password-stdin user add --name Dina \
  --email dina@x.id --role sales 2>/dev/null)
[ -n "$dina" ]; check "user add prints the new id" 0 $?
check "user role by e-mail" 0 "$(code as_owner user role DINA@x.id --role manager)"
check "user role: unknown e-mail" 1 "$(code as_owner user role nobody@x.id --role viewer)"
check "user role by a sales rep is denied" 8 "$(code as_rep user role "$dina" --role owner)"
check "user disable by id" 0 "$(code as_owner user disable "$dina")"
check "user list: role and active" "manager False" \
  "$(as_owner user list --json | py "print(*[u['role'] + ' ' + str(u['active']) for u in d if u['id'] == '$dina'])")"

finish
