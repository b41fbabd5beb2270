/**
 * How a source is named to readers. Unknown metadata is said plainly, never filled in.
 */
import type { Source } from '../model/timeline';

export const UNKNOWN_PUBLISHER = 'publisher unknown';
export const UNTITLED = 'Untitled report';

export function sourceTitle(source: Pick<Source, 'title'>): string {
	return source.title ?? UNTITLED;
}

export function sourcePublisher(source: Pick<Source, 'publisher'>): string {
	return source.publisher ?? UNKNOWN_PUBLISHER;
}

/** "Putin and Trump hold key phone call… — Weekly Blitz (BLiTZ)" / "Untitled report — publisher unknown" */
export function sourceCredit(source: Pick<Source, 'title' | 'publisher'>): string {
	return `${sourceTitle(source)} — ${sourcePublisher(source)}`;
}
