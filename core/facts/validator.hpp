// Reading a fact base's JSON without throwing: typed reads of members that report each problem with
// its code and JSON pointer (FactBaseError), for the loader (facts/loader.hpp) to build on.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "facts/factbase.hpp"

namespace factcheck {

// Collects problems while walking the document, each at a JSON pointer.
class Validator {
 public:
  using json = nlohmann::json;

  explicit Validator(std::vector<FactBaseError>& errors) : errors_(errors) {}

  // Records a problem: its code ("factbase.wrong_type"), where it is, and one sentence.
  void error(std::string code, std::string pointer, std::string message);

  // Reads an optional string member; a present non-string is an error.
  std::string str(const json& obj, const std::string& ptr, const char* key, bool required);

  // Reads an optional array of non-blank strings; reports a non-array and each bad item, and leaves them out.
  std::vector<std::string> strings(const json& obj, const std::string& ptr, const char* key);

  // Calls visit(item, pointer) for each object of the array doc[key]; reports the others.
  template <typename Visit>
  void each_object(const json& doc, const char* key, const char* what, bool required, Visit visit) {
    const json* list = array(doc, key, required);
    if (!list) return;
    for (std::size_t i = 0; i < list->size(); ++i) {
      const json& item = (*list)[i];
      const std::string pointer = std::string("/") + key + "/" + std::to_string(i);
      if (item.is_object()) {
        visit(item, pointer);
      } else {
        error("factbase.wrong_type", pointer, std::string(what) + " must be an object");
      }
    }
  }

  // The array doc[key], or null when it is missing (reported when required) or not an array (reported).
  const json* array(const json& doc, const char* key, bool required);

  // Reports each member of `obj` not in `allowed`: a misspelt key would otherwise be ignored silently.
  void only(const json& obj, const std::string& ptr, const std::vector<std::string>& allowed,
            const std::string& what);

  // Reports a non-empty string that is not an ISO 8601 date or FYyyyy.
  void date(const std::string& d, const std::string& ptr);

 private:
  // A key as a JSON pointer token (RFC 6901).
  static std::string escape(const std::string& key);

  std::vector<FactBaseError>& errors_;
};

}  // namespace factcheck
