#!/bin/bash
# callgrind-ops.sh TESTBIN DIR BENCH N
#
# Instructions and simulated branch mispredicts per benchmark op, counted
# by valgrind's callgrind: the whole-program totals of a run of N+2 ops
# minus those of a run of 2 ops, so that set-up cancels. Unlike wall clock
# or pprof samples, the counts do not change with the machine's load.
# TESTBIN is a test binary (go test -c -o x.test ./PKG); DIR is the
# package directory it runs in (for its testdata).
set -euo pipefail
bin=$1 dir=$2 bench=$3 n=$4
cd "$dir"
run() {
  GODEBUG=asyncpreemptoff=1 GOMAXPROCS=1 valgrind --tool=callgrind --branch-sim=yes --callgrind-out-file=/dev/null \
    "$bin" -test.run '^$' -test.bench "$bench" -test.cpu 1 -test.benchtime "${1}x" 2>&1 >/dev/null |
    awk '/I   refs:/{gsub(",","",$4); i=$4} /Mispredicts:/{gsub(",","",$3); m=$3} END{print i, m}'
}
a=$(run 2)
b=$(run $((n + 2)))
echo "$a $b" | awk -v n="$n" '{printf "Ir/op %.2fM  mispred/op %.3fM\n", ($3-$1)/n/1e6, ($4-$2)/n/1e6}'
