"""Component ``warta_aliases``: mentions grouped into entities with aliases and roles.

Reads ``doc.ents`` (PER/ORG/LOC) and writes ``doc._.entities``: a list of
:class:`warta.record.Entity`, ids ``e1``, ``e2``, ... in order of first mention.

Within one article, mentions are grouped when

- they have the same name (case-insensitive);
- one defines the other as an acronym: "Amerika Serikat (AS)", "ISW (Institute for the
  Study of War)", "... yang dikenal dengan akronim GUR";
- both name the same country ("AS" and "Amerika Serikat" -> US);
- one is a short form of a single longer name: "Kirby" -> "John Kirby" (a person's name
  words), "ISW" -> "Institute for the Study of War" (initials), "Kementerian Pertahanan"
  -> "Kementerian Pertahanan Rusia" (an organisation's leading words). A short form that
  fits two different long names is left alone.

Titles and roles in front of a person ("Juru bicara keamanan nasional AS John Kirby",
"Presiden Joko Widodo") and in apposition after one ("Pat Ryder, juru bicara Pentagon,")
are stored as roles, not as part of the name. Countries get their ISO 3166-1 alpha-2 code
(pycountry's Indonesian names plus ``lang/id/countries.json``); places the shipped
gazetteer (``lang/id/places.json``, from GeoNames) knows get lat/lon and their country.

Other components use :func:`entity_at` to link a stretch of text (a quote's speaker) to an
entity id.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc, Span, Token

from .. import extensions  # noqa: F401  (registers Doc._ attributes)
from ..lang import id as lang
from ..record import Entity
from ..record import Span as TextSpan

LABELS = ("PER", "ORG", "LOC")
#: at most this many tokens are read leftwards from a name looking for its role
ROLE_WINDOW = 8
_ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z0-9&\-.]{2,10}$")
_DEFINE_VERBS = frozenset({"dikenal", "disebut", "disingkat", "disingkatkan", "bernama"})
_DEFINE_FILLERS = frozenset(
    {"dengan", "sebagai", "akronim", "singkatan", "nama", "sebutan", "julukan"}
)


@functools.cache
def _define_verb_hashes() -> Any:
    return numpy.fromiter((hash_string(v) for v in _DEFINE_VERBS), dtype="uint64")


# -- public helper ---------------------------------------------------------------------


def entity_at(doc: Doc, start_char: int, end_char: int) -> str | None:
    """The id of the entity whose mention best covers ``text[start_char:end_char]``.

    Uses ``doc._.entities`` (run the ``aliases`` component first). A mention counts when it
    overlaps the range; the one with the largest overlap wins, ties going to the earlier
    entity. Returns ``None`` when no mention overlaps (or the range is empty). Lookups use an
    index built once per entity list (kept in ``doc.user_data``), so calling this for every
    quote of a long article stays fast.

    >>> entity_at(doc, quote.speaker.start, quote.speaker.end)  # doctest: +SKIP
    'e3'
    """
    entities = doc._.entities or []
    cached = doc.user_data.get("warta_entity_index")
    if cached is None or cached[0] is not entities or cached[1] != len(entities):
        cached = (entities, len(entities), EntityIndex(entities))
        doc.user_data["warta_entity_index"] = cached
    index: EntityIndex = cached[2]
    return index.at(start_char, end_char)


class EntityIndex:
    """Mentions of a list of entities, sorted for range lookups (see :func:`entity_at`)."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        rows = sorted(
            (m.start, m.end, rank, e.id) for rank, e in enumerate(entities) for m in e.mentions
        )
        self._starts = [r[0] for r in rows]
        self._rows = rows
        self._longest = max((r[1] - r[0] for r in rows), default=0)

    def at(self, start_char: int, end_char: int) -> str | None:
        if end_char <= start_char or not self._rows:
            return None
        lo = bisect.bisect_left(self._starts, start_char - self._longest)
        hi = bisect.bisect_left(self._starts, end_char)
        best: tuple[int, int] = (0, 0)
        found: str | None = None
        for m_start, m_end, rank, entity_id in self._rows[lo:hi]:
            overlap = min(end_char, m_end) - max(start_char, m_start)
            if overlap > 0 and (overlap, -rank) > best:
                best = (overlap, -rank)
                found = entity_id
        return found


# -- language data ---------------------------------------------------------------------


@functools.cache
def title_words() -> frozenset[str]:
    """Lower-cased words of ``titles.txt`` (titles, ranks, role heads)."""
    words: set[str] = set()
    for entry in lang.lines("titles.txt"):
        words.update(entry.lower().split())
    return frozenset(words)


@functools.cache
def role_stops() -> frozenset[str]:
    return frozenset(w.lower() for w in lang.lines("role_stops.txt"))


@functools.cache
def label_overrides() -> dict[str, str]:
    return {k: v for k, v in lang.data("entity_labels.json").items() if not k.startswith("_")}


def _fold(text: str) -> str:
    """Case- and accent-insensitive key for a name."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


@functools.cache
def country_names() -> dict[str, str]:
    """Folded country name -> ISO alpha-2: pycountry (Indonesian and English) + alias table."""
    import gettext

    import pycountry

    try:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
        translate = tr.gettext
    except OSError:  # pragma: no cover - pycountry ships its locales

        def translate(message: str) -> str:
            return message

    names: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if not value:
                continue
            for form in (value, translate(value)):
                names.setdefault(_fold(form), code)
                if "," in form:  # "Iran, Republik Islam" -> "Iran"
                    names.setdefault(_fold(form.split(",")[0]), code)
    for alias, code in lang.data("countries.json").items():
        if not alias.startswith("_"):
            names[_fold(alias)] = code
    return names


def country_code(name: str) -> str | None:
    """ISO alpha-2 code of a country named in Indonesian (or English), else ``None``.

    >>> country_code("Korea Utara"), country_code("Rusia"), country_code("Jakarta")
    ('KP', 'RU', None)
    """
    return country_names().get(_fold(name))


@functools.cache
def _places() -> dict[str, list[float | str]]:
    try:
        places = lang.data("places.json")
    except FileNotFoundError:
        return {}
    return {_fold(k): v for k, v in places.items() if not k.startswith("_")}


def place(name: str) -> tuple[float, float, str] | None:
    """(lat, lon, country) of a place the shipped gazetteer knows, else ``None``."""
    found = _places().get(_fold(name))
    if not found:
        return None
    lat, lon, cc = found[0], found[1], found[2]
    return float(lat), float(lon), str(cc)


# -- acronyms ----------------------------------------------------------------------------


def is_acronym(text: str) -> bool:
    """Two or more capitals, no lower case: "AS", "ISW", "TNI-AD"."""
    return bool(_ACRONYM.match(text))


def defines(acronym: str, long_form: str) -> bool:
    """Whether ``acronym`` abbreviates ``long_form`` (Schwartz & Hearst 2003).

    Every letter or digit of the acronym must occur in the long form, right to left, the
    first one at the start of a word.

    >>> defines("ISW", "Institute for the Study of War"), defines("AS", "Jakarta")
    (True, False)
    """
    short = [c.lower() for c in acronym if c.isalnum()]
    long = long_form.lower()
    if len(short) < 2 or len(long) <= len(short):
        return False
    li = len(long) - 1
    for si in range(len(short) - 1, -1, -1):
        c = short[si]
        while li >= 0 and (long[li] != c or (si == 0 and li > 0 and long[li - 1].isalnum())):
            li -= 1
        if li < 0:
            return False
        li -= 1
    return True


# -- mentions ----------------------------------------------------------------------------


@dataclass
class _Mention:
    start: int  # token offsets of the name (titles cut off)
    end: int
    label: str
    text: str
    start_char: int
    end_char: int
    roles: list[str] = field(default_factory=list)
    key: str = ""  # folded name
    words: list[str] = field(default_factory=list)
    folded: list[str] = field(default_factory=list)  # folded words

    def __post_init__(self) -> None:
        self.key = _fold(self.text)
        self.words = self.text.split()
        self.folded = self.key.split()


def _name_start(span: Span) -> int:
    """First token of a name: after a PER span's leading titles and any span's leading
    lower-case words ("desa Plekhovo" -> "Plekhovo")."""
    titles = title_words()
    start = span.start
    doc = span.doc
    while start < span.end - 1 and (
        doc[start].is_lower or (span.label_ == "PER" and doc[start].lower_.rstrip(".") in titles)
    ):
        start += 1
    return start


def _role_text(tokens: Iterable[Token], doc: Doc) -> str:
    """A role as stored: lower case, except acronyms and words inside other entities."""
    words = []
    for tok in tokens:
        keep = tok.ent_type_ not in ("", "PER") or is_acronym(tok.text)
        words.append(tok.text if keep else tok.text.lower())
    out = " ".join(words)
    out = re.sub(r"\s+([,.)])", r"\1", out)
    return out.strip(" ,")


def _is_verb_like(word: str) -> bool:
    """A lower-case word with a verbal prefix ("bertemu", "mengatakan", "ditahan")."""
    return len(word) > 5 and word.islower() and word.startswith(("me", "ber", "di", "ter"))


def _roles_before(doc: Doc, start: int, span_start: int, per_tokens: set[int]) -> str | None:
    """The role phrase in front of a name: titles inside the span plus words to the left.

    Reads leftwards (at most ``ROLE_WINDOW`` tokens, stopping at punctuation, numbers, other
    persons, ``role_stops.txt`` words and verb-like words) and starts the role at the block of
    title words nearest to the name: "... bertemu Perdana Menteri India Narendra Modi" ->
    "perdana menteri India".
    """
    titles = title_words()
    stops = role_stops()
    left = span_start
    i = span_start - 1
    while i >= 0 and span_start - i <= ROLE_WINDOW:
        tok = doc[i]
        if tok.is_punct or tok.is_space or tok.like_num or i in per_tokens:
            break
        lower = tok.lower_
        if lower in stops or (lower not in titles and _is_verb_like(tok.text)):
            break
        left = i
        if tok.is_sent_start:
            break
        i -= 1
    head = None
    j = start - 1
    while j >= left:  # the nearest title word, then the start of its block
        if doc[j].lower_.rstrip(".") in titles:
            head = j
            while head - 1 >= left and doc[head - 1].lower_.rstrip(".") in titles:
                head -= 1
            break
        j -= 1
    if head is None:
        return None
    role = _role_text(doc[head:start], doc)
    return role or None


def _roles_after(doc: Doc, end: int) -> str | None:
    """An apposition: "John Kirby, juru bicara Gedung Putih, ..." -> "juru bicara Gedung Putih"."""
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in title_words():
        return None
    if doc[end + 1].is_sent_start:
        return None
    j = end + 1
    while j < len(doc) and j - end <= ROLE_WINDOW and not doc[j].is_punct:
        if j > end + 1 and doc[j].is_sent_start:
            break
        j += 1
    if j >= len(doc) or doc[j].text not in {",", ".", ";", ")"}:
        return None
    return _role_text(doc[end + 1 : j], doc) or None


def _mentions(doc: Doc) -> list[_Mention]:
    per_tokens = {t.i for e in doc.ents if e.label_ == "PER" for t in e}
    out = []
    for span in doc.ents:
        if span.label_ not in LABELS:
            continue
        start = _name_start(span)
        name = doc[start : span.end]
        mention = _Mention(
            start=start,
            end=span.end,
            label=span.label_,
            text=name.text,
            start_char=name.start_char,
            end_char=name.end_char,
        )
        if span.label_ == "PER":
            before = _roles_before(doc, start, span.start, per_tokens)
            after = _roles_after(doc, span.end)
            mention.roles = [r for r in (before, after) if r]
        out.append(mention)
    return out


# -- grouping ----------------------------------------------------------------------------


class _Groups:
    """Union-find over mention indices."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _acronym_links(doc: Doc, mentions: list[_Mention]) -> list[tuple[int, int]]:
    """Pairs of mentions written "Long Form (ACR)" or "ACR (Long Form)"."""
    by_start = {m.start: i for i, m in enumerate(mentions)}
    links = []
    for i, m in enumerate(mentions):
        if m.end + 2 < len(doc) and doc[m.end].text == "(":
            j = by_start.get(m.end + 1)
            if j is not None and mentions[j].end < len(doc) and doc[mentions[j].end].text == ")":
                inner = mentions[j]
                if _is_definition(inner.text, m) or _is_definition(m.text, inner):
                    links.append((i, j))
    return links


def _untagged_acronyms(
    doc: Doc, mentions: list[_Mention], defined: list[tuple[int, tuple[int, int] | None]]
) -> list[_Mention]:
    """Acronyms the model left untagged after "Long Form (" or "dikenal dengan akronim"."""
    taken = {t for m in mentions for t in range(m.start, m.end)}
    found: dict[int, str] = {}
    for m in mentions:
        k = m.end + 1
        if (
            k + 1 < len(doc)
            and doc[m.end].text == "("
            and doc[k + 1].text == ")"
            and k not in taken
            and is_acronym(doc[k].text)
            and abbreviates(doc[k].text, m.text)
        ):
            found[k] = m.label
    for k, _ in defined:
        if k not in taken and k not in found and is_acronym(doc[k].text):
            found[k] = "ORG"
    return [
        _Mention(k, k + 1, label, doc[k].text, doc[k].idx, doc[k].idx + len(doc[k].text))
        for k, label in sorted(found.items())
    ]


def _is_definition(short: str, long: _Mention) -> bool:
    if long.label == "PER":
        first = short.split()[0] if short.split() else ""
        return len(short.split()) == 1 and any(
            w[:2].lower() == first[:2].lower() for w in long.words
        )
    return is_acronym(short) and abbreviates(short, long.text, long.label == "ORG")


def abbreviates(acronym: str, long_form: str, organisation: bool = False) -> bool:
    """Whether "long_form (acronym)" defines the acronym.

    The acronym must start with the long form's first letter and abbreviate it
    (:func:`defines`) -- "Departemen Pertahanan Amerika Serikat (AS)" does not define "AS".
    An organisation's name of two or more words may also carry a foreign acronym whose
    letters do not match at all ("Direktorat Intelijen Utama (GUR)"), unless a tail of the
    name abbreviates to it.
    """
    words = long_form.split()
    if not words or not acronym:
        return False
    if acronym[0].lower() == words[0][0].lower():
        return defines(acronym, long_form) or (organisation and len(words) >= 2)
    if not organisation or len(words) < 2:
        return False
    return not any(defines(acronym, " ".join(words[k:])) for k in range(1, len(words)))


def _defined_acronyms(doc: Doc) -> list[tuple[int, tuple[int, int] | None]]:
    """'<description> yang dikenal dengan akronim X': (token of X, description tokens or None)."""
    found: list[tuple[int, tuple[int, int] | None]] = []
    n = len(doc)
    lower = doc.to_array(LOWER).astype("uint64", copy=False)
    for i in numpy.flatnonzero(numpy.isin(lower, _define_verb_hashes())).tolist():
        j = i + 1
        while j < n and j - i <= 3 and doc[j].lower_ in _DEFINE_FILLERS:
            j += 1
        if j >= n or not doc[j].text[:1].isupper() or doc[j].is_sent_start:
            continue
        k = i - 1 if i > 0 and doc[i - 1].lower_ == "yang" else i
        if k > 0 and doc[k - 1].text == ",":
            k -= 1  # "Badan intelijen militer Ukraina, yang dikenal ..."
        # the description: up to 5 words before "yang", stopping at punctuation
        left = k
        while left > 0 and k - left < 5:
            prev = doc[left - 1]
            if prev.is_punct or prev.lower_ in role_stops():
                break
            left -= 1
            if prev.is_sent_start:
                break
        found.append((j, (left, k) if left < k else None))
    return found


class Aliases:
    """Group ``doc.ents`` into ``doc._.entities`` (see the module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.entities = group(doc)
        return doc


def group(doc: Doc) -> list[Entity]:
    """The entities of a Doc whose ``doc.ents`` are set (the component's work)."""
    mentions = _mentions(doc)
    if not mentions:
        return []
    defined = _defined_acronyms(doc)
    mentions = sorted(mentions + _untagged_acronyms(doc, mentions, defined), key=lambda m: m.start)
    links = _acronym_links(doc, mentions)
    by_start = {m.start: i for i, m in enumerate(mentions)}
    by_end = {m.end: i for i, m in enumerate(mentions)}
    descriptions: dict[int, list[str]] = {}
    for tok_i, words in defined:
        target = by_start.get(tok_i)
        if target is None or words is None:
            continue
        left, right = words
        source = by_end.get(right)
        if (
            source is not None
            and mentions[source].start == left
            and mentions[source].label == "ORG"
        ):
            links.append((source, target))  # "Badan Intelijen Pertahanan yang disebut GUR"
        else:
            description = _role_text(doc[left:right], doc)
            if description:
                descriptions.setdefault(target, []).append(description)

    groups = _Groups(len(mentions))
    for a, b in links:
        groups.union(a, b)
    # same name
    first_by_key: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if m.key in first_by_key:
            groups.union(first_by_key[m.key], i)
        else:
            first_by_key[m.key] = i
    # same country
    first_by_country: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if m.label == "PER":
            continue
        code = country_code(m.text)
        if code:
            if code in first_by_country:
                groups.union(first_by_country[code], i)
            else:
                first_by_country[code] = i
    _short_forms(mentions, groups)

    clusters: dict[int, list[int]] = {}
    for i in range(len(mentions)):
        clusters.setdefault(groups.find(i), []).append(i)
    entities: list[Entity] = []
    for members in sorted(clusters.values(), key=lambda ms: min(mentions[i].start for i in ms)):
        entities.append(
            _entity(
                len(entities) + 1,
                [mentions[i] for i in members],
                [d for i in members for d in descriptions.get(i, [])],
            )
        )
    return entities


def _short_forms(mentions: list[_Mention], groups: _Groups) -> None:
    """Join short forms to the one longer name they fit ("Kirby" -> "John Kirby")."""
    by_word: dict[str, list[int]] = {}  # folded word -> longer mentions holding it
    by_initial: dict[str, list[int]] = {}  # first letter -> ORG mentions (for acronyms)
    firsts: dict[str, int] = {}
    for j, other in enumerate(mentions):
        if other.key in firsts:
            continue
        firsts[other.key] = j
        if len(other.folded) > 1:
            for w in set(other.folded):
                by_word.setdefault(w, []).append(j)
            if other.label == "ORG":
                by_initial.setdefault(other.folded[0][:1], []).append(j)
    done: dict[str, int | None] = {}
    for i, m in enumerate(mentions):
        if m.key in done:
            target = done[m.key]
            if target is not None:
                groups.union(target, i)
            continue
        candidates: set[int] = set()
        words = m.folded
        pool: list[int] = []
        if words:
            pool = by_word.get(words[0], [])
            if m.label != "PER" and is_acronym(m.text):
                pool = pool + by_initial.get(words[0][:1], [])
        for j in pool:
            other = mentions[j]
            if len(other.folded) <= len(words) or other.key == m.key:
                continue
            fits = False
            if m.label == "PER" and other.label == "PER":
                fits = all(w in other.folded for w in words)
            elif m.label != "PER" and other.label == "ORG":
                fits = (is_acronym(m.text) and defines(m.text, other.text)) or (
                    m.label == "ORG" and other.folded[: len(words)] == words
                )
            if fits:
                candidates.add(groups.find(j))
        target = candidates.pop() if len(candidates) == 1 else None
        done[m.key] = target
        if target is not None:
            groups.union(target, i)


def _entity(number: int, members: list[_Mention], descriptions: list[str]) -> Entity:
    members = sorted(members, key=lambda m: m.start)
    labels = Counter(m.label for m in members)
    label = max(labels.items(), key=lambda kv: (kv[1], kv[0] == members[0].label))[0]

    def fullness(m: _Mention) -> tuple[int, int, int]:
        return (0 if is_acronym(m.text) and len(members) > 1 else 1, len(m.words), len(m.text))

    name = max(members, key=fullness).text
    surface: list[str] = []
    for m in members:
        if m.text not in surface:
            surface.append(m.text)
    aliases = [s for s in surface if s != name]
    for s in [name, *aliases]:
        if s in label_overrides():
            label = label_overrides()[s]
            break
    roles: list[str] = []
    for role in [r for m in members for r in m.roles] + descriptions:
        if role not in roles:
            roles.append(role)
    country = None
    lat = lon = None
    if label != "PER":
        for s in [name, *aliases]:
            country = country_code(s)
            if country:
                break
        if country is None and label == "LOC":
            for s in [name, *aliases]:
                found = place(s)
                if found:
                    lat, lon, country = found
                    break
    return Entity(
        id=f"e{number}",
        label=label,  # type: ignore[arg-type]
        name=name,
        aliases=aliases,
        roles=roles,
        mentions=[TextSpan(start=m.start_char, end=m.end_char, text=m.text) for m in members],
        country=country,
        lat=lat,
        lon=lon,
    )


@Language.factory("warta_aliases", assigns=["doc._.entities"], requires=["doc.ents"])
def make_aliases(nlp: Language, name: str) -> Aliases:
    return Aliases()
