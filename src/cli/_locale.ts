import { LOCALES, type Locale } from '../core/_locales.js';
import { usageError } from './_errors.js';

/**
 * The language of a run: the global option `--lang en|fr`, else the locale of the
 * environment (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, as POSIX reads them).
 *
 * @internal
 * @module
 */

/** The environment variables that name the locale of messages, strongest first (POSIX). */
const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/** `fr`, `fr_FR.UTF-8`, `fr_BE@euro`, `fr-CA`, `french` (a glibc alias): French. */
const FRENCH = /^fr/i;

/**
 * The language the environment asks for: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
 * that is set (and not empty) decides; French when it starts with `fr` (`fr_FR.UTF-8`),
 * English otherwise (`C`, `POSIX`, `en_US.UTF-8`, `de_DE` …) or when none is set.
 *
 * @internal
 * @param env - The environment.
 * @returns `'fr'` or `'en'`.
 *
 * @example
 * ```ts
 * environmentLocale({ LANG: 'fr_FR.UTF-8' }); //=> 'fr'
 * environmentLocale({ LC_ALL: 'C', LANG: 'fr_FR.UTF-8' }); //=> 'en'
 * environmentLocale({}); //=> 'en'
 * ```
 */
export function environmentLocale(env: Readonly<Record<string, string | undefined>>): Locale {
  for (const name of LOCALE_VARIABLES) {
    const value = env[name];
    if (value !== undefined && value !== '') return FRENCH.test(value) ? 'fr' : 'en';
  }
  return 'en';
}

/**
 * The command line without its global `--lang` option, and the value that option gives.
 *
 * @internal
 * @example
 * ```ts
 * const taken: LangOption = { args: ['report', 'x.json'], value: 'fr' };
 * ```
 */
export interface LangOption {
  /** The arguments, `--lang` and its value left out. */
  readonly args: readonly string[];
  /** The value of the last `--lang`: `undefined` when there is none, `''` when it lacks one. */
  readonly value: string | undefined;
}

/**
 * Takes the global option `--lang LANG` (or `--lang=LANG`) out of a command line, wherever
 * it stands before `--`; the last one wins.
 *
 * @internal
 * @param argv - The whole command line.
 * @returns The other arguments and the value.
 *
 * @example
 * ```ts
 * takeLangOption(['validate', '--lang', 'fr', 'x.json']); //=> { args: ['validate', 'x.json'], value: 'fr' }
 * takeLangOption(['validate', '--', '--lang']); //=> { args: ['validate', '--', '--lang'], value: undefined }
 * ```
 */
export function takeLangOption(argv: readonly string[]): LangOption {
  const args: string[] = [];
  let value: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--') {
      // Everything after `--` is an argument, `--lang` included.
      return { args: args.concat(argv.slice(index)), value };
    }
    if (arg.startsWith('--lang=')) {
      value = arg.slice('--lang='.length);
    } else if (arg === '--lang') {
      const next = argv[index + 1];
      if (next === undefined || next.startsWith('-')) {
        value = '';
      } else {
        value = next;
        index += 1;
      }
    } else {
      args.push(arg);
    }
  }
  return { args, value };
}

/**
 * The language a `--lang` value names, in any casing.
 *
 * @internal
 * @param value - The value given.
 * @returns The locale, or `undefined` when it is not one of `LOCALES`.
 *
 * @example
 * ```ts
 * localeNamed('FR'); //=> 'fr'
 * localeNamed('de'); //=> undefined
 * ```
 */
export function localeNamed(value: string): Locale | undefined {
  return LOCALES.find((locale) => locale === value.toLowerCase());
}

/**
 * The language of a run, and its arguments without `--lang`.
 *
 * @internal
 * @param argv - The whole command line.
 * @param env - The environment.
 * @returns The locale, whether `--lang` chose it, and the other arguments.
 * @throws CliError (exit 2) for a `--lang` without a value, or another value than `en`, `fr`.
 *
 * @example
 * ```ts
 * chooseLocale(['--lang', 'fr', 'schema'], {}); //=> { locale: 'fr', lang: 'fr', args: ['schema'] }
 * chooseLocale(['schema'], { LANG: 'fr_BE.UTF-8' }); //=> { locale: 'fr', lang: undefined, args: ['schema'] }
 * chooseLocale(['--lang', 'de', 'schema'], {}); // throws: --lang: expected one of en, fr, received 'de'
 * ```
 */
export function chooseLocale(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): { locale: Locale; lang: Locale | undefined; args: readonly string[] } {
  const { args, value } = takeLangOption(argv);
  if (value === undefined) return { locale: environmentLocale(env), lang: undefined, args };
  if (value === '') throw usageError('cli.option_needs_value', { option: '--lang' });
  const locale = localeNamed(value);
  if (locale === undefined) {
    throw usageError('cli.bad_choice', {
      option: '--lang',
      received: value,
      choices: [...LOCALES],
    });
  }
  return { locale, lang: locale, args };
}

/**
 * The language of a run for the bin's own last-resort messages: like {@link chooseLocale},
 * but a bad `--lang` falls back to the environment instead of failing.
 *
 * @internal
 * @param argv - The whole command line.
 * @param env - The environment.
 * @returns `'en'` or `'fr'`.
 *
 * @example
 * ```ts
 * localeOfRun(['--lang', 'de'], { LANG: 'fr_FR.UTF-8' }); //=> 'fr'
 * ```
 */
export function localeOfRun(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Locale {
  const { value } = takeLangOption(argv);
  return (value === undefined ? undefined : localeNamed(value)) ?? environmentLocale(env);
}
