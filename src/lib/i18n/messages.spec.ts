import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales';
import { DIALOG_MESSAGES } from './dialogs';
import { en } from './messages/en';
import { enDialogs } from './messages/dialogs/en';
import { enSite } from './messages/site/en';
import { enStory } from './messages/story/en';
import { STORY_MESSAGES } from './story';
import { MESSAGES, SITE_MESSAGES } from './languages';
import type { LocaleId } from './locales';

/** Arguments to try each message function with; a new function without a row fails the tests below. */
const SAMPLE_ARGUMENTS: Record<string, unknown[]> = {
	originalDate: ['Spring 1815'],
	eventCount: [3],
	sourceCount: [3],
	languageUnavailable: ['de'],
	sourcePageTitle: ['Report', 'Timeline'],
	eventsInView: [3],
	densityInView: [12_000],
	listPageTitle: [2, 7],
	sourceListPageTitle: [2, 3],
	sourceRange: [501, 1000],
	moreEventsInside: [3],
	moreCount: [3],
	moreZoomLabel: [3],
	moreListLabel: [3],
	sourcesDisagree: ['Date of the call'],
	accountAccordingTo: ['the Kremlin', 'Weekly Blitz'],
	accountReporter: ['Weekly Blitz'],
	accountMostly: ['the Kremlin'],
	noticeUnknownEvent: ['call'],
	noticeUnreadableWindow: [['from=x', 'to=y']],
	noticeEmptyWindow: ['2025-03-18', '2025-03-19'],
	noticeWindowOutsideTimeline: ['2024-01-01', '2024-02-01'],
	embedEventOpen: ['Call'],
	previewTitle: ['Call'],
	couldNotLoad: ['offline'],
	fetchFailed: ['https://example.org/t.json'],
	serverAnswered: ['https://example.org/t.json', '404 Not Found'],
	laneHintCount: [3],
	exportWhole: [16],
	exportInView: ['18–19 March 2025', 3],
	exportInViewAbout: ['1995 – 2025', 12_000],
	exportSaved: ['call.json'],
	exportFailed: ['out of memory'],
	moreSources: [2],
	'when.about': ['19 March 2025'],
	'when.fromTo': ['18', '19 March 2025'],
	'when.fromOngoing': ['18 March 2025'],
	'when.from': ['18 March 2025'],
	'when.until': ['18 March 2025'],
	'when.onOrAfter': ['18 March 2025'],
	'when.onOrBefore': ['18 March 2025'],
	'when.days': [3],
	'when.decade': ['1960', 'genitive'],
	// Story mode (issue 15)
	storyProgress: [4, 16],
	storyStepAnnounced: [4, 16, 'Prisoner exchange'],
	storyTitleAnnounced: ['The call'],
	storyEventCount: [16],
	storyNotInStory: ['call'],
	searchFailed: ['offline'],
	searchMatches: [3],
	searchMoreResults: [12],
	filtersButtonActive: [2],
	eventsShown: [5, 19],
	noticeUnknownFilter: ['status', 'done'],
	comparePageTitle: ['Timeline'],
	reportedAlone: [3],
	sourcesCapped: [12, 1000]
};

/** Every message as text: strings as they are, functions called with their sample arguments. */
function flatten(messages: unknown, prefix = ''): Array<[key: string, text: string]> {
	if (typeof messages === 'string') return [[prefix, messages]];
	if (typeof messages === 'function') {
		const args = SAMPLE_ARGUMENTS[prefix];
		if (!args) throw new Error(`messages.spec.ts: add sample arguments for "${prefix}" to SAMPLE_ARGUMENTS`);
		return [[prefix, String((messages as (...a: unknown[]) => unknown)(...args))]];
	}
	return Object.entries(messages as Record<string, unknown>).flatMap(([key, value]) => flatten(value, prefix ? `${prefix}.${key}` : key));
}

const keysOf = (messages: unknown) => flatten(messages).map(([key]) => key);

/** The widget's messages, the site's, and those that load with their feature (the dialogs, story mode): the same rules hold for all. */
const TABLES: Array<[name: string, english: Record<string, unknown>, all: Record<LocaleId, unknown>]> = [
	['messages', en, MESSAGES],
	['site', enSite, SITE_MESSAGES],
	['dialogs', enDialogs, DIALOG_MESSAGES],
	['story', enStory, STORY_MESSAGES]
];
/** Every message of every table in one language. */
const allOf = (id: LocaleId) => TABLES.flatMap(([, , all]) => flatten(all[id]));

describe('message files', () => {
	it.each(TABLES)('%s: have the same keys in every language (the types enforce it; this guards the casts)', (_, english, all) => {
		for (const id of LOCALES) expect(keysOf(all[id]), id).toEqual(keysOf(english));
	});

	it('no key is in two tables (a component reads each word from one place)', () => {
		const keys = TABLES.flatMap(([, english]) => Object.keys(english));
		expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
	});

	it.each(LOCALES)('%s: no message is empty or left with a placeholder', (id) => {
		for (const [key, text] of allOf(id)) {
			expect(text.trim(), `${id} ${key}`).not.toBe('');
			expect(text, `${id} ${key}`).not.toMatch(/undefined|NaN|\[object/);
		}
	});

	it.each(['uk', 'ru'] as const)('%s: every message with words is translated, in Cyrillic', (id) => {
		const english = new Map(allOf('en'));
		// Names and code that read the same in every language.
		const sameEverywhere = /^(when\.cases\.|when\.decade$|moreCount$)/;
		for (const [key, text] of allOf(id)) {
			if (sameEverywhere.test(key) || !/[A-Za-z]{3}/.test(english.get(key) ?? '')) continue;
			expect(text, `${id} ${key}`).not.toBe(english.get(key));
			expect(text, `${id} ${key}`).toMatch(/[а-яіїєґё]/i);
		}
	});

	it('uses «» quotes, not English ones, in Ukrainian and Russian', () => {
		for (const id of ['uk', 'ru'] as const) {
			for (const [key, text] of allOf(id)) expect(text, `${id} ${key}`).not.toMatch(/[“”]/);
		}
	});
});
