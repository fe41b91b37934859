// The glossary's Polish words (see glossary_words.hpp): the nominative, the genitive a number takes ("5 tys.
// pracowników") and the common case forms of news. No word that means two of the concepts ("państwo", state
// or "Mr and Mrs"; "prezes", chairman or chief executive).
#include <iterator>

#include "text/glossary_words.hpp"

namespace factcheck::glossary {
namespace {

constexpr Row kPolish[] = {
    {"revenue", "przychody przychodów przychodach"},
    {"sales", "sprzedaż sprzedaży"},
    {"profit", "zysk zysku zyski zysków"},
    {"loss", "straty strat stratę"},
    {"margin", "marża marży"},
    {"dividend", "dywidenda dywidendy dywidendę"},
    {"shares", "akcje akcji"},
    {"shareholder", "akcjonariusz akcjonariusze akcjonariuszy"},
    {"investment", "inwestycja inwestycje inwestycji"},
    {"debt", "dług długu zadłużenie zadłużenia"},
    {"cash", "gotówka gotówki"},
    {"capital", "kapitał kapitału"},
    {"spending", "wydatki wydatków"},
    {"costs", "koszt koszty kosztów"},
    {"price", "cena ceny cen"},
    {"budget", "budżet budżetu"},
    {"fine", "grzywna grzywny grzywnę"},
    {"penalty", "kara kary karę"},
    {"growth", "wzrost wzrostu"},
    {"fall", "spadek spadku"},
    {"year", "rok lata latach"},
    {"month", "miesiąc miesiące miesięcy"},
    {"quarter", "kwartał kwartale kwartału"},
    {"week", "tydzień tygodnie tygodni"},
    {"day", "dzień dni"},
    {"first", "pierwszy pierwsza pierwsze pierwszym"},
    {"second", "drugi druga drugie drugim"},
    {"third", "trzeci trzecia trzecie trzecim"},
    {"average", "średnia średnio średni"},
    {"forecast", "prognoza prognozy"},
    {"employees", "pracownik pracownicy pracowników"},
    {"people", "osób osoby ludzi"},
    {"customers", "klient klienci klientów"},
    {"users", "użytkownicy użytkowników"},
    {"members", "członkowie członków"},
    {"passengers", "pasażerowie pasażerów"},
    {"tourists", "turyści turystów"},
    {"students", "studenci studentów"},
    {"pupils", "uczniowie uczniów"},
    {"schools", "szkoła szkoły szkół"},
    {"teachers", "nauczyciel nauczyciele nauczycieli"},
    {"patients", "pacjenci pacjentów"},
    {"hospitals", "szpital szpitale szpitali"},
    {"beds", "łóżek łóżka"},
    {"cases", "przypadki przypadków"},
    {"deaths", "zgony zgonów"},
    {"apartments", "mieszkanie mieszkania mieszkań"},
    {"houses", "domy domów"},
    {"stores", "sklep sklepy sklepów"},
    {"vehicles", "pojazdy pojazdów"},
    {"cars", "samochód samochody samochodów"},
    {"flights", "loty lotów"},
    {"stations", "stacje stacji"},
    {"trains", "pociągi pociągów"},
    {"production", "produkcja produkcji"},
    {"exports", "eksportu"},
    {"unemployment", "bezrobocie bezrobocia"},
    {"inflation", "inflacja inflacji"},
    {"rate", "stopa stopy"},
    {"interest", "odsetki odsetek"},
    {"market", "rynek rynku"},
    {"area", "powierzchnia powierzchni"},
    {"hectares", "hektarów"},
    {"kilometres", "kilometrów"},
    {"votes", "głosy głosów"},
    {"seats", "mandaty mandatów"},
    {"sentence", "wyrok wyroku"},
    {"prison", "więzienie więzienia"},
    {"court", "sąd sądu"},
    {"judge", "sędzia"},
    {"contract", "umowa umowy umowę"},
    {"acquisition", "przejęcie przejęcia"},
    {"merger", "fuzja fuzji"},
    {"factory", "fabryka fabryki zakład zakładu"},
    {"mine", "kopalnia kopalni"},
    {"government", "rząd rządu"},
    {"council", "rada rady"},
    {"company", "spółka spółki"},
    {"group", "grupa grupy"},
    {"bank", "banku banki"},
    {"city", "miasto miasta"},
    {"country", "kraj kraju"},
    {"population", "ludność ludności"},
    {"survey", "sondaż"},
};

}  // namespace

Language polish() {
  return {"pl", kPolish, std::size(kPolish)};
}

}  // namespace factcheck::glossary
