# The WebAssembly builds, included from the top-level CMakeLists.txt under emcmake. One set of objects,
# linked three ways (README, "WebAssembly and JavaScript"):
#   factcheck-core.mjs + .wasm   ES module with a separate wasm file, for pages and bundlers;
#   factcheck-core-single.mjs    ES module with the wasm inlined, for the extension and for Node;
#   factcheck-core-classic.js    classic script with the wasm inlined, for pages opened from file://.
# Flags are grouped by purpose; each unusual one says why.

# nlohmann/json reports malformed fact bases by throwing: wasm must really catch C++ exceptions. Native
# wasm exceptions, not Emscripten's JS-based ones: 86 KB less code and faster (every call that may
# throw otherwise goes through JS). Link-time optimisation across our files: 17 KB gzipped less.
set(wasm_code_flags -fwasm-exceptions -flto)
target_compile_options(factcheck_core PRIVATE ${wasm_code_flags})

add_library(factcheck_bindings OBJECT ${CMAKE_SOURCE_DIR}/wasm/bindings.cpp ${CMAKE_SOURCE_DIR}/wasm/facade.cpp)
target_link_libraries(factcheck_bindings PRIVATE factcheck_core)
target_compile_options(factcheck_bindings PRIVATE ${wasm_code_flags} -Oz)

# Each file is built for size (-Oz), except the stages that run over every byte of a check: at -Oz
# nothing is inlined there, not even std::string::size(), and a 10,000-word check took 129 ms; at -O2 it
# takes 73 ms, for 20 KB more gzipped (README, "Sizes"). The hot stages are named by folder of core/, so
# a file added to or split in one of them is built like its neighbours. The level is set per file and
# never twice: emcc keeps -Oz when a later -O2 follows it.
set(FACTCHECK_WASM_HOT_FOLDERS "base;model;text;quantities;lexicon" CACHE STRING
    "folders of core/ whose files the wasm builds compile at FACTCHECK_WASM_HOT_OPT")
# For size-speed experiments (scripts/bench.sh measures both): the level of each group of files.
set(FACTCHECK_WASM_HOT_OPT -O2 CACHE STRING "optimisation level of the wasm files of the hot stages")
set(FACTCHECK_WASM_COLD_OPT -Oz CACHE STRING "optimisation level of the other wasm files")
get_target_property(wasm_core_sources factcheck_core SOURCES)
foreach(source IN LISTS wasm_core_sources)
  file(RELATIVE_PATH relative ${CMAKE_SOURCE_DIR}/core ${source})
  string(REGEX MATCH "^[^/]+/" folder "${relative}")
  string(REGEX REPLACE "/$" "" folder "${folder}")
  if(folder IN_LIST FACTCHECK_WASM_HOT_FOLDERS)
    set(level ${FACTCHECK_WASM_HOT_OPT})
  else()
    set(level ${FACTCHECK_WASM_COLD_OPT})
  endif()
  set_source_files_properties(${source} TARGET_DIRECTORY factcheck_core PROPERTIES COMPILE_OPTIONS ${level})
endforeach()

set(wasm_module_flags
  --bind
  -sMODULARIZE=1
  -sEXPORT_NAME=createFactcheckCore
  -sENVIRONMENT=web,worker     # an ES6 build with node in ENVIRONMENT crashes in Node (__dirname)
)
set(wasm_safety_flags
  -sALLOW_MEMORY_GROWTH=1      # a few MB of text would otherwise abort with out-of-memory
  -sDYNAMIC_EXECUTION=0        # Manifest V3 pages forbid eval/new Function, which Embind uses otherwise
)
# Sizes measured in README ("Sizes"). emmalloc: 2.5 KB gzipped smaller than dlmalloc, about 7% slower
# on a 1 MB check. Closure minifies the JS glue (14 to 8 KB gzipped); scripts/build.sh points
# EM_CLOSURE_COMPILER at the npm package, and without it the glue is left as it is.
set(wasm_size_flags ${wasm_code_flags} -Oz -sMALLOC=emmalloc -sFILESYSTEM=0 -sSUPPORT_LONGJMP=0)
if(DEFINED ENV{EM_CLOSURE_COMPILER})
  list(APPEND wasm_size_flags --closure=1)
endif()

# add_wasm_build(TARGET OUTPUT_NAME SUFFIX FLAGS...)
function(add_wasm_build target name suffix)
  add_executable(${target} $<TARGET_OBJECTS:factcheck_bindings>)
  target_link_libraries(${target} PRIVATE factcheck_core)
  set_target_properties(${target} PROPERTIES OUTPUT_NAME ${name} SUFFIX ${suffix})
  target_link_options(${target} PRIVATE ${wasm_module_flags} ${wasm_safety_flags} ${wasm_size_flags} ${ARGN})
endfunction()

add_wasm_build(factcheck_wasm factcheck-core .mjs -sEXPORT_ES6=1)
add_wasm_build(factcheck_wasm_single factcheck-core-single .mjs -sEXPORT_ES6=1 -sSINGLE_FILE=1)
add_wasm_build(factcheck_wasm_classic factcheck-core-classic .js -sSINGLE_FILE=1)
