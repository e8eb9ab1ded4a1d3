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
phone numbers, labels ("Pasal 5", "ayat 2", "No. 12", "lantai 2"), list numbering and
fixed phrases ("salah satu", "satu-satunya", "roda empat"). Spans in ``blocked`` (timexes)
are skipped too.

Categories are read from the words around a count of people in its sentence: a word right
after the counted noun phrase ("12 orang tewas") or right before the number ("menewaskan 12
orang") wins; otherwise the nearest specific word on either side; "korban" alone gives
AFFECT; coordinated counts ("16 pria dan 12 wanita terluka") and "di antaranya"/"lainnya"
share a category; active verbs after the number ("tiga teroris membunuh ...") and agents
after "oleh" do not count.
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
_SPACE1 = re.compile(r"[ \t\u00a0]+")
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
    labels_before: frozenset[str]
    time_before: frozenset[str]
    date_before: frozenset[str]
    time_units: frozenset[str]
    time_zones: frozenset[str]
    months: frozenset[str]
    ordinals: frozenset[str]
    compound_before: frozenset[str]
    name_before: frozenset[str]
    candidate: re.Pattern[str]
    qual_back: re.Pattern[str]
    cur_back: re.Pattern[str]
    unit_after: re.Pattern[str]
    category: re.Pattern[str]
    fixed: re.Pattern[str]


_STOP_AFTER = frozenset(
    ["yang", "di", "ke", "dari", "dan", "atau", "untuk", "pada", "dengan", "oleh", "itu", "ini", "tersebut", "sebagai", "karena", "akibat", "dalam", "sejak", "hingga", "sampai", "telah", "sudah", "akan", "masih", "juga", "tidak", "tak", "belum", "per", "adalah", "merupakan", "lebih", "kurang", "sebanyak", "saja", "pun", "lagi", "pula", "bagi", "antara", "tiap", "setiap", "per-orang", "atas", "bawah", "lalu", "kemudian", "namun", "tetapi", "serta", "sedangkan", "sementara", "maupun", "bahwa", "jika", "kalau", "agar", "supaya", "hanya", "cuma", "baru", "sekitar", "yakni", "yaitu", "seperti", "bisa", "dapat", "harus", "ialah", "pula", "nya", "para", "kali-kali", "se", "sebesar", "senilai", "seharga", "setara", "sebesar-besarnya", "menjadi", "jadi", "selama", "saat", "ketika", "usai", "setelah", "sesudah", "sebelum", "seusai", "sehingga", "melalui", "lewat", "terhadap", "tentang", "secara", "sekaligus", "hari"]
)
_OBJECT_STOP = _STOP_AFTER | frozenset(["sebesar", "senilai", "dengan", "pada"])
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
        r"(?<![\w$])(" + "|".join(re.escape(c) for c in cur_sym) + r")[ \t\u00a0]*$",
        re.IGNORECASE,
    )
    unit_phrases = list(units["currency_after"]) + list(units["measures"]) + list(units["percent"])
    unit_after = re.compile(
        r"[ \t\u00a0]*(" + _alternation(unit_phrases) + r")(?![\w²³])", re.IGNORECASE
    )
    category = re.compile(
        r"(?<![\w-])(" + _alternation(list(category_of)) + r")(?![\w-])", re.IGNORECASE
    )
    fixed = re.compile(r"(?:" + _alternation(excl["fixed"]) + r")(?![\w-])", re.IGNORECASE)
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
        labels_before=frozenset(excl["labels_before"]),
        time_before=frozenset(excl["time_before"]),
        date_before=frozenset(excl["date_before"]),
        time_units=frozenset(excl["time_units"]),
        time_zones=frozenset(excl["time_zones"]),
        months=frozenset(excl["months"]),
        ordinals=frozenset(excl["ordinal_words"]),
        compound_before=frozenset(excl["compound_before"]),
        name_before=frozenset(excl["name_before"]),
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
    r"[ \t\u00a0]*[-\u2013][ \t\u00a0]*|[ \t\u00a0]+(?:dan|hingga|sampai)[ \t\u00a0]+", re.IGNORECASE
)
_UNIT_RANGE_SEP = re.compile(
    r"[ \t\u00a0]*(?:[-\u2013]|hingga|sampai(?:[ \t]+dengan)?)[ \t\u00a0]*", re.IGNORECASE
)
_PER_WORD = re.compile(r"[ \t\u00a0]+per[ \t\u00a0]+[^\W\d_]+", re.IGNORECASE)
_MINUS = re.compile(r"(?:(?<![\w-])(minus|\(minus\))[ \t\u00a0]+|(?:^|(?<=[\s(]))(-))$", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]+")
_SCALE_AN = frozenset({"ribuan", "jutaan", "miliaran", "milyaran", "triliunan"})
_ANTARA = re.compile(r"(?<![\w-])antara[ \t\u00a0]+$", re.IGNORECASE)
_RIGHT_GAP = re.compile(
    r"[ \t\u00a0]*(?:(?:yang|di[ \t]*antaranya|lainnya|dilaporkan|dinyatakan|telah|sudah|juga"
    r"|masih|langsung|ikut|turut|sempat|kembali)[ \t\u00a0]+)*$",
    re.IGNORECASE,
)
_LEFT_GAP = re.compile(
    r"[ \t\u00a0:]*(?:(?:sebanyak|yakni|yaitu|menjadi|total|mencapai|sekitar|hingga|sampai"
    r"|setidaknya|sedikitnya|lebih|dari|hampir|sejumlah)[ \t\u00a0]+)*$",
    re.IGNORECASE,
)
_SLASH_AFTER = re.compile(r"[ \t\u00a0]*/[ \t\u00a0]*\d")
_SLASH_BEFORE = re.compile(r"\d[ \t\u00a0]*/[ \t\u00a0]*$")
_KE_BEFORE = re.compile(r"(?<![\w])ke[ \t\u00a0]*-[ \t\u00a0]*$", re.IGNORECASE)
_DI_ANTARANYA = re.compile(r"[ \t\u00a0]+(di[ \t\u00a0]*antaranya)(?!\w)", re.IGNORECASE)
_GAP_FILLERS = frozenset(
    ["yang", "lainnya", "dilaporkan", "dinyatakan", "telah", "sudah", "juga", "masih", "langsung", "ikut", "turut", "mengalami", "kembali"]
)
_OLEH = re.compile(r"(?<!\w)oleh(?!\w)", re.IGNORECASE)
_ATAU = re.compile(r"[ \t\u00a0]+atau[ \t\u00a0]+", re.IGNORECASE)
_COORD = re.compile(r"[ \t\u00a0]*(?:,|dan|serta|,[ \t\u00a0]*dan)[ \t\u00a0]*", re.IGNORECASE)
_BARE_GAP = re.compile(r"[ \t\u00a0]*(?:[()\w-]+[ \t\u00a0]*){0,3}$")
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
        self.lower = text.lower()
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
        num = _number_at(text, pos, res)
        if num is None:
            return pos + 1
        raw = text[num.start : num.end] if is_digit else ""
        about_an = False
        if is_digit:
            if _SLASH_AFTER.match(text, num.end) or _SLASH_BEFORE.search(text, max(0, pos - 6), pos):
                return _run_end(text, pos) + 1  # a date or a fraction: "28 / 12"
            if _KE_BEFORE.search(text, max(0, pos - 6), pos):
                return num.end  # an ordinal: "ke - 72"
            m_raw = _DIGITS.match(text, pos)
            raw = m_raw.group(0) if m_raw else raw
            if _list_marker(text, pos, pos + len(raw)):
                return pos + len(raw) + 1
            if _phone(raw):
                return _run_end(text, pos)
        if not num.words and num.end < n:
            after = text[num.end]
            if after.isalpha():
                letters = _LETTERS.match(text, num.end)
                u = letters.group(0).lower() if letters else ""
                if u not in res.measures and u not in res.percent:
                    return _run_end(text, pos)
            if after in "/:" and num.end + 1 < n and text[num.end + 1].isdigit():
                return _run_end(text, pos)
            if after == "-" and text[num.end + 1 : num.end + 3].lower() == "an" and not (
                text[num.end + 3 : num.end + 4].isalpha()
            ):
                # "Rp 8.000-an", "60-an dollar": about; "1990-an": a decade
                if _is_year(num, text) or (
                    len(raw) == 2 and _prev_word(text, pos) is not None
                    and (_prev_word(text, pos) or ("",))[0] in ("tahun", "era", "dekade")
                ):
                    return num.end + 3
                about_an = True
                num.end += 3
                num = _more_scale(text, num, res)
            elif after == "-" and num.end + 1 < n and text[num.end + 1].isalpha():
                return _run_end(text, pos)
        elif num.words and num.end < n and text[num.end] == "-":
            return num.end + 1
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
        if nw0 is not None and num.value is not None and nw0[0] in res.vague and nw0[0] in _SCALE_AN:
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
            if (
                a > b
                and sep_word in ("-", "\u2013", "\u2014")
                and b <= 20
                and self._unit_word(second.end) is None
            ):
                return second.end  # a score, "2-1"
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
        # a range with the unit on both sides: "12,9 miliar dollar AS hingga 19,4 miliar dollar AS"
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
            if small_int and not num.scaled and (
                prev in res.labels_before or prev in res.name_before or prev in res.compound_before
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
            if is_year and not self._counted_after(end):
                return end
            if is_digit and not num.scaled and (num.value or 0) <= 120 and _age(text, num.start, num.end):
                return end
            if (
                (is_digit or text[pos].isupper())
                and not num.scaled
                and pw is not None
                and self._name_number(pw, start, end)
            ):
                return end
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
        nd = text[cand.end : cand.end + 1]
        if nd and (nd.isalpha() or (nd in "/:" and text[cand.end + 1 : cand.end + 2].isdigit())):
            return None
        if nd == "-" and text[cand.end + 1 : cand.end + 2].isalnum():
            return None
        m2 = _DIGITS.match(text, p2)
        if m2 is not None and first_raw:
            second_raw = m2.group(0)
            if second_raw.isdigit() and first_raw.isdigit() and len(second_raw) >= len(first_raw) + 3:
                return None  # a code such as "34-10401"
            if _phone(second_raw):
                return None
        return cand

    def _unit_range(self, end: int, unit_written: str) -> tuple[_Num, int] | None:
        """After "65 dollar AS [per barel]", "sampai 85 dollar AS": (second number, end)."""
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
        if um is None or " ".join(um.group(1).lower().split()) != " ".join(unit_written.lower().split()):
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
        # the capitalised word opens its sentence: "Hanya 5 ..."
        j = ws - 1
        while j >= 0 and text[j] in " \t\u00a0\"'“(":
            j -= 1
        return not (j < 0 or text[j] in ".!?\n")

    def _digit_context(self, pos: int) -> int:
        """Non-zero when the digits at ``pos`` belong to an identifier, a date or a time."""
        text = self.text
        if pos > 0:
            c = text[pos - 1]
            if c in "pP" and text[max(0, pos - 2) : pos].lower() == "rp" and (
                pos < 3 or not text[pos - 3].isalnum()
            ):
                return 0  # "Rp6.500": the currency written against the number
            if c.isalpha() or c in "_#+@":
                return _run_end(text, pos)
            if c in "/:." and pos > 1 and (text[pos - 2].isdigit() or (c == "/" and text[pos - 2].isalpha())):
                return _run_end(text, pos)
            if c in _HYPHENS and pos > 1 and text[pos - 2].isalnum():
                j = pos - 2
                while j > 0 and text[j - 1].isalnum():
                    j -= 1
                token = text[j : pos - 1]
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
                and nw[0] not in _OBJECT_STOP
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
            if word in _OBJECT_STOP or word in res.category_of or word in res.time_units:
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
        for i, a in enumerate(amounts):
            if a.unit is not None and (a.unit == "%" or a.unit.isupper() or a.unit in res.measures.values()):
                continue
            si = bisect.bisect_right(starts, a.start) - 1
            s_start, s_end = sentences[si] if si >= 0 else (0, len(text))
            prev_end = amounts[i - 1].end if i > 0 else 0
            next_start = amounts[i + 1].start if i + 1 < len(amounts) else len(text)
            left_lo = max(s_start, prev_end, a.start - 90)
            right_hi = min(s_end, next_start, a.end + 90)
            brk = _CLAUSE_BREAK.search(text, a.end, right_hi)
            if brk is not None:
                right_hi = brk.start()
            last_break = None
            for b in _CLAUSE_BREAK.finditer(text, left_lo, a.start):
                last_break = b
            if last_break is not None:
                left_lo = last_break.end()
            people = a.unit is None or a.unit in res.people or (
                a.object is not None and a.object.split()[0].lower() in res.people
            )
            left = [m for m in res.category.finditer(text, left_lo, a.start)]
            if left and _OLEH.search(text, left[-1].end(), a.start):
                left = []  # "ditangkap oleh tiga petugas": those counted did it
            r_from = a.end
            if a.unit == "korban" and a.text.lower().endswith(a.unit):
                r_from = a.end - len(a.unit)  # "satu korban jiwa": the unit opens the phrase
            right = [
                m
                for m in res.category.finditer(text, r_from, right_hi)
                if " ".join(m.group(1).lower().split()) not in res.active
            ]
            if not people:
                # an unknown noun right before a specific category word: "14 pengedar ditahan"
                if not (
                    right
                    and self._cat(right[0]) != "AFFECT"
                    and _RIGHT_GAP.match(text, a.end, right[0].start())
                ):
                    continue
                right = right[:1]
                left = []
            cat: str | None = None
            if right and self._right_gap(a.end, right[0].start()):
                cat = self._cat(right[0])
            if (cat is None or cat == "AFFECT") and left and _LEFT_GAP.match(
                text, left[-1].end(), a.start
            ):
                cat = self._cat(left[-1])
            if cat is None or cat == "AFFECT":
                # the nearest specific word on either side; a tie goes to the right
                r_spec = next((m for m in right if self._cat(m) != "AFFECT"), None)
                l_spec = next((m for m in reversed(left) if self._cat(m) != "AFFECT"), None)
                r_dist = r_spec.start() - a.end if r_spec is not None else None
                l_dist = a.start - l_spec.end() if l_spec is not None else None
                if r_spec is not None and (l_dist is None or (r_dist or 0) <= l_dist):
                    cat = self._cat(r_spec)
                elif l_spec is not None:
                    cat = self._cat(l_spec)
            if (
                cat is None
                and i > 0
                and amounts[i - 1].category is not None
                and _COORD.fullmatch(text, amounts[i - 1].end, a.start)
            ):
                cat = amounts[i - 1].category  # "16 laki-laki dan 12 perempuan"
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
            if cat is None and a.unit is not None and a.unit in res.implied:
                cat = res.implied[a.unit]
            if cat is None and (left or right):
                cat = "AFFECT"
            if cat is None:
                continue
            if a.unit is None:
                # a bare number counts people only when a word close by says so
                near = (right and _BARE_GAP.match(text, a.end, right[0].start())) or (
                    left and a.start - left[-1].end() <= 12
                )
                if not near:
                    continue
            a.category = cat  # type: ignore[assignment]
        # "16 pria dan 12 wanita terluka": the first of a coordinated pair shares the second's
        for i in range(len(amounts) - 2, -1, -1):
            first, then = amounts[i], amounts[i + 1]
            if (
                first.category is None
                and then.category is not None
                and first.unit is not None
                and first.unit in res.people
                and _COORD.fullmatch(text, first.end, then.start)
            ):
                first.category = then.category

    def _right_gap(self, start: int, end: int) -> bool:
        """True when only the counted noun phrase and fillers stand between a number and
        the category word after it: "dua orang warga lainnya dilaporkan mengalami luka"."""
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


def _list_marker(text: str, start: int, end: int) -> bool:
    """ "1." or "2)" opening a line: list numbering."""
    j = start - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    if j >= 0 and text[j] != "\n":
        return False
    return end < len(text) and text[end] in ".)" and (end + 1 == len(text) or text[end + 1].isspace())


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
