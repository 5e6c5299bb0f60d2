import { TextDecoder } from 'node:util';

/**
 * Decoding input as UTF-8, strictly: a Latin-1 file must be reported, not read with
 * U+FFFD in place of its accented letters (which would then pass validation).
 *
 * @internal
 * @module
 */

/**
 * Where text stopped being UTF-8: the offset of the first bad byte, and that byte.
 *
 * @internal
 * @example
 * ```ts
 * const bad: InvalidUtf8 = { offset: 9, byte: 0xe9 };
 * ```
 */
export interface InvalidUtf8 {
  /** The offset of the first byte of the ill-formed sequence, from 0. */
  readonly offset: number;
  /** Its value. */
  readonly byte: number;
}

/** The range of the second byte after a lead byte (WHATWG Encoding, UTF-8 decoder). */
function secondByteRange(lead: number): readonly [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/**
 * The first byte at which `bytes` stops being well-formed UTF-8, by the rules of the
 * WHATWG decoder (no overlong forms, no surrogates, nothing above U+10FFFF, no sequence cut
 * short by the end). Only called once a fatal `TextDecoder` has refused the bytes, to say
 * where.
 *
 * @internal
 * @param bytes - The bytes.
 * @returns The offset and value of the first bad byte, or `undefined` when all is UTF-8.
 *
 * @example
 * ```ts
 * firstInvalidUtf8(new Uint8Array([0x7b, 0x22, 0xe9, 0x22])); //=> { offset: 2, byte: 0xe9 }
 * firstInvalidUtf8(new TextEncoder().encode('{"é": 1}')); //=> undefined
 * ```
 */
export function firstInvalidUtf8(bytes: Uint8Array): InvalidUtf8 | undefined {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    let length: number;
    if (lead < 0x80) length = 1;
    else if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) length = 3;
    else if (lead >= 0xf0 && lead <= 0xf4) length = 4;
    else return { offset: i, byte: lead };
    if (length > 1) {
      const [low, high] = secondByteRange(lead);
      const second = bytes[i + 1];
      if (second === undefined || second < low || second > high) return { offset: i, byte: lead };
      for (let k = 2; k < length; k += 1) {
        const next = bytes[i + k];
        if (next === undefined || next < 0x80 || next > 0xbf) return { offset: i, byte: lead };
      }
    }
    i += length;
  }
  return undefined;
}

/**
 * A fatal UTF-8 decoder that keeps a byte order mark (callers decide where one is
 * allowed: only at the start of a file).
 *
 * @internal
 * @returns A new decoder.
 *
 * @example
 * ```ts
 * strictUtf8Decoder().decode(new Uint8Array([0x5b, 0x5d])); //=> '[]'
 * ```
 */
export function strictUtf8Decoder(): TextDecoder {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
}

/**
 * Decodes bytes as UTF-8, strictly.
 *
 * @internal
 * @param bytes - The bytes.
 * @param decoder - A decoder from {@link strictUtf8Decoder}, reused across calls.
 * @returns The text, or where the bytes stop being UTF-8.
 *
 * @example
 * ```ts
 * decodeUtf8(new Uint8Array([0x22, 0xe9, 0x22]), strictUtf8Decoder()); //=> { ok: false, offset: 1, byte: 0xe9 }
 * decodeUtf8(new Uint8Array([0x31]), strictUtf8Decoder()); //=> { ok: true, text: '1' }
 * ```
 */
export function decodeUtf8(
  bytes: Uint8Array,
  decoder: TextDecoder,
): { readonly ok: true; readonly text: string } | ({ readonly ok: false } & InvalidUtf8) {
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch (error) {
    const bad = firstInvalidUtf8(bytes);
    // The decoder refused what the scan accepts: not a UTF-8 problem after all.
    if (bad === undefined) throw error;
    return { ok: false, ...bad };
  }
}
