"""Text from a file is text: one normal form before it becomes a key, and escaped wherever it is shown.

- :func:`clean` - NFKC (fullwidth ``２０１９`` is ``2019``, the ligature ``ﬁ`` is ``fi``), zero-width and other
  invisible format characters removed, runs of white space as one space. Waves, questions, respondent ids and
  the names matched against municipalities pass through it, so look-alikes never become separate series.
- :func:`escape_markdown` - for ``st.markdown``/``st.error``/``st.caption``: every character markdown (or the
  HTML markdown allows) could act on is escaped, so ``![m](http://…)`` or ``<a href=…>`` shows as typed.
- :func:`escape_html` - for plotly titles, hover texts and axis labels, which render a subset of HTML.
"""

from __future__ import annotations

import html
import re
import unicodedata

# Invisible characters that change a key without changing what a person sees: zero-width space/joiners, word
# joiner, BOM/zero-width no-break space, soft hyphen, Mongolian vowel separator, bidi marks and embeddings.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~:$&\"'=^])")


def clean(value: object) -> str:
    """``value`` as text in one normal form: NFKC, invisible characters removed, white space collapsed."""
    text = unicodedata.normalize("NFKC", str(value))
    return " ".join(_INVISIBLE.sub("", text).split())


def escape_markdown(value: object) -> str:
    """``value`` safe to put inside markdown: shown as typed, never a link, image, HTML tag or formatting."""
    text = str(value).replace("\r", " ").replace("\n", " ")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def escape_html(value: object) -> str:
    """``value`` safe inside plotly's HTML-ish labels (``<a>``, ``<b>``, ``<br>`` … shown as typed)."""
    return html.escape(str(value), quote=True)
