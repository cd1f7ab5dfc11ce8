import type { LocalizedText } from '../domain/localized-text';

/**
 * Declares a feature's UI strings. Each must have `en` and `ja`, so a missing translation is a
 * type error rather than a blank on screen. Keep one messages file per feature, beside it.
 */
export function defineMessages<const T extends Record<string, LocalizedText>>(messages: T): T {
  return messages;
}
