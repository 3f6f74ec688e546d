#!/usr/bin/python3
"""The same work as analysis_bench.cpp, done with python3-igraph, for docs/benchmarks.md.

usage: igraph_peer.py NETWORK isolation|constraint|articulation|betweenness|all
Loads the CSV pair with Python's csv module into an igraph Graph, then: the isolation report
(residents without any informal tie, counted per area), constraint for every actor on the simple
graph, articulation points, exact betweenness of every actor. Prints one line per step: step, seconds.
"""
import csv
import sys
import time

import igraph

FORMAL = {"care", "employment", "collaboration", "referral"}


def best_time(step):
    """Seconds `step` takes and its result: the best of up to 25 runs within half a second, as
    analysis_bench.cpp does."""
    best, total, result = float("inf"), 0.0, None
    for _ in range(25):
        start = time.perf_counter()
        result = step()
        seconds = time.perf_counter() - start
        best, total = min(best, seconds), total + seconds
        if total >= 0.5:
            break
    return best, result


def main():
    folder, task = sys.argv[1], sys.argv[2]
    start = time.perf_counter()
    with open(f"{folder}/actors.csv", newline="", encoding="utf-8") as f:
        rows = csv.DictReader(f)
        actors = [(r["id"], r["kind"], r.get("area", "")) for r in rows]
    index = {a[0]: i for i, a in enumerate(actors)}
    edges, informal = [], []
    with open(f"{folder}/ties.csv", newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        s, t, k = header.index("source"), header.index("target"), header.index("kind")
        for row in reader:
            edges.append((index[row[s]], index[row[t]]))
            informal.append(row[k] not in FORMAL)
    g = igraph.Graph(n=len(actors), edges=edges, directed=False, edge_attrs={"informal": informal})
    print(f"load {time.perf_counter() - start:.3f}")

    if task in ("isolation", "all"):
        start = time.perf_counter()
        has_informal = [False] * g.vcount()
        for e in g.es.select(informal=True):
            has_informal[e.source] = has_informal[e.target] = True
        per_area = {}
        for i, (_, kind, area) in enumerate(actors):
            if kind == "resident":
                count = per_area.setdefault(area, [0, 0])
                count[0] += 1
                count[1] += 0 if has_informal[i] else 1
        print(f"isolation {time.perf_counter() - start:.3f} ({sum(c[1] for c in per_area.values())} without informal ties)")

    if task in ("constraint", "articulation", "betweenness", "all"):
        start = time.perf_counter()
        simple = g.copy()
        simple.simplify(multiple=True, loops=True)
        print(f"contact_graph {time.perf_counter() - start:.3f}")
        if task in ("constraint", "all"):
            start = time.perf_counter()
            values = simple.constraint()
            print(f"constraint {time.perf_counter() - start:.3f} ({len(values)} actors)")
        if task in ("betweenness", "all"):
            start = time.perf_counter()
            values = simple.betweenness(directed=False)
            print(f"betweenness {time.perf_counter() - start:.3f} ({len(values)} sources)")
        if task in ("articulation", "all"):
            seconds, points = best_time(simple.articulation_points)
            print(f"articulation {seconds:.4f} ({len(points)} points)")


if __name__ == "__main__":
    main()
