const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * The ROR id whose six base32 characters (after the leading `0`) encode `value`
 * (0 ≤ value < 32⁶), with its two check digits: ISO/IEC 7064 MOD 97-10 over that value,
 * check = 98 − (value × 100 mod 97), always 02–98.
 *
 * @internal
 */
export function rorIdOf(value: number): string {
  let body = '';
  let rest = value;
  for (let position = 0; position < 6; position++) {
    body = (CROCKFORD[rest % 32] as string) + body;
    rest = Math.floor(rest / 32);
  }
  const check = 98 - ((value * 100) % 97);
  return `0${body}${check < 10 ? '0' : ''}${check}`;
}
