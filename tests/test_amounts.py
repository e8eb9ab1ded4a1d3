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
        ("0.201", 0.201),
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
    ("Harga minyak bergerak 62-71 dollar AS per barel.", None, 62, 71, "exact", "USD"),
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
    ("Kini di bawah 57 dollar AS per barel.", 57, None, None, "less_than", "USD"),
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
        (
            "Sebanyak 10.000 tentara Korea Utara dikirim ke perbatasan.",
            "tentara",
            "tentara Korea Utara",
        ),
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


# error classes seen on unseen news, each in sentences written for these tests:
# (class, text, expected categories of the amounts in order)
CATEGORY_CLASSES = [
    # a category word inside a phrase that says nothing happened to anyone counted
    ("neutral", "Dua warga negara Indonesia terancam hukuman mati di negeri itu.", [None]),
    ("neutral", "Seorang terdakwa divonis mati dan tiga lainnya dihukum penjara.", [None]),
    ("neutral", "Tim itu hanya meraih 3 poin setelah ditahan imbang.", [None]),
    ("negation", "Tak ada korban jiwa dari 25 penumpang bus tersebut.", [None]),
    ("negation", "Tiga nelayan tidak terluka dalam kejadian itu.", [None]),
    ("survived", "Tercatat 5 korban tewas dan 60 penumpang selamat.", ["KILL", None]),
    (
        "survived",
        "Sebanyak 8 orang berhasil diselamatkan, sementara 3 lainnya masih hilang.",
        [None, "MISSING"],
    ),
    ("survived", "Empat sandera dibebaskan oleh tentara.", ["KIDNAP"]),
    # the category word after a bracketed part of the count
    (
        "bracket",
        "Sebanyak 19 orang, enam di antaranya anak-anak, tewas dalam kebakaran itu.",
        ["KILL", "KILL"],
    ),
    ("bracket", "Sedikitnya 13 orang, termasuk tiga balita, meninggal dunia.", ["KILL", "KILL"]),
    ("including", "Ledakan itu menewaskan 40 orang termasuk 15 warga asing.", ["KILL", "KILL"]),
    # two counts, two categories in one sentence
    (
        "two counts",
        "Korban tewas tercatat 7 orang, sedangkan korban luka 21 orang.",
        ["KILL", "WOUND"],
    ),
    ("two counts", "Dua pekerja luka berat dan lima lainnya luka ringan.", ["WOUND", "WOUND"]),
    (
        "shared verb",
        "Sebanyak 120 KK mengungsi di Desa Sukamaju dan 45 KK di Desa Cibiru.",
        ["DISPLACE", "DISPLACE"],
    ),
    (
        "shared noun",
        "Tiga anak perempuan dan lima anak laki-laki ikut diamankan.",
        ["ARREST", "ARREST"],
    ),
    (
        "became",
        "Polisi menangkap 7 orang, kemudian bertambah menjadi 9 orang.",
        ["ARREST", "ARREST"],
    ),
    (
        "far subject",
        "Jumlah korban meninggal dunia akibat lahar dingin di desa itu sampai Kamis"
        " pagi bertambah menjadi 17 orang.",
        ["KILL"],
    ),
    # another verb between the word and the count: the count belongs to that verb
    (
        "other verb",
        "Aktor senior itu meninggal dunia di rumahnya dan meninggalkan tiga anak.",
        [None],
    ),
    ("other verb", "Polisi menangkap Budi dan kemudian menemukan dua korban lain.", ["AFFECT"]),
    ("shared object", "Petugas menangkap dan memulangkan 30 pendatang gelap.", ["ARREST"]),
    # nouns (pengungsi) describe only the count beside them
    ("noun", "Sebanyak 50 relawan dikirim untuk membantu para pengungsi.", [None]),
    ("noun", "Jumlah pengungsi mencapai 5.000 orang.", ["DISPLACE"]),
    ("noun", "Tim SAR menemukan dua jenazah korban longsor.", ["KILL"]),
    # a word further on that describes another noun, or a case, or a risk
    (
        "other noun",
        "Ada kemungkinan kehilangan 3,4 juta pelanggan dengan omzet yang hilang.",
        [None],
    ),
    ("case", "Polisi menetapkan 6 tersangka kasus pengeroyokan hingga tewas.", [None]),
    ("risk", "Penumpang berjumlah enam orang mendapat asuransi dari risiko cedera.", [None]),
    # arrests: diamankan, dibekuk; suspects only when arrested; not things
    ("arrest", "Polisi mengamankan 4 pemuda yang membawa senjata tajam.", ["ARREST"]),
    ("arrest", "Dua pencuri motor dibekuk warga.", ["ARREST"]),
    ("arrest", "Sebanyak 3 tersangka ditahan di rutan.", ["ARREST"]),
    ("arrest", "Barang bukti yang diamankan berupa 3 unit sepeda motor.", [None]),
    ("bare number", "Uang yang diamankan ratusan juta.", [None]),
    ("bare number", "Perolehan angka lawan bisa ditahan tak lebih dari 31.", [None]),
    # spelling and phrase variants
    ("words", "Tiga penonton cidera akibat desakan massa.", ["WOUND"]),
    ("words", "Ribuan warga terpaksa meninggalkan rumah mereka akibat banjir.", ["DISPLACE"]),
    ("words", "Gempa itu membuat 300 warga mengungsi.", ["DISPLACE"]),
    ("words", "Serangan itu menelan korban jiwa 12 orang.", ["KILL"]),
    ("words", "Tragedi itu menewaskan 39 fans sepak bola.", ["KILL"]),
    ("two counts", "Sebanyak 12 orang tewas dan 30 orang lagi terluka.", ["KILL", "WOUND"]),
    (
        "list",
        "Satu juta anak, dua juta wanita dan tiga juta pria tewas dalam perang itu.",
        ["KILL", "KILL", "KILL"],
    ),
    ("object of a verb", "Bus itu membawa 40 penumpang, 5 orang tewas.", [None, "KILL"]),
    ("agent", "Seorang sopir luka dianiaya empat pria di terminal.", [None]),
    ("thing", "Pemkab membeli dua kapal jenazah.", [None]),
    ("thing", "Dalam suasana panik ia sekali mati dua kali bingung.", [None]),
    ("clause", "Tersangka ditangkap setelah ribuan jemaah gagal berangkat.", [None]),
    ("arrest", "Empat ABG digelandang ke kantor polisi.", ["ARREST"]),
    (
        "purpose",
        "Sebanyak 500 personel gabungan dikerahkan untuk mengevakuasi korban.",
        [None],
    ),
    ("obituary", "Aktor itu wafat dan dimakamkan di hadapan 500 pelayat.", [None]),
    ("obituary", "Ia meninggalkan seorang istri dan dua anak.", [None]),
    (
        "released",
        "Negara itu melepaskan 100 tahanan untuk ditukar dengan seorang prajurit yang diculik.",
        [None],
    ),
    (
        "count of things between",
        "Sekitar 1.800 orang di tujuh kecamatan harus mengungsi akibat banjir.",
        ["DISPLACE", None],
    ),
    (
        "count of things between",
        "Sekitar 1.800 orang di tujuh Kecamatan di kabupaten itu harus mengungsi.",
        ["DISPLACE", None],
    ),
    ("bare number", 'Polisi bersiaga untuk mengamankan aksi "212" di Monas.', [None]),
    (
        "bare number",
        "Polisi mengenali enam orang korban yang tewas, tiga dari desa itu.",
        ["KILL", "KILL"],
    ),
    (
        "object of a verb",
        "Polisi mengamankan lokasi dengan garis polisi dari ratusan warga yang berkerumun.",
        [None],
    ),
    ("conjunct", "Polisi meringkus seorang pengedar serta empat orang kurir.", ["ARREST"]),
    ("adverb", "Tim SAR mengevakuasi paksa 300 pendaki dari gunung itu.", ["DISPLACE"]),
    (
        "far subject",
        "Jumlah korban tewas belum diketahui, sementara jumlah pengunjung mencapai 5.000 orang.",
        [None],
    ),
    ("far subject", "Pengungsi di kamp itu saat ini tercatat sebanyak 1.500 jiwa.", ["DISPLACE"]),
    (
        "far predicate",
        "Tahun sebelumnya, 16 orang pemandu yang membawa perlengkapan para pendaki menuju"
        " lokasi kemah di lereng yang lebih tinggi juga tewas tertimbun longsor salju.",
        ["KILL"],
    ),
    # a capitalised category word before a name is a name
    ("name", "Dua pemain muda berlatih bersama Luka Modric di Madrid.", [None]),
]


@pytest.mark.parametrize(
    ("text", "cats"),
    [(t, c) for _, t, c in CATEGORY_CLASSES],
    ids=[k for k, _, _ in CATEGORY_CLASSES],
)
def test_category_classes(text: str, cats: list[str | None]) -> None:
    assert [a.category for a in extract(text)] == cats


def test_thousands_with_comma_in_a_count_of_people() -> None:
    a = only("Kartu itu diberikan kepada 16,500 orang pengungsi.")
    assert a.value == 16500
    assert only("Inflasi naik 16,500 persen.").value == pytest.approx(16.5)


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
    "Tuan rumah dan tamu bermain imbang 4 - 4 hingga jeda.",
    "Skor akhir 0 - 3 untuk tim tamu.",
    "Konser itu digelar di Lima, Peru, pekan depan.",
    "Kejadian itu terjadi pada 4.37 dini hari.",
    "Penyanyi Dua Lipa tampil di panggung utama.",
    # sports: scores, formations, team sheets, minutes, shirt numbers, ranks
    "Tim tamu kalah 1 - 3 dari tuan rumah.",
    "Pasangan itu menang 21 - 11 , 19 - 21 , 25 - 23 di final.",
    "Skor akhir pertandingan basket itu 102 - 98.",
    "Pelatih memakai pola 4 - 3 - 3 sejak awal musim.",
    "Starter: 1 - Andi Wijaya , 5 - Budi Santoso , 9 - Citra Dewi .",
    "Cadangan: 12 Rudi Hartono , 21 Agus Salim , 30 Eko Prasetyo .",
    "Gol tercipta pada menit 67 lewat sundulan.",
    "Ia mencetak gol di menit ke 82 .",
    "Gol penyeimbang lahir dari kaki Dodi ( 54' ).",
    "Ia kini memakai nomor punggung 10 di klub barunya.",
    "Timnas U - 19 berlatih di Bandung.",
    "Album itu masuk 10 besar tangga lagu.",
    "Pebalap itu hanya finis 13 di sirkuit basah.",
    # lists, legal references, codes, times, coordinates, idioms
    "Manfaat teh hijau :  1 . Menurunkan berat badan  2 . Menjaga jantung",
    "Ia dijerat Pasal 41 ayat ( 5 ) dan ( 6 ) undang-undang itu.",
    "Tersangka dijerat Pasal 3 , 4 dan 5 UU Pencucian Uang.",
    "Jadwal siaran langsung 02.30 di televisi berbayar.",
    "Tiket mulai dijual pada H - 90 sebelum hari raya.",
    "Pusat gempa di 6,12 Lintang Selatan dan 105,4 Bujur Timur.",
    "Masyarakat menyambut satu per satu peserta yang datang.",
    "Tamu datang satu persatu ke ruangan itu.",
    "Satu - satunya jalan adalah berunding.",
    "Kontrak pemain itu berdurasi dua setengah tahun.",
    "Pesta demokrasi lima tahunan itu berjalan damai.",
    "Ia sudah bermain untuk klub itu selama tiga musim.",
    "Kendaraan dilarang melintas pada 12 dan 15 Agustus.",
    "Film itu menjadi ikon generasi 90 - an.",
    "Sidang isbat menentukan 1 Syawal tahun ini.",
    "Rekaman itu dibocorkan sebelum episode ke - enam tayang.",
    "Ponsel Nokia 2 bakal dijual di Asia.",
    "Laptop itu sudah mendukung jaringan 5 G dan video 4 K.",
    "Nomor pajak 01.234.567.8 - 012.000 tercatat di kantor itu.",
    "Tips berhemat :\n\n1 . Catat pengeluaran\n\n2 . Masak sendiri",
    "Pedagang kaki lima berjualan di trotoar.",
    "Kiper itu berhadapan satu lawan satu dengan penyerang.",
    "Pebalap itu mencatat waktu 1 m 27,791s di sesi kedua.",
    "Pelatih memakai formasi 4-3-3 dan 3-5-2.",
    "Laga itu digelar pada 12-10-2017 di Bandung.",
    "Jadwal: 19.30 Persija vs Persib.",
    "Tersangka diperiksa selama 1 x 24 jam.",
    "Aplikasi itu kini memakai versi 4.5 yang lebih ringan.",
    "Kejadian itu terjadi saat Blackbird 3 yang baru dirilis diuji.",
    "Mereka kalah dari Semen Padang ( 1 - 3 ) pekan lalu.",
    "Unggulan ( 3/INA ) itu melaju ke babak kedua.",
    "Perbaikan jalan di KM 120 + 400 masih berlangsung.",
    "Gol itu lahir pada menit ke-63 dan 64 babak kedua.",
    "Kamera utama memakai bukaan f / 1.8 yang terang.",
]


@pytest.mark.parametrize("text", NOT_AMOUNTS)
def test_not_amount(text: str) -> None:
    assert [a.text for a in extract(text)] == []


def test_age_in_brackets_but_count_after() -> None:
    found = extract("Andi (30) bersama 4 rekannya ditangkap.")
    assert [a.value for a in found] == [4]
    assert found[0].category == "ARREST"


KEPT = [
    # ranges and counts near sports words or labels still count
    ("Selisih poin kedua tim 5 - 10 angka.", None, 5, 10),
    ("Suhu naik 5 - 10 derajat saat kemarau.", None, 5, 10),
    ("Tim itu menang dengan 3.000 - 4.000 penonton di tribun.", None, 3000, 4000),
    ("Ia mencetak 14 gol dalam 20 laga.", 14, None, None),
    ("Harga kamar Rp 5 - 10 juta per malam.", None, 5e6, 10e6),
    ("Jumlah peserta turun menjadi 80 .", 80, None, None),
    ("Sebanyak 2 orang dilarikan ke rumah sakit.", 2, None, None),
    ("Total 21 yang lolos seleksi.", 21, None, None),
    ("Jarak lompatan itu 2 m saja.", 2, None, None),
    ("Baca juga: Polisi Amankan 7 Pemuda di Bekasi", 7, None, None),
    ("Korban tewas: 5. Polisi masih mencari pelaku.", 5, None, None),
]


@pytest.mark.parametrize(("text", "value", "low", "high"), KEPT)
def test_kept_near_exclusions(
    text: str, value: float | None, low: float | None, high: float | None
) -> None:
    a = extract(text)[0]
    assert (a.value, a.low, a.high) == (value, low, high)


def test_half_after_a_number_word() -> None:
    a = only("Ia membawa pulang satu setengah juta rupiah.")
    assert a.value == pytest.approx(1_500_000)


def test_spelt_out_figure_is_one_amount() -> None:
    assert [a.value for a in extract("Dinas itu membantu 3 ( tiga ) industri kecil.")] == [3]


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
        "10.000",
        "1,5",
        "juta",
        "Rp",
        "US$",
        "dollar AS",
        "persen",
        "%",
        "-",
        "–",
        "/",
        "(",
        ")",
        "sekitar",
        "lebih dari",
        "hingga",
        "antara",
        "dan",
        "satu",
        "dua puluh",
        "belasan",
        "ribuan",
        "orang",
        "tewas",
        "luka",
        "ke-",
        "tahun",
        "2014",
        "pukul",
        "10.30",
        "WIB",
        "Pasal",
        "0812",
        "minus",
        ",",
        ".",
        "\n",
        "MH17",
        "se",
        "-an",
        "an",
        "di antaranya",
        "\u00a0",
        "é",
        "٣",
        "½",
        "²",
        "Rp.",
        "$",
        "...",
        "  ",
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
