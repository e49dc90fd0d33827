"""The first window waits for nothing it does not show: no ReportLab, no Alembic, no
list of communes, when the register is already at the current revision."""

from __future__ import annotations

import os
import subprocess
import sys

from mairie_app.services.demo import charger_demo
from mairie_app.services.registre import ouvrir_registre

SCRIPT = """
import sys
from mairie_app.app import main
code = main(["--data-dir", sys.argv[1], "--quitter-apres-affichage"])
from mairie_app.referentiels import communes
lourds = [m for m in ("reportlab", "alembic") if m in sys.modules]
lourds += ["communes"] if communes.load_communes.cache_info().currsize else []
print("lourds:", ",".join(lourds))
sys.exit(code)
"""


def test_the_window_opens_without_loading_what_it_does_not_show(tmp_path):
    services = ouvrir_registre(tmp_path)
    charger_demo(services.sessions)
    services.fermer()
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    lignes = result.stdout.splitlines()
    assert lignes[0].startswith("fenetre-affichee ")
    assert lignes[-1] == "lourds: "  # nothing heavy was loaded
