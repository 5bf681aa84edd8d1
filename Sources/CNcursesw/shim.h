#ifndef KEHOACH_CNCURSESW_SHIM_H
#define KEHOACH_CNCURSESW_SHIM_H
// Wide-character curses: these must be defined before the header is read.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <langinfo.h>
#include <ncursesw/curses.h>

// Swift cannot import macros with casts nor, in Swift 6 mode, curses' global mutable state.
static inline WINDOW *kh_stdscr(void) { return stdscr; }
static inline int kh_lines(void) { return LINES; }
static inline int kh_cols(void) { return COLS; }
static inline int kh_colors(void) { return COLORS; }
static inline attr_t kh_attr_normal(void) { return A_NORMAL; }
static inline attr_t kh_attr_bold(void) { return A_BOLD; }
static inline attr_t kh_attr_reverse(void) { return A_REVERSE; }
static inline attr_t kh_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t kh_attr_dim(void) { return A_DIM; }
static inline int kh_key_code_yes(void) { return KEY_CODE_YES; }
static inline const char *kh_codeset(void) { return nl_langinfo(CODESET); }

// Draw one grapheme cluster (up to 8 wide chars) with attributes and a colour pair at y, x.
static inline int kh_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, wch, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}
#endif
