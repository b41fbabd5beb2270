/**
 * `npm run bench [-- <sizes>] [--no-browser] [--no-pipeline] [--no-layout]`: Citeline at
 * 1,000, 10,000 and 100,000 events (the default; e.g. `1k,10k,100k,1m`), beside
 * vis-timeline on the same events.
 *
 * For each size N it generates a timeline folder (scripts/bench/generate.ts, seeded), and
 *   - times, each in its own process with its wall time, CPU time and peak RSS:
 *     generating the data, `validate`, `import` of an N-row plain CSV, the site's build as
 *     `npm run build` runs it (`build:site`, which validates again beside Vite's bundling;
 *     CITELINE_DATA, into .bench/site-<N>, not build/), and the layout
 *     of one zoom frame (scripts/bench/layout.ts);
 *   - serves the built site and a vis-timeline page with the same events, opens both in
 *     Chromium at 1280×720, sends both the same wheel zoom and drag pan, and measures
 *     first render, frames, heap, DOM nodes and bytes (scripts/bench/browser.ts).
 * Sizes above 100,000 get data, validation and layout only (no import, build or browser).
 * Every step has a deadline; a step that misses it is reported as timed out, never waited
 * for. Prints markdown tables; docs/benchmark.md explains them.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { firstRender, measurePage, type PageOutcome } from './browser';
import { generateEvents, plainCsv } from './generate';
import { serveSite } from './serve';
import { VIS_ITEMS, VIS_PAGE, VIS_SCRIPT, VIS_STYLE, VIS_TARGET, visData, visPageHtml } from './vis-page';
import { elementSize } from '../element-size';
import { DEFAULT_CACHE_DIR } from '../../src/lib/server/validation-cache';

/** Loads of each page beyond the measured one, for the first render's median. */
const MORE_LOADS = 4;
/**
 * A pause before each of those loads: a closed page's processes wind down for a moment (at
 * 100,000 events vis-timeline's keeps the machine busy for seconds), and a load that starts
 * on a busy machine times the previous page, not its own.
 */
const SETTLE_MS = 2_000;
const settle = () => new Promise((done) => setTimeout(done, SETTLE_MS));

const ROOT = resolve(import.meta.dirname, '../..');
const WORK = join(ROOT, '.bench');
const BIN = join(ROOT, 'node_modules/.bin');
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const MAX_BROWSER_EVENTS = 100_000;

// ---- arguments -------------------------------------------------------------------------

function parseSize(text: string): number {
	const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
	if (!match) throw new Error(`bench: "${text}" is not a size (e.g. 1000, 10k, 1m)`);
	const scale = { '': 1, k: 1_000, m: 1_000_000 }[(match[2] ?? '').toLowerCase()] as number;
	return Math.round(Number(match[1]) * scale);
}

const args = process.argv.slice(2);
const sizes = (args.find((a) => !a.startsWith('--')) ?? '1k,10k,100k').split(',').map(parseSize);
const browserOn = !args.includes('--no-browser');
const pipelineOn = !args.includes('--no-pipeline');
const layoutOn = !args.includes('--no-layout');

// ---- child processes with deadlines ----------------------------------------------------

interface StepResult {
	step: string;
	events: number;
	ok: boolean;
	wallS: number;
	cpuS?: number;
	peakRssMb?: number;
	note: string;
	output: string;
}

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs a command in its own process group, killed (the group) at the deadline. */
function runStep(step: string, events: number, command: string[], options: { env?: Record<string, string>; timeoutS: number }): Promise<StepResult> {
	const usage = join(WORK, `usage-${process.pid}.txt`);
	rmSync(usage, { force: true });
	const argv = TIME ? [TIME, '-f', '%e %U %S %M', '-o', usage, ...command] : command;
	const started = performance.now();
	return new Promise((done) => {
		const child = spawn(argv[0] as string, argv.slice(1), { cwd: ROOT, env: { ...process.env, ...options.env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
		child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			try {
				process.kill(-(child.pid as number), 'SIGKILL');
			} catch {
				// already gone
			}
		}, options.timeoutS * 1000);
		child.on('close', (code) => {
			clearTimeout(timer);
			const wallS = (performance.now() - started) / 1000;
			const [, user, sys, rssKb] = existsSync(usage) ? readFileSync(usage, 'utf8').trim().split('\n').pop()!.split(' ').map(Number) : [];
			const measured = !timedOut && user !== undefined && Number.isFinite(user);
			const lastLine = output.trim().split('\n').filter((l) => !/configLoader|headers"|VITE_CONFIG_NATIVE/.test(l)).pop() ?? '';
			done({
				step,
				events,
				ok: !timedOut && code === 0,
				wallS,
				...(measured ? { cpuS: (user as number) + (sys as number), peakRssMb: (rssKb as number) / 1024 } : {}),
				note: timedOut ? `timed out after ${options.timeoutS} s` : code === 0 ? '' : `failed (exit ${code}): ${lastLine.slice(0, 160)}`,
				output
			});
		});
	});
}

const tsx = (script: string, ...rest: string[]) => [join(BIN, 'tsx'), script, ...rest];

// ---- formatting ------------------------------------------------------------------------

const int = (n: number) => Math.round(n).toLocaleString('en');
const ms = (n: number) => `${n >= 100 ? int(n) : n.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** The median of the first renders of every load, with their range: "652 ms (598–740 ms, 3 loads)". */
function firstRenders(first: number | undefined, more: readonly number[]): string | undefined {
	const all = [...(first === undefined ? [] : [first]), ...more].sort((a, b) => a - b);
	if (all.length === 0) return undefined;
	const median = all.length % 2 === 1 ? (all[(all.length - 1) / 2] as number) : ((all[all.length / 2 - 1] as number) + (all[all.length / 2] as number)) / 2;
	return all.length === 1 ? ms(median) : `${ms(median)} (${ms(all[0] as number)}–${ms(all[all.length - 1] as number)}, ${all.length} loads)`;
}

/** `more`: the first renders of the further loads of each page (`firstRender`). */
function browserTable(events: number, citeline: PageOutcome | string, vis: PageOutcome | string, more: { citeline: number[]; vis: number[] }): string {
	const firstOf = (outcome: PageOutcome | string) => (typeof outcome === 'string' ? undefined : outcome.ok ? outcome.measure.firstRenderMs : outcome.firstRenderMs);
	const cell = (outcome: PageOutcome | string, show: (m: Extract<PageOutcome, { ok: true }>['measure']) => string, first: boolean, extra: number[]) =>
		(first ? firstRenders(firstOf(outcome), extra) : undefined) ?? (typeof outcome === 'string' ? outcome : outcome.ok ? show(outcome.measure) : outcome.reason);
	const rows: Array<[string, (m: Extract<PageOutcome, { ok: true }>['measure']) => string]> = [
		['first render (navigation → `__ready`), median of the loads', (m) => ms(m.firstRenderMs)],
		['frame time during zoom + pan, median / p95', (m) => `${ms(m.frames.medianMs)} / ${ms(m.frames.p95Ms)}`],
		['frames over 50 ms', (m) => `${m.frames.over50} of ${m.frames.count}`],
		['JS heap after GC', (m) => mb(m.heapUsedBytes)],
		['DOM nodes (CDP) / elements', (m) => `${int(m.domNodes)} / ${int(m.elements)}`],
		['bytes transferred (gzip)', (m) => mb(m.bytesTransferred)]
	];
	return [
		`### ${int(events)} events`,
		'',
		'| measure | Citeline | vis-timeline |',
		'| --- | --- | --- |',
		...rows.map(([label, show], i) => `| ${label} | ${cell(citeline, show, i === 0, more.citeline)} | ${cell(vis, show, i === 0, more.vis)} |`)
	].join('\n');
}

function pipelineTable(steps: StepResult[]): string {
	return [
		'| step | events | wall | CPU (user+sys) | peak RSS | result |',
		'| --- | ---: | ---: | ---: | ---: | --- |',
		...steps.map(
			(s) =>
				`| ${s.step} | ${int(s.events)} | ${s.wallS.toFixed(1)} s | ${s.cpuS === undefined ? '–' : `${s.cpuS.toFixed(1)} s`} | ${s.peakRssMb === undefined ? '–' : `${int(s.peakRssMb)} MB`} | ${s.ok ? 'ok' : s.note} |`
		)
	].join('\n');
}

// ---- the run ---------------------------------------------------------------------------

async function main(): Promise<void> {
	mkdirSync(WORK, { recursive: true });
	console.log(`Citeline benchmark: ${sizes.map(int).join(', ')} events; browser ${browserOn ? 'on' : 'off'}, pipeline ${pipelineOn ? 'on' : 'off'}`);
	const steps: StepResult[] = [];
	const browserTables: string[] = [];
	const layoutOutputs: string[] = [];
	const searchOutputs: string[] = [];
	const sizeLines: string[] = [];
	const log = (result: StepResult) => {
		steps.push(result);
		console.log(`  ${result.step} (${int(result.events)}): ${result.wallS.toFixed(1)} s${result.ok ? '' : `, ${result.note}`}`);
		return result;
	};

	let browser: Browser | undefined;
	const chromiumPath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
	if (browserOn && chromiumPath === undefined) console.log('  no Chromium (set CHROMIUM_PATH): browser part skipped');

	let elementBuilt: StepResult | undefined;
	try {
		for (const count of sizes) {
			const slug = `bench-${count}`;
			const dataDir = join(WORK, `data-${count}`);
			const siteDir = join(WORK, `site-${count}`);
			console.log(`\n${int(count)} events`);
			const generated = log(await runStep('generate data', count, tsx('scripts/bench/generate.ts', String(count), dataDir), { timeoutS: count > MAX_BROWSER_EVENTS ? 900 : 300 }));
			if (!generated.ok) continue;

			if (pipelineOn) {
				// A cold validate, as a timeline's first build has: the step keeps what it validated
				// (server/validation-cache.ts), and an earlier run's entry would make it a lookup.
				rmSync(join(ROOT, DEFAULT_CACHE_DIR), { recursive: true, force: true });
				log(await runStep('validate', count, tsx('scripts/validate.ts', dataDir), { timeoutS: count > MAX_BROWSER_EVENTS ? 900 : 300 }));
			}
			if (layoutOn) {
				const layout = log(await runStep('layout frames (Node)', count, tsx('scripts/bench/layout.ts', String(count)), { timeoutS: 300 }));
				layoutOutputs.push(layout.ok ? layout.output.trim() : `${int(count)} events: ${layout.note}`);
				const search = log(await runStep('search and filters (Node)', count, tsx('scripts/bench/search.ts', String(count)), { timeoutS: 300 }));
				searchOutputs.push(search.ok ? search.output.trim() : `${int(count)} events: ${search.note}`);
			}
			if (count > MAX_BROWSER_EVENTS) continue;

			if (pipelineOn) {
				const csv = join(WORK, `plain-${count}.csv`);
				writeFileSync(csv, plainCsv(count));
				const target = join(WORK, `import-${count}`, slug);
				rmSync(target, { recursive: true, force: true });
				log(await runStep(`import ${int(count)}-row plain CSV`, count, tsx('scripts/import.ts', csv, '--to', target), { timeoutS: 300 }));
			}

			rmSync(siteDir, { recursive: true, force: true });
			// The site's build as `npm run build` runs it (`build:site`: Vite, with validation beside
			// its bundling), cold as the validate step above was: it validates again, not from the cache.
			rmSync(join(ROOT, DEFAULT_CACHE_DIR), { recursive: true, force: true });
			const built = log(
				await runStep('site build (npm run build:site)', count, ['npm', 'run', '--silent', 'build:site'], {
					env: { CITELINE_DATA: dataDir, CITELINE_BUILD_DIR: siteDir },
					timeoutS: 900
				})
			);
			if (!elementBuilt) {
				elementBuilt = log(await runStep('element build (citeline.js)', 0, [join(BIN, 'vite'), 'build', '--config', 'vite.element.config.ts', '--outDir', join(WORK, 'element')], { timeoutS: 300 }));
				const file = join(WORK, 'element', 'citeline.js');
				if (existsSync(file)) sizeLines.push(`- build/citeline.js (the web component) with the chunks it imports statically: ${kb(elementSize(file).gzipped)} gzipped`);
			}
			if (!built.ok || !browserOn || chromiumPath === undefined) {
				if (!built.ok) browserTables.push(`### ${int(count)} events\n\nno browser run: the site build ${built.note}`);
				continue;
			}

			browser ??= await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_FLAGS });
			const server = await serveSite(siteDir, {
				[VIS_PAGE]: { text: visPageHtml(), type: 'text/html; charset=utf-8' },
				[VIS_ITEMS]: { text: visData(generateEvents(count).events), type: 'application/json' },
				[VIS_SCRIPT]: { file: join(ROOT, 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'), type: 'text/javascript' },
				[VIS_STYLE]: { file: join(ROOT, 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css'), type: 'text/css' }
			});
			try {
				const budgets = { loadMs: count >= 100_000 ? 120_000 : 60_000, interactMs: count >= 100_000 ? 180_000 : 90_000 };
				console.log('  Citeline in Chromium…');
				const citeline = await measurePage(browser, `${server.origin}/t/${slug}`, '[data-bench-target]', budgets);
				console.log('  vis-timeline in Chromium…');
				const vis = await measurePage(browser, `${server.origin}${VIS_PAGE}`, VIS_TARGET, budgets);
				// More loads for the first render, taking turns so that a busy moment of the machine falls on both.
				const more = { citeline: [] as number[], vis: [] as number[] };
				console.log(`  ${MORE_LOADS} more loads of each for the first render…`);
				for (let i = 0; i < MORE_LOADS; i++) {
					await settle();
					const c = await firstRender(browser, `${server.origin}/t/${slug}`, budgets.loadMs);
					if (c !== undefined) more.citeline.push(c);
					await settle();
					const v = await firstRender(browser, `${server.origin}${VIS_PAGE}`, budgets.loadMs);
					if (v !== undefined) more.vis.push(v);
				}
				browserTables.push(browserTable(count, citeline, vis, more));
				if (citeline.ok && sizeLines.length < 2) {
					const files = [...citeline.measure.scripts.keys()].map((url) => join(siteDir, new URL(url).pathname));
					const gz = files.filter((f) => existsSync(f)).reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
					sizeLines.push(`- the explorer route /t/<slug>: ${files.length} JS files, ${kb(gz)} gzipped (gzip -9 of each file it loads)`);
				}
			} finally {
				await server.close();
			}
		}
	} finally {
		await browser?.close().catch(() => undefined);
	}

	console.log('\n## Results\n');
	console.log(`Machine: ${(await import('node:os')).cpus().length} cores, load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')} at the end; Node ${process.version}.\n`);
	if (browserTables.length > 0) console.log(`${browserTables.join('\n\n')}\n`);
	console.log('### Import, validation and build\n');
	console.log(pipelineTable(steps));
	if (sizeLines.length > 0) console.log(`\n### Gzipped JavaScript\n\n${sizeLines.join('\n')}`);
	if (layoutOutputs.length > 0) console.log(`\n### Layout of one zoom frame, in Node\n\n\`\`\`\n${layoutOutputs.join('\n\n')}\n\`\`\``);
	if (searchOutputs.length > 0) console.log(`\n### Search and filters, in Node (CPU time per query)\n\n\`\`\`\n${searchOutputs.join('\n\n')}\n\`\`\``);
}

await main();
