/**
 * Citeline JSON: the normalized timeline.json that `/t/<slug>/timeline.json` serves and the
 * web component loads, of the whole timeline or of a filtered subset (see filter.ts).
 *
 * It adds nothing to toTimelineJson: the export and the published file are one format, so
 * that an exported file can be loaded wherever the published one can.
 */
import { toTimelineJson } from '../../model/timeline-json';
import type { Timeline } from '../../model/timeline';

export function toCitelineJson(timeline: Timeline): string {
	return toTimelineJson(timeline);
}
