// SPDX-License-Identifier: MIT
// The analysis verbs as a script or spreadsheet consumes them: stable columns, valid JSON, and
// no small count escaping suppression.
#include <gtest/gtest.h>

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

#include "dutch_columns.hpp"
#include "report_table.hpp"
#include "cli/run.hpp"
#include "test_paths.hpp"
#include "wijknet/analysis/ego_measures.hpp"
#include "wijknet/io/csv_pair.hpp"
#include "wijknet/io/csv_table.hpp"

namespace wijknet {
namespace {

const std::string sample = std::string(WIJKNET_SAMPLE_DIR);

struct Output {
    int code;
    std::string out;
    std::string err;
};

Output wijknet(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    const int code = cli::run(args, out, err);
    return {code, out.str(), err.str()};
}

CsvTable csv_of(const std::string& text) {
    DiagnosticList problems;
    auto table = parse_csv(text, "output", problems);
    EXPECT_TRUE(problems.empty());
    return table;
}

TEST(AnalysisCli, MeasuresCsvHasTheDocumentedColumnsAndARowPerClient) {
    const auto result = wijknet({"measures", sample, "--format", "csv"});
    ASSERT_EQ(result.code, 0) << result.err;
    const auto table = csv_of(result.out);
    EXPECT_EQ(table.header.front(), "id");
    for (const char* column : {"contacts", "informal_share", "givers_E", "missing_support", "density",
                               "effective_size", "constraint", "only_professionals", "few_good_contacts"})
        EXPECT_NE(std::find(table.header.begin(), table.header.end(), column), table.header.end()) << column;
    EXPECT_EQ(table.records.size(), 39u) << "the sample's clients";
}

TEST(AnalysisCli, CsvNumbersReadBackAsTheValuesTheAnalysisComputed) {
    const auto result = wijknet({"measures", sample, "--format", "csv"});
    ASSERT_EQ(result.code, 0) << result.err;
    const auto table = csv_of(result.out);
    const auto column = [&](std::string_view name) {
        return static_cast<std::size_t>(std::find(table.header.begin(), table.header.end(), name) - table.header.begin());
    };
    const Network network = read_csv_pair(sample);
    EgoMeter meter(network, {});
    for (const auto& record : table.records) {
        const EgoMeasures ego = meter.measure(*network.find_actor(record.fields[0]));
        // Not six digits (0.153985): the very double, as a program reading the CSV needs it.
        EXPECT_EQ(std::stod(record.fields[column("constraint")]), ego.holes.constraint) << record.fields[0];
        EXPECT_EQ(std::stod(record.fields[column("effective_size")]), ego.holes.effective_size) << record.fields[0];
    }
    const auto shown = wijknet({"measures", sample});
    EXPECT_NE(shown.out.find("0.153985"), std::string::npos) << "a table for people keeps six digits";
}

class EveryActorOf : public ::testing::TestWithParam<std::string> {};

// The per-actor measures of networkx's graphs, in CSV, equal networkx's (tests/data/reference,
// cross-checked there against igraph) to a relative 1e-9.
TEST_P(EveryActorOf, IsNetworkxsForEveryActor) {
    const auto graph = test::data_path("graphml/" + GetParam() + ".graphml");
    const auto result = wijknet({"measures", graph.string(), "--every-actor", "--format", "csv"});
    ASSERT_EQ(result.code, 0) << result.err;
    const auto ours = csv_of(result.out);
    std::ifstream in(test::data_path("reference/" + GetParam() + "_nodes.csv"));
    const auto theirs = csv_of(std::string(std::istreambuf_iterator<char>(in), {}));
    ASSERT_EQ(ours.records.size(), theirs.records.size()) << "a row for every actor, not only clients";
    const auto cell = [](const CsvTable& table, const CsvTable::Record& record, std::string_view column) {
        const auto found = std::find(table.header.begin(), table.header.end(), column);
        EXPECT_NE(found, table.header.end()) << column;
        return record.fields[static_cast<std::size_t>(found - table.header.begin())];
    };
    const std::pair<const char*, const char*> columns[]{{"degree", "degree"},         {"size", "degree"},
                                                        {"core", "core_number"},      {"betweenness", "betweenness"},
                                                        {"betweenness_normalised", "betweenness_normalised"},
                                                        {"constraint", "constraint"}, {"effective_size", "effective_size"},
                                                        {"efficiency", "efficiency"}};
    for (std::size_t i = 0; i < ours.records.size(); ++i) {
        const auto& mine = ours.records[i];
        const auto& reference = theirs.records[i];
        ASSERT_EQ(mine.fields[0], reference.fields[0]);
        for (const auto& [column, reference_column] : columns) {
            const std::string got = cell(ours, mine, column), expected = cell(theirs, reference, reference_column);
            if (expected.empty()) {  // an actor without contacts has no Burt's measures
                EXPECT_EQ(got, "") << mine.fields[0] << " " << column;
                continue;
            }
            const double want = std::stod(expected);
            EXPECT_NEAR(std::stod(got), want, 1e-9 * std::max(1.0, std::abs(want))) << GetParam() << " " << mine.fields[0] << " " << column;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(NetworkxGraphs, EveryActorOf,
                         ::testing::Values("networkx_karate", "networkx_lesmis", "networkx_davis", "networkx_florentine", "random_gnp_200",
                                           "random_ba_500", "random_sparse_300"));

/// Every table of a report as `--tables DIR` writes it, one CSV file each, in the report's order
/// (the lines `wrote DIR/NAME.csv` on standard output give it); a byte order mark taken off.
std::vector<CsvTable> tables_of(const std::vector<std::string>& args) {
    test::ScratchDir dir;
    std::vector<std::string> with_folder = args;
    with_folder.insert(with_folder.end(), {"--tables", (dir.path() / "tables").string()});
    const auto result = wijknet(with_folder);
    EXPECT_EQ(result.code, 0) << result.err;
    std::vector<CsvTable> tables;
    std::istringstream lines(result.out);
    for (std::string line; std::getline(lines, line);) {
        const std::string path = line.substr(6, line.find(" (") - 6);  // "wrote PATH (N rows)"
        std::string text = test::read_file(path);
        if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
        tables.push_back(csv_of(text));
    }
    EXPECT_FALSE(tables.empty());
    return tables;
}

const std::vector<std::vector<std::string>> every_report{
    {"isolated"}, {"measures"}, {"coordination"}, {"structure"}, {"change", "--from", "2024-01-01", "--to", "2025-06-01"}};

std::vector<std::string> with(std::vector<std::string> args, std::initializer_list<std::string> more) {
    args.insert(args.begin() + 1, sample);
    args.insert(args.end(), more);
    return args;
}

TEST(AnalysisCli, EveryColumnOfEveryReportHasADutchName) {
    for (const auto& report : every_report) {
        const auto tables = tables_of(with(report, {}));
        ASSERT_GE(tables.size(), 1u) << report[0];
        for (const CsvTable& table : tables)
            for (const std::string& column : table.header) EXPECT_TRUE(cli::dutch_column_name(column)) << report[0] << ": " << column;
    }
}

// The same numbers, read as Dutch Excel reads them: `;`, a decimal comma, ja/nee, Dutch kinds.
TEST(AnalysisCli, DutchExcelCsvHoldsTheSameCellsAsTheEnglish) {
    for (const auto& report : every_report) {
        const auto dutch = wijknet(with(report, {"--dialect", "nl"}));
        ASSERT_EQ(dutch.code, 0) << report[0] << ": " << dutch.err;
        ASSERT_TRUE(dutch.out.starts_with("\xEF\xBB\xBF")) << "a byte order mark, so Excel reads UTF-8";
        const auto english_tables = tables_of(with(report, {})), dutch_tables = tables_of(with(report, {"--dialect", "nl"}));
        ASSERT_EQ(english_tables.size(), dutch_tables.size()) << report[0];
        for (std::size_t t = 0; t < english_tables.size(); ++t) {
            const CsvTable &en = english_tables[t], &nl = dutch_tables[t];
            EXPECT_EQ(nl.separator, ';');
            ASSERT_EQ(nl.header.size(), en.header.size());
            for (std::size_t c = 0; c < en.header.size(); ++c) EXPECT_EQ(nl.header[c], *cli::dutch_column_name(en.header[c]));
            ASSERT_EQ(nl.records.size(), en.records.size()) << report[0];
            for (std::size_t r = 0; r < en.records.size(); ++r)
                for (std::size_t c = 0; c < en.header.size(); ++c) {
                    std::string expected = en.records[r].fields[c];
                    if (expected == "yes") expected = "ja";
                    else if (expected == "no") expected = "nee";
                    else if (expected == "resident") expected = "bewoner";
                    else if (expected == "organisation") expected = "organisatie";
                    else if (expected == "group") expected = "groep";
                    else if (expected == "place") expected = "plek";
                    else if (expected == "volunteer") expected = "vrijwilliger";
                    else if (expected.find_first_not_of("0123456789.-e+") == std::string::npos) std::ranges::replace(expected, '.', ',');
                    EXPECT_EQ(nl.records[r].fields[c], expected) << report[0] << " " << en.header[c] << " row " << r;
                }
        }
    }
}

TEST(AnalysisCli, DutchExcelIsCsvNotJson) {
    const auto result = wijknet({"measures", sample, "--dialect", "nl", "--format", "json"});
    EXPECT_EQ(result.code, 2);
    EXPECT_NE(result.err.find("--dialect: nl writes CSV for Dutch Excel"), std::string::npos) << result.err;
    EXPECT_TRUE(result.out.empty());
}

// networkx's karate club: no kinds at all. Member 0 has 16 contacts, all of unknown kind.
TEST(AnalysisCli, APlainImportedGraphGetsNoFlagsAndNotesWhy) {
    const std::string karate = test::data_path("graphml/networkx_karate.graphml").string();
    const auto one = wijknet({"measures", karate, "--ego", "0", "--format", "json"});
    ASSERT_EQ(one.code, 0) << one.err;
    boost::property_tree::ptree json;
    std::istringstream in(one.out);
    boost::property_tree::read_json(in, json);
    const auto& row = json.get_child("measures").front().second;
    EXPECT_EQ(row.get<int>("contacts"), 16);
    EXPECT_EQ(row.get<int>("formal_contacts"), 0);
    EXPECT_EQ(row.get<int>("unknown_kind_contacts"), 16);
    EXPECT_EQ(row.get<bool>("only_professionals"), false);
    EXPECT_EQ(row.get<bool>("few_good_contacts"), false);
    EXPECT_NE(one.err.find("78 of 78 ties are of unspecified kind"), std::string::npos) << one.err;

    const auto all = wijknet({"measures", karate});
    EXPECT_NE(all.err.find("no actor is a client"), std::string::npos) << all.err;
    const auto isolated = wijknet({"isolated", karate, "--format", "csv"});
    ASSERT_EQ(isolated.code, 0) << isolated.err;
    EXPECT_NE(isolated.err.find("no actor is a resident (34 of unspecified kind)"), std::string::npos) << isolated.err;
    EXPECT_EQ(isolated.out.find("note"), std::string::npos) << "notes stay out of the CSV";
}

TEST(AnalysisCli, MeasuresForOneEgoAsJson) {
    const auto result = wijknet({"measures", sample, "--ego", "c-young-pros-only", "--format", "json"});
    ASSERT_EQ(result.code, 0) << result.err;
    boost::property_tree::ptree json;
    std::istringstream in(result.out);
    ASSERT_NO_THROW(boost::property_tree::read_json(in, json)) << result.out;
    const auto& row = json.get_child("measures").front().second;
    EXPECT_EQ(row.get<std::string>("id"), "c-young-pros-only");
    EXPECT_EQ(row.get<bool>("only_professionals"), true);
    EXPECT_EQ(row.get<int>("informal_contacts"), 0);
    EXPECT_EQ(json.get_child("support").size(), 4u);
}

TEST(AnalysisCli, UnknownEgoAndBadDateAreBadInput) {
    const auto ego = wijknet({"measures", sample, "--ego", "nobody"});
    EXPECT_EQ(ego.code, 2);
    EXPECT_NE(ego.err.find("wijknet: --ego: no actor has id 'nobody'"), std::string::npos) << ego.err;
    const auto date = wijknet({"change", sample, "--from", "2024-02-30", "--to", "2025-01-01"});
    EXPECT_EQ(date.code, 2);
    EXPECT_NE(date.err.find("--from: '2024-02-30' is not a date"), std::string::npos) << date.err;
    EXPECT_EQ(wijknet({"measures", sample, "--format", "xml"}).code, 2);
}

TEST(AnalysisCli, IsolatedListsTheStoryResidentsFirst) {
    const auto result = wijknet({"isolated", sample, "--format", "csv", "--limit", "6"});
    ASSERT_EQ(result.code, 0) << result.err;
    const auto list = csv_of(result.out);
    ASSERT_EQ(list.records.size(), 6u);
    for (const auto& record : list.records) {
        const auto& id = record.fields[1];
        EXPECT_TRUE(id.starts_with("c-isolated") || id.starts_with("r-isolated") || id == "c-young-pros-only") << id;
        EXPECT_NE(record.fields[5].find("no_informal_tie"), std::string::npos);
    }
}

// The list's rows are made as they are written, each in the cells of the row before: a cell
// left over from one resident must not reach the next.
TEST(AnalysisCli, IsolatedRowsAreTheSameInEveryFormat) {
    const auto csv = wijknet({"isolated", sample, "--format", "csv"});
    ASSERT_EQ(csv.code, 0) << csv.err;
    ASSERT_EQ(csv.out.find("\n\n"), std::string::npos) << "a CSV file is one table: the list, without the counts per area";
    const auto list = csv_of(csv.out);
    ASSERT_EQ(list.header.size(), 11u);
    ASSERT_EQ(list.header[10], "sole_carer_of");
    std::size_t carers = 0;
    for (const auto& record : list.records) {
        const bool sole_carer = record.fields[5].find("sole_carer") != std::string::npos;
        EXPECT_EQ(!record.fields[10].empty(), sole_carer) << record.fields[1];
        carers += sole_carer;
    }
    EXPECT_GT(carers, 0u);
    EXPECT_LT(carers, list.records.size());

    const auto json_out = wijknet({"isolated", sample, "--format", "json"});
    boost::property_tree::ptree json;
    std::istringstream in(json_out.out);
    boost::property_tree::read_json(in, json);
    const auto& rows = json.get_child("isolated");
    ASSERT_EQ(rows.size(), list.records.size());
    std::size_t r = 0;
    for (const auto& [key, row] : rows) {
        const auto& record = list.records[r++];
        EXPECT_EQ(row.get<std::size_t>("rank"), r);
        EXPECT_EQ(row.get<std::string>("id"), record.fields[1]);
        EXPECT_EQ(row.get<std::string>("reasons"), record.fields[5]);
        EXPECT_EQ(row.get<std::string>("sole_carer_of"), record.fields[10].empty() ? "null" : record.fields[10]);
    }

    const auto table = wijknet({"isolated", sample});
    ASSERT_EQ(table.code, 0) << table.err;
    for (const auto& record : list.records)
        EXPECT_NE(table.out.find(record.fields[1] + "  "), std::string::npos) << record.fields[1];
}

// Long lists are written as their rows are made (in blocks, on every core); they read as lists
// held whole do, empty, short, and long enough for many blocks in several rounds.
TEST(ReportTable, RowsMadeAsWrittenReadAsRowsHeld) {
    using cli::Cell;
    std::vector<std::vector<Cell>> rows{{std::string("Anna, de buurvrouw"), Cell{std::int64_t{3}}, Cell{0.25}},
                                        {std::string("Bram"), Cell{}, Cell{cli::SuppressedCount{10}}}};
    for (std::int64_t r = 0; r < 50'000; ++r)
        rows.push_back({std::string("bewoner ") + std::to_string(r), Cell{r}, Cell{r % 7 == 0}});
    for (const std::size_t count : {std::size_t{0}, std::size_t{2}, std::size_t{2049}, rows.size()}) {
        const cli::ReportTable held{"list", {"name", "contacts", "share"}, {rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(count)}};
        cli::ReportTable made{"list", {"name", "contacts", "share"}, {}};
        made.made_rows = count;
        made.make_row = [&](std::size_t row, std::vector<Cell>& cells) { cells = rows[row]; };
        for (const auto format : {cli::OutputFormat::table, cli::OutputFormat::csv, cli::OutputFormat::json}) {
            std::ostringstream from_held, from_made;
            cli::write_report({&held, 1}, format, from_held);
            cli::write_report({&made, 1}, format, from_made);
            EXPECT_EQ(from_made.str(), from_held.str()) << count << " rows, format " << static_cast<int>(format);
            if (count == 0 && format == cli::OutputFormat::table) {
                EXPECT_NE(from_made.str().find("(none)"), std::string::npos);
            }
            if (count == 0 && format == cli::OutputFormat::json) {
                EXPECT_NE(from_made.str().find("\"list\": []"), std::string::npos);
            }
        }
    }
}

TEST(AnalysisCli, NoCountUnderTheThresholdReachesTheAreaTable) {
    for (const std::string min_cell : {"5", "10", "60"}) {
        const auto result = wijknet({"isolated", sample, "--format", "csv", "--table", "by_area", "--min-cell", min_cell});
        ASSERT_EQ(result.code, 0) << result.err;
        const auto areas = csv_of(result.out);
        ASSERT_EQ(areas.header.front(), "area");
        ASSERT_EQ(areas.records.size(), 6u);
        const auto threshold = std::stoul(min_cell);
        for (const auto& record : areas.records)
            for (std::size_t c = 1; c <= 3; ++c) {
                const auto& cell = record.fields[c];
                if (cell == "<" + min_cell) continue;
                EXPECT_TRUE(cell == "0" || std::stoul(cell) >= threshold) << "area " << record.fields[0] << ": " << cell;
            }
    }
}

TEST(AnalysisCli, RoundedCountsAreMultiplesOfFive) {
    const auto result = wijknet({"isolated", sample, "--format", "json", "--round5"});
    boost::property_tree::ptree json;
    std::istringstream in(result.out);
    boost::property_tree::read_json(in, json);
    for (const auto& [key, area] : json.get_child("by_area")) EXPECT_EQ(area.get<int>("residents") % 5, 0);
}

TEST(AnalysisCli, CoordinationAgendaAndStructure) {
    const auto coordination = wijknet({"coordination", sample, "--ego", "c-five-pros"});
    ASSERT_EQ(coordination.code, 0) << coordination.err;
    EXPECT_NE(coordination.out.find("none of the 5 professionals work together"), std::string::npos);
    const auto structure = wijknet({"structure", sample, "--format", "json"});
    ASSERT_EQ(structure.code, 0) << structure.err;
    boost::property_tree::ptree json;
    std::istringstream in(structure.out);
    ASSERT_NO_THROW(boost::property_tree::read_json(in, json));
    EXPECT_EQ(json.get_child("summary").front().second.get<int>("actors"), 422);
    EXPECT_EQ(json.get_child("top_brokers").size(), 10u);
    EXPECT_GT(json.get_child("articulation_points").size(), 0u);
}

// Fewer sources for a quicker look at a big network, with the error bound that goes with them.
TEST(AnalysisCli, StructureSamplesAsManySourcesAsAsked) {
    const auto result = wijknet({"structure", sample, "--exact-up-to", "100", "--sources", "50", "--format", "json"});
    ASSERT_EQ(result.code, 0) << result.err;
    boost::property_tree::ptree json;
    std::istringstream in(result.out);
    ASSERT_NO_THROW(boost::property_tree::read_json(in, json));
    const auto& summary = json.get_child("summary").front().second;
    EXPECT_TRUE(summary.get<bool>("betweenness_sampled"));
    // Hoeffding at 95% for 50 draws in [0, n/(n-1)], n = 422 (docs/analyses.md).
    EXPECT_NEAR(summary.get<double>("betweenness_error_bound"), 422.0 / 421.0 * std::sqrt(std::log(40.0) / 100.0), 1e-9);
    const auto exact = wijknet({"structure", sample, "--format", "json"});
    std::istringstream exact_in(exact.out);
    boost::property_tree::read_json(exact_in, json);
    EXPECT_FALSE(json.get_child("summary").front().second.get<bool>("betweenness_sampled"));
}

// From 10,000 actors on, structure says how it estimates betweenness and how far it is.
TEST(AnalysisCli, StructureShowsItsProgressOnBigNetworks) {
    test::ScratchDir dir;
    {
        std::ofstream actors(dir / "actors.csv"), ties(dir / "ties.csv");
        actors << "id,name,kind\n";
        ties << "source,target,kind\n";
        for (int i = 0; i < 10'000; ++i) {
            actors << 'a' << i << ",Bewoner " << i << ",resident\n";
            if (i > 0) ties << 'a' << i - 1 << ",a" << i << ",neighbour\n";
        }
    }
    const auto result = wijknet({"structure", dir.path().string(), "--exact-up-to", "5000", "--sources", "20"});
    ASSERT_EQ(result.code, 0) << result.err;
    EXPECT_EQ(result.err,
              "wijknet: betweenness of 10000 actors, estimated from 20 of them as sources: 10% 20% 30% 40% 50% 60% "
              "70% 80% 90% 100%\n");
}

TEST(AnalysisCli, ACountBelowOneIsRefusedInWords) {
    for (const auto& args : std::vector<std::vector<std::string>>{{"isolated", sample, "--min-cell", "0"},
                                                                  {"structure", sample, "--sources", "-2"},
                                                                  {"measures", sample, "--min-good", "x"}}) {
        const auto result = wijknet(args);
        EXPECT_EQ(result.code, 2);
        EXPECT_NE(result.err.find(args[2] + ": expected a whole number of at least 1, got '" + args[3] + "'"),
                  std::string::npos)
            << result.err;
        EXPECT_TRUE(result.out.empty());
    }
}

TEST(AnalysisCli, ACsvFileIsOneTableAndEveryTableCanBeHad) {
    const auto first = wijknet({"structure", sample, "--format", "csv"});
    ASSERT_EQ(first.code, 0) << first.err;
    EXPECT_EQ(first.out.find("\n\n"), std::string::npos) << "one table, which any CSV reader takes";
    EXPECT_EQ(csv_of(first.out).header.front(), "actors") << "the report's first table, the summary";
    const auto bridges = wijknet({"structure", sample, "--format", "csv", "--table", "bridges"});
    ASSERT_EQ(bridges.code, 0) << bridges.err;
    EXPECT_EQ(csv_of(bridges.out).header.front(), "source");
    const auto tables = tables_of({"structure", sample});
    EXPECT_EQ(tables.size(), 6u) << "summary, top_brokers, articulation_points, bridges, gatekeepers, no_route_to_professionals";
    const auto unknown = wijknet({"structure", sample, "--format", "csv", "--table", "brokers"});
    EXPECT_EQ(unknown.code, 2);
    EXPECT_NE(unknown.err.find("--table: names 'brokers', which this report does not have (expected one of summary, top_brokers,"), std::string::npos)
        << unknown.err;
}

TEST(AnalysisCli, ChangeShowsTheRotatingHelpers) {
    const auto result = wijknet({"change", sample, "--from", "2024-03-01", "--to", "2025-09-01", "--format", "csv"});
    ASSERT_EQ(result.code, 0) << result.err;
    const auto whole = csv_of(result.out);
    ASSERT_EQ(whole.records.size(), 1u);
    EXPECT_GT(std::stoul(whole.records[0].fields[2]), 0u) << "ties gained";
    EXPECT_GT(std::stoul(whole.records[0].fields[3]), 0u) << "ties lost";
}

}  // namespace
}  // namespace wijknet
