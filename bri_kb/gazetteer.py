"""Chinese jurisdictions as data (bri_kb/data/gazetteer.json): provinces, cities,
free trade zones and special zones, with every spelling mapped to one
canonical name."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

NATIONAL = "全国"


@dataclass(frozen=True)
class Place:
    name: str  # canonical: 河南省, 西安市, 中国（河南）自由贸易试验区, 全国
    kind: str  # national | province | city | ftz | zone
    province: str | None  # the province it lies in (itself for a province)
    established: str | None = None  # FTZs: ISO date


class Gazetteer:
    def __init__(self, data: dict[str, Any]) -> None:
        self.places: dict[str, Place] = {}
        self.spellings: dict[str, str] = {}  # any spelling -> canonical name
        self.abbreviations: dict[str, str] = {}  # 豫 -> 河南省
        self.places[NATIONAL] = Place(NATIONAL, "national", None)
        for s in data.get("national", {}).get("short", []) + [NATIONAL]:
            self.spellings.setdefault(s, NATIONAL)
        for p in data["provinces"]:
            self._add(Place(p["name"], "province", p["name"]), p.get("short", []))
            if p.get("abbr"):
                self.abbreviations[p["abbr"]] = p["name"]
        for c in data.get("cities", []):
            self._add(Place(c["name"], "city", c.get("province")), c.get("short", []))
        for f in data.get("ftzs", []):
            short = list(f.get("short", []))
            self._add(Place(f["name"], "ftz", f.get("province"), f.get("established")), short)
        for z in data.get("special_zones", []):
            self._add(Place(z["name"], "zone", z.get("province")), z.get("short", []))
        # Longest spelling first, so 河南自贸区 wins over 河南 inside a text.
        ordered = sorted(self.spellings, key=len, reverse=True)
        self._pattern = re.compile("|".join(re.escape(s) for s in ordered if len(s) >= 2))

    def _add(self, place: Place, short: list[str]) -> None:
        self.places.setdefault(place.name, place)
        for s in [place.name, *short]:
            self.spellings.setdefault(s, place.name)

    def resolve(self, text: str) -> Place | None:
        """Any spelling (河南, 豫, 河南省, 郑州, 河南自贸区) to its place."""
        text = text.strip()
        name = self.spellings.get(text) or self.abbreviations.get(text)
        return self.places[name] if name else None

    def all_mentions(self, text: str) -> list[Place]:
        """Every place mention in a text, in order, with repeats."""
        return [self.places[self.spellings[m.group(0)]] for m in self._pattern.finditer(text)]

    def mentions(self, text: str) -> list[Place]:
        """Places named in a text, in order of first mention, without repeats."""
        seen: dict[str, Place] = {}
        for place in self.all_mentions(text):
            seen.setdefault(place.name, place)
        return list(seen.values())

    def ftzs_of(self, province: str) -> list[Place]:
        return [p for p in self.places.values() if p.kind == "ftz" and p.province == province]

    def near(self, text: str, limit: int = 5) -> list[str]:
        """Spellings close to an unknown place name, for a helpful error."""
        import difflib

        return difflib.get_close_matches(text, list(self.spellings), n=limit, cutoff=0.4)


def ftz_short(name: str) -> str:
    """中国（河南）自由贸易试验区 -> 河南; any other name unchanged."""
    m = re.fullmatch(r"中国（(.+?)）自由贸易试验区", name)
    return m.group(1) if m else name


@cache
def gazetteer() -> Gazetteer:
    raw = resources.files("bri_kb").joinpath("data/gazetteer.json").read_text(encoding="utf-8")
    return Gazetteer(json.loads(raw))
