// SPDX-License-Identifier: MIT
#include <CLI/CLI.hpp>
#include <ostream>

#include "network_argument.hpp"
#include "verb.hpp"
#include "wijknet/io/csv_pair.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/network_file.hpp"
#include "wijknet/store/project.hpp"

namespace wijknet::cli {
namespace {

class ConvertVerb final : public Verb {
public:
    CLI::App* add_to(CLI::App& app) override {
        auto* command = app.add_subcommand(
            "convert", "Convert a network between formats, chosen by extension:\n"
                       "a folder (CSV pair: actors.csv + ties.csv), .graphml, .gexf (Gephi), .wijknet (a new project), .dot (Graphviz),\n"
                       ".net or .paj (Pajek, read only), .gml (read only), .json (easyNWK, read only), .dl (UCINET, read only)\n"
                       "or .xlsx/.ods (a workbook with sheets actors and ties, or Kumu's, read only).\n"
                       "A project comes out with every version of every tie, dated as a CSV pair holds them.\n"
                       "The output is replaced only once it is completely written; a project is never replaced.");
        input_.add_to(*command);
        command->add_option("OUT", output_, "output folder, .graphml, .gexf, .wijknet or .dot file")->required();
        command->add_option("--dialect", dialect_,
                            "how a CSV pair is written: en (comma-separated, English; the default) or nl (for Dutch Excel: "
                            "';', Dutch headers and values, decimal comma)")
            ->check(CLI::IsMember({"en", "nl"}));
        return command;
    }

    int run(std::ostream& out, std::ostream&) override {
        format_of(output_);  // an unknown output extension is a usage error before any reading
        if (format_of(output_) == NetworkFormat::project && std::filesystem::exists(output_))
            throw InputError(output_, 0, "exists already (expected a new file; 'wijknet import' adds to a project)");
        const bool dutch = dialect_ == "nl";
        if (dutch && format_of(output_) != NetworkFormat::csv_pair)
            throw InputError(output_, 0, "is not a folder, and --dialect nl writes a CSV pair (expected an output folder)");
        const Network network = input_.read("convert", {}, "export");
        if (dutch) write_csv_pair(network, output_, CsvDialect::dutch_excel);
        else save_network(network, output_, input_.path);
        out << "wrote " << output_ << " (" << network.actor_count() << " actors, " << network.tie_count()
            << " ties)\n";
        return exit_ok;
    }

private:
    NetworkArgument input_;
    std::string output_;
    std::string dialect_ = "en";
};

}  // namespace

std::unique_ptr<Verb> make_convert_verb() { return std::make_unique<ConvertVerb>(); }

}  // namespace wijknet::cli
