/*
 * test_pos.c: the part-of-speech tagger.
 * Exercises: tag and UPOS name tables (round trip, unknown names), the
 * default XPOS -> UPOS map; loading data/pos.model and tagging the
 * sentences of tests/unit/pos/sentences.txt (overall accuracy and marked
 * tokens); contextual UPOS (is/VBZ -> AUX); spacing (a glued hyphen is
 * HYPH, a free one a comma), straight quotes opening and closing, an unseen
 * symbol kept to punctuation tags; edge inputs (no words, empty
 * words, a 10,000-byte word, a 2,000-word sentence); the same model shared
 * by four threads at once; and the loader's refusal of damaged files
 * (missing file, short, bad magic, other version, size mismatch, checksum,
 * a row pointing past the weights, a tag out of range, a full slot table,
 * a WordNet lexicon table of a bad size, full, or with a class in an empty
 * slot),
 * each rebuilt from the real model with a valid checksum where the damage
 * is meant to be caught by a later check.
 */
#include "check.h"

#include <pthread.h>

#include "pos.h"

#define MODEL "data/pos.model"

static struct pos_model *model;

static void test_names(void)
{
    uint16_t t;
    for (t = 1; t < POS_NTAGS; t++) {
        const char *n = pos_tag_name(t);
        CHECK_INT(pos_tag_from_name(n, strlen(n)), t);
        CHECK(pos_tag_upos(t) != UPOS_NONE);
    }
    for (t = 1; t < UPOS_NTAGS; t++) {
        const char *n = pos_upos_name(t);
        CHECK_INT(pos_upos_from_name(n, strlen(n)), t);
    }
    CHECK_STR(pos_tag_name(POS_NONE), "_");
    CHECK_STR(pos_tag_name(9999), "_");
    CHECK_STR(pos_tag_name(POS_PRPS), "PRP$");
    CHECK_STR(pos_tag_name(POS_QUOTE_OPEN), "``");
    CHECK_INT(pos_tag_from_name("VBDX", 4), POS_NONE);
    CHECK_INT(pos_tag_from_name("VBDX", 3), POS_VBD);
    CHECK_INT(pos_tag_from_name("", 0), POS_NONE);
    CHECK_INT(pos_upos_from_name("VERBS", 5), UPOS_NONE);
    CHECK_INT(pos_tag_upos(POS_MD), UPOS_AUX);
    CHECK_INT(pos_tag_upos(POS_NNP), UPOS_PROPN);
    CHECK_INT(pos_tag_upos(POS_IN), UPOS_ADP);
}

/* Split "w/T w/T!" into words and gold tags (in place). Returns the word count. */
static size_t parse_line(char *line, struct pos_word *w, uint16_t *gold, int *must, size_t max)
{
    size_t n = 0;
    char *p = line;
    while (*p && n < max) {
        char *end = strchr(p, ' '), *slash;
        size_t len;
        if (end)
            *end = '\0';
        len = strlen(p);
        must[n] = len && p[len - 1] == '!';
        if (must[n])
            p[--len] = '\0';
        slash = strrchr(p, '/');
        if (slash && slash > p) {
            w[n].s = p;
            w[n].len = (size_t)(slash - p);
            w[n].gap_after = POS_GAP_UNKNOWN;
            gold[n] = pos_tag_from_name(slash + 1, strlen(slash + 1));
            CHECK_MSG(gold[n] != POS_NONE, "bad tag in test data: %s", p);
            n++;
        }
        if (!end)
            break;
        p = end + 1;
    }
    return n;
}

static void test_sentences(void)
{
    char path[512], line[2048];
    FILE *f;
    size_t total = 0, right = 0;

    snprintf(path, sizeof(path), "%s/sentences.txt", check_datadir);
    f = fopen(path, "r");
    CHECK_MSG(f != NULL, "cannot open %s", path);
    if (!f)
        return;
    while (fgets(line, sizeof(line), f)) {
        struct pos_word w[64];
        uint16_t gold[64], got[64];
        int must[64];
        size_t n, i;
        line[strcspn(line, "\n")] = '\0';
        if (line[0] == '#' || !line[0])
            continue;
        n = parse_line(line, w, gold, must, 64);
        pos_tag(model, w, n, got);
        for (i = 0; i < n; i++) {
            total++;
            right += got[i] == gold[i];
            if (must[i])
                CHECK_MSG(got[i] == gold[i], "'%.*s': got %s, want %s", (int)w[i].len, w[i].s,
                          pos_tag_name(got[i]), pos_tag_name(gold[i]));
        }
    }
    fclose(f);
    CHECK(total > 80);
    CHECK_MSG(right * 10 >= total * 9, "%zu of %zu tokens right", right, total);
}

static void test_upos(void)
{
    struct pos_word is = {"is", 2, 0}, ran = {"ran", 3, 0}, that = {"that", 4, 0};
    CHECK_INT(pos_word_upos(model, &is, POS_VBZ), UPOS_AUX);
    CHECK_INT(pos_word_upos(model, &ran, POS_VBD), UPOS_VERB);
    CHECK_INT(pos_word_upos(model, &that, POS_IN), UPOS_SCONJ);
    CHECK_INT(pos_word_upos(NULL, &is, POS_VBZ), UPOS_VERB);
    CHECK_INT(pos_word_upos(model, &is, 9999), UPOS_NONE);
}

/* pos_lemma: the lexicon overrules a rule-made final e; known lemmas stay. */
static void test_lemma_lexicon(void)
{
    char out[64];
    CHECK(pos_form_tags(model, "combat", 6) != 0);
    CHECK_INT(pos_form_tags(model, "qzxv", 4), 0);
    pos_lemma(model, "combating", 9, POS_VBG, out, sizeof(out));
    CHECK_STR(out, "combat");
    pos_lemma(model, "creating", 8, POS_VBG, out, sizeof(out));
    CHECK_STR(out, "create");
    pos_lemma(model, "submitted", 9, POS_VBD, out, sizeof(out));
    CHECK_STR(out, "submit");
    pos_lemma(model, "deals", 5, POS_NNS, out, sizeof(out));
    CHECK_STR(out, "deal");
}

static void test_spacing(void)
{
    /* "long-term": a hyphen glued on both sides is HYPH, a free one between
     * clauses a comma; the same words without spacing information still
     * get a tag each. */
    static const char *const words[] = {"It", "is", "a", "long", "-", "term", "plan",
                                        "-", "it", "works", "."};
    static const unsigned glued[] = {0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 0};
    static const char *const quoted[] = {"He", "said", "\"", "it", "is", "over", "\"", "."};
    struct pos_word w[11];
    uint16_t tags[11];
    size_t i;

    for (i = 0; i < 11; i++) {
        w[i].s = words[i];
        w[i].len = strlen(words[i]);
        w[i].gap_after = glued[i] ? POS_GAP_NONE : POS_GAP_SPACE;
    }
    pos_tag(model, w, 11, tags);
    CHECK_STR(pos_tag_name(tags[4]), "HYPH");
    CHECK_STR(pos_tag_name(tags[7]), ",");
    for (i = 0; i < 11; i++)
        w[i].gap_after = POS_GAP_UNKNOWN;
    pos_tag(model, w, 11, tags);
    for (i = 0; i < 11; i++)
        CHECK_MSG(tags[i] != POS_NONE && tags[i] < POS_NTAGS, "word %zu untagged", i);
    /* straight quotes: the first opens, the second closes, without spacing */
    for (i = 0; i < 8; i++) {
        w[i].s = quoted[i];
        w[i].len = strlen(quoted[i]);
        w[i].gap_after = POS_GAP_UNKNOWN;
    }
    pos_tag(model, w, 8, tags);
    CHECK_STR(pos_tag_name(tags[2]), "``");
    CHECK_STR(pos_tag_name(tags[6]), "''");
    /* a bullet, never seen in training, gets a punctuation tag, not CD */
    w[0].s = "\xe2\x80\xa2";
    w[0].len = 3;
    w[1].s = "Prices";
    w[1].len = 6;
    pos_tag(model, w, 2, tags);
    CHECK_MSG(tags[0] != POS_CD && pos_tag_upos(tags[0]) == UPOS_PUNCT, "bullet tagged %s",
              pos_tag_name(tags[0]));
}

static void test_edges(void)
{
    static char longword[10000];
    static struct pos_word many[2000];
    static uint16_t tags[2000];
    struct pos_word w[3] = {{"", 0, 0}, {longword, sizeof(longword), 0}, {"\xff\xfe", 2, 0}};
    size_t i;

    memset(longword, 'a', sizeof(longword));
    tags[0] = 0;
    pos_tag(model, w, 0, tags);
    CHECK_INT(tags[0], 0);
    pos_tag(model, w, 3, tags);
    for (i = 0; i < 3; i++)
        CHECK(tags[i] > POS_NONE && tags[i] < POS_NTAGS);
    for (i = 0; i < 2000; i++) {
        many[i].s = i % 2 ? "the" : "dog";
        many[i].len = 3;
        many[i].gap_after = POS_GAP_SPACE;
    }
    pos_tag(model, many, 2000, tags);
    for (i = 0; i < 2000; i++)
        if (tags[i] == POS_NONE || tags[i] >= POS_NTAGS)
            break;
    CHECK_INT(i, 2000);
}

struct job {
    uint16_t tags[400];
    struct pos_word words[400];
};

static void *tag_job(void *arg)
{
    struct job *j = arg;
    int round;
    for (round = 0; round < 20; round++)
        pos_tag(model, j->words, 400, j->tags);
    return NULL;
}

static void test_threads(void)
{
    static const char *const vocab[] = {"The", "talks", "will", "resume", "in", "Geneva", ",",
                                        "officials", "said", "on", "Friday", "."};
    static struct job jobs[4];
    pthread_t th[4];
    uint16_t want[400];
    int i, k;

    for (k = 0; k < 400; k++) {
        const char *v = vocab[(k * 7) % 12];
        for (i = 0; i < 4; i++) {
            jobs[i].words[k].s = v;
            jobs[i].words[k].len = strlen(v);
            jobs[i].words[k].gap_after = POS_GAP_SPACE;
        }
    }
    pos_tag(model, jobs[0].words, 400, want);
    for (i = 0; i < 4; i++)
        CHECK(pthread_create(&th[i], NULL, tag_job, &jobs[i]) == 0);
    for (i = 0; i < 4; i++) {
        pthread_join(th[i], NULL);
        CHECK(!memcmp(jobs[i].tags, want, sizeof(want)));
    }
}

static unsigned char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    unsigned char *d;
    long n;
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    d = malloc((size_t)n);
    if (d && fread(d, 1, (size_t)n, f) != (size_t)n) {
        free(d);
        d = NULL;
    }
    fclose(f);
    *len = (size_t)n;
    return d;
}

static uint32_t rd32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void wr32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
    p[2] = (unsigned char)(v >> 16);
    p[3] = (unsigned char)(v >> 24);
}

static void reseal(unsigned char *d, size_t len)
{
    wr32(d + 36, pos_checksum(d + POS_MODEL_HEADER, len - POS_MODEL_HEADER));
}

/* Load d[0..len) and expect failure with code and a message containing what. */
static void expect_bad(const unsigned char *d, size_t len, const char *what)
{
    struct nl_error err;
    struct pos_model *m;
    nl_error_clear(&err);
    m = pos_model_from_mem(d, len, "x.model", &err);
    CHECK_MSG(m == NULL, "damaged model (%s) was accepted", what);
    pos_model_free(m);
    CHECK_INT(err.code, NL_EPARSE);
    CHECK_MSG(strstr(err.msg, what) != NULL, "message '%s' lacks '%s'", err.msg, what);
}

static void test_damaged(void)
{
    struct nl_error err;
    unsigned char *orig, *d;
    size_t len, slots_off, ent_off, lex_off, i;
    uint32_t ntags, nupos, nslots, nent, nlex;

    CHECK(pos_model_new("no/such/file.model", &err) == NULL);
    CHECK_INT(err.code, NL_EIO);
    CHECK(strstr(err.msg, "cannot read 'no/such/file.model'") != NULL);

    orig = slurp(MODEL, &len);
    CHECK(orig != NULL);
    if (!orig)
        return;
    d = malloc(len);
    ntags = rd32(orig + 16);
    nupos = rd32(orig + 20);
    nslots = rd32(orig + 24);
    nent = rd32(orig + 28);
    nlex = rd32(orig + 44);
    slots_off = POS_MODEL_HEADER + (size_t)(ntags + nupos) * POS_MODEL_TAGNAME;
    ent_off = slots_off + (size_t)nslots * 8;
    lex_off = ent_off + (size_t)nent * 3;
    CHECK(nlex > 0); /* the shipped model carries the WordNet lexicon */

    expect_bad(orig, 10, "not a newsline POS model");
    memcpy(d, orig, len);
    d[0] = 'X';
    expect_bad(d, len, "not a newsline POS model");
    memcpy(d, orig, len);
    wr32(d + 8, 99);
    expect_bad(d, len, "another version");
    expect_bad(orig, len - 1, "the header says");
    memcpy(d, orig, len);
    wr32(d + 24, nslots * 2);
    expect_bad(d, len, "the header says");
    memcpy(d, orig, len);
    wr32(d + 24, nslots - 1);
    expect_bad(d, len, "bad header");
    memcpy(d, orig, len);
    wr32(d + 40, 3);
    reseal(d, len);
    expect_bad(d, len, "bad header");
    memcpy(d, orig, len);
    d[len / 2] ^= 1;
    expect_bad(d, len, "checksum");

    /* A used slot whose row runs past the weights. */
    memcpy(d, orig, len);
    for (i = 0; i < nslots; i++)
        if (rd32(d + slots_off + i * 8)) {
            wr32(d + slots_off + i * 8 + 4, (nent - 1) | 2u << 24);
            break;
        }
    reseal(d, len);
    expect_bad(d, len, "bad feature table");

    /* An entry's tag beyond the tag table. */
    memcpy(d, orig, len);
    d[ent_off + (size_t)nent * 2] = (unsigned char)ntags;
    reseal(d, len);
    expect_bad(d, len, "bad feature table");

    /* No empty slot: lookups could not stop. */
    memcpy(d, orig, len);
    for (i = 0; i < nslots; i++)
        if (!rd32(d + slots_off + i * 8)) {
            wr32(d + slots_off + i * 8, 7);
            wr32(d + slots_off + i * 8 + 4, 1u << 24);
        }
    reseal(d, len);
    expect_bad(d, len, "bad feature table");

    /* The WordNet lexicon: a size that is not a power of two, a table
     * without an empty slot, an empty slot with a class. */
    memcpy(d, orig, len);
    wr32(d + 44, 3);
    reseal(d, len);
    expect_bad(d, len, "bad header");
    memcpy(d, orig, len);
    wr32(d + 44, nlex * 2);
    reseal(d, len);
    expect_bad(d, len, "the header says");
    memcpy(d, orig, len);
    for (i = 0; i < nlex; i++)
        if (!rd32(d + lex_off + i * 4))
            wr32(d + lex_off + i * 4, 0x80000001u | (uint32_t)i << 1);
    reseal(d, len);
    expect_bad(d, len, "bad feature table");
    memcpy(d, orig, len);
    for (i = 0; i < nlex; i++)
        if (!rd32(d + lex_off + i * 4)) {
            d[lex_off + (size_t)nlex * 4 + i * 2] = 1;
            break;
        }
    reseal(d, len);
    expect_bad(d, len, "bad feature table");

    /* An unknown tag name. */
    memcpy(d, orig, len);
    memcpy(d + POS_MODEL_HEADER, "ZZ\0\0\0\0\0\0", 8);
    reseal(d, len);
    expect_bad(d, len, "unknown tag");

    /* Untouched, it loads. */
    {
        struct pos_model *m = pos_model_from_mem(orig, len, NULL, &err);
        CHECK(m != NULL);
        pos_model_free(m);
    }
    pos_model_free(NULL);
    free(d);
    free(orig);
}

static void run(void)
{
    struct nl_error err;
    test_names();
    model = pos_model_new(MODEL, &err);
    CHECK_MSG(model != NULL, "cannot load %s: %s", MODEL, err.msg);
    if (!model)
        return;
    test_sentences();
    test_upos();
    test_lemma_lexicon();
    test_spacing();
    test_edges();
    test_threads();
    test_damaged();
    pos_model_free(model);
}

CHECK_MAIN("pos")
