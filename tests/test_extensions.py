"""``warta.extensions.doc_text``: the Doc's text, kept once instead of rebuilt per call."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from warta.extensions import doc_text, remember_text
from warta.lang.id.language import WartaIndonesian


def test_pipeline_docs_keep_their_text() -> None:
    nlp = WartaIndonesian()
    text = "Menurut BMKG, hujan turun  sejak pagi.\n\nWarga diminta waspada. "
    doc = nlp.make_doc(text)
    assert doc_text(doc) == text == doc.text
    assert doc.user_data  # stored at tokenisation


def test_hand_built_doc_falls_back_to_spacy_text() -> None:
    doc = Doc(spacy.blank("id").vocab, words=["Hujan", "turun", "."], spaces=[True, False, False])
    assert doc_text(doc) == "Hujan turun."


def test_stale_text_of_another_length_is_ignored() -> None:
    doc = Doc(spacy.blank("id").vocab, words=["Dua", "orang"], spaces=[True, False])
    remember_text(doc, "a text that is not this doc's")
    assert doc_text(doc) == "Dua orang"


def test_span_as_doc_gets_its_own_text() -> None:
    nlp = WartaIndonesian()
    doc = nlp.make_doc("Satu kalimat. Kalimat kedua di sini.")
    part = doc[3:].as_doc(copy_user_data=True)
    assert doc_text(part) == part.text == "Kalimat kedua di sini."
