/** The numpy room's public API (numpy 1.17 semantics and printing). */
export { type DType, type PyScalar, DTYPES, isDType, promote, resultTypeWithScalar, minScalarType, coerce, isFloat, isInteger } from "./dtype.js";
export { NDArray, type Elem, type Nested, fromNested, fromFunction, scalar, asDType, stridesOf } from "./ndarray.js";
export { MAX_ELEMENTS, NumpyError, SizeLimit, checkElements, sizeLimitFeature } from "./errors.js";
export { binary, unary, astype, broadcastShapes, broadcastTo } from "./elementwise.js";
export { sum, prod, mean, max, min, reduce, pairwiseSum } from "./reduce.js";
export { normalizeAxes } from "./axes.js";
export { reshape, transpose, concatenate, stack, expandDims, squeeze, tile, repeat } from "./manipulation.js";
export { matmul } from "./linalg.js";
export { qr, det } from "./decompositions.js";
export { mathUnary } from "./umath.js";
export { zeros, ones, full, arange, linspace, eye } from "./creation.js";
export { allclose, arrayEqual } from "./compare.js";
export { getItem, type IndexItem, type Slice } from "./indexing.js";
export { RandomState } from "./randomstate.js";
export { arrayStr, arrayRepr, array2string, shapeRepr, dtypeName } from "./arrayprint.js";
export { scalarRepr, floatScalarRepr, bytesRepr } from "./scalarrepr.js";
export { type PrintOptions, DEFAULT_PRINT_OPTIONS } from "./printoptions.js";
