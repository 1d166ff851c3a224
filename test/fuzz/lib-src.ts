// The library object the fuzz properties (harness.mjs) run against, from the TypeScript sources.
import { checkDocument } from "../../src/docs/check.js";
import { explainSnippet } from "../../src/explain/explain.js";
import { parse } from "../../src/python/parse/index.js";
import { PyCompileError, PySyntaxError, PyUnsupportedError } from "../../src/python/parse/syntax-error.js";
import { runPython } from "../../src/python/index.js";
import { runTf } from "../../src/shim/run.js";
import { timedSessionFactory } from "../../src/shim/session.js";

export const lib = { checkDocument, explainSnippet, parse, PyCompileError, PySyntaxError, PyUnsupportedError, runPython, runTf, sessionFactory: timedSessionFactory(5) };
