"""The Streamlit edge: caching, components and page views. Only this layer imports Streamlit or draws.

Imports run one way: app -> text -> domain -> data (tests/test_layers.py checks it)."""
