"""The quote finder: direct, reported and mixed speech, speakers, cues, outlets, channels.

Every example is written for these tests (no text from the shared corpora).
"""

from __future__ import annotations

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
    ('"Kami siap menghadapi musim hujan," kata Budi Santoso.',
     "Kami siap menghadapi musim hujan", "Budi Santoso", "kata"),
    ("\u201cJembatan itu akan selesai tahun depan,\u201d ujar Ryder.",
     "Jembatan itu akan selesai tahun depan", "Ryder", "ujar"),
    ("\u201dHarga beras turun minggu ini,\u201d tutur Putin di Moskwa.",
     "Harga beras turun minggu ini", "Putin", "tutur"),
    ('" Masih terlalu dini untuk menyimpulkan hasilnya " tulis Allianz dalam laporannya.',
     "Masih terlalu dini untuk menyimpulkan hasilnya", "Allianz", "tulis"),
    ('"Kami tidak akan mundur dari kota ini," kata GUR, seperti dikutip dari The Guardian.',
     "Kami tidak akan mundur dari kota ini", "GUR", "kata"),
    ('Menteri Keuangan Sri Wahyuni mengatakan: "Anggaran tahun ini cukup untuk semua program."',
     "Anggaran tahun ini cukup untuk semua program.", "Sri Wahyuni", "mengatakan"),
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
    text = ('"Hujan turun sejak pagi. Sungai meluap. Warga sudah kami ungsikan ke balai desa," '
            "kata Kepala Desa Suka Maju Joko Prasetyo.")
    q = one(text)
    assert q.text.startswith("Hujan turun") and q.text.endswith("balai desa")
    assert q.speaker is not None and q.speaker.name == "Joko Prasetyo"


def test_quote_over_two_paragraphs_with_reopened_mark() -> None:
    text = ('Kepala Dinas Sosial Rina Marlina memberi penjelasan.\n\n'
            '"Kami sudah menyiapkan tenda dan dapur umum untuk para pengungsi di tiga titik.\n\n'
            '"Bantuan dari provinsi akan datang besok pagi," kata Rina.')
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
    text = ("Direktur Utama PT Maju Jaya Hendra Gunawan mengatakan, penjualan naik pada kuartal ini.\n\n"
            f'"Kami akan membuka dua pabrik baru," {cue}.')
    found = quotes(text)
    assert len(found) == 2
    assert found[1].cue is not None and found[1].cue.text == cue
    assert found[1].speaker is not None and found[1].speaker.name == "Hendra Gunawan"


def test_quote_alone_in_its_paragraph_takes_the_last_speaker() -> None:
    text = ('"Stok pangan aman sampai akhir tahun," kata Kepala Bulog Siti Aminah.\n\n'
            '"Masyarakat tidak perlu membeli berlebihan karena pasokan terus datang."')
    found = quotes(text)
    assert len(found) == 2
    assert found[1].speaker is not None and found[1].speaker.name == "Siti Aminah"
    assert found[1].cue is None


def test_scare_quotes_and_titles_are_not_quotes() -> None:
    text = ('Film "Langit Senja" tayang pekan depan. Para pedagang menyebut kebijakan itu '
            'sebagai "angin segar" bagi pasar.')
    assert [q for q in quotes(text) if q.kind == "direct"] == []


# -- reported speech -----------------------------------------------------------------
INDIRECT = [
    # (text, speaker, cue, start of the content)
    ("Juru bicara Pentagon Pat Ryder mengatakan bahwa pasukan itu sudah ditarik.",
     "Pat Ryder", "mengatakan", "pasukan itu"),
    ("Gubernur Jawa Barat Ridwan Saputra menyatakan, banjir sudah surut di semua kecamatan.",
     "Ridwan Saputra", "menyatakan", "banjir sudah"),
    ("Kapolda Metro Jaya Irjen Bambang Hartono menjelaskan, pelaku ditangkap di rumahnya.",
     "Bambang Hartono", "menjelaskan", "pelaku ditangkap"),
    ("Ketua KPU Nur Hidayat mengungkapkan jumlah pemilih naik dua persen.",
     "Nur Hidayat", "mengungkapkan", "jumlah pemilih"),
    ("Warga bernama Sulastri menuturkan, air masuk ke rumahnya sejak subuh.",
     "Sulastri", "menuturkan", "air masuk"),
    ("Kementerian Kesehatan mengonfirmasi dua kasus baru di Surabaya.",
     "Kementerian Kesehatan", "mengonfirmasi", "dua kasus"),
    ("Presiden Joko Santoso menegaskan pemerintah tidak akan menaikkan harga listrik.",
     "Joko Santoso", "menegaskan", "pemerintah tidak"),
    ("Menurut Dewi Lestari, panen tahun ini lebih baik dari tahun lalu.",
     "Dewi Lestari", "Menurut", "panen tahun"),
    ("Panen tahun ini lebih baik dari tahun lalu, menurut Badan Pusat Statistik (BPS).",
     "Badan Pusat Statistik", "menurut", "Panen tahun"),
    ("Menteri Pertahanan Rusia Andrei Belousov mengklaim pasukannya merebut tiga desa.",
     "Andrei Belousov", "mengklaim", "pasukannya merebut"),
    ("Wali Kota Bogor Arif Rahman berjanji memperbaiki jalan rusak sebelum Lebaran.",
     "Arif Rahman", "berjanji", "memperbaiki jalan"),
    ("Kenaikan tarif itu, kata Siti Nurhaliza, akan berlaku mulai Juli.",
     "Siti Nurhaliza", "kata", "Kenaikan tarif"),
    ("Jalan tol itu akan dibuka bulan depan, ujar Hendro.",
     "Hendro", "ujar", "Jalan tol"),
    ("Kerugian akibat kebakaran ditaksir mencapai Rp 2 miliar, seperti diungkapkan oleh Kepala "
     "Dinas Pemadam Kebakaran Yudi Hartanto.", "Yudi Hartanto", "diungkapkan", "Kerugian akibat"),
    ("Sejumlah analis memperkirakan harga emas naik lagi tahun depan.",
     "Sejumlah analis", "memperkirakan", "harga emas"),
    ("Seorang pejabat mengatakan kepada wartawan bahwa rapat itu ditunda.",
     "Seorang pejabat", "mengatakan", "rapat itu"),
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
    text = ('Menteri Luar Negeri Retno Andayani mengatakan bahwa Indonesia akan tetap '
            'memegang "politik bebas aktif" dalam sengketa itu.')
    q = one(text)
    assert q.kind == "mixed"
    assert '"politik bebas aktif"' in q.text
    assert q.speaker is not None and q.speaker.name == "Retno Andayani"


# -- pronouns and aliases ------------------------------------------------------------
PRONOUN_TEXTS = [
    ("Kepala BNPB Suharyanto mengatakan, 300 rumah rusak. Ia menambahkan bahwa bantuan sudah dikirim.",
     "Suharyanto"),
    ("Kepala BNPB Suharyanto mengatakan, 300 rumah rusak. Dia juga menegaskan, tidak ada korban jiwa.",
     "Suharyanto"),
    ("Kepala BNPB Suharyanto mengatakan, 300 rumah rusak. Menurutnya, hujan masih akan turun.",
     "Suharyanto"),
    ("Kepala BNPB Suharyanto mengatakan, 300 rumah rusak. Beliau menjelaskan, tim SAR sudah tiba.",
     "Suharyanto"),
]


@pytest.mark.parametrize(("text", "speaker"), PRONOUN_TEXTS)
def test_pronoun_resolves_to_antecedent(text: str, speaker: str) -> None:
    found = quotes(text)
    assert len(found) == 2
    assert found[1].speaker is not None and found[1].speaker.name == speaker


def test_pronoun_after_a_salient_subject_who_was_not_quoted() -> None:
    text = ("Juru bicara Kementerian Luar Negeri Budi Darmawan mengatakan, kapal itu ditahan.\n\n"
            "Komandan Pangkalan Laut Sabang Agus Riyanto tidak hadir dalam rapat itu. "
            "Ia mengatakan pihaknya masih menunggu perintah.")
    found = quotes(text)
    assert found[-1].speaker is not None and found[-1].speaker.name == "Agus Riyanto"


def test_short_name_maps_to_the_full_name() -> None:
    text = ("Direktur Utama Bank Sejahtera Taufik Hidayat mengatakan, laba naik. "
            "Taufik menambahkan, kredit macet turun.")
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
    ('"Situasi sudah terkendali," kata Ahmed Khalil, seperti dikutip dari The Guardian.',
     "The Guardian"),
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
    ("Belousov mengatakan melalui unggahan di aplikasi pesan Telegram, pasukannya terus maju.",
     "unggahan di aplikasi pesan Telegram"),
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
    text = ('Ketua RT Darto mengatakan, air sudah surut. "Kami bersyukur," kata Darto. '
            'Menurut Lurah Wati, bantuan datang sore ini.')
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

    block = ('"Kami siap," kata Budi Santoso. Ia mengatakan, persiapan sudah selesai. '
             "Menurut Budi, tim berangkat besok.\n\n")
    small, large = block * 200, block * 2000
    t0 = time.perf_counter()
    n_small = len(quotes(small))
    t1 = time.perf_counter()
    n_large = len(quotes(large))
    t2 = time.perf_counter()
    assert n_large == 10 * n_small
    assert (t2 - t1) < 25 * max(t1 - t0, 0.01)


MARKS = st.sampled_from(['"', "\u201c", "\u201d", "'", ",", ".", " ", "\n", "\n\n"])
WORDS = st.sampled_from(["kata", "ujarnya", "Ia", "menurut", "Budi", "mengatakan", "bahwa",
                         "Menurut", "dia", "seperti", "dikutip", "dari", "Reuters", "x", "nya"])
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
    text = ("Menteri Pertahanan Rusia Andrei Belousov mengklaim pasukannya merebut dua desa. "
            "Klaim itu disampaikan Belousov melalui unggahan di aplikasi pesan Telegram pada Senin.")
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
