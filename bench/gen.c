/* gen.c - benchmark input generator for oficio.
 *
 *   gen [--kb DIR] [--text] N SEED > out.jsonl
 *
 * Writes N task descriptions, one per line, as JSON Lines
 * {"id":"g1","text":"..."} ... {"id":"gN","text":"..."} (or, with --text,
 * the bare texts one per line, for a script of `classify` commands).
 *
 * Each text is 5 to 20 words: 1 to 3 phrases taken from the knowledge's
 * lexicon (DIR/lexicon-es.clp, DIR/lexicon-en.clp; DIR defaults to "kb"),
 * mixed with everyday filler words of the same language, sometimes with a
 * negator right before a phrase. Lines are Spanish or English, half and half
 * on average. The same N, SEED and lexicon always give the same bytes: the
 * PRNG is xorshift64*, seeded through splitmix64.
 *
 * Plain C11 and libc only; build with  cc -O2 -o gen bench/gen.c
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_WORDS 20
#define MIN_WORDS 5

/* ---- PRNG ------------------------------------------------------------- */

static uint64_t rng_state;

static void rng_seed(uint64_t seed)
{
    /* splitmix64 step, so that seeds 1, 2, 3 give unrelated streams and 0 works */
    uint64_t z = seed + 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    rng_state = z ? z : 0x2545F4914F6CDD1Dull;
}

static uint64_t rng_next(void)
{
    uint64_t x = rng_state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    rng_state = x;
    return x * 0x2545F4914F6CDD1Dull;
}

/* uniform in [0, n) (n small: the modulo bias is negligible at 2^64) */
static unsigned rng_below(unsigned n)
{
    return (unsigned)((rng_next() >> 11) % n);
}

/* ---- phrases from the lexicon ---------------------------------------- */

struct phrase {
    char *text;
    int words;
};

struct list {
    struct phrase *v;
    size_t n, cap;
};

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n);
    if (!q) {
        fprintf(stderr, "gen: out of memory\n");
        exit(1);
    }
    return q;
}

static int count_words(const char *s)
{
    int n = 0, in = 0;
    for (; *s; s++) {
        if (*s == ' ') {
            in = 0;
        } else if (!in) {
            in = 1;
            n++;
        }
    }
    return n;
}

static void list_add(struct list *l, char *text)
{
    int w = count_words(text);
    if (w == 0 || w > MAX_WORDS - 1) {
        free(text);
        return;
    }
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 256;
        l->v = xrealloc(l->v, l->cap * sizeof *l->v);
    }
    l->v[l->n].text = text;
    l->v[l->n].words = w;
    l->n++;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        exit(1);
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = xrealloc(NULL, cap + 1);
    size_t r;
    while ((r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) {
            cap *= 2;
            buf = xrealloc(buf, cap + 1);
        }
    }
    fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* Every (phrase "...") string in a .clp file; comments (;) are skipped and
 * CLIPS string escapes (\" and \\) are undone. Whitespace runs become one
 * space. */
static void read_lexicon(const char *path, struct list *out)
{
    size_t len;
    char *s = slurp(path, &len);
    static const char key[] = "(phrase";
    for (size_t i = 0; i < len; i++) {
        if (s[i] == ';') {                      /* comment to end of line */
            while (i < len && s[i] != '\n')
                i++;
            continue;
        }
        if (s[i] == '"') {                      /* some other string: skip it */
            for (i++; i < len && s[i] != '"'; i++)
                if (s[i] == '\\' && i + 1 < len)
                    i++;
            continue;
        }
        if (s[i] != '(' || strncmp(s + i, key, sizeof key - 1) != 0)
            continue;
        size_t j = i + sizeof key - 1;
        while (j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r'))
            j++;
        if (j >= len || s[j] != '"')
            continue;
        char *t = xrealloc(NULL, len - j + 1);
        size_t k = 0;
        int space = 1;                          /* trims leading blanks */
        for (j++; j < len && s[j] != '"'; j++) {
            char c = s[j];
            if (c == '\\' && j + 1 < len)
                c = s[++j];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (!space)
                    t[k++] = ' ';
                space = 1;
            } else {
                t[k++] = c;
                space = 0;
            }
        }
        while (k > 0 && t[k - 1] == ' ')
            k--;
        t[k] = '\0';
        list_add(out, t);
        i = j;
    }
    free(s);
}

/* ---- filler ------------------------------------------------------------ */

static const char *const filler_es[] = {
    "el", "la", "los", "las", "un", "una", "de", "del", "en", "con", "por",
    "para", "que", "y", "o", "pero", "muy", "cada", "todos", "días", "semana",
    "mañana", "tarde", "lunes", "viernes", "también", "siempre", "a", "veces",
    "cuando", "hay", "mucho", "poco", "bien", "trabajo", "oficina", "empresa",
    "equipo", "tienda", "casa", "hoy", "ayer", "luego", "después", "antes",
    "durante", "mes", "año", "horas", "rápido", "normalmente", "además",
    "nuestro", "su", "mi", "esta", "este", "ese", "otro", "otra", "nueva",
    "pequeña", "grande", "local", "centro", "ciudad", "turno", "primero",
    "segundo", "temprano", "junto", "varios", "algunas", "hace", "lleva",
    "ayuda", "revisa", "prepara", "organiza", "mira", "cosas", "parte", "vez",
};

static const char *const filler_en[] = {
    "the", "a", "an", "of", "in", "on", "with", "for", "and", "or", "but",
    "very", "every", "each", "day", "week", "morning", "afternoon", "monday",
    "friday", "also", "always", "sometimes", "when", "there", "is", "lots",
    "little", "well", "work", "office", "company", "team", "shop", "home",
    "today", "yesterday", "later", "after", "before", "during", "month",
    "year", "hours", "quickly", "usually", "besides", "our", "their", "my",
    "this", "that", "other", "new", "small", "big", "local", "downtown",
    "city", "shift", "first", "second", "early", "together", "several",
    "some", "does", "handles", "helps", "prepares", "organises", "looks",
    "things", "part", "time", "then", "just", "mostly", "most", "all",
};

static const char *const negator_es[] = { "sin", "no", "nunca" };
static const char *const negator_en[] = { "no", "never", "not", "without" };

#define COUNT(a) (sizeof (a) / sizeof (a)[0])

/* ---- output ------------------------------------------------------------ */

static char *line;
static size_t line_len, line_cap;

static void put_word(const char *w)
{
    size_t n = strlen(w);
    if (line_len + n + 2 > line_cap) {
        line_cap = 2 * (line_cap + n + 2);
        line = xrealloc(line, line_cap);
    }
    if (line_len)
        line[line_len++] = ' ';
    memcpy(line + line_len, w, n);
    line_len += n;
    line[line_len] = '\0';
}

static void put_json_string(FILE *f, const char *s, size_t n)
{
    putc('"', f);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"':  fputs("\\\"", f); break;
        case '\\': fputs("\\\\", f); break;
        case '\n': fputs("\\n", f); break;
        case '\r': fputs("\\r", f); break;
        case '\t': fputs("\\t", f); break;
        default:
            if (c < 0x20)
                fprintf(f, "\\u%04x", c);
            else
                putc(c, f);
        }
    }
    putc('"', f);
}

static void usage(void)
{
    fprintf(stderr, "usage: gen [--kb DIR] [--text] N SEED > out.jsonl\n");
    exit(2);
}

int main(int argc, char **argv)
{
    const char *kbdir = "kb";
    int text_only = 0;
    const char *pos[2];
    int npos = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--kb") == 0 && i + 1 < argc)
            kbdir = argv[++i];
        else if (strcmp(argv[i], "--text") == 0)
            text_only = 1;
        else if (argv[i][0] == '-' && argv[i][1] != '\0')
            usage();
        else if (npos < 2)
            pos[npos++] = argv[i];
        else
            usage();
    }
    if (npos != 2)
        usage();
    char *end;
    unsigned long long n = strtoull(pos[0], &end, 10);
    if (*end || end == pos[0])
        usage();
    unsigned long long seed = strtoull(pos[1], &end, 10);
    if (*end || end == pos[1])
        usage();

    struct list lex[2] = { { 0 }, { 0 } };      /* 0: es, 1: en */
    static const char *const files[2] = { "lexicon-es.clp", "lexicon-en.clp" };
    for (int l = 0; l < 2; l++) {
        size_t plen = strlen(kbdir) + strlen(files[l]) + 2;
        char *path = xrealloc(NULL, plen);
        snprintf(path, plen, "%s/%s", kbdir, files[l]);
        read_lexicon(path, &lex[l]);
        if (lex[l].n == 0) {
            fprintf(stderr, "gen: no (phrase \"...\") in %s\n", path);
            return 1;
        }
        free(path);
    }

    static char outbuf[1 << 16];
    setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
    rng_seed(seed);

    for (unsigned long long id = 1; id <= n; id++) {
        int en = (int)(rng_next() >> 63);
        const struct list *L = &lex[en];
        const char *const *fill = en ? filler_en : filler_es;
        unsigned nfill = en ? COUNT(filler_en) : COUNT(filler_es);
        const char *const *neg = en ? negator_en : negator_es;
        unsigned nneg = en ? COUNT(negator_en) : COUNT(negator_es);

        int target = MIN_WORDS + (int)rng_below(MAX_WORDS - MIN_WORDS + 1);
        int want = 1 + (int)rng_below(3);

        /* pick phrases that fit (each with its optional negator) */
        const struct phrase *ph[3];
        int negated[3];
        int k = 0, used = 0;
        for (int t = 0; t < want; t++) {
            const struct phrase *p = &L->v[rng_below((unsigned)L->n)];
            int ng = rng_below(6) == 0;         /* about 1 phrase in 6 */
            int w = p->words + ng;
            if (used + w > MAX_WORDS)
                continue;
            ph[k] = p;
            negated[k] = ng;
            k++;
            used += w;
        }
        if (k == 0) {                           /* cannot happen: words <= 19 */
            ph[0] = &L->v[0];
            negated[0] = 0;
            k = 1;
            used = ph[0]->words;
        }
        int nf = target > used ? target - used : 0;
        if (used + nf < MIN_WORDS)
            nf = MIN_WORDS - used;

        /* lay out nf filler slots and k phrase slots, phrases at random
         * places among the filler, in the order chosen */
        line_len = 0;
        int slots = nf + k, left_p = k, pi = 0;
        for (int s = 0; s < slots; s++) {
            int left = slots - s;
            if (left_p > 0 && (int)rng_below((unsigned)left) < left_p) {
                if (negated[pi])
                    put_word(neg[rng_below(nneg)]);
                put_word(ph[pi]->text);
                pi++;
                left_p--;
            } else {
                put_word(fill[rng_below(nfill)]);
            }
        }
        if (rng_below(3) == 0 && line[0] >= 'a' && line[0] <= 'z')
            line[0] = (char)(line[0] - 'a' + 'A');

        if (text_only) {
            fwrite(line, 1, line_len, stdout);
            putchar('\n');
        } else {
            printf("{\"id\":\"g%llu\",\"text\":", id);
            put_json_string(stdout, line, line_len);
            fputs("}\n", stdout);
        }
    }
    if (fflush(stdout) != 0 || ferror(stdout)) {
        perror("gen: stdout");
        return 1;
    }
    for (int l = 0; l < 2; l++) {
        for (size_t i = 0; i < lex[l].n; i++)
            free(lex[l].v[i].text);
        free(lex[l].v);
    }
    free(line);
    return 0;
}
