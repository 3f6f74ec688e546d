# SPDX-License-Identifier: MIT
"""The Python module against the command line: the same networks, the same rows, to the last digit.

Run by ctest (python_module) with PYTHONPATH at the built package and WIJKNET_BINARY at the program.
"""
import json
import os
import subprocess
from pathlib import Path

import pytest

import wijknet

SOURCE = Path(os.environ.get("WIJKNET_SOURCE_DIR", Path(__file__).resolve().parents[2]))
SAMPLE = SOURCE / "samples" / "zonnedal"
DATA = SOURCE / "tests" / "data"
BINARY = os.environ.get("WIJKNET_BINARY", str(SOURCE / "build" / "tools" / "wijknet"))


def command_line(*args):
    done = subprocess.run([BINARY, *map(str, args)], capture_output=True, text=True, check=False)
    return done.returncode, done.stdout, done.stderr


def command_line_json(*args):
    code, out, err = command_line(*args, "--format", "json")
    assert code == 0, err
    return json.loads(out)


def test_a_network_has_the_actors_and_ties_the_command_line_counts():
    network = wijknet.load_network(SAMPLE)
    code, out, _ = command_line("info", SAMPLE)
    assert code == 0
    assert f"Actors: {network.actor_count} " in out
    assert f"Ties: {network.tie_count}\n" in out
    actors, ties = network.actors(), network.ties()
    assert len(actors) == network.actor_count and len(ties) == network.tie_count
    anna = next(a for a in actors if a["client"])
    assert isinstance(anna["id"], str) and isinstance(anna["x"], float), anna
    assert {"source", "target", "kind", "since"} <= set(ties[0])


def test_measures_are_the_command_lines_to_the_last_digit():
    rows = wijknet.measures(wijknet.load_network(SAMPLE))
    expected = command_line_json("measures", SAMPLE)["measures"]
    assert rows == expected
    assert any(isinstance(row["constraint"], float) and len(repr(row["constraint"])) > 8 for row in rows), "not rounded"


def test_one_clients_measures_and_a_day_in_the_past():
    network = wijknet.load_network(SAMPLE)
    client = next(a["id"] for a in network.actors() if a["client"])
    assert wijknet.measures(network, ego=client, at="2024-06-01") == command_line_json("measures", SAMPLE, "--ego", client, "--at", "2024-06-01")["measures"]
    with pytest.raises(KeyError):
        wijknet.measures(network, ego="nobody")
    with pytest.raises(ValueError, match="no date"):
        wijknet.measures(network, at="1-3-24")


def test_the_isolation_list_is_the_command_lines():
    rows = wijknet.isolated(wijknet.load_network(SAMPLE), min_good_contacts=3)
    expected = command_line_json("isolated", SAMPLE, "--min-good", "3", "--limit", "0")["isolated"]
    assert rows == expected
    assert rows[0]["rank"] == 1 and rows[0]["reasons"]


def test_every_problem_of_a_bad_network_arrives_with_its_place():
    folder = DATA / "bad" / "many_problems"
    with pytest.raises(wijknet.InputError) as raised:
        wijknet.load_network(folder)
    _, _, err = command_line("info", folder)
    told = [line.removeprefix("wijknet: ") for line in err.splitlines() if line.startswith("wijknet: ") and ".csv:" in line]
    assert raised.value.problems == told and len(told) >= 5
    assert isinstance(raised.value, ValueError)


def test_other_tools_files_and_workbooks_are_read_as_the_command_line_reads_them():
    kumu = wijknet.load_network(DATA / "kumu" / "buurt_kumu.xlsx")
    assert kumu.actor_count == 6
    kinds = {a["id"]: a["kind"] for a in kumu.actors()}
    assert kinds["Wijkteam Noord"] == "organisation", "the default vocabulary, as the command line takes it"
    assert any("Huisarts Vermeer" in warning for warning in kumu.warnings)
    assert wijknet.load_network(DATA / "pajek" / "pajek_project.paj").actor_count == 6


def test_rows_make_a_data_frame():
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame(wijknet.measures(wijknet.load_network(SAMPLE)))
    assert frame["constraint"].dtype == float and len(frame) == 39


def test_coordination_structure_and_change_are_the_command_lines_tables():
    network = wijknet.load_network(SAMPLE)
    assert wijknet.coordination(network) == command_line_json("coordination", SAMPLE)
    client = next(a["id"] for a in network.actors() if a["client"])
    assert wijknet.coordination(network, ego=client) == command_line_json("coordination", SAMPLE, "--ego", client)
    structure = wijknet.structure(network, top=25)
    assert structure == command_line_json("structure", SAMPLE, "--top", "25")
    assert list(structure) == ["summary", "top_brokers", "articulation_points", "bridges", "gatekeepers", "no_route_to_professionals"]
    assert len(structure["top_brokers"]) == 25
    assert wijknet.change(network, "2024-01-01", "2025-01-01") == command_line_json("change", SAMPLE, "--from", "2024-01-01", "--to", "2025-01-01")


def test_every_actors_measures_are_the_command_lines():
    karate = DATA / "graphml" / "networkx_karate.graphml"
    rows = wijknet.measures(wijknet.load_network(karate), every_actor=True)
    assert rows == command_line_json("measures", karate, "--every-actor")["actors"]
    assert len(rows) == 34 and rows[0]["betweenness"] == pytest.approx(231.0714285714286, rel=1e-15)
    with pytest.raises(ValueError):
        wijknet.measures(wijknet.load_network(karate), every_actor=True, ego="0")


def test_betweenness_is_networkx_s_on_an_imported_graph():
    networkx = pytest.importorskip("networkx")
    karate = DATA / "graphml" / "networkx_karate.graphml"
    brokers = wijknet.structure(wijknet.load_network(karate), top=34)["top_brokers"]
    expected = networkx.betweenness_centrality(networkx.read_graphml(karate), normalized=False)
    assert {row["id"]: row["betweenness"] for row in brokers} == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize("graph", ["networkx_karate", "networkx_lesmis", "networkx_davis", "networkx_florentine",
                                   "random_gnp_200", "random_ba_500", "random_sparse_300"])
def test_every_actors_measures_are_networkx_s(graph):
    import csv
    rows = wijknet.measures(wijknet.load_network(DATA / "graphml" / f"{graph}.graphml"), every_actor=True)
    with open(DATA / "reference" / f"{graph}_nodes.csv", newline="") as reference_file:
        reference = list(csv.DictReader(reference_file))
    assert [row["id"] for row in rows] == [row["id"] for row in reference]
    for ours, theirs in zip(rows, reference):
        for column, reference_column in (("degree", "degree"), ("core", "core_number"), ("betweenness", "betweenness"),
                                         ("constraint", "constraint"), ("effective_size", "effective_size"), ("efficiency", "efficiency")):
            if theirs[reference_column] == "":
                assert ours[column] is None, (graph, ours["id"], column)
            else:
                assert ours[column] == pytest.approx(float(theirs[reference_column]), rel=1e-9, abs=1e-12), (graph, ours["id"], column)
