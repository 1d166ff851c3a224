/** Vite's module kinds the page imports (`?raw` text, import.meta.glob). */
/// <reference types="vite/client" />
