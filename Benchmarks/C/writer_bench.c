/* The C baseline for ReportWriterBenchmark: the same synthetic report (N measures x 41
 * yearly values), the same xmlTextWriter calls in the same order, the same temporary
 * file + fsync + rename. Output is byte-identical to the Swift benchmark's (check with cmp).
 *
 *   gcc -O2 writer_bench.c -o writer_bench $(pkg-config --cflags --libs libxml-2.0)
 *   ./writer_bench [measures] [output.xml]
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <libxml/xmlwriter.h>

#define X (const xmlChar *)
static xmlTextWriterPtr w;

static void start(const char *name) { xmlTextWriterStartElement(w, X name); }
static void end(void) { xmlTextWriterEndElement(w); }
static void attr(const char *name, const char *value) { xmlTextWriterWriteAttribute(w, X name, X value); }
static void attr_int(const char *name, long value) {
    char text[32];
    snprintf(text, sizeof text, "%ld", value);
    attr(name, text);
}
static int fast_numbers = 0;
/* "%.17g" (the usual C way to print a double that reads back exactly), or with
 * --fast-numbers a trivial formatter for the benchmark's values (multiples of 1/8), which
 * leaves almost nothing but the xmlTextWriter calls: the strictest baseline. */
static void num(char *text, double value) {
    static const char *eighths[] = {"", ".125", ".25", ".375", ".5", ".625", ".75", ".875"};
    double magnitude = value < 0 ? -value : value;
    long whole = (long)magnitude;
    double fraction = (magnitude - whole) * 8;
    if (fast_numbers && fraction == (int)fraction && magnitude < 1e15) {
        snprintf(text, 32, "%s%ld%s", value < 0 ? "-" : "", whole, eighths[(int)fraction]);
        return;
    }
    snprintf(text, 32, "%.17g", value);
}
static void attr_num(const char *name, double value) {
    char text[32];
    num(text, value);
    attr(name, text);
}
static void element(const char *name, const char *text) { start(name); xmlTextWriterWriteString(w, X text); end(); }
static void names(const char *en, const char *zh) {
    start("name"); attr("xml:lang", "en"); xmlTextWriterWriteString(w, X en); end();
    start("name"); attr("xml:lang", "zh-Hans"); xmlTextWriterWriteString(w, X zh); end();
}
static void quantity(const char *name, double value, const char *unit) {
    start(name); attr_num("value", value); attr("unit", unit); end();
}
typedef double (*series_fn)(int year, int i);
static void series_body(series_fn f, int i) {
    char text[32];
    for (int year = 2020; year <= 2060; year++) {
        start("value"); attr_int("year", year); num(text, f(year, i)); xmlTextWriterWriteString(w, X text); end();
    }
}
static void series(const char *name, const char *unit, series_fn f, int i) {
    start(name); attr("unit", unit); series_body(f, i); end();
}
static double baseline(int year, int i) { (void)i; return year + 0.5; }
static double pathway(int year, int i) { (void)i; return year - 0.5; }
static double share(int year, int i) { (void)i; return ((year - 2020) % 4) * 0.25 + 0.125; }
static double standalone(int year, int i) { return (double)(i % 1000 + year - 2020) + 0.25; }
static double interacted(int year, int i) { return (double)(i % 1000 + year - 2020) + 0.75; }

static double annual_cost(int year, int i) { return (double)(i % 500 + year) + 0.5; }

static void estimate(const char *name, double value, const char *unit, const char *source) {
    start(name); attr_num("value", value); attr("unit", unit);
    if (source) element("source", source);
    end();
}

static void measure(int i) {
    char text[64], zh[64];
    start("measure");
    snprintf(text, sizeof text, "m%d", i); attr("id", text);
    attr_int("order", i + 1); attr("inPathway", "true"); attr("status", "planned"); attr("instrument", "investment");
    snprintf(text, sizeof text, "Measure %d", i); snprintf(zh, sizeof zh, "措施%d", i); names(text, zh);
    start("change"); attr("kind", "scale"); attr("key", "demand");
    start("parameter"); attr("name", "by"); attr_num("value", -(double)(i % 100) - 0.5); attr("unit", "1");
    element("source", "合成数据 synthetic"); end();
    end();
    start("deployment"); attr_int("start", 2025); attr_int("rampYears", 5);
    estimate("maxPenetration", 0.875, "1", NULL);
    series("penetration", "1", share, i);
    end();
    estimate("lifetime", 15.5, "a", NULL);
    estimate("capex", 1000.0 * (i % 50) + 0.5, "CNY", NULL);
    estimate("opex", (i % 7) + 0.75, "CNY/a", NULL);
    series("standaloneAbatement", "tCO2e", standalone, i);
    series("interactedAbatement", "tCO2e", interacted, i);
    series("annualCost", "CNY/a", annual_cost, i);
    start("costPerTonne"); attr("basis", "interacted"); attr("method", "annualised"); attr_int("year", 2030);
    attr_num("value", (i % 400) - 200.5); attr("unit", "CNY/tCO2e"); end();
    start("netPresentCost"); attr("discountRate", "social");
    attr_num("value", (i % 300) * 1000.0 + 0.5); attr("unit", "CNY"); end();
    quantity("breakEvenPrice", (i % 400) - 100.25, "CNY/tCO2e");
    start("coBenefit"); attr("pollutant", "NOx"); attr_int("year", 2030);
    attr_num("value", (i % 10) + 0.125); attr("unit", "t"); names("Nitrogen oxides", "氮氧化物"); end();
    end();
}

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[argc - 1], "--fast-numbers") == 0) { fast_numbers = 1; argc--; }
    int count = argc > 1 ? atoi(argv[1]) : 20000;
    const char *output = argc > 2 ? argv[2] : "/tmp/reductionplan-bench-c.xml";
    char temporary[4096];
    snprintf(temporary, sizeof temporary, "%s.%d.tmp", output, (int)getpid());
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);

    xmlInitParser();
    w = xmlNewTextWriterFilename(temporary, 0);
    if (!w) return 1;
    xmlTextWriterSetIndent(w, 1);
    xmlTextWriterSetIndentString(w, X "  ");
    xmlTextWriterStartDocument(w, "1.0", "UTF-8", NULL);
    start("report"); attr("xmlns", "urn:reductionplan:report:1"); attr("schemaVersion", "1.0");
    start("header");
    start("title"); names("Benchmark plan", "基准测试方案"); end();
    start("jurisdiction"); attr("divisionCode", "320100"); names("Nanjing", "南京市"); end();
    start("sector"); attr("id", "transport"); names("Transport", "交通运输"); end();
    start("authority"); names("Transport Bureau", "交通运输局"); end();
    start("years"); attr_int("base", 2020); attr_int("target", 2030); attr_int("horizon", 2060); end();
    start("gwp"); attr("set", "AR5"); element("citation", "IPCC AR5 WG1 (2013) Table 8.7"); end();
    start("factorSet"); attr("id", "default"); end();
    start("currency"); attr("code", "CNY"); attr_int("priceYear", 2020); end();
    start("discountRate"); attr("view", "social"); attr_num("value", 0.03125); attr("unit", "1"); end();
    start("generator"); attr("name", "benchmark"); attr("version", "1.0"); end();
    start("inputs"); attr("sha256", "0000000000000000000000000000000000000000000000000000000000000000"); end();
    element("created", "2023-11-14T22:13:20Z");
    end();
    start("inventory"); attr_int("year", 2020); quantity("total", 1000.5, "tCO2e"); end();
    series("baseline", "tCO2e", baseline, 0);
    start("measures"); attr("orderStable", "true");
    for (int i = 0; i < count; i++) measure(i);
    end();
    start("macc"); attr_int("year", 2030);
    double cumulative = 0.125;
    for (int i = 0; i < count; i++) {
        char id[32];
        double abatement = (double)(i % 1000 + 10) + 0.75;
        start("step"); snprintf(id, sizeof id, "m%d", i); attr("measure", id);
        quantity("abatement", abatement, "tCO2e");
        quantity("costPerTonne", (i % 400) - 200.5, "CNY/tCO2e");
        quantity("cumulativeStart", cumulative, "tCO2e");
        end();
        cumulative += abatement;
    }
    end();
    start("pathway"); series("emissions", "tCO2e", pathway, 0);
    start("bauPeak"); attr_int("year", 2025); attr("declinesAfter", "true");
    attr_num("value", 2024.5); attr("unit", "tCO2e"); end();
    start("peak"); attr_int("year", 2025); attr("declinesAfter", "true");
    attr_num("value", 2024.5); attr("unit", "tCO2e"); end();
    end();
    start("references"); end();
    end();
    xmlTextWriterEndDocument(w);
    xmlTextWriterFlush(w);
    xmlFreeTextWriter(w);

    int fd = open(temporary, O_RDONLY);
    if (fd < 0 || fsync(fd) != 0) return 1;
    close(fd);
    if (rename(temporary, output) != 0) return 1;

    clock_gettime(CLOCK_MONOTONIC, &t1);
    printf("c%s: %d measures -> %s in %.3f s\n", fast_numbers ? " (fast numbers)" : "", count, output,
           (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9);
    return 0;
}
