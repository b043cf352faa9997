"""frikommune: the results of the North Jutland Frikommuneforsøg II, as data and as a dashboard."""
