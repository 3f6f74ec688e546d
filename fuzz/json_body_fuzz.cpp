// SPDX-License-Identifier: MIT
// The API's JSON bodies, into the fields of an actor and a tie as the editor sends them.
// Oracle: an actor or tie whose fields are accepted, written as fields again, reads back equal.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "api_json.hpp"
#include "store/change_fields.hpp"

using namespace wijknet;

namespace {

void actor_round_trip(const store::Fields& fields) {
    std::vector<store::FieldProblem> problems;
    const Actor actor = store::actor_from_fields(fields, problems);
    if (!problems.empty()) return;
    std::vector<store::FieldProblem> again;
    const Actor back = store::actor_from_fields(store::actor_fields(actor), again);
    if (!again.empty() || !(back == actor)) std::abort();
}

void tie_round_trip(const store::Fields& fields) {
    std::vector<store::FieldProblem> problems;
    const store::TieFromFields tie = store::tie_from_fields(fields, problems);
    if (!problems.empty()) return;
    std::vector<store::FieldProblem> again;
    const store::TieFromFields back =
        store::tie_from_fields(store::tie_fields(tie.tie, tie.attributes, tie.source_id, tie.target_id), again);
    if (!again.empty() || !(back.tie == tie.tie) || back.attributes != tie.attributes || back.source_id != tie.source_id ||
        back.target_id != tie.target_id)
        std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    server::HttpRequest request;
    request.body.assign(reinterpret_cast<const char*>(data), size);
    try {
        const server::Json body = server::body_object(request);
        (void)server::based_on(body, request);
    } catch (const server::BadRequest&) {
    }
    try {
        const server::Json body = server::body_object(request);
        (void)server::date_in(body, request, "until");
        const store::Fields fields = server::fields_of_json(body, {"revision", "reason"});
        actor_round_trip(fields);
        tie_round_trip(fields);
        (void)server::json_of(fields).dump(-1, ' ', false, server::Json::error_handler_t::replace);
    } catch (const server::BadRequest&) {
    }
    return 0;
}
