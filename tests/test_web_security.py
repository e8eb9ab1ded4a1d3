"""Security of ``warta serve``: article text is always escaped (script injection through the
text, title, source, entity names, roles, quotes, warnings and the query string), write access
needs the configured token, and the responses carry a strict Content-Security-Policy."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed")

with warnings.catch_warnings():  # starlette nags about httpx vs httpx2; the client works
    warnings.filterwarnings("ignore", message=".*httpx", category=UserWarning)
    from fastapi.testclient import TestClient

from warta.store import Store, open_store  # noqa: E402
from warta.web.app import create_app  # noqa: E402
from warta.web.samples import (  # noqa: E402
    XSS_BODY,
    XSS_SCRIPT,
    XSS_TITLE,
    bridge_record,
    flood_record,
    injection_record,
)

TOKEN = "rahasia-uji-123"


class _Tags(HTMLParser):
    """Every element of a page, with its attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def elements(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    parser.close()
    return parser


def assert_inert(page: str) -> None:
    """No element or attribute that could run script came from the data."""
    tree = elements(page)
    for tag, attrs in tree.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert tag not in {"img", "iframe", "object", "embed", "b", "i"}, (tag, attrs)
        if tag == "script":
            assert attrs == {"src": "/static/warta.js", "defer": None}, attrs
        for name in ("href", "src", "action", "data-href"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:", "vbscript:")), (tag, attrs)
        if tag == "svg":
            assert attrs.get("class") == "chart", attrs  # only the server's own charts


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(str(tmp_path / "sec.db"))
    opened.upsert([flood_record(), bridge_record(), injection_record()])
    yield opened
    opened.close()


@pytest.fixture()
def client(store: Store, monkeypatch: pytest.MonkeyPatch) -> TestClient:
    """A fresh archive and app, no token configured (for the writing tests)."""
    monkeypatch.delenv("WARTA_TOKEN", raising=False)
    return TestClient(create_app(db=store))


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """One read-only app shared by the escaping tests."""
    opened = open_store(str(tmp_path_factory.mktemp("sec") / "read.db"))
    opened.upsert([flood_record(), bridge_record(), injection_record()])
    yield TestClient(create_app(db=opened, token=""))
    opened.close()


# -- escaping ---------------------------------------------------------------------------------
def test_article_page_escapes_the_injected_article(reader: TestClient) -> None:
    page = reader.get("/articles/uji-keamanan").text
    assert XSS_SCRIPT not in page and XSS_BODY not in page and "<svg onload" not in page
    assert "&lt;script&gt;window.__pwned = 3; alert(3)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=" in page
    assert_inert(page)
    text = "".join(elements(page).text)
    # the payloads are shown to the reader as text: title, body, quote, warning
    assert XSS_TITLE in text and XSS_SCRIPT in text and XSS_BODY in text


@pytest.mark.parametrize(
    "url",
    [
        "/search",
        "/search?q=keamanan",
        "/search?q=%3Cscript%3Ealert(1)%3C/script%3E",
        '/search?outlet="><script>alert(1)</script>',
        "/search?speaker=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
        "/entities",
        "/entities?q=%3Cscript%3E",
        "/entities/per-budi-santoso",
        "/entities/org-svg-onload-window-__pwned-4",
        "/speakers",
        "/quotes",
        "/quotes?speaker=Budi",
        "/timeline?q=%3Cb%20onmouseover%3Dalert(1)%3E",
        "/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E",  # a 404 page echoing the id
        "/search?since=%3Cscript%3E",  # a 422 page echoing the value
        "/api",
        "/analyze",
    ],
)
def test_every_page_is_inert(reader: TestClient, url: str) -> None:
    response = reader.get(url)
    assert response.headers["content-type"].startswith("text/html")
    assert "<script>" not in response.text.replace('<script src="/static/warta.js" defer></script>', "")
    assert_inert(response.text)


def test_json_twin_keeps_the_text_exact(reader: TestClient) -> None:
    data = reader.get("/articles/uji-keamanan.json").json()
    assert XSS_SCRIPT in data["article"]["text"] and data["article"]["title"] == XSS_TITLE
    response = reader.get("/api/articles/uji-keamanan")
    assert response.headers["content-type"] == "application/json"


def test_unsafe_url_is_not_a_link(reader: TestClient) -> None:
    page = reader.get("/articles/uji-keamanan").text
    assert 'href="javascript:' not in page.lower()
    assert "<code>javascript:window.__pwned=5</code>" in page


def test_security_headers(reader: TestClient) -> None:
    for url in ("/search", "/articles/uji-keamanan", "/api/articles", "/static/warta.css"):
        headers = reader.get(url).headers
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "object-src 'none'" in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"


# -- writing needs the token -------------------------------------------------------------------
ARTICLE = {"text": "Teks uji tentang hujan di Bogor.", "published": "2025-01-02", "id": "tulis-1"}


def _record_json(id_: str) -> dict[str, object]:
    return bridge_record().model_copy(update={"id": id_}).to_dict()


@pytest.mark.parametrize("path", ["/api/articles", "/api/records"])
def test_writing_disabled_without_configured_token(client: TestClient, path: str) -> None:
    body = ARTICLE if path == "/api/articles" else _record_json("tulis-2")
    for headers in ({}, {"Authorization": "Bearer apa-saja"}, {"X-Warta-Token": ""}):
        response = client.post(path, json=body, headers=headers)
        assert response.status_code == 403 and "disabled" in response.json()["detail"]
    assert client.get("/api/articles/tulis-1").status_code == 404


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({"Authorization": "Basic " + TOKEN}, 401),
        ({"Authorization": "Bearer"}, 401),
        ({"Authorization": "Bearer salah"}, 403),
        ({"Authorization": f"Bearer {TOKEN}x"}, 403),
        ({"X-Warta-Token": "salah"}, 403),
        ({"Authorization": f"Bearer {TOKEN}"}, 201),
        ({"authorization": f"bearer {TOKEN}"}, 201),
        ({"X-Warta-Token": TOKEN}, 201),
    ],
)
def test_write_token_is_checked(store: Store, monkeypatch: pytest.MonkeyPatch,
                                headers: dict[str, str], status: int) -> None:
    monkeypatch.delenv("WARTA_TOKEN", raising=False)
    client = TestClient(create_app(db=store, token=TOKEN))
    response = client.post("/api/records", json=_record_json("tulis-3"), headers=headers)
    assert response.status_code == status, response.text
    if status == 401:
        assert response.headers["www-authenticate"] == "Bearer"
    stored = client.get("/api/articles/tulis-3").status_code
    assert stored == (200 if status == 201 else 404)


def test_token_from_environment(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARTA_TOKEN", TOKEN)
    client = TestClient(create_app(db=store))
    auth = {"Authorization": f"Bearer {TOKEN}"}
    first = client.post("/api/records", json=_record_json("tulis-4"), headers=auth)
    again = client.post("/api/records", json=_record_json("tulis-4"), headers=auth)
    assert (first.status_code, first.json()["status"]) == (201, "new")
    assert again.json() == {"id": "tulis-4", "status": "unchanged", "url": "/articles/tulis-4"}
    assert client.get("/articles/tulis-4").status_code == 200


def test_posted_article_is_analysed_and_stored(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import warta
    from warta.article import Article
    from warta.record import ArticleRecord

    calls: list[str] = []

    def fake(article: Article) -> ArticleRecord:
        calls.append(article.id)
        return ArticleRecord(id=article.id, text=article.text, published=str(article.published),
                             published_source="metadata")

    monkeypatch.setattr(warta, "analyze_article", fake)
    client = TestClient(create_app(db=store, token=TOKEN))
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert client.post("/api/articles", json=ARTICLE).status_code == 401
    assert calls == []  # refused before any analysis
    response = client.post("/api/articles", json=ARTICLE, headers=auth)
    assert response.status_code == 201 and response.json()["status"] == "new"
    again = client.post("/api/articles", json=ARTICLE, headers=auth)
    assert again.json()["status"] == "unchanged" and calls == ["tulis-1"]  # not analysed twice
    assert client.get("/api/articles", params={"q": "Bogor"}).json()["total"] == 1


def test_reading_never_needs_the_token(store: Store) -> None:
    client = TestClient(create_app(db=store, token=TOKEN))
    for url in ("/search", "/api/articles", "/api/entities", "/articles/banjir-semarang.json"):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize(("method", "url"), [("post", "/search"), ("delete", "/api/articles/banjir-semarang"),
                                             ("put", "/api/articles/banjir-semarang")])
def test_no_other_writes(reader: TestClient, method: str, url: str) -> None:
    assert getattr(reader, method)(url).status_code == 405
