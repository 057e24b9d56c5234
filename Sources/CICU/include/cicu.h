#ifndef VERBATIM_CICU_H
#define VERBATIM_CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An ICU break iterator over UTF-8 text. Plain C types only, so that Swift
/// never sees ICU's headers (their renaming macros hide the functions).
typedef struct VBBreaker VBBreaker;

typedef enum {
    VB_BREAK_SENTENCE = 0,
    VB_BREAK_WORD = 1
} VBBreakKind;

/// Rule status classes of word boundaries, as ICU's UWordBreak groups them.
typedef enum {
    VB_WORD_NONE = 0,      /* spaces, punctuation, symbols */
    VB_WORD_NUMBER = 1,
    VB_WORD_LETTER = 2,
    VB_WORD_KANA = 3,
    VB_WORD_IDEO = 4
} VBWordStatus;

/// Opens a break iterator for `locale` (e.g. "en_US").
/// Returns NULL and sets *errorCode (an ICU UErrorCode) on failure.
VBBreaker *vb_breaker_open(VBBreakKind kind, const char *locale, int32_t *errorCode);

/// A copy that can iterate on another thread (ubrk_clone).
VBBreaker *vb_breaker_clone(const VBBreaker *breaker, int32_t *errorCode);

void vb_breaker_close(VBBreaker *breaker);

/// Points the iterator at `length` bytes of UTF-8. The bytes are not copied:
/// they must stay alive and unchanged until the next call to set_text or close.
/// Returns 0, or an ICU error code.
int32_t vb_breaker_set_text(VBBreaker *breaker, const char *utf8, int64_t length);

/// The next boundary as a byte offset, or -1 after the last one.
int64_t vb_breaker_next(VBBreaker *breaker);

/// The rule status of the boundary last returned, mapped to VBWordStatus for
/// word iterators.
int32_t vb_breaker_word_status(const VBBreaker *breaker);

/// Sentence_Break property values (Unicode Standard Annex #29), numbered by
/// this header, not by ICU, so that Swift needs no ICU header.
typedef enum {
    VB_SB_OTHER = 0,
    VB_SB_ATERM = 1,
    VB_SB_CLOSE = 2,
    VB_SB_FORMAT = 3,
    VB_SB_LOWER = 4,
    VB_SB_NUMERIC = 5,
    VB_SB_OLETTER = 6,
    VB_SB_SEP = 7,
    VB_SB_SP = 8,
    VB_SB_STERM = 9,
    VB_SB_UPPER = 10,
    VB_SB_CR = 11,
    VB_SB_EXTEND = 12,
    VB_SB_LF = 13,
    VB_SB_SCONTINUE = 14
} VBSentenceBreak;

/// The Sentence_Break property of a code point, from the same ICU data the
/// sentence break iterator uses.
VBSentenceBreak vb_sentence_break(int32_t codePoint);

/// Human-readable name of an ICU error code.
const char *vb_error_name(int32_t errorCode);

#ifdef __cplusplus
}
#endif

#endif
