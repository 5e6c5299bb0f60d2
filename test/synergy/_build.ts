import { readFileSync } from 'node:fs';
import { parseNetwork } from '../../src/schemas/index.js';

/** The example network of the repository, parsed. */
export function exampleNetwork() {
  return parseNetwork(
    JSON.parse(readFileSync(new URL('../../examples/network.json', import.meta.url), 'utf8')),
  );
}

interface PartnerSpec {
  id: string;
  country?: string;
  offers?: string[];
  fields?: string[];
  languages?: string[];
  name?: string;
  acronym?: string;
  ror?: string;
  type?: string;
}

interface AgreementSpec {
  id: string;
  partners: string[];
  scope: string[];
  startsOn?: string;
  endsOn?: string;
  terminatedOn?: string;
  suspended?: boolean;
  commitments?: unknown[];
}

/** A small valid network from short specs: every partner is a university, every agreement an MoU. */
export function buildNetwork(spec: {
  partners: PartnerSpec[];
  agreements?: AgreementSpec[];
  proposals?: unknown[];
  asOf?: string;
}) {
  return parseNetwork({
    schemaVersion: 1,
    asOf: spec.asOf ?? '2016-06-30',
    partners: spec.partners.map((partner) => ({
      id: partner.id,
      name: partner.name ?? `Example Institution ${partner.id}`,
      ...(partner.acronym === undefined ? {} : { acronym: partner.acronym }),
      type: partner.type ?? 'university',
      country: partner.country ?? 'FR',
      ...(partner.ror === undefined ? {} : { identifiers: { ror: partner.ror } }),
      fields: partner.fields ?? [],
      languages: partner.languages ?? ['en'],
      ...(partner.offers === undefined ? {} : { offers: partner.offers }),
      contacts: [
        { name: 'Example Contact', email: `contact@${partner.id}.example.org`, focalPoint: true },
      ],
    })),
    agreements: (spec.agreements ?? []).map((agreement) => ({
      id: agreement.id,
      title: `Agreement ${agreement.id}`,
      instrument: 'mou',
      partnerIds: agreement.partners,
      startsOn: agreement.startsOn ?? '2015-01-01',
      endsOn: agreement.endsOn ?? '2018-12-31',
      scope: agreement.scope,
      commitments: agreement.commitments ?? [],
      ...(agreement.terminatedOn === undefined ? {} : { terminatedOn: agreement.terminatedOn }),
      ...(agreement.suspended === undefined ? {} : { suspended: agreement.suspended }),
    })),
    ...(spec.proposals === undefined ? {} : { proposals: spec.proposals }),
  });
}
