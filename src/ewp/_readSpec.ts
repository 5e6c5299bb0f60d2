import { ISCED_FIELD_LIST, invalidValueParams } from '../catalog/_suggest.js';
import { AREA_CODES, type AreaCode } from '../catalog/areas.js';
import { isIscedField, type IscedFieldCode } from '../catalog/iscedFields.js';
import { CEFR_LEVELS, isLanguageCode } from '../catalog/languages.js';
import type { MobilityDirection } from '../catalog/vocabulary.js';
import { ISCED_V6_VALUE } from '../core/_patterns.js';
import { MobilityCommitmentSchema, type MobilityCommitment } from '../schemas/commitment.js';
import { EwpIdSchema, MAX_TEXT_LENGTH } from '../schemas/primitives.js';
import {
  academicYearOf,
  attributeOf,
  childrenNamed,
  booleanOf,
  decimalOf,
  integerOf,
  notYetDefined,
  one,
  required,
  typedValue,
  type IssueList,
} from './_readValues.js';
import { childElements, stringValue, type XmlElement } from './_xml.js';

// One EWP mobility spec → one mobility commitment of the model (docs/ewp.md, "The field
// mapping"). Every value the model cannot take is an issue; a spec without the facts a
// commitment requires (a direction from the home institution, `mobilities-per-year`) is left
// out with an issue.

/** The largest `perYear`, `totalMonthsPerYear` and `totalDaysPerYear` the model takes. */
const MAX_COUNT = 100_000;
const MAX_TOTAL = 366 * MAX_COUNT;

/** The four kinds of EWP mobility spec, in the XSD's order, and what each is in the model. @internal */
export const SPEC_KINDS = /* @__PURE__ */ Object.freeze({
  'student-studies-mobility-spec': { activity: 2, type: 'studies' },
  'student-traineeship-mobility-spec': { activity: 2, type: 'traineeship' },
  'staff-teacher-mobility-spec': { activity: 1, type: 'teaching' },
  'staff-training-mobility-spec': { activity: 1, type: 'training' },
} as const);

/** The local name of a mobility spec. @internal */
export type SpecName = keyof typeof SPEC_KINDS;

/** The EWP mobility types: `studies`, `traineeship`, `teaching`, `training`. @internal */
export type EwpMobilityType = (typeof SPEC_KINDS)[SpecName]['type'];

/** What `areaOf` is given of an imported mobility (see `EwpMobilitySummary`). @internal */
export interface SpecSummary {
  readonly type: EwpMobilityType;
  readonly activity: 1 | 2;
  readonly direction: MobilityDirection;
  readonly fields: readonly IscedFieldCode[];
  readonly partnerHeiId: string;
}

/** What one IIA's reading needs to read its specs. @internal */
export interface SpecContext {
  readonly homeHeiId: string;
  readonly partnerHeiId: string;
  readonly areaOf: (mobility: SpecSummary) => unknown;
  readonly defaultArea: (type: EwpMobilityType) => AreaCode;
  readonly issues: IssueList;
}

/** A contact element of the partner's side of a spec, to be read with the partner's. @internal */
export interface SpecReading {
  readonly commitment: MobilityCommitment;
  /** The partner's organisational unit in the spec, if given. */
  readonly partnerOunitId?: string | undefined;
  /** The partner's `sending-contact`/`receiving-contact` elements. */
  readonly partnerContacts: readonly XmlElement[];
}

/** The elements of each kind of spec that the reading knows, in the XSD's order. */
const MAIN = [
  'sending-hei-id',
  'sending-ounit-id',
  'sending-contact',
  'receiving-hei-id',
  'receiving-ounit-id',
  'receiving-contact',
  'receiving-first-academic-year-id',
  'receiving-last-academic-year-id',
  'mobilities-per-year',
  'recommended-language-skill',
  'subject-area',
  'other-info-terms',
];
const STUDENT = [...MAIN, 'total-months-per-year', 'blended', 'eqf-level'];
const STAFF = [...MAIN, 'total-days-per-year'];

/** An ISCED-F code of a `subject-area`, or an issue (with "did you mean"). */
function iscedCode(element: XmlElement, issues: IssueList): IscedFieldCode | undefined {
  const value = typedValue(element);
  if (isIscedField(value)) return value;
  const { suggestions } = invalidValueParams(ISCED_FIELD_LIST, value);
  issues.add('unknown_isced', element.path, { value, suggestions: suggestions.join(',') });
  return undefined;
}

/** An EWP id (`ounit-id`), or an `invalid_value` issue. @internal */
export function ewpIdOf(element: XmlElement | undefined, issues: IssueList): string | undefined {
  if (element === undefined) return undefined;
  const value = stringValue(element);
  if (EwpIdSchema.safeParse(value).success) return value;
  issues.add('invalid_value', element.path, { element: element.localName, value });
  return undefined;
}

/** A text of the model (1 to `max` characters, as written), or an `invalid_value` issue. @internal */
export function textOf(
  element: XmlElement | undefined,
  max: number,
  issues: IssueList,
): string | undefined {
  if (element === undefined) return undefined;
  const value = stringValue(element);
  if (value.length >= 1 && value.length <= max) return value;
  issues.add('invalid_value', element.path, { element: element.localName, value });
  return undefined;
}

/** The academic years of a spec, or issues. */
function academicYears(spec: XmlElement, issues: IssueList) {
  const firstElement = required(spec, 'receiving-first-academic-year-id', issues);
  const lastElement = required(spec, 'receiving-last-academic-year-id', issues);
  if (firstElement === undefined || lastElement === undefined) return undefined;
  const years = [firstElement, lastElement].map((element) => {
    const value = typedValue(element);
    const year = academicYearOf(value);
    if (year === undefined)
      issues.add('invalid_value', element.path, { element: element.localName, value });
    return year;
  });
  const [first, last] = years;
  if (first === undefined || last === undefined) return undefined;
  if (Number(last.slice(0, 4)) < Number(first.slice(0, 4))) {
    issues.add('invalid_value', lastElement.path, {
      element: lastElement.localName,
      value: typedValue(lastElement),
    });
    return undefined;
  }
  return { first, last };
}

/** The recommended languages of a spec. */
function languages(spec: XmlElement, issues: IssueList) {
  const list: Record<string, unknown>[] = [];
  for (const skill of childrenNamed(spec, 'recommended-language-skill')) {
    const languageElement = required(skill, 'language', issues);
    if (languageElement === undefined) continue;
    const value = typedValue(languageElement);
    if (!isLanguageCode(value)) {
      const primary = value.split('-')[0]?.toLowerCase() ?? '';
      issues.add('language_tag', languageElement.path, {
        value,
        code: isLanguageCode(primary) ? primary : '',
      });
      continue;
    }
    if (list.some((entry) => entry['code'] === value)) {
      issues.add('duplicate_value', languageElement.path, { element: 'language', value });
      continue;
    }
    const entry: Record<string, unknown> = { code: value };
    const levelElement = one(skill, 'cefr-level', issues);
    if (levelElement !== undefined) {
      const level = typedValue(levelElement);
      if ((CEFR_LEVELS as readonly string[]).includes(level)) entry['minLevel'] = level;
      else issues.add('invalid_value', levelElement.path, { element: 'cefr-level', value: level });
    }
    if (notYetDefined(skill)) entry['notYetDefined'] = true;
    const area = one(skill, 'subject-area', issues);
    const codeElement = area === undefined ? undefined : required(area, 'isced-f-code', issues);
    if (area !== undefined && codeElement !== undefined) {
      const field = iscedCode(codeElement, issues);
      const v6 = attributeOf(codeElement, 'v6-value');
      if (v6 !== undefined && v6 !== '')
        issues.add('not_imported', `${codeElement.path}/@v6-value`, {
          element: 'recommended-language-skill/subject-area/isced-f-code/@v6-value',
        });
      if (field !== undefined) {
        entry['field'] = field;
        const clarification = textOf(one(area, 'isced-clarification', issues), 500, issues);
        if (clarification !== undefined) entry['fieldClarification'] = clarification;
      } else {
        const clarification = one(area, 'isced-clarification', issues);
        if (clarification !== undefined)
          issues.add('not_imported', clarification.path, { element: 'isced-clarification' });
      }
    }
    list.push(entry);
  }
  return list;
}

/** The subject areas of a spec: fields, with their clarifications and v6 values. */
function subjectAreas(spec: XmlElement, issues: IssueList) {
  const fields: IscedFieldCode[] = [];
  const clarifications: Record<string, string> = {};
  const v6Values: Record<string, string> = {};
  for (const area of childrenNamed(spec, 'subject-area')) {
    const codeElement = required(area, 'isced-f-code', issues);
    if (codeElement === undefined) continue;
    const field = iscedCode(codeElement, issues);
    const clarificationElement = one(area, 'isced-clarification', issues);
    if (field === undefined) {
      if (clarificationElement !== undefined)
        issues.add('not_imported', clarificationElement.path, { element: 'isced-clarification' });
      continue;
    }
    if (fields.includes(field)) {
      issues.add('duplicate_value', codeElement.path, { element: 'isced-f-code', value: field });
      continue;
    }
    fields.push(field);
    const v6 = attributeOf(codeElement, 'v6-value');
    if (v6 !== undefined && v6 !== '') {
      if (ISCED_V6_VALUE.test(v6)) v6Values[field] = v6;
      else
        issues.add('invalid_value', `${codeElement.path}/@v6-value`, {
          element: 'v6-value',
          value: v6,
        });
    }
    const clarification = textOf(clarificationElement, 500, issues);
    if (clarification !== undefined) clarifications[field] = clarification;
  }
  return { fields, clarifications, v6Values };
}

/** A positive decimal total (`total-months-per-year`, `total-days-per-year`), or an issue. */
function total(spec: XmlElement, name: string, issues: IssueList): number | undefined {
  const element = one(spec, name, issues);
  if (element === undefined) return undefined;
  const value = typedValue(element);
  const number = decimalOf(value, MAX_TOTAL);
  if (number === undefined) issues.add('invalid_value', element.path, { element: name, value });
  return number;
}

/** The EQF levels of a student spec: 5–8, each once. */
function eqfLevels(spec: XmlElement, issues: IssueList): number[] {
  const levels: number[] = [];
  for (const element of childrenNamed(spec, 'eqf-level')) {
    const value = typedValue(element);
    const level = /^\+?\d{1,3}$/.test(value) ? Number(value) : Number.NaN;
    if (level >= 1 && level <= 4) issues.add('eqf_level', element.path, { value });
    else if (!(level >= 5 && level <= 8))
      issues.add('invalid_value', element.path, { element: 'eqf-level', value });
    else if (levels.includes(level))
      issues.add('duplicate_value', element.path, { element: 'eqf-level', value });
    else levels.push(level);
  }
  return levels;
}

/** The area of a mobility: `areaOf`'s, or the default with an issue when it is not an area. */
function areaFor(spec: XmlElement, summary: SpecSummary, context: SpecContext): AreaCode {
  let area: unknown;
  try {
    area = context.areaOf(summary);
  } catch (error) {
    area = error instanceof Error ? `an error (${error.message.slice(0, 100)})` : 'an error';
  }
  if ((AREA_CODES as readonly unknown[]).includes(area)) return area as AreaCode;
  const fallback = context.defaultArea(summary.type);
  context.issues.add('invalid_area', spec.path, {
    received: typeof area === 'string' ? `'${area.slice(0, 120)}'` : String(area),
    type: summary.type,
    area: fallback,
  });
  return fallback;
}

/**
 * Reads one mobility spec of an IIA between the home institution and `partnerHeiId`; the
 * commitment, or `undefined` (with issues) when it cannot be one.
 *
 * @internal
 */
export function readSpec(
  spec: XmlElement,
  name: SpecName,
  context: SpecContext,
): SpecReading | undefined {
  const { issues, homeHeiId, partnerHeiId } = context;
  const kind = SPEC_KINDS[name];
  const sendingElement = required(spec, 'sending-hei-id', issues);
  const receivingElement = required(spec, 'receiving-hei-id', issues);
  if (sendingElement === undefined || receivingElement === undefined) return undefined;
  const sending = stringValue(sendingElement);
  const receiving = stringValue(receivingElement);
  const direction: MobilityDirection | undefined =
    sending === homeHeiId && receiving === partnerHeiId
      ? 'outgoing'
      : receiving === homeHeiId && sending === partnerHeiId
        ? 'incoming'
        : undefined;
  if (direction === undefined) {
    issues.add('spec_not_home', spec.path, { sending, receiving, homeHeiId });
    return undefined;
  }
  const partnerSide = direction === 'outgoing' ? 'receiving' : 'sending';
  const homeSide = direction === 'outgoing' ? 'sending' : 'receiving';

  // Elements the model has no place for: said, never dropped silently.
  const known = kind.activity === 2 ? STUDENT : STAFF;
  for (const child of childElements(spec)) {
    if (!known.includes(child.localName))
      issues.add('not_imported', child.path, { element: child.localName });
  }
  for (const contact of childrenNamed(spec, `${homeSide}-contact`))
    issues.add('home_contact', contact.path, { element: contact.localName });

  const sendingOunitId = ewpIdOf(one(spec, 'sending-ounit-id', issues), issues);
  const receivingOunitId = ewpIdOf(one(spec, 'receiving-ounit-id', issues), issues);
  const years = academicYears(spec, issues);
  const perYearElement = required(spec, 'mobilities-per-year', issues);
  const languageList = languages(spec, issues);
  const areas = subjectAreas(spec, issues);
  const otherTerms = textOf(one(spec, 'other-info-terms', issues), MAX_TEXT_LENGTH, issues);
  if (perYearElement === undefined) return undefined;
  const perYearText = typedValue(perYearElement);
  const perYear = integerOf(perYearText, MAX_COUNT);
  if (perYear === undefined) {
    issues.add('invalid_value', perYearElement.path, {
      element: 'mobilities-per-year',
      value: perYearText,
    });
    return undefined;
  }

  const summary: SpecSummary = Object.freeze({
    type: kind.type,
    activity: kind.activity,
    direction,
    fields: Object.freeze([...areas.fields]),
    partnerHeiId,
  });
  const commitment: Record<string, unknown> = {
    kind: 'mobility',
    area: areaFor(spec, summary, context),
    activity: kind.activity,
    type: kind.type,
    direction,
    perYear,
  };
  if (areas.fields.length > 0) commitment['fields'] = areas.fields;
  if (languageList.length > 0) commitment['languages'] = languageList;
  if (years !== undefined) commitment['academicYears'] = years;
  if (otherTerms !== undefined) commitment['otherTerms'] = otherTerms;
  if (kind.activity === 2) {
    const months = total(spec, 'total-months-per-year', issues);
    if (months !== undefined) commitment['totalMonthsPerYear'] = months;
    const levels = eqfLevels(spec, issues);
    if (levels.length > 0) commitment['eqfLevels'] = levels;
    const blendedElement = required(spec, 'blended', issues);
    if (blendedElement !== undefined) {
      const blended = booleanOf(stringValue(blendedElement));
      if (blended === undefined)
        issues.add('invalid_value', blendedElement.path, {
          element: 'blended',
          value: typedValue(blendedElement),
        });
      else commitment['blended'] = blended;
    }
  } else {
    const days = total(spec, 'total-days-per-year', issues);
    if (days !== undefined) commitment['totalDaysPerYear'] = days;
  }
  const ewp: Record<string, unknown> = {};
  if (sendingOunitId !== undefined) ewp['sendingOunitId'] = sendingOunitId;
  if (receivingOunitId !== undefined) ewp['receivingOunitId'] = receivingOunitId;
  if (notYetDefined(perYearElement)) ewp['perYearNotYetDefined'] = true;
  if (Object.keys(areas.clarifications).length > 0)
    ewp['fieldClarifications'] = areas.clarifications;
  if (Object.keys(areas.v6Values).length > 0) ewp['fieldV6Values'] = areas.v6Values;
  if (Object.keys(ewp).length > 0) commitment['ewp'] = ewp;

  const parsed = MobilityCommitmentSchema.safeParse(commitment);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    issues.add('invalid_record', spec.path, {
      record: 'agreement',
      detail: `${first?.path.join('.') ?? ''}: ${first?.message ?? ''}`.slice(0, 300),
    });
    return undefined;
  }
  return {
    commitment: parsed.data,
    partnerOunitId: direction === 'outgoing' ? receivingOunitId : sendingOunitId,
    partnerContacts: childrenNamed(spec, `${partnerSide}-contact`),
  };
}
