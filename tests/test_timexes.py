"""The timexes component and its recogniser: a table of cases, properties, the eval tools."""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

import warta.components.timexes  # noqa: F401  (registers the factory)
from warta.eval import timex as ev
from warta.temporal import find_timexes, infer_published, is_valid
from warta.temporal.values import VALUE_RE

D = dt.date(2024, 12, 17)  # a Tuesday

# (text, published, [(span text, type, value, mod or None)])
CASES: list[tuple[str, dt.date, list[tuple[str, str, str, str | None]]]] = [
    (
        "Gubernur meninjau banjir, Senin (16/12/2024).",
        D,
        [("Senin (16/12/2024)", "DATE", "2024-12-16", None)],
    ),
    (
        "Rapat digelar Selasa (17/12) di balai kota.",
        D,
        [("Selasa (17/12)", "DATE", "2024-12-17", None)],
    ),
    (
        "Pasar murah dibuka Minggu (15/12) pagi.",
        D,
        [("Minggu (15/12) pagi", "TIME", "2024-12-15TMO", None)],
    ),
    ("Tenggat pendaftaran jatuh pada 5 November.", D, [("5 November", "DATE", "2024-11-05", None)]),
    ("Harga cabai naik sejak Agustus lalu.", D, [("Agustus lalu", "DATE", "2024-08", None)]),
    ("Aturan itu berlaku bulan depan.", D, [("bulan depan", "DATE", "2025-01", None)]),
    ("Panen tahun ini lebih baik.", D, [("tahun ini", "DATE", "2024", None)]),
    ("Jumlahnya turun dibanding tahun lalu.", D, [("tahun lalu", "DATE", "2023", None)]),
    ("Ia tiba kemarin sore.", D, [("kemarin sore", "TIME", "2024-12-16TAF", None)]),
    ("Polisi memeriksa saksi kemarin.", D, [("kemarin", "DATE", "2024-12-16", None)]),
    ("Sidang dilanjutkan lusa.", D, [("lusa", "DATE", "2024-12-19", None)]),
    ("Pekan lalu hujan deras mengguyur kota.", D, [("Pekan lalu", "DATE", "2024-W50", None)]),
    ("Warga memadati taman saat akhir pekan.", D, [("akhir pekan", "DATE", "2024-W50-WE", None)]),
    (
        "Warga akan memadati taman saat akhir pekan.",
        D,
        [("akhir pekan", "DATE", "2024-W51-WE", None)],
    ),
    (
        "Warga memadati taman akhir pekan.",
        dt.date(2024, 12, 20),
        [("akhir pekan", "DATE", "2024-W51-WE", None)],
    ),
    (
        "Kapal itu hilang sekitar seminggu yang lalu.",
        D,
        [("sekitar seminggu yang lalu", "DATE", "2024-12-10", "APPROX")],
    ),
    ("Musim hujan datang awal Desember.", D, [("awal Desember", "DATE", "2024-12", "START")]),
    ("Jembatan selesai pertengahan 2014.", D, [("pertengahan 2014", "DATE", "2014", "MID")]),
    ("Ia menjabat hampir tiga tahun.", D, [("hampir tiga tahun", "DURATION", "P3Y", "LESS_THAN")]),
    (
        "Harga stabil selama empat bulan terakhir.",
        D,
        [("empat bulan terakhir", "DURATION", "P4M", None)],
    ),
    ("Bus lewat setiap hari.", D, [("setiap hari", "SET", "P1D", None)]),
    ("Pasien kontrol dua kali seminggu.", D, [("dua kali seminggu", "SET", "P1W", None)]),
    (
        "Kapal berangkat pukul 14.30 WIB.",
        D,
        [("pukul 14.30 WIB", "TIME", "2024-12-17T14:30+07:00", None)],
    ),
    (
        "Gempa terjadi pukul 08.15 WITA.",
        D,
        [("pukul 08.15 WITA", "TIME", "2024-12-17T08:15+08:00", None)],
    ),
    (
        "Pesawat mendarat pukul 21.05 WIT.",
        D,
        [("pukul 21.05 WIT", "TIME", "2024-12-17T21:05+09:00", None)],
    ),
    ("Banjir surut Rabu pagi.", D, [("Rabu pagi", "TIME", "2024-12-11TMO", None)]),
    ("Lampu padam tadi malam.", D, [("tadi malam", "TIME", "2024-12-16TNI", None)]),
    ("Toko tutup siang ini.", D, [("siang ini", "TIME", "2024-12-17TMI", None)]),
    ("Petang ini warga berkumpul.", D, [("Petang ini", "TIME", "2024-12-17TEV", None)]),
    ("Saat itu ia masih kecil.", D, [("Saat itu", "DATE", "PAST_REF", None)]),
    ("Kini harga beras turun.", D, [("Kini", "DATE", "PRESENT_REF", None)]),
    ("Sekarang jalan itu sudah mulus.", D, [("Sekarang", "DATE", "PRESENT_REF", None)]),
    (
        "Ia memimpin desa pada 2010-2014.",
        D,
        [("2010", "DATE", "2010", None), ("2014", "DATE", "2014", None)],
    ),
    ("Produksi turun sejak Agustus.", D, [("Agustus", "DATE", "2024-08", None)]),
    ("Mudik Idul Fitri 2014 padat.", D, [("Idul Fitri 2014", "DATE", "2014-07-28", None)]),
    ("Gereja bersiap menyambut Natal.", D, [("Natal", "DATE", "2024-12-25", None)]),
    ("Kembang api untuk Tahun Baru.", D, [("Tahun Baru", "DATE", "2025-01-01", None)]),
    (
        "Lebaran tahun lalu macet.",
        dt.date(2015, 3, 1),
        [("Lebaran tahun lalu", "DATE", "2014-07-28", None)],
    ),
    ("Museum menyimpan senjata Perang Dunia II.", D, []),
    ("Tahun-tahun sulit itu telah lewat.", D, []),
    ("Penerbangan QZ8501 hilang kontak.", D, []),
    ("Sebanyak 10.000 orang mengungsi.", D, []),
    ("Ada 2000 orang di lapangan.", D, []),
    ("Ia tinggal di Jl Pasar Minggu 14.", D, []),
    ("Aturan itu tertuang dalam UU Nomor 7 Tahun 2011.", D, [("Tahun 2011", "DATE", "2011", None)]),
    ("Angka 3/2013 adalah nomor surat.", D, []),
    ("Kontrak berakhir akhir tahun.", D, [("akhir tahun", "DATE", "2024", "END")]),
    ("Proyek mulai awal tahun depan.", D, [("awal tahun depan", "DATE", "2025", "START")]),
    (
        "Pada kuartal ketiga 2024 ekonomi tumbuh.",
        D,
        [("kuartal ketiga 2024", "DATE", "2024-Q3", None)],
    ),
    (
        "Target tercapai pada semester II tahun depan.",
        D,
        [("semester II tahun depan", "DATE", "2025-H2", None)],
    ),
    ("Gedung itu dibangun pada 1980-an.", D, [("1980-an", "DATE", "198", None)]),
    ("Ia lahir tahun 1975.", D, [("tahun 1975", "DATE", "1975", None)]),
    ("Sidang ditunda dua minggu lagi.", D, [("dua minggu lagi", "DATE", "2024-12-31", None)]),
    ("Dua hari lalu ia pulang.", D, [("Dua hari lalu", "DATE", "2024-12-15", None)]),
    ("Kantor buka tiap Senin.", D, [("tiap Senin", "SET", "XXXX-WXX-1", None)]),
    ("Ia antre selama 10 menit.", D, [("10 menit", "DURATION", "PT10M", None)]),
    (
        "Proyek molor lebih dari satu dekade.",
        D,
        [("lebih dari satu dekade", "DURATION", "P1DE", "MORE_THAN")],
    ),
    (
        "Diskon berlaku hingga 31 Desember 2024 mendatang.",
        D,
        [("31 Desember 2024 mendatang", "DATE", "2024-12-31", None)],
    ),
    (
        "Laporan terbit pada Jumat, 13 Desember 2024.",
        D,
        [("Jumat, 13 Desember 2024", "DATE", "2024-12-13", None)],
    ),
    ("Warga panen raya pada musim kemarau.", D, []),
    ("Rapat kabinet berlangsung Senin malam.", D, [("Senin malam", "TIME", "2024-12-16TNI", None)]),
    ("Kebijakan itu mulai 1 Januari.", D, [("1 Januari", "DATE", "2025-01-01", None)]),
    (
        "Laporan bulanan dirilis pagi ini.",
        D,
        [("bulanan", "SET", "P1M", None), ("pagi ini", "TIME", "2024-12-17TMO", None)],
    ),
    (
        "Pada 2012 ekspor naik; setahun sebelumnya turun.",
        D,
        [("2012", "DATE", "2012", None), ("setahun sebelumnya", "DATE", "2011", None)],
    ),
    ("Pelari itu finis dalam 2 jam 5 menit.", D, [("2 jam 5 menit", "DURATION", "PT2H5M", None)]),
    ("Selisihnya 0,25 detik saja.", D, [("0,25 detik", "DURATION", "PT0.25S", None)]),
    ("Masa kerjanya 3 tahun 6 bulan.", D, [("3 tahun 6 bulan", "DURATION", "P3Y6M", None)]),
    ("Band itu berdiri pada 2009 silam.", D, [("2009 silam", "DATE", "2009", None)]),
    (
        "Laga digelar Minggu (15/12) kemarin.",
        D,
        [("Minggu (15/12) kemarin", "DATE", "2024-12-15", None)],
    ),
    ("Bunga mekar setiap musim semi.", D, [("setiap musim semi", "SET", "XXXX-SP", None)]),
    ("Kita lihat dulu hasilnya.", D, []),
    (
        "Gedung yang dulu megah kini kumuh.",
        D,
        [("dulu", "DATE", "PAST_REF", None), ("kini", "DATE", "PRESENT_REF", None)],
    ),
    ("Ia menulis di buku harian.", D, []),
    ("Menurut harian Kompas, harga naik.", D, []),
    ("Laporan harian disusun staf.", D, [("harian", "SET", "P1D", None)]),
    ("Pemain itu maju ke depan gawang.", D, []),
    ("Ia dipilih menjadi Ketua Harian partai.", D, []),
    ("Sidang akan dilanjutkan pada Kamis.", D, [("Kamis", "DATE", "2024-12-19", None)]),
    ("Sidang dilanjutkan pada Kamis.", D, [("Kamis", "DATE", "2024-12-12", None)]),
    ("Pertemuan berikutnya dijadwalkan pada Juni.", D, [("Juni", "DATE", "2025-06", None)]),
    ("Harga naik sejak Juni.", D, [("Juni", "DATE", "2024-06", None)]),
    (
        "Acara dimulai sekira 9.30 WIB.",
        D,
        [("sekira 9.30 WIB", "TIME", "2024-12-17T09:30+07:00", "APPROX")],
    ),
    ("Ia unggul seperseratus detik.", D, [("seperseratus detik", "DURATION", "PT0.01S", None)]),
    ("Ke depan, aturan akan diperketat.", D, [("Ke depan", "DATE", "FUTURE_REF", None)]),
    ("Ia juara musim lalu.", D, [("musim lalu", "DATE", "2023", None)]),
    (
        "Ia menikah pada 2010. Setahun setelahnya anaknya lahir.",
        D,
        [("2010", "DATE", "2010", None), ("Setahun setelahnya", "DATE", "2011", None)],
    ),
    (
        "Razia digelar Jumat (13/12/2024). Polisi tiba pukul 22.00 WIB.",
        D,
        [
            ("Jumat (13/12/2024)", "DATE", "2024-12-13", None),
            ("pukul 22.00 WIB", "TIME", "2024-12-13T22:00+07:00", None),
        ],
    ),
    (
        "Loket buka pukul 07.30 hingga 10.15 WIB.",
        D,
        [
            ("pukul 07.30", "TIME", "2024-12-17T07:30", None),
            ("10.15 WIB", "TIME", "2024-12-17T10:15+07:00", None),
        ],
    ),
    (
        "Dalam pertemuan Selasa (10/12), dan pada hari yang sama ia pergi.",
        D,
        [
            ("Selasa (10/12)", "DATE", "2024-12-10", None),
            ("hari yang sama", "DATE", "2024-12-10", None),
        ],
    ),
    # routines: weekdays after "setiap", working-day ranges, clock times of a routine
    (
        "Pasar buka setiap Sabtu mulai pukul 07.00 hingga 12.00 WIB. Pada hari Minggu pedagang libur.",
        D,
        [
            ("setiap Sabtu", "SET", "XXXX-WXX-6", None),
            ("pukul 07.00", "TIME", "XXXX-XX-XXT07:00", None),
            ("12.00 WIB", "TIME", "XXXX-XX-XXT12:00+07:00", None),
            ("hari Minggu", "SET", "XXXX-WXX-7", None),
        ],
    ),
    (
        "Layanan buka Senin-Jumat pukul 08.00-15.00 WIB.",
        D,
        [
            ("Senin", "SET", "XXXX-WXX-1", None),
            ("Jumat", "SET", "XXXX-WXX-5", None),
            ("pukul 08.00", "TIME", "XXXX-XX-XXT08:00", None),
            ("15.00 WIB", "TIME", "XXXX-XX-XXT15:00+07:00", None),
        ],
    ),
    (
        "Kantor pajak melayani Senin sampai Sabtu.",
        D,
        [("Senin", "SET", "XXXX-WXX-1", None), ("Sabtu", "SET", "XXXX-WXX-6", None)],
    ),
    (
        "Bazar digelar Jumat-Minggu (20-22/12).",
        D,
        [("Jumat", "DATE", "2024-12-20", None), ("Minggu (20-22/12)", "DATE", "2024-12-22", None)],
    ),
    ("Warga memadati gereja setiap Natal.", D, [("setiap Natal", "SET", "XXXX-12-25", None)]),
    # dates written the IndoSum way
    (
        "Pengumuman dilakukan Jumat malam (13/12).",
        D,
        [("Jumat malam (13/12)", "TIME", "2024-12-13TNI", None)],
    ),
    (
        "Ia berbicara pada hari Senin, 16 Desember 2024.",
        D,
        [("hari Senin, 16 Desember 2024", "DATE", "2024-12-16", None)],
    ),
    ("Rapat digelar Kamis besok.", D, [("Kamis besok", "DATE", "2024-12-19", None)]),
    (
        "Sidang lanjutan digelar Jumat (20/12) mendatang.",
        D,
        [("Jumat (20/12) mendatang", "DATE", "2024-12-20", None)],
    ),
    (
        "Pada periode Januari-Oktober ekspor naik.",
        D,
        [("Januari", "DATE", "2024-01", None), ("Oktober", "DATE", "2024-10", None)],
    ),
    (
        "Data dihimpun dari Januari hingga Oktober 2024.",
        D,
        [("Januari", "DATE", "2024-01", None), ("Oktober 2024", "DATE", "2024-10", None)],
    ),
    ("Ia mencetak 30 gol pada musim 2023/24.", D, [("2023/24", "DATE", "2023", None)]),
    ("Klub itu juara di musim 2010 / 2011.", D, [("2010 / 2011", "DATE", "2010", None)]),
    ("Lagu itu hits di era 80-an.", D, [("era 80-an", "DATE", "198", None)]),
    ("Grup itu tenar sejak tahun 1990 - an.", D, [("tahun 1990 - an", "DATE", "199", None)]),
    ("Sengketa itu berlangsung bertahun-tahun.", D, [("bertahun-tahun", "DURATION", "PXY", None)]),
    ("Tersangka wajib lapor 1x24 jam.", D, [("1x24 jam", "DURATION", "PT24H", None)]),
    ("Gedung baru rampung pada 2026 mendatang.", D, [("2026 mendatang", "DATE", "2026", None)]),
    ("Dana cair pada tahun 2023 kemarin.", D, [("tahun 2023 kemarin", "DATE", "2023", None)]),
    ("Padahal belum ada sepekan sebelumnya bunga naik.", D, [("sepekan", "DURATION", "P1W", None)]),
    ("Laga digelar di Stadion 17 Mei Banjarmasin.", D, []),
    ("Polisi menyita tiga jam tangan milik tersangka.", D, []),
    (
        "Toko akan dibuka pada 15 Desember mendatang.",
        D,
        [("15 Desember mendatang", "DATE", "2024-12-15", None)],
    ),
    (
        "Acara berlangsung hingga tiga hari kedepan.",
        D,
        [("tiga hari kedepan", "DURATION", "P3D", None)],
    ),
    ("Ia kuliah di Universitas 17 Agustus 1945 Surabaya.", D, []),
    (
        "Ia kalah melawan Mbeki ( 18 / 5 / 2016 ) di Cardiff.",
        D,
        [("18 / 5 / 2016", "DATE", "2016-05-18", None)],
    ),
    ("Skor akhir 3 - 1 - 2017 tidak masuk akal.", D, [("2017", "DATE", "2017", None)]),
    (
        "Pasar tumbuh di tahun-tahun mendatang.",
        D,
        [("tahun-tahun mendatang", "DATE", "FUTURE_REF", None)],
    ),
    (
        "Promo berlaku hingga 29 Desember besok.",
        D,
        [("29 Desember besok", "DATE", "2024-12-29", None)],
    ),
    (
        "Ledakan terdengar Senin pagi kemarin.",
        D,
        [("Senin pagi kemarin", "TIME", "2024-12-16TMO", None)],
    ),
    (
        "Ekspor naik pada 2019. Pada tahun yang sama impor turun.",
        D,
        [("2019", "DATE", "2019", None), ("tahun yang sama", "DATE", "2019", None)],
    ),
    (
        "Penjualan Juni 2024 naik dibandingkan bulan yang sama tahun lalu.",
        D,
        [
            ("Juni 2024", "DATE", "2024-06", None),
            ("bulan yang sama tahun lalu", "DATE", "2023-06", None),
        ],
    ),
    # coordinated quarters: the first and second quarter make the first half
    (
        "Ekspor diperkirakan pulih pada kuartal pertama dan kedua tahun mendatang.",
        D,
        [("kuartal pertama dan kedua tahun mendatang", "DATE", "2025-H1", None)],
    ),
    (
        "Laba turun pada kuartal III dan IV 2023.",
        D,
        [("kuartal III dan IV 2023", "DATE", "2023-H2", None)],
    ),
    (
        "Ekspor melemah pada triwulan kedua dan ketiga 2023.",
        D,
        [
            ("triwulan kedua", "DATE", "2023-Q2", None),
            ("ketiga 2023", "DATE", "2023-Q3", None),
        ],
    ),
    (
        "Laba kuartal I dan 2 divisi baru dicatat terpisah.",
        D,
        [("kuartal I", "DATE", "2024-Q1", None)],
    ),
    # a weekday with its date written out in brackets is that date
    (
        "Bazar buku dibuka Jumat (6 Desember 2024) sampai Minggu (15 Desember 2024).",
        D,
        [
            ("Jumat (6 Desember 2024)", "DATE", "2024-12-06", None),
            ("Minggu (15 Desember 2024)", "DATE", "2024-12-15", None),
        ],
    ),
    (
        "Lomba lari digelar Sabtu (21 Desember) di alun-alun.",
        D,
        [("Sabtu (21 Desember)", "DATE", "2024-12-21", None)],
    ),
    # a decade named with "dekade"/"era": the word belongs to the expression
    (
        "Industri tekstil berjaya pada dekade 1980-an dan era 1990-an.",
        D,
        [("dekade 1980-an", "DATE", "198", None), ("era 1990-an", "DATE", "199", None)],
    ),
    # a part of the day with the date beside it takes that date (and keeps its time)
    (
        "Dua pencuri ditangkap dini hari tadi, Senin (16/12). Hari ini mereka diperiksa.",
        D,
        [
            ("dini hari tadi", "TIME", "2024-12-16TMO", None),
            ("Senin (16/12)", "DATE", "2024-12-16", None),
            ("Hari ini", "DATE", "2024-12-16", None),
        ],
    ),
    # a report of the day before its timestamp: "malam ini" is that day's night ...
    (
        "Banjir surut, kata camat, Senin (16/12). Petugas malam ini membersihkan lumpur.",
        D,
        [
            ("Senin (16/12)", "DATE", "2024-12-16", None),
            ("malam ini", "TIME", "2024-12-16TNI", None),
        ],
    ),
    # ... but not when the text's own "hari ini" is the timestamp's day
    (
        "Saham turun Senin (16/12). Hari ini indeks naik. Sore ini bursa Eropa dibuka.",
        D,
        [
            ("Senin (16/12)", "DATE", "2024-12-16", None),
            ("Hari ini", "DATE", "2024-12-17", None),
            ("Sore ini", "TIME", "2024-12-17TAF", None),
        ],
    ),
    # ... nor for what will happen
    (
        "Banjir surut, kata camat, Senin (16/12). Bupati akan meninjau lokasi siang ini.",
        D,
        [
            ("Senin (16/12)", "DATE", "2024-12-16", None),
            ("siang ini", "TIME", "2024-12-17TMI", None),
        ],
    ),
    # a position in a decade: the decade, with its mod
    (
        "Musik itu populer pada akhir 1990-an dan pertengahan tahun 2000-an.",
        D,
        [
            ("akhir 1990-an", "DATE", "199", "END"),
            ("pertengahan tahun 2000-an", "DATE", "200", "MID"),
        ],
    ),
    # a position in a year that opens a range keeps both ends
    (
        "Ia melatih klub itu medio 2019-2021.",
        D,
        [("medio 2019", "DATE", "2019", "MID"), ("2021", "DATE", "2021", None)],
    ),
    # "beberapa hari ini": the last few days, "ini" included; "pria 40 tahun ini" is this man
    (
        "Sudah beberapa hari ini listrik padam. Pria 40 tahun ini mengeluh.",
        D,
        [("beberapa hari ini", "DURATION", "PXD", None), ("40 tahun", "DURATION", "P40Y", None)],
    ),
    # "generasi hari ini": the present, not a date
    (
        "Generasi hari ini tumbuh bersama gawai.",
        D,
        [("hari ini", "DATE", "PRESENT_REF", None)],
    ),
    # a season in a statement of habit, or after a yearly routine, is any such season
    (
        "Danau itu membeku setiap musim dingin. Bermain ski di musim dingin jadi favorit.",
        D,
        [
            ("setiap musim dingin", "SET", "XXXX-WI", None),
            ("musim dingin", "DATE", "XXXX-WI", None),
        ],
    ),
    (
        "Turis biasanya memadati pantai saat musim panas.",
        D,
        [("musim panas", "DATE", "XXXX-SU", None)],
    ),
    (
        "Klub itu mengincar striker baru pada musim panas.",
        D,
        [("musim panas", "DATE", "2024-SU", None)],
    ),
    # "akhir tahun nanti": the end of this year still to come
    (
        "Gedung baru itu rampung akhir tahun nanti.",
        dt.date(2024, 9, 3),
        [("akhir tahun nanti", "DATE", "2024", "END")],
    ),
    (
        "Tarif baru berlaku pertengahan bulan nanti.",
        dt.date(2024, 9, 3),
        [("pertengahan bulan nanti", "DATE", "2024-09", "MID")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_table(
    text: str, published: dt.date, expected: list[tuple[str, str, str, str | None]]
) -> None:
    found, _ = find_timexes(text, published)
    got = [(t.text, t.type, t.value, t.mod) for t in found]
    assert got == expected
    for t in found:
        assert text[t.start : t.end] == t.text


def test_set_attributes() -> None:
    found, _ = find_timexes("Obat diminum tiga kali sehari, setiap hari.", D)
    assert [(t.value, t.freq, t.quant) for t in found] == [
        ("P1D", "3X", None),
        ("P1D", None, "EVERY"),
    ]


def test_relative_values_record_their_anchor() -> None:
    found, _ = find_timexes("Kemarin hujan. Pada 5 Mei 2020 kering.", D)
    assert found[0].anchor == "2024-12-16" or found[0].anchor == D.isoformat()
    assert found[0].anchor == D.isoformat()
    assert found[1].anchor is None  # explicit, nothing relative


def test_weekday_mismatch_is_a_warning_not_silence() -> None:
    found, warnings = find_timexes("Sidang digelar Kamis (16/12/2024).", D)
    assert found[0].value == "2024-12-16"
    assert warnings and "Kamis" in warnings[0]


def test_weekday_follows_an_explicit_date_nearby() -> None:
    text = "Rapat akan digelar Kamis (19/12/2024). Hasil rapat Kamis diumumkan."
    found, _ = find_timexes(text, D)
    assert [t.value for t in found] == ["2024-12-19", "2024-12-19"]


def test_clock_takes_the_day_written_beside_it() -> None:
    found, _ = find_timexes("Rapat dimulai pukul 09.00 WIB, Senin (9/12/2024).", D)
    assert found[0].value == "2024-12-09T09:00+07:00"


def _values(text: str, published: dt.date = D) -> list[tuple[str, str]]:
    found, _ = find_timexes(text, published)
    return [(t.text, t.value) for t in found]


def test_quote_counts_from_the_day_it_was_said() -> None:
    # the attribution after the quote dates it
    assert _values('"Kami akan rapat besok," kata ketua RT di Bandung, Minggu (15/12).') == [
        ("besok", "2024-12-16"),
        ("Minggu (15/12)", "2024-12-15"),
    ]
    # a later quote with an undated attribution keeps the last dated one
    text = 'Camat meninjau lokasi, ujarnya di kantor, Minggu (15/12). "Kemarin air sudah surut," tutur dia.'
    assert _values(text)[-1] == ("Kemarin", "2024-12-14")
    text = 'Pelatih memimpin latihan, Minggu (15/12). "Malam ini kami berlatih lagi," ucapnya.'
    assert _values(text)[-1] == ("Malam ini", "2024-12-15TNI")


def test_reported_speech_counts_from_the_day_it_was_said() -> None:
    text = (
        "Bupati berbicara di pendopo, Minggu (15/12). Hari ini, ia menambahkan, warga mulai pulang."
    )
    assert _values(text)[-1] == ("Hari ini", "2024-12-15")


def test_narrative_and_the_time_of_telling_count_from_publication() -> None:
    assert _values("Menteri berbicara di Jakarta, Senin (16/12). Kemarin hujan turun.")[-1] == (
        "Kemarin",
        "2024-12-16",
    )
    text = '"Jalan ditutup," kata Kapolsek, Minggu (15/12). Polisi mengatakan kemarin bahwa jalan dibuka.'
    assert _values(text)[-1] == ("kemarin", "2024-12-16")
    # a speech day later than the publication date is not trusted
    assert _values('"Besok kami datang," kata Ani, Kamis (19/12).')[0] == ("Besok", "2024-12-18")


def test_the_day_the_text_calls_today() -> None:
    found, warnings = find_timexes(
        "Hari ini, Minggu (15/12), warga berkumpul. Besok mereka pulang.", D
    )
    assert [(t.text, t.value, t.anchor) for t in found] == [
        ("Hari ini", "2024-12-15", "2024-12-15"),
        ("Minggu (15/12)", "2024-12-15", "2024-12-17"),
        ("Besok", "2024-12-16", "2024-12-15"),
    ]
    assert warnings and "2024-12-15" in warnings[0]
    assert _values("Balapan digelar besok, Minggu (15/12).")[0] == ("besok", "2024-12-15")
    # a quoted "today" is the speaker's and moves nothing else
    assert _values('"Hari ini, Minggu (15/12), kami libur," katanya. Besok sekolah buka.')[-1] == (
        "Besok",
        "2024-12-18",
    )


def test_colloquial_kemarin_after_an_election_or_a_feast() -> None:
    assert _values("Partisipasi pemilih pada Pilkada DKI kemarin tinggi.") == [
        ("kemarin", "PAST_REF")
    ]
    assert _values("Harga cabai naik saat Lebaran kemarin.") == [("Lebaran kemarin", "2024-04-10")]
    assert _values("Polisi menangkap pelaku kemarin.") == [("kemarin", "2024-12-16")]


@pytest.mark.parametrize("published", [dt.date(1, 1, 1), dt.date(1, 1, 3), dt.date(9999, 12, 31)])
def test_speech_and_writing_days_at_the_edge_of_the_calendar(published: dt.date) -> None:
    text = '"Besok kami datang," kata Ani, Senin (3/1). Hari ini, Senin (3/1), kemarin pukul 10.00.'
    found, _ = find_timexes(text, published)
    assert all(is_valid(t.type, t.value) for t in found)


def test_gloss_in_brackets_takes_the_value_it_explains() -> None:
    text = '"Putusan keluar besok (hari ini)," katanya, Senin (16/12).'
    assert _values(text)[:2] == [("besok", "2024-12-17"), ("hari ini", "2024-12-17")]


def test_no_anchor_leaves_unknown_parts() -> None:
    found, _ = find_timexes("Kemarin dan 5 Mei serta Kamis.", None)
    assert [t.value for t in found] == ["XXXX-XX-XX", "XXXX-05-05", "XXXX-WXX-4"]


def test_infer_published() -> None:
    text = "JAKARTA, Senin (16/12/2024) - Ia bicara. Rencana rampung 1 Juni 2025."
    assert infer_published(text, dateline_end=8) == (dt.date(2024, 12, 16), "dateline")
    assert infer_published(text) == (dt.date(2024, 12, 16), "text")
    assert infer_published("Tidak ada tanggal.") is None


@functools.cache
def _nlp() -> Language:
    nlp = spacy.blank("id")
    nlp.add_pipe("warta_timexes")
    return nlp


def _run(text: str, published: dt.date | None) -> Doc:
    nlp = _nlp()
    doc = nlp.make_doc(text)
    doc._.published = published
    doc._.published_source = "metadata" if published else None
    doc._.warnings = []
    return nlp(doc)


def test_component_infers_the_anchor_and_says_so() -> None:
    doc = _run("Menteri berbicara, Kamis (12/12/2024). Kemarin ia rapat.", None)
    assert doc._.published == dt.date(2024, 12, 12)
    assert doc._.published_source == "text"
    assert any("no publication date" in w for w in doc._.warnings)
    values = {t.text: t.value for t in doc._.timexes}
    assert values["Kemarin"] == "2024-12-11"
    assert [s.label_ for s in doc.spans["timexes"]] == ["DATE", "DATE"]


def test_component_with_metadata_date() -> None:
    doc = _run("Banjir surut kemarin.", D)
    assert doc._.published_source == "metadata"
    assert [(t.text, t.value, t.anchor) for t in doc._.timexes] == [
        ("kemarin", "2024-12-16", "2024-12-17")
    ]


def test_component_on_empty_doc() -> None:
    doc = _run("", None)
    assert doc._.timexes == []


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\x00\ufeff",
        "((((/////))))",
        "pukul 99.99 WIB",
        "31/02/2024",
        "Senin (45/13)",
        "tahun " * 50,
        "🙂 kemarin 🙂",
    ],
)
def test_odd_input_never_crashes(text: str) -> None:
    found, _ = find_timexes(text, D)
    for t in found:
        assert is_valid(t.type, t.value)


def test_linear_on_a_big_document() -> None:
    import time

    para = "Pada Senin (16/12/2024) pukul 10.00 WIB, 10.000 orang hadir selama tiga jam. "
    small = para * 200
    big = para * 4000
    t0 = time.perf_counter()
    find_timexes(small, D)
    t_small = time.perf_counter() - t0
    t0 = time.perf_counter()
    found, _ = find_timexes(big, D)
    t_big = time.perf_counter() - t0
    assert len(found) == 4000 * 3
    assert t_big < max(t_small, 0.01) * 20 * 3  # 20x the text, well under quadratic


_ALPHABET = st.sampled_from(
    list("abcdeijklmnprstu ()/.-,:0123456789")
    + [
        "Senin",
        "Minggu",
        "Desember",
        "Mei",
        "kemarin",
        "pukul",
        "WIB",
        "tahun",
        "lalu",
        "depan",
        "akhir",
        "awal",
        "setiap",
        "hari",
        "kali",
        "seminggu",
        "sekitar",
        "2014",
        "17/12",
        "(16/12/2024)",
        "Natal",
        "Idul Fitri",
        "pagi",
        "ini",
        "sebelumnya",
        "-an",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=30).map(" ".join), st.none() | st.dates())
def test_property_valid_values_and_offsets(text: str, anchor: dt.date | None) -> None:
    found, _ = find_timexes(text, anchor)
    last_end = 0
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert t.start >= last_end
        last_end = t.end
        assert t.text == text[t.start : t.end]
        assert VALUE_RE[t.type].match(t.value), (t.text, t.type, t.value)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.dates(min_value=dt.date(1, 1, 2), max_value=dt.date(9998, 12, 30)))
def test_property_any_text_any_date(text: str, anchor: dt.date) -> None:
    found, _ = find_timexes(text, anchor)
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert is_valid(t.type, t.value), (t.text, t.value)


# ---------------------------------------------------------------------------- eval tools
def test_scoring_counts() -> None:
    gold = [
        ev.Span(0, 5, "DATE", "2024"),
        ev.Span(10, 15, "DATE", "2024-12"),
        ev.Span(20, 25, "DURATION", "P1D"),
    ]
    system = [
        ev.Span(0, 5, "DATE", "2024"),
        ev.Span(11, 15, "DATE", "2024-11"),
        ev.Span(30, 32, "SET", "P1D"),
    ]
    counts, _ = ev.match(gold, system)
    assert (counts.strict, counts.relaxed, counts.value_ok, counts.type_ok) == (1, 2, 1, 2)
    fig = ev.figures(counts)
    assert fig["relaxed_f1"] == pytest.approx(2 / 3)
    assert fig["strict_f1"] == pytest.approx(1 / 3)
    assert fig["value_f1"] == pytest.approx(1 / 3)


def test_generous_dateparser_values() -> None:
    assert ev._generous_value("2024-12", "2024-12-01")
    assert ev._generous_value("2024-12-16T14:30+07:00", "2024-12-16T14:30")
    assert not ev._generous_value("P3Y", "2024-12-16")
    assert not ev._generous_value("2024-W50", "2024-12-09")


def test_timeml_round_trip(tmp_path: Path) -> None:
    text = "Hujan turun kemarin & hari ini <deras>."
    doc = ev.GoldDoc(
        "a1",
        text,
        D,
        [ev.Span(12, 19, "DATE", "2024-12-16"), ev.Span(22, 30, "DATE", "2024-12-17", "END")],
    )
    path = tmp_path / "a1.tml"
    ev.write_timeml(doc, path)
    back = ev.read_timeml(path)
    assert back.text == text and back.dct == D and back.id == "a1"
    assert back.timexes == doc.timexes


def test_eval_command_on_timeml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from warta.cli import main

    text = "Rapat digelar kemarin, Senin (16/12/2024)."
    doc = ev.GoldDoc(
        "b", text, D, [ev.Span(14, 21, "DATE", "2024-12-16"), ev.Span(23, 41, "DATE", "2024-12-16")]
    )
    ev.write_timeml(doc, tmp_path / "b.tml")
    code = main(["eval", "timex", str(tmp_path), "--no-baseline", "--json", "--repeat", "1"])
    out = json.loads(capsys.readouterr().out)
    assert code in (0, None)
    assert out["warta"]["relaxed_f1"] == 1.0 and out["warta"]["value_f1"] == 1.0


@pytest.mark.parametrize("name", [ev.GOLD_NAME, ev.HELDOUT_NAME])
def test_gold_file_holds_no_text(name: str) -> None:
    spec = json.loads(ev.gold_path().with_name(name).read_text(encoding="utf-8"))
    assert len(spec["articles"]) >= 20
    for art in spec["articles"]:
        assert set(art) <= {"id", "published", "file", "timexes"}
        assert re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", art["published"]), art["id"]
        last = 0
        for t in art["timexes"]:
            assert set(t) <= {"start", "end", "type", "value", "mod"}
            assert VALUE_RE[t["type"]].match(t["value"]), t
            assert last <= t["start"] < t["end"]
            last = t["end"]


def test_kompas_gold_round_trips_through_timeml(
    shared: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from warta.cli import main

    articles = shared / "kompas-dev" / "articles.jsonl"
    out_dir = tmp_path / "tml"
    main(
        [
            "eval",
            "timex",
            "--kompas",
            "--articles",
            str(articles),
            "--no-baseline",
            "--json",
            "--repeat",
            "1",
            "--write-timeml",
            str(out_dir),
        ]
    )
    direct = json.loads(capsys.readouterr().out)
    assert len(list(out_dir.glob("*.tml"))) == direct["documents"] == 50
    main(["eval", "timex", str(out_dir), "--no-baseline", "--json", "--repeat", "1"])
    again = json.loads(capsys.readouterr().out)
    for key in ("gold", "system", "strict_f1", "relaxed_f1", "value_f1"):
        assert again["warta"][key] == direct["warta"][key]


# ---------------------------------------------------------------- TimeML conventions of news
# (error classes met on IndoSum news annotated outside the project; each case in new words)
NEWS_CASES: list[tuple[str, dt.date, list[tuple[str, str, str]]]] = [
    # one table of "lalu"/"depan" words for quarters and seasons as for units
    (
        "Laba kuartal kedua tahun silam turun.",
        D,
        [("kuartal kedua tahun silam", "DATE", "2023-Q2")],
    ),
    (
        "Ekspor triwulan I tahun yang akan datang.",
        D,
        [("triwulan I tahun yang akan datang", "DATE", "2025-Q1")],
    ),
    # a season ahead or behind is the next one to begin or the last one begun
    (
        "Pemain itu pindah musim panas nanti.",
        dt.date(2023, 4, 2),
        [("musim panas nanti", "DATE", "2023-SU")],
    ),
    (
        "Kebakaran hutan terjadi musim panas lalu.",
        dt.date(2023, 10, 2),
        [("musim panas lalu", "DATE", "2023-SU")],
    ),
    (
        "Ia dibeli pada bursa musim dingin kemarin.",
        dt.date(2023, 2, 9),
        [("musim dingin kemarin", "DATE", "2022-WI")],
    ),
    (
        "Ia dibeli pada bursa musim dingin silam.",
        dt.date(2023, 5, 9),
        [("musim dingin silam", "DATE", "2022-WI")],
    ),
    # a time-zone code in any case
    (
        "Pesawat mendarat pukul 07.15 Wita.",
        D,
        [("pukul 07.15 Wita", "TIME", "2024-12-17T07:15+08:00")],
    ),
    ("Gempa terasa 21.40 wib di Padang.", D, [("21.40 wib", "TIME", "2024-12-17T21:40+07:00")]),
    ("Belum lama ini band itu merilis album.", D, [("Belum lama ini", "DATE", "PAST_REF")]),
    # durations of three parts, "dan" before the last; a run of years "berturut-turut"
    (
        "Ia finis dengan waktu 2 jam 3 menit dan 4,5 detik.",
        D,
        [("2 jam 3 menit dan 4,5 detik", "DURATION", "PT2H3M4.5S")],
    ),
    (
        "Vonisnya tiga tahun dan enam bulan.",
        D,
        [("tiga tahun dan enam bulan", "DURATION", "P3Y6M")],
    ),
    (
        "Tuntutan 7 tahun dan 9 tahun ditolak.",
        D,
        [("7 tahun", "DURATION", "P7Y"), ("9 tahun", "DURATION", "P9Y")],
    ),
    (
        "Klub itu juara empat musim, tiga tahun berturut-turut.",
        D,
        [("tiga tahun berturut-turut", "DURATION", "P3Y")],
    ),
    # "selama tiga hari mendatang": the stretch ahead, not its last day
    ("Jalan ditutup selama tiga hari mendatang.", D, [("tiga hari mendatang", "DURATION", "P3D")]),
    ("Jalan dibuka tiga hari mendatang.", D, [("tiga hari mendatang", "DATE", "2024-12-20")]),
    # a rate per calendar unit is a set; a speed is no time, nor "per hari ini" (as of today)
    ("Dosisnya dua tablet per hari.", D, [("per hari", "SET", "P1D")]),
    ("Iurannya Rp 50 ribu per bulannya.", D, [("per bulannya", "SET", "P1M")]),
    ("Angin bertiup 80 km per jam.", D, []),
    ("Datanya per hari ini lengkap.", D, [("hari ini", "DATE", "2024-12-17")]),
    # sehari-hari: a daily routine
    ("Bahasa itu dipakai sehari-hari di pasar.", D, [("sehari-hari", "SET", "P1D")]),
    ("Sehari - hari ia berdagang.", D, [("Sehari - hari", "SET", "P1D")]),
    # suatu malam, suatu hari: undated; suatu hari nanti: the future
    ("Suatu pagi ia berangkat.", D, [("Suatu pagi", "TIME", "XXXX-XX-XXTMO")]),
    ("Suatu hari ia pulang.", D, [("Suatu hari", "DATE", "XXXX-XX-XX")]),
    ("Ia ingin kembali suatu hari nanti.", D, [("suatu hari nanti", "DATE", "FUTURE_REF")]),
    # "tadi" after an event: earlier; after anything else it only points back in the text
    ("Rapat tadi belum memutuskan apa pun.", D, [("tadi", "DATE", "PAST_REF")]),
    ("Rumah tadi dijual.", D, []),
    # the part of the day the text has just dated
    (
        "Pentas digelar 20 Desember. Pada malam itu hujan turun.",
        D,
        [("20 Desember", "DATE", "2024-12-20"), ("malam itu", "TIME", "2024-12-20TNI")],
    ),
    ("Pagi itu jalan sepi.", D, [("Pagi itu", "TIME", "XXXX-XX-XXTMO")]),
    ('"Semalam itu ramai," katanya.', D, [("Semalam", "TIME", "2024-12-16TNI")]),
    # a month name misspelt by one letter between a day and a year
    ("Ia lahir 3 Agsutus 1990.", D, [("3 Agsutus 1990", "DATE", "1990-08-03")]),
    ("Sidang pada 9 Novembre 2023 lalu.", D, [("9 Novembre 2023 lalu", "DATE", "2023-11-09")]),
    ("Kaus 9 Agustinus 2023 dijual.", D, [("2023", "DATE", "2023")]),
    # "yang kemarin" closing a clause: the recent one
    ("Soal banjir yang kemarin, warga sudah pulang.", D, [("kemarin", "DATE", "PAST_REF")]),
    ("Rapat yang kemarin digelar ditunda.", D, [("kemarin", "DATE", "2024-12-16")]),
    # days counted from a feast: H-3 Lebaran, hari H Natal; "hari H" alone takes the feast near it
    (
        "Puncak arus mudik H-3 Lebaran.",
        dt.date(2024, 4, 1),
        [("H-3 Lebaran", "DATE", "2024-04-07")],
    ),
    (
        "Tol ramai pada H + 2 lebaran.",
        dt.date(2024, 4, 1),
        [("H + 2 lebaran", "DATE", "2024-04-12")],
    ),
    (
        "Jelang Natal, gereja bersiap. Pada hari H semua tenang.",
        D,
        [("Natal", "DATE", "2024-12-25"), ("hari H", "DATE", "2024-12-25")],
    ),
    ("Pada hari H pemungutan suara, TPS sepi.", D, []),
    ("Natal tahun silam meriah.", D, [("Natal tahun silam", "DATE", "2023-12-25")]),
    # the years, the seasons gone: reduplicated units even when tokenised apart
    (
        "Tidak seperti musim - musim sebelumnya.",
        D,
        [("musim - musim sebelumnya", "DATE", "PAST_REF")],
    ),
    # a bare part of the day after a preposition: the day written near it, or any such in a routine
    (
        "Maling beraksi Senin (16/12). Ia masuk pada malam hari.",
        D,
        [("Senin (16/12)", "DATE", "2024-12-16"), ("malam hari", "TIME", "2024-12-16TNI")],
    ),
    ("Biasanya ia berlari di pagi hari.", D, [("pagi hari", "SET", "XXXX-XX-XXTMO")]),
    ("Jamuan makan malam hari Jumat batal.", D, [("hari Jumat", "DATE", "2024-12-13")]),
    # the end of a stretch of clock time, written bare after "hingga" or a dash
    (
        "Pasar buka pukul 07.30 hingga 15.00, Senin (16/12).",
        D,
        [
            ("pukul 07.30", "TIME", "2024-12-16T07:30"),
            ("15.00", "TIME", "2024-12-16T15:00"),
            ("Senin (16/12)", "DATE", "2024-12-16"),
        ],
    ),
    ("Antre dari pukul 10.00 - 1.000 orang.", D, [("pukul 10.00", "TIME", "2024-12-17T10:00")]),
    # a quarter or half with its year after a slash; a season written 2019-20
    ("Laba semester II/2023 naik.", D, [("semester II/2023", "DATE", "2023-H2")]),
    ("Ia juara pada musim 2019-20 .", D, [("2019-20", "DATE", "2019")]),
    # decades and centuries in TimeML's units DE and CE; a date so many of them back is a year
    ("Tarif itu bertahan tiga dasawarsa.", D, [("tiga dasawarsa", "DURATION", "P3DE")]),
    (
        "Es kutub menipis dalam beberapa dekade terakhir.",
        D,
        [("beberapa dekade terakhir", "DURATION", "PXDE")],
    ),
    ("Kota itu berumur dua abad.", D, [("dua abad", "DURATION", "P2CE")]),
    ("Pabrik tutup selama setengah abad.", D, [("setengah abad", "DURATION", "P50Y")]),
    ("Sungai itu bersih dua dekade silam.", D, [("dua dekade silam", "DATE", "2004")]),
    ("Banjir terparah di dekade terakhir.", D, [("dekade terakhir", "DURATION", "P1DE")]),
    # "berselang" after a count: that long after the date the text gave last
    (
        "Kapal berangkat 2 Desember dan tiba tiga hari berselang.",
        D,
        [("2 Desember", "DATE", "2024-12-02"), ("tiga hari berselang", "DATE", "2024-12-05")],
    ),
    # seasons counted after "selama": a year each; not seasons of the weather
    ("Ia melatih klub itu selama enam musim.", D, [("enam musim", "DURATION", "P6Y")]),
    ("Sawah ditanami selama dua musim hujan.", D, []),
    # a bare weekday and its clock time are one TIME, like "Rabu pagi"
    (
        "Gudang terbakar Kamis sekitar pukul 03.15 WIB.",
        D,
        [("Kamis sekitar pukul 03.15 WIB", "TIME", "2024-12-12T03:15+07:00")],
    ),
    # "tadi" after a clock time is part of it
    ("Listrik padam sejak pukul 8 tadi.", D, [("pukul 8 tadi", "TIME", "2024-12-17T08:00")]),
    # the present or past age: zaman/jaman with sekarang, dulu
    ("Anak jaman sekarang jarang menulis surat.", D, [("jaman sekarang", "DATE", "PRESENT_REF")]),
    ("Beberapa waktu kemudian, ia kembali.", D, [("Beberapa waktu kemudian", "DATE", "PAST_REF")]),
    # the whole of a unit; not "sepanjang tahun ini", a date
    ("Kafe itu ramai hampir sepanjang tahun.", D, [("hampir sepanjang tahun", "DURATION", "P1Y")]),
    ("Hujan turun sepanjang tahun ini.", D, [("tahun ini", "DATE", "2024")]),
    # "lagi" after "punya"/"butuh": more of it, a stretch, not a date ahead
    ("Kontraknya masih punya dua tahun lagi.", D, [("dua tahun lagi", "DURATION", "P2Y")]),
    # a report stamped after midnight: its clock times and "tadi malam" belong to the day
    # it dates, even when the time opens the text
    (
        "Pukul 09.10 jalan ditutup. Warga tiba tadi malam, kata Ani, Senin (16/12).",
        D,
        [
            ("Pukul 09.10", "TIME", "2024-12-16T09:10"),
            ("tadi malam", "TIME", "2024-12-15TNI"),
            ("Senin (16/12)", "DATE", "2024-12-16"),
        ],
    ),
    (
        "Banjir surut Senin (16/12). Warga mengungsi sejak tadi malam.",
        D,
        [("Senin (16/12)", "DATE", "2024-12-16"), ("tadi malam", "TIME", "2024-12-15TNI")],
    ),
    # the title of another article linked in the text is not this one's time
    (
        "Mudik dimulai.  [ Baca juga : Persiapan Mudik Lebaran 2024 ]  Arus ramai hari ini.",
        D,
        [("hari ini", "DATE", "2024-12-17")],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), NEWS_CASES, ids=[c[0][:40] for c in NEWS_CASES]
)
def test_news_conventions(
    text: str, published: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    found, _ = find_timexes(text, published)
    assert [(t.text, t.type, t.value) for t in found] == expected


def test_weekday_written_with_month_and_day_swapped() -> None:
    # Monday 4 November 2024 written "(11/4)": only the swapped reading is a Monday, near
    # the anchor
    assert _values("Banjir melanda Senin (11/4) malam dan Senin (11/4).", dt.date(2024, 11, 6)) == [
        ("Senin (11/4) malam", "2024-11-04TNI"),
        ("Senin (11/4)", "2024-11-04"),
    ]
    # a swapped reading far from the anchor is no reading: the written date stays, with a warning
    found, warnings = find_timexes("Laga Kamis (6/7/2018) ditunda.", dt.date(2017, 7, 7))
    assert [t.value for t in found] == ["2018-07-06"]
    assert warnings


def test_about_a_date_widens_it_and_marks_it_approximate() -> None:
    found, _ = find_timexes("Proyek rampung sekitar Maret 2026, kata dia.", D)
    assert [(t.text, t.value, t.mod) for t in found] == [
        ("sekitar Maret 2026", "2026-03", "APPROX")
    ]


def test_per_before_an_ordinal_or_a_date_means_as_of() -> None:
    found, _ = find_timexes("Data per minggu kedua Desember 2024 dan per tahun 2023.", D)
    assert all(t.type != "SET" for t in found)
