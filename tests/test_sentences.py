"""The ``warta_sentences`` component: Indonesian sentence boundaries."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

import warta.components  # noqa: F401  (registers the factories)
from warta.article import Article
from warta.components.sentences import INITIAL, LOWER, NOFINAL, TERM, UPPER, classify
from warta.convert import doc_to_record
from warta.eval.sentences import (
    TREEBANKS,
    WARTA_COMPONENTS,
    Score,
    evaluate,
    predicted_boundaries,
    read_conllu,
)
from warta.pipeline import COMPONENTS, load


@pytest.fixture(scope="module")
def nlp() -> Language:
    return _pipeline()


def split(nlp: Language, text: str) -> list[str]:
    """Sentences as in the record: whitespace trimmed, dateline left out."""
    doc = nlp(text)
    record = doc_to_record(doc, Article(text=text))
    return [text[s.start : s.end] for s in record.sentences]


CASES: list[tuple[str, list[str]]] = [
    # plain full stops, question and exclamation marks
    ("Hujan turun sejak pagi. Jalan di depan pasar tergenang.",
     ["Hujan turun sejak pagi.", "Jalan di depan pasar tergenang."]),
    ("Apakah rapat jadi digelar? Belum ada kepastian. Semua menunggu!",
     ["Apakah rapat jadi digelar?", "Belum ada kepastian.", "Semua menunggu!"]),
    ("Benarkah begitu?! Tidak ada yang tahu.", ["Benarkah begitu?!", "Tidak ada yang tahu."]),
    # titles and ranks before a name
    ("Rapat dipimpin Jend. Agus Santosa di markas besar. Wartawan menunggu di luar.",
     ["Rapat dipimpin Jend. Agus Santosa di markas besar.", "Wartawan menunggu di luar."]),
    ("Pemeriksaan dilakukan oleh Dr. Rina Wulandari dan Prof. Hadi Susanto.",
     ["Pemeriksaan dilakukan oleh Dr. Rina Wulandari dan Prof. Hadi Susanto."]),
    ("Ceramah disampaikan H. Mahmud di masjid desa.", ["Ceramah disampaikan H. Mahmud di masjid desa."]),
    ("Kapolres AKBP. Dedi Kurnia dan Kompol. Sari Dewi hadir. Acara selesai siang.",
     ["Kapolres AKBP. Dedi Kurnia dan Kompol. Sari Dewi hadir.", "Acara selesai siang."]),
    ("Komandan Kol. Bambang Irawan memberi arahan.", ["Komandan Kol. Bambang Irawan memberi arahan."]),
    ("Gereja St. Yohanes ramai dikunjungi.", ["Gereja St. Yohanes ramai dikunjungi."]),
    ("Surat itu ditandatangani a.n. Kepala Dinas Pendidikan.",
     ["Surat itu ditandatangani a.n. Kepala Dinas Pendidikan."]),
    ("Penelitian Wibowo dkk. menunjukkan hasil serupa.", ["Penelitian Wibowo dkk. menunjukkan hasil serupa."]),
    ("Kantornya di Jl. Merdeka No. 12 Bandung. Tamu datang sore.",
     ["Kantornya di Jl. Merdeka No. 12 Bandung.", "Tamu datang sore."]),
    ("Harga tiket Rp. 50.000 per orang. Anak gratis.", ["Harga tiket Rp. 50.000 per orang.", "Anak gratis."]),
    # single initials
    ("Lukisan itu karya S. Sudarsono dari Yogyakarta.", ["Lukisan itu karya S. Sudarsono dari Yogyakarta."]),
    ("Wakil ketua Budi S. Hartono ikut hadir.", ["Wakil ketua Budi S. Hartono ikut hadir."]),
    # abbreviations that can close a sentence
    ("Saham PT Sinar Jaya Tbk. naik tajam. Investor senang.",
     ["Saham PT Sinar Jaya Tbk. naik tajam.", "Investor senang."]),
    ("Pasar menjual sayur, buah, ikan, dll. Pembeli datang dari desa lain.",
     ["Pasar menjual sayur, buah, ikan, dll.", "Pembeli datang dari desa lain."]),
    ("Kontrak diteken dengan Maju Jaya Pte. Ltd. pekan ini.",
     ["Kontrak diteken dengan Maju Jaya Pte. Ltd. pekan ini."]),
    ("Laba Bank Sentosa Tbk. (BSTA) tumbuh.", ["Laba Bank Sentosa Tbk. (BSTA) tumbuh."]),
    # numbers, dates and units
    ("Sebanyak 10.000 warga mengungsi. Mereka tidur di tenda.",
     ["Sebanyak 10.000 warga mengungsi.", "Mereka tidur di tenda."]),
    ("Inflasi naik 1,5 persen tahun ini.", ["Inflasi naik 1,5 persen tahun ini."]),
    ("Sidang digelar Senin (16/12/2024). Terdakwa tidak hadir.",
     ["Sidang digelar Senin (16/12/2024).", "Terdakwa tidak hadir."]),
    ("Rapat ditunda hingga Selasa (17/12) pagi. Semua setuju.",
     ["Rapat ditunda hingga Selasa (17/12) pagi.", "Semua setuju."]),
    ("Korban bertambah pada 2024. Tim SAR terus mencari.",
     ["Korban bertambah pada 2024.", "Tim SAR terus mencari."]),
    ("Suhu turun sampai 5 C. Warga memakai jaket.", ["Suhu turun sampai 5 C.", "Warga memakai jaket."]),
    ("Pertumbuhan melambat pada kuartal I. Ekspor turun.",
     ["Pertumbuhan melambat pada kuartal I.", "Ekspor turun."]),
    # ellipses
    ("Dia terdiam... Lalu ia pergi.", ["Dia terdiam...", "Lalu ia pergi."]),
    ("Kami menunggu… dan terus menunggu.", ["Kami menunggu… dan terus menunggu."]),
    # quotations: the closing mark stays with its sentence, the opening one goes forward
    ('"Kami pasti menang." Pelatih itu tersenyum.', ['"Kami pasti menang."', "Pelatih itu tersenyum."]),
    ('Ia menutup rapat. "Besok kita lanjutkan," katanya.',
     ["Ia menutup rapat.", '"Besok kita lanjutkan," katanya.']),
    ("Ia menutup rapat. “Besok kita lanjutkan,” katanya.",
     ["Ia menutup rapat.", "“Besok kita lanjutkan,” katanya."]),
    ("“Kapan selesai?” tanya warga. Petugas diam.", ["“Kapan selesai?” tanya warga.", "Petugas diam."]),
    ("Ia bertanya, “Siapa yang datang?” Tidak ada jawaban.",
     ["Ia bertanya, “Siapa yang datang?”", "Tidak ada jawaban."]),
    ("Warga berkata: “Air sudah surut. Kami mau pulang.” Mereka lalu berkemas.",
     ["Warga berkata: “Air sudah surut. Kami mau pulang.”", "Mereka lalu berkemas."]),
    ('"Air sudah surut. Kami mau pulang," kata seorang warga. Ia tersenyum.',
     ['"Air sudah surut. Kami mau pulang," kata seorang warga.', "Ia tersenyum."]),
    ('"Air sudah surut. Kami mau pulang\nBesok kami kembali." Itu katanya.',
     ['"Air sudah surut.', "Kami mau pulang", 'Besok kami kembali."', "Itu katanya."]),
    ("\"Harga sedang 'liar'. Besok bisa turun,\" kata pedagang. Pembeli menunggu.",
     ["\"Harga sedang 'liar'. Besok bisa turun,\" kata pedagang.", "Pembeli menunggu."]),
    ('"Stok aman. Harga stabil, "ujar petugas. Warga lega.',
     ['"Stok aman. Harga stabil, "ujar petugas.', "Warga lega."]),
    ("Dua rumah rusak. (Foto: Dok. Humas Pemkot)", ["Dua rumah rusak.", "(Foto: Dok. Humas Pemkot)"]),
    ("Ia menyebut dua nama (Kol. Andi dan Bpk. Tono. Keduanya pensiunan) di sidang.",
     ["Ia menyebut dua nama (Kol. Andi dan Bpk. Tono. Keduanya pensiunan) di sidang."]),
    ("Gedung itu megah (lihat foto.) Pengunjung ramai.", ["Gedung itu megah (lihat foto.)", "Pengunjung ramai."]),
    # lower case after a full stop does not start a sentence
    ("Panjangnya 3 km. dari pusat kota.", ["Panjangnya 3 km. dari pusat kota."]),
    # paragraphs and headings
    ("Banjir Melanda Kota\nAir masuk ke rumah warga sejak malam.",
     ["Banjir Melanda Kota", "Air masuk ke rumah warga sejak malam."]),
    ("Paragraf pertama tanpa titik\n\nparagraf kedua juga.", ["Paragraf pertama tanpa titik", "paragraf kedua juga."]),
    ("Baris ini terpotong di tengah\nkalimat yang sama.", ["Baris ini terpotong di tengah\nkalimat yang sama."]),
    ("Syaratnya:\n1. Membawa KTP.\n2. Datang tepat waktu.",
     ["Syaratnya:", "1. Membawa KTP.", "2. Datang tepat waktu."]),
    # dateline: kept out of the first sentence
    ("JAKARTA, KOMPAS.com - Harga cabai naik. Pedagang mengeluh.", ["Harga cabai naik.", "Pedagang mengeluh."]),
    ("Jakarta (ANTARA) - Gempa kecil terasa. Tidak ada korban.", ["Gempa kecil terasa.", "Tidak ada korban."]),
    ("JAKARTA, KOMPAS.com -\nIsi berita di baris baru. Lalu lanjut.",
     ["Isi berita di baris baru.", "Lalu lanjut."]),
    ("KOMPAS.com - Ia datang.\n\nLalu pergi.", ["Ia datang.", "Lalu pergi."]),
    ("", []),
    ("   \n\n ", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sentences(nlp: Language, text: str, expected: list[str]) -> None:
    assert split(nlp, text) == expected


@pytest.mark.parametrize(
    ("token", "has", "lacks"),
    [
        (".", TERM, UPPER | LOWER),
        ("?!", TERM, 0),
        ("Jend.", NOFINAL, TERM),
        ("jend", NOFINAL, 0),
        ("S.", INITIAL, NOFINAL),
        ("Kota", UPPER, LOWER),
        ("kota", LOWER, UPPER | NOFINAL),
        ("2024", UPPER, LOWER),
    ],
)
def test_classify(token: str, has: int, lacks: int) -> None:
    kind = classify(token)
    assert kind & has == has
    assert kind & lacks == 0


def test_every_token_is_annotated(nlp: Language) -> None:
    doc = nlp("Satu. Dua dan tiga. Empat?")
    assert doc.has_annotation("SENT_START")
    assert [t.is_sent_start for t in doc] == [True, False, True, False, False, False, True, False]


def test_split_quotations_option() -> None:
    text = '"Air sudah surut. Kami mau pulang," kata warga. (Foto: Dok. Humas)'
    nlp = spacy.blank("id")
    nlp.add_pipe("warta_sentences", config={"split_quotations": True})
    assert [s.text for s in nlp(text).sents] == [
        '"Air sudah surut.', 'Kami mau pulang," kata warga.', "(Foto: Dok. Humas)"
    ]
    assert len(list(_pipeline()(text).sents)) == 2


def test_sents_keep_the_dateline_in_the_first_sentence(nlp: Language) -> None:
    text = "Liputan6.com, Kyiv - Serangan terjadi malam. Warga berlindung."
    doc = nlp(text)
    sents = list(doc.sents)
    assert len(sents) == 2
    assert sents[0].start_char == 0  # doc.sents and the record keep the same indices
    record = doc_to_record(doc, Article(text=text))
    assert text[record.sentences[0].start :].startswith("Serangan")


def test_dateline_after_a_title_line(nlp: Language) -> None:
    text = "Judul Berita Hari Ini\nJAKARTA, KOMPAS.com - Isi berita dimulai. Lalu berlanjut."
    assert split(nlp, text) == ["Judul Berita Hari Ini", "Isi berita dimulai.", "Lalu berlanjut."]


def test_huge_text_runs(nlp: Language) -> None:
    paragraph = (
        'JAKARTA, KOMPAS.com - Kol. Andi Wijaya (45) berkata, "Kami siap." Harga naik 1,5 persen '
        "pada Senin (16/12/2024)... Apa benar? Ya!\n\n"
    )
    text = paragraph * (5_000_000 // len(paragraph) + 1)
    doc = nlp(text)
    sents = list(doc.sents)
    # per paragraph: the dateline sentence, "Harga ...", "Apa benar?", "Ya!"
    assert len(sents) == 4 * (5_000_000 // len(paragraph) + 1)


PIECES = [*'abcAB .,!?…"“”()\n\t-0123456789\'`', "Jend", "KOMPAS.com", "JAKARTA", " - ", ", ", "\n\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_any_text(text: str) -> None:
    doc = _pipeline()(text)
    if len(doc):
        assert doc[0].is_sent_start
        assert all(t.is_sent_start is not None for t in doc)
        spans = list(doc.sents)
        assert spans[0].start == 0 and spans[-1].end == len(doc)
        assert all(a.end == b.start for a, b in zip(spans, spans[1:], strict=False))
    record = doc_to_record(doc, Article(text=text))
    for s in record.sentences:
        assert 0 <= s.start < s.end <= len(text)  # never empty
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
    if text.strip():
        assert len(record.sentences) == len(list(doc.sents))  # same indices as doc.sents
    dateline = doc._.dateline
    if dateline is not None and record.sentences:
        assert record.sentences[0].start >= dateline.end


@given(st.text(max_size=60))
@settings(max_examples=100, deadline=None)
def test_any_unicode(text: str) -> None:
    doc = _pipeline()(text)
    if len(doc):
        assert doc[0].is_sent_start


def _pipeline() -> Language:
    """warta's cached pipeline with only the dateline and sentences components."""
    return load(disable=tuple(c for c in COMPONENTS if c not in WARTA_COMPONENTS))


# --- warta eval sentences: the protocol on a small CoNLL-U file of my own ---

CONLLU = """# newdoc id = contoh
# sent_id = 1
# text = Ia datang pagi.
1\tIa\tia\tPRON\t_\t_\t2\tnsubj\t_\t_
# sent_id = 2
# text = Lalu pergi
1\tLalu\tlalu\tADV\t_\t_\t2\tadvmod\t_\t_
# newpar
# sent_id = 3
# text = Selesai.
1\tSelesai\tselesai\tVERB\t_\t_\t0\troot\t_\t_
"""


def test_read_conllu(tmp_path: Path) -> None:
    path = tmp_path / "contoh.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    gold = read_conllu(path)
    assert gold.text == "Ia datang pagi. Lalu pergi\n\nSelesai."
    assert sorted(gold.boundaries) == [15, 26]  # the end of the text is not a boundary


def test_predicted_boundaries_trim_whitespace() -> None:
    text = "Ia datang pagi. Lalu pergi\n\nSelesai."
    sents = [(0, 16), (16, 28), (28, len(text))]
    assert predicted_boundaries(sents, text) == frozenset({15, 26})


def test_score() -> None:
    score = Score("X", "warta", gold=4, predicted=5, correct=3)
    assert score.precision == pytest.approx(0.6)
    assert score.recall == pytest.approx(0.75)
    assert score.f1 == pytest.approx(2 * 0.6 * 0.75 / 1.35)
    assert Score("X", "warta").f1 == 0.0


def test_evaluate_on_a_small_treebank(tmp_path: Path) -> None:
    for name in {f for files in TREEBANKS.values() for f in files}:
        (tmp_path / name).write_text(CONLLU, encoding="utf-8")
    scores = {(s.treebank, s.system): s for s in evaluate(tmp_path)}
    assert set(scores) == {(t, s) for t in TREEBANKS for s in ("warta", "sentencizer")}
    warta = scores[("GSD", "warta")]
    assert (warta.gold, warta.correct, warta.predicted) == (4, 4, 4)  # two files, two boundaries each
    sentencizer = scores[("GSD", "sentencizer")]
    assert sentencizer.correct < sentencizer.gold  # it merges the paragraph that has no stop
