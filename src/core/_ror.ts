// ROR ids (https://ror.org/about/faqs/#what-does-a-ror-id-look-like): a leading 0, six
// Crockford base32 characters and two ISO/IEC 7064 MOD 97-10 check digits.

/** Crockford's base32 alphabet, as ROR writes it (lower case, no i, l, o, u). @internal */
export const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz';

/** The check digits of a number, two characters (ISO/IEC 7064 MOD 97-10). @internal */
function checkDigitsOf(value: number): string {
  return String(98 - ((value * 100) % 97)).padStart(2, '0');
}

/** The two check digits of a ROR id's six base32 characters. @internal */
export function rorCheckDigits(body: string): string {
  let value = 0;
  for (const char of body) value = value * 32 + CROCKFORD.indexOf(char);
  return checkDigitsOf(value);
}

/** The ROR id (bare, nine characters) whose six base32 characters encode `value`. @internal */
export function rorIdOf(value: number): string {
  let body = '';
  let rest = value;
  for (let position = 0; position < 6; position++) {
    body = (CROCKFORD[rest % 32] as string) + body;
    rest = Math.floor(rest / 32);
  }
  return `0${body}${checkDigitsOf(value)}`;
}
