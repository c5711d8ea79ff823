#ifndef DATELINE_CSQLITE_SHIM_H
#define DATELINE_CSQLITE_SHIM_H

#include <sqlite3.h>

/* Turns SQLite's memory statistics off for the process: each allocation then no longer takes
   the global mutex that keeps them. sqlite3_config is variadic, which Swift cannot call, and
   works only before SQLite initialises (the first connection opened); afterwards it changes
   nothing and returns SQLITE_MISUSE. */
static inline int dl_sqlite_memory_statistics_off(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

#endif
