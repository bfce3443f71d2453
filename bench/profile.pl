#!/usr/bin/perl
# bench/profile.pl - where a batch line's instructions go, from two callgrind
# profiles of `oficio --json batch` on N1 and N2 lines of the same kind
# (bench/run.sh: 300 and 3,000 corpus lines). Each figure is the difference
# between the two profiles over N2 - N1 lines, so start-up and the first
# line's dictionaries cancel out. Prints Markdown rows:
#
#   perl bench/profile.pl N1 PROFILE1 N2 PROFILE2
#
# Needs callgrind_annotate (valgrind). Functions are found by name, so the
# rows say n/a when a name is gone (renamed in the code, or no symbols).
use strict;
use warnings;

my ($n1, $f1, $n2, $f2) = @ARGV;
die "usage: profile.pl N1 PROFILE1 N2 PROFILE2\n" unless defined $f2 && $n2 > $n1;

# Per function (its name without file or object): inclusive instructions
# and the calls it received; and CLIPS's exclusive instructions in all.
sub load {
	my ($file) = @_;
	my (%incl, %calls);
	open my $h, '-|', 'callgrind_annotate', '--tree=caller', '--inclusive=yes',
	    '--threshold=100', $file or die "callgrind_annotate: $!\n";
	my @callers;
	while (<$h>) {
		if (/^\s*$/) { @callers = (); next }
		my ($v, $mark, $name) = /^\s*([\d,]+)\s+\([^)]*\)\s+([<*])\s+(\S+)/ or next;
		$v =~ s/,//g;
		$name =~ s/^.*://;
		if ($mark eq '<') {
			my ($k) = /\(([\d,]+)x\)/;
			$k =~ s/,//g if defined $k;
			push @callers, $k // 0;
		} else {
			# A name met twice (a function inlined in another file)
			# is the entry that costs the most.
			if (!defined $incl{$name} || $v > $incl{$name}) {
				$incl{$name} = $v;
				$calls{$name} = 0;
				$calls{$name} += $_ for @callers;
			}
			@callers = ();
		}
	}
	close $h;
	# Exclusive costs, for CLIPS's share: its functions have no file name
	# ("???:") and live in oficio's binary (CLIPS is linked in).
	open $h, '-|', 'callgrind_annotate', '--inclusive=no', '--threshold=100', $file
	    or die "callgrind_annotate: $!\n";
	my $clips = 0;
	while (<$h>) {
		my ($v, $name, $obj) = /^\s*([\d,]+)\s+\([^)]*\)\s+(\S+)\s+\[(.*)\]/ or next;
		$v =~ s/,//g;
		$clips += $v if $name =~ /^\?\?\?:/ && $obj !~ m{/lib/|\.so};
	}
	close $h;
	return {incl => \%incl, calls => \%calls, clips => $clips};
}

my ($a, $b) = (load($f1), load($f2));
my $lines = $n2 - $n1;
sub per_line {
	my ($what, $name) = @_;
	return undef unless defined $b->{$what}{$name} && defined $a->{$what}{$name};
	return ($b->{$what}{$name} - $a->{$what}{$name}) / $lines;
}
sub k { defined $_[0] ? sprintf('%.1fk', $_[0] / 1000) : 'n/a' }

my $total = per_line('incl', 'batch_run');
# [label, function, part of the phase before it (not counted again)]
my @phases = (
	['reading the text (words, lemmas, the lexicon\'s phrases; `task_wants`)', 'task_wants'],
	['asserting the line\'s facts, with CLIPS matching them (`sync_facts`)', 'sync_facts'],
	['running the rules: firing, and matching what they assert (`host_run`)', 'host_run'],
	['of which the verdict\'s two functions (`decayed-shares` over `fact-values`)', 'decayed_shares', 1],
	['retracting the line\'s facts, with what rests on them (`host_retract_fact`)', 'host_retract_fact'],
	['reading the conclusions back (`read_classified`)', 'read_classified'],
	['writing the answer as JSON (`advice_add_task`)', 'advice_add_task'],
);
my $share = sub { defined $_[0] && $total ? sprintf('%.0f%%', 100 * $_[0] / $total) : '' };
print "| where a batch line goes (real statements) | instructions a line | share |\n";
print "|---|---|---|\n";
printf "| the whole line (`batch_run`) | %s | |\n", k($total);
my $rest = $total;
for my $p (@phases) {
	my $v = per_line('incl', $p->[1]);
	$rest -= $v if defined $v && defined $rest && !$p->[2];
	printf "| %s | %s | %s |\n", $p->[0], k($v), $share->($v);
}
printf "| the rest (JSON in, the loop) | %s | %s |\n", k($rest), $share->($rest);
my $clips = ($b->{clips} - $a->{clips}) / $lines;
printf "| CLIPS's own code, across the phases above | %s | %s |\n", k($clips), $share->($clips);
my @counts = (
	['facts asserted from C', 'host_assert_fact'],
	['facts asserted by rules', 'AssertCommand'],
	['rules fired', 'EvaluateProcActions'],
);
print "\n| a batch line's work (real statements) | per line |\n|---|---|\n";
for my $c (@counts) {
	my $v = per_line('calls', $c->[1]);
	printf "| %s (calls to `%s`) | %s |\n", $c->[0], $c->[1], defined $v ? sprintf('%.2f', $v) : 'n/a';
}
