import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

/** The repository root. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** `../shared/seeds` beside the clone (or `TFSCOPE_SEEDS`, for a worktree elsewhere); its absence is a failure, never a skip. */
export const SEEDS = process.env.TFSCOPE_SEEDS ?? join(ROOT, "..", "shared", "seeds");

/** The seed document whose file name starts with `prefix` (e.g. "003"): its path and text. */
export function seed(prefix: string): { path: string; name: string; text: string } {
  if (!existsSync(SEEDS)) throw new Error(`the seed documents are missing: expected them at ${SEEDS} (../shared/seeds beside the repository)`);
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}_*.txt in ${SEEDS}`);
  const path = join(SEEDS, name);
  return { path, name, text: readFileSync(path, "utf8") };
}
