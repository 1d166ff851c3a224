/**
 * Line-start tokens of grammar/console.grammar, the decisions its rules cannot make. As doctest:
 * `>>>` opens an example only when a space or the line's end follows (`>>>x` is text, and ends any
 * output before it); `...` continues an input only where the grammar can still take one, so an
 * output line that starts with `...` stays output; a line of spaces only is blank.
 */
import { ExternalTokenizer } from "@lezer/lr";
import { BlankLine, Continuation, eol, Prompt, StrayPrompt } from "./console.parser.terms.js";

const NEWLINE = 10, SPACE = 32, TAB = 9, GT = 62, DOT = 46;

export const lineStart = new ExternalTokenizer((input, stack) => {
  if (input.peek(-1) !== NEWLINE && input.peek(-1) !== -1) return; // line starts only
  let n = 0;
  while (input.peek(n) === SPACE || input.peek(n) === TAB) n++;
  if (input.peek(n) === NEWLINE) return input.acceptToken(BlankLine, n + 1);
  if (input.peek(n) === -1) return n > 0 ? input.acceptToken(BlankLine, n) : undefined;
  const mark = input.peek(n), after = input.peek(n + 3);
  if ((mark !== GT && mark !== DOT) || input.peek(n + 1) !== mark || input.peek(n + 2) !== mark) return;
  if (after !== SPACE && after !== NEWLINE && after !== -1) {
    if (mark === GT) input.acceptToken(StrayPrompt, n + 3);
    return;
  }
  if (mark === DOT && !stack.canShift(Continuation)) return;
  input.acceptToken(mark === GT ? Prompt : Continuation, n + 3 + (after === SPACE ? 1 : 0));
});

/** A newline ends a line; so does the end of the text, once, where a line is open (the last line may have no newline). */
export const lineEnd = new ExternalTokenizer((input, stack) => {
  if (input.next === NEWLINE) input.acceptToken(eol, 1);
  else if (input.next === -1 && stack.canShift(eol)) input.acceptToken(eol, 0);
});
