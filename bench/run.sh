#!/usr/bin/env bash
# Runs the benchmarks, prints the numbers and writes them into bench/README.md (between the "bench/run.sh output"
# markers). Usage: bench/run.sh [--smoke]
#   --smoke: one dry iteration of each in-process benchmark (what CI runs to prove they still work); writes nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--smoke" ]; then
  dotnet run -c Release --project bench/Bitrix24.Benchmarks -- --filter '*' --job dry
  dotnet run -c Release --project bench/Bitrix24.BulkRead -- 20000
  exit 0
fi

measure() {
  echo "== machine"
  echo "$(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB, $(dotnet --version) SDK"

  # The generated client is four part assemblies and the facade (runtime/Bitrix24.Generated.Parts.props): each run
  # deletes their outputs (not the runtime's or the generator's, which are up to date) and builds them, two at a time.
  echo "== full build of runtime/Bitrix24.Generated and its parts (every spec), from clean, whole process, no build server (3 runs)"
  dotnet build runtime/Bitrix24.Generated -v q > /dev/null
  clean_generated() { rm -rf runtime/Bitrix24.Generated*/bin runtime/Bitrix24.Generated*/obj/Debug; }
  for run in 1 2 3; do
    clean_generated
    bench/peak-rss.sh dotnet build runtime/Bitrix24.Generated --no-restore -p:UseSharedCompilation=false -v q
  done
  clean_generated
  dotnet build runtime/Bitrix24.Generated --no-restore -p:UseSharedCompilation=false -v q -p:EmitCompilerGeneratedFiles=true > /dev/null
  generated=$(find runtime/Bitrix24.Generated*/obj/Debug/net8.0/generated -name '*.cs')
  echo "generated source: $(echo "$generated" | wc -l) files, $(cat $generated | wc -c) bytes"
  for project in runtime/Bitrix24.Generated*/; do
    name=$(basename "$project")
    ls -l "$project/bin/Debug/net8.0/$name.dll" | awk '{ print "assembly: " $5 " bytes " $9 }'
  done

  echo "== the crm scope alone (Bitrix24Scopes=crm in a consumer project), from clean, whole process (3 runs)"
  dotnet build bench/Bitrix24.ScopeBuild -v q > /dev/null
  for run in 1 2 3; do
    bench/peak-rss.sh dotnet build bench/Bitrix24.ScopeBuild --no-incremental --no-dependencies -p:UseSharedCompilation=false -v q
  done

  if [ -d ../shared/docs ]; then
    echo "== spec tool sweep of both corpora (compare), whole process"
    dotnet build generator/Bitrix24.SpecTool -c Release -v q > /dev/null
    /usr/bin/time -f "%e s wall, %M KB peak RSS" dotnet generator/Bitrix24.SpecTool/bin/Release/net10.0/bx-spec.dll compare \
      --en ../shared/docs/en/api-reference --ru ../shared/docs/ru/api-reference 2>&1 | tail -n 2
  fi

  echo "== bulk read against the fake portal enforcing 50 requests / 2 per second, whole process (100k, then 1M rows)"
  dotnet build bench/Bitrix24.BulkRead -c Release -v q > /dev/null
  for rows in 100000 1000000; do
    /usr/bin/time -f "%e s wall, %M KB peak RSS" dotnet bench/Bitrix24.BulkRead/bin/Release/net10.0/Bitrix24.BulkRead.dll "$rows" 2>&1
  done

  echo "== in-process benchmarks (BenchmarkDotNet)"
  rm -rf BenchmarkDotNet.Artifacts/results
  dotnet run -c Release --project bench/Bitrix24.Benchmarks -- --filter '*' --job short --exporters github > /dev/null
  echo '```'   # closes the plain-text block bench/README.md shows; the reports below are markdown of their own
  cat BenchmarkDotNet.Artifacts/results/*-report-github.md
}

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
measure 2>&1 | tee "$log"
awk -v file="$log" -v day="$(date -u +%F)" '
  /<!-- bench\/run.sh output: start -->/ { print; print "```text"; print "$ bench/run.sh   # " day; while ((getline line < file) > 0) print line; skip = 1; next }
  /<!-- bench\/run.sh output: end -->/ { skip = 0 }
  !skip { print }
' bench/README.md > "$log.readme" && mv "$log.readme" bench/README.md
