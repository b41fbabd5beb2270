// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** In `npm run dev` only: validation's report on the timeline data an edit broke (src/hooks.server.ts). */
			report?: string;
		}
		interface Locals {
			/** The page's schema.org JSON-LD, escaped for a script element (hooks.server.ts writes it into <head>). */
			jsonLd?: string;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
