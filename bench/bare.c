/* bare.c - the bare reference for oficio's batch benchmark.
 *
 *   bare [--kb DIR] < in.jsonl > out.jsonl
 *
 * The physical-limit yardstick: it reads the same JSON Lines as
 * `oficio batch --json` ({"id":..,"text":..}), lower-cases ASCII, splits the
 * text into words, looks each word up in a hash table and writes one line
 * {"id":..,"score":N} per input line. No rules, no stemming, no Unicode
 * folding: only the cost of reading, hashing and writing.
 *
 * The table holds every word of every (phrase "...") in DIR/lexicon-es.clp
 * and DIR/lexicon-en.clp (DIR defaults to "kb"); distinct words get +1
 * (front) and -1 (back) alternately in the order first seen. A line that is
 * not an object with a string "text" gives {"line":N,"error":"bad line"}.
 *
 * Plain C11 and libc only; build with  cc -O2 -o bare bench/bare.c
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n);
    if (!q) {
        fprintf(stderr, "bare: out of memory\n");
        exit(1);
    }
    return q;
}

/* ---- hash table: open addressing, FNV-1a ------------------------------ */

struct slot {
    char *word;
    size_t len;
    uint32_t hash;
    int score;
};

static struct slot *table;
static size_t table_cap, table_n;

static uint32_t fnv1a(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

static void table_grow(void);

static struct slot *table_find(const char *w, size_t n, uint32_t h)
{
    size_t mask = table_cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        struct slot *s = &table[i];
        if (!s->word || (s->hash == h && s->len == n && memcmp(s->word, w, n) == 0))
            return s;
    }
}

static void table_add(const char *w, size_t n)
{
    if (2 * (table_n + 1) > table_cap)
        table_grow();
    uint32_t h = fnv1a(w, n);
    struct slot *s = table_find(w, n, h);
    if (s->word)
        return;
    s->word = xrealloc(NULL, n + 1);
    memcpy(s->word, w, n);
    s->word[n] = '\0';
    s->len = n;
    s->hash = h;
    s->score = (table_n % 2 == 0) ? 1 : -1;
    table_n++;
}

static void table_grow(void)
{
    struct slot *old = table;
    size_t old_cap = table_cap;
    table_cap = table_cap ? 2 * table_cap : 1024;
    table = calloc(table_cap, sizeof *table);
    if (!table) {
        fprintf(stderr, "bare: out of memory\n");
        exit(1);
    }
    for (size_t i = 0; i < old_cap; i++)
        if (old[i].word)
            *table_find(old[i].word, old[i].len, old[i].hash) = old[i];
    free(old);
}

/* ---- words ------------------------------------------------------------- */

/* A word is a run of ASCII letters and digits and of non-ASCII bytes (so
 * UTF-8 letters stay inside words); ASCII letters are lower-cased in place. */
static int is_word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

static void lower_ascii(char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] >= 'A' && s[i] <= 'Z')
            s[i] = (char)(s[i] - 'A' + 'a');
}

/* ---- the lexicon --------------------------------------------------------- */

static void read_lexicon(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        exit(1);
    }
    size_t cap = 1 << 16, len = 0, r;
    char *s = xrealloc(NULL, cap);
    while ((r = fread(s + len, 1, cap - len, f)) > 0) {
        len += r;
        if (len == cap) {
            cap *= 2;
            s = xrealloc(s, cap);
        }
    }
    fclose(f);

    static const char key[] = "(phrase";
    for (size_t i = 0; i < len; i++) {
        if (s[i] == ';') {
            while (i < len && s[i] != '\n')
                i++;
            continue;
        }
        if (s[i] == '"') {
            for (i++; i < len && s[i] != '"'; i++)
                if (s[i] == '\\' && i + 1 < len)
                    i++;
            continue;
        }
        if (s[i] != '(' || len - i < sizeof key - 1 || memcmp(s + i, key, sizeof key - 1) != 0)
            continue;
        size_t j = i + sizeof key - 1;
        while (j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r'))
            j++;
        if (j >= len || s[j] != '"')
            continue;
        size_t start = ++j;
        while (j < len && s[j] != '"')
            j += (s[j] == '\\') ? 2 : 1;
        if (j > len)
            j = len;
        lower_ascii(s + start, j - start);
        for (size_t k = start; k < j;) {
            while (k < j && !is_word_byte((unsigned char)s[k]))
                k++;
            size_t w = k;
            while (k < j && is_word_byte((unsigned char)s[k]))
                k++;
            if (k > w)
                table_add(s + w, k - w);
        }
        i = j;
    }
    free(s);
}

/* ---- a minimal JSON scanner for one line ------------------------------- */

static const char *skip_ws(const char *p, const char *e)
{
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
        p++;
    return p;
}

/* p at an opening quote: returns just past the closing quote, or NULL. */
static const char *skip_string(const char *p, const char *e)
{
    for (p++; p < e; p++) {
        if (*p == '\\')
            p++;
        else if (*p == '"')
            return p + 1;
    }
    return NULL;
}

/* Any JSON value (strings, numbers, literals, nested arrays and objects,
 * without checking them): returns just past it, or NULL. */
static const char *skip_value(const char *p, const char *e)
{
    if (p >= e)
        return NULL;
    if (*p == '"')
        return skip_string(p, e);
    if (*p == '{' || *p == '[') {
        int depth = 0;
        for (; p < e; p++) {
            if (*p == '"') {
                p = skip_string(p, e);
                if (!p)
                    return NULL;
                p--;
            } else if (*p == '{' || *p == '[') {
                depth++;
            } else if (*p == '}' || *p == ']') {
                if (--depth == 0)
                    return p + 1;
            }
        }
        return NULL;
    }
    const char *s = p;
    while (p < e && *p != ',' && *p != '}' && *p != ']' && *p != ' ' && *p != '\t'
           && *p != '\r' && *p != '\n')
        p++;
    return p > s ? p : NULL;
}

static void put_utf8(char **q, unsigned cp)
{
    unsigned char *o = (unsigned char *)*q;
    if (cp < 0x80) {
        *o++ = (unsigned char)cp;
    } else if (cp < 0x800) {
        *o++ = (unsigned char)(0xC0 | (cp >> 6));
        *o++ = (unsigned char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *o++ = (unsigned char)(0xE0 | (cp >> 12));
        *o++ = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        *o++ = (unsigned char)(0x80 | (cp & 0x3F));
    } else {
        *o++ = (unsigned char)(0xF0 | (cp >> 18));
        *o++ = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
        *o++ = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        *o++ = (unsigned char)(0x80 | (cp & 0x3F));
    }
    *q = (char *)o;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Decodes the string at p (an opening quote) into out (room for e - p
 * bytes: decoding never grows); returns the length, or -1. */
static long decode_string(const char *p, const char *e, char *out)
{
    char *q = out;
    for (p++; p < e; p++) {
        char c = *p;
        if (c == '"')
            return (long)(q - out);
        if (c != '\\') {
            *q++ = c;
            continue;
        }
        if (++p >= e)
            return -1;
        switch (*p) {
        case 'n': *q++ = '\n'; break;
        case 't': *q++ = '\t'; break;
        case 'r': *q++ = '\r'; break;
        case 'b': *q++ = '\b'; break;
        case 'f': *q++ = '\f'; break;
        case 'u': {
            if (e - p < 5)
                return -1;
            unsigned cp = 0;
            for (int k = 1; k <= 4; k++) {
                int h = hexval(p[k]);
                if (h < 0)
                    return -1;
                cp = cp * 16 + (unsigned)h;
            }
            p += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && e - p >= 7 && p[1] == '\\' && p[2] == 'u') {
                unsigned lo = 0;
                int ok = 1;
                for (int k = 3; k <= 6; k++) {
                    int h = hexval(p[k]);
                    if (h < 0) { ok = 0; break; }
                    lo = lo * 16 + (unsigned)h;
                }
                if (ok && lo >= 0xDC00 && lo < 0xE000) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    p += 6;
                }
            }
            put_utf8(&q, cp);
            break;
        }
        default: *q++ = *p; break;              /* \" \\ \/ */
        }
    }
    return -1;
}

/* ---- main -------------------------------------------------------------- */

static int score_text(char *s, size_t n)
{
    lower_ascii(s, n);
    int score = 0;
    for (size_t k = 0; k < n;) {
        while (k < n && !is_word_byte((unsigned char)s[k]))
            k++;
        size_t w = k;
        while (k < n && is_word_byte((unsigned char)s[k]))
            k++;
        if (k > w) {
            struct slot *sl = table_find(s + w, k - w, fnv1a(s + w, k - w));
            if (sl->word)
                score += sl->score;
        }
    }
    return score;
}

int main(int argc, char **argv)
{
    const char *kbdir = "kb";
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--kb") == 0 && i + 1 < argc) {
            kbdir = argv[++i];
        } else {
            fprintf(stderr, "usage: bare [--kb DIR] < in.jsonl > out.jsonl\n");
            return 2;
        }
    }
    static const char *const files[2] = { "lexicon-es.clp", "lexicon-en.clp" };
    for (int l = 0; l < 2; l++) {
        size_t plen = strlen(kbdir) + strlen(files[l]) + 2;
        char *path = xrealloc(NULL, plen);
        snprintf(path, plen, "%s/%s", kbdir, files[l]);
        read_lexicon(path);
        free(path);
    }

    static char inbuf[1 << 16], outbuf[1 << 16];
    setvbuf(stdin, inbuf, _IOFBF, sizeof inbuf);
    setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);

    char *line = NULL, *text = NULL;
    size_t line_cap = 0, text_cap = 0;
    ssize_t got;
    unsigned long lineno = 0;
    int bad = 0;
    while ((got = getline(&line, &line_cap, stdin)) != -1) {
        lineno++;
        const char *e = line + got;
        const char *p = skip_ws(line, e);
        if (p == e)
            continue;                           /* blank line: nothing out */
        const char *id = NULL, *id_end = NULL;
        long tlen = -1;
        int ok = 0;
        if (*p == '{') {
            p = skip_ws(p + 1, e);
            if (p < e && *p == '}') {
                ok = 1;
            }
            while (p && p < e && *p == '"') {
                const char *k = p;
                p = skip_string(p, e);
                if (!p)
                    break;
                size_t klen = (size_t)(p - k);
                p = skip_ws(p, e);
                if (p >= e || *p != ':')
                    break;
                p = skip_ws(p + 1, e);
                const char *v = p;
                p = skip_value(p, e);
                if (!p)
                    break;
                if (klen == 4 && memcmp(k, "\"id\"", 4) == 0) {
                    id = v;
                    id_end = p;
                } else if (klen == 6 && memcmp(k, "\"text\"", 6) == 0 && *v == '"') {
                    if (text_cap < (size_t)(p - v)) {
                        text_cap = (size_t)(p - v) * 2;
                        text = xrealloc(text, text_cap);
                    }
                    tlen = decode_string(v, p, text);
                }
                p = skip_ws(p, e);
                if (p < e && *p == ',') {
                    p = skip_ws(p + 1, e);
                } else {
                    ok = p < e && *p == '}';
                    break;
                }
            }
        }
        if (!ok || tlen < 0) {
            printf("{\"line\":%lu,\"error\":\"bad line\"}\n", lineno);
            bad = 1;
            continue;
        }
        int score = score_text(text, (size_t)tlen);
        fputs("{\"id\":", stdout);
        if (id)
            fwrite(id, 1, (size_t)(id_end - id), stdout);
        else
            fputs("null", stdout);
        printf(",\"score\":%d}\n", score);
    }
    if (fflush(stdout) != 0 || ferror(stdout)) {
        perror("bare: stdout");
        return 1;
    }
    free(line);
    free(text);
    for (size_t i = 0; i < table_cap; i++)
        free(table[i].word);
    free(table);
    return bad;
}
