"""Read a source (speaker) off a stretch of text: a name, a pronoun or a description.

``Juru bicara Departemen Pertahanan AS Mayor Jenderal Pat Ryder`` -> ``Pat Ryder``
(titles, ranks, field words, places and acronyms end a name read leftwards);
``Bank Pembangunan Asia (ADB)`` -> the organisation; ``ia``, ``dia``, ``-nya`` -> a
pronoun to resolve later; ``seorang pejabat`` -> an unnamed source kept as described.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from ..lang import id as lang
from .lexicon import Lexicon

_TOKEN_PATTERN = (
    r"\([^()]{1,30}\)"
    # "Karl - Heinz": a hyphenated name spaced out by a tokeniser stays one word (not at
    # the start of the text, where "Jakarta - Presiden ..." is a dateline,
    # and not before two more capitalised words: "CEO Maju - Jaya Rudi Hartanto")
    r"|(?<=[ \t\n])[A-Z][a-z]+(?:[ ][\-\u2013][ ][A-Z][A-Za-z]+)+(?![\w.])"
    r"(?![ \t]+[A-Z][^\s,;:]*[ \t]+[A-Z])"
    r"|[^\s,;:()\"\u201c\u201d]+"
)
_TOKEN = re.compile(_TOKEN_PATTERN)
#: the same inside the text, where a stretch read may open with the spaced name
_TOKEN_MID = re.compile(_TOKEN_PATTERN.replace("(?<=[ \\t\\n])", "(?<![^ \\t\\n])", 1))
_PARTICLE = re.compile(
    r"^(?:al|el|bin|binti|van|von|de|der|ibn|abu|da|dos|del|du)(?:-|$|[ ][\-\u2013][ ])",
    re.IGNORECASE,
)
_TRAIL = ".,;:!?'\u2019"
_INITIAL = re.compile(r"[A-Z]\.")
_LEAD_INITIAL = re.compile(r"[A-Z]\.?")
#: a capitalised word with nothing of an acronym or a compound ("Kabar", not "BMKG", "Jun - Jin")
PLAIN_WORD = re.compile(r"[A-Z][a-z]+")
_DEGREE = re.compile(r"[A-Z][A-Za-z]{0,3}\.[A-Za-z.()]+|Ph\.?D|MBA|MSc|SpOG(?:\(K\))?")
#: Indonesian degrees written without periods after a name ("Budi Santoso SH, MH")
_POSTNOMINAL = frozenset(
    [
        "SH",
        "SE",
        "SIK",
        "SIP",
        "ST",
        "SP",
        "SPd",
        "SSos",
        "SSi",
        "SKom",
        "SKM",
        "SAg",
        "SHI",
        "SKed",
        "SKep",
        "SSTP",
        "SIKom",
        "SHut",
        "SS",
        "SPsi",
        "MH",
        "MM",
        "MSi",
        "MT",
        "MA",
        "MAg",
        "MPd",
        "MKes",
        "MHum",
        "MKn",
        "MAP",
        "MBA",
        "MSc",
        "MEng",
        "MPH",
        "PhD",
    ]
)
#: a regnal or generational number, part of the name before it ("Elizabeth II")
_REGNAL = re.compile(r"(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3})")
REGNAL = _REGNAL
#: words after which a speaker phrase that follows a cue ends ("kata X saat ...")
_CUE_STOP = frozenset(
    [
        "dalam",
        "saat",
        "ketika",
        "seusai",
        "usai",
        "di",
        "kepada",
        "pada",
        "seperti",
        "menurut",
        "ditemui",
        "dari",
        "yang",
        "sebelum",
        "setelah",
        "melalui",
        "lewat",
        "lagi",
        "menanggapi",
        "terkait",
        "selaku",
        "sebagai",
        "kemarin",
        "dengan",
        "via",
        "dikutip",
        "dilansir",
        "mengutip",
        "menjelang",
        "sambil",
        "sembari",
        "kala",
        "tadi",
        "juga",
        "pun",
        "usai",
    ]
)


CUE_STOP = _CUE_STOP
_SUBJECT_CUT = frozenset(
    [
        "seperti",
        "dikutip",
        "dilansir",
        "mengutip",
        "melansir",
        "dari",
        "kepada",
        # "Pihak Kencana Apparel terkait seragam baru Persiwa mengatakan": the topic, not the source
        "terkait",
        "mengenai",
        "tentang",
        "menanggapi",
        "menyoal",
    ]
)
_ADVERBS = frozenset(
    [
        "juga",
        "pun",
        "hanya",
        "lalu",
        "kemudian",
        "sendiri",
        "pula",
        "sempat",
        "kembali",
        "lantas",
        "tetap",
        "telah",
        "sudah",
        "masih",
        "akhirnya",
        "sebelumnya",
        "lagi",
        "malah",
        "justru",
        "bahkan",
        "pernah",
        "baru",
        "kini",
    ]
)
_DEMONSTRATIVES = frozenset(("itu", "ini", "tersebut"))
#: "baru-baru ini", "saat ini": time, not a described person
_TIME_HEADS = frozenset(
    [
        "baru-baru",
        "saat",
        "kali",
        "hari",
        "pekan",
        "minggu",
        "bulan",
        "tahun",
        "malam",
        "pagi",
        "sore",
        "siang",
        "waktu",
    ]
)
#: heads of a described group ("Kartel itu", "Pemerintah negara tersebut")
_GROUP_HEADS = frozenset(
    [
        "kartel",
        "pemerintah",
        "anggota",
        "perusahaan",
        "organisasi",
        "lembaga",
        "pihak",
        "kementerian",
        "badan",
        "negara",
        "tim",
        "klub",
        "partai",
        "bank",
        "kelompok",
        "asosiasi",
        "komisi",
        "dewan",
    ]
)
#: function words that start a sentence but never a name ("Bagi Maria, ...")
_FUNCTION_WORDS = frozenset(
    [
        "bagi",
        "untuk",
        "dengan",
        "dalam",
        "di",
        "ke",
        "dari",
        "pada",
        "kepada",
        "oleh",
        "sejak",
        "selama",
        "setelah",
        "sebelum",
        "saat",
        "ketika",
        "meski",
        "meskipun",
        "walau",
        "karena",
        "jika",
        "apabila",
        "bila",
        "hingga",
        "sampai",
        "seperti",
        "tentang",
        "terhadap",
        "melalui",
        "lewat",
        "atas",
        "akan",
        "sudah",
        "telah",
        "baru",
        "juga",
        "berdasarkan",
        "menurut",
        "terkait",
        "mengenai",
        "soal",
        "sesuai",
        "sesudah",
        "tanpa",
        "antara",
        "sebagai",
        "adapun",
        "selain",
        "usai",
        "seusai",
        "menjelang",
        "jelang",
    ]
)
#: "Siapa bilang ...": a question word is never a source
_QUESTION_WORDS = frozenset(
    ["siapa", "apa", "apakah", "mengapa", "kenapa", "bagaimana", "kapan", "dimana", "di mana"]
)
#: institutions named by a ke-an / pe-an noun ("Kedutaan itu menyatakan"): sources
_INSTITUTIONS = frozenset(
    [
        "kedutaan",
        "kejaksaan",
        "kepolisian",
        "kementerian",
        "kementrian",
        "kepresidenan",
        "kerajaan",
        "kesultanan",
        "keuskupan",
        "kelurahan",
        "kecamatan",
        "pengadilan",
        "pemerintahan",
        "perusahaan",
        "perwakilan",
        "perhimpunan",
        "perkumpulan",
        "persatuan",
        "perserikatan",
        "persekutuan",
        "kepanitiaan",
        "perbankan",
        "penerbangan",
    ]
)
#: adverbs and connectives that open a sentence before its subject ("Kini Aoki ...")
_OPENERS = _ADVERBS | frozenset(
    [
        "kalau",
        "sebab",
        "baik",
        "namun",
        "tapi",
        "tetapi",
        "maka",
        "agaknya",
        "rupanya",
        "mengingat",
        "sedangkan",
        "sementara",
        "padahal",
        "kemarin",
        "bahkan",
    ]
)
#: "kekalahan", "keputusan", "pertemuan": an abstract noun (ke-an, pe-an, per-an)
_ABSTRACT_NOUN = re.compile(r"(?:ke|pe|per|pen|pem|peng|peny)[a-z]{4,}an")
#: lower-case words that join the parts of a capitalised name ("Society of Island Music Arts and Letters")
_JOINERS = frozenset(("of", "and", "the", "for", "&"))
#: "pria yang akrab disapa Bepe itu": the name a described person goes by
_NICKNAME = re.compile(
    r"\byang\s+(?:(?:akrab|biasa|kerap|sering|karib)\s+(?:disapa|dipanggil|disebut|dijuluki|dikenal)"
    r"|(?:memiliki|punya|bernama)\s+(?:nama\s+)?(?:asli|lengkap))"
    r"\s+(?:dengan\s+(?:nama|sebutan|panggilan)\s+)?((?:[A-Z][\w'\-]*)(?:\s+[A-Z][\w'\-]*){0,2})"
)
#: "pria asal Spanyol itu", "perempuan berusia 25 tahun tersebut", "sang pelatih": a
#: described person after a cue, read like "ia" (the description ends at a demonstrative)
_DESCRIBED = re.compile(
    r"\s*((?:sang\s+)?[a-z][\w\-]*(?:\s+[^\s\"\u201c\u201d.;:!?]+){0,9}?)\s+(?:itu|ini|tersebut)"
    r"(?=\s*(?:[,.;!?\"\u201d]|$)|\s+(?:saat|ketika|sambil|sembari|seusai|usai|dalam|di|kepada|pada"
    r"|melalui|lewat|seperti|dengan|kala|menanggapi|mengenai|soal|terkait|tentang|kemarin|lagi|dilansir|dikutip|mengutip|melansir|sebagaimana|via|setelah|sebelum|sebelumnya|malam|pagi|siang|sore)\b)"
)
_SANG = re.compile(
    r"\s*sang\s+([a-z][\w\-]*)((?:\s+[A-Z][\w\-]*){0,2})(?=\s*(?:[,.;!?\"\u201d]|$)|\s+(?:saat|ketika|sambil|sembari|usai"
    r"|seusai|dalam|di|kepada|pada|melalui|lewat|seperti|dengan|kala|kemarin|lagi|dilansir|dikutip|mengutip|melansir|sebagaimana|via|setelah|sebelum)\b)"
)
#: words that set a scene, not a description ("kata dia saat ditemui di rumah itu")
_SCENE = frozenset(
    [
        "saat",
        "ketika",
        "di",
        "kepada",
        "pada",
        "dalam",
        "usai",
        "seusai",
        "sebelum",
        "setelah",
        "melalui",
        "lewat",
        "menjelang",
        "sambil",
        "sembari",
        "kala",
        "via",
        "dikutip",
        "dilansir",
    ]
)
#: "Pergilah", "Benarkah", "Rupanya": a common word with a particle opening a sentence
_PARTICLED = re.compile(r"[a-z]{3,}(?:lah|kah|nya)")
#: ranks and honorifics that stand right before a full name (never before an office)
_RANKS = frozenset(
    [
        "pol",
        "kombes",
        "akbp",
        "akp",
        "kompol",
        "iptu",
        "ipda",
        "aiptu",
        "aipda",
        "bripka",
        "briptu",
        "brigjen",
        "irjen",
        "komjen",
        "jenderal",
        "letjen",
        "mayjen",
        "laksda",
        "laksdya",
        "marsda",
        "marsdya",
        "kolonel",
        "letnan",
        "kapten",
        "mayor",
        "letkol",
        "lettu",
        "letda",
        "serma",
        "serka",
        "sertu",
        "pelda",
        "peltu",
        "kopda",
        "koptu",
        "praka",
        "pratu",
        "bripda",
        "brigpol",
        "laksma",
        "marsma",
        # a corps after an army rank ("Letkol Czi", "Kolonel Inf")
        "czi",
        "inf",
        "kav",
        "cpl",
        "chb",
        "ckm",
        "cpm",
        "caj",
        "arh",
        "pnb",
        "dr",
        "prof",
        "profesor",
        "ir",
        "drs",
        "h",
        "hj",
        "kh",
        "ustaz",
        "ustadz",
        "kiai",
        "habib",
        "pendeta",
    ]
)
#: nouns for a person, never a name ("Wanita yang ... itu berujar")
_PERSON_NOUNS = frozenset(
    [
        "wanita",
        "pria",
        "perempuan",
        "lelaki",
        "laki-laki",
        "gadis",
        "pemuda",
        "pemudi",
        "sosok",
        "ibu",
        "bapak",
        "remaja",
        "bocah",
        "anak",
        "istri",
        "suami",
        "kakek",
        "nenek",
        "orang",
        "warga",
        "seseorang",
    ]
)
#: written pieces whose author speaks through them ("Artikel Topsfield", "Tulisan Budi")
_WORKS = frozenset(("artikel", "tulisan", "kolom", "ulasan", "catatan"))
#: lower-case words that tie a capitalised origin to a described person ("ibu berlogat
#: Batak", "pria asal Spanyol"): the capital is no name
_ORIGIN_WORDS = frozenset(
    ("asal", "keturunan", "kelahiran", "berlogat", "berdarah", "berkebangsaan", "berdialek")
)
PERSON_NOUNS = _PERSON_NOUNS
#: a predicate's verb opening a clause: active "me-", intransitive "ber-", "ter-"
_VERB_WORD = re.compile(r"(?:ber|ter|me)[a-z]{3,}")
#: a lower-case word and blanks right before a position: the middle of a sentence
_AFTER_LOWER = re.compile(r"(?<![\w\-])[a-z]+[ \t]+$")
#: clause openers that a sentence may capitalise before a name ("Sehingga Rina meminta")
_CONJUNCTIONS = frozenset(
    ["sehingga", "karena", "namun", "tetapi", "bahkan", "maka", "lalu", "kemudian", "sedangkan"]
)
#: a product or model code ("QCC5100", "A320neo"): letters and digits, never a source
_CODE = re.compile(r"[A-Za-z]+\d+[A-Za-z\d\-]*|\d+[A-Za-z]+[A-Za-z\d\-]*")
#: a model number inside a description ("prosesor bernama XR7200 ini"; not "2PM")
_MODEL = re.compile(r"[A-Z][A-Za-z]*\d{2,}[A-Za-z\d\-]*")
#: territorial units named after their region ("Polda Metro Jaya", "Kodam Jaya")
_UNITS = frozenset(
    ["polda", "polres", "polresta", "polrestabes", "polsek", "kodam", "korem", "kodim", "koramil"]
)
_REGION_HEADS = frozenset(
    ["kabupaten", "kab", "kota", "provinsi", "kecamatan", "kelurahan", "desa", "kampung"]
)
#: "kata putri artis legendaris X": a relative of X speaks, not X
_KIN = frozenset(
    [
        "putri",
        "putra",
        "anak",
        "istri",
        "suami",
        "adik",
        "kakak",
        "ayah",
        "ibunda",
        "ayahanda",
        "cucu",
        "menantu",
        "keponakan",
        "sepupu",
        "mertua",
    ]
)
#: relatives only in lower case ("Ibu Susi" is Mrs Susi, "ibu Agnes" Agnes's mother)
#: nouns that with a name after them name a group ("Relawan Badja", "Media Inggris")
_GROUP_NOUNS = frozenset(["relawan", "simpatisan", "media", "pemerintah", "militer"])
_LOWER_KIN = frozenset(["ibu", "kakek", "nenek", "paman", "bibi"])
_TIME_WORDS = frozenset(
    [
        "senin",
        "selasa",
        "rabu",
        "kamis",
        "jumat",
        "sabtu",
        "minggu",
        "januari",
        "februari",
        "maret",
        "april",
        "mei",
        "juni",
        "juli",
        "agustus",
        "september",
        "oktober",
        "november",
        "desember",
    ]
)


#: an active verb ("menindaklanjuti", "memuji"): what ends a subject
_ACTIVE_VERB = re.compile(
    r"(?!(?:menteri|mereka|menit|menara|mental|mentor|member|memori|melalui|mengenai"
    r"|menurut|menjelang|menuju|mewakili|menggunakan)\b)"
    r"(?:meng[aeiougkh]|meny[aeiou]|mem[bpfaeiou]|men[cdjtzaeiou]|me[lrwy])[a-z]{3,}"
)
#: auxiliaries that go on with the reported clause after an inserted "kata X"
_MODALS = frozenset(
    ("akan", "bakal", "sudah", "telah", "tidak", "tak", "belum", "masih", "bisa", "dapat")
    + ("harus", "perlu", "sedang", "pernah", "mesti", "segera")
)
MODALS = _MODALS
_DAYS = frozenset(("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"))
_DAY_AFTER = re.compile(r"[ \t]*(?:\(|,|\.|$|(?:pagi|siang|sore|malam|lalu|kemarin)\b)")


#: a statute, regulation or decree cited as the source, by its number and year or its
#: subject ("Undang-Undang Nomor 9 Tahun 2031 tentang Tata Kelola Pelabuhan", "UU Perikanan
#: No. 4/2029", "Peraturan Pemerintah Nomor 21 tahun 2027"): the whole title is the source,
#: the article and clause cited after it ("pasal 12 ayat (3)") are not
_LAW_WORD = r"[A-Z][\w\-]*"
_DIGIT = re.compile(r"\d")


def _statute_word(word: str) -> str:
    """One lower-case word of ``quote_sources_statutes.txt`` as the text writes it."""
    if len(word) == 2:
        return word.upper()
    first, *rest = word.split("-")
    return "-".join(
        [re.escape(first.capitalize())]
        + [f"[{p[0].upper()}{p[0]}]{re.escape(p[1:])}" for p in rest]
    )


def _statute_heads() -> str:
    """The words that open a statute (``quote_sources_statutes.txt``) as one alternation, in
    the file's order: a space is any run of blanks, a closing "*" any lower-case letters."""
    return "|".join(
        r"[ \t]+".join(_statute_word(w) for w in entry.rstrip("*").split())
        + ("[a-z]*" if entry.endswith("*") else "")
        for entry in lang.lines("quote_sources_statutes.txt")
    )


_LAW = re.compile(
    rf"(?<![\w\-])((?:{_statute_heads()})"
    rf"(?:[ \t]+{_LAW_WORD}){{0,4}}?"
    r"(?:(?:[ \t]+(?:No\.?|Nomor|Nomer|Nr\.?))?[ \t]*\d+[A-Z]?(?:/\d{4})?(?=[\s,])"
    r"(?:[ \t]+[Tt]ahun[ \t]+\d{4})?"
    r"|[ \t]+[Tt]ahun[ \t]+\d{4})"
    rf"(?:[ \t]+tentang(?:[ \t]+(?:{_LAW_WORD}|di|dan|atas|untuk|bagi|serta|dalam|ke|dari|pada)"
    rf")*[ \t]+{_LAW_WORD})?)"
)
#: the runs of blanks are possessive (``*+``, ``++``) and the comma before the closing words is
#: taken with its blanks (``(?:[ \t]*+,)?``), so that a long run of blanks is read once, not
#: split every way (quadratic); what the pattern accepts is unchanged
_LAW_TAIL = re.compile(
    r"(?:[ \t]*+,?[ \t]*+(?:[Pp]asal|[Aa]yat|[Hh]uruf|butir)[ \t]++\(?[\w.]+\)?)*(?:[ \t]*+,)?"
    r"(?:[ \t]++(?:itu|ini|tersebut|juga|telah|sudah|pun|sendiri|bahkan|memang|jelas))*"
    r"[ \t]*+$"
)
#: "X selaku Direktur Y" closing the words before a verb: the last "selaku" after a name,
#: followed by an office (no second clause)
_ACTING = re.compile(r"(?<=[A-Za-z.])[ \t]+[Ss]elaku[ \t]+(?=[^,;:\"\u201c\u201d]*,?[ \t]*$)")
_LAW_AFTER = re.compile(  # possessive blanks as in _LAW_TAIL
    r"(?:[ \t]*+,?[ \t]*+(?:[Pp]asal|[Aa]yat|[Hh]uruf|butir)[ \t]++\(?[\w.]+\)?)*"
    r"[ \t]*+(?:[,.;:]|$)"
)


@dataclass
class Source:
    """A speaker as read from the text, before pronoun resolution."""

    kind: str  # "name" | "pronoun" | "description"
    text: str
    start: int
    end: int
    number: str = "sg"
    org: bool = False
    person: bool = False
    tokens: list[str] = field(default_factory=list)


#: a physician's specialty written after the name, with the consultant mark and its
#: subspecialty ("Hartini, Sp. B (K) Onk", "Sp.PD-KGEH"): never the source
_SPECIALTY_TAIL = re.compile(
    r"[ \t]*,?[ \t]*Sp\.[ \t]?[A-Z][A-Za-z.\-]{0,12}(?:[ \t]*\(K\))?(?:[ \t]+[A-Z][A-Za-z]{1,8})?[ \t]*$"
)


# the dash after a dateline ("Kyiv - ", "JAKARTA, KOMPAS.com -- "), alone or glued by the
# tokenizer to the first word after it ("Kyiv - Badan")
_DATELINE_DASH = re.compile(r"(?:^|\s)(?:--?|\u2013|\u2014)(?:\s|$)")


class _Tok(NamedTuple):
    text: str
    start: int
    end: int


def tokens(text: str, offset: int = 0) -> list[_Tok]:
    out = []
    for m in (_TOKEN_MID if offset > 0 else _TOKEN).finditer(text):
        word = m.group()
        if not _INITIAL.fullmatch(word):  # "A." (an initial) keeps its period
            word = word.rstrip(_TRAIL)
        if word:
            out.append(_Tok(word, offset + m.start(), offset + m.start() + len(word)))
    return out


def is_capitalised(word: str) -> bool:
    if word.startswith("(") and word.endswith(")"):
        return True
    first = word[0]
    if first.isupper():
        return True
    return bool(_PARTICLE.match(word)) and "-" in word


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


#: the quantifiers of ``quote_quantifiers.txt`` that count one ("seorang pejabat X", "salah
#: satu staf X"); the others count several ("para pejabat X", "sejumlah staf X")
_SINGLE_COUNTS = frozenset(("seorang", "salah", "satu", "sebuah"))
#: a name in apposition after a comma ("..., Budi Santoso")
_NAME_AFTER = re.compile(r"[ \t]*,[ \t]*[A-Z]")
#: a chief officer's title ("CEO", "CFO", "CIO"): a role, not an organisation's acronym
_CHIEF = re.compile(r"C[A-Z]O")
#: legal forms that close a company's name ("PT Maju Jaya Tbk Budi Santoso Wijaya"): what
#: follows is a person's whole name
_LEGAL_FORMS = frozenset(("tbk", "inc", "ltd", "corp", "llc", "plc", "gmbh", "pte", "bhd"))
#: Javanese, Acehnese and Balinese hereditary titles the press keeps as part of a name
_NAME_HONORIFICS = frozenset(["raden", "teuku", "tengku", "gusti"])


@functools.cache
def _by_initial(phrases: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Phrases grouped by their first character, each group in the given order."""
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        groups.setdefault(phrase[:1], []).append(phrase)
    return {k: tuple(v) for k, v in groups.items()}


def _last_two(collected: list[_Tok]) -> list[_Tok]:
    """The last two words of a name, three when the first of them is a particle
    ("Rio da Cunha")."""
    if len(collected) >= 3 and _PARTICLE.match(collected[-2].text):
        return collected[-3:]
    return collected[-2:]


def _join_particles(toks: list[_Tok]) -> list[_Tok]:
    """ "Brigade Umar al - Faruq": a name particle's hyphen spaced out by a tokeniser
    joins the particle and the next word into one word ("al - Faruq")."""
    if len(toks) < 3 or not any(t.text in ("-", "\u2013") for t in toks[1:-1]):
        return toks
    out: list[_Tok] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if (
            i + 2 < len(toks)
            and out
            and toks[i + 1].text in ("-", "\u2013")
            and _PARTICLE.fullmatch(tok.text) is not None
            and PLAIN_WORD.fullmatch(toks[i + 2].text) is not None
        ):
            nxt = toks[i + 2]
            out.append(_Tok(f"{tok.text} {toks[i + 1].text} {nxt.text}", tok.start, nxt.end))
            i += 3
            continue
        out.append(tok)
        i += 1
    return out


class Reader:
    """Reads sources with one document's evidence (organisation words seen in it)."""

    def __init__(
        self,
        lex: Lexicon,
        org_tokens: frozenset[str] = frozenset(),
        single_runs: frozenset[str] = frozenset(),
        lower_words: frozenset[str] = frozenset(),
        located: frozenset[str] = frozenset(),
        opening_only: frozenset[str] = frozenset(),
        openers: Callable[[], frozenset[str]] | None = None,
        text: str = "",
    ) -> None:
        self.lex = lex
        self.org_tokens = org_tokens
        #: capitalised words the document also uses alone ("ujar Sutarno")
        self.single_runs = single_runs
        #: words the document writes in lower case (so "Harga" opening a sentence is no name)
        self.lower_words = lower_words
        #: capitalised words the document puts after "di" ("warga di Hawaii"): places
        self.located = located
        #: capitalised words the document writes only alone where a sentence opens
        self.opening_only = opening_only
        #: first words of two-word names the document writes on their own ("kata Sri
        #: Mulyani."): a given name, even where it looks like a common word (computed on
        #: first use: rarely needed)
        self._openers_of = openers
        self._openers: frozenset[str] | None = None
        #: the document's text, for evidence looked up on rare paths
        self.text = text
        #: connectives the article also writes capitalised mid-sentence (given names)
        self._named_connectives: dict[str, bool] = {}
        #: per-document caches of the text searches below (each would otherwise scan the
        #: whole text once per candidate name: quadratic on long articles)
        self._club_befores: dict[tuple[str, str], bool] = {}
        self._place_words: dict[tuple[str, str], bool] = {}
        self._region_ends: dict[tuple[str, str], bool] = {}

    # -- helpers -------------------------------------------------------------------
    def _strip_discourse(self, text: str, start: int) -> tuple[str, int]:
        changed = True
        while changed and text:
            changed = False
            low = text.lower()
            for phrase in _by_initial(self.lex.discourse).get(low[:1], ()):
                if (
                    low.startswith(phrase)
                    and (len(low) == len(phrase) or not low[len(phrase)].isalnum())
                    and not self._discourse_is_name(text, phrase)
                ):
                    cut = len(phrase)
                    while cut < len(text) and not text[cut].isalnum():
                        cut += 1
                    text, start = text[cut:], start + cut
                    changed = True
                    break
        return text, start

    def _discourse_is_name(self, text: str, phrase: str) -> bool:
        """Whether a capitalised connective opening ``text`` is a given name ("Lalu M.
        Hasbi", the Sasak title): see ``_named_connective``."""
        return " " not in phrase and self._named_connective(text[: len(phrase)])

    def _named_connective(self, word: str) -> bool:
        """Whether the article writes the capitalised connective ``word`` also inside a
        sentence after a lower-case word ("kata Lalu dikutip"), where the adverb is never
        capitalised: there it is a person's (given) name."""
        known = self._named_connectives.get(word)
        if known is not None:
            return known
        low = word.lower()
        known = (
            word.istitle()
            and bool(self.text)
            and (low in _OPENERS or low in _CONJUNCTIONS or low in self.lex.discourse)
            and any(
                _AFTER_LOWER.search(self.text, max(0, m.start() - 30), m.start()) is not None
                for m in re.finditer(re.escape(word) + r"(?![\w\-])", self.text)
            )
        )
        self._named_connectives[word] = known
        return known

    def _stop_word(self, word: str) -> bool:
        low = word.lower().strip("()")
        lex = self.lex
        return (
            low in lex.roles
            or low in lex.fields
            or low in lex.places
            or low in lex.orgwords
            or (word.startswith("(") and word.endswith(")"))
            or _is_acronym(word)
        )

    def _anaphor(self, text: str, start: int, toks: list[_Tok]) -> Source | None:
        """ "Kartel itu", "Anggota OPEC ini" (a group, kept as described) or "atlet asal Bali
        tersebut", "Wanita yang ... itu" (a person: resolved like "ia")."""
        head = toks[0].text.lower()
        if any(_MODEL.fullmatch(t.text) for t in toks):
            return None  # "Prosesor bernama XR7200 ini": a product, no source
        described = text[toks[0].start - start : toks[-1].end - start]
        if head in _GROUP_HEADS or head in self.lex.sources:
            return Source("description", described, toks[0].start, toks[-1].end, number="pl")
        if self.pronoun(head) or head in _FUNCTION_WORDS:
            return None
        if head in ("pasangan", "duo", "duet"):
            # "Pasangan selebriti ini": two people named before (resolved like "mereka")
            return Source("pronoun", described, toks[0].start, toks[-1].end, number="pl")
        return Source("pronoun", described, toks[0].start, toks[-1].end, number="sg")

    def _place_tail(self, toks: list[_Tok]) -> bool:
        """ "Kulon Progo, Minggu" after "di": a place of one or two capitalised words (or a
        known place), then at most a time; not "di Indonesia Rodrigo Chaves" (a name)."""
        words = [t.text for t in toks if t.text.lower() not in _TIME_WORDS]
        return (
            bool(words)
            and is_capitalised(toks[0].text)
            and all(is_capitalised(w) for w in words)
            and (len(words) <= 2 or self.place(words[-1]))
        )

    def place(self, word: str) -> bool:
        """A place name: listed, or put after "di" somewhere in the document."""
        return word.lower().strip("()") in self.lex.places or word in self.located

    def known_org(self, word: str) -> bool:
        return word in self.org_tokens or word in self.lex.orgs

    def pronoun(self, word: str) -> str | None:
        return self.lex.pronouns.get(word.lower())

    # -- the readers ---------------------------------------------------------------
    @staticmethod
    def _law(text: str, start: int, at_end: bool) -> Source | None:
        """A statute or regulation cited as the source, ending ``text`` (``at_end``: the words
        before a reporting verb) or opening it (the words after "menurut", "sesuai")."""
        if "ahun" not in text and _DIGIT.search(text) is None:
            return None
        found: re.Match[str] | None = None
        if at_end:
            for m in _LAW.finditer(text):
                if _LAW_TAIL.fullmatch(text, m.end()) is not None:
                    found = m
        else:
            first = _LAW.match(text, len(text) - len(text.lstrip()))
            if first is not None and _LAW_AFTER.match(text, first.end()) is not None:
                found = first
        if found is None:
            return None
        words = found.group(1).split()
        return Source(
            "name",
            " ".join(words),
            start + found.start(1),
            start + found.end(1),
            org=True,
            tokens=words,
        )

    def _spokesperson(self, toks: list[_Tok], counted: bool = False) -> Source | None:
        """ "seorang pejabat Kementerian Luar Negeri X" (all of ``toks``): an unnamed person
        of a named organisation is the source, the whole phrase as its name (the organisation
        does not speak; a person, so that "ia" after it goes back to it).
        ``counted``: after a cue, where the words may stop at a comma that a name in
        apposition follows ("menurut juru bicara BPKD, Rina Astuti, ..."): without a
        quantifier in front ("seorang", "para") only where the text shows no such name
        ("kata juru bicara Sinar Jaya, seperti dikutip ...")."""
        q = 0
        while q < len(toks) - 1 and toks[q].text.lower() in self.lex.quantifiers:
            q += 1
        if counted and q == 0 and (not self.text or _NAME_AFTER.match(self.text, toks[-1].end)):
            return None
        words = [t.text.lower() for t in toks]
        # people who speak for an organisation without being named
        # (``quote_sources_spokespeople.txt``: "pejabat", "juru bicara")
        spokespeople = self.lex.spokespeople
        size = 2 if " ".join(words[q : q + 2]) in spokespeople else 1
        if (
            size == 1
            and words[q] not in spokespeople
            # "salah seorang anggota Polres X": any counted holder of a role (not one
            # named in apposition right after: "seorang anggota Polres X, Budi")
            and not (
                q > 0
                and toks[q].text.islower()
                and words[q] in self.lex.roles
                and _NAME_AFTER.match(self.text, toks[-1].end) is None
            )
        ):
            return None
        rest = toks[q + size :]
        if (
            not rest
            or len(rest) > 6
            or (q + size > 1 and not toks[q + size - 1].text.islower())
            or not all(is_capitalised(t.text) for t in rest)
        ):
            return None
        found = self._read(rest, at_end=True)
        if found is None or found.kind != "name" or not found.org:
            return None
        plural = q > 0 and words[0] not in _SINGLE_COUNTS  # words[0] is a quantifier
        if found.start != rest[0].start or found.end != rest[-1].end:
            return None
        return Source(
            "name",
            " ".join(t.text for t in toks),
            toks[0].start,
            toks[-1].end,
            # "para anggota X", "sejumlah pejabat X": several people, never "ia"
            number="pl" if plural else "sg",
            person=not plural,
            tokens=[t.text for t in toks],
        )

    def subject(self, text: str, start: int) -> Source | None:
        """The source at the end of ``text`` (the words right before a reporting verb)."""
        law = self._law(text, start, at_end=True)
        if law is not None:
            return law
        acting = _ACTING.search(text) if "elaku" in text else None
        if acting is not None:
            # "Budi Santoso selaku Direktur Utama Maju Jaya menyatakan": the person named
            # before "selaku" ("as") speaks, not the office or company after it
            found = self._subject(text[: acting.start()], start)
            if found is not None and found.kind == "name" and not found.org:
                return found
        tail = _SPECIALTY_TAIL.search(text) if "Sp." in text else None
        if tail is not None:
            text = text[: tail.start()]  # "..., Sp. B (K) Onk": the doctor's specialty
        found = self._subject(text, start)
        if (
            found is not None
            and found.kind == "name"
            and all(_CODE.fullmatch(t) for t in found.tokens)
        ):
            return None  # "Chip bernama QCC5100 ini menjanjikan ...": a product code
        return found

    def _subject(self, text: str, start: int) -> Source | None:
        text, start = self._strip_discourse(text.strip(), start + (len(text) - len(text.lstrip())))
        if not text or text.endswith(("--", " -", "\u2013", "\u2014")):
            return None  # "Jakarta, CNN Indonesia -- Mengaku ...": a dateline, no source
        toks = tokens(text, start)
        if len(toks) > 2 and toks[0].text.lower() in self.lex.according and toks[1].text.islower():
            # "Menurut mantan Direktur Bank Dunia itu menjelaskan": a doubled cue
            toks = toks[1:]
        spokesperson = self._spokesperson(toks) if 3 <= len(toks) <= 10 else None
        if spokesperson is not None:
            return spokesperson
        lead = (
            1
            if toks
            and toks[0].text.lower() in _CONJUNCTIONS
            and not self._named_connective(toks[0].text)
            else 0
        )
        if (
            3 <= len(toks) - lead <= 5
            and (
                toks[lead].text.lower() in _PERSON_NOUNS
                or toks[lead].text.lower() in self.lex.roles
            )
            and toks[lead + 1].text in _ORIGIN_WORDS
            and all(is_capitalised(t.text) for t in toks[lead + 2 :])
        ):
            # "Bahkan pemain asal Brasil menyebut": the person just named, described by
            # origin (resolved like "ia"), not the country
            return Source(
                "pronoun",
                " ".join(t.text for t in toks[lead:]),
                toks[lead].start,
                toks[-1].end,
                number="sg",
            )
        if len(toks) >= 4 and toks[-1].text == "dan":
            # "Waktu itu ia melatih kiper Persiwa dan menyatakan ...": the
            # pronoun before the first predicate speaks, not the object's name before "dan"
            lead_pronoun = next(
                (
                    i
                    for i, t in enumerate(toks[:3])
                    if self.pronoun(t.text)
                    and _VERB_WORD.fullmatch(toks[i + 1].text.lower()) is not None
                ),
                None,
            )
            if lead_pronoun is not None:
                word = toks[lead_pronoun]
                return self._subject(word.text, word.start)
        verb = next(
            (i for i, t in enumerate(toks) if i and _ACTIVE_VERB.fullmatch(t.text)), len(toks)
        )
        if (
            0 < verb < len(toks) - 1
            and all(is_capitalised(t.text) for t in toks[:verb])
            # "... menyasar gawang dan Jose Moreno sukses": a second clause, its own subject
            and not any(
                t.text in ("dan", "tetapi", "namun", "sedangkan") and is_capitalised(n.text)
                for t, n in zip(toks[verb:-1], toks[verb + 1 :], strict=True)
            )
        ):
            # "Harian Lintas mengulas kabar penangkapan Darma, menyebut ...": the subject of a
            # first predicate also speaks, not the object's name at the end
            toks = toks[:verb]
        if (
            len(toks) >= 3
            and toks[-1].text.lower() in _DEMONSTRATIVES
            and toks[-2].text.lower() in _TIME_HEADS
            # "Aktris 24 tahun itu": an age describes the source, no time
            and not toks[-3].text.isdigit()
        ):
            toks = toks[:-2]  # "... baru-baru ini", "... saat ini", "... hari ini"
        if (
            len(toks) >= 3
            and toks[-2].text.lower() == "pertama"
            and toks[-1].text.lower() in ("kali", "kalinya")
        ):
            toks = toks[:-2]  # "Pasangan penyanyi itu pertama kali mengabarkan"
        for i in range(1, len(toks) - 1):
            if toks[i].text == "yang":
                prev = toks[i - 1].text
                if (
                    is_capitalised(prev)
                    and prev.lower() not in self.lower_words
                    and not self._common(prev)
                    and prev.lower() not in _GROUP_HEADS
                    and prev.lower() not in _PERSON_NOUNS
                    and (i >= 2 and is_capitalised(toks[i - 2].text) or prev in self.single_runs)
                ):
                    toks = toks[:i]  # "Herlambang yang ... tersebut menilai": the name
                break
        core = toks
        while len(core) > 2 and core[-1].text.lower() in _ADVERBS:
            core = core[:-1]  # "mantan pentolan band itu sudah mengumumkan"
        # "Perempuan yang kini merangkap Ketua Dewan Pengawas Koperasi Tani Makmur itu": a
        # longer relative
        longest = 16 if len(core) > 2 and core[1].text == "yang" else 10
        if 2 <= len(core) <= longest and core[-1].text.lower() in _DEMONSTRATIVES:
            toks = core
            head = toks[0].text.lower()
            if head in _WORKS and len(toks) >= 3 and is_capitalised(toks[1].text):
                # "Artikel Topsfield itu menyebut": the author speaks through the piece
                author = self._read(toks[1:-1], at_end=True)
                if author is not None and author.kind == "name":
                    return author
            if (
                _ABSTRACT_NOUN.fullmatch(head)
                and head not in _PERSON_NOUNS
                and head not in ("pelanggan", "pelayan", "perempuan", "pentolan", "kawan")
                and head not in _INSTITUTIONS
                and head not in self.lex.sources
                and head not in _GROUP_HEADS
                and head not in self.lex.orgwords
            ):
                return None  # "Kekalahan ini memastikan ...": an event, not a source
            anaphor = self._anaphor(text, start, toks)
            if anaphor is not None:
                return anaphor
        # a relative clause after the head ("analis yang disurvei Bloomberg"), an outlet or
        # an affiliation ("seperti dikutip ...", "dari Mizuho") is not the source
        for i, tok in enumerate(toks):
            low = tok.text.lower()
            if (
                i > 0
                and (
                    low == "yang"
                    or (low in _SUBJECT_CUT and any(is_capitalised(t.text) for t in toks[:i]))
                    # "Sugianto salah seorang warga di Kecamatan Sukamaju mengatakan": the
                    # name, then who the person is (no place or group is the source)
                    or (
                        is_capitalised(toks[i - 1].text)
                        and toks[i - 1].text.lower() != "salah"
                        and i + 1 < len(toks)
                        and (
                            low == "seorang"
                            or (low == "salah" and toks[i + 1].text in ("seorang", "satu"))
                        )
                    )
                    # "Agus Budi di Mataram, Senin, mengatakan": where the named source spoke
                    or (
                        low == "di"
                        and is_capitalised(toks[i - 1].text)
                        and self._place_tail(toks[i + 1 :])
                    )
                )
            ):
                if low == "dari" and i + 2 < len(toks):
                    # "Ahli gizi dari Universitas Lembah Hijau Profesor Andini Saraswati":
                    # a titled person's name after the affiliation is the source
                    tail = self._read(toks[i + 1 :], at_end=True)
                    if (
                        tail is not None
                        and tail.kind == "name"
                        and not tail.org
                        and len(tail.tokens) >= 2
                        and tail.end == toks[-1].end
                        and toks[-len(tail.tokens) - 1].text.lower() in self.lex.roles
                    ):
                        return tail
                toks = toks[:i]
                break
        while len(toks) > 1 and toks[-1].text.lower() in _ADVERBS:
            toks = toks[:-1]
        if not toks:
            return None
        if self.pronoun(toks[-1].text) and (
            len(toks) == 1
            or (
                toks[-1].text.lower() != "nya"
                and not any(
                    (is_capitalised(t.text) and not (i == 0 and self._sentence_adverb(t.text)))
                    or t.text.lower() == "yang"
                    for i, t in enumerate(toks[:-1])
                )
            )
        ):
            # "ia mengatakan", "baru-baru ini ia mengaku": an adverbial before the pronoun
            word = toks[-1]
            return Source(
                "pronoun",
                word.text.lower(),
                word.start,
                word.end,
                number=self.pronoun(word.text) or "sg",
            )

        # days and months after "pada" are no name ("Asim Jihad pada Minggu")
        while len(toks) > 1 and toks[-1].text.lower() in _TIME_WORDS:
            toks = toks[:-1]
            while len(toks) > 1 and toks[-1].text.lower() in _CUE_STOP:
                toks = toks[:-1]
        if (
            3 <= len(toks) <= 6
            and toks[0].text.lower() == "tim"
            and toks[1].text.islower()
            and is_capitalised(toks[-1].text)
        ):
            # "Tim kuasa hukum Miryam menilai": the team speaks, not the person it serves
            return Source(
                "description",
                " ".join(t.text for t in toks),
                toks[0].start,
                toks[-1].end,
                number="pl",
            )
        found = self._read(toks, at_end=True)
        apposed = self._apposition(text, start, toks)
        if apposed is not None and (
            found is None
            or (found.kind == "name" and found.end == apposed.end and found.start > apposed.start)
        ):
            return apposed
        return found

    def _apposition(self, text: str, start: int, toks: list[_Tok]) -> Source | None:
        """ "Putri kedua aktor laga X, Amira Lestya Wulan Sembiring": the whole person's name
        after the comma that closes a description (the tokens drop the comma, so the words
        before it would read as an organisation or a role in front of the name)."""
        cut = len(toks) - 2
        while cut > 0 and is_capitalised(toks[cut].text):
            if "," in text[toks[cut - 1].end - start : toks[cut].start - start]:
                break
            cut -= 1
        else:
            return None
        head = toks[cut:]
        if not (
            len(head) <= 5
            and is_capitalised(toks[cut - 1].text)
            and all(PLAIN_WORD.fullmatch(t.text) for t in head)
        ):
            return None
        if (
            len(head) == 3
            and head[0].text.lower() in self.lex.given_titles
            and any(t.text.lower() in self.lex.roles for t in toks[:cut])
        ):
            # "Sekjen federasi, Ratu Sari Wulandari": the office is given before the comma, so a
            # title word that is also a given name opens the name
            return Source(
                "name",
                " ".join(t.text for t in head),
                head[0].start,
                head[-1].end,
                person=True,
                tokens=[t.text for t in head],
            )
        found = self._read(head, at_end=True)
        return found if found is not None and found.kind == "name" and found.person else None

    def after_cue(self, text: str, start: int) -> Source | None:
        """The source at the start of ``text`` (the words after "kata", "ujar", ...)."""
        law = self._law(text, start, at_end=False)
        if law is not None:
            return law
        toks = tokens(text, start)
        kept: list[_Tok] = []
        for tok in toks:
            if (
                tok.text.lower() in _CUE_STOP
                and kept
                and not (
                    tok.text[:1].isupper()
                    and kept[-1].text[:1].isupper()
                    # "kata Budi Santoso Selaku Direktur ...": "selaku" ("as") is never part
                    # of a name, whatever its case
                    and tok.text.lower() != "selaku"
                )
            ):
                break  # "kata X di ..." (but "Kementerian Dalam Negeri" is one name)
            if kept and self.pronoun(tok.text) and tok.text.lower() != "nya":
                break  # "kata Budi S. Dia menambahkan ...": a new sentence
            if (
                kept
                and tok.text.startswith("di")
                and len(tok.text) > 4
                and tok.text.islower()
                and is_capitalised(kept[-1].text)
            ):
                break  # "kata Budi dihadapan warga Kota Lama": a glued "di", or a passive
            if kept and tok.text in _DAYS and _DAY_AFTER.match(text, tok.end - start):
                break  # "ucap Wiranto Selasa (22/6)": the day, not a surname
            if kept and tok.text in _MODALS and is_capitalised(kept[-1].text):
                break  # "kata Ade akan dibahas oleh X": the report goes on after the name
            kept.append(tok)
            if len(kept) >= 20:
                break
        if not kept:
            return None
        spokesperson = self._spokesperson(kept, counted=True) if 3 <= len(kept) <= 10 else None
        if spokesperson is not None:
            return spokesperson
        if (
            len(kept) >= 3
            and kept[0].text in _PERSON_NOUNS
            and kept[1].text in _ORIGIN_WORDS
            and is_capitalised(kept[2].text)
        ):
            # "kata ibu berlogat Batak yang ...": a described person, resolved like "ia"
            end = 3
            while end < len(kept) and end < 5 and is_capitalised(kept[end].text):
                end += 1
            if text[kept[end - 1].end - start : kept[end - 1].end - start + 1] != ",":
                return Source(
                    "pronoun",
                    " ".join(t.text for t in kept[:end]),
                    kept[0].start,
                    kept[end - 1].end,
                    number="sg",
                )
        if (
            len(kept) >= 3
            and kept[0].text.islower()
            and kept[0].text in self.lex.roles
            and kept[1].text in _ORIGIN_WORDS
            and all(self.place(t.text) or t.text in self.lex.affiliations for t in kept[2:4])
            and (len(kept) == 3 or (len(kept) == 4 and is_capitalised(kept[3].text)))
        ):
            # "sambung pelatih asal Prancis.": the described holder of a role, resolved
            # like "ia" (not "pelatih asal Prancis Pierre Laurent")
            return Source(
                "pronoun",
                " ".join(t.text for t in kept),
                kept[0].start,
                kept[-1].end,
                number="sg",
            )
        noun = next(
            (
                i
                for i, t in enumerate(kept[1:4], 1)
                if t.text in _PERSON_NOUNS and not is_capitalised(t.text)
            ),
            None,
        )
        if (
            noun is not None
            and all(is_capitalised(t.text) for t in kept[:noun])
            and PLAIN_WORD.fullmatch(kept[0].text) is not None
            and not self._stop_word(kept[0].text)
            and not self._common(kept[0].text)
        ):
            # "ujar Dodi (35) warga Bukit Indah": the name before a person noun speaks,
            # not the place the noun brings
            named = [t for t in kept[:noun] if not t.text.startswith("(")]
            found = self._read(named, at_end=False) if named else None
            if found is not None and found.kind == "name" and not found.org:
                return found
        if self.pronoun(kept[0].text):
            word = kept[0]
            return Source(
                "pronoun",
                word.text.lower(),
                word.start,
                word.end,
                number=self.pronoun(word.text) or "sg",
            )
        return self._read(kept, at_end=False)

    def _kin(self, text: str, start: int) -> Source | None:
        """ "Putri artis legendaris Melky Goeslaw": the relative of a named person."""
        toks = tokens(text[: text.find(",") if "," in text else len(text)], start)[:8]
        if len(toks) < 2 or not (
            toks[0].text.lower() in _KIN or toks[0].text in _LOWER_KIN  # "ibu Agnes": her mother
        ):
            return None
        nxt = toks[1].text
        if not (
            nxt.lower() in self.lex.roles
            or nxt.lower() in ("dari", "mendiang", "almarhum", "almarhumah", "sang")
            or (toks[0].text.islower() and is_capitalised(nxt))
        ):
            return None
        end = len(toks)
        for i, tok in enumerate(toks[1:], start=1):
            if tok.text.lower() in _CUE_STOP and tok.text.lower() != "dari":
                end = i
                break
        toks = toks[:end]
        # "ibu Agnes": the relative is described by the name right there, not resolved
        kind = "description" if toks[0].text in _LOWER_KIN and len(toks) == 2 else "pronoun"
        return Source(kind, " ".join(t.text for t in toks), toks[0].start, toks[-1].end)

    def described(self, text: str, start: int) -> Source | None:
        """A person described rather than named after a cue ("kata pria asal Spanyol itu",
        "ucap remaja berumur 17 tahun itu", "ujar sang pelatih"): a source to resolve
        like "ia"; "pria yang akrab disapa Bepe itu" gives the name Bepe. ``text`` runs
        from the cue to the end of the sentence."""
        kin = self._kin(text, start)
        if kin is not None:
            return kin
        head = text.lstrip()[:1]
        if not head.islower():
            return None
        nick = _NICKNAME.search(text, 0, 120)
        if nick is not None and not text[: nick.start()].count(","):
            toks = [
                t
                for t in tokens(nick.group(1), start + nick.start(1))
                if not self._stop_word(t.text)
            ]
            if toks:
                return Source(
                    "name",
                    " ".join(t.text for t in toks),
                    toks[0].start,
                    toks[-1].end,
                    person=True,
                    tokens=[t.text for t in toks],
                )
        m = _DESCRIBED.match(text) or _SANG.match(text)
        if m is None:
            return None
        if (
            m.re is _SANG
            and m.group(2)
            and not all(
                (self.place(w) or w in self.lex.affiliations) and w not in self.lex.persons
                for w in m.group(2).split()
            )
        ):
            # "ujar sang gelandang Belanda", "kata sang pelatih Garuda Muda": the nation or club
            # describes the person (but "sang pelatih Budi Santoso" names them)
            return None

        words = m.group(1).split()
        first = words[0].lower()
        if first == "sang" and len(words) > 1:
            first = words[1].lower()
        if (
            first in _CUE_STOP
            or first in _FUNCTION_WORDS
            or self.pronoun(first)
            or first in _TIME_HEADS
            or first in _DEMONSTRATIVES
        ):
            return None
        lead = words[1 : words.index("yang")] if "yang" in words else words[1:]
        if any(w.lower() in _SCENE for w in lead):
            # "kata dia saat ditemui di rumah itu" (but "pria yang melegenda di klub X ini"
            # is a relative clause about the person)
            return None
        toks = tokens(text[: m.end()], start)
        if not toks:
            return None
        if m.re is _SANG:
            return Source("pronoun", " ".join(t.text for t in toks), toks[0].start, toks[-1].end)
        return self._anaphor(text[toks[0].start - start : m.end()], toks[0].start, toks)

    def _read(self, toks: list[_Tok], at_end: bool) -> Source | None:
        toks = _join_particles(toks)
        if at_end:
            described_org = self._lower_org(toks)
            if described_org is not None:
                return described_org
        runs: list[list[_Tok]] = []
        current: list[_Tok] = []
        for i, tok in enumerate(toks):
            cap = is_capitalised(tok.text)
            particle = bool(_PARTICLE.match(tok.text)) and (
                # "de Villiers menyebut": a particle also opens a surname
                current or (i + 1 < len(toks) and PLAIN_WORD.fullmatch(toks[i + 1].text))
            )
            joiner = (
                tok.text in _JOINERS
                and current
                and i + 1 < len(toks)
                and toks[i + 1].text[:1].isupper()
            )
            if cap or particle or joiner:
                current.append(tok)
            else:
                if current:
                    runs.append(current)
                current = []
        if current:
            runs.append(current)
        pos = {id(t): i for i, t in enumerate(toks)}
        for r, run in enumerate(runs):
            i = pos[id(run[0])]
            if (
                len(run) > 2
                and i >= 3
                and toks[i - 1].text in ("-", "\u2013")
                and re.fullmatch(r"[A-Z][a-z]+", toks[i - 2].text)
                # not "CEO dan Co - Founder Maju Rudi Hartanto": the hyphen joins a title
                and run[0].text.lower() not in self.lex.roles
            ):
                runs[r] = run[1:]  # "CEO Maju - Jaya Rudi Hartanto": "Jaya" ends the company
        # a run that is only the sentence-initial capital of a common word is no name
        first = toks[0].start if toks else -1
        if (
            runs
            and len(runs[0]) > 1
            and runs[0][0].start == first
            and runs[0][0].text[:1].isupper()  # not "de Villiers": a particle, no opener
            # "Relawan Badja", "Media Inggris": a source noun heads the group's name
            and not (len(runs[0]) == 2 and runs[0][0].text.lower() in _GROUP_NOUNS)
            and (
                runs[0][0].text.lower() in self.lower_words
                or runs[0][0].text.lower() in _FUNCTION_WORDS
                or runs[0][0].text.lower() in _OPENERS
                and not self._named_connective(runs[0][0].text)
                or runs[0][0].text.lower() in self.lex.passive
                # "Artikel Topsfield itu menyebut": the writer speaks through the piece
                or runs[0][0].text.lower() in _WORKS
                # "Preferensi Rendra itu ...": a word the news writes in lower case
                or self._common_opener(runs[0])
                or _PARTICLED.fullmatch(runs[0][0].text.lower()) is not None
                and runs[0][0].text.lower()[:-3] in self.lower_words
            )
            # "Jaksa Agung R Wiratmo menegaskan": a title of two words opens the run, and
            # its second word (a given name elsewhere) must be cut with the first
            and f"{runs[0][0].text.lower()} {runs[0][1].text.lower()}" not in self.lex.title_phrases
        ):
            # "Awalnya Sinar Jaya ...", "Baca: Rina ...", "Kini Sato ...", "Ditambahkan Budi"
            runs[0] = runs[0][1:]
        runs = [
            r
            for r in runs
            if not (
                len(r) == 1
                and (
                    self._common(r[0].text)
                    and not self._named_connective(r[0].text)
                    or (
                        r[0].start == first
                        # "ujar Indro" is a name even where the text once writes "indro"
                        and at_end
                        and (
                            r[0].text.lower() in self.lower_words
                            or (
                                r[0].text in self.opening_only
                                and PLAIN_WORD.fullmatch(r[0].text) is not None
                                and r[0].text.lower() not in self.lex.outlets
                                and r[0].text not in self.lex.orgs
                            )
                        )
                    )
                )
            )
            and not all(t.text.lower() in _TIME_WORDS for t in r)
        ]
        if runs and self._former(toks, runs[-1]):
            # "Eks penggawa Chelsea kemudian mengatakan": a former club or office of the
            # person the text is about, resolved like "ia"
            return Source(
                "pronoun",
                " ".join(t.text for t in toks),
                toks[0].start,
                toks[-1].end,
                number="sg",
            )
        if runs and all(t.text.lower() in self.lex.places for t in runs[-1]):
            described = self._description(toks[: toks.index(runs[-1][0])])
            if described is not None:
                # "juru bicara kepolisian London": the place qualifies an unnamed source
                return self._description(toks)
            lead = toks[: toks.index(runs[-1][0])]
            if (
                lead
                and runs[-1][-1] is toks[-1]
                and len(lead) <= 4
                and lead[0].text.lower() in self.lex.orgwords | _INSTITUTIONS
                and all(t.text.islower() and t.text not in _CUE_STOP for t in lead)
            ):
                # "kementerian pertahanan Swiss": the country's institution, described
                return Source(
                    "description",
                    " ".join(t.text for t in toks),
                    toks[0].start,
                    toks[-1].end,
                    number="pl",
                )
        if len(runs) >= 2 and self._joined_org(toks, runs[-2], runs[-1]):
            # "Badan Pengawasan Keuangan dan Pembangunan": one organisation's name
            whole = toks[toks.index(runs[-2][0]) : toks.index(runs[-1][-1]) + 1]
            return Source(
                "name",
                " ".join(t.text for t in whole),
                whole[0].start,
                whole[-1].end,
                number="pl",
                org=True,
                tokens=[t.text for t in whole],
            )
        if runs:
            run = runs[-1]
            for i in range(len(run)):
                outlet = " ".join(t.text for t in run[i:])
                if outlet.lower() in self.lex.outlets and (len(run) - i > 1 or i == 0):
                    # "laporan The New York Times": a news outlet as the source
                    return Source(
                        "name",
                        outlet,
                        run[i].start,
                        run[-1].end,
                        number="pl",
                        org=True,
                        tokens=[t.text for t in run[i:]],
                    )
            found = self._name(run, bare=at_end and run[0] is toks[0])
            if (
                found is not None
                and found.person
                and len(run) == 2
                and run[0] is toks[0]
                and _is_acronym(run[0].text)
                # "AKP Faruq", "AKBP Budi": a rank before the officer's name
                and run[0].text.lower() not in _RANKS
                and len(found.tokens) == 1
            ):
                # "DPP Golkar", "PSSI Jatim" with nothing before: an organisation
                return Source(
                    "name",
                    f"{run[0].text} {run[1].text}",
                    run[0].start,
                    run[1].end,
                    number="pl",
                    org=True,
                    tokens=[run[0].text, run[1].text],
                )
            if found is not None:
                return found
        described = self._description(toks)
        if (
            described is None
            and not at_end
            and toks
            and toks[0].text.lower() in self.lex.roles
            and (len(toks) == 1 or not is_capitalised(toks[1].text))
        ):
            # "kata Wakapolri menjawab ...": a title alone, for the holder named elsewhere
            tok = toks[0]
            if tok.text.lower() in self.lex.given_titles and tok.text in self.single_runs:
                # "ujar Imam": a word that is also a given name, the person's own name
                return Source("name", tok.text, tok.start, tok.end, tokens=[tok.text])
            return Source("name", tok.text, tok.start, tok.end, org=True, tokens=[tok.text])
        return described

    def _lower_org(self, toks: list[_Tok]) -> Source | None:
        """ "Badan intelijen militer Ukraina", "Kementerian luar negeri Norwegia", "Dinas
        kesehatan setempat" opening a sentence: an organisation word (capitalised only as
        the sentence's first word), one to three lower-case nouns or adjectives, then
        optionally a place. The institution, described, speaks; not the place, nor the
        words after the organisation word. Not "Menteri Luar Negeri Norwegia Budi" (a
        title, capitalised throughout) nor "Bank Indonesia" (a name)."""
        read = toks
        for i, tok in enumerate(read[:4]):
            dash = _DATELINE_DASH.search(tok.text)
            if dash is not None:
                # "Kyiv - Badan ...", "JAKARTA, KOMPAS.com -- Badan ...": after a dateline
                toks = read[i + 1 :]
                if dash.end() < len(tok.text):
                    glued = tok.text[dash.end() :]
                    toks = [_Tok(glued, tok.start + dash.end(), tok.end), *toks]
        if len(toks) < 2:
            return None
        word = toks[0].text
        head = word.lower()
        if (
            not word[:1].isupper()
            or not word[1:].islower()
            or head not in self.lex.orgwords
            or head in self.lex.roles
        ):
            return None
        n = 1
        while n < len(toks) and toks[n].text.islower():
            n += 1
        lower = toks[1:n]
        tail = toks[n:]
        if (
            not 1 <= len(lower) <= 3
            or not all(self._modifier(t.text) for t in lower)
            or len(tail) > 3
            or not all(self.place(t.text) for t in tail)
        ):
            return None
        return Source(
            "description",
            " ".join(t.text for t in toks),
            toks[0].start,
            toks[-1].end,
            number="pl",
        )

    def _former(self, toks: list[_Tok], run: list[_Tok]) -> bool:
        """ "Eks penggawa Chelsea", "Mantan gubernur DKI Jakarta" opening a sentence: "mantan"
        or "eks", one or two lower-case nouns, then a place, club or organisation ending the
        words read. Not after "menurut" ("menurut mantan pelatih Chelsea, Jose Moreno,
        ...": the name follows in apposition), so only with the capital of a sentence."""
        if run[-1] is not toks[-1] or len(run) > 3:
            return False
        lead = toks[: toks.index(run[0])]
        return (
            2 <= len(lead) <= 3
            and lead[0].text in ("Mantan", "Eks", "Bekas")
            and all(self._modifier(t.text) for t in lead[1:])
            and all(
                self.place(t.text)
                or t.text in self.lex.affiliations
                or self.known_org(t.text)
                or _is_acronym(t.text)
                for t in run
            )
        )

    def _sentence_adverb(self, word: str) -> bool:
        """ "Lagi-lagi ia menambahkan": a lower-case word opening the sentence before a
        pronoun, not a name."""
        low = word.lower()
        return (
            word[:1].isupper()
            and (low in _OPENERS or (low in self.lex.common and word not in self.single_runs))
            and not self._named_connective(word)
        )

    def _common_opener(self, run: list[_Tok]) -> bool:
        """ "Preferensi Rendra", "Rencananya Darto": a word the news writes in lower case
        opens the sentence before a name that the text uses alone or that is a given name;
        not "Setara Institute", "Kejaksaan Agung", "Operator Sinar ..." (an organisation,
        an institution, a role)."""
        word = run[0].text
        low = word.lower()
        rest = run[1:]
        return (
            len(rest) <= 2  # "Operator Sinar Joko Lesmana": the role reader cuts longer runs
            and low in self.lex.common
            and PLAIN_WORD.fullmatch(word) is not None
            and word not in self.single_runs
            and not self._stop_word(word)
            and low not in _INSTITUTIONS
            and low not in _GROUP_HEADS
            and rest[-1].text.lower() not in self.lex.orgwords
            and (any(t.text in self.single_runs for t in rest) or rest[0].text in self.lex.persons)
        )

    def _modifier(self, word: str) -> bool:
        """A lower-case noun or adjective that may go on a described source ("kerajaan" in
        "seorang sahabat dekat kerajaan"), not a verb, an adverb or a function word."""
        low = word.lower()
        return (
            word.islower()
            and word.isalpha()
            and low not in _CUE_STOP
            and low not in _ADVERBS
            and low not in _DEMONSTRATIVES
            and low not in _FUNCTION_WORDS
            and low not in _TIME_WORDS
            and low not in _MODALS
            and low not in self.lex.verbs
            and not self.pronoun(low)
            and low not in ("yang", "adalah", "ialah", "kita", "kami", "jika")
            and not low.startswith(("me", "di", "ber", "ter"))
        )

    def _joined_org(self, toks: list[_Tok], left: list[_Tok], right: list[_Tok]) -> bool:
        """Whether ``left dan right`` is one organisation's name ("Kementerian Pemuda dan
        Olahraga"): an organisation word heads the left part, and the right part holds only
        common nouns (no person's name) and ends the phrase."""
        at = toks.index(right[0])
        if (
            at < 2
            or toks[at - 1].text != "dan"
            or toks[at - 2] is not left[-1]
            or right[-1] is not toks[-1]
            or len(right) > 3
            or left[0].text.lower() not in self.lex.orgwords
            or left[0].text.lower() in self.lex.roles
        ):
            return False
        return all(
            PLAIN_WORD.fullmatch(t.text) is not None
            and (
                _ABSTRACT_NOUN.fullmatch(t.text.lower()) is not None
                or t.text.lower() in self.lex.common
                or t.text.lower() in self.lower_words
                or t.text.lower() in self.lex.fields
            )
            for t in right
        )

    def _trim_name(
        self,
        run: list[_Tok],
        collected: list[_Tok],
        clean_stop: bool = False,
        org_stop: bool = False,
        whole: bool = False,
    ) -> list[_Tok]:
        """Cut what is left of a role or an organisation off a person's name, using how
        the document refers to the person elsewhere ("Pupuk Jaya Moch Sutarno" ->
        "Moch Sutarno" when the text also says "ujar Sutarno"). ``whole``: no role,
        organisation or place word stands in the run, so a given name used alone
        ("Amira Lestya Wulan Sembiring" + "tutur Lestya") may be a middle name."""
        if len(collected) >= 2:
            # "Jaksa Agung Wiratmo": a title of two words whose second looks like a name
            before = [t.text.lower() for t in run[: run.index(collected[0])]]
            if before and f"{before[-1]} {collected[0].text.lower()}" in self.lex.title_phrases:
                collected = collected[1:]
        if len(collected) >= 3:
            lead = next(
                (
                    i
                    for i, t in enumerate(collected[:-2])
                    if _LEAD_INITIAL.fullmatch(t.text) and t.text[0].lower() not in _RANKS
                ),
                None,
            )
            if lead is not None and all(
                PLAIN_WORD.fullmatch(t.text) for t in collected[lead + 1 :]
            ):
                # "Kepala Balai R Agus Budi Santosa": an initial opens the person's name, or
                # follows the given name the document also uses alone ("Gatot S Dewa Broto")
                if lead > 0 and collected[lead - 1].text in self.single_runs:
                    lead -= 1
                return collected[lead:]
            if (
                collected[0].text.lower() in self.lower_words
                and collected[0].text not in self.single_runs
                and collected[0].text.lower() not in _GROUP_NOUNS
                and collected[0].text.lower() not in self.lex.orgwords
                and PLAIN_WORD.fullmatch(collected[1].text) is not None
            ):
                # "Bank Dunia Rodrigo Chaves" where the text also writes "dunia": a common
                # word ends the organisation, no given name
                collected = collected[1:]
            alone = [i for i, t in enumerate(collected) if t.text in self.single_runs]
            first_names = [i for i in alone if i < len(collected) - 1]
            last = len(collected) - 1
            initial = any(_INITIAL.fullmatch(t.text) for t in collected[1:-1])
            if initial:
                # "Bupati Poso Darmin A. Sigilipu": one given name, the initial, the surname
                k = next(i for i, t in enumerate(collected[1:-1], 1) if _INITIAL.fullmatch(t.text))
                collected = collected[k - 1 :]
            elif last in alone and (0 in alone or len(collected) >= 4):
                # "Snap Evan Spiegel" + "saham Snap" + "Spiegel melanjutkan": the surname is
                # used alone, so the word in front of the given name is not part of the name
                collected = _last_two(collected)
                if (
                    len(collected) == 2
                    and collected[0].text.isupper()
                    and len(collected[0].text) >= 2
                    and collected[0].text in self.single_runs
                ):
                    # "Ketua Muda Pembinaan BK Budi" + "BK juga ..." + "kata Budi": an
                    # acronym the text writes alone is the body, not the person's initials
                    collected = collected[1:]
            elif (
                first_names
                and not org_stop
                and not (
                    whole
                    and all(
                        # "Menhub Budi Hartono Wijaya" + "ujar Menhub": a title used alone
                        self._given_like(t.text) and t.text not in self.single_runs
                        for t in collected[: first_names[-1]]
                    )
                )
            ):
                # "... Cirebon Rudi Hartawan": the org or place ends before the given
                # name the text uses alone; but a known given name or a hereditary title
                # right before it opens the name ("Menteri Andi Bambang Sulaiman" + "kata
                # Bambang": the person goes by the middle name)
                k = first_names[-1]
                while k > 0 and self._given_before(collected[k - 1].text):
                    k -= 1
                    if collected[k].text.lower() in _NAME_HONORIFICS:
                        break
                collected = collected[k:]
            elif not alone and len(collected[0].text) <= 3 and collected[0].text.isupper():
                collected = collected[1:]  # "PB Bandung Ferdi ..." -> drop the acronym
            if (
                not alone
                and len(collected) == 4
                and not initial
                and run.index(collected[0]) > 0
                and self._region_end(run[run.index(collected[0]) - 1].text, collected[0].text)
            ):
                # "Bupati Lembah Hijau Iwan Putra Jaya" where the text also writes "Lembah Hijau"
                # ending a name elsewhere: the region ends there, the three words after it
                # are the person's
                return collected[1:]
            if (
                not alone
                and len(collected) >= 3
                and not clean_stop
                and len(collected) < len(run)
                and not initial
                # "Menteri Keuangan Sri Mulyani Indrawati" + "kata Sri Mulyani."
                # (but "ke Gunung Sari" + "Bupati Gunung Sari Rusmini": a place)
                and not (
                    len(collected) == 3
                    and self.opener(collected[0].text)
                    and not self._no_name(collected[1].text, collected[0].text)
                )
                # "Komisaris Besar Raden Budi Wibowo": a hereditary title opens the name
                and collected[0].text.lower() not in _NAME_HONORIFICS
            ):
                # "Wali Kota Bogor Arif Rahman", "PT Maju Jaya Hendra Gunawan", "Menteri
                # Keuangan Sri Mulyani Indrawati": the name goes leftwards from its last word
                # while each word is person-like
                collected = self._person_tail(collected)
        elif (
            len(collected) == 2
            and not clean_stop
            and (
                (
                    run.index(collected[0]) > 0
                    and self._no_name(collected[0].text, run[run.index(collected[0]) - 1].text)
                )
                or self._club_before(collected[0].text, collected[1].text)
            )
            and self._person_word(collected[1].text) > 0
        ):
            # "Kepala Dinas Kesehatan Sutrisno", "Bupati Gunung Sari Rusmini" (+ "di Gunung
            # Sari"): a field noun or a place the text names ends the office, not a given name
            collected = collected[1:]
        return collected

    def _club_before(self, word: str, name: str) -> bool:
        """Whether ``word`` is a club, organisation or place glued before a one-word name
        ("Bintang Chelsea Wilmar" + "kata Wilmar"): the NER corpora tag ``word`` alone as
        a place or organisation and never in a person's name, the text also writes ``word``
        without the name after it ("untuk Chelsea"), and ``name`` has a person's evidence
        (the text uses it alone, or the NER corpora tag it in persons' names)."""
        if word not in self.lex.clubs or not self._known_given(name) or not self.text:
            return False
        key = (word, name)
        known = self._club_befores.get(key)
        if known is None:
            alone = (
                r"(?<![\w\-])" + re.escape(word) + r"(?![\w\-])(?![ \t]+" + re.escape(name) + ")"
            )
            known = re.search(alone, self.text) is not None
            self._club_befores[key] = known
        return known

    def _person_word(self, word: str) -> int:
        """How a capitalised word in front of a surname reads: 1 person-like (a word the NER
        corpora tag inside persons' names, one the text uses alone, or no common word at
        all), -1 not (a role, rank, organisation, place, derived noun or common word of the
        news), 0 unsure (a word the news writes in lower case now and then: "Karya")."""
        if _PARTICLE.match(word):
            return 1
        if PLAIN_WORD.fullmatch(word) is None:
            return -1
        low = word.lower()
        lex = self.lex
        if (
            self._stop_word(word)
            or low in _RANKS
            or low in _REGION_HEADS
            or word in lex.affiliations
            or self.known_org(word)
            or self.place(word)
        ):
            return -1
        if self._known_given(word):
            return 1
        if (
            low in lex.common
            or low in self.lower_words
            or _ABSTRACT_NOUN.fullmatch(low) is not None
            or self._common(word)
        ):
            return -1
        return 0 if low in lex.common_some else 1

    def _no_name(self, word: str, before: str) -> bool:
        """Whether a capitalised word right before a surname is clearly no part of the
        person's name: a role, field, organisation or place word of the lists, a derived
        noun or common word of the news, or a place the text goes to or is in ("di
        Lamongan", "ke Gunung Sari"). Gazetteer places abroad are not enough ("Florence",
        "Vladimir" also name people), nor initials ("M", "LP")."""
        low = word.lower()
        lex = self.lex
        if (
            low in lex.roles
            or low in lex.fields
            or low in lex.orgwords
            or low in lex.places
            or low in _RANKS
            or low in _REGION_HEADS
            or _is_acronym(word)
        ):
            return True
        if PLAIN_WORD.fullmatch(word) is None or word in lex.persons:
            return False
        if _ABSTRACT_NOUN.fullmatch(low) is not None:
            return True  # "Kesehatan" even where the text has it alone ("tentang Kesehatan")
        if word in self.single_runs:
            return False
        if low in lex.common or low in self.lower_words:
            return True
        if not self.text:
            return False
        key = (word, before)
        known = self._place_words.get(key)
        if known is None:
            place = (
                r"(?<![\w\-])(?:di|ke|dari|Di|Ke|Dari)[ \t]+(?:" + re.escape(before) + r"[ \t]+)?"
            )
            pattern = place + re.escape(word) + r"(?![\w\-])(?![ \t]+[A-Z])"
            known = re.search(pattern, self.text) is not None
            self._place_words[key] = known
        return known

    def _given_before(self, word: str) -> bool:
        """Whether a word right before a given name the text uses alone opens the same
        person's name: a hereditary title ("Raden"), or a word the NER corpora tag in
        persons' names that is no common word, role, place or organisation ("Andi",
        "Frans")."""
        if word.lower() in _NAME_HONORIFICS:
            return True
        return word in self.lex.persons and self._person_word(word) > 0 and self._given_like(word)

    def _middle_title(self, before: str, word: str) -> bool:
        """Whether a title-like word the NER corpora also tag inside persons' names
        ("Hakim", "Putra") or a lone initial stands as a middle name, right after a known
        given name ("Rahmat Hakim Sulistyo", "Yohanes H Pardede")."""
        title = word.lower() in self.lex.given_titles and PLAIN_WORD.fullmatch(word) is not None
        # "Menteri Hukum Yohanes H Pardede": an initial, not "H(aji)"
        initial = len(word) == 1 and word.isupper()
        return (title or initial) and self._given_before(before)

    def _known_given(self, word: str) -> bool:
        """A word with evidence of a person's name: the text uses it alone, or the NER
        corpora tag it in persons' names and the news does not mostly write it in lower
        case ("Budi", "Sri"; not "Maju" of "Desa Suka Maju")."""
        return word in self.single_runs or (
            word in self.lex.persons and word.lower() not in self.lex.common
        )

    def _person_tail(self, collected: list[_Tok]) -> list[_Tok]:
        """The person's name at the end of ``collected``: most often its last two words
        (one where the word before the surname is no name's); further leftwards while the
        word is one the NER corpora tag in persons' names or the text uses alone ("Sri
        Mulyani Indrawati"), an unsure word only with such a word before it ("Budi Karya
        Wijaya")."""
        scores = [self._person_word(t.text) for t in collected]
        if scores[-1] > 0 and (
            self._no_name(collected[-2].text, collected[-3].text)
            and not self._middle_title(collected[-3].text, collected[-2].text)
            or self._club_before(collected[-2].text, collected[-1].text)
        ):
            return collected[-1:]
        i = len(collected) - 2
        while i > 0 and not _PARTICLE.match(collected[i].text):
            score = scores[i - 1]
            if (score > 0 and self._known_given(collected[i - 1].text)) or (
                score == 0 and i >= 2 and self._known_given(collected[i - 2].text)
            ):
                i -= 1
                continue
            break
        if i == len(collected) - 2:
            return _last_two(collected)
        return collected[i:]

    def _region_end(self, first: str, last: str) -> bool:
        """Whether the document writes "first last" elsewhere as the end of a capitalised
        name ("khususnya Lembah Hijau.", "Lembah Hijau kembali ...")."""
        if not self.text:
            return False
        key = (first, last)
        known = self._region_ends.get(key)
        if known is None:
            pattern = re.escape(first) + r"[ \t]+" + re.escape(last) + r"(?![\w\-])(?![ \t]+[A-Z])"
            known = re.search(pattern, self.text) is not None
            self._region_ends[key] = known
        return known

    def _given_like(self, word: str) -> bool:
        """A capitalised word that may open a person's name: no common word of the news
        (``names_lowercase.txt``, "Komika"), no word the text writes in lower case, no
        derived noun ("Kemaritiman"), role, place, club or organisation."""
        low = word.lower()
        return (
            PLAIN_WORD.fullmatch(word) is not None
            and low not in self.lex.common
            and low not in self.lex.common_some
            and low not in self.lower_words
            and _ABSTRACT_NOUN.fullmatch(low) is None
            and not self._stop_word(word)
            and not self._common(word)
            and word not in self.lex.affiliations
            and not self.known_org(word)
            and not self.place(word)
        )

    def opener(self, word: str) -> bool:
        """Whether the document writes ``word`` opening a two-word name on its own."""
        if self._openers is None:
            self._openers = self._openers_of() if self._openers_of is not None else frozenset()
        return word in self._openers

    def _common(self, word: str) -> bool:
        low = word.lower()
        lex = self.lex
        return (
            low in _QUESTION_WORDS
            or low in lex.sources
            or low in lex.quantifiers
            or low in lex.roles
            or low in lex.pronouns
            or low in lex.discourse
        )

    def _name(self, run: list[_Tok], bare: bool = False) -> Source | None:
        """The source a run of capitalised words names (``bare``: nothing stands before
        the run in the words read)."""
        lex = self.lex
        while len(run) > 1 and (
            _DEGREE.fullmatch(run[-1].text) or (len(run) > 2 and run[-1].text in _POSTNOMINAL)
        ):
            run = run[:-1]  # "Fathur Rokhman M.Hum", "Budi Santoso SH": a degree after the name
        if len(run) > 1 and _REGNAL.fullmatch(run[-1].text) and PLAIN_WORD.fullmatch(run[-2].text):
            # "Ratu Elizabeth II", "Paus Yohanes Paulus II": the number belongs to the name
            numeral = run[-1]
            base = self._name(run[:-1])
            if (
                base is not None
                and not base.org
                and base.end == run[-2].end
                and not any(
                    t.lower() in lex.orgwords or t.lower() in lex.fields for t in base.tokens
                )
            ):  # not "Direktur Pengawasan Bank II": a department's number
                return Source(
                    "name",
                    f"{base.text} {numeral.text}",
                    base.start,
                    numeral.end,
                    number=base.number,
                    org=False,
                    person=True,
                    tokens=[*base.tokens, numeral.text],
                )
        if len(run) > 3 and run[-2].text == "Sp" and len(run[-1].text) <= 3:
            run = run[:-2]  # "Hengky Setyahadi Sp. B": a medical specialty (the period cut)
        if (
            2 <= len(run) <= 3
            and run[-1].text.lower() in lex.roles
            and PLAIN_WORD.fullmatch(run[-1].text)
            and all(
                PLAIN_WORD.fullmatch(t.text)
                and not self._stop_word(t.text)
                and not self.known_org(t.text)
                and t.text.lower() not in self.lower_words
                and t.text.lower() not in _OPENERS
                and t.text.lower() not in _FUNCTION_WORDS
                and t.text.lower() not in _CONJUNCTIONS
                and t.text not in self.opening_only
                for t in run[:-1]
            )
        ):
            # "Rahmat Hakim": a title never follows the name, so the word is a surname
            return Source(
                "name",
                " ".join(t.text for t in run),
                run[0].start,
                run[-1].end,
                person=True,
                tokens=[t.text for t in run],
            )
        plain = [t for t in run if not (t.text.startswith("(") and t.text.endswith(")"))]
        if not plain:
            return None
        collected: list[_Tok] = []
        stopped_by_role = False
        clean_stop = False  # stopped by "(BI)" or "ESDM": what follows is a name alone
        stop_tok: _Tok | None = None
        for k, tok in enumerate(reversed(run)):
            if tok.text in _JOINERS:
                break
            at = len(run) - 1 - k
            if collected and at > 0 and self._middle_title(run[at - 1].text, tok.text):
                # "Menteri Agama Rahmat Hakim Sulistyo": a title-like word between a given
                # name and a surname is a middle name
                collected.insert(0, tok)
                continue
            if (
                self._stop_word(tok.text)
                or (collected and self.known_org(tok.text))
                # "Jaksa Agung Kalora Doni Chandra" when the text says "di Kalora"; "Bek
                # Garuda Dedi Yulianto": a region or a club, never a given name
                or (len(collected) >= 2 and tok.text in self.located)
                or (
                    (
                        len(collected) == 2
                        # "Kepala Polisi Kalora Leo Roy Gani": a role, its region, then a
                        # name of three (not "Nusa Technologies Dani Rombang")
                        or (
                            len(collected) == 3
                            and run.index(tok) > 0
                            and self._stop_word(run[run.index(tok) - 1].text)
                            # not "Menteri Angkatan Bersenjata Flora Parlin"
                            and self._given_like(collected[0].text)
                        )
                    )
                    and tok.text in lex.affiliations
                    # not "Disneyland Hong Kong": the two words are themselves a place
                    and not any(self.place(t.text) for t in collected)
                    and " ".join(t.text for t in collected) not in lex.place_names
                )
            ):
                low = tok.text.lower().strip("()")
                if low in _REGION_HEADS and len(collected) >= 2:
                    collected.pop(0)  # "Kabupaten Haltim Abdurahman Sarjan": the region's name
                stopped_by_role = (
                    low in lex.roles
                    or tok.text.startswith("(")
                    or _is_acronym(tok.text)
                    or self.place(tok.text)
                    or (tok.text in lex.affiliations and 2 <= len(collected) <= 3)
                    or self.known_org(tok.text)
                    or ((low in lex.fields or low in lex.orgwords) and len(collected) >= 2)
                )
                if (
                    tok is run[0]
                    and low in lex.orgwords
                    and low not in lex.roles
                    and any(t.text.lower() in self.lower_words for t in collected)
                    and not any(t.text in self.single_runs for t in collected)
                ):
                    # "Organisasi Pelarangan Senjata Kimia": words the text also writes in
                    # lower case make the run an organisation's name, not a person's
                    stopped_by_role = False
                elif (
                    tok is run[0]
                    and low in lex.orgwords
                    and low not in lex.roles
                    and len(collected) >= 2
                    and _ABSTRACT_NOUN.fullmatch(collected[0].text.lower()) is not None
                    and not any(t.text in self.single_runs for t in collected)
                    and all(
                        PLAIN_WORD.fullmatch(t.text) is not None
                        and (
                            t.text.lower() in lex.common
                            or t.text.lower() in lex.common_some
                            or _ABSTRACT_NOUN.fullmatch(t.text.lower()) is not None
                        )
                        for t in collected[1:]
                    )
                ):
                    # "Komisi Pemilihan Umum": a derived noun after the organisation word and
                    # only words the news also writes in lower case after it: the whole
                    # run is the organisation's name
                    stopped_by_role = False
                clean_stop = (
                    tok.text.startswith("(")
                    # "CEO Maju Budi Hartono": a chief officer's title, the company's name
                    # may follow it before the person's
                    or (_is_acronym(tok.text) and _CHIEF.fullmatch(tok.text) is None)
                    or (bool(collected) and tok.text in self.lex.orgs)
                    # "Kombes Pol Rina Sari Ginting": a rank right before the name
                    or (low in _RANKS and len(collected) <= 3)
                    # "Bupati Banyuwangi Abdullah Azwar Anas": the office's region, then
                    # the whole name
                    or (self.place(tok.text) and len(collected) == 3)
                    or (tok.text in lex.affiliations and len(collected) == 3)
                )
                stop_tok = tok
                if (
                    low in _UNITS
                    and len(collected) <= 3
                    and all(PLAIN_WORD.fullmatch(t.text) for t in collected)
                ):
                    # "Polda Metro Jaya", "Polres Jakarta Barat": the unit's region, no person
                    collected = []
                    stopped_by_role = False
                break
            collected.insert(0, tok)
            if len(collected) >= 4:
                break
        if (
            stop_tok is not None
            and 1 <= len(collected) <= 2
            and stop_tok.text in self.single_runs
            and stop_tok.text.lower() in lex.given_titles
            and PLAIN_WORD.fullmatch(stop_tok.text) is not None
            and run.index(collected[0]) == run.index(stop_tok) + 1
        ):
            # "Menpora Imam Santoso" + "ujar Imam": the document cites the person by the
            # word, so the title-like word is the given name
            collected.insert(0, stop_tok)
            clean_stop = True
        while len(collected) > 1 and self.known_org(collected[0].text):
            collected.pop(0)
        org_stop = stop_tok is not None and stop_tok.text in lex.orgs
        if not (
            stop_tok is not None
            and stop_tok.text.lower() in _LEGAL_FORMS
            and all(PLAIN_WORD.fullmatch(t.text) for t in collected)
        ):
            # after a company's legal form the person's whole name follows, uncut
            collected = self._trim_name(
                run,
                collected,
                clean_stop,
                org_stop,
                whole=bare and stop_tok is None and len(collected) == len(run),
            )
        head = plain[0].text.lower()
        org_head = head in lex.orgwords
        if any(t.text in _JOINERS for t in plain) and not (stopped_by_role and len(collected) >= 2):
            # "Society of Island Music Arts and Letters": an organisation's name
            tail = max(i for i, t in enumerate(run) if t.text in _JOINERS) + 1
            if plain[-1].text not in _JOINERS and any(
                t.text.lower() in lex.roles for t in run[: tail - 1]
            ):
                named = self._name(run[tail:]) if len(run) - tail >= 3 else None
                if named is not None and named.person and len(named.tokens) >= 2:
                    # "Vice President of Business Development Nusa Technologies Dani
                    # Rombang": after an office phrase, the person ends the run
                    if (
                        2 <= len(collected) < len(named.tokens)
                        and collected[-1] is run[-1]
                        and named.end == run[-1].end
                    ):
                        # "Head of Sales Maju Budi Hartono": the field and the company
                        # before the name are cut as after any office
                        return Source(
                            "name",
                            " ".join(t.text for t in collected),
                            collected[0].start,
                            collected[-1].end,
                            person=True,
                            tokens=[t.text for t in collected],
                        )
                    return named
            while plain and (plain[0].text.lower() in lex.roles or plain[0].text in _JOINERS):
                plain = plain[1:]
            while plain and plain[-1].text in _JOINERS:
                plain = plain[:-1]
            if not plain:
                return None
            text = " ".join(t.text for t in plain)
            return Source(
                "name",
                text,
                plain[0].start,
                plain[-1].end,
                number="pl",
                org=True,
                tokens=[t.text for t in plain],
            )
        if (
            collected
            and (stopped_by_role or not org_head)
            and not (org_head and len(collected) == len(plain))
        ):
            # a person (or an organisation with a plain name: "Pertamina", "Morgan Stanley")
            name_toks = collected
            known_org = all(self.known_org(t.text) for t in name_toks)
            person = (stopped_by_role or len(collected) >= 2) and not known_org
            text = " ".join(t.text for t in name_toks)
            return Source(
                "name",
                text,
                name_toks[0].start,
                name_toks[-1].end,
                number="pl" if known_org else "sg",
                org=known_org,
                person=person and not org_head,
                tokens=[t.text for t in name_toks],
            )
        # an organisation or place: the whole run, without leading roles and parentheses
        last = run[-1].text
        if last.startswith("(") and not org_head and sum(c.isupper() for c in last) >= 2:
            inner = last[1:-1].strip()  # "... Air dan Lahan Gambut (BP Gambut)" -> BP Gambut
            return Source(
                "name",
                inner,
                run[-1].start + 1,
                run[-1].end - 1,
                number="pl",
                org=True,
                tokens=inner.split(),
            )
        while plain and plain[0].text.lower() in lex.roles and len(plain) > 1:
            plain = plain[1:]
        text = " ".join(t.text for t in plain)
        return Source(
            "name",
            text,
            plain[0].start,
            plain[-1].end,
            number="pl",
            org=True,
            tokens=[t.text for t in plain],
        )

    def description(self, text: str, start: int) -> Source | None:
        """An unnamed source at the start of ``text`` ("para pengungsi ...")."""
        toks = tokens(text, start)[:5]
        if len(toks) < 2 or is_capitalised(toks[1].text):
            return None  # "laporan The New York Times": a named source, read elsewhere
        for i, tok in enumerate(toks[1:], 1):
            low = tok.text.lower()
            if (
                low in _CUE_STOP
                or low in _TIME_WORDS
                or low in self.lex.verbs
                or (
                    low.startswith(("di", "me", "ber", "ter"))
                    and low not in self.lex.sources
                    and len(low) > 5
                    and i >= 2
                )
            ):
                toks = toks[:i]  # "para pengungsi ditujukan ...": the noun phrase only
                break
        return self._description(toks)

    def _description(self, toks: list[_Tok]) -> Source | None:
        lex = self.lex
        words = [t.text.lower() for t in toks]
        for i, word in enumerate(words):
            two = " ".join(words[i : i + 2])
            if word in lex.sources or two in lex.sources:
                first = i
                while first > 0 and (
                    words[first - 1] in lex.quantifiers
                    # "salah seorang anggota keluarga": a member of the group speaks
                    or (
                        words[first - 1] in lex.roles
                        and first - 1 > 0
                        and words[first - 2] in lex.quantifiers
                        and toks[first - 1].text.islower()
                    )
                ):
                    first -= 1
                last = min(len(toks), i + 4)
                # keep modifiers ("analis militer", "pejabat senior AS") up to 3 words
                span = toks[first:last]
                while len(span) > 1 and span[-1].text.lower() in _CUE_STOP:
                    span = span[:-1]
                text = " ".join(t.text for t in span)
                return Source("description", text, span[0].start, span[-1].end, number="pl")
        q = 0
        while q < len(words) and words[q] in lex.quantifiers:
            q += 1
        if 0 < q < len(words) and toks[q].text[:1].islower() and words[q] not in _CUE_STOP:
            # "salah seorang jaksa penuntut", "para pengungsi": a quantified unnamed source
            span = toks[: q + 2]
            if len(toks) > q + 2 and all(self._modifier(t.text) for t in toks[q : q + 3]):
                span = toks[: q + 3]  # "seorang sahabat dekat kerajaan": a longer noun phrase
            while len(span) > q + 1 and (
                span[-1].text.lower() in _CUE_STOP or is_capitalised(span[-1].text)
            ):
                span = span[:-1]
            text = " ".join(t.text for t in span)
            return Source("description", text, span[0].start, span[-1].end, number="pl")
        return None
