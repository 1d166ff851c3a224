// CPython 3.11's text algorithms as pure functions on JavaScript values, for the interpreter's
// str/int/float methods, formatting and the `re` module.

export { PyTextError, TextUnsupported } from "./errors.js";
export { floatRepr, floatStr, formatFloatParts, roundFloat, roundHalfEven, floatToBigInt, parseFloatText, floatHex, floatFromHex } from "./float.js";
export type { FloatStyle } from "./float.js";
export { intToDecimal, intToPrefixed, parseIntText, DEFAULT_MAX_STR_DIGITS } from "./int.js";
export { parseFormatSpec, formatInt, formatFloat, formatStr } from "./format-spec.js";
export type { FormatSpec } from "./format-spec.js";
export { percentFormat } from "./percent.js";
export type { PercentHost, PercentArgs } from "./percent.js";
export { strFormat } from "./str-format.js";
export type { StrFormatHost } from "./str-format.js";
export { strRepr, strAscii, bytesRepr } from "./repr.js";
export * as str from "./str-methods.js";
export { isSpace, decimalValue, isDigitChar, isNumericChar, isAlphaChar, isPrintableChar } from "./unicode.js";
export {
  compileRegex,
  regexMatch,
  regexFullmatch,
  regexSearch,
  regexFinditer,
  regexFindall,
  regexSplit,
  regexSubn,
  parseTemplate,
  expandTemplate,
  PyRegexError,
  RE_FLAGS,
} from "./regex.js";
export type { CompiledRegex, RegexMatch, TemplatePart } from "./regex.js";
