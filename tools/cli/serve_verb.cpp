// SPDX-License-Identifier: MIT
#include <fcntl.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <filesystem>
#include <string_view>
#include <ostream>

#include "editor_service.hpp"
#include "http_server.hpp"
#include "session_token.hpp"
#include "verb.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/samples/zonnedal.hpp"
#include "wijknet/store/project.hpp"

namespace wijknet::cli {
namespace {

/// A folder of this run's own, removed with everything in it when the run ends.
class TemporaryFolder {
public:
    /// Made with mkdtemp: readable by its owner only.
    explicit TemporaryFolder(const char* stem) {
        std::string pattern = (std::filesystem::temp_directory_path() / (std::string(stem) + "-XXXXXX")).string();
        if (!::mkdtemp(pattern.data())) throw RunError("cannot make a temporary folder in " + std::filesystem::temp_directory_path().string());
        path_ = pattern;
    }
    ~TemporaryFolder() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

bool on_path(const std::string& program) {
    const char* path = std::getenv("PATH");
    std::string_view rest = path ? path : "";
    while (!rest.empty()) {
        const auto colon = rest.find(':');
        const std::filesystem::path candidate = std::filesystem::path(std::string(rest.substr(0, colon))) / program;
        if (::access(candidate.c_str(), X_OK) == 0) return true;
        if (colon == std::string_view::npos) break;
        rest.remove_prefix(colon + 1);
    }
    return false;
}

/// Opens the address in the desktop's browser, without waiting for it. The address goes through
/// a file only its owner can read, in a folder of this run: given on the browser's command line,
/// the token could be read by every user of the computer while the browser starts.
void open_in_browser(const std::string& address, const TemporaryFolder& folder, std::ostream& err) {
    if (!on_path("xdg-open")) {
        err << "wijknet: no browser to open here (xdg-open is missing): open the address above yourself\n";
        return;
    }
    const auto page = folder.path() / "open-wijknet.html";
    const int file = ::open(page.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    const std::string html = "<!doctype html><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"0; url=" + address +
                             "\"><title>wijknet</title><a href=\"" + address + "\">wijknet</a>\n";
    const bool written = file >= 0 && ::write(file, html.data(), html.size()) == static_cast<ssize_t>(html.size());
    if (file >= 0) ::close(file);
    if (!written) {
        err << "wijknet: cannot start a browser; open the address above yourself\n";
        return;
    }
    const pid_t child = ::fork();
    if (child == 0) {
        ::setsid();
        ::execlp("xdg-open", "xdg-open", page.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    if (child < 0) err << "wijknet: cannot start a browser; open the address above yourself\n";
}

class ServeVerb final : public Verb {
public:
    CLI::App* add_to(CLI::App& app) override {
        auto* command = app.add_subcommand(
            "serve", "Open a project in the editor in your browser: clients, their ecomaps, contacts added and changed\n"
                     "while you talk, the isolation list and the agenda. Serves on 127.0.0.1 only, with a token made\n"
                     "for this run; prints the address to open. Every change is saved at once. Ctrl-C stops.");
        auto* project = command->add_option("PROJECT", project_, "the .wijknet project (made empty when it does not exist)");
        auto* demo = command->add_flag("--demo", demo_, "open the sample town Zonnedal in a temporary project, removed afterwards");
        demo->excludes(project);
        command->add_option("--port", port_, "port on 127.0.0.1 (default: a free one)")->check(CLI::Range(1, 65535));
        command->add_flag("--open", open_, "open the address in the default browser");
        command->add_option("--user", user_, "who works with the project, for its log (default: the user this program runs as)");
        command->add_option("--on-behalf-of", on_behalf_of_, "on whose behalf, for the log (NEN 7513)");
        return command;
    }

    int run(std::ostream& out, std::ostream& err) override {
        if (project_.empty() && !demo_) throw InputError("PROJECT", 0, "missing (expected a .wijknet file, or --demo for the sample town)");
        std::optional<TemporaryFolder> folder;
        std::filesystem::path path = project_;
        const store::ProjectOptions options{.user = user_, .on_behalf_of = on_behalf_of_};
        std::optional<store::Project> project;
        if (demo_ || open_) folder.emplace("wijknet-serve");
        if (demo_) {
            path = folder->path() / "zonnedal.wijknet";
            project.emplace(store::Project::create_from(samples::zonnedal_network(), path, "the sample town Zonnedal", options));
        } else if (!std::filesystem::exists(path)) {
            if (path.extension() != store::project_extension)
                throw InputError(path.string(), 0, "does not exist (expected a project ending in .wijknet, made new when missing)");
            project.emplace(store::Project::create(path, options));
            out << "wijknet: made the new, empty project " << path.string() << '\n';
        } else {
            project.emplace(store::Project::open(path, options));
        }

        std::optional<server::EditorService> editor;
        server::HttpServer http(static_cast<std::uint16_t>(port_), {}, [&](const server::HttpRequest& request) {
            return editor->handle(request);
        });
        const server::SessionToken token;
        editor.emplace(*project, server::AccessGuard(http.port(), token), err);
        const std::string address = "http://127.0.0.1:" + std::to_string(http.port()) + "/?token=" + token.text();
        out << "wijknet: serving " << path.string() << " at " << address << " (Ctrl-C stops)" << std::endl;
        if (open_) open_in_browser(address, *folder, err);
        http.run();
        out << "wijknet: stopped; every change is saved in " << (demo_ ? std::string("the demo project, now removed") : path.string())
            << std::endl;
        return exit_ok;
    }

private:
    std::string project_;
    bool demo_ = false;
    int port_ = 0;
    bool open_ = false;
    std::string user_;
    std::string on_behalf_of_;
};

}  // namespace

std::unique_ptr<Verb> make_serve_verb() { return std::make_unique<ServeVerb>(); }

}  // namespace wijknet::cli
