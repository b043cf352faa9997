"""Deployment helpers: several Streamlit processes behind a sticky nginx (deploy/multi.py)."""
