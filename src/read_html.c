/*
 * read_html.c: an HTML page -> struct article. The only file that includes
 * libxml2: the page is decoded to UTF-8 here, parsed with libxml2's HTML
 * parser (no network, no messages), and everything the article needs is
 * copied into the caller's arena before the xmlDoc is freed.
 *
 * Three jobs:
 *  - metadata: title, outlet, canonical URL, author, language from <head>
 *    meta tags, JSON-LD and the URL;
 *  - dates: every signal a page gives (JSON-LD datePublished, article: and
 *    Dublin Core meta, itemprop, <time>, visible "Published ..." lines,
 *    date-classed elements, the URL path) is a candidate with a rank; the
 *    best plausible one wins, and its provenance is kept. Modification dates
 *    are kept apart;
 *  - body: the DOM becomes a flat pre-order array. Text belongs to its
 *    nearest block element ("unit"); units are judged by length, link
 *    density and sentence shape; boilerplate subtrees (navigation, share and
 *    comment widgets, related links, captions, cookie notices) are cut by tag
 *    and class/id cues; the container with the largest balance of good text
 *    over doubtful text is the article, and its units are printed one per
 *    line.
 *
 * No per-site rules: every cue is a general HTML or schema.org convention.
 */
#include "reader.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "datetext.h"
#include "interval.h"
#include "utf8.h"
#include "banned.h"

/* ---- decoding ---------------------------------------------------------- */

/* Windows-1252 code points of 0x80-0x9F (the rest of the byte range is Latin-1). */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

/*
 * Re-encode data as UTF-8: valid UTF-8 sequences are kept when keep_utf8,
 * every other byte is read as Windows-1252 (a superset of Latin-1's
 * printable range). This repairs both Latin-1 pages and UTF-8 pages with a
 * few stray bytes.
 */
static enum nl_err to_utf8(const char *data, size_t len, int keep_utf8, struct buf *out)
{
    size_t i = 0;
    enum nl_err e = buf_grow(out, len + len / 8 + 16);
    while (!e && i < len) {
        unsigned char c = (unsigned char)data[i];
        uint32_t cp;
        size_t n;
        char enc[4];
        if (c < 0x80) {
            size_t j = i;
            while (j < len && (unsigned char)data[j] < 0x80)
                j++;
            e = buf_add(out, data + i, j - i);
            i = j;
            continue;
        }
        if (keep_utf8 && (n = utf8_decode(data + i, len - i, &cp)) > 0) {
            e = buf_add(out, data + i, n);
            i += n;
            continue;
        }
        cp = c < 0xA0 ? cp1252_high[c - 0x80] : c;
        n = utf8_encode(cp, enc);
        e = buf_add(out, enc, n);
        i++;
    }
    return e;
}

static int lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* Case-insensitive search of an ASCII needle (lower case) in s[0..len). */
static const char *find_ci(const char *s, size_t len, const char *needle)
{
    size_t n = strlen(needle), i, k;
    if (n > len)
        return NULL;
    for (i = 0; i + n <= len; i++) {
        if (lower((unsigned char)s[i]) != (unsigned char)needle[0])
            continue;
        for (k = 1; k < n; k++)
            if (lower((unsigned char)s[i + k]) != (unsigned char)needle[k])
                break;
        if (k == n)
            return s + i;
    }
    return NULL;
}

/* The charset a page declares in its first 4 KiB ("" when none), lower case. */
static void declared_charset(const char *data, size_t len, char *out, size_t cap)
{
    size_t lim = len < 4096 ? len : 4096, o = 0;
    const char *p = find_ci(data, lim, "charset=");
    out[0] = '\0';
    if (!p) {
        p = find_ci(data, lim, "encoding=");
        if (!p || !find_ci(data, (size_t)(p - data), "<?xml"))
            return;
        p += 9;
    } else {
        p += 8;
    }
    while (p < data + lim && (*p == '"' || *p == '\'' || *p == ' '))
        p++;
    while (p < data + lim && o + 1 < cap &&
           ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            *p == '-' || *p == '_' || *p == ':' || *p == '.'))
        out[o++] = (char)lower((unsigned char)*p++);
    out[o] = '\0';
}

static int is_latin1_family(const char *cs)
{
    return !strcmp(cs, "iso-8859-1") || !strcmp(cs, "iso8859-1") || !strcmp(cs, "latin1") ||
           !strcmp(cs, "latin-1") || !strcmp(cs, "windows-1252") || !strcmp(cs, "cp1252") ||
           !strcmp(cs, "iso-8859-15") || !strcmp(cs, "us-ascii") || !strcmp(cs, "ascii") ||
           !strcmp(cs, "x-user-defined");
}

/* 1 when data has at least one multibyte UTF-8 sequence and no invalid one. */
static int is_clean_utf8(const char *data, size_t len, int *has_multibyte)
{
    size_t i = 0;
    *has_multibyte = 0;
    while (i < len) {
        size_t j = i;
        uint32_t cp;
        size_t n;
        uint64_t w;
        /* ASCII runs eight bytes at a time */
        while (j + 8 <= len && (memcpy(&w, data + j, 8), (w & 0x8080808080808080ULL) == 0))
            j += 8;
        while (j < len && (unsigned char)data[j] < 0x80)
            j++;
        if (j == len)
            return 1;
        n = utf8_decode(data + j, len - j, &cp);
        if (!n)
            return 0;
        *has_multibyte = 1;
        i = j + n;
    }
    return 1;
}

/* ---- the node array ---------------------------------------------------- */

enum tag {
    T_OTHER, T_TEXT, T_A, T_ABBR, T_ADDRESS, T_ARTICLE, T_ASIDE, T_B, T_BLOCKQUOTE, T_BODY,
    T_BR, T_BUTTON, T_CANVAS, T_CAPTION, T_CENTER, T_DD, T_DETAILS, T_DIALOG, T_DIV, T_DL, T_DT,
    T_EM, T_EMBED, T_FIELDSET, T_FIGCAPTION, T_FIGURE, T_FOOTER, T_FORM, T_H1, T_H2, T_H3, T_H4,
    T_H5, T_H6, T_HEAD, T_HEADER, T_HR, T_HTML, T_I, T_IFRAME, T_IMG, T_INPUT, T_LABEL, T_LI,
    T_LINK, T_MAIN, T_MATH, T_MENU, T_META, T_NAV, T_NOSCRIPT, T_OBJECT, T_OL, T_OPTION, T_P,
    T_PRE, T_SCRIPT, T_SECTION, T_SELECT, T_SPAN, T_STRONG, T_STYLE, T_SUMMARY, T_SVG, T_TABLE,
    T_TBODY, T_TD, T_TEMPLATE, T_TEXTAREA, T_TFOOT, T_TH, T_THEAD, T_TIME, T_TITLE, T_TR, T_UL,
};

static const struct {
    const char *name;
    enum tag tag;
} tag_names[] = {
    /* sorted by name for bsearch */
    {"a", T_A}, {"abbr", T_ABBR}, {"address", T_ADDRESS}, {"article", T_ARTICLE},
    {"aside", T_ASIDE}, {"b", T_B}, {"blockquote", T_BLOCKQUOTE}, {"body", T_BODY},
    {"br", T_BR}, {"button", T_BUTTON}, {"canvas", T_CANVAS}, {"caption", T_CAPTION},
    {"center", T_CENTER}, {"dd", T_DD}, {"details", T_DETAILS}, {"dialog", T_DIALOG},
    {"div", T_DIV}, {"dl", T_DL}, {"dt", T_DT}, {"em", T_EM}, {"embed", T_EMBED},
    {"fieldset", T_FIELDSET}, {"figcaption", T_FIGCAPTION}, {"figure", T_FIGURE},
    {"footer", T_FOOTER}, {"form", T_FORM}, {"h1", T_H1}, {"h2", T_H2}, {"h3", T_H3},
    {"h4", T_H4}, {"h5", T_H5}, {"h6", T_H6}, {"head", T_HEAD}, {"header", T_HEADER},
    {"hr", T_HR}, {"html", T_HTML}, {"i", T_I}, {"iframe", T_IFRAME}, {"img", T_IMG},
    {"input", T_INPUT}, {"label", T_LABEL}, {"li", T_LI}, {"link", T_LINK}, {"main", T_MAIN},
    {"math", T_MATH}, {"menu", T_MENU}, {"meta", T_META}, {"nav", T_NAV},
    {"noscript", T_NOSCRIPT}, {"object", T_OBJECT}, {"ol", T_OL}, {"option", T_OPTION},
    {"p", T_P}, {"pre", T_PRE}, {"script", T_SCRIPT}, {"section", T_SECTION},
    {"select", T_SELECT}, {"span", T_SPAN}, {"strong", T_STRONG}, {"style", T_STYLE},
    {"summary", T_SUMMARY}, {"svg", T_SVG}, {"table", T_TABLE}, {"tbody", T_TBODY},
    {"td", T_TD}, {"template", T_TEMPLATE}, {"textarea", T_TEXTAREA}, {"tfoot", T_TFOOT},
    {"th", T_TH}, {"thead", T_THEAD}, {"time", T_TIME}, {"title", T_TITLE}, {"tr", T_TR},
    {"ul", T_UL},
};

static enum tag tag_of(const char *name)
{
    size_t lo = 0, hi = NL_ARRAY_LEN(tag_names);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(name, tag_names[mid].name);
        if (c == 0)
            return tag_names[mid].tag;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return T_OTHER;
}

/* What a tag is: a block (its text is a unit of its own), or a subtree that is
 * never article text. */
enum { TP_BLOCK = 1, TP_DROP = 2 };

static const uint8_t tag_props[] = {
    [T_ADDRESS] = TP_BLOCK, [T_ARTICLE] = TP_BLOCK, [T_ASIDE] = TP_BLOCK | TP_DROP,
    [T_BLOCKQUOTE] = TP_BLOCK, [T_BODY] = TP_BLOCK, [T_CAPTION] = TP_BLOCK,
    [T_CENTER] = TP_BLOCK, [T_DD] = TP_BLOCK, [T_DETAILS] = TP_BLOCK,
    [T_DIALOG] = TP_BLOCK | TP_DROP, [T_DIV] = TP_BLOCK, [T_DL] = TP_BLOCK, [T_DT] = TP_BLOCK,
    [T_FIELDSET] = TP_BLOCK, [T_FIGCAPTION] = TP_BLOCK | TP_DROP, [T_FIGURE] = TP_BLOCK,
    [T_FOOTER] = TP_BLOCK | TP_DROP, [T_FORM] = TP_BLOCK, [T_H1] = TP_BLOCK, [T_H2] = TP_BLOCK,
    [T_H3] = TP_BLOCK, [T_H4] = TP_BLOCK, [T_H5] = TP_BLOCK, [T_H6] = TP_BLOCK,
    [T_HEADER] = TP_BLOCK, [T_HR] = TP_BLOCK, [T_HTML] = TP_BLOCK, [T_LI] = TP_BLOCK,
    [T_MAIN] = TP_BLOCK, [T_MENU] = TP_BLOCK | TP_DROP, [T_NAV] = TP_BLOCK | TP_DROP,
    [T_OL] = TP_BLOCK, [T_P] = TP_BLOCK, [T_PRE] = TP_BLOCK, [T_SECTION] = TP_BLOCK,
    [T_SUMMARY] = TP_BLOCK, [T_TABLE] = TP_BLOCK, [T_TBODY] = TP_BLOCK, [T_TD] = TP_BLOCK,
    [T_TFOOT] = TP_BLOCK, [T_TH] = TP_BLOCK, [T_THEAD] = TP_BLOCK, [T_TR] = TP_BLOCK,
    [T_UL] = TP_BLOCK, [T_HEAD] = TP_BLOCK | TP_DROP, [T_TITLE] = TP_BLOCK | TP_DROP,
    [T_SCRIPT] = TP_DROP, [T_STYLE] = TP_DROP, [T_NOSCRIPT] = TP_DROP, [T_TEMPLATE] = TP_DROP,
    [T_SVG] = TP_DROP, [T_MATH] = TP_DROP, [T_CANVAS] = TP_DROP, [T_IFRAME] = TP_DROP,
    [T_OBJECT] = TP_DROP, [T_EMBED] = TP_DROP, [T_BUTTON] = TP_DROP, [T_INPUT] = TP_DROP,
    [T_SELECT] = TP_DROP, [T_TEXTAREA] = TP_DROP, [T_OPTION] = TP_DROP, [T_LABEL] = TP_DROP,
    [T_META] = TP_DROP, [T_LINK] = TP_DROP, [T_UL + 1] = 0,
};

static int is_block_tag(unsigned t)
{
    return t < sizeof(tag_props) && (tag_props[t] & TP_BLOCK);
}

static int is_dropped_tag(unsigned t)
{
    return t < sizeof(tag_props) && (tag_props[t] & TP_DROP);
}

enum {
    N_BLOCK = 1,    /* block-level element */
    N_DROP = 2,     /* in a dropped subtree */
    N_INLINK = 4,   /* inside an <a> */
    N_KEEP = 8,     /* unit printed in the body */
    N_HEADING = 16, /* h1-h6 */
    N_NEGCLASS = 32, /* class or id says boilerplate */
    N_TEASER = 64,   /* in a repeated "linked title + excerpt" item */
    N_LINKLED = 128, /* element whose text opens with a link */
    N_SELFDROP = 256, /* dropped for itself (tag, hidden, class cue), not for an ancestor */
    N_ARTBODY = 512, /* itemprop="articleBody": the page's own mark of the article text */
    N_DIGIT = 1024,  /* the subtree's text (dropped parts included) has a digit: may hold a date */
    N_QUOTE = 2048,  /* the subtree has a blockquote with text (an embedded post, a quote) */
};

struct node {
    xmlNode *x;
    int32_t parent;   /* index, -1 for the root */
    int32_t end;      /* index one past the subtree */
    int32_t block;    /* nearest block ancestor (the unit that owns this text), -1 if none */
    uint16_t tag;     /* enum tag */
    uint16_t flags;   /* N_* */
    uint32_t text;    /* characters of visible text in the subtree (no blanks) */
    uint32_t own;     /* characters owned as a unit (text whose nearest block is this) */
    uint32_t own_link; /* of which inside links */
    uint32_t own_punct; /* sentence punctuation and commas owned */
    uint32_t punct;   /* text nodes: their punctuation */
    uint32_t link;    /* characters of link text in the subtree */
    uint32_t raw;     /* characters of text in the subtree, dropped parts included */
    double score;     /* container score: good minus doubtful text below */
};

struct page {
    struct node *n;
    size_t len, cap;
    int32_t body;         /* index of <body>, or 0 */
    const char *title;    /* best title so far (arena) */
    uint32_t total_text;
};

#define MAX_DEPTH 512

static const char *attr(const xmlNode *x, const char *name)
{
    const xmlAttr *a;
    for (a = x->properties; a; a = a->next)
        if (a->name && !strcmp((const char *)a->name, name)) {
            if (a->children && a->children->type == XML_TEXT_NODE && a->children->content)
                return (const char *)a->children->content;
            return "";
        }
    return NULL;
}

static enum nl_err push_node(struct page *pg, xmlNode *x, int32_t parent, enum tag t)
{
    struct node *nd;
    if (pg->len == pg->cap) {
        size_t ncap = pg->cap ? pg->cap * 2 : 1024;
        struct node *p;
        if (ncap > (size_t)INT32_MAX / 2)
            return NL_ETOOBIG;
        p = nl_realloc(pg->n, ncap * sizeof(*p));
        if (!p)
            return NL_ENOMEM;
        pg->n = p;
        pg->cap = ncap;
    }
    nd = &pg->n[pg->len++];
    memset(nd, 0, sizeof(*nd));
    nd->x = x;
    nd->parent = parent;
    nd->tag = (uint16_t)t;
    nd->block = -1;
    return NL_OK;
}

/* Flatten the element and text nodes under root into pre-order. */
static enum nl_err flatten(struct page *pg, xmlNode *root)
{
    int32_t stack[MAX_DEPTH];
    xmlNode *cur[MAX_DEPTH];
    int depth = 0;
    enum nl_err e;

    if (!root)
        return NL_OK;
    e = push_node(pg, root, -1, tag_of((const char *)root->name));
    if (e)
        return e;
    stack[0] = 0;
    cur[0] = root->children;
    while (depth >= 0) {
        xmlNode *x = cur[depth];
        if (!x) {
            pg->n[stack[depth]].end = (int32_t)pg->len;
            depth--;
            continue;
        }
        cur[depth] = x->next;
        if (x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE) {
            e = push_node(pg, x, stack[depth], T_TEXT);
            if (e)
                return e;
            pg->n[pg->len - 1].end = (int32_t)pg->len;
        } else if (x->type == XML_ELEMENT_NODE) {
            enum tag t = tag_of((const char *)x->name);
            e = push_node(pg, x, stack[depth], t);
            if (e)
                return e;
            if (t == T_BODY && !pg->body)
                pg->body = (int32_t)pg->len - 1;
            if (depth + 1 < MAX_DEPTH && x->children) {
                depth++;
                stack[depth] = (int32_t)pg->len - 1;
                cur[depth] = x->children;
            } else {
                pg->n[pg->len - 1].end = (int32_t)pg->len;
            }
        }
    }
    return NL_OK;
}

static int is_space_at(const unsigned char *s, size_t i, size_t n)
{
    return s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f' ||
           (s[i] == 0xC2 && i + 1 < n && s[i + 1] == 0xA0);
}

/* Characters (not bytes) that are not blanks, and sentence punctuation.
 * Returns 1 when s has an ASCII digit. */
static int count_text(const char *s, uint32_t *chars, uint32_t *punct)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i, n = strlen(s);
    uint32_t c = 0, q = 0;
    int has_digit = 0;
    for (i = 0; i < n; i++) {
        if ((p[i] & 0xC0) == 0x80)
            continue;
        if (is_space_at(p, i, n))
            continue;
        c++;
        if (p[i] >= '0' && p[i] <= '9')
            has_digit = 1;
        if (p[i] == '.' || p[i] == ',' || p[i] == '!' || p[i] == '?' || p[i] == ';')
            q++;
        else if (p[i] == 0xE3 && i + 2 < n && p[i + 1] == 0x80 && (p[i + 2] == 0x81 || p[i + 2] == 0x82))
            q++; /* CJK comma and full stop */
    }
    *chars = c;
    *punct = q;
    return has_digit;
}

/* ---- class and id cues ------------------------------------------------- */

/* Lower-cased class and id of an element into out. */
static size_t class_id(const xmlNode *x, char *out, size_t cap)
{
    const char *c = attr(x, "class"), *id = attr(x, "id");
    size_t o = 0;
    if (c)
        while (*c && o + 2 < cap)
            out[o++] = (char)lower((unsigned char)*c++);
    if (id && o + 2 < cap) {
        out[o++] = ' ';
        while (*id && o + 2 < cap)
            out[o++] = (char)lower((unsigned char)*id++);
    }
    out[o] = '\0';
    return o;
}

/* Words whose presence in a class or id marks boilerplate, whatever else is there. */
static const char *const strong_neg[] = {
    "comment", "share", "sharing", "social", "related", "recommend", "promo", "newsletter",
    "subscribe", "signup", "sign-up", "cookie", "consent", "gdpr", "advert", "sponsor",
    "outbrain", "taboola", "breadcrumb", "popup", "modal", "sidebar", "footer", "byline",
    "caption", "credit", "disqus", "trending", "most-popular", "mostpopular", "more-stories",
    "read-more", "readmore", "also-read", "further-reading", "recirc", "paywall", "login",
    "tags", "tag-list", "keywords", "pagination", "pager", "author-bio", "authorbio", "toolbar",
    "sr-only", "visually-hidden", "screen-reader", "skip-link", "print-only", "masthead",
    "navbar", "nav-", "-nav", "menu", "dateline", "timestamp", "published", "posted-on",
};

/* Words that mark boilerplate unless a positive word is also there. */
static const char *const weak_neg[] = {
    "header", "widget", "banner", "meta", "tools", "rail", "teaser", "follow", "subscription",
    "donate", "aside", "extra", "hidden", "overlay", "notification", "alert",
};

static const char *const positive[] = {
    "article", "content", "entry", "main", "post", "story", "text", "body", "blog",
};

/* Bit of a lower-case letter in a letter set; other bytes share bit 26. */
static uint32_t letter_bit(unsigned char c)
{
    return c >= 'a' && c <= 'z' ? 1u << (c - 'a') : 1u << 26;
}

/* w in s; letters is the set of letters of s, which rules most words out
 * without a search (their first or second letter is not in s). */
static int has_word(const char *s, uint32_t letters, const char *w)
{
    uint32_t need = letter_bit((unsigned char)w[0]) | letter_bit((unsigned char)w[1]);
    return (letters & need) == need && strstr(s, w) != NULL;
}

/* 1 for ad-like tokens: "ad", "ads", "ad-*", "*-ad", "adslot". */
static int has_ad_token(const char *s)
{
    const char *p = s;
    while (*p) {
        const char *b = p, *e;
        while (*b == ' ')
            b++;
        e = b;
        while (*e && *e != ' ')
            e++;
        if (e > b) {
            size_t n = (size_t)(e - b);
            if ((n == 2 && !memcmp(b, "ad", 2)) || (n == 3 && !memcmp(b, "ads", 3)) ||
                (n > 3 && (!memcmp(b, "ad-", 3) || !memcmp(b, "ad_", 3) || !memcmp(b, "ads-", 4))) ||
                (n > 3 && (!memcmp(e - 3, "-ad", 3) || !memcmp(e - 3, "_ad", 3))) ||
                (n > 4 && !memcmp(e - 4, "-ads", 4)))
                return 1;
        }
        p = e;
    }
    return 0;
}

/* -1 boilerplate, +1 article-like, 0 neither. */
static int class_cue(const xmlNode *x)
{
    char s[512];
    size_t i;
    int pos = 0;
    uint32_t letters = 1u << 26;
    if (!class_id(x, s, sizeof(s)))
        return 0;
    for (i = 0; s[i]; i++)
        letters |= letter_bit((unsigned char)s[i]);
    for (i = 0; i < NL_ARRAY_LEN(strong_neg); i++)
        if (has_word(s, letters, strong_neg[i]))
            return -1;
    if (has_ad_token(s))
        return -1;
    for (i = 0; i < NL_ARRAY_LEN(positive); i++)
        if (has_word(s, letters, positive[i]))
            pos = 1;
    if (pos)
        return 1;
    for (i = 0; i < NL_ARRAY_LEN(weak_neg); i++)
        if (has_word(s, letters, weak_neg[i]))
            return -1;
    return 0;
}

/* 1 when the element's itemprop names prop among its space-separated tokens. */
static int is_itemprop(const xmlNode *x, const char *prop)
{
    const char *v = attr(x, "itemprop"), *p;
    size_t n = strlen(prop);
    if (!v)
        return 0;
    for (p = v; (p = strstr(p, prop)); p += n)
        if ((p == v || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
            return 1;
    return 0;
}

static int is_hidden(const xmlNode *x)
{
    const char *st = attr(x, "style"), *ah;
    if (attr(x, "hidden"))
        return 1;
    ah = attr(x, "aria-hidden");
    if (ah && !strcmp(ah, "true"))
        return 1;
    if (st) {
        char buf[256];
        size_t o = 0;
        for (; *st && o + 1 < sizeof(buf); st++)
            if (*st != ' ')
                buf[o++] = (char)lower((unsigned char)*st);
        buf[o] = '\0';
        if (strstr(buf, "display:none") || strstr(buf, "visibility:hidden"))
            return 1;
    }
    return 0;
}

/* ---- metadata ---------------------------------------------------------- */

enum {
    R_JSONLD_ARTICLE = 10,
    R_META_ARTICLE = 20,
    R_JSONLD_OTHER = 22,
    R_ITEMPROP = 25,
    R_META_GENERIC = 30,
    R_TIME_PUB = 32,
    R_BYLINE = 40,
    R_META_DATE = 48,
    R_TIME = 45,
    R_DATE_PUB_CLASS = 42,
    R_DATE_CLASS = 50,
    R_TITLE = 55,
    R_URL = 60,
    R_TEXT = 70,
    R_DESCRIPTION = 75,
    R_SCRIPT = 65,
    R_SCRIPT_CREATED = 82,
    R_DATA_ATTR = 85,
    R_NONE = 1000,
};

struct datecand {
    int rank;
    struct datetext dt;
    const char *source; /* static or arena */
};

struct meta {
    struct arena *a;
    int32_t crawl_day;
    int is_month_first;
    struct datecand pub, mod;
    struct datecand vis;  /* a date the page shows, when pub is a UTC time stamp */
    struct datecand late; /* last resorts: inline-script JSON keys, data-* attributes */
    int need_vis;         /* pub is UTC near a day boundary: look for vis */
    int agree_rank;       /* best rank of a visible date showing pub's own day */
    const char *og_title, *ld_headline, *tw_title, *doc_title;
    const char *og_site, *ld_publisher, *app_name;
    const char *canonical, *og_url, *ld_url;
    const char *author, *ld_author;
    const char *lang;
    const char *description; /* meta description (xmlDoc) */
    const char *title; /* chosen title, to keep it out of the body */
    int is_oom;
};

static const char *dupz(struct meta *m, const char *s, size_t n)
{
    char *d = arena_strndup(m->a, s, n);
    if (!d)
        m->is_oom = 1;
    return d;
}

static void offer_date(struct meta *m, struct datecand *slot, int rank, const char *s, size_t n,
                       const char *source)
{
    struct datetext dt;
    if (rank >= slot->rank || !s || !n)
        return;
    if (!datetext_parse(s, n, &dt) || !datetext_plausible(&dt, m->crawl_day))
        return;
    slot->rank = rank;
    slot->dt = dt;
    slot->source = source;
}

/* Rank of a meta name/property/itemprop as a publication (is_mod 0) or
 * modification (is_mod 1) date; R_NONE when it is neither. */
static int meta_date_rank(const char *name, int *is_mod)
{
    char s[96];
    size_t i;
    static const char *const exact[] = {
        "article:published_time", "og:published_time", "og:article:published_time",
        "article:published", "datepublished", "pubdate", "publishdate", "publish-date",
        "publish_date", "dc.date.issued", "dcterms.issued",
        "dc.date.created", "dcterms.created", "sailthru.date", "parsely-pub-date",
        "article.published", "article_date_original", "original-publish-date", "pub_date",
        "publication_date", "date_published", "cxenseparse:recs:publishtime", "og:pubdate",
        "article:post_date", "created", "published", "firstpublishedtime", "displaydate",
    };
    *is_mod = 0;
    for (i = 0; name[i] && i + 1 < sizeof(s); i++)
        s[i] = (char)lower((unsigned char)name[i]);
    s[i] = '\0';
    if (strstr(s, "modif") || strstr(s, "updat") || strstr(s, "revis") || strstr(s, "changed")) {
        *is_mod = 1;
        return R_META_ARTICLE;
    }
    for (i = 0; i < NL_ARRAY_LEN(exact); i++)
        if (!strcmp(s, exact[i]))
            return R_META_ARTICLE;
    if (!strcmp(s, "date") || !strcmp(s, "dc.date") || !strcmp(s, "dcterms.date"))
        return R_META_DATE;
    if (strstr(s, "expir") || strstr(s, "valid") || strstr(s, "review") || strstr(s, "birth") ||
        strstr(s, "event") || strstr(s, "start") || strstr(s, "end"))
        return R_NONE;
    if (strstr(s, "publish") || strstr(s, "pubdate") || strstr(s, "issued") ||
        strstr(s, "created") || strstr(s, "date") || strstr(s, "upload"))
        return R_META_GENERIC;
    return R_NONE;
}

/* A tiny JSON walker for JSON-LD: remembers the members newsline uses. */
struct jstr {
    const char *p; /* raw, still escaped, inside the quotes */
    size_t n;
};

struct jctx {
    const char *s;
    size_t len, i;
    int depth;
    struct meta *m;
    int is_bad;
    struct jstr arr_type; /* first string of the last array walked */
};

static void jws(struct jctx *c)
{
    while (c->i < c->len && (c->s[c->i] == ' ' || c->s[c->i] == '\t' || c->s[c->i] == '\n' ||
                             c->s[c->i] == '\r'))
        c->i++;
}

static int jstring(struct jctx *c, struct jstr *out)
{
    size_t b;
    if (c->i >= c->len || c->s[c->i] != '"') {
        c->is_bad = 1;
        return 0;
    }
    b = ++c->i;
    while (c->i < c->len && c->s[c->i] != '"') {
        if (c->s[c->i] == '\\')
            c->i++;
        c->i++;
    }
    if (c->i >= c->len) {
        c->is_bad = 1;
        return 0;
    }
    out->p = c->s + b;
    out->n = c->i - b;
    c->i++;
    return 1;
}

/* Unescape a JSON string into the arena. */
static const char *junescape(struct meta *m, const struct jstr *js)
{
    char *out = arena_alloc(m->a, js->n + 1);
    size_t i, o = 0;
    if (!out) {
        m->is_oom = 1;
        return NULL;
    }
    for (i = 0; i < js->n; i++) {
        char c = js->p[i];
        if (c != '\\' || i + 1 >= js->n) {
            out[o++] = c;
            continue;
        }
        c = js->p[++i];
        switch (c) {
        case 'n': case 'r': case 't': case 'b': case 'f':
            out[o++] = ' ';
            break;
        case 'u': {
            uint32_t cp = 0;
            size_t k;
            char enc[4];
            if (i + 4 >= js->n) {
                out[o++] = '?';
                break;
            }
            for (k = 1; k <= 4; k++) {
                char h = js->p[i + k];
                cp = cp * 16 + (uint32_t)(h >= '0' && h <= '9' ? h - '0'
                                          : (h | 0x20) >= 'a' && (h | 0x20) <= 'f' ? (h | 0x20) - 'a' + 10
                                                                                 : 0);
            }
            i += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < js->n && js->p[i + 1] == '\\' &&
                js->p[i + 2] == 'u') {
                uint32_t lo = 0;
                for (k = 3; k <= 6; k++) {
                    char h = js->p[i + k];
                    lo = lo * 16 + (uint32_t)(h >= '0' && h <= '9' ? h - '0'
                                              : (h | 0x20) >= 'a' && (h | 0x20) <= 'f' ? (h | 0x20) - 'a' + 10
                                                                                     : 0);
                }
                if (lo >= 0xDC00 && lo <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    i += 6;
                }
            }
            k = utf8_encode(cp, enc);
            if (!k) {
                out[o++] = '?';
            } else {
                /* \uXXXX takes 6 bytes, its UTF-8 at most 4: stays within n */
                memcpy(out + o, enc, k);
                o += k;
            }
            break;
        }
        default:
            out[o++] = c;
        }
    }
    out[o] = '\0';
    return out;
}

static int jstr_is(const struct jstr *js, const char *w)
{
    size_t n = strlen(w);
    return js->n == n && !memcmp(js->p, w, n);
}

static int jstr_has(const struct jstr *js, const char *w)
{
    size_t n = strlen(w), i;
    for (i = 0; i + n <= js->n; i++)
        if (!memcmp(js->p + i, w, n))
            return 1;
    return 0;
}

static void jvalue(struct jctx *c, const struct jstr *key, struct jstr *sval, int *is_str);

/* Skip or walk a JSON value; strings are returned through sval. */
static void jobject(struct jctx *c, const struct jstr *parent_key)
{
    struct jstr type = {NULL, 0}, pub = {NULL, 0}, mod = {NULL, 0}, created = {NULL, 0};
    struct jstr headline = {NULL, 0}, name = {NULL, 0}, url = {NULL, 0};
    int is_article;

    c->i++; /* { */
    jws(c);
    if (c->i < c->len && c->s[c->i] == '}') {
        c->i++;
        return;
    }
    while (!c->is_bad && c->i < c->len) {
        struct jstr k, v;
        int is_str = 0;
        jws(c);
        if (!jstring(c, &k))
            return;
        jws(c);
        if (c->i >= c->len || c->s[c->i] != ':') {
            c->is_bad = 1;
            return;
        }
        c->i++;
        jws(c);
        jvalue(c, &k, &v, &is_str);
        if (c->is_bad)
            return;
        if (is_str) {
            if (jstr_is(&k, "@type"))
                type = v;
            else if (jstr_is(&k, "datePublished"))
                pub = v;
            else if (jstr_is(&k, "dateModified"))
                mod = v;
            else if (jstr_is(&k, "dateCreated"))
                created = v;
            else if (jstr_is(&k, "headline"))
                headline = v;
            else if (jstr_is(&k, "name"))
                name = v;
            else if (jstr_is(&k, "url") || jstr_is(&k, "mainEntityOfPage"))
                url = v;
        } else if (jstr_is(&k, "@type") && !type.p && c->arr_type.p) {
            type = c->arr_type; /* "@type": ["NewsArticle", ...] */
        }
        jws(c);
        if (c->i < c->len && c->s[c->i] == ',') {
            c->i++;
            continue;
        }
        if (c->i < c->len && c->s[c->i] == '}') {
            c->i++;
            break;
        }
        c->is_bad = 1;
        return;
    }
    is_article = type.p && (jstr_has(&type, "Article") || jstr_has(&type, "Posting") ||
                            jstr_has(&type, "Report") || jstr_has(&type, "Blog"));
    if (pub.p)
        offer_date(c->m, &c->m->pub, is_article ? R_JSONLD_ARTICLE : R_JSONLD_OTHER, pub.p, pub.n,
                   "json-ld");
    else if (created.p && is_article)
        offer_date(c->m, &c->m->pub, R_JSONLD_OTHER, created.p, created.n, "json-ld");
    if (mod.p)
        offer_date(c->m, &c->m->mod, is_article ? R_JSONLD_ARTICLE : R_JSONLD_OTHER, mod.p, mod.n,
                   "json-ld");
    if (headline.p && is_article && !c->m->ld_headline)
        c->m->ld_headline = junescape(c->m, &headline);
    if (is_article && url.p && !c->m->ld_url && url.n > 8 && !memcmp(url.p, "http", 4))
        c->m->ld_url = junescape(c->m, &url);
    if (name.p && parent_key) {
        if (jstr_is(parent_key, "publisher") && !c->m->ld_publisher)
            c->m->ld_publisher = junescape(c->m, &name);
        else if ((jstr_is(parent_key, "author") || jstr_is(parent_key, "creator")) &&
                 !c->m->ld_author)
            c->m->ld_author = junescape(c->m, &name);
    }
}

static void jarray(struct jctx *c, const struct jstr *parent_key)
{
    c->i++; /* [ */
    c->arr_type.p = NULL;
    jws(c);
    if (c->i < c->len && c->s[c->i] == ']') {
        c->i++;
        return;
    }
    while (!c->is_bad && c->i < c->len) {
        struct jstr v;
        int is_str = 0;
        jws(c);
        jvalue(c, parent_key, &v, &is_str);
        if (is_str && !c->arr_type.p)
            c->arr_type = v;
        if (is_str && parent_key && jstr_is(parent_key, "author") && !c->m->ld_author)
            c->m->ld_author = junescape(c->m, &v);
        jws(c);
        if (c->i < c->len && c->s[c->i] == ',') {
            c->i++;
            continue;
        }
        if (c->i < c->len && c->s[c->i] == ']') {
            c->i++;
            return;
        }
        c->is_bad = 1;
    }
}

static void jvalue(struct jctx *c, const struct jstr *key, struct jstr *sval, int *is_str)
{
    *is_str = 0;
    if (c->i >= c->len) {
        c->is_bad = 1;
        return;
    }
    if (++c->depth > 48) {
        c->is_bad = 1;
        return;
    }
    switch (c->s[c->i]) {
    case '"':
        *is_str = jstring(c, sval);
        break;
    case '{':
        jobject(c, key);
        break;
    case '[':
        jarray(c, key);
        break;
    default:
        /* number, true, false, null: skip to a delimiter */
        while (c->i < c->len && c->s[c->i] != ',' && c->s[c->i] != '}' && c->s[c->i] != ']')
            c->i++;
    }
    c->depth--;
}

static void parse_jsonld(struct meta *m, const char *s, size_t n)
{
    struct jctx c = {s, n, 0, 0, m, 0, {NULL, 0}};
    struct jstr v;
    int is_str;
    jws(&c);
    /* Some pages wrap JSON-LD in HTML comments or CDATA markers. */
    while (c.i < n && c.s[c.i] != '{' && c.s[c.i] != '[')
        c.i++;
    if (c.i < n)
        jvalue(&c, NULL, &v, &is_str);
}

/*
 * Inline scripts other than JSON-LD often carry the article's state as JSON
 * ("published_at":"2019-03-02T06:22:28+01:00", "publishDate", "createdAt"):
 * the CMS's own record, used only when the page says nothing else. The
 * first publication-named key wins; a creation-named key ("createdAt" is
 * also given to images and embeds) only when there is none. Keys may be
 * escaped inside a JSON string (\"pubDate\":\"...\").
 */
static int script_key(const char *s, size_t n, size_t *klen)
{
    static const char *const pub[] = {
        "datePublished", "publishDate", "pubDate", "publishedDate", "published_at",
        "publishedAt", "publish_date", "published_date", "date_published", "publicationDate",
        "publication_date", "firstPublished", "first_published",
    };
    static const char *const created[] = {"createdAt", "created_at", "dateCreated"};
    size_t k, w;
    if (n < 7 || (s[0] != 'd' && s[0] != 'p' && s[0] != 'f' && s[0] != 'c'))
        return R_NONE; /* no key starts otherwise: most quotes end here */
    for (k = 0; k < NL_ARRAY_LEN(pub); k++) {
        w = strlen(pub[k]);
        if (w <= n && !memcmp(s, pub[k], w)) {
            /* "firstPublishedDate", "first_published_at": the prefix names it */
            if (k >= NL_ARRAY_LEN(pub) - 2)
                while (w < n && (s[w] == '_' || ((s[w] | 0x20) >= 'a' && (s[w] | 0x20) <= 'z')))
                    w++;
            *klen = w;
            return R_SCRIPT;
        }
    }
    for (k = 0; k < NL_ARRAY_LEN(created); k++) {
        w = strlen(created[k]);
        if (w <= n && !memcmp(s, created[k], w)) {
            *klen = w;
            return R_SCRIPT_CREATED;
        }
    }
    return R_NONE;
}

static void script_dates(struct meta *m, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && m->late.rank > R_SCRIPT) {
        const char *q = memchr(s + i, '"', n - i);
        size_t j, klen = 0, v;
        int rank;
        if (!q)
            return;
        j = (size_t)(q - s) + 1;
        i = j;
        if (j >= n || (rank = script_key(s + j, n - j, &klen)) >= m->late.rank)
            continue;
        j += klen;
        if (j < n && s[j] == '\\')
            j++;
        if (j >= n || s[j] != '"')
            continue;
        for (j++; j < n && (s[j] == ' ' || s[j] == '\t'); j++)
            ;
        if (j >= n || s[j] != ':')
            continue;
        for (j++; j < n && (s[j] == ' ' || s[j] == '\t'); j++)
            ;
        if (j < n && s[j] == '\\')
            j++;
        if (j >= n || s[j] != '"')
            continue;
        v = ++j;
        while (j < n && j - v < 48 && s[j] != '"' && s[j] != '\\')
            j++;
        if (j < n && (s[j] == '"' || s[j] == '\\'))
            offer_date(m, &m->late, rank, s + v, j - v, "script");
        i = j;
    }
}

/* 1 when s[0..len) opens with the tag name w (lower case) and a delimiter. */
static int tag_at(const char *s, size_t len, const char *w)
{
    size_t n = strlen(w), k;
    if (len <= n)
        return 0;
    for (k = 0; k < n; k++)
        if (lower((unsigned char)s[k]) != w[k])
            return 0;
    return s[n] == ' ' || s[n] == '>' || s[n] == '/' || s[n] == '\t' || s[n] == '\n' ||
           s[n] == '\r';
}

/* Index of the first "</w" (w lower case) at or after i, or len. */
static size_t find_close(const char *s, size_t len, size_t i, const char *w)
{
    size_t n = strlen(w);
    while (i < len) {
        const char *lt = memchr(s + i, '<', len - i);
        size_t p;
        if (!lt)
            return len;
        p = (size_t)(lt - s);
        if (p + 2 + n <= len && s[p + 1] == '/') {
            size_t k;
            for (k = 0; k < n; k++)
                if (lower((unsigned char)s[p + 2 + k]) != w[k])
                    break;
            if (k == n)
                return p;
        }
        i = p + 1;
    }
    return len;
}

/* Attributes the reader looks at; libxml2 never sees the others. */
static int is_kept_attr(const char *a, size_t n, int is_link)
{
    static const char *const kept[] = {
        "class", "id", "style", "hidden", "aria-hidden", "itemprop", "property", "content",
        "datetime", "pubdate", "rel", "name", "http-equiv", "type", "lang", "xml:lang",
    };
    size_t i, k;
    if (is_link && n == 4 && (a[0] | 0x20) == 'h')
        return 1; /* <link rel=canonical href=...> */
    for (i = 0; i < NL_ARRAY_LEN(kept); i++) {
        if (strlen(kept[i]) != n)
            continue;
        for (k = 0; k < n && lower((unsigned char)a[k]) == kept[i][k]; k++)
            ;
        if (k == n)
            return 1;
    }
    return 0;
}

static int is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/*
 * Copy the start tag at s[p] ('<' and a letter) without the attributes the
 * reader never reads (src, srcset, data-*, href of links, on*...: a third
 * of the bytes libxml2 would otherwise parse and allocate). Returns the
 * index after the tag, or 0 when the tag does not end cleanly (an open
 * quote): then it is left as it is.
 */
/*
 * A data-* attribute named for a publication date (data-date="18. März
 * 2020", data-publish-date, data-created): a last resort, since libxml2
 * never sees these attributes. Names of other dates are not taken.
 */
static void data_attr_date(struct meta *m, const char *a, size_t an, const char *v, size_t vn)
{
    char name[48];
    size_t k;
    if (an <= 5 || an >= sizeof(name) || m->late.rank <= R_DATA_ATTR || vn < 6 || vn > 64)
        return;
    for (k = 0; k < an; k++)
        name[k] = (char)lower((unsigned char)a[k]);
    name[an] = '\0';
    if (memcmp(name, "data-", 5) ||
        !(strstr(name, "date") || strstr(name, "publish") || strstr(name, "created")) ||
        strstr(name, "updat") || strstr(name, "modif") || strstr(name, "end") ||
        strstr(name, "valid") || strstr(name, "expir") || strstr(name, "birth") ||
        strstr(name, "event"))
        return;
    offer_date(m, &m->late, R_DATA_ATTR, v, vn, "data-attribute");
}

static size_t copy_start_tag(struct meta *m, const char *s, size_t len, size_t p, struct buf *out,
                             enum nl_err *e)
{
    size_t i = p + 1, name_end, mark = out->len;
    int is_link;
    while (i < len && !is_blank(s[i]) && s[i] != '>' && s[i] != '/')
        i++;
    name_end = i;
    is_link = name_end - p == 5 && (s[p + 1] | 0x20) == 'l' && (s[p + 2] | 0x20) == 'i' &&
              (s[p + 3] | 0x20) == 'n' && (s[p + 4] | 0x20) == 'k';
    *e = buf_add(out, s + p, name_end - p);
    while (!*e && i < len) {
        size_t an, ae, ve;
        while (i < len && (is_blank(s[i]) || (s[i] == '/' && i + 1 < len && s[i + 1] != '>')))
            i++;
        if (i >= len)
            break;
        if (s[i] == '>' || (s[i] == '/' && i + 1 < len && s[i + 1] == '>')) {
            size_t end = s[i] == '>' ? i + 1 : i + 2;
            *e = buf_add(out, s + i, end - i);
            return end;
        }
        an = i;
        while (i < len && !is_blank(s[i]) && s[i] != '=' && s[i] != '>' &&
               !(s[i] == '/' && i + 1 < len && s[i + 1] == '>'))
            i++;
        ae = i;
        if (ae == an) {
            i++; /* a stray '=' */
            continue;
        }
        {
            size_t j = i;
            while (j < len && is_blank(s[j]))
                j++;
            if (j < len && s[j] == '=') {
                j++;
                while (j < len && is_blank(s[j]))
                    j++;
                if (j < len && (s[j] == '"' || s[j] == '\'')) {
                    const char *q = memchr(s + j + 1, s[j], len - j - 1);
                    if (!q)
                        break;
                    if ((s[an] | 0x20) == 'd')
                        data_attr_date(m, s + an, ae - an, s + j + 1, (size_t)(q - s) - j - 1);
                    j = (size_t)(q - s) + 1;
                } else {
                    while (j < len && !is_blank(s[j]) && s[j] != '>')
                        j++;
                }
                i = j;
            }
        }
        ve = i;
        if (is_kept_attr(s + an, ae - an, is_link)) {
            *e = buf_addch(out, ' ');
            if (!*e)
                *e = buf_add(out, s + an, ve - an);
        }
    }
    buf_truncate(out, mark); /* no clean end: the caller copies the tag as it is */
    return 0;
}

/*
 * Copy the page without comments and without the bodies of <script>,
 * <style> and <svg> elements: about half the bytes of a current news page
 * and none of its article text, so libxml2 has half the work. JSON-LD script
 * bodies are parsed for metadata on the way (they hold no markup). Start
 * tags lose the attributes the reader does not read (copy_start_tag).
 */
static enum nl_err strip_raw(struct meta *m, const char *s, size_t len, struct buf *out)
{
    static const char *const raw[] = {"script", "style", "svg"};
    size_t i = 0, copied = 0, k;
    enum nl_err e = buf_grow(out, len / 2 + 16);

    while (!e && i < len) {
        const char *lt = memchr(s + i, '<', len - i);
        size_t p, gt, close;
        if (!lt)
            break;
        p = (size_t)(lt - s);
        if (p + 4 <= len && !memcmp(s + p, "<!--", 4)) {
            size_t j = p + 4;
            while (j + 3 <= len && memcmp(s + j, "-->", 3))
                j++;
            if (j + 3 > len)
                break; /* unclosed comment: libxml2 decides */
            e = buf_add(out, s + copied, p - copied);
            copied = i = j + 3;
            continue;
        }
        for (k = 0; k < NL_ARRAY_LEN(raw); k++)
            if (tag_at(s + p + 1, len - p - 1, raw[k]))
                break;
        if (k == NL_ARRAY_LEN(raw)) {
            size_t end;
            if (p + 1 < len && ((s[p + 1] | 0x20) >= 'a' && (s[p + 1] | 0x20) <= 'z')) {
                e = buf_add(out, s + copied, p - copied);
                if (e)
                    break;
                end = copy_start_tag(m, s, len, p, out, &e);
                if (end) {
                    copied = i = end;
                    continue;
                }
                copied = p; /* left as it is */
            }
            i = p + 1;
            continue;
        }
        /* end of the start tag, minding quoted attribute values */
        {
            char q = 0;
            for (gt = p + 1; gt < len; gt++) {
                if (q) {
                    if (s[gt] == q)
                        q = 0;
                } else if (s[gt] == '"' || s[gt] == '\'') {
                    q = s[gt];
                } else if (s[gt] == '>') {
                    break;
                }
            }
        }
        if (gt >= len)
            break;
        close = find_close(s, len, gt + 1, raw[k]);
        if (close >= len)
            break; /* unclosed: leave the rest to libxml2 */
        if (k == 0 && find_ci(s + p, gt - p, "ld+json"))
            parse_jsonld(m, s + gt + 1, close - gt - 1);
        else if (k == 0)
            script_dates(m, s + gt + 1, close - gt - 1);
        e = buf_add(out, s + copied, gt + 1 - copied);
        copied = close;
        i = close + 2;
    }
    if (!e)
        e = buf_add(out, s + copied, len - copied);
    return e;
}

/* Text content of a subtree, blanks collapsed, into the arena (at most max bytes). */
static const char *node_text(struct meta *m, const xmlNode *x, size_t max)
{
    struct buf b;
    const xmlNode *stack[64];
    int d = 0;
    const xmlNode *cur = x->children;
    const char *out = NULL;
    int in_space = 1;

    buf_init(&b, 0);
    while (cur || d > 0) {
        if (!cur) {
            cur = stack[--d]->next;
            continue;
        }
        if (cur->type == XML_TEXT_NODE && cur->content) {
            const unsigned char *t = cur->content;
            size_t i, n = strlen((const char *)t);
            for (i = 0; i < n && b.len < max; i++) {
                if (is_space_at(t, i, n)) {
                    if (t[i] == 0xC2)
                        i++;
                    in_space = 1;
                    continue;
                }
                if (in_space && b.len)
                    buf_addch(&b, ' ');
                in_space = 0;
                buf_addch(&b, (char)t[i]);
            }
        } else if (cur->type == XML_ELEMENT_NODE) {
            enum tag t = tag_of((const char *)cur->name);
            if (t == T_BR || is_block_tag(t))
                in_space = 1; /* "Press<br>Published" reads "Press Published" */
            if (cur->children && d < 64 && t != T_SCRIPT && t != T_STYLE) {
                stack[d++] = cur;
                cur = cur->children;
                continue;
            }
        }
        cur = cur->next;
    }
    if (b.len) {
        size_t n = utf8_valid_prefix(b.buf, b.len);
        out = dupz(m, b.buf, n);
    }
    buf_release(&b);
    return out;
}

/* Read metadata from one element (meta, link, title, script, time, html). */
static void meta_element(struct meta *m, const struct node *nd)
{
    const xmlNode *x = nd->x;
    const char *name, *content, *v;
    int rank, is_mod;

    if (nd->tag == T_HTML) {
        if (!m->lang && ((v = attr(x, "lang")) || (v = attr(x, "xml:lang"))) && *v)
            m->lang = v;
        return;
    }
    if (nd->tag == T_TITLE) {
        if (!m->doc_title)
            m->doc_title = node_text(m, x, 1000);
        return;
    }
    if (nd->tag == T_LINK) {
        v = attr(x, "rel");
        if (v && !strcmp(v, "canonical") && !m->canonical && (content = attr(x, "href")) &&
            *content)
            m->canonical = dupz(m, content, strlen(content));
        return;
    }
    if (nd->tag == T_SCRIPT) {
        /* JSON-LD left in the tree (pages not stripped: other charsets) */
        v = attr(x, "type");
        if (v && find_ci(v, strlen(v), "ld+json")) {
            const xmlNode *c;
            for (c = x->children; c; c = c->next)
                if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
                    parse_jsonld(m, (const char *)c->content, strlen((const char *)c->content));
        }
        return;
    }
    if (nd->tag != T_META)
        return;
    {
        content = attr(x, "content");
        if (!content || !*content)
            return;
        name = attr(x, "property");
        if (!name || !*name)
            name = attr(x, "name");
        if (!name || !*name)
            name = attr(x, "itemprop");
        if (!name || !*name) {
            name = attr(x, "http-equiv");
            if (name && !strcmp(name, "content-language") && !m->lang)
                m->lang = content;
            return;
        }
        if (!strcmp(name, "og:title")) {
            if (!m->og_title)
                m->og_title = content;
        } else if (!strcmp(name, "twitter:title")) {
            if (!m->tw_title)
                m->tw_title = content;
        } else if (!strcmp(name, "og:site_name")) {
            if (!m->og_site)
                m->og_site = content;
        } else if (!strcmp(name, "application-name") || !strcmp(name, "apple-mobile-web-app-title")) {
            if (!m->app_name)
                m->app_name = content;
        } else if (!strcmp(name, "og:url")) {
            if (!m->og_url)
                m->og_url = content;
        } else if (!strcmp(name, "author") || !strcmp(name, "article:author") ||
                   !strcmp(name, "dc.creator") || !strcmp(name, "parsely-author")) {
            if (!m->author && strncmp(content, "http", 4))
                m->author = content;
        } else if (!strcmp(name, "description") || !strcmp(name, "og:description")) {
            if (!m->description)
                m->description = content;
        } else if (!strcmp(name, "og:locale") || !strcmp(name, "dc.language") ||
                   !strcmp(name, "language")) {
            if (!m->lang)
                m->lang = content;
        } else if ((rank = meta_date_rank(name, &is_mod)) != R_NONE) {
            const char *src = attr(x, "itemprop") ? "itemprop" : NULL;
            if (!src) {
                char *s2 = arena_alloc(m->a, strlen(name) + 6);
                if (s2) {
                    snprintf(s2, strlen(name) + 6, "meta:%s", name);
                    src = s2;
                } else {
                    src = "meta";
                }
            }
            offer_date(m, is_mod ? &m->mod : &m->pub, rank, content, strlen(content), src);
        }
    }
}

/* Drop " | Site", " - Site" and similar from a <title>; with is_strict
 * (titles meant as headlines: og:title, JSON-LD), only when what follows
 * the separator names the site. */
static const char *clean_title(struct meta *m, const char *t, const char *site, int is_strict)
{
    static const char *const seps[] = {" | ", " - ", " – ", " — ", " :: ", " · ", " // ", " » "};
    size_t n = strlen(t), i, best = n;
    const char *p;

    for (i = 0; i < NL_ARRAY_LEN(seps); i++) {
        /* the last separator: "Headline - Section - Site" keeps "Headline - Section" first */
        const char *last = NULL, *q = t;
        while ((p = strstr(q, seps[i]))) {
            last = p;
            q = p + 1;
        }
        if (last && (size_t)(last - t) >= n / 3 && (size_t)(last - t) < best)
            best = (size_t)(last - t);
    }
    if (best < n) {
        /* cut only when what follows looks like a site name: short, or the site */
        const char *rest = t + best;
        size_t rn = n - best;
        char low[128];
        size_t k = 0;
        /* find_ci wants its needle in lower case */
        for (; site && site[k] && k + 1 < sizeof(low); k++)
            low[k] = (char)lower((unsigned char)site[k]);
        low[k] = '\0';
        if ((!is_strict && rn < 40) || (k && find_ci(rest, rn, low)))
            return dupz(m, t, best);
    }
    return t;
}

/* ---- body extraction ---------------------------------------------------- */

/* Text sizes per unit, bottom-up, leaving dropped subtrees out. */
static void count_units(struct page *pg)
{
    size_t i;
    struct node *n = pg->n;
    for (i = 0; i < pg->len; i++)
        if (n[i].tag != T_TEXT)
            n[i].text = n[i].own = n[i].own_link = n[i].own_punct = n[i].link = 0;
        else
            n[i].link = (n[i].flags & N_INLINK) ? n[i].text : 0;
    for (i = pg->len; i-- > 0;) {
        struct node *nd = &n[i];
        if (nd->tag == T_TEXT && !(nd->flags & N_DROP) && nd->block >= 0) {
            n[nd->block].own += nd->text;
            n[nd->block].own_punct += nd->punct;
            if (nd->flags & N_INLINK)
                n[nd->block].own_link += nd->text;
        }
        if (nd->parent >= 0 && !(nd->flags & N_DROP)) {
            n[nd->parent].text += nd->text;
            n[nd->parent].link += nd->link;
        }
    }
}

/*
 * Teaser lists: three or more siblings that each open with a linked title
 * and add a little text of their own ("Related", "More stories", blog
 * indexes). Their text reads like sentences, so only the repetition gives
 * them away. Marks them N_TEASER (subtree).
 */
static void mark_teasers(struct page *pg)
{
    size_t i;
    struct node *n = pg->n;
    uint16_t *count = NULL;

    for (i = 0; i < pg->len; i++) {
        struct node *nd = &n[i];
        int32_t j;
        if (nd->tag == T_TEXT || nd->tag == T_P || (nd->flags & N_DROP) || nd->text < 40 ||
            nd->text > 800 || nd->link < 15 || nd->text - nd->link < 20 ||
            nd->text - nd->link > 400)
            continue;
        for (j = (int32_t)i + 1; j < nd->end; j++)
            if (n[j].tag == T_TEXT && !(n[j].flags & N_DROP) && n[j].text > 0)
                break;
        if (j < nd->end && (n[j].flags & N_INLINK) && n[j].text >= 12)
            nd->flags |= N_LINKLED;
    }
    count = nl_calloc(pg->len ? pg->len : 1, sizeof(*count));
    if (!count)
        return; /* no teaser marks: costs precision, not correctness */
    for (i = 0; i < pg->len; i++)
        if ((n[i].flags & N_LINKLED) && n[i].parent >= 0 && count[n[i].parent] < 60000)
            count[n[i].parent]++;
    for (i = 0; i < pg->len; i++) {
        struct node *nd = &n[i];
        if (nd->parent < 0)
            continue;
        nd->flags |= n[nd->parent].flags & N_TEASER;
        if ((nd->flags & N_LINKLED) && count[nd->parent] >= 3)
            nd->flags |= N_TEASER;
    }
    free(count);
}

static double unit_weight(const struct node *nd);

/*
 * A post embedded in the article ("<div class=social-media-embed>
 * <blockquote class=twitter-tweet>"): the quoted post is article text
 * although its wrapper's class sounds like a share widget. Comment sections
 * quote too, and stay dropped.
 */
static int is_embed(const struct node *nd)
{
    char s[512];
    if (!(nd->flags & N_QUOTE))
        return 0;
    class_id(nd->x, s, sizeof(s));
    return !strstr(s, "comment");
}

/*
 * Good text of node i and its siblings of the same kind (tag and class):
 * an article cut into chunks ("grid ... layout--adrail") is judged as a
 * whole, so a class cue drops all its chunks or none. Looks at 200
 * siblings at most.
 */
static double kind_score(const struct page *pg, int32_t i)
{
    const struct node *n = pg->n;
    int32_t par = n[i].parent, c, seen = 0;
    const char *cls = attr(n[i].x, "class");
    double sum = 0;
    if (par < 0 || n[i].score <= 0 || !cls || !*cls)
        return n[i].score;
    for (c = par + 1; c < n[par].end && seen < 200; c = n[c].end, seen++) {
        const char *cc;
        if (n[c].tag == n[i].tag && (cc = attr(n[c].x, "class")) && !strcmp(cc, cls))
            sum += n[c].score;
    }
    return sum;
}

/*
 * Mark dropped subtrees and compute text sizes per unit. Tags and hidden
 * elements drop their subtree outright. A class or id cue drops it only
 * when the subtree holds under 40% of the page's good text: article
 * containers with classes like "entry-content-read-more" or "box article
 * modal-enabled" stay, while real widgets, which hold little of it, go.
 */
static void analyse(struct page *pg)
{
    size_t i;
    struct node *n = pg->n;
    double total;

    for (i = 0; i < pg->len; i++) {
        struct node *nd = &n[i];
        const struct node *p = nd->parent >= 0 ? &n[nd->parent] : NULL;
        if (p) {
            nd->flags |= p->flags & (N_DROP | N_INLINK);
            nd->block = (p->flags & N_BLOCK) ? nd->parent : p->block;
        }
        if (nd->tag == T_TEXT) {
            uint32_t c = 0, q = 0;
            if (nd->x->content && count_text((const char *)nd->x->content, &c, &q))
                nd->flags |= N_DIGIT;
            nd->text = c;
            nd->punct = q;
            continue;
        }
        if (is_block_tag(nd->tag))
            nd->flags |= N_BLOCK;
        if (nd->tag >= T_H1 && nd->tag <= T_H6)
            nd->flags |= N_HEADING;
        if (nd->tag == T_A)
            nd->flags |= N_INLINK;
        if (is_itemprop(nd->x, "articleBody"))
            nd->flags |= N_ARTBODY;
        if (nd->flags & N_DROP)
            continue;
        if (is_dropped_tag(nd->tag) || is_hidden(nd->x))
            nd->flags |= N_DROP | N_SELFDROP;
        else if (nd->tag != T_BODY && nd->tag != T_HTML && nd->tag != T_MAIN &&
                 nd->tag != T_ARTICLE && class_cue(nd->x) < 0)
            nd->flags |= N_NEGCLASS;
    }
    for (i = pg->len; i-- > 1;)
        if (n[i].parent >= 0) {
            n[n[i].parent].raw += n[i].tag == T_TEXT ? n[i].text : n[i].raw;
            if (n[i].tag == T_BLOCKQUOTE && n[i].raw >= 20)
                n[i].flags |= N_QUOTE;
            n[n[i].parent].flags |= n[i].flags & (N_DIGIT | N_QUOTE);
        }
    count_units(pg);
    mark_teasers(pg);
    /* good text per subtree */
    for (i = pg->len; i-- > 0;) {
        struct node *nd = &n[i];
        double w;
        if (nd->tag == T_TEXT)
            continue;
        w = unit_weight(nd);
        nd->score += w > 0 ? w : 0;
        if (nd->parent >= 0 && !(nd->flags & N_DROP))
            n[nd->parent].score += nd->score;
    }
    total = n[0].score;
    for (i = 0; i < pg->len; i++) {
        struct node *nd = &n[i];
        if (nd->parent >= 0)
            nd->flags |= n[nd->parent].flags & N_DROP;
        if ((nd->flags & N_NEGCLASS) && !(nd->flags & N_DROP) && nd->score < 0.4 * total &&
            kind_score(pg, (int32_t)i) < 0.4 * total && !is_embed(nd))
            nd->flags |= N_DROP | N_SELFDROP;
    }
    for (i = 0; i < pg->len; i++)
        n[i].score = 0;
    count_units(pg);
}

/*
 * Weight of a unit in its containers: sentence-like text outside links
 * counts, link text and short fragments cost. A list item made of a linked
 * title and a sentence of its own still counts for its sentence.
 */
static double unit_weight(const struct node *nd)
{
    double own, link, plain;
    if (!nd->own || (nd->flags & N_DROP))
        return 0;
    own = nd->own;
    link = nd->own_link;
    plain = own - link;
    if (nd->flags & N_HEADING)
        return -0.5 * link;
    if (nd->flags & N_TEASER)
        return 0;
    if (plain >= 60 && nd->own_punct > 0)
        return plain - 0.5 * link;
    if (plain >= 30 && nd->own_punct > 0)
        return 0.5 * plain - 0.5 * link;
    return -0.3 * plain - 0.7 * link;
}

/* Undo the drops that came from above root: the subtree of root is judged
 * on its own (its own hidden or boilerplate parts stay dropped). */
static void undrop(struct page *pg, int32_t root)
{
    int32_t i;
    struct node *n = pg->n;
    n[root].flags &= (uint16_t)~N_DROP;
    for (i = root + 1; i < n[root].end; i++) {
        n[i].flags &= (uint16_t)~N_DROP;
        if ((n[i].flags & N_SELFDROP) || (n[n[i].parent].flags & N_DROP))
            n[i].flags |= N_DROP;
    }
    count_units(pg);
}

/* Bytes of punctuation or a blank at s (ASCII, or U+2000-U+206F: dashes,
 * quotes, ellipsis), else 0. */
static size_t punct_len(const unsigned char *s)
{
    if (*s && *s < 0x80 && !((*s >= '0' && *s <= '9') || ((*s | 0x20) >= 'a' && (*s | 0x20) <= 'z')))
        return 1;
    if (s[0] == 0xE2 && (s[1] == 0x80 || s[1] == 0x81) && s[2])
        return 3;
    if (s[0] == 0xC2 && (s[1] == 0xA0 || s[1] == 0xAB || s[1] == 0xBB))
        return 2;
    return 0;
}

/* Same words, ignoring case, blanks and punctuation ("Só quem se Ama…" and
 * "Só quem se Ama..."). */
static int same_words(const char *a, const char *b)
{
    const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
    size_t k;
    if (!a || !b)
        return 0;
    for (;;) {
        while ((k = punct_len(p)) > 0)
            p += k;
        while ((k = punct_len(q)) > 0)
            q += k;
        if (!*p || !*q)
            return !*p && !*q;
        if (lower(*p) != lower(*q))
            return 0;
        p++;
        q++;
    }
}

/*
 * A container holding several <article> elements (the post, then "you may
 * also like" posts in full): the article is the one whose h1 is the page's
 * title. Without such an h1 in exactly one of them, the container stays.
 */
static int32_t several_articles(struct page *pg, int32_t best, struct meta *m)
{
    struct node *n = pg->n;
    int32_t i, narticles = 0, with_h1 = -1, nwith_h1 = 0;
    if (!m->title)
        return best;
    for (i = best + 1; i < n[best].end; i++) {
        if (n[i].flags & N_DROP) {
            i = n[i].end - 1;
            continue;
        }
        if (n[i].tag != T_ARTICLE || n[i].score <= 0)
            continue;
        narticles++;
        {
            int32_t j;
            for (j = i + 1; j < n[i].end; j++)
                if (n[j].tag == T_H1 && !(n[j].flags & N_DROP) &&
                    same_words(node_text(m, n[j].x, 1000), m->title))
                    break;
            if (j < n[i].end) {
                /* count only outermost articles with an h1 */
                if (with_h1 < 0 || i >= n[with_h1].end) {
                    with_h1 = i;
                    nwith_h1++;
                }
            }
        }
    }
    return narticles >= 2 && nwith_h1 == 1 ? with_h1 : best;
}

/*
 * schema.org microdata: an element with itemprop="articleBody" is the
 * publisher's own statement of where the article text is. It wins over the
 * scored container when it holds real text, and even when the page hides
 * it (a metadata copy of the text) if the visible container has less text.
 */
static int32_t article_body(struct page *pg, int32_t best)
{
    struct node *n = pg->n;
    int32_t i, ab = -1;
    for (i = 0; i < (int32_t)pg->len; i++)
        if ((n[i].flags & N_ARTBODY) && (ab < 0 || n[i].raw > n[ab].raw))
            ab = i;
    if (ab < 0 || n[ab].raw < 80)
        return best;
    if (n[ab].flags & N_DROP) {
        if (n[ab].raw < 2 * n[best].score)
            return best;
        undrop(pg, ab);
    }
    return ab;
}

static int32_t pick_container(struct page *pg, struct meta *m)
{
    size_t i;
    int32_t best = pg->body ? pg->body : 0;
    double best_score = -1e300;
    struct node *n = pg->n;

    for (i = pg->len; i-- > 0;) {
        struct node *nd = &n[i];
        if (nd->tag == T_TEXT)
            continue;
        nd->score += unit_weight(nd);
        if (nd->parent >= 0 && !(nd->flags & N_DROP))
            n[nd->parent].score += nd->score;
    }
    for (i = 0; i < pg->len; i++) {
        const struct node *nd = &n[i];
        if (nd->tag == T_TEXT || (nd->flags & N_DROP))
            continue;
        if (nd->score >= best_score) {
            /* >=: among equal scores the deepest (latest in pre-order) wins */
            best_score = nd->score;
            best = (int32_t)i;
        }
    }
    return article_body(pg, several_articles(pg, best, m));
}

struct emit {
    struct buf out;
    int32_t cur_block; /* unit of the current line, -1 at a line start */
    int pending_space;
    enum nl_err e;
};

static void emit_break(struct emit *em)
{
    while (em->out.len && em->out.buf[em->out.len - 1] == ' ')
        buf_truncate(&em->out, em->out.len - 1);
    if (em->out.len && em->out.buf[em->out.len - 1] != '\n' && !em->e)
        em->e = buf_addch(&em->out, '\n');
    em->cur_block = -1;
    em->pending_space = 0;
}

static void emit_text(struct emit *em, const char *s)
{
    const unsigned char *t = (const unsigned char *)s;
    size_t i = 0, n = strlen(s);
    while (i < n && !em->e) {
        size_t j;
        if (is_space_at(t, i, n)) {
            i += t[i] == 0xC2 ? 2 : 1;
            em->pending_space = 1;
            continue;
        }
        j = i;
        while (j < n && !is_space_at(t, j, n))
            j++;
        if (em->pending_space && em->out.len && em->out.buf[em->out.len - 1] != '\n')
            em->e = buf_addch(&em->out, ' ');
        em->pending_space = 0;
        if (!em->e)
            em->e = buf_add(&em->out, s + i, j - i);
        i = j;
    }
}

/* Same text, ignoring case and blanks (for "is this heading the title?"). */
static int same_text(const char *a, const char *b)
{
    if (!a || !b)
        return 0;
    for (;;) {
        while (*a == ' ' || *a == '\n' || *a == '\t')
            a++;
        while (*b == ' ' || *b == '\n' || *b == '\t')
            b++;
        if (!*a || !*b)
            return !*a && !*b;
        if (lower((unsigned char)*a) != lower((unsigned char)*b))
            return 0;
        a++;
        b++;
    }
}

/* Decide which units under root are printed. */
static void choose_units(struct page *pg, int32_t root, struct meta *m)
{
    int32_t i;
    struct node *n = pg->n;
    uint32_t title_chars = 0, q;
    if (m->title)
        count_text(m->title, &title_chars, &q);
    for (i = root; i < n[root].end; i++) {
        struct node *nd = &n[i];
        double ld;
        if (nd->flags & N_DROP) {
            i = nd->end - 1;
            continue;
        }
        if (nd->tag == T_TEXT || !nd->own || (nd->flags & N_TEASER))
            continue;
        ld = (double)nd->own_link / nd->own;
        if (nd->tag == T_H1)
            continue; /* the headline is the title, not the body */
        if (ld >= 0.5 && nd->own - nd->own_link < 60)
            continue;
        if (m->title && nd->raw == title_chars) {
            /* same_text ignores blanks, so only a unit with as many
             * characters as the title can repeat it */
            const char *t = node_text(m, nd->x, 1000);
            if (same_text(t, m->title))
                continue;
        }
        if (nd->own < 150 && (nd->flags & N_DIGIT)) {
            /* "Published 3 September 2016", "By Jane Doe | Sept. 3, 2016" */
            const char *t = node_text(m, nd->x, 400);
            struct datetext dt;
            if (t && datetext_byline(t, strlen(t), m->is_month_first, &dt))
                continue;
        }
        if (nd->flags & N_HEADING) {
            if (nd->own < 200)
                nd->flags |= N_KEEP;
            continue;
        }
        if (nd->own < 30 && !nd->own_punct && nd->tag != T_LI && nd->tag != T_TD)
            continue;
        nd->flags |= N_KEEP;
    }
}

static enum nl_err emit_body(struct page *pg, int32_t root, struct meta *m, struct buf *text,
                             struct span **paras, size_t *npara, struct arena *a)
{
    struct emit em;
    int32_t i;
    struct node *n = pg->n;
    size_t k, start, count = 0;
    struct span *sp;

    memset(&em, 0, sizeof(em));
    buf_init(&em.out, 0);
    em.cur_block = -1;
    for (i = root; i < n[root].end && !em.e; i++) {
        struct node *nd = &n[i];
        if (nd->flags & N_DROP) {
            i = nd->end - 1;
            continue;
        }
        if (nd->tag == T_BR || (nd->flags & N_BLOCK)) {
            /* a line break, or a block inside a unit ("text<div></div>text") */
            if (em.cur_block >= 0)
                emit_break(&em);
            continue;
        }
        if (nd->tag != T_TEXT || !nd->x->content || nd->block < 0)
            continue;
        if (!(n[nd->block].flags & N_KEEP))
            continue;
        if (em.cur_block != nd->block)
            emit_break(&em);
        em.cur_block = nd->block;
        emit_text(&em, (const char *)nd->x->content);
    }
    emit_break(&em);
    if (em.out.len && em.out.buf[em.out.len - 1] == '\n')
        buf_truncate(&em.out, em.out.len - 1);
    if (em.e) {
        buf_release(&em.out);
        return em.e;
    }
    /* Drop lines that repeat the title (a visible headline in an h2 or p). */
    *text = em.out;
    for (k = 0; k < text->len; k++)
        if (text->buf[k] == '\n')
            count++;
    sp = arena_calloc(a, count + 1, sizeof(*sp));
    if (!sp)
        return arena_errcode(a);
    *npara = 0;
    start = 0;
    for (k = 0; k <= text->len; k++) {
        if (k < text->len && text->buf[k] != '\n')
            continue;
        if (k > start) {
            sp[*npara].off = (uint32_t)start;
            sp[*npara].len = (uint32_t)(k - start);
            (*npara)++;
        }
        start = k + 1;
    }
    *paras = sp;
    (void)m;
    return NL_OK;
}

/* Visible bylines, <time> elements and date-classed elements. */
/* A date seen in the page's visible text: publication date if nothing better
 * was found, else kept as the visible date (see need_vis). */
static void take_visible(struct meta *m, int rank, const struct datetext *dt, const char *source)
{
    struct datecand *slot = NULL;
    if (m->pub.rank > rank) {
        slot = &m->pub;
    } else if (m->need_vis) {
        if (datetext_day(dt) == datetext_day(&m->pub.dt)) {
            if (m->agree_rank > rank)
                m->agree_rank = rank; /* the page shows the stamp's own day */
            return;
        }
        if (m->vis.rank > rank)
            slot = &m->vis;
    }
    if (!slot)
        return;
    slot->rank = rank;
    slot->dt = *dt;
    slot->source = source;
}

/* 1 when a visible date of this rank could still change the outcome: it
 * would be the best date so far, or a better-placed showing of the UTC
 * stamp's own day or of another day. */
static int seek_visible(const struct meta *m, int rank)
{
    if (m->pub.rank > rank)
        return 1;
    return m->need_vis && (m->vis.rank > rank || m->agree_rank > rank);
}

/*
 * "31.10.23": a day-first date with a two-digit year, read only where a
 * date is expected (a date-classed element): datetext does not take
 * two-digit years, which in running text are as often versions or scores.
 * 20yy, the only reading that can be a plausible publication date.
 */
static int is_dig(char c)
{
    return c >= '0' && c <= '9';
}

/* One or two digits at t[*j] (advancing *j), or -1. */
static int one_or_two(const char *t, size_t n, size_t *j)
{
    int v;
    if (*j >= n || !is_dig(t[*j]))
        return -1;
    v = t[(*j)++] - '0';
    if (*j < n && is_dig(t[*j]))
        v = v * 10 + (t[(*j)++] - '0');
    return v;
}

static int short_year_date(const char *t, struct datetext *dt)
{
    size_t i, j, n = strlen(t);
    for (i = 0; i + 6 <= n; i++) {
        int d, mo, y;
        if (i > 0 && (is_dig(t[i - 1]) || t[i - 1] == '.'))
            continue;
        j = i;
        if ((d = one_or_two(t, n, &j)) < 0 || j >= n || t[j++] != '.' ||
            (mo = one_or_two(t, n, &j)) < 0 || j + 3 > n || t[j] != '.' || !is_dig(t[j + 1]) ||
            !is_dig(t[j + 2]))
            continue;
        y = 2000 + (t[j + 1] - '0') * 10 + (t[j + 2] - '0');
        j += 3;
        if (j < n && (is_dig(t[j]) || (t[j] == '.' && j + 1 < n && is_dig(t[j + 1]))))
            continue; /* "31.10.2023", "1.2.3.4" */
        if (!ymd_is_valid(y, mo, d))
            continue;
        memset(dt, 0, sizeof(*dt));
        dt->year = y;
        dt->month = mo;
        dt->day = d;
        dt->hour = dt->minute = dt->second = -1;
        dt->off = (uint32_t)i;
        dt->len = (uint32_t)(j - i);
        return 1;
    }
    return 0;
}

/* 1 when node i has an ancestor with tag t. */
static int in_tag(const struct page *pg, size_t i, enum tag t)
{
    int32_t p;
    for (p = pg->n[i].parent; p >= 0; p = pg->n[p].parent)
        if (pg->n[p].tag == t)
            return 1;
    return 0;
}

/* 1 when node i is in navigation, a footer or an aside, where a date is
 * the site's (a menu entry, a copyright line), or in a blockquote (an
 * embedded post's date): not the article's. */
static int in_site_chrome(const struct page *pg, size_t i)
{
    int32_t p;
    for (p = pg->n[i].parent; p >= 0; p = pg->n[p].parent)
        if (pg->n[p].tag == T_NAV || pg->n[p].tag == T_MENU || pg->n[p].tag == T_FOOTER ||
            pg->n[p].tag == T_ASIDE || pg->n[p].tag == T_BLOCKQUOTE)
            return 1;
    return 0;
}

/* 1 when s opens with a four-digit year (ISO 8601, "2016/09/03"). */
static int is_iso_start(const char *s)
{
    int k;
    while (*s == ' ')
        s++;
    for (k = 0; k < 4; k++)
        if (s[k] < '0' || s[k] > '9')
            return 0;
    return 1;
}

/* RDFa property names of dates: 1 publication, 2 modification, 0 neither.
 * The vocabulary prefix ("schema:", "dc:", "dcterms:") is not looked at. */
static int rdfa_date(const char *v)
{
    const char *c = strrchr(v, ':');
    c = c ? c + 1 : v;
    if (!strcmp(c, "datePublished") || !strcmp(c, "dateCreated") || !strcmp(c, "issued") ||
        !strcmp(c, "created") || !strcmp(c, "date"))
        return 1;
    if (!strcmp(c, "dateModified") || !strcmp(c, "modified"))
        return 2;
    return 0;
}

/* A dateline: a paragraph that opens with a date and a dash or colon
 * ("27.1.2022 - Bei der Erinnerung ...", "March 3, 2016 — The council"),
 * perhaps after a place ("Karlsruhe, (12.11.2021). Traditionell ...",
 * "BERLIN, 3. März 2016 - "). */
static int is_dateline(const char *t, size_t tl, int is_month_first, struct datetext *dt)
{
    size_t i = 0, e, k;
    int has_place = 0, has_paren = 0;
    while (i < tl && (t[i] == ' ' || t[i] == '\n' || t[i] == '\t' || t[i] == '\r'))
        i++;
    if (i >= tl || !((t[i] >= '0' && t[i] <= '9') || (t[i] >= 'A' && t[i] <= 'Z')))
        return 0;
    if (t[i] >= 'A' && t[i] <= 'Z') {
        /* a place: letters, blanks, slashes and hyphens up to a comma, 40 bytes at most */
        for (k = i; k < tl && k < i + 40; k++)
            if (!(((t[k] | 0x20) >= 'a' && (t[k] | 0x20) <= 'z') || (unsigned char)t[k] >= 0x80 ||
                  t[k] == ' ' || t[k] == '/' || t[k] == '-'))
                break;
        if (k < tl && t[k] == ',') {
            k++;
            while (k < tl && t[k] == ' ')
                k++;
            if (k < tl && t[k] == '(') {
                has_paren = 1;
                k++;
            }
            if (k < tl && t[k] >= '0' && t[k] <= '9') {
                i = k;
                has_place = 1;
            }
        }
    }
    if (!datetext_find(t + i, tl - i < 64 ? tl - i : 64, is_month_first, dt) || dt->off != 0)
        return 0;
    e = i + dt->len;
    if (has_paren && e < tl && t[e] == ')')
        e++;
    while (e < tl && t[e] == ' ')
        e++;
    return e < tl && (t[e] == '-' || t[e] == ':' || (has_place && t[e] == '.') ||
                      (e + 2 < tl && !memcmp(t + e, "\xE2\x80", 2) &&
                       ((unsigned char)t[e + 2] == 0x93 || (unsigned char)t[e + 2] == 0x94)));
}

/*
 * Dates from the body: <time>, itemprop, visible bylines, date-classed
 * elements, short date texts. When the best structured date is a UTC time
 * stamp near a day boundary, the day the page shows is looked for too:
 * "2020-04-25T02:25Z" on a New York page is published on the 24th, and the
 * visible "April 24, 2020" says so (the local date where the page says it).
 */
static void body_dates(struct page *pg, struct meta *m)
{
    size_t i;
    struct node *n = pg->n;
    m->vis.rank = m->agree_rank = R_NONE;
    m->need_vis = m->pub.rank < R_BYLINE && m->pub.dt.hour >= 0 &&
                  (!m->pub.dt.has_zone || m->pub.dt.zone_min == 0) &&
                  (m->pub.dt.hour < 9 || m->pub.dt.hour >= 16);
    for (i = 0; i < pg->len; i++) {
        struct node *nd = &n[i];
        const char *v;
        if (nd->tag == T_TEXT) {
            /* last resort: the first short text that is a date */
            struct datetext dt;
            const char *t = (const char *)nd->x->content;
            size_t tl;
            if (seek_visible(m, R_TEXT) &&
                nd->text >= 6 && t && (tl = strlen(t)) > 0) {
                if (nd->text < 60 && tl < 400 &&
                    datetext_find(t, tl, m->is_month_first, &dt) &&
                    datetext_plausible(&dt, m->crawl_day) && !in_site_chrome(pg, i))
                    take_visible(m, R_TEXT, &dt, "text");
                else if (nd->text >= 60 && is_dateline(t, tl, m->is_month_first, &dt) &&
                         datetext_plausible(&dt, m->crawl_day))
                    take_visible(m, R_TEXT, &dt, "dateline");
            }
            continue;
        }
        if (nd->tag == T_TIME && m->pub.rank > R_TIME_PUB) {
            const char *t;
            struct datetext dt;
            v = attr(nd->x, "datetime");
            int is_pub = attr(nd->x, "pubdate") != NULL;
            const char *ip = attr(nd->x, "itemprop"), *cl = attr(nd->x, "class");
            int rank = R_TIME;
            if (is_pub || (ip && strstr(ip, "datePublished")) ||
                (cl && (find_ci(cl, strlen(cl), "publish") || find_ci(cl, strlen(cl), "pubdate"))))
                rank = R_TIME_PUB;
            if (rank == R_TIME && in_tag(pg, i, T_BLOCKQUOTE))
                continue; /* an embedded post's time ("<blockquote class=tweet>") */
            if (v && *v && !is_iso_start(v) && (t = node_text(m, nd->x, 200)) &&
                datetext_find(t, strlen(t), m->is_month_first, &dt))
                v = t; /* "01-11-2023" says less than its text "1. November 2023" */
            if (ip && strstr(ip, "dateModified"))
                offer_date(m, &m->mod, R_ITEMPROP, v, v ? strlen(v) : 0, "itemprop");
            else if (cl && find_ci(cl, strlen(cl), "updat"))
                offer_date(m, &m->mod, R_TIME, v, v ? strlen(v) : 0, "time");
            else if (v && *v)
                offer_date(m, &m->pub, rank, v, strlen(v), "time");
            else if (m->pub.rank > rank && (t = node_text(m, nd->x, 200)))
                offer_date(m, &m->pub, rank, t, strlen(t), "time");
            continue;
        }
        if (nd->tag != T_META && (v = attr(nd->x, "property")) && m->pub.rank > R_ITEMPROP) {
            /* RDFa: <span property="schema:dateCreated" content="..."> */
            int kind = rdfa_date(v);
            const char *c = attr(nd->x, "content");
            if (!c)
                c = attr(nd->x, "datetime");
            if (kind && c && *c)
                offer_date(m, kind == 2 ? &m->mod : &m->pub, R_ITEMPROP, c, strlen(c), "rdfa");
        }
        if (nd->tag != T_META && (v = attr(nd->x, "itemprop")) &&
            (!strcmp(v, "datePublished") || !strcmp(v, "dateCreated")) && m->pub.rank > R_ITEMPROP) {
            const char *c = attr(nd->x, "content");
            if (!c)
                c = attr(nd->x, "datetime");
            if (c && *c)
                offer_date(m, &m->pub, R_ITEMPROP, c, strlen(c), "itemprop");
            else {
                const char *t = node_text(m, nd->x, 200);
                if (t)
                    offer_date(m, &m->pub, R_ITEMPROP, t, strlen(t), "itemprop");
            }
            continue;
        }
        if ((nd->flags & N_BLOCK) && (nd->flags & N_DIGIT) && nd->raw < 200 &&
            seek_visible(m, R_BYLINE)) {
            /* a short unit: "Published 3 September 2016", "By X | Sept. 3, 2016" */
            const char *t = node_text(m, nd->x, 300);
            struct datetext dt;
            int kind;
            if (t && (kind = datetext_byline(t, strlen(t), m->is_month_first, &dt)) &&
                datetext_plausible(&dt, m->crawl_day)) {
                if (kind == DATETEXT_UPDATED) {
                    if (m->mod.rank > R_BYLINE) {
                        m->mod.rank = R_BYLINE;
                        m->mod.dt = dt;
                        m->mod.source = "byline";
                    }
                } else {
                    take_visible(m, R_BYLINE, &dt, "byline");
                }
            }
        }
        if ((seek_visible(m, R_DATE_PUB_CLASS) || seek_visible(m, R_DATE_CLASS)) &&
            nd->tag != T_BODY && nd->tag != T_HTML && (nd->flags & N_DIGIT) && nd->raw < 80) {
            char s[512];
            if (class_id(nd->x, s, sizeof(s)) &&
                (strstr(s, "date") || strstr(s, "time") || strstr(s, "publish") ||
                 strstr(s, "byline") || strstr(s, "meta") || strstr(s, "datum")) &&
                !strstr(s, "updat") && !strstr(s, "modif") && !strstr(s, "teaser") &&
                !strstr(s, "related")) {
                /* "publish" in the class says which date it is: above a bare <time> */
                int rank = strstr(s, "publish") || strstr(s, "pubdate") ? R_DATE_PUB_CLASS
                                                                        : R_DATE_CLASS;
                const char *t = NULL;
                struct datetext dt;
                if (seek_visible(m, rank) &&
                    (t = node_text(m, nd->x, 200)) &&
                    (datetext_find(t, strlen(t), m->is_month_first, &dt) ||
                     short_year_date(t, &dt)) &&
                    datetext_plausible(&dt, m->crawl_day))
                    take_visible(m, rank, &dt, "date-element");
            }
        }
    }
    if (m->need_vis && m->vis.rank < m->agree_rank) {
        int32_t d = datetext_day(&m->vis.dt) - datetext_day(&m->pub.dt);
        if (d == 1 || d == -1)
            m->pub = m->vis;
    }
}

/* A full date in the title ("08.11.2021 | Online meeting"): press releases
 * and event pages put it there. Weaker than any date of the page's body.
 * The meta description ("... (News of 14 January 2020)") is the last resort. */
static void title_date(struct meta *m)
{
    const char *texts[] = {m->og_title, m->doc_title, m->description};
    size_t k;
    struct datetext dt;
    for (k = 0; k < NL_ARRAY_LEN(texts); k++) {
        int rank = k < 2 ? R_TITLE : R_DESCRIPTION;
        if (m->pub.rank > rank && texts[k] &&
            datetext_find(texts[k], strlen(texts[k]), m->is_month_first, &dt) &&
            datetext_plausible(&dt, m->crawl_day)) {
            m->pub.rank = rank;
            m->pub.dt = dt;
            m->pub.source = k < 2 ? "title" : "description";
        }
    }
}

/* Value of the n digits at p, or -1 when one of them is not a digit. */
static int digits_at(const char *p, int n)
{
    int v = 0, k;
    for (k = 0; k < n; k++) {
        if (p[k] < '0' || p[k] > '9')
            return -1;
        v = v * 10 + (p[k] - '0');
    }
    return v;
}

static int is_url_sep(char c)
{
    return c == '/' || c == '-' || c == '_' || c == '.';
}

/*
 * A date in the URL path, right after a separator and not followed by
 * another digit: /2016/09/03/, /2016-09-03-, /20160903/ and, day first,
 * /03-09-2016 (pages that name their paths after the day).
 */
static void url_date(struct meta *m, const char *url)
{
    const char *p;
    if (!url || m->pub.rank <= R_URL)
        return;
    p = strstr(url, "://");
    p = p ? strchr(p + 3, '/') : NULL;
    for (; p && *p; p++) {
        const char *q = p + 1;
        size_t rest;
        int y = -1, mo = -1, d = -1, used = 0;
        struct datetext dt;
        if (!is_url_sep(p[0]))
            continue;
        rest = strlen(q);
        if (rest >= 10 && is_url_sep(q[4]) && q[4] != '.' && q[7] == q[4]) {
            y = digits_at(q, 4), mo = digits_at(q + 5, 2), d = digits_at(q + 8, 2), used = 10;
        } else if (rest >= 8 && digits_at(q, 8) >= 0) {
            y = digits_at(q, 4), mo = digits_at(q + 4, 2), d = digits_at(q + 6, 2), used = 8;
        } else if (rest >= 10 && (q[2] == '-' || q[2] == '.') && q[5] == q[2]) {
            d = digits_at(q, 2), mo = digits_at(q + 3, 2), y = digits_at(q + 6, 4), used = 10;
        }
        if (!used || y < 0 || mo < 0 || d < 0 || (q[used] >= '0' && q[used] <= '9') ||
            !ymd_is_valid(y, mo, d))
            continue;
        memset(&dt, 0, sizeof(dt));
        dt.year = y;
        dt.month = mo;
        dt.day = d;
        dt.hour = dt.minute = dt.second = -1;
        if (datetext_plausible(&dt, m->crawl_day)) {
            m->pub.rank = R_URL;
            m->pub.dt = dt;
            m->pub.source = "url";
            return;
        }
    }
}

/*
 * Republished pages: when the structured data give a publication date and
 * a later modification date, and the page's text shows the modification
 * day but nowhere the publication day, the page presents itself as of the
 * later day (an updated evergreen article, a wiki revision): that day is
 * taken, with source "modified-shown". The opposite order (modified before
 * published) is a scheduled post and left alone.
 */
static void shown_date(struct page *pg, struct meta *m)
{
    int32_t pub_day, mod_day;
    int has_pub = 0, has_mod = 0;
    size_t i;
    if (m->pub.rank >= R_BYLINE || m->mod.rank >= R_NONE)
        return;
    pub_day = datetext_day(&m->pub.dt);
    mod_day = datetext_day(&m->mod.dt);
    if (mod_day <= pub_day)
        return;
    for (i = (size_t)pg->body; i < pg->len && !has_pub; i++) {
        const char *t = (const char *)pg->n[i].x->content;
        size_t off = 0, tl;
        struct datetext dt;
        if (pg->n[i].tag != T_TEXT || pg->n[i].text < 6 || !t)
            continue;
        tl = strlen(t);
        while (off < tl && datetext_find(t + off, tl - off, m->is_month_first, &dt)) {
            int32_t d = datetext_day(&dt);
            has_pub |= d == pub_day;
            has_mod |= d == mod_day;
            off += dt.off + dt.len;
        }
    }
    if (has_mod && !has_pub) {
        m->pub = m->mod;
        m->pub.source = "modified-shown";
    }
}

static const char *pick(const char *a, const char *b, const char *c)
{
    if (a && *a)
        return a;
    if (b && *b)
        return b;
    if (c && *c)
        return c;
    return NULL;
}

enum nl_err read_html(struct arena *a, const char *name, const char *data, size_t len,
                      const struct reader_opts *opts, struct article *out, struct nl_error *err)
{
    struct buf dec, text;
    char cs[64];
    const char *enc = "UTF-8";
    const char *src = data;
    size_t src_len = len;
    int has_mb, opts_flags;
    htmlDocPtr doc = NULL;
    struct page pg;
    struct meta m;
    enum nl_err e = NL_OK;
    size_t i;
    int32_t root;

    memset(&pg, 0, sizeof(pg));
    memset(&m, 0, sizeof(m));
    buf_init(&dec, 0);
    buf_init(&text, 0);
    m.a = a;
    m.crawl_day = opts ? opts->crawl_day : DAY_NONE;
    m.pub.rank = m.mod.rank = m.late.rank = R_NONE;
    m.is_month_first = 1;

    if (len == 0)
        return nl_error_set(err, NL_EPARSE, name, "cannot read '%s': empty file", name);
    if (len > (size_t)INT32_MAX)
        return nl_error_set(err, NL_ETOOBIG, name, "cannot read '%s': too big", name);

    /* Decide the encoding ourselves, so libxml2 never guesses. */
    declared_charset(data, len, cs, sizeof(cs));
    if (len >= 2 && (((unsigned char)data[0] == 0xFF && (unsigned char)data[1] == 0xFE) ||
                     ((unsigned char)data[0] == 0xFE && (unsigned char)data[1] == 0xFF))) {
        enc = (unsigned char)data[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
    } else if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3)) {
        src = data + 3;
        src_len = len - 3;
        if (!is_clean_utf8(src, src_len, &has_mb)) {
            e = to_utf8(src, src_len, 1, &dec);
            src = dec.buf;
            src_len = dec.len;
        }
    } else if (is_clean_utf8(data, len, &has_mb)) {
        /* valid UTF-8 with non-ASCII text is UTF-8 whatever the page declares */
        if (!has_mb && cs[0] && !is_latin1_family(cs) && strcmp(cs, "utf-8") && strcmp(cs, "utf8"))
            enc = "UTF-8"; /* pure ASCII reads the same in any ASCII-compatible charset */
    } else if (!cs[0] || !strcmp(cs, "utf-8") || !strcmp(cs, "utf8") || is_latin1_family(cs)) {
        /* Latin-1 pages, and UTF-8 pages with stray bytes */
        e = to_utf8(data, len, !is_latin1_family(cs), &dec);
        src = dec.buf;
        src_len = dec.len;
    } else {
        enc = cs; /* another charset: libxml2's converters (iconv) */
    }
    if (e)
        goto oom;
    if (strcmp(enc, "UTF-8") == 0) {
        e = strip_raw(&m, src, src_len, &text);
        if (e)
            goto oom;
        src = text.buf;
        src_len = text.len;
    }

    opts_flags = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                 HTML_PARSE_RECOVER | HTML_PARSE_IGNORE_ENC |
                 HTML_PARSE_COMPACT;
    doc = htmlReadMemory(src, (int)src_len, NULL, enc, opts_flags);
    if (!doc && enc == cs) {
        /* unknown charset name: fall back to the lenient decoder */
        buf_reset(&dec);
        if (to_utf8(data, len, 1, &dec))
            goto oom;
        doc = htmlReadMemory(dec.buf, (int)dec.len, NULL, "UTF-8", opts_flags);
    }
    if (!doc || !xmlDocGetRootElement(doc)) {
        if (doc)
            xmlFreeDoc(doc);
        buf_release(&dec);
        buf_release(&text);
        return nl_error_set(err, NL_EPARSE, name, "cannot read '%s': not an HTML document", name);
    }
    buf_release(&text); /* the stripped copy; text is reused for the body */
    e = flatten(&pg, xmlDocGetRootElement(doc));
    if (e)
        goto fail;

    /* Metadata. */
    for (i = 0; i < pg.len; i++) {
        struct node *nd = &pg.n[i];
        if (nd->tag == T_META || nd->tag == T_LINK || nd->tag == T_SCRIPT || nd->tag == T_TITLE ||
            nd->tag == T_HTML)
            meta_element(&m, nd);
    }
    /* Numeric dates: month first only in US English (and pages that say nothing). */
    if (m.lang && (lower((unsigned char)m.lang[0]) != 'e' || lower((unsigned char)m.lang[1]) != 'n' ||
                   find_ci(m.lang, strlen(m.lang), "gb") || find_ci(m.lang, strlen(m.lang), "au")))
        m.is_month_first = 0;

    analyse(&pg);
    body_dates(&pg, &m);
    out->url = pick(m.canonical, m.og_url, m.ld_url);
    if (out->url && strncmp(out->url, "http", 4) && strncmp(out->url, "//", 2))
        out->url = pick(m.og_url, m.ld_url, NULL);
    title_date(&m);
    url_date(&m, out->url);
    if (m.late.rank < m.pub.rank)
        m.pub = m.late;
    shown_date(&pg, &m);

    out->outlet = pick(m.og_site, m.ld_publisher, m.app_name);
    {
        const char *t = pick(m.og_title, m.ld_headline, m.tw_title);
        if (t && out->outlet)
            t = clean_title(&m, t, out->outlet, 1); /* "Headline — Site" in og:title too */
        if (!t && m.doc_title)
            t = clean_title(&m, m.doc_title, out->outlet, 0);
        out->title = t;
    }
    m.title = out->title;
    root = pick_container(&pg, &m);
    choose_units(&pg, root, &m);
    e = emit_body(&pg, root, &m, &text, &out->paragraphs, &out->nparagraphs, a);
    if (e)
        goto fail;

    out->is_html = 1;
    out->text = arena_strndup(a, text.len ? text.buf : "", text.len);
    if (!out->text)
        goto oom;
    out->text_len = text.len;
    out->body.off = 0;
    out->body.len = (uint32_t)text.len;
    out->author = pick(m.author, m.ld_author, NULL);
    if (m.lang) {
        /* "en-US", "de_DE" -> "en", "de" */
        size_t k = 0;
        char lang[8];
        while (m.lang[k] && k < 3 && ((m.lang[k] | 0x20) >= 'a' && (m.lang[k] | 0x20) <= 'z')) {
            lang[k] = (char)lower((unsigned char)m.lang[k]);
            k++;
        }
        lang[k] = '\0';
        if (k >= 2)
            out->language = dupz(&m, lang, k);
    }
    if (m.pub.rank < R_NONE) {
        char b[32];
        datetext_format(&m.pub.dt, b);
        out->published = dupz(&m, b, strlen(b));
        out->published_source = m.pub.source;
        out->published_day = datetext_day(&m.pub.dt);
    }
    if (m.mod.rank < R_NONE) {
        char b[32];
        datetext_format(&m.mod.dt, b);
        out->modified = dupz(&m, b, strlen(b));
    }
    /* Strings still pointing into the xmlDoc are copied before it goes. */
    {
        const char **fields[] = {&out->url, &out->outlet, &out->title, &out->author};
        for (i = 0; i < NL_ARRAY_LEN(fields); i++)
            if (*fields[i]) {
                size_t n = strlen(*fields[i]);
                *fields[i] = dupz(&m, *fields[i], utf8_valid_prefix(*fields[i], n));
            }
    }
    if (m.is_oom)
        goto oom;
    xmlFreeDoc(doc);
    free(pg.n);
    buf_release(&dec);
    buf_release(&text);
    return NL_OK;

oom:
    e = arena_errcode(a);
    if (e != NL_ETOOBIG)
        e = NL_ENOMEM;
fail:
    if (doc)
        xmlFreeDoc(doc);
    free(pg.n);
    buf_release(&dec);
    buf_release(&text);
    return nl_error_set(err, e, name, "cannot read '%s': %s", name,
                        e == NL_ETOOBIG ? "too big" : "out of memory");
}
