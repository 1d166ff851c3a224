/**
 * The texts of TF's API surface (api-v1.ts, api-v2.ts: 0.9 MB), handed to index.ts when it needs
 * them. A start-up snapshot's build (build-snapshot.ts) puts a version of this file in its bundle that
 * reads the texts from files on first use and forgets them before the snapshot is taken, so the
 * snapshot's heap, which every start deserialises, does not carry the text.
 */
import { API_V1 } from "./api-v1.js";
import { API_V2 } from "./api-v2.js";

export function apiText(api: "v1" | "v2"): string {
  return api === "v1" ? API_V1 : API_V2;
}

/** Drops texts read from files (nothing here: the texts are part of the code). */
export function forgetApiTexts(): void {}
