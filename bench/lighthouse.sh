#!/usr/bin/env bash
# Lighthouse 12.2.3 in its default mobile mode (emulated phone, simulated slow 4G and CPU) against Debian's
# /usr/bin/chromium, on the home, a lesson and a quiz page of a running server (`make serve`), signed out.
# Prints the performance, accessibility and best-practices scores and every audit that lost points.
# Goal (issue 10): 100 in each. Reports are kept as JSON in $OUT.
#
#   bash bench/lighthouse.sh                      # BASE=http://127.0.0.1:8200 by default
#   BASE=http://127.0.0.1:8000 bash bench/lighthouse.sh /fi/ /fi/kurssit/
#
# Needs `npm i -E lighthouse@12.2.3` in bench/ once (bench/node_modules, not committed).
set -euo pipefail
cd "$(dirname "$0")"
BASE="${BASE:-http://127.0.0.1:8200}"
OUT="${OUT:-/tmp/kotopaikka-lighthouse}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
LH=node_modules/.bin/lighthouse
[ -x "$LH" ] || npm i -E --no-audit --no-fund lighthouse@12.2.3 >/dev/null
mkdir -p "$OUT"
if [ "$#" -eq 0 ]; then
  set -- /fi/ \
    /fi/kurssit/tyoelaman-pelisaannot/tyosuhde-ja-palkka/tyosopimus/ \
    /fi/kurssit/tyoelaman-pelisaannot/tyosuhde-ja-palkka/tyosuhde-ja-palkka-tehtavat/
fi
status=0
for path in "$@"; do
  name="$(echo "$path" | tr -c 'a-zA-Z0-9\n' '_' | sed 's/^_*//;s/_*$//')"
  report="$OUT/${name:-root}.json"
  "$LH" "$BASE$path" --quiet --output=json --output-path="$report" \
    --only-categories=performance,accessibility,best-practices \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>"$OUT/${name:-root}.log" || {
    echo "$path: lighthouse failed, see $OUT/${name:-root}.log"; status=1; continue; }
  node -e '
    const r = require(process.argv[1]);
    const c = r.categories;
    const s = (k) => Math.round(c[k].score * 100);
    console.log(`${process.argv[2]}  performance ${s("performance")}  accessibility ${s("accessibility")}  best-practices ${s("best-practices")}`);
    const m = r.audits;
    console.log(`    (this machine: Lighthouse benchmarkIndex ${Math.round(r.environment.benchmarkIndex)}; below ~1000 CPU-bound timings get inflated)`);
    for (const k of ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"])
      if (m[k]) process.stdout.write(`    ${k} ${m[k].displayValue}\n`);
    for (const [cat, v] of Object.entries(c))
      for (const ref of v.auditRefs) {
        const a = m[ref.id];
        if (ref.weight > 0 && a.score !== null && a.score < 1)
          console.log(`    flagged (${cat}): ${a.id}: ${a.title}${a.displayValue ? " — " + a.displayValue : ""}`);
      }
    if (["performance", "accessibility", "best-practices"].some((k) => c[k].score < 1)) process.exitCode = 2;
  ' "$report" "$path" || status=1
done
exit $status
