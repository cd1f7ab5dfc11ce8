import type { Content } from '../content';
import { findService, optionLabel, serviceName } from '../content-lookup';
import { textIn } from '../in-language';
import type { Lang, LocalizedText, Text } from '../localized-text';
import { escapeMarkdown, safeLinkDestination } from './escape-markdown';
import { fillTemplate, markdownMessages } from './markdown-messages';

/** What every part of an export needs: the language, and content text already escaped. */
export interface MarkdownContext {
  lang: Lang;
  content: Content;
  /** A message in the chosen language, with already escaped values put in. */
  say: (message: LocalizedText, values?: Readonly<Record<string, string>>) => string;
  /** A content text in the chosen language, escaped. */
  text: (text: Text) => string;
  /** A service's name, escaped. */
  serviceName: (id: string) => string;
  /** A service's name linked to its documentation. */
  serviceLink: (id: string) => string;
  /** The label of an option of a question, escaped; the value itself for one the content lacks. */
  optionLabel: (question: string, value: string) => string;
  /** Items joined as a list in running text. */
  list: (items: readonly string[]) => string;
  /** Sentences joined into one paragraph (with a space in English, none in Japanese). */
  sentences: (items: readonly string[]) => string;
}

/**
 * The context for one export in one language. Every text it hands out is escaped, except what
 * `say` puts in: callers pass values already escaped (or safe, such as a share-link query).
 */
export function markdownContext(content: Content, lang: Lang): MarkdownContext {
  const text = (localized: Text) => escapeMarkdown(textIn(localized, lang));
  const name = (id: string) => escapeMarkdown(serviceName(content, id));
  return {
    lang,
    content,
    say: (message, values = {}) => fillTemplate(message[lang], values),
    text,
    serviceName: name,
    serviceLink: (id) => {
      const docs = findService(content, id)?.docs;
      const url = docs === undefined ? null : safeLinkDestination(docs);
      return url === null ? name(id) : `[${name(id)}](${url})`;
    },
    optionLabel: (question, value) => text(optionLabel(content.questionnaire, question, value)),
    list: (items) => items.join(markdownMessages.listSeparator[lang]),
    sentences: (items) => items.join(markdownMessages.sentenceSeparator[lang]),
  };
}
