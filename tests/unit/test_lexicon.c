/*
 * test_lexicon.c: the WordNet-derived lexicon (lexicon.c) and the lemma
 * check that uses it (lemma_check() in lemma.c).
 * Exercises:
 *   - the parser on a small good table (lookups of each kind, the person
 *     mark, case, the counts) and its refusal of damaged ones: bad first
 *     line (version 1 too), unknown kind, wrong field counts, bad words,
 *     shares and person fields, duplicates, a missing or wrong end line
 *     (truncation, a person mark added or dropped), text after it, no
 *     final newline, each with the line in the message;
 *   - loading data/lexicon.tsv from disk, and a missing file (NL_EIO);
 *   - the shipped table's answers for a few nouns far from the threshold
 *     (tests/unit/lexicon/nouns.tsv: noun, "event" or "thing"), and for
 *     a few person and non-person nouns;
 *   - lemmas of inflected words with the model's exception table and the
 *     lexicon check (tests/unit/lexicon/lemmas.tsv: form, tag, lemma).
 */
#include "check.h"

#include "lemma.h"
#include "lexicon.h"
#include "pos.h"

#define GOOD "# newsline lexicon 2\n# a comment\nN\tdeal\t68\nN\tfirm\t0\nN\tminister\t0\tperson\n" \
             "V\tcombat\nV\tgo\nVX\twent\tgo\nNX\tcrises\tcrisis\n"

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
    static const char good[] = GOOD "# end 3 2 1 1 1\n";
    struct nl_error err;
    struct lexicon *lx = lexicon_from_mem(good, strlen(good), "t.tsv", &err);
    size_t counts[5], n = 0;
    const char *l;

    CHECK_MSG(lx != NULL, "good lexicon refused: %s", err.msg);
    if (lx) {
        lexicon_counts(lx, counts);
        CHECK_INT(counts[0], 3);
        CHECK_INT(counts[1], 2);
        CHECK_INT(counts[2], 1);
        CHECK_INT(counts[3], 1);
        CHECK_INT(counts[4], 1);
        CHECK_INT(lexicon_noun_event(lx, "deal", 4), 68);
        CHECK_INT(lexicon_noun_event(lx, "Deal", 4), 68);
        CHECK_INT(lexicon_noun_event(lx, "firm", 4), 0);
        CHECK_INT(lexicon_noun_event(lx, "combat", 6), -1);
        CHECK(lexicon_is_noun(lx, "firm", 4));
        CHECK(lexicon_is_noun(lx, "minister", 8));
        CHECK_INT(lexicon_noun_event(lx, "minister", 8), 0);
        CHECK(lexicon_is_person(lx, "minister", 8));
        CHECK(lexicon_is_person(lx, "Minister", 8));
        CHECK(!lexicon_is_person(lx, "ministers", 9));
        CHECK(!lexicon_is_person(lx, "minist", 6));
        CHECK(!lexicon_is_person(lx, "firm", 4));
        CHECK(!lexicon_is_person(lx, "go", 2));
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
    CHECK(!lexicon_is_person(NULL, "minister", 8));

    expect_error("", "not a newsline lexicon");
    expect_error("# newsline lexicon 3\n# end 0 0 0 0 0\n", "not a newsline lexicon");
    /* version 1: no person field, four counts */
    expect_error("# newsline lexicon 1\nN\tdeal\t68\n# end 1 0 0 0\n", "not a newsline lexicon");
    expect_error("N\tdeal\t68\n", "not a newsline lexicon");
    expect_error("# newsline lexicon 2\nQ\tdeal\n# end 0 0 0 0 0\n", "line 2: unknown entry kind");
    expect_error("# newsline lexicon 2\nN\tdeal\n# end 1 0 0 0 0\n", "line 2: expected 3 or 4 fields");
    expect_error("# newsline lexicon 2\nV\tgo\tx\n# end 0 1 0 0 0\n", "line 2: expected 2 fields");
    expect_error("# newsline lexicon 2\nVX\twent\tgo\tperson\n# end 0 0 1 0 0\n",
                 "line 2: expected 3 fields");
    expect_error("# newsline lexicon 2\nN\ta\tb\tc\td\n", "line 2: too many fields");
    expect_error("# newsline lexicon 2\nN\tdeal\t5\tperson\tx\n# end 1 0 0 0 1\n",
                 "line 2: too many fields");
    expect_error("# newsline lexicon 2\nN\tDeal\t5\n# end 1 0 0 0 0\n", "line 2: bad word");
    expect_error("# newsline lexicon 2\nV\t\n# end 0 1 0 0 0\n", "line 2: bad word");
    expect_error("# newsline lexicon 2\nV\tg\001o\n# end 0 1 0 0 0\n", "line 2: bad word");
    expect_error("# newsline lexicon 2\nN\tdeal\t101\n# end 1 0 0 0 0\n", "line 2: bad share");
    expect_error("# newsline lexicon 2\nN\tdeal\t-1\n# end 1 0 0 0 0\n", "line 2: bad share");
    expect_error("# newsline lexicon 2\nN\tdeal\t07\n# end 1 0 0 0 0\n", "line 2: bad share");
    expect_error("# newsline lexicon 2\nN\tdeal\t5\tPerson\n# end 1 0 0 0 1\n",
                 "line 2: bad fourth field");
    expect_error("# newsline lexicon 2\nN\tdeal\t5\t\n# end 1 0 0 0 0\n", "line 2: bad fourth field");
    expect_error("# newsline lexicon 2\nN\tdeal\t5\tpersons\n# end 1 0 0 0 1\n",
                 "line 2: bad fourth field");
    expect_error("# newsline lexicon 2\nVX\twent\t\n# end 0 0 1 0 0\n", "line 2: bad lemma");
    expect_error("# newsline lexicon 2\nV\tgo\nV\tgo\n# end 0 2 0 0 0\n", "line 3: duplicate");
    expect_error("# newsline lexicon 2\nN\tboss\t0\tperson\nN\tboss\t0\n# end 2 0 0 0 1\n",
                 "line 3: duplicate");
    expect_error(GOOD, "no end line");
    expect_error(GOOD "# end 3 2 1 0 1\n", "line 10: entry counts differ");
    /* a person mark dropped or added, and version 1's four counts */
    expect_error(GOOD "# end 3 2 1 1 0\n", "line 10: entry counts differ");
    expect_error(GOOD "# end 3 2 1 1 2\n", "line 10: entry counts differ");
    expect_error(GOOD "# end 3 2 1 1\n", "line 10: entry counts differ");
    expect_error(GOOD "# end 3 2 1 1 1\nV\tx\n", "line 11: text after the end line");
    expect_error(GOOD "# end 3 2 1 1 1", "line 10: no newline at the end");
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

/* The shipped table's person marks: most frequent sense in noun.person. */
static void test_persons(const struct lexicon *lx)
{
    static const char *const yes[] = {"minister", "spokeswoman", "spokesman", "analyst",
                                      "economist", "chairman", "president", "lawyer", NULL};
    /* things, organisations, and "person" itself (a noun.Tops word) */
    static const char *const no[] = {"company", "automaker", "plant", "deal", "government",
                                     "person", "union", NULL};
    const char *const *w;
    for (w = yes; *w; w++)
        CHECK_MSG(lexicon_is_person(lx, *w, strlen(*w)), "'%s' should name a person", *w);
    for (w = no; *w; w++)
        CHECK_MSG(lexicon_is_noun(lx, *w, strlen(*w)) && !lexicon_is_person(lx, *w, strlen(*w)),
                  "'%s' should be a noun that names no person", *w);
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
        size_t counts[5];
        lexicon_counts(lx, counts);
        CHECK(counts[0] > 50000 && counts[1] > 8000 && counts[2] > 2000 && counts[3] > 1500);
        CHECK(counts[4] > 7000 && counts[4] < counts[0]);
        run_nouns(lx);
        test_persons(lx);
        run_lemmas(lx, pos_model_lemmas(m));
        test_lemma_check(lx);
    }
    pos_model_free(m);
    lexicon_free(lx);
}

CHECK_MAIN("lexicon")
