/**
 * Whether a block of a page reads as program output rather than code: a traceback, TensorFlow's
 * reprs (`Tensor("MatMul:0", shape=(2, 2), dtype=float32)`, `<tf.Variable 'w:0' shape=(1,) dtype=float32_ref>`),
 * `name:0` lines, numpy's printing. Such a block right after a snippet is what the snippet printed,
 * whatever its fence tag; `Tensor(...)` parses as Python, but no page means it as code.
 */
import { TextMemo } from "./memo.js";

const STRONG = [
  /^Traceback \(most recent call last\):$/,
  /^(?:tf\.)?Tensor\(".*", shape=.*, dtype=\w+\)$/,
  /^<tf\.\w+ '[^']*'.*>$/,
  /^[A-Za-z_][\w./-]*:\d+$/,
  /^(?:array\()?\[[-+\d.,eE\s[\]naifNIF]*\]?(?:, dtype=\w+\))?\)?$/,
  /^[A-Za-z_][\w.]*(?:Error|Exception|Warning): /,
];

// Lines output often holds beside the strong ones: names, numbers, tuples of numbers, booleans.
const WEAK = [/^[\w./-]+$/, /^[-+\d.eE]+$/, /^\((?:[-\d]+|None)(?:, *(?:[-\d]+|None))*,?\)$/, /^(?:True|False|None)$/, /^\s*\[[-+\d.,eE\s\]]*$/];

/** Every non-blank line reads as output and at least one unmistakably (a repr, `name:0`, an array, a traceback). */
export function readsAsOutput(lines: readonly string[]): boolean {
  // Keyed by the lines joined, which is one-to-one while no line holds a newline (a document's never do).
  return lines.some((l) => l.includes("\n")) ? readsAsOutputUncached(lines) : judged.get(lines.join("\n"));
}

// A block is read again and again as a corpus repeats it.
const judged = new TextMemo((text) => readsAsOutputUncached(text.split("\n")));

function readsAsOutputUncached(lines: readonly string[]): boolean {
  const body = lines.map((l) => l.trim()).filter((l) => l !== "");
  if (!body.length) return false;
  if (STRONG[0]!.test(body[0]!)) return true;
  let strong = false;
  for (const l of body) {
    if (STRONG.some((r) => r.test(l))) strong = true;
    else if (!WEAK.some((r) => r.test(l))) return false;
  }
  return strong;
}

/** Words that announce output, in English and the languages tutorials are most often written in. */
const CUE = /\b(output|outputs|prints?|printed|you (?:will |should )?(?:get|see)|following|result|gives|displays?|ausgabe|ergebnis|gibt aus|sortie|résultat|affiche|salida|resultado|imprime|saída|uscita|risultato|вывод|результат|выведет)\b|输出|结果|打印|出力|結果|表示され|실행 결과|출력/i;

/** Whether prose before a block announces output ("This prints:", "Ausgabe:", "输出："). */
export function announcesOutput(text: string): boolean {
  return CUE.test(text);
}

/**
 * Whether a lead-in shows what a variation of the snippet would give, not the snippet itself ("If we
 * try printing the value of z directly, we get something like this:"): the block illustrates another
 * case, so it is no claim on the snippet's output. Narrow on purpose: "If you run this, you get:" is a
 * claim.
 */
export function hypothetical(text: string): boolean {
  return /\bif (?:we|you|one) (?:try|tried|were to|attempt|attempted|had|instead)\b/i.test(text);
}

/** A Markdown heading (ATX or a setext underline): output never reaches past one. */
export function isHeading(line: string): boolean {
  return /^\s{0,3}#{1,6}(\s|$)/.test(line) || /^\s{0,3}(=+|-+)\s*$/.test(line);
}
