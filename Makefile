# newsline: one non-recursive Makefile (see ../shared/STYLE.md section 7).
#
#   make                build ./newsline
#   make check          unit tests, CLI goldens, fuzz replays, lint (SANITIZE=address,undefined)
#   make demo           install deps, ingest corpus/, write reports/
#   make bench | eval   figures (eval needs ../shared/data)
#   make DEVELOPER=1    warnings are errors
#   make SANITIZE=address,undefined   sanitizer build (objects go to build-san/)

PREFIX   ?= /usr/local
DESTDIR  ?=
CC       ?= cc
PKG_CONFIG ?= pkg-config
SHARED   ?= ../shared

CFLAGS   ?= -O2 -g
WARNINGS  = -std=c11 -Wall -Wextra -Wshadow -Wformat=2 -Wstrict-prototypes \
            -Wmissing-prototypes -Wwrite-strings -Wvla -Wpointer-arith -Wundef \
            -Wswitch-enum
ifeq ($(DEVELOPER),1)
WARNINGS += -Werror
endif

DEPS_CFLAGS := $(shell $(PKG_CONFIG) --cflags libxml-2.0 sqlite3 2>/dev/null)
DEPS_LIBS   := $(shell $(PKG_CONFIG) --libs libxml-2.0 sqlite3 2>/dev/null)

ALL_CPPFLAGS = -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Isrc \
               -DNL_DATADIR='"$(PREFIX)/share/newsline"' $(DEPS_CFLAGS) $(CPPFLAGS)
ALL_CFLAGS   = $(WARNINGS) $(CFLAGS)
ALL_LDLIBS   = $(DEPS_LIBS) -lm -lpthread $(LDLIBS)

ifdef SANITIZE
B := build-san
ALL_CFLAGS  += -fsanitize=$(SANITIZE) -fno-omit-frame-pointer -fno-sanitize-recover=all
ALL_LDFLAGS  = -fsanitize=$(SANITIZE) $(LDFLAGS)
else
B := build
ALL_LDFLAGS  = $(LDFLAGS)
endif

ifeq ($(V),1)
Q :=
else
Q := @
endif

CLI_SRC  := src/main.c src/cli.c $(wildcard src/cmd_*.c)
LIB_SRC  := $(filter-out $(CLI_SRC),$(wildcard src/*.c))
LIB_OBJ  := $(LIB_SRC:src/%.c=$(B)/%.o)
CLI_OBJ  := $(CLI_SRC:src/%.c=$(B)/%.o)
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)
FUZZ_SRC := $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_TGT := $(filter-out main,$(FUZZ_SRC:tests/fuzz/fuzz_%.c=%))
FUZZ_REPLAY := $(FUZZ_TGT:%=$(B)/tests/replay_%)

ifdef SANITIZE
NEWSLINE := $(B)/newsline
else
NEWSLINE := ./newsline
endif

.PHONY: all check test unit cli fuzz-replay lint format-check demo bench eval fuzz \
        install uninstall clean deps asan-check check-oom

all: $(NEWSLINE)

.SECONDARY:

$(B)/%.o: src/%.c
	@mkdir -p $(@D)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(B)/libnewsline.a: $(LIB_OBJ)
	$(Q)rm -f $@ && ar rcs $@ $^

$(NEWSLINE): $(CLI_OBJ) $(B)/libnewsline.a
	@$(if $(Q),echo "  LINK    $@")
	$(Q)$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $(CLI_OBJ) $(B)/libnewsline.a $(ALL_LDLIBS)


$(B)/tests/%.o: tests/unit/%.c
	@mkdir -p $(@D)
	$(Q)$(CC) $(ALL_CPPFLAGS) -Itests/unit $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(B)/tests/test_%: $(B)/tests/test_%.o $(B)/libnewsline.a
	$(Q)$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(B)/libnewsline.a $(ALL_LDLIBS)

$(B)/tests/fuzz_%.o: tests/fuzz/fuzz_%.c
	@mkdir -p $(@D)
	$(Q)$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -Wno-missing-prototypes -MMD -MP -c -o $@ $<

$(B)/tests/replay_%: $(B)/tests/fuzz_%.o $(B)/tests/fuzz_main.o $(B)/libnewsline.a
	$(Q)$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $^ $(ALL_LDLIBS)

# The test suite runs under the sanitizers unless SANITIZE is given explicitly
# (SANITIZE= turns them off).
CHECK_SANITIZE ?= address,undefined

check: deps
	$(Q)$(MAKE) --no-print-directory SANITIZE=$(CHECK_SANITIZE) check-build
	$(Q)SANITIZE=$(CHECK_SANITIZE) sh tests/run-all.sh "$(if $(CHECK_SANITIZE),build-san,build)"

check-build: $(NEWSLINE) $(UNIT_BIN) $(FUZZ_REPLAY)

asan-check:
	$(Q)$(MAKE) --no-print-directory CHECK_SANITIZE=address,undefined check

lint:
	$(Q)sh scripts/lint

format-check:
	$(Q)clang-format --dry-run --Werror src/*.c src/*.h

deps:
	$(Q)sh scripts/install-deps

demo: deps
	$(Q)$(MAKE) --no-print-directory all
	$(Q)sh scripts/demo

bench: all
	$(Q)sh scripts/bench

eval: all
	$(Q)sh scripts/eval

fuzz:
	$(Q)sh scripts/fuzz

check-oom:
	$(Q)$(MAKE) --no-print-directory SANITIZE=address,undefined check-build
	$(Q)sh scripts/check-oom build-san

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/share/newsline
	install -m 755 newsline $(DESTDIR)$(PREFIX)/bin/newsline
	install -m 644 doc/newsline.1 $(DESTDIR)$(PREFIX)/share/man/man1/newsline.1
	if [ -n "$$(ls data 2>/dev/null)" ]; then cp -R data/. $(DESTDIR)$(PREFIX)/share/newsline/; fi

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/newsline $(DESTDIR)$(PREFIX)/share/man/man1/newsline.1
	rm -rf $(DESTDIR)$(PREFIX)/share/newsline

clean:
	rm -rf build build-san build-fuzz build-fuzz-msan newsline

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(UNIT_BIN:=.d) $(FUZZ_SRC:tests/fuzz/%.c=$(B)/tests/%.d)
