#!/usr/bin/python3
"""networkx reads the GraphML and GEXF that wijknet writes, numbers as numbers.

usage: networkx_reads_wijknet.py WIJKNET SCRATCH_DIR

A small CSV pair with kept attributes of each type (an age, a score, a yes/no,
a house number with a leading zero that must stay text) is converted by wijknet
to GraphML and GEXF; networkx (Debian's python3-networkx, an independent reader)
must see the same nodes and edges, the kept attributes typed, the names, and the
tie's dates as GEXF spells; a directed network is read as directed. Exits 77 (skipped) when networkx is not installed.
"""

import subprocess
import sys
from pathlib import Path

try:
    import networkx as nx
except ImportError:
    print("networkx is not installed: skipped")
    sys.exit(77)

wijknet, scratch = sys.argv[1], Path(sys.argv[2])
pair = scratch / "pair"
pair.mkdir(parents=True, exist_ok=True)
(pair / "actors.csv").write_text(
    "id,name,kind,age,score,member,huisnummer\n"
    "anna,Anna Öztürk,resident,81,2.5,true,007\n"
    "cor,Cor,resident,7,3,false,12\n"
    "team,Wijkteam,organisation,,,,\n")
(pair / "ties.csv").write_text(
    "source,target,kind,since,until,visits\n"
    "anna,team,care,2024-03-01,2025-01-31,4\n"
    "cor,anna,neighbour,2023-06-15,,12\n")

failures = []


def check(what, found, expected):
    if found != expected:
        failures.append(f"{what}: expected {expected!r}, found {found!r}")


for extension in ("graphml", "gexf"):
    out = scratch / f"network.{extension}"
    subprocess.run([wijknet, "convert", str(pair), str(out)], check=True, capture_output=True)
    graph = nx.read_graphml(out) if extension == "graphml" else nx.read_gexf(out)
    check(f"{extension}: nodes", sorted(graph.nodes()), ["anna", "cor", "team"])
    check(f"{extension}: edges", graph.number_of_edges(), 2)
    anna, cor = graph.nodes["anna"], graph.nodes["cor"]
    name = "name" if extension == "graphml" else "label"
    check(f"{extension}: name", anna[name], "Anna Öztürk")
    check(f"{extension}: age", (anna["age"], type(anna["age"])), (81, int))
    check(f"{extension}: score", (cor["score"], type(cor["score"])), (3.0, float))
    check(f"{extension}: member", (anna["member"], cor["member"]), (True, False))
    check(f"{extension}: huisnummer", anna["huisnummer"], "007")
    edge = graph.edges["anna", "team"]
    check(f"{extension}: visits", (edge["visits"], type(edge["visits"])), (4, int))
    if extension == "gexf":
        check("gexf: spell", (edge.get("start"), edge.get("end")), ("2024-03-01", "2025-01-31"))

# A directed network (Pajek arcs) stays directed: networkx reads a DiGraph with the arcs' ends.
arcs = scratch / "arcs.net"
arcs.write_text("*Vertices 3\n1 Anna\n2 Bert\n3 Cor\n*Arcs\n1 2\n3 2\n")
for extension in ("graphml", "gexf"):
    out = scratch / f"arcs.{extension}"
    subprocess.run([wijknet, "convert", str(arcs), str(out)], check=True, capture_output=True)
    graph = nx.read_graphml(out) if extension == "graphml" else nx.read_gexf(out)
    check(f"{extension}: directed", graph.is_directed(), True)
    check(f"{extension}: arcs", sorted(graph.edges()), [("1", "2"), ("3", "2")])

for failure in failures:
    print(failure)
print(f"networkx read wijknet's GraphML and GEXF: {len(failures)} problems")
sys.exit(1 if failures else 0)
