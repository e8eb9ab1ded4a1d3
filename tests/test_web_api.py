"""The HTTP JSON API, in process (no sockets): analyse, search with filters, articles,
entities, speakers, quotes, timeline, the JSON twins of the pages, and ``warta serve``."""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed")

with warnings.catch_warnings():  # starlette nags about httpx vs httpx2; the client works
    warnings.filterwarnings("ignore", message=".*httpx", category=UserWarning)
    from fastapi.testclient import TestClient

import warta  # noqa: E402
from warta.article import Article  # noqa: E402
from warta.cli import make_parser  # noqa: E402
from warta.cli.serve import build_app  # noqa: E402
from warta.errors import ModelError  # noqa: E402
from warta.record import ArticleRecord  # noqa: E402
from warta.store import open_store  # noqa: E402
from warta.web.app import create_app  # noqa: E402
from warta.web.samples import bridge_record, flood_record, sample_records  # noqa: E402

FLOOD, BRIDGE, XSS = "banjir-semarang", "jembatan-demak", "uji-keamanan"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """A read-only app over the three sample articles (shared: no test here writes)."""
    opened = open_store(str(tmp_path_factory.mktemp("api") / "api.db"))
    opened.upsert(sample_records())
    with TestClient(create_app(db=opened, token="")) as c:
        yield c
    opened.close()


def ids(response: Any) -> list[str]:
    assert response.status_code == 200, response.text
    return [a["id"] for a in response.json()["articles"]]


# -- OpenAPI ----------------------------------------------------------------------------------
def test_openapi_document_lists_the_api() -> None:
    doc = TestClient(create_app(db=open_store(":memory:"))).get("/openapi.json").json()
    paths = doc["paths"]
    for path in ("/api/analyze", "/api/articles", "/api/articles/{article_id}", "/api/entities",
                 "/api/entities/{key}", "/api/speakers", "/api/quotes", "/api/timeline", "/api/records"):
        assert path in paths, path
    assert set(paths["/api/articles"]) == {"get", "post"}
    params = {p["name"] for p in paths["/api/articles"]["get"]["parameters"]}
    assert {"q", "speaker", "entity", "since", "until", "category", "outlet", "limit", "offset"} <= params
    assert "ArticleRecord" in doc["components"]["schemas"]


def test_no_cdn_docs_pages(client: TestClient) -> None:
    # FastAPI's Swagger UI / ReDoc pull scripts from a CDN: they are off, /api lists endpoints
    assert client.get("/docs").status_code == 404
    page = client.get("/api").text
    assert "/api/analyze" in page and "cdn" not in page.lower()


# -- analyse ----------------------------------------------------------------------------------
def test_analyze_passes_the_article_to_the_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Article] = []

    def fake(article: Article) -> ArticleRecord:
        seen.append(article)
        return ArticleRecord(id=article.id, text=article.text, published=str(article.published), source=article.source)

    monkeypatch.setattr(warta, "analyze_article", fake)
    client = TestClient(create_app(db=open_store(":memory:")))
    body = {"text": "Teks uji.", "published": "2024-12-17", "source": "Warta Uji", "title": "Judul", "id": "a1"}
    response = client.post("/api/analyze", json=body)
    assert response.status_code == 200, response.text
    assert response.json()["id"] == "a1" and response.json()["published"] == "2024-12-17"
    assert (seen[0].text, seen[0].published, seen[0].title, seen[0].id) == ("Teks uji.", dt.date(2024, 12, 17), "Judul", "a1")
    # nothing is stored by analysing
    assert client.get("/api/articles").json()["total"] == 0


def test_analyze_without_a_model_is_503_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(article: Article) -> ArticleRecord:
        raise ModelError("the NER model is missing")

    monkeypatch.setattr(warta, "analyze_article", broken)
    response = TestClient(create_app(db=open_store(":memory:"))).post("/api/analyze", json={"text": "Teks."})
    assert response.status_code == 503 and "NER model" in response.json()["detail"]


@pytest.mark.slow  # loads the whole pipeline (free when another test loaded it first)
def test_analyze_with_the_real_pipeline() -> None:
    client = TestClient(create_app(db=open_store(":memory:")))
    text = 'JAKARTA, Warta Uji - Menteri Rina Wijaya mengatakan, "Harga beras turun pekan depan." Ia berbicara Senin (16/12/2024).'
    response = client.post("/api/analyze", json={"text": text, "published": "2024-12-17", "source": "Warta Uji"})
    if response.status_code == 503:
        pytest.skip(f"the pipeline cannot run here: {response.json()['detail']}")
    assert response.status_code == 200, response.text
    record = ArticleRecord.model_validate(response.json())
    assert record.text == text and record.published == "2024-12-17" and record.source == "Warta Uji"
    assert record.sentences, "the pipeline split the text into sentences"
    for part in [*record.sentences, *record.quotes, *record.timexes, *record.amounts]:
        assert 0 <= part.start <= part.end <= len(text)


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"text": ""}, 422),
        ({"text": "Teks.", "published": "17-12-2024"}, 422),
        ({"text": "Teks.", "unknown": 1}, 422),
        ({}, 422),
    ],
)
def test_analyze_rejects_bad_input(client: TestClient, body: dict[str, Any], status: int) -> None:
    assert client.post("/api/analyze", json=body).status_code == status


# -- list and search --------------------------------------------------------------------------
def test_list_all_newest_first(client: TestClient) -> None:
    response = client.get("/api/articles")
    assert ids(response) == [XSS, BRIDGE, FLOOD]
    assert response.json()["total"] == 3


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "banjir"}, [FLOOD]),
        ({"q": "jembatan"}, [BRIDGE]),
        ({"q": "tidakadakatainidimanapun"}, []),
        ({"speaker": "Fauzi"}, [BRIDGE, FLOOD]),
        ({"speaker": "per-sri-lestari"}, [FLOOD]),  # an entity key, as the pages link it
        ({"speaker": "Budi Santoso"}, [XSS]),
        ({"entity": "Demak"}, [BRIDGE]),
        ({"entity": "per-ahmad-fauzi"}, [BRIDGE, FLOOD]),
        ({"since": "2025-04"}, [XSS, BRIDGE]),
        ({"until": "2025-03-31"}, [FLOOD]),
        ({"since": "2025-04-01", "until": "2025-04-30"}, [BRIDGE]),
        ({"since": "2025"}, [XSS, BRIDGE, FLOOD]),
        ({"category": "KILL"}, [FLOOD]),
        ({"category": "casualty"}, [FLOOD]),
        ({"category": "ARREST"}, []),
        ({"outlet": "kabar"}, [BRIDGE]),
        ({"q": "jembatan", "speaker": "Sri"}, []),
        ({"speaker": "Fauzi", "since": "2025-04"}, [BRIDGE]),
        ({"timex_since": "2025-04-15", "timex_until": "2025-04-15"}, [BRIDGE, FLOOD]),  # "bulan depan" = 2025-04
        ({"timex_since": "2025-05"}, [XSS]),
        ({"q": "", "speaker": " "}, [XSS, BRIDGE, FLOOD]),  # blank form fields are no filter
    ],
)
def test_search_filters(client: TestClient, params: dict[str, str], expected: list[str]) -> None:
    response = client.get("/api/articles", params=params)
    assert ids(response) == expected
    assert response.json()["total"] == len(expected)


def test_search_hit_carries_matching_quotes_and_amounts(client: TestClient) -> None:
    hit = client.get("/api/articles", params={"speaker": "Sri", "category": "KILL"}).json()["articles"][0]
    assert [q["index"] for q in hit["quotes"]] == [0, 1]
    assert [a["text"] for a in hit["amounts"]] == ["2 warga meninggal"]
    assert hit["counts"] == {"entities": 5, "quotes": 3, "timexes": 3, "amounts": 3}


def test_search_pagination(client: TestClient) -> None:
    page = client.get("/api/articles", params={"limit": 1, "offset": 1}).json()
    assert page["total"] == 3 and [a["id"] for a in page["articles"]] == [BRIDGE]


@pytest.mark.parametrize(
    "params",
    [{"since": "2025-13-01"}, {"until": "kemarin"}, {"category": "LOOT"}, {"limit": 0},
     {"offset": -1}, {"limit": 100000}],
)
def test_search_rejects_bad_filters(client: TestClient, params: dict[str, Any]) -> None:
    response = client.get("/api/articles", params=params)
    assert response.status_code == 422
    assert "detail" in response.json()


# -- articles ---------------------------------------------------------------------------------
def test_get_article_round_trips_the_record(client: TestClient) -> None:
    response = client.get(f"/api/articles/{FLOOD}")
    assert response.status_code == 200
    assert response.json() == flood_record().to_dict()


def test_unknown_article_is_404(client: TestClient) -> None:
    response = client.get("/api/articles/tidak-ada")
    assert response.status_code == 404 and "tidak-ada" in response.json()["detail"]


def test_ids_with_dots_and_slashes(tmp_path: Path) -> None:
    odd = [bridge_record().model_copy(update={"id": "catatan.v2"}),
           bridge_record().model_copy(update={"id": "arsip/2025/jembatan"}),
           bridge_record().model_copy(update={"id": "laporan.json"})]
    store = open_store(str(tmp_path / "odd.db"))
    store.upsert(odd)
    client = TestClient(create_app(db=store, token=""))
    assert client.get("/articles/catatan.v2.json").json()["article"]["id"] == "catatan.v2"
    assert client.get("/articles/catatan.v2").headers["content-type"].startswith("text/html")
    assert client.get("/api/articles/arsip/2025/jembatan").json()["id"] == "arsip/2025/jembatan"
    assert client.get("/articles/arsip%2F2025%2Fjembatan.json").json()["article"]["id"] == "arsip/2025/jembatan"
    # an id that itself ends in .json is the page; its JSON twin is ?format=json
    assert client.get("/articles/laporan.json").headers["content-type"].startswith("text/html")
    assert client.get("/articles/laporan.json?format=json").json()["article"]["id"] == "laporan.json"


# -- entities, speakers, quotes, timeline -------------------------------------------------------
def test_entities_merged_across_articles(client: TestClient) -> None:
    data = client.get("/api/entities").json()
    top = data["entities"][0]
    assert (top["key"], top["articles"], top["mentions"], top["quotes"]) == ("per-ahmad-fauzi", 2, 4, 2)
    labels = {e["label"] for e in client.get("/api/entities", params={"label": "LOC"}).json()["entities"]}
    assert labels == {"LOC"}
    assert [e["key"] for e in client.get("/api/entities", params={"q": "Lestari"}).json()["entities"]] == [
        "per-sri-lestari"
    ]


def test_entity_detail_with_mentions_statements_and_timeline(client: TestClient) -> None:
    data = client.get("/api/entities/per-ahmad-fauzi").json()
    assert [s["article_id"] for s in data["statements"]] == [FLOOD, BRIDGE]  # time order
    assert [(m["article_id"], m["mentions"]) for m in data["mentioned_in"]] == [(FLOOD, 2), (BRIDGE, 2)]
    assert "Gubernur" in data["roles"]
    assert [(p["period"], p["quotes"]) for p in data["timeline"]] == [("2025-03", 1), ("2025-04", 1)]
    assert client.get("/api/entities/per-tidak-ada").status_code == 404


def test_speakers(client: TestClient) -> None:
    rows = client.get("/api/speakers").json()["speakers"]
    assert {(r["key"], r["quotes"]) for r in rows} == {
        ("per-ahmad-fauzi", 2), ("per-sri-lestari", 2), ("per-budi-santoso", 1)
    }
    assert [r["name"] for r in client.get("/api/speakers", params={"q": "Budi"}).json()["speakers"]] == ["Budi Santoso"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, 5),
        ({"speaker": "Fauzi"}, 2),
        ({"speaker": "per-sri-lestari"}, 2),
        ({"q": "jembatan"}, 1),
        ({"since": "2025-05"}, 1),
        ({"limit": 2}, 2),
    ],
)
def test_quotes(client: TestClient, params: dict[str, Any], expected: int) -> None:
    data = client.get("/api/quotes", params=params).json()
    assert len(data["quotes"]) == expected


def test_quotes_more_flag_pages(client: TestClient) -> None:
    first = client.get("/api/quotes", params={"limit": 3}).json()
    rest = client.get("/api/quotes", params={"limit": 3, "offset": 3}).json()
    assert first["more"] is True and rest["more"] is False
    seen = [(q["article_id"], q["index"]) for q in first["quotes"] + rest["quotes"]]
    assert len(set(seen)) == 5


def test_timeline(client: TestClient) -> None:
    data = client.get("/api/timeline").json()
    assert [(p["period"], p["articles"], p["quotes"]) for p in data["periods"]] == [
        ("2025-03", 1, 3), ("2025-04", 1, 1), ("2025-05", 1, 1)
    ]
    days = client.get("/api/timeline", params={"by": "day", "speaker": "Fauzi"}).json()
    assert [p["period"] for p in days["periods"] if p["articles"]] == ["2025-03-04", "2025-04-15"]
    assert len(days["periods"]) == 43  # the empty days between are there, as zeros
    assert client.get("/api/timeline", params={"by": "year"}).status_code == 422


# -- JSON twins -----------------------------------------------------------------------------------
PAGES = [
    "/search", "/search?q=banjir", f"/articles/{FLOOD}", "/entities", "/entities?label=PER",
    "/entities/per-ahmad-fauzi", "/speakers", "/quotes?speaker=Fauzi", "/timeline", "/timeline?by=day", "/api",
    "/analyze",
]


@pytest.mark.parametrize("url", PAGES)
def test_every_page_has_a_json_twin(client: TestClient, url: str) -> None:
    path, _, query = url.partition("?")
    page = client.get(url)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    dotted = client.get(f"{path}.json" + (f"?{query}" if query else ""))
    formatted = client.get(url + ("&" if query else "?") + "format=json")
    assert dotted.status_code == formatted.status_code == 200
    assert dotted.headers["content-type"] == "application/json"
    assert dotted.json() == formatted.json()
    assert f'href="{path}.json' in page.text  # the page links its twin


@pytest.mark.parametrize(
    ("page", "api"),
    [
        ("/search.json?q=banjir&speaker=Sri", "/api/articles?q=banjir&speaker=Sri"),
        ("/entities.json?label=PER", "/api/entities?label=PER"),
        ("/entities/per-sri-lestari.json", "/api/entities/per-sri-lestari"),
        ("/speakers.json", "/api/speakers"),
        ("/quotes.json?speaker=Fauzi", "/api/quotes?speaker=Fauzi"),
        ("/timeline.json?category=KILL", "/api/timeline?category=KILL"),
    ],
)
def test_page_twins_agree_with_the_api(client: TestClient, page: str, api: str) -> None:
    assert client.get(page).json() == client.get(api).json()


def test_article_twin_has_record_and_who_said_what(client: TestClient) -> None:
    data = client.get(f"/articles/{FLOOD}.json").json()
    assert data["article"] == flood_record().to_dict()
    assert [(w["speaker"], w["speaker_key"], w["kind"]) for w in data["who_said_what"]] == [
        ("Sri Lestari", "per-sri-lestari", "direct"),
        ("Sri Lestari", "per-sri-lestari", "indirect"),
        ("Ahmad Fauzi", "per-ahmad-fauzi", "direct"),
    ]
    assert {e["key"] for e in data["entities"]} >= {"loc-semarang", "org-bpbd-jawa-tengah"}


def test_errors_are_json_on_twins_and_html_on_pages(client: TestClient) -> None:
    assert client.get("/articles/tidak-ada.json").json() == {"detail": "no article with id 'tidak-ada'"}
    page = client.get("/articles/tidak-ada")
    assert page.status_code == 404 and "<h1>404</h1>" in page.text


def test_home_redirects_to_search(client: TestClient) -> None:
    response = client.get("/", follow_redirects=False)
    assert response.status_code == 307 and response.headers["location"] == "/search"


def test_static_assets_are_served_locally(client: TestClient) -> None:
    for asset in ("/static/warta.css", "/static/warta.js"):
        response = client.get(asset)
        assert response.status_code == 200 and len(response.content) > 200
        assert "http://" not in response.text and "https://" not in response.text
    page = client.get(f"/articles/{FLOOD}").text
    assert "https://" not in page and "http://" not in page  # nothing from a CDN


# -- warta serve ------------------------------------------------------------------------------------
def test_serve_command_arguments() -> None:
    args = make_parser().parse_args(["serve", "--db", "x.db", "--host", "0.0.0.0", "--port", "9001", "--token", "t"])
    assert (args.db, args.host, args.port, args.token) == ("x.db", "0.0.0.0", 9001, "t")
    defaults = make_parser().parse_args(["serve"])
    assert (defaults.db, defaults.host, defaults.port, defaults.token) == (None, "127.0.0.1", 8000, None)


def test_serve_builds_the_app_over_a_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "cli.db"
    with open_store(str(db)) as opened:
        opened.upsert([bridge_record()])
    monkeypatch.setenv("WARTA_TOKEN", "dari-env")
    app = build_app(make_parser().parse_args(["serve", "--db", str(db)]))
    assert app.state.writable
    with TestClient(app) as c:
        assert ids(c.get("/api/articles")) == [BRIDGE]
    monkeypatch.delenv("WARTA_TOKEN")
    assert not build_app(make_parser().parse_args(["serve", "--db", str(db)])).state.writable


def test_serve_demo_archive() -> None:
    app = build_app(make_parser().parse_args(["serve", "--demo"]))
    with TestClient(app) as c:
        assert sorted(ids(c.get("/api/articles"))) == sorted([FLOOD, BRIDGE, XSS])


@pytest.mark.parametrize(
    ("url", "status"),
    [("/search", 200), ("/search.json?q=apa", 200), ("/entities", 200), ("/speakers", 200), ("/quotes", 200),
     ("/timeline", 200), ("/timeline.json", 200), ("/api/articles", 200), ("/entities/per-siapa", 404)],
)
def test_empty_archive_pages(url: str, status: int) -> None:
    client = TestClient(create_app(db=open_store(":memory:"), token=""))
    assert client.get(url).status_code == status
