/**
 * A payload kept in memory: a timeline made in the browser (the /import preview) or in a
 * test is shown through the same parts as a built one, every part at hand from the start.
 */
import type { Timeline } from '../model/timeline';
import { buildPayload } from './build';
import { detailPartName, FACETS_PART, idPartName, markPartName, PayloadReader, SEARCH_PART, SOURCES_PART } from './reader';
import { PAYLOAD_VERSION } from './types';

export function readerInMemory(timeline: Timeline): PayloadReader {
	const payload = buildPayload(timeline);
	// The search index is made only if the reader searches, with its code imported then.
	const reader = new PayloadReader(payload.manifest, async (name) => {
		if (name !== SEARCH_PART) throw new Error(`no part ${name} in memory`);
		const { buildSearchPart } = await import('../search/build-index');
		return buildSearchPart(timeline, PAYLOAD_VERSION);
	});
	reader.seed(SOURCES_PART, payload.sources);
	reader.seed(FACETS_PART, payload.facets);
	payload.marks.forEach((part, i) => reader.seed(markPartName(i), part));
	payload.details.forEach((part, i) => reader.seed(detailPartName(i), part));
	payload.ids.forEach((part, i) => reader.seed(idPartName(i), part));
	return reader;
}
