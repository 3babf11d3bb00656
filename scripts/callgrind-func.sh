#!/bin/bash
# callgrind-func.sh TESTBIN DIR BENCH N FUNCPATTERN
#
# Instructions executed inside the functions matching FUNCPATTERN
# (inclusive of what they call; callgrind --toggle-collect) per benchmark
# op, over N ops. Load-independent, as callgrind-ops.sh.
set -euo pipefail
bin=$1 dir=$2 bench=$3 n=$4 fn=$5
out=$(mktemp)
trap 'rm -f "$out"' EXIT
cd "$dir"
GOGC=${GOGC:-100} GODEBUG=asyncpreemptoff=1 GOMAXPROCS=1 valgrind --tool=callgrind --toggle-collect="$fn" --callgrind-out-file="$out" \
  "$bin" -test.run '^$' -test.bench "$bench" -test.cpu 1 -test.benchtime "${n}x" >/dev/null 2>&1
tot=$(callgrind_annotate "$out" 2>/dev/null | grep 'PROGRAM TOTALS' | awk '{gsub(",","",$1); print $1}')
echo "$(basename "$bin") $bench $fn Ir/op $(echo "$tot $n" | awk '{printf "%.1fM", $1/$2/1e6}')"
