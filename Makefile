# Two commands for a secretary's PC or a developer: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# Debian/Ubuntu libraries that the Qt wheels need (offscreen and X11).
QT_DEBS := libegl1 libgl1 libfontconfig1 libfreetype6 libxkbcommon0 libxkbcommon-x11-0 \
           libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
           libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 \
           libxcb-xkb1 libx11-xcb1 libxrender1 libxi6
PYTEST_ARGS ?=

.PHONY: run test lint bench sysdeps clean format install-desktop dist dist-check

run: sysdeps $(VENV)/.installed
	$(BIN)/mairie-app $(ARGS)

test: sysdeps $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check mairie_app tests tools
	$(BIN)/ruff format --check mairie_app tests tools

format: $(VENV)/.installed-test
	$(BIN)/ruff format mairie_app tests tools
	$(BIN)/ruff check --fix mairie_app tests tools

bench: sysdeps $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/bench.py

sysdeps:
	@if command -v dpkg-query >/dev/null 2>&1; then \
	  missing=""; \
	  for p in $(QT_DEBS); do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	  done; \
	  if [ -n "$$missing" ]; then \
	    if [ "$$(id -u)" = "0" ]; then \
	      echo "Installation des bibliothèques Qt manquantes :$$missing"; \
	      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	    else \
	      echo "Bibliothèques système manquantes. Lancez :"; \
	      echo "  sudo apt-get install -y$$missing"; \
	      exit 1; \
	    fi; \
	  fi; \
	fi

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache

# Menu entry and icon for the current user, so the app starts by double-click.
DESKTOP_DIR := $(HOME)/.local/share/applications
ICON_DIR    := $(HOME)/.local/share/icons/hicolor
install-desktop: $(VENV)/.installed
	mkdir -p $(DESKTOP_DIR)
	for s in 16 24 32 48 64 128 256; do \
	  mkdir -p $(ICON_DIR)/$${s}x$${s}/apps; \
	  cp resources/icons/mairie-app-$$s.png $(ICON_DIR)/$${s}x$${s}/apps/mairie-app.png; \
	done
	mkdir -p $(ICON_DIR)/scalable/apps
	cp resources/icons/mairie-app.svg $(ICON_DIR)/scalable/apps/mairie-app.svg
	sed "s|^Exec=mairie-app|Exec=$(CURDIR)/$(BIN)/mairie-app|" resources/mairie-app.desktop \
	  > $(DESKTOP_DIR)/mairie-app.desktop
	-command -v desktop-file-validate >/dev/null && desktop-file-validate $(DESKTOP_DIR)/mairie-app.desktop
	-command -v update-desktop-database >/dev/null && update-desktop-database $(DESKTOP_DIR)
	@echo "Entrée de menu installée : $(DESKTOP_DIR)/mairie-app.desktop"

# A one-folder application for Windows or Linux (PyInstaller), in dist/mairie-app/.
$(VENV)/.installed-dist: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install -q -e '.[dist,test]'
	touch $@

dist: sysdeps $(VENV)/.installed-dist
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
	  --distpath dist --workpath build/pyinstaller tools/mairie-app.spec

# The built program, started with no screen: demo, then the extrait of the reference act.
dist-check: dist
	rm -rf build/dist-check && mkdir -p build/dist-check
	QT_QPA_PLATFORM=offscreen dist/mairie-app/mairie-app --data-dir build/dist-check demo
	QT_QPA_PLATFORM=offscreen dist/mairie-app/mairie-app --data-dir build/dist-check \
	  pdf extrait "2024 / 1 / 1" -o build/dist-check/extrait.pdf
	QT_QPA_PLATFORM=offscreen dist/mairie-app/mairie-app --data-dir build/dist-check \
	  --quitter-apres-affichage
	$(BIN)/python -c "import sys; from pypdf import PdfReader; \
	  t = ' '.join(p.extract_text() for p in PdfReader('build/dist-check/extrait.pdf').pages); \
	  sys.exit(0 if '23 voix pour' in t and 'LLANES' in t else 'extrait incomplet')"
	@echo "dist-check : l'application construite démarre et imprime l'extrait de référence."
