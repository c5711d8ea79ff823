#ifndef DATELINE_CCMARK_SHIM_H
#define DATELINE_CCMARK_SHIM_H

/* cmark, the CommonMark reference parser: Markdown notes are parsed into its node tree and
   read back as plain-text blocks (Sources/ArticleImport/Markdown/MarkdownBlockReader.swift). */
#include <cmark.h>

#endif
