/**
 * A payload kept in memory: a timeline made in the browser (the /import preview) or in a
 * test is shown through the same parts as a built one, every part at hand from the start.
 */
import type { Timeline } from '../model/timeline';
import { buildPayload } from './build';
import { detailPartName, idPartName, markPartName, PayloadReader } from './reader';

export function readerInMemory(timeline: Timeline): PayloadReader {
	const payload = buildPayload(timeline);
	const reader = new PayloadReader(payload.manifest, (name) => Promise.reject(new Error(`no part ${name} in memory`)));
	payload.marks.forEach((part, i) => reader.seed(markPartName(i), part));
	payload.details.forEach((part, i) => reader.seed(detailPartName(i), part));
	payload.ids.forEach((part, i) => reader.seed(idPartName(i), part));
	return reader;
}
