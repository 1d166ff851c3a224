/**
 * Shape functions of the array ops (tensorflow/core/ops/array_ops.cc; ConcatShapeHelper from
 * common_shape_fns.cc), over the inference context's checks and messages.
 */
import {
  type Dim, type Dims, type InferContext, fail, mergeDim, mergeShape, numElements, subshape, withContext, withRank,
  withRankAtLeast, withValue,
} from "./infer-context.js";


export function fillShape(c: InferContext): Dims[] {
  withRank(c.inputs[0]!, 1);
  withRank(c.inputs[1]!, 0);
  const t = c.inputTensor(0);
  if (t !== null && t.numbers().some((x) => x < 0)) fail("Fill dimensions must be >= 0");
  return [c.makeShapeFromShapeTensor(0)];
}

/** SetOutputShapeForReshape (array_ops.cc 186-283). */
export function reshapeShape(c: InferContext): Dims[] {
  const input = c.inputs[0]!;
  const outS = c.makeShapeFromShapeTensor(1);
  if (outS === null || input === null) return [outS];
  const result: Dim[] = [...outS];
  let tooMany = false;
  const known = (s: readonly Dim[]): [number, number] => {
    let n = 1, idx = -1;
    for (let i = 0; i < s.length; i++) {
      const v = s[i]!;
      if (v === null) {
        if (idx >= 0) tooMany = true;
        idx = i;
      } else n *= v;
    }
    return [n, idx];
  };
  const [outElems, outUnknown] = known(outS);
  const [inElems, inUnknown] = known(input);
  if (!tooMany) {
    if (inUnknown < 0 && outUnknown < 0) {
      if (inElems !== outElems) {
        fail(`Cannot reshape a tensor with ${inElems} elements to shape [${outS.join(",")}] (${outElems} elements)`);
      }
    } else if (inUnknown < 0 && outUnknown >= 0 && outElems > 0) {
      if (inElems % outElems !== 0) fail(`Dimension size must be evenly divisible by ${outElems} but is ${inElems}`);
      result[outUnknown] = inElems / outElems;
    } else if (inUnknown >= 0 && outUnknown < 0 && inElems !== 0) {
      if (outElems % inElems !== 0) fail(`Dimension size must be evenly divisible by ${inElems} but is ${outElems}`);
      mergeDim(input[inUnknown]!, outElems / inElems);
    } else if (inUnknown >= 0 && outUnknown >= 0 && inElems === outElems) {
      result[outUnknown] = input[inUnknown]!;
    }
  }
  return [result];
}

function packAxis(c: InferContext, rankAfter: number): number {
  const axis = c.attr<number>("axis");
  if (axis < -rankAfter || axis >= rankAfter) fail(`Invalid axis: ${axis}; must be in [${-rankAfter},${rankAfter})`);
  return axis < 0 ? rankAfter + axis : axis;
}

export function packShape(c: InferContext): Dims[] {
  let cur: Dims = c.inputs[c.inputs.length - 1]!;
  for (let i = c.inputs.length - 2; i >= 0; i--) {
    const prev: Dims = cur;
    cur = withContext((): Dims => mergeShape(c.inputs[i]!, prev), `From merging shape ${i} with other shapes.`);
  }
  if (cur === null) return [null];
  const axis = packAxis(c, cur.length + 1);
  return [[...cur.slice(0, axis), c.inputs.length, ...cur.slice(axis)]];
}

/** ConcatShapeHelper (common_shape_fns.cc 1533-1614) for ConcatV2. */
export function concatShape(c: InferContext): Dims[] {
  const n = c.inputs.length - 1;
  withRank(c.inputs[n]!, 0);
  const axisT = c.inputTensor(n);
  if (axisT === null) {
    let rank: number | null = null;
    for (let i = 0; i < n && rank === null; i++) rank = c.inputs[i] === null ? null : c.inputs[i]!.length;
    if (rank === null) return [null];
    if (rank === 0) fail("Can't concatenate scalars (use tf.stack instead)");
    for (let i = 0; i < n; i++) withRank(c.inputs[i]!, rank);
    return [new Array<Dim>(rank).fill(null)];
  }
  const axis = axisT.numbers()[0]!;
  const minRank = axis < 0 ? -axis : axis + 1;
  const parts = (s: Dims): [Dims, Dim, Dims] => {
    const r = withRankAtLeast(s, minRank);
    const before = subshape(r, 0, axis);
    const middle = r === null ? null : r[axis < 0 ? r.length + axis : axis]!;
    const after = axis === -1 ? [] : subshape(r, axis + 1);
    return [before, middle, after];
  };
  let [before, middle, after] = parts(c.inputs[n - 1]!);
  for (let i = n - 2; i >= 0; i--) {
    const [b, m, a] = parts(c.inputs[i]!);
    before = mergeShape(b, before);
    middle = middle === null || m === null ? null : middle + m;
    after = mergeShape(a, after);
  }
  if (before === null || after === null) return [null];
  return [[...before, middle, ...after]];
}

/** TransposeShapeFn (array_ops.cc 120-183). */
export function transposeShape(c: InferContext): Dims[] {
  const input = c.inputs[0]!;
  const permShape = c.inputs[1]!;
  const perm = c.inputTensor(1);
  const permElems = numElements(permShape);
  if (input === null && permElems === null && perm === null) return [null];
  const rank = input !== null ? input.length : permElems !== null ? permElems : perm!.size;
  if (input === null && rank < 2) return [input];
  const inp = withRank(input, rank);
  withRank(permShape, 1);
  withValue(permElems, rank);
  if (perm === null) return [new Array<Dim>(rank).fill(null)];
  return [perm.numbers().slice(0, rank).map((i) => {
    if (i >= rank) fail(`perm dim ${i} is out of range of input rank ${rank}`);
    return inp[i]!;
  })];
}

export function expandDimsShape(c: InferContext): Dims[] {
  const input = c.inputs[0]!;
  const dimT = c.inputTensor(1);
  if (dimT !== null && dimT.size !== 1) fail("'dim' input must be a tensor with a single value");
  if (dimT === null || input === null) return [null];
  let dim = dimT.numbers()[0]!;
  const rank = input.length;
  const minDim = -1 * rank - 1;
  if (dim < minDim || dim > rank) fail(`dim ${dim} not in the interval [${minDim}, ${rank}].`);
  if (dim < 0) dim += rank + 1;
  return [[...input.slice(0, dim), 1, ...input.slice(dim)]];
}

export function squeezeShape(c: InferContext): Dims[] {
  const input = c.inputs[0]!;
  if (input === null) return [null];
  const rank = input.length;
  const dims = c.attr<readonly number[]>("squeeze_dims").map((s, i) => {
    if (s < -rank || s >= rank) fail(`squeeze_dims[${i}] not in [${-rank},${rank}).`);
    return s < 0 ? s + rank : s;
  });
  const result: Dim[] = [];
  for (let i = 0; i < rank; i++) {
    const explicit = dims.includes(i);
    const dim = input[i]!;
    if (dim === null) {
      if (explicit) continue;
      if (dims.length === 0) return [null];
    } else if (dim === 1) {
      if (explicit || dims.length === 0) continue;
    } else if (explicit) {
      fail(`Can not squeeze dim[${i}], expected a dimension of 1, got ${dim}`);
    }
    result.push(dim);
  }
  return [result];
}

/** InferenceContext::Multiply for dimensions. */
function multiplyDim(a: Dim, b: Dim): Dim {
  if (a === 0) return 0;
  if (b === 0) return 0;
  if (a === 1) return b;
  if (b === 1) return a;
  return a === null || b === null ? null : a * b;
}

export function tileShape(c: InferContext): Dims[] {
  const input = c.inputs[0]!;
  let multiples = c.makeShapeFromShapeTensor(1);
  if (input !== null) {
    multiples = withRank(multiples, input.length);
    mergeShape(c.inputs[1]!, [input.length]);
  }
  if (multiples === null) return [null];
  const inp = withRank(input, multiples.length);
  return [inp.map((dd, i) => multiplyDim(dd, multiples![i]!))];
}

export function gatherShape(c: InferContext): Dims[] {
  const params = withRankAtLeast(c.inputs[0]!, 1);
  const indices = c.inputs[1]!;
  withRank(c.inputs[2]!, 0);
  const axisT = c.inputTensor(2);
  if (axisT === null) {
    return [params !== null && indices !== null ? new Array<Dim>(params.length + indices.length - 1).fill(null) : null];
  }
  const axis = axisT.numbers()[0]!;
  withRankAtLeast(params, axis < 0 ? -axis : axis + 1);
  const batchDims = c.attr<number>("batch_dims");
  withRankAtLeast(params, batchDims < 0 ? -batchDims : batchDims + 1);
  const outer = subshape(params, 0, axis);
  const inner = subshape(indices, batchDims);
  if (outer === null || inner === null) return [null];
  let res: Dims = [...outer, ...inner];
  if (axis !== -1) {
    const rest = subshape(params, axis + 1);
    res = rest === null ? null : [...res, ...rest];
  }
  return [res];
}
