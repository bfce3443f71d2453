# oficio - build, run, test, install.  `make help` lists the targets.
#
# Objects go to build/ (build/sanitize/ with SANITIZE=...). The default
# knowledge (kb/, rules/) is compiled into the binary by tools/embed.c.

PREFIX   ?= /usr/local
DESTDIR  ?=
CC       ?= cc
CFLAGS   ?= -O2 -g
SANITIZE ?=

B        := build$(if $(SANITIZE),/sanitize)
WARN     := -std=c11 -Wall -Wextra -Werror -Wshadow -Wvla
CPPFLAGS += -D_POSIX_C_SOURCE=200809L -Iengine
LIBS     := -lclips -lutf8proc -lstemmer -ljansson -lm
SANFLAGS := $(if $(SANITIZE),-fsanitize=$(SANITIZE) -fno-omit-frame-pointer -fno-sanitize-recover=all)

# Load order (DESIGN.md): kb/schema.clp, the other kb/ files sorted, rules/ sorted.
KB_FILES := kb/schema.clp $(sort $(filter-out kb/schema.clp,$(wildcard kb/*.clp))) \
            $(sort $(wildcard rules/*.clp))

ENGINE   := engine/host.c engine/kb.c engine/text.c engine/advisor.c engine/check.c engine/xalloc.c
REPL     := repl/main.c repl/repl.c repl/commands.c repl/advice.c repl/jobs.c repl/out.c repl/msg.c
OBJ      := $(patsubst %.c,$(B)/%.o,$(ENGINE) $(REPL)) $(B)/kb_embed.o

TEST_BINS := $(B)/tests/test_host $(B)/tests/test_text $(B)/tests/pty_test
UNIT      := $(B)/tests/test_host $(B)/tests/test_text
TESTS     := $(UNIT) tests/transcripts/run tests/kb/run $(B)/tests/pty_test

VALGRIND := valgrind -q --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=99

.PHONY: all run test test-valgrind bench install uninstall clean deps help
all: $(B)/oficio

help:
	@echo "make            build $(B)/oficio"
	@echo "make run        build and open the REPL on the default knowledge"
	@echo "make test       build and run every test (SANITIZE=address,undefined to sanitize)"
	@echo "make test-valgrind  the tests under valgrind"
	@echo "make bench      the benchmark table (bench/RESULTS.md keeps the last one)"
	@echo "make install    install to \$$(DESTDIR)\$$(PREFIX) (now $(DESTDIR)$(PREFIX))"
	@echo "make deps       check (and, as root, install) the Debian packages needed"

deps:
	@sh tools/deps.sh

$(B)/oficio: $(OBJ)
	$(CC) $(CFLAGS) $(SANFLAGS) $(LDFLAGS) -o $@ $(OBJ) -lreadline $(LIBS)

$(B)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) $(SANFLAGS) -MMD -MP -c -o $@ $<

$(B)/tools/embed: tools/embed.c
	@mkdir -p $(dir $@)
	$(CC) $(WARN) -O2 -o $@ $<

$(B)/kb_embed.c: $(B)/tools/embed $(KB_FILES)
	$(B)/tools/embed $@ $(KB_FILES)

$(B)/kb_embed.o: $(B)/kb_embed.c
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) $(SANFLAGS) -c -o $@ $<

$(B)/tests/test_host: tests/unit/test_host.c $(B)/engine/host.o $(B)/engine/xalloc.o
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) $(SANFLAGS) -o $@ $^ -lcmocka -lpthread $(LIBS)

$(B)/tests/test_text: tests/unit/test_text.c $(B)/engine/text.o $(B)/engine/xalloc.o
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) $(SANFLAGS) -o $@ $^ -lcmocka -lutf8proc -lstemmer

$(B)/tests/pty_test: tests/pty/pty_test.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) $(SANFLAGS) -o $@ $< -lutil

run: deps $(B)/oficio
	./$(B)/oficio

test: deps $(B)/oficio $(TEST_BINS)
	OFICIO=$(CURDIR)/$(B)/oficio CMOCKA_MESSAGE_OUTPUT=TAP prove --exec '' $(TESTS)

# Valgrind checks the unit tests and every transcript (the pty test drives a
# terminal and is timing-bound, so it runs without it).
test-valgrind: deps $(B)/oficio $(TEST_BINS)
	@command -v valgrind >/dev/null || { echo "make test-valgrind needs valgrind: apt-get install -y valgrind"; exit 1; }
	CMOCKA_MESSAGE_OUTPUT=TAP prove --exec '$(VALGRIND)' $(UNIT)
	OFICIO=$(CURDIR)/$(B)/oficio OFICIO_WRAP="$(VALGRIND)" prove --exec '' tests/transcripts/run

# Benchmarks: bench/run.sh prints one table (also build/bench/RESULTS.md;
# BENCH_RECORD=1 rewrites bench/RESULTS.md). Needs clips and time (Debian).
BENCH := build/bench

$(BENCH)/gen: bench/gen.c
	@mkdir -p $(dir $@)
	$(CC) $(WARN) -D_POSIX_C_SOURCE=200809L -O2 -o $@ $<

$(BENCH)/bare: bench/bare.c
	@mkdir -p $(dir $@)
	$(CC) $(WARN) -D_POSIX_C_SOURCE=200809L -O2 -o $@ $<

bench: $(B)/oficio $(BENCH)/gen $(BENCH)/bare
	@sh tools/deps.sh bench
	OFICIO=$(B)/oficio BENCH_DIR=$(BENCH) bash bench/run.sh

install: $(B)/oficio
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(B)/oficio $(DESTDIR)$(PREFIX)/bin/oficio
	install -D -m 644 docs/oficio.1 $(DESTDIR)$(PREFIX)/share/man/man1/oficio.1

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/oficio $(DESTDIR)$(PREFIX)/share/man/man1/oficio.1

clean:
	rm -rf build

-include $(shell find build -name '*.d' 2>/dev/null)
