// Devices and colocation: device_spec.py parsing/printing/merging, ops.py's device-function stack
// (_apply_device_functions: innermost first, a merge only fills unset fields, device(None) stops) and
// colocate_with (_create_op_helper: `_class` groups and the colocation op's device).
import { beforeEach, describe, expect, it } from "vitest";
import { DeviceSpec, Graph, canonicalDevice, colocationGroups, float32 } from "../../src/tf/index.js";
import { freshTF, withCm, raises } from "./helpers.js";

beforeEach(() => freshTF());

const op = (g: Graph, name: string) => g.createOp({ type: "Const", name, dtypes: [float32] });


describe("DeviceSpec (device_spec.py)", () => {
  it("parses the short and long forms and prints the canonical one", () => {
    // _string_to_components: "cpu"/"gpu" upper-cased, `device:T:i` kept as given, `*` → no index.
    expect(DeviceSpec.fromString("/cpu:0").toString()).toBe("/device:CPU:0");
    expect(DeviceSpec.fromString("/job:ps/replica:1/task:2/device:GPU:3").toString()).toBe("/job:ps/replica:1/task:2/device:GPU:3");
    expect(DeviceSpec.fromString("/gpu:*").toString()).toBe("/device:GPU:*");
    expect(DeviceSpec.fromString("/job:w").toString()).toBe("/job:w");
    expect(canonicalDevice("/task:1/cpu:0")).toBe("/task:1/device:CPU:0");
    expect(canonicalDevice("")).toBe("");
  });
  it("refuses two device types and unknown fields with TF's messages", () => {
    raises(() => DeviceSpec.fromString("/cpu:0/gpu:1"), "ValueError", "Cannot specify multiple device types: /cpu:0/gpu:1");
    raises(() => DeviceSpec.fromString("/foo:0"), "ValueError", "Unknown attribute: 'foo' in '/foo:0'");
  });
  it("merges with the argument's fields winning (make_merged_spec)", () => {
    const outer = DeviceSpec.fromString("/job:ps/cpu:0");
    expect(outer.mergedWith(DeviceSpec.fromString("/gpu:1")).toString()).toBe("/job:ps/device:GPU:1");
  });
});

describe("Graph.device", () => {
  it("sets op.device, innermost fields first, outer scopes filling the rest", () => {
    const g = new Graph();
    const [a, b, c] = withCm(g.device("/job:ps/cpu:0"), () => [
      op(g, "a"),
      withCm(g.device("/gpu:1"), () => op(g, "b")),
      withCm(g.device(null), () => op(g, "c")),
    ]);
    expect(a.device).toBe("/job:ps/device:CPU:0");
    expect(b.device).toBe("/job:ps/device:GPU:1");
    expect(c.device).toBe("");
    expect(op(g, "d").device).toBe("");
  });
  it("calls a device function with the op and merges outer specs over its result", () => {
    const g = new Graph();
    const x = withCm(g.device("/job:ps"), () => withCm(g.device((o) => (o.name === "x" ? "/cpu:2" : null)), () => op(g, "x")));
    expect(x.device).toBe("/job:ps/device:CPU:2");
  });
  it("refuses an exit out of order (ops.py Graph.device)", () => {
    const g = new Graph();
    const one = g.device("/cpu:0");
    const two = g.device("/cpu:1");
    one.enter();
    two.enter();
    raises(() => one.exit(), "RuntimeError", "Exiting device scope without proper scope nesting.");
  });
});

describe("Graph.colocate_with", () => {
  it("adds the colocation group, takes the op's device and resets the device scopes", () => {
    const g = new Graph();
    const v = withCm(g.device("/cpu:0"), () => op(g, "v"));
    const z = withCm(g.device("/gpu:0"), () => withCm(g.colocateWith(v), () => op(g, "z")));
    expect(z.device).toBe("/device:CPU:0");
    expect(colocationGroups(z)).toEqual(["loc:@v"]);
    expect(colocationGroups(v)).toEqual(["loc:@v"]);
    expect(z.attrs?.["_class"]).toEqual(["loc:@v"]);
  });
  it("refuses None without ignore_existing", () => {
    const g = new Graph();
    raises(() => g.colocateWith(null).enter(), "ValueError", "Trying to reset colocation (op is None) but ignore_existing is not True");
  });
});
