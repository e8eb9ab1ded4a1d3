"""The entities component: the shipped model on warta's Doc, and its document rules."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc, Span

from warta.components import entities as ent
from warta.errors import ModelError

NLP = spacy.blank("id")


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return _shared()


def labelled(doc: Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


def test_shipped_model_tags_a_sentence(nlp: spacy.language.Language) -> None:
    doc = nlp(
        "Presiden Joko Widodo bertemu Gubernur Jawa Timur Khofifah Indar Parawansa di Surabaya "
        "pada hari Senin. Sementara itu, Bank Indonesia menaikkan suku bunga."
    )
    found = labelled(doc)
    assert ("Joko Widodo", "PER") in found
    assert ("Surabaya", "LOC") in found
    assert all(label in {"PER", "ORG", "LOC"} for _, label in found)
    assert not any(text.startswith("Presiden") for text, _ in found)


def test_sentence_starts_survive(nlp: spacy.language.Language) -> None:
    text = "Menteri Sri Mulyani tiba di Jakarta. Dia langsung rapat. Rapat selesai sore."
    sentences = nlp.get_pipe("warta_sentences")
    expected = [s.start_char for s in sentences(nlp.make_doc(text)).sents]
    assert [s.start_char for s in nlp(text).sents] == expected


def test_empty_and_odd_input(nlp: spacy.language.Language) -> None:
    assert list(nlp("").ents) == []
    assert list(nlp("   \n\n ").ents) == []
    doc = nlp("\u200b\u00a0 ??? «» 🙂 Budi 🙂")
    assert all(0 <= e.start_char <= e.end_char <= len(doc.text) for e in doc.ents)


def test_long_document_is_chunked(
    monkeypatch: pytest.MonkeyPatch, nlp: spacy.language.Language
) -> None:
    monkeypatch.setattr(ent, "CHUNK_TOKENS", 40)
    text = " ".join(["Warga Surabaya menonton pertandingan di stadion kemarin."] * 30)
    doc = nlp(text)
    assert len(doc) > 40
    assert sum(e.text == "Surabaya" for e in doc.ents) >= 20


def test_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="NER model is missing"):
        ent.Entities(NLP, model=str(tmp_path))
    assert "warta_entities" not in NLP.pipe_names


def _doc(words: list[str], ents: list[tuple[int, int, str]]) -> tuple[Doc, list[Span]]:
    doc = Doc(NLP.vocab, words=words)
    return doc, [Span(doc, s, e, label=label) for s, e, label in ents]


@pytest.mark.parametrize(
    ("words", "span", "expected"),
    [
        (["Presiden", "Joko", "Widodo", "datang"], (0, 3), "Joko Widodo"),
        (["Jenderal", "Mayor", "Pat", "Ryder", "bicara"], (0, 4), "Pat Ryder"),
        (["Dr.", "Ani", "Lestari", "hadir"], (0, 3), "Ani Lestari"),
        (["Budi", "Santoso", "hadir"], (0, 2), "Budi Santoso"),
        (["Presiden", "hadir"], (0, 1), "Presiden"),  # nothing left: keep
    ],
)
def test_strip_titles(words: list[str], span: tuple[int, int], expected: str) -> None:
    doc, spans = _doc(words, [(span[0], span[1], "PER")])
    assert [s.text for s in ent.strip_titles(spans)] == [expected]


def test_consistent_labels_majority() -> None:
    words = ["Kirby", "bicara", ".", "Kirby", "pergi", ".", "Kirby", "pulang"]
    doc, spans = _doc(words, [(0, 1, "PER"), (3, 4, "ORG"), (6, 7, "PER")])
    assert [s.label_ for s in ent.consistent_labels(spans)] == ["PER", "PER", "PER"]


def test_last_name_of_a_person_is_a_person() -> None:
    words = ["Vladimir", "Putin", "datang", ".", "Putin", "pulang"]
    doc, spans = _doc(words, [(0, 2, "PER"), (4, 5, "LOC")])
    assert [s.label_ for s in ent.consistent_labels(spans)] == ["PER", "PER"]


def test_override_labels() -> None:
    doc, spans = _doc(["Kremlin", "membantah"], [(0, 1, "LOC")])
    assert [s.label_ for s in ent.override_labels(spans)] == ["ORG"]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a tagged name recurs untagged
        (
            "Warga Kediri senang . Kediri ramai",
            [(1, 2, "LOC")],
            [("Kediri", "LOC"), ("Kediri", "LOC")],
        ),
        # a person's last name alone
        (
            "John Kirby tiba . Kirby tersenyum",
            [(0, 2, "PER")],
            [("John Kirby", "PER"), ("Kirby", "PER")],
        ),
        # not inside a longer capitalised name
        (
            "John Kirby tiba . Jalan Kirby Raya macet",
            [(0, 2, "PER")],
            [("John Kirby", "PER")],
        ),
        # with the first name in front of an untagged repeat
        (
            "kata Jenderal Pat Ryder . Ryder menolak",
            [(5, 6, "PER")],
            [("Pat Ryder", "PER"), ("Ryder", "PER")],
        ),
        # days and months are never propagated
        (
            "Andi Senin tiba . Senin pagi",
            [(0, 2, "PER")],
            [("Andi Senin", "PER")],
        ),
    ],
)
def test_propagate(
    text: str, ents: list[tuple[int, int, str]], expected: list[tuple[str, str]]
) -> None:
    doc, spans = _doc(text.split(), ents)
    assert [(s.text, s.label_) for s in ent.propagate(doc, spans)] == expected


def test_extend_names() -> None:
    doc, spans = _doc(["kata", "Mayor", "Jenderal", "Pat", "Ryder", "kemarin"], [(4, 5, "PER")])
    assert [s.text for s in ent.extend_names(spans)] == ["Pat Ryder"]
    # without a title in front, nothing is added
    doc, spans = _doc(["kata", "Menteri", "Pertahanan", "Andrei", "Belousov"], [(4, 5, "PER")])
    assert [s.text for s in ent.extend_names(spans)] == ["Belousov"]


def test_tag_fixed_names() -> None:
    doc, spans = _doc(["Pentagon", "dan", "Gedung", "Putih", "membantah"], [])
    found = [(s.text, s.label_) for s in ent.tag_fixed_names(doc, spans)]
    assert found == [("Pentagon", "ORG"), ("Gedung Putih", "ORG")]


@settings(max_examples=10, deadline=None)
@given(st.text(max_size=300))
def test_never_crashes(text: str) -> None:
    pipeline = _shared()
    doc = pipeline(text)
    for e in doc.ents:
        assert e.label_ in {"PER", "ORG", "LOC"}
        assert 0 <= e.start_char <= e.end_char <= len(text)


_PIPELINE: list[spacy.language.Language] = []


def _shared() -> spacy.language.Language:
    if not _PIPELINE:
        pipeline = spacy.blank("id")
        pipeline.add_pipe("warta_sentences")
        pipeline.add_pipe("warta_entities")
        _PIPELINE.append(pipeline)
    return _PIPELINE[0]


# -- warta eval ner ----------------------------------------------------------------------

GOLD = """Presiden\tO
Joko\tB-PERSON
Widodo\tI-PERSON
tiba\tO
di\tO
Surabaya\tB-LOCATION
.\tO

Bank\tB-ORGANIZATION
Indonesia\tI-ORGANIZATION
rapat\tO
pukul\tO
10.00\tB-TIME
.\tO
"""


def test_read_conll_maps_labels(tmp_path: Path) -> None:
    from warta.eval.ner import read_conll, spans

    path = tmp_path / "gold.tsv"
    path.write_text(GOLD, encoding="utf-8")
    sentences = read_conll(path)
    assert len(sentences) == 2
    assert spans(sentences[0][1]) == {(1, 3, "PER"), (5, 6, "LOC")}
    assert spans(sentences[1][1]) == {(0, 2, "ORG")}  # TIME dropped


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["B-PER", "I-PER", "O"], {(0, 2, "PER")}),
        (["I-LOC", "I-LOC"], {(0, 2, "LOC")}),
        (["B-PER", "B-PER"], {(0, 1, "PER"), (1, 2, "PER")}),
        (["B-PER", "I-ORG"], {(0, 1, "PER"), (1, 2, "ORG")}),
        ([], set()),
    ],
)
def test_spans(tags: list[str], expected: set[tuple[int, int, str]]) -> None:
    from warta.eval.ner import fix_bio, spans

    assert spans(fix_bio(tags)) == expected


def test_prf() -> None:
    from warta.eval.ner import prf

    gold = [{(0, 2, "PER"), (3, 4, "LOC")}]
    pred = [{(0, 2, "PER"), (3, 5, "LOC")}]
    result = prf(gold, pred)
    assert (result["p"], result["r"], result["f1"]) == (50.0, 50.0, 50.0)
    assert result["per_type"] == {"LOC": 0.0, "PER": 100.0}


def test_eval_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import argparse
    import json

    from warta.eval import ner

    path = tmp_path / "gold.tsv"
    path.write_text(GOLD, encoding="utf-8")
    parser = argparse.ArgumentParser()
    ner.add_arguments(parser)
    assert ner.run(parser.parse_args([str(path), "--json"])) == 0
    report = json.loads(capsys.readouterr().out)
    (result,) = report["files"]
    assert result["sentences"] == 2 and result["entities"] == 3
    assert 0 <= result["f1"] <= 100
    assert ner.run(parser.parse_args([str(tmp_path / "missing.tsv")])) == 2


def test_pipe_matches_call(nlp: spacy.language.Language) -> None:
    texts = [
        "Menteri Sri Mulyani tiba di Jakarta.",
        "",
        "Warga Medan dan Bandung menonton laga Persib.",
    ]
    one_by_one = [labelled(nlp(t)) for t in texts]
    assert [labelled(d) for d in nlp.pipe(texts, batch_size=2)] == one_by_one


def test_names_in_links_to_other_articles_are_not_entities() -> None:
    from warta import analyze

    text = (
        "Wali Kota Budi Santoso meresmikan pasar baru di Kota Lama, Senin.\n\n"
        "Baca juga: Budi Kalahkan Rival di Pilkada Kota Lama\n\n"
        "Budi mengatakan pasar itu akan dibuka setiap hari."
    )
    record = analyze(text, "2024-05-06")
    link_start = text.index("Baca juga")
    link_end = text.index("\n\n", link_start)
    names = {e.name for e in record.entities}
    assert "Budi Kalahkan" not in names
    for entity in record.entities:
        for mention in entity.mentions:
            assert not link_start <= mention.start < link_end, (entity.name, mention)


def test_entity_names_never_hold_line_breaks() -> None:
    from warta import analyze

    text = (
        "Wali Kota Budi Santoso meresmikan pasar baru di Kota Lama, Senin.\n\n"
        "Budi Kalahkan Rival di Pilkada Kota Lama\n\n"
        "Budi mengatakan pasar itu."
    )
    for entity in analyze(text, "2024-05-06").entities:
        assert "\n" not in entity.name
        for mention in entity.mentions:
            assert "\n" not in text[mention.start : mention.end]
