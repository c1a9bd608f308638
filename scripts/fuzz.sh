#!/usr/bin/env bash
# Runs each libFuzzer target (fuzz/), one after the other.
#   scripts/fuzz.sh FUZZER_DIR WORK_DIR SECONDS   explore: each target for SECONDS, from a new random seed
#   scripts/fuzz.sh FUZZER_DIR WORK_DIR gate      the test gate: each target for its own number of inputs
#                                                 (about 10 s on a quiet machine) from seed 1
# The gate is the same search on every run of a fresh clone, whatever the machine's load: it fails only
# where the code changed, never because a random walk found an old bug that day (make fuzz is for that,
# and what it finds becomes a unit test). A busy machine makes the gate slower, not shallower.
# Each target works in WORK_DIR/corpus/TARGET: its seeds are copied there (the committed files are never
# changed) and what the fuzzer finds stays there, so every run starts where the last one stopped. A crash,
# a sanitizer report, a leak, a broken invariant, a timeout or running out of memory fails the target; the
# input is saved in WORK_DIR/crashes/TARGET/ and the command that replays it is printed. All targets run
# even when one fails; the script fails when any did.
set -euo pipefail
cd "$(dirname "$0")/.."
fuzzers=${1:?usage: scripts/fuzz.sh FUZZER_DIR WORK_DIR SECONDS}
work=${2:?usage: scripts/fuzz.sh FUZZER_DIR WORK_DIR SECONDS}
seconds=${3:?usage: scripts/fuzz.sh FUZZER_DIR WORK_DIR SECONDS}

# target            gate's inputs  dictionary (- for none) seeds
targets=(
  "link_extraction  100000  fuzz/draft.dict    tests/fixtures/drafts/*/*.txt"
  "draft_check      1500    fuzz/draft.dict    tests/fixtures/drafts/*/*.txt"
  "campaign_loader  10000   fuzz/campaign.dict assets/campaigns/*.json fuzz/seeds/campaigns/*.json"
  "progress_loader  150000  fuzz/progress.dict fuzz/seeds/progress/*.json"
  "text_edit        30000   -                  fuzz/seeds/text_edit/*.bin"
)

failed=()
for line in "${targets[@]}"; do
  read -r target gate_runs dictionary seeds <<<"$line"
  corpus=$work/corpus/$target
  crashes=$work/crashes/$target
  log=$work/logs/$target.log
  mkdir -p "$corpus" "$crashes" "$(dirname "$log")"
  # Each seed under its folder's name and its own: two folders may hold files of one name (ready.txt).
  # shellcheck disable=SC2086 # the seeds are globs
  for seed in $seeds; do
    cp "$seed" "$corpus/$(basename "$(dirname "$seed")")-$(basename "$seed")"
  done

  dictionary_option=()
  [ "$dictionary" != "-" ] && dictionary_option=(-dict="$dictionary")

  # The gate's corpus is the seeds alone, so that every clone searches the same way.
  if [ "$seconds" = gate ]; then
    corpus=$work/gate/$target
    rm -rf "$corpus" && mkdir -p "$corpus"
    # shellcheck disable=SC2086 # the seeds are globs
    for seed in $seeds; do
      cp "$seed" "$corpus/$(basename "$(dirname "$seed")")-$(basename "$seed")"
    done
    # A time bound as well, far above the quiet machine's 10 s: a search that hangs still ends.
    length_option=(-seed=1 -runs="$gate_runs" -max_total_time=600)
  else
    length_option=(-max_total_time="$seconds")
  fi

  # -timeout: checking is linear in the input, so an input that takes seconds is a bug, not bad luck.
  status=0
  "$fuzzers/${target}_fuzzer" "$corpus" "${dictionary_option[@]}" "${length_option[@]}" -timeout=10 \
    -artifact_prefix="$crashes/" -print_final_stats=1 >"$log" 2>&1 || status=$?

  if [ "$status" -eq 0 ]; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    corpus_size=$(grep -o 'corp: [0-9]*/[0-9]*[a-zA-Z]*' "$log" | tail -1 | cut -d' ' -f2)
    printf 'fuzz: %-16s ok: %s runs, %s exec/s, corpus %s (inputs/size)\n' \
      "$target" "$runs" "$speed" "$corpus_size"
    # libFuzzer writes each input it makes smaller beside the larger one, and every run starts by
    # replaying the whole folder: once it holds over twice the inputs that count, keep only those.
    kept=${corpus_size%%/*}
    [ "$seconds" = gate ] && continue
    files=$(find "$corpus" -type f | wc -l)
    if [ -n "$kept" ] && [ "$files" -gt $((2 * kept)) ]; then
      merged=$corpus.merging
      rm -rf "$merged" && mkdir -p "$merged"
      if "$fuzzers/${target}_fuzzer" -merge=1 -timeout=10 "$merged" "$corpus" >>"$log" 2>&1; then
        rm -rf "$corpus" && mv "$merged" "$corpus"
        echo "fuzz: $target: corpus folder compacted from $files to $(find "$corpus" -type f | wc -l) files"
      fi
    fi
  else
    input=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
    echo "fuzz: $target FAILED (exit $status); the end of $log:" >&2
    grep -v '^#[0-9]' "$log" | tail -40 | sed 's/^/    /' >&2
    echo "fuzz: $target: the input is ${input:-not saved (see the log)}" >&2
    [ -n "$input" ] && echo "fuzz: replay it with: $fuzzers/${target}_fuzzer $input" >&2
    failed+=("$target")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: failed: ${failed[*]}" >&2
  exit 1
fi
