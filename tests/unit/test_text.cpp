#include <catch2/catch.hpp>

#include <algorithm>

#include "text/count_nouns.hpp"
#include "text/sentences.hpp"
#include "text/stem.hpp"
#include "text/tokens.hpp"

using namespace factcheck;

namespace {
std::vector<std::string> norms(const std::string& text) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(text)) out.push_back(t.norm);
  return out;
}
std::string span(const std::string& text, const Token& t) {
  return text.substr(t.start, t.end - t.start);
}
// Each sentence of `text`, as its text.
std::vector<std::string> sentence_texts(const std::string& text) {
  std::vector<std::string> out;
  for (const Sentence& s : split_sentences(text, tokenize(text)))
    out.push_back(text.substr(s.start, s.end - s.start));
  return out;
}
}  // namespace

TEST_CASE("tokens keep byte offsets into the original UTF-8", "[text]") {
  const std::string text =
      "Microsoft’s \xC2\xA0$14\xC2\xA0"
      "billion “bet”";
  const auto tokens = tokenize(text);
  REQUIRE(tokens.size() == 8);
  CHECK(span(text, tokens[0]) == "Microsoft");
  CHECK(tokens[1].norm == "'s");
  CHECK(span(text, tokens[1]) == "’s");
  CHECK(tokens[2].kind == TokenKind::symbol);
  CHECK(span(text, tokens[3]) == "14");
  CHECK(tokens[3].kind == TokenKind::number);
  CHECK(tokens[4].norm == "billion");
  CHECK(tokens[5].norm == "\"");
  CHECK(tokens[6].norm == "bet");
  CHECK(tokens[7].norm == "\"");
}

TEST_CASE("numbers keep inner separators and split from glued letters", "[text]") {
  CHECK(norms("1,234.5 and .08") == std::vector<std::string>{"1,234.5", "and", ".08"});
  const std::string text = "US$750m";
  const auto t = tokenize(text);
  REQUIRE(t.size() == 4);
  CHECK(t[0].norm == "us");
  CHECK(t[1].norm == "$");
  CHECK(t[2].norm == "750");
  CHECK(t[3].norm == "m");
  CHECK(adjacent(t[2], t[3]));
}

TEST_CASE("typographic dashes and quotes are normalised", "[text]") {
  CHECK(norms("$5–10 billion — roughly") ==
        std::vector<std::string>{"$", "5", "-", "10", "billion", "--", "roughly"});
  CHECK(norms("don’t") == std::vector<std::string>{"don't"});
  CHECK(normalize("The Software GIANT") == "the software giant");
}

TEST_CASE("invalid UTF-8 and NUL bytes never stop the tokenizer", "[text]") {
  const std::string text = std::string("ab\xFF\xC3 cd") + '\0' + "ef \xE2\x82";
  const auto tokens = tokenize(text);
  REQUIRE_FALSE(tokens.empty());
  for (const Token& t : tokens) {
    CHECK(t.start < t.end);
    CHECK(t.end <= text.size());
  }
  CHECK(tokens.front().norm == "ab");
}

TEST_CASE("sentences split on terminal punctuation, not after abbreviations", "[text]") {
  const std::string text =
      "SoftBank Group Corp. and Oracle Corp. joined. The U.S. deal closed! “Will it last?”\nNobody knows\n"
      "A headline without a stop\nNext line.";
  const auto tokens = tokenize(text);
  const auto sentences = split_sentences(text, tokens);
  std::vector<std::string> got;
  for (const Sentence& s : sentences) got.push_back(text.substr(s.start, s.end - s.start));
  CHECK(got == std::vector<std::string>{"SoftBank Group Corp. and Oracle Corp. joined.",
                                        "The U.S. deal closed!", "“Will it last?”", "Nobody knows",
                                        "A headline without a stop", "Next line."});
  // A scale's full stop before its currency ends nothing; before another word it may.
  const std::string lt =
      "The plant cost 23,5 mln. Eur, with 4,1 mln. Eur from the agency. Profit was 5,2 mln. The "
      "board met.";
  CHECK(sentence_texts(lt) ==
        std::vector<std::string>{"The plant cost 23,5 mln. Eur, with 4,1 mln. Eur from the agency.",
                                 "Profit was 5,2 mln.", "The board met."});
}

TEST_CASE("a scale's full stop before a currency in lower case ends no sentence", "[text][s16-17]") {
  const std::string text =
      "Potisje earned 4,82 mlrd. dinara in 2023. Profit was 2,41 milj. eurot. Revenue hit 9,1 mlrd. The "
      "board met.";
  CHECK(sentence_texts(text) == std::vector<std::string>{"Potisje earned 4,82 mlrd. dinara in 2023.",
                                                         "Profit was 2,41 milj. eurot.",
                                                         "Revenue hit 9,1 mlrd.", "The board met."});
}

TEST_CASE("stems unify word forms of a cue", "[text]") {
  for (const char* w : {"invest", "invests", "invested", "investing", "investment", "investments"})
    CHECK(stem(w) == stem("invest"));
  CHECK(stem("injected") == stem("inject"));
  CHECK(stem("injection") == stem("inject"));
  CHECK(stem("raised") == stem("raise"));
  CHECK(stem("committed") == stem("commit"));
  CHECK(stem("spent") == stem("spend"));
  CHECK(stem("agreeing") == stem("agreement"));
  CHECK(stem("went") == stem("goes"));
  CHECK(stem("Poured") == stem("pour"));
  CHECK(stem("invest") != stem("investor"));
  // "found" is the past of "find" ("it found 2,000 faults"), not a form of "founded".
  CHECK(stem("founded") == stem("founding"));
  CHECK(stem("found") == stem("finds"));
  CHECK(stem("found") != stem("founded"));
}

TEST_CASE("a run without stops is cut into bounded sentences", "[text]") {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "word ";
  const auto tokens = tokenize(text);
  const auto sentences = split_sentences(text, tokens);
  REQUIRE(sentences.size() == 5);
  for (const Sentence& s : sentences) CHECK(s.last_token - s.first_token == kMaxSentenceTokens);
}

TEST_CASE("hard-wrapped lines stay one sentence; headlines and bullets do not", "[text]") {
  const std::string text =
      "Microsoft has invested nearly $14 billion in OpenAI over several years, and\n"
      "it remains the largest investor in the startup by a wide margin, analysts say.\n"
      "Stargate takes shape\n"
      "• OpenAI, SoftBank and Oracle are the members of the new venture\n"
      "• Microsoft is a technology partner";
  const auto tokens = tokenize(text);
  std::vector<std::string> got;
  for (const Sentence& s : split_sentences(text, tokens))
    got.push_back(text.substr(s.start, s.end - s.start));
  REQUIRE(got.size() == 4);
  CHECK(got[0].rfind("Microsoft has invested", 0) == 0);
  CHECK(got[0].find("analysts say.") != std::string::npos);
  CHECK(got[1] == "Stargate takes shape");
}

TEST_CASE("a short line that goes on in lower case was wrapped mid-figure", "[text]") {
  const std::string text = "Redmond has sunk nearly $14\nbillion into the lab.\nMarkets\nclosed higher.";
  const auto tokens = tokenize(text);
  std::vector<std::string> got;
  for (const Sentence& s : split_sentences(text, tokens))
    got.push_back(text.substr(s.start, s.end - s.start));
  CHECK(got == std::vector<std::string>{"Redmond has sunk nearly $14\nbillion into the lab.",
                                        "Markets\nclosed higher."});
}

TEST_CASE("pasted markup and brackets after a stop start a sentence", "[text]") {
  const std::string text = "It rose 4%. <b>bold</b> stays. (Figures are provisional.) [Edited] #tag";
  const auto tokens = tokenize(text);
  std::vector<std::string> got;
  for (const Sentence& s : split_sentences(text, tokens))
    got.push_back(text.substr(s.start, s.end - s.start));
  CHECK(got == std::vector<std::string>{"It rose 4%.", "<b>bold</b> stays.", "(Figures are provisional.)",
                                        "[Edited] #tag"});
}

TEST_CASE("an emoji before a capital ends a post's sentence", "[text]") {
  const std::string text = "sunk ~$14B into it 🤔 SoftBank gets the equity 🙃 and that is that";
  const auto tokens = tokenize(text);
  std::vector<std::string> got;
  for (const Sentence& s : split_sentences(text, tokens))
    got.push_back(text.substr(s.start, s.end - s.start));
  CHECK(got == std::vector<std::string>{"sunk ~$14B into it 🤔",
                                        "SoftBank gets the equity 🙃 and that is that"});
}

TEST_CASE("posts: a lower-case sentence after a stop, a cashtag after an emoji, a year wrapped after a month",
          "[text]") {
  const std::string text =
      "OpenAI started out in Dec\n2015 as a nonprofit. fast forward a bit 💀 $MSFT paid up.";
  const auto tokens = tokenize(text);
  std::vector<std::string> got;
  for (const Sentence& s : split_sentences(text, tokens))
    got.push_back(text.substr(s.start, s.end - s.start));
  CHECK(got == std::vector<std::string>{"OpenAI started out in Dec\n2015 as a nonprofit.",
                                        "fast forward a bit 💀", "$MSFT paid up."});
  // Abbreviations and short words keep their sentence: "approx. two", "Inc. said".
  const std::string abbrev = "It cost approx. two dollars. Acme Inc. said so.";
  const auto t2 = tokenize(abbrev);
  CHECK(split_sentences(abbrev, t2).size() == 2);
}

TEST_CASE("lists and tables: bullets in one line, dot leaders, and rows that start with a date", "[text]") {
  const std::string text =
      "This week: • Stargate: up to $500B • MSFT total: ~$14B\n"
      "Dec 2015 ...... OpenAI founded\n"
      "Oct 2024 ...... a $6.6 bn round at a $157 bn valuation; Microsoft puts in $750 mn\n"
      "Jan 21, 2025 .. Stargate announced";
  const auto tokens = tokenize(text);
  std::vector<std::string> got;
  for (const Sentence& s : split_sentences(text, tokens))
    got.push_back(text.substr(s.start, s.end - s.start));
  CHECK(got ==
        std::vector<std::string>{"This week:", "• Stargate: up to $500B", "• MSFT total: ~$14B",
                                 "Dec 2015 ...... OpenAI founded",
                                 "Oct 2024 ...... a $6.6 bn round at a $157 bn valuation; Microsoft puts in "
                                 "$750 mn",
                                 "Jan 21, 2025 .. Stargate announced"});
  // A long line that needs what follows still wraps onto a number: "since\n2019".
  const std::string wrapped =
      "Microsoft has invested nearly $14 billion in OpenAI over several years, the first of it since\n"
      "2019, analysts say.";
  const auto t2 = tokenize(wrapped);
  CHECK(split_sentences(wrapped, t2).size() == 1);
}

TEST_CASE("a timeline's rows are sentences of their own, however long", "[text]") {
  const std::string text =
      "Nov 17–19, 2023 – the board names an interim chief for the weekend\n"
      "Late Nov 2023 – the former chief returns to the job";
  const auto tokens = factcheck::tokenize(text);
  CHECK(factcheck::split_sentences(text, tokens).size() == 2);
  // A hard-wrapped paragraph still joins.
  const std::string wrapped =
      "The board said on Friday that it had named an interim chief for the\n"
      "weekend, and that the former chief would return.";
  CHECK(factcheck::split_sentences(wrapped, factcheck::tokenize(wrapped)).size() == 1);
}

TEST_CASE("count nouns of one family: branches are shops, moorings berths; arches are neither",
          "[text][s16-18]") {
  using factcheck::same_count_noun;
  using factcheck::stem;
  CHECK(same_count_noun(stem("branches"), stem("stores")));
  CHECK(same_count_noun(stem("moorings"), stem("berths")));
  CHECK_FALSE(same_count_noun(stem("arches"), stem("stores")));
  CHECK_FALSE(same_count_noun(stem("moorings"), stem("boats")));
}

TEST_CASE("count nouns of one family: planes are aircraft, lorries trucks; jobs are no posts", "[text]") {
  using factcheck::same_count_family;
  using factcheck::same_count_noun;
  using factcheck::stem;
  CHECK(same_count_noun(stem("planes"), stem("aircraft")));
  CHECK(same_count_noun(stem("lorries"), stem("trucks")));
  CHECK(same_count_noun(stem("colleagues"), stem("employees")));
  CHECK_FALSE(same_count_noun(stem("jobs"), stem("posts")));
  // "People" counts viewers as it counts any people; a family of nouns leaves that aside.
  CHECK(same_count_noun(stem("viewers"), stem("people")));
  CHECK_FALSE(same_count_family(stem("viewers"), stem("people")));
  CHECK(same_count_family(stem("tickets"), stem("admissions")));
  // The family listed, to look each noun up: "tickets" brings "admissions", "viewers" only itself.
  const std::vector<std::string> tickets = factcheck::count_family(stem("tickets"));
  CHECK(std::find(tickets.begin(), tickets.end(), stem("admissions")) != tickets.end());
  CHECK(factcheck::count_family(stem("viewers")) == std::vector<std::string>{stem("viewers")});
}

TEST_CASE("a subtitle file's sentence runs on across its cues", "[text][srt]") {
  const std::string srt =
      "1\n00:00:01,000 --> 00:00:04,200\nBack in July 2019, the firm wrote\nits first cheque \u2013\n\n"
      "2\n00:00:04,300 --> 00:00:07,800\none billion dollars. Today the total\nstands at $14bn.\n\n"
      "3\n00:00:07,900 --> 00:00:11,500\nA new cue, a new sentence.";
  const std::vector<std::string> sentences = sentence_texts(srt);
  // The sentence that ends in the second cue holds the first cue's words and the second's header.
  const auto with = [&](const std::string& words) {
    return std::find_if(sentences.begin(), sentences.end(),
                        [&](const std::string& s) { return s.find(words) != std::string::npos; });
  };
  REQUIRE(with("one billion dollars.") != sentences.end());
  CHECK(with("one billion dollars.")->find("its first cheque") != std::string::npos);
  CHECK(*with("Today the total") == "Today the total\nstands at $14bn.");
  // After a full stop, the next cue starts a sentence of its own.
  CHECK(sentences.back() == "A new cue, a new sentence.");
  // A blank line with no cue after it still ends a paragraph.
  CHECK(sentence_texts("A heading with no stop\n\nThe next paragraph.").size() == 2);
}

TEST_CASE("wire flashes: each line that opens on an asterisk is a sentence", "[text][r14j]") {
  const std::string text =
      "*NADELLA: MSFT 'GOOD FOR MY $80 BILLION' ON AZURE BUILD-OUT\n"
      "*OPENAI VALUATION TO $300B IN TALKS WITH SOFTBANK -- SOURCES\n"
      "*MSFT AGREED $10 BLN OPENAI DEAL IN 2023";
  const std::vector<std::string> got = sentence_texts(text);
  REQUIRE(got.size() == 3);
  CHECK(got[1] == "*OPENAI VALUATION TO $300B IN TALKS WITH SOFTBANK -- SOURCES");
}

TEST_CASE("a continental scale's full stop before a capital that is no currency ends the sentence",
          "[text][r14l]") {
  const std::string text =
      "By March the sum had climbed to almost 9 mrd. In 2024 the partners added more. Kestrel paid 4 Mrd. "
      "Euro and 2 Mio. USD.";
  CHECK(sentence_texts(text) == std::vector<std::string>{"By March the sum had climbed to almost 9 mrd.",
                                                         "In 2024 the partners added more.",
                                                         "Kestrel paid 4 Mrd. Euro and 2 Mio. USD."});
}

TEST_CASE("a currency's full stop before its amount ends no sentence", "[text][r14m]") {
  CHECK(sentence_texts("It cost Rs. 4.1 trillion in all. Nu. 245 million came later.") ==
        std::vector<std::string>{"It cost Rs. 4.1 trillion in all.", "Nu. 245 million came later."});
}
