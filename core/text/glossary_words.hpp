// The glossary's table, one list per language, kept apart from glossary.cpp so that the data files stay
// plain lists and the unit test can walk every entry. Not for the rest of the core: use english_word().
#pragma once

#include <cstddef>
#include <string_view>

namespace factcheck::glossary {

// One concept in one language: its English word and the foreign forms a newspaper uses, separated by
// single spaces ("umsatz umsätze umsatzes"). Forms are lower-case as english_word() sees them after its
// folds. The English word is the concept's, not inflected to match each form: the checker compares stems.
struct Row {
  std::string_view english;
  std::string_view forms;
};

// The rows of one language.
struct Language {
  std::string_view name;  // ISO 639-1 code: "de"
  const Row* rows;
  std::size_t size;
};

// The languages, one function each, defined in glossary_germanic.cpp, glossary_romance.cpp and
// glossary_polish.cpp. A form is in one list only: a word two languages share sits in the first.
Language german();
Language dutch();
Language swedish();
Language danish();
Language french();
Language spanish();
Language italian();
Language portuguese();
Language polish();

}  // namespace factcheck::glossary
