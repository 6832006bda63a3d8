/*
 * test_lexicon.c: the WordNet-derived lexicon (lexicon.c) and the lemma
 * check that uses it (lemma_check() in lemma.c).
 * Exercises:
 *   - the parser on a small good table (lookups of each kind, case, the
 *     counts) and its refusal of damaged ones: bad first line, unknown
 *     kind, wrong field counts, bad words and shares, duplicates, a
 *     missing or wrong end line (truncation), text after it, no final
 *     newline, each with the line in the message;
 *   - loading data/lexicon.tsv from disk, and a missing file (NL_EIO);
 *   - the shipped table's answers for a few nouns far from the threshold
 *     (tests/unit/lexicon/nouns.tsv: noun, "event" or "thing");
 *   - lemmas of inflected words with the model's exception table and the
 *     lexicon check (tests/unit/lexicon/lemmas.tsv: form, tag, lemma).
 */
#include "check.h"

#include "lemma.h"
#include "lexicon.h"
#include "pos.h"

#define GOOD "# newsline lexicon 1\n# a comment\nN\tdeal\t68\nN\tfirm\t0\nV\tcombat\nV\tgo\n" \
             "VX\twent\tgo\nNX\tcrises\tcrisis\n"

static void expect_error(const char *text, const char *what)
{
    struct nl_error err;
    struct lexicon *lx;
    nl_error_clear(&err);
    lx = lexicon_from_mem(text, strlen(text), "t.tsv", &err);
    CHECK_MSG(lx == NULL, "bad lexicon accepted: %s", text);
    lexicon_free(lx);
    CHECK_INT(err.code, NL_EPARSE);
    CHECK_MSG(strstr(err.msg, what) != NULL, "message '%s' lacks '%s'", err.msg, what);
    CHECK_MSG(strstr(err.msg, "t.tsv") != NULL, "message '%s' does not name the file", err.msg);
}

static void test_parser(void)
{
    static const char good[] = GOOD "# end 2 2 1 1\n";
    struct nl_error err;
    struct lexicon *lx = lexicon_from_mem(good, strlen(good), "t.tsv", &err);
    size_t counts[4], n = 0;
    const char *l;

    CHECK_MSG(lx != NULL, "good lexicon refused: %s", err.msg);
    if (lx) {
        lexicon_counts(lx, counts);
        CHECK_INT(counts[0], 2);
        CHECK_INT(counts[1], 2);
        CHECK_INT(counts[2], 1);
        CHECK_INT(counts[3], 1);
        CHECK_INT(lexicon_noun_event(lx, "deal", 4), 68);
        CHECK_INT(lexicon_noun_event(lx, "Deal", 4), 68);
        CHECK_INT(lexicon_noun_event(lx, "firm", 4), 0);
        CHECK_INT(lexicon_noun_event(lx, "combat", 6), -1);
        CHECK(lexicon_is_noun(lx, "firm", 4));
        CHECK(!lexicon_is_noun(lx, "go", 2));
        CHECK(lexicon_is_verb(lx, "COMBAT", 6));
        CHECK(!lexicon_is_verb(lx, "deal", 4));
        CHECK(!lexicon_is_verb(lx, "", 0));
        l = lexicon_irregular(lx, 0, "went", 4, &n);
        CHECK(l && !strcmp(l, "go") && n == 2);
        l = lexicon_irregular(lx, 1, "crises", 6, &n);
        CHECK(l && !strcmp(l, "crisis") && n == 6);
        CHECK(lexicon_irregular(lx, 1, "went", 4, &n) == NULL);
    }
    lexicon_free(lx);
    lexicon_free(NULL);
    CHECK_INT(lexicon_noun_event(NULL, "deal", 4), -1);
    CHECK(!lexicon_is_verb(NULL, "go", 2));

    expect_error("", "not a newsline lexicon");
    expect_error("# newsline lexicon 2\n# end 0 0 0 0\n", "not a newsline lexicon");
    expect_error("N\tdeal\t68\n", "not a newsline lexicon");
    expect_error("# newsline lexicon 1\nQ\tdeal\n# end 0 0 0 0\n", "line 2: unknown entry kind");
    expect_error("# newsline lexicon 1\nN\tdeal\n# end 1 0 0 0\n", "line 2: expected 3 fields");
    expect_error("# newsline lexicon 1\nV\tgo\tx\n# end 0 1 0 0\n", "line 2: expected 2 fields");
    expect_error("# newsline lexicon 1\nN\ta\tb\tc\td\n", "line 2: too many fields");
    expect_error("# newsline lexicon 1\nN\tDeal\t5\n# end 1 0 0 0\n", "line 2: bad word");
    expect_error("# newsline lexicon 1\nV\t\n# end 0 1 0 0\n", "line 2: bad word");
    expect_error("# newsline lexicon 1\nV\tg\001o\n# end 0 1 0 0\n", "line 2: bad word");
    expect_error("# newsline lexicon 1\nN\tdeal\t101\n# end 1 0 0 0\n", "line 2: bad share");
    expect_error("# newsline lexicon 1\nN\tdeal\t-1\n# end 1 0 0 0\n", "line 2: bad share");
    expect_error("# newsline lexicon 1\nN\tdeal\t07\n# end 1 0 0 0\n", "line 2: bad share");
    expect_error("# newsline lexicon 1\nVX\twent\t\n# end 0 0 1 0\n", "line 2: bad lemma");
    expect_error("# newsline lexicon 1\nV\tgo\nV\tgo\n# end 0 2 0 0\n", "line 3: duplicate");
    expect_error(GOOD, "no end line");
    expect_error(GOOD "# end 2 2 1 0\n", "line 9: entry counts differ");
    expect_error(GOOD "# end 2 2 1 1\nV\tx\n", "line 10: text after the end line");
    expect_error(GOOD "# end 2 2 1 1", "line 9: no newline at the end");
}

static void run_nouns(const struct lexicon *lx)
{
    char path[512], line[256];
    FILE *f;
    int n = 0;

    snprintf(path, sizeof(path), "%s/nouns.tsv", check_datadir);
    f = fopen(path, "r");
    CHECK_MSG(f != NULL, "cannot open %s", path);
    if (!f)
        return;
    while (fgets(line, sizeof(line), f)) {
        char *want;
        int share;
        line[strcspn(line, "\n")] = '\0';
        if (line[0] == '#' || !line[0])
            continue;
        want = strchr(line, '\t');
        CHECK_MSG(want != NULL, "bad test line '%s'", line);
        if (!want)
            continue;
        *want++ = '\0';
        share = lexicon_noun_event(lx, line, strlen(line));
        CHECK_MSG(share >= 0, "'%s' is not in the lexicon", line);
        /* far from the claims threshold (40) on either side */
        if (!strcmp(want, "event"))
            CHECK_MSG(share >= 60, "'%s': share %d, want an event noun", line, share);
        else
            CHECK_MSG(share <= 20, "'%s': share %d, want a thing", line, share);
        n++;
    }
    fclose(f);
    CHECK(n >= 10);
}

static void run_lemmas(const struct lexicon *lx, const struct lemma_table *table)
{
    char path[512], line[256];
    FILE *f;
    int n = 0;

    snprintf(path, sizeof(path), "%s/lemmas.tsv", check_datadir);
    f = fopen(path, "r");
    CHECK_MSG(f != NULL, "cannot open %s", path);
    if (!f)
        return;
    while (fgets(line, sizeof(line), f)) {
        char *form = line, *tag, *want, out[64];
        size_t k;
        uint16_t t;
        line[strcspn(line, "\n")] = '\0';
        if (line[0] == '#' || !line[0])
            continue;
        tag = strchr(form, '\t');
        want = tag ? strchr(tag + 1, '\t') : NULL;
        CHECK_MSG(want != NULL, "bad test line '%s'", line);
        if (!want)
            continue;
        *tag++ = '\0';
        *want++ = '\0';
        t = pos_tag_from_name(tag, strlen(tag));
        CHECK_MSG(t != POS_NONE, "bad tag '%s'", tag);
        k = lemma_of(table, form, strlen(form), t, out, sizeof(out));
        k = lemma_check(lx, form, strlen(form), t, out, k, sizeof(out));
        CHECK_MSG(!strcmp(out, want) && k == strlen(want), "%s/%s: got '%s', want '%s'", form,
                  tag, out, want);
        n++;
    }
    fclose(f);
    CHECK(n >= 10);
}

static void test_lemma_check(const struct lexicon *lx)
{
    char out[8];
    /* no lexicon, or a tag it does not check: the lemma stays */
    memcpy(out, "combate", 8);
    CHECK_INT(lemma_check(NULL, "combating", 9, POS_VBG, out, 7, sizeof(out)), 7);
    CHECK_STR(out, "combate");
    CHECK_INT(lemma_check(lx, "combating", 9, POS_NN, out, 7, sizeof(out)), 7);
    CHECK_STR(out, "combate");
    /* a lemma already truncated (n >= outsz) is left alone */
    CHECK_INT(lemma_check(lx, "combating", 9, POS_VBG, out, 7, 7), 7);
    CHECK_STR(out, "combate");
    /* the known stem, in place */
    CHECK_INT(lemma_check(lx, "combating", 9, POS_VBG, out, 7, sizeof(out)), 6);
    CHECK_STR(out, "combat");
}

static void run(void)
{
    struct nl_error err;
    struct lexicon *lx;
    struct pos_model *m;

    test_parser();
    nl_error_clear(&err);
    lx = lexicon_new("tests/unit/no-such-lexicon.tsv", &err);
    CHECK(lx == NULL);
    CHECK_INT(err.code, NL_EIO);
    CHECK(strstr(err.msg, "no-such-lexicon.tsv") != NULL);

    lx = lexicon_new("data/lexicon.tsv", &err);
    CHECK_MSG(lx != NULL, "cannot load data/lexicon.tsv: %s", err.msg);
    m = pos_model_new("data/pos.model", &err);
    CHECK_MSG(m != NULL, "cannot load data/pos.model: %s", err.msg);
    if (lx && m) {
        size_t counts[4];
        lexicon_counts(lx, counts);
        CHECK(counts[0] > 50000 && counts[1] > 8000 && counts[2] > 2000 && counts[3] > 1500);
        run_nouns(lx);
        run_lemmas(lx, pos_model_lemmas(m));
        test_lemma_check(lx);
    }
    pos_model_free(m);
    lexicon_free(lx);
}

CHECK_MAIN("lexicon")
