"""mairie_app: séances du conseil municipal et registre des délibérations."""

__version__ = "0.1.0"
