#include "facts/csv_reader.hpp"

#include "facts/csv_cells.hpp"

namespace factcheck::csv {

char detect_separator(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = trim(text.substr(pos, end - pos));
    pos = end + 1;
    if (line.empty() || line[0] == '#') continue;
    bool in_quotes = false;
    std::size_t commas = 0, semicolons = 0;
    for (char c : line) {
      if (c == '"') {
        in_quotes = !in_quotes;
      } else if (!in_quotes) {
        commas += c == ',';
        semicolons += c == ';';
      }
    }
    return commas == 0 && semicolons > 0 ? ';' : ',';
  }
  return ',';
}

bool CsvReader::next(RawRow& row) {
  const std::size_t n = text_.size();
  if (pos_ >= n) return false;
  row.line = line_;
  row.cells.clear();
  row.unterminated_cell = kNone;
  std::size_t p = pos_;
  while (p < n && (text_[p] == ' ' || text_[p] == '\t')) ++p;
  if (p < n && text_[p] == '#') {  // a comment line: its quotes and separators mean nothing
    std::size_t end = text_.find('\n', pos_);
    if (end == std::string_view::npos) end = n;
    row.cells.emplace_back(text_.substr(pos_, end - pos_));
    finish(end);
    return true;
  }
  std::string cell;
  for (;;) {
    cell.clear();
    p = pos_;
    while (p < n && (text_[p] == ' ' || text_[p] == '\t')) ++p;
    if (p < n && text_[p] == '"' && !read_quoted(p, cell)) {
      row.cells.push_back(std::move(cell));
      row.unterminated_cell = row.cells.size() - 1;
      return true;
    }
    // The unquoted cell, or whatever follows a closing quote up to the separator.
    std::size_t end = pos_;
    while (end < n && text_[end] != sep_ && text_[end] != '\n') ++end;
    cell.append(text_.data() + pos_, end - pos_);
    row.cells.push_back(cell);
    if (end < n && text_[end] == sep_) {
      pos_ = end + 1;
      continue;
    }
    finish(end);
    return true;
  }
}

void CsvReader::finish(std::size_t end) {
  pos_ = end < text_.size() ? end + 1 : text_.size();
  if (end < text_.size()) ++line_;
}

bool CsvReader::read_quoted(std::size_t open, std::string& cell) {
  const std::size_t n = text_.size();
  const std::size_t open_line = line_;
  std::size_t i = open + 1;
  while (i < n) {
    const char c = text_[i];
    if (c == '"') {
      if (i + 1 < n && text_[i + 1] == '"') {
        cell += '"';
        i += 2;
        continue;
      }
      pos_ = i + 1;
      return true;
    }
    if (c == '\r' && i + 1 < n && text_[i + 1] == '\n') {  // CRLF inside a cell is a line break
      ++i;
      continue;
    }
    if (c == '\n') ++line_;
    cell += c;
    ++i;
  }
  // Only the first unclosed quote can run to the end: every quote after it stands in a doubled
  // pair, so a quote that opens a later cell closes within its run. Recovery stays linear.
  const std::size_t end = text_.find('\n', open);
  line_ = open_line;
  finish(end == std::string_view::npos ? n : end);
  return false;
}

}  // namespace factcheck::csv
