#!/usr/bin/env bash
# Linear time whatever the input's shape: runs the real CLI on each shape of InputShapes (one endless sentence,
# thousands of mentions, quotation marks or pronouns in one sentence, very many paragraphs or statements) at N,
# 2N and 4N repetitions, prints the times and fails when doubling an input more than 2.5 times the time.
# Usage: bench/shapes.sh [N]   (default 8000; JVM start-up is included, so small N understate the ratio)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-8000}
[ -f target/reactions.jar ] && [ -d target/test-classes/org/reactions/robust ] || mvn -B -q test-compile package -DskipTests
work=target/bench/shapes
mkdir -p "$work"
status=0
printf '| shape | %d | %d | %d | x (2N/N) | x (4N/2N) |\n| --- | ---: | ---: | ---: | ---: | ---: |\n' "$n" $((2 * n)) $((4 * n))
for shape in long-sentence mentions quotes pronouns paragraphs statements; do
  times=()
  for size in "$n" $((2 * n)) $((4 * n)); do
    java -cp target/test-classes org.reactions.robust.InputShapes "$shape" "$size" > "$work/$shape-$size.txt"
    start=$(date +%s.%N)
    ./reactions summarize "$work/$shape-$size.txt" -q > /dev/null
    times+=("$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.2f", e-s}')")
  done
  r1=$(awk -v a="${times[1]}" -v b="${times[0]}" 'BEGIN {printf "%.2f", a/b}')
  r2=$(awk -v a="${times[2]}" -v b="${times[1]}" 'BEGIN {printf "%.2f", a/b}')
  printf '| %s | %s s | %s s | %s s | %s | %s |\n' "$shape" "${times[@]}" "$r1" "$r2"
  if awk -v r="$r2" 'BEGIN {exit !(r > 2.5)}'; then
    echo "bench/shapes.sh: $shape: doubling the input took $r2 times as long" >&2
    status=1
  fi
done
exit $status
