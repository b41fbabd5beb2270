// A host site on a second origin for the embedding tests: serves tests/embed/host/ as is.
// Usage: node tests/embed/serve-host.mjs [port]
// A page asked for with ?csp=<policy> is sent with that Content-Security-Policy header, as a
// news site with a strict policy would send it (tests/embed/element-csp.spec.ts).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('./host/', import.meta.url));
const port = Number(process.argv[2] ?? 4174);
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

createServer(async (req, res) => {
	const url = new URL(req.url ?? '/', 'http://x');
	const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
	const csp = url.searchParams.get('csp');
	try {
		const body = await readFile(join(root, path.endsWith('/') ? `${path}index.html` : path));
		res.writeHead(200, { 'content-type': types[extname(path) || '.html'] ?? 'application/octet-stream', ...(csp ? { 'content-security-policy': csp } : {}) });
		res.end(body);
	} catch {
		res.writeHead(404).end('not found');
	}
}).listen(port, '127.0.0.1', () => console.log(`host site on http://localhost:${port}`));
