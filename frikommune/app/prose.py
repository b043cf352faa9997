"""Runs of text (markdown paragraphs, lists, grey captions) sent to the browser as one HTML element.

A dozen markdown elements cost the browser about 240 ms of parsing and layout before a page's first chart (issue
16); the same text rendered here once, cached with the page's figures, costs it one sanitised insert.
"""

from __future__ import annotations

from markdown_it import MarkdownIt

Block = tuple[str, str]  # (kind, text): "markdown" or "caption" (small, grey) in markdown; "html" rendered already

_MARKDOWN = MarkdownIt("commonmark", {"html": True})  # html: curated anchors and the English <abbr> quotes

# Typed as Streamlit's own markdown and captions, so the text reads like the rest of the page.
CSS = """<style>
.fk-prose { line-height: 1.6; }
.fk-prose h5 { font-size: 1.25rem; font-weight: 600; line-height: 1.2; margin: 0; padding: 0.75rem 0 1rem 0; }
.fk-prose p, .fk-prose ul { margin: 0 0 1rem 0; }
.fk-prose ul { padding-left: 1.5rem; }
.fk-prose li { margin: 0.2rem 0 0.2rem 0.4rem; }
.fk-prose .fk-caption { margin: 0 0 1rem 0; }
.fk-prose .fk-caption p { font-size: 0.875rem; line-height: 1.6; color: #5f5f5f; margin: 0; }
.fk-prose abbr { text-decoration: underline dotted; cursor: help; }
.fk-prose .fk-columns { display: grid; grid-template-columns: 1fr 1fr; column-gap: 1rem; }
@media (max-width: 640px) { .fk-prose .fk-columns { grid-template-columns: 1fr; } }
@media print {
  .fk-prose p, .fk-prose li { font-size: 0.95rem; }
  .fk-prose h5 { break-after: avoid; padding: 0.4rem 0 0.4rem 0; }
}
</style>"""


def to_html(blocks: list[Block] | tuple[Block, ...], css_class: str = "") -> str:
    """The blocks as one HTML fragment (with its stylesheet); neighbouring captions share one grey group."""
    body = [CSS, f'<div class="fk-prose {css_class}">']
    previous = ""
    for kind, text in blocks:
        if previous == "caption" and kind != "caption":
            body.append("</div>")
        if kind == "caption" and previous != "caption":
            body.append('<div class="fk-caption">')
        body.append(text if kind == "html" else _MARKDOWN.render(text))
        previous = kind
    body.append("</div></div>" if previous == "caption" else "</div>")
    return "".join(body)


def columns(*texts: str) -> Block:
    """Markdown texts side by side, one under the other on a phone (as Streamlit's columns lay them out)."""
    cells = "".join(f"<div>{_MARKDOWN.render(text)}</div>" for text in texts)
    return ("html", f'<div class="fk-columns">{cells}</div>')
