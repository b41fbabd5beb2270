/**
 * How a source is named to readers. Unknown metadata is said plainly, never filled in; the
 * placeholder is in the reader's language, a known title or publisher stays as written.
 */
import { english, type Translator } from '../i18n/translator';
import type { Source } from '../model/timeline';

/** The English placeholders (tests and tools that look for them). */
export const UNKNOWN_PUBLISHER = english.unknownPublisher;
export const UNTITLED = english.untitledSource;

export function sourceTitle(source: Pick<Source, 'title'>, t: Translator = english): string {
	return source.title ?? t.untitledSource;
}

export function sourcePublisher(source: Pick<Source, 'publisher'>, t: Translator = english): string {
	return source.publisher ?? t.unknownPublisher;
}

/** "Putin and Trump hold key phone call… — Weekly Blitz (BLiTZ)" / "Untitled report — publisher unknown" */
export function sourceCredit(source: Pick<Source, 'title' | 'publisher'>, t: Translator = english): string {
	return `${sourceTitle(source, t)} — ${sourcePublisher(source, t)}`;
}
