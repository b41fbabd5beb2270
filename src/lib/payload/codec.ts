/**
 * JSON forms of the payload's values. JSON has no Infinity, and a When's outer bounds are
 * infinite for "on or after" and open ranges: they travel as null and come back as ±Infinity.
 * Everything else in a When is finite and travels as it is.
 */
import type { When } from '../model/dates';
import type { TimelineEvent } from '../model/timeline';
import type { EventJson, WhenJson } from './types';

export function whenToJson(when: When): WhenJson {
	return {
		...when,
		earliestMs: Number.isFinite(when.earliestMs) ? when.earliestMs : null,
		latestMs: Number.isFinite(when.latestMs) ? when.latestMs : null
	} as WhenJson;
}

export function whenFromJson(json: WhenJson): When {
	return { ...json, earliestMs: json.earliestMs ?? -Infinity, latestMs: json.latestMs ?? Infinity } as When;
}

export function eventToJson(event: TimelineEvent): EventJson {
	return { ...event, when: whenToJson(event.when) };
}

export function eventFromJson(json: EventJson): TimelineEvent {
	return { ...json, when: whenFromJson(json.when) };
}

/**
 * Which id part holds an id: FNV-1a over its UTF-16 code units, so that the build (Node)
 * and the browser agree without a shared table.
 */
export function idBucket(id: string, buckets: number): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < id.length; i++) {
		hash ^= id.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash % Math.max(buckets, 1);
}
