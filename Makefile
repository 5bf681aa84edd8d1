# kehoach — build, run, test, install.
PREFIX ?= /usr/local
SWIFT ?= swift
BINDIR = $(PREFIX)/bin
SHAREDIR = $(PREFIX)/share/kehoach
MANDIR = $(PREFIX)/share/man/man1
RELEASE_BIN = .build/release/kehoach
DEBUG_BIN = .build/debug/kehoach

.PHONY: all build release run test test-deps install uninstall clean deps bench bench-pg bench-commands bench-peers fuzz sanitize sanitize-address sanitize-thread

all: build

# Installs what kehoach needs to build and run, only when something is missing (silent and quick
# otherwise): ncurses, SQLite, and poppler-utils, whose pdftotext reads PDFs.
deps:
	@missing=""; \
	[ -f /usr/include/ncursesw/curses.h ] || missing="$$missing libncurses-dev"; \
	[ -f /usr/include/sqlite3.h ] || missing="$$missing libsqlite3-dev"; \
	command -v pdftotext >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	$(APT_INSTALL)

# What the tests need besides: tmux (end-to-end), graphviz (dot), PostgreSQL (a throw-away server for
# the store tests), LibreOffice, qpdf and openpyxl (Word/PDF conversions, a locked PDF, the .xlsx read
# back), e2fsprogs (chattr for read-only stores), groff (the man page).
test-deps: deps
	@missing=""; \
	command -v tmux >/dev/null 2>&1 || missing="$$missing tmux"; \
	command -v dot >/dev/null 2>&1 || missing="$$missing graphviz"; \
	command -v python3 >/dev/null 2>&1 || missing="$$missing python3"; \
	python3 -c "import openpyxl" 2>/dev/null || python3 -m pip --version >/dev/null 2>&1 || missing="$$missing python3-pip"; \
	command -v qpdf >/dev/null 2>&1 || missing="$$missing qpdf"; \
	command -v soffice >/dev/null 2>&1 || missing="$$missing libreoffice-writer-nogui"; \
	[ -e /usr/lib/libreoffice/program/libsclo.so ] || missing="$$missing libreoffice-calc-nogui"; \
	command -v chattr >/dev/null 2>&1 || missing="$$missing e2fsprogs"; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	command -v groff >/dev/null 2>&1 || missing="$$missing groff-base"; \
	command -v pkill >/dev/null 2>&1 || missing="$$missing procps"; \
	$(APT_INSTALL)
	@python3 -c "import openpyxl" 2>/dev/null || python3 -m pip install -q openpyxl 2>/dev/null \
		|| python3 -m pip install -q --break-system-packages openpyxl

# The tail of both recipes above: apt-get only when $$missing names something.
APT_INSTALL = if [ -n "$$missing" ]; then \
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
# The tmux end-to-end tests run on their own, after the others: beside LibreOffice conversions and throw-away
# PostgreSQL servers on two cores, a dashboard's first frame can take longer than their waits allow.
test: test-deps
	$(SWIFT) build --product kehoach
	KEHOACH_BIN="$(CURDIR)/$(DEBUG_BIN)" $(SWIFT) test --skip EndToEndTests
	KEHOACH_BIN="$(CURDIR)/$(DEBUG_BIN)" $(SWIFT) test --filter EndToEndTests

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
bench: test-deps
	$(SWIFT) build -c release --product kehoach
	$(SWIFT) build -c release --product KehoachBench
	.build/release/KehoachBench
	bench/peers/install-peers.sh
	KH="$(CURDIR)/$(RELEASE_BIN)" SIZES="$(SIZES)" RUNS="$(RUNS)" bench/peers/run.sh sqlite kh
	KH="$(CURDIR)/$(RELEASE_BIN)" SIZES="$(SIZES)" bench/callgrind.sh

# The shared PostgreSQL store under load (issue 13), on a throw-away loopback server of its own: 50 clients
# x 200 status edits on the same 20 tasks; every acknowledged edit in the history (0 lost), conflicts
# counted, p50/p99 edit latency, and a second client's change-to-notice time through NOTIFY.
# CLIENTS=50 EDITS=200 TASKS=20 NOTICES=200
bench-pg: test-deps
	$(SWIFT) build -c release --product KehoachPGBench
	BENCH="$(CURDIR)/.build/release/KehoachPGBench" CLIENTS="$(CLIENTS)" EDITS="$(EDITS)" TASKS="$(TASKS)" NOTICES="$(NOTICES)" \
		bench/pg/run.sh

# Whole commands and the dashboard in tmux beside Taskwarrior, VisiData and the sqlite3 shell (the
# floor), interleaved in one run (bench/peers/README.md). Installs the peers when missing.
# SIZES="1000 10000 100000" RUNS=5 SECTIONS="tw vd sqlite kh" as in the baseline.
SIZES ?= 1000 10000
RUNS ?= 3
SECTIONS ?= tw vd sqlite kh
# The whole commands alone against the floor, on the stores a bench-peers run left in /tmp/peers
# (quicker when only the commands changed); KH_BEFORE=path runs an older binary in the same rounds.
bench-commands:
	$(SWIFT) build -c release --product kehoach
	KH="$(CURDIR)/$(RELEASE_BIN)" KH_BEFORE="$(KH_BEFORE)" SIZES="$(SIZES)" RUNS="$(RUNS)" bench/peers/commands.sh

bench-peers: test-deps
	bench/peers/install-peers.sh
	$(SWIFT) build -c release --product kehoach
	KH="$(CURDIR)/$(RELEASE_BIN)" SIZES="$(SIZES)" RUNS="$(RUNS)" bench/peers/run.sh $(SECTIONS)

# Fuzzing (libFuzzer, Linux): KEHOACH_FUZZING=1 makes Package.swift build kehoach's own modules with
# -sanitize=fuzzer (the dependencies as usual). Each target runs FUZZ_SECONDS, one after the other, seeded
# from the bundled plans and Tests/FuzzSeeds; what libFuzzer finds stays in .build-fuzz/corpus, a crash in .build-fuzz/crash-*.
# `.build/debug/KehoachFuzz FILE` (the normal build, KEHOACH_FUZZ_TARGET=…) replays a crash.
FUZZ_SECONDS ?= 60
FUZZ_BUILD = .build-fuzz
FUZZ_TARGETS ?= text table yaml codec keys docx pdf

fuzz: deps
	KEHOACH_FUZZING=1 $(SWIFT) build --build-path $(FUZZ_BUILD) --manifest-cache none --product KehoachFuzz
	@for target in $(FUZZ_TARGETS); do \
		case $$target in text) seeds=Assets/plans ;; *) seeds=Tests/FuzzSeeds/$$target ;; esac; \
		mkdir -p $(FUZZ_BUILD)/corpus/$$target; \
		echo "== fuzz $$target ($(FUZZ_SECONDS) s)"; \
		KEHOACH_FUZZ_TARGET=$$target $(FUZZ_BUILD)/debug/KehoachFuzz $(FUZZ_BUILD)/corpus/$$target $$seeds \
			-max_len=65536 -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
			-artifact_prefix=$(FUZZ_BUILD)/crash-$$target- || exit 1; \
	done

# The unit and scenario tests under AddressSanitizer, then ThreadSanitizer (each in its own build folder;
# the end-to-end tests drive the normal binary and are left to `make test`). Leak detection is off: the
# only leaks it reports are the test runners' and Foundation.Process's own, at exit.
sanitize: sanitize-address sanitize-thread

sanitize-address: test-deps
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --build-path .build-asan --sanitize=address --skip EndToEndTests

sanitize-thread: test-deps
	$(SWIFT) test --build-path .build-tsan --sanitize=thread --skip EndToEndTests
