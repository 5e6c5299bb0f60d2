import type * as z from 'zod';
import { libraryError } from '../messages/_table.js';
import { JSON_SCHEMA_MESSAGES } from '../messages/jsonSchema.js';
import { AgreementSchema } from '../schemas/agreement.js';
import { CommitmentSchema } from '../schemas/commitment.js';
import { NetworkSchema } from '../schemas/network.js';
import { PartnerSchema } from '../schemas/partner.js';
import { ProposalSchema } from '../schemas/proposal.js';
import { JSON_SCHEMA_NAMES, type JsonSchemaName } from './names.js';
import {
  definitions,
  inputJsonSchema,
  withDefinitions,
  withPortablePatterns,
} from './_internal.js';

/**
 * A JSON Schema (draft 2020-12) of one kind of document, as {@link toJsonSchema} returns it
 * and as the package's `schemas/<name>.schema.json` files hold it.
 *
 * @example
 * ```ts
 * const schema: JsonSchemaDocument = toJsonSchema('Partner');
 * schema.$id; //=> 'urn:uhs:partners-network:partner:2'
 * ```
 */
export interface JsonSchemaDocument {
  /** The dialect: JSON Schema draft 2020-12. */
  $schema: 'https://json-schema.org/draft/2020-12/schema';
  /** `urn:uhs:partners-network:<name in lower case>:<schema version>`. */
  $id: `urn:uhs:partners-network:${Lowercase<JsonSchemaName>}:${number}`;
  /** A short name for people. */
  title: string;
  /** What the document is, and which of its rules only the library checks. */
  description: string;
  /** The named parts (`CountryCode`, `Partner` …), referenced as `#/$defs/<name>`. */
  $defs?: Record<string, Record<string, unknown>>;
  /** The other keywords of the schema (`type`, `properties`, `required` …). */
  [keyword: string]: unknown;
}

type Kind = (typeof JSON_SCHEMA_NAMES)[number];

const LIBRARY_ONLY = 'The @uhs/partners-network library also checks';

/** What each document is generated from, and how it presents itself. */
function documents(): Record<Kind, { schema: z.ZodType; description: string }> {
  return {
    Network: {
      schema: NetworkSchema,
      description: `A network document of the International Partners Network of the University of Health Sciences (UHS), Phnom Penh: its home institution (UHS when absent), the strategic plan its data is judged against, the date it describes, its partners, agreements and proposals, as it is written. ${LIBRARY_ONLY} what JSON Schema cannot: ids unique per kind, references that resolve (partnerIds, a proposal's partner id, renews), no partner in the home country, the order of dates and ROR check digits.`,
    },
    Partner: {
      schema: PartnerSchema,
      description: `An institution of the International Partners Network of the University of Health Sciences (UHS), Phnom Penh, or one applying to it, as it is sent (a ROR id bare or as a URL). ${LIBRARY_ONLY} the ROR id's check digits.`,
    },
    Agreement: {
      schema: AgreementSchema,
      description: `A signed instrument between the University of Health Sciences (UHS), Phnom Penh, and one or more partners of its International Partners Network, as it is sent: period, scope of cells, commitments (each in scope). ${LIBRARY_ONLY} the order of its dates; in a network, that its partners and the agreement it renews exist.`,
    },
    Proposal: {
      schema: ProposalSchema,
      description: `A partner's expression of interest to join or extend its place in the International Partners Network of the University of Health Sciences (UHS), Phnom Penh, as it is sent. What it asks for (an empty scope, commitments outside its scope) is judged by the eligibility rules, not by this schema. ${LIBRARY_ONLY} that the period ends after it starts.`,
    },
    Commitment: {
      schema: CommitmentSchema,
      description:
        'A concrete promise inside an agreement or proposal of the International Partners Network of the University of Health Sciences (UHS), Phnom Penh, discriminated on kind: mobility (activity 1 or 2), resources (3), distance-course (4), joint-programme (5).',
    },
  };
}

/**
 * Builds the JSON Schema (draft 2020-12) of one kind of document, in its input form: what
 * a partner sends (a bare ROR id is valid even though parsing turns it into a URL). It is
 * generated from the Zod schema, then completed with what `z.toJSONSchema` leaves out and
 * JSON Schema can say: `uniqueItems` on lists of values, a complete URL pattern, and each
 * agreement commitment's cell in scope. Repeated parts are named in `$defs`, and patterns
 * use `[0-9]` rather than `\d`, which Python reads as any script's digit. The rules only
 * the library checks are named in the `description`.
 *
 * @param name - `Network`, `Partner`, `Agreement`, `Proposal` or `Commitment`, in any casing.
 * @returns A fresh plain object on every call, which the caller may change freely.
 * @throws RangeError for a name that is none of {@link JSON_SCHEMA_NAMES}, with the
 *   message's `code` (`json_schema.unknown_name`) and `params`, which `formatMessage` says
 *   again in French.
 *
 * @example
 * ```ts
 * const schema = toJsonSchema('partner');
 * schema.$id; //=> 'urn:uhs:partners-network:partner:2'
 * schema.$schema; //=> 'https://json-schema.org/draft/2020-12/schema'
 * schema.required; //=> ['id', 'name', 'type', 'country', 'fields', 'languages', 'contacts']
 * toJsonSchema('Network').title; //=> 'Network (UHS International Partners Network)'
 * ```
 */
export function toJsonSchema(name: JsonSchemaName): JsonSchemaDocument {
  const wanted = typeof name === 'string' ? name.toLowerCase() : undefined;
  const kind = JSON_SCHEMA_NAMES.find((candidate) => candidate.toLowerCase() === wanted);
  if (kind === undefined) {
    throw libraryError(RangeError, JSON_SCHEMA_MESSAGES, 'json_schema.unknown_name', {
      received: name,
      allowed: [...JSON_SCHEMA_NAMES],
    });
  }
  const { schema, description } = documents()[kind];
  const { root, defs } = withDefinitions(inputJsonSchema(schema), kind, definitions());
  const document = withPortablePatterns({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    // The version is the network document's `schemaVersion`: both change together.
    $id: `urn:uhs:partners-network:${kind.toLowerCase()}:${String(NetworkSchema.shape.schemaVersion.value)}`,
    title: `${kind} (UHS International Partners Network)`,
    description,
    ...root,
    ...(Object.keys(defs).length > 0 ? { $defs: defs } : {}),
  });
  // A JSON round trip: plain data only, and no part shared between two places.
  return JSON.parse(JSON.stringify(document)) as JsonSchemaDocument;
}
