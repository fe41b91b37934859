// Reading a CSV file into rows of cells, the CSV import's first step (facts/csv_import.hpp).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace factcheck::csv {

// An index that names nothing: no cell, no column.
constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// One row as read.
struct RawRow {
  std::size_t line = 0;                   // physical line where the row starts
  std::vector<std::string> cells;         // as written; the importer trims them and makes them valid UTF-8
  std::size_t unterminated_cell = kNone;  // the cell whose quote is never closed
};

// Picks the separator from the header line: ";" when it has semicolons and no comma outside quotes.
char detect_separator(std::string_view text);

// RFC 4180 rows, read leniently: a quote inside an unquoted cell is kept as text, text after a
// closing quote is kept too, and spaces before an opening quote are allowed. Linear in the input.
class CsvReader {
 public:
  CsvReader(std::string_view text, char separator) : text_(text), sep_(separator) {}

  // Reads the next row; false at the end of the text.
  bool next(RawRow& row);

 private:
  // Moves past the line break at `end` (or to the end of the text).
  void finish(std::size_t end);

  // Reads the quoted cell opening at `open` into cell. When the quote is never closed the row is
  // given up and reading resumes on the line after the quote, so later rows are still checked.
  bool read_quoted(std::size_t open, std::string& cell);

  std::string_view text_;
  char sep_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
};

}  // namespace factcheck::csv
