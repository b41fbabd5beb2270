import { describe, expect, it } from 'vitest';
import { acceptsOrigin, parseIncoming } from './messages';

describe('acceptsOrigin', () => {
	it('accepts nothing when no origin was configured', () => {
		expect(acceptsOrigin(undefined, 'https://news.example')).toBe(false);
	});
	it('accepts only the configured origin', () => {
		expect(acceptsOrigin('https://news.example', 'https://news.example')).toBe(true);
		expect(acceptsOrigin('https://news.example', 'https://evil.example')).toBe(false);
		expect(acceptsOrigin('https://news.example', 'http://news.example')).toBe(false);
	});
	it('accepts any origin only when * is set explicitly', () => {
		expect(acceptsOrigin('*', 'https://anyone.example')).toBe(true);
	});
});

describe('parseIncoming', () => {
	it('reads the two host messages', () => {
		expect(parseIncoming({ type: 'citeline:select', eventId: 'prisoner-exchange' })).toEqual({ type: 'citeline:select', eventId: 'prisoner-exchange' });
		expect(parseIncoming({ type: 'citeline:select', eventId: null })).toEqual({ type: 'citeline:select', eventId: null });
		expect(parseIncoming({ type: 'citeline:setView', from: '2025-03-17', to: '2025-03-20' })).toEqual({ type: 'citeline:setView', from: '2025-03-17', to: '2025-03-20' });
	});
	it.each([
		['a string', 'citeline:select'],
		['null', null],
		['an array', [{ type: 'citeline:select', eventId: 'x' }]],
		['an unknown type', { type: 'citeline:destroy' }],
		['a select without an id', { type: 'citeline:select' }],
		['a select with a number id', { type: 'citeline:select', eventId: 42 }],
		['a select with an empty id', { type: 'citeline:select', eventId: '' }],
		['a setView missing to', { type: 'citeline:setView', from: '2025-03-17' }],
		['a setView with numbers', { type: 'citeline:setView', from: 1, to: 2 }],
		['an outgoing message', { type: 'citeline:ready', slug: 'x' }]
	])('ignores %s', (_, data) => {
		expect(parseIncoming(data)).toBeNull();
	});
});
