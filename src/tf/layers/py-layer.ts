/**
 * A `tf.layers.Layer` subclassed in Python (tensorflow/python/layers/base.py): the engine's Layer
 * names, scopes and builds it as any other layer, and hands `build` and `call` to the Python methods.
 */
import type { TensorShape } from "../shape.js";
import type { Tensor } from "../tensor.js";
import type { Variable } from "../variables.js";
import type { InitializerFn } from "../services.js";
import { Layer, type LayerOptions, type Training, type WeightOptions } from "./base.js";

/** The Python layer's methods, called inside the layer's scopes. */
export interface PyLayerMethods {
  /** keras __call__'s assert_input_compatibility against the Python `input_spec`. */
  checkInput(inputs: Tensor): void;
  build(inputShape: TensorShape): void;
  call(inputs: Tensor, training?: Training): Tensor;
}

export class PyLayer extends Layer {
  constructor(className: string, o: LayerOptions, private readonly methods: PyLayerMethods) {
    super(className, o);
  }

  protected override checkInput(inputs: Tensor): void {
    this.methods.checkInput(inputs);
  }

  protected build(inputShape: TensorShape): void {
    this.methods.build(inputShape);
  }

  protected call(inputs: Tensor, training?: Training): Tensor {
    return this.methods.call(inputs, training);
  }

  /** base.py `__deepcopy__` for a Python layer: the copy calls the copied Python object's methods. */
  deepCopyWith(methods: PyLayerMethods): PyLayer {
    return Object.assign(this.deepCopy(), { methods });
  }

  /** base.py `add_weight` (alias `add_variable`) from Python, in or out of `build`. */
  addVariable(name: string, shape: readonly number[], initializer: InitializerFn | null, o: WeightOptions): Variable {
    return this.addWeight(name, shape, initializer, o);
  }
}
