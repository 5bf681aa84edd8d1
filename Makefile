# kehoach — build, run, test, install.
PREFIX ?= /usr/local
SWIFT ?= swift
BINDIR = $(PREFIX)/bin
SHAREDIR = $(PREFIX)/share/kehoach
MANDIR = $(PREFIX)/share/man/man1
RELEASE_BIN = .build/release/kehoach
DEBUG_BIN = .build/debug/kehoach

.PHONY: all build release run test install uninstall clean deps bench bench-peers

all: build

# Installs the system packages kehoach needs, only when one is missing (silent and quick otherwise):
# poppler-utils reads PDFs (pdftotext); postgresql gives the store tests a throw-away server (initdb, pg_ctl); LibreOffice and qpdf are for the tests (Word/PDF conversions, a locked PDF).
deps:
	@missing=""; \
	[ -f /usr/include/ncursesw/curses.h ] || missing="$$missing libncurses-dev"; \
	[ -f /usr/include/sqlite3.h ] || missing="$$missing libsqlite3-dev"; \
	command -v tmux >/dev/null 2>&1 || missing="$$missing tmux"; \
	command -v dot >/dev/null 2>&1 || missing="$$missing graphviz"; \
	command -v python3 >/dev/null 2>&1 || missing="$$missing python3"; \
	command -v pdftotext >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	command -v qpdf >/dev/null 2>&1 || missing="$$missing qpdf"; \
	command -v soffice >/dev/null 2>&1 || missing="$$missing libreoffice-writer-nogui"; \
	[ -e /usr/lib/libreoffice/program/libsclo.so ] || missing="$$missing libreoffice-calc-nogui"; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		SUDO=""; [ "$$(id -u)" -eq 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

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

# Benchmarks (release build): the in-process figures beside their goals; then, in the same run, whole
# commands against the sqlite3 floor on the same data (ratio columns) and their instruction counts.
bench: deps
	$(SWIFT) build -c release --product kehoach
	$(SWIFT) build -c release --product KehoachBench
	.build/release/KehoachBench
	bench/peers/install-peers.sh
	KH="$(CURDIR)/$(RELEASE_BIN)" SIZES="$(SIZES)" RUNS="$(RUNS)" bench/peers/run.sh sqlite kh
	KH="$(CURDIR)/$(RELEASE_BIN)" SIZES="$(SIZES)" bench/callgrind.sh

# Whole commands and the dashboard in tmux beside Taskwarrior, VisiData and the sqlite3 shell (the
# floor), interleaved in one run (bench/peers/README.md). Installs the peers when missing.
# SIZES="1000 10000 100000" RUNS=5 SECTIONS="tw vd sqlite kh" as in the baseline.
SIZES ?= 1000 10000
RUNS ?= 3
SECTIONS ?= tw vd sqlite kh
bench-peers: deps
	bench/peers/install-peers.sh
	$(SWIFT) build -c release --product kehoach
	KH="$(CURDIR)/$(RELEASE_BIN)" SIZES="$(SIZES)" RUNS="$(RUNS)" bench/peers/run.sh $(SECTIONS)
