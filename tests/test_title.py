"""The headline: ``warta.article.title_from_url`` and ``doc._.title`` (``warta._make_doc``)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

import warta
from warta.article import Article, title_from_url
from warta.extensions import DOC_EXTENSIONS

URLS = [
    (
        "https://kumparan.com/penulis-satu/ketua-mpr-minta-transportasi-daring-diatur",
        "ketua mpr minta transportasi daring diatur",
    ),
    # date and numeric id segments before the slug
    (
        "http://www.example.com/bisnis/2017/03/13/201620/ekspor-perdana-daging-ayam-olahan",
        "ekspor perdana daging ayam olahan",
    ),
    # a numeric id glued to the slug, a file extension, a query string
    (
        "https://bola.example.id/read/raket/1821380-ganda-putra-melaju-ke-final.html?page=2",
        "ganda putra melaju ke final",
    ),
    # numbers inside the headline stay; a trailing slash is fine
    ("https://www.example.com/olahraga/menang-6-0-di-laga-debut/", "menang 6 0 di laga debut"),
    # the slug before a numeric or random id
    ("https://www.example.com/berita/harga-cabai-naik-lagi/2462831", "harga cabai naik lagi"),
    (
        "https://www.example.com/berita/harga-cabai-naik-lagi/1ebtb1x1e6ygk1uoi64",
        "harga cabai naik lagi",
    ),
    # dots as separators, capitals, a trailing dash
    (
        "http://www.example.net/read/176268-pemain.muda.segera.bertolak",
        "pemain muda segera bertolak",
    ),
    (
        "http://example.com/read/20170127/314850/Polisi-tangkap-pembuat-KTP-",
        "polisi tangkap pembuat ktp",
    ),
    # an IndoSum-style id: Unix time, then the headline's first characters
    (
        "1490674536-mustahil-transportasi-tradisional-dan-online",
        "mustahil transportasi tradisional dan online",
    ),
]

NOT_TITLES = [
    None,
    "",
    "https://www.example.com/",
    "https://www.example.com/index.html",
    "https://news.example.com/berita/d-1234567/",
    "https://www.example.com/post/dua-kata",  # fewer than three words
    "https://www.example.com/2017/03/13/201620",
    "https://www.example.com/a/b/c/judul-yang-terlalu-jauh/x/y/z",  # only the last 3 segments
]


@pytest.mark.parametrize(("url", "title"), URLS)
def test_title_from_url(url: str, title: str) -> None:
    assert title_from_url(url) == title


@pytest.mark.parametrize("url", NOT_TITLES)
def test_no_title_in_url(url: str | None) -> None:
    assert title_from_url(url) is None


def _doc(article: Article) -> Any:
    nlp = warta.load(disable=["entities", "aliases", "timexes", "quotes", "amounts"])
    return warta._make_doc(nlp, article)


def test_title_extension_is_registered() -> None:
    assert "title" in DOC_EXTENSIONS and Doc.has_extension("title")


def test_doc_title_prefers_the_given_headline() -> None:
    url = "https://www.example.com/berita/harga-cabai-naik-lagi"
    doc = _doc(Article(text="Harga cabai naik.", url=url, title="  Harga Cabai Naik Lagi  "))
    assert doc._.title == "Harga Cabai Naik Lagi"
    doc = _doc(Article(text="Harga cabai naik.", url=url, title=" "))
    assert doc._.title == "harga cabai naik lagi"
    doc = _doc(Article(text="Harga cabai naik.", url="https://www.example.com/"))
    assert doc._.title is None


def test_record_title_stays_what_the_input_gave() -> None:
    url = "https://www.example.com/berita/harga-cabai-naik-lagi"
    text = "Harga cabai naik lagi di pasar. Pedagang mengeluh. Pembeli berkurang."
    assert warta.analyze(text, url=url).title is None
    assert warta.analyze(text, url=url, title="Cabai Mahal").title == "Cabai Mahal"
