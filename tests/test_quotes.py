"""The quote finder: direct, reported and mixed speech, speakers, cues, outlets, channels.

Every example is written for these tests (no text from the shared corpora).
"""

from __future__ import annotations

import importlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.quoting import extract, marks
from warta.record import Quote


def quotes(text: str) -> list[Quote]:
    found, _warnings = extract(text)
    return found


def one(text: str) -> Quote:
    found = quotes(text)
    assert len(found) == 1, [(q.kind, q.text, q.speaker) for q in found]
    return found[0]


# -- direct quotes -------------------------------------------------------------------
DIRECT = [
    # (text, content, speaker, cue)
    (
        '"Kami siap menghadapi musim hujan," kata Budi Santoso.',
        "Kami siap menghadapi musim hujan",
        "Budi Santoso",
        "kata",
    ),
    (
        "\u201cJembatan itu akan selesai tahun depan,\u201d ujar Ryder.",
        "Jembatan itu akan selesai tahun depan",
        "Ryder",
        "ujar",
    ),
    (
        "\u201dHarga beras turun minggu ini,\u201d tutur Putin di Moskwa.",
        "Harga beras turun minggu ini",
        "Putin",
        "tutur",
    ),
    (
        '" Masih terlalu dini untuk menyimpulkan hasilnya " tulis Allianz dalam laporannya.',
        "Masih terlalu dini untuk menyimpulkan hasilnya",
        "Allianz",
        "tulis",
    ),
    (
        '"Kami tidak akan mundur dari kota ini," kata GUR, seperti dikutip dari The Guardian.',
        "Kami tidak akan mundur dari kota ini",
        "GUR",
        "kata",
    ),
    (
        'Menteri Keuangan Sri Wahyuni mengatakan: "Anggaran tahun ini cukup untuk semua program."',
        "Anggaran tahun ini cukup untuk semua program.",
        "Sri Wahyuni",
        "mengatakan",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker", "cue"), DIRECT)
def test_direct_quote(text: str, content: str, speaker: str, cue: str) -> None:
    q = one(text)
    assert q.kind == "direct"
    assert q.text == content
    assert text[q.start : q.end] == content
    assert q.speaker is not None and q.speaker.name == speaker
    assert q.cue is not None and q.cue.text == cue
    assert text[q.cue.start : q.cue.end] == cue


def test_quote_over_several_sentences_is_one_record() -> None:
    text = (
        '"Hujan turun sejak pagi. Sungai meluap. Warga sudah kami ungsikan ke balai desa," '
        "kata Kepala Desa Suka Maju Joko Prasetyo."
    )
    q = one(text)
    assert q.text.startswith("Hujan turun") and q.text.endswith("balai desa")
    assert q.speaker is not None and q.speaker.name == "Joko Prasetyo"


def test_quote_over_two_paragraphs_with_reopened_mark() -> None:
    text = (
        "Kepala Dinas Sosial Rina Marlina memberi penjelasan.\n\n"
        '"Kami sudah menyiapkan tenda dan dapur umum untuk para pengungsi di tiga titik.\n\n'
        '"Bantuan dari provinsi akan datang besok pagi," kata Rina.'
    )
    found = quotes(text)
    assert [q.kind for q in found] == ["direct", "direct"]
    assert all(q.speaker is not None and q.speaker.name == "Rina Marlina" for q in found)


def test_quote_broken_by_its_cue_gives_two_records_one_speaker() -> None:
    text = '"Kami tidak menyerah," kata Andi Wijaya, "dan kami akan kembali tahun depan."'
    found = quotes(text)
    assert [q.text for q in found] == ["Kami tidak menyerah", "dan kami akan kembali tahun depan."]
    assert {q.speaker.name for q in found if q.speaker} == {"Andi Wijaya"}
    assert all(q.speaker is not None for q in found)


@pytest.mark.parametrize("cue", ["katanya", "ujarnya", "imbuhnya", "jelasnya", "tuturnya"])
def test_nya_cue_resolves_to_previous_speaker(cue: str) -> None:
    text = (
        "Direktur Utama PT Maju Jaya Hendra Gunawan mengatakan, penjualan naik pada kuartal ini.\n\n"
        f'"Kami akan membuka dua pabrik baru," {cue}.'
    )
    found = quotes(text)
    assert len(found) == 2
    assert found[1].cue is not None and found[1].cue.text == cue
    assert found[1].speaker is not None and found[1].speaker.name == "Hendra Gunawan"


def test_quote_alone_in_its_paragraph_takes_the_last_speaker() -> None:
    text = (
        '"Stok pangan aman sampai akhir tahun," kata Kepala Bulog Siti Aminah.\n\n'
        '"Masyarakat tidak perlu membeli berlebihan karena pasokan terus datang."'
    )
    found = quotes(text)
    assert len(found) == 2
    assert found[1].speaker is not None and found[1].speaker.name == "Siti Aminah"
    assert found[1].cue is None


def test_scare_quotes_and_titles_are_not_quotes() -> None:
    text = (
        'Film "Langit Senja" tayang pekan depan. Para pedagang menyebut kebijakan itu '
        'sebagai "angin segar" bagi pasar.'
    )
    assert [q for q in quotes(text) if q.kind == "direct"] == []


# -- reported speech -----------------------------------------------------------------
INDIRECT = [
    # (text, speaker, cue, start of the content)
    (
        "Juru bicara Pentagon Pat Ryder mengatakan bahwa pasukan itu sudah ditarik.",
        "Pat Ryder",
        "mengatakan",
        "pasukan itu",
    ),
    (
        "Gubernur Jawa Barat Ridwan Saputra menyatakan, banjir sudah surut di semua kecamatan.",
        "Ridwan Saputra",
        "menyatakan",
        "banjir sudah",
    ),
    (
        "Kapolda Metro Jaya Irjen Bambang Hartono menjelaskan, pelaku ditangkap di rumahnya.",
        "Bambang Hartono",
        "menjelaskan",
        "pelaku ditangkap",
    ),
    (
        "Ketua KPU Nur Hidayat mengungkapkan jumlah pemilih naik dua persen.",
        "Nur Hidayat",
        "mengungkapkan",
        "jumlah pemilih",
    ),
    (
        "Warga bernama Sulastri menuturkan, air masuk ke rumahnya sejak subuh.",
        "Sulastri",
        "menuturkan",
        "air masuk",
    ),
    (
        "Kementerian Kesehatan mengonfirmasi dua kasus baru di Surabaya.",
        "Kementerian Kesehatan",
        "mengonfirmasi",
        "dua kasus",
    ),
    (
        "Presiden Joko Santoso menegaskan pemerintah tidak akan menaikkan harga listrik.",
        "Joko Santoso",
        "menegaskan",
        "pemerintah tidak",
    ),
    (
        "Menurut Dewi Lestari, panen tahun ini lebih baik dari tahun lalu.",
        "Dewi Lestari",
        "Menurut",
        "panen tahun",
    ),
    (
        "Panen tahun ini lebih baik dari tahun lalu, menurut Badan Pusat Statistik (BPS).",
        "Badan Pusat Statistik",
        "menurut",
        "Panen tahun",
    ),
    (
        "Menteri Pertahanan Rusia Andrei Belousov mengklaim pasukannya merebut tiga desa.",
        "Andrei Belousov",
        "mengklaim",
        "pasukannya merebut",
    ),
    (
        "Wali Kota Bogor Arif Rahman berjanji memperbaiki jalan rusak sebelum Lebaran.",
        "Arif Rahman",
        "berjanji",
        "memperbaiki jalan",
    ),
    (
        "Kenaikan tarif itu, kata Siti Nurhaliza, akan berlaku mulai Juli.",
        "Siti Nurhaliza",
        "kata",
        "Kenaikan tarif",
    ),
    ("Jalan tol itu akan dibuka bulan depan, ujar Hendro.", "Hendro", "ujar", "Jalan tol"),
    (
        "Kerugian akibat kebakaran ditaksir mencapai Rp 2 miliar, seperti diungkapkan oleh Kepala "
        "Dinas Pemadam Kebakaran Yudi Hartanto.",
        "Yudi Hartanto",
        "diungkapkan",
        "Kerugian akibat",
    ),
    (
        "Sejumlah analis memperkirakan harga emas naik lagi tahun depan.",
        "Sejumlah analis",
        "memperkirakan",
        "harga emas",
    ),
    (
        "Seorang pejabat mengatakan kepada wartawan bahwa rapat itu ditunda.",
        "Seorang pejabat",
        "mengatakan",
        "rapat itu",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "cue", "content_start"), INDIRECT)
def test_reported_speech(text: str, speaker: str, cue: str, content_start: str) -> None:
    q = one(text)
    assert q.kind == "indirect"
    assert q.speaker is not None and q.speaker.name == speaker
    assert q.cue is not None and q.cue.text == cue
    assert q.text.startswith(content_start), q.text
    assert text[q.start : q.end] == q.text


NOT_QUOTES = [
    "Gubernur itu berharap hujan segera reda.",
    "Menteri Agus Salim mengkritik kebijakan impor beras.",
    "Direktur Utama PT Sinar Abadi Rudi Hartono menyampaikan hal itu di Jakarta, Senin.",
    "Hal ini disampaikan Rudi kepada wartawan di kantornya.",
    "Polisi belum bisa memastikan penyebab kebakaran.",
    "Harga cabai naik tajam sejak awal bulan karena pasokan berkurang.",
    "",
    "   \n\n  ",
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_not_a_quote(text: str) -> None:
    assert quotes(text) == []


def test_mixed_quote() -> None:
    text = (
        "Menteri Luar Negeri Retno Andayani mengatakan bahwa Indonesia akan tetap "
        'memegang "politik bebas aktif" dalam sengketa itu.'
    )
    q = one(text)
    assert q.kind == "mixed"
    assert '"politik bebas aktif"' in q.text
    assert q.speaker is not None and q.speaker.name == "Retno Andayani"


# -- pronouns and aliases ------------------------------------------------------------
PRONOUN_TEXTS = [
    (
        "Kepala BNPB Suharyanto mengatakan, 300 rumah rusak. Ia menambahkan bahwa bantuan sudah dikirim.",
        "Suharyanto",
    ),
    (
        "Kepala BNPB Suharyanto mengatakan, 300 rumah rusak. Dia juga menegaskan, tidak ada korban jiwa.",
        "Suharyanto",
    ),
    (
        "Kepala BNPB Suharyanto mengatakan, 300 rumah rusak. Menurutnya, hujan masih akan turun.",
        "Suharyanto",
    ),
    (
        "Kepala BNPB Suharyanto mengatakan, 300 rumah rusak. Beliau menjelaskan, tim SAR sudah tiba.",
        "Suharyanto",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), PRONOUN_TEXTS)
def test_pronoun_resolves_to_antecedent(text: str, speaker: str) -> None:
    found = quotes(text)
    assert len(found) == 2
    assert found[1].speaker is not None and found[1].speaker.name == speaker


def test_pronoun_after_a_salient_subject_who_was_not_quoted() -> None:
    text = (
        "Juru bicara Kementerian Luar Negeri Budi Darmawan mengatakan, kapal itu ditahan.\n\n"
        "Komandan Pangkalan Laut Sabang Agus Riyanto tidak hadir dalam rapat itu. "
        "Ia mengatakan pihaknya masih menunggu perintah."
    )
    found = quotes(text)
    assert found[-1].speaker is not None and found[-1].speaker.name == "Agus Riyanto"


def test_short_name_maps_to_the_full_name() -> None:
    text = (
        "Direktur Utama Bank Sejahtera Taufik Hidayat mengatakan, laba naik. "
        "Taufik menambahkan, kredit macet turun."
    )
    found = quotes(text)
    assert [q.speaker.name for q in found if q.speaker] == ["Taufik Hidayat", "Taufik Hidayat"]


def test_unnamed_source_keeps_its_description() -> None:
    q = one('"Serangan itu datang dari utara," kata seorang pejabat militer.')
    assert q.speaker is not None and q.speaker.name == "seorang pejabat militer"


def test_speaker_linked_to_entity_mention() -> None:
    text = '"Kami menolak usulan itu," kata Laila Sari.'
    start = text.index("Laila Sari")
    found, _ = extract(text, [(start, start + len("Laila Sari"), "e3", "Laila Sari", "PER")])
    assert found[0].speaker is not None and found[0].speaker.entity == "e3"


def test_entity_lookup_callback_is_used_and_errors_are_contained() -> None:
    text = '"Kami menolak usulan itu," kata Laila.'

    def lookup(start: int, end: int) -> tuple[str, str] | None:
        return ("e9", "Laila Sari Dewi")

    found, _ = extract(text, (), lookup)
    assert found[0].speaker is not None
    assert found[0].speaker.entity == "e9" and found[0].speaker.name == "Laila Sari Dewi"

    def broken(start: int, end: int) -> tuple[str, str] | None:
        raise RuntimeError("boom")

    found, _ = extract(text, (), broken)
    assert found[0].speaker is not None and found[0].speaker.name == "Laila"


# -- via and channel -----------------------------------------------------------------
VIA = [
    (
        '"Situasi sudah terkendali," kata Ahmed Khalil, seperti dikutip dari The Guardian.',
        "The Guardian",
    ),
    ('"Situasi sudah terkendali," kata Ahmed Khalil seperti dilansir AFP.', "AFP"),
    ("Ahmed Khalil, mengutip Reuters, mengatakan situasi sudah terkendali.", "Reuters"),
    ('"Situasi sudah terkendali," kata Ahmed Khalil kepada CNN.', "CNN"),
    ('"Situasi sudah terkendali," kata Ahmed Khalil, seperti diberitakan Kompas.', "Kompas"),
]


@pytest.mark.parametrize(("text", "outlet"), VIA)
def test_via(text: str, outlet: str) -> None:
    q = one(text)
    assert q.via is not None and q.via.name == outlet
    assert q.via.start is not None and text[q.via.start : q.via.end] == outlet


CHANNEL = [
    ('"Kami akan bertahan," kata Ryder dalam konferensi pers di Washington.', "konferensi pers"),
    ('"Kami akan bertahan," kata Ryder dalam keterangan tertulis, Senin.', "keterangan tertulis"),
    (
        "Belousov mengatakan melalui unggahan di aplikasi pesan Telegram, pasukannya terus maju.",
        "unggahan di aplikasi pesan Telegram",
    ),
    ('"Kami akan bertahan," kata Ryder saat dihubungi dari Jakarta.', "saat dihubungi"),
]


@pytest.mark.parametrize(("text", "channel"), CHANNEL)
def test_channel(text: str, channel: str) -> None:
    q = one(text)
    assert q.channel == channel


# -- robustness ----------------------------------------------------------------------
def test_unbalanced_mark_warns_and_does_not_crash() -> None:
    text = 'Kepala desa Samsul mengatakan, "Kami butuh bantuan segera.\n\nJalan desa putus total.'
    found, warnings = extract(text)
    assert any("unbalanced" in w for w in warnings)
    for q in found:
        assert 0 <= q.start <= q.end <= len(text)


def test_quotes_are_in_text_order() -> None:
    text = (
        'Ketua RT Darto mengatakan, air sudah surut. "Kami bersyukur," kata Darto. '
        "Menurut Lurah Wati, bantuan datang sore ini."
    )
    found = quotes(text)
    assert [q.start for q in found] == sorted(q.start for q in found)
    assert len(found) == 3


def test_marks_pairing_straight_and_curly() -> None:
    text = 'A "satu dua" lalu \u201ctiga empat\u201d dan \u201dlima enam\u201d.'
    pairs, warnings = marks.pair(text)
    assert [(text[p.open + 1 : p.close]) for p in pairs] == ["satu dua", "tiga empat", "lima enam"]
    assert warnings == []


def test_long_text_is_handled_in_linear_time() -> None:
    import time

    block = (
        '"Kami siap," kata Budi Santoso. Ia mengatakan, persiapan sudah selesai. '
        "Menurut Budi, tim berangkat besok.\n\n"
    )
    small, large = block * 200, block * 2000
    t0 = time.perf_counter()
    n_small = len(quotes(small))
    t1 = time.perf_counter()
    n_large = len(quotes(large))
    t2 = time.perf_counter()
    assert n_large == 10 * n_small
    assert (t2 - t1) < 25 * max(t1 - t0, 0.01)


MARKS = st.sampled_from(['"', "\u201c", "\u201d", "'", ",", ".", " ", "\n", "\n\n"])
WORDS = st.sampled_from(
    [
        "kata",
        "ujarnya",
        "Ia",
        "menurut",
        "Budi",
        "mengatakan",
        "bahwa",
        "Menurut",
        "dia",
        "seperti",
        "dikutip",
        "dari",
        "Reuters",
        "x",
        "nya",
    ]
)
PIECES = st.lists(st.one_of(MARKS, WORDS, st.text(max_size=6)), max_size=60)


@settings(max_examples=150, deadline=None)
@given(PIECES)
def test_never_crashes_and_offsets_are_inside(pieces: list[str]) -> None:
    text = " ".join(pieces)
    found, warnings = extract(text)
    assert isinstance(warnings, list)
    previous = -1
    for q in found:
        assert 0 <= q.start <= q.end <= len(text)
        assert q.text == text[q.start : q.end]
        assert q.start >= previous
        previous = q.start
        if q.cue is not None:
            assert 0 <= q.cue.start <= q.cue.end <= len(text)
        if q.speaker is not None and q.speaker.start is not None:
            assert q.speaker.end is not None and 0 <= q.speaker.start <= q.speaker.end <= len(text)
        if q.via is not None and q.via.start is not None:
            assert q.via.end is not None and 0 <= q.via.start <= q.via.end <= len(text)


# -- the spaCy component -------------------------------------------------------------
def test_component_writes_doc_quotes_and_warnings() -> None:
    import spacy

    from warta import extensions  # noqa: F401
    from warta.components import quotes as component  # noqa: F401

    nlp = spacy.blank("id")
    nlp.add_pipe("warta_quotes")
    doc = nlp('"Kami siap," kata Budi Santoso. Lalu "ini tidak ditutup.\n\nParagraf lain.')
    assert [q.text for q in doc._.quotes][:1] == ["Kami siap"]
    assert doc._.warnings and any("quotes:" in w for w in doc._.warnings)
    empty = nlp("")
    assert empty._.quotes == []


def test_channel_from_a_following_anaphoric_passive() -> None:
    text = (
        "Menteri Pertahanan Rusia Andrei Belousov mengklaim pasukannya merebut dua desa. "
        "Klaim itu disampaikan Belousov melalui unggahan di aplikasi pesan Telegram pada Senin."
    )
    q = one(text)
    assert q.speaker is not None and q.speaker.name == "Andrei Belousov"
    assert q.channel == "unggahan di aplikasi pesan Telegram"


def test_report_without_content_of_its_own_is_not_a_quote() -> None:
    assert quotes("Pentagon membenarkan laporan tersebut.") == []


def test_doubled_single_marks_count_as_quotation_marks() -> None:
    text = "\u2019\u2019 Kami buka setiap hari sampai malam, \u2019\u2019 katanya. Ketua koperasi Darmi mengatakan, toko itu ramai."
    found = quotes(text)
    assert found[0].kind == "direct"
    assert found[0].text == "Kami buka setiap hari sampai malam"
    assert found[0].cue is not None and found[0].cue.text == "katanya"


# -- robustness on news styles beyond the development gold (issue #5) -----------------
def speaker_of(text: str, index: int = 0) -> str | None:
    found = quotes(text)
    assert len(found) > index, [(q.kind, q.text) for q in found]
    speaker = found[index].speaker
    return speaker.name if speaker is not None else None


SPEAKER_STYLES = [
    # a long appositive after the cue: the name after the comma
    (
        '"Kami bermain buruk di babak pertama," kata pelatih asal Spanyol itu, Pep Guardiola.',
        "Pep Guardiola",
    ),
    ('"Kondisinya sudah membaik," ujar sang manajer, Indra Yudhistira.', "Indra Yudhistira"),
    (
        '"Hasil uji forensik belum keluar," kata Kabid Humas Polda Maluku Utara, Kombes Pol '
        "Darius Halim, kepada wartawan.",
        "Darius Halim",
    ),
    ('"Saya kaget sekali," kata istri almarhum, Ani Yudhoyono.', "Ani Yudhoyono"),
    (
        '"Bali dipilih karena indah," kata penyelenggara lomba, Tenne Permatasari dalam '
        "keterangan pers.",
        "Tenne Permatasari",
    ),
    (
        '"Kami puas," tutur CEO Freiburg, Hans - Peter Lindqvist, lewat laman resmi klub.',
        "Hans - Peter Lindqvist",
    ),
    # the name a described person goes by
    ('"Ini keputusan terbaik," ujar pemain yang akrab disapa Bepe itu.', "Bepe"),
    (
        'Gelandang Bambang Pamungkas pensiun. "Ini keputusan terbaik," ujar pemain yang akrab '
        "disapa Bambang itu.",
        "Bambang Pamungkas",
    ),
    # a speaker introduced by a colon
    ('Presiden Joko Widodo: "Saya minta semua menteri bekerja keras."', "Joko Widodo"),
    (
        'Pelatih Persib Bandung Mario Gomez angkat bicara.\n\nGomez: "Kami kalah karena kurang fokus."',
        "Mario Gomez",
    ),
    # cues of answering, tweeting, shouting, closing
    ('"Saya tidak tahu," jawab Ahok singkat.', "Ahok"),
    ('"Terima kasih semuanya," cuit Raffi Ahmad melalui akun Twitter-nya.', "Raffi Ahmad"),
    ('"Apa kabar Jakarta!" teriak vokalis band itu, Chris Martin.', "Chris Martin"),
    ('"Kami harus tetap fokus," cetus Joko Susilo kepada wartawan.', "Joko Susilo"),
    # English inside Indonesian text
    (
        '"We are very happy to be here," ujar vokalis Coldplay, Chris Martin, di atas panggung.',
        "Chris Martin",
    ),
    # a club or a region between the role and the name
    ('Sementara itu, pelatih Arema FC Aji Santoso menyebut, "Kami sudah siap."', "Aji Santoso"),
    (
        '"Kami undang dia karena ia putra daerah," kata Sekretaris Panitia Kabupaten Haltim '
        "Abdurahman Sarjan.",
        "Abdurahman Sarjan",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKER_STYLES)
def test_speaker_styles_of_news_outlets(text: str, speaker: str) -> None:
    found = quotes(text)
    assert found, text
    assert found[-1].speaker is not None and found[-1].speaker.name == speaker


DESCRIBED_AFTER_CUE = [
    (
        'Timnas menang 3-1. Pelatih Luis Milla puas dengan hasilnya. "Saya puas," ucap pria '
        "asal Spanyol tersebut.",
        "Luis Milla",
    ),
    (
        'Aktris Dian Sastrowardoyo tampil memukau. "Saya sangat gugup," tutur ibu dua anak itu.',
        "Dian Sastrowardoyo",
    ),
    (
        'Penyanyi Raisa Andriana merilis lagu baru. "Lagu ini untuk penggemar," kata perempuan '
        "berusia 27 tahun itu sambil tersenyum.",
        "Raisa Andriana",
    ),
    (
        'Penyanyi Raisa Andriana merilis lagu baru. "Lagu ini untuk penggemar," kata sang '
        "penyanyi.",
        "Raisa Andriana",
    ),
    (
        '"Saya tidak ingin terjun ke politik," kata Rina Gunawan.\n\n"Profesi saya musisi," '
        "kata putri artis legendaris Hendra Gunawan saat ditemui.",
        "Rina Gunawan",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), DESCRIBED_AFTER_CUE)
def test_described_speaker_after_cue_resolves_like_a_pronoun(text: str, speaker: str) -> None:
    found = quotes(text)
    assert found[-1].speaker is not None and found[-1].speaker.name == speaker


def test_described_speaker_is_not_a_place_named_in_the_description() -> None:
    text = 'Pelatih Luis Milla memimpin latihan. "Saya puas," ucap pria asal Spanyol tersebut.'
    assert speaker_of(text) == "Luis Milla"
    alone = quotes('"Saya puas," ucap pria asal Spanyol tersebut.')
    assert alone[0].speaker is None or alone[0].speaker.name != "Spanyol"


SPEAKER_NAMED_AFTER = [
    (
        '"Kami akan terus berjuang sampai akhir."\n\nDemikian disampaikan Ketua Umum PSSI Edy '
        "Rahmayadi di Jakarta, Senin (3/7).",
        "Edy Rahmayadi",
    ),
    (
        '"Kami akan terus berjuang sampai akhir." Begitu kata Edy Rahmayadi kepada wartawan.',
        "Edy Rahmayadi",
    ),
    ('"Kami akan terus berjuang sampai akhir," demikian kata Edy Rahmayadi.', "Edy Rahmayadi"),
    (
        '"Kami menolak tuduhan itu," demikian pernyataan resmi Kementerian Luar Negeri Rusia.',
        "Kementerian Luar Negeri Rusia",
    ),
    (
        '"Stok beras aman sampai akhir tahun." Hal itu diungkapkan Kepala Bulog, Budi Waseso, '
        "di Jakarta.",
        "Budi Waseso",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKER_NAMED_AFTER)
def test_speaker_named_in_the_next_sentence(text: str, speaker: str) -> None:
    found = quotes(text)
    assert [q.kind for q in found] == ["direct"], [(q.kind, q.text) for q in found]
    assert found[0].speaker is not None and found[0].speaker.name == speaker


def test_speaker_named_after_covers_the_quotes_just_before() -> None:
    text = (
        '"Kami sudah berlatih keras."\n\n"Besok kami siap bertanding."\n\n'
        "Demikian dikatakan kapten tim, Hansamu Yama, kepada wartawan."
    )
    found = quotes(text)
    assert [q.speaker.name if q.speaker else None for q in found] == ["Hansamu Yama"] * 2
    assert found[1].cue is not None and found[1].cue.text == "dikatakan"


def test_no_antecedent_yet_takes_the_person_named_before() -> None:
    text = (
        "Kabar itu belum sampai ke atlet panahan, Rosa Amelia Tambunan. Atlet asal Jambi "
        "tersebut mengaku belum menerima honornya sejak bulan Maret."
    )
    assert speaker_of(text) == "Rosa Amelia Tambunan"


def test_nya_after_an_organisation_subject() -> None:
    text = (
        "Kementerian Kesehatan mengimbau warga waspada. Menurutnya, kasus demam berdarah "
        "meningkat pada musim hujan."
    )
    assert speaker_of(text) == "Kementerian Kesehatan"


def test_pronoun_follows_a_new_subject_named_in_a_clause() -> None:
    text = (
        '"Film ini sangat berkesan," ungkap Budi Santoso.\n\nTidak hanya Budi, sang '
        "sutradara Oskar Brandt pun turut mengisahkan kegembiraannya selama syuting.\n\n"
        "Dia mengatakan bahwa kisah itu ia temukan lewat anak-anaknya.\n\n"
        '"Kami bekerja dua tahun untuk film ini," tuturnya.'
    )
    names = [q.speaker.name if q.speaker else None for q in quotes(text)]
    assert names == ["Budi Santoso", "Oskar Brandt", "Oskar Brandt"]


def test_plural_pronoun_refers_to_two_people_named_together() -> None:
    text = (
        "Pihak Istana Bogor menyatakan jamuan itu tertutup. Hartmann dan Sato datang ke Bogor "
        "pada Jumat. Kerja sama perikanan akan diperluas, seperti yang dikatakan mereka dalam "
        "jumpa pers di Istana Bogor."
    )
    found = quotes(text)
    assert found[-1].speaker is not None and found[-1].speaker.name == "Hartmann dan Sato"
    assert found[-1].channel == "jumpa pers"


def test_institutional_sources_are_speakers() -> None:
    assert (
        speaker_of("Menurut pihak kepolisian, korban meninggal di lokasi kejadian.")
        == "pihak kepolisian"
    )
    assert speaker_of("Polisi mengatakan pelaku sudah ditangkap pada Minggu malam.") == "Polisi"
    assert speaker_of('"Pelaku sudah kami amankan," kata polisi.') == "polisi"
    text = "Dikutip dari BBC, juru bicara kepolisian London mengatakan tersangka telah ditahan."
    assert speaker_of(text) != "London"


def test_related_article_links_are_not_quotes() -> None:
    text = (
        '"Penalti itu keputusan tepat," tutur Ronald Koeman.\n\n'
        "Baca juga: Menurut Pieter Valk, Timnas Punya Dua Senjata Rahasia\n\n"
        'BACA JUGA:\n\nKata Pelatih Soal "Laga Berat" Pekan Depan\n\n'
        "Koeman menilai timnya sudah bermain baik."
    )
    found = quotes(text)
    assert [q.speaker.name if q.speaker else None for q in found] == ["Ronald Koeman"] * 2
    assert "Pieter Valk" not in {q.speaker.name for q in found if q.speaker}


def test_organisation_named_with_common_words_is_kept_whole() -> None:
    text = (
        "Organisasi Pengawasan Bahan Berbahaya mengatakan zat beracun itu dipakai dua kali. "
        "Gudang bahan kimia negara itu sudah lama diawasi."
    )
    assert speaker_of(text) == "Organisasi Pengawasan Bahan Berbahaya"


NEW_CHANNELS = [
    (
        '"Terima kasih semuanya," tulis Raffi Ahmad dalam keterangan foto unggahannya.',
        "keterangan foto",
    ),
    ('"Terima kasih semuanya," tulis Raffi Ahmad lewat Instagram Stories.', "Instagram Stories"),
    (
        '"Terima kasih atas doanya," tulis Ayu Ting Ting di akun Instagram-nya, Senin (3/4).',
        "akun Instagram-nya",
    ),
]


@pytest.mark.parametrize(("text", "channel"), NEW_CHANNELS)
def test_social_media_channels(text: str, channel: str) -> None:
    assert one(text).channel == channel


NEW_VIA = [
    ('"Saya ingin fokus ke keluarga," ungkap Ayu saat ditemui Okezone di Kuningan.', "Okezone"),
    (
        '"Benar, saya sudah mendengarnya," kata Tono saat dikonfirmasi oleh kumparan, Selasa.',
        "kumparan",
    ),
    (
        '"Keputusan ini final," tegas Presiden Prancis Emmanuel Macron sebagaimana dikutip dari '
        "France 24.",
        "France 24",
    ),
]


@pytest.mark.parametrize(("text", "outlet"), NEW_VIA)
def test_via_outlets_of_news_sites(text: str, outlet: str) -> None:
    q = one(text)
    assert q.via is not None and q.via.name == outlet


def test_nested_single_marks_stay_inside_the_quote() -> None:
    text = (
        "\"Dia bilang kepada saya, 'Kamu harus terus berlatih,' dan itu saya ingat,\" "
        "kata Rudy Hartono."
    )
    q = one(text)
    assert q.text.endswith("dan itu saya ingat")
    assert q.speaker is not None and q.speaker.name == "Rudy Hartono"


def test_two_speakers_in_one_paragraph_keep_their_own_quotes() -> None:
    text = (
        'Bupati Bogor Nurhayanti mengatakan banjir merendam 200 rumah. "Kami sudah '
        'mendirikan posko," katanya. Sementara itu, Kapolres Bogor AKBP Andi Dicky '
        'mengatakan jalan ditutup. "Arus lalu lintas dialihkan," ujarnya.'
    )
    names = [q.speaker.name if q.speaker else None for q in quotes(text)]
    assert names[2:] == ["Andi Dicky", "Andi Dicky"]
    assert names[1] == names[0]


TITLES_AND_NAMES = [
    # a title over a place or an office stands for the person the text names with it
    (
        "Bupati Poso Darmin A. Sigilipu membuka festival itu. Bupati Poso mengatakan, festival "
        "digelar di Tentena.",
        "Darmin A. Sigilipu",
    ),
    (
        "Menteri Koordinator Bidang Pangan, Air, dan Energi (Menko PAE) Sutan Hamid tiba di "
        "Tonga. Menko PAE menambahkan kunjungan itu untuk peresmian pelabuhan.",
        "Sutan Hamid",
    ),
    # a period after a title or an initial does not end the name
    ('"Kami siap," kata Prof. Dr. Budi Santoso di Jakarta.', "Budi Santoso"),
    ("Menurut Dr. Damar Prasmusinto, belum ada bukti ilmiah soal itu.", "Damar Prasmusinto"),
    # a titled person after the affiliation
    (
        "Pakar sejarah dari Universitas Negeri Kupang Profesor Lukas Manafe mengatakan bahwa "
        "perbedaan versi itu wajar.",
        "Lukas Manafe",
    ),
    # an office inside an organisation's name is not the person's first name
    (
        "Direktur Jenderal Keuangan Daerah Kemendagri Haryoto mengatakan, dana itu masih dibahas.",
        "Haryoto",
    ),
    # "X yang ... tersebut menilai": the name, not a pronoun
    (
        "Dosen hukum Herlambang Wiratraman hadir di sana. Herlambang menilai sidang itu adil. "
        "Sementara itu, Herlambang yang pernah belajar di Belanda tersebut menilai, etika "
        "hakim harus dijaga.",
        "Herlambang Wiratraman",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), TITLES_AND_NAMES)
def test_titles_initials_and_affiliations(text: str, speaker: str) -> None:
    found = quotes(text)
    assert found[-1].speaker is not None and found[-1].speaker.name == speaker


def test_place_after_the_speaker_is_not_an_appositive() -> None:
    text = '"Semua razia itu tidak sah," kata Fauzan di Kompleks DPRD, Renon, Denpasar.'
    assert speaker_of(text) == "Fauzan"


def test_acronym_and_name_alone_is_an_organisation() -> None:
    text = (
        "DPP Perisai akan menggelar rapat kerja sore nanti. Ketua DPP Perisai Damar Wisnu "
        'Pratomo hadir. "Kita tunggu hasil rapatnya," tutup dia.'
    )
    assert quotes(text)[-1].speaker is not None
    assert quotes(text)[-1].speaker.name == "Damar Wisnu Pratomo"  # type: ignore[union-attr]


def test_pronoun_with_no_speaker_yet_prefers_the_subject_of_a_verb() -> None:
    text = (
        "Istana menggelar pelantikan gubernur baru, Yusuf Mandala. Menurut agenda, Sutanto akan dipanggil "
        "KPK pekan depan. Kepada wartawan, dia mengatakan kondisinya belum pulih benar."
    )
    assert speaker_of(text) == "Sutanto"


def test_fallback_skips_datelines_and_headlines() -> None:
    text = (
        "Jakarta, CNN Indonesia -- Produser film itu memastikan diri tak datang ke acara "
        "penghargaan."
    )
    assert speaker_of(text) != "CNN Indonesia"


def test_quantified_group_after_menurut_is_the_source() -> None:
    text = (
        "Pencurian itu dibalas patroli besar-besaran, yang menurut para nelayan bertujuan "
        "mengusir kapal asing dari teluk itu."
    )
    assert speaker_of(text) == "para nelayan"


def test_three_word_name_after_a_known_organisation_is_kept_whole() -> None:
    text = (
        '"Kami akan menggugat besok," ujar Ketua Angkatan Muda Partai Golkar Ahmad Satria '
        "Nugraha di Kuching. Satria mengatakan berkasnya sudah lengkap."
    )
    assert [q.speaker.name if q.speaker else None for q in quotes(text)] == [
        "Ahmad Satria Nugraha",
        "Ahmad Satria Nugraha",
    ]


def test_office_named_alone_after_a_cue_is_its_holder() -> None:
    text = (
        "Walikota Jakarta Utara Husein Murad meresmikan sekolah itu. "
        '"Kalau bisa, dikembangkan ke wilayah lain," harap walikota.'
    )
    assert speaker_of(text) == "Husein Murad"


def test_quantified_unnamed_source_after_a_cue() -> None:
    text = '"Dia menyembunyikan sebagian asetnya," demikian sebut salah seorang penyidik pajak.'
    assert speaker_of(text) == "salah seorang penyidik pajak"


def test_news_outlet_as_the_source() -> None:
    text = "Menurut laporan The Washington Post, kedua penyanyi akan tampil di satu panggung."
    assert speaker_of(text) == "The Washington Post"


NAME_SHAPES = [
    ('"Layanan akan terus dikembangkan," terang CEO Go - Jek Nadiem Makariem.', "Nadiem Makariem"),
    ("Pakar Fathur Rokhman M.Hum mengatakan, bahasa terus berubah.", "Fathur Rokhman"),
    ('"Dalam rangka efisiensi," demikian keterangan Kemenpan - RB.', "Kemenpan - RB"),
    (
        "Ketua KPK Agus Rahardjo hadir. Agus belum menyampaikan identitas tersangka. Ia hanya "
        "berkata, penetapan sudah melalui tahap penyelidikan.",
        "Agus Rahardjo",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), NAME_SHAPES)
def test_name_shapes_of_news_text(text: str, speaker: str) -> None:
    assert quotes(text)[-1].speaker is not None
    assert quotes(text)[-1].speaker.name == speaker  # type: ignore[union-attr]


def test_interview_answers_are_the_interviewees_words() -> None:
    text = (
        "Redaksi berbincang dengan pelatih tim nasional Luis Milla. Berikut petikannya.\n\n"
        "Tanya: Apa target Anda musim ini?\n\n"
        "Jawab: Kami ingin juara liga dan membawa tim ke final.\n\n"
        "T: Bagaimana kondisi pemain?\n\n"
        "J: Semua pemain siap, tidak ada yang cedera."
    )
    found = quotes(text)
    assert [q.text for q in found] == [
        "Kami ingin juara liga dan membawa tim ke final.",
        "Semua pemain siap, tidak ada yang cedera.",
    ]
    assert all(q.kind == "direct" and q.speaker is not None for q in found)
    assert {q.speaker.name for q in found if q.speaker} == {"Luis Milla"}
    # a lone "A:" line without questions is no interview
    assert quotes("Catatan redaksi.\n\nA: Kami siap berangkat besok.") == []


def test_full_name_after_a_rank_and_a_long_office() -> None:
    text = (
        "Menurut Kabid Humas Polda Kalbar Kombes Pol Maria Dewi Saragih, kedua pelaku sudah "
        'diamankan. "Dia masih diperiksa," kata Maria Dewi di Pontianak.'
    )
    assert [q.speaker.name if q.speaker else None for q in quotes(text)] == [
        "Maria Dewi Saragih",
        "Maria Dewi Saragih",
    ]
    text = (
        '"Alat buktinya masih kurang," ujar Kepala Sub - Direktorat III Direktorat Reserse '
        "Narkoba Polda Riau Ajun Komisaris Besar Polisi Hasudungan di Pekanbaru."
    )
    assert speaker_of(text) == "Hasudungan"


def test_speech_as_the_manner_of_another_verb() -> None:
    text = (
        "Ketegangan meningkat setelah Presiden Chili Marco Ferrant menggertak dengan mengatakan, "
        '"Tetangga kami akan menyesali langkah itu."'
    )
    assert speaker_of(text) == "Marco Ferrant"


COMPANY_SPEAKERS = [
    (
        '"Kami paham kebutuhan itu," ujar COO Lintasmaju Enricko Lukman. Lebih lanjut Enricko '
        "juga menjelaskan layanan itu.",
        "Enricko Lukman",
    ),
    (
        "Co - Founder dan CEO Kabar Media Winston Utomo mengatakan, perusahaan terus tumbuh.",
        "Winston Utomo",
    ),
    (
        "Dompet Kita Indonesia, salah satu penyedia pembayaran digital, mengungkapkan sudah "
        "tidak lagi memperpanjang izin itu.",
        "Dompet Kita Indonesia",
    ),
    (
        '"Waktu itu kami coba," terang Direktur Operasional Dompet Kita Rio da Cunha, Senin.',
        "Rio da Cunha",
    ),
    ('"Tim kami siap," tutur GM Smart Mobility Division Kenji Arakawa.', "Kenji Arakawa"),
]


@pytest.mark.parametrize(("text", "speaker"), COMPANY_SPEAKERS)
def test_company_speakers(text: str, speaker: str) -> None:
    assert speaker_of(text) == speaker


# -- speakers: possessors, days and time adverbials -----------------------------------
def test_abstract_noun_heading_a_sentence_is_no_speaker_name() -> None:
    # "Kemenangan Rudi ..." and "Motivasi Rudi ...": Rudi is the possessor, and the
    # full name stays the one the text gives him
    for head in ("Kemenangan", "Motivasi", "Pendapat"):
        text = (
            "Rudi Hartanto tiba di Medan pada Senin. "
            f"{head} Rudi itu membuat timnya bangga. "
            '"Saya ingin juara lagi tahun depan," kata Rudi.'
        )
        found = quotes(text)
        assert [q.speaker.name if q.speaker else None for q in found] == ["Rudi Hartanto"], head


def test_day_after_the_speaker_is_not_part_of_the_name() -> None:
    q = one('"Pasar baru itu dibuka bulan depan," ucap Darmawan Kamis (3/8).')
    assert q.speaker is not None and q.speaker.name == "Darmawan"
    q = one('"Pasar baru itu dibuka bulan depan," kata Darmawan Senin, di Bogor.')
    assert q.speaker is not None and q.speaker.name == "Darmawan"


@pytest.mark.parametrize(
    "lead",
    [
        "Gubernur Sulawesi Utara Bram Lasut mengatakan, pada tanggal 4 Maret,",
        "Gubernur Sulawesi Utara Bram Lasut mengatakan pada 4 Maret 2019,",
        "Gubernur Sulawesi Utara Bram Lasut menyatakan, Rabu (4/3),",
    ],
)
def test_time_adverbial_between_cue_and_quote(lead: str) -> None:
    q = one(f'{lead} "Sekitar 40 rumah rusak akibat banjir itu."')
    assert q.kind == "direct"
    assert q.speaker is not None and q.speaker.name == "Bram Lasut"
    assert q.text == "Sekitar 40 rumah rusak akibat banjir itu."


def test_office_between_commas_is_an_appositive_to_the_name_before() -> None:
    q = one(
        "Suharso, Kepala Badan Pengkajian dan Pengembangan Kemdikbud, mengatakan belum ada "
        "sekolah yang menerapkan aturan itu."
    )
    assert q.speaker is not None and q.speaker.name == "Suharso"


def test_rank_and_name_between_commas_stay_the_speaker() -> None:
    q = one(
        "Petugas Pusat Pemantauan Lalu Lintas, Brigadir Sunaryo, mengatakan polisi telah "
        "tiba di lokasi kejadian."
    )
    assert q.speaker is not None and q.speaker.name == "Sunaryo"


def test_cleft_adalah_is_not_part_of_the_name() -> None:
    found = quotes(
        "Kota itu dikenal wisatawan lewat sebuah buku panduan. Adalah Lorenzo Ferri, perancang "
        "taman dari Genova yang ditunjuk wali kota untuk menata alun-alun. Menurutnya, kota itu "
        "akan dipenuhi pohon."
    )
    assert [q.speaker.name if q.speaker else None for q in found] == ["Lorenzo Ferri"]


def test_connective_and_adverbial_before_a_pronoun_subject() -> None:
    found = quotes(
        "Dani Prasetyo kembali jadi sorotan. Pasalnya baru-baru ini ia mengungkapkan tidak "
        "menyesal meninggalkan klub lamanya."
    )
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in found] == [
        ("indirect", "Dani Prasetyo")
    ]


def test_pronoun_after_an_unnamed_spokesperson() -> None:
    found = quotes(
        '"Kami sudah menyiapkan bantuan," kata Hendra Wijaya. "Ini termasuk obat-obatan," '
        "ucap seorang juru bicara Kementerian Kelautan Norwegia.\n\nIa juga mengatakan, "
        "pihaknya telah membahas persoalan ini bersama negara tetangga."
    )
    names = [q.speaker.name if q.speaker else None for q in found]
    assert names[0] == "Hendra Wijaya"
    assert names[1] == names[2] != "Hendra Wijaya"


def test_aside_after_an_appositive_speaker_does_not_crash() -> None:
    """ "X, <office> saat dihubungi mengatakan": the aside shortens the subject piece; the
    appositive check must still find that piece (it used to raise and drop every quote)."""
    from warta.quoting import extract

    text = (
        "Rina Wulandari, Kepala Dinas Pangan Kota Depok saat dihubungi mengatakan bahwa "
        "beras bantuan sudah tiba di gudang."
    )
    quotes, warnings = extract(text)
    assert [q.speaker.name for q in quotes if q.speaker] == ["Rina Wulandari"]
    assert text[quotes[0].start : quotes[0].end] == "beras bantuan sudah tiba di gudang"


# -- name boundaries, capitalised non-names, described people (issue 5) ---------------
def speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in quotes(text)]


def test_a_place_the_text_puts_after_di_ends_a_name_read_leftwards() -> None:
    text = (
        "Warga di Tasmania menyambut putusan itu, termasuk mahasiswa Tasmania. Putusan itu "
        "berlaku segera, kata Jaksa Agung Tasmania Rudi Hartono, kepada wartawan."
    )
    assert speakers(text) == ["Rudi Hartono"]


def test_a_place_before_a_one_word_name_keeps_an_organisation_whole() -> None:
    text = (
        "Turis di Sumba bertambah. Sumba Tourism mengatakan, jumlah kunjungan naik dua kali "
        "lipat tahun ini."
    )
    assert speakers(text) == ["Sumba Tourism"]


def test_a_parenthesised_expansion_does_not_block_the_appositive_name() -> None:
    text = (
        '"Kami mendukung program ini," kata Juru Bicara Forum Warga (Warga untuk Kota '
        "Bersih), Sri Handayani saat ditemui di balai kota."
    )
    assert speakers(text) == ["Sri Handayani"]


def test_an_appositive_office_and_a_day_between_the_name_and_its_verb() -> None:
    text = (
        "Rudi Hartono, Hakim Pengadilan di Ambon, Kamis (3/4), menyatakan telah menunda "
        "sidang perkara tersebut."
    )
    assert speakers(text) == ["Rudi Hartono"]


def test_a_capitalised_word_seen_only_opening_sentences_is_no_source() -> None:
    text = (
        "Band Kelana akan tampil di Bandung. Gosip yang beredar juga menyebut, band itu "
        "menyiapkan lagu baru. Gosip itu belum dibantah."
    )
    assert "Gosip" not in speakers(text)
    text = (
        "Peneliti itu meminta studi lanjutan. Termasuk memastikan, apakah semua jenis teh "
        "punya manfaat yang sama."
    )
    assert "Termasuk" not in speakers(text)
    # a known outlet keeps its place even where it only opens a sentence
    text = (
        "Aktor itu ditunjuk membintangi film baru. Variety melaporkan, film itu merupakan "
        "proyek studio besar."
    )
    assert speakers(text) == ["Variety"]


def test_a_described_person_with_nobody_named_keeps_the_description() -> None:
    text = (
        "Seorang pemuda ditangkap di bandara. Ia penumpang pesawat Cakra Air CK 12 tujuan "
        "Makassar.\n\nPemuda itu mengaku menemukan pisau itu di pantai. Lalu, pemuda "
        "tersebut mengatakan hendak membawanya pulang."
    )
    assert speakers(text) == ["Pemuda itu", "pemuda tersebut"]


def test_a_described_person_is_never_resolved_to_an_organisation() -> None:
    text = (
        "Seorang nelayan ditahan setelah kapalnya menabrak dermaga milik PT Samudra Jaya. "
        "Nelayan itu mengaku mesin kapalnya mati mendadak."
    )
    assert speakers(text) == ["Nelayan itu"]


def test_post_nominal_letters_after_a_name_are_not_the_speaker() -> None:
    text = (
        "Kepala Dinas Kesehatan dr. Lestari Wibowo Sp. A, FAAP, FRCP, mengatakan vaksinasi "
        "akan dilanjutkan pekan depan."
    )
    assert speakers(text) == ["Lestari Wibowo"]


def test_a_described_person_with_an_adverb_before_the_verb() -> None:
    text = (
        "Rudi Hartono kembali ke panggung musik. Padahal, mantan vokalis Kelana itu sudah "
        "mengumumkan bahwa ia akan pensiun pada 2015."
    )
    assert speakers(text) == ["Rudi Hartono"]


def test_a_long_relative_clause_on_a_person_noun_is_resolved_like_ia() -> None:
    text = (
        "Politikus Partai Maju, Desi Kartika, menilai desakan itu wajar.\n\nWanita yang "
        "kini juga menjabat sebagai Sekretaris Fraksi Partai Maju di DPRD itu menilai kepala "
        "dinas tersebut sudah tidak layak menjabat."
    )
    assert speakers(text) == ["Desi Kartika", "Desi Kartika"]


def test_a_topic_phrase_after_the_subject_is_not_the_source() -> None:
    text = 'Pihak Adidas terkait seragam baru Persija mengatakan, "Desainnya terinspirasi batik."'
    names = speakers(text)
    assert len(names) == 1 and names[0] is not None and "Adidas" in names[0]


def test_an_outlet_that_reports_a_clause() -> None:
    found = one("The Guardian memberitakan, wali kota itu akan mundur bulan depan.")
    assert found.speaker is not None and found.speaker.name == "The Guardian"


def test_mereka_after_a_band_and_its_singer() -> None:
    text = (
        'Kelana mengumumkan akan menggelar konser amal di Medan. "Kami senang bisa '
        'membantu," kata vokalis Kelana, Rudi Hartono.\n\nBelum lama ini, Kelana juga '
        "merilis lagu baru. Mereka juga berjanji bakal merilis album baru tahun depan."
    )
    assert speakers(text) == ["Kelana", "Rudi Hartono", "Kelana"]


def test_question_words_and_abstract_nouns_are_no_source() -> None:
    assert "Siapa" not in speakers("Siapa bilang atlet tidak pernah makan gorengan?")
    assert quotes("Kekalahan ini memastikan tim itu tersingkir dari turnamen.") == []
    # an institution named by such a noun still speaks
    assert speakers("Kedutaan itu menyatakan, warga diminta tetap tenang.") == ["Kedutaan itu"]


def test_an_announced_noun_or_a_wish_is_no_reported_clause() -> None:
    assert quotes("Penyanyi itu mengumumkan pengunduran dirinya dari dunia musik.") == []
    assert quotes("Budi Santoso mengatakan keinginannya menjadikan kota itu lebih hijau.") == []
    # a nominal subject of a clause is still reported
    found = one("Budi Santoso mengumumkan penjualan mobil naik 10 persen tahun ini.")
    assert found.speaker is not None and found.speaker.name == "Budi Santoso"


def test_a_report_after_sebab_is_subordinate() -> None:
    text = (
        "Rudi Hartono meminta negara itu mengajukan usul, sebab negara tersebut mengklaim "
        "sudah siap berunding."
    )
    assert quotes(text) == []


def test_a_passive_cue_after_a_topic_phrase() -> None:
    text = "Terkait syarat tersebut, diakui Budi Santoso saat ini klubnya belum berbadan hukum."
    found = one(text)
    assert found.speaker is not None and found.speaker.name == "Budi Santoso"
    assert found.text == "saat ini klubnya belum berbadan hukum"


def test_a_topic_phrase_after_the_verb_and_a_comma() -> None:
    text = (
        "Budi Santoso juga menjelaskan, untuk pusat komando lalu lintas akan dipusatkan di "
        "Cikampek."
    )
    found = one(text)
    assert found.speaker is not None and found.speaker.name == "Budi Santoso"


def test_iapun_is_a_pronoun() -> None:
    text = (
        "Rina Wulandari datang ke kantor polisi. Iapun mengatakan, laporannya sudah "
        "diterima petugas."
    )
    assert speakers(text) == ["Rina Wulandari"]


def test_a_statement_cue_names_its_issuer() -> None:
    text = (
        '"Kami mendedikasikan album ini untuk sahabat kami," bunyi pernyataan tertulis yang '
        "dikeluarkan Kelana melalui laman resmi mereka."
    )
    found = one(text)
    assert found.speaker is not None and found.speaker.name == "Kelana"
    assert found.cue is not None and found.cue.text == "bunyi"


def test_a_cueless_quote_before_anyone_spoke_takes_the_name_just_given() -> None:
    text = (
        "Grup musik Kelana Nada mengumumkan perilisan album baru untuk mengenang Rudi Hartono. "
        'Album itu berisi sepuluh lagu.\n\n"Album ini kami persembahkan untuk sahabat kami."'
    )
    assert speakers(text) == ["Kelana Nada"]


def test_an_adverb_or_connective_opening_the_sentence_is_not_part_of_the_name() -> None:
    text = (
        "Rudi Hartono pindah ke Surabaya tahun lalu. Kini Hartono mengatakan, ia siap "
        "kembali bekerja."
    )
    assert speakers(text) == ["Rudi Hartono"]
    text = "Maia tidak peduli. Justru Maia mengatakan, gosip itu tidak benar."
    assert speakers(text) == ["Maia"]


def test_chants_before_a_shouting_verb_with_its_agent() -> None:
    text = (
        'Warga menyambut rombongan itu. Seruan "Hidup Rina" dan "Rina Wali Kota" berkali-kali '
        "diteriakkan sejumlah pendukung."
    )
    found = quotes(text)
    assert [q.text for q in found] == ["Hidup Rina", "Rina Wali Kota"]
    assert {q.speaker.name if q.speaker else None for q in found} == {"sejumlah pendukung"}


def test_an_agentless_passive_cue_goes_on_in_the_last_voice() -> None:
    text = (
        "Menurut laporan The Guardian, penyanyi itu sedang menyiapkan album baru.\n\nLebih "
        "lanjut, turut disampaikan bahwa album itu akan dirilis pada bulan Mei."
    )
    found = quotes(text)
    assert [q.speaker.name if q.speaker else None for q in found] == [
        "The Guardian",
        "The Guardian",
    ]
    assert found[1].text == "album itu akan dirilis pada bulan Mei"


def test_a_three_word_name_after_an_office_and_its_region_stays_whole() -> None:
    text = (
        "Banjir melanda desa-desa di Sukamaju sejak Senin. Air mulai surut, kata Bupati "
        "Sukamaju Ahmad Rizal Fauzi kepada wartawan."
    )
    assert speakers(text) == ["Ahmad Rizal Fauzi"]


# -- round 2 of issue 5: names, anaphoric passives, news outlets as sources ----------
def test_postnominal_degrees_without_periods_leave_the_name() -> None:
    q = one('"Kami sudah menahan dua orang," ujar Kapolres Sambas AKBP Dedi Kurnia SH, SIK.')
    assert q.speaker is not None and q.speaker.name == "Dedi Kurnia"


def test_a_regnal_number_belongs_to_the_name() -> None:
    text = (
        "Raja Frederik X hadir dalam upacara itu.\n\n"
        '"Saya bangga pada rakyat kami yang tabah," kata Raja Frederik.'
    )
    assert speakers(text) == ["Frederik X"]
    q = one("Paus Leo XIV mengatakan bahwa perdamaian harus diperjuangkan bersama.")
    assert q.speaker is not None and q.speaker.name == "Leo XIV"


def test_a_department_number_is_no_regnal_number() -> None:
    q = one(
        '"Kredit tumbuh cukup baik," kata Direktur Pengawasan Bank III, Otoritas Moneter '
        "(OM) Rudi Hartanto saat berdiskusi."
    )
    assert q.speaker is not None and q.speaker.name == "Rudi Hartanto"


def test_a_spaced_hyphenated_name_opening_a_paragraph_stays_whole() -> None:
    text = (
        "Klub itu merekrut pemain baru.\n\nHans - Peter Brandt mengatakan, negosiasi sudah rampung."
    )
    q = one(text)
    assert q.speaker is not None and q.speaker.name == "Hans - Peter Brandt"


def test_a_lower_case_particle_opens_a_surname() -> None:
    text = (
        "Kepala staf angkatan laut, Laksamana Hugo van Dijk, mengundurkan diri.\n\n"
        "Dalam rapat tertutup, van Dijk menyebut dia tidak sanggup menjaga kesiapan armada."
    )
    q = one(text)
    # the particle is kept ("van Dijk", not "Dijk")
    assert q.speaker is not None and q.speaker.name in ("van Dijk", "Hugo van Dijk")


def test_a_regional_police_unit_is_no_person() -> None:
    q = one(
        "Direktorat Reserse Polda Sulawesi Utara memastikan bahwa berkas perkara sudah lengkap."
    )
    assert q.speaker is not None and q.speaker.name == "Direktorat Reserse Polda Sulawesi Utara"


@pytest.mark.parametrize(
    "text",
    [
        "Usulan tersebut disampaikan Kepala Dinas Pertanian, Rina Wulandari, di kantornya.",
        "Itulah yang disampaikan Rina dalam rapat bersama anggota dewan.",
    ],
)
def test_anaphoric_passive_reports_hold_no_content(text: str) -> None:
    assert quotes(text) == []


def test_a_news_outlet_reports_inserted_or_after_the_clause() -> None:
    q = one("Harga gandum dunia, dilaporkan Reuters, juga melonjak pada awal tahun ini.")
    assert q.speaker is not None and q.speaker.name == "Reuters"
    q = one("Film itu meraup pendapatan terbesar pekan ini, seperti diberitakan Variety.")
    assert q.speaker is not None and q.speaker.name == "Variety"
    # opening the sentence, the outlet is the only source named: it is the speaker too
    q = one("Seperti dilaporkan Reuters, pabrik itu berhenti beroperasi sejak pekan lalu.")
    assert q.speaker is not None and q.speaker.name == "Reuters" and q.via is None


@pytest.mark.parametrize(
    "text",
    [
        # a complaint to the police, not a report
        "Pengusaha itu dilaporkan Hendra Wijaya ke polisi atas dugaan penipuan.",
        # a relative clause
        "Pabrik itu menunda rencana ekspansi yang diberitakan Bloomberg pekan lalu.",
    ],
)
def test_news_passives_without_an_outlet_report_are_no_quotes(text: str) -> None:
    assert quotes(text) == []


def test_according_to_an_office_takes_the_name_in_apposition() -> None:
    q = one("Menurut Kepala Dinas Perikanan, Sari Murniati, stok ikan masih mencukupi.")
    assert q.speaker is not None and q.speaker.name == "Sari Murniati"
    assert q.text == "stok ikan masih mencukupi"
    # a role after the name describes the name: the name stays the source
    q = one("Menurut Rudolf, pelatih tim itu, Jakarta akan menjadi tuan rumah.")
    assert q.speaker is not None and q.speaker.name == "Rudolf"


def test_a_topic_object_is_no_quote_but_keeps_the_speaker_in_focus() -> None:
    text = (
        '"Kami tidak akan menyerah," kata Hendra Kusuma.\n\n'
        "Marlina Sitorus juga bercerita tentang masa kecilnya di desa itu. Ia mengatakan, "
        "keluarganya hidup dari hasil kebun."
    )
    found = quotes(text)
    assert [q.speaker.name if q.speaker else None for q in found] == [
        "Hendra Kusuma",
        "Marlina Sitorus",
    ]
    assert found[1].text.startswith("keluarganya")


def test_announcing_a_plan_with_untuk_is_a_report() -> None:
    q = one("Penyanyi itu mengumumkan untuk menggelar tur dunia pertamanya tahun depan.")
    assert q.text.startswith("untuk menggelar tur")


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ('"Kami siap," ujar Budi Hartono seperti dilansir bolaku.com.', "bolaku.com"),
        ('"Kami siap," ujar Budi Hartono kepada beritaku.co.id, Senin (3/4).', "beritaku.co.id"),
        ('"Kami siap," kata Budi Hartono saat ditanya Billboard di sela acara.', "Billboard"),
        ('"Kami siap," ujar Budi Hartono dalam keterangan yang diterima Reuters.', "Reuters"),
        ('"Kami siap," tutur Budi Hartono menurut Reuters.', "Reuters"),
    ],
)
def test_outlets_by_address_and_by_receiving_or_asking(text: str, via: str) -> None:
    q = one(text)
    assert q.speaker is not None and q.speaker.name == "Budi Hartono"
    assert q.via is not None and q.via.name == via


def test_an_outlet_closing_the_article_is_the_via_of_its_quotes() -> None:
    text = (
        '"Api datang dari ulah manusia," kata Maria Lopez.\n\n'
        "Kebakaran terbesar melanda wilayah barat, demikian dikutip dari AFP."
    )
    q = one(text)
    assert q.via is not None and q.via.name == "AFP"


def test_an_outlet_that_is_the_source_is_not_also_the_via() -> None:
    q = one("Harga gandum dunia, dilaporkan Reuters, juga melonjak pada awal tahun ini.")
    assert q.via is None


def test_a_lower_case_relative_before_a_name_is_another_person() -> None:
    q = one('"Dia sakit sejak kecil," jawab ibu Rini kepada petugas.')
    assert q.speaker is not None and q.speaker.name == "ibu Rini"
    # with another person quoted just before, still the relative, not that person
    text = '"Sejak kapan?" tanya Hendra.\n\n"Sejak kecil," jawab ibu Rini kepada Hendra.'
    assert speakers(text) == ["Hendra", "ibu Rini"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the noun is also written in lower case elsewhere (so no mere sentence opener)
        (
            "Banyak relawan datang.\n\nRelawan Garuda pun berjanji akan membantu korban banjir.",
            "Relawan Garuda",
        ),
        (
            "Banyak media hadir.\n\nMedia Spanyol melaporkan bahwa pemain itu sudah dites.",
            "Media Spanyol",
        ),
    ],
)
def test_a_group_noun_opening_a_sentence_stays_with_its_qualifier(text: str, speaker: str) -> None:
    q = one(text)
    assert q.speaker is not None and q.speaker.name == speaker


def test_a_name_after_an_inserted_cue_that_goes_on_with_juga_is_no_appositive() -> None:
    q = one("Dari semua kasus itu, kata Gunawan, Signal juga dipakai untuk merencanakan serangan.")
    assert q.speaker is not None and q.speaker.name == "Gunawan"


@pytest.mark.parametrize(
    "text",
    [
        "Harga beras naik tajam bulan ini, menurut survei yang dilakukan Lembaga Cermat.",
        "Menurut jajak pendapat yang dirilis Lembaga Cermat, warga puas dengan layanan itu.",
    ],
)
def test_according_to_a_poll_made_by_an_organisation(text: str) -> None:
    q = one(text)
    assert q.speaker is not None and q.speaker.name == "Lembaga Cermat"


@pytest.mark.parametrize(
    "text",
    [
        "Regu itu cukup meraih satu poin lagi untuk memastikan tempat di babak semifinal.",
        "Perusahaan itu ingin menyampaikan pesan yang berbeda kepada para pelanggannya.",
    ],
)
def test_a_cue_in_a_purpose_or_wish_is_no_report(text: str) -> None:
    assert quotes(text) == []


def test_a_speaker_named_in_a_purpose_clause_stays_in_focus() -> None:
    text = (
        "Maria Sandoval ingin menyampaikan kisah yang berbeda.\n\n"
        '"Tubuh kita terus berbicara," ujarnya.'
    )
    assert speakers(text) == ["Maria Sandoval"]


def test_an_unnamed_group_after_an_inserted_cue_and_mereka_after_a_person() -> None:
    text = (
        "Banjir itu merendam 30 persen wilayah kota, lapor para ahli hidrologi.\n\n"
        '"Air naik sangat cepat," kata Daniela Ortiz, ketua tim itu.\n\n'
        "Kerusakan diperparah oleh pembangunan di bantaran sungai, kata mereka."
    )
    assert speakers(text) == ["para ahli hidrologi", "Daniela Ortiz", "para ahli hidrologi"]


# -- round three: places, name extents, noun objects -----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Kepala Dinas Perikanan Teguh Wiranata di Kupang, Senin, mengatakan stok ikan aman.",
        "Teguh Wiranata di Gedung Sate mengatakan stok ikan aman hingga akhir tahun.",
    ],
)
def test_the_place_where_a_named_source_spoke_is_no_speaker(text: str) -> None:
    q = one(text)
    assert q.speaker is not None and q.speaker.name == "Teguh Wiranata"


def test_a_name_after_a_place_phrase_that_goes_on_is_the_speaker() -> None:
    # three capitalised words after "di": the last two are the name, not the place
    q = one("Kepala Perwakilan Dana Moneter di Vietnam Lorenzo Baptista mengatakan ekonomi pulih.")
    assert q.speaker is not None and q.speaker.name == "Lorenzo Baptista"


def test_an_initial_opens_a_name_after_an_office() -> None:
    text = (
        "Ketua Panitia Festival R Joko Budi Prasetyo mengatakan festival dimulai pukul 07.00.\n\n"
        '"Semua sudah siap," kata Budi.'
    )
    assert speakers(text) == ["R Joko Budi Prasetyo", "R Joko Budi Prasetyo"]


def test_a_given_name_used_alone_before_an_initial_stays_in_the_name() -> None:
    text = (
        "Juru bicara Kemenkes Wahyu S Adi Nugroho mengatakan vaksin tiba pekan depan.\n\n"
        '"Distribusi dimulai Senin," kata Wahyu.'
    )
    assert speakers(text) == ["Wahyu S Adi Nugroho", "Wahyu S Adi Nugroho"]


@pytest.mark.parametrize(
    "text",
    [
        "Panglima Armada Laksamana Muda Hendrawan mengatakan latihan digelar bulan depan.",
        "Kapolda Jambi Komisaris Besar Hendrawan mengatakan latihan digelar bulan depan.",
        "Pangdam Mayor Jenderal Hendrawan mengatakan latihan digelar bulan depan.",
    ],
)
def test_a_rank_of_two_words_is_no_part_of_the_name(text: str) -> None:
    q = one(text)
    assert q.speaker is not None and q.speaker.name == "Hendrawan"


def test_the_name_right_after_an_inserted_cue_is_the_speaker_not_a_later_agent() -> None:
    text = (
        "Wulan Sasmita meninjau gudang itu. Untuk beras sisanya, kata Wulan akan dibagikan "
        "oleh Dinas Sosial."
    )
    q = one(text)
    assert q.speaker is not None and q.speaker.name == "Wulan Sasmita"


def test_a_dateline_outlet_is_no_source_of_a_fronted_cue() -> None:
    text = (
        "Surabaya, CNN Indonesia -- Mengaku belum membaca surat itu, Ketua Fraksi Damar "
        "Wicaksono enggan berkomentar."
    )
    assert all(q.speaker is None or q.speaker.name != "CNN Indonesia" for q in quotes(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kapolsek Sukamaju Irwan Hadi membenarkan adanya penggeledahan di rumah itu.",
        "Menteri Irwan Hadi menekankan pentingnya warga menjaga kebersihan sungai.",
        "Menteri Irwan Hadi menuturkan perlunya jalur kereta ke pelabuhan baru.",
        "Klub itu resmi mengumumkan jadwal lengkap tur mereka di Asia.",
        "Irwan Hadi mengungkapkan perasaannya sebagai ayah di Instagram.",
    ],
)
def test_a_noun_phrase_object_is_no_report(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Menteri Irwan Hadi menegaskan adanya dana itu menjadi jaminan proyek tidak mangkrak.",
        "Sejumlah analis memprediksi adanya penurunan stok sebesar dua juta barel.",
        "Panitia itu mengumumkan mereka bakal memundurkan jadwal lomba tersebut.",
        "Irwan Hadi mengungkapkan, kemiskinan bukan pilihan melainkan soal produktivitas.",
    ],
)
def test_a_clause_after_such_words_is_still_a_report(text: str) -> None:
    assert len(quotes(text)) == 1


def test_a_speaker_whose_object_is_a_noun_phrase_keeps_the_next_quote() -> None:
    text = (
        "Kapolsek Sukamaju Irwan Hadi membenarkan adanya penggeledahan di rumah itu. "
        '"Memang benar, kami hanya membantu," singkat Irwan.'
    )
    assert speakers(text) == ["Irwan Hadi"]


def test_a_name_the_text_once_writes_in_lower_case_is_still_a_speaker_after_a_cue() -> None:
    text = (
        '"Promosi kali ini lebih besar," jelas Darto, pemeran utama film itu.\n\n'
        '"Kami bangga sekali," tambah darto.'
    )
    assert speakers(text)[0] == "Darto"


def test_the_subject_of_a_first_predicate_speaks_after_a_comma() -> None:
    q = one(
        "Majalah Ragam menindaklanjuti kabar penahanan Rino, menyebut bahwa ia sudah dibebaskan."
    )
    assert q.speaker is not None and q.speaker.name == "Majalah Ragam"


def test_a_common_word_the_text_writes_in_lower_case_ends_an_organisation() -> None:
    text = (
        "Banyak negara di dunia masih bergulat dengan kemiskinan.\n\n"
        "Kepala Perwakilan Bank Dunia Lorenzo Baptista mengatakan pertumbuhan perlu merata.\n\n"
        '"Orang yang produktif membuka lapangan kerja," kata Baptista.'
    )
    assert speakers(text) == ["Lorenzo Baptista", "Lorenzo Baptista"]


def test_a_clause_opening_with_an_anaphor_has_content_of_its_own() -> None:
    q = one(
        "Dosen hukum itu, Nadia Permata, mengatakan, hal ini terjadi karena pasal itu mudah "
        "ditafsirkan secara berbeda."
    )
    assert q.speaker is not None and q.speaker.name == "Nadia Permata"
    # with nothing after the anaphor there is still no content
    assert quotes("Nadia Permata menyampaikan hal itu.") == []


def test_a_judgement_in_the_passive_with_a_named_agent_is_a_report() -> None:
    q = one("Vonis dua tahun bagi terdakwa dinilai oleh Lembaga Suluh didasarkan tekanan massa.")
    assert q.speaker is not None and q.speaker.name == "Lembaga Suluh"
    # the agent is the name right after the cue, not a later name
    q = one("Penenggelaman kapal pencuri dinilai Widodo penting untuk menunjukkan hukum Indonesia.")
    assert q.speaker is not None and q.speaker.name == "Widodo"
    # no agent, no report; nor a price
    assert quotes("Tim itu dinilai paling siap menggelar acara ini.") == []
    assert quotes("Aset perusahaan itu dinilai Rp 5 miliar oleh auditor.") == []


# -- round 4: outlets as sources, polls, names after offices -------------------------
def test_an_outlet_opening_a_sentence_with_no_other_source_is_the_speaker() -> None:
    q = one("Dilansir dari NME, hasil penjualan tiket konser amal itu dikirim ke sebuah yayasan.")
    assert q.text == "hasil penjualan tiket konser amal itu dikirim ke sebuah yayasan"
    assert q.speaker is not None and q.speaker.name == "NME"
    assert q.via is None
    q = one("Namun mengutip Warta Pagi, kepastian soal jadwal rilis album itu belum diumumkan.")
    assert q.speaker is not None and q.speaker.name == "Warta Pagi"
    # a person speaking in the clause: the person speaks, the outlet is the via
    q = one("Dilansir dari Reuters, Ahmad Rizal mengatakan harga gabah akan turun pekan depan.")
    assert q.speaker is not None and q.speaker.name == "Ahmad Rizal"
    assert q.via is not None and q.via.name == "Reuters"
    # a list announced is no statement
    assert quotes("Dikutip dari Boldsky, berikut beberapa manfaat minum air hangat.") == []


def test_an_outlet_closing_a_sentence_with_no_other_source_is_the_speaker() -> None:
    q = one("Penyanyi itu meninggal di rumahnya pada usia 80 tahun, seperti dikutip dari Reuters.")
    assert q.text == "Penyanyi itu meninggal di rumahnya pada usia 80 tahun"
    assert q.speaker is not None and q.speaker.name == "Reuters"
    # a statement about what someone said before is no statement of its own
    assert (
        quotes("Hal tersebut diinformasikan Direktur Utama Budi Karya, seperti dikutip dari AFP.")
        == []
    )


def test_an_outlet_as_source_does_not_become_who_a_pronoun_points_to() -> None:
    found = quotes(
        "Penyanyi Rina Marlina tampil di panggung kota itu. Diberitakan AFP, konser itu "
        "dihadiri lebih dari sepuluh ribu penonton. Ia mengaku ingin kembali tahun depan."
    )
    assert [q.speaker.name if q.speaker else None for q in found] == ["AFP", "Rina Marlina"]


def test_a_poll_made_for_an_outlet_speaks_by_its_pollster() -> None:
    q = one(
        "Menurut survei Ipsos untuk harian Le Soir, sang petahana diprediksi meraih 55 persen "
        "suara."
    )
    assert q.speaker is not None and q.speaker.name == "Ipsos"


def test_a_given_name_the_text_writes_alone_with_the_surname_stays_in_the_full_name() -> None:
    found = quotes(
        "Menteri Keuangan Dewi Lestari Wibowo memaparkan hanya 20 pengacara yang ikut program "
        'itu. "Ini memalukan," kata Dewi Lestari.'
    )
    assert [q.speaker.name if q.speaker else None for q in found] == ["Dewi Lestari Wibowo"] * 2


def test_a_person_after_an_office_and_its_country_is_the_speaker() -> None:
    q = one(
        "Bantuan untuk pemugaran candi itu akan berlanjut, kata Atase Pers dan Kebudayaan "
        "Kedutaan Belanda di Indonesia, Pieter Damsma."
    )
    assert q.text == "Bantuan untuk pemugaran candi itu akan berlanjut"
    assert q.speaker is not None and q.speaker.name == "Pieter Damsma"
    # a day after the comma is no name
    q = one("Pemeriksaan saksi akan dilanjutkan, kata Kapolda di Mapolda, Jumat.")
    assert q.speaker is not None and q.speaker.name == "Kapolda"


def test_an_initial_before_a_word_the_text_writes_in_lower_case_ends_a_sentence() -> None:
    found = quotes(
        "Seperti dilaporkan oleh TechCrunch, perusahaan itu membeli saham Kelas A. Saham ini "
        "tidak memiliki hak suara, seperti diberitakan TechCrunch. Harga saham itu naik."
    )
    assert [q.text for q in found] == [
        "perusahaan itu membeli saham Kelas A",
        "Saham ini tidak memiliki hak suara",
    ]


def test_a_cue_less_quote_after_an_unnamed_source_goes_on_in_its_voice() -> None:
    found = quotes(
        "Menurut laporan Bintang Post, penyanyi itu ingin kembali ke panggung. "
        '"Dia sudah menghubungi teman-temannya," kata seorang sumber.\n\n'
        '"Saat ini dia sedang beristirahat dari turnya."'
    )
    assert [q.speaker.name if q.speaker else None for q in found] == [
        "Bintang Post",
        "seorang sumber",
        "seorang sumber",
    ]


def test_a_paragraph_opening_a_quote_at_the_end_of_the_text_is_a_quote() -> None:
    found = quotes(
        'Menurut Hendra Saputra, dana itu disalurkan lewat yayasan.\n\n"Dana tersebut '
        "kemudian dikelola oleh balai konservasi bersama pemerintah daerah."
    )
    assert [q.kind for q in found] == ["indirect", "direct"]
    assert found[1].speaker is not None and found[1].speaker.name == "Hendra Saputra"
    # a stray mark inside a paragraph opens nothing
    found = quotes('Menurut Hendra Saputra, dana itu disalurkan lewat "yayasan.')
    assert len(found) == 1 and found[0].kind != "direct"


def test_a_passive_cue_opening_a_sentence_with_its_agent_and_a_comma_is_a_report() -> None:
    q = one("Dikatakan Arman Syah, bantuan beras akan disalurkan kepada warga kurang mampu.")
    assert q.text == "bantuan beras akan disalurkan kepada warga kurang mampu"
    assert q.speaker is not None and q.speaker.name == "Arman Syah"
    # an unnamed agent, a bare office or an agent with a scene: no record
    assert quotes("Ditambahkan oleh warga desa, jalan itu rusak sejak tahun lalu.") == []
    assert quotes("Diungkapkan oleh Bupati, jalan itu rusak sejak tahun lalu.") == []


def test_a_second_verb_chained_to_a_quote_cue_reports_in_the_same_voice() -> None:
    found = quotes(
        '"Para tersangka masih diperiksa," kata Rudi Hartono serta menambahkan bahwa polisi '
        "mengintai mereka selama enam bulan."
    )
    assert [q.text for q in found] == [
        "Para tersangka masih diperiksa",
        "polisi mengintai mereka selama enam bulan",
    ]
    assert all(q.speaker is not None and q.speaker.name == "Rudi Hartono" for q in found)


def test_in_the_view_of_the_person_in_focus_is_a_report() -> None:
    found = quotes(
        "Kekalahan itu tidak merisaukan Yoga Pratama. Baginya, yang terpenting adalah tampil "
        "sebaik mungkin saat dipercaya pelatih."
    )
    assert len(found) == 1
    assert found[0].speaker is not None and found[0].speaker.name == "Yoga Pratama"
    # "bagi" with a group is no report
    assert quotes("Bagi warga desa itu, banjir tahunan sudah menjadi hal biasa.") == []


def test_a_time_adverb_before_the_subject_is_no_clause() -> None:
    q = one("Dalam suratnya, saat itu Hendro mengaku sedang ada kegiatan lain di daerah.")
    assert q.speaker is not None and q.speaker.name == "Hendro"
    assert q.text == "sedang ada kegiatan lain di daerah"


def test_then_before_the_verb_is_an_adverb_not_a_new_clause() -> None:
    q = one("Rudi Hartono kemudian mengatakan bahwa kemenangan itu pertanda bagus bagi timnya.")
    assert q.speaker is not None and q.speaker.name == "Rudi Hartono"
    # a noun object after the verb stays no quote
    assert (
        quotes("Rudi Hartono kemudian menyebutkan beberapa provinsi dengan pemilih terbanyak.")
        == []
    )


def test_a_member_of_a_described_group_keeps_the_whole_description() -> None:
    q = one(
        '"Kami menunggu sejak pagi," kata salah seorang anggota rombongan seperti dikutip Antara.'
    )
    assert q.speaker is not None and q.speaker.name == "salah seorang anggota rombongan"


def test_an_origin_after_a_described_person_is_no_name() -> None:
    found = quotes(
        "Seorang pedagang tua berdiri di depan pasar. "
        '"Kami harus membayar setiap hari," kata pria berlogat Sunda yang menolak disebut namanya.'
    )
    assert found and all(q.speaker is None or q.speaker.name != "Sunda" for q in found)


def test_an_office_phrase_with_of_ends_in_the_person() -> None:
    q = one(
        '"Baterainya tahan dua hari," kata Senior Manager of Product Design Nusa Robotics '
        "Hendra Wijaya."
    )
    assert q.speaker is not None and q.speaker.name == "Hendra Wijaya"


def test_a_piece_of_writing_speaks_for_its_author() -> None:
    q = one("Tulisan Rahmat Hidayat itu menyebut proyek jalan tol molor dua tahun.")
    assert q.speaker is not None and q.speaker.name == "Rahmat Hidayat"


def test_the_source_stands_before_a_relative_clause_and_a_trailing_place() -> None:
    q = one(
        "Gubernur Sulawesi Tengah Arman Sahid, yang memimpin partai Gerakan Maju, "
        "mengatakan anggaran daerah akan dipangkas."
    )
    assert q.speaker is not None and q.speaker.name == "Arman Sahid"
    q = one("Menurut laman resmi, toko Roti Senja, Bandung Jawa Barat menyebut harga naik.")
    assert q.speaker is not None and q.speaker.name == "Roti Senja"
    # a time phrase before the comma is no source
    q = one("Pada hari Rabu, Persija mengumumkan bahwa mereka merekrut dua pemain asing.")
    assert q.speaker is not None and q.speaker.name == "Persija"


def test_a_team_serving_a_person_is_the_speaker() -> None:
    q = one("Tim kuasa hukum Darmawan menilai jaksa tidak memiliki bukti yang cukup.")
    assert q.speaker is not None and q.speaker.name == "Tim kuasa hukum Darmawan"


def test_a_stance_towards_someone_is_no_report() -> None:
    assert quotes("Menteri Luar Negeri Retno menyatakan dukungannya kepada rencana itu.") == []
    assert quotes("Bupati Anwar menyampaikan terima kasih kepada para relawan.") == []
    q = one("Bupati Anwar menyatakan dukungan warga terus menurun sejak Januari.")
    assert q.text == "dukungan warga terus menurun sejak Januari"


def test_an_age_before_the_demonstrative_is_no_time_phrase() -> None:
    found = quotes(
        "Dewi Lestari tampil di Bandung. Penyanyi 31 tahun itu mengatakan album barunya "
        "akan dirilis bulan depan."
    )
    assert len(found) == 1
    assert found[0].speaker is not None and found[0].speaker.name == "Dewi Lestari"


def test_a_maker_in_apposition_after_according_to() -> None:
    q = one("Menurut pembuatnya, Nusa Robotics, robot ini mampu bekerja tanpa henti.")
    assert q.speaker is not None and q.speaker.name == "Nusa Robotics"
    assert quotes("Menurut rencana, Jakarta, Bogor dan Depok akan disatukan.") == []


def test_a_described_source_goes_to_the_person_the_narrative_introduced() -> None:
    found = quotes(
        '"Kami menunggu sejak pagi," kata salah seorang anggota rombongan. Tak lama, seorang '
        "pria tua mendatangi petugas. "
        '"Kami dipaksa membayar dua kali," kata pria berlogat Sunda yang menolak disebut namanya. '
        '"Ini tidak adil," ujarnya lagi.'
    )
    assert [q.speaker.name if q.speaker else None for q in found] == [
        "salah seorang anggota rombongan",
        "seorang pria tua",
        "seorang pria tua",
    ]


def test_a_product_code_is_no_source() -> None:
    assert (
        quotes("Prosesor bernama XR7200 ini menjanjikan daya tahan baterai yang jauh lebih lama.")
        == []
    )


def test_a_description_between_commas_leaves_the_name_before_it() -> None:
    q = one(
        "Tanihub, perusahaan rintisan berbasis B2B, mengumumkan rencana membuka gudang baru "
        "di Surabaya."
    )
    assert q.speaker is not None and q.speaker.name == "Tanihub"


def test_a_title_word_after_a_given_name_is_a_surname() -> None:
    q = one('"Jadwal sidang belum pasti," kata Ketua Bidang Hukum Partai Maju, Rudi Hakim.')
    assert q.speaker is not None and q.speaker.name == "Rudi Hakim"
    # a title before the name stays a title
    q = one('"Jadwal sidang belum pasti," kata Hakim Rudi Santoso.')
    assert q.speaker is not None and q.speaker.name == "Rudi Santoso"


def test_an_office_of_a_country_abroad_gives_the_name_after_the_comma() -> None:
    q = one(
        '"Berkas warga kami sudah lengkap," ujar Konsul Jenderal RI di Hamburg, '
        "Dewi Kartika Sari dalam keterangan tertulis."
    )
    assert q.speaker is not None and q.speaker.name == "Dewi Kartika Sari"


def test_a_work_after_two_offices_is_no_speaker() -> None:
    q = one(
        '"Kami bekerja keras untuk film ini," kata penulis sekaligus sutradara Bulan Merah, '
        "Joko Pranoto saat membuka pemutaran."
    )
    assert q.speaker is not None and q.speaker.name == "Joko Pranoto"


def test_a_description_with_a_body_in_it_points_back_to_the_person() -> None:
    found = quotes(
        "Rina Maharani hadir di forum itu. Menurut mantan Direktur Bank Pembangunan Asia itu, "
        "inflasi akan turun tahun depan."
    )
    assert found[-1].speaker is not None and found[-1].speaker.name == "Rina Maharani"
    found = quotes(
        "Rina Maharani hadir di forum itu. Menurut mantan Direktur Bank Pembangunan Asia itu "
        "menjelaskan inflasi akan turun tahun depan."
    )
    assert found[-1].speaker is not None and found[-1].speaker.name == "Rina Maharani"


def test_a_hereditary_title_stays_in_the_name() -> None:
    q = one(
        "Kepala Bidang Humas Polda Riau Komisaris Besar Raden Budi Setiawan mengatakan, "
        "tersangka sudah ditahan."
    )
    assert q.speaker is not None and q.speaker.name == "Raden Budi Setiawan"


def test_a_tribute_paid_is_no_statement() -> None:
    found = quotes(
        "Acara berlangsung meriah. Selain di panggung, penghargaan kepada mendiang juga "
        "diucapkan Budi Santoso di lobi."
    )
    assert found == []
    # the one who paid it stays in focus for the quote after it
    found = quotes(
        "Film Bulan Merah diputar perdana. Bulan Merah bertabur bintang muda. Selain di "
        "panggung, penghargaan kepada mendiang juga diucapkan Joko Pranoto di lobi.\n\n"
        '"Kami semua merindukannya malam ini," katanya.'
    )
    assert [q.speaker.name if q.speaker else None for q in found] == ["Joko Pranoto"]


def test_a_described_speaker_with_a_place_in_its_relative_clause() -> None:
    found = quotes(
        '"Wasit itu tidak adil," kata Ahmad Fauzi.\n\n'
        '"Dia tidak paham aturan permainan," sambung pria yang pernah berjaya di klub Medan ini.'
    )
    assert [q.speaker.name if q.speaker else None for q in found] == ["Ahmad Fauzi"] * 2


def test_facts_based_on_a_named_body_are_its_report() -> None:
    q = one(
        "Berdasarkan informasi yang didapat dari Badan Cuaca Nasional (BCN), hujan lebat "
        "akan turun di pesisir selatan."
    )
    assert q.kind == "indirect"
    assert q.speaker is not None and q.speaker.name == "Badan Cuaca Nasional"
    q = one("Berdasarkan laporan BPS, Medan dan Makassar tumbuh paling cepat tahun ini.")
    assert q.speaker is not None and q.speaker.name == "BPS"
    # a body whose name lists its parts with commas is not cut at the first comma: its
    # acronym ends it
    q = one(
        "Berdasarkan informasi dari Badan Cuaca, Iklim dan Gempa (BCIG) gempa itu berpusat "
        "di laut selatan."
    )
    assert q.speaker is not None and q.speaker.name == "BCIG"
    assert q.text.startswith("gempa itu")


def test_figures_from_a_data_provider_are_no_report() -> None:
    # statistics read off a provider's data are the writer's own report (the dev gold
    # leaves them out), unlike information or a report it gave
    assert quotes("Berdasarkan data Bursa Kota, harga saham itu naik tiga persen siang ini.") == []


def test_a_player_described_by_origin_is_the_one_just_named() -> None:
    found = quotes(
        "Sebelumnya, Marco Silva menyebut laga itu tidak adil. Bahkan pemain asal Portugal "
        "menyebut jika wasit tidak layak memimpin final."
    )
    assert [q.speaker.name if q.speaker else None for q in found] == ["Marco Silva"] * 2


def test_a_name_before_a_comma_and_role_is_the_speaker() -> None:
    # "NAME, ROLE PLACE verb": the role after the comma ends in a place, not in a name
    q = one("Wartini, Lurah Bukit Kemuning menjelaskan bahwa lomba itu digelar tiap tahun.")
    assert q.speaker is not None and q.speaker.name == "Wartini"
    q = one("Hendro Saputro, Kepala Desa Sumberarum, mengatakan jembatan itu rampung bulan depan.")
    assert q.speaker is not None and q.speaker.name == "Hendro Saputro"
    # a source head before the comma: the titled name after it speaks
    q = one("Petugas Pos Jaga Timur, Brigadir Santoso, mengatakan jalan itu sudah dibuka.")
    assert q.speaker is not None and q.speaker.name == "Santoso"


def test_a_described_source_without_a_comma_points_back() -> None:
    # "Menurut <description> itu <verb> ...": no comma closes the description; the person
    # named before speaks, not the body at the end of the description
    found = quotes(
        'Menteri Rini Hartati menemui pengusaha. "Kami akan tagih," kata Rini. Menurut mantan '
        "Kepala Ekonom Bank Samudra itu menjelaskan tagihan itu dikirim lewat program "
        '"bayar cepat" yang berakhir pekan depan.'
    )
    assert [q.speaker.name if q.speaker else None for q in found] == ["Rini Hartati"] * 2


def test_a_glued_di_word_after_the_cue_name_ends_the_speaker() -> None:
    # "kata X dihadapan ..." (written together) or "kata X dihubungi ...": the words after
    # the name are where or how X spoke, and the place at their end is no speaker
    q = one('"Kami akan bangun perpustakaan," kata Hartono dihadapan para guru Kota Lama Utara.')
    assert q.speaker is not None and q.speaker.name == "Hartono"
    q = one('"Berkas itu sudah lengkap," ujar Wulan didampingi pengacara Lembaga Bantuan Warga.')
    assert q.speaker is not None and q.speaker.name == "Wulan"


# -- round 8: antecedents, narration with a noun object, elided subjects ---------------
def test_a_described_subject_is_the_person_named_just_before() -> None:
    text = (
        '"Kami siap bertanding," ujar Rudi Hartono, kapten tim tamu.\n\n'
        "Aksi para suporter mendapat pujian dari Bambang Wiyono. Ketua klub tuan rumah "
        "tersebut menilai aksi itu patut dicontoh oleh suporter lain."
    )
    found = quotes(text)
    assert [q.speaker.name for q in found if q.speaker] == ["Rudi Hartono", "Bambang Wiyono"]


def test_a_feeling_of_thanks_is_no_report() -> None:
    text = "Gubernur Arman Sujatmiko menyampaikan rasa terima kasihnya kepada relawan banjir."
    assert quotes(text) == []


def test_explaining_a_meaning_is_no_report() -> None:
    text = "Bupati Sarwono Hadi juga menjelaskan arti dari gotong royong bagi warga desa."
    assert quotes(text) == []


def test_conceding_the_opponents_superiority_is_no_report() -> None:
    text = "Regu tamu akhirnya mesti mengakui keunggulan lawannya dengan selisih dua gol."
    assert quotes(text) == []


def test_a_speech_given_is_no_report() -> None:
    text = "Setelah doa bersama, sambutan disampaikan Kiai Hasan Mubarok di depan jemaah."
    assert quotes(text) == []


def test_a_name_then_kemudian_then_a_clause_is_reported() -> None:
    text = (
        "Rina Kusuma tiba di Surabaya pagi ini. Rina kemudian mengungkapkan akan ada "
        "sejumlah perubahan dalam acara itu."
    )
    q = one(text)
    assert q.kind == "indirect" and q.speaker is not None
    assert q.speaker.name == "Rina Kusuma"
    assert q.text.startswith("akan ada")


def test_a_name_then_kemudian_then_a_noun_phrase_is_no_report() -> None:
    text = "Rina Kusuma kemudian menyebutkan beberapa kota yang menjadi tujuan tur itu."
    assert quotes(text) == []


def test_a_sentence_opening_with_kemudian_goes_on_with_the_last_subject() -> None:
    text = (
        "Kapolda Arif Wibisono menyampaikan rasa terima kasihnya kepada warga desa. "
        "Kemudian menjelaskan bahwa tugas polisi adalah menjaga keamanan."
    )
    q = one(text)
    assert q.speaker is not None and q.speaker.name == "Arif Wibisono"
    assert q.text.startswith("tugas polisi")


def test_the_topic_after_the_cue_is_not_the_speaker() -> None:
    text = (
        "Andi Saputra dikaruniai seorang anak bernama Kirana Putri.\n\n"
        '"Dia sangat pendiam," kata Andi tentang Kirana.'
    )
    q = one(text)
    assert q.speaker is not None and q.speaker.name == "Andi Saputra"


def test_a_reactor_named_at_the_end_of_a_sentence_is_the_next_menurutnya() -> None:
    text = (
        '"Perda ini penting," ujar Dedi Kurniawan.\n\n'
        "Usulan itu mendapat sambutan positif dari pengamat politik Universitas Andalas "
        "Yusuf Hamdani. Menurutnya, perda itu memang perlu dibentuk segera."
    )
    found = quotes(text)
    assert [q.speaker.name for q in found if q.speaker] == ["Dedi Kurniawan", "Yusuf Hamdani"]


def test_menurut_a_description_without_a_comma() -> None:
    text = (
        "Pebalap tim Garuda, Fajar Nugroho mengkritik mesin motornya. Menurut pebalap asal "
        "Medan tersebut mesin itu membuat para pebalap kesulitan saat menanjak."
    )
    q = one(text)
    assert q.speaker is not None and q.speaker.name == "Fajar Nugroho"
    assert q.text.startswith("mesin itu")


def test_a_ke_an_noun_heading_a_clause_is_reported() -> None:
    text = (
        "Direktur PT Pangan Jaya Herman Susilo menyatakan ketersediaan beras di gudang "
        "daerah dalam kondisi aman."
    )
    q = one(text)
    assert q.speaker is not None and q.speaker.name == "Herman Susilo"
    assert q.text.startswith("ketersediaan beras")


def test_a_feeling_named_as_the_object_stays_no_report() -> None:
    assert quotes("Pelatih Joko Santoso menyatakan kekecewaannya atas hasil laga itu.") == []


def test_a_promised_thing_is_no_report() -> None:
    text = (
        "Menteri Sosial Hendra Wijaya menjanjikan bantuan perahu di setiap desa pesisir "
        "Maluku, bagi nelayan yang belum mempunyai perahu sendiri."
    )
    assert quotes(text) == []


def test_an_announced_product_with_a_relative_clause_is_no_report() -> None:
    text = (
        "Perusahaan itu juga mengumumkan fitur bernama Sapa Cepat yang terdapat pada aplikasinya."
    )
    assert quotes(text) == []


def test_an_announced_clause_is_still_reported() -> None:
    text = "PT Kereta Nusantara mengumumkan harga tiket kereta ekonomi akan naik bulan depan."
    q = one(text)
    assert q.text.startswith("harga tiket")


def test_a_person_contrasted_with_the_last_speaker_takes_over() -> None:
    text = (
        '"Saya ingin mengubah politik," kata Bima Saputra.\n\n'
        "Berbeda dengan Bima, Citra Larasati (25) justru memilih menjadi pegawai negeri. "
        "Dia menyebut, partai belum tentu bisa mengubah keadaan."
    )
    found = quotes(text)
    assert [q.speaker.name for q in found if q.speaker] == ["Bima Saputra", "Citra Larasati"]


def test_a_subject_after_a_discourse_opener_takes_over() -> None:
    text = (
        '"Kami siap," kata Rudi Santoso.\n\n'
        "Sementara itu, Yanti Marlina berharap agar media ikut mengawasi.\n\n"
        '"Kami butuh masukan dari media," ujarnya.'
    )
    found = quotes(text)
    assert [q.speaker.name for q in found if q.speaker] == ["Rudi Santoso", "Yanti Marlina"]


def test_a_capitalised_description_with_itu_is_not_a_new_speaker() -> None:
    text = (
        "Jakarta -- Pasangan selebriti Bayu Pratama dan Sekar Ayuningtyas kembali mendapat "
        "kabar gembira. Model sampul Majalah Puspa itu kini telah melahirkan putri kedua mereka "
        "pada Kamis pagi.\n\nPasangan ini pertama kali mengumumkan kabar itu pada September "
        "lalu. Pada saat itu, Sekar mengunggah sebuah foto di Instagram.\n\n"
        '"Petualangan baru dimulai," tulisnya di keterangan foto.'
    )
    q = one(text)
    assert q.speaker is not None
    assert q.speaker.name == "Sekar"


def test_a_weak_verb_then_a_channel_then_bahwa_is_reported() -> None:
    text = "Penyanyi Dimas Ardian berkicau di Twitter bahwa dirinya batal tampil di Medan."
    q = one(text)
    assert q.speaker is not None and q.speaker.name == "Dimas Ardian"
    assert q.text.startswith("dirinya batal")


def test_an_invisible_mark_before_the_speaker_is_ignored() -> None:
    text = "\u200eSurya Darma mengklaim, sudah banyak warga yang siap menyambut rombongan itu."
    q = one(text)
    assert q.speaker is not None and q.speaker.name == "Surya Darma"


# -- round 9: report verbs, bodies as sources, noun objects, pointing passives --------
@pytest.mark.parametrize(
    ("text", "speaker", "start"),
    [
        (
            "Dinas Perhubungan menginformasikan bahwa jalur selatan ditutup sampai Senin.",
            "Dinas Perhubungan",
            "jalur selatan",
        ),
        (
            "Sejumlah portal berita mengabarkan bahwa konser itu dibatalkan panitia.",
            "Sejumlah portal berita",
            "konser itu",
        ),
        (
            "Arif Setiawan menghitung, pabrik baru itu akan menyerap 900 pekerja setiap tahun.",
            "Arif Setiawan",
            "pabrik baru",
        ),
    ],
)
def test_more_report_verbs_with_a_clause(text: str, speaker: str, start: str) -> None:
    q = one(text)
    assert q.speaker is not None and q.speaker.name == speaker
    assert q.text.startswith(start)


def test_a_weak_report_verb_needs_a_clause_opener() -> None:
    assert quotes("Lukisan itu menggambarkan suasana pasar pagi di Solo.") == []


def test_an_opening_based_on_information_from_a_body_is_its_report() -> None:
    text = (
        "Gempa mengguncang pesisir selatan. Berdasarkan informasi yang dihimpun dari Badan "
        "Cuaca, Iklim, dan Gempa (BCIG), pusat gempa berada di laut 40 km dari pantai."
    )
    q = one(text)
    assert q.speaker is not None and q.speaker.name == "BCIG"
    assert q.text.startswith("pusat gempa")


def test_an_opening_based_on_a_study_names_the_body() -> None:
    text = (
        "Ia senang. Berdasarkan penelitian Badan Litbang Kementerian Pertanian, beras merah "
        "lebih mengenyangkan ketimbang beras putih."
    )
    q = one(text)
    assert q.speaker is not None and q.speaker.name == "Badan Litbang Kementerian Pertanian"
    assert q.text.startswith("beras merah")


@pytest.mark.parametrize(
    "text",
    [
        "Berdasarkan data Dinas Pertanian, panen padi naik tahun ini.",
        # someone's words follow the opener: the report is theirs
        "Berdasarkan laporan Dinas Pertanian, lanjut Budi, panen padi naik tahun ini.",
    ],
)
def test_an_opening_based_on_data_or_with_its_own_cue_is_no_body_report(text: str) -> None:
    assert all(q.cue is None or q.cue.text != "Berdasarkan" for q in quotes(text))


@pytest.mark.parametrize(
    "text",
    [
        "Rina Wulandari, manajer toko itu, mengungkapkan alasan di balik pembukaan cabang baru.",
        "Setelah itu, Rina Wulandari menuturkan harapannya atas terselenggaranya pameran ini.",
        "Doni Prakoso mengungkapkan jenis kelamin anak ketiganya saat menghadiri acara televisi.",
    ],
)
def test_a_thing_named_as_the_object_is_no_report(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Doni Prakoso menjelaskan alasannya karena biaya sewa terlalu mahal.", "alasannya"),
        ("Doni Prakoso mengatakan kabar itu tidak benar.", "kabar itu"),
        ("Doni Prakoso mengatakan kegiatan ini untuk menertibkan pedagang liar.", "kegiatan"),
    ],
)
def test_such_a_noun_with_a_clause_after_it_is_reported(text: str, start: str) -> None:
    q = one(text)
    assert q.text.startswith(start)


def test_an_anaphor_with_a_predicate_is_the_subject_of_a_report() -> None:
    q = one("Soal ongkos perjalanan, Budi menyebut hal tersebut sudah dibayar panitia.")
    assert q.speaker is not None and q.speaker.name == "Budi"
    assert q.text.startswith("hal tersebut sudah")


@pytest.mark.parametrize(
    "text",
    [
        "Banyak penggemar menunggu kabar. Fakta itu dibeberkan oleh Hendra melalui akun "
        "Twitter miliknya.",
        "Klub resmi merekrut Watson. Informasi tersebut sudah disampaikan Persikota melalui "
        "situs resminya.",
        "Ia berencana pensiun. Hal ini juga ditegaskan Joko Susilo, Direktur Utama PT Maju Jaya.",
    ],
)
def test_a_pointing_noun_before_a_passive_cue_is_no_report(text: str) -> None:
    assert quotes(text) == []


def test_a_pointing_noun_with_a_clause_after_the_agent_is_reported() -> None:
    q = one("Sistem antre ini diakui Tini bisa memudahkan pengunjung membeli karcis.")
    assert q.speaker is not None and q.speaker.name == "Tini"


def test_a_negated_passive_cue_is_no_report() -> None:
    assert quotes("Namun, dalam rekaman itu tidak disebutkan pejabat yang menerima dana.") == []


def test_a_similar_statement_names_who_is_in_focus_next() -> None:
    text = (
        '"Kami bangga," kata Anton Wijaya.\n\n'
        "Hal senada diungkapkan Bupati Sleman Sri Rahayu Lestari. Ia mengaku siap jika "
        "daerahnya kembali ditunjuk menjadi tuan rumah."
    )
    found = quotes(text)
    assert len(found) == 2
    assert found[1].speaker is not None and found[1].speaker.name != "Anton Wijaya"


def test_as_said_by_a_source_noun_and_a_name_is_reported() -> None:
    text = (
        "Getaran juga terasa di pusat kota seperti yang dikatakan warga Kelurahan Sukamaju "
        'Rini Astuti. "Lampu gantung bergoyang," katanya.'
    )
    found = quotes(text)
    assert [q.speaker.name for q in found if q.speaker] == ["Rini Astuti", "Rini Astuti"]


def test_as_said_in_a_document_names_the_document() -> None:
    q = one(
        "Hendra adalah pemasok alat itu untuk proyek bandara, seperti yang disebutkan dalam "
        "dakwaan Joko dan Wawan."
    )
    assert q.speaker is not None and q.speaker.name == "dakwaan Joko dan Wawan"
    assert q.text.startswith("Hendra adalah")


def test_a_second_verb_after_dan_shares_the_subject() -> None:
    q = one(
        "Serikat Pekerja Indonesia memberi pemerintah waktu satu pekan, dan memperingatkan "
        "pemogokan akan meluas bila tuntutan tidak dipenuhi."
    )
    assert q.speaker is not None and q.speaker.name == "Serikat Pekerja Indonesia"
    assert q.text.startswith("pemogokan")


def test_a_state_of_emergency_with_a_predicate_is_reported() -> None:
    q = one("Badan Penanggulangan Bencana menyatakan keadaan darurat banjir diperpanjang 7 hari.")
    assert q.text.startswith("keadaan darurat")
    assert quotes("Gubernur Sulastri telah menyatakan darurat penanganan pengungsi.") == []


def test_a_former_office_of_a_place_stands_for_the_person_before() -> None:
    text = (
        '"Ini musuh kita bersama," kata Bambang Sutrisno.\n\n'
        "Kemiskinan, menurut mantan gubernur Jawa Tengah, menggerus daya saing daerah."
    )
    found = quotes(text)
    assert [q.speaker.name for q in found if q.speaker] == ["Bambang Sutrisno"] * 2


def test_a_weak_verb_then_a_clause_opening_at_once_is_reported() -> None:
    q = one("Pihak Persikota mengingatkan tidak ada toleransi bagi suporter yang membuat onar.")
    assert q.speaker is not None and q.speaker.name == "Pihak Persikota"
    assert q.text.startswith("tidak ada toleransi")
    # an object, no clause: still nothing
    assert quotes("Pihak Persikota mengingatkan suporter untuk tertib.") == []


def test_a_threat_of_what_one_will_do_is_reported() -> None:
    q = one("Serikat Pekerja Indonesia mengancam akan mogok nasional bila upah tidak naik.")
    assert q.speaker is not None and q.speaker.name == "Serikat Pekerja Indonesia"
    assert q.text.startswith("akan mogok")
    assert quotes("Banjir mengancam keselamatan warga di bantaran kali.") == []
    assert quotes("Pelaku memaksa korban sambil mengancam akan melukainya.") == []


def test_a_verb_chained_to_a_cue_with_an_addressee_keeps_the_quote_speaker() -> None:
    text = (
        '"Anak kami perempuan," kata Dimas Ardian kepada Rina seraya menambahkan bahwa '
        "mereka ingin punya keluarga besar."
    )
    found = quotes(text)
    assert [q.speaker.name for q in found if q.speaker] == ["Dimas Ardian", "Dimas Ardian"]


def test_the_agent_of_a_pointing_passive_keeps_his_full_name() -> None:
    text = (
        "Pelintasan itu tidak berpalang pintu. Fakta tersebut diutarakan Kepala Humas Daop "
        "Tengah Yosef Kurniadi kepada wartawan, Sabtu.\n\n"
        '"Pengendara seharusnya berhenti dulu," kata Yosef.'
    )
    q = one(text)
    assert q.speaker is not None and q.speaker.name == "Yosef Kurniadi"


@pytest.mark.parametrize(
    "text",
    [
        "Pelatih Joko Susilo membuat pengakuan bahwa timnya bermain buruk di babak pertama.",
        "Joko Susilo memberikan klarifikasi bahwa dana itu sudah dikembalikan ke kas desa.",
    ],
)
def test_noun_phrase_cue_with_bahwa_is_a_report(text: str) -> None:
    q = one(text)
    assert q.speaker is not None and q.speaker.name == "Joko Susilo"
    assert q.kind == "indirect"


def test_noun_phrase_cue_without_bahwa_is_no_report() -> None:
    text = (
        "Joko Susilo memberikan klarifikasi, jauh hari sebelum dana itu dikembalikan ke kas desa."
    )
    assert quotes(text) == []


# -- round 11 ---------------------------------------------------------------------------


def test_a_list_announced_is_no_quote() -> None:
    text = (
        "Tokoh itu menjelaskan duduk perkaranya. Berikut pernyataan lengkap yang disampaikan "
        "Budi Hartono:\n\nKami menolak rencana pembangunan itu."
    )
    assert not any(q.text.startswith("Berikut") for q in quotes(text))


@pytest.mark.parametrize(
    "text",
    [
        "Pengusaha itu mengungkapkan impiannya melihat klub kota ini berlaga di Eropa kelak.",
        'Para ulama menyampaikan rumusan "Seruan Damai Nusantara" agar suasana tetap tenang.',
    ],
)
def test_a_wish_or_a_formulation_as_object_is_no_quote(text: str) -> None:
    assert quotes(text) == []


def test_a_body_recording_a_figure_with_a_predicate_is_a_report() -> None:
    q = one("Badan Pusat Statistik mencatat ekspor kopi selama Mei turun 3,2 persen dari April.")
    assert q.speaker is not None and q.speaker.name == "Badan Pusat Statistik"
    assert q.text.startswith("ekspor kopi")


def test_a_record_or_a_market_recording_a_figure_is_no_report() -> None:
    assert quotes("Tim itu mencatat rekor baru setelah skor naik 3 poin di babak kedua.") == []
    text = "Acuan pasar kopi Brasil, Selasa, mencatat harga biji kopi naik 2 persen per karung."
    assert quotes(text) == []


def test_responding_with_a_comma_before_marks_is_a_cue() -> None:
    text = (
        '"Terdakwa terbukti bersalah," kata hakim Susanto. Atas putusan itu, Rina menanggapi, '
        '"Saya menerima putusan majelis."'
    )
    assert [q.speaker.name if q.speaker else None for q in quotes(text)] == ["Susanto", "Rina"]


def test_a_person_speaking_after_menurut_outlet_is_the_speaker() -> None:
    q = one("Menurut Reuters, Joko Susilo mengatakan bahwa timnya akan tampil di final.")
    assert q.speaker is not None and q.speaker.name == "Joko Susilo"


def test_the_view_of_a_person_named_after_bagi_or_buat_is_a_report() -> None:
    text = (
        '"Kami harus lebih kuat," kata Rudi. Buat Rudi, kemenangan yang diraih tim lawan itu '
        "adalah buah dari latihan yang panjang."
    )
    found = quotes(text)
    assert [q.speaker.name if q.speaker else None for q in found] == ["Rudi", "Rudi"]
    assert found[1].text.startswith("kemenangan yang diraih")


def test_the_view_of_a_place_or_a_feeling_after_bagi_is_no_report() -> None:
    # a country that never speaks in the text; a feeling in the clause (guideline 2)
    assert quotes("Bagi Indonesia, ekspor kopi adalah sumber devisa yang penting sekali.") == []
    text = '"Kami menang," kata Rudi. Bagi Rudi, ia senang mendengar kabar kenaikan gaji itu.'
    assert len(quotes(text)) == 1


def test_inserted_cue_without_comma_after_the_name_keeps_the_whole_clause() -> None:
    text = (
        "Kombes Hadi Santoso mengatakan penyidik sudah datang. Saksi itu, lanjut Hadi baru "
        "akan diperiksa setelah kondisinya membaik."
    )
    found = quotes(text)
    assert [q.speaker.name if q.speaker else None for q in found] == ["Hadi Santoso"] * 2
    assert "diperiksa setelah" in found[1].text


def test_a_body_recording_a_trend_as_a_clause_is_a_report() -> None:
    q = one(
        "Lembaga riset itu, Insight Data, mencatat pangsa pasar ponsel lipat mengalami kenaikan."
    )
    assert q.text.startswith("pangsa pasar")
    text = "Kementerian Pangan melaporkan kenaikan cadangan beras mereka menjadi 2 juta ton."
    assert quotes(text) == []


def test_description_with_a_name_in_quotes_resolves_to_the_person_it_describes() -> None:
    # "gitaris band Senja tersebut" is Raka ("Raka 'Senja'"), not Dewi who spoke last
    text = (
        "Sudah tiga tahun Raka 'Senja' menikahi Dewi Lestari Putri.\n\n"
        '"Kami belum berencana pindah rumah tahun ini," ujar Raka di Bandung, Senin.\n\n'
        '"Rumah ini masih cukup untuk kami berdua," ucap Dewi.\n\n'
        '"Nanti saja kalau anak kami sudah lahir," jelas gitaris band Senja tersebut.'
    )
    found = quotes(text)
    assert [q.speaker.name if q.speaker else None for q in found][-1] == "Raka"


def test_description_without_the_persons_apposition_stays_with_the_last_speaker() -> None:
    text = (
        '"Kami belum berencana pindah rumah tahun ini," ujar Raka di Bandung, Senin.\n\n'
        "Dewi, gitaris band Senja, juga hadir di acara itu.\n\n"
        '"Rumah ini masih cukup untuk kami berdua," ucap Dewi.\n\n'
        '"Nanti saja kalau anak kami sudah lahir," jelas gitaris band Senja tersebut.'
    )
    found = quotes(text)
    assert [q.speaker.name if q.speaker else None for q in found][-1] == "Dewi"


def test_cueless_quote_after_connective_and_lone_name_goes_to_that_person() -> None:
    # "Namun Silva melihat ...": the connective does not hide the lone name as the subject,
    # so the cue-less quote after it is Silva's, not Pereira's (the subject before)
    text = (
        "Pelatih kiper tim nasional Uruguay, Marco Silva yakin Carlos Pereira masih sanggup "
        "menjaga gawang sampai umur 40 asalkan rajin berlatih.\n\n"
        "Pereira yang kini berumur 34 tahun baru memperpanjang kontraknya sampai 2030 yang "
        "membuatnya bertahan di Porto hingga umur 38. Namun Silva melihat hal tersebut "
        "bukanlah batas kemampuan Pereira di lapangan.\n\n"
        "\u201cKalau dia rajin menjaga kondisi, ia masih sanggup bermain sampai umur 40.\u201d"
        "\n\n\u201cPereira memang punya banyak kelebihan dibanding kiper lain,\u201d tutur Silva."
        "\n\n\u201cSaya masih ingin bermain lama di Porto,\u201d ujar Pereira."
    )
    found = quotes(text)
    assert [q.speaker.name if q.speaker else None for q in found] == ["Silva", "Silva", "Pereira"]


# -- review fixes: regex word edges and cue spans (sentences invented) ---------------------


def test_thing_object_lets_a_word_opening_with_ke_carry_the_predicate() -> None:
    import sys

    ex = sys.modules["warta.quoting.extract"]
    # "keluarga" only starts like "ke": "sejumlah nama keluarga akan ..." reports a clause
    assert ex._THING_OBJECT.match("sejumlah nama keluarga akan diumumkan") is None
    # the prepositions themselves still cannot carry it: a thing talked about
    assert ex._THING_OBJECT.match("sejumlah nama dari daftar itu") is not None
    assert ex._THING_OBJECT.match("sejumlah nama di daftar akan") is not None


def test_feeling_stems_make_real_words() -> None:
    import sys

    ex = sys.modules["warta.quoting.extract"]
    assert ex._OWN_FEELING.fullmatch("kesalutannya") is not None
    assert ex._FEELING.match("kesalutan") is not None
    assert ex._OWN_FEELING.fullmatch("keinginanannya") is None
    assert ex._OWN_FEELING.fullmatch("keinginannya") is not None


@pytest.mark.parametrize("gap", [" ", "  ", "\t"])
def test_in_view_cue_span_is_the_cue_word_whatever_the_blanks(gap: str) -> None:
    text = (
        f"Bagi{gap}Rina Wulandari, promosi daring menjadi kunci sukses daerah itu selama dua "
        'tahun terakhir. "Kami senang," kata Rina.'
    )
    view = extract(text)[0][0]
    assert view.kind == "indirect" and view.speaker is not None
    assert view.speaker.name == "Rina Wulandari"
    assert view.cue is not None and (view.cue.text, view.cue.start, view.cue.end) == ("Bagi", 0, 4)


# -- round 13 (detection): sentences invented for these tests --------------------------


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in quotes(text)]


def test_clause_after_bahwa_may_open_with_a_purpose() -> None:
    # "mengatakan bahwa untuk ...": "bahwa" opens the clause, "untuk" is no plan of one's own
    text = (
        "Kepala Dinas Pertanian Sulastri Wibowo mengatakan bahwa untuk menekan harga cabai, "
        "pemerintah daerah akan membuka pasar murah di tiap kecamatan."
    )
    found = _said(text)
    assert len(found) == 1 and found[0][1] == "Sulastri Wibowo"
    assert found[0][0].startswith("untuk menekan harga cabai")


@pytest.mark.parametrize(
    "opening",
    ["Dikatakan, ", "Dijelaskannya, ", "Diakuinya bahwa ", "Selain itu, dikemukakannya, "],
)
def test_agentless_passive_opening_continues_the_last_speaker(opening: str) -> None:
    text = (
        "Ketua koperasi nelayan Harun Pasaribu mengatakan, hasil tangkapan bulan ini turun "
        f"tajam. {opening}cuaca buruk membuat kapal kecil tidak berani melaut selama sepekan."
    )
    found = _said(text)
    assert found[-1] == (
        "cuaca buruk membuat kapal kecil tidak berani melaut selama sepekan",
        "Harun Pasaribu",
    )


def test_agentless_passive_after_a_lead_phrase_needs_the_owned_form() -> None:
    # "Saat musim kemarau, dikatakannya ...": the "-nya" names the speaker before
    text = (
        "Camat Lestiani menjelaskan, warga sudah membangun tiga embung baru. Saat musim "
        "kemarau, dikatakannya embung itu menjadi sumber air bagi sawah di dua desa."
    )
    assert _said(text)[-1] == (
        "embung itu menjadi sumber air bagi sawah di dua desa",
        "Lestiani",
    )
    # a topic lead is not such an opening ("Terkait hal itu, dikatakan, ...")
    topic = (
        "Camat Lestiani menjelaskan, warga sudah membangun tiga embung baru. Terkait hal "
        "itu, dikatakannya embung itu menjadi sumber air bagi sawah di dua desa."
    )
    assert len(_said(topic)) == 1


@pytest.mark.parametrize(
    "verb", ["membeberkan", "mencontohkan", "berpandangan", "menjabarkan", "menyimpulkan"]
)
def test_less_common_verbs_of_saying_report_a_clause_after_a_comma(verb: str) -> None:
    text = f"Yohana Siregar {verb}, curah hujan tahun ini lebih tinggi dari biasanya."
    assert _said(text) == [("curah hujan tahun ini lebih tinggi dari biasanya", "Yohana Siregar")]
    # weak: with a noun object and no comma they report nothing
    assert _said(f"Yohana Siregar {verb} data curah hujan di depan mahasiswa.") == []


def test_words_said_taken_up_in_a_relative_clause_are_no_report() -> None:
    text = (
        '"Kami harus menang di kandang," kata pelatih Darmawan.\n\n'
        "Apa yang dikatakan Darmawan memang terbukti pada laga berikutnya.\n\n"
        "Tuntutan yang disampaikan jaksa itu dinilai terlalu ringan oleh keluarga korban."
    )
    assert _said(text) == [("Kami harus menang di kandang", "Darmawan")]


def test_view_in_a_restrictive_relative_clause_is_no_report() -> None:
    restrictive = "Warga menolak proyek yang menurut mereka merusak sumber air desa."
    assert _said(restrictive) == []
    # set off by a comma, the aside still reports
    aside = "Pabrik itu, yang menurut warga mencemari sungai, akhirnya ditutup pekan lalu."
    assert len(_said(aside)) == 1


def test_scene_before_a_verb_that_introduces_a_quote_is_no_content() -> None:
    text = (
        "Usai rapat tertutup itu, kuasa hukum Rendi, Markus Simanjuntak menyatakan kepada "
        'wartawan, "Kami akan mengajukan banding."'
    )
    assert _said(text) == [("Kami akan mengajukan banding.", "Markus Simanjuntak")]


def test_cleft_on_words_said_still_reports_what_follows_the_copula() -> None:
    text = "Hal terpenting yang disampaikan Menteri Arifin adalah harga pupuk tidak akan naik."
    found = _said(text)
    assert len(found) == 1 and found[0][1] == "Arifin"


def test_clause_subject_after_an_auxiliary_becomes_the_focus() -> None:
    # "Berbeda dengan X, Y akan menampilkan ...": Y, not the last speaker X, says the next
    text = (
        '"Koleksi saya serba hitam," kata desainer Ratna Sari.\n\n'
        "Berbeda dengan Ratna, Melati Kusuma akan menampilkan warna-warna cerah.\n\n"
        '"Saya ingin suasana yang riang," tambah dia.'
    )
    assert [s for _t, s in _said(text)] == ["Ratna Sari", "Melati Kusuma"]


def test_verb_closing_the_sentence_with_only_a_day_after_it_reports_what_came_before() -> None:
    text = (
        "Penjualan tiket konser itu habis dalam sepuluh menit, panitia penyelenggara "
        "mengumumkan, Sabtu."
    )
    found = _said(text)
    assert len(found) == 1
    assert found[0][0] == "Penjualan tiket konser itu habis dalam sepuluh menit"


# -- round 14 (detection): outlets opening a sentence; people described by their team ----


def test_outlet_opening_with_a_day_before_the_comma_is_the_speaker() -> None:
    text = (
        "Dilansir dari Berita Harian pada Selasa (3/5), aturan baru itu berlaku setelah "
        "banyak pengendara melanggar batas kecepatan."
    )
    assert _said(text) == [
        (
            "aturan baru itu berlaku setelah banyak pengendara melanggar batas kecepatan",
            "Berita Harian",
        )
    ]


def test_outlet_opening_with_today_before_the_comma_is_the_speaker() -> None:
    text = (
        "Dikutip dari Warta Utama hari ini, dalam razia itu petugas menemukan tiga orang "
        "tanpa identitas."
    )
    assert [s for _t, s in _said(text)] == ["Warta Utama"]


def test_outlet_named_after_portal_berita_is_the_speaker() -> None:
    text = (
        "Mengutip portal berita Kabar Pagi, balon udara itu akan membawa enam penumpang ke "
        "ketinggian tiga puluh kilometer."
    )
    assert [s for _t, s in _said(text)] == ["Kabar Pagi"]


def test_outlet_opening_keeps_its_clause_when_a_cue_in_it_has_no_speaker() -> None:
    # a passive with no agent ("disampaikan di ..."), a cue word with no name after it
    # ("belum jelas"), a verb in a relative clause or after a wish: none speaks for itself
    texts = [
        "Diberitakan Kabar Pagi, pengumuman itu disampaikan di balai desa supaya warga tidak "
        "termakan kabar burung yang belum jelas asal-usulnya.",
        "Seperti diberitakan Kabar Pagi, pelukis itu sebenarnya ingin melaporkan galerinya "
        "ke polisi.",
        "Mengutip Kabar Pagi, tabloid itu sudah memperoleh catatan yang ditulis sang pelukis "
        "semasa di pengasingan.",
    ]
    for text in texts:
        assert [s for _t, s in _said(text)] == ["Kabar Pagi"], text


def test_outlet_opening_leaves_a_clause_with_its_own_speaker() -> None:
    text = (
        "Diberitakan Kabar Pagi pada Senin (2/1), harga beras naik lagi pekan ini, kata "
        "Budi Santoso."
    )
    assert [s for _t, s in _said(text)] == ["Budi Santoso"]


def test_outlet_opening_with_a_day_is_not_read_as_a_subject() -> None:
    # "Dilansir Reuters pada Kamis": "Dilansir" is no part of the outlet's name
    text = (
        "Dilansir Kabar Pagi pada Selasa (9/5), pelari muda itu diterima di kampus "
        "ternama untuk program astronomi."
    )
    assert [s for _t, s in _said(text)] == ["Kabar Pagi"]


def test_person_described_by_their_former_club_is_the_person_in_focus() -> None:
    text = (
        "Rudi Hartono menilai Persija akan kesulitan musim ini.\n\n"
        '"Mereka harus membeli pemain baru. Itu sudah jelas," tutur eks striker Persib di '
        "Bandung."
    )
    assert [s for _t, s in _said(text)] == ["Rudi Hartono", "Rudi Hartono"]


def test_person_described_by_their_film_is_the_person_in_focus() -> None:
    text = (
        "Aktor Budi Santoso menerima tawaran itu tahun lalu.\n\n"
        "Dalam wawancara dengan televisi, sang bintang Laskar Pelangi mengaku dirinya pernah "
        "ditolak banyak sutradara."
    )
    assert [s for _t, s in _said(text)] == ["Budi Santoso"]


def test_person_named_after_sang_and_a_role_stays_the_speaker() -> None:
    # the name is a person's: "Sudiro" stands alone later in the article
    text = (
        "Film itu dibintangi banyak aktor.\n\n"
        "Dalam wawancara dengan televisi, sang bintang Tora Sudiro mengaku dirinya pernah "
        "ditolak banyak sutradara. Sudiro juga menyebut film itu laris."
    )
    assert [s for _t, s in _said(text)][0] == "Tora Sudiro"


def test_saat_ini_opening_the_reported_clause_is_no_scene_of_speaking() -> None:
    text = "Budi Santoso mengatakan saat ini persiapan panitia sudah hampir rampung."
    assert _said(text) == [("saat ini persiapan panitia sudah hampir rampung", "Budi Santoso")]


def test_clause_after_bahwa_is_never_a_scene_after_the_verb() -> None:
    text = "Ketua panitia, Budi Santoso, menyebut bahwa saat ini persiapan acara sudah rampung."
    assert _said(text) == [("saat ini persiapan acara sudah rampung", "Budi Santoso")]


def test_scene_after_the_verb_still_reports_the_clause_before() -> None:
    text = "Harga beras naik tajam pekan ini, Budi Santoso mengatakan saat ditemui di pasar."
    assert _said(text) == [("Harga beras naik tajam pekan ini", "Budi Santoso")]


def test_office_comma_name_opening_a_sentence_is_its_subject_for_a_quote_after() -> None:
    # "Pelatih Garuda Muda, Rinaldo Sihombing ...": the person in apposition is in focus,
    # so the cue-less quote after goes to him, not to the player named before
    text = (
        "Garuda Muda tumbang 1-4 dari Nusa United. Andi Pratama dkk kesulitan sejak awal.\n\n"
        "Pelatih Garuda Muda, Rinaldo Sihombing di depan wartawan setelah pertandingan "
        "menyampaikan tanggapannya atas kekalahan itu.\n\n"
        '"Gol cepat lawan membuat kami panik. Kami akan berbenah untuk pekan depan."'
    )
    assert [s for _t, s in _said(text)] == ["Rinaldo Sihombing"]


def test_description_broken_by_commas_and_closed_by_itu_points_back() -> None:
    # the district after the comma is part of where the man is from, not a source
    text = (
        "Menurut Budi Santoso, serangan itu bisa dicegah.\n\n"
        '"Ganti kata sandi setiap bulan," kata pria asal Sukamaju, Kecamatan '
        "Lembah Hijau, Jawa Barat, itu."
    )
    assert [s for _t, s in _said(text)] == ["Budi Santoso", "Budi Santoso"]


# -- round 15: via and channel ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "via"),
    [
        # a name shaped like an outlet after "kepada": an outlet's word, a brand in one word
        # of two capitalised parts, an acronym the article uses only there
        (
            '"Kami siap bersaing," kata Rudi Hartawan kepada Kalimantan Tribune.',
            "Kalimantan Tribune",
        ),
        ('"Kami siap bersaing," kata Rudi Hartawan kepada TeknoHarian.', "TeknoHarian"),
        ('"Kami siap bersaing," kata Rudi Hartawan kepada ZKR.', "ZKR"),
        ('"Kami siap bersaing," kata Rudi Hartawan kepada Sky Brasil.', "Sky Brasil"),
        # a sentence that opens with "Kepada X,"
        ("Kepada TeknoHarian, Rudi Hartawan mengatakan penjualan naik.", "TeknoHarian"),
        # lower-case words inside a listed name
        (
            '"Kami siap bersaing," kata Rudi Hartawan kepada Gazzetta dello Sport.',
            "Gazzetta dello Sport",
        ),
        # "di X" only with an outlet's name, the whole of it
        ('"Kami siap bersaing," tutur Rudi Hartawan di Bloomberg.', "Bloomberg"),
        ('"Kami siap bersaing," tutur Rudi Hartawan di Manchester Echo.', "Manchester Echo"),
        # interviews and documents an outlet obtained
        (
            '"Kami siap bersaing," kata Rudi Hartawan dalam wawancara dengan TeknoHarian.',
            "TeknoHarian",
        ),
        ('"Kami siap bersaing," kata Rudi Hartawan saat diwawancara oleh Bloomberg.', "Bloomberg"),
        (
            '"Kami siap bersaing," kata Rudi Hartawan saat diwawancarai oleh media Belanda '
            "Radio Kincir.",
            "Radio Kincir",
        ),
        ('"Kami siap bersaing," kata Rudi Hartawan kepada kantor berita ZKRN.', "ZKRN"),
        (
            '"Kami siap bersaing," kata Rudi Hartawan dalam dokumen yang diperoleh Reuters.',
            "Reuters",
        ),
        # a club's own site keeps its words; "the" in lower case before an outlet
        (
            '"Kami siap bersaing," ujar Rudi Hartawan sebagaimana dilansir laman resmi tim.',
            "laman resmi tim",
        ),
        (
            '"Kami siap bersaing," ujar Rudi Hartawan dikutip laman resmi Persiraja.',
            "laman resmi Persiraja",
        ),
        (
            "Dikutip dari laman the Nusa Chronicle, Rabu (5/6), Rudi Hartawan mengatakan harga "
            "naik.",
            "Nusa Chronicle",
        ),
        ('"Kami siap bersaing," kata Rudi Hartawan, dikutip dari E! News.', "E! News"),
    ],
)
def test_round15_via_shapes(text: str, via: str) -> None:
    q = one(text)
    assert q.via is not None and q.via.name == via


@pytest.mark.parametrize(
    "text",
    [
        '"Kami siap bersaing," kata Rudi Hartawan kepada Presiden Joko Widodo.',
        '"Kami siap bersaing," kata Rudi Hartawan kepada Budi.',
        '"Kami siap bersaing," kata Rudi Hartawan di Times Square.',
        '"Kami siap bersaing," kata Rudi Hartawan di The Pallas, Jakarta.',
        "Rudi Hartawan mengatakan gaji itu disamakan dengan PNS, yakni naik 60 persen.",
        "Rudi Hartawan mengatakan, di antara warga ada yang sakit.",
        "Kepada media CEO Mimpi Rudi Hartawan mengungkapkan penjualan naik.",
        '"Kami siap bersaing," kata Rudi Hartawan kepada tim Capcom.',
        '"Kami siap bersaing," kata Rudi Hartawan yang pernah berlatih bersama SDR.',
    ],
)
def test_round15_no_via_for_people_places_and_bodies(text: str) -> None:
    for q in extract(text)[0]:
        assert q.via is None


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        (
            '"Kami siap bersaing," kata Rudi Hartawan dalam keterangan tertulisnya, Senin.',
            "keterangan tertulis",
        ),
        (
            '"Kami siap bersaing," kata Rudi Hartawan melalui keterangan resminya.',
            "keterangan resmi",
        ),
        ('"Kami siap bersaing," kata Rudi Hartawan dalam keterangannya, Senin.', "keterangan"),
        ('"Kami siap bersaing," kata Rudi Hartawan dalam pernyataannya.', "pernyataan"),
        (
            '"Kami siap bersaing," kata Rudi Hartawan melalui siaran tertulis, Senin.',
            "siaran tertulis",
        ),
        ('"Kami siap bersaing," tulis Rudi Hartawan di Twitter.', "Twitter"),
        ('"Kami siap bersaing," tulis Rudi Hartawan dalam kolom keterangan.', "kolom keterangan"),
        ('"Kami siap bersaing," kata Rudi Hartawan dalam sebuah diskusi di Sukamaju.', "diskusi"),
        # the medium of a call says more than the call
        (
            '"Kami siap bersaing," kata Rudi Hartawan saat dihubungi melalui telepon, Senin.',
            "telepon",
        ),
        ("Menurut laporan Harian Nusantara, Rudi Hartawan mengatakan harga naik.", "laporan"),
    ],
)
def test_round15_channels(text: str, channel: str) -> None:
    q = one(text)
    assert q.channel == channel


# -- review of round 15: outlets, descriptions, agentless openings ---------------------


@pytest.mark.parametrize(
    ("text", "via"),
    [
        # two capitalised words after "kantor berita": the first is the outlet's own, not a
        # nation; a day after the name is no part of it
        (
            '"Kami siap bekerja keras," kata Budi Santoso kepada kantor berita Nusa Pers.',
            "Nusa Pers",
        ),
        (
            '"Kami siap bekerja keras," kata Budi Santoso kepada kantor berita Nusantara Kabar '
            "Senin (3/4).",
            "Nusantara Kabar",
        ),
        (
            '"Kami siap bekerja keras," kata Budi Santoso kepada kantor berita Reuters Senin.',
            "Reuters",
        ),
        # a nation before the outlet's name is still skipped
        (
            '"Kami siap bekerja keras," kata Budi Santoso kepada kantor berita Belanda '
            "Kabar Kincir.",
            "Kabar Kincir",
        ),
    ],
)
def test_news_agency_names_of_two_capitalised_words(text: str, via: str) -> None:
    q = one(text)
    assert q.via is not None and q.via.name == via
    assert q.via.start is not None and text[q.via.start : q.via.end] == via


@pytest.mark.parametrize(
    "text",
    [
        '"Saya ingin bermain lebih lama," kata Budi Santoso soal kariernya di Liga Italia.',
        '"Saya ingin bermain lebih lama," kata Budi Santoso di Hotel Grand Daily.',
        '"Saya ingin bermain lebih lama," kata Budi Santoso di Stadion Kota Post.',
        '"Saya ingin bermain lebih lama," kata Budi Santoso di Toko Buku Sport.',
    ],
)
def test_leagues_and_venues_after_di_are_no_outlets(text: str) -> None:
    q = one(text)
    assert q.via is None


def test_outlet_after_di_still_found_by_its_last_word() -> None:
    q = one('"Saya ingin bermain lebih lama," kata Budi Santoso di Lembah Hijau Herald.')
    assert q.via is not None and q.via.name == "Lembah Hijau Herald"


@pytest.mark.parametrize(
    "text",
    [
        # an office, its holder after the comma, then the scene closed by "itu"
        'Andi Wijaya datang ke kantor dinas. "Kami siap membantu warga," ujar kepala dinas, '
        "Budi Santoso, saat ditemui di kantornya itu.",
        'Andi Wijaya datang ke kantor dinas. "Kami siap membantu warga," ujar kepala dinas, '
        "Budi Santoso, itu.",
    ],
)
def test_office_then_name_then_itu_is_an_apposition(text: str) -> None:
    assert [s for _t, s in _said(text)] == ["Budi Santoso"]


def test_narrator_disebutkan_opening_is_no_report_of_the_last_person() -> None:
    text = (
        "Andi Wijaya hadir di sana. Disebutkan, harga beras di pasar itu naik tajam sejak "
        "pekan lalu."
    )
    assert quotes(text) == []


def test_bare_dikatakan_opening_still_goes_to_the_source_before() -> None:
    text = (
        'Andi Wijaya hadir di pasar. "Kami akan menurunkan harga," kata Andi.\n\n'
        "Dikatakan, harga beras di pasar itu akan turun mulai pekan depan."
    )
    assert [s for _t, s in _said(text)] == ["Andi Wijaya", "Andi Wijaya"]


def test_idle_trigger_lead_is_a_whole_word() -> None:
    module = importlib.import_module("warta.quoting.extract")
    lead = module._IDLE_TRIGGER_LEAD
    assert lead.search("data yang ") is not None
    assert lead.search("ingin ") is not None
    for text in ("Sayang ", "gunakan ", "sesuai dengan yang dibacakan ", "Suwiyang "):
        assert lead.search(text) is None, text


def test_according_channels_are_listed_channels() -> None:
    from warta.lang import id as lang

    channels = set(lang.lines("quote_channels.txt"))
    assert set(lang.lines("quote_according_channels.txt")) <= channels


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Menurut keterangan tertulisnya, Rudi Hartawan mengatakan harga naik.", "keterangan"),
        ("Menurut laporan Harian Nusantara, Rudi Hartawan mengatakan harga naik.", "laporan"),
    ],
)
def test_according_channel_is_the_longest_whole_phrase(text: str, channel: str) -> None:
    assert one(text).channel == channel


def test_speech_as_the_manner_of_a_verb_takes_that_verbs_subject() -> None:
    # "X menggertak dengan mengatakan, ...": the name before the verb of manner is the
    # speaker, also where a fronted adverbial hides it from the plain subject search
    q = one(
        'Usai laga Yosef Damanik menggertak dengan mengatakan, "Tim kami belum habis '
        'dan akan membalas di kandang."'
    )
    assert q.kind == "direct"
    assert q.speaker is not None and q.speaker.name == "Yosef Damanik"
    assert q.cue is not None and q.cue.text == "mengatakan"


def test_based_on_information_obtained_from_a_described_source_keeps_its_place() -> None:
    # "Berdasarkan informasi yang diperoleh dari <description> di <place>, ...": the
    # participle is skipped and the place stays with the unnamed source
    q = one(
        "Berdasarkan informasi yang diperoleh dari beberapa nelayan di Tanjung Rawa, "
        "perahu itu tenggelam sebelum subuh."
    )
    assert q.kind == "indirect"
    assert q.speaker is not None and q.speaker.name == "beberapa nelayan di Tanjung Rawa"
    assert q.text.startswith("perahu itu")
