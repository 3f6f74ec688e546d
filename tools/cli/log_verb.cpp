// SPDX-License-Identifier: MIT
#include <CLI/CLI.hpp>
#include <ostream>

#include "report_output.hpp"
#include "report_table.hpp"
#include "verb.hpp"
#include "wijknet/store/project.hpp"

namespace wijknet::cli {
namespace {

/// "strength weak → strong; support P → PE": what a change did, field by field.
std::string what_changed(const store::LogEntry& entry) {
    const auto value_in = [](const Attributes& fields, const std::string& name) {
        const std::string* value = find_attribute(fields, name);
        return value ? *value : std::string();
    };
    std::vector<std::string> names;
    for (const auto* fields : {&entry.before, &entry.after})
        for (const auto& field : *fields)
            if (std::find(names.begin(), names.end(), field.name) == names.end()) names.push_back(field.name);
    std::string text;
    for (const auto& name : names) {
        const std::string before = value_in(entry.before, name), after = value_in(entry.after, name);
        if (before == after) continue;
        text += (text.empty() ? "" : "; ") + name + " " + (before.empty() ? "(none)" : before) + " \u2192 " +
                (after.empty() ? "(none)" : after);
    }
    return text;
}

std::string listed(const Attributes& fields) {
    std::string text;
    for (const auto& field : fields) text += (text.empty() ? "" : ", ") + field.name + " " + field.value;
    return text;
}

std::string summary_of(const store::LogEntry& entry) {
    if (entry.event == "change" || entry.event == "end") return what_changed(entry);
    if (entry.event == "create" || entry.event == "import") return listed(entry.after);
    if (entry.event == "delete") return listed(entry.before);
    return {};
}

ReportTable log_table(const std::vector<store::LogEntry>& entries) {
    ReportTable table{"log",
                      {"id", "time", "user", "on_behalf_of", "event", "object", "object_id", "client", "change", "reason"},
                      {}, {}, 0};
    for (const auto& entry : entries)
        table.rows.push_back({static_cast<std::int64_t>(entry.id), entry.time, entry.user, entry.on_behalf_of, entry.event,
                              entry.object, entry.object_id, entry.client, summary_of(entry), entry.reason});
    return table;
}

class LogVerb final : public Verb {
public:
    CLI::App* add_to(CLI::App& app) override {
        auto* command = app.add_subcommand(
            "log", "A project's access log (NEN 7513): every change and every read of a client's network, with\n"
                   "when, by whom, on whose behalf, and what it was before and after. Reading it is logged too.");
        command->add_option("PROJECT", project_, "the .wijknet project file")->required();
        command->add_option("--client", client_, "only what concerns this client's network");
        command->add_option("--last", last_, "only the last N entries")->check(CLI::PositiveNumber);
        output_.add_to(*command, "table (for reading), csv or json");
        command->add_option("--user", user_, "who is reading, for the log (default: the user this program runs as)");
        return command;
    }

    int run(std::ostream& out, std::ostream& err) override {
        store::Project project = store::Project::open(project_, {.user = user_});
        project.record_read("read", client_, "log");
        const auto entries = project.log({.client = client_, .after = std::nullopt, .limit = last_});
        const std::vector<ReportTable> tables{log_table(entries)};
        output_.write(tables, out, err);
        return exit_ok;
    }

private:
    std::string project_;
    std::string client_;
    std::size_t last_ = 0;
    ReportOutput output_;
    std::string user_;
};

}  // namespace

std::unique_ptr<Verb> make_log_verb() { return std::make_unique<LogVerb>(); }

}  // namespace wijknet::cli
