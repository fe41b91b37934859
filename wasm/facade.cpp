#include "facade.hpp"

#include <exception>
#include <new>

#include <nlohmann/json.hpp>

namespace factcheck::api {
namespace {

using json = nlohmann::json;

std::string dump(const json& j) {
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string failure(const std::string& code, const std::string& message, json errors = nullptr) {
  json j{{"ok", false}, {"code", code}, {"message", message}};
  if (!errors.is_null()) j["errors"] = std::move(errors);
  return dump(j);
}

json info(const FactBase& fb) {
  json layers = json::array();
  for (const FactBaseLayer& l : fb.layers())
    layers.push_back({{"name", l.name}, {"version", l.version}, {"checksum", l.checksum}, {"facts", l.facts}});
  return {{"name", fb.name()},
          {"version", fb.version()},
          {"checksum", fb.checksum()},
          {"facts", fb.facts().size()},
          {"layers", layers},
          {"sources", fb.sources().size()},
          {"entities", fb.entities().size()},
          {"predicates", fb.predicates().size()}};
}

// Runs `work`, turning any exception into the failure JSON: nothing is thrown across the boundary.
template <typename Work>
std::string guarded(Work work) {
  try {
    return work();
  } catch (const std::bad_alloc&) {
    return failure("engine.out_of_memory", "the engine ran out of memory; try a shorter text");
  } catch (const std::exception& e) {
    return failure("engine.internal", std::string("internal error: ") + e.what());
  } catch (...) {
    return failure("engine.internal", "internal error");
  }
}

}  // namespace

Session::Session() : checker_(std::make_shared<const Checker>()) {}

std::string Session::check(const std::string& text) const {
  return guarded([&] { return report_json(checker_->check(text), checker_->facts(), text, -1, Offsets::utf16); });
}

std::string Session::load_facts(const std::string& text, const std::string& mode) {
  return guarded([&] {
    if (mode != "replace" && mode != "merge")
      return failure("api.bad_mode", "mode must be \"replace\" or \"merge\", not \"" + mode + "\"");
    std::vector<FactBaseError> errors;
    FactBase fb;
    if (mode == "merge") {
      fb = checker_->facts();
      fb.merge(text, errors);
    } else {
      fb = FactBase::parse(text, errors);
    }
    if (!errors.empty()) {
      json list = json::array();
      for (const FactBaseError& e : errors)
        list.push_back({{"code", "factbase." + e.code}, {"pointer", e.pointer}, {"message", e.message}});
      const std::string more =
          errors.size() > 1 ? " (and " + std::to_string(errors.size() - 1) + " more)" : std::string();
      return failure("factbase." + errors[0].code, errors[0].to_string() + more, std::move(list));
    }
    checker_ = std::make_shared<const Checker>(std::move(fb));
    return dump({{"ok", true}, {"factbase", info(checker_->facts())}});
  });
}

std::string Session::factbase() const {
  return guarded([&] { return dump(info(checker_->facts())); });
}

std::string version() {
  return FACTCHECK_VERSION;
}

}  // namespace factcheck::api
