/**
 * The Embed and Export dialogs' words in every language. Only the dialogs import this, and
 * they load on first press (components/LazyDialog.svelte), so a page carries none of it: all
 * three languages together are smaller than one round trip to fetch the reader's alone.
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
