/**
 * Plain text of imported HTML fragments (media captions and credits), for showing as text.
 *
 * The fragments were sanitized on import, and what this returns is rendered as text (escaped)
 * anyway: this only takes the markup out so that a reader sees words, not tags. It needs no
 * DOM, so the same code runs in prerendering, the page and the web component.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function plainTextOf(html: string): string {
	return html
		.replace(/<br\s*\/?>/gi, ' ')
		.replace(/<[^>]*>/g, '')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
			if (name[0] === '#') {
				const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
				return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
			}
			return ENTITIES[name.toLowerCase()] ?? whole;
		})
		.replace(/\s+/g, ' ')
		.trim();
}

/** Whether a link may be followed: absolute http(s) only (never javascript:, data: or relative). */
export function isFollowableUrl(url: string | undefined): url is string {
	if (!url) return false;
	try {
		const { protocol } = new URL(url);
		return protocol === 'http:' || protocol === 'https:';
	} catch {
		return false;
	}
}
