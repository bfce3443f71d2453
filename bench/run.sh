#!/usr/bin/env bash
# shellcheck disable=SC2086,SC2046  # number lists are split on purpose
# bench/run.sh - oficio's benchmark suite, run by `make bench`.
#
#   OFICIO=build/oficio BENCH_DIR=build/bench bash bench/run.sh
#
# Builds nothing: the Makefile builds $BENCH_DIR/gen and $BENCH_DIR/bare.
# Prints one Markdown table (also written to $BENCH_DIR/RESULTS.md; with
# BENCH_RECORD=1 to bench/RESULTS.md as well). The machines are shared and
# noisy, so every comparison is a ratio within this one run, computed pair
# by pair (oficio run i against reference run i, measured back to back) and
# summarised by the median of the ratios.
#
# Wall time is taken with bash's microsecond clock ($EPOCHREALTIME) around
# each command; peak RSS with /usr/bin/time (package `time`), whose own wall
# clock has only 10 ms resolution. Without /usr/bin/time the RSS columns
# say n/a.
#
# Environment: OFICIO (required), BENCH_DIR (default build/bench),
# BENCH_SEED (default 6), BENCH_BUDGET (seconds for the whole suite,
# default 280: the 100k, --jobs and 1M measurements get fewer than 3 runs
# when their estimates would not fit; the table says so), BENCH_RECORD=1
# (write bench/RESULTS.md), OFICIO_CORPUS (the real statements for the
# instruction count, default ../shared/corpus beside the checkout).

set -u
export LC_ALL=C                # byte order for sort; '.' as decimal point

OFICIO=${OFICIO:?set OFICIO to the oficio binary}
BENCH_DIR=${BENCH_DIR:-build/bench}
SEED=${BENCH_SEED:-6}
BUDGET=${BENCH_BUDGET:-280}
HERE=$(cd "$(dirname "$0")" && pwd)
GEN=$BENCH_DIR/gen
BARE=$BENCH_DIR/bare

now() { local t=$EPOCHREALTIME; echo "${t/,/.}"; }
T_START=$(now)
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
COMMIT=$(git -C "$HERE/.." rev-parse --short HEAD 2> /dev/null || echo "?")
DIRTY=$(git -C "$HERE/.." status --porcelain --untracked-files=no 2> /dev/null | grep -q . && echo " (with uncommitted changes)")
say() { printf '%s\n' "$*" >&2; }
die() { say "bench: $*"; exit 1; }
calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }
ge() { awk "BEGIN { exit !(($1) >= ($2)) }"; }   # float a >= b
le() { awk "BEGIN { exit !(($1) <= ($2)) }"; }

[ -x "$OFICIO" ] || die "no oficio binary at $OFICIO (run make)"
{ [ -x "$GEN" ] && [ -x "$BARE" ]; } || die "no $GEN or $BARE (make bench builds them)"
mkdir -p "$BENCH_DIR"
TMP=$(mktemp -d "$BENCH_DIR/tmp.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

NOTES=()
note() { NOTES+=("$*"); }

if [ -x /usr/bin/time ]; then
    HAVE_TIME=1
else
    HAVE_TIME=0
    note "/usr/bin/time is missing (apt-get install -y time): wall time from bash's clock, no peak RSS."
fi

# ---- timing --------------------------------------------------------------

# timed IN OUT CMD...: runs CMD < IN > OUT; sets T (seconds), RSS (KB, or
# empty) and RC. stderr goes to $TMP/err.
timed() {
    local in=$1 out=$2 t0 t1
    shift 2
    if [ "$HAVE_TIME" = 1 ]; then
        t0=$EPOCHREALTIME
        /usr/bin/time -f '%M' -o "$TMP/rss" "$@" < "$in" > "$out" 2> "$TMP/err"
        RC=$?
        t1=$EPOCHREALTIME
        RSS=$(tail -n 1 "$TMP/rss")
    else
        t0=$EPOCHREALTIME
        "$@" < "$in" > "$out" 2> "$TMP/err"
        RC=$?
        t1=$EPOCHREALTIME
        RSS=
    fi
    T=$(calc "${t1/,/.} - ${t0/,/.}")
}

# Lists of numbers are space-separated strings (split on purpose below).
declare -A TIMES RSSES
push() { TIMES[$1]="${TIMES[$1]:-} $2"; [ -n "${3:-}" ] && RSSES[$1]="${RSSES[$1]:-} $3"; return 0; }

# stats "LIST": prints "median min max"
stats() {
    printf '%s\n' $1 | sort -g | awk '{ v[NR] = $1 }
        END { if (NR == 0) { print "nan nan nan"; exit }
              m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
              printf "%.6f %.6f %.6f\n", m, v[1], v[NR] }'
}
median() { set -- $(stats "$1"); echo "$1"; }

# ratios "A" "B": a_i / b_i for each i present in both
ratios() {
    paste -d' ' <(printf '%s\n' $1) <(printf '%s\n' $2) |
        awk 'NF == 2 && $2 > 0 { printf "%.6f ", $1 / $2 }'
}

fmt_t() {   # seconds -> "0.123 ms" / "12.3 ms" / "1.23 s"
    awk -v t="$1" 'BEGIN { if (t < 0.01) printf "%.3f ms", t * 1000
                           else if (t < 1) printf "%.1f ms", t * 1000; else printf "%.2f s", t }'
}
fmt_mib() { [ -z "$1" ] && { echo "n/a"; return; }; awk -v k="$1" 'BEGIN { printf "%.1f MiB", k / 1024 }'; }
fmt_x() { awk -v r="$1" 'BEGIN { printf "%.2f×", r }'; }
fmt_rate() { awk -v r="$1" 'BEGIN { if (r >= 1e6) printf "%.2fM", r / 1e6; else printf "%.1fk", r / 1000 }'; }

# ---- the table -------------------------------------------------------------

ROWS=()
verdict() {   # verdict STATUS TEXT -> "TEXT **PASS**" (status 0) or "TEXT **MISS**"
    if [ "$1" = 0 ]; then echo "$2 **PASS**"; else echo "$2 **MISS**"; fi
}
row() {   # row NAME RUNS TIMES-KEY LINES RSS-KEY RATIO-TEXT TARGETS
    local name=$1 runs=$2 key=$3 lines=$4 rkey=$5 ratio=$6 targets=$7
    local med mn mx rate="" rss="n/a"
    read -r med mn mx <<< "$(stats "${TIMES[$key]}")"
    [ "$lines" != - ] && rate="$(fmt_rate "$(calc "$lines / $med")")"
    if [ "$rkey" != - ] && [ -n "${RSSES[$rkey]:-}" ]; then
        local rm rmax
        read -r rm _ rmax <<< "$(stats "${RSSES[$rkey]}")"
        rss="$(fmt_mib "$rm") (max $(fmt_mib "$rmax"))"
    elif [ "$rkey" = - ]; then
        rss="-"
    fi
    ROWS+=("| $name | $runs | $(fmt_t "$med") | $(fmt_t "$mn") | $(fmt_t "$mx") | ${rate:--} | $rss | $ratio | $targets |")
}
row_text() { ROWS+=("| $1 | - | $2 | | | | | | $3 |"); }
ratio_text() {   # ratio_text "LIST" -> "median [min–max]"
    local m mn mx
    read -r m mn mx <<< "$(stats "$1")"
    echo "$(fmt_x "$m") [$(fmt_x "$mn")–$(fmt_x "$mx")]"
}

# ---- knowledge and inputs ------------------------------------------------

say "bench: knowledge and inputs in $BENCH_DIR"
KB=$(cd "$BENCH_DIR" && pwd)/kb
rm -rf "$KB"
"$OFICIO" --dump-kb "$KB" > /dev/null || die "$OFICIO --dump-kb $KB failed"
{ [ -f "$KB/kb/lexicon-es.clp" ] && [ -f "$KB/kb/lexicon-en.clp" ]; } || die "no lexicon in $KB/kb"

STAMP=$( { echo "seed $SEED"; cat "$GEN" "$KB/kb/lexicon-es.clp" "$KB/kb/lexicon-en.clp"; } | md5sum | cut -d' ' -f1)
IN10K=$BENCH_DIR/in-10k.jsonl
IN100K=$BENCH_DIR/in-100k.jsonl
IN1M=$BENCH_DIR/in-1m.jsonl
SCRIPT=$BENCH_DIR/prompt-1000.txt
if [ "$(cat "$BENCH_DIR/inputs.stamp" 2> /dev/null)" != "$STAMP" ] ||
   [ ! -s "$IN10K" ] || [ ! -s "$IN100K" ] || [ ! -s "$IN1M" ] || [ ! -s "$SCRIPT" ]; then
    say "bench: generating inputs (seed $SEED)"
    rm -f "$BENCH_DIR/inputs.stamp"
    if ! { "$GEN" --kb "$KB/kb" 10000 "$SEED" > "$IN10K" &&
           "$GEN" --kb "$KB/kb" 100000 "$SEED" > "$IN100K" &&
           "$GEN" --kb "$KB/kb" 1000000 "$SEED" > "$IN1M" &&
           "$GEN" --kb "$KB/kb" --text 1000 "$((SEED + 1))" | sed 's/^/classify /' > "$SCRIPT"; }; then
        die "generating the inputs failed"
    fi
    echo "$STAMP" > "$BENCH_DIR/inputs.stamp"
fi

# ---- sanity: both batch programs answer every line -----------------------

if ! "$OFICIO" batch --json < "$IN10K" > "$TMP/oficio-10k.out" 2> "$TMP/err"; then
    die "oficio batch --json failed on $IN10K: $(head -c 300 "$TMP/err")"
fi
[ "$(wc -l < "$TMP/oficio-10k.out")" = 10000 ] || die "oficio batch gave $(wc -l < "$TMP/oficio-10k.out") lines for 10000"
"$BARE" --kb "$KB/kb" < "$IN10K" > "$TMP/bare-10k.out" || die "bare failed on $IN10K"
[ "$(wc -l < "$TMP/bare-10k.out")" = 10000 ] || die "bare gave the wrong number of lines"

# ---- start-up to ready -----------------------------------------------------

STARTUP_SAMPLES=7
STARTUP_K=10      # invocations per sample, back to back: one sample is their mean
CLIPS=$(command -v clips || true)
CLIPS_OK=0
if [ -n "$CLIPS" ]; then
    LOADF=$TMP/load-kb.clp
    {
        # oficio's own functions (engine/functions.h) as stand-ins, so that
        # the bare shell parses the rules that call them
        echo "(deffunction fact-values (?template ?where \$?slots) (create\$))"
        echo "(deffunction decayed-shares (?decay \$?pairs) (create\$ 0.0))"
        # load* is load without its "Defining ..." lines: oficio loads silently too
        echo "(load* \"$KB/kb/schema.clp\")"
        for f in "$KB"/kb/*.clp "$KB"/rules/*.clp; do      # globs sort bytewise (LC_ALL=C)
            [ "$f" = "$KB/kb/schema.clp" ] || echo "(load* \"$f\")"
        done
        echo "(reset)"
        echo "(exit)"
    } > "$LOADF"
    if "$CLIPS" -f2 "$LOADF" > "$TMP/clips.out" 2>&1 && ! grep -q '^\[' "$TMP/clips.out" &&
       ! grep -qi 'error' "$TMP/clips.out"; then
        CLIPS_OK=1
    else
        note "the clips shell did not load the knowledge cleanly: $(head -c 200 "$TMP/clips.out" | tr '\n' ' ')"
    fi
else
    note "no clips shell (apt-get install -y clips): no start-up ratio."
fi

say "bench: start-up ($STARTUP_SAMPLES samples of $STARTUP_K runs each)"
"$OFICIO" -e quit > /dev/null 2>&1 || die "$OFICIO -e quit failed"
timed /dev/null /dev/null "$OFICIO" -e quit; RSS_START_OF=$RSS
[ "$CLIPS_OK" = 1 ] && { timed /dev/null /dev/null "$CLIPS" -f2 "$LOADF"; RSS_START_CL=$RSS; }
run_k() {   # run_k CMD... : mean seconds of STARTUP_K runs
    local t0 t1 k
    t0=$EPOCHREALTIME
    for ((k = 0; k < STARTUP_K; k++)); do "$@" < /dev/null > /dev/null 2>&1; done
    t1=$EPOCHREALTIME
    calc "(${t1/,/.} - ${t0/,/.}) / $STARTUP_K"
}
for ((s = 0; s < STARTUP_SAMPLES; s++)); do
    if [ "$CLIPS_OK" = 1 ] && ((s % 2)); then push start-clips "$(run_k "$CLIPS" -f2 "$LOADF")"; fi
    push start-oficio "$(run_k "$OFICIO" -e quit)"
    if [ "$CLIPS_OK" = 1 ] && ! ((s % 2)); then push start-clips "$(run_k "$CLIPS" -f2 "$LOADF")"; fi
done
RSSES[start-oficio]=$RSS_START_OF
if [ "$CLIPS_OK" = 1 ]; then
    RSSES[start-clips]=$RSS_START_CL
    R=$(ratios "${TIMES[start-oficio]}" "${TIMES[start-clips]}")
    row "start-up: \`oficio -e quit\`" "$STARTUP_SAMPLES×$STARTUP_K" start-oficio - start-oficio \
        "$(ratio_text "$R") clips" "$(le "$(median "$R")" 1.5; verdict $? "≤ 1.5× clips:")"
    row "start-up: \`clips -f2\` loading the same knowledge" "$STARTUP_SAMPLES×$STARTUP_K" start-clips - start-clips "(reference)" ""
else
    row "start-up: \`oficio -e quit\`" "$STARTUP_SAMPLES×$STARTUP_K" start-oficio - start-oficio "n/a (no clips)" "≤ 1.5× clips: n/a"
fi

# ---- instructions (callgrind) -----------------------------------------------
# Counted, not timed, so a busy machine does not move them. A batch line's
# cost is the difference between 3,000 lines and 300, over 2,700: start-up
# and the first line's dictionaries cancel out. Two inputs: 300/3,000 lines
# of the bench input, and real statements (../shared/corpus, or
# $OFICIO_CORPUS) cycled with distinct ids, when they are there.

CORPUS=${OFICIO_CORPUS:-$HERE/../../shared/corpus}
fmt_i() { awk -v n="$1" 'BEGIN { if (n >= 1e6) printf "%.1fM", n / 1e6; else printf "%.1fk", n / 1000 }'; }
declare -A FLOOR
PROFILE=()   # where a corpus line goes (bench/profile.pl), printed under the table
instr() {   # instr INPUT CMD... -> the instructions callgrind counted; the
            # profile is kept in $PROFILE_OUT when that is set
    local in=$1
    shift
    valgrind --tool=callgrind --callgrind-out-file="${PROFILE_OUT:-/dev/null}" "$@" < "$in" 2>&1 > /dev/null |
        sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' | tail -n 1
}
per_line() {   # per_line LABEL IN-300 IN-3000 [PROFILE-PREFIX]
    local a b
    a=$(PROFILE_OUT=${4:+$4-300.out} instr "$2" "$OFICIO" --json batch)
    b=$(PROFILE_OUT=${4:+$4-3000.out} instr "$3" "$OFICIO" --json batch)
    [ -n "$a" ] && [ -n "$b" ] || { note "callgrind counted nothing for $1"; return; }
    local k
    k=$(calc "($b - $a) / 2700")
    row_text "\`batch --json\`: instructions a line, $1 (3,000 lines less 300, / 2,700)" "$(fmt_i "$k")" \
        "$(le "$k" 100000; verdict $? "≤ 100k:")"
}
if command -v valgrind > /dev/null; then
    say "bench: instructions (callgrind)"
    I_OF=$(instr /dev/null "$OFICIO" -e quit)
    if [ "$CLIPS_OK" = 1 ]; then
        I_CL=$(instr /dev/null "$CLIPS" -f2 "$LOADF")
        I_R=$(calc "$I_OF / $I_CL")
        row_text "start-up: instructions, \`oficio -e quit\` against \`clips -f2\`" \
            "$(fmt_i "$I_OF") against $(fmt_i "$I_CL"): $(fmt_x "$I_R")" "$(le "$I_R" 1.0; verdict $? "≤ 1.0× clips:")"
    else
        row_text "start-up: instructions, \`oficio -e quit\`" "$(fmt_i "$I_OF")" "≤ 1.0× clips: n/a"
    fi
    if [ "$CLIPS_OK" = 1 ]; then
        # The floor: CLIPS alone on 14 facts a line (bench/floor.clp), the
        # facts' cost being the difference of its two modes.
        for mode in yes no; do
            for n in 100 1000; do
                printf '(load "%s")\n(reset)\n(floor %s %s)\n(exit)\n' "$HERE/floor.clp" "$n" "$mode" > "$TMP/floor.clp"
                FLOOR[$mode-$n]=$(instr /dev/null "$CLIPS" -f2 "$TMP/floor.clp")
            done
        done
        if [ -n "${FLOOR[yes-1000]}" ] && [ -n "${FLOOR[no-1000]}" ]; then
            k=$(calc "((${FLOOR[yes-1000]} - ${FLOOR[yes-100]}) - (${FLOOR[no-1000]} - ${FLOOR[no-100]})) / 900")
            row_text "reference: CLIPS alone on a line's facts (bench/floor.clp: 7 asserted, a rule concluding one from each, the 7 retracted; 1,000 lines less 100, / 900)" \
                "$(fmt_i "$k")" ""
        fi
    fi
    head -n 300 "$IN10K" > "$TMP/gen-300.jsonl"
    head -n 3000 "$IN10K" > "$TMP/gen-3000.jsonl"
    per_line "bench input" "$TMP/gen-300.jsonl" "$TMP/gen-3000.jsonl"
    if [ -f "$CORPUS/real_en.tsv" ] && [ -f "$CORPUS/real_es.tsv" ]; then
        for n in 300 3000; do
            perl -MJSON::PP -e 'my ($n, @t) = (shift, ());
                while (<>) { next if $. == 1 && /^id\t/; chomp; my @f = split /\t/; push @t, $f[1] if defined $f[1] }
                continue { close ARGV if eof }
                my $j = JSON::PP->new->utf8(0)->canonical;
                print $j->encode({id => $_ + 1, text => $t[$_ % @t]}), "\n" for 0 .. $n - 1' \
                "$n" "$CORPUS/real_en.tsv" "$CORPUS/real_es.tsv" > "$TMP/corpus-$n.jsonl"
        done
        per_line "real statements (corpus)" "$TMP/corpus-300.jsonl" "$TMP/corpus-3000.jsonl" "$TMP/profile"
        if command -v callgrind_annotate > /dev/null && [ -s "$TMP/profile-3000.out" ] &&
            mapfile -t PROFILE < <(perl "$HERE/profile.pl" 300 "$TMP/profile-300.out" 3000 "$TMP/profile-3000.out") &&
            [ "${#PROFILE[@]}" -gt 0 ]; then
            :
        else
            PROFILE=()
            note "no profile of a corpus line (callgrind_annotate, from valgrind, is needed)."
        fi
    else
        note "no corpus at $CORPUS (set OFICIO_CORPUS): instructions a line on the bench input only."
    fi
else
    note "no valgrind (apt-get install -y valgrind): no instruction counts."
fi

# ---- prompt latency ----------------------------------------------------------

PROMPT_RUNS=5
say "bench: prompt latency ($PROMPT_RUNS runs of 1,000 classify commands)"
for ((i = 0; i < PROMPT_RUNS; i++)); do
    timed /dev/null /dev/null "$OFICIO" "$SCRIPT"
    [ "$RC" = 0 ] || die "oficio $SCRIPT failed (exit $RC): $(head -c 300 "$TMP/err")"
    ts=$T; rs=$RSS
    timed /dev/null /dev/null "$OFICIO" -e quit
    push prompt-script "$ts" "$rs"
    push prompt-each "$(calc "($ts - $T) / 1000")"
done
PM=$(median "${TIMES[prompt-each]}")
row "prompt: one \`classify\` (1,000 in a script, less start-up)" $PROMPT_RUNS prompt-each - prompt-script "-" \
    "$(le "$PM" 0.001; verdict $? "< 1 ms:")"

# ---- batch -------------------------------------------------------------------

batch_size() {   # batch_size LABEL INPUT LINES RUNS
    local label=$1 in=$2 lines=$3 runs=$4 i
    for ((i = 0; i < runs; i++)); do
        timed "$in" /dev/null "$OFICIO" batch --json
        [ "$RC" = 0 ] || die "oficio batch --json failed on $in (exit $RC): $(head -c 300 "$TMP/err")"
        push "of-$label" "$T" "$RSS"
        timed "$in" /dev/null "$BARE" --kb "$KB/kb"
        [ "$RC" = 0 ] || die "bare failed on $in (exit $RC)"
        push "bare-$label" "$T" "$RSS"
    done
}
batch_rows() {   # batch_rows LABEL SHOWN-AS LINES RUNS-TEXT [EXTRA-TARGETS]
    local label=$1 shown=$2 lines=$3 runs=$4 extra=${5:-}
    local R med rate t1 t2
    R=$(ratios "${TIMES[of-$label]}" "${TIMES[bare-$label]}")
    med=$(median "${TIMES[of-$label]}")
    rate=$(calc "$lines / $med")
    t1=$(ge "$rate" 40000; verdict $? "≥ 40k lines/s:")
    t2=$(le "$(median "$R")" 25; verdict $? "≤ 25× bare:")
    row "\`batch --json\`, $shown lines" "$runs" "of-$label" "$lines" "of-$label" "$(ratio_text "$R") bare" \
        "$t1; $t2${extra:+; $extra}"
    row "bare reference, $shown lines" "$runs" "bare-$label" "$lines" "bare-$label" "(reference)" ""
}

# The large measurements (100k, --jobs, 1M) get 3 runs each when they fit
# in BUDGET, fewer when they would not: all start at 1 run, then each gets a
# 2nd run, in that order, while the estimates fit, then a 3rd. The plan is
# made again after each measurement, from the times measured so far.
plan() {   # plan COST-100K COST-JOBS COST-1M SECONDS-LEFT -> "runs-100k runs-jobs runs-1m"
    awk -v a="$1" -v b="$2" -v c="$3" -v left="$4" 'BEGIN {
        cost[1] = a; cost[2] = b; cost[3] = c; used = 0
        for (k = 1; k <= 3; k++) { n[k] = 1; used += cost[k] }
        for (r = 2; r <= 3; r++)
            for (k = 1; k <= 3; k++)
                if (cost[k] > 0 && n[k] == r - 1 && used + cost[k] <= left) { n[k] = r; used += cost[k] }
        print n[1], n[2], n[3] }'
}
left() { calc "$BUDGET - ($(now) - $T_START) - 5"; }   # 5 s for the checks and the table
runs_text() { if [ "$1" -lt 3 ]; then echo "$1 (budget)"; else echo "$1"; fi; }

say "bench: batch, 10k lines (5 runs)"
batch_size 10k "$IN10K" 10000 5

HAVE_JOBS=0
"$OFICIO" batch --json --jobs 1 < /dev/null > /dev/null 2>&1 && HAVE_JOBS=1
# per-line cost from the 10k runs, less oficio's start-up
S0=$(median "${TIMES[start-oficio]}")
C_OF=$(calc "(($(median "${TIMES[of-10k]}") - $S0) > 0 ? ($(median "${TIMES[of-10k]}") - $S0) : 0) / 10000")
C_BARE=$(calc "$(median "${TIMES[bare-10k]}") / 10000")
E100=$(calc "$S0 + 100000 * ($C_OF + $C_BARE)")
EJ=$(calc "$HAVE_JOBS * (2.6 * ($S0 + 100000 * $C_OF) + $S0 + 10000 * $C_OF)")
E1M=$(calc "$S0 + 1000000 * ($C_OF + $C_BARE)")
read -r RUNS_100K _ _ <<< "$(plan "$E100" "$EJ" "$E1M" "$(left)")"
say "bench: batch, 100k lines ($RUNS_100K run(s), about $(printf '%.0f' "$E100") s each)"
batch_size 100k "$IN100K" 100000 "$RUNS_100K"

# ---- --jobs 2 against --jobs 1 -------------------------------------------------

T100=$(median "${TIMES[of-100k]}")
C_OF=$(calc "(($T100 - $S0) > 0 ? ($T100 - $S0) : 0) / 100000")
C_BARE=$(calc "$(median "${TIMES[bare-100k]}") / 100000")
EJ=$(calc "$HAVE_JOBS * (2.6 * $T100 + $S0 + 10000 * $C_OF)")
E1M=$(calc "$S0 + 1000000 * ($C_OF + $C_BARE)")
read -r _ JOBS_RUNS _ <<< "$(plan 0 "$EJ" "$E1M" "$(left)")"
if [ "$HAVE_JOBS" = 1 ]; then
    say "bench: batch --jobs 2 against --jobs 1, 100k lines ($JOBS_RUNS run(s), about $(printf '%.0f' "$EJ") s each)"
    timed "$IN10K" "$TMP/jobs2-10k.out" "$OFICIO" batch --json --jobs 2
    RSS_JOBS2_10K=$RSS
    if [ "$RC" != 0 ] || ! cmp -s "$TMP/jobs2-10k.out" "$TMP/oficio-10k.out"; then
        note "\`batch --json --jobs 2\` on the 10k input does NOT give the same output, in the same order, as \`batch --json\`."
        JOBS_SAME="same output as \`batch\` (10k): **MISS**"
    else
        JOBS_SAME="same output as \`batch\` (10k): **PASS**"
    fi
    head -n 50000 "$IN100K" > "$TMP/half-1.jsonl"
    tail -n +50001 "$IN100K" > "$TMP/half-2.jsonl"
    for ((i = 0; i < JOBS_RUNS; i++)); do
        timed "$IN100K" /dev/null "$OFICIO" batch --json --jobs 1
        [ "$RC" = 0 ] || die "batch --jobs 1 failed (exit $RC)"
        push jobs1 "$T" "$RSS"
        timed "$IN100K" /dev/null "$OFICIO" batch --json --jobs 2
        [ "$RC" = 0 ] || die "batch --jobs 2 failed (exit $RC)"
        push jobs2 "$T" "$RSS"
        # The machine's own ceiling: two plain batch processes at once,
        # each on half the lines, sharing nothing.
        t0=$EPOCHREALTIME
        "$OFICIO" batch --json < "$TMP/half-1.jsonl" > /dev/null 2>&1 &
        HALF=$!
        "$OFICIO" batch --json < "$TMP/half-2.jsonl" > /dev/null 2>&1
        RC=$?
        wait "$HALF" || RC=$?
        t1=$EPOCHREALTIME
        [ "$RC" = 0 ] || die "batch on half the lines failed (exit $RC)"
        push halves "$(calc "${t1/,/.} - ${t0/,/.}")"
    done
fi

# ---- 1M lines ------------------------------------------------------------------

read -r _ _ RUNS_1M <<< "$(plan 0 0 "$E1M" "$(left)")"
say "bench: batch, 1M lines ($RUNS_1M run(s), about $(printf '%.0f' "$E1M") s each)"
batch_size 1m "$IN1M" 1000000 "$RUNS_1M"

CUT=""
[ "$RUNS_100K" -lt 3 ] && CUT="$CUT 100k: $RUNS_100K;"
[ "$HAVE_JOBS" = 1 ] && [ "$JOBS_RUNS" -lt 3 ] && CUT="$CUT --jobs: $JOBS_RUNS;"
[ "$RUNS_1M" -lt 3 ] && CUT="$CUT 1M: $RUNS_1M;"
[ -n "$CUT" ] && note "fewer than 3 runs, to keep the suite within its budget of $BUDGET s (BENCH_BUDGET):${CUT%;}."
if awk -v l="${LOAD_START%% *}" -v n="$(nproc)" 'BEGIN { exit !(l > n / 2) }'; then
    note "the machine was busy when the suite started (load average ${LOAD_START%% *} on $(nproc) cores): absolute times, lines per second and the --jobs speed-up suffer most; the pairwise ratios less."
fi

# ---- rows ----------------------------------------------------------------------

batch_rows 10k 10k 10000 5
batch_rows 100k 100k 100000 "$(runs_text "$RUNS_100K")"
MEM_EXTRA=""
if [ -n "${RSSES[of-1m]:-}" ]; then
    RM=$(ratios "${RSSES[of-1m]}" "${RSSES[of-10k]}")
    read -r _ _ RSS1M_MAX <<< "$(stats "${RSSES[of-1m]}")"
    MEM_EXTRA="RSS vs 10k $(ratio_text "$RM"), $(le "$(median "$RM")" 1.2; verdict $? "≤ 1.2×:"); $(le "$RSS1M_MAX" 65536; verdict $? "RSS < 64 MiB:")"
else
    MEM_EXTRA="memory: n/a (no /usr/bin/time)"
fi
batch_rows 1m 1M 1000000 "$(runs_text "$RUNS_1M")" "$MEM_EXTRA"

if [ "$HAVE_JOBS" = 1 ]; then
    S=$(ratios "${TIMES[jobs1]}" "${TIMES[jobs2]}")
    row "\`batch --json --jobs 1\`, 100k lines" "$(runs_text "$JOBS_RUNS")" jobs1 100000 jobs1 "-" ""
    JOBS_MEM=""
    if [ -n "${RSSES[jobs2]:-}" ] && [ -n "$RSS_JOBS2_10K" ]; then
        RJ=$(for r in ${RSSES[jobs2]}; do calc "$r / $RSS_JOBS2_10K"; echo; done)
        JOBS_MEM="; RSS vs 10k $(ratio_text "$RJ"), $(le "$(median "$RJ")" 1.2; verdict $? "≤ 1.2×:")"
    fi
    row "\`batch --json --jobs 2\`, 100k lines" "$(runs_text "$JOBS_RUNS")" jobs2 100000 jobs2 "$(ratio_text "$S") faster than --jobs 1" \
        "$(ge "$(median "$S")" 1.8; verdict $? "≥ 1.8×:"); $JOBS_SAME$JOBS_MEM"
    H=$(ratios "${TIMES[jobs1]}" "${TIMES[halves]}")
    read -r HM HMIN HMAX <<< "$(stats "${TIMES[halves]}")"
    row_text "reference: two \`batch --json\` at once, each on half the 100k lines" \
        "$(fmt_t "$HM") [$(fmt_t "$HMIN")–$(fmt_t "$HMAX")], $(ratio_text "$H") faster than --jobs 1: what this machine gives two processes that share nothing" ""
    note "peak RSS with --jobs is that of the largest single process (GNU time reports the maximum over the process and the children it waited for), not the sum."
else
    row_text "\`batch --json --jobs 2\` against \`--jobs 1\`, 100k lines" "n/a (no --jobs)" "≥ 1.8×: n/a"
fi

TOTAL=$(calc "$(now) - $T_START")
TOTAL_OK=$(le "$TOTAL" 300; verdict $? "< 5 min:")

# ---- print -----------------------------------------------------------------------

MEM=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
MODEL=$(lscpu 2> /dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -n 1)
VERSION=$("$OFICIO" --version 2> /dev/null | head -n 1)
{
    echo "- machine: $(nproc) cores, ${MODEL:-unknown CPU}, $MEM memory; $(uname -sr)"
    echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); oficio: ${VERSION:-?}, commit $COMMIT${DIRTY:-}"
    echo "- load average (1, 5, 15 min): $LOAD_START at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end"
    echo "- command: \`${BENCH_RECORD:+BENCH_RECORD=$BENCH_RECORD }OFICIO=$OFICIO BENCH_DIR=$BENCH_DIR BENCH_SEED=$SEED BENCH_BUDGET=$BUDGET bash bench/run.sh\` (what \`make bench\` runs)"
    echo
    echo "| measurement | runs | median | min | max | lines/s (median) | peak RSS (median) | ratio, pair by pair: median [min–max] | targets |"
    echo "|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${ROWS[@]}"
    echo
    echo "suite: $(printf '%.0f' "$TOTAL") s, $TOTAL_OK"
    echo
    echo "targets: $(printf '%s\n' "${ROWS[@]}" "$TOTAL_OK" | grep -o '\*\*PASS\*\*' | wc -l) PASS," \
         "$(printf '%s\n' "${ROWS[@]}" "$TOTAL_OK" | grep -o '\*\*MISS\*\*' | wc -l) MISS"
    if [ "${#PROFILE[@]}" -gt 0 ]; then
        echo
        echo "Where a line of real statements goes: callgrind's inclusive counts of the functions named,"
        echo "3,000 corpus lines less 300, over 2,700 (bench/profile.pl). CLIPS's own code is the sum of"
        echo "its functions' exclusive counts, whichever phase called them."
        echo
        printf '%s\n' "${PROFILE[@]}"
    fi
    for n in "${NOTES[@]}"; do echo; echo "note: $n"; done
} > "$TMP/table.md"

cp "$TMP/table.md" "$BENCH_DIR/RESULTS.md"
if [ "${BENCH_RECORD:-0}" = 1 ]; then
    {
        echo "# Benchmark results"
        echo
        echo "The latest \`make bench\` (bench/run.sh), on the machine below; \`BENCH_RECORD=1 make bench\`"
        echo "rewrites this file (a plain \`make bench\` writes build/bench/RESULTS.md only)."
        echo
        echo "Inputs come from bench/gen.c (fixed seed, Spanish and English, lexicon phrases among"
        echo "everyday words); bench/bare.c is the bare reference (read, hash words, write: no rules,"
        echo "no stemming). Each ratio is computed pair by pair, oficio's run i against the reference's"
        echo "run i measured right after it, and summarised by the median of the ratios, so a noisy,"
        echo "shared machine moves both sides of each pair. Wall time: bash's \$EPOCHREALTIME around"
        echo "each command; peak RSS: /usr/bin/time. Start-up samples are the mean of 10 back-to-back"
        echo "runs; the prompt figure is (a script of 1,000 \`classify\` lines less one \`oficio -e quit\`)"
        echo "/ 1,000. Instructions are counted by callgrind (valgrind), which a busy machine does"
        echo "not move: a batch line's are those of 3,000 lines less those of 300, over 2,700."
        echo
        cat "$TMP/table.md"
    } > "$HERE/RESULTS.md"
fi
cat "$TMP/table.md"
