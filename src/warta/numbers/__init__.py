"""Numbers in Indonesian news: values, ranges, qualifiers, units, objects and categories.

The extractor works on the raw text with small, anchored regular expressions around
each candidate number (a digit or a number word), so its cost is linear in the text.
Language knowledge lives in data files under ``warta/lang/id/``:

- ``number_words.json``: satu ... sembilan, belas/puluh/ratus, ribu/juta/miliar, se- forms;
- ``number_vague.json``: belasan, puluhan, ratusan, ribuan (value null, ``low`` = the bound,
  qualifier ``at_least``; a following scale multiplies: "puluhan ribu" -> low 10000);
- ``amount_qualifiers.json``: sekitar, setidaknya, lebih dari, hampir, hingga, ...;
- ``amount_units.json``: currencies (-> ISO 4217), percent (-> "%"), measures, counting
  words, nouns that count people;
- ``amount_categories.json``: what happened to the people counted (KILL, WOUND, ...);
- ``amount_exclusions.json``: what is not an amount (dates, years, clock times,
  durations, ordinals, labels such as "Pasal 5", model names).

Values: a single number has ``value`` (``low``/``high`` null); a range ("10.000 hingga
12.000", "100-200", "antara 100 dan 200", "lima atau enam") has ``low`` and ``high`` and a
null ``value``; a vague count has only ``low``. "Rp 8.000-an" and "4 jutaan" are single
values with qualifier ``about``; "minus Rp 1.896" and "(-0,08 persen)" are negative.

Choices: vague counts (belasan 10, puluhan 10, ratusan 100, ribuan 1000) are lower bounds,
qualifier ``at_least``; "mencapai" (reached) reads as ``at_least``; "hingga"/"sampai" before
a lone number read as ``at_most``.

Not amounts: dates and years (also when the timexes component has not marked them), clock
times, durations and ages ("3 hari", "berusia 25 tahun", "Budi (45)"), ordinals ("ke-3",
"kedua"), identifiers ("QZ8501", "A320-200", "SPBU 34-10401", "RON 92", number plates),
phone numbers, labels ("Pasal 5", "ayat (2)", "No . 12", "lantai 2", "Grup 3, 4 dan 5"),
list numbering (also "... cukup . 3 . Cegah" where a list lost its line ends) and fixed
phrases ("salah satu", "satu-satunya", "satu per satu", "roda empat", "kaki lima").
Sports: scores and results written like ranges ("kalah 1 - 3", "21 - 16 , 17 - 21",
"( 1 - 3 )"), formations ("4-3-3"), team sheets ("9 - Benzema", ", 23 Nick ..."), match
minutes ("menit 67", "( 53' )", "90 + 3"), shirt numbers and ranks ("nomor punggung 10",
"10 besar", "finis 13"), age groups and day counts ("U - 19", "H - 7"). Also versions and
model names ("Nokia 2 bakal ...", "versi 4.5", "Snapdragon 835 saat ini"), clock times
("19.30 Persib vs ..."), lap times ("1 m 27,791s", "1'27.462"), coordinates ("6,17
Lintang Selatan"), durations in words ("dua setengah tahun", "lima tahunan", "tiga
musim", "1 x 24 jam") and a figure spelt out again in brackets ("3 (tiga) unit"). Spans
in ``blocked`` (timexes) are skipped too.

Categories are read from the words around a count of people in its sentence: a word right
after the counted noun phrase ("12 orang tewas") or right before the number ("menewaskan 12
orang") wins; otherwise the nearest specific word on either side; "korban" alone gives
AFFECT; coordinated counts ("16 pria dan 12 wanita terluka") and "di antaranya"/"lainnya"
share a category; active verbs after the number ("tiga teroris membunuh ...") and agents
after "oleh" or a passive verb ("dianiaya empat pria") do not count.

From further off, a word counts only when nothing in between says it belongs elsewhere:
not across another verb ("menangkap Budi dan menemukan dua korban", "wafat dan dimakamkan
di hadapan 500 pelayat"), a clause on another noun ("pendapatan yang hilang"), a case or a
risk ("tersangka kasus penganiayaan hingga tewas", "risiko cedera"), a purpose ("dikerahkan
untuk mengevakuasi korban") or a subordinate clause on the left ("ditangkap setelah ribuan
jemaah ..."); nouns such as "pengungsi" or "sandera" describe only the count beside them.
Phrases that hold a category word but report nothing ("hukuman mati", "ditahan imbang"),
denied words ("tidak ada korban jiwa", "tidak terluka") and counts said to be unharmed
("130 penumpang selamat") give none. A count before a bracketed part shares the word after
it ("13 orang, termasuk tiga anak, tewas"), as does one after "termasuk" or a figure the
sentence builds up to ("jumlah korban meninggal ... bertambah menjadi 23 orang").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..lang import id as lang
from ..record import Amount

__all__ = ["extract", "parse_digits", "parse_words", "resources"]

_SPACE = re.compile(r"[ \t\u00a0]*")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_HYPHENS = "-\u2013\u2014"


def _alternation(phrases: Sequence[str]) -> str:
    """A regex alternation of phrases, longest first, any run of spaces between words."""
    ordered = sorted({p.lower() for p in phrases}, key=lambda p: (-len(p), p))
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)


@dataclass(frozen=True)
class Resources:
    """Compiled language data (built once per process)."""

    digits: dict[str, int]
    whole: dict[str, float]
    tens: dict[str, str | int]
    scales: dict[str, float]
    fractions: dict[str, float]
    vague: dict[str, float]
    qual_before: dict[str, str]
    qual_after: dict[str, str]
    cur_before: dict[str, str]
    cur_after: dict[str, str]
    measures: dict[str, str]
    percent: frozenset[str]
    classifiers: frozenset[str]
    people: frozenset[str]
    implied: dict[str, str]
    category_of: dict[str, str]
    active: frozenset[str]
    neutral: frozenset[str]
    nouns: frozenset[str]
    link_verbs: frozenset[str]
    negation: re.Pattern[str]
    survived: re.Pattern[str]
    labels_before: frozenset[str]
    time_before: frozenset[str]
    date_before: frozenset[str]
    time_units: frozenset[str]
    time_zones: frozenset[str]
    months: frozenset[str]
    ordinals: frozenset[str]
    compound_before: frozenset[str]
    name_before: frozenset[str]
    label_after: frozenset[str]
    coordinates: frozenset[str]
    not_units: frozenset[str]
    unit_nouns: frozenset[str]
    score_before: re.Pattern[str]
    date_list: re.Pattern[str]
    candidate: re.Pattern[str]
    qual_back: re.Pattern[str]
    cur_back: re.Pattern[str]
    unit_after: re.Pattern[str]
    category: re.Pattern[str]
    fixed: re.Pattern[str]


_STOP_AFTER = frozenset(
    [
        "yang",
        "di",
        "ke",
        "dari",
        "dan",
        "atau",
        "untuk",
        "pada",
        "dengan",
        "oleh",
        "itu",
        "ini",
        "tersebut",
        "sebagai",
        "karena",
        "akibat",
        "dalam",
        "sejak",
        "hingga",
        "sampai",
        "telah",
        "sudah",
        "akan",
        "masih",
        "juga",
        "tidak",
        "tak",
        "belum",
        "per",
        "adalah",
        "merupakan",
        "lebih",
        "kurang",
        "sebanyak",
        "saja",
        "pun",
        "lagi",
        "pula",
        "bagi",
        "antara",
        "tiap",
        "setiap",
        "per-orang",
        "atas",
        "bawah",
        "lalu",
        "kemudian",
        "namun",
        "tetapi",
        "serta",
        "sedangkan",
        "sementara",
        "maupun",
        "bahwa",
        "jika",
        "kalau",
        "agar",
        "supaya",
        "hanya",
        "cuma",
        "baru",
        "sekitar",
        "yakni",
        "yaitu",
        "seperti",
        "bisa",
        "dapat",
        "harus",
        "ialah",
        "pula",
        "nya",
        "para",
        "kali-kali",
        "se",
        "sebesar",
        "senilai",
        "seharga",
        "setara",
        "sebesar-besarnya",
        "menjadi",
        "jadi",
        "selama",
        "saat",
        "ketika",
        "usai",
        "setelah",
        "sesudah",
        "sebelum",
        "seusai",
        "sehingga",
        "melalui",
        "lewat",
        "terhadap",
        "tentang",
        "secara",
        "sekaligus",
        "hari",
    ]
)
_CLAUSE_BREAK = re.compile(
    r";|\b(?:sementara|sedangkan|namun|tetapi|adapun|selain itu)\b", re.IGNORECASE
)


@functools.cache
def resources() -> Resources:
    words = lang.data("number_words.json")
    vague = {k: float(v) for k, v in lang.data("number_vague.json").items() if k != "_doc"}
    quals = lang.data("amount_qualifiers.json")
    units = lang.data("amount_units.json")
    cats = lang.data("amount_categories.json")
    excl = lang.data("amount_exclusions.json")
    category_of: dict[str, str] = {}
    for cat, phrases in cats["combined"].items():
        for p in phrases:
            category_of[" ".join(p.lower().split())] = cat
    for cat, phrases in cats["words"].items():
        for p in phrases:
            category_of.setdefault(" ".join(p.lower().split()), cat)
    number_words = (
        list(words["digits"]) + list(words["whole"]) + list(words["fractions"]) + list(vague)
    )
    candidate = re.compile(
        r"\d|(?<![\w-])(?:" + _alternation(number_words) + r")(?![\w])", re.IGNORECASE
    )
    qual_back = re.compile(
        r"(?<![\w-])(" + _alternation(list(quals["before"])) + r")[ \t\u00a0]*$", re.IGNORECASE
    )
    cur_sym = sorted(units["currency_before"], key=len, reverse=True)
    cur_back = re.compile(
        r"(?<![\w$])("
        + "|".join(re.escape(c) for c in cur_sym)
        + r")(?:[ \t\u00a0]*\.)?[ \t\u00a0]*$",
        re.IGNORECASE,
    )
    unit_phrases = list(units["currency_after"]) + list(units["measures"]) + list(units["percent"])
    unit_after = re.compile(
        r"[ \t\u00a0]*(" + _alternation(unit_phrases) + r")(?![\w²³])", re.IGNORECASE
    )
    neutral = [" ".join(p.lower().split()) for p in cats.get("neutral", [])]
    category = re.compile(
        r"(?<![\w-])(" + _alternation(list(category_of) + neutral) + r")(?![\w-])",
        re.IGNORECASE,
    )
    negation = re.compile(
        r"(?<![\w-])(?:" + _alternation(cats.get("negations", ["tidak"])) + r")[ \t\u00a0]+"
        r"(?:(?:yang|ada|mengalami|menjadi|sampai|ikut|turut)[ \t\u00a0]+)?"
        r"(?:[^\W\d_]+[ \t\u00a0]+(?:dan|atau|maupun)[ \t\u00a0]+)?$",
        re.IGNORECASE,
    )
    # "satu-satunya" is also written "satu - satunya"
    fixed_alt = _alternation(excl["fixed"]).replace(r"\-", r"[ \t\u00a0]*-[ \t\u00a0]*")
    fixed = re.compile(r"(?:" + fixed_alt + r")(?![\w-])", re.IGNORECASE)
    survived = re.compile(
        r"[ \t\u00a0]*(?:[^\W\d_][\w-]*[ \t\u00a0]+){0,2}?("
        + _alternation(cats.get("survived", ["selamat"]))
        + r")(?![\w-])",
        re.IGNORECASE,
    )
    return Resources(
        digits={k: int(v) for k, v in words["digits"].items()},
        whole={k: float(v) for k, v in words["whole"].items()},
        tens=dict(words["tens"]),
        scales={k: float(v) for k, v in words["scales"].items()},
        fractions={k: float(v) for k, v in words["fractions"].items()},
        vague=vague,
        qual_before={" ".join(k.lower().split()): v for k, v in quals["before"].items()},
        qual_after=dict(quals["after"]),
        cur_before={k.lower(): v for k, v in units["currency_before"].items()},
        cur_after={k.lower(): v for k, v in units["currency_after"].items()},
        measures={k.lower(): v for k, v in units["measures"].items()},
        percent=frozenset(p.lower() for p in units["percent"]),
        classifiers=frozenset(units["classifiers"]),
        people=frozenset(p.lower() for p in units["people"]),
        implied=dict(units["implied"]),
        category_of=category_of,
        active=frozenset(" ".join(p.lower().split()) for p in cats.get("active", [])),
        neutral=frozenset(neutral) - frozenset(category_of),
        nouns=frozenset(p.lower() for p in cats.get("nouns", [])),
        link_verbs=frozenset(
            p.lower() for p in cats.get("link_verbs", []) + cats.get("not_verbs", [])
        ),
        negation=negation,
        survived=survived,
        labels_before=frozenset(excl["labels_before"]),
        time_before=frozenset(excl["time_before"]),
        date_before=frozenset(excl["date_before"]),
        time_units=frozenset(excl["time_units"]),
        time_zones=frozenset(excl["time_zones"]),
        months=frozenset(excl["months"]),
        ordinals=frozenset(excl["ordinal_words"]),
        compound_before=frozenset(excl["compound_before"]),
        name_before=frozenset(excl["name_before"]),
        label_after=frozenset(excl.get("label_after", [])),
        coordinates=frozenset(excl.get("coordinates", [])),
        not_units=frozenset(excl.get("not_units", [])),
        unit_nouns=frozenset(excl.get("verb_nouns", [])),
        date_list=re.compile(
            r"[ \t\u00a0]*(?:,|dan|atau|hingga|sampai|s/d|[-\u2013])[ \t\u00a0]*\d{1,2}[ \t\u00a0]+(?:"
            + _alternation(excl["months"])
            + r")(?![\w])",
            re.IGNORECASE,
        ),
        score_before=re.compile(
            r"(?<![\w-])(?:" + _alternation(excl.get("score_words", ["skor"])) + r")(?![\w-])",
            re.IGNORECASE,
        ),
        candidate=candidate,
        qual_back=qual_back,
        cur_back=cur_back,
        unit_after=unit_after,
        category=category,
        fixed=fixed,
    )


# ---------------------------------------------------------------------------- values


def parse_digits(s: str) -> float | None:
    """A number written in digits, Indonesian style first: "10.000" -> 10000,
    "1,25" -> 1.25, "1.234.567,89" -> 1234567.89; "1,234,567" -> 1234567."""
    if not s or not s[0].isdigit():
        return None
    try:
        if "," in s and "." in s:
            if s.rfind(",") > s.rfind("."):
                return float(s.replace(".", "").replace(",", "."))
            return float(s.replace(",", ""))
        if "," in s:
            parts = s.split(",")
            if len(parts) > 2 and all(len(p) == 3 for p in parts[1:]):
                return float("".join(parts))
            if len(parts) == 2:
                return float(s.replace(",", "."))
            return None
        if "." in s:
            parts = s.split(".")
            if len(parts) == 2 and parts[0] == "0":
                return float(s)  # "0.201": no thousands group opens with 0
            if all(len(p) == 3 for p in parts[1:]):
                return float("".join(parts))
            if len(parts) == 2:
                return float(s)
            return None
        return float(s)
    except ValueError:
        return None


def _next_word(text: str, pos: int) -> tuple[str, int, int] | None:
    """The word after ``pos`` (spaces only between), lower-cased, with its offsets."""
    p = _SPACE.match(text, pos).end()  # type: ignore[union-attr]
    m = _WORD.match(text, p)
    if m is None:
        return None
    return m.group(0).lower(), m.start(), m.end()


def _prev_word(text: str, pos: int) -> tuple[str, int, int] | None:
    """The word before ``pos`` (spaces only between), lower-cased, with its offsets."""
    p = pos
    while p > 0 and text[p - 1] in " \t\u00a0":
        p -= 1
    if p > 0 and text[p - 1] == ".":
        p -= 1
    e = p
    while p > 0 and (text[p - 1].isalpha() or text[p - 1] == "-") and e - p < 40:
        p -= 1
    if p == e:
        return None
    return text[p:e].lower().strip("-"), p, e


def parse_words(text: str, pos: int, res: Resources | None = None) -> tuple[float, int] | None:
    """A number written in words starting at ``pos``: (value, end) or None.

    "dua puluh tiga" -> 23, "seratus dua belas" -> 112, "tiga ratus ribu" -> 300000.
    """
    res = res or resources()
    total = 0.0
    group = 0.0
    digit: int | None = None
    end = pos
    seen = False
    p = pos
    while True:
        w = _next_word(text, p) if seen else _word_exact(text, p)
        if w is None:
            break
        word, ws, we = w
        if word in res.digits:
            if digit is not None:
                break
            digit = res.digits[word]
        elif word in res.whole and res.whole[word] < 1000:
            if digit is not None:
                break
            group += res.whole[word]
        elif word in res.tens:
            if digit is None:
                break
            tens = res.tens[word]
            group += digit + 10 if tens == "teen" else digit * float(tens)
            digit = None
        elif word in res.whole or word in res.scales:
            scale = res.whole[word] if word in res.whole else res.scales[word]
            if word in res.whole:
                if digit is not None or group:
                    break
                group = 1.0
            amount = group + (digit or 0)
            if amount == 0:
                break
            total += amount * scale
            group, digit = 0.0, None
        else:
            break
        seen = True
        end = we
        p = we
    if not seen:
        return None
    return total + group + (digit or 0), end


def _word_exact(text: str, pos: int) -> tuple[str, int, int] | None:
    m = _WORD.match(text, pos)
    if m is None:
        return None
    return m.group(0).lower(), m.start(), m.end()


@dataclass
class _Num:
    start: int
    end: int
    value: float | None
    low: float | None = None
    vague: bool = False
    scaled: bool = False
    words: bool = False


_HALF = re.compile(r"[ \t\u00a0]+setengah(?![\w-])", re.IGNORECASE)


def _scale_after(text: str, pos: int, res: Resources) -> tuple[float, int] | None:
    w = _next_word(text, pos)
    if w is not None and w[0] in res.scales:
        return res.scales[w[0]], w[2]
    return None


def _number_at(text: str, pos: int, res: Resources) -> _Num | None:
    """A number (digits, words or a vague count) with a following scale word."""
    m = _DIGITS.match(text, pos)
    if m is not None:
        value = parse_digits(m.group(0))
        if value is None:
            return None
        num = _Num(pos, m.end(), value)
    else:
        w = _word_exact(text, pos)
        if w is None:
            return None
        word = w[0]
        if word in res.vague:
            num = _Num(pos, w[2], None, low=res.vague[word], vague=True, words=True)
        elif word in res.fractions:
            sc = _scale_after(text, w[2], res)
            if sc is None:
                num = _Num(pos, w[2], res.fractions[word], words=True)
            else:
                return _Num(pos, sc[1], res.fractions[word] * sc[0], scaled=True, words=True)
        else:
            parsed = parse_words(text, pos, res)
            if parsed is None:
                return None
            num = _Num(pos, parsed[1], parsed[0], words=True)
            last = text[pos : parsed[1]].split()[-1].lower()
            num.scaled = last in res.scales or last in res.whole and res.whole[last] >= 1000
            half = _HALF.match(text, num.end)
            if half is not None and not num.scaled and num.value is not None:
                # "dua setengah tahun", "satu setengah juta": and a half
                num.value += 0.5
                num.end = half.end()
                return _more_scale(text, num, res)
            return num if not num.scaled else _more_scale(text, num, res)
    return _more_scale(text, num, res)


def _more_scale(text: str, num: _Num, res: Resources) -> _Num:
    sc = _scale_after(text, num.end, res)
    while sc is not None:
        if num.value is not None:
            num.value *= sc[0]
        if num.low is not None:
            num.low *= sc[0]
        num.end = sc[1]
        num.scaled = True
        sc = _scale_after(text, num.end, res)
    return num


# ---------------------------------------------------------------------------- extraction


_RANGE_SEP = re.compile(
    r"[ \t\u00a0]*(?:[-\u2013\u2014]|s\.?/?d\.?|hingga|sampai(?:[ \t]+dengan)?)[ \t\u00a0]*",
    re.IGNORECASE,
)
_DAN = re.compile(
    r"[ \t\u00a0]*[-\u2013][ \t\u00a0]*|[ \t\u00a0]+(?:dan|hingga|sampai)[ \t\u00a0]+",
    re.IGNORECASE,
)
_UNIT_RANGE_SEP = re.compile(
    r"[ \t\u00a0]*(?:[-\u2013]|hingga|sampai(?:[ \t]+dengan)?)[ \t\u00a0]*", re.IGNORECASE
)
_PER_WORD = re.compile(r"[ \t\u00a0]+per[ \t\u00a0]+[^\W\d_]+", re.IGNORECASE)
_MINUS = re.compile(
    r"(?:(?<![\w-])(minus|\(minus\))[ \t\u00a0]+|(?:^|(?<=[\s(]))(-))$", re.IGNORECASE
)
_LETTERS = re.compile(r"[^\W\d_]+")
_SCALE_AN = frozenset({"ribuan", "jutaan", "miliaran", "milyaran", "triliunan"})
_ANTARA = re.compile(r"(?<![\w-])antara[ \t\u00a0]+$", re.IGNORECASE)
_RIGHT_GAP = re.compile(
    r"[ \t\u00a0]*(?:(?:yang|di[ \t]*antaranya|lainnya|dilaporkan|dinyatakan|telah|sudah|juga"
    r"|masih|langsung|ikut|turut|sempat|kembali|lagi)[ \t\u00a0]+)*$",
    re.IGNORECASE,
)
_LEFT_GAP = re.compile(
    r"[ \t\u00a0:]*(?:(?:sebanyak|yakni|yaitu|menjadi|total|mencapai|sekitar|hingga|sampai"
    r"|setidaknya|sedikitnya|lebih|dari|hampir|sejumlah|pada|terhadap|atas|kepada|adalah|ialah"
    r"|sebesar|berjumlah|tercatat)[ \t\u00a0]+)*$",
    re.IGNORECASE,
)
_THOUSANDS = re.compile(r"\d{1,3},\d{3}")
_SLASH_AFTER = re.compile(r"[ \t\u00a0]*/[ \t\u00a0]*\d")
_SLASH_BEFORE = re.compile(r"\d[ \t\u00a0]*/[ \t\u00a0]*$")
_KE_BEFORE = re.compile(r"(?<![\w])ke[ \t\u00a0]*-[ \t\u00a0]*$", re.IGNORECASE)
_DI_ANTARANYA = re.compile(r"[ \t\u00a0]+(di[ \t\u00a0]*antaranya)(?!\w)", re.IGNORECASE)
_GAP_FILLERS = frozenset(
    [
        "yang",
        "lainnya",
        "dilaporkan",
        "dinyatakan",
        "telah",
        "sudah",
        "juga",
        "masih",
        "langsung",
        "ikut",
        "turut",
        "mengalami",
        "kembali",
        "lagi",
    ]
)
_OLEH = re.compile(r"(?<!\w)oleh(?!\w)", re.IGNORECASE)
_ATAU = re.compile(r"[ \t\u00a0]+atau[ \t\u00a0]+", re.IGNORECASE)
_COORD = re.compile(r"[ \t\u00a0]*(?:,|dan|serta|,[ \t\u00a0]*dan)[ \t\u00a0]*", re.IGNORECASE)
_BARE_GAP = re.compile(r"[ \t\u00a0]*(?:(?:[()]|\w[\w-]*)[ \t\u00a0]*){0,4}$")
_COORD_ONLY = re.compile(
    r"[ \t\u00a0]*(?:,[ \t\u00a0]*)?(?:dan|serta|atau|maupun)[ \t\u00a0]+", re.IGNORECASE
)
_VERB_COORD = re.compile(
    r"[ \t\u00a0]*(?:,[ \t\u00a0]*)?(?:dan|serta|atau|lalu|kemudian)?[ \t\u00a0]*$", re.IGNORECASE
)
_NOT_OURS = re.compile(
    r"(?<![\w-])(?:kasus|perkara|dugaan|tuduhan|atas|supaya|agar|jika|bila|apabila|kalau"
    r"|ancaman|terancam|berisiko|risiko|rawan|potensi|untuk|guna|demi)(?![\w-])",
    re.IGNORECASE,
)
_REACHING = re.compile(
    r"(?:(?:bertambah|naik|meningkat|melonjak|kini|total|telah|sudah)[ \t\u00a0]+)*"
    r"(?:menjadi|jadi|mencapai|sebanyak|berjumlah|sejumlah|tercatat|adalah|ialah|sebesar)"
    r"[ \t\u00a0:]*$",
    re.IGNORECASE,
)
_ELIDED = re.compile(
    r"[ \t\u00a0]*(?:lainnya[ \t\u00a0]*)?(?:(?:di|dari|asal|ke)[ \t\u00a0]+[^,.;:!?\"\u201d\n]{0,60})?"
    r"(?:[,.;:!?\"\u201d\n]|$)"
)
_SHARED_GAP = re.compile(
    r"[^.;:!?\n]*(?:,|\b(?:dan|serta|sedangkan|sementara))[ \t\u00a0]*$", re.IGNORECASE
)
_COORD_OBJ = re.compile(
    r"[ \t\u00a0]+((?:[^\W\d_][\w-]*[ \t\u00a0]+){1,2})"
    r"(?:,[ \t\u00a0]*(?:(?:dan|serta|maupun)[ \t\u00a0]+)?|(?:dan|serta|maupun)[ \t\u00a0]+)",
    re.IGNORECASE,
)
_SENT_OPEN = re.compile(r"(?:^|[.!?:\n\"'\u201c\u2018(\[-])[ \t\u00a0]*$")
_AFTER_YANG = re.compile(r"(?<![\w-])yang[ \t\u00a0]+(?:[^\W\d_]+[ \t\u00a0]+)?$", re.IGNORECASE)
# on the left, a subordinate clause also starts afresh: "ditangkap setelah 20 jemaah gagal"
_LEFT_BREAK = re.compile(
    r";|\b(?:sementara|sedangkan|namun|tetapi|adapun|selain itu|setelah|sebelum|sesudah|seusai"
    r"|usai|karena|ketika|saat|agar|supaya|meski|walaupun|padahal)\b"
    r"(?![ \t\u00a0]+(?:ini|itu)\b)",  # "saat ini", "ketika itu": now, then
    re.IGNORECASE,
)
_PASSIVE_VERB = re.compile(r"di[a-z]{4,}", re.IGNORECASE)
_ANY_VERB = re.compile(
    r"(?<![\w-])(?:me(?:m|n|ng|ny)?[a-z]{3,}|di[a-z]{4,})(?![\w-])", re.IGNORECASE
)
_CONJUNCT_GAP = re.compile(
    r"[^.;:!?\n]*(?:,|(?<![\w-])(?:dan|serta|maupun|bersama|beserta))[ \t\u00a0]*"
    r"(?:juga[ \t\u00a0]+)?",
    re.IGNORECASE,
)
_JOINED_VERBS = re.compile(
    r"(?:[ \t\u00a0]*(?:,[ \t\u00a0]*)?(?:dan|serta|atau|lalu|kemudian)[ \t\u00a0]+me[a-z]+)+",
    re.IGNORECASE,
)
_COMMA = re.compile(r"[ \t\u00a0]*,[ \t\u00a0]*")
_INCLUDING = re.compile(
    r"[ \t\u00a0]*,?[ \t\u00a0]*(?:termasuk|di[ \t]*antaranya|antara[ \t]+lain)[ \t\u00a0]+",
    re.IGNORECASE,
)
_INCLUDING_COMMA = re.compile(
    r"[ \t\u00a0]*,[ \t\u00a0]*(?:termasuk|di[ \t]*antaranya|antara[ \t]+lain)[ \t\u00a0]+",
    re.IGNORECASE,
)
_BECAME = re.compile(
    r"[ \t\u00a0,]*(?:(?:kemudian|lalu|lantas|kini|dan|yang|terus|sudah|telah)[ \t\u00a0]+)*"
    r"(?:(?:bertambah|naik|meningkat|berkurang|turun|melonjak)[ \t\u00a0]+)?(?:menjadi|jadi)"
    r"[ \t\u00a0]+(?:(?:sebanyak|sekitar|total)[ \t\u00a0]+)?",
    re.IGNORECASE,
)
_ACTIVE_VERB = re.compile(r"(?<![\w-])me(?:m|n|ng|ny)?[a-z]{3,}(?![\w-])", re.IGNORECASE)
_REL_CLAUSE = re.compile(
    r"(?<![\w-])([^\W\d_]+)[ \t\u00a0]+yang[ \t\u00a0]+(?:[^\W\d_]+[ \t\u00a0]+){0,2}$"
)
_SP = r"[ \t\u00a0]*"
_DASH = r"[-\u2013\u2014]"
# "1 (satu) unit": a number word in brackets right after the figure it spells out
_GLOSS = re.compile(r"\d[\d.,]*" + _SP + r"(?:[^\W\d_]+" + _SP + r"){0,2}\(" + _SP + "$")
# "U - 21", "H - 2", "S - 781/MK": an identifier, its letters before a hyphen
_CODE_BEFORE = re.compile(
    r"(?:(?<![\w])[A-Z]{1,4}|\(" + _SP + r"[a-z]{1,4})" + _SP + _DASH + _SP + "$"
)
_PHONE_BEFORE = re.compile(r"(?<![\w.,])0\d{2,4}" + _SP + r"[-\u2013)]" + _SP + "$")
# "( 53' )", "90 + 3 '", "1'27.462": a match minute or a lap time
_MINUTE_AFTER = re.compile(
    _SP + r"(?:\+" + _SP + r"\d{1,2}" + _SP + r")?['\u2019\u2032](?![^\W\d_])"
)
_DECADE_S = re.compile(_SP + r"['\u2019]" + _SP + r"s(?![\w])")
_AN_AFTER = re.compile(r"(?:" + _SP + _DASH + _SP + r"|['\u2019])an(?![^\W\d_])", re.IGNORECASE)
_APOSTROPHE_BEFORE = re.compile(r"['\u2018\u2019]" + _SP + "$")
_SPACED_HYPHEN = re.compile(r"[ \t\u00a0]+-" + _SP + r"(?=[^\W\d_])")
# the rest of a chain of numbers joined by hyphens: "4 - 3 - 3", "3 - 5 - 1 - 1"
_CHAIN = re.compile(r"(?:" + _SP + _DASH + _SP + r"\d{1,3}(?![\d.,]\d))*")
# "No . 13", "Kav . 31": an abbreviated label with its point set apart
_ABBR_LABEL = re.compile(
    r"(?<![\w])(?:no|kav|jl|jln|hlm|hal|vol|lt|tgl|pkl|ps)[ \t\u00a0]*\.[ \t\u00a0]*$",
    re.IGNORECASE,
)
_FORMATION = re.compile(r"\d{1,2}(?:" + _SP + _DASH + _SP + r"\d{1,2}){2,}(?![\d.,]?\d)")
_DATE_DASH = re.compile(
    r"\d{1,2}" + _SP + _DASH + _SP + r"\d{1,2}" + _SP + _DASH + _SP + r"\d{4}(?!\d)"
)
# words after "<Name> <number>" at a sentence start that show the number is part of the name
_AFTER_NAME = frozenset(
    [
        "yang",
        "ini",
        "itu",
        "sendiri",
        "tersebut",
        "merupakan",
        "adalah",
        "saat",
        "juga",
        "akan",
        "bakal",
        "telah",
        "sudah",
        "pun",
    ]
)
# capitalised words that open a sentence with a count: "Total 21 yang lolos"
_COUNT_OPENERS = frozenset(
    ["total", "jumlah", "jumlahnya", "ada", "terdapat", "tinggal", "sisanya", "kini", "tercatat"]
)
_TIMES_DURATION = re.compile(
    _SP + r"[x\u00d7]" + _SP + r"\d+" + _SP + r"(?=[^\W\d_])", re.IGNORECASE
)
_VERSION = re.compile(r"\d{1,2}(?:\.\d{1,2})+")
_SLASH_CODE = re.compile(r"/[A-Z]")
_LETTER_SLASH_BEFORE = re.compile(r"(?<![\w])[^\W\d_]" + _SP + r"/" + _SP + "$")
_PLUS_BEFORE = re.compile(r"\d" + _SP + r"\+" + _SP + "$")
_PLUS_AFTER = re.compile(_SP + r"\+" + _SP + r"\d+(?![\d.,]?\d)")
_LAP_SECONDS = re.compile(_SP + r"\d{1,2}[.,]\d+" + _SP + r"s(?![^\W\d_])")
_TIME_TAIL = re.compile(_SP + _DASH + _SP + r"\d{1,2}[.:]\d\d(?!\d)")
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[.:][0-5]\d")
_PAREN_CLOSE = re.compile(_SP + r"\)")
# what stands before the "(" of "( 2 )": a digit ("Pasal 106 ( 2 )", "7 - 6 ( 4 )"), a
# closing bracket ("ayat ( 3 ) dan ( 4 )") or a word (a label such as "ayat")
_PAREN_OPEN = re.compile(
    r"(\d|\)|[^\W\d_]+)" + _SP + r"(?:(?:,|dan|atau|serta|juncto|jo)" + _SP + r")?\(" + _SP + "$",
    re.IGNORECASE,
)
_DASH_NAME = re.compile(_SP + _DASH + _SP + r"[A-Z][a-z]")
_NAME_AFTER = re.compile(r"[ \t\u00a0]+[A-Z][a-z]")
# an item of a team sheet: "1 - Neuer", ", 23 Gaitan", "( 17 - Vazquez"
_LINEUP = re.compile(
    r"(?:^|[,;:(\n]|[ \t\u00a0]{2})"
    + _SP
    + r"\d{1,2}"
    + _SP
    + r"(?:"
    + _DASH
    + _SP
    + r")?[A-Z][a-z]",
    re.MULTILINE,
)
_DASH_NUM_BEFORE = re.compile(r"\d" + _SP + _DASH + _SP + "$")
_LETTER_AFTER = re.compile(r"[ \t\u00a0]+([A-Z])(?![\w])")
_SCORE_NEXT = re.compile(
    _SP + r"[,;(]?" + _SP + r"\d{1,3}" + _SP + _DASH + _SP + r"\d{1,3}(?![\d.,]?\d)"
)
_SCORE_PREV = re.compile(
    r"(?<![\d.,])\d{1,3}" + _SP + _DASH + _SP + r"\d{1,3}" + _SP + r"[,;(]?" + _SP + "$"
)
_LABEL_ITEM = re.compile(
    _SP
    + r"(?:,(?:"
    + _SP
    + r"dan)?|dan|&|atau|s/d|"
    + _DASH
    + r")"
    + _SP
    + r"\d{1,3}(?![\d.,]?\d)",
    re.IGNORECASE,
)
_VERB_UNIT = re.compile(r"me(?:m|n|ng|ny)?[a-z]{3,}|di[a-z]{3,}kan")
_SENT_END = re.compile(r"[.!?\n][ \t\u00a0]")
_SENT_FALLBACK = re.compile(r"[.!?]+[\"'”’)]*\s+(?=[\"“'(]?[A-Z0-9])|\n+")


def _sentences(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_FALLBACK.finditer(text):
        out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def _is_year(num: _Num, text: str) -> bool:
    raw = text[num.start : num.end]
    return (
        not num.scaled
        and num.value is not None
        and raw.isdigit()
        and len(raw) == 4
        and 1800 <= num.value <= 2100
    )


class _Extractor:
    def __init__(self, text: str, res: Resources, blocked: Sequence[tuple[int, int]]):
        self.text = text
        self.res = res
        self.blocked = sorted(blocked)

    def _overlaps_blocked(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.blocked, (end, end)) - 1
        for j in range(i, max(i - 3, -1), -1):
            s, e = self.blocked[j]
            if s < end and e > start:
                return True
        return False

    def run(self) -> list[Amount]:
        text, res = self.text, self.res
        out: list[Amount] = []
        last = 0
        for m in res.candidate.finditer(text):
            pos = m.start()
            if pos < last:
                continue
            got = self._amount_at(pos)
            if isinstance(got, int):
                last = max(last, got)
                continue
            if got.start < last:
                # a qualifier or sign reached back into the amount before: keep them apart
                s = last
                while s < got.end and text[s].isspace():
                    s += 1
                got = got.model_copy(update={"start": s, "text": text[s : got.end]})
            out.append(got)
            last = got.end
        return out

    # returns an Amount, or the offset up to which nothing is an amount
    def _amount_at(self, pos: int) -> Amount | int:
        text, res = self.text, self.res
        n = len(text)
        is_digit = text[pos].isdigit()
        if is_digit:
            skip = self._digit_context(pos)
            if skip:
                return skip
        else:
            before = pos - 1
            if before >= 0 and (text[before].isalnum() or text[before] in "-_"):
                return pos + 1
            fx = res.fixed.match(text, pos)
            if fx is not None:
                return fx.end()
            pw = _prev_word(text, pos)
            if pw is not None and pw[0] == "salah":
                return pos + 1
            if _KE_BEFORE.search(text, max(0, pos - 6), pos):
                w0 = _word_exact(text, pos)
                return w0[2] if w0 is not None else pos + 1  # "ke - empat": an ordinal
            if _GLOSS.search(text, max(0, pos - 40), pos):
                # "1 (satu) unit", "Rp 5 juta (lima juta rupiah)": the figure spelt out again
                close = text.find(")", pos, pos + 80)
                if close > 0:
                    return close + 1
        num = _number_at(text, pos, res)
        if num is None:
            return pos + 1
        raw = text[num.start : num.end] if is_digit else ""
        about_an = False
        if is_digit:
            if _SLASH_AFTER.match(text, num.end) or _SLASH_BEFORE.search(
                text, max(0, pos - 6), pos
            ):
                return _run_end(text, pos) + 1  # a date or a fraction: "28 / 12"
            if _KE_BEFORE.search(text, max(0, pos - 6), pos):
                return self._label_chain(num.end)  # an ordinal: "ke - 72", "ke-27 dan 28"
            if (
                _SLASH_CODE.match(text, num.end)
                or _LETTER_SLASH_BEFORE.search(text, max(0, pos - 6), pos)
                or _PLUS_BEFORE.search(text, max(0, pos - 6), pos)
            ):
                return _run_end(text, pos)  # "( 1/JPN )", "f / 1.7", "KM230 + 8"
            if (plus := _PLUS_AFTER.match(text, num.end)) is not None:
                return plus.end()  # "234 + 5": a road marker
            m_raw = _DIGITS.match(text, pos)
            raw = m_raw.group(0) if m_raw else raw
            if _list_marker(text, pos, pos + len(raw)):
                return pos + len(raw) + 1
            if _phone(raw) or (len(raw) > 1 and raw[0] == "0" and raw[1].isdigit()):
                # "0812", "02.30", "013.000": a phone, a time or a code, with what it runs to
                end0 = _run_end(text, pos)
                tail = _TIME_TAIL.match(text, end0)
                return tail.end() if tail is not None else end0
            if _CODE_BEFORE.search(text, max(0, pos - 10), pos) or _PHONE_BEFORE.search(
                text, max(0, pos - 14), pos
            ):
                return _run_end(text, pos)  # "U - 21", "H - 2", "S - 781", "021 - 6546316"
            formation = _FORMATION.match(text, pos) or _DATE_DASH.match(text, pos)
            if formation is not None:
                return formation.end()  # "4-3-3", "3 - 5 - 2": a formation; "12-10-2017"
            if raw.isdigit() and len(raw) <= 3:
                minute = _MINUTE_AFTER.match(text, pos + len(raw))
                if minute is not None:
                    return minute.end()  # "( 53' )", "90 + 3 '": a match minute
                if len(raw) == 2 and _DECADE_S.match(text, pos + len(raw)):
                    return pos + len(raw)  # "the 90's"
        if not num.words and num.end < n:
            after = text[num.end]
            if after.isalpha():
                letters = _LETTERS.match(text, num.end)
                u = letters.group(0).lower() if letters else ""
                if u not in res.measures and u not in res.percent:
                    return _run_end(text, pos)
            if after in "/:" and num.end + 1 < n and text[num.end + 1].isdigit():
                return _run_end(text, pos)
            an = _AN_AFTER.match(text, num.end)
            if an is not None:
                # "Rp 8.000-an", "60-an dollar": about; "1990-an", "era '90 - an": a decade
                if _is_year(num, text) or (
                    len(raw) == 2
                    and (
                        (_prev_word(text, pos) or ("",))[0] in ("tahun", "era", "dekade")
                        or _APOSTROPHE_BEFORE.search(text, max(0, pos - 3), pos)
                        or (raw[1] == "0" and not res.unit_after.match(text, an.end()))
                    )
                ):
                    return an.end()
                about_an = True
                num.end = an.end()
                num = _more_scale(text, num, res)
            elif after == "-" and num.end + 1 < n and text[num.end + 1].isalpha():
                return _run_end(text, pos)
        elif num.words and num.end < n and text[num.end] == "-":
            return num.end + 1
        elif (
            num.words
            and (hy := _SPACED_HYPHEN.match(text, num.end)) is not None
            and _number_at(text, hy.end(), res) is None
        ):
            return hy.end()  # "dua - duanya", "satu - satunya": not a count
        if (
            is_digit
            and text[num.end : num.end + 1] == "-"
            and text[num.end + 1 : num.end + 2].isdigit()
        ):
            m2 = _DIGITS.match(text, num.end + 1)
            r2 = m2.group(0) if m2 else ""
            if r2.isdigit() and raw.isdigit() and (len(r2) >= len(raw) + 3 or _phone(r2)):
                return _run_end(text, pos)  # a code such as "34-10401"
        # "4 jutaan": a scale with -an after a number
        nw0 = _next_word(text, num.end)
        if (
            nw0 is not None
            and num.value is not None
            and nw0[0] in res.vague
            and nw0[0] in _SCALE_AN
        ):
            num.value *= res.vague[nw0[0]]
            num.end = nw0[2]
            num.scaled = True
            about_an = True
        start = num.start
        value, low, high = num.value, num.low, None
        qualifier = "at_least" if num.vague else "about" if about_an else "exact"
        end = num.end
        # a range: "10.000 hingga 12.000", "100-200", "antara 100 dan 200"
        antara = _ANTARA.search(text, max(0, start - 12), start)
        second: _Num | None = None
        sep = (_DAN if antara else _RANGE_SEP).match(text, end)
        sep_word = ""
        if sep is not None and not num.vague and not about_an:
            sep_word = text[sep.start() : sep.end()].strip().lower()
            second = self._second(sep.end(), raw)
            if (
                second is None
                and is_digit
                and text[sep.end() : sep.end() + 1] == "0"
                and text[sep.end() + 1 : sep.end() + 2].isdigit()
            ):
                return _run_end(text, sep.end())  # "8827 - 04", "397 - 01 - 2AD": a code
        elif num.words and not num.vague and (alt := _ATAU.match(text, end)) is not None:
            # "lima atau enam penyerang": an uncertain count
            cand = _number_at(text, alt.end(), res)
            if (
                cand is not None
                and cand.words
                and not cand.vague
                and num.value is not None
                and cand.value is not None
                and 0 < cand.value - num.value <= 5
                and cand.value <= 100
            ):
                second = cand
        if second is not None and num.value is not None and second.value is not None:
            a, b = num.value, second.value
            if second.scaled and not num.scaled:
                scale = second.value / _unscaled(text, second, res)
                if a * scale <= b:
                    a *= scale
            if sep_word in ("-", "\u2013", "\u2014") and self._score(start, second, raw, a, b):
                return _CHAIN.match(text, second.end).end()  # type: ignore[union-attr]
            value, low, high = None, min(a, b), max(a, b)
            end = second.end
            if antara:
                start = antara.start()
        # currency before: "Rp 1,25 triliun", "US$ 100 juta"
        unit: str | None = None
        cb = res.cur_back.search(text, max(0, start - 8), start)
        has_currency = False
        if cb is not None:
            unit = res.cur_before[cb.group(1).lower()]
            start = cb.start()
            has_currency = True
        # units after
        um = res.unit_after.match(text, end)
        measure = False
        unit_end = end
        if um is not None:
            key = " ".join(um.group(1).lower().split())
            if key in res.cur_after:
                if not has_currency:
                    unit = res.cur_after[key]
                    has_currency = True
                end = um.end()
            elif key in res.percent:
                unit = "%"
                end = um.end()
                measure = True
            elif key in res.measures and not has_currency:
                unit = res.measures[key]
                end = um.end()
                measure = True
        if unit == "m" and (lap := _LAP_SECONDS.match(text, end)) is not None:
            return lap.end()  # "1 m 27.791s": a lap time
        # a range with the unit on both sides: "3,7 miliar dollar AS hingga 5,2 miliar dollar AS"
        if second is None and um is not None and end > unit_end and not num.vague:
            rng = self._unit_range(end, um.group(1))
            if rng is not None and num.value is not None and rng[0].value is not None:
                value, low, high = None, min(num.value, rng[0].value), max(num.value, rng[0].value)
                end = rng[1]
                second = rng[0]
        is_year = _is_year(num, text) and second is None and not has_currency and not measure
        # exclusions from the words around
        pw = _prev_word(text, start)
        prev = pw[0] if pw is not None else ""
        small_int = not about_an and (
            (is_digit and raw.isdigit() and len(raw) <= 3)
            or (not is_digit and num.value is not None and num.value < 1000 and not num.vague)
        )
        if not has_currency and not measure:
            if (
                (small_int or (is_digit and _VERSION.fullmatch(raw)))
                and not num.scaled
                and (
                    prev in res.labels_before
                    or (pw is None and _ABBR_LABEL.search(text, max(0, start - 10), start))
                )
            ):
                return self._label_chain(end)  # "Grup 7, 8, 9 dan 11", "No . 13"
            if (
                small_int
                and not num.scaled
                and (prev in res.name_before or prev in res.compound_before)
            ):
                return end
            if not is_digit and prev in res.compound_before:
                return end
            if prev in res.time_before or prev in res.date_before or prev in res.months:
                return end
            if prev in res.ordinals:
                return end
            nw = _next_word(text, end)
            nxt = nw[0] if nw is not None else ""
            if nxt in res.months or nxt in res.time_zones:
                return end
            if nxt in res.time_units:
                return nw[2] if nw is not None else end
            if (times := _TIMES_DURATION.match(text, end)) is not None:
                after_times = _next_word(text, times.end())
                if after_times is not None and after_times[0] in res.time_units:
                    return after_times[2]  # "1 x 24 jam": a duration
            if nxt in res.coordinates and not text[end : nw[1] if nw else end].strip():
                return nw[2] if nw is not None else end  # "6,17 Lintang Selatan"
            if nw is not None and small_int and nxt == "besar":
                return nw[2]  # "10 besar", "tiga besar": a rank
            if (
                nw is not None
                and is_digit
                and nxt in res.label_after
                and text[nw[1]].isupper()
                and second is None
            ):
                return nw[2]  # "Pasal 3, 4, 5 UU ...": an article of a law
            if small_int and not num.scaled and second is None and self._bare_label(start, end, pw):
                return end
            if (
                is_digit
                and second is None
                and _CLOCK.fullmatch(raw)
                and self._unit_word(end) is None
                and not res.unit_after.match(text, end)
            ):
                return end  # "Jadwal: 19.30 Persib vs Persija": a clock time
            if is_year and not self._counted_after(end):
                return end
            if (
                is_digit
                and not num.scaled
                and (num.value or 0) <= 120
                and _age(text, num.start, num.end)
            ):
                return end
            if (
                (is_digit or text[pos].isupper())
                and not num.scaled
                and pw is not None
                and self._name_number(pw, start, end)
            ):
                return self._label_chain(end)  # "Nokia 3, 5 dan 6", "Angkot 56 & 461"
            if (
                not is_digit
                and text[pos].isupper()
                and not text[num.start : num.end].isupper()
                and not _SENT_OPEN.search(text, max(0, start - 8), start)
                and self._unit_word(end) is None
            ):
                return end  # "Stadion Nasional, Lima, Peru": a capitalised number word is a name
        elif is_digit and prev in res.time_before:
            return end
        if self._overlaps_blocked(num.start, num.end):
            return end
        # qualifier before
        qm = res.qual_back.search(text, max(0, start - 30), start)
        if qm is not None and not antara and second is None:
            qualifier = res.qual_before[" ".join(qm.group(1).lower().split())]
            start = qm.start(1)
        elif qm is not None and second is not None and not antara:
            q = res.qual_before[" ".join(qm.group(1).lower().split())]
            if q in ("about",):
                qualifier = q
                start = qm.start(1)
        # a negative number: "minus Rp 1.896", "(-0,08 persen)"
        neg = _MINUS.search(text, max(0, start - 10), start)
        if neg is not None and value is not None:
            value = -value
            start = neg.start(1) if neg.group(1) else neg.start(2)
        # the counted thing
        obj: str | None = None
        if unit is None and (da := _DI_ANTARANYA.match(text, end)) is not None:
            unit = "di antaranya"
            end = da.end()
        if unit is None:
            head = self._unit_word(end)
            if head is not None:
                unit = head[0]
                end = head[2]
                obj = self._object(head[1], head[2], unit)
        # "100 lebih", "100 orang lebih"
        nw = _next_word(text, end)
        if nw is not None and nw[0] in res.qual_after and qualifier == "exact":
            qualifier = res.qual_after[nw[0]]
            end = nw[2]
        if num.vague and second is None:
            value, low, high = None, num.low, None
        if (
            value is not None
            and not num.scaled
            and unit is not None
            and (unit in res.people or unit in res.classifiers)
            and _THOUSANDS.fullmatch(raw)
        ):
            value *= 1000  # "16,500 orang": people are not counted in fractions
        return Amount(
            start=start,
            end=end,
            text=text[start:end],
            value=value,
            low=low,
            high=high,
            qualifier=qualifier,  # type: ignore[arg-type]
            unit=unit,
            object=obj,
        )

    def _second(self, p2: int, first_raw: str) -> _Num | None:
        """The upper end of a range after its separator, or None."""
        text, res = self.text, self.res
        cur2 = _cur_forward(text, p2, res)
        if cur2 is not None:
            p2 = cur2
        if p2 >= len(text):
            return None
        cand = _number_at(text, p2, res)
        if cand is None or cand.vague or cand.value is None:
            return None
        if _is_year(cand, text) and not self._counted_after(cand.end):
            return None
        if text[p2] == "0" and text[p2 + 1 : p2 + 2].isdigit():
            return None  # "2004 - 05", "8827 - 04": a season or a code
        nd = text[cand.end : cand.end + 1]
        if nd and (nd.isalpha() or (nd in "/:" and text[cand.end + 1 : cand.end + 2].isdigit())):
            return None
        if nd == "-" and text[cand.end + 1 : cand.end + 2].isalnum():
            return None
        m2 = _DIGITS.match(text, p2)
        if m2 is not None and first_raw:
            second_raw = m2.group(0)
            if (
                second_raw.isdigit()
                and first_raw.isdigit()
                and len(second_raw) >= len(first_raw) + 3
            ):
                return None  # a code such as "34-10401"
            if _phone(second_raw):
                return None
        return cand

    def _score(self, start: int, second: _Num, raw: str, a: float, b: float) -> bool:
        """ "2 - 1", "kalah 1 - 3", "21 - 16 , 17 - 21", "4 - 3 - 3": a score or a formation
        written like a range; not "5 - 10 derajat", "Rp 5 - 10 juta", "100 - 150 orang"."""
        text, res = self.text, self.res
        raw2 = text[second.start : second.end]
        if not (raw.isdigit() and raw2.isdigit() and len(raw) <= 3 and len(raw2) <= 3):
            return False
        if res.cur_back.search(text, max(0, start - 8), start) or res.unit_after.match(
            text, second.end
        ):
            return False
        unit = self._unit_word(second.end)
        if unit is not None and text[unit[1]].islower():
            return False
        if (a >= b or a == 0) and b <= 20:
            return True  # "2-1", "1-1", "0-3"
        if re.match(_SP + _DASH + _SP + r"\d", text[second.end : second.end + 6]):
            return True  # "4 - 3 - 3": a formation
        if _SCORE_NEXT.match(text, second.end) or _SCORE_PREV.search(
            text, max(0, start - 16), start
        ):
            return True  # "21 - 16 , 17 - 21": the games of a match
        if _PAREN_CLOSE.match(text, second.end) and re.search(
            r"\([ \t\u00a0]*$", text[max(0, start - 4) : start]
        ):
            return True  # "Bali United ( 1 - 3 )": a result in brackets
        lo = max(0, start - 70)
        for m in _SENT_END.finditer(text, lo, start):
            lo = m.end()
        return res.score_before.search(text, lo, start) is not None

    def _label_chain(self, end: int) -> int:
        """The end of a list of labels after the first: "Grup 7 , 8 , 9 dan 11"."""
        while (m := _LABEL_ITEM.match(self.text, end)) is not None:
            unit = self._unit_word(m.end())
            if (
                unit is not None and unit[0] not in self.res.labels_before
            ) or self.res.unit_after.match(self.text, m.end()):
                break
            end = m.end()
        return end

    def _bare_label(self, start: int, end: int, pw: tuple[str, int, int] | None) -> bool:
        """A small bare number that labels or ranks rather than counts: "ayat ( 2 )",
        "9 - Benzema", "4 - 3 - [3]", "menit ke 82", "12 dan 15 Agustus", "4 K"."""
        text, res = self.text, self.res
        if self._unit_word(end) is not None or res.unit_after.match(text, end):
            return False
        is_digit = text[start].isdigit()
        if _PAREN_CLOSE.match(text, end):
            m = _PAREN_OPEN.search(text, max(0, start - 40), start)
            if m is not None:
                tok = m.group(1)
                if tok[-1].isdigit() or tok == ")" or tok.lower() in res.labels_before:
                    return True
        if is_digit:
            if _DASH_NAME.match(text, end) or _DASH_NUM_BEFORE.search(
                text, max(0, start - 8), start
            ):
                return True  # "9 - Benzema", the tail of "4 - 3 - 3"
            if _NAME_AFTER.match(text, end) and (
                len(_LINEUP.findall(text, max(0, start - 80), min(len(text), end + 80))) >= 3
            ):
                return True  # "7 Arman , 19 Pieter van den Berg , 31 Lucas Moreno"
            letter = _LETTER_AFTER.match(text, end)
            if letter is not None and letter.group(1).lower() not in res.measures:
                return True  # "4 K", "5 G"
        if pw is not None and pw[0] == "ke" and pw[2] >= start - 3:
            if not is_digit:
                return True  # "album ke enam", "menit ke delapan"
            pw2 = _prev_word(text, pw[1])
            if pw2 is not None and (pw2[0] in res.labels_before or pw2[0] in res.time_units):
                return True  # "menit ke 82", "hari ke 5"
        return res.date_list.match(text, end) is not None  # "12 dan 15 Agustus"

    def _unit_range(self, end: int, unit_written: str) -> tuple[_Num, int] | None:
        """After "62 dollar AS [per barel]", "sampai 78 dollar AS": (second number, end)."""
        text, res = self.text, self.res
        p = end
        per = _PER_WORD.match(text, p)
        if per is not None:
            p = per.end()
        sep = _UNIT_RANGE_SEP.match(text, p)
        if sep is None:
            return None
        p2 = sep.end()
        cur2 = _cur_forward(text, p2, res)
        if cur2 is not None:
            p2 = cur2
        cand = _number_at(text, p2, res) if p2 < len(text) else None
        if cand is None or cand.vague or cand.value is None:
            return None
        um = res.unit_after.match(text, cand.end)
        if um is None or " ".join(um.group(1).lower().split()) != " ".join(
            unit_written.lower().split()
        ):
            return None
        return cand, um.end()

    def _name_number(self, pw: tuple[str, int, int], start: int, end: int) -> bool:
        """A bare number right after a capitalised word or an acronym: "RON 92",
        "SPBU 34-10401", "Jl Mandala 5"; not after a sentence break."""
        text, res = self.text, self.res
        word, ws, we = pw
        if "." in text[we:start] or not text[ws].isupper():
            return False
        raw_prev = text[ws:we]
        nw = _next_word(text, end)
        if raw_prev.isupper() and nw is not None and text[nw[1] : nw[2]].isupper():
            return True  # a number plate: "AG 4999 AK"
        if word in _STOP_AFTER or word in res.qual_before or word in res.category_of:
            return False
        if self._unit_word(end) is not None:
            return False
        if not raw_prev.isupper() and _title_line(text, start, end):
            return False  # "Banjir Rendam 5 Kecamatan": a headline in title case
        # the capitalised word opens its sentence: "Hanya 5 ...", unless what follows the
        # number says it is a name: "Thunderbolt 3 yang ...", "Snapdragon 625 saat ini"
        j = ws - 1
        while j >= 0 and text[j] in " \t\u00a0\"'“(":
            j -= 1
        if j < 0 or text[j] in ".!?\n":
            return (
                nw is not None
                and nw[0] in _AFTER_NAME
                and word not in _COUNT_OPENERS
                and word not in res.people
                and word not in res.classifiers
            )
        return True

    def _digit_context(self, pos: int) -> int:
        """Non-zero when the digits at ``pos`` belong to an identifier, a date or a time."""
        text = self.text
        if pos > 0:
            c = text[pos - 1]
            if (
                c in "pP"
                and text[max(0, pos - 2) : pos].lower() == "rp"
                and (pos < 3 or not text[pos - 3].isalnum())
            ):
                return 0  # "Rp6.500": the currency written against the number
            if c.isalpha() or c in "_#+@" or (c == ")" and pos > 1 and text[pos - 2].isalnum()):
                return _run_end(text, pos)  # "QS(5)57": a verse reference
            if c in "'\u2019" and pos > 1 and text[pos - 2].isdigit():
                return _run_end(text, pos)  # "1'27.462": a lap time
            if (
                c in "/:."
                and pos > 1
                and (text[pos - 2].isdigit() or (c == "/" and text[pos - 2].isalpha()))
            ):
                return _run_end(text, pos)
            if c in _HYPHENS and pos > 1 and text[pos - 2].isalnum():
                j = pos - 2
                while j > 0 and text[j - 1].isalnum():
                    j -= 1
                token = text[j : pos - 1]
                if token.lower() == "ke":
                    return self._label_chain(_run_end(text, pos))  # "ke-27 dan 28"
                if any(ch.isalpha() for ch in token):
                    return _run_end(text, pos)
                if token.startswith("0") and len(token) >= 3:
                    return _run_end(text, pos)
        return 0

    def _counted_after(self, end: int) -> bool:
        """A 4-digit number followed by what it counts is not a year ("2000 orang")."""
        res = self.res
        nw = _next_word(self.text, end)
        if nw is None:
            return False
        return nw[0] in res.people or nw[0] in res.classifiers or nw[0] in res.scales

    def _unit_word(self, end: int) -> tuple[str, int, int] | None:
        text, res = self.text, self.res
        nw = _next_word(text, end)
        if nw is None:
            return None
        word = nw[0]
        if (
            word in _STOP_AFTER
            or word in res.time_units
            or word in res.months
            or (word in res.category_of and word not in res.people)
            or word in res.scales
            or word in res.digits
            or word in res.qual_before
            or word in res.qual_after
            or len(word) < 2
        ):
            return None
        if word in res.not_units or (
            text[nw[1]].islower()
            and _VERB_UNIT.fullmatch(word)
            and word not in res.unit_nouns
            and word not in res.people
            and word not in res.classifiers
            and word not in res.measures
        ):
            return None  # "2 - 1 berkat gol", "Channel 4 menyebut": no counted noun
        if text[nw[1]].isupper() and word not in res.people and word not in res.classifiers:
            # a name after a number: "3 Jakarta" is rarely what is counted
            if text[nw[1] : nw[2]].isupper() and len(word) <= 4:
                return word, nw[1], nw[2]
            return None
        return word, nw[1], nw[2]

    def _object(self, ustart: int, uend: int, unit: str) -> str:
        """The noun phrase from the unit on: "tentara Korea Utara", "warga sipil"."""
        text, res = self.text, self.res
        start, end = ustart, uend
        if unit in res.classifiers and unit != "kali":
            nw = _next_word(text, uend)
            if (
                nw is not None
                and nw[0] not in _STOP_AFTER
                and nw[0] not in res.category_of
                and not _verb_like(nw[0])
                and (unit != "orang" or nw[0] in res.people or text[nw[1]].isupper())
            ):
                start, end = nw[1], nw[2]
            elif unit == "orang":
                return text[start:end]
        count = 0
        while count < 3:
            nw = _next_word(text, end)
            if nw is None:
                break
            word, ws, we = nw
            raw = text[ws:we]
            if word in _STOP_AFTER or word in res.category_of or word in res.time_units:
                break
            if word in res.months or word in res.digits or word in res.qual_before:
                break
            if raw[0].islower() and (
                _verb_like(word) or word in res.classifiers or word in res.people
            ):
                break
            end = we
            count += 1
        return text[start:end]

    def assign_categories(
        self, amounts: list[Amount], sentences: Sequence[tuple[int, int]]
    ) -> None:
        text, res = self.text, self.res
        starts = [s for s, _ in sentences]
        # per amount: its category came from a word after it with a comma between
        # ("13 orang, termasuk tiga anak, tewas"), so a count before it may share it
        after_comma = [False] * len(amounts)
        sent_of = [0] * len(amounts)
        for i, a in enumerate(amounts):
            si = bisect.bisect_right(starts, a.start) - 1
            sent_of[i] = si
            if a.unit is not None and (
                a.unit == "%" or a.unit.isupper() or a.unit in res.measures.values()
            ):
                continue
            s_start, s_end = sentences[si] if si >= 0 else (0, len(text))
            prev_end = amounts[i - 1].end if i > 0 else 0
            # the window reaches over a count of things ("1.800 warga di tujuh desa
            # mengungsi") but stops at the next count that may be of people
            j = i + 1
            while (
                j < len(amounts)
                and amounts[j].start < a.end + 140
                and not self._may_count_people(amounts[j])
            ):
                j += 1
            next_start = amounts[j].start if j < len(amounts) else len(text)
            left_lo = max(s_start, prev_end, a.start - 90)
            right_hi = min(s_end, next_start, a.end + 140)
            brk = _CLAUSE_BREAK.search(text, a.end, right_hi)
            if brk is not None:
                right_hi = brk.start()
            last_break = None
            for b in _LEFT_BREAK.finditer(text, left_lo, a.start):
                last_break = b
            if last_break is not None:
                left_lo = last_break.end()
            people = (
                a.unit is None
                or a.unit in res.people
                or (a.object is not None and a.object.split()[0].lower() in res.people)
            )
            sv = res.survived.match(text, a.end, right_hi)
            if sv is not None and res.category.search(text, a.end, sv.start(1)) is None:
                # "130 penumpang selamat": those counted came out unharmed
                if a.unit is not None and a.unit in res.implied and res.implied[a.unit] != "AFFECT":
                    a.category = res.implied[a.unit]  # type: ignore[assignment]
                continue
            left = [m for m in res.category.finditer(text, left_lo, a.start) if self._live(m)]
            if left and (
                _OLEH.search(text, left[-1].end(), a.start) or self._agent_after_passive(a.start)
            ):
                # "ditangkap oleh tiga petugas", "luka dianiaya empat pria": those counted did it
                left = []
            r_from = a.end
            if a.unit == "korban" and a.text.lower().endswith(a.unit):
                r_from = a.end - len(a.unit)  # "satu korban jiwa": the unit opens the phrase
            right = [
                m
                for m in res.category.finditer(text, r_from, right_hi)
                if self._live(m) and " ".join(m.group(1).lower().split()) not in res.active
            ]
            if not people:
                # an unknown noun right before a specific category word: "14 pengedar ditahan"
                if not (
                    right
                    and a.unit not in res.classifiers  # "mati dua kali": a count of times
                    and self._cat(right[0]) != "AFFECT"
                    # "dua kapal jenazah", "81 kapal penangkapan ikan": a noun names the thing
                    and self._key(right[0]) not in res.nouns
                    and self._key(right[0]) not in res.people
                    and _RIGHT_GAP.match(text, a.end, right[0].start())
                ):
                    continue
                right = right[:1]
                left = []
            cat: str | None = None
            src: re.Match[str] | None = None
            if right and self._right_gap(a.end, right[0].start()):
                cat, src = self._cat(right[0]), right[0]
            if (
                (cat is None or cat == "AFFECT")
                and left
                and _LEFT_GAP.match(text, left[-1].end(), a.start)
            ):
                cat, src = self._cat(left[-1]), left[-1]
            if cat is None or cat == "AFFECT":
                # the nearest specific word on either side; a tie goes to the right. From
                # further off, only words that say what happened count (not nouns such as
                # "pengungsi"), and not across a verb whose object or subject the count is
                r_spec = next(
                    (
                        m
                        for m in right
                        if self._cat(m) != "AFFECT"
                        and (
                            self._key(m) not in res.nouns
                            or _COORD_ONLY.fullmatch(text, a.end, m.start())
                        )
                        and self._reach_right(a, m)
                    ),
                    None,
                )
                l_spec = next(
                    (
                        m
                        for m in reversed(left)
                        if self._cat(m) != "AFFECT"
                        and self._key(m) not in res.nouns
                        and not self._verb_between(
                            m.end(), a.start, shares=self._key(m) in res.active, passive=True
                        )
                        and (self._key(m) not in res.active or self._object_of(m.end(), a.start))
                    ),
                    None,
                )
                r_dist = r_spec.start() - a.end if r_spec is not None else None
                l_dist = a.start - l_spec.end() if l_spec is not None else None
                if r_spec is not None and (l_dist is None or (r_dist or 0) <= l_dist):
                    cat, src = self._cat(r_spec), r_spec
                elif l_spec is not None:
                    cat, src = self._cat(l_spec), l_spec
            if cat is None and _REACHING.search(text, max(s_start, a.start - 40), a.start):
                # "jumlah warga yang tewas karena longsor ... naik menjadi 17 orang":
                # the figure the sentence builds up to; look back to the sentence start
                far_lo = max(s_start, prev_end, a.start - 220)
                for b in _LEFT_BREAK.finditer(text, far_lo, a.start):
                    far_lo = b.end()
                far = [
                    m
                    for m in res.category.finditer(text, far_lo, a.start)
                    if self._live(m) and self._key(m) not in res.active
                ]
                if far and not self._verb_between(far[-1].end(), a.start):
                    cat, src = self._cat(far[-1]), far[-1]
            if cat is None and i > 0 and amounts[i - 1].category is not None:
                prev = amounts[i - 1]
                gap_from = prev.end
                # "9 laki-laki dan 7 perempuan", "202 orang termasuk 88 warga asing"
                if (
                    _COORD.fullmatch(text, gap_from, a.start)
                    or _INCLUDING.fullmatch(text, gap_from, a.start)
                    or (
                        prev.unit == a.unit  # "menangkap 7 orang, lalu bertambah menjadi 9 orang"
                        and _BECAME.fullmatch(text, gap_from, a.start)
                    )
                    or (
                        # "292 KK mengungsi di Desa A dan 36 KK di Desa B": the verb left out
                        prev.unit == a.unit
                        and sent_of[i - 1] == si
                        and all(self._cat(m) == prev.category for m in left)
                        and _SHARED_GAP.fullmatch(text, gap_from, a.start)
                        and _ELIDED.match(text, a.end) is not None
                    )
                ):
                    cat = prev.category
            if (
                cat is None
                and a.unit in ("di antaranya", "lainnya")
                and i > 0
                and amounts[i - 1].category is not None
                and amounts[i - 1].end > s_start
            ):
                cat = amounts[i - 1].category  # "..., 101.713 di antaranya": of those counted
            if cat == "AFFECT" and a.unit in ("jiwa", "nyawa"):
                cat = "KILL"  # "korban 60 jiwa", "menelan korban 12 jiwa": lives lost
            if (
                cat == "AFFECT"
                and a.unit is not None
                and res.implied.get(a.unit, "AFFECT") != "AFFECT"
            ):
                cat = res.implied[a.unit]  # "dua jenazah korban longsor": the noun says more
            if cat is None and a.unit is not None and a.unit in res.implied:
                cat = res.implied[a.unit]
            if cat is None and (
                any(self._cat(m) == "AFFECT" and self._reach_right(a, m) for m in right)
                or any(
                    self._cat(m) == "AFFECT" and not self._verb_between(m.end(), a.start)
                    for m in left
                )
            ):
                cat = "AFFECT"  # "korban" alone: those counted were affected
            if cat is None:
                continue
            if a.unit is None:
                # a bare number counts people only when a word close by says so, and not
                # after a passive verb ("ditahan 26", "uang diamankan, ada ratusan juta")
                near = (right and _BARE_GAP.match(text, a.end, right[0].start())) or (
                    left
                    and a.start - left[-1].end() <= 12
                    and (
                        _LEFT_GAP.match(text, left[-1].end(), a.start) is not None
                        or not text[left[-1].end() : a.start].strip(" \t\u00a0,")
                    )
                    and not self._key(left[-1]).startswith("di")
                )
                if not near:
                    continue
                nw = _next_word(text, a.end)
                if (
                    nw is not None
                    and text[nw[1]].isupper()
                    and nw[0] not in res.people
                    and not res.category.match(text, nw[1])
                ):
                    continue  # "Tiga Kelurahan Terkena Puting Beliung": a count of places
            a.category = cat  # type: ignore[assignment]
            if src is not None and src.start() >= a.end and "," in text[a.end : src.start()]:
                after_comma[i] = True
        # "16 pria dan 12 wanita terluka": the first of a coordinated pair shares the second's;
        # "13 orang, termasuk tiga anak, tewas" and "19 orang, enam di antaranya anak, tewas":
        # the count before a bracketed part shares the word after it
        for i in range(len(amounts) - 2, -1, -1):
            first, then = amounts[i], amounts[i + 1]
            if (
                first.category is not None
                or then.category is None
                or sent_of[i] != sent_of[i + 1]
                or first.unit is None
                or first.unit not in res.people
            ):
                continue
            pw = _prev_word(text, first.start)
            if (
                pw is not None
                and _ACTIVE_VERB.fullmatch(pw[0])
                and pw[0] not in res.link_verbs
                and pw[0] not in res.category_of
            ):
                continue  # "bus membawa 40 penumpang, 5 orang tewas": the 40 were carried
            if _COORD.fullmatch(text, first.end, then.start) or self._coord_objects(
                first.end, then.start
            ):
                first.category = then.category
                after_comma[i] = after_comma[i + 1]
            elif after_comma[i + 1] and (
                _INCLUDING_COMMA.fullmatch(text, first.end, then.start)
                or (
                    then.unit in ("di antaranya", "diantaranya")
                    and _COMMA.fullmatch(text, first.end, then.start)
                )
            ):
                first.category = then.category
                after_comma[i] = True

    def _object_of(self, start: int, end: int) -> bool:
        """Whether the count at ``end`` is an object of the active verb ending at ``start``
        though words stand between: a conjunct ("menewaskan seorang polisi dan 3 warga"),
        joined verbs or an adverb ("menangkap dan memulangkan paksa 90 orang", "menangkap
        tangan dua orang"); not "menutup lokasi dengan garis polisi dari puluhan penonton"."""
        if _CONJUNCT_GAP.fullmatch(self.text, start, end):
            return True
        m = _JOINED_VERBS.match(self.text, start, end)
        words = self.text[m.end() if m else start : end].split()
        return len(words) <= 2 and not any(w.lower() in _STOP_AFTER for w in words)

    def _may_count_people(self, a: Amount) -> bool:
        res = self.res
        if a.unit is None:
            # "lima Kecamatan": a bare number before a capitalised noun counts that noun
            nw = _next_word(self.text, a.end)
            return nw is None or not self.text[nw[1]].isupper() or nw[0] in res.people
        return a.unit in res.people or a.unit in ("di antaranya", "lainnya")

    def _agent_after_passive(self, start: int) -> bool:
        """A passive verb that is no category word stands right before the count, which is
        then its agent: "dianiaya empat pria", "dipukuli tiga orang"."""
        pw = _prev_word(self.text, start)
        if pw is None or pw[2] < start - 3:
            return False
        w = pw[0]
        res = self.res
        return (
            bool(_PASSIVE_VERB.fullmatch(w))
            and w not in res.category_of
            and w not in res.link_verbs
        )

    def _coord_objects(self, start: int, end: int) -> bool:
        """ "tiga anak perempuan dan lima anak laki-laki": one or two words of the first
        count's noun phrase, then "dan", before the second count."""
        m = _COORD_OBJ.fullmatch(self.text, start, end)
        if m is None:
            return False
        res = self.res
        for w in _WORD.findall(m.group(1) or ""):
            lw = w.lower()
            if lw in _STOP_AFTER or lw in res.category_of or lw in res.neutral:
                return False
            if _ACTIVE_VERB.fullmatch(lw) and lw not in res.link_verbs:
                return False
        return True

    def _key(self, m: re.Match[str]) -> str:
        return " ".join(m.group(1).lower().split())

    def _live(self, m: re.Match[str]) -> bool:
        """A category word that says something: not inside a neutral phrase ("hukuman
        mati", "ditahan imbang"), not denied ("tidak ada korban jiwa", "tidak terluka")."""
        if self._key(m) in self.res.neutral:
            return False
        text = self.text
        if text[m.start()].isupper():
            # "19 - Luka Modric", "pemain Luka Modric": a capitalised word before another is
            # a name, unless the line is in title case ("3 Orang Tewas Dalam Banjir")
            nw = _next_word(text, m.end())
            j = m.start() - 1
            while j >= 0 and text[j] in " \t\u00a0":
                j -= 1
            if nw is not None and text[nw[1]].isupper() and j >= 0:
                c = text[j]
                if c in ",;-\u2013\u2014(/" or (c.isalpha() and c.islower()):
                    pw = _prev_word(text, m.start())
                    if not (c.isalpha() and pw is not None and text[pw[1]].isupper()):
                        return False
        return self.res.negation.search(text, max(0, m.start() - 30), m.start()) is None

    def _verb_between(
        self,
        start: int,
        end: int,
        shares: bool = False,
        relative: bool = False,
        passive: bool = False,
    ) -> bool:
        """An active verb other than a linking one stands between: "menangkap Budi dan
        menemukan lima korban", "meninggal dunia dan meninggalkan tiga anak", "dikerahkan
        untuk mengevakuasi korban". With ``shares`` (the word at ``start`` is itself an
        active verb), verbs joined to it share its object: "menangkap dan memulangkan 90
        orang"; with ``passive``, passive verbs count too: "wafat dan dimakamkan di hadapan
        500 pelayat"."""
        res = self.res
        joined = shares
        for m in (_ANY_VERB if passive else _ACTIVE_VERB).finditer(self.text, start, end):
            w = m.group(0).lower()
            if w.startswith("di"):
                # "jenazah yang ditemukan": a clause on the noun before, not a new predicate
                if (
                    w not in res.link_verbs
                    and w not in res.category_of
                    and not _AFTER_YANG.search(self.text, max(start, m.start() - 20), m.start())
                ):
                    return True
                continue
            if joined and _VERB_COORD.match(self.text, start, m.start()):
                start = m.end()
                continue
            joined = False
            if relative and _AFTER_YANG.search(self.text, max(start, m.start() - 20), m.start()):
                continue  # "16 pemandu yang mengangkut barang ... tewas": a clause on the count
            if w not in res.link_verbs and (w not in res.category_of or w in res.active):
                return True
        return False

    def _reach_right(self, a: Amount, m: re.Match[str]) -> bool:
        """A category word further on describes the count, not another noun: not across an
        active verb ("3 warga membantu korban tewas"), not in a clause on another noun
        ("1,2 juta wisatawan dengan pendapatan yang hilang")."""
        if self._verb_between(a.end, m.start(), relative=True) or _NOT_OURS.search(
            self.text, a.end, m.start()
        ):
            return False
        rel = _REL_CLAUSE.search(self.text, a.end, m.start())
        if rel is None:
            return True
        noun = rel.group(1)
        own = (a.object or a.unit or "").lower().split()
        # a name before "yang" is most often one of those counted: "dua pelaku, AS dan SH, yang"
        return noun[0].isupper() or noun.lower() in self.res.people or noun.lower() in own

    def _right_gap(self, start: int, end: int) -> bool:
        """True when only the counted noun phrase and fillers stand between a number and
        the category word after it: "tiga orang penumpang lainnya disebut menderita luka"."""
        if _RIGHT_GAP.match(self.text, start, end):
            return True
        words = self.text[start:end].split()
        if len(words) > 4:
            return False
        for w in words:
            lw = w.lower()
            if lw in _GAP_FILLERS:
                continue
            if not w.isalpha() or lw in _STOP_AFTER or lw in self.res.qual_before:
                return False
        return True

    def _cat(self, m: re.Match[str]) -> str:
        return self.res.category_of[" ".join(m.group(1).lower().split())]


def _unscaled(text: str, num: _Num, res: Resources) -> float:
    """The value of a number before its scale words ("12 ribu" -> 12)."""
    m = _DIGITS.match(text, num.start)
    if m is not None:
        v = parse_digits(m.group(0))
        return v if v else 1.0
    parsed = parse_words(text, num.start, res)
    if parsed is None or not parsed[0]:
        return 1.0
    # words: strip trailing scales
    raw = text[num.start : num.end].split()
    while raw and raw[-1].lower() in res.scales:
        raw.pop()
    if not raw:
        return 1.0
    sub = parse_words(" ".join(raw), 0, res)
    return sub[0] if sub and sub[0] else 1.0


def _cur_forward(text: str, pos: int, res: Resources) -> int | None:
    m = re.match(r"(rp\.?|us\$|\$|€|£|s\$)[ \t\u00a0]*", text[pos : pos + 8], re.IGNORECASE)
    return pos + m.end() if m else None


def _run_end(text: str, pos: int) -> int:
    """The end of the alphanumeric run (with - / : . joints) that holds ``pos``."""
    n = len(text)
    j = pos
    while j < n and (
        text[j].isalnum()
        or (text[j] in "-/:._" and j + 1 < n and text[j + 1].isalnum())
        or (text[j] == "," and j + 1 < n and text[j + 1].isdigit() and text[j - 1].isdigit())
    ):
        j += 1
    return max(j, pos + 1)


_VERB_PREFIX = re.compile(r"^(?:me[mnr]?|meng|meny|di|ter|ber|per)[a-z]{3,}$")


def _verb_like(word: str) -> bool:
    return bool(_VERB_PREFIX.match(word)) and word not in {"bermotor", "bersenjata", "berusia"}


def _age(text: str, start: int, end: int) -> bool:
    """ "Budi (45)", "Budi ( 45 )", "Budi, 45,": a number alone after a name is an age."""
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    j = end
    while j < len(text) and text[j] in " \t\u00a0":
        j += 1
    if i < 0 or j >= len(text):
        return False
    if text[i] == "," and text[j] == ")":
        # "(perempuan, 15)": the last item of a bracket that opened on this line
        k = text.rfind("(", max(0, i - 40), i)
        return k >= 0 and ")" not in text[k:i] and "\n" not in text[k:i]
    if not ((text[i] == "(" and text[j] == ")") or (text[i] == "," and text[j] == ",")):
        return False
    pw = _prev_word(text, i)
    return pw is not None and text[pw[1]].isupper()


_HEADLINE_OPEN = re.compile(
    r"(?<![\w-])(?:baca|lihat|simak)(?:[ \t\u00a0]+juga)?[ \t\u00a0]*:[ \t\u00a0]*$",
    re.IGNORECASE,
)
_LAST_BREAK = re.compile(r"[\n:.!?;\[\]()](?=[^\n:.!?;\[\]()]*$)")
_HEADLINE_END = re.compile(r"[\n\]\[()]|[.!?;](?:\s|$)")


def _title_line(text: str, start: int, end: int) -> bool:
    """The number stands in a headline written in title case after "Baca juga:" ("Baca
    juga: Banjir Rendam 5 Kecamatan di Bekasi"), where a capitalised word before it is
    no name."""
    brk = _LAST_BREAK.search(text, max(0, start - 80), start)
    if brk is None or brk.group(0) not in "\n:":
        return False
    opened = _HEADLINE_OPEN.search(text, max(0, brk.start() - 12), brk.end())
    if opened is None:
        return False
    head = opened.end()
    m = _HEADLINE_END.search(text, end, end + 100)
    tail = m.start() if m is not None else min(len(text), end + 100)
    words = _WORD.findall(text, head, tail)
    caps = sum(1 for w in words if w[0].isupper())
    digits = sum(1 for c in text[head:tail] if c.isdigit())
    return 3 <= len(words) <= 14 and caps >= 0.75 * len(words) and digits == end - start


def _list_marker(text: str, start: int, end: int) -> bool:
    """ "1." or "2)" opening a line, or a sentence of its own ("... cukup . 3 . Cegah"):
    list numbering."""
    j = start - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    if j >= 0 and text[j] != "\n":
        # a break of two spaces, as where a list line lost its line end, or a sentence end
        # after a colon only the first item: "antara lain : 1 . Demam", not "Korban: 5."
        opens = start - j > 2 or (
            text[j] in _LIST_BEFORE and (text[j] not in ":;" or text[start:end] == "1")
        )
        return opens and _LIST_AFTER.match(text, end) is not None
    return _LIST_AFTER.match(text, end) is not None


_LIST_BEFORE = frozenset('.!?:;*"\u201d')
_LIST_AFTER = re.compile(r"[ \t\u00a0]*[.)](?:[ \t\u00a0]+|$|(?=[^\W\d_]))")


def _phone(raw: str) -> bool:
    return raw.isdigit() and raw.startswith("0") and len(raw) >= 3


def extract(
    text: str,
    sentences: Sequence[tuple[int, int]] | None = None,
    blocked: Sequence[tuple[int, int]] = (),
    quotes: Sequence[tuple[int, int]] = (),
) -> list[Amount]:
    """Every amount in ``text``, in text order.

    ``sentences``: (start, end) spans (a simple splitter is used when None);
    ``blocked``: spans that hold no amount (timexes); ``quotes``: (start, end) of each quote,
    so an amount inside one links to its index.
    """
    if not text:
        return []
    ex = _Extractor(text, resources(), blocked)
    amounts = ex.run()
    if not amounts:
        return amounts
    ex.assign_categories(amounts, list(sentences) if sentences else _sentences(text))
    if quotes:
        spans = sorted((qs, qe, qi) for qi, (qs, qe) in enumerate(quotes))
        qstarts = [q[0] for q in spans]
        for a in amounts:
            j = bisect.bisect_right(qstarts, a.start) - 1
            # quotes may nest (a mixed quote holds a direct one): take the innermost
            while j >= 0 and spans[j][0] + 20000 >= a.start:
                qs, qe, qi = spans[j]
                if qs <= a.start and a.end <= qe:
                    a.quote = qi
                    break
                j -= 1
    return amounts
