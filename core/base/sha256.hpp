// SHA-256 (FIPS 180-4), for fact-base checksums a reader can trust.
#pragma once

#include <string>
#include <string_view>

namespace factcheck {

// The SHA-256 digest of `data` as 64 lower-case hex digits.
std::string sha256_hex(std::string_view data);

}  // namespace factcheck
