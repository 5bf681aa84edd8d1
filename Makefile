# kehoach — build, run, test, install.
PREFIX ?= /usr/local
SWIFT ?= swift
BINDIR = $(PREFIX)/bin
SHAREDIR = $(PREFIX)/share/kehoach
MANDIR = $(PREFIX)/share/man/man1
RELEASE_BIN = .build/release/kehoach
DEBUG_BIN = .build/debug/kehoach

.PHONY: all build release run test install uninstall clean deps bench

all: build

# Installs the system packages kehoach needs, only when one is missing (silent and quick otherwise):
# poppler-utils reads PDFs (pdftotext); LibreOffice and qpdf are for the tests (Word/PDF conversions, a locked PDF).
deps:
	@missing=""; \
	[ -f /usr/include/ncursesw/curses.h ] || missing="$$missing libncurses-dev"; \
	[ -f /usr/include/sqlite3.h ] || missing="$$missing libsqlite3-dev"; \
	command -v tmux >/dev/null 2>&1 || missing="$$missing tmux"; \
	command -v dot >/dev/null 2>&1 || missing="$$missing graphviz"; \
	command -v python3 >/dev/null 2>&1 || missing="$$missing python3"; \
	python3 -c "import openpyxl" 2>/dev/null || python3 -m pip --version >/dev/null 2>&1 || missing="$$missing python3-pip"; \
	command -v pdftotext >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	command -v qpdf >/dev/null 2>&1 || missing="$$missing qpdf"; \
	command -v soffice >/dev/null 2>&1 || missing="$$missing libreoffice-writer-nogui"; \
	[ -e /usr/lib/libreoffice/program/libsclo.so ] || missing="$$missing libreoffice-calc-nogui"; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		SUDO=""; [ "$$(id -u)" -eq 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi
	@# openpyxl reads the .xlsx reports back in the tests.
	@python3 -c "import openpyxl" 2>/dev/null || python3 -m pip install -q openpyxl 2>/dev/null \
		|| python3 -m pip install -q --break-system-packages openpyxl

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# Opens the dashboard on the bundled plans (imported into the store on first run).
run: release
	$(RELEASE_BIN) $(ARGS)

# Unit, scenario and end-to-end (tmux) tests; the end-to-end tests drive the debug binary.
test: deps
	$(SWIFT) build --product kehoach
	KEHOACH_BIN="$(CURDIR)/$(DEBUG_BIN)" $(SWIFT) test

install: release
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(SHAREDIR)/plans
	install -m 755 $(RELEASE_BIN) $(DESTDIR)$(BINDIR)/kehoach
	install -m 644 Assets/agencies.yaml $(DESTDIR)$(SHAREDIR)/agencies.yaml
	install -m 644 Assets/plans/*.txt $(DESTDIR)$(SHAREDIR)/plans/
	install -d $(DESTDIR)$(MANDIR)
	$(RELEASE_BIN) dev man > $(DESTDIR)$(MANDIR)/kehoach.1
	chmod 644 $(DESTDIR)$(MANDIR)/kehoach.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/kehoach
	rm -rf $(DESTDIR)$(SHAREDIR)
	rm -f $(DESTDIR)$(MANDIR)/kehoach.1

clean:
	rm -rf .build

# Benchmarks (release build): prints each figure beside its goal.
bench: deps
	$(SWIFT) build -c release --product kehoach
	$(SWIFT) build -c release --product KehoachBench
	.build/release/KehoachBench
