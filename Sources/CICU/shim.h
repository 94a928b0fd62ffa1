// Debian's ICU renames each C symbol by macro (ubrk_open -> ubrk_open_72); Swift cannot call macros, so every
// function notesum uses is wrapped here in a static inline function with a stable name.
#ifndef NOTESUM_CICU_SHIM_H
#define NOTESUM_CICU_SHIM_H

#include <unicode/utypes.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/uchar.h>
#include <unicode/uregex.h>
#include <unicode/unorm2.h>

// Break iteration.
static inline UBreakIterator *cicu_ubrk_open(UBreakIteratorType type, const char *locale, const UChar *text,
                                             int32_t textLength, UErrorCode *status) {
  return ubrk_open(type, locale, text, textLength, status);
}
static inline void cicu_ubrk_setText(UBreakIterator *bi, const UChar *text, int32_t textLength, UErrorCode *status) {
  ubrk_setText(bi, text, textLength, status);
}
static inline int32_t cicu_ubrk_first(UBreakIterator *bi) { return ubrk_first(bi); }
static inline int32_t cicu_ubrk_next(UBreakIterator *bi) { return ubrk_next(bi); }
static inline int32_t cicu_ubrk_getRuleStatus(UBreakIterator *bi) { return ubrk_getRuleStatus(bi); }
static inline void cicu_ubrk_close(UBreakIterator *bi) { ubrk_close(bi); }

// Case folding and character properties.
static inline int32_t cicu_u_strFoldCase(UChar *dest, int32_t destCapacity, const UChar *src, int32_t srcLength,
                                         uint32_t options, UErrorCode *status) {
  return u_strFoldCase(dest, destCapacity, src, srcLength, options, status);
}
static inline UBool cicu_u_isalnum(UChar32 c) { return u_isalnum(c); }
static inline UBool cicu_u_isUWhiteSpace(UChar32 c) { return u_isUWhiteSpace(c); }
static inline UBool cicu_u_isupper(UChar32 c) { return u_isupper(c); }
static inline UBool cicu_u_islower(UChar32 c) { return u_islower(c); }

// Normalisation.
static inline const UNormalizer2 *cicu_unorm2_getNFCInstance(UErrorCode *status) { return unorm2_getNFCInstance(status); }
static inline int32_t cicu_unorm2_normalize(const UNormalizer2 *norm2, const UChar *src, int32_t length, UChar *dest,
                                            int32_t capacity, UErrorCode *status) {
  return unorm2_normalize(norm2, src, length, dest, capacity, status);
}

// Regular expressions.
static inline URegularExpression *cicu_uregex_open(const UChar *pattern, int32_t patternLength, uint32_t flags,
                                                   UParseError *pe, UErrorCode *status) {
  return uregex_open(pattern, patternLength, flags, pe, status);
}
static inline URegularExpression *cicu_uregex_clone(const URegularExpression *regexp, UErrorCode *status) {
  return uregex_clone(regexp, status);
}
static inline void cicu_uregex_close(URegularExpression *regexp) { uregex_close(regexp); }
static inline void cicu_uregex_setText(URegularExpression *regexp, const UChar *text, int32_t textLength,
                                       UErrorCode *status) {
  uregex_setText(regexp, text, textLength, status);
}
static inline void cicu_uregex_setTimeLimit(URegularExpression *regexp, int32_t limit, UErrorCode *status) {
  uregex_setTimeLimit(regexp, limit, status);
}
static inline void cicu_uregex_setStackLimit(URegularExpression *regexp, int32_t limit, UErrorCode *status) {
  uregex_setStackLimit(regexp, limit, status);
}
static inline void cicu_uregex_setRegion(URegularExpression *regexp, int32_t start, int32_t limit, UErrorCode *status) {
  uregex_setRegion(regexp, start, limit, status);
}
static inline void cicu_uregex_useTransparentBounds(URegularExpression *regexp, UBool b, UErrorCode *status) {
  uregex_useTransparentBounds(regexp, b, status);
}
static inline int32_t cicu_uregex_groupNumberFromName(URegularExpression *regexp, const UChar *name, int32_t nameLength,
                                                      UErrorCode *status) {
  return uregex_groupNumberFromName(regexp, name, nameLength, status);
}
static inline UBool cicu_uregex_lookingAt(URegularExpression *regexp, int32_t startIndex, UErrorCode *status) {
  return uregex_lookingAt(regexp, startIndex, status);
}
static inline UBool cicu_uregex_find(URegularExpression *regexp, int32_t startIndex, UErrorCode *status) {
  return uregex_find(regexp, startIndex, status);
}
static inline UBool cicu_uregex_findNext(URegularExpression *regexp, UErrorCode *status) {
  return uregex_findNext(regexp, status);
}
static inline int32_t cicu_uregex_start(URegularExpression *regexp, int32_t groupNum, UErrorCode *status) {
  return uregex_start(regexp, groupNum, status);
}
static inline int32_t cicu_uregex_end(URegularExpression *regexp, int32_t groupNum, UErrorCode *status) {
  return uregex_end(regexp, groupNum, status);
}

// Errors.
static inline const char *cicu_u_errorName(UErrorCode code) { return u_errorName(code); }

#endif
