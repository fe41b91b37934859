// Internal to match/: the finder of one sentence's relational claims (match/relations.hpp). Its cue-led
// readers (relations.cpp) start from the fact base's relational cues; its phrase readers
// (relation_phrases.cpp) from the engine's own words for the three relations: "is part of", "joined",
// "who will chair", "runs", "X-led", "former", "no longer".
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "match/claim.hpp"
#include "match/sentence.hpp"
#include "match/stance.hpp"

namespace factcheck {

class RelationFinder {
 public:
  // `phrases`: whether may_have_phrases() said yes.
  RelationFinder(const SentenceView& view, const FactBase& facts, bool phrases)
      : v_(view), facts_(facts), phrases_(phrases) {}

  // Every relational claim of the sentence, judged.
  std::vector<Claim> run();

  // Whether the sentence has a word the phrase readers start from (a quick no for most sentences).
  static bool may_have_phrases(const SentenceView& view);

 private:
  // Something the sentence names: an entity, or capitalised words the fact base does not know.
  struct Name {
    NamedThing thing;
    std::size_t first = 0, last = 0;  // token range
  };

  // ---- relations.cpp: the readers led by the fact base's cues -------------------------------------
  void relate(const CueMention& cue);
  void role(const CueMention& cue);
  void members(const CueMention& cue);
  void rank(const CueMention& cue);

  // ---- relation_phrases.cpp: the readers led by the engine's own words ------------------------------
  void read_phrases();
  // "X is (not) part of Y", "X is a Y member", "X joined Y", "X sits out Y".
  void membership_at(std::size_t i);
  // "OpenAI, SoftBank and Oracle unveiled Stargate": a venture's founders listed before it.
  void founders_of(const EntityMention& venture);
  // "X, who will chair Y", "X runs Y", "she ran Y", "X-led Y".
  void leadership_at(std::size_t i);
  // "Microsoft-backed OpenAI": confirmed by the backer's rank among the investors, never contradicted.
  void backed_at(std::size_t i);
  // "Sam Altman's OpenAI": confirms a leader, never contradicts one.
  void possessed_by_leader();
  // The organisation a verb governs: an entity, or "the venture" for the venture the text is about.
  std::optional<Name> organisation_at(std::size_t i) const;
  // After "the Altman-led": the organisation an alias's words without their article name ("ChatGPT
  // maker"), or a plain noun ("company", "venture") for the one whose role the leader holds or held.
  std::optional<Name> described_after_article(std::size_t i, const Entity& leader) const;
  // The one venture (an entity with a members fact) the sentence names, else the one it refers back to,
  // else (`or_before`) the one the sentence before named; null when none or two.
  const Entity* venture_spoken_of(bool or_before = true) const;
  // A role claim of `person` at `org`, judged: the builder every role phrase reader shares.
  Claim role_claim(const Name& org, const Name& person, const Predicate* predicate, Polarity polarity) const;
  // The base's role whose cues say "chair" ("-chaired", "chaired by"), if it has one.
  const Predicate* chair_role() const;
  // The person a verb at token i is said of: the name before it (", who" and auxiliaries between), or
  // a pronoun's person from this sentence or the one before.
  std::optional<Name> person_before(std::size_t i) const;

  // Whether the sentence is a headline: most of its words capitalised.
  bool headline() const;

  // ---- judging -------------------------------------------------------------------------------------
  // A person said to hold (or no longer hold) a role of `org`, of one predicate or of any role
  // predicate when `predicate` is null.
  // The holder of role fact `f` on the one precise date the sentence gives, if it gives one.
  const FactValue* holder_on_date(const Fact& f) const;
  // `ended_by_event`: the words tell of an event that ended the role ("is out as", "stepped down as",
  // "removed ... as"), true at its time; "no longer" and "former" speak of now.
  // `dated`: a date in the sentence may pick the holder then.
  void judge_role(Claim& claim, const Entity& org, const Name& person, const Predicate* predicate,
                  Polarity polarity, bool ended_by_event = false, bool dated = true) const;
  // Whether the person holds or held the organisation's role of this predicate, by the fact base.
  bool holds_or_held(const Entity& org, const Entity& person, const Predicate* predicate) const;
  // One entity said to be (or not to be) a member of a venture.
  void judge_membership(Claim& claim, const Fact& venture, const Name& member, Polarity polarity) const;

  // ---- reading helpers -----------------------------------------------------------------------------
  const Token& tok(std::size_t i) const { return v_.tokens[i]; }
  std::size_t begin() const { return v_.sentence.first_token; }
  std::size_t end() const { return v_.sentence.last_token; }
  bool in(std::size_t i) const { return i >= begin() && i < end(); }
  const EntityMention* starting_at(std::size_t i) const;
  const EntityMention* ending_at(std::size_t i) const;
  bool taken(std::size_t first, std::size_t last) const;
  std::optional<Name> name_at(std::size_t i) const;
  const EntityMention* entity_before(std::size_t i, bool skip_possessive) const;
  Name from_mention(const EntityMention* m) const;
  // The members fact of a venture, if the base has one.
  const Fact* members_fact(const Entity& venture) const;
  void add(Claim claim, std::size_t first, std::size_t last);

  const SentenceView& v_;
  const FactBase& facts_;
  bool phrases_;
  mutable int reported_ = -1;  // reported_in() of the sentence, -1 until asked
  std::vector<std::pair<std::size_t, std::size_t>> spans_;
  std::vector<Claim> claims_;
};

}  // namespace factcheck
