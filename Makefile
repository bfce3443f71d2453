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
LIBS     := -lclips -lutf8proc -lstemmer -lhunspell -ljansson -lm
SANFLAGS := $(if $(SANITIZE),-fsanitize=$(SANITIZE) -fno-omit-frame-pointer -fno-sanitize-recover=all)

# Load order (DESIGN.md): kb/schema.clp, the other kb/ files sorted, rules/ sorted.
KB_FILES := kb/schema.clp $(sort $(filter-out kb/schema.clp,$(wildcard kb/*.clp))) \
            $(sort $(wildcard rules/*.clp))

# The advisor (engine/advisor.h), one concept a file: engine/advisor_impl.h lists them.
ADVISOR  := engine/advisor.c engine/knowledge.c engine/names.c engine/sync.c engine/task_parse.c \
            engine/task_read.c engine/positions.c engine/candidates.c engine/conclusion.c engine/tasks.c \
            engine/interview.c engine/cv.c engine/attach.c
# The reading of text (engine/text.h), one concept a file: engine/text_index.h lists them.
TEXT     := engine/fold.c engine/words.c engine/keys.c engine/parts.c engine/text.c
ENGINE   := engine/host.c engine/guard.c engine/kb.c $(TEXT) engine/lemma.c engine/intern.c engine/functions.c $(ADVISOR) engine/check.c engine/explain.c engine/document.c engine/xalloc.c \
            engine/atomic.c
REPL     := repl/main.c repl/repl.c repl/commands.c repl/advice.c repl/batch.c repl/interview.c repl/jobs.c \
            repl/out.c repl/msg.c repl/shown.c repl/session.c repl/complete.c repl/suggest.c \
            repl/case.c repl/report.c repl/readfile.c repl/job_ad.c repl/cv.c
OBJ      := $(patsubst %.c,$(B)/%.o,$(ENGINE) $(REPL)) $(B)/kb_embed.o $(B)/kb_image.o

TEST_BINS := $(B)/tests/test_host $(B)/tests/test_text $(B)/tests/test_document $(B)/tests/test_explain $(B)/tests/test_atomic $(B)/tests/pty_test \
             $(B)/tests/atomic_driver $(B)/tests/fault.so
UNIT      := $(B)/tests/test_host $(B)/tests/test_text $(B)/tests/test_document $(B)/tests/test_explain $(B)/tests/test_atomic
TESTS     := $(UNIT) tests/transcripts/run tests/kb/run tests/batch/run tests/scaling/run $(B)/tests/pty_test \
             tests/faults/run

VALGRIND := valgrind -q --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=99 \
            --suppressions=$(CURDIR)/tests/valgrind.supp

.PHONY: all run test test-valgrind bench bench-growth install uninstall clean deps help
all: $(B)/oficio

help:
	@echo "make            build $(B)/oficio"
	@echo "make run        build and open the REPL on the default knowledge"
	@echo "make test       build and run every test (SANITIZE=address,undefined to sanitize)"
	@echo "make test-valgrind  the tests under valgrind"
	@echo "make bench      the benchmark table (bench/RESULTS.md keeps the last one)"
	@echo "make bench-growth  report and a long CLIPS expression at doubling sizes: linear?"
	@echo "make fuzz       each libFuzzer target for FUZZ_SECONDS (default 60)"
	@echo "make lint       cppcheck and clang-tidy on engine/ and repl/"
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

# The embedded knowledge as a CLIPS binary image, made by loading it
# (tools/image.c), for a start-up without parsing.
IMAGE_OBJ := $(patsubst %.c,$(B)/%.o,engine/host.c engine/guard.c engine/functions.c engine/intern.c \
                                    engine/xalloc.c) $(B)/kb_embed.o
$(B)/tools/image: tools/image.c $(IMAGE_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) $(SANFLAGS) $(LDFLAGS) -o $@ $< $(IMAGE_OBJ) $(LIBS)

$(B)/kb_image.c: $(B)/tools/image
	$(B)/tools/image $@

$(B)/kb_image.o: $(B)/kb_image.c
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) $(SANFLAGS) -c -o $@ $<

$(B)/tests/test_host: tests/unit/test_host.c $(B)/engine/host.o $(B)/engine/guard.o $(B)/engine/functions.o $(B)/engine/intern.o \
                     $(B)/engine/xalloc.o
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) $(SANFLAGS) -o $@ $^ -lcmocka -lpthread $(LIBS)

$(B)/tests/test_explain: tests/unit/test_explain.c $(B)/engine/explain.o $(ADVISOR:%.c=$(B)/%.o) \
                        $(TEXT:%.c=$(B)/%.o) $(B)/engine/lemma.o $(B)/engine/intern.o $(B)/engine/host.o \
                        $(B)/engine/guard.o $(B)/engine/functions.o $(B)/engine/xalloc.o
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) $(SANFLAGS) -o $@ $^ -lcmocka $(LIBS)

$(B)/tests/test_text: tests/unit/test_text.c $(TEXT:%.c=$(B)/%.o) $(B)/engine/lemma.o $(B)/engine/intern.o \
                     $(B)/engine/xalloc.o
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) $(SANFLAGS) -o $@ $^ -lcmocka -lutf8proc -lstemmer -lhunspell

$(B)/tests/test_document: tests/unit/test_document.c $(B)/engine/document.o $(TEXT:%.c=$(B)/%.o) $(B)/engine/lemma.o \
                         $(B)/engine/intern.o $(B)/engine/xalloc.o
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) $(SANFLAGS) -o $@ $^ -lcmocka -lutf8proc -lstemmer -lhunspell

$(B)/tests/test_atomic: tests/unit/test_atomic.c $(B)/engine/atomic.o $(B)/engine/xalloc.o
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) $(SANFLAGS) -o $@ $^ -lcmocka

# tests/faults/run: a driver of atomic_write, and the LD_PRELOAD fault shim
# (never sanitized: it wraps libc calls for whatever binary it is loaded in).
$(B)/tests/atomic_driver: tests/faults/atomic_driver.c $(B)/engine/atomic.o $(B)/engine/xalloc.o
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) $(SANFLAGS) -o $@ $^

$(B)/tests/fault.so: tests/faults/fault.c
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) -shared -fPIC -o $@ $< -ldl

$(B)/tests/pty_test: tests/pty/pty_test.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) $(SANFLAGS) -o $@ $< -lutil

run: deps $(B)/oficio
	./$(B)/oficio

# GNU parallel is for tests/scaling/run alone, which says it is skipped
# where parallel is missing: installed when it can be, not required.
test: deps $(B)/oficio $(TEST_BINS)
	@sh tools/deps.sh test || echo "(without it, tests/scaling/run is skipped)"
	OFICIO=$(CURDIR)/$(B)/oficio OFICIO_SANITIZED=$(SANITIZE) CMOCKA_MESSAGE_OUTPUT=TAP prove --exec '' $(TESTS)

# Valgrind checks the unit tests and every transcript (the pty test drives a
# terminal and is timing-bound, so it runs without it).
test-valgrind: deps $(B)/oficio $(TEST_BINS)
	@command -v valgrind >/dev/null || { echo "make test-valgrind needs valgrind: apt-get install -y valgrind"; exit 1; }
	CMOCKA_MESSAGE_OUTPUT=TAP prove --exec '$(VALGRIND)' $(UNIT)
	OFICIO=$(CURDIR)/$(B)/oficio OFICIO_WRAP="$(VALGRIND)" prove --exec '' tests/transcripts/run

# Benchmarks: bench/run.sh prints one table (also build/bench/RESULTS.md;
# BENCH_RECORD=1 rewrites bench/RESULTS.md). Needs clips, time and valgrind
# (for the instruction counts) (Debian).
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

# Work that must grow linearly with its input (report, a long CLIPS
# expression at the REPL): bench/growth.sh, at doubling sizes.
bench-growth: $(B)/oficio
	OFICIO=$(B)/oficio bash bench/growth.sh

install: $(B)/oficio
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(B)/oficio $(DESTDIR)$(PREFIX)/bin/oficio
	install -D -m 644 docs/oficio.1 $(DESTDIR)$(PREFIX)/share/man/man1/oficio.1

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/oficio $(DESTDIR)$(PREFIX)/share/man/man1/oficio.1

clean:
	rm -rf build

-include $(shell find build -name '*.d' 2>/dev/null)

# ------------------------------------------------------------------- fuzzing
# libFuzzer targets (tests/fuzz/), built with clang into build/fuzz/. Each
# runs FUZZ_SECONDS on a scratch copy of its corpus (the repository's corpus
# grows only by hand), after its regression inputs (tests/fuzz/regress/T/).
# A crash leaves its input in build/fuzz/work/T/crashes/ and fails the
# target. tests/fuzz/T.dict, when there is one, is the target's dictionary.
# tests/fuzz/lsan.supp ignores leaks inside CLIPS itself (its allocator).
FUZZ_SECONDS ?= 60
FUZZ_CC      ?= clang
FUZZ_FLAGS   := -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_TARGETS := line text batch jobs kb case
FUZZ_OBJ     := $(patsubst %.c,build/fuzz/obj/%.o,$(ENGINE) $(filter-out repl/main.c,$(REPL))) \
                build/fuzz/obj/kb_embed.o build/fuzz/obj/kb_image.o
FUZZ_BINS    := $(FUZZ_TARGETS:%=build/fuzz/fuzz_%)
.SECONDARY: $(FUZZ_OBJ)

# clang and its libFuzzer runtime (Debian 12: clang, libclang-rt-14-dev).
fuzz-deps:
	@printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { return d && n; }\n' | \
	  $(FUZZ_CC) -fsanitize=fuzzer,address,undefined -x c - -o /dev/null 2>/dev/null || \
	  { echo "make fuzz needs clang with libFuzzer: apt-get install -y clang libclang-rt-14-dev"; exit 1; }

build/fuzz/obj/%.o: %.c | fuzz-deps
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(CPPFLAGS) $(WARN) $(FUZZ_FLAGS) -MMD -MP -c -o $@ $<

build/fuzz/obj/kb_embed.o: $(B)/kb_embed.c | fuzz-deps
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(CPPFLAGS) $(WARN) $(FUZZ_FLAGS) -c -o $@ $<

build/fuzz/obj/kb_image.o: $(B)/kb_image.c | fuzz-deps
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(CPPFLAGS) $(WARN) $(FUZZ_FLAGS) -c -o $@ $<

build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(FUZZ_OBJ)
	$(FUZZ_CC) $(CPPFLAGS) $(WARN) $(FUZZ_FLAGS) -o $@ $< $(FUZZ_OBJ) -lreadline $(LIBS)

.PHONY: fuzz fuzz-deps lint
fuzz: $(FUZZ_BINS)
	@export LSAN_OPTIONS=suppressions=$(CURDIR)/tests/fuzz/lsan.supp; \
	fail=0; for t in $(FUZZ_TARGETS); do \
	  w=build/fuzz/work/$$t; rm -rf $$w; mkdir -p $$w/corpus $$w/crashes; \
	  cp tests/fuzz/corpus/$$t/* $$w/corpus/; \
	  if [ -d tests/fuzz/regress/$$t ] && [ -n "$$(ls tests/fuzz/regress/$$t)" ]; then \
	    echo "fuzz_$$t: regression inputs"; \
	    build/fuzz/fuzz_$$t -close_fd_mask=2 tests/fuzz/regress/$$t/* >$$w/regress.log 2>&1 || { \
	      grep -E -A14 '^Running:|ERROR:|runtime error' $$w/regress.log | grep -v '^Running:.*regress' | head -40; \
	      echo "fuzz_$$t: FAILED on a regression input (log: $$w/regress.log)"; fail=1; continue; }; \
	  fi; \
	  dict=; [ -f tests/fuzz/$$t.dict ] && dict=-dict=tests/fuzz/$$t.dict; \
	  echo "fuzz_$$t: $(FUZZ_SECONDS) s"; \
	  if build/fuzz/fuzz_$$t $$dict -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -timeout=25 \
	       -close_fd_mask=2 -print_final_stats=1 -artifact_prefix=$$w/crashes/ \
	       $$w/corpus >$$w/fuzz.log 2>&1; then \
	    grep -E '^#[0-9]+[[:space:]]+DONE' $$w/fuzz.log | tail -1; \
	  else \
	    grep -E -A24 'ERROR:|runtime error' $$w/fuzz.log | head -50; \
	    echo "fuzz_$$t: FAILED: $$(grep -E -m1 -o '(ERROR|runtime error):.*' $$w/fuzz.log)"; \
	    for c in $$w/crashes/*; do [ -f "$$c" ] && echo "input $$c (base64): $$(base64 -w0 "$$c")"; done; \
	    echo "fuzz_$$t: FAILED, input in $$w/crashes/ (log: $$w/fuzz.log)"; fail=1; \
	  fi; \
	done; exit $$fail

# Static analysis of our code (engine/, repl/; not the generated kb_embed.c).
# clang-tidy runs once per file: clang-tidy 14 given several files reports
# valist.Uninitialized on correct va_start/vsnprintf code in all but the first.
# Suppressed, false positive: wrongPrintfScanfArgNum in repl/main.c, where
# usage_error("%s", text, NULL) passes a spare argument that fprintf ignores
# (C11 7.21.6.1p2). The checks clang-tidy leaves out are listed in .clang-tidy.
LINT_SRC := $(wildcard engine/*.c repl/*.c)
lint:
	@command -v cppcheck >/dev/null && command -v clang-tidy >/dev/null || \
	  { echo "make lint needs cppcheck and clang-tidy: apt-get install -y cppcheck clang-tidy"; exit 1; }
	cppcheck -q --std=c11 --enable=warning,performance,portability --error-exitcode=1 --inline-suppr \
	  -D_POSIX_C_SOURCE=200809L -Iengine --suppress=missingIncludeSystem \
	  --suppress=wrongPrintfScanfArgNum:repl/main.c $(LINT_SRC)
	@fail=0; for f in $(LINT_SRC); do \
	  echo "clang-tidy $$f"; \
	  out=$$(clang-tidy --quiet $$f -- $(CPPFLAGS) -std=c11 2>&1) || \
	    { echo "$$out" | grep -v 'warnings\? generated\.$$'; fail=1; }; \
	done; exit $$fail
