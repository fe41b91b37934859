# The libFuzzer targets, one per entry point (tests/fuzz/fuzz_*.cpp), included from the top-level
# CMakeLists.txt with -DFACTCHECK_FUZZ=ON and clang++-14. The core library is already compiled with
# -fsanitize=fuzzer-no-link,address,undefined (coverage, no main); only the targets link libFuzzer's main.
# scripts/fuzz.sh builds and runs them.
file(GLOB fuzz_sources CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_*.cpp)
add_custom_target(fuzz_targets)
foreach(source IN LISTS fuzz_sources)
  get_filename_component(name ${source} NAME_WE)
  add_executable(${name} ${source})
  target_link_libraries(${name} PRIVATE factcheck_core)
  target_link_options(${name} PRIVATE -fsanitize=fuzzer)
  add_dependencies(fuzz_targets ${name})
endforeach()
