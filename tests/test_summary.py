"""The summary component, the IndoSum detokeniser and split, and warta's ROUGE."""

from __future__ import annotations

import functools
import json
from collections import Counter
from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from warta.components import summary as comp
from warta.eval import indosum
from warta.eval import summary as ev

# An article written for these tests (not from any corpus).
ARTICLE = (
    "Pemerintah Kota Bandung meresmikan jalur sepeda baru sepanjang 12 kilometer pada Senin pagi. "
    "Jalur itu menghubungkan stasiun kereta dengan kawasan perkantoran di pusat kota.\n\n"
    "Wali kota mengatakan proyek tersebut menelan biaya Rp 8 miliar dari anggaran daerah. "
    "Menurut dia, jalur sepeda akan mengurangi kemacetan pada jam sibuk.\n\n"
    '"Kami ingin warga berani meninggalkan mobil di rumah," kata wali kota di balai kota.\n\n'
    "Sejumlah pesepeda menyambut baik jalur baru itu. "
    "Namun mereka meminta pemerintah menambah lampu penerangan di beberapa titik yang gelap.\n\n"
    "Baca juga: Lima kota dengan jalur sepeda terpanjang"
)


@functools.cache
def _nlp() -> Language:
    """One small pipeline for the whole module (building one is slow): spaCy's sentencizer,
    then warta's summary with its default size, and nothing else."""
    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("warta_summary")
    return nlp


def _summarise(text: str, size: int) -> Doc:
    """``text`` through the small pipeline, then a ``Summary(size)`` on the result."""
    doc = _nlp()(text)
    result: Doc = comp.Summary(size)(doc)
    return result


@pytest.fixture(scope="module")
def nlp3() -> Language:
    return _nlp()


# --- detokeniser ----------------------------------------------------------------------------

DETOK = [
    (["Dia", "datang", "."], "Dia datang."),
    (["Harga", "naik", "5", "%", ",", "kata", "dia", "."], "Harga naik 5%, kata dia."),
    (['"', "kata", "dia", '"'], '"kata dia"'),
    (["Pejabat", "(", "AS", ")", "hadir", "."], "Pejabat (AS) hadir."),
    (["Senin", "(", "27", "/", "3", ")", "."], "Senin (27/3)."),
    (["Apa", "kabar", "?", "Baik", "!"], "Apa kabar? Baik!"),
    (["Ia", "berkata", ":", "tidak", ";", "lalu", "pergi"], "Ia berkata: tidak; lalu pergi"),
    (["“", "Kami", "siap", "”", ",", "ujarnya", "."], "“Kami siap”, ujarnya."),
    (["ruang", "[", "rapat", "]", "utama"], "ruang [rapat] utama"),
    (["bentrokan", "-", "bentrokan", "kecil"], "bentrokan-bentrokan kecil"),
    (["Covid", "-", "19"], "Covid-19"),
    (["Jakarta", "-", "Presiden", "tiba"], "Jakarta - Presiden tiba"),
    (["Jakarta", ",", "Kompas", "-", "-", "Presiden"], "Jakarta, Kompas -- Presiden"),
    (["buku", "'", "Laut", "'", "laris"], "buku 'Laut' laris"),
    (["kata", "\xa0", "dia", "\n", "."], "kata dia."),
    ([], ""),
]


@pytest.mark.parametrize(("tokens", "expected"), DETOK)
def test_detokenise_sentence(tokens: list[str], expected: str) -> None:
    text, spans = indosum.detokenise_sentences([tokens])
    assert text == expected
    assert len(spans) == 1


def test_quote_spans_several_sentences() -> None:
    text, spans = indosum.detokenise_sentences(
        [['"', "Kami", "siap", "."], ["Kami", "menunggu", ",", '"', "kata", "dia", "."]]
    )
    assert text == '"Kami siap. Kami menunggu," kata dia.'
    assert [text[s:e] for s, e in spans] == ['"Kami siap.', 'Kami menunggu," kata dia.']


def test_detokenise_article_and_gold_spans() -> None:
    obj = {
        "id": "x1",
        "paragraphs": [[["Satu", "."], ["Dua", "."]], [["Tiga", "!"]]],
        "gold_labels": [[True, False], [True]],
        "summary": [["Satu", "dan", "tiga", "."]],
    }
    art = indosum.from_json(obj)
    assert art.text == "Satu. Dua.\n\nTiga!"
    assert [(art.text[s:e], p, g) for s, e, p, g in art.sentences] == [
        ("Satu.", 0, True),
        ("Dua.", 0, False),
        ("Tiga!", 1, True),
    ]
    assert art.reference == ["Satu dan tiga."]
    paragraphs: list[list[list[str]]] = [[["Satu", "."], ["Dua", "."]], [["Tiga", "!"]]]
    assert indosum.detokenise(paragraphs) == art.text


def test_read_deduplicates_and_splits(tmp_path: Path) -> None:
    lines = [
        {
            "id": f"a{i}",
            "paragraphs": [[["Kalimat", str(i), "."]]],
            "gold_labels": [[True]],
            "summary": [],
        }
        for i in range(40)
    ]
    f1, f2 = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    f1.write_text("\n".join(json.dumps(x) for x in lines[:30]) + "\n", encoding="utf-8")
    f2.write_text("\n".join(json.dumps(x) for x in lines[20:]) + "\n\n", encoding="utf-8")
    ids = [a.id for a in indosum.read([f1, f2])]
    assert ids == [f"a{i}" for i in range(40)]
    test = {a.id for a in indosum.read([f1, f2], "test")}
    train = {a.id for a in indosum.read([f1, f2], "train")}
    assert test | train == set(ids) and not test & train
    assert all(indosum.split_of(i) == "test" for i in test)


def test_split_is_stable_and_about_a_fifth() -> None:
    ids = [f"artikel-{i}" for i in range(2000)]
    share = sum(indosum.split_of(i) == "test" for i in ids) / len(ids)
    assert 0.17 < share < 0.23
    assert indosum.split_of("artikel-7") == indosum.split_of("artikel-7")


# --- ROUGE -----------------------------------------------------------------------------------

ROUGE = [
    ("Harga beras naik.", "harga BERAS naik", 1.0, 1.0, 1.0),
    ("harga beras naik", "cuaca cerah sekali", 0.0, 0.0, 0.0),
    # 2 of 3 unigrams shared both ways; 1 of 2 bigrams; LCS 2
    ("harga beras naik", "harga beras turun", 2 / 3, 1 / 2, 2 / 3),
    ("", "harga beras", 0.0, 0.0, 0.0),
]


@pytest.mark.parametrize(("cand", "ref", "r1", "r2", "rl"), ROUGE)
def test_rouge(cand: str, ref: str, r1: float, r2: float, rl: float) -> None:
    scores = ev.rouge(cand, ref)
    assert scores["rouge1"] == pytest.approx(r1)
    assert scores["rouge2"] == pytest.approx(r2)
    assert scores["rougeL"] == pytest.approx(rl)


def test_rouge_tokens() -> None:
    assert ev.rouge_tokens("Rp 8,5 miliar (AS)—kata_dia!") == [
        "rp",
        "8",
        "5",
        "miliar",
        "as",
        "kata",
        "dia",
    ]


def test_lcs() -> None:
    assert ev.lcs_length(list("abcbdab"), list("bdcaba")) == 4


def test_greedy_oracle_picks_matching_sentences() -> None:
    sents = ["Kucing tidur di sofa.", "Harga cabai naik tajam.", "Hujan turun sore ini."]
    assert ev.greedy_oracle(sents, "Harga cabai naik tajam sore ini.") == [1, 2]
    assert ev.greedy_oracle(sents, "Harga cabai naik.", limit=1) == [1]
    assert ev.greedy_oracle([], "apa saja") == []


# --- the component ---------------------------------------------------------------------------


def test_picks_size_sentences_in_text_order(nlp3: Language) -> None:
    doc = nlp3(ARTICLE)
    n = len(list(doc.sents))
    assert n == 8
    summary = doc._.summary
    assert len(summary) == 3
    assert summary == sorted(set(summary))
    assert all(0 <= i < n for i in summary)
    # the lead sentence of a news article belongs in its summary; the "read also" line does not
    assert 0 in summary
    assert n - 1 not in summary


@pytest.mark.parametrize("size", [1, 2, 5])
def test_size_is_configurable(size: int) -> None:
    doc = _summarise(ARTICLE, size)
    assert len(doc._.summary) == size
    assert doc._.summary == sorted(doc._.summary)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("   \n\n  ", [0]),
        ("Satu kalimat saja.", [0]),
        ("Kalimat pertama. Kalimat kedua.", [0, 1]),
    ],
)
def test_short_and_empty_docs(nlp3: Language, text: str, expected: list[int]) -> None:
    doc = nlp3(text)
    assert doc._.summary == expected
    assert len(doc._.summary) <= len(list(doc.sents)) if len(doc) else doc._.summary == []


def test_size_zero() -> None:
    assert _summarise(ARTICLE, 0)._.summary == []


def test_without_sentence_boundaries_the_doc_is_one_sentence() -> None:
    doc = _nlp().make_doc("Tanpa pemisah kalimat. Tetap satu.")
    assert comp.Summary(3)(doc)._.summary == [0]


def test_in_warta_pipeline() -> None:
    import warta

    record = warta.analyze(ARTICLE, config={"summary": {"size": 2}})
    assert len(record.summary) == 2
    assert record.summary == sorted(record.summary)
    assert all(0 <= i < len(record.sentences) for i in record.summary)


def test_sentence_bounds_match_doc_sents(nlp3: Language) -> None:
    doc = nlp3(ARTICLE + "\n\n" + ARTICLE)
    assert comp.sentence_bounds(doc) == [(s.start_char, s.end_char) for s in doc.sents]


def test_broken_model_falls_back_to_lead_with_warning(nlp3: Language) -> None:
    summary = comp.Summary(2, {"kind": "nonsense"})
    doc = nlp3(ARTICLE)
    doc._.warnings = []
    doc = summary(doc)
    assert doc._.summary == [0, 1]
    assert doc._.warnings and "summary" in doc._.warnings[0]


def test_select_redundancy_skips_a_repeat() -> None:
    counts = [Counter(["a", "b"]), Counter(["a", "b"]), Counter(["c", "d"])]
    assert comp.select([3.0, 2.9, 2.0], counts, 2, redundancy=0.0) == [0, 1]
    assert comp.select([3.0, 2.9, 2.0], counts, 2, redundancy=2.0) == [0, 2]
    assert comp.select([1.0, 2.0], counts[:2], 5) == [0, 1]
    assert comp.select([], [], 3) == []


def test_features_have_the_declared_shape() -> None:
    texts = ["Satu dua tiga.", '"Kami siap," kata dia.', "Harga 10.000 rupiah."]
    starts = [0, 15, 39]
    doc_text = "Satu dua tiga. " + texts[1] + " " + texts[2]
    feats, counts = comp.sentence_features(texts, starts, doc_text)
    assert len(feats) == 3 and all(len(f) == len(comp.FEATURES) for f in feats)
    f = dict(zip(comp.FEATURES, feats[1], strict=True))
    assert f["starts_quote"] == 1.0 and f["speech_cue"] == 1.0 and f["quoted"] > 0.3
    assert dict(zip(comp.FEATURES, feats[2], strict=True))["digit_ratio"] > 0
    assert counts[0] == Counter(["satu", "dua", "tiga"])


def test_context_adds_neighbours_first_sentence_and_dateline() -> None:
    texts = ["Jakarta, CNN Indonesia -- Harga beras naik.", "Kata dia?", "Pasar ramai."]
    doc_text = " ".join(texts)
    starts = [0, len(texts[0]) + 1, len(texts[0]) + len(texts[1]) + 2]
    feats, _ = comp.sentence_features(texts, starts, doc_text)
    context = {"neighbours": [-1, 1], "dateline": True, "first": ["log_words", "question"]}
    x = comp.with_context(feats, doc_text, context)
    names = comp.feature_names(context)
    m = len(comp.FEATURES)
    assert x.shape == (3, len(names)) == (3, 2 + 3 * m + 1)
    col = {name: k for k, name in enumerate(names)}
    question = comp.FEATURES.index("question")
    # sentence 2's previous sentence is the question; nothing before sentence 0 or after 2
    assert x[2, col["question@-1"]] == 1.0 == feats[1][question]
    assert x[0, col["question@-1"]] == 0.0 and x[2, col["question@+1"]] == 0.0
    assert list(x[:, col["question@+1"]]) == [1.0, 0.0, 0.0]
    # the first sentence's length and the dateline flag are the same on every row
    assert list(x[:, col["first:log_words"]]) == [feats[0][comp.FEATURES.index("log_words")]] * 3
    assert list(x[:, col["has_dateline"]]) == [1.0, 1.0, 1.0]
    assert comp.with_context(feats, "Harga beras naik. " + doc_text, context)[0, -3] == 0.0
    # no context: the sentence's own features only
    assert comp.with_context(feats, doc_text, None).tolist() == feats
    assert comp.with_context([], doc_text, context).shape[0] == 0


def test_quoted_spans_close_at_paragraph_end() -> None:
    text = 'A "b c" d.\n\n"e f\n\ng “h” i'
    assert [text[s:e] for s, e in comp._quoted_spans(text)] == ['"b c"', '"e f', "“h”"]


def test_shipped_model_is_consistent() -> None:
    model = comp.load_model()
    names = comp.feature_names(model.get("context"))
    assert model["features"] == names
    assert model["kind"] in {"gbdt", "logistic"}
    if model["kind"] == "gbdt":
        for tree in model["trees"]:
            n = len(tree["left"])
            assert len(tree["right"]) == len(tree["threshold"]) == len(tree["value"]) == n
            assert all(-1 <= c < n for c in tree["left"] + tree["right"])
            assert all(0 <= f < len(names) for f in tree["feature"])
    assert all(v > 0 for v in model["idf"].values())
    selection = model.get("selection")
    if selection is not None:
        assert selection["kind"] == "expected_f1"
        assert selection["candidates"] >= 3 and selection["reference_words"] > 0
        assert 0.0 <= selection["duplicate"] <= 1.0


def test_logistic_model_scores() -> None:
    model = {
        "kind": "logistic",
        "mean": [0.0, 1.0],
        "scale": [1.0, 2.0],
        "coef": [1.0, -1.0],
        "intercept": 0.5,
    }
    assert comp.score(model, [2.0, 5.0]) == pytest.approx(0.5 + 2.0 - 2.0)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60)
        | st.sampled_from(["Dia datang.", '"Ya," katanya.', "\n\n", "Rp 5 juta!", "?"]),
        max_size=12,
    ),
    st.integers(min_value=0, max_value=6),
)
def test_never_crashes_valid_indices(parts: list[str], size: int) -> None:
    doc = _summarise(" ".join(parts), size)
    n = len(list(doc.sents)) if len(doc) else 0
    summary = doc._.summary
    assert summary == sorted(set(summary))
    assert all(0 <= i < max(n, 1) for i in summary)
    assert len(summary) == min(size, n)


def _bag(*words: str) -> Counter[str]:
    return Counter(words)


def test_expected_f1_weighs_length_against_hit_rate() -> None:
    # a reference of about 4 words: the long, weaker sentence costs more precision than it
    # brings recall
    counts = [_bag("a", "b"), _bag(*"cdefghijkl"), _bag("m", "n")]
    hits = [0.5, 0.25, 0.5]
    assert comp.select_expected_f1(hits, counts, 2, reference_words=4.0) == [0, 2]
    # with a long reference, the long sentence's recall wins
    picks = comp.select_expected_f1(hits, counts, 2, reference_words=100.0)
    assert 1 in picks


def test_expected_f1_discounts_repeated_words() -> None:
    counts = [_bag("a", "b", "c"), _bag("a", "b", "c"), _bag("x", "y", "z")]
    hits = [0.9, 0.85, 0.6]
    assert comp.select_expected_f1(hits, counts, 2, duplicate=0.0) == [0, 1]
    assert comp.select_expected_f1(hits, counts, 2, duplicate=1.0) == [0, 2]


@pytest.mark.parametrize(
    ("hits", "counts", "size", "expected"),
    [
        ([], [], 3, []),
        ([0.3], [Counter(["a"])], 0, []),
        ([0.3, 0.9], [Counter(["a"]), Counter()], 3, [0, 1]),
        ([0.1, 0.9, 0.2], [Counter(["a"]), Counter(), Counter(["b"])], 2, [0, 2]),
    ],
)
def test_expected_f1_edge_cases(
    hits: list[float], counts: list[Counter[str]], size: int, expected: list[int]
) -> None:
    assert comp.select_expected_f1(hits, counts, size) == expected


def test_expected_f1_looks_only_at_the_top_candidates() -> None:
    counts = [Counter([w]) for w in "abcdefgh"]
    hits = [0.9, 0.1, 0.8, 0.7, 0.2, 0.3, 0.6, 0.5]
    picks = comp.select_expected_f1(hits, counts, 3, candidates=3)
    assert picks == [0, 2, 3]


# --- headline features ----------------------------------------------------------------------


def test_title_features() -> None:
    counts = [
        Counter(["wali", "kota", "resmikan", "jalur", "sepeda"]),
        Counter(["harga", "beras", "naik"]),
        Counter(["jalur", "sepeda", "baru", "di", "bandung"]),
    ]
    idf = {"jalur": 2.0, "sepeda": 3.0, "bandung": 4.0, "di": 0.5}
    x = comp.title_features(counts, "Jalur Sepeda Baru di Bandung", idf, 1.0)
    f = [dict(zip(comp.TITLE_FEATURES, row, strict=True)) for row in x.tolist()]
    assert x.shape == (3, len(comp.TITLE_FEATURES))
    assert all(row["has_title"] == 1.0 for row in f)
    # sentence 2 holds the whole headline; "di" is no content word
    assert f[2]["title_recall"] == 1.0 and f[2]["title_recall_idf"] == pytest.approx(1.0)
    assert f[0]["title_recall"] == pytest.approx(2 / 4)
    assert f[0]["title_recall_idf"] == pytest.approx(5.0 / 10.5)
    assert f[0]["title_precision"] == pytest.approx(2 / 5)
    assert f[1]["title_recall"] == f[1]["title_precision"] == 0.0
    assert [row["title_recall_rank"] for row in f] == pytest.approx([1 / 3, 2 / 3, 0.0])
    assert [row["title_best"] for row in f] == [0.0, 0.0, 1.0]
    assert f[1]["title_gap"] == pytest.approx(1.0)
    # no headline, or one without words: all zeros
    for title in (None, "", " -- "):
        assert not comp.title_features(counts, title, idf).any()
    assert comp.title_features([], "Jalur sepeda").shape == (0, len(comp.TITLE_FEATURES))


def test_context_with_title_columns() -> None:
    texts = ["Harga beras naik.", "Pasar ramai sekali.", "Beras langka di pasar."]
    doc_text = " ".join(texts)
    starts = [0, 18, 38]
    feats, counts = comp.sentence_features(texts, starts, doc_text)
    context = {"title": True, "neighbours": [-1], "first": ["title_recall_idf"]}
    titled = comp.title_features(counts, "Beras langka di pasar", None)
    x = comp.with_context(feats, doc_text, context, titled)
    names = comp.feature_names(context)
    col = {name: k for k, name in enumerate(names)}
    assert x.shape == (3, len(names))
    assert list(x[:, col["title_best"]]) == [0.0, 0.0, 1.0]
    assert list(x[:, col["title_best@-1"]]) == [0.0, 0.0, 0.0]
    assert list(x[:, col["first:title_recall_idf"]]) == [titled[0, 3]] * 3
    # without headline features given: zeros in their columns
    blank = comp.with_context(feats, doc_text, context)
    assert not blank[:, col["has_title"]].any()


def _pick_by(column: str, names: list[str], sign: float = 1.0) -> dict[str, object]:
    """A logistic 'model' that scores sentences by one column."""
    coef = [sign if name == column else 0.0 for name in names]
    return {
        "kind": "logistic",
        "mean": [0.0] * len(names),
        "scale": [1.0] * len(names),
        "coef": coef,
        "intercept": 0.0,
    }


def test_headline_model_and_its_untitled_fallback() -> None:
    texts = ["Pemerintah menggelar rapat.", "Harga cabai naik lagi.", "Warga mengeluh."]
    doc_text = " ".join(texts)
    starts = [0, 28, 51]
    context = {"title": True}
    model = {**_pick_by("title_recall_idf", comp.feature_names(context)), "context": context}
    untitled = _pick_by("log_pos", comp.feature_names(None), -1.0)
    # the headline points at sentence 1
    assert comp.summarise(texts, starts, doc_text, 1, model, "Harga Cabai Naik") == [1]
    # no fallback: without a headline every title column is 0, ties go to text order
    assert comp.summarise(texts, starts, doc_text, 1, model, None) == [0]
    with_fallback = {**model, "untitled": untitled}
    assert comp.summarise(texts, starts, doc_text, 1, with_fallback, "Harga Cabai Naik") == [1]
    assert comp.summarise(texts, starts, doc_text, 1, with_fallback, None) == [0]
    late = {**model, "untitled": _pick_by("log_pos", comp.feature_names(None))}
    assert comp.summarise(texts, starts, doc_text, 1, late, " ") == [2]


def test_summary_reads_the_doc_title(nlp3: Language) -> None:
    doc = _nlp().make_doc(ARTICLE)
    for _, proc in _nlp().pipeline[:-1]:
        doc = proc(doc)
    context = {"title": True}
    model = {**_pick_by("title_recall_idf", comp.feature_names(context)), "context": context}
    doc._.title = "Pesepeda minta lampu penerangan"
    assert comp.Summary(1, model)(doc)._.summary == [6]


def test_shipped_untitled_model_is_consistent() -> None:
    model = comp.load_model()
    context = model.get("context") or {}
    if not context.get("title"):
        pytest.skip("the shipped model reads no headline")
    fallback = model["untitled"]
    names = comp.feature_names(fallback.get("context"))
    assert fallback["features"] == names and not fallback["context"].get("title")
    for tree in fallback["trees"]:
        assert all(0 <= f < len(names) for f in tree["feature"])
    assert fallback["selection"]["kind"] == "expected_f1"
