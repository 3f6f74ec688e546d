// SPDX-License-Identifier: MIT
// `import wijknet`: networks read by every reader graphlib has, their actors and ties as rows, and
// the analyses as the command line reports them (the same tables, so the same numbers).
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "actor_measures_report.hpp"
#include "analysis_reports.hpp"
#include "python_rows.hpp"
#include "structure_reports.hpp"
#include "wijknet/analysis/betweenness.hpp"
#include "wijknet/analysis/change.hpp"
#include "wijknet/analysis/contact_graph.hpp"
#include "wijknet/analysis/coordination.hpp"
#include "wijknet/analysis/ego_measures.hpp"
#include "wijknet/analysis/isolation.hpp"
#include "wijknet/gis/workbook_file.hpp"
#include "wijknet/io/csv_pair.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/network_file.hpp"
#include "wijknet/io/vocabulary_mapping.hpp"
#include "wijknet/io/workbook.hpp"
#include "wijknet/store/project.hpp"
#include "wijknet/version.hpp"

namespace py = pybind11;

namespace wijknet::python {
namespace {

/// \brief A network as read, with what the reader warned of.
struct ReadNetwork {
    Network network;
    std::vector<std::string> warnings;
};

std::vector<std::string> shown(const DiagnosticList& diagnostics) {
    std::vector<std::string> lines;
    for (const Diagnostic& diagnostic : diagnostics.items()) lines.push_back(diagnostic.to_string());
    return lines;
}

/// As the command line reads a NETWORK: a project's read is logged; without a mapping file the
/// kinds another tool's type column already says are taken (and told among the warnings).
ReadNetwork load(const std::filesystem::path& path, const std::optional<std::filesystem::path>& mapping) {
    DiagnosticList warnings;
    Network network;
    if (store::is_project_path(path)) {
        store::Project project = store::Project::open(path);
        project.record_read("read", "", "python");
        network = std::move(project).take_network();
    } else {
        network = load_network(path, &warnings);
    }
    if (mapping) {
        apply_vocabulary_mapping(network, read_vocabulary_mapping(*mapping), &warnings);
    } else if (store::is_project_path(path)) {
        // A project holds kinds as they were imported, as the command line reads it.
    } else if (const VocabularyMapping defaults = default_vocabulary_mapping(network); !defaults.rules.empty()) {
        apply_vocabulary_mapping(network, defaults);
        warnings.add(path.string(), 0, "took the kinds from another tool's type column (give mapping= to read them otherwise, docs/formats.md)");
    }
    return {std::move(network), shown(warnings)};
}

ActorIndex actor_named(const Network& network, const std::string& id) {
    const auto found = network.find_actor(id);
    if (!found) throw py::key_error("no actor has id '" + id + "'");
    return *found;
}

/// `at="2024-03-01"`, as `--at` takes it.
std::optional<Date> day_of(const std::optional<std::string>& at) {
    if (!at) return std::nullopt;
    const auto day = Date::parse(*at);
    if (!day) throw py::value_error("at='" + *at + "' is no date (expected YYYY-MM-DD, e.g. 2024-03-01)");
    return day;
}

py::list isolated(const ReadNetwork& read, std::optional<std::string> at, std::size_t min_good_contacts) {
    IsolationOptions options;
    options.at = day_of(at);
    options.min_good_contacts = min_good_contacts;
    const auto flags = isolated_residents(read.network, options);
    return rows_of(cli::isolation_table(read.network, flags, 0));
}

py::list measures(const ReadNetwork& read, std::optional<std::string> ego, bool every_actor, std::optional<std::string> at,
                  std::size_t min_good_contacts) {
    if (every_actor && ego) throw py::value_error("ego= and every_actor=True ask for different tables (expected one of them)");
    if (every_actor) return rows_of(cli::every_actor_table(read.network, day_of(at), {}));
    EgoMeasureOptions options;
    options.at = day_of(at);
    options.min_good_contacts = min_good_contacts;
    EgoMeter meter(read.network, options);
    std::vector<EgoMeasures> egos;
    if (ego) {
            egos.push_back(meter.measure(actor_named(read.network, *ego)));
    } else {
        for (std::size_t i = 0; i < read.network.actor_count(); ++i)
            if (read.network.actor(ActorIndex{i}).is_client) egos.push_back(meter.measure(ActorIndex{i}));
    }
    return rows_of(cli::ego_measures_table(read.network, egos));
}

py::dict coordination(const ReadNetwork& read, std::optional<std::string> ego, std::optional<std::string> at) {
    const CoordinationOptions options{day_of(at)};
    const Network& network = read.network;
    if (ego) {
        const auto care = coordinate_care(network, actor_named(network, *ego), options);
        return tables_of({cli::coordination_table(network, {care}), cli::professionals_table(network, care)});
    }
    std::vector<CareCoordination> all;
    for (std::size_t i = 0; i < network.actor_count(); ++i)
        if (network.actor(ActorIndex{i}).is_client) all.push_back(coordinate_care(network, ActorIndex{i}, options));
    return tables_of({cli::coordination_table(network, all), cli::agenda_table(network, coordination_agenda(network, options))});
}

py::dict structure(const ReadNetwork& read, std::optional<std::string> at, std::size_t top, std::size_t exact_up_to, std::size_t sources) {
    const auto graph = contact_graph(read.network, {day_of(at)});
    BetweennessOptions options;
    options.exact_up_to = exact_up_to;
    options.sampled_sources = sources;
    const auto between = betweenness(graph, options);
    return tables_of(cli::structure_tables(read.network, graph, between, top));
}

py::dict change(const ReadNetwork& read, const std::string& from, const std::string& to) {
    const Date first = *day_of(from), last = *day_of(to);
    return tables_of(cli::change_tables(read.network, change_between(read.network, first, last)));
}

/// wijknet.InputError (a ValueError) carries every problem, `FILE:LINE: message`, in `problems`.
void register_input_error(py::module_& module) {
    static py::exception<InputError> input_error(module, "InputError", PyExc_ValueError);
    py::register_exception_translator([](std::exception_ptr thrown) {
        try {
            if (thrown) std::rethrow_exception(thrown);
        } catch (const InputError& error) {
            const auto type = py::reinterpret_borrow<py::object>(input_error.ptr());
            py::object raised = type(py::str(error.what()));
            std::vector<std::string> problems;
            for (const Diagnostic& problem : error.diagnostics()) problems.push_back(problem.to_string());
            raised.attr("problems") = problems;
            PyErr_SetObject(input_error.ptr(), raised.ptr());
        }
    });
}

}  // namespace
}  // namespace wijknet::python

PYBIND11_MODULE(_wijknet, module) {
    using namespace wijknet;
    using namespace wijknet::python;
    module.doc() = "wijknet: social support networks of neighbourhoods, read and analysed as the command line does";
    module.attr("__version__") = std::string(wijknet::version);
    set_workbook_reader(&gis::read_workbook);
    register_input_error(module);

    py::class_<ReadNetwork>(module, "Network", "A network read from a file or folder (wijknet.load_network)")
        .def_property_readonly("actor_count", [](const ReadNetwork& read) { return read.network.actor_count(); })
        .def_property_readonly("tie_count", [](const ReadNetwork& read) { return read.network.tie_count(); })
        .def_readonly("warnings", &ReadNetwork::warnings, "what the reader warned of, FILE:LINE: message")
        .def("actors", [](const ReadNetwork& read) { return rows_of_csv(actors_csv_text(read.network), "actors.csv"); },
             "the actors as rows, with the columns of actors.csv (docs/formats.md)")
        .def("ties", [](const ReadNetwork& read) { return rows_of_csv(ties_csv_text(read.network), "ties.csv"); },
             "the ties as rows, with the columns of ties.csv (docs/formats.md)")
        .def("__repr__", [](const ReadNetwork& read) {
            return "<wijknet.Network: " + std::to_string(read.network.actor_count()) + " actors, " +
                   std::to_string(read.network.tie_count()) + " ties>";
        });

    module.def("load_network", &load, py::arg("path"), py::arg("mapping") = std::nullopt,
               "Reads a network as any wijknet verb reads NETWORK (docs/formats.md); raises wijknet.InputError with every problem.");
    module.def("isolated", &isolated, py::arg("network"), py::kw_only(), py::arg("at") = std::nullopt, py::arg("min_good_contacts") = 4,
               "The residents at risk of isolation, most urgent first: the rows of `wijknet isolated` (docs/analyses.md).");
    module.def("measures", &measures, py::arg("network"), py::kw_only(), py::arg("ego") = std::nullopt, py::arg("every_actor") = false,
               py::arg("at") = std::nullopt, py::arg("min_good_contacts") = 4,
               "Each client's network in numbers: the rows of `wijknet measures` (docs/analyses.md); with every_actor=True, every "
               "actor's size, degree, betweenness, constraint, effective size, efficiency and core (`--every-actor`).");
    module.def("coordination", &coordination, py::arg("network"), py::kw_only(), py::arg("ego") = std::nullopt, py::arg("at") = std::nullopt,
               "Care coordination: the tables of `wijknet coordination`, by name (docs/analyses.md).");
    module.def("structure", &structure, py::arg("network"), py::kw_only(), py::arg("at") = std::nullopt, py::arg("top") = 10,
               py::arg("exact_up_to") = 50'000, py::arg("sources") = 2'000,
               "The whole network: the tables of `wijknet structure`, by name (docs/analyses.md).");
    module.def("change", &change, py::arg("network"), py::arg("since"), py::arg("to"),
               "What changed between two days: the tables of `wijknet change --from --to`, by name (docs/analyses.md).");
}
