#include "cicu.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utypes.h>

struct VBBreaker {
    UBreakIterator *iterator;
    UText *text;
};

VBBreaker *vb_breaker_open(VBBreakKind kind, const char *locale, int32_t *errorCode) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIteratorType type = kind == VB_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &status);
    if (U_FAILURE(status)) {
        *errorCode = status;
        return NULL;
    }
    VBBreaker *breaker = calloc(1, sizeof(VBBreaker));
    if (breaker == NULL) {
        ubrk_close(iterator);
        *errorCode = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    breaker->iterator = iterator;
    *errorCode = 0;
    return breaker;
}

VBBreaker *vb_breaker_clone(const VBBreaker *breaker, int32_t *errorCode) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_clone(breaker->iterator, &status);
    if (U_FAILURE(status)) {
        *errorCode = status;
        return NULL;
    }
    VBBreaker *copy = calloc(1, sizeof(VBBreaker));
    if (copy == NULL) {
        ubrk_close(iterator);
        *errorCode = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    copy->iterator = iterator;
    *errorCode = 0;
    return copy;
}

void vb_breaker_close(VBBreaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    if (breaker->text != NULL) utext_close(breaker->text);
    free(breaker);
}

int32_t vb_breaker_set_text(VBBreaker *breaker, const char *utf8, int64_t length) {
    UErrorCode status = U_ZERO_ERROR;
    /* Reuses the UText allocated by the previous call, if any. */
    breaker->text = utext_openUTF8(breaker->text, utf8, length, &status);
    if (U_FAILURE(status)) return status;
    ubrk_setUText(breaker->iterator, breaker->text, &status);
    if (U_FAILURE(status)) return status;
    return 0;
}

int64_t vb_breaker_next(VBBreaker *breaker) {
    int32_t boundary = ubrk_next(breaker->iterator);
    return boundary == UBRK_DONE ? -1 : (int64_t)boundary;
}

int32_t vb_breaker_word_status(const VBBreaker *breaker) {
    int32_t status = ubrk_getRuleStatus(breaker->iterator);
    if (status >= UBRK_WORD_IDEO) return VB_WORD_IDEO;
    if (status >= UBRK_WORD_KANA) return VB_WORD_KANA;
    if (status >= UBRK_WORD_LETTER) return VB_WORD_LETTER;
    if (status >= UBRK_WORD_NUMBER) return VB_WORD_NUMBER;
    return VB_WORD_NONE;
}

const char *vb_error_name(int32_t errorCode) {
    return u_errorName((UErrorCode)errorCode);
}

VBSentenceBreak vb_sentence_break(int32_t codePoint) {
    switch ((USentenceBreak)u_getIntPropertyValue(codePoint, UCHAR_SENTENCE_BREAK)) {
    case U_SB_ATERM: return VB_SB_ATERM;
    case U_SB_CLOSE: return VB_SB_CLOSE;
    case U_SB_FORMAT: return VB_SB_FORMAT;
    case U_SB_LOWER: return VB_SB_LOWER;
    case U_SB_NUMERIC: return VB_SB_NUMERIC;
    case U_SB_OLETTER: return VB_SB_OLETTER;
    case U_SB_SEP: return VB_SB_SEP;
    case U_SB_SP: return VB_SB_SP;
    case U_SB_STERM: return VB_SB_STERM;
    case U_SB_UPPER: return VB_SB_UPPER;
    case U_SB_CR: return VB_SB_CR;
    case U_SB_EXTEND: return VB_SB_EXTEND;
    case U_SB_LF: return VB_SB_LF;
    case U_SB_SCONTINUE: return VB_SB_SCONTINUE;
    default: return VB_SB_OTHER;
    }
}
