import type { Lang, LocalizedText } from '../../domain/localized-text';

interface PluralForms {
  one: LocalizedText;
  other: LocalizedText;
}

const rulesByLang = new Map<Lang, Intl.PluralRules>();

/** The message form for a count: "1 service" but "2 services" (Japanese has a single form). */
export function pluralForm(lang: Lang, count: number, forms: PluralForms): LocalizedText {
  let rules = rulesByLang.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    rulesByLang.set(lang, rules);
  }
  return rules.select(count) === 'one' ? forms.one : forms.other;
}
