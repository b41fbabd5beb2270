/**
 * The words of Citeline's own pages, in English: the site around the timelines, a source's
 * page, the list pages, search and filters, the compare view, the error pages. The web
 * component shows none of them, so it does not carry them (messages/en.ts holds the words of
 * the timeline widget, which every page and the web component share). uk.ts and ru.ts beside
 * this file are typed against it.
 */
// With its extension: the Vite config reads these words (scripts/vite/static-not-found.ts),
// and Vite's native config loader, its default to come, needs it.
import { countOf, formatNumber } from '../../grammar.ts';

const count = (n: number, one: string, other: string) => countOf('en', n, { one, other });

export const enSite = {
	// ---- The site around the timelines ----
	skipToContent: 'Skip to content',
	tagline: 'Timelines where every event is backed by a quote you can check',
	homeTitle: 'Citeline — sourced, zoomable timelines',
	homeDescription: 'Interactive timelines in which every event is backed by a verbatim quote you can check against its source.',
	timelinesHeading: 'Timelines',
	sourceCount: (n: number) => count(n, 'source', 'sources'),
	everyEventQuoted: 'every event quoted verbatim',
	allEventsHeading: 'All events in time order',
	sourcesHeading: 'Sources',
	originalLink: 'original',
	languageLabel: 'Language',
	/** Shown when `?lang=` names a language Citeline does not have; says what is shown instead. */
	languageUnavailable: (requested: string) => `Language “${requested}” is not available; showing English.`,

	// ---- An archived source's page ----
	sourcePageTitle: (source: string, timeline: string) => `${source} — source — ${timeline} — Citeline`,
	publisherLabel: 'Publisher',
	publishedLabel: 'Published',
	dateUnknown: 'date unknown',
	originalLabel: 'Original',
	addressUnknown: 'address unknown',
	sourceNotArchived: 'This source is referenced, not archived: its quotes cannot be checked here and are marked unverified.',
	archivedTextHeading: 'Archived text',
	archivedTextIntro: 'The text as archived.',
	/** "<mark>Marked passages</mark> are quoted by the timeline; …" */
	markedPassages: 'Marked passages',
	markedPassagesExplained: 'are quoted by the timeline; each links back to its event.',
	/** "<span>Greyed lines</span> are page furniture, …" */
	greyedLines: 'Greyed lines',
	greyedLinesExplained: 'are page furniture, not reporting, and are never cited.',
	inTheOriginal: 'in the original',

	// ---- The timeline widget ----
	/** The list of a long timeline, in pages. */
	listPagesHeading: 'The list, in pages',
	listPageTitle: (page: number, pages: number) => `Events, page ${page} of ${pages}`,
	previousListPage: 'Previous page',
	nextListPage: 'Next page',
	backToTimeline: 'Back to the timeline',

	// ---- Whose account a quote or a source relays (src/lib/format/account.ts) ----
	accountHeading: 'Whose account',
	/** Next to the summary: "Accounts this timeline lacks: <actor> — <note>". */
	missingAccountsLead: 'Accounts this timeline lacks:',

	// ---- The Embed dialog ----
	embedButton: 'Embed',
	themeLabel: 'Theme',
	themeLight: 'Light',
	themeDark: 'Dark',
	/** The theme menu on Citeline's own pages (ThemeToggle): follow the system setting. */
	themeSystem: 'System',
	/** Print only: "Printed from <url of the view>". */
	printedFrom: 'Printed from',

	// ---- The Export dialog ----
	exportButton: 'Export',

	// ---- The picture of a view (SVG/PNG export, share card) ----
	/** Credits that did not fit: "and 2 more sources". */
	moreSources: (n: number) => `and ${count(n, 'more source', 'more sources')}`,

	// ---- The widget on other sites (iframe and <citeline-timeline>) ----
	openInCiteline: 'Open in Citeline ↗',
	embedFooter: 'Every event is backed by a quote you can check.',

	// ---- The error pages: an unknown address, a page that could not be shown (src/routes/+error.svelte) ----
	notFoundTitle: 'Page not found',
	notFoundText: 'There is no page at this address. The link may be mistyped, or the page may have moved.',
	errorTitle: 'Something went wrong',
	errorText: 'This page could not be shown. Try again later, or start from the home page.',
	/** The status code above the heading: "Error 404". */
	errorCode: 'Error',
	backHome: 'Go to the home page, with every timeline',

	// ---- Story mode (issue 15): one event at a time, /t/<slug>/story ----
	storyLink: 'Read as a story',

	// ---- The home page's tools ----
	makeTimelineHeading: 'Make a timeline',
	studioLink: 'The studio: build a cited timeline from your sources',
	importLink: 'Import a TimelineJS file or a spreadsheet',

	// ---- Search, filters, the compare view and a source's events (issue 13) ----
	searchLabel: 'Search events',
	searchPlaceholder: 'Words from titles, quotes, sources, people',
	searchResultsLabel: 'Events found',
	/** Below the first results: the rest are on the chart. */
	searchMoreResults: (n: number) => `and ${formatNumber('en', n)} more, marked on the chart`,
	clearSearch: 'Clear the search',
	filtersButton: 'Filters',
	filtersButtonActive: (n: number) => `Filters (${formatNumber('en', n)})`,
	filtersHeading: 'Show only',
	filterLane: 'Lane',
	filterStatus: 'Status',
	filterActor: 'Actor',
	filterSource: 'Source',
	filterVerification: 'Verification',
	filterDiscrepancy: 'Discrepancies',
	hasDiscrepancy: 'Has a discrepancy',
	compareLink: 'Compare sources',
	compareHeading: 'Compare sources',
	comparePageTitle: (timeline: string) => `Compare sources — ${timeline} — Citeline`,
	compareIntro: 'Each row is an event, each column a source: the words the source gives for the event, verbatim, or that it does not report it.',
	compareEvent: 'Event',
	notReported: 'not reported',
	/** A column's head: how many events only this source reports. */
	reportedAlone: (n: number) => `${count(n, 'event', 'events')} reported by this source alone`,
	sortLabel: 'Order',
	sortByLane: 'By lane, then time',
	sortByTime: 'By time',
	sortByFewestSources: 'Fewest sources first',
	downloadCsv: 'Download CSV',
	/** Too many sources for one screen: the columns shown are those that back the most events. */
	sourcesCapped: (shown: number, total: number) =>
		`Showing ${formatNumber('en', shown)} of ${count(total, 'source', 'sources')}, those that back the most events; pick others with the Source filter.`,
	sourceEventsHeading: 'Events this source supports',
	sourceAloneHeading: 'Reported by this source alone',
	sourceNoEvents: 'No event rests on this source.',
	onlyThisSource: 'only this source',
	/** A compare cell: the event cites the source but quotes nothing from it. */
	citedWithoutQuote: 'cited without a quote',
	/** Source pages: a timeline with many sources lists them in pages, linked from the explorer. */
	sourcePagesHeading: 'The sources, in pages',
	sourceListPageTitle: (page: number, pages: number) => `Sources, page ${page} of ${pages}`,
	sourceRange: (first: number, last: number) => `Sources ${formatNumber('en', first)}–${formatNumber('en', last)}`,
	/** The compare view's CSV: the event's columns. */
	csvColumns: { id: 'id', title: 'event', date: 'date', lane: 'lane', status: 'status' }
};

export type SiteMessages = typeof enSite;
