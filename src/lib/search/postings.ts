/**
 * Lists of event positions (ascending), written compactly for the search index's JSON and
 * read back as bits. A list is written as the gaps between positions in base 36 separated by
 * commas ("3,7,1" for 3, 10, 11), or, when it holds more than one event in WORD_BITS_BELOW
 * (a word in most events: the gaps would cost more), as a bitset in base64 after a "~".
 */

/** Under this many events per listed one, a bitset is smaller than the gaps. */
export const WORD_BITS_BELOW = 12;

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function encodePostings(orders: readonly number[], eventCount: number): string {
	if (orders.length * WORD_BITS_BELOW > eventCount) {
		const bytes = new Uint8Array(Math.ceil(eventCount / 8));
		for (const order of orders) bytes[order >> 3] = (bytes[order >> 3] as number) | (1 << (order & 7));
		let text = '~';
		for (let i = 0; i < bytes.length; i += 3) {
			const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
			text += BASE64.charAt((n >> 18) & 63) + BASE64.charAt((n >> 12) & 63) + BASE64.charAt((n >> 6) & 63) + BASE64.charAt(n & 63);
		}
		return text;
	}
	let previous = 0;
	return orders
		.map((order) => {
			const gap = order - previous;
			previous = order;
			return gap.toString(36);
		})
		.join(',');
}

const DECODE = new Uint8Array(128);
for (let i = 0; i < BASE64.length; i++) DECODE[BASE64.charCodeAt(i)] = i;

/** Sets, in `bits`, the value `mark` at every position of an encoded list (`bits[p] |= mark`). */
export function orPostings(encoded: string, bits: Uint8Array, mark: number): void {
	if (encoded === '') return;
	if (encoded.startsWith('~')) {
		let order = 0;
		for (let i = 1; i < encoded.length; i += 4) {
			const n = ((DECODE[encoded.charCodeAt(i)] as number) << 18) | ((DECODE[encoded.charCodeAt(i + 1)] as number) << 12) | ((DECODE[encoded.charCodeAt(i + 2)] as number) << 6) | (DECODE[encoded.charCodeAt(i + 3)] as number);
			for (const byte of [(n >> 16) & 255, (n >> 8) & 255, n & 255]) {
				if (byte !== 0) for (let b = 0; b < 8; b++) if (byte & (1 << b) && order + b < bits.length) bits[order + b] = (bits[order + b] as number) | mark;
				order += 8;
			}
		}
		return;
	}
	let order = 0;
	let gap = 0;
	for (let i = 0; i <= encoded.length; i++) {
		const c = i < encoded.length ? encoded.charCodeAt(i) : 44;
		if (c === 44) {
			order += gap;
			if (order < bits.length) bits[order] = (bits[order] as number) | mark;
			gap = 0;
		} else gap = gap * 36 + (c <= 57 ? c - 48 : c - 87);
	}
}

/** The positions of an encoded list (for tests and tools). */
export function decodePostings(encoded: string, eventCount: number): number[] {
	if (encoded === '') return [];
	const bits = new Uint8Array(eventCount);
	orPostings(encoded, bits, 1);
	const out: number[] = [];
	bits.forEach((bit, order) => bit && out.push(order));
	return out;
}
