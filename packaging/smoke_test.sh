#!/usr/bin/env bash
# Smoke test of a built bundle (default dist/composer), run headless:
#   - `composer --version` matches the version the bundle was built from;
#   - `composer check` and `composer export` on the sample posts shipped in the bundle,
#     and `composer check` on a post with problems (exit 1, findings from the rules);
#   - `composer doctor` finds all three languages' spell engines *in the bundle*: where
#     user namespaces allow it (unshare), the system's Hunspell and Voikko dictionaries
#     and libvoikko are hidden while it runs; otherwise the reported paths are checked;
#   - the desktop app starts offscreen and exits after its first painted window
#     (COMPOSER_EXIT_AFTER_PAINT=1), with no file and with a sample post, and checks a
#     post with problems in its checking process (COMPOSER_EXIT_AFTER_CHECK=1).
# Runs from an empty folder with a minimal environment, so nothing from the source tree
# or the development environment is picked up. Exit status 0 when all pass.
set -euo pipefail
BUNDLE=$(cd "${1:-$(dirname "$0")/../dist/composer}" && pwd)
EXE="$BUNDLE/composer"
DATA="$BUNDLE/_internal"
[ -x "$EXE" ] || { echo "smoke: no executable $EXE (build with packaging/build.sh)"; exit 2; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/config" "$WORK/data" "$WORK/run" "$WORK/runtime"
chmod 700 "$WORK/runtime"
failures=0
pass() { echo "smoke: ok    $*"; }
fail() { echo "smoke: FAIL  $*"; failures=$((failures + 1)); }

# A clean, minimal environment: no Python or Qt variables from the caller.
run() {
  (cd "$WORK/run" && env -i PATH=/usr/bin:/bin HOME="$WORK" LANG=C.UTF-8 \
    XDG_RUNTIME_DIR="$WORK/runtime" QT_QPA_PLATFORM=offscreen \
    COMPOSER_CONFIG_DIR="$WORK/config" COMPOSER_DATA_DIR="$WORK/data" \
    "$@")
}
json() { python3 -c "import json, sys; data = json.load(sys.stdin); $1"; }

# --- version ---------------------------------------------------------------------------
expected=$(cat "$BUNDLE/VERSION" 2>/dev/null || echo "")
version=$(run "$EXE" --version)
if [ -n "$expected" ] && [ "$version" = "composer $expected" ]; then
  pass "version: $version"
else
  fail "version: got '$version', the bundle was built as '$expected'"
fi

# --- command line on the bundled samples ----------------------------------------------
samples=("$DATA"/resources/samples/*.post.json)
[ -e "${samples[0]}" ] || fail "no sample posts in $DATA/resources/samples"
organisations=$(run "$EXE" profiles || true)
for sample in "${samples[@]}"; do
  [ -e "$sample" ] || continue
  name=$(basename "$sample")
  organisation=$(json 'print(data["organisation"])' < "$sample")
  grep -q "$organisation" <<< "$organisations" || fail "profiles: $organisation not listed"
  if out=$(run "$EXE" check --json "$sample"); then
    count=$(json 'print(len(data["findings"]))' <<< "$out")
    pass "check $name: exit 0, $count findings"
  else
    fail "check $name: exit $? ($out)"
  fi
  channel=$(json 'print(data["channels"][0])' < "$sample")
  if out=$(run "$EXE" export "$sample" --channel "$channel" 2>&1) && [ -n "$out" ]; then
    pass "export $name --channel $channel: $(wc -c <<< "$out") bytes"
  else
    fail "export $name --channel $channel: ${out:-no output}"
  fi
done

# A post with problems: a personal identity code, a shouted insult, a misspelt Finnish
# word (Voikko) and a misspelt Swedish one (Hunspell).
cat > "$WORK/run/problems.post.json" <<'EOF'
{
  "organisation": "kokkola",
  "role": "organisation",
  "channels": ["facebook"],
  "versions": {
    "fi": "Asiakkaan henkilötunnus on 131052-308T. Kirjastto on avoinna huomenna.",
    "sv": "Bibloteket är öppet i morgon."
  }
}
EOF
status=0
out=$(run "$EXE" check --json problems.post.json) || status=$?
rules=$(json 'print(" ".join(sorted({f["rule"] + "/" + str(f["language"])
                                      for f in data["findings"]})))' <<< "$out" || true)
if [ "$status" -eq 1 ] && grep -q "personal-data[^ ]*/fi" <<< "$rules" \
  && grep -q "spelling[^ ]*/fi" <<< "$rules" && grep -q "spelling[^ ]*/sv" <<< "$rules"; then
  pass "check on a post with problems: exit 1, rules: $rules"
else
  fail "check on a post with problems: exit $status, rules: ${rules:-none}"
fi

# --- spell engines from the bundle ----------------------------------------------------
doctor=("$EXE" doctor --json)
hidden=""
if unshare -rm true 2>/dev/null; then
  # Hide the system's dictionaries and libvoikko for this run.
  script='set -e
for d in /usr/share/hunspell /usr/share/myspell /usr/lib/voikko /usr/share/voikko \
         /usr/local/lib/voikko; do [ -d "$d" ] && mount -t tmpfs none "$d"; done
for f in /usr/lib/*/libvoikko.so.1* /lib/*/libvoikko.so.1*; do
  [ -f "$f" ] && mount --bind /dev/null "$f"; done
exec "$@"'
  doctor=(unshare -rm sh -c "$script" sh "${doctor[@]}")
  hidden=" (system dictionaries and libvoikko hidden)"
fi
status=0
out=$(run "${doctor[@]}") || status=$?
report=$(json '
ok = data["ok"]
for s in data["spelling"]:
    print(s["language"], s["available"], s["path"], "pyspellchecker" in " ".join(s["notes"]))
' <<< "$out" || true)
if [ "$status" -eq 0 ]; then pass "doctor: everything present$hidden"; else
  fail "doctor: exit $status$hidden: $out"; fi
for language in fi sv en; do
  line=$(grep "^$language " <<< "$report" || true)
  path=$(cut -d' ' -f3 <<< "$line")
  if [[ "$line" == "$language True "* && "$path" == "$DATA/"* ]]; then
    pass "doctor: $language from the bundle: ${path#"$BUNDLE/"}"
  else
    fail "doctor: $language not from the bundle: ${line:-missing}"
  fi
done
grep -q "^en .* True$" <<< "$report" && pass "doctor: pyspellchecker ranks English suggestions" \
  || fail "doctor: pyspellchecker's English data missing"

# --- the desktop app, offscreen -------------------------------------------------------
# COMPOSER_EXIT_AFTER_PAINT=1: exit after the first painted window;
# COMPOSER_EXIT_AFTER_CHECK=1: check the post once in the checking process, then exit.
gui() {
  local label=$1 mode=$2 expect=$3; shift 3
  local status=0 out
  out=$(run "$mode=1" timeout 120 "$EXE" "$@" 2>&1) || status=$?
  # A frozen executable restarted for a helper process must not see its arguments as
  # commands ("invalid choice"), nor may the checking process fail.
  if [ "$status" -eq 0 ] && grep -q "$expect" <<< "$out" \
    && ! grep -qiE "invalid choice|Traceback|error:|checking in a thread" <<< "$out"; then
    pass "app $label: $(grep "$expect" <<< "$out")"
  else
    fail "app $label: exit $status: $(tail -8 <<< "$out")"
  fi
}
gui "starts" COMPOSER_EXIT_AFTER_PAINT "first paint after"
cp "${samples[0]}" "$WORK/run/sample.post.json"
gui "opens a post file" COMPOSER_EXIT_AFTER_PAINT "first paint after" sample.post.json
gui "checks a post in its checking process" COMPOSER_EXIT_AFTER_CHECK \
  "checked: [3-9][0-9]* findings" problems.post.json

# --- the bundle's contents ------------------------------------------------------------
for file in LICENSE THIRD_PARTY_LICENSES.md; do
  [ -s "$BUNDLE/$file" ] && pass "$file next to the executable" || fail "$file missing"
done
for language in fi sv en; do
  [ -s "$DATA/translations/composer_$language.qm" ] || fail "UI translation $language missing"
done
pass "bundle size $(du -sh "$BUNDLE" | cut -f1)"

if [ "$failures" -gt 0 ]; then
  echo "smoke: $failures check(s) failed"
  exit 1
fi
echo "smoke: all checks passed"
