#include <catch2/catch.hpp>

#include "lexicon/lexicon.hpp"

using namespace factcheck;

namespace {

struct Found {
  std::string text, entity;
  bool operator==(const Found& o) const { return text == o.text && entity == o.entity; }
};

std::vector<Found> entities(const std::string& text) {
  const Lexicon lexicon(FactBase::bundled());
  std::vector<Found> out;
  for (const EntityMention& m : lexicon.find_entities(tokenize(text)))
    out.push_back({text.substr(m.start, m.end - m.start), m.entity->id});
  return out;
}

}  // namespace

TEST_CASE("entities are found by name and alias, in any case, with suffixes and possessives", "[lexicon]") {
  const auto found = entities(
      "MICROSOFT’s stake, the Software Giant said, and SoftBank Group Corp. joined Oracle Corp. and Open "
      "AI.");
  REQUIRE(found.size() == 5);
  CHECK(found[0] == Found{"MICROSOFT", "microsoft"});
  CHECK(found[1] == Found{"the Software Giant", "microsoft"});
  CHECK(found[2] == Found{"SoftBank Group Corp.", "softbank"});
  CHECK(found[3] == Found{"Oracle Corp.", "oracle"});
  CHECK(found[4] == Found{"Open AI", "openai"});
}

TEST_CASE("the longest alias wins and people are not given corporate suffixes", "[lexicon]") {
  const auto found = entities("Sam Altman co-founded it; Altman Inc is not a company here.");
  REQUIRE(found.size() == 2);
  CHECK(found[0] == Found{"Sam Altman", "sam-altman"});
  CHECK(found[1] == Found{"Altman", "sam-altman"});
}

TEST_CASE("predicate cues match word forms, the longest cue first", "[lexicon]") {
  const Lexicon lexicon(FactBase::bundled());
  const std::string text = "Microsoft injected cash and poured more into the funding round.";
  const auto tokens = tokenize(text);
  const auto stems = stems_of(tokens);
  std::vector<std::string> got;
  for (const CueMention& c : lexicon.find_cues(stems, 0, tokens.size()))
    got.push_back(
        c.predicate->id + ":" +
        text.substr(tokens[c.first_token].start, tokens[c.last_token - 1].end - tokens[c.first_token].start));
  // "poured" is a cue of three predicates: money poured in, money a venture plans to pour, and the years
  // it is poured over.
  CHECK(got == std::vector<std::string>{"invest:injected", "invest:poured", "planned_investment:poured",
                                        "investment_period:poured", "funding_round:funding round"});
}

TEST_CASE("phrases are found on stems", "[lexicon]") {
  const auto tokens = tokenize("It raised funds in two funding rounds");
  const auto stems = stems_of(tokens);
  CHECK(find_phrase(stems, 0, tokens.size(), compile_phrase("funding round")) == std::vector<std::size_t>{5});
  CHECK(find_phrase(stems, 0, tokens.size(), compile_phrase("raise")) == std::vector<std::size_t>{1});
  CHECK(find_phrase(stems, 0, 3, compile_phrase("funding round")).empty());
}
