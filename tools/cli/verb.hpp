// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>
#include <memory>
#include <vector>

namespace CLI {
class App;
}

namespace wijknet::cli {

/// Exit codes, the same for every verb and documented in `wijknet --help`.
enum ExitCode : int { exit_ok = 0, exit_failure = 1, exit_bad_input = 2 };

/// \brief One verb of the command line: its options, and what it does with them.
///
/// Verbs read and write through the streams they are given and throw InputError or RunError;
/// run() in run.cpp turns those into messages and exit codes in one place.
class Verb {
public:
    virtual ~Verb() = default;
    /// Adds the verb's subcommand and options to the application.
    virtual CLI::App* add_to(CLI::App& app) = 0;
    virtual int run(std::ostream& out, std::ostream& err) = 0;
};

std::unique_ptr<Verb> make_validate_verb();
std::unique_ptr<Verb> make_info_verb();
std::unique_ptr<Verb> make_convert_verb();
std::unique_ptr<Verb> make_demo_verb();
std::unique_ptr<Verb> make_measures_verb();
std::unique_ptr<Verb> make_coordination_verb();
std::unique_ptr<Verb> make_isolated_verb();
std::unique_ptr<Verb> make_change_verb();
std::unique_ptr<Verb> make_structure_verb();
std::unique_ptr<Verb> make_ecomap_verb();
std::unique_ptr<Verb> make_draw_verb();
std::unique_ptr<Verb> make_map_verb();
std::unique_ptr<Verb> make_export_verb();
std::unique_ptr<Verb> make_import_verb();
std::unique_ptr<Verb> make_log_verb();
std::unique_ptr<Verb> make_serve_verb();

}  // namespace wijknet::cli
