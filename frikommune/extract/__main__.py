"""python -m frikommune.extract: rebuild data/curated/ from the seeds."""

from frikommune.extract.build import build

for table, count in build().items():
    print(f"{table}: {count} rows")
