"""ASCII for names in ids: debateparse's stdlib table against Unidecode, text-unidecode and
anyascii, on correctness (the expected spellings below, compared case-folded as ids are)
and speed (one process; debateparse caches per character, not per name).

Usage: python benchmarks/transliterate.py   (the three libraries are optional: pip install
unidecode text-unidecode anyascii; each missing one is reported and skipped)
"""

from __future__ import annotations

import importlib
import os
import platform
import timeit

from debateparse.transliterate import to_ascii

CASES = {
    "Łukasz Krupa": "Lukasz Krupa",
    "Siân Gwenllian": "Sian Gwenllian",
    "Ó Murchú": "O Murchu",
    "Dáithí McKay": "Daithi McKay",
    "Hans Groß": "Hans Gross",
    "Øystein Ærø": "Oystein AEro",
    "Þórdís Gylfadóttir": "Thordis Gylfadottir",
    "Đorđe Đukić": "Dorde Dukic",
    "Zoë Ångström-Noël": "Zoe Angstrom-Noel",
    "Jesús Núñez": "Jesus Nunez",
    "Grzegorz Brzęczyszczykiewicz": "Grzegorz Brzeczyszczykiewicz",
    "Çağrı Şahin": "Cagri Sahin",
    "İlhan Omar": "Ilhan Omar",
    "Karel Čapek": "Karel Capek",
    "Œuvre Lœb": "OEuvre Loeb",
    "Niamh Ní Bhriain": "Niamh Ni Bhriain",
    "Mr Speaker": "Mr Speaker",
    "Ffion Llŷr": "Ffion Llyr",
    "Gwenllïan ap Dafydd": "Gwenllian ap Dafydd",
}
"""Names as printed -> the spelling ids should be made from (Latin script: what the UK's
parliaments print, and the usual hard letters)."""

OTHER_SCRIPTS = ["Владимир Путин", "Γιώργος Παπανδρέου", "习近平"]


def candidates():
    yield "debateparse.transliterate (stdlib NFKD + table)", to_ascii
    for label, module, name in (
        ("Unidecode (GPL-2.0+)", "unidecode", "unidecode"),
        ("text-unidecode (Artistic/GPL)", "text_unidecode", "unidecode"),
        ("anyascii (ISC)", "anyascii", "anyascii"),
    ):
        try:
            yield label, getattr(importlib.import_module(module), name)
        except ImportError:
            print(f"{label}: not installed, skipped")


def main():
    print(
        f"{platform.machine()}, Python {platform.python_version()}, load {os.getloadavg()[0]:.1f}"
    )
    names = list(CASES) * 50
    for label, fold in candidates():
        # ids are lower case: "THordis" and "Thordis" give the same id
        wrong = [(n, fold(n)) for n, want in CASES.items() if fold(n).casefold() != want.casefold()]
        per_call = min(
            timeit.repeat(lambda fold=fold: [fold(n) for n in names], number=5, repeat=5)
        )
        per_call /= 5 * len(names)
        others = ", ".join(fold(n) for n in OTHER_SCRIPTS)
        print(
            f"{label}: {len(CASES) - len(wrong)}/{len(CASES)} right, "
            f"{per_call * 1e6:.2f} µs a name; other scripts: {others}"
        )
        for name, got in wrong:
            print(f"    {name!r} -> {got!r} (want {CASES[name]!r})")


if __name__ == "__main__":
    main()
