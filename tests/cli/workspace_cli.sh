#!/usr/bin/env bash
# relasi-cli's workspace commands against their contract (exit codes, --json), and interoperability with
# Debian's sqlcipher shell: unreadable without the key, readable with the exported raw key.
# Usage: workspace_cli.sh PATH/TO/relasi-cli
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
pw='kopi tubruk pagi hari 2026'
marker='MARKER-Zk41-Pelanggan'

out=$(printf '%s\n' "$pw" | "$cli" --workspace "$ws" --password-stdin init --owner-name "$marker Owner" \
      --owner-email owner@tokomaju.co.id --business-name "Toko Maju" --json 2>"$tmp/init.err")
check "init exit" 0 $?
code=$(printf '%s' "$out" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["recovery_code"])' 2>/dev/null)
wsid=$(printf '%s' "$out" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["workspace_id"])' 2>/dev/null)
[ -n "$code" ] && [ -n "$wsid" ]; check "init json has workspace_id and recovery_code" 0 $?

printf 'password123\n' | "$cli" --workspace "$tmp/weak" --password-stdin init --owner-name W --owner-email w@x.id >/dev/null 2>&1
check "a weak password is refused" 2 $?
[ ! -e "$tmp/weak/relasi.db" ]; check "nothing written for a refused init" 0 $?
printf '%s\n' "$pw" | "$cli" --workspace "$ws" --password-stdin unlock >/dev/null 2>&1; check "unlock ok" 0 $?
printf 'wrong\n' | "$cli" --workspace "$ws" --password-stdin unlock >/dev/null 2>&1; check "wrong password" 3 $?
"$cli" --workspace "$ws" unlock </dev/null >/dev/null 2>&1; check "no terminal and no --password-stdin" 2 $?
"$cli" --workspace "$ws" frobnicate >/dev/null 2>&1; check "unknown command" 2 $?

info=$(printf '%s\n' "$pw" | "$cli" --workspace "$ws" --password-stdin info --json)
check "info exit" 0 $?
page=$(printf '%s' "$info" | python3 -c 'import json,sys; print(json.load(sys.stdin)["cipher_page_size"])' 2>/dev/null)
check "cipher page size" 4096 "$page"
slots=$(printf '%s' "$info" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["key_slots"]))' 2>/dev/null)
check "two key slots" 2 "$slots"

printf '%s\n' "$pw" | "$cli" --workspace "$ws" --password-stdin verify >/dev/null 2>&1; check "verify ok" 0 $?

# On-disk bytes: not SQLite's plain header, no marker anywhere.
head -c 15 "$ws/relasi.db" | grep -q 'SQLite format 3'; check "db header is not plain SQLite" 1 $?
grep -c "$marker" "$ws/relasi.db" "$ws/relasi.vault" >/dev/null 2>&1; check "marker not on disk" 1 $?

# The real sqlcipher shell: no key, no data.
if command -v sqlcipher >/dev/null; then
  if sqlcipher "$ws/relasi.db" 'SELECT count(*) FROM sqlite_master;' >/dev/null 2>&1; then nokey=readable; else nokey=refused; fi
  check "sqlcipher without key cannot read" refused "$nokey"
  key=$(printf '%s\n' "$pw" | "$cli" --workspace "$ws" --password-stdin key export 2>/dev/null)
  if printf '%s' "$key" | grep -Eq '^[0-9a-f]{64}$'; then keyform=hex64; else keyform="$key"; fi
  check "key export prints 64 hex digits" hex64 "$keyform"
  name=$(printf "PRAGMA key = \"x'%s'\";\nPRAGMA cipher_page_size = 4096;\nSELECT name FROM users;\n" "$key" | sqlcipher "$ws/relasi.db" 2>&1 | tail -1)
  check "sqlcipher with the exported key reads the data" "$marker Owner" "$name"
  # A newer schema version is refused with exit 6 and left untouched.
  cp -r "$ws" "$tmp/newer"
  printf "PRAGMA key = \"x'%s'\";\nPRAGMA cipher_page_size = 4096;\nPRAGMA user_version = 999;\n" "$key" | sqlcipher "$tmp/newer/relasi.db" >/dev/null 2>&1
  printf '%s\n' "$pw" | "$cli" --workspace "$tmp/newer" --password-stdin unlock >/dev/null 2>&1; check "newer version" 6 $?
else
  echo "SKIPPED: sqlcipher shell not installed"
fi

# passwd: current then new; the old one stops working, the recovery code keeps working.
printf '%s\n%s\n' "$pw" 'es teh manis dingin 77' | "$cli" --workspace "$ws" --password-stdin passwd >/dev/null 2>&1; check "passwd" 0 $?
printf '%s\n' "$pw" | "$cli" --workspace "$ws" --password-stdin unlock >/dev/null 2>&1; check "old password refused" 3 $?
printf '%s\n' 'es teh manis dingin 77' | "$cli" --workspace "$ws" --password-stdin unlock >/dev/null 2>&1; check "new password" 0 $?
printf '%s\n%s\n' "$code" 'pulih lagi sekarang 55' | "$cli" --workspace "$ws" --password-stdin recover >/dev/null 2>&1; check "recover" 0 $?
printf '%s\n%s\n' "WRONG-CODE" 'x y z w v u t s' | "$cli" --workspace "$ws" --password-stdin recover >/dev/null 2>&1; check "wrong recovery code" 3 $?
printf '%s\n' 'pulih lagi sekarang 55' | "$cli" --workspace "$ws" --password-stdin unlock >/dev/null 2>&1; check "recovered password" 0 $?

# Vault and database damage.
cp -r "$ws" "$tmp/novault"; rm "$tmp/novault/relasi.vault"
printf '%s\n' 'pulih lagi sekarang 55' | "$cli" --workspace "$tmp/novault" --password-stdin unlock >/dev/null 2>&1; check "vault missing" 4 $?
cp -r "$ws" "$tmp/badvault"; head -c 50 "$ws/relasi.vault" > "$tmp/badvault/relasi.vault"
printf '%s\n' 'pulih lagi sekarang 55' | "$cli" --workspace "$tmp/badvault" --password-stdin unlock >/dev/null 2>&1; check "vault truncated" 4 $?
cp -r "$ws" "$tmp/baddb"
printf '\xff\xff\xff\xff' | dd of="$tmp/baddb/relasi.db" bs=1 seek=2000 conv=notrunc status=none
printf '%s\n' 'pulih lagi sekarang 55' | "$cli" --workspace "$tmp/baddb" --password-stdin verify >/dev/null 2>&1; check "tampered page" 5 $?

finish
