/** The error a call throws, or a failure if it throws none (for errors, such as SvelteKit's HttpError, that are checked field by field). */
export function thrownBy(call: () => unknown): unknown {
	try {
		call();
	} catch (e) {
		return e;
	}
	throw new Error('expected a throw');
}
