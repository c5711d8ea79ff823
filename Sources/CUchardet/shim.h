#ifndef DATELINE_CUCHARDET_SHIM_H
#define DATELINE_CUCHARDET_SHIM_H

/* uchardet, the encoding detector of Mozilla's universal charset detector: guesses the
   encoding of text that declares none (a Windows-1251 or Shift_JIS page without a charset). */
#include <uchardet.h>

#endif
