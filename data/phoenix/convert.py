#!/usr/bin/env python3
"""Converts PETRARCH2's Phoenix actor dictionaries (TABARI format) into reactions' archive tier of officials:
src/main/resources/reactions/kb/archive-actors.tsv. Deterministic: the same sources give the same bytes.

usage: data/phoenix/convert.py [OUT]    (default: the resource above)

A person entry is a name line ("VLADIMIR_PUTIN_"), its spellings ("+PUTIN_"), and its offices ("[RUSGOV 991231-080507]":
a country's ISO alpha-3 code, a role code, and the dates it was held; no date: what holds at any other time).
Countries come from the dictionary's own country entries ("RUSSIA_ [RUS]"), matched to kb/countries.tsv by name or
alias. Kept: people with at least one office in a country of countries.tsv, under the names of two words or more
that no other person shares and that hold no title word of lexicon/titles.tsv ("PRESIDENT_PUTIN_" is dropped: the
text's own title is read by the tool).
"""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [ROOT / "data/phoenix/source/Phoenix.Countries.actors.txt", ROOT / "data/phoenix/source/Phoenix.International.actors.txt"]
COUNTRIES = ROOT / "src/main/resources/reactions/kb/countries.tsv"
TITLES = ROOT / "src/main/resources/reactions/lexicon/titles.tsv"
OUT = ROOT / "src/main/resources/reactions/kb/archive-actors.tsv"
OFFICE = re.compile(r"\[([A-Z]{3})([A-Z]*)\s*([<>]?\d{6,8})?(?:-(\d{6,8}))?\s*\]")
# words that are no part of a person's name in a spelling ("SECRETARY-GENERAL_BAN_KI-MOON")
# the dictionaries were made on 2014-01-30; an office still open then is taken to last one more term, 4 years, and
# no longer: past that, the archive cannot tell a holder from a former one
OPEN_OFFICES_END = "2018-01-30"
EXTRA_WORDS = {"un", "u.n.", "united", "nations", "secretary-general", "former", "mr", "mrs", "dr", "the", "of", "and"}


def fold(text):
    """Lower case without diacritics: the key a name is looked up by."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def words_of(entry):
    return [w for w in re.split(r"[_\s]+", entry.strip().strip("+").split("#")[0]) if w]


def date(text, end):
    """YYMMDD (years after 14 are 19YY) or YYYYMMDD as YYYY-MM-DD; a malformed date gives None."""
    if text is None:
        return ""
    if len(text) == 6:
        year = int(text[:2])
        text = ("19" if year > 14 else "20") + text  # the dictionaries are of 2014
    if len(text) != 8:
        return None
    year, month, day = text[:4], text[4:6], text[6:]
    if not ("01" <= month <= "12" and "01" <= day <= "31"):
        return None
    return f"{year}-{month}-{day}"


def country_codes():
    """ISO alpha-3 to alpha-2, by matching the dictionary's country entries to countries.tsv's names and aliases."""
    by_name = {}
    for line in COUNTRIES.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, name, aliases = line.split("\t")[:3]
        for n in [name] + ([] if aliases == "-" else aliases.split("|")):
            by_name.setdefault(fold(n), code)
    alpha3 = {}
    for source in SOURCES:
        for line in source.read_text(encoding="utf-8", errors="replace").splitlines():
            m = re.match(r"^([A-Z][A-Z_'.-]*?)_*\s+\[([A-Z]{3})\]\s*$", line)
            if m:
                code = by_name.get(fold(" ".join(words_of(m.group(1)))))
                if code:
                    alpha3.setdefault(m.group(2), code)
    return alpha3


def title_words():
    words = set(EXTRA_WORDS)
    for line in TITLES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            words.update(fold(line.split("\t")[0]).replace("-", " ").split())
    return words


def entries(source):
    """(name lines, office lines) of each entry of a dictionary file."""
    names, offices = [], []
    for line in source.read_text(encoding="utf-8", errors="replace").splitlines():
        text = line.split("#")[0].rstrip()
        if not text.strip():
            continue
        if text.lstrip().startswith("["):
            offices.append(text.strip())
        elif text.startswith("+"):
            names.append(text)
        else:
            if names and offices:
                yield names, offices
            names, offices = ([text], []) if "[" not in text else ([], [])
    if names and offices:
        yield names, offices


def display(words):
    return " ".join("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")) for w in words)


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    alpha3, titled = country_codes(), title_words()
    people, uses = [], {}
    for source in SOURCES:
        for names, offices in entries(source):
            spells, country = [], None
            for office in offices:
                for m in OFFICE.finditer(office):
                    code = alpha3.get(m.group(1))
                    if code is None:
                        continue
                    start, end = m.group(3), m.group(4)
                    if start and start[0] in "<>":
                        first, last = (date(start[1:], False), "") if start[0] == ">" else ("", date(start[1:], True))
                    else:
                        first, last = date(start, False), date(end, True)
                        if start and not end:
                            last = first
                    if first is None or last is None:
                        continue
                    if first and not last:
                        last = OPEN_OFFICES_END
                    if first and last and last < first:
                        continue
                    spells.append(f"{code}:{m.group(2) or 'GOV'}:{first}:{last}")
                    country = country or code
            # an office without a country ("[ELI]") is held in the person's country
            for office in offices:
                m = re.match(r"\[([A-Z]{3})(?:\s*\])", office.strip())
                if m and m.group(1) in ("ELI", "GOV", "MIL", "SPY") and country:
                    spells.append(f"{country}:{m.group(1)}::")
            if not spells:
                continue
            spellings = []
            for line in names:
                words = words_of(line)
                keep = len(words) >= 2 and not any(fold(w) in titled for w in words)
                if keep and fold(" ".join(words)) not in [fold(" ".join(s)) for s in spellings]:
                    spellings.append(words)
            if spellings:
                people.append((spellings, list(dict.fromkeys(spells))))
                for s in spellings:
                    key = fold(" ".join(s))
                    uses[key] = uses.get(key, 0) + 1
    rows = []
    for spellings, spells in people:
        unique = [s for s in spellings if uses[fold(" ".join(s))] == 1]
        if unique:
            rows.append((display(unique[0]), "|".join(display(s) for s in unique[1:]) or "-", ";".join(spells)))
    rows.sort()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# The archive tier of officials, after kb/actors.tsv: converted by data/phoenix/convert.py from PETRARCH2's Phoenix actor\n"
                "# dictionaries (github.com/openeventdata/petrarch2, commit 676801c, MIT licence: data/phoenix/source/LICENSE).\n"
                "# offices: country:role:from:to, ;-separated (role: lexicon archive-roles.tsv; from/to YYYY-MM-DD, from empty when\n"
                "# not known; an office still open when the dictionaries were made, 2014-01-30, ends " + OPEN_OFFICES_END + "; an office\n"
                "# without dates holds when no dated one does).\n"
                "# name\taliases\toffices\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"{len(rows)} people, {sum(len(r[2].split(';')) for r in rows)} offices, {len(alpha3)} countries matched", file=sys.stderr)


if __name__ == "__main__":
    main()
