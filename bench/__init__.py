"""Benchmarks (not a Django app): `make bench` runs bench/run.py."""
