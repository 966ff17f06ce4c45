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

/* xmlFree is a global function pointer Swift 6 rejects as shared mutable state: wrap it. */
static inline void CLibXML2_free(void *p) { xmlFree(p); }
#endif
