#!/usr/bin/env python3
"""Lists the public API of every library module from its symbol graph and its doc-comment status.

Reads the symbol graphs written by `swift package dump-symbol-graph` (public and open symbols,
synthesized members skipped) and prints, per module, the number of public symbols and how many
have no `///` doc comment. With --check it exits 1 when any public symbol is undocumented
(listing each one: module, kind, path, file:line) or when a top-level public symbol is missing
from the Topics of its module's DocC landing page (`<Module>.docc/<Module>.md`).

Usage: Tests/Scripts/public-api.py [--check] [--list] [--module NAME ...] SYMBOLGRAPH_DIR
"""
import argparse
import json
import os
import re
import sys

# The package's library modules (ReductionTestSupport and the executables are not API).
LIBRARIES = ["ReductionCore", "ReductionReport", "ReductionXML", "ReductionOutputs", "ReductionSystem",
             "PlanCLI", "ReductionPlanKit", "ReductionCity", "TransportSector", "WasteSortingSector", "ThermalPowerSector",
             "TextileSector"]


def symbols(directory, module):
    """Public symbols declared in `module`: its own graph plus its extensions of other modules."""
    found = {}
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".symbols.json"):
            continue
        stem = name[: -len(".symbols.json")]
        if stem != module and not stem.startswith(module + "@"):
            continue
        with open(os.path.join(directory, name), encoding="utf-8") as handle:
            graph = json.load(handle)
        for symbol in graph.get("symbols", []):
            if symbol.get("accessLevel") not in ("public", "open"):
                continue
            precise = symbol["identifier"]["precise"]
            if "::SYNTHESIZED::" in precise:
                continue
            found[precise] = symbol
    return list(found.values())


def documented(symbol):
    lines = (symbol.get("docComment") or {}).get("lines", [])
    return any(line.get("text", "").strip() for line in lines)


def landing_page(module):
    """The module's DocC landing page (`Sources/<Module>/…docc/<Module>.md` or under Sectors/)."""
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    for base, _, files in os.walk(root):
        if ".build" in base or not base.endswith(".docc"):
            continue
        if module + ".md" in files:
            return os.path.join(base, module + ".md")
    return None


def unlisted(module, found):
    """Top-level public symbols that the landing page's Topics section does not list."""
    top = {s["pathComponents"][0] for s in found if len(s["pathComponents"]) == 1}
    if not top:
        return []
    page = landing_page(module)
    if page is None:
        return sorted(top)
    text = open(page, encoding="utf-8").read()
    topics = text[text.find("## Topics"):] if "## Topics" in text else ""
    listed = set(re.findall(r"^\s*- ``([A-Za-z_][A-Za-z0-9_]*)", topics, re.M))
    return sorted(top - listed)


def where(symbol):
    location = symbol.get("location") or {}
    uri = location.get("uri", "")
    path = uri.split("/Sources/", 1)[-1] if "/Sources/" in uri else uri.split("/Sectors/", 1)[-1]
    line = (location.get("position") or {}).get("line", -1) + 1
    return f"{path}:{line}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("directory")
    parser.add_argument("--check", action="store_true", help="exit 1 when a public symbol is undocumented")
    parser.add_argument("--list", action="store_true", help="list every public symbol")
    parser.add_argument("--module", action="append", help="only these modules")
    args = parser.parse_args()
    modules = args.module or LIBRARIES
    missing_total = 0
    total = 0
    unlisted_all = []
    print(f"{'module':<22}{'public':>8}{'undocumented':>14}")
    for module in modules:
        found = symbols(args.directory, module)
        missing = [s for s in found if not documented(s)]
        total += len(found)
        missing_total += len(missing)
        print(f"{module:<22}{len(found):>8}{len(missing):>14}")
        unlisted_all += [(module, name) for name in unlisted(module, found)]
        rows = found if args.list else (missing if args.check else [])
        for symbol in sorted(rows, key=lambda s: (where(s), ".".join(s["pathComponents"]))):
            mark = "" if documented(symbol) else "  (no doc comment)"
            print(f"    {symbol['kind']['displayName']:<18} {'.'.join(symbol['pathComponents'])}  {where(symbol)}{mark}")
    print(f"{'total':<22}{total:>8}{missing_total:>14}")
    for module, name in unlisted_all:
        print(f"    {module}: {name} is not listed in the Topics of {module}.md")
    failed = False
    if args.check and missing_total:
        print(f"public-api: {missing_total} public symbols have no /// doc comment", file=sys.stderr)
        failed = True
    if args.check and unlisted_all:
        print(f"public-api: {len(unlisted_all)} public types are missing from their landing page's Topics",
              file=sys.stderr)
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
