import { createHash } from 'node:crypto';
import { isCountryCode, type CountryCode } from '../catalog/countries.js';
import { dayOf, isoOf } from '../core/_days.js';
import { isIsoDate } from '../core/_isoDate.js';
import { childElements, stringValue, type XmlElement } from './_xml.js';
import { ewpIssue } from './_issues.js';
import type { EwpIssue, EwpIssueCode } from './types.js';

// The small readers of `readEwpIias`: elements by local name (a v7 document and the
// namespace-less walkthrough fragments read alike), typed values as the XSD types them
// (whitespace collapsed for numbers, booleans, dates and codes; strings kept as written, since
// the `iia-hash` covers them as written), and the derivations of what EWP does not say (ids,
// period, country), each documented in docs/ewp.md.

/** Collects the issues of one reading, in document order. @internal */
export class IssueList {
  readonly items: EwpIssue[] = [];

  add(code: EwpIssueCode, path: string, params: Readonly<Record<string, string | number>> = {}) {
    this.items.push(ewpIssue(code, path, params));
  }
}

/** The child elements of that local name, in document order. @internal */
export function childrenNamed(parent: XmlElement, name: string): XmlElement[] {
  return childElements(parent).filter((child) => child.localName === name);
}

/**
 * The child element of that local name where the XSD allows one: the first, with a
 * `repeated_element` issue for a second one.
 *
 * @internal
 */
export function one(parent: XmlElement, name: string, issues: IssueList): XmlElement | undefined {
  const [first, second] = childrenNamed(parent, name);
  if (second !== undefined) issues.add('repeated_element', second.path, { element: name });
  return first;
}

/** The same as {@link one}, with a `missing_element` issue when there is none. @internal */
export function required(
  parent: XmlElement,
  name: string,
  issues: IssueList,
): XmlElement | undefined {
  const element = one(parent, name, issues);
  if (element === undefined)
    issues.add('missing_element', `${parent.path}/${name}`, { element: name });
  return element;
}

/** An unprefixed attribute's value (`@name` in XPath). @internal */
export function attributeOf(element: XmlElement, name: string): string | undefined {
  return element.attributes.find((item) => !item.prefixed && item.localName === name)?.value;
}

/** The value of a typed element or attribute: XML Schema collapses its whitespace. @internal */
export const collapsed = (value: string): string => value.replace(/[\t\n\r ]+/g, ' ').trim();

/** The typed value of an element (see {@link collapsed}). @internal */
export const typedValue = (element: XmlElement): string => collapsed(stringValue(element));

/** `xs:boolean`: `true`/`1`, `false`/`0`; `undefined` for anything else. @internal */
export function booleanOf(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  const text = collapsed(value);
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  return undefined;
}

/** Whether an element carries `not-yet-defined="true"` (or `1`). @internal */
export const notYetDefined = (element: XmlElement): boolean =>
  booleanOf(attributeOf(element, 'not-yet-defined')) === true;

/**
 * A positive `xs:decimal` with at most 2 decimal places (trailing zeros aside), as a number;
 * `undefined` for anything else, zero and values over `max`.
 *
 * @internal
 */
export function decimalOf(value: string, max: number): number | undefined {
  const match = /^\+?(\d+)(?:\.(\d*))?$|^\+?\.(\d+)$/.exec(value);
  if (match === null) return undefined;
  const fraction = (match[2] ?? match[3] ?? '').replace(/0+$/, '');
  if (fraction.length > 2) return undefined;
  const number = Number(`${match[1] ?? '0'}.${fraction || '0'}`);
  return number > 0 && number <= max ? number : undefined;
}

/** A positive integer up to `max` (`xs:positiveInteger`), else `undefined`. @internal */
export function integerOf(value: string, max: number): number | undefined {
  if (!/^\+?\d{1,9}$/.test(value)) return undefined;
  const number = Number(value);
  return number >= 1 && number <= max ? number : undefined;
}

/**
 * An EWP academic year id (`2024/2025`, or `2026/2026` south of the equator) as the model
 * writes it (`2024-2025`, `2026`); `undefined` when it is neither form.
 *
 * @internal
 */
export function academicYearOf(value: string): string | undefined {
  const match = /^(\d{4})\/(\d{4})$/.exec(value);
  if (match === null) return undefined;
  const [first, second] = [Number(match[1]), Number(match[2])];
  if (second === first) return String(match[1]);
  return second === first + 1 ? `${match[1]}-${match[2]}` : undefined;
}

/**
 * The first and last day of a model academic year: `2024-2025` runs from the first day of
 * `startMonth` 2024 to the day before that day of 2025; `2026`, a calendar-year academic year,
 * from 2026-01-01 to 2026-12-31.
 *
 * @internal
 */
export function academicYearDays(year: string, startMonth: number): { start: string; end: string } {
  const first = Number(year.slice(0, 4));
  if (year.length === 4) return { start: `${year}-01-01`, end: `${year}-12-31` };
  return {
    start: isoOf(dayOf(first, startMonth, 1)),
    end: isoOf(dayOf(first + 1, startMonth, 1) - 1),
  };
}

/** An `xs:date` (`2024-05-17`, with an optional time zone) as an ISO date, else `undefined`. @internal */
export function dateOf(value: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})(?:Z|[+-]\d{2}:\d{2})?$/.exec(value);
  return match !== null && isIsoDate(match[1]) ? match[1] : undefined;
}

/** The first 8 hexadecimal digits of the SHA-256 of a text. */
const shortHash = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8);

/** Lower case, each run of characters other than `[a-z0-9]` one `-`, none at either end. */
const slugOf = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** An id of the model: `ewp-` and the slug, or, when the slug is not exact, its start and a hash. */
function idOf(slug: string, exact: boolean, hashed: string): string {
  if (exact && slug.length <= 60) return `ewp-${slug}`;
  const start = slug.slice(0, 50).replace(/-+$/, '');
  return start === '' ? `ewp-${shortHash(hashed)}` : `ewp-${start}-${shortHash(hashed)}`;
}

/**
 * The id of the partner whose SCHAC id is `heiId`: `ewp-` and the SCHAC id with its dots
 * as hyphens (`hibo.no` → `ewp-hibo-no`); when that is over 64 characters, its first 50
 * characters, `-` and the first 8 hexadecimal digits of the SHA-256 of the SCHAC id.
 *
 * @internal
 */
export function partnerIdOf(heiId: string): string {
  const slug = heiId.replaceAll('.', '-');
  return idOf(slug, slug.length <= 60, heiId);
}

/** Where the agreement id of an IIA comes from (see {@link agreementIdOf}). @internal */
export interface AgreementKey {
  readonly heiId: string;
  readonly element: 'iia-id' | 'iia-code';
  readonly value: string;
  /** Whether it is the home institution's own `iia-id`. */
  readonly homeIiaId: boolean;
}

/**
 * The id of an imported agreement. From the home institution's own `iia-id`, when it is
 * already an id of the model's form (lower-case letters, digits, inner hyphens, at most 60
 * characters): `ewp-` and it (`ewp-uhs-iia-2026-01`). Otherwise from the first of the home
 * `iia-id`, the home `iia-code`, the partner's `iia-id`, the partner's `iia-code`: `ewp-`,
 * its slug (lower case, other characters as `-`, at most 50) and `-` with the first 8
 * hexadecimal digits of the SHA-256 of `<hei-id> <element> <value>` (the home `iia-id`:
 * of the value alone), so that two different sources never give the same id in practice.
 *
 * @internal
 */
export function agreementIdOf(key: AgreementKey): string {
  const slug = slugOf(key.value);
  const exact = key.homeIiaId && slug === key.value;
  return idOf(slug, exact, key.homeIiaId ? key.value : `${key.heiId} ${key.element} ${key.value}`);
}

/** Country-code top-level domains that are sold as generic ones, so say nothing of a country. */
const GENERIC_CC_TLDS = new Set(['ai', 'cc', 'co', 'fm', 'io', 'me', 'tv', 'ws']);

/**
 * The country of an institution from its SCHAC id, when its top-level domain is a country
 * code of the catalogue (`uk` is `GB`), and not one sold as generic (`io`, `co`, `me` …):
 * `hibo.no` → `NO`; `example.org` → `undefined`.
 *
 * @internal
 */
export function countryOfHeiId(heiId: string): CountryCode | undefined {
  const tld = heiId.slice(heiId.lastIndexOf('.') + 1);
  if (tld.length !== 2 || GENERIC_CC_TLDS.has(tld)) return undefined;
  const code = tld === 'uk' ? 'GB' : tld.toUpperCase();
  return isCountryCode(code) ? code : undefined;
}
