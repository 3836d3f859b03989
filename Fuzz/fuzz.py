#!/usr/bin/env python3
"""Deterministic mutation fuzzer for the sector tools (plan loader) and `validate` (report reader).

Every case is a seed (the sector's example plan, the plans in Fuzz/seeds/plans/, or a golden
report in Reports/examples/) with one to three mutations drawn from a seeded
random generator, so a run is reproducible from (seed, case number). Each case runs the real
tool binary in a fresh process with a time limit:

    plans:   <tool> report <case.yaml> -o <tmp> --no-charts   (every 7th case also --draws 16)
    reports: <tool> validate <case.xml>

A case fails on a signal (a Swift trap is SIGILL/SIGTRAP), on a hang (over --timeout seconds
of CPU time, or 12 times that in wall-clock time) or on an exit code other than 0 (accepted) and 65 (bad input). Failing inputs are written to
--found (default Fuzz/found/<target>/) with the command and outcome beside them; move them to
Fuzz/corpus/plans/ (named <sector>-…yaml) or Fuzz/corpus/reports/ once fixed, so `swift test`
(FuzzCorpusTests) keeps them.

Two ways to run a case (same cases, same verdicts):
  * one tool process per case (default, --bin): about 1.3 cases/s with the debug tools;
  * in process (--driver Fuzz/Driver/.build/release/FuzzDriver, source in Fuzz/Driver/): the
    driver calls `PlanTool.execute`, the function behind every tool's `main`, for a chunk of cases
    written to a temporary folder; it writes each case's id before running it, so when a trap
    kills it this script names the case, records it and restarts the driver after it; its
    watchdog thread ends it (exit 3) on a case over --timeout seconds of CPU time. Chosen over a
    libFuzzer target because it reuses these mutators (the YAML/XML-aware classes of issue 20,
    not blind bytes), gives the same deterministic case numbers as the per-process mode, and
    needs no sanitizer build of the whole package; see Fuzz/README.md for the figures.
  * --emit DIR only writes the cases (and a manifest FuzzDriver reads) to DIR.

Usage:
    Fuzz/fuzz.py plans   --seconds 60            # bounded run over all four sectors
    Fuzz/fuzz.py plans   --count 20000 --sector waste
    Fuzz/fuzz.py reports --seconds 60
    Fuzz/fuzz.py plans   --count 20000 --sector power --driver Fuzz/Driver/.build/release/FuzzDriver
    Fuzz/fuzz.py plans   --count 100 --sector textile --emit /tmp/cases
Exit status: 0 when every case passed, 1 when any failed, 2 on a usage or set-up error.
"""
import argparse
import hashlib
import os
import random
import resource
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOOLS = {"transport": "transport-plan", "waste": "waste-plan", "power": "power-plan", "textile": "textile-plan"}
OK_CODES = {0, 65}

NUMBER = re.compile(rb"(?<![\w.])-?\d+(?:\.\d+)?(?:e[+-]?\d+)?(?![\w.])")
YEAR = re.compile(rb"(?<![\w.])(19|20)\d\d(?![\w.])")
SCALAR_AFTER_COLON = re.compile(rb": ([^\n{}\[\],]+)")
HUGE = [b"1e308", b"-1e308", b"1.8e19", b"9223372036854775807", b"-9223372036854775808",
        b"99999999999999999999", b"4294967296", b"1e19", b"-1e19", b"2e9", b"1e-320", b"0", b"-0"]
NONFINITE = [b".nan", b".inf", b"-.inf", b".NaN", b"nan", b"inf", b"1e999"]
WRONG = [b"[1, 2]", b"{a: 1}", b"\"text\"", b"true", b"~", b"[]", b"{}", b"!!binary aGVsbG8=",
         b"!custom 3", b"!!python/object:os.system ls", b"2022.5", b"0x1F", b"1_000", b"'2030'"]
CONTROL = [b"\x01", b"\x07", b"\x1b[31m", b"\x7f", b"\xc2\x85", b"\xe2\x80\xae", b"\t", b"\x00"]
INVALID_UTF8 = [b"\xff", b"\xc3\x28", b"\xe2\x82", b"\xf0\x28\x8c\xbc", b"\xed\xa0\x80"]


def alias_bomb(levels, width, as_key=False):
    lines = [b"bomb0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in range(1, levels):
        refs = b", ".join(b"*a%d" % (level - 1) for _ in range(width))
        lines.append(b"bomb%d: &a%d [%s]" % (level, level, refs))
    if as_key:
        lines.append(b"keyed: {? *a%d : 1, other: 2}" % (levels - 1))
    return b"\n".join(lines) + b"\n"


def mutate(data, rng):
    """One mutation of `data` (bytes)."""
    kind = rng.randrange(20)
    n = len(data)
    if n == 0:
        return b"x"
    if kind == 0:  # byte flips
        out = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            i = rng.randrange(n)
            out[i] ^= 1 << rng.randrange(8)
        return bytes(out)
    if kind == 1:  # truncation
        return data[: rng.randrange(n)]
    if kind in (2, 3):  # huge numbers
        hits = list(NUMBER.finditer(data))
        if hits:
            m = rng.choice(hits)
            return data[: m.start()] + rng.choice(HUGE) + data[m.end():]
    if kind == 4:  # NaN / inf
        hits = list(NUMBER.finditer(data))
        if hits:
            m = rng.choice(hits)
            return data[: m.start()] + rng.choice(NONFINITE) + data[m.end():]
    if kind in (5, 6):  # wrong types, tags, non-integer years
        hits = list(SCALAR_AFTER_COLON.finditer(data))
        if hits:
            m = rng.choice(hits)
            return data[: m.start(1)] + rng.choice(WRONG) + data[m.end(1):]
    if kind == 7:  # deep nesting
        depth = rng.choice([50, 200, 1000, 5000])
        nest = b"[" * depth + b"1" + b"]" * depth
        return data + b"\nnotes: " + nest + b"\n"
    if kind == 8:  # long strings
        length = rng.choice([10_000, 1_000_000, 5_000_000])
        hits = list(SCALAR_AFTER_COLON.finditer(data))
        if hits:
            m = rng.choice(hits)
            return data[: m.start(1)] + b"\"" + b"x" * length + b"\"" + data[m.end(1):]
    if kind == 9:  # invalid UTF-8
        i = rng.randrange(n)
        return data[:i] + rng.choice(INVALID_UTF8) + data[i:]
    if kind == 10:  # anchors and aliases
        bomb = alias_bomb(rng.choice([3, 6, 9, 12]), rng.choice([2, 5, 10]), as_key=rng.random() < 0.5)
        return bomb + data
    if kind == 11:  # alias reused as a value somewhere
        hits = list(SCALAR_AFTER_COLON.finditer(data))
        if len(hits) >= 2:
            a, b = rng.sample(hits, 2)
            first, second = sorted([a, b], key=lambda m: m.start())
            return (data[: first.start(1)] + b"&v " + data[first.start(1): second.start(1)] + b"*v"
                    + data[second.end(1):])
    if kind == 12:  # year keys and years
        hits = list(YEAR.finditer(data))
        if hits:
            m = rng.choice(hits)
            year = rng.choice([b"-9223372036854775808", b"9223372036854775807", b"1800", b"3000",
                               b"99999", b"-1", b"0", b"2022.5", b"1e9", b"20301"])
            return data[: m.start()] + year + data[m.end():]
    if kind == 13:  # control characters inside text
        i = rng.randrange(n)
        return data[:i] + rng.choice(CONTROL) + data[i:]
    if kind == 14:  # delete, duplicate or swap lines
        lines = data.split(b"\n")
        i = rng.randrange(len(lines))
        op = rng.randrange(3)
        if op == 0:
            del lines[i]
        elif op == 1:
            lines.insert(i, lines[i])
        else:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        return b"\n".join(lines)
    if kind == 15:  # very long list
        count = rng.choice([1000, 100_000, 1_000_000])
        return data + b"\nreferences: [" + b", ".join([b"r"] * count) + b"]\n"
    if kind == 16:  # empty or odd text
        hits = list(SCALAR_AFTER_COLON.finditer(data))
        if hits:
            m = rng.choice(hits)
            return data[: m.start(1)] + rng.choice([b"\"\"", b"\" \"", b"\"a b\"", b"\"\\u0000\""]) + data[m.end(1):]
    if kind == 17:  # splice two places
        i, j = sorted(rng.randrange(n) for _ in range(2))
        k = rng.randrange(n)
        return data[:k] + data[i:j] + data[k:]
    if kind == 18:  # XML-ish: many attributes, deep elements (harmless for YAML)
        m = data.find(b">", data.find(b"<report"))
        if m > 0:
            attrs = b"".join(b" a%d=\"x\"" % i for i in range(rng.choice([100, 10_000])))
            return data[:m] + attrs + data[m:]
        if data.find(b"<") >= 0:
            depth = rng.choice([300, 5000])
            i = data.rfind(b"</")
            return data[:i] + b"<x>" * depth + b"</x>" * depth + data[i:]
    # fallback: random bytes inserted
    i = rng.randrange(n)
    return data[:i] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 16))) + data[i:]


EXAMPLES = {"transport": "Sectors/Transport/TransportSector/Catalogue/example.yaml",
            "waste": "Sectors/WasteSorting/WasteSortingSector/Catalogue/example.yaml",
            "power": "Sectors/ThermalPower/ThermalPowerSector/Catalogue/example.yaml",
            "textile": "Sectors/Textile/TextileSector/Catalogue/example.yaml"}


def load_seeds(target, sector):
    """Plans: the sector's example plan and the seeds in Fuzz/seeds/plans/<sector>-*.yaml
    (templates and small hand-written plans). Reports: the golden example reports."""
    paths = []
    if target == "plans":
        paths.append(os.path.join(ROOT, EXAMPLES[sector]))
        folder = os.path.join(ROOT, "Fuzz", "seeds", "plans")
        paths += [os.path.join(folder, n) for n in sorted(os.listdir(folder)) if n.startswith(sector + "-")]
    else:
        for folder in [os.path.join(ROOT, "Reports", "examples"), os.path.join(ROOT, "Reports", "examples", "schema-1.0")]:
            paths += [os.path.join(folder, n) for n in sorted(os.listdir(folder)) if n.endswith(".xml")]
    seeds = []
    for path in paths:
        with open(path, "rb") as handle:
            seeds.append((os.path.relpath(path, ROOT), handle.read()))
    return seeds


def run_case(tool, target, case, workdir, timeout, draws):
    suffix = ".yaml" if target == "plans" else ".xml"
    path = os.path.join(workdir, "case" + suffix)
    with open(path, "wb") as handle:
        handle.write(case)
    if target == "plans":
        out = os.path.join(workdir, "out")
        shutil.rmtree(out, ignore_errors=True)
        command = [tool, "report", path, "-o", out, "--no-charts"] + (["--draws", "16"] if draws else [])
    else:
        command = [tool, "validate", path]
    start = time.monotonic()
    # A hang is judged by CPU time (RLIMIT_CPU: the kernel sends SIGXCPU), so a loaded machine
    # does not turn slow runs into false hangs; the wall-clock limit is a backstop for a
    # process that blocks without using CPU (a deadlock).
    limit = max(1, int(timeout))
    def set_limits():
        resource.setrlimit(resource.RLIMIT_CPU, (limit, limit + 1))
    try:
        result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout * 12,
                                cwd=workdir, preexec_fn=set_limits)
        code, stderr = result.returncode, result.stderr[-2000:]
        if code in (-signal.SIGXCPU, -signal.SIGKILL):
            code = "hang"
    except subprocess.TimeoutExpired:
        code, stderr = "hang", b""
    return code, stderr, time.monotonic() - start, command


def generate(target, sector, seed, seeds):
    """The endless, reproducible case stream of one target and sector: (number, seed file,
    bytes, Monte Carlo draws). Case n depends only on (seed, target, sector) and the n cases
    before it, so the same options give the same cases in every mode."""
    rng = random.Random(f"{seed}-{target}-{sector}")
    number = 0
    while True:
        name, data = seeds[number % len(seeds)]
        case = data
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            case = mutate(case, rng)
        yield number, name, case, (16 if target == "plans" and number % 7 == 0 else 0)
        number += 1


def record_failure(found, target, sector, name, case, code, stderr, command, number, elapsed):
    os.makedirs(found, exist_ok=True)
    digest = hashlib.sha256(case).hexdigest()[:16]
    suffix = ".yaml" if target == "plans" else ".xml"
    stem = os.path.join(found, f"{sector}-{digest}")
    with open(stem + suffix, "wb") as handle:
        handle.write(case)
    with open(stem + ".txt", "w") as handle:
        handle.write(f"seed file: {name}\ncase: {number}\ncommand: {' '.join(command[:2])} ...\nexit: {code}\n")
        handle.write(stderr.decode("utf-8", "replace"))
    print(f"fuzz: FAIL {sector} case {number}: exit {code} ({elapsed:.1f} s) -> {stem}{suffix}", file=sys.stderr)


def run_chunk(driver, target, sector, chunk, workdir, timeout):
    """Runs `chunk` [(number, name, bytes, draws)] through the in-process driver, restarting it
    after a case that trapped or hung. Returns [(number, code, stderr, seconds)]."""
    suffix = ".yaml" if target == "plans" else ".xml"
    cases = os.path.join(workdir, "cases")
    shutil.rmtree(cases, ignore_errors=True)
    os.makedirs(cases)
    paths = {}
    for number, _, data, _ in chunk:
        paths[number] = os.path.join(cases, f"{sector}-{number}{suffix}")
        with open(paths[number], "wb") as handle:
            handle.write(data)
    outcomes = {}
    pending = list(chunk)
    while pending:
        manifest = os.path.join(workdir, "manifest")
        with open(manifest, "w") as handle:
            for number, _, _, draws in pending:
                handle.write(f"{number}\t{paths[number]}\t{draws}\n")
        for name in ("results", "current"):
            if os.path.exists(os.path.join(workdir, name)):
                os.remove(os.path.join(workdir, name))
        # The backstop for a driver that blocks without using CPU: 12 × timeout per case left.
        try:
            code = subprocess.run([driver, target, sector, manifest, workdir, str(timeout)], stdin=subprocess.DEVNULL,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                  timeout=12 * timeout * len(pending) + 60).returncode
        except subprocess.TimeoutExpired:
            code = "hang"
        if code == 2:
            raise SystemExit("fuzz: the driver refused its arguments")
        done = set()
        if os.path.exists(os.path.join(workdir, "results")):
            with open(os.path.join(workdir, "results")) as handle:
                for line in handle:
                    fields = line.rstrip("\n").split("\t")
                    if len(fields) != 3:
                        continue
                    number, result, elapsed = int(fields[0]), fields[1], float(fields[2])
                    result = result if result == "hang" else int(result)
                    stderr = b""
                    err = os.path.join(workdir, f"err-{number}")
                    if os.path.exists(err):
                        with open(err, "rb") as e:
                            stderr = e.read()[-2000:]
                        os.remove(err)
                    outcomes[number] = (result, stderr, elapsed)
                    done.add(number)
        if code != 0:
            # The case the driver was in when it died: a trap (signal), a hang (exit 3, already in
            # the results) or an unexpected exit of the whole process.
            current = None
            if os.path.exists(os.path.join(workdir, "current")):
                with open(os.path.join(workdir, "current")) as handle:
                    text = handle.read().strip()
                    current = int(text) if text.isdigit() else None
            if current is not None and current not in done:
                stderr = b""
                if os.path.exists(os.path.join(workdir, "case.err")):
                    with open(os.path.join(workdir, "case.err"), "rb") as e:
                        stderr = e.read()[-2000:]
                outcomes[current] = (f"signal {-code}" if isinstance(code, int) and code < 0 else
                                     "hang" if code in ("hang", 3) else f"process exit {code}", stderr, 0.0)
                done.add(current)
            elif not done:
                raise SystemExit(f"fuzz: the driver ended with {code} before any case")
        pending = [item for item in pending if item[0] not in done]
    shutil.rmtree(cases, ignore_errors=True)
    return [(number, *outcomes[number]) for number, _, _, _ in chunk]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("target", choices=["plans", "reports"])
    parser.add_argument("--seconds", type=float, help="stop after this long (bounded CI run)")
    parser.add_argument("--count", type=int, help="stop after this many cases (per sector for plans)")
    parser.add_argument("--sector", choices=sorted(TOOLS), help="plans: one sector only")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=10.0, help="a case running longer is a hang")
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build", "debug"), help="folder of the tool binaries")
    parser.add_argument("--driver", help="the in-process driver (Fuzz/Driver/.build/release/FuzzDriver): run cases in "
                                         "one process instead of one tool process per case")
    parser.add_argument("--chunk", type=int, default=250, help="--driver: cases written and run per driver start")
    parser.add_argument("--emit", metavar="DIR", help="only write the cases to DIR (<sector>-<n>.yaml|.xml and a "
                                                       "manifest for FuzzDriver), run nothing")
    parser.add_argument("--found", help="where failing inputs go (default Fuzz/found/<target>)")
    args = parser.parse_args()
    if args.seconds is None and args.count is None:
        parser.error("give --seconds or --count")
    if args.emit and args.count is None:
        parser.error("--emit needs --count")

    found = args.found or os.path.join(ROOT, "Fuzz", "found", args.target)
    sectors = [args.sector] if args.sector else sorted(TOOLS)
    if args.target == "reports":
        sectors = ["transport"]  # validate is the same code in every tool
    if args.driver:
        if not os.access(args.driver, os.X_OK):
            print(f"fuzz: {args.driver} not found (swift build -c release --package-path Fuzz/Driver)", file=sys.stderr)
            return 2
    elif not args.emit:
        for sector in sectors:
            if not os.access(os.path.join(args.bin, TOOLS[sector]), os.X_OK):
                print(f"fuzz: {TOOLS[sector]} not found in {args.bin} (run swift build first)", file=sys.stderr)
                return 2

    failures, total, slowest = 0, 0, 0.0
    codes = {}
    started = time.monotonic()
    # SIGTERM (a long run stopped early) ends the run like a finished one, with its summary.
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        return campaign(args, found, sectors, started, codes)
    except KeyboardInterrupt:
        print("fuzz: stopped early", file=sys.stderr)
        return summarise(args, sectors, started, codes, stopped=True)


def summarise(args, sectors, started, codes, stopped=False):
    total = sum(codes.values())
    failures = sum(v for k, v in codes.items() if k not in OK_CODES)
    summary = ", ".join(f"{k}: {v}" for k, v in sorted(codes.items(), key=lambda kv: str(kv[0])))
    mode = "in process" if args.driver else "one process per case"
    print(f"fuzz {args.target} ({', '.join(sectors)}; {mode}): {total} cases in {time.monotonic() - started:.0f} s, "
          f"{failures} failures, slowest {SLOWEST[0]:.2f} s (exit codes {summary})"
          + (" [stopped early]" if stopped else ""), flush=True)
    return 1 if failures or stopped else 0


SLOWEST = [0.0]


def campaign(args, found, sectors, started, codes):
    failures, total = 0, 0
    with tempfile.TemporaryDirectory(prefix="rp-fuzz-") as workdir:
        for sector in sectors:
            seeds = load_seeds(args.target, sector if args.target == "plans" else None)
            if not seeds:
                print(f"fuzz: no seeds for {sector}", file=sys.stderr)
                return 2
            stream = generate(args.target, sector, args.seed, seeds)
            if args.emit:
                os.makedirs(args.emit, exist_ok=True)
                suffix = ".yaml" if args.target == "plans" else ".xml"
                with open(os.path.join(args.emit, f"manifest-{sector}"), "w") as manifest:
                    for _ in range(args.count):
                        number, _, data, draws = next(stream)
                        path = os.path.abspath(os.path.join(args.emit, f"{sector}-{number}{suffix}"))
                        with open(path, "wb") as handle:
                            handle.write(data)
                        manifest.write(f"{number}\t{path}\t{draws}\n")
                total += args.count
                continue
            tool = os.path.abspath(os.path.join(args.bin, TOOLS[sector]))
            deadline = time.monotonic() + args.seconds / len(sectors) if args.seconds else None
            number = 0
            while True:
                if args.count is not None and number >= args.count:
                    break
                if deadline is not None and time.monotonic() >= deadline:
                    break
                if args.driver:
                    size = args.chunk if args.count is None else min(args.chunk, args.count - number)
                    chunk = [next(stream) for _ in range(size)]
                    outcomes = run_chunk(args.driver, args.target, sector, chunk, workdir, args.timeout)
                    command = [TOOLS[sector], "report" if args.target == "plans" else "validate"]
                else:
                    item = next(stream)
                    chunk = [item]
                    code, stderr, elapsed, command = run_case(tool, args.target, item[2], workdir, args.timeout,
                                                              item[3] > 0)
                    outcomes = [(item[0], code, stderr, elapsed)]
                for (case_number, name, data, _), (_, code, stderr, elapsed) in zip(chunk, outcomes):
                    SLOWEST[0] = max(SLOWEST[0], elapsed)
                    codes[code] = codes.get(code, 0) + 1
                    if code not in OK_CODES:
                        failures += 1
                        record_failure(found, args.target, sector, name, data, code, stderr, command, case_number,
                                       elapsed)
                number += len(chunk)
                if args.driver:
                    print(f"fuzz: {args.target} {sector}: {number} cases, {failures} failures so far, "
                          f"{time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
            total += number
    if args.emit:
        print(f"fuzz {args.target}: {total} cases written to {args.emit}")
        return 0
    return summarise(args, sectors, started, codes)


if __name__ == "__main__":
    sys.exit(main())
