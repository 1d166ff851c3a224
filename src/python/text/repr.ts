// repr() of str and bytes exactly as CPython 3.11 writes them (Objects/unicodeobject.c
// unicode_repr, Objects/bytesobject.c PyBytes_Repr).

import { isPrintableChar } from "./unicode.js";

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}

/** The quote repr() uses: single, unless the text has a single quote and no double quote. */
function quoteFor(hasSingle: boolean, hasDouble: boolean): string {
  return hasSingle && !hasDouble ? '"' : "'";
}

/**
 * repr(s) of a Python str: quotes chosen as CPython does, `\\`, the quote, `\t` `\n` `\r` escaped,
 * other non-printable characters as `\xhh`, `\uhhhh` or `\Uhhhhhhhh` (lone surrogates included).
 */
export function strRepr(s: string): string {
  const quote = quoteFor(s.includes("'"), s.includes('"'));
  // Printable ASCII without backslashes or the chosen quote needs no escaping at all.
  if (/^[\x20-\x7e]*$/.test(s) && !s.includes("\\") && !s.includes(quote)) return quote + s + quote;
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (cp < 0x20 || cp === 0x7f) out += "\\x" + hex(cp, 2);
    else if (cp < 0x7f || isPrintableChar(ch)) out += ch;
    else if (cp <= 0xff) out += "\\x" + hex(cp, 2);
    else if (cp <= 0xffff) out += "\\u" + hex(cp, 4);
    else out += "\\U" + hex(cp, 8);
  }
  return out + quote;
}

/**
 * ascii(x) given repr(x): the repr text with every non-ASCII character escaped as `\xhh`, `\uhhhh`
 * or `\Uhhhhhhhh` (Python's ascii() is exactly that for every object).
 */
export function strAscii(reprText: string): string {
  let out = "";
  for (const ch of reprText) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp <= 0xff) out += "\\x" + hex(cp, 2);
    else if (cp <= 0xffff) out += "\\u" + hex(cp, 4);
    else out += "\\U" + hex(cp, 8);
  }
  return out;
}

/** repr(b) of a Python bytes object given its byte values: `b'...'`, `\xhh` outside printable ASCII. */
export function bytesRepr(bytes: ArrayLike<number>): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x27) hasSingle = true;
    else if (bytes[i] === 0x22) hasDouble = true;
  }
  const quote = quoteFor(hasSingle, hasDouble);
  let out = "b" + quote;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const ch = String.fromCharCode(b);
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (b < 0x20 || b >= 0x7f) out += "\\x" + hex(b, 2);
    else out += ch;
  }
  return out + quote;
}
