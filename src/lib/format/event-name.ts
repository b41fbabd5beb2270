/**
 * What an event's button on the chart shows and what it is called. WCAG 2.5.3 (label in
 * name): a speech user says what they see, so the words a button shows (its title and, when
 * events inside it are hidden, the "+N" badge) open its accessible name, in that order; the
 * date and status follow. The messages keep their side of this: `moreEventsInside(n)` starts
 * with the badge in every language (src/lib/format/event-name.spec.ts checks each one).
 */
import { english, type Translator } from '../i18n/translator';
import type { MarkEvent } from '../payload/types';
import { statusLabel } from './status';
import { describeWhen } from './when';

/** The badge of a mark that stands for `hidden` events not drawn at this zoom: "+3", "+1,200". */
export function hiddenEventsBadge(hidden: number, t: Translator = english): string {
	return `+${t.formatNumber(hidden)}`;
}

/** The date and status of an event's name, which do not change with the zoom: "18 March 2025, happened". */
export function eventNameDetails(event: Pick<MarkEvent, 'when' | 'status'>, timeZone: string, t: Translator = english): string {
	return `${describeWhen(event.when, { timeZone, t })}, ${statusLabel(event.status, t).toLocaleLowerCase(t.lang)}`;
}

/**
 * An event button's accessible name: "Talks, +3 more events inside, 18 March 2025, happened".
 * `details` is eventNameDetails(event), passed in so that a caller can keep it between frames.
 */
export function eventButtonName(title: string, hidden: number, details: string, t: Translator = english): string {
	return hidden > 0 ? `${title}, ${t.moreEventsInside(hidden)}, ${details}` : `${title}, ${details}`;
}
