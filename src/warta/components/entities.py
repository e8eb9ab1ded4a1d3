"""Component ``warta_entities``: named entities (PER, ORG, LOC) on ``doc.ents``.

The statistical part is a small spaCy NER pipeline (``tok2vec`` + ``ner``) trained here on
the Indonesian NER corpora and shipped in ``warta/models/ner`` (rebuild it with
``python training/ner/train.py``). It runs on warta's own Doc, so the tokenizer and the
sentence starts set by earlier components are kept.

After the model, three cheap document-level rules (each can be switched off):

- ``strip_titles``: leading titles and roles ("Presiden", "Menteri Pertahanan") are cut off
  a PER entity; the aliases component reads them back as roles.
- ``consistency``: one surface form gets one label throughout the document (majority vote,
  ties broken by the first mention).
- label overrides: names in ``lang/id/entity_labels.json`` ("Kremlin", "Gedung Putih")
  always get the label listed there, and are tagged where the model missed them.
- a person's name is extended by one capitalised word the model left out in front of it
  when a title precedes that word ("Mayor Jenderal Pat Ryder" tagged "Ryder" -> "Pat Ryder").
- ``propagate``: a name the model tagged once is tagged where it recurs untagged, and the
  last word of a tagged person ("Kirby" after "John Kirby") is tagged PER.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, minibatch, registry

from .. import extensions
from ..errors import ModelError
from ..lang import id as lang
from ..links import inside, link_lines

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "ner"
LABELS = ("PER", "ORG", "LOC")
#: documents longer than this many tokens are tagged in sentence-aligned chunks
CHUNK_TOKENS = 20_000
#: Docs per model batch: 16-32 ran about 6% faster than 64 and 10% faster than 128 on CPU
MODEL_BATCH = 32


def load_model(path: str | None = None) -> Language:
    """The shipped NER pipeline (cached); raises :class:`ModelError` when absent or broken."""
    return _load(str(Path(path).resolve()) if path else str(MODEL_DIR))


@functools.cache
def _load(path: str) -> Language:
    import spacy

    where = Path(path)
    if not (where / "config.cfg").is_file() or not (where / "ner").is_dir():
        raise ModelError(
            f"the NER model is missing from {where}; rebuild it with "
            "`python training/ner/train.py` or reinstall warta"
        )
    try:
        # the model only tags warta's own Docs: a bare tokenizer spares building
        # spaCy's Indonesian exception table a second time
        nlp = spacy.load(
            where,
            exclude=["tokenizer"],
            config={"nlp": {"tokenizer": {"@tokenizers": "warta.bare_tokenizer.v1"}}},
        )
        if "tok2vec" in nlp.pipe_names and "ner" in nlp.pipe_names:
            # the NER gets its own copy of the shared tok2vec: same output, without the
            # listener's per-batch bookkeeping (which walks every token in Python)
            nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
            nlp.remove_pipe("tok2vec")
        return nlp
    except Exception as exc:  # noqa: BLE001  (any load failure means the same thing)
        raise ModelError(f"the NER model at {where} cannot be loaded: {exc}") from exc


@registry.tokenizers("warta.bare_tokenizer.v1")
def make_bare_tokenizer() -> Any:
    """A tokenizer with no rules (whitespace only), for pipelines fed ready Docs."""

    def create(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return create


@functools.cache
def _titles() -> frozenset[str]:
    """Lower-cased words that open a title or role in front of a name."""
    words: set[str] = set()
    for entry in lang.lines("titles.txt"):
        words.update(entry.lower().split())
    return frozenset(words)


@functools.cache
def _not_names() -> frozenset[str]:
    """Lower-cased words that never make a propagated single-word mention."""
    return frozenset(w.lower() for w in lang.lines("not_names.txt"))


class Entities:
    """Tag PER/ORG/LOC with the shipped model, then apply the document-level rules."""

    def __init__(
        self,
        nlp: Language,
        model: str | None = None,
        strip_titles: bool = True,
        consistency: bool = True,
        propagate: bool = True,
    ) -> None:
        self.model = load_model(model)
        self.strip_titles = strip_titles
        self.consistency = consistency
        self.propagate = propagate
        for label in LABELS:
            nlp.vocab.strings.add(label)
        if self.model.vocab.vectors.shape[0] and not nlp.vocab.vectors.shape[0]:
            nlp.vocab.vectors = self.model.vocab.vectors
        self._procs: list[Any] = [proc for _, proc in self.model.pipeline]

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        if len(doc) <= CHUNK_TOKENS:
            self._tag(doc)
            return self._finish(doc, list(doc.ents))
        spans: list[Span] = []
        for start, end in _chunks(doc, CHUNK_TOKENS):
            sub = doc[start:end].as_doc()
            self._tag(sub)
            spans.extend(
                Span(doc, start + e.start, start + e.end, label=e.label_) for e in sub.ents
            )
        return self._finish(doc, spans)

    def pipe(self, docs: Iterable[Doc], batch_size: int = MODEL_BATCH) -> Iterator[Doc]:
        """Tag a stream of Docs, running the model on batches (faster than one by one) of
        at most ``MODEL_BATCH`` Docs, whatever larger ``batch_size`` ``nlp.pipe`` passes."""
        size = max(1, min(batch_size, MODEL_BATCH))
        for batch in minibatch(docs, size=size):
            small = [d for d in batch if 0 < len(d) <= CHUNK_TOKENS]
            tagged = small
            for proc in self._procs:
                tagged = list(proc.pipe(tagged, batch_size=size))
            done = {id(d) for d in small}
            for doc in batch:
                if id(doc) in done:
                    yield self._finish(doc, list(doc.ents))
                else:
                    yield self(doc)

    def _finish(self, doc: Doc, spans: list[Span]) -> Doc:
        """The document-level rules, then ``doc.ents``. Names in lines that link to other
        articles ("Baca juga: ...") are not this article's entities."""
        links = link_lines(extensions.doc_text(doc))
        spans = [
            s for s in spans if s.label_ in LABELS and not (links and inside(links, s.start_char))
        ]
        if self.strip_titles:
            spans = strip_titles(spans)
        spans = override_labels(spans)
        if self.strip_titles:
            spans = extend_names(spans)
        orths = _orths(doc)
        spans = tag_fixed_names(doc, spans, orths)
        if self.consistency:
            spans = consistent_labels(spans)
        if self.propagate:
            spans = propagate(doc, spans, orths)
            if links:
                spans = [s for s in spans if not inside(links, s.start_char)]
        doc.set_ents(filter_spans(_trim_space(spans)), default="outside")
        return doc

    def _tag(self, doc: Doc) -> None:
        for proc in self._procs:
            proc(doc)


def _chunks(doc: Doc, size: int) -> Iterable[tuple[int, int]]:
    """Token ranges of at most about ``size`` tokens, cut at sentence starts when known."""
    has_sents = doc.has_annotation("SENT_START")
    start = 0
    n = len(doc)
    while start < n:
        end = min(start + size, n)
        if end < n and has_sents:
            cut = end
            while cut > start + size // 2 and not doc[cut].is_sent_start:
                cut -= 1
            if cut > start + size // 2:
                end = cut
        yield start, end
        start = end


def _trim_space(spans: list[Span]) -> list[Span]:
    """Spans without the whitespace tokens ("\\n\\n") a rule may have taken in at their ends."""
    out = []
    for span in spans:
        start, end = span.start, span.end
        while start < end and span.doc[start].is_space:
            start += 1
        while end > start and span.doc[end - 1].is_space:
            end -= 1
        if start == span.start and end == span.end:
            out.append(span)
        elif end > start:
            out.append(Span(span.doc, start, end, label=span.label_))
    return out


def strip_titles(spans: list[Span]) -> list[Span]:
    """Cut leading title/role words off PER spans ("Presiden Joko Widodo" -> "Joko Widodo")."""
    titles = _titles()
    out = []
    for span in spans:
        if span.label_ == "PER":
            start = span.start
            while start < span.end - 1 and span.doc[start].lower_.rstrip(".") in titles:
                start += 1
            if start != span.start:
                span = Span(span.doc, start, span.end, label="PER")
        out.append(span)
    return out


@functools.cache
def _label_overrides() -> dict[str, str]:
    table = lang.data("entity_labels.json")
    return {k: v for k, v in table.items() if not k.startswith("_") and v in LABELS}


def override_labels(spans: list[Span]) -> list[Span]:
    """Fixed labels for the names in ``entity_labels.json`` ("Kremlin" is an ORG)."""
    table = _label_overrides()
    out = []
    for span in spans:
        label = table.get(span.text)
        if label is not None and label != span.label_:
            span = Span(span.doc, span.start, span.end, label=label)
        out.append(span)
    return out


def extend_names(spans: list[Span]) -> list[Span]:
    """Take in one capitalised word between a title and a PER span ("Jenderal Pat [Ryder]")."""
    if not spans:
        return spans
    titles = _titles()
    not_names = _not_names()
    doc = spans[0].doc
    covered = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for span in spans:
        i = span.start - 1
        if span.label_ == "PER" and i >= 1 and i not in covered:
            tok, before = doc[i], doc[i - 1]
            if (
                tok.is_title
                and tok.is_alpha
                and not tok.is_sent_start
                and tok.lower_ not in titles
                and tok.lower_ not in not_names
                and before.lower_.rstrip(".") in titles
            ):
                span = Span(doc, i, span.end, label="PER")
        out.append(span)
    return out


@functools.cache
def _fixed_names() -> dict[int, list[tuple[tuple[int, ...], str]]]:
    """Hash of the first word -> (word hashes, label) of every name in
    ``entity_labels.json``, longest first."""
    index: dict[int, list[tuple[tuple[int, ...], str]]] = {}
    for name, label in _label_overrides().items():
        words = tuple(hash_string(w) for w in name.split())
        index.setdefault(words[0], []).append((words, label))
    for options in index.values():
        options.sort(key=lambda item: -len(item[0]))
    return index


@functools.cache
def _fixed_first_words() -> Any:
    return numpy.fromiter(_fixed_names(), dtype="uint64")


def _orths(doc: Doc) -> Any:
    """The ORTH hash of every token, as a numpy array (no Token objects made)."""
    return doc.to_array(ORTH).astype("uint64", copy=False)


def _taken(doc: Doc, spans: list[Span]) -> Any:
    taken = numpy.zeros(len(doc), dtype=bool)
    for span in spans:
        taken[span.start : span.end] = True
    return taken


def tag_fixed_names(doc: Doc, spans: list[Span], orths: Any = None) -> list[Span]:
    """Tag the names of ``entity_labels.json`` ("Pentagon", "Kremlin") where left untagged.
    ``orths`` are the tokens' ORTH hashes, when the caller has them already."""
    orths = _orths(doc) if orths is None else orths
    candidates = numpy.flatnonzero(numpy.isin(orths, _fixed_first_words()))
    if not len(candidates):
        return spans
    index = _fixed_names()
    taken = _taken(doc, spans)
    n = len(orths)
    added = []
    for i in candidates.tolist():
        if taken[i]:
            continue
        for words, label in index[int(orths[i])]:
            end = i + len(words)
            if end <= n and not taken[i:end].any() and tuple(orths[i:end].tolist()) == words:
                added.append(Span(doc, i, end, label=label))
                taken[i:end] = True
                break
    if not added:
        return spans
    return sorted(spans + added, key=lambda s: s.start)


def consistent_labels(spans: list[Span]) -> list[Span]:
    """Give every mention of one surface form the form's majority label; a single word that
    is the last name of a person tagged in full ("Vladimir Putin") is that person (PER)."""
    last_names = {span[-1].text for span in spans if span.label_ == "PER" and len(span) >= 2} - {
        span.text for span in spans if span.label_ != "PER" and len(span) >= 2
    }
    spans = [
        Span(s.doc, s.start, s.end, label="PER")
        if len(s) == 1 and s.label_ != "PER" and s.text in last_names
        else s
        for s in spans
    ]
    votes: dict[str, Counter[str]] = {}
    for span in spans:
        votes.setdefault(span.text, Counter())[span.label_] += 1
    if all(len(v) == 1 for v in votes.values()):
        return spans
    first: dict[str, str] = {}
    for span in spans:
        first.setdefault(span.text, span.label_)
    out = []
    for span in spans:
        counts = votes[span.text]
        best = max(counts.items(), key=lambda kv: (kv[1], kv[0] == first[span.text]))[0]
        out.append(
            span if best == span.label_ else Span(span.doc, span.start, span.end, label=best)
        )
    return out


def propagate(doc: Doc, spans: list[Span], orths: Any = None) -> list[Span]:
    """Tag untagged repeats of tagged names, and a tagged person's last name alone.
    ``orths`` are the tokens' ORTH hashes, when the caller has them already."""
    if not spans:
        return spans
    orths = _orths(doc) if orths is None else orths
    not_names = _not_names()
    forms: dict[tuple[int, ...], str] = {}
    for span in spans:
        words = [t.text for t in span]
        if any(w[:1].isupper() or w[:1].isdigit() for w in words):
            forms.setdefault(tuple(orths[span.start : span.end].tolist()), span.label_)
        if span.label_ == "PER" and len(span) >= 2:
            last = words[-1]
            if last[:1].isupper() and len(last) > 2 and last.lower() not in not_names:
                forms.setdefault((int(orths[span.end - 1]),), "PER")
    single = {w[0]: label for w, label in forms.items() if len(w) == 1}
    multi: dict[int, list[tuple[tuple[int, ...], str]]] = {}
    for form, label in forms.items():
        if len(form) > 1:
            multi.setdefault(form[0], []).append((form, label))
    for options in multi.values():
        options.sort(key=lambda item: -len(item[0]))
    keys = numpy.fromiter(set(single) | set(multi), dtype="uint64")
    taken = _taken(doc, spans)
    candidates = numpy.flatnonzero(numpy.isin(orths, keys) & ~taken)
    added: list[Span] = []
    n = len(orths)
    for i in candidates.tolist():
        if taken[i]:
            continue
        key = int(orths[i])
        matched = False
        for form, label in multi.get(key, ()):
            end = i + len(form)
            if end <= n and not taken[i:end].any() and tuple(orths[i:end].tolist()) == form:
                added.append(Span(doc, i, end, label=label))
                taken[i:end] = True
                matched = True
                break
        if matched:
            continue
        found = single.get(key)
        if found is not None and doc[i].lower_ not in not_names:
            if _isolated(doc, i, taken):
                added.append(Span(doc, i, i + 1, label=found))
                taken[i] = True
            elif found == "PER" and _first_name(doc, i, taken):
                # "Jenderal Pat Ryder" where only a later "Ryder" was tagged
                added.append(Span(doc, i - 1, i + 1, label="PER"))
                taken[i - 1 : i + 1] = True
    if not added:
        return spans
    return sorted(spans + added, key=lambda s: s.start)


def _first_name(doc: Doc, i: int, taken: Any) -> bool:
    """Whether the word before ``doc[i]`` is an untagged first name: capitalised, not a
    title, and itself preceded by a title, a lower-case word or punctuation."""
    if i < 1 or taken[i - 1] or (i + 1 < len(doc) and doc[i + 1].is_title and not taken[i + 1]):
        return False
    prev = doc[i - 1]
    if not (prev.is_title and prev.is_alpha) or prev.is_sent_start:
        return False
    if prev.lower_ in _titles() or prev.lower_ in _not_names():
        return False
    if i < 2:
        return True
    before = doc[i - 2]
    return before.is_punct or before.is_lower or before.lower_.rstrip(".") in _titles()


def _isolated(doc: Doc, i: int, taken: Any) -> bool:
    """A single word is tagged alone only when it is not part of a longer capitalised name."""
    before = doc[i - 1] if i > 0 else None
    after = doc[i + 1] if i + 1 < len(doc) else None
    if (
        before is not None
        and before.text[:1].isupper()
        and not before.is_sent_start
        and not taken[i - 1]
    ):
        return False
    return not (after is not None and after.text[:1].isupper() and not taken[i + 1])


@Language.factory(
    "warta_entities",
    assigns=["doc.ents"],
    requires=["token.is_sent_start"],
    default_config={
        "model": None,
        "strip_titles": True,
        "consistency": True,
        "propagate": True,
    },
)
def make_entities(
    nlp: Language,
    name: str,
    model: str | None,
    strip_titles: bool,
    consistency: bool,
    propagate: bool,
) -> Entities:
    return Entities(
        nlp,
        model=model,
        strip_titles=strip_titles,
        consistency=consistency,
        propagate=propagate,
    )
