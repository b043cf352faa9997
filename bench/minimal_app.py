"""The baseline for "page open to first chart": a minimal Streamlit app that draws one small plotly chart."""

import plotly.graph_objects as go
import streamlit as st

st.title("Minimal")
st.plotly_chart(go.Figure(go.Bar(x=["a", "b", "c"], y=[3, 1, 2])), theme=None)
