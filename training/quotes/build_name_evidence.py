"""Build the word evidence the quote finder's name reader uses, from shared corpora.

Writes five files under ``src/warta/lang/id/`` (word forms only, never text)::

    python training/quotes/build_name_evidence.py             # rebuild the files
    python training/quotes/build_name_evidence.py --show W ..  # print the counts of words

- ``names_lowercase.txt`` (IndoSum, ``train`` ids only, so no evaluation article counts):
  words the corpus writes in lower case at least ``MIN_LOWER`` times and capitalised inside
  a sentence in at most ``MAX_CAP_SHARE`` of their uses (``preferensi``, ``rencananya``).
  Such a word opening a sentence is a common word, not a given name ("Agung", written both
  "jaksa agung" and "Agung Laksono", is not in it).
- ``names_lowercase_some.txt`` (IndoSum, ``train`` ids only): the other words the corpus
  writes in lower case at least ``MIN_SOME`` times (``usaha``, ``komika``): a capitalised
  one in front of a name is more likely a common noun than a first given name.
- ``names_affiliations.txt`` (the NER corpora under ``ner/``): words tagged as a one-word
  place or organisation at least once and never inside a person's name (``Sumsel``,
  ``Chelsea``): before a two-word name after a role they are the person's region or club
  ("Bek Chelsea Andi Wijaya"), not a given name.
- ``names_persons.txt`` (the NER corpora): words tagged inside a person's name; the reader
  takes a one-word place of the gazetteer (``places.json``, outside Indonesia) as a region
  only when it is not one of these ("Ahmad" is also a town in Kuwait).
- ``names_given_titles.txt`` (the NER corpora): role words (``quote_roles.txt``,
  ``titles.txt``) tagged inside a person's name at least as often as they stand untagged
  right before one (``Imam``, ``Ratu``, ``Sultan``; not ``Presiden``, ``Pak``): before a
  name the document also cites by that word alone ("ujar Imam") they open the name.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from warta.eval.indosum import default_files, split_of
from warta.lang import id as lang
from warta.paths import shared_data

OUT = Path(__file__).resolve().parents[2] / "src" / "warta" / "lang" / "id"
WORD = re.compile(r"[A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)*")
NER_FILES = (
    "ner/nerui/nergithub.txt",
    "ner/nerugm/nerugm.txt",
    "ner/idner-news-2k/train.txt",
    "ner/idner-news-2k/dev.txt",
    "ner/nergrit/train_preprocess.txt",
    "ner/nergrit/valid_preprocess.txt",
    "ner/nergrit/test_preprocess.txt",
)
#: a lower-case word seen this often ...
MIN_LOWER = 3
#: ... and capitalised inside a sentence in at most this share of its uses there
MAX_CAP_SHARE = 0.03
#: a lower-case word seen this often, not in ``names_lowercase.txt``, is "sometimes common"
MIN_SOME = 2
#: entity labels of places and organisations in the NER corpora
PLACE_ORG = ("LOC", "PLA", "ORG", "GPE")
PERSON = ("PER",)


def count_indosum(paths: list[Path]) -> tuple[Counter[str], Counter[str]]:
    """Per lower-cased form: uses in lower case, and capitalised uses inside a sentence
    (after a word or a number, not after punctuation)."""
    lower: Counter[str] = Counter()
    cap_mid: Counter[str] = Counter()
    seen: set[str] = set()
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                obj = json.loads(line)
                art = str(obj.get("id", ""))
                if art in seen or split_of(art) != "train":
                    continue
                seen.add(art)
                for paragraph in obj.get("paragraphs") or []:
                    for sentence in paragraph:
                        prev = ""
                        for tok in sentence:
                            if WORD.fullmatch(tok):
                                if tok[0].islower():
                                    lower[tok.lower()] += 1
                                elif prev[:1].isalnum():
                                    cap_mid[tok.lower()] += 1
                            prev = tok
    return lower, cap_mid


def _label(tag: str) -> tuple[str, str]:
    """("B", "PER") from "B-PERSON"; ("O", "") for "O"."""
    if tag == "O" or "-" not in tag:
        return "O", ""
    bio, label = tag.split("-", 1)
    return bio, label[:3].upper()


def count_ner(root: Path) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Per word form: one-word place/organisation entities, uses inside a person, and uses
    outside an entity right before a person."""
    alone: Counter[str] = Counter()
    person: Counter[str] = Counter()
    before: Counter[str] = Counter()
    for name in NER_FILES:
        path = root / name
        if not path.exists():
            continue
        rows: list[tuple[str, str, str]] = []
        for line in path.read_text(encoding="utf-8").splitlines() + [""]:
            parts = line.split()
            if len(parts) >= 2:
                rows.append((parts[0], *_label(parts[-1])))
                continue
            for i, (tok, bio, label) in enumerate(rows):
                if label in PERSON:
                    person[tok] += 1
                nxt = rows[i + 1][1] if i + 1 < len(rows) else "O"
                if bio == "B" and label in PLACE_ORG and nxt != "I":
                    alone[tok] += 1
                if bio == "O" and nxt == "B" and rows[i + 1][2] in PERSON:
                    before[tok] += 1
            rows = []
    return alone, person, before


def _role_words() -> set[str]:
    """The lower-cased words of the quote finder's role list and the entities' titles."""
    words: set[str] = set()
    for name in ("quote_roles.txt", "titles.txt"):
        for line in lang.lines(name):
            words.update(line.lower().split())
    return words


def build() -> dict[str, list[str]]:
    lower, cap_mid = count_indosum(default_files())
    common = sorted(
        w
        for w, n in lower.items()
        if n >= MIN_LOWER and cap_mid[w] <= MAX_CAP_SHARE * (n + cap_mid[w])
    )
    common_set = set(common)
    some = sorted(w for w, n in lower.items() if n >= MIN_SOME and w not in common_set)
    alone, person, before = count_ner(shared_data())
    affiliations = sorted(
        w for w in alone if w not in person and WORD.fullmatch(w) and w[0].isupper()
    )
    persons = sorted(w for w in person if WORD.fullmatch(w) and w[0].isupper())
    roles = _role_words()
    given = sorted(
        w.lower()
        for w in persons
        if w.lower() in roles and person[w] >= before[w] and len(w) > 2 and not w.isupper()
    )
    return {
        "names_lowercase.txt": common,
        "names_lowercase_some.txt": some,
        "names_affiliations.txt": affiliations,
        "names_persons.txt": persons,
        "names_given_titles.txt": given,
    }


HEADS = {
    "names_lowercase.txt": "Words the IndoSum train split writes in lower case and almost never "
    "capitalised inside a sentence.",
    "names_lowercase_some.txt": "Other words the IndoSum train split writes in lower case at "
    "least twice.",
    "names_affiliations.txt": "Words the NER corpora tag as a one-word place or organisation "
    "and never inside a person's name.",
    "names_persons.txt": "Words the NER corpora tag inside a person's name.",
    "names_given_titles.txt": "Role words the NER corpora tag inside a person's name at least "
    "as often as right before one.",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--show", nargs="*", help="print the counts of these words")
    args = parser.parse_args()
    if args.show:
        lower, cap_mid = count_indosum(default_files())
        alone, person, before = count_ner(shared_data())
        for word in args.show:
            w = word.lower()
            print(
                f"{word}: lower {lower[w]} capitalised-inside {cap_mid[w]}"
                f" ner-place/org {alone[word]} ner-person {person[word]}"
                f" ner-before-person {before[word]}"
            )
        return
    for name, words in build().items():
        head = (
            "# Built by training/quotes/build_name_evidence.py; do not edit by hand.\n"
            f"# {HEADS[name]}\n"
        )
        (OUT / name).write_text(head + "\n".join(words) + "\n", encoding="utf-8")
        print(f"{name}: {len(words)} words")


if __name__ == "__main__":
    main()
