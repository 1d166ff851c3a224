/**
 * The parser of `>>>` console transcripts, generated at build time from grammar/console.grammar
 * (`npm run grammar`), and the same parser with @lezer/python mounted on each input's source lines.
 */
import { parseMixed } from "@lezer/common";
import { parser as pythonParser } from "@lezer/python";
import { parser as baseParser } from "./console.parser.js";

/** Examples, prompts, outputs and prose; sources left opaque. */
export const transcriptParser = baseParser;

/** The console grammar with @lezer/python mounted on the source lines of each input. */
export const consoleParser = baseParser.configure({
  wrap: parseMixed((n) => (n.name === "Input" ? { parser: pythonParser, overlay: (c) => c.name === "Source" } : null)),
});
