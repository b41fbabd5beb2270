/**
 * The Embed and Export dialogs' words in every language. Only the dialogs import this, and
 * they load on first press (components/LazyDialog.svelte), so a page carries none of it. All
 * three languages come with the dialog (under 4 kB gzipped, sources and comments included):
 * less than a second request, after the press, for the reader's language alone would cost.
 */
import { languageTools } from './grammar';
import type { LocaleId } from './locales';
import { enDialogs, type DialogMessages } from './messages/dialogs/en';
import { ruDialogs } from './messages/dialogs/ru';
import { ukDialogs } from './messages/dialogs/uk';

export type { DialogMessages };

export const DIALOG_MESSAGES: Record<LocaleId, DialogMessages> = {
	en: enDialogs,
	uk: ukDialogs(languageTools('uk')),
	ru: ruDialogs(languageTools('ru'))
};
