/**
 * Browser start-up, before any page's code runs (SvelteKit evaluates this module before it
 * loads the first route).
 *
 * zod compiles fast object parsers with `new Function`, and first probes whether it may: under
 * Citeline's content policy (no 'unsafe-eval', see svelte.config.js) that probe is refused and
 * reported as a violation on every page that builds a schema (/t/<slug>, /import). Running
 * jitless skips the probe; the interpreted parser is fast enough for one timeline in a browser.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
