"""Every table model of the window passes Qt's model consistency checks."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from mairie_app.domain.types import Choix
from mairie_app.gui.models.communes_model import CommunesModel
from mairie_app.gui.models.conseillers_model import ConseillersModel
from mairie_app.gui.models.membres_coches_model import MembresCochesModel
from mairie_app.gui.models.nominatif_model import LigneVotant, NominatifModel
from mairie_app.gui.models.points_model import PointsModel
from mairie_app.gui.models.presences_model import PresencesModel, lignes_presence
from mairie_app.gui.models.roster_model import RosterModel
from mairie_app.gui.models.seances_model import SeancesModel
from mairie_app.referentiels.communes import search_communes


def test_conseillers_model(qtmodeltester, services, demo):
    model = ConseillersModel()
    model.definir(services.conseil.conseillers())
    qtmodeltester.check(model)
    assert model.index(0, 4).data() == "Maire"
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled


def test_seances_model(qtmodeltester, services, demo):
    model = SeancesModel()
    model.definir(services.seances.seances())
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "12/02/2024"


def test_points_model(qtmodeltester, services, demo):
    model = PointsModel()
    model.definir(services.seances.seance(demo).points)
    qtmodeltester.check(model)
    assert model.index(0, 3).data() == "Adoptée"


def test_presences_model(qtmodeltester, services, demo):
    seance = services.seances.seance(demo)
    conseillers = {c.id: c for c in services.conseil.conseillers(en_exercice_le=seance.date)}
    model = PresencesModel()
    model.definir(lignes_presence(seance.presences, conseillers))
    qtmodeltester.check(model)
    textes = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert textes.count("Absent excusé") == 1


def test_nominatif_model(qtmodeltester, services, demo):
    conseillers = services.conseil.conseillers()[:5]
    model = NominatifModel()
    model.definir([LigneVotant(c, "", None) for c in conseillers])
    qtmodeltester.check(model)
    model.tous(Choix.POUR)
    assert set(model.choix().values()) == {Choix.POUR}
    assert model.setData(model.index(0, 1), Choix.ABSTENTION)
    assert model.index(0, 1).data() == "Abstention"


def test_membres_coches_model(qtmodeltester):
    model = MembresCochesModel()
    model.definir([(1, "M. ZOUTE Pascal"), (2, "M. BARBE Eric")], {2})
    qtmodeltester.check(model)
    assert model.coches() == [2]


def test_roster_model(qtmodeltester):
    model = RosterModel(3)
    model.setData(model.index(0, 1), "zoute")
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "ZOUTE"
    assert len(model.remplies()) == 1


def test_communes_model(qtmodeltester):
    model = CommunesModel()
    model.definir(search_communes("saint martin"))
    qtmodeltester.check(model)
    assert model.rowCount() > 1


def test_empty_models(qtmodeltester):
    for model in (ConseillersModel(), SeancesModel(), PointsModel(), PresencesModel()):
        qtmodeltester.check(model)
    assert ConseillersModel().aujourdhui == date.today()
