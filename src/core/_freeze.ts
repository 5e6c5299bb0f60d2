/**
 * Freezes a value and everything reachable from it. Call sites at module level mark the
 * call `/* @__PURE__ *\/` so that bundlers drop tables a consumer never reads.
 *
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) {
      deepFreeze((value as Record<string, unknown>)[key]);
    }
  }
  return value;
}
