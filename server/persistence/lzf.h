#pragma once
// LZF, the byte-oriented LZ77 variant Redis uses for compressed RDB strings (encoding C3).
//
// Stream format, one control byte c at a time:
//   c < 32   literal run: the next c+1 bytes are copied as is;
//   c >= 32  back-reference: length = c>>5 (7 means "add the next byte"), plus 2;
//            distance = ((c & 0x1f) << 8) + next byte + 1, counted back from the output end.
#include <cstddef>
#include <string>
#include <string_view>

namespace rd {

// Compresses input into at most maxOut bytes. Returns the compressed bytes, or an empty string
// when the result would not fit (the caller then stores the input uncompressed).
std::string lzfCompress(std::string_view input, std::size_t maxOut);

// Decompresses exactly expectedLength bytes. Returns false (out unspecified) when the stream
// is malformed: a run or reference that leaves the input or output, a reference before the
// start of the output, or a stream that produces a different length.
bool lzfDecompress(std::string_view compressed, std::size_t expectedLength, std::string &out);

} // namespace rd
