"""The store interface, run against both backends (SQLite always, PostgreSQL when a
throwaway cluster can be started), with hand-built records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from test_store_records import gur_record, kirby_record, pg_server, plain_record  # noqa: F401
from warta.record import ArticleRecord
from warta.store import (
    SearchQuery,
    Store,
    entity_key,
    expand_categories,
    normalise_name,
    open_store,
    record_hash,
)
from warta.store.common import parse_text_query, split_snippet, text_matches, timex_range
from warta.store.postgres import tsquery_expression
from warta.store.sqlite import SQLiteStore, fts5_expression


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "t.db")
    new_db: Callable[[], str] = request.getfixturevalue("pg_server")
    return new_db()


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with open_store(store_url) as s:
        yield s


SAMPLE = [gur_record(), kirby_record(), kirby_record("kirby-2", "2024-12-03"), plain_record(1)]


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def filled(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One archive of the sample records per backend, shared by the read-only tests."""
    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("filled") / "t.db")
    else:
        new_db: Callable[[], str] = request.getfixturevalue("pg_server")
        url = new_db()
    with open_store(url) as s:
        s.upsert(SAMPLE)
        yield s


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


# -- writing -----------------------------------------------------------------------
def test_roundtrip_is_lossless(store: Store) -> None:
    records = [gur_record(), kirby_record(), plain_record(7, published=None)]
    result = store.upsert(records)
    assert result.inserted == [r.id for r in records]
    for record in records:
        assert store.get_article(record.id) == record
    assert store.get_article("nope") is None


def test_reupsert_changes_nothing(store: Store) -> None:
    store.upsert([gur_record(), kirby_record()])
    before = store.counts()
    result = store.upsert([gur_record(), kirby_record()])
    assert result.unchanged == ["gur-1", "kirby-1"] and not result.inserted
    assert store.counts() == before


def test_changed_text_replaces_rows(store: Store) -> None:
    store.upsert([gur_record()])
    changed = gur_record().model_copy(update={"text": gur_record().text + " Tambahan.",
                                              "quotes": [], "amounts": []})
    result = store.upsert([changed])
    assert result.replaced == ["gur-1"]
    counts = store.counts()
    assert (counts.articles, counts.quotes, counts.amounts) == (1, 0, 0)
    assert store.get_article("gur-1") == changed
    assert store.search(SearchQuery(text="tambahan")).total == 1


def test_known_returns_hashes(store: Store) -> None:
    store.upsert([gur_record()])
    assert store.known(["gur-1", "other"]) == {"gur-1": record_hash(gur_record())}


def test_entities_deduplicated_across_articles(store: Store) -> None:
    store.upsert([kirby_record("k1"), kirby_record("k2"), kirby_record("k3")])
    infos = store.entities(label="PER")
    assert [(e.key, e.articles, e.quotes) for e in infos] == [("per-kirby", 3, 3)]
    assert store.counts().entities == 2  # Kirby and Eropa


def test_delete(store: Store) -> None:
    store.upsert(SAMPLE)
    filled = store
    assert filled.delete(["gur-1", "missing"]) == 1
    assert filled.get_article("gur-1") is None
    assert filled.search(SearchQuery(text="tentara")).total == 0
    assert filled.counts().amounts == 0


# -- search ------------------------------------------------------------------------
def test_casualty_counts_attributed_to_gur(filled: Store) -> None:
    result = filled.search(SearchQuery(speaker="GUR", category=("CASUALTY",)))
    assert result.total == 1
    amounts = result.hits[0].amounts
    assert [(a.text, a.category, a.speaker) for a in amounts] == [
        ("120 tentara", "KILL", "GUR"), ("30 luka", "WOUND", "GUR")]
    # the same count outside the quote is not attributed to GUR
    assert all(a.quote == 0 for a in amounts)
    flat = filled.amounts(SearchQuery(speaker="gur", category=("KILL", "WOUND")))
    assert [a.value for a in flat] == [120.0, 30.0]


def test_what_kirby_said_in_december(filled: Store) -> None:
    result = filled.search(SearchQuery(speaker="Kirby", since=D("2024-12-01"),
                                       until=D("2024-12-31")))
    assert sorted(h.id for h in result.hits) == ["gur-1", "kirby-2"]
    speakers = {q.speaker for h in result.hits for q in h.quotes}
    assert speakers == {"John Kirby", "Kirby"}
    assert all(q.speaker != "GUR" for h in result.hits for q in h.quotes)
    quotes = filled.quotes(SearchQuery(speaker="kirby", since=D("2024-12-01")))
    assert {q.article_id for q in quotes} == {"gur-1", "kirby-2"}


def test_speaker_matches_alias(filled: Store) -> None:
    hits = filled.search(SearchQuery(speaker_key="per-john-kirby")).hits
    assert [h.id for h in hits] == ["gur-1"]
    assert filled.search(SearchQuery(speaker="John")).total == 1
    assert filled.search(SearchQuery(speaker="Kirb")).total == 0  # whole words only


@pytest.mark.parametrize(
    ("since", "until", "expected"),
    [
        ("2025-01-01", "2025-01-31", ["gur-1"]),  # "bulan depan" in Kirby's quote
        # GUR's date is not in Kirby's quote in gur-1; "tahun ini" (2024) overlaps the day
        ("2024-12-16", "2024-12-16", ["kirby-1", "kirby-2"]),
        ("2023-01-01", "2023-12-31", []),
        ("2024-01-01", "2024-12-31", ["kirby-1", "kirby-2"]),  # "tahun ini"
    ],
)
def test_timex_range_on_quotes(filled: Store, since: str, until: str, expected: list[str]) -> None:
    result = filled.search(SearchQuery(speaker="Kirby", timex_since=D(since), timex_until=D(until)))
    assert sorted(h.id for h in result.hits) == expected


def test_timex_range_on_articles(filled: Store) -> None:
    got = filled.search(SearchQuery(timex_since=D("2025-01-10"), timex_until=D("2025-01-10")))
    assert [h.id for h in got.hits] == ["gur-1"]  # "bulan depan" = 2025-01
    got = filled.search(SearchQuery(timex_since=D("2024-12-16"), timex_until=D("2024-12-16")))
    assert [h.id for h in got.hits] == ["gur-1", "kirby-2", "kirby-1"]  # a year overlaps a day
    assert filled.search(SearchQuery(timex_until=D("2023-12-31"))).total == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tentara", ["gur-1"]),
        ("TENTARA Kursk", ["gur-1"]),
        ('"tentara tewas"', ["gur-1"]),
        ('"tewas tentara"', []),
        ("tentar*", ["gur-1"]),
        ("pasukan OR luka", ["gur-1", "kirby-1", "kirby-2"]),
        ("pasukan -eropa", []),
        ("ikan", ["plain-1"]),
        ("ratusan", ["gur-1"]),  # the title counts
        ("zzz", []),
        ('"unclosed', []),
        ("AND OR NOT ( ) ^ : *", ["gur-1", "kirby-1", "kirby-2", "plain-1"][:0]),
    ],
)
def test_full_text(filled: Store, text: str, expected: list[str]) -> None:
    result = filled.search(SearchQuery(text=text, limit=10))
    assert sorted(h.id for h in result.hits) == expected
    assert result.total == len(expected)


def test_hit_snippet_highlights_match(filled: Store) -> None:
    hit = filled.search(SearchQuery(text="Kursk")).hits[0]
    assert hit.highlights
    assert all(hit.snippet[s:e].lower() == "kursk" for s, e in hit.highlights)
    assert [q.index for q in hit.quotes] == []  # "Kursk" is in no quote
    hit = filled.search(SearchQuery(text="luka")).hits[0]
    assert [q.index for q in hit.quotes] == [0]


def test_filters_outlet_entity_and_dates(filled: Store) -> None:
    assert [h.id for h in filled.search(SearchQuery(outlet="wartanews")).hits] == ["gur-1"]
    assert sorted(h.id for h in filled.search(SearchQuery(entity="Eropa")).hits) == [
        "kirby-1", "kirby-2"]
    assert [h.id for h in filled.search(SearchQuery(entity_key="loc-kursk")).hits] == ["gur-1"]
    got = filled.search(SearchQuery(since=D("2024-11-01"), until=D("2024-12-05")))
    assert [h.id for h in got.hits] == ["kirby-2", "kirby-1"]  # newest first


def test_category_without_speaker(filled: Store) -> None:
    hit = filled.search(SearchQuery(category=("ARREST",))).hits[0]
    assert [(a.text, a.speaker) for a in hit.amounts] == [("5 jurnalis", None)]


def test_limit_offset_total(filled: Store) -> None:
    page = filled.search(SearchQuery(limit=2, offset=1))
    assert page.total == 4 and len(page.hits) == 2
    everything = [h.id for h in filled.search(SearchQuery(limit=10)).hits]
    assert [h.id for h in page.hits] == everything[1:3]
    assert everything[-1] == "plain-1"


def test_result_to_dict_is_json(filled: Store) -> None:
    import json

    data = filled.search(SearchQuery(speaker="GUR", since=D("2024-01-01"))).to_dict()
    assert json.loads(json.dumps(data))["query"]["since"] == "2024-01-01"
    assert data["hits"][0]["quotes"][0]["speaker_key"] == "org-gur"


# -- entities, speakers, timeline, export iteration ----------------------------------
def test_entities_and_speakers(filled: Store) -> None:
    info = filled.get_entity("per-john-kirby")
    assert info is not None and info.aliases == ["Kirby"] and info.quotes == 1
    assert [e.key for e in filled.entities(q="kirby")] == ["per-kirby", "per-john-kirby"]
    assert filled.get_entity("per-nobody") is None
    speakers = filled.speakers()
    assert [(s.name, s.quotes) for s in speakers][0] == ("Kirby", 2)
    assert {s.key for s in filled.speakers(q="GUR")} == {"org-gur"}


def test_timeline(filled: Store) -> None:
    points = filled.timeline("per-kirby", "month")
    assert [(p.period, p.articles, p.quotes) for p in points] == [
        ("2024-11", 1, 1), ("2024-12", 1, 1)]
    days = filled.timeline("org-gur")
    assert [(p.period, p.mentions, p.quotes, p.amounts) for p in days] == [("2024-12-17", 2, 1, 2)]
    assert filled.timeline("per-nobody") == []


def test_iter_records_order_and_completeness(filled: Store) -> None:
    records = list(filled.iter_records(batch_size=2))
    assert [r.id for r in records] == ["plain-1", "kirby-1", "kirby-2", "gur-1"]
    assert records[-1] == gur_record()


def test_empty_store(store: Store) -> None:
    assert store.search(SearchQuery(text="apa")).total == 0
    assert store.entities() == [] and store.speakers() == []
    assert list(store.iter_records()) == []
    assert store.counts().articles == 0


def test_migrations_recorded(store_url: str) -> None:
    with open_store(store_url) as first:
        applied = first.migrations()  # type: ignore[attr-defined]
    with open_store(store_url) as again:
        assert again.migrations() == applied  # type: ignore[attr-defined]
    assert applied and applied[0][0] == 1


def test_sqlite_is_wal(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "w.db") as s:
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        names = {r[0] for r in s.conn.execute("SELECT name FROM sqlite_master")}
        assert {"articles_fts", "quotes_fts", "entities_fts", "schema_migrations"} <= names


def test_sqlite_missing_directory(tmp_path: Path) -> None:
    from warta.errors import StoreError

    with pytest.raises(StoreError):
        open_store(str(tmp_path / "no" / "such" / "dir.db"))


# -- pure helpers --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "norm", "key"),
    [
        ("John Kirby", "john kirby", "per-john-kirby"),
        ("  JOHN   kirby ", "john kirby", "per-john-kirby"),
        ("A.S.", "a s", "per-a-s"),
        ("Zelenskyy’s", "zelenskyy s", "per-zelenskyy-s"),
        ("Café", "cafe", "per-cafe"),
    ],
)
def test_normalise_and_key(name: str, norm: str, key: str) -> None:
    assert normalise_name(name) == norm
    assert entity_key("PER", name) == key


def test_key_of_symbols_is_stable() -> None:
    assert entity_key("ORG", "!!!") == entity_key("ORG", "!!!")
    assert entity_key("ORG", "!!!").startswith("org-x")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-12-16", ("2024-12-16", "2024-12-16")),
        ("2024-02", ("2024-02-01", "2024-02-29")),
        ("2024", ("2024-01-01", "2024-12-31")),
        ("2024-W01", ("2024-01-01", "2024-01-07")),
        ("2024-12-16T10:00", ("2024-12-16", "2024-12-16")),
        ("PAST_REF", None),
        ("2024-13", None),
    ],
)
def test_timex_range(value: str, expected: tuple[str, str] | None) -> None:
    assert timex_range("DATE", value) == expected


def test_category_groups() -> None:
    assert expand_categories(["casualty", "ARREST"]) == ("KILL", "WOUND", "KILL_OR_WOUND",
                                                        "MISSING", "ARREST")
    assert expand_categories("kill,kill") == ("KILL",)
    with pytest.raises(ValueError, match="unknown category"):
        expand_categories("DEATHS")


@pytest.mark.parametrize(
    ("query", "fts5", "tsquery"),
    [
        ("kirby", '"kirby"', "'kirby'"),
        ('"korea utara" tentara*', '"korea utara" AND "tentara"*',
         "('korea' <-> 'utara') & 'tentara':*"),
        ("a OR b -c", '("a" OR "b") NOT "c"', "('a' | 'b') & !'c'"),
        ('x"; DROP', '"x" AND "drop"', "'x' & 'drop'"),
    ],
)
def test_query_rendering(query: str, fts5: str, tsquery: str) -> None:
    parsed = parse_text_query(query)
    assert fts5_expression(parsed) == fts5
    assert tsquery_expression(parsed) == tsquery


def test_text_matches_in_python() -> None:
    q = parse_text_query('"tentara tewas" -rusia')
    assert text_matches(q, "Sebanyak 120 tentara tewas.")
    assert not text_matches(q, "tentara Rusia tewas, tentara tewas")


def test_split_snippet() -> None:
    assert split_snippet("a \ue000bc\ue001 d\ne") == ("a bc d e", [(2, 4)])


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=40))
def test_any_query_text_never_crashes(text: str) -> None:
    with SQLiteStore(":memory:") as s:
        s.upsert([plain_record(1)])
        result = s.search(SearchQuery(text=text))
        assert result.total in (0, 1)


def test_record_hash_ignores_found_dates() -> None:
    record = plain_record(1)
    found = record.model_copy(update={"published_source": "dateline"})
    assert record_hash(found) != record_hash(record)
    assert record_hash(found) == record_hash(record.model_copy(update={"published": None}))


def test_store_is_abstract() -> None:
    with pytest.raises(TypeError):
        Store()  # type: ignore[abstract]


def test_records_survive_reopen(store_url: str) -> None:
    with open_store(store_url) as s:
        s.upsert([gur_record()])
    with open_store(store_url) as s:
        got = s.get_article("gur-1")
    assert isinstance(got, ArticleRecord) and got == gur_record()


@pytest.mark.parametrize(
    "text",
    ["'", "\\", "a_b", "ǅ", "كلمة", "-", "--x", "* * *", "OR", "OR OR a", '"" ""', "a:b",
     "NEAR(a b)", "x" * 300, "ñandú*", "100.000 jiwa"],
)
def test_odd_queries_do_not_crash(filled: Store, text: str) -> None:
    result = filled.search(SearchQuery(text=text))
    assert 0 <= result.total <= 4
    assert isinstance(filled.quotes(SearchQuery(text=text)), list)


def test_punctuation_glued_to_words_is_split_alike(store: Store) -> None:
    text = "Pidato \u2013Presiden\u2014 soal \u201cbanjir\u201d\u2026 dibacakan\u00a0juru bicara."
    store.upsert([plain_record(9).model_copy(update={"text": text})])
    for word in ("presiden", "banjir", "dibacakan", "juru"):
        assert store.search(SearchQuery(text=word)).total == 1, word


def test_huge_article(store: Store) -> None:
    """A 3 MB article is stored whole and found (PostgreSQL indexes its first 300,000
    characters: the tsvector type has a 1 MB limit)."""
    text = "Awal laporan panjang. " + "kata biasa " * 280_000 + "penutup"
    record = plain_record(5).model_copy(update={"text": text})
    store.upsert([record])
    assert store.get_article("plain-5") == record
    assert store.search(SearchQuery(text="laporan")).total == 1


@settings(max_examples=40, deadline=None)
@given(text=st.text(min_size=1, max_size=200), title=st.none() | st.text(max_size=30))
def test_any_record_roundtrips(text: str, title: str | None) -> None:
    record = ArticleRecord(id="x", text=text, title=title)
    with SQLiteStore(":memory:") as s:
        s.upsert([record])
        assert s.get_article("x") == record
        assert s.counts().articles == 1
        s.search(SearchQuery(text=text[:20]))


def test_accented_words(store: Store) -> None:
    text = "Menteri José Ramírez tiba di Jakarta."
    store.upsert([plain_record(11).model_copy(update={"text": text})])
    assert store.search(SearchQuery(text="José")).total == 1
    assert store.search(SearchQuery(text="ramírez jakarta")).total == 1
