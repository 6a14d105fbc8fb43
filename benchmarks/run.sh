#!/usr/bin/env bash
# Runs every Dynagen benchmark and rewrites BENCHMARKS.md at the repository root:
# JMH mapping (with -prof gc), cold starts in fresh JVMs, bulk load into DynamoDB Local, and the
# processor's build cost. Under ten minutes on 2 cores so far; BENCHMARKS.md records each run's time.
#
#   benchmarks/run.sh              the full run; rewrites BENCHMARKS.md
#   benchmarks/run.sh --quick      a little of everything, to try changes (report in benchmarks/target)
#   benchmarks/run.sh --only=mapping,coldstart,bulk,buildcost   some parts (report in benchmarks/target)
#   benchmarks/run.sh --profile    JFR profile of the users item's write and read: top frames and
#                                  allocation sites in benchmarks/target/PROFILE.md (about 30 s)
#
# Set MAVEN_ARGS (for example -o) to pass options to the build.
set -euo pipefail
cd "$(dirname "$0")/.."
started_at=$(date +%s)

# package, not install: the build uses this checkout's processor and runtime, and leaves ~/.m2 alone.
mvn -B -ntp -q ${MAVEN_ARGS:-} -pl benchmarks,example-app -am package -DskipTests

target=benchmarks/target
if [ "${1:-}" = "--profile" ]; then
  exec java -Xmx1g -cp "$target/test-classes:$(cat "$target/benchmark-classpath.txt")" io.dynagen.bench.profile.ProfileRun
fi
args=("--started-at=$started_at")
if [ $# -eq 0 ]; then
  args+=("--out=$PWD/BENCHMARKS.md")
fi
exec java -Xmx2g -cp "$target/test-classes:$(cat "$target/benchmark-classpath.txt")" \
  io.dynagen.bench.RunAll "${args[@]}" "$@"
