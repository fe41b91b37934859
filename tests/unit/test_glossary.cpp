// The glossary of foreign news words (core/text/glossary.hpp): a sample per language as the tokenizer hands
// the words over, the folds it makes itself, and the table's own invariants.
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include "text/glossary.hpp"
#include "text/glossary_words.hpp"
#include "text/tokens.hpp"

using namespace factcheck;

namespace {

// The word as english_word() receives it: the norm of its one token.
std::string_view english_of(const std::string& word) {
  const auto tokens = tokenize(word);
  REQUIRE(tokens.size() == 1);
  return english_word(tokens[0].norm);
}

std::vector<glossary::Language> languages() {
  return {glossary::german(),  glossary::dutch(),      glossary::swedish(),
          glossary::danish(),  glossary::french(),     glossary::spanish(),
          glossary::italian(), glossary::portuguese(), glossary::polish()};
}

std::vector<std::string_view> split(std::string_view forms) {
  std::vector<std::string_view> out;
  while (!forms.empty()) {
    const std::size_t space = forms.find(' ');
    out.push_back(forms.substr(0, space));
    forms = space == std::string_view::npos ? std::string_view() : forms.substr(space + 1);
  }
  return out;
}

}  // namespace

TEST_CASE("glossary: a sample per language", "[glossary]") {
  CHECK(english_of("Umsatz") == "revenue");
  CHECK(english_of("Umsätze") == "revenue");
  CHECK(english_of("Mitarbeitern") == "employees");
  CHECK(english_of("omzet") == "revenue");
  CHECK(english_of("aandeelhouders") == "shareholder");
  CHECK(english_of("anställda") == "employees");
  CHECK(english_of("omsättning") == "revenue");
  CHECK(english_of("øget") == "increase");
  CHECK(english_of("medarbejdere") == "employees");
  CHECK(english_of("bénéfice") == "profit");
  CHECK(english_of("salariés") == "employees");
  CHECK(english_of("año") == "year");
  CHECK(english_of("pasajeros") == "passengers");
  CHECK(english_of("fatturato") == "revenue");
  CHECK(english_of("dipendenti") == "employees");
  CHECK(english_of("lucro") == "profit");
  CHECK(english_of("funcionários") == "employees");
  CHECK(english_of("zysk") == "profit");
  CHECK(english_of("pracowników") == "employees");
  CHECK(english_of("Vorstandschef") == "chief executive");
}

TEST_CASE("glossary: a capital that is not ASCII and an elided article are folded", "[glossary]") {
  // Token::norm lower-cases ASCII only: "Übernahme" keeps its "Ü", "État" its "É".
  CHECK(english_of("Übernahme") == "acquisition");
  CHECK(english_of("ÉLÈVES") == "pupils");
  CHECK(english_of("État") == "state");
  CHECK(english_of("Średnia") == "average");
  CHECK(english_of("Łóżek") == "beds");
  CHECK(english_of("l'année") == "year");
  CHECK(english_of("l’entreprise") == "company");
  CHECK(english_of("dell'anno") == "year");
  CHECK(english_word("x'année").empty());
}

TEST_CASE("glossary: English and unknown words give nothing", "[glossary]") {
  CHECK(english_word("revenue").empty());
  CHECK(english_word("employees").empty());
  CHECK(english_word("the").empty());
  CHECK(english_word("budget").empty());
  CHECK(english_word("qwertzuiop").empty());
  CHECK(english_word("").empty());
  CHECK(english_word(std::string(100, 'a')).empty());
}

TEST_CASE("glossary: each form is in one row only, lower-case, and no English word of the table",
          "[glossary]") {
  std::set<std::string_view> forms;
  std::set<std::string_view> english;
  std::size_t total = 0;
  for (const glossary::Language& l : languages()) {
    INFO(l.name);
    CHECK(l.size > 40);
    for (std::size_t r = 0; r < l.size; ++r) {
      english.insert(l.rows[r].english);
      for (std::string_view form : split(l.rows[r].forms)) {
        INFO(form);
        CHECK(!form.empty());
        CHECK(forms.insert(form).second);
        CHECK(form == normalize(std::string(form)));
        CHECK(english_word(form) == l.rows[r].english);
        ++total;
      }
    }
  }
  for (std::string_view e : english) {
    INFO(e);
    CHECK(forms.count(e) == 0);
  }
  CHECK(total > 1000);
}
