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

/* libxml2 prints some errors (encoding errors, errors raised outside a parser context) through
   its global handlers whatever the parser options say, and its handlers are per thread.
   Dateline reports errors itself, from xmlCtxtGetLastError: these handlers drop the rest.
   The generic handler is variadic, which Swift cannot define. */
static void dl_xml_ignore_generic(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}
static void dl_xml_ignore_structured(void *context, xmlErrorPtr error) {
    (void)context;
    (void)error;
}
/* Silences libxml2 on the calling thread and on threads that start using it later. */
static inline void dl_xml_silence(void) {
    xmlThrDefSetGenericErrorFunc(NULL, dl_xml_ignore_generic);
    xmlThrDefSetStructuredErrorFunc(NULL, dl_xml_ignore_structured);
    xmlSetGenericErrorFunc(NULL, dl_xml_ignore_generic);
    xmlSetStructuredErrorFunc(NULL, dl_xml_ignore_structured);
}

/* Swift 6 rejects reads of the global function pointer xmlFree as unsafe shared state. */
static inline void dl_xml_free(void *pointer) { xmlFree(pointer); }

#endif
