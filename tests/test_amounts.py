"""Amounts: values, ranges, qualifiers, units, objects, categories and non-amounts.

Every sentence here is written for these tests (no text from the shared corpora).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from warta.components.amounts import Amounts
from warta.numbers import extract, parse_digits, parse_words
from warta.record import Amount, Quote, Timex


def only(text: str) -> Amount:
    found = extract(text)
    assert len(found) == 1, [a.text for a in found]
    return found[0]


# ---------------------------------------------------------------- digits and words


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("10.000", 10000.0),
        ("1,25", 1.25),
        ("1.234.567,89", 1234567.89),
        ("1,234,567", 1234567.0),
        ("7", 7.0),
        ("0,5", 0.5),
        ("12.5", 12.5),
    ],
)
def test_parse_digits(raw: str, value: float) -> None:
    assert parse_digits(raw) == pytest.approx(value)


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("satu", 1),
        ("sembilan", 9),
        ("sepuluh", 10),
        ("sebelas", 11),
        ("dua belas", 12),
        ("dua puluh tiga", 23),
        ("seratus", 100),
        ("seratus dua belas", 112),
        ("tiga ratus empat puluh lima", 345),
        ("seribu", 1000),
        ("dua ribu lima ratus", 2500),
        ("sejuta", 1_000_000),
        ("tiga ratus ribu", 300_000),
    ],
)
def test_parse_words(words: str, value: int) -> None:
    parsed = parse_words(words, 0)
    assert parsed is not None
    assert parsed[0] == value
    assert parsed[1] == len(words)


# ---------------------------------------------------------------- whole amounts

# (text, value, low, high, qualifier, unit)
AMOUNTS = [
    ("Gudang itu menyimpan 10.000 karung beras.", 10000, None, None, "exact", "karung"),
    ("Inflasi bulan ini 1,25 persen.", 1.25, None, None, "exact", "%"),
    ("Bunga naik 15% tahun ini.", 15, None, None, "exact", "%"),
    ("Kota itu dihuni 1,5 juta penduduk.", 1_500_000, None, None, "exact", "penduduk"),
    ("Proyek jalan tol itu bernilai Rp 1,25 triliun.", 1.25e12, None, None, "exact", "IDR"),
    ("Perusahaan itu meminjam US$ 100 juta dari bank.", 1e8, None, None, "exact", "USD"),
    ("Ekspor kopi mencapai 100 juta dollar AS.", 1e8, None, None, "at_least", "USD"),
    ("Api membakar 30 km persegi lahan gambut.", 30, None, None, "exact", "km2"),
    ("Harga cabai naik 15 persen.", 15, None, None, "exact", "%"),
    ("Dua puluh tiga sekolah ditutup.", 23, None, None, "exact", "sekolah"),
    ("Panitia menyiapkan seribu kursi.", 1000, None, None, "exact", "kursi"),
    ("Sejuta pohon ditanam di lereng itu.", 1_000_000, None, None, "exact", "pohon"),
    ("Pameran itu menampilkan seratus lukisan.", 100, None, None, "exact", "lukisan"),
    ("Ada sebelas pemain di lapangan.", 11, None, None, "exact", "pemain"),
    ("Sebanyak 10.000 hingga 12.000 relawan datang.", None, 10000, 12000, "exact", "relawan"),
    ("Tiket dijual 100-200 lembar per hari.", None, 100, 200, "exact", "lembar"),
    ("Antara 100 dan 200 nelayan ikut melaut.", None, 100, 200, "exact", "nelayan"),
    ("Pembangunan butuh 10 sampai 15 truk pasir.", None, 10, 15, "exact", "truk"),
    ("Harga minyak bergerak 65-75 dollar AS per barel.", None, 65, 75, "exact", "USD"),
    ("Sekitar 50 rumah terendam.", 50, None, None, "about", "rumah"),
    ("Kurang lebih 40 kapal bersandar.", 40, None, None, "about", "kapal"),
    ("Setidaknya 12 jembatan rusak.", 12, None, None, "at_least", "jembatan"),
    ("Sedikitnya 8 mobil terbakar.", 8, None, None, "at_least", "mobil"),
    ("Paling sedikit 6 sekolah libur.", 6, None, None, "at_least", "sekolah"),
    ("Lebih dari 300 toko tutup.", 300, None, None, "more_than", "toko"),
    ("Hampir 90 persen lahan kering.", 90, None, None, "nearly", "%"),
    ("Kurang dari 20 kursi tersisa.", 20, None, None, "less_than", "kursi"),
    ("Kerugian mencapai Rp 3 miliar.", 3e9, None, None, "at_least", "IDR"),
    ("Daya tampung hingga 500 kendaraan.", 500, None, None, "at_most", "kendaraan"),
    ("Di bawah 70 dollar AS per barel.", 70, None, None, "less_than", "USD"),
    ("Penonton 2.000 orang lebih memadati stadion.", 2000, None, None, "more_than", "orang"),
    ("Subsidi menjadi minus Rp 1.500 per liter.", -1500, None, None, "exact", "IDR"),
    ("Harga bensin sekitar Rp 7.000-an per liter.", 7000, None, None, "about", "IDR"),
    ("Target tahun ini 4 jutaan unit.", 4_000_000, None, None, "about", "unit"),
    ("Seperempat juta ikan dilepas ke sungai.", 250_000, None, None, "exact", "ikan"),
    ("Kapasitas kilang 60.000 barel per hari.", 60000, None, None, "exact", "barel"),
]


@pytest.mark.parametrize(("text", "value", "low", "high", "qualifier", "unit"), AMOUNTS)
def test_amount(
    text: str,
    value: float | None,
    low: float | None,
    high: float | None,
    qualifier: str,
    unit: str | None,
) -> None:
    a = only(text)
    assert a.value == (pytest.approx(value) if value is not None else None)
    assert a.low == (pytest.approx(low) if low is not None else None)
    assert a.high == (pytest.approx(high) if high is not None else None)
    assert a.qualifier == qualifier
    assert a.unit == unit
    assert text[a.start : a.end] == a.text


# vague counts: value null, low = the bound, qualifier at_least
VAGUE = [
    ("Belasan kios terbakar.", 10),
    ("Puluhan warga berkumpul.", 10),
    ("Ratusan buruh berunjuk rasa.", 100),
    ("Ribuan penonton bersorak.", 1000),
    ("Puluhan ribu suporter hadir.", 10000),
    ("Ratusan juta rupiah hilang.", 1e8),
]


@pytest.mark.parametrize(("text", "low"), VAGUE)
def test_vague(text: str, low: float) -> None:
    a = only(text)
    assert a.value is None
    assert a.low == pytest.approx(low)
    assert a.high is None
    assert a.qualifier == "at_least"


@pytest.mark.parametrize(
    ("text", "unit", "obj"),
    [
        ("Sebanyak 10.000 tentara Korea Utara dikirim ke perbatasan.", "tentara", "tentara Korea Utara"),
        ("Tiga orang nelayan hilang di laut.", "orang", "nelayan"),
        ("Ada 2.500 unit kendaraan yang diperiksa.", "unit", "kendaraan"),
        ("Lima warga sipil terluka.", "warga", "warga sipil"),
    ],
)
def test_unit_and_object(text: str, unit: str, obj: str) -> None:
    a = only(text)
    assert a.unit == unit
    assert a.object == obj


# ---------------------------------------------------------------- categories

# (text, expected categories of the amounts in order)
CATEGORIES = [
    ("Banjir itu menewaskan 12 orang.", ["KILL"]),
    ("Sebanyak 7 penumpang tewas dalam kecelakaan itu.", ["KILL"]),
    ("Dua warga meninggal dunia setelah tertimpa pohon.", ["KILL"]),
    ("Empat pekerja terluka akibat ledakan.", ["WOUND"]),
    ("Sedikitnya 30 orang tewas atau terluka dalam serangan itu.", ["KILL_OR_WOUND"]),
    ("Sembilan pendaki hilang di gunung.", ["MISSING"]),
    ("Polisi menangkap 5 orang tersangka pencurian.", ["ARREST"]),
    ("Sebanyak 14 pengedar ditahan di kantor polisi.", ["ARREST"]),
    ("Kelompok itu menculik 3 orang wartawan.", ["KIDNAP"]),
    ("Dua puluh turis disandera di sebuah hotel.", ["KIDNAP"]),
    ("Ribuan warga mengungsi ke balai desa.", ["DISPLACE"]),
    ("Sekitar 400 keluarga terdampak banjir.", ["AFFECT"]),
    ("Gempa itu memakan 45 korban.", ["AFFECT"]),
    ("Kecelakaan itu menelan korban 9 jiwa.", ["KILL"]),
    ("Ledakan menewaskan 10 orang dan melukai 25 lainnya.", ["KILL", "WOUND"]),
    ("Sebanyak 3 orang tewas dan 8 orang luka-luka.", ["KILL", "WOUND"]),
    ("Tercatat 6 korban tewas, sementara 11 korban hilang.", ["KILL", "MISSING"]),
    ("Harga beras naik 10 persen setelah banjir menewaskan warga.", [None]),
    ("Pemerintah menyalurkan Rp 5 miliar untuk korban banjir.", [None]),
    ("Sebanyak 300 rumah rusak dan 12 orang tewas.", [None, "KILL"]),
    ("Sekitar 5.000 pengungsi tinggal di tenda.", ["DISPLACE"]),
    ("Pencuri itu ditangkap oleh tiga petugas keamanan.", [None]),
    ("Dua perampok itu sempat melukai penjaga toko.", [None]),
    ("Sebanyak 4 orang tewas, dua di antaranya anak-anak.", ["KILL", "KILL"]),
    ("Tercatat 16 pria dan 12 wanita terluka.", ["WOUND", "WOUND"]),
]


@pytest.mark.parametrize(("text", "cats"), CATEGORIES)
def test_category(text: str, cats: list[str | None]) -> None:
    assert [a.category for a in extract(text)] == cats


# ---------------------------------------------------------------- not amounts

NOT_AMOUNTS = [
    "Rapat digelar pada 17 Agustus 2024 di balai kota.",
    "Ia lahir pada tahun 1998.",
    "Kejadian itu terjadi pada Senin (16/12/2024) malam.",
    "Acara dimulai pukul 10.30 WIB.",
    "Ia dirawat selama tiga hari.",
    "Proyek itu molor dua tahun.",
    "Jam 9 pagi semua sudah berkumpul.",
    "Ia menjadi juara ke-3 tahun ini.",
    "Kedua pihak sepakat berdamai.",
    "Ini adalah kali pertama ia datang.",
    "Pesawat QZ8501 jatuh di laut.",
    "Maskapai itu memakai A320-200 untuk rute tersebut.",
    "Penerbangan MH17 ditembak jatuh.",
    "Hubungi kami di 0812-3456-7890.",
    "Sesuai Pasal 5 ayat 2, izin itu dicabut.",
    "Aturan itu tercantum dalam No. 12 lampiran.",
    "Salah satu pemain cedera.",
    "Ia satu-satunya wakil daerah itu.",
    "Mobil roda empat dilarang lewat.",
    "Budi (45) ditemukan di rumahnya.",
    "Tren itu muncul pada 1990-an.",
    "Kantor itu di lantai 2 gedung utama.",
    "Mereka saling membantu satu sama lain.",
    "Ia tinggal di RT 05 RW 03.",
    "Harga bensin RON 92 turun.",
]


@pytest.mark.parametrize("text", NOT_AMOUNTS)
def test_not_amount(text: str) -> None:
    assert [a.text for a in extract(text)] == []


def test_age_in_brackets_but_count_after() -> None:
    found = extract("Andi (30) bersama 4 rekannya ditangkap.")
    assert [a.value for a in found] == [4]
    assert found[0].category == "ARREST"


def test_list_numbers_and_codes() -> None:
    text = "Lokasi:\n1. SPBU 34-10401: Jl Melati No. 116\n2. SPBU 31-10202: Jl Mawar"
    assert extract(text) == []


def test_several_amounts_in_order() -> None:
    text = "Dari 80 sumur, 62 sumur aktif dan 18 sumur baru."
    assert [a.value for a in extract(text)] == [80, 62, 18]


# ---------------------------------------------------------------- the component


def _doc(text: str) -> Doc:
    """A Doc whose text is exactly ``text`` (one token: the component reads the text)."""
    return Doc(Vocab(), words=[text], spaces=[False])


def test_component_links_quotes_and_skips_timexes() -> None:
    text = 'Menurut Ani, "ada 40 rumah yang rusak" dan 3 hari kemudian 12 orang mengungsi.'
    doc = _doc(text)
    q_start = text.index('"')
    q_end = text.index('"', q_start + 1) + 1
    doc._.quotes = [Quote(kind="direct", start=q_start, end=q_end, text=text[q_start:q_end])]
    t_start = text.index("3 hari")
    doc._.timexes = [
        Timex(start=t_start, end=t_start + 6, text="3 hari", type="DURATION", value="P3D")
    ]
    doc = Amounts()(doc)
    found = doc._.amounts
    assert [a.value for a in found] == [40, 12]
    assert found[0].quote == 0
    assert found[1].quote is None
    assert found[1].category == "DISPLACE"


def test_component_blocked_by_timex() -> None:
    text = "Sebanyak 25 kapal berlayar."
    doc = _doc(text)
    s = text.index("25")
    doc._.timexes = [Timex(start=s, end=s + 2, text="25", type="DATE", value="XXXX-XX-25")]
    doc._.quotes = []
    assert Amounts()(doc)._.amounts == []


def test_component_in_pipeline_empty_doc() -> None:
    nlp = Language()  # spacy.blank("id") is slow to build; the factory is what matters
    nlp.add_pipe("warta_amounts")
    assert nlp("")._.amounts == []
    assert [a.value for a in nlp("Ada 7 perahu.")._.amounts] == [7]


# ---------------------------------------------------------------- properties

_PIECES = st.sampled_from(
    [
        "10.000", "1,5", "juta", "Rp", "US$", "dollar AS", "persen", "%", "-", "–", "/", "(", ")",
        "sekitar", "lebih dari", "hingga", "antara", "dan", "satu", "dua puluh", "belasan",
        "ribuan", "orang", "tewas", "luka", "ke-", "tahun", "2014", "pukul", "10.30", "WIB",
        "Pasal", "0812", "minus", ",", ".", "\n", "MH17", "se", "-an", "an", "di antaranya",
        "\u00a0", "é", "٣", "½", "²", "Rp.", "$", "...", "  ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=40))
def test_never_crashes_and_offsets_hold(pieces: list[str]) -> None:
    text = " ".join(pieces)
    found = extract(text)
    last_end = 0
    for a in found:
        assert 0 <= a.start < a.end <= len(text)
        assert a.text == text[a.start : a.end]
        assert a.start >= last_end
        last_end = a.end
        if a.low is not None and a.high is not None:
            assert a.low <= a.high


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_unicode(text: str) -> None:
    for a in extract(text):
        assert a.text == text[a.start : a.end]


def test_large_input_is_linear() -> None:
    import time

    unit = "Sekitar 1.500 orang tewas, 20 persen rumah rusak pada 2014. "
    small = unit * 200
    big = unit * 2000
    t0 = time.perf_counter()
    extract(small)
    t1 = time.perf_counter()
    found = extract(big)
    t2 = time.perf_counter()
    assert len(found) == 4000
    # ten times the text must not take much more than ten times as long
    assert (t2 - t1) < 25 * max(t1 - t0, 1e-3)
