// Internal to match/: the finder of one sentence's relational claims (match/relations.hpp). Its cue-led
// readers (relation_roles.cpp, relation_ranks.cpp, relation_members.cpp) start from the fact base's
// relational cues; its phrase readers (relation_phrases.cpp) from the engine's own words for the three
// relations: "is part of", "joined", "who will chair", "runs", "X-led", "former", "no longer". The run,
// the reading helpers and add() are in relations.cpp.
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

  // ---- the readers led by the fact base's cues -------------------------------------------------------
  // relations.cpp: the reader of the cue's relation.
  void relate(const CueMention& cue);

  // relation_roles.cpp: "OpenAI CEO Sam Altman", "Satya Nadella, Microsoft's CEO", read in steps that
  // fill in a RoleReading.
  struct RoleReading;
  void role(const CueMention& cue);
  // The organisation the title is of: before it, after it ("of", "will chair"), or referred to ("its").
  void role_organisation(const CueMention& cue, RoleReading& r) const;
  // The person after the role phrase; false when the words after the cue name another role.
  bool role_person_after(RoleReading& r) const;
  // When the title names no organisation: one named elsewhere, or the base's one for the person.
  bool role_organisation_elsewhere(const CueMention& cue, RoleReading& r) const;
  // Else, checking against sources, the one organisation the text goes on about with a holder of this
  // role on record, for a person the base gives no role, where the sentence names no organisation.
  bool role_organisation_of_topic(const CueMention& cue, RoleReading& r) const;
  // The person right before a bracket that holds the role phrase [lead, after): "Mira Santos (CEO)".
  std::optional<Name> person_bracketed(std::size_t lead, std::size_t after) const;
  // The one organisation where the base gives the person a role now, of whichever kind.
  const Entity* organisation_of_role(const Entity& person) const;
  // Held, denied or over: the words between the person and the role, before it, an event that ended it.
  void role_polarity(const CueMention& cue, RoleReading& r) const;
  Claim role_judged(const CueMention& cue, const RoleReading& r) const;
  // Adds the claim over its span; a role found elsewhere is judged again when "ex-" says it is over.
  void role_add(const CueMention& cue, const RoleReading& r, Claim claim);

  // relation_ranks.cpp: "Microsoft is the largest investor in OpenAI", read in steps that fill in a
  // RankReading.
  struct RankReading;
  void rank(const CueMention& cue);
  // Whom the investing is in; false when none.
  bool rank_object(const CueMention& cue, RankReading& r) const;
  // Who holds the rank; false when none.
  bool rank_holder(const CueMention& cue, RankReading& r) const;
  Claim rank_judged(const CueMention& cue, const RankReading& r) const;

  // relation_members.cpp: "a joint venture between OpenAI, SoftBank and Oracle".
  void members(const CueMention& cue);
  // The list of two or more names nearest the cue; `list_first`: the token it starts at.
  std::vector<Name> nearest_list(const CueMention& cue, std::size_t& list_first) const;
  // The venture the list is of, if any; `best_overlap`: how many of its members the list names, plus
  // 100 when the sentence names the venture.
  const Fact* venture_of_list(const CueMention& cue, const std::vector<Name>& list,
                              std::size_t& best_overlap) const;
  // The list said to be the venture's members, judged.
  void judge_list(Claim& claim, const CueMention& cue, const std::vector<Name>& list, std::size_t list_first,
                  const Fact& venture) const;

  // ---- relation_phrases.cpp: the readers led by the engine's own words ------------------------------
  void read_phrases();
  // "X is (not) part of Y", "X is a Y member", "X joined Y", "X sits out Y".
  void membership_at(std::size_t i);
  // The member membership_at() found words for at token i (`verb` where they start, `stop` past them) is
  // said to be of `venture`, judged: `said` negated where the words deny it ("outside"), `only_confirms`
  // where they can confirm a non-member and never contradict ("a technology partner").
  void member_phrase(std::size_t i, std::size_t verb, std::size_t stop, Polarity said, bool only_confirms,
                     const Name& venture);
  // The member the words at `verb` are said of: the organisation before them; `span_first`, where the
  // claim's span starts when a relative clause stands between ("Microsoft, which has ..., was not").
  std::optional<Name> member_before(std::size_t verb, const Name& venture, std::size_t& span_first) const;
  // "OpenAI, SoftBank and Oracle unveiled Stargate": a venture's founders listed before it.
  void founders_of(const EntityMention& venture);
  // "X, who will chair Y", "X runs Y", "she ran Y", "X-led Y".
  void leadership_at(std::size_t i);
  // "Murati-led OpenAI", "Son-chaired Stargate": "-led" or "-chaired" at token i.
  void led_glued_at(std::size_t i, bool chaired);
  // "OpenAI, led by Sam Altman", "Stargate, presided over by Masayoshi Son": the verb at i, "by" at `by`.
  void led_by_at(std::size_t i, std::size_t by, bool chaired);
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

  // ---- judging: of roles in relation_roles.cpp, of one member in relation_members.cpp ---------------
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

  // ---- reading helpers (relations.cpp) --------------------------------------------------------------
  const Token& tok(std::size_t i) const { return v_.tokens[i]; }
  std::size_t begin() const { return v_.sentence.first_token; }
  std::size_t end() const { return v_.sentence.last_token; }
  bool in(std::size_t i) const { return i >= begin() && i < end(); }
  const EntityMention* starting_at(std::size_t i) const;
  const EntityMention* ending_at(std::size_t i) const;
  bool taken(std::size_t first, std::size_t last) const;
  std::optional<Name> name_at(std::size_t i) const;
  // Token i, or the one past a word of address there ("Dr", "Dame", "Atty."), or past the possessive of
  // a known person's organisation ("SoftBank's Masayoshi Son").
  std::size_t past_address(std::size_t i) const;
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
