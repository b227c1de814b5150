#!/usr/bin/env bash
# Times the HTML report of some 5,000 statements in headless Chromium (the bundled corpus copied 63 times): how
# long the page takes to open (from navigation to its script done: the whole page parsed, the filters read from the
# address and applied, the page laid out) and how long one filtering takes (hide and show every statement, lay out),
# for no filter, a country and a label, and a search. Median and worst of 5 runs each. Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -f target/reactions.jar ] || mvn -B -q package -DskipTests
chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome) || { echo "needs Chromium" >&2; exit 1; }
work=target/bench-report
rm -rf "$work"
mkdir -p "$work/corpus"
for copy in $(seq -w 1 63); do
  for file in corpus/*.txt; do cp "$file" "$work/corpus/${copy}_$(basename "$file")"; done
done
java -jar target/reactions.jar report "$work/corpus" -o "$work/report.html" -q
statements=$(grep -c '<li class="statement"' "$work/report.html")
bytes=$(wc -c < "$work/report.html")

# attribute NAME DOM: the value of the body's data-NAME
attribute() { grep -o "data-$1=\"[0-9.]*\"" <<< "$2" | head -1 | grep -o '[0-9.]*'; }
# stats: median and worst of the numbers on stdin
stats() { sort -n | awk '{v[NR]=$1} END {printf "%s | %s", v[int((NR+1)/2)], v[NR]}'; }

echo "Report of $statements statements ($((bytes / 1024)) KiB), Chromium $("$chromium" --version 2>/dev/null | grep -o '[0-9][0-9.]*' | head -1), $(nproc) cores"
echo
echo "| view | shown | open, ms (median \| worst) | filter, ms (median \| worst) |"
echo "| --- | ---: | ---: | ---: |"
for view in "" "#country=RU&label=CONDEMNATION" "#q=nuclear%20iran"; do
  : > "$work/open.txt"
  : > "$work/filter.txt"
  for run in 1 2 3 4 5; do
    profile=$(mktemp -d)
    dom=$("$chromium" --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$profile" \
      --dump-dom "file://$PWD/$work/report.html$view" 2> /dev/null)
    rm -rf "$profile"
    attribute ready-ms "$dom" >> "$work/open.txt"
    attribute filter-ms "$dom" >> "$work/filter.txt"
    shown=$(attribute shown "$dom")
  done
  echo "| ${view:-(none)} | $shown | $(stats < "$work/open.txt") | $(stats < "$work/filter.txt") |"
done
