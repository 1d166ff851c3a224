/** numpy's print options (`np.set_printoptions`), with numpy 1.17's defaults. */
export interface PrintOptions {
  linewidth: number;
  threshold: number;
  edgeitems: number;
  precision: number;
  floatmode: "fixed" | "unique" | "maxprec" | "maxprec_equal";
  sign: "-" | "+" | " ";
  suppress: boolean;
  nanstr: string;
  infstr: string;
}

export const DEFAULT_PRINT_OPTIONS: Readonly<PrintOptions> = Object.freeze({
  linewidth: 75,
  threshold: 1000,
  edgeitems: 3,
  precision: 8,
  floatmode: "maxprec",
  sign: "-",
  suppress: false,
  nanstr: "nan",
  infstr: "inf",
});
