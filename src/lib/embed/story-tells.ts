/**
 * Whether a story tells an event, as far as can be known at once, for the web component's
 * `select(id)`, which answers synchronously (as in explore mode): a story in its own order
 * (the manifest's `story`) names its events; a story of every event in time order tells an
 * event the timeline has, which the mark parts already loaded may show. Undefined when only a
 * request could say (a long timeline whose part is not loaded): the story then tries, and
 * warns the host if the event is not a step.
 */
import type { PayloadReader } from '../payload/reader';

export function storyTells(reader: PayloadReader, id: string): boolean | undefined {
	const declared = reader.manifest.meta.story?.events;
	if (declared) return declared.includes(id);
	let everyPartLoaded = true;
	for (let part = 0; part < reader.manifest.parts.length; part++) {
		const marks = reader.marksIfReady(part);
		if (!marks) everyPartLoaded = false;
		else if (marks.some((event) => event.id === id)) return true;
	}
	return everyPartLoaded ? false : undefined;
}
