"""composer's benchmarks (``make bench``): timings of live checking, export, start-up
and memory against the targets in docs/benchmarks.md. Not part of the test suite."""
