/**
 * A timeline.json published on its own (not by a Citeline site, so with no payload beside
 * it): checked for the shape the widget reads, then shown through the same parts as a
 * built timeline, made in memory. The web component loads this module only for such a
 * file, as a chunk beside citeline.js, so that its size does not weigh on every host page.
 */
import { fromTimelineJson } from '../model/timeline-json';
import { readerInMemory } from '../payload/memory';
import type { PayloadReader } from '../payload/reader';
import { checkTimelineShape } from './timeline-shape';

/** Throws an Error naming the event and the field when the file is not a timeline the widget can draw. */
export function readStandaloneTimeline(text: string): PayloadReader {
	return readerInMemory(checkTimelineShape(fromTimelineJson(text)));
}
