/**
 * The published form of a validated timeline: `/t/<slug>/timeline.json`, what the web
 * component loads. It is the normalized Timeline (events sorted, with computed
 * earliest/latest instants and quote offsets) under `"format": 1`.
 *
 * JSON has no Infinity: an unbounded instant ("on or after 18 March") is written as null
 * and read back as ±Infinity, so the consumer gets exactly the model's types.
 */
import type { Timeline } from './timeline';

export const TIMELINE_JSON_FORMAT = 1;

const UNBOUNDED_KEYS = new Set(['earliestMs', 'latestMs']);

export function toTimelineJson(timeline: Timeline): string {
	return JSON.stringify(timeline, (key, value) => (UNBOUNDED_KEYS.has(key) && typeof value === 'number' && !Number.isFinite(value) ? null : value));
}

export function fromTimelineJson(text: string): Timeline {
	const data = JSON.parse(text, (key, value) => (key === 'earliestMs' && value === null ? -Infinity : key === 'latestMs' && value === null ? Infinity : value));
	if (data === null || typeof data !== 'object' || data.format !== TIMELINE_JSON_FORMAT || !Array.isArray(data.events)) {
		throw new Error(`not a Citeline timeline.json (format ${TIMELINE_JSON_FORMAT})`);
	}
	return data as Timeline;
}
