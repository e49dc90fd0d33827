"""Build resources/communes.tsv.gz from Etalab's "découpage administratif" npm package.

The app needs the official list of French communes to fill in a town hall's identity
(name, INSEE code, SIREN, département and arrondissement with their "de" forms) without
any network access, so the list ships with the app as a small gzip TSV that the standard
library reads (see mairie_app/referentiels/communes.py).

How to regenerate (from the root of the repository; needs npm, which only downloads the
package's tarball):

    cd /tmp && npm pack @etalab/decoupage-administratif@6.0.0
    tar xzf etalab-decoupage-administratif-6.0.0.tgz      # gives /tmp/package/
    cd - && python tools/build_communes.py /tmp/package/

The script writes resources/communes.tsv.gz and resources/communes.LICENCE.txt. The
output is byte-for-byte reproducible for a given package version (rows sorted, gzip
timestamp fixed).

Columns, tab-separated, with a header row; an empty cell means "not known / none":

    code_insee, nom, type (COM, COMD, COMA, ARM), type_liaison (INSEE TNCC, 0 to 8),
    departement_code, departement_nom, departement_liaison,
    arrondissement_code, arrondissement_nom, arrondissement_liaison,
    population, siren, codes_postaux (space-separated), commune_parent

commune_parent is the commune nouvelle of a delegated commune, the merged commune of an
associated one, and Paris, Lyon or Marseille for a municipal arrondissement.

The package gives no typeLiaison for the communes of the overseas collectivities
(Polynésie française, Nouvelle-Calédonie, ...); it is guessed there from the first word
of the name (see ``deviner_liaison``).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
from pathlib import Path

RACINE = Path(__file__).resolve().parent.parent
SORTIE = RACINE / "resources" / "communes.tsv.gz"
LICENCE = RACINE / "resources" / "communes.LICENCE.txt"
PAQUET = "@etalab/decoupage-administratif"

TYPES = {
    "commune-actuelle": "COM",
    "commune-deleguee": "COMD",
    "commune-associee": "COMA",
    "arrondissement-municipal": "ARM",
}
ORDRE_TYPES = {"COM": 0, "ARM": 1, "COMD": 2, "COMA": 3}

COLONNES = (
    "code_insee",
    "nom",
    "type",
    "type_liaison",
    "departement_code",
    "departement_nom",
    "departement_liaison",
    "arrondissement_code",
    "arrondissement_nom",
    "arrondissement_liaison",
    "population",
    "siren",
    "codes_postaux",
    "commune_parent",
)

_ARTICLES = (("Le ", 2), ("La ", 3), ("Les ", 4), ("L'", 5), ("L’", 5), ("Aux ", 6))
_ARTICLES += (("Las ", 7), ("Los ", 8))
_VOYELLES = "AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŸ"


def deviner_liaison(nom: str) -> int:
    """INSEE's TNCC guessed from a name, for the rows where the package gives none."""
    for article, tncc in _ARTICLES:
        if nom.startswith(article):
            return tncc
    return 1 if nom[:1].upper() in _VOYELLES else 0


def _texte(valeur: object) -> str:
    texte = "" if valeur is None else str(valeur)
    if any(c in texte for c in "\t\r\n"):
        raise ValueError(f"tabulation ou saut de ligne dans {texte!r}")
    return texte


def lignes_communes(paquet: Path) -> list[tuple[str, ...]]:
    """One tuple per commune of the package, in the order of COLONNES, sorted by code."""
    donnees = paquet / "data"
    communes = json.loads((donnees / "communes.json").read_text(encoding="utf-8"))
    departements = {
        d["code"]: d for d in json.loads((donnees / "departements.json").read_text("utf-8"))
    }
    arrondissements = {
        a["code"]: a for a in json.loads((donnees / "arrondissements.json").read_text("utf-8"))
    }
    lignes = []
    for c in communes:
        type_ = TYPES[c["type"]]
        dep = departements[c["departement"]]
        arr = arrondissements.get(c.get("arrondissement") or "")
        liaison = c.get("typeLiaison")
        if liaison is None:
            liaison = deviner_liaison(c["nom"])
        parent = c.get("chefLieu") if type_ in ("COMD", "COMA") else c.get("commune")
        ligne = (
            c["code"],
            c["nom"],
            type_,
            liaison,
            dep["code"],
            dep["nom"],
            dep["typeLiaison"],
            arr["code"] if arr else "",
            arr["nom"] if arr else "",
            arr["typeLiaison"] if arr else "",
            c.get("population"),
            c.get("siren"),
            " ".join(c.get("codesPostaux") or ()),
            parent,
        )
        lignes.append(tuple(_texte(v) for v in ligne))
    lignes.sort(key=lambda ligne: (ligne[0], ORDRE_TYPES[ligne[2]], ligne[1]))
    return lignes


def ecrire_tsv(lignes: list[tuple[str, ...]], sortie: Path) -> None:
    """Gzip TSV, with a fixed timestamp so that the same input gives the same bytes."""
    texte = io.StringIO()
    texte.write("\t".join(COLONNES) + "\n")
    for ligne in lignes:
        texte.write("\t".join(ligne) + "\n")
    sortie.parent.mkdir(parents=True, exist_ok=True)
    with (
        sortie.open("wb") as brut,
        gzip.GzipFile(filename="", mode="wb", fileobj=brut, compresslevel=9, mtime=0) as flux,
    ):
        flux.write(texte.getvalue().encode("utf-8"))


def ecrire_licence(paquet: Path, licence: Path) -> None:
    """Name the source and carry the package's MIT licence next to the data."""
    version = json.loads((paquet / "package.json").read_text(encoding="utf-8"))["version"]
    mit = (paquet / "LICENSE").read_text(encoding="utf-8").strip()
    licence.write_text(
        f"""communes.tsv.gz: the French communes, built by tools/build_communes.py from

    npm package {PAQUET}, version {version}
    https://github.com/etalab/decoupage-administratif (files data/communes.json,
    data/departements.json, data/arrondissements.json)

The package's README says its data comes from INSEE's Code officiel géographique, INSEE's
populations légales, La Poste's base officielle des codes postaux and the DGCL's list of
EPCI (for SIREN codes), and that the data is under the Licence Ouverte / Open Licence
(Etalab) while the package's code is under the MIT licence below. Reuse of the data must
name its source, as this file does.

The file keeps, for each commune: INSEE code, name, type, type de liaison, département and
arrondissement (code, name, type de liaison), population, SIREN, postal codes and parent
commune. Nothing was changed, except the type de liaison of overseas collectivities'
communes, which the package leaves out and the script guesses from the name.

----- LICENSE of {PAQUET} {version} -----

{mit}
""",
        encoding="utf-8",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paquet", type=Path, help="the unpacked package/ folder")
    parser.add_argument("--sortie", type=Path, default=SORTIE)
    parser.add_argument("--licence", type=Path, default=LICENCE)
    args = parser.parse_args(argv)
    lignes = lignes_communes(args.paquet)
    ecrire_tsv(lignes, args.sortie)
    ecrire_licence(args.paquet, args.licence)
    taille = args.sortie.stat().st_size
    print(f"{len(lignes)} communes -> {args.sortie} ({taille / 1024:.0f} Kio)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
