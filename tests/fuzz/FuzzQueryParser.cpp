// SPDX-License-Identifier: MIT
// Whatever a user pastes: the parser must end, stay within its length cap, and say the same
// thing when it reads its own simplified text again.
#include "FuzzCheck.h"
#include "QueryParser.h"

#include <cstddef>
#include <cstdint>

using namespace iisref;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the kind a --kind option or the window's kind filter would name.
    const std::optional<CodeKind> kind =
        data[0] % 6 == 0 ? std::nullopt : std::optional(allCodeKinds[data[0] % 6 - 1]);
    const QString input =
        QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    const ParsedQuery query = QueryParser::parse(input, kind);
    IISREF_FUZZ_CHECK(query.text.size() <= QueryParser::maxLength);
    for (const QString &word : query.words)
        IISREF_FUZZ_CHECK(!word.isEmpty());
    IISREF_FUZZ_CHECK(query.hasCode() || query.codeSpelling.isEmpty());

    const ParsedQuery again = QueryParser::parse(query.text, kind);
    IISREF_FUZZ_CHECK(again.text == query.text);
    IISREF_FUZZ_CHECK(again.codes == query.codes);
    return 0;
}
