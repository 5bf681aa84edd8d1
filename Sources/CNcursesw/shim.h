#ifndef KEHOACH_CNCURSESW_SHIM_H
#define KEHOACH_CNCURSESW_SHIM_H
// Wide-character curses: these must be defined before the header is read.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <langinfo.h>
#include <signal.h>
#include <errno.h>
#include <spawn.h>
#include <sys/wait.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <ncursesw/curses.h>

// Without _XOPEN_SOURCE glibc's <wchar.h> hides wcwidth; the declaration is the standard one.
extern int wcwidth(wchar_t c);

// Swift cannot import macros with casts nor, in Swift 6 mode, curses' global mutable state.
static inline WINDOW *kh_stdscr(void) { return stdscr; }
static inline WINDOW *kh_curscr(void) { return curscr; }
static inline int kh_lines(void) { return LINES; }
static inline int kh_cols(void) { return COLS; }
static inline int kh_colors(void) { return COLORS; }
static inline int kh_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t kh_attr_normal(void) { return A_NORMAL; }
static inline attr_t kh_attr_bold(void) { return A_BOLD; }
static inline attr_t kh_attr_reverse(void) { return A_REVERSE; }
static inline attr_t kh_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t kh_attr_dim(void) { return A_DIM; }
static inline int kh_key_code_yes(void) { return KEY_CODE_YES; }
static inline int kh_key_f(int n) { return KEY_F(n); }
static inline int kh_key_max(void) { return KEY_MAX; }
static inline const char *kh_codeset(void) { return nl_langinfo(CODESET); }
static inline int kh_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

// newterm instead of initscr: initscr prints and exits on an unknown TERM, newterm returns NULL.
// (stdout/stdin are global mutable state, out of Swift 6's reach.)
static inline SCREEN *kh_newterm(void) { return newterm(NULL, stdout, stdin); }

// Draw one grapheme cluster (NUL-terminated, at most CCHARW_MAX = 5 wide chars with the NUL: a spacing
// character and its marks) with attributes and a colour pair at y, x.
static inline int kh_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, wch, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}

// Signals that end the process: the terminal is restored first, then the process exits 128 + signal
// (130 SIGINT, 143 SIGTERM, 129 SIGHUP, 131 SIGQUIT). The handler keeps no state: endwin on a terminal that is
// not in curses mode is a harmless ERR. endwin is what ncurses' own SIGINT handler calls, too.
static inline void kh_restore_terminal_and_exit(int sig) {
    endwin();
    _exit(128 + sig);
}

// The handlers that were there before ours, so that stopping the terminal puts them back.
struct kh_saved_handlers {
    struct sigaction interrupt;
    struct sigaction terminate;
    struct sigaction hangup;
    struct sigaction quit;
};

static inline int kh_install_exit_handlers(struct kh_saved_handlers *saved) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = kh_restore_terminal_and_exit;
    sigemptyset(&action.sa_mask);
    // Further signals wait while the terminal is being restored.
    sigaddset(&action.sa_mask, SIGINT);
    sigaddset(&action.sa_mask, SIGTERM);
    sigaddset(&action.sa_mask, SIGHUP);
    sigaddset(&action.sa_mask, SIGQUIT);
    if (sigaction(SIGINT, &action, &saved->interrupt) != 0) return -1;
    if (sigaction(SIGTERM, &action, &saved->terminate) != 0) return -1;
    if (sigaction(SIGHUP, &action, &saved->hangup) != 0) return -1;
    if (sigaction(SIGQUIT, &action, &saved->quit) != 0) return -1;
    return 0;
}

static inline void kh_restore_handlers(const struct kh_saved_handlers *saved) {
    sigaction(SIGINT, &saved->interrupt, NULL);
    sigaction(SIGTERM, &saved->terminate, NULL);
    sigaction(SIGHUP, &saved->hangup, NULL);
    sigaction(SIGQUIT, &saved->quit, NULL);
}

// Runs `sh -c command sh argument` on the terminal and waits for it; while it runs, Ctrl-C and Ctrl-\\
// belong to it, not to the dashboard. Returns its exit status (128 + signal if killed), -1 if it could not start.
extern char **environ;
static inline int kh_run_shell(const char *command, const char *argument) {
    pid_t pid;
    char *argv[] = {"sh", "-c", (char *)command, "sh", (char *)argument, NULL};
    if (posix_spawn(&pid, "/bin/sh", NULL, NULL, argv, environ) != 0) return -1;
    struct sigaction ignore, interrupt, quit;
    memset(&ignore, 0, sizeof ignore);
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    sigaction(SIGINT, &ignore, &interrupt);
    sigaction(SIGQUIT, &ignore, &quit);
    int status = 0;
    int result;
    while ((result = waitpid(pid, &status, 0)) < 0 && errno == EINTR) {}
    sigaction(SIGINT, &interrupt, NULL);
    sigaction(SIGQUIT, &quit, NULL);
    if (result < 0) return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// Mouse input, asked for with --mouse: presses of the first button and the wheel.
static inline void kh_enable_mouse(void) {
    mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    mouseinterval(0);
}

// Mouse reporting off (while the terminal is the shell's or an editor's): the terminal's own clicks and
// text selection work there.
static inline void kh_disable_mouse(void) {
    mousemask(0, NULL);
}

// After KEY_MOUSE: 1 a press, 2 wheel up, 3 wheel down, 0 anything else; the cell in x and y.
static inline int kh_mouse_event(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *x = event.x;
    *y = event.y;
    if (event.bstate & BUTTON1_PRESSED) return 1;
    if (event.bstate & BUTTON4_PRESSED) return 2;
    if (event.bstate & BUTTON5_PRESSED) return 3;
    return 0;
}

// Ctrl-Z in raw mode is a key, not a signal: the dashboard leaves curses, then stops its process group
// as the terminal driver would, with the default action; the call returns when the shell's `fg` continues it.
static inline void kh_stop_self(void) {
    struct sigaction stop, previous;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = SIG_DFL;
    sigemptyset(&stop.sa_mask);
    sigaction(SIGTSTP, &stop, &previous);
    kill(0, SIGTSTP);
    sigaction(SIGTSTP, &previous, NULL);
}
#endif
