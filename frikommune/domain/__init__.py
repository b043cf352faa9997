"""Pure functions over a Database: what the figures are and what they mean, never how they are worded or drawn."""
