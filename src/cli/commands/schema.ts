import { JSON_SCHEMA_NAMES } from '../../json-schema/names.js';
import { toJsonSchema } from '../../json-schema/toJsonSchema.js';
import { parseArguments } from '../_arguments.js';
import { EXIT, usageError, type ExitCode } from '../_errors.js';
import { cliText } from '../_text.js';
import type { Command, CommandContext } from './_command.js';

const OPTIONS = { help: { type: 'boolean', short: 'h' } } as const;

/**
 * `uhs-network schema [Name]`: prints the JSON Schema (draft 2020-12) of a kind of
 * document, from `toJsonSchema` (default `network`; the name in any casing).
 *
 * @param args - The arguments after `schema`.
 * @param context - The io.
 * @returns 0 once the schema is printed.
 * @throws CliError (exit 2) for an unknown name or an extra argument.
 *
 * @example
 * ```ts
 * await runSchema(['Partner'], context);
 * // stdout: { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:uhs:partners-network:partner:2", … }
 * //=> 0
 * ```
 */
export function runSchema(args: readonly string[], context: CommandContext): Promise<ExitCode> {
  const { positionals } = parseArguments('schema', args, OPTIONS);
  const [wanted = 'network', extra] = positionals;
  if (extra !== undefined)
    throw usageError('cli.unexpected_argument', { argument: extra }, 'schema');
  const name = JSON_SCHEMA_NAMES.find(
    (candidate) => candidate.toLowerCase() === wanted.toLowerCase(),
  );
  if (name === undefined) {
    throw usageError(
      'cli.unknown_schema',
      { name: wanted, names: [...JSON_SCHEMA_NAMES] },
      'schema',
    );
  }
  context.io.stdout(`${JSON.stringify(toJsonSchema(name), null, 2)}\n`);
  return Promise.resolve(EXIT.ok);
}

/**
 * The `schema` command.
 *
 * @example
 * ```ts
 * await schemaCommand.run(['proposal'], context); //=> 0
 * ```
 */
export const schemaCommand: Command = {
  name: 'schema',
  summary: (locale) => cliText('cli.schema.summary', {}, locale),
  help: (locale) => cliText('cli.schema.help', { names: [...JSON_SCHEMA_NAMES] }, locale),
  run: runSchema,
};
