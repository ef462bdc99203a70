# Two commands on a fresh Debian/Ubuntu machine:  make run   |   make test
# Windows: see README.md ("Windows") for the equivalent commands.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DEMO   ?= build/demo.cwb
# Shared libraries the Qt wheels load (xcb/offscreen platform plugins, fonts, OpenGL).
QT_LIBS := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
           libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
           libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0
OFFICE  := libreoffice-writer-nogui libreoffice-calc-nogui

.PHONY: run test setup sysdeps office lint i18n bundle bundle-smoke bench screenshots docs-annex clean

run: setup
	@test -f $(DEMO) || (mkdir -p $(dir $(DEMO)) && $(BIN)/workbench demo $(DEMO))
	$(BIN)/workbench-app $(DEMO)

test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

setup: sysdeps $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	$(BIN)/python -m ui.i18n_build
	touch $@

# Installs the Qt system libraries when root, otherwise prints the apt-get line to run.
sysdeps:
	@missing=$$(for p in $(QT_LIBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ] && command -v apt-get >/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing Qt system libraries:" $$missing; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else echo "Qt needs system libraries; run: sudo apt-get install -y $$missing"; fi; \
	fi

# LibreOffice headless, used by the tests to prove the exports open in a real office suite.
office:
	@command -v soffice >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(OFFICE) >/dev/null; } \
	  || echo "optional: sudo apt-get install $(OFFICE)"

# Style, types and layers (#18); CI runs it before the tests.
lint: setup
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports

# Translations (#14, #18): new tr()/QT_TRANSLATE_NOOP strings of ui/ and workbench/labels.py into
# resources/translations/*.ts (unused ones dropped), then compiled to .qm. Translate what it
# reports as unfinished (Qt Linguist: .venv/bin/pyside6-linguist), then run it again.
i18n: setup
	$(BIN)/python -m ui.i18n_build --update

# One folder with both programs: dist/ConsultationWorkbench/{workbench-app,workbench} (docs/windows.md).
bundle: setup $(VENV)/.bundle-installed
	$(BIN)/python -m ui.i18n_build
	$(BIN)/pyinstaller --noconfirm --log-level WARN build_installer.spec
	@du -sh dist/ConsultationWorkbench

$(VENV)/.bundle-installed: pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[dev,bundle]"
	touch $@

# Builds the bundle, then runs both programs from it on a fresh demo dossier (tests/test_bundle.py).
bundle-smoke: bundle
	CWB_BUNDLE=$(CURDIR)/dist/ConsultationWorkbench QT_QPA_PLATFORM=offscreen \
	  $(BIN)/python -m pytest tests/test_bundle.py

bench: setup
	$(BIN)/python bench/run.py

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshots docs/screenshots

# PNGs of the demo annex for the README (needs LibreOffice: make office).
docs-annex: setup
	$(BIN)/python docs/render_annex.py

clean:
	rm -rf build dist $(VENV)
