// SPDX-License-Identifier: MIT
#include <CLI/CLI.hpp>
#include <filesystem>
#include <ostream>

#include "network_argument.hpp"
#include "store_problems.hpp"
#include "verb.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/network_file.hpp"
#include "wijknet/store/project.hpp"

namespace wijknet::cli {
namespace {

class ImportVerb final : public Verb {
public:
    CLI::App* add_to(CLI::App& app) override {
        auto* command = app.add_subcommand(
            "import", "Bring a network (a CSV pair, a Network Canvas export, ego-centred tables, Kumu's CSV files, a .graphml,\n"
                      ".gexf, Pajek .net or .paj, .gml, .dot, easyNWK .json or UCINET .dl file, an .xlsx or .ods workbook) into\n"
                      "a project, which is made when it does not exist yet. Every problem in the files is listed as FILE:LINE\n"
                      "and nothing is imported then; ids already in the project are refused. The import is logged as one change.");
        command->add_option("NETWORK", network_, "folder with actors.csv and ties.csv, a Network Canvas CSV export, ego-centred tables\n"
                                                 "or Kumu's CSV files, a .graphml, .gexf, Pajek .net or .paj, .gml, .dot, easyNWK .json or UCINET\n"
                                                 ".dl file, or an .xlsx or .ods workbook with sheets actors and ties (or Kumu's elements and connections)")->required();
        command->add_option("PROJECT", project_, "the .wijknet project file")->required();
        command->add_option("--mapping", mapping_, mapping_help);
        command->add_option("--user", user_, "who imports, for the project's log (default: the user this program runs as)");
        return command;
    }

    int run(std::ostream& out, std::ostream&) override {
        if (std::filesystem::path(project_).extension() != store::project_extension && !store::is_project_path(project_))
            throw InputError(project_, 0, "is not a project file (expected a name ending in .wijknet)");
        if (store::is_project_path(network_))
            throw InputError(network_, 0, "is a project (expected a CSV pair or GraphML to import; 'wijknet convert' copies a project)");
        const Network network = load_mapped_network(network_, mapping_);
        const store::ProjectOptions options{.user = user_};
        if (!std::filesystem::exists(project_)) {
            store::Project::create_from(network, project_, network_, options);
            out << "made " << project_;
        } else {
            store::Project project = store::Project::open(project_, options);
            refused_as_input(project_, [&] { project.import(network, network_); });
            out << "added to " << project_;
        }
        out << ": " << network.actor_count() << " actors, " << network.tie_count() << " ties from " << network_ << '\n';
        return exit_ok;
    }

private:
    std::string network_;
    std::string project_;
    std::string user_;
    std::string mapping_;
};

}  // namespace

std::unique_ptr<Verb> make_import_verb() { return std::make_unique<ImportVerb>(); }

}  // namespace wijknet::cli
