"""What the law says, written where the secretary types.

She is not a lawyer: each rule that the app checks is recalled in one short
sentence next to the field it concerns, with the article of the CGCT so that she
can point to it if a councillor asks.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

CONVOCATION = (
    "La convocation doit être envoyée au moins 3 jours francs avant la séance dans les "
    "communes de moins de 3 500 habitants, 5 jours francs à partir de 3 500 habitants "
    "(art. L2121-11 et L2121-12 du CGCT). Ni le jour de l'envoi ni celui de la séance ne "
    "comptent. En cas d'urgence, le délai peut être réduit à 1 jour franc : le maire en rend "
    "compte à l'ouverture de la séance et le conseil se prononce sur l'urgence."
)
SECONDE_CONVOCATION = (
    "Si le quorum n'a pas été atteint, le conseil est convoqué à nouveau au moins 3 jours "
    "plus tard ; il délibère alors valablement sans condition de quorum (art. L2121-17)."
)
QUORUM = (
    "Quorum : la majorité des membres en exercice doit être physiquement présente, à "
    "l'ouverture et à chaque point (art. L2121-17). Les pouvoirs ne comptent pas."
)
POUVOIRS = (
    "Pouvoir écrit : un conseiller absent peut donner pouvoir à un collègue présent. Un "
    "conseiller ne peut détenir qu'un seul pouvoir (art. L2121-20). Choisir un titulaire "
    "pour un conseiller « absent » le passe en « absent excusé »."
)
SECRETAIRES = (
    "Le conseil nomme un ou plusieurs de ses membres présents secrétaire(s) de séance "
    "(art. L2121-15). Le secrétaire rédige le procès-verbal et le signe avec le maire."
)
MAJORITE = (
    "Une délibération est adoptée à la majorité absolue des suffrages exprimés : les "
    "abstentions, blancs et nuls ne comptent pas (art. L2121-20). En cas d'égalité, la voix "
    "du président est prépondérante, sauf au scrutin secret."
)
SCRUTIN = (
    "Scrutin public nominatif si un quart des présents le demande ; scrutin secret si un "
    "tiers le demande, ou pour une nomination. Le secret l'emporte (art. L2121-21)."
)
NE_PREND_PAS_PART = (
    "Un conseiller intéressé à l'affaire ne prend pas part au vote et sort de la salle "
    "(art. L2131-11) : il ne compte ni dans les votants ni pour le quorum, et le pouvoir "
    "qu'il détient est perdu pour ce point."
)
EFFECTIF = (
    "L'effectif légal dépend de la population municipale (art. L2121-2). Sous 1 000 "
    "habitants, un conseil incomplet peut être « réputé complet » (art. L2121-2-1) : "
    "l'effectif retenu est alors le nombre de membres élus."
)
PUBLICATION = (
    "Communes de moins de 3 500 habitants : le conseil choisit l'affichage, la publication "
    "papier ou la publication électronique ; à défaut, électronique. À partir de 3 500 "
    "habitants, la publication est électronique (art. L2131-1)."
)
TEXTE_GRAS = (
    "Un paragraphe par ligne. Entourez des mots de deux astérisques pour les imprimer en "
    "gras : **texte**."
)
ANCIENS = (
    "Un conseiller qui quitte le conseil garde son historique : indiquez la fin de son "
    "mandat plutôt que de le supprimer. Il ne compte plus parmi les membres en exercice."
)


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    """A small grey paragraph that wraps under a field."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setObjectName("aide")
    label.setStyleSheet("QLabel#aide { color: #4a4a4a; font-size: 9pt; }")
    return label
