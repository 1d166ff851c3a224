/**
 * Vite for the playground: builds src/web into dist/playground (`npm run build:web`) and serves it
 * (`npm run playground`, port from PORT, default 5173). The shim's modules come from the main build's
 * dist/shim/py-ast-web.json, so `npm run build` runs first.
 */
import { defineConfig } from "vite";

const root = new URL(".", import.meta.url).pathname;
const port = Number(process.env.PORT ?? 5173);

export default defineConfig({
  root,
  base: "./",
  build: {
    outDir: new URL("../../dist/playground/", import.meta.url).pathname,
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 4000,
    // The worker's one big module makes a slow transform, which Rolldown would report on every build.
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  worker: { format: "es" },
  server: { port, strictPort: true, fs: { allow: [new URL("../..", import.meta.url).pathname] } },
  preview: { port, strictPort: true },
});
