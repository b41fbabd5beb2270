/**
 * Status names and meanings as readers see them, in the reader's language. The English
 * meanings are the schema's own words (STATUSES in src/lib/model/vocabulary.ts).
 */
import { english, type Translator } from '../i18n/translator';
import type { Status } from '../model/vocabulary';

export function statusLabel(status: Status, t: Translator = english): string {
	return t.statusLabels[status];
}

export function statusMeaning(status: Status, t: Translator = english): string {
	return t.statusMeanings[status];
}
