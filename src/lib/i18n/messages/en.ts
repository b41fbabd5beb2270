/**
 * The words of Citeline's interface in English, but for those that load with their feature:
 * the Embed and Export dialogs' (dialogs/) and story mode's (story/), which the explorer's
 * readers would otherwise download on every page. This file defines the shape of the
 * messages: uk.ts and ru.ts are typed against it, so a key missing there is a type error.
 *
 * Messages with a number are functions (plural rules differ per language); messages that a
 * component splits around markup (a <code> or a <mark>) come in parts. Dates themselves are
 * formatted by date-fns with the language's locale (src/lib/format/when.ts); the `when`
 * messages only say where a formatted date goes and in which grammatical case.
 */
import { countOf, formatList, formatNumber, undeclined, type DateCase, type Season } from '../grammar';
import type { Check } from '../../search/filters';
import type { Precision } from '../../model/dates';
import { STATUSES, type Relation, type Status } from '../../model/vocabulary';

const count = (n: number, one: string, other: string) => countOf('en', n, { one, other });

export const en = {
	// ---- The site around the timelines ----
	skipToContent: 'Skip to content',
	tagline: 'Timelines where every event is backed by a quote you can check',
	homeTitle: 'Citeline — sourced, zoomable timelines',
	homeDescription: 'Interactive timelines in which every event is backed by a verbatim quote you can check against its source.',
	timelinesHeading: 'Timelines',
	eventCount: (n: number) => count(n, 'event', 'events'),
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
	interactiveTimeline: 'Interactive timeline',
	eventsInView: (n: number) => `${count(n, 'event', 'events')} in view.`,
	/** Zoomed out past the point where events can be told apart: the lanes show how many there are. */
	densityInView: (n: number) => `About ${count(n, 'event', 'events')} in view, shown as density. Zoom in to see them one by one.`,
	loadingEvents: 'Loading events…',
	/** The list of a long timeline, in pages. */
	listPagesHeading: 'The list, in pages',
	listPageTitle: (page: number, pages: number) => `Events, page ${page} of ${pages}`,
	previousListPage: 'Previous page',
	nextListPage: 'Next page',
	backToTimeline: 'Back to the timeline',
	lanesLabel: 'Lanes',
	/** The one lane when lanes are off. */
	allEventsLane: 'Events',
	timelineViewHelp: 'Timeline view. Arrow keys pan, plus and minus zoom, Home and End go to the first and last event. Tab to reach the events.',
	eventsInViewHelp: 'Events in view, in time order. Arrow keys move between events, Enter opens one.',
	/**
	 * Follows the title in an event button's name when marks inside it are hidden: "Talks, +3 more
	 * events inside, 18 March 2025, happened". It starts with the "+3" the button shows, in every
	 * language, so that the visible words are in the name in the same order (WCAG 2.5.3).
	 */
	moreEventsInside: (n: number) => `+${count(n, 'more event', 'more events')} inside`,
	zoomToolbar: 'Zoom',
	zoomIn: 'Zoom in',
	zoomInTitle: 'Zoom in (+)',
	zoomOut: 'Zoom out',
	zoomOutTitle: 'Zoom out (−)',
	fitAll: 'Fit all',
	fitAllTitle: 'Show all events (0)',
	reset: 'Reset',
	resetTitle: 'Whole timeline, nothing open',
	legendLabel: 'Legend: event status',
	uncertainEnd: 'Uncertain or unreported end',
	dismissNotice: 'Dismiss notice',
	minimapLabel: 'Visible part of the timeline. Arrow keys move it, up and down zoom.',
	/** The visible text of a "+N more" button. */
	moreCount: (n: number) => `+${n} more`,
	moreZoomLabel: (n: number) => `+${count(n, 'more event', 'more events')} here: zoom in`,
	moreListLabel: (n: number) => `+${count(n, 'more event', 'more events')} on the same date: list them`,
	sameDateHint: 'These events share the same date; choose one to open it.',

	// ---- The open event ----
	closeDetails: 'Close details',
	statusHeading: 'Status',
	laneHeading: 'Lane',
	actorsHeading: 'Actors',
	whatSourcesSay: 'What the sources say',
	unsourced: 'Unsourced: no source is cited for this event.',
	originalDate: (text: string) => `Shown in the original as “${text}”.`,
	referencedSources: 'Referenced without a quote (not checked):',
	mediaLink: 'Media',
	mediaCredit: 'Credit:',
	connectedEvents: 'Connected events',
	/** "Part of <event>" */
	partOf: 'Part of',
	/** "Includes <event>" */
	includes: 'Includes',
	quoteVerified: 'quote verified in the archived text',
	quoteUnverified: 'not verified: the source is not archived',
	viewInSource: 'View in source',
	sourcesDisagree: (title: string) => `Sources disagree: ${title}`,

	// ---- Whose account a quote or a source relays (src/lib/format/account.ts) ----
	/** `who` is an actor's name, `via` the source's (publisher, title or `unattributedReport`), both as written in the data. */
	accountAccordingTo: (who: string, via: string) => `according to ${who}, as reported by ${via}`,
	accountReporter: (via: string) => `the reporter’s own account, in ${via}`,
	/** A source as a whole. */
	accountMostly: (who: string) => `mostly according to ${who}`,
	accountMostlyReporter: 'mostly the reporter’s own account',
	/** Names a source with neither publisher nor title in "as reported by …". */
	unattributedReport: 'an unattributed report',
	accountHeading: 'Whose account',
	/** Next to the summary: "Accounts this timeline lacks: <actor> — <note>". */
	missingAccountsLead: 'Accounts this timeline lacks:',

	// ---- Notices about a link's view parameters (src/lib/state/url-state.ts) ----
	noticeUnknownEvent: (id: string) => `No event “${id}” in this timeline; showing the whole timeline instead.`,
	noticeHalfWindow: 'The link gives only one of “from” and “to”; showing the default view.',
	/** `unreadable` are the parameters as written, e.g. ["from=2025-13-01", "to=soon"]. */
	noticeUnreadableWindow: (unreadable: readonly string[]) =>
		`Could not read ${formatList('en', unreadable)} (use dates like 2025-03-18 or 2025-03-18T06:00Z); showing the default view.`,
	noticeEmptyWindow: (to: string, from: string) => `“to” (${to}) is not after “from” (${from}); showing the default view.`,
	/** The embed's window holds no date of the timeline (src/lib/embed/requested-view.ts). */
	noticeWindowOutsideTimeline: (from: string, to: string) => `Nothing in this timeline falls between ${from} and ${to}; showing the whole timeline instead.`,

	// ---- The Embed dialog ----
	embedButton: 'Embed',
	close: 'Close',
	themeLabel: 'Theme',
	themeLight: 'Light',
	themeDark: 'Dark',
	/** The theme menu on Citeline's own pages (ThemeToggle): follow the system setting. */
	themeSystem: 'System',
	/** The summary of the status key on narrow screens. */
	keyToSymbols: 'Key to the symbols',
	/** Print only: "Printed from <url of the view>". */
	printedFrom: 'Printed from',

	// ---- The language menu and the embed's language ----

	// ---- A lane whose events are folded into a parent elsewhere: "3 events inside “Call” — zoom in" ----
	laneHintCount: (n: number) => `${count(n, 'event', 'events')} inside`,
	/** Quotation marks around a title from the data. */
	openQuote: '“',
	closeQuote: '”',
	laneHintAction: '— zoom in',

	// ---- The Export dialog ----
	exportButton: 'Export',

	// ---- The picture of a view (SVG/PNG export, share card) ----
	/** Credits that did not fit: "and 2 more sources". */
	moreSources: (n: number) => `and ${count(n, 'more source', 'more sources')}`,

	// ---- The widget on other sites (iframe and <citeline-timeline>) ----
	loadingTimeline: 'Loading the timeline…',
	couldNotLoad: (reason: string) => `Could not load the timeline: ${reason}`,
	fetchFailed: (url: string) => `${url} could not be fetched (offline, or the server does not allow this site to load it)`,
	serverAnswered: (url: string, status: string) => `${url} answered ${status}`,
	noTimelineSource: 'No timeline to show: give <citeline-timeline> a src, the address of a timeline.json.',
	openInCiteline: 'Open in Citeline ↗',
	embedFooter: 'Every event is backed by a quote you can check.',

	// ---- The words of the format (src/lib/format) ----
	statusLabels: {
		happened: 'Happened',
		agreed: 'Agreed',
		announced: 'Announced',
		proposed: 'Proposed',
		stated: 'Stated',
		discussed: 'Discussed',
		unassessed: 'Not assessed'
	} satisfies Record<Status, string> as Record<Status, string>,
	/** The meanings are the schema's own words, so the English can never drift from the format. */
	statusMeanings: STATUSES as Record<Status, string>,
	/** How a link between two events reads from each end: "Led to: <event>", "Followed from: <event>". */
	relations: {
		'led-to': { out: 'Led to', in: 'Followed from' },
		'responds-to': { out: 'Responds to', in: 'Answered by' },
		related: { out: 'Related', in: 'Related' }
	} as Record<Relation, { out: string; in: string }>,
	untitledSource: 'Untitled report',
	unknownPublisher: 'publisher unknown',
	precision: {
		millennium: 'known to the millennium',
		century: 'known to the century',
		decade: 'known to the decade',
		year: 'known to the year',
		season: 'known to the season',
		month: 'known to the month',
		day: 'known to the day',
		minute: 'known to the minute',
		second: 'known to the second',
		millisecond: 'known to the millisecond'
	} as Record<Precision, string>,
	when: {
		/** The case each phrase below puts its date in ("from" and "to" of a range, "until", "on or after/before"). */
		cases: { from: 'nominative', to: 'nominative', until: 'nominative', bound: 'nominative' } as Record<'from' | 'to' | 'until' | 'bound', DateCase>,
		about: (date: string) => `about ${date}`,
		fromTo: (from: string, to: string) => `from ${from} to ${to}`,
		fromOngoing: (from: string) => `from ${from}, ongoing`,
		from: (from: string) => `from ${from}`,
		until: (until: string) => `until ${until}`,
		onOrAfter: (date: string) => `on or after ${date}`,
		onOrBefore: (date: string) => `on or before ${date}`,
		days: (n: number) => count(n, 'day', 'days'),
		dateUncertain: 'date uncertain',
		dateNotReported: 'date not reported',
		exactDateNotReported: 'exact date not reported',
		startDateNotReported: 'start date not reported',
		endDateNotReported: 'end date not reported',
		seasons: {
			spring: undeclined('spring'),
			summer: undeclined('summer'),
			autumn: undeclined('autumn'),
			winter: undeclined('winter')
		} as Record<Season, Record<DateCase, string>>,
		/** A season the data does not name (EDTF codes beyond 21–24). */
		season: 'season',
		/** "1960s": a decade (or century, millennium) by its first year. */
		decade: (year: string, _case: DateCase) => `${year}s`
	},

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
	searchLoading: 'Loading search…',
	searchFailed: (reason: string) => `Search is unavailable: ${reason}`,
	searchResultsLabel: 'Events found',
	/** "3 events match" */
	searchMatches: (n: number) => (n === 0 ? 'No event matches' : count(n, 'event matches', 'events match')),
	/** Below the first results: the rest are on the chart. */
	searchMoreResults: (n: number) => `and ${formatNumber('en', n)} more, marked on the chart`,
	clearSearch: 'Clear the search',
	/** Added to an event's name on the chart while a search is on. */
	matchesSearch: 'matches the search',
	filtersButton: 'Filters',
	filtersButtonActive: (n: number) => `Filters (${formatNumber('en', n)})`,
	filtersHeading: 'Show only',
	filterLane: 'Lane',
	filterStatus: 'Status',
	filterActor: 'Actor',
	filterSource: 'Source',
	filterVerification: 'Verification',
	filterDiscrepancy: 'Discrepancies',
	checks: {
		verified: 'Verified quote',
		unverified: 'Unverified',
		unsourced: 'Unsourced',
		unassessed: 'Not assessed'
	} as Record<Check, string>,
	hasDiscrepancy: 'Has a discrepancy',
	/** "5 of 19 events shown" */
	eventsShown: (shown: number, total: number) => `${formatNumber('en', shown)} of ${count(total, 'event', 'events')} shown`,
	clearSearchAndFilters: 'Clear search and filters',
	noEventsShown: 'No event is left by these filters.',
	noticeUnknownFilter: (param: string, value: string) => `This timeline has no “${value}” for “${param}”; it is ignored.`,
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

export type Messages = typeof en;
