#!/usr/bin/env bash
# Documents/s of the Spark job in local mode beside the command line's, on the same generated corpus
# (bench/GenerateCorpus.java, 2M words by default), and where the job's time goes (from Spark's own log).
# Usage: spark/bench.sh [WORDS]. Needs target/reactions.jar and spark/target/reactions-spark.jar:
#   mvn -B -q -f spark-build.xml package -pl spark -am -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
words=${1:-2000000}
work=target/spark-bench
mkdir -p "$work/classes"
javac -d "$work/classes" bench/GenerateCorpus.java
corpus=$work/corpus-$words
[ -d "$corpus" ] || java -cp "$work/classes" GenerateCorpus corpus "$corpus" "$words" 42 > /dev/null
docs=$(ls "$corpus" | wc -l)
opens=$(grep -m1 "<spark.addOpens>" spark/pom.xml | sed "s:.*<spark.addOpens>\(.*\)</spark.addOpens>.*:\1:")

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); corpus: $docs documents, $words words"

/usr/bin/time -f "%e %M" -o "$work/cli.time" ./reactions summarize "$corpus" --format json --threads "$(nproc)" -o "$work/cli.json"
read -r cli_s cli_kb < "$work/cli.time"
echo "command line, $(nproc) threads: ${cli_s} s, $(awk -v n="$docs" -v s="$cli_s" 'BEGIN {printf "%.0f", n/s}') documents/s, peak RSS $((cli_kb / 1024)) MB"

rm -rf "$work/out"
# shellcheck disable=SC2086 # the options are words
/usr/bin/time -f "%e %M" -o "$work/spark.time" java -Xmx1g $opens -cp "$(cat spark/target/spark-classpath.txt)" \
  org.apache.spark.deploy.SparkSubmit --master "local[$(nproc)]" --conf spark.ui.enabled=false \
  --class org.reactions.spark.ReactionsJob spark/target/reactions-spark.jar --input "$corpus" --output "$work/out" 2> "$work/spark.log"
read -r spark_s spark_kb < "$work/spark.time"
echo "Spark local[$(nproc)]: ${spark_s} s, $(awk -v n="$docs" -v s="$spark_s" 'BEGIN {printf "%.0f", n/s}') documents/s, peak RSS $((spark_kb / 1024)) MB"

# same report, paths aside
strip() { sed -E 's/^(\s*"path": )".*"(,?)$/\1null\2/' "$1"; }
cmp -s <(strip "$work/cli.json") <(strip "$work/out/summary.json") && echo "summary.json equals the command line's report (paths aside)" \
  || { echo "summary.json differs from the command line's report" >&2; exit 1; }

echo "where the job's time goes (seconds, from the times in Spark's log):"
awk '
  function secs(t) { split(t, a, ":"); return a[1] * 3600 + a[2] * 60 + a[3] }
  $2 ~ /^[0-9][0-9]:[0-9][0-9]:[0-9][0-9]$/ { if (first == "") first = secs($2) }
  /Starting job:/ { if (start == "") start = secs($2) }
  /Job [0-9]+ finished/ {
    last = secs($2); sub(/.*finished: /, ""); sub(/, took/, ""); split($0, f, " ")
    what = f[1] == "treeAggregate" ? "analysis on the executors (mapPartitions + treeAggregate)" \
         : f[1] == "hasNext" ? "fetching documents to the driver for summary.json (toLocalIterator)" \
         : f[1] == "text" ? "JSON Lines (statements, documents)" \
         : f[1] == "parquet" ? "Parquet (statements, documents: the JSON parsed again by Spark)" : "counting partitions"
    ms[what] += f[4]; total += f[4]
  }
  END {
    printf "  %5.1f  JVM and Spark start-up, listing the files\n", start - first
    for (w in ms) printf "  %5.1f  %s\n", ms[w] / 1000, w
    printf "  %5.1f  the driver between jobs (mostly writing summary.json: every object re-indented, one thread)\n", last - start - total / 1000
  }
' "$work/spark.log"
