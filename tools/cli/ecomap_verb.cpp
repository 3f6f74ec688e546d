// SPDX-License-Identifier: MIT
#include <CLI/CLI.hpp>
#include <algorithm>
#include <iterator>
#include <optional>
#include <ostream>

#include "analysis_options.hpp"
#include "privacy_options.hpp"
#include "network_argument.hpp"
#include "verb.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/network_file.hpp"
#include "wijknet/privacy/pseudonymised_network.hpp"
#include "wijknet/privacy/pseudonyms.hpp"
#include "wijknet/render/ecomap_page.hpp"
#include "wijknet/render/picture_file.hpp"

namespace wijknet::cli {
namespace {

class EcomapVerb final : public Verb {
public:
    CLI::App* add_to(CLI::App& app) override {
        auto* command = app.add_subcommand(
            "ecomap", "Draw a client's ecomap (ecogram): the client in the centre, contacts in sectors by life domain\n"
                      "and rings by closeness, Hartman's lines, P/G/A/E support marks and a legend.\n"
                      "The format follows the extension: .svg, .png or .pdf (A4).");
        network_.add_to(*command);
        auto* ego = command->add_option("--ego", ego_, "the client's id (default: the only client, in a network that has one)");
        auto* all = command->add_flag("--all-clients", all_clients_, "one page per client (actors with client=yes); needs -o FILE.pdf");
        ego->excludes(all);
        command->add_option("-o,--output", output_, "FILE.svg, FILE.png or FILE.pdf")->required();
        command->add_option("--scheme", scheme_, "sectors: wijknet (six life domains), pantucek (four) or lensink (netwerkcirkel)")
            ->check(CLI::IsMember({"wijknet", "pantucek", "lensink"}))
            ->capture_default_str();
        auto* at = command->add_option("--at", at_, "the network as it stood on this day (YYYY-MM-DD); default: every tie");
        command->add_option("--compare", compare_, "one picture of the change between two days: ties gained and lost\n"
                                                   "are marked and counted in the legend (--compare 2024-06-01 2025-06-01)")
            ->expected(2)
            ->excludes(at);
        command->add_option("--lang", lang_, "labels and legend in Dutch (nl) or English (en)")
            ->check(CLI::IsMember({"nl", "en"}))
            ->capture_default_str();
        privacy_.add_to(*command, PrivacyOptions::Shown::names);
        command->add_flag("--no-contact-ties", hide_contact_ties_, "leave out the ties between contacts");
        command->add_option("--dpi", dpi_, "PNG resolution")->capture_default_str()->check(CLI::Range(36, 1200));
        command->add_flag("--portrait", portrait_, "A4 portrait instead of landscape");
        return command;
    }

    int run(std::ostream& out, std::ostream& err) override {
        const auto format = render::picture_format_of(output_);
        if (all_clients_ && format != render::PictureFormat::pdf)
            throw InputError(output_, 0, "--all-clients makes one page per client (expected a .pdf file)");
        const std::optional<Date> at = at_.empty() ? std::nullopt : std::optional(parse_date_option("--at", at_));
        std::optional<std::string> project_key;
        const Network network = network_.read("ecomap", ego_, "export", project_key);

        std::vector<ActorIndex> clients;
        if (!ego_.empty()) clients.push_back(find_actor_option(network, "--ego", ego_));
        else
            for (std::size_t i = 0; i < network.actor_count(); ++i)
                if (network.actor(ActorIndex{i}).is_client) clients.push_back(ActorIndex{i});
        if (clients.empty()) throw InputError(network_.path, 0, "has no clients (expected actors with client=yes, or --ego ID)");
        // A file of one client's map (easyNWK, one interview) needs no --ego.
        if (ego_.empty() && !all_clients_ && clients.size() > 1)
            throw InputError("--ego", 0, "missing: " + network_.path + " has " + std::to_string(clients.size()) + " clients (expected --ego ID, e.g. --ego " +
                                                 network.actor(clients.front()).id + ", or --all-clients)");

        render::EcomapPage request;
        request.scheme = *render::parse_sector_scheme(scheme_);
        request.language = lang_ == "en" ? render::Language::en : render::Language::nl;
        request.contact_ties = !hide_contact_ties_;
        request.at = at;
        const bool dutch = request.language == render::Language::nl;
        // With a project's key, the pseudonyms the editor shows.
        note_one_run_pseudonyms(privacy_, project_key, err);
        const std::vector<std::string> shown = privacy_.shown_names(network, dutch, project_key);
        request.name_of = [&](ActorIndex actor) { return shown[actor.value()]; };
        if (!compare_.empty()) {
            request.compare.emplace(parse_date_option("--compare", compare_[0]), parse_date_option("--compare", compare_[1]));
            if (request.compare->second < request.compare->first)
                throw InputError("--compare", 0, "the second day comes before the first (expected the earlier day first)");
        }
        render::PictureSize page{842, 595, static_cast<double>(dpi_)};
        if (portrait_) std::swap(page.width, page.height);
        const auto draw_client = [&](std::size_t i, render::Canvas& canvas) {
            auto one = request;
            one.client = clients[i];
            render::draw_ecomap_page(canvas, page.width, page.height, network, one);
        };
        if (all_clients_) render::draw_pdf_pages(output_, page, clients.size(), draw_client);
        else render::draw_picture_file(output_, page, [&](render::Canvas& canvas) { draw_client(0, canvas); });
        out << "wrote " << output_ << " (" << clients.size() << (clients.size() == 1 ? " ecomap" : " ecomaps") << ")\n";
        return exit_ok;
    }

private:
    NetworkArgument network_;
    std::string ego_;
    bool all_clients_ = false;
    std::string output_;
    std::string scheme_ = "wijknet";
    std::string at_;
    std::vector<std::string> compare_;
    std::string lang_ = "nl";
    PrivacyOptions privacy_;
    bool hide_contact_ties_ = false;
    int dpi_ = 150;
    bool portrait_ = false;
};

}  // namespace

std::unique_ptr<Verb> make_ecomap_verb() { return std::make_unique<EcomapVerb>(); }

}  // namespace wijknet::cli
