/**
 * Reading one text file of a timeline folder, and nothing outside it.
 *
 * A timeline folder comes from people the build machine should not have to trust: a
 * contributed `sources/passwd.txt` can be a symbolic link to /etc/passwd, and `sources/`
 * itself a link to another folder. Whatever the path says, the file read is the one its real
 * path names (every link followed), and it is read only if that real path is inside the
 * timeline folder and names a regular file (not a folder, a device or a pipe, which could
 * block the build). Links that stay inside the folder are followed.
 *
 * Bytes become text through decodeText, as everywhere else: UTF-8, or UTF-16 with a
 * byte-order mark; anything else is refused with the byte where it goes wrong.
 */
import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { decodeText } from '../model/decode-text';

export type FolderFileRead =
	| { ok: true; text: string }
	/** No such file: the path names nothing, and no link is involved. */
	| { ok: false; missing: true }
	/** A file that must not be read, and why (the message starts after the file's name). */
	| { ok: false; missing: false; problem: string };

/** True if `path` (a real path) is `folder` (a real path) or inside it. */
export function isInside(folder: string, path: string): boolean {
	const rel = relative(folder, path);
	return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

/**
 * Reads `path`, relative to `folderReal` (the timeline folder's real path, as realpathSync
 * gives it), as text.
 */
export function readFolderFile(folderReal: string, path: string): FolderFileRead {
	const refuse = (problem: string): FolderFileRead => ({ ok: false, missing: false, problem });

	const parts = path.split(/[\\/]/).filter((p) => p !== '' && p !== '.');
	if (isAbsolute(path) || parts.includes('..')) return refuse('is not a path inside the timeline folder');

	// Resolve one step at a time, so that a refusal names the link that goes wrong:
	// "sources" is the link that leaves the folder, not "sources/a.txt".
	let real = folderReal;
	for (let i = 1; i <= parts.length; i++) {
		const prefix = parts.slice(0, i).join('/');
		const isALink = i === parts.length ? 'is a symbolic link that' : `passes through "${prefix}", a symbolic link that`;
		try {
			real = realpathSync(join(folderReal, prefix));
		} catch (error) {
			if (code(error) === 'ELOOP') return refuse(`${isALink} is part of a loop of links`);
			if (code(error) !== 'ENOENT' && code(error) !== 'ENOTDIR') throw error;
			return existsAsLink(join(folderReal, prefix)) ? refuse(`${isALink} points to nothing`) : { ok: false, missing: true };
		}
		if (!isInside(folderReal, real)) {
			return refuse(`${isALink} leads outside the timeline folder; only files inside the timeline folder are read, so that nothing else on this computer is published`);
		}
	}
	const stats = statSync(real);
	if (!stats.isFile()) {
		return refuse(stats.isDirectory() ? 'is a folder, not a text file' : 'is not a regular file (a device, pipe or socket), so it is not read');
	}

	const decoded = decodeText(readFileSync(real));
	if (!decoded.ok) return refuse(`is ${decoded.message}`);
	return { ok: true, text: decoded.text };
}

function existsAsLink(path: string): boolean {
	try {
		return lstatSync(path).isSymbolicLink();
	} catch {
		return false;
	}
}

function code(error: unknown): string | undefined {
	return (error as NodeJS.ErrnoException | undefined)?.code;
}
