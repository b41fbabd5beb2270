/**
 * The words of the timeline widget in English: what every page and the web component show.
 * The site's own pages have more (site/: the home page, a source's page, search and filters,
 * the compare view), which the web component does not carry; the Embed and Export dialogs'
 * (dialogs/) and story mode's (story/) load with their feature, so that the explorer's
 * readers do not download them on every page. This file defines the shape of the messages:
 * uk.ts and ru.ts are typed against it, so a key missing there is a type error.
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
	// ---- Counts the widget and the pages share ----
	eventCount: (n: number) => count(n, 'event', 'events'),

	// ---- The timeline widget ----
	interactiveTimeline: 'Interactive timeline',
	eventsInView: (n: number) => `${count(n, 'event', 'events')} in view.`,
	/** Zoomed out past the point where events can be told apart: the lanes show how many there are. */
	densityInView: (n: number) => `About ${count(n, 'event', 'events')} in view, shown as density. Zoom in to see them one by one.`,
	loadingEvents: 'Loading events…',
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
	close: 'Close',
	/** The summary of the status key on narrow screens. */
	keyToSymbols: 'Key to the symbols',

	// ---- A lane whose events are folded into a parent elsewhere: "3 events inside “Call” — zoom in" ----
	laneHintCount: (n: number) => `${count(n, 'event', 'events')} inside`,
	/** Quotation marks around a title from the data. */
	openQuote: '“',
	closeQuote: '”',
	laneHintAction: '— zoom in',

	// ---- The widget on other sites (iframe and <citeline-timeline>) ----
	loadingTimeline: 'Loading the timeline…',
	couldNotLoad: (reason: string) => `Could not load the timeline: ${reason}`,
	fetchFailed: (url: string) => `${url} could not be fetched (offline, or the server does not allow this site to load it)`,
	serverAnswered: (url: string, status: string) => `${url} answered ${status}`,
	noTimelineSource: 'No timeline to show: give <citeline-timeline> a src, the address of a timeline.json.',

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

	// ---- Search, filters, the compare view and a source's events (issue 13) ----
	searchLoading: 'Loading search…',
	searchFailed: (reason: string) => `Search is unavailable: ${reason}`,
	/** "3 events match" */
	searchMatches: (n: number) => (n === 0 ? 'No event matches' : count(n, 'event matches', 'events match')),
	/** Added to an event's name on the chart while a search is on. */
	matchesSearch: 'matches the search',
	checks: {
		verified: 'Verified quote',
		unverified: 'Unverified',
		unsourced: 'Unsourced',
		unassessed: 'Not assessed'
	} as Record<Check, string>,
	/** "5 of 19 events shown" */
	eventsShown: (shown: number, total: number) => `${formatNumber('en', shown)} of ${count(total, 'event', 'events')} shown`,
	clearSearchAndFilters: 'Clear search and filters',
	noEventsShown: 'No event is left by these filters.',
	noticeUnknownFilter: (param: string, value: string) => `This timeline has no “${value}” for “${param}”; it is ignored.`,
};

export type Messages = typeof en;
