#ifndef HETONG_CINFLATE_SHIM_H
#define HETONG_CINFLATE_SHIM_H
/* zlib (module named CInflate: ZIPFoundation already has a CZlib), for ExtractDOCX's bounded raw inflation of ZIP entries (ZIPFoundation's Linux inflate loop
   never ends on a deflate stream that runs past the archive). */
#include <zlib.h>

/* inflateInit2 is a macro Swift cannot call: raw deflate (no zlib header), as stored in ZIP entries. */
static inline int CInflate_inflateInitRaw(z_streamp stream) { return inflateInit2(stream, -MAX_WBITS); }
#endif
