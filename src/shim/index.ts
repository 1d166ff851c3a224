/** The shim: TensorFlow and numpy for the Python interpreter, and the sessions the checker uses. */
export { createTfHost, type Profile, type TfHost, type TfHostOptions } from "./host.js";
export { runTf, type RunTfOptions, type RunTfResult } from "./run.js";
export { tfSessionFactory } from "./session.js";
