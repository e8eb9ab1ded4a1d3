"""The web pages: highlighting (tables and properties), pages rendered in process, and the
same pages in a real headless Chromium (Debian's chromium, driven by Playwright)."""

from __future__ import annotations

import html
import re
import shutil
import socket
import threading
import time
import warnings
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

fastapi = pytest.importorskip("fastapi", reason="the web extra is not installed")

with warnings.catch_warnings():  # starlette nags about httpx vs httpx2; the client works
    warnings.filterwarnings("ignore", message=".*httpx", category=UserWarning)
    from fastapi.testclient import TestClient

from warta.store import open_store  # noqa: E402
from warta.web.app import create_app  # noqa: E402
from warta.web.data import fill_periods  # noqa: E402
from warta.web.highlight import Mark, highlight  # noqa: E402
from warta.web.samples import sample_records  # noqa: E402
from warta.web.svg import bar_chart  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]


# -- highlighting ---------------------------------------------------------------------------
class _Nesting(HTMLParser):
    """Checks that <mark> tags nest properly and collects the text and ids."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.ids: list[str] = []
        self.refs: list[str] = []
        self.errors: list[str] = []
        self.covering: list[tuple[str, frozenset[str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        ident = values.get("id") or values.get("data-ref") or "?"
        if values.get("id"):
            self.ids.append(ident)
        else:
            self.refs.append(ident)
        self.stack.append(ident)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack:
            self.errors.append("close without open")
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        self.covering.append((data, frozenset(self.stack)))


def parse(markup: str) -> _Nesting:
    parser = _Nesting()
    parser.feed(markup)
    parser.close()
    return parser


def covered_by(markup: str, ident: str) -> str:
    """The text covered by every piece of the mark ``ident``."""
    return "".join(data for data, marks in parse(markup).covering if ident in marks)


@pytest.mark.parametrize(
    ("text", "marks", "covered"),
    [
        # an entity inside a quote: nested, the quote stays one element
        ('Ia berkata, "Budi datang besok."', [(12, 32, "quote", "q0"), (13, 17, "entity", "e1")],
         {"q0": '"Budi datang besok."', "e1": "Budi"}),
        # two spans crossing each other: both keep exactly their own text
        ("Rabu pagi 3 orang tewas", [(0, 9, "timex", "t0"), (5, 17, "amount", "a0")],
         {"t0": "Rabu pagi", "a0": "pagi 3 orang"}),
        # identical spans and a span at the very end
        ("Jakarta hujan", [(0, 7, "entity", "e1"), (0, 7, "timex", "t0"), (8, 13, "amount", "a0")],
         {"e1": "Jakarta", "t0": "Jakarta", "a0": "hujan"}),
        # offsets outside the text are clipped, empty spans dropped
        ("pendek", [(-5, 3, "entity", "e1"), (4, 99, "amount", "a0"), (2, 2, "timex", "t0")],
         {"e1": "pen", "a0": "ek"}),
    ],
)
def test_highlight_covers_exactly_each_span(
    text: str, marks: list[tuple[int, int, str, str]], covered: dict[str, str]
) -> None:
    out = str(highlight(text, [Mark(s, e, k, i) for s, e, k, i in marks]))
    tree = parse(out)
    assert tree.errors == [] and tree.stack == []
    assert "".join(tree.text) == text
    for ident, expected in covered.items():
        assert covered_by(out, ident) == expected
    assert len(tree.ids) == len(set(tree.ids))  # one id per span, pieces carry data-ref


def test_crossing_spans_are_cut_into_pieces_with_refs() -> None:
    out = str(highlight("abcdef", [Mark(0, 4, "timex", "t0"), Mark(2, 6, "amount", "a0")]))
    assert out.count('id="t0"') == 1 and out.count('id="a0"') == 1
    assert 'data-ref="' in out  # one of them had to be reopened


def test_highlight_escapes_text_and_attributes() -> None:
    text = '<b>"x" & y</b>'
    out = str(highlight(text, [Mark(0, len(text), "quote", "q0", title='"><script>', attrs={"data-x": "<i>"})]))
    assert "<b>" not in out and "<script>" not in out and "<i>" not in out
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("ab <>&\"'\n\u00e9\U0001f600")), max_size=40),
    st.lists(st.tuples(st.integers(-3, 45), st.integers(-3, 45),
                       st.sampled_from(["quote", "entity", "timex", "amount", "cue"])), max_size=8),
)
def test_highlight_property_well_nested_and_lossless(text: str, raw: list[tuple[int, int, str]]) -> None:
    marks = [Mark(s, e, kind, f"m{i}") for i, (s, e, kind) in enumerate(raw)]
    out = str(highlight(text, marks))
    tree = parse(out)
    assert tree.errors == [] and tree.stack == []
    assert "".join(tree.text) == text
    for i, (s, e, _) in enumerate(raw):
        lo, hi = max(0, min(s, len(text))), max(0, min(e, len(text)))
        assert covered_by(out, f"m{i}") == (text[lo:hi] if lo < hi else "")


# -- pages, in process -----------------------------------------------------------------------
@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    store = open_store(str(tmp_path_factory.mktemp("pages") / "pages.db"))
    store.upsert(sample_records())
    with TestClient(create_app(db=store, token="")) as c:
        yield c
    store.close()


def test_article_page_highlights_and_who_said_what(client: TestClient) -> None:
    page = client.get("/articles/banjir-semarang").text
    for ident in ("q0", "q1", "q2", "t0", "a0", "e3-m0"):
        assert f'id="{ident}"' in page
    body = page[page.index('id="article-text"') : page.index("</div>", page.index('id="article-text"'))]
    assert covered_by(body.split(">", 1)[1], "q0") == '"Sebanyak 2 warga meninggal dan ratusan orang mengungsi."'
    table = page[page.index('id="who-said-what"') :]
    rows = re.findall(r"<tr>\s*<td><a href=\"#q(\d)\">", table)
    assert rows == ["0", "1", "2"]
    assert '<a href="/entities/per-sri-lestari">Sri Lestari</a>' in table
    assert 'data-href="/entities/per-ahmad-fauzi"' in page


def test_entity_page_statements_in_time_order_with_chart(client: TestClient) -> None:
    page = client.get("/entities/per-ahmad-fauzi").text
    first, second = page.index("Kami mulai bulan depan"), page.index("Jembatan ini memangkas")
    assert first < second  # March before April
    assert "<svg" in page and page.count('class="bar s-articles"') >= 2
    assert "<strong>2</strong> statements" in page


def test_timeline_page_has_bars_and_a_table(client: TestClient) -> None:
    page = client.get("/timeline").text
    assert page.count('class="bar s-articles"') == 3 + 1  # three months plus the legend swatch
    assert "<td>2025-04</td>" in page


def test_search_page_marks_matches_and_links_articles(client: TestClient) -> None:
    page = client.get("/search", params={"q": "jembatan"}).text
    assert 'href="/articles/jembatan-demak"' in page
    assert '<mark class="hl hl-match">' in page
    assert 'id="result-count">1 article' in page


# -- the same pages in a real browser ---------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    uvicorn = pytest.importorskip("uvicorn")
    store = open_store(str(tmp_path_factory.mktemp("live") / "live.db"))
    store.upsert(sample_records())
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db=store, token=""), host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (apt-get install chromium; .ci/services.sh does it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (dev extra)")
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


def test_browser_search_click_through_and_screenshot_quote(live_server: str, page: Any, tmp_path: Path) -> None:
    page.goto(f"{live_server}/search")
    page.fill("input[name=q]", "banjir")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/search?*q=banjir*")
    assert "1 article" in page.inner_text("#result-count")
    page.click("li.result a.title")
    page.wait_for_url("**/articles/banjir-semarang")
    quote = page.locator("mark.hl-quote#q0")
    assert quote.is_visible()
    box = quote.bounding_box()
    assert box is not None and box["width"] > 50 and box["height"] > 10
    shot = tmp_path / "quote.png"
    quote.screenshot(path=str(shot))
    page.screenshot(path=str(tmp_path / "article.png"), full_page=True)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 500
    # the highlight colour is really painted (not transparent)
    colour = quote.evaluate("el => getComputedStyle(el).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    # the layer switch (own JS) turns the quote highlight off and on again
    page.uncheck("#layers input[data-layer=quote]")
    assert quote.evaluate("el => getComputedStyle(el).backgroundColor") == "rgba(0, 0, 0, 0)"
    page.check("#layers input[data-layer=quote]")
    # the who-said-what table links the speaker to the entity page
    page.click("#who-said-what a:text('Sri Lestari')")
    page.wait_for_url("**/entities/per-sri-lestari")
    assert page.locator("svg.chart").is_visible()


def test_browser_injected_script_does_not_run(live_server: str, page: Any) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for url in ("/articles/uji-keamanan", "/search?q=keamanan", "/entities/per-budi-santoso",
                "/quotes?speaker=Budi", "/entities"):
        page.goto(live_server + url)
        page.wait_for_load_state("load")
        page.mouse.move(400, 300)  # would fire an onmouseover payload
        assert page.evaluate("typeof window.__pwned") == "undefined", url
    page.goto(f"{live_server}/articles/uji-keamanan")
    assert "<script>window.__pwned = 3; alert(3)</script>" in page.inner_text("#article-text")
    assert page.locator("#article-text img, #article-text script, #article-text svg").count() == 0
    # the javascript: URL is not a link
    assert page.locator("a[href^='javascript']").count() == 0
    page.wait_for_timeout(200)
    assert dialogs == []


def test_browser_timeline_chart_renders(live_server: str, page: Any) -> None:
    page.goto(f"{live_server}/timeline")
    bars = page.locator("svg.chart rect.bar.s-articles")
    assert bars.count() == 4
    assert page.locator("svg.chart").bounding_box()["height"] > 100  # type: ignore[index]


# -- charts ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("rows", "by", "periods"),
    [
        ([{"period": "2024-11", "articles": 1}, {"period": "2025-02", "articles": 2}], "month",
         ["2024-11", "2024-12", "2025-01", "2025-02"]),
        ([{"period": "2024-12-30", "articles": 1}, {"period": "2025-01-01", "articles": 1}], "day",
         ["2024-12-30", "2024-12-31", "2025-01-01"]),
        ([{"period": "2025-01", "articles": 1}], "month", ["2025-01"]),
        ([], "month", []),
        # a span too long to fill is left as it is
        ([{"period": "1800-01", "articles": 1}, {"period": "2025-01", "articles": 1}], "month",
         ["1800-01", "2025-01"]),
    ],
)
def test_timeline_gaps_are_filled_with_zeros(rows: list[dict[str, Any]], by: str, periods: list[str]) -> None:
    filled = fill_periods(rows, by)
    assert [r["period"] for r in filled] == periods
    assert sum(r["articles"] for r in filled) == sum(r["articles"] for r in rows)


@pytest.mark.parametrize("peak", [0, 1, 3, 7, 13, 99, 1001])
def test_chart_ticks_are_whole_numbers_above_the_peak(peak: int) -> None:
    svg = str(bar_chart([{"period": "2025-01", "articles": peak}, {"period": "2025-02", "articles": 1}]))
    ticks = [float(t) for t in re.findall(r'text-anchor="end">([\d.e+]+)</text>', svg)]
    assert len(ticks) == 5 and all(t.is_integer() for t in ticks) and ticks[-1] >= peak
    heights = [float(h) for h in re.findall(r'class="bar s-articles" x="[\d.]+" y="[\d.]+" width="[\d.]+" height="([\d.]+)"', svg)]
    assert (heights[0] >= heights[1]) == (peak >= 1)


def test_chart_escapes_labels() -> None:
    svg = str(bar_chart([{"period": "<script>", "articles": 1}], title='"><b>'))
    assert "<script>" not in svg and "<b>" not in svg


def test_highlight_huge_article_quickly() -> None:
    text = "Kalimat panjang dalam berita ini. " * 30_000  # ~1 MB
    marks = [Mark(i * 97 % (len(text) - 60), i * 97 % (len(text) - 60) + 5 + i % 50, "entity", f"e{i}")
             for i in range(5_000)]
    started = time.perf_counter()
    out = str(highlight(text, marks))
    assert time.perf_counter() - started < 10
    assert out.count("<mark") >= 5_000 and out.count("<mark") == out.count("</mark>")


# -- the analyse form ---------------------------------------------------------------------------
def test_analyze_form_renders_an_unstored_record(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    import warta
    from warta.article import Article
    from warta.record import ArticleRecord, Quote, Speaker

    def fake(article: Article) -> ArticleRecord:
        start = article.text.index('"')
        quote = Quote(kind="direct", start=start, end=len(article.text), text=article.text[start:],
                      speaker=Speaker(name="Rina"))
        return ArticleRecord(id=article.id, text=article.text, published=str(article.published), quotes=[quote])

    monkeypatch.setattr(warta, "analyze_article", fake)
    assert '<textarea id="text" name="text"' in client.get("/analyze").text
    text = 'Rina berkata,\r\n"Harga <b>beras</b> turun."'
    page = client.post("/analyze", data={"text": text, "published": "2024-12-17"})
    assert page.status_code == 200
    assert '<mark class="hl hl-quote" id="q0"' in page.text and "&lt;b&gt;beras&lt;/b&gt;" in page.text
    twin = client.post("/analyze.json", data={"text": text}).json()
    assert twin["article"]["text"] == text.replace("\r\n", "\n")  # browsers send CRLF
    assert client.get("/search.json").json()["total"] == 3  # nothing was stored
    assert client.post("/analyze", data={"text": "  "}).status_code == 422
    assert client.post("/analyze", data={"text": "x", "published": "kemarin"}).status_code == 422
