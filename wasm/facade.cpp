#include "facade.hpp"

#include <exception>
#include <new>
#include <stdexcept>

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
    const Checker& checker = current();
    return report_json(checker.check(text), checker.facts(), text, -1, Offsets::utf16);
  });
}

const Checker& Session::current() const {
  if (use_ == "facts" || sources_.empty()) return *checker_;
  if (checking_) return *checking_;
  // Learned together, so that a name learned in one source is the same entity in the next; the
  // learned base then loads as any fact base does (the sources' own limit was applied when added).
  const LearnedBase learned = learn_fact_base(sources_, "Sources");
  std::vector<FactBaseError> errors;
  FactBase fb;
  if (use_ == "both") {
    fb = checker_->facts();
    fb.merge(learned.json, errors, learned.json.size() + 1);
  } else {
    fb = FactBase::parse(learned.json, errors, learned.json.size() + 1);
  }
  if (!errors.empty())
    throw std::runtime_error("the learned fact base does not load: " + errors[0].to_string());
  checking_ = std::make_shared<const Checker>(std::move(fb));
  return *checking_;
}

std::string Session::sources_json(std::size_t only) const {
  JsonWriter w(-1);
  const auto source = [&](std::size_t i) {
    w.begin_object().field("bytes", sources_[i].text.size()).field("date", sources_[i].date);
    w.field("facts", learned_facts_[i]).field("name", sources_[i].name).end_object();
  };
  w.begin_object();
  if (only != SIZE_MAX) {
    w.key("ok").boolean(true).key("source");
    source(only);
  } else {
    w.key("ok").boolean(true).key("sources").begin_array();
    for (std::size_t i = 0; i < sources_.size(); ++i) source(i);
    w.end_array().field("use", use_);
  }
  w.end_object();
  return w.take();
}

std::string Session::add_source(const std::string& text, const std::string& options) {
  return guarded([&] {
    const nlohmann::json given = nlohmann::json::parse(options, nullptr, false);
    if (!given.is_object() || !given.value("name", nlohmann::json()).is_string() ||
        (given.contains("date") && !given["date"].is_string() && !given["date"].is_null()))
      return failure("api.bad_argument", "source options are an object {name: string, date?: string}");
    SourceDocument doc{
        given["name"].get<std::string>(),
        given.contains("date") && given["date"].is_string() ? given["date"].get<std::string>() : "", text};
    std::vector<SourceDocument> next = sources_;
    next.push_back(doc);
    const std::vector<LearnError> errors = check_sources(next, max_sources_bytes_);
    if (!errors.empty()) return failure(errors[0].code, errors[0].to_string());
    const LearnedBase alone = learn_fact_base({doc}, "Sources");
    std::size_t facts = 0;
    for (std::size_t n : alone.facts_per_source) facts += n;
    sources_ = std::move(next);
    learned_facts_.push_back(facts);
    if (sources_.size() == 1 && use_ == "facts") use_ = "sources";
    checking_.reset();
    return sources_json(sources_.size() - 1);
  });
}

std::string Session::remove_source(const std::string& name) {
  return guarded([&] {
    for (std::size_t i = 0; i < sources_.size(); ++i) {
      if (sources_[i].name != name) continue;
      sources_.erase(sources_.begin() + static_cast<std::ptrdiff_t>(i));
      learned_facts_.erase(learned_facts_.begin() + static_cast<std::ptrdiff_t>(i));
      checking_.reset();
      return sources_json();
    }
    return failure("api.unknown_source", "no source is named \"" + name + "\"");
  });
}

std::string Session::sources() const {
  return guarded([&] { return sources_json(); });
}

std::string Session::use(const std::string& what) {
  return guarded([&] {
    if (what != "facts" && what != "sources" && what != "both")
      return failure("api.bad_argument",
                     "use takes \"facts\", \"sources\" or \"both\", not \"" + what + "\"");
    if (what != use_) checking_.reset();
    use_ = what;
    JsonWriter w(-1);
    w.begin_object().key("ok").boolean(true).field("use", use_).end_object();
    return w.take();
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
    checking_.reset();  // "both" stacks the sources on the new facts
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
    std::size_t sources_limit = max_sources_bytes_;
    for (auto it = given.begin(); it != given.end(); ++it) {
      std::size_t* limit = it.key() == "maxTextBytes"      ? &next.max_text_bytes
                           : it.key() == "maxFactsBytes"   ? &next.max_facts_bytes
                           : it.key() == "maxSourcesBytes" ? &sources_limit
                                                           : nullptr;
      if (!limit)
        return failure("api.bad_argument",
                       "\"" + it.key() + "\" is not a limit (maxTextBytes, maxFactsBytes, maxSourcesBytes)");
      constexpr long long kMost = 2147483647;  // wasm32 memory ends at 2 GB or 4 GB: nothing larger fits
      if (!it->is_number_integer() || it->get<long long>() < 1 || it->get<long long>() > kMost)
        return failure("api.bad_argument",
                       "limits." + it.key() + " must be a whole number from 1 to 2147483647");
      *limit = static_cast<std::size_t>(it->get<long long>());
    }
    limits_ = next;
    max_sources_bytes_ = sources_limit;
    JsonWriter w(-1);
    w.begin_object().key("limits").begin_object().field("maxFactsBytes", limits_.max_facts_bytes);
    w.field("maxSourcesBytes", max_sources_bytes_);
    w.field("maxTextBytes", limits_.max_text_bytes).end_object().key("ok").boolean(true).end_object();
    return w.take();
  });
}

std::string version() {
  return FACTCHECK_VERSION;
}

}  // namespace factcheck::api
