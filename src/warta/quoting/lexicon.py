"""The word lists the quote finder reads, loaded once from ``warta/lang/id/quote_*`` (and the
name evidence ``names_*.txt`` built by ``training/quotes/build_name_evidence.py``)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..lang import id as lang


@dataclass(frozen=True)
class Lexicon:
    """Every list the quote finder uses, lower-cased (outlets keep their spelling)."""

    verbs: frozenset[str]
    weak: frozenset[str]
    cues: frozenset[str]
    passive: frozenset[str]
    according: frozenset[str]
    pronouns: dict[str, str]
    sources: frozenset[str]
    quantifiers: frozenset[str]
    discourse: tuple[str, ...]
    roles: frozenset[str]
    fields: frozenset[str]
    orgwords: frozenset[str]
    places: frozenset[str]
    via: tuple[str, ...]
    outlets: dict[str, str]
    channels: tuple[str, ...]
    orgs: frozenset[str]
    title_phrases: frozenset[str]
    trigger: re.Pattern[str]
    channel_re: re.Pattern[str]
    #: words the news corpus writes in lower case (``names_lowercase.txt``): opening a
    #: sentence with a capital they are common words, not given names
    common: frozenset[str] = frozenset()
    #: capitalised words that name a region or a club, never a person: one-word places and
    #: organisations of the NER corpora, and places of the gazetteer outside Indonesia,
    #: without the words the NER corpora tag inside a person's name
    affiliations: frozenset[str] = frozenset()
    #: the NER corpora's part of ``affiliations`` (``names_affiliations.txt``: "Chelsea",
    #: "Inter"), without the gazetteer's places abroad, some of which are given names
    clubs: frozenset[str] = frozenset()
    #: place names of several words (gazetteer and country names: "Hong Kong")
    place_names: frozenset[str] = frozenset()
    #: words the NER corpora tag inside a person's name (``names_persons.txt``)
    persons: frozenset[str] = frozenset()
    #: role words the NER corpora tag inside a person's name at least as often as right
    #: before one (``names_given_titles.txt``: "imam", "ratu"): also given names
    given_titles: frozenset[str] = frozenset()
    #: other words the news corpus writes in lower case at least twice
    #: (``names_lowercase_some.txt``: "usaha", "komika")
    common_some: frozenset[str] = frozenset()
    #: people who speak for an organisation without being named
    #: (``quote_sources_spokespeople.txt``: "pejabat", "juru bicara")
    spokespeople: frozenset[str] = frozenset()


def _set(name: str) -> frozenset[str]:
    return frozenset(entry.lower() for entry in lang.lines(name))


def _longest_first(name: str) -> tuple[str, ...]:
    return tuple(sorted({e.lower() for e in lang.lines(name)}, key=lambda s: (-len(s), s)))


_Trie = dict[str, "_Trie"]


def _trie(words: list[str]) -> str:
    """One regular expression for a set of words, factored by shared prefixes (a flat
    alternation of a few hundred words is tried word by word at every position)."""
    tree: _Trie = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if ends else body

    return "(?:" + emit(tree) + ")"


_NAME_LIKE_PLACES = frozenset(("ID", "CN", "TW", "HK", "MO", "KR", "KP", "VN", "SG"))


def _affiliations(named: frozenset[str], persons: frozenset[str]) -> frozenset[str]:
    """One-word affiliations: ``named`` (``names_affiliations.txt``) plus one-word places
    abroad, less the words the NER corpora tag in persons' names."""
    places = lang.data("places.json")
    abroad = {
        name
        for name, value in places.items()
        if not name.startswith("_")
        and isinstance(value, list)
        # Indonesian towns double as given names ("Bima"), and Chinese, Korean and
        # Vietnamese places share their syllables with personal names ("Shang", "Jin")
        and value[-1] not in _NAME_LIKE_PLACES
        and " " not in name
        and len(name) > 3  # "San" (a town in Mali) also opens names ("San Adi Wirawan")
        and name[:1].isupper()
    }
    return frozenset((abroad | named) - persons)


@functools.cache
def lexicon() -> Lexicon:
    """The lists, read lazily and cached for the process."""
    roles = set(_set("quote_roles.txt"))
    phrases = {"jaksa agung", "juru bicara", "wakil presiden", "perdana menteri", "wali kota"}
    # ranks of two words whose second looks like a name ("Laksamana Madya Widodo")
    for rank in ("laksamana", "marsekal"):
        phrases.update(f"{rank} {grade}" for grade in ("madya", "muda", "pertama"))
    phrases.update(
        (
            "brigadir jenderal",
            "mayor jenderal",
            "letnan jenderal",
            "letnan kolonel",
            "komisaris besar",
            "komisaris jenderal",
            "inspektur jenderal",
        )
    )
    try:  # the entities component's titles, when present, strengthen role stripping
        for entry in lang.lines("titles.txt"):
            roles.update(entry.lower().split())
            if " " in entry.strip():
                phrases.add(" ".join(entry.lower().split()))
    except (FileNotFoundError, OSError):  # pragma: no cover - optional resource
        pass
    pronouns = {k: v for k, v in lang.data("quote_pronouns.json").items() if not k.startswith("_")}
    # noun-phrase cues ("membuat pengakuan"): verbs that need "bahwa" after them
    verb_phrases = _set("quote_verb_phrases.txt")
    verbs, cues = _set("quote_verbs.txt") | verb_phrases, _set("quote_cues.txt")
    passive, according = _set("quote_passive.txt"), _set("quote_according.txt")
    words = sorted(
        verbs | passive | cues | according | {w + "nya" for w in cues | according},
        key=lambda w: (-len(w), w),
    )
    forms = sorted(
        {f for w in words for f in (w, w.capitalize(), w.upper())}, key=lambda w: (-len(w), w)
    )
    trigger = re.compile(r"(?<![\w-])" + _trie(forms) + r"(?![\w-])")
    channels = _longest_first("quote_channels.txt")
    channel_re = re.compile(
        r"(?<![\w-])(?:dalam|melalui|lewat|saat|ketika|pada|di|via)\s+(?:sebuah\s+|acara\s+)?("
        + "|".join(map(re.escape, channels))
        + r")(?![\w-])",
        re.I,
    )
    persons = frozenset(lang.lines("names_persons.txt"))
    named = frozenset(lang.lines("names_affiliations.txt"))
    return Lexicon(
        verbs=verbs,
        weak=_set("quote_verbs_weak.txt") | verb_phrases,
        cues=cues,
        passive=passive,
        according=according,
        pronouns=pronouns,
        sources=_set("quote_sources.txt"),
        spokespeople=_set("quote_sources_spokespeople.txt"),
        quantifiers=_set("quote_quantifiers.txt"),
        discourse=_longest_first("quote_discourse.txt"),
        roles=frozenset(roles),
        fields=_set("quote_fields.txt"),
        orgwords=_set("quote_orgwords.txt"),
        places=_set("quote_places.txt"),
        via=_longest_first("quote_via.txt"),
        outlets={e.lower(): e for e in lang.lines("quote_outlets.txt")},
        channels=channels,
        orgs=frozenset(lang.lines("quote_orgs.txt")),
        title_phrases=frozenset(phrases),
        trigger=trigger,
        channel_re=channel_re,
        common=frozenset(lang.lines("names_lowercase.txt")),
        affiliations=_affiliations(named, persons),
        clubs=named - persons,
        persons=persons,
        given_titles=frozenset(lang.lines("names_given_titles.txt")),
        common_some=frozenset(lang.lines("names_lowercase_some.txt")),
        place_names=frozenset(
            name
            for source in ("places.json", "countries.json")
            for name in lang.data(source)
            if " " in name and not name.startswith("_")
        ),
    )
