# Two commands do all set-up on a fresh Linux machine:
#   make run    installs everything into .venv and launches Recourse
#   make test   installs everything into .venv, runs `make lint`, then the whole test suite
#   make lint   ruff (likely bugs), mypy (types) and lint-imports (layer and dependency contracts)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run lint test bench bundle package package-test icons clean lock translations

$(STAMP): requirements.lock pyproject.toml scripts/system-deps.sh
	scripts/system-deps.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

# Interface catalogues: translations/*.ts are the sources (committed); the .qm files the app
# loads are built from them here, so they are never stale and never conflict in git.
QM := $(patsubst %.ts,%.qm,$(wildcard translations/recourse_*.ts))

translations/%.qm: translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

install: $(STAMP) $(QM)

run: install
	$(BIN)/recourse

lint: install
	$(BIN)/ruff check app tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: install
	$(BIN)/python -m bench

# Packages (packaging/README.md): the PyInstaller one-folder bundle, then the Linux packages
# (.deb and portable tarball in dist/), then a test of the frozen program from the .deb unpacked
# with dpkg -x into a temporary root, and from the tarball (nothing is installed; not part of CI:
# building the packages takes 11-13 min on 2 cores). packaging/linux/package-test.sh alone re-tests dist/.
bundle: install
	$(BIN)/python -m pip install --quiet "pyinstaller==6.22.3"
	$(BIN)/pyinstaller packaging/recourse.spec --noconfirm --log-level WARN

package: bundle
	packaging/linux/build-packages.sh

package-test: package
	packaging/linux/package-test.sh

icons:
	packaging/render-icons.sh

lock:
	$(BIN)/python -m uv pip compile pyproject.toml --extra dev --generate-hashes \
	    --python-version 3.11 --universal -o requirements.lock

translations: $(QM)

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis translations/*.qm
