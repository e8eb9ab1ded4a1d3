"""Recognise and normalise TIMEX3 expressions in Indonesian text.

One pass over the tokens that can open a temporal expression (a month, a weekday, a
number, "kemarin", "akhir", "pukul", ...; one regex of the trigger words finds them, so
the other words cost no Python step): each tries the few anchored patterns it can open,
the longest match wins, and scanning resumes after it. A second pass resolves
what needs the rest of the document (a bare weekday, a clock time's day, "sehari
sebelumnya"). Patterns are flat alternations of literal vocabulary with bounded
repetition, so a 5 MB text costs linear time.

Whose "today"? Relative expressions count from the publication date, except that

- when the narrative names its own today ("hari ini, Rabu (12/7)", "besok, Minggu
  (13/8)"), that day is the anchor for the whole text (a feed's timestamp is often a day
  or two late);
- inside a quote, or in reported speech ("Hari ini, dia menambahkan, ..."), they count
  from the day the words were said, when the text dates the telling ('..., kata Ali di
  Jakarta, Senin (20/11)') before the publication date;
- bare weekdays and clock times that follow a routine ("setiap Sabtu pukul 08.00",
  "Senin-Jumat") stay sets and unanchored times.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..links import inside
from ..record import Timex, TimexType
from .values import (
    YEARS_OF_UNIT,
    add_months,
    closest_year,
    duration,
    is_valid,
    iso_number,
    iso_week,
    parse_date_value,
    shift,
)
from .vocab import Vocab, alt, vocab

__all__ = ["Cand", "Recogniser", "recogniser"]

#: how fine a granularity is (a reference must be at least as fine as the unit shifted)
_FINENESS = {"D": 0, "W": 0, "M": 1, "Y": 2, "DE": 2, "CE": 2}
_TOKEN = re.compile(r"\w+(?:'\w+)?")
_WORD_BEFORE = re.compile(r"([\w$.']+)\W{0,3}$")
_NEXT_WORD = re.compile(r"\s+(\w+(?:'\w+)?)")
_WORD_AFTER = re.compile(r"\W{0,3}([\w%$]+)")


@dataclass
class Cand:
    """A recognised expression, before the document-level pass."""

    start: int
    end: int
    type: TimexType
    value: str
    mod: str | None = None
    anchor: str | None = None
    quant: str | None = None
    freq: str | None = None
    #: "" when final; otherwise what the second pass must resolve
    pending: str = ""
    info: dict[str, Any] = field(default_factory=dict)


Handler = Callable[[re.Match[str], "_Ctx"], list[Cand] | None]


@dataclass
class _Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler
    triggers: frozenset[str]
    digits: bool = False
    deictic: bool = False


@dataclass
class _Ctx:
    text: str
    anchor: dt.date | None
    warnings: list[str]
    #: where speech verbs ("kata", "ujar", ...) start, in text order
    cues: list[int] = field(default_factory=list)
    #: the anchor last written out, and how (the handlers ask for it at every match)
    _iso: tuple[dt.date | None, str | None] = (None, None)

    @property
    def anchor_iso(self) -> str | None:
        anchor = self.anchor
        if self._iso[0] is not anchor:
            self._iso = (anchor, anchor.isoformat() if anchor else None)
        return self._iso[1]


def _trie(words: Iterable[str]) -> str:
    """A regex alternation of literal words, factored by common prefixes (so the regex
    engine tries each letter once, not each word)."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return "(?:" + emit(tree) + ")"


def _token_starts(text: str, at: int) -> bool:
    """Whether a word token (``_TOKEN``) starts at ``at``, read from the start of the run of
    letters and apostrophes around it ("x'y'z": the tokens are "x'y" and "z")."""
    run = at
    while run > 0 and (text[run - 1] == "'" or text[run - 1].isalnum() or text[run - 1] == "_"):
        run -= 1
    for tm in _TOKEN.finditer(text, run):
        if tm.start() >= at:
            return tm.start() == at
    return False


def _first_word(phrase: str) -> str:
    m = _TOKEN.match(phrase)
    return m.group().lower() if m else phrase.lower()


def _word_before(text: str, start: int) -> str:
    lo = max(0, start - 40)
    # the word holds no space: it starts after the last space before its last letter
    lo = max(lo, text.rfind(" ", lo, max(lo, start - 4)) + 1)
    m = _WORD_BEFORE.search(text, lo, start)
    return m.group(1).lower().rstrip(".") if m else ""


_CLAUSE_END = re.compile(r"[.!?\n\"“”]")
#: rules whose values count from the anchor ("kemarin", "pagi ini", "dua hari lalu")
_DEICTIC = frozenset({"relday", "part", "relunit", "nunit", "posmod"})
#: a sentence boundary: . ! ? before a space, or a line break
_SENT_BOUND = re.compile(r"[.!?](?=\s)|\n")
_BOUNDS = (". ", "? ", "! ", "\n")
_COMMA = re.compile(",")
#: words before a date that make it part of a name (Stadion 17 Mei, Jalan 17 Agustus)
_NAMED_AFTER = frozenset(
    {"stadion", "universitas", "jalan", "jl", "gedung", "lapangan", "simpang", "kampus", "taman"}
)
_WORDS_BEFORE = re.compile(r"\w+")
#: events after which "kemarin" means "the recent one" (colloquial), not "yesterday"
_EVENTS = frozenset(
    {
        "pilkada",
        "pilgub",
        "pilpres",
        "pileg",
        "pemilu",
        "pilwalkot",
        "pilbup",
        "ramadan",
        "ramadhan",
    }
)
#: words after a count that date it from the date the text gave last ("sehari berselang",
#: "dua pekan kemudian": a day, two weeks after it; "sebelumnya": before it)
_LATER = frozenset(
    {"sebelumnya", "berikutnya", "kemudian", "berselang", "setelahnya", "sesudahnya"}
)
#: words before "N unit lagi" that make "lagi" "more", a stretch ("punya dua tahun lagi",
#: "butuh tiga hari lagi"), not "in N units" ("dua bulan lagi harga naik")
_MORE_BEFORE = frozenset(
    {"punya", "mempunyai", "memiliki", "butuh", "membutuhkan", "perlu", "memerlukan", "selama"}
)
#: words right before a date that make it approximate
_APPROX_BEFORE = re.compile(r"(?<!\w)(?:sekitar|sekira|kira-kira)\s+$", re.IGNORECASE)
#: a link to another article ("[ Baca juga : ... ]", a line "Baca juga: ...")
_LINK = re.compile(
    r"\[\s*baca\s+(?:juga|pula)\s*:[^\]\n]{0,300}\]|^[ \t]*baca\s+(?:juga|pula)\s*:[^\n]{0,300}",
    re.IGNORECASE | re.MULTILINE,
)
#: happenings after which "tadi" means "earlier (today)": "pertandingan tadi", "rapat tadi"
_EVENT_NOUNS = frozenset(
    {
        "pertandingan",
        "laga",
        "rapat",
        "pertemuan",
        "sidang",
        "acara",
        "diskusi",
        "konferensi",
        "latihan",
        "upacara",
        "sesi",
        "babak",
        "balapan",
        "lomba",
        "kuliah",
        "ujian",
        "pidato",
        "wawancara",
    }
)
#: words after "per hari", "per tahun" that make "per" mean "as of", not a rate
_AS_OF = frozenset({"ini", "itu", "kemarin", "lalu", "depan", "sebelumnya", "buku"})
#: words before a bare "pagi hari", "malam hari" that make it a time of day
_PART_PREPOSITIONS = frozenset(
    {"di", "pada", "saat", "ketika", "sejak", "hingga", "sampai", "menjelang", "jelang", "tiap"}
)
#: words that make a sentence speak of a habit, not of one occasion
_HABIT = re.compile(r"(?<!\w)(?:biasanya|umumnya|pada\s+umumnya|selalu|kerap|lazimnya)(?!\w)", re.I)
#: words after which "hari ini" means "of today" (the present), not this day
_GENERIC_TODAY = frozenset(
    {"generasi", "zaman", "jaman", "era", "kehidupan", "muda", "milenial", "modern"}
)
_QUOTE_MARK = re.compile(r"[“”\"]")
#: how far before the anchor a day may lie to be the day words were said
_SPEECH_DAYS = 7


def _quote_spans(text: str) -> tuple[list[tuple[int, int]], list[int]]:
    """Stretches of text inside quotation marks (an unclosed quote ends with its paragraph),
    and where the quotation marks stand."""
    spans: list[tuple[int, int]] = []
    marks: list[int] = []
    open_at: int | None = None
    for m in _QUOTE_MARK.finditer(text):
        at, ch = m.start(), m.group()
        marks.append(at)
        if open_at is not None:
            line_end = text.find("\n", open_at, at)
            if line_end >= 0:
                spans.append((open_at, line_end))
                open_at = None
        if open_at is None:
            if ch != "”":
                open_at = at + 1
            continue
        spans.append((open_at, at))
        open_at = at + 1 if ch == "“" else None
    if open_at is not None:
        line_end = text.find("\n", open_at)
        spans.append((open_at, line_end if line_end >= 0 else len(text)))
    return spans, marks


def _future_cue(text: str, start: int, cues: re.Pattern[str]) -> bool:
    """Whether the sentence before ``start`` speaks of what will happen ("akan", "dijadwalkan")."""
    window = text[max(0, start - 80) : start]
    ends = [m.end() for m in _CLAUSE_END.finditer(window)]
    if ends:
        window = window[ends[-1] :]
    return bool(cues.search(window))


def _word_after(text: str, end: int) -> str:
    m = _WORD_AFTER.match(text, end, end + 40)
    return m.group(1).lower() if m else ""


def _ymd(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _full_year(raw: str) -> int:
    year = int(raw)
    if len(raw) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one letter added, dropped, changed, or two
    neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :] or (
            a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :]
        )
    if len(a) > len(b):
        return a[i + 1 :] == b[i:]
    return a[i:] == b[i + 1 :]


@functools.lru_cache(maxsize=4096)
def _near_month(word: str, months: tuple[tuple[str, int], ...]) -> int | None:
    """The month a word of five letters or more misspells by one letter ("septermber",
    "fenruari"), the first letter kept; None when none or more than one month is that near."""
    near = {n for w, n in months if w[0] == word[0] and _one_edit(word, w)}
    return near.pop() if len(near) == 1 else None


def _could_move(value: str, anchor: dt.date, days: set[dt.date]) -> bool:
    """Whether a value read from ``anchor`` could change when read from one of ``days``
    ("tahun ini" stays the same year a few days earlier, "kemarin" does not)."""
    if value[:1] == "P" or value.endswith("_REF"):
        return False
    if len(value) >= 10 and value[7:8] == "-":
        return True  # a day, or a time on a day
    if value[4:6] == "-W":
        week = iso_week(anchor)
        return any(iso_week(d) != week for d in days)
    if value[4:5] == "-":  # a month, quarter, half or season
        return any((d.year, d.month) != (anchor.year, anchor.month) for d in days)
    return any(d.year != anchor.year for d in days)


_NAMED_DATE = re.compile(r"(\w+)\W+\d{1,2}\W+\w+\W*$")


def _named(text: str, start: int) -> bool:
    """Whether a date at ``start`` is part of a name: Stadion 17 Mei, Jalan 17 Agustus."""
    before = _word_before(text, start)
    if before.isdigit():
        m = re.search(r"(\w+)\W+\d+\W*$", text[max(0, start - 40) : start])
        before = m.group(1).lower() if m else ""
    return before in _NAMED_AFTER


class _Speech:
    """Who said what when, in one text: quotes, speech verbs and the days written after them."""

    def __init__(self, text: str, cues: list[int], dated: list[tuple[int, dt.date]]) -> None:
        self.text = text
        self.cues = cues  # where speech verbs start, in order
        self.dated = dated
        self.quotes, self.marks = _quote_spans(text)
        self._attributed: dict[int, bool] = {}

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around text[start:end]: from the boundary before (". ", "? ", "! " or
        a line break) to the one after."""
        text = self.text
        lo, hi = max(0, start - 400), min(len(text), end + 400)
        s0 = max(lo - 1, *(text.rfind(b, lo, start) for b in _BOUNDS)) + 1
        ends = [k for k in (text.find(b, end, hi) for b in _BOUNDS) if k >= 0]
        return s0, min(ends) if ends else hi

    def cues_in(self, lo: int, hi: int) -> list[int]:
        return self.cues[bisect.bisect_left(self.cues, lo) : bisect.bisect_left(self.cues, hi)]

    def attributed(self, k: int) -> bool:
        """Whether a speech verb opens the clause that dated[k] closes
        ("..., kata Ali di Jakarta, Senin (20/11)")."""
        got = self._attributed.get(k)
        if got is None:
            pos = self.dated[k][0]
            lo = max(self.sentence(pos, pos)[0], pos - 150)
            i = bisect.bisect_left(self.marks, pos)
            if i and self.marks[i - 1] >= lo:
                lo = self.marks[i - 1]  # after the closing quote mark
            got = self._attributed[k] = bool(self.cues_in(lo, pos))
        return got

    def latest(self, before: int, attributed_only: bool) -> dt.date | None:
        for k in range(len(self.dated) - 1, -1, -1):
            if self.dated[k][0] < before and (not attributed_only or self.attributed(k)):
                return self.dated[k][1]
        return None

    def day(self, start: int, end: int) -> dt.date | None:
        """The day the words at text[start:end] were said, if they are a speaker's."""
        text = self.text
        quote = next((q for q in self.quotes if q[0] <= start and end <= q[1]), None)
        if quote is not None:
            # the quote's own attribution, else the last one dated before it, else the last date
            stop = min(self.sentence(quote[1] + 1, quote[1] + 1)[1], quote[1] + 150)
            for k, (pos, day) in enumerate(self.dated):
                if quote[1] <= pos <= stop and self.attributed(k):
                    return day
            return self.latest(start, True) or self.latest(start, False)
        s0, s1 = self.sentence(start, end)
        cues = self.cues_in(s0, s1)
        if not cues:
            return None
        # reported speech ("Hari ini, dia menambahkan, ..."): the relative word sits in
        # another clause than the speech verb, and is not itself the time of the telling
        # ("kata Ali, kemarin")
        commas = [m.start() for m in _COMMA.finditer(text, s0, s1)]
        own = bisect.bisect_left(commas, start)
        if any(bisect.bisect_left(commas, p) == own for p in cues):
            return None
        lo = commas[own - 1] + 1 if own else s0
        hi = commas[own] if own < len(commas) else s1
        rest = (text[lo:start] + " " + text[end:hi]).split()
        if len(rest) < 3 and any(bisect.bisect_left(commas, p) == own - 1 for p in cues):
            return None
        for k, (pos, day) in enumerate(self.dated):
            if s0 <= pos < s1 and self.attributed(k):
                return day
        return self.latest(start, True)


#: how many units "lalu"/"depan"-type words after a unit move from the anchor ("tahun
#: silam", "kuartal ketiga tahun depan", "musim dingin mendatang"): one table for every
#: handler that steps a unit, so none of them reads a word the others know as "this"
_REL_STEP: dict[str, int] = {
    "lalu": -1,
    "yang lalu": -1,
    "silam": -1,
    "kemarin": -1,
    "depan": 1,
    "mendatang": 1,
    "yang akan datang": 1,
    "berikutnya": 1,
    "nanti": 1,
    "besok": 1,
    "ini": 0,
}


def _rel_step(rel: str) -> int | None:
    """-1, +1 or 0: the step of a "lalu"/"depan"/"ini"-type word; None for other words."""
    return _REL_STEP.get(" ".join(rel.lower().split()))


def _rel_delta(rel: str) -> int:
    """The year step of a word after a quarter or season (0 when it names none)."""
    return _rel_step(rel) or 0


#: the month a season begins (a winter is named by the year of its December)
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season_year(anchor: dt.date, code: str, step: int) -> int:
    """The year of the season ``step`` points at from ``anchor``: the next one to begin
    (+1: "musim panas nanti" in May is this year's), the last one begun before the anchor's
    month (-1: "musim panas lalu" in October is this year's), or this year's (0)."""
    first = _SEASON_START[code]
    if step > 0:
        return anchor.year if anchor.month < first else anchor.year + 1
    if step < 0:  # the last one begun before this month (a winter begins in December)
        return anchor.year if anchor.month > first else anchor.year - 1
    return anchor.year


class Recogniser:
    """Finds TIMEX3 expressions; build once (:func:`recogniser`), call many times."""

    def __init__(self, v: Vocab) -> None:
        self.v = v
        self.rules: list[_Rule] = []
        self.future_cues = re.compile(rf"(?<!\w){alt(v.future_cues)}(?!\w)", re.IGNORECASE)
        self._build()
        self.by_token: dict[str, list[_Rule]] = {}
        self.digit_rules: list[_Rule] = [r for r in self.rules if r.digits]
        for rule in self.rules:
            for tok in rule.triggers:
                self.by_token.setdefault(tok, []).append(rule)
        # "hari Senin ...": the weekday rules, tried at "hari" when a weekday follows
        self.weekday_words = frozenset(v.weekdays)
        self._long_months = tuple((w, n) for w, n in v.months.items() if len(w) >= 5)
        self.hari_rules = [r for r in self.by_token["senin"] if "hari" not in r.triggers]
        # speech verbs are no expressions, but where they stand tells whose "today" is meant:
        # the scan notes them when it meets this (empty of rules) marker
        self.cue_marker: list[_Rule] = [self.rules[0]]
        for word in v.speech_cues:
            self.by_token.setdefault(word, self.cue_marker)
        self.hari_marker = self.by_token["hari"]
        # the trigger tables as tokens are written (lower case, Capitalised, UPPER), so the
        # scan needs no lower() per token
        self.by_form: dict[str, list[_Rule]] = {}
        for word, rules in self.by_token.items():
            for form in (word, word[:1].upper() + word[1:], word.upper()):
                self.by_form.setdefault(form, rules)
        # where a token the tables know (or a number) may start: one regex finds them all,
        # so the scan visits those tokens only, not every word of the text
        self.openers = re.compile(rf"(?<!\w)(?:\d|{_trie(self.by_form)}(?!\w))")

    # ------------------------------------------------------------------ building
    def _add(
        self, name: str, pattern: str, handler: Handler, triggers: set[str], digits: bool = False
    ) -> None:
        self.rules.append(
            _Rule(
                name,
                re.compile(pattern, re.IGNORECASE),
                handler,
                frozenset(triggers),
                digits,
                name in _DEICTIC,
            )
        )

    def _build(self) -> None:
        v = self.v
        WD, MON, MONA = v.weekday_re, v.month_re, v.month_abbr_re
        PART, UNIT, SEU, NUM = v.part_re, v.unit_re, v.se_unit_re, v.number_re
        YEAR = r"(?:19|20)\d{2}(?!\d)"
        END = r"(?!\w)"
        wd_t = set(v.weekdays)
        mon_t = set(v.months)
        num_t = {_first_word(w) for w in v.numbers} | set(v.vague_numbers)
        qmod_t = {_first_word(w) for w in v.quantity_mods}
        qmod = alt(v.quantity_mods)
        past = alt(v.past)
        future = alt(v.future)
        rel_words = alt([*v.past, *v.future, "ini", "yang akan datang"])
        # WIB, Wib, wib: a time-zone code after a clock time is written in any case
        zone_forms = [*v.zones, *(z.capitalize() for z in v.zones if z.isupper())]
        zone_forms += [z.lower() for z in v.zones if z.isupper()]
        self.zone_offsets = {" ".join(z.lower().split()): off for z, off in v.zones.items()}
        zones = "(?-i:" + alt(zone_forms) + ")"
        reldays = alt(v.relative_days)
        paren = r"\(\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{4}|\d{2}))?\s*\)"

        # weekday with a numeric date in brackets: Senin (16/12/2024) [malam]
        self._add(
            "wdate",
            rf"(?:hari\s+)?(?P<wd>{WD})\s*,?\s*{paren}(?:\s+(?P<part>{PART})(?:\s+hari)?{END})?"
            rf"(?:\s+(?:kemarin|lalu|yang\s+lalu|mendatang|nanti){END})?",
            self._h_wdate,
            wd_t | {"hari"},
        )
        # weekday with its date written out in brackets: Jumat (14 April 2017)
        self._add(
            "wdlong",
            rf"(?:hari\s+)?(?P<wd>{WD})\s*,?\s*\(\s*(?P<d>\d{{1,2}})\s+(?P<mon>{MON}|{MONA}\.?)"
            rf"(?:\s+(?P<y>{YEAR}))?\s*\)",
            self._h_wdlong,
            wd_t | {"hari"},
        )
        # kemarin (19/11), hari ini, lusa, ...
        self._add(
            "relday",
            rf"(?P<rd>{reldays}){END}(?:\s*{paren})?",
            self._h_relday,
            {_first_word(w) for w in v.relative_days},
        )
        # 16/12/2024, 2024-12-16, Senin, 16/12/2024
        self._add(
            "numdate",
            rf"(?:(?:hari\s+)?(?P<wd>{WD})\s*,?\s*)?(?:(?P<d>\d{{1,2}})\s*(?P<sep>[/-])\s*(?P<m>\d{{1,2}})\s*(?P=sep)\s*(?P<y>\d{{4}})"
            rf"|(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}}))(?![\d/-])",
            self._h_numdate,
            wd_t,
            digits=True,
        )
        mon_first = "".join(sorted({w[0] for w in v.months}))
        # [Senin,] [tanggal] 5 [-7] November [2024] [lalu]; 12 Septermber 2016: a month name
        # misspelt by one letter is read between a day and a year
        self._add(
            "dmy",
            rf"(?:(?:hari\s+)?(?P<wd>{WD})\s*,?\s+)?(?:(?:tanggal|tgl\.?)\s+)?(?P<d>\d{{1,2}})(?:\s*[-–]\s*(?P<d2>\d{{1,2}}))?"
            rf"\s+(?P<mon>{MON}|{MONA}\.?|(?=[{mon_first}])[^\W\d_]{{5,11}}(?=\s+(?:tahun\s+)?{YEAR})){END}(?:\s+(?:tahun\s+)?(?P<y>{YEAR}))?"
            rf"(?:\s+(?P<rel>{rel_words}){END})?",
            self._h_dmy,
            wd_t | {"tanggal", "tgl"},
            digits=True,
        )
        # [bulan] Juni[-Juli] [2014] / Agustus lalu
        self._add(
            "my",
            rf"(?:(?P<bulan>bulan)\s+)?(?P<mon>{MON}){END}(?:\s*(?:[-–]|s/d|s\.d\.?|(?:hingga|sampai|sampai\s+dengan)(?!\w))\s*(?P<mon2>{MON}){END})?"
            rf"(?:\s+(?:tahun\s+)?(?P<y>{YEAR}))?(?:\s+(?P<rel>{rel_words}){END})?",
            self._h_my,
            mon_t | {"bulan"},
        )
        # awal Desember, akhir tahun, pertengahan 2014, akhir pekan
        pmods = alt(v.position_mods)
        self._add(
            "posmod",
            rf"(?P<pm>{pmods})\s+(?:"
            rf"(?P<unit>tahun|bulan|pekan|minggu|dekade|abad)(?!-){END}(?!\s+{YEAR}(?:\s*-\s*)?an{END})"
            rf"(?:\s+(?P<rel>{rel_words}){END})?"
            rf"(?:\s+(?:tahun\s+)?(?P<uy>{YEAR}))?"
            rf"|(?:bulan\s+)?(?P<mon>{MON}){END}(?:\s+(?:tahun\s+)?(?P<my>{YEAR})|\s+(?P<mrel>{rel_words}){END})?"
            rf"|(?:tahun\s+|dekade\s+|era\s+)?(?P<y>{YEAR})(?P<an>(?:\s*-\s*)?an{END})?(?:\s+ini{END})?)",
            self._h_posmod,
            {_first_word(w) for w in v.position_mods},
        )
        # pekan lalu, bulan depan, tahun ini, minggu lalu
        self._add(
            "relunit",
            rf"(?P<unit>pekan|minggu|bulan|tahun|kuartal|triwulan|semester|musim)(?!-){END}\s+(?P<rel>{rel_words}){END}",
            self._h_relunit,
            {"pekan", "minggu", "bulan", "tahun", "kuartal", "triwulan", "semester", "musim"},
        )
        # [hampir] tiga tahun [lalu|terakhir|lagi], seminggu yang lalu, 2 jam 5 menit dan 37 detik
        part_num = rf"\d+(?:[.,]\d+)?|{alt(v.numbers)}"
        self._add(
            "nunit",
            rf"(?:(?P<qm>{qmod})\s+)?(?:(?:(?P<mul>\d{{1,2}})\s*[x×]\s*)?(?P<num>{NUM}|{alt(v.vague_numbers)})\s+(?P<unit>{UNIT})"
            rf"|(?P<se>{SEU})){END}(?!-)"
            rf"(?:\s+(?:dan\s+)?(?P<num2>{part_num})\s+(?P<unit2>{UNIT}){END}"
            rf"(?:\s+(?:dan\s+)?(?P<num3>{part_num})\s+(?P<unit3>{UNIT}){END})?)?"
            rf"(?:\s+(?P<tail>yang\s+lalu|{past}|{future}|terakhir(?:\s+ini)?|belakangan(?:\s+ini)?|berturut\s*-\s*turut|kemudian|berselang|setelahnya|sesudahnya|ini){END})?",
            self._h_nunit,
            num_t | qmod_t | set(v.se_units),
            digits=True,
        )
        # [hampir] sepanjang tahun, sepanjang hari: the whole of one unit, a stretch (not
        # "sepanjang tahun ini", "sepanjang hari Senin": dates, read by other rules)
        self._add(
            "whole",
            rf"(?:(?P<qm>{qmod})\s+)?sepanjang\s+(?P<unit>hari|pekan|bulan|tahun){END}(?!-)"
            rf"(?!\s+(?:\d|(?:{rel_words}|itu|tersebut|yang|{WD}|{MON}){END}))",
            self._h_whole,
            qmod_t | {"sepanjang"},
        )
        # dekade terakhir, satu abad belakangan: the last decade, century up to now
        self._add(
            "lastunit",
            r"(?P<unit>dekade|dasawarsa|abad)\s+(?:terakhir|belakangan)(?:\s+ini)?(?!\w)",
            self._h_whole,
            {"dekade", "dasawarsa", "abad"},
        )
        # selama 11 musim: a count of (sports) seasons, a year each; only after "selama",
        # since "dua musim" alone is as often the rainy and the dry season
        self._add(
            "seasons",
            rf"selama\s+(?P<num>{NUM}|{alt(v.vague_numbers)})\s+musim{END}"
            rf"(?!\s+(?:{alt(v.seasons)}|hujan|kemarau|tanam|panen|mekar|kawin|liburan){END})",
            self._h_seasons,
            {"selama"},
        )
        # setiap hari, tiap Senin, setiap 5 menit
        quants = alt(v.set_quantifiers)
        self._add(
            "set",
            rf"(?P<q>{quants})\s+(?:(?P<num>{NUM})\s+)?(?:musim\s+(?P<season>{alt(v.seasons)})|(?P<unit>{UNIT})(?:nya)?|(?P<wd>{WD})"
            rf"|(?P<part>{PART})|(?:bulan\s+)?(?P<mon>{MON})|(?P<hol>{v.holiday_re})){END}",
            self._h_set,
            {_first_word(w) for w in v.set_quantifiers},
        )
        # dua kali seminggu, tiga kali dalam sebulan
        self._add(
            "freq",
            rf"(?P<num>{NUM}|se)\s*kali\s+(?:(?:dalam|per|setiap|tiap)\s+)?(?:(?P<se>{SEU})|(?:satu\s+)?(?P<unit>{UNIT})){END}",
            self._h_freq,
            num_t | {"sekali"},
            digits=True,
        )
        self._add(
            "setadj",
            rf"(?P<adj>{alt(v.set_adjectives)}){END}",
            self._h_setadj,
            set(v.set_adjectives),
        )
        # sehari-hari: every day, a routine
        self._add("daily", r"sehari\s*-\s*hari(?:nya)?(?!\w)", self._h_daily, {"sehari"})
        # 100 gram per hari, Rp 5 juta per bulan: a rate, one calendar unit at a time (not
        # "km per jam", a speed)
        self._add(
            "per",
            r"per\s+(?P<unit>hari|pekan|minggu|bulan|tahun)(?:nya)?(?!\w)",
            self._h_per,
            {"per"},
        )
        # suatu malam, suatu hari [nanti]: a day or a night never dated
        self._add(
            "suatu",
            rf"suatu\s+(?:(?P<part>{PART})(?:\s+hari)?|(?P<hari>hari))(?:\s+(?P<later>nanti|kelak))?{END}",
            self._h_suatu,
            {"suatu"},
        )
        # pertandingan tadi, rapat tadi: the event just before, earlier today
        self._add("tadi", rf"tadi{END}", self._h_tadi, {"tadi"})
        # pukul 14.30 WIB, 09.00 WITA
        self._add(
            "clock",
            rf"(?P<first>(?:(?P<qm>{qmod})\s+)?(?:(?:pukul|jam|pkl\.?)\s+(?P<h>\d{{1,2}})(?:[.:](?P<mi>\d{{2}}))?"
            rf"|(?P<h2>\d{{1,2}})[.:](?P<mi2>\d{{2}})(?=\s*(?:{zones}|{PART}){END})){END}"
            rf"(?:\s*(?P<zone>{zones}){END})?(?:\s+(?P<part>{PART}){END})?"
            # pukul 10 tadi: "tadi" (earlier today) belongs to the clock time
            rf"(?:\s+tadi{END}(?!\s+(?:{PART}){END}))?)"
            # pukul 19.00 hingga 21.00: the end of a stretch of clock time
            rf"(?:\s*(?:[-–]|s/d|s\.d\.?|(?:hingga|sampai)(?:\s+dengan)?(?!\w))\s*"
            rf"(?P<second>(?:pukul\s+)?(?P<h3>\d{{1,2}})[.:](?P<mi3>\d{{2}})(?!\d|[.:,]\d)"
            rf"(?:\s*(?P<zone3>{zones}){END})?))?",
            self._h_clock,
            {"pukul", "jam", "pkl"} | qmod_t,
            digits=True,
        )
        # Rabu pagi, Senin malam, Selasa malam (21/11)
        self._add(
            "wdpart",
            rf"(?:hari\s+)?(?P<wd>{WD})\s+(?P<part>{PART})(?:\s+hari)?{END}(?:\s*{paren})?"
            rf"(?:\s+(?P<rel>kemarin|lalu|yang\s+lalu|depan|mendatang|nanti){END})?",
            self._h_wdpart,
            wd_t,
        )
        # Sabtu-Minggu, Senin-Jumat, Senin hingga Sabtu, Jumat-Minggu (24-26/11)
        self._add(
            "wdrange",
            rf"(?:hari\s+)?(?P<wd>{WD})\s*(?:[-–]|s/d|s\.d\.?|(?:hingga|sampai|sampai\s+dengan)(?!\w))\s*(?P<wd2>{WD}){END}"
            r"(?:\s*\(\s*(?P<d>\d{1,2})\s*[-–]\s*(?P<d2>\d{1,2})\s*/\s*(?P<m>\d{1,2})"
            r"(?:\s*/\s*(?P<y>\d{4}|\d{2}))?\s*\))?",
            self._h_wdrange,
            wd_t,
        )
        # Senin, hari Kamis, Kamis lalu, Jumat depan
        self._add(
            "wd",
            rf"(?:hari\s+)?(?P<wd>{WD}){END}(?:\s+(?P<rel>(?:pekan|minggu)\s+(?:lalu|depan)|(?:yang\s+)?lalu|kemarin|depan|mendatang|nanti|besok|ini){END})?",
            self._h_wd,
            wd_t,
        )
        # pagi ini, tadi malam, sore hari ini, tengah hari, dini hari tadi, semalam
        self._add(
            "part",
            rf"(?:(?P<pre>kemarin|tadi|besok|esok|hari\s+ini|nanti)\s+)?(?P<part>{PART}|tengah\s+hari|tengah\s+malam|semalam)"
            rf"(?P<hari>\s+hari)?{END}(?:\s+(?P<post>ini|itu|tadi|nanti|kemarin){END})?",
            self._h_part,
            {_first_word(w) for w in v.parts_of_day}
            | {"kemarin", "tadi", "besok", "esok", "hari", "nanti", "tengah", "semalam"},
        )
        # saat ini, kini, sekarang, saat itu, ke depan
        self._add(
            "ref",
            rf"(?P<ref>{alt([*v.refs, 'dulu', 'dahulu', 'dulunya'])}){END}",
            self._h_ref,
            {_first_word(w) for w in v.refs} | {"dulu", "dahulu", "dulunya"},
        )
        # 2014, tahun 2008, 1970-an, 2010-2014
        self._add(
            "year",
            rf"(?:(?P<th>tahun)\s+|(?:dekade|dasawarsa|era)\s+(?={YEAR}\s*-?\s*an{END}))?"
            rf"(?P<y>{YEAR})(?P<an>(?:\s*-\s*)?an)?{END}"
            rf"(?:\s*[-–/]\s*(?P<y2>{YEAR}|\d{{2}}(?!\d)))?"
            rf"(?:\s+(?P<rel>lalu|silam|yang\s+lalu|kemarin|mendatang|nanti|besok|yang\s+akan\s+datang){END})?",
            self._h_year,
            {"tahun", "dekade", "dasawarsa", "era"},
            digits=True,
        )
        # era 90-an, tahun 80an: a decade of the 1900s written with two digits
        self._add(
            "decade",
            r"(?:tahun|era|dekade)\s+(?P<yy>[1-9]0)(?:\s*-\s*)?an(?!\w)",
            self._h_decade,
            {"tahun", "era", "dekade"},
        )
        # bertahun-tahun, berbulan-bulan, berjam-jam: a stretch of unknown length
        self._add(
            "redup",
            r"ber(?P<unit>tahun|bulan|minggu|pekan|hari|jam|menit|detik|dekade|abad)-(?P=unit)(?!\w)",
            self._h_redup,
            {
                "bertahun",
                "berbulan",
                "berminggu",
                "berpekan",
                "berhari",
                "berjam",
                "bermenit",
                "berdetik",
                "berdekade",
                "berabad",
            },
        )
        # kuartal ketiga 2015, triwulan I-2015, semester I/2017, paruh pertama tahun depan
        ords = alt(v.ordinals)
        # a second ordinal after "dan"/"hingga" is a word or Roman numeral ("dan kedua",
        # "I-II"), never a bare digit ("kuartal I dan 2 tahun ...")
        romans = alt(w for w in v.ordinals if w.isupper())
        word_ords = alt(w for w in v.ordinals if w.islower()) + f"|(?-i:{romans})"
        self._add(
            "quarter",
            rf"(?P<kind>kuartal|triwulan|semester|paruh)\s+(?:ke-?\s*)?(?P<ord>{ords}){END}"
            rf"(?:\s*(?:,|dan|serta|hingga|sampai|s/d|[-–])\s*(?P<ord2>ke-?\s*[1-4]|{word_ords}){END})?"
            rf"(?:(?:\s*[-–/]\s*|\s+)(?:tahun\s+)?(?P<y>{YEAR})|\s+tahun\s+(?P<rel>{rel_words}){END})?",
            self._h_quarter,
            {"kuartal", "triwulan", "semester", "paruh"},
        )
        # Natal, Idul Fitri 2014, Tahun Baru; hari H Lebaran, H-2 Lebaran (two days before)
        self._add(
            "holiday",
            rf"(?:(?:hari\s+)?(?-i:H)(?:\s*(?P<hs>[-+])\s*(?P<hn>\d{{1,2}}))?\s+(?P<hol2>{alt(v.holiday_names)})"
            rf"|(?P<hol>{v.holiday_re})){END}(?:\s+(?:tahun\s+)?(?P<y>{YEAR})|\s+(?P<rel>(?:tahun\s+)?"
            rf"(?:lalu|yang\s+lalu|silam|ini|depan|kemarin|mendatang|yang\s+akan\s+datang)|nanti|besok){END})?",
            self._h_holiday,
            {_first_word(w) for w in v.holiday_names} | {"hari", "h"},
        )
        # hari H: the day itself (of the feast named nearby)
        self._add(
            "dayh",
            r"hari\s+(?-i:H)(?![\w-])(?!\s*[-+]\s*\d)",
            lambda m, ctx: [Cand(m.start(), m.end(), "DATE", "", pending="eventday")],
            {"hari"},
        )
        # musim dingin, musim panas
        self._add(
            "season",
            rf"musim\s+(?P<season>{alt(v.seasons)}){END}(?:\s+(?:tahun\s+)?(?P<y>{YEAR})|\s+(?P<rel>{rel_words}){END})?",
            self._h_season,
            {"musim"},
        )
        # pada hari yang sama, hari itu, tahun yang sama
        self._add(
            "sameday",
            rf"(?:(?P<day>hari|tanggal)\s+(?:yang\s+sama|itu)|(?P<unit>tahun|bulan)\s+yang\s+sama){END}"
            rf"(?:\s+tahun\s+(?P<back>lalu|sebelumnya|kemarin){END})?",
            self._h_sameday,
            {"hari", "tanggal", "tahun", "bulan"},
        )
        self._add(
            "century",
            rf"abad\s+(?:ke-?\s*)?(?P<n>\d{{1,2}}|(?-i:[IVX]+)){END}",
            self._h_century,
            {"abad"},
        )

    # ------------------------------------------------------------------ scanning
    def scan(self, text: str, anchor: dt.date | None) -> tuple[list[Cand], list[str]]:
        """Every expression in ``text`` (non-overlapping, in text order) and warnings."""
        ctx = _Ctx(text, anchor, [])
        found: list[Cand] = []
        pos = 0
        for om in self.openers.finditer(text):
            start = om.start()
            if start < pos:
                continue
            if start > 1 and text[start - 1] == "'" and not _token_starts(text, start):
                continue  # inside a word with an apostrophe ("x'kemarin")
            tm = _TOKEN.match(text, start)
            if tm is None:
                continue
            tok = tm.group()
            rules = self.by_form.get(tok)
            if tok[0].isdigit():
                rules = rules + self.digit_rules if rules else self.digit_rules
            if not rules:
                continue
            if rules is self.cue_marker:
                ctx.cues.append(start)
                continue
            if rules is self.hari_marker:
                nxt = _NEXT_WORD.match(text, tm.end())
                if nxt and nxt.group(1).lower() in self.weekday_words:
                    rules = rules + self.hari_rules
            best: list[Cand] | None = None
            best_end = start
            best_rule = rules[0]
            best_m: re.Match[str] | None = None
            for rule in rules:
                m = rule.pattern.match(text, start)
                if m is None or m.end() <= best_end:
                    continue
                try:
                    out = rule.handler(m, ctx)
                except (ValueError, OverflowError, KeyError, IndexError):
                    out = None
                if out:
                    best, best_end, best_rule, best_m = out, m.end(), rule, m
            if best:
                if best_rule.deictic and anchor is not None and best_m is not None:
                    iso = ctx.anchor_iso
                    for c in best:
                        if c.anchor == iso and not c.pending and "explicit_day" not in c.info:
                            # read from the anchor: may be read again from the day words were said
                            c.info["rerun"] = (best_rule.handler, best_m)
                found.extend(best)
                pos = best_end
        if found and ("Baca" in text or "baca" in text or "BACA" in text):
            links = [(k.start(), k.end()) for k in _LINK.finditer(text)]
            if links:
                # "[Baca juga: Mudik Lebaran]": the title of another article, not this one's time
                found = [c for c in found if not inside(links, c.start)]
        self._resolve(found, ctx)
        for c in found:
            if text[c.start - 2 : c.start] in ("r ", "a ", "R ", "A ") and c.type == "DATE":
                near = _APPROX_BEFORE.search(text, max(0, c.start - 16), c.start)
                if near and not c.mod and c.value[:1].isdigit() and "offset" not in c.info:
                    c.start, c.mod = near.start(), "APPROX"  # "sekitar November 2018": about then
        return found, ctx.warnings

    def timexes(self, text: str, anchor: dt.date | None) -> tuple[list[Timex], list[str]]:
        """Record-ready :class:`Timex` objects and warnings."""
        cands, warnings = self.scan(text, anchor)
        out: list[Timex] = []
        for c in cands:
            if not is_valid(c.type, c.value):
                warnings.append(f"timex {text[c.start : c.end]!r}: no valid value ({c.value})")
                continue
            out.append(
                Timex(
                    start=c.start,
                    end=c.end,
                    text=text[c.start : c.end],
                    type=c.type,
                    value=c.value,
                    mod=c.mod,
                    anchor=c.anchor,
                    quant=c.quant,
                    freq=c.freq,
                )
            )
        return out, warnings

    # ------------------------------------------------------------------ second pass
    def _resolve(self, found: list[Cand], ctx: _Ctx) -> None:
        # one look over the candidates: what the passes below will need
        reldays: list[int] = []  # "kemarin", "hari ini", ...
        relative = routine = False
        for i, c in enumerate(found):
            info = c.info
            if "offset" in info:
                reldays.append(i)
            if "rerun" in info or c.pending == "clock":
                relative = True
            if c.type == "SET" and c.value.startswith("XXXX-WXX-"):
                routine = True
            day = info.get("explicit_day")
            if isinstance(day, dt.date):
                info.setdefault("day_for_clock", day)
        if reldays and ctx.anchor is not None:
            with contextlib.suppress(ValueError, OverflowError):  # at the calendar's edge
                self._writing_day(found, reldays, ctx)
        anchor = ctx.anchor
        explicit: dict[int, dt.date] = {}
        if anchor:
            for c in found:
                day = c.info.get("explicit_day")
                if not c.info.get("weekday"):
                    continue
                if isinstance(day, dt.date) and abs((day - anchor).days) <= 7:
                    explicit.setdefault(day.weekday(), day)
        if routine:
            self._generic_weekdays(found)
        last_day: dt.date | None = None
        last_date: tuple[dt.date, str] | None = None
        for i, c in enumerate(found):
            try:
                self._resolve_one(found, i, c, ctx, explicit, last_date, last_day)
            except (ValueError, OverflowError, KeyError):
                c.value = ""
            c.pending = ""
            if c.type in ("DATE", "TIME"):
                parsed = parse_date_value(c.value)
                if parsed:
                    last_date = parsed
                    if parsed[1] == "D":
                        last_day = parsed[0]
        with contextlib.suppress(ValueError, OverflowError):  # at the calendar's edge
            if anchor is not None and relative:
                self._speech_days(found, ctx, anchor)
            if reldays:
                self._appositions(found, reldays, ctx.text)
            if anchor is not None and (reldays or relative):
                self._late_parts(found, reldays, anchor, ctx.text)
        found[:] = [c for c in found if c.value]
        if relative:
            self._weekday_clocks(found, ctx.text)

    @staticmethod
    def _weekday_clocks(found: list[Cand], text: str) -> None:
        """ "Kamis sekitar pukul 15.30 WIB", "Senin, pukul 10.00": a bare weekday and the clock
        time that follows it are one TIME, as "Rabu pagi" is (a weekday with its date in
        brackets, "Rabu (31/12/2014) pukul 09.00", stays a DATE of its own)."""
        k = 1
        while k < len(found):
            prev, c = found[k - 1], found[k]
            if (
                c.type == "TIME"
                and prev.type == "DATE"
                and "wd" in prev.info
                and not prev.info.get("rel")
                and len(prev.value) == 10
                and c.value.startswith(prev.value + "T")
                and re.fullmatch(r"\s*,?\s*", text[prev.end : c.start])
                and not re.search(r"[\d(]", text[prev.start : prev.end])
            ):
                prev.end, prev.type, prev.value, prev.mod = c.end, "TIME", c.value, c.mod
                del found[k]
            else:
                k += 1

    def _late_parts(
        self, found: list[Cand], reldays: list[int], anchor: dt.date, text: str
    ) -> None:
        """ "pagi ini", "malam ini", "tadi malam", "dini hari tadi" and clock times with no
        day of their own ("Pukul 11.29 panggung dirobohkan") in a report whose events are
        dated the day before the timestamp ("sejak Kamis (31/8) pagi ... Kondisi pagi ini",
        stamped Friday) are read from that day: the text was written then, and stamped after
        midnight. The day that counts is the last one dated before the expression, else (for
        a report that opens with the time) the first one dated after it. Not when the text's
        own "hari ini" is the timestamp's day, nor for what will happen ("akan menggelar
        rapat siang ini")."""
        iso = anchor.isoformat()
        movable: list[Cand] = []
        for i in reldays:
            c = found[i]
            if c.info.get("this_part") or c.info.get("past_part"):
                movable.append(c)
            elif c.type == "DATE" and c.info["offset"] == 0 and c.value == iso:
                return
        movable += [
            c
            for c in found
            if c.type == "TIME" and c.info.get("from_anchor") and c.value.startswith(iso)
        ]
        if not movable:
            return
        day_before = anchor - dt.timedelta(days=1)
        dated: list[tuple[int, dt.date]] = []
        for c in found:
            day = c.info.get("explicit_day")
            if c.info.get("weekday") and isinstance(day, dt.date):
                dated.append((c.start, day))
        if not dated:
            return
        for c in movable:
            own = anchor + dt.timedelta(days=c.info.get("offset", 0))
            if not c.value.startswith(own.isoformat()):
                continue
            if _future_cue(text, c.start, self.future_cues):
                continue
            last = [day for start, day in dated if start < c.start]
            near = last[-1] if last else next((d for s, d in dated if s > c.start), None)
            if near == day_before:
                c.value = (own - dt.timedelta(days=1)).isoformat() + c.value[10:]

    def _writing_day(self, found: list[Cand], reldays: list[int], ctx: _Ctx) -> None:
        """When the narrative says which day "today" is ("hari ini, Rabu (12/7)", "besok,
        Minggu (13/8)", "kemarin (19/11)") and that is not the publication date given (a
        feed's timestamp a day or two late), relative expressions count from that day."""
        anchor = ctx.anchor
        if anchor is None:
            return
        quotes: list[tuple[int, int]] | None = None
        for i in reldays:
            c = found[i]
            offset = c.info["offset"]
            day = c.info.get("explicit_day")
            if not isinstance(day, dt.date):
                day = self._apposed_day(found, i, ctx.text)
            if day is None:
                continue
            if quotes is None:
                quotes = _quote_spans(ctx.text)[0]
            if any(q0 <= c.start < q1 for q0, q1 in quotes):
                continue  # a speaker's "today", not the writer's
            writing = day - dt.timedelta(days=offset)
            if writing == anchor or abs((writing - anchor).days) > _SPEECH_DAYS:
                return
            ctx.warnings.append(
                f"relative dates read from {writing.isoformat()}, the day the text calls"
                f" today ({ctx.text[c.start : c.end]!r}), not from {anchor.isoformat()}"
            )
            ctx.anchor = writing
            for other in found:
                rerun = other.info.get("rerun")
                if rerun is None:
                    continue
                handler, m = rerun
                try:
                    out = handler(m, ctx)
                except (ValueError, OverflowError, KeyError, IndexError):
                    out = None
                same = [o for o in out or [] if o.start == other.start and o.end == other.end]
                if same:
                    other.type, other.value, other.mod = same[0].type, same[0].value, same[0].mod
                    other.anchor = same[0].anchor
            return

    @staticmethod
    def _apposed_day(found: list[Cand], i: int, text: str) -> dt.date | None:
        """The day written right after found[i] as its apposition ("besok, Minggu (13/8)")."""
        if i + 1 >= len(found):
            return None
        nxt = found[i + 1]
        day = nxt.info.get("explicit_day")
        if (
            nxt.info.get("weekday")
            and isinstance(day, dt.date)
            and re.fullmatch(r"\s*,?\s*(?:pada\s+)?(?:hari\s+)?", text[found[i].end : nxt.start])
        ):
            return day
        return None

    @staticmethod
    def _generic_weekdays(found: list[Cand]) -> None:
        """Bare weekdays that follow a recurring one ("dibuka setiap Sabtu ... pada hari
        Minggu camat ...") describe the same routine: sets, not dates."""
        last_set = -(10**9)
        for c in found:
            if c.type == "SET" and c.value.startswith("XXXX-WXX-"):
                last_set = c.end
            elif c.info.get("explicit_day") is not None:
                last_set = -(10**9)  # a dated event ends the routine
            elif (
                c.pending == "weekday"
                and c.type == "DATE"
                and not c.info.get("rel")
                and c.start - last_set <= 400
            ):
                c.type, c.value, c.pending = "SET", f"XXXX-WXX-{c.info['wd'] + 1}", ""
                last_set = c.end

    def _speech_days(self, found: list[Cand], ctx: _Ctx, anchor: dt.date) -> None:
        """Relative days inside a quote or in reported speech count from the day the words
        were said, when the text dates them ("...besok," kata X, Senin (20/11)) earlier than
        the publication date."""
        text = ctx.text
        earliest = anchor - dt.timedelta(days=_SPEECH_DAYS)
        # days written in the text near the anchor: (start, day)
        dated: list[tuple[int, dt.date]] = []
        for c in found:
            if c.type not in ("DATE", "TIME"):
                continue
            day = c.info.get("explicit_day") if c.info.get("weekday") else None
            if day is None and "wd" in c.info and not c.info.get("rel"):
                day = c.info.get("day_for_clock")
            if isinstance(day, dt.date) and earliest <= day <= anchor:
                dated.append((c.start, day))
        earlier = {day for _, day in dated if day < anchor}
        if not earlier:
            return
        if not ctx.cues and '"' not in text and "“" not in text:
            return  # nobody speaks
        movable = [
            c
            for c in found
            if ("rerun" in c.info or c.info.get("from_anchor"))
            and _could_move(c.value, anchor, earlier)
        ]
        if not movable:
            return
        speech = _Speech(text, ctx.cues, dated)
        for c in movable:
            rerun = c.info.get("rerun")
            if rerun is None and c.type != "TIME":
                continue
            day = speech.day(c.start, c.end)
            if day is None or day == anchor:
                continue
            if rerun is not None:
                handler, m = rerun
                try:
                    out = handler(m, _Ctx(text, day, []))
                except (ValueError, OverflowError, KeyError, IndexError):
                    out = None
                same = [o for o in out or [] if o.start == c.start and o.end == c.end]
                if same:
                    c.type, c.value, c.mod, c.anchor = (
                        same[0].type,
                        same[0].value,
                        same[0].mod,
                        same[0].anchor,
                    )
            elif c.value.startswith(anchor.isoformat()):
                c.value = day.isoformat() + c.value[10:]
                c.anchor = day.isoformat()

    @staticmethod
    def _appositions(found: list[Cand], reldays: list[int], text: str) -> None:
        """ "besok, Minggu (13/8)": a relative day takes the date written beside it;
        "besok (hari ini)": a gloss in brackets takes the value it explains."""
        for i in reldays:
            c = found[i]
            if not c.value:
                continue
            day = Recogniser._apposed_day(found, i, text)
            if day is not None:
                parsed = parse_date_value(c.value)
                if parsed and abs((parsed[0] - day).days) <= _SPEECH_DAYS:
                    # a time of day keeps its time: "tadi malam, Senin (3/7)"
                    c.value = day.isoformat() + (c.value[10:] if c.type == "TIME" else "")
                    continue
            if i > 0:
                prev = found[i - 1]
                if (
                    prev.type == "DATE"
                    and re.fullmatch(r"\s*\(\s*", text[prev.end : c.start])
                    and text[c.end : c.end + 3].strip().startswith(")")
                    and parse_date_value(prev.value) is not None
                ):
                    c.value, c.anchor = prev.value, prev.anchor

    def _resolve_one(
        self,
        found: list[Cand],
        i: int,
        c: Cand,
        ctx: _Ctx,
        explicit: dict[int, dt.date],
        last_date: tuple[dt.date, str] | None,
        last_day: dt.date | None,
    ) -> None:
        anchor = ctx.anchor
        if c.pending:
            if c.pending == "weekday":
                self._resolve_weekday(c, anchor, explicit)
            elif c.pending == "relative":
                prev = found[i - 1] if i else None
                if (
                    prev
                    and prev.type == "SET"
                    and prev.value.startswith("XXXX-")
                    and c.start - prev.end <= 300
                ):
                    c.value = ""  # "keesokan harinya" of a routine: no date
                    return
                ref = last_date
                if ref is None or _FINENESS[ref[1]] > _FINENESS[c.info["unit"]]:
                    ref = (anchor, "D") if anchor else None
                if ref is None:
                    c.value = "XXXX-XX-XX" if c.info["unit"] in "DW" else "XXXX"
                else:
                    base, _ = ref
                    c.value = shift(base, c.info["unit"], c.info["n"])
                    c.anchor = base.isoformat()
            elif c.pending == "eventday":
                # "hari H": the day of the feast the text names nearest to it
                days = [
                    (abs(o.start - c.start), o.info["holiday"])
                    for o in found
                    if "holiday" in o.info
                ]
                c.value = min(days)[1].isoformat() if days else ""
            elif c.pending == "sameday":
                unit = c.info["unit"]
                if unit == "D":
                    suffix = c.info.get("suffix", "")
                    if last_day:
                        c.value = last_day.isoformat() + suffix
                    else:  # "malam itu" with no day before it: a night, not dated
                        c.value = "XXXX-XX-XX" + suffix if suffix else ""
                elif last_date is None or (unit == "M" and last_date[1] == "Y"):
                    c.value = ""
                else:
                    year = last_date[0].year - c.info["back"]
                    month = last_date[0].month
                    c.value = f"{year:04d}" if unit == "Y" else f"{year:04d}-{month:02d}"
                c.anchor = c.value or None
            elif c.pending == "clock":
                if c.info.get("bare_part") and self._in_routine(found, i, ctx.text):
                    # "rutinitas sehari-hari ... di pagi hari": any morning of the routine
                    c.type, c.value = "SET", "XXXX-XX-XX" + c.value
                    return
                day = self._clock_day(found, i, ctx)
                if c.info.get("bare_part") and c.info.pop("from_anchor", False):
                    day = None  # "di pagi hari" with no day near it: any morning, undated
                c.value = (day.isoformat() if day else "XXXX-XX-XX") + c.value
                if day and c.info.get("from_anchor"):
                    c.anchor = day.isoformat()

    def _resolve_weekday(
        self, c: Cand, anchor: dt.date | None, explicit: dict[int, dt.date]
    ) -> None:
        wd: int = c.info["wd"]
        rel: str = c.info.get("rel", "")
        suffix = c.info.get("suffix", "")
        if anchor is None:
            c.value = f"XXXX-WXX-{wd + 1}" + suffix
            return
        back = (anchor.weekday() - wd) % 7
        rel = "lalu" if rel == "yang lalu" else "depan" if rel == "besok" else rel
        if rel in ("lalu", "kemarin"):
            day = anchor - dt.timedelta(days=back or 7)
        elif rel in ("depan", "mendatang", "nanti"):
            day = anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7 or 7)
        elif rel.endswith("lalu"):  # Senin pekan lalu
            monday = anchor - dt.timedelta(days=anchor.weekday() + 7)
            day = monday + dt.timedelta(days=wd)
        elif rel.endswith("depan"):
            monday = anchor - dt.timedelta(days=anchor.weekday() - 7)
            day = monday + dt.timedelta(days=wd)
        elif rel == "ini":
            day = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(days=wd)
        elif wd in explicit:
            day = explicit[wd]
        elif c.info.get("future"):
            day = anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7)
        else:
            day = anchor - dt.timedelta(days=back)
        c.value = day.isoformat() + suffix
        c.anchor = anchor.isoformat()
        c.info["day_for_clock"] = day

    @staticmethod
    def _in_routine(found: list[Cand], i: int, text: str) -> bool:
        """Whether found[i] follows a routine: a set just before it, or a habit word
        ("biasanya", "selalu") in its sentence."""
        c = found[i]
        if i and found[i - 1].type == "SET" and c.start - found[i - 1].end <= 300:
            return True
        before = text[max(0, c.start - 300) : c.start]
        ends = [k.end() for k in _CLAUSE_END.finditer(before)]
        return _HABIT.search(before[ends[-1] :] if ends else before) is not None

    def _clock_day(self, found: list[Cand], i: int, ctx: _Ctx) -> dt.date | None:
        c = found[i]
        text = ctx.text
        if i:
            prev = found[i - 1]
            gap = text[prev.end : c.start]
            if (
                (prev.type == "SET" or prev.info.get("generic"))
                and len(gap) <= 40
                and not _SENT_BOUND.search(gap)
            ):
                c.info["generic"] = True  # "setiap Minggu pukul 07.30 hingga 10.15": any such day
                return None
        # "pukul 07.30 hingga 15.00, Senin (16/12)": the day after the stretch's end is its start's
        after = i + 1
        while (
            after < len(found)
            and found[after].pending == "clock"
            and found[after].start - found[after - 1].end <= 15
        ):
            after += 1
        for j in (after, i - 1):
            if not 0 <= j < len(found):
                continue
            other = found[j]
            if other.type != "DATE":
                continue
            lo, hi = (found[j - 1].end, other.start) if j > i else (other.end, c.start)
            if hi - lo > 40 or "." in text[lo:hi].replace("..", ""):
                continue
            parsed = parse_date_value(other.value)
            if parsed and parsed[1] == "D":
                if other.anchor:
                    c.anchor = other.anchor
                return parsed[0]
        for j in range(i - 1, -1, -1):
            other = found[j]
            if c.start - other.end > 400:
                break
            day = other.info.get("day_for_clock")
            if isinstance(day, dt.date):
                if other.anchor:
                    c.anchor = other.anchor
                return day
        c.info["from_anchor"] = True
        return ctx.anchor

    # ------------------------------------------------------------------ handlers
    def _check_weekday(
        self, ctx: _Ctx, m: re.Match[str], wd_word: str | None, day: dt.date
    ) -> None:
        if not wd_word:
            return
        wd = self.v.weekdays.get(wd_word.lower())
        if wd is not None and wd != day.weekday():
            names = {n: w for w, n in self.v.weekdays.items() if w not in ("jum'at", "ahad")}
            ctx.warnings.append(
                f"timex {m.group()!r} at {m.start()}: {wd_word} does not fall on {day.isoformat()}"
                f" (a {names[day.weekday()].capitalize()}); kept the written date"
            )

    def _paren_date(self, m: re.Match[str], ctx: _Ctx) -> tuple[dt.date | None, bool]:
        d, mo = int(m.group("d")), int(m.group("m"))
        explicit = bool(m.group("y"))
        day = self._dm_date(ctx, d, mo, m.group("y"))
        wd_word = m.group("wd") if "wd" in m.re.groupindex else None
        wd = self.v.weekdays.get(wd_word.lower()) if wd_word else None
        if day is not None and wd is not None and day.weekday() != wd and d <= 12:
            # "Sabtu (11/4)" for Saturday 4 November: month and day swapped, when only the
            # swapped reading falls on the weekday written, within a month of the anchor and
            # no further from it
            swapped = self._dm_date(ctx, mo, d, m.group("y"))
            if (
                swapped is not None
                and swapped.weekday() == wd
                and (
                    ctx.anchor is None
                    or abs((swapped - ctx.anchor).days) <= min(31, abs((day - ctx.anchor).days))
                )
            ):
                return swapped, explicit
        return day, explicit

    @staticmethod
    def _dm_date(ctx: _Ctx, d: int, mo: int, year: str | None) -> dt.date | None:
        """Day ``d`` of month ``mo`` in the year written, or the year nearest the anchor."""
        if year:
            return _ymd(_full_year(year), mo, d)
        if ctx.anchor is None or not (1 <= mo <= 12):
            return None
        return _ymd(closest_year(ctx.anchor, mo, d), mo, d)

    def _h_wdate(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        d, mo = int(m.group("d")), int(m.group("m"))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        day, explicit = self._paren_date(m, ctx)
        if day is None:
            if m.group("y") is None and ctx.anchor is None:
                return [Cand(m.start(), m.end(), "DATE", f"XXXX-{mo:02d}-{d:02d}")]
            return None
        self._check_weekday(ctx, m, m.group("wd"), day)
        anchor = None if explicit else ctx.anchor_iso
        info: dict[str, Any] = {"explicit_day": day, "full": explicit, "weekday": True}
        if m.group("part"):
            code = self.v.parts_of_day[" ".join(m.group("part").lower().split())]
            return [
                Cand(
                    m.start(),
                    m.end(),
                    "TIME",
                    f"{day.isoformat()}T{code}",
                    anchor=anchor,
                    info=info,
                )
            ]
        return [Cand(m.start(), m.end(), "DATE", day.isoformat(), anchor=anchor, info=info)]

    def _h_wdlong(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        mon_word = m.group("mon").lower().rstrip(".")
        month = self.v.months.get(mon_word) or self.v.month_abbreviations.get(mon_word)
        if month is None:
            return None
        d = int(m.group("d"))
        if m.group("y"):
            day = _ymd(int(m.group("y")), month, d)
        elif ctx.anchor is not None:
            day = _ymd(closest_year(ctx.anchor, month, d), month, d)
        else:
            return [Cand(m.start(), m.end(), "DATE", f"XXXX-{month:02d}-{d:02d}")]
        if day is None:
            return None
        self._check_weekday(ctx, m, m.group("wd"), day)
        info: dict[str, Any] = {"explicit_day": day, "full": bool(m.group("y")), "weekday": True}
        anchor = None if m.group("y") else ctx.anchor_iso
        return [Cand(m.start(), m.end(), "DATE", day.isoformat(), anchor=anchor, info=info)]

    def _h_relday(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        word = " ".join(m.group("rd").lower().split())
        offset = self.v.relative_days[word]
        if word == "keesokan harinya":
            return [
                Cand(m.start(), m.end(), "DATE", "", pending="relative", info={"unit": "D", "n": 1})
            ]
        if m.group("d"):
            day, explicit = self._paren_date(m, ctx)
            if day is not None:
                if ctx.anchor and (ctx.anchor + dt.timedelta(days=offset)) != day:
                    ctx.warnings.append(
                        f"timex {m.group()!r} at {m.start()}: {word!r} from {ctx.anchor} is not {day}"
                    )
                return [
                    Cand(
                        m.start(),
                        m.end(),
                        "DATE",
                        day.isoformat(),
                        anchor=ctx.anchor_iso,
                        info={"explicit_day": day, "offset": offset},
                    )
                ]
        if word == "hari ini" and _word_before(ctx.text, m.start()) in _GENERIC_TODAY:
            # "generasi hari ini", "anak muda hari ini": today's, the present, not a date
            return [Cand(m.start(), m.start() + len(m.group("rd")), "DATE", "PRESENT_REF")]
        if word == "kemarin" and (
            self._after_event(ctx.text, m.start())
            or (
                _word_before(ctx.text, m.start()) == "yang"
                and re.match(r"\s*(?:[,.;:!?)\"”]|$)", ctx.text[m.end("rd") : m.end("rd") + 3])
            )
        ):
            # "Pilkada DKI kemarin", "penundaan yang kemarin,": the recent one, not yesterday
            return [Cand(m.start(), m.start() + len(m.group("rd")), "DATE", "PAST_REF")]
        if ctx.anchor is None:
            return [Cand(m.start(), m.start() + len(m.group("rd")), "DATE", "XXXX-XX-XX")]
        day = ctx.anchor + dt.timedelta(days=offset)
        return [
            Cand(
                m.start(),
                m.start() + len(m.group("rd")),
                "DATE",
                day.isoformat(),
                anchor=ctx.anchor_iso,
                info={"offset": offset},
            )
        ]

    @staticmethod
    def _after_event(text: str, start: int) -> bool:
        """Whether an election (or the fasting month) is named just before: "Pilkada DKI
        kemarin" is the recent election, not yesterday."""
        words = _WORDS_BEFORE.findall(text[max(0, start - 40) : start])[-2:]
        if not words:
            return False
        if words[-1].lower() in _EVENTS:
            return True
        return len(words) == 2 and words[-1][:1].isupper() and words[0].lower() in _EVENTS

    def _h_numdate(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        if m.group("iy"):
            day = _ymd(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        else:
            if m.group("sep") == "-" and " " in m.group()[m.start("d") - m.start() :]:
                return None  # "3 - 1 - 2017" is no date; "29 / 4 / 2017" is (tokenised text)
            day = _ymd(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if day is None:
            return None
        if _word_before(ctx.text, m.start()) in self.v.year_blockers_before:
            return None
        self._check_weekday(ctx, m, m.group("wd"), day)
        return [
            Cand(
                m.start(),
                m.end(),
                "DATE",
                day.isoformat(),
                info={"explicit_day": day, "full": True, "weekday": bool(m.group("wd"))},
            )
        ]

    def _month_year(
        self, ctx: _Ctx, start: int, month: int, day: int | None, rel: str
    ) -> int | None:
        anchor = ctx.anchor
        if anchor is None:
            return None
        rel = " ".join(rel.lower().split())
        before = _word_before(ctx.text, start)
        this = (anchor.month, anchor.day if day else 0)
        that = (month, day or 0)
        if rel in ("lalu", "yang lalu", "silam", "kemarin", "sebelumnya") or before in self.v.since:
            return anchor.year if that < this else anchor.year - 1
        if rel in (
            "depan",
            "mendatang",
            "nanti",
            "yang akan datang",
            "berikutnya",
            "lagi",
            "besok",
        ):
            if that > this:
                return anchor.year
            here = _ymd(anchor.year, month, day) if day else None
            if here is not None and (anchor - here).days <= _SPEECH_DAYS:
                return anchor.year  # "25 Juli mendatang" a day or two before a late timestamp
            return anchor.year + 1
        if rel == "ini":
            return anchor.year
        if _future_cue(ctx.text, start, self.future_cues):
            return anchor.year if that >= this else anchor.year + 1
        return closest_year(anchor, month, day)

    def _h_dmy(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        mon_word = m.group("mon").lower().rstrip(".")
        month = self.v.months.get(mon_word) or self.v.month_abbreviations.get(mon_word)
        if month is None and m.group("y"):
            month = _near_month(mon_word, self._long_months)
        if month is None or (mon_word == "mei" and m.group("mon")[0] == "m"):
            return None
        if not m.group("wd") and _named(ctx.text, m.start()):
            return None  # Stadion 17 Mei, Universitas 17 Agustus 1945: names
        d = int(m.group("d"))
        rel = m.group("rel") or ""
        out: list[Cand] = []
        if m.group("y"):
            year: int | None = int(m.group("y"))
            anchor = None
        else:
            year = self._month_year(ctx, m.start("d"), month, d, rel)
            anchor = ctx.anchor_iso
        if rel.lower() == "ini" and m.group("y") is None and ctx.anchor is None:
            return None
        day = _ymd(year, month, d) if year else None
        if year and day is None:
            return None
        start = m.start()
        if m.group("d2"):
            d2 = int(m.group("d2"))
            day2 = _ymd(year, month, d2) if year else None
            if year and (day2 is None or d2 <= d):
                return None
            first_val = day.isoformat() if day else f"XXXX-{month:02d}-{d:02d}"
            out.append(
                Cand(
                    m.start("d"),
                    m.end("d"),
                    "DATE",
                    first_val,
                    anchor=anchor,
                    info={"explicit_day": day},
                )
            )
            start, d, day = m.start("d2"), d2, day2
        if day is not None:
            self._check_weekday(ctx, m, m.group("wd"), day)
        value = day.isoformat() if day else f"XXXX-{month:02d}-{d:02d}"
        out.append(
            Cand(
                start,
                m.end(),
                "DATE",
                value,
                anchor=anchor,
                info={
                    "explicit_day": day,
                    "full": bool(m.group("y")),
                    "weekday": bool(m.group("wd")),
                },
            )
        )
        return out

    def _month_value(
        self, ctx: _Ctx, start: int, month: int, year_raw: str | None, rel: str
    ) -> tuple[str, str | None]:
        if year_raw:
            return f"{int(year_raw):04d}-{month:02d}", None
        year = self._month_year(ctx, start, month, None, rel)
        if year is None:
            return f"XXXX-{month:02d}", None
        return f"{year:04d}-{month:02d}", ctx.anchor_iso

    def _h_my(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        if _named(ctx.text, m.start()):
            return None
        word = m.group("mon")
        month = self.v.months[word.lower()]
        if word.lower() == "mei" and word[0] == "m" and not m.group("bulan"):
            return None
        rel = m.group("rel") or ""
        out: list[Cand] = []
        if m.group("mon2"):
            month2 = self.v.months[m.group("mon2").lower()]
            v2, a2 = self._month_value(ctx, m.start("mon2"), month2, m.group("y"), rel)
            if v2[:4].isdigit():  # Januari-Oktober: the range ends in the year found for its end
                year1 = int(v2[:4]) - (1 if month > month2 else 0)
                v1, a1 = f"{year1:04d}-{month:02d}", a2
            else:
                v1, a1 = self._month_value(ctx, m.start(), month, m.group("y"), rel)
            out.append(Cand(m.start(), m.end("mon"), "DATE", v1, anchor=a1))
            out.append(Cand(m.start("mon2"), m.end(), "DATE", v2, anchor=a2))
            return out
        value, anchor = self._month_value(ctx, m.start(), month, m.group("y"), rel)
        return [Cand(m.start(), m.end(), "DATE", value, anchor=anchor)]

    def _unit_value(
        self, unit: str, rel: str, anchor: dt.date | None
    ) -> tuple[str, str | None] | None:
        n = _rel_step(rel)
        if n is None:
            return None
        if anchor is None:
            return {"pekan": "XXXX-WXX", "minggu": "XXXX-WXX", "bulan": "XXXX-XX"}.get(
                unit, "XXXX"
            ), None
        iso = anchor.isoformat()
        if unit in ("pekan", "minggu"):
            return iso_week(anchor + dt.timedelta(days=7 * n)), iso
        if unit == "bulan":
            y, mo = add_months(anchor.year, anchor.month, n)
            return f"{y:04d}-{mo:02d}", iso
        if unit in ("tahun", "musim"):  # a sports season: its (starting) year
            return f"{anchor.year + n:04d}", iso
        if unit in ("kuartal", "triwulan"):
            y, mo = add_months(anchor.year, anchor.month, 3 * n)
            return f"{y:04d}-Q{(mo - 1) // 3 + 1}", iso
        if unit == "semester":
            y, mo = add_months(anchor.year, anchor.month, 6 * n)
            return f"{y:04d}-H{(mo - 1) // 6 + 1}", iso
        if unit == "dekade":
            return f"{(anchor.year + 10 * n) // 10:03d}", iso
        if unit == "abad":
            return f"{(anchor.year + 100 * n) // 100:02d}", iso
        return None

    def _h_relunit(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        unit = m.group("unit").lower()
        rel = " ".join(m.group("rel").lower().split())
        before = ctx.text[max(0, m.start() - len(unit) - 3) : m.start()]
        dup = re.search(rf"{unit}\s*-\s*$", before, re.I) if "-" in before else None
        if dup:
            lead = m.start() - len(dup.group())
            # tahun-tahun mendatang, bulan-bulan sebelumnya, musim - musim sebelumnya: the years
            # ahead, the months before
            ref = "PAST_REF" if rel in self.v.past else "FUTURE_REF" if rel in self.v.future else ""
            return [Cand(lead, m.end(), "DATE", ref, anchor=ctx.anchor_iso)] if ref else None
        if rel in ("sebelumnya", "berikutnya", "lagi", "ke depan", "kedepan"):
            if rel in ("lagi", "ke depan", "kedepan"):
                return None
            iso_unit = {"pekan": "W", "minggu": "W", "bulan": "M", "tahun": "Y"}.get(unit)
            if iso_unit is None:
                return None
            n = -1 if rel == "sebelumnya" else 1
            return [
                Cand(
                    m.start(),
                    m.end(),
                    "DATE",
                    "",
                    pending="relative",
                    info={"unit": iso_unit, "n": n},
                )
            ]
        got = self._unit_value(unit, rel, ctx.anchor)
        if got is None:
            return None
        return [Cand(m.start(), m.end(), "DATE", got[0], anchor=got[1])]

    def _h_posmod(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        pm = m.group("pm").lower()
        mod = self.v.position_mods[pm]
        anchor = ctx.anchor
        if m.group("unit"):
            unit = m.group("unit").lower()
            rel = m.group("rel") or ""
            if m.group("uy"):
                if unit != "tahun":
                    return None
                return [Cand(m.start(), m.end(), "DATE", m.group("uy"), mod=mod)]
            if unit in ("pekan", "minggu") and pm == "akhir":
                if not rel and anchor is not None and anchor.weekday() <= 2:
                    # early in the week a bare "akhir pekan" is the one just gone,
                    # unless the sentence speaks of what will happen
                    rel = "ini" if _future_cue(ctx.text, m.start(), self.future_cues) else "lalu"
                got = self._unit_value(unit, rel or "ini", anchor)
                if got is None:
                    return None
                return [Cand(m.start(), m.end(), "DATE", got[0] + "-WE", anchor=got[1])]
            if pm == "tengah" and not rel:
                return None
            if " ".join(rel.lower().split()) == "nanti" and mod != "START":
                # "akhir tahun nanti": the end still to come of this year, not next year's
                rel = "ini"
            got = self._unit_value(unit, rel or "ini", anchor)
            if got is None:
                return None
            return [Cand(m.start(), m.end(), "DATE", got[0], mod=mod, anchor=got[1])]
        if m.group("mon"):
            word = m.group("mon")
            if word.lower() == "mei" and word[0] == "m":
                return None
            month = self.v.months[word.lower()]
            value, a = self._month_value(
                ctx, m.start(), month, m.group("my"), m.group("mrel") or ""
            )
            return [Cand(m.start(), m.end(), "DATE", value, mod=mod, anchor=a)]
        if m.group("y"):
            if pm == "tengah":
                return None
            if m.group("an"):  # akhir 1990-an: the end of the decade
                return [Cand(m.start(), m.end("an"), "DATE", m.group("y")[:3], mod=mod)]
            out = [Cand(m.start(), m.end(), "DATE", m.group("y"), mod=mod)]
            rng = re.match(r"\s*[-–]\s*((?:19|20)\d{2})(?!\d)", ctx.text[m.end() : m.end() + 12])
            if rng and int(rng.group(1)) > int(m.group("y")):
                # "medio 2014-2016": from the middle of 2014 to 2016
                at = m.end() + rng.start(1)
                out.append(Cand(at, at + 4, "DATE", rng.group(1)))
            return out
        return None

    def _count(self, m: re.Match[str]) -> tuple[float | None, str, bool, bool] | None:
        """(count, ISO unit, clock unit?, vague?) of a number+unit or se-unit match."""
        if m.group("se"):
            unit_word = self.v.se_units[m.group("se").lower()]
            n: float | None = 1.0
        else:
            unit_word = m.group("unit").lower()
            raw = m.group("num")
            if raw.lower() in self.v.vague_numbers:
                n = None
            else:
                n = self.v.number(raw)
                if n is None or n <= 0:
                    return None
        iso, mult, clock = self.v.units[unit_word]
        if n is not None:
            n *= mult * (int(m.group("mul")) if m.group("mul") else 1)  # 2 x 24 jam
            if iso in YEARS_OF_UNIT and not float(n).is_integer():
                # "setengah abad": half a century is P50Y, not P0.5CE
                n, iso = n * YEARS_OF_UNIT[iso], "Y"
        return n, iso, clock, n is None

    def _quantity_mod(self, m: re.Match[str]) -> str | None:
        """The TimeML mod of a match's qualifier group ``qm`` (hampir, sekitar, ...)."""
        qualifier = m.group("qm")
        return self.v.quantity_mods.get(" ".join(qualifier.lower().split())) if qualifier else None

    def _h_nunit(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        got = self._count(m)
        if got is None:
            return None
        n, iso, clock, vague = got
        if (
            m.group("unit")
            and m.group("unit").lower() == "jam"
            and _word_after(ctx.text, m.end("unit"))
            in ("tangan", "dinding", "weker", "pasir", "gadang")
        ):
            return None  # tiga jam tangan: three watches
        if m.group("unit2"):
            return self._compound(m, n, iso, clock)
        if m.group("num") and m.group("num")[:1].isdigit():
            if ctx.text[m.start("num") - 1 : m.start("num")] in ("/", ".", ",", "-"):
                return None
            if n is not None and n > 10000:
                return None
        if not m.group("se") and (
            _word_before(ctx.text, m.start()) in ("nomor", "no", "nomer", "pasal", "ayat")
            or re.match(r"\s+(?:19|20)\d\d(?!\d)", ctx.text[m.end() : m.end() + 8])
        ):
            return None  # "Nomor 7 Tahun 2011" numbers a law
        mod = self._quantity_mod(m)
        tail = " ".join((m.group("tail") or "").lower().split())
        anchor = ctx.anchor
        past = tail in ("lalu", "yang lalu", "silam", "kemarin")
        future = tail in ("lagi", "mendatang", "yang akan datang", "nanti", "depan", "besok")
        if tail in ("mendatang", "yang akan datang") and _word_before(ctx.text, m.start()) in (
            "selama",
            "dalam",
            "sepanjang",
        ):
            # "selama lima hari mendatang": a stretch ahead, not the day it ends
            return [Cand(m.start(), m.end(), "DURATION", duration(n, iso, clock), mod=mod)]
        if tail == "lagi" and _word_before(ctx.text, m.start()) in _MORE_BEFORE:
            # "masih punya beberapa tahun lagi": a few more years, a stretch, not a day ahead
            return [Cand(m.start(), m.end(), "DURATION", duration(n, iso, clock), mod=mod)]
        if past or future:
            if mod and mod not in ("APPROX",):
                mod = "APPROX" if mod in ("LESS_THAN", "MORE_THAN") else mod
            if vague or clock or anchor is None:
                if vague or clock:
                    ref = "PAST_REF" if past else "FUTURE_REF"
                    return [Cand(m.start(), m.end(), "DATE", ref, mod=mod, anchor=ctx.anchor_iso)]
                return [
                    Cand(
                        m.start(), m.end(), "DATE", "XXXX-XX-XX" if iso in "DW" else "XXXX", mod=mod
                    )
                ]
            sign = -1 if past else 1
            value = shift(anchor, iso, sign * (n or 0))
            return [Cand(m.start(), m.end(), "DATE", value, mod=mod, anchor=anchor.isoformat())]
        lasted = _word_before(ctx.text, m.start()) in ("berlangsung", "selama", "sepanjang", "ada")
        if tail in _LATER and not (vague or clock or lasted):
            sign = -1 if tail == "sebelumnya" else 1
            return [
                Cand(
                    m.start(),
                    m.end(),
                    "DATE",
                    "",
                    mod=mod,
                    pending="relative",
                    info={"unit": iso, "n": sign * (n or 0)},
                )
            ]
        keep_tail = tail.startswith(("terakhir", "belakangan", "berturut")) or tail in (
            "ke depan",
            "kedepan",
        )
        if tail == "ini":
            # "beberapa hari ini", "dua pekan ini": the days up to now; but "pria 45 tahun
            # ini" is this man of 45
            keep_tail = iso in ("D", "W", "M") and not clock
        end = m.end() if keep_tail else m.end("se" if m.group("se") else "unit")
        return [Cand(m.start(), end, "DURATION", duration(n, iso, clock), mod=mod)]

    def _compound(
        self, m: re.Match[str], n: float | None, iso: str, clock: bool
    ) -> list[Cand] | None:
        """ "1 menit 23,5 detik", "2 tahun 3 bulan", "2 jam 5 menit dan 37,415 detik": one
        duration with two or three parts, largest first; parts out of that order ("5 tahun
        dan 10 tahun") are durations of their own."""
        order = ["CE", "DE", "Y", "M", "W", "D", "TH", "TM", "TS"]
        mod = self._quantity_mod(m)
        pieces: list[tuple[int, int, float | None, str, bool]] = [
            (m.start(), m.end("unit"), n, iso, clock)
        ]
        keys = [("T" if clock else "") + iso]
        for num, unit in (("num2", "unit2"), ("num3", "unit3")):
            if not m.group(unit):
                break
            nk = self.v.number(m.group(num))
            isok, multk, clockk = self.v.units[m.group(unit).lower()]
            pieces.append(
                (m.start(num), m.end(unit), None if nk is None else nk * multk, isok, clockk)
            )
            keys.append(("T" if clockk else "") + isok)
        ranks = [order.index(k) for k in keys]
        if any(p[2] is None for p in pieces):
            return None
        if any(a >= b for a, b in zip(ranks, ranks[1:], strict=False)):
            return [
                Cand(s, e, "DURATION", duration(k, u, c), mod=mod if i == 0 else None)
                for i, (s, e, k, u, c) in enumerate(pieces)
            ]
        parts = {key: p[2] for key, p in zip(keys, pieces, strict=True)}
        date = "".join(f"{iso_number(parts[k] or 0)}{k}" for k in order[:6] if k in parts)
        time = "".join(f"{iso_number(parts[k] or 0)}{k[1]}" for k in order[6:] if k in parts)
        value = "P" + date + (("T" + time) if time else "")
        return [Cand(m.start(), pieces[-1][1], "DURATION", value, mod=mod)]

    def _h_whole(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        iso, mult, clock = self.v.units[m.group("unit").lower()]
        mod = self._quantity_mod(m) if "qm" in m.re.groupindex else None
        return [Cand(m.start(), m.end(), "DURATION", duration(mult, iso, clock), mod=mod)]

    def _h_seasons(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        raw = m.group("num")
        n = None if raw.lower() in self.v.vague_numbers else self.v.number(raw)
        if n is not None and (n <= 0 or n > 200):
            return None
        return [Cand(m.start("num"), m.end(), "DURATION", duration(n, "Y", False))]

    def _h_set(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        if m.group("unit"):
            unit_word = m.group("unit").lower()
            iso, mult, clock = self.v.units[unit_word]
            n = self.v.number(m.group("num")) if m.group("num") else 1.0
            if n is None:
                return None
            return [Cand(m.start(), m.end(), "SET", duration(n * mult, iso, clock), quant="EVERY")]
        if m.group("num"):
            return None
        if m.group("wd"):
            wd = self.v.weekdays[m.group("wd").lower()]
            return [Cand(m.start(), m.end(), "SET", f"XXXX-WXX-{wd + 1}", quant="EVERY")]
        if m.group("season"):
            code = self.v.seasons[" ".join(m.group("season").lower().split())]
            return [Cand(m.start(), m.end(), "SET", f"XXXX-{code}", quant="EVERY")]
        if m.group("mon"):
            month = self.v.months[m.group("mon").lower()]
            return [Cand(m.start(), m.end(), "SET", f"XXXX-{month:02d}", quant="EVERY")]
        if m.group("hol"):
            key = self.v.holiday_key(m.group("hol"))
            if key in self.v.fixed_holidays:
                mo, d = self.v.fixed_holidays[key]
                return [Cand(m.start(), m.end(), "SET", f"XXXX-{mo:02d}-{d:02d}", quant="EVERY")]
            return [Cand(m.start(), m.end(), "SET", "P1Y", quant="EVERY")]  # a lunar feast: yearly
        code = self.v.parts_of_day[" ".join(m.group("part").lower().split())]
        return [Cand(m.start(), m.end(), "SET", f"XXXX-XX-XXT{code}", quant="EVERY")]

    def _h_freq(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        raw = m.group("num")
        times = 1.0 if raw.lower() == "se" else self.v.number(raw)
        if times is None or times <= 0 or not float(times).is_integer():
            return None
        unit_word = (
            self.v.se_units[m.group("se").lower()] if m.group("se") else m.group("unit").lower()
        )
        iso, mult, clock = self.v.units[unit_word]
        return [Cand(m.start(), m.end(), "SET", duration(mult, iso, clock), freq=f"{int(times)}X")]

    def _h_setadj(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        value = self.v.set_adjectives[m.group("adj").lower()]
        if _word_before(ctx.text, m.start()) in (
            "buku",
            "koran",
            "kabar",
            "pekerja",
            "buruh",
            "ketua",
        ):
            return None  # a diary, a daily paper, a day labourer, an executive chair
        nxt = ctx.text[m.end() : m.end() + 2].strip()
        if nxt[:1].isupper():
            return None  # "harian Kompas": a newspaper's name
        return [Cand(m.start(), m.end(), "SET", value)]

    def _h_daily(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        return [Cand(m.start(), m.end(), "SET", "P1D")]

    def _h_per(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        iso, mult, clock = self.v.units[m.group("unit").lower()]
        after = _word_after(ctx.text, m.end())
        if (
            after in _AS_OF
            or after in self.weekday_words
            or after in self.v.months
            or after in self.v.ordinals
            or after[:1].isdigit()
        ):
            return None  # "per hari ini", "per tahun 2017", "per bulan Juni": as of, no rate
        return [Cand(m.start(), m.end(), "SET", duration(mult, iso, clock))]

    def _h_suatu(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        if m.group("later"):
            return [Cand(m.start(), m.end(), "DATE", "FUTURE_REF", anchor=ctx.anchor_iso)]
        if m.group("hari"):
            return [Cand(m.start(), m.end(), "DATE", "XXXX-XX-XX")]
        code = self.v.parts_of_day[" ".join(m.group("part").lower().split())]
        return [Cand(m.start(), m.end(), "TIME", f"XXXX-XX-XXT{code}")]

    def _h_tadi(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        if _word_before(ctx.text, m.start()) not in _EVENT_NOUNS:
            return None  # "orang tadi": the one just mentioned, no time
        return [Cand(m.start(), m.end(), "DATE", "PAST_REF", anchor=ctx.anchor_iso)]

    def _h_clock(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        h = int(m.group("h") if m.group("h") is not None else m.group("h2"))
        mi_raw = m.group("mi") if m.group("h") is not None else m.group("mi2")
        mi = int(mi_raw) if mi_raw else 0
        if h > 24 or mi > 59:
            return None
        bare = (
            m.group("h") is not None and not mi_raw and not m.group("zone") and not m.group("part")
        )
        if bare and (m.group()[:1].lower() == "j" or m.group("qm")):
            return None  # "jam 10" alone is a time only after "pukul"
        part = m.group("part")
        if part:
            code = self.v.parts_of_day[" ".join(part.lower().split())]
            if code in ("AF", "EV", "NI") and h < 12:
                h += 12
        zone = ""
        if m.group("zone"):
            zone = self.zone_offsets[" ".join(m.group("zone").lower().split())]
        mod = self._quantity_mod(m)
        if mod and mod != "APPROX":
            return None
        out = [
            Cand(
                m.start(),
                m.end("first"),
                "TIME",
                f"T{h:02d}:{mi:02d}{zone}",
                mod=mod,
                pending="clock",
            )
        ]
        if m.group("second"):
            h3, mi3 = int(m.group("h3")), int(m.group("mi3"))
            if h3 > 24 or mi3 > 59:
                return out
            zone3 = (
                self.zone_offsets[" ".join(m.group("zone3").lower().split())]
                if m.group("zone3")
                else ""
            )
            out.append(
                Cand(
                    m.start("second"),
                    m.end(),
                    "TIME",
                    f"T{h3:02d}:{mi3:02d}{zone3}",
                    pending="clock",
                )
            )
        return out

    def _h_wdpart(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        if _word_before(ctx.text, m.start()) in ("pasar", "jalan", "jl"):
            return None
        wd = self.v.weekdays[m.group("wd").lower()]
        code = self.v.parts_of_day[" ".join(m.group("part").lower().split())]
        if m.group("d"):  # Selasa malam (21/11)
            if not (1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31):
                return None
            day, explicit = self._paren_date(m, ctx)
            if day is None:
                return None
            self._check_weekday(ctx, m, m.group("wd"), day)
            info: dict[str, Any] = {"explicit_day": day, "full": explicit, "weekday": True}
            return [
                Cand(
                    m.start(),
                    m.end(),
                    "TIME",
                    f"{day.isoformat()}T{code}",
                    anchor=None if explicit else ctx.anchor_iso,
                    info=info,
                )
            ]
        rel = " ".join((m.group("rel") or "").lower().split())
        return [
            Cand(
                m.start(),
                m.end(),
                "TIME",
                "",
                pending="weekday",
                info={"wd": wd, "suffix": f"T{code}", "rel": rel},
            )
        ]

    def _h_wdrange(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        a = self.v.weekdays[m.group("wd").lower()]
        b = self.v.weekdays[m.group("wd2").lower()]
        if m.group("d"):  # Jumat-Minggu (24-26/11): two dated days
            d1, d2, mo = int(m.group("d")), int(m.group("d2")), int(m.group("m"))
            if not (1 <= mo <= 12 and 1 <= d1 < d2 <= 31):
                return None
            if m.group("y"):
                year: int | None = _full_year(m.group("y"))
            else:
                year = closest_year(ctx.anchor, mo, d1) if ctx.anchor else None
            anchor = None if m.group("y") else ctx.anchor_iso
            out: list[Cand] = []
            for (start, end), d, wd_word in (
                ((m.start(), m.end("wd")), d1, m.group("wd")),
                ((m.start("wd2"), m.end()), d2, m.group("wd2")),
            ):
                day = _ymd(year, mo, d) if year else None
                if year and day is None:
                    return None
                if day is not None:
                    self._check_weekday(ctx, m, wd_word, day)
                value = day.isoformat() if day else f"XXXX-{mo:02d}-{d:02d}"
                out.append(
                    Cand(
                        start,
                        end,
                        "DATE",
                        value,
                        anchor=anchor,
                        info={"explicit_day": day, "weekday": True},
                    )
                )
            return out
        after = ctx.text[m.end() : m.end() + 30].lstrip()
        if re.match(
            r"(?:pekan|minggu|lalu|depan|ini|kemarin|mendatang|nanti|\()", after, re.IGNORECASE
        ):
            return None  # Senin-Rabu pekan depan: particular days
        if (a, b) == (5, 6):
            return [Cand(m.start(), m.end(), "SET", "XXXX-WXX-WE")]
        if a == 0 and b >= 4:  # Senin-Jumat, Senin sampai Sabtu: working days, a routine
            return [
                Cand(m.start(), m.end("wd"), "SET", f"XXXX-WXX-{a + 1}"),
                Cand(m.start("wd2"), m.end(), "SET", f"XXXX-WXX-{b + 1}"),
            ]
        return None

    def _h_wd(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        before = _word_before(ctx.text, m.start())
        if before in ("pasar", "jalan", "jl", "koran", "harian", "tabloid", "majalah"):
            return None
        wd = self.v.weekdays[m.group("wd").lower()]
        rel = " ".join((m.group("rel") or "").lower().split())
        future = _future_cue(ctx.text, m.start(), self.future_cues)
        return [
            Cand(
                m.start(),
                m.end(),
                "DATE",
                "",
                pending="weekday",
                info={"wd": wd, "rel": rel, "future": future},
            )
        ]

    def _h_part(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        part = " ".join(m.group("part").lower().split())
        pre = " ".join((m.group("pre") or "").lower().split())
        post = (m.group("post") or "").lower()
        anchor = ctx.anchor
        end = m.end()
        if post == "itu" and (pre or part == "semalam"):
            # "Semalam itu", "kemarin malam itu": "itu" points back at the night named
            post, end = "", m.end("hari") if m.group("hari") else m.end("part")
        if part == "tengah hari":
            clock = "T12:00"
        elif part == "tengah malam":
            clock = "T24:00"
        elif part == "semalam":
            if pre or post:
                return None
            clock, pre = "TNI", "kemarin"
        else:
            code = self.v.parts_of_day[part]
            if not (pre or post) and part != "dini hari":
                if m.group("hari") and self._bare_part(ctx.text, m):
                    # "pada malam hari": a night, of the day written nearby
                    bare: dict[str, Any] = {"bare_part": True}
                    return [
                        Cand(m.start(), m.end(), "TIME", f"T{code}", pending="clock", info=bare)
                    ]
                return None
            clock = f"T{code}"
        if post == "itu":
            # "malam itu": that night, of the day the text has just named
            info: dict[str, Any] = {"unit": "D", "back": 0, "suffix": clock}
            return [Cand(m.start(), m.end(), "TIME", "", pending="sameday", info=info)]
        offset = 0
        if pre == "kemarin" or post == "kemarin":
            offset = -1
        elif pre in ("besok", "esok"):
            offset = 1
        elif (pre == "tadi" or post == "tadi") and clock == "TNI":
            offset = -1
        if anchor is None:
            return [Cand(m.start(), end, "TIME", "XXXX-XX-XX" + clock)]
        day = anchor + dt.timedelta(days=offset)
        # "dini hari tadi, Jumat (9/3)": the offset lets the day written beside it count
        return [
            Cand(
                m.start(),
                end,
                "TIME",
                day.isoformat() + clock,
                anchor=anchor.isoformat(),
                info={
                    "offset": offset,
                    "this_part": offset == 0 and "ini" in (pre, post),
                    "past_part": "tadi" in (pre, post) or part == "semalam",
                },
            )
        ]

    def _bare_part(self, text: str, m: re.Match[str]) -> bool:
        """Whether a bare "pagi hari", "malam hari" is a time: after a preposition ("pada
        malam hari") and before no weekday ("makan malam hari Jumat" is a dinner)."""
        if _word_before(text, m.start()) not in _PART_PREPOSITIONS:
            return False
        return _word_after(text, m.end()) not in self.weekday_words

    def _h_ref(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        word = " ".join(m.group("ref").lower().split())
        if (
            word.startswith(("ke depan", "kedepan"))
            and _word_before(ctx.text, m.start()) in self.v.spatial_verbs
        ):
            return None  # "maju ke depan": forward, not the future
        if word in ("dulu", "dahulu", "dulunya"):
            # "lihat dulu" means "first"; only "yang dulu", "sejak dulu", "dulunya" are time
            if word != "dulunya" and _word_before(ctx.text, m.start()) not in self.v.past_cues:
                return None
            return [Cand(m.start(), m.end(), "DATE", "PAST_REF", anchor=ctx.anchor_iso)]
        return [Cand(m.start(), m.end(), "DATE", self.v.refs[word], anchor=ctx.anchor_iso)]

    def _h_year(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        text = ctx.text
        ys = m.start("y")
        prev = text[ys - 1 : ys]
        if prev and (prev in "./,:-–$" or prev.isalnum()) and not m.group("th"):
            return None
        tail = text[max(0, ys - 12) : ys].split()
        if tail and tail[-1].lower() in self.v.months:
            named = _NAMED_DATE.search(text[max(0, ys - 60) : ys])
            if named and named.group(1).lower() in _NAMED_AFTER:
                return None  # Universitas 17 Agustus 1945
        nxt = text[m.end("y") : m.end("y") + 2]
        if re.match(r"[.,]\d", nxt) or nxt[:1] in ("%",):
            return None
        if not m.group("th"):
            if _word_before(text, m.start()) in self.v.year_blockers_before:
                return None
            if (
                _word_after(text, m.end("an") if m.group("an") else m.end("y"))
                in self.v.year_blockers_after
            ):
                return None
        year = int(m.group("y"))
        if m.group("an"):
            value = f"{year // 10:03d}"
            return [Cand(m.start(), m.end("an"), "DATE", value)]
        out = [
            Cand(
                m.start(),
                m.end() if m.group("rel") and not m.group("y2") else m.end("y"),
                "DATE",
                f"{year:04d}",
            )
        ]
        if m.group("y2"):
            raw2 = m.group("y2")
            y2 = int(raw2) if len(raw2) == 4 else year // 100 * 100 + int(raw2)
            if "/" in text[m.end("y") : m.start("y2")] or (len(raw2) == 2 and y2 == year + 1):
                # musim 2015/16, tahun ajaran 2017/2018, musim 2016-17: one season, named by
                # the year it starts
                if y2 != year + 1:
                    return None
                return [Cand(m.start(), m.end("y2"), "DATE", f"{year:04d}")]
            if y2 > year and y2 - year < 100:
                if _word_after(text, m.end()) in self.v.year_blockers_after:
                    return None
                out.append(Cand(m.start("y2"), m.end(), "DATE", f"{y2:04d}"))
        return out

    def _h_quarter(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        kind = m.group("kind").lower()
        raw = m.group("ord")
        n = (
            self.v.ordinals.get(raw)
            or self.v.ordinals.get(raw.lower())
            or self.v.ordinals.get(raw.upper())
        )
        if n is None:
            return None
        half = kind in ("semester", "paruh")
        if kind == "paruh" and not (m.group("y") or m.group("rel")):
            return None  # "paruh kedua" of a match
        if half and n > 2:
            return None
        anchor = None
        if m.group("y"):
            year: int | None = int(m.group("y"))
        elif m.group("rel"):
            rel = " ".join(m.group("rel").lower().split())
            delta = _rel_delta(rel)
            year = ctx.anchor.year + delta if ctx.anchor else None
            anchor = ctx.anchor_iso
        else:
            year = ctx.anchor.year if ctx.anchor else None
            anchor = ctx.anchor_iso
        label = f"H{n}" if half else f"Q{n}"
        raw2 = m.group("ord2")
        if raw2:
            n2 = self._ordinal(raw2)
            if n2 is None or n2 <= n or (half and n2 > 2):
                return None
            if not half and n2 == n + 1 and n % 2:
                # kuartal pertama dan kedua: the first half; one span, as TimeML writes it
                label = f"H{(n + 1) // 2}"
            else:
                # two quarters or halves that make no single TimeML value: one each
                lab2 = f"H{n2}" if half else f"Q{n2}"
                yv = f"{year:04d}" if year else "XXXX"
                return [
                    Cand(m.start(), m.end("ord"), "DATE", f"{yv}-{label}", anchor=anchor),
                    Cand(m.start("ord2"), m.end(), "DATE", f"{yv}-{lab2}", anchor=anchor),
                ]
        value = f"{year:04d}-{label}" if year else f"XXXX-{label}"
        return [Cand(m.start(), m.end(), "DATE", value, anchor=anchor)]

    def _ordinal(self, raw: str) -> int | None:
        raw = re.sub(r"^ke-?\s*(?=\d)", "", raw, flags=re.IGNORECASE)
        return self.v.ordinals.get(raw) or self.v.ordinals.get(raw.lower())

    def _h_holiday(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        key = self.v.holiday_key(m.group("hol") or m.group("hol2"))
        rel = " ".join((m.group("rel") or "").lower().split())
        step = _rel_step(rel.removeprefix("tahun ")) if rel else None
        days_off = int(m.group("hn") or 0) * (-1 if m.group("hs") == "-" else 1)
        anchor = ctx.anchor
        explicit_year = int(m.group("y")) if m.group("y") else None
        used_anchor = None

        def dates_for(year: int) -> dt.date | None:
            if key in self.v.fixed_holidays:
                mo, d = self.v.fixed_holidays[key]
                return _ymd(year, mo, d)
            raw = self.v.lunar_holidays.get(key, {}).get(year)
            return dt.date.fromisoformat(raw) if raw else None

        day: dt.date | None = None
        if explicit_year is not None:
            day = dates_for(explicit_year)
            if day is None:
                ctx.warnings.append(f"timex {m.group()!r}: no date known for {key} {explicit_year}")
                return [Cand(m.start(), m.end(), "DATE", f"{explicit_year:04d}")]
        elif anchor is not None:
            used_anchor = anchor.isoformat()
            options = [
                x for x in (dates_for(y) for y in range(anchor.year - 1, anchor.year + 2)) if x
            ]
            if step == -1:
                options = [x for x in options if x < anchor]
                day = max(options) if options else None
            elif step == 1:
                options = [x for x in options if x > anchor]
                day = min(options) if options else None
            elif step == 0:
                day = dates_for(anchor.year)
            else:
                day = min(options, key=lambda x: abs((x - anchor).days)) if options else None
            if day is None:
                ctx.warnings.append(f"timex {m.group()!r}: no date known for {key} near {anchor}")
                return None
        else:
            if key in self.v.fixed_holidays:
                mo, d = self.v.fixed_holidays[key]
                return [Cand(m.start(), m.end(), "DATE", f"XXXX-{mo:02d}-{d:02d}")]
            return None
        if day is None:
            return None
        day += dt.timedelta(days=days_off)
        value = day.isoformat()
        if key.startswith("Malam"):
            value += "TNI"
            return [Cand(m.start(), m.end(), "TIME", value, anchor=used_anchor)]
        info: dict[str, Any] = {"holiday": day}
        return [Cand(m.start(), m.end(), "DATE", value, anchor=used_anchor, info=info)]

    def _h_season(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        code = self.v.seasons[" ".join(m.group("season").lower().split())]
        if m.group("y"):
            return [Cand(m.start(), m.end(), "DATE", f"{m.group('y')}-{code}")]
        if ctx.anchor is None:
            return [Cand(m.start(), m.end(), "DATE", f"XXXX-{code}")]
        rel = " ".join((m.group("rel") or "").lower().split())
        if not rel and self._generic_season(ctx.text, m.start(), m.group("season")):
            return [Cand(m.start(), m.end(), "DATE", f"XXXX-{code}")]
        year = _season_year(ctx.anchor, code, _rel_delta(rel))
        return [Cand(m.start(), m.end(), "DATE", f"{year:04d}-{code}", anchor=ctx.anchor_iso)]

    @staticmethod
    def _generic_season(text: str, start: int, season: str) -> bool:
        """Whether a bare "musim panas" speaks of any summer: the text has just described a
        yearly routine ("terjadi setiap musim panas"), or its sentence a habit ("biasanya")."""
        before = text[max(0, start - 600) : start]
        if re.search(rf"(?:setiap|tiap|saban)\s+musim\s+{re.escape(season)}(?!\w)", before, re.I):
            return True
        ends = [k.end() for k in _CLAUSE_END.finditer(before)]
        sentence = before[ends[-1] :] if ends else before
        return _HABIT.search(sentence) is not None

    def _h_sameday(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        unit = "D" if m.group("day") else "Y" if m.group("unit").lower() == "tahun" else "M"
        if m.group("back") and unit != "M":
            return None
        # "bulan yang sama tahun lalu": that month, a year earlier
        info = {"unit": unit, "back": 1 if m.group("back") else 0}
        return [Cand(m.start(), m.end(), "DATE", "", pending="sameday", info=info)]

    def _h_decade(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        return [Cand(m.start(), m.end(), "DATE", f"19{m.group('yy')[0]}")]

    def _h_redup(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        iso, _, clock = self.v.units[m.group("unit").lower()]
        return [Cand(m.start(), m.end(), "DURATION", duration(None, iso, clock))]

    def _h_century(self, m: re.Match[str], ctx: _Ctx) -> list[Cand] | None:
        raw = m.group("n")
        if raw.isdigit():
            n = int(raw)
        else:
            romans = {"I": 1, "V": 5, "X": 10}
            n = 0
            for a, b in zip(raw, raw[1:] + " ", strict=True):
                va, vb = romans[a], romans.get(b, 0)
                n += -va if va < vb else va
        if not 1 <= n <= 30:
            return None
        return [Cand(m.start(), m.end(), "DATE", f"{n - 1:02d}")]


_INSTANCE: Recogniser | None = None


def recogniser() -> Recogniser:
    """The shared recogniser (built on first use)."""
    global _INSTANCE
    if _INSTANCE is None:
        _INSTANCE = Recogniser(vocab())
    return _INSTANCE
