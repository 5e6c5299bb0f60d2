/**
 * Results never depend on the process time zone (SPEC §11). CI runs the whole suite under
 * several `TZ` values; this test also runs the key functions in child processes, one per
 * zone, so that a single `vitest run` checks every zone. The days chosen are the traps:
 * Kiritimati skipped 1994-12-31 (UTC−10 → UTC+14), Apia skipped 2011-12-30, and Los
 * Angeles changed to and from daylight saving time on 2019-03-10 and 2019-11-03.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ZONES = [
  'UTC',
  'Asia/Phnom_Penh',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Pacific/Apia',
];

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The probe: computes the results below and prints them as JSON. */
const PROBE = `
import {
  academicYearOf, academicYearsBetween, agreementsInForce, agreementStatus, classifyIntent,
  expiringAgreements, monthsWithinPlan, overlapsPlan,
} from './src/dates/index.ts';
import { evaluateEligibility } from './src/eligibility/index.ts';
import { parseNetwork, parseProposal } from './src/schemas/parse.ts';

const status = (startsOn, endsOn, on) => agreementStatus({ startsOn, endsOn }, { on });
const partner = {
  id: 'univ-lyon-example', name: 'Example University of Lyon', type: 'university', country: 'FR',
  fields: ['0912'], languages: ['fr'],
  contacts: [{ name: 'Example Officer', email: 'ir@lyon.example.edu', focalPoint: true }],
};
const agreement = (id, startsOn, endsOn) => ({
  id, title: 'Exchange', instrument: 'exchange', partnerIds: [partner.id], startsOn, endsOn,
  scope: ['B2'], commitments: [],
});
const network = (asOf, endsOn) => parseNetwork({
  schemaVersion: 1, asOf, plan: { start: '1994-01-01', end: '1999-12-31' }, partners: [partner],
  agreements: [agreement('x-1', '1993-01-01', endsOn)],
});
const proposal = (start, end) => parseProposal({
  id: 'eoi-1', partner, submittedOn: '2018-01-01', period: { start, end }, scope: ['B2'], commitments: [],
});

console.log(JSON.stringify({
  kiritimati: [
    status('1994-12-31', '1995-06-29', '1994-12-30'),
    status('1994-12-31', '1995-06-29', '1994-12-31'),
    status('1994-12-31', '1995-06-30', '1994-12-31'),
    status('1994-01-01', '1994-12-31', '1994-12-31'),
    status('1994-01-01', '1994-12-31', '1995-01-01'),
  ],
  apia: [
    status('2011-12-30', '2012-06-27', '2011-12-30'),
    status('2011-12-30', '2012-06-28', '2011-12-30'),
    status('2011-01-01', '2011-12-30', '2011-12-31'),
  ],
  daylightSaving: [
    status('2019-01-01', '2019-09-06', '2019-03-09'),
    status('2019-01-01', '2019-09-06', '2019-03-10'),
    status('2019-01-01', '2020-05-01', '2019-11-02'),
    status('2019-01-01', '2020-05-01', '2019-11-03'),
  ],
  months: [
    monthsWithinPlan({ start: '1994-12-31', end: '1995-03-31' }, { start: '1994-01-01', end: '1995-12-31' }),
    monthsWithinPlan({ start: '2011-12-30', end: '2012-02-29' }, { start: '2011-01-01', end: '2012-12-31' }),
    monthsWithinPlan({ start: '2016-01-15', end: '2016-04-14' }),
    overlapsPlan({ start: '1994-12-30', end: '1994-12-31' }, { start: '1995-01-01', end: '1995-12-31' }),
    overlapsPlan({ start: '1994-12-31', end: '1995-01-01' }, { start: '1995-01-01', end: '1995-12-31' }),
  ],
  academicYears: [
    academicYearOf('1994-12-31'),
    academicYearOf('2011-12-30', { startMonth: 1 }),
    academicYearsBetween('1994-09-30', '1995-10-01'),
  ],
  network: [
    classifyIntent(partner.id, network('1994-12-31', '1995-06-29')),
    classifyIntent(partner.id, network('1994-12-31', '1995-06-30')),
    expiringAgreements(network('1994-12-31', '1995-06-29')).map((a) => a.id),
    agreementsInForce(network('1995-01-01', '1994-12-31')).map((a) => a.id),
  ],
  eligibility: [
    evaluateEligibility(proposal('2018-12-31', '2019-12-31'), { on: '2018-01-01' }).decision,
    evaluateEligibility(proposal('2019-01-01', '2019-12-31'), { on: '2018-01-01' }).decision,
  ],
}));
`;

/** The results, hand-computed (180 days: 1994-12-31 → 1995-06-29, 2011-12-30 → 2012-06-27,
 * 2019-03-10 → 2019-09-06, 2019-11-03 → 2020-05-01). */
const EXPECTED = {
  kiritimati: ['upcoming', 'expiring', 'active', 'expiring', 'expired'],
  apia: ['expiring', 'active', 'expired'],
  daylightSaving: ['active', 'expiring', 'active', 'expiring'],
  months: [3, 2, 2, false, true],
  academicYears: ['1994-1995', '2011', ['1993-1994', '1994-1995', '1995-1996']],
  network: ['renew', 'strengthen', ['x-1'], []],
  eligibility: ['eligible', 'ineligible'],
};

let directory = '';
let probe = '';

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'uhs-tz-'));
  probe = join(directory, 'probe.mjs');
  const result = await build({
    stdin: { contents: PROBE, resolveDir: root, loader: 'ts', sourcefile: 'probe.ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  writeFileSync(probe, result.outputFiles[0]?.contents ?? new Uint8Array());
}, 60_000);

afterAll(() => {
  if (directory) rmSync(directory, { recursive: true, force: true });
});

describe('results do not depend on the process time zone', () => {
  it.each(ZONES)('TZ=%s gives the hand-computed results', (zone) => {
    const output = execFileSync(process.execPath, [probe], {
      env: { ...process.env, TZ: zone },
      encoding: 'utf8',
    });
    expect(JSON.parse(output)).toEqual(EXPECTED);
  });

  it('the zones are real: the probe days are skipped or shifted where expected', () => {
    const localDay = (zone: string, year: number, month: number, day: number): string =>
      execFileSync(
        process.execPath,
        [
          '-e',
          `const d = new Date(${year}, ${month - 1}, ${day}); process.stdout.write(String(d.getDate()))`,
        ],
        { env: { ...process.env, TZ: zone }, encoding: 'utf8' },
      );
    expect(localDay('Pacific/Kiritimati', 1994, 12, 31)).toBe('1');
    expect(localDay('Pacific/Apia', 2011, 12, 30)).toBe('31');
    expect(localDay('UTC', 1994, 12, 31)).toBe('31');
  });
});
