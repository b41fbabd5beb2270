// Serves a built site folder as a static host does (/t/x → t/x.html, /dir/ → dir/index.html),
// for the browser tests of scale. Usage: node tests/large/serve.mjs <folder> <port>
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const [folder, port] = [process.argv[2], Number(process.argv[3])];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8' };

function resolve(path) {
	const clean = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
	for (const candidate of [clean, `${clean}.html`, join(clean, 'index.html')]) {
		const file = join(folder, candidate);
		if (existsSync(file) && statSync(file).isFile()) return file;
	}
	return undefined;
}

createServer((req, res) => {
	const file = resolve((req.url ?? '/').split('?')[0]);
	if (!file) {
		res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
		return;
	}
	res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
}).listen(port, '127.0.0.1', () => console.log(`large site on http://localhost:${port}`));
