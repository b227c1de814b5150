#!/usr/bin/env bash
# Linear time by the clock, in one warm JVM (bench/LinearTime.java): each shape of InputShapes at N and 2N
# repetitions, best of three; fails when doubling an input takes three times as long or more. The test suite counts
# work instead (LinearTimeTest), which no busy machine can upset; this is where the times are.
# Usage: bench/linear-time.sh [N]   (default 2000, grown per shape until the smaller input takes 200 ms)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/reactions.jar ] && [ -d target/test-classes/org/reactions/robust ] || mvn -B -q test-compile package -DskipTests
work=target/bench/linear-time
mkdir -p "$work"
javac -d "$work" -cp target/reactions.jar:target/test-classes bench/LinearTime.java
java -cp "target/reactions.jar:target/test-classes:$work" LinearTime "${1:-2000}"
