"""Runs of text sent as one HTML element: markdown rendered as the page would, captions grouped, tags balanced."""

from __future__ import annotations

from html.parser import HTMLParser

from frikommune.app import prose


class _Divs(HTMLParser):
    """The text of each caption group, and whether every <div> was closed."""

    def __init__(self) -> None:
        super().__init__()
        self.depth, self.caption_depth, self.captions = 0, None, []

    def handle_starttag(self, tag, attrs):
        if tag == "div":
            self.depth += 1
            if ("class", "fk-caption") in attrs:
                self.caption_depth = self.depth
                self.captions.append("")

    def handle_endtag(self, tag):
        if tag == "div":
            if self.depth == self.caption_depth:
                self.caption_depth = None
            self.depth -= 1

    def handle_data(self, data):
        if self.caption_depth is not None:
            self.captions[-1] += data


def parsed(blocks) -> _Divs:
    parser = _Divs()
    parser.feed(prose.to_html(blocks).split("</style>", 1)[1])
    return parser


def test_neighbouring_captions_share_one_grey_group_and_text_between_starts_a_new_one():
    divs = parsed([("markdown", "- a"), ("caption", "x"), ("caption", "y"), ("markdown", "b"), ("caption", "z")])
    assert [c.strip().split() for c in divs.captions] == [["x", "y"], ["z"]]
    assert divs.depth == 0  # every group and the wrapper closed, also when the last block is a caption


def test_markdown_is_rendered_and_curated_html_kept():
    html = prose.to_html([("markdown", "**5.547** fritagelser"), ("caption", '<abbr title="»citat«">(quote)</abbr>')])
    assert "<strong>5.547</strong> fritagelser" in html
    assert '<abbr title="»citat«">(quote)</abbr>' in html
    assert "**" not in html


def test_columns_stand_side_by_side_and_stack_on_a_phone():
    html = prose.to_html([prose.columns("**Tema:** a", "**Regler:** b"), ("caption", "c")])
    body = html.split("</style>", 1)[1]
    assert body.index("<strong>Tema:</strong> a") < body.index("<strong>Regler:</strong> b") < body.index("c</p>")
    assert '<div class="fk-columns"><div>' in body
    assert "grid-template-columns: 1fr 1fr" in html and "@media (max-width: 640px)" in html
    divs = parsed([prose.columns("a", "b"), ("caption", "c")])
    assert divs.depth == 0 and [c.strip() for c in divs.captions] == ["c"]
