"""A large séance file (150 deliberations) for the crash test, made through the services."""

from __future__ import annotations

from mairie_app.domain.types import ModeScrutin
from mairie_app.services.demo import charger_demo
from mairie_app.services.dto import SaisieVote, TextesDeliberation
from mairie_app.services.registre import Services

NB_DELIBERATIONS = 150


def fabriquer_seance(services: Services, nb: int = NB_DELIBERATIONS) -> int:
    """The demo séance grown to `nb` items, each with texts and a unanimous vote."""
    from mairie_app.exchange.transaction import une_transaction

    seance_id = charger_demo(services.sessions, cloturer=False)
    with une_transaction(services) as svc:
        for i in range(2, nb + 1):
            objet = f"Point n° {i} : subvention à l'association n° {i}"
            point = svc.seances.ajouter_point(seance_id, objet).points[-1]
            svc.deliberations.enregistrer_textes(
                point.id,
                TextesDeliberation(
                    reference=point.reference,
                    objet=objet,
                    matiere_code="7.5",
                    visas="Vu le code général des collectivités territoriales ;\n" * 3,
                    considerants=f"Considérant la demande de l'association n° {i} ;\n" * 5,
                    dispositif=f"**Décide** d'accorder une subvention de {i * 10} euros.\n" * 4,
                ),
            )
            svc.deliberations.enregistrer_vote(
                point.id, SaisieVote(ModeScrutin.MAIN_LEVEE, pour=23)
            )
    return seance_id
