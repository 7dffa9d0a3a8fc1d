/**
 * Bytes to text, the same way in the app and the CLI: UTF-8 only, a byte-order mark dropped,
 * and a byte that is not UTF-8 reported with its offset instead of silently becoming U+FFFD
 * (which would make a quote "not found" for no visible reason).
 */

export type Decoded = { ok: true; text: string } | { ok: false; byteOffset: number };

const BOM = '\uFEFF';
const REPLACEMENT = '\uFFFD';

/** Drops a leading byte-order mark, which editors on Windows still write. */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** Decodes UTF-8, or says where the first byte that is not UTF-8 stands. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    return { ok: false, byteOffset: firstInvalidByte(bytes) };
  }
}

/**
 * The lenient decoding marks each bad sequence with U+FFFD; a U+FFFD whose bytes are not
 * EF BF BD is the first bad one. Linear, apart from the rare genuine U+FFFD before it.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(bytes);
  const encoder = new TextEncoder();
  let from = 0;
  for (;;) {
    const at = text.indexOf(REPLACEMENT, from);
    if (at < 0) return bytes.length;
    const offset = encoder.encode(text.slice(0, at)).length;
    if (bytes[offset] !== 0xef || bytes[offset + 1] !== 0xbf || bytes[offset + 2] !== 0xbd) return offset;
    from = at + 1;
  }
}

/** The message for a file that is not UTF-8, naming the byte. */
export function notUtf8(byteOffset: number): string {
  return `is not valid UTF-8 (the byte at offset ${byteOffset} is not UTF-8); save the file as UTF-8 in your editor`;
}

/** Text as given, or decoded from bytes: what the loader accepts from any reader. */
export type TextOrBytes = string | Uint8Array;

/** True for text or bytes, from this realm or another (a test's jsdom, a worker's message). */
export function isTextOrBytes(content: unknown): content is TextOrBytes {
  return typeof content === 'string' || (ArrayBuffer.isView(content) && !(content instanceof DataView));
}

export function asText(content: TextOrBytes): Decoded {
  if (typeof content === 'string') return { ok: true, text: stripBom(content) };
  // A view made here: TextDecoder refuses a Uint8Array from another realm.
  return decodeUtf8(new Uint8Array(content.buffer, content.byteOffset, content.byteLength));
}
