/** tfscope: the public library API. */
export const VERSION = "0.1.0";
