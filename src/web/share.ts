/**
 * Share links: the editor's text and mode in the URL's hash, deflated with the browser's own
 * CompressionStream and written as base64url (`#py=…` for a snippet, `#md=…` for a document).
 */

export interface Shared {
  mode: "snippet" | "document";
  text: string;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(s: string): Uint8Array {
  const bin = atob(s.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** The hash for `s` (without the `#`). */
export async function encodeShare(s: Shared): Promise<string> {
  const packed = await pipe(new TextEncoder().encode(s.text), new CompressionStream("deflate-raw"));
  return `${s.mode === "snippet" ? "py" : "md"}=${toBase64Url(packed)}`;
}

/** What a hash holds, or null when it holds no share (or a damaged one). */
export async function decodeShare(hash: string): Promise<Shared | null> {
  const m = /^#?(py|md)=([A-Za-z0-9_-]*)$/.exec(hash);
  if (m === null) return null;
  try {
    const text = new TextDecoder().decode(await pipe(fromBase64Url(m[2]!), new DecompressionStream("deflate-raw")));
    return { mode: m[1] === "py" ? "snippet" : "document", text };
  } catch {
    return null;
  }
}
