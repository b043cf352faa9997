"""Extraction of the source documents (../shared/seeds) into the curated tables of data/curated/."""
