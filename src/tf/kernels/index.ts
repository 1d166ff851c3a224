/** Registers every kernel family with the registry (imported for its side effects by the Session). */
import "./array.js";
import "./control.js";
import "./grad-cwise.js";
import "./grad-array.js";
import "./indexing-nd.js";
import "./linalg.js";
import "./logging.js";
import "./lookup.js";
import "./math.js";
import "./nn.js";
import "./nn-grad.js";
import "./diag-cross.js";
import "./random.js";
import "./state.js";
import "./training.js";
import "./xent.js";
import "../summary/summary-kernels.js";
