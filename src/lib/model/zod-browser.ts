/**
 * zod compiles fast object parsers with `new Function`, and first probes whether it may: under
 * Citeline's content policy (no 'unsafe-eval', see svelte.config.js) that probe is refused and
 * reported as a violation on the one page that validates in the browser (/import). There zod
 * runs jitless, which skips the probe; the interpreted parser is fast enough for one timeline.
 * The build and the CLI keep the compiled parsers (they validate 100,000-event files).
 *
 * schema.ts imports this first, so that it applies before any schema is used. It lived in
 * hooks.client.ts, which put zod into every page's first load.
 */
import { config } from 'zod/v4/core';

if (typeof document !== 'undefined') config({ jitless: true });
