// Translated press ("Der Umsatz ging auf 18,7 Mrd. Euro zurück") shares no word with the English sources it
// reports on ("Revenue fell to €18.7 billion"). A small glossary of the news and business words of German,
// Dutch, Swedish, Danish, French, Spanish, Italian, Portuguese and Polish gives each its English word, so
// that a draft in one of those languages can still be lined up with a source sentence by shared words.
#pragma once

#include <string_view>

namespace factcheck {

// The English word for a foreign news word as Token::norm gives it ("umsatz" -> "revenue"), or an empty view
// when the glossary does not hold it (English words among them).
std::string_view english_word(std::string_view word);

}  // namespace factcheck
