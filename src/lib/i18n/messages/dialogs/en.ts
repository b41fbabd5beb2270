/**
 * The words of the Embed and Export dialogs, in English. They load with the dialogs, when a
 * reader first presses Embed or Export, rather than with every page (messages/en.ts): a
 * reader who never opens them does not download them. uk.ts and ru.ts are typed against this.
 */
import { countOf } from '../../grammar';

const count = (n: number, one: string, other: string) => countOf('en', n, { one, other });

export const enDialogs = {
	// ---- The Embed dialog ----
	embedHeading: 'Embed this timeline',
	embedStartWith: 'Start with',
	/** "the current view, <from> to <to>": the dates are ISO instants, set apart by the component. */
	embedCurrentView: { lead: 'the current view,', between: 'to' },
	embedEventOpen: (title: string) => `“${title}” open`,
	embedEveryEventHint: 'Every event in view. Zoom in or open an event first to start the embed there.',
	embedLook: 'Look',
	themeAuto: 'Auto (follows the reader’s setting)',
	eventDetailsLabel: 'Event details',
	detailsPanel: 'Panel beside the chart',
	detailsOverlay: 'Over the chart',
	detailsNone: 'Not shown',
	oneLanePerCategory: 'One lane per category',
	showTitle: 'Show the title',
	accentColour: 'Accent colour',
	sizeInPixels: 'Size in pixels',
	width: 'Width',
	height: 'Height',
	fullWidthPlaceholder: 'full width',
	messagesToPage: 'Messages to your page',
	allowedOrigin: 'Allowed origin',
	originHint: 'The one site that may exchange messages with the timeline (resize, select, view). Empty: none.',
	/** Follows "<code>*</code>". */
	originAnyHint: 'allows any site.',
	originInvalid: 'Not an origin: write the scheme and host only, such as https://news.example (or *).',
	hostScript: 'Add the script that fits the frame’s height to the timeline (citeline-host.js)',
	previewHeading: 'Preview',
	previewTitle: (title: string) => `Preview: ${title}`,
	htmlToPaste: 'HTML to paste',
	copy: 'Copy',
	copied: 'Copied',
	copyFailed: 'Could not copy: the snippet is selected, press Ctrl+C (⌘C on a Mac).',
	/** "<before> <code>docs/embedding.md</code> <after>" */
	embedDocs: { before: 'Every option and the message API:', after: 'in the Citeline repository.' },
	/** The Embed dialog's language option that leaves the choice to each reader's browser. */
	embedLanguageReader: 'The reader’s browser language',
	embedModeLegend: 'Mode',
	embedModeExplore: 'Explore: the zoomable timeline',
	embedModeStory: 'Story: one event at a time',
	/** The Embed dialog: start the widget with the explorer's search and filters. */
	embedSearchAndFilters: 'The search and filters in use',

	// ---- The Export dialog ----
	exportHeading: 'Export this timeline',
	exportEventsLegend: 'Events',
	exportWhole: (n: number) => `The whole timeline (${count(n, 'event', 'events')})`,
	/** `window` is the view in words, e.g. "18–19 March 2025". */
	exportInView: (window: string, n: number) => `The events in the current view, ${window} (${count(n, 'event', 'events')})`,
	/** The same, when the view holds too many events to count them before saving: an upper bound from the density. */
	exportInViewAbout: (window: string, n: number) => `The events in the current view, ${window} (up to ${count(n, 'event', 'events')})`,
	exportDataHeading: 'Data',
	exportPictureHeading: 'Picture of the current view',
	exportFormatLabels: {
		json: 'Citeline JSON (.json)',
		timelinejs: 'TimelineJS 3 JSON (.json)',
		csv: 'Spreadsheet (.csv)',
		ics: 'Calendar (.ics)',
		svg: 'Picture (.svg)',
		png: 'Picture (.png)'
	} as Record<'json' | 'timelinejs' | 'csv' | 'ics' | 'svg' | 'png', string>,
	exportWriting: 'Writing…',
	exportSaved: (name: string) => `Saved ${name}`,
	exportFailed: (reason: string) => `Could not export: ${reason}`,
	/** Followed by "<code>docs/export.md</code>." */
	exportHint: 'Imported into another tool, quotes keep their text but not their check against the archived source. Formats and their rules:',
	pictureNoSources: 'No sources are cited by the events in view.',
	pictureNoEvents: 'No events in this view.',
};

export type DialogMessages = typeof enDialogs;
