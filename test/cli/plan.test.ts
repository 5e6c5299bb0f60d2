import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverageTimeline, renewalCalendar, selectProposals } from '../../src/planning/index.js';
import { parseNetwork } from '../../src/schemas/parse.js';
import { EXAMPLE, EXAMPLE_TEXT, exampleValue, runCli, STACK_LINE } from './_helpers.js';

const network = parseNetwork(JSON.parse(EXAMPLE_TEXT));
const on = '2017-06-30';
const plan = { from: '2014-01-01', to: '2018-12-31' };

describe('uhs-network plan: what it prints', () => {
  it('--format json: the timeline and the renewal calendar over the plan, as the library gives them', async () => {
    const result = await runCli(['plan', EXAMPLE, '--format', 'json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const printed = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(printed).toEqual(
      JSON.parse(
        JSON.stringify({
          ...plan,
          step: 'academic-year',
          on,
          timeline: coverageTimeline(network, { ...plan, on, step: 'academic-year' }),
          renewals: renewalCalendar(network, { ...plan, on }),
        }),
      ),
    );
    expect(printed).not.toHaveProperty('selection');
  });

  it('--select N: the selection as well, with its limit', async () => {
    const result = await runCli(['plan', EXAMPLE, '--format', 'json', '--select', '2']);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as { selection: unknown };
    expect(printed.selection).toEqual(
      JSON.parse(
        JSON.stringify({
          maxProposals: 2,
          ...selectProposals(network, { on, maxProposals: 2 }),
        }),
      ),
    );
  });

  it('--from, --to, --step and --on reach the library', async () => {
    const options = { from: '2016-01-01', to: '2017-12-31', step: 'quarter' } as const;
    const result = await runCli([
      'plan',
      EXAMPLE,
      '--from',
      options.from,
      '--to',
      options.to,
      '--step',
      'QUARTER',
      '--on',
      '2016-06-30',
      '--format',
      'json',
    ]);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as { timeline: unknown[]; on: string };
    expect(printed.on).toBe('2016-06-30');
    expect(printed.timeline).toHaveLength(8);
    expect(printed.timeline).toEqual(
      JSON.parse(JSON.stringify(coverageTimeline(network, { ...options, on: '2016-06-30' }))),
    );
  });

  it('text: a table per answer, one row per step, renewal and chosen proposal', async () => {
    const result = await runCli(['plan', EXAMPLE, '--step', 'year', '--select', '3']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(
      'Coverage by calendar year, for the calendar years that include 2014-01-01 to 2018-12-31 (an agreement counts for a period when it is in force on any day of it)',
    );
    expect(lines[1]?.split(/\s+/)).toEqual([
      'period',
      'covered',
      'gaps',
      'in',
      'force',
      'A',
      'B',
      'C',
      'D',
      'incoming',
      'outgoing',
    ]);
    const timeline = coverageTimeline(network, { ...plan, on, step: 'year' });
    expect(
      lines.slice(2, 2 + timeline.length).map((line) => line.split(/\s+/).slice(0, 3)),
    ).toEqual(
      timeline.map((entry) => [
        `${entry.period.start}..${entry.period.end}`,
        String(20 - entry.gaps.length),
        String(entry.gaps.length),
      ]),
    );
    expect(result.stdout).toContain('\nRenewal calendar from 2014-01-01 to 2018-12-31\n');
    expect(result.stdout).toMatch(
      /^date +event +ends on +agreement +partners +cells +gaps if it lapsed +renewed by$/m,
    );
    const renewals = renewalCalendar(network, { ...plan, on });
    // The day of the event, then the agreement's last day: they differ for a renewal window.
    expect(renewals.some((entry) => entry.date !== entry.endsOn)).toBe(true);
    for (const entry of renewals) {
      expect(result.stdout).toMatch(
        new RegExp(`^${entry.date} .* ${entry.endsOn} +${entry.agreementId} `, 'm'),
      );
    }
    expect(result.stdout).toContain(
      '\nProposals to accept on 2017-06-30 (at most 3), in the order chosen\n',
    );
    const selection = selectProposals(network, { on, maxProposals: 3 });
    selection.chosen.forEach((proposalId, index) => {
      expect(result.stdout).toMatch(new RegExp(`^${index + 1} +${proposalId} `, 'm'));
    });
    expect(result.stdout).toContain('\nLeft out\n');
    // Hanoi's proposal renews an agreement still in force on the day: nothing new then.
    expect(result.stdout).toMatch(
      /^eoi-hanoi-2017 +covers nothing new on the day \(its cells are covered then\)$/m,
    );
    // Osaka's proposal is conditional on the day, Seoul's ineligible: one reason for both.
    for (const proposalId of ['eoi-osaka-2017', 'eoi-seoul-2017']) {
      expect(result.stdout).toMatch(
        new RegExp(`^${proposalId} +not eligible on the day \\(conditional or ineligible\\)$`, 'm'),
      );
    }
    expect(result.stdout).not.toMatch(/[ \t]$/m);
  });

  it('md: Markdown headings and pipe tables', async () => {
    const result = await runCli(['plan', EXAMPLE, '--format', 'md', '--select', '2']);
    expect(result.code).toBe(0);
    const headings = result.stdout.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toHaveLength(4);
    expect(result.stdout).toContain(
      '| period | covered | gaps | in force | A | B | C | D | incoming | outgoing |',
    );
    expect(result.stdout).toContain('| --- | --- |');
    expect(result.stdout).toContain(
      '| date | event | ends on | agreement | partners | cells | gaps if it lapsed | renewed by |',
    );
    expect(result.stdout).toContain(
      '## Coverage by academic year, for the academic years that include 2014-01-01 to 2018-12-31 (',
    );
  });

  it('in French with --lang fr: words and numbers in French', async () => {
    const result = await runCli(['--lang', 'fr', 'plan', EXAMPLE, '--select', '2']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(
      'Couverture par année universitaire, sur les années universitaires qui recouvrent la période du 2014-01-01 au 2018-12-31 (une convention compte pour une période si elle est en vigueur au moins un jour de celle-ci)',
    );
    expect(result.stdout).toMatch(/^date +échéance +fin le +convention /m);
    expect(result.stdout).toMatch(
      /^eoi-hanoi-2017 +n'apporte rien de nouveau ce jour-là \(ses cases sont alors déjà couvertes\)$/m,
    );
    expect(result.stdout).toMatch(
      /^eoi-osaka-2017 +non éligible ce jour-là \(conditionnelle ou inéligible\)$/m,
    );
    expect(result.stdout).toContain('Calendrier des renouvellements du 2014-01-01 au 2018-12-31');
    expect(result.stdout).toMatch(/^Gain total\u00a0: \d+(,\d+)?$/m);
  });

  it('help: in the list of commands, and its own', async () => {
    expect((await runCli(['--help'])).stdout).toMatch(/^ {2}plan +Plan ahead/m);
    const help = await runCli(['plan', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: uhs-network plan <file>/);
    expect((await runCli(['--lang', 'fr', 'help', 'plan'])).stdout).toMatch(
      /^Utilisation\u00a0: uhs-network plan <fichier>/,
    );
  });
});

describe('uhs-network plan: bad input never throws', () => {
  const usage = (message: string): string =>
    `uhs-network: ${message}\nRun 'uhs-network plan --help' for usage.\n`;

  it('a broken JSON file: exit 1, the error on stderr, no stack', async () => {
    const result = await runCli(['plan', 'bad.json'], { files: { 'bad.json': '{ "partners": [' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('uhs-network: bad.json: not valid JSON\n');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('an unknown --step: exit 2, naming the choices', async () => {
    const result = await runCli(['plan', EXAMPLE, '--step', 'week']);
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr: usage("--step: expected one of academic-year, year, quarter, received 'week'"),
    });
  });

  it('--from after --to: exit 2', async () => {
    const result = await runCli(['plan', EXAMPLE, '--from', '2018-01-01', '--to', '2017-01-01']);
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr: usage('--from (2018-01-01) must not be after --to (2017-01-01)'),
    });
  });

  it('--from after the end of the plan (--to by default): exit 2', async () => {
    const result = await runCli(['plan', EXAMPLE, '--from', '2020-01-01']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(usage('--from (2020-01-01) must not be after --to (2018-12-31)'));
  });

  it('a range of too many steps, refused by coverageTimeline: exit 2, in the run’s language', async () => {
    const args = [
      'plan',
      EXAMPLE,
      '--from',
      '0001-01-01',
      '--to',
      '9999-12-31',
      '--step',
      'quarter',
    ];
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^uhs-network: coverageTimeline: .*1,000/);
    expect(result.stderr).not.toContain('internal error');
    const french = await runCli(['--lang', 'fr', ...args]);
    expect(french.code).toBe(2);
    expect(french.stderr).toMatch(/^uhs-network\u00a0: coverageTimeline\u00a0: /);
  });

  it('a bad date, a bad --select, a missing file: exit 2', async () => {
    expect((await runCli(['plan', EXAMPLE, '--to', '2018-02-30'])).code).toBe(2);
    expect((await runCli(['plan', EXAMPLE, '--select', '0'])).code).toBe(2);
    expect((await runCli(['plan', EXAMPLE, '--select', 'many'])).code).toBe(2);
    expect((await runCli(['plan', EXAMPLE, '--format', 'html'])).code).toBe(2);
    expect((await runCli(['plan'])).code).toBe(2);
    expect((await runCli(['plan', 'missing.json'], { diskFallback: false })).code).toBe(2);
  });

  it('an invalid network (a partner in the home country): exit 1', async () => {
    const value = exampleValue() as { partners: Record<string, unknown>[] };
    value.partners[0]!['country'] = 'KH';
    const result = await runCli(['plan', 'invalid.json'], {
      files: { 'invalid.json': JSON.stringify(value) },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
  });

  it('any arguments: an exit code of 0, 1 or 2, never a stack trace or an internal error', async () => {
    const word = fc.constantFrom(
      '--from',
      '--to',
      '--step',
      '--select',
      '--on',
      '--format',
      '2017-06-30',
      '2013-01-01',
      '2030-12-31',
      '0001-01-01',
      '9999-12-31',
      'quarter',
      'year',
      'md',
      '3',
      '-1',
      '',
      EXAMPLE,
    );
    await fc.assert(
      fc.asyncProperty(fc.array(word, { maxLength: 7 }), async (args) => {
        const result = await runCli(['plan', ...args]);
        expect([0, 1, 2]).toContain(result.code);
        expect(result.stderr).not.toMatch(STACK_LINE);
        expect(result.stderr).not.toContain('internal error');
      }),
      { numRuns: 60 },
    );
  });
});
