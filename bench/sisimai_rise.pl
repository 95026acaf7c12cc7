#!/usr/bin/perl
# The reference half of bench/throughput.py: load Sisimai once, then parse every file
# named on standard input (one path a line) with Sisimai->rise (v5) or Sisimai->make (v4),
# one warm-up pass and then PASSES timed passes. Perl start-up and module loading are not
# timed, as the Python side does not time its own start-up.
#
# Usage: perl bench/sisimai_rise.pl PASSES < list-of-paths
# Prints one line: "sisimai_version=V api=rise|make files=N passes=P records=R elapsed_s=S best_pass_s=B"
# (elapsed_s: all timed passes together; best_pass_s: the fastest single pass; cpu_s: the CPU
# seconds, user and system, of the timed passes).
use strict;
use warnings;
use Time::HiRes qw(time);
use Sisimai;

my $passes = shift @ARGV // 10;
my @paths = grep { length } map { chomp; $_ } <STDIN>;
die "no paths on standard input\n" unless @paths;

my $api = Sisimai->can('rise') ? 'rise' : 'make';
my $parse = Sisimai->can($api);

sub one_pass {
    my $records = 0;
    for my $path (@paths) {
        my $result = $parse->('Sisimai', $path);
        $records += scalar @$result if ref $result eq 'ARRAY';
    }
    return $records;
}

one_pass();    # warm-up: the first call loads the MTA modules on demand
my $records = 0;
my $best;
my @cpu_started = times;
my $started = time;
for ( 1 .. $passes ) {
    my $pass_started = time;
    $records += one_pass();
    my $took = time - $pass_started;
    $best = $took if !defined $best || $took < $best;
}
my $elapsed = time - $started;
my @cpu_ended = times;
my $cpu = ( $cpu_ended[0] + $cpu_ended[1] ) - ( $cpu_started[0] + $cpu_started[1] );

printf "sisimai_version=%s api=%s files=%d passes=%d records=%d elapsed_s=%.6f best_pass_s=%.6f cpu_s=%.6f\n",
    $Sisimai::VERSION, $api, scalar @paths, $passes, $records, $elapsed, $best, $cpu;
