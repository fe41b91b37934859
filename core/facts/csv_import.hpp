// CSV import: a spreadsheet with one fact per row -> a fact base (the JSON that FactBase::parse reads).
//
// The layout (columns, separators, ids, series) is the one `factcheck import-csv` documents. Every
// problem is reported, not just the first, with a stable code and the physical line of the row that
// caused it; problems the fact-base validator finds in the produced JSON are mapped back to the row
// and column they came from. Never throws.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "facts/factbase.hpp"

namespace factcheck {

// A problem in the CSV, or a fact-base validation problem traced back to the cell that caused it.
struct CsvError {
  std::string code;      // stable: "csv.missing_column", ..., or "factbase.bad_date" for a mapped one
  std::size_t line = 0;  // 1-based physical line where the row starts; 0 when no row can be blamed
  std::string column;    // the column's header name ("as_of"), or empty for the whole row
  std::string message;   // one sentence, quoting the offending text
  // "[csv.CODE] line N, column COL: message"; ", column COL" is left out when `column` is empty.
  std::string to_string() const;
};

// What the CSV itself does not say about the fact base.
struct CsvImportOptions {
  std::string name = "Imported facts";  // the fact base's "name"
  std::string version = "1.0.0";        // the fact base's "version"
  // The largest CSV file taken, and the largest fact base it may become (the fact-base size limit):
  // a larger CSV is csv.too_large, a larger result factbase.too_large.
  std::size_t max_bytes = kDefaultMaxFactsBytes;
};

// Converts CSV text to a fact base: pretty JSON (2-space indent) with a trailing newline. On any error
// returns "" and appends every problem found to `errors`, in line order.
std::string import_csv(std::string_view csv, const CsvImportOptions& options, std::vector<CsvError>& errors);

}  // namespace factcheck
