import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonText, type JsonTextResult } from '../../src/cli/_json.js';
import { cliText } from '../../src/cli/_text.js';

/** The reason a result gives, in words (the message `cli.invalid_json` without its start). */
function reasonOf(result: JsonTextResult, locale: 'en' | 'fr' = 'en'): string {
  if (result.ok) return '';
  const start = locale === 'en' ? 'invalid JSON: ' : 'JSON invalide\u00a0: ';
  return cliText('cli.invalid_json', result.problem, locale).slice(start.length);
}

/** A result as the tests read it: the problem said in English. */
function worded(result: JsonTextResult): unknown {
  return result.ok
    ? result
    : { ok: false, line: result.line, column: result.column, reason: reasonOf(result) };
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** JSON text with one character inserted, deleted or replaced: often no longer JSON. */
const damagedJson = fc
  .tuple(
    fc
      .tuple(fc.jsonValue(), fc.constantFrom(0, 2))
      .map(([value, indent]) => JSON.stringify(value, null, indent)),
    fc.nat(),
    fc.constantFrom('insert', 'delete', 'replace'),
    fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '"',
      '\\',
      'x',
      '0',
      '-',
      '.',
      'e',
      ' ',
      '\n',
      '\t',
      "'",
    ),
  )
  .map(([text, at, edit, char]) => {
    const index = text.length === 0 ? 0 : at % text.length;
    if (edit === 'insert') return text.slice(0, index) + char + text.slice(index);
    if (edit === 'delete') return text.slice(0, index) + text.slice(index + 1);
    return text.slice(0, index) + char + text.slice(index + 1);
  });

describe('parseJsonText', () => {
  it('accepts exactly what JSON.parse accepts, with the same value', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          damagedJson,
          fc.string(),
          fc.jsonValue().map((value) => JSON.stringify(value)),
        ),
        (text) => {
          const result = parseJsonText(text);
          expect(result.ok).toBe(parses(text));
          if (result.ok) expect(result.value).toEqual(JSON.parse(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('locates every error inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(damagedJson, fc.string({ unit: 'binary' })), (text) => {
        const result = parseJsonText(text);
        if (result.ok) return;
        expect(result.line).toBeDefined();
        const lines = text.split('\n');
        expect(result.line).toBeGreaterThanOrEqual(1);
        expect(result.line).toBeLessThanOrEqual(lines.length);
        expect(result.column).toBeGreaterThanOrEqual(1);
        expect(result.column).toBeLessThanOrEqual((lines[result.line! - 1] ?? '').length + 1);
        expect(reasonOf(result)).not.toBe('');
        expect(reasonOf(result, 'fr')).not.toBe('');
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['{"a": 1}', { ok: true, value: { a: 1 } }],
    ['\uFEFF[1]', { ok: true, value: [1] }],
    [
      '{\n  "a": 1,\n}',
      {
        ok: false,
        line: 3,
        column: 1,
        reason: "expected a property name in double quotes, found '}'",
      },
    ],
    ['[1,]', { ok: false, line: 1, column: 4, reason: "expected a value, found ']'" }],
    ['[1 2]', { ok: false, line: 1, column: 4, reason: "expected ',' or ']', found '2'" }],
    [
      '{"a" 1}',
      { ok: false, line: 1, column: 6, reason: "expected ':' after a property name, found '1'" },
    ],
    ['"abc', { ok: false, line: 1, column: 5, reason: 'unterminated string' }],
    ['"\\x"', { ok: false, line: 1, column: 2, reason: "invalid escape '\\x' in a string" }],
    ['"\\u12G4"', { ok: false, line: 1, column: 2, reason: "invalid escape '\\u' in a string" }],
    ['tru', { ok: false, line: 1, column: 1, reason: "expected a value, found 't'" }],
    ['-', { ok: false, line: 1, column: 1, reason: 'invalid number' }],
    ['1.', { ok: false, line: 1, column: 1, reason: 'invalid number' }],
    ['{}\n\n x', { ok: false, line: 3, column: 2, reason: "unexpected 'x' after the JSON value" }],
    ['\u00e9', { ok: false, line: 1, column: 1, reason: 'expected a value, found "\u00e9"' }],
  ])('%j', (text, expected) => {
    expect(worded(parseJsonText(text))).toEqual(expected);
  });

  it.each([
    ['{\n  "a": 1,\n}', "nom de propriété entre guillemets doubles attendu au lieu de '}'"],
    ['[1,', 'valeur attendue au lieu de la fin du texte'],
    ['[1 2]', "',' ou ']' attendu au lieu de '2'"],
    ['{"a" 1}', "':' attendu après un nom de propriété au lieu de '1'"],
    ['"abc', 'chaîne non terminée'],
    ['"a\tb"', 'caractère de contrôle "\\t" dans une chaîne (échappez-le)'],
    ['"\\x"', "échappement '\\x' invalide dans une chaîne"],
    ['-', 'nombre invalide'],
    ['{}\n\n x', "caractère 'x' inattendu après la valeur JSON"],
  ])('says what is wrong with %j in French', (text, reason) => {
    expect(reasonOf(parseJsonText(text), 'fr')).toBe(reason);
  });

  it('says in French that text is nested too deeply', () => {
    expect(cliText('cli.invalid_json', { problem: 'nested', column: undefined }, 'fr')).toBe(
      'JSON invalide\u00a0: il est imbriqué trop profondément',
    );
    expect(cliText('cli.invalid_json', { problem: 'nested' }, 'en')).toBe(
      'invalid JSON: it is nested too deeply',
    );
  });

  it('reads deep nesting without overflowing the stack', () => {
    const depth = 200_000;
    expect(parseJsonText('['.repeat(depth) + ']'.repeat(depth)).ok).toBe(true);
    const broken = parseJsonText(`${'['.repeat(depth)}}`);
    expect(broken).toMatchObject({ ok: false, line: 1, column: depth + 1 });
  });
});
