import { describe, expect, it } from 'vitest';
import { ACTIVITIES, AREAS, COUNTRIES, STRATEGIES } from '../../src/catalog/index.js';
import { formatRuleResult } from '../../src/eligibility/index.js';
import { REPORT_MESSAGES } from '../../src/messages/reports.js';
import {
  buildNetworkReport,
  renderReport,
  type NetworkReport,
  type RenderReportOptions,
  type ReportFormat,
} from '../../src/reports/index.js';
import { buildNetwork, exampleNetwork } from '../synergy/_build.js';
import { htmlFacts, markdownFacts, type ReportFacts, type ReportTable } from './_facts.js';

const NBSP = '\u00a0';
const report = buildNetworkReport(exampleNetwork());
const fr = { locale: 'fr' } as const;

/** A report whose tables are empty: nothing expires and no proposal exists. */
const quiet = buildNetworkReport(
  buildNetwork({
    partners: [{ id: 'alpha', name: 'Example Alpha University (fictional)' }],
    agreements: [{ id: 'long', partners: ['alpha'], scope: ['C5'], endsOn: '2030-12-31' }],
  }),
);

/** The example report with a partner that receives more people than it sends. */
const positive: NetworkReport = {
  ...report,
  mobility: {
    total: { incoming: 9, outgoing: 4, balance: 5 },
    partners: [{ ...report.mobility.partners[0]!, incoming: 9, outgoing: 4, balance: 5 }],
  },
};

/** The example report with a saturation of 2: some cells are saturated. */
const saturated = buildNetworkReport(exampleNetwork(), { saturation: 2 });

function facts(rendered: NetworkReport, format: ReportFormat): ReportFacts {
  const text = renderReport(rendered, format, fr);
  return format === 'markdown' ? markdownFacts(text) : htmlFacts(text);
}

function table(found: ReportFacts, caption: string): ReportTable {
  const match = found.tables.find((candidate) => candidate.caption === caption);
  if (match === undefined) throw new Error(`no table captioned ${caption}`);
  return match;
}

/** The text of one column of a table. */
function column(found: ReportTable, head: string): string[] {
  const index = found.head.indexOf(head);
  expect(index, `column ${head} of ${found.caption}`).toBeGreaterThanOrEqual(0);
  return found.rows.map((row) => [row[index] ?? ''].flat().join(' '));
}

/** Everything a French rendering says, in both formats, as plain text. */
function saidInFrench(rendered: NetworkReport): string {
  return (['markdown', 'html'] as const)
    .map((format) => JSON.stringify(facts(rendered, format)))
    .join('\n');
}

/** `text` as JSON inside a larger JSON text. */
function quoted(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

const html = renderReport(report, 'html', fr);
const said = [report, quiet, positive, saturated].map(saidInFrench).join('\n');

/**
 * Every entry of `report.*`, and the exact French it writes in a report (or, for the
 * error, in its message). Each string is looked for in the French renderings below.
 */
const FRENCH: Readonly<Record<keyof typeof REPORT_MESSAGES, readonly string[]>> = {
  'report.title': [`Réseau des partenaires internationaux de l'UHS${NBSP}: rapport au 2017-06-30`],
  'report.section.summary': ['Synthèse'],
  'report.section.coverage': ['Couverture'],
  'report.section.agreements': ['Conventions, stratégies et mobilité'],
  'report.section.proposals': ['Propositions'],
  'report.section.partners': ['Partenaires'],
  'report.section.legend': ['Légende'],
  'report.caption.totals': ['Totaux'],
  'report.caption.coverage': [
    `Couverture${NBSP}: partenaires par domaine prioritaire × activité (conventions en vigueur)`,
  ],
  'report.caption.by_status': ['Conventions par statut'],
  'report.caption.expiring': [
    `Conventions arrivant à échéance sous 180${NBSP}jours, les plus proches en tête`,
  ],
  'report.caption.strategies': [
    `Stratégies de l'objectif stratégique n°${NBSP}6 auxquelles contribuent les conventions en vigueur`,
  ],
  'report.caption.mobility': ["Solde des mobilités (personnes par an, du point de vue de l'UHS)"],
  'report.caption.eligibility': ['Éligibilité des propositions'],
  'report.caption.by_type': ["Partenaires par type d'établissement"],
  'report.caption.by_region': ['Partenaires par région'],
  'report.caption.by_country': ['Partenaires par pays'],
  'report.empty.expiring': [
    `Aucune convention en vigueur ne prend fin sous 180${NBSP}jours à compter du 2016-06-30.`,
  ],
  'report.empty.eligibility': ['Le réseau ne compte aucune proposition.'],
  'report.column.partners': ['Partenaires'],
  'report.column.agreements': ['Conventions'],
  'report.column.proposals': ['Propositions'],
  'report.column.area': ['Domaine prioritaire'],
  'report.column.status': ['Statut'],
  'report.column.agreement': ['Convention'],
  'report.column.ends_on': ['Date de fin'],
  'report.column.days_left': ['Jours restants'],
  'report.column.strategy': ['Stratégie'],
  'report.column.partner': ['Partenaire'],
  'report.column.incoming': ['Entrantes'],
  'report.column.outgoing': ['Sortantes'],
  'report.column.balance': ['Solde'],
  'report.column.proposal': ['Proposition'],
  'report.column.decision': ['Décision'],
  'report.column.tier': ['Catégorie'],
  'report.column.intent': ['Intention'],
  'report.column.reasons': ['Motifs (règles non conformes)'],
  'report.column.type': ["Type d'établissement"],
  'report.column.region': ['Région'],
  'report.column.country': ['Pays'],
  'report.coded_title': [
    "A. Gouvernance et gestion de l'université",
    '1. Mobilité et échanges du personnel',
    '3. Développer la coopération internationale en recherche',
  ],
  'report.country': ['Allemagne (DE)', 'Belgique (BE)', "États-Unis d'Amérique (US)"],
  'report.status': ['à venir', 'active', 'arrivant à échéance', 'expirée', 'résiliée', 'suspendue'],
  'report.decision': ['éligible', 'sous conditions', 'inéligible'],
  'report.tier': ['clé', 'associé'],
  'report.intent': ['bâtir', 'renouveler', 'renforcer'],
  'report.no_value': ['–'],
  'report.total': ['Total'],
  'report.signed': ['+5', '-3', '-5'],
  'report.fact.gaps': [`Lacunes (aucun partenaire)${NBSP}: A1, A2, A3, A4, A5, B1, C1`],
  'report.fact.saturated': [
    `Cases saturées (au moins 3${NBSP}partenaires)${NBSP}: aucune`,
    `Cases saturées (au moins 2${NBSP}partenaires)${NBSP}: B3, D1, D2`,
  ],
  'report.heat.cell': ['0 (lacune)', `1${NBSP}partenaire`, `2${NBSP}partenaires`],
  'report.heat.level_max': ['3 ou plus'],
  'report.heat.legend': [
    `Teintes selon le nombre de partenaires${NBSP}: `,
    `${NBSP}; chaque case indique aussi ce nombre.`,
  ],
  'report.legend.tiers': ['Catégories de partenaires'],
  'report.legend.statuses': ['Statuts des conventions'],
  'report.legend.decisions': ['Décisions et intentions'],
  'report.legend.term': [`- **clé**${NBSP}: un établissement`],
  'report.meaning.tier': [
    `un établissement universitaire ou de recherche (établissement d'enseignement supérieur, institut de recherche, centre hospitalier universitaire, université)${NBSP}; il doit déclarer au moins un domaine d'études des sciences de la santé.`,
    'tout autre organisme (entreprise, fondation, hôpital, organisation internationale, organisation non gouvernementale, autre, agence de santé publique).',
  ],
  'report.meaning.no_tier': ["aucune catégorie, car une proposition inéligible n'en obtient pas."],
  'report.meaning.status': [
    'signée, mais pas encore entrée en vigueur à la date du rapport.',
    `en vigueur et prenant fin plus de 180${NBSP}jours après la date du rapport.`,
    `en vigueur et prenant fin au plus 180${NBSP}jours après la date du rapport${NBSP}; il est temps de la renouveler.`,
    'arrivée à son terme avant la date du rapport.',
    'ayant pris fin avant son terme, au plus tard à la date du rapport.',
    'dans sa période de validité, mais suspendue.',
  ],
  'report.term.in_force': ['en vigueur'],
  'report.meaning.in_force': [
    'active ou arrivant à échéance. Seules les conventions en vigueur sont prises en compte pour la couverture, les stratégies et la mobilité.',
  ],
  'report.meaning.decision': [
    'aucune règle bloquante ou corrigible ne donne un résultat non conforme.',
    'une règle que le partenaire peut corriger est non conforme, comme celle qui demande un point focal.',
    "une règle bloquante est non conforme, comme celle qui écarte un partenaire situé dans le pays de l'établissement d'origine.",
  ],
  'report.meaning.intent': [
    'un nouveau partenariat, sans convention avec le partenaire à ce jour.',
    'les conventions du partenaire ont pris fin, ou celles qui sont en vigueur arrivent bientôt à échéance.',
    "le partenaire a une convention qui reste en vigueur pour un certain temps encore, ou une convention sur le point d'entrer en vigueur.",
  ],
  'report.section.outlook': ['Perspectives'],
  'report.caption.timeline': [
    `Couverture par année universitaire, sur les années universitaires qui recouvrent le plan (du 2014-01-01 au 2018-12-31)${NBSP}: cases couvertes, sur les 20 et sur les 5 de chaque domaine, en comptant toute convention en vigueur au moins un jour de l'année`,
  ],
  'report.caption.sparklines': [
    'Cases couvertes dans chaque domaine prioritaire par année universitaire (sur 5)',
  ],
  'report.sparkline': [
    `Domaine B, Innovation dans l&#39;enseignement supérieur et la formation en sciences de la santé${NBSP}: cases couvertes par année universitaire${NBSP}: 2013–14 3, 2014–15 3, 2015–16 4, 2016–17 5, 2017–18 5, 2018–19 4`,
  ],
  'report.caption.renewals': [
    'Calendrier des renouvellements du 2017-06-30 au 2018-06-29, les plus proches en tête',
  ],
  'report.empty.renewals': [
    "Aucune convention ne prend fin ni n'ouvre sa période de renouvellement entre le 2016-06-30 et le 2017-06-29.",
  ],
  'report.caption.selection': [
    `Propositions à retenir${NBSP}: au plus 5, celles qui comblent ensemble le plus de lacunes pondérées, dans l'ordre du choix`,
  ],
  'report.empty.selection': ['Aucune proposition éligible ne comblerait un besoin restant.'],
  'report.caption.left_out': ['Propositions écartées'],
  'report.empty.left_out': ["Aucune proposition n'est écartée."],
  'report.column.academic_year': ['Année universitaire'],
  'report.column.covered': ['Cases couvertes (sur 20)'],
  'report.column.gaps': ['Lacunes'],
  'report.column.in_force': ['Conventions en vigueur'],
  'report.column.area_cells': ['Domaine A', 'Domaine D'],
  'report.column.date': ['Date'],
  'report.column.event': ['Échéance'],
  'report.column.cells': ['Cases'],
  'report.column.would_open': ['Lacunes si elle expire'],
  'report.column.renewed_by': ['Renouvelée par'],
  'report.column.order': ['Ordre'],
  'report.column.gain': ['Gain'],
  'report.column.reason': ['Motif'],
  'report.period': ['du 2016-10-01 au 2017-09-30'],
  'report.event': ['fin de la convention', 'ouverture de la période de renouvellement'],
  'report.cells': ['B5, C4'],
  'report.gain': ['0,067'],
  'report.left_out': [
    'non éligible ce jour-là (conditionnelle ou inéligible)',
    `n'apporte rien de nouveau ce jour-là${NBSP}: ses cases sont alors déjà couvertes`,
    'le nombre maximal de propositions est atteint',
  ],
  'report.fact.selection': [
    `Gain total${NBSP}: 0,2, la baisse du score de lacunes pondéré si elles étaient en vigueur ce jour-là, avec 5${NBSP}propositions retenues (au plus 5). Les propositions sont choisies de façon gloutonne, ce qui rapporte au moins (1 − 1/e) ≈ 63${NBSP}% du gain du meilleur choix.`,
  ],
  'report.format.unknown': [
    `renderReport${NBSP}: le format doit être 'markdown' ou 'html', valeur reçue 'pdf'`,
  ],
};

/**
 * The entries that show in the HTML page or the Markdown only (the heat map's words, the
 * legend's layout), looked for in the raw renderings by tests of their own; the others are
 * looked for, as whole texts, in what both formats say.
 */
const RAW_ONLY = new Set<string>([
  'report.heat.cell',
  'report.heat.level_max',
  'report.heat.legend',
  'report.legend.term',
  'report.caption.sparklines',
  'report.sparkline',
]);

describe('renderReport in French: every entry of report.*', () => {
  it('lists every entry of the catalogue part, and nothing else', () => {
    expect(Object.keys(FRENCH).sort()).toEqual(Object.keys(REPORT_MESSAGES).sort());
  });

  it.each(
    Object.entries(FRENCH).filter(
      ([code]) => !RAW_ONLY.has(code) && code !== 'report.format.unknown',
    ),
  )('%s is said, in both formats', (_code, texts) => {
    for (const text of texts) expect(said.includes(`"${quoted(text)}"`), text).toBe(true);
  });

  it('report.caption.sparklines, report.sparkline: the sparklines of the HTML, named in French', () => {
    for (const text of [...FRENCH['report.caption.sparklines'], ...FRENCH['report.sparkline']]) {
      expect(html).toContain(text);
    }
    expect(REPORT_MESSAGES['report.left_out'].fr({ reason: 'partner-limit' })).toBe(
      'son partenaire a atteint le plafond par partenaire',
    );
    expect(REPORT_MESSAGES['report.left_out'].fr({ reason: 'excluded' })).toBe('exclue');
  });

  it('report.heat.cell: each cell of the heat map states its count in words', () => {
    expect(html).toContain('<td class="level-0">0 (lacune)</td>');
    expect(html).toContain(`<td class="level-1">1${NBSP}partenaire</td>`);
    expect(html).toContain(`<td class="level-2">2${NBSP}partenaires</td>`);
    expect(REPORT_MESSAGES['report.heat.cell'].fr({ count: 12 })).toBe(`12${NBSP}partenaires`);
  });

  it('report.heat.legend: the key of the shades, in the HTML page', () => {
    expect(html).toContain(
      `<p class="heat-legend">Teintes selon le nombre de partenaires${NBSP}: <span class="level-0">0</span><span class="level-1">1</span><span class="level-2">2</span><span class="level-3">3 ou plus</span>${NBSP}; chaque case indique aussi ce nombre.</p>`,
    );
  });

  it('report.legend.term: the legend of the Markdown, with French typography', () => {
    const markdown = renderReport(report, 'markdown', fr);
    expect(markdown).toContain(
      `- **clé**${NBSP}: un établissement universitaire ou de recherche (`,
    );
    expect(markdown).toContain(
      `- **–**${NBSP}: aucune catégorie, car une proposition inéligible n'en obtient pas.`,
    );
    expect(markdown).toContain(
      `- **en vigueur**${NBSP}: active ou arrivant à échéance. Seules les conventions en vigueur`,
    );
  });

  it('report.format.unknown: the English message, with the code and params to say it in French', () => {
    let caught: unknown;
    try {
      renderReport(report, 'pdf' as ReportFormat, fr);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RangeError);
    const error = caught as RangeError & { code: string; params: never };
    expect(error.message).toBe("renderReport: format must be 'markdown' or 'html', received 'pdf'");
    expect(error.code).toBe('report.format.unknown');
    expect(error.params).toEqual({
      caller: 'renderReport',
      received: 'pdf',
      allowed: ['markdown', 'html'],
    });
    expect(REPORT_MESSAGES['report.format.unknown'].fr(error.params)).toBe(
      FRENCH['report.format.unknown'][0],
    );
    // A name of Object.prototype is not a format either.
    expect(() => renderReport(report, 'toString' as ReportFormat)).toThrow(
      "renderReport: format must be 'markdown' or 'html', received 'toString'",
    );
    expect(() => renderReport(report, 42 as unknown as ReportFormat)).toThrow(
      "renderReport: format must be 'markdown' or 'html', received 42",
    );
    // Nothing, and a value shown by its kind, read as French does.
    const inFrench = (received: unknown) =>
      REPORT_MESSAGES['report.format.unknown'].fr({
        caller: 'renderReport',
        received,
        allowed: ['markdown', 'html'],
      });
    expect(inFrench(undefined)).toBe(
      `renderReport${NBSP}: le format doit être 'markdown' ou 'html', aucune valeur reçue`,
    );
    expect(inFrench(['html'])).toBe(
      `renderReport${NBSP}: le format doit être 'markdown' ou 'html', valeur reçue${NBSP}: un tableau`,
    );
    expect(inFrench(42)).toBe(
      `renderReport${NBSP}: le format doit être 'markdown' ou 'html', valeur reçue 42`,
    );
  });

  it('says the entries with a count in the singular too', () => {
    const one = (code: 'report.caption.expiring' | 'report.empty.expiring') =>
      REPORT_MESSAGES[code].fr({ days: 1, on: '2017-06-30' });
    expect(one('report.caption.expiring')).toBe(
      `Conventions arrivant à échéance sous 1${NBSP}jour, les plus proches en tête`,
    );
    expect(one('report.empty.expiring')).toBe(
      `Aucune convention en vigueur ne prend fin sous 1${NBSP}jour à compter du 2017-06-30.`,
    );
    expect(REPORT_MESSAGES['report.fact.saturated'].fr({ saturation: 1, cells: ['C5'] })).toBe(
      `Cases saturées (au moins 1${NBSP}partenaire)${NBSP}: C5`,
    );
    expect(REPORT_MESSAGES['report.fact.gaps'].fr({ cells: [] })).toBe(
      `Lacunes (aucun partenaire)${NBSP}: aucune`,
    );
    // A value outside the closed lists (a hand-made report) is shown as it is.
    expect(REPORT_MESSAGES['report.status'].fr({ status: 'pending' })).toBe('pending');
    expect(REPORT_MESSAGES['report.decision'].fr({ decision: 'constructor' })).toBe('constructor');
  });
});

describe('renderReport in French: the page and its tables', () => {
  it('is an HTML page in French, with the section ids of the English one', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="fr">\n')).toBe(true);
    expect(renderReport(report, 'html')).toContain('<html lang="en">');
    const ids = (page: string) => [...page.matchAll(/<section id="([^"]+)">/g)].map((m) => m[1]);
    expect(ids(html)).toEqual([
      'summary',
      'coverage',
      'agreements-strategies-and-mobility',
      'proposals',
      'outlook',
      'partners',
      'legend',
    ]);
    expect(ids(html)).toEqual(ids(renderReport(report, 'html')));
    expect(html).toContain(
      `<title>Réseau des partenaires internationaux de l&#39;UHS${NBSP}: rapport au 2017-06-30</title>`,
    );
  });

  it('draws the matrix with the French titles of areas and activities', () => {
    const matrix = table(facts(report, 'html'), FRENCH['report.caption.coverage'][0]!);
    expect(matrix.head).toEqual([
      'Domaine prioritaire',
      ...ACTIVITIES.map((activity) => `${activity.code}. ${activity.title.fr}`),
    ]);
    expect(matrix.rows.map((row) => row[0])).toEqual(
      AREAS.map((area) => `${area.code}. ${area.title.fr}`),
    );
    expect(matrix.rows[3]).toEqual(['D. Services à la communauté', '2', '2', '1', '1', '1']);
    expect(html).toContain('<td class="level-2">2\u00a0partenaires</td>');
  });

  it('names strategies, statuses, decisions, tiers and intents in French', () => {
    const markdown = facts(report, 'markdown');
    expect(column(table(markdown, FRENCH['report.caption.strategies'][0]!), 'Stratégie')).toEqual(
      STRATEGIES.map((strategy) => `${strategy.code}. ${strategy.title.fr}`),
    );
    const eligibility = table(markdown, 'Éligibilité des propositions');
    expect(eligibility.head).toEqual([
      'Proposition',
      'Partenaire',
      'Décision',
      'Catégorie',
      'Intention',
      'Motifs (règles non conformes)',
    ]);
    expect(eligibility.rows.slice(0, 2).map((row) => row.slice(0, 5))).toEqual([
      ['eoi-lyon-2017', 'Example University of Lyon (fictional)', 'éligible', 'clé', 'renforcer'],
      [
        'eoi-osaka-2017',
        'Example Institute of Public Health of Osaka (fictional)',
        'sous conditions',
        'clé',
        'renouveler',
      ],
    ]);
    expect(table(markdown, 'Conventions par statut').rows).toEqual([
      ['à venir', '1'],
      ['active', '4'],
      ['arrivant à échéance', '2'],
      ['expirée', '3'],
      ['résiliée', '1'],
      ['suspendue', '1'],
    ]);
    // Dates stay YYYY-MM-DD; titles of agreements and names of partners are the data's.
    expect(table(markdown, FRENCH['report.caption.expiring'][0]!).rows[0]).toEqual([
      'Staff exchange with the Example Institute of Public Health of Osaka',
      'Example Institute of Public Health of Osaka (fictional)',
      '2017-10-31',
      '123',
    ]);
  });

  it('says the reasons of decisions in French, from the rule results the report carries', () => {
    const eligibility = table(facts(report, 'html'), 'Éligibilité des propositions');
    const reasons = eligibility.rows.map((row) => row[5]);
    expect(reasons[0]).toBe('–');
    expect(reasons[1]).toBe(
      `Les cours à distance doivent être dispensés dans une langue de la plateforme de formation bilingue (en, fr)${NBSP}: commitments[0] prévoit un cours en "ja".`,
    );
    report.eligibility.forEach((line, index) => {
      const expected = (line.failures ?? []).map((failure) => formatRuleResult(failure, fr));
      expect(expected).toHaveLength(line.reasons.length);
      if (expected.length > 0) {
        expect(reasons[index]).toEqual(expected.length === 1 ? expected[0] : expected);
        expect(expected).not.toEqual(line.reasons);
      }
    });
    // Geneva fails two rules: a list of two French reasons.
    expect(reasons[7]).toEqual([
      expect.stringMatching(/^Le périmètre de la proposition ne compte aucune case/),
      expect.stringMatching(/^Le périmètre ne contribue à aucune des quatre stratégies/),
    ]);
  });

  it('keeps the reasons of a report read back from JSON, and those of a hand-made report', () => {
    const stored = JSON.parse(JSON.stringify(report)) as NetworkReport;
    for (const format of ['markdown', 'html'] as const) {
      expect(renderReport(stored, format, fr)).toBe(renderReport(report, format, fr));
    }
    const osaka = report.eligibility[1]!;
    const { failures: _failures, ...withoutFailures } = osaka;
    const handMade: NetworkReport = {
      ...report,
      eligibility: [withoutFailures, { ...osaka, reasons: ['A reason of my own.'] }],
    };
    const rows = table(facts(handMade, 'markdown'), 'Éligibilité des propositions').rows;
    expect(rows.map((row) => row[5])).toEqual([osaka.reasons[0], 'A reason of my own.']);
  });

  it('sorts rows by their French names, with the collation of the English report', () => {
    const countries = column(table(facts(report, 'markdown'), 'Partenaires par pays'), 'Pays');
    expect(countries.slice(0, 6)).toEqual([
      'Allemagne (DE)',
      'Australie (AU)',
      'Belgique (BE)',
      'Canada (CA)',
      'Corée du Sud (KR)',
      "États-Unis d'Amérique (US)",
    ]);
    expect(countries).toEqual([...countries].sort((a, b) => a.localeCompare(b, 'en')));
    const codes = ['US', 'AX', 'CI', 'KR', 'AT', 'RE', 'CH', 'DE'];
    const byCountry = Object.fromEntries(codes.sort().map((code) => [code, 1]));
    const rows = column(
      table(facts({ ...report, partnersByCountry: byCountry }, 'markdown'), 'Partenaires par pays'),
      'Pays',
    );
    expect(rows).toEqual(
      codes
        .map((code) => `${COUNTRIES.find((country) => country.code === code)?.name.fr} (${code})`)
        .sort((a, b) => a.localeCompare(b, 'en')),
    );
    expect(column(table(facts(report, 'markdown'), 'Partenaires par région'), 'Région')).toEqual([
      'Amériques',
      'ASEAN',
      'Asie-Pacifique',
      'Europe',
    ]);
    expect(
      column(
        table(facts(report, 'markdown'), "Partenaires par type d'établissement"),
        "Type d'établissement",
      ),
    ).toEqual([
      'Agence de santé publique',
      'Centre hospitalier universitaire',
      'Fondation',
      'Institut de recherche',
      'Organisation non gouvernementale',
      'Université',
    ]);
    // Partners keep their names, so their rows keep the English report's order.
    const mobility = (locale: 'en' | 'fr'): string[] =>
      column(
        table(
          markdownFacts(renderReport(report, 'markdown', { locale })),
          REPORT_MESSAGES['report.caption.mobility'][locale]({}),
        ),
        REPORT_MESSAGES['report.column.partner'][locale]({}),
      );
    expect(mobility('fr').slice(0, -1)).toEqual(mobility('en').slice(0, -1));
    expect(mobility('fr')).toHaveLength(5);
  });

  it('says the same things in Markdown and HTML', () => {
    for (const rendered of [report, quiet, saturated]) {
      expect(facts(rendered, 'html')).toEqual(facts(rendered, 'markdown'));
    }
  });

  it('leaves no English label in the French report', () => {
    // The labels that take no parameter, where English and French differ.
    const english = new Set(
      Object.values(REPORT_MESSAGES).flatMap((message) => {
        try {
          const en: unknown = (message.en as (p: object) => unknown)({});
          const fr: unknown = (message.fr as (p: object) => unknown)({});
          return typeof en === 'string' && en !== fr ? [en] : [];
        } catch {
          return [];
        }
      }),
    );
    expect(english.has('Legend')).toBe(true);
    for (const format of ['markdown', 'html'] as const) {
      const found = facts(report, format);
      const labels = [
        found.title,
        ...found.sections.map((section) => section.heading),
        ...found.tables.flatMap((t) => [t.caption, ...t.head]),
        ...found.terms.flat(),
        ...found.sections.flatMap((section) =>
          section.blocks.flatMap((block) => (block.kind === 'terms' ? [block.heading] : [])),
        ),
      ];
      expect(labels.filter((label) => english.has(label))).toEqual([]);
    }
  });
});

describe('renderReport’s locale option', () => {
  it('is English by default, and English is the report as it always was', () => {
    for (const format of ['markdown', 'html'] as const) {
      const english = renderReport(report, format);
      expect(renderReport(report, format, { locale: 'en' })).toBe(english);
      expect(renderReport(report, format, {})).toBe(english);
      expect(renderReport(report, format, { locale: undefined })).toBe(english);
      expect(renderReport(report, format, fr)).not.toBe(english);
    }
    expect(renderReport(report, 'markdown').split('\n')[0]).toBe(
      '# UHS International Partners Network: report on 2017-06-30',
    );
  });

  it('rejects an unknown locale with a RangeError naming the locales', () => {
    for (const locale of ['de', 'FR', 'fr-FR', '', null, 1]) {
      expect(() =>
        renderReport(report, 'markdown', { locale } as unknown as RenderReportOptions),
      ).toThrow(RangeError);
    }
    expect(() =>
      renderReport(report, 'html', { locale: 'de' } as unknown as RenderReportOptions),
    ).toThrow("renderReport: locale must be one of 'en', 'fr', received 'de'");
  });

  it('does not mutate the report', () => {
    const before = structuredClone(report);
    renderReport(report, 'markdown', fr);
    renderReport(report, 'html', fr);
    expect(report).toEqual(before);
  });
});
