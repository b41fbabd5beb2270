/**
 * `npm run validate [-- <timelines folder>]`: checks every timeline and prints every problem.
 * Exits 1 if any timeline is invalid. The build runs the same checks. What a message quotes
 * from the data is printed with its control characters escaped (see printable.ts).
 */
import { printable, printableIssue } from '../src/lib/server/printable';
import { DEFAULT_DATA_DIR, validateAll } from '../src/lib/server/timelines';
import { projectValidationCache } from '../src/lib/server/validation-cache';

const dataDir = process.argv[2] ?? DEFAULT_DATA_DIR;
let failed = 0;
let results;
try {
	// Cached for the build that follows (see validation-cache.ts): it need not validate again.
	results = validateAll(dataDir, projectValidationCache());
} catch (error) {
	console.error(`validate: ${printable((error as Error).message)}`);
	process.exit(1);
}
if (results.length === 0) {
	console.error(`validate: no timelines in ${dataDir}`);
	process.exit(1);
}
for (const { folder, result } of results) {
	if (result.ok) {
		const { events, sources } = result.timeline;
		const quotes = events.flatMap((e) => e.citations);
		const verified = quotes.filter((c) => c.verification.state === 'verified').length;
		console.log(`✓ ${printable(folder)}: ${events.length} events, ${sources.length} sources, ${verified}/${quotes.length} quotes verified`);
	} else {
		failed++;
		console.error(`✗ ${printable(folder)}: ${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}`);
		for (const issue of result.issues) console.error(`  ${printableIssue(issue)}`);
	}
}
if (failed > 0) {
	console.error(`\n${failed} of ${results.length} timeline${results.length === 1 ? '' : 's'} invalid.`);
	process.exit(1);
}
