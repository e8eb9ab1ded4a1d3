"""Find direct, reported and mixed speech in Indonesian news text, with speakers.

:func:`extract` is a pure function of the text (and, optionally, entity mentions): it
pairs the quotation marks, reads the cue around each direct quote, finds reported
speech sentence by sentence ("X mengatakan, ...", "Menurut X, ...", "..., kata X.",
"diungkapkan oleh X"), then resolves pronouns and "-nya" to the most recent salient
speaker in one pass in text order. Every step is a bounded scan or a regular
expression without nested repetition, so the time is linear in the text.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from ..lang import id as _lang
from ..links import inside as _inside
from ..links import link_lines as _link_lines
from ..record import Cue, Quote, QuoteKind, Speaker, Via
from . import marks
from .lexicon import Lexicon, lexicon
from .names import (
    CUE_STOP,
    MODALS,
    PERSON_NOUNS,
    PLAIN_WORD,
    REGNAL,
    Reader,
    Source,
    is_capitalised,
    tokens,
)

#: the days of the week as the news writes them (one list for every pattern below)
_WEEKDAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum'at", "Sabtu", "Minggu")
_WEEKDAYS = frozenset(_WEEKDAY_NAMES)
_WEEKDAY = "(?:" + "|".join(_WEEKDAY_NAMES) + ")"
_WORD = re.compile(r"[^\W\d_][\w\-\u2019']*", re.UNICODE)
_SENT_END = re.compile(r"[.!?]+")
_DAY = re.compile(
    r"^\s*(?:(?:pada|hari)\s+)?" + _WEEKDAY + r"\b"
    r"|^\s*\(?\d{1,2}/\d{1,2}",
)
_CONTEXT_START = frozenset(
    [
        "ditemui",
        "saat",
        "ketika",
        "dalam",
        "pada",
        "di",
        "seusai",
        "usai",
        "beberapa",
        "seperti",
        "kepada",
        "sebelum",
        "setelah",
        "kemarin",
        "lalu",
        "melalui",
        "lewat",
        "dihubungi",
        "dikonfirmasi",
        "menjelang",
        "sambil",
        "tadi",
        "kala",
    ]
)
_CLAUSE_CUT = frozenset(
    [
        "karena",
        "sehingga",
        "ketika",
        "saat",
        "jika",
        "bila",
        "apabila",
        "bahwa",
        "setelah",
        "sebelum",
        "meskipun",
        "walaupun",
        "namun",
        "tetapi",
        "tapi",
        "sedangkan",
        "padahal",
        "agar",
        "supaya",
        "sebab",
        "lantaran",
        "kemudian",
        "membuat",
        "menyebabkan",
        "memicu",
        "mendorong",
        "sementara",
    ]
)
_SUBORDINATORS = frozenset(
    [
        "karena",
        "sehingga",
        "ketika",
        "saat",
        "jika",
        "bila",
        "apabila",
        "bahwa",
        "setelah",
        "sebelum",
        "meskipun",
        "walaupun",
        "agar",
        "supaya",
        "sebab",
        "lantaran",
    ]
)
_NEGATION = frozenset(["belum", "tidak", "tak", "enggan", "bisa", "dapat", "mau", "akan", "sulit"])
#: "permintaan untuk mengumumkan ...", "ingin menyampaikan ...": no statement made (yet)
_PURPOSE = frozenset(["untuk", "ingin", "hendak"])
#: stems of ke-an nouns of a feeling or a wish the speaker has ("keinginan", "kesalutan")
_OWN_FEELING_STEMS = (
    "ingin|khawatir|kecewa|bahagia|sedih|prihatin|yakin|bangga|kagum|tertarik|gembira"
    "|senang|takut|marah|heran|salut"
)
#: further stems of ke-an nouns of a feeling or a stance ("kesiapan", "ketidakpuasan")
_FEELING_STEMS = (
    _OWN_FEELING_STEMS + "|kesal|haru|siap|sedia|sanggup|berat|puas|setuju|serius|resah"
    "|cemas|bingung|peduli|rindu|gelisah|gundah|optimis|pesimis|percaya|terkejut|terharu"
    "|duka|pedih|geram|jengkel|syukur|sungguh|berhasil|menang|kalah|setia|galau|buruk"
    "|merdeka"
)
_FEELING = re.compile(
    # "menyatakan kekecewaannya", "mengungkapkan kesiapan": a feeling or a stance (not any
    # ke-an noun: "menyatakan ketersediaan beras aman" reports a clause)
    r"(?:(?:(?:rasa\s+)?ke(?:tidak)?(?:" + _FEELING_STEMS + r")an"
    r"|keadaan\s+bahaya|(?:keadaan\s+)?(?:darurat|siaga)|kesan|perasaan"
    # "mengungkapkan impiannya menyaksikan ...": a wish, no statement (guideline 2)
    r"|impian|mimpi|cita-cita|hasrat|ambisi)(?:nya)?\b"
    r"(?!\s+(?:bahwa|itu|ini)\b)"
    # "menyatakan dukungannya kepada ...": a stance towards someone, no statement
    r"|(?:rasa\s+)?(?:dukungan|apresiasi|simpati|solidaritas|belasungkawa|terima\s+kasih"
    r"|syukur|bangga|haru|duka(?:\s+cita)?)(?:nya|ya)?"
    r"\s+(?:kepada|terhadap|atas|untuk|bagi|pada)\b)",
    re.I,
)
#: "keinginannya menjadikan ...": a wish or a feeling of the speaker's as the object ("ya":
#: a common typo)
_OWN_FEELING = re.compile(
    r"ke(?:" + _OWN_FEELING_STEMS + r")an(?:nya|ya)\b",
    re.I,
)
#: "permintaan maaf", "pengunduran dirinya": a nominalisation that is what is announced (not
#: the subject of a reported clause: "penjualan naik", "kebijakan itu akan ...")
_NOUN_OBJECT = re.compile(
    r"(?:ke|pe|per|pen|pem|peng|peny)[a-z]{3,}an(?:nya)?\b(?![ \t]+(?:[a-z]+[ \t]+)?"
    r"(?:bahwa|itu|ini|tersebut|akan|sudah|telah|tidak|tak|belum|masih|sedang|adalah|merupakan"
    r"|naik|turun|tumbuh|anjlok|bisa|dapat|harus|perlu|mulai|tetap|segera"
    r"|(?:me|ber|ter|di(?!ri))[a-z]{3,})\b)",
    re.I,
)
#: "menjelaskan arti dari ...", "menyampaikan sambutan", "mengungkapkan beberapa hal lucu",
#: "menyebut sejumlah nama yang ...": a thing talked about or a speech given as the object,
#: not a reported clause (unless a predicate follows the noun: "sejumlah nama akan ...")
_THING_OBJECT = re.compile(
    r"(?:(?:arti|makna|filosofi|sambutan|pidato|ceramah|tausiah|salam|ucapan\s+selamat|rumusan)"
    r"(?:nya)?"
    r"|(?:beberapa|sejumlah|berbagai|segudang)\s+(?:hal|nama|alasan|faktor|poin|catatan"
    r"|cerita|kisah|fakta|momen|pengalaman|tips|cara|langkah|pesan|contoh)"
    r"|keunggulan)\b"
    r"(?![ \t]+(?:(?!(?:dari|dalam|untuk|bagi|tentang|pada|di|ke)\b)[a-z]+[ \t]+)?"
    r"(?:bahwa|akan|sudah|telah|tidak|tak|belum|masih|sedang|adalah"
    r"|merupakan|bisa|dapat|harus|perlu|(?:me|ber|ter|di(?!ri))[a-z]{3,})\b)",
    re.I,
)
#: report verbs whose object may be such a thing
_THING_VERBS = frozenset(
    [
        "mengungkapkan",
        "mengungkap",
        "menyampaikan",
        "menjelaskan",
        "menyebut",
        "menyebutkan",
        "menceritakan",
        "membeberkan",
        "memaparkan",
        "menuturkan",
        "mengakui",
    ]
)
#: "alasan di balik ...", "harapannya atas ...", "kabar tewasnya X": a head noun naming a
#: thing about the matter (a reason, a hope, news, details); the object, unless the words
#: after it hold a predicate ("alasannya adalah ...", "kabar itu tidak benar")
_ABOUT_OBJECT = re.compile(
    r"(?:alasan|harapan|kabar|jenis|bukti|pertimbangan|rincian|detail|kronologi|sejarah"
    r"|latar\s+belakang|asal-usul|agenda|jadwal|daftar|kiat|rahasia)(?:nya)?\b",
    re.I,
)
#: where such an object phrase ends: a comma, or a time or purpose clause after it
_OBJECT_PHRASE_END = re.compile(
    # (not "kegiatan ini untuk menegakkan ...": a purpose as the predicate)
    r",|\b(?:saat|ketika|kala|sewaktu)\b|(?<!itu )(?<!ini )(?<!tersebut )\b(?:untuk|agar|supaya)\b"
)
#: a clause after the head: "harapannya bahwa ...", "alasannya karena ..."
_REASON_GIVEN = re.compile(r"\b(?:bahwa|karena|sebab|lantaran)\b")
#: copulas that _CLAUSE_VERB leaves out
_COPULA = re.compile(r"\b(?:bukan|bukanlah|ialah)\b")
#: nominalised words ("terselenggaranya"): no predicate
_NYA_WORD = re.compile(r"\b\w+nya\b")


def _about_object(body: str) -> bool:
    """ "alasan di balik pembukaan pasar malam itu": a noun phrase, no reported clause."""
    head = _ABOUT_OBJECT.match(body)
    if head is None or _REASON_GIVEN.search(body, head.end()) is not None:
        return False  # "harapannya bahwa ...", "alasannya karena ...": a clause follows
    cut = _OBJECT_PHRASE_END.search(body)
    phrase = body[: cut.start()] if cut is not None else body
    phrase = _NYA_WORD.sub(" ", _RELATIVE.sub(" ", phrase))
    return _CLAUSE_VERB.search(phrase) is None and _COPULA.search(phrase) is None


#: "pentingnya ...", "perlunya ...": the importance of something, always an object
_NEED_OBJECT = re.compile(r"\s*[,:]?\s*(?:pentingnya|perlunya)\b", re.I)
#: "adanya ...", "tidak adanya ...": an object unless a predicate follows
_EXISTENCE_OBJECT = re.compile(r"\s*[,:]?\s*(?:(?:tidak|tak)\s+)?adanya\b", re.I)
#: a verb or an auxiliary: what makes the words after "mengumumkan" a clause ("mereka bakal
#: menjadwalkan ulang", "kerja sama ini berbentuk ...") rather than a noun phrase
_CLAUSE_VERB = re.compile(
    r"\b(?:akan|bakal|telah|sudah|tidak|tak|belum|sedang|bisa|dapat|harus|adalah|merupakan"
    r"|masih|pernah|perlu|mulai|tetap|ada|naik|turun|tumbuh|anjlok|lolos|gagal|kalah|menang"
    r"|(?!(?:mereka|melalui|mengenai|menuju|menjelang|terhadap|tersebut|terkait|bersama|berdasarkan"
    r"|beserta|berikut|terbaru|tertentu|terakhir|terbesar|terbaik|berbagai|beberapa)\b)"
    r"(?:me|ber|ter|di(?!ri))[a-z]{3,})\b"
)
#: verbs whose object is often a thing (a plan, a promise, a point stressed)
_PLAN_VERBS = frozenset(["mengumumkan", "menjanjikan", "menggarisbawahi", "menekankan"])
#: a relative clause or a naming participle inside a noun phrase ("fitur bernama X yang
#: terdapat pada ..."): no predicate of the phrase
_RELATIVE = re.compile(
    r"\b(?:yang(?:[ \t]+(?:akan|telah|sudah|tidak|belum|masih|bisa|dapat))?[ \t]+\S+"
    r"|bernama|bertajuk|berjudul|berupa|berisi|bertema|berkapasitas|bermerek)\b"
)
#: "memprediksi adanya penurunan": a forecast states that something will be
_FORECAST = ("memprediksi", "memperkirakan", "memproyeksi", "meramal")
_PREDICATE = re.compile(
    r"\b(?:menjadi|merupakan|adalah|akan|telah|sudah|bisa|dapat|harus|membuat|menyebabkan"
    r"|memicu|mendorong|di(?!ri)[a-z]{4,})\b"
)
#: passive cues of news reports: a quote only with an outlet as the agent
_VIA_ASIDE = re.compile(
    r"\s*(?:(?:seperti|sebagaimana)\s+)?(?:mengutip|melansir|dikutip|dilansir)\b", re.I
)
_BY_AGENT = re.compile(
    r"(?:\boleh|\byang\s+(?:dilakukan|dirilis|digelar|diterbitkan|dikeluarkan|dibuat)"
    r"(?:\s+oleh)?)\s+(.+)$"
)
_NEWS_PASSIVE = frozenset(["dilaporkan", "diberitakan"])
#: passive verbs of judging ("dinilai"): a report only with a named agent right after
_JUDGED = frozenset(["dinilai"])
_AGENT_RUN = re.compile(r"[ \t]*(?!Rp\b|US\$)[A-Z][\w.&\-]*(?:[ \t]+[A-Z][\w.&\-]*)*")
_NEWS_CUE = re.compile(r"\b(?:" + "|".join(sorted(_NEWS_PASSIVE)) + r")\b", re.I)
_NEWS_OPENING = re.compile(r"\s*(?:(?:[Ss]eperti|[Ss]ebagaimana)(?:\s+yang)?\s*)?")
_ANAPHOR_CONTENT = re.compile(r"^(?:hal\s+(?:itu|ini|tersebut)|itu|ini|tersebut)\b", re.I)
_ANAPHOR_PREDICATE = re.compile(
    r"(?:hal\s+)?(?:itu|ini|tersebut)\s+(?:akan|bakal|sudah|telah|tidak|tak|belum|masih|bukan"
    r"|merupakan|adalah|harus|bisa|dapat|perlu|sedang)\b",
    re.I,
)
_ANAPHOR_SUBJECT = re.compile(
    r"^\s*(?:(?:hal|klaim|pernyataan|informasi|keterangan|penjelasan|ucapan|kabar|kalimat|pesan"
    r"|ungkapan|kata-kata|komentar|jawaban|tanggapan|harapan|pengakuan|curhatan|penekanan"
    r"|protes|kritik|pesan|imbauan|janji|ajakan|permintaan|penegasan|bantahan|alasan"
    r"|usulan|gagasan|ide|rencana|temuan|kesimpulan|putusan|keputusan|penilaian|pandangan"
    r"|sikap|ajakan|peringatan|saran|instruksi|arahan|materi|paparan|pemaparan|sambutan)"
    r"(?:\s+\w+){0,2}\s+(?:itu|ini|tersebut)|demikian(?:lah)?|begitu(?:lah)?"
    # "Itulah yang disampaikan X", "Inilah yang dikatakan X": the words before
    r"|(?:itu|ini)(?:lah)?(?:\s+yang)?"
    r"|seperti\s+itulah)\s*$",
    re.I,
)
_AFTER_ANAPHOR = re.compile(
    r"(?:hal|pernyataan|ucapan|kalimat|pesan|ungkapan|kata-kata|komentar|jawaban|penjelasan"
    r"|keterangan|tanggapan|pengakuan)(?:\s+\w+){0,2}?\s+(?:itu|ini|tersebut)(?=\s)",
    re.I,
)
#: '"...," demikian kata X' / '"..." Begitu diungkapkan X': the attribution is announced
_SO = frozenset(["demikian", "demikianlah", "begitu", "begitulah"])
#: '"...," demikian pernyataan resmi X': a statement noun standing for the cue
_STATEMENT_NOUNS = frozenset(
    [
        "pernyataan",
        "keterangan",
        "bunyi",
        "isi",
        "tulisan",
        "kutipan",
        "cuitan",
        "unggahan",
        "pesan",
        "kicauan",
        "ucapan",
    ]
)
_ABBREVIATIONS = frozenset(
    [
        "no",
        "jl",
        "jln",
        "kel",
        "kec",
        "kab",
        "dr",
        "drs",
        "prof",
        "ir",
        "st",
        "tn",
        "ny",
        "bpk",
        "sdr",
        "hj",
        "kh",
        "mr",
        "mrs",
        "ms",
        "vs",
        "dll",
        "dsb",
        "sp",
    ]
)
_PLACEHOLDER = "\u2592"
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u200e\u200f\u2060\ufeff]")
#: longer "sentences" (lists, run-on junk) are cut into pieces of about this size
MAX_SENTENCE = 1200  # masks quoted text so reported-speech rules skip it
Mention = tuple[int, int, str, str, str]  # start, end, entity id, entity name, label
EntityLookup = Callable[[int, int], "tuple[str, str] | None"]


@dataclass
class _Found:
    kind: QuoteKind
    start: int
    end: int
    source: Source | None
    cue: tuple[str, int, int] | None
    region: tuple[int, int]
    inherit: bool = False  # a cue-less direct quote: the speaker is the last one
    continued: bool = False  # no closing mark: the next paragraph reopens the quote
    focus_only: bool = False  # "X mengungkap soal ...": no quote, but X is now in focus
    relay: bool = False  # "Dilansir dari NME, ...": an outlet as the source; never the focus


@dataclass
class _Ctx:
    text: str
    masked: str
    lex: Lexicon
    reader: Reader
    para_starts: list[int]
    warnings: list[str] = field(default_factory=list)
    consumed: bytearray = field(default_factory=bytearray)
    #: "Klaim itu disampaikan X melalui ...", "Demikian dikatakan X": sentences that say who
    #: made the last statement and where (start, end, the source read, the cue)
    afterwords: list[tuple[int, int, Source | None, tuple[str, int, int] | None]] = field(
        default_factory=list
    )
    #: people named as the agent of a sentence that quotes nothing ("penghormatan kepada X
    #: diucapkan Y"): antecedents for a later "katanya"
    agents: list[Source] = field(default_factory=list)
    #: ``_spaced_compound``'s answers, per pair of words (one text search each)
    spaced: dict[tuple[str, str], bool] = field(default_factory=dict)
    #: ``_word_count``'s answers, per string (one text search each)
    word_counts: dict[str, int] = field(default_factory=dict)


def _word_count(ctx: _Ctx, word: str) -> int:
    """How often ``word`` stands in the text as a whole word (not inside a longer one:
    "ABC" is not in "ABCD"), counted once per document."""
    n = ctx.word_counts.get(word)
    if n is None:
        n = len(re.findall(r"(?<![\w\-])" + re.escape(word) + r"(?![\w\-])", ctx.text))
        ctx.word_counts[word] = n
    return n


# -- sentences -----------------------------------------------------------------------
def _sentences(
    masked: str, para_starts: list[int], lower_words: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Sentence spans: every line is a paragraph; inside it, split after . ! ? when the
    next word starts a sentence and the word before is not an abbreviation (nor an initial,
    unless the word after is one the text writes in lower case: "Grup A. Tim itu ...")."""
    out: list[tuple[int, int]] = []
    n = len(masked)
    for i, p_start in enumerate(para_starts):
        p_end = para_starts[i + 1] - 1 if i + 1 < len(para_starts) else n
        start = p_start
        for m in _SENT_END.finditer(masked, p_start, p_end):
            end = m.end()
            nxt = end
            while nxt < p_end and masked[nxt] in " \t\"\u201c\u201d'":
                nxt += 1
            if end < p_end and masked[end] not in ' \t"\u201c\u201d':
                continue  # "10.000", "Kompas.com"
            if nxt < p_end and not (
                masked[nxt].isupper() or masked[nxt].isdigit() or masked[nxt] == _PLACEHOLDER
            ):
                continue
            before = masked[max(p_start, m.start() - 5) : m.start()].split()
            if before and (
                len(before[-1]) == 1
                and before[-1].isupper()
                and not _common_next(masked, nxt, p_end, lower_words)
                or before[-1].lower() in _ABBREVIATIONS
            ):
                continue  # "No.", "Jl.", initials
            if masked[start:end].strip():
                out.extend(_pieces(masked, start, end))
            start = end
        if masked[start:p_end].strip():
            out.extend(_pieces(masked, start, p_end))
    return out


_NEXT_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _common_next(masked: str, pos: int, end: int, lower_words: frozenset[str]) -> bool:
    """The word at ``pos`` is one the text writes in lower case elsewhere."""
    m = _NEXT_WORD.match(masked, pos, end)
    return m is not None and len(m.group()) > 3 and m.group().lower() in lower_words


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence, or pieces of at most about MAX_SENTENCE characters of an overlong one."""
    out = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = start + MAX_SENTENCE if cut == -1 else cut
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n,;:-\u2013\u2014":
        start += 1
    while end > start and text[end - 1] in " \t\n,;:.-\u2013\u2014":
        end -= 1
    return start, end


# -- direct quotes -------------------------------------------------------------------
def _direct(ctx: _Ctx) -> list[_Found]:
    text, lex = ctx.text, ctx.lex
    pairs, warnings = marks.pair(text, ctx.para_starts, lex.cues)
    ctx.warnings.extend(warnings)
    masked = list(text)
    found: list[_Found] = []
    for pair in pairs:
        c_start, c_end = pair.open + pair.open_width, pair.close
        while c_start < c_end and text[c_start].isspace():
            c_start += 1
        while c_end > c_start and (text[c_end - 1].isspace() or text[c_end - 1] == ","):
            c_end -= 1
        if c_end <= c_start:
            continue
        content = text[c_start:c_end]
        words = len(content.split())
        after_pos = pair.close + pair.close_width if pair.closed else pair.close
        para = bisect.bisect_right(ctx.para_starts, pair.open) - 1
        p_start = ctx.para_starts[para]
        cue = _after_cue(ctx, after_pos) if pair.closed else None
        before = text[p_start : pair.open]
        mid_sentence = bool(before.rstrip()) and before.rstrip()[-1].isalnum()
        follows_word = (
            after_pos < len(text) and text[after_pos : after_pos + 2].strip()[:1].isalpha()
        )
        lead = _before_cue(ctx, p_start, pair.open) if cue is None else None
        if cue is None and lead is None and pair.closed:
            cue = _shouted(ctx, after_pos)
        if cue is None and lead is None and (mid_sentence or (words <= 4 and follows_word)):
            continue  # a scare quote, a title or a quoted fragment: part of the sentence
        for i in range(pair.open + pair.open_width, pair.close):
            if masked[i] != "\n":
                masked[i] = _PLACEHOLDER
        if cue is not None:
            source, cue_t, region_end = cue
            found.append(_Found("direct", c_start, c_end, source, cue_t, (after_pos, region_end)))
            ctx.consumed[after_pos:region_end] = b"\x01" * (region_end - after_pos)
            continue
        if lead is not None:
            source, cue_t, kind, b_start = lead
            start = b_start if kind == "mixed" else c_start
            found.append(_Found(kind, start, c_end, source, cue_t, (p_start, pair.open)))
            continue
        found.append(
            _Found(
                "direct",
                c_start,
                c_end,
                None,
                None,
                (pair.open, pair.open),
                inherit=True,
                continued=not pair.closed,
            )
        )
    # invisible marks (a left-to-right mark before "Slamet mengklaim") read as spaces
    joined = "".join(masked)
    ctx.masked = _INVISIBLE.sub(" ", joined) if _INVISIBLE.search(joined) else joined
    return found


_AFTER = re.compile(r"[\s,.]*([^\W\d_][\w\-]*)", re.UNICODE)
#: '"Hidup X" dan "..." berulang kali diteriakkan sejumlah warga': chants and calls whose
#: shouting verb (with its agent) follows them later in the sentence
_SHOUTED = re.compile(
    r"[^.!?\n]{0,120}?(?<![\w-])(diteriakkan|diserukan|dipekikkan|dikumandangkan|disuarakan"
    r"|dilontarkan)(?:[ \t]+oleh)?(?=[ \t]+\S)"
)


def _shouted(ctx: _Ctx, pos: int) -> tuple[Source | None, tuple[str, int, int], int] | None:
    text = ctx.text
    m = _SHOUTED.match(text, pos)
    if m is None:
        return None
    end_sent = _sentence_end(text, m.end(), len(text))
    seg_end = _clause_end(text, m.end(), end_sent)
    seg = text[m.end() : seg_end]
    source = ctx.reader.description(seg.strip(), m.end() + len(seg) - len(seg.lstrip()))
    if source is None:
        source = ctx.reader.after_cue(seg, m.end())
    if source is None:
        return None
    return (source, (m.group(1), m.start(1), m.end(1)), end_sent)


def _after_cue(ctx: _Ctx, pos: int) -> tuple[Source | None, tuple[str, int, int], int] | None:
    """'," kata X' / '," ujarnya' / '," X mengatakan' / '," X kepada AFP' after a quote."""
    text, lex = ctx.text, ctx.lex
    limit = text.find("\n", pos)
    limit = len(text) if limit == -1 else limit
    m = _AFTER.match(text, pos, limit)
    if m is None or m.start(1) - pos > 4:
        return None
    word = m.group(1)
    low = word.lower()
    end_sent = _sentence_end(text, m.start(1), limit)
    anaphor = _AFTER_ANAPHOR.match(text, m.start(1), end_sent)
    if low in _SO or anaphor is not None:
        # '"...," demikian kata X' / '"..." Demikian disampaikan X' / '... demikian pernyataan X'
        # / '"..." Hal itu diungkapkan X'
        lead_end = anaphor.end() if anaphor is not None else m.end(1)
        so = _AFTER.match(text, lead_end, limit)
        if so is None or so.start(1) - lead_end > 2:
            return None
        nxt, nxt_low = so.group(1), so.group(1).lower()
        if nxt_low in lex.passive or nxt_low in _STATEMENT_NOUNS:
            s_from = so.end(1)
            oleh = re.match(r"\s+oleh\b", text[s_from:end_sent])
            if oleh is not None:
                s_from += oleh.end()
            seg_end = _clause_end(text, s_from, end_sent)
            source = ctx.reader.after_cue(text[s_from:seg_end], s_from)
            if source is not None:
                source = _appositive(ctx, source, s_from, seg_end, end_sent)
            elif text[seg_end : seg_end + 1] == ",":
                source = _appositive(ctx, None, s_from, seg_end, end_sent)
            if source is None:
                return None
            return (source, (nxt, so.start(1), so.end(1)), end_sent)
        if anaphor is not None:
            return None
        m, word, low = so, nxt, nxt_low
    if low in ("bunyi", "isi"):
        # '"...," bunyi pernyataan tertulis yang dirilis Band Senja': the issuer speaks
        owner = _STATEMENT_OWNER.match(text, m.end(1), end_sent)
        if owner is None:
            return None
        seg_end = _clause_end(text, owner.end(), end_sent)
        source = ctx.reader.after_cue(text[owner.end() : seg_end], owner.end())
        if source is None or source.kind != "name":
            return None
        return (source, (word, m.start(1), m.end(1)), end_sent)
    stem = low[:-3] if low.endswith("nya") else None
    if low in lex.cues or (stem and stem in lex.cues) or low in lex.verbs:
        cue = (word, m.start(1), m.end(1))
        if stem and stem in lex.cues and low not in lex.cues:
            return (Source("pronoun", "nya", m.end(1) - 3, m.end(1)), cue, end_sent)
        seg_end = _clause_end(text, m.end(1), end_sent)
        topic = _TOPIC_AFTER.search(text, m.end(1), seg_end)
        if topic is not None and text[m.end(1) : topic.start()].strip():
            seg_end = topic.start()  # '," kata Budi tentang Dusty': the topic is not the source
        source = ctx.reader.described(text[m.end(1) : end_sent], m.end(1))
        if source is None:
            source = ctx.reader.after_cue(text[m.end(1) : seg_end], m.end(1))
        source = _appositive(ctx, source, m.end(1), seg_end, end_sent)
        return (source, cue, end_sent)
    # '"...," Menteri X mengatakan kepada wartawan' / '"...," ia menambahkan'
    words = list(_WORD.finditer(text, m.start(1), end_sent))[:14]
    for i, w in enumerate(words[1:], start=1):
        wl = w.group().lower()
        if wl in lex.verbs:
            rest = text[w.end() : end_sent].strip(" .,").lower()
            if rest and not (
                _DAY.match(rest.title())
                or rest.startswith(
                    ("kepada ", "dalam ", "pada ", "saat ", "ketika ", "melalui ", "seperti ")
                )
            ):
                break  # a new reported sentence, not this quote's cue
            subject = ctx.reader.subject(text[m.start(1) : w.start()], m.start(1))
            if subject is not None:
                return (subject, (w.group(), w.start(), w.end()), end_sent)
            break
        if wl == "kepada" and i >= 2:
            nxt = text[w.end() : end_sent].strip()
            if _outlet_name(ctx, nxt) is not None:
                subject = ctx.reader.subject(text[m.start(1) : w.start()], m.start(1))
                if subject is not None and subject.kind == "name":
                    return (subject, ("", w.start(), w.start()), end_sent)
            break
    return None


#: a topic after the source of a cue ('," kata X tentang Y'): Y is spoken of, not speaking
_TOPIC_AFTER = re.compile(r"[ \t]+(?:tentang|mengenai|soal|perihal|menyoal)[ \t]")
#: "bunyi pernyataan (tertulis) (yang dikeluarkan) X": the statement and who issued it
_STATEMENT_OWNER = re.compile(
    r"[ \t]+(?:pernyataan|keterangan|surat|pesan|unggahan|cuitan|tulisan|siaran[ \t]+pers)"
    r"(?:[ \t]+(?:tertulis|resmi|singkat|pers))*(?:[ \t]+yang)?"
    r"(?:[ \t]+(?:dikeluarkan|dirilis|disampaikan|diunggah|ditulis|diterbitkan|dari))?"
    r"(?:[ \t]+oleh)?(?=[ \t]+[A-Z])"
)
_APPOSITIVE_STOP = re.compile(r"\s(?:" + "|".join(sorted(CUE_STOP - {"yang"})) + r")\b")


_OFFICE_AT = re.compile(r"[ \t]+di[ \t]+[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?[ \t]*")


#: a scene after a comma ("..., saat ditemui di kantornya itu."): no part of a description
_SCENE_SEGMENT = re.compile(
    r"[ \t]*(?:saat|ketika|kala|di|ke|usai|seusai|setelah|sebelum|sesudah|dalam|pada|kepada"
    r"|sambil|seraya)(?![\w\-])"
)


def _names_after_comma(ctx: _Ctx, text: str, start: int, end: int) -> bool:
    """Whether the comma-separated segments of ``text[start:end]`` hold a scene or open
    with a person's name: an apposition and the scene, not a description closed by "itu"."""
    segments = text[start:end].split(",")
    if any(_SCENE_SEGMENT.match(seg) is not None for seg in segments):
        return True
    words = segments[0].split()
    return (
        len(words) >= 2
        and all(is_capitalised(w) for w in words)
        and words[0] in ctx.lex.persons
        and words[0].lower() not in ctx.lex.places
    )


def _appositive(
    ctx: _Ctx, source: Source | None, seg_start: int, seg_end: int, limit: int
) -> Source | None:
    """'kata asisten pelatih Garuda Muda, Rinaldo Sihombing' -> the name after the comma, when the
    phrase before it is a role, an organisation or a description rather than a person
    ('ujar sang manajer, Indra Yudhistira'; 'kata Kabid Humas Polda, Kombes Pol Budi')."""
    text = ctx.text
    if text[seg_end : seg_end + 1] != "," or (
        source is not None and source.kind == "pronoun" and source.text in ctx.lex.pronouns
    ):
        return source
    first = text[seg_start:seg_end].split()
    if not first:
        return source
    closed = _DESCRIPTION_CLOSED.match(text, seg_end, limit) if first[0][:1].islower() else None
    if closed is not None and not _names_after_comma(ctx, text, seg_end + 1, closed.end()):
        # "kata warga asal Sukamaju, Kecamatan Lembah Hijau, Jawa Barat, itu.": a
        # description broken by commas and closed by the demonstrative points back to the
        # person in focus; the place after the comma is no one in apposition (but not
        # "ujar kepala dinas, Budi Santoso, saat ditemui di kantornya itu.": an office, then
        # its holder and the scene)
        return Source("pronoun", "dia", seg_start, seg_start + len(first[0]))
    title_alone = source is not None and source.text.lower() in ctx.lex.roles
    role_first = first[0].lower().strip("(") in ctx.lex.roles
    if not role_first and source is not None and source.start > seg_start:
        # "kata penulis sekaligus sutradara Film X, Rian Johnson": lower-case words with an
        # office among them before the work or body the office belongs to
        lead = text[seg_start : source.start].split()
        role_first = all(w.islower() for w in lead) and any(w in ctx.lex.roles for w in lead)
    # "kata Atase Pendidikan Kedutaan Belanda di Indonesia, Pieter Jansen": the office's
    # country, then the person holding it ("ujar Konsul Jenderal RI di Sydney, Nama")
    office_at = (
        source is not None
        and (source.org or role_first)
        and (
            not source.person
            or (
                role_first
                and len(source.tokens) == 1
                and (source.text.isupper() or ctx.reader.place(source.text))
            )
        )
        and _OFFICE_AT.fullmatch(text, source.end, seg_end) is not None
    )
    if (
        source is not None
        and not title_alone
        and not office_at
        and text[source.end : seg_end].strip(" .)'\u20190123456789")
    ):
        return source  # "kata Budi di Balai Kota, Sukamaju": the comma is the place's
    if (source is None or title_alone) and _APPOSITIVE_STOP.search(text, seg_start, seg_end):
        return source
    if source is not None and not (
        source.org or role_first or source.kind != "name" or not source.person
    ):
        return source
    nxt_end = _clause_end(text, seg_end + 1, limit)
    nxt = text[seg_end + 1 : nxt_end]
    stop = _APPOSITIVE_STOP.search(nxt)
    if stop is not None and stop.group().strip() in ("juga", "pun", "lagi"):
        return source  # "kata Tito, Telegram juga dipakai ...": a new clause's subject
    if stop is not None:
        nxt = nxt[: stop.start()]  # "..., Tenne Permatasari dalam keterangan pers"
    words = nxt.split()
    roles = 0
    while roles < len(words) and words[roles].lower().strip(".") in ctx.lex.roles:
        roles += 1
    if (
        not words
        or len(words) - roles > 7
        or roles == len(words)
        or not all(is_capitalised(w) or w in ("bin", "binti", "-", "\u2013") for w in words[roles:])
    ):
        return source
    alt = ctx.reader.after_cue(nxt, seg_end + 1)
    if office_at and (
        alt is None or len(alt.tokens) < 2 or (stop is not None and stop.group().strip() != "dalam")
    ):
        return source  # "kata Kapolda di Mapolda, Jumat": a day, not a name
    if alt is not None and alt.kind == "name" and not alt.org:
        if (
            len(alt.tokens) == 1
            and not alt.person
            and stop is None
            and text[nxt_end : nxt_end + 1] == ","
            and alt.text not in ctx.reader.single_runs
        ):
            return source  # "Industri Logam, Mesin, Alat ...": a list, not an appositive
        return alt
    return source


def _sentence_end(text: str, pos: int, limit: int) -> int:
    limit = min(limit, pos + MAX_SENTENCE)
    for m in _SENT_END.finditer(text, pos, limit):
        end = m.end()
        if end >= limit or (
            text[end] in " \t\n"
            and not (
                end - m.start() == 1 and _TITLE_DOT.search(text, max(pos, m.start() - 5), m.start())
            )
        ):
            return end
    return limit


def _clause_end(text: str, pos: int, limit: int) -> int:
    limit = min(limit, pos + 400)
    for i in range(pos, limit):
        if text[i] in ',;:"\u201c\u201d' or (
            text[i] == "."
            and (i + 1 >= limit or text[i + 1] == " ")
            and not _TITLE_DOT.search(text, max(pos, i - 5), i)
        ):
            return i
    return limit


#: "Dr.", "Prof.", "H." before a name: the period does not end the clause
_TITLE_DOT = re.compile(
    r"(?:^|[\s(])(?:[A-Z]|[Dd]r|[Pp]rof|[Ii]r|[Dd]rs|[Hh]j|[Mm]ed|[Ss]t|KH|Kol|Brigjen)$"
)


_BROKEN = re.compile(
    r"(?:^|[,.]\s*)([^\W\d_]+)\s+([^,.:;\"\u201c\u201d\n]{1,80}?)\s*[,:]\s*$", re.UNICODE
)


#: "X menggertak dengan mengatakan", "X tersenyum sambil berkata": speech as the manner
_MANNER = re.compile(
    r"((?:[A-Z][\w'\-.]*[ \t]+){0,4}[A-Z][\w'\-]*)[ \t]+(?:[a-z][\w\-]*[ \t]+){1,3}"
    r"(?:dengan|sambil|seraya|sembari)[ \t]+$"
)
_LABEL = re.compile(r"\s*([^\W\d_][^:,.;\"\u201c\u201d\n]{0,60}?)\s*:\s*$", re.UNICODE)
#: 'mengatakan, pada tanggal 3 Januari, "..."': a time adverbial between the cue and the mark
_TIME_TAIL = re.compile(
    r"[ \t]*(?:,[ \t]*|[ \t](?=pada\b))(?:pada[ \t]+)?(?:(?:hari|tanggal)[ \t]+)?"
    r"(?:" + _WEEKDAY + r"(?:[ \t]*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))?"
    r"|\d{1,2}[ \t]+(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober"
    r"|November|Desember)(?:[ \t]+\d{4})?|kemarin|lalu)"
    r"[ \t]*,?[ \t]*(?:bahwa)?[ \t]*:?[ \t]*"
)


def _before_cue(
    ctx: _Ctx, p_start: int, open_pos: int
) -> tuple[Source | None, tuple[str, int, int], QuoteKind, int] | None:
    """'kata X, "..."' (a quote broken by its cue) or 'X mengatakan: "..."' before a quote."""
    text, lex = ctx.text, ctx.lex
    lo = max(p_start, open_pos - 240)
    # only look back within the current sentence
    for end_m in _SENT_END.finditer(text, lo, open_pos):
        if end_m.end() < open_pos and text[end_m.end() : end_m.end() + 1] in (" ", "\n"):
            lo = end_m.end()
    before = text[lo:open_pos]
    m = _BROKEN.search(before)
    if m is not None:
        word = m.group(1)
        low = word.lower()
        stem = low[:-3] if low.endswith("nya") else None
        if low in lex.cues or (stem and stem in lex.cues):
            s = lo + m.start(2)
            source = ctx.reader.after_cue(m.group(2), s)
            return (source, (word, lo + m.start(1), lo + m.end(1)), "direct", 0)
    # 'Presiden Joko Widodo: "..."' / 'Gomez: "..."': a speaker introduced by a colon
    label = _LABEL.match(before)
    if label is not None:
        toks = label.group(1).split()
        if (
            all(is_capitalised(t) or t.lower() in lex.roles for t in toks)
            and toks[0].lower() not in ctx.reader.lower_words
            and not any(t.lower() in lex.cues or t.lower() in lex.verbs for t in toks)
        ):
            subject = ctx.reader.subject(label.group(1), lo + label.start(1))
            if subject is not None and subject.kind == "name":
                colon = lo + label.end(1)
                return (subject, ("", colon, colon), "direct", 0)
    # "X mengatakan, "..."" / "X mengatakan bahwa "..."" / "X mengatakan, pada 3 Mei, "...""
    words = list(_WORD.finditer(text, lo, open_pos))
    for w in reversed(words[-8:]):
        wl = w.group().lower()
        if wl in lex.verbs:
            tail = text[w.end() : open_pos]
            if tail.strip(" ,:") not in ("", "bahwa") and _TIME_TAIL.fullmatch(tail) is None:
                return None
            subject = _subject_before(ctx, lo, w.start())
            manner = _MANNER.search(text, lo, w.start())
            if manner is not None and (subject is None or subject.kind != "name"):
                # "Ferrant menggertak dengan mengatakan, "..."": the subject of the verb before
                alt = ctx.reader.subject(manner.group(1), manner.start(1))
                if alt is not None and alt.kind == "name":
                    subject = alt
            if subject is None:
                return None
            kind: QuoteKind = "mixed" if "bahwa" in tail else "direct"
            b_start = w.end() + tail.find("bahwa") + 5 if kind == "mixed" else 0
            return (subject, (w.group(), w.start(), w.end()), kind, b_start)
    return None


# -- reported speech -----------------------------------------------------------------
#: post-nominal letters ("FICS", "M.Sc", "Ph.D")
_CREDENTIAL = re.compile(r"[A-Z][A-Za-z]{0,2}\.?[A-Z][A-Za-z.]{0,6}")
#: nothing, or only a day (and date) between an appositive and its verb
_DATE_ASIDE = re.compile(
    r"[ \t]*(?:(?:(?:pada|hari)[ \t]+)?"
    + _WEEKDAY
    + r"(?:[ \t]*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))?[ \t]*,[ \t]*)?"
)


#: a verb whose report opens at once ("mengatakan bahwa", "menjelaskan,")
_NAME_BEFORE_ADVERB = re.compile(r"(?:^|\s)[A-Z][\w\-']*[ \t]+$")
_CLAUSE_AFTER_VERB = re.compile(
    r"\S+[ \t]+(?:akan|bakal|telah|sudah|tidak|tak|belum|masih|sedang|bisa|dapat|harus|perlu"
    r"|ada|pihaknya|dirinya|ia|dia|mereka|kami)\b"
)
_CLAUSE_NEXT = re.compile(r"\S+[ \t]*(?:[,:]|bahwa\b)")
_TIME_HEADS = frozenset(["saat", "ketika", "kala", "waktu", "sejak"])


def _subject_before(ctx: _Ctx, s_start: int, v_start: int) -> Source | None:
    """The source in front of a reporting verb, skipping dates, places and asides."""
    masked = ctx.masked
    chunk = masked[s_start:v_start]
    last_mark = max(chunk.rfind(ch) for ch in marks.MARKS + _PLACEHOLDER)
    if last_mark != -1:
        # the source stands after a quotation: '"..." Dia mengatakan pasar ...'
        s_start += last_mark + 1
        chunk = masked[s_start:v_start]
    words = chunk.split()
    if not words or words[-1].lower() == "yang":
        return None
    pieces: list[tuple[int, int]] = []
    start = s_start
    for i in range(s_start, v_start):
        if masked[i] == ",":
            pieces.append((start, i))
            start = i + 1
    pieces.append((start, v_start))
    skipped = 0
    for idx in range(len(pieces) - 1, -1, -1):
        p_start, p_end = pieces[idx]
        seg = masked[p_start:p_end]
        if not seg.strip():
            continue
        if idx > 0 and _VIA_ASIDE.match(seg) is not None:
            continue  # "Ahmed, mengutip Reuters, mengatakan": the outlet is an aside
        words = seg.split()
        # cut at the last clause connective: "... menurun karena pasar memperkirakan"
        offset = 0
        subordinate = False
        for m in _WORD.finditer(seg):
            low = m.group().lower()
            if low in _CLAUSE_CUT:
                after = seg[m.end() :].split()[:1]
                if (
                    low == "kemudian"
                    and not after
                    and (
                        _CLAUSE_NEXT.match(masked, v_start)
                        # "Budi kemudian mengungkapkan akan ada ...": a name right before,
                        # a clause (not a noun phrase) after the verb
                        or (
                            _NAME_BEFORE_ADVERB.search(seg, 0, m.start()) is not None
                            and _CLAUSE_AFTER_VERB.match(masked, v_start) is not None
                        )
                    )
                ):
                    # "Budi kemudian mengatakan bahwa ...": an adverb before the verb
                    p_end = p_start + m.start()
                    seg = masked[p_start:p_end]
                    break
                if after and after[0].lower() in ("itu", "ini") and low in _TIME_HEADS:
                    # "saat itu Sutanto mengaku": a time adverb, no clause opens
                    offset = m.end() + seg[m.end() :].find(after[0]) + len(after[0])
                    continue
                if (
                    low in ("saat", "ketika", "usai", "seusai")
                    and after
                    and after[0].startswith("di")
                ):
                    # "X saat dihubungi mengatakan": an aside, the source stands before it
                    p_end = p_start + m.start()
                    seg = masked[p_start:p_end]
                    break
                offset = m.end()
                subordinate = low in _SUBORDINATORS
        if subordinate:
            return None  # a report inside a subordinate clause is not a record
        seg_text = seg[offset:]
        if not seg_text.strip():
            if offset and skipped < 3:
                skipped += 1
                continue
            return None
        first = seg_text.split()[0].lower().strip("(")
        if idx > 0 and not offset and seg_text.strip() in ("itu", "ini", "tersebut"):
            # "Perempuan kelahiran Sukamaju, 12 Maret 1970, itu mengatakan": a
            # description broken by commas, closed by the demonstrative (the person named
            # before); read from the piece that opens it
            j = idx - 1
            while (
                j > 0
                and idx - j < 3
                and not masked[pieces[j][0] : pieces[j][1]].lstrip()[:1].isupper()
            ):
                j -= 1
            lead_words = masked[pieces[j][0] : pieces[j][1]].split()
            if (
                lead_words
                and lead_words[0][:1].isupper()
                and lead_words[0].lower() not in _CONTEXT_START
            ):
                alt = ctx.reader.subject(masked[pieces[j][0] : p_end], pieces[j][0])
                if alt is not None and alt.kind in ("pronoun", "description"):
                    return alt
            return None
        second = seg_text.split()[1].lower() if len(seg_text.split()) > 1 else ""
        if (
            (first in _CONTEXT_START or _DAY.match(seg_text))
            and skipped < 3
            # not "Beberapa media Australia mengabarkan": a quantified unnamed source
            and not (first in ctx.lex.quantifiers and second in ctx.lex.sources)
        ):
            if p_end == v_start and masked[v_start - 2 : v_start - 1].isalnum():
                # "Dalam pembicaraan itu Ryamizard mengingatkan": a name right before the verb
                tail = re.search(r"((?:[A-Z][\w\-']*\s+){0,3}[A-Z][\w\-']*)\s*$", seg_text)
                if tail is not None:
                    src = ctx.reader.subject(tail.group(1), p_start + offset + tail.start(1))
                    if src is not None and src.kind == "name":
                        return src
            skipped += 1
            continue
        if idx > 0 and _CREDENTIAL.fullmatch(seg_text.strip()):
            # "dr. Rina Kusuma Sp.A, FAAP, FICS, mengatakan": letters after a name
            j = idx - 1
            while j > 0 and _CREDENTIAL.fullmatch(masked[pieces[j][0] : pieces[j][1]].strip()):
                j -= 1
            alt = ctx.reader.subject(masked[pieces[j][0] : pieces[j][1]], pieces[j][0])
            if alt is not None and alt.kind == "name" and alt.person and not alt.org:
                return alt
        if idx > 0 and not offset and seg_text.split()[0] == "yang":
            # "Naftali Bennett, yang memimpin partai Jewish Home, mengatakan": the source
            # stands before the relative clause
            prev = pieces[idx - 1]
            alt = ctx.reader.subject(masked[prev[0] : prev[1]], prev[0])
            if alt is not None and alt.kind in ("name", "description"):
                return alt
        if (
            idx > 0
            and not offset
            and not masked[p_end:v_start].strip(" ,")
            and seg_text.split()[0].lower() in ctx.reader.lex.roles
            and all(w[:1].isupper() for w in seg_text.split())
        ):
            # "Suharti, Lurah Tanah Sereal menjelaskan": the bare name before the comma
            # speaks; the role after it ends in a place, not in a second name
            prev = pieces[idx - 1]
            prev_text = masked[prev[0] : prev[1]]
            alt = ctx.reader.subject(prev_text, prev[0])
            if (
                alt is not None
                and alt.kind == "name"
                and not alt.org
                and len(alt.tokens) == len(prev_text.split())
                and not any(ctx.reader.place(t) for t in alt.tokens)
                # "Petugas TMC, Brigadir Harlem, mengatakan": a role first, the name after
                and alt.tokens[0].lower() not in ctx.reader.lex.roles
                and alt.tokens[0].lower() not in PERSON_NOUNS
                and alt.tokens[0].lower() not in ctx.reader.lex.sources
                and alt.tokens[0].lower() not in ctx.reader.lower_words
            ):
                return alt
        source = ctx.reader.subject(seg_text, p_start + offset)
        if (
            source is not None
            and source.kind == "name"
            and idx > 0
            and not offset
            and source.tokens
            and seg_text.split()[0].lower() in ctx.lex.given_titles
            and source.tokens[0] != seg_text.split()[0]
        ):
            # "Sekjen federasi, Ratu Sari Wulandari, menyampaikan": read with the office before
            # the comma, a title word that is also a given name opens the name
            prev = pieces[idx - 1]
            alt = ctx.reader.subject(masked[prev[0] : p_end], prev[0])
            if (
                alt is not None
                and alt.kind == "name"
                and alt.person
                and alt.end == source.end
                and alt.start < source.start
            ):
                source = alt
        if (
            source is None
            and idx > 0
            and not offset
            and masked[p_end : p_end + 1] == ","
            and seg_text.split()[0][:1].islower()
        ):
            # "Kioson, startup berbasis O2O, mengumumkan": a description between commas
            # after the name
            prev = pieces[idx - 1]
            alt = ctx.reader.subject(masked[prev[0] : prev[1]], prev[0])
            if (
                alt is not None
                and alt.kind == "name"
                and not masked[alt.end : prev[1]].strip()  # the name ends the piece
                and not all(ctx.reader.place(t) for t in alt.tokens)
            ):
                return alt
        if source is None:
            return None
        if (
            idx > 0
            and source.kind == "name"
            and all(ctx.reader.place(t) for t in source.tokens)
            and len(seg_text.split()) == len(source.tokens)
        ):
            # "klinik Sehat Sentosa, Sukamaju Jawa Barat menyebut": the place after
            # the comma locates the source named before it
            prev = pieces[idx - 1]
            lead = masked[prev[0] : prev[1]].split()[:1]
            alt = ctx.reader.subject(masked[prev[0] : prev[1]], prev[0])
            if (
                alt is not None
                and alt.kind == "name"
                and lead
                # not "Pada hari Kamis, City", "Dengan ... Hizbullah dari Libanon, Suriah"
                and lead[0].lower() not in _CONTEXT_START
                and lead[0].lower() not in ("dengan", "bersama", "dari")
                and not all(ctx.reader.place(t) for t in alt.tokens)
            ):
                return alt
        if len(words) > 12 and source.kind == "description":
            return None
        # an appositive: "Budi Santoso, Menteri Energi Nusantara mengatakan", "Dompet Kita,
        # sebuah perusahaan pembayaran digital, mengungkapkan"
        if idx > 0 and (
            (source.kind == "name" and source.org and seg.split()[0].lower() in ctx.lex.roles)
            or (
                source.kind == "description"
                and seg.split()[0].lower() in ctx.lex.quantifiers
                and masked[p_end : p_end + 1] == ","
            )
        ):
            prev = pieces[idx - 1]
            alt = ctx.reader.subject(masked[prev[0] : prev[1]], prev[0])
            if (
                alt is not None
                and alt.kind == "name"
                and (alt.person or source.kind == "description")
            ):
                return alt
        if (
            idx > 0
            and source.kind == "name"
            and seg.split()[0].lower() in ctx.lex.roles
            and any(w[:1].islower() for w in seg.split())
            and masked[p_end : p_end + 1] == ","
            and _DATE_ASIDE.fullmatch(masked, p_end + 1, v_start) is not None
        ):
            # "Hartono, Kepala Badan Pengkajian dan Kebijakan Kemlu, mengatakan": the office
            # between commas is an appositive to the bare name in front of it (but
            # "Petugas TMC, Brigadir Harlem, mengatakan": a rank and a name); a day may
            # stand between ("Derrick Watson, Hakim Distrik, Rabu (29/3), menyatakan")
            prev = pieces[idx - 1]
            words_p = masked[prev[0] : prev[1]].split()
            if (
                words_p
                and all(is_capitalised(w) for w in words_p)
                and (
                    words_p[0].lower() not in _CONTEXT_START
                    and words_p[0].lower() not in ctx.lex.places
                    and words_p[0].lower() not in ctx.lex.roles
                    and not any(w.lower() in ctx.reader.lower_words for w in words_p)
                )
            ):
                alt = ctx.reader.subject(masked[prev[0] : prev[1]], prev[0])
                if alt is not None and alt.kind == "name" and not alt.org:
                    return alt
        return source
    return None


def _indirect(ctx: _Ctx, sentences: list[tuple[int, int]]) -> list[_Found]:
    found: list[_Found] = []
    for s_start, s_end in sentences:
        hit = _reported(ctx, s_start, s_end)
        if hit is None:
            hit = _outlet_report(ctx, s_start, s_end)
        if hit is None:
            hit = _in_view(ctx, s_start, s_end)
        if hit is None:
            hit = _agentless_opening(ctx, s_start, s_end)
        if hit is None:
            lead_ws = len(ctx.masked[s_start:s_end]) - len(ctx.masked[s_start:s_end].lstrip())
            based = _BASED_OPENING.match(ctx.masked, s_start + lead_ws, s_end)
            if based is not None:
                hit = _according(ctx, s_start, s_end, based)
        if hit is not None:
            found.append(hit)
    return found


#: "Baginya, ...", "Namun bagi dia, ...": the view of the one in focus
_IN_VIEW = re.compile(
    r"[\s\"\u201c\u201d]*(?:(?:[Nn]amun|[Tt]api|[Ss]ementara\s+itu|[Ss]edangkan)[ \t,]+)?"
    r"([Bb]agi(?:nya|[ \t]+(?:dia|beliau))|[Bb]uat(?:nya|[ \t]+(?:dia|beliau)))[ \t]*,[ \t]*"
)
#: "Bagi Rossi, ...", "Buat Marquez, ...": the view of a person named (one to three
#: capitalised words, then the comma)
_IN_VIEW_NAMED = re.compile(
    r"[\s\"\u201c\u201d]*(?:(?:[Nn]amun|[Tt]api|[Ss]ementara\s+itu|[Ss]edangkan)[ \t,]+)?"
    r"(?P<cue>[Bb]agi|[Bb]uat)[ \t]+(?P<name>[A-Z][\w'\-]*(?:[ \t]+[A-Z][\w'\-]*){0,2})"
    r"[ \t]*,[ \t]*"
)


def _in_view(ctx: _Ctx, s_start: int, s_end: int) -> _Found | None:
    """ "Baginya, yang terpenting adalah ...": what the person in focus holds."""
    masked = ctx.masked
    m = _IN_VIEW.match(masked, s_start, s_end)
    if m is None:
        return _in_view_named(ctx, s_start, s_end)
    span = _content(ctx, m.end(), s_end)
    if span is None or len(masked[span[0] : span[1]].split()) < 4:
        return None
    if masked[span[0]] in marks.MARKS or _ANAPHOR_LEAD.match(masked, span[0], span[1]):
        return None
    word = m.group(1)
    pron = word.split()[-1].lower() if " " in word or "\t" in word else "nya"
    at = m.end(1) - len(pron)
    source = Source("pronoun", pron, at, m.end(1))
    return _Found(
        _kind(ctx, *span),
        span[0],
        span[1],
        source,
        (word, m.start(1), m.end(1)),
        (m.start(1), m.end()),
    )


@functools.lru_cache(maxsize=8)
def _agentless_re(passive: frozenset[str]) -> re.Pattern[str]:
    """ "Dikatakan, ...", "Selain itu, dijelaskannya bahwa ...", "Saat musim hujan,
    dikatakannya ...": an agentless passive cue (or one with "-nya") near the opening of a
    sentence, after at most a short lead phrase and its comma, then the reported clause."""
    cues = "|".join(map(re.escape, sorted(p for p in passive if p not in _NEWS_PASSIVE | _JUDGED)))
    return re.compile(
        r"[\s\"\u201c\u201d]*(?P<lead>(?:[A-Za-z][\w\-]*[ \t]+){0,5}?[A-Za-z][\w\-]*[ \t]*,[ \t]*)?"
        r"(?:(?:juga|pun|pula|turut)[ \t]+)?"
        r"(?P<cue>(?i:" + cues + r")(?P<nya>nya)?)"
        r"(?P<sep>[ \t]*(?:,|:)[ \t]*(?:bahwa\b)?|[ \t]+bahwa\b|(?(nya)[ \t]+|(?!)))"
    )


#: the agentless passives that go on in the voice of the source before even without "-nya"
#: ("Dikatakan, ..."); "Disebutkan, ...", "Diceritakan, ..." are the narrator's
_BARE_AGENTLESS = frozenset(["dikatakan", "dijelaskan", "ditambahkan"])


def _agentless_opening(ctx: _Ctx, s_start: int, s_end: int) -> _Found | None:
    """ "Dijelaskannya, dengan adanya jalur baru ini ...": no agent named, the report goes
    on in the voice of the source before (resolved like "-nya")."""
    head = ctx.masked[s_start : s_start + 4].lstrip(' \t"\u201c\u201d')
    if not head.startswith(("Di", "di")) and ctx.masked.find(",", s_start, s_start + 70) == -1:
        return None  # neither the cue first nor a short lead phrase and its comma
    m = _agentless_re(ctx.lex.passive).match(ctx.masked, s_start, s_end)
    if m is None:
        return None
    lead = m.group("lead") or ""
    if lead and (
        lead.split()[0].lower().rstrip(",") in _TOPIC_WORDS
        or not lead[:1].isupper()
        or ctx.lex.trigger.search(lead) is not None
    ):
        return None  # "Terkait hal itu, dikatakan ...": a topic, handled as a passive
    if not m.group("nya") and lead:
        return None  # "Saat itu, dikatakan ...": only the owned form after a lead phrase
    if not m.group("nya") and m.group("cue").lower() not in _BARE_AGENTLESS:
        return None  # "Disebutkan, harga beras ...": the narrator's own report
    span = _content(ctx, m.end(), s_end)
    if span is None or len(ctx.masked[span[0] : span[1]].split()) < 4:
        return None
    if _ANAPHOR_LEAD.match(ctx.masked, span[0], span[1]) is not None:
        return None
    cue_start = m.start("cue")
    source = Source("pronoun", "nya", cue_start, cue_start)
    cue = (m.group("cue"), cue_start, m.end("cue"))
    return _Found(_kind(ctx, *span), span[0], span[1], source, cue, (cue_start, m.end()))


@functools.cache
def _cue_alternation(cues: frozenset[str]) -> str:
    """The lexicon's cues as one regex alternation (built once per lexicon)."""
    return "|".join(map(re.escape, sorted(cues)))


def _speaks(ctx: _Ctx, source: Source) -> bool:
    """Whether the text has the one-word name speak elsewhere ("kata Rossi", "Rossi
    mengatakan"): a person, not a country or a club ("Bagi Indonesia, ...")."""
    name = re.escape(source.text)
    cue = re.compile(
        r"(?<![\w\-])(?:(?:"
        + _cue_alternation(ctx.lex.cues)
        + r")[ \t]+"
        + name
        + r"(?![\w\-])|"
        + name
        + r"[ \t]+(?=\w))"
    )
    for m in cue.finditer(ctx.masked):
        if not m.group().startswith(source.text):
            return True
        verb = ctx.lex.trigger.match(ctx.masked, m.end())
        if verb is not None and verb.group().lower() in ctx.lex.verbs:
            return True
    return False


#: a feeling or a wish within the first words of the clause (guideline 2)
_VIEW_WISH = re.compile(
    r"(?:\S+[ \t]+){0,6}?(?:ingin|senang|gembira|bangga|berharap|diharapkan(?:nya)?|yakin|mau"
    r"|menginginkan)(?![\w\-])"
)


def _in_view_named(ctx: _Ctx, s_start: int, s_end: int) -> _Found | None:
    """ "Bagi Rossi, sukses Marquez adalah buah kerja keras.": the view of a person the
    text names, when the text also has that person speak (a cue with the name elsewhere)."""
    masked = ctx.masked
    m = _IN_VIEW_NAMED.match(masked, s_start, s_end)
    if m is None:
        return None
    span = _content(ctx, m.end(), s_end)
    if span is None or len(masked[span[0] : span[1]].split()) < 5:
        return None
    if masked[span[0]] in marks.MARKS or _ANAPHOR_LEAD.match(masked, span[0], span[1]):
        return None
    if ctx.lex.trigger.search(masked, span[0], span[1]) is not None:
        return None  # a speaker of its own follows
    if _VIEW_WISH.match(masked, span[0], span[1]) is not None:
        return None  # "Bagi Maria, ia senang ...": a feeling or a wish, no view held
    source = ctx.reader.after_cue(m.group("name"), m.start("name"))
    if source is None or source.kind != "name" or not (source.person or _speaks(ctx, source)):
        return None
    return _Found(
        _kind(ctx, *span),
        span[0],
        span[1],
        source,
        (m.group("cue"), m.start("cue"), m.end("cue")),
        (m.start("cue"), m.end()),
    )


#: the kinds of outlet written before an outlet's name ("kantor berita Reuters"); the
#: patterns below share them (some add or leave out a kind of their own)
_OUTLET_KINDS = ("koran", "harian", "kantor berita", "media", "situs", "laman", "stasiun televisi")


def _outlet_kinds(
    extra: tuple[str, ...] = (), drop: tuple[str, ...] = (), sep: str = r"[ \t]+"
) -> str:
    """``_OUTLET_KINDS`` (with ``extra``, without ``drop``) as a regex alternation, the space
    inside a kind written as ``sep``."""
    return "|".join(k.replace(" ", sep) for k in (*_OUTLET_KINDS, *extra) if k not in drop)


#: "Dilansir dari NME, ...", "Namun mengutip Ace Showbiz, ...", "Seperti diberitakan
#: Reuters, ...": a sentence that opens with the outlet it took the news from
_OUTLET_LEAD = re.compile(
    r"[\s\"\u201c\u201d]*(?:(?:[Nn]amun|[Tt]api|[Ss]ementara\s+itu|[Ss]edangkan|[Mm]asih)[ \t,]+)?"
    r"(?:(?:[Ss]eperti|[Ss]ebagaimana)(?:[ \t]+yang)?[ \t]+)?"
    r"((?:[Dd]ilansir|[Dd]ikutip|[Mm]engutip|[Mm]elansir|[Dd]ilaporkan|[Dd]iberitakan"
    # "Berdasarkan informasi yang diperoleh dari BMKG, ...": the body the facts came from
    r"|[Bb]erdasarkan[ \t]+(?:informasi|keterangan|laporan|rilis|pengumuman)"
    r"(?:[ \t]+yang[ \t]+(?:diperoleh|didapat|dihimpun|dirilis|dikeluarkan|diterima))?)"
    r"(?:[ \t]+(?:dari|oleh))?)[ \t]+"
    r"(?:(?:"
    + _outlet_kinds(("majalah",))
    + r"|portal(?:[ \t]+berita)?)(?:[ \t]+(?:resmi|web|berita))?[ \t]+)?"
)
#: the outlet itself: any capitalised run of up to four words ending at the comma ("Dilansir
#: dari NME,": only an outlet is 'dilansir'), or a site address
_OUTLET_AT_COMMA = re.compile(
    r"((?:[A-Z0-9][\w.&'!\-]*)(?:[ \t]+(?:[A-Z0-9][\w.&'!\-]*|of|the|de|and|&)){0,3}"
    r"|[a-z][\w\-]*(?:\.(?:com|net|id|org|co|tv|uk|us|au))+)"
    r"(?:[ \t]+\([A-Z][A-Za-z]{1,9}\))?"
    # "Dilansir dari NME pada Kamis (20/4), ...", "Dikutip dari Kabar Pagi hari ini, ...": when
    r"(?:[ \t]+(?:pada[ \t]+)?(?:hari[ \t]+ini|"
    + _WEEKDAY
    + r"(?:[ \t]*\(\d[\d/]*\))?))?[ \t]*,[ \t]*"
)
#: the word right before a cue that gives the cue no speaker of its own: a relative clause
#: ("surat yang ditulis ..."), a wish or a plan ("ingin melaporkan ...", "akan mengumumkan
#: ..."); whole words only ("Sayang", "gunakan" are no such lead)
_IDLE_TRIGGER_LEAD = re.compile(r"(?<![\w-])(?:yang|ingin|mau|hendak|akan)[ \t]+$")
#: what follows an inserted cue that has a speaker ("kata Budi", "ujar dia")
_CUE_SPEAKER_NEXT = re.compile(r"[ \t]+(?:[A-Z]|(?:dia|ia|mereka|beliau|kami|saya)(?![\w\-]))")
#: a passive cue with no agent after it ("imbauan disampaikan di ..."): no speaker either
_IDLE_PASSIVE_TAIL = re.compile(r"[ \t]+(?:di|ke|pada|dalam|kepada|untuk|sejak|saat|secara)[ \t]")


#: "Klimatologi, dan Geofisika": a name whose parts are listed with commas goes on
_NAME_LIST_GOES_ON = re.compile(
    r"[A-Z][\w\-]*,?[ \t]+(?:dan|&)[ \t]+[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?[ \t]*\("
)

#: "Hal tersebut ...", "Demikian ...": a sentence about the statement before
_ANAPHOR_LEAD = re.compile(
    r"(?:" + _AFTER_ANAPHOR.pattern + r"|(?:demikian|begitu|itu|ini)(?:lah)?\b)", re.I
)
#: "..., seperti dikutip dari Reuters.": the outlet closing the sentence
_OUTLET_TAIL = re.compile(
    r",[ \t]*(?:(?:seperti|sebagaimana)(?:[ \t]+yang)?[ \t]+)?"
    r"((?:dikutip|dilansir|melansir|mengutip|diberitakan|dilaporkan)(?:[ \t]+(?:dari|oleh))?)[ \t]+"
    r"(?:(?:" + _outlet_kinds(("majalah",)) + r")[ \t]+)?"
)
#: what may follow the outlet at the end of the sentence: a day and a date
_TAIL_REST = re.compile(
    r"[\s,]*(?:(?:pada|hari)[ \t]+)?(?:" + _WEEKDAY + r"[ \t]*)?"
    r"(?:\(\d[\d/]*\))?[\s.]*"
)


def _outlet_tail(ctx: _Ctx, s_start: int, s_end: int) -> _Found | None:
    """ "Harga ... naik, seperti dikutip dari Reuters.": the outlet closing a sentence with no
    other source is its speaker."""
    masked = ctx.masked
    # the outlet closes the sentence: only its last words can hold it
    tails = list(_OUTLET_TAIL.finditer(masked, max(s_start, s_end - 100), s_end))
    tail = tails[-1] if tails else None
    if tail is None:
        return None
    name = _outlet_name(ctx, masked[tail.end() : s_end])
    if name is None or _TAIL_REST.fullmatch(masked, tail.end() + len(name), s_end) is None:
        return None
    if ctx.lex.trigger.search(masked, s_start, tail.start()) is not None:
        return None  # a speaker of its own: the outlet is the via
    span = _content(ctx, s_start, tail.start())
    if span is None or masked[span[0]] in marks.MARKS or len(masked[span[0] : span[1]].split()) < 4:
        return None
    if _ANAPHOR_LEAD.match(masked, span[0], span[1]) is not None:
        return None  # "Hal tersebut diinformasikan X, seperti dikutip ...": said before
    n_start = tail.end()
    source = Source("name", name, n_start, n_start + len(name), org=True, tokens=name.split())
    return _Found(
        _kind(ctx, *span),
        span[0],
        span[1],
        source,
        (tail.group(1), tail.start(1), tail.end(1)),
        (tail.start(1), n_start + len(name)),
        relay=True,
    )


def _outlet_report(ctx: _Ctx, s_start: int, s_end: int) -> _Found | None:
    """ "Dilansir dari NME, dana ... dikirimkan ...": the outlet is the only source named, so
    it is the speaker of the clause (no cue of its own after the comma)."""
    masked = ctx.masked
    lead = _OUTLET_LEAD.match(masked, s_start, s_end)
    if lead is None:
        return _outlet_tail(ctx, s_start, s_end)
    m = _OUTLET_AT_COMMA.match(masked, lead.end(), s_end)
    if m is None or _NAME_LIST_GOES_ON.match(masked, m.end(), s_end) is not None:
        return None  # "dari Badan Cuaca, Iklim dan Gempa": commas in a name
    name = m.group(1).rstrip(".")
    if name.split()[0].lower() in ctx.lex.roles or ctx.reader.pronoun(name.split()[0]):
        return None
    c_start = m.end()
    for t in ctx.lex.trigger.finditer(masked, c_start, s_end):
        low = t.group().lower()
        if _IDLE_TRIGGER_LEAD.search(masked, max(c_start, t.start() - 8), t.start()):
            continue
        if low in ctx.lex.passive and _IDLE_PASSIVE_TAIL.match(masked, t.end(), s_end):
            continue
        if (
            low in ctx.lex.cues
            and low not in ctx.lex.verbs
            and _CUE_SPEAKER_NEXT.match(masked, t.end(), s_end) is None
        ):
            continue  # "kabar yang belum jelas asal-usulnya": an inserted cue with no speaker
        return None  # a speaker of its own follows: the outlet is the via
    if masked[c_start : c_start + 1] in marks.MARKS or masked.startswith("berikut", c_start):
        return None  # a direct quote, or a list announced ("berikut beberapa ...")
    span = _content(ctx, c_start, s_end)
    if span is None or len(masked[span[0] : span[1]].split()) < 4:
        return None
    cue = lead.group(1)
    source = Source("name", name, m.start(1), m.start(1) + len(name), org=True, tokens=name.split())
    return _Found(
        _kind(ctx, *span),
        span[0],
        span[1],
        source,
        (cue, lead.start(1), lead.end(1)),
        (lead.start(1), m.end()),
        relay=True,
    )


def _reported(ctx: _Ctx, s_start: int, s_end: int) -> _Found | None:
    masked, lex = ctx.masked, ctx.lex
    for w in lex.trigger.finditer(masked, s_start, s_end):
        word = w.group()
        low = word.lower()
        if ctx.consumed[w.start()] and (
            low not in lex.verbs
            or _CUE_CHAIN.search(masked, max(s_start, w.start() - 40), w.start()) is None
        ):
            continue  # part of a quote's attribution (but '"...," katanya serta menambahkan')
        hit: _Found | None = None
        if low in lex.verbs:
            hit = _active(ctx, s_start, s_end, w)
        elif low in lex.according or (low.endswith("nya") and low[:-3] in lex.according):
            hit = _according(ctx, s_start, s_end, w)
        elif low in lex.cues or (low.endswith("nya") and low[:-3] in lex.cues):
            hit = _inserted(ctx, s_start, s_end, w)
        elif low in lex.passive:
            hit = _passive(ctx, s_start, s_end, w)
        if hit is not None:
            return hit
    return None


def _content(ctx: _Ctx, start: int, end: int) -> tuple[int, int] | None:
    start, end = _trim(ctx.masked, start, end)
    if end - start < 3:
        return None
    body = ctx.masked[start:end]
    if _PLACEHOLDER in body[:2]:
        return None  # the verb introduces a direct quote, handled there
    if len(body.split()) < 2:
        return None
    if _LIST_ANNOUNCED.match(body) is not None:
        return None  # "Berikut klarifikasi lengkap yang dituliskan X:": a list announced
    return start, end


#: content that announces what follows ("Berikut pernyataan lengkapnya"), no quote itself
_LIST_ANNOUNCED = re.compile(r"[Bb]erikut(?![\w\-])")


def _kind(ctx: _Ctx, start: int, end: int) -> QuoteKind:
    body = ctx.text[start:end]
    return "mixed" if any(ch in marks.MARKS for ch in body) else "indirect"


#: "katanya serta", "ujar dia sambil": a second verb of saying chained to a cue
_PLACE_THEN_THAT = re.compile(
    r"[ \t]+(?:di|melalui|lewat|kepada|pada|dalam)(?:[ \t]+[^\s,.\u2592]+){1,4}[ \t]*,?[ \t]+bahwa\b"
)
#: a sentence that opens with an adverb of sequence and then the reporting verb
_ELIDED_SUBJECT = re.compile(
    r"[ \t]*(?:Kemudian|Lalu|Lantas|Selanjutnya|Setelah\s+itu)[ \t]*(?:juga[ \t]+)?,?[ \t]*"
)
_CUE_CHAIN = re.compile(
    r"\b(?i:kata|ujar|tutur|ucap|jelas|imbuh|ungkap|terang|tegas)"
    r"(?:nya|[ \t]+(?:dia|ia|beliau)|(?:[ \t]+[A-Z][\w\-']*){1,4})"
    # ('katanya kepada Ellen seraya menambahkan': a short place or addressee between)
    r"(?P<to>[ \t]+(?:kepada|di|pada)(?:[ \t]+[A-Z][\w\-']*){1,3})?"
    r",?[ \t]+(?i:serta|dan|sambil|seraya|sekaligus)[ \t]+$"
)


#: what opens a clause right after a weak report verb
_WEAK_CLAUSE = re.compile(
    r"[ \t]+(?:(?:tidak|tak)[ \t]+ada|(?:saat|kala|hingga|sampai)[ \t]+ini[ \t]+[a-z]+"
    r"[ \t]+(?:(?:me|ber|di|ter)[a-z]{3,}|sudah|telah|masih|ada)|sejauh[ \t]+ini)\b"
)
_WILL = re.compile(r"[ \t]+(?:akan|bakal)\b")
#: ", dan" / "serta" right before a verb: a second predicate of the same subject
_AND_THEN = re.compile(r"\S[ \t]*,?[ \t]+(?:dan|serta)(?:[ \t]+(?:juga|pun|kemudian|lalu))?[ \t]*$")
#: "menang dan memastikan duel berlanjut", "dan mencatat angka": a result, not a report
_NOT_AFTER_AND = frozenset(["memastikan", "mencatat", "mengumumkan", "melaporkan"])
#: weak verbs that report a figure recorded ("mencatat", "melaporkan")
_RECORD_VERBS = frozenset(["mencatat", "melaporkan"])
#: a noun phrase of a few words, then a predicate of change or amount and a figure
_RECORDED_FIGURE = re.compile(
    # (not "mencatat sejarah", "mencatat rekor": an achievement, no report)
    r"[ \t]+(?!(?:sejarah|rekor|prestasi|kemenangan)\b)(?:[^\s.,;:\u2592]+[ \t]+){1,12}?"
    r"(?:mencapai|turun|naik|tumbuh|meningkat"
    r"|menurun|melonjak|anjlok|merosot|bertambah|berkurang)[ \t]+(?:[a-z]+[ \t]+){0,2}"
    r"(?:Rp|US\$|\d)"
)
#: "lembaga itu mencatat penjualan sepeda mengalami penurunan ...", "... barang murah kian
#: diminati": a noun phrase of two to five plain words, then its own predicate
_RECORDED_CLAUSE = re.compile(
    r"[ \t]+(?!(?:sejarah|rekor|prestasi|kemenangan|kekalahan|gol|poin|waktu|catatan)\b)"
    r"[a-zA-Z][\w\-]*(?:[ \t]+(?!(?:yang|setelah|usai|dengan|untuk|saat|ketika|dan|di|ke|dari)\b)"
    r"[a-zA-Z][\w\-]*){1,4}?[ \t]+(?:kian[ \t]+|makin[ \t]+|semakin[ \t]+|telah[ \t]+|sudah[ \t]+)?"
    # (not "menjadi": "melaporkan peningkatan stok menjadi 1,5 juta barel" names a figure)
    r"(?:mengalami|mencapai|mencatat|diminati|meningkat|menurun|berkurang|bertambah"
    r"|tumbuh|turun|naik|melonjak|anjlok|merosot)\b"
)
#: ", Kecamatan Lembah Hijau, Jawa Barat, itu." / ", 3 Juni 1975, tersebut": the rest of a
#: description broken by commas, closed by a demonstrative at the end of the sentence
_DESCRIPTION_CLOSED = re.compile(
    r"(?:,[^,.!?;\"\u201c\u201d\n]{1,40}){1,3},?[ \t]+(?:itu|ini|tersebut)[ \t]*(?:[.!?]|$)"
)
#: "saat ini tim ...", "hingga kini ...": a time adverb of the present opening a clause
_NOW_CLAUSE = re.compile(r"(?:saat|kala|hingga|sampai)[ \t]+(?:ini|kini)[ \t]+\S")
#: the first active verb of a sentence
_FIRST_VERB = re.compile(r"\b(?:me|ber)[a-z]{3,}\b")


def _active(ctx: _Ctx, s_start: int, s_end: int, w: re.Match[str]) -> _Found | None:
    masked, lex = ctx.masked, ctx.lex
    low = w.group().lower()
    rest = masked[w.end() : s_end]
    stripped = rest.lstrip()
    starts_clause = stripped[:1] in (",", ":") or stripped.lower().startswith("bahwa")
    if low in lex.weak and not starts_clause:
        # "berkicau di Twitter bahwa ...": a short place or channel, then the clause
        starts_clause = _PLACE_THEN_THAT.match(rest) is not None
    if low in lex.weak and not starts_clause:
        # "mengingatkan tidak ada toleransi ...", "mencatat saat ini gempa didominasi ...":
        # a clause opens at once; "mengancam akan mundur": a threat of what one will do
        starts_clause = _WEAK_CLAUSE.match(rest) is not None
    recorded = False
    if low in _RECORD_VERBS and not starts_clause:
        # "BPS mencatat kunjungan turis ... turun 1,86 persen": a figure recorded with a
        # predicate of its own is a reported clause (guideline 1: mencatat with a clause)
        starts_clause = recorded = (
            _RECORDED_FIGURE.match(rest) is not None or _RECORDED_CLAUSE.match(rest) is not None
        )
    if low == "mengancam":
        # "mengancam akan mundur": a threat of what one will do (not "terus mengancam, ..."
        # in a match, nor "memaksa sambil mengancam akan ..." in a narrated act)
        manner = masked[max(s_start, w.start() - 12) : w.start()].split()[-1:]
        starts_clause = _WILL.match(rest) is not None and not (
            manner and manner[0] in ("sambil", "seraya", "sembari", "dengan")
        )
    if low in lex.weak and not starts_clause:
        return None
    if " " in low and not stripped.lower().startswith("bahwa"):
        return None  # "memberikan klarifikasi, ...": a noun-phrase cue needs "bahwa"
    prev = masked[max(s_start, w.start() - 30) : w.start()].lower().split()
    if prev and prev[-1] in _NEGATION:
        return None  # "Ali belum bisa memastikan", "tidak mengatakan"
    chained = _CUE_CHAIN.search(masked, max(s_start, w.start() - 60), w.start())
    if chained is not None and chained.group("to") is not None:
        # '"...," katanya kepada Ellen seraya menambahkan ...': the quote's speaker goes on,
        # not the one addressed
        subject: Source | None = Source("pronoun", "nya", chained.start(), chained.start())
    else:
        subject = _subject_before(ctx, s_start, w.start())
    if subject is None and starts_clause and _ELIDED_SUBJECT.fullmatch(masked, s_start, w.start()):
        # "Budi menyampaikan terima kasih. Kemudian menjelaskan bahwa ...": the subject of
        # the sentence before goes on (resolved like "-nya")
        subject = Source("pronoun", "nya", w.start(), w.start())
    if (
        subject is None
        and low not in _NOT_AFTER_AND
        and _AND_THEN.search(masked, s_start, w.start()) is not None
    ):
        # "Penjaga pantai memberi kapal itu waktu satu jam, dan memperingatkan ...": a
        # second verb shares the subject of the sentence's first verb
        first = _FIRST_VERB.search(masked, s_start, w.start())
        if first is not None:
            head = masked[s_start : first.start()]
            dash = max(head.rfind(d) for d in (" - ", "--", "\u2013", "\u2014"))
            h_start = s_start if dash == -1 else s_start + dash + 2
            if "," not in masked[h_start : first.start()]:
                subject = _subject_before(ctx, h_start, first.start())
    if subject is None:
        chain = _CUE_CHAIN.search(masked, max(s_start, w.start() - 40), w.start())
        if chain is None:
            return None
        # '"...," katanya serta menambahkan bahwa ...': the speaker of the quote goes on
        subject = Source("pronoun", "nya", chain.start(), chain.start())
    if recorded and (subject.kind != "name" or any(ctx.reader.place(t) for t in subject.tokens)):
        # "Acuan pasar kopi Brasil mencatat harga biji kopi naik ...": only a body named
        # (an agency, a ministry) records a figure as a report, not a place or a market
        return None
    if prev and prev[-1] in _PURPOSE:
        # "X ingin menyampaikan ...", "... untuk memastikan ...": no report, X stays in focus
        span = _content(ctx, w.end(), s_end)
        if span is None:
            return None
        cue = (w.group(), w.start(), w.end())
        return _Found(
            "indirect", span[0], span[1], subject, cue, (s_start, w.end()), focus_only=True
        )
    c_start = w.end()
    m = re.match(r"[\s,:]*(?:bahwa\b)?", masked[c_start:s_end])
    if m:
        c_start += m.end()
    body = masked[c_start:s_end].lstrip().lower()
    if body.startswith(
        ("pada ", "dalam ", "kepada ", "saat ", "ketika ", "melalui ", "lewat ")
    ) or (stripped.startswith("di ") and body.startswith("di ")):
        # ("berkicau di Twitter bahwa ...": a place right after the verb)
        # "mengatakan pada Minggu bahwa ...", "menyatakan, dalam laporan bulanan, bahwa ..."
        m_b = re.search(r"\bbahwa\b", masked[c_start : min(s_end, c_start + 120)])
        comma = masked.find(",", c_start, min(s_end, c_start + 90))
        if m_b is not None and len(masked[c_start : c_start + m_b.start()].split()) <= 5:
            c_start += m_b.end()
            body = masked[c_start:s_end].lstrip().lower()
        elif comma != -1 and len(masked[comma:s_end].split()) >= 3:
            # "mengatakan melalui unggahan di Telegram, pasukannya ..."
            c_start = comma + 1
            body = masked[c_start:s_end].lstrip().lower()
    if (
        body.startswith("untuk ")
        and not stripped.startswith(",")
        # "mengatakan bahwa untuk mengatasi banjir itu, ...": a clause opens with a purpose
        and not stripped.lower().startswith("bahwa")
        # "mengumumkan untuk menggelar tur": announced a plan of one's own
        and low not in ("bersumpah", "berjanji", "menjanjikan", "mengumumkan")
    ):
        return None  # "meminta untuk ..." (but "menjelaskan, untuk pusat komando ...")
    postposed = (
        (
            len(body.split()) <= 8
            and body.startswith(
                ("kepada ", "dalam ", "pada ", "melalui ", "lewat ", "di ", "saat ", "ketika ")
            )
            # "mengatakan (bahwa) saat ini panitia sudah siap": "bahwa" or "saat ini" opens the
            # reported clause, no scene of speaking after the verb
            and not stripped.lower().startswith("bahwa")
            and _NOW_CLAUSE.match(body) is None
        )
        or (
            # "..., koran lokal melaporkan, Selasa.": only the day after the verb
            len(body.split()) <= 3 and _DAY.match(masked[c_start:s_end]) is not None
        )
    )
    if postposed or not body.strip(" ."):
        if _PLACEHOLDER in masked[c_start:s_end] or stripped.startswith(":"):
            # 'menyatakan kepada hakim, "..."', "menjelaskan:" then a quote: the words
            # before the subject are a scene, what was said is the quote that follows
            return None
        # "..., Bank Nusa mengatakan dalam catatannya." -> content before
        comma = masked.rfind(",", s_start, subject.start)
        if comma > s_start:
            span = _content(ctx, s_start, comma)
            if span is None:
                return None
            return _Found(
                _kind(ctx, *span),
                span[0],
                span[1],
                subject,
                (w.group(), w.start(), w.end()),
                (comma, s_end),
            )
        return None
    if (
        _ANAPHOR_CONTENT.match(body)
        and not (starts_clause and len(body.split()) > 4)
        # "menyebut hal tersebut akan ditanggung X": the anaphor is the subject of a clause
        and _ANAPHOR_PREDICATE.match(body) is None
    ):
        # "menyampaikan hal itu": no content of its own ("mengatakan, ini disebabkan sifat
        # delik itu sendiri" has)
        return None
    if (
        (body.startswith(_TOPIC_OPENERS) and not stripped.startswith((",", ":")))
        or _NEED_OBJECT.match(body)
        or (
            _EXISTENCE_OBJECT.match(body)
            and not _PREDICATE.search(body)
            and not low.startswith(_FORECAST)
        )
        # "mengungkapkan kesedihannya", "menyampaikan perasaannya": a feeling shown
        or (
            low in ("mengungkapkan", "menyampaikan", "menyatakan")
            and _FEELING.match(body)
            and not stripped.startswith((",", ":"))  # "mengungkapkan, kemiskinan bukan ..."
            # "menyatakan keadaan darurat banjir Sukamaju diperpanjang ...": a clause about it
            and not (body.startswith(("keadaan", "darurat", "siaga")) and _PREDICATE.search(body))
        )
        # "mengatakan keinginannya menjadikan ...": the wish is an object
        or (low == "mengatakan" and _OWN_FEELING.match(body))
        # "menjelaskan arti dari ...", "mengakui keunggulan lawan": a thing, no statement
        or (
            low in _THING_VERBS
            and not starts_clause
            and _THING_OBJECT.match(body)
            and (low != "mengakui" or body.startswith("keunggulan"))
        )
        # "mengungkapkan alasan di balik ...", "menuturkan harapannya atas ...": a thing
        # about the matter named, no reported clause
        or (not starts_clause and _about_object(body))
        # "menyebutkan beberapa provinsi dengan ...": things listed, no reported clause
        # "mengumumkan permintaan maaf", "mengumumkan pengunduran dirinya"
        or (
            low == "mengumumkan"
            and (
                _NOUN_OBJECT.match(body)
                # "mengumumkan anggota tim sinkronisasi": a short noun phrase, no predicate
                or (
                    len(body.split()) <= 12
                    and not starts_clause
                    and _CLAUSE_VERB.search(body) is None
                )
            )
        )
        # "menjanjikan fasilitas baru di setiap sekolah", "mengumumkan transfer X dari Y
        # dengan kontrak dua tahun": a noun phrase with no predicate at all, however long
        or (
            low in _PLAN_VERBS
            and not starts_clause
            and _CLAUSE_VERB.search(_RELATIVE.sub(" ", body)) is None
        )
    ):
        # "mengungkap soal mahkotanya": a topic named, no statement; the speaker still
        # becomes the one a following "ia" refers to (and the one of a following quote).
        # So are "menekankan pentingnya ...", "membenarkan adanya penggeledahan itu": a
        # noun phrase as the object, no reported clause ("adanya dana itu menjadi jaminan"
        # is one), and a feeling, a wish or an announcement named as the object
        span = _content(ctx, c_start, s_end)
        if span is None:
            return None
        return _Found(
            "indirect",
            span[0],
            span[1],
            subject,
            (w.group(), w.start(), w.end()),
            (s_start, c_start),
            focus_only=True,
        )
    words = body.strip(" .").split()
    if len(words) <= 3 and words and words[-1] in ("itu", "ini", "tersebut"):
        return None  # "membenarkan laporan tersebut": no content of its own
    span = _content(ctx, c_start, s_end)
    if span is None:
        return None
    return _Found(
        _kind(ctx, *span),
        span[0],
        span[1],
        subject,
        (w.group(), w.start(), w.end()),
        (s_start, c_start),
    )


#: "survei Elabe untuk BFM TV": a poll made by one body for another
_POLL_FOR = re.compile(
    r"\s*(?i:survei|survey|jajak\s+pendapat|polling|poling|riset|studi)\s+[A-Z][^,]*?\s(untuk)\s+(?:[a-z]+\s+)?[A-Z]"
)


#: "mantan Direktur Bank Dunia itu": a description ending in a demonstrative
_DESCRIBED_THAT = re.compile(r"[A-Z][\w\-]*[ \t]+(?:itu|ini|tersebut)\b")
_DESCRIBED_END = re.compile(r"\s*(?:$|[,.]|me[a-z]+)")
_DESCRIBED_RUN_ON = re.compile(r"[ \t]+[a-z][a-z\-]*[ \t]+[a-z]")


def lead_text(masked: str, start: int, end: int) -> str:
    """What stands before a cue in its sentence, without commas and spaces."""
    return masked[start:end].strip(" ,\t\n")


#: "Berdasarkan informasi (yang diperoleh) dari X", "Berdasarkan penelitian X": what is
#: said by a body ("berdasarkan data X" is not)
_BASED_ON = re.compile(
    r"[ \t]+(?i:informasi|penelitian|pemberitaan|laporan|kajian|riset|studi"
    r"|hasil[ \t]+(?:penelitian|kajian|riset|studi|survei))"
    r"(?:[ \t]+yang[ \t]+(?:diperoleh|didapat|didapatkan|dimiliki|dihimpun|diterima|dirilis|dikeluarkan|disampaikan))?"
    r"(?:[ \t]+(?:dari|oleh))?(?=[ \t]+\S)"
)
#: "di Indonesia" after a description: where the described source is
_PLACE_TAIL = re.compile(r"[ \t]+(?:di|dari)[ \t]+[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){0,2}[ \t]*")
_BASED_OPENING = re.compile(r"[Bb]erdasarkan\b")
#: words opening an office held in a place ("mantan gubernur DKI Jakarta")
_OFFICE_WORDS = frozenset(
    ["mantan", "eks", "bekas", "gubernur", "wali", "walikota", "bupati", "presiden", "wakil"]
)
#: "(BMKG)" and what follows it
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)[ \t]*,?")


#: "sang bintang ", "eks striker ", "mantan pelatih ": a person described by what they
#: belong to, right before the name of that team, film or band
_SANG_ROLE_BEFORE = re.compile(
    r"(?<![\w\-])(?:[Ss]ang|[Ee]ks|[Mm]antan|[Bb]ekas)[ \t]+(?:[a-z][a-z\-]+[ \t]+){1,2}$"
)


def _never_alone(ctx: _Ctx, src: Source) -> bool:
    """Whether no word of a name of two words or more stands without the rest in the
    article ("Laskar Pelangi" but never "Pelangi"): a title or a band, not a person spoken
    of by one of their names ("Rina Kusuma ... sambung Rina")."""
    if len(src.tokens) < 2:
        return False
    whole = _word_count(ctx, src.text)
    return all(_word_count(ctx, tok) == whole for tok in src.tokens)


#: "yang " right before a cue: the cue opens a relative clause
_RELATIVE_YANG = re.compile(r"(?<![\w-])yang[ \t]+$")
#: ", yang ": a relative clause set off by a comma, an aside that may report
_ASIDE_YANG = re.compile(r",[ \t]*yang[ \t]+$")
#: "Dalam keterangan pers yang ...": the statement a passive cue's content comes from
_IN_STATEMENT = re.compile(
    r"\s*[Dd]alam[ \t]+(?:" + "|".join(sorted(_STATEMENT_NOUNS)) + r"|rilis|siaran|surat)\b"
)
#: "... yang disampaikan X adalah (bahwa) ...": the copula of a cleft, what follows was said
_CLEFT_COPULA = re.compile(r"(?<![\w-])(?:adalah|ialah|yakni|yaitu)(?![\w-])")
#: "Apa yang dikatakan X (memang benar)": the words of X taken up again, no new content
_WHAT_LEAD = re.compile(r"(?:^|[\s,])[Aa]pa[ \t]+yang[ \t]+(?:(?:juga|pernah|telah|sudah)[ \t]+)?$")


def _according(ctx: _Ctx, s_start: int, s_end: int, w: re.Match[str]) -> _Found | None:
    masked, lex = ctx.masked, ctx.lex
    word = w.group()
    low = word.lower()
    cue = (word, w.start(), w.end())
    a_start = w.end()  # where the source's words begin
    based: re.Match[str] | None = None
    acronym: re.Match[str] | None = None
    lead9 = masked[max(s_start, w.start() - 9) : w.start()]
    if _RELATIVE_YANG.search(lead9) is not None and _ASIDE_YANG.search(lead9) is None:
        # "aturan yang menurut dia bisa merugikan ...": a view inside a relative
        # clause describes a thing, no statement reported
        return None
    if low.startswith("berdasarkan"):
        # "Berdasarkan informasi dari BMKG, ...", "Berdasarkan penelitian Badan X, ...": a
        # body as the only source, opening the sentence; "berdasarkan data X" is no quote
        lead0 = masked[s_start : w.start()].strip(" ,")
        based = _BASED_ON.match(masked, w.end(), s_end)
        if based is None or (lead0 and lead0.lower() not in lex.discourse):
            return None
        a_start = based.end()
    if low.endswith("nya") and low[:-3] in lex.according:
        source: Source | None = Source("pronoun", "nya", w.end() - 3, w.end())
        np_end = w.end()
    else:
        np_end = _clause_end(masked, a_start, s_end)
        acronym = (
            None if based is None else _ACRONYM.search(masked, a_start, min(s_end, a_start + 120))
        )
        if acronym is not None:
            # "Badan Cuaca, Iklim dan Gempa (BCIG) gempa ...": the body
            # ends at its acronym (commas inside its name)
            np_end = acronym.end()
            a_start = acronym.start(1)
        seg = masked[a_start:np_end]
        toks = tokens(seg, a_start)
        if not toks:
            return None
        if ctx.reader.pronoun(toks[0].text):
            source = Source(
                "pronoun",
                toks[0].text.lower(),
                toks[0].start,
                toks[0].end,
                number=lex.pronouns.get(toks[0].text.lower(), "sg"),  # "kata mereka": plural
            )
            np_end = toks[0].end
        elif (
            is_capitalised(toks[0].text)
            and len(toks) > 2
            and any(not is_capitalised(t.text) for t in toks[1:3])
            and (
                not is_capitalised(toks[-1].text)
                # "Massa menurut Sutejo bisa jadi akan melawan Darto.": a modal goes on
                # with the reported clause, whatever it ends with
                or next(t.text for t in toks if not is_capitalised(t.text)) in MODALS
            )
        ):
            # "Hal itu menurut Rudi tidak perlu terjadi ..." (no comma after the name)
            run = []
            for tok in toks:
                if not is_capitalised(tok.text):
                    break
                run.append(tok)
            np_end = run[-1].end
            source = ctx.reader.after_cue(masked[a_start:np_end], a_start)
        else:
            first = toks[0].text.lower()
            source = pointer = None
            poll = _POLL_FOR.match(seg)
            if poll is not None:
                seg = seg[: poll.start(1)].rstrip()  # "survei Elabe untuk BFM TV": the pollster
            if first in lex.quantifiers or first in lex.sources:
                # "menurut para nelayan bertujuan ...": an unnamed source
                source = ctx.reader.description(seg, a_start)
            described = _DESCRIBED_THAT.search(seg)
            # the demonstrative closes the phrase: a comma, the end, or the verb; or the
            # reported clause follows it at once ("Menurut pebalap asal Inggris itu mesin
            # motornya ...")
            closed = described is not None and _DESCRIBED_END.match(seg, described.end())
            run_on = (
                described is not None
                and not closed
                and _DESCRIBED_RUN_ON.match(seg, described.end()) is not None
                and not lead_text(masked, s_start, w.start())
            )
            if (
                source is None
                and toks[0].text.islower()
                and described is not None
                and (closed or run_on)
                and len(seg[: described.end()].split()) <= 8
            ):
                # "Menurut mantan Direktur Bank Dunia itu, ...": a description pointing back
                # to a person named before, not the body in it; read up to the demonstrative
                # ("... Bank Dunia itu menjelaskan upaya ...": no comma closes it)
                alt = ctx.reader.subject(seg[: described.end()], a_start)
                if alt is not None and alt.kind == "pronoun":
                    source = pointer = alt
                    if seg[described.end() :].strip(" ,.") and not lead_text(
                        masked, s_start, w.start()
                    ):
                        # no comma after the description: the reported clause follows it
                        np_end = a_start + described.end()
            if source is None:
                source = ctx.reader.after_cue(seg, a_start)
            if source is None or (source.kind == "pronoun" and source is not pointer):
                source = ctx.reader.subject(seg, a_start)
            # "estimasi yang dirilis oleh Departemen Perdagangan", "poling yang dilakukan Ifop"
            oleh = _BY_AGENT.search(seg)
            if oleh is not None:
                alt = ctx.reader.after_cue(oleh.group(1), a_start + oleh.start(1))
                if alt is not None and (source is not None or alt.kind == "name"):
                    source = alt
            if (
                source is None
                and masked[np_end : np_end + 1] == ","
                and len(toks) <= 3
                and all(t.text.islower() for t in toks)
            ):
                # "Menurut pembuatnya, Nusa Robotics, ...": the maker named in apposition
                source = _appositive(ctx, None, a_start, np_end, s_end)
                if source is not None:
                    np_end = _clause_end(masked, np_end + 1, s_end)
            if source is None:
                return None
            if (
                source.kind == "name"
                and masked[np_end : np_end + 1] == ","
                # not "Menurut Markoneng, manajer Jupe, ...": a role after the name
                and masked[np_end + 1 : np_end + 3].lstrip()[:1].isupper()
            ):
                # "Menurut Kepala Dinas X, Rina Wulandari, ...": the name in apposition
                alt = _appositive(ctx, source, a_start, np_end, s_end)
                if alt is not source and alt is not None:
                    source, np_end = alt, _clause_end(masked, np_end + 1, s_end)
    if source is None:
        return None
    if (
        based is None
        and source.kind == "name"
        and source.tokens
        and all(ctx.reader.place(t) for t in source.tokens)
        and masked[a_start : source.start].strip()[:1].islower()
        and masked[a_start : source.start].split()[0].lower() in _OFFICE_WORDS
    ):
        # "menurut mantan gubernur DKI Jakarta, ...": an office of a place, standing for a
        # person named before (resolved like "dia"), not the place
        source = Source("pronoun", "dia", source.start, source.end)
    if based is not None:
        if lex.trigger.search(masked, np_end, s_end) is not None:
            return None  # "Berdasarkan laporan X, lanjut Y, ...": the report is someone's words
        if source.kind == "description" and _PLACE_TAIL.fullmatch(masked, source.end, np_end):
            # "Berdasarkan pemberitaan sejumlah media nasional di Indonesia, ...": where the
            # unnamed source is belongs to its description
            source = Source(
                "description",
                masked[source.start : np_end].rstrip(),
                source.start,
                source.start + len(masked[source.start : np_end].rstrip()),
                number=source.number,
            )
        if acronym is None and (
            masked[np_end : np_end + 1] != "," or re.search(r"\w", masked[source.end : np_end])
        ):
            return None  # the body's name, then a comma: no words of the clause before it
    if (
        source.kind == "name"
        and source.text.lower() in lex.outlets
        and any(
            t.group().lower() in lex.verbs and t.group().lower() not in lex.weak
            for t in lex.trigger.finditer(masked, np_end, s_end)
        )
    ):
        # "Menurut The Daily Nusa, Rendra berkata bahwa ...": the person named after the
        # outlet speaks through it (guideline 6), the outlet is no source of its own
        return None
    lead = masked[s_start : w.start()].strip(" ,")
    if not lead or lead.lower() in lex.discourse or _lead_is_discourse(ctx, lead):
        span = _content(ctx, np_end, s_end)  # "Menurut X, ..."
    elif masked[np_end:s_end].strip(" .") == "":
        span = _content(ctx, s_start, w.start())  # "..., menurut X."
    else:
        span = _content(ctx, s_start, s_end)  # "Hal ini menurut X tidak ..."
    if span is None:
        return None
    return _Found(_kind(ctx, *span), span[0], span[1], source, cue, (w.start(), np_end))


def _lead_is_discourse(ctx: _Ctx, lead: str) -> bool:
    low = lead.lower()
    return any(
        low == d or low.startswith(d + " ") and len(low.split()) <= 3 for d in ctx.lex.discourse
    )


#: an auxiliary or a modal right after an inserted cue's name: the clause goes on
_CLAUSE_GOES_ON = re.compile(
    r"[ \t]+(?:baru|akan|bakal|sudah|telah|tidak|tak|masih|belum|harus|bisa|dapat|mau|perlu"
    r"|sedang|pernah)[ \t]+[a-z]"
)


def _inserted(ctx: _Ctx, s_start: int, s_end: int, w: re.Match[str]) -> _Found | None:
    """ "..., kata X, ..." / "Kata Ali, ..." / "..., lanjut dia." / "... itu kata dia, ..."."""
    masked, lex = ctx.masked, ctx.lex
    word = w.group()
    low = word.lower()
    before = masked[max(s_start, w.start() - 80) : w.start()].rstrip()
    if w.start() - s_start > 80:
        before = "x " + before  # only the last words matter; the sentence began long before
    at_start = not before or (len(before) < 40 and _lead_is_discourse(ctx, before.rstrip(",")))
    after_comma = before.endswith(",")
    source: Source | None
    if before.lower() in _SO and not low.endswith("nya"):
        # '"..." Begitu kata X.': the speaker of the statement before
        np_end = _clause_end(masked, w.end(), s_end)
        source = ctx.reader.described(masked[w.end() : s_end], w.end()) or ctx.reader.after_cue(
            masked[w.end() : np_end], w.end()
        )
        source = _appositive(ctx, source, w.end(), np_end, s_end)
        ctx.afterwords.append((s_start, s_end, source, (word, w.start(), w.end())))
        return None
    if low.endswith("nya") and low[:-3] in lex.cues:
        if not (after_comma or at_start):
            return None
        source = Source("pronoun", "nya", w.end() - 3, w.end())
        np_end = w.end()
    else:
        toks = tokens(masked[w.end() : min(s_end, w.end() + 120)], w.end())
        if not toks:
            return None
        if ctx.reader.pronoun(toks[0].text):
            source = Source(
                "pronoun",
                toks[0].text.lower(),
                toks[0].start,
                toks[0].end,
                number=lex.pronouns.get(toks[0].text.lower(), "sg"),  # "kata mereka": plural
            )
            np_end = toks[0].end
            if masked[np_end : np_end + 5].strip().startswith("lagi"):
                np_end = masked.find("lagi", np_end) + 4
            if not (after_comma or at_start or masked[np_end : np_end + 1] == ","):
                return None
        else:
            if not (after_comma or (at_start and word[:1].isupper())):
                return None
            np_end = _clause_end(masked, w.end(), s_end)
            seg = masked[w.end() : np_end]
            source = ctx.reader.described(masked[w.end() : s_end], w.end())
            first = seg.split()[0].lower() if seg.strip() else ""
            if source is None and (first in lex.quantifiers or first in lex.sources):
                # "..., kata para peneliti.", "..., ujar sejumlah saksi": an unnamed source
                source = ctx.reader.description(seg, w.end())
            if source is not None:
                np_end = max(np_end, source.end)
            elif not seg.strip() or not (
                is_capitalised(seg.split()[0]) or seg.split()[0].lower() in lex.roles
            ):
                return None
            else:
                source = ctx.reader.after_cue(seg, w.end())
            if source is not None and len(masked[w.end() : source.end].split()) > 10:
                return None
            alt = _appositive(ctx, source, w.end(), np_end, s_end)
            if alt is not source and alt is not None and alt.start > np_end:
                nxt_end = _clause_end(masked, np_end + 1, s_end)
                if not masked[alt.end : nxt_end].strip(" ,."):
                    np_end = nxt_end  # "..., kata juru bicara kementerian, Andi Pratama."
            source = alt
    if source is None:
        return None
    if (
        after_comma
        and not at_start
        and source.kind == "name"
        and source.end < np_end
        and _CLAUSE_GOES_ON.match(masked, source.end, np_end) is not None
    ):
        # "Rudi, lanjut Andi baru bisa dimintai keterangan ...": no comma after the name, the
        # reported clause goes on with its predicate
        np_end = source.end
    cue = (word, w.start(), w.end())
    tail = masked[np_end:s_end].strip(" ,.")
    if at_start and not after_comma:
        span = _content(ctx, np_end, s_end)
    elif not tail:
        span = _content(ctx, s_start, w.start())
    else:
        span = _content(ctx, s_start, s_end)
    if span is None:
        return None
    return _Found(_kind(ctx, *span), span[0], span[1], source, cue, (w.start(), np_end))


_THAT = re.compile(r"[ \t]+bahwa\b")
#: what may stand before an agentless passive cue: a discourse connective and "juga", "turut"
_AGENTLESS_LEAD = re.compile(
    r"[ \t]*(?:(?:lebih[ \t]+lanjut|selanjutnya|selain[ \t]+itu|kemudian|di[ \t]+samping[ \t]+itu)"
    r"[ \t]*,?[ \t]*)?(?:(?:juga|turut|pun|pula)[ \t]+)*",
    re.I,
)
#: "saat ini", "kala itu": a time adverb opening the reported clause, not a scene of speaking
_NOW = re.compile(r"(?:saat|kala|ketika|waktu)\s+(?:ini|itu)\b", re.I)
#: an object that only names a topic ("bercerita tentang masa kecilnya")
_TOPIC_OPENERS = ("soal ", "tentang ", "mengenai ", "perihal ", "seputar ")
#: words that open a topic phrase ("Terkait ...", "Soal ...", "Mengenai ...")
_TOPIC_WORDS = frozenset(["terkait", "soal", "mengenai", "tentang", "menyangkut", "perihal"])


def _opening_passive(ctx: _Ctx, s_start: int, s_end: int, w: re.Match[str]) -> _Found | None:
    """ "Dikatakan Arief, sesuai instruksi ...": a passive cue opening the sentence, its agent
    and a comma, then what was said (like "Menurut X, ...")."""
    masked = ctx.masked
    low = w.group().lower()
    if low in _NEWS_PASSIVE or low in _JUDGED or not w.group()[:1].isupper():
        return None
    np_start = w.end()
    m = re.match(r"\s+oleh\b", masked[np_start:s_end])
    if m:
        np_start += m.end()
    comma = masked.find(",", np_start, min(s_end, np_start + 90))
    if comma == -1:
        return None
    words = masked[np_start:comma].split()
    if not words or len(words) > 8:
        return None
    if not (
        is_capitalised(words[0])
        or words[0].lower() in ctx.lex.roles
        or ctx.reader.pronoun(words[0])
    ):
        return None
    if words[0].lower() in ctx.lex.sources or (
        len(words) == 1 and words[0].lower() in ctx.lex.roles
    ):
        return None  # "Ditambahkan oleh warga ...", "Diungkapkan oleh Bupati": no one named
    source = ctx.reader.after_cue(masked[np_start:comma], np_start)
    if source is None or (source.kind == "name" and source.end < comma - 1):
        return None  # "Disampaikan Budi dalam rapat, ...": not the agent alone
    c_start = comma + 1
    alt = _appositive(ctx, source, np_start, comma, s_end)
    if alt is not source and alt is not None:
        source, c_start = alt, _clause_end(masked, comma + 1, s_end) + 1
    span = _content(ctx, c_start, s_end)
    if span is None or len(masked[span[0] : span[1]].split()) < 3:
        return None
    if _ANAPHOR_LEAD.match(masked, span[0], span[1]) is not None:
        return None
    return _Found(
        _kind(ctx, *span),
        span[0],
        span[1],
        source,
        (w.group(), w.start(), w.end()),
        (w.start(), c_start),
    )


#: "penghormatan kepada X juga": a noun of an act towards someone as the passive's subject
_TRIBUTE_LEAD = re.compile(
    r"(?:^|[,.]\s*)(?:ke|pe|per|pen|pem|peng|peny)[a-z]{3,}an\s+(?:kepada|terhadap|bagi)\s"
    r"[^,.]*$"
    # "..., sambutan disampaikan X": a speech given, its content not told
    r"|(?:^|[,.]\s*)(?:kata\s+)?(?:sambutan|pidato|ceramah|tausiah|salam)(?:nya)?\s*$",
    re.I,
)


#: "dalam dakwaan X", "dalam laporan tahunan X": a document as the one that says
_IN_DOCUMENT = re.compile(
    r"[ \t]*dalam[ \t]+((?:dakwaan|tuntutan|putusan|laporan|dokumen|surat|rilis|survei|studi"
    r"|penelitian|kajian|riset|kitab|buku)\b)"
)
_AS_SAID = re.compile(r"(?:\bseperti|\bsebagaimana)(?:[ \t]+yang)?$")
#: "Hal senada diungkapkan X", "Pernyataan serupa juga disampaikan X": a second person
#: agreeing, no content of their own (and not the speaker of the words before)
_SIMILAR_LEAD = re.compile(
    r"\s*[A-Za-z][a-z]*(?:[ \t]+yang)?[ \t]+(?:sama|senada|serupa)"
    r"(?:[ \t]+(?:juga|pun|pula|sempat))*[ \t]*"
)
#: what may follow the agent of such a passive: context, not a clause
_AGENT_TAIL = frozenset(
    ["dari", "menanggapi", "terkait", "sebagai", "sembari", "seraya", "sekaligus", "usai", "."]
)
#: "Fakta itu ", "Kabar tersebut pun ": a lower-case noun (and one modifier) with a
#: demonstrative before a passive cue
_POINTING_LEAD = re.compile(
    r"\s*[A-Za-z][a-z\-]*(?:[ \t]+[a-z][a-z\-]*)?[ \t]+(?:itu|ini|tersebut)"
    r"(?:[ \t]+(?:pun|juga|pula|sempat|telah|sudah|pernah|lalu|kemudian|sebelumnya))*[ \t]*"
)


def _passive(ctx: _Ctx, s_start: int, s_end: int, w: re.Match[str]) -> _Found | None:
    """ "..., seperti diungkapkan oleh X" / "Upaya itu, diakui X, untuk ..."."""
    masked = ctx.masked
    lead = masked[s_start : w.start()]
    prev_word = lead.split()[-1].lower() if lead.split() else ""
    if prev_word in ("tidak", "tak", "belum", "bukan"):
        return None  # "tidak disebutkan pejabat yang ...", "belum diungkapkan media"
    anaphoric = bool(_ANAPHOR_SUBJECT.match(lead)) or (
        # "Fakta itu dibeberkan oleh X", "Informasi tersebut juga disampaikan X": a short
        # noun phrase pointing back, no content of its own (but "Vonis itu dinilai X ...")
        w.group().lower() not in _JUDGED and _POINTING_LEAD.fullmatch(lead) is not None
    )
    if not lead.strip():
        return _opening_passive(ctx, s_start, s_end, w)
    # "Apa yang dikatakan X memang benar", "Pernyataan yang disampaikan X ditujukan ...":
    # a relative clause about words said, not a report of them
    relative = _WHAT_LEAD.search(lead) is not None or (
        _RELATIVE_YANG.search(lead) is not None
        and _AS_SAID.search(lead.rstrip().lower()) is None
        # ", yang diklaim X, ...": an aside that reports; "Dalam keterangan yang
        # disampaikan X, ...": the statement the content comes from
        and _ASIDE_YANG.search(lead) is None
        and not _IN_STATEMENT.match(lead)
    )
    if relative and _CLEFT_COPULA.search(masked, w.end(), s_end) is None:
        # (but "Hal menarik yang disampaikan X adalah ...": a cleft that reports)
        return None
    np_start = w.end()
    m = re.match(r"\s+oleh\b", masked[np_start:s_end])
    if m:
        np_start += m.end()
    np_end = _clause_end(masked, np_start, s_end)
    seg = masked[np_start:np_end]
    first_word = seg.split()[0] if seg.strip() else ""
    judged = w.group().lower() in _JUDGED
    if judged:
        # "Vonis itu dinilai (oleh) Lembaga X lebih ...": an evaluation reported only with a
        # named agent, and the agent is the capitalised run right after the cue ("dinilai
        # Budi penting untuk ... Indonesia": not the later name)
        agent = _AGENT_RUN.match(masked, np_start, s_end)
        if agent is None:
            return None
        np_end = agent.end()
        seg = masked[np_start:np_end]
        first_word = seg.split()[0]
    source = None if judged else ctx.reader.described(masked[np_start:s_end], np_start)
    document = _IN_DOCUMENT.match(masked, np_start, np_end)
    if document is not None and _AS_SAID.search(lead.rstrip()) is not None:
        # "..., seperti yang disebutkan dalam dakwaan X": the document says so
        doc = masked[document.start(1) : np_end].rstrip(" ,.")
        author = ctx.reader.after_cue(masked[document.end(1) : np_end], document.end(1))
        if author is not None and author.kind == "name" and author.org:
            source = author  # "dalam laporan Bank Dunia": the body that wrote it
        else:
            source = Source(
                "description",
                doc,
                document.start(1),
                document.start(1) + len(doc),
                tokens=doc.split(),
            )
    if source is not None:
        np_end = max(np_end, source.end)
    elif not first_word or not (
        is_capitalised(first_word)
        or first_word.lower() in ctx.lex.roles
        or ctx.reader.pronoun(first_word)
        # "seperti yang dikatakan warga Kecamatan X Rina Wulandari": a source noun first
        or first_word.lower() in ctx.lex.sources
    ):
        source = None
    else:
        source = ctx.reader.after_cue(seg, np_start)
    if np_end < s_end and masked[np_end] == ",":
        alt = _appositive(ctx, source, np_start, np_end, s_end)
        if alt is not source and alt is not None:
            source, np_end = alt, _clause_end(masked, np_end + 1, s_end)
    cue = (w.group(), w.start(), w.end())
    if (
        w.group().lower() in _NEWS_PASSIVE
        and (
            source is None
            or source.kind != "name"
            or source.text.lower() not in ctx.lex.outlets
            or ctx.lex.trigger.search(masked, np_end, s_end) is not None
            # "Seperti dilaporkan X, ...": opening the sentence, the outlet is where the news
            # was taken from, not a source quoted
            or _NEWS_OPENING.fullmatch(masked, s_start, w.start()) is not None
            or _NEWS_CUE.search(masked, s_start, w.start()) is not None  # said before
            # "rencana yang diberitakan X": a relative clause
            or masked[max(s_start, w.start() - 6) : w.start()].rstrip().endswith(" yang")
        )
    ):
        # "seperti diberitakan Billboard": only a news outlet reports so ("X dilaporkan
        # Y ke polisi" is a complaint); one that names a speaker after it is a via
        return None
    if _SIMILAR_LEAD.fullmatch(lead) is not None:
        if source is not None and source.kind in ("name", "description"):
            ctx.agents.append(source)  # in focus for an "Ia mengaku ..." after it
        return None
    if anaphoric and not _ANAPHOR_SUBJECT.match(lead):
        # a pointing lead ("Fakta itu dibeberkan X melalui ...") is no report only when
        # nothing but context follows the agent ("Sistem ini diakui X bisa ..." reports)
        after_agent = (
            masked[source.end if source is not None else np_end : s_end].lstrip(" ,").split()
        )
        tail_word = after_agent[0].lower().strip(",") if after_agent else ""
        anaphoric = (
            not tail_word
            or tail_word in _CONTEXT_START
            or tail_word in _AGENT_TAIL
            # "ditegaskan Kevin Tan, Partner Maju Ventures": an appositive
            or all(t[:1].isupper() or t in ("dan", "of", "&") for t in after_agent)
        )
        if anaphoric and source is not None and source.kind == "name" and not source.org:
            # "Fakta itu diutarakan Kepala Humas Edi Santoso": his full name, and he is
            # the one a following "ia" or "kata Edy" stands for
            ctx.agents.append(replace(source, person=True))
    if anaphoric:
        # "Hal itu disampaikan X ...", "Demikian dikatakan X": no content of its own; it
        # names the speaker (and the place) of the statement before
        ctx.afterwords.append((s_start, s_end, source, cue))
        return None
    if _TRIBUTE_LEAD.search(lead) is not None:
        # "penghormatan kepada X juga diucapkan Y": a tribute paid, not a statement (but Y
        # stays in focus for a "katanya" after it)
        if source is not None and source.kind == "name" and not source.org:
            ctx.agents.append(source)
        return None
    if source is None:
        that = _THAT.match(masked, w.end(), s_end)
        if that is None or not _AGENTLESS_LEAD.fullmatch(lead):
            return None
        # "Lebih lanjut, turut disampaikan bahwa ...": no agent, the report goes on in the
        # voice of the source before (resolved like "-nya")
        span = _content(ctx, that.end(), s_end)
        if span is None:
            return None
        source = Source("pronoun", "nya", w.start(), w.start())
        return _Found(_kind(ctx, *span), span[0], span[1], source, cue, (w.start(), that.end()))
    trimmed = lead.rstrip()
    as_said = _AS_SAID.search(trimmed)
    if as_said is not None:
        # "..., seperti (yang) dikatakan X", "..., sebagaimana disampaikan X"
        trimmed = trimmed[: as_said.start()].rstrip()
    if trimmed.endswith(","):
        span = _content(ctx, s_start, s_start + len(trimmed) - 1)
        after = masked[source.end : np_end].lstrip()
        if (
            source.end < np_end
            and source.kind == "name"
            and (_NOW.match(after) is not None or lead.split()[0].lower() in _TOPIC_WORDS)
        ):
            np_end = source.end  # "diakui Gagan saat ini ...": the name ends the cue
        tail = masked[np_end:s_end].strip(" ,.")
        if tail and (tail.split()[0].lower() not in _CONTEXT_START or _NOW.match(tail) is not None):
            if lead.split()[0].lower() in _TOPIC_WORDS:
                # "Terkait persyaratan itu, diakui Gagan saat ini klubnya belum ...": the
                # lead is the topic, the clause after the source is what was said
                span = _content(ctx, np_end, s_end)
            else:
                span = _content(ctx, s_start, s_end)
    else:
        span = _content(ctx, s_start, s_end)
    if span is None:
        return None
    return _Found(_kind(ctx, *span), span[0], span[1], source, cue, (w.start(), np_end))


# -- via and channel -----------------------------------------------------------------
_DOMAIN = re.compile(r"[A-Z][\w\-]*(?:\.[a-z]{2,4}){1,2}")
_OUTLET_RUN = re.compile(
    r"((?:[A-Z0-9][\w.&'\-/!]*)"
    r"(?:\s+(?:[A-Z0-9][\w.&'\-/!]*|(?:of|the|de|dello|della|del|degli|des|du)\b))*)"
)


_TO_OUTLET = re.compile(
    r"\b(?:(?P<to>[Kk]epada|kpd|dihubungi|dikonfirmasi|ditemui|diwawancarai|diwawancara"
    # "saat ditanya Billboard", "keterangan yang diterima kumparan", "laporan yang diperoleh
    # Reuters", "dalam wawancara dengan ...", "saat berbincang dengan ..."
    r"|ditanya|diterima|diperoleh|(?:wawancara(?:nya)?|berbincang|berbicara)\s+dengan)"
    # "tutur X menurut FFT": weaker, only a name shaped like an outlet's
    r"|pada|dengan|bersama|menurut)\s+(?:oleh\s+)?"
    # "kepada kantor berita ZKRN", "oleh media Belanda Radio Kincir": any name
    r"(?:(?:(?P<media>koran|harian|kantor berita|stasiun televisi|wartawan|reporter)|media|tim)"
    r"\s+(?P<nation>[A-Z][a-z]+\s+(?=[A-Z]))?)?"
)
#: "tutur X di Liverpool Echo", "kata X dalam laman ESPN": only a name shaped like an outlet
_AT_OUTLET = re.compile(r"\b(?:di|dalam\s+(?:laman|situs))\s+")
#: "kepada situs resmi klub", "dilansir laman resmi Persib": the club's own site
_OFFICIAL_SITE = re.compile(
    r"(?:situs|laman|website)(?:\s+web)?\s+resmi\s+(?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*|klub|tim)"
)
_LOWER_OUTLET = re.compile(r"[a-z][\w.\-]*")
#: a news site by its address ("dilansir bola.net", "kepada detik.com")
_LOWER_DOMAIN = re.compile(r"[a-z][\w\-]*(?:\.(?:com|net|id|org|co|tv|uk|us|au))+")
_LOWER_DOMAIN_AT = re.compile(r"([a-z][\w\-]*(?:\.(?:com|net|id|org|co|tv|uk|us|au))+)(?!\w|\.\w)")
#: the last word of a publication's or broadcaster's name ("Huffington Post", "Liverpool Echo")
_OUTLET_HEADS = frozenset(_lang.lines("quote_outlet_heads.txt"))
#: after "di", the narrower set ("di Washington Post", not "di Liga Italia")
_OUTLET_HEADS_AT = frozenset(_lang.lines("quote_outlet_heads_at.txt"))
#: the first word of one ("Sky Italia", "The Sunday Telegraph", "Radio Free Asia")
_OUTLET_FIRST = frozenset(e.capitalize() for e in _lang.lines("quote_outlet_first.txt"))
#: the first word of a league's, venue's or building's name ("di Hotel Grand Daily")
_VENUE_WORDS = frozenset(_lang.lines("quote_venue_words.txt"))
#: one word of two capitalised parts ("DailySocial", "AceShowbiz"): a brand, not a name
#: ("DiCaprio", "McGregor" have a short first part)
_CAMEL = re.compile(r"[A-Z][a-z]{2,}[A-Z][a-z]+")
_OUTLET_ACRONYM = re.compile(r"[A-Z]{2,4}")
_TV_NAME = re.compile(r"[A-Z][\w\-]*TV")


def _outlet_shape(ctx: _Ctx, name: str, to: bool, at: bool = False) -> bool:
    """A capitalised name missing from the outlet list that has an outlet's shape: a last
    word like "Post", "Echo", "TV" or a first word like "Sky", "The". After "di" (``at``)
    only the narrower last words and no name of a league or a venue ("di The Pallas", "di
    Liga Italia" are places). After "kepada" (``to``) also a brand written in one word of
    two capitalised parts, or an acronym the article uses nowhere else and that names no
    organisation the lists know."""
    words = name.split()
    last = words[-1]
    if at and len(words) > 1:
        if last.lower() not in _OUTLET_HEADS_AT or words[0].lower() in _VENUE_WORDS:
            return False
        return words[0] not in ctx.lex.roles and words[0].lower() not in ctx.lex.roles
    if len(words) > 1 and (last.lower() in _OUTLET_HEADS or words[0] in _OUTLET_FIRST):
        return words[0] not in ctx.lex.roles and words[0].lower() not in ctx.lex.roles
    if len(words) > 1:
        return False
    if _TV_NAME.fullmatch(name) is not None:
        return True
    if (
        not to
        or name in ctx.lex.persons
        or name in ctx.lex.affiliations
        or name in ctx.lex.orgs
        or name.lower() in ctx.lex.places
    ):
        return False
    if _CAMEL.fullmatch(name) is not None:
        return True
    return _OUTLET_ACRONYM.fullmatch(name) is not None and _word_count(ctx, name) == 1


def _outlet_name(ctx: _Ctx, text: str, shape: int = 0) -> str | None:
    """The outlet that ``text`` opens with: a listed outlet, a site address or, with
    ``shape``, a name shaped like an outlet (1: after "kepada", any such shape; 2: after
    "di", the whole name; 3: after "pada", "dengan", a name with an outlet's word; 4: after
    "kantor berita", any capitalised name)."""
    low = None if shape == 2 else _LOWER_OUTLET.match(text)  # "di antara" is no outlet
    if low is not None and (
        low.group().rstrip(".") in ctx.lex.outlets
        or _LOWER_DOMAIN.fullmatch(low.group().rstrip(".")) is not None
    ):
        return low.group().rstrip(".")  # "kepada kumparan", "dikutip dari detik.com"
    m = _OUTLET_RUN.match(text)
    if m is None:
        return None
    name = m.group(1).rstrip(".")
    words = name.split()
    if shape == 2:
        # "di Bloomberg", not "di Times Square": the whole name is the outlet
        if name.lower() in ctx.lex.outlets or _outlet_shape(ctx, name, False, True):
            return name
        return None
    for n in range(len(words), 0, -1):
        cand = " ".join(words[:n])
        if cand.lower() in ctx.lex.outlets:
            return cand
    if words and _DOMAIN.fullmatch(words[0]):
        return words[0]  # "kepada CNNIndonesia.com"
    if shape == 4:
        # "kepada kantor berita Anadolu Senin (3/4)": any capitalised name, up to a day
        kept = list(itertools.takewhile(lambda w: w not in _WEEKDAYS, words))
        return " ".join(kept) or None
    if shape and _outlet_shape(ctx, name, shape == 1):
        return name  # "kepada Huffington Post", "kepada DailySocial"
    return None


#: "koran ", "kantor berita the ": the kind of outlet before its name in a via phrase
_OUTLET_KIND_LEAD = re.compile(
    r"^(?:" + _outlet_kinds(sep=" ") + r")\s+(?:the\s+(?=[A-Z]))?", flags=re.I
)


def _via(ctx: _Ctx, start: int, end: int) -> Via | None:
    text = ctx.text
    region = text[start:end]
    low = region.lower()
    for phrase in ctx.lex.via:
        i = low.find(phrase)
        while i != -1:
            j = i + len(phrase)
            if (i == 0 or not low[i - 1].isalnum()) and (j >= len(low) or not low[j].isalnum()):
                rest = region[j:].lstrip()
                site = _OFFICIAL_SITE.match(rest)
                if site is not None:
                    r_start = start + region.find(site.group(), j)
                    return Via(name=site.group(), start=r_start, end=r_start + len(site.group()))
                rest = _OUTLET_KIND_LEAD.sub("", rest)
                m = _OUTLET_RUN.match(rest) or _LOWER_DOMAIN_AT.match(rest)
                if m is not None:
                    name = m.group(1).rstrip(".")
                    r_start = start + region.find(name, j)
                    return Via(name=name, start=r_start, end=r_start + len(name))
            i = low.find(phrase, i + 1)
    for m in _TO_OUTLET.finditer(region):
        at = m.end()
        rest = region[at:]
        site = _OFFICIAL_SITE.match(rest)
        # "kepada media, X ...", "kepada media CEO X": only an outlet's name after "media"
        level = 4 if m.group("media") else 1 if m.group("to") else 3
        nation = m.group("nation")
        if site is None and nation is not None and nation.strip().lower() not in ctx.lex.places:
            # "kepada kantor berita Reuters Senin", "kantor berita Associated Press": the
            # capitalised word is the outlet's own, no nation ("media Belanda Radio Kincir")
            at = m.start("nation")
            rest = region[at:]
            site = _OFFICIAL_SITE.match(rest)
        name = site.group() if site is not None else _outlet_name(ctx, rest, level)
        if name is None and nation is not None:
            # the other reading of the word: the outlet after the nation, or the one it opens
            at = m.end() if at == m.start("nation") else m.start("nation")
            name = _outlet_name(ctx, region[at:], level)
        if name is not None:
            r_start = start + at
            return Via(name=name, start=r_start, end=r_start + len(name))
    for m in _AT_OUTLET.finditer(region):
        name = _outlet_name(ctx, region[m.end() :], 2)
        if name is not None:
            r_start = start + m.end()
            return Via(name=name, start=r_start, end=r_start + len(name))
    return None


#: "Menurut laporan X, ...", "menurut siaran pers ...": the report the words are from
_ACCORDING_CHANNELS = tuple(
    sorted(_lang.lines("quote_according_channels.txt"), key=lambda c: (-len(c), c))
)
_ACCORDING_CHANNEL = re.compile(
    r"(?<![\w-])[Mm]enurut\s+("
    + "|".join(re.escape(c) for c in _ACCORDING_CHANNELS)
    + r")(?![\w-])"
)


def _channel(ctx: _Ctx, start: int, end: int) -> str | None:
    region = ctx.text[start:end]
    m = ctx.lex.channel_re.search(region)
    if m is None:
        according = _ACCORDING_CHANNEL.search(region)
        return None if according is None else according.group(1)
    phrase = m.group(1).lower()
    if phrase in ("dihubungi", "dikonfirmasi"):
        # "saat dihubungi melalui telepon": the medium says more than the call
        medium = ctx.lex.channel_re.search(region, m.end())
        if medium is not None and medium.start() - m.end() < 40:
            m, phrase = medium, medium.group(1).lower()
    head, tail_end = m.start(1), m.end(1)
    if phrase in ("unggahan", "akun", "cuitan", "kicauan", "pesan singkat", "video"):
        stop = re.search(r"[,.;]|\s(?:pada|saat|ketika|yang)\s", region[tail_end:])
        if stop is not None and stop.start() <= 60:
            tail_end += stop.start()
    elif phrase.endswith("nya"):
        tail_end -= 3  # "dalam keterangan tertulisnya": the channel, not its owner
    if phrase in ("dihubungi", "dikonfirmasi"):
        head = m.start()
    return region[head:tail_end].strip()


# -- resolution ----------------------------------------------------------------------
_PT = re.compile(r"\bPT\.?\s+([A-Z][\w\-]+)")
_PERSERO = re.compile(r"\b([A-Z][\w\-]+)\s+\(Persero\)")
_ENGLISH_JOINER = re.compile(r"\s(?:of|and|for)\s")
_JOINED_NAME = re.compile(r"\b([A-Z][\w\-]+)(?:\s+[A-Z][\w\-]+){0,3}\s+(?:of|and|for)\s+[A-Z]")


def _org_tokens(text: str) -> frozenset[str]:
    # each pattern runs only where its literal part occurs (a substring test costs little)
    found = set(_PT.findall(text)) if "PT" in text else set()
    if "(Persero)" in text:
        found.update(_PERSERO.findall(text))
    if _ENGLISH_JOINER.search(text) is not None:
        found.update(_JOINED_NAME.findall(text))
    # entity mentions are not used here: a statistical tagger that puts a role or an
    # organisation inside a person's span would cut real names short
    return frozenset(found)


_LOWER_WORD = re.compile(r"(?<![\w-])[a-z][\w-]*")
_SINGLE = re.compile(
    r"(?:^|(?<![\w-])[a-z][\w-]*,?[ \t]+|[.!?:\"\u201d][ \t]+)([A-Z][\w'\-]*)(?=[,.;:!?]|\s+[a-z]|\s*$)",
    re.M,
)


#: the first word of a two-word name standing on its own after a lower-case word ("kata Sri
#: Mulyani.", "bagi Budi Karya,")
_OPENER = re.compile(
    r"(?<=[a-z][ \t])([A-Z][a-z][\w'\-]*)[ \t]+[A-Z][a-z][\w'\-]*(?=[,.;:!?]|\s+[a-z])"
)


#: a capitalised word alone where a sentence, a line or a quotation opens ("Kabar yang ...")
_OPENING_WORD = re.compile(
    r"[.!?:\n\"\u201d\u2013\u2014-][ \t]*([A-Z][\w'\-]*)(?![\w'\-]|[ \t]+[A-Z])"
)
#: "di Hawaii", "di Gunung Sari": capitalised words after "di" ("ke" also takes people
#: and clubs: "uang itu diserahkan ke Andi", "bergabung ke Eintracht")
_LOCATED = re.compile(r"[Dd]i[ \t]+((?!The\b)[A-Z][a-z][\w'\-]*(?:[ \t]+[A-Z][a-z][\w'\-]*)?)")


def _occurs_more(text: str, word: str, n: int) -> bool:
    """Whether ``word`` occurs in ``text`` more than ``n`` times (stops at the n+1st)."""
    pos = -1
    for _ in range(n + 1):
        pos = text.find(word, pos + 1)
        if pos == -1:
            return False
    return True


def _word_evidence(
    text: str,
) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Capitalised words the text also uses alone (a name said on its own: "ujar Ferdi,"),
    the words it writes in lower case, the capitalised words it puts after "di"
    (places: "warga di Hawaii") and the capitalised words it uses only alone at the opening
    of a sentence ("Kabar yang beredar ...": likely common nouns)."""
    # a word seen alone only where a sentence opens ("Kabar yang beredar ...") is as likely
    # a common noun as a name: a name is also written elsewhere (inside a sentence, or in a
    # longer name); counted as a substring, so "Kabarnya" keeps "Kabar" (the lenient side)
    # ('"...," Budi menambahkan' goes on: a mark after a comma opens nothing)
    openings = Counter(
        m.group(1)
        for m in _OPENING_WORD.finditer(text)
        if not (text[m.start()] in '"\u201d' and text[m.start() - 1 : m.start()] == ",")
    )
    opening_only = frozenset(w for w, n in openings.items() if not _occurs_more(text, w, n))
    single = frozenset(_SINGLE.findall(text))
    lower = frozenset(_LOWER_WORD.findall(text))
    # "di" standing alone ("Hadi Santoso", "Jadi Jakarta" are no places)
    located = frozenset(
        w
        for m in _LOCATED.finditer(text)
        if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_")
        for w in m.group(1).split()
    )
    return single, lower, located, opening_only


def _canonical(names: list[str], more: Sequence[str] = ()) -> dict[str, str]:
    """Map short forms ("Ali") to the fuller name used in the same document (``more``:
    other full names the text gives, only as targets)."""
    fulls = sorted(
        {n for n in [*names, *more] if len(n.split()) >= 2}, key=lambda s: (-len(s.split()), s)
    )
    by_token: dict[str, list[str]] = {}
    for full in fulls:
        for tok in set(full.split()):
            by_token.setdefault(tok, []).append(full)
    out: dict[str, str] = {}
    for name in set(names):
        toks = name.split()
        for full in by_token.get(toks[0], []):
            ftoks = full.split()
            if len(ftoks) <= len(toks):
                continue
            if any(ftoks[i : i + len(toks)] == toks for i in range(len(ftoks) - len(toks) + 1)):
                out[name] = full
                break
        else:
            if len(toks) == 2:
                # "Haryanto Wiryo" for "Haryanto Sasmito Wiryo": the first and the
                # last word of one fuller name (and of no other) in the document
                outer = [
                    f
                    for f in by_token.get(toks[0], [])
                    if len(f.split()) > 2
                    and f.split()[0] == toks[0]
                    and f.split()[-1] == toks[1]
                    # not "Min - Ho" for "Min Ho": the same name, spaced
                    and all(w[:1].isalpha() for w in f.split()[1:-1])
                ]
                if len(outer) == 1:
                    out[name] = outer[0]
    return out


def document_reader(text: str, lex: Lexicon | None = None) -> Reader:
    """A name reader with ``text``'s own evidence (words it uses alone, writes in lower
    case, puts after "di", organisation words, ...), as ``extract`` reads names."""
    single_runs, lower_words, located, opening_only = _word_evidence(text)
    return Reader(
        lex if lex is not None else lexicon(),
        _org_tokens(text),
        single_runs,
        lower_words,
        located,
        opening_only,
        lambda: frozenset(_OPENER.findall(text)),
        text,
    )


def extract(
    text: str,
    mentions: Sequence[Mention] = (),
    entity_at: EntityLookup | None = None,
) -> tuple[list[Quote], list[str]]:
    """Quotes in ``text`` in text order, and warnings (unbalanced marks)."""
    if not text or not text.strip():
        return [], []
    lex = lexicon()
    para_starts = marks.paragraphs(text)
    reader = document_reader(text, lex)
    lower_words = reader.lower_words
    ctx = _Ctx(text, text, lex, reader, para_starts, consumed=bytearray(len(text) + 1))
    found = _direct(ctx)
    sentences = _sentences(ctx.masked, para_starts, lower_words)
    interview = _interview(ctx)
    if interview:
        # "Tanya: ... / Jawab: ...": the answers are the interviewee's words
        spans = sorted((f.start, f.end) for f in interview)
        found.extend(interview)
        sentences = [s for s in sentences if not _inside(spans, s[0])]
    links = _link_lines(text)
    if links:
        # "Baca juga: Menurut X, ..." is the title of another article, not a statement
        sentences = [s for s in sentences if not _inside(links, s[0])]
        found = [f for f in found if not _inside(links, f.start)]
    direct_spans = sorted((f.start, f.end) for f in found)
    span_ends = [b for _a, b in direct_spans]
    for hit in _indirect(ctx, sentences):
        j = bisect.bisect_right(span_ends, hit.start)
        overlapping = (
            [direct_spans[j][0]] if j < len(direct_spans) and direct_spans[j][0] < hit.end else []
        )
        if overlapping:
            # a reported clause running into a direct quote: keep the part before the quote
            cut = min(overlapping)
            while cut > hit.start and text[cut - 1] in marks.MARKS + " ":
                cut -= 1
            span = _content(ctx, hit.start, cut) if cut > hit.start else None
            if span is None or len(text[span[0] : span[1]].split()) < 3:
                continue
            hit.start, hit.end = span
        found.append(hit)
    found.sort(key=lambda f: (f.start, f.end))
    _attach_afterwords(ctx, found)
    salient = _salient(ctx, sentences) + ctx.agents
    return _resolve(ctx, found, mentions, entity_at, salient), ctx.warnings


_GAP = re.compile(r"[\s.,!?\"\u201c\u201d\u201e\u00ab\u00bb]*")


def _attach_afterwords(ctx: _Ctx, found: list[_Found]) -> None:
    """'"...." Demikian disampaikan X.' / '"..."\n\nHal itu dikatakan X': the speaker named
    right after cue-less direct quotes is theirs (and so for the quotes just before them)."""
    if not ctx.afterwords or not found:
        return
    ends = [f.end for f in found]
    for a_start, a_end, source, cue in ctx.afterwords:
        if source is None:
            continue
        i = bisect.bisect_right(ends, a_start) - 1
        nxt = a_start
        while i >= 0:
            f = found[i]
            gap = _GAP.match(ctx.text, f.end, nxt)
            if (
                f.kind != "direct"
                or f.source is not None
                or not f.inherit
                or gap is None
                or gap.end() != nxt
                or nxt - f.end > 12
            ):
                break
            f.source, f.cue, f.inherit, f.region = source, cue, False, (a_start, a_end)
            nxt = f.start - 1 if f.start > 0 else 0
            while nxt > 0 and ctx.text[nxt - 1] in marks.MARKS:
                nxt -= 1
            i -= 1


_QUESTION = re.compile(r"^[ \t]*(?:Tanya|TANYA|T|Q)[ \t]*:", re.M)
_ANSWER = re.compile(r"^[ \t]*(?:Jawab|JAWAB|J|A)[ \t]*:[ \t]*(\S[^\n]*)$", re.M)


def _interview(ctx: _Ctx) -> list[_Found]:
    """Answers of an interview set out as "Tanya: ... / Jawab: ...": direct speech of the
    person interviewed (resolved like "ia": the person the text has named)."""
    text = ctx.text
    if _QUESTION.search(text) is None:
        return []
    out = []
    for m in _ANSWER.finditer(text):
        start, end = m.start(1), m.end(1)
        while end > start and text[end - 1].isspace():
            end -= 1
        if len(text[start:end].split()) < 2 or ctx.masked[start:end].count(_PLACEHOLDER):
            continue
        label = m.start(1) - 1
        out.append(
            _Found(
                "direct",
                start,
                end,
                Source("pronoun", "narasumber", label, label),
                None,
                (m.start(), m.start(1)),
            )
        )
    if out:
        # the questions and answers name no speaker: hide them from the name readers
        masked = list(ctx.masked)
        for q in _QUESTION.finditer(text):
            line_end = text.find("\n", q.start())
            line_end = len(text) if line_end == -1 else line_end
            masked[q.start() : line_end] = _PLACEHOLDER * (line_end - q.start())
        for f in out:
            masked[f.region[0] : f.end] = _PLACEHOLDER * (f.end - f.region[0])
        ctx.masked = "".join(masked)
    return out


_LEAD = re.compile(r"[^\s,;:()\"\u201c\u201d]+")


def _salient(ctx: _Ctx, sentences: list[tuple[int, int]]) -> list[Source]:
    """People named as the subject at the start of a sentence ("Ryder tidak merinci ...") or
    of a clause ("Tidak hanya Dimas, sang sutradara Rina Kusuma pun turut ..."): antecedents
    for a later "ia" / "-nya" even when they said nothing quotable."""
    out: list[Source] = []
    n = len(sentences)
    for i, (s_start, s_end) in enumerate(sentences):
        for src in (
            _sentence_subject(ctx, s_start, s_end),
            _clause_subject(ctx, s_start, s_end),
        ):
            if src is not None:
                out.append(src)
        if i + 1 < n:
            src = _reactor(ctx, s_start, s_end, sentences[i + 1][0])
            if src is not None:
                out.append(src)
    return out


_REACTOR_NEXT = ("Ia ", "Dia ", "Beliau ", "Menurut", '"', "\u201c", _PLACEHOLDER)


#: a person who reacts, named at the end of a sentence ("... mendapat sambutan positif dari
#: peneliti LIPI Amir Rasyid.", "Pernyataan itu dibantah Budi Santoso."): the one a "menurutnya"
#: in the next sentence stands for
_REACTOR = re.compile(
    r"\b(?:(?:tanggapan|sambutan|apresiasi|kritik|kritikan|komentar|respons|respon|reaksi"
    r"|dukungan|pujian|bantahan)(?:[ \t]+[a-z]+){0,2}[ \t]+dari"
    r"|(?:ditanggapi|dibantah|dikritik|disambut|diapresiasi|dikomentari|direspons|direspon"
    r"|dipuji|disanggah)(?:[ \t]+oleh)?)[ \t]+([^.!?,;\n\u2592]{3,120})$"
)


def _reactor(ctx: _Ctx, s_start: int, s_end: int, next_start: int) -> Source | None:
    masked = ctx.masked
    end = s_end
    while end > s_start and masked[end - 1] in " \t\n.!?":
        end -= 1
    last_word = masked.rfind(" ", s_start, end)
    if last_word == -1 or not masked[last_word + 1 : last_word + 2].isupper():
        return None  # the sentence does not end in a name
    nxt = masked[next_start : next_start + 60].lstrip()
    if not (
        nxt.startswith(_REACTOR_NEXT) or "nya" in nxt[:16] or " tersebut" in nxt or " itu " in nxt
    ):
        return None  # only where a pronoun, a quote, "menurutnya" or "X tersebut" follows
    m = _REACTOR.search(masked, max(s_start, end - 200), end)
    if m is None:
        return None
    src = ctx.reader.subject(m.group(1), m.start(1))
    if (
        src is None
        or src.kind != "name"
        or src.org
        or len(src.tokens) < 2
        or ctx.masked[src.end : m.end(1)].strip()
    ):
        return None
    first = m.group(1).split()[0].lower()
    if not src.person and not (
        first in ctx.lex.roles or first in ctx.lex.sources or first in PERSON_NOUNS
    ):
        return None  # a person, or one given a role ("peneliti LIPI Amir Rasyid")
    return src


#: auxiliaries between a subject and its verb ("X telah mengatakan", "X sedang menyiapkan")
_AUXILIARIES = "telah|sudah|akan|bakal|tengah|sedang|masih|pernah"
_CLAUSE_SUBJECT = re.compile(
    r",[ \t]+((?:(?:sang|para)[ \t]+)?(?:[a-z]+[ \t]+){0,3}?(?:[A-Z][\w'\-]*[ \t]+){1,4}?)"
    r"(?:(?:pun|juga|turut|lalu|kemudian|lantas|sendiri|pula|sempat|kembali|akhirnya|"
    + _AUXILIARIES
    + r")[ \t]+)*"
    r"(?:me|ber)[a-z]{3,}\b"
)


#: "Berbeda dengan Dimas, Sekar Putri (24) justru memilih ...": a second person brought in by
#: a comparison at the head of the sentence, the subject of its main clause
_CONTRAST_SUBJECT = re.compile(
    r"[ \t]*(?:(?:Berbeda[ \t]+dengan|Lain[ \t]+halnya[ \t]+dengan|Tak[ \t]+seperti"
    r"|Tidak[ \t]+seperti|Senada[ \t]+dengan|Sama[ \t]+seperti|Seperti[ \t]+halnya)"
    r"[ \t][^,.\n]{1,60}|([A-Z][a-z]+(?:[ \t]+[a-z]+){0,2}))"
    r",[ \t]+((?:[A-Z][\w'\-]*[ \t]+){2,4}?)(?:\(\d{1,3}\)[ \t]+)?"
    r"(?:(?:pun|juga|justru|malah|bahkan|sendiri|turut|lalu|kemudian|lebih|"
    + _AUXILIARIES
    + r")[ \t]+)*"
    r"(?:me|ber)[a-z]{3,}\b"
)


def _clause_subject(ctx: _Ctx, s_start: int, s_end: int) -> Source | None:
    masked, lex = ctx.masked, ctx.lex
    comma = masked.find(",", s_start, min(s_end, s_start + 240))
    if comma == -1:
        return None  # both patterns need a comma
    contrast = (
        _CONTRAST_SUBJECT.match(masked, s_start, min(s_end, s_start + 240))
        if comma - s_start <= 75 and masked[comma + 2 : comma + 3].isupper()
        else None
    )
    if contrast is not None and (
        contrast.group(1) is None
        # "Sementara itu, Fajar Aziz berharap ...", "Terakhir, ...": a discourse opener
        or contrast.group(1).lower() in lex.discourse
        or contrast.group(1).lower() in ("terakhir", "kini", "sekarang")
    ):
        src_c = ctx.reader.subject(contrast.group(2), contrast.start(2))
        if (
            src_c is not None
            and src_c.kind == "name"
            and not src_c.org
            and len(src_c.tokens) >= 2
            and not any(ctx.reader.known_org(t) for t in src_c.tokens)
        ):
            src_c.person = True
            return src_c
    m = _CLAUSE_SUBJECT.search(masked, s_start, min(s_end, s_start + 240))
    if m is None:
        return None
    lower = [w for w in m.group(1).split() if w[:1].islower()]
    if any(w not in lex.roles and w not in ("sang", "para") for w in lower):
        return None
    src = ctx.reader.subject(m.group(1), m.start(1))
    if (
        src is not None
        and src.kind == "name"
        and src.person
        and not src.org
        and lower
        and not any(ctx.reader.known_org(t) for t in src.tokens)
    ):
        return src
    return None


#: a capitalised abstract noun heading a sentence ("Kehadiran X", "Pendapat X", "Usul X"): X is
#: only its possessor, not the subject
_NOMINAL = re.compile(r"(?:Ke|Pe|Per|Pen|Pem|Peng|Peny)[a-z]{3,}an(?:nya)?|[A-Z][a-z]{3,}[aeo]si")
_ABSTRACT_HEADS = frozenset(
    (
        "pendapat",
        "usul",
        "prestasi",
        "tujuan",
        "sikap",
        "ucapan",
        "komentar",
        "kritik",
        "nasib",
        "karier",
        "karir",
        "langkah",
        "aksi",
        "rencana",
        "janji",
        "ide",
        "gagasan",
        "alasan",
        "harapan",
        "target",
        "niat",
        "upaya",
        "cuitan",
        "unggahan",
        "foto",
        "video",
    )
)

#: institutions whose names have the same shape ("Kementerian", "Kedutaan Besar")
_ORG_NOMINALS = frozenset(
    (
        "perusahaan",
        "kedutaan",
        "kelurahan",
        "kecamatan",
        "kepaniteraan",
        "persatuan",
        "perserikatan",
        "perhimpunan",
        "perkumpulan",
        "pemerintahan",
        "kesatuan",
        "kesultanan",
        "keuskupan",
        "kerajaan",
        "kepresidenan",
        "kementrian",
        "perwakilan",
        "kejaksaan",
        "kepolisian",
        "kementerian",
        "pengadilan",
        "perbankan",
        "pertamina",
        "kesekretariatan",
        "kemahasiswaan",
        "kepanitiaan",
        "persekutuan",
        "pesantren",
        "perpustakaan",
        "pelabuhan",
        "perumahan",
        "pemakaman",
        "penerbangan",
        "perkebunan",
        "pertanian",
        "perikanan",
        "perhubungan",
        "pendidikan",
        "kesehatan",
        "kebudayaan",
        "kehutanan",
        "keamanan",
        "kelautan",
        "keuangan",
        "perdagangan",
        "perindustrian",
        "ketenagakerjaan",
        "kependudukan",
        "kepemudaan",
        "pertahanan",
        "kejuaraan",
        "pekan",
    )
)


def _abstract_head(ctx: _Ctx, word: str) -> bool:
    """A capitalised abstract noun opening a sentence, not an institution or an office."""
    low = word.lower()
    if low in _ORG_NOMINALS or low in ctx.lex.orgwords or low in ctx.lex.roles:
        return False
    if low in ctx.lex.fields or low in _PLACE_HEADS:
        return False
    return _NOMINAL.fullmatch(word) is not None or low in _ABSTRACT_HEADS


_POINTS_BACK = re.compile(r"(?:itu|ini|tersebut)\b")


def _spaced_compound(ctx: _Ctx, left: str, right: str) -> bool:
    """ "Maju - Jaya": capitalised words joined by a spaced hyphen, which the document also
    writes inside a sentence (after a lower-case word), so one name, not a dateline's dash
    (answers kept per document: one text search per pair of words)."""
    if not (left[:1].isupper() and right[:1].isupper()):
        return False
    known = ctx.spaced.get((left, right))
    if known is None:
        known = _spaced_compound_in(ctx.text, left, right)
        ctx.spaced[(left, right)] = known
    return known


def _spaced_compound_in(text: str, left: str, right: str) -> bool:
    if text.count(f"{left} - {right}") < 2:
        return False  # written once: the dateline's dash ("JAKARTA - Presiden ...")
    pattern = r"\b[a-z]+[ \t]+" + re.escape(left) + r"[ \t]+-[ \t]+" + re.escape(right) + r"\b"
    return re.search(pattern, text) is not None


def _sentence_subject(ctx: _Ctx, s_start: int, s_end: int) -> Source | None:
    masked, lex = ctx.masked, ctx.lex
    lead = _OUTLET_LEAD.match(masked, s_start, s_end)
    outlet = None if lead is None else _OUTLET_AT_COMMA.match(masked, lead.end(), s_end)
    if outlet is not None:
        s_start = outlet.end()  # "Dilansir NME pada Senin (3/4), X ...": X is the subject
    words = list(_LEAD.finditer(masked, s_start, min(s_end, s_start + 160)))
    chunk_end = None
    seen_cap = False
    joined = -1  # "Hartmann dan Sato datang ...": two people as one subject
    for i, w in enumerate(words):
        word = w.group()
        if word in ("-", "\u2013", "\u2014", "--"):
            if (
                word == "-"
                and 0 < i < len(words) - 1
                and _spaced_compound(ctx, words[i - 1].group(), words[i + 1].group())
            ):
                continue  # "CEO Maju - Jaya Rudi Hartanto": a hyphen inside a name
            s_start, seen_cap, joined = w.end(), False, -1  # after "JAKARTA (Pos Kota) -"
            continue
        if word[:1].isupper() or (word.startswith("(") and word.endswith(")")):
            seen_cap = True
            continue
        if word.lower() in lex.roles or word in ("bin", "binti", "al", "van", "de"):
            continue
        if (
            word.isalpha()
            and word.islower()
            and masked[s_start : w.start()].split() in (["Pasangan"], ["Duo"])
            and i + 1 < len(words)
            and words[i + 1].group()[:1].isupper()
        ):
            # "Pasangan selebriti Andi Pratama dan Maya Kusuma ...": the pair named after
            # what they are
            s_start, seen_cap = w.end(), False
            continue
        if (
            word == "dan"
            and seen_cap
            and joined == -1
            and i + 1 < len(words)
            and words[i + 1].group()[:1].isupper()
        ):
            joined = w.start()
            continue
        chunk_end = w.start() if seen_cap else None
        break
    if chunk_end is None:
        return None
    chunk = masked[s_start:chunk_end]
    if _PLACEHOLDER in chunk:
        return None
    if "," in chunk:
        return _role_then_name(ctx, s_start, chunk.rstrip(" \t,"))
    if _POINTS_BACK.match(masked, chunk_end) is not None:
        return None  # "Model Rosa's Label itu melahirkan ...": the person named before

    if joined != -1:
        return _group(ctx, s_start, joined, chunk_end)
    caps = chunk.split()
    if len(caps) >= 2 and caps[0].lower() in ctx.lex.discourse:
        caps = caps[1:]  # "Namun Arsana melihat ...": a connective before a lone name
    if len(caps) < 2 and not (caps and caps[0] in ctx.reader.single_runs):
        return None
    if _abstract_head(ctx, caps[0]):
        return None  # "Keberhasilan Sean finis ...": the subject is his success, not Sean
    src = ctx.reader.subject(masked[s_start:chunk_end], s_start)
    if (
        src is not None
        and src.kind == "name"
        and not src.org
        and (src.person or (len(caps) == 1 and src.tokens == caps))
        and not any(ctx.reader.known_org(t) for t in src.tokens)
    ):
        src.person = True  # a lone name is kept below only when the text quotes it
        return src
    return None


def _role_then_name(ctx: _Ctx, start: int, chunk: str) -> Source | None:
    """ "Pelatih Garuda Muda, Rinaldo Sihombing (di depan wartawan ...)": an office, a comma and
    the person holding it open the sentence; the person is its subject."""
    head, comma, tail = chunk.partition(",")
    words = head.split()
    if not words or "," in tail or words[0].lower() not in ctx.lex.roles:
        return None
    at = start + len(head) + len(comma)
    src = ctx.reader.subject(tail, at)
    if (
        src is None
        or src.kind != "name"
        or src.org
        or not src.person
        or len(src.tokens) < 2
        or ctx.masked[at : src.start].strip()
        # "Kapten Nusa FC, Doni Prakoso Tolak Tawaran ...": a headline goes on after the name
        or ctx.masked[src.end : start + len(chunk)].strip()
    ):
        return None
    return src


def _group(ctx: _Ctx, start: int, joint: int, end: int) -> Source | None:
    """ "Donald Trump dan Shinzo Abe" as one plural antecedent ("mereka", "keduanya")."""
    parts = []
    for p_start, p_end in ((start, joint), (joint + 3, end)):
        seg = ctx.masked[p_start:p_end]
        words = seg.split()
        if not words or (len(words) == 1 and words[0] not in ctx.reader.single_runs):
            return None
        src = ctx.reader.subject(seg, p_start)
        if src is None and len(words) == 1 and PLAIN_WORD.fullmatch(words[0]):
            # "Hartmann dan Sato datang": a word joined to another name is a name even where it
            # only opens the sentence
            at = p_start + seg.index(words[0])
            src = Source("name", words[0], at, at + len(words[0]), tokens=[words[0]])
        if src is None or src.kind != "name" or src.org or not (src.person or len(words) == 1):
            return None
        parts.append(src)
    text = f"{parts[0].text} dan {parts[1].text}"
    return Source(
        "group",
        text,
        parts[0].start,
        parts[1].end,
        number="pl",
        tokens=[parts[0].text, parts[1].text],
    )


#: heads of place names, never a speaker ("Pulau Dewata", "Jalan Sudirman")
_PLACE_HEADS = frozenset(
    [
        "pulau",
        "bandar",
        "tanah",
        "pantai",
        "gunung",
        "danau",
        "sungai",
        "selat",
        "teluk",
        "jalan",
        "jl",
        "jln",
        "gedung",
        "stadion",
        "bandara",
        "pelabuhan",
        "hotel",
        "kawasan",
        "taman",
        "istana",
        "masjid",
        "gereja",
        "pura",
        "kota",
        "kabupaten",
        "provinsi",
        "desa",
        "kampung",
        "kecamatan",
        "kelurahan",
        "pasar",
        "mal",
        "rumah",
        "rs",
        "universitas",
        "sekolah",
        "gelora",
        "lapangan",
        "sirkuit",
        "arena",
        "festival",
        "piala",
        "liga",
        "grup",
        "film",
        "album",
        "lagu",
        "program",
        "hari",
        "tahun",
    ]
)
#: a name after these words is not who speaks ("mendiang Jiro", "kepada Sri Mulyani")
_NOT_SPEAKING = frozenset(
    [
        "sosok",
        "mendiang",
        "almarhum",
        "almarhumah",
        "alm",
        "kepada",
        "untuk",
        "terhadap",
        "melawan",
        "lawan",
        "menghadapi",
        "mengalahkan",
        "dikalahkan",
        "bernama",
        "film",
        "lagu",
        "album",
    ]
)
_OBJECT_VERB = re.compile(r"(?:me[mn]|meng|meny|memper)[a-z]{3,}$")
_FUNCTION_OPENERS = frozenset(
    [
        "di",
        "ke",
        "dari",
        "pada",
        "dalam",
        "untuk",
        "bagi",
        "dengan",
        "oleh",
        "sejak",
        "saat",
        "ketika",
        "setelah",
        "sebelum",
        "menurut",
        "kata",
        "lewat",
        "melalui",
        "seperti",
        "sementara",
        "namun",
        "tetapi",
        "meski",
        "jika",
        "bila",
        "karena",
        "selain",
        "sebagai",
        "tak",
        "tidak",
        "sang",
        "para",
        "adalah",
        "ialah",
    ]
)
_CAP_RUN = re.compile(
    r"(?<![\w\-@#])[A-Z][\w'\-]*(?:[ \t]+(?:[A-Z][\w'\-]*|bin|binti|al|van|de|von))*"
)


class _Nearby:
    """Names in the text (persons, then organisations), for a pronoun that has no speaker
    or salient subject before it; built once per document, only when needed."""

    #: how far back (characters) a name may stand
    REACH = 1500

    def __init__(self, ctx: _Ctx) -> None:
        self.ctx = ctx
        masked, reader, lex = ctx.masked, ctx.reader, ctx.lex
        self.items: list[Source] = []
        #: items that stand as the subject of a verb ("Sutanto akan dipanggil")
        self.subjects: set[int] = set()
        titles = _title_lines(masked, ctx.para_starts)
        for m in _CAP_RUN.finditer(masked):
            run = m.group()
            words = run.split()
            lead = masked[max(0, m.start() - 3) : m.start()]
            initial = m.start() == 0 or "\n" in lead or bool(re.search(r"[.!?:\"\u201d]\s*$", lead))
            if initial and (
                words[0].lower() in reader.lower_words
                or len(words) == 1
                or words[0].lower() in _FUNCTION_OPENERS
                or _abstract_head(ctx, words[0])
            ):
                if len(words) == 1:
                    continue  # "Mirisnya, ...", "Bersenang-senang di ..."
                offset = run.index(words[1], len(words[0]))
                run, start = run[offset:], m.start() + offset
            else:
                start = m.start()
            if (
                run.split()[0].lower() in _PLACE_HEADS
                or run.lower() in lex.outlets
                or _inside(titles, start)
                or _DATELINE_END.match(masked, m.end())
                or _CODE_NUMBER.match(masked, m.end())
            ):
                # "Pulau Dewata", "CNN Indonesia", a headline, "Jakarta, CNN --", "pesawat
                # Garuda GA 123": a name with a number after it is a flight, a ship, a model
                continue
            before = masked[max(0, start - 12) : start].split()
            if before and (before[-1].lower() in _NOT_SPEAKING or _OBJECT_VERB.match(before[-1])):
                continue  # "untuk mendiang Jiro", "mengenang Jiro": not the one who speaks
            if len(run.split()) == 1 and (
                run not in reader.single_runs
                or (
                    before
                    and before[-1][:1].islower()
                    and before[-1] not in lex.roles
                    and before[-1] not in ("oleh", "dan", "bersama")
                    and not before[-1].endswith(",")
                )
            ):
                continue  # "suporter Borneo": a lone word after a common noun
            src = reader.subject(run, start)
            if src is None or src.kind != "name" or src.tokens[0] in reader.located:
                continue  # "Biak Numfor" when the text says "di Polres Biak Numfor": a place
            if not src.person and len(src.tokens) == 1 and not src.org:
                tok = src.tokens[0]
                if (
                    tok not in reader.single_runs
                    or reader._stop_word(tok)
                    or tok.lower() in lex.places
                ):
                    continue
                src.person = True
            if _SUBJECT_NEXT.match(masked, m.end()):
                self.subjects.add(len(self.items))
            self.items.append(src)
        self.starts = [item.start for item in self.items]

    def before(self, pos: int, known: frozenset[str] | set[str] = frozenset()) -> Source | None:
        """The nearest name before ``pos`` that is the subject of a verb or that the text
        also gives as a speaker, else a person's name of two words or more that the text
        never writes in lower case, else (close by) an organisation."""
        lower = self.ctx.reader.lower_words
        i = bisect.bisect_left(self.starts, pos) - 1
        person: Source | None = None
        org: Source | None = None
        while i >= 0 and pos - self.items[i].start <= self.REACH:
            item = self.items[i]
            subject = i in self.subjects
            i -= 1
            if item.end > pos:
                continue
            if item.person and not item.org:
                if subject or any(t in known for t in item.tokens):
                    return item
                if (
                    person is None
                    and len(item.tokens) >= 2
                    and not any(t.lower() in lower for t in item.tokens)
                ):
                    person = item
            elif org is None and item.org and pos - item.start <= 400:
                org = item
        return person or org


#: after a name: it is the subject of a verb ("Sutanto akan dipanggil", "Maria mengaku")
_SUBJECT_NEXT = re.compile(
    r"[ \t]+(?:(?:juga|pun|sendiri|kemudian|lalu|lantas|akan|sudah|telah|masih|belum|tidak|tak"
    r"|kini|pernah|sempat|baru|memang|justru|bahkan|turut|ikut)[ \t]+)*"
    r"(?:me|ber|di|ter)[a-z]{3,}\b"
)
_CODE_NUMBER = re.compile(r"[ \t]+\d")
#: "Jakarta, CNN Indonesia --": the end of a dateline
_DATELINE_END = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*(?:--|[-\u2013\u2014])[ \t]")


def _title_lines(text: str, para_starts: list[int]) -> list[tuple[int, int]]:
    """Paragraphs that do not end a sentence (headlines, captions, link titles)."""
    out = []
    for i, start in enumerate(para_starts):
        end = para_starts[i + 1] - 1 if i + 1 < len(para_starts) else len(text)
        line = text[start:end].rstrip()
        if line and line[-1] not in ".!?\"\u201d)\u2019'" + _PLACEHOLDER:
            out.append((start, end))
    return out


_NAME_RUN = re.compile(r"[A-Z][\w'\-]*\.?(?:[ \t]+[A-Z][\w'\-]*\.?)*")
_ROLE_BEFORE = re.compile(r"([A-Za-z][\w\-]*)[ \t]+$")


def _title_holder(ctx: _Ctx, src: Source, cache: dict[str, Source | None]) -> Source | None:
    """ "Bupati Poso", "Menko Polhukam": a role over an organisation or place, standing for the
    person the text names with that title ("Bupati Poso Darmin Sigilipu")."""
    text, lex = ctx.text, ctx.lex
    if src.text.lower() in lex.roles:
        title = src.text  # "kata Wakapolri": the title alone
    else:
        m = _ROLE_BEFORE.search(text, max(0, src.start - 30), src.start)
        if m is None or m.group(1).lower() not in lex.roles or m.group(1).lower() in lex.sources:
            return None
        title = text[m.start(1) : src.end]
    if title in cache:
        return cache[title]
    found: Source | None = None
    for t in re.finditer("(?i:" + re.escape(title) + r")\)?,?[ \t]+(?=[A-Z])", text):
        run = _NAME_RUN.match(text, t.end())  # the name right after the title
        if run is None:
            continue
        end = run.end()
        cand = ctx.reader.after_cue(text[t.end() : end], t.end())
        if cand is not None and REGNAL.fullmatch(cand.text) and src.text.lower() not in lex.roles:
            # "Ratu Elizabeth" after "Ratu Elizabeth II": the number completes the name
            found = Source(
                "name",
                f"{src.text} {cand.text}",
                src.start,
                src.end,
                person=True,
                tokens=[*src.tokens, cand.text],
            )
            break
        if (
            cand is not None
            and cand.kind == "name"
            and not cand.org
            and cand.start == t.end()
            and (
                cand.person
                or len(cand.tokens) >= 2
                or (
                    cand.text.lower() not in ctx.reader.lower_words
                    and cand.text.lower() not in lex.places
                )
            )
        ):
            found = cand
            if not src.org and title.lower() in lex.given_titles:
                # "ujar Imam" with "Menpora Imam Santoso" before: the title-like word was
                # read as the person's own name, so it stays with the name after it
                found = Source(
                    "name",
                    f"{text[t.start() : t.start() + len(title)]} {cand.text}",
                    src.start,
                    src.end,
                    person=True,
                    tokens=[title, *cand.tokens],
                )
            break
    cache[title] = found
    return found


class _Mentions:
    """Entity mentions sorted by start, for overlap look-ups in logarithmic time."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.items = sorted(mentions)
        self.starts = [m[0] for m in self.items]
        self.longest = max((m[1] - m[0] for m in self.items), default=0)

    def find(self, start: int, end: int) -> tuple[str, str] | None:
        lo = bisect.bisect_left(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end)
        for m_start, m_end, eid, name, _label in self.items[lo:hi]:
            if m_start < end and start < m_end:
                return eid, name
        return None


def _lookup(
    mentions: _Mentions, entity_at: EntityLookup | None, start: int, end: int
) -> tuple[str, str] | None:
    if entity_at is not None:
        try:
            hit = entity_at(start, end)
        except Exception:  # noqa: BLE001 - another component's helper must not break quotes
            hit = None
        if hit is not None:
            return hit
    return mentions.find(start, end)


#: an unnamed source introduced as new ("seorang sumber", "sumber lain", "para pakar"), not
#: one pointing back ("sumber itu", "sang sumber")
_INDEFINITE = re.compile(
    r"(?i:(?:seorang|salah\s+(?:seorang|satu)|sejumlah|beberapa|para|sebuah)\s+\S.*"
    r"|\S+\s+(?:lain|lainnya))"
)


#: a description that points back ("ketua klub tersebut", "pria berusia 40 tahun itu")
_DEMONSTRATIVE_END = re.compile(r"\s(?:tersebut|itu|ini)$")


#: a name closing a sentence, the description standing in the next one
_CLOSES_SENTENCE = re.compile(r"\.[ \t]+[^.!?\n\"\u201c\u201d\u2592]*$")
_LISTING = frozenset(["dan", "serta", "atau", "yaitu", "yakni", "seperti", "antara", "dengan"])


_CAP_END = re.compile(r"[A-Z][\w'\-]*$")


def _name_closes_sentence(masked: str, since: int, pos: int) -> bool:
    """A cheap test before looking for names: a capitalised word closes the sentence before
    ``pos``, after ``since``."""
    dot = masked.rfind(".", max(since, 0), pos)
    return dot > 0 and _CAP_END.search(masked, max(0, dot - 40), dot) is not None


def _named_since(
    nearby: _Nearby, pos: int, since: int, known: frozenset[str] | set[str]
) -> Source | None:
    """The person named last before ``pos`` when the text names them after ``since`` (where
    the last speaker spoke), for a description such as "pria asal Bandung itu"."""
    near = nearby.before(pos, known)
    if (
        near is None
        or not near.person
        or near.org
        or near.start <= since
        or len(near.tokens) < 2
        or _CLOSES_SENTENCE.match(nearby.ctx.masked, near.end, pos) is None
    ):
        return None
    lead = nearby.ctx.masked[max(0, near.start - 12) : near.start].split()
    if lead and lead[-1].lower() in _LISTING:
        return None  # "... yaitu Ali Rahman dan Hasan Basuki. Mantan kapten itu": a list
    return near


_INTRODUCED_WORD = re.compile(r"[ \t]+([a-z][a-z\-]*)")
_VERBISH = re.compile(r"(?:me|ber|di|ter|se)[a-z]{3,}|yang|itu|ini|dan|di|ke|dari|saat|kepada")


def _introduced(ctx: _Ctx, src: Source, before: int, since: int) -> Speaker | None:
    """ "seorang ibu paruh baya" introduced by the narrative for a described source ("ibu
    berlogat Batak itu") whose head noun it shares, after the last named speaker."""
    words = src.text.split()
    if len(words) < 2 or words[0].lower() not in PERSON_NOUNS:
        return None
    head = words[0].lower()
    lo = max(since, before - 800, 0)
    at = ctx.masked.rfind(f"seorang {head}", lo, before)
    if at == -1 or (at > 0 and ctx.masked[at - 1].isalnum()):
        return None
    end = at + len("seorang ") + len(head)
    if ctx.masked[end : end + 1].isalnum():
        return None
    for _ in range(2):
        m = _INTRODUCED_WORD.match(ctx.masked, end)
        if m is None or _VERBISH.fullmatch(m.group(1)) is not None:
            break
        end = m.end()
    return Speaker(name=ctx.text[at:end], start=at, end=end)


#: a name right before the words that describe it: "Bara 'Senja'", "Bara, vokalis grup band "
_DESCRIBED_NAME = re.compile(
    r"(?<![\w\-])([A-Z][a-z]+)(?:[ \t]*['\u2018\"(]|[ \t]*,[ \t]*((?:[a-z]+[ \t]+){1,4}))$"
)


def _described_by(ctx: _Ctx, src: Source, before: int, known: set[str]) -> Source | None:
    """ "vokalis grup band Senja tersebut": the one speaker whose name the text gives right
    before the description's own capitalised word, in quotes ("Bara 'Senja'") or in an
    apposition with the description's head noun ("Bara, vokalis band Senja"), not the
    person who spoke last."""
    if _DEMONSTRATIVE_END.search(src.text) is None:
        return None
    words = src.text.split()
    head = words[0].lower()
    caps = [w for w in words[1:-1] if w[:1].isupper() and w.isalpha() and w not in known]
    if not caps:
        return None
    hits: dict[str, tuple[int, int]] = {}
    for cap in caps:
        capital = re.compile(r"(?<![\w\-])" + re.escape(cap) + r"(?![\w\-])")
        for m in capital.finditer(ctx.text, 0, before):
            near = _DESCRIBED_NAME.search(ctx.text, max(0, m.start() - 60), m.start())
            if (
                near is not None
                and near.group(1) in known
                and (near.group(2) is None or head in near.group(2).split())
            ):
                hits.setdefault(near.group(1), (near.start(1), near.end(1)))
    if len(hits) != 1:
        return None
    word, (start, end) = next(iter(hits.items()))
    return Source("name", word, start, end, tokens=[word])


def _resolve(
    ctx: _Ctx,
    found: list[_Found],
    mention_list: Sequence[Mention],
    entity_at: EntityLookup | None,
    salient: Sequence[Source] = (),
) -> list[Quote]:
    text = ctx.text
    mentions = _Mentions(mention_list)
    names = [f.source.text for f in found if f.source is not None and f.source.kind == "name"]
    singles = [s.text for s in salient if s.kind == "name" and len(s.tokens) == 1]
    canon = _canonical(names + singles, [s.text for s in salient if s.person])
    known = {tok for name in names for tok in name.split()}
    known.update(a.text for a in ctx.agents)  # "Hal senada diungkapkan Apriyani": in focus
    salient = [s for s in salient if len(s.text.split()) >= 2 or s.text in known]
    last: Speaker | None = None
    last_pos = -1
    last_group: Speaker | None = None
    mention: Speaker | None = None
    mention_pos = -1
    out: list[Quote] = []
    pending = sorted(salient, key=lambda s: s.start)
    nearby: _Nearby | None = None
    titles: dict[str, Source | None] = {}
    group: Speaker | None = None
    group_pos = -1
    last_group_pos = -1
    #: the last speaker named by a single word not known as a person ("Muse"), possibly a
    #: band, a team or a company: what "mereka" stands for when no group has spoken since
    #: ("keduanya" stays with the people named)
    last_thing: Speaker | None = None
    last_thing_pos = -1
    #: the unnamed source quoted last ("kata seorang sumber") and where, against where the
    #: focus last spoke: a cue-less quote right after goes on in the unnamed voice
    unnamed: Speaker | None = None
    unnamed_pos = -1
    last_spoke = -1
    k = 0
    for f in found:
        while (
            k < len(pending)
            and pending[k].start < f.start
            and (f.source is None or pending[k].start < f.source.start or f.source.start >= f.start)
        ):
            src_m = pending[k]
            k += 1
            if src_m.kind == "group":
                name_g = " dan ".join(canon.get(t, t) for t in src_m.tokens)
                group = Speaker(name=name_g, start=src_m.start, end=src_m.end)
                group_pos = src_m.start
                continue
            name_m = canon.get(src_m.text, src_m.text)
            hit = _lookup(mentions, entity_at, src_m.start, src_m.end)
            mention = Speaker(
                name=name_m, entity=hit[0] if hit else None, start=src_m.start, end=src_m.end
            )
            mention_pos = src_m.start
        speaker: Speaker | None = None
        src = f.source
        if (
            src is not None
            and src.kind == "name"
            and (src.org or (len(src.tokens) == 1 and src.text not in canon))
        ):
            holder = _title_holder(ctx, src, titles)
            if holder is not None:
                src = holder  # "Bupati Poso mengatakan": the Bupati named elsewhere
            elif src.text[:1].islower() and src.text in ctx.lex.roles:
                # '"...," harap walikota': the official spoken of, like "ia"
                src = Source("pronoun", src.text, src.start, src.end)
        if (
            src is not None
            and src.kind == "name"
            and _SANG_ROLE_BEFORE.search(ctx.masked, max(0, src.start - 50), src.start)
            and (not src.person or _never_alone(ctx, src))
        ):
            # "kata eks striker Persib", "sang bintang Laskar Pelangi mengaku": a person
            # described by the team, film or band they belong to, standing for the person
            # in focus (like "ia"), not the team itself
            src = Source("pronoun", "dia", src.start, src.end)
        if src is not None and src.kind in ("name", "description"):
            name = canon.get(src.text, src.text) if src.kind == "name" else src.text
            entity = (
                _lookup(mentions, entity_at, src.start, src.end) if src.kind == "name" else None
            )
            eid = None
            if entity is not None:
                eid, ename = entity
                if len(name.split()) == 1 and len(ename.split()) > 1:
                    # "Ali" linked to "Ali Mundakir": take the entity's name, cleaned of roles
                    cleaned = ctx.reader.after_cue(ename, 0)
                    if (
                        cleaned is not None
                        and cleaned.kind == "name"
                        and len(cleaned.text.split()) > 1
                        and name in cleaned.text.split()
                    ):
                        name = cleaned.text
            speaker = Speaker(name=name, entity=eid, start=src.start, end=src.end)
        elif src is not None and src.kind == "pronoun":
            introduced = _introduced(ctx, src, min(src.start, f.start), max(last_pos, mention_pos))
            named: Source | None = None
            if introduced is None:
                named = _described_by(ctx, src, min(src.start, f.start), known)
            if (
                introduced is None
                and named is None
                and _DEMONSTRATIVE_END.search(src.text) is not None
                and _name_closes_sentence(
                    ctx.masked, max(last_pos, mention_pos), min(src.start, f.start)
                )
            ):
                if nearby is None:
                    nearby = _Nearby(ctx)
                named = _named_since(
                    nearby, min(src.start, f.start), max(last_pos, mention_pos), known
                )
            if introduced is not None:
                # '... ketika seorang pedagang tua menyela ... "...," kata pedagang berkacamata
                # itu': the person the narrative introduced since anyone spoke
                speaker = last = introduced
            elif named is not None:
                # '... mendapat apresiasi dari Budi Santoso. Ketua klub tersebut menilai
                # ...': "X tersebut" is the person named since the last speaker spoke
                hit = _lookup(mentions, entity_at, named.start, named.end)
                speaker = last = Speaker(
                    name=canon.get(named.text, named.text),
                    entity=hit[0] if hit else None,
                    start=named.start,
                    end=named.end,
                )
                mention, mention_pos = speaker, named.start
            elif (
                src.number == "pl"
                and group is not None
                and src.text not in ("nya", "pihaknya")
                and (last_group is None or group_pos > last_group_pos)
            ):
                speaker = group
            elif (
                src.text == "mereka"
                and last_thing is not None
                and last_thing_pos > last_group_pos
                and f.start - last_thing_pos < 1500
            ):
                speaker = last_thing
            elif src.number == "pl" and last_group is not None and src.text != "nya":
                speaker = last_group
            elif (
                src.number == "sg"
                and last_group is not None
                and (last is None or (last_group.start or 0) > (last.start or 0))
                and (mention is None or mention_pos < (last_group.start or 0))
                and _spokesperson(ctx, last_group)
            ):
                # '..., ucap seorang juru bicara Kementerian X. Ia juga mengatakan': the
                # unnamed spokesperson who spoke last, not the person quoted before
                speaker = last_group
            elif mention is not None and (last is None or mention_pos > last_pos):
                speaker = mention
                if src.number == "sg":
                    last = mention  # the focus moves to the person just named
            else:
                speaker = last
            if speaker is None:
                # no speaker yet: the person named last before it ("..., Maria Londa, ...
                # Atlet asal Bali tersebut mengaku ..."), else an organisation ("Kementerian
                # X mengimbau ... Menurutnya, ...")
                if nearby is None:
                    nearby = _Nearby(ctx)
                near = nearby.before(
                    min(src.start, f.start) if f.kind == "direct" else src.start, known
                )
                described = src.text not in ctx.lex.pronouns and src.text != "narasumber"
                if near is not None and described and not near.person:
                    near = None  # "Pemuda itu mengaku": a person, never the airline before
                if near is None and described:
                    # nobody named: the source stays as the text describes it
                    speaker = Speaker(name=src.text, start=src.start, end=src.end)
                if near is not None:
                    name_n = canon.get(near.text, near.text)
                    hit = _lookup(mentions, entity_at, near.start, near.end)
                    speaker = Speaker(
                        name=name_n, entity=hit[0] if hit else None, start=near.start, end=near.end
                    )
                    if near.person:
                        last, last_pos = speaker, f.end
                    else:
                        last_group, last_group_pos = speaker, f.start
        elif f.inherit and unnamed is not None and unnamed_pos > last_spoke:
            speaker = unnamed  # '"...," kata seorang sumber. "...."'
        elif f.inherit and last is not None and f.start - last_pos < 2500:
            speaker = last
        elif f.inherit and last is None and last_group is None:
            # a quote with no cue before anyone has spoken: the one the text has just named
            # ("Linkin Park mengumumkan perilisan album ... " "....")
            if mention is not None and f.start - mention_pos < _Nearby.REACH:
                speaker = mention  # the person a sentence before has as its subject
                near = None
            else:
                if nearby is None:
                    nearby = _Nearby(ctx)
                near = nearby.before(f.start, known)
            if near is not None:
                hit = _lookup(mentions, entity_at, near.start, near.end)
                speaker = Speaker(
                    name=canon.get(near.text, near.text),
                    entity=hit[0] if hit else None,
                    start=near.start,
                    end=near.end,
                )  # a guess for this quote only: it does not become the focus
        if speaker is not None and not f.relay:
            if (
                src is not None
                and src.kind == "description"
                and not f.inherit
                and _INDEFINITE.fullmatch(speaker.name) is not None
            ):
                unnamed, unnamed_pos = speaker, f.start
            elif speaker is last or (
                src is not None and src.kind == "name" and not src.org or last is None
            ):
                last_spoke = f.start
        if f.relay:
            pass  # the outlet reports; "ia" and cue-less quotes after it are not its words
        elif speaker is not None and src is not None and src.kind != "pronoun":
            if src.kind == "name" and not src.org or last is None:
                last = speaker
            if (
                src.kind == "name"
                and not src.person
                and not src.org
                and len(src.tokens) == 1
                and src.text not in canon
            ):
                last_thing, last_thing_pos = speaker, f.start
            if src.org or src.kind == "description":
                last_group, last_group_pos = speaker, f.start
            last_pos = f.end
        elif speaker is not None:
            last_pos = f.end
        cue = Cue(text=f.cue[0], start=f.cue[1], end=f.cue[2]) if f.cue and f.cue[0] else None
        sent_lo, sent_hi = _sentence_around(text, f, ctx)
        via = _via(ctx, sent_lo, sent_hi) if sent_hi > sent_lo else None
        if via is not None:
            via_entity = _lookup(mentions, entity_at, via.start or 0, via.end or 0)
            if via_entity is not None:
                via = Via(name=via.name, entity=via_entity[0], start=via.start, end=via.end)
        if via is not None and speaker is not None and via.name.lower() == speaker.name.lower():
            via = None  # "..., dilaporkan Reuters, ...": the outlet is the source, not a relay
        channel = _channel(ctx, sent_lo, sent_hi) if sent_hi > sent_lo else None
        out.append(
            Quote(
                kind=f.kind,
                start=f.start,
                end=f.end,
                text=text[f.start : f.end],
                speaker=speaker,
                cue=cue,
                via=via,
                channel=channel,
            )
        )
    # "Klaim itu disampaikan Belousov melalui Telegram": the channel of the statement before
    starts = [q.start for q in out]
    for a_start, a_end, _source, _cue in ctx.afterwords:
        i = bisect.bisect_left(starts, a_start) - 1
        if i >= 0 and out[i].channel is None and a_start - out[i].end < 400:
            channel = _channel(ctx, a_start, a_end)
            if channel is not None:
                out[i] = out[i].model_copy(update={"channel": channel})
    # a quote continued into the next paragraph has the speaker of its continuation
    for i in range(len(out) - 2, -1, -1):
        if found[i].continued and out[i + 1].kind == "direct" and out[i + 1].speaker is not None:
            out[i] = out[i].model_copy(update={"speaker": out[i + 1].speaker})
    article_via = _article_via(ctx)
    if article_via is not None:
        # "..., demikian dikutip dari AFP." closing the article: every quote came through it
        for i, q in enumerate(out):
            if q.via is None and (q.speaker is None or q.speaker.name != article_via.name):
                out[i] = q.model_copy(update={"via": article_via})
    return [q for q, f in zip(out, found, strict=True) if not f.focus_only]


_ARTICLE_VIA = re.compile(
    r"\b[Dd]emikian\s+(?:seperti\s+(?:yang\s+)?)?(?:dikutip|dilansir|dilaporkan|diberitakan)"
    r"\s+(?:dari\s+)?(?:(?:" + _outlet_kinds(drop=("stasiun televisi",), sep=" ") + r")\s+)?"
)


def _article_via(ctx: _Ctx) -> Via | None:
    """The outlet named in the article's last paragraph as the source of the whole text."""
    text = ctx.text
    last = ctx.para_starts[-1] if ctx.para_starts else 0
    m = None
    pos = text.find("emikian", last)  # the pattern opens with "Demikian" / "demikian"
    while pos != -1:
        m = _ARTICLE_VIA.match(text, pos - 1) or m
        pos = text.find("emikian", pos + 1)
    if m is None:
        return None
    name = _outlet_name(ctx, text[m.end() :])
    if name is None:
        return None
    return Via(name=name, start=m.end(), end=m.end() + len(name))


_ROLE_TAIL = re.compile(r"([a-z]+)[ \t]+$")


def _spokesperson(ctx: _Ctx, speaker: Speaker) -> bool:
    """An organisation named right after an office in lower case ("juru bicara X"): an
    unnamed person of it spoke."""
    if speaker.start is None:
        return False
    m = _ROLE_TAIL.search(ctx.text, max(0, speaker.start - 20), speaker.start)
    return m is not None and m.group(1) in ctx.lex.roles


def _sentence_around(text: str, f: _Found, ctx: _Ctx) -> tuple[int, int]:
    """The stretch that holds the attribution (cue, speaker, outlet, channel), quoted text
    left out."""
    r_start, r_end = f.region
    if f.kind == "direct" and f.cue is not None and r_start >= f.end:
        return r_start, r_end
    lo, hi = min(r_start, f.start), max(r_end, f.end)
    para = bisect.bisect_right(ctx.para_starts, lo) - 1
    p_start = ctx.para_starts[para]
    p_end = ctx.para_starts[para + 1] - 1 if para + 1 < len(ctx.para_starts) else len(text)
    s_lo = max(
        p_start, lo - MAX_SENTENCE, text.rfind(". ", max(p_start, lo - MAX_SENTENCE), lo) + 1
    )
    s_hi = _sentence_end(text, hi, p_end)
    masked = ctx.masked
    if f.kind != "direct" and f.cue is not None and f.start <= f.cue[1] < f.end:
        # "..., seperti yang disampaikan mereka dalam jumpa pers": the cue inside the span
        return f.cue[1], s_hi
    if f.kind != "direct":
        # skip the content itself: the outlet or channel sits in the attribution
        return (s_lo, s_hi) if f.end - f.start < 40 else _outside(masked, s_lo, s_hi, f)
    return s_lo, s_hi


def _outside(masked: str, lo: int, hi: int, f: _Found) -> tuple[int, int]:
    if f.start - lo > hi - f.end:
        return lo, f.start
    return f.end, hi
