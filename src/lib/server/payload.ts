/**
 * The explorer's payload of each timeline (see src/lib/payload/types.ts), built once per
 * build from the validated timelines and served as prerendered files under
 * /t/<slug>/payload/.
 */
import { buildPayload, type Payload } from '../payload/build';
import { detailPartName, idPartName, markPartName, type PagePayload } from '../payload/reader';
import { loadTimelines } from './timelines';

const payloads = new Map<string, Payload>();

export function payloadOf(slug: string): Payload | undefined {
	let payload = payloads.get(slug);
	if (!payload) {
		const loaded = loadTimelines().get(slug);
		if (!loaded) return undefined;
		payload = buildPayload(loaded.timeline);
		payloads.set(slug, payload);
	}
	return payload;
}

/** The file names of a payload, e.g. ["manifest.json", "marks-0.json", …]. */
export function payloadFileNames(payload: Payload): string[] {
	return [
		'manifest.json',
		...payload.marks.map((_, i) => markPartName(i)),
		...payload.details.map((_, i) => detailPartName(i)),
		...payload.ids.map((_, i) => idPartName(i))
	];
}

/** The part called `name`, or undefined when the payload has none by that name. */
export function payloadFile(payload: Payload, name: string): unknown {
	if (name === 'manifest.json') return payload.manifest;
	const match = /^(marks|details|ids)-(\d+)\.json$/.exec(name);
	if (!match) return undefined;
	const list = match[1] === 'marks' ? payload.marks : match[1] === 'details' ? payload.details : payload.ids;
	return list[Number(match[2])];
}

/** Timelines up to this many events come in one part, which the page carries: the first view needs no request. */
export function pagePayload(payload: Payload): PagePayload {
	const seeds: Record<string, unknown> = {};
	if (payload.marks.length === 1) {
		seeds[markPartName(0)] = payload.marks[0];
		seeds[detailPartName(0)] = payload.details[0];
		seeds[idPartName(0)] = payload.ids[0];
	}
	return { manifest: payload.manifest, seeds };
}
