/**
 * What every importer returns, and the HTML cleaner they share.
 *
 * An import either produces a timeline file (the shape of timeline.json, ready to write)
 * with the problems it met on the way, or nothing at all with the reason why. Nothing is
 * dropped silently: every event or row that could not be taken is one ImportProblem.
 */
import type { TimelineInput } from '../../model/schema';

export interface ImportProblem {
	/** Where in the input: 'event 3 ("Ada Lovelace")', 'row 7', 'era 2'. */
	position: string;
	/** The field of the input, e.g. 'start_date.year', 'Media'. */
	field?: string;
	reason: string;
}

export type ImportResult =
	| {
			ok: true;
			/** The file shape from schema.ts, ready to write as timeline.json. */
			timeline: TimelineInput;
			problems: ImportProblem[];
			/** What was read, e.g. 'TimelineJS 3 JSON'. */
			format: string;
	  }
	| {
			ok: false;
			/** Why nothing was imported: empty file, not JSON, no events… */
			reason: string;
			problems: ImportProblem[];
	  };

/** Safe HTML, and what sanitizing took out of it. */
export interface SanitizedHtml {
	html: string;
	/** What was removed, in words: "<script>", "onclick=\"alert(1)\" on <a>"; empty when nothing was. */
	removed: string[];
}

/** Turns imported HTML into safe HTML or plain text. See src/lib/interop/html.ts. */
export interface HtmlCleaner {
	/** Safe HTML: no script, no on* handlers, no javascript:/data: URLs; links only http(s)/mailto. */
	sanitize(html: string): string;
	/** The same, saying what was removed, so that an importer or exporter can report it. */
	sanitizeReporting(html: string): SanitizedHtml;
	/** Plain text: entities decoded, <br>/<p> to line breaks, whitespace tidied. */
	toText(html: string): string;
}
