"""Whatever the secretary types, the act prints: long texts flow onto numbered pages."""

from __future__ import annotations

from dataclasses import replace

from pypdf import PdfReader

from mairie_app.pdf.extrait import build_extrait
from mairie_app.pdf.proces_verbal import build_proces_verbal
from mairie_app.pdf.registre import build_registre_seance


def _avec_textes(seance_doc, **textes):
    dd = seance_doc.deliberations[0]
    return replace(seance_doc, deliberations=(replace(dd, deliberation=replace(
        dd.deliberation, **textes)),))  # fmt: skip


HOSTILES = {
    "objet": 'Tarifs <b>communaux</b> & « redevances » "2025" ' + "é" * 40 + " 💶🏛️ fin",
    "preambule": "Mot sans espace : " + "Anticonstitutionnellementissimementalors" + " ; "
    "guillemets ' \" « » et balises <para>, </font>, &amp; &lt; ; émoji 🎉 et ☃ ; "
    "espace insécable avant : fin",
    "dispositif": "**Décide** " + ("de fixer les tarifs municipaux de la cantine scolaire ; " * 90),
    "visas": "Vu <script>alert(1)</script> ;\nVu **le code** & ses ** étoiles isolées",
    "considerants": "Considérant qu'un caractère absent de la police (𝔄, ⟁, 中文) s'imprime ;",
}


def test_hostile_texts_print_without_error(seance_doc, tmp_path, texte_pdf, pages_pdf):
    assert len(HOSTILES["dispositif"]) > 5_000
    doc = _avec_textes(seance_doc, **HOSTILES)
    path = build_extrait(doc, 1, tmp_path / "hostile.pdf")
    texte = texte_pdf(path)
    assert "Tarifs <b>communaux</b> & « redevances »" in texte
    assert "<script>alert(1)</script>" in texte
    assert "balises <para>, </font>, &amp; &lt;" in texte
    assert "Anticonstitutionnellementissimementalors" in texte.replace(" ", "").replace("-", "")
    assert texte.count("de fixer les tarifs municipaux") >= 85
    pages = pages_pdf(path)
    total = len(pages)
    assert total >= 3
    for numero, page in enumerate(pages, start=1):
        assert f"Page {numero} / {total}" in page
    # Pages after the first repeat a short header naming the commune, séance and act.
    rappel = "Commune de Chéreng — séance du 12 février 2024 — délibération 2024 / 1 / 1 (suite)"
    assert all(rappel in page for page in pages[1:])
    assert rappel not in pages[0]
    # The same hostile texts in the other documents that print them in full.
    build_proces_verbal(doc, tmp_path / "pv.pdf")
    build_registre_seance(doc, tmp_path / "registre.pdf")
    assert len(PdfReader(tmp_path / "registre.pdf").pages) >= 3


def test_a_long_deliberation_paginates_in_order(seance_doc, tmp_path, pages_pdf):
    lignes = "\n".join(f"Article {n} : disposition numéro {n} du règlement." for n in range(1, 121))
    path = build_extrait(_avec_textes(seance_doc, dispositif=lignes), 1, tmp_path / "long.pdf")
    pages = pages_pdf(path)
    assert len(pages) >= 4
    vus = [n for page in pages for n in range(1, 121) if f"Article {n} :" in page]
    assert vus == sorted(vus) and set(vus) == set(range(1, 121))
    assert "Ainsi fait et délibéré" in " ".join(pages[-2:]) and "Page 1 /" in pages[0]
    assert "Article 120 :" not in pages[0] and "Article 1 :" not in pages[-1]
