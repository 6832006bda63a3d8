/*
 * test_lemma.c: the lemmatiser.
 * Exercises: the inflection rules alone on regular words
 * (tests/unit/lemma/rules.tsv), the learned exception table of
 * data/pos.model on irregular ones (lemma/exceptions.tsv), case handling
 * (proper nouns keep theirs), snprintf-style truncation (never inside a
 * UTF-8 sequence), words longer than
 * the rules look at, and the table parser: comments, a good table,
 * and the refusal of bad lines (too few fields, unknown tag, empty form,
 * control characters, duplicates) with the line number in the message.
 */
#include "check.h"

#include "lemma.h"
#include "pos.h"

static void run_table(const char *file, const struct lemma_table *table, int rules_only)
{
    char path[512], line[512];
    FILE *f;
    int n = 0;

    snprintf(path, sizeof(path), "%s/%s", check_datadir, file);
    f = fopen(path, "r");
    CHECK_MSG(f != NULL, "cannot open %s", path);
    if (!f)
        return;
    while (fgets(line, sizeof(line), f)) {
        char *form = line, *tag, *want, out[256];
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
        if (rules_only)
            lemma_rule(form, strlen(form), t, out, sizeof(out));
        else
            lemma_of(table, form, strlen(form), t, out, sizeof(out));
        CHECK_MSG(!strcmp(out, want), "%s/%s: got '%s', want '%s'", form, tag, out, want);
        n++;
    }
    fclose(f);
    CHECK(n > 10);
}

static void test_truncation(void)
{
    char out[4], big[300];
    size_t n = lemma_rule("studies", 7, POS_NNS, out, sizeof(out));
    CHECK_INT(n, 5);
    CHECK_STR(out, "stu");
    n = lemma_rule("studies", 7, POS_NNS, NULL, 0);
    CHECK_INT(n, 5);
    memset(big, 'A', sizeof(big));
    n = lemma_rule(big, 200, POS_NN, big + 200, 100);
    CHECK_INT(n, 200);
    CHECK_INT(big[200], 'a');
    CHECK_INT(strlen(big + 200), 99);
    /* a cut never splits a UTF-8 sequence ("caf\xc3\xa9s" -> "caf", not "caf\xc3") */
    n = lemma_rule("caf\xc3\xa9s", 6, POS_NNS, big + 200, 5);
    CHECK_INT(n, 5);
    CHECK_STR(big + 200, "caf");
    n = lemma_rule("caf\xc3\xa9s", 6, POS_NNS, big + 200, 6);
    CHECK_STR(big + 200, "caf\xc3\xa9");
    memset(big, 0, sizeof(big));
    for (n = 0; n < 80; n += 2)
        memcpy(big + n, "\xc3\x8a", 2);
    memcpy(big + 80, "ing", 3);
    n = lemma_rule(big, 83, POS_VBG, big + 100, 64);
    CHECK_INT(n, 80);
    CHECK_INT(strlen(big + 100), 62);
}

static void expect_parse_error(const char *text, const char *what)
{
    struct nl_error err;
    struct lemma_table *t;
    nl_error_clear(&err);
    t = lemma_table_new(text, strlen(text), "t.tsv", &err);
    CHECK_MSG(t == NULL, "bad table accepted: %s", text);
    lemma_table_free(t);
    CHECK_INT(err.code, NL_EPARSE);
    CHECK_MSG(strstr(err.msg, what) != NULL, "message '%s' lacks '%s'", err.msg, what);
}

static void test_parser(void)
{
    static const char good[] = "# comment\nwent\tVBD\tgo\n\nmice\tNNS\tmouse\nUS\tNNP\tUS";
    struct nl_error err;
    struct lemma_table *t = lemma_table_new(good, strlen(good), "t.tsv", &err);
    char out[64];
    CHECK(t != NULL);
    if (t) {
        CHECK_INT(lemma_table_count(t), 3);
        lemma_of(t, "Mice", 4, POS_NNS, out, sizeof(out));
        CHECK_STR(out, "mouse");
        lemma_of(t, "mice", 4, POS_NN, out, sizeof(out));
        CHECK_STR(out, "mice");
        lemma_of(t, "US", 2, POS_NNP, out, sizeof(out));
        CHECK_STR(out, "US");
        lemma_of(t, "went", 4, POS_VBD, out, sizeof(out));
        CHECK_STR(out, "go");
    }
    lemma_table_free(t);
    lemma_table_free(NULL);
    t = lemma_table_new("", 0, NULL, &err);
    CHECK(t != NULL);
    CHECK_INT(lemma_table_count(t), 0);
    lemma_of(t, "went", 4, POS_VBD, out, sizeof(out));
    CHECK_STR(out, "went");
    lemma_table_free(t);

    expect_parse_error("went\tVBD\n", "line 1: expected 3 fields");
    expect_parse_error("# c\nwent\tVBDX\tgo\n", "line 2: unknown tag");
    expect_parse_error("\tVBD\tgo\n", "bad form or lemma");
    expect_parse_error("went\tVBD\t\n", "bad form or lemma");
    expect_parse_error("we\001nt\tVBD\tgo\n", "bad form or lemma");
    expect_parse_error("went\tVBD\tgo\nwent\tVBD\tgo\n", "line 2: duplicate entry");
}

static void run(void)
{
    struct nl_error err;
    struct pos_model *m;

    run_table("rules.tsv", NULL, 1);
    test_truncation();
    test_parser();
    m = pos_model_new("data/pos.model", &err);
    CHECK_MSG(m != NULL, "cannot load data/pos.model: %s", err.msg);
    if (m) {
        CHECK(lemma_table_count(pos_model_lemmas(m)) > 500);
        run_table("exceptions.tsv", pos_model_lemmas(m), 0);
    }
    pos_model_free(m);
}

CHECK_MAIN("lemma")
