import { isIsoDate } from '../core/_isoDate.js';
import { todayIso } from '../core/_today.js';
import { libraryError } from '../messages/_table.js';
import { COMMON_MESSAGES } from '../messages/common.js';

/**
 * The `on` option of a catalog lookup: today's local date when it is not given, else the
 * date itself; anything but a real calendar date `YYYY-MM-DD` is a `RangeError`.
 *
 * @internal
 */
export function onOrToday(on: unknown, caller: string): string {
  if (on === undefined) return todayIso();
  if (!isIsoDate(on)) {
    throw libraryError(RangeError, COMMON_MESSAGES, 'option.invalid_on', { caller, received: on });
  }
  return on;
}
