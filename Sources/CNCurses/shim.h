#ifndef DATELINE_CNCURSES_SHIM_H
#define DATELINE_CNCURSES_SHIM_H

/* Enable the wide-character API (get_wch, setcchar, mvadd_wch, init_extended_pair). */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1

#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Not visible through Glibc from Swift. */
extern int wcwidth(wchar_t c);

/* From <term.h>, which defines macros that clash with Swift names. */
extern int setupterm(const char *term, int filedes, int *errret);

/* The colour count of the terminal curses has started on (newterm), and whether it can
   redefine colours; readable before start_color sets COLORS. */
static inline int dl_started_terminal_colors(int *can_change) {
    *can_change = tigetflag("ccc") == 1;
    return tigetnum("colors");
}

/* The colour count of $TERM's description without taking over the terminal (-1 when
   there is no usable description), and whether it can redefine colours. */
static inline int dl_terminfo_colors(int *can_change) {
    int error = 0;
    if (setupterm(NULL, 1, &error) != 0) return -1;
    return dl_started_terminal_colors(can_change);
}

/* Whether the started terminal can move the cursor (has "cup"); TERM=dumb cannot. */
static inline int dl_can_address_cursor(void) {
    const char *cup = tigetstr("cup");
    return cup != NULL && cup != (const char *)-1;
}

/* Swift 6 rejects direct reads of ncurses globals as unsafe shared state. */
static inline WINDOW *dl_stdscr(void) { return stdscr; }
static inline int dl_lines(void) { return LINES; }
static inline int dl_cols(void) { return COLS; }
static inline int dl_colors(void) { return COLORS; }
static inline int dl_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t dl_a_bold(void) { return A_BOLD; }
static inline attr_t dl_a_dim(void) { return A_DIM; }
static inline attr_t dl_a_italic(void) { return A_ITALIC; }
static inline attr_t dl_a_underline(void) { return A_UNDERLINE; }
static inline attr_t dl_a_reverse(void) { return A_REVERSE; }
static inline attr_t dl_a_normal(void) { return A_NORMAL; }
static inline mmask_t dl_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t dl_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t dl_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t dl_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t dl_button5_pressed(void) { return BUTTON5_PRESSED; }

static inline mmask_t dl_button1_released(void) { return BUTTON1_RELEASED; }
static inline int dl_key_f0(void) { return KEY_F0; }
static inline FILE *dl_stdout(void) { return stdout; }
static inline FILE *dl_stdin(void) { return stdin; }

/* The signal (SIGINT, SIGTERM or SIGHUP) that asked the reader to stop, or 0. Only
   CursesTerminal.swift reads it, so the header's one copy of it is the one the handler sets. */
static volatile sig_atomic_t dl_stop_signal = 0;

/* The handler of SIGINT, SIGTERM and SIGHUP while curses owns the terminal. The first asks
   the reader to stop: the key read is interrupted, and the reader saves its place, restores
   the terminal and exits with 128 + the signal's number. A second one, when the reader has not stopped,
   restores the terminal and exits at once, so an interrupted reader never leaves the shell
   in raw mode. */
static inline void dl_request_stop(int signal_number) {
    if (dl_stop_signal != 0) {
        endwin();
        _exit(128 + signal_number);
    }
    dl_stop_signal = signal_number;
}

/* Forgets a SIGINT that came while a command the reader ran had the terminal: that Ctrl-C
   was for the command. SIGTERM and SIGHUP still stop the reader. */
static inline void dl_forget_interrupt(void) {
    if (dl_stop_signal == SIGINT) dl_stop_signal = 0;
}

/* The signal that asked the reader to stop, or 0. */
static inline int dl_stop_signal_number(void) { return dl_stop_signal; }

/* Installs dl_request_stop for SIGINT, SIGTERM and SIGHUP (without SA_RESTART, so a key read
   returns), and unblocks them: a parent may have started the reader with them blocked
   (threads of Dispatch block every signal). */
static inline void dl_install_exit_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = dl_request_stop;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGHUP);
    sigaddset(&signals, SIGWINCH);
    sigprocmask(SIG_UNBLOCK, &signals, NULL);
}

/* Whether the current LC_CTYPE encodes text as UTF-8. */
static inline int dl_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

#endif
