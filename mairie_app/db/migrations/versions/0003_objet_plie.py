"""objet des délibérations sans accents, pour la recherche

Revision ID: 0003
Revises: 0002

The new column is filled here for the deliberations already in the register;
the model keeps it up to date afterwards.
"""

import sqlalchemy as sa
from alembic import op

from mairie_app.domain.texte import plier

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("deliberation", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("objet_plie", sa.String(length=499), nullable=False, server_default="")
        )
    if op.get_context().as_sql:
        # An SQL script made offline cannot run Python: lower case only, refolded
        # the next time each objet is saved.
        op.execute("UPDATE deliberation SET objet_plie = lower(objet)")
        return
    conn = op.get_bind()
    lignes = conn.execute(sa.text("SELECT id, objet FROM deliberation")).fetchall()
    for ident, objet in lignes:
        conn.execute(
            sa.text("UPDATE deliberation SET objet_plie = :plie WHERE id = :id"),
            {"plie": plier(objet), "id": ident},
        )


def downgrade() -> None:
    with op.batch_alter_table("deliberation", schema=None) as batch_op:
        batch_op.drop_column("objet_plie")
