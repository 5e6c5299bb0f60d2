import type { Locale } from '../core/_locales.js';
import { defineMessages, number, orList, type Message } from './_table.js';
import { receivedFr, valueIn } from './common.js';

// Part of the message catalogue (see ./_table.ts): English and French side by side.
// Codes are stable and dotted: `<domain>.<what>`.
//
// The words of the report that `renderReport` writes (`report.*`): its title, section
// headings, table captions and column headers, the words of its status, decision, tier and
// intent values, its legend, and the error of an unknown format. The English wording is the
// one the report always had, so an English report reads byte for byte as before. Params
// carry codes and counts; a title from the catalog is passed as `{ en, fr }` and each
// language takes its own. Dates stay ISO `YYYY-MM-DD` in both languages.

type NoParams = Readonly<Record<string, never>>;

/** A message without params: the same words every time. */
function fixed(en: string, fr: string): Message<NoParams> {
  return { en: () => en, fr: () => fr };
}

/** A title of the catalog in every language (`AREAS[i].title`, `getCountry(c).name` …). */
type Title = Readonly<Record<Locale, string>>;

/** A count in French digits, a non-breaking space, and the word, plural from 2 on. */
function compte(value: number, un: string, plusieurs = `${un}s`): string {
  return `${number(value, 'fr')}\u00a0${value <= 1 ? un : plusieurs}`;
}

/** Cells of the coverage matrix, or `none` / `aucune` when there is none. */
function cells(codes: readonly string[], none: string): string {
  return codes.length === 0 ? none : codes.join(', ');
}

/** A format's name between single quotes, as values are shown. */
function quote(name: string): string {
  return `'${name}'`;
}

/** The French words of the values the report shows as codes in English. */
const STATUTS: Readonly<Record<string, string>> = {
  upcoming: 'à venir',
  active: 'active',
  expiring: 'arrivant à échéance',
  expired: 'expirée',
  terminated: 'résiliée',
  suspended: 'suspendue',
};
const DECISIONS: Readonly<Record<string, string>> = {
  eligible: 'éligible',
  conditional: 'sous conditions',
  ineligible: 'inéligible',
};
const CATEGORIES: Readonly<Record<string, string>> = { key: 'clé', associate: 'associé' };
const INTENTIONS: Readonly<Record<string, string>> = {
  build: 'bâtir',
  renew: 'renouveler',
  strengthen: 'renforcer',
};

/** The French word of a code, or the code itself when the table does not know it. */
function word(table: Readonly<Record<string, string>>, code: string): string {
  return Object.hasOwn(table, code) ? (table[code] ?? code) : code;
}

/** Institution types in running text: their titles in lower case, comma-separated. */
function types(titles: readonly Title[], locale: Locale): string {
  return titles.map((title) => title[locale].toLocaleLowerCase(locale)).join(', ');
}

/** Why `selectProposals` left a proposal out, in words. */
const LEFT_OUT: { readonly [L in Locale]: Readonly<Record<string, string>> } = {
  en: {
    excluded: 'excluded',
    ineligible: 'not eligible on the day (conditional or ineligible)',
    'partner-limit': 'its partner has reached the limit per partner',
    limit: 'the maximum number of proposals is reached',
    'no-gain': 'covers nothing new on the day: its cells are already covered then',
  },
  fr: {
    excluded: 'exclue',
    ineligible: 'non éligible ce jour-là (conditionnelle ou inéligible)',
    'partner-limit': 'son partenaire a atteint le plafond par partenaire',
    limit: 'le nombre maximal de propositions est atteint',
    'no-gain': "n'apporte rien de nouveau ce jour-là\u00a0: ses cases sont alors déjà couvertes",
  },
};

/** @internal */
export const REPORT_MESSAGES = /* @__PURE__ */ defineMessages({
  // The document.
  'report.title': {
    en: (p: { on: string }) => `UHS International Partners Network: report on ${p.on}`,
    fr: (p) => `Réseau des partenaires internationaux de l'UHS\u00a0: rapport au ${p.on}`,
  },
  'report.section.summary': fixed('Summary', 'Synthèse'),
  'report.section.coverage': fixed('Coverage', 'Couverture'),
  'report.section.agreements': fixed(
    'Agreements, strategies and mobility',
    'Conventions, stratégies et mobilité',
  ),
  'report.section.proposals': fixed('Proposals', 'Propositions'),
  'report.section.partners': fixed('Partners', 'Partenaires'),
  'report.section.legend': fixed('Legend', 'Légende'),

  // Table captions, and what a table says when it has no row.
  'report.caption.totals': fixed('Totals', 'Totaux'),
  'report.caption.coverage': fixed(
    'Coverage: partners per area × activity (agreements in force)',
    'Couverture\u00a0: partenaires par domaine prioritaire × activité (conventions en vigueur)',
  ),
  'report.caption.by_status': fixed('Agreements by status', 'Conventions par statut'),
  'report.caption.expiring': {
    en: (p: { days: number }) => `Agreements expiring within ${p.days} days, soonest first`,
    fr: (p) =>
      `Conventions arrivant à échéance sous ${compte(p.days, 'jour')}, les plus proches en tête`,
  },
  'report.caption.strategies': fixed(
    'Strategies of Goal #6 served by agreements in force',
    "Stratégies de l'objectif stratégique n°\u00a06 auxquelles contribuent les conventions en vigueur",
  ),
  'report.caption.mobility': fixed(
    'Mobility balance (people a year, seen from UHS)',
    "Solde des mobilités (personnes par an, du point de vue de l'UHS)",
  ),
  'report.caption.eligibility': fixed('Eligibility of proposals', 'Éligibilité des propositions'),
  'report.caption.by_type': fixed('Partners by type', "Partenaires par type d'établissement"),
  'report.caption.by_region': fixed('Partners by region', 'Partenaires par région'),
  'report.caption.by_country': fixed('Partners by country', 'Partenaires par pays'),
  'report.empty.expiring': {
    en: (p: { days: number; on: string }) =>
      `No agreement in force ends within ${p.days} days of ${p.on}.`,
    fr: (p) =>
      `Aucune convention en vigueur ne prend fin sous ${compte(p.days, 'jour')} à compter du ${p.on}.`,
  },
  'report.empty.eligibility': fixed(
    'The network holds no proposal.',
    'Le réseau ne compte aucune proposition.',
  ),

  // Column headers.
  'report.column.partners': fixed('Partners', 'Partenaires'),
  'report.column.agreements': fixed('Agreements', 'Conventions'),
  'report.column.proposals': fixed('Proposals', 'Propositions'),
  'report.column.area': fixed('Area', 'Domaine prioritaire'),
  'report.column.status': fixed('Status', 'Statut'),
  'report.column.agreement': fixed('Agreement', 'Convention'),
  'report.column.ends_on': fixed('Ends on', 'Date de fin'),
  'report.column.days_left': fixed('Days left', 'Jours restants'),
  'report.column.strategy': fixed('Strategy', 'Stratégie'),
  'report.column.partner': fixed('Partner', 'Partenaire'),
  'report.column.incoming': fixed('Incoming', 'Entrantes'),
  'report.column.outgoing': fixed('Outgoing', 'Sortantes'),
  'report.column.balance': fixed('Balance', 'Solde'),
  'report.column.proposal': fixed('Proposal', 'Proposition'),
  'report.column.decision': fixed('Decision', 'Décision'),
  'report.column.tier': fixed('Tier', 'Catégorie'),
  'report.column.intent': fixed('Intent', 'Intention'),
  'report.column.reasons': fixed(
    'Why not eligible (rules that fail)',
    'Motifs (règles non conformes)',
  ),
  'report.column.type': fixed('Type', "Type d'établissement"),
  'report.column.region': fixed('Region', 'Région'),
  'report.column.country': fixed('Country', 'Pays'),

  // Cells: names from the catalog, the values of closed lists, and the marks.
  'report.coded_title': {
    en: (p: { code: string | number; title: Title }) => `${p.code}. ${p.title.en}`,
    fr: (p) => `${p.code}. ${p.title.fr}`,
  },
  'report.country': {
    en: (p: { code: string; name: Title }) => `${p.name.en} (${p.code})`,
    fr: (p) => `${p.name.fr} (${p.code})`,
  },
  'report.status': {
    en: (p: { status: string }) => p.status,
    fr: (p) => word(STATUTS, p.status),
  },
  'report.decision': {
    en: (p: { decision: string }) => p.decision,
    fr: (p) => word(DECISIONS, p.decision),
  },
  'report.tier': {
    en: (p: { tier: string }) => p.tier,
    fr: (p) => word(CATEGORIES, p.tier),
  },
  'report.intent': {
    en: (p: { intent: string }) => p.intent,
    fr: (p) => word(INTENTIONS, p.intent),
  },
  'report.no_value': fixed('–', '–'),
  'report.total': fixed('Total', 'Total'),
  'report.signed': {
    en: (p: { value: number }) => (p.value > 0 ? `+${p.value}` : String(p.value)),
    fr: (p) => (p.value > 0 ? `+${number(p.value, 'fr')}` : number(p.value, 'fr')),
  },

  // The facts under the coverage matrix.
  'report.fact.gaps': {
    en: (p: { cells: readonly string[] }) => `Gaps (no partner): ${cells(p.cells, 'none')}`,
    fr: (p) => `Lacunes (aucun partenaire)\u00a0: ${cells(p.cells, 'aucune')}`,
  },
  'report.fact.saturated': {
    en: (p: { saturation: number; cells: readonly string[] }) =>
      `Saturated cells (${p.saturation} or more partners): ${cells(p.cells, 'none')}`,
    fr: (p) =>
      `Cases saturées (au moins ${compte(p.saturation, 'partenaire')})\u00a0: ${cells(p.cells, 'aucune')}`,
  },

  // The heat map of the HTML report.
  'report.heat.cell': {
    en: (p: { count: number }) =>
      p.count === 0 ? '0 (gap)' : p.count === 1 ? '1 partner' : `${p.count} partners`,
    fr: (p) => (p.count === 0 ? '0 (lacune)' : compte(p.count, 'partenaire')),
  },
  'report.heat.level_max': {
    en: (p: { count: number }) => `${p.count} or more`,
    fr: (p) => `${number(p.count, 'fr')} ou plus`,
  },
  'report.heat.legend': {
    en: (p: { swatches: string }) =>
      `Shading: ${p.swatches} partners; each cell also states its count.`,
    fr: (p) =>
      `Teintes selon le nombre de partenaires\u00a0: ${p.swatches}\u00a0; chaque case indique aussi ce nombre.`,
  },

  // The outlook: the plan year by year, the renewal calendar, and the proposals to accept.
  'report.section.outlook': fixed('Outlook', 'Perspectives'),
  'report.caption.timeline': {
    en: (p: { start: string; end: string }) =>
      `Coverage by academic year, for the academic years that include the plan (${p.start} to ${p.end}): cells covered, of the 20, and of the 5 of each area, counting every agreement in force on any day of the year`,
    fr: (p) =>
      `Couverture par année universitaire, sur les années universitaires qui recouvrent le plan (du ${p.start} au ${p.end})\u00a0: cases couvertes, sur les 20 et sur les 5 de chaque domaine, en comptant toute convention en vigueur au moins un jour de l'année`,
  },
  'report.caption.sparklines': fixed(
    'Cells covered in each area per academic year (of 5)',
    'Cases couvertes dans chaque domaine prioritaire par année universitaire (sur 5)',
  ),
  'report.sparkline': {
    en: (p: { code: string; title: Title; values: string }) =>
      `Area ${p.code}, ${p.title.en}: cells covered per academic year: ${p.values}`,
    fr: (p) =>
      `Domaine ${p.code}, ${p.title.fr}\u00a0: cases couvertes par année universitaire\u00a0: ${p.values}`,
  },
  'report.caption.renewals': {
    en: (p: { from: string; to: string }) =>
      `Renewal calendar from ${p.from} to ${p.to}, soonest first`,
    fr: (p) => `Calendrier des renouvellements du ${p.from} au ${p.to}, les plus proches en tête`,
  },
  'report.empty.renewals': {
    en: (p: { from: string; to: string }) =>
      `No agreement ends or opens its renewal window between ${p.from} and ${p.to}.`,
    fr: (p) =>
      `Aucune convention ne prend fin ni n'ouvre sa période de renouvellement entre le ${p.from} et le ${p.to}.`,
  },
  'report.caption.selection': {
    en: (p: { max: number }) =>
      `Proposals to accept: at most ${p.max} that together fill the most weighted gaps, in the order chosen`,
    fr: (p) =>
      `Propositions à retenir\u00a0: au plus ${number(p.max, 'fr')}, celles qui comblent ensemble le plus de lacunes pondérées, dans l'ordre du choix`,
  },
  'report.empty.selection': fixed(
    'No eligible proposal would fill a remaining need.',
    'Aucune proposition éligible ne comblerait un besoin restant.',
  ),
  'report.caption.left_out': fixed('Proposals left out', 'Propositions écartées'),
  'report.empty.left_out': fixed('No proposal is left out.', "Aucune proposition n'est écartée."),
  'report.column.academic_year': fixed('Academic year', 'Année universitaire'),
  'report.column.covered': fixed('Cells covered (of 20)', 'Cases couvertes (sur 20)'),
  'report.column.gaps': fixed('Gaps', 'Lacunes'),
  'report.column.in_force': fixed('Agreements in force', 'Conventions en vigueur'),
  'report.column.area_cells': {
    en: (p: { code: string }) => `Area ${p.code}`,
    fr: (p) => `Domaine ${p.code}`,
  },
  'report.column.date': fixed('Date', 'Date'),
  'report.column.event': fixed('Event', 'Échéance'),
  'report.column.cells': fixed('Cells', 'Cases'),
  'report.column.would_open': fixed('Gaps if it lapsed', 'Lacunes si elle expire'),
  'report.column.renewed_by': fixed('Renewed by', 'Renouvelée par'),
  'report.column.order': fixed('Order', 'Ordre'),
  'report.column.gain': fixed('Gain', 'Gain'),
  'report.column.reason': fixed('Reason', 'Motif'),
  'report.period': {
    en: (p: { start: string; end: string }) => `${p.start} to ${p.end}`,
    fr: (p) => `du ${p.start} au ${p.end}`,
  },
  'report.event': {
    en: (p: { event: string }) => (p.event === 'ends' ? 'ends' : 'renewal window opens'),
    fr: (p) =>
      p.event === 'ends' ? 'fin de la convention' : 'ouverture de la période de renouvellement',
  },
  'report.cells': {
    en: (p: { cells: readonly string[] }) => cells(p.cells, 'none'),
    fr: (p) => cells(p.cells, 'aucune'),
  },
  'report.gain': {
    en: (p: { value: number }) => number(p.value, 'en', 3),
    fr: (p) => number(p.value, 'fr', 3),
  },
  'report.left_out': {
    en: (p: { reason: string }) => LEFT_OUT.en[p.reason] ?? p.reason,
    fr: (p) => LEFT_OUT.fr[p.reason] ?? p.reason,
  },
  'report.fact.selection': {
    en: (p: { gain: string; count: number; max: number }) =>
      `Total gain: ${p.gain}, the fall in the weighted gap score were they in force on the day, with ${p.count === 1 ? '1 proposal' : `${p.count} proposals`} chosen (at most ${p.max}). The proposals are chosen greedily, which gains at least (1 − 1/e) ≈ 63% of what the best choice gains.`,
    fr: (p) =>
      `Gain total\u00a0: ${p.gain}, la baisse du score de lacunes pondéré si elles étaient en vigueur ce jour-là, avec ${compte(p.count, 'proposition retenue', 'propositions retenues')} (au plus ${number(p.max, 'fr')}). Les propositions sont choisies de façon gloutonne, ce qui rapporte au moins (1 − 1/e) ≈ 63\u00a0% du gain du meilleur choix.`,
  },

  // The legend.
  'report.legend.tiers': fixed('Tiers', 'Catégories de partenaires'),
  'report.legend.statuses': fixed('Agreement statuses', 'Statuts des conventions'),
  'report.legend.decisions': fixed('Decisions and intents', 'Décisions et intentions'),
  'report.legend.term': {
    en: (p: { term: string; meaning: string }) => `${p.term}: ${p.meaning}`,
    fr: (p) => `${p.term}\u00a0: ${p.meaning}`,
  },
  'report.meaning.tier': {
    en: (p: { tier: string; types: readonly Title[] }) =>
      p.tier === 'key'
        ? `an academic or research institution (${types(p.types, 'en')}); it must declare at least one health-sciences field.`
        : `any other organisation (${types(p.types, 'en')}).`,
    fr: (p) =>
      p.tier === 'key'
        ? `un établissement universitaire ou de recherche (${types(p.types, 'fr')})\u00a0; il doit déclarer au moins un domaine d'études des sciences de la santé.`
        : `tout autre organisme (${types(p.types, 'fr')}).`,
  },
  'report.meaning.no_tier': fixed(
    'no tier, as an ineligible proposal earns none.',
    "aucune catégorie, car une proposition inéligible n'en obtient pas.",
  ),
  'report.meaning.status': {
    en: (p: { status: string; days: number }) => {
      switch (p.status) {
        case 'upcoming':
          return 'signed, but its period has not started on the day of the report.';
        case 'active':
          return `in force, and ends more than ${p.days} days after the day of the report.`;
        case 'expiring':
          return `in force, and ends within ${p.days} days of the day of the report; time to renew it.`;
        case 'expired':
          return 'its period ended before the day of the report.';
        case 'terminated':
          return 'ended before the end of its period, on or before the day of the report.';
        default: // suspended
          return 'within its period, but suspended.';
      }
    },
    fr: (p) => {
      switch (p.status) {
        case 'upcoming':
          return 'signée, mais pas encore entrée en vigueur à la date du rapport.';
        case 'active':
          return `en vigueur et prenant fin plus de ${compte(p.days, 'jour')} après la date du rapport.`;
        case 'expiring':
          return `en vigueur et prenant fin au plus ${compte(p.days, 'jour')} après la date du rapport\u00a0; il est temps de la renouveler.`;
        case 'expired':
          return 'arrivée à son terme avant la date du rapport.';
        case 'terminated':
          return 'ayant pris fin avant son terme, au plus tard à la date du rapport.';
        default: // suspended
          return 'dans sa période de validité, mais suspendue.';
      }
    },
  },
  'report.term.in_force': fixed('in force', 'en vigueur'),
  'report.meaning.in_force': fixed(
    'active or expiring. Only agreements in force count for coverage, strategies and mobility.',
    'active ou arrivant à échéance. Seules les conventions en vigueur sont prises en compte pour la couverture, les stratégies et la mobilité.',
  ),
  'report.meaning.decision': {
    en: (p: { decision: string }) =>
      p.decision === 'eligible'
        ? 'no blocking or fixable rule fails.'
        : p.decision === 'conditional'
          ? 'a rule that the partner can fix fails, such as naming a focal point.'
          : 'a blocking rule fails, such as a partner in the home country.',
    fr: (p) =>
      p.decision === 'eligible'
        ? 'aucune règle bloquante ou corrigible ne donne un résultat non conforme.'
        : p.decision === 'conditional'
          ? 'une règle que le partenaire peut corriger est non conforme, comme celle qui demande un point focal.'
          : "une règle bloquante est non conforme, comme celle qui écarte un partenaire situé dans le pays de l'établissement d'origine.",
  },
  'report.meaning.intent': {
    en: (p: { intent: string }) =>
      p.intent === 'build'
        ? 'a new partnership: no agreement with the partner yet.'
        : p.intent === 'renew'
          ? 'the partner’s agreements have ended, or those in force end soon.'
          : 'the partner has an agreement in force for a while yet, or one about to start.',
    fr: (p) =>
      p.intent === 'build'
        ? 'un nouveau partenariat, sans convention avec le partenaire à ce jour.'
        : p.intent === 'renew'
          ? 'les conventions du partenaire ont pris fin, ou celles qui sont en vigueur arrivent bientôt à échéance.'
          : "le partenaire a une convention qui reste en vigueur pour un certain temps encore, ou une convention sur le point d'entrer en vigueur.",
  },

  // Errors.
  'report.format.unknown': {
    en: (p: { caller: string; received: unknown; allowed: readonly string[] }) =>
      `${p.caller}: format must be ${orList(p.allowed.map(quote), 'en')}, received ${valueIn(p.received, 'en')}`,
    fr: (p) =>
      `${p.caller}\u00a0: le format doit être ${orList(p.allowed.map(quote), 'fr')}, ${receivedFr(p.received)}`,
  },
});
