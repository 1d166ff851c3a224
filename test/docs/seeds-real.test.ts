import { tfSessionFactory } from "../../src/shim/session.js";
import { describeSeedReport } from "./seed-report-cases.js";

// Issue #5's "done when": `tfscope check ../shared/seeds/*` with the real interpreter and TF shim.
describeSeedReport("the five seeds, run by the TF 1.15 shim", () => tfSessionFactory);
