// Membership, role and rank claims (core/match/relations.cpp), on a small fact base written here: an
// offshore wind consortium, its chair and its shareholders.
#include <catch2/catch.hpp>

#include "checking.hpp"

using namespace factcheck;
using factcheck::testing::check;
using factcheck::testing::fixture;
using factcheck::testing::only;
using factcheck::testing::Seen;

namespace {

// Saltmarsh Wind Partners is Corrigan Energy, Halden Turbines and Pellow Grid; some accounts add the
// Wexmoor Pension Fund. Oskar Fenn chaired it until December 2023, Maren Holt since January 2024.
// Corrigan is its largest shareholder, Halden the second-largest. Brackwater Power has no part in it.
const Checker& wind() {
  static const Checker checker(fixture(R"json({
    "name": "Saltmarsh offshore wind (test fixture)", "version": "0.1.0",
    "sources": [
      {"id": "gazette-2025-04-09", "publisher": "Fenland Gazette", "date": "2025-04-09"},
      {"id": "saltmarsh-2020-03-02", "publisher": "Saltmarsh Wind Partners", "date": "2020-03-02"}
    ],
    "entities": [
      {"id": "saltmarsh", "name": "Saltmarsh Wind Partners", "type": "venture", "aliases": ["Saltmarsh"]},
      {"id": "corrigan", "name": "Corrigan Energy", "aliases": ["Corrigan"]},
      {"id": "halden", "name": "Halden Turbines", "aliases": ["Halden"]},
      {"id": "pellow", "name": "Pellow Grid", "aliases": ["Pellow"]},
      {"id": "wexmoor", "name": "Wexmoor Pension Fund", "aliases": ["Wexmoor"]},
      {"id": "brackwater", "name": "Brackwater Power", "aliases": ["Brackwater"]},
      {"id": "maren-holt", "name": "Maren Holt", "type": "person", "aliases": ["Holt"]},
      {"id": "oskar-fenn", "name": "Oskar Fenn", "type": "person", "aliases": ["Fenn"]}
    ],
    "predicates": [
      {"id": "consortium", "label": "consortium", "value": "members",
       "cues": ["consortium", "joint venture", "partnership between"]},
      {"id": "chair", "label": "chair", "value": "role", "cues": ["chair", "chairwoman", "chairman"]},
      {"id": "shareholder", "label": "shareholder", "value": "rank",
       "cues": ["shareholder", "investor", "backer"]}
    ],
    "facts": [
      {"id": "saltmarsh-members", "subject": "saltmarsh", "predicate": "consortium",
       "value": {"members": ["corrigan", "halden", "pellow"], "optional_members": ["wexmoor"]},
       "source": "gazette-2025-04-09"},
      {"id": "saltmarsh-chair", "subject": "saltmarsh", "predicate": "chair",
       "values": [{"entity": "oskar-fenn", "valid_from": "2020-03", "valid_until": "2023-12",
                   "source": "saltmarsh-2020-03-02"},
                  {"entity": "maren-holt", "as_of": "2024-01"}],
       "source": "gazette-2025-04-09"},
      {"id": "corrigan-saltmarsh-rank", "subject": "corrigan", "predicate": "shareholder",
       "object": "saltmarsh", "value": {"rank": 1}, "source": "gazette-2025-04-09"},
      {"id": "halden-saltmarsh-rank", "subject": "halden", "predicate": "shareholder", "object": "saltmarsh",
       "value": {"rank": 2}, "source": "gazette-2025-04-09"}
    ]})json"));
  return checker;
}

// What the fact base says of Saltmarsh's members, before what a list got wrong.
const std::string kMembersSay =
    "The fact base lists Saltmarsh Wind Partners' members as Corrigan Energy, Halden Turbines and Pellow "
    "Grid, with Wexmoor Pension Fund in some accounts (Fenland Gazette, 2025-04-09)";

}  // namespace

TEST_CASE("fixtures: a list that names every member and nobody else is supported", "[fixtures][relations]") {
  const Seen s =
      only(wind(), "Saltmarsh is a consortium of Corrigan Energy, Halden Turbines and Pellow Grid.");
  CHECK(s.text == "Corrigan Energy, Halden Turbines and Pellow Grid");
  CHECK(s.fact == "saltmarsh-members");
  CHECK(s.verdict == "supported");
  CHECK(s.explanation == kMembersSay + ".");
  // By alias, in another order, with the list before the cue and the venture unnamed.
  CHECK(only(wind(), "Pellow, Corrigan and Halden formed a joint venture to build the wind farm.").verdict ==
        "supported");
}

TEST_CASE("fixtures: a list with a member missing or one too many is contradicted, and says which",
          "[fixtures][relations]") {
  const Seen missing = only(wind(), "Saltmarsh is a consortium of Corrigan and Halden.");
  CHECK(missing.verdict == "contradicted");
  CHECK(missing.explanation == kMembersSay + "; Pellow Grid is missing.");
  const Seen extra = only(wind(), "Saltmarsh is a consortium of Corrigan, Halden, Pellow and Brackwater.");
  CHECK(extra.verdict == "contradicted");
  CHECK(extra.explanation == kMembersSay + "; Brackwater Power is not a member.");
  // A name the base does not know is an extra too, as written.
  const Seen unknown =
      only(wind(), "Saltmarsh is a consortium of Corrigan, Halden, Pellow and Dunmore Cables.");
  CHECK(unknown.verdict == "contradicted");
  CHECK(unknown.explanation == kMembersSay + "; Dunmore Cables is not a member.");
  const Seen both = only(wind(), "Saltmarsh is a partnership between Corrigan, Brackwater and Pellow.");
  CHECK(both.fact == "saltmarsh-members");
  CHECK(both.explanation ==
        kMembersSay + "; Brackwater Power is not a member, and Halden Turbines is missing.");
  // A venture the sentence does not name may be another one two of the members share: unverified,
  // unless the list names every member.
  const Seen unnamed =
      only(wind(), "The wind farm is a partnership between Corrigan, Brackwater and Pellow.");
  CHECK(unnamed.fact.empty());
  CHECK(unnamed.verdict == "unverified");
  CHECK(only(wind(), "They formed a partnership between Corrigan, Halden and Pellow.").verdict ==
        "supported");
}

TEST_CASE("fixtures: an optional member may be named but stands in for no one", "[fixtures][relations]") {
  CHECK(only(wind(), "Saltmarsh is a consortium of Corrigan, Halden, Pellow and Wexmoor.").verdict ==
        "supported");
  const Seen instead = only(wind(), "Saltmarsh is a consortium of Corrigan, Halden and Wexmoor.");
  CHECK(instead.verdict == "contradicted");
  CHECK(instead.explanation == kMembersSay + "; Pellow Grid is missing.");
}

TEST_CASE("fixtures: a list that fits no venture is a relation the base does not cover",
          "[fixtures][relations]") {
  const Seen s = only(wind(), "Brackwater and Wexmoor formed a joint venture.");
  CHECK(s.verdict == "unverified");
  CHECK(s.fact.empty());
  CHECK(s.explanation ==
        "Not in the fact base: it has no fact on this relation to check \"Brackwater and Wexmoor\" against.");
}

TEST_CASE("fixtures: a role held by the right person, the wrong one, and a former holder",
          "[fixtures][relations]") {
  const Seen right = only(wind(), "Saltmarsh chair Maren Holt opened the site.");
  CHECK(right.text == "Saltmarsh chair Maren Holt");
  CHECK(right.fact == "saltmarsh-chair");
  CHECK(right.verdict == "supported");
  CHECK(right.explanation ==
        "The fact base confirms that Maren Holt is Saltmarsh Wind Partners' chair (Fenland Gazette, "
        "2025-04-09).");
  // A person the base does not know, with a first and a last name.
  const Seen wrong = only(wind(), "Saltmarsh chair Edda Lund opened the site.");
  CHECK(wrong.verdict == "contradicted");
  CHECK(wrong.explanation ==
        "The fact base says Saltmarsh Wind Partners' chair is Maren Holt (Fenland Gazette, 2025-04-09), not "
        "Edda Lund.");
  // The chair before: outdated, with when he held the role and his value's own source.
  const Seen former = only(wind(), "Saltmarsh chair Oskar Fenn opened the site.");
  CHECK(former.verdict == "outdated");
  CHECK(former.explanation ==
        "Oskar Fenn was Saltmarsh Wind Partners' chair from March 2020 until December 2023 (Saltmarsh Wind "
        "Partners, 2020-03-02); the fact base's latest is Maren Holt as of January 2024 (Fenland Gazette, "
        "2025-04-09).");
  // An organisation with no fact on the role.
  const Seen none = only(wind(), "Pellow Grid chairman Oskar Fenn opened the site.");
  CHECK(none.verdict == "unverified");
  CHECK(none.explanation ==
        "Not in the fact base: it has no fact on this relation to check \"Pellow Grid chairman Oskar Fenn\" "
        "against.");
}

TEST_CASE("fixtures: a role is read in the ways news writes it", "[fixtures][relations]") {
  for (const char* text :
       {"Maren Holt, the Saltmarsh chair, opened the site.",
        "Holt, the chairwoman of Saltmarsh Wind Partners, opened the site.",
        "Holt, Saltmarsh's chair, opened the site.",
        "Holt, Saltmarsh Wind Partners's chair, opened the site.",
        // a word of address between the title and the name
        "Saltmarsh chair Dr Maren Holt opened the site.", "Saltmarsh chair Dr. Maren Holt opened the site.",
        // one who took the role up, the organisation named elsewhere
        "After Fenn left Saltmarsh, Holt came back as chair.",
        "At Saltmarsh, Maren Holt then took over as chair."}) {
    INFO(text);
    const Seen s = only(wind(), text);
    CHECK(s.fact == "saltmarsh-chair");
    CHECK(s.verdict == "supported");
  }
  const Seen former = only(wind(), "The chairman of Saltmarsh, Oskar Fenn, opened the site.");
  CHECK(former.text == "chairman of Saltmarsh, Oskar Fenn");
  CHECK(former.verdict == "outdated");
  CHECK(only(wind(), "Saltmarsh chair Dr Oskar Fenn opened the site.").verdict == "outdated");
  // One word the base does not know is no one's name.
  CHECK(check(wind(), "Saltmarsh chair Edda opened the site.").empty());
}

TEST_CASE("fixtures: a role after a plural possessive (\"Partners' chair\") is read",
          "[fixtures][relations]") {
  // "Partners's" is read, and so is the text's own "Partners'".
  for (const char* text : {"Holt, Saltmarsh Wind Partners' chair, opened the site.",
                           "Saltmarsh Wind Partners' chair, Maren Holt, opened the site."}) {
    INFO(text);
    std::vector<std::string> verdicts;
    for (const Seen& s : check(wind(), text)) verdicts.push_back(s.verdict);
    CHECK(verdicts == std::vector<std::string>{"supported"});
  }
}

TEST_CASE("fixtures: a title-case headline names no chair", "[fixtures][relations]") {
  // "Opens Site" is two capitalised words after the cue, not the name of a chair the base does not
  // know; nor is "Saltmarsh" before "Chair", in title case, the venture named.
  CHECK(check(wind(), "Saltmarsh Chair Opens Site").empty());
  CHECK(check(wind(), "Saltmarsh Chair Opens New Turbine Hall").empty());
}

TEST_CASE("fixtures: ranks, held by the right entity and the wrong one", "[fixtures][relations]") {
  const Seen largest = only(wind(), "Corrigan is the largest shareholder in Saltmarsh.");
  CHECK(largest.text == "largest shareholder");
  CHECK(largest.fact == "corrigan-saltmarsh-rank");
  CHECK(largest.verdict == "supported");
  CHECK(largest.explanation ==
        "The fact base confirms that Corrigan Energy is the largest shareholder in Saltmarsh Wind Partners "
        "(Fenland Gazette, 2025-04-09).");
  const Seen second = only(wind(), "Halden is Saltmarsh's second-largest shareholder.");
  CHECK(second.fact == "halden-saltmarsh-rank");
  CHECK(second.verdict == "supported");
  // The holder after the phrase, and another cue of the predicate.
  CHECK(only(wind(), "Saltmarsh's largest backer, Corrigan, approved the plan.").verdict == "supported");
  // The largest holder said to be second.
  const Seen demoted = only(wind(), "Corrigan is Saltmarsh's second-largest backer.");
  CHECK(demoted.verdict == "contradicted");
  CHECK(demoted.explanation ==
        "The fact base says Halden Turbines is the second-largest shareholder in Saltmarsh Wind Partners "
        "(Fenland Gazette, 2025-04-09), not Corrigan Energy as second-largest.");
  // A holder the base does not know.
  const Seen unknown = only(wind(), "Tessaly is the largest investor in Saltmarsh.");
  CHECK(unknown.verdict == "contradicted");
  CHECK(unknown.fact == "corrigan-saltmarsh-rank");
  CHECK(unknown.explanation ==
        "The fact base says Corrigan Energy is the largest shareholder in Saltmarsh Wind Partners (Fenland "
        "Gazette, 2025-04-09), not Tessaly.");
}

TEST_CASE("fixtures: a wrong holder of the largest rank is compared with who holds it",
          "[fixtures][relations]") {
  // Not with Halden's own rank, the last fact weighed ("… is the second-largest shareholder … not
  // Halden Turbines").
  const Seen s = only(wind(), "Halden is the largest shareholder in Saltmarsh.");
  CHECK(s.verdict == "contradicted");
  CHECK(s.fact == "corrigan-saltmarsh-rank");
  CHECK(s.explanation ==
        "The fact base says Corrigan Energy is the largest shareholder in Saltmarsh Wind Partners (Fenland "
        "Gazette, 2025-04-09), not Halden Turbines.");
}
