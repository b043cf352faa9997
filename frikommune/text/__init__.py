"""Words for people: localisation, number formatting and citations; turns domain values into sentences."""
