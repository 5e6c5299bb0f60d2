import { JSON_SCHEMA_NAMES } from '../../json-schema/names.js';
import { toJsonSchema } from '../../json-schema/toJsonSchema.js';
import { parseArguments } from '../_arguments.js';
import { EXIT, usageError, type ExitCode } from '../_errors.js';
import { MESSAGES } from '../_messages.js';
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
 * // stdout: { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:uhs:partners-network:partner:1", … }
 * //=> 0
 * ```
 */
export function runSchema(args: readonly string[], context: CommandContext): Promise<ExitCode> {
  const { positionals } = parseArguments('schema', args, OPTIONS);
  const [wanted = 'network', extra] = positionals;
  if (extra !== undefined) throw usageError(MESSAGES.unexpectedArgument(extra), 'schema');
  const name = JSON_SCHEMA_NAMES.find(
    (candidate) => candidate.toLowerCase() === wanted.toLowerCase(),
  );
  if (name === undefined)
    throw usageError(MESSAGES.unknownSchema(wanted, JSON_SCHEMA_NAMES), 'schema');
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
  summary: 'Print the JSON Schema of a kind of document',
  help: `Usage: uhs-network schema [Name]

Prints the JSON Schema (draft 2020-12) of a kind of document, for validators in other
languages: ${JSON_SCHEMA_NAMES.join(', ')} (default: Network; any casing). The package
ships the same schemas as schemas/<name>.schema.json.

  -h, --help   Show this help.

Exit codes: 0 done; 2 an unknown name.

Example:
  uhs-network schema partner > partner.schema.json
`,
  run: runSchema,
};
