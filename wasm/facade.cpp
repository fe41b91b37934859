#include "facade.hpp"

#include <exception>
#include <new>

#include <nlohmann/json.hpp>

#include "base/json_writer.hpp"
#include "report/json.hpp"

namespace factcheck::api {
namespace {

// Every problem as {"code", "message", "pointer"}, for a failed load.
using Problems = std::vector<FactBaseError>;

std::string failure(const std::string& code, const std::string& message, const Problems* errors = nullptr) {
  JsonWriter w(-1);
  w.begin_object().field("code", code);
  if (errors) {
    w.key("errors").begin_array();
    for (const FactBaseError& e : *errors) {
      w.begin_object().field("code", e.code).field("message", e.message);
      w.field("pointer", e.pointer).end_object();
    }
    w.end_array();
  }
  w.field("message", message).key("ok").boolean(false).end_object();
  return w.take();
}

// Runs `work`, turning any exception into the failure JSON: nothing is thrown across the boundary.
template <typename Work>
std::string guarded(Work work) {
  try {
    return work();
  } catch (const std::bad_alloc&) {
    return failure("engine.out_of_memory",
                   "the engine ran out of memory; try a shorter text or a smaller fact base");
  } catch (const std::exception& e) {
    return failure("engine.internal", std::string("internal error: ") + e.what());
  } catch (...) {
    return failure("engine.internal", "internal error");
  }
}

}  // namespace

Session::Session() : checker_(std::make_shared<const Checker>()) {}

std::string Session::check(const std::string& text) const {
  return guarded([&] {
    const std::string too_large = text_too_large(text.size(), limits_);
    if (!too_large.empty()) return failure("engine.text_too_large", too_large + " (maxTextBytes)");
    return report_json(checker_->check(text), checker_->facts(), text, -1, Offsets::utf16);
  });
}

std::string Session::load_facts(const std::string& text, const std::string& mode) {
  return guarded([&] {
    if (mode != "replace" && mode != "merge")
      return failure("api.bad_mode", "mode must be \"replace\" or \"merge\", not \"" + mode + "\"");
    std::vector<FactBaseError> errors;
    FactBase fb;
    if (mode == "merge") {
      fb = checker_->facts();
      fb.merge(text, errors, limits_.max_facts_bytes);
    } else {
      fb = FactBase::parse(text, errors, limits_.max_facts_bytes);
    }
    if (!errors.empty()) {
      const std::string more =
          errors.size() > 1 ? " (and " + std::to_string(errors.size() - 1) + " more)" : std::string();
      return failure(errors[0].code, errors[0].to_string() + more, &errors);
    }
    checker_ = std::make_shared<const Checker>(std::move(fb));
    JsonWriter w(-1);
    w.begin_object().key("factbase");
    write_factbase_info(w, checker_->facts(), true);
    w.key("ok").boolean(true).end_object();
    return w.take();
  });
}

std::string Session::factbase() const {
  return guarded([&] {
    JsonWriter w(-1);
    write_factbase_info(w, checker_->facts(), true);
    return w.take();
  });
}

std::string Session::set_limits(const std::string& text) {
  return guarded([&] {
    const nlohmann::json given = nlohmann::json::parse(text, nullptr, false);
    if (!given.is_object())
      return failure("api.bad_argument", "limits are an object {maxTextBytes, maxFactsBytes}");
    Limits next = limits_;
    for (auto it = given.begin(); it != given.end(); ++it) {
      std::size_t* limit = it.key() == "maxTextBytes"    ? &next.max_text_bytes
                           : it.key() == "maxFactsBytes" ? &next.max_facts_bytes
                                                         : nullptr;
      if (!limit)
        return failure("api.bad_argument",
                       "\"" + it.key() + "\" is not a limit (maxTextBytes, maxFactsBytes)");
      constexpr long long kMost = 2147483647;  // wasm32 memory ends at 2 GB or 4 GB: nothing larger fits
      if (!it->is_number_integer() || it->get<long long>() < 1 || it->get<long long>() > kMost)
        return failure("api.bad_argument",
                       "limits." + it.key() + " must be a whole number from 1 to 2147483647");
      *limit = static_cast<std::size_t>(it->get<long long>());
    }
    limits_ = next;
    JsonWriter w(-1);
    w.begin_object().key("limits").begin_object().field("maxFactsBytes", limits_.max_facts_bytes);
    w.field("maxTextBytes", limits_.max_text_bytes).end_object().key("ok").boolean(true).end_object();
    return w.take();
  });
}

std::string version() {
  return FACTCHECK_VERSION;
}

}  // namespace factcheck::api
