// The one Catch2 main; every other file in tests/unit is a topic, found by glob.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
