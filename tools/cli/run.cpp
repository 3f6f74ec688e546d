// SPDX-License-Identifier: MIT
#include "run.hpp"

#include <CLI/CLI.hpp>
#include <ostream>

#include "gis_module_loader.hpp"
#include "read_warnings.hpp"
#include "verb.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/workbook.hpp"
#include "wijknet/store/store_errors.hpp"
#include "wijknet/version.hpp"

namespace wijknet::cli {
namespace {

constexpr const char* exit_code_help =
    "Exit codes: 0 ok; 1 failure while running (e.g. a file could not be written); "
    "2 bad input or usage (every problem is listed as FILE:LINE: what is wrong).\n"
    "Run 'wijknet VERB --help' for the options of a verb. File formats: docs/formats.md.";

void report(const InputError& error, std::ostream& err) {
    for (const auto& diagnostic : error.diagnostics()) err << "wijknet: " << diagnostic.to_string() << '\n';
    const auto count = error.diagnostics().size();
    if (count > 1) err << "wijknet: " << count << " problems found\n";
}

/// `code`, unless what the verb wrote could not all be written (a full disk, a closed pipe):
/// then a failure with a message, not a silent exit 0 with the output cut off.
int checked_output(int code, std::ostream& out, std::ostream& err) {
    out.flush();
    if (out) return code;
    err << "wijknet: cannot write to standard output (is the disk full?); the output is incomplete\n";
    return exit_failure;
}

}  // namespace

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    CLI::App app{"wijknet maps the social support network of a neighbourhood: who helps whom, formally and "
                 "informally.\nNETWORK is a folder with actors.csv and ties.csv, a Network Canvas CSV export or ego-centred tables\n"
                 "(egor, EgoWeb), a .graphml, .gexf, Pajek .net or .paj, .gml, Graphviz .dot, easyNWK .json or UCINET .dl file, an .xlsx or\n"
                 ".ods workbook with sheets actors and ties (or Kumu's elements and connections), or a .wijknet project.",
                 "wijknet"};
    set_workbook_reader(&read_workbook_with_gis_module);
    app.set_version_flag("--version", std::string("wijknet ") + std::string(version));
    app.footer(exit_code_help);
    app.require_subcommand(1);
    app.fallthrough(false);

    std::vector<std::unique_ptr<Verb>> verbs;
    verbs.push_back(make_validate_verb());
    verbs.push_back(make_info_verb());
    verbs.push_back(make_convert_verb());
    verbs.push_back(make_import_verb());
    verbs.push_back(make_ecomap_verb());
    verbs.push_back(make_draw_verb());
    verbs.push_back(make_map_verb());
    verbs.push_back(make_export_verb());
    verbs.push_back(make_measures_verb());
    verbs.push_back(make_coordination_verb());
    verbs.push_back(make_isolated_verb());
    verbs.push_back(make_change_verb());
    verbs.push_back(make_structure_verb());
    verbs.push_back(make_log_verb());
    verbs.push_back(make_serve_verb());
    verbs.push_back(make_demo_verb());
    std::vector<std::pair<CLI::App*, Verb*>> commands;
    for (auto& verb : verbs) commands.emplace_back(verb->add_to(app), verb.get());

    // CLI11 wants argv; keep the strings alive and hand it pointers.
    std::vector<std::string> words{"wijknet"};
    words.insert(words.end(), args.begin(), args.end());
    std::vector<const char*> argv;
    for (const auto& word : words) argv.push_back(word.c_str());

    if (args.empty()) {
        err << app.help();
        return exit_bad_input;
    }
    try {
        app.parse(static_cast<int>(argv.size()), argv.data());
    } catch (const CLI::CallForHelp& help) {
        return app.exit(help, out, err);
    } catch (const CLI::CallForAllHelp& help) {
        return app.exit(help, out, err);
    } catch (const CLI::CallForVersion& version_request) {
        return app.exit(version_request, out, err);
    } catch (const CLI::ParseError& error) {
        err << "wijknet: " << error.what() << "\nwijknet: run 'wijknet --help' for usage\n";
        return exit_bad_input;
    }

    for (const auto& [command, verb] : commands) {
        if (!command->parsed()) continue;
        const ReadWarningsTo warnings_to(err);
        try {
            return checked_output(verb->run(out, err), out, err);
        } catch (const InputError& error) {
            report(error, err);
            return exit_bad_input;
        } catch (const store::ChangeRefused& refused) {
            for (const auto& problem : refused.problems()) err << "wijknet: " << problem.field << ' ' << problem.message << '\n';
            return exit_bad_input;
        } catch (const store::NotFound& missing) {
            err << "wijknet: " << missing.what() << '\n';
            return exit_bad_input;
        } catch (const RunError& error) {
            err << "wijknet: " << error.what() << '\n';
            return exit_failure;
        } catch (const std::bad_alloc&) {
            err << "wijknet: out of memory\n";
            return exit_failure;
        } catch (const std::exception& error) {
            err << "wijknet: internal error: " << error.what() << '\n';
            return exit_failure;
        }
    }
    return exit_bad_input;
}

}  // namespace wijknet::cli
