"""Expected key figures and indicators of the impact report on the Clus'Ter Jura seed.

An implementation independent of the Java code: it reads the seed's CSV files with the csv
module and applies the rules of docs/report.md. Run from the repository root:

    python3 backend/src/test/python/report_seed_figures.py

and copy what it prints into ReportSeedFiguresTest when the seed or a rule changes.
"""
import calendar
import csv
import datetime
import os

SEED = "graph-seed/src/main/resources/seed/clusterjura"
POLE = "clusterjura"


def rows(name):
    with open(os.path.join(SEED, name + ".csv"), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def start(text):
    if not text:
        return None
    parts = [int(p) for p in text.split("-")]
    month = parts[1] if len(parts) > 1 else 1
    return datetime.date(parts[0], month, parts[2] if len(parts) > 2 else 1)


def end(text):
    if not text:
        return None
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return datetime.date(parts[0], 12, 31)
    if len(parts) == 2:
        return datetime.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return datetime.date(*parts)


def active_on(r, day):
    f, t = start(r.get("from", "")), end(r.get("to", ""))
    return (f is None or f <= day) and (t is None or t >= day)


def active_in(r, year):
    f, t = start(r.get("from", "")), end(r.get("to", ""))
    return (f is None or f.year <= year) and (t is None or t.year >= year)


actors = rows("actors")
memberships = [m for m in rows("memberships") if m["pole"] == POLE]
projects = rows("projects")
participations = rows("participations")
emergences = rows("emergences")
employees = {a["id"] for a in actors if a["kind"] == "EMPLOYEE"}
emerged = {e["project"] for e in emergences}

for year in (2018, 2019, 2024):
    day = datetime.date(year, 12, 31)
    members = sum(1 for m in memberships if active_on(m, day))
    by_college = {}
    for m in memberships:
        if active_on(m, day):
            by_college[m["college"]] = by_college.get(m["college"], 0) + 1
    team = sum(1 for a in actors if a["kind"] == "EMPLOYEE" and active_on(a, day))
    started = [p for p in projects if start(p["from"]) and start(p["from"]).year == year]
    with_jobs = [p for p in started if p["jobs"]]
    to_date = [p for p in projects if start(p["from"]) and start(p["from"]).year <= year]
    from_events = [p for p in to_date if p["id"] in emerged]
    ideas = {p["id"] for p in projects if p["id"] in emerged
             and (start(p["from"]) is None or start(p["from"]) <= day)}
    taken = {x["project"] for x in participations
             if x["role"] == "LEAD" and x["actor"] != POLE and x["project"] in ideas
             and (start(x["from"]) is None or start(x["from"]) <= day)}
    pole_projects = {x["project"] for x in participations
                     if x["actor"] == POLE and active_in(x, year)}
    partners = {x["actor"] for x in participations
                if x["project"] in pole_projects and active_in(x, year)
                and x["actor"] != POLE and x["actor"] not in employees}
    leading = {x["actor"] for x in participations
               if x["role"] == "LEAD" and active_in(x, year) and x["actor"] in partners}
    print(f"{year}: members {members} {dict(sorted(by_college.items()))}")
    print(f"  team {team}; started {len(started)}, with jobs {len(with_jobs)}"
          f" ({sum(int(p['jobs']) for p in with_jobs)} jobs)")
    print(f"  qualified opportunities {len(from_events)} of {len(to_date)}")
    print(f"  ideas taken up {len(taken)} of {len(ideas)}")
    print(f"  partners {len(partners)}, leading {len(leading)}")
