"""The benchmark: synthetic survey data at scale, and ratios measured in one run (DESIGN §8).

``python -m bench`` (``make bench``) runs at full scale and rewrites the table in bench/README.md;
``python -m bench --quick`` (``make bench-quick``) runs on smaller data in under a minute. Both write
bench/results.json. Every data set here is synthetic (SYNTETISK), generated from a fixed seed.
"""
