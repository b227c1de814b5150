#!/usr/bin/env bash
# The same synthetic corpus as .txt files and as one JSON Lines feed (bench/FeedFromFiles.java), timed alternately
# (median of 3 runs each, 2 threads): reading a feed must cost no more than 10% over reading the files. Prints a
# Markdown section; bench/run.sh adds it to bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-2000000}

[ -f target/reactions.jar ] || mvn -B -q package -DskipTests
work=target/bench
mkdir -p "$work/classes"
javac -d "$work/classes" -cp target/reactions.jar bench/GenerateCorpus.java bench/FeedFromFiles.java
corpus=$work/corpus-$size
[ -d "$corpus" ] || java -cp "$work/classes" GenerateCorpus corpus "$corpus" "$size" 42 > /dev/null
feed=$work/feed-$size.jsonl
java -cp "target/reactions.jar:$work/classes" FeedFromFiles "$corpus" "$feed"

# one JIT for both: the launcher would choose by size, and the feed is a third smaller than the files on disk
export REACTIONS_JIT=c2
seconds() { /usr/bin/time -f %e -o "$work/time" "$@" > /dev/null; cat "$work/time"; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
files_runs=() feed_runs=()
for _ in 1 2 3; do
  files_runs+=("$(seconds ./reactions summarize "$corpus" --format json --threads 2 -o "$work/files.json")")
  feed_runs+=("$(seconds ./reactions summarize "$feed" --format json --threads 2 -o "$work/feed.json")")
done
files=$(printf '%s\n' "${files_runs[@]}" | median)
feedw=$(printf '%s\n' "${feed_runs[@]}" | median)
# the same statements either way (ids and offsets aside: a feed article has no date line)
same=$(cmp -s <(jq -c '[.statements[] | {document, speaker, country, labels, text}]' "$work/files.json") \
               <(jq -c '[.statements[] | {document, speaker, country, labels, text}]' "$work/feed.json") && echo yes || echo no)

echo "## A feed against the same text as files"
echo
echo "\`bench/feed.sh\`: $size words, $(ls "$corpus" | wc -l) articles, as .txt files and as one JSON Lines feed of"
echo "$(du -m "$feed" | cut -f1) MB; \`summarize --format json --threads 2\`, median of 3 alternating runs, wall seconds, C2 for both."
echo
echo "| input | runs (s) | median (s) |"
echo "| --- | --- | ---: |"
echo "| .txt files | ${files_runs[*]} | $files |"
echo "| one .jsonl feed | ${feed_runs[*]} | $feedw |"
echo
echo "The feed takes $(awk -v f="$feedw" -v t="$files" 'BEGIN {printf "%.2f", f/t}')x the time of the files; the same statements: $same."
