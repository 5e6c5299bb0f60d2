#!/usr/bin/env bash
# Runs the Python example of docs/json-schema.md, as a partner developer would, against a
# valid partner (as saved, and with a byte order mark) and an invalid one
# (test/json-schema/fixtures/). Fails if a valid partner is rejected, if the invalid one
# passes, if a problem of the invalid one goes unreported, if a message quotes a regular
# expression instead of the schema's words, or if the output differs from the one the guide
# shows (its first ```text block after the example).
#
# Needs a python3 with the jsonschema package: Debian's `apt-get install python3-jsonschema`
# (for /usr/bin/python3) or `pip install jsonschema`.
set -euo pipefail
cd "$(dirname "$0")/.."

doc=docs/json-schema.md
valid=test/json-schema/fixtures/partner.valid.json
invalid=test/json-schema/fixtures/partner.invalid.json
# Where the invalid partner is wrong: each must be reported.
expected_paths=('$' '$.id' '$.country' '$.website' '$.fields[0]' '$.languages' '$.contacts[0].email' '$.joinedOn')

# Debian's python first: the python3 on PATH may be another one (pyenv) without the package.
python=''
for candidate in /usr/bin/python3 python3; do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import jsonschema' 2>/dev/null; then
    python=$candidate
    break
  fi
done
if [[ -z $python ]]; then
  echo 'no python3 with jsonschema: apt-get install python3-jsonschema (or pip install jsonschema)' >&2
  exit 2
fi

example=$(mktemp --suffix=.py)
with_bom=$(mktemp --suffix=.json)
trap 'rm -f "$example" "$with_bom"' EXIT
# The first ```python block of the guide.
awk '/^```python$/ { inside = 1; next } inside && /^```$/ { exit } inside { print }' "$doc" >"$example"
if [[ ! -s $example ]]; then
  echo "no \`\`\`python block in $doc" >&2
  exit 2
fi

version=$("$python" -c 'import importlib.metadata as m; print(m.version("jsonschema"))')
echo "== $python $("$python" -c 'import platform; print(platform.python_version())'), jsonschema $version"

echo "== $valid"
if ! "$python" "$example" "$valid"; then
  echo "FAIL: the example rejects the valid partner" >&2
  exit 1
fi

echo "== $valid, saved with a byte order mark"
printf '\xef\xbb\xbf' >"$with_bom"
cat "$valid" >>"$with_bom"
if ! "$python" "$example" "$with_bom"; then
  echo "FAIL: the example rejects the valid partner saved with a byte order mark" >&2
  exit 1
fi

echo "== $invalid"
status=0
output=$("$python" "$example" "$invalid" 2>&1) || status=$?
echo "$output"
if [[ $status -eq 0 ]]; then
  echo "FAIL: the example accepts the invalid partner" >&2
  exit 1
fi
for path in "${expected_paths[@]}"; do
  if ! grep -qF -- "$path: " <<<"$output"; then
    echo "FAIL: the example does not report $path" >&2
    exit 1
  fi
done
# A pattern's text (`'^…$'`) or jsonschema's "does not match" means a rule without words.
if grep -E "does not match|'\^" <<<"$output"; then
  echo "FAIL: the example quotes a regular expression instead of the schema's description" >&2
  exit 1
fi
shown=$(awk '/^```python$/ { python = 1 } python && /^```text$/ { inside = 1; next } inside && /^```$/ { exit } inside { print }' "$doc")
if [[ $output != "$shown" ]]; then
  echo "FAIL: the output differs from the one $doc shows:" >&2
  diff <(echo "$shown") <(echo "$output") >&2 || true
  exit 1
fi
echo "OK: the valid partner passes (with and without a BOM), the invalid one fails at each of its ${#expected_paths[@]} problems, in the schema's words, as the guide shows"
