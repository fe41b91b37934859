# The WebAssembly module, included from the top-level CMakeLists.txt under emcmake.
# Flags are grouped by purpose; each unusual one says why.

# nlohmann/json reports malformed fact bases by throwing: wasm must really catch C++ exceptions.
target_compile_options(factcheck_core PRIVATE -fexceptions -Oz)

add_executable(factcheck_wasm ${CMAKE_SOURCE_DIR}/wasm/bindings.cpp)
target_link_libraries(factcheck_wasm PRIVATE factcheck_core)
target_compile_options(factcheck_wasm PRIVATE -fexceptions -Oz)
set_target_properties(factcheck_wasm PROPERTIES OUTPUT_NAME "factcheck-core" SUFFIX ".mjs")

set(wasm_module_flags
  --bind
  -sMODULARIZE=1
  -sEXPORT_ES6=1
  -sEXPORT_NAME=createFactcheckCore
  -sENVIRONMENT=web,worker     # an ES6 build with node in ENVIRONMENT crashes in Node (__dirname)
  -sSINGLE_FILE=1              # the wasm inlined: loads in Node and from file:// with no fetch
)
set(wasm_safety_flags
  -fexceptions
  -sALLOW_MEMORY_GROWTH=1      # a few MB of text would otherwise abort with out-of-memory
  -sDYNAMIC_EXECUTION=0        # Manifest V3 pages forbid eval/new Function, which Embind uses otherwise
)
set(wasm_size_flags -Oz)
target_link_options(factcheck_wasm PRIVATE ${wasm_module_flags} ${wasm_safety_flags} ${wasm_size_flags})
