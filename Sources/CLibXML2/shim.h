#ifndef HETONG_CLIBXML2_SHIM_H
#define HETONG_CLIBXML2_SHIM_H
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>

/* xmlFree is a global function pointer Swift 6 rejects as shared mutable state: wrap it. */
static inline void CLibXML2_free(void *p) { xmlFree(p); }
#endif
