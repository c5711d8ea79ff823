#ifndef DATELINE_CLIBXML2_SHIM_H
#define DATELINE_CLIBXML2_SHIM_H

/* libxml2's HTML parser (htmlReadMemory) for saved pages and its XML parser for RSS and Atom. */

/* Debian's libxml2 is built with ICU, and encoding.h then includes ICU's headers, which clash
   with the copy of ICU inside Foundation (_FoundationICU). Hiding the ICU part only removes
   the ICU converter fields of xmlCharEncodingHandler, a struct Dateline uses by pointer only. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/* Swift 6 rejects reads of the global function pointer xmlFree as unsafe shared state. */
static inline void dl_xml_free(void *pointer) { xmlFree(pointer); }

#endif
