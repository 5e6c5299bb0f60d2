import type { IscedFieldCode } from '../catalog/iscedFields.js';
import { PHONE } from '../core/_patterns.js';
import type { LanguageCode } from '../catalog/languages.js';
import { AgreementSchema, type Agreement } from '../schemas/agreement.js';
import type { MobilityCommitment } from '../schemas/commitment.js';
import { ContactSchema, type Contact } from '../schemas/partner.js';
import { EmailSchema, SchacIdSchema } from '../schemas/primitives.js';
import {
  readSpec,
  SPEC_KINDS,
  ewpIdOf,
  textOf,
  type SpecContext,
  type SpecName,
} from './_readSpec.js';
import {
  academicYearDays,
  agreementIdOf,
  attributeOf,
  booleanOf,
  childrenNamed,
  collapsed,
  dateOf,
  one,
  partnerIdOf,
  required,
  typedValue,
  type AgreementKey,
  type IssueList,
} from './_readValues.js';
import { childElements, stringValue, type XmlElement } from './_xml.js';

// One `iia` → one agreement of the model, and what it says of the partner institution
// (docs/ewp.md, "Reading an IIA"). An IIA is imported only when the model can hold its
// identity and its required facts; each value left out is an issue.

/** What one IIA says of the partner institution, merged with other IIAs' by the caller. @internal */
export interface PartnerFacts {
  readonly heiId: string;
  /** The path of its `partner` element, where an issue about the partner points. */
  readonly path: string;
  readonly ounitIds: readonly string[];
  readonly contacts: readonly Contact[];
  /** The fields and languages of the mobilities it receives. */
  readonly fields: readonly IscedFieldCode[];
  readonly languages: readonly LanguageCode[];
}

/** An imported IIA. @internal */
export interface IiaReading {
  readonly agreement: Agreement;
  readonly partner: PartnerFacts;
}

/** What reading an IIA needs. @internal */
export interface IiaContext extends Omit<SpecContext, 'partnerHeiId'> {
  readonly startMonth: number;
  /** The agreement ids already given to earlier IIAs of the document. */
  readonly takenIds: ReadonlySet<string>;
}

const PARTNER_ELEMENTS = [
  'hei-id',
  'ounit-id',
  'iia-id',
  'iia-code',
  'signing-contact',
  'signing-date',
  'contact',
];
const IIA_ELEMENTS = ['partner', 'in-effect', 'cooperation-conditions', 'iia-hash'];
/** Parts of an EWP contact that a contact of the model has no field for. */
const CONTACT_EXTRAS = ['person-gender', 'fax-number', 'street-address', 'mailing-address'];

/** Reads an EWP contact (`c:Contact`) as a contact of the model, or `undefined` with an issue. */
function readContact(element: XmlElement, issues: IssueList): Contact | undefined {
  for (const child of childElements(element)) {
    if (CONTACT_EXTRAS.includes(child.localName))
      issues.add('not_imported', child.path, { element: child.localName });
  }
  const nameElement = childrenNamed(element, 'contact-name')[0];
  const name =
    nameElement === undefined
      ? collapsed(
          ['person-given-names', 'person-family-name']
            .map((part) => {
              const found = childrenNamed(element, part)[0];
              return found === undefined ? '' : stringValue(found);
            })
            .join(' '),
        )
      : collapsed(stringValue(nameElement));
  const emailElement = childrenNamed(element, 'email')[0];
  const email = emailElement === undefined ? '' : typedValue(emailElement);
  if (name === '' || name.length > 200) {
    issues.add('incomplete_contact', element.path, { element: 'contact-name' });
    return undefined;
  }
  if (!EmailSchema.safeParse(email).success) {
    issues.add('incomplete_contact', element.path, { element: 'email' });
    return undefined;
  }
  const contact: Record<string, unknown> = { name };
  const roleElement = childrenNamed(element, 'role-description')[0];
  if (roleElement !== undefined) {
    const role = collapsed(stringValue(roleElement));
    if (role.length >= 1 && role.length <= 200) contact['role'] = role;
    else
      issues.add('invalid_value', roleElement.path, { element: 'role-description', value: role });
  }
  contact['email'] = email;
  const phoneElement = childrenNamed(element, 'phone-number')[0];
  if (phoneElement !== undefined) {
    const number =
      childrenNamed(phoneElement, 'e164')[0] ?? childrenNamed(phoneElement, 'other-format')[0];
    const phone = number === undefined ? '' : typedValue(number);
    if (PHONE.test(phone)) contact['phone'] = phone;
    else issues.add('invalid_value', phoneElement.path, { element: 'phone-number', value: phone });
  }
  const parsed = ContactSchema.safeParse(contact);
  if (parsed.success) return parsed.data;
  issues.add('incomplete_contact', element.path, { element: 'email' });
  return undefined;
}

/** Adds the contacts of some elements to a list, each (name, e-mail) once. */
function addContacts(list: Contact[], elements: readonly XmlElement[], issues: IssueList): void {
  for (const element of elements) {
    const contact = readContact(element, issues);
    if (
      contact !== undefined &&
      !list.some((known) => known.name === contact.name && known.email === contact.email)
    )
      list.push(contact);
  }
}

/** Adds a value to a list once. */
function addOnce<T>(list: T[], value: T | undefined): void {
  if (value !== undefined && !list.includes(value)) list.push(value);
}

/** The facts of one `partner` element. */
function readPartner(partner: XmlElement, issues: IssueList) {
  const heiElement = required(partner, 'hei-id', issues);
  const heiId = heiElement === undefined ? undefined : stringValue(heiElement);
  if (heiElement !== undefined && heiId !== undefined && !SchacIdSchema.safeParse(heiId).success) {
    issues.add('invalid_hei_id', heiElement.path, { value: heiId });
    return undefined;
  }
  if (heiId === undefined) return undefined;
  return { element: partner, heiId };
}

/**
 * Reads one `iia` seen from `context.homeHeiId`: the agreement and the partner's facts, or
 * `undefined` (with an issue saying why) when it is not imported.
 *
 * @internal
 */
export function readIia(iia: XmlElement, context: IiaContext): IiaReading | undefined {
  const { issues, homeHeiId } = context;
  const partnerElements = childrenNamed(iia, 'partner');
  if (partnerElements.length !== 2) {
    issues.add('partner_count', iia.path, { count: partnerElements.length });
    return undefined;
  }
  const read = partnerElements.map((element) => readPartner(element, issues));
  const [first, second] = read;
  if (first === undefined || second === undefined) return undefined;
  if (first.heiId === second.heiId) {
    issues.add('duplicate_partner', iia.path, { heiId: first.heiId });
    return undefined;
  }
  const home = [first, second].find((item) => item.heiId === homeHeiId);
  const other = [first, second].find((item) => item.heiId !== homeHeiId);
  if (home === undefined || other === undefined) {
    issues.add('home_not_partner', iia.path, {
      homeHeiId,
      heiIds: `${first.heiId},${second.heiId}`,
    });
    return undefined;
  }

  // Each partner's identity, in document order.
  const identities = [first, second].map(({ element, heiId }) => {
    for (const child of childElements(element)) {
      if (!PARTNER_ELEMENTS.includes(child.localName))
        issues.add('not_imported', child.path, { element: child.localName });
    }
    const ounitId = ewpIdOf(one(element, 'ounit-id', issues), issues);
    const iiaId = ewpIdOf(one(element, 'iia-id', issues), issues);
    const iiaCode = textOf(one(element, 'iia-code', issues), 200, issues);
    const dateElement = one(element, 'signing-date', issues);
    const signingDate = dateElement === undefined ? undefined : dateOf(typedValue(dateElement));
    if (dateElement !== undefined && signingDate === undefined)
      issues.add('invalid_value', dateElement.path, {
        element: 'signing-date',
        value: typedValue(dateElement),
      });
    return { heiId, element, ounitId, iiaId, iiaCode, signingDate, dateElement };
  });
  const homeIdentity = identities.find((item) => item.heiId === homeHeiId);
  const otherIdentity = identities.find((item) => item.heiId !== homeHeiId);
  if (homeIdentity === undefined || otherIdentity === undefined) return undefined;

  // The agreement's id: see agreementIdOf.
  const keys: (AgreementKey | undefined)[] = [
    homeIdentity.iiaId === undefined
      ? undefined
      : { heiId: homeHeiId, element: 'iia-id', value: homeIdentity.iiaId, homeIiaId: true },
    homeIdentity.iiaCode === undefined
      ? undefined
      : { heiId: homeHeiId, element: 'iia-code', value: homeIdentity.iiaCode, homeIiaId: false },
    otherIdentity.iiaId === undefined
      ? undefined
      : { heiId: other.heiId, element: 'iia-id', value: otherIdentity.iiaId, homeIiaId: false },
    otherIdentity.iiaCode === undefined
      ? undefined
      : { heiId: other.heiId, element: 'iia-code', value: otherIdentity.iiaCode, homeIiaId: false },
  ];
  const key = keys.find((item) => item !== undefined);
  if (key === undefined) {
    issues.add('no_iia_id', iia.path);
    return undefined;
  }
  const id = agreementIdOf(key);
  if (context.takenIds.has(id)) {
    issues.add('duplicate_iia', iia.path, { id });
    return undefined;
  }

  for (const child of childElements(iia)) {
    if (!IIA_ELEMENTS.includes(child.localName))
      issues.add('not_imported', child.path, { element: child.localName });
  }
  const inEffectElement = required(iia, 'in-effect', issues);
  const inEffect =
    inEffectElement === undefined ? undefined : booleanOf(stringValue(inEffectElement));
  if (inEffectElement !== undefined && inEffect === undefined)
    issues.add('invalid_value', inEffectElement.path, {
      element: 'in-effect',
      value: typedValue(inEffectElement),
    });

  // The partner's contacts and units; UHS's own contacts are not a partner's.
  const contacts: Contact[] = [];
  const ounitIds: string[] = [];
  addOnce(ounitIds, otherIdentity.ounitId);
  addContacts(
    contacts,
    [
      ...childrenNamed(other.element, 'signing-contact'),
      ...childrenNamed(other.element, 'contact'),
    ],
    issues,
  );
  for (const contact of [
    ...childrenNamed(home.element, 'signing-contact'),
    ...childrenNamed(home.element, 'contact'),
  ])
    issues.add('home_contact', contact.path, { element: contact.localName });

  // The mobility specs, in document order.
  const conditions = required(iia, 'cooperation-conditions', issues);
  const commitments: MobilityCommitment[] = [];
  const fields: IscedFieldCode[] = [];
  const languages: LanguageCode[] = [];
  let terminatedAsAWhole: boolean | undefined;
  if (conditions !== undefined) {
    const terminated = attributeOf(conditions, 'terminated-as-a-whole');
    terminatedAsAWhole = booleanOf(terminated);
    if (terminated !== undefined && terminatedAsAWhole === undefined)
      issues.add('invalid_value', `${conditions.path}/@terminated-as-a-whole`, {
        element: 'terminated-as-a-whole',
        value: terminated,
      });
    for (const spec of childElements(conditions)) {
      if (!Object.hasOwn(SPEC_KINDS, spec.localName)) {
        issues.add('not_imported', spec.path, { element: spec.localName });
        continue;
      }
      const reading = readSpec(spec, spec.localName as SpecName, {
        ...context,
        partnerHeiId: other.heiId,
      });
      if (reading === undefined) continue;
      commitments.push(reading.commitment);
      addOnce(ounitIds, reading.partnerOunitId);
      addContacts(contacts, reading.partnerContacts, issues);
      if (reading.commitment.direction === 'outgoing') {
        // What the partner receives: the fields it teaches, the languages it teaches in.
        for (const field of reading.commitment.fields ?? []) addOnce(fields, field);
        for (const language of reading.commitment.languages ?? [])
          addOnce(languages, language.code);
      }
    }
  }
  if (commitments.length === 0) {
    issues.add('no_mobility', iia.path);
    return undefined;
  }

  // The period: from the start of the first academic year to the end of the last one.
  const years = commitments.flatMap((commitment) =>
    commitment.academicYears === undefined ? [] : [commitment.academicYears],
  );
  if (years.length === 0) {
    issues.add('no_period', iia.path);
    return undefined;
  }
  const startsOn = years
    .map((range) => academicYearDays(range.first, context.startMonth).start)
    .reduce((a, b) => (b < a ? b : a));
  const endsOn = years
    .map((range) => academicYearDays(range.last, context.startMonth).end)
    .reduce((a, b) => (b > a ? b : a));

  // Signed: the partner's signing date, else UHS's; never after the period's end.
  const signer = otherIdentity.signingDate === undefined ? homeIdentity : otherIdentity;
  let signedOn = signer.signingDate;
  if (signedOn !== undefined && signedOn > endsOn) {
    issues.add('invalid_value', signer.dateElement?.path ?? iia.path, {
      element: 'signing-date',
      value: signedOn,
    });
    signedOn = undefined;
  }

  const scope = [
    ...new Set(commitments.map((commitment) => `${commitment.area}${commitment.activity}`)),
  ].sort();
  const ewp: Record<string, unknown> = {
    partners: identities.map((identity) => {
      const partner: Record<string, string> = { heiId: identity.heiId };
      if (identity.ounitId !== undefined) partner['ounitId'] = identity.ounitId;
      if (identity.iiaId !== undefined) partner['iiaId'] = identity.iiaId;
      if (identity.iiaCode !== undefined) partner['iiaCode'] = identity.iiaCode;
      return partner;
    }),
  };
  if (inEffect !== undefined) ewp['inEffect'] = inEffect;
  if (terminatedAsAWhole !== undefined) ewp['terminatedAsAWhole'] = terminatedAsAWhole;
  const agreement = {
    id,
    title: `Inter-institutional agreement with ${other.heiId}`,
    instrument: 'exchange',
    partnerIds: [partnerIdOf(other.heiId)],
    ...(signedOn === undefined ? {} : { signedOn }),
    startsOn,
    endsOn,
    scope,
    commitments,
    ewp,
  };
  const parsed = AgreementSchema.safeParse(agreement);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    issues.add('invalid_record', iia.path, {
      record: 'agreement',
      detail: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`.slice(0, 300),
    });
    return undefined;
  }
  return {
    agreement: parsed.data,
    partner: {
      heiId: other.heiId,
      path: other.element.path,
      ounitIds,
      contacts,
      fields,
      languages,
    },
  };
}
