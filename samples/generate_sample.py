#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Generates the fictional sample neighbourhood Zonnedal into samples/zonnedal/.

Writes actors.csv and ties.csv (the CSV pair of docs/formats.md) and buurten.geojson (the
town's six buurt polygons in RD New). Every person, organisation and place is invented.
The output is byte-identical on every run: one random.Random instance with a fixed seed,
no reliance on set or hash order, fixed number formatting.

    python3 samples/generate_sample.py            # writes samples/zonnedal/
    python3 samples/generate_sample.py --out DIR  # writes DIR/ instead

After writing, the files are read back and checked (references, duplicates, vocabularies,
dates, polygon validity, the story clients described in samples/README.md); any failure
exits with status 1.
"""

import argparse
import csv
import datetime
import json
import math
import os
import random
import sys
from pathlib import Path

SEED = 20261123

START = datetime.date(2024, 1, 1)
END = datetime.date(2025, 12, 31)
LAST_UNTIL = datetime.date(2025, 11, 30)
# Professionals who join or leave during the two years: (first day, last day) at their
# organisation. Their ties are kept inside that window.
EMPLOYED = {
    "p09": (START, datetime.date(2024, 12, 31)),
    "p14": (datetime.date(2024, 6, 1), None),
    "p16": (datetime.date(2024, 12, 1), None),
}
REF_YEAR = 2025

CRS = "EPSG:28992"
GEMEENTE = ("GM9999", "Zonnedal")
WIJKEN = {"WK999901": "Zonnedal-Noord", "WK999902": "Zonnedal-Zuid"}
X0, Y0 = 150000.0, 450000.0
GRID_X = [0.0, 840.0, 1690.0, 2500.0]
GRID_Y = [0.0, 980.0, 2000.0]
# (column, row) of the grid cell -> buurt code and name; row 1 is the north.
BUURTEN = [
    ((0, 1), "BU99990101", "Oude Dorp"),
    ((1, 1), "BU99990102", "Molenkwartier"),
    ((2, 1), "BU99990103", "Ruïnepark"),
    ((0, 0), "BU99990201", "Bloemenbuurt"),
    ((1, 0), "BU99990202", "Zonnehoek"),
    ((2, 0), "BU99990203", "Het Hooiveld"),
]
# Generic households per buurt (story households come on top).
HOUSEHOLDS_PER_BUURT = {
    "BU99990101": 27, "BU99990102": 27, "BU99990103": 22,
    "BU99990201": 25, "BU99990202": 24, "BU99990203": 20,
}

ACTOR_COLUMNS = ["id", "name", "kind", "pseudonym", "x", "y", "crs", "area",
                 "organisation", "client", "birth_year"]
TIE_COLUMNS = ["source", "target", "kind", "strength", "valence", "direction", "support",
               "frequency", "since", "until", "closeness", "note"]

ACTOR_KINDS = ["resident", "professional", "volunteer", "organisation", "place", "group"]
TIE_KINDS = ["household", "family", "friend", "neighbour", "colleague", "volunteer_help",
             "membership", "care", "employment", "collaboration", "referral"]
INFORMAL = ["household", "family", "friend", "neighbour", "colleague", "volunteer_help",
            "membership"]
STRENGTHS = ["strong", "normal", "weak"]
VALENCES = ["supportive", "neutral", "stressful", "conflict"]
DIRECTIONS = ["to_target", "to_source", "both", "none"]
FREQUENCIES = ["daily", "weekly", "monthly", "yearly", "rarely"]
CLOSENESS = ["close", "middle", "far"]

FIRST_NAMES = [
    "Anna", "Bram", "Daan", "Eva", "Fleur", "Gijs", "Hanna", "Iris", "Jeroen", "Joost",
    "Kees", "Lotte", "Maarten", "Noor", "Olaf", "Pien", "Ruud", "Sanne", "Thijs", "Vera",
    "Wim", "Yara", "Zoë", "Anaïs", "Renée", "Noël", "Chloë", "Daniël", "Joëlle", "Raphaël",
    "Ilse", "Gerrit", "Henk", "Truus", "Riet", "Joke", "Mies", "Bep", "Sjaak", "Hennie",
    "Ans", "Fatima", "Mohammed", "Yusuf", "Ayşe", "Mehmet", "Priya", "Łukasz", "Agnieszka",
    "Sven", "Femke", "Lieke", "Mark", "Sophie", "Luuk", "Emma", "Milan", "Julia", "Sem",
    "Tess", "Ruben", "Nina", "Stijn", "Roos", "Koen", "Mila", "Jesse", "Lina", "Teun",
    "Saar", "Bas", "Nadia", "Kofi", "Esmée", "Björn", "Inès", "Chantal", "Rachid", "Marloes",
    "Dirk", "Greetje", "Jan", "Marijke", "Hüseyin", "Céline", "Aaf", "Jop", "Fenna", "Otto",
]
SURNAMES = [
    "Appelboom", "Zonnebloem", "Hagelslag", "Pannenkoek", "Klaproos", "Kaasschaaf",
    "Oliebol", "Poffertje", "Speculaas", "Tulpenbol", "Molenwiek", "Hutspot", "Kroket",
    "Bitterbal", "Zuurkool", "Muisjes", "Beschuit", "Ontbijtkoek", "Kruidnoot", "Pepernoot",
    "Taaitaai", "Drop", "Snoepwinkel", "Eénhoorn", "van Drieënhuizen", "Zeeëgel",
    "van 't Fietspad", "de Wolkenkrabber", "van der Knikkerbaan", "Schaatsenrijder",
    "Dijkgraaf-Boterham", "Kletskop", "Slagroom", "Tompouce", "Rookworst", "Erwtensoep",
    "Stamppot", "Vlaflip", "Karnemelk", "Suikerspin", "Roomboter", "ter Koekoeksklok",
]
PRO_SURNAMES = [
    "Paraplu", "Regenjas", "Fietsbel", "Theepot", "Koffiekan", "Lantaarn", "Vlieger",
    "Zeepbel", "Kompas", "Knoop", "Vergiet", "Agenda", "Nietmachine", "Paperclip",
    "Stempel", "Gummetje",
]
VOLUNTEER_SURNAMES = [
    "Lieveheersbeestje", "Duizendpoot", "Honingraat", "Goudvink", "Zonnestraal",
    "Regenboog", "Klavertje", "Madeliefje", "Vlinderstrik", "Boomhut", "Vuurvlieg",
    "Hazelnoot", "Sneeuwklokje", "Kastanje", "Wilgenkatje",
]

NOTE_COMMA = "mantelzorger sinds de diagnose, zeven dagen per week"
NOTE_NEWLINE = "belt af en toe\nwil dat vader naar een verpleeghuis gaat"
NOTE_QUOTE = 'noemt haar "de redder in nood"'


# ---------------------------------------------------------------------------- geometry

def ring_area(ring):
    """Signed area (shoelace) of a closed ring; positive when counter-clockwise."""
    s = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        s += x1 * y2 - x2 * y1
    return s / 2.0


def point_in_ring(x, y, ring):
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        if (y1 > y) != (y2 > y):
            xc = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if x < xc:
                inside = not inside
    return inside


def segment_distance(px, py, x1, y1, x2, y2):
    dx, dy = x2 - x1, y2 - y1
    t = ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy)
    t = max(0.0, min(1.0, t))
    return math.hypot(px - (x1 + t * dx), py - (y1 + t * dy))


def boundary_distance(x, y, ring):
    return min(segment_distance(x, y, a[0], a[1], b[0], b[1]) for a, b in zip(ring, ring[1:]))


def orient(a, b, c):
    v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    return (v > 0) - (v < 0)


def segments_intersect(a, b, c, d):
    o1, o2, o3, o4 = orient(a, b, c), orient(a, b, d), orient(c, d, a), orient(c, d, b)
    if o1 != o2 and o3 != o4:
        return True

    def on(p, q, r):
        return min(p[0], q[0]) <= r[0] <= max(p[0], q[0]) and \
            min(p[1], q[1]) <= r[1] <= max(p[1], q[1])
    return (o1 == 0 and on(a, b, c)) or (o2 == 0 and on(a, b, d)) or \
        (o3 == 0 and on(c, d, a)) or (o4 == 0 and on(c, d, b))


def ring_is_simple(ring):
    n = len(ring) - 1
    if len({(p[0], p[1]) for p in ring[:-1]}) != n:
        return False
    for i in range(n):
        for j in range(i + 1, n):
            if j == i + 1 or (i == 0 and j == n - 1):
                continue
            if segments_intersect(ring[i], ring[i + 1], ring[j], ring[j + 1]):
                return False
    return True


def r1(v):
    return round(v, 1)


def build_geometry(rng):
    """A slightly irregular 3x2 grid of buurten sharing every vertex with its neighbours."""
    nx, ny = len(GRID_X), len(GRID_Y)
    corner = {}
    for j in range(ny):
        for i in range(nx):
            x, y = GRID_X[i], GRID_Y[j]
            on_x_edge = i in (0, nx - 1)
            on_y_edge = j in (0, ny - 1)
            if not on_x_edge:
                x += rng.uniform(-70.0, 70.0)
            if not on_y_edge:
                y += rng.uniform(-60.0, 60.0)
            corner[(i, j)] = (x, y)

    edges = {}  # (a, b) with a < b in (i, j) order -> intermediate points from a to b

    def edge_points(a, b, outer):
        key = (a, b) if a < b else (b, a)
        if key not in edges:
            (ax, ay), (bx, by) = corner[key[0]], corner[key[1]]
            length = math.hypot(bx - ax, by - ay)
            nxv, nyv = -(by - ay) / length, (bx - ax) / length
            amp = 25.0 if outer else 40.0
            pts = []
            for t in (1.0 / 3.0, 2.0 / 3.0):
                t += rng.uniform(-0.06, 0.06)
                off = rng.uniform(-amp, amp)
                pts.append((ax + t * (bx - ax) + off * nxv, ay + t * (by - ay) + off * nyv))
            edges[key] = pts
        pts = edges[key]
        return pts if key == (a, b) else list(reversed(pts))

    def is_outer(a, b):
        return (a[1] == b[1] and a[1] in (0, ny - 1)) or (a[0] == b[0] and a[0] in (0, nx - 1))

    def walk(path):
        ring = []
        for a, b in zip(path, path[1:]):
            ring.append(corner[a])
            ring.extend(edge_points(a, b, is_outer(a, b)))
        ring.append(ring[0])
        return [[r1(X0 + x), r1(Y0 + y)] for x, y in ring]

    polygons = {}
    for (i, j), code, _name in BUURTEN:
        path = [(i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1), (i, j)]
        polygons[code] = walk(path)
    outline = [(i, 0) for i in range(nx)] + [(nx - 1, j) for j in range(1, ny)] + \
        [(i, ny - 1) for i in range(nx - 2, -1, -1)] + [(0, j) for j in range(ny - 2, -1, -1)]
    return polygons, walk(outline)


# ---------------------------------------------------------------------------- the town

class Town:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.actors = []
        self.actor = {}
        self.ties = []
        self.tie_key = {}
        self.used_names = {}
        self.households = []          # dicts: id, area, x, y, members [(id, role)]
        self.household_of = {}
        self.exempt = set()           # story people kept out of generic tie making
        self.isolated = set()         # must end with no informal tie
        self.polygons, self.outline = build_geometry(self.rng)

    # ------------------------------------------------------------ small helpers
    def choice_w(self, pairs):
        values = [v for v, _ in pairs]
        weights = [w for _, w in pairs]
        return self.rng.choices(values, weights=weights)[0]

    def rdate(self, lo, hi):
        return lo + datetime.timedelta(days=self.rng.randint(0, (hi - lo).days))

    def since_generic(self, p_baseline=0.7):
        if self.rng.random() < p_baseline:
            return START
        return self.rdate(START + datetime.timedelta(days=1), datetime.date(2025, 10, 31))

    def until_maybe(self, since, p):
        if self.rng.random() >= p:
            return None
        lo = since + datetime.timedelta(days=60)
        if lo > LAST_UNTIL:
            return None
        return self.rdate(lo, LAST_UNTIL)

    def point_in_buurt(self, code, margin=25.0):
        ring = self.polygons[code]
        xs = [p[0] for p in ring]
        ys = [p[1] for p in ring]
        while True:
            x = r1(self.rng.uniform(min(xs), max(xs)))
            y = r1(self.rng.uniform(min(ys), max(ys)))
            if point_in_ring(x, y, ring) and boundary_distance(x, y, ring) >= margin:
                return x, y

    def unique_name(self, surname, first=None):
        for _ in range(1000):
            f = first or self.rng.choice(FIRST_NAMES)
            name = f"{f} {surname}"
            if name not in self.used_names:
                self.used_names[name] = True
                return name
            if first:
                raise ValueError(f"name taken: {name}")
        raise RuntimeError("no free name")

    def add_actor(self, aid, name, kind, **fields):
        if aid in self.actor:
            raise ValueError(f"duplicate actor id {aid}")
        a = {c: "" for c in ACTOR_COLUMNS}
        a.update(id=aid, name=name, kind=kind)
        for k, v in fields.items():
            a[k] = "" if v is None else str(v)
        self.actors.append(a)
        self.actor[aid] = a
        return a

    def set_xy(self, aid, x, y, area):
        a = self.actor[aid]
        a["x"], a["y"], a["crs"], a["area"] = f"{x:.1f}", f"{y:.1f}", CRS, area

    def has_tie(self, s, t, kind):
        return (min(s, t), max(s, t), kind) in self.tie_key

    def tie(self, s, t, kind, strength="", valence="", direction="", support="",
            frequency="", since=None, until=None, closeness="", note=""):
        """Adds a tie unless it is a self tie or the pair already has a tie of this kind."""
        if s == t or self.has_tie(s, t, kind):
            return None
        if s not in self.actor or t not in self.actor:
            raise KeyError(f"unknown actor in tie {s} -> {t}")
        for who in (s, t):
            if who in EMPLOYED:
                lo, hi = EMPLOYED[who]
                since = max(since, lo) if since else lo
                if hi:
                    until = min(until, hi) if until else hi
        if since and until and until < since:
            return None
        row = dict(source=s, target=t, kind=kind, strength=strength, valence=valence,
                   direction=direction, support=support, frequency=frequency,
                   since=since.isoformat() if since else "",
                   until=until.isoformat() if until else "", closeness=closeness, note=note)
        self.tie_key[(min(s, t), max(s, t), kind)] = len(self.ties)
        self.ties.append(row)
        return row

    def age(self, aid):
        return REF_YEAR - int(self.actor[aid]["birth_year"])

    def is_adult(self, aid):
        return self.age(aid) >= 18

    # ------------------------------------------------------------ organisations etc.
    def build_institutions(self):
        orgs = [
            ("org-wijkteam", "Wijkteam Zonnedal", "BU99990102"),
            ("org-welzijn", "Stichting Welzijn Zonnedal", "BU99990102"),
            ("org-thuiszorg", "Thuiszorg Klavertje Vier", "BU99990202"),
            ("org-jeugdhulp", "Jeugdhulp De Vlieger", "BU99990101"),
            ("org-schuldhulp", "Budgetbureau De Spaarpot", "BU99990203"),
        ]
        for oid, name, area in orgs:
            self.add_actor(oid, name, "organisation")
            self.set_xy(oid, *self.point_in_buurt(area, 60.0), area)

        places = [
            ("pl-huis-van-de-wijk", "Huis van de Wijk De Zonnewijzer", "BU99990102"),
            ("pl-school", "Basisschool De Regenboog", "BU99990202"),
        ]
        for pid, name, area in places:
            self.add_actor(pid, name, "place")
            self.set_xy(pid, *self.point_in_buurt(area, 60.0), area)

        hvdw = self.actor["pl-huis-van-de-wijk"]
        groups = [
            ("grp-bewonersgroep", "Bewonersgroep Zonnedal Samen"),
            ("grp-burenhulp", "Burenhulp Zonnedal"),
            ("grp-eetclub", "Eetclub Aan Tafel"),
        ]
        for gid, name in groups:
            self.add_actor(gid, name, "group")
            # The groups meet in the Huis van de Wijk.
            self.set_xy(gid, float(hvdw["x"]), float(hvdw["y"]), hvdw["area"])

        # Professionals: three per organisation, plus p16 who takes over from p09 in 2025.
        pro_orgs = ["org-wijkteam"] * 3 + ["org-welzijn"] * 3 + ["org-thuiszorg"] * 3 + \
            ["org-jeugdhulp"] * 3 + ["org-schuldhulp"] * 3 + ["org-thuiszorg"]
        for n, org in enumerate(pro_orgs, start=1):
            pid = f"p{n:02d}"
            self.add_actor(pid, self.unique_name(PRO_SURNAMES[n - 1]), "professional",
                           pseudonym=f"Professional {n:02d}", organisation=org,
                           birth_year=self.rng.randint(1962, 1998))
            since, until = EMPLOYED.get(pid, (START, None))
            self.tie(pid, org, "employment", strength="normal", valence="neutral",
                     direction="none", since=since, until=until)

        self.tie("org-wijkteam", "org-welzijn", "collaboration", strength="strong",
                 valence="supportive", direction="both", support="A", frequency="weekly",
                 since=START)
        self.tie("org-wijkteam", "org-schuldhulp", "collaboration", strength="normal",
                 valence="supportive", direction="both", support="A", frequency="monthly",
                 since=datetime.date(2025, 1, 1), note="convenant vroegsignalering schulden")

        for n in range(1, 16):
            vid = f"v{n:02d}"
            area = BUURTEN[self.rng.randrange(len(BUURTEN))][1]
            self.add_actor(vid, self.unique_name(VOLUNTEER_SURNAMES[n - 1]), "volunteer",
                           pseudonym=f"Vrijwilliger {n:02d}",
                           birth_year=self.rng.randint(1944, 2002))
            self.set_xy(vid, *self.point_in_buurt(area), area)
            since = self.since_generic(0.6)
            self.tie(vid, "grp-burenhulp", "membership", strength="normal",
                     valence="supportive", direction="both", support="G",
                     frequency="monthly", since=since, until=self.until_maybe(since, 0.1))

    # ------------------------------------------------------------ residents, households
    def new_resident(self, surname, birth_year, rid=None, first=None):
        if rid is None:
            rid = f"r{self.next_resident:03d}"
            self.next_resident += 1
        self.add_actor(rid, self.unique_name(surname, first), "resident", client="no",
                       birth_year=birth_year)
        return rid

    def household_ties(self, members, since_of):
        for a in range(len(members)):
            for b in range(a + 1, len(members)):
                (ida, ra), (idb, rb) = members[a], members[b]
                since = max(since_of.get(ida, START), since_of.get(idb, START))
                if ra == "adult" and rb == "adult":
                    self.tie(ida, idb, "household", strength="strong",
                             valence=self.choice_w([("supportive", 85), ("neutral", 8),
                                                    ("stressful", 5), ("conflict", 2)]),
                             direction="both",
                             support=self.choice_w([("PGE", 50), ("PGAE", 30), ("PG", 20)]),
                             frequency="daily", since=since)
                elif ra == "adult" or rb == "adult":
                    parent, child = (ida, idb) if ra == "adult" else (idb, ida)
                    self.tie(parent, child, "household", strength="strong",
                             valence=self.choice_w([("supportive", 85), ("stressful", 15)]),
                             direction="to_target" if not self.is_adult(child) else "both",
                             support=self.choice_w([("PGE", 60), ("PGAE", 40)]),
                             frequency="daily", since=since)
                else:
                    self.tie(ida, idb, "household",
                             strength=self.choice_w([("strong", 60), ("normal", 40)]),
                             valence=self.choice_w([("supportive", 70), ("neutral", 15),
                                                    ("stressful", 15)]),
                             direction="both", support="G", frequency="daily", since=since)

    def place_household(self, area, members, pos=None, since_of=None):
        hid = f"h{len(self.households) + 1:03d}"
        x, y = pos if pos else self.point_in_buurt(area)
        hh = dict(id=hid, area=area, x=x, y=y, members=list(members))
        self.households.append(hh)
        for rid, _role in members:
            self.set_xy(rid, x, y, area)
            self.household_of[rid] = hh
        self.household_ties(members, since_of or {})
        return hh

    def explicit_household(self, area, spec, pos=None):
        """spec: list of (id or None, first or None, surname, birth_year, role)."""
        members = [(self.new_resident(sn, by, rid, first), role)
                   for rid, first, sn, by, role in spec]
        return self.place_household(area, members, pos)

    def build_generic_households(self):
        rng = self.rng
        blocks = {}
        for _cell, code, _name in BUURTEN:
            blocks[code] = [self.point_in_buurt(code, 60.0) for _ in range(2)]
        derived_from = []   # (parent household, child household)
        children_count = {}
        for _cell, code, _name in BUURTEN:
            for _ in range(HOUSEHOLDS_PER_BUURT[code]):
                size = self.choice_w([(1, 30), (2, 32), (3, 15), (4, 15), (5, 8)])
                parent = None
                if rng.random() < 0.3:
                    cands = [h for h in self.households if h.get("generic")
                             and int(self.actor[h["members"][0][0]]["birth_year"]) <= 1972
                             and children_count.get(h["id"], 0) < 2]
                    if cands:
                        parent = rng.choice(cands)
                if size >= 3:
                    lo, hi = 1972, 1996
                elif size == 2:
                    lo, hi = 1940, 2000
                else:
                    lo, hi = 1935, 2005
                if parent:
                    pby = int(self.actor[parent["members"][0][0]]["birth_year"])
                    head_by = min(pby + rng.randint(24, 36), hi)
                    surname = self.actor[parent["members"][0][0]]["name"].split(" ", 1)[1]
                else:
                    head_by = rng.randint(lo, hi)
                    surname = rng.choice(SURNAMES)
                spec = [(None, None, surname, head_by, "adult")]
                couple = size >= 2 and (rng.random() < (0.75 if size == 2 else 0.85))
                if couple:
                    psn = surname if rng.random() < 0.6 else rng.choice(SURNAMES)
                    spec.append((None, None, psn, head_by + rng.randint(-5, 5), "adult"))
                youngest_parent = max(s[3] for s in spec)
                kids = sorted(min(youngest_parent + rng.randint(22, 40), REF_YEAR)
                              for _ in range(size - len(spec)))
                for kby in kids:
                    spec.append((None, None, surname, max(kby, head_by + 18), "child"))
                pos = None
                if rng.random() < 0.3:
                    bx, by = rng.choice(blocks[code])
                    pos = (r1(bx + rng.uniform(-8, 8)), r1(by + rng.uniform(-8, 8)))
                hh = self.explicit_household(code, spec, pos)
                hh["generic"] = True
                if parent:
                    derived_from.append((parent, hh))
                    children_count[parent["id"]] = children_count.get(parent["id"], 0) + 1

        # Babies born during the two years: household ties start on the birth date.
        cands = [h for h in self.households if h.get("generic") and len(h["members"]) <= 4
                 and sum(1 for _m, r in h["members"] if r == "adult") == 2
                 and 1988 <= int(self.actor[h["members"][0][0]]["birth_year"]) <= 1996]
        for hh in rng.sample(cands, 3):
            born = self.rdate(datetime.date(2024, 3, 1), datetime.date(2025, 10, 31))
            surname = self.actor[hh["members"][0][0]]["name"].split(" ", 1)[1]
            baby = self.new_resident(surname, born.year)
            hh["members"].append((baby, "child"))
            self.set_xy(baby, hh["x"], hh["y"], hh["area"])
            self.household_of[baby] = hh
            self.household_ties(hh["members"], {baby: born})

        # Family ties between parent and grown-up child households, and between siblings.
        by_parent = {}
        for parent, child in derived_from:
            by_parent.setdefault(parent["id"], []).append(child)
            p_adults = [m for m, r in parent["members"] if r == "adult"]
            c_head = child["members"][0][0]
            for i, pa in enumerate(p_adults):
                if i > 0 and rng.random() < 0.3:
                    continue
                self.family_tie(c_head, pa)
            for kid, role in child["members"]:
                if role == "child" and rng.random() < 0.4:
                    self.tie(p_adults[0], kid, "family", strength="normal",
                             valence="supportive", direction="to_target",
                             support=self.choice_w([("G", 60), ("GE", 40)]),
                             frequency=self.choice_w([("weekly", 50), ("monthly", 50)]),
                             since=START)
        for pid in sorted(by_parent):
            kids = by_parent[pid]
            for a in range(len(kids)):
                for b in range(a + 1, len(kids)):
                    if rng.random() < 0.7:
                        self.family_tie(kids[a]["members"][0][0], kids[b]["members"][0][0])

    def family_tie(self, a, b, **over):
        rng = self.rng
        attrs = dict(
            strength=self.choice_w([("strong", 45), ("normal", 40), ("weak", 15)]),
            valence=self.choice_w([("supportive", 72), ("neutral", 15), ("stressful", 9),
                                   ("conflict", 4)]),
            direction=self.choice_w([("both", 60), ("to_target", 25), ("to_source", 15)]),
            support=self.choice_w([("", 40), ("E", 15), ("PE", 15), ("AE", 10), ("G", 10),
                                   ("PGAE", 10)]),
            frequency=self.choice_w([("weekly", 45), ("monthly", 35), ("yearly", 15),
                                     ("rarely", 5)]),
            since=START)
        attrs.update(over)
        if rng.random() < 0.05 and "until" not in over:
            attrs["until"] = self.rdate(datetime.date(2024, 6, 1), LAST_UNTIL)
        return self.tie(a, b, "family", **attrs)

    # ------------------------------------------------------------ generic informal ties
    def adults(self, exclude_exempt=True):
        return [a["id"] for a in self.actors if a["kind"] == "resident" and self.is_adult(a["id"])
                and not (exclude_exempt and a["id"] in self.exempt)]

    def friend_attrs(self):
        since = self.since_generic(0.75)
        return dict(
            strength=self.choice_w([("strong", 25), ("normal", 50), ("weak", 25)]),
            valence=self.choice_w([("supportive", 72), ("neutral", 20), ("stressful", 6),
                                   ("conflict", 2)]),
            direction=self.choice_w([("both", 80), ("to_target", 10), ("to_source", 10)]),
            support=self.choice_w([("", 45), ("G", 20), ("GE", 15), ("GA", 10), ("AE", 10)]),
            frequency=self.choice_w([("weekly", 40), ("monthly", 40), ("yearly", 15),
                                     ("rarely", 5)]),
            since=since, until=self.until_maybe(since, 0.1))

    def neighbour_attrs(self):
        since = self.since_generic(0.7)
        return dict(
            strength=self.choice_w([("weak", 50), ("normal", 45), ("strong", 5)]),
            valence=self.choice_w([("supportive", 60), ("neutral", 30), ("stressful", 6),
                                   ("conflict", 4)]),
            direction="both",
            support=self.choice_w([("", 50), ("P", 25), ("G", 15), ("PG", 10)]),
            frequency=self.choice_w([("weekly", 45), ("monthly", 45), ("daily", 10)]),
            since=since, until=self.until_maybe(since, 0.12))

    def build_friendships(self):
        rng = self.rng
        pool = self.adults()
        weights = [min(rng.paretovariate(1.4), 40.0) for _ in pool]
        cum, total = [], 0.0
        for w in weights:
            total += w
            cum.append(total)
        target = round(1.3 * len(pool))
        made, attempts = 0, 0
        while made < target and attempts < 200000:
            attempts += 1
            a = rng.choices(pool, cum_weights=cum)[0]
            b = rng.choices(pool, cum_weights=cum)[0]
            if a == b or self.household_of[a] is self.household_of[b]:
                continue
            if rng.random() > math.exp(-abs(self.age(a) - self.age(b)) / 12.0):
                continue
            if self.tie(a, b, "friend", **self.friend_attrs()):
                made += 1

        kids = [a["id"] for a in self.actors if a["kind"] == "resident"
                and 4 <= self.age(a["id"]) < 18 and a["id"] not in self.exempt]
        made, attempts = 0, 0
        while made < len(kids) and attempts < 20000:
            attempts += 1
            a, b = rng.choice(kids), rng.choice(kids)
            if a == b or abs(self.age(a) - self.age(b)) > 2 or \
                    self.household_of[a] is self.household_of[b]:
                continue
            if self.tie(a, b, "friend", strength=self.choice_w([("strong", 40), ("normal", 60)]),
                        valence="supportive", direction="both", support="G",
                        frequency="weekly", since=self.since_generic(0.8)):
                made += 1

    def nearest_households(self, hh, max_dist):
        out = []
        for other in self.households:
            if other is hh:
                continue
            d = math.hypot(other["x"] - hh["x"], other["y"] - hh["y"])
            if d <= max_dist:
                out.append((d, other["id"], other))
        out.sort(key=lambda t: (t[0], t[1]))
        return [o for _d, _id, o in out]

    def hh_adults(self, hh):
        return [m for m, r in hh["members"] if self.is_adult(m) and m not in self.exempt]

    def build_neighbours(self):
        rng = self.rng
        for hh in self.households:
            mine = self.hh_adults(hh)
            if not mine:
                continue
            for other in self.nearest_households(hh, 180.0)[:4]:
                theirs = self.hh_adults(other)
                if theirs and rng.random() < 0.45:
                    self.tie(rng.choice(mine), rng.choice(theirs), "neighbour",
                             **self.neighbour_attrs())

    def build_colleagues(self):
        rng = self.rng
        pool = [a for a in self.adults() if 20 <= self.age(a) <= 66]
        made = 0
        while made < 14:
            a, b = rng.sample(pool, 2)
            if self.household_of[a] is self.household_of[b]:
                continue
            since = self.since_generic(0.6)
            if self.tie(a, b, "colleague", strength=self.choice_w([("weak", 50), ("normal", 50)]),
                        valence=self.choice_w([("neutral", 50), ("supportive", 40),
                                               ("stressful", 10)]),
                        direction="both", support=self.choice_w([("", 60), ("A", 25), ("G", 15)]),
                        frequency="weekly", since=since, until=self.until_maybe(since, 0.15)):
                made += 1

    def membership(self, person, group, **over):
        since = self.since_generic(0.6)
        attrs = dict(strength=self.choice_w([("weak", 55), ("normal", 45)]),
                     valence=self.choice_w([("supportive", 70), ("neutral", 30)]),
                     direction=self.choice_w([("to_source", 60), ("both", 40)]),
                     support=self.choice_w([("G", 60), ("GA", 25), ("", 15)]),
                     frequency=self.choice_w([("weekly", 50), ("monthly", 50)]),
                     since=since, until=self.until_maybe(since, 0.1))
        attrs.update(over)
        return self.tie(person, group, "membership", **attrs)

    def build_memberships(self):
        rng = self.rng
        adults = self.adults()
        elderly = [a for a in adults if self.age(a) >= 65]
        for a in rng.sample(adults, 36) + rng.sample(elderly, min(10, len(elderly))):
            self.membership(a, "pl-huis-van-de-wijk")
        for a in rng.sample(adults, 18):
            self.membership(a, "grp-bewonersgroep",
                            support=self.choice_w([("GA", 50), ("A", 30), ("G", 20)]))
        for a in rng.sample(elderly, min(12, len(elderly))):
            self.membership(a, "grp-eetclub", support="G", frequency="weekly")
        for a in rng.sample([x for x in adults if self.age(x) < 70], 6):
            self.membership(a, "grp-burenhulp", direction="to_target", support="P")
        for a in self.actors:
            if a["kind"] == "resident" and 4 <= self.age(a["id"]) <= 12 \
                    and a["id"] not in self.exempt:
                self.tie(a["id"], "pl-school", "membership", strength="normal",
                         valence="supportive", direction="to_source", support="GA",
                         frequency="daily", since=START)

    def volunteer_help(self, vol, resident, **over):
        since = self.since_generic(0.5)
        attrs = dict(strength="normal",
                     valence=self.choice_w([("supportive", 90), ("neutral", 10)]),
                     direction="to_target",
                     support=self.choice_w([("P", 30), ("G", 30), ("PG", 25), ("GA", 15)]),
                     frequency=self.choice_w([("weekly", 60), ("monthly", 40)]),
                     since=since, until=self.until_maybe(since, 0.25))
        attrs.update(over)
        return self.tie(vol, resident, "volunteer_help", **attrs)

    def build_volunteer_help(self):
        rng = self.rng
        adults = self.adults()
        elderly = [a for a in adults if self.age(a) >= 70]
        for n in range(1, 16):
            vid = f"v{n:02d}"
            for _ in range(rng.randint(1, 3)):
                pool = elderly if rng.random() < 0.7 else adults
                self.volunteer_help(vid, rng.choice(pool))

    # ------------------------------------------------------------ formal care
    def care(self, pro, client, **over):
        self.actor[client]["client"] = "yes"
        since = over.pop("since", None) or self.since_generic(0.4)
        attrs = dict(strength="normal",
                     valence=self.choice_w([("supportive", 70), ("neutral", 22),
                                            ("stressful", 8)]),
                     direction="to_target",
                     support=self.choice_w([("A", 35), ("P", 20), ("AE", 25), ("PA", 20)]),
                     frequency=self.choice_w([("weekly", 55), ("monthly", 45)]),
                     since=since)
        attrs.update(over)
        return self.tie(pro, client, "care", **attrs)

    def collab(self, a, b, **over):
        attrs = dict(strength=self.choice_w([("normal", 60), ("weak", 40)]),
                     valence=self.choice_w([("supportive", 75), ("neutral", 25)]),
                     direction="both", support="A",
                     frequency=self.choice_w([("weekly", 40), ("monthly", 60)]),
                     since=self.since_generic(0.7))
        attrs.update(over)
        return self.tie(a, b, "collaboration", **attrs)

    def build_generic_care(self):
        rng = self.rng
        adults = self.adults()
        elderly = [a for a in adults if self.age(a) >= 75]
        kids = [a["id"] for a in self.actors if a["kind"] == "resident"
                and 8 <= self.age(a["id"]) < 18 and a["id"] not in self.exempt]
        working = [a for a in adults if 23 <= self.age(a) <= 65]
        singles = [a for a in adults if len(self.household_of[a]["members"]) == 1]

        for c in rng.sample(elderly, 6):
            pro = rng.choice(["p07", "p08", "p09"])
            if pro == "p09":
                since = self.rdate(START, datetime.date(2024, 9, 30))
                self.care("p09", c, since=since, until=datetime.date(2024, 12, 31),
                          support="P", frequency="daily")
                self.care("p16", c, since=datetime.date(2025, 1, 1), support="P",
                          frequency="daily", note="overgedragen door collega")
            else:
                self.care(pro, c, support=self.choice_w([("P", 70), ("PE", 30)]),
                          frequency=self.choice_w([("daily", 60), ("weekly", 40)]))
        for c in rng.sample(adults, 6):
            self.care(rng.choice(["p01", "p02", "p03"]), c)
        for c in rng.sample(singles, 5):
            self.care(rng.choice(["p04", "p05", "p06"]), c,
                      support=self.choice_w([("G", 40), ("GA", 30), ("GE", 30)]))
        for c in rng.sample(kids, 4):
            since = self.rdate(START, datetime.date(2025, 3, 31))
            self.care(rng.choice(["p10", "p11", "p12"]), c, since=since,
                      until=self.until_maybe(since, 0.5))
        for c in rng.sample(working, 4):
            since = self.rdate(START, datetime.date(2025, 6, 30))
            self.care(rng.choice(["p13", "p14", "p15"]), c, since=since,
                      valence=self.choice_w([("supportive", 50), ("neutral", 30),
                                             ("stressful", 20)]),
                      support=self.choice_w([("PA", 60), ("A", 40)]))
        # A few more clients followed by two organisations at once.
        for c in rng.sample(adults, 3):
            self.care(rng.choice(["p01", "p02", "p03"]), c)
            self.care(rng.choice(["p04", "p05", "p06"]), c)

    # ------------------------------------------------------------ stories
    def pick(self, n, lo_age, hi_age, avoid=()):
        """n distinct non-story adults in an age band, none from the households in avoid."""
        avoid_hh = [self.household_of[a]["id"] for a in avoid]
        pool = [a for a in self.adults() if lo_age <= self.age(a) <= hi_age
                and self.household_of[a]["id"] not in avoid_hh]
        return self.rng.sample(pool, n)

    def nearby_adults(self, ego, n, max_dist=400.0):
        out = []
        for hh in self.nearest_households(self.household_of[ego], max_dist):
            ad = self.hh_adults(hh)
            if ad:
                out.append(ad[0])
            if len(out) == n:
                break
        return out

    def build_story_households(self):
        """Creates the story egos' own households first (coordinates, household ties)."""
        s = self.exempt
        # Story 1: a father with five professionals from five organisations.
        self.explicit_household("BU99990203", [
            ("c-five-pros", "Sjaak", "Stroopwafel", 1971, "adult"),
            (None, "Daan", "Stroopwafel", 2011, "child")])
        s.add("c-five-pros")
        # Story 2: an older woman caring for her husband with dementia.
        self.explicit_household("BU99990101", [
            ("c-carer", "Riet", "Boterbloem", 1947, "adult"),
            ("c-dementia", "Henk", "Boterbloem", 1943, "adult")])
        s.update(["c-carer", "c-dementia"])
        # Story 3: a young person whose only contacts are professionals.
        self.explicit_household("BU99990201", [
            ("c-young-pros-only", "Zoë", "Kaasschaaf", 2005, "adult")])
        s.add("c-young-pros-only")
        # Story 4: residents with no informal tie at all.
        for rid, first, sn, by, area in [
                ("c-isolated-pro-1", "Gerrit", "Eénhoorn", 1939, "BU99990103"),
                ("c-isolated-pro-2", "Ans", "van Drieënhuizen", 1958, "BU99990202"),
                ("r-isolated-1", "Bep", "Zeeëgel", 1944, "BU99990102"),
                ("r-isolated-2", "Mehmet", "Dropveter", 1967, "BU99990203"),
                ("r-isolated-3", "Łukasz", "Beschuit", 1990, "BU99990101")]:
            self.explicit_household(area, [(rid, first, sn, by, "adult")])
            s.add(rid)
            self.isolated.add(rid)
        self.isolated.add("c-young-pros-only")
        # Ordinary clients with mixed networks.
        self.explicit_household("BU99990202", [
            ("c-mixed-family", "Fatima", "Pannenkoek", 1986, "adult"),
            (None, "Yusuf", "Pannenkoek", 2010, "child"),
            (None, "Noor", "Pannenkoek", 2014, "child"),
            (None, "Inès", "Pannenkoek", 2019, "child")])
        self.explicit_household("BU99990103", [
            ("c-mixed-elder", "Wim", "Klaproos", 1946, "adult")])
        self.explicit_household("BU99990102", [
            ("c-mixed-worker", "Jeroen", "van der Knikkerbaan", 1980, "adult"),
            (None, "Anaïs", "Slagroom", 1982, "adult"),
            (None, "Milan", "van der Knikkerbaan", 2016, "child")])
        s.update(["c-mixed-family", "c-mixed-elder", "c-mixed-worker"])

    def build_story_relatives(self):
        """Relatives of the story egos, living elsewhere in town (created before generic
        households so their ids are stable)."""
        self.rel = {}
        hh = self.explicit_household("BU99990102", [
            (None, "Chantal", "Hagelslag", 1976, "adult")])
        self.rel["five_ex"] = hh["members"][0][0]
        hh = self.explicit_household("BU99990201", [
            (None, "Kees", "Stroopwafel", 1968, "adult"),
            (None, "Marloes", "Tompouce", 1970, "adult")])
        self.rel["five_brother"] = hh["members"][0][0]
        hh = self.explicit_household("BU99990203", [
            (None, "Ingrid", "Boterbloem", 1972, "adult"),
            (None, "Ruben", "Kletskop", 1970, "adult"),
            (None, "Lieke", "Boterbloem", 2004, "child")])
        self.rel["carer_daughter"] = hh["members"][0][0]
        self.rel["carer_granddaughter"] = hh["members"][2][0]
        hh = self.explicit_household("BU99990103", [
            (None, "Gijs", "Boterbloem", 1975, "adult")])
        self.rel["carer_son"] = hh["members"][0][0]
        hh = self.explicit_household("BU99990203", [
            (None, "Greetje", "Pannenkoek", 1958, "adult"),
            (None, "Rachid", "Pannenkoek", 1956, "adult")])
        self.rel["family_parents"] = [m for m, _r in hh["members"]]
        hh = self.explicit_household("BU99990201", [
            (None, "Esmée", "Pannenkoek", 1989, "adult")])
        self.rel["family_sister"] = hh["members"][0][0]
        hh = self.explicit_household("BU99990101", [
            (None, "Kofi", "Rookworst", 1984, "adult")])
        self.rel["family_ex"] = hh["members"][0][0]
        hh = self.explicit_household("BU99990101", [
            (None, "Marijke", "Klaproos", 1972, "adult"),
            (None, "Bas", "Suikerspin", 1971, "adult"),
            (None, "Tess", "Klaproos", 1999, "child")])
        self.rel["elder_daughter"] = [m for m, _r in hh["members"]]
        hh = self.explicit_household("BU99990203", [
            (None, "Dirk", "Klaproos", 1975, "adult"),
            (None, "Sem", "Klaproos", 2003, "child")])
        self.rel["elder_son"] = [m for m, _r in hh["members"]]
        hh = self.explicit_household("BU99990103", [
            (None, "Jan", "van der Knikkerbaan", 1952, "adult"),
            (None, "Mies", "van der Knikkerbaan", 1954, "adult")])
        self.rel["worker_parents"] = [m for m, _r in hh["members"]]
        hh = self.explicit_household("BU99990202", [
            (None, "Stijn", "van der Knikkerbaan", 1983, "adult")])
        self.rel["worker_brother"] = hh["members"][0][0]

    def story_five_pros(self):
        ego, son = "c-five-pros", self.household_of["c-five-pros"]["members"][1][0]
        five = ["p01", "p04", "p07", "p10", "p13"]
        self.five_pros = five
        care = [
            ("p01", datetime.date(2024, 2, 12), "A", "monthly", "neutral", ""),
            ("p04", datetime.date(2024, 4, 3), "AE", "weekly", "supportive", ""),
            ("p07", datetime.date(2024, 6, 17), "P", "daily", "supportive",
             "wondzorg na operatie"),
            ("p10", datetime.date(2024, 9, 2), "A", "weekly", "stressful",
             "opvoedondersteuning"),
            ("p13", datetime.date(2025, 1, 20), "PA", "weekly", "stressful", ""),
        ]
        for pro, since, sup, freq, val, note in care:
            self.care(pro, ego, since=since, support=sup, frequency=freq, valence=val,
                      closeness="far" if val == "stressful" else "middle", note=note)
        self.care("p10", son, since=datetime.date(2024, 9, 2), support="AE",
                  frequency="weekly", valence="supportive", closeness="middle")
        # Each of the five does work with others, only never with one another.
        for a, b in [("p01", "p02"), ("p01", "p03"), ("p04", "p05"), ("p04", "p11"),
                     ("p07", "p08"), ("p07", "p02"), ("p10", "p12"), ("p10", "p06"),
                     ("p13", "p14"), ("p13", "p03")]:
            self.collab(a, b)
        ex, brother = self.rel["five_ex"], self.rel["five_brother"]
        self.tie(ex, ego, "family", strength="normal", valence="conflict", direction="none",
                 frequency="rarely", since=START, closeness="far", note="ex-partner")
        self.tie(ex, son, "family", strength="strong", valence="supportive",
                 direction="to_target", support="GE", frequency="weekly", since=START,
                 closeness="close")
        self.tie(brother, ego, "family", strength="weak", valence="neutral",
                 direction="to_target", support="A", frequency="yearly", since=START,
                 closeness="far")
        nb = self.nearby_adults(ego, 1)[0]
        self.tie(nb, ego, "neighbour", strength="weak", valence="neutral", direction="both",
                 frequency="monthly", since=START, closeness="middle")

    def story_carer(self):
        wife, husband = "c-carer", "c-dementia"
        row = self.ties[self.tie_key[(min(wife, husband), max(wife, husband), "household")]]
        row.update(source=wife, target=husband, strength="strong", valence="supportive",
                   direction="to_target", support="PE", frequency="daily", since=START.isoformat(),
                   closeness="close", note=NOTE_COMMA)
        # Formal care: home care hands over at the turn of the year; the wijkteam and the
        # welfare organisation support her as a carer. These professionals do collaborate.
        self.care("p09", husband, since=START, until=datetime.date(2024, 12, 31),
                  support="P", frequency="daily", valence="supportive", closeness="middle")
        self.care("p16", husband, since=datetime.date(2025, 1, 1), support="P",
                  frequency="daily", valence="supportive", closeness="middle",
                  note="overgedragen door collega")
        self.care("p02", wife, since=datetime.date(2024, 4, 15), support="AE",
                  frequency="monthly", valence="supportive", closeness="middle",
                  note="mantelzorgondersteuning")
        self.care("p05", wife, since=datetime.date(2025, 2, 1), support="GE",
                  frequency="monthly", valence="supportive", closeness="middle",
                  note="mantelzorgcafé in het Huis van de Wijk")
        for a, b in [("p02", "p05"), ("p02", "p09"), ("p02", "p16"), ("p05", "p16")]:
            self.collab(a, b)
        self.tie("p09", "p16", "referral", strength="normal", valence="supportive",
                 direction="to_target", support="A", since=datetime.date(2024, 12, 15),
                 until=datetime.date(2025, 1, 31), note="overdracht cliënten")
        self.membership(wife, "pl-huis-van-de-wijk", since=datetime.date(2025, 2, 1),
                        until=None, support="GE", direction="to_source", frequency="monthly",
                        strength="weak", valence="supportive", closeness="far")
        # Children: a daughter who helps, a son who adds strain.
        d, gd, son = self.rel["carer_daughter"], self.rel["carer_granddaughter"], \
            self.rel["carer_son"]
        self.tie(d, wife, "family", strength="strong", valence="supportive",
                 direction="to_target", support="AE", frequency="weekly", since=START,
                 closeness="close")
        self.tie(d, husband, "family", strength="strong", valence="supportive",
                 direction="to_target", support="G", frequency="monthly", since=START,
                 closeness="middle")
        self.tie(gd, husband, "family", strength="normal", valence="supportive",
                 direction="to_target", support="G", frequency="monthly",
                 since=datetime.date(2024, 10, 1), closeness="middle", note=NOTE_QUOTE)
        self.tie(son, wife, "family", strength="weak", valence="stressful", direction="none",
                 frequency="rarely", since=START, closeness="far", note=NOTE_NEWLINE)
        # Her own friend drifts away as the care grows; so does his old friend.
        nbs = self.nearby_adults(wife, 6)
        f1, f2 = self.pick(2, 68, 90, avoid=[wife] + nbs)
        self.tie(f1, wife, "friend", strength="normal", valence="supportive", direction="both",
                 support="GE", frequency="monthly", since=START,
                 until=datetime.date(2024, 9, 30), closeness="middle")
        self.tie(f2, husband, "friend", strength="normal", valence="supportive",
                 direction="both", support="G", frequency="monthly", since=START,
                 until=datetime.date(2024, 6, 30), closeness="middle")
        # A rotating group of neighbours and two Burenhulp volunteers, one after another,
        # so that no one carries a weekly duty for long (the SamSam idea).
        windows = [
            (nbs[0], "neighbour", husband, "G", datetime.date(2024, 1, 1), datetime.date(2024, 6, 30)),
            (nbs[1], "neighbour", wife, "P", datetime.date(2024, 3, 1), datetime.date(2024, 11, 30)),
            (nbs[2], "neighbour", husband, "G", datetime.date(2024, 6, 1), datetime.date(2024, 12, 31)),
            ("v01", "volunteer_help", husband, "G", datetime.date(2024, 9, 1), datetime.date(2025, 3, 31)),
            (nbs[3], "neighbour", wife, "PG", datetime.date(2024, 12, 1), datetime.date(2025, 6, 15)),
            (nbs[4], "neighbour", wife, "PG", datetime.date(2025, 3, 1), datetime.date(2025, 9, 30)),
            ("v02", "volunteer_help", husband, "GA", datetime.date(2025, 6, 1), None),
            (nbs[5], "neighbour", wife, "P", datetime.date(2025, 9, 15), None),
        ]
        self.rotating = []
        for src, kind, tgt, sup, since, until in windows:
            self.tie(src, tgt, kind, strength="normal", valence="supportive",
                     direction="to_target", support=sup,
                     frequency="weekly" if kind == "neighbour" else "monthly",
                     since=since, until=until, closeness="middle",
                     note="via Burenhulp Zonnedal" if kind == "volunteer_help" else "")
            self.rotating.append((src, tgt, kind))

    def story_young(self):
        ego = "c-young-pros-only"
        self.care("p11", ego, since=START, until=datetime.date(2025, 6, 30), support="AE",
                  frequency="weekly", valence="supportive", closeness="middle",
                  note="jeugdhulp tot 18+; verlengd tot de zomer van 2025")
        self.care("p06", ego, since=datetime.date(2024, 9, 1), support="GA",
                  frequency="weekly", valence="supportive", closeness="middle",
                  note="jongerenwerk")
        self.care("p03", ego, since=datetime.date(2025, 3, 1), support="A",
                  frequency="monthly", valence="neutral", closeness="far")
        self.care("p14", ego, since=datetime.date(2025, 5, 1), support="PA",
                  frequency="monthly", valence="stressful", closeness="far")
        self.tie("p11", "p03", "referral", strength="normal", valence="supportive",
                 direction="to_target", support="A", since=datetime.date(2025, 3, 1),
                 note="warme overdracht 18-/18+")
        self.tie("p03", "org-schuldhulp", "referral", strength="weak", valence="neutral",
                 direction="to_target", support="A", since=datetime.date(2025, 4, 14))

    def story_isolated(self):
        self.care("p08", "c-isolated-pro-1", since=datetime.date(2024, 5, 6), support="P",
                  frequency="daily", valence="neutral", closeness="far")
        self.care("p03", "c-isolated-pro-2", since=datetime.date(2025, 2, 10), support="A",
                  frequency="monthly", valence="neutral", closeness="far")

    def story_mixed(self):
        def friends(ego, n, lo, hi):
            for f in self.pick(n, lo, hi, avoid=[ego]):
                a = self.friend_attrs()
                a.update(closeness=self.choice_w([("close", 30), ("middle", 55), ("far", 15)]))
                self.tie(f, ego, "friend", **a)

        def neighbours(ego, n):
            for nb in self.nearby_adults(ego, n):
                a = self.neighbour_attrs()
                a.update(closeness=self.choice_w([("middle", 60), ("far", 40)]))
                self.tie(nb, ego, "neighbour", **a)

        def colleagues(ego, n):
            for c in self.pick(n, 22, 65, avoid=[ego]):
                self.tie(ego, c, "colleague", strength=self.choice_w([("weak", 50), ("normal", 50)]),
                         valence=self.choice_w([("neutral", 50), ("supportive", 50)]),
                         direction="both", support=self.choice_w([("A", 50), ("G", 50)]),
                         frequency="weekly", since=START, closeness="far")

        # Single mother of three.
        ego = "c-mixed-family"
        kids = [m for m, _r in self.household_of[ego]["members"][1:]]
        for p in self.rel["family_parents"]:
            self.tie(p, ego, "family", strength="strong", valence="supportive",
                     direction="to_target", support="PE", frequency="weekly", since=START,
                     closeness="close")
            for k in kids:
                self.tie(p, k, "family", strength="normal", valence="supportive",
                         direction="to_target", support="G", frequency="weekly", since=START)
        self.tie(self.rel["family_sister"], ego, "family", strength="strong",
                 valence="supportive", direction="both", support="GE", frequency="weekly",
                 since=START, closeness="close")
        self.tie(self.rel["family_ex"], ego, "family", strength="normal", valence="conflict",
                 direction="none", frequency="monthly", since=START, closeness="far",
                 note="ex-partner, vader van de kinderen")
        for k in kids:
            self.tie(self.rel["family_ex"], k, "family", strength="normal",
                     valence="supportive", direction="to_target", support="G",
                     frequency="monthly", since=START)
        friends(ego, 7, 28, 50)
        neighbours(ego, 5)
        colleagues(ego, 2)
        self.membership(ego, "pl-huis-van-de-wijk", closeness="far")
        self.membership(ego, "grp-bewonersgroep", closeness="far", support="GA",
                        since=datetime.date(2024, 11, 1), until=None)
        self.volunteer_help("v05", ego, support="P", since=datetime.date(2024, 10, 1),
                            until=None, closeness="middle", note="huiswerkbegeleiding")
        self.care("p02", ego, since=datetime.date(2024, 3, 4), support="AE",
                  valence="supportive", closeness="middle")
        self.care("p12", ego, since=datetime.date(2024, 5, 21), support="A",
                  valence="neutral", closeness="far")
        self.care("p12", kids[0], since=datetime.date(2024, 5, 21), support="AE",
                  valence="supportive", closeness="middle")
        self.care("p06", ego, since=datetime.date(2025, 1, 13), support="GA",
                  valence="supportive", closeness="far", until=datetime.date(2025, 7, 31))
        self.collab("p02", "p12", since=datetime.date(2024, 5, 21), support="A",
                    frequency="monthly", note="gezinsplan")

        # Widower living alone, busy network.
        ego = "c-mixed-elder"
        for rel in self.rel["elder_daughter"][:1] + self.rel["elder_son"][:1]:
            self.tie(rel, ego, "family", strength="strong", valence="supportive",
                     direction="to_target", support=self.choice_w([("PE", 50), ("PGE", 50)]),
                     frequency="weekly", since=START, closeness="close")
        self.tie(self.rel["elder_daughter"][1], ego, "family", strength="weak",
                 valence="neutral", direction="to_target", support="P", frequency="monthly",
                 since=START, closeness="far")
        for gc in (self.rel["elder_daughter"][2], self.rel["elder_son"][1]):
            self.tie(gc, ego, "family", strength="normal", valence="supportive",
                     direction="both", support="G", frequency="monthly", since=START,
                     closeness="middle")
        friends(ego, 7, 65, 92)
        neighbours(ego, 6)
        self.membership(ego, "pl-huis-van-de-wijk", closeness="middle", frequency="weekly")
        self.membership(ego, "grp-eetclub", closeness="middle", support="G", frequency="weekly")
        self.membership(ego, "grp-bewonersgroep", closeness="far", support="A",
                        since=START, until=datetime.date(2025, 4, 30))
        self.volunteer_help("v03", ego, support="G", since=datetime.date(2024, 2, 1),
                            until=datetime.date(2025, 1, 31), closeness="middle")
        self.volunteer_help("v04", ego, support="PG", since=datetime.date(2025, 2, 1),
                            until=None, closeness="middle")
        self.care("p08", ego, since=datetime.date(2024, 8, 12), support="P",
                  frequency="daily", valence="supportive", closeness="middle")
        self.care("p05", ego, since=datetime.date(2024, 1, 1), support="GA",
                  frequency="monthly", valence="supportive", closeness="far")
        self.collab("p05", "p08")

        # Working father with debts.
        ego = "c-mixed-worker"
        partner = self.household_of[ego]["members"][1][0]
        row = self.ties[self.tie_key[(min(ego, partner), max(ego, partner), "household")]]
        row.update(valence="stressful", support="PG", closeness="close",
                   note="spanningen over geld")
        for p in self.rel["worker_parents"]:
            self.tie(p, ego, "family", strength="normal", valence="supportive",
                     direction="to_target", support=self.choice_w([("A", 50), ("AE", 50)]),
                     frequency="monthly", since=START, closeness="middle")
        self.tie(self.rel["worker_brother"], ego, "family", strength="normal",
                 valence="stressful", direction="to_source", support="P",
                 frequency="monthly", since=START, closeness="middle",
                 note="leende hem geld in 2024")
        friends(ego, 8, 30, 56)
        neighbours(ego, 4)
        colleagues(ego, 4)
        self.membership(ego, "grp-bewonersgroep", closeness="far")
        self.care("p15", ego, since=datetime.date(2024, 7, 8), support="PA",
                  valence="stressful", closeness="middle")
        self.care("p03", ego, since=datetime.date(2024, 6, 3), support="A",
                  valence="supportive", closeness="far")
        self.collab("p03", "p15", since=datetime.date(2024, 7, 8), note="casusoverleg")

    # ------------------------------------------------------------ finishing
    def more_collaboration(self):
        rng = self.rng
        pros = [a["id"] for a in self.actors if a["kind"] == "professional"]
        forbidden = set()
        for a in self.five_pros:
            for b in self.five_pros:
                forbidden.add((a, b))
        made = 0
        while made < 8:
            a, b = rng.sample(pros, 2)
            if (a, b) in forbidden or "p09" in (a, b) and "p16" in (a, b):
                continue
            if self.collab(a, b):
                made += 1

    def everyone_connected(self):
        """Every resident outside story 3 and 4 gets at least one informal tie."""
        informal = {}
        for t in self.ties:
            if t["kind"] in INFORMAL:
                informal[t["source"]] = True
                informal[t["target"]] = True
        for a in self.actors:
            rid = a["id"]
            if a["kind"] != "resident" or rid in self.isolated or rid in informal:
                continue
            for hh in self.nearest_households(self.household_of[rid], 5000.0):
                ad = self.hh_adults(hh)
                if ad:
                    self.tie(ad[0], rid, "neighbour", **self.neighbour_attrs())
                    break

    def fill_client_ties(self):
        """Ties touching a client carry the full ecomap description."""
        clients = {a["id"] for a in self.actors if a["client"] == "yes"}
        ring = {"household": "close", "family": "middle", "friend": "middle",
                "neighbour": "middle", "colleague": "far", "volunteer_help": "middle",
                "membership": "far", "care": "middle", "referral": "far",
                "collaboration": "far", "employment": "far"}
        default_support = {"household": "PGE", "family": "E", "friend": "G", "neighbour": "P",
                           "colleague": "A", "volunteer_help": "P", "membership": "G",
                           "care": "A"}
        for t in self.ties:
            if t["source"] not in clients and t["target"] not in clients:
                continue
            t["strength"] = t["strength"] or "normal"
            t["valence"] = t["valence"] or "supportive"
            t["direction"] = t["direction"] or "both"
            if not t["support"] and t["direction"] != "none" and t["valence"] != "conflict":
                t["support"] = default_support.get(t["kind"], "")
            t["frequency"] = t["frequency"] or "monthly"
            if not t["closeness"]:
                c = ring[t["kind"]]
                if t["kind"] == "family" and t["strength"] == "strong":
                    c = "close"
                if t["strength"] == "weak" and c == "middle":
                    c = "far"
                t["closeness"] = c

    def assign_pseudonyms(self):
        residents = [a for a in self.actors if a["kind"] == "resident"]
        numbers = list(range(1, len(residents) + 1))
        self.rng.shuffle(numbers)
        for a, n in zip(residents, numbers):
            a["pseudonym"] = f"Bewoner {n:03d}"

    def build(self):
        self.build_institutions()
        self.next_resident = 1
        self.build_story_households()
        self.build_story_relatives()
        self.build_generic_households()
        self.story_five_pros()
        self.story_carer()
        self.story_young()
        self.story_isolated()
        self.story_mixed()
        self.build_friendships()
        self.build_neighbours()
        self.build_colleagues()
        self.build_memberships()
        self.build_volunteer_help()
        self.build_generic_care()
        self.more_collaboration()
        self.everyone_connected()
        self.fill_client_ties()
        self.assign_pseudonyms()

    # ------------------------------------------------------------ output
    def geojson_text(self):
        lines = ['{', '"type": "FeatureCollection",', '"name": "buurten",',
                 '"crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},',
                 '"features": [']
        feats = []
        for (_cell, code, name) in BUURTEN:
            wk = "WK" + code[2:8]
            feat = {"type": "Feature",
                    "properties": {"statcode": code, "statnaam": name, "wijkcode": wk,
                                   "wijknaam": WIJKEN[wk], "gemeentecode": GEMEENTE[0],
                                   "gemeentenaam": GEMEENTE[1]},
                    "geometry": {"type": "Polygon", "coordinates": [self.polygons[code]]}}
            feats.append(json.dumps(feat, ensure_ascii=False))
        lines.append(",\n".join(feats))
        lines.append("]")
        lines.append("}")
        return "\n".join(lines) + "\n"


def write_atomic(path, writer):
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        writer(f)
    os.replace(tmp, path)


def write_csv(path, columns, rows):
    def w(f):
        out = csv.writer(f, lineterminator="\n")
        out.writerow(columns)
        for r in rows:
            out.writerow([r[c] for c in columns])
    write_atomic(path, w)


# ---------------------------------------------------------------------------- checks

def check(outdir):
    """Reads the written files back and checks them; returns a list of problems."""
    errs = []
    raw = (outdir / "actors.csv").read_bytes() + (outdir / "ties.csv").read_bytes()
    if raw.startswith(b"\xef\xbb\xbf") or b"\r" in raw:
        errs.append("BOM or CR in CSV output")
    with open(outdir / "actors.csv", encoding="utf-8", newline="") as f:
        actors = list(csv.DictReader(f))
    with open(outdir / "ties.csv", encoding="utf-8", newline="") as f:
        ties = list(csv.DictReader(f))
    with open(outdir / "buurten.geojson", encoding="utf-8") as f:
        gj = json.load(f)

    polys = {}
    for feat in gj["features"]:
        ring = feat["geometry"]["coordinates"][0]
        code = feat["properties"]["statcode"]
        polys[code] = ring
        if ring[0] != ring[-1]:
            errs.append(f"{code}: ring not closed")
        if ring_area(ring) <= 0:
            errs.append(f"{code}: exterior not counter-clockwise")
        if not ring_is_simple(ring):
            errs.append(f"{code}: ring self-intersects")
        if any(round(v, 1) != v for p in ring for v in p):
            errs.append(f"{code}: coordinate not rounded to 0.1 m")
    total = sum(ring_area(r) for r in polys.values())
    xs = [p[0] for r in polys.values() for p in r]
    ys = [p[1] for r in polys.values() for p in r]
    # Tiling: sample a fine grid; every point lies in at most one buurt, and the summed
    # area equals the area of the union outline built from the boundary edges.
    step = 23.7
    y = min(ys) + 1.3
    while y < max(ys):
        x = min(xs) + 2.9
        while x < max(xs):
            n = sum(1 for r in polys.values() if point_in_ring(x, y, r))
            if n > 1:
                errs.append(f"overlap at {x:.1f} {y:.1f}")
            x += step
        y += step
    edge_count = {}
    for r in polys.values():
        for a, b in zip(r, r[1:]):
            k = (tuple(a), tuple(b))
            edge_count[k] = edge_count.get(k, 0) + 1
    for (a, b), n in sorted(edge_count.items()):
        if n > 1:
            errs.append(f"edge {a}-{b} used twice in the same direction (overlap)")
        # An interior edge must be used once in each direction; outer edges once.
    boundary = [(a, b) for (a, b) in sorted(edge_count) if (b, a) not in edge_count]
    outer_area = sum(a[0] * b[1] - b[0] * a[1] for a, b in boundary) / 2.0
    if abs(outer_area - total) > 0.01:
        errs.append(f"gap: outline area {outer_area:.1f} != sum of buurten {total:.1f}")

    ids = {}
    for i, a in enumerate(actors, start=2):
        if a["id"] in ids:
            errs.append(f"actors.csv:{i}: duplicate id {a['id']}")
        ids[a["id"]] = a
        if a["kind"] not in ACTOR_KINDS:
            errs.append(f"actors.csv:{i}: bad kind {a['kind']}")
        if a["id"] != a["id"].strip() or not a["id"]:
            errs.append(f"actors.csv:{i}: bad id")
        if a["client"] not in ("", "yes", "no"):
            errs.append(f"actors.csv:{i}: bad client {a['client']}")
        if a["organisation"] and ids.get(a["organisation"], {}).get("kind") != "organisation":
            errs.append(f"actors.csv:{i}: organisation {a['organisation']} unknown")
        has_xy = bool(a["x"])
        if a["kind"] == "professional" and has_xy:
            errs.append(f"actors.csv:{i}: professional with coordinates")
        if a["kind"] in ("resident", "organisation", "place") and not has_xy:
            errs.append(f"actors.csv:{i}: {a['kind']} without coordinates")
        if has_xy:
            if a["crs"] != CRS or a["area"] not in polys:
                errs.append(f"actors.csv:{i}: bad crs/area")
            elif not point_in_ring(float(a["x"]), float(a["y"]), polys[a["area"]]):
                errs.append(f"actors.csv:{i}: {a['id']} not inside {a['area']}")

    seen = {}
    support_ok = set("PGAE")
    for i, t in enumerate(ties, start=2):
        s, tg, k = t["source"], t["target"], t["kind"]
        where = f"ties.csv:{i}"
        if s not in ids or tg not in ids:
            errs.append(f"{where}: unknown actor")
        if s == tg:
            errs.append(f"{where}: self tie")
        key = (min(s, tg), max(s, tg), k)
        if key in seen:
            errs.append(f"{where}: duplicate tie {key}")
        seen[key] = True
        for col, vocab in (("kind", TIE_KINDS), ("strength", STRENGTHS),
                           ("valence", VALENCES), ("direction", DIRECTIONS),
                           ("frequency", FREQUENCIES), ("closeness", CLOSENESS)):
            if t[col] and t[col] not in vocab:
                errs.append(f"{where}: {col} '{t[col]}'")
        if t["support"] and (not set(t["support"]) <= support_ok
                             or len(set(t["support"])) != len(t["support"])):
            errs.append(f"{where}: support '{t['support']}'")
        try:
            since = datetime.date.fromisoformat(t["since"])
        except ValueError:
            errs.append(f"{where}: since '{t['since']}'")
            continue
        if not START <= since <= END:
            errs.append(f"{where}: since outside 2024-2025")
        if t["until"]:
            until = datetime.date.fromisoformat(t["until"])
            if until < since or until > END:
                errs.append(f"{where}: until {until} before since or after 2025")
        ks, kt = ids.get(s, {}).get("kind"), ids.get(tg, {}).get("kind")
        if k == "care" and (ks != "professional" or ids[tg]["client"] != "yes"):
            errs.append(f"{where}: care not professional -> client")
        if k == "employment" and (ks != "professional" or kt != "organisation"
                                  or ids[s]["organisation"] != tg):
            errs.append(f"{where}: employment does not match organisation column")
        if k == "volunteer_help" and ks != "volunteer":
            errs.append(f"{where}: volunteer_help not from a volunteer")
        if k == "membership" and kt not in ("group", "place"):
            errs.append(f"{where}: membership not to a group or place")

    # A professional's ties lie within their employment.
    job = {t["source"]: (t["since"], t["until"] or "9999") for t in ties
           if t["kind"] == "employment"}
    for i, t in enumerate(ties, start=2):
        for who in (t["source"], t["target"]):
            if who in job and t["kind"] != "employment":
                lo, hi = job[who]
                if t["since"] < lo or (t["until"] or "9999") > hi:
                    errs.append(f"ties.csv:{i}: outside the employment of {who}")

    # Stories.
    nbr = {}
    for t in ties:
        nbr.setdefault(t["source"], []).append((t["target"], t))
        nbr.setdefault(t["target"], []).append((t["source"], t))
    five = sorted(o for o, t in nbr.get("c-five-pros", []) if t["kind"] == "care")
    orgs = sorted(ids[p]["organisation"] for p in five)
    if len(five) != 5 or len(set(orgs)) != 5:
        errs.append(f"story 1: care ties {five} from {orgs}")
    for p in five:
        for o, _t in nbr.get(p, []):
            if o in five:
                errs.append(f"story 1: {p} and {o} are tied")
    hh = [t for o, t in nbr.get("c-carer", []) if o == "c-dementia"]
    if not (len(hh) == 1 and hh[0]["kind"] == "household" and hh[0]["source"] == "c-carer"
            and hh[0]["direction"] == "to_target" and set("PE") <= set(hh[0]["support"])):
        errs.append("story 2: household tie wife -> husband with P/E")
    if ids["c-carer"]["client"] != "yes" or ids["c-dementia"]["client"] != "yes":
        errs.append("story 2: both must be clients")
    young = ids["c-young-pros-only"]
    if not 18 <= REF_YEAR - int(young["birth_year"]) <= 23 or \
            any(ids[o]["kind"] != "professional" for o, _t in nbr.get(young["id"], [])):
        errs.append("story 3: young person must be 18-23 with professionals only")
    no_informal = [a["id"] for a in actors if a["kind"] == "resident" and not any(
        t["kind"] in INFORMAL for _o, t in nbr.get(a["id"], []))]
    expected = sorted(["c-isolated-pro-1", "c-isolated-pro-2", "r-isolated-1",
                       "r-isolated-2", "r-isolated-3", "c-young-pros-only"])
    if sorted(no_informal) != expected:
        errs.append(f"story 4: residents without informal tie {sorted(no_informal)}")
    for ego in ("c-mixed-family", "c-mixed-elder", "c-mixed-worker"):
        contacts = {o for o, _t in nbr.get(ego, [])}
        kinds = {t["kind"] for _o, t in nbr.get(ego, [])}
        if not 20 <= len(contacts) <= 40 or "care" not in kinds or len(kinds) < 4:
            errs.append(f"{ego}: {len(contacts)} contacts, kinds {sorted(kinds)}")
    return errs, actors, ties


def summary(actors, ties):
    def count(rows, col, vocab):
        c = {v: 0 for v in vocab}
        for r in rows:
            c[r[col]] = c.get(r[col], 0) + 1
        return ", ".join(f"{k} {v}" for k, v in c.items() if v)
    clients = sum(1 for a in actors if a["client"] == "yes")
    ended = sum(1 for t in ties if t["until"])
    deg = {}
    for t in ties:
        if t["kind"] == "friend":
            deg[t["source"]] = deg.get(t["source"], 0) + 1
            deg[t["target"]] = deg.get(t["target"], 0) + 1
    top = sorted(deg.values(), reverse=True)[:5]
    return (f"actors {len(actors)}: {count(actors, 'kind', ACTOR_KINDS)}; clients {clients}\n"
            f"ties {len(ties)}: {count(ties, 'kind', TIE_KINDS)}; ended (until) {ended}\n"
            f"friend degree: max {top}, residents with friends {len(deg)}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "zonnedal",
                    help="output folder (default: samples/zonnedal next to this script)")
    args = ap.parse_args()
    town = Town()
    town.build()
    args.out.mkdir(parents=True, exist_ok=True)
    write_csv(args.out / "actors.csv", ACTOR_COLUMNS, town.actors)
    write_csv(args.out / "ties.csv", TIE_COLUMNS, town.ties)
    text = town.geojson_text()
    write_atomic(args.out / "buurten.geojson", lambda f: f.write(text))
    errs, actors, ties = check(args.out)
    print(f"wrote {args.out}/actors.csv, ties.csv, buurten.geojson")
    print(summary(actors, ties))
    if errs:
        for e in errs:
            print("check:", e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
