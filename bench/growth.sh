#!/usr/bin/env bash
# bench/growth.sh - work that must grow linearly with its input, measured
# at doubling sizes: the time per unit of input should stay flat (a ratio
# near 2 per doubling; 4 is quadratic). Run by `make bench-growth`.
#
#   OFICIO=build/oficio bash bench/growth.sh
#
# - report: a case with P kept positions and C candidates, P = C = n; the
#   report ranks every candidate for every position, so its unit is one fit
#   (P x C of them). It grew with the fourth power of P x C: each fit
#   summed the skill facts of every fit drawn before (50 x 50 took 17 s,
#   100 x 100 took 301 s).
# - deffacts: a CLIPS expression of N lines piped to the REPL; its unit is
#   one line. Every line rescanned the whole pending expression (80,000
#   lines took 115 s).
#
# Prints a Markdown table; exits 1 when a doubling of n costs more than 1.5
# times what linear growth would (superlinear), from the third size on (the
# smallest are too short to time well). Environment: OFICIO (required), GROWTH_MAX (the
# largest n for report, default 80; deffacts goes to 1,000 times it).
set -u
export LC_ALL=C
OFICIO=${OFICIO:?set OFICIO to the oficio binary}
MAX=${GROWTH_MAX:-80}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

now() { local t=$EPOCHREALTIME; echo "${t/,/.}"; }
calc() { awk "BEGIN { printf \"%.4f\", $1 }"; }

# A case with n positions (each covering two of the article's jobs) and n
# candidates (each with three skills).
make_case() {
	local n=$1
	perl -e '
		my $n = shift;
		my @roles = qw(receptionist cashier sales-representative customer-service-representative
			       accountant hr-executive legal-advisor claims-processor data-entry-clerk network-administrator);
		my @skills = qw(interpersonal articulate communication active-listening friendly-personality patience
				questioning-techniques conflict-management oral-written-communication numeracy organization
				document-handling basic-computer word-processing accounting-software job-software);
		print "{\"format\":\"oficio-case\",\"version\":1,\"tasks\":[],\"positions\":[";
		print join(",", map { my $r1 = $roles[$_ % 10]; my $r2 = $roles[($_ * 3 + 1) % 10];
			$r2 = $roles[($_ + 1) % 10] if $r2 eq $r1;
			"{\"id\":\"p$_\",\"items\":[\"$r1\",\"$r2\"]}" } 1 .. $n);
		print "],\"candidates\":[";
		print join(",", map { "{\"id\":\"c$_\",\"skills\":[\"" .
			join("\",\"", $skills[$_ % 16], $skills[($_ * 5 + 2) % 16], $skills[($_ * 7 + 3) % 16] eq $skills[$_ % 16] ? $skills[($_ + 9) % 16] : $skills[($_ * 7 + 3) % 16]) .
			"\"]}" } 1 .. $n);
		print "]}\n";' "$n"
}

make_deffacts() {
	local n=$1
	perl -e 'my $n = shift; print "(deffacts big\n"; print "   (item $_)\n" for 1 .. $n; print ")\n(+ 1 2)\n"' "$n"
}

fail=0
echo "| work | n | units | seconds | ms per unit | time ratio to the size before |"
echo "|---|---|---|---|---|---|"
measure() {   # measure NAME N UNITS CMD...
	local name=$1 n=$2 units=$3 t0 t1 secs
	shift 3
	t0=$(now)
	"$@" > /dev/null 2> "$TMP/err" || { echo "bench: $name $n failed: $(head -3 "$TMP/err")" >&2; fail=1; }
	t1=$(now)
	secs=$(calc "$t1 - $t0")
	local ratio=-
	if [ -n "${PREV:-}" ]; then
		ratio=$(calc "$secs / $PREV")
		if [ "${PREV_N_OK:-0}" = 1 ] && awk "BEGIN { exit !($ratio > 3 * $UNITS_RATIO / 2) }"; then
			ratio="$ratio **MISS**"
			fail=1
		fi
		PREV_N_OK=1
	fi
	echo "| $name | $n | $units | $secs | $(calc "$secs * 1000 / $units") | $ratio |"
	PREV=$secs
}

PREV= PREV_N_OK=0
n=10
while [ "$n" -le "$MAX" ]; do
	make_case "$n" > "$TMP/case.json"
	UNITS_RATIO=4 # P x C grows 4 times when n doubles
	measure report "$n" $((n * n)) "$OFICIO" --case "$TMP/case.json" -e report
	n=$((n * 2))
done

PREV= PREV_N_OK=0
n=10000
while [ "$n" -le $((MAX * 1000)) ]; do
	make_deffacts "$n" > "$TMP/big.clp"
	UNITS_RATIO=2
	measure deffacts "$n" "$n" "$OFICIO" "$TMP/big.clp"
	n=$((n * 2))
done
exit $fail
