import * as z from 'zod';
import { ACTIVITY_CODES } from '../catalog/activities.js';
import { AREA_CODES } from '../catalog/areas.js';
import { CELLS, parseCellCode } from '../catalog/cells.js';
import { ISCED_FIELD_CODES } from '../catalog/iscedFields.js';
import { libraryError } from '../messages/_table.js';
import { JSON_SCHEMA_MESSAGES } from '../messages/jsonSchema.js';
import { AgreementSchema, EwpIdentitySchema, FundingSchema } from '../schemas/agreement.js';
import {
  AcademicYearRangeSchema,
  CommitmentSchema,
  DistanceCourseCommitmentSchema,
  JointProgrammeCommitmentSchema,
  MobilityCommitmentSchema,
  MobilityEwpSchema,
  MobilityLanguageSchema,
  ResourcesCommitmentSchema,
  StaffMobilityCommitmentSchema,
  StudentMobilityCommitmentSchema,
} from '../schemas/commitment.js';
import { ContactSchema, PartnerSchema } from '../schemas/partner.js';
import {
  AcademicYearSchema,
  CellCodeSchema,
  CountryCodeSchema,
  EmailSchema,
  EwpIdSchema,
  IscedFieldSchema,
  IsoDateSchema,
  LanguageCodeSchema,
  PartnerIdSchema,
  RorIdSchema,
  SchacIdSchema,
  UrlSchema,
} from '../schemas/primitives.js';
import { PeriodSchema, ProposalSchema } from '../schemas/proposal.js';
import { HTTP_URL } from '../core/_patterns.js';

/** A JSON object: a schema or a part of one. @internal */
export interface JsonObject {
  [key: string]: unknown;
}

/** A named part of the schemas, moved to `$defs` and referenced wherever it occurs. @internal */
export interface Definition {
  /** The key in `$defs`, from the Zod schema's name (`CountryCodeSchema` → `CountryCode`). */
  readonly name: string;
  /** The Zod schema it is generated from. */
  readonly schema: z.ZodType;
  /** What it is, for people reading the schema. */
  readonly description: string;
  /** Adds what `z.toJSONSchema` leaves out of this part. */
  readonly complete?: (body: JsonObject) => JsonObject;
}

/**
 * Every commitment's cell (`area` then `activity`) is in the agreement's `scope`: one
 * `if`/`then` clause per cell, since JSON Schema cannot concatenate two values.
 */
function commitmentsInScope(body: JsonObject): JsonObject {
  const clauses = CELLS.map((cell) => {
    // A `CellCode` always parses.
    const { area, activity } = parseCellCode(cell) as NonNullable<ReturnType<typeof parseCellCode>>;
    return {
      if: {
        properties: {
          commitments: {
            type: 'array',
            contains: {
              type: 'object',
              properties: { area: { const: area }, activity: { const: activity } },
              required: ['area', 'activity'],
            },
          },
        },
        required: ['commitments'],
      },
      then: {
        properties: { scope: { type: 'array', contains: { const: cell } } },
        required: ['scope'],
      },
    };
  });
  const earlier = Array.isArray(body.allOf) ? (body.allOf as unknown[]) : [];
  return {
    ...body,
    $comment: "allOf: every commitment's cell (its area, then its activity) is in scope.",
    allOf: [...earlier, ...clauses],
  };
}

/**
 * Gives properties a `description`, by their path through `properties` (`identifiers.schac`).
 * Validators in other languages quote a failed `pattern` as a regular expression; a
 * description lets them say what is expected in words (the guide's Python example prints it).
 * A path that names no property is a mistake in this file: an `Error` with a code.
 *
 * @internal
 */
export function describeProperties(
  descriptions: Readonly<Record<string, string>>,
): (body: JsonObject) => JsonObject {
  const describe = (node: JsonObject, path: readonly string[], description: string): JsonObject => {
    const [name, ...rest] = path;
    const properties = node.properties;
    if (name === undefined) return { description, ...node };
    if (!isObject(properties) || !isObject(properties[name])) {
      throw libraryError(Error, JSON_SCHEMA_MESSAGES, 'json_schema.no_property_to_describe', {
        property: name,
      });
    }
    return {
      ...node,
      properties: { ...properties, [name]: describe(properties[name], rest, description) },
    };
  };
  return (body) =>
    Object.entries(descriptions).reduce(
      (node, [path, description]) => describe(node, path.split('.'), description),
      body,
    );
}

/**
 * A year's total (`totalDaysPerYear`, `totalMonthsPerYear`) without its `multipleOf: 0.01`:
 * validators divide in binary floating point, and some reject `0.29` as not a multiple of
 * `0.01`. The library checks the 2 decimal places; the description says so.
 */
function yearTotals(property: string): (body: JsonObject) => JsonObject {
  return (body) => {
    const properties = isObject(body.properties) ? body.properties : {};
    const total = properties[property];
    if (!isObject(total)) return body;
    const { multipleOf: _multipleOf, ...rest } = total;
    return {
      ...body,
      properties: {
        ...properties,
        [property]: {
          ...rest,
          description: `The total over all of a year's mobilities, a positive number with at most 2 decimal places (the library checks the places).`,
        },
      },
    };
  };
}

/**
 * Closes the records keyed by ISCED-F code (`fieldClarifications`, `fieldV6Values`): their
 * values move from `additionalProperties` to `patternProperties`, so that every object of
 * the schemas has `additionalProperties: false`; `propertyNames` still names the codes.
 * `descriptions` describe the values, by record.
 */
function iscedRecords(
  descriptions: Readonly<Record<string, string | undefined>>,
): (body: JsonObject) => JsonObject {
  return (body) => {
    const properties = isObject(body.properties) ? { ...body.properties } : {};
    for (const [name, description] of Object.entries(descriptions)) {
      const record = properties[name];
      if (!isObject(record) || !isObject(record.additionalProperties)) continue;
      const value = record.additionalProperties;
      properties[name] = {
        ...record,
        patternProperties: {
          '^[0-9]{4}$': description === undefined ? value : { description, ...value },
        },
        additionalProperties: false,
      };
    }
    return { ...body, properties };
  };
}

/** `A–D`: the first and last codes of a closed list of the catalog. */
function rangeOf(codes: readonly (string | number)[]): string {
  return `${String(codes[0])}–${String(codes.at(-1))}`;
}

/**
 * The named parts, largest first so that a part is found before the parts inside it.
 * Built on demand: no schema is touched when the module loads.
 *
 * @internal
 */
export function definitions(): readonly Definition[] {
  return [
    {
      name: 'Agreement',
      schema: AgreementSchema,
      description:
        "A signed instrument between UHS and one or more partners, with a period (both ends included), a scope of cells and commitments. Each commitment's cell is in scope. The library also checks the order of the dates: endsOn after startsOn, signedOn not after endsOn, terminatedOn within the period.",
      complete: commitmentsInScope,
    },
    {
      name: 'Proposal',
      schema: ProposalSchema,
      description:
        "A partner's expression of interest to join or extend its place in the network: the partner (inline, or the id of one in the network), the period, scope and commitments it proposes.",
    },
    {
      name: 'Partner',
      schema: PartnerSchema,
      description:
        'An institution of the network, or one applying to it. `offers` lists the cells it is able and willing to work in.',
      complete: describeProperties({
        'identifiers.erasmusCode':
          "An Erasmus institution code: 1 to 3 capital letters for the country, 1 to 3 spaces, then a city code of capital letters or '-' and 2 or 3 digits, such as 'F  EXAMPLE01'.",
      }),
    },
    {
      name: 'Commitment',
      schema: CommitmentSchema,
      description:
        'A concrete promise inside an agreement or proposal, one of four kinds; its cell is its area followed by its activity.',
    },
    {
      name: 'MobilityCommitment',
      schema: MobilityCommitmentSchema,
      description:
        'Staff (activity 1) or student (activity 2) mobility each year: `incoming` people come to UHS, `outgoing` UHS people go abroad.',
    },
    {
      name: 'StaffMobilityCommitment',
      schema: StaffMobilityCommitmentSchema,
      description:
        'Staff mobility (activity 1), teaching or training. The library also checks that totalDaysPerYear has at most 2 decimal places, that no language is listed twice, and that academicYears.last does not start before academicYears.first.',
      complete: yearTotals('totalDaysPerYear'),
    },
    {
      name: 'StudentMobilityCommitment',
      schema: StudentMobilityCommitmentSchema,
      description:
        'Student mobility (activity 2), for studies or a traineeship. The library also checks that totalMonthsPerYear has at most 2 decimal places, that no language is listed twice, and that academicYears.last does not start before academicYears.first.',
      complete: yearTotals('totalMonthsPerYear'),
    },
    {
      name: 'MobilityLanguage',
      schema: MobilityLanguageSchema,
      description:
        "A language recommended for a mobility (ISO 639-1), with the least CEFR level it requires, and EWP's facts of the skill kept for a round trip: not-yet-defined, and its own field (ISCED-F) with a clarification, which needs the field.",
      complete: (body) => ({ ...body, dependentRequired: { fieldClarification: ['field'] } }),
    },
    {
      name: 'MobilityEwp',
      schema: MobilityEwpSchema,
      description:
        "The EWP facts of a mobility commitment kept so that an IIA written back keeps its iia-hash: the sending and receiving organisational units, the not-yet-defined of mobilities-per-year, and each field's isced-clarification and v6-value, keyed by the field's ISCED-F code. The library also checks that each key is one of the commitment's fields.",
      complete: iscedRecords({
        fieldClarifications: undefined,
        fieldV6Values: 'An ISCED code as IIAs v6 approved it: 1 to 3 digits, such as 091.',
      }),
    },
    {
      name: 'AcademicYearRange',
      schema: AcademicYearRangeSchema,
      description: 'The academic years a mobility commitment is in effect, both included.',
    },
    {
      name: 'ResourcesCommitment',
      schema: ResourcesCommitmentSchema,
      description: 'Documents and resources shared or developed together (activity 3).',
    },
    {
      name: 'DistanceCourseCommitment',
      schema: DistanceCourseCommitmentSchema,
      description: 'Distance courses, with or without assessment tools (activity 4).',
    },
    {
      name: 'JointProgrammeCommitment',
      schema: JointProgrammeCommitmentSchema,
      description: 'A joint teaching programme or research project (activity 5).',
    },
    {
      name: 'EwpIdentity',
      schema: EwpIdentitySchema,
      description:
        "An agreement's identity in Erasmus Without Paper (IIAs API v7): its one or two partners, each with its own iia-id and iia-code, and in-effect. The library also checks that no heiId is listed twice.",
    },
    {
      name: 'Contact',
      schema: ContactSchema,
      description: 'A person to write to at a partner institution.',
      complete: describeProperties({
        phone:
          'A telephone number: an optional +, then 4 to 30 digits, spaces and ( ) . - characters, starting with a digit, such as +33 4 00 00 00 00.',
      }),
    },
    {
      name: 'Funding',
      schema: FundingSchema,
      description: 'Where the money comes from.',
      complete: describeProperties({
        currency: 'An ISO 4217 currency code: three capital letters, such as EUR or USD.',
      }),
    },
    {
      name: 'Period',
      schema: PeriodSchema,
      description:
        'A period of calendar days, both ends included; the library checks that end is after start.',
    },
    {
      name: 'AcademicYear',
      schema: AcademicYearSchema,
      description:
        'An academic year: two consecutive years such as 2024-2025, or one calendar year such as 2024.',
    },
    {
      name: 'EwpId',
      schema: EwpIdSchema,
      description:
        'An EWP identifier (iia-id, ounit-id): 1 to 64 printable ASCII characters, without spaces.',
    },
    {
      name: 'RorId',
      schema: RorIdSchema,
      description:
        'A ROR id, bare (04jpmg381) or as an https://ror.org/ URL; the library also verifies its two check digits.',
    },
    {
      name: 'SchacId',
      schema: SchacIdSchema,
      description:
        "A SCHAC id (EWP's heiId): an institution's internet domain in lower case, such as uhs.edu.kh.",
    },
    {
      name: 'Url',
      schema: UrlSchema,
      description:
        'An http or https URL with a registered domain name, written in the characters RFC 3986 allows (no spaces, no raw non-ASCII characters).',
      // Zod checks URLs with the WHATWG parser, which JSON Schema cannot run: the pattern
      // says the same in a form every validator can check.
      complete: (body) => ({ ...body, format: 'uri', pattern: HTTP_URL.source }),
    },
    {
      name: 'Email',
      schema: EmailSchema,
      description:
        'An e-mail address, such as ir@lyon.example.edu: a name, @, then a domain name with at least one dot.',
      // The pattern is Zod's whole rule. `format: email` would add a second, different
      // rule: ajv-formats rejects `a@b-.org`, which Zod accepts; Python only looks for "@".
      complete: (body) =>
        Object.fromEntries(Object.entries(body).filter(([key]) => key !== 'format')),
    },
    {
      name: 'IsoDate',
      schema: IsoDateSchema,
      description: 'A real calendar date YYYY-MM-DD (2019-02-29 is not one).',
    },
    {
      name: 'CountryCode',
      schema: CountryCodeSchema,
      description: 'An assigned ISO 3166-1 alpha-2 country code, upper case.',
    },
    {
      name: 'LanguageCode',
      schema: LanguageCodeSchema,
      description: 'An ISO 639-1 language code, lower case.',
    },
    {
      name: 'CellCode',
      schema: CellCodeSchema,
      // The ranges come from the catalog, so that a new area or activity is named here too.
      description: `A cell of the area × activity grid: an area letter ${rangeOf(AREA_CODES)}, then an activity digit ${rangeOf(ACTIVITY_CODES)}.`,
    },
    {
      name: 'IscedField',
      schema: IscedFieldSchema,
      description:
        'An ISCED-F 2013 detailed field of education and training: one of its 149 four-digit codes (0912 is medicine; there is no 0918).',
      // The schema checks the list with a refinement, which z.toJSONSchema leaves out.
      complete: (body) => ({ ...body, enum: [...ISCED_FIELD_CODES] }),
    },
    {
      // Partner, agreement and proposal ids have one form: one definition serves them all.
      name: 'Id',
      schema: PartnerIdSchema,
      description: "An id: 1 to 64 characters a–z, 0–9 and '-', starting with a letter or digit.",
    },
  ];
}

/** The JSON Schema of a Zod schema's input form (draft 2020-12), without `$schema`. @internal */
export function inputJsonSchema(schema: z.ZodType): JsonObject {
  const generated = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) as JsonObject;
  delete generated.$schema;
  return generated;
}

const SCHEMA_MAPS = ['properties', 'patternProperties', 'dependentSchemas', '$defs'] as const;
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;
const SCHEMAS = [
  'items',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'propertyNames',
  'contains',
  'not',
  'if',
  'then',
  'else',
] as const;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A copy of a schema node in which `visit` has replaced each subschema (a value of
 * `properties`, an item of `anyOf`, `items` …). Other keywords' values are kept as they are.
 *
 * @internal
 */
export function mapSubschemas(
  node: JsonObject,
  visit: (schema: JsonObject) => JsonObject,
): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if ((SCHEMA_MAPS as readonly string[]).includes(key) && isObject(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, schema]) => [
          name,
          isObject(schema) ? visit(schema) : schema,
        ]),
      );
    } else if ((SCHEMA_LISTS as readonly string[]).includes(key) && Array.isArray(value)) {
      out[key] = value.map((schema: unknown) => (isObject(schema) ? visit(schema) : schema));
    } else if ((SCHEMAS as readonly string[]).includes(key) && isObject(value)) {
      out[key] = visit(value);
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** The same JSON with the keys of every object sorted: equal values give equal strings. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    isObject(inner)
      ? Object.fromEntries(
          Object.keys(inner)
            .sort()
            .map((key) => [key, inner[key]]),
        )
      : inner,
  );
}

/**
 * Moves every occurrence of a named part into `$defs`, as a `$ref`, then completes each
 * part with what `z.toJSONSchema` leaves out. The root is never replaced by a reference
 * to itself, but it is completed as the part it is (`rootName`).
 *
 * @internal
 */
export function withDefinitions(
  root: JsonObject,
  rootName: string,
  parts: readonly Definition[],
): { root: JsonObject; defs: JsonObject } {
  const generated = new Map(parts.map((part) => [part, inputJsonSchema(part.schema)]));
  const byShape = new Map(parts.map((part) => [canonical(generated.get(part)), part]));
  const bodies = new Map<string, JsonObject>();
  const found: Definition[] = [];
  const replace = (node: JsonObject): JsonObject => {
    const part = byShape.get(canonical(node));
    if (part === undefined) return mapSubschemas(node, replace);
    if (!found.includes(part)) found.push(part);
    return { $ref: `#/$defs/${part.name}` };
  };
  const complete = (name: string, body: JsonObject): JsonObject =>
    parts.find((part) => part.name === name)?.complete?.(body) ?? body;

  const completedRoot = complete(rootName, mapSubschemas(root, replace));
  // A part's body may hold further parts: `found` grows while it is walked.
  for (let index = 0; index < found.length; index += 1) {
    const part = found[index] as Definition;
    const body = generated.get(part) ?? {};
    bodies.set(part.name, complete(part.name, mapSubschemas(body, replace)));
  }
  const defs: JsonObject = {};
  for (const part of parts) {
    const body = bodies.get(part.name);
    if (body !== undefined)
      defs[part.name] = { title: part.name, description: part.description, ...body };
  }
  return { root: completedRoot, defs };
}

/**
 * A pattern that means the same in every regular-expression dialect validators use.
 * ECMAScript's `\d` is `[0-9]`; Python's and .NET's `\d` also match other scripts' digits
 * (`٠١٢`), so it is written out.
 *
 * @internal
 */
export function portablePattern(source: string): string {
  let out = '';
  let inClass = false;
  for (let index = 0; index < source.length; index += 1) {
    const char = source.charAt(index);
    if (char === '\\') {
      const escaped = source.charAt(index + 1);
      index += 1;
      out += escaped === 'd' ? (inClass ? '0-9' : '[0-9]') : `\\${escaped}`;
      continue;
    }
    if (char === '[' && !inClass) inClass = true;
    else if (char === ']' && inClass) inClass = false;
    out += char;
  }
  return out;
}

/** A copy of a schema in which every `pattern` is {@link portablePattern}. @internal */
export function withPortablePatterns(node: JsonObject): JsonObject {
  const out = mapSubschemas(node, withPortablePatterns);
  if (typeof out.pattern === 'string') out.pattern = portablePattern(out.pattern);
  return out;
}
