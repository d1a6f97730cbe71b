#!/usr/bin/env bash
# Measures `batch` on generated Zhengzhou sheets of 10^4, 10^5 and 10^6 rows, CSV and XLSX, with
# -Xmx256m: wall time, rows per second, and the peak resident memory of the whole JVM (GNU time).
# Run from the repository root after `mvn -B -q package -pl rules-cli -am -DskipTests`:
#
#   examples/sheets/bench.sh                 # all sizes
#   examples/sheets/bench.sh 10000 100000    # some
#
# The generated sheets go to ${BENCH_DIR:-/tmp/talent-rules-bench} and are not committed.
set -euo pipefail
JAR=${JAR:-rules-cli/target/talent-rules.jar}
DIR=${BENCH_DIR:-/tmp/talent-rules-bench}
HEAP=${HEAP:--Xmx256m}
mkdir -p "$DIR"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000 100000 1000000)
echo "| rows | format | seconds | rows/s | peak RSS (MB) | exit |"
echo "|---:|---|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
  for fmt in csv xlsx; do
    in="$DIR/zz-$n.$fmt"
    [ -f "$in" ] || java examples/sheets/MakeSheets.java "$n" "$in"
    out="$DIR/zz-$n.out.$fmt"
    set +e
    /usr/bin/time -f "%e %M" -o "$DIR/time.txt" java $HEAP -jar "$JAR" batch "$in" -o "$out" --no-progress > "$DIR/summary-$n-$fmt.txt" 2> "$DIR/err-$n-$fmt.txt"
    status=$?
    set -e
    read -r secs kb < <(tail -1 "$DIR/time.txt")
    echo "| $n | $fmt | $secs | $(awk -v n="$n" -v s="$secs" 'BEGIN{printf "%d", n/s}') | $((kb / 1024)) | $status |"
  done
done
