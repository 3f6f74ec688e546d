// SPDX-License-Identifier: MIT
// A client's ecomap: as SVG, PDF or PNG drawn by the same renderer as the command line, and for
// the page as the SVG with where each contact, name and line was drawn.
#include <cmath>
#include <map>
#include <set>

#include "api_context.hpp"
#include "wijknet/model/ego_network.hpp"
#include "wijknet/render/ecomap_page.hpp"
#include "wijknet/render/picture_file.hpp"

namespace wijknet::server {
namespace {

constexpr render::PictureSize a4_landscape{842, 595, 150};

render::EcomapPage page_asked(ApiContext& context, const HttpRequest& request, ActorIndex client) {
    render::EcomapPage page;
    page.client = client;
    page.at = date_parameter(request, "at");
    if (const std::string* compare = request.query_value("compare"); compare && !compare->empty()) {
        const auto comma = compare->find(',');
        const auto from = Date::parse(compare->substr(0, comma));
        const auto to = comma == std::string::npos ? std::nullopt : Date::parse(compare->substr(comma + 1));
        if (!from || !to) throw BadRequest("compare", "'" + *compare + "' is not two dates (expected YYYY-MM-DD,YYYY-MM-DD)");
        if (*to < *from) throw BadRequest("compare", "the second day comes before the first (expected the earlier day first)");
        page.compare.emplace(*from, *to);
        page.at.reset();
    }
    if (const std::string* scheme = request.query_value("scheme")) {
        const auto parsed = render::parse_sector_scheme(*scheme);
        if (!parsed) throw BadRequest("scheme", "'" + *scheme + "' is not a sector scheme (expected wijknet, pantucek or lensink)");
        page.scheme = *parsed;
    }
    page.language = ApiContext::dutch(request) ? render::Language::nl : render::Language::en;
    if (const std::string* ties = request.query_value("contact_ties")) page.contact_ties = *ties != "0";
    const auto names = context.names_for(request);
    page.name_of = [names](ActorIndex actor) { return names[actor]; };
    return page;
}

/// The ties drawn between each pair of actors on the page, by the pair.
std::map<std::pair<ActorIndex, ActorIndex>, std::vector<TieIndex>> ties_by_pair(const Network& network, const render::EcomapPage& page) {
    const auto view = page.compare ? ego_change(network, page.client, page.compare->first, page.compare->second).view
                                   : ego_network(network, page.client, {.radius = 1, .at = page.at});
    std::map<std::pair<ActorIndex, ActorIndex>, std::vector<TieIndex>> pairs;
    for (const TieIndex index : view.ties) {
        const Tie& tie = network.tie(index);
        pairs[std::minmax(tie.source, tie.target)].push_back(index);
    }
    return pairs;
}

Json rect_json(const render::Rect& rect) {
    return {{"x", rect.x}, {"y", rect.y}, {"width", rect.width}, {"height", rect.height}};
}

Json placement_json(ApiContext& context, const HttpRequest& request, const render::EcomapPage& page,
                    const render::EcomapDrawing& drawing) {
    const auto& placed = drawing.placement;
    const auto names = context.names_for(request);
    const bool dutch = page.language == render::Language::nl;
    Json sectors = Json::array();
    for (const auto& sector : placed.sectors) {
        const auto& definition = render::sector_definition(page.scheme, sector.definition);
        sectors.push_back({{"key", definition.key}, {"label", dutch ? definition.label_nl : definition.label_en},
                           {"start_angle", sector.start_angle}, {"end_angle", sector.end_angle}});
    }
    Json contacts = Json::array();
    for (const auto& contact : placed.contacts)
        contacts.push_back({{"actor", context.actor_json(contact.actor, names)},
                            {"x", contact.centre.x}, {"y", contact.centre.y}, {"radius", contact.radius},
                            {"label", rect_json(contact.label)},
                            {"ring", std::string(name_of(contact.ring))},
                            {"sector", render::sector_definition(page.scheme, placed.sectors.at(contact.sector).definition).key}});
    const auto pairs = ties_by_pair(context.network(), page);
    Json lines = Json::array();
    for (const auto& line : placed.lines) {
        Json ties = Json::array();
        std::set<std::int64_t> seen;
        if (const auto found = pairs.find(std::minmax(line.from_actor, line.to_actor)); found != pairs.end())
            for (const TieIndex version : found->second) {
                const auto tie = context.project().tie_of(version);
                if (seen.insert(tie.value).second) ties.push_back(context.tie_json(tie, version, names));
            }
        lines.push_back({{"from", context.network().actor(line.from_actor).id}, {"to", context.network().actor(line.to_actor).id},
                         {"x1", line.from.x}, {"y1", line.from.y}, {"x2", line.to.x}, {"y2", line.to.y}, {"ties", std::move(ties)}});
    }
    return {{"centre", {{"x", placed.centre.x}, {"y", placed.centre.y}}},
            {"ego_radius", placed.ego_radius},
            {"ego_label", rect_json(placed.ego_label)},
            {"ring_radius", placed.ring_radius},
            {"sectors", std::move(sectors)},
            {"contacts", std::move(contacts)},
            {"lines", std::move(lines)}};
}

struct Format {
    render::PictureFormat picture;
    const char* content_type;
    const char* extension;
};

}  // namespace

HttpResponse handle_ecomap(ApiContext& context, const HttpRequest& request, std::span<const std::string> rest) {
    if (request.method != "GET") return method_not_allowed(request, "GET");
    if (rest.size() != 1) return not_found(request);
    const std::string& file = rest[0];
    const std::size_t dot = file.rfind('.');
    if (dot == std::string::npos || dot == 0) return not_found(request);
    const std::string id = file.substr(0, dot), extension = file.substr(dot + 1);
    const ActorIndex client = context.actor_named(id);
    const render::EcomapPage page = page_asked(context, request, client);
    const Network& network = context.network();

    if (extension == "json") {
        render::EcomapDrawing drawing;
        std::string svg = render::draw_svg_for_screen(a4_landscape, [&](render::Canvas& canvas) {
            drawing = render::draw_ecomap_page(canvas, a4_landscape.width, a4_landscape.height, network, page);
        });
        context.viewed(id);
        const auto names = context.names_for(request);
        return json_response(200, {{"client", context.actor_json(client, names)},
                                   {"svg", std::move(svg)},
                                   {"width", a4_landscape.width},
                                   {"height", a4_landscape.height},
                                   {"placement", placement_json(context, request, page, drawing)},
                                   {"legend", {{"gained", drawing.legend.gained}, {"lost", drawing.legend.lost}}},
                                   {"revision", context.project().revision()}});
    }
    static const std::map<std::string, Format> formats{
        {"svg", {render::PictureFormat::svg, "image/svg+xml", "svg"}},
        {"pdf", {render::PictureFormat::pdf, "application/pdf", "pdf"}},
        {"png", {render::PictureFormat::png, "image/png", "png"}},
    };
    const auto format = formats.find(extension);
    if (format == formats.end()) return error_response(404, "no ecomap as ." + extension + " (expected .svg, .pdf, .png or .json)");
    auto size = a4_landscape;
    if (const std::string* dpi = request.query_value("dpi")) {
        size.dpi = std::atof(dpi->c_str());
        if (!std::isfinite(size.dpi) || size.dpi < 36 || size.dpi > 600) throw BadRequest("dpi", "'" + *dpi + "' is not between 36 and 600");
    }
    std::string bytes = render::draw_picture(format->second.picture, size, [&](render::Canvas& canvas) {
        render::draw_ecomap_page(canvas, size.width, size.height, network, page);
    });
    context.exported(id, std::string("ecomap.") + format->second.extension);
    HttpResponse response{200, format->second.content_type, {}, std::move(bytes)};
    const std::string day = (page.at ? *page.at : context.project().today()).to_string();
    response.headers.emplace_back("Content-Disposition",
                                  std::string("inline; filename=\"ecomap-") + day + "." + format->second.extension + "\"");
    return response;
}

}  // namespace wijknet::server
