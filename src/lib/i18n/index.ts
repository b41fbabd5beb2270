/**
 * Languages: English (default), Ukrainian and Russian. Public API of src/lib/i18n.
 * The timeline's own text is not translated; it keeps the language the file declares.
 *
 * Every language at once (`createTranslator`, `MESSAGES`) is in ./languages, for the server
 * and the tests: pages load the languages they need (`loadTranslator`), and a barrel that
 * re-exported ./languages would put all three into every page that imports from here.
 */
export { LOCALES, LOCALE_NAMES, DEFAULT_LOCALE, negotiateLocale, matchLocale, htmlLang } from './locales';
export type { LocaleId, NegotiatedLocale } from './locales';
export { english, makeTranslator } from './translator';
export type { Translator, Messages, LanguagePack, TranslatorSource } from './translator';
export { loadTranslator } from './load-language';
export { countOf, formatList, formatNumber, pluralForm } from './grammar';
export type { DateCase, Season, PluralForms } from './grammar';
