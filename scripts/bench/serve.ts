/**
 * A small static server for the benchmark: the built site (as a static host serves it,
 * gzipped), and under /__bench/ the vis-timeline page with the same events.
 *
 * Both pages are served by the same server with the same compression, so that "bytes
 * transferred" compares like with like. It binds a free loopback port; `close()` stops it.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2'
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt']);

export interface BenchServer {
	origin: string;
	close(): Promise<void>;
}

/** Serves `siteDir` at /, and `extra` (path → file or generated text) at exact paths. */
export async function serveSite(siteDir: string, extra: Record<string, { file?: string; text?: string; type: string }>): Promise<BenchServer> {
	const gzipped = new Map<string, Buffer>();
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
		let body: Buffer | undefined;
		let type = 'application/octet-stream';
		let compressible = false;
		const special = extra[path];
		if (special) {
			body = special.file !== undefined ? readFileSync(special.file) : Buffer.from(special.text ?? '');
			type = special.type;
			compressible = true;
		} else {
			const relative = normalize(path).replace(/^(\.\.[/\\])+/, '');
			const candidates = [relative, `${relative}.html`, join(relative, 'index.html')].map((p) => join(siteDir, p));
			const file = candidates.find((p) => existsSync(p) && statSync(p).isFile());
			if (file) {
				body = readFileSync(file);
				type = TYPES[extname(file)] ?? type;
				compressible = COMPRESSIBLE.has(extname(file));
			}
		}
		if (body === undefined) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-store' };
		if (compressible && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			let zipped = gzipped.get(path);
			if (!zipped) gzipped.set(path, (zipped = gzipSync(body, { level: 6 })));
			body = zipped;
			headers['content-encoding'] = 'gzip';
		}
		headers['content-length'] = String(body.length);
		res.writeHead(200, headers).end(body);
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	const address = server.address();
	if (address === null || typeof address === 'string') throw new Error('bench server: no port');
	return {
		origin: `http://127.0.0.1:${address.port}`,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
