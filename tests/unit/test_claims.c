/*
 * test_claims.c: claim extraction (claims.c) through the whole analysis
 * (doc.c: reader, segment, pos, timex, claims) with data/pos.model.
 * Exercises, from the tables in tests/unit/claims/ (one sentence a line):
 *   - triggers: main verbs, event nouns, what is not a trigger;
 *   - actor (coordination, relative clauses, infinitives, passives),
 *     object ("of" attachments), action lemmas with particles;
 *   - the governing date (own clause vs publication date);
 *   - attribution ("X said", "according to", inverted "said X"),
 *     modality (reported, alleged, expected, conditional), polarity
 *     ("did not", "failed to", "denied"), amounts with their units;
 *   - pronoun actors resolved to an antecedent, or left alone (pronouns.tsv).
 * Also: without a model, one claim per dated sentence and no action.
 *
 * Table format: sentence <TAB> DCT <TAB> trigger <TAB> expectations, the
 * last being "key=value" items separated by " | " (keys: action, actor,
 * pronoun, object, date, source, modality, polarity, quantity, kind; "-"
 * means none). trigger "!word" asserts that no claim has that trigger.
 */
#include "check.h"

#include "doc.h"
#include "interval.h"
#include "pos.h"

static struct pos_model *model;
static struct lexicon *lexicon; /* data/lexicon.tsv; NULL for the suffix-rule tables */

static const struct claim *find_claim(const struct doc *d, const char *word)
{
    size_t i, n = strlen(word);
    for (i = 0; i < d->nclaims; i++) {
        const struct claim *c = &d->claims[i];
        if (c->trigger.len == n && !memcmp(d->art.text + c->trigger.off, word, n))
            return c;
    }
    return NULL;
}

static const char *field(const struct claim *c, const char *key, char *buf, size_t n)
{
    if (!strcmp(key, "action"))
        return c->action;
    if (!strcmp(key, "actor"))
        return c->actor;
    if (!strcmp(key, "pronoun"))
        return c->actor_pronoun;
    if (!strcmp(key, "object"))
        return c->object;
    if (!strcmp(key, "source"))
        return c->attribution;
    if (!strcmp(key, "quantity"))
        return c->quantity;
    if (!strcmp(key, "modality"))
        return claim_modality_name(c->modality);
    if (!strcmp(key, "polarity"))
        return claim_polarity_name(c->is_negated);
    if (!strcmp(key, "kind"))
        return c->kind == CLAIM_VERB ? "verb" : c->kind == CLAIM_NOUN ? "noun" : "sentence";
    if (!strcmp(key, "date")) {
        if (!c->value)
            return NULL;
        snprintf(buf, n, "%s%s", c->value,
                 c->date_source == CLAIM_DATE_PUBLICATION ? " (published)" : "");
        return buf;
    }
    return "?";
}

static void run_line(const char *file, int lineno, char *line)
{
    char *cols[4], *p = line, *item;
    struct doc d;
    struct reader_opts ro;
    struct nl_error err;
    const struct claim *c;
    int i;

    for (i = 0; i < 4; i++) {
        cols[i] = p;
        p = i < 3 ? strchr(p, '\t') : NULL;
        if (i < 3 && !p) {
            CHECK_MSG(0, "%s:%d: expected 4 columns", file, lineno);
            return;
        }
        if (p)
            *p++ = '\0';
    }
    memset(&ro, 0, sizeof(ro));
    ro.published = cols[1];
    ro.crawl_day = DAY_NONE;
    nl_error_clear(&err);
    doc_init(&d, 0);
    d.pos = model;
    d.lex = lexicon;
    CHECK_MSG(!doc_read_mem(&d, "t.txt", cols[0], strlen(cols[0]), &ro, &err) &&
                  !doc_analyse(&d, &err),
              "%s:%d: %s", file, lineno, err.msg);
    if (cols[2][0] == '!') {
        CHECK_MSG(find_claim(&d, cols[2] + 1) == NULL, "%s:%d: '%s' should not be a trigger",
                  file, lineno, cols[2] + 1);
        doc_release(&d);
        return;
    }
    c = find_claim(&d, cols[2]);
    CHECK_MSG(c != NULL, "%s:%d: no claim on '%s'", file, lineno, cols[2]);
    for (item = cols[3]; c && item && *item;) {
        char *next = strstr(item, " | "), *eq, buf[40];
        const char *got, *want;
        if (next) {
            *next = '\0';
            next += 3;
        }
        eq = strchr(item, '=');
        CHECK_MSG(eq != NULL, "%s:%d: bad item '%s'", file, lineno, item);
        if (eq) {
            *eq = '\0';
            want = strcmp(eq + 1, "-") ? eq + 1 : NULL;
            got = field(c, item, buf, sizeof(buf));
            CHECK_MSG((!got && !want) || (got && want && !strcmp(got, want)),
                      "%s:%d: '%s' %s: got '%s', want '%s'", file, lineno, cols[2], item,
                      got ? got : "-", want ? want : "-");
        }
        item = next;
    }
    doc_release(&d);
}

static void run_table(const char *name)
{
    char path[512], line[2048];
    FILE *f;
    int lineno = 0, n = 0;

    snprintf(path, sizeof(path), "%s/%s", check_datadir, name);
    f = fopen(path, "r");
    CHECK_MSG(f != NULL, "cannot open %s", path);
    if (!f)
        return;
    while (fgets(line, sizeof(line), f)) {
        lineno++;
        line[strcspn(line, "\n")] = '\0';
        if (!line[0] || line[0] == '#')
            continue;
        run_line(name, lineno, line);
        n++;
    }
    fclose(f);
    CHECK_MSG(n >= 5, "%s: only %d cases", name, n);
}

/* Without a model: dated sentences, no trigger or action. */
static void test_no_model(void)
{
    static const char text[] = "The ministers met on Monday and signed it on Friday. It rained.";
    struct doc d;
    struct reader_opts ro;
    struct nl_error err;

    memset(&ro, 0, sizeof(ro));
    ro.published = "2016-09-03";
    ro.crawl_day = DAY_NONE;
    doc_init(&d, 0);
    CHECK(!doc_read_mem(&d, "t.txt", text, strlen(text), &ro, &err));
    CHECK(!doc_analyse(&d, &err));
    CHECK_INT(d.nclaims, 2);
    if (d.nclaims == 2) {
        CHECK_INT(d.claims[0].kind, CLAIM_SENTENCE);
        CHECK_INT(d.claims[0].trigger.len, 0);
        CHECK(d.claims[0].action == NULL);
        CHECK_STR(d.claims[0].value, "2016-08-29");
        CHECK_STR(d.claims[1].value, "2016-09-02");
    }
    doc_release(&d);
}

static void run(void)
{
    struct nl_error err;
    static const char *const tables[] = {"arguments.tsv", "triggers.tsv", "attribution.tsv",
                                         "modality.tsv", "dates.tsv", "pronouns.tsv",
                                         "event-nouns.tsv"};
    size_t i;

    test_no_model();
    nl_error_clear(&err);
    model = pos_model_new("data/pos.model", &err);
    CHECK_MSG(model != NULL, "cannot load data/pos.model: %s", err.msg);
    if (!model)
        return;
    lexicon = lexicon_new("data/lexicon.tsv", &err);
    CHECK_MSG(lexicon != NULL, "cannot load data/lexicon.tsv: %s", err.msg);
    for (i = 0; i < NL_ARRAY_LEN(tables); i++)
        run_table(tables[i]);
    /* without the lexicon: event nouns by suffix rules and the tagger */
    lexicon_free(lexicon);
    lexicon = NULL;
    run_table("nouns-no-lexicon.tsv");
    pos_model_free(model);
}

CHECK_MAIN("claims")
