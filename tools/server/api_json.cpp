// SPDX-License-Identifier: MIT
#include "api_json.hpp"

namespace wijknet::server {

HttpResponse json_response(int status, const Json& body) {
    // Text that is not UTF-8 (a field read from a file in another encoding) is replaced, not refused.
    return {status, "application/json; charset=utf-8", {}, body.dump(-1, ' ', false, Json::error_handler_t::replace)};
}

HttpResponse error_response(int status, const std::string& message, const std::vector<store::FieldProblem>& problems) {
    Json body{{"error", message}, {"problems", Json::array()}};
    for (const auto& problem : problems) body["problems"].push_back({{"field", problem.field}, {"message", problem.message}});
    return json_response(status, body);
}

Json body_object(const HttpRequest& request) {
    if (request.body.empty()) return Json::object();
    Json body = Json::parse(request.body, nullptr, false);
    if (body.is_discarded() || !body.is_object())
        throw BadRequest("body", "is not a JSON object (expected e.g. {\"name\": \"Anna\"})");
    return body;
}

store::Fields fields_of_json(const Json& object, std::initializer_list<std::string_view> skip) {
    store::Fields fields;
    for (const auto& [name, value] : object.items()) {
        if (std::find(skip.begin(), skip.end(), name) != skip.end()) continue;
        if (value.is_string()) fields.push_back({name, value.get<std::string>()});
        else if (value.is_null()) fields.push_back({name, ""});
        else if (value.is_boolean()) fields.push_back({name, value.get<bool>() ? "yes" : "no"});
        else if (value.is_number()) fields.push_back({name, value.dump()});
        else throw BadRequest(name, "is a list or an object (expected text, a number, true/false or null)");
    }
    return fields;
}

Json json_of(const store::Fields& fields) {
    Json object = Json::object();
    for (const auto& field : fields) object[field.name] = field.value;
    return object;
}

store::Revision based_on(const Json& body, const HttpRequest& request) {
    if (const auto found = body.find("revision"); found != body.end()) {
        if (found->is_number_integer()) return found->get<store::Revision>();
        throw BadRequest("revision", "is not a whole number (expected the revision the change is based on)");
    }
    if (const std::string* text = request.query_value("revision")) {
        try {
            std::size_t used = 0;
            const long long value = std::stoll(*text, &used);
            if (used == text->size()) return value;
        } catch (const std::exception&) {
        }
        throw BadRequest("revision", "'" + *text + "' is not a whole number");
    }
    throw BadRequest("revision", "is missing (expected the revision the change is based on, as the list gave it)");
}

namespace {

Date parse_date(std::string_view name, const std::string& text) {
    const auto day = Date::parse(text);
    if (!day) throw BadRequest(std::string(name), "'" + text + "' is not a date (expected YYYY-MM-DD)");
    return *day;
}

}  // namespace

std::optional<Date> date_in(const Json& body, const HttpRequest& request, std::string_view name) {
    if (const auto found = body.find(name); found != body.end() && !found->is_null()) {
        if (!found->is_string()) throw BadRequest(std::string(name), "is not a date (expected \"YYYY-MM-DD\")");
        if (found->get<std::string>().empty()) return std::nullopt;
        return parse_date(name, found->get<std::string>());
    }
    return date_parameter(request, name);
}

std::optional<Date> date_parameter(const HttpRequest& request, std::string_view name) {
    const std::string* text = request.query_value(name);
    if (!text || text->empty()) return std::nullopt;
    return parse_date(name, *text);
}

bool flag_parameter(const HttpRequest& request, std::string_view name) {
    const std::string* text = request.query_value(name);
    return text && (*text == "1" || *text == "true" || *text == "yes" || *text == "ja");
}

std::string text_in(const Json& body, std::string_view name) {
    const auto found = body.find(name);
    return found != body.end() && found->is_string() ? found->get<std::string>() : std::string();
}

}  // namespace wijknet::server
