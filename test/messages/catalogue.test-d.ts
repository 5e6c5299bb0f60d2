import { describe, expectTypeOf, it } from 'vitest';
import { defineMessages } from '../../src/messages/_table.js';
import { formatMessage, type MessageCode, type MessageParams } from '../../src/messages/index.js';

describe('the catalogue is typed', () => {
  it('rejects an entry that lacks a locale', () => {
    // @ts-expect-error: no French entry
    defineMessages({ 'test.only_english': { en: (p: { a: string }) => p.a } });
  });

  it('types the French parameters from the English ones', () => {
    defineMessages({
      'test.typed': {
        en: (p: { count: number }) => String(p.count),
        fr: (p) => {
          expectTypeOf(p).toEqualTypeOf<{ count: number }>();
          return String(p.count);
        },
      },
    });
  });

  it('types the catalogue by code, and formatMessage by what errors carry', () => {
    expectTypeOf<'locale.unknown'>().toExtend<MessageCode>();
    expectTypeOf<MessageParams<'option.invalid_on'>>().toEqualTypeOf<{
      caller: string;
      received: unknown;
    }>();
    // The public function takes what a caught error or a stored issue gives: any code.
    expectTypeOf(formatMessage).parameter(0).toEqualTypeOf<string>();
    // @ts-expect-error: params are an object
    formatMessage('option.invalid_on', 'x');
    // @ts-expect-error: a locale the library does not speak
    formatMessage('option.invalid_on', { caller: 'x', received: 1 }, { locale: 'de' });
  });
});
