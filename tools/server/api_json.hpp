// SPDX-License-Identifier: MIT
#pragma once

// JSON in and out of the API (docs/api.md): objects whose keys are the CSV pair's English column
// names and whose values are text as in the CSV pair. nlohmann::json is used only by the api_*
// files of this folder.

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "http_message.hpp"
#include "wijknet/model/date.hpp"
#include "wijknet/store/project.hpp"

namespace wijknet::server {

using Json = nlohmann::json;

/// \brief A request the API cannot take as it is: answered 400 with the problems by field.
class BadRequest : public std::runtime_error {
public:
    BadRequest(std::string field, const std::string& message)
        : std::runtime_error(field + " " + message), problems_{{std::move(field), message}} {}
    [[nodiscard]] const std::vector<store::FieldProblem>& problems() const { return problems_; }

private:
    std::vector<store::FieldProblem> problems_;
};

HttpResponse json_response(int status, const Json& body);
/// `{"error": "...", "problems": [{"field": ..., "message": ...}]}`.
HttpResponse error_response(int status, const std::string& message, const std::vector<store::FieldProblem>& problems = {});

/// The body as a JSON object. \throws BadRequest when it is not one.
Json body_object(const HttpRequest& request);
/// An object's members as fields: text as it is, numbers and true/false as text, null as
/// empty (clearing the field); leaves out `skip`. \throws BadRequest for an array or object.
store::Fields fields_of_json(const Json& object, std::initializer_list<std::string_view> skip);
Json json_of(const store::Fields& fields);

/// The revision a change was based on: member `revision` of the body or the query.
/// \throws BadRequest when it is missing.
store::Revision based_on(const Json& body, const HttpRequest& request);
/// A date member of the body or parameter of the query, if given. \throws BadRequest when it
/// is not a date.
std::optional<Date> date_in(const Json& body, const HttpRequest& request, std::string_view name);
std::optional<Date> date_parameter(const HttpRequest& request, std::string_view name);
/// A yes/no parameter: "1", "true", "yes" or "ja".
bool flag_parameter(const HttpRequest& request, std::string_view name);
/// A text member, empty when absent.
std::string text_in(const Json& body, std::string_view name);

}  // namespace wijknet::server
