import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/languages';
import type { Actor } from '../model/timeline';
import { accountSourceName, describeCitationAccount, describeSourceAccount } from './account';

const actors: Actor[] = [{ id: 'kremlin', name: 'the Kremlin' }];
const blitz = { title: 'Putin and Trump hold key phone call', publisher: 'Weekly Blitz', account: 'kremlin' };
const unattributed = { title: null, publisher: null, account: 'kremlin' };

describe('describeCitationAccount', () => {
	it("says whose account a quote relays and who reports it, taking the source's account by default", () => {
		expect(describeCitationAccount({}, blitz, actors)?.text).toBe('according to the Kremlin, as reported by Weekly Blitz');
		expect(describeCitationAccount({ account: 'kremlin' }, { ...blitz, account: undefined }, actors)?.text).toBe('according to the Kremlin, as reported by Weekly Blitz');
	});

	it("says when a quote is the reporter's own account, whatever the source mostly relays", () => {
		expect(describeCitationAccount({ account: 'reporter' }, blitz, actors)?.text).toBe('the reporter’s own account, in Weekly Blitz');
	});

	it('names a source with no publisher by its title, and one with neither plainly', () => {
		expect(describeCitationAccount({}, { ...blitz, publisher: null }, actors)?.text).toBe('according to the Kremlin, as reported by Putin and Trump hold key phone call');
		expect(describeCitationAccount({}, unattributed, actors)?.text).toBe('according to the Kremlin, as reported by an unattributed report');
		expect(accountSourceName(unattributed)).toEqual({ text: 'an unattributed report' });
	});

	it('says nothing when neither the quote nor its source states an account', () => {
		expect(describeCitationAccount({}, { ...blitz, account: undefined }, actors)).toBeUndefined();
	});

	it('marks the names from the data apart from the words around them', () => {
		const phrase = describeCitationAccount({}, blitz, new Map(actors.map((a) => [a.id, a])), createTranslator('uk'));
		expect(phrase?.parts).toEqual([
			{ text: 'за словами сторони «' },
			{ text: 'the Kremlin', data: true },
			{ text: '», як повідомляє ' },
			{ text: 'Weekly Blitz', data: true }
		]);
		expect(phrase?.text).toBe('за словами сторони «the Kremlin», як повідомляє Weekly Blitz');
	});

	it('capitalizes the words of the interface, never a name', () => {
		expect(describeCitationAccount({}, blitz, actors, undefined, { capitalize: true })?.text).toBe('According to the Kremlin, as reported by Weekly Blitz');
		expect(describeCitationAccount({}, blitz, actors, createTranslator('ru'), { capitalize: true })?.text).toBe('По словам стороны «the Kremlin», как сообщает Weekly Blitz');
	});
});

describe('describeSourceAccount', () => {
	it.each([
		['en', 'mostly according to the Kremlin'],
		['uk', 'здебільшого за словами сторони «the Kremlin»'],
		['ru', 'в основном по словам стороны «the Kremlin»']
	] as const)('says whose account a source mostly relays (%s)', (locale, words) => {
		expect(describeSourceAccount(blitz, actors, createTranslator(locale))?.text).toBe(words);
	});

	it("says when a source is mostly the reporter's own account, and nothing when it does not say", () => {
		expect(describeSourceAccount({ account: 'reporter' }, actors)?.text).toBe('mostly the reporter’s own account');
		expect(describeSourceAccount({}, actors)).toBeUndefined();
	});
});
