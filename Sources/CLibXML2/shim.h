#ifndef HETONG_CLIBXML2_SHIM_H
#define HETONG_CLIBXML2_SHIM_H
/* libxml2 is built with ICU; its encoding.h would then include <unicode/ucnv.h>, whose UErrorCode clashes
   with the ICU copy inside Foundation (_FoundationICU). hetong never touches xmlCharEncodingHandler (the
   only struct whose layout depends on it), so the ICU part of the headers is left out. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
/* zlib: libxml2's own dependency, used by ExtractDOCX for bounded raw inflation of ZIP entries
   (ZIPFoundation's Linux inflate loop never ends on a deflate stream that runs past the archive). */
#include <zlib.h>

/* xmlFree is a global function pointer Swift 6 rejects as shared mutable state: wrap it. */
static inline void CLibXML2_free(void *p) { xmlFree(p); }

/* inflateInit2 is a macro Swift cannot call: raw deflate (no zlib header), as stored in ZIP entries. */
static inline int CLibXML2_inflateInitRaw(z_streamp stream) { return inflateInit2(stream, -MAX_WBITS); }
#endif
