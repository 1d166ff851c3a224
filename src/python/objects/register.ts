// Loads every module that defines methods on the builtin types (each fills its types' dicts when
// evaluated), in dependency order. Importing this once makes the object model complete.
import "./object-type.js";
import "./numbers.js";
import "./str.js";
import "./sequences.js";
import "./dict.js";
import "./set.js";
import "./misc.js";
import "./bytes.js";
import "./descriptor-methods.js";
import "./exception-methods.js";
