# Writes INPUT (the bundled fact base) into OUTPUT as a C++ string constant, so the CLI and the
# wasm module carry their facts with them and never read a file or fetch a URL for them.
file(READ ${INPUT} content)
set(delim "FACTS_JSON")
string(FIND "${content}" ")${delim}\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter )${delim}\"")
endif()
file(WRITE ${OUTPUT} "// Generated from core/facts/bundled.json by core/facts/embed.cmake. Do not edit.\n")
file(APPEND ${OUTPUT} "#include <string_view>\nnamespace factcheck {\n")
file(APPEND ${OUTPUT} "extern const std::string_view kBundledFacts;\n")
file(APPEND ${OUTPUT} "const std::string_view kBundledFacts = R\"${delim}(${content})${delim}\";\n}\n")
