/**
 * Hostile and huge input (issue #16): the CLI's side. Each block is one finding of the
 * issue, kept as a regression test. Inputs are sized to run in seconds; the memory bound of
 * `validate` on a file of hundreds of megabytes is measured by bench/validate-ndjson.mjs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDecoder } from 'node:util';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { duplicateKeyIssues } from '../../src/cli/_duplicateKeys.js';
import { escapeControl } from '../../src/cli/_escape.js';
import { maxJsonBytes, readNdjson } from '../../src/cli/_input.js';
import { formatTable } from '../../src/cli/_table.js';
import { firstInvalidUtf8 } from '../../src/cli/_utf8.js';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import {
  CLI_PATH,
  EXAMPLE,
  exampleValue,
  fakeIo,
  ROOT,
  runCli,
  spawnCli,
  STACK_LINE,
} from './_helpers.js';

const example = exampleValue() as {
  partners: Record<string, unknown>[];
  agreements: unknown[];
  proposals: unknown[];
};
const [lyon] = example.partners as [Record<string, unknown>];
const LYON = JSON.stringify(lyon);

/** A network of `count` empty partners: about 7 issues each. */
function emptyPartners(count: number): string {
  return JSON.stringify({ schemaVersion: 1, partners: Array(count).fill({}), agreements: [] });
}

/** C0, DEL, C1 and U+2028/2029: what must never reach a terminal raw. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

/** Runs the CLI in-process with files read as streams of the given chunks. */
async function runStreaming(
  argv: readonly string[],
  files: Readonly<Record<string, () => AsyncIterable<Uint8Array>>>,
  extra: Partial<CliIo> = {},
): Promise<{ code: number; stdout: string[]; stderr: string }> {
  const fake = fakeIo({ diskFallback: false });
  const io: CliIo = {
    ...fake.io,
    openFile: (path) => {
      const open = files[path];
      if (open === undefined && existsSync(join(ROOT, path))) {
        return chunked(readFileSync(join(ROOT, path)), 1 << 16);
      }
      if (open === undefined) {
        return {
          [Symbol.asyncIterator]: () => ({
            next: () => Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' })),
          }),
        };
      }
      return open();
    },
    ...extra,
  };
  const code = await run(argv, io);
  return { code, stdout: fake.stdout, stderr: fake.stderr.join('') };
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += size) {
    await Promise.resolve();
    yield bytes.subarray(start, start + size);
  }
}

describe('#16.1 validate survives a file of many issues', () => {
  it('20,000 empty partners: the issues are listed up to the cap, and the next file is still checked', async () => {
    const result = await runCli(['validate', 'many.json', EXAMPLE], {
      files: { 'many.json': emptyPartners(20_000) },
    });
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    // 1,000 issues, then the library's too_many_issues line.
    expect(lines).toHaveLength(1001);
    expect(lines[0]).toMatch(/^many\.json: partners\[0\]\./);
    expect(lines.at(-1)).toMatch(/^many\.json: \(root\): .*1000 issues/);
    expect(result.stderr).toContain('many.json: invalid network (1000 issues)');
    expect(result.stderr).toContain('--max-issues');
    expect(result.stderr).toContain(`${EXAMPLE}: valid network`);
  });

  it('one partner with 130,000 duplicate fields', async () => {
    const partner = { ...lyon, fields: Array<string>(130_000).fill('0912') };
    const network = { schemaVersion: 1, partners: [partner], agreements: [] };
    const result = await runCli(['validate', 'fields.json', EXAMPLE], {
      files: { 'fields.json': JSON.stringify(network) },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('fields.json: partners[0].fields');
    expect(result.stderr).toContain(`${EXAMPLE}: valid network`);
  });

  it('--max-issues N lists at most N issues of a document, then says how many were left out', async () => {
    const result = await runCli(['validate', 'many.json', '--max-issues', '5'], {
      files: { 'many.json': emptyPartners(100) },
    });
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[5]).toMatch(/^many\.json: \(root\): .*5 issues/);
    expect(result.stderr).toBe(
      'many.json: invalid network (5 issues); only the first 5 issues of each document or record are listed (--max-issues)\n',
    );
  });

  it('--max-issues applies to each record of an array or NDJSON file', async () => {
    const lines = `{}\n${LYON}\n{}\n`;
    const result = await runCli(['validate', '--kind', 'partner', 'p.ndjson', '--max-issues=2'], {
      files: { 'p.ndjson': lines },
    });
    expect(result.code).toBe(1);
    const out = result.stdout.trimEnd().split('\n');
    // Two issues and the cut line for line 1 and for line 3; nothing for line 2.
    expect(out).toHaveLength(6);
    expect(out.filter((line) => line.startsWith('p.ndjson:1: '))).toHaveLength(3);
    expect(out.filter((line) => line.startsWith('p.ndjson:3: '))).toHaveLength(3);
  });

  it.each([['0'], ['-1'], ['1.5'], ['many'], ['']])(
    '--max-issues %j is a usage error (exit 2)',
    async (value) => {
      const result = await runCli(['validate', EXAMPLE, `--max-issues=${value}`]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('--max-issues: expected a whole number ≥ 1');
    },
  );

  it('--help documents --max-issues', async () => {
    expect((await runCli(['validate', '--help'])).stdout).toMatch(/--max-issues N/);
  });

  it('no spread of an unbounded array into push(...) anywhere in the CLI', () => {
    const directory = join(ROOT, 'src/cli');
    const files = [
      ...readdirSync(directory).map((file) => join(directory, file)),
      ...readdirSync(join(directory, 'commands')).map((file) => join(directory, 'commands', file)),
    ].filter((file) => file.endsWith('.ts'));
    for (const file of files) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\.push\(\s*\.\.\./);
    }
  });
});

describe('#16.3 NDJSON issues are written as they are found', () => {
  it('many issues reach stdout in bounded pieces, never as one string', async () => {
    const lines = '{}\n'.repeat(3000);
    const result = await runStreaming(['validate', '--kind', 'partner', 'p.ndjson'], {
      'p.ndjson': () => chunked(encode(lines), 4096),
    });
    expect(result.code).toBe(1);
    const text = result.stdout.join('');
    expect(text.split('\n').filter((line) => line.startsWith('p.ndjson:3000: '))).not.toEqual([]);
    expect(result.stdout.length).toBeGreaterThan(10);
    for (const piece of result.stdout) expect(piece.length).toBeLessThan(128 * 1024);
    expect(result.stderr).toMatch(/^p\.ndjson: \d+ issues in 3000 of 3000 partners\n$/);
  });

  it('reads the input line by line: the first issue is written before the end is read', async () => {
    let written = 0;
    const seen: number[] = [];
    const fake = fakeIo({ diskFallback: false });
    const io: CliIo = {
      ...fake.io,
      stdout: (text) => {
        written += text.length;
      },
      openFile: async function* () {
        for (let chunk = 0; chunk < 10; chunk += 1) {
          seen.push(written);
          await Promise.resolve();
          // 500 empty records a chunk: enough issues to fill pieces of output.
          yield encode('{}\n'.repeat(500));
        }
      },
    };
    expect(await run(['validate', '--kind', 'partner', 'p.ndjson'], io)).toBe(1);
    // Output had begun long before the last chunk was asked for.
    expect(seen[2]).toBeGreaterThan(0);
    expect(seen.at(-1)).toBeGreaterThan(seen[2] ?? 0);
  });

  it('keeps line numbers and CRLF handling across chunk boundaries', async () => {
    const text = `${LYON}\r\n\r\n{"id":\r\n${LYON}\n{}`;
    for (const size of [1, 2, 7, 64, 1 << 20]) {
      const result = await runStreaming(['validate', '--kind', 'partner', 'p.ndjson'], {
        'p.ndjson': () => chunked(encode(text), size),
      });
      expect(result.code, `chunks of ${size}`).toBe(1);
      const out = result.stdout.join('');
      expect(out).toMatch(/^p\.ndjson:3: invalid JSON: /);
      expect(out).toMatch(/\np\.ndjson:5: id: /);
      expect(result.stderr).toMatch(/ in 2 of 4 partners\n$/);
    }
  });

  it('the lines read are the lines of the input, however it is cut (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 8 }),
        fc.integer({ min: 1, max: 16 }),
        async (lines, size) => {
          const text = lines.join('\n');
          const io: CliIo = {
            ...fakeIo().io,
            openFile: () => chunked(encode(text), size),
          };
          const got: string[] = [];
          for await (const piece of readNdjson('x.ndjson', io)) {
            expect(piece.ok).toBe(true);
            if (piece.ok) {
              expect(piece.firstLine).toBe(got.length + 1);
              got.push(...piece.lines);
            }
          }
          expect(got).toEqual(text === '' ? [] : text.replace(/\n$/, '').split('\n'));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('#16.7 invalid UTF-8 is reported with the offset of the first bad byte', () => {
  const latin1 = Buffer.from(
    '{"schemaVersion": 1,\n "partners": [], "agreements": [], "x": "caf\xe9"}',
    'latin1',
  );

  it('a Latin-1 network file: exit 1, the byte and its offset', async () => {
    const result = await runStreaming(['validate', 'latin1.json'], {
      'latin1.json': () => chunked(latin1, 1 << 20),
    });
    expect(result.code).toBe(1);
    const offset = latin1.indexOf(0xe9);
    expect(result.stdout.join('')).toBe(
      `latin1.json:2: invalid UTF-8: byte 0xE9 at byte offset ${offset} (the file must be UTF-8 text)\n`,
    );
    expect(result.stderr).toBe('latin1.json: not UTF-8 text\n');
  });

  it('report and eligibility refuse it too (exit 1)', async () => {
    for (const command of ['report', 'eligibility']) {
      const result = await runStreaming([command, 'latin1.json'], {
        'latin1.json': () => chunked(latin1, 5),
      });
      expect(result.code, command).toBe(1);
      expect(result.stderr).toContain('latin1.json:2: invalid UTF-8: byte 0xE9 at byte offset');
    }
  });

  it('NDJSON: the lines before the bad byte are checked; the bad line is named', async () => {
    const bytes = Buffer.concat([
      encode(`${LYON}\n{}\n`),
      Buffer.from('{"name": "Universit\xe9"}\n', 'latin1'),
      encode(`${LYON}\n`),
    ]);
    const result = await runStreaming(['validate', '--kind', 'partner', 'p.ndjson'], {
      'p.ndjson': () => chunked(bytes, 3),
    });
    expect(result.code).toBe(1);
    const out = result.stdout.join('');
    expect(out).toContain('p.ndjson:2: ');
    expect(out).toContain(
      `p.ndjson:3: invalid UTF-8: byte 0xE9 at byte offset ${bytes.indexOf(0xe9)} (the file must be UTF-8 text)\n`,
    );
    expect(result.stderr).toBe('p.ndjson: not UTF-8 text\n');
  });

  it('a character cut between two chunks is still read whole', async () => {
    const text = `${JSON.stringify({ ...lyon, name: 'Université Exemple de Lyon 🏥 (fictional)' })}\n`;
    for (const size of [1, 2, 3, 5]) {
      const ndjson = await runStreaming(['validate', '--kind', 'partner', 'p.ndjson'], {
        'p.ndjson': () => chunked(encode(text), size),
      });
      expect(ndjson.code).toBe(0);
      const json = await runStreaming(['validate', '--kind', 'partner', 'p.json'], {
        'p.json': () => chunked(encode(text), size),
      });
      expect(json.code).toBe(0);
    }
  });

  it('a byte order mark at the start is still accepted', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), encode(JSON.stringify(lyon))]);
    const result = await runStreaming(['validate', '--kind', 'partner', 'p.json'], {
      'p.json': () => chunked(bom, 2),
    });
    expect(result).toMatchObject({ code: 0, stderr: 'p.json: valid partner\n' });
  });

  it('the built bin reads standard input strictly too', () => {
    const result = spawnCli(['validate', '-'], { input: latin1 });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^<stdin>:2: invalid UTF-8: byte 0xE9 at byte offset \d+/);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('firstInvalidUtf8 agrees with a fatal TextDecoder, and everything before it decodes (property)', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 12 }),
          fc.string({ unit: 'grapheme' }).map((text) => encode(text)),
          fc
            .tuple(fc.string({ unit: 'grapheme' }), fc.uint8Array({ minLength: 1, maxLength: 3 }))
            .map(([text, bytes]) => Buffer.concat([encode(text), bytes])),
        ),
        (bytes) => {
          let accepted = true;
          try {
            decoder.decode(bytes);
          } catch {
            accepted = false;
          }
          const bad = firstInvalidUtf8(bytes);
          expect(bad === undefined).toBe(accepted);
          if (bad !== undefined) {
            expect(() => decoder.decode(bytes.subarray(0, bad.offset))).not.toThrow();
            expect(bad.byte).toBe(bytes[bad.offset]);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('#16.8 input is streamed, and a document has a documented maximum size', () => {
  it('a document larger than the maximum: exit 2, and reading stops there', async () => {
    let chunksRead = 0;
    const result = await runStreaming(
      ['validate', 'zero.json', EXAMPLE],
      {
        'zero.json': async function* () {
          // /dev/zero: never ends.
          for (;;) {
            chunksRead += 1;
            await Promise.resolve();
            yield new Uint8Array(1024);
          }
        },
      },
      { env: { UHS_NETWORK_MAX_JSON_BYTES: '64K' } },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "uhs-network: cannot read 'zero.json': it is larger than 64 KiB, the most read as one JSON document (set UHS_NETWORK_MAX_JSON_BYTES to raise it, or give one record a line as NDJSON)",
    );
    expect(chunksRead).toBe(65);
  });

  it('an NDJSON line longer than the maximum: exit 2, after the lines before it', async () => {
    const result = await runStreaming(
      ['validate', '--kind', 'partner', 'p.ndjson'],
      { 'p.ndjson': () => chunked(encode(`{}\n${'x'.repeat(5000)}\n{}\n`), 100) },
      { env: { UHS_NETWORK_MAX_JSON_BYTES: '4096' } },
    );
    expect(result.code).toBe(2);
    expect(result.stdout.join('')).toMatch(/^p\.ndjson:1: /);
    expect(result.stderr).toBe(
      "uhs-network: cannot read 'p.ndjson:2': the line is longer than 4 KiB, the most read as one record (set UHS_NETWORK_MAX_JSON_BYTES to raise it)\n",
    );
  });

  it('the default is 256 MiB; the variable takes bytes or K, M, G', () => {
    expect(maxJsonBytes({})).toBe(256 * 1024 * 1024);
    expect(maxJsonBytes({ UHS_NETWORK_MAX_JSON_BYTES: '1000' })).toBe(1000);
    expect(maxJsonBytes({ UHS_NETWORK_MAX_JSON_BYTES: '2k' })).toBe(2048);
    expect(maxJsonBytes({ UHS_NETWORK_MAX_JSON_BYTES: '300MiB' })).toBe(300 * 1024 * 1024);
    for (const value of ['0', 'lots', '-5', '1.5M', '2G', '999999999999']) {
      expect(() => maxJsonBytes({ UHS_NETWORK_MAX_JSON_BYTES: value }), value).toThrow(
        /UHS_NETWORK_MAX_JSON_BYTES: expected a size in bytes from 1 to/,
      );
    }
  });

  it('a bad UHS_NETWORK_MAX_JSON_BYTES is a usage error for every command that reads', async () => {
    for (const argv of [
      ['validate', EXAMPLE],
      ['report', EXAMPLE],
    ]) {
      const result = await runCli(argv, { env: { UHS_NETWORK_MAX_JSON_BYTES: 'lots' } });
      expect(result.code, argv[0]).toBe(2);
      expect(result.stderr).toContain('UHS_NETWORK_MAX_JSON_BYTES: expected a size in bytes');
    }
  });

  it.skipIf(!existsSync('/dev/zero'))(
    'the built bin on /dev/zero: exit 2 at once, for a file and for stdin',
    () => {
      const env = { UHS_NETWORK_MAX_JSON_BYTES: '1M' };
      const file = spawnCli(['validate', '/dev/zero'], { env });
      expect(file.code).toBe(2);
      expect(file.stderr).toBe(
        "uhs-network: cannot read '/dev/zero': it is larger than 1 MiB, the most read as one JSON document (set UHS_NETWORK_MAX_JSON_BYTES to raise it, or give one record a line as NDJSON)\n",
      );
      const ndjson = spawnCli(['validate', '--ndjson', '/dev/zero'], { env });
      expect(ndjson.code).toBe(2);
      expect(ndjson.stderr).toContain("cannot read '/dev/zero:1': the line is longer than 1 MiB");
      const stdin = spawnCli(['report', '-'], { env, input: Buffer.alloc(3 * 1024 * 1024, 0x20) });
      expect(stdin.code).toBe(2);
      expect(stdin.stderr).toContain("cannot read '<stdin>': it is larger than 1 MiB");
    },
  );

  it('the built bin streams NDJSON from standard input', () => {
    const input = `${LYON}\n`.repeat(2000) + '{}\n';
    const result = spawnCli(['validate', '--kind', 'partner', '--ndjson', '-'], { input });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^<stdin>:2001: /);
    expect(result.stderr).toMatch(/ in 1 of 2001 partners\n$/);
  });
});

describe('#16.9 control characters never reach the terminal', () => {
  const forged = 'x\u001b[2J\nx.json: all good\u0085\u2028';

  it('escapeControl leaves no control character and changes nothing else (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const escaped = escapeControl(text);
        expect(escaped).not.toMatch(CONTROL);
        expect(escaped).not.toContain('\n');
        expect(escaped).not.toContain('\t');
        // eslint-disable-next-line no-control-regex -- matching control characters is the point
        if (!/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(text)) expect(escaped).toBe(text);
      }),
      { numRuns: 2000 },
    );
    expect(escapeControl(forged)).toBe('x\\u001b[2J\\nx.json: all good\\u0085\\u2028');
  });

  it('validate cannot be made to print a forged line', async () => {
    const partner = { ...lyon, country: forged, [`ke\ny`]: 1 };
    const network = { schemaVersion: 1, partners: [partner], agreements: [] };
    const result = await runCli(['validate', 'x.json'], {
      files: { 'x.json': JSON.stringify(network) },
    });
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).not.toContain('x.json: all good');
    expect(`${result.stdout}${result.stderr}`.replaceAll('\n', '')).not.toMatch(CONTROL);
    expect(result.stdout).toContain('\\u001b[2J\\nx.json: all good');
  });

  it('file names are escaped in issues, summaries and errors', async () => {
    const name = 'a\nb\u001b.ndjson';
    const result = await runCli(['validate', '--kind', 'partner', name, 'missing\r.json'], {
      files: { [name]: '{}\n' },
      diskFallback: false,
    });
    expect(result.code).toBe(2);
    const output = `${result.stdout}${result.stderr}`;
    expect(output).toContain('a\\nb\\u001b.ndjson:1: ');
    expect(output).toContain("cannot read 'missing\\r.json'");
    expect(output.replaceAll('\n', '')).not.toMatch(CONTROL);
    expect(output.split('\n').filter((line) => line !== '')).toHaveLength(
      result.stdout.split('\n').filter((line) => line !== '').length + 2,
    );
  });

  it('text tables escape names (match), JSON output keeps them as they are', async () => {
    const network = exampleValue() as typeof example;
    const name = 'Example\u001b]0;pwned\u0007 University\n(fictional)';
    network.partners[0] = { ...lyon, name };
    const files = { 'net.json': JSON.stringify(network) };
    const text = await runCli(['match', 'net.json', '--cells', 'C5', '--languages', 'fr'], {
      files,
    });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Example\\u001b]0;pwned\\u0007 University\\n(fictional)');
    expect(text.stdout.replaceAll('\n', '')).not.toMatch(CONTROL);
    const json = await runCli(
      ['match', 'net.json', '--cells', 'C5', '--languages', 'fr', '--format', 'json'],
      { files },
    );
    expect(json.code).toBe(0);
    expect(json.stdout).toContain(JSON.stringify(lyon['id']));
    expect(formatTable([['a\tb', 'c']])).toBe('a\\tb  c\n');
  });

  it('usage errors escape what the command line gave', async () => {
    const result = await runCli(['validate', EXAMPLE, '--kind', 'x\u001b[31m']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("received 'x\\u001b[31m'");
  });
});

describe('#16.15 a stream that cannot be written: exit 2 and a message on the other one', () => {
  function spawnWith(
    args: readonly string[],
    stdout: number | 'pipe',
    stderr: number | 'pipe',
  ): { code: number | null; stdout: string; stderr: string } {
    const result = spawnSync(process.execPath, [CLI_PATH, ...args], {
      cwd: ROOT,
      stdio: ['ignore', stdout, stderr],
      encoding: 'utf8',
      timeout: 20_000,
    });
    // A stream given as a file descriptor is not captured: null.
    const text = (captured: string | null): string => captured ?? '';
    return { code: result.status, stdout: text(result.stdout), stderr: text(result.stderr) };
  }

  it.skipIf(!existsSync('/dev/full'))('standard output on a full device', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnWith(['schema', 'partner'], full, 'pipe');
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        'uhs-network: cannot write to standard output: no space left on device\n',
      );
    } finally {
      closeSync(full);
    }
  });

  it.skipIf(!existsSync('/dev/full'))('standard error on a full device', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnWith(['validate', EXAMPLE], 'pipe', full);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe(
        'uhs-network: cannot write to standard error: no space left on device\n',
      );
    } finally {
      closeSync(full);
    }
  });

  it('a pipe closed by its reader (EPIPE)', async () => {
    const child = spawn(process.execPath, [CLI_PATH, 'schema', 'network'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(2);
    expect(stderr).toBe(
      'uhs-network: cannot write to standard output: the reader closed the pipe\n',
    );
  });
});

describe('#16.16 too many open files', () => {
  it('a file that cannot be opened for want of descriptors: exit 2, one line', async () => {
    const emfile = Object.assign(new Error('EMFILE: too many open files, open'), {
      code: 'EMFILE',
    });
    const result = await runStreaming(['validate', 'x.json'], {
      'x.json': () => ({
        [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(emfile) }),
      }),
    });
    expect(result).toMatchObject({
      code: 2,
      stderr: "uhs-network: cannot read 'x.json': too many open files\n",
    });
  });

  it('under a low ulimit -n the built bin works or exits 2 in one line, never a stack trace', () => {
    const codes: (number | null)[] = [];
    for (const limit of [20, 24, 32, 48, 64, 96, 128]) {
      const result = spawnSync(
        'sh',
        [
          '-c',
          `ulimit -n ${limit} && exec "$0" "$@"`,
          process.execPath,
          CLI_PATH,
          'validate',
          EXAMPLE,
        ],
        { cwd: ROOT, encoding: 'utf8', timeout: 20_000 },
      );
      codes.push(result.status);
      expect(result.stderr, `ulimit -n ${limit}`).not.toMatch(STACK_LINE);
      if (result.status === 0) {
        expect(result.stderr).toBe(
          `${EXAMPLE}: valid network (14 partners, 12 agreements, 13 proposals)\n`,
        );
      } else {
        expect(result.status, `ulimit -n ${limit}`).toBe(2);
        expect(result.stderr).toMatch(
          /^uhs-network: cannot (start|read '[^']+'): too many open files[^\n]*\n$/,
        );
      }
    }
    expect(codes.at(-1)).toBe(0);
  });
});

describe('#16.17 duplicate JSON keys are issues', () => {
  const wrongFirst =
    '{"schemaVersion": 1, "partners": [{"id": "x"}], "agreements": [], "partners": []}';

  it('a document whose first partners array is wrong is not valid', async () => {
    const result = await runCli(['validate', 'dup.json'], { files: { 'dup.json': wrongFirst } });
    expect(result).toMatchObject({
      code: 1,
      stdout:
        'dup.json: partners: duplicate key: JSON keeps only the last of equal keys, so the earlier values would go unchecked\n',
      stderr: 'dup.json: invalid network (1 issue)\n',
    });
  });

  it('report, eligibility and match refuse it too', async () => {
    for (const argv of [['report'], ['eligibility'], ['match', '--cells', 'C5']]) {
      const result = await runCli([...argv, 'dup.json'], { files: { 'dup.json': wrongFirst } });
      expect(result.code, argv[0]).toBe(1);
      expect(result.stderr).toContain('dup.json: partners: duplicate key');
    }
  });

  it('the path of a nested duplicate, in array files and NDJSON lines', async () => {
    const partner = JSON.stringify(lyon).replace('{', '{"city":"Lyon",');
    const array = await runCli(['validate', '--kind', 'partner', 'p.json'], {
      files: { 'p.json': `[${LYON}, ${partner.replace('"city"', '"ci\\u0074y"')}]` },
    });
    expect(array.code).toBe(1);
    expect(array.stdout).toBe(
      'p.json: [1].city: duplicate key: JSON keeps only the last of equal keys, so the earlier values would go unchecked\n',
    );
    expect(array.stderr).toBe('p.json: 1 issue in 1 of 2 partners\n');
    const ndjson = await runCli(['validate', '--kind', 'partner', 'p.ndjson'], {
      files: { 'p.ndjson': `${LYON}\n${partner}\n` },
    });
    expect(ndjson.code).toBe(1);
    expect(ndjson.stdout).toMatch(/^p\.ndjson:2: city: duplicate key/);
  });

  it('finds exactly the repeated keys, with their paths (property)', () => {
    const key = fc.constantFrom('a', 'b', '__proto__', 'k\\"', 'é');
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.nat(), key, (value, seed, repeated) => {
        const text = JSON.stringify(value);
        // Unique keys (JSON.stringify never repeats one): nothing to report.
        expect(duplicateKeyIssues(text, JSON.parse(text), 100)).toEqual([]);
        // Repeat a key in the outer object of a wrapper: one issue at that key.
        const member = `${JSON.stringify(repeated)}: ${text}`;
        const doubled = `{"w": [${text}, {${member}, "z": ${seed % 10}, ${member}}]}`;
        expect(duplicateKeyIssues(doubled, JSON.parse(doubled), 100)).toEqual([
          expect.objectContaining({ code: 'duplicate_key', path: ['w', 1, repeated] }),
        ]);
      }),
      { numRuns: 500 },
    );
  });
});

// The bin tests need the build (`npx tsup`).
beforeAll(() => {
  if (!existsSync(join(ROOT, CLI_PATH))) throw new Error(`${CLI_PATH} is missing: run 'npx tsup'`);
});
